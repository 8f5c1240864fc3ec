// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reverse (backwards) invocation: the plugin calling the host (protocol.md §6).

#include "core/plugin/declarations.h"
#include "core/runtime/actions.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Studio::Runtime {

class PluginConnection;
class StorageBackend;
class FileStore;

// One reverse call as received (request already an object; tenant/user/type injected).
struct ReverseCall
{
    QString sessionId;
    QString backwardsRequestId;
    QString type;             // storage, tool, llm, app, upload_file, ...
    QJsonObject request;
    InvokeRequest session;    // the request of the session that made the call
    QString pluginId;         // author/name of the calling plugin
    Plugin::Permissions permissions; // of the calling plugin
};

// Sends the replies of one reverse call. Copyable; safe to use after the connection is gone
// (then it does nothing). Every reply path must end with end() (error() sends end() itself).
class ReverseResponder
{
public:
    ReverseResponder() = default;
    ReverseResponder(PluginConnection *connection, const QString &sessionId, const QString &backwardsRequestId);
    void response(const QJsonObject &data, bool streamItem = false); // event "response"
    void error(const QString &message);                                // event "error" then "end"
    void end();                                                        // event "end" (once)
    bool isEnded() const;
    // Sees every reply sent through this responder and its copies ("response" with the data,
    // "error" with the message, then "end"): recording of reverse calls (test suites, inspector).
    using Observer = std::function<void(const QString &event, const QJsonValue &data)>;
    void setObserver(Observer observer);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

class ReverseHandler
{
public:
    virtual ~ReverseHandler() = default;
    // Called on the connection's thread. May answer now or later through `responder`.
    virtual void handle(const ReverseCall &call, ReverseResponder responder) = 0;
};

struct DifyInstanceConfig
{
    QUrl baseUrl;   // e.g. http://localhost/v1 (Dify service API)
    QString apiKey; // app API key
    bool isConfigured() const { return baseUrl.isValid() && !baseUrl.isEmpty() && !apiKey.isEmpty(); }
};

// The Dify API server's inner API, the one the daemon calls (DIFY_INNER_API_URL and the key Dify
// reads from INNER_API_KEY_FOR_PLUGIN). When set, workflow-node and summary reverse calls go there.
struct DifyInnerApiConfig
{
    QUrl url;                   // e.g. http://localhost:5001 (without /inner/api)
    QString key;                // sent as X-Inner-Api-Key
    int writeTimeoutMs = 5000;  // DIFY_BACKWARDS_INVOCATION_WRITE_TIMEOUT
    int readTimeoutMs = 240000; // DIFY_BACKWARDS_INVOCATION_READ_TIMEOUT
    bool isConfigured() const { return url.isValid() && !url.isEmpty() && !key.isEmpty(); }
};

// The LLM that answers `system_summary` calls when no inner API is configured (Dify uses the
// workspace's default system model; the studio asks for one).
struct SystemModelConfig
{
    QString provider; // "langgenius/openai/openai" (or a bare "openai")
    QString model;    // "gpt-4o-mini"
    bool isConfigured() const { return !provider.isEmpty() && !model.isEmpty(); }
    // "author/name/provider/model..." (four or more parts: the first three are the provider) or
    // "provider/model"; anything else gives an unconfigured value.
    static SystemModelConfig fromString(const QString &text);
    QString toString() const; // provider + "/" + model, "" when not configured
};

// The plugin that serves a provider of another plugin's reverse call, found by a PluginResolver:
// its connection (nullptr when none serves it, `error` then says why, or is empty for "none
// provides it") and the credentials configured for that provider (empty when none).
struct ProviderTarget
{
    PluginConnection *connection = nullptr;
    QJsonObject credentials;
    QString error;
};
// Finds the connection that serves a provider ("author/name/provider" or "provider") of a given
// kind ("tool" or "model"), possibly starting its plugin first; calls `done` exactly once.
using PluginResolver = std::function<void(const QString &kind, const QString &provider,
                                          std::function<void(const ProviderTarget &target)> done)>;
// Synchronous parts of a resolver (tests, benches): the running connection, or nullptr.
using PluginLookup = std::function<PluginConnection *(const QString &kind, const QString &provider)>;
// Credentials the studio holds for a provider of another plugin (kind "tool" or "model"), used
// when routing a reverse call to it. Empty object when unknown.
using CredentialsLookup = std::function<QJsonObject(const QString &kind, const QString &provider)>;

// The exact denial text of protocol.md §6.4 for a reverse type; empty when allowed.
QString permissionDenialText(const QString &reverseType, const Plugin::Permissions &permissions);

class WorkflowNodeRunner;

class DefaultReverseHandler : public QObject, public ReverseHandler
{
    Q_OBJECT
public:
    explicit DefaultReverseHandler(QObject *parent = nullptr);
    ~DefaultReverseHandler() override;

    void setStorage(StorageBackend *storage) { m_storage = storage; }
    void setFileStore(FileStore *store) { m_fileStore = store; }
    // Where tool, model and workflow-node calls of a plugin go (the session's provider lookup).
    void setPluginResolver(PluginResolver resolver) { m_resolver = std::move(resolver); }
    PluginResolver pluginResolver() const;
    // A resolver made of two synchronous lookups (replaces one set with setPluginResolver).
    void setPluginLookup(PluginLookup lookup);
    void setCredentialsLookup(CredentialsLookup lookup);
    void setDifyInstance(const DifyInstanceConfig &config) { m_dify = config; }
    DifyInstanceConfig difyInstance() const { return m_dify; }
    // Routes of node_question_classifier / node_parameter_extractor / system_summary: the inner
    // API when configured, else local emulation on a model plugin (workflownodes.h).
    void setDifyInnerApi(const DifyInnerApiConfig &config);
    DifyInnerApiConfig difyInnerApi() const;
    void setSystemModel(const SystemModelConfig &config);
    SystemModelConfig systemModel() const;

    void handle(const ReverseCall &call, ReverseResponder responder) override;

signals:
    // A call refused by the permission block or the access type (shown as a visible warning).
    void permissionDenied(const QString &pluginId, const QString &reverseType, const QString &message);
    // Every call, after it was answered (ok = no error reply).
    void callHandled(const QString &pluginId, const QString &reverseType, bool ok, const QString &detail);

private:
    void handleStorage(const ReverseCall &call, ReverseResponder responder);
    void handlePluginCall(const ReverseCall &call, ReverseResponder responder);
    void forwardPluginCall(const ReverseCall &call, ReverseResponder responder, const ProviderTarget &target);
    void handleDify(const ReverseCall &call, ReverseResponder responder);
    void handleUpload(const ReverseCall &call, ReverseResponder responder);
    void handleNode(const ReverseCall &call, ReverseResponder responder);

    StorageBackend *m_storage = nullptr;
    FileStore *m_fileStore = nullptr;
    PluginResolver m_resolver;
    PluginLookup m_lookup;
    CredentialsLookup m_credentials;
    DifyInstanceConfig m_dify;
    QNetworkAccessManager *m_network = nullptr;
    WorkflowNodeRunner *m_nodes = nullptr;
};

} // namespace Studio::Runtime
