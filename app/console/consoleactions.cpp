// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of console actions built from a plugin declaration (protocol.md §3.1).
#include "app/console/consolepanel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Studio::App {

using Runtime::InvokeRequest;

namespace {
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

QJsonObject obj(const QJsonValue &v) { return v.toObject(); }

QString modelActionLabel(const QString &modelType)
{
    if (modelType == QLatin1String("llm"))
        return QStringLiteral("invoke_llm");
    if (modelType == QLatin1String("text-embedding"))
        return QStringLiteral("invoke_text_embedding");
    if (modelType == QLatin1String("rerank"))
        return QStringLiteral("invoke_rerank");
    if (modelType == QLatin1String("tts"))
        return QStringLiteral("invoke_tts");
    if (modelType == QLatin1String("speech2text"))
        return QStringLiteral("invoke_speech2text");
    if (modelType == QLatin1String("moderation"))
        return QStringLiteral("invoke_moderation");
    return {};
}
} // namespace

QList<ConsoleAction> consoleActionsFor(const Plugin::PluginDeclaration &d)
{
    QList<ConsoleAction> out;

    if (d.tool) {
        const Plugin::ToolProvider &tp = *d.tool;
        const QString provider = tp.identity.name;
        for (const Plugin::ToolDeclaration &tool : tp.tools) {
            const QString name = tool.identity.name;
            ConsoleAction a;
            a.key = QStringLiteral("tool:invoke_tool:%1/%2").arg(provider, name);
            a.label = QStringLiteral("Tool · %1 › %2").arg(provider, name);
            a.type = QStringLiteral("tool");
            a.action = QStringLiteral("invoke_tool");
            a.target = provider + QLatin1Char('/') + name;
            a.parameters = tool.parameters;
            a.credentials = tp.credentials;
            a.build = [provider, name](const QJsonObject &p, const QJsonObject &c) {
                return InvokeRequest::invokeTool(provider, name, p, c);
            };
            out << a;
            for (const Plugin::Parameter &par : tool.parameters) {
                if (par.type != QLatin1String("dynamic-select"))
                    continue;
                ConsoleAction o;
                o.key = QStringLiteral("dynamic_parameter:fetch_parameter_options:%1/%2/%3").arg(provider, name, par.name);
                o.label = QStringLiteral("Options · %1 › %2 › %3").arg(provider, name, par.name);
                o.type = QStringLiteral("dynamic_parameter");
                o.action = QStringLiteral("fetch_parameter_options");
                o.target = a.target + QLatin1Char('/') + par.name;
                o.credentials = tp.credentials;
                const QString pname = par.name;
                o.build = [provider, name, pname](const QJsonObject &, const QJsonObject &c) {
                    return InvokeRequest::fetchParameterOptions(provider, name, pname, c);
                };
                out << o;
            }
        }
        ConsoleAction v;
        v.key = QStringLiteral("tool:validate_tool_credentials:%1").arg(provider);
        v.label = QStringLiteral("Validate credentials · %1").arg(provider);
        v.type = QStringLiteral("tool");
        v.action = QStringLiteral("validate_tool_credentials");
        v.target = provider;
        v.credentials = tp.credentials;
        v.build = [provider](const QJsonObject &, const QJsonObject &c) {
            return InvokeRequest::validateToolCredentials(provider, c);
        };
        out << v;
        if (!tp.oauthClientSchema.isEmpty()) {
            ConsoleAction o;
            o.key = QStringLiteral("oauth:get_authorization_url:%1").arg(provider);
            o.label = QStringLiteral("OAuth URL · %1").arg(provider);
            o.type = QStringLiteral("oauth");
            o.action = QStringLiteral("get_authorization_url");
            o.target = provider;
            o.parameters = {param(QStringLiteral("redirect_uri"), QStringLiteral("string"), true,
                                  QStringLiteral("Redirect URI"),
                                  QStringLiteral("http://localhost/console/api/oauth/plugin/callback"))};
            o.credentials = tp.oauthClientSchema;
            o.build = [provider](const QJsonObject &p, const QJsonObject &c) {
                return InvokeRequest::getAuthorizationUrl(provider, p.value(QStringLiteral("redirect_uri")).toString(), c);
            };
            out << o;
        }
    }

    if (d.model) {
        const Plugin::ModelProvider &mp = *d.model;
        const QString provider = mp.provider;
        ConsoleAction v;
        v.key = QStringLiteral("model:validate_provider_credentials:%1").arg(provider);
        v.label = QStringLiteral("Validate provider credentials · %1").arg(provider);
        v.type = QStringLiteral("model");
        v.action = QStringLiteral("validate_provider_credentials");
        v.target = provider;
        v.credentials = mp.providerCredentials;
        v.build = [provider](const QJsonObject &, const QJsonObject &c) {
            return InvokeRequest::validateProviderCredentials(provider, c);
        };
        out << v;
        QList<QPair<QString, QString>> models; // type, name
        for (const Plugin::ModelDeclaration &m : mp.models)
            models.append({m.modelType, m.model});
        if (models.isEmpty()) // customizable-model only: let the user type the name
            for (const QString &t : mp.supportedModelTypes)
                models.append({t, QString()});
        for (const auto &[modelType, modelName] : std::as_const(models)) {
            const QString actionName = modelActionLabel(modelType);
            if (actionName.isEmpty())
                continue;
            ConsoleAction a;
            a.key = QStringLiteral("model:%1:%2/%3").arg(actionName, provider, modelName.isEmpty() ? modelType : modelName);
            a.label = QStringLiteral("Model · %1 › %2 (%3)").arg(provider, modelName.isEmpty() ? QStringLiteral("custom") : modelName, modelType);
            a.type = QStringLiteral("model");
            a.action = actionName;
            a.target = provider + QLatin1Char('/') + modelName;
            a.credentials = mp.providerCredentials + (modelName.isEmpty() ? mp.modelCredentials : QList<Plugin::ConfigField>());
            a.parameters << param(QStringLiteral("model"), QStringLiteral("string"), true, QStringLiteral("Model"),
                                  modelName.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(modelName));
            const QString mt = modelType;
            if (modelType == QLatin1String("llm")) {
                a.parameters << param(QStringLiteral("system"), QStringLiteral("string"), false, QStringLiteral("System prompt"))
                             << param(QStringLiteral("prompt"), QStringLiteral("string"), true, QStringLiteral("User message"))
                             << param(QStringLiteral("model_parameters"), QStringLiteral("object"), false,
                                      QStringLiteral("Model parameters"), QJsonValue(QJsonValue::Undefined),
                                      QStringLiteral("JSON object, e.g. {\"temperature\":0.2}"))
                             << param(QStringLiteral("stream"), QStringLiteral("boolean"), false, QStringLiteral("Stream"), true);
                a.build = [provider](const QJsonObject &p, const QJsonObject &c) {
                    QJsonArray messages;
                    const QString sys = p.value(QStringLiteral("system")).toString();
                    if (!sys.isEmpty())
                        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                                    {QStringLiteral("content"), sys}});
                    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                {QStringLiteral("content"), p.value(QStringLiteral("prompt")).toString()}});
                    return InvokeRequest::invokeLlm(provider, p.value(QStringLiteral("model")).toString(), c, messages,
                                                    obj(p.value(QStringLiteral("model_parameters"))), QJsonValue::Null,
                                                    QJsonValue::Null, p.value(QStringLiteral("stream")).toBool(true));
                };
            } else if (modelType == QLatin1String("text-embedding")) {
                a.parameters << param(QStringLiteral("texts"), QStringLiteral("string"), true, QStringLiteral("Texts (one per line)"));
                a.build = [provider](const QJsonObject &p, const QJsonObject &c) {
                    return InvokeRequest::invokeTextEmbedding(provider, p.value(QStringLiteral("model")).toString(), c,
                                                              lines(p.value(QStringLiteral("texts"))));
                };
            } else if (modelType == QLatin1String("rerank")) {
                a.parameters << param(QStringLiteral("query"), QStringLiteral("string"), true, QStringLiteral("Query"))
                             << param(QStringLiteral("docs"), QStringLiteral("string"), true, QStringLiteral("Documents (one per line)"));
                a.build = [provider](const QJsonObject &p, const QJsonObject &c) {
                    return InvokeRequest::invokeRerank(provider, p.value(QStringLiteral("model")).toString(), c,
                                                       p.value(QStringLiteral("query")).toString(),
                                                       lines(p.value(QStringLiteral("docs"))));
                };
            } else if (modelType == QLatin1String("tts")) {
                a.parameters << param(QStringLiteral("content_text"), QStringLiteral("string"), true, QStringLiteral("Text"))
                             << param(QStringLiteral("voice"), QStringLiteral("string"), true, QStringLiteral("Voice"));
                a.build = [provider](const QJsonObject &p, const QJsonObject &c) {
                    return InvokeRequest::invokeTts(provider, p.value(QStringLiteral("model")).toString(), c,
                                                    p.value(QStringLiteral("content_text")).toString(),
                                                    p.value(QStringLiteral("voice")).toString());
                };
            } else if (modelType == QLatin1String("moderation")) {
                a.parameters << param(QStringLiteral("text"), QStringLiteral("string"), true, QStringLiteral("Text"));
                a.build = [provider](const QJsonObject &p, const QJsonObject &c) {
                    return InvokeRequest::invokeModeration(provider, p.value(QStringLiteral("model")).toString(), c,
                                                           p.value(QStringLiteral("text")).toString());
                };
            } else { // speech2text: file read when the request is built
                a.parameters << param(QStringLiteral("file"), QStringLiteral("file"), true, QStringLiteral("Audio file"));
                a.build = [provider](const QJsonObject &p, const QJsonObject &c) {
                    QFile f(p.value(QStringLiteral("file")).toString());
                    QByteArray audio;
                    if (f.open(QIODevice::ReadOnly))
                        audio = f.read(50 * 1024 * 1024);
                    return InvokeRequest::invokeSpeech2Text(provider, p.value(QStringLiteral("model")).toString(), c, audio);
                };
            }
            Q_UNUSED(mt);
            out << a;
        }
    }

    if (d.agentStrategy) {
        const QString provider = d.agentStrategy->identity.name;
        for (const Plugin::AgentStrategy &s : d.agentStrategy->strategies) {
            ConsoleAction a;
            const QString name = s.identity.name;
            a.key = QStringLiteral("agent_strategy:invoke_agent_strategy:%1/%2").arg(provider, name);
            a.label = QStringLiteral("Agent strategy · %1 › %2").arg(provider, name);
            a.type = QStringLiteral("agent_strategy");
            a.action = QStringLiteral("invoke_agent_strategy");
            a.target = provider + QLatin1Char('/') + name;
            a.parameters = s.parameters;
            a.build = [provider, name](const QJsonObject &p, const QJsonObject &) {
                return InvokeRequest::invokeAgentStrategy(provider, name, p);
            };
            out << a;
        }
    }

    if (d.endpoint) {
        for (const Plugin::Endpoint &e : d.endpoint->endpoints) {
            ConsoleAction a;
            a.key = QStringLiteral("endpoint:invoke_endpoint:%1 %2").arg(e.method, e.path);
            a.label = QStringLiteral("Endpoint · %1 %2").arg(e.method.toUpper(), e.path);
            a.type = QStringLiteral("endpoint");
            a.action = QStringLiteral("invoke_endpoint");
            a.target = e.method.toUpper() + QLatin1Char(' ') + e.path;
            a.parameters << param(QStringLiteral("path"), QStringLiteral("string"), true, QStringLiteral("Path and query"), e.path)
                         << param(QStringLiteral("content_type"), QStringLiteral("string"), false,
                                  QStringLiteral("Content-Type"), QStringLiteral("application/json"))
                         << param(QStringLiteral("body"), QStringLiteral("string"), false, QStringLiteral("Body"));
            a.credentials = d.endpoint->settings;
            const QString method = e.method.isEmpty() ? QStringLiteral("GET") : e.method.toUpper();
            a.build = [method](const QJsonObject &p, const QJsonObject &settings) {
                QList<QPair<QByteArray, QByteArray>> headers;
                const QString ct = p.value(QStringLiteral("content_type")).toString();
                if (!ct.isEmpty())
                    headers.append({QByteArrayLiteral("Content-Type"), ct.toUtf8()});
                const QByteArray raw = InvokeRequest::serializeHttpRequest(
                    method, p.value(QStringLiteral("path")).toString(), headers,
                    p.value(QStringLiteral("body")).toString().toUtf8());
                return InvokeRequest::invokeEndpoint(raw, settings);
            };
            out << a;
        }
    }

    if (d.datasource) {
        const Plugin::DatasourceProvider &dp = *d.datasource;
        const QString provider = dp.identity.name;
        ConsoleAction v;
        v.key = QStringLiteral("datasource:validate_datasource_credentials:%1").arg(provider);
        v.label = QStringLiteral("Validate credentials · %1 (datasource)").arg(provider);
        v.type = QStringLiteral("datasource");
        v.action = QStringLiteral("validate_datasource_credentials");
        v.target = provider;
        v.credentials = dp.credentials;
        v.build = [provider](const QJsonObject &, const QJsonObject &c) {
            return InvokeRequest::validateDatasourceCredentials(provider, c);
        };
        out << v;
        for (const Plugin::Datasource &ds : dp.datasources) {
            ConsoleAction a;
            const QString name = ds.identity.name;
            a.type = QStringLiteral("datasource");
            a.target = provider + QLatin1Char('/') + name;
            a.parameters = ds.parameters;
            a.credentials = dp.credentials;
            if (dp.providerType == QLatin1String("online_document")) {
                a.action = QStringLiteral("invoke_online_document_datasource_get_pages");
                a.build = [provider, name](const QJsonObject &p, const QJsonObject &c) {
                    return InvokeRequest::datasourceGetOnlineDocumentPages(provider, name, c, p);
                };
            } else if (dp.providerType == QLatin1String("online_drive")) {
                a.action = QStringLiteral("invoke_online_drive_browse_files");
                a.parameters = {param(QStringLiteral("prefix"), QStringLiteral("string"), false, QStringLiteral("Prefix")),
                                param(QStringLiteral("max_keys"), QStringLiteral("number"), false, QStringLiteral("Max keys"), 20)};
                a.build = [provider, name](const QJsonObject &p, const QJsonObject &c) {
                    QJsonObject req{{QStringLiteral("bucket"), QJsonValue::Null},
                                    {QStringLiteral("prefix"), p.contains(QStringLiteral("prefix")) ? p.value(QStringLiteral("prefix")) : QJsonValue::Null},
                                    {QStringLiteral("max_keys"), p.value(QStringLiteral("max_keys")).toInt(20)},
                                    {QStringLiteral("next_page_parameters"), QJsonValue::Null}};
                    return InvokeRequest::datasourceOnlineDriveBrowseFiles(provider, name, c, req);
                };
            } else {
                a.action = QStringLiteral("invoke_website_datasource_get_crawl");
                a.build = [provider, name](const QJsonObject &p, const QJsonObject &c) {
                    return InvokeRequest::datasourceGetWebsiteCrawl(provider, name, c, p);
                };
            }
            a.key = QStringLiteral("datasource:%1:%2/%3").arg(a.action, provider, name);
            a.label = QStringLiteral("Datasource · %1 › %2").arg(provider, name);
            out << a;
        }
    }

    if (d.trigger) {
        const Plugin::TriggerProvider &tp = *d.trigger;
        const QString provider = tp.identity.name;
        ConsoleAction v;
        v.key = QStringLiteral("trigger:validate_trigger_credentials:%1").arg(provider);
        v.label = QStringLiteral("Validate credentials · %1 (trigger)").arg(provider);
        v.type = QStringLiteral("trigger");
        v.action = QStringLiteral("validate_trigger_credentials");
        v.target = provider;
        v.credentials = tp.constructorCredentials;
        v.build = [provider](const QJsonObject &, const QJsonObject &c) {
            return InvokeRequest::validateTriggerCredentials(provider, c);
        };
        out << v;
        for (const Plugin::TriggerEvent &ev : tp.events) {
            ConsoleAction a;
            const QString name = ev.identity.name;
            a.key = QStringLiteral("trigger:invoke_trigger_event:%1/%2").arg(provider, name);
            a.label = QStringLiteral("Trigger event · %1 › %2").arg(provider, name);
            a.type = QStringLiteral("trigger");
            a.action = QStringLiteral("invoke_trigger_event");
            a.target = provider + QLatin1Char('/') + name;
            a.parameters = ev.parameters;
            a.parameters << param(QStringLiteral("__payload"), QStringLiteral("string"), false,
                                  QStringLiteral("Webhook body (JSON)"), QStringLiteral("{}"));
            a.credentials = tp.constructorCredentials;
            a.build = [provider, name](const QJsonObject &p, const QJsonObject &c) {
                QJsonObject params = p;
                const QByteArray body = params.take(QStringLiteral("__payload")).toString().toUtf8();
                const QByteArray raw = InvokeRequest::serializeHttpRequest(
                    QStringLiteral("POST"), QStringLiteral("/trigger"),
                    {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}}, body);
                const QJsonObject subscription{{QStringLiteral("expires_at"), -1},
                                               {QStringLiteral("endpoint"), QStringLiteral("http://localhost/trigger")},
                                               {QStringLiteral("parameters"), QJsonObject()},
                                               {QStringLiteral("properties"), QJsonObject()}};
                return InvokeRequest::invokeTriggerEvent(provider, name, c, QStringLiteral("api-key"), subscription,
                                                         raw, params, QJsonDocument::fromJson(body).object());
            };
            out << a;
        }
    }

    ConsoleAction raw;
    raw.key = QStringLiteral("raw");
    raw.label = QStringLiteral("Raw request (type, action, fields as JSON)");
    raw.parameters = {param(QStringLiteral("type"), QStringLiteral("string"), true, QStringLiteral("type"), QStringLiteral("tool")),
                      param(QStringLiteral("action"), QStringLiteral("string"), true, QStringLiteral("action"), QStringLiteral("invoke_tool")),
                      param(QStringLiteral("fields"), QStringLiteral("object"), false, QStringLiteral("fields"), QJsonObject())};
    raw.build = [](const QJsonObject &p, const QJsonObject &) {
        InvokeRequest r;
        r.type = p.value(QStringLiteral("type")).toString();
        r.action = p.value(QStringLiteral("action")).toString();
        r.fields = p.value(QStringLiteral("fields")).toObject();
        return r;
    };
    out << raw;
    return out;
}

} // namespace Studio::App
