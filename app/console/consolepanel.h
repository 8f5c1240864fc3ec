// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ConsolePanel: pick a plugin (local folder, installed or debug-connected) and one of the actions
// its declaration offers, fill the generated form (or raw JSON), Run (F5) / Cancel, watch the
// streamed result, the plugin's logs and the history (replay with a diff, export/import).
// Wiring: `auto *dock = createConsoleDock(new HistoryStore(ws + "/console-history.jsonl"), this);`
//   `mainWindow->addPanel(dock, Qt::BottomDockWidgetArea);` then, for every plugin the studio
//   runs, `panel->addLocalPlugin(localPlugin, fullDeclaration)` or `panel->addConnection(conn, "debug", decl)`.

#include "app/console/pythonchoice.h"
#include "core/session/actioncatalogue.h"
#include "core/session/historystore.h"
#include "core/plugin/declarations.h"
#include "core/runtime/actions.h"
#include "core/runtime/streamassembler.h"

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
class DefaultReverseHandler;
class EnvironmentManager;
class Invocation;
class LocalPlugin;
class PluginConnection;
} // namespace Studio::Runtime

namespace Studio::App {

class ConfigForm;
class EnvironmentDialog;
class JsonTreeView;
class LogView;

using Session::HistoryEntry;
using Session::HistoryStore;
using ConsoleAction = Session::PluginAction;
inline QList<ConsoleAction> consoleActionsFor(const Plugin::PluginDeclaration &declaration)
{
    return Session::actionsFor(declaration);
}

class ConsolePanel : public QWidget
{
    Q_OBJECT
public:
    // `history` may be null (no persistence); it is not owned.
    explicit ConsolePanel(HistoryStore *history, QWidget *parent = nullptr);
    ~ConsolePanel() override;

    // A local plugin folder. `declaration` is the full declaration (loader); when empty the
    // runtime's own (manifest-level) one is used. Logs, stderr and env progress are shown.
    void addLocalPlugin(Runtime::LocalPlugin *plugin, const Plugin::PluginDeclaration &declaration = {},
                        const QString &label = {});
    // A connected plugin (remote debug or installed and running). `source`: "debug", "installed".
    void addConnection(Runtime::PluginConnection *connection, const QString &source,
                       const Plugin::PluginDeclaration &declaration = {});
    // Permission denials of reverse calls become a visible warning row. It is also the reverse
    // handler of a local plugin the console restarts on another Python (setPythonChoice).
    void setReverseHandler(Runtime::DefaultReverseHandler *handler);

    // ---- Python per plugin (Environment…). The choice is kept in `workspace` (settings) and used
    // by everyone who starts the plugin through localPluginOptions().
    void setWorkspace(Workspace::WorkspaceStore *workspace);
    Workspace::WorkspaceStore *workspace() const { return m_workspace; }
    void setEnvironmentCacheRoot(const QString &dir); // tests; empty: the user cache
    // The options to create the LocalPlugin of `pluginDir` with (its stored Python choice applied).
    Runtime::LocalPluginOptions localPluginOptions(const QString &pluginDir) const;
    // The choice of the selected local plugin (managed when none is stored or none is selected).
    PythonChoice pythonChoice() const;
    // Stores the choice for the selected local plugin; a running plugin is stopped and its
    // LocalPlugin replaced (same parent, object name and properties; the old one is deleted
    // later, so give local plugins a QObject parent) so the next start uses the choice.
    VoidResult setPythonChoice(const PythonChoice &choice);
    // Opens the Environment… dialog for the selected local plugin (non-blocking; applied on OK).
    // Null when no local plugin is selected.
    EnvironmentDialog *openEnvironmentDialog();
    // Drops the cached managed environment of the selected plugin and prepares it again (progress
    // row, cancellable). False when not possible (status says why).
    bool rebuildEnvironment();
    bool isRebuilding() const;
    void cancelEnvironment(); // stops the rebuild or the preparation of the selected plugin
    QString pythonText() const; // the header line: "Python: /usr/bin/python3.11 (existing interpreter)"
    QString statusText() const;

    bool selectPlugin(const QString &pluginId);
    bool selectAction(const QString &actionKey);
    QStringList actionKeys() const;
    ConfigForm *parametersForm() const { return m_params; }
    ConfigForm *credentialsForm() const { return m_creds; }

    void run();
    void cancel();
    bool isRunning() const { return !m_invocation.isNull(); }
    // Runs a history entry again (credentials from the current form) and shows the diff.
    bool replay(const QString &historyId);
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
    struct Target;
    Target *currentTarget() const;
    const ConsoleAction *currentAction() const;
    void addTarget(Target *t);
    void wireLocal(Target *t, Runtime::LocalPlugin *plugin);
    void refreshPython();
    void onTargetChanged();
    void onActionChanged();
    void startInvocation(const Runtime::InvokeRequest &request, const QString &target, const QString &replayOf);
    void onChunk(const QJsonObject &chunk);
    void onFinished();
    void renderBlobs();
    void appendHtml(const QString &html);
    void appendPlain(const QString &text);
    void loadImage(const QUrl &url);
    void onAnchor(const QUrl &url);
    void refreshHistory();
    void showWarning(const QString &text);
    void setBusy(bool busy);

    HistoryStore *m_history;
    QList<Target *> m_targets;
    QList<ConsoleAction> m_actions;
    QComboBox *m_pluginBox;
    QComboBox *m_actionBox;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QLabel *m_warning;
    QLabel *m_usage;
    QWidget *m_envRow;
    QPushButton *m_envButton;
    QLabel *m_python;
    QAction *m_envAction;
    QAction *m_rebuildAction;
    QPointer<Runtime::DefaultReverseHandler> m_reverseHandler;
    Workspace::WorkspaceStore *m_workspace = nullptr;
    QString m_envCacheRoot;
    QPointer<Runtime::EnvironmentManager> m_rebuild;
    int m_rebuildPhase = 0;
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
    bool m_runWhenReady = false;
    bool m_lastWasText = false;
};

// A dock holding a ConsolePanel (object name "consoleDock"). `panelOut` receives the panel.
QDockWidget *createConsoleDock(HistoryStore *history, QWidget *parent, ConsolePanel **panelOut = nullptr);

} // namespace Studio::App
