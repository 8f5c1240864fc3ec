// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Workflow-node and summary reverse calls (protocol.md §6.4): node_question_classifier,
// node_parameter_extractor and system_summary. Two routes, chosen per call:
//  1. Dify inner API (DifyInnerApiConfig set): POST <url>/inner/api/invoke/{question-classifier,
//     parameter-extractor,summary} with X-Inner-Api-Key, the body the daemon sends (request fields +
//     tenant_id, user_id, type) and the daemon's envelope {"data":…,"error":"…"}; Dify's error text
//     reaches the plugin verbatim ("invoke question classifier failed: request failed: <error>").
//  2. Local emulation: the node runs in the studio on an LLM served by a model plugin (the same
//     PluginResolver route as `llm` calls). The node's own `model` answers node
//     calls; system_summary uses the configured system model.
// When neither is available the plugin gets an error naming both ways to fix it.

#include "core/runtime/reverse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Studio::Runtime {

namespace WorkflowNodes {

// True for the three reverse types this file serves.
bool isNodeType(const QString &reverseType);
// "invoke/question-classifier", "invoke/parameter-extractor", "invoke/summary".
QString innerApiPath(const QString &reverseType);
// The daemon's failure prefix: "invoke question classifier failed: ", ...
QString failurePrefix(const QString &reverseType);
// Checks the request as the daemon's validator does; the error text is the plugin-facing one
// ("unmarshal backwards invoke request failed: …").
VoidResult validateRequest(const QString &reverseType, const QJsonObject &request);
// The JSON body the daemon posts: its typed request re-marshalled (unknown fields dropped).
QJsonObject innerApiBody(const QString &reverseType, const QJsonObject &request);
// Reads the inner API's answer as the daemon does: the `data` object, or the error text
// ("request failed: <Dify's error>", "data is nil", ...), without failurePrefix().
Result<QJsonObject> parseInnerApiReply(const QString &reverseType, int httpStatus, const QByteArray &body);

// The first JSON object in a model answer (bare, in ```json fences or inside prose).
std::optional<QJsonObject> extractJsonObject(const QString &text);

// Local emulation, pure parts: the prompt sent to the LLM and the node reply built from its answer.
QJsonArray questionClassifierPrompt(const QJsonObject &request);
QJsonObject questionClassifierReply(const QJsonObject &request, const QJsonArray &prompt, const QString &answer,
                                    const QJsonObject &usage, const QString &finishReason);
QJsonArray parameterExtractorPrompt(const QJsonObject &request);
QJsonObject parameterExtractorReply(const QJsonObject &request, const QJsonArray &prompt, const QString &answer,
                                    const QJsonObject &usage, const QString &finishReason);
QJsonArray summaryPrompt(const QJsonObject &request);

} // namespace WorkflowNodes

class WorkflowNodeRunner : public QObject
{
    Q_OBJECT
public:
    explicit WorkflowNodeRunner(QObject *parent = nullptr);

    void setInnerApi(const DifyInnerApiConfig &config) { m_inner = config; }
    DifyInnerApiConfig innerApi() const { return m_inner; }
    void setSystemModel(const SystemModelConfig &config) { m_systemModel = config; }
    SystemModelConfig systemModel() const { return m_systemModel; }

    // Answers one call through `responder` (always ending it), then calls `done`.
    using Done = std::function<void(bool ok, const QString &detail)>;
    void run(const ReverseCall &call, ReverseResponder responder, const PluginResolver &resolver, Done done);

private:
    void runInnerApi(const ReverseCall &call, ReverseResponder responder, Done done);
    void runLocal(const ReverseCall &call, ReverseResponder responder, const PluginResolver &resolver, Done done);
    void runLocalOn(const ReverseCall &call, ReverseResponder responder, const QString &provider, const QString &model,
                    const QJsonObject &completionParams, const ProviderTarget &target, Done done);

    DifyInnerApiConfig m_inner;
    SystemModelConfig m_systemModel;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Studio::Runtime
