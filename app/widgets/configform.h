// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ConfigForm: a form generated from credential/setting fields (QList<Plugin::ConfigField>) or tool
// parameters (QList<Plugin::Parameter>), returning a QJsonObject, with a "raw JSON" toggle.
// Wiring: `auto *f = new ConfigForm(parent); f->setConfigFields(provider.credentials);`
// then `if (f->validate().isEmpty()) use(f->values());` — editors are named after the fields.

#include "core/plugin/declarations.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QPlainTextEdit;
class QStackedWidget;
class QLabel;

namespace Studio::App {

class ConfigForm : public QWidget
{
    Q_OBJECT
public:
    // One field of the form, from either declaration kind.
    struct Field
    {
        QString name, type;
        bool required = false;
        QJsonValue defaultValue;
        QList<QPair<QString, QString>> options; // value, label
        std::optional<double> min, max;
        std::optional<int> precision;
        bool multiple = false;
        QString label, help, placeholder, url;
    };

    explicit ConfigForm(QWidget *parent = nullptr);

    void setConfigFields(const QList<Plugin::ConfigField> &fields);
    void setParameters(const QList<Plugin::Parameter> &parameters);
    void setFields(const QList<Field> &fields);
    const QList<Field> &fields() const { return m_fields; }

    // Current values (raw JSON text when the raw toggle is on; {} if it does not parse).
    QJsonObject values() const;
    void setValues(const QJsonObject &values);
    // Empty when valid; otherwise one message per problem ("API Key is required.").
    QStringList validate() const;
    void setRawMode(bool raw);
    bool isRawMode() const;
    QWidget *editorFor(const QString &name) const; // the input widget of a field
    // Names of the secret fields (for masking in logs and history).
    QStringList secretFieldNames() const;

    static Field fromConfigField(const Plugin::ConfigField &f);
    static Field fromParameter(const Plugin::Parameter &p);

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    QJsonValue valueOf(const Field &f) const;
    void setValueOf(const Field &f, const QJsonValue &v);

    QList<Field> m_fields;
    QMap<QString, QWidget *> m_editors;
    QCheckBox *m_raw;
    QStackedWidget *m_stack;
    QWidget *m_formPage;
    QFormLayout *m_form = nullptr;
    QPlainTextEdit *m_rawEdit;
    QLabel *m_empty;
};

} // namespace Studio::App
