// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/editors/form/fieldspec.h"
#include "core/yaml/yamlnode.h"

#include <QJsonValue>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QToolButton;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QVBoxLayout;

namespace Studio::App {

// A form for a manifest or declaration YAML, built from fieldTable(kind). It never holds its own
// copy of the data: it reads the text (setSourceText, debounced re-parse) and turns every edit into
// a patch of that text through the comment-preserving YAML editor (editRequested).
class FormEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FormEditor(FormKind kind, QWidget *parent = nullptr);

    FormKind kind() const { return m_kind; }
    // The folder whose _assets/ holds the icons shown next to icon fields.
    void setPluginRoot(const QString &dir) { m_pluginRoot = dir; }
    // New text: re-parsed after a short pause (or at once with refreshNow()).
    void setSourceText(const QString &text);
    void refreshNow();
    QString parseError() const { return m_parseError; }

    // Test helpers: the widget bound to a full YAML path ("identity.label.en_US"), or nullptr.
    QWidget *fieldWidget(const QString &path) const;
    // Applies `value` to the field at `path` as if the user had edited it.
    bool editField(const QString &path, const QJsonValue &value);
    QListWidget *listWidget(const QString &path) const;

    // A field the user is typing in whose text is not in the document yet (it goes there when the
    // field loses the focus or on Enter); commitPendingEdit() puts it there now (before an undo).
    bool hasPendingEdit() const;
    void commitPendingEdit();

signals:
    // The form wants the document text replaced by `newText` (one undo step called `description`).
    void editRequested(const QString &newText, const QString &description);
    void editRefused(const QString &message);
    // The user typed in a field (what hasPendingEdit() answers may have changed).
    void fieldTyped();

private:
    struct Binding
    {
        QString path;
        FieldKind kind;
        QPointer<QWidget> widget;
    };
    void rebuild();
    QLineEdit *pendingLineEdit() const;
    void buildFields(QFormLayout *layout, const QList<FieldSpec> &fields, const QString &prefix);
    QWidget *makeField(const FieldSpec &spec, const QString &fullPath);
    QWidget *makeI18n(const FieldSpec &spec, const QString &fullPath);
    QWidget *makePermissions(const QString &fullPath);
    QWidget *makeList(const FieldSpec &spec, const QString &fullPath);
    QWidget *makeMap(const FieldSpec &spec, const QString &fullPath);
    struct ListFrame
    {
        QGroupBox *group = nullptr;
        QListWidget *list = nullptr;
        QToolButton *add = nullptr, *remove = nullptr, *up = nullptr, *down = nullptr;
        QWidget *panel = nullptr; // hosts the selected entry's fields
    };
    // The group box, row list, Add/Remove/Up/Down buttons (Alt+Up/Alt+Down) and entry panel that
    // lists and maps share; registers `full` as a list (or a map).
    ListFrame makeListFrame(const FieldSpec &spec, const QString &full, bool map);
    static QJsonObject newItem(const FieldSpec &spec, const QString &skip);
    // True when the field at `full` is edited as a map (what the text holds, else the spec's preference).
    bool mapShaped(const FieldSpec &spec, const QString &full) const;
    QString shapeSignature() const;
    QStringList mapKeys(const QString &path) const;
    // Path of row `row` of a list ("x[2]") or map ("x.key").
    QString entryPath(const QString &listPath, int row) const;
    // Why `name` cannot be the key of entry `row` of the map (empty = it can).
    QString checkEntryName(const QString &mapPath, const QString &name, int row) const;
    bool isNestedList(const QString &path) const;
    void refuse(const QString &message);
    void bind(const QString &path, FieldKind kind, QWidget *w);
    void refreshBindings(bool lists = true);
    void refreshList(const QString &path);
    void showItem(const QString &listPath, int row);
    void commit(const QString &path, const QJsonValue &value);
    void apply(const Result<QString> &result, const QString &description);
    FormKind detectKind() const;

    FormKind m_kind;
    FormKind m_effectiveKind;
    QString m_text;
    QString m_parseError;
    QString m_pluginRoot;
    Yaml::NodePtr m_root;
    QTimer m_parseTimer;
    bool m_refreshing = false;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_banner = nullptr;
    QList<Binding> m_bindings;
    QHash<QString, FieldSpec> m_listSpecs;      // list path -> spec
    QHash<QString, QListWidget *> m_lists;      // list path -> widget
    QHash<QString, QWidget *> m_itemPanels;     // list path -> panel hosting the selected item's form
    QHash<QString, int> m_selectedRow;
    QSet<QString> m_mapPaths; // paths in m_lists edited as maps (rows are keys)
    QString m_shapes;         // list/map shape of each Map/ListOrMap field when the form was built
};

} // namespace Studio::App
