// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OAuth authorization flow of a tool / datasource / trigger provider, run by the studio the way
// Dify's API runs it (install-and-marketplace.md §4.2, protocol.md §3 oauth actions), without widgets
// so the CLI can drive it too:
//
//   client params (the workspace's custom OAuth client, sealed) ──► plugin get_authorization_url
//   ──► the user's browser opens authorizationUrl() ──► the provider redirects to the studio's
//   loopback listener (127.0.0.1, redirectUri()) ──► plugin get_credentials(raw callback request)
//   ──► stored sealed as an `oauth2` credential of the provider (with expires_at).
//
// The callback must carry the `state` of the authorization URL (the plugin's own, or one the studio
// appends when the plugin sets none); anything else is refused. Before an invocation,
// ensureFreshCredential() calls refresh_credentials when the stored expires_at is past.
//
// Everything runs on the calling thread's event loop; results: finished() once, then error() /
// credential().

#include "core/common/result.h"
#include "core/plugin/declarations.h"
#include "core/workspace/workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>


namespace Studio::Net {
class HttpExchange;
class HttpServer;
} // namespace Studio::Net

namespace Studio::Runtime {
class Invocation;
struct InvokeRequest;
} // namespace Studio::Runtime

namespace Studio::Workspace {

enum class OAuthProviderKind { Tool, Datasource, Trigger };
QString oauthProviderKindName(OAuthProviderKind kind); // tool|datasource|trigger

struct OAuthProviderInfo
{
    QString provider; // identity.name
    OAuthProviderKind kind = OAuthProviderKind::Tool;
    QList<Plugin::ConfigField> clientSchema, credentialsSchema;
};

// The providers of a declaration that declare an oauth_schema with a client_schema.
QList<OAuthProviderInfo> oauthProviders(const Plugin::PluginDeclaration &declaration);

// Runs one request on the plugin (a running PluginConnection or LocalPlugin). The invocation may
// already be finished when returned (plugin not running).
using PluginInvoker = std::function<Runtime::Invocation *(const Runtime::InvokeRequest &request)>;

// Workspace setting holding the loopback port the studio's redirect URIs use, so the URI registered
// at the provider stays the same between sessions.
inline constexpr const char *OAuthRedirectPortSetting = "oauth.redirect_port";

// http://127.0.0.1:PORT/oauth/plugin/{org}/{plugin}/{provider}/{tool|datasource|trigger}/callback
QUrl oauthRedirectUri(quint16 port, const QString &pluginId, const QString &provider, OAuthProviderKind kind);
// The redirect URI with the workspace's remembered port (a free port is chosen and remembered when
// none is yet).
Result<QUrl> workspaceRedirectUri(WorkspaceStore &ws, const QString &pluginId, const QString &provider, OAuthProviderKind kind);

// The client params sent to the plugin as system_credentials: the provider's custom client when it is
// saved and enabled. The studio has no system (Dify Cloud) clients, so otherwise an error that says
// to set one up.
Result<QJsonObject> oauthClientParams(const WorkspaceStore &ws, const QString &pluginId, const QString &provider);

class OAuthFlow : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Loopback port of the redirect listener: -1 = the workspace's remembered port (falls back to
        // a new one when taken, and remembers it), 0 = any free port, else that port.
        int port = -1;
        int callbackTimeoutMs = 10 * 60 * 1000; // waiting for the browser
        int maxRequestBytes = 64 * 1024;        // one callback request (head and body)
        QString credentialName;                 // empty: the provider's account name, else "OAuth"
    };

    OAuthFlow(WorkspaceStore *workspace, const QString &pluginId, const QString &provider, OAuthProviderKind kind,
              PluginInvoker invoker, Options options, QObject *parent = nullptr);
    OAuthFlow(WorkspaceStore *workspace, const QString &pluginId, const QString &provider, OAuthProviderKind kind,
              PluginInvoker invoker, QObject *parent = nullptr);
    ~OAuthFlow() override;

    // Binds the loopback listener; returns the redirect URI (start() calls it when needed).
    Result<QUrl> listen();
    QUrl redirectUri() const { return m_redirect; }
    // Reads the client params, asks the plugin for the authorization URL, emits
    // authorizationUrlReady() and waits for the browser's callback.
    void start();
    void cancel();
    // Ends the flow with this error (e.g. the plugin could not start).
    void abort(const Error &error) { fail(error); }

    bool isFinished() const { return m_finished; }
    QUrl authorizationUrl() const { return m_authUrl; }
    QString expectedState() const { return m_state; }
    std::optional<Error> error() const { return m_error; }
    std::optional<Credential> credential() const { return m_credential; }

    // For the CLI and tests: spins a local event loop until finished.
    bool waitForFinished(int timeoutMs);

signals:
    void authorizationUrlReady(const QUrl &url);
    void progress(const QString &message);
    void finished();

private:
    void fail(const Error &e);
    void handleRequest(Net::HttpExchange *exchange);
    void reply(Net::HttpExchange *exchange, int status, const QString &title, const QString &text);
    void exchange(Net::HttpExchange *exchange, const QByteArray &raw);

    WorkspaceStore *m_ws;
    QString m_pluginId, m_provider;
    OAuthProviderKind m_kind;
    PluginInvoker m_invoker;
    Options m_options;
    Net::HttpServer *m_server = nullptr; // the loopback redirect listener
    QTimer m_timeout;
    QUrl m_redirect, m_authUrl;
    QString m_state;
    QJsonObject m_client;
    bool m_waiting = false;  // authorization URL out, callback not handled yet
    bool m_finished = false;
    std::optional<Error> m_error;
    std::optional<Credential> m_credential;
};

// When `credential` is an oauth2 credential whose expires_at (UTC seconds, -1 = never) is at or
// before now + marginSecs, calls the plugin's refresh_credentials with the provider's client params
// and stores the new values and expiry; `done` gets the credential to use (refreshed or as it was).
// `done` is called once, on the calling thread's event loop.
void ensureFreshCredential(WorkspaceStore *workspace, const Credential &credential, OAuthProviderKind kind,
                           PluginInvoker invoker, const std::function<void(Result<Credential>)> &done,
                           qint64 marginSecs = 60);

// The credential an invocation of `provider` should carry: its default credential (the first one
// when none is marked), refreshed first when it is an expired oauth2 credential. Call it right before
// building the invocation; `done` gets NotFound when the provider has no stored credential.
void credentialForInvocation(WorkspaceStore *workspace, const QString &pluginId, const QString &provider, OAuthProviderKind kind,
                             PluginInvoker invoker, const std::function<void(Result<Credential>)> &done);

} // namespace Studio::Workspace
