// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RemoteDebugRun: one-click remote debugging of a project folder against a Dify debug host
// (protocol.md §4). The session starts the plugin itself with INSTALL_METHOD=remote, pointed at
// the studio's relay (StudioSession::relay(), upstream = the Dify debug host and its debugging
// key), so the inspector logs every line of the real session. The run supervises the process:
//   - it is a remote-mode process: the protocol goes over TCP, so no stdio inactivity check kills
//     it; stdout and stderr are plain output;
//   - a crash restarts it (0 s for the first two failures in a row, then a growing pause, at most
//     `maxFailures`); a refusal by Dify (key refused, declaration refused) or an unreachable debug
//     host ends the run with an error that says what to do, instead of a restart loop;
//   - a saved project file restarts it at once (restart on save); the new process connects while
//     the SDK of the old one would still be sleeping its 5 s reconnect pause;
//   - Dify closing the connection (daemon restarted) starts it again at once, for the same reason.
// The plugin is listed in the session's registry as a remote plugin of `target.source` while the
// run lives (state active while connected). One run per session: StudioSession::startRemoteDebug().

#include "core/plugin/declarations.h"
#include "core/runtime/localplugin.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QFileSystemWatcher;

namespace Studio::Runtime {
class EnvironmentManager;
class StdioTransport;
} // namespace Studio::Runtime

namespace Studio::Session {

class SessionPlugin;
class StudioSession;

struct RemoteDebugTarget
{
    QString source;   // registry source of the plugin, e.g. "dify:my-cloud"
    QString label;    // for messages: "cloud.dify.ai (Team)"
    QString host;     // the Dify debug host (plugin daemon's debug port)
    quint16 port = 0;
    QString key;      // the debugging key that Dify issued
};

struct RemoteDebugOptions
{
    bool restartOnSave = true;
    int saveSettleMs = 150;          // an editor's save (write, rename) settles for this long
    int connectTimeoutMs = 180000;   // environment + start + registration
    int registeredQuietMs = 300;     // no refusal this long after the registration's end = registered
    int maxFailures = 5;             // crashes in a row before the run gives up
    std::function<int(int failures)> restartDelayMs; // default: 0, 0, 2 s, 5 s, 10 s
    int maxWatchedFiles = 4000;      // beyond it the folder is watched, not each file
};

enum class RemoteDebugState { Preparing, Starting, Connected, Restarting, Failed, Stopped };
QString remoteDebugStateName(RemoteDebugState state); // preparing, starting, connected, ...

class RemoteDebugRun : public QObject
{
    Q_OBJECT
public:
    ~RemoteDebugRun() override; // kills the process group

    RemoteDebugState state() const { return m_state; }
    bool isActive() const { return m_state != RemoteDebugState::Failed && m_state != RemoteDebugState::Stopped; }
    QString error() const { return m_error; } // why it failed ("" otherwise)
    QString projectDir() const { return m_dir; }
    const RemoteDebugTarget &target() const { return m_target; }
    QString pluginId() const { return m_decl.manifest.pluginId(); }
    SessionPlugin *entry() const { return m_entry; } // the registry's entry (null once stopped)
    qint64 processId() const;
    int launchCount() const { return m_launches; }
    // From the trigger (a saved file, Dify closing) to registered again; -1 before the first.
    qint64 lastReconnectMs() const { return m_lastReconnectMs; }
    QString lastRestartReason() const { return m_restartReason; }

    // Stops the process and starts it again at once (`why` is shown and logged).
    void restart(const QString &why);
    void stop(); // state Stopped, the entry removed from the registry

signals:
    void stateChanged(Studio::Session::RemoteDebugState state);
    void connected(); // registered with Dify (no refusal), after each (re)start
    void failed(const QString &reason);
    void restarting(const QString &reason);
    void output(const QString &text, bool isStderr); // environment progress, the plugin's output

private:
    friend class StudioSession;
    RemoteDebugRun(StudioSession *session, const QString &dir, const Plugin::PluginDeclaration &decl,
                   const RemoteDebugTarget &target, const RemoteDebugOptions &options);
    void begin();
    void setState(RemoteDebugState state);
    void prepare();
    void launch();
    void killProcess();
    void onProcessClosed(const QString &reason);
    void fail(const QString &reason);
    void onRelayStarted(const QString &peer);
    void onRelayEnded(const QString &peer, const QString &reason);
    void onRelayRefused(const QString &peer, const QString &line);
    void onLogged(int index);
    void markConnected();
    void watchFiles();
    void onFilesTouched();
    QByteArray folderSignature(QStringList *files) const;

    StudioSession *m_session;
    QString m_dir;
    Plugin::PluginDeclaration m_decl;
    RemoteDebugTarget m_target;
    RemoteDebugOptions m_options;
    Runtime::LocalPluginOptions m_pluginOptions;
    RemoteDebugState m_state = RemoteDebugState::Preparing;
    QString m_error, m_restartReason;
    QPointer<SessionPlugin> m_entry;
    Runtime::EnvironmentManager *m_env = nullptr;
    QString m_interpreter;
    QPointer<Runtime::StdioTransport> m_process;
    QString m_peer;              // the relay session of the running process
    bool m_relaunchWhenGone = false;
    bool m_stopping = false;
    int m_launches = 0, m_failures = 0;
    QTimer m_connectTimer, m_quietTimer, m_restartTimer, m_settleTimer;
    QFileSystemWatcher *m_watcher = nullptr;
    QByteArray m_signature;
    QElapsedTimer m_clock;
    qint64 m_triggerAtMs = -1; // m_clock time of a restart's trigger, until the next registration
    bool m_quietWaited = false;
    qint64 m_lastReconnectMs = -1;
};

} // namespace Studio::Session
