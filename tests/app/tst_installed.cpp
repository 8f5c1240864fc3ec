// SPDX-License-Identifier: GPL-3.0-or-later
// Installed-plugins page over a real workspace (SQLite in a temp folder): install a real .difypkg
// built from the fixture plugin, see it listed, check updates against a loopback fake Marketplace,
// uninstall; hostile input gives a clear message.
#include "app/console/consolepanel.h"
#include "app/console/pythonchoice.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/panels.h"
#include "app/workspace/installedpage.h"
#include "core/runtime/localplugin.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/package/packagewriter.h"
#include "tests/core/tst_marketplace_fakeserver.h"
#include "app/workspace/autoupgradedialog.h"
#include "app/workspace/oauthclientdialog.h"
#include "app/studiocontext.h"
#include "core/session/studiosession.h"
#include "core/workspace/secrets.h"
#include "tests/core/tst_install_support.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeEdit>
#include <QToolButton>
#include "core/package/packagereader.h"
#include <QUrlQuery>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QFile>
#include <QFileInfo>
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

    // ---- OAuth client settings and authorization (install-and-marketplace.md §4.2)

    void oauthClientDialogAndAuthorize()
    {
        QTemporaryDir dir;
        auto ws = Workspace::WorkspaceStore::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        Package::PackageOptions po;
        po.outputPath = dir.filePath(QStringLiteral("oauth.difypkg"));
        po.skipValidation = true;
        auto pkg = Package::packagePlugin(QStringLiteral(STUDIO_FIXTURES "/runtime/oauth_plugin"), po);
        QVERIFY2(pkg, pkg ? "" : qPrintable(pkg.error().message));
        InstalledPluginsPage page(ws->get(), nullptr);
        Workspace::InstallOptions opts;
        opts.allowUnsigned = true;
        opts.skipEnv = true;
        page.setInstallOptions(opts);
        page.resize(1000, 520);
        page.show();
        QSignalSpy finished(&page, &InstalledPluginsPage::taskFinished);
        page.installFrom(pkg->outputPath);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        const QString id = QStringLiteral("studio-tests/oauth_plugin");
        QCOMPARE(page.oauthProviders(id).size(), 1);

        // Authorizing before a client is set up says what to do.
        QSignalSpy authorized(&page, &InstalledPluginsPage::authorizationFinished);
        QVERIFY(page.authorize(id) == nullptr);
        QCOMPARE(authorized.count(), 1);
        QVERIFY2(page.statusText().contains(QStringLiteral("OAuth client")), qPrintable(page.statusText()));

        // 1: fill and save; 2: reopen (secret masked as the placeholder), change the id, save;
        // 3: reopen and remove; 4: fill again and "Save and authorize…".
        int round = 0;
        QString redirectShown, secretShown;
        bool secretMasked = false, enabledShown = false;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, &page, [&] {
            auto *dlg = page.findChild<OAuthClientDialog *>();
            if (!dlg || !dlg->isVisible())
                return;
            auto *cid = dlg->findChild<QLineEdit *>(QStringLiteral("client_id"));
            auto *secret = dlg->findChild<QLineEdit *>(QStringLiteral("client_secret"));
            auto *enabled = dlg->findChild<QCheckBox *>(QStringLiteral("oauthEnabled"));
            auto *box = dlg->findChild<QDialogButtonBox *>();
            if (!cid || !secret || !enabled || !box) {
                dlg->reject();
                return;
            }
            if (round == 0) {
                redirectShown = dlg->findChild<QLineEdit *>(QStringLiteral("redirectUri"))->text();
                cid->setText(QStringLiteral("cid-1"));
                secret->setText(QStringLiteral("s3cret"));
                enabled->setChecked(true);
                if (!qEnvironmentVariableIsEmpty("STUDIO_SCREENSHOTS")) {
                    QDir().mkpath(QStringLiteral(STUDIO_BUILD_DIR "/screenshots"));
                    dlg->grab().save(QStringLiteral(STUDIO_BUILD_DIR "/screenshots/installed-oauth.png"));
                }
                box->button(QDialogButtonBox::Save)->click();
            } else if (round == 1) {
                secretShown = secret->text();
                secretMasked = secret->echoMode() == QLineEdit::Password;
                enabledShown = enabled->isChecked();
                cid->setText(QStringLiteral("cid-2"));
                box->button(QDialogButtonBox::Save)->click();
            } else if (round == 2) {
                dlg->findChild<QPushButton *>(QStringLiteral("removeClient"))->click();
                dlg->reject();
            } else if (round == 3) {
                cid->setText(QStringLiteral("cid-3"));
                secret->setText(QStringLiteral("s3cret"));
                enabled->setChecked(false); // authorizing switches it on
                dlg->findChild<QPushButton *>(QStringLiteral("authorize"))->click();
            }
            ++round;
        });
        driver.start();
        page.editOAuthClient(id);
        auto stored = (*ws)->oauthClientSettings(id, QStringLiteral("oauthdemo"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->params.value(QStringLiteral("client_secret")).toString(), QStringLiteral("s3cret"));
        QVERIFY((*stored)->enabled);
        QVERIFY2(redirectShown.startsWith(QStringLiteral("http://127.0.0.1:"))
                     && redirectShown.endsWith(QStringLiteral("/oauth/plugin/studio-tests/oauth_plugin/oauthdemo/tool/callback")),
                 qPrintable(redirectShown));

        page.editOAuthClient(id);
        QCOMPARE(secretShown, Workspace::HiddenValue); // never the stored secret
        QVERIFY(secretMasked);
        QVERIFY(enabledShown);
        stored = (*ws)->oauthClientSettings(id, QStringLiteral("oauthdemo"));
        QCOMPARE((*stored)->params.value(QStringLiteral("client_id")).toString(), QStringLiteral("cid-2"));
        QCOMPARE((*stored)->params.value(QStringLiteral("client_secret")).toString(), QStringLiteral("s3cret")); // kept

        page.editOAuthClient(id);
        QVERIFY(!(*ws)->oauthClientSettings(id, QStringLiteral("oauthdemo"))->has_value());

        // Save and authorize: the plugin runs (SDK-free fixture), the "browser" follows the redirect.
        std::unique_ptr<Runtime::LocalPlugin> running;
        page.setPluginRunner([&](const Workspace::InstalledPlugin &p, std::function<void(Runtime::PluginConnection *, QString)> ready) {
            Runtime::LocalPluginOptions o;
            o.interpreter = QStandardPaths::findExecutable(QStringLiteral("python3"));
            o.heartbeatIntervalSec = 0.2;
            o.readyTimeoutMs = 20000;
            running = std::make_unique<Runtime::LocalPlugin>(p.installPath, o, nullptr);
            connect(running.get(), &Runtime::LocalPlugin::ready, &page, [&, ready] { ready(running->connection(), QString()); });
            running->start();
        });
        QNetworkAccessManager browser;
        QList<int> browserStatus;
        page.setUrlOpener([&](const QUrl &url) {
            const QUrlQuery q(url);
            QUrl back(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            back.setQuery(QStringLiteral("code=gui&state=") + q.queryItemValue(QStringLiteral("state")));
            QNetworkReply *r = browser.get(QNetworkRequest(back));
            connect(r, &QNetworkReply::finished, &page, [r, &browserStatus] {
                browserStatus << r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                r->deleteLater();
            });
            return true;
        });
        page.editOAuthClient(id);
        driver.stop();
        QTRY_COMPARE_WITH_TIMEOUT(authorized.count(), 2, 30000);
        QVERIFY2(authorized.at(1).at(2).toBool(), qPrintable(authorized.at(1).at(3).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(browserStatus, QList<int>{200}, 10000);
        auto creds = (*ws)->credentials(id, QStringLiteral("oauthdemo"));
        QVERIFY(creds);
        QCOMPARE(creds->size(), 1);
        QCOMPARE(creds->first().type, QStringLiteral("oauth2"));
        QCOMPARE(creds->first().values.value(QStringLiteral("access_token")).toString(), QStringLiteral("at-gui"));
        QVERIFY2(page.statusText().contains(QStringLiteral("authorized")), qPrintable(page.statusText()));
        running.reset();
    }

    // ---- auto-upgrade (install-and-marketplace.md §4.5)

    void autoUpgradeStrategyAndScheduler()
    {
        QTemporaryDir dir;
        auto ws = Workspace::WorkspaceStore::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QVERIFY((*ws)->setAllowUnsignedPackages(true));
        QHash<QString, QByteArray> served;
        auto publish = [&](const QString &name, const QString &version) {
            QString err;
            const QString path = TestSupport::makePackage(dir.path(), TestSupport::PackageSpec().withName(name).withVersion(version), &err);
            auto reader = Package::PackageReader::open(path);
            const QString uid = QStringLiteral("studio-tests/%1:%2@%3").arg(name, version, (*reader)->checksum().value());
            served.insert(uid, TestSupport::readAll(path));
            return uid;
        };
        TestSupport::FakeHttpServer market;
        market.on("GET", "/api/v1/plugins/download", [&](const TestSupport::FakeRequest &r) {
            QString uid = r.query.queryItemValue(QStringLiteral("unique_identifier"), QUrl::FullyDecoded);
            if (!served.contains(uid))
                uid = QUrl::fromPercentEncoding(uid.toLatin1());
            TestSupport::FakeResponse resp;
            resp.contentType = "application/zip";
            resp.body = served.value(uid);
            resp.status = served.contains(uid) ? 200 : 404;
            return resp;
        });
        QVERIFY(market.start());
        Marketplace::MarketplaceClient client;
        client.setBaseUrl(market.url());
        client.setCacheDir(dir.filePath(QStringLiteral("cache")));

        InstalledPluginsPage page(ws->get(), &client);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Workspace::InstallOptions opts;
        opts.skipEnv = true;
        page.setInstallOptions(opts);
        page.resize(1100, 520);
        page.show();
        QSignalSpy finished(&page, &InstalledPluginsPage::taskFinished);
        page.installFrom(QStringLiteral("marketplace:") + publish(QStringLiteral("auto_a"), QStringLiteral("1.0.0")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        page.installFrom(QStringLiteral("marketplace:") + publish(QStringLiteral("auto_b"), QStringLiteral("1.0.0")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY2(finished.at(0).at(1).toBool() && finished.at(1).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        const QString a = QStringLiteral("studio-tests/auto_a"), b = QStringLiteral("studio-tests/auto_b");
        QCOMPARE(page.model()->index(page.model()->rowOf(a), InstalledModel::AutoUpgradeColumn).data().toString(),
                 AutoUpgradeDialog::strategyLabel(Workspace::AutoUpgrade::Disabled));

        // The dialog: a gets "latest" and a daily time; b gets "latest" but is excluded.
        QString target = a;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, &page, [&] {
            auto *dlg = page.findChild<AutoUpgradeDialog *>();
            if (!dlg || !dlg->isVisible())
                return;
            auto *strategy = dlg->findChild<QComboBox *>(QStringLiteral("strategy"));
            auto *mode = dlg->findChild<QComboBox *>(QStringLiteral("mode"));
            auto *excluded = dlg->findChild<QCheckBox *>(QStringLiteral("excluded"));
            auto *useTime = dlg->findChild<QCheckBox *>(QStringLiteral("useTimeOfDay"));
            auto *time = dlg->findChild<QTimeEdit *>(QStringLiteral("timeOfDay"));
            auto *box = dlg->findChild<QDialogButtonBox *>();
            if (!strategy || !mode || !excluded || !useTime || !time || !box) {
                dlg->reject();
                return;
            }
            strategy->setCurrentIndex(strategy->findData(QStringLiteral("latest")));
            mode->setCurrentIndex(mode->findData(QStringLiteral("exclude")));
            excluded->setChecked(target == b);
            useTime->setChecked(true);
            time->setTime(QTime(3, 30));
            if (target == b && !qEnvironmentVariableIsEmpty("STUDIO_SCREENSHOTS"))
                dlg->grab().save(QStringLiteral(STUDIO_BUILD_DIR "/screenshots/installed-autoupgrade-dialog.png"));
            box->button(QDialogButtonBox::Save)->click();
        });
        driver.start();
        page.editAutoUpgrade(a);
        target = b;
        page.editAutoUpgrade(b);
        driver.stop();
        QCOMPARE((*ws)->installed(a)->autoUpgrade, Workspace::AutoUpgrade::Latest);
        QCOMPARE((*ws)->installed(b)->autoUpgrade, Workspace::AutoUpgrade::Latest);
        const Workspace::AutoUpgradePolicy policy = Workspace::AutoUpgradePolicy::load(**ws);
        QCOMPARE(policy.timeOfDaySecs, 3 * 3600 + 30 * 60);
        QVERIFY(policy.isExcluded(b));
        QVERIFY(!policy.isExcluded(a));
        QCOMPARE(page.model()->index(page.model()->rowOf(a), InstalledModel::AutoUpgradeColumn).data().toString(),
                 AutoUpgradeDialog::strategyLabel(Workspace::AutoUpgrade::Latest));
        QVERIFY(page.model()->index(page.model()->rowOf(b), InstalledModel::AutoUpgradeColumn).data().toString().contains(QStringLiteral("excluded")));

        // A pass of the scheduler: the upgrade is a task of the page, the notice says what happened.
        market.onJson("POST", "/api/v1/plugins/batch",
                      "{\"plugins\":[{\"org\":\"studio-tests\",\"name\":\"auto_a\",\"latest_version\":\"1.4.0\",\"latest_package_identifier\":\""
                          + publish(QStringLiteral("auto_a"), QStringLiteral("1.4.0")).toUtf8()
                          + "\",\"status\":\"active\"},{\"org\":\"studio-tests\",\"name\":\"auto_b\",\"latest_version\":\"1.4.0\","
                            "\"latest_package_identifier\":\""
                          + publish(QStringLiteral("auto_b"), QStringLiteral("1.4.0")).toUtf8() + "\",\"status\":\"active\"}]}");
        Workspace::AutoUpgradeScheduler scheduler(ws->get(), &client);
        page.setAutoUpgradeScheduler(&scheduler);
        QSignalSpy pass(&scheduler, &Workspace::AutoUpgradeScheduler::passFinished);
        const int tasksBefore = page.tasksView()->count();
        QVERIFY(!page.isAutoUpgradeNoticeVisible());
        scheduler.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(pass.count(), 1, 60000);
        QCOMPARE((*ws)->installed(a)->version, QStringLiteral("1.4.0"));
        QCOMPARE((*ws)->installed(b)->version, QStringLiteral("1.0.0")); // excluded
        QCOMPARE(page.tasksView()->count(), tasksBefore + 1);
        QVERIFY(page.isAutoUpgradeNoticeVisible());
        QVERIFY2(page.autoUpgradeNoticeText().contains(QStringLiteral("1 plugin(s) upgraded automatically"))
                     && page.autoUpgradeNoticeText().contains(QStringLiteral(": studio-tests/auto_a 1.4.0")),
                 qPrintable(page.autoUpgradeNoticeText()));
        QCOMPARE(page.model()->index(page.model()->rowOf(a), InstalledModel::VersionColumn).data().toString(), QStringLiteral("1.4.0"));
        if (!qEnvironmentVariableIsEmpty("STUDIO_SCREENSHOTS")) {
            QTest::qWait(200); // let the table lay out its columns after the refresh
            page.grab().save(QStringLiteral(STUDIO_BUILD_DIR "/screenshots/installed-autoupgrade.png"));
        }

        // Dismissed, it stays dismissed for a new page; a new pass brings it back.
        page.findChild<QToolButton *>(QStringLiteral("autoUpgradeDismiss"))->click();
        QVERIFY(!page.isAutoUpgradeNoticeVisible());
        InstalledPluginsPage again(ws->get(), &client);
        QVERIFY(!again.isAutoUpgradeNoticeVisible());
        QVERIFY((*ws)->setSetting(QStringLiteral("auto_upgrade.report_seen"), QString()));
        InstalledPluginsPage fresh(ws->get(), &client);
        QVERIFY(fresh.isAutoUpgradeNoticeVisible()); // a cron pass the user has not seen yet
    }
    // The studio's own validator: Configure → Save starts the installed plugin on demand (on the
    // Python chosen for it in the workspace), runs its validate action, shows the plugin's refusal,
    // and stores the credentials only when the plugin accepts them.
    void onDemandCredentialCheckStartsPlugin()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY(!python.isEmpty());
        QTemporaryDir dir;
        Package::PackageOptions po;
        po.outputPath = dir.filePath(QStringLiteral("probe.difypkg"));
        auto pkg = Package::packagePlugin(QStringLiteral(STUDIO_FIXTURES "/runtime/env_plugin"), po);
        QVERIFY2(pkg, pkg ? "" : qPrintable(pkg.error().message));

        MainWindow window(dir.filePath(QStringLiteral("ws")));
        installStudioPanels(&window);
        auto *page = window.findChild<InstalledPluginsPage *>();
        auto *console = window.findChild<ConsolePanel *>();
        QVERIFY(page && console && console->workspace());
        Workspace::WorkspaceStore *ws = console->workspace();
        Workspace::InstallOptions opts;
        opts.allowUnsigned = true;
        opts.skipEnv = true;
        page->setInstallOptions(opts);
        QSignalSpy installed(page, &InstalledPluginsPage::taskFinished);
        page->installFrom(pkg->outputPath);
        QTRY_COMPARE_WITH_TIMEOUT(installed.count(), 1, 60000);
        QVERIFY2(installed.at(0).at(1).toBool(), qPrintable(installed.at(0).at(2).toString()));
        const QString id = QStringLiteral("studio-tests/env_probe");
        const auto row = ws->installed(id);
        QVERIFY(row.has_value());
        // The installed plugin's process, once the session made one.
        Session::PluginRegistry *registry = window.context()->session()->plugins();
        const QString installPath = row->installPath;
        auto processOf = [registry, installPath]() -> Runtime::LocalPlugin * {
            Session::SessionPlugin *entry = registry->forFolder(installPath);
            return entry ? entry->process() : nullptr;
        };
        QVERIFY(!processOf()); // not started by installing

        // The SDK-free probe needs no environment: it runs on python3, chosen for this plugin id.
        QVERIFY(savePythonChoice(ws, row->installPath, PythonChoice{PythonMode::Interpreter, python, {}}));
        QCOMPARE(pythonChoiceKey(ws, row->installPath), QStringLiteral("installed:") + id);

        QString rejection, stateAfterRefusal;
        int storedAfterRefusal = -1;
        int step = 0;
        QTimer driver; // drives the modal dialog from inside its event loop
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, page, [&] {
            auto *dlg = page->findChild<QDialog *>();
            if (!dlg || !dlg->isVisible())
                return;
            auto *key = dlg->findChild<QLineEdit *>(QStringLiteral("api_key"));
            auto *box = dlg->findChild<QDialogButtonBox *>();
            if (!key || !box) {
                dlg->reject();
                return;
            }
            if (step == 0) {
                key->setText(QStringLiteral("bad"));
                box->button(QDialogButtonBox::Save)->click(); // the check
                step = 1;
                return;
            }
            if (step == 1 && box->isEnabled()) {
                for (QLabel *l : dlg->findChildren<QLabel *>())
                    if (l->text().contains(QStringLiteral("rejected")))
                        rejection = l->text();
                if (rejection.isEmpty())
                    return;
                if (auto *lp = processOf())
                    stateAfterRefusal = Runtime::runtimeStateName(lp->state());
                auto creds = ws->credentials(id, QStringLiteral("probe"));
                storedAfterRefusal = creds ? int(creds->size()) : -1;
                key->setText(QStringLiteral("good"));
                box->button(QDialogButtonBox::Save)->click();
                step = 2;
            }
        });
        driver.start();
        QTimer::singleShot(60000, page, [&] {
            if (auto *dlg = page->findChild<QDialog *>())
                dlg->reject();
        });
        page->configure(id);
        driver.stop();

        QCOMPARE(step, 2);
        QVERIFY2(rejection.contains(QStringLiteral("the probe refuses the key 'bad'")), qPrintable(rejection));
        QCOMPARE(stateAfterRefusal, QStringLiteral("active")); // started on demand for the check
        QCOMPARE(storedAfterRefusal, 0);                        // a refused key is never stored
        Runtime::LocalPlugin *plugin = processOf();
        QVERIFY(plugin);
        QCOMPARE(registry->forFolder(installPath)->origin(), Session::PluginOrigin::Installed);
        QCOMPARE(plugin->launchCount(), 1); // the second check reused the running plugin
        // python3 may be a launcher (pyenv shim): compare with the interpreter it really runs.
        QProcess real;
        real.start(python, {QStringLiteral("-c"), QStringLiteral("import os, sys; print(os.path.realpath(sys.executable))")});
        QVERIFY(real.waitForFinished(30000));
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/exe").arg(plugin->processId())).canonicalFilePath(),
                 QString::fromUtf8(real.readAllStandardOutput().trimmed()));
        auto creds = ws->credentials(id, QStringLiteral("probe"));
        QVERIFY(creds);
        QCOMPARE(creds->size(), 1);
        QCOMPARE(creds->first().values.value(QStringLiteral("api_key")).toString(), QStringLiteral("good"));
        // The console lists the started plugin and shows which Python it runs on.
        QVERIFY(console->selectPlugin(id));
        QCOMPARE(console->pythonText(), QStringLiteral("Python: %1 (existing interpreter)").arg(python));

        // The chosen interpreter disappears: the next check says what to do, nothing is stored.
        plugin->stop();
        const QString gone = dir.filePath(QStringLiteral("removed/python3"));
        QVERIFY(savePythonChoice(ws, row->installPath, PythonChoice{PythonMode::Interpreter, gone, {}}));
        QString goneMessage;
        step = 0;
        QTimer driver2;
        driver2.setInterval(20);
        connect(&driver2, &QTimer::timeout, page, [&] {
            auto *dlg = page->findChild<QDialog *>();
            if (!dlg || !dlg->isVisible())
                return;
            auto *key = dlg->findChild<QLineEdit *>(QStringLiteral("api_key"));
            auto *box = dlg->findChild<QDialogButtonBox *>();
            if (step == 0) {
                key->setText(QStringLiteral("other"));
                box->button(QDialogButtonBox::Save)->click();
                step = 1;
            } else if (box->isEnabled()) {
                for (QLabel *l : dlg->findChildren<QLabel *>())
                    if (l->text().contains(QStringLiteral("is gone")))
                        goneMessage = l->text();
                dlg->reject();
            }
        });
        driver2.start();
        page->configure(id);
        driver2.stop();
        QVERIFY2(goneMessage.contains(gone), qPrintable(goneMessage));
        QVERIFY(goneMessage.contains(QStringLiteral("managed environment")));
        QCOMPARE(plugin->launchCount(), 1); // not started on the missing interpreter
        creds = ws->credentials(id, QStringLiteral("probe"));
        QCOMPARE(creds->first().values.value(QStringLiteral("api_key")).toString(), QStringLiteral("good"));
    }
};

QTEST_MAIN(TestInstalled)
#include "tst_installed.moc"
