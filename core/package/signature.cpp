// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/signature.h"
#include "core/common/tr.h"

#include "core/common/outputfile.h"
#include "core/package/checksum.h"
#include "core/package/manifestinfo.h"
#include "core/package/zipwriter_p.h"
#include "core/plugin/loader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <nlohmann/json.hpp>

namespace Studio::Package {

struct KeyHandle
{
    EVP_PKEY *pkey = nullptr;
    explicit KeyHandle(EVP_PKEY *k) : pkey(k) {}
    ~KeyHandle() { EVP_PKEY_free(pkey); }
    KeyHandle(const KeyHandle &) = delete;
    KeyHandle &operator=(const KeyHandle &) = delete;
};

struct KeyAccess
{
    static PublicKey makePublic(EVP_PKEY *k, const QString &label)
    {
        PublicKey p;
        p.m_key = std::make_shared<KeyHandle>(k);
        p.m_label = label;
        return p;
    }
    static PrivateKey makePrivate(EVP_PKEY *k, const QString &label)
    {
        PrivateKey p;
        p.m_key = std::make_shared<KeyHandle>(k);
        p.m_label = label;
        return p;
    }
};

namespace {

const QString kVerificationFile = QStringLiteral(".verification.dify.json");


QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (!e)
        return QStringLiteral("unknown OpenSSL error");
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

struct PemBlock
{
    QByteArray type;
    QByteArray der;
};

// Go's pem.Decode plus the daemon's "no extra data" rule: the END line may be followed by one
// line break only.
Result<PemBlock> decodePem(const QByteArray &text, const QString &label)
{
    const QByteArray begin("-----BEGIN ");
    qsizetype at = -1;
    for (qsizetype from = 0;;) {
        at = text.indexOf(begin, from);
        if (at < 0 || at == 0 || text.at(at - 1) == '\n')
            break;
        from = at + 1;
    }
    if (at < 0)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 is not a PEM file (no \"-----BEGIN\" line).").arg(label), label);
    const qsizetype typeEnd = text.indexOf("-----", at + begin.size());
    const qsizetype lineEnd = text.indexOf('\n', at);
    if (typeEnd < 0 || (lineEnd >= 0 && typeEnd > lineEnd))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 has a malformed BEGIN line.").arg(label), label);
    PemBlock block;
    block.type = text.mid(at + begin.size(), typeEnd - at - begin.size());
    const QByteArray endLine = "-----END " + block.type + "-----";
    const qsizetype bodyStart = lineEnd < 0 ? text.size() : lineEnd + 1;
    const qsizetype endAt = text.indexOf(endLine, bodyStart);
    if (endAt < 0)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 has no matching \"%2\" line.").arg(label, QString::fromLatin1(endLine)), label);
    const QByteArray body = text.mid(bodyStart, endAt - bodyStart);
    if (body.contains(':'))
        return Error(ErrorCode::Unsupported,
                     StudioTr::tr("%1 has PEM headers (an encrypted key?); use an unencrypted PKCS#1 key: "
                        "openssl rsa -in KEY -traditional -out key.rsa.pem").arg(label), label);
    QByteArray compact;
    for (char c : body) {
        if (c != '\n' && c != '\r' && c != ' ' && c != '\t')
            compact.append(c);
    }
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 has invalid base64 in its PEM body.").arg(label), label);
    block.der = *decoded;
    // What follows the END line: at most one line break ("\n" or "\r\n"), plus trailing blanks
    // on that same line (Go's getLine trims them).
    QByteArray rest = text.mid(endAt + endLine.size());
    const qsizetype nl = rest.indexOf('\n');
    const QByteArray sameLine = nl < 0 ? rest : rest.left(nl);
    if (!sameLine.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1: unexpected text after the END line.").arg(label), label);
    rest = nl < 0 ? QByteArray() : rest.mid(nl + 1);
    if (!rest.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("%1: extra data included in the PEM block (the Dify daemon refuses anything "
                        "after the END line except one line break). Remove the trailing blank lines "
                        "or other content.").arg(label), label);
    return block;
}

QByteArray encodePem(const QByteArray &type, const QByteArray &der)
{
    QByteArray out = "-----BEGIN " + type + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += "-----END " + type + "-----\n";
    return out;
}

QByteArray readFileLimited(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists()) {
        *error = StudioTr::tr("Key file not found: %1").arg(path);
        return {};
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = StudioTr::tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    if (f.size() > 1024 * 1024) {
        *error = StudioTr::tr("%1 is too large to be a PEM key.").arg(path);
        return {};
    }
    return f.readAll();
}

bool verifyWith(EVP_PKEY *pkey, const QByteArray &data, const QByteArray &sig)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx)
        return false;
    bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, pkey) == 1
              && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                                  reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
                     == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

Result<QByteArray> signWith(EVP_PKEY *pkey, const QByteArray &data)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx)
        return Error(ErrorCode::Unknown, StudioTr::tr("Out of memory."));
    size_t len = 0;
    QByteArray sig;
    bool ok = EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, pkey) == 1
              && EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) == 1;
    if (ok) {
        sig.resize(qsizetype(len));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                            reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) == 1;
        sig.resize(qsizetype(len));
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return Error(ErrorCode::Unknown, StudioTr::tr("Signing failed: %1").arg(opensslError()));
    return sig;
}

} // namespace

QByteArray signatureComment(const QByteArray &sig, qint64 time)
{
    // Compact JSON, keys sorted (nlohmann's default object is a sorted std::map).
    nlohmann::json j;
    j["signature"] = sig.toBase64().toStdString();
    j["time"] = time;
    return QByteArray::fromStdString(j.dump());
}

Result<QByteArray> signData(const PrivateKey &key, const QByteArray &data)
{
    if (key.isNull())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("No private key given."));
    return signWith(key.handle()->pkey, data);
}

int PublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key->pkey) : 0;
}

int PrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key->pkey) : 0;
}

Result<PublicKey> loadPublicKeyFromPem(const QByteArray &pem, const QString &label)
{
    auto block = decodePem(pem, label);
    if (!block)
        return block.error();
    if (block->type == "PUBLIC KEY")
        return Error(ErrorCode::Unsupported,
                     StudioTr::tr("%1 is an SPKI (\"PUBLIC KEY\") PEM; Dify needs PKCS#1 (\"RSA PUBLIC KEY\"). "
                        "Convert it: openssl rsa -pubin -in %1 -RSAPublicKey_out -out pub.rsa.pem").arg(label), label);
    if (block->type.contains("PRIVATE KEY"))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 is a private key; give the public key (NAME.public.pem).").arg(label), label);
    if (block->type != "RSA PUBLIC KEY")
        return Error(ErrorCode::Unsupported, StudioTr::tr("%1 holds a \"%2\" PEM block; Dify needs an \"RSA PUBLIC KEY\" (PKCS#1).")
                                                 .arg(label, QString::fromLatin1(block->type)), label);
    const auto *p = reinterpret_cast<const unsigned char *>(block->der.constData());
    EVP_PKEY *k = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(block->der.size()));
    if (!k)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 is not a valid PKCS#1 RSA public key: %2").arg(label, opensslError()), label);
    return KeyAccess::makePublic(k, label);
}

Result<PublicKey> loadPublicKey(const QString &path)
{
    QString err;
    const QByteArray data = readFileLimited(path, &err);
    if (!err.isEmpty())
        return Error(QFileInfo::exists(path) ? ErrorCode::IoError : ErrorCode::NotFound, err, path);
    return loadPublicKeyFromPem(data, path);
}

Result<PrivateKey> loadPrivateKeyFromPem(const QByteArray &pem, const QString &label)
{
    auto block = decodePem(pem, label);
    if (!block)
        return block.error();
    if (block->type == "PRIVATE KEY" || block->type == "ENCRYPTED PRIVATE KEY")
        return Error(ErrorCode::Unsupported,
                     StudioTr::tr("%1 is a PKCS#8 (\"%2\") PEM; Dify needs PKCS#1 (\"RSA PRIVATE KEY\"). "
                        "Convert it: openssl rsa -in %1 -traditional -out key.rsa.pem")
                         .arg(label, QString::fromLatin1(block->type)), label);
    if (block->type.contains("PUBLIC KEY"))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 is a public key; signing needs the private key (NAME.private.pem).").arg(label), label);
    if (block->type != "RSA PRIVATE KEY")
        return Error(ErrorCode::Unsupported, StudioTr::tr("%1 holds a \"%2\" PEM block; Dify needs an \"RSA PRIVATE KEY\" (PKCS#1).")
                                                 .arg(label, QString::fromLatin1(block->type)), label);
    const auto *p = reinterpret_cast<const unsigned char *>(block->der.constData());
    EVP_PKEY *k = d2i_PrivateKey(EVP_PKEY_RSA, nullptr, &p, long(block->der.size()));
    if (!k)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 is not a valid PKCS#1 RSA private key: %2").arg(label, opensslError()), label);
    return KeyAccess::makePrivate(k, label);
}

Result<PrivateKey> loadPrivateKey(const QString &path)
{
    QString err;
    const QByteArray data = readFileLimited(path, &err);
    if (!err.isEmpty())
        return Error(QFileInfo::exists(path) ? ErrorCode::IoError : ErrorCode::NotFound, err, path);
    return loadPrivateKeyFromPem(data, path);
}

QByteArray publicKeyPem(const PublicKey &key)
{
    if (key.isNull())
        return {};
    unsigned char *buf = nullptr;
    const int len = i2d_PublicKey(key.handle()->pkey, &buf);
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return encodePem("RSA PUBLIC KEY", der);
}

PublicKey publicKeyOf(const PrivateKey &key)
{
    if (key.isNull())
        return {};
    unsigned char *buf = nullptr;
    const int len = i2d_PublicKey(key.handle()->pkey, &buf);
    if (len <= 0)
        return {};
    const unsigned char *p = buf;
    EVP_PKEY *pub = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, len);
    OPENSSL_free(buf);
    if (!pub)
        return {};
    return KeyAccess::makePublic(pub, key.label());
}

PublicKey officialPublicKey()
{
    static const PublicKey key = [] {
        QFile f(QStringLiteral(":/core/official_public_key.pem"));
        if (!f.open(QIODevice::ReadOnly))
            return PublicKey();
        auto k = loadPublicKeyFromPem(f.readAll(), QStringLiteral("official"));
        return k ? *k : PublicKey();
    }();
    return key;
}

Result<void> generateKeyPair(const QString &baseName, int bits)
{
    if (bits < 2048)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("RSA keys shorter than 2048 bits are not accepted."));
    const QString privPath = baseName + QStringLiteral(".private.pem");
    const QString pubPath = baseName + QStringLiteral(".public.pem");
    OutputOptions privOut;
    privOut.overwrite = false; // a key is never replaced
    privOut.permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    OutputOptions pubOut;
    pubOut.overwrite = false;
    for (const auto &[path, opts] : {std::pair{privPath, privOut}, std::pair{pubPath, pubOut}}) {
        if (auto ok = OutputFile::checkTarget(path, opts); !ok)
            return ok.error();
    }
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *pkey = nullptr;
    const bool ok = ctx && EVP_PKEY_keygen_init(ctx) == 1
                    && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits) == 1
                    && EVP_PKEY_generate(ctx, &pkey) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!ok)
        return Error(ErrorCode::Unknown, StudioTr::tr("Key generation failed: %1").arg(opensslError()));
    PrivateKey priv = KeyAccess::makePrivate(pkey, privPath);
    unsigned char *buf = nullptr;
    const int len = i2d_PrivateKey(pkey, &buf);
    if (len <= 0)
        return Error(ErrorCode::Unknown, StudioTr::tr("Cannot encode the private key: %1").arg(opensslError()));
    const QByteArray privPem = encodePem("RSA PRIVATE KEY", QByteArray(reinterpret_cast<const char *>(buf), len));
    OPENSSL_cleanse(buf, size_t(len));
    OPENSSL_free(buf);
    const QByteArray pubPem = publicKeyPem(publicKeyOf(priv));

    // The private key's temporary file is created 0600 before any secret byte is written.
    if (auto ok = OutputFile::writeAll(privPath, privPem, privOut); !ok)
        return ok.error();
    if (auto ok = OutputFile::writeAll(pubPath, pubPem, pubOut); !ok) {
        QFile::remove(privPath);
        return ok.error();
    }
    return {};
}

QString normalizedCategory(const QString &category)
{
    const QString c = category.trimmed().toLower();
    if (c == QLatin1String("langgenius") || c == QLatin1String("partner") || c == QLatin1String("community"))
        return c;
    return QString();
}

Result<QByteArray> signedData(const PackageReader &reader, qint64 time)
{
    QByteArray data;
    data.reserve(reader.entries().size() * 32 + 20);
    // The digests open() computed while checking every entry: nothing is inflated again.
    for (const QByteArray &digest : reader.contentDigests())
        data += digest;
    data += QByteArray::number(time);
    return data;
}

VerifyResult verifyPackage(const PackageReader &reader, const QList<PublicKey> &trustedKeys, bool includeOfficialKey)
{
    VerifyResult r;
    const QByteArray comment = reader.comment();
    if (comment.isEmpty()) {
        r.error = StudioTr::tr("The package is not signed (no signature in the archive comment).");
        return r;
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(comment, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        r.error = StudioTr::tr("The archive comment is not a signature (not JSON); the package is unsigned or damaged.");
        return r;
    }
    const QJsonObject obj = doc.object();
    const QJsonValue sigVal = obj.value(QStringLiteral("signature"));
    const QJsonValue timeVal = obj.value(QStringLiteral("time"));
    // The daemon decodes "time" into a Go int64: a fraction or a number out of its range is no
    // signature (and a double outside qint64 must not be converted: that is undefined behaviour).
    constexpr qint64 notAnInteger = std::numeric_limits<qint64>::min();
    const qint64 time = timeVal.isDouble() ? timeVal.toInteger(notAnInteger) : notAnInteger;
    if (!sigVal.isString() || time == notAnInteger) {
        r.error = StudioTr::tr("The archive comment has no valid \"signature\"/\"time\" fields; the package is unsigned or damaged.");
        return r;
    }
    r.isSigned = true;
    r.time = time;
    auto sig = QByteArray::fromBase64Encoding(sigVal.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!sig || sigVal.toString().size() % 4 != 0) {
        r.error = StudioTr::tr("The signature is not valid base64; the package was modified after signing.");
        return r;
    }
    auto data = signedData(reader, r.time);
    if (!data) {
        r.error = data.error().message;
        return r;
    }
    QList<PublicKey> keys;
    if (includeOfficialKey) {
        const PublicKey official = officialPublicKey();
        if (!official.isNull())
            keys << official;
    }
    keys << trustedKeys;
    if (keys.isEmpty()) {
        r.error = StudioTr::tr("No trusted key to verify with.");
        return r;
    }
    for (const PublicKey &k : keys) {
        if (!k.isNull() && verifyWith(k.handle()->pkey, *data, *sig)) {
            r.verified = true;
            r.keyLabel = k.label();
            break;
        }
    }
    if (!r.verified) {
        r.error = StudioTr::tr("The signature does not match any trusted key (%1 tried): the package was "
                     "modified after signing or signed with another key.").arg(keys.size());
        return r;
    }
    if (reader.contains(kVerificationFile)) {
        auto v = reader.read(kVerificationFile);
        const QJsonDocument vd = v ? QJsonDocument::fromJson(*v, &perr) : QJsonDocument();
        if (!v || perr.error != QJsonParseError::NoError || !vd.isObject()) {
            r.verified = false;
            r.error = StudioTr::tr("%1 is not valid JSON; the daemon refuses the package.").arg(kVerificationFile);
            return r;
        }
        r.category = vd.object().value(QStringLiteral("authorized_category")).toString();
    } else {
        r.category = QStringLiteral("langgenius");
    }
    return r;
}

Result<SignResult> signPackage(const QString &inPath, const PrivateKey &key, const SignOptions &options)
{
    if (key.isNull())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("No private key given."));
    QString category;
    if (!options.category.isEmpty()) {
        category = normalizedCategory(options.category);
        if (category.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         StudioTr::tr("Unknown category \"%1\"; use langgenius, partner or community.").arg(options.category));
    }
    auto reader = PackageReader::open(inPath);
    if (!reader)
        return reader.error();
    auto manifest = readManifestSummary((*reader)->fileSet());
    if (!manifest)
        return Error(manifest.error().code,
                     StudioTr::tr("%1 does not decode as a plugin: %2").arg(inPath, manifest.error().toString()), inPath);
    // Like `dify signature sign`: the manifest and every referenced YAML file must decode.
    if (const Plugin::LoadResult loaded = Plugin::loadPlugin((*reader)->fileSet()); !loaded.ok)
        return Error(ErrorCode::ValidationFailed,
                     StudioTr::tr("%1 does not decode as a plugin: %2").arg(inPath, loaded.firstError()), inPath);

    QList<Internal::ZipInput> entries;
    QByteArray data;
    for (const ZipEntry &e : (*reader)->entries()) {
        if (e.name == kVerificationFile)
            continue; // re-signing: never carry the old verification object along
        auto bytes = (*reader)->read(e.name);
        if (!bytes)
            return bytes.error();
        data += QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256);
        entries.append({e.name, *bytes});
    }
    if (!category.isEmpty()) {
        const QByteArray v = QByteArray::fromStdString(nlohmann::json{{"authorized_category", category.toStdString()}}.dump());
        data += QCryptographicHash::hash(v, QCryptographicHash::Sha256);
        entries.append({kVerificationFile, v});
    }
    const qint64 t = options.timeOverride > 0 ? options.timeOverride : QDateTime::currentSecsSinceEpoch();
    data += QByteArray::number(t);
    auto sig = signWith(key.handle()->pkey, data);
    if (!sig)
        return sig.error();

    QString out = options.outputPath;
    if (out.isEmpty()) {
        const QFileInfo fi(inPath);
        const QString suffix = fi.completeSuffix().isEmpty() ? QString() : QLatin1Char('.') + fi.suffix();
        QString base = fi.fileName();
        if (!suffix.isEmpty())
            base.chop(suffix.size());
        out = fi.absolutePath() + QLatin1Char('/') + base + QStringLiteral(".signed") + suffix;
    }
    OutputOptions output;
    output.protectedFiles << inPath; // signing in place would lose the unsigned package
    auto written = Internal::writeZip(out, entries, signatureComment(*sig, t), nullptr, nullptr, output);
    if (!written)
        return written.error();

    // Re-open the output and verify it with the key we signed with.
    auto check = PackageReader::open(out);
    if (!check) {
        QFile::remove(out);
        return Error(check.error().code, StudioTr::tr("The signed package does not re-open: %1").arg(check.error().message), out);
    }
    const VerifyResult vr = verifyPackage(**check, {publicKeyOf(key)}, false);
    if (!vr.verified) {
        QFile::remove(out);
        return Error(ErrorCode::SignatureInvalid, StudioTr::tr("The signed package does not verify: %1").arg(vr.error), out);
    }
    auto sum = (*check)->checksum();
    if (!sum)
        return sum.error();
    SignResult res;
    res.outputPath = out;
    res.checksum = *sum;
    res.identifier = uniqueIdentifier(manifest->author, manifest->name, manifest->version, *sum);
    res.category = category;
    res.time = t;
    return res;
}

Result<SignResult> signPackage(const QString &inPath, const QString &privateKeyPath,
                               const QString &category, const QString &outPath)
{
    auto key = loadPrivateKey(privateKeyPath);
    if (!key)
        return key.error();
    SignOptions o;
    o.category = category;
    o.outputPath = outPath;
    return signPackage(inPath, *key, o);
}

} // namespace Studio::Package
