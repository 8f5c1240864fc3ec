// SPDX-License-Identifier: GPL-3.0-or-later
// Model providers and models (formats.md §2.3).
#include "core/plugin/reader_p.h"

#include "core/common/tr.h"

#include <QSet>

namespace Studio::Plugin::Detail {

using Yaml::Node;
using Yaml::NodePtr;

namespace {

class ModelDecoder : public FieldReader
{
public:
    using FieldReader::FieldReader;
    ConfigField decodeModelCredential(const NodePtr &node, const Where &w);
    ModelDeclaration decodeModel(const NodePtr &root, const Where &w);
    ModelProvider decodeModelProvider(const NodePtr &root, const Where &w);
};

const QStringList &modelTypes()
{
    static const QStringList s = {QStringLiteral("llm"),        QStringLiteral("text-embedding"),
                                  QStringLiteral("rerank"),     QStringLiteral("speech2text"),
                                  QStringLiteral("moderation"), QStringLiteral("tts"),
                                  QStringLiteral("text2img"),   QStringLiteral("multimodal-embedding"),
                                  QStringLiteral("multimodal-rerank")};
    return s;
}

struct Templates
{
    QString type;
    QJsonValue def;
    std::optional<double> min, max;
    std::optional<int> precision;
    QStringList options;
};

const QHash<QString, Templates> &ruleTemplates()
{
    static const QHash<QString, Templates> t = {
        {QStringLiteral("temperature"), {QStringLiteral("float"), 0.0, 0.0, 1.0, 2, {}}},
        {QStringLiteral("top_p"), {QStringLiteral("float"), 1.0, 0.0, 1.0, 2, {}}},
        {QStringLiteral("top_k"), {QStringLiteral("int"), 50, 1.0, 100.0, 0, {}}},
        {QStringLiteral("presence_penalty"), {QStringLiteral("float"), 0.0, 0.0, 1.0, 2, {}}},
        {QStringLiteral("frequency_penalty"), {QStringLiteral("float"), 0.0, 0.0, 1.0, 2, {}}},
        {QStringLiteral("max_tokens"), {QStringLiteral("int"), 64, 1.0, 2048.0, 0, {}}},
        {QStringLiteral("response_format"),
         {QStringLiteral("string"), QJsonValue(), std::nullopt, std::nullopt, std::nullopt,
          {QStringLiteral("JSON"), QStringLiteral("XML")}}},
        {QStringLiteral("json_schema"),
         {QStringLiteral("string"), QJsonValue(), std::nullopt, std::nullopt, std::nullopt, {}}},
    };
    return t;
}

ConfigField ModelDecoder::decodeModelCredential(const NodePtr &node, const Where &w)
{
    static const QStringList types = {QStringLiteral("text-input"), QStringLiteral("secret-input"),
                                      QStringLiteral("select"), QStringLiteral("radio"), QStringLiteral("switch")};
    ConfigField f;
    f.mark = node ? node->mark() : w.mark;
    if (!expectMapping(node, w, QStringLiteral("A credential form field")))
        return f;
    Where wn, wt;
    f.name = strField(node, QStringLiteral("variable"), w, &wn);
    f.type = strField(node, QStringLiteral("type"), w, &wt);
    NodePtr req = field(node, QStringLiteral("required"), w);
    f.required = boolean(req, at(w, QStringLiteral("required"), req), &f.requiredPresent);
    NodePtr def = field(node, QStringLiteral("default"), w);
    Where wd = at(w, QStringLiteral("default"), def);
    if (def && !def->isNull()) {
        f.defaultValue = str(def, wd);
        checkLength(f.defaultValue.toString(), 256, false, wd, DiagnosticCode::FieldDefaultTooLong, StudioTr::tr("default"));
    }
    NodePtr opts = field(node, QStringLiteral("options"), w);
    Where wo = at(w, QStringLiteral("options"), opts);
    if (opts && !opts->isNull()) {
        if (!opts->isSequence()) {
            report(DiagnosticCode::YamlTypeList, StudioTr::tr("`options` must be a list."), wo);
        } else {
            int i = 0;
            for (const NodePtr &o : opts->items()) {
                Where woi = item(wo, i++, o);
                Option op;
                if (!expectMapping(o, woi, QStringLiteral("An option")))
                    continue;
                Where wv;
                op.value = strField(o, QStringLiteral("value"), woi, &wv);
                NodePtr lab = field(o, QStringLiteral("label"), woi);
                op.label = i18n(lab, at(woi, QStringLiteral("label"), lab));
                requireI18n(op.label, at(woi, QStringLiteral("label"), lab), StudioTr::tr("Option label"), true);
                if (op.value.isEmpty())
                    report(DiagnosticCode::OptionValueMissing, StudioTr::tr("An option has no value."), wv);
                if (NodePtr so = o->get(QStringLiteral("show_on")))
                    op.showOn = Yaml::toJson(so, Yaml::JsonMode::Daemon);
                f.options.append(op);
            }
        }
    }
    NodePtr lab = field(node, QStringLiteral("label"), w);
    f.label = i18n(lab, at(w, QStringLiteral("label"), lab));
    NodePtr help = field(node, QStringLiteral("help"), w);
    f.help = i18n(help, at(w, QStringLiteral("help"), help));
    NodePtr ph = field(node, QStringLiteral("placeholder"), w);
    f.placeholder = i18n(ph, at(w, QStringLiteral("placeholder"), ph));
    f.url = strField(node, QStringLiteral("url"), w);
    NodePtr ml = field(node, QStringLiteral("max_length"), w);
    if (auto i = integer(ml, at(w, QStringLiteral("max_length"), ml)))
        f.maxLength = int(*i);
    NodePtr so = field(node, QStringLiteral("show_on"), w);
    if (so)
        f.showOn = Yaml::toJson(so, Yaml::JsonMode::Daemon);

    if (f.name.isEmpty())
        report(DiagnosticCode::ModelCredentialVariableMissing,
            StudioTr::tr("A credential form field has no `variable`; add the variable name."), wn);
    if (!types.contains(f.type))
        report(DiagnosticCode::ModelCredentialTypeInvalid,
            StudioTr::tr("Credential form type \"%1\" is not valid; use one of: %2.").arg(f.type, types.join(QStringLiteral(", "))),
            wt);
    requireI18n(f.label, at(w, QStringLiteral("label"), lab), StudioTr::tr("Field label"), true);
    requireI18n(f.help, at(w, QStringLiteral("help"), help), StudioTr::tr("Field help"), false);
    requireI18n(f.placeholder, at(w, QStringLiteral("placeholder"), ph), StudioTr::tr("Field placeholder"), false);
    if (!f.requiredPresent)
        report(DiagnosticCode::ModelCredentialRequiredImplicit,
             StudioTr::tr("Write `required:` explicitly: the daemon defaults it to false, the Python SDK to true."), w);
    return f;
}

ModelDeclaration ModelDecoder::decodeModel(const NodePtr &root, const Where &w)
{
    static const QStringList features = {
        QStringLiteral("tool-call"), QStringLiteral("multi-tool-call"), QStringLiteral("agent-thought"),
        QStringLiteral("vision"),    QStringLiteral("stream-tool-call"), QStringLiteral("document"),
        QStringLiteral("video"),     QStringLiteral("audio"),           QStringLiteral("structured-output"),
        QStringLiteral("polling")};
    static const QStringList propertyKeys = {
        QStringLiteral("mode"),           QStringLiteral("context_size"),     QStringLiteral("max_chunks"),
        QStringLiteral("file_upload_limit"), QStringLiteral("supported_file_extensions"),
        QStringLiteral("max_characters_per_chunk"), QStringLiteral("default_voice"), QStringLiteral("voices"),
        QStringLiteral("word_limit"),     QStringLiteral("audio_type"),       QStringLiteral("max_workers")};
    static const QStringList ruleTypes = {QStringLiteral("float"), QStringLiteral("int"), QStringLiteral("string"),
                                          QStringLiteral("boolean"), QStringLiteral("text")};

    ModelDeclaration md;
    Where wm;
    md.model = strField(root, QStringLiteral("model"), w, &wm);
    if (md.model.isEmpty())
        report(DiagnosticCode::ModelNameMissing, StudioTr::tr("`model` is empty; write the model name."), wm);
    else
        checkLength(md.model, 256, false, wm, DiagnosticCode::ModelNameTooLong, StudioTr::tr("model"));
    NodePtr lab = field(root, QStringLiteral("label"), w);
    md.label = i18n(lab, at(w, QStringLiteral("label"), lab));
    if (md.label.en_US.isEmpty())
        md.label.en_US = md.model; // daemon and SDK default
    Where wt;
    md.modelType = strField(root, QStringLiteral("model_type"), w, &wt);
    if (!modelTypes().contains(md.modelType))
        report(DiagnosticCode::ModelTypeInvalid,
            StudioTr::tr("model_type \"%1\" is not valid; use one of: %2.").arg(md.modelType, modelTypes().join(QStringLiteral(", "))),
            wt);
    NodePtr fe = field(root, QStringLiteral("features"), w);
    Where wfe = at(w, QStringLiteral("features"), fe);
    md.features = stringList(fe, wfe);
    for (const QString &f : std::as_const(md.features)) {
        if (!features.contains(f))
            report(DiagnosticCode::ModelFeatureInvalid,
                StudioTr::tr("Model feature \"%1\" is refused by the Python SDK; use one of: %2.")
                    .arg(f, features.join(QStringLiteral(", "))),
                wfe);
    }
    Where wff;
    md.fetchFrom = strField(root, QStringLiteral("fetch_from"), w, &wff);
    if (md.fetchFrom.isEmpty())
        md.fetchFrom = QStringLiteral("predefined-model");
    else if (md.fetchFrom != QLatin1String("predefined-model") && md.fetchFrom != QLatin1String("customizable-model"))
        report(DiagnosticCode::ModelFetchFromInvalid,
            StudioTr::tr("fetch_from must be predefined-model or customizable-model."), wff);
    NodePtr mp = field(root, QStringLiteral("model_properties"), w);
    Where wmp = at(w, QStringLiteral("model_properties"), mp);
    md.modelProperties = freeMap(mp, wmp);
    if (mp && mp->isMapping()) {
        for (const Node::Pair &p : mp->pairs()) {
            if (p.key && p.key->isScalar() && !propertyKeys.contains(p.key->scalar()))
                report(DiagnosticCode::ModelPropertiesKey,
                    StudioTr::tr("model_properties key \"%1\" is refused by the Python SDK; allowed keys: %2.")
                        .arg(p.key->scalar(), propertyKeys.join(QStringLiteral(", "))),
                    Where{w.file, joinPath(wmp.path, p.key->scalar()), p.key->mark()});
        }
    }
    NodePtr dep = field(root, QStringLiteral("deprecated"), w);
    md.deprecated = boolean(dep, at(w, QStringLiteral("deprecated"), dep));
    NodePtr rules = field(root, QStringLiteral("parameter_rules"), w);
    Where wr = at(w, QStringLiteral("parameter_rules"), rules);
    if (rules && !rules->isNull()) {
        if (!rules->isSequence()) {
            report(DiagnosticCode::YamlTypeList, StudioTr::tr("parameter_rules must be a list."), wr);
        } else {
            if (rules->size() > 128)
                report(DiagnosticCode::ModelRulesTooMany, StudioTr::tr("At most 128 parameter rules."), wr);
            int i = 0;
            for (const NodePtr &rn : rules->items()) {
                Where wi = item(wr, i++, rn);
                if (!expectMapping(rn, wi, QStringLiteral("A parameter rule")))
                    continue;
                ModelParameterRule r;
                Where wn, wu, wty;
                r.name = strField(rn, QStringLiteral("name"), wi, &wn);
                r.useTemplate = strField(rn, QStringLiteral("use_template"), wi, &wu);
                NodePtr rl = field(rn, QStringLiteral("label"), wi);
                r.label = i18n(rl, at(wi, QStringLiteral("label"), rl));
                r.type = strField(rn, QStringLiteral("type"), wi, &wty);
                NodePtr rh = field(rn, QStringLiteral("help"), wi);
                r.help = i18n(rh, at(wi, QStringLiteral("help"), rh));
                NodePtr rq = field(rn, QStringLiteral("required"), wi);
                r.required = boolean(rq, at(wi, QStringLiteral("required"), rq));
                NodePtr rd = field(rn, QStringLiteral("default"), wi);
                if (rd && !rd->isNull()) {
                    r.defaultValue = Yaml::toJson(rd, Yaml::JsonMode::Daemon);
                    if (!rd->isScalar())
                        report(DiagnosticCode::ModelRuleDefaultType,
                            StudioTr::tr("A rule `default` must be a single value."), at(wi, QStringLiteral("default"), rd));
                }
                NodePtr rmin = field(rn, QStringLiteral("min"), wi);
                r.min = number(rmin, at(wi, QStringLiteral("min"), rmin));
                NodePtr rmax = field(rn, QStringLiteral("max"), wi);
                r.max = number(rmax, at(wi, QStringLiteral("max"), rmax));
                NodePtr rp = field(rn, QStringLiteral("precision"), wi);
                if (auto pi = integer(rp, at(wi, QStringLiteral("precision"), rp)))
                    r.precision = int(*pi);
                NodePtr ro = field(rn, QStringLiteral("options"), wi);
                r.options = stringList(ro, at(wi, QStringLiteral("options"), ro));
                if (r.label.en_US.isEmpty() && !r.label.present)
                    r.label.en_US = r.name; // daemon fills the label before applying the template
                if (!r.useTemplate.isEmpty()) {
                    auto it = ruleTemplates().constFind(r.useTemplate);
                    if (it == ruleTemplates().constEnd()) {
                        report(DiagnosticCode::ModelRuleUseTemplateUnknown,
                            StudioTr::tr("use_template \"%1\" is not a known template (the daemon fails to decode the file); "
                               "use temperature, top_p, top_k, presence_penalty, frequency_penalty, max_tokens, "
                               "response_format or json_schema.")
                                .arg(r.useTemplate),
                            wu);
                    } else {
                        if (r.type.isEmpty())
                            r.type = it->type;
                        if (r.defaultValue.isNull() || r.defaultValue.isUndefined())
                            r.defaultValue = it->def;
                        if (!r.min)
                            r.min = it->min;
                        if (!r.max)
                            r.max = it->max;
                        if (!r.precision)
                            r.precision = it->precision;
                        if (r.options.isEmpty())
                            r.options = it->options;
                    }
                }
                if (r.name.isEmpty())
                    report(DiagnosticCode::ModelRuleNameMissing, StudioTr::tr("A parameter rule has no name."), wn);
                if (r.type.isEmpty() && r.useTemplate.isEmpty())
                    report(DiagnosticCode::ModelRuleTypeMissing,
                        StudioTr::tr("Parameter rule \"%1\" has neither `type` nor `use_template`; add type: float|int|string|"
                           "boolean|text.")
                            .arg(r.name),
                        wi);
                else if (!r.type.isEmpty() && !ruleTypes.contains(r.type))
                    report(DiagnosticCode::ModelRuleTypeInvalid,
                        StudioTr::tr("Parameter rule type \"%1\" is not valid; use float, int, string, boolean or text.").arg(r.type),
                        wty);
                requireI18n(r.help, at(wi, QStringLiteral("help"), rh), StudioTr::tr("Rule help"), false);
                md.parameterRules.append(r);
            }
        }
    }
    NodePtr pricing = field(root, QStringLiteral("pricing"), w);
    Where wp = at(w, QStringLiteral("pricing"), pricing);
    if (expectMapping(pricing, wp, QStringLiteral("pricing"))) {
        md.pricing = Yaml::toJson(pricing, Yaml::JsonMode::Daemon).toObject();
        for (const char *k : {"input", "output", "unit"}) {
            NodePtr v = field(pricing, QString::fromLatin1(k), wp);
            if (!v || v->isNull())
                continue;
            bool ok = false;
            if (v->isScalar())
                v->scalar().trimmed().toDouble(&ok);
            if (!ok)
                report(DiagnosticCode::ModelPricingDecimal,
                    StudioTr::tr("pricing.%1 must be a decimal number (e.g. '0.003').").arg(QString::fromLatin1(k)),
                    at(wp, QString::fromLatin1(k), v));
        }
        strField(pricing, QStringLiteral("currency"), wp);
    }
    return md;
}

ModelProvider ModelDecoder::decodeModelProvider(const NodePtr &root, const Where &w)
{
    static const QStringList methods = {QStringLiteral("predefined-model"), QStringLiteral("customizable-model")};
    ModelProvider p;
    p.file = w.file;
    Where wp;
    p.provider = strField(root, QStringLiteral("provider"), w, &wp);
    if (p.provider.isEmpty())
        report(DiagnosticCode::ModelProviderMissing, StudioTr::tr("`provider` is empty; write its name."), wp);
    else
        checkLength(p.provider, 256, false, wp, DiagnosticCode::ModelProviderTooLong, StudioTr::tr("provider"));
    NodePtr lab = field(root, QStringLiteral("label"), w);
    p.label = i18n(lab, at(w, QStringLiteral("label"), lab));
    requireI18n(p.label, at(w, QStringLiteral("label"), lab), QStringLiteral("label"), true);
    NodePtr desc = field(root, QStringLiteral("description"), w);
    p.description = i18n(desc, at(w, QStringLiteral("description"), desc));
    requireI18n(p.description, at(w, QStringLiteral("description"), desc), QStringLiteral("description"), false);
    struct IconField
    {
        const char *key;
        I18nText *target;
    };
    const IconField icons[] = {{"icon_small", &p.iconSmall},
                               {"icon_large", &p.iconLarge},
                               {"icon_small_dark", &p.iconSmallDark},
                               {"icon_large_dark", &p.iconLargeDark}};
    for (const IconField &ic : icons) {
        NodePtr n = field(root, QString::fromLatin1(ic.key), w);
        Where wi = at(w, QString::fromLatin1(ic.key), n);
        *ic.target = i18n(n, wi);
        requireI18n(*ic.target, wi, QString::fromLatin1(ic.key), false);
        for (const QString *v : {&ic.target->en_US, &ic.target->zh_Hans, &ic.target->ja_JP, &ic.target->pt_BR})
            checkIcon(*v, wi, StudioTr::tr("Model provider %1").arg(QString::fromLatin1(ic.key)));
    }
    p.background = strField(root, QStringLiteral("background"), w);
    NodePtr help = field(root, QStringLiteral("help"), w);
    Where wh = at(w, QStringLiteral("help"), help);
    if (expectMapping(help, wh, QStringLiteral("help"))) {
        NodePtr t = field(help, QStringLiteral("title"), wh);
        p.helpTitle = i18n(t, at(wh, QStringLiteral("title"), t));
        requireI18n(p.helpTitle, at(wh, QStringLiteral("title"), t), QStringLiteral("help.title"), true);
        NodePtr u = field(help, QStringLiteral("url"), wh);
        p.helpUrl = i18n(u, at(wh, QStringLiteral("url"), u));
        requireI18n(p.helpUrl, at(wh, QStringLiteral("url"), u), QStringLiteral("help.url"), true);
    }
    NodePtr smt = field(root, QStringLiteral("supported_model_types"), w);
    Where wsmt = at(w, QStringLiteral("supported_model_types"), smt);
    p.supportedModelTypes = stringList(smt, wsmt);
    if (!smt || smt->isNull())
        report(DiagnosticCode::ModelSupportedModelTypesMissing,
            StudioTr::tr("supported_model_types is missing; list the model types (e.g. [llm])."), wsmt);
    if (p.supportedModelTypes.size() > 16)
        report(DiagnosticCode::ModelSupportedModelTypesTooMany, StudioTr::tr("At most 16 model types."), wsmt);
    for (const QString &t : std::as_const(p.supportedModelTypes)) {
        if (!modelTypes().contains(t))
            report(DiagnosticCode::ModelTypeInvalid,
                StudioTr::tr("Model type \"%1\" is not valid; use one of: %2.").arg(t, modelTypes().join(QStringLiteral(", "))),
                wsmt);
    }
    NodePtr cm = field(root, QStringLiteral("configurate_methods"), w);
    Where wcm = at(w, QStringLiteral("configurate_methods"), cm);
    p.configurateMethods = stringList(cm, wcm);
    if (!cm || cm->isNull())
        report(DiagnosticCode::ModelConfigurateMethodsMissing,
            StudioTr::tr("configurate_methods is missing; write [predefined-model] and/or customizable-model."), wcm);
    for (const QString &t : std::as_const(p.configurateMethods)) {
        if (!methods.contains(t))
            report(DiagnosticCode::ModelConfigurateMethodInvalid,
                StudioTr::tr("Configurate method \"%1\" is not valid; use predefined-model or customizable-model.").arg(t), wcm);
    }
    auto credForms = [&](const NodePtr &schema, const Where &ws, QList<ConfigField> *out) {
        NodePtr forms = field(schema, QStringLiteral("credential_form_schemas"), ws);
        Where wf = at(ws, QStringLiteral("credential_form_schemas"), forms);
        if (!forms || forms->isNull())
            return;
        if (!forms->isSequence()) {
            report(DiagnosticCode::YamlTypeList, StudioTr::tr("credential_form_schemas must be a list."), wf);
            return;
        }
        if (forms->size() > 32)
            report(DiagnosticCode::ModelCredentialsTooMany, StudioTr::tr("At most 32 credential fields."), wf);
        int i = 0;
        for (const NodePtr &f : forms->items()) {
            out->append(decodeModelCredential(f, item(wf, i, f)));
            ++i;
        }
    };
    NodePtr pcs = field(root, QStringLiteral("provider_credential_schema"), w);
    Where wpcs = at(w, QStringLiteral("provider_credential_schema"), pcs);
    if (expectMapping(pcs, wpcs, QStringLiteral("provider_credential_schema")))
        credForms(pcs, wpcs, &p.providerCredentials);
    NodePtr mcs = field(root, QStringLiteral("model_credential_schema"), w);
    Where wmcs = at(w, QStringLiteral("model_credential_schema"), mcs);
    if (expectMapping(mcs, wmcs, QStringLiteral("model_credential_schema"))) {
        NodePtr mm = field(mcs, QStringLiteral("model"), wmcs);
        Where wmm = at(wmcs, QStringLiteral("model"), mm);
        if (expectMapping(mm, wmm, QStringLiteral("model_credential_schema.model"))) {
            NodePtr l = field(mm, QStringLiteral("label"), wmm);
            p.modelCredentialLabel = i18n(l, at(wmm, QStringLiteral("label"), l));
            NodePtr ph = field(mm, QStringLiteral("placeholder"), wmm);
            p.modelCredentialPlaceholder = i18n(ph, at(wmm, QStringLiteral("placeholder"), ph));
            requireI18n(p.modelCredentialPlaceholder, at(wmm, QStringLiteral("placeholder"), ph),
                        QStringLiteral("model.placeholder"), false);
        }
        requireI18n(p.modelCredentialLabel, wmm, QStringLiteral("model_credential_schema.model.label"), true);
        credForms(mcs, wmcs, &p.modelCredentials);
    }

    // models: map of type -> {predefined: [globs], position: file}, or an inline list (daemon only).
    NodePtr models = field(root, QStringLiteral("models"), w);
    Where wmo = at(w, QStringLiteral("models"), models);
    QSet<QString> loaded;
    auto loadModelFile = [&](const QString &path, const Where &ref) {
        if (loaded.contains(path))
            return;
        loaded.insert(path);
        NodePtr mroot = loadFile(path, ref, nullptr);
        if (!mroot)
            return;
        Where fw{path, QString(), mroot->mark()};
        if (!expectMapping(mroot, fw, QStringLiteral("A model file"))) {
            return;
        }
        ModelDeclaration md = decodeModel(mroot, fw);
        md.file = path;
        p.models.append(md);
    };
    if (models && models->isSequence()) {
        report(DiagnosticCode::DeclarationInline,
            StudioTr::tr("Inline models are accepted by the daemon only; the Python SDK loads model files through "
               "models.<type>.predefined globs."),
            wmo);
        int i = 0;
        for (const NodePtr &mn : models->items()) {
            Where wi = item(wmo, i++, mn);
            if (expectMapping(mn, wi, QStringLiteral("An inline model")))
                p.models.append(decodeModel(mn, wi));
        }
    } else if (expectMapping(models, wmo, QStringLiteral("models"))) {
        for (const char *key : {"llm", "text_embedding", "tts", "speech2text", "moderation", "rerank"}) {
            const QString k = QString::fromLatin1(key);
            NodePtr e = field(models, k, wmo);
            Where we = at(wmo, k, e);
            if (!expectMapping(e, we, QStringLiteral("models.") + k))
                continue;
            NodePtr pre = field(e, QStringLiteral("predefined"), we);
            Where wpre = at(we, QStringLiteral("predefined"), pre);
            const QStringList globs = stringList(pre, wpre);
            p.predefinedGlobs.insert(k, globs);
            int gi = 0;
            for (const QString &g : globs) {
                Where wg{wpre.file, indexPath(wpre.path, gi), pre->items().at(gi)->mark()};
                ++gi;
                int matched = 0;
                if (!remote()) {
                    for (const QString &path : std::as_const(m_ctx.paths)) {
                        if (!goGlobMatch(g, path))
                            continue;
                        if (path.endsWith(QLatin1String("_position.yaml")))
                            continue;
                        ++matched;
                        loadModelFile(path, wg);
                    }
                    if (matched == 0) {
                        bool ignoredMatch = false;
                        for (const QString &ip : std::as_const(m_ctx.ignored))
                            ignoredMatch = ignoredMatch || goGlobMatch(g, ip);
                        report(DiagnosticCode::ModelGlobEmpty,
                             g.startsWith(QLatin1String("./"))
                                 ? StudioTr::tr("The glob \"%1\" matches no file: package paths never start with \"./\"; "
                                      "write it without the prefix.")
                                       .arg(g)
                                 : ignoredMatch ? StudioTr::tr("The glob \"%1\" matches only files excluded by .difyignore.").arg(g)
                                                : StudioTr::tr("The glob \"%1\" matches no model file.").arg(g),
                             wg);
                    }
                }
            }
            Where wpos;
            const QString pos = strField(e, QStringLiteral("position"), we, &wpos);
            if (!pos.isEmpty()) {
                p.positionFiles.insert(k, pos);
                if (!remote()) {
                    NodePtr pn = loadFile(pos, wpos, nullptr);
                    if (pn && !pn->isNull() && !pn->isSequence())
                        report(DiagnosticCode::ModelPositionFormat,
                            StudioTr::tr("The position file %1 must be a YAML list of model names.").arg(pos),
                            Where{pos, QString(), pn->mark()});
                    else if (pn)
                        stringList(pn, Where{pos, QString(), pn->mark()});
                }
            }
        }
    }
    if (p.configurateMethods.contains(QStringLiteral("predefined-model")) && !remote()) {
        bool anyGlob = false;
        for (const QStringList &g : std::as_const(p.predefinedGlobs))
            anyGlob = anyGlob || !g.isEmpty();
        if (!anyGlob && p.models.isEmpty())
            report(DiagnosticCode::ModelPredefinedNone,
                 StudioTr::tr("configurate_methods has predefined-model but no models are declared; add "
                    "models.<type>.predefined globs."),
                 wcm);
    }

    NodePtr extra = field(root, QStringLiteral("extra"), w);
    Where wex = at(w, QStringLiteral("extra"), extra);
    NodePtr py = extra && extra->isMapping() ? field(extra, QStringLiteral("python"), wex) : nullptr;
    Where wpy = at(wex, QStringLiteral("python"), py);
    if (py && py->isMapping()) {
        Where wps;
        p.providerSource = strField(py, QStringLiteral("provider_source"), wpy, &wps);
        NodePtr ms = field(py, QStringLiteral("model_sources"), wpy);
        Where wms = at(wpy, QStringLiteral("model_sources"), ms);
        p.modelSources = stringList(ms, wms);
        if (!remote()) {
            if (p.providerSource.isEmpty())
                report(DiagnosticCode::PythonSourceMissing,
                    StudioTr::tr("The model provider has no extra.python.provider_source; the Python SDK needs it."), wps);
            else if (!m_ctx.in.files->contains(p.providerSource))
                report(DiagnosticCode::PythonSourceNotfound,
                    StudioTr::tr("extra.python.provider_source \"%1\" does not exist.").arg(p.providerSource), wps);
            for (const QString &s : std::as_const(p.modelSources)) {
                if (!m_ctx.in.files->contains(s))
                    report(DiagnosticCode::PythonSourceNotfound,
                        StudioTr::tr("extra.python.model_sources entry \"%1\" does not exist.").arg(s), wms);
            }
        }
    } else if (!remote()) {
        report(DiagnosticCode::PythonSourceMissing,
            StudioTr::tr("The model provider has no extra.python.provider_source; the Python SDK needs it "
               "(extra: {python: {provider_source: provider/x.py, model_sources: [...]}})."),
            wex);
    }
    return p;
}

} // namespace

ModelProvider decodeModelProvider(DecodeContext &ctx, const NodePtr &root, const Where &w)
{
    return ModelDecoder(ctx).decodeModelProvider(root, w);
}

} // namespace Studio::Plugin::Detail
