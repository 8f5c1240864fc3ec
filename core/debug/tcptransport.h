// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PluginTransport over a registered remote-debug TCP connection (protocol.md §4.6): same line
// framing as stdio; the plugin sends a heartbeat every 10 s and the link is closed when none was
// seen for 60 s (configurable), as the daemon does. Lines are capped (the debug server sets its
// maxLineBytes, 5 MiB by default: the daemon's cap on a local plugin's line; the daemon's TCP
// decoder has none).

#include "core/net/linesplitter.h"
#include "core/runtime/transport.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Studio::Debug {

class TcpTransport : public Runtime::PluginTransport
{
    Q_OBJECT
public:
    // Takes ownership of `socket` (reparents it). `pendingLines` are lines already read after the
    // registration `end` and `rest` any partial bytes; both are delivered before new socket data.
    explicit TcpTransport(QTcpSocket *socket, QObject *parent = nullptr);
    ~TcpTransport() override;

    bool isOpen() const override;
    bool sendLine(const QByteArray &line) override;
    void close(const QString &reason) override;
    QString kind() const override { return QStringLiteral("remote"); }

    // Replays bytes read by the registration phase (call once, right after construction).
    void injectBuffered(const QList<QByteArray> &lines, const QByteArray &rest);

    // Heartbeat watchdog: close when no heartbeat for `timeoutMs` (default 60 s), checked every
    // `checkMs` (default timeoutMs/4). 0 disables.
    void setHeartbeatTimeout(int timeoutMs, int checkMs = 0);
    void setMaxLineBytes(qint64 bytes) { m_lines.setMaxLine(bytes); }
    qint64 msecsSinceHeartbeat() const { return m_sinceHeartbeat.elapsed(); }
    QString peer() const { return m_peer; }

    // Cheap heartbeat detector for plugin lines.
    static bool isHeartbeat(const QByteArray &line);

signals:
    void heartbeat();
    // Emitted for each line sent to the plugin (inspector tap, the line without '\n').
    void lineSent(const QByteArray &line);

private:
    void onReadyRead();
    void deliver(const QList<QByteArray> &lines);
    void finish(const QString &reason);
    QPointer<QTcpSocket> m_socket;
    Net::LineSplitter m_lines;
    QTimer m_watchdog;
    QElapsedTimer m_sinceHeartbeat;
    int m_heartbeatTimeoutMs = 60000;
    QString m_peer;
    bool m_closed = false;
};

} // namespace Studio::Debug
