// SPDX-License-Identifier: GPL-3.0-or-later
// Marketplace browser against a loopback fake Marketplace (JSON written here): cards, categories,
// sort, paging, detail page, download with progress, and the offline banner from the cache.
#include "app/marketplace/marketplacemodel.h"
#include "app/marketplace/marketplacepage.h"
#include "tests/core/tst_marketplace_fakeserver.h"

#include <QAbstractItemModelTester>
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
#include <QTextBrowser>

using namespace Studio;
using namespace Studio::App;
using TestSupport::FakeHttpServer;
using TestSupport::FakeRequest;
using TestSupport::FakeResponse;

namespace {
QJsonObject plugin(int i, const QString &category)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("plugin")},
                       {QStringLiteral("org"), QStringLiteral("acme")},
                       {QStringLiteral("name"), QStringLiteral("plugin%1").arg(i)},
                       {QStringLiteral("plugin_id"), QStringLiteral("acme/plugin%1").arg(i)},
                       {QStringLiteral("latest_version"), QStringLiteral("1.%1.0").arg(i)},
                       {QStringLiteral("latest_package_identifier"),
                        QStringLiteral("acme/plugin%1:1.%1.0@%2").arg(i).arg(QString(64, QLatin1Char('a')))},
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

const QByteArray kSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"><rect width=\"16\" height=\"16\" fill=\"#36c\"/></svg>";
} // namespace

class TestMarketplacePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void browseDetailDownloadAndOffline()
    {
        QTemporaryDir dir;
        FakeHttpServer server;
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
                      R"({"versions":[{"version":"1.3.0","created_at":"2026-01-02T00:00:00Z","unique_identifier":"acme/plugin3:1.3.0@)"
                          + QByteArray(64, 'a') + R"("},{"version":"1.2.0","created_at":"2025-12-01T00:00:00Z","unique_identifier":"acme/plugin3:1.2.0@)"
                          + QByteArray(64, 'b') + R"("}]})");
        server.on("GET", "/api/v1/plugins/download", [](const FakeRequest &) {
            FakeResponse resp;
            resp.contentType = "application/octet-stream";
            resp.body = QByteArray("PK\x03\x04", 4) + QByteArray(200000, 'z');
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
        QCOMPARE(pkg.size(), qint64(200004));
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
};

QTEST_MAIN(TestMarketplacePage)
#include "tst_marketplacepage.moc"
