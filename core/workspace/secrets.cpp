// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/secrets.h"
#include "core/common/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>

#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Studio::Workspace {


static const QByteArray kMagic = QByteArrayLiteral("SSv1");
constexpr int kNonce = 12;
constexpr int kTag = 16;

QByteArray randomBytes(int count)
{
    QByteArray b(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), count) != 1)
        return {};
    return b;
}

Result<QByteArray> FileKeyProvider::workspaceKey()
{
    if (!m_cached.isEmpty())
        return m_cached;
    // Two processes using a new workspace at the same moment must end up with one key: the new
    // key is written whole to a temporary file and hard-linked to its name, which fails when
    // another process made the key first; then that key is read. (Twice at most: once to create,
    // once to read what won.)
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile f(m_path);
        if (f.exists()) {
            if (!f.open(QIODevice::ReadOnly))
                return Error(ErrorCode::PermissionDenied,
                             StudioTr::tr("Cannot read the workspace key %1: %2. Check its owner and permissions.").arg(m_path, f.errorString()), m_path);
            const QByteArray hex = f.readAll().trimmed();
            const QByteArray key = QByteArray::fromHex(hex);
            if (key.size() != SecretBox::KeySize || hex.size() != SecretBox::KeySize * 2)
                return Error(ErrorCode::InvalidInput,
                             StudioTr::tr("The workspace key %1 is damaged (expected 64 hex digits). Restore it from a backup; "
                                "without it the stored secrets cannot be decrypted.").arg(m_path), m_path);
            if (QFileInfo(m_path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
                QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
            m_cached = key;
            return key;
        }
        const QByteArray key = randomBytes(SecretBox::KeySize);
        if (key.size() != SecretBox::KeySize)
            return Error(ErrorCode::IoError, StudioTr::tr("The system random generator failed; cannot create a workspace key."));
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QTemporaryFile tmp(m_path + QStringLiteral(".new-XXXXXX"));
        if (!tmp.open())
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the workspace key %1: %2").arg(m_path, tmp.errorString()), m_path);
        tmp.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        if (tmp.write(key.toHex() + '\n') != SecretBox::KeySize * 2 + 1 || !tmp.flush() || ::fsync(tmp.handle()) != 0)
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot write the workspace key %1: %2").arg(m_path, tmp.errorString()), m_path);
        if (::link(QFile::encodeName(tmp.fileName()).constData(), QFile::encodeName(m_path).constData()) == 0) {
            m_cached = key;
            return key;
        }
        if (errno != EEXIST)
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the workspace key %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))), m_path);
        // Another process made the key first: use that one.
    }
    return Error(ErrorCode::IoError, StudioTr::tr("Cannot create or read the workspace key %1.").arg(m_path), m_path);
}

VoidResult FileKeyProvider::store(const QByteArray &key)
{
    if (key.size() != SecretBox::KeySize)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The workspace key has the wrong size."));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the workspace key %1: %2").arg(m_path, out.errorString()), m_path);
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(key.toHex() + '\n');
    if (!out.commit())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write the workspace key %1: %2").arg(m_path, out.errorString()), m_path);
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_cached = key;
    return {};
}

VoidResult FileKeyProvider::remove()
{
    m_cached.clear();
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot remove the old workspace key file %1; delete it by hand.").arg(m_path), m_path);
    return {};
}

namespace {
struct CipherCtx
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    ~CipherCtx() { EVP_CIPHER_CTX_free(ctx); }
};
const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
} // namespace

Result<QByteArray> SecretBox::seal(const QByteArray &plain, const QByteArray &associatedData) const
{
    if (!isValid())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The workspace key has the wrong size."));
    const QByteArray nonce = randomBytes(kNonce);
    CipherCtx c;
    if (!c.ctx || nonce.size() != kNonce)
        return Error(ErrorCode::IoError, StudioTr::tr("Encryption is unavailable (OpenSSL failed)."));
    QByteArray out = kMagic + nonce;
    QByteArray cipher(plain.size() + 16, Qt::Uninitialized);
    int len = 0, total = 0;
    bool ok = EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) == 1
        && EVP_EncryptInit_ex(c.ctx, nullptr, nullptr, u(m_key), u(nonce)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_EncryptUpdate(c.ctx, nullptr, &len, u(associatedData), int(associatedData.size())) == 1;
    if (ok)
        ok = EVP_EncryptUpdate(c.ctx, reinterpret_cast<unsigned char *>(cipher.data()), &len, u(plain), int(plain.size())) == 1;
    total = len;
    if (ok)
        ok = EVP_EncryptFinal_ex(c.ctx, reinterpret_cast<unsigned char *>(cipher.data()) + total, &len) == 1;
    total += len;
    QByteArray tag(kTag, Qt::Uninitialized);
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTag, tag.data()) == 1;
    if (!ok)
        return Error(ErrorCode::IoError, StudioTr::tr("Encryption failed (OpenSSL)."));
    cipher.truncate(total);
    return QByteArray(out + cipher + tag);
}

Result<QByteArray> SecretBox::open(const QByteArray &sealed, const QByteArray &associatedData) const
{
    if (!isValid())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The workspace key has the wrong size."));
    if (sealed.size() < kMagic.size() + kNonce + kTag || !sealed.startsWith(kMagic))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("A stored secret is damaged (unknown format)."));
    const QByteArray nonce = sealed.mid(kMagic.size(), kNonce);
    const QByteArray cipher = sealed.mid(kMagic.size() + kNonce, sealed.size() - kMagic.size() - kNonce - kTag);
    QByteArray tag = sealed.right(kTag);
    CipherCtx c;
    QByteArray plain(cipher.size() + 16, Qt::Uninitialized);
    int len = 0, total = 0;
    bool ok = c.ctx && EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) == 1
        && EVP_DecryptInit_ex(c.ctx, nullptr, nullptr, u(m_key), u(nonce)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_DecryptUpdate(c.ctx, nullptr, &len, u(associatedData), int(associatedData.size())) == 1;
    if (ok)
        ok = EVP_DecryptUpdate(c.ctx, reinterpret_cast<unsigned char *>(plain.data()), &len, u(cipher), int(cipher.size())) == 1;
    total = len;
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTag, tag.data()) == 1;
    if (ok)
        ok = EVP_DecryptFinal_ex(c.ctx, reinterpret_cast<unsigned char *>(plain.data()) + total, &len) > 0;
    if (!ok)
        return Error(ErrorCode::SignatureInvalid,
                     StudioTr::tr("A stored secret cannot be decrypted: the workspace key is not the one it was saved with, "
                        "or the data was altered. Re-enter the secret."));
    total += len;
    plain.truncate(total);
    return plain;
}

QString maskSecret(const QString &value)
{
    if (value.size() > 6)
        return value.left(2) + QString(value.size() - 4, QLatin1Char('*')) + value.right(2);
    return QString(value.size(), QLatin1Char('*'));
}

QJsonObject maskSecretFields(const QJsonObject &values, const QStringList &secretFields)
{
    QJsonObject out = values;
    for (const QString &f : secretFields) {
        const QJsonValue v = out.value(f);
        if (v.isString())
            out.insert(f, maskSecret(v.toString()));
    }
    return out;
}

QJsonObject mergeHiddenValues(const QJsonObject &submitted, const QJsonObject &stored)
{
    QJsonObject out = submitted;
    for (auto it = submitted.begin(); it != submitted.end(); ++it) {
        if (it.value().isString() && it.value().toString() == HiddenValue) {
            if (stored.contains(it.key()))
                out.insert(it.key(), stored.value(it.key()));
            else
                out.remove(it.key());
        }
    }
    return out;
}

} // namespace Studio::Workspace
