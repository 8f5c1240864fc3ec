// SPDX-License-Identifier: GPL-3.0-or-later
// The packager (formats.md §3.2): validation first, ignore rules, byte-sorted deflate entries
// without directory entries, reproducible bytes, uv export, size limit, Studio warnings,
// cancellation. Every package is a real file re-read with PackageReader and Python's zipfile.
#include "core/package/checksum.h"
#include "core/package/ignorerules.h"
#include "core/package/packagewriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Package;

namespace {

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + QLatin1Char('/') + QDir(from).relativeFilePath(src);
        QDir().mkpath(QFileInfo(dst).absolutePath());
        QFile::copy(src, dst);
    }
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPackageWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString freshPlugin(const QString &name)
    {
        const QString dir = m_tmp.filePath(name);
        copyTree(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), dir);
        return dir;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void packagesSortedReproducibleArchive()
    {
        const QString dir = freshPlugin(QStringLiteral("weather"));
        writeFile(dir + QStringLiteral("/.difyignore"), "*.log\nbuild/\n");
        writeFile(dir + QStringLiteral("/debug.log"), "noise");
        writeFile(dir + QStringLiteral("/build/out.bin"), "noise");
        PackageOptions o;
        o.outputPath = m_tmp.filePath(QStringLiteral("a.difypkg"));
        QList<qint64> seen;
        auto r = packagePlugin(dir, o, [&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            seen << done;
        });
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY(!seen.isEmpty());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(!r->files.contains(QStringLiteral("debug.log")));
        QVERIFY(!r->files.contains(QStringLiteral("build/out.bin")));
        QVERIFY(r->files.contains(QStringLiteral(".difyignore"))); // the ignore file itself ships
        QStringList sorted = r->files;
        sortPathsByteOrder(sorted);
        QCOMPARE(r->files, sorted);
        QVERIFY(r->identifier.startsWith(QStringLiteral("studio_tests/weather_tool:0.0.1@")));
        QVERIFY(isValidUniqueIdentifier(r->identifier));
        QCOMPARE(QFile::permissions(o.outputPath) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther);

        auto reader = PackageReader::open(o.outputPath);
        QVERIFY2(reader.hasValue(), reader ? "" : qPrintable(reader.error().toString()));
        QCOMPARE((*reader)->names(), r->files);
        QVERIFY((*reader)->comment().isEmpty());
        for (const ZipEntry &e : (*reader)->entries())
            QCOMPARE(e.method, 8);
        QCOMPARE(*(*reader)->checksum(), r->checksum);
        // Checksum of the package == checksum of the post-ignore folder (no generated files here).
        QCOMPARE(r->checksum, checksumOf(*openPluginFolder(dir)));

        // Header choices: no extra fields, DOS time 0 / date 1980-01-01, MS-DOS host, attrs 0.
        const QByteArray raw = readFile(o.outputPath);
        QCOMPARE(quint8(raw[0]), quint8('P'));
        const int nameLen = quint8(raw[26]) | (quint8(raw[27]) << 8);
        const int extraLen = quint8(raw[28]) | (quint8(raw[29]) << 8);
        QCOMPARE(extraLen, 0);
        QCOMPARE(raw.mid(30, nameLen), QByteArray(".difyignore"));
        QCOMPARE(quint8(raw[10]) | (quint8(raw[11]) << 8), 0);    // time
        QCOMPARE(quint8(raw[12]) | (quint8(raw[13]) << 8), 0x21); // date 1980-01-01

        // Same input, same bytes — also under another time zone.
        o.outputPath = m_tmp.filePath(QStringLiteral("b.difypkg"));
        const QByteArray tz = qgetenv("TZ");
        qputenv("TZ", "Asia/Kolkata");
        auto again = packagePlugin(dir, o);
        if (tz.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", tz);
        QVERIFY(again.hasValue());
        QCOMPARE(readFile(m_tmp.filePath(QStringLiteral("b.difypkg"))), raw);

        // Python's zipfile reads it and sees no directory entries.
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
            "import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n"
            "assert not any(i.is_dir() for i in z.infolist())\nprint(len(z.infolist()))"), m_tmp.filePath(QStringLiteral("a.difypkg"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().trimmed().toInt(), r->files.size());
    }

    void invalidPluginIsRefusedWithReport()
    {
        const QString dir = freshPlugin(QStringLiteral("broken"));
        writeFile(dir + QStringLiteral("/manifest.yaml"), "version: 0.0.1\nname: [unclosed\n");
        PackageOptions o;
        o.outputPath = m_tmp.filePath(QStringLiteral("broken.difypkg"));
        ValidationReport report;
        auto r = packagePlugin(dir, o, nullptr, nullptr, &report);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::ValidationFailed);
        QVERIFY(report.hasErrors());
        QVERIFY(!QFileInfo::exists(o.outputPath));
        // A missing referenced file is a validation failure too.
        const QString dir2 = freshPlugin(QStringLiteral("missing-provider"));
        QFile::remove(dir2 + QStringLiteral("/provider/weather.yaml"));
        ValidationReport report2;
        auto r2 = packagePlugin(dir2, o, nullptr, nullptr, &report2);
        QVERIFY(!r2.hasValue());
        QCOMPARE(r2.error().code, ErrorCode::ValidationFailed);
        QVERIFY(!report2.toText().isEmpty());
        QVERIFY2(report2.toText().contains(QStringLiteral("provider/weather.yaml")), qPrintable(report2.toText()));
        // Missing folder.
        auto r3 = packagePlugin(m_tmp.filePath(QStringLiteral("nope")), o);
        QCOMPARE(r3.error().code, ErrorCode::NotFound);
    }

    void sizeLimitListsLargestFiles()
    {
        const QString dir = freshPlugin(QStringLiteral("big"));
        for (int i = 0; i < 7; ++i)
            writeFile(dir + QStringLiteral("/data/blob%1.bin").arg(i), QByteArray((i + 1) * 200 * 1024, char('a' + i)));
        PackageOptions o;
        o.outputPath = m_tmp.filePath(QStringLiteral("big.difypkg"));
        o.maxSizeBytes = 1 * kMiB;
        auto r = packagePlugin(dir, o);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::TooLarge);
        const QString msg = r.error().message;
        for (int i = 2; i < 7; ++i)
            QVERIFY2(msg.contains(QStringLiteral("data/blob%1.bin").arg(i)), qPrintable(msg));
        QVERIFY2(!msg.contains(QStringLiteral("data/blob1.bin")), qPrintable(msg)); // only the five largest
        QVERIFY(!QFileInfo::exists(o.outputPath));
    }

    void beyondDifyWarnings()
    {
        const QString dir = freshPlugin(QStringLiteral("junk"));
        writeFile(dir + QStringLiteral("/.git/config"), "[core]");
        writeFile(dir + QStringLiteral("/.venv/bin/python"), "x");
        writeFile(dir + QStringLiteral("/tools/__pycache__/current.cpython-312.pyc"), "x");
        writeFile(dir + QStringLiteral("/.env"), "API_KEY=secret");
        writeFile(dir + QStringLiteral("/signing.private.pem"), "-----BEGIN RSA PRIVATE KEY-----");
        writeFile(dir + QStringLiteral("/old.difypkg"), "PK");
        PackageOptions o;
        o.outputPath = m_tmp.filePath(QStringLiteral("junk.difypkg"));
        auto r = packagePlugin(dir, o);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        QStringList codes;
        for (const Diagnostic &d : r->warnings) {
            if (d.layer == Layer::Studio)
                codes << d.code;
        }
        for (const char *c : {"package.beyond.git", "package.beyond.venv", "package.beyond.pycache", "package.beyond.env",
                              "package.beyond.privatekey", "package.beyond.difypkg"})
            QVERIFY2(codes.contains(QString::fromLatin1(c)), c);
        for (const Diagnostic &d : r->warnings) {
            if (d.code == QLatin1String("package.beyond.git"))
                QVERIFY2(d.message.contains(QStringLiteral("`.git/`")), qPrintable(d.message));
        }
        // Following the advice silences it.
        writeFile(dir + QStringLiteral("/.difyignore"), ".git/\n.venv/\n__pycache__/\n.env\n*.pem\n*.difypkg\n");
        auto clean = packagePlugin(dir, o);
        QVERIFY(clean.hasValue());
        for (const Diagnostic &d : clean->warnings)
            QVERIFY2(!d.code.startsWith(QLatin1String("package.beyond")), qPrintable(d.message));
    }

    void referencedFileIgnoredWarns()
    {
        const QString dir = freshPlugin(QStringLiteral("ignored-icon"));
        writeFile(dir + QStringLiteral("/.difyignore"), "*.py\n");
        PackageOptions o;
        o.outputPath = m_tmp.filePath(QStringLiteral("ignored.difypkg"));
        o.skipValidation = true; // the validator may refuse it; the warning is what we test
        auto r = packagePlugin(dir, o);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        bool found = false;
        for (const Diagnostic &d : r->warnings) {
            if (d.code == QLatin1String("package.referenced-ignored") && d.file == QLatin1String("provider/weather.py")) {
                found = true;
                QVERIFY2(d.message.contains(QStringLiteral("`*.py`")), qPrintable(d.message));
            }
        }
        QVERIFY2(found, "no warning for the ignored provider source");
    }

    void uvExportGeneratesRequirements()
    {
        const QString dir = freshPlugin(QStringLiteral("uv"));
        writeFile(dir + QStringLiteral("/uv.lock"), "version = 1\n");
        const QString fakeUv = m_tmp.filePath(QStringLiteral("fake-uv.sh"));
        writeFile(fakeUv, "#!/bin/sh\n"
                          "[ \"$1\" = export ] || exit 3\n"
                          "echo \"$@\" > uv-args.txt\n"
                          "printf 'dify_plugin==0.7.1\\nrequests==2.32.3\\n'\n");
        QFile::setPermissions(fakeUv, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("UV_PATH", fakeUv.toLocal8Bit());
        PackageOptions o;
        o.outputPath = m_tmp.filePath(QStringLiteral("uv.difypkg"));
        auto r = packagePlugin(dir, o);
        qunsetenv("UV_PATH");
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY(r->generatedRequirements);
        auto reader = PackageReader::open(o.outputPath);
        QCOMPARE(*(*reader)->read(QStringLiteral("requirements.txt")), QByteArray("dify_plugin==0.7.1\nrequests==2.32.3\n"));
        QVERIFY((*reader)->contains(QStringLiteral("uv.lock")));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/requirements.txt"))); // never written to disk
        QCOMPARE(readFile(dir + QStringLiteral("/uv-args.txt")).trimmed(),
                 QByteArray("export --frozen --format requirements.txt --no-group dev --no-emit-project --no-hashes --no-header --no-annotate"));
        QFile::remove(dir + QStringLiteral("/uv-args.txt"));

        // An existing requirements.txt is kept verbatim and uv is not run.
        writeFile(dir + QStringLiteral("/requirements.txt"), "mine==1\n");
        qputenv("UV_PATH", "/nonexistent/uv");
        auto kept = packagePlugin(dir, o);
        qunsetenv("UV_PATH");
        QVERIFY(kept.hasValue());
        QVERIFY(!kept->generatedRequirements);
        QCOMPARE(*(*PackageReader::open(o.outputPath))->read(QStringLiteral("requirements.txt")), QByteArray("mine==1\n"));
        QFile::remove(dir + QStringLiteral("/requirements.txt"));

        // uv missing: a clear error, no package.
        QFile::remove(o.outputPath);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", m_tmp.path().toLocal8Bit());
        auto missing = packagePlugin(dir, o);
        qputenv("PATH", path);
        QVERIFY(!missing.hasValue());
        QCOMPARE(missing.error().code, ErrorCode::ProcessFailed);
        QVERIFY2(missing.error().message.contains(QStringLiteral("uv is not installed: install it (pip install uv) or add requirements.txt")),
                 qPrintable(missing.error().message));
        QVERIFY(!QFileInfo::exists(o.outputPath));

        // uv failing: its stderr is reported.
        writeFile(fakeUv, "#!/bin/sh\necho 'lock file out of date' >&2\nexit 2\n");
        qputenv("UV_PATH", fakeUv.toLocal8Bit());
        auto failing = packagePlugin(dir, o);
        qunsetenv("UV_PATH");
        QVERIFY(!failing.hasValue());
        QVERIFY2(failing.error().message.contains(QStringLiteral("lock file out of date")), qPrintable(failing.error().message));
    }

    void cancelLeavesNothing()
    {
        const QString dir = freshPlugin(QStringLiteral("cancel"));
        PackageOptions o;
        o.outputPath = m_tmp.filePath(QStringLiteral("cancel-out/out.difypkg"));
        std::atomic_bool cancel{true};
        auto r = packagePlugin(dir, o, nullptr, &cancel);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFileInfo::exists(o.outputPath));
        // Cancel while writing (from the progress callback): no output, no temp file.
        std::atomic_bool later{false};
        writeFile(dir + QStringLiteral("/data/blob.bin"), QByteArray(4 * 1024 * 1024, 'x'));
        auto r2 = packagePlugin(dir, o, [&](qint64 done, qint64 total) { if (done > total / 2) later = true; }, &later);
        QVERIFY(!r2.hasValue());
        QCOMPARE(r2.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFileInfo::exists(o.outputPath));
        QCOMPARE(QDir(m_tmp.filePath(QStringLiteral("cancel-out"))).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void defaultOutputName()
    {
        const QString dir = freshPlugin(QStringLiteral("named"));
        QTemporaryDir cwd;
        const QString old = QDir::currentPath();
        QDir::setCurrent(cwd.path());
        auto r = packagePlugin(dir, PackageOptions());
        QDir::setCurrent(old);
        QVERIFY(r.hasValue());
        QCOMPARE(QFileInfo(r->outputPath).canonicalFilePath(), QFileInfo(cwd.filePath(QStringLiteral("named.difypkg"))).canonicalFilePath());
    }
};

QTEST_GUILESS_MAIN(TestPackageWriter)
#include "tst_packagewriter.moc"
