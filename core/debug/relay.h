// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DebugRelay: Plugin Studio between a plugin and a real Dify debug host. The plugin connects to a
// local port with a local key; the relay connects upstream, rewrites the handshake key to the
// upstream key, forwards every line both ways unchanged and records each in the inspector.
// An upstream refusal line reaches the plugin; either side closing closes the other.

#include "core/common/result.h"
#include "core/debug/debugkeystore.h"
#include "core/debug/inspector.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTcpServer;

namespace Studio::Debug {

class RelaySession;

class DebugRelay : public QObject
{
    Q_OBJECT
public:
    explicit DebugRelay(QObject *parent = nullptr);
    ~DebugRelay() override;

    void setUpstream(const QString &host, quint16 port, const QString &key);
    QString upstreamHost() const { return m_upHost; }
    quint16 upstreamPort() const { return m_upPort; }
    DebugKeyStore *keys() const { return m_keys; } // the LOCAL key the plugin must use
    void setMessageLog(MessageLog *log) { m_log = log; }
    void setHandshakeTimeoutMs(int ms) { m_handshakeTimeoutMs = ms; }
    // TCP_NODELAY on both legs and quick ACKs from the plugin (on by default; off only to measure
    // what it saves, bench_debug).
    void setLowDelay(bool on) { m_lowDelay = on; }
    void setMaxSessions(int n) { m_maxSessions = n; } // beyond it: "server is busy now" (default 256)

    VoidResult listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    int activeSessions() const { return int(m_sessions.size()); }

signals:
    void sessionStarted(const QString &peer);
    void sessionEnded(const QString &peer, const QString &reason);
    // A non-JSON line from upstream (the host's refusal text), forwarded to the plugin as-is.
    void upstreamRefused(const QString &peer, const QString &line);

private:
    friend class RelaySession;
    void onNewConnection();
    DebugKeyStore *m_keys;
    QTcpServer *m_server;
    QPointer<MessageLog> m_log;
    QString m_upHost, m_upKey;
    quint16 m_upPort = 0;
    int m_handshakeTimeoutMs = 10000;
    int m_maxSessions = 256;
    bool m_lowDelay = true;
    QSet<RelaySession *> m_sessions;
};

} // namespace Studio::Debug
