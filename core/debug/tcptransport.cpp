// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debug/tcptransport.h"

#include "core/net/tcpoptions.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>

namespace Studio::Debug {

TcpTransport::TcpTransport(QTcpSocket *socket, QObject *parent)
    : Runtime::PluginTransport(parent), m_socket(socket)
{
    socket->setParent(this);
    Net::setLowDelay(socket);
    // Bounded: one read holds at most this much on top of the line splitter's cap.
    socket->setReadBufferSize(256 * 1024);
    m_peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    m_sinceHeartbeat.start();
    connect(socket, &QTcpSocket::readyRead, this, &TcpTransport::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        finish(QCoreApplication::translate("Studio", "the plugin closed the debug connection"));
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            finish(QCoreApplication::translate("Studio", "the plugin closed the debug connection"));
        else if (m_socket)
            finish(QCoreApplication::translate("Studio", "debug connection error: %1").arg(m_socket->errorString()));
    });
    m_watchdog.setInterval(15000);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_heartbeatTimeoutMs > 0 && m_sinceHeartbeat.elapsed() > m_heartbeatTimeoutMs)
            close(QCoreApplication::translate("Studio", "no heartbeat from the plugin for %1 s; is its process "
                                                        "paused or stuck?")
                      .arg(m_heartbeatTimeoutMs / 1000.0));
    });
    m_watchdog.start();
}

TcpTransport::~TcpTransport()
{
    m_closed = true; // no signals from a dying object
    if (m_socket)
        m_socket->abort();
}

bool TcpTransport::isOpen() const
{
    return !m_closed && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool TcpTransport::sendLine(const QByteArray &line)
{
    if (!isOpen())
        return false;
    QByteArray data = line;
    data.append('\n');
    if (m_socket->write(data) != data.size())
        return false;
    emit lineSent(line);
    return true;
}

void TcpTransport::close(const QString &reason)
{
    if (m_closed)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->flush();
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    }
    finish(reason);
}

void TcpTransport::finish(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_watchdog.stop();
    if (m_socket)
        m_socket->disconnect(this);
    emit closed(reason);
}

void TcpTransport::injectBuffered(const QList<QByteArray> &lines, const QByteArray &rest)
{
    deliver(lines);
    if (!rest.isEmpty() && !m_closed) {
        QList<QByteArray> more;
        if (!m_lines.append(rest, more)) {
            close(QCoreApplication::translate("Studio", "a line from the plugin is longer than %1 MiB; closing")
                      .arg(m_lines.maxLine() / (1024 * 1024)));
            return;
        }
        deliver(more);
    }
    if (m_socket && m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &TcpTransport::onReadyRead, Qt::QueuedConnection);
}

void TcpTransport::setHeartbeatTimeout(int timeoutMs, int checkMs)
{
    m_heartbeatTimeoutMs = timeoutMs;
    if (timeoutMs <= 0) {
        m_watchdog.stop();
        return;
    }
    m_watchdog.setInterval(checkMs > 0 ? checkMs : std::max(10, timeoutMs / 4));
    if (!m_closed)
        m_watchdog.start();
}

bool TcpTransport::isHeartbeat(const QByteArray &line)
{
    if (line.size() > 4096 || !line.contains("heartbeat"))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    return o.value(QLatin1String("event")).toString() == QLatin1String("heartbeat");
}

void TcpTransport::onReadyRead()
{
    if (m_closed || !m_socket)
        return;
    Net::quickAck(m_socket); // see tcpoptions.h: the SDK sends each line in two pieces
    QList<QByteArray> lines;
    const bool ok = m_lines.append(m_socket->readAll(), lines);
    deliver(lines);
    if (!ok && !m_closed)
        close(QCoreApplication::translate("Studio", "a line from the plugin is longer than %1 MiB; closing")
                  .arg(m_lines.maxLine() / (1024 * 1024)));
}

void TcpTransport::deliver(const QList<QByteArray> &lines)
{
    QPointer<TcpTransport> self(this);
    for (const QByteArray &l : lines) {
        if (!self || m_closed)
            return;
        if (l.trimmed().isEmpty())
            continue;
        if (isHeartbeat(l)) {
            m_sinceHeartbeat.restart();
            emit heartbeat();
        }
        emit lineReceived(l);
    }
}

} // namespace Studio::Debug
