// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/form/formeditor.h"

#include "app/editors/form/yamlbridge.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Studio::App {

namespace {
const QStringList kLanguages{QStringLiteral("en_US"), QStringLiteral("zh_Hans"), QStringLiteral("ja_JP"), QStringLiteral("pt_BR")};

QString scalarText(const Yaml::NodePtr &n)
{
    return n && (n->isScalar() || n->isNull()) && !n->isYamlNullScalar() ? n->scalar() : QString();
}

QString joinPath(const QString &prefix, const QString &path)
{
    return prefix.isEmpty() ? path : prefix + QLatin1Char('.') + path;
}
} // namespace

FormEditor::FormEditor(FormKind kind, QWidget *parent) : QWidget(parent), m_kind(kind), m_effectiveKind(kind)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_banner->setStyleSheet(QStringLiteral("QLabel#formBanner { background: #fef3c7; color: #92400e; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(300);
    connect(&m_parseTimer, &QTimer::timeout, this, &FormEditor::refreshNow);
    if (!YamlBridge::editingAvailable())
        setToolTip(tr("This build has no comment-preserving YAML editor: the form is read-only; edit the text."));
    rebuild();
}

void FormEditor::setSourceText(const QString &text)
{
    if (text == m_text && m_root)
        return;
    m_text = text;
    m_parseTimer.start();
}

FormKind FormEditor::detectKind() const
{
    if (m_kind != FormKind::Provider || !m_root || !m_root->isMapping())
        return m_kind;
    if (m_root->get(u"provider") && m_root->get(u"supported_model_types"))
        return FormKind::ModelProvider;
    if (m_root->get(u"strategies"))
        return FormKind::AgentProvider;
    if (m_root->get(u"datasources") || m_root->get(u"provider_type"))
        return FormKind::DatasourceProvider;
    if (m_root->get(u"events") || m_root->get(u"subscription_schema"))
        return FormKind::TriggerProvider;
    if (m_root->get(u"identity"))
        return FormKind::ToolProvider;
    return FormKind::Provider;
}

void FormEditor::refreshNow()
{
    m_parseTimer.stop();
    auto root = YamlBridge::parseRoot(m_text, QStringLiteral("document"));
    if (!root) {
        m_parseError = root.error().toString();
        m_banner->setText(tr("The text does not parse, so the form shows the last good state: %1").arg(m_parseError));
        m_banner->show();
        m_scroll->setEnabled(false);
        return;
    }
    m_parseError.clear();
    m_root = *root;
    m_scroll->setEnabled(true);
    m_banner->setVisible(!YamlBridge::editingAvailable());
    if (!YamlBridge::editingAvailable())
        m_banner->setText(toolTip());
    const FormKind k = detectKind();
    if (k != m_effectiveKind) {
        m_effectiveKind = k;
        rebuild();
    } else if (shapeSignature() != m_shapes) {
        rebuild(); // a credentials block changed between list and map form in the text
    }
    refreshBindings();
}

void FormEditor::rebuild()
{
    m_bindings.clear();
    m_lists.clear();
    m_listSpecs.clear();
    m_itemPanels.clear();
    m_mapPaths.clear();
    m_shapes = shapeSignature();
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(formKindTitle(m_effectiveKind).toHtmlEscaped()), content);
    outer->addWidget(title);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);
    outer->addStretch(1);
    buildFields(form, fieldTable(m_effectiveKind), QString());
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater(); // see showItem()
    }
    m_scroll->setWidget(content);
    const bool editable = YamlBridge::editingAvailable();
    content->setEnabled(true);
    if (!editable) {
        for (const Binding &b : std::as_const(m_bindings))
            if (b.widget)
                b.widget->setEnabled(false);
    }
}

void FormEditor::buildFields(QFormLayout *layout, const QList<FieldSpec> &fields, const QString &prefix)
{
    for (const FieldSpec &spec : fields) {
        const QString full = joinPath(prefix, spec.path);
        QWidget *w = makeField(spec, full);
        QString label = spec.label;
        if (spec.required)
            label += QStringLiteral(" *");
        w->setToolTip(spec.help);
        // Lists, maps and the permissions box carry their own title.
        if (spec.kind == FieldKind::List || spec.kind == FieldKind::Permissions || spec.kind == FieldKind::Map
            || spec.kind == FieldKind::ListOrMap) {
            layout->addRow(w);
        } else {
            auto *l = new QLabel(label);
            l->setToolTip(spec.help);
            layout->addRow(l, w);
        }
    }
}

void FormEditor::bind(const QString &path, FieldKind kind, QWidget *w)
{
    w->setProperty("yamlPath", path);
    m_bindings.append({path, kind, w});
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        connect(edit, &QLineEdit::textEdited, this, &FormEditor::fieldTyped);
}

QWidget *FormEditor::makeField(const FieldSpec &spec, const QString &full)
{
    switch (spec.kind) {
    case FieldKind::I18n:
        return makeI18n(spec, full);
    case FieldKind::Permissions:
        return makePermissions(full);
    case FieldKind::List:
        return makeList(spec, full);
    case FieldKind::Map:
    case FieldKind::ListOrMap:
        return mapShaped(spec, full) ? makeMap(spec, full) : makeList(spec, full);
    case FieldKind::Bool: {
        auto *box = new QCheckBox;
        bind(full, spec.kind, box);
        connect(box, &QCheckBox::toggled, this, [this, full](bool on) { commit(full, on); });
        return box;
    }
    case FieldKind::Choice: {
        auto *combo = new QComboBox;
        combo->addItems(spec.choices);
        bind(full, spec.kind, combo);
        connect(combo, &QComboBox::activated, this, [this, full, combo] { commit(full, combo->currentText()); });
        return combo;
    }
    case FieldKind::MultiLine:
    case FieldKind::Text:
    case FieldKind::Integer:
    case FieldKind::Number:
    case FieldKind::StringList:
    case FieldKind::Icon: {
        auto *edit = new QLineEdit;
        if (spec.kind == FieldKind::StringList)
            edit->setPlaceholderText(spec.choices.isEmpty() ? tr("comma-separated") : spec.choices.join(QStringLiteral(", ")));
        bind(full, spec.kind, edit);
        const QString pattern = spec.pattern;
        const FieldKind kind = spec.kind;
        const bool required = spec.required;
        auto check = [edit, pattern, required] {
            const bool bad = (required && edit->text().trimmed().isEmpty())
                             || (!pattern.isEmpty() && !edit->text().isEmpty() && !QRegularExpression(pattern).match(edit->text()).hasMatch());
            edit->setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid #dc2626; }") : QString());
        };
        connect(edit, &QLineEdit::textChanged, edit, check);
        connect(edit, &QLineEdit::editingFinished, this, [this, full, edit, kind] {
            const QString current = scalarText(YamlBridge::nodeAt(m_root, full));
            QJsonValue value;
            if (kind == FieldKind::StringList) {
                QJsonArray arr;
                for (const QString &s : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                    arr.append(s.trimmed());
                value = arr;
            } else if (kind == FieldKind::Integer) {
                if (edit->text() == current)
                    return;
                bool ok = false;
                const qint64 v = edit->text().toLongLong(&ok);
                value = ok ? QJsonValue(v) : QJsonValue(edit->text());
            } else if (kind == FieldKind::Number) {
                if (edit->text() == current)
                    return;
                bool ok = false;
                const double v = edit->text().toDouble(&ok);
                value = ok ? QJsonValue(v) : QJsonValue(edit->text());
            } else {
                if (edit->text() == current)
                    return;
                value = edit->text();
            }
            commit(full, value);
        });
        if (spec.kind != FieldKind::Icon)
            return edit;
        auto *box = new QWidget;
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        auto *preview = new QLabel;
        preview->setFixedSize(28, 28);
        preview->setObjectName(QStringLiteral("iconPreview"));
        h->addWidget(preview);
        h->addWidget(edit, 1);
        connect(edit, &QLineEdit::textChanged, preview, [this, preview](const QString &name) {
            const QString file = QDir(m_pluginRoot).filePath(QStringLiteral("_assets/") + name);
            QPixmap pm(28 * devicePixelRatio(), 28 * devicePixelRatio());
            pm.fill(Qt::transparent);
            bool ok = false;
            if (!m_pluginRoot.isEmpty() && QFileInfo(file).isFile()) {
                if (file.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
                    QSvgRenderer r(file);
                    if (r.isValid()) {
                        QPainter p(&pm);
                        r.render(&p);
                        ok = true;
                    }
                } else {
                    QPixmap img(file);
                    if (!img.isNull()) {
                        pm = img.scaled(pm.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
                        ok = true;
                    }
                }
            }
            pm.setDevicePixelRatio(devicePixelRatio());
            preview->setPixmap(pm);
            preview->setToolTip(ok ? file : tr("Icon file not found in _assets/"));
            preview->setStyleSheet(ok || name.isEmpty() ? QString() : QStringLiteral("QLabel { border: 1px solid #dc2626; }"));
        });
        return box;
    }
    }
    return new QWidget;
}

QWidget *FormEditor::makeI18n(const FieldSpec &spec, const QString &full)
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < kLanguages.size(); ++i) {
        const QString lang = kLanguages.at(i);
        auto *tag = new QLabel(lang);
        tag->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-size: 9pt; }"));
        auto *edit = new QLineEdit;
        edit->setPlaceholderText(lang == QLatin1String("en_US") ? (spec.required ? tr("required") : QString()) : tr("falls back to en_US"));
        const QString path = full + QLatin1Char('.') + lang;
        bind(path, FieldKind::Text, edit);
        grid->addWidget(tag, i / 2 * 2, i % 2);
        grid->addWidget(edit, i / 2 * 2 + 1, i % 2);
        connect(edit, &QLineEdit::editingFinished, this, [this, path, edit, lang] {
            const Yaml::NodePtr node = YamlBridge::nodeAt(m_root, path);
            if (edit->text() == scalarText(node))
                return;
            if (edit->text().isEmpty() && lang != QLatin1String("en_US") && node) {
                apply(YamlBridge::removeKey(m_text, path), tr("Remove %1").arg(path));
                return;
            }
            commit(path, edit->text());
        });
    }
    return box;
}

QWidget *FormEditor::makePermissions(const QString &full)
{
    auto *group = new QGroupBox(tr("Permissions"));
    auto *grid = new QGridLayout(group);
    struct P { const char *key; const char *label; };
    const P perms[] = {{"tool.enabled", QT_TR_NOOP("Invoke tools")}, {"model.enabled", QT_TR_NOOP("Invoke models")}, {"model.llm", QT_TR_NOOP("LLM")},
                       {"model.text_embedding", QT_TR_NOOP("Text embedding")}, {"model.rerank", QT_TR_NOOP("Rerank")}, {"model.tts", QT_TR_NOOP("Text to speech")},
                       {"model.speech2text", QT_TR_NOOP("Speech to text")}, {"model.moderation", QT_TR_NOOP("Moderation")}, {"node.enabled", QT_TR_NOOP("Invoke workflow nodes")},
                       {"endpoint.enabled", QT_TR_NOOP("Register endpoints")}, {"app.enabled", QT_TR_NOOP("Invoke apps")}, {"storage.enabled", QT_TR_NOOP("Persistent storage")}};
    int i = 0;
    for (const P &p : perms) {
        auto *box = new QCheckBox(tr(p.label));
        const QString path = full + QLatin1Char('.') + QString::fromLatin1(p.key);
        bind(path, FieldKind::Bool, box);
        connect(box, &QCheckBox::toggled, this, [this, path](bool on) {
            if (!m_refreshing)
                commit(path, on);
        });
        grid->addWidget(box, i / 3, i % 3);
        ++i;
    }
    auto *size = new QSpinBox;
    size->setRange(1024, 1073741824);
    size->setSingleStep(1024);
    size->setSuffix(tr(" bytes"));
    size->setToolTip(tr("Storage size: 1024 to 1073741824 bytes, required whenever the storage block exists."));
    const QString sizePath = full + QStringLiteral(".storage.size");
    bind(sizePath, FieldKind::Integer, size);
    // Only a value the user changed is written: leaving the field (editingFinished) with the value
    // it showed writes nothing, even when the text has no storage size yet and it shows the default.
    connect(size, &QSpinBox::editingFinished, this, [this, sizePath, size] {
        if (size->value() == size->property("shownValue").toInt())
            return;
        if (QString::number(size->value()) != scalarText(YamlBridge::nodeAt(m_root, sizePath)))
            commit(sizePath, qint64(size->value()));
    });
    grid->addWidget(new QLabel(tr("Storage size")), i / 3 + 1, 0);
    grid->addWidget(size, i / 3 + 1, 1, 1, 2);
    return group;
}

FormEditor::ListFrame FormEditor::makeListFrame(const FieldSpec &spec, const QString &full, bool map)
{
    ListFrame f;
    f.group = new QGroupBox(spec.required ? spec.label + QStringLiteral(" *") : spec.label);
    f.group->setToolTip(spec.help);
    auto *v = new QVBoxLayout(f.group);
    if (map) {
        auto *hint = new QLabel(tr("Double-click a name to rename it; Alt+Up / Alt+Down move the selected entry."));
        hint->setObjectName(QStringLiteral("mapHint"));
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-size: 9pt; }"));
        v->addWidget(hint);
    }
    auto *row = new QHBoxLayout;
    f.list = new QListWidget;
    f.list->setObjectName(full);
    f.list->setMaximumHeight(spec.itemFields.isEmpty() ? 90 : 130);
    row->addWidget(f.list, 1);
    auto *buttons = new QVBoxLayout;
    f.add = new QToolButton;
    f.add->setText(tr("Add"));
    f.add->setObjectName(QStringLiteral("addButton"));
    f.remove = new QToolButton;
    f.remove->setText(tr("Remove"));
    f.remove->setObjectName(QStringLiteral("removeButton"));
    f.up = new QToolButton;
    f.up->setText(tr("Up"));
    f.up->setObjectName(QStringLiteral("upButton"));
    f.up->setToolTip(tr("Move up (Alt+Up)"));
    f.down = new QToolButton;
    f.down->setText(tr("Down"));
    f.down->setObjectName(QStringLiteral("downButton"));
    f.down->setToolTip(tr("Move down (Alt+Down)"));
    for (QToolButton *b : {f.add, f.remove, f.up, f.down}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setEnabled(YamlBridge::editingAvailable());
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    row->addLayout(buttons);
    v->addLayout(row);
    // Alt+Up / Alt+Down while the list has the focus.
    auto *upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), f.list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, f.up, &QToolButton::click);
    auto *downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), f.list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(downKey, &QShortcut::activated, f.down, &QToolButton::click);
    f.panel = new QWidget;
    new QVBoxLayout(f.panel);
    f.panel->layout()->setContentsMargins(12, 0, 0, 0);
    v->addWidget(f.panel);
    m_lists.insert(full, f.list);
    m_listSpecs.insert(full, spec);
    m_itemPanels.insert(full, f.panel);
    if (map)
        m_mapPaths.insert(full);
    else
        m_mapPaths.remove(full);
    return f;
}

QWidget *FormEditor::makeList(const FieldSpec &spec, const QString &full)
{
    const ListFrame frame = makeListFrame(spec, full, false);
    QGroupBox *group = frame.group;
    QListWidget *list = frame.list;
    QToolButton *add = frame.add, *remove = frame.remove, *up = frame.up, *down = frame.down;

    if (spec.itemFields.isEmpty()) {
        // A list of strings: edit in place.
        connect(list, &QListWidget::itemChanged, this, [this, full, list](QListWidgetItem *item) {
            if (m_refreshing)
                return;
            const int r = list->row(item);
            commit(QStringLiteral("%1[%2]").arg(full).arg(r), item->text());
        });
    }
    connect(list, &QListWidget::currentRowChanged, this, [this, full](int r) {
        if (m_refreshing)
            return;
        m_selectedRow[full] = r;
        showItem(full, r);
    });
    connect(add, &QToolButton::clicked, this, [this, full, spec] {
        const QJsonValue value = spec.itemFields.isEmpty() ? QJsonValue(QStringLiteral("new.yaml"))
                                                           : QJsonValue(newItem(spec, QString()));
        const Yaml::NodePtr seq = YamlBridge::nodeAt(m_root, full);
        const int count = seq && seq->isSequence() ? seq->size() : 0;
        m_selectedRow[full] = count;
        if (seq && seq->isSequence() && seq->size() > 0)
            apply(YamlBridge::appendItem(m_text, full, value), tr("Add to %1").arg(full));
        else
            apply(YamlBridge::setValue(m_text, full, QJsonArray{value}), tr("Add to %1").arg(full));
    });
    connect(remove, &QToolButton::clicked, this, [this, full, list] {
        const int r = list->currentRow();
        if (r < 0)
            return;
        m_selectedRow[full] = qMax(0, r - 1);
        apply(YamlBridge::removeItem(m_text, full, r), tr("Remove from %1").arg(full));
    });
    connect(up, &QToolButton::clicked, this, [this, full, list] {
        const int r = list->currentRow();
        if (r <= 0)
            return;
        m_selectedRow[full] = r - 1;
        apply(YamlBridge::moveItem(m_text, full, r, r - 1), tr("Move item in %1").arg(full));
    });
    connect(down, &QToolButton::clicked, this, [this, full, list] {
        const int r = list->currentRow();
        if (r < 0 || r + 1 >= list->count())
            return;
        m_selectedRow[full] = r + 1;
        apply(YamlBridge::moveItem(m_text, full, r, r + 1), tr("Move item in %1").arg(full));
    });
    return group;
}

QJsonObject FormEditor::newItem(const FieldSpec &spec, const QString &skip)
{
    QJsonObject o;
    for (const FieldSpec &f : spec.itemFields) {
        if (!f.required || f.path == skip)
            continue;
        if (f.kind == FieldKind::Text)
            o.insert(f.path, QStringLiteral("new_%1").arg(f.path));
        else if (f.kind == FieldKind::Choice && !f.choices.isEmpty())
            o.insert(f.path, f.choices.constFirst());
        else if (f.kind == FieldKind::I18n)
            o.insert(f.path, QJsonObject{{QStringLiteral("en_US"), tr("New item")}});
    }
    return o;
}

bool FormEditor::mapShaped(const FieldSpec &spec, const QString &full) const
{
    const Yaml::NodePtr node = YamlBridge::nodeAt(m_root, full);
    if (node && node->isMapping())
        return true;
    if (node && node->isSequence())
        return false;
    return spec.kind == FieldKind::Map;
}

QString FormEditor::shapeSignature() const
{
    QString sig;
    for (const FieldSpec &spec : fieldTable(m_effectiveKind))
        if (spec.kind == FieldKind::Map || spec.kind == FieldKind::ListOrMap)
            sig += spec.path + (mapShaped(spec, spec.path) ? QStringLiteral("=map;") : QStringLiteral("=list;"));
    return sig;
}

QStringList FormEditor::mapKeys(const QString &path) const
{
    QStringList keys;
    const Yaml::NodePtr m = YamlBridge::nodeAt(m_root, path);
    if (m && m->isMapping())
        for (const Yaml::Node::Pair &pair : m->pairs())
            keys << (pair.key ? pair.key->scalar() : QString());
    return keys;
}

QString FormEditor::entryPath(const QString &listPath, int row) const
{
    if (!m_mapPaths.contains(listPath))
        return QStringLiteral("%1[%2]").arg(listPath).arg(row);
    const QStringList keys = mapKeys(listPath);
    if (row < 0 || row >= keys.size())
        return {};
    return listPath + QLatin1Char('.') + YamlBridge::escapeKey(keys.at(row));
}

QString FormEditor::checkEntryName(const QString &mapPath, const QString &name, int row) const
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (name.isEmpty())
        return tr("A name is required; type one (letters, digits, '_' and '-').");
    if (!valid.match(name).hasMatch())
        return tr("'%1' is not a valid name: use letters, digits, '_' and '-' only.").arg(name);
    const QStringList keys = mapKeys(mapPath);
    const int at = int(keys.indexOf(name));
    if (at >= 0 && at != row)
        return tr("%1 already has an entry named '%2'; choose another name.").arg(mapPath, name);
    return {};
}

void FormEditor::refuse(const QString &message)
{
    emit editRefused(message);
    m_banner->setText(tr("Edit refused: %1").arg(message));
    m_banner->show();
}

QWidget *FormEditor::makeMap(const FieldSpec &spec, const QString &full)
{
    const ListFrame frame = makeListFrame(spec, full, true);
    QListWidget *list = frame.list;
    list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::SelectedClicked);
    connect(list, &QListWidget::currentRowChanged, this, [this, full](int r) {
        if (m_refreshing)
            return;
        m_selectedRow[full] = r;
        showItem(full, r);
    });
    // Inline rename.
    connect(list, &QListWidget::itemChanged, this, [this, full, list](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        const int r = list->row(item);
        const QStringList keys = mapKeys(full);
        if (r < 0 || r >= keys.size())
            return;
        const QString old = keys.at(r);
        const QString name = item->text().trimmed();
        if (name == old) {
            if (item->text() != old) {
                const QSignalBlocker block(list);
                item->setText(old);
            }
            return;
        }
        QString problem = checkEntryName(full, name, r);
        Result<QString> result = problem.isEmpty()
            ? YamlBridge::renameKey(m_text, full + QLatin1Char('.') + YamlBridge::escapeKey(old), name)
            : Result<QString>(Error(ErrorCode::InvalidInput, problem));
        if (!result) {
            // Put the old name back before saying why (the row must not show a name the text lacks).
            {
                const QSignalBlocker block(list);
                item->setText(old);
            }
            refuse(result.error().message);
            return;
        }
        m_selectedRow[full] = r;
        apply(result, tr("Rename %1 to %2").arg(old, name));
    });
    connect(frame.add, &QToolButton::clicked, this, [this, full, spec] {
        const QStringList keys = mapKeys(full);
        const QString base = spec.itemSummary == QLatin1String("name") ? QStringLiteral("new_credential") : QStringLiteral("new_entry");
        QString name = base;
        for (int i = 2; keys.contains(name); ++i)
            name = QStringLiteral("%1_%2").arg(base).arg(i);
        m_selectedRow[full] = int(keys.size());
        apply(YamlBridge::insertKey(m_text, full, name, newItem(spec, spec.itemSummary)), tr("Add %1 to %2").arg(name, full));
    });
    connect(frame.remove, &QToolButton::clicked, this, [this, full, list] {
        const int r = list->currentRow();
        const QString path = entryPath(full, r);
        if (r < 0 || path.isEmpty())
            return;
        m_selectedRow[full] = qMax(0, r - 1);
        apply(YamlBridge::removeKey(m_text, path), tr("Remove %1").arg(path));
    });
    auto move = [this, full, list](int delta) {
        const int r = list->currentRow();
        const QString path = entryPath(full, r);
        if (r < 0 || path.isEmpty() || r + delta < 0 || r + delta >= list->count())
            return;
        m_selectedRow[full] = r + delta;
        apply(YamlBridge::moveKey(m_text, path, r + delta), tr("Move %1").arg(path));
    };
    connect(frame.up, &QToolButton::clicked, this, [move] { move(-1); });
    connect(frame.down, &QToolButton::clicked, this, [move] { move(1); });
    return frame.group;
}

void FormEditor::showItem(const QString &listPath, int row)
{
    QWidget *panel = m_itemPanels.value(listPath);
    const FieldSpec spec = m_listSpecs.value(listPath);
    if (!panel || spec.itemFields.isEmpty())
        return;
    // Drop bindings of the previous item (and of lists nested in it).
    const bool map = m_mapPaths.contains(listPath);
    const QString prefix = listPath + (map ? QLatin1Char('.') : QLatin1Char('['));
    m_bindings.erase(std::remove_if(m_bindings.begin(), m_bindings.end(),
                                    [&](const Binding &b) { return b.path.startsWith(prefix) || !b.widget; }),
                     m_bindings.end());
    for (auto it = m_lists.begin(); it != m_lists.end();) {
        if (it.key().startsWith(prefix)) {
            m_listSpecs.remove(it.key());
            m_itemPanels.remove(it.key());
            it = m_lists.erase(it);
        } else {
            ++it;
        }
    }
    QLayout *layout = panel->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        // Later: the edit that led here may come from a widget of that item (a checkbox's toggled
        // signal, a row's inline editor) that is still on the stack.
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const Yaml::NodePtr seq = YamlBridge::nodeAt(m_root, listPath);
    if (row < 0 || !seq || !(map ? seq->isMapping() : seq->isSequence()) || row >= seq->size())
        return;
    auto *sub = new QWidget;
    auto *form = new QFormLayout(sub);
    form->setContentsMargins(0, 0, 0, 0);
    QList<FieldSpec> fields = spec.itemFields;
    if (map) // the key is the name
        fields.erase(std::remove_if(fields.begin(), fields.end(),
                                    [&](const FieldSpec &f) { return f.path == spec.itemSummary; }),
                     fields.end());
    buildFields(form, fields, entryPath(listPath, row));
    layout->addWidget(sub);
    if (!YamlBridge::editingAvailable())
        sub->setEnabled(false);
    // Lists inside the item (a parameter's options).
    const QStringList nested = m_lists.keys();
    for (const QString &path : nested)
        if (path.startsWith(prefix) && m_lists.contains(path))
            refreshList(path);
    const bool was = m_refreshing;
    m_refreshing = true;
    refreshBindings(false); // the item's own fields only (refreshing lists would come back here)
    m_refreshing = was;
}

void FormEditor::refreshList(const QString &path)
{
    QListWidget *list = m_lists.value(path);
    const FieldSpec spec = m_listSpecs.value(path);
    if (!list)
        return;
    const Yaml::NodePtr seq = YamlBridge::nodeAt(m_root, path);
    const bool map = m_mapPaths.contains(path);
    QStringList labels;
    if (map) {
        labels = mapKeys(path);
    } else if (seq && seq->isSequence()) {
        for (const Yaml::NodePtr &item : seq->items()) {
            if (item->isMapping())
                labels << scalarText(item->get(spec.itemSummary.isEmpty() ? QStringLiteral("name") : spec.itemSummary));
            else
                labels << scalarText(item);
        }
    }
    QStringList current;
    for (int i = 0; i < list->count(); ++i)
        current << list->item(i)->text();
    if (current != labels) {
        list->clear();
        for (const QString &l : std::as_const(labels)) {
            auto *item = new QListWidgetItem(l, list);
            if ((map || spec.itemFields.isEmpty()) && YamlBridge::editingAvailable())
                item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (map)
                item->setToolTip(tr("Double-click to rename"));
        }
    }
    const int want = qMin(m_selectedRow.value(path, labels.isEmpty() ? -1 : 0), int(labels.size()) - 1);
    list->setCurrentRow(want);
    showItem(path, want);
}

void FormEditor::refreshBindings(bool lists)
{
    if (!m_root)
        return;
    const bool was = m_refreshing;
    m_refreshing = true;
    const QList<Binding> bindings = m_bindings;
    for (const Binding &b : bindings) {
        if (!b.widget)
            continue;
        const Yaml::NodePtr node = YamlBridge::nodeAt(m_root, b.path);
        if (auto *edit = qobject_cast<QLineEdit *>(b.widget.data())) {
            QString text;
            if (b.kind == FieldKind::StringList) {
                QStringList parts;
                if (node && node->isSequence())
                    for (const Yaml::NodePtr &i : node->items())
                        parts << scalarText(i);
                text = parts.join(QStringLiteral(", "));
            } else {
                text = scalarText(node);
            }
            if (edit->text() != text)
                edit->setText(text);
            edit->setProperty("shownText", text);
        } else if (auto *box = qobject_cast<QCheckBox *>(b.widget.data())) {
            const bool on = node && node->toBool().value_or(false);
            QSignalBlocker block(box);
            box->setChecked(on);
        } else if (auto *combo = qobject_cast<QComboBox *>(b.widget.data())) {
            const QString text = scalarText(node);
            QSignalBlocker block(combo);
            int i = combo->findText(text);
            if (i < 0 && !text.isEmpty()) {
                combo->addItem(text);
                i = combo->count() - 1;
            }
            combo->setCurrentIndex(qMax(0, i));
        } else if (auto *spin = qobject_cast<QSpinBox *>(b.widget.data())) {
            QSignalBlocker block(spin);
            spin->setValue(int(node ? node->toInt().value_or(1048576) : 1048576));
            spin->setProperty("shownValue", spin->value());
        }
    }
    const QStringList listPaths = lists ? m_lists.keys() : QStringList();
    for (const QString &path : listPaths)
        if (m_lists.contains(path) && !isNestedList(path))
            refreshList(path);
    m_refreshing = was;
}

bool FormEditor::isNestedList(const QString &path) const
{
    if (path.contains(QLatin1Char('[')))
        return true;
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it)
        if (it.key() != path && m_mapPaths.contains(it.key()) && path.startsWith(it.key() + QLatin1Char('.')))
            return true;
    return false;
}

void FormEditor::commit(const QString &path, const QJsonValue &value)
{
    if (m_refreshing || !m_root)
        return;
    if (value.isString())
        apply(YamlBridge::setScalar(m_text, path, value.toString()), tr("Set %1").arg(path));
    else
        apply(YamlBridge::setValue(m_text, path, value), tr("Set %1").arg(path));
}

void FormEditor::apply(const Result<QString> &result, const QString &description)
{
    if (!result) {
        refuse(result.error().message);
        refreshBindings();
        return;
    }
    m_banner->hide();
    const QString newText = *result;
    if (newText == m_text)
        return;
    emit editRequested(newText, description);
    // The document calls setSourceText(newText); refresh at once so the form shows it.
    m_text = newText;
    refreshNow();
}

QLineEdit *FormEditor::pendingLineEdit() const
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return nullptr;
    for (const Binding &b : m_bindings) {
        auto *edit = qobject_cast<QLineEdit *>(b.widget.data());
        if (edit && edit == focus && edit->isModified() && edit->text() != edit->property("shownText").toString())
            return edit;
    }
    return nullptr;
}

bool FormEditor::hasPendingEdit() const
{
    return pendingLineEdit() != nullptr;
}

void FormEditor::commitPendingEdit()
{
    if (QLineEdit *edit = pendingLineEdit()) {
        edit->setModified(false); // once: the commit below comes back here through the document
        emit edit->editingFinished(); // the same commit as leaving the field
    }
}

QWidget *FormEditor::fieldWidget(const QString &path) const
{
    for (const Binding &b : m_bindings)
        if (b.path == path && b.widget)
            return b.widget;
    return nullptr;
}

QListWidget *FormEditor::listWidget(const QString &path) const
{
    return m_lists.value(path);
}

bool FormEditor::editField(const QString &path, const QJsonValue &value)
{
    QWidget *w = fieldWidget(path);
    if (!w)
        return false;
    if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        edit->setText(value.toVariant().toString());
        emit edit->editingFinished();
        return true;
    }
    if (auto *box = qobject_cast<QCheckBox *>(w)) {
        box->setChecked(value.toBool());
        return true;
    }
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        const int i = combo->findText(value.toString());
        if (i < 0)
            return false;
        combo->setCurrentIndex(i);
        emit combo->activated(i);
        return true;
    }
    return false;
}

} // namespace Studio::App
