// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debug/debugserver.h"

#include "core/debug/inspector.h"
#include "core/net/linesplitter.h"
#include "core/debug/tcptransport.h"
#include "core/plugin/loader.h"
#include "core/runtime/pluginconnection.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Studio::Debug {

// ---------------------------------------------------------------- refusal

// Writes the refusal line and closes the socket a moment later. Meanwhile incoming bytes are read
// and dropped: closing a socket with unread input makes the kernel send a reset, which can destroy
// the refusal line before the client reads it.
static void refuseAndClose(QTcpSocket *socket, QObject *owner, const QByteArray &line)
{
    socket->setParent(owner);
    QObject::disconnect(socket, nullptr, nullptr, nullptr);
    if (!line.isEmpty())
        socket->write(line + '\n');
    socket->flush();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        if (socket->isOpen())
            socket->readAll();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(line.isEmpty() ? 0 : 300, socket, [socket] {
        if (socket->isOpen())
            socket->readAll();
        socket->disconnectFromHost();
    });
    QTimer::singleShot(5000, socket, &QObject::deleteLater);
}

// ---------------------------------------------------------------- pending connection

// A connection that has not finished its registration yet. Before the handshake it may hold one
// short line and lives at most handshakeTimeoutMs; once the key is accepted the registration must
// end within registrationTimeoutMs, with no silence longer than registrationIdleMs, and each line
// is capped at maxRegistrationLineBytes.
class PendingDebugConnection : public QObject
{
public:
    PendingDebugConnection(QTcpSocket *socket, DebugServer *server, quint64 batch)
        : QObject(server), m_server(server), m_socket(socket),
          m_lines(server->options().maxRegistrationLineBytes),
          m_parser([server](const QString &key) { return server->keys()->validate(key); }), m_batch(batch)
    {
        socket->setParent(this);
        // Qt's own buffer is bounded too, so one read never holds more than this.
        socket->setReadBufferSize(64 * 1024);
        m_peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
        m_lastActivityUs = server->m_clock.nsecsElapsed() / 1000;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (!m_handshakeSeen) {
                // The daemon closes silently; the studio reports it in its own UI.
                ++m_server->m_stats.handshakeTimeouts;
                finish(QString(), QCoreApplication::translate("Studio", "no handshake within %1 s")
                                      .arg(m_server->options().handshakeTimeoutMs / 1000.0));
                return;
            }
            ++m_server->m_stats.registrationTimeouts;
            finish(QStringLiteral("registration failed, the registration did not end within %1 s — restart the "
                                  "plugin")
                       .arg(m_server->options().registrationTimeoutMs / 1000.0),
                   QString());
        });
        m_timer.start(server->options().handshakeTimeoutMs);
        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            ++m_server->m_stats.registrationTimeouts;
            finish(QStringLiteral("registration failed, nothing received for %1 s after the handshake — restart "
                                  "the plugin")
                       .arg(m_server->options().registrationIdleMs / 1000.0),
                   QString());
        });
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { finish(QString(), QString()); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            finish(QString(), QString());
        });
    }

    ~PendingDebugConnection() override { account(0); }

    QString peer() const { return m_peer; }
    quint64 batch() const { return m_batch; }
    bool handshakeSeen() const { return m_handshakeSeen; }
    qint64 lastActivityUs() const { return m_lastActivityUs; }

    // Writes the refusal line (if any) and closes. Removes itself from the server.
    void finish(const QString &line, const QString &why)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        m_idle.stop();
        m_socket->disconnect(this);
        if (!line.isEmpty()) {
            ++m_server->m_stats.refused;
            if (m_server->m_log)
                m_server->m_log->record(Direction::Out, logId(), line.toUtf8());
        }
        if (line.isEmpty())
            m_socket->abort();
        refuseAndClose(m_socket, m_server, line.toUtf8());
        m_server->m_pending.remove(this);
        m_lines.clear();
        account(0);
        if (!line.isEmpty() || !why.isEmpty())
            emit m_server->connectionRefused(m_peer, line.isEmpty() ? why : line);
        deleteLater();
    }

private:
    QString logId() const
    {
        const QString id = m_parser.registration().pluginId();
        return id.isEmpty() ? m_peer : id;
    }

    // This connection's share of the bytes held by registrations in progress.
    void account(qint64 held)
    {
        if (held == m_accounted)
            return;
        m_server->addPendingBytes(held - m_accounted, held);
        m_accounted = held;
    }

    void onReadyRead()
    {
        if (m_finished)
            return;
        m_lastActivityUs = m_server->m_clock.nsecsElapsed() / 1000;
        if (m_handshakeSeen)
            m_idle.start(m_server->options().registrationIdleMs);
        QList<QByteArray> lines;
        bool ok = m_lines.append(m_socket->readAll(), lines);
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (line.trimmed().isEmpty())
                continue;
            if (!m_handshakeSeen && line.size() > m_server->options().maxHandshakeLineBytes) {
                ok = false;
                break;
            }
            if (m_server->m_log)
                m_server->m_log->record(Direction::In, logId(), line);
            const RegistrationParser::Step step = m_parser.feed(line);
            if (step.status == RegistrationParser::Status::Refused) {
                finish(step.refusal, step.refusal);
                return;
            }
            if (m_parser.handshakeDone() && !m_handshakeSeen) {
                // The key is accepted: from now on the registration's own deadline applies.
                m_handshakeSeen = true;
                ++m_server->m_stats.handshakes;
                m_timer.start(m_server->options().registrationTimeoutMs);
                m_idle.start(m_server->options().registrationIdleMs);
            }
            if (step.status == RegistrationParser::Status::Complete) {
                m_finished = true;
                m_timer.stop();
                m_idle.stop();
                m_socket->disconnect(this);
                m_server->m_pending.remove(this);
                account(0);
                const QList<QByteArray> after = lines.mid(i + 1);
                QTcpSocket *socket = m_socket;
                socket->setParent(nullptr);
                m_server->onRegistered(this, m_parser.takeRegistration(), after, m_lines.takeRest());
                deleteLater();
                return;
            }
        }
        // Before the handshake only a short line is acceptable: do not buffer megabytes of junk.
        if (ok && !m_handshakeSeen && m_lines.pending() > m_server->options().maxHandshakeLineBytes)
            ok = false;
        if (!ok) {
            finish(m_handshakeSeen
                       ? QStringLiteral("registration failed, a line is longer than %1 MiB — keep declarations and "
                                        "asset chunks small")
                             .arg(m_server->options().maxRegistrationLineBytes / (1024.0 * 1024.0))
                       : QStringLiteral("handshake failed, invalid handshake message — the handshake line is longer "
                                        "than %1 KiB")
                             .arg(m_server->options().maxHandshakeLineBytes / 1024.0),
                   QString());
            return;
        }
        account(qint64(m_lines.pending()) + m_parser.registration().assetBytes);
        if (m_server->options().maxPendingBytes > 0 && m_server->m_stats.pendingBytes > m_server->options().maxPendingBytes) {
            ++m_server->m_stats.refusedBusy;
            finish(QStringLiteral("server is busy now, please try again later"), QString());
        }
    }

public:
    QTcpSocket *socket() const { return m_socket; }

private:
    DebugServer *m_server;
    QTcpSocket *m_socket;
    Net::LineSplitter m_lines;
    RegistrationParser m_parser;
    QTimer m_timer; // handshake deadline, then the registration's
    QTimer m_idle;  // silence during the registration
    QString m_peer;
    quint64 m_batch;
    qint64 m_lastActivityUs = 0;
    qint64 m_accounted = 0;
    bool m_finished = false;
    bool m_handshakeSeen = false;
};

// ---------------------------------------------------------------- RegisteredPlugin

bool RegisteredPlugin::isConnected() const
{
    return m_connection && m_connection->isOpen();
}

// ---------------------------------------------------------------- DebugServer

DebugServer::DebugServer(QObject *parent) : QObject(parent), m_keys(new DebugKeyStore(this))
{
    m_clock.start();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(1024);
    m_server->setListenBacklogSize(1024); // a burst of connects waits in the kernel, not in SYN retries
    connect(m_server, &QTcpServer::newConnection, this, &DebugServer::onNewConnection);
}

DebugServer::~DebugServer()
{
    // Plugins first: their connections fail pending calls while the server is still whole.
    const auto plugins = m_plugins.values();
    m_plugins.clear();
    for (RegisteredPlugin *p : plugins) {
        // The connection (a child of the plugin) emits closed() while it is destroyed; by then the
        // plugin is half gone, so the server must no longer listen.
        if (p->m_connection)
            p->m_connection->disconnect(this);
        delete p;
    }
}

void DebugServer::setReverseHandler(Runtime::ReverseHandler *handler)
{
    m_reverse = handler;
    for (RegisteredPlugin *p : std::as_const(m_plugins))
        if (p->m_connection)
            p->m_connection->setReverseHandler(handler);
}

VoidResult DebugServer::listen(const QHostAddress &address, quint16 port)
{
    const bool loopback = address.isLoopback();
    if (!loopback && !m_options.allowExternal)
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("Studio", "Refusing to listen on %1: the debug server accepts code "
                                                           "registrations, so it only listens on 127.0.0.1 unless you "
                                                           "explicitly allow other addresses.")
                         .arg(address.toString()));
    if (m_server->isListening())
        m_server->close();
    if (!m_server->listen(address, port))
        return Error(ErrorCode::NetworkError,
                     QCoreApplication::translate("Studio", "Cannot listen on %1:%2: %3 — choose another port or stop "
                                                           "the program using it.")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString()));
    m_exposed = !loopback;
    if (m_exposed)
        emit exposureWarning(QCoreApplication::translate("Studio", "The debug server listens on %1, reachable from "
                                                                   "other machines; anyone with the debug key can "
                                                                   "register a plugin.")
                                 .arg(displayAddress()));
    return {};
}

void DebugServer::close()
{
    m_server->close();
    const auto pending = m_pending.values();
    for (PendingDebugConnection *p : pending)
        p->finish(QString(), QString());
    const auto ids = m_plugins.keys();
    for (const QString &id : ids)
        disconnectPlugin(id, QCoreApplication::translate("Studio", "the debug server was stopped"));
}

bool DebugServer::isListening() const
{
    return m_server->isListening();
}

QHostAddress DebugServer::address() const
{
    return m_server->serverAddress();
}

quint16 DebugServer::port() const
{
    return m_server->serverPort();
}

QString DebugServer::displayAddress() const
{
    const QHostAddress a = address();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString())
                                                                        : a.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port());
}

QList<RegisteredPlugin *> DebugServer::plugins() const
{
    QList<RegisteredPlugin *> out = m_plugins.values();
    std::sort(out.begin(), out.end(),
              [](RegisteredPlugin *a, RegisteredPlugin *b) { return a->pluginId() < b->pluginId(); });
    return out;
}

bool DebugServer::disconnectPlugin(const QString &pluginId, const QString &reason)
{
    RegisteredPlugin *p = m_plugins.value(pluginId);
    if (!p)
        return false;
    const QString why = reason.isEmpty() ? QCoreApplication::translate("Studio", "disconnected from Plugin Studio")
                                         : reason;
    if (p->m_connection && p->m_connection->isOpen())
        p->m_connection->close(why); // emits closed → onPluginClosed
    else
        onPluginClosed(p, why);
    return true;
}

PendingDebugConnection *DebugServer::evictionCandidate(quint64 batch) const
{
    // Before the handshake anything may go, the stalest first (a real plugin sends its handshake
    // with the connect); a key holder only when it has been silent for evictKeyHolderIdleMs. Never
    // one accepted in the same batch: its bytes have not been read yet.
    const qint64 now = m_clock.nsecsElapsed() / 1000;
    PendingDebugConnection *anonymous = nullptr;
    PendingDebugConnection *holder = nullptr;
    for (PendingDebugConnection *p : m_pending) {
        if (p->batch() == batch)
            continue;
        if (!p->handshakeSeen()) {
            if (!anonymous || p->lastActivityUs() < anonymous->lastActivityUs())
                anonymous = p;
        } else if (now - p->lastActivityUs() >= qint64(m_options.evictKeyHolderIdleMs) * 1000
                   && (!holder || p->lastActivityUs() < holder->lastActivityUs())) {
            holder = p;
        }
    }
    return anonymous ? anonymous : holder;
}

void DebugServer::addPendingBytes(qint64 delta, qint64 connectionTotal)
{
    m_stats.pendingBytes += delta;
    m_stats.peakPendingBytes = std::max(m_stats.peakPendingBytes, m_stats.pendingBytes);
    m_stats.peakConnectionBytes = std::max(m_stats.peakConnectionBytes, connectionTotal);
}

void DebugServer::onNewConnection()
{
    const quint64 batch = ++m_acceptBatch;
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_stats.accepted;
        if (int(m_pending.size()) >= m_options.maxPendingConnections) {
            if (PendingDebugConnection *victim = evictionCandidate(batch)) {
                ++m_stats.evicted;
                if (victim->handshakeSeen())
                    victim->finish(QStringLiteral("registration failed, the connection was silent while the server "
                                                  "needed room — restart the plugin"),
                                   QString());
                else
                    victim->finish(QString(), QCoreApplication::translate("Studio", "dropped before its handshake to "
                                                                                   "make room for a new connection"));
            }
        }
        if (int(m_pending.size()) >= m_options.maxPendingConnections) {
            ++m_stats.refusedBusy;
            const QByteArray line = "server is busy now, please try again later";
            const QString peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
            refuseAndClose(socket, this, line);
            emit connectionRefused(peer, QString::fromLatin1(line));
            continue;
        }
        auto *pending = new PendingDebugConnection(socket, this, batch);
        m_pending.insert(pending);
        m_stats.peakPending = std::max(m_stats.peakPending, int(m_pending.size()));
    }
}

QString DebugServer::checkDeclaration(const Registration &reg, Plugin::PluginDeclaration &decl) const
{
    decl = reg.toDeclaration();
    if (m_check)
        return m_check(reg, decl);
    // The plugin loader's remote-registration check: decoding + STRICT validation + manifest rules.
    // Like the daemon at `end` (FillInDefaultValues): tool/trigger identity description and tags
    // default to the manifest's, a model provider's description to the manifest description.
    QMap<QString, QJsonArray> byType;
    const QJsonValue manifestDescription = reg.manifest.value(QLatin1String("description"));
    const QJsonValue manifestTags = reg.manifest.value(QLatin1String("tags"));
    for (const DeclarationKind &k : declarationKinds()) {
        const QString key = QLatin1String(k.key);
        if (!reg.providers.contains(key))
            continue;
        QJsonObject provider = reg.providers.value(key);
        if (key == QLatin1String("tool") || key == QLatin1String("trigger")) {
            QJsonObject identity = provider.value(QLatin1String("identity")).toObject();
            const QJsonValue d = identity.value(QLatin1String("description"));
            if ((d.isUndefined() || d.isNull() || (d.isObject() && d.toObject().isEmpty())) && !manifestDescription.isUndefined())
                identity.insert(QStringLiteral("description"), manifestDescription);
            if (!identity.contains(QLatin1String("tags")) && !manifestTags.isUndefined())
                identity.insert(QStringLiteral("tags"), manifestTags);
            provider.insert(QStringLiteral("identity"), identity);
        } else if (key == QLatin1String("model") && !provider.contains(QLatin1String("description"))
                   && !manifestDescription.isUndefined()) {
            provider.insert(QStringLiteral("description"), manifestDescription);
        }
        byType.insert(QLatin1String(k.type), QJsonArray{provider});
    }
    const Plugin::LoadResult loaded = Plugin::loadRemoteRegistration(reg.manifest, byType, reg.assets.keys());
    if (!loaded.ok) {
        static const QString prefix = QStringLiteral("handshake failed, invalid plugin declaration: ");
        QString text = Plugin::remoteRejectionText(loaded);
        if (text.startsWith(prefix))
            text = text.mid(prefix.size());
        if (text.isEmpty())
            text = loaded.firstError();
        return text + QStringLiteral(" — fix the declaration and restart the plugin");
    }
    decl = loaded.declaration;
    return {};
}

void DebugServer::onRegistered(PendingDebugConnection *pending, Registration reg, const QList<QByteArray> &lines,
                               const QByteArray &rest)
{
    QTcpSocket *socket = pending->socket();
    Plugin::PluginDeclaration decl;
    const QString problem = checkDeclaration(reg, decl);
    if (!problem.isEmpty()) {
        const QString line = QStringLiteral("handshake failed, invalid plugin declaration: %1").arg(problem);
        if (m_log)
            m_log->record(Direction::Out, reg.pluginId(), line.toUtf8());
        ++m_stats.refused;
        refuseAndClose(socket, this, line.toUtf8());
        emit connectionRefused(pending->peer(), line);
        return;
    }
    // Like the daemon, the number of connected plugins is checked when a registration ends (a
    // reconnect of a plugin that is connected replaces it and needs no new slot).
    if (int(m_plugins.size()) >= m_options.maxPlugins && !m_plugins.contains(reg.pluginId())) {
        const QString line = QStringLiteral("server is busy now, please try again later");
        if (m_log)
            m_log->record(Direction::Out, reg.pluginId(), line.toUtf8());
        ++m_stats.refusedBusy;
        refuseAndClose(socket, this, line.toUtf8());
        emit connectionRefused(pending->peer(), line);
        return;
    }
    ++m_stats.registered;

    auto *plugin = new RegisteredPlugin(this);
    plugin->m_pluginId = reg.pluginId();
    plugin->m_checksum = reg.checksum(m_options.workspaceId);
    plugin->m_identifier = reg.identifier(m_options.workspaceId);
    plugin->m_peer = pending->peer();
    plugin->m_assets = std::make_unique<MemoryFileSet>(QStringLiteral("remote:%1").arg(plugin->m_pluginId));
    for (auto it = reg.assets.constBegin(); it != reg.assets.constEnd(); ++it)
        plugin->m_assets->insert(QStringLiteral("_assets/") + it.key(), it.value());
    plugin->m_registration = std::move(reg);
    plugin->m_declaration = decl;
    plugin->m_connectedAt = QDateTime::currentDateTimeUtc();
    plugin->m_lastHeartbeat = plugin->m_connectedAt;

    auto transport = std::make_unique<TcpTransport>(socket);
    transport->setMaxLineBytes(m_options.maxLineBytes);
    transport->setHeartbeatTimeout(m_options.heartbeatTimeoutMs, m_options.heartbeatCheckMs);
    plugin->m_transport = transport.get();
    if (m_log)
        m_log->attach(transport.get(), plugin->m_pluginId);
    connect(transport.get(), &TcpTransport::heartbeat, plugin, [plugin] {
        plugin->m_lastHeartbeat = QDateTime::currentDateTimeUtc();
        emit plugin->heartbeat();
    });
    plugin->m_connection = new Runtime::PluginConnection(std::move(transport), decl, m_reverse, plugin);
    connect(plugin->m_connection, &Runtime::PluginConnection::closed, this,
            [this, plugin](const QString &why) { onPluginClosed(plugin, why); });

    // A reconnect of the same plugin replaces the earlier registration.
    if (RegisteredPlugin *old = m_plugins.value(plugin->m_pluginId)) {
        m_plugins.remove(plugin->m_pluginId);
        if (old->m_connection)
            old->m_connection->disconnect(this);
        const QString why = QCoreApplication::translate("Studio", "replaced by a new registration of %1 from %2")
                                .arg(plugin->m_pluginId, plugin->m_peer);
        if (old->m_connection)
            old->m_connection->close(why);
        emit pluginDisconnected(old->pluginId(), why);
        old->deleteLater();
    }
    m_plugins.insert(plugin->m_pluginId, plugin);
    emit pluginRegistered(plugin);
    // Lines that arrived right after `end` (e.g. the first heartbeat) go to the connection now.
    if (plugin->m_transport)
        plugin->m_transport->injectBuffered(lines, rest);
}

void DebugServer::onPluginClosed(RegisteredPlugin *plugin, const QString &reason)
{
    if (m_plugins.value(plugin->pluginId()) != plugin)
        return;
    m_plugins.remove(plugin->pluginId());
    if (plugin->m_connection)
        plugin->m_connection->disconnect(this);
    emit pluginDisconnected(plugin->pluginId(), reason);
    plugin->deleteLater();
}

} // namespace Studio::Debug
