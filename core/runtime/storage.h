// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plugin key/value storage for reverse `storage` calls (protocol.md §6.5), scoped by plugin id
// (author/name, version-independent). Quotas are checked BEFORE anything is written.

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace Studio::Runtime {

// Key rules of the daemon: <= 256 chars; after path cleaning no "..", "//" or "\".
// Returns the error text of protocol.md §6.5 for a refused key.
VoidResult validateStorageKey(const QString &key);

class StorageBackend
{
public:
    virtual ~StorageBackend() = default;
    // `quota`: the plugin's manifest storage.size (0 = only the global cap applies).
    virtual Result<QByteArray> get(const QString &pluginId, const QString &key) = 0;
    virtual VoidResult set(const QString &pluginId, const QString &key, const QByteArray &value, qint64 quota) = 0;
    virtual Result<int> remove(const QString &pluginId, const QString &key) = 0; // rows deleted (0/1)
    virtual Result<bool> exists(const QString &pluginId, const QString &key) = 0;
    virtual Result<qint64> usage(const QString &pluginId) = 0; // bytes stored
};

class SqliteStorage : public StorageBackend
{
public:
    explicit SqliteStorage(const QString &dbPath);
    ~SqliteStorage() override;
    VoidResult open(); // creates the file and table; other calls open lazily

    void setGlobalCap(qint64 bytes) { m_globalCap = bytes; } // default 100 MiB (daemon default)
    qint64 globalCap() const { return m_globalCap; }
    QString path() const { return m_path; }

    Result<QByteArray> get(const QString &pluginId, const QString &key) override;
    VoidResult set(const QString &pluginId, const QString &key, const QByteArray &value, qint64 quota) override;
    Result<int> remove(const QString &pluginId, const QString &key) override;
    Result<bool> exists(const QString &pluginId, const QString &key) override;
    Result<qint64> usage(const QString &pluginId) override;

private:
    QString m_path;
    QString m_connectionName;
    qint64 m_globalCap = 104857600;
    bool m_open = false;
};

} // namespace Studio::Runtime
