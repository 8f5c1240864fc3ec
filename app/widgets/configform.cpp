// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/configform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Studio::App {

namespace {
enum class Kind { Text, Secret, Select, Bool, Number, File, Files, Json };

Kind kindOf(const ConfigForm::Field &f)
{
    const QString &t = f.type;
    if (t == QLatin1String("secret-input"))
        return Kind::Secret;
    if (t == QLatin1String("boolean") || t == QLatin1String("switch") || t == QLatin1String("checkbox"))
        return Kind::Bool;
    if (t == QLatin1String("select") || t == QLatin1String("radio") || t == QLatin1String("dynamic-select")
        || (t == QLatin1String("string") && !f.options.isEmpty()))
        return f.options.isEmpty() ? Kind::Text : Kind::Select;
    if (t == QLatin1String("number"))
        return Kind::Number;
    if (t == QLatin1String("file"))
        return Kind::File;
    if (t == QLatin1String("files"))
        return Kind::Files;
    if (t == QLatin1String("text-input") || t == QLatin1String("string") || t == QLatin1String("text")
        || t.isEmpty())
        return Kind::Text;
    return Kind::Json; // model-selector, app-selector, array[tools], array, object, any...
}

QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// Parses any JSON value (scalars too). Returns false when the text is not JSON.
bool parseJsonValue(const QString &text, QJsonValue *out)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return false;
    *out = doc.array().at(0);
    return true;
}

QString displayLabel(const ConfigForm::Field &f)
{
    return f.label.isEmpty() ? f.name : f.label;
}
} // namespace

ConfigForm::Field ConfigForm::fromConfigField(const Plugin::ConfigField &c)
{
    Field f;
    f.name = c.name;
    f.type = c.type;
    f.required = c.required;
    f.defaultValue = c.defaultValue;
    for (const auto &o : c.options)
        f.options.append({o.value, o.label.isEmpty() ? o.value : o.label.text()});
    f.multiple = c.multiple;
    f.label = c.label.text();
    f.help = c.help.text();
    f.placeholder = c.placeholder.text();
    f.url = c.url;
    return f;
}

ConfigForm::Field ConfigForm::fromParameter(const Plugin::Parameter &p)
{
    Field f;
    f.name = p.name;
    f.type = p.type;
    f.required = p.required;
    f.defaultValue = p.defaultValue;
    for (const auto &o : p.options)
        f.options.append({o.value, o.label.isEmpty() ? o.value : o.label.text()});
    f.min = p.min;
    f.max = p.max;
    f.precision = p.precision;
    f.multiple = p.multiple;
    f.label = p.label.text();
    f.help = !p.humanDescription.isEmpty() ? p.humanDescription.text() : p.help.text();
    f.placeholder = p.placeholder.text();
    return f;
}

ConfigForm::ConfigForm(QWidget *parent)
    : QWidget(parent), m_raw(new QCheckBox(tr("Raw JSON"), this)), m_stack(new QStackedWidget(this)),
      m_formPage(new QWidget(this)), m_rawEdit(new QPlainTextEdit(this)), m_empty(new QLabel(this))
{
    m_raw->setObjectName(QStringLiteral("rawToggle"));
    m_rawEdit->setObjectName(QStringLiteral("rawJson"));
    m_rawEdit->setPlaceholderText(QStringLiteral("{ }"));
    m_empty->setText(tr("No fields."));
    m_empty->setEnabled(false);
    m_stack->addWidget(m_formPage);
    m_stack->addWidget(m_rawEdit);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_empty);
    top->addStretch();
    top->addWidget(m_raw);
    lay->addLayout(top);
    lay->addWidget(m_stack, 1);
    connect(m_raw, &QCheckBox::toggled, this, &ConfigForm::setRawMode);
    connect(m_rawEdit, &QPlainTextEdit::textChanged, this, &ConfigForm::changed);
    rebuild();
}

void ConfigForm::setConfigFields(const QList<Plugin::ConfigField> &fields)
{
    QList<Field> list;
    for (const auto &c : fields)
        list.append(fromConfigField(c));
    setFields(list);
}

void ConfigForm::setParameters(const QList<Plugin::Parameter> &parameters)
{
    QList<Field> list;
    for (const auto &p : parameters)
        list.append(fromParameter(p));
    setFields(list);
}

void ConfigForm::setFields(const QList<Field> &fields)
{
    m_fields = fields;
    rebuild();
}

void ConfigForm::rebuild()
{
    m_editors.clear();
    delete m_formPage->layout();
    const auto children = m_formPage->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *w : children)
        delete w;
    m_form = new QFormLayout(m_formPage);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_empty->setVisible(m_fields.isEmpty());

    for (const Field &f : std::as_const(m_fields)) {
        QWidget *editor = nullptr;
        QWidget *row = nullptr; // what goes into the form (editor or a container)
        switch (kindOf(f)) {
        case Kind::Secret: {
            auto *container = new QWidget(m_formPage);
            auto *h = new QHBoxLayout(container);
            h->setContentsMargins(0, 0, 0, 0);
            auto *le = new QLineEdit(container);
            le->setEchoMode(QLineEdit::Password);
            le->setPlaceholderText(f.placeholder);
            auto *show = new QToolButton(container);
            show->setText(tr("Show"));
            show->setCheckable(true);
            show->setObjectName(f.name + QStringLiteral("_show"));
            show->setToolTip(tr("Show or hide the secret"));
            connect(show, &QToolButton::toggled, le, [le, show](bool on) {
                le->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
                show->setText(on ? tr("Hide") : tr("Show"));
            });
            connect(le, &QLineEdit::textChanged, this, &ConfigForm::changed);
            h->addWidget(le, 1);
            h->addWidget(show);
            editor = le;
            row = container;
            break;
        }
        case Kind::Bool: {
            auto *cb = new QCheckBox(m_formPage);
            connect(cb, &QCheckBox::toggled, this, &ConfigForm::changed);
            editor = cb;
            break;
        }
        case Kind::Select: {
            auto *combo = new QComboBox(m_formPage);
            if (!f.required || f.defaultValue.isUndefined() || f.defaultValue.isNull())
                combo->addItem(tr("(not set)"), QString());
            for (const auto &[value, label] : f.options)
                combo->addItem(label, value);
            connect(combo, &QComboBox::currentIndexChanged, this, &ConfigForm::changed);
            editor = combo;
            break;
        }
        case Kind::Number: {
            auto *le = new QLineEdit(m_formPage);
            auto *v = new QDoubleValidator(le);
            v->setNotation(QDoubleValidator::StandardNotation);
            if (f.precision)
                v->setDecimals(*f.precision);
            le->setValidator(v);
            QStringList hint;
            if (f.min)
                hint << tr("min %1").arg(*f.min);
            if (f.max)
                hint << tr("max %1").arg(*f.max);
            le->setPlaceholderText(f.placeholder.isEmpty() ? hint.join(QStringLiteral(", ")) : f.placeholder);
            connect(le, &QLineEdit::textChanged, this, &ConfigForm::changed);
            editor = le;
            break;
        }
        case Kind::File:
        case Kind::Files: {
            const bool many = kindOf(f) == Kind::Files;
            auto *container = new QWidget(m_formPage);
            auto *h = new QHBoxLayout(container);
            h->setContentsMargins(0, 0, 0, 0);
            auto *le = new QLineEdit(container);
            le->setPlaceholderText(many ? tr("paths separated by ;") : tr("path of a file"));
            auto *browse = new QPushButton(tr("Browse…"), container);
            connect(browse, &QPushButton::clicked, this, [this, le, many] {
                if (many) {
                    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Choose files"));
                    if (!files.isEmpty())
                        le->setText(files.join(QLatin1Char(';')));
                } else {
                    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"));
                    if (!file.isEmpty())
                        le->setText(file);
                }
            });
            connect(le, &QLineEdit::textChanged, this, &ConfigForm::changed);
            h->addWidget(le, 1);
            h->addWidget(browse);
            editor = le;
            row = container;
            break;
        }
        case Kind::Json: {
            auto *le = new QLineEdit(m_formPage);
            le->setPlaceholderText(f.placeholder.isEmpty() ? tr("JSON value (%1)").arg(f.type) : f.placeholder);
            connect(le, &QLineEdit::textChanged, this, &ConfigForm::changed);
            editor = le;
            break;
        }
        case Kind::Text: {
            auto *le = new QLineEdit(m_formPage);
            le->setPlaceholderText(f.placeholder);
            connect(le, &QLineEdit::textChanged, this, &ConfigForm::changed);
            editor = le;
            break;
        }
        }
        editor->setObjectName(f.name);
        editor->setProperty("fieldType", f.type);
        if (!f.help.isEmpty())
            editor->setToolTip(f.help);
        m_editors.insert(f.name, editor);

        QString labelText = displayLabel(f).toHtmlEscaped();
        if (f.required)
            labelText += QStringLiteral(" <span style=\"color:#c62828\">*</span>");
        auto *label = new QLabel(labelText, m_formPage);
        label->setObjectName(f.name + QStringLiteral("_label"));
        label->setToolTip(f.required ? tr("Required") : QString());
        label->setBuddy(editor);
        QWidget *fieldWidget = row ? row : editor;
        if (!f.help.isEmpty() || !f.url.isEmpty()) {
            auto *box = new QWidget(m_formPage);
            auto *v = new QVBoxLayout(box);
            v->setContentsMargins(0, 0, 0, 0);
            v->setSpacing(1);
            fieldWidget->setParent(box);
            v->addWidget(fieldWidget);
            QString helpText = f.help.toHtmlEscaped();
            if (!f.url.isEmpty())
                helpText += QStringLiteral(" <a href=\"%1\">%2</a>").arg(f.url.toHtmlEscaped(), tr("How to get it"));
            auto *help = new QLabel(helpText, box);
            help->setObjectName(f.name + QStringLiteral("_help"));
            help->setWordWrap(true);
            help->setOpenExternalLinks(true);
            help->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-size: small; }"));
            v->addWidget(help);
            fieldWidget = box;
        }
        m_form->addRow(label, fieldWidget);
        if (!f.defaultValue.isUndefined() && !f.defaultValue.isNull())
            setValueOf(f, f.defaultValue);
    }
}

QWidget *ConfigForm::editorFor(const QString &name) const { return m_editors.value(name); }

QStringList ConfigForm::secretFieldNames() const
{
    QStringList names;
    for (const Field &f : m_fields)
        if (kindOf(f) == Kind::Secret)
            names << f.name;
    return names;
}

QJsonValue ConfigForm::valueOf(const Field &f) const
{
    QWidget *w = m_editors.value(f.name);
    if (!w)
        return QJsonValue(QJsonValue::Undefined);
    switch (kindOf(f)) {
    case Kind::Bool:
        return static_cast<QCheckBox *>(w)->isChecked();
    case Kind::Select: {
        const QString v = static_cast<QComboBox *>(w)->currentData().toString();
        return v.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v);
    }
    case Kind::Number: {
        const QString t = static_cast<QLineEdit *>(w)->text().trimmed();
        if (t.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        bool ok = false;
        const double d = QLocale::c().toDouble(t, &ok);
        if (!ok)
            return QJsonValue(QJsonValue::Undefined);
        return d;
    }
    case Kind::Files: {
        const QString t = static_cast<QLineEdit *>(w)->text().trimmed();
        if (t.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        QJsonArray a;
        for (const QString &p : t.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            a.append(p.trimmed());
        return a;
    }
    case Kind::Json: {
        const QString t = static_cast<QLineEdit *>(w)->text().trimmed();
        QJsonValue v;
        if (t.isEmpty() || !parseJsonValue(t, &v))
            return QJsonValue(QJsonValue::Undefined);
        return v;
    }
    case Kind::Text:
    case Kind::Secret:
    case Kind::File: {
        const QString t = static_cast<QLineEdit *>(w)->text();
        return t.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(t);
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

void ConfigForm::setValueOf(const Field &f, const QJsonValue &v)
{
    QWidget *w = m_editors.value(f.name);
    if (!w)
        return;
    switch (kindOf(f)) {
    case Kind::Bool:
        static_cast<QCheckBox *>(w)->setChecked(v.isBool() ? v.toBool()
                                                           : (v.toString() == QLatin1String("true") || v.toInt() != 0));
        break;
    case Kind::Select: {
        auto *c = static_cast<QComboBox *>(w);
        const int i = c->findData(jsonText(v));
        c->setCurrentIndex(i >= 0 ? i : 0);
        break;
    }
    case Kind::Files:
        if (v.isArray()) {
            QStringList parts;
            for (const auto &p : v.toArray())
                parts << p.toString();
            static_cast<QLineEdit *>(w)->setText(parts.join(QLatin1Char(';')));
        } else {
            static_cast<QLineEdit *>(w)->setText(jsonText(v));
        }
        break;
    case Kind::Json:
        static_cast<QLineEdit *>(w)->setText(
            v.isString() ? QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)
                         : jsonText(v));
        break;
    default:
        static_cast<QLineEdit *>(w)->setText(jsonText(v));
        break;
    }
}

QJsonObject ConfigForm::values() const
{
    if (isRawMode()) {
        const QJsonDocument doc = QJsonDocument::fromJson(m_rawEdit->toPlainText().toUtf8());
        return doc.isObject() ? doc.object() : QJsonObject();
    }
    QJsonObject o;
    for (const Field &f : m_fields) {
        const QJsonValue v = valueOf(f);
        if (!v.isUndefined())
            o.insert(f.name, v);
    }
    return o;
}

void ConfigForm::setValues(const QJsonObject &values)
{
    for (const Field &f : std::as_const(m_fields))
        if (values.contains(f.name))
            setValueOf(f, values.value(f.name));
    if (isRawMode())
        m_rawEdit->setPlainText(QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Indented)));
}

QStringList ConfigForm::validate() const
{
    QStringList problems;
    if (isRawMode()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(m_rawEdit->toPlainText().toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            problems << tr("The raw JSON is not a JSON object (%1). Fix it or switch back to the form.")
                            .arg(err.error != QJsonParseError::NoError ? err.errorString() : tr("not an object"));
            return problems;
        }
        const QJsonObject o = doc.object();
        for (const Field &f : m_fields)
            if (f.required && (!o.contains(f.name) || o.value(f.name).isNull()
                               || (o.value(f.name).isString() && o.value(f.name).toString().isEmpty())))
                problems << tr("%1 is required.").arg(displayLabel(f));
        return problems;
    }
    for (const Field &f : m_fields) {
        QWidget *w = m_editors.value(f.name);
        const Kind k = kindOf(f);
        const QJsonValue v = valueOf(f);
        if (k == Kind::Number) {
            const QString t = static_cast<QLineEdit *>(w)->text().trimmed();
            if (!t.isEmpty() && v.isUndefined()) {
                problems << tr("%1 must be a number.").arg(displayLabel(f));
                continue;
            }
            if (!v.isUndefined()) {
                if (f.min && v.toDouble() < *f.min)
                    problems << tr("%1 must be at least %2.").arg(displayLabel(f)).arg(*f.min);
                if (f.max && v.toDouble() > *f.max)
                    problems << tr("%1 must be at most %2.").arg(displayLabel(f)).arg(*f.max);
            }
        }
        if (k == Kind::Json) {
            const QString t = static_cast<QLineEdit *>(w)->text().trimmed();
            if (!t.isEmpty() && v.isUndefined()) {
                problems << tr("%1 is not valid JSON.").arg(displayLabel(f));
                continue;
            }
        }
        if (f.required && k != Kind::Bool && v.isUndefined())
            problems << tr("%1 is required.").arg(displayLabel(f));
    }
    return problems;
}

void ConfigForm::setRawMode(bool raw)
{
    if (raw == isRawMode())
        return;
    if (raw) {
        const QJsonObject current = values();
        m_stack->setCurrentWidget(m_rawEdit);
        m_rawEdit->setPlainText(QString::fromUtf8(QJsonDocument(current).toJson(QJsonDocument::Indented)));
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(m_rawEdit->toPlainText().toUtf8());
        m_stack->setCurrentWidget(m_formPage);
        if (doc.isObject())
            setValues(doc.object());
    }
    const QSignalBlocker block(m_raw);
    m_raw->setChecked(raw);
}

bool ConfigForm::isRawMode() const { return m_stack->currentWidget() == m_rawEdit; }

} // namespace Studio::App
