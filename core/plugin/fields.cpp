// SPDX-License-Identifier: GPL-3.0-or-later
// Building blocks several declaration kinds share (reader_p.h): identities, form fields, options,
// parameters and OAuth schemas.
#include "core/plugin/reader_p.h"

#include "core/common/tr.h"
#include "core/yaml/yamljson.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Studio::Plugin::Detail {

using Yaml::Node;
using Yaml::NodePtr;

Identity FieldReader::decodeProviderIdentity(const NodePtr &root, const Where &w, bool nameRegex, const QString &iconWhat,
                                         const QString &darkWhat, const QString &tagOwner)
{
    NodePtr id = field(root, QStringLiteral("identity"), w);
    const Where wid = at(w, QStringLiteral("identity"), id);
    Identity identity = decodeIdentity(id, wid, nameRegex, true, true, true);
    const auto sub = [&](const char *key) {
        return Where{w.file, joinPath(wid.path, QLatin1String(key)), identity.mark};
    };
    checkIcon(identity.icon, sub("icon"), iconWhat);
    if (!darkWhat.isEmpty())
        checkIcon(identity.iconDark, sub("icon_dark"), darkWhat);
    checkTags(identity.tags, sub("tags"), tagOwner);
    return identity;
}

Identity FieldReader::decodeIdentity(const NodePtr &node, const Where &w, bool nameRegex, bool descriptionRequired,
                                 bool iconRequired, bool hasTags)
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    Identity id;
    id.mark = node ? node->mark() : w.mark;
    if (!node || node->isNull()) {
        report(DiagnosticCode::IdentityMissing,
            StudioTr::tr("`identity` is missing; add author, name, label%1.").arg(iconRequired ? StudioTr::tr(" and icon") : QString()),
            w);
        return id;
    }
    if (!expectMapping(node, w, QStringLiteral("identity")))
        return id;
    Where wa, wn;
    id.author = strField(node, QStringLiteral("author"), w, &wa);
    id.name = strField(node, QStringLiteral("name"), w, &wn);
    NodePtr lab = field(node, QStringLiteral("label"), w);
    id.label = i18n(lab, at(w, QStringLiteral("label"), lab));
    NodePtr desc = field(node, QStringLiteral("description"), w);
    id.description = i18n(desc, at(w, QStringLiteral("description"), desc));
    Where wi, wid;
    id.icon = strField(node, QStringLiteral("icon"), w, &wi);
    id.iconDark = strField(node, QStringLiteral("icon_dark"), w, &wid);
    NodePtr tags = hasTags ? field(node, QStringLiteral("tags"), w) : nullptr;
    Where wt = at(w, QStringLiteral("tags"), tags);
    id.tags = stringList(tags, wt);

    if (id.author.isEmpty())
        report(DiagnosticCode::IdentityAuthorMissing,
            StudioTr::tr("identity.author is empty; write the author's name."), wa);
    if (id.name.isEmpty())
        report(DiagnosticCode::IdentityNameMissing, StudioTr::tr("identity.name is empty; give it a name."), wn);
    else if (nameRegex && !nameRe.match(id.name).hasMatch())
        report(DiagnosticCode::IdentityNameFormat,
            StudioTr::tr("identity.name \"%1\" may only contain letters, digits, '_' and '-' (no spaces).").arg(id.name), wn);
    requireI18n(id.label, at(w, QStringLiteral("label"), lab), QStringLiteral("identity.label"), true);
    requireI18n(id.description, at(w, QStringLiteral("description"), desc), QStringLiteral("identity.description"),
                descriptionRequired);
    if (iconRequired && id.icon.isEmpty())
        report(DiagnosticCode::IdentityIconMissing,
            StudioTr::tr("identity.icon is missing; name an icon file in _assets/."), wi);
    if (hasTags) {
        for (int i = 0; i < id.tags.size(); ++i) {
            if (codePoints(id.tags.at(i)) > 128)
                report(DiagnosticCode::TagTooLong, StudioTr::tr("A tag is longer than 128 characters."), wt);
        }
    }
    return id;
}

Option FieldReader::decodeOption(const NodePtr &node, const Where &w, bool valueAny)
{
    Option o;
    if (!expectMapping(node, w, QStringLiteral("an option")))
        return o;
    NodePtr v = field(node, QStringLiteral("value"), w);
    Where wv = at(w, QStringLiteral("value"), v);
    if (valueAny && v && !v->isScalar() && !v->isNull())
        o.value = QString::fromUtf8(QJsonDocument::fromVariant(Yaml::toJson(v, Yaml::JsonMode::Daemon).toVariant()).toJson(QJsonDocument::Compact));
    else
        o.value = str(v, wv);
    NodePtr lab = field(node, QStringLiteral("label"), w);
    o.label = i18n(lab, at(w, QStringLiteral("label"), lab));
    o.icon = strField(node, QStringLiteral("icon"), w);
    NodePtr so = node->get(QStringLiteral("show_on"));
    if (so)
        o.showOn = Yaml::toJson(so, Yaml::JsonMode::Daemon);
    if (!valueAny) {
        if (o.value.isEmpty())
            report(DiagnosticCode::OptionValueMissing, StudioTr::tr("An option has no value; add `value:`."), wv);
        else if (codePoints(o.value) > 127)
            report(DiagnosticCode::OptionValueTooLong,
                StudioTr::tr("Option value is longer than 127 characters."), wv);
        // PyYAML reads yes/no/on/off/true/false as booleans; the daemon keeps the text.
        if (v && v->isPlainScalar() && Yaml::resolvePlainScalar(v->scalar(), Yaml::JsonMode::Sdk).isBool())
            report(DiagnosticCode::OptionValueAmbiguous,
                 StudioTr::tr("Option value %1 is read as a boolean by the Python SDK but as a string by the daemon; "
                    "quote it (\"%1\").")
                     .arg(o.value),
                 wv);
    }
    requireI18n(o.label, at(w, QStringLiteral("label"), lab), QStringLiteral("Option label"), true);
    return o;
}

ConfigField FieldReader::decodeConfigField(const NodePtr &node, const Where &w, const QString &nameFromKey)
{
    static const QStringList types = {QStringLiteral("secret-input"),   QStringLiteral("text-input"),
                                      QStringLiteral("select"),         QStringLiteral("boolean"),
                                      QStringLiteral("model-selector"), QStringLiteral("app-selector"),
                                      QStringLiteral("array[tools]")};
    ConfigField f;
    f.mark = node ? node->mark() : w.mark;
    if (!expectMapping(node, w, QStringLiteral("A form field")))
        return f;
    Where wn, wt, ws;
    f.name = nameFromKey.isEmpty() ? strField(node, QStringLiteral("name"), w, &wn) : nameFromKey;
    if (!nameFromKey.isEmpty())
        wn = w;
    f.type = strField(node, QStringLiteral("type"), w, &wt);
    f.scope = strField(node, QStringLiteral("scope"), w, &ws);
    NodePtr req = field(node, QStringLiteral("required"), w);
    f.required = boolean(req, at(w, QStringLiteral("required"), req), &f.requiredPresent);
    NodePtr def = field(node, QStringLiteral("default"), w);
    if (def && !def->isNull()) {
        f.defaultValue = Yaml::toJson(def, Yaml::JsonMode::Daemon);
        if (!def->isScalar())
            report(DiagnosticCode::FieldDefaultType,
                StudioTr::tr("`default` must be a single value (string, number or boolean), not a list or mapping."),
                at(w, QStringLiteral("default"), def));
    }
    NodePtr opts = field(node, QStringLiteral("options"), w);
    Where wo = at(w, QStringLiteral("options"), opts);
    if (opts && !opts->isNull()) {
        if (!opts->isSequence()) {
            report(DiagnosticCode::YamlTypeList, StudioTr::tr("`options` must be a list."), wo);
        } else {
            int i = 0;
            for (const NodePtr &o : opts->items()) {
                f.options.append(decodeOption(o, item(wo, i, o), false));
                ++i;
            }
            if (opts->size() >= 128)
                report(DiagnosticCode::FieldOptionsTooMany, StudioTr::tr("At most 127 options are allowed."), wo);
        }
    }
    NodePtr mul = field(node, QStringLiteral("multiple"), w);
    f.multiple = boolean(mul, at(w, QStringLiteral("multiple"), mul));
    NodePtr lab = field(node, QStringLiteral("label"), w);
    f.label = i18n(lab, at(w, QStringLiteral("label"), lab));
    NodePtr help = field(node, QStringLiteral("help"), w);
    f.help = i18n(help, at(w, QStringLiteral("help"), help));
    NodePtr ph = field(node, QStringLiteral("placeholder"), w);
    f.placeholder = i18n(ph, at(w, QStringLiteral("placeholder"), ph));
    f.url = strField(node, QStringLiteral("url"), w);
    NodePtr so = node->get(QStringLiteral("show_on"));
    if (so)
        f.showOn = Yaml::toJson(so, Yaml::JsonMode::Daemon);

    if (codePoints(f.name) >= 1024)
        report(DiagnosticCode::FieldNameTooLong, StudioTr::tr("Field name is longer than 1023 characters."), wn);
    if (!types.contains(f.type))
        report(DiagnosticCode::FieldTypeInvalid,
            StudioTr::tr("Field type \"%1\" is not valid; use one of: %2.").arg(f.type, types.join(QStringLiteral(", "))), wt);
    else
        checkScope(f.type, f.scope, ws, false);
    requireI18n(f.label, at(w, QStringLiteral("label"), lab), QStringLiteral("Field label"), true);
    requireI18n(f.help, at(w, QStringLiteral("help"), help), QStringLiteral("Field help"), false);
    requireI18n(f.placeholder, at(w, QStringLiteral("placeholder"), ph), QStringLiteral("Field placeholder"), false);
    return f;
}

QList<ConfigField> FieldReader::decodeConfigList(const NodePtr &node, const Where &w, bool mapAllowed, bool *asMap)
{
    QList<ConfigField> out;
    if (asMap)
        *asMap = false;
    if (!node || node->isNull())
        return out;
    if (node->isSequence()) {
        int i = 0;
        for (const NodePtr &it : node->items()) {
            out.append(decodeConfigField(it, item(w, i, it)));
            ++i;
        }
        return out;
    }
    if (node->isMapping() && mapAllowed) {
        if (asMap)
            *asMap = true;
        checkMapDuplicates(node, Where{w.file, w.path, w.mark}); // a Go map: duplicates are errors
        for (const Node::Pair &p : node->pairs()) {
            if (!p.key || !p.key->isScalar())
                continue;
            // A non-mapping value silently drops the key (daemon behaviour).
            if (!p.value || !p.value->isMapping())
                continue;
            out.append(decodeConfigField(p.value, at(w, p.key->scalar(), p.value), p.key->scalar()));
        }
        return out;
    }
    report(DiagnosticCode::YamlTypeList,
        mapAllowed ? StudioTr::tr("\"%1\" must be a list of fields or a mapping name: {field}.").arg(w.path)
                   : StudioTr::tr("\"%1\" must be a list of fields (- name: ...); the map form is not accepted here.").arg(w.path),
        w);
    return out;
}

void FieldReader::decodeOauth(const NodePtr &map, const Where &w, QList<ConfigField> *client, QList<ConfigField> *creds)
{
    NodePtr o = field(map, QStringLiteral("oauth_schema"), w);
    Where wo = at(w, QStringLiteral("oauth_schema"), o);
    if (!expectMapping(o, wo, QStringLiteral("oauth_schema")))
        return;
    NodePtr c = field(o, QStringLiteral("client_schema"), wo);
    *client = decodeConfigList(c, at(wo, QStringLiteral("client_schema"), c), false);
    NodePtr cr = field(o, QStringLiteral("credentials_schema"), wo);
    *creds = decodeConfigList(cr, at(wo, QStringLiteral("credentials_schema"), cr), false);
}

Parameter FieldReader::decodeParameter(const NodePtr &node, const Where &w, ParamKind kind)
{
    static const QStringList toolTypes = {
        QStringLiteral("string"),         QStringLiteral("number"),       QStringLiteral("boolean"),
        QStringLiteral("select"),         QStringLiteral("secret-input"), QStringLiteral("file"),
        QStringLiteral("files"),          QStringLiteral("app-selector"), QStringLiteral("model-selector"),
        QStringLiteral("any"),            QStringLiteral("dynamic-select"), QStringLiteral("array"),
        QStringLiteral("object"),         QStringLiteral("checkbox"),     QStringLiteral("date"),
        QStringLiteral("date-range")};
    static const QStringList agentTypes = {
        QStringLiteral("string"),       QStringLiteral("number"),         QStringLiteral("boolean"),
        QStringLiteral("select"),       QStringLiteral("secret-input"),   QStringLiteral("file"),
        QStringLiteral("files"),        QStringLiteral("app-selector"),   QStringLiteral("model-selector"),
        QStringLiteral("array[tools]"), QStringLiteral("any")};
    static const QStringList datasourceTypes = {QStringLiteral("string"), QStringLiteral("number"),
                                                QStringLiteral("boolean"), QStringLiteral("select"),
                                                QStringLiteral("secret-input")};
    static const QStringList eventTypes = {
        QStringLiteral("string"),         QStringLiteral("number"),       QStringLiteral("boolean"),
        QStringLiteral("select"),         QStringLiteral("file"),         QStringLiteral("files"),
        QStringLiteral("model-selector"), QStringLiteral("app-selector"), QStringLiteral("object"),
        QStringLiteral("array"),          QStringLiteral("dynamic-select"), QStringLiteral("checkbox")};
    static const QStringList forms = {QStringLiteral("llm"), QStringLiteral("form"), QStringLiteral("schema")};

    Parameter p;
    p.mark = node ? node->mark() : w.mark;
    if (!expectMapping(node, w, QStringLiteral("A parameter")))
        return p;
    Where wn, wt, wf, ws;
    p.name = strField(node, QStringLiteral("name"), w, &wn);
    p.type = strField(node, QStringLiteral("type"), w, &wt);
    p.form = strField(node, QStringLiteral("form"), w, &wf);
    p.scope = strField(node, QStringLiteral("scope"), w, &ws);
    NodePtr req = field(node, QStringLiteral("required"), w);
    p.required = boolean(req, at(w, QStringLiteral("required"), req));
    NodePtr def = field(node, QStringLiteral("default"), w);
    Where wd = at(w, QStringLiteral("default"), def);
    if (def && !def->isNull())
        p.defaultValue = Yaml::toJson(def, Yaml::JsonMode::Daemon);
    NodePtr mn = field(node, QStringLiteral("min"), w);
    p.min = number(mn, at(w, QStringLiteral("min"), mn));
    NodePtr mx = field(node, QStringLiteral("max"), w);
    p.max = number(mx, at(w, QStringLiteral("max"), mx));
    NodePtr pr = field(node, QStringLiteral("precision"), w);
    if (auto i = integer(pr, at(w, QStringLiteral("precision"), pr)))
        p.precision = int(*i);
    NodePtr mul = field(node, QStringLiteral("multiple"), w);
    Where wm = at(w, QStringLiteral("multiple"), mul);
    p.multiple = boolean(mul, wm);
    NodePtr opts = field(node, QStringLiteral("options"), w);
    Where wo = at(w, QStringLiteral("options"), opts);
    if (opts && !opts->isNull()) {
        if (!opts->isSequence()) {
            report(DiagnosticCode::YamlTypeList, StudioTr::tr("`options` must be a list."), wo);
        } else {
            int i = 0;
            for (const NodePtr &o : opts->items()) {
                p.options.append(decodeOption(o, item(wo, i, o), kind == ParamKind::Event));
                ++i;
            }
        }
    }
    NodePtr lab = field(node, QStringLiteral("label"), w);
    Where wl = at(w, QStringLiteral("label"), lab);
    p.label = i18n(lab, wl);
    NodePtr hd = field(node, QStringLiteral("human_description"), w);
    p.humanDescription = i18n(hd, at(w, QStringLiteral("human_description"), hd));
    NodePtr help = field(node, QStringLiteral("help"), w);
    p.help = i18n(help, at(w, QStringLiteral("help"), help));
    NodePtr desc = field(node, QStringLiteral("description"), w);
    p.description = i18n(desc, at(w, QStringLiteral("description"), desc));
    NodePtr ph = node->get(QStringLiteral("placeholder")); // SDK extra; daemon ignores it
    if (ph && ph->isMapping())
        p.placeholder = i18n(ph, at(w, QStringLiteral("placeholder"), ph));
    p.llmDescription = strField(node, QStringLiteral("llm_description"), w);
    NodePtr ag = field(node, QStringLiteral("auto_generate"), w);
    Where wag = at(w, QStringLiteral("auto_generate"), ag);
    if (expectMapping(ag, wag, QStringLiteral("auto_generate"))) {
        Where wagt;
        const QString t = strField(ag, QStringLiteral("type"), wag, &wagt);
        p.autoGenerate = true;
        if (t != QLatin1String("prompt_instruction"))
            report(DiagnosticCode::ParameterAutoGenerateType,
                StudioTr::tr("auto_generate.type must be prompt_instruction, not \"%1\".").arg(t), wagt);
    }
    NodePtr tpl = field(node, QStringLiteral("template"), w);
    Where wtp = at(w, QStringLiteral("template"), tpl);
    if (expectMapping(tpl, wtp, QStringLiteral("template"))) {
        NodePtr en = field(tpl, QStringLiteral("enabled"), wtp);
        p.templateEnabled = boolean(en, at(wtp, QStringLiteral("enabled"), en));
    }

    // Rules.
    if (p.name.isEmpty())
        report(DiagnosticCode::ParameterNameMissing, StudioTr::tr("A parameter has no name; add `name:`."), wn);
    else
        checkLength(p.name, 1024, false, wn, DiagnosticCode::ParameterNameTooLong, StudioTr::tr("Parameter name"));
    requireI18n(p.label, wl, StudioTr::tr("Parameter label"), true);
    const QStringList *types = nullptr;
    switch (kind) {
    case ParamKind::Tool: types = &toolTypes; break;
    case ParamKind::Agent: types = &agentTypes; break;
    case ParamKind::Datasource: types = &datasourceTypes; break;
    case ParamKind::Event: types = &eventTypes; break;
    }
    if (!types->contains(p.type)) {
        const bool sdkOnly = (kind == ParamKind::Agent
                              && (p.type == QLatin1String("object") || p.type == QLatin1String("array")))
                             || (kind == ParamKind::Datasource
                                 && (p.type == QLatin1String("file") || p.type == QLatin1String("files")));
        report(DiagnosticCode::ParameterTypeInvalid,
            sdkOnly ? StudioTr::tr("Parameter type \"%1\" is accepted by the Python SDK but refused by the daemon's validator; "
                         "use one of: %2.")
                          .arg(p.type, types->join(QStringLiteral(", ")))
                    : StudioTr::tr("Parameter type \"%1\" is not valid here; use one of: %2.")
                          .arg(p.type, types->join(QStringLiteral(", "))),
            wt);
    }
    switch (kind) {
    case ParamKind::Tool:
        requireI18n(p.humanDescription, at(w, QStringLiteral("human_description"), hd),
                    StudioTr::tr("Parameter human_description"), true);
        if (!forms.contains(p.form))
            report(DiagnosticCode::ParameterFormInvalid,
                p.form.isEmpty() ? StudioTr::tr("Parameter `form` is missing; use llm, form or schema.")
                                 : StudioTr::tr("Parameter form \"%1\" is not valid; use llm, form or schema.").arg(p.form),
                wf);
        if (types->contains(p.type))
            checkScope(p.type, p.scope, ws, true);
        break;
    case ParamKind::Agent:
        requireI18n(p.help, at(w, QStringLiteral("help"), help), StudioTr::tr("Parameter help"), false);
        if (types->contains(p.type))
            checkScope(p.type, p.scope, ws, true);
        break;
    case ParamKind::Datasource:
        requireI18n(p.description, at(w, QStringLiteral("description"), desc), StudioTr::tr("Parameter description"), true);
        if (!p.scope.isEmpty())
            report(DiagnosticCode::ScopeUnexpected,
                StudioTr::tr("Datasource parameters must not have a `scope` (the daemon's validator always refuses it); "
                   "remove it."),
                ws);
        break;
    case ParamKind::Event:
        break;
    }
    if (kind != ParamKind::Event && def && !def->isNull() && !def->isScalar() && kind != ParamKind::Tool) {
        report(DiagnosticCode::ParameterDefaultType,
            StudioTr::tr("`default` must be a single value (string, number or boolean)."), wd);
    }
    if (kind == ParamKind::Tool) {
        if (p.multiple && p.type != QLatin1String("select") && p.type != QLatin1String("dynamic-select"))
            report(DiagnosticCode::ParameterMultipleType,
                StudioTr::tr("`multiple: true` is only supported by the Python SDK for select and dynamic-select parameters."),
                wm);
        if (def && !def->isNull()) {
            if (p.multiple && !def->isSequence())
                report(DiagnosticCode::ParameterDefaultMultiple,
                    StudioTr::tr("With `multiple: true` the `default` must be a list, e.g. [a, b]."), wd);
            else if (!p.multiple && def->isSequence())
                report(DiagnosticCode::ParameterDefaultMultiple,
                    StudioTr::tr("A list `default` needs `multiple: true`; use a single value or set multiple."), wd);
        }
    }
    return p;
}

QList<Parameter> FieldReader::decodeParameters(const NodePtr &node, const Where &w, ParamKind kind)
{
    QList<Parameter> out;
    if (!node || node->isNull())
        return out;
    if (!node->isSequence()) {
        report(DiagnosticCode::YamlTypeList, StudioTr::tr("`parameters` must be a list."), w);
        return out;
    }
    int i = 0;
    for (const NodePtr &it : node->items()) {
        out.append(decodeParameter(it, item(w, i, it), kind));
        ++i;
    }
    return out;
}

} // namespace Studio::Plugin::Detail
