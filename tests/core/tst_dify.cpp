// SPDX-License-Identifier: GPL-3.0-or-later
// core/dify against a loopback stand-in for Dify's console API (tst_dify_standin.h): signing in
// (cookies + CSRF, the Base64 password and its fallback, the bearer variant), the errors a user
// meets (wrong password, lock-out, too old, SSO only, unreachable, web pages, 500s, rate limits,
// missing permissions), tokens sealed in a real workspace, refresh mid-operation, plugin list and
// updates, upload + install followed to the end, failed tasks, uploads cut off, permissions and
// the debugging key.

#include "tst_dify_standin.h"

#include "core/dify/connection.h"
#include "core/dify/remote.h"
#include "core/dify/signin.h"
#include "core/workspace/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio;
using namespace Studio::Dify;
using TestSupport::DifyStandIn;
using TestSupport::FakeResponse;

namespace {

template<typename T>
Outcome<T> wait(const std::function<void(const Done<T> &)> &start, int ms = 15000)
{
    std::optional<Outcome<T>> out;
    start([&out](const Outcome<T> &r) { out = r; });
    const bool ok = QTest::qWaitFor([&out] { return out.has_value(); }, ms);
    if (!ok) {
        ConsoleError e;
        e.message = QStringLiteral("test: no answer in time");
        return e;
    }
    return *out;
}

struct Signed
{
    std::optional<ConsoleError> error;
    SignInResult result;
    QStringList steps;
};

Signed signIn(const DifyStandIn &dify, const QString &password, const QString &workspace = {}, const QString &address = {})
{
    SignIn s;
    Signed out;
    QObject::connect(&s, &SignIn::step, [&out](const QString &t) { out.steps << t; });
    QSignalSpy done(&s, &SignIn::finished);
    s.start({address.isEmpty() ? dify.url().toString() : address, dify.email, password, workspace, QStringLiteral("local")});
    if (!done.wait(20000)) {
        ConsoleError e;
        e.message = QStringLiteral("test: sign-in did not finish");
        out.error = e;
        return out;
    }
    out.error = s.error();
    out.result = s.result();
    return out;
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (int i = 0; i < n; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b[i] = char(x & 0xff);
    }
    return b;
}

} // namespace

class TestDify : public QObject
{
    Q_OBJECT

private slots:
    void debugEnvKeepsOtherLinesAndRefusesHugeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".env"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("OPENAI_KEY=keep\nREMOTE_INSTALL_KEY=old\nINSTALL_METHOD=local\n");
        f.close();
        QVERIFY(Dify::writeRemoteDebugEnv(path, QStringLiteral("127.0.0.1:5003"), QStringLiteral("k1")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("OPENAI_KEY=keep\nINSTALL_METHOD=remote\nREMOTE_INSTALL_URL=127.0.0.1:5003\n"
                                         "REMOTE_INSTALL_KEY=k1\n"));
        f.close();
        // Over 1 MiB: refused, the file untouched (never cut to the first MiB).
        const QByteArray huge = QByteArray("A=1\n").repeated(300000);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(huge);
        f.close();
        const auto r = Dify::writeRemoteDebugEnv(path, QStringLiteral("127.0.0.1:5003"), QStringLiteral("k2"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TooLarge);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), huge);
    }

    void addresses();
    void signInCookies();
    void signInPlainPasswordFallback();
    void signInBearer();
    void signInErrors();
    void signInChoosesWorkspace();
    void tokensSealedInWorkspace();
    void refreshMidOperation();
    void sessionEnds();
    void listAndUpdates();
    void uploadInstallFollow();
    void failedTaskIsNotInstalled();
    void badAnswers();
    void uploadCutOff();
    void permissionsAndDebuggingKey();

private:
    std::unique_ptr<Remote> remoteFor(DifyStandIn &dify, ConnectionStore *store = nullptr)
    {
        const Signed s = signIn(dify, dify.password);
        if (s.error) {
            qWarning() << s.error->message;
            return nullptr;
        }
        Connection c = s.result.connection;
        c.name = QStringLiteral("local");
        return std::make_unique<Remote>(c, s.result.tokens, nullptr, store);
    }
};

void TestDify::addresses()
{
    QCOMPARE(ConsoleClient::consoleApiUrl(QStringLiteral("https://dify.example.com"))->toString(),
             QStringLiteral("https://dify.example.com/console/api"));
    QCOMPARE(ConsoleClient::consoleApiUrl(QStringLiteral("dify.example.com/apps"))->toString(),
             QStringLiteral("https://dify.example.com/console/api"));
    QCOMPARE(ConsoleClient::consoleApiUrl(QStringLiteral("http://localhost:8080/console/api/"))->toString(),
             QStringLiteral("http://localhost:8080/console/api"));
    QCOMPARE(ConsoleClient::consoleApiUrl(QStringLiteral("http://10.0.0.5/dify/signin"))->toString(),
             QStringLiteral("http://10.0.0.5/dify/console/api"));
    QVERIFY(!ConsoleClient::consoleApiUrl(QStringLiteral("ftp://x")));
    QVERIFY(!ConsoleClient::consoleApiUrl(QStringLiteral("https://me:pw@dify.example.com")));
    QVERIFY(!ConsoleClient::consoleApiUrl(QString()));
    QVERIFY(versionAtLeast(QStringLiteral("1.11.1"), QStringLiteral("1.11.0")));
    QVERIFY(!versionAtLeast(QStringLiteral("0.15.3"), QStringLiteral("1.0.0")));
    QVERIFY(!versionAtLeast(QStringLiteral("nightly"), QStringLiteral("1.0.0")));
    QVERIFY(jwtExpiry(QString::fromLatin1(DifyStandIn::jwt(2000000000, QStringLiteral("x")))).isValid());
    QVERIFY(!jwtExpiry(QStringLiteral("not.a.jwt")).isValid());
}

void TestDify::signInCookies()
{
    DifyStandIn dify;
    dify.hostPrefix = true; // __Host- names, as on https
    QVERIFY(dify.start());
    const Signed s = signIn(dify, dify.password);
    QVERIFY2(!s.error, qPrintable(s.error ? s.error->message : QString()));
    QCOMPARE(s.result.tokens.mode, AuthMode::Cookie);
    QVERIFY(s.result.passwordEncoded);
    QCOMPARE(s.result.tokens.accessCookie, QByteArray("__Host-access_token"));
    QVERIFY(!s.result.tokens.csrfToken.isEmpty());
    QVERIFY(!s.result.tokens.refreshToken.isEmpty());
    QCOMPARE(s.result.tokens.otherCookies.size(), 1); // the load balancer's cookie is kept
    QCOMPARE(s.result.connection.difyVersion, QStringLiteral("1.11.1"));
    QCOMPARE(s.result.connection.workspace.name, QStringLiteral("Main"));
    QCOMPARE(s.result.connection.workspace.role, QStringLiteral("owner"));
    QCOMPARE(s.result.connection.accountName, QStringLiteral("Dev"));
    QCOMPARE(s.result.workspaces.size(), 2);
    QVERIFY(s.steps.size() >= 3);
    QCOMPARE(dify.csrfRefusals, 0);
    // Every signed-in request echoed the CSRF cookie, GET included.
    int signedInRequests = 0;
    for (const auto &r : dify.requests()) {
        if (r.path.endsWith("/workspaces") || r.path.endsWith("/account/profile")) {
            ++signedInRequests;
            QVERIFY(!r.headers.value("x-csrf-token").isEmpty());
            QVERIFY(r.headers.value("cookie").contains(QByteArray("__Host-csrf_token=" + r.headers.value("x-csrf-token"))));
            QVERIFY(r.headers.value("cookie").contains("lb_affinity=node-7"));
        }
    }
    QCOMPARE(signedInRequests, 2);
    // The password did not travel as typed.
    for (const auto &r : dify.requests())
        if (r.path.endsWith("/login"))
            QVERIFY(!r.body.contains(dify.password.toUtf8()));
}

void TestDify::signInPlainPasswordFallback()
{
    {
        // A Dify that says it is 1.10: the password goes as typed at once.
        DifyStandIn dify;
        dify.version = QStringLiteral("1.10.1");
        dify.encodedPassword = false;
        QVERIFY(dify.start());
        const Signed s = signIn(dify, dify.password);
        QVERIFY2(!s.error, qPrintable(s.error ? s.error->message : QString()));
        QVERIFY(!s.result.passwordEncoded);
        QCOMPARE(dify.logins, 1);
    }
    {
        // A Dify that claims 1.11 but takes the plain password: "Invalid encrypted data" once.
        DifyStandIn dify;
        dify.version = QStringLiteral("1.11.0");
        dify.encodedPassword = true;
        dify.password = QStringLiteral("pl@in pass"); // not valid Base64 when sent as typed
        QVERIFY(dify.start());
        const Signed s = signIn(dify, dify.password);
        QVERIFY2(!s.error, qPrintable(s.error ? s.error->message : QString()));
        QVERIFY(s.result.passwordEncoded);
    }
}

void TestDify::signInBearer()
{
    DifyStandIn dify;
    dify.mode = DifyStandIn::Mode::Bearer;
    dify.version = QStringLiteral("1.5.0");
    dify.encodedPassword = false;
    QVERIFY(dify.start());
    const Signed s = signIn(dify, dify.password);
    QVERIFY2(!s.error, qPrintable(s.error ? s.error->message : QString()));
    QCOMPARE(s.result.tokens.mode, AuthMode::Bearer);
    QVERIFY(s.result.tokens.csrfToken.isEmpty());
    bool sawBearer = false;
    for (const auto &r : dify.requests())
        if (r.path.endsWith("/account/profile"))
            sawBearer = r.headers.value("authorization").startsWith("Bearer ") && !r.headers.contains("x-csrf-token");
    QVERIFY(sawBearer);
    // Expired mid-work: the refresh takes {"refresh_token"} in the body.
    Connection c = s.result.connection;
    c.name = QStringLiteral("old");
    Remote remote(c, s.result.tokens, nullptr, nullptr);
    dify.addPlugins(3);
    dify.expireAccessTokens();
    const auto list = wait<QList<RemotePlugin>>([&](const auto &d) { remote.listPlugins(d); });
    QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
    QCOMPARE(list->size(), 3);
    QCOMPARE(dify.refreshes, 1);
    // Wrong password on that generation: 400 email_or_password_mismatch.
    const Signed bad = signIn(dify, QStringLiteral("nope"));
    QVERIFY(bad.error);
    QCOMPARE(bad.error->kind, ConsoleErrorKind::WrongPassword);
}

void TestDify::signInErrors()
{
    DifyStandIn dify;
    QVERIFY(dify.start());
    // Wrong password.
    Signed s = signIn(dify, QStringLiteral("wrong"));
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, ConsoleErrorKind::WrongPassword);
    QVERIFY2(s.error->message.contains(QLatin1String("password")), qPrintable(s.error->message));
    // Locked after more than 5 failures: even the right password is refused, and said so.
    for (int i = 0; i < 5; ++i)
        signIn(dify, QStringLiteral("wrong"));
    s = signIn(dify, dify.password);
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, ConsoleErrorKind::LoginLocked);
    QVERIFY2(s.error->message.contains(QLatin1String("Wait")), qPrintable(s.error->message));

    // Too old for plugins.
    DifyStandIn old;
    old.version = QStringLiteral("0.15.3");
    QVERIFY(old.start());
    s = signIn(old, old.password);
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, ConsoleErrorKind::TooOld);
    QVERIFY2(s.error->message.contains(QLatin1String("0.15.3")) && s.error->message.contains(QLatin1String("1.0")),
             qPrintable(s.error->message));
    QCOMPARE(old.logins, 0); // the password was never sent to it

    // SSO only.
    DifyStandIn sso;
    sso.passwordLogin = false;
    QVERIFY(sso.start());
    s = signIn(sso, sso.password);
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, ConsoleErrorKind::PasswordLoginOff);

    // Unreachable: a port nobody listens on.
    DifyStandIn gone;
    QVERIFY(gone.start());
    const QUrl url = gone.url();
    gone.stop();
    s = signIn(gone, gone.password, {}, url.toString());
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, ConsoleErrorKind::Unreachable);
    QVERIFY2(s.error->message.contains(QLatin1String("Cannot reach")), qPrintable(s.error->message));

    // A web page where the console API should be (the address of something else).
    DifyStandIn page;
    FakeResponse html;
    html.contentType = "text/html";
    html.body = "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body>hi</body></html>";
    page.fault("GET", QStringLiteral("/system-features"), html);
    QVERIFY(page.start());
    s = signIn(page, page.password);
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, ConsoleErrorKind::NotJson);
    QVERIFY2(s.error->message.contains(QLatin1String("Welcome to nginx!")), qPrintable(s.error->message));

    // Rate limited with Retry-After.
    DifyStandIn busy;
    FakeResponse limited;
    limited.status = 429;
    limited.body = R"({"code":"too_many_requests","message":"Too many requests.","status":429})";
    limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("42")));
    busy.fault("GET", QStringLiteral("/workspaces"), limited);
    QVERIFY(busy.start());
    s = signIn(busy, busy.password);
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, ConsoleErrorKind::RateLimited);
    QCOMPARE(s.error->retryAfterSec, 42);
    QVERIFY2(s.error->message.contains(QLatin1String("42 s")), qPrintable(s.error->message));
}

void TestDify::signInChoosesWorkspace()
{
    DifyStandIn dify;
    QVERIFY(dify.start());
    Signed s = signIn(dify, dify.password, QStringLiteral("staging"));
    QVERIFY2(!s.error, qPrintable(s.error ? s.error->message : QString()));
    QCOMPARE(s.result.connection.workspace.name, QStringLiteral("Staging"));
    QCOMPARE(dify.currentTenant, dify.workspaces.at(1).id);
    s = signIn(dify, dify.password, QStringLiteral("Nowhere"));
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, ConsoleErrorKind::NotFound);
    QVERIFY2(s.error->message.contains(QLatin1String("Main")), qPrintable(s.error->message));
}

void TestDify::tokensSealedInWorkspace()
{
    DifyStandIn dify;
    QVERIFY(dify.start());
    const Signed s = signIn(dify, dify.password);
    QVERIFY(!s.error);
    QTemporaryDir dir;
    auto ws = Workspace::WorkspaceStore::open(dir.path());
    QVERIFY(ws);
    ConnectionStore store(ws->get());
    Connection c = s.result.connection;
    c.name = store.suggestName(c.apiUrl);
    QVERIFY(ConnectionStore::isValidName(c.name));
    QVERIFY(store.save(c));
    QVERIFY(store.saveTokens(c.name, s.result.tokens));
    QCOMPARE(store.currentName(), c.name);
    Connection second = c;
    second.name = QStringLiteral("staging");
    QVERIFY(store.save(second));
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(store.currentName(), c.name); // the first one stays current
    QVERIFY(store.setCurrent(QStringLiteral("staging")));
    QCOMPARE(store.current()->name, QStringLiteral("staging"));
    QVERIFY(!store.setCurrent(QStringLiteral("nope")));
    const auto t = store.tokens(c.name);
    QVERIFY(t);
    QCOMPARE(t->accessToken, s.result.tokens.accessToken);
    QCOMPARE(t->csrfToken, s.result.tokens.csrfToken);
    // No token is readable in the workspace's files.
    ws->reset();
    for (const QString &f : QDir(dir.path()).entryList(QDir::Files)) {
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(s.result.tokens.refreshToken.toLatin1()), qPrintable(f));
        QVERIFY2(!bytes.contains(s.result.tokens.accessToken.toLatin1()), qPrintable(f));
    }
    auto again = Workspace::WorkspaceStore::open(dir.path());
    QVERIFY(again);
    ConnectionStore reopened(again->get());
    QCOMPARE(reopened.tokens(c.name)->refreshToken, s.result.tokens.refreshToken);
    QVERIFY(reopened.clearTokens(c.name));
    QVERIFY(reopened.tokens(c.name)->isEmpty());
    QVERIFY(reopened.find(c.name)); // signed out, still kept
    QVERIFY(reopened.remove(QStringLiteral("staging")));
    QCOMPARE(reopened.currentName(), c.name);
}

void TestDify::refreshMidOperation()
{
    DifyStandIn dify;
    QVERIFY(dify.start());
    QTemporaryDir dir;
    auto ws = Workspace::WorkspaceStore::open(dir.path());
    QVERIFY(ws);
    ConnectionStore store(ws->get());
    auto remote = remoteFor(dify, &store);
    QVERIFY(remote);
    QVERIFY(store.save(remote->connection()));
    QVERIFY(store.saveTokens(QStringLiteral("local"), remote->client()->tokens()));
    dify.addPlugins(5);
    const QString before = remote->client()->tokens().accessToken;
    // The server ends the tokens while the client still thinks they are good: 401, one refresh
    // shared by the three calls in flight, then each is sent again.
    dify.expireAccessTokens();
    std::optional<Outcome<QList<RemotePlugin>>> a, b;
    std::optional<Outcome<PluginPermissions>> c;
    remote->listPlugins([&](const auto &r) { a = r; });
    remote->listPlugins([&](const auto &r) { b = r; });
    remote->permissions([&](const auto &r) { c = r; });
    QVERIFY(QTest::qWaitFor([&] { return a && b && c; }, 15000));
    QVERIFY2(*a && *b && *c, qPrintable(!*a ? a->error().message : !*c ? c->error().message : QString()));
    QCOMPARE(dify.refreshes, 1);
    QVERIFY(remote->client()->tokens().accessToken != before);
    // The renewed tokens were sealed at once.
    QCOMPARE(store.tokens(QStringLiteral("local"))->accessToken, remote->client()->tokens().accessToken);

    // Tokens whose own expiry has passed are refreshed before the request is sent (no 401).
    dify.accessTtlSecs = 5; // within the client's slack
    dify.expireAccessTokens();
    const auto l = wait<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    QVERIFY(l);
    QCOMPARE(dify.refreshes, 2);
    const int refusalsBefore = dify.requests().size();
    const auto l2 = wait<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    QVERIFY2(l2, qPrintable(l2 ? QString() : l2.error().message));
    QCOMPARE(dify.refreshes, 3); // still inside the slack: refreshed first again
    int unauthorised = 0;
    for (qsizetype i = refusalsBefore; i < dify.requests().size(); ++i)
        unauthorised += dify.requests().at(i).path.endsWith("/plugin/list") ? 1 : 0;
    QCOMPARE(unauthorised, 1); // sent once, no 401 round trip
}

void TestDify::sessionEnds()
{
    DifyStandIn dify;
    QVERIFY(dify.start());
    QTemporaryDir dir;
    auto ws = Workspace::WorkspaceStore::open(dir.path());
    QVERIFY(ws);
    ConnectionStore store(ws->get());
    auto remote = remoteFor(dify, &store);
    QVERIFY(remote);
    QVERIFY(store.save(remote->connection()));
    QVERIFY(store.saveTokens(QStringLiteral("local"), remote->client()->tokens()));
    QSignalSpy out(remote.get(), &Remote::signedOut);
    dify.expireAccessTokens();
    dify.revokeRefreshTokens();
    const auto l = wait<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    QVERIFY(!l);
    QCOMPARE(l.error().kind, ConsoleErrorKind::SignInRequired);
    QVERIFY2(l.error().message.contains(QLatin1String("sign in again")), qPrintable(l.error().message));
    QCOMPARE(out.size(), 1);
    QVERIFY(store.tokens(QStringLiteral("local"))->isEmpty()); // marked signed out
    QVERIFY(!remote->isSignedIn());
    const auto again = wait<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ConsoleErrorKind::SignInRequired);

    // Signing out on purpose revokes the refresh token on the server.
    auto second = remoteFor(dify);
    QVERIFY(second);
    const auto so = wait<Nothing>([&](const auto &d) { second->signOut(d); });
    QVERIFY2(so, qPrintable(so ? QString() : so.error().message));
    QVERIFY(!second->isSignedIn());
}

void TestDify::listAndUpdates()
{
    DifyStandIn dify;
    QVERIFY(dify.start());
    auto remote = remoteFor(dify);
    QVERIFY(remote);
    dify.addPlugins(300);        // more than one page of 256
    dify.addPlugins(2, QStringLiteral("github"));
    const auto list = wait<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
    QCOMPARE(list->size(), 302);
    const RemotePlugin &first = list->first();
    QCOMPARE(first.pluginId, QStringLiteral("langgenius/plugin_0"));
    QCOMPARE(first.source, QStringLiteral("marketplace"));
    QCOMPARE(first.category, QStringLiteral("tool"));
    QVERIFY(first.verified);
    QVERIFY(!first.installationId.isEmpty());
    const auto updated = wait<QList<RemotePlugin>>([&](const auto &d) { remote->checkUpdates(*list, d); });
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    int withUpdate = 0;
    for (const RemotePlugin &p : *updated)
        withUpdate += p.updateAvailable() ? 1 : 0;
    QCOMPARE(withUpdate, 300); // GitHub installs are not the Marketplace's to update
    QCOMPARE(updated->first().latestVersion, QStringLiteral("9.9.9"));
}

void TestDify::uploadInstallFollow()
{
    DifyStandIn dify;
    dify.taskPolls = 3;
    QVERIFY(dify.start());
    auto remote = remoteFor(dify);
    QVERIFY(remote);
    QTemporaryDir dir;
    const auto pkg = TestSupport::tinyPackage(QStringLiteral("dev"), QStringLiteral("weather"), QStringLiteral("0.1.0"));
    const QString path = dir.filePath(QStringLiteral("weather.difypkg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pkg.bytes);
    f.close();
    qint64 sentMax = 0;
    const auto up = wait<UploadResult>([&](const auto &d) {
        remote->uploadPackage(path, d, [&](qint64 sent, qint64) { sentMax = qMax(sentMax, sent); });
    });
    QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
    QCOMPARE(up->uniqueIdentifier, pkg.identifier); // the daemon's identifier is ours
    QVERIFY(!up->verified);
    QVERIFY(sentMax > 0);
    const auto start = wait<InstallStart>([&](const auto &d) { remote->installPackages({up->uniqueIdentifier}, d); });
    QVERIFY(start);
    QVERIFY(!start->allInstalled);
    QVERIFY(!start->taskId.isEmpty());
    TaskFollower follow(remote.get(), start->taskId, {up->uniqueIdentifier});
    follow.setIntervalsMs(20, 20);
    QSignalSpy progress(&follow, &TaskFollower::progress);
    QSignalSpy finished(&follow, &TaskFollower::finished);
    follow.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(follow.succeeded(), qPrintable(follow.error()));
    QCOMPARE(progress.size(), 3);
    QCOMPARE(follow.last().status, QStringLiteral("success"));
    QCOMPARE(follow.last().plugins.value(0).message, QStringLiteral("installed"));
    const auto list = wait<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().uniqueIdentifier, pkg.identifier);
    QCOMPARE(list->first().source, QStringLiteral("package"));
    // Installing it again: Dify says everything is installed, no task.
    const auto again = wait<InstallStart>([&](const auto &d) { remote->installPackages({up->uniqueIdentifier}, d); });
    QVERIFY(again);
    QVERIFY(again->allInstalled);
    // Tasks: listed, then cleared.
    const auto tasks = wait<QList<RemoteTask>>([&](const auto &d) { remote->tasks(d); });
    QVERIFY(tasks);
    QCOMPARE(tasks->size(), 1);
    QVERIFY(tasks->first().isFinished());
    QVERIFY(wait<Nothing>([&](const auto &d) { remote->deleteAllTasks(d); }));
    QCOMPARE(dify.tasks.size(), 0);
    // Uninstall.
    QVERIFY(wait<Nothing>([&](const auto &d) { remote->uninstall(list->first().installationId, d); }));
    QCOMPARE(dify.plugins.size(), 0);
    // Marketplace install and upgrade.
    const QString mp = QStringLiteral("langgenius/openai:0.2.0@") + QString(64, QLatin1Char('b'));
    const auto m = wait<InstallStart>([&](const auto &d) { remote->installMarketplace({mp}, d); });
    QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
    QVERIFY(!m->taskId.isEmpty());
    const QString newer = QStringLiteral("langgenius/anthropic:0.3.0@") + QString(64, QLatin1Char('c'));
    const auto wrong = wait<InstallStart>([&](const auto &d) { remote->upgradeMarketplace(mp, newer, d); });
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().kind, ConsoleErrorKind::PluginDaemon);
    QVERIFY2(wrong.error().message.contains(QLatin1String("original and new plugin id are different")),
             qPrintable(wrong.error().message));
}

void TestDify::failedTaskIsNotInstalled()
{
    DifyStandIn dify;
    dify.nextTaskFailure = QStringLiteral("failed to init environment: uv sync: No solution found when resolving "
                                          "dependencies: dify_plugin>=9.0");
    QVERIFY(dify.start());
    auto remote = remoteFor(dify);
    QVERIFY(remote);
    const QString mp = QStringLiteral("langgenius/openai:0.2.0@") + QString(64, QLatin1Char('b'));
    const auto m = wait<InstallStart>([&](const auto &d) { remote->installMarketplace({mp}, d); });
    QVERIFY(m);
    TaskFollower follow(remote.get(), m->taskId, {mp});
    follow.setIntervalsMs(20, 20);
    QSignalSpy finished(&follow, &TaskFollower::finished);
    follow.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!follow.succeeded());
    QVERIFY2(follow.error().contains(QLatin1String("No solution found")), qPrintable(follow.error()));
    QVERIFY(dify.plugins.isEmpty());

    // A task that vanishes before it was seen to end is settled by the installed list.
    const auto m2 = wait<InstallStart>([&](const auto &d) { remote->installMarketplace({mp}, d); });
    QVERIFY(m2);
    dify.tasks.clear(); // gone from Dify (as 60 s after the end)
    TaskFollower vanished(remote.get(), m2->taskId, {mp});
    vanished.setIntervalsMs(20, 20);
    QSignalSpy vf(&vanished, &TaskFollower::finished);
    vanished.start();
    QVERIFY(vf.wait(10000));
    QVERIFY(!vanished.succeeded()); // it is not installed, so it is not reported as installed
    QVERIFY2(vanished.error().contains(QLatin1String("did not install")), qPrintable(vanished.error()));
}

void TestDify::badAnswers()
{
    DifyStandIn dify;
    QVERIFY(dify.start());
    auto remote = remoteFor(dify);
    QVERIFY(remote);
    const QString list = QStringLiteral("/workspaces/current/plugin/list");
    // A 500 with Dify's JSON body.
    FakeResponse e500;
    e500.status = 500;
    e500.body = R"({"message":"Internal Server Error","code":"unknown","status":500})";
    dify.fault("GET", list, e500, 1);
    auto r = wait<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ConsoleErrorKind::ServerError);
    QCOMPARE(r.error().httpStatus, 500);
    QVERIFY2(r.error().message.contains(QLatin1String("Internal Server Error")), qPrintable(r.error().message));
    // A proxy's 502 page.
    FakeResponse bad;
    bad.status = 502;
    bad.contentType = "text/html";
    bad.body = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";
    dify.fault("GET", list, bad, 1);
    r = wait<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ConsoleErrorKind::ServerError);
    QVERIFY2(r.error().message.contains(QLatin1String("502 Bad Gateway")), qPrintable(r.error().message));
    // A 200 web page (the web console's index.html behind a wrong route).
    FakeResponse index;
    index.contentType = "text/html; charset=utf-8";
    index.body = "<!DOCTYPE html><html><head><title>Dify</title></head></html>";
    dify.fault("GET", list, index, 1);
    r = wait<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ConsoleErrorKind::NotJson);
    // A daemon error with the newer plugin_error body.
    FakeResponse daemon;
    daemon.status = 400;
    daemon.body = R"({"code":"plugin_error","message":"PluginDaemonBadRequestError: plugin not found","status":400})";
    dify.fault("POST", QStringLiteral("/workspaces/current/plugin/install/marketplace"), daemon, 1);
    const auto i = wait<InstallStart>([&](const auto &d) { remote->installMarketplace({QStringLiteral("a/b:1.0.0@") + QString(64, QLatin1Char('d'))}, d); });
    QVERIFY(!i);
    QCOMPARE(i.error().kind, ConsoleErrorKind::PluginDaemon);
    QVERIFY2(i.error().message.contains(QLatin1String("plugin not found")), qPrintable(i.error().message));
    QVERIFY(dify.tasks.isEmpty());
    // The answer was right after all the faults.
    r = wait<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    QVERIFY(r);
}

void TestDify::uploadCutOff()
{
    DifyStandIn dify;
    QVERIFY(dify.start());
    auto remote = remoteFor(dify);
    QVERIFY(remote);
    QTemporaryDir dir;
    const auto pkg = TestSupport::tinyPackage(QStringLiteral("dev"), QStringLiteral("big"), QStringLiteral("0.1.0"),
                                              randomBytes(3 * 1024 * 1024));
    QVERIFY(!pkg.bytes.isEmpty());
    const QString path = dir.filePath(QStringLiteral("big.difypkg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pkg.bytes);
    f.close();
    const QByteArray original = pkg.bytes;
    FakeResponse hang;
    hang.hangUp = true;
    // Every attempt is cut off (Qt's network layer sends a request again once when the connection
    // closes before any answer).
    dify.fault("POST", QStringLiteral("/workspaces/current/plugin/upload/pkg"), hang);
    auto up = wait<UploadResult>([&](const auto &d) { remote->uploadPackage(path, d); });
    dify.clearFaults();
    QVERIFY(!up);
    QVERIFY2(up.error().kind == ConsoleErrorKind::Unreachable, qPrintable(up.error().message));
    QVERIFY2(up.error().message.contains(QLatin1String("Nothing was installed")), qPrintable(up.error().message));
    QVERIFY(dify.plugins.isEmpty());
    // The local file is untouched.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), original);
    f.close();
    // Too large for this Dify (413 from its API): learned for the next deploy.
    dify.maxPackageBytes = 1024 * 1024;
    up = wait<UploadResult>([&](const auto &d) { remote->uploadPackage(path, d); });
    QVERIFY(!up);
    QVERIFY2(up.error().kind == ConsoleErrorKind::TooLarge, qPrintable(up.error().message));
    QVERIFY(remote->connection().refusedUploadBytes > 0);
    // Signature required: learned too.
    dify.maxPackageBytes = 50LL * 1024 * 1024;
    dify.signatureRequired = true;
    up = wait<UploadResult>([&](const auto &d) { remote->uploadPackage(path, d); });
    QVERIFY(!up);
    QCOMPARE(up.error().kind, ConsoleErrorKind::PluginDaemon);
    QCOMPARE(remote->connection().signaturePolicy, SignaturePolicy::Required);
}

void TestDify::permissionsAndDebuggingKey()
{
    DifyStandIn dify;
    QVERIFY(dify.start());
    auto remote = remoteFor(dify);
    QVERIFY(remote);
    auto p = wait<PluginPermissions>([&](const auto &d) { remote->permissions(d); });
    QVERIFY(p);
    QCOMPARE(p->install, QStringLiteral("everyone"));
    PluginPermissions next;
    next.install = QStringLiteral("admins");
    next.debug = QStringLiteral("noone");
    QVERIFY(wait<Nothing>([&](const auto &d) { remote->setPermissions(next, d); }));
    QCOMPARE(dify.debugPermission, QStringLiteral("noone"));
    p = wait<PluginPermissions>([&](const auto &d) { remote->permissions(d); });
    QCOMPARE(p->debug, QStringLiteral("noone"));
    // Nobody may debug: the key is refused with a message that names the permission.
    auto k = wait<DebuggingKey>([&](const auto &d) { remote->debuggingKey(d); });
    QVERIFY(!k);
    QCOMPARE(k.error().kind, ConsoleErrorKind::PermissionDenied);
    QVERIFY2(k.error().message.contains(QLatin1String("debug")), qPrintable(k.error().message));
    // A normal member under "admins": installing is refused, naming the install permission.
    dify.role = QStringLiteral("normal");
    auto i = wait<InstallStart>([&](const auto &d) { remote->installMarketplace({QStringLiteral("a/b:1.0.0@") + QString(64, QLatin1Char('d'))}, d); });
    QVERIFY(!i);
    QCOMPARE(i.error().kind, ConsoleErrorKind::PermissionDenied);
    QVERIFY2(i.error().message.contains(QLatin1String("install")), qPrintable(i.error().message));
    // Only owners and admins change permissions.
    QVERIFY(!wait<Nothing>([&](const auto &d) { remote->setPermissions(next, d); }));
    dify.debugPermission = QStringLiteral("everyone");
    k = wait<DebuggingKey>([&](const auto &d) { remote->debuggingKey(d); });
    QVERIFY2(k, qPrintable(k ? QString() : k.error().message));
    QCOMPARE(k->key, dify.debugKey);
    QCOMPARE(k->port, 5003);
    // "localhost" named by a Dify that is elsewhere means the console's host.
    QCOMPARE(k->reachableHost(QUrl(QStringLiteral("http://10.1.2.3/console/api"))), QStringLiteral("10.1.2.3"));
    QCOMPARE(k->reachableHost(remote->connection().apiUrl), QStringLiteral("localhost")); // both on this machine
    // Writing invalid values is refused before anything is sent.
    PluginPermissions junk;
    junk.install = QStringLiteral("root");
    QVERIFY(!wait<Nothing>([&](const auto &d) { remote->setPermissions(junk, d); }));
}

QTEST_GUILESS_MAIN(TestDify)
#include "tst_dify.moc"
