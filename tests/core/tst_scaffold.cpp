// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin scaffolds: every kind validates with zero errors and packages as generated.

#include "core/scaffold/marketplacefacts.h"
#include "core/scaffold/scaffold.h"
#include "core/scaffold/sdkchoice.h"
#include "core/package/ignorerules.h"
#include "core/package/packagereader.h"
#include "core/package/packagewriter.h"
#include "core/plugin/loader.h"
#include "core/plugin/validator.h"
#include "core/yaml/yamlnode.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Studio;
using namespace Studio::Scaffold;

class tst_Scaffold : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyKindValidatesAndPackages_data();
    void everyKindValidatesAndPackages();
    void bundle();
    void specialCharactersSurviveYaml();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void refusesNonEmptyFolder();
    void storageAndPermissions();
    void sdkRequirementFollowsPython();
    void legacySdkIsExplicit();
    void runtimeChoice();
    void marketplaceFields();
    void refusesReservedAuthors_data();
    void refusesReservedAuthors();
    void warningsSayWhatIsMissing();
    void pyprojectParsesAsToml();
    void camelCase();
};

static ScaffoldOptions baseOptions(PluginKind kind)
{
    ScaffoldOptions o;
    o.kind = kind;
    o.name = QStringLiteral("demo_%1").arg(pluginKindId(kind)).replace(QLatin1Char('-'), QLatin1Char('_'));
    o.author = QStringLiteral("acme");
    o.description = QStringLiteral("A demo plugin.");
    o.extraLanguages = {QStringLiteral("zh_Hans"), QStringLiteral("ja_JP")};
    o.tags = {QStringLiteral("utilities")};
    o.repo = QStringLiteral("https://github.com/acme/demo");
    o.contact = QStringLiteral("dev@acme.example");
    o.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone(0));
    return o;
}

void tst_Scaffold::everyKindValidatesAndPackages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("pluginsKey");
    for (PluginKind k : allPluginKinds()) {
        if (k == PluginKind::Bundle)
            continue;
        QString key;
        switch (k) {
        case PluginKind::Tool: case PluginKind::ToolsAndEndpoints: key = QStringLiteral("tools"); break;
        case PluginKind::ModelPredefined: case PluginKind::ModelCustomizable: key = QStringLiteral("models"); break;
        case PluginKind::AgentStrategy: key = QStringLiteral("agent_strategies"); break;
        case PluginKind::Extension: key = QStringLiteral("endpoints"); break;
        case PluginKind::Datasource: key = QStringLiteral("datasources"); break;
        case PluginKind::Trigger: key = QStringLiteral("triggers"); break;
        case PluginKind::Bundle: break;
        }
        QTest::newRow(qPrintable(pluginKindId(k))) << int(k) << key;
    }
}

void tst_Scaffold::everyKindValidatesAndPackages()
{
    QFETCH(int, kind);
    QFETCH(QString, pluginsKey);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("plugin"));
    const ScaffoldOptions o = baseOptions(PluginKind(kind));
    auto files = generatePlugin(o, dir);
    QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
    for (const QString &f : {QStringLiteral("manifest.yaml"), QStringLiteral("main.py"), QStringLiteral("requirements.txt"),
                             QStringLiteral("_assets/icon.svg"), QStringLiteral("_assets/icon-dark.svg"), QStringLiteral("README.md"),
                             QStringLiteral("PRIVACY.md"), QStringLiteral(".difyignore"), QStringLiteral(".env.example"),
                             QStringLiteral("readme/README_zh_Hans.md")})
        QVERIFY2(files->contains(f), qPrintable(f));

    // The manifest: quoted runner version, RFC 3339 created_at, the right plugins key.
    QFile m(QDir(dir).filePath(QStringLiteral("manifest.yaml")));
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QByteArray manifest = m.readAll();
    QVERIFY(manifest.contains("version: \"3.12\""));
    QVERIFY(manifest.contains("created_at: 2025-01-02T03:04:05.000Z"));
    QVERIFY(manifest.contains("repo: \"https://github.com/acme/demo\""));
    QVERIFY(manifest.contains("contact: \"dev@acme.example\""));
    QVERIFY(manifest.contains("privacy: PRIVACY.md"));
    QVERIFY(manifest.contains("minimum_dify_version: \""));

    // Today's SDK, with three-part bounds (the Marketplace compares them as tuples), in both files.
    const SdkLine current = sdkLine(SdkTrack::Current);
    QFile req(QDir(dir).filePath(QStringLiteral("requirements.txt")));
    QVERIFY(req.open(QIODevice::ReadOnly));
    QCOMPARE(req.readAll(), (current.requirement + QLatin1Char('\n')).toUtf8());
    QFile pyproject(QDir(dir).filePath(QStringLiteral("pyproject.toml")));
    QVERIFY(pyproject.open(QIODevice::ReadOnly));
    const QByteArray toml = pyproject.readAll();
    QVERIFY2(toml.contains("requires-python = \">=3.12\""), toml.constData());
    QVERIFY2(toml.contains(QStringLiteral("\"%1\"").arg(current.requirement).toUtf8()), toml.constData());
    QVERIFY(toml.contains("[dependency-groups]"));

    // README: the sections the Marketplace's readme check sweeps for and the source link.
    QFile readme(QDir(dir).filePath(QStringLiteral("README.md")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString readmeText = QString::fromUtf8(readme.readAll());
    QCOMPARE(findMarketplaceSourceLink(readmeText), QStringLiteral("https://github.com/acme/demo"));
    for (const char *section : {"## Setup", "## Usage", "## Credentials", "## Connection"})
        QVERIFY2(readmeText.contains(QLatin1String(section)), section);
    QFile privacy(QDir(dir).filePath(QStringLiteral("PRIVACY.md")));
    QVERIFY(privacy.open(QIODevice::ReadOnly));
    QVERIFY(privacy.readAll().contains("does not collect"));
    auto doc = Yaml::parse(manifest, QStringLiteral("manifest.yaml"));
    QVERIFY(doc);
    QVERIFY(Yaml::find(doc->root, QStringLiteral("plugins"))->get(pluginsKey));
    QCOMPARE(Yaml::find(doc->root, QStringLiteral("label"))->get(u"ja_JP")->scalar(), o.name);

    QFile env(QDir(dir).filePath(QStringLiteral(".env.example")));
    QVERIFY(env.open(QIODevice::ReadOnly));
    QVERIFY(env.readAll().contains("REMOTE_INSTALL_URL=127.0.0.1:5003"));
    QFile ignore(QDir(dir).filePath(QStringLiteral(".difyignore")));
    QVERIFY(ignore.open(QIODevice::ReadOnly));
    const QByteArray ign = ignore.readAll();
    for (const char *p : {".venv/", "__pycache__/", ".env", "*.difypkg", ".git/"})
        QVERIFY2(ign.contains(p), p);

    // Validates clean at the SDK level.
    const auto folder = Package::openPluginFolder(dir);
    const ValidationReport report = Plugin::validatePlugin(*folder);
    QVERIFY2(report.errorCount() == 0, qPrintable(report.toText()));

    // Packages, and the package reads back with the same files.
    Package::PackageOptions po;
    po.outputPath = tmp.filePath(QStringLiteral("out.difypkg"));
    po.validationLevel = Plugin::ValidationLevel::Sdk;
    auto pkg = Package::packagePlugin(dir, po, nullptr, nullptr);
    QVERIFY2(pkg, qPrintable(pkg ? QString() : pkg.error().toString()));
    QVERIFY(pkg->identifier.startsWith(QStringLiteral("acme/%1:0.0.1@").arg(o.name)));
    auto reader = Package::PackageReader::open(po.outputPath);
    QVERIFY(reader);
    QVERIFY((*reader)->contains(QStringLiteral("manifest.yaml")));
    const Plugin::LoadResult loaded = Plugin::loadPlugin((*reader)->fileSet());
    QVERIFY2(loaded.ok, qPrintable(loaded.firstError()));
}

void tst_Scaffold::bundle()
{
    QTemporaryDir tmp;
    ScaffoldOptions o = baseOptions(PluginKind::Bundle);
    auto files = generatePlugin(o, tmp.filePath(QStringLiteral("b")));
    QVERIFY(files);
    QCOMPARE(*files, (QStringList{QStringLiteral("README.md"), QStringLiteral("_assets/icon.svg"), QStringLiteral("manifest.yaml")}));
    QFile m(tmp.filePath(QStringLiteral("b/manifest.yaml")));
    QVERIFY(m.open(QIODevice::ReadOnly));
    ValidationReport report;
    auto bundle = Plugin::loadBundleManifest(m.readAll(), &report);
    QVERIFY2(bundle, qPrintable(report.toText()));
    QCOMPARE(bundle->type, QStringLiteral("bundle"));
    QCOMPARE(bundle->author, QStringLiteral("acme"));
    QVERIFY(bundle->dependencies.isEmpty());
}

void tst_Scaffold::specialCharactersSurviveYaml()
{
    QTemporaryDir tmp;
    ScaffoldOptions o = baseOptions(PluginKind::Tool);
    o.label = QStringLiteral("Tom & \"Jerry\" <b>: #1");
    o.description = QStringLiteral("Line with 'quotes', a back\\slash and yes: no");
    QVERIFY(generatePlugin(o, tmp.path()));
    QFile m(tmp.filePath(QStringLiteral("manifest.yaml")));
    QVERIFY(m.open(QIODevice::ReadOnly));
    auto doc = Yaml::parse(m.readAll(), QStringLiteral("manifest.yaml"));
    QVERIFY(doc);
    QCOMPARE(Yaml::find(doc->root, QStringLiteral("label.en_US"))->scalar(), o.label);
    QCOMPARE(Yaml::find(doc->root, QStringLiteral("description.en_US"))->scalar(), o.description);
    const auto folder = Package::openPluginFolder(tmp.path());
    QCOMPARE(Plugin::validatePlugin(*folder).errorCount(), 0);
}

void tst_Scaffold::refusesBadOptions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upper-case name") << "Weather" << "acme" << "d" << "name";
    QTest::newRow("empty name") << "" << "acme" << "d" << "name";
    QTest::newRow("only separators") << "__" << "acme" << "d" << "letter";
    QTest::newRow("space in author") << "w" << "a b" << "d" << "author";
    QTest::newRow("uuid author") << "w" << "123e4567-e89b-12d3-a456-426614174000" << "d" << "UUID";
    QTest::newRow("no description") << "w" << "acme" << "  " << "description";
}

void tst_Scaffold::refusesBadOptions()
{
    QFETCH(QString, name);
    QFETCH(QString, author);
    QFETCH(QString, description);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    ScaffoldOptions o = baseOptions(PluginKind::Tool);
    o.name = name;
    o.author = author;
    o.description = description;
    const QString target = tmp.filePath(QStringLiteral("p"));
    auto r = generatePlugin(o, target);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(expected, Qt::CaseInsensitive), qPrintable(r.error().message));
    QVERIFY(!QFileInfo::exists(target)); // nothing left behind
}

void tst_Scaffold::refusesNonEmptyFolder()
{
    QTemporaryDir tmp;
    QFile keep(tmp.filePath(QStringLiteral("mine.txt")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("do not lose me");
    keep.close();
    auto r = generatePlugin(baseOptions(PluginKind::Tool), tmp.path());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY(QFileInfo::exists(tmp.filePath(QStringLiteral("mine.txt"))));
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("manifest.yaml"))));
}

void tst_Scaffold::storageAndPermissions()
{
    QTemporaryDir tmp;
    ScaffoldOptions o = baseOptions(PluginKind::Extension);
    o.allowStorage = true;
    o.storageSize = 10; // clamped into the valid range
    o.allowModel = true;
    QVERIFY(generatePlugin(o, tmp.path()));
    const auto folder = Package::openPluginFolder(tmp.path());
    const Plugin::LoadResult loaded = Plugin::loadPlugin(*folder);
    QVERIFY2(loaded.ok, qPrintable(loaded.firstError()));
    const Plugin::Permissions &p = loaded.declaration.manifest.permissions;
    QVERIFY(p.storage);
    QCOMPARE(p.storageSize, qint64(1024));
    QVERIFY(p.endpoint);
    QVERIFY(p.model && p.llm && p.rerank);
    QCOMPARE(Plugin::validatePlugin(*folder).errorCount(), 0);
}

void tst_Scaffold::sdkRequirementFollowsPython()
{
    QCOMPARE(sdkRequirementFor(QVersionNumber(3, 11, 2)), QStringLiteral("dify_plugin>=0.7.4,<0.8.0"));
    QCOMPARE(sdkRequirementFor(QVersionNumber(3, 12)), QStringLiteral("dify_plugin>=0.10.2,<0.11.0"));
    QCOMPARE(sdkRequirementFor(QVersionNumber(3, 13, 0)), QStringLiteral("dify_plugin>=0.10.2,<0.11.0"));
    QCOMPARE(parsePythonVersion(QStringLiteral("Python 3.11.2\n")), QVersionNumber(3, 11, 2));
    QVERIFY(parsePythonVersion(QStringLiteral("bash: python3: not found")).isNull());

    // The default is the current SDK, whatever Python this machine has.
    ScaffoldOptions o = baseOptions(PluginKind::Tool);
    QCOMPARE(o.sdk, SdkTrack::Current);
    QCOMPARE(effectiveRunnerVersion(o), QStringLiteral("3.12"));
    QCOMPARE(effectiveSdkRequirement(o), QStringLiteral("dify_plugin>=0.10.2,<0.11.0"));
    // An explicit requirement wins; one that does not name dify_plugin, or spans lines, is refused.
    o.sdkRequirement = QStringLiteral("dify_plugin==0.10.1");
    QCOMPARE(effectiveSdkRequirement(o), QStringLiteral("dify_plugin==0.10.1"));
    QVERIFY(checkScaffoldOptions(o).isEmpty());
    o.sdkRequirement = QStringLiteral("requests>=2");
    QVERIFY(checkScaffoldOptions(o).contains(QLatin1String("dify_plugin")));
    o.sdkRequirement = QStringLiteral("dify_plugin>=0.10.2\nevil-package");
    QVERIFY(!checkScaffoldOptions(o).isEmpty());
}

void tst_Scaffold::legacySdkIsExplicit()
{
    QTemporaryDir tmp;
    ScaffoldOptions o = baseOptions(PluginKind::Tool);
    o.sdk = SdkTrack::Legacy;
    QVERIFY(generatePlugin(o, tmp.path()));
    QFile req(tmp.filePath(QStringLiteral("requirements.txt")));
    QVERIFY(req.open(QIODevice::ReadOnly));
    QCOMPARE(req.readAll(), QByteArray("dify_plugin>=0.7.4,<0.8.0\n"));
    QFile m(tmp.filePath(QStringLiteral("manifest.yaml")));
    QVERIFY(m.open(QIODevice::ReadOnly));
    QVERIFY(m.readAll().contains("version: \"3.11\""));
    QFile pyproject(tmp.filePath(QStringLiteral("pyproject.toml")));
    QVERIFY(pyproject.open(QIODevice::ReadOnly));
    QVERIFY(pyproject.readAll().contains("requires-python = \">=3.11\""));
    // ... and it always comes with the warning that names the Marketplace.
    QVERIFY(scaffoldWarnings(o).contains(legacySdkWarning()));
    QVERIFY(legacySdkWarning().contains(QLatin1String("Marketplace")));
    QVERIFY(!scaffoldWarnings(baseOptions(PluginKind::Tool)).contains(legacySdkWarning()));
    QCOMPARE(sdkTrackFromId(QStringLiteral("legacy")), SdkTrack::Legacy);
    QCOMPARE(sdkTrackFromId(QStringLiteral("current")), SdkTrack::Current);
    QVERIFY(!sdkTrackFromId(QStringLiteral("0.7")));
}

void tst_Scaffold::runtimeChoice()
{
    const QList<LocalPython> found{{QStringLiteral("/usr/bin/python3.11"), QVersionNumber(3, 11, 7)},
                                   {QStringLiteral("/opt/py/3.13.0/bin/python3"), QVersionNumber(3, 13, 0)},
                                   {QStringLiteral("/opt/py/3.12.1/bin/python3"), QVersionNumber(3, 12, 1)}};
    // Current SDK: declared for 3.12 (what the daemon runs), run here on the newest that fits.
    RuntimeDefaults d = chooseRuntime(found);
    QCOMPARE(d.sdk.runnerVersion, QStringLiteral("3.12"));
    QCOMPARE(d.sdk.requiresPython(), QStringLiteral(">=3.12"));
    QVERIFY(d.runsOn);
    QCOMPARE(d.runsOn->version, QVersionNumber(3, 13, 0));
    QVERIFY2(d.explanation.contains(QLatin1String("3.13.0")), qPrintable(d.explanation));
    QVERIFY(d.warnings.isEmpty());
    // Only 3.11 here: the plugin is still written for today's SDK; the warning says what to do.
    d = chooseRuntime({found.first()});
    QCOMPARE(d.sdk.track, SdkTrack::Current);
    QVERIFY(!d.runsOn);
    QCOMPARE(d.warnings.size(), 1);
    QVERIFY2(d.warnings.first().contains(QLatin1String("3.11.7")) && d.warnings.first().contains(QLatin1String("uv python install 3.12")),
             qPrintable(d.warnings.first()));
    d = chooseRuntime({});
    QVERIFY(d.warnings.first().contains(QLatin1String("No Python was found")));
    // Legacy: 3.11 fits; the warning is there anyway.
    d = chooseRuntime(found, SdkTrack::Legacy);
    QCOMPARE(d.sdk.runnerVersion, QStringLiteral("3.11"));
    QVERIFY(d.warnings.contains(legacySdkWarning()));

    // The seam: a finder set by the interpreter discovery (or a test) is what findLocalPythons() returns.
    setLocalPythonFinder([found] { return found; });
    QCOMPARE(findLocalPythons().size(), 3);
    setLocalPythonFinder({});
}

void tst_Scaffold::marketplaceFields()
{
    QVERIFY(isMarketplaceSourceRepo(QStringLiteral("https://github.com/acme/x")));
    QVERIFY(isMarketplaceSourceRepo(QStringLiteral("http://www.gitlab.com/a/b")));
    QVERIFY(!isMarketplaceSourceRepo(QStringLiteral("https://git.example.com/a/b")));
    QVERIFY(!isMarketplaceSourceRepo(QStringLiteral("https://github.com/")));
    QVERIFY(!isMarketplaceSourceRepo(QStringLiteral("see https://github.com/a/b")));
    QCOMPARE(findMarketplaceSourceLink(QStringLiteral("Source: <https://codeberg.org/a/b>.")), QStringLiteral("https://codeberg.org/a/b"));
    QVERIFY(isMarketplaceContact(QStringLiteral("a.b+c@mail.example.org")));
    QVERIFY(!isMarketplaceContact(QStringLiteral("a@localhost")));
    QVERIFY(!isMarketplaceContact(QStringLiteral("not an address")));

    // A contact that is not an e-mail is refused; without repo and contact the manifest has neither key.
    ScaffoldOptions o = baseOptions(PluginKind::Tool);
    o.contact = QStringLiteral("me at example");
    QVERIFY(checkScaffoldOptions(o).contains(QLatin1String("e-mail")));
    QTemporaryDir tmp;
    o.contact.clear();
    o.repo.clear();
    QVERIFY(generatePlugin(o, tmp.path()));
    QFile m(tmp.filePath(QStringLiteral("manifest.yaml")));
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QByteArray manifest = m.readAll();
    QVERIFY(!manifest.contains("repo:"));
    QVERIFY(!manifest.contains("contact:"));
}

void tst_Scaffold::refusesReservedAuthors_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("word");
    QTest::newRow("dify") << "dify" << "dify";
    QTest::newRow("difyfan") << "difyfan" << "dify";
    QTest::newRow("langgenius") << "langgenius" << "langgenius";
    QTest::newRow("my-langgenius-fork") << "my-langgenius-fork" << "langgenius";
}

void tst_Scaffold::refusesReservedAuthors()
{
    QFETCH(QString, author);
    QFETCH(QString, word);
    ScaffoldOptions o = baseOptions(PluginKind::Tool);
    o.author = author;
    const QString problem = checkScaffoldOptions(o);
    QVERIFY2(problem.contains(QStringLiteral("\"%1\"").arg(word)), qPrintable(problem));
    QTemporaryDir tmp;
    QVERIFY(!generatePlugin(o, tmp.filePath(QStringLiteral("p"))));
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("p"))));
}

void tst_Scaffold::warningsSayWhatIsMissing()
{
    ScaffoldOptions o = baseOptions(PluginKind::Tool);
    QVERIFY(scaffoldWarnings(o).isEmpty());
    o.repo.clear();
    o.contact.clear();
    QStringList w = scaffoldWarnings(o);
    QCOMPARE(w.size(), 2);
    QVERIFY(w.at(0).contains(QLatin1String("repo")));
    QVERIFY(w.at(1).contains(QLatin1String("contact")));
    o = baseOptions(PluginKind::Tool);
    o.repo = QStringLiteral("https://git.example.com/acme/demo");
    w = scaffoldWarnings(o);
    QCOMPARE(w.size(), 1);
    QVERIFY(w.first().contains(QLatin1String("github.com")));
    o = baseOptions(PluginKind::Tool);
    o.runnerVersion = QStringLiteral("3.13");
    w = scaffoldWarnings(o);
    QCOMPARE(w.size(), 1);
    QVERIFY2(w.first().contains(QLatin1String("3.12")), qPrintable(w.first()));
    // Bundles have no code: nothing to warn about.
    o = baseOptions(PluginKind::Bundle);
    o.repo.clear();
    QVERIFY(scaffoldWarnings(o).isEmpty());
}

void tst_Scaffold::pyprojectParsesAsToml()
{
    // The description goes into pyproject.toml: quotes, backslashes and control characters must
    // still give valid TOML (checked by Python's own tomllib).
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("no python3 to read TOML with");
    QTemporaryDir tmp;
    ScaffoldOptions o = baseOptions(PluginKind::Tool);
    o.description = QStringLiteral("Say \"hi\" \\ back\tslash \x01 end");
    QVERIFY(generatePlugin(o, tmp.path()));
    QProcess p;
    p.start(python, {QStringLiteral("-c"),
                     QStringLiteral("import sys, tomllib\n"
                                    "d = tomllib.load(open(sys.argv[1], 'rb'))['project']\n"
                                    "print(d['description']); print(d['requires-python']); print(d['dependencies'][0])"),
                     tmp.filePath(QStringLiteral("pyproject.toml"))});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    if (err.contains("No module named 'tomllib'"))
        QSKIP("python3 is older than 3.11 (no tomllib)");
    QCOMPARE(p.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), o.description);
    QCOMPARE(lines.value(1), QStringLiteral(">=3.12"));
    QCOMPARE(lines.value(2), sdkLine(SdkTrack::Current).requirement);
}

void tst_Scaffold::camelCase()
{
    QCOMPARE(camelCaseName(QStringLiteral("weather_tool")), QStringLiteral("WeatherTool"));
    QCOMPARE(camelCaseName(QStringLiteral("a__b")), QStringLiteral("AB"));
    QCOMPARE(camelCaseName(QStringLiteral("-x-")), QStringLiteral("X"));
    QCOMPARE(camelCaseName(QStringLiteral("3d")), QStringLiteral("Plugin3d"));
}

QTEST_GUILESS_MAIN(tst_Scaffold)
#include "tst_scaffold.moc"
