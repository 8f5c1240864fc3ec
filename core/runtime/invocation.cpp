// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/invocation.h"

#include "core/runtime/pluginconnection.h"

#include <QCoreApplication>

namespace Studio::Runtime {

QString invocationStateName(InvocationState state)
{
    switch (state) {
    case InvocationState::Running: return QStringLiteral("running");
    case InvocationState::Succeeded: return QStringLiteral("succeeded");
    case InvocationState::Failed: return QStringLiteral("failed");
    case InvocationState::Cancelled: return QStringLiteral("cancelled");
    case InvocationState::TimedOut: return QStringLiteral("timed-out");
    }
    return QString();
}

Invocation::Invocation(const QString &sessionId, const InvokeRequest &request, PluginConnection *connection)
    : QObject(connection), m_sessionId(sessionId), m_request(request), m_connection(connection)
{
    m_clock.start();
    if (request.timeoutMs > 0) {
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            fail(InvocationState::TimedOut,
                 Error(ErrorCode::Timeout,
                       QCoreApplication::translate("Studio",
                           "the call %1/%2 did not finish within %3 s and was abandoned (raise the timeout if the "
                           "plugin is legitimately slow)")
                           .arg(m_request.type, m_request.action).arg(m_request.timeoutMs / 1000.0)));
        });
        m_timeout.start(request.timeoutMs);
    }
}

Invocation::~Invocation()
{
    if (m_connection && m_state == InvocationState::Running)
        m_connection->detach(this);
}

qint64 Invocation::elapsedMs() const
{
    return m_finishedMs >= 0 ? m_finishedMs : m_clock.elapsed();
}

void Invocation::cancel()
{
    fail(InvocationState::Cancelled,
         Error(ErrorCode::Cancelled, QCoreApplication::translate("Studio", "the call was cancelled")));
}

void Invocation::addChunk(const QJsonObject &data)
{
    if (m_state != InvocationState::Running)
        return;
    m_chunks.append(data);
    emit chunkReceived(data);
}

void Invocation::setPluginError(const QJsonObject &data)
{
    if (m_state != InvocationState::Running || m_hasPluginError)
        return;
    m_hasPluginError = true;
    m_pluginErrorData = data;
    m_pluginErrorType = data.value(QStringLiteral("error_type")).toString();
    const QJsonObject args = data.value(QStringLiteral("args")).toObject();
    m_pluginTraceback = args.value(QStringLiteral("traceback")).toString();
    QString message = data.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = data.value(QStringLiteral("error")).toString();
    const QString description = args.value(QStringLiteral("description")).toString();
    if (!description.isEmpty() && description != message)
        message += QStringLiteral(" (") + description + QLatin1Char(')');
    m_error = Error(ErrorCode::ProcessFailed,
                    m_pluginErrorType.isEmpty() ? message : m_pluginErrorType + QStringLiteral(": ") + message);
}

void Invocation::complete()
{
    if (m_state != InvocationState::Running)
        return;
    if (m_hasPluginError) {
        fail(InvocationState::Failed, m_error);
        return;
    }
    m_state = InvocationState::Succeeded;
    m_finishedMs = m_clock.elapsed();
    m_timeout.stop();
    if (m_connection)
        m_connection->detach(this);
    emit finished();
}

void Invocation::fail(InvocationState state, const Error &error)
{
    if (m_state != InvocationState::Running)
        return;
    m_state = state;
    m_error = error;
    m_finishedMs = m_clock.elapsed();
    m_timeout.stop();
    if (m_connection)
        m_connection->detach(this);
    emit finished();
}

} // namespace Studio::Runtime
