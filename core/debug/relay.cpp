// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debug/relay.h"

#include "core/debug/inspector.h"
#include "core/net/linesplitter.h"
#include "core/net/tcpoptions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Studio::Debug {

class RelaySession : public QObject
{
public:
    // A plugin's lines: registration lines and answers (the debug server allows 4 and 5 MiB; a
    // relay passes a little more rather than be stricter than the host behind it).
    static constexpr qsizetype MaxLineFromPlugin = 16 * 1024 * 1024;
    // The host's requests: an endpoint request of 10 MiB is 20 MiB of hex in one line.
    static constexpr qsizetype MaxLineFromUpstream = 64 * 1024 * 1024;
    static constexpr qsizetype MaxHandshakeLine = 4 * 1024;

    RelaySession(QTcpSocket *client, DebugRelay *relay)
        : QObject(relay), m_relay(relay), m_client(client), m_up(new QTcpSocket(this)),
          m_fromClient(MaxLineFromPlugin), m_fromUp(MaxLineFromUpstream)
    {
        client->setParent(this);
        // Both legs without Nagle, and the plugin's leg acknowledged at once (tcpoptions.h): the
        // relay must not add a round of delayed ACKs to every message it forwards.
        Net::setLowDelay(client, m_relay->m_lowDelay);
        client->setReadBufferSize(256 * 1024);
        m_up->setReadBufferSize(256 * 1024);
        m_peer = QStringLiteral("%1:%2").arg(client->peerAddress().toString()).arg(client->peerPort());
        m_logId = m_peer;
        connect(client, &QTcpSocket::readyRead, this, [this] { onClientData(); });
        connect(client, &QTcpSocket::disconnected, this,
                [this] { end(QCoreApplication::translate("Studio", "the plugin closed the connection")); });
        connect(m_up, &QTcpSocket::connected, this, [this] { onUpConnected(); });
        connect(m_up, &QTcpSocket::readyRead, this, [this] { onUpData(); });
        connect(m_up, &QTcpSocket::disconnected, this,
                [this] { end(QCoreApplication::translate("Studio", "the Dify debug host closed the connection")); });
        connect(m_up, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError)
                return; // disconnected() follows
            if (!m_upReady)
                refuseLocal(QStringLiteral("relay failed, cannot reach the Dify debug host %1:%2: %3")
                                .arg(m_relay->m_upHost)
                                .arg(m_relay->m_upPort)
                                .arg(m_up->errorString()));
            else
                end(QCoreApplication::translate("Studio", "upstream error: %1").arg(m_up->errorString()));
        });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            end(QCoreApplication::translate("Studio", "no handshake within %1 s")
                    .arg(m_relay->m_handshakeTimeoutMs / 1000.0));
        });
        m_timer.start(m_relay->m_handshakeTimeoutMs);
    }

    void end(const QString &reason)
    {
        if (m_ended)
            return;
        m_ended = true;
        m_timer.stop();
        m_client->disconnect(this);
        m_up->disconnect(this);
        // Let pending bytes (e.g. a forwarded refusal line) reach each side before closing.
        m_client->disconnectFromHost();
        m_up->disconnectFromHost();
        m_relay->m_sessions.remove(this);
        emit m_relay->sessionEnded(m_peer, reason);
        QTimer::singleShot(2000, this, &QObject::deleteLater);
    }

private:
    void record(Direction d, const QByteArray &line)
    {
        if (line.trimmed().isEmpty() || !m_relay->m_log)
            return;
        if (d == Direction::In && m_logId == m_peer && line.contains("manifest_declaration")) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QJsonObject m = o.value(QLatin1String("data")).toObject();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("manifest_declaration"))
                m_logId = m.value(QLatin1String("author")).toString() + QLatin1Char('/')
                    + m.value(QLatin1String("name")).toString();
        }
        m_relay->m_log->record(d, m_logId, line);
    }

    void refuseLocal(const QString &text)
    {
        if (m_ended)
            return;
        if (m_relay->m_log)
            m_relay->m_log->record(Direction::Out, m_logId, text.toUtf8());
        m_client->write(text.toUtf8() + '\n');
        end(text);
    }

    void onClientData()
    {
        if (m_ended)
            return;
        if (m_relay->m_lowDelay)
            Net::quickAck(m_client);
        QList<QByteArray> lines;
        const bool ok = m_fromClient.append(m_client->readAll(), lines);
        for (const QByteArray &line : lines) {
            if (m_ended)
                return;
            if (!m_handshakeDone) {
                if (line.trimmed().isEmpty())
                    continue;
                if (line.size() > MaxHandshakeLine)
                    return refuseLocal(QStringLiteral("handshake failed, invalid handshake message — the handshake "
                                                      "line is longer than 4 KiB"));
                record(Direction::In, line);
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                const QJsonValue key = o.value(QLatin1String("data")).toObject().value(QLatin1String("key"));
                if (o.value(QLatin1String("type")).toString() != QLatin1String("handshake") || !key.isString())
                    return refuseLocal(QStringLiteral("handshake failed, invalid handshake message"));
                if (!m_relay->m_keys->validate(key.toString()))
                    return refuseLocal(QStringLiteral("handshake failed, invalid key — use the relay's local key "
                                                      "shown in Plugin Studio, not the Dify key"));
                m_handshakeDone = true;
                m_timer.stop();
                QJsonObject rewritten = o;
                rewritten.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("key"), m_relay->m_upKey}});
                m_toUp.append(QJsonDocument(rewritten).toJson(QJsonDocument::Compact) + '\n');
                m_up->connectToHost(m_relay->m_upHost, m_relay->m_upPort);
                continue;
            }
            record(Direction::In, line);
            forwardUp(line + '\n');
        }
        // Before the handshake only a short line is acceptable: do not buffer megabytes of junk.
        if (ok && !m_handshakeDone && m_fromClient.pending() > MaxHandshakeLine)
            return refuseLocal(QStringLiteral("handshake failed, invalid handshake message — the handshake line is "
                                              "longer than 4 KiB"));
        if (!ok)
            refuseLocal(QStringLiteral("relay closed the connection: a line is longer than %1 MiB")
                            .arg(MaxLineFromPlugin / (1024 * 1024)));
    }

    void forwardUp(const QByteArray &bytes)
    {
        if (m_upReady)
            m_up->write(bytes);
        else
            m_toUp.append(bytes);
    }

    void onUpConnected()
    {
        Net::setLowDelay(m_up, m_relay->m_lowDelay);
        m_upReady = true;
        m_up->write(m_toUp);
        m_toUp.clear();
        emit m_relay->sessionStarted(m_peer);
    }

    void onUpData()
    {
        if (m_ended)
            return;
        if (m_relay->m_lowDelay)
            Net::quickAck(m_up);
        QList<QByteArray> lines;
        const bool ok = m_fromUp.append(m_up->readAll(), lines);
        for (const QByteArray &line : lines) {
            record(Direction::Out, line);
            const QByteArray t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith('{'))
                emit m_relay->upstreamRefused(m_peer, QString::fromUtf8(t));
            m_client->write(line + '\n');
        }
        if (!ok)
            end(QCoreApplication::translate("Studio", "a line from the Dify debug host exceeded the limit"));
    }

    DebugRelay *m_relay;
    QTcpSocket *m_client;
    QTcpSocket *m_up;
    Net::LineSplitter m_fromClient, m_fromUp;
    QByteArray m_toUp;
    QTimer m_timer;
    QString m_peer, m_logId;
    bool m_handshakeDone = false;
    bool m_upReady = false;
    bool m_ended = false;
};

DebugRelay::DebugRelay(QObject *parent) : QObject(parent), m_keys(new DebugKeyStore(this)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &DebugRelay::onNewConnection);
}

DebugRelay::~DebugRelay() = default;

void DebugRelay::setUpstream(const QString &host, quint16 port, const QString &key)
{
    m_upHost = host;
    m_upPort = port;
    m_upKey = key;
}

VoidResult DebugRelay::listen(const QHostAddress &address, quint16 port)
{
    if (m_upHost.isEmpty() || m_upPort == 0 || m_upKey.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Studio", "Set the Dify debug host, port and key before starting "
                                                           "the relay (Dify: Plugins → Debug)."));
    if (!m_server->listen(address, port))
        return Error(ErrorCode::NetworkError, QCoreApplication::translate("Studio", "Cannot listen on %1:%2: %3")
                                                  .arg(address.toString())
                                                  .arg(port)
                                                  .arg(m_server->errorString()));
    return {};
}

void DebugRelay::close()
{
    m_server->close();
    const auto sessions = m_sessions.values();
    for (RelaySession *s : sessions)
        s->end(QCoreApplication::translate("Studio", "the relay was stopped"));
}

quint16 DebugRelay::port() const
{
    return m_server->serverPort();
}

void DebugRelay::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (int(m_sessions.size()) >= m_maxSessions) {
            socket->setParent(this);
            socket->write("server is busy now, please try again later\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(5000, socket, &QObject::deleteLater);
            continue;
        }
        m_sessions.insert(new RelaySession(socket, this));
    }
}

} // namespace Studio::Debug
