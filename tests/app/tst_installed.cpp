// SPDX-License-Identifier: GPL-3.0-or-later
// Installed-plugins page over a real workspace (SQLite in a temp folder): install a real .difypkg
// built from the fixture plugin, see it listed, check updates against a loopback fake Marketplace,
// uninstall; hostile input gives a clear message.
#include "app/workspace/installedpage.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/package/packagewriter.h"
#include "tests/core/tst_marketplace_fakeserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio;
using namespace Studio::App;

class TestInstalled : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void installListUpdateUninstall()
    {
        QTemporaryDir dir;
        auto ws = Workspace::WorkspaceStore::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        Package::PackageOptions po;
        po.outputPath = dir.filePath(QStringLiteral("weather.difypkg"));
        auto pkg = Package::packagePlugin(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), po);
        QVERIFY2(pkg, pkg ? "" : qPrintable(pkg.error().message));

        TestSupport::FakeHttpServer market;
        market.onJson("POST", "/api/v1/plugins/batch",
                      R"({"plugins":[{"plugin_id":"studio_tests/weather_tool","org":"studio_tests","name":"weather_tool",)"
                      R"("latest_version":"0.0.2","latest_package_identifier":"studio_tests/weather_tool:0.0.2@)"
                          + QByteArray(64, 'c') + R"("}]})");
        QVERIFY(market.start());
        Marketplace::MarketplaceClient client;
        client.setBaseUrl(market.url());
        client.setCacheDir(dir.filePath(QStringLiteral("cache")));

        InstalledPluginsPage page(ws->get(), &client);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Workspace::InstallOptions opts;
        opts.allowUnsigned = true;
        opts.skipEnv = true;
        page.setInstallOptions(opts);
        page.setConfirmUninstall(false);
        page.resize(900, 500);
        page.show();
        QCOMPARE(page.model()->rowCount(), 0);

        // Bad input: a clear message, nothing installed.
        QSignalSpy finished(&page, &InstalledPluginsPage::taskFinished);
        QFile junk(dir.filePath(QStringLiteral("junk.difypkg")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a zip file at all");
        junk.close();
        page.installFrom(junk.fileName());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY(!finished.at(0).at(2).toString().isEmpty());
        QCOMPARE(page.model()->rowCount(), 0);

        // A real package.
        page.installFrom(pkg->outputPath);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->plugin(0).pluginId, QStringLiteral("studio_tests/weather_tool"));
        QCOMPARE(page.model()->index(0, InstalledModel::VersionColumn).data().toString(), QStringLiteral("0.0.1"));
        QCOMPARE(page.model()->index(0, InstalledModel::SignatureColumn).data().toString(), QStringLiteral("unsigned"));
        QCOMPARE(page.tasksView()->count(), 2);

        // Update available (batch latest from the Marketplace).
        QSignalSpy checked(&page, &InstalledPluginsPage::updatesChecked);
        page.checkUpdates();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 10000);
        QCOMPARE(checked.at(0).at(0).toInt(), 1);
        QVERIFY(page.model()->hasUpdate(0));
        QVERIFY(page.model()->index(0, InstalledModel::LatestColumn).data().toString().contains(QStringLiteral("0.0.2")));

        // Configure: the credentials dialog is generated from the provider's schema (secret masked),
        // a validator (the plugin's own validate action in the studio) can refuse, then it is stored.
        int validations = 0;
        page.setCredentialValidator([&validations](const Workspace::InstalledPlugin &, const QString &provider,
                                                   const QJsonObject &values, std::function<void(bool, QString)> done) {
            ++validations;
            QCOMPARE(provider, QStringLiteral("weather"));
            const bool ok = values.value(QStringLiteral("api_key")).toString() == QLatin1String("good-key");
            QTimer::singleShot(0, [done, ok] { done(ok, ok ? QString() : QStringLiteral("invalid api key")); });
        });
        QString rejectionShown;
        bool masked = false;
        int step = 0;
        QTimer driver; // drives the modal dialog from inside its event loop
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, &page, [&] {
            auto *dlg = page.findChild<QDialog *>();
            if (!dlg || !dlg->isVisible())
                return;
            auto *key = dlg->findChild<QLineEdit *>(QStringLiteral("api_key"));
            auto *box = dlg->findChild<QDialogButtonBox *>();
            if (!key || !box) {
                dlg->reject();
                return;
            }
            if (step == 0) {
                masked = key->echoMode() == QLineEdit::Password;
                key->setText(QStringLiteral("bad-key"));
                box->button(QDialogButtonBox::Save)->click();
                step = 1;
            } else if (step == 1 && validations == 1 && box->isEnabled()) {
                for (QLabel *l : dlg->findChildren<QLabel *>())
                    if (l->text().contains(QStringLiteral("rejected")))
                        rejectionShown = l->text();
                key->setText(QStringLiteral("good-key"));
                box->button(QDialogButtonBox::Save)->click();
                step = 2;
            } else if (step == 2 && validations >= 2 && box->isEnabled()) {
                dlg->reject(); // the good key should have closed it already
            }
        });
        driver.start();
        QTimer::singleShot(20000, &page, [&] {
            if (auto *dlg = page.findChild<QDialog *>())
                dlg->reject();
        });
        page.configure(QStringLiteral("studio_tests/weather_tool"));
        driver.stop();
        QVERIFY(masked);
        QCOMPARE(validations, 2);
        QVERIFY2(rejectionShown.contains(QStringLiteral("invalid api key")), qPrintable(rejectionShown));
        auto creds = (*ws)->credentials(QStringLiteral("studio_tests/weather_tool"), QStringLiteral("weather"));
        QVERIFY(creds);
        QCOMPARE(creds->size(), 1);
        QCOMPARE(creds->first().values.value(QStringLiteral("api_key")).toString(), QStringLiteral("good-key"));

        // Uninstall.
        QVERIFY(page.uninstall(QStringLiteral("studio_tests/weather_tool")));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!(*ws)->installed(QStringLiteral("studio_tests/weather_tool")).has_value());
        // An unknown source spec is refused with a message.
        QVERIFY(page.installFrom(QStringLiteral("ftp:nope")) == nullptr);
        QVERIFY(!page.statusText().isEmpty());
    }
};

QTEST_MAIN(TestInstalled)
#include "tst_installed.moc"
