// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/actions.h"

namespace Studio::Runtime {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

InvokeRequest make(const QString &type, const QString &action, const QJsonObject &fields)
{
    InvokeRequest r;
    r.type = type;
    r.action = action;
    r.fields = fields;
    return r;
}

QJsonObject modelFields(const QString &provider, const QString &modelType, const QString &model,
                        const QJsonObject &credentials)
{
    return QJsonObject{{QStringLiteral("provider"), provider},
                       {QStringLiteral("model_type"), modelType},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("credentials"), credentials}};
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QString hex(const QByteArray &data)
{
    return QString::fromLatin1(data.toHex());
}

} // namespace

QJsonObject InvokeRequest::data() const
{
    QJsonObject d = fields;
    d.insert(QStringLiteral("user_id"), userId);
    d.insert(QStringLiteral("type"), type);
    d.insert(QStringLiteral("action"), action);
    return d;
}

QJsonObject InvokeRequest::envelope(const QString &sessionId, const QString &event, const QJsonObject &payload) const
{
    return QJsonObject{
        {QStringLiteral("session_id"), sessionId},
        {QStringLiteral("conversation_id"), nullable(conversationId)},
        {QStringLiteral("message_id"), nullable(messageId)},
        {QStringLiteral("app_id"), nullable(appId)},
        {QStringLiteral("endpoint_id"), nullable(endpointId)},
        {QStringLiteral("context"), context},
        {QStringLiteral("event"), event},
        {QStringLiteral("data"), event == QLatin1String("request") && payload.isEmpty() ? data() : payload},
    };
}

// ---- tool
InvokeRequest InvokeRequest::invokeTool(const QString &provider, const QString &tool, const QJsonObject &params,
                                        const QJsonObject &credentials, const QString &credentialType)
{
    return make(QStringLiteral("tool"), QStringLiteral("invoke_tool"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("tool"), tool},
                 {QStringLiteral("tool_parameters"), params}, {QStringLiteral("credentials"), credentials},
                 {QStringLiteral("credential_type"), credentialType}});
}

InvokeRequest InvokeRequest::validateToolCredentials(const QString &provider, const QJsonObject &credentials)
{
    return make(QStringLiteral("tool"), QStringLiteral("validate_tool_credentials"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("credentials"), credentials}});
}

InvokeRequest InvokeRequest::getToolRuntimeParameters(const QString &provider, const QString &tool,
                                                      const QJsonObject &credentials)
{
    return make(QStringLiteral("tool"), QStringLiteral("get_tool_runtime_parameters"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("tool"), tool},
                 {QStringLiteral("credentials"), credentials}});
}

InvokeRequest InvokeRequest::fetchParameterOptions(const QString &provider, const QString &providerAction,
                                                   const QString &parameter, const QJsonObject &credentials,
                                                   const QString &credentialType)
{
    return make(QStringLiteral("dynamic_parameter"), QStringLiteral("fetch_parameter_options"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("provider_action"), providerAction},
                 {QStringLiteral("parameter"), parameter}, {QStringLiteral("credentials"), credentials},
                 {QStringLiteral("credential_type"), credentialType}});
}

// ---- oauth
InvokeRequest InvokeRequest::getAuthorizationUrl(const QString &provider, const QString &redirectUri,
                                                 const QJsonObject &systemCredentials)
{
    return make(QStringLiteral("oauth"), QStringLiteral("get_authorization_url"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("redirect_uri"), redirectUri},
                 {QStringLiteral("system_credentials"), systemCredentials}});
}

InvokeRequest InvokeRequest::getOAuthCredentials(const QString &provider, const QString &redirectUri,
                                                 const QJsonObject &systemCredentials, const QByteArray &rawHttpRequest)
{
    return make(QStringLiteral("oauth"), QStringLiteral("get_credentials"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("redirect_uri"), redirectUri},
                 {QStringLiteral("system_credentials"), systemCredentials},
                 {QStringLiteral("raw_http_request"), hex(rawHttpRequest)}});
}

InvokeRequest InvokeRequest::refreshOAuthCredentials(const QString &provider, const QString &redirectUri,
                                                     const QJsonObject &systemCredentials, const QJsonObject &credentials)
{
    return make(QStringLiteral("oauth"), QStringLiteral("refresh_credentials"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("redirect_uri"), redirectUri},
                 {QStringLiteral("system_credentials"), systemCredentials},
                 {QStringLiteral("credentials"), credentials}});
}

// ---- model
InvokeRequest InvokeRequest::invokeLlm(const QString &provider, const QString &model, const QJsonObject &credentials,
                                       const QJsonArray &promptMessages, const QJsonObject &modelParameters,
                                       const QJsonValue &tools, const QJsonValue &stop, bool stream)
{
    QJsonObject f = modelFields(provider, QStringLiteral("llm"), model, credentials);
    f.insert(QStringLiteral("model_parameters"), modelParameters);
    f.insert(QStringLiteral("prompt_messages"), promptMessages);
    f.insert(QStringLiteral("tools"), tools);
    f.insert(QStringLiteral("stop"), stop);
    f.insert(QStringLiteral("stream"), stream);
    return make(QStringLiteral("model"), QStringLiteral("invoke_llm"), f);
}

InvokeRequest InvokeRequest::getLlmNumTokens(const QString &provider, const QString &model,
                                             const QJsonObject &credentials, const QJsonArray &promptMessages,
                                             const QJsonValue &tools)
{
    QJsonObject f = modelFields(provider, QStringLiteral("llm"), model, credentials);
    f.insert(QStringLiteral("prompt_messages"), promptMessages);
    f.insert(QStringLiteral("tools"), tools);
    return make(QStringLiteral("model"), QStringLiteral("get_llm_num_tokens"), f);
}

InvokeRequest InvokeRequest::startPolling(const QString &provider, const QString &model, const QJsonObject &credentials,
                                          const QJsonArray &promptMessages, const QJsonObject &modelParameters,
                                          const QJsonValue &tools, const QJsonValue &stop)
{
    InvokeRequest r = invokeLlm(provider, model, credentials, promptMessages, modelParameters, tools, stop, false);
    r.action = QStringLiteral("start_polling");
    return r;
}

InvokeRequest InvokeRequest::checkPolling(const QString &provider, const QString &model,
                                          const QJsonObject &credentials, const QJsonObject &pluginState)
{
    QJsonObject f = modelFields(provider, QStringLiteral("llm"), model, credentials);
    f.insert(QStringLiteral("plugin_state"), pluginState);
    return make(QStringLiteral("model"), QStringLiteral("check_polling"), f);
}

InvokeRequest InvokeRequest::invokeTextEmbedding(const QString &provider, const QString &model,
                                                 const QJsonObject &credentials, const QStringList &texts,
                                                 const QString &inputType)
{
    QJsonObject f = modelFields(provider, QStringLiteral("text-embedding"), model, credentials);
    f.insert(QStringLiteral("texts"), toArray(texts));
    f.insert(QStringLiteral("input_type"), inputType);
    return make(QStringLiteral("model"), QStringLiteral("invoke_text_embedding"), f);
}

InvokeRequest InvokeRequest::invokeMultimodalEmbedding(const QString &provider, const QString &model,
                                                       const QJsonObject &credentials, const QJsonArray &documents,
                                                       const QString &inputType)
{
    QJsonObject f = modelFields(provider, QStringLiteral("text-embedding"), model, credentials);
    f.insert(QStringLiteral("documents"), documents);
    f.insert(QStringLiteral("input_type"), inputType);
    return make(QStringLiteral("model"), QStringLiteral("invoke_multimodal_embedding"), f);
}

InvokeRequest InvokeRequest::getTextEmbeddingNumTokens(const QString &provider, const QString &model,
                                                       const QJsonObject &credentials, const QStringList &texts)
{
    QJsonObject f = modelFields(provider, QStringLiteral("text-embedding"), model, credentials);
    f.insert(QStringLiteral("texts"), toArray(texts));
    return make(QStringLiteral("model"), QStringLiteral("get_text_embedding_num_tokens"), f);
}

InvokeRequest InvokeRequest::invokeRerank(const QString &provider, const QString &model,
                                          const QJsonObject &credentials, const QString &query,
                                          const QStringList &docs, const QJsonValue &scoreThreshold,
                                          const QJsonValue &topN)
{
    QJsonObject f = modelFields(provider, QStringLiteral("rerank"), model, credentials);
    f.insert(QStringLiteral("query"), query);
    f.insert(QStringLiteral("docs"), toArray(docs));
    f.insert(QStringLiteral("score_threshold"), scoreThreshold);
    f.insert(QStringLiteral("top_n"), topN);
    return make(QStringLiteral("model"), QStringLiteral("invoke_rerank"), f);
}

InvokeRequest InvokeRequest::invokeMultimodalRerank(const QString &provider, const QString &model,
                                                    const QJsonObject &credentials, const QJsonValue &query,
                                                    const QJsonArray &docs, const QJsonValue &scoreThreshold,
                                                    const QJsonValue &topN)
{
    QJsonObject f = modelFields(provider, QStringLiteral("rerank"), model, credentials);
    f.insert(QStringLiteral("query"), query);
    f.insert(QStringLiteral("docs"), docs);
    f.insert(QStringLiteral("score_threshold"), scoreThreshold);
    f.insert(QStringLiteral("top_n"), topN);
    return make(QStringLiteral("model"), QStringLiteral("invoke_multimodal_rerank"), f);
}

InvokeRequest InvokeRequest::invokeTts(const QString &provider, const QString &model, const QJsonObject &credentials,
                                       const QString &contentText, const QString &voice, const QString &tenantId)
{
    QJsonObject f = modelFields(provider, QStringLiteral("tts"), model, credentials);
    f.insert(QStringLiteral("content_text"), contentText);
    f.insert(QStringLiteral("voice"), voice);
    f.insert(QStringLiteral("tenant_id"), tenantId);
    return make(QStringLiteral("model"), QStringLiteral("invoke_tts"), f);
}

InvokeRequest InvokeRequest::getTtsModelVoices(const QString &provider, const QString &model,
                                               const QJsonObject &credentials, const QJsonValue &language)
{
    QJsonObject f = modelFields(provider, QStringLiteral("tts"), model, credentials);
    f.insert(QStringLiteral("language"), language);
    return make(QStringLiteral("model"), QStringLiteral("get_tts_model_voices"), f);
}

InvokeRequest InvokeRequest::invokeSpeech2Text(const QString &provider, const QString &model,
                                               const QJsonObject &credentials, const QByteArray &audio)
{
    QJsonObject f = modelFields(provider, QStringLiteral("speech2text"), model, credentials);
    f.insert(QStringLiteral("file"), hex(audio));
    return make(QStringLiteral("model"), QStringLiteral("invoke_speech2text"), f);
}

InvokeRequest InvokeRequest::invokeModeration(const QString &provider, const QString &model,
                                              const QJsonObject &credentials, const QString &text)
{
    QJsonObject f = modelFields(provider, QStringLiteral("moderation"), model, credentials);
    f.insert(QStringLiteral("text"), text);
    return make(QStringLiteral("model"), QStringLiteral("invoke_moderation"), f);
}

InvokeRequest InvokeRequest::validateProviderCredentials(const QString &provider, const QJsonObject &credentials)
{
    return make(QStringLiteral("model"), QStringLiteral("validate_provider_credentials"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("credentials"), credentials}});
}

InvokeRequest InvokeRequest::validateModelCredentials(const QString &provider, const QString &modelType,
                                                      const QString &model, const QJsonObject &credentials)
{
    return make(QStringLiteral("model"), QStringLiteral("validate_model_credentials"),
                modelFields(provider, modelType, model, credentials));
}

InvokeRequest InvokeRequest::getAiModelSchemas(const QString &provider, const QString &modelType,
                                               const QString &model, const QJsonObject &credentials)
{
    return make(QStringLiteral("model"), QStringLiteral("get_ai_model_schemas"),
                modelFields(provider, modelType, model, credentials));
}

// ---- endpoint
InvokeRequest InvokeRequest::invokeEndpoint(const QByteArray &rawHttp, const QJsonObject &settings)
{
    InvokeRequest r = make(QStringLiteral("endpoint"), QStringLiteral("invoke_endpoint"),
                           {{QStringLiteral("raw_http_request"), hex(rawHttp)},
                            {QStringLiteral("settings"), settings}});
    r.userId = QString(); // endpoint invocations use user_id ""
    return r;
}

QByteArray InvokeRequest::serializeHttpRequest(const QString &method, const QString &pathAndQuery,
                                               const QList<QPair<QByteArray, QByteArray>> &headers,
                                               const QByteArray &body, const QString &host)
{
    QByteArray out = method.toUpper().toLatin1() + ' ' + (pathAndQuery.isEmpty() ? QByteArray("/") : pathAndQuery.toUtf8())
                     + " HTTP/1.1\r\n";
    bool hasHost = false;
    for (const auto &h : headers)
        hasHost = hasHost || h.first.compare("host", Qt::CaseInsensitive) == 0;
    if (!hasHost)
        out += "Host: " + host.toUtf8() + "\r\n";
    for (const auto &h : headers) {
        const QByteArray lower = h.first.toLower();
        if (lower == "content-length" || lower == "transfer-encoding")
            continue;
        QByteArray name = h.first;
        name.replace('_', '-'); // the SDK parser rejects '_' in header names
        out += name + ": " + h.second + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    return out;
}

// ---- agent strategy
InvokeRequest InvokeRequest::invokeAgentStrategy(const QString &provider, const QString &strategy,
                                                 const QJsonObject &params)
{
    return make(QStringLiteral("agent_strategy"), QStringLiteral("invoke_agent_strategy"),
                {{QStringLiteral("agent_strategy_provider"), provider},
                 {QStringLiteral("agent_strategy"), strategy},
                 {QStringLiteral("agent_strategy_params"), params}});
}

// ---- datasource
InvokeRequest InvokeRequest::validateDatasourceCredentials(const QString &provider, const QJsonObject &credentials)
{
    return make(QStringLiteral("datasource"), QStringLiteral("validate_datasource_credentials"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("credentials"), credentials}});
}

static InvokeRequest datasource(const QString &action, const QString &provider, const QString &ds,
                                const QJsonObject &credentials, const QString &key, const QJsonObject &value)
{
    return make(QStringLiteral("datasource"), action,
                {{QStringLiteral("provider"), provider}, {QStringLiteral("datasource"), ds},
                 {QStringLiteral("credentials"), credentials}, {key, value}});
}

InvokeRequest InvokeRequest::datasourceGetWebsiteCrawl(const QString &provider, const QString &ds,
                                                       const QJsonObject &credentials, const QJsonObject &params)
{
    return datasource(QStringLiteral("invoke_website_datasource_get_crawl"), provider, ds, credentials,
                      QStringLiteral("datasource_parameters"), params);
}

InvokeRequest InvokeRequest::datasourceGetOnlineDocumentPages(const QString &provider, const QString &ds,
                                                              const QJsonObject &credentials, const QJsonObject &params)
{
    return datasource(QStringLiteral("invoke_online_document_datasource_get_pages"), provider, ds, credentials,
                      QStringLiteral("datasource_parameters"), params);
}

InvokeRequest InvokeRequest::datasourceGetOnlineDocumentPageContent(const QString &provider, const QString &ds,
                                                                    const QJsonObject &credentials,
                                                                    const QJsonObject &page)
{
    return datasource(QStringLiteral("invoke_online_document_datasource_get_page_content"), provider, ds,
                      credentials, QStringLiteral("page"), page);
}

static QJsonObject driveRequest(QJsonObject request, bool browse)
{
    if (!request.contains(QStringLiteral("bucket")))
        request.insert(QStringLiteral("bucket"), QJsonValue::Null);
    if (browse) {
        if (!request.contains(QStringLiteral("prefix")))
            request.insert(QStringLiteral("prefix"), QJsonValue::Null);
        if (!request.contains(QStringLiteral("max_keys")))
            request.insert(QStringLiteral("max_keys"), 20);
        if (!request.contains(QStringLiteral("next_page_parameters")))
            request.insert(QStringLiteral("next_page_parameters"), QJsonValue::Null);
    }
    return request;
}

InvokeRequest InvokeRequest::datasourceOnlineDriveBrowseFiles(const QString &provider, const QString &ds,
                                                              const QJsonObject &credentials, const QJsonObject &request)
{
    return datasource(QStringLiteral("invoke_online_drive_browse_files"), provider, ds, credentials,
                      QStringLiteral("request"), driveRequest(request, true));
}

InvokeRequest InvokeRequest::datasourceOnlineDriveDownloadFile(const QString &provider, const QString &ds,
                                                               const QJsonObject &credentials,
                                                               const QJsonObject &request)
{
    return datasource(QStringLiteral("invoke_online_drive_download_file"), provider, ds, credentials,
                      QStringLiteral("request"), driveRequest(request, false));
}

// ---- trigger
InvokeRequest InvokeRequest::invokeTriggerEvent(const QString &provider, const QString &event,
                                                const QJsonObject &credentials, const QString &credentialType,
                                                const QJsonObject &subscription, const QByteArray &rawHttpRequest,
                                                const QJsonObject &parameters, const QJsonObject &payload)
{
    return make(QStringLiteral("trigger"), QStringLiteral("invoke_trigger_event"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("event"), event},
                 {QStringLiteral("credentials"), credentials}, {QStringLiteral("credential_type"), credentialType},
                 {QStringLiteral("subscription"), subscription},
                 {QStringLiteral("raw_http_request"), hex(rawHttpRequest)},
                 {QStringLiteral("parameters"), parameters}, {QStringLiteral("payload"), payload}});
}

InvokeRequest InvokeRequest::validateTriggerCredentials(const QString &provider, const QJsonObject &credentials)
{
    return make(QStringLiteral("trigger"), QStringLiteral("validate_trigger_credentials"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("credentials"), credentials}});
}

InvokeRequest InvokeRequest::dispatchTriggerEvent(const QString &provider, const QJsonObject &subscription,
                                                  const QByteArray &rawHttpRequest, const QJsonValue &credentials,
                                                  const QJsonValue &credentialType)
{
    return make(QStringLiteral("trigger"), QStringLiteral("dispatch_trigger_event"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("subscription"), subscription},
                 {QStringLiteral("raw_http_request"), hex(rawHttpRequest)},
                 {QStringLiteral("credentials"), credentials}, {QStringLiteral("credential_type"), credentialType}});
}

InvokeRequest InvokeRequest::subscribeTrigger(const QString &provider, const QJsonObject &credentials,
                                              const QString &credentialType, const QString &endpoint,
                                              const QJsonObject &parameters)
{
    return make(QStringLiteral("trigger"), QStringLiteral("subscribe_trigger"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("credentials"), credentials},
                 {QStringLiteral("credential_type"), credentialType}, {QStringLiteral("endpoint"), endpoint},
                 {QStringLiteral("parameters"), parameters}});
}

InvokeRequest InvokeRequest::unsubscribeTrigger(const QString &provider, const QJsonObject &subscription,
                                                const QJsonObject &credentials, const QString &credentialType)
{
    return make(QStringLiteral("trigger"), QStringLiteral("unsubscribe_trigger"),
                {{QStringLiteral("provider"), provider}, {QStringLiteral("subscription"), subscription},
                 {QStringLiteral("credentials"), credentials}, {QStringLiteral("credential_type"), credentialType}});
}

InvokeRequest InvokeRequest::refreshTrigger(const QString &provider, const QJsonObject &subscription,
                                            const QJsonObject &credentials, const QString &credentialType)
{
    InvokeRequest r = unsubscribeTrigger(provider, subscription, credentials, credentialType);
    r.action = QStringLiteral("refresh_trigger");
    return r;
}

} // namespace Studio::Runtime
