// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "Dify" dock (#13): the kept connections to real Difys (sign in, sign out, the workspace
// managed), that workspace's installed plugins with Marketplace updates (install a file or a
// Marketplace identifier, upgrade, uninstall), its install tasks with the daemon's messages,
// its plugin permissions, Deploy (the open project validated, packaged, optionally signed,
// uploaded and installed, the task followed) and Debug against Dify: the debugging key fetched,
// the studio's relay pointed at that Dify and the project started by the session in remote mode
// through it (StudioSession::startRemoteDebug: supervised, restarted on save, listed in the
// session's plugins, every message of the real session in the inspector), with its output, state
// and a Stop button; or, for an IDE launch, the project's .env written for the relay.
//
//   auto *dock = createDifyDock(session, context, window);

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;

class QPlainTextEdit;

namespace Studio::Workspace {
class WorkspaceStore;
}
namespace Studio::Debug {
class DebugRelay;
}
namespace Studio::Session {
class RemoteDebugRun;
class StudioSession;
}
namespace Studio::Net {
class Downloader;
}
namespace Studio::Dify {
class ConnectionStore;
class Remote;
class Deploy;
struct ConsoleError;
}

namespace Studio::App {

class StudioContext;

class DifyPanel : public QWidget
{
    Q_OBJECT
public:
    // `session` (its workspace, relay and remote-debug runs) is not owned and outlives the panel.
    DifyPanel(Session::StudioSession *session, StudioContext *context, QWidget *parent = nullptr);
    ~DifyPanel() override;

    // For tests and scripted use.
    QComboBox *connectionBox() const { return m_connections; }
    QTreeWidget *pluginTree() const { return m_plugins; }
    QTreeWidget *taskTree() const { return m_tasks; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *deployButton() const { return m_deploy; }
    QPushButton *debugButton() const { return m_debug; }
    QPushButton *stopDebugButton() const { return m_stopDebug; }
    QLabel *debugStatusLabel() const { return m_debugStatus; }
    QPlainTextEdit *debugOutput() const { return m_debugLog; }
    Dify::Remote *remote() const { return m_remote.get(); }
    void reloadConnections();
    void refresh(bool keepStatus = false); // keepStatus: the status line keeps what it says
    void deploy(bool replace = false);
    // Starts the open project against this Dify through the relay (one click).
    void debugAgainstDify();
    void stopDebugging();
    // The project's .env for a launch from an IDE through the relay.
    void writeDebugEnv();
    void signIn();

signals:
    void busyChanged(bool busy);

private:
    void openCurrent();
    void signOut();
    void refreshTasks();
    void refreshPermissions();
    void applyPermissions();
    void installFile();
    void installMarketplace();
    void upgradeSelected();
    void uninstallSelected();
    void clearTasks();
    void switchWorkspace(int index);
    void setBusy(bool busy, const QString &text = {});
    void showError(const QString &message);
    void updateButtons();
    void attachRun(Session::RemoteDebugRun *run);
    void showRunState();
    void withDebuggingKey(const std::function<void(const QString &host, quint16 port, const QString &key)> &then);

    Session::StudioSession *m_session;
    Workspace::WorkspaceStore *m_ws;
    QPointer<StudioContext> m_context;
    QPointer<Debug::DebugRelay> m_relay;
    QPointer<Session::RemoteDebugRun> m_run;
    std::unique_ptr<Dify::ConnectionStore> m_store;
    Net::Downloader *m_net;
    std::unique_ptr<Dify::Remote> m_remote;
    QPointer<Dify::Deploy> m_running;

    QComboBox *m_connections, *m_workspaces;
    QPushButton *m_signIn, *m_signOut, *m_refresh, *m_installFile, *m_installMp, *m_upgrade, *m_uninstall,
        *m_clearTasks, *m_applyPerms, *m_deploy, *m_debug, *m_stopDebug, *m_writeEnv, *m_cancel;
    QComboBox *m_installPerm, *m_debugPerm;
    QTabWidget *m_tabs;
    QTreeWidget *m_plugins, *m_tasks;
    QLabel *m_status, *m_account, *m_debugStatus;
    QPlainTextEdit *m_debugLog;
    QProgressBar *m_progress;
    bool m_busy = false;
    bool m_fillingWorkspaces = false;
};

QDockWidget *createDifyDock(Session::StudioSession *session, StudioContext *context, QWidget *parent,
                            DifyPanel **panelOut = nullptr);

} // namespace Studio::App
