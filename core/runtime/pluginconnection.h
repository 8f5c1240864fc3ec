// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The session layer over one PluginTransport (protocol.md §1): parses plugin lines, routes
// session messages to their Invocation, answers reverse calls through a ReverseHandler, and fails
// every pending call at once when the transport closes. Used for local (stdio) and remote-debug
// (TCP) plugins alike.

#include "core/plugin/declarations.h"
#include "core/runtime/actions.h"
#include "core/runtime/invocation.h"
#include "core/runtime/transport.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Studio::Runtime {

class ReverseHandler;

class PluginConnection : public QObject
{
    Q_OBJECT
public:
    PluginConnection(std::unique_ptr<PluginTransport> transport, const Plugin::PluginDeclaration &decl,
                     ReverseHandler *reverse, QObject *parent = nullptr);
    ~PluginConnection() override; // closes the transport; pending calls fail

    // Starts a call. Never null. The listener is registered before the request is written; if the
    // transport is closed the invocation is already Failed (finished() is emitted queued).
    Invocation *invoke(const InvokeRequest &request);

    PluginTransport *transport() const { return m_transport.get(); }
    const Plugin::PluginDeclaration &declaration() const { return m_decl; }
    QString pluginId() const; // "author/name" (storage scope)
    bool isOpen() const;
    bool isReady() const { return m_ready; }
    QString closeReason() const { return m_closeReason; }
    qint64 lastActivityMs() const { return m_lastActivity; } // msecs since epoch: any line or output
    qint64 lastHeartbeatMs() const { return m_lastHeartbeat; }
    int pendingCount() const { return int(m_pending.size()); }
    int droppedMessages() const { return m_dropped; } // session lines for unknown sessions
    QJsonObject manifestDump() const { return m_manifestDump; }
    void setReverseHandler(ReverseHandler *reverse) { m_reverse = reverse; }
    ReverseHandler *reverseHandler() const { return m_reverse; }

    // Sends one backwards_response for a reverse call of session `sessionId` (protocol.md §6.3).
    // Returns false when the session is gone or the transport closed.
    bool sendBackwardsResponse(const QString &sessionId, const QString &backwardsRequestId,
                               const QString &event, const QString &message, const QJsonValue &data);

    void close(const QString &reason);

signals:
    void ready();                 // first heartbeat
    void heartbeat();
    void logMessage(const QString &level, const QString &text, double timestamp);
    void pluginError(const QJsonObject &data); // stray `error` events (not tied to a session)
    void manifestDumped(const QJsonObject &manifest);
    void outputText(const QString &text, bool isStderr); // stderr, prints, invalid JSON lines
    void invocationStarted(Studio::Runtime::Invocation *invocation);
    void closed(const QString &reason);

private:
    friend class Invocation;
    void onLine(const QByteArray &line);
    void onTransportClosed(const QString &reason);
    void handleSessionMessage(const QString &sessionId, const QJsonObject &message);
    void detach(Invocation *invocation); // stop routing (finished/cancelled)
    void touch();

    std::unique_ptr<PluginTransport> m_transport;
    Plugin::PluginDeclaration m_decl;
    ReverseHandler *m_reverse = nullptr;
    QHash<QString, QPointer<Invocation>> m_pending;
    QJsonObject m_manifestDump;
    QString m_closeReason;
    qint64 m_lastActivity = 0;
    qint64 m_lastHeartbeat = 0;
    int m_dropped = 0;
    bool m_ready = false;
    bool m_closed = false;
};

} // namespace Studio::Runtime
