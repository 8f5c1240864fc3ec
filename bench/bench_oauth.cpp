// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the studio's OAuth sign-in takes end to end (plugin get_authorization_url ->
// loopback redirect -> plugin get_credentials -> credential sealed in SQLite) and one refresh of an
// expired credential, against the SDK-free OAuth fixture plugin run by python3. The "browser" is a
// QNetworkAccessManager following the redirect. Usage: bench_oauth [ROUNDS]
#include "core/runtime/localplugin.h"
#include "core/workspace/oauthflow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace Studio;
using namespace Studio::Workspace;

static void spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

static double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 50;
    QTemporaryDir dir;
    auto ws = WorkspaceStore::open(dir.path());
    if (!ws) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(ws.error().message));
        return 1;
    }
    const QString id = QStringLiteral("studio-tests/oauth_plugin"), provider = QStringLiteral("oauthdemo");
    (void)(*ws)->setOAuthClient(id, provider, {{QStringLiteral("client_id"), QStringLiteral("bench")}, {QStringLiteral("client_secret"), QStringLiteral("s3cret")}},
                                true);
    Runtime::LocalPluginOptions o;
    o.interpreter = QStandardPaths::findExecutable(QStringLiteral("python3"));
    o.heartbeatIntervalSec = 1;
    Runtime::LocalPlugin plugin(QStringLiteral(STUDIO_FIXTURES "/runtime/oauth_plugin"), o, nullptr);
    plugin.start();
    spin([&] { return plugin.state() == Runtime::RuntimeState::Active; }, 20000);
    if (plugin.state() != Runtime::RuntimeState::Active) {
        std::fprintf(stderr, "the fixture plugin did not start: %s\n", qPrintable(plugin.lastError()));
        return 1;
    }
    PluginInvoker invoker = [&plugin](const Runtime::InvokeRequest &r) { return plugin.invoke(r); };
    QNetworkAccessManager browser;
    browser.setProxy(QNetworkProxy::NoProxy);

    QList<double> signIn, refresh;
    int failures = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        OAuthFlow::Options fo;
        fo.port = 0;
        fo.credentialName = QStringLiteral("bench %1").arg(i);
        OAuthFlow flow(ws->get(), id, provider, OAuthProviderKind::Tool, invoker, fo);
        QObject::connect(&flow, &OAuthFlow::authorizationUrlReady, &flow, [&](const QUrl &url) {
            const QUrlQuery q(url);
            QUrl back(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            back.setQuery(QStringLiteral("code=%1state=%2").arg(i % 2 ? QStringLiteral("short&") : QStringLiteral("long&"),
                                                               q.queryItemValue(QStringLiteral("state"))));
            QNetworkReply *r = browser.get(QNetworkRequest(back));
            QObject::connect(r, &QNetworkReply::finished, r, &QObject::deleteLater);
        });
        flow.start();
        flow.waitForFinished(20000);
        if (flow.error() || !flow.credential()) {
            ++failures;
            continue;
        }
        signIn << t.nsecsElapsed() / 1e6;
        if (flow.credential()->expiresAt > 0 && flow.credential()->expiresAt < 100) {
            QElapsedTimer rt;
            rt.start();
            bool done = false;
            ensureFreshCredential(ws->get(), *flow.credential(), OAuthProviderKind::Tool, invoker, [&](Result<Credential> c) {
                done = true;
                if (!c)
                    ++failures;
            });
            spin([&] { return done; }, 20000);
            refresh << rt.nsecsElapsed() / 1e6;
        }
    }
    std::printf("OAuth sign-in (authorization URL + loopback redirect + get_credentials + sealed store): "
                "median %.1f ms, max %.1f ms over %lld rounds\n",
                median(signIn), signIn.isEmpty() ? 0.0 : *std::max_element(signIn.begin(), signIn.end()), qlonglong(signIn.size()));
    std::printf("Refresh of an expired credential (refresh_credentials + sealed update): median %.1f ms over %lld rounds\n",
                median(refresh), qlonglong(refresh.size()));
    std::printf("failures: %d\n", failures);
    return failures == 0 ? 0 : 1;
}
