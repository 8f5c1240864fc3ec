// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The remote-debug TCP server (protocol.md §4): any `dify_plugin` plugin started with
// INSTALL_METHOD=remote connects here, registers (handshake with a debug key, manifest,
// declarations, assets, end) and is then driven through a Runtime::PluginConnection exactly like a
// local plugin. Hostile or broken clients get one plain-text refusal line and are closed without
// disturbing registered plugins.

#include "core/common/fileset.h"
#include "core/common/result.h"
#include "core/debug/debugkeystore.h"
#include "core/debug/inspector.h"
#include "core/debug/registration.h"
#include "core/plugin/declarations.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace Studio::Runtime {
class PluginConnection;
class ReverseHandler;
} // namespace Studio::Runtime

namespace Studio::Debug {

class TcpTransport;
class PendingDebugConnection;

struct DebugServerOptions
{
    int handshakeTimeoutMs = 10000;      // no handshake within this → closed silently (§4.5)
    int registrationTimeoutMs = 60000;   // key accepted → `end` within this, else refused
    int registrationIdleMs = 10000;      // during the registration, nothing for this long → refused
    int heartbeatTimeoutMs = 60000;      // registered: no heartbeat for this long → closed (§4.6)
    int heartbeatCheckMs = 0;            // 0 = timeout / 4
    // Unregistered connections at once. At the cap a new connection first displaces the stalest
    // one (before the handshake, else a key holder silent for evictKeyHolderIdleMs); only when none
    // can go is it refused with "server is busy now".
    int maxPendingConnections = 256;
    int evictKeyHolderIdleMs = 1000;     // a key holder silent this long may be displaced at the cap
    int maxPlugins = 256;                // registered at once (the daemon's MAX_CONN), then "busy"
    qint64 maxHandshakeLineBytes = 4 * 1024;           // the handshake line ({"type":"handshake",...})
    // A registration line after the handshake. The largest declaration of the 262 official plugins
    // (a trigger provider with its events) is 0.9 MB of JSON, asset chunks are 11 KB (8 KiB of
    // base64), so 4 MiB leaves room without letting a key holder park 64 MiB.
    qint64 maxRegistrationLineBytes = 4LL * 1024 * 1024;
    // A line after the registration: the daemon's own cap on a plugin's line (5 MiB, stdout),
    // which a plugin that also runs installed never exceeds.
    qint64 maxLineBytes = 5LL * 1024 * 1024;
    // Lines and assets held by all registrations in progress together; beyond it the connection
    // that grew is refused with "server is busy now".
    qint64 maxPendingBytes = 160LL * 1024 * 1024;
    QString workspaceId = QStringLiteral("plugin-studio"); // mixed into the checksum (§4.7)
    bool allowExternal = false;          // must be true to listen on a non-loopback address
};

// Counters for tests, benchmarks and the UI.
struct DebugServerStats
{
    qint64 accepted = 0;
    qint64 handshakes = 0;       // keys accepted
    qint64 refusedBusy = 0;      // "server is busy now" (no slot could be freed, or budgets spent)
    qint64 evicted = 0;          // stalest unregistered connections dropped to make room
    qint64 handshakeTimeouts = 0;
    qint64 registrationTimeouts = 0; // key accepted, registration not finished in time (or idle)
    qint64 refused = 0;          // refusal lines sent (bad handshakes, declarations, ...)
    qint64 registered = 0;
    int peakPending = 0;
    qint64 pendingBytes = 0;     // lines and assets held by registrations in progress now
    qint64 peakPendingBytes = 0;
    qint64 peakConnectionBytes = 0; // the most one unregistered connection ever held
};

// One registered (connected) debug plugin.
class RegisteredPlugin : public QObject
{
    Q_OBJECT
public:
    QString pluginId() const { return m_pluginId; }          // author/name
    QString identifier() const { return m_identifier; }      // author/name:version@checksum
    QString checksum() const { return m_checksum; }
    QString version() const { return m_registration.version(); }
    const Plugin::PluginDeclaration &declaration() const { return m_declaration; }
    const Registration &registration() const { return m_registration; }
    QJsonObject manifestJson() const { return m_registration.manifest; }
    QJsonObject fullDeclarationJson() const { return m_registration.fullDeclaration(); }
    const MemoryFileSet &assets() const { return *m_assets; } // "_assets/<name>"
    QDateTime connectedAt() const { return m_connectedAt; }
    QDateTime lastHeartbeat() const { return m_lastHeartbeat; }
    QString peer() const { return m_peer; }
    Runtime::PluginConnection *connection() const { return m_connection; }
    TcpTransport *transport() const { return m_transport; }
    bool isConnected() const;

signals:
    void heartbeat();

private:
    friend class DebugServer;
    explicit RegisteredPlugin(QObject *parent) : QObject(parent) {}
    QString m_pluginId, m_identifier, m_checksum, m_peer;
    Registration m_registration;
    Plugin::PluginDeclaration m_declaration;
    std::unique_ptr<MemoryFileSet> m_assets;
    QDateTime m_connectedAt, m_lastHeartbeat;
    Runtime::PluginConnection *m_connection = nullptr;
    TcpTransport *m_transport = nullptr;
};

class DebugServer : public QObject
{
    Q_OBJECT
public:
    explicit DebugServer(QObject *parent = nullptr);
    ~DebugServer() override;

    static constexpr quint16 DefaultPort = 5003;

    void setOptions(const DebugServerOptions &options) { m_options = options; }
    const DebugServerOptions &options() const { return m_options; }
    DebugKeyStore *keys() const { return m_keys; }
    // Reverse calls (storage, ...) of registered plugins go here. Not owned.
    void setReverseHandler(Runtime::ReverseHandler *handler);
    // Every line in both directions is recorded here (also during registration). Not owned.
    void setMessageLog(MessageLog *log) { m_log = log; }
    MessageLog *messageLog() const { return m_log; }
    // Replaces the declaration check done at `end` (default: the plugin loader's STRICT remote
    // registration check). Return an empty string to accept, else the reason (it follows
    // "handshake failed, invalid plugin declaration: "). May fill `declaration`.
    using DeclarationCheck = std::function<QString(const Registration &, Plugin::PluginDeclaration &declaration)>;
    void setDeclarationCheck(DeclarationCheck check) { m_check = std::move(check); }

    // Starts listening. A non-loopback address needs options().allowExternal (then isExposed()
    // is true and exposureWarning() is emitted). Port 0 picks a free port.
    VoidResult listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = DefaultPort);
    void close(); // stops listening and disconnects everything
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    bool isExposed() const { return m_exposed; }
    QString displayAddress() const; // "127.0.0.1:5003"

    QList<RegisteredPlugin *> plugins() const;
    RegisteredPlugin *plugin(const QString &pluginId) const { return m_plugins.value(pluginId); }
    // Closes a registered plugin's connection (its pending calls fail). False if unknown.
    bool disconnectPlugin(const QString &pluginId, const QString &reason = {});
    int pendingConnectionCount() const { return int(m_pending.size()); }
    const DebugServerStats &stats() const { return m_stats; }

signals:
    void pluginRegistered(Studio::Debug::RegisteredPlugin *plugin);
    void pluginDisconnected(const QString &pluginId, const QString &reason);
    // A connection was refused (the line sent, without '\n'), or closed silently (empty line).
    void connectionRefused(const QString &peer, const QString &line);
    void exposureWarning(const QString &message);

private:
    friend class PendingDebugConnection;
    void onNewConnection();
    // The unregistered connection to drop for a new one (not from the batch being accepted).
    PendingDebugConnection *evictionCandidate(quint64 batch) const;
    void addPendingBytes(qint64 delta, qint64 connectionTotal);
    void onRegistered(PendingDebugConnection *pending, Registration reg, const QList<QByteArray> &lines,
                      const QByteArray &rest);
    void onPluginClosed(RegisteredPlugin *plugin, const QString &reason);
    QString checkDeclaration(const Registration &reg, Plugin::PluginDeclaration &decl) const;

    DebugServerOptions m_options;
    DebugKeyStore *m_keys = nullptr;
    QTcpServer *m_server = nullptr;
    QPointer<MessageLog> m_log;
    Runtime::ReverseHandler *m_reverse = nullptr;
    DeclarationCheck m_check;
    QSet<PendingDebugConnection *> m_pending;
    DebugServerStats m_stats;
    QElapsedTimer m_clock;
    quint64 m_acceptBatch = 0;
    QHash<QString, RegisteredPlugin *> m_plugins;
    bool m_exposed = false;
};

} // namespace Studio::Debug
