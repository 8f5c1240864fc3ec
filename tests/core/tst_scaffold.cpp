// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin scaffolds: every kind validates with zero errors and packages as generated.

#include "core/scaffold/scaffold.h"
#include "core/package/ignorerules.h"
#include "core/package/packagereader.h"
#include "core/package/packagewriter.h"
#include "core/plugin/loader.h"
#include "core/plugin/validator.h"
#include "core/yaml/yamlnode.h"

#include <QDir>
#include <QFile>
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
    QCOMPARE(sdkRequirementFor(QVersionNumber(3, 11, 2)), QStringLiteral("dify_plugin>=0.7,<0.8"));
    QCOMPARE(sdkRequirementFor(QVersionNumber(3, 12)), QStringLiteral("dify_plugin>=0.9,<0.10"));
    QCOMPARE(parsePythonVersion(QStringLiteral("Python 3.11.2\n")), QVersionNumber(3, 11, 2));
    QVERIFY(parsePythonVersion(QStringLiteral("bash: python3: not found")).isNull());
    QTemporaryDir tmp;
    ScaffoldOptions o = baseOptions(PluginKind::Tool);
    o.runnerVersion = QStringLiteral("3.11");
    QVERIFY(generatePlugin(o, tmp.path()));
    QFile req(tmp.filePath(QStringLiteral("requirements.txt")));
    QVERIFY(req.open(QIODevice::ReadOnly));
    QCOMPARE(req.readAll(), QByteArray("dify_plugin>=0.7,<0.8\n"));
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
