// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of actions built from a plugin declaration (protocol.md §3.1).
#include "core/session/actioncatalogue.h"

#include "core/common/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Studio::Session {

using Runtime::InvokeRequest;

namespace {

using Build = std::function<InvokeRequest(const QJsonObject &, const QJsonObject &)>;

Plugin::Parameter param(const QString &name, const QString &type, bool required, const QString &label,
                        const QJsonValue &def = QJsonValue(QJsonValue::Undefined), const QString &help = {})
{
    Plugin::Parameter p;
    p.name = name;
    p.type = type;
    p.required = required;
    p.label.en_US = label;
    p.defaultValue = def;
    p.help.en_US = help;
    return p;
}

// One catalogue entry; its key is "type:action:keyTarget" and it shows `target` (keyTarget when empty).
PluginAction entry(const QString &type, const QString &action, const QString &keyTarget, const QString &label,
                   const QList<Plugin::ConfigField> &credentials, Build build, const QString &target = {})
{
    PluginAction a;
    a.key = QStringLiteral("%1:%2:%3").arg(type, action, keyTarget);
    a.label = label;
    a.type = type;
    a.action = action;
    a.target = target.isEmpty() ? keyTarget : target;
    a.credentials = credentials;
    a.build = std::move(build);
    return a;
}

QStringList lines(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList out;
        for (const auto &e : v.toArray())
            out << e.toString();
        return out;
    }
    return v.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString modelAction(const QString &modelType)
{
    static const QHash<QString, QString> actions{
        {QStringLiteral("llm"), QStringLiteral("invoke_llm")},
        {QStringLiteral("text-embedding"), QStringLiteral("invoke_text_embedding")},
        {QStringLiteral("rerank"), QStringLiteral("invoke_rerank")},
        {QStringLiteral("tts"), QStringLiteral("invoke_tts")},
        {QStringLiteral("speech2text"), QStringLiteral("invoke_speech2text")},
        {QStringLiteral("moderation"), QStringLiteral("invoke_moderation")},
    };
    return actions.value(modelType);
}

QString text(const QJsonObject &p, const char *key)
{
    return p.value(QLatin1String(key)).toString();
}

// The form fields of a model action beyond "model", and how its request is built.
void modelForm(PluginAction &a, const QString &provider, const QString &modelType)
{
    auto model = [](const QJsonObject &p) { return text(p, "model"); };
    if (modelType == QLatin1String("llm")) {
        a.parameters << param(QStringLiteral("system"), QStringLiteral("string"), false, StudioTr::tr("System prompt"))
                     << param(QStringLiteral("prompt"), QStringLiteral("string"), true, StudioTr::tr("User message"))
                     << param(QStringLiteral("model_parameters"), QStringLiteral("object"), false, StudioTr::tr("Model parameters"),
                              QJsonValue(QJsonValue::Undefined), StudioTr::tr("JSON object, e.g. {\"temperature\":0.2}"))
                     << param(QStringLiteral("stream"), QStringLiteral("boolean"), false, StudioTr::tr("Stream"), true);
        a.build = [provider, model](const QJsonObject &p, const QJsonObject &c) {
            QJsonArray messages;
            if (const QString sys = text(p, "system"); !sys.isEmpty())
                messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), sys}});
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text(p, "prompt")}});
            return InvokeRequest::invokeLlm(provider, model(p), c, messages, p.value(QStringLiteral("model_parameters")).toObject(),
                                            QJsonValue::Null, QJsonValue::Null, p.value(QStringLiteral("stream")).toBool(true));
        };
    } else if (modelType == QLatin1String("text-embedding")) {
        a.parameters << param(QStringLiteral("texts"), QStringLiteral("string"), true, StudioTr::tr("Texts (one per line)"));
        a.build = [provider, model](const QJsonObject &p, const QJsonObject &c) {
            return InvokeRequest::invokeTextEmbedding(provider, model(p), c, lines(p.value(QStringLiteral("texts"))));
        };
    } else if (modelType == QLatin1String("rerank")) {
        a.parameters << param(QStringLiteral("query"), QStringLiteral("string"), true, StudioTr::tr("Query"))
                     << param(QStringLiteral("docs"), QStringLiteral("string"), true, StudioTr::tr("Documents (one per line)"));
        a.build = [provider, model](const QJsonObject &p, const QJsonObject &c) {
            return InvokeRequest::invokeRerank(provider, model(p), c, text(p, "query"), lines(p.value(QStringLiteral("docs"))));
        };
    } else if (modelType == QLatin1String("tts")) {
        a.parameters << param(QStringLiteral("content_text"), QStringLiteral("string"), true, StudioTr::tr("Text"))
                     << param(QStringLiteral("voice"), QStringLiteral("string"), true, StudioTr::tr("Voice"));
        a.build = [provider, model](const QJsonObject &p, const QJsonObject &c) {
            return InvokeRequest::invokeTts(provider, model(p), c, text(p, "content_text"), text(p, "voice"));
        };
    } else if (modelType == QLatin1String("moderation")) {
        a.parameters << param(QStringLiteral("text"), QStringLiteral("string"), true, StudioTr::tr("Text"));
        a.build = [provider, model](const QJsonObject &p, const QJsonObject &c) {
            return InvokeRequest::invokeModeration(provider, model(p), c, text(p, "text"));
        };
    } else { // speech2text: the file is read when the request is built (capped at 50 MiB)
        a.parameters << param(QStringLiteral("file"), QStringLiteral("file"), true, StudioTr::tr("Audio file"));
        a.build = [provider, model](const QJsonObject &p, const QJsonObject &c) {
            QFile f(text(p, "file"));
            QByteArray audio;
            if (f.open(QIODevice::ReadOnly))
                audio = f.read(50 * 1024 * 1024);
            return InvokeRequest::invokeSpeech2Text(provider, model(p), c, audio);
        };
    }
}

void addTools(QList<PluginAction> &out, const Plugin::ToolProvider &tp)
{
    const QString provider = tp.identity.name;
    for (const Plugin::ToolDeclaration &tool : tp.tools) {
        const QString name = tool.identity.name;
        PluginAction a = entry(QStringLiteral("tool"), QStringLiteral("invoke_tool"), provider + QLatin1Char('/') + name,
                               StudioTr::tr("Tool · %1 › %2").arg(provider, name), tp.credentials,
                               [provider, name](const QJsonObject &p, const QJsonObject &c) {
                                   return InvokeRequest::invokeTool(provider, name, p, c);
                               });
        a.parameters = tool.parameters;
        out << a;
        for (const Plugin::Parameter &par : tool.parameters) {
            if (par.type != QLatin1String("dynamic-select"))
                continue;
            const QString pname = par.name;
            out << entry(QStringLiteral("dynamic_parameter"), QStringLiteral("fetch_parameter_options"),
                         a.target + QLatin1Char('/') + pname, StudioTr::tr("Options · %1 › %2 › %3").arg(provider, name, pname),
                         tp.credentials, [provider, name, pname](const QJsonObject &, const QJsonObject &c) {
                             return InvokeRequest::fetchParameterOptions(provider, name, pname, c);
                         });
        }
    }
    out << entry(QStringLiteral("tool"), QStringLiteral("validate_tool_credentials"), provider,
                 StudioTr::tr("Validate credentials · %1").arg(provider), tp.credentials,
                 [provider](const QJsonObject &, const QJsonObject &c) { return InvokeRequest::validateToolCredentials(provider, c); });
    if (!tp.oauthClientSchema.isEmpty()) {
        PluginAction o = entry(QStringLiteral("oauth"), QStringLiteral("get_authorization_url"), provider,
                               StudioTr::tr("OAuth URL · %1").arg(provider), tp.oauthClientSchema,
                               [provider](const QJsonObject &p, const QJsonObject &c) {
                                   return InvokeRequest::getAuthorizationUrl(provider, text(p, "redirect_uri"), c);
                               });
        o.parameters = {param(QStringLiteral("redirect_uri"), QStringLiteral("string"), true, StudioTr::tr("Redirect URI"),
                              QStringLiteral("http://localhost/console/api/oauth/plugin/callback"))};
        out << o;
    }
}

void addModels(QList<PluginAction> &out, const Plugin::ModelProvider &mp)
{
    const QString provider = mp.provider;
    out << entry(QStringLiteral("model"), QStringLiteral("validate_provider_credentials"), provider,
                 StudioTr::tr("Validate provider credentials · %1").arg(provider), mp.providerCredentials,
                 [provider](const QJsonObject &, const QJsonObject &c) {
                     return InvokeRequest::validateProviderCredentials(provider, c);
                 });
    QList<QPair<QString, QString>> models; // type, name
    for (const Plugin::ModelDeclaration &m : mp.models)
        models.append({m.modelType, m.model});
    if (models.isEmpty()) // customizable-model only: let the user type the name
        for (const QString &t : mp.supportedModelTypes)
            models.append({t, QString()});
    for (const auto &[modelType, modelName] : std::as_const(models)) {
        const QString action = modelAction(modelType);
        if (action.isEmpty())
            continue;
        PluginAction a = entry(QStringLiteral("model"), action,
                               provider + QLatin1Char('/') + (modelName.isEmpty() ? modelType : modelName),
                               StudioTr::tr("Model · %1 › %2 (%3)")
                                   .arg(provider, modelName.isEmpty() ? StudioTr::tr("custom") : modelName, modelType),
                               mp.providerCredentials + (modelName.isEmpty() ? mp.modelCredentials : QList<Plugin::ConfigField>()),
                               {}, provider + QLatin1Char('/') + modelName);
        a.parameters << param(QStringLiteral("model"), QStringLiteral("string"), true, StudioTr::tr("Model"),
                              modelName.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(modelName));
        modelForm(a, provider, modelType);
        out << a;
    }
}

void addEndpoints(QList<PluginAction> &out, const Plugin::EndpointGroup &group)
{
    for (const Plugin::Endpoint &e : group.endpoints) {
        const QString method = e.method.isEmpty() ? QStringLiteral("GET") : e.method.toUpper();
        PluginAction a = entry(QStringLiteral("endpoint"), QStringLiteral("invoke_endpoint"), e.method + QLatin1Char(' ') + e.path,
                               StudioTr::tr("Endpoint · %1 %2").arg(e.method.toUpper(), e.path), group.settings,
                               [method](const QJsonObject &p, const QJsonObject &settings) {
                                   QList<QPair<QByteArray, QByteArray>> headers;
                                   if (const QString ct = text(p, "content_type"); !ct.isEmpty())
                                       headers.append({QByteArrayLiteral("Content-Type"), ct.toUtf8()});
                                   return InvokeRequest::invokeEndpoint(
                                       InvokeRequest::serializeHttpRequest(method, text(p, "path"), headers, text(p, "body").toUtf8()),
                                       settings);
                               },
                               e.method.toUpper() + QLatin1Char(' ') + e.path);
        a.parameters << param(QStringLiteral("path"), QStringLiteral("string"), true, StudioTr::tr("Path and query"), e.path)
                     << param(QStringLiteral("content_type"), QStringLiteral("string"), false, StudioTr::tr("Content-Type"),
                              QStringLiteral("application/json"))
                     << param(QStringLiteral("body"), QStringLiteral("string"), false, StudioTr::tr("Body"));
        out << a;
    }
}

void addDatasources(QList<PluginAction> &out, const Plugin::DatasourceProvider &dp)
{
    const QString provider = dp.identity.name;
    out << entry(QStringLiteral("datasource"), QStringLiteral("validate_datasource_credentials"), provider,
                 StudioTr::tr("Validate credentials · %1 (datasource)").arg(provider), dp.credentials,
                 [provider](const QJsonObject &, const QJsonObject &c) {
                     return InvokeRequest::validateDatasourceCredentials(provider, c);
                 });
    for (const Plugin::Datasource &ds : dp.datasources) {
        const QString name = ds.identity.name;
        QString action;
        Build build;
        QList<Plugin::Parameter> parameters = ds.parameters;
        if (dp.providerType == QLatin1String("online_document")) {
            action = QStringLiteral("invoke_online_document_datasource_get_pages");
            build = [provider, name](const QJsonObject &p, const QJsonObject &c) {
                return InvokeRequest::datasourceGetOnlineDocumentPages(provider, name, c, p);
            };
        } else if (dp.providerType == QLatin1String("online_drive")) {
            action = QStringLiteral("invoke_online_drive_browse_files");
            parameters = {param(QStringLiteral("prefix"), QStringLiteral("string"), false, StudioTr::tr("Prefix")),
                          param(QStringLiteral("max_keys"), QStringLiteral("number"), false, StudioTr::tr("Max keys"), 20)};
            build = [provider, name](const QJsonObject &p, const QJsonObject &c) {
                const QJsonObject req{
                    {QStringLiteral("bucket"), QJsonValue::Null},
                    {QStringLiteral("prefix"), p.contains(QStringLiteral("prefix")) ? p.value(QStringLiteral("prefix")) : QJsonValue::Null},
                    {QStringLiteral("max_keys"), p.value(QStringLiteral("max_keys")).toInt(20)},
                    {QStringLiteral("next_page_parameters"), QJsonValue::Null}};
                return InvokeRequest::datasourceOnlineDriveBrowseFiles(provider, name, c, req);
            };
        } else {
            action = QStringLiteral("invoke_website_datasource_get_crawl");
            build = [provider, name](const QJsonObject &p, const QJsonObject &c) {
                return InvokeRequest::datasourceGetWebsiteCrawl(provider, name, c, p);
            };
        }
        PluginAction a = entry(QStringLiteral("datasource"), action, provider + QLatin1Char('/') + name,
                               StudioTr::tr("Datasource · %1 › %2").arg(provider, name), dp.credentials, build);
        a.parameters = parameters;
        out << a;
    }
}

void addTriggers(QList<PluginAction> &out, const Plugin::TriggerProvider &tp)
{
    const QString provider = tp.identity.name;
    out << entry(QStringLiteral("trigger"), QStringLiteral("validate_trigger_credentials"), provider,
                 StudioTr::tr("Validate credentials · %1 (trigger)").arg(provider), tp.constructorCredentials,
                 [provider](const QJsonObject &, const QJsonObject &c) {
                     return InvokeRequest::validateTriggerCredentials(provider, c);
                 });
    for (const Plugin::TriggerEvent &ev : tp.events) {
        const QString name = ev.identity.name;
        PluginAction a = entry(
            QStringLiteral("trigger"), QStringLiteral("invoke_trigger_event"), provider + QLatin1Char('/') + name,
            StudioTr::tr("Trigger event · %1 › %2").arg(provider, name), tp.constructorCredentials,
            [provider, name](const QJsonObject &p, const QJsonObject &c) {
                QJsonObject params = p;
                const QByteArray body = params.take(QStringLiteral("__payload")).toString().toUtf8();
                const QByteArray raw = InvokeRequest::serializeHttpRequest(
                    QStringLiteral("POST"), QStringLiteral("/trigger"),
                    {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}}, body);
                const QJsonObject subscription{{QStringLiteral("expires_at"), -1},
                                               {QStringLiteral("endpoint"), QStringLiteral("http://localhost/trigger")},
                                               {QStringLiteral("parameters"), QJsonObject()},
                                               {QStringLiteral("properties"), QJsonObject()}};
                return InvokeRequest::invokeTriggerEvent(provider, name, c, QStringLiteral("api-key"), subscription, raw, params,
                                                         QJsonDocument::fromJson(body).object());
            });
        a.parameters = ev.parameters;
        a.parameters << param(QStringLiteral("__payload"), QStringLiteral("string"), false, StudioTr::tr("Webhook body (JSON)"),
                              QStringLiteral("{}"));
        out << a;
    }
}

} // namespace

QList<PluginAction> actionsFor(const Plugin::PluginDeclaration &d)
{
    QList<PluginAction> out;
    if (d.tool)
        addTools(out, *d.tool);
    if (d.model)
        addModels(out, *d.model);
    if (d.agentStrategy) {
        const QString provider = d.agentStrategy->identity.name;
        for (const Plugin::AgentStrategy &s : d.agentStrategy->strategies) {
            const QString name = s.identity.name;
            PluginAction a = entry(QStringLiteral("agent_strategy"), QStringLiteral("invoke_agent_strategy"),
                                   provider + QLatin1Char('/') + name, StudioTr::tr("Agent strategy · %1 › %2").arg(provider, name),
                                   {}, [provider, name](const QJsonObject &p, const QJsonObject &) {
                                       return InvokeRequest::invokeAgentStrategy(provider, name, p);
                                   });
            a.parameters = s.parameters;
            out << a;
        }
    }
    if (d.endpoint)
        addEndpoints(out, *d.endpoint);
    if (d.datasource)
        addDatasources(out, *d.datasource);
    if (d.trigger)
        addTriggers(out, *d.trigger);

    PluginAction raw;
    raw.key = QStringLiteral("raw");
    raw.label = StudioTr::tr("Raw request (type, action, fields as JSON)");
    raw.parameters = {param(QStringLiteral("type"), QStringLiteral("string"), true, QStringLiteral("type"), QStringLiteral("tool")),
                      param(QStringLiteral("action"), QStringLiteral("string"), true, QStringLiteral("action"), QStringLiteral("invoke_tool")),
                      param(QStringLiteral("fields"), QStringLiteral("object"), false, QStringLiteral("fields"), QJsonObject())};
    raw.build = [](const QJsonObject &p, const QJsonObject &) {
        InvokeRequest r;
        r.type = text(p, "type");
        r.action = text(p, "action");
        r.fields = p.value(QStringLiteral("fields")).toObject();
        return r;
    };
    out << raw;
    return out;
}

const PluginAction *findAction(const QList<PluginAction> &actions, const QString &key)
{
    for (const PluginAction &a : actions)
        if (a.key == key)
            return &a;
    return nullptr;
}

} // namespace Studio::Session
