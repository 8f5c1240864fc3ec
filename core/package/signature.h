// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Dify package signatures (formats.md §3.8), compatible with the daemon and `dify signature`.
//
// Keys are RSA in PKCS#1 PEM only (`RSA PRIVATE KEY` / `RSA PUBLIC KEY`), like the daemon.
// Signed data = SHA256(entry bytes) for every entry in archive order, then the decimal Unix time;
// signature = RSASSA-PKCS1-v1_5 over SHA-256 of that; stored in the zip comment as compact JSON
// {"signature":"<base64>","time":<t>}. A `.verification.dify.json` entry carries the
// authorized category (langgenius, partner, community).

#include "core/common/result.h"
#include "core/package/packagereader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Studio::Package {

struct KeyHandle; // wraps an OpenSSL EVP_PKEY, private to signature.cpp

class PublicKey
{
public:
    bool isNull() const { return !m_key; }
    // "official" for the built-in Marketplace key, otherwise the file path (or a given label).
    QString label() const { return m_label; }
    int bits() const;
    std::shared_ptr<const KeyHandle> handle() const { return m_key; }

private:
    friend struct KeyAccess;
    std::shared_ptr<const KeyHandle> m_key;
    QString m_label;
};

class PrivateKey
{
public:
    bool isNull() const { return !m_key; }
    QString label() const { return m_label; }
    int bits() const;
    std::shared_ptr<const KeyHandle> handle() const { return m_key; }

private:
    friend struct KeyAccess;
    std::shared_ptr<const KeyHandle> m_key;
    QString m_label;
};

// Writes NAME.private.pem (mode 0600) and NAME.public.pem (0644): RSA, PKCS#1 PEM.
// Refuses to overwrite existing files. `bits` below 2048 is refused.
Result<void> generateKeyPair(const QString &baseName, int bits = 4096);

// PKCS#1 PEM only. A PKCS#8 (`PRIVATE KEY`) or SPKI (`PUBLIC KEY`) PEM gets an error that says
// how to convert it with openssl; data after the END line other than one line break is refused.
Result<PublicKey> loadPublicKey(const QString &path);
Result<PublicKey> loadPublicKeyFromPem(const QByteArray &pem, const QString &label);
Result<PrivateKey> loadPrivateKey(const QString &path);
Result<PrivateKey> loadPrivateKeyFromPem(const QByteArray &pem, const QString &label);
// The derived public key of a private key (for tests and "which key is this" displays).
PublicKey publicKeyOf(const PrivateKey &key);
// The Dify Marketplace key compiled in (`:/core/official_public_key.pem`), label "official".
PublicKey officialPublicKey();
// PEM text of a key (PKCS#1).
QByteArray publicKeyPem(const PublicKey &key);

// Normalises a category name: "LangGenius" -> "langgenius"; empty when not one of the three.
QString normalizedCategory(const QString &category);

struct SignResult
{
    QString outputPath;
    QString checksum;   // of the signed package (changes when a verification file is added)
    QString identifier; // author/name:version@checksum
    QString category;   // empty for a legacy comment-only signature
    qint64 time = 0;
};

struct SignOptions
{
    QString category;      // langgenius|partner|community (any case), empty = comment-only
    QString outputPath;    // default <dir>/<base>.signed.difypkg
    qint64 timeOverride = 0; // 0 = now (tests may fix the time)
};

// Signs an existing package exactly as §3.8 (strips an existing `.verification.dify.json`,
// re-emits entries in the original order with deflate, writes the comment), then re-opens and
// verifies the output with the key. Writes through a temporary file (never a half package).
Result<SignResult> signPackage(const QString &inPath, const PrivateKey &key, const SignOptions &options);
Result<SignResult> signPackage(const QString &inPath, const QString &privateKeyPath,
                               const QString &category, const QString &outPath = QString());

struct VerifyResult
{
    bool isSigned = false;  // the comment holds a signature JSON
    bool verified = false;  // a trusted key verifies it
    QString keyLabel;       // "official" or the key's label (file path)
    QString category;       // authorized_category; "langgenius" when verified without the file
    QString error;          // why it is unsigned/unverified, in words
    qint64 time = 0;        // signing time from the comment
};

// Verifies the package comment against the official key (if included) and `trustedKeys` in order.
VerifyResult verifyPackage(const PackageReader &reader, const QList<PublicKey> &trustedKeys,
                           bool includeOfficialKey = true);

// RSASSA-PKCS1-v1_5 / SHA-256 signature of `data` (low-level; signPackage is the normal entry).
Result<QByteArray> signData(const PrivateKey &key, const QByteArray &data);
// The zip comment for a signature: {"signature":"<base64>","time":<t>} (compact, sorted keys).
QByteArray signatureComment(const QByteArray &signature, qint64 time);

// The exact bytes that are signed: SHA256 of each entry in archive order + decimal time.
Result<QByteArray> signedData(const PackageReader &reader, qint64 time);

} // namespace Studio::Package
