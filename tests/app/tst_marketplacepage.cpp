// SPDX-License-Identifier: GPL-3.0-or-later
// Marketplace browser against a loopback fake Marketplace (JSON written here): cards, categories,
// sort, paging, detail page, download with progress, and the offline banner from the cache.
#include "app/marketplace/bannerstrip.h"
#include "app/marketplace/marketplacemodel.h"
#include "app/marketplace/marketplacepage.h"
#include "core/workspace/installtask.h"
#include "app/workspace/workspacesettingspage.h"
#include "core/workspace/updates.h"
#include "tests/core/tst_marketplace_fakeserver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QStandardItemModel>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTextBrowser>

using namespace Studio;
using namespace Studio::App;
using TestSupport::FakeHttpServer;
using TestSupport::FakeRequest;
using TestSupport::FakeResponse;

namespace {
// The identifier of acme/plugin3 1.3.0, the one plugin the page downloads: a real package's, as
// the client checks the downloaded package against it.
QString g_plugin3Identifier;

QString identifierOf(int i)
{
    if (i == 3 && !g_plugin3Identifier.isEmpty())
        return g_plugin3Identifier;
    return QStringLiteral("acme/plugin%1:1.%1.0@%2").arg(i).arg(QString(64, QLatin1Char('a')));
}

QJsonObject plugin(int i, const QString &category)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("plugin")},
                       {QStringLiteral("org"), QStringLiteral("acme")},
                       {QStringLiteral("name"), QStringLiteral("plugin%1").arg(i)},
                       {QStringLiteral("plugin_id"), QStringLiteral("acme/plugin%1").arg(i)},
                       {QStringLiteral("latest_version"), QStringLiteral("1.%1.0").arg(i)},
                       {QStringLiteral("latest_package_identifier"), identifierOf(i)},
                       {QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("Plugin number %1").arg(i)}}},
                       {QStringLiteral("brief"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("Does useful thing %1 for you").arg(i)}}},
                       {QStringLiteral("category"), category},
                       {QStringLiteral("install_count"), 1000 * i + 7},
                       {QStringLiteral("badges"), i % 2 ? QJsonArray{QStringLiteral("partner")} : QJsonArray{}},
                       {QStringLiteral("verified"), i % 3 == 0},
                       {QStringLiteral("introduction"), QStringLiteral("# Plugin %1\n\nA **README** with a [link](https://example.com).").arg(i)}};
}

QByteArray searchAnswer(int from, int count, int total, const QString &category)
{
    QJsonArray list;
    for (int i = from; i < from + count; ++i)
        list.append(plugin(i, category.isEmpty() ? QStringLiteral("tool") : category));
    return QJsonDocument(QJsonObject{{QStringLiteral("plugins"), list}, {QStringLiteral("total"), total}}).toJson(QJsonDocument::Compact);
}

QByteArray unifiedAnswer(const QString &query, int padding = 0)
{
    QJsonArray items;
    for (int i : {3, 1}) {
        QJsonObject p = plugin(i, QStringLiteral("tool"));
        p.insert(QStringLiteral("index_id"), QStringLiteral("acme___plugin%1").arg(i));
        p.insert(QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("%1 match %2").arg(query).arg(i)}});
        items.append(p);
    }
    QJsonObject data{{QStringLiteral("plugins"), QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), 2}}},
                     {QStringLiteral("creators"), QJsonObject{{QStringLiteral("items"), QJsonArray()}, {QStringLiteral("total"), 0}}}};
    if (padding > 0)
        data.insert(QStringLiteral("padding"), QString(padding, QLatin1Char(' ')));
    return TestSupport::envelope(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

const QByteArray kSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"><rect width=\"16\" height=\"16\" fill=\"#36c\"/></svg>";
} // namespace

// Catches the browser call of a banner link.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestMarketplacePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // #18.8: opened, the page shows its home without a search: the most popular plugins, the
    // Marketplace's collections (by priority) as buttons, a collection lists its plugins, and a
    // search goes back to "Popular". Before: the list stayed blank until the first search.
    void homeOnOpen()
    {
        QTemporaryDir dir;
        FakeHttpServer server;
        QList<QJsonObject> searchBodies;
        server.on("POST", "/api/v1/plugins/search/advanced", [&searchBodies](const FakeRequest &r) {
            searchBodies.append(QJsonDocument::fromJson(r.body).object());
            FakeResponse resp;
            resp.body = TestSupport::envelope(searchAnswer(0, 12, 12, QString()));
            return resp;
        });
        const QJsonArray collectionList{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("featured")},
                        {QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("Featured")}}},
                        {QStringLiteral("description"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("Hand-picked")}}},
                        {QStringLiteral("priority"), 1}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("agents")},
                        {QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("For \x1b[2Jagents")}}},
                        {QStringLiteral("priority"), 5}}};
        server.onJson("GET", "/api/v1/collections",
                      QJsonDocument(QJsonObject{{QStringLiteral("collections"), collectionList}, {QStringLiteral("total"), 2}})
                          .toJson(QJsonDocument::Compact));
        int collectionCalls = 0;
        server.on("POST", "/api/v1/collections/featured/plugins", [&collectionCalls](const FakeRequest &) {
            ++collectionCalls;
            FakeResponse resp;
            resp.body = TestSupport::envelope(searchAnswer(40, 3, 3, QString()));
            return resp;
        });
        QVERIFY(server.start());
        Marketplace::MarketplaceClient client;
        client.setBaseUrl(server.url());
        client.setCacheDir(dir.filePath(QStringLiteral("cache")));
        client.setTimeoutMs(3000);
        MarketplacePage page(&client);
        QSignalSpy done(&page, &MarketplacePage::searchFinished);
        QSignalSpy collections(&page, &MarketplacePage::collectionsLoaded);
        page.resize(1000, 700);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(page.model()->rowCount(), 12);
        QCOMPARE(searchBodies.size(), 1);
        QCOMPARE(searchBodies.first().value(QStringLiteral("query")).toString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(collections.count(), 1, 10000);
        QCOMPARE(collections.first().first().toInt(), 2);
        QCOMPARE(page.collectionNames(), (QStringList{QStringLiteral("agents"), QStringLiteral("featured")}));
        auto *bar = page.findChild<QWidget *>(QStringLiteral("collections"));
        QVERIFY(bar && bar->isVisible());
        auto *agents = page.findChild<QToolButton *>(QStringLiteral("collection_agents"));
        QVERIFY(agents);
        QVERIFY2(!agents->text().contains(QChar(0x1b)), qPrintable(agents->text()));
        auto *featured = page.findChild<QToolButton *>(QStringLiteral("collection_featured"));
        QVERIFY(featured);
        QCOMPARE(featured->text(), QStringLiteral("Featured"));

        // A collection lists its plugins.
        QTest::mouseClick(featured, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QCOMPARE(collectionCalls, 1);
        QCOMPARE(page.currentCollection(), QStringLiteral("featured"));
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(featured->isChecked());

        // A search replaces it ("Popular" again); a query hides the home row.
        page.setQuery(QStringLiteral("plugin"));
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 10000);
        QVERIFY(page.currentCollection().isEmpty());
        QCOMPARE(page.model()->rowCount(), 12);
        QVERIFY(!featured->isChecked());
        QVERIFY(!bar->isVisible());
        // Shown again, the page does not search by itself a second time.
        page.hide();
        page.show();
        QTest::qWait(100);
        QCOMPARE(searchBodies.size(), 2);
    }

    void browseDetailDownloadAndOffline()
    {
        QTemporaryDir dir;
        FakeHttpServer server;
        const TestSupport::TinyPackage package = TestSupport::tinyPackage(QStringLiteral("acme"), QStringLiteral("plugin3"),
                                                                          QStringLiteral("1.3.0"), QByteArray(200000, 'z'));
        QVERIFY(!package.bytes.isEmpty());
        g_plugin3Identifier = package.identifier;
        QList<QJsonObject> searchBodies;
        server.on("POST", "/api/v1/plugins/search/advanced", [&searchBodies](const FakeRequest &r) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            searchBodies.append(body);
            const int page = body.value(QStringLiteral("page")).toInt(1);
            const int size = body.value(QStringLiteral("page_size")).toInt(40);
            const QString cat = body.value(QStringLiteral("category")).toString();
            FakeResponse resp;
            const int total = 50;
            const int from = (page - 1) * size;
            resp.body = TestSupport::envelope(searchAnswer(from, qMin(size, total - from), total, cat));
            return resp;
        });
        server.on("GET", "/api/v1/plugins/acme/plugin3", [](const FakeRequest &) {
            FakeResponse resp;
            resp.body = TestSupport::envelope(QJsonDocument(QJsonObject{{QStringLiteral("plugin"), plugin(3, QStringLiteral("tool"))},
                                                                        {QStringLiteral("version"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.3.0")}}}})
                                                  .toJson(QJsonDocument::Compact));
            return resp;
        });
        server.onJson("GET", "/api/v1/plugins/acme/plugin3/versions",
                      R"({"versions":[{"version":"1.3.0","created_at":"2026-01-02T00:00:00Z","unique_identifier":")"
                          + package.identifier.toUtf8() + R"("},{"version":"1.2.0","created_at":"2025-12-01T00:00:00Z","unique_identifier":"acme/plugin3:1.2.0@)"
                          + QByteArray(64, 'b') + R"("}]})");
        server.on("GET", "/api/v1/plugins/download", [&package](const FakeRequest &) {
            FakeResponse resp;
            resp.contentType = "application/octet-stream";
            resp.body = package.bytes;
            resp.chunkDelayMs = 5;
            return resp;
        });
        for (int i = 0; i < 60; ++i)
            server.onStatic("GET", "/api/v1/plugins/acme/plugin" + QByteArray::number(i) + "/icon",
                            FakeResponse{200, "image/svg+xml", kSvg, false, 0});
        QVERIFY(server.start());

        Marketplace::MarketplaceClient client;
        client.setBaseUrl(server.url());
        client.setCacheDir(dir.filePath(QStringLiteral("cache")));
        client.setTimeoutMs(3000);
        MarketplacePage page(&client);
        page.setDownloadDir(dir.filePath(QStringLiteral("downloads")));
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QSignalSpy done(&page, &MarketplacePage::searchFinished);
        page.setQuery(QStringLiteral("plugin"));
        page.setSort(Marketplace::SortOrder::RecentlyUpdated);
        page.setTags({QStringLiteral("search")});
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(page.model()->rowCount(), 40);
        QVERIFY(!page.isOffline());
        QVERIFY(page.errorText().isEmpty());
        const QJsonObject body = searchBodies.constLast();
        QCOMPARE(body.value(QStringLiteral("query")).toString(), QStringLiteral("plugin"));
        QCOMPARE(body.value(QStringLiteral("sort_by")).toString(), Marketplace::sortBy(Marketplace::SortOrder::RecentlyUpdated));
        QCOMPARE(body.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("search"));
        // Cards: label, badges and installs come through the model; icons arrive lazily.
        const QModelIndex first = page.model()->index(1);
        QCOMPARE(first.data().toString(), QStringLiteral("Plugin number 1"));
        QCOMPARE(first.data(MarketplaceListModel::BadgesRole).toStringList(), QStringList{QStringLiteral("partner")});
        QCOMPARE(first.data(MarketplaceListModel::InstallCountRole).toLongLong(), 1007);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->hasIcon(QStringLiteral("acme/plugin0")), 10000);
        QVERIFY(!page.model()->index(0).data(MarketplaceListModel::IconRole).value<QImage>().isNull());
        QCOMPARE(formatInstallCount(12345), QStringLiteral("12.3k"));

        // Paging.
        page.loadMore();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QCOMPARE(page.model()->rowCount(), 50);
        QCOMPARE(searchBodies.constLast().value(QStringLiteral("page")).toInt(), 2);

        // Category tab.
        page.setCategory(QStringLiteral("model"));
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 10000);
        QCOMPARE(searchBodies.constLast().value(QStringLiteral("category")).toString(), QStringLiteral("model"));
        QCOMPARE(page.model()->index(0).data(MarketplaceListModel::CategoryRole).toString(), QStringLiteral("model"));

        // Detail page with README and versions; download.
        QSignalSpy detail(&page, &MarketplacePage::detailLoaded);
        page.openDetail(QStringLiteral("acme/plugin3"));
        QTRY_COMPARE_WITH_TIMEOUT(detail.count(), 1, 10000);
        QVERIFY(page.readmeView()->toPlainText().contains(QStringLiteral("README")));
        QTRY_COMPARE_WITH_TIMEOUT(page.versionsView()->count(), 2, 10000);
        QSignalSpy downloaded(&page, &MarketplacePage::packageDownloaded);
        page.installShown();
        QTRY_COMPARE_WITH_TIMEOUT(downloaded.count(), 1, 20000);
        QVERIFY(downloaded.at(0).at(0).toString().startsWith(QStringLiteral("acme/plugin3:1.3.0@")));
        QFile pkg(downloaded.at(0).at(1).toString());
        QVERIFY(pkg.open(QIODevice::ReadOnly));
        QCOMPARE(pkg.readAll(), package.bytes);
        page.showList();

        // The server goes away: the same search comes from the cache with an offline banner.
        page.setCategory(QStringLiteral("all"));
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 4, 10000);
        QVERIFY(!page.isOffline());
        server.stop();
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 5, 20000);
        QVERIFY(page.isOffline());
        QVERIFY(page.offlineBannerText().contains(QStringLiteral("cache")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("offlineBanner"))->isVisible());
        QCOMPARE(page.model()->rowCount(), 40);
        // A search never made before has no cache: a clear error instead.
        page.setQuery(QStringLiteral("never searched"));
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 6, 20000);
        QVERIFY(page.errorText().contains(QStringLiteral("could not be reached")));
    }

    // "Report installs to the Marketplace": off by default, saved by the settings dialog.
    void reportInstallsSetting()
    {
        QTemporaryDir dir;
        auto ws = Workspace::WorkspaceStore::open(dir.path());
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
        Workspace::WorkspaceStore *store = ws.value().get();
        QVERIFY(!Workspace::reportInstallsEnabled(*store));
        {
            WorkspaceSettingsPage dlg(store);
            QCheckBox *box = dlg.reportInstallsBox();
            QVERIFY(box);
            QVERIFY(!box->isChecked());
            QVERIFY(!box->text().isEmpty());
            box->setChecked(true);
            QVERIFY(dlg.save());
        }
        QVERIFY(Workspace::reportInstallsEnabled(*store));
        WorkspaceSettingsPage again(store);
        QVERIFY(again.reportInstallsBox()->isChecked());
        again.reportInstallsBox()->setChecked(false);
        QVERIFY(again.save());
        QVERIFY(!Workspace::reportInstallsEnabled(*store));
    }

    void bannersSuggestionsAndBundle()
    {
        QTemporaryDir dir;
        FakeHttpServer server;
        server.onJson("GET", "/api/v1/banners",
                      "{\"banners\":[{\"id\":\"b1\",\"type\":\"recommend\",\"title\":{\"en_US\":\"Plugin number 3 is here\"},\"description\":{\"en_US\":\"Try the third plugin\"},\"link\":\"https://marketplace.example.test/plugins/acme/plugin3\",\"sort_order\":1},"
                      "{\"id\":\"b2\",\"type\":\"blog\",\"title\":\"Writing plugins that last\",\"description\":\"A blog post\",\"image_url\":\"/static/blog.svg\",\"link\":\"https://blog.example.test/post\",\"sort_order\":2}]}");
        server.onStatic("GET", "/static/blog.svg", FakeResponse{200, "image/svg+xml", kSvg, false, 0, {}});
        server.on("POST", "/api/v1/plugins/search/advanced", [](const FakeRequest &) {
            FakeResponse resp;
            resp.body = TestSupport::envelope(searchAnswer(0, 6, 6, QString()));
            return resp;
        });
        server.on("POST", "/api/v1/bundles/search/advanced", [](const FakeRequest &) {
            const QJsonObject kit{{QStringLiteral("type"), QStringLiteral("bundle")}, {QStringLiteral("org"), QStringLiteral("acme")},
                                  {QStringLiteral("name"), QStringLiteral("kit")}, {QStringLiteral("version"), QStringLiteral("1.0.0")},
                                  {QStringLiteral("labels"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("Starter kit")}}},
                                  {QStringLiteral("description"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("Three plugins to start with")}}}};
            FakeResponse resp;
            resp.body = TestSupport::envelope(QJsonDocument(QJsonObject{{QStringLiteral("bundles"), QJsonArray{kit}}, {QStringLiteral("total"), 1}})
                                                  .toJson(QJsonDocument::Compact));
            return resp;
        });
        server.onJson("GET", "/api/v1/bundles/acme/kit/1.0.0",
                      "{\"version\":{\"dependencies\":[{\"type\":\"marketplace\",\"value\":{\"marketplace_pattern\":\"acme/plugin1:1.1.0\"}},"
                      "{\"type\":\"marketplace\",\"value\":{\"plugin_unique_identifier\":\"acme/plugin2:1.2.0@bb\"}},"
                      "{\"type\":\"github\",\"value\":{\"repo_pattern\":\"acme/tools:2.0.0/tools.difypkg\"}}]}}");
        server.onJson("POST", "/api/v1/plugins/versions/batch",
                      "{\"list\":[{\"plugin\":{},\"version\":{\"plugin_org\":\"acme\",\"plugin_name\":\"plugin1\",\"version\":\"1.1.0\",\"unique_identifier\":\"acme/plugin1:1.1.0@aa\"}}]}");
        server.on("POST", "/api/v1/plugins/identifier/batch", [](const FakeRequest &) {
            FakeResponse resp;
            resp.body = TestSupport::envelope(QJsonDocument(QJsonObject{{QStringLiteral("plugins"), QJsonArray{plugin(1, QStringLiteral("tool")), plugin(2, QStringLiteral("model"))}}})
                                                  .toJson(QJsonDocument::Compact));
            return resp;
        });
        QStringList unifiedQueries;
        server.on("POST", "/api/v1/search/unified", [&unifiedQueries](const FakeRequest &r) {
            const QString q = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("query")).toString();
            unifiedQueries.append(q);
            FakeResponse resp;
            // "sl" answers slowly (about a second) so the next keystroke cancels it.
            resp.body = unifiedAnswer(q, q == QLatin1String("sl") ? 400000 : 0);
            resp.chunkDelayMs = q == QLatin1String("sl") ? 150 : 0;
            return resp;
        });
        for (int i = 0; i < 8; ++i) {
            server.on("GET", "/api/v1/plugins/acme/plugin" + QByteArray::number(i), [i](const FakeRequest &) {
                FakeResponse resp;
                resp.body = TestSupport::envelope(QJsonDocument(QJsonObject{{QStringLiteral("plugin"), plugin(i, QStringLiteral("tool"))}})
                                                      .toJson(QJsonDocument::Compact));
                return resp;
            });
            server.onJson("GET", "/api/v1/plugins/acme/plugin" + QByteArray::number(i) + "/versions", "{\"versions\":[]}");
            server.onStatic("GET", "/api/v1/plugins/acme/plugin" + QByteArray::number(i) + "/icon",
                            FakeResponse{200, "image/svg+xml", kSvg, false, 0, {}});
        }
        QVERIFY(server.start());

        Marketplace::MarketplaceClient client;
        client.setBaseUrl(server.url());
        client.setCacheDir(dir.filePath(QStringLiteral("cache")));
        client.setTimeoutMs(5000);
        MarketplacePage page(&client);
        page.resize(1100, 720);
        // Home: banners above the results (fetched when the page is first shown), the image of the
        // second one fetched from the site.
        QSignalSpy banners(&page, &MarketplacePage::bannersLoaded);
        QSignalSpy done(&page, &MarketplacePage::searchFinished);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE_WITH_TIMEOUT(banners.count(), 1, 10000);
        QVERIFY(page.bannersVisible());
        // #18.8: the home lists the popular plugins by itself, then a search runs on demand.
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY(page.model()->rowCount() > 0);
        page.search();
        QCOMPARE(banners.first().first().toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QVERIFY(page.bannersVisible());
        QCOMPARE(page.bannerStrip()->count(), 2);
        BannerCard *pluginCard = page.bannerStrip()->cards().at(0);
        BannerCard *blogCard = page.bannerStrip()->cards().at(1);
        QCOMPARE(pluginCard->titleText(), QStringLiteral("Plugin number 3 is here"));
        QTRY_VERIFY_WITH_TIMEOUT(blogCard->hasImage(), 10000);
        QVERIFY(!pluginCard->hasImage());

        // A plugin banner opens the plugin's detail; any other opens the browser.
        QSignalSpy detail(&page, &MarketplacePage::detailLoaded);
        QTest::mouseClick(pluginCard, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(detail.count(), 1, 10000);
        QCOMPARE(detail.last().first().toString(), QStringLiteral("acme/plugin3"));
        page.showList();
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        QSignalSpy links(&page, &MarketplacePage::linkOpened);
        QTest::mouseClick(blogCard, Qt::LeftButton);
        QCOMPARE(links.count(), 1);
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(QStringLiteral("https://blog.example.test/post"))});
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));

        // Suggestions while typing: debounced (three keys, one request), shown with labels.
        QSignalSpy shown(&page, &MarketplacePage::suggestionsShown);
        page.searchBox()->setFocus();
        QTest::keyClicks(page.searchBox(), QStringLiteral("plu"));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(unifiedQueries, QStringList{QStringLiteral("plu")});
        QCOMPARE(page.suggestionModel()->rowCount(), 2);
        QCOMPARE(page.suggestionModel()->index(0, 0).data().toString(), QStringLiteral("plu match 3 — acme/plugin3 · 1.3.0"));
        QVERIFY(page.suggestions()->popup()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page.suggestionModel()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull(), 10000);

        // The home view with banners and the suggestion list: the documentation screenshot.
        {
            QImage shot = page.grab().toImage();
            QAbstractItemView *popup = page.suggestions()->popup();
            const QPoint at = page.searchBox()->mapTo(&page, QPoint(0, page.searchBox()->height()));
            QPainter painter(&shot);
            painter.drawImage(at, popup->grab().toImage());
            painter.end();
            const QString out = qEnvironmentVariable("STUDIO_WRITE_SCREENSHOTS") == QLatin1String("1")
                                    ? QStringLiteral(STUDIO_SOURCE_DIR "/docs/screenshots/marketplace-home.png")
                                    : dir.filePath(QStringLiteral("marketplace-home.png"));
            QVERIFY(shot.save(out));
        }

        // Down + Enter on a suggestion opens its detail, and the Enter does not also run a search.
        const int searchesBefore = int(done.count());
        QAbstractItemView *popup = page.suggestions()->popup();
        popup->setCurrentIndex(page.suggestions()->completionModel()->index(1, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(detail.count(), 2, 10000);
        QCOMPARE(detail.last().first().toString(), QStringLiteral("acme/plugin1"));
        QTest::qWait(300);
        QCOMPARE(int(done.count()), searchesBefore);
        QVERIFY(page.readmeView()->isVisible()); // still on the detail page
        QVERIFY(!popup->isVisible());
        // With an install handler (the studio's Installed page), Install hands over marketplace:ID
        // instead of downloading here, so the plugin keeps the Marketplace as its source.
        QStringList handed;
        page.setInstallHandler([&handed](const QString &id) {
            handed << id;
            return true;
        });
        auto downloads = [&server] {
            int n = 0;
            for (const FakeRequest &r : server.requests)
                n += r.path.contains("download");
            return n;
        };
        page.installShown();
        QCOMPARE(handed, QStringList{QStringLiteral("acme/plugin1:1.1.0@") + QString(64, QLatin1Char('a'))});
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("installStatus"))->text().contains(QStringLiteral("Installed plugins")));
        QTest::qWait(100);
        QCOMPARE(downloads(), 0); // nothing downloaded by the page
        page.setInstallHandler({});

        // A newer keystroke cancels the slow request before it answers.
        page.showList();
        page.searchBox()->clear();
        unifiedQueries.clear();
        shown.clear();
        QTest::keyClicks(page.searchBox(), QStringLiteral("sl"));
        QTRY_COMPARE_WITH_TIMEOUT(unifiedQueries.size(), 1, 10000);
        QTest::keyClicks(page.searchBox(), QStringLiteral("o"));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(unifiedQueries, (QStringList{QStringLiteral("sl"), QStringLiteral("slo")}));
        QCOMPARE(page.cancelledSuggestionRequests(), 1);
        QCOMPARE(page.suggestionModel()->index(0, 0).data().toString().left(11), QStringLiteral("slo match 3"));
        QTest::qWait(1500); // the cancelled answer never lands
        QCOMPARE(shown.count(), 1);
        QTest::keyClick(page.suggestions()->popup(), Qt::Key_Escape);

        // Not home (a query or another tab): no banners.
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), searchesBefore + 1, 10000);
        QVERIFY(!page.bannersVisible());

        // A bundle's detail lists its plugins with label, icon and version (#13, #11, #10).
        page.searchBox()->clear();
        page.setCategory(QStringLiteral("bundle"));
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), searchesBefore + 2, 10000);
        QVERIFY(!page.bannersVisible());
        QCOMPARE(page.model()->rowCount(), 1);
        QSignalSpy deps(&page, &MarketplacePage::bundleDependenciesLoaded);
        QStringList bundleSpecs;
        page.setBundleInstallHandler([&bundleSpecs](const QString &spec) {
            bundleSpecs << spec;
            return true;
        });
        page.openDetail(QStringLiteral("acme/kit"));
        QTRY_COMPARE_WITH_TIMEOUT(deps.count(), 1, 10000);
        // The bundle installs as a whole from its page.
        QPushButton *installBundle = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->isVisible() && b->text() == QStringLiteral("Install bundle 1.0.0"))
                installBundle = b;
        QVERIFY(installBundle);
        installBundle->click();
        QCOMPARE(bundleSpecs, QStringList{QStringLiteral("marketplace-bundle:acme/kit@1.0.0")});
        QVERIFY(Workspace::InstallSource::parse(bundleSpecs.first()));
        QCOMPARE(deps.first().first().toInt(), 3);
        QListWidget *list = page.bundleDependenciesView();
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Plugin number 1  ·  acme/plugin1  ·  1.1.0"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Plugin number 2  ·  acme/plugin2  ·  1.2.0"));
        QVERIFY(list->item(2)->text().contains(QStringLiteral("acme/tools:2.0.0/tools.difypkg")));
        QTRY_VERIFY_WITH_TIMEOUT(!list->item(0)->icon().isNull(), 10000);
        QVERIFY(!page.versionsView()->isVisible());
        // A dependency row opens that plugin.
        emit list->itemActivated(list->item(1));
        QTRY_COMPARE_WITH_TIMEOUT(detail.count(), 3, 10000);
        QCOMPARE(detail.last().first().toString(), QStringLiteral("acme/plugin2"));
        QVERIFY(!list->isVisible());

        // Offline: the banners come from the cache; with nothing cached they stay hidden.
        server.stop();
        MarketplacePage again(&client);
        again.resize(900, 600);
        QSignalSpy cached(&again, &MarketplacePage::bannersLoaded);
        again.show();
        QTRY_COMPARE_WITH_TIMEOUT(cached.count(), 1, 10000);
        QCOMPARE(cached.first().first().toInt(), 2);
        QVERIFY(again.bannersVisible());
        Marketplace::MarketplaceClient empty;
        empty.setBaseUrl(server.url());
        empty.setCacheDir(dir.filePath(QStringLiteral("empty-cache")));
        MarketplacePage cold(&empty);
        QSignalSpy none(&cold, &MarketplacePage::bannersLoaded);
        cold.show();
        QTRY_COMPARE_WITH_TIMEOUT(none.count(), 1, 10000);
        QCOMPARE(none.first().first().toInt(), 0);
        QVERIFY(!cold.bannersVisible());
    }

    // #17.9: Marketplace text reaches the list, its tooltips and the detail escaped (no control
    // character, no markup rendered); #17.3: a cached answer after an HTTP 5xx says the
    // Marketplace answered with an error, not that it is offline.
    void marketplaceTextIsEscapedAndServerErrorsAreNotOffline()
    {
        const QString esc(QChar(0x1b));
        QJsonObject evil = plugin(7, QStringLiteral("tool"));
        evil.insert(QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), QString(esc + QStringLiteral("[2Jlabel"))}});
        evil.insert(QStringLiteral("brief"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("<b>bold</b> \u0007bell")}});
        MarketplaceListModel model;
        model.setListings(Marketplace::parseSearchResult(
                              QJsonObject{{QStringLiteral("plugins"), QJsonArray{evil}}, {QStringLiteral("total"), 1}}, 1, 40)
                              .plugins);
        const QString shown = model.index(0).data(Qt::DisplayRole).toString();
        QVERIFY2(!shown.contains(QChar(0x1b)) && shown.contains(QStringLiteral("\\x1b[2Jlabel")), qPrintable(shown));
        const QString tip = model.index(0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;bold")) && !tip.contains(QChar(0x07)), qPrintable(tip));
        QVERIFY(!model.index(0).data(MarketplaceListModel::BriefRole).toString().contains(QChar(0x07)));

        QTemporaryDir dir;
        FakeHttpServer server;
        int calls = 0;
        server.on("POST", "/api/v1/plugins/search/advanced", [&calls](const FakeRequest &) {
            FakeResponse r;
            if (++calls == 1) {
                r.body = TestSupport::envelope(searchAnswer(0, 3, 3, QString()));
            } else {
                r.status = 503;
                r.body = "maintenance";
            }
            return r;
        });
        QVERIFY(server.start());
        Marketplace::MarketplaceClient client;
        client.setBaseUrl(server.url());
        client.setCacheDir(dir.filePath(QStringLiteral("cache")));
        MarketplacePage page(&client);
        QSignalSpy done(&page, &MarketplacePage::searchFinished);
        page.setQuery(QStringLiteral("x"));
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY(!page.isOffline());
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QCOMPARE(page.model()->rowCount(), 3); // from the cache
        QVERIFY2(page.offlineBannerText().contains(QStringLiteral("answered with an error (HTTP 503)")), qPrintable(page.offlineBannerText()));
        QVERIFY(!page.offlineBannerText().contains(QStringLiteral("Offline")));
    }
};

QTEST_MAIN(TestMarketplacePage)
#include "tst_marketplacepage.moc"
