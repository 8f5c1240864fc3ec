// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ConsolePanel: pick a plugin of the session (local folder, installed, debug-connected, remote) and
// one of the actions its declaration offers, fill the generated form (or raw JSON), Run (F5) /
// Cancel, watch the streamed result, the plugin's logs and the history (replay with a diff,
// export/import). It shows the session's plugin registry as it is and follows the plugin the user
// opened last (PluginRegistry::current()), saying which one it is; it never creates a plugin
// process or a core service: it asks the session (ensureRunning, renewProcess, rebuildEnvironment).
// Wiring: `window->addPanel(createConsoleDock(session, window), Qt::BottomDockWidgetArea);`

#include "app/console/pythonchoice.h"
#include "core/plugin/declarations.h"
#include "core/runtime/actions.h"
#include "core/runtime/streamassembler.h"
#include "core/session/actioncatalogue.h"
#include "core/session/historystore.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDockWidget;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUrl;

namespace Studio::Workspace {
class WorkspaceStore;
}

namespace Studio::Runtime {
class Invocation;
}

namespace Studio::Session {
class EnvironmentRebuild;
class SessionPlugin;
class StudioSession;
} // namespace Studio::Session

namespace Studio::App {

class ConfigForm;
class EnvironmentDialog;
class JsonTreeView;
class LogView;

using Session::HistoryEntry;
using Session::HistoryStore;
using ConsoleAction = Session::PluginAction;

class ConsolePanel : public QWidget
{
    Q_OBJECT
public:
    // `session` is not owned and outlives the panel.
    explicit ConsolePanel(Session::StudioSession *session, QWidget *parent = nullptr);
    ~ConsolePanel() override;

    Session::StudioSession *session() const { return m_session; }
    Workspace::WorkspaceStore *workspace() const;

    // The plugin shown (the session's current plugin once the user opened or picked one).
    Session::SessionPlugin *currentPlugin() const;
    // Shows that plugin and makes it the session's current one.
    bool showPlugin(Session::SessionPlugin *plugin);
    bool selectPlugin(const QString &pluginId); // the first entry with that plugin id
    bool selectKey(const QString &key);         // a registry key ("folder:/path", "debug:author/name")
    // Which plugin is shown, in a sentence ("Showing studio/echo 0.0.1, local folder /src/echo").
    QString shownText() const;

    // ---- Python per plugin (Environment…). The choice is kept in the session's workspace and
    // used by everyone who starts the plugin (StudioSession::pluginOptions()).
    // The choice of the shown local plugin (managed when none is stored or none is shown).
    PythonChoice pythonChoice() const;
    // Stores the choice for the shown local plugin; a running plugin is stopped and its process
    // renewed (SessionPlugin::renewProcess) so the next start uses the choice.
    VoidResult setPythonChoice(const PythonChoice &choice);
    // Opens the Environment… dialog for the shown local plugin (non-blocking; applied on OK).
    // Null when no local plugin is shown.
    EnvironmentDialog *openEnvironmentDialog();
    // Drops the cached managed environment of the shown plugin and prepares it again (progress
    // row, cancellable). False when not possible (status says why).
    bool rebuildEnvironment();
    bool isRebuilding() const;
    void cancelEnvironment(); // stops the rebuild or the preparation of the shown plugin
    QString pythonText() const; // the header line: "Python: /usr/bin/python3.11 (existing interpreter)"
    QString statusText() const;

    bool selectAction(const QString &actionKey);
    QStringList actionKeys() const;
    ConfigForm *parametersForm() const { return m_params; }
    ConfigForm *credentialsForm() const { return m_creds; }

    void run();
    void cancel();
    bool isRunning() const { return !m_invocation.isNull(); }
    // Runs a history entry again (credentials from the current form) and shows the diff.
    bool replay(const QString &historyId);
    // Replays a request captured from a real Dify session (the inspector's raw line) against the
    // local plugin folder (or installed copy) of `pluginId`, with the captured fields and
    // credentials; the run is added to the history like any other. False with the status saying why.
    bool replayCaptured(const QByteArray &line, const QString &pluginId);
    VoidResult exportInvocation(const QString &historyId, const QString &path) const;
    // Imports an exported invocation into the history (then it can be replayed).
    Result<QString> importInvocation(const QString &path);

    LogView *logView() const { return m_log; }
    QTextBrowser *outputView() const { return m_output; }
    JsonTreeView *jsonView() const { return m_json; }
    QString outputText() const;
    QString lastDiff() const;
    QString warningText() const; // the permission warning row ("" when hidden)
    HistoryStore *history() const { return m_history; }

Q_SIGNALS:
    void invocationFinished(const Studio::Session::HistoryEntry &entry);
    void environmentRebuilt(bool ok, const QString &message);
    void pythonChoiceChanged(const QString &pluginDir);

private:
    const ConsoleAction *currentAction() const;
    void watch(Session::SessionPlugin *plugin);
    void onTargetChanged();
    void onActionChanged();
    void onCurrentStateChanged();
    void followCurrent();
    void startWhenReady(Session::SessionPlugin *plugin);
    void startInvocation(const Runtime::InvokeRequest &request, const QString &target, const QString &replayOf);
    void onChunk(const QJsonObject &chunk);
    void onFinished();
    void renderBlobs();
    void appendHtml(const QString &html);
    void appendPlain(const QString &text);
    void loadImage(const QUrl &url);
    void onAnchor(const QUrl &url);
    void refreshHistory();
    void refreshPython();
    void showWarning(const QString &text);
    void setBusy(bool busy);

    Session::StudioSession *m_session;
    HistoryStore *m_history;
    QList<ConsoleAction> m_actions;
    QPointer<Session::SessionPlugin> m_shown;
    QString m_lastOpened;    // label of the plugin the user opened last
    bool m_goneShown = false; // it went away and the console says so
    QList<QMetaObject::Connection> m_shownLinks;
    QComboBox *m_pluginBox;
    QComboBox *m_actionBox;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QLabel *m_which;
    QLabel *m_status;
    QLabel *m_warning;
    QLabel *m_usage;
    QWidget *m_envRow;
    QPushButton *m_envButton;
    QLabel *m_python;
    QAction *m_envAction;
    QAction *m_rebuildAction;
    QPointer<Session::EnvironmentRebuild> m_rebuild;
    QProgressBar *m_envProgress;
    ConfigForm *m_params;
    ConfigForm *m_creds;
    QTabWidget *m_tabs;
    QTextBrowser *m_output;
    JsonTreeView *m_json;
    LogView *m_log;
    QTableView *m_historyView;
    QStandardItemModel *m_historyModel;
    QPlainTextEdit *m_diff;
    QNetworkAccessManager *m_network;

    QPointer<Runtime::Invocation> m_invocation;
    Runtime::StreamAssembler m_assembler;
    HistoryEntry m_current;
    QString m_replayOf;
    QString m_lastDiff;
    int m_renderedBlobs = 0;
    int m_startTicket = 0; // the start a run waits for; a cancel or another start supersedes it
    bool m_runWhenReady = false;
    bool m_lastWasText = false;
};

// Makes `session` start every local and installed plugin on the Python chosen for it in the console
// (Environment…, kept in the session's workspace), and refuse to start one whose choice is gone.
// The window calls it on its session; a session without it gives every plugin a managed environment.
void usePythonChoices(Session::StudioSession *session);

// A dock holding a ConsolePanel on `session` (object name "consoleDock"); its title says which
// plugin the console shows. `panelOut` receives the panel.
QDockWidget *createConsoleDock(Session::StudioSession *session, QWidget *parent, ConsolePanel **panelOut = nullptr);

} // namespace Studio::App
