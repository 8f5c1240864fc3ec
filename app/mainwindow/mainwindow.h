// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mainwindow/theme.h"
#include "core/common/diagnostic.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace Studio::App {

class EditorPage;
class LiveValidator;
class PackageInspector;
class ProblemsPanel;
class PreferencesDialog;
class PreferencesPage;
class ProjectExplorer;
class StartPage;
class StudioContext;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &workspaceDir = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a plugin folder, or a .difypkg read-only. Returns false (and says why) on failure.
    bool openPath(const QString &path);
    bool openProject(const QString &dir);
    bool openPackage(const QString &path);
    // Opens a project file (relative to the project) in a tab; line/column 1-based, 0 = keep.
    EditorPage *openFile(const QString &relativePath, int line = 0, int column = 0);

    // Docks and pages from other parts of the studio (console, debugger, marketplace...). A panel
    // whose content needs more room than a dock can count on scrolls inside its dock, so showing
    // docks never makes the window grow by itself.
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);
    // Opens a dock the way the View menu does (#18.8): shown, brought in front of the docks it
    // shares a tab group with, and the keyboard focus in it (its focus proxy, else its first
    // focusable field).
    void showPanel(QDockWidget *dock);
    // The View menu entry of a dock: checked while the dock is open; choosing it opens, raises
    // and focuses the dock, or closes it when it is already in front with the focus in it.
    QAction *panelAction(QDockWidget *dock) const { return m_panelActions.value(dock); }
    // The size of the first window on `screen`: most of its available area, never more.
    static QSize initialSize(const QRect &available);
    // The Edit menu, for panels that add actions to it.
    QMenu *editMenu() const { return m_editMenu; }

    // Edit > Preferences (Ctrl+,): one dialog, its pages in this order: general, editor, python,
    // workspace, appearance, then any other. `create` makes the page each time the dialog opens;
    // `applied` runs after the page was written (to hand new values to running services).
    void addPreferencesPage(const QString &id, const QString &title, std::function<PreferencesPage *()> create,
                            std::function<void()> applied = {});
    bool hasPreferencesPage(const QString &id) const;
    QString preferencesPageTitle(const QString &id) const;
    // Opens Preferences on `pageId` (the last page shown when empty) and waits for it to close.
    void showPreferences(const QString &pageId = QString());
    // The start page, shown while no file is open.
    StartPage *startPage() const { return m_start; }
    bool isStartPageShown() const;
    // Opens another workspace in a window of its own (`plugin-studio --workspace DIR`); tests
    // replace how.
    void openWorkspace(const QString &dir);
    void setWorkspaceOpener(std::function<void(const QString &)> opener) { m_workspaceOpener = std::move(opener); }
    QStringList recentWorkspaces() const;
    StudioContext *context() const { return m_context; }

    QString projectDir() const { return m_projectDir; }
    QTabWidget *tabs() const { return m_tabs; }
    EditorPage *currentPage() const;
    EditorPage *pageFor(const QString &relativePath) const;
    QList<EditorPage *> pages() const;
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    ProjectExplorer *explorer() const { return m_explorer; }
    LiveValidator *validator() const { return m_validator; }
    QLabel *validationLabel() const { return m_validationLabel; }
    QAction *action(const QString &name) const { return m_actions.value(name); }
    QStringList recentProjects() const;
    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);

    bool saveAll();
    bool closeTab(int index); // asks about unsaved changes; false when the user cancels
    // When set, unsaved-changes questions are answered with this (tests): Save, Discard or Cancel.
    void setUnsavedChangesAnswer(int standardButton) { m_forcedAnswer = standardButton; }

    // Saves a PNG of the window (hidden --screenshot option).
    bool saveScreenshot(const QString &file);

    // What Edit > Undo / Redo (and their standard keys) act on, from where the focus is: the
    // document the focus is in (form, code editor, find bar: its one undo stack); a text input
    // outside the documents (console inputs, the explorer filter...): that input's own history;
    // any other widget of a dock: nothing; elsewhere: the current document.
    struct UndoTarget
    {
        EditorPage *page = nullptr; // valid until the next event
        QWidget *input = nullptr;
        bool isNull() const { return !page && !input; }
    };
    UndoTarget undoTarget() const;
    void undo();
    void redo();

signals:
    void projectOpened(const QString &dir);
    void runRequested(const QString &projectDir); // F5: the console runs the project

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void restoreSettings();
    // Keeps the window on a screen that exists and inside its available area (never larger).
    void fitToScreen();
    void saveSettings();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void updateActions();
    void updateUndoActions();
    void updateCenter();
    void refreshStartPage();
    void clearRecent();
    void editCommand(const char *slot);
    void createPreferencesPages();
    void updateTitle();
    void showReport(const ValidationReport &report);
    void handleFileChanged(const QString &path);
    void watch(EditorPage *page);
    int askUnsaved(const QStringList &files);
    bool closeAllTabs();
    void newPlugin();
    void openFolderDialog();
    void openPackageDialog();
    void packageProject();
    void showKeys();
    void signPackage();
    void verifyPackage();
    void goToLine();

    StudioContext *m_context;
    QString m_projectDir;
    QTabWidget *m_tabs;
    QStackedWidget *m_center = nullptr;
    StartPage *m_start = nullptr;
    ProjectExplorer *m_explorer;
    QDockWidget *m_explorerDock;
    ProblemsPanel *m_problems;
    QDockWidget *m_problemsDock;
    LiveValidator *m_validator;
    QLabel *m_validationLabel;
    QLabel *m_cursorLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QFileSystemWatcher m_watcher;
    Theme m_theme = Theme::Light;
    int m_forcedAnswer = 0;
    bool m_restoring = false;
    bool m_shownOnce = false;
    QList<QDockWidget *> m_panels;
    QHash<QDockWidget *, QAction *> m_panelActions;
    QAction *makePanelAction(QDockWidget *dock);
    struct PreferencesEntry
    {
        QString id, title;
        std::function<PreferencesPage *()> create;
        std::function<void()> applied;
    };
    QList<PreferencesEntry> m_preferences;
    std::function<void(const QString &)> m_workspaceOpener;
};

} // namespace Studio::App
