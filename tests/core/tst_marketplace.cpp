// SPDX-License-Identifier: GPL-3.0-or-later
// MarketplaceClient against a loopback fake Marketplace (real HTTP on 127.0.0.1, port 0).
#include "core/marketplace/marketplaceclient.h"
#include "tst_marketplace_fakeserver.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
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

    static QByteArray noise(int n)
    {
        QByteArray b(n, Qt::Uninitialized);
        for (char &c : b)
            c = char(QRandomGenerator::global()->bounded(256));
        return b;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

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
        const TestSupport::TinyPackage pkg = TestSupport::tinyPackage(QStringLiteral("studio-test"), QStringLiteral("weather_tool"),
                                                                      QStringLiteral("0.3.0"), noise(3000));
        QVERIFY(!pkg.bytes.isEmpty());
        const QString uid = pkg.identifier;
        FakeResponse ok;
        ok.contentType = "application/octet-stream";
        ok.body = pkg.bytes;
        server->onStatic("GET", "/api/v1/plugins/download", ok);
        server->onStatic("GET", "/api/v1/plugins/studio-test/weather_tool/0.3.0/download", ok);

        MarketplaceReply *a = wait(client->download(uid));
        QVERIFY2(a->isOk(), qPrintable(a->error() ? a->error()->message : QString()));
        QCOMPARE(readFile(a->filePath()), pkg.bytes);
        QCOMPARE(a->packageSize(), qint64(pkg.bytes.size()));
        QCOMPARE(a->verifiedIdentifier(), uid);
        QCOMPARE(server->requests.last().query.queryItemValue(QStringLiteral("unique_identifier"), QUrl::FullyDecoded), uid);
        MarketplaceReply *b = wait(client->download(uid, true));
        QVERIFY(b->isOk());
        QCOMPARE(server->requests.last().path, QByteArray("/api/v1/plugins/studio-test/weather_tool/0.3.0/download"));
        // The file is the reply's: saved elsewhere on request, gone with the reply otherwise.
        const QString kept = cache->filePath(QStringLiteral("kept.difypkg"));
        QVERIFY(b->saveTo(kept));
        QCOMPARE(readFile(kept), pkg.bytes);
        const QString temp = a->filePath();
        delete a;
        QVERIFY(!QFile::exists(temp));

        client->setMaxDownloadSize(500);
        MarketplaceReply *big = wait(client->download(uid));
        QVERIFY(!big->isOk());
        QCOMPARE(big->error()->code, ErrorCode::TooLarge);
        QVERIFY(big->filePath().isEmpty());
        client->setMaxDownloadSize(MarketplaceClient::DefaultMaxDownloadSize);

        FakeResponse html;
        html.body = TestSupport::envelope("null", 0);
        server->onStatic("GET", "/api/v1/plugins/download", html);
        server->onStatic("GET", "/api/v1/plugins/studio-test/weather_tool/0.3.0/download", html);
        MarketplaceReply *notZip = wait(client->download(uid));
        QVERIFY(!notZip->isOk());
        QCOMPARE(notZip->error()->code, ErrorCode::InvalidInput);
        QVERIFY(notZip->error()->message.contains(QStringLiteral("ZIP")));
        // Every style was tried (#15, #14, #16 which has no route here) and the message says so.
        QCOMPARE(notZip->triedPaths().size(), 3);
        QVERIFY(notZip->error()->message.contains(QStringLiteral("download-url")));
    }

    // #17.6: a package that is not the identifier asked for (another checksum, another plugin) is
    // refused, whichever download style served it, and nothing of it is kept.
    void downloadedPackageMustBeTheIdentifier()
    {
        const TestSupport::TinyPackage asked = TestSupport::tinyPackage(QStringLiteral("studio-test"), QStringLiteral("weather_tool"),
                                                                        QStringLiteral("0.3.0"), "genuine");
        const TestSupport::TinyPackage other = TestSupport::tinyPackage(QStringLiteral("studio-test"), QStringLiteral("weather_tool"),
                                                                        QStringLiteral("0.3.0"), "altered");
        QVERIFY(asked.identifier != other.identifier);
        FakeResponse altered;
        altered.contentType = "application/octet-stream";
        altered.body = other.bytes;
        server->onStatic("GET", "/api/v1/plugins/download", altered);
        const QString downloads = cache->filePath(QStringLiteral("downloads"));
        QDir().mkpath(downloads);
        client->setDownloadDir(downloads);
        MarketplaceReply *r = wait(client->download(asked.identifier));
        QVERIFY(!r->isOk());
        QCOMPARE(r->error()->code, ErrorCode::Unsafe);
        QVERIFY2(r->error()->message.contains(QStringLiteral("not the package that was asked for")), qPrintable(r->error()->message));
        QVERIFY(r->error()->message.contains(other.identifier));
        QVERIFY(r->filePath().isEmpty());
        QCOMPARE(server->requests.size(), 1); // an altered package is not a reason to try another style
        QTRY_VERIFY(QDir(downloads).isEmpty());

        // Without a checksum in the identifier, the manifest's author, name and version decide.
        server->onStatic("GET", "/api/v1/plugins/download", FakeResponse{200, "application/zip", asked.bytes, false, 0, {}});
        MarketplaceReply *noSum = wait(client->download(QStringLiteral("studio-test/weather_tool:0.3.0")));
        QVERIFY2(noSum->isOk(), qPrintable(noSum->error() ? noSum->error()->message : QString()));
        QCOMPARE(noSum->verifiedIdentifier(), asked.identifier);
        MarketplaceReply *otherName = wait(client->download(QStringLiteral("studio-test/other_tool:0.3.0")));
        QVERIFY(!otherName->isOk());
        QCOMPARE(otherName->error()->code, ErrorCode::Unsafe);
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
        // #17.3: the cached answer stands in, but the Marketplace answered: it is not "offline".
        QVERIFY(r->fromCache());
        QVERIFY(!r->offline());
        QVERIFY(r->cacheReason());
        QVERIFY2(r->cacheReason()->message.contains(QStringLiteral("HTTP 503")), qPrintable(r->cacheReason()->message));
        QVERIFY(!r->cacheReason()->message.contains(QStringLiteral("cannot be reached")));
        QCOMPARE(r->failure()->kind, Net::FailureKind::HttpStatus);
        QCOMPARE(r->failure()->httpStatus, 503);
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

    void bannersParsedSortedAndCachedOffline()
    {
        server->onJson("GET", "/api/v1/banners", fixture("banners.json"));
        MarketplaceReply *r = wait(client->banners(QStringLiteral("ja_JP")));
        QVERIFY2(r->isOk(), qPrintable(r->error() ? r->error()->message : QString()));
        QCOMPARE(server->requests.last().query.queryItemValue(QStringLiteral("page")), QStringLiteral("plugins"));
        QCOMPARE(server->requests.last().query.queryItemValue(QStringLiteral("language")), QStringLiteral("ja_JP"));
        QCOMPARE(server->requests.last().headers.value("x-dify-version"), QByteArray("1.9.2"));
        const QList<Banner> banners = r->banners();
        QCOMPARE(banners.size(), 3); // the one without title or image and the non-objects are dropped
        QCOMPARE(banners.at(0).id, QStringLiteral("b1"));   // sort_order 1 first
        QCOMPARE(banners.at(0).title.text(), QStringLiteral("Studio Weather Tool"));
        QCOMPARE(banners.at(0).pluginId, QStringLiteral("studio-test/weather_tool")); // from the link
        QCOMPARE(banners.at(1).title.text(QStringLiteral("zh_Hans")), QStringLiteral("我们如何测试插件"));
        QCOMPARE(banners.at(1).imageUrl, QStringLiteral("/static/banners/blog.svg"));
        QVERIFY(banners.at(1).pluginId.isEmpty()); // a blog link is not a plugin
        QCOMPARE(banners.at(1).type, QStringLiteral("blog"));
        QCOMPARE(banners.at(2).title.text(), QStringLiteral("Plugin week"));
        QCOMPARE(banners.at(2).link, QStringLiteral("https://events.example.test/week"));
        QCOMPARE(banners.at(2).pluginId, QStringLiteral("studio-test/echo")); // explicit plugin_id

        server->stop();
        MarketplaceReply *cached = wait(client->banners(QStringLiteral("ja_JP")));
        QVERIFY(cached->isOk());
        QVERIFY(cached->offline());
        QCOMPARE(cached->banners().size(), 3);
        MarketplaceReply *other = wait(client->banners(QStringLiteral("en_US"))); // never fetched: nothing cached
        QVERIFY(!other->isOk());
        QCOMPARE(other->error()->code, ErrorCode::NetworkError);
    }

    void bannersAsBareArrayAndGarbage()
    {
        server->onJson("GET", "/api/v1/banners", "[{\"title\":\"Only one\",\"image\":\"https://cdn.example.test/x.png\"}]");
        MarketplaceReply *r = wait(client->banners());
        QVERIFY(r->isOk());
        QCOMPARE(r->banners().size(), 1);
        QCOMPARE(r->banners().first().imageUrl, QStringLiteral("https://cdn.example.test/x.png"));
        server->onJson("GET", "/api/v1/banners", "{\"banners\":\"nope\"}");
        MarketplaceReply *g = wait(client->banners(QStringLiteral("de_DE")));
        QVERIFY(g->isOk());
        QVERIFY(g->banners().isEmpty());
    }

    void unifiedSearchShape()
    {
        server->onJson("POST", "/api/v1/search/unified", fixture("unified_search.json"));
        MarketplaceReply *r = wait(client->unifiedSearch(QStringLiteral("weat"), 6));
        QVERIFY2(r->isOk(), qPrintable(r->error() ? r->error()->message : QString()));
        const QJsonObject body = QJsonDocument::fromJson(server->requests.last().body).object();
        QCOMPARE(body.value(QStringLiteral("query")).toString(), QStringLiteral("weat"));
        QCOMPARE(body.value(QStringLiteral("scope")).toArray(), QJsonArray{QStringLiteral("plugins")});
        QCOMPARE(body.value(QStringLiteral("page")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("page_size")).toInt(), 6);
        QCOMPARE(server->requests.last().headers.value("x-dify-version"), QByteArray("1.9.2"));
        const UnifiedSearchResult u = r->unifiedSearch();
        QCOMPARE(u.plugins.size(), 2); // the item without any id and the null are dropped
        QCOMPARE(u.plugins.at(0).pluginId, QStringLiteral("studio-test/weather_tool"));
        QCOMPARE(u.plugins.at(0).label.text(), QStringLiteral("Weather Tool"));
        QCOMPARE(u.plugins.at(1).pluginId, QStringLiteral("studio-test/weather_model")); // from index_id
        QCOMPARE(u.plugins.at(1).indexId, QStringLiteral("studio-test___weather_model"));
        QCOMPARE(u.pluginsTotal, 17);
        QCOMPARE(u.creatorsTotal, 1);
        QCOMPARE(u.templatesTotal, 3);
    }

    void identifierBatchShapes()
    {
        server->onJson("POST", "/api/v1/plugins/identifier/batch", fixture("identifier_batch.json"));
        const QStringList ids{QStringLiteral("studio-test/weather_tool:0.2.0@aa"), QStringLiteral("studio-test/echo:1.3.0@bb")};
        MarketplaceReply *r = wait(client->pluginsByIdentifiers(ids));
        QVERIFY(r->isOk());
        QCOMPARE(QJsonDocument::fromJson(server->requests.last().body).object().value(QStringLiteral("unique_identifiers")).toArray(),
                 QJsonArray::fromStringList(ids));
        const QList<PluginListing> list = r->identifierBatch();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).version, QStringLiteral("0.2.0"));
        QCOMPARE(list.at(1).pluginId, QStringLiteral("studio-test/echo"));
        QCOMPARE(list.at(1).version, QStringLiteral("1.3.0")); // {plugin, version} form
        QCOMPARE(list.at(1).label.text(), QStringLiteral("Echo"));
    }

    void describeBundleDependencies()
    {
        server->onJson("POST", "/api/v1/plugins/versions/batch",
                       R"({"list":[{"plugin":{},"version":{"plugin_org":"studio-test","plugin_name":"weather_tool","version":"0.2.0","unique_identifier":"studio-test/weather_tool:0.2.0@aa"}}]})");
        server->onJson("POST", "/api/v1/plugins/identifier/batch", fixture("identifier_batch.json"));
        const QList<Dependency> deps{
            Dependency{QStringLiteral("marketplace"), QJsonObject{{QStringLiteral("marketplace_pattern"), QStringLiteral("studio-test/weather_tool:0.2.0")}}},
            Dependency{QStringLiteral("marketplace"), QJsonObject{{QStringLiteral("plugin_unique_identifier"), QStringLiteral("studio-test/echo:1.3.0@bb")}}},
            Dependency{QStringLiteral("marketplace"), QJsonObject{{QStringLiteral("marketplace_pattern"), QStringLiteral("studio-test/gone:2.0.0")}}},
            Dependency{QStringLiteral("marketplace"), QJsonObject{{QStringLiteral("marketplace_pattern"), QStringLiteral("studio-test/ranged:^1.0.0")}}},
            Dependency{QStringLiteral("github"), QJsonObject{{QStringLiteral("repo_pattern"), QStringLiteral("studio-test/echo:1.x.x/echo.difypkg")}}},
            Dependency{QStringLiteral("package"), QJsonObject{{QStringLiteral("path"), QString(64, QLatin1Char('3'))}}},
            Dependency{QStringLiteral("weird"), QJsonObject{}}};
        QObject context;
        std::optional<QList<DependencyInfo>> got;
        describeDependencies(client.get(), deps, &context, [&](QList<DependencyInfo> infos, bool) { got = infos; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QCOMPARE(got->size(), 7);
        QCOMPARE(got->at(0).uniqueIdentifier, QStringLiteral("studio-test/weather_tool:0.2.0@aa")); // via #11
        QCOMPARE(got->at(0).label.text(), QStringLiteral("Weather Tool"));                       // via #10
        QCOMPARE(got->at(0).version, QStringLiteral("0.2.0"));
        QCOMPARE(got->at(0).iconPath, QStringLiteral("plugins/studio-test/weather_tool/icon"));
        QCOMPARE(got->at(1).label.text(), QStringLiteral("Echo"));
        QCOMPARE(got->at(1).version, QStringLiteral("1.3.0"));
        QVERIFY(got->at(2).error.contains(QStringLiteral("not on the Marketplace")));
        QVERIFY(got->at(3).uniqueIdentifier.isEmpty()); // a range is resolved at install time
        QVERIFY(got->at(3).error.isEmpty());
        QCOMPARE(got->at(3).version, QStringLiteral("^1.0.0"));
        QCOMPARE(got->at(4).pluginId, QStringLiteral("studio-test/echo"));
        QCOMPARE(got->at(4).version, QStringLiteral("1.x.x"));
        QCOMPARE(got->at(5).pattern, QString(64, QLatin1Char('3')));
        QVERIFY(!got->at(6).error.isEmpty());
        // One #11 request and one #10 request.
        int batch = 0, identifiers = 0;
        for (const auto &req : server->requests) {
            batch += req.path == "/api/v1/plugins/versions/batch";
            identifiers += req.path == "/api/v1/plugins/identifier/batch";
        }
        QCOMPARE(batch, 1);
        QCOMPARE(identifiers, 1);
    }

    void downloadFallsBackToPresignedUrl()
    {
        const TestSupport::TinyPackage pkg = TestSupport::tinyPackage(QStringLiteral("studio-test"), QStringLiteral("weather_tool"),
                                                                      QStringLiteral("0.3.0"), noise(3000));
        const QString uid = pkg.identifier;
        const QByteArray zip = pkg.bytes;
        FakeResponse gone;
        gone.status = 404;
        gone.body = TestSupport::envelope("null", 404, "not found");
        FakeResponse broken;
        broken.status = 500;
        broken.body = "oops";
        server->onStatic("GET", "/api/v1/plugins/download", gone);
        server->onStatic("GET", "/api/v1/plugins/studio-test/weather_tool/0.3.0/download", broken);
        server->on("GET", "/api/v1/plugins/download-url", [](const TestSupport::FakeRequest &req) {
            FakeResponse r;
            r.status = 302;
            r.body = "";
            r.headers.append({"Location", "/bucket/weather_tool-0.3.0.difypkg?X-Amz-Signature=abc&id="
                                              + QUrl::toPercentEncoding(req.query.queryItemValue(QStringLiteral("unique_identifier"), QUrl::FullyDecoded))});
            return r;
        });
        FakeResponse presigned;
        presigned.contentType = "application/octet-stream";
        presigned.body = zip;
        server->onStatic("GET", "/bucket/weather_tool-0.3.0.difypkg", presigned);

        MarketplaceReply *r = wait(client->download(uid));
        QVERIFY2(r->isOk(), qPrintable(r->error() ? r->error()->message : QString()));
        QCOMPARE(readFile(r->filePath()), zip);
        QCOMPARE(r->triedPaths(), (QStringList{QStringLiteral("/api/v1/plugins/download"),
                                               QStringLiteral("/api/v1/plugins/studio-test/weather_tool/0.3.0/download"),
                                               QStringLiteral("/api/v1/plugins/download-url"),
                                               QStringLiteral("/bucket/weather_tool-0.3.0.difypkg")}));
        const TestSupport::FakeRequest &asked = server->requests.at(server->requests.size() - 2);
        QCOMPARE(asked.query.queryItemValue(QStringLiteral("unique_identifier"), QUrl::FullyDecoded), uid);
        QCOMPARE(asked.headers.value("x-dify-version"), QByteArray("1.9.2"));
        const TestSupport::FakeRequest &bucket = server->requests.last();
        QCOMPARE(bucket.query.queryItemValue(QStringLiteral("X-Amz-Signature")), QStringLiteral("abc"));
        QVERIFY(!bucket.headers.contains("x-dify-version")); // presigned URLs get no Marketplace headers

        // #16 alone.
        MarketplaceReply *only = wait(client->downloadViaPresignedUrl(uid));
        QVERIFY(only->isOk());
        QCOMPARE(readFile(only->filePath()), zip);

        // The size cap holds on the presigned answer too, and stops the chain.
        client->setMaxDownloadSize(1000);
        MarketplaceReply *big = wait(client->download(uid));
        QVERIFY(!big->isOk());
        QCOMPARE(big->error()->code, ErrorCode::TooLarge);
        client->setMaxDownloadSize(MarketplaceClient::DefaultMaxDownloadSize);

        // A redirect without a Location, after #15 and #14 failed: one clear error naming all tries.
        server->onStatic("GET", "/api/v1/plugins/download-url", FakeResponse{302, "text/plain", "", false, 0, {}});
        MarketplaceReply *bad = wait(client->download(uid));
        QVERIFY(!bad->isOk());
        QCOMPARE(bad->error()->code, ErrorCode::NotFound); // the first failure is reported
        QVERIFY(bad->error()->message.contains(QStringLiteral("Tried:")));
        QVERIFY(bad->error()->message.contains(QStringLiteral("download-url")));

        // A redirect to a non-http scheme is refused.
        server->onStatic("GET", "/api/v1/plugins/download-url",
                         FakeResponse{302, "text/plain", "", false, 0, {{"Location", "file:///etc/passwd"}}});
        MarketplaceReply *evil = wait(client->downloadViaPresignedUrl(uid));
        QVERIFY(!evil->isOk());
        QVERIFY(evil->error()->message.contains(QStringLiteral("Location")));
    }

    void catalogueManifestRevalidatesWithEtag()
    {
        int calls = 0;
        QByteArray body = fixture("catalogue_manifest.json");
        server->on("GET", "/api/v1/dist/plugins/manifest.json", [&](const TestSupport::FakeRequest &req) {
            ++calls;
            FakeResponse r;
            if (req.headers.value("if-none-match") == "\"v1\"" && calls == 2) {
                r.status = 304;
                r.body = "";
                return r;
            }
            r.body = calls >= 3 ? QByteArray(R"({"plugins":[{"org":"studio-test","name":"echo","latest_version":"2.0.0","latest_package_identifier":"studio-test/echo:2.0.0@44"}]})")
                                : body;
            r.headers.append(qMakePair(QByteArray("ETag"), QByteArray(calls >= 3 ? "\"v2\"" : "\"v1\"")));
            r.headers.append(qMakePair(QByteArray("Last-Modified"), QByteArray("Mon, 23 Nov 2026 10:00:00 GMT")));
            return r;
        });
        MarketplaceReply *first = wait(client->catalogueManifest());
        QVERIFY2(first->isOk(), qPrintable(first->error() ? first->error()->message : QString()));
        QVERIFY(!first->notModified());
        QVERIFY(!server->requests.last().headers.contains("if-none-match"));
        QCOMPARE(server->requests.last().headers.value("x-dify-version"), QByteArray("1.9.2"));
        const QList<LatestVersion> list = first->catalogue();
        QCOMPARE(list.size(), 3); // entries without org/name dropped
        QCOMPARE(list.at(0).pluginId, QStringLiteral("studio-test/weather_tool"));
        QCOMPARE(list.at(0).version, QStringLiteral("0.3.0"));
        QCOMPARE(list.at(0).packageUrl, QStringLiteral("https://cdn.example.test/weather_tool-0.3.0.difypkg"));

        MarketplaceReply *second = wait(client->catalogueManifest());
        QVERIFY(second->isOk());
        QCOMPARE(server->requests.last().headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(server->requests.last().headers.value("if-modified-since"), QByteArray("Mon, 23 Nov 2026 10:00:00 GMT"));
        QVERIFY(second->notModified());
        QVERIFY(!second->offline());
        QCOMPARE(second->catalogue().size(), 3); // from the cached copy

        MarketplaceReply *third = wait(client->catalogueManifest());
        QVERIFY(third->isOk());
        QVERIFY(!third->notModified());
        QCOMPARE(third->catalogue().size(), 1);
        QCOMPARE(third->catalogue().first().version, QStringLiteral("2.0.0"));
        MarketplaceReply *fourth = wait(client->catalogueManifest());
        QCOMPARE(server->requests.last().headers.value("if-none-match"), QByteArray("\"v2\""));
        QVERIFY(fourth->isOk());

        server->stop();
        MarketplaceReply *offline = wait(client->catalogueManifest());
        QVERIFY(offline->isOk());
        QVERIFY(offline->offline());
        QCOMPARE(offline->catalogue().first().pluginId, QStringLiteral("studio-test/echo"));
    }

    void catalogue304WithoutCacheIsAnError()
    {
        FakeResponse notModified;
        notModified.status = 304;
        server->onStatic("GET", "/api/v1/dist/plugins/manifest.json", notModified);
        // No validators stored, so a 304 is the server misbehaving: an error, not an empty catalogue.
        MarketplaceReply *r = wait(client->catalogueManifest());
        QVERIFY(!r->isOk());
    }

    void reportInstallPostsIdentifierAndIgnoresBody()
    {
        const QString uid = QStringLiteral("studio-test/weather_tool:0.3.0@22");
        FakeResponse empty;
        empty.body = "";
        server->onStatic("POST", "/api/v1/stats/plugins/install_count", empty);
        MarketplaceReply *r = wait(client->reportInstall(uid));
        QVERIFY2(r->isOk(), qPrintable(r->error() ? r->error()->message : QString()));
        QCOMPARE(QJsonDocument::fromJson(server->requests.last().body).object().value(QStringLiteral("unique_identifier")).toString(), uid);
        QCOMPARE(server->requests.last().headers.value("x-dify-version"), QByteArray("1.9.2"));
        FakeResponse down;
        down.status = 500;
        server->onStatic("POST", "/api/v1/stats/plugins/install_count", down);
        MarketplaceReply *failed = wait(client->reportInstall(uid));
        QVERIFY(!failed->isOk());
        QVERIFY(!wait(client->reportInstall(QStringLiteral("garbage")))->isOk());
        // Never cached: a second failure does not turn into an "offline" success.
        QVERIFY(!wait(client->reportInstall(uid))->isOk());
    }

    void imageResolvesSiteRelativeUrls()
    {
        FakeResponse svg;
        svg.contentType = "image/svg+xml";
        svg.body = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        server->onStatic("GET", "/static/banners/blog.svg", svg);
        MarketplaceReply *r = wait(client->image(QStringLiteral("/static/banners/blog.svg")));
        QVERIFY(r->isOk());
        QCOMPARE(r->bytes(), svg.body);
        MarketplaceReply *abs = wait(client->image(server->url().toString() + QStringLiteral("/static/banners/blog.svg")));
        QVERIFY(abs->isOk());
    }

    void identifiersAndVersions()
    {
        const auto p = splitIdentifier(QStringLiteral("langgenius/openai:0.2.7@abcdef"));
        QVERIFY(p);
        QCOMPARE(p->author, QStringLiteral("langgenius"));
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
