// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18.10: one Preferences dialog on Ctrl+, (General, Editor, Workspace, Appearance pages; every
// old entry point leads there), the platform's standard keys for the standard commands, and the
// start page with the recent plugin folders, packages and workspaces.

#include "app/editors/code/codeeditor.h"
#include "app/editors/document.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/panels.h"
#include "app/preferences/pages.h"
#include "app/preferences/preferencesdialog.h"
#include "app/start/startpage.h"
#include "app/workspace/workspacesettingspage.h"
#include "core/scaffold/scaffold.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Studio;
using namespace Studio::App;
using namespace Studio::Scaffold;

class tst_Preferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PluginStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        ScaffoldOptions o;
        o.kind = PluginKind::Tool;
        o.name = QStringLiteral("prefs_tool");
        o.author = QStringLiteral("acme");
        o.description = QStringLiteral("Preferences test.");
        m_dir = m_tmp.filePath(o.name);
        QVERIFY(generatePlugin(o, m_dir));
    }

    // Ctrl+, opens Preferences (not a dialog of one part of the studio); its pages, in order; the
    // Workspace page holds what Workspace Settings held and writes it to the workspace.
    void ctrlCommaOpensPreferences()
    {
        MainWindow w(m_tmp.filePath(QStringLiteral("ws1")));
        installStudioPanels(&w);
        w.setUnsavedChangesAnswer(QMessageBox::Discard);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QAction *prefs = w.action(QStringLiteral("preferences"));
        QVERIFY(prefs);
        QVERIFY(prefs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        // Reached from the Edit menu, the only entry for settings (no Workspace Settings any more).
        QMenu *edit = w.editMenu();
        QVERIFY(edit->actions().contains(prefs));
        for (QAction *a : edit->actions())
            QVERIFY2(!a->text().contains(QStringLiteral("Workspace Settings")), qPrintable(a->text()));

        QStringList ids;
        QString workspaceUrl;
        bool opened = false;
        QTimer::singleShot(0, &w, [&] {
            auto *dialog = w.findChild<PreferencesDialog *>();
            QVERIFY(dialog);
            opened = true;
            ids = dialog->pageIds();
            QVERIFY(dialog->showPage(QStringLiteral("workspace")));
            auto *page = dialog->page<WorkspaceSettingsPage>();
            QVERIFY(page);
            page->marketplaceEdit()->setText(QStringLiteral("not a url"));
            dialog->accept(); // refused: stays open on the page, with the reason
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->currentPageId(), QStringLiteral("workspace"));
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("preferencesError"))->isHidden());
            page->marketplaceEdit()->setText(QStringLiteral("http://127.0.0.1:9"));
            dialog->accept();
            workspaceUrl = page->marketplaceEdit()->text();
        });
        QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(opened);
        const QStringList start{QStringLiteral("general"), QStringLiteral("editor")};
        QCOMPARE(ids.mid(0, 2), start);
        QVERIFY(ids.contains(QStringLiteral("workspace")));
        QCOMPARE(ids.constLast(), QStringLiteral("appearance"));
        QVERIFY(ids.indexOf(QStringLiteral("workspace")) < ids.indexOf(QStringLiteral("appearance")));
        QCOMPARE(workspaceUrl, QStringLiteral("http://127.0.0.1:9"));
        w.close();
    }

    // Editor and Appearance pages act on the running window.
    void editorAndAppearanceApply()
    {
        MainWindow w(m_tmp.filePath(QStringLiteral("ws1")));
        w.setUnsavedChangesAnswer(QMessageBox::Discard);
        w.show();
        QVERIFY(w.openProject(m_dir));
        EditorPage *page = w.pageFor(QStringLiteral("manifest.yaml"));
        QVERIFY(page);
        QCOMPARE(page->editor()->tabWidth(), 4);
        QTimer::singleShot(0, &w, [&] {
            auto *dialog = w.findChild<PreferencesDialog *>();
            QVERIFY(dialog);
            QCOMPARE(dialog->currentPageId(), QStringLiteral("editor"));
            auto *editor = dialog->page<EditorPreferencesPage>();
            editor->tabWidthBox()->setValue(2);
            editor->wrapBox()->setChecked(true);
            auto *appearance = dialog->page<AppearancePreferencesPage>();
            appearance->themeBox()->setCurrentIndex(appearance->themeBox()->findData(QStringLiteral("dark")));
            dialog->accept();
        });
        w.showPreferences(QStringLiteral("editor"));
        QCOMPARE(page->editor()->tabWidth(), 2);
        QCOMPARE(page->editor()->wrapMode(), QsciScintilla::WrapWord);
        QCOMPARE(w.theme(), Theme::Dark);
        QCOMPARE(currentTheme(), Theme::Dark);
        // A new editor starts with them too.
        EditorPage *other = w.openFile(QStringLiteral("main.py"));
        QVERIFY(other);
        QCOMPARE(other->editor()->tabWidth(), 2);
        // Reopened on the last page shown.
        QString shown;
        QTimer::singleShot(0, &w, [&] {
            auto *dialog = w.findChild<PreferencesDialog *>();
            shown = dialog->currentPageId();
            dialog->reject();
        });
        w.showPreferences();
        QCOMPARE(shown, QStringLiteral("editor"));
        w.setTheme(Theme::Light);
        EditorSettings().save(); // back to the defaults for the other tests
    }

    // The standard commands use every binding the platform gives them.
    void standardKeys()
    {
        MainWindow w(m_tmp.filePath(QStringLiteral("ws1")));
        const QList<QPair<const char *, QKeySequence::StandardKey>> standard{
            {"newPlugin", QKeySequence::New},   {"openFolder", QKeySequence::Open}, {"save", QKeySequence::Save},
            {"closeTab", QKeySequence::Close},  {"quit", QKeySequence::Quit},       {"find", QKeySequence::Find},
            {"replace", QKeySequence::Replace}, {"undo", QKeySequence::Undo},       {"redo", QKeySequence::Redo},
            {"cut", QKeySequence::Cut},         {"copy", QKeySequence::Copy},       {"paste", QKeySequence::Paste},
            {"selectAll", QKeySequence::SelectAll}};
        for (const auto &[name, key] : standard) {
            QAction *a = w.action(QString::fromLatin1(name));
            QVERIFY2(a, name);
            QCOMPARE(a->shortcuts(), QKeySequence::keyBindings(key));
        }
        // No two actions of the window share a key.
        QHash<QString, QString> seen;
        for (QAction *a : w.findChildren<QAction *>()) {
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString();
                QVERIFY2(!seen.contains(key) || seen.value(key) == a->objectName(),
                         qPrintable(QStringLiteral("%1: %2 and %3").arg(key, seen.value(key), a->objectName())));
                seen.insert(key, a->objectName());
            }
        }
    }

    // With no file open the window shows the start page: recent folders, packages, workspaces.
    void startPage()
    {
        const QString ws1 = m_tmp.filePath(QStringLiteral("ws1"));
        const QString ws2 = m_tmp.filePath(QStringLiteral("ws2"));
        QDir().mkpath(ws2);
        const QString pkg = m_tmp.filePath(QStringLiteral("some.difypkg"));
        {
            QFile f(pkg);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not really a package");
        }
        { MainWindow other(ws2); } // a second workspace used before
        MainWindow w(ws1);
        w.setUnsavedChangesAnswer(QMessageBox::Discard);
        QStringList opened;
        w.setWorkspaceOpener([&opened](const QString &dir) { opened << dir; });
        w.show();
        QVERIFY(w.isStartPageShown());
        QVERIFY(w.openProject(m_dir));
        QVERIFY(!w.isStartPageShown());
        QVERIFY(w.openPackage(pkg));
        while (w.tabs()->count() > 0)
            QVERIFY(w.closeTab(0));
        QVERIFY(w.isStartPageShown());
        StartPage *start = w.startPage();
        auto texts = [](QListWidget *l) {
            QStringList out;
            for (int i = 0; i < l->count(); ++i)
                out << l->item(i)->text();
            return out.join(QLatin1Char('|'));
        };
        QVERIFY2(texts(start->foldersList()).contains(QStringLiteral("prefs_tool")), qPrintable(texts(start->foldersList())));
        QVERIFY2(texts(start->packagesList()).contains(QStringLiteral("some.difypkg")), qPrintable(texts(start->packagesList())));
        QCOMPARE(start->workspacesList()->count(), 2);
        QVERIFY(start->workspacesList()->item(0)->text().contains(QStringLiteral("this window")));
        QVERIFY(start->workspacesList()->item(1)->text().contains(QStringLiteral("ws2")));
        // Activating a folder opens it; a workspace opens in a window of its own.
        emit start->foldersList()->itemActivated(start->foldersList()->item(0));
        QCOMPARE(w.projectDir(), m_dir);
        QVERIFY(!w.isStartPageShown());
        emit start->workspacesList()->itemActivated(start->workspacesList()->item(0)); // this window: nothing
        QVERIFY(opened.isEmpty());
        emit start->workspacesList()->itemActivated(start->workspacesList()->item(1));
        QCOMPARE(opened, QStringList{ws2});
        // Preferences > General > Clear Recent Lists empties them (this window's workspace stays).
        QTimer::singleShot(0, &w, [&] {
            auto *dialog = w.findChild<PreferencesDialog *>();
            dialog->findChild<QPushButton *>(QStringLiteral("clearRecent"))->click();
            dialog->accept();
        });
        w.showPreferences(QStringLiteral("general"));
        QVERIFY(w.recentProjects().isEmpty());
        QCOMPARE(w.recentWorkspaces(), QStringList{ws1});
    }

private:
    QTemporaryDir m_tmp;
    QString m_dir;
};

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
