// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow/mainwindow.h"

#include "app/editors/code/codeeditor.h"
#include "app/editors/document.h"
#include "app/editors/form/formeditor.h"
#include "app/mainwindow/projectexplorer.h"
#include "app/models/diagnosticsmodel.h"
#include "app/package/packagedialog.h"
#include "app/package/packageinspector.h"
#include "app/preferences/pages.h"
#include "app/preferences/preferencesdialog.h"
#include "app/problems/livevalidator.h"
#include "app/problems/problemsdock.h"
#include "app/publish/publishpage.h"
#include "app/start/startpage.h"
#include "app/studiocontext.h"
#include "app/widgets/wheelguard.h"
#include "app/wizard/newpluginwizard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace Studio::App {

namespace {
int maxRecent()
{
    return qBound(5, QSettings().value(QLatin1String(PreferenceKeys::RecentCount), 10).toInt(), 30);
}
// What a dock's content may ask for before it scrolls inside its dock (see addPanel).
constexpr QSize kDockMinimum(360, 240);

QString settingsKeyFor(const QString &dir)
{
    return QString::fromLatin1(QCryptographicHash::hash(dir.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

MainWindow::MainWindow(const QString &workspaceDir, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    WheelGuard::install(); // the wheel scrolls forms, never edits an unfocused field (once per process)
    m_context = new StudioContext(workspaceDir, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    // The centre: the start page while no file is open, else the tabs.
    m_start = new StartPage(this);
    m_center = new QStackedWidget(this);
    m_center->setObjectName(QStringLiteral("centre"));
    m_center->addWidget(m_start);
    m_center->addWidget(m_tabs);
    setCentralWidget(m_center);
    m_validator = new LiveValidator(this);

    createDocks();
    createActions();
    createMenus();
    createPreferencesPages();
    connect(m_start, &StartPage::newPluginRequested, this, &MainWindow::newPlugin);
    connect(m_start, &StartPage::openFolderRequested, this, &MainWindow::openFolderDialog);
    connect(m_start, &StartPage::openPackageRequested, this, &MainWindow::openPackageDialog);
    connect(m_start, &StartPage::pathActivated, this, [this](const QString &path) { openPath(path); });
    connect(m_start, &StartPage::workspaceActivated, this, &MainWindow::openWorkspace);
    connect(m_start, &StartPage::openWorkspaceFolderRequested, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), m_context->workspaceDir());
        if (!dir.isEmpty())
            openWorkspace(dir);
    });
    // This window's workspace is the first of the recent workspaces.
    {
        QStringList ws = recentWorkspaces();
        ws.removeAll(m_context->workspaceDir());
        ws.prepend(m_context->workspaceDir());
        while (ws.size() > maxRecent())
            ws.removeLast();
        QSettings().setValue(QStringLiteral("recentWorkspaces"), ws);
    }
    refreshStartPage();

    m_validationLabel = new QLabel(tr("No project"), this);
    m_validationLabel->setObjectName(QStringLiteral("validationState"));
    m_cursorLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_validationLabel);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        updateTitle();
        updateCenter();
    });
    connect(m_validator, &LiveValidator::started, this, [this] {
        m_problems->setBusy(true);
        m_validationLabel->setText(tr("Validating..."));
    });
    connect(m_validator, &LiveValidator::finished, this, &MainWindow::showReport);
    connect(m_problems, &ProblemsPanel::locationActivated, this, [this](const QString &file, int line, int column) {
        if (!file.isEmpty())
            openFile(file, qMax(1, line), qMax(1, column));
    });
    connect(m_explorer, &ProjectExplorer::fileActivated, this, [this](const QString &rel) { openFile(rel); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::handleFileChanged);

    // Undo/redo follow the focus (the Edit menu says what they will undo).
    qApp->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateUndoActions);

    setWindowTitle(tr("Plugin Studio"));
    // The first window is sized from the screen it opens on (a saved geometry replaces this).
    if (QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        resize(initialSize(available));
        move(available.center() - rect().center());
    }
    restoreSettings();
    // A screen unplugged while the window is on it: move to one that is still there.
    connect(qApp, &QGuiApplication::screenRemoved, this, [this] { QTimer::singleShot(0, this, &MainWindow::fitToScreen); });
    updateActions();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    disconnect(qApp, nullptr, this, nullptr);
    // Pages outlive this object's QMainWindow part while children are deleted: cut their links first.
    m_validator->disconnect(this);
    for (EditorPage *p : pages()) {
        p->undoStack()->disconnect(this);
        p->editor()->disconnect(this);
        p->disconnect(this);
    }
    m_tabs->disconnect(this);
}

void MainWindow::createDocks()
{
    m_explorer = new ProjectExplorer(this);
    m_explorerDock = new QDockWidget(tr("Project"), this);
    m_explorerDock->setObjectName(QStringLiteral("projectDock"));
    m_explorerDock->setWidget(m_explorer);
    addDockWidget(Qt::LeftDockWidgetArea, m_explorerDock);

    m_problems = new ProblemsPanel(this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    resizeDocks({m_explorerDock}, {280}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {200}, Qt::Vertical);
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot,
                      QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)).remove(QLatin1Char('&')));
        }
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        return a;
    };
    add(QStringLiteral("newPlugin"), tr("&New Plugin..."), QKeySequence(QKeySequence::New), [this] { newPlugin(); }, QStyle::SP_FileIcon);
    add(QStringLiteral("openFolder"), tr("&Open Folder..."), QKeySequence(QKeySequence::Open), [this] { openFolderDialog(); }, QStyle::SP_DirOpenIcon);
    add(QStringLiteral("openPackage"), tr("Open &Package..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { openPackageDialog(); });
    add(QStringLiteral("save"), tr("&Save"), QKeySequence(QKeySequence::Save), [this] {
        if (EditorPage *p = currentPage()) {
            QString error;
            if (!p->save(&error))
                QMessageBox::warning(this, tr("Save"), error);
            m_validator->clearOverlay(p->relativePath());
            m_validator->schedule();
        }
    }, QStyle::SP_DialogSaveButton);
    add(QStringLiteral("saveAll"), tr("Save A&ll"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { saveAll(); });
    add(QStringLiteral("closeTab"), tr("&Close Tab"), QKeySequence(QKeySequence::Close), [this] {
        if (m_tabs->currentIndex() >= 0)
            closeTab(m_tabs->currentIndex());
    });
    add(QStringLiteral("quit"), tr("&Quit"), QKeySequence(QKeySequence::Quit), [this] { close(); });
    add(QStringLiteral("undo"), tr("&Undo"), QKeySequence(QKeySequence::Undo), [this] { undo(); });
    add(QStringLiteral("redo"), tr("&Redo"), QKeySequence(QKeySequence::Redo), [this] { redo(); });
    // Every standard binding of the platform (Ctrl+Shift+Z and Ctrl+Y for Redo on Linux).
    m_actions.value(QStringLiteral("undo"))->setShortcuts(QKeySequence::Undo);
    m_actions.value(QStringLiteral("redo"))->setShortcuts(QKeySequence::Redo);
    add(QStringLiteral("find"), tr("&Find..."), QKeySequence(QKeySequence::Find), [this] {
        if (EditorPage *p = currentPage())
            p->findBar()->showFind();
    });
    add(QStringLiteral("replace"), tr("R&eplace..."), QKeySequence(QKeySequence::Replace), [this] {
        if (EditorPage *p = currentPage())
            p->findBar()->showReplace();
    });
    add(QStringLiteral("goToLine"), tr("&Go to Line..."), QKeySequence(Qt::CTRL | Qt::Key_G), [this] { goToLine(); });
    add(QStringLiteral("problems"), tr("&Problems"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
        showPanel(m_problemsDock);
        m_problems->view()->setFocus();
    });
    add(QStringLiteral("validate"), tr("&Validate Now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { m_validator->validateNow(); },
        QStyle::SP_DialogApplyButton);
    add(QStringLiteral("package"), tr("Pac&kage..."), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { packageProject(); }, QStyle::SP_DriveFDIcon);
    add(QStringLiteral("sign"), tr("&Sign Package..."), {}, [this] { signPackage(); });
    add(QStringLiteral("verify"), tr("&Verify / Inspect Package..."), {}, [this] { verifyPackage(); });
    add(QStringLiteral("keys"), tr("Signing &Keys..."), {}, [this] { showKeys(); });
    add(QStringLiteral("run"), tr("&Run in Console"), QKeySequence(Qt::Key_F5), [this] {
        saveAll();
        for (QDockWidget *d : std::as_const(m_panels)) {
            if (d->objectName().contains(QLatin1String("console"), Qt::CaseInsensitive))
                showPanel(d);
        }
        emit runRequested(m_projectDir);
    }, QStyle::SP_MediaPlay);
    add(QStringLiteral("cut"), tr("Cu&t"), QKeySequence(QKeySequence::Cut), [this] { editCommand("cut"); });
    add(QStringLiteral("copy"), tr("&Copy"), QKeySequence(QKeySequence::Copy), [this] { editCommand("copy"); });
    add(QStringLiteral("paste"), tr("&Paste"), QKeySequence(QKeySequence::Paste), [this] { editCommand("paste"); });
    add(QStringLiteral("selectAll"), tr("Select &All"), QKeySequence(QKeySequence::SelectAll), [this] { editCommand("selectAll"); });
    add(QStringLiteral("preferences"), tr("&Preferences..."), QKeySequence(QKeySequence::Preferences), [this] { showPreferences(); });
    // Every standard binding of the platform for each standard command (Close is also Ctrl+F4...).
    const QList<QPair<const char *, QKeySequence::StandardKey>> standard{
        {"newPlugin", QKeySequence::New}, {"openFolder", QKeySequence::Open}, {"save", QKeySequence::Save},
        {"closeTab", QKeySequence::Close}, {"quit", QKeySequence::Quit}, {"find", QKeySequence::Find},
        {"replace", QKeySequence::Replace}, {"cut", QKeySequence::Cut}, {"copy", QKeySequence::Copy},
        {"paste", QKeySequence::Paste}, {"selectAll", QKeySequence::SelectAll}, {"preferences", QKeySequence::Preferences}};
    for (const auto &[name, key] : standard)
        if (!QKeySequence::keyBindings(key).isEmpty())
            m_actions.value(QString::fromLatin1(name))->setShortcuts(key);
    // Preferences has no binding on some desktops: Ctrl+, as on the others.
    if (m_actions.value(QStringLiteral("preferences"))->shortcuts().isEmpty())
        m_actions.value(QStringLiteral("preferences"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_actions.value(QStringLiteral("preferences"))->setMenuRole(QAction::PreferencesRole);
    auto *light = add(QStringLiteral("themeLight"), tr("&Light"), {}, [this] { setTheme(Theme::Light); });
    auto *dark = add(QStringLiteral("themeDark"), tr("&Dark"), {}, [this] { setTheme(Theme::Dark); });
    light->setCheckable(true);
    dark->setCheckable(true);
    auto *group = new QActionGroup(this);
    group->addAction(light);
    group->addAction(dark);
    light->setChecked(true);
    add(QStringLiteral("about"), tr("&About Plugin Studio"), {}, [this] {
        QMessageBox::about(this, tr("About Plugin Studio"),
                           tr("<b>Plugin Studio %1</b><br>Author, validate, package, sign, run and debug Dify plugins.<br>GPL-3.0-or-later.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.value(QStringLiteral("newPlugin")));
    file->addAction(m_actions.value(QStringLiteral("openFolder")));
    file->addAction(m_actions.value(QStringLiteral("openPackage")));
    m_recentMenu = file->addMenu(tr("Recent &Projects"));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("save")));
    file->addAction(m_actions.value(QStringLiteral("saveAll")));
    file->addAction(m_actions.value(QStringLiteral("closeTab")));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = edit;
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::updateUndoActions);
    edit->addAction(m_actions.value(QStringLiteral("undo")));
    edit->addAction(m_actions.value(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("cut")));
    edit->addAction(m_actions.value(QStringLiteral("copy")));
    edit->addAction(m_actions.value(QStringLiteral("paste")));
    edit->addAction(m_actions.value(QStringLiteral("selectAll")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("find")));
    edit->addAction(m_actions.value(QStringLiteral("replace")));
    edit->addAction(m_actions.value(QStringLiteral("goToLine")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("preferences")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_actions.value(QStringLiteral("problems")));
    m_viewMenu->addAction(makePanelAction(m_explorerDock));
    m_viewMenu->addAction(makePanelAction(m_problemsDock));
    QMenu *theme = m_viewMenu->addMenu(tr("&Theme"));
    theme->addAction(m_actions.value(QStringLiteral("themeLight")));
    theme->addAction(m_actions.value(QStringLiteral("themeDark")));
    m_viewMenu->addSeparator();

    QMenu *plugin = menuBar()->addMenu(tr("&Plugin"));
    plugin->addAction(m_actions.value(QStringLiteral("validate")));
    plugin->addAction(m_actions.value(QStringLiteral("run")));
    plugin->addSeparator();
    plugin->addAction(m_actions.value(QStringLiteral("package")));
    plugin->addAction(m_actions.value(QStringLiteral("sign")));
    plugin->addAction(m_actions.value(QStringLiteral("verify")));
    plugin->addAction(m_actions.value(QStringLiteral("keys")));
    plugin->addSeparator();
    plugin->addAction(m_actions[QStringLiteral("publish")] = installPublishPage(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.value(QStringLiteral("about")));

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *n : {"newPlugin", "openFolder", "save", "validate", "package", "run"})
        tb->addAction(m_actions.value(QString::fromLatin1(n)));
    rebuildRecentMenu();
}

QSize MainWindow::initialSize(const QRect &available)
{
    // 90% of the screen, up to 1600x1000; on a 1024x768 screen 921x691, on 1920x1080 1600x972.
    return QSize(qMin(available.width() * 9 / 10, 1600), qMin(available.height() * 9 / 10, 1000));
}

void MainWindow::fitToScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QRect frame = m_shownOnce ? frameGeometry() : geometry();
    const QMargins margins(geometry().left() - frame.left(), geometry().top() - frame.top(),
                           frame.right() - geometry().right(), frame.bottom() - geometry().bottom());
    // The screen the window is (mostly) on, else the one nearest to it, else the primary one.
    QScreen *target = QGuiApplication::screenAt(frame.center());
    if (!target) {
        qint64 best = -1;
        for (QScreen *s : QGuiApplication::screens()) {
            const QRect overlap = s->availableGeometry().intersected(frame);
            const qint64 area = overlap.isValid() ? qint64(overlap.width()) * overlap.height() : 0;
            if (area > best) {
                best = area;
                target = s;
            }
        }
        if (best <= 0)
            target = QGuiApplication::primaryScreen();
    }
    if (!target)
        return;
    const QRect available = target->availableGeometry();
    QSize size = geometry().size();
    size.setWidth(qMin(size.width(), available.width() - margins.left() - margins.right()));
    size.setHeight(qMin(size.height(), available.height() - margins.top() - margins.bottom()));
    size = size.expandedTo(minimumSize());
    QRect wanted(frame.topLeft(), size.grownBy(margins));
    if (!available.contains(wanted)) {
        wanted.moveLeft(qBound(available.left(), wanted.left(), qMax(available.left(), available.right() - wanted.width() + 1)));
        wanted.moveTop(qBound(available.top(), wanted.top(), qMax(available.top(), available.bottom() - wanted.height() + 1)));
    }
    const QRect client = wanted.marginsRemoved(margins);
    if (client != geometry())
        setGeometry(client);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        // The frame is known now: fit once more with it (a saved geometry may be from another screen).
        QTimer::singleShot(0, this, &MainWindow::fitToScreen);
    }
}

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    if (!dock)
        return;
    // A dock's content asks for as much room as its controls side by side; taken as a minimum, that
    // would grow the window (beyond the screen on 1024x768) as soon as docks are shown together.
    // Such content scrolls inside its dock instead.
    if (QWidget *content = dock->widget(); content && !qobject_cast<QAbstractScrollArea *>(content)) {
        const QSize need = content->minimumSizeHint();
        if (need.width() > kDockMinimum.width() || need.height() > kDockMinimum.height()) {
            auto *scroll = new QScrollArea(dock);
            scroll->setObjectName(dock->objectName() + QStringLiteral("Scroll"));
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidgetResizable(true);
            scroll->setWidget(content);
            dock->setWidget(scroll);
        }
    }
    if (dock->objectName().isEmpty())
        dock->setObjectName(QStringLiteral("panel_%1").arg(m_panels.size()));
    dock->setParent(this);
    addDockWidget(area, dock);
    // The editor keeps the centre: left panels share the project dock as tabs, bottom panels share
    // the Problems dock, right panels start hidden (View menu). A saved layout overrides this.
    if (area == Qt::LeftDockWidgetArea) {
        tabifyDockWidget(m_explorerDock, dock);
        m_explorerDock->raise();
        resizeDocks({m_explorerDock}, {300}, Qt::Horizontal);
    } else if (area == Qt::BottomDockWidgetArea) {
        tabifyDockWidget(m_problemsDock, dock);
        m_problemsDock->raise();
    } else {
        for (QDockWidget *other : std::as_const(m_panels))
            if (dockWidgetArea(other) == area) {
                tabifyDockWidget(other, dock);
                break;
            }
        dock->hide();
    }
    m_panels.append(dock);
    m_viewMenu->addAction(makePanelAction(dock));
    if (!m_restoring) {
        QSettings s;
        restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    }
}

QAction *MainWindow::makePanelAction(QDockWidget *dock)
{
    // Not the dock's own toggleViewAction(): for a dock behind another tab it is checked, and
    // choosing it closed the dock the user wanted to see.
    auto *action = new QAction(dock->windowTitle(), this);
    action->setObjectName(QStringLiteral("view_") + dock->objectName());
    action->setCheckable(true);
    action->setChecked(!dock->isHidden());
    connect(dock->toggleViewAction(), &QAction::toggled, action, &QAction::setChecked);
    connect(dock, &QDockWidget::windowTitleChanged, action, &QAction::setText);
    connect(action, &QAction::triggered, this, [this, dock, action] {
        const QWidget *focus = QApplication::focusWidget();
        const bool inFront = !dock->isHidden() && dock->isVisible() && focus && dock->isAncestorOf(focus);
        if (inFront)
            dock->close();
        else
            showPanel(dock);
        action->setChecked(!dock->isHidden());
    });
    m_panelActions.insert(dock, action);
    return action;
}

void MainWindow::showPanel(QDockWidget *dock)
{
    if (!dock)
        return;
    dock->show();
    dock->raise();
    if (dock->isFloating())
        dock->activateWindow();
    else
        activateWindow();
    QWidget *content = dock->widget();
    if (auto *scroll = qobject_cast<QScrollArea *>(content); scroll && scroll->widget())
        content = scroll->widget();
    if (!content)
        return;
    QWidget *target = content->focusProxy() ? content : nullptr;
    if (!target) {
        const QList<QWidget *> children = content->findChildren<QWidget *>();
        for (QWidget *w : children)
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(dock) && w->isEnabled()) {
                target = w;
                break;
            }
    }
    if (!target && (content->focusPolicy() & Qt::TabFocus))
        target = content;
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

bool MainWindow::openPath(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isDir())
        return openProject(fi.absoluteFilePath());
    if (fi.isFile() && (fi.suffix() == QLatin1String("difypkg") || fi.suffix() == QLatin1String("zip")))
        return openPackage(fi.absoluteFilePath());
    if (fi.isFile() && fi.fileName() == QLatin1String("manifest.yaml"))
        return openProject(fi.absolutePath());
    const QString msg = fi.exists() ? tr("%1 is neither a plugin folder nor a .difypkg file.").arg(path)
                                    : tr("%1 does not exist.").arg(path);
    statusBar()->showMessage(msg, 10000);
    if (isVisible() && !m_forcedAnswer)
        QMessageBox::warning(this, tr("Open"), msg);
    return false;
}

bool MainWindow::openProject(const QString &dirIn)
{
    const QString dir = QDir(dirIn).absolutePath();
    if (!QFileInfo(dir).isDir())
        return openPath(dir);
    if (!closeAllTabs())
        return false;
    m_projectDir = dir;
    m_context->setProjectDir(dir);
    m_explorer->setProjectDir(dir);
    m_validator->setProjectDir(dir);
    m_validator->validateNow();
    addRecent(dir);
    QSettings s;
    const QString key = settingsKeyFor(dir);
    const QStringList tabs = s.value(QStringLiteral("projects/%1/tabs").arg(key)).toStringList();
    for (const QString &rel : tabs)
        if (QFileInfo(QDir(dir).filePath(rel)).isFile())
            openFile(rel);
    if (m_tabs->count() == 0 && QFileInfo(QDir(dir).filePath(QStringLiteral("manifest.yaml"))).isFile())
        openFile(QStringLiteral("manifest.yaml"));
    const int current = s.value(QStringLiteral("projects/%1/current").arg(key), 0).toInt();
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
    if (!QFileInfo(QDir(dir).filePath(QStringLiteral("manifest.yaml"))).isFile())
        statusBar()->showMessage(tr("%1 has no manifest.yaml: it is not a plugin folder yet.").arg(dir), 10000);
    updateTitle();
    updateActions();
    emit projectOpened(dir);
    return true;
}

bool MainWindow::openPackage(const QString &path)
{
    auto *inspector = new PackageInspector(trustedKeyFiles(m_context->keysDir()), m_tabs);
    inspector->setObjectName(QStringLiteral("packageInspector"));
    inspector->setProperty("packagePath", path);
    const int i = m_tabs->addTab(inspector, QFileInfo(path).fileName());
    m_tabs->setTabToolTip(i, path);
    m_tabs->setCurrentIndex(i);
    inspector->openPackage(path);
    addRecent(path);
    return true;
}

EditorPage *MainWindow::pageFor(const QString &relativePath) const
{
    for (EditorPage *p : pages())
        if (p->relativePath() == relativePath)
            return p;
    return nullptr;
}

QList<EditorPage *> MainWindow::pages() const
{
    QList<EditorPage *> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *p = qobject_cast<EditorPage *>(m_tabs->widget(i)))
            out << p;
    return out;
}

EditorPage *MainWindow::currentPage() const
{
    return qobject_cast<EditorPage *>(m_tabs->currentWidget());
}

EditorPage *MainWindow::openFile(const QString &relativePath, int line, int column)
{
    if (m_projectDir.isEmpty())
        return nullptr;
    const QString rel = QDir::cleanPath(relativePath);
    EditorPage *page = pageFor(rel);
    if (!page) {
        const QString abs = QDir(m_projectDir).filePath(rel);
        if (!QFileInfo(abs).isFile()) {
            statusBar()->showMessage(tr("%1 does not exist.").arg(rel), 8000);
            return nullptr;
        }
        page = new EditorPage(abs, rel, m_tabs);
        QString error;
        if (!page->load(&error)) {
            delete page;
            statusBar()->showMessage(error, 10000);
            if (!m_forcedAnswer)
                QMessageBox::warning(this, tr("Open File"), error);
            return nullptr;
        }
        page->setDarkTheme(m_theme == Theme::Dark);
        const int i = m_tabs->addTab(page, QFileInfo(rel).fileName());
        m_tabs->setTabToolTip(i, rel);
        connect(page, &EditorPage::modificationChanged, this, [this, page](bool modified) {
            const int idx = m_tabs->indexOf(page);
            if (idx >= 0)
                m_tabs->setTabText(idx, QFileInfo(page->relativePath()).fileName() + (modified ? QStringLiteral(" *") : QString()));
            updateTitle();
        });
        connect(page, &EditorPage::textEdited, this, &MainWindow::updateUndoActions);
        connect(page, &EditorPage::typingChanged, this, &MainWindow::updateUndoActions);
        connect(page, &EditorPage::textEdited, this, [this, page] {
            if (page->isModified())
                m_validator->setOverlay(page->relativePath(), page->text());
            else
                m_validator->clearOverlay(page->relativePath());
        });
        connect(page->editor(), &QsciScintilla::cursorPositionChanged, this, [this, page](int l, int c) {
            if (page == currentPage())
                m_cursorLabel->setText(tr("Ln %1, Col %2").arg(l + 1).arg(c + 1));
        });
        connect(page->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
        connect(page->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
        QList<Diagnostic> mine;
        for (const Diagnostic &d : m_validator->lastReport().diagnostics())
            if (d.file == rel)
                mine << d;
        page->setDiagnostics(mine);
        watch(page);
    }
    m_tabs->setCurrentWidget(page);
    if (line > 0)
        page->editor()->goToLine(line, qMax(1, column));
    return page;
}

void MainWindow::watch(EditorPage *page)
{
    if (!m_watcher.files().contains(page->absolutePath()))
        m_watcher.addPath(page->absolutePath());
}

void MainWindow::handleFileChanged(const QString &path)
{
    EditorPage *page = nullptr;
    for (EditorPage *p : pages())
        if (p->absolutePath() == path)
            page = p;
    if (!page)
        return;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        // Deleted or being replaced atomically: look again shortly.
        QTimer::singleShot(200, this, [this, path] {
            if (QFileInfo::exists(path)) {
                m_watcher.addPath(path);
                handleFileChanged(path);
            } else {
                statusBar()->showMessage(tr("%1 was deleted on disk; save to write it again.").arg(path), 10000);
            }
        });
        return;
    }
    m_watcher.addPath(path);
    QFile f(path);
    if (f.open(QIODevice::ReadOnly) && QString::fromUtf8(f.readAll()) == page->text())
        return; // our own save, or no real change
    if (!page->isModified()) {
        page->reloadFromDisk();
        statusBar()->showMessage(tr("Reloaded %1 (changed on disk).").arg(page->relativePath()), 5000);
        m_validator->schedule();
        return;
    }
    int answer = m_forcedAnswer;
    if (!answer)
        answer = QMessageBox::question(this, tr("File Changed"),
                                       tr("%1 changed on disk and has unsaved changes here. Reload it and lose your changes?")
                                           .arg(page->relativePath()),
                                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes || answer == QMessageBox::Discard) {
        page->reloadFromDisk();
        m_validator->clearOverlay(page->relativePath());
    }
}

int MainWindow::askUnsaved(const QStringList &files)
{
    if (m_forcedAnswer)
        return m_forcedAnswer;
    return QMessageBox::question(this, tr("Unsaved Changes"),
                                 tr("These files have unsaved changes:\n%1\n\nSave them?").arg(files.join(QLatin1Char('\n'))),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

bool MainWindow::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (!w)
        return false;
    if (auto *page = qobject_cast<EditorPage *>(w); page && page->isModified()) {
        const int answer = askUnsaved({page->relativePath()});
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            QString error;
            if (!page->save(&error)) {
                QMessageBox::warning(this, tr("Save"), error);
                return false;
            }
        }
        m_validator->clearOverlay(page->relativePath());
    }
    if (auto *page = qobject_cast<EditorPage *>(w)) {
        m_watcher.removePath(page->absolutePath());
        page->undoStack()->disconnect(this);
        page->editor()->disconnect(this);
        page->disconnect(this);
    }
    m_tabs->removeTab(index);
    w->deleteLater();
    updateActions();
    return true;
}

bool MainWindow::closeAllTabs()
{
    QStringList modified;
    for (EditorPage *p : pages())
        if (p->isModified())
            modified << p->relativePath();
    if (!modified.isEmpty()) {
        const int answer = askUnsaved(modified);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !saveAll())
            return false;
    }
    saveSettings();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        if (auto *page = qobject_cast<EditorPage *>(w))
            m_watcher.removePath(page->absolutePath());
        m_tabs->removeTab(0);
        delete w;
    }
    return true;
}

bool MainWindow::saveAll()
{
    bool ok = true;
    for (EditorPage *p : pages()) {
        if (!p->isModified())
            continue;
        QString error;
        if (!p->save(&error)) {
            ok = false;
            statusBar()->showMessage(error, 10000);
        } else {
            m_validator->clearOverlay(p->relativePath());
        }
    }
    m_validator->schedule();
    return ok;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QStringList modified;
    for (EditorPage *p : pages())
        if (p->isModified())
            modified << p->relativePath();
    if (!modified.isEmpty()) {
        const int answer = askUnsaved(modified);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveAll())) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("theme"), themeName(m_theme));
    s.setValue(QStringLiteral("lastProject"), m_projectDir);
    if (!m_projectDir.isEmpty()) {
        QStringList tabs;
        for (EditorPage *p : pages())
            tabs << p->relativePath();
        const QString key = settingsKeyFor(m_projectDir);
        s.setValue(QStringLiteral("projects/%1/tabs").arg(key), tabs);
        s.setValue(QStringLiteral("projects/%1/current").arg(key), m_tabs->currentIndex());
    }
}

void MainWindow::restoreSettings()
{
    m_restoring = true;
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    fitToScreen(); // saved on a larger screen, or on one that is gone
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    setTheme(themeFromName(s.value(QStringLiteral("theme"), QStringLiteral("light")).toString()));
    m_restoring = false;
}

QStringList MainWindow::recentProjects() const
{
    return QSettings().value(QStringLiteral("recentProjects")).toStringList();
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent())
        recent.removeLast();
    QSettings().setValue(QStringLiteral("recentProjects"), recent);
    rebuildRecentMenu();
}

QStringList MainWindow::recentWorkspaces() const
{
    return QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
}

void MainWindow::clearRecent()
{
    QSettings s;
    s.remove(QStringLiteral("recentProjects"));
    s.setValue(QStringLiteral("recentWorkspaces"), QStringList{m_context->workspaceDir()});
    rebuildRecentMenu();
}

void MainWindow::refreshStartPage()
{
    if (m_start)
        m_start->setEntries(recentProjects(), recentWorkspaces(), m_context->workspaceDir());
}

bool MainWindow::isStartPageShown() const
{
    return m_center && m_center->currentWidget() == m_start;
}

void MainWindow::updateCenter()
{
    if (!m_center)
        return;
    QWidget *want = m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : static_cast<QWidget *>(m_start);
    if (m_center->currentWidget() == want)
        return;
    if (want == m_start)
        refreshStartPage();
    m_center->setCurrentWidget(want);
}

void MainWindow::openWorkspace(const QString &dirIn)
{
    const QString dir = QDir(dirIn).absolutePath();
    if (dir.isEmpty() || QDir::cleanPath(dir) == QDir::cleanPath(m_context->workspaceDir()))
        return;
    if (m_workspaceOpener) {
        m_workspaceOpener(dir);
        return;
    }
    // One workspace per window (its key, its installed plugins): a new window of its own.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--workspace"), dir}))
        QMessageBox::warning(this, tr("Open Workspace"), tr("Plugin Studio could not be started for %1.").arg(dir));
}

void MainWindow::editCommand(const char *slot)
{
    // Cut, Copy, Paste and Select All of whatever text the focus is in (a line edit, a text edit,
    // the code editor); other widgets have no such command and nothing happens.
    const QByteArray signature = QByteArray(slot) + QByteArray("()");
    QWidget *w = QApplication::focusWidget();
    while (w && w->metaObject()->indexOfMethod(signature.constData()) < 0 && qobject_cast<QAbstractScrollArea *>(w->parentWidget()))
        w = w->parentWidget(); // a text edit's viewport
    if (w && w->metaObject()->indexOfMethod(signature.constData()) >= 0)
        QMetaObject::invokeMethod(w, slot);
}

void MainWindow::addPreferencesPage(const QString &id, const QString &title, std::function<PreferencesPage *()> create,
                                    std::function<void()> applied)
{
    for (PreferencesEntry &e : m_preferences) {
        if (e.id == id) {
            e = {id, title, std::move(create), std::move(applied)};
            return;
        }
    }
    static const QStringList order{QStringLiteral("general"), QStringLiteral("editor"), QStringLiteral("python"),
                                   QStringLiteral("workspace"), QStringLiteral("appearance")};
    auto rank = [](const QString &pageId) {
        const int i = int(order.indexOf(pageId));
        return i < 0 ? int(order.size()) : i;
    };
    int at = 0;
    while (at < m_preferences.size() && rank(m_preferences.at(at).id) <= rank(id))
        ++at;
    m_preferences.insert(at, {id, title, std::move(create), std::move(applied)});
}

bool MainWindow::hasPreferencesPage(const QString &id) const
{
    for (const PreferencesEntry &e : m_preferences)
        if (e.id == id)
            return true;
    return false;
}

QString MainWindow::preferencesPageTitle(const QString &id) const
{
    for (const PreferencesEntry &e : m_preferences)
        if (e.id == id)
            return e.title;
    return {};
}

void MainWindow::showPreferences(const QString &pageId)
{
    PreferencesDialog dialog(this);
    for (const PreferencesEntry &e : std::as_const(m_preferences))
        dialog.addPage(e.id, e.title, e.create(), e.applied);
    QSettings s;
    if (!dialog.showPage(pageId.isEmpty() ? s.value(QStringLiteral("preferences/page")).toString() : pageId))
        dialog.showPage(QStringLiteral("general"));
    dialog.exec();
    s.setValue(QStringLiteral("preferences/page"), dialog.currentPageId());
}

void MainWindow::createPreferencesPages()
{
    addPreferencesPage(QStringLiteral("general"), tr("General"), [this] {
        return new GeneralPreferencesPage([this] { clearRecent(); });
    }, [this] { rebuildRecentMenu(); });
    addPreferencesPage(QStringLiteral("editor"), tr("Editor"), [] { return new EditorPreferencesPage; }, [this] {
        const EditorSettings settings = EditorSettings::load();
        for (EditorPage *p : pages())
            p->editor()->applySettings(settings);
    });
    addPreferencesPage(QStringLiteral("appearance"), tr("Appearance"), [this] {
        return new AppearancePreferencesPage(m_theme, [this](Theme t) { setTheme(t); });
    });
}

void MainWindow::rebuildRecentMenu()
{
    refreshStartPage();
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentProjects();
    for (const QString &p : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(p));
        connect(a, &QAction::triggered, this, [this, p] { openPath(p); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this, &MainWindow::clearRecent);
    }
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    applyTheme(theme);
    m_actions.value(theme == Theme::Dark ? QStringLiteral("themeDark") : QStringLiteral("themeLight"))->setChecked(true);
    for (EditorPage *p : pages())
        p->setDarkTheme(theme == Theme::Dark);
    if (!m_restoring)
        QSettings().setValue(QStringLiteral("theme"), themeName(theme));
}

void MainWindow::updateActions()
{
    updateCenter();
    const bool project = !m_projectDir.isEmpty();
    EditorPage *p = currentPage();
    m_actions.value(QStringLiteral("save"))->setEnabled(p);
    m_actions.value(QStringLiteral("closeTab"))->setEnabled(m_tabs->count() > 0);
    updateUndoActions();
    for (const char *n : {"find", "replace", "goToLine"})
        m_actions.value(QString::fromLatin1(n))->setEnabled(p);
    m_actions.value(QStringLiteral("validate"))->setEnabled(project);
    m_actions.value(QStringLiteral("run"))->setEnabled(project);
    QAction *pkg = m_actions.value(QStringLiteral("package"));
    pkg->setEnabled(project && PackageDialog::isAvailable());
    if (!PackageDialog::isAvailable())
        pkg->setToolTip(tr("Packaging is not part of this build."));
}

namespace {
// The text input `w` stands for (a spin box or an editable combo box edits through its line edit).
QWidget *textInputOf(QWidget *w)
{
    for (QWidget *p = w; p; p = p->parentWidget()) {
        if (qobject_cast<QLineEdit *>(p) || qobject_cast<QPlainTextEdit *>(p) || qobject_cast<QTextEdit *>(p))
            return p;
        if (auto *combo = qobject_cast<QComboBox *>(p))
            return combo->isEditable() ? combo->lineEdit() : nullptr;
        if (qobject_cast<QAbstractSpinBox *>(p))
            return p->findChild<QLineEdit *>();
        if (p != w && !qobject_cast<QAbstractScrollArea *>(p))
            return nullptr; // only the viewport of a text edit hands over to its parent
    }
    return nullptr;
}

bool inputCanUndo(QWidget *input, bool redo)
{
    if (auto *le = qobject_cast<QLineEdit *>(input))
        return !le->isReadOnly() && (redo ? le->isRedoAvailable() : le->isUndoAvailable());
    if (auto *pe = qobject_cast<QPlainTextEdit *>(input))
        return !pe->isReadOnly() && (redo ? pe->document()->isRedoAvailable() : pe->document()->isUndoAvailable());
    if (auto *te = qobject_cast<QTextEdit *>(input))
        return !te->isReadOnly() && (redo ? te->document()->isRedoAvailable() : te->document()->isUndoAvailable());
    return false;
}

void inputUndo(QWidget *input, bool redo)
{
    if (auto *le = qobject_cast<QLineEdit *>(input))
        redo ? le->redo() : le->undo();
    else if (auto *pe = qobject_cast<QPlainTextEdit *>(input))
        redo ? pe->redo() : pe->undo();
    else if (auto *te = qobject_cast<QTextEdit *>(input))
        redo ? te->redo() : te->undo();
}
} // namespace

MainWindow::UndoTarget MainWindow::undoTarget() const
{
    UndoTarget t;
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus->window() != this)
        focus = nullptr; // a dialog has its own keys; the menu then acts on the current document
    for (QWidget *p = focus; p; p = p->parentWidget()) {
        if (auto *page = qobject_cast<EditorPage *>(p)) {
            t.page = page;
            return t;
        }
    }
    if (focus) {
        if (QWidget *input = textInputOf(focus)) {
            t.input = input;
            return t;
        }
        for (QWidget *p = focus; p; p = p->parentWidget()) {
            auto *dock = qobject_cast<QDockWidget *>(p);
            if (dock && dock != m_explorerDock && dock != m_problemsDock)
                return t; // a console or marketplace control: Ctrl+Z must not edit a document out of sight
        }
    }
    t.page = currentPage();
    return t;
}

void MainWindow::undo()
{
    const UndoTarget t = undoTarget();
    if (t.page) {
        t.page->flushTyping(); // what was typed (text or a form field) is the first thing undone
        t.page->undoStack()->undo();
    } else if (t.input) {
        inputUndo(t.input, false);
    }
    updateUndoActions();
}

void MainWindow::redo()
{
    const UndoTarget t = undoTarget();
    if (t.page) {
        t.page->flushTyping(); // typing since the last undo is kept (and ends what can be redone)
        t.page->undoStack()->redo();
    } else if (t.input) {
        inputUndo(t.input, true);
    }
    updateUndoActions();
}

void MainWindow::updateUndoActions()
{
    QAction *undoAction = m_actions.value(QStringLiteral("undo"));
    QAction *redoAction = m_actions.value(QStringLiteral("redo"));
    if (!undoAction || !redoAction)
        return;
    const UndoTarget t = undoTarget();
    QString undoText, redoText;
    bool canUndo = false, canRedo = false;
    if (t.page) {
        QUndoStack *stack = t.page->undoStack();
        canUndo = stack->canUndo() || t.page->hasPendingTyping();
        canRedo = stack->canRedo();
        undoText = stack->canUndo() ? stack->undoText() : QString();
        if (t.page->hasPendingTyping())
            undoText = tr("Typing");
        redoText = stack->redoText();
    } else if (t.input) {
        canUndo = inputCanUndo(t.input, false);
        canRedo = inputCanUndo(t.input, true);
    }
    undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    // A text input outside the documents says nothing when its history changes: the menu asks
    // again when it opens; its keys go to the input itself (it takes them, ShortcutOverride).
    undoAction->setEnabled(canUndo);
    redoAction->setEnabled(canRedo);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Inside a document, Undo/Redo keys belong to its one stack: a form field (a line edit, a spin
    // box) must not take them for its own little history.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Cut, Copy, Paste and Select All keys stay with the widget that has the focus (a list copies
        // its rows, a text its selection); the Edit menu's entries are for the mouse.
        if (key->matches(QKeySequence::Cut) || key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Paste)
            || key->matches(QKeySequence::SelectAll)) {
            QWidget *w = QApplication::focusWidget();
            if (w && w->window() == this) {
                event->accept(); // overridden: the key is delivered to the widget as a key press
                return true;
            }
        }
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            QWidget *w = QApplication::focusWidget();
            if (w && w->window() == this && undoTarget().page) {
                event->ignore();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateTitle()
{
    QString title = m_projectDir.isEmpty() ? tr("Plugin Studio") : tr("%1 - Plugin Studio").arg(QFileInfo(m_projectDir).fileName());
    if (EditorPage *p = currentPage())
        title = QStringLiteral("%1%2 - %3").arg(p->relativePath(), p->isModified() ? QStringLiteral(" *") : QString(), title);
    setWindowTitle(title);
}

void MainWindow::showReport(const ValidationReport &report)
{
    m_problems->setReport(report);
    const int errors = report.errorCount(), warnings = report.warningCount();
    if (errors == 0 && warnings == 0)
        m_validationLabel->setText(tr("Valid"));
    else
        m_validationLabel->setText(tr("%1 errors, %2 warnings").arg(errors).arg(warnings));
    m_validationLabel->setStyleSheet(errors ? QStringLiteral("color: #dc2626; font-weight: bold;")
                                            : warnings ? QStringLiteral("color: #b45309;") : QStringLiteral("color: #15803d;"));
    m_validationLabel->setToolTip(tr("Validated in %1 ms").arg(m_validator->lastDurationMs()));
    for (EditorPage *p : pages()) {
        QList<Diagnostic> mine;
        for (const Diagnostic &d : report.diagnostics())
            if (d.file == p->relativePath())
                mine << d;
        p->setDiagnostics(mine);
    }
    m_explorer->refreshStructure();
}

void MainWindow::newPlugin()
{
    QString parent = m_projectDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                                            : QFileInfo(m_projectDir).absolutePath();
    NewPluginWizard wizard(parent, this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    if (wizard.options().kind == Scaffold::PluginKind::Bundle) {
        statusBar()->showMessage(tr("Bundle created in %1.").arg(wizard.createdPath()), 10000);
    }
    openProject(wizard.createdPath());
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Plugin Folder"), m_projectDir);
    if (!dir.isEmpty())
        openProject(dir);
}

void MainWindow::openPackageDialog()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Open Package"), m_projectDir, tr("Dify packages (*.difypkg)"));
    if (!f.isEmpty())
        openPackage(f);
}

void MainWindow::packageProject()
{
    if (m_projectDir.isEmpty())
        return;
    saveAll();
    PackageDialog dialog(m_projectDir, m_context->keysDir(), this);
    connect(&dialog, &PackageDialog::packaged, this, [this](const QString &out, const QString &id) {
        statusBar()->showMessage(tr("Packaged %1 (%2)").arg(out, id), 15000);
    });
    dialog.exec();
}

void MainWindow::showKeys()
{
    KeysDialog dialog(m_context->keysDir(), this);
    dialog.exec();
}

void MainWindow::signPackage()
{
    SignDialog dialog(QString(), m_context->keysDir(), this);
    dialog.exec();
}

void MainWindow::verifyPackage()
{
    openPackageDialog();
}

void MainWindow::goToLine()
{
    EditorPage *p = currentPage();
    if (!p)
        return;
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1-%1):").arg(p->editor()->lines()),
                                          p->editor()->currentLine(), 1, qMax(1, p->editor()->lines()), 1, &ok);
    if (ok)
        p->editor()->goToLine(line);
}

bool MainWindow::saveScreenshot(const QString &file)
{
    return grab().save(file, "PNG");
}

} // namespace Studio::App
