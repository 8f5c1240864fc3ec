// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The declarative field tables the forms are built from: one table per document kind.

#include <QList>
#include <QString>
#include <QStringList>

namespace Studio::App {

enum class FormKind {
    None,
    Manifest,
    ToolProvider,
    Tool,
    ModelProvider,
    Model,
    AgentProvider,
    AgentStrategy,
    EndpointGroup,
    Endpoint,
    DatasourceProvider,
    Datasource,
    TriggerProvider,
    TriggerEvent,
    Provider, // provider/*.yaml before its content says which kind it is
};

enum class FieldKind {
    Text,        // one-line string
    MultiLine,   // longer string
    I18n,        // en_US, zh_Hans, ja_JP, pt_BR side by side
    Choice,      // one of `choices`
    Bool,
    Integer,
    Number,
    Icon,        // file name in _assets/, previewed
    StringList,  // comma-separated list of strings (tags, arch)
    Permissions, // resource.permission block (checkboxes + storage size)
    List,        // sequence of strings or mappings: add / remove / reorder, item fields below
    // Credentials and settings (ProviderConfig) that the daemon accepts either as a mapping
    // `name: {fields…}` (the key is the name) or as a list of mappings with `name`. The form shows
    // whichever shape the text holds: a map gets rows named by its keys (add, remove, rename,
    // reorder), a list the List editor. A new block is written in the preferred shape.
    Map,         // preferred shape: mapping (tool provider credentials_for_provider, what the SDK reads)
    ListOrMap,   // preferred shape: list (datasource credentials_schema, trigger subscription_schema…)
};

struct FieldSpec
{
    QString path;        // relative to the form (or list item) root, e.g. "identity.label"
    QString label;       // translated
    FieldKind kind = FieldKind::Text;
    QStringList choices; // Choice
    QString help;        // tooltip
    QString pattern;     // regular expression a Text value must match ("" = any)
    bool required = false;
    QList<FieldSpec> itemFields; // List/Map items; empty = list of strings. In map form the field
                                 // named itemSummary is left out: the key is the name.
    QString itemSummary;         // key shown in the list for a mapping item ("name")
};

// The table for a kind. Strings are translated when called.
QList<FieldSpec> fieldTable(FormKind kind);
QString formKindTitle(FormKind kind);
// The fields of one credential / setting / OAuth / subscription form field (ProviderConfig).
QList<FieldSpec> providerConfigFields();
// The form kind for a plugin-relative path ("manifest.yaml", "tools/x.yaml"...), None if no form.
FormKind formKindForPath(const QString &relPath);

} // namespace Studio::App
