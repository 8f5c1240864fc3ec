// SPDX-License-Identifier: GPL-3.0-or-later
// Bundle manifests (formats.md §4): decoding (errors are returned) and the rules on name, version,
// type, labels and dependency patterns (reported as STRICT findings).
#include "core/plugin/loader.h"

#include "core/common/tr.h"
#include "core/plugin/diagnosticcodes.h"
#include "core/plugin/reader_p.h"

namespace Studio::Plugin {

Result<BundleManifest> loadBundleManifest(const QByteArray &yaml, ValidationReport *report)
{
    Result<Yaml::Document> doc = Yaml::parse(yaml, QStringLiteral("manifest.yaml"));
    if (!doc)
        return doc.error();
    const Yaml::NodePtr root = doc->root;
    if (!root || !root->isMapping())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The bundle manifest.yaml must be a YAML mapping (name, labels, ...)."),
                     QStringLiteral("manifest.yaml"), root ? root->mark().line : 0, root ? root->mark().column : 0);
    BundleManifest b;
    auto strAt = [&](const char *key, QString *out) -> Result<void> {
        Yaml::NodePtr n = root->get(QString::fromLatin1(key));
        if (!n || n->isNull())
            return {};
        if (!n->isScalar())
            return Error(ErrorCode::InvalidInput,
                         StudioTr::tr("`%1` must be a single value.").arg(QString::fromLatin1(key)), QStringLiteral("manifest.yaml"),
                         n->mark().line, n->mark().column);
        *out = n->asString();
        return {};
    };
    for (auto [key, out] : {std::pair{"name", &b.name}, std::pair{"version", &b.version}, std::pair{"author", &b.author},
                            std::pair{"type", &b.type}, std::pair{"icon", &b.icon}}) {
        Result<void> r = strAt(key, out);
        if (!r)
            return r.error();
    }
    auto i18n = [&](const char *key, I18nText *out) -> Result<void> {
        Yaml::NodePtr n = root->get(QString::fromLatin1(key));
        if (!n || n->isNull())
            return {};
        if (!n->isMapping())
            return Error(ErrorCode::InvalidInput, StudioTr::tr("`%1` must be a mapping of languages.").arg(QString::fromLatin1(key)),
                         QStringLiteral("manifest.yaml"), n->mark().line, n->mark().column);
        out->present = true;
        out->mark = n->mark();
        for (const Yaml::Node::Pair &p : n->pairs()) {
            if (!p.key || !p.value || !p.value->isScalar())
                continue;
            const QString k = p.key->scalar();
            if (k == QLatin1String("en_US"))
                out->en_US = p.value->asString();
            else if (k == QLatin1String("zh_Hans"))
                out->zh_Hans = p.value->asString();
            else if (k == QLatin1String("ja_JP"))
                out->ja_JP = p.value->asString();
            else if (k == QLatin1String("pt_BR"))
                out->pt_BR = p.value->asString();
            else {
                out->droppedLanguages.append(k);
                out->otherLanguages.insert(k, p.value->asString());
            }
        }
        return {};
    };
    if (Result<void> r = i18n("labels", &b.labels); !r)
        return r.error();
    if (Result<void> r = i18n("description", &b.description); !r)
        return r.error();
    if (Yaml::NodePtr t = root->get(QStringLiteral("tags")); t && !t->isNull()) {
        if (!t->isSequence())
            return Error(ErrorCode::InvalidInput, StudioTr::tr("`tags` must be a list."), QStringLiteral("manifest.yaml"),
                         t->mark().line, t->mark().column);
        for (const Yaml::NodePtr &it : t->items())
            b.tags.append(it ? it->asString() : QString());
    }
    Yaml::NodePtr deps = root->get(QStringLiteral("dependencies"));
    if (deps && !deps->isNull() && !deps->isSequence())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("`dependencies` must be a list."), QStringLiteral("manifest.yaml"),
                     deps->mark().line, deps->mark().column);
    if (deps && deps->isSequence()) {
        for (const Yaml::NodePtr &d : deps->items()) {
            if (!d || !d->isMapping())
                return Error(ErrorCode::InvalidInput, StudioTr::tr("Each dependency must be a mapping {type, value}."),
                             QStringLiteral("manifest.yaml"), d ? d->mark().line : 0, d ? d->mark().column : 0);
            BundleDependency dep;
            dep.mark = d->mark();
            Yaml::NodePtr t = d->get(QStringLiteral("type"));
            dep.type = t && t->isScalar() ? t->asString() : QString();
            Yaml::NodePtr v = d->get(QStringLiteral("value"));
            if (v && v->isMapping()) {
                const char *key = dep.type == QLatin1String("marketplace") ? "marketplace_pattern"
                                  : dep.type == QLatin1String("github")    ? "repo_pattern"
                                                                           : "path";
                Yaml::NodePtr pv = v->get(QString::fromLatin1(key));
                dep.pattern = pv && pv->isScalar() ? pv->asString() : QString();
            }
            b.dependencies.append(dep);
        }
    }

    if (report) {
        auto add = [&](DiagnosticCode code, const QString &msg, const Yaml::Mark &m, const QString &path) {
            report->add(makeDiagnostic(code, msg, QStringLiteral("manifest.yaml"), m.line, m.column, path));
        };
        auto markOf = [&](const char *key) {
            Yaml::NodePtr n = root->get(QString::fromLatin1(key));
            return n ? n->mark() : root->mark();
        };
        if (!isValidBundleName(b.name))
            add(DiagnosticCode::BundleNameFormat,
                StudioTr::tr("Bundle name \"%1\" must be 1–128 letters, digits, '_' or '-'.").arg(b.name), markOf("name"),
                QStringLiteral("name"));
        if (!isValidManifestVersion(b.version))
            add(DiagnosticCode::BundleVersionFormat,
                StudioTr::tr("Bundle version \"%1\" is not valid; write three numbers like 0.0.1.").arg(b.version),
                markOf("version"), QStringLiteral("version"));
        if (b.type != QLatin1String("bundle"))
            add(DiagnosticCode::BundleTypeInvalid, StudioTr::tr("`type` must be \"bundle\"."), markOf("type"),
                QStringLiteral("type"));
        if (b.author.isEmpty())
            add(DiagnosticCode::BundleAuthorMissing, StudioTr::tr("`author` is missing."), markOf("author"),
                QStringLiteral("author"));
        if (b.icon.isEmpty())
            add(DiagnosticCode::BundleIconMissing, StudioTr::tr("`icon` is missing; name a file in _assets/."), markOf("icon"),
                QStringLiteral("icon"));
        if (b.labels.en_US.isEmpty())
            add(DiagnosticCode::I18nEnUsMissing, StudioTr::tr("`labels` needs an en_US text (note the plural key)."),
                markOf("labels"), QStringLiteral("labels"));
        if (b.description.en_US.isEmpty())
            add(DiagnosticCode::I18nEnUsMissing, StudioTr::tr("`description` needs an en_US text."), markOf("description"),
                QStringLiteral("description"));
        if (!deps)
            add(DiagnosticCode::BundleDependenciesMissing, StudioTr::tr("`dependencies` is missing; write dependencies: []."),
                root->mark(), QStringLiteral("dependencies"));
        int i = 0;
        for (const BundleDependency &d : std::as_const(b.dependencies)) {
            const QString path = QStringLiteral("dependencies[%1]").arg(i++);
            if (d.type == QLatin1String("marketplace")) {
                if (!isValidMarketplacePattern(d.pattern))
                    add(DiagnosticCode::BundleDependencyPattern,
                        StudioTr::tr("Marketplace pattern \"%1\" is not valid; write org/plugin:1.0.0.").arg(d.pattern), d.mark, path);
            } else if (d.type == QLatin1String("github")) {
                if (!isValidGithubPattern(d.pattern))
                    add(DiagnosticCode::BundleDependencyPattern,
                        StudioTr::tr("GitHub pattern \"%1\" is not valid; write owner/repo:1.0.0/asset.difypkg.").arg(d.pattern),
                        d.mark, path);
            } else if (d.type == QLatin1String("package")) {
                if (d.pattern.isEmpty())
                    add(DiagnosticCode::BundleDependencyPattern, StudioTr::tr("A package dependency needs value.path."), d.mark,
                        path);
            } else {
                add(DiagnosticCode::BundleDependencyType,
                    StudioTr::tr("Dependency type \"%1\" is not valid; use marketplace, github or package.").arg(d.type), d.mark, path);
            }
        }
        for (const QString &t : std::as_const(b.tags)) {
            if (!Detail::difyTags().contains(t))
                add(DiagnosticCode::TagInvalid, StudioTr::tr("Tag \"%1\" is not a Dify tag.").arg(t), markOf("tags"),
                    QStringLiteral("tags"));
        }
    }
    return b;
}

} // namespace Studio::Plugin
