// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/oauthflow.h"
#include "core/common/tr.h"

#include "core/net/httpserver.h"
#include "core/runtime/actions.h"
#include "core/runtime/invocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrlQuery>

namespace Studio::Workspace {

QString oauthProviderKindName(OAuthProviderKind kind)
{
    switch (kind) {
    case OAuthProviderKind::Tool: return QStringLiteral("tool");
    case OAuthProviderKind::Datasource: return QStringLiteral("datasource");
    case OAuthProviderKind::Trigger: return QStringLiteral("trigger");
    }
    return QStringLiteral("tool");
}

QList<OAuthProviderInfo> oauthProviders(const Plugin::PluginDeclaration &d)
{
    QList<OAuthProviderInfo> out;
    if (d.tool && !d.tool->oauthClientSchema.isEmpty())
        out.append({d.tool->identity.name, OAuthProviderKind::Tool, d.tool->oauthClientSchema, d.tool->oauthCredentialsSchema});
    if (d.datasource && !d.datasource->oauthClientSchema.isEmpty())
        out.append({d.datasource->identity.name, OAuthProviderKind::Datasource, d.datasource->oauthClientSchema,
                    d.datasource->oauthCredentialsSchema});
    if (d.trigger && !d.trigger->oauthClientSchema.isEmpty())
        out.append({d.trigger->identity.name, OAuthProviderKind::Trigger, d.trigger->oauthClientSchema,
                    d.trigger->oauthCredentialsSchema});
    return out;
}

QUrl oauthRedirectUri(quint16 port, const QString &pluginId, const QString &provider, OAuthProviderKind kind)
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port);
    u.setPath(QStringLiteral("/oauth/plugin/%1/%2/%3/callback").arg(pluginId, provider, oauthProviderKindName(kind)));
    return u;
}

Result<QUrl> workspaceRedirectUri(WorkspaceStore &ws, const QString &pluginId, const QString &provider, OAuthProviderKind kind)
{
    const int remembered = ws.setting(QString::fromLatin1(OAuthRedirectPortSetting)).toInt();
    if (remembered > 0 && remembered < 65536)
        return oauthRedirectUri(quint16(remembered), pluginId, provider, kind);
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return Error(ErrorCode::IoError, StudioTr::tr("No loopback port is free for the OAuth redirect: %1").arg(probe.errorString()));
    const quint16 port = probe.serverPort();
    probe.close();
    if (VoidResult r = ws.setSetting(QString::fromLatin1(OAuthRedirectPortSetting), QString::number(port)); !r)
        return r.error();
    return oauthRedirectUri(port, pluginId, provider, kind);
}

Result<QJsonObject> oauthClientParams(const WorkspaceStore &ws, const QString &pluginId, const QString &provider)
{
    Result<std::optional<OAuthClientSettings>> s = ws.oauthClientSettings(pluginId, provider);
    if (!s)
        return s.error();
    if (!s->has_value())
        return Error(ErrorCode::NotFound,
                     StudioTr::tr("%1/%2 has no OAuth client yet. Register an app at the provider with the studio's redirect URI, "
                        "then enter its client settings under \"OAuth client…\" on the Installed plugins page.")
                         .arg(pluginId, provider));
    if (!(*s)->enabled)
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("The custom OAuth client of %1/%2 is switched off, and the studio has no system client. "
                        "Switch \"Use this custom client\" on under \"OAuth client…\".")
                         .arg(pluginId, provider));
    return (*s)->params;
}

// Calls fn(inv) once the invocation has finished (at once when it already has) and disposes of it.
static void whenDone(Runtime::Invocation *inv, QObject *context, const std::function<void(Runtime::Invocation *)> &fn)
{
    if (!inv) {
        QTimer::singleShot(0, context, [fn] { fn(nullptr); });
        return;
    }
    if (inv->isFinished()) {
        QTimer::singleShot(0, context, [inv, fn] {
            fn(inv);
            inv->deleteLater();
        });
        return;
    }
    QObject::connect(inv, &Runtime::Invocation::finished, context, [inv, fn] {
        fn(inv);
        inv->deleteLater();
    }, Qt::SingleShotConnection);
}

// The last chunk of a finished invocation that has `key`; an error naming the action otherwise.
static Result<QJsonObject> answer(Runtime::Invocation *inv, const QString &key, const QString &action)
{
    if (!inv)
        return Error(ErrorCode::ProcessFailed, StudioTr::tr("The plugin is not running; start it and try again."));
    if (inv->state() != Runtime::InvocationState::Succeeded)
        return Error(inv->error().code == ErrorCode::Unknown ? ErrorCode::ProcessFailed : inv->error().code,
                     StudioTr::tr("The plugin's %1 failed: %2").arg(action, inv->error().message));
    for (auto it = inv->chunks().crbegin(); it != inv->chunks().crend(); ++it)
        if (it->contains(key))
            return *it;
    return Error(ErrorCode::InvalidInput, StudioTr::tr("The plugin's %1 answered without \"%2\"; check its OAuth code.").arg(action, key));
}

// The small page the browser shows after the redirect.
static QByteArray callbackPage(const QString &title, const QString &text)
{
    return QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-family:sans-serif\"><h2>%1</h2><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

// ---------------------------------------------------------------- OAuthFlow

OAuthFlow::OAuthFlow(WorkspaceStore *workspace, const QString &pluginId, const QString &provider, OAuthProviderKind kind,
                     PluginInvoker invoker, Options options, QObject *parent)
    : QObject(parent), m_ws(workspace), m_pluginId(pluginId), m_provider(provider), m_kind(kind), m_invoker(std::move(invoker)),
      m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(Error(ErrorCode::Timeout, StudioTr::tr("No answer came back from the browser within %n minute(s). Start the authorization again "
                                          "and finish signing in at the provider.", nullptr, qMax(1, m_options.callbackTimeoutMs / 60000))));
    });
}

OAuthFlow::OAuthFlow(WorkspaceStore *workspace, const QString &pluginId, const QString &provider, OAuthProviderKind kind,
                     PluginInvoker invoker, QObject *parent)
    : OAuthFlow(workspace, pluginId, provider, kind, std::move(invoker), Options(), parent)
{
}

OAuthFlow::~OAuthFlow() = default;

Result<QUrl> OAuthFlow::listen()
{
    if (m_server && m_server->isListening())
        return m_redirect;
    if (!m_ws)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("No workspace is open."));
    delete m_server;
    m_server = new Net::HttpServer(this);
    // One browser redirect at a time: a small server with the flow's own caps and deadline.
    Net::HttpServerLimits limits;
    limits.maxConnections = 16;
    limits.requestTimeoutMs = 15000;
    limits.request.maxHeaderBytes = m_options.maxRequestBytes;
    limits.request.maxRequestLine = std::min(m_options.maxRequestBytes, 16 * 1024); // long codes and states
    limits.request.maxBodyBytes = m_options.maxRequestBytes; // a redirect has none; allowed, bounded
    limits.maxBufferedBytes = 4LL * m_options.maxRequestBytes;
    m_server->setLimits(limits);
    m_server->setErrorFormatter([](int status, const QString &) -> Net::HttpErrorBody {
        QString title = StudioTr::tr("Bad request");
        QString text = StudioTr::tr("This is not an HTTP request the studio understands.");
        if (status == 413 || status == 414 || status == 431) {
            title = StudioTr::tr("Request too large");
            text = StudioTr::tr("The callback request is larger than the studio accepts.");
        } else if (status == 408) {
            title = StudioTr::tr("Request timed out");
            text = StudioTr::tr("The request did not arrive in time.");
        } else if (status == 503) {
            title = StudioTr::tr("Busy");
            text = StudioTr::tr("The studio is busy; reload this page.");
        }
        return {"text/html; charset=utf-8", callbackPage(title, text)};
    });
    m_server->setHandler([this](Net::HttpExchange *exchange) { handleRequest(exchange); });
    quint16 port = 0;
    const bool remembered = m_options.port < 0;
    if (remembered)
        port = quint16(m_ws->setting(QString::fromLatin1(OAuthRedirectPortSetting)).toInt());
    else
        port = quint16(m_options.port);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (!remembered || port == 0)
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot listen on 127.0.0.1:%1 for the OAuth redirect: %2. Close what uses that port "
                                                "or choose another.")
                                                 .arg(port)
                                                 .arg(m_server->errorString()));
        // The remembered port is taken: use a new one (the provider needs the new redirect URI).
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return Error(ErrorCode::IoError, StudioTr::tr("No loopback port is free for the OAuth redirect: %1").arg(m_server->errorString()));
        Q_EMIT progress(StudioTr::tr("Port %1 is in use; the redirect URI changed to port %2 — register it at the provider.")
                            .arg(port)
                            .arg(m_server->serverPort()));
    }
    if (remembered && m_server->serverPort() != port)
        (void)m_ws->setSetting(QString::fromLatin1(OAuthRedirectPortSetting), QString::number(m_server->serverPort()));
    m_redirect = oauthRedirectUri(m_server->serverPort(), m_pluginId, m_provider, m_kind);
    return m_redirect;
}

void OAuthFlow::start()
{
    if (m_finished || m_waiting)
        return;
    if (!m_invoker) {
        fail(Error(ErrorCode::InvalidInput, StudioTr::tr("The plugin is not running; start it and try again.")));
        return;
    }
    Result<QJsonObject> client = m_ws ? oauthClientParams(*m_ws, m_pluginId, m_provider)
                                      : Result<QJsonObject>(Error(ErrorCode::InvalidInput, StudioTr::tr("No workspace is open.")));
    if (!client) {
        fail(client.error());
        return;
    }
    m_client = client.value();
    Result<QUrl> uri = listen();
    if (!uri) {
        fail(uri.error());
        return;
    }
    Q_EMIT progress(StudioTr::tr("Asking the plugin for the authorization URL…"));
    Runtime::Invocation *inv = m_invoker(Runtime::InvokeRequest::getAuthorizationUrl(m_provider, m_redirect.toString(), m_client));
    whenDone(inv, this, [this](Runtime::Invocation *done) {
        if (m_finished)
            return;
        Result<QJsonObject> a = answer(done, QStringLiteral("authorization_url"), QStringLiteral("get_authorization_url"));
        if (!a) {
            fail(a.error());
            return;
        }
        QUrl url(a->value(QStringLiteral("authorization_url")).toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty()) {
            fail(Error(ErrorCode::InvalidInput,
                       StudioTr::tr("The plugin's authorization URL \"%1\" is not an http(s) URL; check its _oauth_get_authorization_url.")
                           .arg(a->value(QStringLiteral("authorization_url")).toString())));
            return;
        }
        QUrlQuery q(url);
        m_state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        if (m_state.isEmpty()) {
            // The provider echoes `state` back; with none from the plugin the studio sets its own.
            m_state = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 36)
                                          + QByteArray::number(QRandomGenerator::system()->generate64(), 36));
            q.addQueryItem(QStringLiteral("state"), m_state);
            url.setQuery(q);
        }
        m_authUrl = url;
        m_waiting = true;
        m_timeout.start(m_options.callbackTimeoutMs);
        Q_EMIT progress(StudioTr::tr("Waiting for the browser to come back to %1…").arg(m_redirect.toString()));
        Q_EMIT authorizationUrlReady(url);
    });
}

void OAuthFlow::cancel()
{
    if (!m_finished)
        fail(Error(ErrorCode::Cancelled, StudioTr::tr("The authorization was cancelled.")));
}

void OAuthFlow::fail(const Error &e)
{
    if (m_finished)
        return;
    m_error = e;
    m_finished = true;
    m_waiting = false;
    m_timeout.stop();
    if (m_server)
        m_server->close();
    Q_EMIT finished();
}

bool OAuthFlow::waitForFinished(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!m_finished && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        connect(this, &OAuthFlow::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(qMax<qint64>(1, timeoutMs - t.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_finished;
}

void OAuthFlow::reply(Net::HttpExchange *exchange, int status, const QString &title, const QString &text)
{
    // The answer outlives the flow (which may be deleted as soon as it finishes): Net::HttpServer
    // lets an answer that is being written finish after the server is gone.
    exchange->respond(status, {{"Content-Type", "text/html; charset=utf-8"}, {"Cache-Control", "no-store"}},
                      callbackPage(title, text));
}

void OAuthFlow::handleRequest(Net::HttpExchange *socket)
{
    const Net::HttpRequest &request = socket->request();
    // The parser refused anything that is not HTTP/1.x; the raw request goes to the plugin as the
    // browser sent it.
    const QByteArray raw = request.rawHead + request.body;
    const QUrl target(QString::fromLatin1(request.target));
    if (target.path() != m_redirect.path()) {
        reply(socket, 404, StudioTr::tr("Not found"), StudioTr::tr("This is Plugin Studio's OAuth callback; nothing else is served here."));
        return;
    }
    if (request.method != "GET") {
        reply(socket, 405, StudioTr::tr("Method not allowed"), StudioTr::tr("The OAuth callback is a GET request."));
        return;
    }
    if (!m_waiting) {
        reply(socket, 409, StudioTr::tr("No authorization in progress"),
              StudioTr::tr("The studio is not waiting for this sign-in (it finished or was cancelled). Start it again from the studio."));
        return;
    }
    const QUrlQuery q(target);
    if (q.hasQueryItem(QStringLiteral("error"))) {
        const QString why = q.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded) + QLatin1Char(' ')
            + q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        reply(socket, 400, StudioTr::tr("Sign-in refused"), StudioTr::tr("The provider did not authorize the studio: %1").arg(why.trimmed()));
        fail(Error(ErrorCode::PermissionDenied, StudioTr::tr("The provider did not authorize the studio (%1). Try again, and allow the access "
                                                   "the plugin asks for.")
                                                    .arg(why.trimmed())));
        return;
    }
    if (q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        reply(socket, 400, StudioTr::tr("State mismatch"), StudioTr::tr("This callback does not belong to the sign-in the studio started; it was refused."));
        fail(Error(ErrorCode::Unsafe, StudioTr::tr("The OAuth callback's state does not match the authorization request, so it was refused "
                                         "(a stale tab or a forged request). Start the authorization again.")));
        return;
    }
    m_waiting = false;
    m_timeout.stop();
    exchange(socket, raw);
}

void OAuthFlow::exchange(Net::HttpExchange *socket, const QByteArray &raw)
{
    Q_EMIT progress(StudioTr::tr("Exchanging the authorization code with the plugin…"));
    QPointer<Net::HttpExchange> peer(socket);
    Runtime::Invocation *inv = m_invoker(Runtime::InvokeRequest::getOAuthCredentials(m_provider, m_redirect.toString(), m_client, raw));
    whenDone(inv, this, [this, peer](Runtime::Invocation *done) {
        if (m_finished)
            return;
        Result<QJsonObject> a = answer(done, QStringLiteral("credentials"), QStringLiteral("get_credentials"));
        if (a && !a->value(QStringLiteral("credentials")).isObject())
            a = Error(ErrorCode::InvalidInput, StudioTr::tr("The plugin's get_credentials answered \"credentials\" that is not an object."));
        if (!a) {
            if (peer)
                reply(peer, 400, StudioTr::tr("Sign-in failed"), a.error().message);
            fail(a.error());
            return;
        }
        Credential c;
        c.pluginId = m_pluginId;
        c.provider = m_provider;
        c.type = QStringLiteral("oauth2");
        c.values = a->value(QStringLiteral("credentials")).toObject();
        c.expiresAt = a->value(QStringLiteral("expires_at")).toVariant().toLongLong();
        if (!a->contains(QStringLiteral("expires_at")) || a->value(QStringLiteral("expires_at")).isNull())
            c.expiresAt = -1;
        QString name = m_options.credentialName.trimmed();
        if (name.isEmpty())
            name = a->value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            name = QStringLiteral("OAuth");
        c.name = name.left(30);
        Result<Credential> stored = m_ws->addCredential(c);
        if (!stored) {
            if (peer)
                reply(peer, 500, StudioTr::tr("Sign-in not saved"), stored.error().message);
            fail(stored.error());
            return;
        }
        m_credential = stored.value();
        if (peer)
            reply(peer, 200, StudioTr::tr("Signed in"), StudioTr::tr("Plugin Studio received the authorization for %1. You can close this tab.").arg(m_provider));
        m_finished = true;
        if (m_server)
            m_server->close();
        Q_EMIT progress(StudioTr::tr("Authorized: credential \"%1\" saved.").arg(c.name));
        Q_EMIT finished();
    });
}

// ---------------------------------------------------------------- refresh

void ensureFreshCredential(WorkspaceStore *workspace, const Credential &credential, OAuthProviderKind kind, PluginInvoker invoker,
                           const std::function<void(Result<Credential>)> &done, qint64 marginSecs)
{
    auto *context = new QObject; // lives until done is called
    auto finish = [context, done](Result<Credential> r) {
        done(std::move(r));
        context->deleteLater();
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (credential.type != QLatin1String("oauth2") || credential.expiresAt < 0 || credential.expiresAt > now + marginSecs) {
        QTimer::singleShot(0, context, [finish, credential] { finish(credential); });
        return;
    }
    if (!workspace || !invoker) {
        QTimer::singleShot(0, context, [finish] {
            finish(Error(ErrorCode::InvalidInput, StudioTr::tr("The OAuth credential has expired and the plugin is not running to refresh it.")));
        });
        return;
    }
    Result<QJsonObject> client = oauthClientParams(*workspace, credential.pluginId, credential.provider);
    if (!client) {
        const Error e(client.error().code, StudioTr::tr("The OAuth credential \"%1\" has expired and cannot be refreshed: %2")
                                               .arg(credential.name, client.error().message));
        QTimer::singleShot(0, context, [finish, e] { finish(e); });
        return;
    }
    Result<QUrl> redirect = workspaceRedirectUri(*workspace, credential.pluginId, credential.provider, kind);
    if (!redirect) {
        const Error e = redirect.error();
        QTimer::singleShot(0, context, [finish, e] { finish(e); });
        return;
    }
    Runtime::Invocation *inv = invoker(
        Runtime::InvokeRequest::refreshOAuthCredentials(credential.provider, redirect->toString(), client.value(), credential.values));
    whenDone(inv, context, [workspace, credential, finish](Runtime::Invocation *d) {
        Result<QJsonObject> a = answer(d, QStringLiteral("credentials"), QStringLiteral("refresh_credentials"));
        if (a && !a->value(QStringLiteral("credentials")).isObject())
            a = Error(ErrorCode::InvalidInput, StudioTr::tr("The plugin's refresh_credentials answered \"credentials\" that is not an object."));
        if (!a) {
            finish(Error(a.error().code, StudioTr::tr("The OAuth credential \"%1\" has expired and the refresh failed: %2 Authorize again.")
                                             .arg(credential.name, a.error().message)));
            return;
        }
        Credential fresh = credential;
        fresh.values = a->value(QStringLiteral("credentials")).toObject();
        const QJsonValue exp = a->value(QStringLiteral("expires_at"));
        fresh.expiresAt = exp.isDouble() || exp.isString() ? exp.toVariant().toLongLong() : -1;
        if (VoidResult r = workspace->refreshCredential(fresh.id, fresh.values, fresh.expiresAt); !r) {
            finish(r.error());
            return;
        }
        finish(fresh);
    });
}

void credentialForInvocation(WorkspaceStore *workspace, const QString &pluginId, const QString &provider, OAuthProviderKind kind,
                             PluginInvoker invoker, const std::function<void(Result<Credential>)> &done)
{
    Result<QList<Credential>> all = workspace ? workspace->credentials(pluginId, provider)
                                              : Result<QList<Credential>>(Error(ErrorCode::InvalidInput, StudioTr::tr("No workspace is open.")));
    std::optional<Credential> chosen;
    if (all) {
        for (const Credential &c : *all)
            if (c.isDefault)
                chosen = c;
        if (!chosen && !all->isEmpty())
            chosen = all->first();
    }
    if (!chosen) {
        const Error e = all ? Error(ErrorCode::NotFound, StudioTr::tr("%1 / %2 has no stored credential; add one with Configure… or Authorize… on "
                                                             "the Installed plugins page.")
                                                             .arg(pluginId, provider))
                            : all.error();
        auto *context = new QObject;
        QTimer::singleShot(0, context, [context, done, e] {
            done(e);
            context->deleteLater();
        });
        return;
    }
    ensureFreshCredential(workspace, *chosen, kind, std::move(invoker), done);
}

} // namespace Studio::Workspace
