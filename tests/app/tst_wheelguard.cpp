// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18.1: the mouse wheel never edits a field the user is not editing. Over an unfocused spin
// box, combo box or slider the wheel scrolls the form (the manifest form, a configuration form in a
// scroll area as in the console) and the manifest text stays what it was; a focused field
// keeps the wheel.

#include "app/editors/document.h"
#include "app/editors/form/formeditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/widgets/configform.h"
#include "app/widgets/wheelguard.h"
#include "core/scaffold/scaffold.h"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Studio;
using namespace Studio::App;
using namespace Studio::Scaffold;

namespace {
// One notch of the wheel over the middle of `w` (negative = towards the user, scrolls down).
void wheel(QWidget *w, int notches = -1)
{
    const QPoint local = w->rect().center();
    QWheelEvent e(local, w->mapToGlobal(local), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
                  Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}
} // namespace

class tst_WheelGuard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PluginStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wheelguard"));
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
    }

    // The manifest form of a tool plugin, scrolled with the wheel over the Python version combo and
    // the storage size: the form scrolls, the text is unchanged, nothing is modified.
    void manifestFormScrollsInsteadOfEditing()
    {
        ScaffoldOptions o;
        o.kind = PluginKind::Tool;
        o.name = QStringLiteral("wheel_tool");
        o.author = QStringLiteral("acme");
        o.description = QStringLiteral("Wheel test.");
        const QString dir = m_tmp.filePath(o.name);
        QVERIFY(generatePlugin(o, dir));
        MainWindow w;
        w.setUnsavedChangesAnswer(QMessageBox::Discard);
        w.resize(1000, 560); // the form is taller than its pane: it scrolls
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(WheelGuard::isInstalled()); // the window installs it
        QVERIFY(w.openProject(dir));
        EditorPage *page = w.pageFor(QStringLiteral("manifest.yaml"));
        QVERIFY(page && page->formEditor());
        FormEditor *form = page->formEditor();
        form->refreshNow();
        auto *version = qobject_cast<QComboBox *>(form->fieldWidget(QStringLiteral("meta.runner.version")));
        auto *size = qobject_cast<QSpinBox *>(form->fieldWidget(QStringLiteral("resource.permission.storage.size")));
        QVERIFY(version);
        QVERIFY(size);
        auto *scroll = form->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);

        const QString before = page->text();
        const QString versionBefore = version->currentText();
        const int sizeBefore = size->value();
        const int scrolledBefore = scroll->verticalScrollBar()->value();
        wheel(version);
        wheel(version);
        QCOMPARE(version->currentText(), versionBefore);
        QVERIFY2(scroll->verticalScrollBar()->value() > scrolledBefore, "the wheel over the combo box scrolls the form");
        const int scrolledMid = scroll->verticalScrollBar()->value();
        wheel(size, 1); // up
        QCOMPARE(size->value(), sizeBefore);
        QVERIFY(scroll->verticalScrollBar()->value() < scrolledMid);
        // Focus leaving the spin box (editingFinished) writes nothing either.
        size->setFocus();
        version->setFocus();
        QCOMPARE(page->text(), before);
        QVERIFY(!page->isModified());
        QCOMPARE(version->focusPolicy(), Qt::StrongFocus); // a wheel turn never gives it the focus
        QCOMPARE(size->focusPolicy(), Qt::StrongFocus);

        // A field the user focused keeps the wheel (that is an edit they make).
        QApplication::setActiveWindow(&w);
        version->setFocus();
        QTRY_VERIFY(version->hasFocus());
        const int scrolledFocused = scroll->verticalScrollBar()->value();
        wheel(version);
        QCOMPARE(version->currentText(), QStringLiteral("3.11"));
        QCOMPARE(scroll->verticalScrollBar()->value(), scrolledFocused);
    }

    // A configuration form inside a scroll area (the console's action and credential forms) and a
    // slider outside any scroll area: unfocused, the wheel scrolls the form or does nothing.
    void configFormAndDialogs()
    {
        WheelGuard::install(); // what the studio window does
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *scroll = new QScrollArea(&window);
        scroll->setWidgetResizable(true);
        layout->addWidget(scroll);
        auto *form = new ConfigForm;
        QList<ConfigForm::Field> fields;
        for (int i = 0; i < 30; ++i) {
            ConfigForm::Field f;
            f.name = QStringLiteral("f%1").arg(i);
            f.label = f.name;
            f.type = QStringLiteral("select");
            f.options = {{QStringLiteral("a"), QStringLiteral("A")}, {QStringLiteral("b"), QStringLiteral("B")}, {QStringLiteral("c"), QStringLiteral("C")}};
            fields << f;
        }
        form->setFields(fields);
        scroll->setWidget(form);
        auto *slider = new QSlider(Qt::Horizontal, &window);
        slider->setRange(0, 10);
        slider->setValue(5);
        layout->addWidget(slider);
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        const QJsonObject before = form->values();
        QWidget *select = form->editorFor(QStringLiteral("f2"));
        QWidget *other = form->editorFor(QStringLiteral("f3"));
        QVERIFY(qobject_cast<QComboBox *>(select));
        QVERIFY(qobject_cast<QComboBox *>(other));
        wheel(select);
        wheel(other);
        QCOMPARE(form->values(), before);
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
        wheel(slider);
        QCOMPARE(slider->value(), 5);
        // A scroll bar is not a field: the wheel moves it.
        const int at = scroll->verticalScrollBar()->value();
        wheel(scroll->verticalScrollBar(), 1);
        QVERIFY(scroll->verticalScrollBar()->value() < at);
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_MAIN(tst_WheelGuard)
#include "tst_wheelguard.moc"
