// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One request to a plugin (protocol.md §1.1, §3.1) and builders for every action of §3.1.
// The builders fill every "nullable but required" key (tools, stop, score_threshold, top_n,
// language, credentials, ...) so a real SDK plugin never fails pydantic validation.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Studio::Runtime {

struct InvokeRequest
{
    QString type;        // tool, model, endpoint, agent_strategy, oauth, datasource, dynamic_parameter, trigger
    QString action;      // invoke_tool, invoke_llm, ...
    QJsonObject fields;  // the action's own fields (merged into `data`)
    QString userId = QStringLiteral("studio-user");
    QJsonObject context; // {"credentials":{"tool_credentials":{provider: id}}}
    QString conversationId, messageId, appId, endpointId; // empty -> JSON null
    int timeoutMs = 600000; // per-call wall clock (protocol.md §7.2)

    // `data` of the request line: {user_id, type, action} merged with `fields`.
    QJsonObject data() const;
    // The full host->plugin line object with all keys (nulls included).
    QJsonObject envelope(const QString &sessionId, const QString &event = QStringLiteral("request"),
                         const QJsonObject &data = {}) const;

    // ---- tool
    static InvokeRequest invokeTool(const QString &provider, const QString &tool, const QJsonObject &params,
                                    const QJsonObject &credentials = {},
                                    const QString &credentialType = QStringLiteral("api-key"));
    static InvokeRequest validateToolCredentials(const QString &provider, const QJsonObject &credentials);
    static InvokeRequest getToolRuntimeParameters(const QString &provider, const QString &tool,
                                                  const QJsonObject &credentials = {});
    // ---- dynamic parameters
    static InvokeRequest fetchParameterOptions(const QString &provider, const QString &providerAction,
                                               const QString &parameter, const QJsonObject &credentials = {},
                                               const QString &credentialType = QStringLiteral("unauthorized"));
    // ---- oauth
    static InvokeRequest getAuthorizationUrl(const QString &provider, const QString &redirectUri,
                                             const QJsonObject &systemCredentials);
    static InvokeRequest getOAuthCredentials(const QString &provider, const QString &redirectUri,
                                             const QJsonObject &systemCredentials, const QByteArray &rawHttpRequest);
    static InvokeRequest refreshOAuthCredentials(const QString &provider, const QString &redirectUri,
                                                 const QJsonObject &systemCredentials, const QJsonObject &credentials);
    // ---- model (modelType: llm, text-embedding, rerank, speech2text, moderation, tts)
    static InvokeRequest invokeLlm(const QString &provider, const QString &model, const QJsonObject &credentials,
                                   const QJsonArray &promptMessages, const QJsonObject &modelParameters = {},
                                   const QJsonValue &tools = QJsonValue::Null, const QJsonValue &stop = QJsonValue::Null,
                                   bool stream = true);
    static InvokeRequest getLlmNumTokens(const QString &provider, const QString &model, const QJsonObject &credentials,
                                         const QJsonArray &promptMessages, const QJsonValue &tools = QJsonValue::Null);
    static InvokeRequest startPolling(const QString &provider, const QString &model, const QJsonObject &credentials,
                                      const QJsonArray &promptMessages, const QJsonObject &modelParameters = {},
                                      const QJsonValue &tools = QJsonValue::Null, const QJsonValue &stop = QJsonValue::Null);
    static InvokeRequest checkPolling(const QString &provider, const QString &model, const QJsonObject &credentials,
                                      const QJsonObject &pluginState);
    static InvokeRequest invokeTextEmbedding(const QString &provider, const QString &model, const QJsonObject &credentials,
                                             const QStringList &texts, const QString &inputType = QStringLiteral("document"));
    static InvokeRequest invokeMultimodalEmbedding(const QString &provider, const QString &model,
                                                   const QJsonObject &credentials, const QJsonArray &documents,
                                                   const QString &inputType = QStringLiteral("document"));
    static InvokeRequest getTextEmbeddingNumTokens(const QString &provider, const QString &model,
                                                   const QJsonObject &credentials, const QStringList &texts);
    static InvokeRequest invokeRerank(const QString &provider, const QString &model, const QJsonObject &credentials,
                                      const QString &query, const QStringList &docs,
                                      const QJsonValue &scoreThreshold = QJsonValue::Null,
                                      const QJsonValue &topN = QJsonValue::Null);
    static InvokeRequest invokeMultimodalRerank(const QString &provider, const QString &model,
                                                const QJsonObject &credentials, const QJsonValue &query,
                                                const QJsonArray &docs, const QJsonValue &scoreThreshold = QJsonValue::Null,
                                                const QJsonValue &topN = QJsonValue::Null);
    static InvokeRequest invokeTts(const QString &provider, const QString &model, const QJsonObject &credentials,
                                   const QString &contentText, const QString &voice,
                                   const QString &tenantId = QStringLiteral("studio-tenant"));
    static InvokeRequest getTtsModelVoices(const QString &provider, const QString &model, const QJsonObject &credentials,
                                           const QJsonValue &language = QJsonValue::Null);
    static InvokeRequest invokeSpeech2Text(const QString &provider, const QString &model, const QJsonObject &credentials,
                                           const QByteArray &audio);
    static InvokeRequest invokeModeration(const QString &provider, const QString &model, const QJsonObject &credentials,
                                          const QString &text);
    static InvokeRequest validateProviderCredentials(const QString &provider, const QJsonObject &credentials);
    static InvokeRequest validateModelCredentials(const QString &provider, const QString &modelType,
                                                  const QString &model, const QJsonObject &credentials);
    static InvokeRequest getAiModelSchemas(const QString &provider, const QString &modelType, const QString &model,
                                           const QJsonObject &credentials);
    // ---- endpoint (rawHttp = the serialised HTTP request; hex-encoded here)
    static InvokeRequest invokeEndpoint(const QByteArray &rawHttp, const QJsonObject &settings = {});
    // A minimal correct HTTP/1.1 serialisation (Content-Length always written, no '_' in names).
    static QByteArray serializeHttpRequest(const QString &method, const QString &pathAndQuery,
                                           const QList<QPair<QByteArray, QByteArray>> &headers,
                                           const QByteArray &body, const QString &host = QStringLiteral("localhost"));
    // ---- agent strategy
    static InvokeRequest invokeAgentStrategy(const QString &provider, const QString &strategy, const QJsonObject &params);
    // ---- datasource
    static InvokeRequest validateDatasourceCredentials(const QString &provider, const QJsonObject &credentials);
    static InvokeRequest datasourceGetWebsiteCrawl(const QString &provider, const QString &datasource,
                                                   const QJsonObject &credentials, const QJsonObject &params);
    static InvokeRequest datasourceGetOnlineDocumentPages(const QString &provider, const QString &datasource,
                                                          const QJsonObject &credentials, const QJsonObject &params);
    static InvokeRequest datasourceGetOnlineDocumentPageContent(const QString &provider, const QString &datasource,
                                                                const QJsonObject &credentials, const QJsonObject &page);
    static InvokeRequest datasourceOnlineDriveBrowseFiles(const QString &provider, const QString &datasource,
                                                          const QJsonObject &credentials, const QJsonObject &request);
    static InvokeRequest datasourceOnlineDriveDownloadFile(const QString &provider, const QString &datasource,
                                                           const QJsonObject &credentials, const QJsonObject &request);
    // ---- trigger
    static InvokeRequest invokeTriggerEvent(const QString &provider, const QString &event, const QJsonObject &credentials,
                                            const QString &credentialType, const QJsonObject &subscription,
                                            const QByteArray &rawHttpRequest, const QJsonObject &parameters,
                                            const QJsonObject &payload = {});
    static InvokeRequest validateTriggerCredentials(const QString &provider, const QJsonObject &credentials);
    static InvokeRequest dispatchTriggerEvent(const QString &provider, const QJsonObject &subscription,
                                              const QByteArray &rawHttpRequest,
                                              const QJsonValue &credentials = QJsonValue::Null,
                                              const QJsonValue &credentialType = QJsonValue::Null);
    static InvokeRequest subscribeTrigger(const QString &provider, const QJsonObject &credentials,
                                          const QString &credentialType, const QString &endpoint,
                                          const QJsonObject &parameters);
    static InvokeRequest unsubscribeTrigger(const QString &provider, const QJsonObject &subscription,
                                            const QJsonObject &credentials, const QString &credentialType);
    static InvokeRequest refreshTrigger(const QString &provider, const QJsonObject &subscription,
                                        const QJsonObject &credentials, const QString &credentialType);
};

} // namespace Studio::Runtime
