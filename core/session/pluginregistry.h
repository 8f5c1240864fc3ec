// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plugins a running studio knows, one SessionPlugin each, as a Qt list model (the console's
// plugin box shows it as it is):
//   - local folders opened in the studio (F5, File > Open Folder), keyed by folder;
//   - installed plugins of the workspace, once opened or started on demand (keyed by their
//     install folder, so an installed plugin and its project folder are two entries);
//   - debug-connected plugins (one per plugin id, while connected);
//   - remote plugins of a Dify connection (the seam for core/dify: StudioSession::addRemotePlugin()).
// It also remembers the plugin the user opened last (current()), which the console follows.
// StudioSession owns the registry and creates the entries; views only read and select.

#include "core/plugin/declarations.h"
#include "core/runtime/actions.h"
#include "core/runtime/localplugin.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace Studio::Runtime {
class Invocation;
class PluginConnection;
} // namespace Studio::Runtime

namespace Studio::Debug {
class RegisteredPlugin;
}

namespace Studio::Session {

class StudioSession;
class PluginRegistry;

enum class PluginOrigin { Local, Installed, Debug, Remote };
// "local folder", "installed", "debug-connected", "remote" (translated).
QString pluginOriginName(PluginOrigin origin);

class SessionPlugin : public QObject
{
    Q_OBJECT
public:
    ~SessionPlugin() override;

    // "folder:<absolute folder>" (local and installed), "debug:<author/name>", "remote:<source>/<author/name>".
    QString key() const { return m_key; }
    static QString folderKey(const QString &dir);
    static QString debugKey(const QString &pluginId) { return QStringLiteral("debug:") + pluginId; }
    PluginOrigin origin() const { return m_origin; }
    QString pluginId() const; // author/name
    QString version() const;
    // Short and unique enough for a list: "studio/echo — folder echo_plugin", "studio/echo 0.1.0 — installed".
    QString label() const;
    // Which plugin this is, in a sentence: "studio/echo 0.1.0, local folder /home/me/echo".
    QString description() const;
    QString folder() const { return m_folder; } // local and installed; "" otherwise
    QString remoteSource() const { return m_remoteSource; }
    const Plugin::PluginDeclaration &declaration() const { return m_declaration; }
    // Why the declaration is incomplete (the loader's first error), "" when it loaded cleanly.
    QString declarationProblem() const { return m_declarationProblem; }

    // Local and installed plugins: the process (created on first use, replaced by renewProcess()).
    Runtime::LocalPlugin *process() const { return m_process; }
    Debug::RegisteredPlugin *debugPlugin() const;
    // The connection calls go through, while the plugin runs (nullptr otherwise).
    Runtime::PluginConnection *connection() const;
    bool isRunning() const;
    Runtime::RuntimeState state() const;
    // Calls the plugin; never null. When it is not running the invocation has already failed.
    Runtime::Invocation *invoke(const Runtime::InvokeRequest &request);

    // Starts the plugin if needed and calls `ready` once: with this plugin when it runs, or with
    // nullptr and why it cannot (its chosen Python is gone, it gave up, it disconnected).
    using Ready = std::function<void(SessionPlugin *plugin, const QString &why)>;
    void ensureRunning(const Ready &ready);
    void stop();
    // Stops the process and makes the next start use options built now (a new Python choice).
    void renewProcess();
    // Reads the folder's declaration again (the console lists the actions of the edited project).
    void reloadDeclaration();

signals:
    void stateChanged(Studio::Runtime::RuntimeState state);
    void ready();
    void startFailed(const QString &reason); // gave up starting, or an instance ended abnormally
    void processReplaced(Studio::Runtime::LocalPlugin *process);
    void declarationChanged();
    void output(const QString &text, bool isStderr); // environment progress, stderr, prints
    void logMessage(const QString &level, const QString &text, double timestamp);

private:
    friend class PluginRegistry;
    friend class StudioSession;
    friend class RemoteDebugRun;
    // A remote plugin whose process the session supervises (remotedebugrun.h): the state shown.
    void setRunState(Runtime::RuntimeState state);
    void setRemoteDeclaration(const Plugin::PluginDeclaration &declaration);
    SessionPlugin(StudioSession *session, PluginOrigin origin, const QString &key, QObject *parent);
    void setDeclaration(const Plugin::PluginDeclaration &declaration, const QString &problem);
    Runtime::LocalPlugin *ensureProcess();
    void attachConnection(Runtime::PluginConnection *connection);

    StudioSession *m_session;
    PluginOrigin m_origin;
    QString m_key, m_folder, m_remoteSource, m_pluginId;
    Plugin::PluginDeclaration m_declaration;
    QString m_declarationProblem;
    QPointer<Runtime::LocalPlugin> m_process;
    QPointer<Debug::RegisteredPlugin> m_debug;
    QPointer<Runtime::PluginConnection> m_connection; // debug and remote
    std::optional<Runtime::RuntimeState> m_runState;  // remote, supervised by a RemoteDebugRun
};

class PluginRegistry : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        PluginIdRole,
        OriginRole,      // PluginOrigin as int
        StateRole,       // runtimeStateName()
        DescriptionRole, // SessionPlugin::description()
        FolderRole,
    };

    explicit PluginRegistry(QObject *parent = nullptr);
    ~PluginRegistry() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<SessionPlugin *> all() const { return m_plugins; }
    SessionPlugin *at(int row) const { return row >= 0 && row < m_plugins.size() ? m_plugins.at(row) : nullptr; }
    int rowOf(const SessionPlugin *plugin) const { return int(m_plugins.indexOf(const_cast<SessionPlugin *>(plugin))); }
    SessionPlugin *find(const QString &key) const;
    SessionPlugin *forFolder(const QString &dir) const { return find(SessionPlugin::folderKey(dir)); }
    // The entries of a plugin id, in registry order (a project folder, its installed copy, its debug session...).
    QList<SessionPlugin *> withPluginId(const QString &pluginId) const;

    // The plugin the user opened last (File > Open Folder, Open in console, F5, a pick in the
    // console); nullptr when none. When it goes away and an entry with the same key comes back
    // (a debug plugin reconnecting), it becomes current again.
    SessionPlugin *current() const { return m_current; }
    // The key of the plugin opened last, also while it is gone ("" when none was opened).
    QString currentKey() const { return m_currentKey; }
    void setCurrent(SessionPlugin *plugin);

signals:
    void pluginAdded(Studio::Session::SessionPlugin *plugin);
    void pluginRemoved(const QString &key);
    void currentChanged(Studio::Session::SessionPlugin *plugin);

private:
    friend class StudioSession;
    friend class SessionPlugin;
    friend class RemoteDebugRun;
    void add(SessionPlugin *plugin);
    void remove(SessionPlugin *plugin);
    void refresh(SessionPlugin *plugin);

    QList<SessionPlugin *> m_plugins;
    QPointer<SessionPlugin> m_current;
    QString m_currentKey;
};

} // namespace Studio::Session
