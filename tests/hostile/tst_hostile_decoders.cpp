// SPDX-License-Identifier: GPL-3.0-or-later
// Regression tests for what the fuzzers in fuzz/ found (#15), one per finding, each through the
// public API the hostile input reaches in the product (the reproducers themselves are kept in
// fuzz/corpus/<target>/regress-*, replayed first by every fuzz run):
//  - a signature comment whose "time" is 1e300 or a fraction (fuzz_signature): the double was
//    cast to qint64, undefined behaviour; the daemon's Go int64 refuses such a comment;
//  - numbers from captures, console history, remote-debug manifests and Marketplace answers
//    beyond qint64 (same cast, same fix: QJsonValue::toInteger);
//  - an ignore pattern like `*a*a*a*a*a*a*a*a*a*a*a*a*b` (fuzz_ignorerules): the segment matcher
//    backtracked over every split of the name between the stars, exponential in their number, so
//    a hostile .difyignore hung validate and package;
//  - an identifier ending in '@' (fuzz_marketplace): it split with an empty checksum, so the
//    identifier asked for and the one joined back differed; the daemon wants 32-64 hex digits;
//  - reading a small package allocated a buffer of the whole limit (fuzz_bundle ran at 6 exec/s):
//    1 GiB of address space per bundle opened, refused where memory is limited.
#include "tests/hostile/hostile_zip.h"

#include "core/debug/inspector.h"
#include "core/debug/registration.h"
#include "core/marketplace/listing.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/package/bundle.h"
#include "core/package/ignorerules.h"
#include "core/package/packagereader.h"
#include "core/package/signature.h"
#include "core/session/historystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;

namespace {

QByteArray manifestYaml()
{
    return "version: 0.0.1\ntype: plugin\nauthor: fuzz\nname: sig\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestHostileDecoders : public QObject
{
    Q_OBJECT

private slots:
    void signatureTimeOutsideInt64_data();
    void signatureTimeOutsideInt64();
    void captureNumbersOutsideInt64();
    void historyNumbersOutsideInt64();
    void registrationNumbersOutsideInt64();
    void marketplaceNumbersOutsideInt64();
    void identifierWithEmptyChecksum();
    void ignorePatternWithManyStars();
    void ignorePatternsStillMatch_data();
    void ignorePatternsStillMatch();
    void smallBundleUnderMemoryLimit();
};

void TestHostileDecoders::signatureTimeOutsideInt64_data()
{
    QTest::addColumn<QByteArray>("time");
    QTest::newRow("1e300") << QByteArray("1e300");
    QTest::newRow("-1e300") << QByteArray("-1e300");
    QTest::newRow("2^63") << QByteArray("9223372036854775808");
    QTest::newRow("fraction") << QByteArray("1700000000.5");
}

void TestHostileDecoders::signatureTimeOutsideInt64()
{
    QFETCH(QByteArray, time);
    const QByteArray comment = "{\"signature\":\"" + QByteArray(256, 'A') + "\",\"time\":" + time + "}";
    const QByteArray zip = HostileZip::zip({HostileZip::file("manifest.yaml", manifestYaml())}, comment);
    auto reader = Package::PackageReader::fromBytes(zip, QStringLiteral("t.difypkg"));
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
    const Package::VerifyResult v = Package::verifyPackage(**reader, {});
    // Before: isSigned with time = INT64_MIN (the undefined cast on x86), "does not match".
    QVERIFY(!v.verified);
    QVERIFY(!v.isSigned);
    QCOMPARE(v.time, 0);
    QVERIFY2(v.error.contains(QLatin1String("\"time\"")), qPrintable(v.error));
}

void TestHostileDecoders::captureNumbersOutsideInt64()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.jsonl"));
    QVERIFY(writeFile(path, "{\"format\":\"plugin-studio-capture\",\"version\":1,\"count\":1}\n"
                            "{\"id\":1e300,\"size\":-1e300,\"direction\":\"in\",\"type\":\"stream\",\"raw\":\"aGk=\"}\n"));
    const auto loaded = Debug::MessageLog::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), 1);
    QCOMPARE(loaded->first().id, 0);
    QCOMPARE(loaded->first().size, 0);
    QCOMPARE(loaded->first().raw, QByteArray("hi"));
}

void TestHostileDecoders::historyNumbersOutsideInt64()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.json"));
    QVERIFY(writeFile(path, "{\"format\":\"plugin-studio-invocation\",\"id\":\"x\",\"type\":\"tool\",\"action\":\"invoke_tool\","
                            "\"started\":\"2026-01-01T00:00:00.000Z\",\"elapsed_ms\":1e300,\"state\":\"succeeded\"}"));
    const auto e = Session::HistoryStore::importEntry(path);
    QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
    QCOMPARE(e->elapsedMs, 0);
}

void TestHostileDecoders::registrationNumbersOutsideInt64()
{
    Debug::Registration reg;
    reg.manifest = QJsonDocument::fromJson(
                       "{\"author\":\"a\",\"name\":\"n\",\"version\":\"0.0.1\",\"resource\":{\"memory\":1e300,"
                       "\"permission\":{\"storage\":{\"enabled\":true,\"size\":-1e300}}}}")
                       .object();
    const Plugin::PluginDeclaration decl = reg.toDeclaration();
    QCOMPARE(decl.manifest.memory.value, 0);
    QCOMPARE(decl.manifest.permissions.storageSize, 0);
    QVERIFY(decl.manifest.permissions.storage);
}

void TestHostileDecoders::marketplaceNumbersOutsideInt64()
{
    const Marketplace::PluginListing p = Marketplace::PluginListing::fromJson(
        QJsonDocument::fromJson("{\"org\":\"o\",\"name\":\"n\",\"install_count\":1e300}").object());
    QCOMPARE(p.installCount, 0);
    const Marketplace::SearchResult r = Marketplace::parseSearchResult(
        QJsonDocument::fromJson("{\"plugins\":[],\"total\":-1e300}").object(), 1, 40);
    QCOMPARE(r.total, 0);
    QVERIFY(!r.hasMore());
}

void TestHostileDecoders::identifierWithEmptyChecksum()
{
    // Before: accepted as org/nase:1.0.0 with an empty checksum.
    QVERIFY(!Marketplace::splitIdentifier(QStringLiteral("org/nase:1.0.0@")));
    QVERIFY(!Marketplace::splitIdentifier(QStringLiteral("  org/nase:1.0.0@ ")));
    const auto ok = Marketplace::splitIdentifier(QStringLiteral("org/nase:1.0.0@0123456789abcdef0123456789abcdef"));
    QVERIFY(ok);
    QCOMPARE(ok->checksum, QStringLiteral("0123456789abcdef0123456789abcdef"));
    const auto bare = Marketplace::splitIdentifier(QStringLiteral("org/nase:1.0.0"));
    QVERIFY(bare);
    QVERIFY(bare->checksum.isEmpty());
}

void TestHostileDecoders::ignorePatternWithManyStars()
{
    // 13 stars over 64 'a': the old matcher tried every way to split the name among the stars
    // (about 10^12 for this line) and never returned.
    const Package::IgnoreRules rules = Package::IgnoreRules::fromText("*a*a*a*a*a*a*a*a*a*a*a*a*b\n**/**/**/**/**/x\n");
    const QString name(64, QLatin1Char('a'));
    QElapsedTimer t;
    t.start();
    QVERIFY(!rules.isExcluded(name, false));
    QVERIFY(!rules.isExcluded(name + QStringLiteral("/") + name + QStringLiteral("/y"), false));
    QVERIFY(rules.isExcluded(name + QStringLiteral("b"), false));
    QVERIFY2(t.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed())));
}

void TestHostileDecoders::ignorePatternsStillMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("match");
    QTest::newRow("star") << "*.pyc" << "x.pyc" << true;
    QTest::newRow("star no") << "*.pyc" << "x.py" << false;
    QTest::newRow("stars") << "a*b*c" << "aXbYbZc" << true;
    QTest::newRow("stars backtrack") << "a*bc" << "abcbc" << true;
    QTest::newRow("stars none") << "a*b*c" << "acb" << false;
    QTest::newRow("star empty") << "a*" << "a" << true;
    QTest::newRow("question") << "?.txt" << "a.txt" << true;
    QTest::newRow("question none") << "?.txt" << ".txt" << false;
    QTest::newRow("class") << "[a-c]*" << "banana" << true;
    QTest::newRow("negated class") << "[!a-c]*" << "banana" << false;
    QTest::newRow("posix class") << "[[:digit:]]*.log" << "7.log" << true;
    QTest::newRow("escape") << "\\*x" << "*x" << true;
    QTest::newRow("escape literal") << "\\*x" << "ax" << false;
    QTest::newRow("star then class") << "*[0-9]" << "file9" << true;
    QTest::newRow("unclosed bracket") << "*[ab" << "xa" << false;
    QTest::newRow("trailing backslash") << "a*\\" << "ab\\" << false;
    QTest::newRow("only stars") << "***" << "" << true;
}

void TestHostileDecoders::ignorePatternsStillMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, match);
    QCOMPARE(Package::IgnoreRules::matchSegment(pattern, name), match);
}

void TestHostileDecoders::smallBundleUnderMemoryLimit()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer needs more address space than the limit this test sets");
#endif
    // `bundle analyze` on a 1 KiB bundle with 768 MiB of address space: the old reader asked
    // for a 600 MiB buffer up front (rounded to 1 GiB) and the CLI died of bad_alloc.
    QTemporaryDir dir;
    const QString bundleDir = dir.filePath(QStringLiteral("b"));
    QVERIFY(Package::initBundle(bundleDir, {QStringLiteral("b"), QStringLiteral("me"), QStringLiteral("d")}));
    auto bundle = Package::Bundle::open(bundleDir);
    QVERIFY(bundle);
    const QString file = dir.filePath(QStringLiteral("b.difybndl"));
    QVERIFY(bundle->packageTo(file));
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("ulimit -v 786432 && exec \"$0\" bundle analyze \"$1\""),
                                        QStringLiteral(STUDIO_CLI), file});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             qPrintable(QString::fromUtf8(p.readAllStandardError())));
}

QTEST_GUILESS_MAIN(TestHostileDecoders)
#include "tst_hostile_decoders.moc"
