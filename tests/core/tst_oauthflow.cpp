// SPDX-License-Identifier: GPL-3.0-or-later
// OAuthFlow end to end: the SDK-free OAuth fixture plugin (tests/fixtures/runtime/oauth_plugin) runs
// as a real process, the studio's loopback redirect listener is a real TCP server, and the test plays
// the browser with raw HTTP requests; credentials land sealed in a real SQLite workspace.
#include "core/common/fileset.h"
#include "core/plugin/loader.h"
#include "core/runtime/localplugin.h"
#include "core/workspace/oauthflow.h"
#include "tst_runtime_util.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace Studio;
using namespace Studio::Workspace;

namespace {

const QString PluginId = QStringLiteral("studio-tests/oauth_plugin");
const QString Provider = QStringLiteral("oauthdemo");
constexpr qint64 FarFuture = 4102444800;

QString fixture()
{
    return QStringLiteral(STUDIO_FIXTURES "/runtime/oauth_plugin");
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

// One raw HTTP exchange with the loopback listener (the test is the browser).
HttpAnswer rawHttp(quint16 port, const QByteArray &request)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    s.write(request);
    QByteArray all;
    QElapsedTimer t;
    t.start();
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 20000) {
        QTest::qWait(5);
        all += s.readAll();
    }
    all += s.readAll();
    HttpAnswer a;
    const QList<QByteArray> statusLine = all.left(all.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2)
        a.status = statusLine[1].toInt();
    a.body = all.mid(all.indexOf("\r\n\r\n") + 4);
    return a;
}

HttpAnswer browserGet(const QUrl &url)
{
    return rawHttp(quint16(url.port()), "GET " + url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded).toLatin1()
                                            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: studio-test-browser\r\nAccept: text/html\r\n\r\n");
}

QString message(const OAuthFlow &flow)
{
    return flow.error() ? flow.error()->message : QString();
}

QUrl callback(const QUrl &redirect, const QString &code, const QString &state)
{
    QUrl u = redirect;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("code"), code);
    q.addQueryItem(QStringLiteral("state"), state);
    u.setQuery(q);
    return u;
}

} // namespace

class TstOAuthFlow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Runtime::LocalPlugin> plugin;
    int invocations = 0;

    PluginInvoker invoker()
    {
        return [this](const Runtime::InvokeRequest &r) {
            ++invocations;
            return plugin->invoke(r);
        };
    }

    std::unique_ptr<WorkspaceStore> openWs(const QString &dir)
    {
        auto ws = WorkspaceStore::open(dir);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        return std::move(ws.value());
    }

    static OAuthFlow::Options anyPort()
    {
        OAuthFlow::Options o;
        o.port = 0;
        return o;
    }

    // Runs the flow up to the authorization URL; returns false when it did not get there.
    bool toAuthorizationUrl(OAuthFlow &flow)
    {
        QSignalSpy ready(&flow, &OAuthFlow::authorizationUrlReady);
        flow.start();
        QElapsedTimer t;
        t.start();
        while (ready.isEmpty() && !flow.isFinished() && t.elapsed() < 20000)
            QTest::qWait(5);
        return !ready.isEmpty();
    }

private slots:
    void initTestCase()
    {
        plugin = std::make_unique<Runtime::LocalPlugin>(fixture(), RuntimeTest::fastOptions(), nullptr);
        plugin->start();
        QVERIFY2(RuntimeTest::waitActive(*plugin), qPrintable(plugin->lastError()));
    }

    void cleanupTestCase() { plugin.reset(); }

    void providersAndRedirectUri()
    {
        const DirectoryFileSet files(fixture());
        const Plugin::LoadResult loaded = Plugin::loadPlugin(files);
        QVERIFY2(loaded.ok, qPrintable(loaded.firstError()));
        const QList<OAuthProviderInfo> providers = oauthProviders(loaded.declaration);
        QCOMPARE(providers.size(), 1);
        QCOMPARE(providers.first().provider, Provider);
        QCOMPARE(providers.first().kind, OAuthProviderKind::Tool);
        QCOMPARE(providers.first().clientSchema.size(), 2);
        QCOMPARE(providers.first().credentialsSchema.size(), 2);

        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        auto first = workspaceRedirectUri(*ws, PluginId, Provider, OAuthProviderKind::Tool);
        QVERIFY(first);
        QCOMPARE(first->host(), QStringLiteral("127.0.0.1"));
        QVERIFY(first->port() > 0);
        QCOMPARE(first->path(), QStringLiteral("/oauth/plugin/studio-tests/oauth_plugin/oauthdemo/tool/callback"));
        // The port is remembered so the URI registered at the provider stays valid.
        auto again = workspaceRedirectUri(*ws, PluginId, Provider, OAuthProviderKind::Tool);
        QCOMPARE(again.value(), first.value());
        QCOMPARE(oauthRedirectUri(8080, PluginId, Provider, OAuthProviderKind::Datasource).toString(),
                 QStringLiteral("http://127.0.0.1:8080/oauth/plugin/studio-tests/oauth_plugin/oauthdemo/datasource/callback"));
    }

    void rememberedPortTakenFallsBack()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        QVERIFY(ws->setOAuthClient(PluginId, Provider,
                                   {{QStringLiteral("client_id"), QStringLiteral("cid")}, {QStringLiteral("client_secret"), QStringLiteral("s3cret")}},
                                   true));
        const QUrl remembered = workspaceRedirectUri(*ws, PluginId, Provider, OAuthProviderKind::Tool).value();
        QTcpServer squatter; // something else took the port since
        QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(remembered.port())));
        OAuthFlow flow(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker());
        QSignalSpy progress(&flow, &OAuthFlow::progress);
        auto uri = flow.listen();
        QVERIFY2(uri, uri ? "" : qPrintable(uri.error().message));
        QVERIFY(uri->port() != remembered.port());
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.first().first().toString().contains(QStringLiteral("register it at the provider")),
                 qPrintable(progress.first().first().toString()));
        // The new port is remembered for the next sign-in and for refreshes.
        QCOMPARE(workspaceRedirectUri(*ws, PluginId, Provider, OAuthProviderKind::Tool).value(), uri.value());

        // A fixed port that is taken is an error that says so.
        OAuthFlow::Options fixed;
        fixed.port = squatter.serverPort();
        OAuthFlow pinned(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), fixed);
        auto refused = pinned.listen();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::IoError);
    }

    void clientSettingsAreNeeded()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        {
            OAuthFlow flow(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), anyPort());
            flow.start();
            QVERIFY(flow.waitForFinished(5000));
            QVERIFY2(flow.error(), "the flow should have failed");
            QCOMPARE(flow.error()->code, ErrorCode::NotFound);
            QVERIFY2(flow.error()->message.contains(QStringLiteral("OAuth client")), qPrintable(flow.error()->message));
        }
        QVERIFY(ws->setOAuthClient(PluginId, Provider, {{QStringLiteral("client_id"), QStringLiteral("cid")}}, false));
        OAuthFlow flow(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), anyPort());
        flow.start();
        QVERIFY(flow.waitForFinished(5000));
        QVERIFY2(flow.error(), "the flow should have failed");
        QCOMPARE(flow.error()->code, ErrorCode::InvalidInput);
        QVERIFY2(flow.error()->message.contains(QStringLiteral("switched off")), qPrintable(flow.error()->message));

        // Saved settings read back with their switch; remove deletes them.
        auto s = ws->oauthClientSettings(PluginId, Provider);
        QVERIFY(s && s->has_value());
        QCOMPARE((*s)->enabled, false);
        QCOMPARE((*s)->params.value(QStringLiteral("client_id")).toString(), QStringLiteral("cid"));
        QVERIFY(ws->removeOAuthClient(PluginId, Provider));
        QVERIFY(!ws->oauthClientSettings(PluginId, Provider)->has_value());
    }

    void pluginErrorIsReported()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        // No client secret: the plugin's get_authorization_url raises.
        QVERIFY(ws->setOAuthClient(PluginId, Provider, {{QStringLiteral("client_id"), QStringLiteral("cid")}}, true));
        OAuthFlow flow(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), anyPort());
        flow.start();
        QVERIFY(flow.waitForFinished(20000));
        QVERIFY(flow.error());
        QVERIFY2(flow.error()->message.contains(QStringLiteral("get_authorization_url"))
                     && flow.error()->message.contains(QStringLiteral("client_id and client_secret")),
                 qPrintable(flow.error()->message));
    }

    void authorizeStoresSealedCredential()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        QVERIFY(ws->setOAuthClient(PluginId, Provider,
                                   {{QStringLiteral("client_id"), QStringLiteral("cid-1")}, {QStringLiteral("client_secret"), QStringLiteral("s3cret")}},
                                   true));
        OAuthFlow flow(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), anyPort());
        auto redirect = flow.listen();
        QVERIFY(redirect);
        QVERIFY(toAuthorizationUrl(flow));
        const QUrl auth = flow.authorizationUrl();
        QCOMPARE(auth.host(), QStringLiteral("auth.example.test"));
        const QUrlQuery q(auth);
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirect->toString());
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("cid-1"));
        const QString state = q.queryItemValue(QStringLiteral("state"));
        QVERIFY(state.startsWith(QStringLiteral("st-")));
        QCOMPARE(flow.expectedState(), state); // the plugin's own state is the one checked

        // Requests that are not the callback are answered and change nothing.
        QUrl other = redirect.value();
        other.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(browserGet(other).status, 404);
        QCOMPARE(rawHttp(quint16(redirect->port()), "garbage that is not http\r\n\r\n").status, 400);
        QCOMPARE(rawHttp(quint16(redirect->port()), "POST " + redirect->path().toLatin1() + " HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi").status,
                 405);
        // An oversized request is cut off: a request line over 16 KiB is 414, a head over the
        // 64 KiB the flow accepts 431 (the server drains what the client still sends, so the answer
        // arrives instead of a reset).
        QCOMPARE(rawHttp(quint16(redirect->port()), "GET /" + QByteArray(70000, 'a') + " HTTP/1.1\r\n\r\n").status, 414);
        QByteArray fat = "GET " + redirect->path().toLatin1() + " HTTP/1.1\r\n";
        for (int i = 0; i < 10; ++i)
            fat += "X-" + QByteArray::number(i) + ": " + QByteArray(7000, 'v') + "\r\n";
        QCOMPARE(rawHttp(quint16(redirect->port()), fat + "\r\n").status, 431);
        // Smuggling framing is refused here too.
        QCOMPARE(rawHttp(quint16(redirect->port()), "GET " + redirect->path().toLatin1()
                                                        + " HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                     .status,
                 400);
        QVERIFY(!flow.isFinished());

        // The provider sends the browser back with a code and the state.
        const HttpAnswer page = browserGet(callback(redirect.value(), QStringLiteral("abc"), state));
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains("Signed in"), page.body.constData());
        QVERIFY(flow.waitForFinished(20000));
        QVERIFY2(!flow.error(), qPrintable(message(flow)));
        QVERIFY(flow.credential());
        QCOMPARE(flow.credential()->type, QStringLiteral("oauth2"));

        auto creds = ws->credentials(PluginId, Provider);
        QVERIFY(creds);
        QCOMPARE(creds->size(), 1);
        const Credential c = creds->first();
        QCOMPARE(c.type, QStringLiteral("oauth2"));
        QCOMPARE(c.name, QStringLiteral("fixture user abc"));
        QCOMPARE(c.expiresAt, FarFuture);
        QCOMPARE(c.values.value(QStringLiteral("access_token")).toString(), QStringLiteral("at-abc"));
        QVERIFY(c.isDefault);

        // Sealed at rest: the token is not in the database file, and a new store still reads it.
        ws.reset();
        QFile db(dir.path() + QStringLiteral("/workspace.db"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray raw = db.readAll();
        QVERIFY(!raw.contains("at-abc"));
        QVERIFY(!raw.contains("s3cret"));
        ws = openWs(dir.path());
        QCOMPARE(ws->credentials(PluginId, Provider)->first().values.value(QStringLiteral("refresh_token")).toString(),
                 QStringLiteral("rt-abc"));

        // Once finished, a late callback is refused.
        QCOMPARE(browserGet(callback(redirect.value(), QStringLiteral("late"), state)).status, 0); // listener closed
    }

    void stateMismatchIsRefused()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        QVERIFY(ws->setOAuthClient(PluginId, Provider,
                                   {{QStringLiteral("client_id"), QStringLiteral("cid-2")}, {QStringLiteral("client_secret"), QStringLiteral("s3cret")}},
                                   true));
        OAuthFlow flow(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), anyPort());
        QVERIFY(toAuthorizationUrl(flow));
        const int before = invocations;
        const HttpAnswer page = browserGet(callback(flow.redirectUri(), QStringLiteral("abc"), QStringLiteral("st-forged")));
        QCOMPARE(page.status, 400);
        QVERIFY(page.body.contains("State mismatch"));
        QVERIFY(flow.waitForFinished(5000));
        QVERIFY2(flow.error(), "the flow should have failed");
        QCOMPARE(flow.error()->code, ErrorCode::Unsafe);
        QVERIFY2(flow.error()->message.contains(QStringLiteral("state does not match")), qPrintable(flow.error()->message));
        QCOMPARE(invocations, before); // get_credentials never ran
        QVERIFY(ws->credentials(PluginId, Provider)->isEmpty());
    }

    void providerRefusalAndCancel()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        QVERIFY(ws->setOAuthClient(PluginId, Provider,
                                   {{QStringLiteral("client_id"), QStringLiteral("cid-3")}, {QStringLiteral("client_secret"), QStringLiteral("s3cret")}},
                                   true));
        {
            OAuthFlow flow(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), anyPort());
            QVERIFY(toAuthorizationUrl(flow));
            QUrl u = flow.redirectUri();
            u.setQuery(QStringLiteral("error=access_denied&error_description=User%20said%20no&state=") + flow.expectedState());
            QCOMPARE(browserGet(u).status, 400);
            QVERIFY(flow.waitForFinished(5000));
            QVERIFY2(flow.error(), "the flow should have failed");
            QCOMPARE(flow.error()->code, ErrorCode::PermissionDenied);
            QVERIFY2(flow.error()->message.contains(QStringLiteral("User said no")), qPrintable(flow.error()->message));
        }
        {
            OAuthFlow::Options o = anyPort();
            o.callbackTimeoutMs = 300;
            OAuthFlow flow(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), o);
            QVERIFY(toAuthorizationUrl(flow));
            QVERIFY(flow.waitForFinished(5000));
            QVERIFY2(flow.error(), "the flow should have failed");
            QCOMPARE(flow.error()->code, ErrorCode::Timeout);
        }
        OAuthFlow flow(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), anyPort());
        QVERIFY(toAuthorizationUrl(flow));
        flow.cancel();
        QVERIFY2(flow.error(), "the flow should have failed");
        QCOMPARE(flow.error()->code, ErrorCode::Cancelled);
        QVERIFY(ws->credentials(PluginId, Provider)->isEmpty());
    }

    void expiredCredentialsAreRefreshed()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        QVERIFY(ws->setOAuthClient(PluginId, Provider,
                                   {{QStringLiteral("client_id"), QStringLiteral("cid-4")}, {QStringLiteral("client_secret"), QStringLiteral("s3cret")}},
                                   true));
        OAuthFlow::Options o; // the workspace's remembered port, as the studio uses it
        o.credentialName = QStringLiteral("short-lived");
        OAuthFlow flow(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), o);
        QVERIFY(toAuthorizationUrl(flow));
        QCOMPARE(flow.redirectUri(), workspaceRedirectUri(*ws, PluginId, Provider, OAuthProviderKind::Tool).value());
        QCOMPARE(browserGet(callback(flow.redirectUri(), QStringLiteral("short1"), flow.expectedState())).status, 200);
        QVERIFY(flow.waitForFinished(20000));
        QVERIFY2(!flow.error(), qPrintable(message(flow)));
        Credential c = ws->credentials(PluginId, Provider)->first();
        QCOMPARE(c.name, QStringLiteral("short-lived"));
        QCOMPARE(c.expiresAt, qint64(1)); // already past

        std::optional<Result<Credential>> got;
        ensureFreshCredential(ws.get(), c, OAuthProviderKind::Tool, invoker(), [&](Result<Credential> r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY2(got->hasValue(), qPrintable(got->hasValue() ? QString() : got->error().message));
        QCOMPARE(got->value().values.value(QStringLiteral("access_token")).toString(), QStringLiteral("at-refreshed-1"));
        QCOMPARE(got->value().expiresAt, FarFuture);
        c = ws->credentials(PluginId, Provider)->first();
        QCOMPARE(c.values.value(QStringLiteral("access_token")).toString(), QStringLiteral("at-refreshed-1"));
        QCOMPARE(c.expiresAt, FarFuture);

        // Before an invocation: the provider's default credential, fresh.
        QVERIFY(ws->refreshCredential(c.id, c.values, 2)); // expired again
        got.reset();
        credentialForInvocation(ws.get(), PluginId, Provider, OAuthProviderKind::Tool, invoker(), [&](Result<Credential> r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY2(got->hasValue(), qPrintable(got->hasValue() ? QString() : got->error().message));
        QCOMPARE(got->value().values.value(QStringLiteral("access_token")).toString(), QStringLiteral("at-refreshed-2"));
        c = ws->credentials(PluginId, Provider)->first();
        QCOMPARE(c.expiresAt, FarFuture);
        got.reset();
        credentialForInvocation(ws.get(), PluginId, QStringLiteral("nosuchprovider"), OAuthProviderKind::Tool, invoker(),
                                [&](Result<Credential> r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QVERIFY(!got->hasValue());
        QCOMPARE(got->error().code, ErrorCode::NotFound);

        // Still valid: used as it is, the plugin is not called.
        const int before = invocations;
        got.reset();
        ensureFreshCredential(ws.get(), c, OAuthProviderKind::Tool, invoker(), [&](Result<Credential> r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QCOMPARE(got->value().values.value(QStringLiteral("access_token")).toString(), QStringLiteral("at-refreshed-2"));
        QCOMPARE(invocations, before);

        // A refresh the plugin refuses (wrong client secret) says to authorize again; nothing is lost.
        QVERIFY(ws->refreshCredential(c.id, c.values, 5));
        QVERIFY(ws->setOAuthClient(PluginId, Provider,
                                   {{QStringLiteral("client_id"), QStringLiteral("cid-4")}, {QStringLiteral("client_secret"), QStringLiteral("wrong")}},
                                   true));
        c = ws->credentials(PluginId, Provider)->first();
        got.reset();
        ensureFreshCredential(ws.get(), c, OAuthProviderKind::Tool, invoker(), [&](Result<Credential> r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(!got->hasValue());
        QVERIFY2(got->error().message.contains(QStringLiteral("Authorize again"))
                     && got->error().message.contains(QStringLiteral("client secret is wrong")),
                 qPrintable(got->error().message));
        QCOMPARE(ws->credentials(PluginId, Provider)->first().values.value(QStringLiteral("access_token")).toString(),
                 QStringLiteral("at-refreshed-2"));
    }
};

QTEST_GUILESS_MAIN(TstOAuthFlow)
#include "tst_oauthflow.moc"
