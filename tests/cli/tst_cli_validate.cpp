// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `plugin-studio-cli validate` binary on fixtures, broken copies, packages and garbage.
#include "core/package/packagewriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STUDIO_CLI), QStringList{QStringLiteral("validate")} + args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        const QString dst = to + QLatin1Char('/') + QDir(from).relativeFilePath(abs);
        if (!QDir().mkpath(QFileInfo(dst).path()) || !QFile::copy(abs, dst))
            return false;
    }
    return true;
}

bool editFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray data = f.readAll();
    f.close();
    const qsizetype at = data.indexOf(from);
    if (at < 0)
        return false;
    data.replace(at, from.size(), to);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

const QString kFixtures = QStringLiteral(STUDIO_FIXTURES "/plugins/");

} // namespace

class TestCliValidate : public QObject
{
    Q_OBJECT

private slots:
    void validFixtures_data();
    void validFixtures();
    void invalidFolder();
    void levelsChangeTheVerdict();
    void difyignoreIsApplied();
    void packageFile();
    void unreadable_data();
    void unreadable();
    void manyPaths();
    void manyPathsExitCode();
    void usage();
};

void TestCliValidate::validFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *f : {"tool", "model_predefined", "model_customizable", "agent_strategy", "extension",
                          "tool_endpoints", "datasource", "trigger"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestCliValidate::validFixtures()
{
    QFETCH(QString, fixture);
    const Run r = runCli({kFixtures + fixture});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(r.out.contains("valid (0 error(s)"));
}

void TestCliValidate::invalidFolder()
{
    QTemporaryDir tmp;
    QVERIFY(copyTree(kFixtures + QStringLiteral("tool"), tmp.path()));
    QVERIFY(editFile(tmp.filePath(QStringLiteral("manifest.yaml")), "version: 0.0.1\ntype", "version: 1\ntype"));
    QVERIFY(editFile(tmp.filePath(QStringLiteral("tools/current.yaml")), "form: llm", "form: wrong"));
    const Run r = runCli({tmp.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("manifest.yaml:1:10: error [manifest.version.format]"));
    QVERIFY(r.out.contains("tools/current.yaml:"));
    QVERIFY(r.out.contains("[parameter.form.invalid]"));
    QVERIFY(r.out.contains("INVALID (2 error(s)"));

    const Run j = runCli({tmp.path(), QStringLiteral("--json")});
    QCOMPARE(j.exitCode, 1);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(j.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 2);
    int errors = 0;
    for (const QJsonValue &d : o.value(QStringLiteral("diagnostics")).toArray()) {
        const QJsonObject dd = d.toObject();
        if (dd.value(QStringLiteral("severity")).toString() == QLatin1String("error")) {
            ++errors;
            QVERIFY(dd.value(QStringLiteral("line")).toInt() > 0);
            QVERIFY(!dd.value(QStringLiteral("code")).toString().isEmpty());
        }
    }
    QCOMPARE(errors, 2);
}

void TestCliValidate::levelsChangeTheVerdict()
{
    QTemporaryDir tmp;
    QVERIFY(copyTree(kFixtures + QStringLiteral("tool"), tmp.path()));
    QVERIFY(editFile(tmp.filePath(QStringLiteral("provider/weather.yaml")), "    - utilities", "    - agent"));
    QCOMPARE(runCli({tmp.path(), QStringLiteral("--level"), QStringLiteral("strict")}).exitCode, 0);
    QCOMPARE(runCli({tmp.path(), QStringLiteral("--level"), QStringLiteral("sdk")}).exitCode, 1);
    QCOMPARE(runCli({tmp.path(), QStringLiteral("--level"), QStringLiteral("install")}).exitCode, 0);
    QCOMPARE(runCli({tmp.path(), QStringLiteral("--imported")}).exitCode, 0);
}

void TestCliValidate::difyignoreIsApplied()
{
    QTemporaryDir tmp;
    QVERIFY(copyTree(kFixtures + QStringLiteral("tool"), tmp.path()));
    QFile ign(tmp.filePath(QStringLiteral(".difyignore")));
    QVERIFY(ign.open(QIODevice::WriteOnly));
    ign.write("# ours\n_assets/\n");
    ign.close();
    const Run r = runCli({tmp.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("[asset.ignored]"), r.out.constData());
}

void TestCliValidate::packageFile()
{
    QTemporaryDir tmp;
    Studio::Package::PackageOptions opts;
    opts.outputPath = tmp.filePath(QStringLiteral("tool.difypkg"));
    const auto pkg = Studio::Package::packagePlugin(kFixtures + QStringLiteral("tool"), opts);
    QVERIFY2(pkg.hasValue(), pkg.hasValue() ? "" : qPrintable(pkg.error().toString()));
    const Run ok = runCli({opts.outputPath});
    QVERIFY2(ok.exitCode == 0, ok.out.constData());
    QVERIFY(ok.out.contains("tool.difypkg: valid"));
    const Run j = runCli({opts.outputPath, QStringLiteral("--json")});
    QCOMPARE(j.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(j.out).object().value(QStringLiteral("valid")).toBool(), true);
}

void TestCliValidate::unreadable_data()
{
    QTest::addColumn<QByteArray>("content"); // empty name = missing path
    QTest::addColumn<QString>("name");
    QTest::newRow("missing path") << QByteArray() << QString();
    QTest::newRow("garbage file") << QByteArray("this is not a zip archive at all\n") << QStringLiteral("x.difypkg");
    QTest::newRow("truncated zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << QStringLiteral("t.difypkg");
    QTest::newRow("folder without manifest") << QByteArray("# hi\n") << QStringLiteral("dir/README.md");
}

void TestCliValidate::unreadable()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QTemporaryDir tmp;
    QString target = tmp.filePath(QStringLiteral("does-not-exist"));
    if (!name.isEmpty()) {
        const QString path = tmp.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        target = name.contains(QLatin1Char('/')) ? QFileInfo(path).path() : path;
    }
    const Run r = runCli({target});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("error: "));
    QVERIFY(r.out.isEmpty());
}

void TestCliValidate::manyPaths()
{
    // One process, four paths: a valid folder, an invalid copy, a package and a missing path.
    QTemporaryDir tmp;
    const QString bad = tmp.filePath(QStringLiteral("bad"));
    QVERIFY(copyTree(kFixtures + QStringLiteral("tool"), bad));
    QVERIFY(editFile(bad + QStringLiteral("/manifest.yaml"), "version: 0.0.1\ntype", "version: 1\ntype"));
    Studio::Package::PackageOptions opts;
    opts.outputPath = tmp.filePath(QStringLiteral("model.difypkg"));
    const auto pkg = Studio::Package::packagePlugin(kFixtures + QStringLiteral("model_predefined"), opts);
    QVERIFY2(pkg.hasValue(), pkg.hasValue() ? "" : qPrintable(pkg.error().toString()));
    const QString missing = tmp.filePath(QStringLiteral("gone"));
    const QStringList paths{kFixtures + QStringLiteral("tool"), bad, opts.outputPath, missing};

    const Run r = runCli(paths);
    QCOMPARE(r.exitCode, 2); // the worst of 0, 1, 0, 2
    QVERIFY2(r.out.contains((kFixtures + QStringLiteral("tool: valid (0 error(s)")).toUtf8()), r.out.constData());
    QVERIFY2(r.out.contains((bad + QStringLiteral(": INVALID (1 error(s)")).toUtf8()), r.out.constData());
    QVERIFY(r.out.contains("manifest.yaml:1:10: error [manifest.version.format]"));
    QVERIFY(r.out.contains("model.difypkg: valid"));
    QVERIFY2(r.out.endsWith("4 path(s): 2 valid, 1 invalid, 1 unreadable (level sdk)\n"), r.out.constData());
    QVERIFY2(r.err.startsWith("error: ") && r.err.contains("gone does not exist"), r.err.constData());
    // Reports come in the order the paths were given.
    QVERIFY(r.out.indexOf("tool: valid") < r.out.indexOf("bad: INVALID"));
    QVERIFY(r.out.indexOf("bad: INVALID") < r.out.indexOf("model.difypkg: valid"));

    const Run j = runCli(paths + QStringList{QStringLiteral("--json")});
    QCOMPARE(j.exitCode, 2);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(j.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError && doc.isArray(), j.out.constData());
    const QJsonArray a = doc.array();
    QCOMPARE(a.size(), 4);
    const char *status[] = {"valid", "invalid", "valid", "unreadable"};
    const int exits[] = {0, 1, 0, 2};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject o = a.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("path")).toString(), paths.at(i));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QString::fromLatin1(status[i]));
        QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(-1), exits[i]);
    }
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("errors")).toInt(), 1);
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("valid")).toBool(true), false);
    QVERIFY(!a.at(1).toObject().value(QStringLiteral("diagnostics")).toArray().isEmpty());
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("valid")).toBool(false), true);
    QVERIFY(a.at(3).toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("does not exist")));
    QVERIFY(!a.at(3).toObject().contains(QStringLiteral("diagnostics")));
}

void TestCliValidate::manyPathsExitCode()
{
    QTemporaryDir tmp;
    const QString bad = tmp.filePath(QStringLiteral("bad"));
    QVERIFY(copyTree(kFixtures + QStringLiteral("tool"), bad));
    QVERIFY(editFile(bad + QStringLiteral("/tools/current.yaml"), "form: llm", "form: wrong"));
    const QString tool = kFixtures + QStringLiteral("tool");
    const QString trigger = kFixtures + QStringLiteral("trigger");
    QCOMPARE(runCli({tool, trigger}).exitCode, 0);
    QCOMPARE(runCli({tool, bad, trigger}).exitCode, 1);
    QCOMPARE(runCli({bad, tool}).exitCode, 1);
    QCOMPARE(runCli({tool, tmp.filePath(QStringLiteral("nope"))}).exitCode, 2);
    // One path with --json keeps printing that path's report object.
    const Run one = runCli({tool, QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(one.out).isObject());
    QCOMPARE(QJsonDocument::fromJson(runCli({tool, trigger, QStringLiteral("--json")}).out).array().size(), 2);
}

void TestCliValidate::usage()
{
    const Run h = runCli({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains("--level"));
    QVERIFY(h.out.contains("--json"));
    QCOMPARE(runCli({}).exitCode, 64);
    QCOMPARE(runCli({kFixtures + QStringLiteral("tool"), QStringLiteral("--level"), QStringLiteral("bogus")}).exitCode, 64);
}

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
