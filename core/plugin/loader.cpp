// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/loader.h"
#include "core/common/tr.h"

#include "core/plugin/decoder_p.h"
#include "core/yaml/yamljson.h"


namespace Studio::Plugin {

namespace {


bool isDecodeLayer(Layer l)
{
    return l == Layer::Pkg || l == Layer::Install;
}

} // namespace

// ------------------------------------------------------------------------------------------------
// declarations.h out-of-line functions

QString Manifest::pluginId() const
{
    return pluginIdOf(author.value, name.value);
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
    in.remoteManifest = Yaml::fromJson(manifest, Yaml::Mark{1, 1, -1});
    for (auto it = declarationsByType.begin(); it != declarationsByType.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        in.remoteDeclarations.insert(it.key(), Yaml::fromJson(it.value().first(), Yaml::Mark{1, 1, -1}));
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

} // namespace Studio::Plugin
