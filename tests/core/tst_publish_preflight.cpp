// SPDX-License-Identifier: GPL-3.0-or-later
// `publish check` end to end: the serverless start probe on real Python processes, the Python-side
// checks (compile, safety sweep, pyproject through tomllib), and the whole pre-flight against the
// loopback Marketplace (tst_marketplace_fakeserver.h) and the GitHub stand-in: version lookups,
// versions already in the Marketplace repository, PR bodies, unreadable input, skipped and
// not-run checks. The CI stage (deps_install + plugin_install on the real dify_plugin from PyPI)
// runs when a Python 3.12 is on this machine, with its environment cached in the build tree.
#include "core/package/packagewriter.h"
#include "core/publish/installprobe.h"
#include "core/publish/prbody.h"
#include "core/publish/preflight.h"
#include "core/publish/pychecks.h"
#include "core/scaffold/scaffold.h"
#include "core/scaffold/sdkchoice.h"
#include "tests/fixtures/github/githubstandin.h"
#include "tst_marketplace_fakeserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Studio;
using namespace Studio::Publish;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A main.py that behaves like the SDK's serverless start: prints the Flask line, then serves.
QByteArray servingMain(int status)
{
    return QByteArray("import http.server, os, sys\n"
                      "class H(http.server.BaseHTTPRequestHandler):\n"
                      "    def do_GET(self):\n"
                      "        self.send_response(") + QByteArray::number(status) + ")\n"
           "        self.send_header('Content-Length', '0')\n"
           "        self.end_headers()\n"
           "    def log_message(self, *a):\n"
           "        pass\n"
           "s = http.server.HTTPServer((os.environ['SERVERLESS_HOST'], int(os.environ['SERVERLESS_PORT'])), H)\n"
           "print(' * Serving Flask app \\'main\\'', flush=True)\n"
           "s.serve_forever()\n";
}

// Pythons 3.12 on this machine (PATH, pyenv): what the CI checks run on.
QString python312()
{
    QStringList candidates{QStandardPaths::findExecutable(QStringLiteral("python3.12"))};
    const QString root = qEnvironmentVariable("PYENV_ROOT", QDir::homePath() + QStringLiteral("/.pyenv"));
    QDirIterator it(root + QStringLiteral("/versions"), {QStringLiteral("3.12*")}, QDir::Dirs);
    while (it.hasNext())
        candidates << it.next() + QStringLiteral("/bin/python3");
    for (const QString &c : candidates) {
        if (c.isEmpty() || !QFileInfo(c).isExecutable())
            continue;
        QProcess p;
        p.start(c, {QStringLiteral("-c"), QStringLiteral("import sys; print(sys.version_info[:2] == (3, 12))")});
        if (p.waitForFinished(10000) && p.readAll().trimmed() == "True")
            return c;
    }
    return {};
}

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

class TestPublishPreflight : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void probeServes_data();
    void probeServes();
    void probeExitShowsStderr();
    void probeWatchdogEndsTheProcessGroup();
    void pythonChecks();
    void pythonChecksBrokenPyproject();
    void newPluginPasses();
    void versionAlreadyOnMarketplace();
    void versionsInMarketplaceRepo();
    void marketplaceUnreachableIsNotAVerdict();
    void prBodyChecked();
    void unreadableInput_data();
    void unreadableInput();
    void noPythonHere();
    void ciStageOnTheRealSdk();

private:
    PreflightOptions options(const QString &path) const;
    QString m_python3;
    QTemporaryDir m_tmp;
    QString m_plugin;
    std::unique_ptr<TestSupport::FakeHttpServer> m_market;
    std::unique_ptr<TestSupport::GitHubStandIn> m_gh;
};

void TestPublishPreflight::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_python3 = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!m_python3.isEmpty(), "python3 is needed");
    Scaffold::ScaffoldOptions o;
    o.name = QStringLiteral("demo");
    o.author = QStringLiteral("acme");
    o.description = QStringLiteral("A demo tool.");
    o.repo = QStringLiteral("https://github.com/acme/demo");
    o.contact = QStringLiteral("dev@acme.example");
    m_plugin = m_tmp.filePath(QStringLiteral("demo"));
    QVERIFY(Scaffold::generatePlugin(o, m_plugin));
}

void TestPublishPreflight::init()
{
    m_market = std::make_unique<TestSupport::FakeHttpServer>();
    QVERIFY(m_market->start());
    m_gh = std::make_unique<TestSupport::GitHubStandIn>();
    QVERIFY(m_gh->start());
    m_gh->addRepo(QStringLiteral("langgenius"), QStringLiteral("dify-plugins"), {{QStringLiteral("README.md"), "x"}});
}

PreflightOptions TestPublishPreflight::options(const QString &path) const
{
    PreflightOptions o;
    o.path = path;
    o.marketplace = m_market->url();
    o.githubApi = m_gh->url();
    o.python = m_python3;
    o.skip = {QStringLiteral("deps_install"), QStringLiteral("plugin_install")}; // the CI stage has its own test
    return o;
}

void TestPublishPreflight::probeServes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ok");
    QTest::newRow("404 passes") << 404 << true;
    QTest::newRow("200 passes") << 200 << true;
    QTest::newRow("500 fails") << 500 << false;
    QTest::newRow("302 fails") << 302 << false;
}

void TestPublishPreflight::probeServes()
{
    QFETCH(int, status);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("main.py")), servingMain(status));
    InstallProbe probe;
    QSignalSpy done(&probe, &InstallProbe::finished);
    probe.start(m_python3, dir.path(), 20000, 100);
    QVERIFY(done.wait(30000));
    QCOMPARE(probe.result().ok, ok);
    QCOMPARE(probe.result().httpStatus, status);
    QVERIFY(probe.result().servingAfterMs >= 0);
    if (!ok) {
        QCOMPARE(probe.result().failure, InstallProbeResult::Failure::Status);
        QVERIFY(probe.result().message.contains(QString::number(status)));
    }
}

void TestPublishPreflight::probeExitShowsStderr()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("main.py")), "import dify_plugin_that_is_not_there\n");
    InstallProbe probe;
    QSignalSpy done(&probe, &InstallProbe::finished);
    probe.start(m_python3, dir.path(), 20000, 100);
    QVERIFY(done.wait(30000));
    QCOMPARE(probe.result().failure, InstallProbeResult::Failure::Exited);
    QVERIFY2(probe.result().stderrTail.contains(QLatin1String("ModuleNotFoundError")), qPrintable(probe.result().stderrTail));
}

void TestPublishPreflight::probeWatchdogEndsTheProcessGroup()
{
    // No "Serving Flask app" in time: the watchdog ends the plugin and what it started.
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("main.py")),
          "import os, subprocess, sys, time\n"
          "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
          "open('pids', 'w').write('%d %d' % (os.getpid(), child.pid))\n"
          "print('starting', flush=True)\n"
          "time.sleep(60)\n");
    InstallProbe probe;
    QSignalSpy done(&probe, &InstallProbe::finished);
    QElapsedTimer t;
    t.start();
    probe.start(m_python3, dir.path(), 1500, 100);
    QVERIFY(done.wait(30000));
    QVERIFY(t.elapsed() < 15000);
    QCOMPARE(probe.result().failure, InstallProbeResult::Failure::Timeout);
    QFile pids(dir.filePath(QStringLiteral("pids")));
    QVERIFY(pids.open(QIODevice::ReadOnly));
    const QList<QByteArray> ids = pids.readAll().split(' ');
    QCOMPARE(ids.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(ids.at(0).toLongLong()) && !alive(ids.at(1).toLongLong()), 5000);
}

void TestPublishPreflight::pythonChecks()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("ok.py")), "x = 1\n");
    write(dir.filePath(QStringLiteral("tools/bad.py")), "def f(:\n    pass\n");
    write(dir.filePath(QStringLiteral("tools/net.py")),
          "import logging\nimport requests as rq\nfrom requests import post\nlogger = logging.getLogger()\n"
          "def a(url, credentials):\n"
          "    rq.get(url)\n"                       // 6: no timeout
          "    post(url, timeout=3)\n"               // 7: fine
          "    logger.info(credentials['api_key'])\n" // 8: leak
          "    raise ValueError(f'bad {credentials}')\n" // 9: leak
          "def b(password):\n"
          "    return password\n"                     // 11: leak
          "def c():\n"
          "    raise CredentialError('no key given')\n"); // 13: fine, only the class is named
    write(dir.filePath(QStringLiteral("__pycache__/skip.py")), "def (:\n"); // compileall leaves __pycache__ alone
    write(dir.filePath(QStringLiteral("pyproject.toml")),
          "[project]\nname = \"x\"\nversion = \"1\"\ndependencies = [\"dify_plugin>=0.9\"]\n"
          "[project.optional-dependencies]\nfast = [\"orjson>=3,<4\"]\n"
          "[dependency-groups]\ndev = [\"pytest\"]\n"
          "[tool.poetry.dependencies]\npython = \"^3.12\"\nhttpx = \"^0.27\"\nmylib = { git = \"https://github.com/a/b\", tag = \"v1\" }\n");
    PyChecks checks;
    QSignalSpy done(&checks, &PyChecks::finished);
    checks.start(m_python3, dir.path());
    QVERIFY(done.wait(60000));
    const PyChecksResult &r = checks.result();
    QVERIFY2(r.ran, qPrintable(r.error));
    QCOMPARE(r.compile.size(), 1);
    QCOMPARE(r.compile.first().file, QStringLiteral("tools/bad.py"));
    QCOMPARE(r.compile.first().line, 1);
    QVERIFY(r.compile.first().blocking);
    QStringList safety;
    for (const Finding &f : r.safety)
        safety << QStringLiteral("%1:%2 %3").arg(f.file).arg(f.line).arg(f.code.section(QLatin1Char('.'), 2));
    QVERIFY2(safety.contains(QStringLiteral("tools/bad.py:1 parse")), qPrintable(safety.join(QLatin1Char('\n'))));
    QVERIFY(safety.contains(QStringLiteral("tools/net.py:6 timeout")));
    QVERIFY(safety.contains(QStringLiteral("tools/net.py:8 leak")));
    QVERIFY(safety.contains(QStringLiteral("tools/net.py:9 leak")));
    QVERIFY(safety.contains(QStringLiteral("tools/net.py:11 leak")));
    QCOMPARE(safety.size(), 5); // post(..., timeout=3) and raise CredentialError('...') are fine
    QVERIFY(r.pyproject.attempted);
    QVERIFY(r.pyproject.parseError.isEmpty());
    QStringList deps;
    for (const PyprojectDependency &d : r.pyproject.dependencies)
        deps << d.source + QStringLiteral(" = ") + d.requirement;
    QCOMPARE(deps, (QStringList{QStringLiteral("project.dependencies = dify_plugin>=0.9"),
                                QStringLiteral("project.optional-dependencies.fast = orjson>=3,<4"),
                                QStringLiteral("dependency-groups.dev = pytest"),
                                QStringLiteral("tool.poetry.dependencies.httpx = httpx ^0.27"),
                                QStringLiteral("tool.poetry.dependencies.mylib = mylib @ git+https://github.com/a/b@v1")}));
}

void TestPublishPreflight::pythonChecksBrokenPyproject()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("pyproject.toml")), "[project\nname=\n");
    PyChecks checks;
    QSignalSpy done(&checks, &PyChecks::finished);
    checks.start(m_python3, dir.path());
    QVERIFY(done.wait(60000));
    QVERIFY(checks.result().ran);
    QVERIFY(!checks.result().pyproject.parseError.isEmpty());
    // An interpreter that is not there: a reason, no findings.
    PyChecks missing;
    QSignalSpy done2(&missing, &PyChecks::finished);
    missing.start(QStringLiteral("/nonexistent/python3"), dir.path());
    QVERIFY(done2.wait(10000));
    QVERIFY(!missing.result().ran);
    QVERIFY(missing.result().error.contains(QLatin1String("/nonexistent/python3")));
    // Output that is not our JSON.
    QVERIFY(!PyChecks::parseOutput("Traceback (most recent call last)").ran);
}

void TestPublishPreflight::newPluginPasses()
{
    const PreflightReport r = Preflight::runBlocking(options(m_plugin));
    QCOMPARE(r.blockingCount(), 0);
    QCOMPARE(r.warningCount(), 0);
    QCOMPARE(r.author, QStringLiteral("acme"));
    QCOMPARE(r.checks.size(), marketplaceChecks().size());
    for (const char *id : {"package_contents", "package_secrets", "package_binaries", "manifest_metadata", "readme_metadata",
                           "package_dependencies", "python_compile", "plugin_icon", "packaging", "version_exists", "version_update",
                           "pkg_paths", "python_safety", "prohibited_financial_activity"}) {
        const CheckResult *c = r.check(QString::fromLatin1(id));
        QVERIFY2(c && c->status == CheckStatus::Passed, id);
    }
    QCOMPARE(r.check(QStringLiteral("pr_body"))->status, CheckStatus::Skipped);
    QVERIFY(r.check(QStringLiteral("pr_body"))->note.contains(QLatin1String("--pr-body")));
    QCOMPARE(r.check(QStringLiteral("deps_install"))->status, CheckStatus::Skipped);
    QVERIFY(r.check(QStringLiteral("version_update"))->note.contains(QLatin1String("new plugin")));
    // The Marketplace was asked exactly this; the repository listing went to the stand-in.
    QCOMPARE(m_market->requests.size(), 1);
    QCOMPARE(m_market->requests.first().path, QByteArray("/api/v1/plugins/acme/demo/0.0.1"));
    bool listed = false;
    for (const auto &req : m_gh->requests)
        listed = listed || req.path == "/repos/langgenius/dify-plugins/contents/acme/demo";
    QVERIFY(listed);
    // The exact bytes: a package was made and checked.
    QVERIFY(r.packagePath.endsWith(QLatin1String(".difypkg")));
    // JSON names every check by id with the Marketplace's severity.
    const QJsonObject json = QJsonDocument::fromJson(r.toJson()).object();
    QCOMPARE(json.value(QStringLiteral("blocking")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("checks")).toArray().size(), marketplaceChecks().size());
    QVERIFY(r.toText().contains(QLatin1String("nothing the Marketplace blocks on")));
}

void TestPublishPreflight::versionAlreadyOnMarketplace()
{
    m_market->onJson("GET", "/api/v1/plugins/acme/demo/0.0.1", "{\"version\":{\"version\":\"0.0.1\"}}");
    const PreflightReport r = Preflight::runBlocking(options(m_plugin));
    const CheckResult *c = r.check(QStringLiteral("version_exists"));
    QCOMPARE(c->status, CheckStatus::Failed);
    QCOMPARE(c->findings.first().code, QStringLiteral("marketplace.version_exists.exists"));
    QCOMPARE(r.blockingCount(), 1);
    // An answer that is not `code 0` passes, as the Marketplace's CI has it.
    m_market = std::make_unique<TestSupport::FakeHttpServer>();
    QVERIFY(m_market->start());
    TestSupport::FakeResponse odd;
    odd.body = TestSupport::envelope("null", 404, "not found");
    m_market->onStatic("GET", "/api/v1/plugins/acme/demo/0.0.1", odd);
    QCOMPARE(Preflight::runBlocking(options(m_plugin)).check(QStringLiteral("version_exists"))->status, CheckStatus::Passed);
}

void TestPublishPreflight::versionsInMarketplaceRepo()
{
    // The repository has 0.0.2 already: submitting 0.0.1 is not an update; and 0.0.1's own file exists.
    m_gh->addRepo(QStringLiteral("langgenius"), QStringLiteral("dify-plugins"),
                  {{QStringLiteral("acme/demo/demo-0.0.1.difypkg"), "PK"}, {QStringLiteral("acme/demo/demo-0.0.2.difypkg"), "PK"},
                   {QStringLiteral("acme/demo/README.md"), "x"}});
    const PreflightReport r = Preflight::runBlocking(options(m_plugin));
    const CheckResult *vu = r.check(QStringLiteral("version_update"));
    QCOMPARE(vu->status, CheckStatus::Failed);
    QCOMPARE(vu->findings.first().code, QStringLiteral("marketplace.version_update.not_greater"));
    QVERIFY2(vu->note.contains(QLatin1String("inferred")), qPrintable(vu->note));
    QVERIFY(vu->findings.first().message.contains(QLatin1String("latest previous 0.0.2")));
    const CheckResult *paths = r.check(QStringLiteral("pkg_paths"));
    QCOMPARE(paths->status, CheckStatus::Failed);
    QCOMPARE(paths->findings.first().code, QStringLiteral("marketplace.pkg_paths.exists"));
    // A body that ticks "New plugin": version_update follows the body, as the CI does.
    PreflightOptions o = options(m_plugin);
    PrBodyInput in;
    in.manifest = {true, QStringLiteral("acme"), QStringLiteral("demo"), QStringLiteral("0.0.1"), QStringLiteral("https://github.com/acme/demo"),
                   QStringLiteral("dev@acme.example"), {}, {}, {}, {}, {}};
    in.whatChanged = QStringLiteral("First.");
    in.localValidation = QStringLiteral("ran");
    o.prBody = buildPrBody(in);
    o.prBodyGiven = true;
    const PreflightReport withBody = Preflight::runBlocking(o);
    QCOMPARE(withBody.check(QStringLiteral("version_update"))->status, CheckStatus::Passed);
    QVERIFY(withBody.check(QStringLiteral("version_update"))->note.contains(QLatin1String("New plugin")));
}

void TestPublishPreflight::marketplaceUnreachableIsNotAVerdict()
{
    PreflightOptions o = options(m_plugin);
    m_market->stop(); // nothing listens there any more
    const PreflightReport r = Preflight::runBlocking(o);
    const CheckResult *c = r.check(QStringLiteral("version_exists"));
    QCOMPARE(c->status, CheckStatus::NotRun);
    QVERIFY2(c->note.contains(QLatin1String("could not ask")), qPrintable(c->note));
    QCOMPARE(r.blockingCount(), 0);
    // --offline: said so, nothing asked.
    o.offline = true;
    const PreflightReport off = Preflight::runBlocking(o);
    QCOMPARE(off.check(QStringLiteral("version_exists"))->status, CheckStatus::Skipped);
    QCOMPARE(off.check(QStringLiteral("pkg_paths"))->status, CheckStatus::Skipped);
}

void TestPublishPreflight::prBodyChecked()
{
    PreflightOptions o = options(m_plugin);
    o.prBodyGiven = true;
    o.prBody = QStringLiteral("## Plugin information\n\n- **Author**: acme\n");
    const PreflightReport r = Preflight::runBlocking(o);
    QCOMPARE(r.check(QStringLiteral("pr_body"))->status, CheckStatus::Failed);
    QCOMPARE(r.check(QStringLiteral("sensitive_capabilities"))->status, CheckStatus::Failed); // no security notes
    QVERIFY(r.blockingCount() >= 6);
}

void TestPublishPreflight::unreadableInput_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("missing") << "missing";
    QTest::newRow("folder without manifest") << "folder";
    QTest::newRow("not a zip") << "garbage";
    QTest::newRow("zip without manifest") << "zip";
}

void TestPublishPreflight::unreadableInput()
{
    QFETCH(QString, what);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("x"));
    if (what == QLatin1String("folder")) {
        write(dir.filePath(QStringLiteral("x/README.md")), "x");
    } else if (what == QLatin1String("garbage")) {
        path = dir.filePath(QStringLiteral("x.difypkg"));
        write(path, "this is not a zip file at all");
    } else if (what == QLatin1String("zip")) {
        // A real zip (Python's zipfile) that holds no manifest.yaml.
        path = dir.filePath(QStringLiteral("x.difypkg"));
        QProcess p;
        p.start(m_python3, {QStringLiteral("-c"), QStringLiteral("import sys, zipfile\n"
                                                                 "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                                                                 "    z.writestr('README.md', 'x')\n"),
                            path});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }
    bool unreadable = false;
    QString reason;
    Preflight::runBlocking(options(path), &unreadable, &reason);
    QVERIFY(unreadable);
    QVERIFY(!reason.isEmpty());
}

void TestPublishPreflight::noPythonHere()
{
    Scaffold::setLocalPythonFinder([] { return QList<Scaffold::LocalPython>{}; });
    PreflightOptions o = options(m_plugin);
    o.python.clear();
    o.skip.clear();
    const PreflightReport r = Preflight::runBlocking(o);
    Scaffold::setLocalPythonFinder({});
    // The blocking checks that need Python say they could not run, and what to do; that blocks.
    for (const char *id : {"python_compile", "deps_install", "plugin_install"}) {
        const CheckResult *c = r.check(QString::fromLatin1(id));
        QCOMPARE(c->status, CheckStatus::Failed);
        QCOMPARE(c->findings.first().code, QStringLiteral("marketplace.not_run"));
        QVERIFY2(c->findings.first().message.contains(QLatin1String("uv python install 3.12")), qPrintable(c->findings.first().message));
    }
    QCOMPARE(r.check(QStringLiteral("python_safety"))->status, CheckStatus::NotRun); // warning-only: no verdict
    QCOMPARE(r.check(QStringLiteral("package_dependencies"))->status, CheckStatus::Passed);
    QVERIFY(r.check(QStringLiteral("package_dependencies"))->note.contains(QLatin1String("pyproject.toml not read")));
}

void TestPublishPreflight::ciStageOnTheRealSdk()
{
    const QString py = python312();
    if (py.isEmpty())
        QSKIP("no Python 3.12 here: the Marketplace's CI stage is not reproduced");
    PreflightOptions o = options(m_plugin);
    o.python = py;
    o.skip.clear();
    o.envCacheRoot = QStringLiteral(STUDIO_BUILD_DIR "/publish-env-cache");
    const PreflightReport first = Preflight::runBlocking(o);
    for (const char *id : {"deps_install", "plugin_install", "python_compile"}) {
        const CheckResult *c = first.check(QString::fromLatin1(id));
        QVERIFY2(c->status == CheckStatus::Passed, qPrintable(QStringLiteral("%1: %2 %3").arg(id, checkStatusName(c->status), c->note)
                                                             + (c->findings.isEmpty() ? QString() : c->findings.first().message)));
    }
    QCOMPARE(first.blockingCount(), 0);
    QVERIFY(first.check(QStringLiteral("plugin_install"))->note.contains(QLatin1String("answered 404")));
    // The second run reuses the environment: seconds, not a fresh install.
    const PreflightReport second = Preflight::runBlocking(o);
    QCOMPARE(second.blockingCount(), 0);
    QVERIFY2(second.check(QStringLiteral("deps_install"))->note.contains(QLatin1String("cache")),
             qPrintable(second.check(QStringLiteral("deps_install"))->note));
}

QTEST_GUILESS_MAIN(TestPublishPreflight)
#include "tst_publish_preflight.moc"
