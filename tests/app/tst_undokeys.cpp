// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18.2: Ctrl+Z / Ctrl+Shift+Z (the platform's standard keys) undo and redo wherever the
// focus is: a form field of the manifest, the code editor, an input of a dock. One undo stack per
// document, and the Edit menu says what it will undo ("Undo Set label.en_US").

#include "app/editors/code/codeeditor.h"
#include "app/editors/document.h"
#include "app/editors/form/formeditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/scaffold/scaffold.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Studio;
using namespace Studio::App;
using namespace Studio::Scaffold;

class tst_UndoKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PluginStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_undokeys"));
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        ScaffoldOptions o;
        o.kind = PluginKind::Tool;
        o.name = QStringLiteral("undo_tool");
        o.author = QStringLiteral("acme");
        o.description = QStringLiteral("Undo test.");
        m_dir = m_tmp.filePath(o.name);
        QVERIFY(generatePlugin(o, m_dir));
    }

    void init()
    {
        m_window = new MainWindow;
        m_window->setUnsavedChangesAnswer(QMessageBox::Discard);
        m_window->resize(1200, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QVERIFY(m_window->openProject(m_dir));
        m_page = m_window->pageFor(QStringLiteral("manifest.yaml"));
        QVERIFY(m_page && m_page->formEditor());
        m_page->formEditor()->refreshNow();
    }
    void cleanup() { delete m_window; }

    void standardKeys()
    {
        QCOMPARE(m_window->action(QStringLiteral("undo"))->shortcuts(), QKeySequence::keyBindings(QKeySequence::Undo));
        QCOMPARE(m_window->action(QStringLiteral("redo"))->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
    }

    // The bug: an edit committed from one field (Tab) could not be undone with Ctrl+Z, because the
    // next field (a line edit) took the key for its own empty history.
    void formFieldThenTab()
    {
        auto *label = qobject_cast<QLineEdit *>(m_page->formEditor()->fieldWidget(QStringLiteral("label.en_US")));
        QVERIFY(label);
        const QString before = m_page->text();
        label->setFocus();
        QTRY_VERIFY(label->hasFocus());
        label->selectAll();
        QTest::keyClicks(label, QStringLiteral("Weather Pro"));
        QTest::keyClick(label, Qt::Key_Tab); // leaves the field: the edit is committed
        QTRY_VERIFY(m_page->text().contains(QStringLiteral("Weather Pro")));
        QWidget *next = QApplication::focusWidget();
        QVERIFY(next && next != label && m_page->isAncestorOf(next));
        QCOMPARE(m_window->action(QStringLiteral("undo"))->text(), QStringLiteral("&Undo Set label.en_US"));
        QTest::keySequence(next, QKeySequence::Undo);
        QCOMPARE(m_page->text(), before);
        QTRY_COMPARE(label->text(), QStringLiteral("undo_tool"));
        QCOMPARE(m_window->action(QStringLiteral("redo"))->text(), QStringLiteral("&Redo Set label.en_US"));
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
        QVERIFY(m_page->text().contains(QStringLiteral("Weather Pro")));
        // Ctrl+Y is the platform's other Redo: it finds nothing left to redo and changes nothing.
        const QString after = m_page->text();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(m_page->text(), after);
    }

    // Ctrl+Z while still typing in a field: what was typed is the first thing undone.
    void formFieldWhileTyping()
    {
        auto *label = qobject_cast<QLineEdit *>(m_page->formEditor()->fieldWidget(QStringLiteral("label.en_US")));
        QVERIFY(label);
        const QString before = m_page->text();
        label->setFocus();
        QTRY_VERIFY(label->hasFocus());
        QTest::keyClicks(label, QStringLiteral(" v2"));
        QVERIFY(m_page->hasPendingTyping());
        QVERIFY(m_window->action(QStringLiteral("undo"))->isEnabled());
        QTest::keySequence(label, QKeySequence::Undo);
        QCOMPARE(m_page->text(), before);
        QTRY_COMPARE(label->text(), QStringLiteral("undo_tool"));
        // ...and redo brings it back, as one step of the same stack.
        QTest::keySequence(label, QKeySequence::Redo);
        QVERIFY(m_page->text().contains(QStringLiteral("undo_tool v2")));
        QCOMPARE(m_page->undoStack()->count(), 1);
    }

    // The code editor: typing and undo at once (no pause), redo.
    void codeEditor()
    {
        CodeEditor *editor = m_page->editor();
        const QString before = m_page->text();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        editor->setCursorPosition(0, 0);
        QTest::keyClicks(editor, QStringLiteral("# hello"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(m_page->text().startsWith(QStringLiteral("# hello")));
        QCOMPARE(m_window->action(QStringLiteral("undo"))->text(), QStringLiteral("&Undo Typing"));
        QTest::keySequence(editor, QKeySequence::Undo);
        QCOMPARE(m_page->text(), before);
        QTest::keySequence(editor, QKeySequence::Redo);
        QVERIFY(m_page->text().startsWith(QStringLiteral("# hello")));
    }

    // An input of a dock (the console's fields) undoes its own typing; a dock's combo box never
    // undoes the document out of sight.
    void dockInputs()
    {
        auto *dock = new QDockWidget(QStringLiteral("Console"));
        dock->setObjectName(QStringLiteral("consoleDock"));
        auto *box = new QWidget;
        auto *input = new QLineEdit(box);
        auto *combo = new QComboBox(box);
        combo->addItems({QStringLiteral("a"), QStringLiteral("b")});
        auto *l = new QVBoxLayout(box);
        l->addWidget(input);
        l->addWidget(combo);
        dock->setWidget(box);
        m_window->addPanel(dock, Qt::BottomDockWidgetArea);
        dock->show();
        dock->raise();
        // An edit of the document first, so there is something a wrong Ctrl+Z could undo.
        QVERIFY(m_page->formEditor()->editField(QStringLiteral("label.en_US"), QStringLiteral("Changed")));
        const QString edited = m_page->text();

        input->setFocus();
        QTRY_VERIFY(input->hasFocus());
        QTest::keyClicks(input, QStringLiteral("city"));
        QTest::keySequence(input, QKeySequence::Undo);
        QCOMPARE(input->text(), QString());
        QCOMPARE(m_page->text(), edited);

        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        QVERIFY(!m_window->action(QStringLiteral("undo"))->isEnabled());
        QTest::keySequence(combo, QKeySequence::Undo);
        QCOMPARE(m_page->text(), edited);

        // Back in the document, the same keys undo it.
        m_page->editor()->setFocus();
        QTRY_VERIFY(m_page->editor()->hasFocus());
        QTest::keySequence(m_page->editor(), QKeySequence::Undo);
        QVERIFY(m_page->text() != edited);
    }

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    MainWindow *m_window = nullptr;
    EditorPage *m_page = nullptr;
};

QTEST_MAIN(tst_UndoKeys)
#include "tst_undokeys.moc"
