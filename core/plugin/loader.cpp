// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/loader.h"
#include "core/common/tr.h"

#include "core/plugin/decoder_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Studio::Plugin {

namespace {


bool isDecodeLayer(Layer l)
{
    return l == Layer::Pkg || l == Layer::Install;
}

} // namespace

// ------------------------------------------------------------------------------------------------
// declarations.h out-of-line functions

QString I18nText::text(const QString &language) const
{
    QString v;
    if (language == QLatin1String("zh_Hans"))
        v = zh_Hans;
    else if (language == QLatin1String("ja_JP"))
        v = ja_JP;
    else if (language == QLatin1String("pt_BR"))
        v = pt_BR;
    else
        v = en_US;
    return v.isEmpty() ? en_US : v;
}

QJsonObject I18nText::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("en_US"), en_US);
    if (!zh_Hans.isEmpty())
        o.insert(QStringLiteral("zh_Hans"), zh_Hans);
    if (!ja_JP.isEmpty())
        o.insert(QStringLiteral("ja_JP"), ja_JP);
    if (!pt_BR.isEmpty())
        o.insert(QStringLiteral("pt_BR"), pt_BR);
    return o;
}

QString Manifest::pluginId() const
{
    if (author.value.isEmpty())
        return name.value;
    return author.value + QLatin1Char('/') + name.value;
}

QString categoryName(Category c)
{
    switch (c) {
    case Category::Tool: return QStringLiteral("tool");
    case Category::Model: return QStringLiteral("model");
    case Category::Datasource: return QStringLiteral("datasource");
    case Category::AgentStrategy: return QStringLiteral("agent-strategy");
    case Category::Trigger: return QStringLiteral("trigger");
    case Category::Extension: return QStringLiteral("extension");
    case Category::Unknown: break;
    }
    return QString();
}

Category PluginDeclaration::category() const
{
    if (tool)
        return Category::Tool;
    if (model)
        return Category::Model;
    if (datasource)
        return Category::Datasource;
    if (agentStrategy)
        return Category::AgentStrategy;
    if (trigger)
        return Category::Trigger;
    if (endpoint)
        return Category::Extension;
    return Category::Unknown;
}

// ------------------------------------------------------------------------------------------------

QString LoadResult::firstError() const
{
    for (const Diagnostic &d : report.diagnostics()) {
        if (d.severity != Severity::Error)
            continue;
        QString loc = d.file;
        if (!loc.isEmpty() && d.line > 0)
            loc += QLatin1Char(':') + QString::number(d.line) + QLatin1Char(':') + QString::number(qMax(1, d.column));
        return loc.isEmpty() ? d.message : loc + QLatin1String(": ") + d.message;
    }
    return QString();
}

LoadResult loadPlugin(const FileSet &files)
{
    Detail::DecodeInput in;
    in.files = &files;
    Detail::DecodeOutput out = Detail::decode(in);
    LoadResult r;
    r.declaration = std::move(out.declaration);
    for (const Diagnostic &d : out.report.diagnostics()) {
        if (isDecodeLayer(d.layer))
            r.report.add(d);
    }
    r.ok = !r.report.hasErrors();
    return r;
}

LoadResult loadRemoteRegistration(const QJsonObject &manifest, const QMap<QString, QJsonArray> &declarationsByType,
                                  const QStringList &assetFileNames)
{
    Detail::DecodeInput in;
    in.assetNames = &assetFileNames;
    in.remoteManifest = Detail::jsonToNode(manifest);
    for (auto it = declarationsByType.begin(); it != declarationsByType.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        in.remoteDeclarations.insert(it.key(), Detail::jsonToNode(it.value().first()));
    }
    Detail::DecodeOutput out = Detail::decode(in);
    LoadResult r;
    r.declaration = std::move(out.declaration);
    // Remote debugging: decoding + full struct-tag validation + ManifestValidate + asset remap.
    for (const Diagnostic &d : out.report.diagnostics()) {
        if (d.layer == Layer::Pkg || d.layer == Layer::Install || d.layer == Layer::Strict) {
            r.report.add(d);
        } else if (d.severity == Severity::Error) {
            Diagnostic w = d;
            w.severity = Severity::Warning; // SDK findings: the SDK already loaded the plugin
            r.report.add(w);
        }
    }
    r.ok = !r.report.hasErrors();
    return r;
}

QString remoteRejectionText(const LoadResult &result)
{
    QString reason;
    for (const Diagnostic &d : result.report.diagnostics()) {
        if (d.severity == Severity::Error) {
            reason = d.path.isEmpty() ? d.message : d.file + QLatin1Char(' ') + d.path + QLatin1String(": ") + d.message;
            break;
        }
    }
    if (reason.isEmpty())
        reason = QStringLiteral("unknown error");
    return QStringLiteral("handshake failed, invalid plugin declaration: ") + reason;
}

// ------------------------------------------------------------------------------------------------
// Patterns

bool isValidManifestVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$"));
    return re.match(version).hasMatch();
}

namespace {
const QString &versionPatternV()
{
    static const QString x = QStringLiteral("\\d{1,4}(?:\\.\\d{1,4}){2}(?:-\\w{1,16})?");
    static const QString y = QStringLiteral("(?:\\d{1,4}|[xX])");
    static const QString v = QStringLiteral("(?:[~^]?") + x + QStringLiteral("|") + y + QStringLiteral("(?:\\.") + y
                             + QStringLiteral("){2}|") + x + QStringLiteral("-") + x + QStringLiteral(")");
    return v;
}
} // namespace

bool isValidVersionPattern(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^") + versionPatternV() + QStringLiteral("$"));
    return re.match(version).hasMatch();
}

bool isValidMarketplacePattern(const QString &pattern)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:") + versionPatternV()
                                       + QStringLiteral("$"));
    return re.match(pattern).hasMatch();
}

bool isValidGithubPattern(const QString &pattern)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:") + versionPatternV()
                                       + QStringLiteral("/[^/]+$"));
    return re.match(pattern).hasMatch();
}

// Go path.Match.
namespace {

// Matches one character class starting after '['; returns false on a malformed class.
bool matchClass(const QString &p, int &i, QChar c, bool *matched)
{
    bool negated = false;
    if (i < p.size() && p.at(i) == QLatin1Char('^')) {
        negated = true;
        ++i;
    }
    bool found = false;
    int n = 0;
    while (true) {
        if (i >= p.size())
            return false;
        if (p.at(i) == QLatin1Char(']') && n > 0) {
            ++i;
            break;
        }
        QChar lo = p.at(i);
        if (lo == QLatin1Char('\\')) {
            ++i;
            if (i >= p.size())
                return false;
            lo = p.at(i);
        }
        ++i;
        QChar hi = lo;
        if (i + 1 < p.size() && p.at(i) == QLatin1Char('-') && p.at(i + 1) != QLatin1Char(']')) {
            ++i;
            hi = p.at(i);
            if (hi == QLatin1Char('\\')) {
                ++i;
                if (i >= p.size())
                    return false;
                hi = p.at(i);
            }
            ++i;
        }
        if (lo <= c && c <= hi)
            found = true;
        ++n;
    }
    *matched = found != negated;
    return true;
}

bool globAt(const QString &p, int pi, const QString &s, int si)
{
    while (pi < p.size()) {
        const QChar pc = p.at(pi);
        if (pc == QLatin1Char('*')) {
            while (pi < p.size() && p.at(pi) == QLatin1Char('*'))
                ++pi;
            for (int k = si; k <= s.size(); ++k) {
                if (globAt(p, pi, s, k))
                    return true;
                if (k < s.size() && s.at(k) == QLatin1Char('/'))
                    return false;
            }
            return false;
        }
        if (si >= s.size())
            return false;
        const QChar c = s.at(si);
        if (pc == QLatin1Char('?')) {
            if (c == QLatin1Char('/'))
                return false;
            ++pi;
            ++si;
            continue;
        }
        if (pc == QLatin1Char('[')) {
            if (c == QLatin1Char('/'))
                return false;
            int i = pi + 1;
            bool m = false;
            if (!matchClass(p, i, c, &m) || !m)
                return false;
            pi = i;
            ++si;
            continue;
        }
        QChar lit = pc;
        if (pc == QLatin1Char('\\')) {
            if (pi + 1 >= p.size())
                return false;
            lit = p.at(pi + 1);
            ++pi;
        }
        if (lit != c)
            return false;
        ++pi;
        ++si;
    }
    return si == s.size();
}

} // namespace

bool goGlobMatch(const QString &pattern, const QString &path)
{
    return globAt(pattern, 0, path, 0);
}

// ------------------------------------------------------------------------------------------------
// Bundle manifest

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
            else
                out->droppedLanguages.append(k);
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
        auto add = [&](const QString &code, const QString &msg, const Yaml::Mark &m, const QString &path) {
            Diagnostic d;
            d.layer = Layer::Strict;
            d.code = code;
            d.message = msg;
            d.file = QStringLiteral("manifest.yaml");
            d.line = m.line;
            d.column = m.column;
            d.path = path;
            report->add(d);
        };
        auto markOf = [&](const char *key) {
            Yaml::NodePtr n = root->get(QString::fromLatin1(key));
            return n ? n->mark() : root->mark();
        };
        static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9_-]{1,128}$"));
        if (!nameRe.match(b.name).hasMatch())
            add(QStringLiteral("bundle.name.format"),
                StudioTr::tr("Bundle name \"%1\" must be 1–128 letters, digits, '_' or '-'.").arg(b.name), markOf("name"),
                QStringLiteral("name"));
        if (!isValidManifestVersion(b.version))
            add(QStringLiteral("bundle.version.format"),
                StudioTr::tr("Bundle version \"%1\" is not valid; write three numbers like 0.0.1.").arg(b.version),
                markOf("version"), QStringLiteral("version"));
        if (b.type != QLatin1String("bundle"))
            add(QStringLiteral("bundle.type.invalid"), StudioTr::tr("`type` must be \"bundle\"."), markOf("type"),
                QStringLiteral("type"));
        if (b.author.isEmpty())
            add(QStringLiteral("bundle.author.missing"), StudioTr::tr("`author` is missing."), markOf("author"),
                QStringLiteral("author"));
        if (b.icon.isEmpty())
            add(QStringLiteral("bundle.icon.missing"), StudioTr::tr("`icon` is missing; name a file in _assets/."), markOf("icon"),
                QStringLiteral("icon"));
        if (b.labels.en_US.isEmpty())
            add(QStringLiteral("i18n.en_US.missing"), StudioTr::tr("`labels` needs an en_US text (note the plural key)."),
                markOf("labels"), QStringLiteral("labels"));
        if (b.description.en_US.isEmpty())
            add(QStringLiteral("i18n.en_US.missing"), StudioTr::tr("`description` needs an en_US text."), markOf("description"),
                QStringLiteral("description"));
        if (!deps)
            add(QStringLiteral("bundle.dependencies.missing"), StudioTr::tr("`dependencies` is missing; write dependencies: []."),
                root->mark(), QStringLiteral("dependencies"));
        int i = 0;
        for (const BundleDependency &d : std::as_const(b.dependencies)) {
            const QString path = QStringLiteral("dependencies[%1]").arg(i++);
            if (d.type == QLatin1String("marketplace")) {
                if (!isValidMarketplacePattern(d.pattern))
                    add(QStringLiteral("bundle.dependency.pattern"),
                        StudioTr::tr("Marketplace pattern \"%1\" is not valid; write org/plugin:1.0.0.").arg(d.pattern), d.mark, path);
            } else if (d.type == QLatin1String("github")) {
                if (!isValidGithubPattern(d.pattern))
                    add(QStringLiteral("bundle.dependency.pattern"),
                        StudioTr::tr("GitHub pattern \"%1\" is not valid; write owner/repo:1.0.0/asset.difypkg.").arg(d.pattern),
                        d.mark, path);
            } else if (d.type == QLatin1String("package")) {
                if (d.pattern.isEmpty())
                    add(QStringLiteral("bundle.dependency.pattern"), StudioTr::tr("A package dependency needs value.path."), d.mark,
                        path);
            } else {
                add(QStringLiteral("bundle.dependency.type"),
                    StudioTr::tr("Dependency type \"%1\" is not valid; use marketplace, github or package.").arg(d.type), d.mark, path);
            }
        }
        for (const QString &t : std::as_const(b.tags)) {
            static const QStringList tags = QStringLiteral(
                "search image videos weather finance design travel social news medical productivity education business "
                "entertainment utilities agent rag other trigger").split(QLatin1Char(' '));
            if (!tags.contains(t))
                add(QStringLiteral("tag.invalid"), StudioTr::tr("Tag \"%1\" is not a Dify tag.").arg(t), markOf("tags"),
                    QStringLiteral("tags"));
        }
    }
    return b;
}

} // namespace Studio::Plugin
