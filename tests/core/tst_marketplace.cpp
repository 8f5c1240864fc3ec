// SPDX-License-Identifier: GPL-3.0-or-later
// MarketplaceClient against a loopback fake Marketplace (real HTTP on 127.0.0.1, port 0).
#include "core/marketplace/marketplaceclient.h"
#include "tst_marketplace_fakeserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Marketplace;
using TestSupport::FakeHttpServer;
using TestSupport::FakeResponse;

static QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(STUDIO_FIXTURES "/marketplace/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

class TstMarketplace : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<QTemporaryDir> cache;
    std::unique_ptr<MarketplaceClient> client;

    MarketplaceReply *wait(MarketplaceReply *r)
    {
        QSignalSpy spy(r, &MarketplaceReply::finished);
        if (!r->isFinished())
            spy.wait(10000);
        return r;
    }

private slots:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->start());
        cache = std::make_unique<QTemporaryDir>();
        client = std::make_unique<MarketplaceClient>();
        client->setBaseUrl(server->url());
        client->setCacheDir(cache->path() + QStringLiteral("/mp"));
        client->setDifyVersion(QStringLiteral("1.9.2"));
        client->setTimeoutMs(5000);
    }

    void sortOptions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("order");
        QTest::newRow("popular") << "popular" << "install_count" << "DESC";
        QTest::newRow("updated") << "updated" << "version_updated_at" << "DESC";
        QTest::newRow("new") << "new" << "created_at" << "DESC";
        QTest::newRow("first") << "first" << "created_at" << "ASC";
    }
    void sortOptions()
    {
        QFETCH(QString, name);
        QFETCH(QString, by);
        QFETCH(QString, order);
        const auto s = sortFromString(name);
        QVERIFY(s.has_value());
        QCOMPARE(sortBy(*s), by);
        QCOMPARE(sortOrderString(*s), order);
        QVERIFY(!sortFromString(QStringLiteral("bogus")).has_value());
    }

    void searchSendsBodyAndHeaderAndParsesDefensively()
    {
        server->onJson("POST", "/api/v1/plugins/search/advanced", fixture("search_page.json"));
        SearchQuery q;
        q.query = QStringLiteral("weather");
        q.category = QStringLiteral("tool");
        q.tags = {QStringLiteral("weather")};
        q.sort = SortOrder::FirstReleased;
        q.page = 2;
        q.pageSize = 40;
        MarketplaceReply *r = wait(client->searchPlugins(q));
        QVERIFY2(r->isOk(), qPrintable(r->error() ? r->error()->message : QString()));
        QVERIFY(!r->fromCache());
        QCOMPARE(server->requests.size(), 1);
        const auto &req = server->requests.first();
        QCOMPARE(req.headers.value("x-dify-version"), QByteArray("1.9.2"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(QStringLiteral("query")).toString(), QStringLiteral("weather"));
        QCOMPARE(body.value(QStringLiteral("category")).toString(), QStringLiteral("tool"));
        QCOMPARE(body.value(QStringLiteral("sort_by")).toString(), QStringLiteral("created_at"));
        QCOMPARE(body.value(QStringLiteral("sort_order")).toString(), QStringLiteral("ASC"));
        QCOMPARE(body.value(QStringLiteral("page")).toInt(), 2);
        QCOMPARE(body.value(QStringLiteral("page_size")).toInt(), 40);
        QCOMPARE(body.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("weather"));

        const SearchResult res = r->searchResult();
        QCOMPARE(res.total, 83);
        QVERIFY(res.hasMore()); // 2*40 < 83
        QCOMPARE(res.plugins.size(), 3); // the string entry is skipped
        const PluginListing &w = res.plugins.at(0);
        QCOMPARE(w.pluginId, QStringLiteral("studio-test/weather_tool"));
        QCOMPARE(w.label.text(), QStringLiteral("Weather Tool"));
        QCOMPARE(w.label.text(QStringLiteral("zh_Hans")), QString::fromUtf8("天气工具"));
        QCOMPARE(w.label.text(QStringLiteral("ja_JP")), QStringLiteral("Weather Tool"));
        QCOMPARE(w.installCount, 1234);
        QCOMPARE(w.tags, QStringList({QStringLiteral("weather"), QStringLiteral("utilities")}));
        QCOMPARE(w.badges, QStringList{QStringLiteral("partner")});
        QVERIFY(w.verified);
        QCOMPARE(w.authorizedCategory, QStringLiteral("partner"));
        QCOMPARE(w.iconPath(), QStringLiteral("plugins/studio-test/weather_tool/icon"));
        QVERIFY(w.latestPackageIdentifier.startsWith(QStringLiteral("studio-test/weather_tool:0.2.1@")));
        const PluginListing &e = res.plugins.at(1);
        QCOMPARE(e.pluginId, QStringLiteral("studio-test/echo_model"));
        QCOMPARE(e.installCount, 77);           // number sent as a string
        QVERIFY(e.tags.isEmpty());              // wrong type ignored
        QVERIFY(!e.verified);                   // "yes" is not a bool
        QCOMPARE(e.version, QStringLiteral("1.0.0")); // falls back to latest_version
        QCOMPARE(e.label.text(), QStringLiteral("Echo Model"));
        const PluginListing &junk = res.plugins.at(2);
        QVERIFY(junk.pluginId.isEmpty());
    }

    void bundlesSearchReadsBundlesKey()
    {
        server->onJson("POST", "/api/v1/bundles/search/advanced",
                       R"({"bundles":[{"type":"bundle","org":"o","name":"b","labels":{"en_US":"B"}}],"total":1})");
        MarketplaceReply *r = wait(client->searchBundles({}));
        QVERIFY(r->isOk());
        const SearchResult res = r->searchResult();
        QCOMPARE(res.plugins.size(), 1);
        QCOMPARE(res.plugins.first().label.text(), QStringLiteral("B"));
        QCOMPARE(res.plugins.first().iconPath(), QStringLiteral("bundles/o/b/icon"));
        QVERIFY(!res.hasMore());
    }

    void envelopeErrorCarriesMessage()
    {
        FakeResponse resp;
        resp.body = TestSupport::envelope("null", 40001, "query too long");
        server->onStatic("POST", "/api/v1/plugins/search/advanced", resp);
        MarketplaceReply *r = wait(client->searchPlugins({}));
        QVERIFY(!r->isOk());
        QCOMPARE(r->error()->code, ErrorCode::NetworkError);
        QVERIFY2(r->error()->message.contains(QStringLiteral("query too long")), qPrintable(r->error()->message));
    }

    void nonJsonAnswerIsAClearError()
    {
        FakeResponse resp;
        resp.contentType = "text/html";
        resp.body = "<html>captive portal</html>";
        server->onStatic("GET", "/api/v1/plugins/studio-test/weather_tool", resp);
        MarketplaceReply *r = wait(client->pluginDetail(QStringLiteral("studio-test"), QStringLiteral("weather_tool")));
        QVERIFY(!r->isOk());
        QCOMPARE(r->error()->code, ErrorCode::InvalidInput);
        QVERIFY(r->error()->message.contains(QStringLiteral("not JSON")));
    }

    void notFound()
    {
        MarketplaceReply *r = wait(client->pluginDetail(QStringLiteral("nobody"), QStringLiteral("nothing")));
        QVERIFY(!r->isOk());
        QCOMPARE(r->error()->code, ErrorCode::NotFound);
    }

    void hostileIdsRefusedBeforeAnyRequest()
    {
        MarketplaceReply *r = wait(client->pluginDetail(QStringLiteral(".."), QStringLiteral("x")));
        QVERIFY(!r->isOk());
        QCOMPARE(r->error()->code, ErrorCode::InvalidInput);
        MarketplaceReply *d = wait(client->download(QStringLiteral("no-version-here")));
        QCOMPARE(d->error()->code, ErrorCode::InvalidInput);
        QVERIFY(server->requests.isEmpty());
    }

    void detailVersionsCollectionsBundleBatch()
    {
        server->onJson("GET", "/api/v1/plugins/studio-test/weather_tool", fixture("plugin_detail.json"));
        server->onJson("GET", "/api/v1/plugins/studio-test/weather_tool/versions", fixture("versions.json"));
        server->onJson("GET", "/api/v1/collections", fixture("collections.json"));
        server->onJson("GET", "/api/v1/bundles/studio-test/kit/1.0.0", fixture("bundle_detail.json"));
        server->onJson("POST", "/api/v1/plugins/batch", fixture("plugins_batch.json"));
        server->onJson("POST", "/api/v1/plugins/versions/batch",
                       R"({"list":[{"plugin":{},"version":{"plugin_org":"studio-test","plugin_name":"weather_tool","unique_identifier":"studio-test/weather_tool:0.3.0@2222222222222222222222222222222222222222222222222222222222222222"}}]})");
        server->onJson("GET", "/api/v1/plugins/identifier", fixture("plugin_detail.json"));
        server->onJson("POST", "/api/v1/collections/featured/plugins", fixture("search_page.json"));

        MarketplaceReply *d = wait(client->pluginDetail(QStringLiteral("studio-test"), QStringLiteral("weather_tool")));
        QVERIFY(d->isOk());
        const PluginListing p = d->pluginDetail();
        QCOMPARE(p.version, QStringLiteral("0.3.0"));
        QCOMPARE(p.status, QStringLiteral("deleted"));
        QCOMPARE(p.alternativePluginId, QStringLiteral("studio-test/weather2"));
        QVERIFY(p.introduction.startsWith(QStringLiteral("# Weather Tool")));

        MarketplaceReply *v = wait(client->versions(QStringLiteral("studio-test"), QStringLiteral("weather_tool")));
        QVERIFY(v->isOk());
        const QList<VersionInfo> versions = v->versions();
        QCOMPARE(versions.size(), 3); // the entry without a version is dropped; 7 becomes "7"
        QCOMPARE(versions.at(0).version, QStringLiteral("0.3.0"));
        QCOMPARE(versions.at(2).version, QStringLiteral("7"));
        QCOMPARE(server->requests.last().query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("100"));

        MarketplaceReply *c = wait(client->collections(QStringLiteral("tool")));
        QVERIFY(c->isOk());
        QCOMPARE(c->collections().size(), 2);
        QCOMPARE(c->collections().at(0).priority, 2);
        QVERIFY(c->collections().at(0).searchable);
        QCOMPARE(c->collections().at(1).label.text(), QStringLiteral("New"));
        QCOMPARE(server->requests.last().query.queryItemValue(QStringLiteral("condition"), QUrl::FullyDecoded),
                 QStringLiteral("category=tool"));

        MarketplaceReply *cp = wait(client->collectionPlugins(QStringLiteral("featured"), QStringLiteral("tool")));
        QVERIFY(cp->isOk());
        QCOMPARE(cp->searchResult().plugins.size(), 3);

        MarketplaceReply *b = wait(client->bundleDetail(QStringLiteral("studio-test"), QStringLiteral("kit"), QStringLiteral("1.0.0")));
        QVERIFY(b->isOk());
        const QList<Dependency> deps = b->bundleDependencies();
        QCOMPARE(deps.size(), 3);
        QCOMPARE(deps.at(0).type, QStringLiteral("marketplace"));
        QCOMPARE(deps.at(1).value.value(QStringLiteral("repo_pattern")).toString(), QStringLiteral("studio-test/echo:1.x.x/echo.difypkg"));

        MarketplaceReply *l = wait(client->latestVersions({QStringLiteral("studio-test/weather_tool"), QStringLiteral("studio-test/echo_model")}));
        QVERIFY(l->isOk());
        QCOMPARE(QJsonDocument::fromJson(server->requests.last().body).object().value(QStringLiteral("plugin_ids")).toArray().size(), 2);
        const QList<LatestVersion> latest = l->latestVersions();
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.at(0).version, QStringLiteral("0.3.0"));
        QCOMPARE(latest.at(1).status, QStringLiteral("deleted"));
        QCOMPARE(latest.at(1).alternativePluginId, QStringLiteral("studio-test/echo2"));

        MarketplaceReply *vb = wait(client->versionsBatch({IdentifierParts{QStringLiteral("studio-test"), QStringLiteral("weather_tool"), QStringLiteral("0.3.0"), {}}}));
        QVERIFY(vb->isOk());
        QCOMPARE(vb->latestVersions().size(), 1);
        QCOMPARE(vb->latestVersions().first().version, QStringLiteral("0.3.0"));
        QCOMPARE(vb->latestVersions().first().pluginId, QStringLiteral("studio-test/weather_tool"));

        const QString uid = QStringLiteral("studio-test/weather_tool:0.3.0@2222222222222222222222222222222222222222222222222222222222222222");
        MarketplaceReply *byId = wait(client->pluginByIdentifier(uid));
        QVERIFY(byId->isOk());
        QCOMPARE(server->requests.last().query.queryItemValue(QStringLiteral("unique_identifier"), QUrl::FullyDecoded), uid);
    }

    void downloadBothStylesChecksZipAndSize()
    {
        const QString uid = QStringLiteral("studio-test/weather_tool:0.3.0@2222222222222222222222222222222222222222222222222222222222222222");
        QByteArray zip("PK\x03\x04", 4);
        zip.append(QByteArray(1000, 'z'));
        FakeResponse ok;
        ok.contentType = "application/octet-stream";
        ok.body = zip;
        server->onStatic("GET", "/api/v1/plugins/download", ok);
        server->onStatic("GET", "/api/v1/plugins/studio-test/weather_tool/0.3.0/download", ok);

        MarketplaceReply *a = wait(client->download(uid));
        QVERIFY2(a->isOk(), qPrintable(a->error() ? a->error()->message : QString()));
        QCOMPARE(a->bytes(), zip);
        QCOMPARE(server->requests.last().query.queryItemValue(QStringLiteral("unique_identifier"), QUrl::FullyDecoded), uid);
        MarketplaceReply *b = wait(client->download(uid, true));
        QVERIFY(b->isOk());
        QCOMPARE(server->requests.last().path, QByteArray("/api/v1/plugins/studio-test/weather_tool/0.3.0/download"));

        client->setMaxDownloadSize(500);
        MarketplaceReply *big = wait(client->download(uid));
        QVERIFY(!big->isOk());
        QCOMPARE(big->error()->code, ErrorCode::TooLarge);
        client->setMaxDownloadSize(MarketplaceClient::DefaultMaxDownloadSize);

        FakeResponse html;
        html.body = TestSupport::envelope("null", 0);
        server->onStatic("GET", "/api/v1/plugins/download", html);
        MarketplaceReply *notZip = wait(client->download(uid));
        QVERIFY(!notZip->isOk());
        QCOMPARE(notZip->error()->code, ErrorCode::InvalidInput);
        QVERIFY(notZip->error()->message.contains(QStringLiteral("ZIP")));
    }

    void offlineAnswersFromCache()
    {
        server->onJson("POST", "/api/v1/plugins/search/advanced", fixture("search_page.json"));
        FakeResponse png;
        png.contentType = "image/png";
        png.body = QByteArray("\x89PNG\r\n\x1a\nfake-icon", 17);
        server->onStatic("GET", "/api/v1/plugins/studio-test/weather_tool/icon", png);
        SearchQuery q;
        q.query = QStringLiteral("weather");
        MarketplaceReply *online = wait(client->searchPlugins(q));
        QVERIFY(online->isOk());
        QVERIFY(!online->offline());
        MarketplaceReply *icon = wait(client->icon(QStringLiteral("studio-test"), QStringLiteral("weather_tool")));
        QVERIFY(icon->isOk());
        QCOMPARE(icon->bytes(), png.body);

        server->stop();
        MarketplaceReply *cached = wait(client->searchPlugins(q));
        QVERIFY2(cached->isOk(), qPrintable(cached->error() ? cached->error()->message : QString()));
        QVERIFY(cached->fromCache());
        QVERIFY(cached->offline());
        QCOMPARE(cached->searchResult().plugins.size(), 3);
        MarketplaceReply *cachedIcon = wait(client->icon(QStringLiteral("studio-test"), QStringLiteral("weather_tool")));
        QVERIFY(cachedIcon->isOk());
        QVERIFY(cachedIcon->offline());
        QCOMPARE(cachedIcon->bytes(), png.body);

        // A query never seen before has nothing cached: a clear network error.
        q.query = QStringLiteral("never asked");
        MarketplaceReply *miss = wait(client->searchPlugins(q));
        QVERIFY(!miss->isOk());
        QCOMPARE(miss->error()->code, ErrorCode::NetworkError);
        QVERIFY(miss->error()->message.contains(QStringLiteral("cannot be reached")));
    }

    void serverErrorFallsBackToCache()
    {
        int calls = 0;
        server->on("GET", "/api/v1/collections", [&calls](const TestSupport::FakeRequest &) {
            FakeResponse r;
            if (++calls == 1)
                r.body = TestSupport::envelope(fixture("collections.json"));
            else {
                r.status = 503;
                r.body = "down";
            }
            return r;
        });
        QVERIFY(wait(client->collections())->isOk());
        MarketplaceReply *r = wait(client->collections());
        QVERIFY(r->isOk());
        QVERIFY(r->offline());
        QCOMPARE(r->collections().size(), 2);
    }

    void hangUpWithoutCacheIsNetworkError()
    {
        FakeResponse r;
        r.hangUp = true;
        server->onStatic("GET", "/api/v1/plugins/a/b", r);
        MarketplaceReply *reply = wait(client->pluginDetail(QStringLiteral("a"), QStringLiteral("b")));
        QVERIFY(!reply->isOk());
        QCOMPARE(reply->error()->code, ErrorCode::NetworkError);
    }

    void abortCancels()
    {
        FakeResponse slow;
        slow.contentType = "application/octet-stream";
        slow.body = QByteArray("PK\x03\x04", 4) + QByteArray(4 * 1024 * 1024, 'x');
        slow.chunkDelayMs = 50;
        server->onStatic("GET", "/api/v1/plugins/download", slow);
        MarketplaceReply *r = client->download(QStringLiteral("a/b:1.0.0@abc"));
        QSignalSpy progress(r, &MarketplaceReply::downloadProgress);
        QSignalSpy done(r, &MarketplaceReply::finished);
        QVERIFY(progress.wait(5000));
        r->abort();
        QCOMPARE(done.size(), 1);
        QCOMPARE(r->error()->code, ErrorCode::Cancelled);
        r->abort(); // idempotent
        QCOMPARE(done.size(), 1);
    }

    void badBaseUrl()
    {
        client->setBaseUrl(QUrl(QStringLiteral("ftp://example.invalid")));
        MarketplaceReply *r = wait(client->collections());
        QVERIFY(!r->isOk());
        QCOMPARE(r->error()->code, ErrorCode::InvalidInput);
    }

    void identifiersAndVersions()
    {
        const auto p = splitIdentifier(QStringLiteral("langgenius/openai:0.2.7@abcdef"));
        QVERIFY(p);
        QCOMPARE(p->org, QStringLiteral("langgenius"));
        QCOMPARE(p->name, QStringLiteral("openai"));
        QCOMPARE(p->version, QStringLiteral("0.2.7"));
        QCOMPARE(p->checksum, QStringLiteral("abcdef"));
        QVERIFY(!splitIdentifier(QStringLiteral("openai")));
        QVERIFY(!splitIdentifier(QStringLiteral("/x:1")));
        QVERIFY(compareVersions(QStringLiteral("0.10.0"), QStringLiteral("0.9.9")) > 0);
        QVERIFY(compareVersions(QStringLiteral("1.0.0-beta"), QStringLiteral("1.0.0")) < 0);
        QCOMPARE(compareVersions(QStringLiteral("1.0"), QStringLiteral("1.0.0")), 0);
        QVERIFY(compareVersions(QStringLiteral("v2.0.0"), QStringLiteral("1.99.99")) > 0);
    }
};

QTEST_GUILESS_MAIN(TstMarketplace)
#include "tst_marketplace.moc"
