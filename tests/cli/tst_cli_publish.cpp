// SPDX-License-Identifier: GPL-3.0-or-later
// The real `plugin-studio-cli publish` binary: `check` on what `init` writes (exit 0), on a plugin
// the Marketplace refuses (exit 1, finding by check id, file and line, what to do), on what is
// no plugin (exit 2), with --json and --pr-body; `pr` and `release` end to end against the GitHub
// stand-in and the loopback Marketplace (the servers run in this process, the CLI in a child).
#include "tests/fixtures/github/githubstandin.h"
#include "../core/tst_marketplace_fakeserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

// Runs the CLI while this process keeps serving (the servers live on this thread's event loop).
Run cli(const QStringList &args, const QString &cwd = {}, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(STUDIO_CLI), args);
    Run r;
    if (!p.waitForStarted(10000) || !done.wait(300000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void editFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray data = readFile(path);
    QVERIFY2(data.contains(from), from.constData());
    data.replace(from, to);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

} // namespace

class TestCliPublish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void initOutputPassesCheck();
    void refusedPluginExitsOne();
    void quickFixableFindingsAreNamed();
    void unreadableExitsTwo();
    void prBodyFile();
    void usage();
    void pullRequestEndToEnd();
    void pullRequestRefusedByPreflight();
    void pullRequestDryRun();
    void releaseEndToEnd();

private:
    QString makePlugin(const QString &name, bool marketplaceFields = true);
    QStringList net() const;
    QTemporaryDir m_tmp;
    QString m_python;
    std::unique_ptr<TestSupport::FakeHttpServer> m_market;
    std::unique_ptr<TestSupport::GitHubStandIn> m_gh;
    QProcessEnvironment m_env;
};

void TestCliPublish::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY(!m_python.isEmpty());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("GITHUB_TOKEN"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg-data")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("xdg-config")));
    m_env.insert(QStringLiteral("STUDIO_KEY_STORE"), QStringLiteral("file"));
}

void TestCliPublish::init()
{
    m_market = std::make_unique<TestSupport::FakeHttpServer>();
    QVERIFY(m_market->start());
    m_gh = std::make_unique<TestSupport::GitHubStandIn>();
    QVERIFY(m_gh->start());
    m_gh->addUser(QStringLiteral("tok-octo"), QStringLiteral("octo"));
    m_gh->addRepo(QStringLiteral("langgenius"), QStringLiteral("dify-plugins"), {{QStringLiteral("README.md"), "x"}});
}

QStringList TestCliPublish::net() const
{
    // The CI stage (Python 3.12 + the real SDK) has its own tests; here: the pre-flight's other checks.
    return {QStringLiteral("--marketplace"), m_market->url().toString(), QStringLiteral("--github-api"), m_gh->url().toString(),
            QStringLiteral("--python"), m_python, QStringLiteral("--skip"), QStringLiteral("deps_install,plugin_install"),
            QStringLiteral("-q")};
}

QString TestCliPublish::makePlugin(const QString &name, bool marketplaceFields)
{
    QStringList args{QStringLiteral("init"), m_tmp.filePath(name), QStringLiteral("--kind"), QStringLiteral("tool"),
                     QStringLiteral("--author"), QStringLiteral("acme"), QStringLiteral("--description"), QStringLiteral("A demo tool.")};
    if (marketplaceFields)
        args << QStringLiteral("--repo") << QStringLiteral("https://github.com/acme/") + name << QStringLiteral("--contact")
             << QStringLiteral("dev@acme.example");
    const Run r = cli(args, {}, m_env);
    return r.exitCode == 0 ? m_tmp.filePath(name) : QString();
}

void TestCliPublish::initOutputPassesCheck()
{
    const QString dir = makePlugin(QStringLiteral("fresh"));
    QVERIFY(!dir.isEmpty());
    const Run r = cli(QStringList{QStringLiteral("publish"), QStringLiteral("check"), dir} + net(), {}, m_env);
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(r.out.contains("0 blocking, 0 warning(s): nothing the Marketplace blocks on"));
    QVERIFY(r.out.contains("skipped  deps_install"));
    QVERIFY(r.out.contains("skipped on request (--skip deps_install)"));
    QVERIFY(r.out.contains("no PR body given"));
    const Run j = cli(QStringList{QStringLiteral("publish"), QStringLiteral("check"), dir, QStringLiteral("--json")} + net(), {}, m_env);
    QCOMPARE(j.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(o.value(QStringLiteral("passed")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("fresh"));
    QCOMPARE(o.value(QStringLiteral("checks")).toArray().size(), 21);
    // Without --repo/--contact, `init` output is refused for exactly those two fields and the README link.
    const QString bare = makePlugin(QStringLiteral("bare"), false);
    const Run b = cli(QStringList{QStringLiteral("publish"), QStringLiteral("check"), bare, QStringLiteral("--json")} + net(), {}, m_env);
    QCOMPARE(b.exitCode, 1);
    QStringList codes;
    for (const QJsonValue &c : QJsonDocument::fromJson(b.out).object().value(QStringLiteral("checks")).toArray())
        for (const QJsonValue &f : c.toObject().value(QStringLiteral("findings")).toArray())
            codes << f.toObject().value(QStringLiteral("code")).toString();
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("marketplace.manifest_metadata.missing_field"),
                                 QStringLiteral("marketplace.manifest_metadata.missing_field"),
                                 QStringLiteral("marketplace.readme_metadata.source_link")}));
}

void TestCliPublish::refusedPluginExitsOne()
{
    const QString dir = makePlugin(QStringLiteral("refused"));
    QVERIFY(!dir.isEmpty());
    editFile(dir + QStringLiteral("/requirements.txt"), "dify_plugin>=0.10.2,<0.11.0", "dify_plugin>=0.9,<0.10");
    editFile(dir + QStringLiteral("/manifest.yaml"), "tags: []", "tags:\n  - utility");
    QFile ds(dir + QStringLiteral("/provider/old.yaml.bak")); // not in .difyignore: it is packaged
    QVERIFY(ds.open(QIODevice::WriteOnly));
    ds.write("x");
    ds.close();
    const Run r = cli(QStringList{QStringLiteral("publish"), QStringLiteral("check"), dir} + net(), {}, m_env);
    QCOMPARE(r.exitCode, 1);
    // Each finding: file:line, the Marketplace's severity and check id, the message, what to do.
    QVERIFY2(r.out.contains("requirements.txt:1: blocking [package_dependencies] requirements.txt:1: dify_plugin dependency must be >= 0.9.0"),
             r.out.constData());
    QVERIFY2(r.out.contains("fix: Write dify_plugin>=0.9.0,<0.10 (\">=0.9\" is compared as (0, 9) and fails)."), r.out.constData());
    QVERIFY2(r.out.contains("blocking [packaging]"), r.out.constData()); // the unknown tag: `dify plugin package` refuses it
    QVERIFY(r.out.contains("provider/old.yaml.bak: blocking [package_contents]"));
    QVERIFY(r.out.contains("the Marketplace would refuse this submission"));
}

void TestCliPublish::quickFixableFindingsAreNamed()
{
    const QString dir = makePlugin(QStringLiteral("fixable"));
    editFile(dir + QStringLiteral("/manifest.yaml"), "contact: \"dev@acme.example\"\n", "");
    const Run r = cli(QStringList{QStringLiteral("publish"), QStringLiteral("check"), dir, QStringLiteral("--json")} + net(), {}, m_env);
    QCOMPARE(r.exitCode, 1);
    const QJsonArray checks = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("checks")).toArray();
    bool found = false;
    for (const QJsonValue &c : checks)
        for (const QJsonValue &f : c.toObject().value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("quick_fix")).toString() == QLatin1String("add-contact")) {
                found = true;
                QCOMPARE(f.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("blocking"));
                QCOMPARE(f.toObject().value(QStringLiteral("file")).toString(), QStringLiteral("manifest.yaml"));
                QCOMPARE(c.toObject().value(QStringLiteral("id")).toString(), QStringLiteral("manifest_metadata"));
            }
    QVERIFY(found);
}

void TestCliPublish::unreadableExitsTwo()
{
    const Run missing = cli({QStringLiteral("publish"), QStringLiteral("check"), m_tmp.filePath(QStringLiteral("nothing-here")), QStringLiteral("-q")}, {}, m_env);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("does not exist"));
    QFile junk(m_tmp.filePath(QStringLiteral("junk.difypkg")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a zip");
    junk.close();
    const Run bad = cli({QStringLiteral("publish"), QStringLiteral("check"), junk.fileName(), QStringLiteral("--json"), QStringLiteral("-q")}, {}, m_env);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(QJsonDocument::fromJson(bad.out).object().contains(QStringLiteral("error")));
    const Run body = cli({QStringLiteral("publish"), QStringLiteral("check"), makePlugin(QStringLiteral("nobody")), QStringLiteral("--pr-body"),
                          m_tmp.filePath(QStringLiteral("no-body.md"))},
                         {}, m_env);
    QCOMPARE(body.exitCode, 2);
}

void TestCliPublish::prBodyFile()
{
    const QString dir = makePlugin(QStringLiteral("bodied"));
    const QString bodyFile = m_tmp.filePath(QStringLiteral("body.md"));
    QFile f(bodyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("## Plugin information\n\n- **Author**: acme\n- **Plugin Name**: bodied\n");
    f.close();
    const Run r = cli(QStringList{QStringLiteral("publish"), QStringLiteral("check"), dir, QStringLiteral("--pr-body"), bodyFile} + net(), {}, m_env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("PR body: blocking [pr_body] PR 'Plugin information' is missing field: Plugin name"), r.out.constData());
    QVERIFY(r.out.contains("[sensitive_capabilities] PR body is missing the 'Security and privacy notes' section"));
}

void TestCliPublish::usage()
{
    QCOMPARE(cli({QStringLiteral("publish")}).exitCode, 64);
    QCOMPARE(cli({QStringLiteral("publish"), QStringLiteral("check")}).exitCode, 64);
    const Run skip = cli({QStringLiteral("publish"), QStringLiteral("check"), m_tmp.path(), QStringLiteral("--skip"), QStringLiteral("nonsense")});
    QCOMPARE(skip.exitCode, 64);
    QVERIFY(skip.err.contains("unknown check"));
    const Run help = cli({QStringLiteral("publish"), QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *s : {"package_contents", "version_exists", "--pr-body", "--marketplace", "--json", "Exit codes"})
        QVERIFY2(help.out.contains(s), s);
    QCOMPARE(cli({QStringLiteral("publish"), QStringLiteral("release"), m_tmp.path()}).exitCode, 64); // --repo required
    const QStringList prArgs = QStringList{QStringLiteral("publish"), QStringLiteral("pr"), makePlugin(QStringLiteral("nochange"))} + net();
    QCOMPARE(cli(prArgs, {}, m_env).exitCode, 64); // no --what-changed
}

void TestCliPublish::pullRequestEndToEnd()
{
    const QString dir = makePlugin(QStringLiteral("submitted"));
    m_gh->setCheckRunSequence({{{QStringLiteral("pre-check"), QStringLiteral("in_progress"), {}}},
                               {{QStringLiteral("pre-check"), QStringLiteral("completed"), QStringLiteral("success")}}});
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("tok-octo"));
    const Run r = cli(QStringList{QStringLiteral("publish"), QStringLiteral("pr"), dir, QStringLiteral("--what-changed"),
                                  QStringLiteral("First release: the submitted tool."), QStringLiteral("--poll"), QStringLiteral("0.05"),
                                  QStringLiteral("--json")}
                          + net(),
                      {}, env);
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("fork")).toString(), QStringLiteral("octo/dify-plugins"));
    QCOMPARE(o.value(QStringLiteral("file")).toString(), QStringLiteral("acme/submitted/submitted-0.0.1.difypkg"));
    QCOMPARE(o.value(QStringLiteral("checks_passed")).toBool(), true);
    QCOMPARE(m_gh->pulls.size(), 1);
    const TestSupport::GhPull &pr = m_gh->pulls.first();
    QCOMPARE(pr.title, QStringLiteral("add submitted plugin 0.0.1"));
    // The body is the template, filled from the manifest and the pre-flight, and passes the CI's own rules.
    for (const char *s : {"- **Author**: acme", "- **Plugin name**: submitted", "- **Version**: 0.0.1",
                          "- **Source repository**: https://github.com/acme/submitted", "- **Contact**: dev@acme.example",
                          "- [x] New plugin", "- [x] Low risk", "First release: the submitted tool.",
                          "## Security and privacy notes\n\nNone", "plugin-studio-cli publish check submitted"})
        QVERIFY2(pr.body.contains(QLatin1String(s)), s);
    // The file in the fork is the package the pre-flight checked: a .difypkg of the plugin.
    const QByteArray pkg = m_gh->filesOf(QStringLiteral("octo/dify-plugins"), pr.headRef).value(QStringLiteral("acme/submitted/submitted-0.0.1.difypkg"));
    QVERIFY(pkg.startsWith("PK"));
    // The same body, checked by `publish check --pr-body`, passes.
    const QString bodyFile = m_tmp.filePath(QStringLiteral("sent.md"));
    QFile f(bodyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pr.body.toUtf8());
    f.close();
    const Run again = cli(QStringList{QStringLiteral("publish"), QStringLiteral("check"), dir, QStringLiteral("--pr-body"), bodyFile,
                                      QStringLiteral("--offline")}
                              + net(),
                          {}, m_env);
    QVERIFY2(again.exitCode == 0, again.out.constData());
    QVERIFY(again.out.contains("passed   pr_body"));
    // Submitting the same version again is refused before anything is changed (the file exists now... in the fork,
    // and once merged in the upstream).
    m_gh->addRepo(QStringLiteral("langgenius"), QStringLiteral("dify-plugins"),
                  {{QStringLiteral("acme/submitted/submitted-0.0.1.difypkg"), pkg}});
    const Run twice = cli(QStringList{QStringLiteral("publish"), QStringLiteral("pr"), dir, QStringLiteral("--what-changed"), QStringLiteral("x"),
                                      QStringLiteral("--no-follow")}
                              + net(),
                          {}, env);
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.out.contains("marketplace.pkg_paths") || twice.out.contains("[pkg_paths]"), twice.out.constData());
    QCOMPARE(m_gh->pulls.size(), 1);
}

void TestCliPublish::pullRequestRefusedByPreflight()
{
    const QString dir = makePlugin(QStringLiteral("refusedpr"));
    editFile(dir + QStringLiteral("/README.md"), "https://github.com/acme/refusedpr", "the repository");
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("tok-octo"));
    const Run r = cli(QStringList{QStringLiteral("publish"), QStringLiteral("pr"), dir, QStringLiteral("--what-changed"), QStringLiteral("x")} + net(),
                      {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nothing was sent to GitHub"));
    for (const auto &req : m_gh->requests)
        QVERIFY2(req.method == "GET", req.path.constData());
    QCOMPARE(m_gh->pulls.size(), 0);
    // No token: a clear refusal that says where a token comes from.
    const Run noToken = cli(QStringList{QStringLiteral("publish"), QStringLiteral("pr"), makePlugin(QStringLiteral("tokenless")),
                                        QStringLiteral("--what-changed"), QStringLiteral("x")}
                                + net(),
                            {}, m_env);
    QCOMPARE(noToken.exitCode, 1);
    QVERIFY2(noToken.err.contains("needs a GitHub token"), noToken.err.constData());
}

void TestCliPublish::pullRequestDryRun()
{
    const QString dir = makePlugin(QStringLiteral("dry"));
    const Run r = cli(QStringList{QStringLiteral("publish"), QStringLiteral("pr"), dir, QStringLiteral("--what-changed"), QStringLiteral("Dry."),
                                  QStringLiteral("--dry-run"), QStringLiteral("--risk"), QStringLiteral("high")}
                          + net(),
                      {}, m_env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("file:  acme/dry/dry-0.0.1.difypkg"));
    QVERIFY(r.out.contains("- [x] High risk"));
    QCOMPARE(m_gh->pulls.size(), 0);
}

void TestCliPublish::releaseEndToEnd()
{
    const QString dir = makePlugin(QStringLiteral("released"));
    m_gh->addRepo(QStringLiteral("octo"), QStringLiteral("released"));
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("tok-octo"));
    const QStringList base{QStringLiteral("publish"), QStringLiteral("release"), dir, QStringLiteral("--repo"), QStringLiteral("octo/released"),
                           QStringLiteral("--github-api"), m_gh->url().toString(), QStringLiteral("--notes"), QStringLiteral("First.")};
    const Run r = cli(base, {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Repository: https://github.com/octo/released"));
    QVERIFY(r.out.contains("Version:    0.0.1"));
    QVERIFY(r.out.contains("Package:    released-0.0.1.difypkg"));
    QVERIFY2(r.err.contains("the package is unsigned"), r.err.constData()); // the offer to sign
    QCOMPARE(m_gh->releases.size(), 1);
    QCOMPARE(m_gh->releases.first().assets.size(), 1);
    // Signed with a key of our own: the uploaded asset carries the signature.
    const QString key = m_tmp.filePath(QStringLiteral("mykey"));
    QCOMPARE(cli({QStringLiteral("keygen"), key}, {}, env).exitCode, 0);
    editFile(dir + QStringLiteral("/manifest.yaml"), "version: 0.0.1\ntype", "version: 0.0.2\ntype");
    const Run s = cli(QStringList{QStringLiteral("publish"), QStringLiteral("release"), dir, QStringLiteral("--repo"), QStringLiteral("octo/released"),
                                  QStringLiteral("--github-api"), m_gh->url().toString(), QStringLiteral("--sign-key"),
                                  key + QStringLiteral(".private.pem"), QStringLiteral("--json")},
                      {}, env);
    QVERIFY2(s.exitCode == 0, s.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(s.out).object();
    QCOMPARE(o.value(QStringLiteral("tag")).toString(), QStringLiteral("0.0.2"));
    QVERIFY(o.value(QStringLiteral("warnings")).toArray().isEmpty());
    QCOMPARE(m_gh->releases.size(), 2); // the earlier release stays
    const QString asset = m_tmp.filePath(QStringLiteral("asset.difypkg"));
    QFile af(asset);
    QVERIFY(af.open(QIODevice::WriteOnly));
    af.write(m_gh->releases.last().assets.first().data);
    af.close();
    const Run verify = cli({QStringLiteral("verify"), asset, QStringLiteral("--key"), key + QStringLiteral(".public.pem")}, {}, env);
    QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
    // The same version again: refused, nothing replaced.
    const Run again = cli(base, {}, env);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("never replaced"));
}

QTEST_GUILESS_MAIN(TestCliPublish)
#include "tst_cli_publish.moc"
