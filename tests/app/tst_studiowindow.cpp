// SPDX-License-Identifier: GPL-3.0-or-later
// The studio window end to end (offscreen): open a generated plugin, form <-> text sync with undo,
// live problems with jump-to-line, state restore, unsaved-changes handling, external changes,
// the package dialog and the package inspector.

#include "app/editors/code/codeeditor.h"
#include "app/editors/document.h"
#include "app/editors/form/formeditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/projectexplorer.h"
#include "app/models/diagnosticsmodel.h"
#include "app/package/packagedialog.h"
#include "app/package/packageinspector.h"
#include "app/problems/livevalidator.h"
#include "app/problems/problemsdock.h"
#include "app/wizard/newpluginwizard.h"
#include "core/package/packagereader.h"
#include "core/package/signature.h"
#include "core/package/zipwriter_p.h"
#include "core/scaffold/scaffold.h"
#include "core/yaml/yamlnode.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Studio;
using namespace Studio::App;
using namespace Studio::Scaffold;

class tst_StudioWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wizardDrivesEveryKind();
    void formEditsPatchTheTextOnly();
    void textEditsUpdateTheForm();
    void problemsPanelJumpsToLine();
    void stateIsRestored();
    void unsavedChangesAreNotLost();
    void externalChangeReloads();
    void packageDialogShowsIdentifier();
    void openPackageInspects();
    void inspectorShowsNameClashes();
    void packageDialogSignsWithAKeyItCreates();
    void openBadPaths();

private:
    QString makePlugin(const QString &name, PluginKind kind = PluginKind::Tool);
    QTemporaryDir m_tmp;
};

void tst_StudioWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PluginStudioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_studiowindow"));
    QSettings().clear();
    QVERIFY(m_tmp.isValid());
}

QString tst_StudioWindow::makePlugin(const QString &name, PluginKind kind)
{
    ScaffoldOptions o;
    o.kind = kind;
    o.name = name;
    o.author = QStringLiteral("acme");
    o.description = QStringLiteral("Test plugin.");
    const QString dir = m_tmp.filePath(name);
    auto r = generatePlugin(o, dir);
    if (!r)
        qWarning() << r.error().toString();
    return r ? dir : QString();
}

void tst_StudioWindow::wizardDrivesEveryKind()
{
    for (PluginKind kind : allPluginKinds()) {
        NewPluginWizard wizard(m_tmp.path());
        wizard.setKind(kind);
        const QString name = QStringLiteral("wiz_") + pluginKindId(kind).replace(QLatin1Char('-'), QLatin1Char('_'));
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewPluginWizard::DetailsPage));
        // An invalid name keeps the wizard on the page.
        wizard.nameEdit()->setText(QStringLiteral("Bad Name"));
        wizard.authorEdit()->setText(QStringLiteral("acme"));
        wizard.descriptionEdit()->setText(QStringLiteral("Made by the wizard."));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewPluginWizard::DetailsPage));
        wizard.nameEdit()->setText(name);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewPluginWizard::PermissionsPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewPluginWizard::LocationPage));
        wizard.accept();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.createdPath(), QDir(m_tmp.path()).filePath(name));
        QVERIFY(QFileInfo::exists(QDir(wizard.createdPath()).filePath(QStringLiteral("manifest.yaml"))));
        if (kind == PluginKind::Bundle)
            continue;
        // The live validator on the generated folder reports no errors.
        LiveValidator v;
        QSignalSpy done(&v, &LiveValidator::finished);
        v.setProjectDir(wizard.createdPath());
        v.validateNow();
        QVERIFY(done.wait(20000));
        QVERIFY2(v.lastReport().errorCount() == 0, qPrintable(v.lastReport().toText()));
    }
}

void tst_StudioWindow::formEditsPatchTheTextOnly()
{
    const QString dir = makePlugin(QStringLiteral("form_plugin"));
    QVERIFY(!dir.isEmpty());
    // Add comments the form must keep.
    const QString manifestPath = QDir(dir).filePath(QStringLiteral("manifest.yaml"));
    QFile f(manifestPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    text.replace(QStringLiteral("label:\n"), QStringLiteral("# the name users see\nlabel:   # keep me\n"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    f.close();

    MainWindow w;
    w.setUnsavedChangesAnswer(QMessageBox::Discard);
    w.show();
    QVERIFY(w.openProject(dir));
    EditorPage *page = w.pageFor(QStringLiteral("manifest.yaml"));
    QVERIFY(page);
    FormEditor *form = page->formEditor();
    QVERIFY(form);
    form->refreshNow();
    auto *labelEdit = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("label.en_US")));
    QVERIFY(labelEdit);
    QCOMPARE(labelEdit->text(), QStringLiteral("form_plugin"));

    const QString before = page->text();
    QVERIFY(form->editField(QStringLiteral("label.en_US"), QStringLiteral("Weather Pro")));
    const QString after = page->text();
    QVERIFY(after != before);
    QVERIFY(after.contains(QStringLiteral("# the name users see\nlabel:   # keep me\n")));
    QVERIFY(after.contains(QStringLiteral("Weather Pro")));
    // Only that node changed: the lines before and after are identical.
    const QStringList a = before.split(QLatin1Char('\n')), b = after.split(QLatin1Char('\n'));
    QCOMPARE(a.size(), b.size());
    int changed = 0;
    for (int i = 0; i < a.size(); ++i)
        if (a.at(i) != b.at(i)) {
            ++changed;
            QVERIFY2(b.at(i).contains(QStringLiteral("en_US")), qPrintable(b.at(i)));
        }
    QCOMPARE(changed, 1);
    QVERIFY(page->isModified());

    // Undo and redo through the window's actions (one shared stack).
    w.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(page->text(), before);
    QTRY_COMPARE(labelEdit->text(), QStringLiteral("form_plugin"));
    w.action(QStringLiteral("redo"))->trigger();
    QCOMPARE(page->text(), after);
    QTRY_COMPARE(labelEdit->text(), QStringLiteral("Weather Pro"));

    // A boolean and a list edit go through the same editor.
    QVERIFY(form->editField(QStringLiteral("resource.permission.tool.enabled"), true));
    {
        auto doc = Yaml::parse(page->text().toUtf8(), QStringLiteral("manifest.yaml"));
        QVERIFY(doc);
        auto enabled = Yaml::find(doc->root, QStringLiteral("resource.permission.tool.enabled"));
        QVERIFY(enabled);
        QCOMPARE(enabled->toBool(), std::optional<bool>(true));
    }
    QVERIFY(page->text().contains(QStringLiteral("# keep me")));
    QVERIFY(w.saveAll());
    QFile saved(manifestPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), page->text());
}

void tst_StudioWindow::textEditsUpdateTheForm()
{
    const QString dir = makePlugin(QStringLiteral("text_plugin"));
    MainWindow w;
    w.setUnsavedChangesAnswer(QMessageBox::Discard);
    QVERIFY(w.openProject(dir));
    EditorPage *page = w.openFile(QStringLiteral("tools/text_plugin.yaml"));
    QVERIFY(page && page->formEditor());
    QCOMPARE(page->formEditor()->kind(), FormKind::Tool);
    page->formEditor()->refreshNow();
    auto *llm = qobject_cast<QLineEdit *>(page->formEditor()->fieldWidget(QStringLiteral("description.llm")));
    QVERIFY(llm);
    QString t = page->text();
    t.replace(QStringLiteral("llm: \"Test plugin.\""), QStringLiteral("llm: \"Answers weather questions.\""));
    page->editor()->setText(t);
    QTRY_COMPARE(llm->text(), QStringLiteral("Answers weather questions."));
    // The typing became one undo step.
    QTRY_VERIFY(page->undoStack()->canUndo());
    // A list in the form: the parameters list shows the generated parameter.
    QListWidget *params = page->formEditor()->listWidget(QStringLiteral("parameters"));
    QVERIFY(params);
    QTRY_COMPARE(params->count(), 1);
    QCOMPARE(params->item(0)->text(), QStringLiteral("query"));
    // Broken YAML: the form keeps its last good state and says why.
    page->editor()->setText(page->text() + QStringLiteral("\n  bad: [unclosed\n"));
    page->formEditor()->refreshNow();
    QVERIFY(!page->formEditor()->parseError().isEmpty());
    QCOMPARE(llm->text(), QStringLiteral("Answers weather questions."));
}

void tst_StudioWindow::problemsPanelJumpsToLine()
{
    const QString dir = makePlugin(QStringLiteral("problem_plugin"));
    MainWindow w;
    w.setUnsavedChangesAnswer(QMessageBox::Discard);
    w.show();
    QSignalSpy done(w.validator(), &LiveValidator::finished);
    QVERIFY(w.openProject(dir));
    QVERIFY(done.wait(20000));
    QTRY_COMPARE(w.problemsPanel()->model()->errorCount(), 0);
    QTRY_VERIFY(!w.validationLabel()->text().contains(QStringLiteral("Validating")));
    QVERIFY2(w.validationLabel()->text() == QStringLiteral("Valid") || w.validationLabel()->text().startsWith(QStringLiteral("0 errors")),
             qPrintable(w.validationLabel()->text()));

    EditorPage *page = w.pageFor(QStringLiteral("manifest.yaml"));
    QVERIFY(page);
    // Introduce an error in the unsaved buffer: an invalid version on line 1.
    QString t = page->text();
    QVERIFY(t.startsWith(QStringLiteral("version: 0.0.1\n")));
    t.replace(0, 14, QStringLiteral("version: not-a-version"));
    done.clear();
    page->editor()->setText(t);
    QVERIFY(done.wait(20000));
    QTRY_VERIFY(w.problemsPanel()->model()->errorCount() > 0);
    int row = -1;
    const auto &diags = w.problemsPanel()->model()->diagnostics();
    for (int i = 0; i < diags.size(); ++i)
        if (diags.at(i).file == QLatin1String("manifest.yaml") && diags.at(i).line == 1)
            row = i;
    QVERIFY2(row >= 0, "no diagnostic on manifest.yaml line 1");
    QVERIFY(w.validationLabel()->text().contains(QStringLiteral("error")));
    QVERIFY(!page->editor()->diagnosticTextAt(1).isEmpty());
    // The file on disk was not touched: validation ran on the unsaved buffer.
    QFile disk(QDir(dir).filePath(QStringLiteral("manifest.yaml")));
    QVERIFY(disk.open(QIODevice::ReadOnly));
    QVERIFY(disk.readAll().startsWith("version: 0.0.1"));

    // Clicking the row opens the file at that line.
    page->editor()->setCursorPosition(20, 0);
    QCOMPARE(page->editor()->currentLine(), 21);
    const QModelIndex proxy = w.problemsPanel()->filterModel()->mapFromSource(w.problemsPanel()->model()->index(row, 0));
    emit w.problemsPanel()->view()->activated(proxy);
    QCOMPARE(w.currentPage(), page);
    QCOMPARE(page->editor()->currentLine(), 1);
}

void tst_StudioWindow::stateIsRestored()
{
    const QString dir = makePlugin(QStringLiteral("state_plugin"));
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(dir));
        QVERIFY(w.openFile(QStringLiteral("main.py")));
        QVERIFY(w.openFile(QStringLiteral("tools/state_plugin.py")));
        QCOMPARE(w.tabs()->count(), 3);
        w.setTheme(Theme::Dark);
        w.close();
    }
    MainWindow w2;
    QCOMPARE(w2.theme(), Theme::Dark);
    QCOMPARE(w2.recentProjects().value(0), dir);
    QVERIFY(w2.openPath(dir));
    QCOMPARE(w2.tabs()->count(), 3);
    QCOMPARE(w2.currentPage()->relativePath(), QStringLiteral("tools/state_plugin.py"));
    QCOMPARE(w2.currentPage()->editor()->lexerName(), QStringLiteral("python"));
    w2.setTheme(Theme::Light);
}

void tst_StudioWindow::unsavedChangesAreNotLost()
{
    const QString dir = makePlugin(QStringLiteral("unsaved_plugin"));
    MainWindow w;
    w.show();
    QVERIFY(w.openProject(dir));
    EditorPage *page = w.openFile(QStringLiteral("README.md"));
    QVERIFY(page);
    QCOMPARE(page->editor()->lexerName(), QStringLiteral("markdown"));
    page->editor()->append(QStringLiteral("\nMore text.\n"));
    QVERIFY(page->isModified());
    QVERIFY(w.tabs()->tabText(w.tabs()->currentIndex()).endsWith(QLatin1Char('*')));
    w.setUnsavedChangesAnswer(QMessageBox::Cancel);
    QVERIFY(!w.closeTab(w.tabs()->currentIndex()));
    QVERIFY(!w.close()); // cancelled: window stays
    QVERIFY(w.pageFor(QStringLiteral("README.md")));
    w.setUnsavedChangesAnswer(QMessageBox::Save);
    QVERIFY(w.closeTab(w.tabs()->indexOf(page)));
    QFile f(QDir(dir).filePath(QStringLiteral("README.md")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("More text."));
}

void tst_StudioWindow::externalChangeReloads()
{
    const QString dir = makePlugin(QStringLiteral("external_plugin"));
    MainWindow w;
    w.setUnsavedChangesAnswer(QMessageBox::Discard);
    QVERIFY(w.openProject(dir));
    EditorPage *page = w.openFile(QStringLiteral("main.py"));
    QVERIFY(page);
    QFile f(QDir(dir).filePath(QStringLiteral("main.py")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    f.write("# added outside\n");
    f.close();
    QTRY_VERIFY_WITH_TIMEOUT(page->text().contains(QStringLiteral("# added outside")), 10000);
    QVERIFY(!page->isModified());
}

void tst_StudioWindow::packageDialogShowsIdentifier()
{
    const QString dir = makePlugin(QStringLiteral("pkg_plugin"));
    QVERIFY(PackageDialog::isAvailable());
    QTemporaryDir keys;
    PackageDialog dialog(dir, keys.path());
    dialog.outputEdit()->setText(m_tmp.filePath(QStringLiteral("pkg_plugin.difypkg")));
    QSignalSpy packaged(&dialog, &PackageDialog::packaged);
    dialog.show();
    QTest::mouseClick(dialog.packageButton(), Qt::LeftButton);
    QVERIFY(packaged.wait(60000));
    QVERIFY2(dialog.result().ok, qPrintable(dialog.result().error));
    QVERIFY(dialog.identifierEdit()->text().startsWith(QStringLiteral("acme/pkg_plugin:0.0.1@")));
    QCOMPARE(dialog.checksumEdit()->text().size(), 64);
    QVERIFY(QFileInfo::exists(m_tmp.filePath(QStringLiteral("pkg_plugin.difypkg"))));

    // A broken plugin is refused with the reason and nothing is written.
    QFile m(QDir(dir).filePath(QStringLiteral("manifest.yaml")));
    QVERIFY(m.open(QIODevice::WriteOnly | QIODevice::Truncate));
    m.write("version: [broken\n");
    m.close();
    dialog.outputEdit()->setText(m_tmp.filePath(QStringLiteral("broken.difypkg")));
    QTest::mouseClick(dialog.packageButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.packageButton()->isEnabled(), 60000);
    QVERIFY(!dialog.result().ok);
    QVERIFY(!dialog.result().error.isEmpty());
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("broken.difypkg"))));
}

void tst_StudioWindow::openPackageInspects()
{
    const QString pkg = m_tmp.filePath(QStringLiteral("pkg_plugin.difypkg"));
    QVERIFY(QFileInfo::exists(pkg));
    MainWindow w;
    QVERIFY(w.openPath(pkg));
    auto *inspector = qobject_cast<PackageInspector *>(w.tabs()->currentWidget());
    QVERIFY(inspector);
    QSignalSpy loaded(inspector, &PackageInspector::loaded);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.at(0).at(0).toBool(), true);
    QVERIFY(inspector->info().identifier.startsWith(QStringLiteral("acme/pkg_plugin:0.0.1@")));
    QCOMPARE(inspector->info().category, QStringLiteral("tool"));
    QVERIFY(!inspector->info().isSigned);
    QCOMPARE(inspector->info().errorCount, 0);

    // Garbage is refused with a message, not a crash.
    const QString junk = m_tmp.filePath(QStringLiteral("junk.difypkg"));
    QFile j(junk);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write("this is not a zip file at all");
    j.close();
    auto r = PackageInspector::inspect(junk, {});
    QVERIFY(!r);
    QVERIFY(!r.error().message.isEmpty());
}

void tst_StudioWindow::inspectorShowsNameClashes()
{
    // The package of openPackageInspects plus names that clash by case (README.md / readme.md)
    // and by normalisation (NFC / NFD): `inspect` prints these warnings, so must the inspector.
    const QString good = m_tmp.filePath(QStringLiteral("pkg_plugin.difypkg"));
    auto reader = Package::PackageReader::open(good);
    QVERIFY2(reader.hasValue(), reader ? "" : qPrintable(reader.error().toString()));
    QList<Package::Internal::ZipInput> entries;
    bool hasReadme = false;
    for (const Package::ZipEntry &e : (*reader)->entries()) {
        auto data = (*reader)->read(e.name);
        QVERIFY(data.hasValue());
        entries.append({e.name, *data});
        hasReadme = hasReadme || e.name == QStringLiteral("README.md");
    }
    if (!hasReadme)
        entries.append({QStringLiteral("README.md"), QByteArray("# upper\n")});
    entries.append({QStringLiteral("readme.md"), QByteArray("# lower\n")});
    entries.append({QString::fromUtf8("caf\xc3\xa9.txt"), QByteArray("nfc\n")});
    entries.append({QString::fromUtf8("cafe\xcc\x81.txt"), QByteArray("nfd\n")});
    const QString clashes = m_tmp.filePath(QStringLiteral("clashes.difypkg"));
    auto written = Package::Internal::writeZip(clashes, entries, QByteArray());
    QVERIFY2(written.hasValue(), written ? "" : qPrintable(written.error().toString()));

    PackageInspector inspector({});
    QSignalSpy loaded(&inspector, &PackageInspector::loaded);
    inspector.show();
    inspector.openPackage(clashes);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.at(0).at(0).toBool(), true);
    auto *banner = inspector.findChild<QLabel *>(QStringLiteral("nameWarnings"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("package.name.case")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("package.name.normalization")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("readme.md"), Qt::CaseInsensitive), qPrintable(banner->text()));
    QCOMPARE(inspector.info().nameWarnings.size(), 2);
    QVERIFY(inspector.info().warningCount >= 2);

    // A package without clashes shows no banner.
    inspector.openPackage(good);
    QVERIFY(loaded.wait(30000));
    QVERIFY(!banner->isVisible());
    QVERIFY(inspector.info().nameWarnings.isEmpty());
}

void tst_StudioWindow::packageDialogSignsWithAKeyItCreates()
{
    // #18.9: with no key yet, the dialog creates one itself and writes the signed package under
    // exactly the name it shows (before: no way to make a key here, "Plugin > Keys" named a menu
    // that does not exist, and NAME.signed.difypkg was written beside the file it named).
    const QString dir = makePlugin(QStringLiteral("signed_plugin"));
    QTemporaryDir keys;
    QTemporaryDir out;
    PackageDialog dialog(dir, keys.filePath(QStringLiteral("keys")));
    const QString target = out.filePath(QStringLiteral("my-release.difypkg"));
    dialog.outputEdit()->setText(target);
    dialog.show();
    QVERIFY(dialog.signBox()->isEnabled());
    dialog.signBox()->setChecked(true);
    KeyPicker *picker = dialog.keyPicker();
    QVERIFY(picker->isEnabled());
    QVERIFY(picker->keyPath().isEmpty());
    QVERIFY(!dialog.packageButton()->isEnabled()); // signing asked, no key yet
    QVERIFY(!dialog.packageButton()->toolTip().contains(QStringLiteral(">")));
    QVERIFY(picker->createButton()->isVisible());

    // A bad name is refused with what to change; a good one makes the pair and selects it.
    QSignalSpy created(picker, &KeyPicker::keyCreated);
    picker->createKey(QStringLiteral("bad name"));
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.at(0).at(0).toBool(), false);
    picker->createKey(QStringLiteral("release"));
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 2, 120000);
    QVERIFY2(created.at(1).at(0).toBool(), qPrintable(created.at(1).at(1).toString()));
    QCOMPARE(picker->keyPath(), QDir(keys.filePath(QStringLiteral("keys"))).filePath(QStringLiteral("release.private.pem")));
    QVERIFY(QFileInfo::exists(keys.filePath(QStringLiteral("keys/release.public.pem"))));
    QVERIFY(dialog.packageButton()->isEnabled());

    QSignalSpy packaged(&dialog, &PackageDialog::packaged);
    QTest::mouseClick(dialog.packageButton(), Qt::LeftButton);
    QVERIFY(packaged.wait(120000));
    QVERIFY2(dialog.result().ok, qPrintable(dialog.result().error));
    QCOMPARE(dialog.result().outputPath, target);
    QCOMPARE(packaged.at(0).at(0).toString(), target);
    // Exactly the named file, nothing beside it.
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("my-release.difypkg")});
    // It is signed with the new key.
    auto reader = Package::PackageReader::open(target);
    QVERIFY2(reader.hasValue(), reader ? "" : qPrintable(reader.error().toString()));
    auto pub = Package::loadPublicKey(keys.filePath(QStringLiteral("keys/release.public.pem")));
    QVERIFY(pub.hasValue());
    const Package::VerifyResult v = Package::verifyPackage(**reader, {*pub}, false);
    QVERIFY2(v.verified, qPrintable(v.error));
    QCOMPARE(dialog.identifierEdit()->text(), dialog.result().identifier);
    QVERIFY(dialog.identifierEdit()->text().startsWith(QStringLiteral("acme/signed_plugin:0.0.1@")));
}

void tst_StudioWindow::openBadPaths()
{
    MainWindow w;
    w.setUnsavedChangesAnswer(QMessageBox::Discard);
    QVERIFY(!w.openPath(m_tmp.filePath(QStringLiteral("does-not-exist"))));
    QFile txt(m_tmp.filePath(QStringLiteral("note.txt")));
    QVERIFY(txt.open(QIODevice::WriteOnly));
    txt.write("x");
    txt.close();
    QVERIFY(!w.openPath(txt.fileName()));
    QCOMPARE(w.tabs()->count(), 0);
}

QTEST_MAIN(tst_StudioWindow)
#include "tst_studiowindow.moc"
