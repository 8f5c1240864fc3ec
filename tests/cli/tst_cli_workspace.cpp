// SPDX-License-Identifier: GPL-3.0-or-later
// The real plugin-studio-cli binary: install/list/upgrade/uninstall, market against a loopback
// Marketplace (online, then offline from the cache), and installs SIGKILLed at several points.
#include "core/workspace/workspace.h"
#include "../core/tst_install_support.h"
#include "../core/tst_marketplace_fakeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Workspace;

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};

class TstCliWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir work;
    QString v1, v2, v2env;

    // Runs the CLI without blocking the event loop (the fake server lives in this process).
    CliRun cli(const QStringList &args, const QString &cacheHome = {}, const QHash<QString, QString> &extraEnv = {},
               const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GITHUB_TOKEN"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the file fallback, whatever the machine has
        env.remove(QStringLiteral("STUDIO_KEY_STORE"));         // ...reached by trying the keychain first, as users do
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.isEmpty() ? work.path() + QStringLiteral("/cache") : cacheHome);
        env.insert(QStringLiteral("XDG_DATA_HOME"), work.path() + QStringLiteral("/data"));
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(STUDIO_CLI), args);
        if (!p.waitForStarted(10000))
            return {};
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        done.wait(300000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QString err;
        v1 = TestSupport::makePackage(work.path(), TestSupport::PackageSpec(), &err);
        QVERIFY2(!v1.isEmpty(), qPrintable(err));
        v2 = TestSupport::makePackage(work.path(), TestSupport::PackageSpec().withVersion(QStringLiteral("0.0.2")), &err);
        QVERIFY2(!v2.isEmpty(), qPrintable(err));
        v2env = TestSupport::makePackage(work.path(), TestSupport::offlineSpec(work.path()).withVersion(QStringLiteral("0.0.3")), &err);
        QVERIFY2(!v2env.isEmpty(), qPrintable(err));
    }

    void installListUpgradeUninstall()
    {
        const QString ws = work.path() + QStringLiteral("/ws1");
        CliRun r = cli({QStringLiteral("install"), v1, QStringLiteral("--workspace"), ws, QStringLiteral("--skip-env")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad signature") && r.err.contains("--allow-unsigned"), r.err.constData());

        r = cli({QStringLiteral("install"), v1, QStringLiteral("--workspace"), ws, QStringLiteral("--skip-env"), QStringLiteral("--allow-unsigned")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("installed studio-tests/echo_plugin:0.0.1@"));
        QVERIFY(r.out.contains("UNVERIFIED"));
        QVERIFY(r.err.contains("WARNING"));

        r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("version")).toString(), QStringLiteral("0.0.1"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("verified")).toBool(true), false);

        r = cli({QStringLiteral("upgrade"), QStringLiteral("studio-tests/echo_plugin"), QStringLiteral("--to"), v2,
                 QStringLiteral("--workspace"), ws, QStringLiteral("--skip-env"), QStringLiteral("--allow-unsigned")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("0.0.1 -> 0.0.2"), r.out.constData());

        r = cli({QStringLiteral("upgrade"), QStringLiteral("nobody/none"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 2);

        r = cli({QStringLiteral("uninstall"), QStringLiteral("studio-tests/echo_plugin"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("list"), QStringLiteral("--workspace"), ws});
        QVERIFY(r.out.contains("no plugins installed"));
        r = cli({QStringLiteral("uninstall"), QStringLiteral("studio-tests/echo_plugin"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 2);

        QCOMPARE(cli({QStringLiteral("install"), QStringLiteral("--workspace"), ws}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("install"), work.path() + QStringLiteral("/missing.difypkg"), QStringLiteral("--workspace"), ws}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("install"), QStringLiteral("github:bad"), QStringLiteral("--workspace"), ws}).exitCode, 64);
        QVERIFY(cli({QStringLiteral("install"), QStringLiteral("--help")}).out.contains("--allow-unsigned"));
    }

    void marketOnlineThenOffline()
    {
        TestSupport::FakeHttpServer server;
        QVERIFY(server.start());
        QFile f(QStringLiteral(STUDIO_FIXTURES "/marketplace/search_page.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        server.onJson("POST", "/api/v1/plugins/search/advanced", f.readAll());
        QFile d(QStringLiteral(STUDIO_FIXTURES "/marketplace/plugin_detail.json"));
        QVERIFY(d.open(QIODevice::ReadOnly));
        server.onJson("GET", "/api/v1/plugins/studio-test/weather_tool", d.readAll());
        server.onJson("GET", "/api/v1/plugins/studio-test/weather_tool/versions", R"({"versions":[{"version":"0.3.0"}]})");
        server.onStatic("GET", "/api/v1/plugins/download", TestSupport::FakeResponse{200, "application/zip", TestSupport::readAll(v1)});
        const QString cache = work.path() + QStringLiteral("/mcache");
        const QString url = server.url().toString();

        CliRun r = cli({QStringLiteral("market"), QStringLiteral("search"), QStringLiteral("weather"), QStringLiteral("--sort"),
                        QStringLiteral("new"), QStringLiteral("--json"), QStringLiteral("--marketplace"), url}, cache);
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 83);
        QCOMPARE(o.value(QStringLiteral("offline")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("plugins")).toArray().first().toObject().value(QStringLiteral("plugin_id")).toString(),
                 QStringLiteral("studio-test/weather_tool"));
        QCOMPARE(QJsonDocument::fromJson(server.requests.last().body).object().value(QStringLiteral("sort_by")).toString(),
                 QStringLiteral("created_at"));

        r = cli({QStringLiteral("market"), QStringLiteral("show"), QStringLiteral("studio-test/weather_tool"), QStringLiteral("--marketplace"), url}, cache);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("DEPRECATED"));
        QVERIFY(r.out.contains("0.3.0"));

        // The package's real identifier: the download is checked against its checksum (#17.6).
        auto reader = Package::PackageReader::open(v1);
        QVERIFY(reader);
        const QString uid = QStringLiteral("studio-tests/echo_plugin:0.0.1@") + (*reader)->checksum().value();
        const QString out = work.path() + QStringLiteral("/dl.difypkg");
        r = cli({QStringLiteral("market"), QStringLiteral("download"), uid, QStringLiteral("-o"), out, QStringLiteral("--marketplace"), url}, cache);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(TestSupport::readAll(out), TestSupport::readAll(v1));

        server.stop();
        r = cli({QStringLiteral("market"), QStringLiteral("search"), QStringLiteral("weather"), QStringLiteral("--sort"),
                 QStringLiteral("new"), QStringLiteral("--json"), QStringLiteral("--marketplace"), url}, cache);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("offline"));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("offline")).toBool(), true);
        r = cli({QStringLiteral("market"), QStringLiteral("search"), QStringLiteral("never-cached"), QStringLiteral("--marketplace"), url}, cache);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot be reached"));
        QCOMPARE(cli({QStringLiteral("market"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--sort"), QStringLiteral("bogus")}).exitCode, 64);
    }

    // `workspace key` / `workspace github-token`: where the key lives (recorded, shared with the
    // core), the sealed token (masked output, --stdin, --clear), a recorded keychain that cannot be
    // reached (clear error naming the command that fixes it; commands that need no key still work).
    void workspaceKeyAndGithubToken()
    {
        const QString ws = work.path() + QStringLiteral("/ws-safety");
        CliRun r = cli({QStringLiteral("workspace"), QStringLiteral("key"), QStringLiteral("--json"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("store")).toString(), QStringLiteral("file"));
        QCOMPARE(o.value(QStringLiteral("path")).toString(), ws + QStringLiteral("/workspace.key"));
        QVERIFY2(r.err.contains("keychain is not available"), r.err.constData()); // says why it fell back

        r = cli({QStringLiteral("workspace"), QStringLiteral("github-token"), QStringLiteral("--set"), QStringLiteral("ghp_cliToken12345"),
                 QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("gh*************45") && !r.out.contains("cliToken"), r.out.constData());
        {
            auto store = WorkspaceStore::open(ws);
            QCOMPARE((*store)->githubToken(), QStringLiteral("ghp_cliToken12345"));
        }
        QFile db(ws + QStringLiteral("/workspace.db"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("ghp_cliToken12345"));
        r = cli({QStringLiteral("workspace"), QStringLiteral("github-token"), QStringLiteral("--stdin"), QStringLiteral("--workspace"), ws}, {}, {},
                "ghp_fromStdin999\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE((*WorkspaceStore::open(ws))->githubToken(), QStringLiteral("ghp_fromStdin999"));
        r = cli({QStringLiteral("workspace"), QStringLiteral("github-token"), QStringLiteral("--clear"), QStringLiteral("--json"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("set")).toBool(true), false);

        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("bogus"), QStringLiteral("--workspace"), ws}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("key"), QStringLiteral("--to-file"), QStringLiteral("--to-keychain"),
                      QStringLiteral("--workspace"), ws}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("github-token"), QStringLiteral("--set"), QStringLiteral(" "),
                      QStringLiteral("--workspace"), ws}).exitCode, 64);
        // Moving to an unreachable keychain: refused, the file stays.
        r = cli({QStringLiteral("workspace"), QStringLiteral("key"), QStringLiteral("--to-keychain"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("was not moved"), r.err.constData());
        QVERIFY(QFile::exists(ws + QStringLiteral("/workspace.key")));

        // A workspace whose key was recorded in a keychain this session cannot reach.
        const QString away = work.path() + QStringLiteral("/ws-keychain-away");
        {
            auto store = WorkspaceStore::open(away);
            QVERIFY((*store)->setSetting(QStringLiteral("key_store"), QStringLiteral("keychain")));
            QVERIFY((*store)->setSetting(QStringLiteral("key_keychain_service"), QStringLiteral("Plugin Studio")));
            QVERIFY((*store)->setSetting(QStringLiteral("key_keychain_account"), QStringLiteral("workspace-key:test:") + away));
        }
        r = cli({QStringLiteral("workspace"), QStringLiteral("key"), QStringLiteral("--workspace"), away});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("OS keychain"), r.out.constData());
        r = cli({QStringLiteral("workspace"), QStringLiteral("key"), QStringLiteral("--check"), QStringLiteral("--workspace"), away});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot be reached") && r.err.contains("plugin-studio-cli workspace key --to-file"), r.err.constData());
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--workspace"), away}).exitCode, 0);
        QVERIFY(!QFile::exists(away + QStringLiteral("/workspace.key"))); // no second key made behind the user's back
    }

    // install --github-token / $GITHUB_TOKEN: the API gets the Bearer token, the download host does
    // not; a rate-limit answer tells the user to set a token.
    void installWithGithubToken()
    {
        TestSupport::FakeHttpServer api, downloads;
        QVERIFY(api.start() && downloads.start());
        api.onStatic("GET", "/repos/studio-tests/gh/releases",
                     TestSupport::FakeResponse{200, "application/json", R"([{"tag_name":"v0.0.2","assets":[{"name":"gh.difypkg"}]}])"});
        downloads.onStatic("GET", "/studio-tests/gh/releases/download/v0.0.2/gh.difypkg",
                           TestSupport::FakeResponse{200, "application/octet-stream", TestSupport::readAll(v2)});
        const QByteArray manifest = "name: ghkit\nlabels:\n  en_US: Kit\ndescription:\n  en_US: Kit\nicon: icon.svg\nversion: 0.0.1\n"
                                    "author: studio-tests\ntype: bundle\ntags: []\ndependencies:\n"
                                    "  - type: github\n    value:\n      repo_pattern: studio-tests/gh:0.0.2/gh.difypkg\n";
        const QString bundle = work.path() + QStringLiteral("/ghkit.difybndl");
        QVERIFY(TestSupport::writeZip(bundle, {{QStringLiteral("manifest.yaml"), manifest}}));
        const QString ws = work.path() + QStringLiteral("/ws-gh");
        const QStringList common{QStringLiteral("--workspace"), ws, QStringLiteral("--skip-env"), QStringLiteral("--allow-unsigned"),
                                 QStringLiteral("--github-api-url"), api.url().toString(), QStringLiteral("--github-url"), downloads.url().toString()};
        CliRun r = cli(QStringList{QStringLiteral("install"), bundle, QStringLiteral("--github-token"), QStringLiteral("ghp_cliOption")} + common);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(api.requests.last().headers.value("authorization"), QByteArray("Bearer ghp_cliOption"));
        QVERIFY(!downloads.requests.last().headers.contains("authorization"));

        r = cli(QStringList{QStringLiteral("install"), bundle} + common, {}, {{QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp_fromEnv")}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(api.requests.last().headers.value("authorization"), QByteArray("Bearer ghp_fromEnv"));

        TestSupport::FakeResponse limited;
        limited.status = 403;
        limited.headers = {{"X-RateLimit-Remaining", "0"}};
        api.onStatic("GET", "/repos/studio-tests/gh/releases", limited);
        r = cli(QStringList{QStringLiteral("install"), bundle} + common);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("rate limit") && r.err.contains("GITHUB_TOKEN") && r.err.contains("--github-token")
                     && r.err.contains("the workspace is unchanged"),
                 r.err.constData());
        QVERIFY(!api.requests.last().headers.contains("authorization"));
    }

    // A bundle install SIGKILLed while its third dependency downloads (the first two are committed,
    // one of them an upgrade): the next open of the workspace undoes them from the write-ahead
    // journal, so the workspace is as before the bundle (old version active, its files intact).
    void killedBundleIsRolledBackAtNextOpen()
    {
        QTemporaryDir dir;
        const QString ws = dir.path() + QStringLiteral("/ws");
        QCOMPARE(cli({QStringLiteral("install"), v1, QStringLiteral("--workspace"), ws, QStringLiteral("--skip-env"), QStringLiteral("--allow-unsigned")}).exitCode, 0);
        InstalledPlugin before;
        QStringList foldersBefore;
        {
            auto store = WorkspaceStore::open(ws);
            before = *(*store)->installed(QStringLiteral("studio-tests/echo_plugin"));
            foldersBefore = QDir((*store)->pluginsDir() + QStringLiteral("/studio-tests")).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        }
        QString err;
        const QString other = TestSupport::makePackage(work.path(), TestSupport::PackageSpec().withName(QStringLiteral("other_plugin")), &err);
        QVERIFY2(!other.isEmpty(), qPrintable(err));
        auto sum = [](const QString &pkg) {
            QProcess p;
            p.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("checksum"), pkg});
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput()).trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char('@'), -1);
        };
        const QString sumOther = sum(other), sumV2 = sum(v2);
        QCOMPARE(sumOther.size(), 64);
        QCOMPARE(sumV2.size(), 64);
        TestSupport::FakeHttpServer gh;
        QVERIFY(gh.start());
        gh.onStatic("GET", "/repos/studio-tests/slow/releases",
                    TestSupport::FakeResponse{200, "application/json", R"([{"tag_name":"v1.0.0","assets":[{"name":"slow.difypkg"}]}])"});
        TestSupport::FakeResponse slow;
        slow.contentType = "application/octet-stream";
        slow.body = QByteArray(8 * 1024 * 1024, 'x');
        slow.chunkDelayMs = 100;
        gh.onStatic("GET", "/studio-tests/slow/releases/download/v1.0.0/slow.difypkg", slow);
        const QByteArray manifest = "name: killed\nlabels:\n  en_US: Kit\ndescription:\n  en_US: Kit\nicon: icon.svg\nversion: 0.0.1\n"
                                    "author: studio-tests\ntype: bundle\ntags: []\ndependencies:\n"
                                    "  - type: package\n    value:\n      path: " + sumOther.toUtf8() + "\n"
                                    "  - type: package\n    value:\n      path: " + sumV2.toUtf8() + "\n"
                                    "  - type: github\n    value:\n      repo_pattern: studio-tests/slow:1.0.0/slow.difypkg\n";
        const QString bundle = dir.path() + QStringLiteral("/killed.difybndl");
        QVERIFY(TestSupport::writeZip(bundle, {{QStringLiteral("manifest.yaml"), manifest},
                                               {QStringLiteral("_assets/") + sumOther, TestSupport::readAll(other)},
                                               {QStringLiteral("_assets/") + sumV2, TestSupport::readAll(v2)}}));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p.setProcessEnvironment(env);
        QByteArray out;
        bool killed = false;
        connect(&p, &QProcess::readyReadStandardError, this, [&] {
            out += p.readAllStandardError();
            if (!killed && out.contains("slow.difypkg: ")) {
                killed = true;
                p.kill();
            }
        });
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("install"), bundle, QStringLiteral("--workspace"), ws, QStringLiteral("--skip-env"),
                                            QStringLiteral("--allow-unsigned"), QStringLiteral("--github-api-url"), gh.url().toString(),
                                            QStringLiteral("--github-url"), gh.url().toString()});
        QVERIFY(p.waitForStarted(10000));
        QVERIFY(done.wait(120000) || done.size() == 1);
        QVERIFY2(killed, out.constData());
        QVERIFY2(out.contains("Installed studio-tests/echo_plugin:0.0.2"), out.constData()); // the upgrade was committed
        {
            // Before recovery the journal is there and the upgrade is in the database (read raw, no store).
            QProcess py;
            py.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                                 QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                                                "print(c.execute(\"select version from plugins where plugin_id='studio-tests/echo_plugin'\").fetchone()[0]); "
                                                                "print(len(c.execute(\"select value from settings where key='bundle_journal'\").fetchone()[0]))"),
                                                 ws + QStringLiteral("/workspace.db")});
            QVERIFY(py.waitForFinished(30000));
            const QList<QByteArray> lines = py.readAllStandardOutput().split('\n');
            QCOMPARE(lines.value(0), QByteArray("0.0.2"));
            QVERIFY2(lines.value(1).toInt() > 100, py.readAllStandardError().constData());
        }
        auto store = WorkspaceStore::open(ws); // recovers, then removes the unreferenced folders
        QVERIFY(store);
        const auto row = (*store)->installed(QStringLiteral("studio-tests/echo_plugin"));
        QVERIFY(row);
        QCOMPARE(row->uniqueIdentifier, before.uniqueIdentifier);
        QCOMPARE(row->installPath, before.installPath);
        QVERIFY(QFile::exists(row->installPath + QStringLiteral("/manifest.yaml")));
        QVERIFY(!(*store)->installed(QStringLiteral("studio-tests/other_plugin")));
        QCOMPARE((*store)->installedPlugins().size(), 1);
        QCOMPARE((*store)->setting(QStringLiteral("bundle_journal")), QString());
        QCOMPARE(QDir((*store)->pluginsDir() + QStringLiteral("/studio-tests")).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden),
                 foldersBefore);
    }

    void exportOfflineCommand()
    {
        const QString index = work.path() + QStringLiteral("/index");
        QDir().mkpath(index);
        TestSupport::stubSdkWheel(index);
        TestSupport::PackageSpec spec;
        spec.name = QStringLiteral("needs_sdk");
        spec.requirements = "dify_plugin==0.7.0\n";
        const QString p = TestSupport::makePackage(work.path(), spec);
        const QString out = work.path() + QStringLiteral("/offline-out");
        CliRun r = cli({QStringLiteral("export-offline"), p, QStringLiteral("--platform"), QStringLiteral("manylinux2014_x86_64"),
                        QStringLiteral("--python-version"), QStringLiteral("3.12"), QStringLiteral("-o"), out,
                        QStringLiteral("--pip-arg=--no-index"), QStringLiteral("--pip-arg=--find-links=") + index});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("needs_sdk-0.0.1-manylinux2014_x86_64-offline.difypkg (1 wheels"));
        QVERIFY(r.err.contains("UNSIGNED"));
        QVERIFY(QFile::exists(out + QStringLiteral("/needs_sdk-0.0.1-manylinux2014_x86_64-offline.difypkg")));
        r = cli({QStringLiteral("export-offline"), QStringLiteral("nobody/none"), QStringLiteral("--workspace"), work.path() + QStringLiteral("/ws-empty")});
        QCOMPARE(r.exitCode, 2);
    }

    // An install SIGKILLed at any moment leaves the previous version installed and working.
    void killedInstallKeepsPreviousVersion_data()
    {
        QTest::addColumn<QString>("trigger"); // stderr text to kill at, or "" for a delay
        QTest::addColumn<int>("delayMs");
        QTest::newRow("at start") << QString() << 0;
        QTest::newRow("after 40 ms") << QString() << 40;
        QTest::newRow("after 120 ms") << QString() << 120;
        QTest::newRow("reading") << QStringLiteral("Reading") << 0;
        QTest::newRow("checking") << QStringLiteral("Checking") << 0;
        QTest::newRow("extracting") << QStringLiteral("Extracting") << 0;
        QTest::newRow("preparing env") << QStringLiteral("Preparing the Python environment") << 0;
        QTest::newRow("creating venv") << QStringLiteral("Creating the environment") << 0;
        QTest::newRow("installing deps") << QStringLiteral("Installing the dependencies") << 0;
        QTest::newRow("after 1500 ms") << QString() << 1500;
        QTest::newRow("not killed") << QStringLiteral("<never printed>") << 0; // completes: new version active
    }
    void killedInstallKeepsPreviousVersion()
    {
        QFETCH(QString, trigger);
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString ws = dir.path() + QStringLiteral("/ws");
        CliRun base = cli({QStringLiteral("install"), v1, QStringLiteral("--workspace"), ws, QStringLiteral("--skip-env"), QStringLiteral("--allow-unsigned")});
        QCOMPARE(base.exitCode, 0);
        QString oldPath;
        {
            auto store = WorkspaceStore::open(ws);
            QVERIFY(store);
            oldPath = (*store)->installed(QStringLiteral("studio-tests/echo_plugin"))->installPath;
        }

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.path() + QStringLiteral("/cache")); // never a cached env
        p.setProcessEnvironment(env);
        QByteArray err;
        bool killed = false;
        connect(&p, &QProcess::readyReadStandardError, this, [&] {
            err += p.readAllStandardError();
            if (!trigger.isEmpty() && !killed && err.contains(trigger.toUtf8())) {
                killed = true;
                p.kill();
            }
        });
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("install"), v2env, QStringLiteral("--workspace"), ws, QStringLiteral("--allow-unsigned")});
        QVERIFY(p.waitForStarted(10000));
        if (trigger.isEmpty()) {
            if (delayMs > 0)
                QTest::qWait(delayMs);
            killed = p.state() != QProcess::NotRunning;
            p.kill();
        }
        QVERIFY(done.wait(300000) || done.size() == 1);
        const bool finishedNormally = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        // A killed install may leave grandchildren (pip started by venv) running for a moment; the
        // workspace is judged once everything the killed install started has ended, as at the next
        // start of the studio.
        for (int i = 0; i < 300; ++i) {
            QProcess pgrep;
            pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), dir.path()});
            pgrep.waitForFinished(5000);
            if (pgrep.exitCode() != 0) // 1 = no process mentions the test folder any more
                break;
            QTest::qWait(100);
        }

        auto store = WorkspaceStore::open(ws); // runs the stale-folder cleanup
        QVERIFY(store);
        const auto row = (*store)->installed(QStringLiteral("studio-tests/echo_plugin"));
        QVERIFY(row);
        QVERIFY2(QFile::exists(row->installPath + QStringLiteral("/manifest.yaml")), qPrintable(row->installPath));
        if (!finishedNormally) {
            // Killed before the swap: the old version is active and its files are intact.
            QVERIFY2(row->version == QStringLiteral("0.0.1") || err.contains("Installed studio-tests/echo_plugin:0.0.3"),
                     qPrintable(row->version + QLatin1Char('\n') + QString::fromUtf8(err)));
        }
        if (row->version == QStringLiteral("0.0.1"))
            QCOMPARE(row->installPath, oldPath);
        // Only the active installation folder remains; no half folder.
        const QStringList left = QDir(ws + QStringLiteral("/plugins/studio-tests")).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        QCOMPARE(left.size(), 1);
        QCOMPARE(ws + QStringLiteral("/plugins/studio-tests/") + left.first(), row->installPath);
        // A task left running by the killed process is reported as interrupted.
        for (const TaskRecord &t : (*store)->tasks())
            QVERIFY2(t.status != QLatin1String("running") && t.status != QLatin1String("pending"), qPrintable(t.status));
        qInfo("kill point %s: killed=%d, finished normally=%d, active version %s", qPrintable(QTest::currentDataTag()), int(killed),
              int(finishedNormally), qPrintable(row->version));
        if (trigger == QLatin1String("<never printed>"))
            QVERIFY2(finishedNormally && row->version == QStringLiteral("0.0.3"), err.constData());
        if (trigger == QLatin1String("Preparing the Python environment"))
            QVERIFY(killed && row->version == QStringLiteral("0.0.1"));
    }
};

QTEST_GUILESS_MAIN(TstCliWorkspace)
#include "tst_cli_workspace.moc"
