// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The embedded default workspace: a data folder + SQLite `workspace.db` (schema migrations).
//
// Layout of the data folder:
//   workspace.db            installed plugins, tasks, endpoints, credentials, OAuth clients,
//                           trusted keys, settings (secrets sealed with AES-256-GCM)
//   workspace.key           0600 key file (FileKeyProvider) unless the `key_store` setting says the
//                           key lives in the OS keychain (keychain.h)
//   storage.db              the runtime's plugin KV storage (Runtime::SqliteStorage), by author/name
//   plugins/<author>/<name>-<version>@<checksum>/   extracted installations
//   downloads/              temporary downloads
//
// A Workspace is used from the thread that opened it. Every write is one SQLite transaction.

#include "core/common/result.h"
#include "core/runtime/endpointinstance.h"
#include "core/workspace/secrets.h"
#include "core/workspace/versionpattern.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Studio::Workspace {

struct InstalledPlugin
{
    QString pluginId;          // author/name
    QString version;
    QString uniqueIdentifier;  // author/name:version@checksum
    QString source;            // marketplace|github|package|debug
    QJsonObject sourceMeta;    // {repo, version, package} or {plugin_unique_identifier}
    QString category;          // tool|model|... (plugin category)
    QString label;             // en_US label
    QString signatureCategory; // langgenius|partner|community|"" (unsigned/unverified)
    bool isSigned = false;
    bool verified = false;
    QString installPath;       // absolute folder of the extracted package
    QDateTime installedAt;
    bool enabled = true;
    AutoUpgrade autoUpgrade = AutoUpgrade::Disabled;
};

struct TaskRecord
{
    QString id;
    QString status;  // pending|running|success|failed|cancelled
    QString source;  // what was asked ("weather.difypkg", "marketplace:...")
    QString pluginId;
    QString message; // last progress line
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One endpoint instance (the type the endpoint server serves too).
using Runtime::EndpointInstance;

struct Credential
{
    QString id;
    QString pluginId;
    QString provider;
    QString name;
    QString type = QStringLiteral("api-key"); // api-key|oauth2
    QJsonObject values; // decrypted
    bool isDefault = false;
    qint64 expiresAt = -1;
};

// A provider's custom OAuth client (install-and-marketplace.md §4.2): `params` follow the provider's
// oauth_schema.client_schema; `enabled` = use this client (off = the system/default client).
struct OAuthClientSettings
{
    QJsonObject params; // decrypted
    bool enabled = false;
};

struct TrustedKey
{
    qint64 id = 0;
    QString name;
    QByteArray pem;
    QDateTime addedAt;
};

class WorkspaceStore
{
public:
    static constexpr int SchemaVersion = 1;

    // QStandardPaths::AppDataLocation + "/workspace".
    static QString defaultDataDir();

    // Opens (creating when needed) the workspace in `dataDir`; runs schema migrations; removes
    // stale temporary folders and unreferenced installation folders left by interrupted installs
    // (only when no other process holds the install lock). `keys` = nullptr: FileKeyProvider on
    // `dataDir/workspace.key`.
    static Result<std::unique_ptr<WorkspaceStore>> open(const QString &dataDir,
                                                   std::shared_ptr<KeyProvider> keys = nullptr);
    ~WorkspaceStore();
    WorkspaceStore(const WorkspaceStore &) = delete;
    WorkspaceStore &operator=(const WorkspaceStore &) = delete;

    QString dataDir() const { return m_dir; }
    QString databasePath() const;
    QString storageDbPath() const;  // for Runtime::SqliteStorage
    QString pluginsDir() const;
    QString downloadsDir() const;
    QString installLockPath() const;
    int schemaVersion() const;
    // Folders removed by the last cleanup (absolute paths).
    QStringList cleanedUp() const { return m_cleaned; }
    // Runs the cleanup again (returns what was removed).
    QStringList cleanupStale();

    // ---- installed plugins
    QList<InstalledPlugin> installedPlugins() const;
    std::optional<InstalledPlugin> installed(const QString &pluginId) const;
    // Inserts or replaces the row for plugin.pluginId in one transaction; returns the previous row.
    Result<std::optional<InstalledPlugin>> putInstalled(const InstalledPlugin &plugin);
    // Removes the row; `keepCredentials` false also deletes credentials, endpoints and OAuth
    // clients of the plugin (KV storage is always kept). Returns the removed row.
    Result<InstalledPlugin> removeInstalled(const QString &pluginId, bool keepCredentials = false);
    VoidResult setEnabled(const QString &pluginId, bool enabled);
    VoidResult setAutoUpgrade(const QString &pluginId, AutoUpgrade strategy);
    // Is an installation folder referenced by any row?
    bool isFolderReferenced(const QString &absPath) const;

    // ---- tasks
    Result<QString> createTask(const QString &source);
    VoidResult updateTask(const QString &id, const QString &status, const QString &message,
                          const QString &error = {}, const QString &pluginId = {});
    QList<TaskRecord> tasks() const;
    std::optional<TaskRecord> task(const QString &id) const;
    VoidResult deleteFinishedTasks();
    // Tasks left "running"/"pending" by a process that died are marked failed (done at open).
    int failInterruptedTasks();

    // ---- endpoints
    // `hookId` empty: a fresh one; else that one (the endpoint server's registry chose it).
    Result<EndpointInstance> createEndpoint(const QString &pluginId, const QString &name, const QJsonObject &settings,
                                            const QString &hookId = {});
    VoidResult updateEndpoint(const QString &id, const QString &name, const QJsonObject &settings); // HiddenValue merged
    VoidResult setEndpointEnabled(const QString &id, bool enabled);
    VoidResult deleteEndpoint(const QString &id);
    Result<QList<EndpointInstance>> endpoints(const QString &pluginId = {}) const;

    // ---- provider credentials
    Result<Credential> addCredential(const Credential &c); // id generated
    VoidResult updateCredential(const QString &id, const QString &name, const QJsonObject &values); // HiddenValue merged
    VoidResult deleteCredential(const QString &id);
    VoidResult setDefaultCredential(const QString &id);
    Result<QList<Credential>> credentials(const QString &pluginId, const QString &provider = {}) const;
    // Replaces the values and expiry of a credential (an OAuth refresh), one transaction.
    VoidResult refreshCredential(const QString &id, const QJsonObject &values, qint64 expiresAt);

    // ---- OAuth client settings
    VoidResult setOAuthClient(const QString &pluginId, const QString &provider, const QJsonObject &params, bool enabled);
    Result<std::optional<QJsonObject>> oauthClient(const QString &pluginId, const QString &provider) const;
    Result<std::optional<OAuthClientSettings>> oauthClientSettings(const QString &pluginId, const QString &provider) const;
    VoidResult removeOAuthClient(const QString &pluginId, const QString &provider);

    // ---- trusted public keys (PEM, PKCS#1)
    Result<qint64> addTrustedKey(const QString &name, const QByteArray &pem);
    VoidResult removeTrustedKey(qint64 id);
    QList<TrustedKey> trustedKeys() const;

    // ---- settings
    bool allowUnsignedPackages() const; // default false
    VoidResult setAllowUnsignedPackages(bool allow);
    QString marketplaceUrl() const;     // default https://marketplace.dify.ai
    VoidResult setMarketplaceUrl(const QString &url);
    QString difyBaseUrl() const;
    VoidResult setDifyBaseUrl(const QString &url);
    Result<QString> difyApiKey() const; // decrypted ("" when not set)
    VoidResult setDifyApiKey(const QString &key);
    // Dify inner API for workflow-node and summary reverse calls (the daemon's DIFY_INNER_API_URL and
    // Dify's INNER_API_KEY_FOR_PLUGIN, the key sealed like the other secrets). An empty URL turns the
    // route off: the studio then runs those nodes itself on a model plugin.
    QString difyInnerApiUrl() const;
    VoidResult setDifyInnerApiUrl(const QString &url); // "" or an http(s) URL
    Result<QString> difyInnerApiKey() const;           // decrypted ("" when not set)
    VoidResult setDifyInnerApiKey(const QString &key); // "" removes it
    // The "system model" that answers system_summary calls when no inner API is set.
    QString systemModelProvider() const; // e.g. langgenius/openai/openai
    QString systemModelName() const;     // e.g. gpt-4o-mini
    VoidResult setSystemModel(const QString &provider, const QString &model); // both or neither
    QString setting(const QString &key, const QString &fallback = {}) const;
    VoidResult setSetting(const QString &key, const QString &value);
    // A sealed setting (e.g. "github_token"): "" when not set. Bound to its key (associated data).
    Result<QString> secretSetting(const QString &key) const;
    VoidResult setSecretSetting(const QString &key, const QString &value); // "" removes it
    QString githubToken() const; // sealed setting "github_token" ("" when unset or unreadable)
    // A stable random id for this workspace (created on first call), used to name its keychain entry.
    QString workspaceId();

    // ---- the workspace key (see keychain.h: openKeyProvider() picks and records where it lives)
    std::shared_ptr<KeyProvider> keyProvider() const { return m_keys; }
    void setKeyProvider(std::shared_ptr<KeyProvider> keys);

private:
    WorkspaceStore() = default;
    VoidResult migrate();
    Result<QByteArray> seal(const QJsonObject &o, const QByteArray &ad) const;
    Result<QJsonObject> unseal(const QByteArray &b, const QByteArray &ad) const;
    Result<SecretBox> box() const;

    QString m_dir;
    QString m_connection;
    std::shared_ptr<KeyProvider> m_keys;
    QStringList m_cleaned;
};

} // namespace Studio::Workspace
