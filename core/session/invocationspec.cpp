// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/invocationspec.h"

#include "core/common/tr.h"
#include "core/session/actioncatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Studio::Session {

using Runtime::InvokeRequest;

namespace {

Error invalid(const QString &message)
{
    return Error(ErrorCode::InvalidInput, message);
}

// "a/b" -> {a, b}; empty when it does not have exactly `parts` non-empty parts.
QStringList split(const QJsonValue &value, int parts)
{
    const QStringList out = value.toString().split(QLatin1Char('/'));
    if (out.size() != parts)
        return {};
    for (const QString &p : out)
        if (p.isEmpty())
            return {};
    return out;
}

Result<InvokeRequest> modelRequest(const QJsonObject &spec, const QJsonObject &params, const QJsonObject &credentials)
{
    const QStringList parts = split(spec.value(QLatin1String("model")), 3);
    if (parts.isEmpty())
        return invalid(StudioTr::tr("\"model\" must be TYPE/PROVIDER/MODEL (e.g. llm/openai/gpt-4o-mini)"));
    const QString &type = parts[0], &provider = parts[1], &model = parts[2];
    InvokeRequest r;
    if (type == QLatin1String("llm"))
        r = InvokeRequest::invokeLlm(provider, model, credentials, {});
    else if (type == QLatin1String("text-embedding"))
        r = InvokeRequest::invokeTextEmbedding(provider, model, credentials, {});
    else if (type == QLatin1String("rerank"))
        r = InvokeRequest::invokeRerank(provider, model, credentials, {}, {});
    else if (type == QLatin1String("tts"))
        r = InvokeRequest::invokeTts(provider, model, credentials, {}, {});
    else if (type == QLatin1String("speech2text"))
        r = InvokeRequest::invokeSpeech2Text(provider, model, credentials, {});
    else if (type == QLatin1String("moderation"))
        r = InvokeRequest::invokeModeration(provider, model, credentials, {});
    else
        return invalid(StudioTr::tr("unknown model type \"%1\" (llm, text-embedding, rerank, tts, speech2text, moderation)")
                           .arg(type));
    for (auto it = params.begin(); it != params.end(); ++it) // the action's own fields, as given
        r.fields.insert(it.key(), it.value());
    return r;
}

Result<InvokeRequest> endpointRequest(const QJsonObject &spec)
{
    const QJsonValue ev = spec.value(QLatin1String("endpoint"));
    if (!ev.isObject())
        return invalid(StudioTr::tr("\"endpoint\" must be an object {\"method\", \"path\", \"headers\", \"body\"}"));
    const QJsonObject e = ev.toObject();
    const QString method = e.value(QLatin1String("method")).toString(QStringLiteral("GET")).toUpper();
    static const QStringList methods{QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                     QStringLiteral("DELETE"), QStringLiteral("OPTIONS"), QStringLiteral("PATCH")};
    if (!methods.contains(method))
        return invalid(StudioTr::tr("endpoint method \"%1\" is not one of %2").arg(method, methods.join(QLatin1String(", "))));
    QString path = e.value(QLatin1String("path")).toString(QStringLiteral("/"));
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    QList<QPair<QByteArray, QByteArray>> headers;
    const QJsonValue hv = e.value(QLatin1String("headers"));
    if (hv.isObject()) {
        const QJsonObject h = hv.toObject();
        for (auto it = h.constBegin(); it != h.constEnd(); ++it)
            headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    } else if (hv.isArray()) {
        for (const QJsonValue &line : hv.toArray()) {
            const QString text = line.toString();
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                return invalid(StudioTr::tr("endpoint header \"%1\" must be NAME:VALUE").arg(text));
            headers.append({text.left(colon).trimmed().toUtf8(), text.mid(colon + 1).trimmed().toUtf8()});
        }
    } else if (!hv.isUndefined() && !hv.isNull()) {
        return invalid(StudioTr::tr("endpoint \"headers\" must be an object or a list of \"NAME: VALUE\" lines"));
    }
    for (const auto &h : std::as_const(headers))
        if (h.first.isEmpty() || h.first.contains('\r') || h.first.contains('\n') || h.second.contains('\r') || h.second.contains('\n'))
            return invalid(StudioTr::tr("endpoint headers must not be empty or contain line breaks"));
    const QJsonValue bv = e.value(QLatin1String("body"));
    const QByteArray body = bv.isString()                    ? bv.toString().toUtf8()
                            : (bv.isUndefined() || bv.isNull()) ? QByteArray()
                                                                : QJsonDocument::fromVariant(bv.toVariant()).toJson(QJsonDocument::Compact);
    bool hasType = false;
    for (const auto &h : std::as_const(headers))
        hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
    if (!body.isEmpty() && !hasType)
        headers.append({QByteArrayLiteral("Content-Type"),
                        QByteArray(body.trimmed().startsWith('{') || body.trimmed().startsWith('[') ? "application/json" : "text/plain")});
    return InvokeRequest::invokeEndpoint(InvokeRequest::serializeHttpRequest(method, path, headers, body),
                                         spec.value(QLatin1String("settings")).toObject());
}

} // namespace

Result<InvokeRequest> requestFromSpec(const QJsonObject &spec, const Plugin::PluginDeclaration *declaration)
{
    int forms = 0;
    for (const char *k : {"tool", "model", "strategy", "endpoint"})
        forms += spec.contains(QLatin1String(k)) ? 1 : 0;
    forms += spec.contains(QLatin1String("action")) || spec.contains(QLatin1String("type")) ? 1 : 0;
    if (forms != 1)
        return invalid(StudioTr::tr("a call names exactly one of \"tool\", \"model\", \"strategy\", \"endpoint\", \"action\" "
                                    "(a catalogue key) or \"type\"+\"action\" (a raw request)"));
    for (const char *k : {"params", "credentials", "settings", "fields"}) {
        const QJsonValue v = spec.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            return invalid(StudioTr::tr("\"%1\" must be a JSON object").arg(QLatin1String(k)));
    }
    const QJsonObject params = spec.value(QLatin1String("params")).toObject();
    const QJsonObject credentials = spec.value(QLatin1String("credentials")).toObject();
    Result<InvokeRequest> r = invalid(QString());
    if (spec.contains(QLatin1String("tool"))) {
        const QStringList parts = split(spec.value(QLatin1String("tool")), 2);
        if (parts.isEmpty())
            return invalid(StudioTr::tr("\"tool\" must be PROVIDER/TOOL (e.g. google/search)"));
        r = InvokeRequest::invokeTool(parts[0], parts[1], params, credentials,
                                      spec.value(QLatin1String("credential_type")).toString(QStringLiteral("api-key")));
    } else if (spec.contains(QLatin1String("model"))) {
        r = modelRequest(spec, params, credentials);
    } else if (spec.contains(QLatin1String("strategy"))) {
        const QStringList parts = split(spec.value(QLatin1String("strategy")), 2);
        if (parts.isEmpty())
            return invalid(StudioTr::tr("\"strategy\" must be PROVIDER/STRATEGY (e.g. agent/react)"));
        r = InvokeRequest::invokeAgentStrategy(parts[0], parts[1], params);
    } else if (spec.contains(QLatin1String("endpoint"))) {
        r = endpointRequest(spec);
    } else if (spec.contains(QLatin1String("type"))) {
        InvokeRequest raw;
        raw.type = spec.value(QLatin1String("type")).toString();
        raw.action = spec.value(QLatin1String("action")).toString();
        if (raw.type.isEmpty() || raw.action.isEmpty())
            return invalid(StudioTr::tr("a raw request needs a non-empty \"type\" and \"action\" (e.g. tool and "
                                        "validate_tool_credentials)"));
        raw.fields = spec.value(QLatin1String("fields")).toObject();
        r = raw;
    } else {
        const QString key = spec.value(QLatin1String("action")).toString();
        if (!declaration)
            return invalid(StudioTr::tr("the action \"%1\" is a key of a plugin's action catalogue; the plugin's declaration "
                                        "is needed to build it").arg(key));
        const QList<PluginAction> actions = actionsFor(*declaration);
        const PluginAction *a = findAction(actions, key);
        if (!a) {
            QStringList keys;
            for (const PluginAction &each : actions)
                keys << each.key;
            return invalid(StudioTr::tr("the plugin offers no action \"%1\"; it offers: %2").arg(key, keys.join(QLatin1String(", "))));
        }
        r = a->build(params, credentials);
    }
    if (r && spec.contains(QLatin1String("timeout_ms"))) {
        const double ms = spec.value(QLatin1String("timeout_ms")).toDouble(-1);
        if (!(ms > 0 && ms <= 24.0 * 3600 * 1000))
            return invalid(StudioTr::tr("\"timeout_ms\" must be a number of milliseconds between 1 and 86400000"));
        r->timeoutMs = int(ms);
    }
    return r;
}

Result<Runtime::InvokeRequest> requestFromCapturedLine(const QByteArray &line)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("This message is not a whole JSON line (it may be cut off in the "
                                                           "capture); only a complete request can be replayed."));
    const QJsonObject o = doc.object();
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    const QString type = data.value(QLatin1String("type")).toString();
    const QString action = data.value(QLatin1String("action")).toString();
    if (o.value(QLatin1String("event")).toString() != QLatin1String("request") || type.isEmpty() || action.isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("Only a request from Dify to the plugin (a message of type "
                                                           "request:…) can be replayed; pick one in the inspector."));
    Runtime::InvokeRequest r;
    r.type = type;
    r.action = action;
    r.fields = data;
    r.fields.remove(QStringLiteral("type"));
    r.fields.remove(QStringLiteral("action"));
    r.fields.remove(QStringLiteral("user_id"));
    if (const QString user = data.value(QLatin1String("user_id")).toString(); !user.isEmpty())
        r.userId = user;
    r.context = o.value(QLatin1String("context")).toObject();
    r.conversationId = o.value(QLatin1String("conversation_id")).toString();
    r.messageId = o.value(QLatin1String("message_id")).toString();
    r.appId = o.value(QLatin1String("app_id")).toString();
    r.endpointId = o.value(QLatin1String("endpoint_id")).toString();
    return r;
}

} // namespace Studio::Session
