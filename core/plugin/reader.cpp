// SPDX-License-Identifier: GPL-3.0-or-later
// The typed YAML reader shared by every declaration decoder (reader_p.h): yaml.v3 access rules,
// reporting through the diagnostic table, file references and the parse cache.
#include "core/plugin/reader_p.h"

#include "core/common/tr.h"
#include "core/yaml/yamljson.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

namespace Studio::Plugin::Detail {

using Yaml::Node;
using Yaml::NodePtr;

namespace {

const QStringList &difyTagList()
{
    static const QStringList tags = {
        QStringLiteral("search"),       QStringLiteral("image"),         QStringLiteral("videos"),
        QStringLiteral("weather"),      QStringLiteral("finance"),       QStringLiteral("design"),
        QStringLiteral("travel"),       QStringLiteral("social"),        QStringLiteral("news"),
        QStringLiteral("medical"),      QStringLiteral("productivity"),  QStringLiteral("education"),
        QStringLiteral("business"),     QStringLiteral("entertainment"), QStringLiteral("utilities"),
        QStringLiteral("agent"),        QStringLiteral("rag"),           QStringLiteral("other"),
        QStringLiteral("trigger"),
    };
    return tags;
}

const QStringList &appScopes()
{
    static const QStringList s = {QStringLiteral("all"), QStringLiteral("chat"), QStringLiteral("workflow"),
                                  QStringLiteral("completion")};
    return s;
}

const QStringList &modelScopes()
{
    static const QStringList s = {QStringLiteral("llm"),        QStringLiteral("text-embedding"),
                                  QStringLiteral("rerank"),     QStringLiteral("tts"),
                                  QStringLiteral("speech2text"), QStringLiteral("moderation"),
                                  QStringLiteral("vision"),     QStringLiteral("document"),
                                  QStringLiteral("tool-call")};
    return s;
}

const QStringList &variableScopes()
{
    static const QStringList s = {QStringLiteral("string"),        QStringLiteral("number"),
                                  QStringLiteral("object"),        QStringLiteral("array[number]"),
                                  QStringLiteral("array[string]"), QStringLiteral("array[object]"),
                                  QStringLiteral("array[file]")};
    return s;
}


class ParseCache
{
public:
    static ParseCache &instance()
    {
        static ParseCache cache;
        return cache;
    }
    Result<Yaml::NodePtr> parse(const QByteArray &source, const QString &file)
    {
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_trees.constFind(source);
            if (it != m_trees.constEnd())
                return it.value();
        }
        Result<Yaml::Document> doc = Yaml::parse(source, file);
        if (!doc)
            return doc.error();
        QMutexLocker lock(&m_mutex);
        if (source.size() <= kMaxBytes / 8) {
            if (m_bytes + source.size() > kMaxBytes) {
                m_trees.clear();
                m_bytes = 0;
            }
            if (!m_trees.contains(source)) {
                m_trees.insert(source, doc->root);
                m_bytes += source.size();
            }
        }
        return doc->root;
    }

private:
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    QMutex m_mutex;
    QHash<QByteArray, Yaml::NodePtr> m_trees;
    qint64 m_bytes = 0;
};

} // namespace

const QStringList &difyTags()
{
    return difyTagList();
}

Result<NodePtr> parseCached(const QByteArray &source, const QString &file)
{
    return ParseCache::instance().parse(source, file);
}

DecodeContext::DecodeContext(const DecodeInput &input) : in(input) {}

void Reader::reportAt(DiagnosticCode code, const QString &message, const QString &file, const Yaml::Mark &mark,
                      const QString &path)
{
    m_ctx.out.report.add(makeDiagnostic(code, message, file, mark.line, mark.column, path));
}

void Reader::report(DiagnosticCode code, const QString &message, const Where &w)
{
    reportAt(code, message, w.file, w.mark, w.path);
}

QString Reader::strField(const NodePtr &map, const QString &key, const Where &w, Where *out)
{
    NodePtr v = field(map, key, w);
    Where fw = at(w, key, v);
    if (out)
        *out = fw;
    return str(v, fw);
}

Where Reader::located(const NodePtr &map, const QString &key, const Where &base, Located<QString> *out)
{
    NodePtr v = field(map, key, base);
    Where fw = at(base, key, v);
    out->value = str(v, fw);
    out->present = v && !v->isNull();
    out->mark = fw.mark;
    return fw;
}

bool Reader::isIgnored(const QString &path) const
{
    if (m_ctx.ignored.isEmpty())
        return false;
    QString p = path;
    while (true) {
        if (m_ctx.ignored.contains(p))
            return true;
        const int slash = p.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return false;
        p.truncate(slash + 1); // DirectoryFileSet lists ignored folders as "dir/"
        if (m_ctx.ignored.contains(p))
            return true;
        p.chop(1);
    }
}

QString listOfFilesMessage(const QString &path, const QString &what)
{
    return StudioTr::tr("\"%1\" must be a list of %2 files.").arg(path, what);
}

QString inlineDeclarationMessage(const QString &what)
{
    return StudioTr::tr("An inline %1 declaration is accepted by the daemon but the Python SDK only loads file paths; "
                        "move it into its own YAML file and list the path here.")
        .arg(what);
}

QString notAMappingFileMessage(const QString &file, const QString &what)
{
    return StudioTr::tr("%1 must contain a YAML mapping (the %2 declaration).").arg(file, what);
}

QString joinPath(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + QLatin1Char('.') + key;
}

QString indexPath(const QString &base, int i)
{
    return base + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

NodePtr Reader::field(const NodePtr &map, const QString &key, const Where &w)
{
    if (!map || !map->isMapping())
        return nullptr;
    const int n = map->countKey(key);
    if (n == 0)
        return nullptr;
    if (n > 1) {
        // yaml.v3: "field X already set in type Y"; report the second occurrence.
        int seen = 0;
        for (const Node::Pair &p : map->pairs()) {
            if (p.key && p.key->isScalar() && p.key->scalar() == key && ++seen == 2) {
                report(DiagnosticCode::YamlKeyDuplicate,
                    StudioTr::tr("The key \"%1\" is set twice in this mapping; the daemon refuses to decode the file. "
                       "Keep only one of them.")
                        .arg(key),
                    Where{w.file, joinPath(w.path, key), p.key->mark()});
                break;
            }
        }
    }
    return map->get(key);
}

bool Reader::expectMapping(const NodePtr &node, const Where &w, const QString &what)
{
    if (!node || node->isNull())
        return false;
    if (!node->isMapping()) {
        report(DiagnosticCode::YamlTypeMapping,
            StudioTr::tr("%1 must be a mapping (key: value pairs), not %2.")
                .arg(what, node->isSequence() ? StudioTr::tr("a list") : StudioTr::tr("a scalar")),
            w);
        return false;
    }
    return true;
}

QString Reader::str(const NodePtr &node, const Where &w)
{
    if (!node || node->isNull())
        return {};
    if (node->isScalar())
        return node->asString();
    report(DiagnosticCode::YamlTypeString,
        StudioTr::tr("\"%1\" must be a single value (a string), not a %2.")
            .arg(w.path, node->isMapping() ? StudioTr::tr("mapping") : StudioTr::tr("list")),
        w);
    return {};
}

bool Reader::boolean(const NodePtr &node, const Where &w, bool *present)
{
    if (present)
        *present = node && !node->isNull();
    if (!node || node->isNull())
        return false;
    if (node->isScalar() && node->isPlainScalar()) {
        if (auto b = node->toBool())
            return *b;
    }
    if (node->isScalar() && node->scalarStyle() != Yaml::ScalarStyle::Plain) {
        report(DiagnosticCode::YamlTypeBool,
            StudioTr::tr("\"%1\" must be a boolean, but it is the quoted string \"%2\"; remove the quotes "
               "(write true or false).")
                .arg(w.path, node->scalar()),
            w);
    } else {
        report(DiagnosticCode::YamlTypeBool,
            StudioTr::tr("\"%1\" must be a boolean (true or false).").arg(w.path), w);
    }
    return false;
}

std::optional<qint64> Reader::integer(const NodePtr &node, const Where &w)
{
    if (!node || node->isNull())
        return std::nullopt;
    if (node->isPlainScalar()) {
        if (auto i = node->toInt())
            return i;
    }
    if (node->isScalar() && node->scalarStyle() != Yaml::ScalarStyle::Plain) {
        report(DiagnosticCode::YamlTypeInt,
            StudioTr::tr("\"%1\" must be an integer, but it is the quoted string \"%2\"; remove the quotes.")
                .arg(w.path, node->scalar()),
            w);
    } else {
        report(DiagnosticCode::YamlTypeInt, StudioTr::tr("\"%1\" must be an integer.").arg(w.path), w);
    }
    return std::nullopt;
}

std::optional<double> Reader::number(const NodePtr &node, const Where &w)
{
    if (!node || node->isNull())
        return std::nullopt;
    if (node->isPlainScalar()) {
        if (auto i = node->toInt())
            return double(*i);
        if (auto d = node->toDouble())
            return d;
    }
    report(DiagnosticCode::YamlTypeNumber,
        StudioTr::tr("\"%1\" must be a number (unquoted).").arg(w.path), w);
    return std::nullopt;
}

QStringList Reader::stringList(const NodePtr &node, const Where &w)
{
    QStringList out;
    if (!node || node->isNull())
        return out;
    if (!node->isSequence()) {
        report(DiagnosticCode::YamlTypeList,
            StudioTr::tr("\"%1\" must be a list (- item).").arg(w.path), w);
        return out;
    }
    int i = 0;
    for (const NodePtr &it : node->items()) {
        out.append(str(it, item(w, i, it)));
        ++i;
    }
    return out;
}

I18nText Reader::i18n(const NodePtr &node, const Where &w)
{
    I18nText t;
    t.mark = node ? node->mark() : w.mark;
    if (!node || node->isNull())
        return t;
    if (!node->isMapping()) {
        report(DiagnosticCode::YamlTypeI18n,
            StudioTr::tr("\"%1\" must be a mapping of languages, e.g. {en_US: \"Text\"}.").arg(w.path), w);
        return t;
    }
    t.present = true;
    for (const Node::Pair &p : node->pairs()) {
        if (!p.key || !p.key->isScalar())
            continue;
        const QString k = p.key->scalar();
        if (k == QLatin1String("en_US") || k == QLatin1String("zh_Hans") || k == QLatin1String("ja_JP")
            || k == QLatin1String("pt_BR")) {
            continue; // read below through field() (duplicate check)
        }
        t.droppedLanguages.append(k);
        if (p.value && p.value->isScalar() && !t.otherLanguages.contains(k))
            t.otherLanguages.insert(k, p.value->asString());
    }
    t.en_US = strField(node, QStringLiteral("en_US"), w);
    t.zh_Hans = strField(node, QStringLiteral("zh_Hans"), w);
    t.ja_JP = strField(node, QStringLiteral("ja_JP"), w);
    t.pt_BR = strField(node, QStringLiteral("pt_BR"), w);
    if (!t.droppedLanguages.isEmpty()) {
        report(DiagnosticCode::I18nLanguageDropped,
             StudioTr::tr("Language key(s) %1 are ignored by Dify (only en_US, zh_Hans, ja_JP and pt_BR are read); "
                "rename or remove them.")
                 .arg(t.droppedLanguages.join(QStringLiteral(", "))),
             w);
    }
    return t;
}

void Reader::checkMapDuplicates(const NodePtr &node, const Where &w)
{
    if (!node)
        return;
    if (node->isMapping()) {
        QHash<QString, int> seen;
        for (const Node::Pair &p : node->pairs()) {
            if (!p.key || !p.key->isScalar())
                continue;
            if (seen.contains(p.key->scalar())) {
                report(DiagnosticCode::YamlKeyDuplicate,
                    StudioTr::tr("The key \"%1\" is defined twice in this mapping (first at line %2); the daemon refuses "
                       "to decode the file. Keep only one.")
                        .arg(p.key->scalar())
                        .arg(seen.value(p.key->scalar())),
                    Where{w.file, joinPath(w.path, p.key->scalar()), p.key->mark()});
            } else {
                seen.insert(p.key->scalar(), p.key->mark().line);
            }
            checkMapDuplicates(p.value, at(w, p.key->scalar(), p.value));
        }
    } else if (node->isSequence()) {
        int i = 0;
        for (const NodePtr &it : node->items())
            checkMapDuplicates(it, item(w, i++, it));
    }
}

QJsonObject Reader::freeMap(const NodePtr &node, const Where &w)
{
    if (!node || node->isNull())
        return {};
    if (!node->isMapping()) {
        report(DiagnosticCode::YamlTypeMapping,
            StudioTr::tr("\"%1\" must be a mapping.").arg(w.path), w);
        return {};
    }
    checkMapDuplicates(node, w);
    return Yaml::toJson(node, Yaml::JsonMode::Daemon).toObject();
}

void Reader::requireI18n(const I18nText &t, const Where &w, const QString &what, bool required)
{
    if (!t.present && !required)
        return;
    if (t.en_US.isEmpty()) {
        report(DiagnosticCode::I18nEnUsMissing,
            t.present ? StudioTr::tr("%1 has no en_US text; add `en_US: ...` (English is mandatory).").arg(what)
                      : StudioTr::tr("%1 is missing; add it with at least an en_US text.").arg(what),
            w);
    }
    const QString *values[] = {&t.en_US, &t.zh_Hans, &t.ja_JP, &t.pt_BR};
    for (const QString *v : values) {
        if (codePoints(*v) >= 1024) {
            report(DiagnosticCode::I18nTooLong,
                StudioTr::tr("%1 has a translation of %2 characters; at most 1023 are allowed.").arg(what).arg(codePoints(*v)),
                w);
            break;
        }
    }
}

void Reader::checkLength(const QString &value, int max, bool inclusive, const Where &w, DiagnosticCode code,
                          const QString &what)
{
    const int n = codePoints(value);
    if (inclusive ? n > max : n >= max) {
        report(code,
            StudioTr::tr("%1 is %2 characters long; the limit is %3.").arg(what).arg(n).arg(inclusive ? max : max - 1), w);
    }
}

void Reader::checkTags(const QStringList &tags, const Where &w, const QString &owner)
{
    for (const QString &t : tags) {
        if (!difyTagList().contains(t)) {
            report(DiagnosticCode::TagInvalid,
                StudioTr::tr("Tag \"%1\" is not a Dify tag; use one of: %2.").arg(t, difyTagList().join(QStringLiteral(", "))),
                w);
            continue;
        }
        if (owner == QLatin1String("tool") && (t == QLatin1String("agent") || t == QLatin1String("trigger"))) {
            report(DiagnosticCode::TagSdkUnsupported,
                StudioTr::tr("The Python SDK refuses tag \"%1\" on a tool provider; remove it.").arg(t), w);
        } else if (owner == QLatin1String("datasource")
                   && (t == QLatin1String("agent") || t == QLatin1String("rag") || t == QLatin1String("trigger"))) {
            report(DiagnosticCode::TagSdkUnsupported,
                StudioTr::tr("The Python SDK refuses tag \"%1\" on a datasource provider; remove it.").arg(t), w);
        } else if (owner == QLatin1String("trigger")) {
            report(DiagnosticCode::TagSdkUnsupported,
                StudioTr::tr("The Python SDK accepts no Dify tag on a trigger provider (tag \"%1\"); leave `tags` empty.")
                    .arg(t),
                w);
        }
    }
}

void Reader::checkScope(const QString &type, const QString &scope, const Where &w, bool allowVariable)
{
    if (scope.isEmpty())
        return;
    const QStringList *allowed = nullptr;
    if (type == QLatin1String("app-selector"))
        allowed = &appScopes();
    else if (type == QLatin1String("model-selector"))
        allowed = &modelScopes();
    else if (allowVariable && type == QLatin1String("any"))
        allowed = &variableScopes();
    if (!allowed) {
        report(DiagnosticCode::ScopeUnexpected,
            StudioTr::tr("`scope` is only allowed for app-selector, model-selector%1 fields, not for type \"%2\"; remove it.")
                .arg(allowVariable ? StudioTr::tr(" and any") : QString(), type),
            w);
        return;
    }
    // The daemon accepts the scope when ANY &-separated part is valid.
    const QStringList parts = scope.split(QLatin1Char('&'));
    for (const QString &p : parts) {
        if (allowed->contains(p.trimmed()))
            return;
    }
    report(DiagnosticCode::ScopeInvalid,
        StudioTr::tr("Scope \"%1\" is not valid for %2; use one of: %3 (several joined with &).")
            .arg(scope, type, allowed->join(QStringLiteral(", "))),
        w);
}

void Reader::checkIcon(const QString &icon, const Where &w, const QString &what)
{
    if (icon.isEmpty())
        return;
    if (m_ctx.assets.contains(icon))
        return;
    if (remote()) {
        report(DiagnosticCode::AssetMissing,
            StudioTr::tr("%1 \"%2\" was not among the uploaded assets (file not found: %2); put the file directly in _assets/.")
                .arg(what, icon),
            w);
        return;
    }
    const QString full = QStringLiteral("_assets/") + icon;
    if (isIgnored(full)) {
        report(DiagnosticCode::AssetIgnored,
            StudioTr::tr("%1 \"%2\" exists but is excluded by .difyignore/.gitignore, so the daemon will not find it; "
               "remove the matching ignore pattern.")
                .arg(what, icon),
            w);
        return;
    }
    report(DiagnosticCode::AssetMissing,
        StudioTr::tr("%1 \"%2\" does not exist: add the file _assets/%2 (icon names are relative to _assets/).")
            .arg(what, icon),
        w);
}

void Reader::checkPythonSource(const NodePtr &map, const Where &w, QString *out, const QString &what,
                                bool sdkRequired)
{
    NodePtr extra = field(map, QStringLiteral("extra"), w);
    Where we = at(w, QStringLiteral("extra"), extra);
    NodePtr python = extra && extra->isMapping() ? field(extra, QStringLiteral("python"), we) : nullptr;
    Where wp = at(we, QStringLiteral("python"), python);
    NodePtr src = python && python->isMapping() ? field(python, QStringLiteral("source"), wp) : nullptr;
    Where ws = at(wp, QStringLiteral("source"), src);
    if (extra && !extra->isNull())
        expectMapping(extra, we, QStringLiteral("extra"));
    if (python && !python->isNull())
        expectMapping(python, wp, QStringLiteral("extra.python"));
    const QString s = str(src, ws);
    if (out)
        *out = s;
    if (remote())
        return;
    if (s.isEmpty()) {
        if (sdkRequired) {
            report(DiagnosticCode::PythonSourceMissing,
                StudioTr::tr("%1 has no extra.python.source; the Python SDK needs it to find the implementation "
                   "(e.g. extra: {python: {source: provider/my_provider.py}}).")
                    .arg(what),
                ws);
        }
        return;
    }
    if (!m_ctx.in.files->contains(s)) {
        report(DiagnosticCode::PythonSourceNotfound,
            StudioTr::tr("extra.python.source \"%1\" does not exist in the plugin; create it or fix the path.").arg(s), ws);
    }
}

QString Reader::cleanReference(const QString &rawPath, const Where &w)
{
    QString p = rawPath;
    if (codePoints(p) > 128) {
        report(DiagnosticCode::PathTooLong,
            StudioTr::tr("The path \"%1\" is longer than 128 characters; shorten it.").arg(p), w);
    }
    bool unclean = p.startsWith(QLatin1String("./")) || p.startsWith(QLatin1Char('/')) || p.contains(QLatin1String("//"))
                   || p.contains(QLatin1Char('\\')) || p.endsWith(QLatin1Char('/'));
    const QStringList segs = p.split(QLatin1Char('/'));
    for (const QString &s : segs) {
        if (s == QLatin1String("..") || s == QLatin1String("."))
            unclean = true;
    }
    if (unclean) {
        report(DiagnosticCode::PathUnclean,
            StudioTr::tr("The path \"%1\" is not a clean package path: the daemon's zip decoder refuses it. "
               "Write it relative to the plugin root without \"./\", \"..\", \"//\" or a leading \"/\".")
                .arg(rawPath),
            w);
        // Resolve the way the directory packager does, to keep loading.
        QStringList out;
        for (const QString &s : QString(p).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'))) {
            if (s.isEmpty() || s == QLatin1String("."))
                continue;
            if (s == QLatin1String("..")) {
                if (!out.isEmpty())
                    out.removeLast();
                continue;
            }
            out.append(s);
        }
        p = out.join(QLatin1Char('/'));
    }
    return p;
}

NodePtr Reader::loadFile(const QString &rawPath, const Where &refWhere, QString *cleanPath)
{
    const QString p = cleanReference(rawPath, refWhere);
    if (cleanPath)
        *cleanPath = p;
    if (p.isEmpty()) {
        report(DiagnosticCode::FileReferenceEmpty,
            StudioTr::tr("An empty file reference; write the path of a YAML file."), refWhere);
        return nullptr;
    }
    if (m_ctx.files.contains(p))
        return m_ctx.files.value(p);
    if (!m_ctx.in.files->contains(p)) {
        if (isIgnored(p)) {
            report(DiagnosticCode::FileIgnored,
                StudioTr::tr("\"%1\" is referenced but excluded by .difyignore/.gitignore, so it will not be in the package; "
                   "remove the matching ignore pattern.")
                    .arg(p),
                refWhere);
        } else {
            report(DiagnosticCode::FileMissing,
                StudioTr::tr("The referenced file \"%1\" does not exist; create it or fix the path.").arg(p), refWhere);
        }
        m_ctx.files.insert(p, nullptr);
        return nullptr;
    }
    Result<QByteArray> bytes = m_ctx.in.files->read(p);
    if (!bytes) {
        report(DiagnosticCode::FileUnreadable,
            StudioTr::tr("\"%1\" cannot be read: %2").arg(p, bytes.error().message), refWhere);
        m_ctx.files.insert(p, nullptr);
        return nullptr;
    }
    Result<NodePtr> doc = ParseCache::instance().parse(*bytes, p);
    if (!doc) {
        const Error &e = doc.error();
        reportAt(DiagnosticCode::YamlSyntax,
            StudioTr::tr("%1 is not valid YAML: %2").arg(p, e.message), p, Yaml::Mark{e.line, e.column, -1}, QString());
        m_ctx.files.insert(p, nullptr);
        return nullptr;
    }
    NodePtr root = *doc;
    m_ctx.files.insert(p, root);
    return root;
}

int codePoints(const QString &s)
{
    int n = 0;
    for (QChar c : s) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}

bool isPep440(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*v?(?:\\d+!)?\\d+(?:\\.\\d+)*"
                       "(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\\d*)?"
                       "(?:-\\d+|[-_.]?(?:post|rev|r)[-_.]?\\d*)?"
                       "(?:[-_.]?dev[-_.]?\\d*)?"
                       "(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(s).hasMatch();
}

} // namespace Studio::Plugin::Detail
