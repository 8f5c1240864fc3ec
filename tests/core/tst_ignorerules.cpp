// SPDX-License-Identifier: GPL-3.0-or-later
// .difyignore semantics (formats.md §3.3, §8): go-git gitignore patterns, negation never
// re-includes, .gitignore only as a fallback, folder walk through openPluginFolder.
#include "core/package/ignorerules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Package;

class TestIgnoreRules : public QObject
{
    Q_OBJECT

private:
    static void writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
        f.write(data);
    }

private slots:
    void segment_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("match");
        QTest::newRow("star") << "*.py" << "main.py" << true;
        QTest::newRow("star-no") << "*.py" << "main.pyc" << false;
        QTest::newRow("star-empty") << "*" << "" << true;
        QTest::newRow("question") << "?.txt" << "a.txt" << true;
        QTest::newRow("question-two") << "?.txt" << "ab.txt" << false;
        QTest::newRow("bracket") << "[abc].md" << "b.md" << true;
        QTest::newRow("bracket-no") << "[abc].md" << "d.md" << false;
        QTest::newRow("range") << "v[0-9]" << "v7" << true;
        QTest::newRow("neg-bang") << "[!a]x" << "bx" << true;
        QTest::newRow("neg-bang-no") << "[!a]x" << "ax" << false;
        QTest::newRow("neg-caret") << "[^a]x" << "ax" << false;
        QTest::newRow("posix-digit") << "f[[:digit:]]" << "f3" << true;
        QTest::newRow("posix-digit-no") << "f[[:digit:]]" << "fx" << false;
        QTest::newRow("posix-upper") << "[[:upper:]]*" << "Readme" << true;
        QTest::newRow("posix-space") << "a[[:space:]]b" << "a b" << true;
        QTest::newRow("escape-star") << "\\*.txt" << "*.txt" << true;
        QTest::newRow("escape-star-no") << "\\*.txt" << "a.txt" << false;
        QTest::newRow("escape-bracket") << "\\[x\\]" << "[x]" << true;
        QTest::newRow("unclosed-bracket") << "[abc" << "a" << false;
        QTest::newRow("bracket-close-first") << "[]a]" << "]" << true;
        QTest::newRow("unicode") << "caf?" << QStringLiteral("caf\u00e9") << true;
        QTest::newRow("case") << "README" << "readme" << false;
    }
    void segment()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(bool, match);
        QCOMPARE(IgnoreRules::matchSegment(pattern, name), match);
    }

    void rules_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isDir");
        QTest::addColumn<bool>("excluded");
        // The daemon's own case (formats.md §8, TestPackagerAndVerifier).
        QTest::newRow("daemon-file") << QByteArray("ignored\nignored_paths/\n") << "ignored" << false << true;
        QTest::newRow("daemon-dir") << QByteArray("ignored\nignored_paths/\n") << "ignored_paths" << true << true;
        QTest::newRow("daemon-dir-child") << QByteArray("ignored\nignored_paths/\n") << "ignored_paths/ignored" << false << true;
        QTest::newRow("daemon-other") << QByteArray("ignored\nignored_paths/\n") << "manifest.yaml" << false << false;
        // Name patterns match any component at any depth.
        QTest::newRow("name-deep") << QByteArray("*.pyc") << "a/b/c.pyc" << false << true;
        QTest::newRow("name-parent") << QByteArray("__pycache__") << "pkg/__pycache__/x.pyc" << false << true;
        QTest::newRow("dir-only-file") << QByteArray("lib/") << "lib" << false << false;
        QTest::newRow("dir-only-dir") << QByteArray("lib/") << "src/lib" << true << true;
        QTest::newRow("dir-only-under") << QByteArray("lib/") << "src/lib/x.py" << false << true;
        // Anchored patterns (contain a slash).
        QTest::newRow("anchored-root") << QByteArray("/build") << "build" << true << true;
        QTest::newRow("anchored-not-deep") << QByteArray("/build") << "src/build" << true << false;
        QTest::newRow("anchored-mid") << QByteArray("docs/*.md") << "docs/a.md" << false << true;
        QTest::newRow("anchored-mid-deep") << QByteArray("docs/*.md") << "x/docs/a.md" << false << false;
        QTest::newRow("anchored-prefix") << QByteArray("tests/data") << "tests/data/big.bin" << false << true;
        QTest::newRow("star-no-slash") << QByteArray("a/*") << "a/b/c" << false << true;
        // ** forms.
        QTest::newRow("dstar-lead") << QByteArray("**/secret.txt") << "a/b/secret.txt" << false << true;
        QTest::newRow("dstar-lead-root") << QByteArray("**/secret.txt") << "secret.txt" << false << true;
        QTest::newRow("dstar-mid") << QByteArray("a/**/z") << "a/b/c/z" << false << true;
        QTest::newRow("dstar-mid-zero") << QByteArray("a/**/z") << "a/z" << false << true;
        QTest::newRow("dstar-mid-no") << QByteArray("a/**/z") << "b/z" << false << false;
        QTest::newRow("dstar-trail") << QByteArray("logs/**") << "logs/x/y.log" << false << true;
        QTest::newRow("dstar-inside-seg") << QByteArray("a/b**c") << "a/bxc" << false << false;
        // Negation never re-includes (daemon quirk).
        QTest::newRow("negation-noop") << QByteArray("*.md\n!README.md") << "README.md" << false << true;
        QTest::newRow("negation-alone") << QByteArray("!keep.txt") << "keep.txt" << false << false;
        // Comments, blanks, CRLF, surrounding spaces.
        QTest::newRow("comment") << QByteArray("# main.py\n") << "main.py" << false << false;
        QTest::newRow("crlf") << QByteArray(".env\r\nsecret\r\n") << ".env" << false << true;
        QTest::newRow("spaces") << QByteArray("   tmp   \n") << "tmp" << false << true;
        QTest::newRow("hash-escaped") << QByteArray("\\#notes") << "#notes" << false << true;
        QTest::newRow("empty") << QByteArray("\n\n") << "anything" << false << false;
    }
    void rules()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QFETCH(bool, isDir);
        QFETCH(bool, excluded);
        const IgnoreRules r = IgnoreRules::fromText(text);
        QCOMPARE(r.isExcluded(path, isDir), excluded);
    }

    void excludingPatternNamesTheLine()
    {
        const IgnoreRules r = IgnoreRules::fromText("# c\n*.log\n_assets/\n");
        QCOMPARE(r.excludingPattern(QStringLiteral("_assets/icon.svg"), false), QStringLiteral("_assets/"));
        QCOMPARE(r.excludingPattern(QStringLiteral("x.log"), false), QStringLiteral("*.log"));
        QVERIFY(r.excludingPattern(QStringLiteral("main.py"), false).isEmpty());
        QCOMPARE(r.patterns(), (QStringList{QStringLiteral("*.log"), QStringLiteral("_assets/")}));
    }

    void difyignoreWinsOverGitignore()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral(".difyignore")), "a.txt\n");
        writeFile(dir.filePath(QStringLiteral(".gitignore")), "b.txt\n");
        const IgnoreRules r = IgnoreRules::loadForPluginDir(dir.path());
        QCOMPARE(QFileInfo(r.sourceFile()).fileName(), QStringLiteral(".difyignore"));
        QVERIFY(r.isExcluded(QStringLiteral("a.txt"), false));
        QVERIFY(!r.isExcluded(QStringLiteral("b.txt"), false)); // never both
    }

    void gitignoreFallback()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral(".gitignore")), "b.txt\n");
        const IgnoreRules r = IgnoreRules::loadForPluginDir(dir.path());
        QCOMPARE(QFileInfo(r.sourceFile()).fileName(), QStringLiteral(".gitignore"));
        QVERIFY(r.isExcluded(QStringLiteral("b.txt"), false));
    }

    void noFileMeansNothingIgnored()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral(".git/config")), "x");
        writeFile(dir.filePath(QStringLiteral("__pycache__/m.pyc")), "x");
        const IgnoreRules r = IgnoreRules::loadForPluginDir(dir.path());
        QVERIFY(r.isEmpty());
        QVERIFY(r.sourceFile().isEmpty());
        auto files = openPluginFolder(dir.path());
        QCOMPARE(files->paths(), (QStringList{QStringLiteral(".git/config"), QStringLiteral("__pycache__/m.pyc")}));
    }

    void nestedIgnoreFilesAreNotRead()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("sub/.difyignore")), "x.txt\n");
        writeFile(dir.filePath(QStringLiteral("sub/x.txt")), "x");
        auto files = openPluginFolder(dir.path());
        QVERIFY(files->contains(QStringLiteral("sub/x.txt")));
        QVERIFY(files->contains(QStringLiteral("sub/.difyignore")));
    }

    void folderWalkMatchesDaemonCase()
    {
        // The daemon's packager test layout: both ignored paths absent, ignore file itself kept.
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral(".difyignore")), "ignored\nignored_paths/\n");
        writeFile(dir.filePath(QStringLiteral("ignored")), "x");
        writeFile(dir.filePath(QStringLiteral("ignored_paths/ignored")), "x");
        writeFile(dir.filePath(QStringLiteral("_assets/test.svg")), "<svg/>");
        writeFile(dir.filePath(QStringLiteral("manifest.yaml")), "name: x\n");
        auto files = openPluginFolder(dir.path());
        QCOMPARE(files->paths(), (QStringList{QStringLiteral(".difyignore"), QStringLiteral("_assets/test.svg"),
                                              QStringLiteral("manifest.yaml")}));
        QCOMPARE(files->ignoredPaths(), (QStringList{QStringLiteral("ignored"), QStringLiteral("ignored_paths/")}));
    }

    void unreadableDifyignoreFallsBack()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral(".difyignore"))); // a folder cannot be read
        writeFile(dir.filePath(QStringLiteral(".gitignore")), "b.txt\n");
        const IgnoreRules r = IgnoreRules::loadForPluginDir(dir.path());
        QCOMPARE(QFileInfo(r.sourceFile()).fileName(), QStringLiteral(".gitignore"));
    }
};

QTEST_GUILESS_MAIN(TestIgnoreRules)
#include "tst_ignorerules.moc"
