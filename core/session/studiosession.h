// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// StudioSession: the running studio. Built once per process (the window's composition root, or
// one CLI command) and owning the whole service graph; the GUI docks and the CLI commands only
// attach to it and observe it (signals, PluginRegistry as a list model). It holds:
//   - the workspace (installed plugins, credentials, settings, Python choices), opened with its key
//     where the workspace recorded it; the plugin KV storage file; the console history;
//   - the file store, the reverse handler every plugin calls back (recorded, see below), the debug
//     server with its inspector log and relay, the endpoint registry (kept in the workspace) and
//     server, the Marketplace client and the automatic-upgrade scheduler;
//   - the registry of plugins (pluginregistry.h) and THE provider lookup (providerlookup.h):
//     resolveProvider() finds the plugin that serves a provider and starts an installed plugin on
//     demand; reverse tool/model/node calls of every plugin go through it;
//   - the Python of each plugin (pluginOptions()), applied to every start;
//   - the workspace settings, applied to the services at open and by applySettings().
//
//   Session::StudioSession session;
//   if (auto r = session.open({.workspaceDir = dir}); !r) ...          // a CLI command, a window
//   Session::SessionPlugin *p = *session.openFolder(projectDir);        // registered, not started
//   p->ensureRunning([](Session::SessionPlugin *p, QString why) { p->invoke(request); });

#include "core/common/result.h"
#include "core/runtime/localplugin.h"
#include "core/runtime/reverse.h"
#include "core/session/environmentrebuild.h"
#include "core/session/historystore.h"
#include "core/session/pluginregistry.h"
#include "core/session/providerlookup.h"
#include "core/session/remotedebugrun.h"
#include "core/workspace/keychain.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <functional>
#include <memory>
#include <utility>

class QTemporaryDir;

namespace Studio::Runtime {
class FileStore;
class SqliteStorage;
} // namespace Studio::Runtime

namespace Studio::Debug {
class DebugRelay;
class DebugServer;
class EndpointRegistry;
class EndpointServer;
class MessageLog;
} // namespace Studio::Debug

namespace Studio::Marketplace {
class MarketplaceClient;
}

namespace Studio::Workspace {
class AutoUpgradeScheduler;
class WorkspaceStore;
} // namespace Studio::Workspace

namespace Studio::Session {

struct SessionOptions
{
    // The studio workspace folder; "" = a temporary one, removed with the session (nothing kept).
    QString workspaceDir;
    // Where a NEW workspace keeps its key (an existing one uses what it recorded).
    Workspace::KeyStore keyStore = Workspace::KeyStore::Keychain;
    // Managed Python environments; "" = the user cache.
    QString envCacheRoot;
    // Applied to every local start before the plugin's Python choice: timeouts, restarts,
    // heartbeat interval, extra environment.
    Runtime::LocalPluginOptions pluginDefaults;
    bool keepHistory = true; // console history in <workspace>/console-history.jsonl
};

// How the session applies the Python chosen for a plugin folder. The default applies nothing (a
// managed environment for every plugin); the window installs the workspace's per-plugin choice.
struct PythonPolicy
{
    std::function<void(const QString &pluginDir, Runtime::LocalPluginOptions &options)> apply;
    std::function<QString(const QString &pluginDir)> problem; // "" when the choice is usable
};

// One reverse call of a plugin with every reply it got (test suites record and replay these).
struct ReverseCallRecord
{
    QString pluginId;   // the caller
    QString sessionId;
    QString type;       // storage, tool, llm, app, upload_file, ...
    QJsonObject request;
    QJsonArray responses; // the data of each "response" reply, in order
    QString error;        // the error reply ("" when none)
    bool answeredByInterceptor = false;
    QDateTime started;    // UTC
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
    static ReverseCallRecord fromJson(const QJsonObject &json);
};
// Answers a reverse call instead of the studio (a recorded answer replayed as a mock): return
// true when it answered through `responder` (ending it), false to let the studio answer.
using ReverseInterceptor = std::function<bool(const Runtime::ReverseCall &call, Runtime::ReverseResponder responder)>;

// What resolveProvider() found.
struct ProviderResolution
{
    SessionPlugin *plugin = nullptr; // running; nullptr when none serves the provider or it failed
    QJsonObject credentials;         // configured for that provider in the workspace ({} when none)
    QString error;                   // why `plugin` is null
};

// A provider some plugin of the session serves (the console's model and tool pickers).
struct ProviderInfo
{
    ProviderKind kind;
    QString pluginId;
    QString name;     // the provider
    QString fullName; // author/name/provider
    ProviderOrigin origin;
    QString key;      // registry key, or "installed:<plugin id>" for an installed plugin not open yet
    bool running = false;
};

class StudioSession : public QObject
{
    Q_OBJECT
public:
    explicit StudioSession(QObject *parent = nullptr);
    ~StudioSession() override; // stops every plugin process, then the services

    // Opens the workspace, storage, history, file store and endpoint persistence, and applies the
    // settings. A workspace that cannot be opened (its key unreachable, say) is not fatal:
    // workspace() is then null and workspaceError() says why; storage and the rest still work.
    // Fails only when the folder cannot be created or the storage file cannot be opened.
    VoidResult open(const SessionOptions &options = {});
    bool isOpen() const { return m_open; }
    QString workspaceDir() const { return m_dir; }
    Workspace::WorkspaceStore *workspace() const { return m_workspace.get(); }
    QString workspaceError() const { return m_workspaceError; }
    const SessionOptions &options() const { return m_options; }

    Runtime::SqliteStorage *storage() const { return m_storage.get(); }
    Runtime::FileStore *fileStore() const { return m_files; }
    Runtime::DefaultReverseHandler *reverseHandler() const { return m_reverse; }
    // The handler every plugin of the session calls back: records each call, lets the interceptor
    // answer, else the reverse handler.
    Runtime::ReverseHandler *pluginCallbacks() const;
    Debug::DebugServer *debugServer() const { return m_debugServer; }
    Debug::MessageLog *messageLog() const { return m_log; }
    Debug::DebugRelay *relay() const { return m_relay; }
    Debug::EndpointRegistry *endpoints() const { return m_endpoints; }
    Debug::EndpointServer *endpointServer() const { return m_endpointServer; }
    Marketplace::MarketplaceClient *marketplace() const { return m_market; }
    Workspace::AutoUpgradeScheduler *autoUpgrade() const { return m_autoUpgrade; } // null without a workspace
    HistoryStore *history() const { return m_history; } // null when keepHistory is off
    PluginRegistry *plugins() const { return m_plugins; }

    // Workspace settings -> services: Marketplace URL, Dify instance (app calls), Dify inner API
    // (workflow nodes), system model. Called by open(); call again after the settings changed.
    void applySettings();

    // ---- Python per plugin
    void setPythonPolicy(PythonPolicy policy);
    // The options the plugin in `dir` starts with: the defaults, the environment cache, then its
    // Python (an override, else the policy).
    Runtime::LocalPluginOptions pluginOptions(const QString &dir) const;
    // Why the Python chosen for `dir` cannot be used ("" when it can).
    QString pythonProblem(const QString &dir) const;
    // These options, exactly, for the plugin in `dir` (the command line's --python for the plugin
    // it runs; other plugins keep their choice).
    void setPluginOptionsOverride(const QString &dir, const Runtime::LocalPluginOptions &options);

    // ---- plugins
    // The full declaration of a plugin folder and why it is incomplete ("" when it loaded cleanly);
    // an error when the folder has no manifest the runtime can read.
    static Result<std::pair<Plugin::PluginDeclaration, QString>> readDeclaration(const QString &dir);
    // The entry of a plugin folder (an install folder of the workspace makes an installed entry),
    // created and registered when new, its declaration read again when it exists. Not started.
    Result<SessionPlugin *> openFolder(const QString &dir);
    // openFolder() and SessionPlugin::ensureRunning() in one: `ready` gets the running plugin, or
    // nullptr and why.
    void withRunningPlugin(const QString &dir, const SessionPlugin::Ready &ready);
    // THE provider lookup (providerlookup.h) over every plugin of the session and the enabled
    // installed plugins of the workspace; an installed plugin that is not running is started.
    // `done` is called exactly once (maybe before this returns).
    void resolveProvider(ProviderKind kind, const QString &provider, const std::function<void(const ProviderResolution &)> &done);
    // The same rule without starting anything: the registry key of the plugin that would serve
    // it ("installed:<plugin id>" when only an installed plugin not open yet does), or "" and why.
    QString findProvider(ProviderKind kind, const QString &provider, QString *why = nullptr) const;
    QList<ProviderInfo> providers(ProviderKind kind) const;
    // The running connection serving the endpoints of `pluginId` (debug-connected first).
    Runtime::PluginConnection *endpointConnection(const QString &pluginId) const;

    // ---- remote plugins (the seam for core/dify): a plugin of the Dify connection `source` (e.g.
    // "dify:my-cloud"), listed with its declaration and found by the provider lookup after local
    // ones; calls reach it through `connection` when one is given (else it is listed, not
    // runnable). Replaces the entry of the same source and plugin id.
    SessionPlugin *addRemotePlugin(const QString &source, const Plugin::PluginDeclaration &declaration,
                                   Runtime::PluginConnection *connection = nullptr);
    void removeRemotePlugins(const QString &source);

    // Console > Rebuild environment: stops the plugin and rebuilds its managed environment (see
    // environmentrebuild.h); finished() comes from the event loop, then the session deletes it.
    // Refused for a debug-connected or remote plugin, and while a rebuild of that folder runs.
    Result<EnvironmentRebuild *> rebuildEnvironment(SessionPlugin *plugin);
    EnvironmentRebuild *rebuildOf(const SessionPlugin *plugin) const; // the running one, or nullptr

    // ---- one-click remote debugging (remotedebugrun.h): the plugin in `dir` started in remote
    // mode against a Dify debug host through relay(), supervised (restart on crash and on save),
    // listed as a remote plugin of target.source. A run already going is stopped first. Fails
    // when the folder has no readable manifest or the target has no host, port or key.
    Result<RemoteDebugRun *> startRemoteDebug(const QString &dir, const RemoteDebugTarget &target,
                                              const RemoteDebugOptions &options = {});
    RemoteDebugRun *remoteDebugRun() const { return m_remoteRun; } // the current run, or nullptr
    void stopRemoteDebug();

    // ---- reverse calls
    void setReverseInterceptor(ReverseInterceptor interceptor);

signals:
    void settingsApplied();
    void reverseCallRecorded(const Studio::Session::ReverseCallRecord &record);
    void remoteDebugStarted(Studio::Session::RemoteDebugRun *run);

private:
    friend class SessionPlugin;
    class Callbacks;
    class WorkspaceEndpoints;
    void onDebugRegistered(Debug::RegisteredPlugin *plugin);
    void onDebugGone(const QString &pluginId);
    QJsonObject storedCredentials(const QString &pluginId, const QString &provider) const;
    const Plugin::PluginDeclaration *installedDeclaration(const QString &installPath) const;
    struct Candidates;
    Candidates candidates() const;

    SessionOptions m_options;
    bool m_open = false;
    QString m_dir;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Workspace::WorkspaceStore> m_workspace;
    QString m_workspaceError;
    std::unique_ptr<Runtime::SqliteStorage> m_storage;
    std::unique_ptr<WorkspaceEndpoints> m_endpointStore;
    std::unique_ptr<Callbacks> m_callbacks;
    Runtime::FileStore *m_files = nullptr;
    Runtime::DefaultReverseHandler *m_reverse = nullptr;
    Debug::DebugServer *m_debugServer = nullptr;
    Debug::MessageLog *m_log = nullptr;
    Debug::DebugRelay *m_relay = nullptr;
    Debug::EndpointRegistry *m_endpoints = nullptr;
    Debug::EndpointServer *m_endpointServer = nullptr;
    Marketplace::MarketplaceClient *m_market = nullptr;
    Workspace::AutoUpgradeScheduler *m_autoUpgrade = nullptr;
    HistoryStore *m_history = nullptr;
    PluginRegistry *m_plugins = nullptr;
    PythonPolicy m_python;
    QHash<QString, Runtime::LocalPluginOptions> m_overrides; // clean folder -> options
    mutable QHash<QString, std::shared_ptr<Plugin::PluginDeclaration>> m_installedDecls; // install folder -> declaration
    ReverseInterceptor m_interceptor;
    QHash<QString, QPointer<EnvironmentRebuild>> m_rebuilds; // clean folder -> running rebuild
    QPointer<RemoteDebugRun> m_remoteRun;
};

} // namespace Studio::Session

Q_DECLARE_METATYPE(Studio::Session::ReverseCallRecord)
