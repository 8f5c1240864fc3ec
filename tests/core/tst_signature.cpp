// SPDX-License-Identifier: GPL-3.0-or-later
// Signatures (formats.md §3.8): PKCS#1 keys, sign/verify round trip, tampering (content, comment,
// order), re-signing, cross-key checks, the official key never verifying a test signature.
// Packages are real zip files written by our packager and rewritten by Python's zipfile.
#include "core/package/checksum.h"
#include "core/package/packagewriter.h"
#include "core/package/signature.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Package;

class TestSignature : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_keyA, m_keyB, m_pkg;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    static QByteArray readAll(const QString &p)
    {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeAll(const QString &p, const QByteArray &d)
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(d);
    }
    static PublicKey pub(const QString &base)
    {
        auto k = loadPublicKey(base + QStringLiteral(".public.pem"));
        return k ? *k : PublicKey();
    }
    static VerifyResult verifyFile(const QString &p, const QList<PublicKey> &keys, bool official = true)
    {
        auto r = PackageReader::open(p);
        if (!r) {
            VerifyResult v;
            v.error = r.error().message;
            return v;
        }
        return verifyPackage(**r, keys, official);
    }
    // Rewrites a zip with Python: op = "reverse" (entry order), "rename" (first entry), "flip"
    // (one content byte of manifest.yaml); the comment is kept.
    static bool pyRewrite(const QString &in, const QString &out, const QString &op)
    {
        const QString script = QStringLiteral(
            "import zipfile,sys\n"
            "src=zipfile.ZipFile(sys.argv[1]); op=sys.argv[3]\n"
            "items=[(i.filename, src.read(i.filename)) for i in src.infolist()]\n"
            "if op=='reverse': items=items[::-1]\n"
            "if op=='rename': items[0]=('renamed-'+items[0][0], items[0][1])\n"
            "if op=='flip': items=[(n, (bytes([d[0]^1])+d[1:]) if n=='manifest.yaml' else d) for n,d in items]\n"
            "with zipfile.ZipFile(sys.argv[2],'w',zipfile.ZIP_DEFLATED) as z:\n"
            "  for n,d in items: z.writestr(n,d)\n"
            "  z.comment=src.comment\n");
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, in, out, op});
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_keyA = path(QStringLiteral("keyA"));
        m_keyB = path(QStringLiteral("keyB"));
        QVERIFY(generateKeyPair(m_keyA, 2048).hasValue());
        QVERIFY(generateKeyPair(m_keyB, 2048).hasValue());
        PackageOptions o;
        o.outputPath = path(QStringLiteral("tool.difypkg"));
        o.skipValidation = true; // this test is about signatures, not the validator
        auto r = packagePlugin(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), o);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        m_pkg = r->outputPath;
    }

    void keyFiles()
    {
        QCOMPARE(QFile::permissions(m_keyA + QStringLiteral(".private.pem")) & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        QVERIFY(QFile::permissions(m_keyA + QStringLiteral(".public.pem")) & QFileDevice::ReadOther);
        QVERIFY(readAll(m_keyA + QStringLiteral(".private.pem")).startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
        QVERIFY(readAll(m_keyA + QStringLiteral(".public.pem")).startsWith("-----BEGIN RSA PUBLIC KEY-----\n"));
        auto priv = loadPrivateKey(m_keyA + QStringLiteral(".private.pem"));
        QVERIFY(priv.hasValue());
        QCOMPARE(priv->bits(), 2048);
        QCOMPARE(publicKeyPem(publicKeyOf(*priv)), readAll(m_keyA + QStringLiteral(".public.pem")));
        // Never overwrite a key.
        auto again = generateKeyPair(m_keyA, 2048);
        QVERIFY(!again.hasValue());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY(!generateKeyPair(path(QStringLiteral("weak")), 1024).hasValue());
    }

    void defaultKeySizeIs4096()
    {
        const QString base = path(QStringLiteral("big"));
        QVERIFY(generateKeyPair(base).hasValue());
        QCOMPARE(pub(base).bits(), 4096);
        QCOMPARE(officialPublicKey().bits(), 4096);
        QCOMPARE(officialPublicKey().label(), QStringLiteral("official"));
    }

    void pemRules()
    {
        const QByteArray pem = readAll(m_keyA + QStringLiteral(".public.pem"));
        QVERIFY(loadPublicKeyFromPem(pem, QStringLiteral("k")).hasValue());
        QVERIFY(loadPublicKeyFromPem(pem.trimmed(), QStringLiteral("k")).hasValue()); // no final newline
        QByteArray crlf = pem;
        crlf.replace("\n", "\r\n");
        QVERIFY(loadPublicKeyFromPem(crlf, QStringLiteral("k")).hasValue());
        auto extra = loadPublicKeyFromPem(pem + "\n", QStringLiteral("k"));
        QVERIFY(!extra.hasValue());
        QVERIFY2(extra.error().message.contains(QStringLiteral("extra data included in the PEM block")), qPrintable(extra.error().message));
        QVERIFY(!loadPublicKeyFromPem(pem + "garbage", QStringLiteral("k")).hasValue());
        QVERIFY(!loadPublicKeyFromPem("not a key", QStringLiteral("k")).hasValue());
        QVERIFY(!loadPublicKeyFromPem(QByteArray(pem).replace('M', '!'), QStringLiteral("k")).hasValue());
        // Keys of the wrong kind.
        auto wrongKind = loadPublicKey(m_keyA + QStringLiteral(".private.pem"));
        QVERIFY(!wrongKind.hasValue());
        QVERIFY(!loadPrivateKey(m_keyA + QStringLiteral(".public.pem")).hasValue());
        auto missing = loadPublicKey(path(QStringLiteral("none.pem")));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void pkcs8AndSpkiAreRefusedWithAHowTo()
    {
        const QString pkcs8 = path(QStringLiteral("k8.pem"));
        const QString spki = path(QStringLiteral("spki.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), m_keyA + QStringLiteral(".private.pem"), QStringLiteral("-out"), pkcs8}), 0);
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), m_keyA + QStringLiteral(".private.pem"), QStringLiteral("-pubout"), QStringLiteral("-out"), spki}), 0);
        auto p8 = loadPrivateKey(pkcs8);
        QVERIFY(!p8.hasValue());
        QCOMPARE(p8.error().code, ErrorCode::Unsupported);
        QVERIFY2(p8.error().message.contains(QStringLiteral("-traditional")), qPrintable(p8.error().message));
        auto sp = loadPublicKey(spki);
        QVERIFY(!sp.hasValue());
        QVERIFY2(sp.error().message.contains(QStringLiteral("-RSAPublicKey_out")), qPrintable(sp.error().message));
        // Following the advice works.
        const QString fixed = path(QStringLiteral("fixed.rsa.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("rsa"), QStringLiteral("-pubin"), QStringLiteral("-in"), spki, QStringLiteral("-RSAPublicKey_out"), QStringLiteral("-out"), fixed}), 0);
        QVERIFY(loadPublicKey(fixed).hasValue());
    }

    void roundTrip()
    {
        auto s = signPackage(m_pkg, m_keyA + QStringLiteral(".private.pem"), QStringLiteral("Partner"));
        QVERIFY2(s.hasValue(), s ? "" : qPrintable(s.error().toString()));
        QCOMPARE(s->outputPath, path(QStringLiteral("tool.signed.difypkg")));
        QCOMPARE(s->category, QStringLiteral("partner"));
        QVERIFY(isValidUniqueIdentifier(s->identifier));
        QVERIFY(s->identifier.endsWith(QLatin1Char('@') + s->checksum));

        auto reader = PackageReader::open(s->outputPath);
        QVERIFY(reader.hasValue());
        QCOMPARE((*reader)->names().last(), QStringLiteral(".verification.dify.json"));
        QCOMPARE(*(*reader)->read(QStringLiteral(".verification.dify.json")), QByteArray(R"({"authorized_category":"partner"})"));
        // The comment: compact JSON, sorted keys, padded base64.
        const QJsonObject c = QJsonDocument::fromJson((*reader)->comment()).object();
        QVERIFY((*reader)->comment().startsWith("{\"signature\":\""));
        QCOMPARE(c.value(QStringLiteral("time")).toInteger(), s->time);
        // Signed data = sha256 of every entry in order + decimal time.
        QByteArray expected;
        for (const ZipEntry &e : (*reader)->entries())
            expected += QCryptographicHash::hash(*(*reader)->read(e.name), QCryptographicHash::Sha256);
        expected += QByteArray::number(s->time);
        QCOMPARE(*signedData(**reader, s->time), expected);
        // The verification file changes the checksum (formats.md §9.2).
        auto orig = PackageReader::open(m_pkg);
        QVERIFY(*(*orig)->checksum() != s->checksum);

        const VerifyResult v = verifyPackage(**reader, {pub(m_keyA)});
        QVERIFY2(v.verified, qPrintable(v.error));
        QVERIFY(v.isSigned);
        QCOMPARE(v.category, QStringLiteral("partner"));
        QCOMPARE(v.keyLabel, m_keyA + QStringLiteral(".public.pem"));
    }

    void crossKeysAndOfficialKey()
    {
        const QString signedPath = path(QStringLiteral("tool.signed.difypkg"));
        QVERIFY(verifyFile(signedPath, {pub(m_keyA)}).verified);
        QVERIFY(verifyFile(signedPath, {pub(m_keyB), pub(m_keyA)}).verified);
        const VerifyResult wrong = verifyFile(signedPath, {pub(m_keyB)});
        QVERIFY(wrong.isSigned);
        QVERIFY(!wrong.verified);
        QVERIFY(!wrong.error.isEmpty());
        QVERIFY(wrong.category.isEmpty()); // category only when verified
        // The official key never verifies a test-key signature.
        QVERIFY(!verifyFile(signedPath, {}).verified);
        QVERIFY(!verifyFile(signedPath, {}, false).verified);
        // Unsigned package.
        const VerifyResult unsignedRes = verifyFile(m_pkg, {pub(m_keyA)});
        QVERIFY(!unsignedRes.isSigned);
        QVERIFY(!unsignedRes.verified);
    }

    void tamperComment()
    {
        // TestWrongSign: zero the last two bytes (inside the comment); the archive still opens.
        QByteArray bytes = readAll(path(QStringLiteral("tool.signed.difypkg")));
        bytes[bytes.size() - 2] = 0;
        bytes[bytes.size() - 1] = 0;
        const QString p = path(QStringLiteral("tampered-comment.difypkg"));
        writeAll(p, bytes);
        QVERIFY(PackageReader::open(p).hasValue());
        const VerifyResult v = verifyFile(p, {pub(m_keyA)});
        QVERIFY(!v.verified);
        // One byte at len-10 (inside the base64 signature).
        QByteArray b2 = readAll(path(QStringLiteral("tool.signed.difypkg")));
        b2[b2.size() - 30] = b2[b2.size() - 30] == 'A' ? 'B' : 'A';
        writeAll(p, b2);
        QVERIFY(!verifyFile(p, {pub(m_keyA)}).verified);
    }

    void tamperContentOrderAndNames()
    {
        const QString signedPath = path(QStringLiteral("tool.signed.difypkg"));
        const QString flipped = path(QStringLiteral("flipped.difypkg"));
        QVERIFY(pyRewrite(signedPath, flipped, QStringLiteral("flip")));
        QVERIFY(!verifyFile(flipped, {pub(m_keyA)}).verified);
        const QString reversed = path(QStringLiteral("reversed.difypkg"));
        QVERIFY(pyRewrite(signedPath, reversed, QStringLiteral("reverse")));
        QVERIFY(!verifyFile(reversed, {pub(m_keyA)}).verified);
        // Names are not signed (formats.md §9.3): a rename keeps the signature valid. This pins
        // the exact algorithm; the checksum of course changes.
        const QString renamed = path(QStringLiteral("renamed.difypkg"));
        QVERIFY(pyRewrite(signedPath, renamed, QStringLiteral("rename")));
        QVERIFY(verifyFile(renamed, {pub(m_keyA)}).verified);
        // A straight copy by another zip writer keeps it valid too (only contents + order count).
        const QString copy = path(QStringLiteral("copy.difypkg"));
        QVERIFY(pyRewrite(signedPath, copy, QStringLiteral("copy")));
        QVERIFY(verifyFile(copy, {pub(m_keyA)}).verified);
    }

    void resignDoesNotDuplicateVerificationFile()
    {
        SignOptions o;
        o.category = QStringLiteral("community");
        o.outputPath = path(QStringLiteral("resigned.difypkg"));
        auto key = loadPrivateKey(m_keyB + QStringLiteral(".private.pem"));
        auto s = signPackage(path(QStringLiteral("tool.signed.difypkg")), *key, o);
        QVERIFY2(s.hasValue(), s ? "" : qPrintable(s.error().toString()));
        auto r = PackageReader::open(s->outputPath);
        QCOMPARE((*r)->names().count(QStringLiteral(".verification.dify.json")), 1);
        const VerifyResult v = verifyPackage(**r, {pub(m_keyB)});
        QVERIFY(v.verified);
        QCOMPARE(v.category, QStringLiteral("community"));
        QVERIFY(!verifyPackage(**r, {pub(m_keyA)}).verified);
    }

    void legacyCommentOnlySignature()
    {
        SignOptions o;
        o.outputPath = path(QStringLiteral("legacy.difypkg"));
        o.timeOverride = 1744632035;
        auto key = loadPrivateKey(m_keyA + QStringLiteral(".private.pem"));
        auto s = signPackage(m_pkg, *key, o);
        QVERIFY(s.hasValue());
        auto orig = PackageReader::open(m_pkg);
        QCOMPARE(s->checksum, *(*orig)->checksum()); // no verification file: same identifier
        auto r = PackageReader::open(s->outputPath);
        QVERIFY(!(*r)->contains(QStringLiteral(".verification.dify.json")));
        const VerifyResult v = verifyPackage(**r, {pub(m_keyA)});
        QVERIFY(v.verified);
        QCOMPARE(v.category, QStringLiteral("langgenius")); // verified without the file
        QCOMPARE(v.time, 1744632035);
    }

    void signRefusals()
    {
        auto bad = signPackage(m_pkg, m_keyA + QStringLiteral(".private.pem"), QStringLiteral("enterprise"));
        QVERIFY(!bad.hasValue());
        QVERIFY(bad.error().message.contains(QStringLiteral("langgenius, partner or community")));
        auto noKey = signPackage(m_pkg, path(QStringLiteral("missing.pem")), QString());
        QCOMPARE(noKey.error().code, ErrorCode::NotFound);
        // Not a plugin: a zip without manifest.yaml.
        const QString notPlugin = path(QStringLiteral("notplugin.difypkg"));
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1],'w'); z.writestr('a.txt','x'); z.close()"), notPlugin});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        auto np = signPackage(notPlugin, m_keyA + QStringLiteral(".private.pem"), QStringLiteral("langgenius"));
        QVERIFY(!np.hasValue());
        QVERIFY2(np.error().message.contains(QStringLiteral("manifest.yaml")), qPrintable(np.error().message));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("notplugin.signed.difypkg"))));
        // A manifest that references a provider file the archive lacks does not decode either.
        const QString missingRef = path(QStringLiteral("missingref.difypkg"));
        QProcess m;
        m.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
            "import zipfile,sys\nsrc=zipfile.ZipFile(sys.argv[2])\nz=zipfile.ZipFile(sys.argv[1],'w')\n"
            "for i in src.infolist():\n  if i.filename!='provider/weather.yaml': z.writestr(i.filename, src.read(i.filename))\nz.close()"),
            missingRef, m_pkg});
        QVERIFY(m.waitForFinished(60000) && m.exitCode() == 0);
        auto mr = signPackage(missingRef, m_keyA + QStringLiteral(".private.pem"), QStringLiteral("langgenius"));
        QVERIFY(!mr.hasValue());
        QVERIFY2(mr.error().message.contains(QStringLiteral("provider/weather.yaml")), qPrintable(mr.error().message));
    }

    void invalidVerificationFileFails()
    {
        // A correctly signed package whose .verification.dify.json is not JSON: the daemon's
        // decoder errors, so it must not count as verified.
        const QString in = path(QStringLiteral("badverif.difypkg"));
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
            "import zipfile,sys\nsrc=zipfile.ZipFile(sys.argv[2])\nz=zipfile.ZipFile(sys.argv[1],'w')\n"
            "for i in src.infolist(): z.writestr(i.filename, src.read(i.filename))\n"
            "z.writestr('.verification.dify.json','{broken'); z.close()"), in, m_pkg});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        auto reader = PackageReader::open(in);
        QVERIFY(reader.hasValue());
        auto key = loadPrivateKey(m_keyA + QStringLiteral(".private.pem"));
        const qint64 t = 1700000000;
        auto sig = signData(*key, *signedData(**reader, t));
        QVERIFY(sig.hasValue());
        const QString out = path(QStringLiteral("badverif-signed.difypkg"));
        QProcess c;
        c.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
            "import zipfile,sys\nsrc=zipfile.ZipFile(sys.argv[1]); items=[(i.filename,src.read(i.filename)) for i in src.infolist()]\n"
            "with zipfile.ZipFile(sys.argv[2],'w') as z:\n  for n,d in items: z.writestr(n,d)\n  z.comment=sys.argv[3].encode()\n"),
            in, out, QString::fromLatin1(signatureComment(*sig, t))});
        QVERIFY(c.waitForFinished(60000) && c.exitCode() == 0);
        const VerifyResult v = verifyFile(out, {pub(m_keyA)});
        QVERIFY(v.isSigned);
        QVERIFY(!v.verified);
        QVERIFY2(v.error.contains(QStringLiteral(".verification.dify.json")), qPrintable(v.error));
        // Re-signing strips the broken file: verified again, category langgenius.
        SignOptions o;
        o.outputPath = path(QStringLiteral("badverif-resigned.difypkg"));
        auto s = signPackage(out, *key, o);
        QVERIFY(s.hasValue());
        const VerifyResult v2 = verifyFile(s->outputPath, {pub(m_keyA)});
        QVERIFY(v2.verified);
        QCOMPARE(v2.category, QStringLiteral("langgenius"));
    }
};

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
