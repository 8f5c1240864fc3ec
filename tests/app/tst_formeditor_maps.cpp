// SPDX-License-Identifier: GPL-3.0-or-later
// Map-shaped blocks in the form editor (offscreen): a tool provider's credentials_for_provider is
// edited as rows named by their keys — rename, reorder, add, remove — through the comment-keeping
// YAML editor; the text drives the form back; one undo stack covers both; bad names are refused
// with a visible message. Datasource/trigger credentials follow the shape (list or map) the text
// holds. With STUDIO_WRITE_SCREENSHOTS=1 docs/screenshots/form-credentials.png is written.

#include "app/editors/code/codeeditor.h"
#include "app/editors/document.h"
#include "app/editors/form/formeditor.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Studio;
using namespace Studio::App;

namespace {

const QString kProvider = QStringLiteral(
    "identity:\n"
    "  author: acme\n"
    "  name: weather\n"
    "  label:\n"
    "    en_US: Weather\n"
    "  description:\n"
    "    en_US: Weather tools\n"
    "  icon: icon.svg\n"
    "# Credentials the user enters once per workspace\n"
    "credentials_for_provider:\n"
    "  # from the console\n"
    "  api_key:\n"
    "    type: secret-input\n"
    "    required: true\n"
    "    label:\n"
    "      en_US: API key\n"
    "      zh_Hans: API 密钥\n"
    "    placeholder:\n"
    "      en_US: Paste the key\n"
    "    url: https://example.com/keys\n"
    "  # optional override\n"
    "  region:\n"
    "    type: select\n"
    "    required: false # defaults to eu\n"
    "    label:\n"
    "      en_US: Region\n"
    "    options:\n"
    "      - value: eu\n"
    "        label:\n"
    "          en_US: Europe\n"
    "      - value: us\n"
    "        label:\n"
    "          en_US: United States\n"
    "tools:\n"
    "  - tools/current.yaml\n"
    "extra:\n"
    "  python:\n"
    "    source: provider/weather.py\n");

const QString kCreds = QStringLiteral("credentials_for_provider");

QStringList rows(QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

QToolButton *button(QListWidget *list, const char *name)
{
    // The buttons sit next to the list in the same group box.
    return list->parentWidget()->findChild<QToolButton *>(QLatin1String(name));
}

QLabel *banner(FormEditor *form)
{
    return form->findChild<QLabel *>(QStringLiteral("formBanner"));
}

} // namespace

class tst_FormEditorMaps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsKeysAndEntryFields();
    void renameChangesOnlyTheKey();
    void inlineEditRenames();
    void badNamesAreRefused();
    void reorderCarriesComments();
    void altArrowsReorder();
    void addAndRemove();
    void entryFieldsEditTheText();
    void textDrivesTheForm();
    void undoRedoAcrossBoth();
    void crlfFileStaysCrlf();
    void otherMapShapedBlocks();
    void modelCredentialLists();
    void flowMapAndDuplicates();
    void screenshot();

private:
    EditorPage *openPage(const QString &rel, const QString &text);
    QTemporaryDir m_tmp;
};

void tst_FormEditorMaps::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QDir(m_tmp.path()).mkpath(QStringLiteral("provider")));
    QVERIFY(QDir(m_tmp.path()).mkpath(QStringLiteral("_assets")));
    QFile icon(QDir(m_tmp.path()).filePath(QStringLiteral("_assets/icon.svg")));
    QVERIFY(icon.open(QIODevice::WriteOnly));
    icon.write("<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16'><circle cx='8' cy='8' r='7' fill='#2563eb'/></svg>");
}

EditorPage *tst_FormEditorMaps::openPage(const QString &rel, const QString &text)
{
    const QString abs = QDir(m_tmp.path()).filePath(rel);
    QFile f(abs);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    f.write(text.toUtf8());
    f.close();
    auto *page = new EditorPage(abs, rel);
    QString error;
    if (!page->load(&error)) {
        qWarning().noquote() << error;
        delete page;
        return nullptr;
    }
    page->resize(1300, 900);
    page->show();
    if (page->formEditor())
        page->formEditor()->refreshNow();
    return page;
}

void tst_FormEditorMaps::showsKeysAndEntryFields()
{
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), kProvider));
    QVERIFY(page && page->formEditor());
    FormEditor *form = page->formEditor();
    QListWidget *list = form->listWidget(kCreds);
    QVERIFY(list);
    QCOMPARE(rows(list), QStringList({QStringLiteral("api_key"), QStringLiteral("region")}));
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(list->item(0)->flags() & Qt::ItemIsEditable);
    // The selected entry's fields, translations side by side; no "name" field (the key is the name).
    auto *en = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("credentials_for_provider.api_key.label.en_US")));
    auto *zh = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("credentials_for_provider.api_key.label.zh_Hans")));
    QVERIFY(en && zh);
    QCOMPARE(en->text(), QStringLiteral("API key"));
    QCOMPARE(zh->text(), QStringLiteral("API 密钥"));
    QVERIFY(form->fieldWidget(QStringLiteral("credentials_for_provider.api_key.label.ja_JP")));
    QVERIFY(form->fieldWidget(QStringLiteral("credentials_for_provider.api_key.label.pt_BR")));
    QVERIFY(!form->fieldWidget(QStringLiteral("credentials_for_provider.api_key.name")));
    auto *type = qobject_cast<QComboBox *>(form->fieldWidget(QStringLiteral("credentials_for_provider.api_key.type")));
    QVERIFY(type);
    QCOMPARE(type->currentText(), QStringLiteral("secret-input"));
    auto *url = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("credentials_for_provider.api_key.url")));
    QVERIFY(url);
    QCOMPARE(url->text(), QStringLiteral("https://example.com/keys"));
    // Selecting the second row shows its fields and its nested options list.
    list->setCurrentRow(1);
    auto *regionLabel = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("credentials_for_provider.region.label.en_US")));
    QVERIFY(regionLabel);
    QCOMPARE(regionLabel->text(), QStringLiteral("Region"));
    QVERIFY(!form->fieldWidget(QStringLiteral("credentials_for_provider.api_key.label.en_US")));
    QListWidget *options = form->listWidget(QStringLiteral("credentials_for_provider.region.options"));
    QVERIFY(options);
    QCOMPARE(rows(options), QStringList({QStringLiteral("eu"), QStringLiteral("us")}));
    // OAuth lists are there too (empty here).
    QVERIFY(form->listWidget(QStringLiteral("oauth_schema.client_schema")));
    QVERIFY(form->listWidget(QStringLiteral("oauth_schema.credentials_schema")));
}

void tst_FormEditorMaps::renameChangesOnlyTheKey()
{
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), kProvider));
    QVERIFY(page);
    FormEditor *form = page->formEditor();
    QListWidget *list = form->listWidget(kCreds);
    QVERIFY(list);
    list->item(0)->setText(QStringLiteral("token")); // what the inline editor does on Enter
    QString expected = kProvider;
    expected.replace(QStringLiteral("  api_key:\n"), QStringLiteral("  token:\n"));
    QCOMPARE(page->text(), expected);
    QCOMPARE(page->undoStack()->count(), 1);
    QCOMPARE(rows(list), QStringList({QStringLiteral("token"), QStringLiteral("region")}));
    QCOMPARE(list->currentRow(), 0);
    auto *en = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("credentials_for_provider.token.label.en_US")));
    QVERIFY(en);
    QCOMPARE(en->text(), QStringLiteral("API key"));
    QVERIFY(banner(form)->isHidden());
}

void tst_FormEditorMaps::inlineEditRenames()
{
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), kProvider));
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QListWidget *list = page->formEditor()->listWidget(kCreds);
    QVERIFY(list);
    list->setCurrentRow(1);
    list->editItem(list->item(1));
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = list->viewport()->findChild<QLineEdit *>()) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("zone"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(rows(list), QStringList({QStringLiteral("api_key"), QStringLiteral("zone")}));
    QString expected = kProvider;
    expected.replace(QStringLiteral("  region:\n"), QStringLiteral("  zone:\n"));
    QCOMPARE(page->text(), expected);
}

void tst_FormEditorMaps::badNamesAreRefused()
{
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), kProvider));
    QVERIFY(page);
    FormEditor *form = page->formEditor();
    QListWidget *list = form->listWidget(kCreds);
    QVERIFY(list);
    QSignalSpy refused(form, &FormEditor::editRefused);
    struct Case
    {
        QString name;
        QString says;
    };
    const QList<Case> cases{{QStringLiteral("region"), QStringLiteral("already has an entry named 'region'")},
                            {QStringLiteral("api key"), QStringLiteral("not a valid name")},
                            {QStringLiteral("key:x"), QStringLiteral("not a valid name")},
                            {QString(), QStringLiteral("A name is required")}};
    for (const Case &c : cases) {
        list->item(0)->setText(c.name);
        QCOMPARE(page->text(), kProvider);                 // nothing written
        QCOMPARE(list->item(0)->text(), QStringLiteral("api_key")); // the row shows the real key again
        QVERIFY(!banner(form)->isHidden());
        QVERIFY2(banner(form)->text().contains(c.says), qPrintable(banner(form)->text()));
        QVERIFY(refused.last().at(0).toString().contains(c.says));
    }
    QCOMPARE(refused.count(), cases.size());
    QCOMPARE(page->undoStack()->count(), 0);
    // A good name afterwards clears the message.
    list->item(0)->setText(QStringLiteral("api-key_2"));
    QVERIFY(page->text().contains(QStringLiteral("\n  api-key_2:\n")));
    QVERIFY(banner(form)->isHidden());
}

void tst_FormEditorMaps::reorderCarriesComments()
{
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), kProvider));
    QVERIFY(page);
    QListWidget *list = page->formEditor()->listWidget(kCreds);
    QVERIFY(list);
    list->setCurrentRow(1);
    QToolButton *up = button(list, "upButton");
    QVERIFY(up);
    up->click();
    const QString moved = QStringLiteral(
        "# Credentials the user enters once per workspace\n"
        "credentials_for_provider:\n"
        "  # optional override\n"
        "  region:\n"
        "    type: select\n"
        "    required: false # defaults to eu\n"
        "    label:\n"
        "      en_US: Region\n"
        "    options:\n"
        "      - value: eu\n"
        "        label:\n"
        "          en_US: Europe\n"
        "      - value: us\n"
        "        label:\n"
        "          en_US: United States\n"
        "  # from the console\n"
        "  api_key:\n"
        "    type: secret-input\n"
        "    required: true\n"
        "    label:\n"
        "      en_US: API key\n"
        "      zh_Hans: API 密钥\n"
        "    placeholder:\n"
        "      en_US: Paste the key\n"
        "    url: https://example.com/keys\n"
        "tools:\n");
    QVERIFY2(page->text().contains(moved), qPrintable(page->text()));
    QCOMPARE(page->text().size(), kProvider.size());
    QCOMPARE(rows(list), QStringList({QStringLiteral("region"), QStringLiteral("api_key")}));
    QCOMPARE(list->currentRow(), 0); // the selection follows the entry
    QVERIFY(page->formEditor()->fieldWidget(QStringLiteral("credentials_for_provider.region.label.en_US")));
    // Up on the first row does nothing; Down brings it back.
    up->click();
    QCOMPARE(page->undoStack()->count(), 1);
    button(list, "downButton")->click();
    QCOMPARE(page->text(), kProvider);
    QCOMPARE(list->currentRow(), 1);
}

void tst_FormEditorMaps::altArrowsReorder()
{
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), kProvider));
    QVERIFY(page);
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    QListWidget *list = page->formEditor()->listWidget(kCreds);
    QVERIFY(list);
    list->setCurrentRow(0);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(rows(list), QStringList({QStringLiteral("region"), QStringLiteral("api_key")}));
    QCOMPARE(list->currentRow(), 1);
    QVERIFY(page->text().indexOf(QStringLiteral("  region:")) < page->text().indexOf(QStringLiteral("  api_key:")));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE(page->text(), kProvider);
}

void tst_FormEditorMaps::addAndRemove()
{
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), kProvider));
    QVERIFY(page);
    QListWidget *list = page->formEditor()->listWidget(kCreds);
    QVERIFY(list);
    button(list, "addButton")->click();
    QCOMPARE(rows(list), QStringList({QStringLiteral("api_key"), QStringLiteral("region"), QStringLiteral("new_credential")}));
    QCOMPARE(list->currentRow(), 2);
    const QString added = QStringLiteral("          en_US: United States\n"
                                         "  new_credential:\n"
                                         "    label:\n"
                                         "      en_US: New item\n"
                                         "    type: secret-input\n"
                                         "tools:\n");
    QVERIFY2(page->text().contains(added), qPrintable(page->text()));
    QVERIFY(page->formEditor()->fieldWidget(QStringLiteral("credentials_for_provider.new_credential.label.en_US")));
    // A second one gets a unique name.
    button(list, "addButton")->click();
    QCOMPARE(list->item(3)->text(), QStringLiteral("new_credential_2"));
    // Remove both: back to the original bytes.
    button(list, "removeButton")->click();
    QCOMPARE(list->currentRow(), 2);
    button(list, "removeButton")->click();
    QCOMPARE(page->text(), kProvider);
    // Remove everything: an empty map stays (`{}`), and Add works on it again.
    list->setCurrentRow(0);
    button(list, "removeButton")->click();
    button(list, "removeButton")->click();
    QCOMPARE(list->count(), 0);
    QVERIFY(page->text().contains(QStringLiteral("credentials_for_provider: {}\n")));
    QVERIFY(page->text().contains(QStringLiteral("# Credentials the user enters once per workspace\n")));
    button(list, "addButton")->click();
    QCOMPARE(rows(list), QStringList({QStringLiteral("new_credential")}));
    QCOMPARE(page->undoStack()->count(), 7);
}

void tst_FormEditorMaps::entryFieldsEditTheText()
{
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), kProvider));
    QVERIFY(page);
    FormEditor *form = page->formEditor();
    form->listWidget(kCreds)->setCurrentRow(1);
    QVERIFY(form->editField(QStringLiteral("credentials_for_provider.region.label.ja_JP"), QStringLiteral("地域")));
    QVERIFY(page->text().contains(QStringLiteral("      en_US: Region\n      ja_JP: 地域\n")));
    QVERIFY(form->editField(QStringLiteral("credentials_for_provider.region.required"), true));
    QVERIFY(page->text().contains(QStringLiteral("    required: true # defaults to eu\n")));
    QVERIFY(form->editField(QStringLiteral("credentials_for_provider.region.type"), QStringLiteral("text-input")));
    QVERIFY(page->text().contains(QStringLiteral("  region:\n    type: text-input\n")));
    QCOMPARE(page->undoStack()->count(), 3);
}

void tst_FormEditorMaps::textDrivesTheForm()
{
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), kProvider));
    QVERIFY(page);
    FormEditor *form = page->formEditor();
    QListWidget *list = form->listWidget(kCreds);
    QString t = kProvider;
    t.replace(QStringLiteral("  region:\n"), QStringLiteral("  base_url:\n    type: text-input\n    label:\n      en_US: Base URL\n  area:\n"));
    page->editor()->setText(t);
    QTRY_COMPARE(rows(list), QStringList({QStringLiteral("api_key"), QStringLiteral("base_url"), QStringLiteral("area")}));
    list->setCurrentRow(1);
    auto *label = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("credentials_for_provider.base_url.label.en_US")));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Base URL"));
    // Text that switches the block to the list form: the form follows with a list editor.
    const QString listForm = QStringLiteral("identity:\n  author: a\n  name: w\n  label:\n    en_US: W\n"
                                            "credentials_for_provider:\n  - name: key_one\n    type: secret-input\n"
                                            "    label:\n      en_US: One\n");
    page->editor()->setText(listForm);
    QTRY_VERIFY(form->fieldWidget(QStringLiteral("credentials_for_provider[0].name")));
    QListWidget *asList = form->listWidget(kCreds);
    QVERIFY(asList);
    QTRY_COMPARE(rows(asList), QStringList({QStringLiteral("key_one")}));
    QVERIFY(form->fieldWidget(QStringLiteral("credentials_for_provider[0].name")));
    // Broken text: the form keeps the last good state and says why.
    page->editor()->setText(listForm + QStringLiteral("  bad: [\n"));
    form->refreshNow();
    QVERIFY(!form->parseError().isEmpty());
    QCOMPARE(rows(asList), QStringList({QStringLiteral("key_one")}));
}

void tst_FormEditorMaps::undoRedoAcrossBoth()
{
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), kProvider));
    QVERIFY(page);
    FormEditor *form = page->formEditor();
    QListWidget *list = form->listWidget(kCreds);
    list->item(0)->setText(QStringLiteral("token"));        // form step 1
    const QString renamed = page->text();
    list->setCurrentRow(1);
    button(list, "upButton")->click();                      // form step 2
    const QString moved = page->text();
    QString typed = moved;
    typed.replace(QStringLiteral("  region:\n"), QStringLiteral("  zone:\n"));
    page->editor()->setText(typed);                         // text step 3
    page->flushTyping();
    QTRY_COMPARE(rows(list), QStringList({QStringLiteral("zone"), QStringLiteral("token")}));
    QCOMPARE(page->undoStack()->count(), 3);

    QUndoStack *undo = page->undoStack();
    undo->undo();
    QCOMPARE(page->text(), moved);
    QTRY_COMPARE(rows(list), QStringList({QStringLiteral("region"), QStringLiteral("token")}));
    undo->undo();
    QCOMPARE(page->text(), renamed);
    QTRY_COMPARE(rows(list), QStringList({QStringLiteral("token"), QStringLiteral("region")}));
    undo->undo();
    QCOMPARE(page->text(), kProvider);
    QTRY_COMPARE(rows(list), QStringList({QStringLiteral("api_key"), QStringLiteral("region")}));
    undo->redo();
    undo->redo();
    undo->redo();
    QCOMPARE(page->text(), typed);
    QTRY_COMPARE(rows(list), QStringList({QStringLiteral("zone"), QStringLiteral("token")}));
    // A form edit after undoing part of the history replaces the redo branch.
    undo->undo();
    QTRY_COMPARE(rows(list), QStringList({QStringLiteral("region"), QStringLiteral("token")}));
    list->setCurrentRow(1);
    button(list, "removeButton")->click();
    QCOMPARE(rows(list), QStringList({QStringLiteral("region")}));
    QVERIFY(!undo->canRedo());
}

void tst_FormEditorMaps::crlfFileStaysCrlf()
{
    QString crlf = kProvider;
    crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), crlf));
    QVERIFY(page);
    QListWidget *list = page->formEditor()->listWidget(kCreds);
    QVERIFY(list);
    QCOMPARE(rows(list), QStringList({QStringLiteral("api_key"), QStringLiteral("region")}));
    list->item(1)->setText(QStringLiteral("zone"));
    list->setCurrentRow(1);
    button(list, "upButton")->click();
    const QString text = page->text();
    QVERIFY(text.contains(QStringLiteral("  # optional override\r\n  zone:\r\n    type: select\r\n")));
    QCOMPARE(text.count(QLatin1Char('\n')), text.count(QStringLiteral("\r\n")));
    QVERIFY(text.indexOf(QStringLiteral("zone:")) < text.indexOf(QStringLiteral("api_key:")));
}

void tst_FormEditorMaps::otherMapShapedBlocks()
{
    // Trigger provider: subscription_schema as a list, constructor credentials as a map.
    const QString trigger = QStringLiteral(
        "identity:\n  author: a\n  name: hook\n  label:\n    en_US: Hook\n  description:\n    en_US: d\n  icon: icon.svg\n"
        "subscription_schema:\n  - name: secret\n    type: secret-input\n    label:\n      en_US: Secret\n"
        "subscription_constructor:\n"
        "  credentials_schema:\n"
        "    # personal token\n"
        "    access_token:\n      type: secret-input\n      label:\n        en_US: Token\n"
        "    org:\n      type: text-input\n      label:\n        en_US: Org\n"
        "events:\n  - events/push.yaml\n"
        "extra:\n  python:\n    source: provider/hook.py\n");
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/hook.yaml"), trigger));
    QVERIFY(page);
    FormEditor *form = page->formEditor();
    QListWidget *subs = form->listWidget(QStringLiteral("subscription_schema"));
    QListWidget *ctor = form->listWidget(QStringLiteral("subscription_constructor.credentials_schema"));
    QVERIFY(subs && ctor);
    QCOMPARE(rows(subs), QStringList({QStringLiteral("secret")}));
    QCOMPARE(rows(ctor), QStringList({QStringLiteral("access_token"), QStringLiteral("org")}));
    QVERIFY(form->fieldWidget(QStringLiteral("subscription_schema[0].name")));
    QVERIFY(form->listWidget(QStringLiteral("subscription_constructor.oauth_schema.client_schema")));
    ctor->setCurrentRow(1);
    button(ctor, "upButton")->click();
    QVERIFY(page->text().contains(QStringLiteral("  credentials_schema:\n    org:\n      type: text-input\n      label:\n"
                                                 "        en_US: Org\n    # personal token\n    access_token:\n")));
    ctor->item(1)->setText(QStringLiteral("token"));
    QVERIFY(page->text().contains(QStringLiteral("    # personal token\n    token:\n")));

    // Datasource provider without credentials: a new block is written as a list (what the SDK reads).
    const QString datasource = QStringLiteral(
        "identity:\n  author: a\n  name: docs\n  label:\n    en_US: Docs\n  description:\n    en_US: d\n  icon: icon.svg\n"
        "provider_type: online_document\n"
        "datasources:\n  - datasources/page.yaml\n"
        "extra:\n  python:\n    source: provider/docs.py\n");
    std::unique_ptr<EditorPage> ds(openPage(QStringLiteral("provider/docs.yaml"), datasource));
    QVERIFY(ds);
    QListWidget *creds = ds->formEditor()->listWidget(QStringLiteral("credentials_schema"));
    QVERIFY(creds);
    button(creds, "addButton")->click();
    QVERIFY2(ds->text().contains(QStringLiteral("credentials_schema:\n  - ")), qPrintable(ds->text()));
    QCOMPARE(rows(ds->formEditor()->listWidget(QStringLiteral("credentials_schema"))), QStringList({QStringLiteral("new_name")}));

    // A tool provider without credentials: Add creates the map.
    const QString bare = QStringLiteral("identity:\n  author: a\n  name: w\n  label:\n    en_US: W\n"
                                        "tools:\n  - tools/a.yaml\n");
    std::unique_ptr<EditorPage> tool(openPage(QStringLiteral("provider/bare.yaml"), bare));
    QVERIFY(tool);
    QListWidget *map = tool->formEditor()->listWidget(kCreds);
    QVERIFY(map);
    QCOMPARE(map->count(), 0);
    button(map, "addButton")->click();
    QVERIFY2(tool->text().contains(QStringLiteral("credentials_for_provider:\n  new_credential:\n")), qPrintable(tool->text()));
    QCOMPARE(rows(tool->formEditor()->listWidget(kCreds)), QStringList({QStringLiteral("new_credential")}));
}

void tst_FormEditorMaps::modelCredentialLists()
{
    const QString model = QStringLiteral(
        "provider: acme\nlabel:\n  en_US: Acme\nicon_small:\n  en_US: icon.svg\nicon_large:\n  en_US: icon.svg\n"
        "supported_model_types:\n  - llm\nconfigurate_methods:\n  - predefined-model\n"
        "provider_credential_schema:\n  credential_form_schemas:\n"
        "    - variable: api_key # the secret\n      type: secret-input\n      required: true\n      label:\n        en_US: API key\n"
        "    - variable: endpoint\n      type: text-input\n      required: false\n      label:\n        en_US: Endpoint\n"
        "models:\n  llm:\n    predefined:\n      - models/llm/*.yaml\n"
        "extra:\n  python:\n    provider_source: provider/acme.py\n");
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/acme.yaml"), model));
    QVERIFY(page);
    FormEditor *form = page->formEditor();
    QListWidget *list = form->listWidget(QStringLiteral("provider_credential_schema.credential_form_schemas"));
    QVERIFY(list);
    QCOMPARE(rows(list), QStringList({QStringLiteral("api_key"), QStringLiteral("endpoint")}));
    auto *type = qobject_cast<QComboBox *>(form->fieldWidget(QStringLiteral("provider_credential_schema.credential_form_schemas[0].type")));
    QVERIFY(type);
    QVERIFY(type->findText(QStringLiteral("radio")) >= 0);
    QVERIFY(type->findText(QStringLiteral("boolean")) < 0);
    list->setCurrentRow(1);
    button(list, "upButton")->click();
    QVERIFY(page->text().contains(QStringLiteral("  credential_form_schemas:\n    - variable: endpoint\n")));
    QVERIFY(page->text().contains(QStringLiteral("    - variable: api_key # the secret\n")));
    button(list, "addButton")->click();
    QVERIFY2(page->text().contains(QStringLiteral("    - label:\n        en_US: New item\n      type: secret-input\n      variable: new_variable\n")),
             qPrintable(page->text()));
    QVERIFY(form->listWidget(QStringLiteral("model_credential_schema.credential_form_schemas")));
}

void tst_FormEditorMaps::flowMapAndDuplicates()
{
    // A flow-style map: rows, rename and move work; separators stay.
    const QString flow = QStringLiteral("identity:\n  author: a\n  name: w\n  label:\n    en_US: W\n"
                                        "credentials_for_provider: {a: {type: secret-input}, b: {type: text-input}} # short\n");
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/flow.yaml"), flow));
    QVERIFY(page);
    QListWidget *list = page->formEditor()->listWidget(kCreds);
    QVERIFY(list);
    QCOMPARE(rows(list), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    list->item(0)->setText(QStringLiteral("key"));
    list->setCurrentRow(1);
    button(list, "upButton")->click();
    QVERIFY2(page->text().endsWith(QStringLiteral("credentials_for_provider: {b: {type: text-input}, key: {type: secret-input}} # short\n")),
             qPrintable(page->text()));

    // A credential written twice: renaming it is ambiguous, so it is refused with the reason shown.
    const QString dup = QStringLiteral("identity:\n  author: a\n  name: w\n  label:\n    en_US: W\n"
                                       "credentials_for_provider:\n  k:\n    type: secret-input\n  k:\n    type: text-input\n");
    std::unique_ptr<EditorPage> d(openPage(QStringLiteral("provider/dup.yaml"), dup));
    QVERIFY(d);
    QListWidget *dl = d->formEditor()->listWidget(kCreds);
    QVERIFY(dl);
    QCOMPARE(rows(dl), QStringList({QStringLiteral("k"), QStringLiteral("k")}));
    dl->item(0)->setText(QStringLiteral("other"));
    QCOMPARE(d->text(), dup);
    QCOMPARE(dl->item(0)->text(), QStringLiteral("k"));
    QVERIFY(!banner(d->formEditor())->isHidden());
    QVERIFY2(banner(d->formEditor())->text().contains(QStringLiteral("appears 2 times")), qPrintable(banner(d->formEditor())->text()));

    // Not a map at all (a string): no rows, and Add says why instead of overwriting the text.
    const QString scalar = QStringLiteral("identity:\n  author: a\n  name: w\n  label:\n    en_US: W\n"
                                          "credentials_for_provider: see README # filled in later\n");
    std::unique_ptr<EditorPage> sc(openPage(QStringLiteral("provider/scalar.yaml"), scalar));
    QVERIFY(sc);
    QListWidget *sl = sc->formEditor()->listWidget(kCreds);
    QVERIFY(sl);
    QCOMPARE(sl->count(), 0);
    QSignalSpy refused(sc->formEditor(), &FormEditor::editRefused);
    button(sl, "addButton")->click();
    QCOMPARE(sc->text(), scalar);
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.at(0).at(0).toString().contains(QStringLiteral("not a mapping")), qPrintable(refused.at(0).at(0).toString()));
    QCOMPARE(sc->undoStack()->count(), 0);
}

void tst_FormEditorMaps::screenshot()
{
    // Latin translations only: the Xvfb used for the docs may lack CJK fonts.
    QString text = kProvider;
    text.replace(QStringLiteral("      zh_Hans: API 密钥\n"), QStringLiteral("      pt_BR: Chave da API\n"));
    std::unique_ptr<EditorPage> page(openPage(QStringLiteral("provider/weather.yaml"), text));
    QVERIFY(page);
    page->resize(1400, 860);
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    auto *splitter = page->findChild<QSplitter *>();
    QVERIFY(splitter);
    splitter->setSizes({720, 680});
    FormEditor *form = page->formEditor();
    QListWidget *list = form->listWidget(kCreds);
    list->setCurrentRow(0);
    auto *scroll = form->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCoreApplication::processEvents();
    // The credentials group at the top of the form pane.
    const QPoint groupTop = list->parentWidget()->mapTo(scroll->widget(), QPoint(0, 0));
    scroll->verticalScrollBar()->setValue(groupTop.y() - 8);
    scroll->horizontalScrollBar()->setValue(0);
    QCoreApplication::processEvents();
    QVERIFY(list->parentWidget()->visibleRegion().boundingRect().height() > 300);
    page->repaint();
    const QImage img = page->grab().toImage();
    QVERIFY(!img.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 7)
        for (int x = 0; x < img.width(); x += 7)
            colours.insert(img.pixel(x, y));
    QVERIFY(colours.size() > 8);
    const QString dir = qEnvironmentVariableIntValue("STUDIO_WRITE_SCREENSHOTS")
                            ? QStringLiteral(STUDIO_SOURCE_DIR "/docs/screenshots")
                            : m_tmp.path();
    QVERIFY(img.save(QDir(dir).filePath(QStringLiteral("form-credentials.png"))));
}

QTEST_MAIN(tst_FormEditorMaps)
#include "tst_formeditor_maps.moc"
