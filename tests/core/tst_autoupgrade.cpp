// SPDX-License-Identifier: GPL-3.0-or-later
// AutoUpgradeScheduler end to end: real packages built from the fixture plugin, a real SQLite
// workspace, the loopback fake Marketplace (batch latest versions + downloads) and the real
// InstallTask; plus the policy (upgrade mode, include/exclude, time of day) and its schedule.
#include "core/package/packagereader.h"
#include "core/workspace/autoupgrade.h"
#include "tst_install_support.h"
#include "tst_marketplace_fakeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Workspace;
using TestSupport::FakeHttpServer;
using TestSupport::FakeRequest;
using TestSupport::FakeResponse;

class TstAutoUpgrade : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir work;
    QHash<QString, QByteArray> packages; // unique identifier -> bytes served by the fake Marketplace
    QSet<QString> broken;                // identifiers whose download fails

    QString publish(const QString &name, const QString &version)
    {
        QString err;
        const QString path = TestSupport::makePackage(work.path(), TestSupport::PackageSpec().withName(name).withVersion(version), &err);
        if (path.isEmpty())
            qFatal("cannot build the test package: %s", qPrintable(err));
        auto reader = Package::PackageReader::open(path);
        if (!reader)
            qFatal("%s", qPrintable(reader.error().message));
        const QString uid = QStringLiteral("studio-tests/%1:%2@%3").arg(name, version, (*reader)->checksum().value());
        packages.insert(uid, TestSupport::readAll(path));
        return uid;
    }

    void serveMarketplace(FakeHttpServer &server)
    {
        server.on("GET", "/api/v1/plugins/download", [this](const FakeRequest &r) {
            QString id = r.query.queryItemValue(QStringLiteral("unique_identifier"), QUrl::FullyDecoded);
            if (!packages.contains(id))
                id = QUrl::fromPercentEncoding(id.toLatin1());
            FakeResponse resp;
            if (broken.contains(id) || !packages.contains(id)) {
                resp.status = 500;
                resp.body = "{\"code\":-1,\"msg\":\"storage backend down\"}";
                return resp;
            }
            resp.contentType = "application/zip";
            resp.body = packages.value(id);
            return resp;
        });
    }

    static QByteArray latest(const QList<QPair<QString, QString>> &entries) // name -> uid
    {
        QJsonArray a;
        for (const auto &[name, uid] : entries)
            a.append(QJsonObject{{QStringLiteral("org"), QStringLiteral("studio-tests")},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("latest_version"), uid.section(QLatin1Char(':'), 1).section(QLatin1Char('@'), 0, 0)},
                                 {QStringLiteral("latest_package_identifier"), uid},
                                 {QStringLiteral("status"), QStringLiteral("active")}});
        return QJsonDocument(QJsonObject{{QStringLiteral("plugins"), a}}).toJson(QJsonDocument::Compact);
    }

    std::unique_ptr<WorkspaceStore> openWs(const QString &dir)
    {
        auto ws = WorkspaceStore::open(dir);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        (void)ws.value()->setAllowUnsignedPackages(true);
        return std::move(ws.value());
    }

    void install(WorkspaceStore *ws, Marketplace::MarketplaceClient *mp, const QString &uid)
    {
        InstallOptions o;
        o.skipEnv = true;
        InstallTask t(ws, InstallSource::parse(QStringLiteral("marketplace:") + uid).value(), o);
        t.setMarketplaceClient(mp);
        t.waitForFinished(60000);
        if (t.error())
            qFatal("install failed: %s", qPrintable(t.error()->message));
    }

    static QString version(WorkspaceStore *ws, const QString &name)
    {
        const auto row = ws->installed(QStringLiteral("studio-tests/") + name);
        return row ? row->version : QString();
    }

private slots:
    void initTestCase() { QVERIFY(work.isValid()); }

    void policyRoundTripAndModes()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        AutoUpgradePolicy p = AutoUpgradePolicy::load(*ws);
        QCOMPARE(p.mode, AutoUpgradePolicy::Mode::Exclude);
        QVERIFY(p.exclude.isEmpty());
        QCOMPARE(p.timeOfDaySecs, -1);
        QCOMPARE(p.intervalHours, 24);
        QVERIFY(p.allows(QStringLiteral("a/b")));

        p.setExcluded(QStringLiteral("a/b"), true);
        p.timeOfDaySecs = 3 * 3600;
        p.intervalHours = 6;
        QVERIFY(p.save(*ws));
        AutoUpgradePolicy q = AutoUpgradePolicy::load(*ws);
        QCOMPARE(q.exclude, QStringList{QStringLiteral("a/b")});
        QCOMPARE(q.timeOfDaySecs, 3 * 3600);
        QCOMPARE(q.intervalHours, 6);
        QVERIFY(!q.allows(QStringLiteral("a/b")));
        QVERIFY(q.isExcluded(QStringLiteral("a/b")));
        QVERIFY(q.allows(QStringLiteral("c/d")));

        q.mode = AutoUpgradePolicy::Mode::Partial;
        q.include = {QStringLiteral("c/d")};
        QVERIFY(q.allows(QStringLiteral("c/d")));
        QVERIFY(!q.allows(QStringLiteral("e/f")));
        q.mode = AutoUpgradePolicy::Mode::All;
        QVERIFY(q.allows(QStringLiteral("a/b")));

        q.intervalHours = 0;
        QVERIFY(!q.save(*ws));
        QCOMPARE(AutoUpgradePolicy::modeFromName(QStringLiteral("partial")), AutoUpgradePolicy::Mode::Partial);
        QVERIFY(!AutoUpgradePolicy::modeFromName(QStringLiteral("sometimes")));
        // Garbage in the settings falls back to the defaults.
        QVERIFY(ws->setSetting(QStringLiteral("auto_upgrade.mode"), QStringLiteral("bogus")));
        QVERIFY(ws->setSetting(QStringLiteral("auto_upgrade.exclude"), QStringLiteral("{not json")));
        QVERIFY(ws->setSetting(QStringLiteral("auto_upgrade.interval_hours"), QStringLiteral("many")));
        const AutoUpgradePolicy g = AutoUpgradePolicy::load(*ws);
        QCOMPARE(g.mode, AutoUpgradePolicy::Mode::Exclude);
        QVERIFY(g.exclude.isEmpty());
        QCOMPARE(g.intervalHours, 24);
    }

    void schedule()
    {
        AutoUpgradePolicy p;
        p.intervalHours = 6;
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(autoUpgradeDue(p, now, QDateTime()));
        QVERIFY(!autoUpgradeDue(p, now, now.addSecs(-3600)));
        QVERIFY(autoUpgradeDue(p, now, now.addSecs(-7 * 3600)));
        QCOMPARE(msUntilNextAutoUpgrade(p, now, now.addSecs(-3600)), qint64(5) * 3600 * 1000);
        QCOMPARE(msUntilNextAutoUpgrade(p, now, QDateTime()), qint64(6) * 3600 * 1000);

        // Daily at a time of day: the next occurrence, and a missed one is due.
        const QDateTime noon(now.date(), QTime(12, 0));
        p.timeOfDaySecs = 14 * 3600;
        QCOMPARE(msUntilNextAutoUpgrade(p, noon, noon.addSecs(-60)), qint64(2) * 3600 * 1000);
        QVERIFY(!autoUpgradeDue(p, noon, noon.addSecs(-60)));            // 14:00 yesterday already done
        QVERIFY(autoUpgradeDue(p, noon, noon.addDays(-1).addSecs(-3 * 3600))); // ran before yesterday's 14:00
        p.timeOfDaySecs = 9 * 3600;
        QCOMPARE(msUntilNextAutoUpgrade(p, noon, noon.addSecs(-60)), qint64(21) * 3600 * 1000);
        QVERIFY(autoUpgradeDue(p, noon, QDateTime(now.date(), QTime(8, 0)))); // today's 09:00 was missed
    }

    void passUpgradesByStrategy()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        FakeHttpServer server;
        QVERIFY(server.start());
        serveMarketplace(server);
        Marketplace::MarketplaceClient mp;
        mp.setBaseUrl(server.url());
        mp.setCacheDir(dir.path() + QStringLiteral("/mpcache"));

        struct Case
        {
            QString name;
            AutoUpgrade strategy;
            QString latest;
        };
        const QList<Case> cases{{QStringLiteral("fix_plugin"), AutoUpgrade::FixOnly, QStringLiteral("1.0.1")},
                                {QStringLiteral("minor_plugin"), AutoUpgrade::FixOnly, QStringLiteral("1.1.0")},
                                {QStringLiteral("latest_plugin"), AutoUpgrade::Latest, QStringLiteral("2.0.0")},
                                {QStringLiteral("excluded_plugin"), AutoUpgrade::Latest, QStringLiteral("1.0.1")},
                                {QStringLiteral("disabled_plugin"), AutoUpgrade::Disabled, QStringLiteral("1.0.1")},
                                {QStringLiteral("broken_plugin"), AutoUpgrade::Latest, QStringLiteral("1.0.1")}};
        QList<QPair<QString, QString>> newest;
        for (const Case &c : cases) {
            install(ws.get(), &mp, publish(c.name, QStringLiteral("1.0.0")));
            QVERIFY(ws->setAutoUpgrade(QStringLiteral("studio-tests/") + c.name, c.strategy));
            const QString uid = publish(c.name, c.latest);
            newest.append({c.name, uid});
            if (c.name == QLatin1String("broken_plugin"))
                broken.insert(uid);
        }
        server.onJson("POST", "/api/v1/plugins/batch", latest(newest));
        AutoUpgradePolicy policy = AutoUpgradePolicy::load(*ws);
        policy.setExcluded(QStringLiteral("studio-tests/excluded_plugin"), true);
        QVERIFY(policy.save(*ws));
        const QString brokenFolder = ws->installed(QStringLiteral("studio-tests/broken_plugin"))->installPath;

        AutoUpgradeScheduler scheduler(ws.get(), &mp);
        InstallOptions o;
        o.skipEnv = true;
        scheduler.setInstallOptions(o);
        scheduler.setMaxAttempts(2);
        scheduler.setRetryDelayMs(0);
        QStringList started;
        connect(&scheduler, &AutoUpgradeScheduler::upgradeStarted, this,
                [&](const QString &id, const QString &from, const QString &to) { started << id + QLatin1Char(' ') + from + QStringLiteral("->") + to; });
        const AutoUpgradeReport report = scheduler.runOnce(120000);
        QVERIFY2(report.checkError.isEmpty(), qPrintable(report.checkError));
        started.sort();
        QCOMPARE(started, (QStringList{QStringLiteral("studio-tests/broken_plugin 1.0.0->1.0.1"), QStringLiteral("studio-tests/fix_plugin 1.0.0->1.0.1"),
                                       QStringLiteral("studio-tests/latest_plugin 1.0.0->2.0.0")}));

        QCOMPARE(version(ws.get(), QStringLiteral("fix_plugin")), QStringLiteral("1.0.1"));      // fix-only takes a patch
        QCOMPARE(version(ws.get(), QStringLiteral("minor_plugin")), QStringLiteral("1.0.0"));    // but not a minor
        QCOMPARE(version(ws.get(), QStringLiteral("latest_plugin")), QStringLiteral("2.0.0"));   // latest takes anything newer
        QCOMPARE(version(ws.get(), QStringLiteral("excluded_plugin")), QStringLiteral("1.0.0")); // excluded: untouched
        QCOMPARE(version(ws.get(), QStringLiteral("disabled_plugin")), QStringLiteral("1.0.0"));
        QCOMPARE(version(ws.get(), QStringLiteral("broken_plugin")), QStringLiteral("1.0.0"));   // failed download: kept
        QVERIFY(QFileInfo::exists(brokenFolder + QStringLiteral("/manifest.yaml")));
        // The upgraded rows keep their strategy and are still Marketplace installs.
        QCOMPARE(ws->installed(QStringLiteral("studio-tests/fix_plugin"))->autoUpgrade, AutoUpgrade::FixOnly);
        QCOMPARE(ws->installed(QStringLiteral("studio-tests/latest_plugin"))->source, QStringLiteral("marketplace"));

        QCOMPARE(report.upgraded(), 2);
        QCOMPARE(report.failed(), 1);
        AutoUpgradeResult failed;
        for (const AutoUpgradeResult &r : report.results)
            if (!r.ok)
                failed = r;
        QCOMPARE(failed.pluginId, QStringLiteral("studio-tests/broken_plugin"));
        QVERIFY(!failed.ok);
        QCOMPARE(failed.attempts, 2);
        QVERIFY2(!failed.error.isEmpty(), "the failure says why");
        QVERIFY2(report.summary().contains(QStringLiteral("2 plugin(s) upgraded automatically")), qPrintable(report.summary()));
        QVERIFY2(report.summary().contains(QStringLiteral("1 failed")), qPrintable(report.summary()));
        int brokenDownloads = 0;
        for (const FakeRequest &r : server.requests)
            if (r.path == "/api/v1/plugins/download" && r.query.toString().contains(QStringLiteral("broken_plugin")))
                ++brokenDownloads;
        QVERIFY2(brokenDownloads >= 2, qPrintable(QString::number(brokenDownloads))); // tried again

        // The tasks are the ordinary upgrade tasks; the failure is recorded there too.
        int failedTasks = 0, succeeded = 0;
        for (const TaskRecord &t : ws->tasks()) {
            failedTasks += t.status == QLatin1String("failed") ? 1 : 0;
            succeeded += t.status == QLatin1String("success") ? 1 : 0;
        }
        QCOMPARE(failedTasks, 2);
        QCOMPARE(succeeded, 6 + 2); // six installs, two upgrades

        // The report survives in the workspace (the GUI shows what a cron pass did).
        AutoUpgradeScheduler reader(ws.get(), &mp);
        const AutoUpgradeReport stored = reader.lastReport();
        QCOMPARE(stored.results.size(), 3);
        QCOMPARE(stored.upgraded(), 2);
        QCOMPARE(stored.failed(), 1);
        QCOMPARE(stored.toJson(), report.toJson());
        QVERIFY(scheduler.nextRun() > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));

        // A second pass: only the broken one is still a candidate, and it works once the download does.
        broken.clear();
        const AutoUpgradeReport second = scheduler.runOnce(120000);
        QCOMPARE(second.results.size(), 1);
        QVERIFY(second.results.first().ok);
        QCOMPARE(version(ws.get(), QStringLiteral("broken_plugin")), QStringLiteral("1.0.1"));
        QVERIFY(!QFileInfo::exists(brokenFolder));
    }

    void customTaskStarterAndCheckFailure()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        FakeHttpServer server;
        QVERIFY(server.start());
        serveMarketplace(server);
        Marketplace::MarketplaceClient mp;
        mp.setBaseUrl(server.url());
        mp.setCacheDir(dir.path() + QStringLiteral("/mpcache"));
        install(ws.get(), &mp, publish(QStringLiteral("gui_plugin"), QStringLiteral("3.0.0")));
        QVERIFY(ws->setAutoUpgrade(QStringLiteral("studio-tests/gui_plugin"), AutoUpgrade::Latest));

        // The Marketplace fails: nothing changes and the report says why.
        FakeResponse down;
        down.status = 502;
        down.body = "bad gateway";
        server.onStatic("POST", "/api/v1/plugins/batch", down);
        AutoUpgradeScheduler scheduler(ws.get(), &mp);
        const AutoUpgradeReport failed = scheduler.runOnce(60000);
        QVERIFY(!failed.checkError.isEmpty());
        QVERIFY(failed.results.isEmpty());
        QVERIFY2(failed.summary().contains(QStringLiteral("check failed")), qPrintable(failed.summary()));
        QCOMPARE(version(ws.get(), QStringLiteral("gui_plugin")), QStringLiteral("3.0.0"));

        // The GUI's task starter is used for the upgrade (so the task shows in its list).
        server.onJson("POST", "/api/v1/plugins/batch", latest({{QStringLiteral("gui_plugin"), publish(QStringLiteral("gui_plugin"), QStringLiteral("3.0.2"))}}));
        QStringList startedBy;
        scheduler.setTaskStarter([&](const InstallSource &source, const InstallOptions &options) {
            startedBy << source.describe();
            InstallOptions o = options;
            o.skipEnv = true;
            auto *t = new InstallTask(ws.get(), source, o, this);
            t->setMarketplaceClient(&mp);
            connect(t, &InstallTask::finished, t, &QObject::deleteLater);
            t->start();
            return t;
        });
        const AutoUpgradeReport ok = scheduler.runOnce(60000);
        QVERIFY2(ok.checkError.isEmpty(), qPrintable(ok.checkError));
        QCOMPARE(startedBy.size(), 1);
        QCOMPARE(ok.upgraded(), 1);
        QCOMPARE(version(ws.get(), QStringLiteral("gui_plugin")), QStringLiteral("3.0.2"));
    }

    void cliRunsOnePass()
    {
        QTemporaryDir dir;
        auto ws = openWs(dir.path());
        FakeHttpServer server;
        QVERIFY(server.start());
        serveMarketplace(server);
        Marketplace::MarketplaceClient mp;
        mp.setBaseUrl(server.url());
        mp.setCacheDir(dir.path() + QStringLiteral("/mpcache"));
        install(ws.get(), &mp, publish(QStringLiteral("cron_plugin"), QStringLiteral("0.1.0")));
        install(ws.get(), &mp, publish(QStringLiteral("still_plugin"), QStringLiteral("0.1.0")));
        QVERIFY(ws->setAutoUpgrade(QStringLiteral("studio-tests/cron_plugin"), AutoUpgrade::Latest));
        server.onJson("POST", "/api/v1/plugins/batch",
                      latest({{QStringLiteral("cron_plugin"), publish(QStringLiteral("cron_plugin"), QStringLiteral("0.2.0"))},
                              {QStringLiteral("still_plugin"), publish(QStringLiteral("still_plugin"), QStringLiteral("0.2.0"))}}));

        // The fake Marketplace lives in this process: keep the event loop turning while the CLI runs.
        auto cli = [&](const QStringList &args, QByteArray *out) {
            QProcess p;
            p.start(QStringLiteral(STUDIO_CLI), args);
            if (!p.waitForStarted(10000))
                return -1;
            QElapsedTimer t;
            t.start();
            while (p.state() != QProcess::NotRunning && t.elapsed() < 120000)
                QTest::qWait(10);
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QByteArray out;
        const int rc = cli({QStringLiteral("upgrade"), QStringLiteral("--auto"), QStringLiteral("--workspace"), dir.path(),
                            QStringLiteral("--marketplace"), server.url().toString(), QStringLiteral("--skip-env"), QStringLiteral("--json")},
                           &out);
        QCOMPARE(rc, 0);
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(QStringLiteral("results")).toArray().size(), 1);
        QCOMPARE(report.value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("0.2.0"));
        QCOMPARE(version(ws.get(), QStringLiteral("cron_plugin")), QStringLiteral("0.2.0"));
        QCOMPARE(version(ws.get(), QStringLiteral("still_plugin")), QStringLiteral("0.1.0")); // strategy disabled
        // What the pass did is in the workspace for the studio to show.
        QCOMPARE(AutoUpgradeScheduler(ws.get(), &mp).lastReport().upgraded(), 1);

        QCOMPARE(cli({QStringLiteral("upgrade"), QStringLiteral("--auto"), QStringLiteral("some/plugin")}, nullptr), 64);
        QCOMPARE(cli({QStringLiteral("upgrade"), QStringLiteral("--auto"), QStringLiteral("--attempts"), QStringLiteral("zero")}, nullptr), 64);
        QByteArray help;
        QCOMPARE(cli({QStringLiteral("upgrade"), QStringLiteral("--auto"), QStringLiteral("--help")}, &help), 0);
        QVERIFY(help.contains("automatic-upgrade pass"));
    }
};

QTEST_GUILESS_MAIN(TstAutoUpgrade)
#include "tst_autoupgrade.moc"
