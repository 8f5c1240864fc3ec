// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/workspace.h"
#include "core/common/tr.h"

#include "core/workspace/installtask.h"
#include "core/workspace/keychain.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace Studio::Workspace {


namespace {

std::atomic_int g_connectionCounter{0};

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject fromJson(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

Error dbError(const QSqlQuery &q, const QString &what)
{
    return Error(ErrorCode::IoError, StudioTr::tr("Workspace database error while %1: %2").arg(what, q.lastError().text()));
}

// Runs a statement with positional bindings.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, const QString &what)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return dbError(q, what);
    for (const QVariant &b : binds) {
        // A null QString would bind as SQL NULL; text columns here are NOT NULL.
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    if (!q.exec())
        return dbError(q, what);
    return q;
}

// Schema migrations: index i brings the schema from version i to i+1.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> m{
        {
            QStringLiteral("CREATE TABLE plugins (plugin_id TEXT PRIMARY KEY, version TEXT NOT NULL, "
                           "unique_identifier TEXT NOT NULL, source TEXT NOT NULL, source_meta TEXT NOT NULL DEFAULT '{}', "
                           "category TEXT NOT NULL DEFAULT '', label TEXT NOT NULL DEFAULT '', "
                           "signature_category TEXT NOT NULL DEFAULT '', signed INTEGER NOT NULL DEFAULT 0, "
                           "verified INTEGER NOT NULL DEFAULT 0, install_path TEXT NOT NULL, installed_at TEXT NOT NULL, "
                           "enabled INTEGER NOT NULL DEFAULT 1, auto_upgrade TEXT NOT NULL DEFAULT 'disabled')"),
            QStringLiteral("CREATE TABLE install_tasks (id TEXT PRIMARY KEY, status TEXT NOT NULL, source TEXT NOT NULL, "
                           "plugin_id TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '', "
                           "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE endpoints (id TEXT PRIMARY KEY, hook_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                           "plugin_id TEXT NOT NULL, settings BLOB NOT NULL, enabled INTEGER NOT NULL DEFAULT 1, "
                           "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE credentials (id TEXT PRIMARY KEY, plugin_id TEXT NOT NULL, provider TEXT NOT NULL, "
                           "name TEXT NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL, is_default INTEGER NOT NULL DEFAULT 0, "
                           "expires_at INTEGER NOT NULL DEFAULT -1, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE oauth_clients (plugin_id TEXT NOT NULL, provider TEXT NOT NULL, enabled INTEGER NOT NULL, "
                           "params BLOB NOT NULL, PRIMARY KEY (plugin_id, provider))"),
            QStringLiteral("CREATE TABLE trusted_keys (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
                           "pem BLOB NOT NULL UNIQUE, added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL DEFAULT '', secret BLOB)"),
            QStringLiteral("CREATE INDEX credentials_plugin ON credentials (plugin_id, provider)"),
            QStringLiteral("CREATE INDEX endpoints_plugin ON endpoints (plugin_id)"),
        },
    };
    return m;
}

InstalledPlugin pluginFromQuery(const QSqlQuery &q)
{
    InstalledPlugin p;
    p.pluginId = q.value(0).toString();
    p.version = q.value(1).toString();
    p.uniqueIdentifier = q.value(2).toString();
    p.source = q.value(3).toString();
    p.sourceMeta = fromJson(q.value(4).toString());
    p.category = q.value(5).toString();
    p.label = q.value(6).toString();
    p.signatureCategory = q.value(7).toString();
    p.isSigned = q.value(8).toBool();
    p.verified = q.value(9).toBool();
    p.installPath = q.value(10).toString();
    p.installedAt = fromIso(q.value(11).toString());
    p.enabled = q.value(12).toBool();
    p.autoUpgrade = autoUpgradeFromName(q.value(13).toString()).value_or(AutoUpgrade::Disabled);
    return p;
}

const char *kPluginColumns = "plugin_id, version, unique_identifier, source, source_meta, category, label, "
                             "signature_category, signed, verified, install_path, installed_at, enabled, auto_upgrade";

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QString WorkspaceStore::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
}

Result<std::unique_ptr<WorkspaceStore>> WorkspaceStore::open(const QString &dataDir, std::shared_ptr<KeyProvider> keys)
{
    const QString dir = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(dir) || !QDir().mkpath(dir + QStringLiteral("/plugins")) || !QDir().mkpath(dir + QStringLiteral("/downloads")))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the workspace folder %1; choose a writable folder with --workspace.").arg(dir), dir);
    std::unique_ptr<WorkspaceStore> ws(new WorkspaceStore);
    ws->m_dir = dir;
    ws->m_keys = std::move(keys);
    ws->m_connection = QStringLiteral("studio-workspace-%1").arg(++g_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connection);
        db.setDatabaseName(ws->databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot open the workspace database %1: %2").arg(ws->databasePath(), db.lastError().text()),
                         ws->databasePath());
        QFile::setPermissions(ws->databasePath(), QFile::ReadOwner | QFile::WriteOwner);
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    if (VoidResult m = ws->migrate(); !m)
        return m.error();
    // No provider given: where the `key_store` setting says the key lives (a file by default).
    if (!ws->m_keys)
        ws->m_keys = recordedKeyProvider(*ws);
    ws->failInterruptedTasks();
    ws->m_cleaned = ws->cleanupStale();
    return ws;
}

WorkspaceStore::~WorkspaceStore()
{
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString WorkspaceStore::databasePath() const { return m_dir + QStringLiteral("/workspace.db"); }
QString WorkspaceStore::storageDbPath() const { return m_dir + QStringLiteral("/storage.db"); }
QString WorkspaceStore::pluginsDir() const { return m_dir + QStringLiteral("/plugins"); }
QString WorkspaceStore::downloadsDir() const { return m_dir + QStringLiteral("/downloads"); }
QString WorkspaceStore::installLockPath() const { return m_dir + QStringLiteral("/install.lock"); }

int WorkspaceStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

VoidResult WorkspaceStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int current = schemaVersion();
    if (current < 0) {
        QSqlQuery probe(db);
        probe.exec(QStringLiteral("PRAGMA user_version"));
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("The workspace database %1 is damaged or not an SQLite file (%2). Move it away to start a fresh "
                        "workspace, or restore it from a backup.").arg(databasePath(), probe.lastError().text()),
                     databasePath());
    }
    if (current > SchemaVersion)
        return Error(ErrorCode::Unsupported,
                     StudioTr::tr("The workspace %1 was written by a newer Plugin Studio (schema %2, this one knows %3); update Plugin Studio.")
                         .arg(m_dir).arg(current).arg(SchemaVersion));
    if (current == SchemaVersion)
        return {};
    // Processes that open a new workspace at the same moment (the studio and a CLI, a CI matrix)
    // must not both migrate: the migration runs under SQLite's write lock, taken up front with
    // BEGIN IMMEDIATE (which waits up to the busy timeout for another process's migration to
    // end), and reads the version again inside, so exactly one process creates the tables and
    // the others find them. A lock still held after the busy timeout is retried a few times.
    QString lastError;
    bool locked = false;
    for (int attempt = 0; attempt < 4 && !locked; ++attempt) {
        QSqlQuery begin(db);
        locked = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!locked) {
            lastError = begin.lastError().text();
            QThread::msleep(100u << attempt);
        }
    }
    if (!locked)
        return Error(ErrorCode::Conflict,
                     StudioTr::tr("The workspace database %1 stays locked by another process (%2); close the other Plugin "
                                  "Studio or CLI using it and try again.").arg(databasePath(), lastError),
                     databasePath());
    auto rollback = [&db] {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK"));
    };
    int v = schemaVersion();
    if (v < 0 || v > SchemaVersion) {
        rollback();
        return v < 0 ? Error(ErrorCode::IoError, StudioTr::tr("Cannot read the schema version of %1.").arg(databasePath()), databasePath())
                     : Error(ErrorCode::Unsupported,
                             StudioTr::tr("The workspace %1 was written by a newer Plugin Studio (schema %2, this one knows %3); update Plugin Studio.")
                                 .arg(m_dir).arg(v).arg(SchemaVersion));
    }
    for (; v < SchemaVersion; ++v) {
        for (const QString &sql : migrations().at(v)) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                const Error e = dbError(q, StudioTr::tr("migrating the schema to version %1").arg(v + 1));
                rollback();
                return e;
            }
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1))) {
            const Error e = dbError(q, StudioTr::tr("migrating the schema to version %1").arg(v + 1));
            rollback();
            return e;
        }
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString why = commit.lastError().text();
        rollback();
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot commit the schema migration: %1").arg(why));
    }
    return {};
}

QStringList WorkspaceStore::cleanupStale()
{
    QStringList removed;
    QLockFile lock(installLockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return removed; // another process is installing right now
    // A bundle install killed half-way is undone first (installtask.h); its new folders then go below.
    (void)recoverInterruptedBundle(*this);
    QDirIterator authors(pluginsDir(), QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    while (authors.hasNext()) {
        const QString authorDir = authors.next();
        QDirIterator it(authorDir, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        QStringList victims;
        while (it.hasNext()) {
            const QString d = it.next();
            const QString name = it.fileName();
            if (name.startsWith(QLatin1Char('.')) || !isFolderReferenced(d))
                victims << d;
        }
        for (const QString &d : victims)
            if (QDir(d).removeRecursively())
                removed << d;
        QDir().rmdir(authorDir); // only when empty
    }
    const QFileInfoList downloads = QDir(downloadsDir()).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &fi : downloads) {
        if (fi.isDir() ? QDir(fi.absoluteFilePath()).removeRecursively() : QFile::remove(fi.absoluteFilePath()))
            removed << fi.absoluteFilePath();
    }
    return removed;
}

// ---------------------------------------------------------------- plugins

QList<InstalledPlugin> WorkspaceStore::installedPlugins() const
{
    QList<InstalledPlugin> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT %1 FROM plugins ORDER BY plugin_id").arg(QLatin1String(kPluginColumns))))
        while (q.next())
            out.append(pluginFromQuery(q));
    return out;
}

std::optional<InstalledPlugin> WorkspaceStore::installed(const QString &pluginId) const
{
    auto q = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("SELECT %1 FROM plugins WHERE plugin_id = ?").arg(QLatin1String(kPluginColumns)), {pluginId},
                 QStringLiteral("reading a plugin"));
    if (q && q->next())
        return pluginFromQuery(*q);
    return std::nullopt;
}

Result<std::optional<InstalledPlugin>> WorkspaceStore::putInstalled(const InstalledPlugin &p)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    const std::optional<InstalledPlugin> previous = installed(p.pluginId);
    auto del = run(db, QStringLiteral("DELETE FROM plugins WHERE plugin_id = ?"), {p.pluginId}, StudioTr::tr("replacing a plugin"));
    auto ins = del ? run(db,
                         QStringLiteral("INSERT INTO plugins (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kPluginColumns)),
                         {p.pluginId, p.version, p.uniqueIdentifier, p.source, QString::fromUtf8(toJson(p.sourceMeta)), p.category,
                          p.label, p.signatureCategory, p.isSigned ? 1 : 0, p.verified ? 1 : 0, p.installPath,
                          (p.installedAt.isValid() ? p.installedAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs),
                          p.enabled ? 1 : 0,
                          autoUpgradeName(previous ? previous->autoUpgrade : p.autoUpgrade)},
                         StudioTr::tr("recording the installation"))
                   : Result<QSqlQuery>(del.error());
    if (!ins) {
        db.rollback();
        return ins.error();
    }
    if (!db.commit())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot commit the installation: %1").arg(db.lastError().text()));
    return previous;
}

Result<InstalledPlugin> WorkspaceStore::removeInstalled(const QString &pluginId, bool keepCredentials)
{
    const std::optional<InstalledPlugin> row = installed(pluginId);
    if (!row)
        return Error(ErrorCode::NotFound, StudioTr::tr("The plugin %1 is not installed in this workspace; see `list`.").arg(pluginId));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QStringList statements{QStringLiteral("DELETE FROM plugins WHERE plugin_id = ?")};
    if (!keepCredentials)
        statements << QStringLiteral("DELETE FROM credentials WHERE plugin_id = ?") << QStringLiteral("DELETE FROM endpoints WHERE plugin_id = ?")
                   << QStringLiteral("DELETE FROM oauth_clients WHERE plugin_id = ?");
    for (const QString &sql : statements) {
        auto r = run(db, sql, {pluginId}, StudioTr::tr("uninstalling"));
        if (!r) {
            db.rollback();
            return r.error();
        }
    }
    if (!db.commit())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot commit the uninstall: %1").arg(db.lastError().text()));
    return *row;
}

VoidResult WorkspaceStore::setEnabled(const QString &pluginId, bool enabled)
{
    auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("UPDATE plugins SET enabled = ? WHERE plugin_id = ?"),
                 {enabled ? 1 : 0, pluginId}, StudioTr::tr("enabling a plugin"));
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return Error(ErrorCode::NotFound, StudioTr::tr("The plugin %1 is not installed.").arg(pluginId));
    return {};
}

VoidResult WorkspaceStore::setAutoUpgrade(const QString &pluginId, AutoUpgrade strategy)
{
    auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("UPDATE plugins SET auto_upgrade = ? WHERE plugin_id = ?"),
                 {autoUpgradeName(strategy), pluginId}, StudioTr::tr("setting the auto-upgrade strategy"));
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return Error(ErrorCode::NotFound, StudioTr::tr("The plugin %1 is not installed.").arg(pluginId));
    return {};
}

bool WorkspaceStore::isFolderReferenced(const QString &absPath) const
{
    const QString clean = QDir::cleanPath(QFileInfo(absPath).absoluteFilePath());
    auto q = run(QSqlDatabase::database(m_connection), QStringLiteral("SELECT 1 FROM plugins WHERE install_path = ?"), {clean},
                 StudioTr::tr("checking a folder"));
    return q && q->next();
}

// ---------------------------------------------------------------- tasks

Result<QString> WorkspaceStore::createTask(const QString &source)
{
    const QString id = newId();
    auto r = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("INSERT INTO install_tasks (id, status, source, created_at, updated_at) VALUES (?, 'pending', ?, ?, ?)"),
                 {id, source, nowIso(), nowIso()}, StudioTr::tr("creating a task"));
    if (!r)
        return r.error();
    return id;
}

VoidResult WorkspaceStore::updateTask(const QString &id, const QString &status, const QString &message, const QString &error,
                                 const QString &pluginId)
{
    // Like the daemon: keep the first and last 512 characters of long messages.
    auto clip = [](const QString &s) { return s.size() > 1024 ? s.left(512) + QStringLiteral("…") + s.right(512) : s; };
    auto r = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("UPDATE install_tasks SET status = ?, message = ?, error = ?, "
                                "plugin_id = CASE WHEN ? = '' THEN plugin_id ELSE ? END, updated_at = ? WHERE id = ?"),
                 {status, clip(message), clip(error), pluginId, pluginId, nowIso(), id}, StudioTr::tr("updating a task"));
    if (!r)
        return r.error();
    return {};
}

static TaskRecord taskFromQuery(const QSqlQuery &q)
{
    TaskRecord t;
    t.id = q.value(0).toString();
    t.status = q.value(1).toString();
    t.source = q.value(2).toString();
    t.pluginId = q.value(3).toString();
    t.message = q.value(4).toString();
    t.error = q.value(5).toString();
    t.createdAt = fromIso(q.value(6).toString());
    t.updatedAt = fromIso(q.value(7).toString());
    return t;
}

QList<TaskRecord> WorkspaceStore::tasks() const
{
    QList<TaskRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT id, status, source, plugin_id, message, error, created_at, updated_at FROM install_tasks "
                              "ORDER BY created_at DESC")))
        while (q.next())
            out.append(taskFromQuery(q));
    return out;
}

std::optional<TaskRecord> WorkspaceStore::task(const QString &id) const
{
    auto q = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("SELECT id, status, source, plugin_id, message, error, created_at, updated_at FROM install_tasks WHERE id = ?"),
                 {id}, StudioTr::tr("reading a task"));
    if (q && q->next())
        return taskFromQuery(*q);
    return std::nullopt;
}

VoidResult WorkspaceStore::deleteFinishedTasks()
{
    auto r = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("DELETE FROM install_tasks WHERE status IN ('success', 'failed', 'cancelled')"), {}, StudioTr::tr("clearing tasks"));
    if (!r)
        return r.error();
    return {};
}

int WorkspaceStore::failInterruptedTasks()
{
    QLockFile lock(installLockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return 0;
    auto r = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("UPDATE install_tasks SET status = 'failed', error = ?, updated_at = ? WHERE status IN ('pending', 'running')"),
                 {StudioTr::tr("The install was interrupted (the process ended before it finished); the previous version is still installed."),
                  nowIso()},
                 StudioTr::tr("marking interrupted tasks"));
    return r ? r->numRowsAffected() : 0;
}

// ---------------------------------------------------------------- secrets

Result<SecretBox> WorkspaceStore::box() const
{
    Result<QByteArray> key = m_keys->workspaceKey();
    if (!key)
        return key.error();
    return SecretBox(key.value());
}

Result<QByteArray> WorkspaceStore::seal(const QJsonObject &o, const QByteArray &ad) const
{
    Result<SecretBox> b = box();
    if (!b)
        return b.error();
    return b->seal(toJson(o), ad);
}

Result<QJsonObject> WorkspaceStore::unseal(const QByteArray &bytes, const QByteArray &ad) const
{
    Result<SecretBox> b = box();
    if (!b)
        return b.error();
    Result<QByteArray> plain = b->open(bytes, ad);
    if (!plain)
        return plain.error();
    return QJsonDocument::fromJson(plain.value()).object();
}

// ---------------------------------------------------------------- endpoints

Result<EndpointInstance> WorkspaceStore::createEndpoint(const QString &pluginId, const QString &name, const QJsonObject &settings,
                                                      const QString &hookId)
{
    if (name.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("An endpoint needs a name."));
    if (!hookId.isEmpty() && !EndpointInstance::isValidHookId(hookId))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1\" is not an endpoint hook id (16 letters a-z).").arg(hookId));
    EndpointInstance e;
    e.id = newId();
    e.hookId = hookId.isEmpty() ? EndpointInstance::generateHookId() : hookId;
    e.name = name.trimmed();
    e.pluginId = pluginId;
    e.settings = settings;
    e.createdAt = QDateTime::currentDateTimeUtc();
    Result<QByteArray> sealed = seal(settings, "endpoint:" + e.id.toUtf8());
    if (!sealed)
        return sealed.error();
    auto r = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("INSERT INTO endpoints (id, hook_id, name, plugin_id, settings, enabled, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
                 {e.id, e.hookId, e.name, pluginId, sealed.value(), nowIso(), nowIso()}, StudioTr::tr("creating an endpoint"));
    if (!r)
        return r.error();
    return e;
}

Result<QList<EndpointInstance>> WorkspaceStore::endpoints(const QString &pluginId) const
{
    QString sql = QStringLiteral("SELECT id, hook_id, name, plugin_id, settings, enabled, created_at FROM endpoints");
    QVariantList binds;
    if (!pluginId.isEmpty()) {
        sql += QStringLiteral(" WHERE plugin_id = ?");
        binds << pluginId;
    }
    sql += QStringLiteral(" ORDER BY created_at");
    auto q = run(QSqlDatabase::database(m_connection), sql, binds, StudioTr::tr("listing endpoints"));
    if (!q)
        return q.error();
    QList<EndpointInstance> out;
    while (q->next()) {
        EndpointInstance e;
        e.id = q->value(0).toString();
        e.hookId = q->value(1).toString();
        e.name = q->value(2).toString();
        e.pluginId = q->value(3).toString();
        Result<QJsonObject> s = unseal(q->value(4).toByteArray(), "endpoint:" + e.id.toUtf8());
        if (!s)
            return s.error();
        e.settings = s.value();
        e.enabled = q->value(5).toBool();
        e.createdAt = fromIso(q->value(6).toString());
        out.append(e);
    }
    return out;
}

VoidResult WorkspaceStore::updateEndpoint(const QString &id, const QString &name, const QJsonObject &settings)
{
    Result<QList<EndpointInstance>> all = endpoints();
    if (!all)
        return all.error();
    for (const EndpointInstance &e : all.value()) {
        if (e.id != id)
            continue;
        Result<QByteArray> sealed = seal(mergeHiddenValues(settings, e.settings), "endpoint:" + id.toUtf8());
        if (!sealed)
            return sealed.error();
        auto r = run(QSqlDatabase::database(m_connection),
                     QStringLiteral("UPDATE endpoints SET name = ?, settings = ?, updated_at = ? WHERE id = ?"),
                     {name.trimmed().isEmpty() ? e.name : name.trimmed(), sealed.value(), nowIso(), id}, StudioTr::tr("updating an endpoint"));
        if (!r)
            return r.error();
        return {};
    }
    return Error(ErrorCode::NotFound, StudioTr::tr("No endpoint with id %1.").arg(id));
}

VoidResult WorkspaceStore::setEndpointEnabled(const QString &id, bool enabled)
{
    auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("UPDATE endpoints SET enabled = ?, updated_at = ? WHERE id = ?"),
                 {enabled ? 1 : 0, nowIso(), id}, StudioTr::tr("enabling an endpoint"));
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return Error(ErrorCode::NotFound, StudioTr::tr("No endpoint with id %1.").arg(id));
    return {};
}

VoidResult WorkspaceStore::deleteEndpoint(const QString &id)
{
    auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("DELETE FROM endpoints WHERE id = ?"), {id}, StudioTr::tr("deleting an endpoint"));
    if (!r)
        return r.error();
    return {};
}

// ---------------------------------------------------------------- credentials

Result<Credential> WorkspaceStore::addCredential(const Credential &in)
{
    if (in.type != QLatin1String("api-key") && in.type != QLatin1String("oauth2"))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("Credential type must be api-key or oauth2, not \"%1\".").arg(in.type));
    if (in.name.trimmed().isEmpty() || in.name.size() > 30)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("A credential needs a name of 1 to 30 characters."));
    Credential c = in;
    c.id = newId();
    Result<QByteArray> sealed = seal(c.values, "credential:" + c.id.toUtf8());
    if (!sealed)
        return sealed.error();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    auto existing = run(db, QStringLiteral("SELECT COUNT(*) FROM credentials WHERE plugin_id = ? AND provider = ?"),
                        {c.pluginId, c.provider}, StudioTr::tr("adding a credential"));
    const bool first = existing && existing->next() && existing->value(0).toInt() == 0;
    if (first)
        c.isDefault = true;
    if (c.isDefault && !first)
        (void)run(db, QStringLiteral("UPDATE credentials SET is_default = 0 WHERE plugin_id = ? AND provider = ?"), {c.pluginId, c.provider},
            StudioTr::tr("adding a credential"));
    auto r = run(db,
                 QStringLiteral("INSERT INTO credentials (id, plugin_id, provider, name, type, data, is_default, expires_at, created_at) "
                                "VALUES (?,?,?,?,?,?,?,?,?)"),
                 {c.id, c.pluginId, c.provider, c.name.trimmed(), c.type, sealed.value(), c.isDefault ? 1 : 0, c.expiresAt, nowIso()},
                 StudioTr::tr("adding a credential"));
    if (!r) {
        db.rollback();
        return r.error();
    }
    db.commit();
    return c;
}

Result<QList<Credential>> WorkspaceStore::credentials(const QString &pluginId, const QString &provider) const
{
    QString sql = QStringLiteral("SELECT id, plugin_id, provider, name, type, data, is_default, expires_at FROM credentials WHERE plugin_id = ?");
    QVariantList binds{pluginId};
    if (!provider.isEmpty()) {
        sql += QStringLiteral(" AND provider = ?");
        binds << provider;
    }
    sql += QStringLiteral(" ORDER BY created_at");
    auto q = run(QSqlDatabase::database(m_connection), sql, binds, StudioTr::tr("listing credentials"));
    if (!q)
        return q.error();
    QList<Credential> out;
    while (q->next()) {
        Credential c;
        c.id = q->value(0).toString();
        c.pluginId = q->value(1).toString();
        c.provider = q->value(2).toString();
        c.name = q->value(3).toString();
        c.type = q->value(4).toString();
        Result<QJsonObject> v = unseal(q->value(5).toByteArray(), "credential:" + c.id.toUtf8());
        if (!v)
            return v.error();
        c.values = v.value();
        c.isDefault = q->value(6).toBool();
        c.expiresAt = q->value(7).toLongLong();
        out.append(c);
    }
    return out;
}

VoidResult WorkspaceStore::updateCredential(const QString &id, const QString &name, const QJsonObject &values)
{
    auto q = run(QSqlDatabase::database(m_connection), QStringLiteral("SELECT data, name FROM credentials WHERE id = ?"), {id},
                 StudioTr::tr("updating a credential"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, StudioTr::tr("No credential with id %1.").arg(id));
    Result<QJsonObject> stored = unseal(q->value(0).toByteArray(), "credential:" + id.toUtf8());
    if (!stored)
        return stored.error();
    Result<QByteArray> sealed = seal(mergeHiddenValues(values, stored.value()), "credential:" + id.toUtf8());
    if (!sealed)
        return sealed.error();
    const QString newName = name.trimmed().isEmpty() ? q->value(1).toString() : name.trimmed();
    auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("UPDATE credentials SET name = ?, data = ? WHERE id = ?"),
                 {newName, sealed.value(), id}, StudioTr::tr("updating a credential"));
    if (!r)
        return r.error();
    return {};
}

VoidResult WorkspaceStore::refreshCredential(const QString &id, const QJsonObject &values, qint64 expiresAt)
{
    Result<QByteArray> sealed = seal(values, "credential:" + id.toUtf8());
    if (!sealed)
        return sealed.error();
    auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("UPDATE credentials SET data = ?, expires_at = ? WHERE id = ?"),
                 {sealed.value(), expiresAt, id}, StudioTr::tr("refreshing a credential"));
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return Error(ErrorCode::NotFound, StudioTr::tr("No credential with id %1.").arg(id));
    return {};
}

VoidResult WorkspaceStore::deleteCredential(const QString &id)
{
    auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("DELETE FROM credentials WHERE id = ?"), {id},
                 StudioTr::tr("deleting a credential"));
    if (!r)
        return r.error();
    return {};
}

VoidResult WorkspaceStore::setDefaultCredential(const QString &id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    auto q = run(db, QStringLiteral("SELECT plugin_id, provider FROM credentials WHERE id = ?"), {id}, StudioTr::tr("choosing the default credential"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, StudioTr::tr("No credential with id %1.").arg(id));
    const QString plugin = q->value(0).toString(), provider = q->value(1).toString();
    db.transaction();
    auto a = run(db, QStringLiteral("UPDATE credentials SET is_default = 0 WHERE plugin_id = ? AND provider = ?"), {plugin, provider},
                 StudioTr::tr("choosing the default credential"));
    auto b = a ? run(db, QStringLiteral("UPDATE credentials SET is_default = 1 WHERE id = ?"), {id}, StudioTr::tr("choosing the default credential"))
               : Result<QSqlQuery>(a.error());
    if (!b) {
        db.rollback();
        return b.error();
    }
    db.commit();
    return {};
}

// ---------------------------------------------------------------- OAuth clients

VoidResult WorkspaceStore::setOAuthClient(const QString &pluginId, const QString &provider, const QJsonObject &params, bool enabled)
{
    QJsonObject merged = params;
    if (Result<std::optional<QJsonObject>> old = oauthClient(pluginId, provider); old && old->has_value())
        merged = mergeHiddenValues(params, **old);
    const QByteArray ad = "oauth:" + pluginId.toUtf8() + '/' + provider.toUtf8();
    Result<QByteArray> sealed = seal(merged, ad);
    if (!sealed)
        return sealed.error();
    auto r = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("INSERT OR REPLACE INTO oauth_clients (plugin_id, provider, enabled, params) VALUES (?,?,?,?)"),
                 {pluginId, provider, enabled ? 1 : 0, sealed.value()}, StudioTr::tr("saving the OAuth client"));
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<QJsonObject>> WorkspaceStore::oauthClient(const QString &pluginId, const QString &provider) const
{
    auto q = run(QSqlDatabase::database(m_connection), QStringLiteral("SELECT params FROM oauth_clients WHERE plugin_id = ? AND provider = ?"),
                 {pluginId, provider}, StudioTr::tr("reading the OAuth client"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QJsonObject>();
    Result<QJsonObject> v = unseal(q->value(0).toByteArray(), "oauth:" + pluginId.toUtf8() + '/' + provider.toUtf8());
    if (!v)
        return v.error();
    return std::optional<QJsonObject>(v.value());
}

Result<std::optional<OAuthClientSettings>> WorkspaceStore::oauthClientSettings(const QString &pluginId, const QString &provider) const
{
    auto q = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("SELECT params, enabled FROM oauth_clients WHERE plugin_id = ? AND provider = ?"), {pluginId, provider},
                 StudioTr::tr("reading the OAuth client"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OAuthClientSettings>();
    Result<QJsonObject> v = unseal(q->value(0).toByteArray(), "oauth:" + pluginId.toUtf8() + '/' + provider.toUtf8());
    if (!v)
        return v.error();
    OAuthClientSettings s;
    s.params = v.value();
    s.enabled = q->value(1).toBool();
    return std::optional<OAuthClientSettings>(s);
}

VoidResult WorkspaceStore::removeOAuthClient(const QString &pluginId, const QString &provider)
{
    auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("DELETE FROM oauth_clients WHERE plugin_id = ? AND provider = ?"),
                 {pluginId, provider}, StudioTr::tr("removing the OAuth client"));
    if (!r)
        return r.error();
    return {};
}

// ---------------------------------------------------------------- trusted keys

Result<qint64> WorkspaceStore::addTrustedKey(const QString &name, const QByteArray &pem)
{
    const QByteArray clean = pem.trimmed() + '\n';
    if (!clean.startsWith("-----BEGIN RSA PUBLIC KEY-----"))
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("The key must be an RSA public key in PKCS#1 PEM form (\"-----BEGIN RSA PUBLIC KEY-----\"), "
                        "as written by `dify signature generate`."));
    auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("INSERT OR IGNORE INTO trusted_keys (name, pem, added_at) VALUES (?,?,?)"),
                 {name, clean, nowIso()}, StudioTr::tr("adding a trusted key"));
    if (!r)
        return r.error();
    auto q = run(QSqlDatabase::database(m_connection), QStringLiteral("SELECT id FROM trusted_keys WHERE pem = ?"), {clean},
                 StudioTr::tr("adding a trusted key"));
    if (q && q->next())
        return q->value(0).toLongLong();
    return Error(ErrorCode::IoError, StudioTr::tr("The trusted key could not be stored."));
}

VoidResult WorkspaceStore::removeTrustedKey(qint64 id)
{
    auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("DELETE FROM trusted_keys WHERE id = ?"), {id},
                 StudioTr::tr("removing a trusted key"));
    if (!r)
        return r.error();
    return {};
}

QList<TrustedKey> WorkspaceStore::trustedKeys() const
{
    QList<TrustedKey> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT id, name, pem, added_at FROM trusted_keys ORDER BY id")))
        while (q.next())
            out.append(TrustedKey{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toByteArray(), fromIso(q.value(3).toString())});
    return out;
}

// ---------------------------------------------------------------- settings

QString WorkspaceStore::setting(const QString &key, const QString &fallback) const
{
    auto q = run(QSqlDatabase::database(m_connection), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                 StudioTr::tr("reading a setting"));
    if (q && q->next())
        return q->value(0).toString();
    return fallback;
}

VoidResult WorkspaceStore::setSetting(const QString &key, const QString &value)
{
    auto r = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                 {key, value}, StudioTr::tr("saving a setting"));
    if (!r)
        return r.error();
    return {};
}

bool WorkspaceStore::allowUnsignedPackages() const
{
    return setting(QStringLiteral("allow_unsigned"), QStringLiteral("false")) == QLatin1String("true");
}

VoidResult WorkspaceStore::setAllowUnsignedPackages(bool allow)
{
    return setSetting(QStringLiteral("allow_unsigned"), allow ? QStringLiteral("true") : QStringLiteral("false"));
}

QString WorkspaceStore::marketplaceUrl() const
{
    return setting(QStringLiteral("marketplace_url"), QStringLiteral("https://marketplace.dify.ai"));
}

VoidResult WorkspaceStore::setMarketplaceUrl(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1\" is not an http(s) URL.").arg(url));
    return setSetting(QStringLiteral("marketplace_url"), url);
}

QString WorkspaceStore::difyBaseUrl() const
{
    return setting(QStringLiteral("dify_base_url"));
}

VoidResult WorkspaceStore::setDifyBaseUrl(const QString &url)
{
    return setSetting(QStringLiteral("dify_base_url"), url);
}

Result<QString> WorkspaceStore::difyApiKey() const
{
    auto q = run(QSqlDatabase::database(m_connection), QStringLiteral("SELECT secret FROM settings WHERE key = 'dify_api_key'"), {},
                 StudioTr::tr("reading the Dify API key"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QString();
    Result<QJsonObject> v = unseal(q->value(0).toByteArray(), "setting:dify_api_key");
    if (!v)
        return v.error();
    return v->value(QStringLiteral("key")).toString();
}

VoidResult WorkspaceStore::setDifyApiKey(const QString &key)
{
    Result<QByteArray> sealed = seal(QJsonObject{{QStringLiteral("key"), key}}, "setting:dify_api_key");
    if (!sealed)
        return sealed.error();
    auto r = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("INSERT INTO settings (key, value, secret) VALUES ('dify_api_key', '', ?) "
                                "ON CONFLICT(key) DO UPDATE SET secret = excluded.secret"),
                 {sealed.value()}, StudioTr::tr("saving the Dify API key"));
    if (!r)
        return r.error();
    return {};
}

QString WorkspaceStore::difyInnerApiUrl() const
{
    return setting(QStringLiteral("dify_inner_api_url"));
}

VoidResult WorkspaceStore::setDifyInnerApiUrl(const QString &url)
{
    if (!url.isEmpty()) {
        const QUrl u(url);
        if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) || u.host().isEmpty())
            return Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1\" is not an http(s) URL such as http://localhost:5001.").arg(url));
    }
    return setSetting(QStringLiteral("dify_inner_api_url"), url);
}

// Stored like the other sealed settings: {"value": key} bound to "setting:<name>".
Result<QString> WorkspaceStore::difyInnerApiKey() const
{
    auto q = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("SELECT secret FROM settings WHERE key = 'dify_inner_api_key'"), {},
                 StudioTr::tr("reading the Dify inner API key"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QString();
    Result<QJsonObject> v = unseal(q->value(0).toByteArray(), "setting:dify_inner_api_key");
    if (!v)
        return v.error();
    return v->value(QStringLiteral("value")).toString();
}

VoidResult WorkspaceStore::setDifyInnerApiKey(const QString &key)
{
    if (key.isEmpty()) {
        auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("DELETE FROM settings WHERE key = 'dify_inner_api_key'"),
                     {}, StudioTr::tr("removing the Dify inner API key"));
        if (!r)
            return r.error();
        return {};
    }
    Result<QByteArray> sealed = seal(QJsonObject{{QStringLiteral("value"), key}}, "setting:dify_inner_api_key");
    if (!sealed)
        return sealed.error();
    auto r = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("INSERT INTO settings (key, value, secret) VALUES ('dify_inner_api_key', '', ?) "
                                "ON CONFLICT(key) DO UPDATE SET secret = excluded.secret"),
                 {sealed.value()}, StudioTr::tr("saving the Dify inner API key"));
    if (!r)
        return r.error();
    return {};
}

QString WorkspaceStore::systemModelProvider() const
{
    return setting(QStringLiteral("system_model_provider"));
}

QString WorkspaceStore::systemModelName() const
{
    return setting(QStringLiteral("system_model_name"));
}

VoidResult WorkspaceStore::setSystemModel(const QString &provider, const QString &model)
{
    if (provider.trimmed().isEmpty() != model.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("The system model needs both a provider (e.g. langgenius/openai/openai) and a model "
                        "(e.g. gpt-4o-mini), or neither."));
    if (auto r = setSetting(QStringLiteral("system_model_provider"), provider.trimmed()); !r)
        return r;
    return setSetting(QStringLiteral("system_model_name"), model.trimmed());
}

Result<QString> WorkspaceStore::secretSetting(const QString &key) const
{
    auto q = run(QSqlDatabase::database(m_connection), QStringLiteral("SELECT secret FROM settings WHERE key = ?"), {key},
                 StudioTr::tr("reading a setting"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QString();
    Result<QJsonObject> v = unseal(q->value(0).toByteArray(), "setting:" + key.toUtf8());
    if (!v)
        return v.error();
    return v->value(QStringLiteral("value")).toString();
}

VoidResult WorkspaceStore::setSecretSetting(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        auto r = run(QSqlDatabase::database(m_connection), QStringLiteral("DELETE FROM settings WHERE key = ?"), {key},
                     StudioTr::tr("saving a setting"));
        if (!r)
            return r.error();
        return {};
    }
    Result<QByteArray> sealed = seal(QJsonObject{{QStringLiteral("value"), value}}, "setting:" + key.toUtf8());
    if (!sealed)
        return sealed.error();
    auto r = run(QSqlDatabase::database(m_connection),
                 QStringLiteral("INSERT INTO settings (key, value, secret) VALUES (?, '', ?) "
                                "ON CONFLICT(key) DO UPDATE SET secret = excluded.secret"),
                 {key, sealed.value()}, StudioTr::tr("saving a setting"));
    if (!r)
        return r.error();
    return {};
}

QString WorkspaceStore::githubToken() const
{
    const Result<QString> t = secretSetting(QStringLiteral("github_token"));
    return t ? t.value() : QString();
}

QString WorkspaceStore::workspaceId()
{
    QString id = setting(QStringLiteral("workspace_id"));
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        (void)setSetting(QStringLiteral("workspace_id"), id);
    }
    return id;
}

void WorkspaceStore::setKeyProvider(std::shared_ptr<KeyProvider> keys)
{
    if (keys)
        m_keys = std::move(keys);
}

} // namespace Studio::Workspace
