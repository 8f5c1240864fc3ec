// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/pluginconnection.h"

#include "core/runtime/reverse.h"
#include "core/runtime/stdiotransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

namespace Studio::Runtime {

PluginConnection::PluginConnection(std::unique_ptr<PluginTransport> transport, const Plugin::PluginDeclaration &decl,
                                   ReverseHandler *reverse, QObject *parent)
    : QObject(parent), m_transport(std::move(transport)), m_decl(decl), m_reverse(reverse)
{
    m_lastActivity = QDateTime::currentMSecsSinceEpoch();
    connect(m_transport.get(), &PluginTransport::lineReceived, this, &PluginConnection::onLine);
    connect(m_transport.get(), &PluginTransport::outputText, this, [this](const QString &text, bool isStderr) {
        touch();
        emit outputText(text, isStderr);
    });
    connect(m_transport.get(), &PluginTransport::closed, this, &PluginConnection::onTransportClosed);
}

PluginConnection::~PluginConnection()
{
    if (m_transport) {
        m_transport->disconnect(this);
        if (m_transport->isOpen())
            m_transport->close(QCoreApplication::translate("Studio", "the connection was destroyed"));
    }
    if (!m_closed)
        onTransportClosed(QCoreApplication::translate("Studio", "the connection was destroyed"));
}

QString PluginConnection::pluginId() const
{
    return m_decl.manifest.pluginId();
}

bool PluginConnection::isOpen() const
{
    return !m_closed && m_transport && m_transport->isOpen();
}

void PluginConnection::close(const QString &reason)
{
    if (m_transport)
        m_transport->close(reason);
}

void PluginConnection::touch()
{
    m_lastActivity = QDateTime::currentMSecsSinceEpoch();
}

Invocation *PluginConnection::invoke(const InvokeRequest &request)
{
    const QString sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *inv = new Invocation(sessionId, request, this);
    if (!isOpen()) {
        const QString why = m_closeReason.isEmpty()
                                ? QCoreApplication::translate("Studio", "the plugin is not running")
                                : m_closeReason;
        const Error error(ErrorCode::ProcessFailed,
                          QCoreApplication::translate("Studio", "cannot call the plugin: %1 (start it first)").arg(why));
        inv->m_state = InvocationState::Failed; // finished() is emitted queued so callers can connect first
        inv->m_error = error;
        inv->m_finishedMs = 0;
        inv->m_timeout.stop();
        QMetaObject::invokeMethod(inv, &Invocation::finished, Qt::QueuedConnection);
        return inv;
    }
    // Listen before writing: a fast plugin can answer before the write returns.
    m_pending.insert(sessionId, inv);
    emit invocationStarted(inv);
    const QByteArray line = QJsonDocument(request.envelope(sessionId)).toJson(QJsonDocument::Compact);
    if (!m_transport->sendLine(line)) {
        inv->fail(InvocationState::Failed,
                  Error(ErrorCode::IoError,
                        QCoreApplication::translate("Studio", "could not write the request to the plugin")));
    }
    return inv;
}

bool PluginConnection::sendBackwardsResponse(const QString &sessionId, const QString &backwardsRequestId,
                                             const QString &event, const QString &message, const QJsonValue &data)
{
    if (!isOpen())
        return false;
    InvokeRequest base;
    if (const auto it = m_pending.constFind(sessionId); it != m_pending.constEnd() && *it)
        base = (*it)->request();
    const QJsonObject payload{{QStringLiteral("backwards_request_id"), backwardsRequestId},
                              {QStringLiteral("event"), event},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("data"), data}};
    const QJsonObject env = base.envelope(sessionId, QStringLiteral("backwards_response"), payload);
    return m_transport->sendLine(QJsonDocument(env).toJson(QJsonDocument::Compact));
}

void PluginConnection::onLine(const QByteArray &line)
{
    touch();
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        emit outputText(QString::fromUtf8(line.left(4096)) + QLatin1Char('\n'), false);
        return;
    }
    const QJsonObject obj = doc.object();
    if (!obj.contains(QStringLiteral("event"))) {
        m_manifestDump = obj;
        emit manifestDumped(obj);
        return;
    }
    const QString event = obj.value(QStringLiteral("event")).toString();
    if (event == QLatin1String("heartbeat")) {
        m_lastHeartbeat = m_lastActivity;
        if (!m_ready) {
            m_ready = true;
            emit ready();
        }
        emit heartbeat();
    } else if (event == QLatin1String("log")) {
        const QJsonObject d = obj.value(QStringLiteral("data")).toObject();
        emit logMessage(d.value(QStringLiteral("level")).toString(), d.value(QStringLiteral("message")).toString(),
                        d.value(QStringLiteral("timestamp")).toDouble());
    } else if (event == QLatin1String("error")) {
        emit pluginError(obj.value(QStringLiteral("data")).toObject());
    } else if (event == QLatin1String("session")) {
        handleSessionMessage(obj.value(QStringLiteral("session_id")).toString(),
                             obj.value(QStringLiteral("data")).toObject());
    } else {
        emit outputText(QCoreApplication::translate("Studio", "unknown event \"%1\" from the plugin: %2\n")
                            .arg(event, QString::fromUtf8(line.left(1024))),
                        false);
    }
}

void PluginConnection::handleSessionMessage(const QString &sessionId, const QJsonObject &message)
{
    const auto it = m_pending.constFind(sessionId);
    if (it == m_pending.constEnd() || !*it) {
        ++m_dropped;
        return;
    }
    Invocation *inv = *it;
    const QString type = message.value(QStringLiteral("type")).toString();
    const QJsonValue data = message.value(QStringLiteral("data"));
    if (type == QLatin1String("stream")) {
        inv->addChunk(data.toObject());
    } else if (type == QLatin1String("end")) {
        inv->complete();
    } else if (type == QLatin1String("error")) {
        inv->setPluginError(data.toObject());
    } else if (type == QLatin1String("invoke")) {
        const QJsonObject d = data.toObject();
        const QJsonValue req = d.value(QStringLiteral("request"));
        const QString reverseType = d.value(QStringLiteral("type")).toString();
        const QString backId = d.value(QStringLiteral("backwards_request_id")).toString();
        QString missing;
        if (reverseType.isEmpty())
            missing = QStringLiteral("type");
        else if (backId.isEmpty())
            missing = QStringLiteral("backwards_request_id");
        else if (!req.isObject())
            missing = QStringLiteral("request");
        if (!missing.isEmpty()) {
            inv->fail(InvocationState::Failed,
                      Error(ErrorCode::InvalidInput,
                            QCoreApplication::translate("Studio", "invoke dify failed: invoke request missing %1")
                                .arg(missing)));
            return;
        }
        ++inv->m_reverseCalls;
        QJsonObject request = req.toObject();
        request.insert(QStringLiteral("tenant_id"), QStringLiteral("studio-tenant"));
        request.insert(QStringLiteral("user_id"), inv->request().userId);
        request.insert(QStringLiteral("type"), reverseType);
        emit inv->reverseCall(reverseType, request, backId);
        ReverseResponder responder(this, sessionId, backId);
        if (!m_reverse) {
            if (inv->request().type == QLatin1String("model")) {
                responder.error(QStringLiteral("you can not invoke dify from model"));
                return;
            }
            responder.error(QCoreApplication::translate("Studio",
                                "reverse invocation is not available in this host (no handler configured)"));
            return;
        }
        ReverseCall call;
        call.sessionId = sessionId;
        call.backwardsRequestId = backId;
        call.type = reverseType;
        call.request = request;
        call.session = inv->request();
        call.pluginId = pluginId();
        call.permissions = m_decl.manifest.permissions;
        m_reverse->handle(call, responder);
    } else {
        inv->fail(InvocationState::Failed,
                  Error(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Studio", "unknown session message type \"%1\" from the plugin")
                            .arg(type)));
    }
}

void PluginConnection::detach(Invocation *invocation)
{
    const auto it = m_pending.find(invocation->sessionId());
    if (it != m_pending.end() && it.value() == invocation)
        m_pending.erase(it);
}

void PluginConnection::onTransportClosed(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_closeReason = reason;
    QString summary = reason;
    QString tail;
    if (auto *stdio = qobject_cast<StdioTransport *>(m_transport.get())) {
        summary = stdio->closeSummary();
        tail = stdio->stderrTail().right(600);
        if (!reason.startsWith(summary)) // closed by us or by the line limit: the reason says it all
            tail.clear();
    }
    QString message = QCoreApplication::translate("Studio", "%1 while this call was running").arg(summary);
    if (!tail.isEmpty())
        message += QStringLiteral(": ") + tail;
    const auto pending = m_pending;
    m_pending.clear();
    for (const QPointer<Invocation> &inv : pending) {
        if (!inv)
            continue;
        inv->fail(InvocationState::Failed, Error(ErrorCode::ProcessFailed, message));
        inv->m_connection = nullptr;
    }
    emit closed(reason);
}

// ---- ReverseResponder (declared in reverse.h)

struct ReverseResponder::State
{
    QPointer<PluginConnection> connection;
    QString sessionId, backwardsRequestId;
    bool ended = false;
    ReverseResponder::Observer observer;
};

void ReverseResponder::setObserver(Observer observer)
{
    if (m_state)
        m_state->observer = std::move(observer);
}

ReverseResponder::ReverseResponder(PluginConnection *connection, const QString &sessionId,
                                   const QString &backwardsRequestId)
    : m_state(std::make_shared<State>())
{
    m_state->connection = connection;
    m_state->sessionId = sessionId;
    m_state->backwardsRequestId = backwardsRequestId;
}

void ReverseResponder::response(const QJsonObject &data, bool streamItem)
{
    if (!m_state || m_state->ended || !m_state->connection)
        return;
    if (m_state->observer)
        m_state->observer(QStringLiteral("response"), data);
    m_state->connection->sendBackwardsResponse(m_state->sessionId, m_state->backwardsRequestId,
                                               QStringLiteral("response"),
                                               streamItem ? QStringLiteral("stream") : QStringLiteral("struct"), data);
}

void ReverseResponder::error(const QString &message)
{
    if (!m_state || m_state->ended)
        return;
    if (m_state->observer)
        m_state->observer(QStringLiteral("error"), message);
    if (m_state->connection)
        m_state->connection->sendBackwardsResponse(m_state->sessionId, m_state->backwardsRequestId,
                                                   QStringLiteral("error"), message, QJsonValue::Null);
    end();
}

void ReverseResponder::end()
{
    if (!m_state || m_state->ended)
        return;
    m_state->ended = true;
    if (m_state->observer)
        m_state->observer(QStringLiteral("end"), QJsonValue());
    if (m_state->connection)
        m_state->connection->sendBackwardsResponse(m_state->sessionId, m_state->backwardsRequestId,
                                                   QStringLiteral("end"), QString(), QJsonValue::Null);
}

bool ReverseResponder::isEnded() const
{
    return m_state && m_state->ended;
}

} // namespace Studio::Runtime
