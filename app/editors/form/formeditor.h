// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/editors/form/fieldspec.h"
#include "core/yaml/yamlnode.h"

#include <QJsonValue>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
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

signals:
    // The form wants the document text replaced by `newText` (one undo step called `description`).
    void editRequested(const QString &newText, const QString &description);
    void editRefused(const QString &message);

private:
    struct Binding
    {
        QString path;
        FieldKind kind;
        QPointer<QWidget> widget;
    };
    void rebuild();
    void buildFields(QFormLayout *layout, const QList<FieldSpec> &fields, const QString &prefix);
    QWidget *makeField(const FieldSpec &spec, const QString &fullPath);
    QWidget *makeI18n(const FieldSpec &spec, const QString &fullPath);
    QWidget *makePermissions(const QString &fullPath);
    QWidget *makeList(const FieldSpec &spec, const QString &fullPath);
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
};

} // namespace Studio::App
