// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Secrets at rest (install-and-marketplace.md §4.1, §4.3): AES-256-GCM with a 32-byte workspace
// key. The key comes from a KeyProvider: the GUI passes one backed by the OS keychain
// (QtKeychain); the core default is a 0600 file `workspace.key` in the data folder.
// Sealed format: "SSv1" | 12-byte random nonce | ciphertext | 16-byte tag. The associated data
// binds a value to its row (e.g. "credential:<id>") so sealed blobs cannot be swapped between rows.

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Studio::Workspace {

class KeyProvider
{
public:
    virtual ~KeyProvider() = default;
    // The 32-byte workspace key, created on first use.
    virtual Result<QByteArray> workspaceKey() = 0;
    // Where the key lives, for messages ("OS keychain", a file path).
    virtual QString describe() const = 0;
    // "file" or "keychain" (the value recorded in the workspace's `key_store` setting).
    virtual QString storeName() const { return QStringLiteral("file"); }
};

class FileKeyProvider final : public KeyProvider
{
public:
    explicit FileKeyProvider(QString path) : m_path(std::move(path)) {}
    Result<QByteArray> workspaceKey() override;
    QString describe() const override { return m_path; }
    QString path() const { return m_path; }
    // Writes `key` (32 bytes) as the key file (0600, atomic replace); used when a key moves here.
    VoidResult store(const QByteArray &key);
    // Removes the key file (after the key moved elsewhere).
    VoidResult remove();

private:
    QString m_path;
    QByteArray m_cached;
};

class SecretBox
{
public:
    static constexpr int KeySize = 32;
    explicit SecretBox(QByteArray key) : m_key(std::move(key)) {}
    bool isValid() const { return m_key.size() == KeySize; }
    Result<QByteArray> seal(const QByteArray &plain, const QByteArray &associatedData = {}) const;
    Result<QByteArray> open(const QByteArray &sealed, const QByteArray &associatedData = {}) const;

private:
    QByteArray m_key;
};

// Fresh random bytes from OpenSSL's CSPRNG (empty on failure).
QByteArray randomBytes(int count);

// The sentinel a form sends back for a secret the user did not change.
inline const QString HiddenValue = QStringLiteral("[__HIDDEN__]");

// Daemon-style mask: first 2 + '*' * (n-4) + last 2 when longer than 6 chars, else all '*'.
QString maskSecret(const QString &value);
// Masks the named fields of a settings/credentials object (strings only).
QJsonObject maskSecretFields(const QJsonObject &values, const QStringList &secretFields);
// For saving a form: every field whose submitted value is HiddenValue takes the stored value.
QJsonObject mergeHiddenValues(const QJsonObject &submitted, const QJsonObject &stored);

} // namespace Studio::Workspace
