// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace side of the Marketplace: latest versions from #17 with the #18 catalogue as
// fallback (or first, for many plugins), the "report installs" setting and #19 after a real
// InstallTask (real package, real SQLite workspace, loopback Marketplace) — including a download
// that only the #16 presigned URL can serve.
#include "core/workspace/installtask.h"
#include "core/workspace/updates.h"
#include "tst_install_support.h"
#include "tst_marketplace_fakeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Workspace;
using TestSupport::FakeHttpServer;
using TestSupport::FakeRequest;
using TestSupport::FakeResponse;

namespace {

const QByteArray kBatch = R"({"plugins":[{"org":"studio-tests","name":"alpha","latest_version":"1.1.0","latest_package_identifier":"studio-tests/alpha:1.1.0@aa","status":"active"}]})";
const QByteArray kManifest = R"({"plugins":[{"org":"studio-tests","name":"alpha","latest_version":"1.2.0","latest_package_identifier":"studio-tests/alpha:1.2.0@bb","latest_package_url":"https://cdn.example.test/a.difypkg"},{"org":"studio-tests","name":"beta","latest_version":"2.0.0","latest_package_identifier":"studio-tests/beta:2.0.0@cc"},{"org":"someone","name":"else","latest_version":"9.0.0","latest_package_identifier":"someone/else:9.0.0@dd"}]})";

InstalledPlugin row(const QString &id, const QString &version, const QString &source)
{
    InstalledPlugin p;
    p.pluginId = id;
    p.version = version;
    p.source = source;
    p.uniqueIdentifier = id + QLatin1Char(':') + version + QStringLiteral("@") + QString(64, QLatin1Char('0'));
    return p;
}

int countPath(const FakeHttpServer &s, const QByteArray &path)
{
    int n = 0;
    for (const FakeRequest &r : s.requests)
        n += r.path == path;
    return n;
}

} // namespace

class TstMarketplaceUpdates : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Marketplace::MarketplaceClient> client;

    struct Latest
    {
        std::optional<Result<QList<Marketplace::LatestVersion>>> result;
        bool offline = false;
        QString via;
    };

    Latest fetch(const QStringList &ids, int threshold = DefaultManifestThreshold)
    {
        Latest out;
        fetchLatestVersions(ids, client.get(), [&out](Result<QList<Marketplace::LatestVersion>> r, bool offline, const QString &via) {
            out.result = r;
            out.offline = offline;
            out.via = via;
        }, threshold);
        if (!QTest::qWaitFor([&] { return out.result.has_value(); }, 15000))
            qFatal("fetchLatestVersions never answered");
        return out;
    }

    std::unique_ptr<WorkspaceStore> openWs(const QString &path)
    {
        auto ws = WorkspaceStore::open(path);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        return std::move(ws.value());
    }

private slots:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->start());
        dir = std::make_unique<QTemporaryDir>();
        client = std::make_unique<Marketplace::MarketplaceClient>();
        client->setBaseUrl(server->url());
        client->setCacheDir(dir->path() + QStringLiteral("/mp"));
        client->setTimeoutMs(5000);
    }

    void batchFirstForFewPlugins()
    {
        server->onJson("POST", "/api/v1/plugins/batch", kBatch);
        server->onStatic("GET", "/api/v1/dist/plugins/manifest.json", FakeResponse{200, "application/json", kManifest, false, 0, {}});
        const Latest l = fetch({QStringLiteral("studio-tests/alpha")});
        QVERIFY(l.result->hasValue());
        QCOMPARE(l.via, QStringLiteral("batch"));
        QCOMPARE(l.result->value().size(), 1);
        QCOMPARE(l.result->value().first().version, QStringLiteral("1.1.0"));
        QCOMPARE(countPath(*server, "/api/v1/dist/plugins/manifest.json"), 0);
    }

    void manifestWhenBatchFails()
    {
        FakeResponse down;
        down.status = 502;
        server->onStatic("POST", "/api/v1/plugins/batch", down);
        server->onStatic("GET", "/api/v1/dist/plugins/manifest.json", FakeResponse{200, "application/json", kManifest, false, 0, {}});
        const Latest l = fetch({QStringLiteral("studio-tests/alpha"), QStringLiteral("studio-tests/beta")});
        QVERIFY2(l.result->hasValue(), qPrintable(l.result->hasValue() ? QString() : l.result->error().message));
        QCOMPARE(l.via, QStringLiteral("manifest"));
        QVERIFY(!l.offline);
        QCOMPARE(l.result->value().size(), 2); // "someone/else" is not asked about
        QCOMPARE(l.result->value().at(0).version, QStringLiteral("1.2.0"));
        QCOMPARE(l.result->value().at(0).packageUrl, QStringLiteral("https://cdn.example.test/a.difypkg"));
        QCOMPARE(countPath(*server, "/api/v1/plugins/batch"), 1);
        QCOMPARE(countPath(*server, "/api/v1/dist/plugins/manifest.json"), 1);
    }

    void manifestFirstForManyPluginsAndBatchAsFallback()
    {
        server->onJson("POST", "/api/v1/plugins/batch", kBatch);
        server->onStatic("GET", "/api/v1/dist/plugins/manifest.json", FakeResponse{200, "application/json", kManifest, false, 0, {}});
        const QStringList ids{QStringLiteral("studio-tests/alpha"), QStringLiteral("studio-tests/beta")};
        Latest l = fetch(ids, 1);
        QVERIFY(l.result->hasValue());
        QCOMPARE(l.via, QStringLiteral("manifest"));
        QCOMPARE(countPath(*server, "/api/v1/plugins/batch"), 0); // one request instead of many
        QCOMPARE(l.result->value().size(), 2);

        FakeResponse broken;
        broken.status = 500;
        server->onStatic("GET", "/api/v1/dist/plugins/manifest.json", broken);
        l = fetch(ids, 1);
        QVERIFY(l.result->hasValue());
        QCOMPARE(l.via, QStringLiteral("batch")); // the live batch answer beats the cached catalogue
        QVERIFY(!l.offline);
        QCOMPARE(countPath(*server, "/api/v1/plugins/batch"), 1);
    }

    void bothDownIsAnErrorUnlessCached()
    {
        server->stop();
        const Latest l = fetch({QStringLiteral("studio-tests/alpha")});
        QVERIFY(!l.result->hasValue());
        QCOMPARE(l.result->error().code, ErrorCode::NetworkError);
    }

    void checkUpdatesUsesTheCatalogue()
    {
        FakeResponse down;
        down.status = 503;
        server->onStatic("POST", "/api/v1/plugins/batch", down);
        server->onStatic("GET", "/api/v1/dist/plugins/manifest.json", FakeResponse{200, "application/json", kManifest, false, 0, {}});
        const QList<InstalledPlugin> installed{row(QStringLiteral("studio-tests/alpha"), QStringLiteral("1.0.0"), QStringLiteral("marketplace")),
                                               row(QStringLiteral("studio-tests/beta"), QStringLiteral("2.0.0"), QStringLiteral("marketplace")),
                                               row(QStringLiteral("someone/else"), QStringLiteral("1.0.0"), QStringLiteral("github"))};
        std::optional<Result<QList<UpgradeCandidate>>> got;
        checkUpdates(installed, client.get(), [&](Result<QList<UpgradeCandidate>> r, bool) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
        QVERIFY(got->hasValue());
        QCOMPARE(got->value().size(), 1); // beta is current; the GitHub plugin is not a Marketplace one
        QCOMPARE(got->value().first().pluginId, QStringLiteral("studio-tests/alpha"));
        QCOMPARE(got->value().first().latestVersion, QStringLiteral("1.2.0"));
        QCOMPARE(got->value().first().latestIdentifier, QStringLiteral("studio-tests/alpha:1.2.0@bb"));
    }

    void reportSettingDefaultsOffAndGatesTheReport()
    {
        auto ws = openWs(dir->path() + QStringLiteral("/ws"));
        QVERIFY(!reportInstallsEnabled(*ws));
        FakeResponse ok;
        ok.body = "";
        server->onStatic("POST", "/api/v1/stats/plugins/install_count", ok);
        const QList<InstalledPlugin> rows{row(QStringLiteral("studio-tests/alpha"), QStringLiteral("1.0.0"), QStringLiteral("marketplace")),
                                          row(QStringLiteral("studio-tests/local"), QStringLiteral("1.0.0"), QStringLiteral("package"))};
        std::optional<QPair<int, int>> tally;
        QCOMPARE(reportMarketplaceInstalls(*ws, client.get(), rows, [&](int s, int f) { tally = {s, f}; }), 0);
        QVERIFY(tally.has_value());
        QCOMPARE(*tally, qMakePair(0, 0));
        QTest::qWait(100);
        QCOMPARE(countPath(*server, "/api/v1/stats/plugins/install_count"), 0);

        QVERIFY(setReportInstallsEnabled(*ws, true));
        QVERIFY(reportInstallsEnabled(*openWs(dir->path() + QStringLiteral("/ws")))); // persisted
        tally.reset();
        QCOMPARE(reportMarketplaceInstalls(*ws, client.get(), rows, [&](int s, int f) { tally = {s, f}; }), 1);
        QTRY_VERIFY_WITH_TIMEOUT(tally.has_value(), 10000);
        QCOMPARE(*tally, qMakePair(1, 0));
        QCOMPARE(countPath(*server, "/api/v1/stats/plugins/install_count"), 1);
        QCOMPARE(QJsonDocument::fromJson(server->requests.last().body).object().value(QStringLiteral("unique_identifier")).toString(),
                 rows.first().uniqueIdentifier);

        // The Marketplace refusing is logged, counted, and nothing else.
        FakeResponse refused;
        refused.status = 500;
        server->onStatic("POST", "/api/v1/stats/plugins/install_count", refused);
        tally.reset();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not report the install")));
        reportMarketplaceInstalls(*ws, client.get(), rows, [&](int s, int f) { tally = {s, f}; });
        QTRY_VERIFY_WITH_TIMEOUT(tally.has_value(), 10000);
        QCOMPARE(*tally, qMakePair(0, 1));
    }

    // A real Marketplace install whose package only the #16 presigned URL serves, then #19 —
    // sent only when allowed, and a Marketplace that hangs up on the report does not matter.
    void realInstallThroughPresignedUrlReportsOnlyWhenAllowed()
    {
        QTemporaryDir work;
        QString error;
        const QString pkgPath = TestSupport::makePackage(work.path(), TestSupport::PackageSpec().withName(QStringLiteral("mp_plugin")), &error);
        QVERIFY2(!pkgPath.isEmpty(), qPrintable(error));
        const QByteArray bytes = TestSupport::readAll(pkgPath);

        FakeResponse gone;
        gone.status = 404;
        gone.body = TestSupport::envelope("null", 404, "not found");
        server->onStatic("GET", "/api/v1/plugins/download", gone);
        server->onStatic("GET", "/api/v1/plugins/studio-tests/mp_plugin/0.0.1/download", gone);
        server->onStatic("GET", "/api/v1/plugins/download-url",
                         FakeResponse{302, "text/plain", "", false, 0, {{"Location", "/objects/mp_plugin.difypkg?sig=1"}}});
        server->onStatic("GET", "/objects/mp_plugin.difypkg", FakeResponse{200, "application/zip", bytes, false, 0, {}});
        FakeResponse hangUp;
        hangUp.hangUp = true;
        server->onStatic("POST", "/api/v1/stats/plugins/install_count", hangUp);

        auto ws = openWs(dir->path() + QStringLiteral("/ws2"));
        QVERIFY(ws->setAllowUnsignedPackages(true));
        const QString uid = QStringLiteral("studio-tests/mp_plugin:0.0.1@") + TestSupport::packageChecksum(bytes);
        auto install = [&] {
            auto src = InstallSource::parse(QStringLiteral("marketplace:") + uid);
            InstallOptions o;
            o.skipEnv = true;
            auto t = std::make_unique<InstallTask>(ws.get(), src.value(), o);
            t->setMarketplaceClient(client.get());
            reportInstallsWhenFinished(t.get(), ws.get(), client.get());
            t->waitForFinished(60000);
            return t;
        };

        auto first = install(); // setting off
        QVERIFY2(!first->error(), qPrintable(first->error() ? first->error()->message : QString()));
        QCOMPARE(ws->installed(QStringLiteral("studio-tests/mp_plugin"))->source, QStringLiteral("marketplace"));
        QCOMPARE(countPath(*server, "/objects/mp_plugin.difypkg"), 1);
        QTest::qWait(200);
        QCOMPARE(countPath(*server, "/api/v1/stats/plugins/install_count"), 0);

        QVERIFY(setReportInstallsEnabled(*ws, true));
        QVERIFY(ws->removeInstalled(QStringLiteral("studio-tests/mp_plugin"), true));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not report the install")));
        auto second = install();
        QVERIFY2(!second->error(), qPrintable(second->error() ? second->error()->message : QString()));
        QTRY_VERIFY_WITH_TIMEOUT(countPath(*server, "/api/v1/stats/plugins/install_count") >= 1, 10000);
        QTest::qWait(300); // the hang-up is logged, never an error (Qt may retry the POST once)
        const int reported = countPath(*server, "/api/v1/stats/plugins/install_count");
        QVERIFY(reported <= 2);
        QCOMPARE(QJsonDocument::fromJson(server->requests.last().body).object().value(QStringLiteral("unique_identifier")).toString(), uid);
        QVERIFY(ws->installed(QStringLiteral("studio-tests/mp_plugin")).has_value());

        // A failed install reports nothing.
        server->onStatic("GET", "/objects/mp_plugin.difypkg", gone);
        QVERIFY(ws->removeInstalled(QStringLiteral("studio-tests/mp_plugin"), true));
        auto failed = install();
        QVERIFY(failed->error());
        QTest::qWait(300);
        QCOMPARE(countPath(*server, "/api/v1/stats/plugins/install_count"), reported);
    }
};

QTEST_GUILESS_MAIN(TstMarketplaceUpdates)
#include "tst_marketplace_updates.moc"
