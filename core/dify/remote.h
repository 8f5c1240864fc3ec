// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Remote: one live, signed-in connection to a Dify and the plugin management of its workspace
// (install-and-marketplace.md §2.1-§2.6, §4.3, §4.4): the installed plugins with Marketplace
// updates, uploads (.difypkg, bundle, GitHub release), installs, upgrades, uninstalls, install
// tasks, plugin permissions, the debugging key, endpoints and (masked) tool credentials.
//
//   auto remote = Dify::Remote::open(store, name, &net);            // tokens unsealed, kept fresh
//   remote->listPlugins([](const Dify::Outcome<QList<Dify::RemotePlugin>> &r) { ... });
//
// Every operation calls its callback exactly once, asynchronously, on the Remote's thread, and
// never after the Remote is gone. Tokens that Dify renews are sealed again at once; a session
// that ended is marked signed out in the store.

#include "core/dify/connection.h"
#include "core/dify/consoleclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <variant>

namespace Studio::Dify {

// A value or a ConsoleError.
template<typename T>
class Outcome
{
public:
    Outcome(const T &value) : m_data(value) {}
    Outcome(T &&value) : m_data(std::move(value)) {}
    Outcome(const ConsoleError &error) : m_data(error) {}
    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }
    const T &value() const { return std::get<0>(m_data); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const ConsoleError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ConsoleError> m_data;
};

struct Nothing
{
};

template<typename T>
using Done = std::function<void(const Outcome<T> &)>;

// One installed plugin of the remote workspace (the daemon's installation + declaration).
struct RemotePlugin
{
    QString installationId;
    QString pluginId;          // author/name
    QString uniqueIdentifier;  // author/name:version@checksum
    QString name;
    QString version;
    QString source;            // marketplace, github, package, remote (debugging)
    QString category;          // tool, model, extension, agent-strategy, datasource, trigger
    QString label;             // en_US (else the first)
    QString author;
    QString runtimeType;       // local, remote, serverless
    bool verified = false;     // the package's signature verified in that Dify
    int endpointsSetups = 0;
    int endpointsActive = 0;
    QJsonObject meta;          // {repo, version, package} or {plugin_unique_identifier}
    QJsonObject declaration;
    QDateTime installedAt;
    // From the Marketplace (list/latest-versions), for plugins installed from it.
    QString latestVersion;
    QString latestIdentifier;
    QString marketplaceStatus; // active, deleted
    QString deprecatedReason;
    QString alternativePluginId;

    bool isDebugging() const { return runtimeType == QLatin1String("remote") || source == QLatin1String("remote"); }
    bool updateAvailable() const;
    QString signatureText() const;     // "verified" / "not verified"
    QString runtimeStatusText() const; // "running in Dify", "debugging (remote)", "serverless"
    QJsonObject toJson() const;
    static RemotePlugin fromJson(const QJsonObject &o);
};

struct RemoteTaskPlugin
{
    QString identifier;
    QString pluginId;
    QString status;   // pending, running, success, failed
    QString message;  // the daemon's text (progress, or why it failed)
    QString label;
    QString source;
};

struct RemoteTask
{
    QString id;
    QString status;   // pending, running, success, failed
    int total = 0;
    int completed = 0;
    QDateTime createdAt, updatedAt;
    QList<RemoteTaskPlugin> plugins;

    bool isFinished() const { return status == QLatin1String("success") || status == QLatin1String("failed"); }
    // The failed plugins' messages, one per line ("" when none failed).
    QString failureText() const;
    QJsonObject toJson() const;
    static RemoteTask fromJson(const QJsonObject &o);
};

// Who may install/manage and who may debug plugins in the workspace (§4.4).
struct PluginPermissions
{
    QString install = QStringLiteral("everyone"); // everyone, admins, noone
    QString debug = QStringLiteral("everyone");
    static bool isValidValue(const QString &v);
};

struct DebuggingKey
{
    QString key;
    QString host;
    int port = 0;
    // The host to connect to from this machine: the one Dify names, or the console's host when
    // Dify names a loopback or unspecified address while it is itself elsewhere.
    QString reachableHost(const QUrl &consoleApi) const;
};

struct UploadResult
{
    QString uniqueIdentifier; // as the daemon computed it
    QJsonObject manifest;
    QString authorizedCategory; // verification.authorized_category ("" when not verified)
    bool verified = false;
};

struct InstallStart
{
    bool allInstalled = false; // Dify says nothing needs installing (the plugin id is installed already)
    QString taskId;
};

struct RemoteEndpoint
{
    QString id;
    QString name;
    QString pluginId;
    QString hookId;
    QString url;
    bool enabled = false;
    QJsonObject settings; // as Dify shows them (secrets masked)
    QJsonArray paths;     // declaration.endpoints: [{path, method, hidden}]
    QJsonObject toJson() const;
    static RemoteEndpoint fromJson(const QJsonObject &o);
};

struct RemoteCredential
{
    QString id;
    QString name;
    QString type;          // api-key, oauth2
    bool isDefault = false;
    QJsonObject values;    // masked by Dify
};

class Remote : public QObject
{
    Q_OBJECT
public:
    // A live connection from kept settings and sealed tokens; `store` (may be null) receives
    // renewed tokens and learned facts.
    Remote(const Connection &connection, const Tokens &tokens, Net::Downloader *net, ConnectionStore *store,
           QObject *parent = nullptr);
    // The connection `name` ("" = the current one) of the store, with its tokens.
    static Result<Remote *> open(ConnectionStore *store, const QString &name, Net::Downloader *net,
                                 QObject *parent = nullptr);

    const Connection &connection() const { return m_connection; }
    ConsoleClient *client() const { return m_client; }
    bool isSignedIn() const { return m_client->isSignedIn(); }
    // Keeps a changed connection (learned policy, workspace) in the store.
    void updateConnection(const Connection &connection);

    // ---- account and workspaces
    void workspaces(const Done<QList<RemoteWorkspaceInfo>> &done);
    void switchWorkspace(const QString &workspaceId, const Done<RemoteWorkspaceInfo> &done);
    void systemFeatures(const Done<QJsonObject> &done);
    // Server side sign-out (cookies cleared, refresh token revoked), then the local tokens go.
    void signOut(const Done<Nothing> &done);

    // ---- plugins
    void listPlugins(const Done<QList<RemotePlugin>> &done);
    // Fills latestVersion/latestIdentifier/marketplaceStatus of Marketplace plugins.
    void checkUpdates(const QList<RemotePlugin> &plugins, const Done<QList<RemotePlugin>> &done);
    void installations(const QStringList &pluginIds, const Done<QList<RemotePlugin>> &done);
    void uploadPackage(const QString &path, const Done<UploadResult> &done,
                       const std::function<void(qint64, qint64)> &progress = {});
    void uploadBundle(const QString &path, const Done<QJsonArray> &done,
                      const std::function<void(qint64, qint64)> &progress = {});
    void uploadGithub(const QString &repo, const QString &version, const QString &package, const Done<UploadResult> &done);
    void installPackages(const QStringList &identifiers, const Done<InstallStart> &done);
    void installMarketplace(const QStringList &identifiers, const Done<InstallStart> &done);
    void installGithub(const QString &identifier, const QString &repo, const QString &version, const QString &package,
                       const Done<InstallStart> &done);
    void upgradeMarketplace(const QString &original, const QString &replacement, const Done<InstallStart> &done);
    void upgradeGithub(const QString &original, const QString &replacement, const QString &repo, const QString &version,
                       const QString &package, const Done<InstallStart> &done);
    void uninstall(const QString &installationId, const Done<Nothing> &done);
    // Asks the daemon for the manifest of an identifier ({} when it does not know it).
    void marketplacePackage(const QString &identifier, const Done<QJsonObject> &done);

    // ---- install tasks
    void tasks(const Done<QList<RemoteTask>> &done, int pageSize = 100);
    void task(const QString &taskId, const Done<RemoteTask> &done);
    void deleteTask(const QString &taskId, const Done<Nothing> &done);
    void deleteAllTasks(const Done<Nothing> &done);

    // ---- permissions and debugging
    void permissions(const Done<PluginPermissions> &done);
    void setPermissions(const PluginPermissions &permissions, const Done<Nothing> &done);
    void debuggingKey(const Done<DebuggingKey> &done);

    // ---- endpoints and credentials
    void endpoints(const Done<QList<RemoteEndpoint>> &done);
    void createEndpoint(const QString &identifier, const QString &name, const QJsonObject &settings,
                        const Done<Nothing> &done);
    void setEndpointEnabled(const QString &endpointId, bool enabled, const Done<Nothing> &done);
    void deleteEndpoint(const QString &endpointId, const Done<Nothing> &done);
    // provider: "author/plugin/provider".
    void toolCredentials(const QString &provider, const Done<QList<RemoteCredential>> &done);

signals:
    void connectionChanged();
    void signedOut(const QString &reason);

private:
    template<typename T>
    void call(ConsoleReply *reply, const Done<T> &done, std::function<Outcome<T>(const ConsoleReply *)> parse);
    void listPage(int page, QList<RemotePlugin> collected, const Done<QList<RemotePlugin>> &done);
    void upload(const QString &path, const QByteArray &field, const QString &route, qint64 maxBytes,
                const std::function<void(ConsoleReply *)> &then, const std::function<void(const ConsoleError &)> &fail,
                const std::function<void(qint64, qint64)> &progress);
    void learnFromUploadError(const ConsoleError &error, qint64 size);

    Connection m_connection;
    ConsoleClient *m_client;
    ConnectionStore *m_store;
};

// Follows an install task to its end (§2.2 steps 5-8): polls it (every second, then every 3 s),
// reports each state, keeps the last one seen (a finished task disappears from Dify about a minute
// later). A task that vanishes before it was seen to end is settled by asking which of the expected
// identifiers are installed, so nothing half-installed is reported as installed.
class TaskFollower : public QObject
{
    Q_OBJECT
public:
    TaskFollower(Remote *remote, const QString &taskId, const QStringList &expectedIdentifiers,
                 QObject *parent = nullptr);
    void start();
    void stop();                              // stops following (the task goes on in Dify)
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    void setIntervalsMs(int first, int later) { m_firstMs = first; m_laterMs = later; }
    const RemoteTask &last() const { return m_last; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_ok; }
    QString error() const { return m_error; }

signals:
    void progress(const Studio::Dify::RemoteTask &task);
    void finished(bool ok);

private:
    void poll();
    void settleVanished();
    void end(bool ok, const QString &error);

    QPointer<Remote> m_remote;
    QString m_taskId;
    QStringList m_expected;
    RemoteTask m_last;
    QTimer m_timer;
    int m_polls = 0;
    int m_failures = 0;
    int m_firstMs = 1000, m_laterMs = 3000;
    int m_deadlineMs = 16 * 60 * 1000; // the daemon's PLUGIN_INSTALL_TIMEOUT (15 min) and a margin
    qint64 m_startedMs = 0;
    bool m_finished = false;
    bool m_ok = false;
    bool m_stopped = false;
    QString m_error;
};

// The daemon's upload caps (MAX_PLUGIN_PACKAGE_SIZE, MAX_BUNDLE_PACKAGE_SIZE).
inline constexpr qint64 kMaxPackageUploadBytes = 50LL * 1024 * 1024;
inline constexpr qint64 kMaxBundleUploadBytes = 600LL * 1024 * 1024;
// "author/name" of "author/name:version@checksum".
QString pluginIdOf(const QString &identifier);

// The category of a declaration JSON the daemon returned (its own rule, first match wins).
QString declarationCategory(const QJsonObject &declaration);
// en_US, else the first text of an I18n object.
QString i18nText(const QJsonValue &value);

// Writes INSTALL_METHOD=remote, REMOTE_INSTALL_URL=`hostPort` and REMOTE_INSTALL_KEY=`key` into
// the .env at `path` for an IDE launch: its other lines are kept, earlier INSTALL_METHOD and
// REMOTE_INSTALL_* lines replaced; written atomically. A .env over 1 MiB is refused, not cut.
VoidResult writeRemoteDebugEnv(const QString &path, const QString &hostPort, const QString &key);

} // namespace Studio::Dify

Q_DECLARE_METATYPE(Studio::Dify::RemoteTask)
