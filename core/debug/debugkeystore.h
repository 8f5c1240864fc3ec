// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Debug keys for the remote-debug server (protocol.md §4.2). A key is a UUIDv4 string. Keys expire
// after a sliding window of non-use (default 2 h); several keys may be valid at once while a key is
// being rotated (the old one stays valid until it expires or is revoked).

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Studio::Debug {

class DebugKeyStore : public QObject
{
    Q_OBJECT
public:
    explicit DebugKeyStore(QObject *parent = nullptr);

    // The key to show to the developer. Creates one if there is none (or it has expired).
    QString currentKey();
    // Makes a fresh current key; the previous key stays valid until it expires or is revoked.
    QString rotate();
    // Installs a given key as the current one (e.g. `--key` on the CLI). Returns false if it is empty.
    bool setCurrentKey(const QString &key);
    void revoke(const QString &key);
    void revokeAllExceptCurrent();

    // True when `key` is known and not expired; a successful check refreshes its expiry (sliding).
    bool validate(const QString &key);
    bool isValid(const QString &key) const; // no refresh
    QStringList validKeys() const;

    // Sliding expiry window; default 2 hours. <= 0 means keys never expire.
    void setExpiry(qint64 msecs) { m_expiryMs = msecs; }
    qint64 expiry() const { return m_expiryMs; }
    QDateTime expiresAt(const QString &key) const;

    // Replaces the clock (tests). Returns msecs since epoch.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // "8d3f0c7e********0c2d7e9b4a33"-style mask for display (first 8, last 8).
    static QString masked(const QString &key);
    static QString generateKey(); // UUIDv4 text without braces

signals:
    void currentKeyChanged(const QString &key);

private:
    qint64 now() const { return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(); }
    void purge();
    QHash<QString, qint64> m_lastUse; // key -> msecs of last use
    QString m_current;
    qint64 m_expiryMs = 2LL * 60 * 60 * 1000;
    std::function<qint64()> m_clock;
};

} // namespace Studio::Debug
