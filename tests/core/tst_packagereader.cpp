// SPDX-License-Identifier: GPL-3.0-or-later
// PackageReader against real archives: Python zipfile and /usr/bin/zip interop, and a hostile
// corpus written byte by byte in the test (traversal, absolute names, backslashes, symlinks,
// duplicates, truncation, forged sizes, a 1 GB zip bomb, garbage comment, unsupported methods,
// encryption). Nothing may be written outside the target; a failed extraction leaves no target.
#include "core/package/checksum.h"
#include "core/package/packagereader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Package;

namespace {

quint32 crc32Of(const QByteArray &data)
{
    static quint32 table[256];
    static bool init = false;
    if (!init) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        init = true;
    }
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// Raw deflate (fixed Huffman) of `n` zero bytes: one literal 0, then matches of length 258 at
// distance 1, literal zeros for the rest. Produced directly, so a 1 GB bomb costs ~7 MB and
// no time to build.
QByteArray deflateZeros(qint64 n)
{
    QByteArray out;
    out.reserve(int(n / 258 * 13 / 8 + 64));
    quint32 acc = 0;
    int bits = 0;
    auto put = [&](quint32 value, int count) { // LSB first
        acc |= value << bits;
        bits += count;
        while (bits >= 8) {
            out.append(char(acc & 0xFF));
            acc >>= 8;
            bits -= 8;
        }
    };
    auto putHuff = [&](quint32 code, int len) { // Huffman codes go MSB first
        quint32 rev = 0;
        for (int i = 0; i < len; ++i)
            rev |= ((code >> i) & 1u) << (len - 1 - i);
        put(rev, len);
    };
    put(1, 1); // BFINAL
    put(1, 2); // fixed Huffman
    qint64 left = n;
    if (left > 0) {
        putHuff(0x30, 8); // literal 0
        --left;
    }
    while (left >= 258) {
        putHuff(0xC5, 8); // length code 285 = 258
        putHuff(0, 5);    // distance code 0 = 1
        left -= 258;
    }
    while (left-- > 0)
        putHuff(0x30, 8);
    putHuff(0, 7); // end of block
    if (bits > 0)
        out.append(char(acc & 0xFF));
    return out;
}

struct RawEntry
{
    QByteArray name;
    QByteArray payload;        // bytes written as file data (already compressed if method 8)
    quint16 method = 0;
    qint64 crc = -1;           // -1: CRC of payload (store only)
    qint64 csize = -1;         // -1: payload size
    qint64 usize = -1;         // -1: payload size
    quint16 flags = 0;
    quint16 madeBy = 20;       // MS-DOS host, version 2.0
    quint32 external = 0;
    QByteArray localName;      // empty = same as name
};

void le16(QByteArray &b, quint32 v)
{
    b.append(char(v & 0xFF));
    b.append(char((v >> 8) & 0xFF));
}

void le32(QByteArray &b, quint32 v)
{
    le16(b, v & 0xFFFF);
    le16(b, v >> 16);
}

QByteArray buildZip(const QList<RawEntry> &entries, const QByteArray &comment = QByteArray())
{
    QByteArray body;
    QByteArray cd;
    for (const RawEntry &e : entries) {
        const quint32 crc = e.crc >= 0 ? quint32(e.crc) : crc32Of(e.payload);
        const quint32 cs = e.csize >= 0 ? quint32(e.csize) : quint32(e.payload.size());
        const quint32 us = e.usize >= 0 ? quint32(e.usize) : quint32(e.payload.size());
        const quint32 offset = quint32(body.size());
        const QByteArray lname = e.localName.isEmpty() ? e.name : e.localName;
        le32(body, 0x04034b50u);
        le16(body, 20);
        le16(body, e.flags);
        le16(body, e.method);
        le16(body, 0);
        le16(body, 0x21);
        le32(body, crc);
        le32(body, cs);
        le32(body, us);
        le16(body, quint32(lname.size()));
        le16(body, 0);
        body += lname;
        body += e.payload;

        le32(cd, 0x02014b50u);
        le16(cd, e.madeBy);
        le16(cd, 20);
        le16(cd, e.flags);
        le16(cd, e.method);
        le16(cd, 0);
        le16(cd, 0x21);
        le32(cd, crc);
        le32(cd, cs);
        le32(cd, us);
        le16(cd, quint32(e.name.size()));
        le16(cd, 0);
        le16(cd, 0);
        le16(cd, 0);
        le16(cd, 0);
        le32(cd, e.external);
        le32(cd, offset);
        cd += e.name;
    }
    QByteArray out = body + cd;
    le32(out, 0x06054b50u);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint32(entries.size()));
    le16(out, quint32(entries.size()));
    le32(out, quint32(cd.size()));
    le32(out, quint32(body.size()));
    le16(out, quint32(comment.size()));
    out += comment;
    return out;
}

RawEntry stored(const QByteArray &name, const QByteArray &data)
{
    RawEntry e;
    e.name = name;
    e.payload = data;
    return e;
}

QString pythonChecksum(const QString &zipPath)
{
    // Independent oracle: the §3.5 algorithm in Python over zipfile's view of the archive.
    const QString script = QStringLiteral(
        "import hashlib,sys,zipfile\n"
        "z=zipfile.ZipFile(sys.argv[1])\n"
        "names=sorted(z.namelist(), key=lambda n: n.encode())\n"
        "buf=b''.join(hashlib.sha256(n.encode()).digest()+hashlib.sha256(z.read(n)).digest() for n in names)\n"
        "print(hashlib.sha256(buf).hexdigest())\n");
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, zipPath});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("python failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool runProcess(const QString &program, const QStringList &args, const QString &cwd, QByteArray *err = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(program, args);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (err)
        *err = p.readAllStandardError() + p.readAllStandardOutput();
    return ok;
}

} // namespace

class TestPackageReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_sentinel;

    void writeBytes(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
    }

    QStringList listRecursive(const QString &dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << QDir(dir).relativeFilePath(it.next());
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_sentinel = m_tmp.filePath(QStringLiteral("sentinel"));
        QVERIFY(QDir().mkpath(m_sentinel));
    }

    void validStoredArchive()
    {
        const QByteArray zip = buildZip({stored("manifest.yaml", "name: x\n"), stored("sub/dir/ok.txt", "ok")});
        auto r = PackageReader::fromBytes(zip, QStringLiteral("t.difypkg"));
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE((*r)->names(), (QStringList{QStringLiteral("manifest.yaml"), QStringLiteral("sub/dir/ok.txt")}));
        QCOMPARE(*(*r)->read(QStringLiteral("sub/dir/ok.txt")), QByteArray("ok"));
        QCOMPARE((*r)->fileSet().size(QStringLiteral("manifest.yaml")), 8);
        QVERIFY(!(*r)->read(QStringLiteral("nope")).hasValue());
        QCOMPARE((*r)->read(QStringLiteral("nope")).error().code, ErrorCode::NotFound);

        // Nested entries extract; the files are 0644 and the folders 0755.
        const QString target = m_tmp.filePath(QStringLiteral("valid-out"));
        auto ok = (*r)->extractTo(target);
        QVERIFY2(ok.hasValue(), ok ? "" : qPrintable(ok.error().toString()));
        QCOMPARE(listRecursive(target), (QStringList{QStringLiteral("manifest.yaml"), QStringLiteral("sub"),
                                                     QStringLiteral("sub/dir"), QStringLiteral("sub/dir/ok.txt")}));
        QCOMPARE(QFile::permissions(target + QStringLiteral("/sub/dir/ok.txt")) & 0x7777,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
                     | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QVERIFY(QFile::permissions(target + QStringLiteral("/sub")) & QFileDevice::ExeOther);
        // A non-empty target is refused, nothing is overwritten.
        auto again = (*r)->extractTo(target);
        QVERIFY(!again.hasValue());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");

        const QByteArray ok = "ok";
        QTest::newRow("traversal") << buildZip({stored("manifest.yaml", ok), stored("../../evil-escaped-marker.txt", "x")})
                                   << int(ErrorCode::Unsafe) << "\"..\" segment";
        QTest::newRow("traversal-mid") << buildZip({stored("a/../../sentinel/evil", "x")})
                                       << int(ErrorCode::Unsafe) << "\"..\" segment";
        QTest::newRow("absolute") << buildZip({stored("/tmp/evil", "x")}) << int(ErrorCode::Unsafe) << "absolute path";
        QTest::newRow("drive") << buildZip({stored("C:/evil", "x")}) << int(ErrorCode::Unsafe) << "absolute path";
        QTest::newRow("backslash") << buildZip({stored("..\\evil", "x")}) << int(ErrorCode::Unsafe) << "backslashes";
        QTest::newRow("dot-segment") << buildZip({stored("./manifest.yaml", "x")}) << int(ErrorCode::InvalidInput) << "unclean name";
        QTest::newRow("double-slash") << buildZip({stored("a//b", "x")}) << int(ErrorCode::InvalidInput) << "unclean name";
        QTest::newRow("dir-entry") << buildZip({stored("provider/", "")}) << int(ErrorCode::InvalidInput) << "directory entry";
        QTest::newRow("nul") << buildZip({stored(QByteArray("a\0b", 3), "x")}) << int(ErrorCode::Unsafe) << "NUL byte";
        QTest::newRow("bad-utf8") << buildZip({stored("\xff\xfe.txt", "x")}) << int(ErrorCode::InvalidInput) << "not valid UTF-8";
        QTest::newRow("duplicate") << buildZip({stored("main.py", "a"), stored("main.py", "b")})
                                   << int(ErrorCode::Unsafe) << "appears twice";
        RawEntry link = stored("link", "/etc/passwd");
        link.madeBy = (3 << 8) | 20;
        link.external = quint32(0120777) << 16;
        QTest::newRow("symlink") << buildZip({link}) << int(ErrorCode::Unsafe) << "symbolic link";
        RawEntry unixDir = stored("folder", "");
        unixDir.madeBy = (3 << 8) | 20;
        unixDir.external = quint32(040755) << 16;
        QTest::newRow("unix-dir-attr") << buildZip({unixDir}) << int(ErrorCode::InvalidInput) << "directory entry";
        RawEntry bz = stored("data.bin", "BZh9");
        bz.method = 12;
        bz.usize = 100;
        QTest::newRow("bzip2") << buildZip({bz}) << int(ErrorCode::Unsupported) << "bzip2 compression (id 12)";
        RawEntry d64 = stored("data.bin", "xxxx");
        d64.method = 9;
        d64.usize = 100;
        QTest::newRow("deflate64") << buildZip({d64}) << int(ErrorCode::Unsupported) << "deflate64 compression (id 9)";
        RawEntry enc = stored("secret.py", "xxxxxxxxxxxx");
        enc.flags = 0x0001;
        QTest::newRow("encrypted") << buildZip({enc}) << int(ErrorCode::Unsupported) << "is encrypted";
        RawEntry liar = stored("main.py", "print(1)");
        liar.localName = "evil.py";
        QTest::newRow("local-name-mismatch") << buildZip({liar}) << int(ErrorCode::Unsafe) << "different name in its local header";
        RawEntry bigStore = stored("a.txt", "abc");
        bigStore.usize = 10;
        QTest::newRow("store-size-mismatch") << buildZip({bigStore}) << int(ErrorCode::InvalidInput) << "stored uncompressed";

        const QByteArray full = buildZip({stored("manifest.yaml", "name: x\n"), stored("main.py", QByteArray(4000, 'p'))});
        QTest::newRow("truncated-half") << full.left(full.size() / 2) << int(ErrorCode::InvalidInput) << "truncated";
        QByteArray cut = full;
        cut.remove(60, 2000); // data gone, directory intact but pointing past the data
        QTest::newRow("truncated-data") << cut << int(ErrorCode::InvalidInput) << "truncated";
        QTest::newRow("empty-file") << QByteArray() << int(ErrorCode::InvalidInput) << "too short";
        QTest::newRow("not-zip") << QByteArray(4096, 'z') << int(ErrorCode::InvalidInput) << "no end-of-central-directory";

        // 1 GB of zeros in ~7 MB: refused from the directory, before inflating a byte.
        RawEntry bomb;
        bomb.name = "bomb.bin";
        bomb.method = 8;
        bomb.payload = deflateZeros(1024LL * 1024 * 1024);
        bomb.usize = 1024LL * 1024 * 1024;
        bomb.crc = 0;
        QTest::newRow("bomb-1GB") << buildZip({bomb}) << int(ErrorCode::TooLarge) << "exceed";

        // Overlapping entries (several names pointing at the same data) are a bomb technique too.
        QByteArray overlap = buildZip({stored("a.txt", QByteArray(100, 'a'))});
        {
            // Duplicate the central directory record under another name, same local offset.
            const qsizetype cdStart = overlap.indexOf(QByteArray::fromHex("504b0102"));
            QByteArray rec = overlap.mid(cdStart, 46 + 5);
            rec.replace(46, 5, "b.txt");
            QByteArray eocd = overlap.right(22);
            QByteArray body = overlap.left(overlap.size() - 22);
            body += rec;
            eocd[8] = 2;
            eocd[10] = 2;
            const quint32 cdSize = quint32(2 * (46 + 5));
            eocd[12] = char(cdSize & 0xFF);
            eocd[13] = char(cdSize >> 8);
            overlap = body + eocd;
        }
        QTest::newRow("overlap") << overlap << int(ErrorCode::Unsafe) << "forged archive";
    }

    void hostile()
    {
        QFETCH(QByteArray, zip);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const QStringList before = listRecursive(m_sentinel);
        auto r = PackageReader::fromBytes(zip, QStringLiteral("hostile.difypkg"), ReadLimits::bundle());
        QVERIFY2(!r.hasValue(), "a hostile archive was accepted");
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        QCOMPARE(listRecursive(m_sentinel), before);
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/evil")));
    }

    void bombRatioRefusedBeforeInflating()
    {
        // A real zlib stream of 20 MiB of zeros (~1000:1) under generous total limits.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ratio.zip"));
        QByteArray err;
        QVERIFY2(runProcess(QStringLiteral("python3"),
                            {QStringLiteral("-c"),
                             QStringLiteral("import zipfile,sys\n"
                                            "with zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED,compresslevel=9) as z:\n"
                                            "  z.writestr('zeros.bin', bytes(20*1024*1024))\n"),
                             path},
                            dir.path(), &err),
                 err.constData());
        auto r = PackageReader::open(path, ReadLimits::bundle());
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::Unsafe);
        QVERIFY2(r.error().message.contains(QStringLiteral("zeros.bin")) && r.error().message.contains(QStringLiteral("zip bomb")),
                 qPrintable(r.error().message));
    }

    void forgedSizesCaughtWhileInflating()
    {
        // The directory claims 1000 bytes; the stream inflates to 5 MiB. Opening reads every
        // entry fully and stops at the declared size: the archive is refused before anyone can
        // read or extract it (one verdict for validate, inspect, checksum, verify and install).
        RawEntry forged;
        forged.name = "big.bin";
        forged.method = 8;
        forged.payload = deflateZeros(5 * 1024 * 1024);
        forged.usize = 1000;
        forged.crc = crc32Of(QByteArray(1000, '\0'));
        const QByteArray zip = buildZip({stored("manifest.yaml", "name: x\n"), forged});
        auto r = PackageReader::fromBytes(zip, QStringLiteral("forged.difypkg"));
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::Unsafe);
        QVERIFY2(r.error().message.contains(QStringLiteral("big.bin")) && r.error().message.contains(QStringLiteral("1000")),
                 qPrintable(r.error().message));
    }

    void badCrcRefusedAtOpen()
    {
        // A CRC-32 that does not match the data: refused when the archive is opened.
        RawEntry e = stored("a.txt", "hello world");
        e.crc = 0x12345678;
        const QByteArray zip = buildZip({stored("manifest.yaml", "x"), e});
        auto r = PackageReader::fromBytes(zip, QStringLiteral("crc.difypkg"));
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(QStringLiteral("\"a.txt\" fails its CRC-32 check")), qPrintable(r.error().message));
    }

    void failedExtractionLeavesNothing()
    {
        // A collision only the file system sees (file "a" and folder "a/"): extraction fails
        // and leaves neither the target nor a temporary folder behind.
        const QByteArray zip = buildZip({stored("manifest.yaml", "x"), stored("a", "file"), stored("a/b", "below")});
        auto r = PackageReader::fromBytes(zip, QStringLiteral("collide.difypkg"));
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        QTemporaryDir parent;
        const QString target = parent.filePath(QStringLiteral("out"));
        auto ex = (*r)->extractTo(target);
        QVERIFY(!ex.hasValue());
        QVERIFY2(ex.error().message.contains(QStringLiteral("a/b")), qPrintable(ex.error().message));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(listRecursive(parent.path()), QStringList());
    }

    void garbageCommentIsJustAComment()
    {
        QByteArray garbage;
        for (int i = 0; i < 300; ++i)
            garbage.append(char(QRandomGenerator::global()->bounded(256)));
        garbage.replace("PK\x05\x06", "XXXX");
        const QByteArray zip = buildZip({stored("manifest.yaml", "name: x\n")}, garbage);
        auto r = PackageReader::fromBytes(zip, QStringLiteral("c.difypkg"));
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE((*r)->comment(), garbage);
        // A comment length that runs past the end of the file: no valid end record.
        QByteArray lying = zip;
        lying[lying.size() - garbage.size() - 2] = char(0xFF);
        lying[lying.size() - garbage.size() - 1] = char(0xFF);
        QVERIFY(!PackageReader::fromBytes(lying, QStringLiteral("c2.difypkg")).hasValue());
    }

    void limits()
    {
        QList<RawEntry> many;
        for (int i = 0; i < 20; ++i)
            many << stored(QByteArray("f") + QByteArray::number(i), "x");
        ReadLimits l;
        l.maxEntries = 10;
        auto r = PackageReader::fromBytes(buildZip(many), QStringLiteral("m"), l);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::TooLarge);

        ReadLimits small;
        small.maxArchiveBytes = 100;
        auto r2 = PackageReader::fromBytes(buildZip({stored("a", QByteArray(200, 'a'))}), QStringLiteral("s"), small);
        QVERIFY(!r2.hasValue());
        QCOMPARE(r2.error().code, ErrorCode::TooLarge);

        ReadLimits total;
        total.maxUncompressedTotal = 150;
        auto r3 = PackageReader::fromBytes(buildZip({stored("a", QByteArray(100, 'a')), stored("b", QByteArray(100, 'b'))}),
                                           QStringLiteral("t"), total);
        QVERIFY(!r3.hasValue());
        QVERIFY2(r3.error().message.contains(QStringLiteral("\"b\"")), qPrintable(r3.error().message));
    }

    void pythonZipfileInterop()
    {
        // Random order, stored/deflated mix, non-ASCII names: same checksum as our own file set
        // and as an independent Python implementation.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("py.difypkg"));
        const QString script = QStringLiteral(
            "import zipfile,sys,random\n"
            "files={'manifest.yaml':b'name: x\\n','main.py':b'print(1)\\n'*50,'_assets/icon.svg':b'<svg/>',"
            "'provider/x.yaml':b'a: 1\\n','README.md':b'# hi\\n','caf\\u00e9/\\u00fcber.txt':'\\u00fc'.encode(),"
            "'empty.txt':b''}\n"
            "items=list(files.items()); random.shuffle(items)\n"
            "with zipfile.ZipFile(sys.argv[1],'w') as z:\n"
            "  for i,(n,d) in enumerate(items):\n"
            "    z.writestr(n,d,compress_type=zipfile.ZIP_DEFLATED if i%2 else zipfile.ZIP_STORED)\n");
        QByteArray err;
        QVERIFY2(runProcess(QStringLiteral("python3"), {QStringLiteral("-c"), script, path}, dir.path(), &err), err.constData());
        auto r = PackageReader::open(path);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        MemoryFileSet mem;
        mem.insert(QStringLiteral("manifest.yaml"), "name: x\n");
        mem.insert(QStringLiteral("main.py"), QByteArray("print(1)\n").repeated(50));
        mem.insert(QStringLiteral("_assets/icon.svg"), "<svg/>");
        mem.insert(QStringLiteral("provider/x.yaml"), "a: 1\n");
        mem.insert(QStringLiteral("README.md"), "# hi\n");
        mem.insert(QStringLiteral("caf\u00e9/\u00fcber.txt"), QStringLiteral("\u00fc").toUtf8());
        mem.insert(QStringLiteral("empty.txt"), QByteArray());
        const QString ours = *(*r)->checksum();
        QCOMPARE(ours, checksumOf(mem));
        QCOMPARE(ours, pythonChecksum(path));
        QCOMPARE(ours.size(), 64);
    }

    void zipToolDirectoryEntries()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("plugin"));
        writeBytes(src + QStringLiteral("/manifest.yaml"), "name: x\n");
        writeBytes(src + QStringLiteral("/provider/x.yaml"), "a: 1\n");
        QByteArray err;
        // Plain `zip -r` adds "provider/": the daemon fails on it ("is a directory"), so do we.
        QVERIFY2(runProcess(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("../with-dirs.zip"), QStringLiteral(".")}, src, &err), err.constData());
        auto r = PackageReader::open(dir.filePath(QStringLiteral("with-dirs.zip")));
        QVERIFY(!r.hasValue());
        QVERIFY2(r.error().message.contains(QStringLiteral("\"provider/\" is a directory entry")), qPrintable(r.error().message));
        // `zip -D` leaves directory entries out: accepted, same checksum as the folder.
        QVERIFY2(runProcess(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-D"), QStringLiteral("../no-dirs.zip"), QStringLiteral(".")}, src, &err), err.constData());
        auto ok = PackageReader::open(dir.filePath(QStringLiteral("no-dirs.zip")));
        QVERIFY2(ok.hasValue(), ok ? "" : qPrintable(ok.error().toString()));
        DirectoryFileSet folder(src);
        QCOMPARE(*(*ok)->checksum(), checksumOf(folder));
        QCOMPARE(*(*ok)->checksum(), pythonChecksum(dir.filePath(QStringLiteral("no-dirs.zip"))));
    }

    void fileSetAndOwningOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.difypkg"));
        writeBytes(path, buildZip({stored("z.txt", "z"), stored("A.txt", "a"), stored("_b.txt", "b")}));
        auto fs = openPackageFileSet(path);
        QVERIFY(fs.hasValue());
        // Byte order: uppercase < underscore < lowercase.
        QCOMPARE((*fs)->paths(), (QStringList{QStringLiteral("A.txt"), QStringLiteral("_b.txt"), QStringLiteral("z.txt")}));
        QCOMPARE(*(*fs)->read(QStringLiteral("_b.txt")), QByteArray("b"));
        QCOMPARE((*fs)->origin(), path);
        auto missing = openPackageFileSet(dir.filePath(QStringLiteral("none.difypkg")));
        QVERIFY(!missing.hasValue());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void identifiers()
    {
        QVERIFY(isValidUniqueIdentifier(QStringLiteral("langgenius/test:1.0.0@") + QString(48, QLatin1Char('a'))));
        QVERIFY(isValidUniqueIdentifier(QStringLiteral("test:1.0.0@") + QString(64, QLatin1Char('0'))));
        QVERIFY(isValidUniqueIdentifier(QStringLiteral("a/b:1.2.3.4-beta@") + QString(32, QLatin1Char('f'))));
        QVERIFY(!isValidUniqueIdentifier(QStringLiteral("1.0.0@") + QString(64, QLatin1Char('0'))));
        QVERIFY(!isValidUniqueIdentifier(QString(64, QLatin1Char('0'))));
        QVERIFY(!isValidUniqueIdentifier(QStringLiteral("a/b:1.0.0@123456")));
        QVERIFY(!isValidUniqueIdentifier(QStringLiteral("a/b:1.0.0")));
        QVERIFY(!isValidUniqueIdentifier(QStringLiteral("A/b:1.0.0@") + QString(64, QLatin1Char('0'))));
        auto id = PluginIdentifier::parse(QStringLiteral("langgenius/agent:0.0.14@26958a0e80a10655ce73812bdb7c35a66ce7b16f5ac346d298bda17ff85efd1e"));
        QVERIFY(id.has_value());
        QCOMPARE(id->author, QStringLiteral("langgenius"));
        QCOMPARE(id->name, QStringLiteral("agent"));
        QCOMPARE(id->version, QStringLiteral("0.0.14"));
        QCOMPARE(id->pluginId(), QStringLiteral("langgenius/agent"));
        QCOMPARE(id->toString(), uniqueIdentifier(id->author, id->name, id->version, id->checksum));
        QVERIFY(!PluginIdentifier::parse(QStringLiteral("x")).has_value());
        QVERIFY(isUuid(QStringLiteral("123e4567-e89b-12d3-a456-426614174000")));
        QVERIFY(!isUuid(QStringLiteral("langgenius")));
        PluginIdentifier remote;
        remote.author = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
        QVERIFY(remote.isRemoteLike());
        QCOMPARE(uniqueIdentifier(QString(), QStringLiteral("n"), QStringLiteral("1.0.0"), QStringLiteral("c")),
                 QStringLiteral("n:1.0.0@c"));
    }

    void checksumVector()
    {
        // Hand-computed: sha256(sha256("a") || sha256("x")) for the single file "a" = "x".
        MemoryFileSet one;
        one.insert(QStringLiteral("a"), "x");
        const QByteArray expected = QCryptographicHash::hash(
            QByteArray(QCryptographicHash::hash("a", QCryptographicHash::Sha256) + QCryptographicHash::hash("x", QCryptographicHash::Sha256)),
            QCryptographicHash::Sha256).toHex();
        QCOMPARE(checksumOf(one), QString::fromLatin1(expected));
        MemoryFileSet none;
        QCOMPARE(checksumOf(none), QString::fromLatin1(QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256).toHex()));
    }
};

QTEST_GUILESS_MAIN(TestPackageReader)
#include "tst_packagereader.moc"
