// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `plugin-studio-cli init` for every kind, then the real `validate` and `package` (or
// `bundle package`) on what it wrote; missing and bad values, a non-empty folder, and the
// interactive prompts on a real terminal (util-linux `script` gives the CLI a pty).
#include "core/scaffold/scaffold.h"
#include "core/scaffold/sdkchoice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run runCli(const QStringList &args, const QString &cwd = {}, const QByteArray &input = {})
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(QStringLiteral(STUDIO_CLI), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000)) {
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

} // namespace

class TestCliInit : public QObject
{
    Q_OBJECT

private slots:
    void everyKindValidatesAndPackages_data();
    void everyKindValidatesAndPackages();
    void nameFromFolder();
    void legacySdkWarns();
    void missingValuesWithoutTerminal();
    void badValues_data();
    void badValues();
    void nonEmptyFolderIsKept();
    void interactiveOnTerminal();
    void interactiveInputEnds();
    void help();
};

void TestCliInit::everyKindValidatesAndPackages_data()
{
    QTest::addColumn<QString>("kind");
    for (Studio::Scaffold::PluginKind k : Studio::Scaffold::allPluginKinds())
        QTest::newRow(qPrintable(Studio::Scaffold::pluginKindId(k))) << Studio::Scaffold::pluginKindId(k);
}

void TestCliInit::everyKindValidatesAndPackages()
{
    QFETCH(QString, kind);
    QTemporaryDir tmp;
    const QString name = QStringLiteral("demo_") + QString(kind).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString dir = tmp.filePath(name);
    const Run init = runCli({QStringLiteral("init"), dir, QStringLiteral("--kind"), kind, QStringLiteral("--author"),
                             QStringLiteral("acme"), QStringLiteral("--description"), QStringLiteral("A demo plugin."),
                             QStringLiteral("--repo"), QStringLiteral("https://github.com/acme/") + name,
                             QStringLiteral("--contact"), QStringLiteral("dev@acme.example"), QStringLiteral("--tags"),
                             QStringLiteral("utilities"), QStringLiteral("--languages"), QStringLiteral("zh_Hans,ja_JP"),
                             QStringLiteral("--json")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QJsonParseError pe;
    const QJsonObject json = QJsonDocument::fromJson(init.out, &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, init.out.constData());
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(json.value(QStringLiteral("identifier")).toString(), QStringLiteral("acme/%1:0.0.1").arg(name));
    QCOMPARE(QDir::cleanPath(json.value(QStringLiteral("path")).toString()), QDir::cleanPath(dir));
    const QJsonArray files = json.value(QStringLiteral("files")).toArray();
    QVERIFY(files.contains(QStringLiteral("manifest.yaml")));
    for (const QJsonValue &f : files)
        QVERIFY2(QFileInfo::exists(QDir(dir).filePath(f.toString())), qPrintable(f.toString()));

    if (kind == QLatin1String("bundle")) {
        const QString out = tmp.filePath(QStringLiteral("out.difybndl"));
        const Run pkg = runCli({QStringLiteral("bundle"), QStringLiteral("package"), dir, QStringLiteral("-o"), out});
        QVERIFY2(pkg.exitCode == 0, pkg.err.constData());
        QVERIFY(QFileInfo(out).size() > 0);
        return;
    }
    // The SDK line the CLI reports is the one written.
    const QJsonObject sdk = json.value(QStringLiteral("sdk")).toObject();
    QCOMPARE(sdk.value(QStringLiteral("line")).toString(), QStringLiteral("current"));
    QCOMPARE(sdk.value(QStringLiteral("requirement")).toString(),
             Studio::Scaffold::sdkLine(Studio::Scaffold::SdkTrack::Current).requirement);
    QCOMPARE(readFile(QDir(dir).filePath(QStringLiteral("requirements.txt"))).trimmed(),
             sdk.value(QStringLiteral("requirement")).toString().toUtf8());
    // With repo and contact given, nothing is missing for the Marketplace (the runtime warning about
    // this machine's Python may remain).
    for (const QJsonValue &w : json.value(QStringLiteral("warnings")).toArray())
        QVERIFY2(!w.toString().contains(QLatin1String("Marketplace")), qPrintable(w.toString()));

    const Run validate = runCli({QStringLiteral("validate"), dir, QStringLiteral("--level"), QStringLiteral("sdk"),
                                 QStringLiteral("--json")});
    QVERIFY2(validate.exitCode == 0, validate.out.constData());
    const QJsonObject report = QJsonDocument::fromJson(validate.out).object();
    QCOMPARE(report.value(QStringLiteral("errors")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("warnings")).toInt(), 0);

    const QString out = tmp.filePath(QStringLiteral("out.difypkg"));
    const Run pkg = runCli({QStringLiteral("package"), dir, QStringLiteral("-o"), out, QStringLiteral("--level"),
                            QStringLiteral("strict")});
    QVERIFY2(pkg.exitCode == 0, pkg.err.constData());
    QVERIFY2(pkg.out.startsWith(QStringLiteral("acme/%1:0.0.1@").arg(name).toUtf8()), pkg.out.constData());
    const Run inspect = runCli({QStringLiteral("validate"), out});
    QVERIFY2(inspect.exitCode == 0, inspect.out.constData());
}

void TestCliInit::nameFromFolder()
{
    QTemporaryDir tmp;
    const Run r = runCli({QStringLiteral("init"), QStringLiteral("my_tool"), QStringLiteral("--kind"), QStringLiteral("tool"),
                          QStringLiteral("--author"), QStringLiteral("acme"), QStringLiteral("--description"),
                          QStringLiteral("Mine.")},
                         tmp.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("created tool plugin acme/my_tool:0.0.1 in "));
    QVERIFY(r.out.contains("sdk: Written for dify_plugin>="));
    QVERIFY(readFile(tmp.filePath(QStringLiteral("my_tool/manifest.yaml"))).contains("name: \"my_tool\""));
    // Without repo and contact the plugin is made, and the CLI says what the Marketplace will miss.
    QVERIFY2(r.err.contains("warning: No source repository given"), r.err.constData());
    QVERIFY2(r.err.contains("warning: No contact e-mail given"), r.err.constData());
    // A folder name that is not a plugin name needs --name.
    const Run bad = runCli({QStringLiteral("init"), QStringLiteral("My Tool"), QStringLiteral("--kind"), QStringLiteral("tool"),
                            QStringLiteral("--author"), QStringLiteral("acme"), QStringLiteral("--description"),
                            QStringLiteral("Mine.")},
                           tmp.path());
    QCOMPARE(bad.exitCode, 64);
    QVERIFY2(bad.err.contains("--name"), bad.err.constData());
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("My Tool"))));
}

void TestCliInit::legacySdkWarns()
{
    QTemporaryDir tmp;
    const Run r = runCli({QStringLiteral("init"), tmp.filePath(QStringLiteral("old")), QStringLiteral("--kind"),
                          QStringLiteral("tool"), QStringLiteral("--author"), QStringLiteral("acme"),
                          QStringLiteral("--description"), QStringLiteral("Old."), QStringLiteral("--sdk"),
                          QStringLiteral("legacy"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("sdk")).toObject().value(QStringLiteral("runner_version")).toString(), QStringLiteral("3.11"));
    QVERIFY(json.value(QStringLiteral("warnings")).toArray().contains(Studio::Scaffold::legacySdkWarning()));
    QCOMPARE(readFile(tmp.filePath(QStringLiteral("old/requirements.txt"))), QByteArray("dify_plugin>=0.7.4,<0.8.0\n"));
}

void TestCliInit::missingValuesWithoutTerminal()
{
    QTemporaryDir tmp;
    // stdin is a pipe here: nothing is asked, every missing required value is named.
    const Run r = runCli({QStringLiteral("init"), QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("tool")},
                         tmp.path(), QByteArray("acme\nDescription\n"));
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains("--author") && r.err.contains("--description"), r.err.constData());
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("x"))));
    const Run noKind = runCli({QStringLiteral("init"), QStringLiteral("x"), QStringLiteral("--json")}, tmp.path());
    QCOMPARE(noKind.exitCode, 64);
    const QJsonObject json = QJsonDocument::fromJson(noKind.out).object();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(json.value(QStringLiteral("error")).toString().contains(QLatin1String("--kind")));
}

void TestCliInit::badValues_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("widget")} << "unknown kind";
    QTest::newRow("author dify") << QStringList{QStringLiteral("--author"), QStringLiteral("difyfan")} << "\"dify\"";
    QTest::newRow("author langgenius") << QStringList{QStringLiteral("--author"), QStringLiteral("langgenius")} << "\"langgenius\"";
    QTest::newRow("contact") << QStringList{QStringLiteral("--contact"), QStringLiteral("nobody")} << "e-mail";
    QTest::newRow("repo") << QStringList{QStringLiteral("--repo"), QStringLiteral("github.com/a/b")} << "full URL";
    QTest::newRow("tag") << QStringList{QStringLiteral("--tags"), QStringLiteral("utility")} << "Unknown tag utility";
    QTest::newRow("permission") << QStringList{QStringLiteral("--permission"), QStringLiteral("root")} << "unknown permission";
    QTest::newRow("sdk") << QStringList{QStringLiteral("--sdk"), QStringLiteral("0.9")} << "--sdk";
    QTest::newRow("storage") << QStringList{QStringLiteral("--storage-size"), QStringLiteral("12")} << "--storage-size";
    QTest::newRow("two folders") << QStringList{QStringLiteral("second")} << "at most one folder";
}

void TestCliInit::badValues()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    QStringList args{QStringLiteral("init"), QStringLiteral("p"), QStringLiteral("--kind"), QStringLiteral("tool"),
                     QStringLiteral("--author"), QStringLiteral("acme"), QStringLiteral("--description"), QStringLiteral("D.")};
    // Later options override earlier ones of the same name for single values.
    for (int i = 0; i + 1 < extra.size(); i += 2) {
        const int at = args.indexOf(extra.at(i));
        if (at > 0) {
            args[at + 1] = extra.at(i + 1);
            extra[i].clear();
            extra[i + 1].clear();
        }
    }
    extra.removeAll(QString());
    const Run r = runCli(args + extra, tmp.path());
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("p"))));
}

void TestCliInit::nonEmptyFolderIsKept()
{
    QTemporaryDir tmp;
    QFile keep(tmp.filePath(QStringLiteral("mine.txt")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("do not lose me");
    keep.close();
    const Run r = runCli({QStringLiteral("init"), tmp.path(), QStringLiteral("--name"), QStringLiteral("p"), QStringLiteral("--kind"),
                          QStringLiteral("tool"), QStringLiteral("--author"), QStringLiteral("acme"),
                          QStringLiteral("--description"), QStringLiteral("D.")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not empty"), r.err.constData());
    QCOMPARE(readFile(tmp.filePath(QStringLiteral("mine.txt"))), QByteArray("do not lose me"));
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("manifest.yaml"))));
}

void TestCliInit::interactiveOnTerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux script (a pty for the CLI) is not installed");
    QTemporaryDir tmp;
    // Kind by number, then name, author, description; a wrong e-mail is asked again.
    QProcess p;
    p.setWorkingDirectory(tmp.path());
    p.start(script, {QStringLiteral("-qec"), QStringLiteral("'%1' init --json").arg(QStringLiteral(STUDIO_CLI)),
                     QStringLiteral("/dev/null")});
    QVERIFY(p.waitForStarted());
    p.write("6\nasked\nacme\nAsked on a terminal.\nhttps://github.com/acme/asked\nnot-an-email\ndev@acme.example\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAll();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains("Kind (number or id) [tool]:"), out.constData());
    QVERIFY2(out.contains("e-mail address"), out.constData()); // the re-ask names the problem
    const QByteArray manifest = readFile(tmp.filePath(QStringLiteral("asked/manifest.yaml")));
    QVERIFY2(manifest.contains("contact: \"dev@acme.example\""), manifest.constData());
    QVERIFY(manifest.contains("repo: \"https://github.com/acme/asked\""));
    QVERIFY(manifest.contains("endpoints:")); // 6 = tools and endpoints
}

void TestCliInit::interactiveInputEnds()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux script (a pty for the CLI) is not installed");
    QTemporaryDir tmp;
    QProcess p;
    p.setWorkingDirectory(tmp.path());
    p.start(script, {QStringLiteral("-qec"), QStringLiteral("'%1' init --kind tool").arg(QStringLiteral(STUDIO_CLI)),
                     QStringLiteral("/dev/null")});
    QVERIFY(p.waitForStarted());
    p.write("half\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 64);
    QVERIFY(p.readAll().contains("input ended"));
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("half"))));
}

void TestCliInit::help()
{
    const Run r = runCli({QStringLiteral("init"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *s : {"--kind", "--repo", "--contact", "--sdk", "--no-input", "--json", "model-custom", "tool-endpoint"})
        QVERIFY2(r.out.contains(s), s);
    const Run list = runCli({QStringLiteral("--help")});
    QVERIFY(list.out.contains("init "));
}

QTEST_GUILESS_MAIN(TestCliInit)
#include "tst_cli_init.moc"
