// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One running call (a session, protocol.md §1.4). Created by PluginConnection::invoke(); owned by
// the connection until the caller takes it (setParent) or the connection is destroyed.

#include "core/common/result.h"
#include "core/runtime/actions.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Studio::Runtime {

class PluginConnection;

enum class InvocationState { Running, Succeeded, Failed, Cancelled, TimedOut };
QString invocationStateName(InvocationState state); // "running", "succeeded", ...

class Invocation : public QObject
{
    Q_OBJECT
public:
    ~Invocation() override;

    QString sessionId() const { return m_sessionId; }
    const InvokeRequest &request() const { return m_request; }
    InvocationState state() const { return m_state; }
    bool isFinished() const { return m_state != InvocationState::Running; }
    // Failed/TimedOut/Cancelled: what went wrong. For a plugin error the message is
    // "<error_type>: <message>"; pluginErrorType()/pluginTraceback() give the parts.
    const Error &error() const { return m_error; }
    QString pluginErrorType() const { return m_pluginErrorType; }
    QString pluginTraceback() const { return m_pluginTraceback; }
    QJsonObject pluginErrorData() const { return m_pluginErrorData; } // the raw `error` data
    const QList<QJsonObject> &chunks() const { return m_chunks; }
    qint64 elapsedMs() const;
    int reverseCallCount() const { return m_reverseCalls; }

    // Fails the call locally and stops routing its messages (the protocol has no cancel message;
    // the plugin may keep working and its late lines are dropped).
    void cancel();

signals:
    void chunkReceived(const QJsonObject &data);
    // A reverse call made by the plugin during this session (for display).
    void reverseCall(const QString &type, const QJsonObject &request, const QString &backwardsRequestId);
    // Emitted exactly once, when the state leaves Running.
    void finished();

private:
    friend class PluginConnection;
    Invocation(const QString &sessionId, const InvokeRequest &request, PluginConnection *connection);
    void addChunk(const QJsonObject &data);
    void setPluginError(const QJsonObject &data);
    void complete(); // `end` received
    void fail(InvocationState state, const Error &error);

    QString m_sessionId;
    InvokeRequest m_request;
    PluginConnection *m_connection = nullptr;
    InvocationState m_state = InvocationState::Running;
    Error m_error;
    QString m_pluginErrorType, m_pluginTraceback;
    QJsonObject m_pluginErrorData;
    bool m_hasPluginError = false;
    QList<QJsonObject> m_chunks;
    QElapsedTimer m_clock;
    qint64 m_finishedMs = -1;
    QTimer m_timeout;
    int m_reverseCalls = 0;
};

} // namespace Studio::Runtime
