// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Studio::Runtime {

namespace {

// Go's path.Clean semantics are close enough to QDir::cleanPath for '/' separated keys; we keep
// backslashes as they are so the check below sees them.
QString cleanKey(const QString &key)
{
    return QDir::cleanPath(key);
}

} // namespace

VoidResult validateStorageKey(const QString &key)
{
    if (key.isEmpty())
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Studio", "invalid key: the key is empty"));
    const QString cleaned = cleanKey(key);
    if (cleaned.contains(QLatin1String("..")) || cleaned.contains(QLatin1String("//"))
        || cleaned.contains(QLatin1Char('\\')))
        return Error(ErrorCode::Unsafe, QStringLiteral("invalid key: path traversal attempt detected"));
    if (key.toUtf8().size() > 256)
        return Error(ErrorCode::TooLarge, QStringLiteral("key length must be less than 256 characters"));
    return {};
}

SqliteStorage::SqliteStorage(const QString &dbPath)
    : m_path(dbPath), m_connectionName(QStringLiteral("studio-storage-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

SqliteStorage::~SqliteStorage()
{
    if (m_open) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

VoidResult SqliteStorage::open()
{
    if (m_open)
        return {};
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("Studio", "cannot create the folder of the storage database %1")
                         .arg(m_path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("Studio", "cannot open the storage database %1: %2").arg(m_path, err));
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS plugin_storage (plugin_id TEXT NOT NULL, key TEXT NOT NULL, "
                               "value BLOB NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (plugin_id, key))"))) {
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("Studio", "cannot create the storage table in %1: %2")
                         .arg(m_path, q.lastError().text()));
    }
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    m_open = true;
    return {};
}

#define STUDIO_STORAGE_OPEN()                                                                                          \
    if (auto r = open(); !r)                                                                                           \
        return r.error();                                                                                              \
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);

Result<QByteArray> SqliteStorage::get(const QString &pluginId, const QString &key)
{
    if (auto r = validateStorageKey(key); !r)
        return r.error();
    STUDIO_STORAGE_OPEN()
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM plugin_storage WHERE plugin_id = ? AND key = ?"));
    q.addBindValue(pluginId);
    q.addBindValue(cleanKey(key));
    if (!q.exec())
        return Error(ErrorCode::IoError, q.lastError().text());
    if (!q.next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("Studio", "no value is stored under the key \"%1\"").arg(key));
    return q.value(0).toByteArray();
}

VoidResult SqliteStorage::set(const QString &pluginId, const QString &key, const QByteArray &value, qint64 quota)
{
    if (auto r = validateStorageKey(key); !r)
        return r.error();
    STUDIO_STORAGE_OPEN()
    if (!db.transaction())
        return Error(ErrorCode::IoError, db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(length(value)), 0) FROM plugin_storage WHERE plugin_id = ?"));
    q.addBindValue(pluginId);
    if (!q.exec() || !q.next()) {
        db.rollback();
        return Error(ErrorCode::IoError, q.lastError().text());
    }
    const qint64 total = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT length(value) FROM plugin_storage WHERE plugin_id = ? AND key = ?"));
    q.addBindValue(pluginId);
    q.addBindValue(cleanKey(key));
    if (!q.exec()) {
        db.rollback();
        return Error(ErrorCode::IoError, q.lastError().text());
    }
    const qint64 oldSize = q.next() ? q.value(0).toLongLong() : 0;
    const qint64 newTotal = total - oldSize + value.size();
    qint64 limit = m_globalCap;
    if (quota > 0 && quota < limit)
        limit = quota;
    if (newTotal > limit) {
        db.rollback();
        return Error(ErrorCode::TooLarge,
                     QStringLiteral("allocated size is greater than max storage size")
                         + QCoreApplication::translate("Studio",
                               " (%1 bytes would be stored, the limit is %2 bytes; raise resource.permission.storage.size "
                               "in manifest.yaml or delete keys)")
                               .arg(newTotal).arg(limit));
    }
    q.prepare(QStringLiteral("INSERT INTO plugin_storage (plugin_id, key, value, updated_at) VALUES (?, ?, ?, "
                             "strftime('%s','now')) ON CONFLICT(plugin_id, key) DO UPDATE SET value = excluded.value, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(pluginId);
    q.addBindValue(cleanKey(key));
    q.addBindValue(value.isNull() ? QByteArray("") : value);
    if (!q.exec()) {
        db.rollback();
        return Error(ErrorCode::IoError, q.lastError().text());
    }
    if (!db.commit())
        return Error(ErrorCode::IoError, db.lastError().text());
    return {};
}

Result<int> SqliteStorage::remove(const QString &pluginId, const QString &key)
{
    if (auto r = validateStorageKey(key); !r)
        return r.error();
    STUDIO_STORAGE_OPEN()
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM plugin_storage WHERE plugin_id = ? AND key = ?"));
    q.addBindValue(pluginId);
    q.addBindValue(cleanKey(key));
    if (!q.exec())
        return Error(ErrorCode::IoError, q.lastError().text());
    return q.numRowsAffected();
}

Result<bool> SqliteStorage::exists(const QString &pluginId, const QString &key)
{
    if (auto r = validateStorageKey(key); !r)
        return r.error();
    STUDIO_STORAGE_OPEN()
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM plugin_storage WHERE plugin_id = ? AND key = ?"));
    q.addBindValue(pluginId);
    q.addBindValue(cleanKey(key));
    if (!q.exec())
        return Error(ErrorCode::IoError, q.lastError().text());
    return q.next();
}

Result<qint64> SqliteStorage::usage(const QString &pluginId)
{
    STUDIO_STORAGE_OPEN()
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(length(value)), 0) FROM plugin_storage WHERE plugin_id = ?"));
    q.addBindValue(pluginId);
    if (!q.exec() || !q.next())
        return Error(ErrorCode::IoError, q.lastError().text());
    return q.value(0).toLongLong();
}

#undef STUDIO_STORAGE_OPEN

} // namespace Studio::Runtime
