// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/reverse.h"

#include "core/net/linesplitter.h"
#include "core/runtime/filestore.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/storage.h"
#include "core/runtime/workflownodes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Studio::Runtime {

namespace {

QString denied(const char *what)
{
    return QStringLiteral("permission denied, you need to enable %1 access in plugin manifest").arg(QLatin1String(what));
}

bool isModelType(const QString &t)
{
    return t == QLatin1String("llm") || t == QLatin1String("llm_structured_output")
           || t == QLatin1String("text_embedding") || t == QLatin1String("multimodal_embedding")
           || t == QLatin1String("rerank") || t == QLatin1String("multimodal_rerank") || t == QLatin1String("tts")
           || t == QLatin1String("speech2text") || t == QLatin1String("moderation");
}

// "langgenius/openai/openai" -> "openai"
QString shortProvider(const QString &provider)
{
    const int slash = provider.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? provider : provider.mid(slash + 1);
}

} // namespace

QString permissionDenialText(const QString &t, const Plugin::Permissions &p)
{
    const bool model = p.model;
    if (t == QLatin1String("tool"))
        return p.tool ? QString() : denied("tool");
    if (t == QLatin1String("llm") || t == QLatin1String("llm_structured_output") || t == QLatin1String("system_summary"))
        return model && p.llm ? QString() : denied("llm");
    if (t == QLatin1String("text_embedding") || t == QLatin1String("multimodal_embedding"))
        return model && p.textEmbedding ? QString() : denied("text-embedding");
    if (t == QLatin1String("rerank") || t == QLatin1String("multimodal_rerank"))
        return model && p.rerank ? QString() : denied("rerank");
    if (t == QLatin1String("tts"))
        return model && p.tts ? QString() : denied("tts");
    if (t == QLatin1String("speech2text"))
        return model && p.speech2text ? QString() : denied("speech2text");
    if (t == QLatin1String("moderation"))
        return model && p.moderation ? QString() : denied("moderation");
    if (t == QLatin1String("node_parameter_extractor") || t == QLatin1String("node_question_classifier"))
        return p.node ? QString() : denied("node");
    if (t == QLatin1String("app") || t == QLatin1String("fetch_app"))
        return p.app ? QString() : denied("app");
    if (t == QLatin1String("storage"))
        return p.storage ? QString() : denied("storage");
    if (t == QLatin1String("upload_file"))
        return QString();
    return QStringLiteral("unsupported invoke type: %1").arg(t);
}

DefaultReverseHandler::DefaultReverseHandler(QObject *parent) : QObject(parent), m_nodes(new WorkflowNodeRunner(this)) {}

DefaultReverseHandler::~DefaultReverseHandler() = default;

void DefaultReverseHandler::setDifyInnerApi(const DifyInnerApiConfig &config)
{
    m_nodes->setInnerApi(config);
}

DifyInnerApiConfig DefaultReverseHandler::difyInnerApi() const
{
    return m_nodes->innerApi();
}

void DefaultReverseHandler::setSystemModel(const SystemModelConfig &config)
{
    m_nodes->setSystemModel(config);
}

SystemModelConfig DefaultReverseHandler::systemModel() const
{
    return m_nodes->systemModel();
}

void DefaultReverseHandler::setPluginLookup(PluginLookup lookup)
{
    m_lookup = std::move(lookup);
    m_resolver = {};
}

void DefaultReverseHandler::setCredentialsLookup(CredentialsLookup lookup)
{
    m_credentials = std::move(lookup);
    m_resolver = {};
}

PluginResolver DefaultReverseHandler::pluginResolver() const
{
    if (m_resolver)
        return m_resolver;
    if (!m_lookup)
        return {};
    return [lookup = m_lookup, credentials = m_credentials](const QString &kind, const QString &provider,
                                                           const std::function<void(const ProviderTarget &)> &done) {
        ProviderTarget t;
        t.connection = lookup(kind, provider);
        if (t.connection && credentials)
            t.credentials = credentials(kind, provider);
        done(t);
    };
}

void DefaultReverseHandler::handle(const ReverseCall &call, ReverseResponder responder)
{
    if (call.session.type == QLatin1String("model")) {
        const QString msg = QStringLiteral("you can not invoke dify from model");
        emit permissionDenied(call.pluginId, call.type, msg);
        responder.error(msg);
        emit callHandled(call.pluginId, call.type, false, msg);
        return;
    }
    const QString denial = permissionDenialText(call.type, call.permissions);
    if (!denial.isEmpty()) {
        if (denial.startsWith(QLatin1String("permission denied")))
            emit permissionDenied(call.pluginId, call.type, denial);
        responder.error(denial);
        emit callHandled(call.pluginId, call.type, false, denial);
        return;
    }
    if (call.type == QLatin1String("storage"))
        handleStorage(call, responder);
    else if (call.type == QLatin1String("upload_file"))
        handleUpload(call, responder);
    else if (call.type == QLatin1String("tool") || isModelType(call.type))
        handlePluginCall(call, responder);
    else if (WorkflowNodes::isNodeType(call.type))
        handleNode(call, responder);
    else
        handleDify(call, responder);
}

void DefaultReverseHandler::handleStorage(const ReverseCall &call, ReverseResponder responder)
{
    const QString opt = call.request.value(QStringLiteral("opt")).toString();
    const QString key = call.request.value(QStringLiteral("key")).toString();
    auto fail = [&](const QString &msg) {
        responder.error(msg);
        emit callHandled(call.pluginId, call.type, false, msg);
    };
    if (!m_storage) {
        fail(QCoreApplication::translate("Studio", "storage is not available: no storage database is configured"));
        return;
    }
    if (opt == QLatin1String("get")) {
        const auto r = m_storage->get(call.pluginId, key);
        if (!r) {
            fail(QStringLiteral("load data failed, please check if the key is correct or you have not set it"));
            return;
        }
        responder.response({{QStringLiteral("data"), QString::fromLatin1(r->toHex())}});
    } else if (opt == QLatin1String("set")) {
        const QByteArray hexValue = call.request.value(QStringLiteral("value")).toString().toLatin1();
        static const QRegularExpression hexRe(QStringLiteral("^([0-9a-fA-F]{2})*$"));
        if (!hexRe.match(QString::fromLatin1(hexValue)).hasMatch()) {
            fail(QStringLiteral("decode data failed: the value is not valid hex"));
            return;
        }
        const auto r = m_storage->set(call.pluginId, key, QByteArray::fromHex(hexValue), call.permissions.storageSize);
        if (!r) {
            fail(QStringLiteral("save data failed: %1").arg(r.error().message));
            return;
        }
        responder.response({{QStringLiteral("data"), QStringLiteral("ok")}});
    } else if (opt == QLatin1String("del")) {
        const auto r = m_storage->remove(call.pluginId, key);
        if (!r) {
            fail(QStringLiteral("delete data failed: %1").arg(r.error().message));
            return;
        }
        responder.response({{QStringLiteral("data"), QStringLiteral("ok")}, {QStringLiteral("deleted_num"), *r}});
    } else if (opt == QLatin1String("exist")) {
        const auto r = m_storage->exists(call.pluginId, key);
        if (!r) {
            fail(QStringLiteral("exist data failed: %1").arg(r.error().message));
            return;
        }
        responder.response({{QStringLiteral("data"), *r}, {QStringLiteral("exist_num"), *r ? 1 : 0}});
    } else {
        fail(QStringLiteral("unmarshal backwards invoke request failed: unknown storage opt \"%1\"").arg(opt));
        return;
    }
    responder.end();
    emit callHandled(call.pluginId, call.type, true, opt + QLatin1Char(' ') + key);
}

void DefaultReverseHandler::handleUpload(const ReverseCall &call, ReverseResponder responder)
{
    if (!m_fileStore || !m_fileStore->isListening()) {
        const QString msg = QCoreApplication::translate("Studio", "file upload is not available: the studio's file "
                                                                  "store is not running");
        responder.error(msg);
        emit callHandled(call.pluginId, call.type, false, msg);
        return;
    }
    const QUrl url = m_fileStore->createUploadUrl(call.request.value(QStringLiteral("filename")).toString(),
                                                  call.request.value(QStringLiteral("mimetype")).toString());
    responder.response({{QStringLiteral("url"), url.toString()}});
    responder.end();
    emit callHandled(call.pluginId, call.type, true, url.toString());
}

void DefaultReverseHandler::handlePluginCall(const ReverseCall &call, ReverseResponder responder)
{
    const QString provider = call.request.value(QStringLiteral("provider")).toString();
    const QString kind = call.type == QLatin1String("tool") ? QStringLiteral("tool") : QStringLiteral("model");
    const PluginResolver resolve = pluginResolver();
    if (!resolve) {
        forwardPluginCall(call, responder, {});
        return;
    }
    QPointer<DefaultReverseHandler> self(this);
    resolve(kind, provider, [self, call, responder](const ProviderTarget &target) {
        if (self)
            self->forwardPluginCall(call, responder, target);
        else
            ReverseResponder(responder).error(QStringLiteral("the studio is closing"));
    });
}

void DefaultReverseHandler::forwardPluginCall(const ReverseCall &call, ReverseResponder responder,
                                              const ProviderTarget &found)
{
    const QJsonObject &req = call.request;
    const QString provider = req.value(QStringLiteral("provider")).toString();
    const QString kind = call.type == QLatin1String("tool") ? QStringLiteral("tool") : QStringLiteral("model");
    PluginConnection *target = found.connection;
    if (!target || !target->isOpen()) {
        const QString msg = !found.error.isEmpty()
                                ? found.error
                                : QCoreApplication::translate("Studio",
                                                              "no running plugin provides the %1 provider \"%2\"; start "
                                                              "or install the plugin that provides it in the studio")
                                      .arg(kind, provider);
        responder.error(msg);
        emit callHandled(call.pluginId, call.type, false, msg);
        return;
    }
    const QString shortName = shortProvider(provider);
    const QJsonObject creds = found.credentials;
    const QString model = req.value(QStringLiteral("model")).toString();
    InvokeRequest out;
    bool streamed = true;
    const QString t = call.type;
    if (t == QLatin1String("tool")) {
        out = InvokeRequest::invokeTool(shortName, req.value(QStringLiteral("tool")).toString(),
                                        req.value(QStringLiteral("tool_parameters")).toObject(), creds,
                                        req.value(QStringLiteral("credential_type")).toString(QStringLiteral("api-key")));
    } else if (t == QLatin1String("llm") || t == QLatin1String("llm_structured_output")) {
        out = InvokeRequest::invokeLlm(shortName, model, creds, req.value(QStringLiteral("prompt_messages")).toArray(),
                                       req.value(QStringLiteral("completion_params")).toObject(),
                                       req.value(QStringLiteral("tools")), req.value(QStringLiteral("stop")),
                                       req.value(QStringLiteral("stream")).toBool(true));
        if (req.contains(QStringLiteral("structured_output_schema")))
            out.fields.insert(QStringLiteral("json_schema"), req.value(QStringLiteral("structured_output_schema")));
    } else {
        // Model actions with a struct reply: forward the fields the target action needs.
        static const QHash<QString, QString> actions{
            {QStringLiteral("text_embedding"), QStringLiteral("invoke_text_embedding")},
            {QStringLiteral("multimodal_embedding"), QStringLiteral("invoke_multimodal_embedding")},
            {QStringLiteral("rerank"), QStringLiteral("invoke_rerank")},
            {QStringLiteral("multimodal_rerank"), QStringLiteral("invoke_multimodal_rerank")},
            {QStringLiteral("tts"), QStringLiteral("invoke_tts")},
            {QStringLiteral("speech2text"), QStringLiteral("invoke_speech2text")},
            {QStringLiteral("moderation"), QStringLiteral("invoke_moderation")},
        };
        out.type = QStringLiteral("model");
        out.action = actions.value(t);
        QJsonObject f = req;
        f.remove(QStringLiteral("type"));
        f.remove(QStringLiteral("user_id"));
        f.insert(QStringLiteral("provider"), shortName);
        f.insert(QStringLiteral("credentials"), creds);
        if (!f.contains(QStringLiteral("model_type")))
            f.insert(QStringLiteral("model_type"), t == QLatin1String("multimodal_embedding") ? QStringLiteral("text-embedding")
                                                   : t == QLatin1String("multimodal_rerank") ? QStringLiteral("rerank")
                                                   : QString(t).replace(QLatin1Char('_'), QLatin1Char('-')));
        for (const char *k : {"score_threshold", "top_n"})
            if (t.endsWith(QLatin1String("rerank")) && !f.contains(QLatin1String(k)))
                f.insert(QLatin1String(k), QJsonValue::Null);
        out.fields = f;
        streamed = t == QLatin1String("tts");
    }
    out.userId = call.session.userId;
    out.context = call.session.context;
    out.appId = call.session.appId;
    Invocation *inv = target->invoke(out);
    const QString pluginId = call.pluginId, type = call.type;
    connect(inv, &Invocation::chunkReceived, this, [responder, streamed](const QJsonObject &chunk) mutable {
        responder.response(chunk, streamed);
    });
    connect(inv, &Invocation::finished, this, [this, inv, responder, pluginId, type]() mutable {
        if (inv->state() == InvocationState::Succeeded) {
            responder.end();
            emit callHandled(pluginId, type, true, inv->request().action);
        } else {
            responder.error(inv->error().message);
            emit callHandled(pluginId, type, false, inv->error().message);
        }
        inv->deleteLater();
    });
}

void DefaultReverseHandler::handleNode(const ReverseCall &call, ReverseResponder responder)
{
    const QString pluginId = call.pluginId, type = call.type;
    m_nodes->run(call, responder, pluginResolver(), [this, pluginId, type](bool ok, const QString &detail) {
        emit callHandled(pluginId, type, ok, detail);
    });
}

void DefaultReverseHandler::handleDify(const ReverseCall &call, ReverseResponder responder)
{
    const QString t = call.type;
    if (!m_dify.isConfigured()) {
        const QString msg = QCoreApplication::translate("Studio",
                                "the plugin called a Dify app (%1), but no Dify instance is configured; set the Dify "
                                "API base URL and an app API key in Settings > Dify instance (or --dify-url/--dify-key "
                                "on the command line)")
                                .arg(t);
        responder.error(msg);
        emit callHandled(call.pluginId, t, false, msg);
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QString base = m_dify.baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QJsonObject &req = call.request;
    QNetworkReply *reply = nullptr;
    bool streaming = false;
    if (t == QLatin1String("fetch_app")) {
        QNetworkRequest nr(QUrl(base + QStringLiteral("/info")));
        nr.setRawHeader("Authorization", "Bearer " + m_dify.apiKey.toUtf8());
        reply = m_network->get(nr);
    } else {
        const bool chat = req.contains(QStringLiteral("query"));
        QJsonObject body{{QStringLiteral("inputs"), req.value(QStringLiteral("inputs")).toObject()},
                         {QStringLiteral("response_mode"), req.value(QStringLiteral("response_mode")).toString(QStringLiteral("blocking"))},
                         {QStringLiteral("user"), req.value(QStringLiteral("user")).toString(call.session.userId)}};
        if (chat) {
            body.insert(QStringLiteral("query"), req.value(QStringLiteral("query")));
            const QString conv = req.value(QStringLiteral("conversation_id")).toString();
            if (!conv.isEmpty())
                body.insert(QStringLiteral("conversation_id"), conv);
        }
        if (req.contains(QStringLiteral("files")))
            body.insert(QStringLiteral("files"), req.value(QStringLiteral("files")));
        streaming = body.value(QStringLiteral("response_mode")).toString() == QLatin1String("streaming");
        QNetworkRequest nr(QUrl(base + (chat ? QStringLiteral("/chat-messages") : QStringLiteral("/workflows/run"))));
        nr.setRawHeader("Authorization", "Bearer " + m_dify.apiKey.toUtf8());
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply = m_network->post(nr, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // Server-sent events, split by the one line splitter (an event line is capped at 16 MiB);
    // `buffer` keeps the first bytes for an error message.
    auto buffer = std::make_shared<QByteArray>();
    auto lines = std::make_shared<Net::LineSplitter>(16 * 1024 * 1024);
    const QString pluginId = call.pluginId;
    if (streaming) {
        connect(reply, &QNetworkReply::readyRead, this, [reply, buffer, lines, responder]() mutable {
            const QByteArray data = reply->readAll();
            if (buffer->size() < 500)
                buffer->append(data.left(500 - buffer->size()));
            QList<QByteArray> events;
            const bool ok = lines->append(data, events);
            for (const QByteArray &raw : std::as_const(events)) {
                const QByteArray line = raw.trimmed();
                if (!line.startsWith("data:"))
                    continue;
                const QJsonDocument doc = QJsonDocument::fromJson(line.mid(5).trimmed());
                if (doc.isObject())
                    responder.response(doc.object(), true);
            }
            if (!ok)
                reply->abort(); // finished() reports it
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, buffer, lines, responder, streaming, pluginId, t]() mutable {
        reply->deleteLater();
        if (lines->overflowLength() > 0) {
            const QString msg = QCoreApplication::translate("Studio", "the Dify instance sent an event longer than 16 MiB; "
                                                                      "the call was stopped");
            responder.error(msg);
            emit callHandled(pluginId, t, false, msg);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray rest = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || status >= 400) {
            const QString msg = QCoreApplication::translate("Studio", "the Dify instance answered %1: %2")
                                    .arg(status ? QString::number(status) : reply->errorString(),
                                         QString::fromUtf8(QByteArray(*buffer + rest).left(500)));
            responder.error(msg);
            emit callHandled(pluginId, t, false, msg);
            return;
        }
        if (!streaming) {
            const QJsonDocument doc = QJsonDocument::fromJson(rest);
            if (!doc.isObject()) {
                const QString msg = QCoreApplication::translate("Studio", "the Dify instance did not answer JSON");
                responder.error(msg);
                emit callHandled(pluginId, t, false, msg);
                return;
            }
            responder.response(doc.object());
        }
        responder.end();
        emit callHandled(pluginId, t, true, QString());
    });
}

} // namespace Studio::Runtime
