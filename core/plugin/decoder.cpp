// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/decoder_p.h"
#include "core/common/tr.h"

#include "core/plugin/loader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTimeZone>

#include <functional>

namespace Studio::Plugin::Detail {

using Yaml::Node;
using Yaml::NodePtr;

namespace {


const QStringList &pluginTags()
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

const QStringList &modelTypes()
{
    static const QStringList s = {QStringLiteral("llm"),        QStringLiteral("text-embedding"),
                                  QStringLiteral("rerank"),     QStringLiteral("speech2text"),
                                  QStringLiteral("moderation"), QStringLiteral("tts"),
                                  QStringLiteral("text2img"),   QStringLiteral("multimodal-embedding"),
                                  QStringLiteral("multimodal-rerank")};
    return s;
}

// Parsed YAML trees keyed by the exact source bytes, shared by all validations in the process: the
// GUI re-validates after every edit and only the changed file is parsed again. Trees are immutable
// (shared_ptr<const Node>), so sharing them across threads is safe. Bounded by source size.
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

enum class ParamKind { Tool, Agent, Datasource, Event };

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

QString joinPath(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + QLatin1Char('.') + key;
}

QString indexPath(const QString &base, int i)
{
    return base + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// A position inside one file.
struct Where
{
    QString file;
    QString path;
    Yaml::Mark mark;
};

class Decoder
{
public:
    explicit Decoder(const DecodeInput &in) : m_in(in) {}
    DecodeOutput run();

private:
    // ---- reporting
    void add(Layer layer, Severity sev, const QString &code, const QString &message, const QString &file,
             const Yaml::Mark &mark, const QString &path)
    {
        Diagnostic d;
        d.severity = sev;
        d.layer = layer;
        d.code = code;
        d.message = message;
        d.file = file;
        d.line = mark.line;
        d.column = mark.column;
        d.path = path;
        m_out.report.add(d);
    }
    void err(Layer layer, const QString &code, const QString &message, const Where &w)
    {
        add(layer, Severity::Error, code, message, w.file, w.mark, w.path);
    }
    void warn(Layer layer, const QString &code, const QString &message, const Where &w)
    {
        add(layer, Severity::Warning, code, message, w.file, w.mark, w.path);
    }

    // ---- YAML access with yaml.v3 semantics
    NodePtr field(const NodePtr &map, const QString &key, const Where &w);
    bool expectMapping(const NodePtr &node, const Where &w, const QString &what);
    QString str(const NodePtr &node, const Where &w);
    bool boolean(const NodePtr &node, const Where &w, bool *present = nullptr);
    std::optional<qint64> integer(const NodePtr &node, const Where &w);
    std::optional<double> number(const NodePtr &node, const Where &w);
    QStringList stringList(const NodePtr &node, const Where &w);
    I18nText i18n(const NodePtr &node, const Where &w);
    void checkMapDuplicates(const NodePtr &node, const Where &w);
    QJsonObject freeMap(const NodePtr &node, const Where &w);
    Where at(const Where &parent, const QString &key, const NodePtr &node) const
    {
        return Where{parent.file, joinPath(parent.path, key), node ? node->mark() : parent.mark};
    }
    Where item(const Where &parent, int i, const NodePtr &node) const
    {
        return Where{parent.file, indexPath(parent.path, i), node ? node->mark() : parent.mark};
    }

    // Convenience: decode map[key] as X, with the key's Where.
    QString strField(const NodePtr &map, const QString &key, const Where &w, Where *out = nullptr)
    {
        NodePtr v = field(map, key, w);
        Where fw = at(w, key, v);
        if (out)
            *out = fw;
        return str(v, fw);
    }

    // ---- rules
    void requireI18n(const I18nText &t, const Where &w, const QString &what, bool required, Layer layer = Layer::Strict);
    void checkLength(const QString &value, int max, bool inclusive, const Where &w, const QString &code,
                     const QString &what, Layer layer = Layer::Strict);
    void checkTags(const QStringList &tags, const Where &w, const QString &owner);
    void checkScope(const QString &type, const QString &scope, const Where &w, bool allowVariable);
    void checkIcon(const QString &icon, const Where &w, const QString &what);
    void checkPythonSource(const NodePtr &map, const Where &w, QString *out, const QString &what,
                           bool sdkRequired = true);

    // ---- files
    NodePtr loadFile(const QString &rawPath, const Where &refWhere, QString *cleanPath);
    QString cleanReference(const QString &rawPath, const Where &w);

    // ---- structures
    void decodeManifest(const NodePtr &root);
    Identity decodeIdentity(const NodePtr &node, const Where &w, bool nameRegex, bool descriptionRequired,
                            bool iconRequired, bool hasTags);
    // A provider's `identity` block (name, author, label, description, icon, icon_dark, tags) with its
    // icon files and tags checked; `darkWhat` empty when the kind has no dark icon.
    Identity decodeProviderIdentity(const NodePtr &root, const Where &w, bool nameRegex, const QString &iconWhat,
                                    const QString &darkWhat, const QString &tagOwner);
    ConfigField decodeConfigField(const NodePtr &node, const Where &w, const QString &nameFromKey = {});
    QList<ConfigField> decodeConfigList(const NodePtr &node, const Where &w, bool mapAllowed, bool *asMap = nullptr);
    Option decodeOption(const NodePtr &node, const Where &w, bool valueAny);
    Parameter decodeParameter(const NodePtr &node, const Where &w, ParamKind kind);
    QList<Parameter> decodeParameters(const NodePtr &node, const Where &w, ParamKind kind);
    void decodeOauth(const NodePtr &map, const Where &w, QList<ConfigField> *client, QList<ConfigField> *creds);

    void decodeToolProvider(const NodePtr &root, const Where &w);
    ToolDeclaration decodeTool(const NodePtr &root, const Where &w);
    void decodeModelProvider(const NodePtr &root, const Where &w);
    ConfigField decodeModelCredential(const NodePtr &node, const Where &w);
    ModelDeclaration decodeModel(const NodePtr &root, const Where &w);
    void decodeEndpointGroup(const NodePtr &root, const Where &w);
    Endpoint decodeEndpoint(const NodePtr &root, const Where &w);
    void decodeAgentProvider(const NodePtr &root, const Where &w);
    AgentStrategy decodeStrategy(const NodePtr &root, const Where &w);
    void decodeDatasourceProvider(const NodePtr &root, const Where &w);
    Datasource decodeDatasource(const NodePtr &root, const Where &w);
    void decodeTriggerProvider(const NodePtr &root, const Where &w);
    TriggerEvent decodeEvent(const NodePtr &root, const Where &w);

    // Loads the children listed in `list` (file paths, or inline mappings).
    template<typename T>
    QList<T> decodeChildren(const NodePtr &list, const Where &w, const QString &what,
                            const std::function<T(const NodePtr &, const Where &)> &fn);

    void checkKinds();

    bool remote() const { return m_in.files == nullptr; }
    // True when `path` or one of its parent folders was excluded by the ignore rules.
    bool isIgnored(const QString &path) const
    {
        if (m_ignored.isEmpty())
            return false;
        QString p = path;
        while (true) {
            if (m_ignored.contains(p))
                return true;
            const int slash = p.lastIndexOf(QLatin1Char('/'));
            if (slash <= 0)
                return false;
            p.truncate(slash + 1); // DirectoryFileSet lists ignored folders as "dir/"
            if (m_ignored.contains(p))
                return true;
            p.chop(1);
        }
    }

    const DecodeInput &m_in;
    DecodeOutput m_out;
    QHash<QString, NodePtr> m_cache;
    QSet<QString> m_assets;
    QSet<QString> m_ignored;
    QStringList m_paths;
};

// ------------------------------------------------------------------------------------------------
// YAML access

NodePtr Decoder::field(const NodePtr &map, const QString &key, const Where &w)
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
                err(Layer::Pkg, QStringLiteral("yaml.key.duplicate"),
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

bool Decoder::expectMapping(const NodePtr &node, const Where &w, const QString &what)
{
    if (!node || node->isNull())
        return false;
    if (!node->isMapping()) {
        err(Layer::Pkg, QStringLiteral("yaml.type.mapping"),
            StudioTr::tr("%1 must be a mapping (key: value pairs), not %2.")
                .arg(what, node->isSequence() ? StudioTr::tr("a list") : StudioTr::tr("a scalar")),
            w);
        return false;
    }
    return true;
}

QString Decoder::str(const NodePtr &node, const Where &w)
{
    if (!node || node->isNull())
        return {};
    if (node->isScalar())
        return node->asString();
    err(Layer::Pkg, QStringLiteral("yaml.type.string"),
        StudioTr::tr("\"%1\" must be a single value (a string), not a %2.")
            .arg(w.path, node->isMapping() ? StudioTr::tr("mapping") : StudioTr::tr("list")),
        w);
    return {};
}

bool Decoder::boolean(const NodePtr &node, const Where &w, bool *present)
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
        err(Layer::Pkg, QStringLiteral("yaml.type.bool"),
            StudioTr::tr("\"%1\" must be a boolean, but it is the quoted string \"%2\"; remove the quotes "
               "(write true or false).")
                .arg(w.path, node->scalar()),
            w);
    } else {
        err(Layer::Pkg, QStringLiteral("yaml.type.bool"),
            StudioTr::tr("\"%1\" must be a boolean (true or false).").arg(w.path), w);
    }
    return false;
}

std::optional<qint64> Decoder::integer(const NodePtr &node, const Where &w)
{
    if (!node || node->isNull())
        return std::nullopt;
    if (node->isPlainScalar()) {
        if (auto i = node->toInt())
            return i;
    }
    if (node->isScalar() && node->scalarStyle() != Yaml::ScalarStyle::Plain) {
        err(Layer::Pkg, QStringLiteral("yaml.type.int"),
            StudioTr::tr("\"%1\" must be an integer, but it is the quoted string \"%2\"; remove the quotes.")
                .arg(w.path, node->scalar()),
            w);
    } else {
        err(Layer::Pkg, QStringLiteral("yaml.type.int"), StudioTr::tr("\"%1\" must be an integer.").arg(w.path), w);
    }
    return std::nullopt;
}

std::optional<double> Decoder::number(const NodePtr &node, const Where &w)
{
    if (!node || node->isNull())
        return std::nullopt;
    if (node->isPlainScalar()) {
        if (auto i = node->toInt())
            return double(*i);
        if (auto d = node->toDouble())
            return d;
    }
    err(Layer::Pkg, QStringLiteral("yaml.type.number"),
        StudioTr::tr("\"%1\" must be a number (unquoted).").arg(w.path), w);
    return std::nullopt;
}

QStringList Decoder::stringList(const NodePtr &node, const Where &w)
{
    QStringList out;
    if (!node || node->isNull())
        return out;
    if (!node->isSequence()) {
        err(Layer::Pkg, QStringLiteral("yaml.type.list"),
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

I18nText Decoder::i18n(const NodePtr &node, const Where &w)
{
    I18nText t;
    t.mark = node ? node->mark() : w.mark;
    if (!node || node->isNull())
        return t;
    if (!node->isMapping()) {
        err(Layer::Pkg, QStringLiteral("yaml.type.i18n"),
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
    }
    t.en_US = strField(node, QStringLiteral("en_US"), w);
    t.zh_Hans = strField(node, QStringLiteral("zh_Hans"), w);
    t.ja_JP = strField(node, QStringLiteral("ja_JP"), w);
    t.pt_BR = strField(node, QStringLiteral("pt_BR"), w);
    if (!t.droppedLanguages.isEmpty()) {
        warn(Layer::Review, QStringLiteral("i18n.language.dropped"),
             StudioTr::tr("Language key(s) %1 are ignored by Dify (only en_US, zh_Hans, ja_JP and pt_BR are read); "
                "rename or remove them.")
                 .arg(t.droppedLanguages.join(QStringLiteral(", "))),
             w);
    }
    return t;
}

void Decoder::checkMapDuplicates(const NodePtr &node, const Where &w)
{
    if (!node)
        return;
    if (node->isMapping()) {
        QHash<QString, int> seen;
        for (const Node::Pair &p : node->pairs()) {
            if (!p.key || !p.key->isScalar())
                continue;
            if (seen.contains(p.key->scalar())) {
                err(Layer::Pkg, QStringLiteral("yaml.key.duplicate"),
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

QJsonObject Decoder::freeMap(const NodePtr &node, const Where &w)
{
    if (!node || node->isNull())
        return {};
    if (!node->isMapping()) {
        err(Layer::Pkg, QStringLiteral("yaml.type.mapping"),
            StudioTr::tr("\"%1\" must be a mapping.").arg(w.path), w);
        return {};
    }
    checkMapDuplicates(node, w);
    return nodeToJson(node).toObject();
}

// ------------------------------------------------------------------------------------------------
// Rules

void Decoder::requireI18n(const I18nText &t, const Where &w, const QString &what, bool required, Layer layer)
{
    if (!t.present && !required)
        return;
    if (t.en_US.isEmpty()) {
        err(layer, QStringLiteral("i18n.en_US.missing"),
            t.present ? StudioTr::tr("%1 has no en_US text; add `en_US: ...` (English is mandatory).").arg(what)
                      : StudioTr::tr("%1 is missing; add it with at least an en_US text.").arg(what),
            w);
    }
    const QString *values[] = {&t.en_US, &t.zh_Hans, &t.ja_JP, &t.pt_BR};
    for (const QString *v : values) {
        if (codePoints(*v) >= 1024) {
            err(layer, QStringLiteral("i18n.too_long"),
                StudioTr::tr("%1 has a translation of %2 characters; at most 1023 are allowed.").arg(what).arg(codePoints(*v)),
                w);
            break;
        }
    }
}

void Decoder::checkLength(const QString &value, int max, bool inclusive, const Where &w, const QString &code,
                          const QString &what, Layer layer)
{
    const int n = codePoints(value);
    if (inclusive ? n > max : n >= max) {
        err(layer, code,
            StudioTr::tr("%1 is %2 characters long; the limit is %3.").arg(what).arg(n).arg(inclusive ? max : max - 1), w);
    }
}

void Decoder::checkTags(const QStringList &tags, const Where &w, const QString &owner)
{
    for (const QString &t : tags) {
        if (!pluginTags().contains(t)) {
            err(Layer::Strict, QStringLiteral("tag.invalid"),
                StudioTr::tr("Tag \"%1\" is not a Dify tag; use one of: %2.").arg(t, pluginTags().join(QStringLiteral(", "))),
                w);
            continue;
        }
        if (owner == QLatin1String("tool") && (t == QLatin1String("agent") || t == QLatin1String("trigger"))) {
            err(Layer::Sdk, QStringLiteral("tag.sdk.unsupported"),
                StudioTr::tr("The Python SDK refuses tag \"%1\" on a tool provider; remove it.").arg(t), w);
        } else if (owner == QLatin1String("datasource")
                   && (t == QLatin1String("agent") || t == QLatin1String("rag") || t == QLatin1String("trigger"))) {
            err(Layer::Sdk, QStringLiteral("tag.sdk.unsupported"),
                StudioTr::tr("The Python SDK refuses tag \"%1\" on a datasource provider; remove it.").arg(t), w);
        } else if (owner == QLatin1String("trigger")) {
            err(Layer::Sdk, QStringLiteral("tag.sdk.unsupported"),
                StudioTr::tr("The Python SDK accepts no Dify tag on a trigger provider (tag \"%1\"); leave `tags` empty.")
                    .arg(t),
                w);
        }
    }
}

void Decoder::checkScope(const QString &type, const QString &scope, const Where &w, bool allowVariable)
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
        err(Layer::Strict, QStringLiteral("scope.unexpected"),
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
    err(Layer::Strict, QStringLiteral("scope.invalid"),
        StudioTr::tr("Scope \"%1\" is not valid for %2; use one of: %3 (several joined with &).")
            .arg(scope, type, allowed->join(QStringLiteral(", "))),
        w);
}

void Decoder::checkIcon(const QString &icon, const Where &w, const QString &what)
{
    if (icon.isEmpty())
        return;
    if (m_assets.contains(icon))
        return;
    if (remote()) {
        err(Layer::Install, QStringLiteral("asset.missing"),
            StudioTr::tr("%1 \"%2\" was not among the uploaded assets (file not found: %2); put the file directly in _assets/.")
                .arg(what, icon),
            w);
        return;
    }
    const QString full = QStringLiteral("_assets/") + icon;
    if (isIgnored(full)) {
        err(Layer::Install, QStringLiteral("asset.ignored"),
            StudioTr::tr("%1 \"%2\" exists but is excluded by .difyignore/.gitignore, so the daemon will not find it; "
               "remove the matching ignore pattern.")
                .arg(what, icon),
            w);
        return;
    }
    err(Layer::Install, QStringLiteral("asset.missing"),
        StudioTr::tr("%1 \"%2\" does not exist: add the file _assets/%2 (icon names are relative to _assets/).")
            .arg(what, icon),
        w);
}

void Decoder::checkPythonSource(const NodePtr &map, const Where &w, QString *out, const QString &what,
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
            err(Layer::Sdk, QStringLiteral("python.source.missing"),
                StudioTr::tr("%1 has no extra.python.source; the Python SDK needs it to find the implementation "
                   "(e.g. extra: {python: {source: provider/my_provider.py}}).")
                    .arg(what),
                ws);
        }
        return;
    }
    if (!m_in.files->contains(s)) {
        err(Layer::Sdk, QStringLiteral("python.source.notfound"),
            StudioTr::tr("extra.python.source \"%1\" does not exist in the plugin; create it or fix the path.").arg(s), ws);
    }
}

// ------------------------------------------------------------------------------------------------
// Files

QString Decoder::cleanReference(const QString &rawPath, const Where &w)
{
    QString p = rawPath;
    if (codePoints(p) > 128) {
        err(Layer::Strict, QStringLiteral("path.too_long"),
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
        err(Layer::Install, QStringLiteral("path.unclean"),
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

NodePtr Decoder::loadFile(const QString &rawPath, const Where &refWhere, QString *cleanPath)
{
    const QString p = cleanReference(rawPath, refWhere);
    if (cleanPath)
        *cleanPath = p;
    if (p.isEmpty()) {
        err(Layer::Pkg, QStringLiteral("file.reference.empty"),
            StudioTr::tr("An empty file reference; write the path of a YAML file."), refWhere);
        return nullptr;
    }
    if (m_cache.contains(p))
        return m_cache.value(p);
    if (!m_in.files->contains(p)) {
        if (isIgnored(p)) {
            err(Layer::Install, QStringLiteral("file.ignored"),
                StudioTr::tr("\"%1\" is referenced but excluded by .difyignore/.gitignore, so it will not be in the package; "
                   "remove the matching ignore pattern.")
                    .arg(p),
                refWhere);
        } else {
            err(Layer::Pkg, QStringLiteral("file.missing"),
                StudioTr::tr("The referenced file \"%1\" does not exist; create it or fix the path.").arg(p), refWhere);
        }
        m_cache.insert(p, nullptr);
        return nullptr;
    }
    Result<QByteArray> bytes = m_in.files->read(p);
    if (!bytes) {
        err(Layer::Pkg, QStringLiteral("file.unreadable"),
            StudioTr::tr("\"%1\" cannot be read: %2").arg(p, bytes.error().message), refWhere);
        m_cache.insert(p, nullptr);
        return nullptr;
    }
    Result<NodePtr> doc = ParseCache::instance().parse(*bytes, p);
    if (!doc) {
        const Error &e = doc.error();
        add(Layer::Pkg, Severity::Error, QStringLiteral("yaml.syntax"),
            StudioTr::tr("%1 is not valid YAML: %2").arg(p, e.message), p, Yaml::Mark{e.line, e.column, -1}, QString());
        m_cache.insert(p, nullptr);
        return nullptr;
    }
    NodePtr root = *doc;
    m_cache.insert(p, root);
    return root;
}

template<typename T>
QList<T> Decoder::decodeChildren(const NodePtr &list, const Where &w, const QString &what,
                                 const std::function<T(const NodePtr &, const Where &)> &fn)
{
    QList<T> out;
    if (!list || list->isNull())
        return out;
    if (!list->isSequence()) {
        err(Layer::Pkg, QStringLiteral("yaml.type.list"),
            StudioTr::tr("\"%1\" must be a list of %2 files.").arg(w.path, what), w);
        return out;
    }
    int i = 0;
    for (const NodePtr &it : list->items()) {
        Where wi = item(w, i++, it);
        if (it && it->isMapping()) {
            // Inline declaration: the daemon accepts it, the SDK only reads file paths.
            err(Layer::Sdk, QStringLiteral("declaration.inline"),
                StudioTr::tr("An inline %1 declaration is accepted by the daemon but the Python SDK only loads file paths; "
                   "move it into its own YAML file and list the path here.")
                    .arg(what),
                wi);
            T t = fn(it, wi);
            out.append(t);
            continue;
        }
        const QString raw = str(it, wi);
        QString clean;
        NodePtr root = loadFile(raw, wi, &clean);
        if (!root)
            continue;
        Where fw{clean, QString(), root->mark()};
        if (!root->isMapping()) {
            err(Layer::Pkg, QStringLiteral("yaml.type.mapping"),
                StudioTr::tr("%1 must contain a YAML mapping (the %2 declaration).").arg(clean, what), fw);
            continue;
        }
        T t = fn(root, fw);
        t.file = clean;
        out.append(t);
    }
    return out;
}

// ------------------------------------------------------------------------------------------------
// Shared building blocks

Identity Decoder::decodeProviderIdentity(const NodePtr &root, const Where &w, bool nameRegex, const QString &iconWhat,
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

Identity Decoder::decodeIdentity(const NodePtr &node, const Where &w, bool nameRegex, bool descriptionRequired,
                                 bool iconRequired, bool hasTags)
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    Identity id;
    id.mark = node ? node->mark() : w.mark;
    if (!node || node->isNull()) {
        err(Layer::Strict, QStringLiteral("identity.missing"),
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
        err(Layer::Strict, QStringLiteral("identity.author.missing"),
            StudioTr::tr("identity.author is empty; write the author's name."), wa);
    if (id.name.isEmpty())
        err(Layer::Strict, QStringLiteral("identity.name.missing"), StudioTr::tr("identity.name is empty; give it a name."), wn);
    else if (nameRegex && !nameRe.match(id.name).hasMatch())
        err(Layer::Strict, QStringLiteral("identity.name.format"),
            StudioTr::tr("identity.name \"%1\" may only contain letters, digits, '_' and '-' (no spaces).").arg(id.name), wn);
    requireI18n(id.label, at(w, QStringLiteral("label"), lab), QStringLiteral("identity.label"), true);
    requireI18n(id.description, at(w, QStringLiteral("description"), desc), QStringLiteral("identity.description"),
                descriptionRequired);
    if (iconRequired && id.icon.isEmpty())
        err(Layer::Strict, QStringLiteral("identity.icon.missing"),
            StudioTr::tr("identity.icon is missing; name an icon file in _assets/."), wi);
    if (hasTags) {
        for (int i = 0; i < id.tags.size(); ++i) {
            if (codePoints(id.tags.at(i)) > 128)
                err(Layer::Strict, QStringLiteral("tag.too_long"), StudioTr::tr("A tag is longer than 128 characters."), wt);
        }
    }
    return id;
}

Option Decoder::decodeOption(const NodePtr &node, const Where &w, bool valueAny)
{
    Option o;
    if (!expectMapping(node, w, QStringLiteral("an option")))
        return o;
    NodePtr v = field(node, QStringLiteral("value"), w);
    Where wv = at(w, QStringLiteral("value"), v);
    if (valueAny && v && !v->isScalar() && !v->isNull())
        o.value = QString::fromUtf8(QJsonDocument::fromVariant(nodeToJson(v).toVariant()).toJson(QJsonDocument::Compact));
    else
        o.value = str(v, wv);
    NodePtr lab = field(node, QStringLiteral("label"), w);
    o.label = i18n(lab, at(w, QStringLiteral("label"), lab));
    o.icon = strField(node, QStringLiteral("icon"), w);
    NodePtr so = node->get(QStringLiteral("show_on"));
    if (so)
        o.showOn = nodeToJson(so);
    if (!valueAny) {
        if (o.value.isEmpty())
            err(Layer::Strict, QStringLiteral("option.value.missing"), StudioTr::tr("An option has no value; add `value:`."), wv);
        else if (codePoints(o.value) > 127)
            err(Layer::Strict, QStringLiteral("option.value.too_long"),
                StudioTr::tr("Option value is longer than 127 characters."), wv);
        // PyYAML reads yes/no/on/off/true/false as booleans; the daemon keeps the text.
        if (v && v->isPlainScalar() && v->toBool().has_value())
            warn(Layer::Sdk, QStringLiteral("option.value.ambiguous"),
                 StudioTr::tr("Option value %1 is read as a boolean by the Python SDK but as a string by the daemon; "
                    "quote it (\"%1\").")
                     .arg(o.value),
                 wv);
    }
    requireI18n(o.label, at(w, QStringLiteral("label"), lab), QStringLiteral("Option label"), true);
    return o;
}

ConfigField Decoder::decodeConfigField(const NodePtr &node, const Where &w, const QString &nameFromKey)
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
        f.defaultValue = nodeToJson(def);
        if (!def->isScalar())
            err(Layer::Strict, QStringLiteral("field.default.type"),
                StudioTr::tr("`default` must be a single value (string, number or boolean), not a list or mapping."),
                at(w, QStringLiteral("default"), def));
    }
    NodePtr opts = field(node, QStringLiteral("options"), w);
    Where wo = at(w, QStringLiteral("options"), opts);
    if (opts && !opts->isNull()) {
        if (!opts->isSequence()) {
            err(Layer::Pkg, QStringLiteral("yaml.type.list"), StudioTr::tr("`options` must be a list."), wo);
        } else {
            int i = 0;
            for (const NodePtr &o : opts->items()) {
                f.options.append(decodeOption(o, item(wo, i, o), false));
                ++i;
            }
            if (opts->size() >= 128)
                err(Layer::Strict, QStringLiteral("field.options.too_many"), StudioTr::tr("At most 127 options are allowed."), wo);
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
        f.showOn = nodeToJson(so);

    if (codePoints(f.name) >= 1024)
        err(Layer::Strict, QStringLiteral("field.name.too_long"), StudioTr::tr("Field name is longer than 1023 characters."), wn);
    if (!types.contains(f.type))
        err(Layer::Strict, QStringLiteral("field.type.invalid"),
            StudioTr::tr("Field type \"%1\" is not valid; use one of: %2.").arg(f.type, types.join(QStringLiteral(", "))), wt);
    else
        checkScope(f.type, f.scope, ws, false);
    requireI18n(f.label, at(w, QStringLiteral("label"), lab), QStringLiteral("Field label"), true);
    requireI18n(f.help, at(w, QStringLiteral("help"), help), QStringLiteral("Field help"), false);
    requireI18n(f.placeholder, at(w, QStringLiteral("placeholder"), ph), QStringLiteral("Field placeholder"), false);
    return f;
}

QList<ConfigField> Decoder::decodeConfigList(const NodePtr &node, const Where &w, bool mapAllowed, bool *asMap)
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
    err(Layer::Pkg, QStringLiteral("yaml.type.list"),
        mapAllowed ? StudioTr::tr("\"%1\" must be a list of fields or a mapping name: {field}.").arg(w.path)
                   : StudioTr::tr("\"%1\" must be a list of fields (- name: ...); the map form is not accepted here.").arg(w.path),
        w);
    return out;
}

void Decoder::decodeOauth(const NodePtr &map, const Where &w, QList<ConfigField> *client, QList<ConfigField> *creds)
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

Parameter Decoder::decodeParameter(const NodePtr &node, const Where &w, ParamKind kind)
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
        p.defaultValue = nodeToJson(def);
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
            err(Layer::Pkg, QStringLiteral("yaml.type.list"), StudioTr::tr("`options` must be a list."), wo);
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
            err(Layer::Strict, QStringLiteral("parameter.auto_generate.type"),
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
        err(Layer::Strict, QStringLiteral("parameter.name.missing"), StudioTr::tr("A parameter has no name; add `name:`."), wn);
    else
        checkLength(p.name, 1024, false, wn, QStringLiteral("parameter.name.too_long"), StudioTr::tr("Parameter name"));
    requireI18n(p.label, wl, StudioTr::tr("Parameter label"), true);
    const QStringList *types = nullptr;
    QString typeCode = QStringLiteral("parameter.type.invalid");
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
        err(Layer::Strict, typeCode,
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
            err(Layer::Strict, QStringLiteral("parameter.form.invalid"),
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
            err(Layer::Strict, QStringLiteral("scope.unexpected"),
                StudioTr::tr("Datasource parameters must not have a `scope` (the daemon's validator always refuses it); "
                   "remove it."),
                ws);
        break;
    case ParamKind::Event:
        break;
    }
    if (kind != ParamKind::Event && def && !def->isNull() && !def->isScalar() && kind != ParamKind::Tool) {
        err(Layer::Strict, QStringLiteral("parameter.default.type"),
            StudioTr::tr("`default` must be a single value (string, number or boolean)."), wd);
    }
    if (kind == ParamKind::Tool) {
        if (p.multiple && p.type != QLatin1String("select") && p.type != QLatin1String("dynamic-select"))
            err(Layer::Sdk, QStringLiteral("parameter.multiple.type"),
                StudioTr::tr("`multiple: true` is only supported by the Python SDK for select and dynamic-select parameters."),
                wm);
        if (def && !def->isNull()) {
            if (p.multiple && !def->isSequence())
                err(Layer::Sdk, QStringLiteral("parameter.default.multiple"),
                    StudioTr::tr("With `multiple: true` the `default` must be a list, e.g. [a, b]."), wd);
            else if (!p.multiple && def->isSequence())
                err(Layer::Sdk, QStringLiteral("parameter.default.multiple"),
                    StudioTr::tr("A list `default` needs `multiple: true`; use a single value or set multiple."), wd);
        }
    }
    return p;
}

QList<Parameter> Decoder::decodeParameters(const NodePtr &node, const Where &w, ParamKind kind)
{
    QList<Parameter> out;
    if (!node || node->isNull())
        return out;
    if (!node->isSequence()) {
        err(Layer::Pkg, QStringLiteral("yaml.type.list"), StudioTr::tr("`parameters` must be a list."), w);
        return out;
    }
    int i = 0;
    for (const NodePtr &it : node->items()) {
        out.append(decodeParameter(it, item(w, i, it), kind));
        ++i;
    }
    return out;
}

// ------------------------------------------------------------------------------------------------
// Manifest

bool parseTimestamp(const NodePtr &node, QDateTime *out)
{
    const QString s = node->scalar();
    if (node->isPlainScalar()) {
        static const QRegularExpression re(QStringLiteral(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:([Tt])|[ \\t]+)(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d+))?"
            "(?:[ \\t]*(Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?$"));
        const QRegularExpressionMatch m = re.match(s);
        if (!m.hasMatch())
            return false;
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            return false;
        if (m.captured(5).isEmpty()) {
            *out = QDateTime(d, QTime(0, 0), QTimeZone(0));
            return true;
        }
        const bool tForm = !m.captured(4).isEmpty();
        if (tForm && m.captured(9).isEmpty())
            return false; // the T form needs a zone (Go layout "…Z07:00")
        QString frac = m.captured(8).left(3);
        while (frac.size() < 3)
            frac.append(QLatin1Char('0'));
        const QTime t(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt(), frac.toInt());
        if (!t.isValid())
            return false;
        int offset = 0;
        const QString zone = m.captured(9);
        if (!zone.isEmpty() && zone != QLatin1String("Z")) {
            QString z = zone.mid(1);
            z.remove(QLatin1Char(':'));
            const int hh = z.left(z.size() > 2 ? z.size() - 2 : z.size()).toInt();
            const int mm = z.size() > 2 ? z.right(2).toInt() : 0;
            offset = (hh * 3600 + mm * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
        }
        *out = QDateTime(d, t, QTimeZone(offset)).toUTC();
        return true;
    }
    static const QRegularExpression rfc(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?([Zz]|[-+]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch m = rfc.match(s);
    if (!m.hasMatch())
        return false;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    QString frac = m.captured(7).left(3);
    while (frac.size() < 3)
        frac.append(QLatin1Char('0'));
    const QTime t(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), frac.toInt());
    if (!d.isValid() || !t.isValid())
        return false;
    int offset = 0;
    const QString zone = m.captured(8);
    if (zone.size() > 1)
        offset = (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    *out = QDateTime(d, t, QTimeZone(offset)).toUTC();
    return true;
}

void Decoder::decodeManifest(const NodePtr &root)
{
    static const QRegularExpression idVersionRe(QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,4}){1,3}(-\\w{1,16})?$"));
    static const QRegularExpression authorRe(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    static const QRegularExpression sdkAuthorRe(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9_-]{1,128}$"));
    static const QRegularExpression urlRe(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+"));

    Manifest &m = m_out.declaration.manifest;
    const QString file = m.file;
    Where w{file, QString(), root->mark()};

    auto located = [&](const NodePtr &map, const QString &key, const Where &base, Located<QString> *out) {
        NodePtr v = field(map, key, base);
        Where fw = at(base, key, v);
        out->value = str(v, fw);
        out->present = v && !v->isNull();
        out->mark = fw.mark;
        return fw;
    };

    Where wv = located(root, QStringLiteral("version"), w, &m.version);
    if (!m.version.present) {
        err(Layer::Strict, QStringLiteral("manifest.version.missing"),
            StudioTr::tr("`version` is missing; write the plugin version, e.g. version: 0.0.1."), wv);
    } else if (!idVersionRe.match(m.version.value).hasMatch()) {
        err(Layer::Install, QStringLiteral("manifest.version.format"),
            StudioTr::tr("Version \"%1\" is not valid; write three numbers like 1.0.0 (optionally -suffix).").arg(m.version.value),
            wv);
    } else if (!isValidManifestVersion(m.version.value)) {
        err(Layer::Strict, QStringLiteral("manifest.version.format"),
            StudioTr::tr("Version \"%1\" is not valid; write exactly three numbers like 1.0.0 (optionally -suffix).")
                .arg(m.version.value),
            wv);
    }
    if (m.version.present && isValidManifestVersion(m.version.value) && !isPep440(m.version.value))
        err(Layer::Sdk, QStringLiteral("manifest.version.pep440"),
            StudioTr::tr("Version \"%1\" is not a valid PEP 440 version, which the Python SDK requires; use a suffix such as "
               "-beta, -rc1, -post1 or -dev1.")
                .arg(m.version.value),
            wv);

    Where wty = located(root, QStringLiteral("type"), w, &m.type);
    if (m.type.value != QLatin1String("plugin"))
        err(Layer::Strict, QStringLiteral("manifest.type.invalid"),
            StudioTr::tr("`type` must be \"plugin\" (found \"%1\").").arg(m.type.value), wty);

    Where wa = located(root, QStringLiteral("author"), w, &m.author);
    if (codePoints(m.author.value) > 64)
        err(Layer::Strict, QStringLiteral("manifest.author.too_long"),
            StudioTr::tr("`author` is longer than 64 characters."), wa);
    if (!authorRe.match(m.author.value).hasMatch()) {
        err(Layer::Install, QStringLiteral("manifest.author.format"),
            StudioTr::tr("Author \"%1\" is not valid: use 1–64 lowercase letters, digits, '_' or '-'.").arg(m.author.value), wa);
        if (!sdkAuthorRe.match(m.author.value).hasMatch())
            err(Layer::Sdk, QStringLiteral("manifest.author.sdk"),
                StudioTr::tr("The Python SDK also refuses author \"%1\".").arg(m.author.value), wa);
    } else if (isUuid(m.author.value)) {
        err(Layer::Install, QStringLiteral("manifest.author.uuid"),
            StudioTr::tr("Author \"%1\" looks like a UUID, which the daemon reserves for remote-debug plugins; use your "
               "account or organisation name.")
                .arg(m.author.value),
            wa);
    }

    Where wn = located(root, QStringLiteral("name"), w, &m.name);
    if (m.name.value.isEmpty())
        err(Layer::Strict, QStringLiteral("manifest.name.missing"), StudioTr::tr("`name` is empty; give the plugin a name."), wn);
    else if (codePoints(m.name.value) > 128)
        err(Layer::Strict, QStringLiteral("manifest.name.too_long"), StudioTr::tr("`name` is longer than 128 characters."), wn);
    if (!nameRe.match(m.name.value).hasMatch())
        err(Layer::Install, QStringLiteral("manifest.name.format"),
            StudioTr::tr("Name \"%1\" is not valid: use 1–128 lowercase letters, digits, '_' or '-'.").arg(m.name.value), wn);

    NodePtr lab = field(root, QStringLiteral("label"), w);
    m.label = i18n(lab, at(w, QStringLiteral("label"), lab));
    requireI18n(m.label, at(w, QStringLiteral("label"), lab), QStringLiteral("label"), true);
    NodePtr desc = field(root, QStringLiteral("description"), w);
    m.description = i18n(desc, at(w, QStringLiteral("description"), desc));
    requireI18n(m.description, at(w, QStringLiteral("description"), desc), QStringLiteral("description"), true);

    Where wi = located(root, QStringLiteral("icon"), w, &m.icon);
    if (m.icon.value.isEmpty())
        err(Layer::Strict, QStringLiteral("manifest.icon.missing"),
            StudioTr::tr("`icon` is missing; name an icon file in _assets/ (e.g. icon: icon.svg)."), wi);
    else if (codePoints(m.icon.value) > 128)
        err(Layer::Strict, QStringLiteral("manifest.icon.too_long"), StudioTr::tr("`icon` is longer than 128 characters."), wi);
    checkIcon(m.icon.value, wi, StudioTr::tr("Plugin icon"));
    Where wid = located(root, QStringLiteral("icon_dark"), w, &m.iconDark);
    checkIcon(m.iconDark.value, wid, StudioTr::tr("Plugin dark icon"));

    // resource
    NodePtr res = field(root, QStringLiteral("resource"), w);
    Where wr = at(w, QStringLiteral("resource"), res);
    if (expectMapping(res, wr, QStringLiteral("resource"))) {
        NodePtr mem = field(res, QStringLiteral("memory"), wr);
        Where wm = at(wr, QStringLiteral("memory"), mem);
        m.memory.mark = wm.mark;
        if (auto i = integer(mem, wm)) {
            m.memory.value = *i;
            m.memory.present = true;
        }
        NodePtr perm = field(res, QStringLiteral("permission"), wr);
        Where wp = at(wr, QStringLiteral("permission"), perm);
        if (expectMapping(perm, wp, QStringLiteral("resource.permission"))) {
            Permissions &p = m.permissions;
            auto flag = [&](const QString &block, const QString &key, bool *out) {
                NodePtr b = field(perm, block, wp);
                Where wb = at(wp, block, b);
                if (!expectMapping(b, wb, block))
                    return b;
                NodePtr v = field(b, key, wb);
                *out = boolean(v, at(wb, key, v));
                return b;
            };
            flag(QStringLiteral("tool"), QStringLiteral("enabled"), &p.tool);
            NodePtr mb = flag(QStringLiteral("model"), QStringLiteral("enabled"), &p.model);
            if (mb && mb->isMapping()) {
                Where wb = at(wp, QStringLiteral("model"), mb);
                auto sub = [&](const char *key, bool *out) {
                    NodePtr v = field(mb, QString::fromLatin1(key), wb);
                    *out = boolean(v, at(wb, QString::fromLatin1(key), v));
                };
                sub("llm", &p.llm);
                sub("text_embedding", &p.textEmbedding);
                sub("rerank", &p.rerank);
                sub("tts", &p.tts);
                sub("speech2text", &p.speech2text);
                sub("moderation", &p.moderation);
            }
            flag(QStringLiteral("node"), QStringLiteral("enabled"), &p.node);
            flag(QStringLiteral("endpoint"), QStringLiteral("enabled"), &p.endpoint);
            flag(QStringLiteral("app"), QStringLiteral("enabled"), &p.app);
            NodePtr sb = flag(QStringLiteral("storage"), QStringLiteral("enabled"), &p.storage);
            if (sb && sb->isMapping()) {
                p.storageBlockPresent = true;
                Where wsb = at(wp, QStringLiteral("storage"), sb);
                NodePtr sz = field(sb, QStringLiteral("size"), wsb);
                Where wsz = at(wsb, QStringLiteral("size"), sz);
                if (auto i = integer(sz, wsz))
                    p.storageSize = *i;
                if (p.storageSize < 1024 || p.storageSize > 1073741824)
                    err(Layer::Strict, QStringLiteral("manifest.storage.size"),
                        sz ? StudioTr::tr("Storage size %1 is out of range; write a size in bytes between 1024 and 1073741824 "
                                "(e.g. 1048576), even when storage is disabled.")
                                 .arg(p.storageSize)
                           : StudioTr::tr("The storage block has no `size`; add a size in bytes between 1024 and 1073741824 "
                                "(e.g. size: 1048576)."),
                        sz ? wsz : wsb);
            }
        }
    }
    if (!m.memory.present || m.memory.value == 0)
        err(Layer::Strict, QStringLiteral("manifest.memory.missing"),
            StudioTr::tr("resource.memory is missing or 0; write the memory limit in bytes (e.g. 268435456)."),
            Where{file, QStringLiteral("resource.memory"), m.memory.present ? m.memory.mark : wr.mark});

    // plugins
    NodePtr plugins = field(root, QStringLiteral("plugins"), w);
    Where wpl = at(w, QStringLiteral("plugins"), plugins);
    if (!plugins || plugins->isNull()) {
        err(Layer::Strict, QStringLiteral("manifest.plugins.missing"),
            StudioTr::tr("`plugins` is missing; list the provider YAML files (e.g. plugins: {tools: [provider/x.yaml]})."), wpl);
    } else if (expectMapping(plugins, wpl, QStringLiteral("plugins"))) {
        auto list = [&](const char *key, QStringList *out) {
            NodePtr l = field(plugins, QString::fromLatin1(key), wpl);
            *out = stringList(l, at(wpl, QString::fromLatin1(key), l));
            if (out->size() > 1)
                err(Layer::Install, QStringLiteral("manifest.plugins.multiple"),
                    StudioTr::tr("plugins.%1 lists %2 files but the daemon keeps only the last one (the SDK loads all); "
                       "declare exactly one provider per kind.")
                        .arg(QString::fromLatin1(key))
                        .arg(out->size()),
                    at(wpl, QString::fromLatin1(key), l));
        };
        list("tools", &m.tools);
        list("models", &m.models);
        list("endpoints", &m.endpoints);
        list("agent_strategies", &m.agentStrategies);
        list("datasources", &m.datasources);
        list("triggers", &m.triggers);
    }

    // meta
    NodePtr meta = field(root, QStringLiteral("meta"), w);
    Where wme = at(w, QStringLiteral("meta"), meta);
    if (!meta || meta->isNull()) {
        err(Layer::Strict, QStringLiteral("manifest.meta.missing"),
            StudioTr::tr("`meta` is missing; add version, arch and runner."), wme);
    } else if (expectMapping(meta, wme, QStringLiteral("meta"))) {
        Where wmv = located(meta, QStringLiteral("version"), wme, &m.metaVersion);
        if (!isValidManifestVersion(m.metaVersion.value))
            err(Layer::Strict, QStringLiteral("manifest.meta.version.format"),
                StudioTr::tr("meta.version \"%1\" is not valid; write 0.0.1.").arg(m.metaVersion.value), wmv);
        NodePtr arch = field(meta, QStringLiteral("arch"), wme);
        Where war = at(wme, QStringLiteral("arch"), arch);
        m.arch = stringList(arch, war);
        if (!arch || arch->isNull())
            err(Layer::Strict, QStringLiteral("manifest.meta.arch.missing"),
                StudioTr::tr("meta.arch is missing; write arch: [amd64, arm64]."), war);
        for (const QString &a : std::as_const(m.arch)) {
            if (a != QLatin1String("amd64") && a != QLatin1String("arm64"))
                err(Layer::Strict, QStringLiteral("manifest.meta.arch.invalid"),
                    StudioTr::tr("Architecture \"%1\" is not supported; use amd64 and/or arm64.").arg(a), war);
        }
        NodePtr runner = field(meta, QStringLiteral("runner"), wme);
        Where wru = at(wme, QStringLiteral("runner"), runner);
        if (!runner || runner->isNull()) {
            err(Layer::Strict, QStringLiteral("manifest.meta.runner.missing"),
                StudioTr::tr("meta.runner is missing; write runner: {language: python, version: \"3.12\", entrypoint: main}."),
                wru);
        } else if (expectMapping(runner, wru, QStringLiteral("meta.runner"))) {
            Where wl = located(runner, QStringLiteral("language"), wru, &m.runnerLanguage);
            if (m.runnerLanguage.value != QLatin1String("python"))
                err(Layer::Strict, QStringLiteral("manifest.meta.runner.language"),
                    StudioTr::tr("Runner language \"%1\" is not supported; write language: python.").arg(m.runnerLanguage.value),
                    wl);
            NodePtr rv = field(runner, QStringLiteral("version"), wru);
            Where wrv = located(runner, QStringLiteral("version"), wru, &m.runnerVersion);
            if (m.runnerVersion.value.isEmpty())
                err(Layer::Strict, QStringLiteral("manifest.meta.runner.version.missing"),
                    StudioTr::tr("meta.runner.version is missing; write version: \"3.12\"."), wrv);
            else if (codePoints(m.runnerVersion.value) > 128)
                err(Layer::Strict, QStringLiteral("manifest.meta.runner.version.too_long"),
                    StudioTr::tr("meta.runner.version is longer than 128 characters."), wrv);
            if (rv && rv->isPlainScalar() && rv->toDouble().has_value()) {
                const bool lossy = QString::number(*rv->toDouble()) != rv->scalar();
                add(Layer::Sdk, lossy ? Severity::Error : Severity::Warning,
                    QStringLiteral("manifest.meta.runner.version.unquoted"),
                    lossy ? StudioTr::tr("Unquoted runner version %1 is read by the Python SDK as the number %2 and refused; "
                               "quote it: version: \"%1\".")
                                .arg(rv->scalar(), QString::number(*rv->toDouble()))
                          : StudioTr::tr("Quote the runner version (version: \"%1\"): the Python SDK reads a bare %1 as a "
                               "number.")
                                .arg(rv->scalar()),
                    file, wrv.mark, wrv.path);
            }
            Where we = located(runner, QStringLiteral("entrypoint"), wru, &m.runnerEntrypoint);
            if (m.runnerEntrypoint.value.isEmpty())
                err(Layer::Strict, QStringLiteral("manifest.meta.runner.entrypoint.missing"),
                    StudioTr::tr("meta.runner.entrypoint is missing; write entrypoint: main."), we);
            else if (codePoints(m.runnerEntrypoint.value) > 256)
                err(Layer::Strict, QStringLiteral("manifest.meta.runner.entrypoint.too_long"),
                    StudioTr::tr("meta.runner.entrypoint is longer than 256 characters."), we);
            else if (!remote() && !m_in.files->contains(m.runnerEntrypoint.value + QStringLiteral(".py")))
                warn(Layer::Studio, QStringLiteral("manifest.meta.runner.entrypoint.notfound"),
                     StudioTr::tr("The entrypoint module %1.py does not exist; the plugin will not start.")
                         .arg(m.runnerEntrypoint.value),
                     we);
        }
        Where wmd = located(meta, QStringLiteral("minimum_dify_version"), wme, &m.minimumDifyVersion);
        if (!m.minimumDifyVersion.value.isEmpty() && !isPep440(m.minimumDifyVersion.value))
            err(Layer::Sdk, QStringLiteral("manifest.meta.minimum_dify_version.format"),
                StudioTr::tr("minimum_dify_version \"%1\" is not a valid version; write e.g. 1.7.0.")
                    .arg(m.minimumDifyVersion.value),
                wmd);
    }

    // tags
    NodePtr tags = field(root, QStringLiteral("tags"), w);
    Where wt = at(w, QStringLiteral("tags"), tags);
    m.tags = stringList(tags, wt);
    checkTags(m.tags, wt, QStringLiteral("manifest"));

    // created_at
    NodePtr ca = field(root, QStringLiteral("created_at"), w);
    Where wca = at(w, QStringLiteral("created_at"), ca);
    m.createdAt.mark = wca.mark;
    if (ca && !ca->isNull()) {
        if (!ca->isScalar()) {
            err(Layer::Pkg, QStringLiteral("manifest.created_at.format"),
                StudioTr::tr("created_at must be a timestamp such as 2026-01-02T03:04:05Z."), wca);
        } else {
            QDateTime t;
            if (parseTimestamp(ca, &t)) {
                m.createdAt.value = t;
                m.createdAt.present = true;
            } else {
                err(Layer::Pkg, QStringLiteral("manifest.created_at.format"),
                    ca->isPlainScalar()
                        ? StudioTr::tr("created_at \"%1\" is not a timestamp; write RFC 3339 with a zone, e.g. "
                             "2026-01-02T03:04:05Z.")
                              .arg(ca->scalar())
                        : StudioTr::tr("Quoted created_at \"%1\" must be RFC 3339 with a time zone (e.g. "
                             "\"2026-01-02T03:04:05Z\"); add the zone or remove the quotes.")
                              .arg(ca->scalar()),
                    wca);
            }
        }
    }
    if (!m.createdAt.present && !(ca && ca->isScalar() && !ca->isNull()))
        err(Layer::Strict, QStringLiteral("manifest.created_at.missing"),
            StudioTr::tr("created_at is missing; write the creation time, e.g. created_at: 2026-01-02T03:04:05Z."), wca);

    located(root, QStringLiteral("privacy"), w, &m.privacy);
    NodePtr repoNode = field(root, QStringLiteral("repo"), w);
    Where wrepo = located(root, QStringLiteral("repo"), w, &m.repo);
    if (repoNode && !repoNode->isNull() && !urlRe.match(m.repo.value).hasMatch())
        err(Layer::Strict, QStringLiteral("manifest.repo.url"),
            StudioTr::tr("`repo` must be a URL with scheme and host (e.g. https://github.com/me/plugin); remove the key if "
               "there is none."),
            wrepo);
    NodePtr verified = field(root, QStringLiteral("verified"), w);
    boolean(verified, at(w, QStringLiteral("verified"), verified));
}

// ------------------------------------------------------------------------------------------------
// Tools

ToolDeclaration Decoder::decodeTool(const NodePtr &root, const Where &w)
{
    ToolDeclaration t;
    NodePtr id = field(root, QStringLiteral("identity"), w);
    t.identity = decodeIdentity(id, at(w, QStringLiteral("identity"), id), true, false, false, false);
    NodePtr d = field(root, QStringLiteral("description"), w);
    Where wd = at(w, QStringLiteral("description"), d);
    if (!d || d->isNull()) {
        err(Layer::Strict, QStringLiteral("tool.description.missing"),
            StudioTr::tr("The tool has no `description`; add description: {human: {en_US: ...}, llm: ...}."), wd);
    } else if (expectMapping(d, wd, QStringLiteral("description"))) {
        NodePtr h = field(d, QStringLiteral("human"), wd);
        t.humanDescription = i18n(h, at(wd, QStringLiteral("human"), h));
        requireI18n(t.humanDescription, at(wd, QStringLiteral("human"), h), QStringLiteral("description.human"), true);
        Where wl;
        t.llmDescription = strField(d, QStringLiteral("llm"), wd, &wl);
        if (t.llmDescription.isEmpty())
            err(Layer::Strict, QStringLiteral("tool.description.llm.missing"),
                StudioTr::tr("description.llm is empty; describe for the model what the tool does."), wl);
    }
    NodePtr ps = field(root, QStringLiteral("parameters"), w);
    t.parameters = decodeParameters(ps, at(w, QStringLiteral("parameters"), ps), ParamKind::Tool);
    NodePtr os = field(root, QStringLiteral("output_schema"), w);
    t.outputSchema = freeMap(os, at(w, QStringLiteral("output_schema"), os));
    NodePtr hr = field(root, QStringLiteral("has_runtime_parameters"), w);
    t.hasRuntimeParameters = boolean(hr, at(w, QStringLiteral("has_runtime_parameters"), hr));
    checkPythonSource(root, w, &t.pythonSource, StudioTr::tr("The tool"));
    return t;
}

void Decoder::decodeToolProvider(const NodePtr &root, const Where &w)
{
    ToolProvider p;
    p.file = w.file;
    p.identity = decodeProviderIdentity(root, w, true, StudioTr::tr("Tool provider icon"), StudioTr::tr("Tool provider dark icon"), QStringLiteral("tool"));
    NodePtr cs = field(root, QStringLiteral("credentials_schema"), w);
    bool csMap = false;
    QList<ConfigField> listForm = decodeConfigList(cs, at(w, QStringLiteral("credentials_schema"), cs), true, &csMap);
    NodePtr cfp = field(root, QStringLiteral("credentials_for_provider"), w);
    Where wcfp = at(w, QStringLiteral("credentials_for_provider"), cfp);
    bool cfpMap = false;
    QList<ConfigField> forProvider = decodeConfigList(cfp, wcfp, true, &cfpMap);
    if (!listForm.isEmpty()) {
        p.credentials = listForm;
        p.credentialsAsMap = csMap;
    } else {
        p.credentials = forProvider;
        p.credentialsAsMap = cfpMap;
    }
    if (cfp && cfp->isSequence() && cfp->size() > 0)
        err(Layer::Sdk, QStringLiteral("tool.credentials.list_form"),
            StudioTr::tr("The Python SDK reads credentials_for_provider only as a mapping (name: {type: ..., label: ...}); "
               "convert the list."),
            wcfp);
    if (cs && cs->size() > 0 && !(cfp && cfp->isMapping()))
        warn(Layer::Sdk, QStringLiteral("tool.credentials.sdk_invisible"),
             StudioTr::tr("credentials_schema is not read by the Python SDK; write the credentials as a mapping under "
                "credentials_for_provider instead."),
             at(w, QStringLiteral("credentials_schema"), cs));
    decodeOauth(root, w, &p.oauthClientSchema, &p.oauthCredentialsSchema);
    NodePtr tools = field(root, QStringLiteral("tools"), w);
    p.tools = decodeChildren<ToolDeclaration>(tools, at(w, QStringLiteral("tools"), tools), QStringLiteral("tool"),
                                              [this](const NodePtr &n, const Where &ww) { return decodeTool(n, ww); });
    checkPythonSource(root, w, &p.pythonSource, StudioTr::tr("The tool provider"));
    m_out.declaration.tool = p;
}

// ------------------------------------------------------------------------------------------------
// Models

ConfigField Decoder::decodeModelCredential(const NodePtr &node, const Where &w)
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
        checkLength(f.defaultValue.toString(), 256, false, wd, QStringLiteral("field.default.too_long"), StudioTr::tr("default"));
    }
    NodePtr opts = field(node, QStringLiteral("options"), w);
    Where wo = at(w, QStringLiteral("options"), opts);
    if (opts && !opts->isNull()) {
        if (!opts->isSequence()) {
            err(Layer::Pkg, QStringLiteral("yaml.type.list"), StudioTr::tr("`options` must be a list."), wo);
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
                    err(Layer::Strict, QStringLiteral("option.value.missing"), StudioTr::tr("An option has no value."), wv);
                if (NodePtr so = o->get(QStringLiteral("show_on")))
                    op.showOn = nodeToJson(so);
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
        f.showOn = nodeToJson(so);

    if (f.name.isEmpty())
        err(Layer::Strict, QStringLiteral("model.credential.variable.missing"),
            StudioTr::tr("A credential form field has no `variable`; add the variable name."), wn);
    if (!types.contains(f.type))
        err(Layer::Strict, QStringLiteral("model.credential.type.invalid"),
            StudioTr::tr("Credential form type \"%1\" is not valid; use one of: %2.").arg(f.type, types.join(QStringLiteral(", "))),
            wt);
    requireI18n(f.label, at(w, QStringLiteral("label"), lab), StudioTr::tr("Field label"), true);
    requireI18n(f.help, at(w, QStringLiteral("help"), help), StudioTr::tr("Field help"), false);
    requireI18n(f.placeholder, at(w, QStringLiteral("placeholder"), ph), StudioTr::tr("Field placeholder"), false);
    if (!f.requiredPresent)
        warn(Layer::Studio, QStringLiteral("model.credential.required.implicit"),
             StudioTr::tr("Write `required:` explicitly: the daemon defaults it to false, the Python SDK to true."), w);
    return f;
}

ModelDeclaration Decoder::decodeModel(const NodePtr &root, const Where &w)
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
        err(Layer::Strict, QStringLiteral("model.name.missing"), StudioTr::tr("`model` is empty; write the model name."), wm);
    else
        checkLength(md.model, 256, false, wm, QStringLiteral("model.name.too_long"), StudioTr::tr("model"));
    NodePtr lab = field(root, QStringLiteral("label"), w);
    md.label = i18n(lab, at(w, QStringLiteral("label"), lab));
    if (md.label.en_US.isEmpty())
        md.label.en_US = md.model; // daemon and SDK default
    Where wt;
    md.modelType = strField(root, QStringLiteral("model_type"), w, &wt);
    if (!modelTypes().contains(md.modelType))
        err(Layer::Strict, QStringLiteral("model.type.invalid"),
            StudioTr::tr("model_type \"%1\" is not valid; use one of: %2.").arg(md.modelType, modelTypes().join(QStringLiteral(", "))),
            wt);
    NodePtr fe = field(root, QStringLiteral("features"), w);
    Where wfe = at(w, QStringLiteral("features"), fe);
    md.features = stringList(fe, wfe);
    for (const QString &f : std::as_const(md.features)) {
        if (!features.contains(f))
            err(Layer::Sdk, QStringLiteral("model.feature.invalid"),
                StudioTr::tr("Model feature \"%1\" is refused by the Python SDK; use one of: %2.")
                    .arg(f, features.join(QStringLiteral(", "))),
                wfe);
    }
    Where wff;
    md.fetchFrom = strField(root, QStringLiteral("fetch_from"), w, &wff);
    if (md.fetchFrom.isEmpty())
        md.fetchFrom = QStringLiteral("predefined-model");
    else if (md.fetchFrom != QLatin1String("predefined-model") && md.fetchFrom != QLatin1String("customizable-model"))
        err(Layer::Strict, QStringLiteral("model.fetch_from.invalid"),
            StudioTr::tr("fetch_from must be predefined-model or customizable-model."), wff);
    NodePtr mp = field(root, QStringLiteral("model_properties"), w);
    Where wmp = at(w, QStringLiteral("model_properties"), mp);
    md.modelProperties = freeMap(mp, wmp);
    if (mp && mp->isMapping()) {
        for (const Node::Pair &p : mp->pairs()) {
            if (p.key && p.key->isScalar() && !propertyKeys.contains(p.key->scalar()))
                err(Layer::Sdk, QStringLiteral("model.properties.key"),
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
            err(Layer::Pkg, QStringLiteral("yaml.type.list"), StudioTr::tr("parameter_rules must be a list."), wr);
        } else {
            if (rules->size() > 128)
                err(Layer::Strict, QStringLiteral("model.rules.too_many"), StudioTr::tr("At most 128 parameter rules."), wr);
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
                    r.defaultValue = nodeToJson(rd);
                    if (!rd->isScalar())
                        err(Layer::Strict, QStringLiteral("model.rule.default.type"),
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
                        err(Layer::Pkg, QStringLiteral("model.rule.use_template.unknown"),
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
                    err(Layer::Strict, QStringLiteral("model.rule.name.missing"), StudioTr::tr("A parameter rule has no name."), wn);
                if (r.type.isEmpty() && r.useTemplate.isEmpty())
                    err(Layer::Strict, QStringLiteral("model.rule.type.missing"),
                        StudioTr::tr("Parameter rule \"%1\" has neither `type` nor `use_template`; add type: float|int|string|"
                           "boolean|text.")
                            .arg(r.name),
                        wi);
                else if (!r.type.isEmpty() && !ruleTypes.contains(r.type))
                    err(Layer::Strict, QStringLiteral("model.rule.type.invalid"),
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
        md.pricing = nodeToJson(pricing).toObject();
        for (const char *k : {"input", "output", "unit"}) {
            NodePtr v = field(pricing, QString::fromLatin1(k), wp);
            if (!v || v->isNull())
                continue;
            bool ok = false;
            if (v->isScalar())
                v->scalar().trimmed().toDouble(&ok);
            if (!ok)
                err(Layer::Pkg, QStringLiteral("model.pricing.decimal"),
                    StudioTr::tr("pricing.%1 must be a decimal number (e.g. '0.003').").arg(QString::fromLatin1(k)),
                    at(wp, QString::fromLatin1(k), v));
        }
        strField(pricing, QStringLiteral("currency"), wp);
    }
    return md;
}

void Decoder::decodeModelProvider(const NodePtr &root, const Where &w)
{
    static const QStringList methods = {QStringLiteral("predefined-model"), QStringLiteral("customizable-model")};
    ModelProvider p;
    p.file = w.file;
    Where wp;
    p.provider = strField(root, QStringLiteral("provider"), w, &wp);
    if (p.provider.isEmpty())
        err(Layer::Strict, QStringLiteral("model.provider.missing"), StudioTr::tr("`provider` is empty; write its name."), wp);
    else
        checkLength(p.provider, 256, false, wp, QStringLiteral("model.provider.too_long"), StudioTr::tr("provider"));
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
        err(Layer::Strict, QStringLiteral("model.supported_model_types.missing"),
            StudioTr::tr("supported_model_types is missing; list the model types (e.g. [llm])."), wsmt);
    if (p.supportedModelTypes.size() > 16)
        err(Layer::Strict, QStringLiteral("model.supported_model_types.too_many"), StudioTr::tr("At most 16 model types."), wsmt);
    for (const QString &t : std::as_const(p.supportedModelTypes)) {
        if (!modelTypes().contains(t))
            err(Layer::Strict, QStringLiteral("model.type.invalid"),
                StudioTr::tr("Model type \"%1\" is not valid; use one of: %2.").arg(t, modelTypes().join(QStringLiteral(", "))),
                wsmt);
    }
    NodePtr cm = field(root, QStringLiteral("configurate_methods"), w);
    Where wcm = at(w, QStringLiteral("configurate_methods"), cm);
    p.configurateMethods = stringList(cm, wcm);
    if (!cm || cm->isNull())
        err(Layer::Strict, QStringLiteral("model.configurate_methods.missing"),
            StudioTr::tr("configurate_methods is missing; write [predefined-model] and/or customizable-model."), wcm);
    for (const QString &t : std::as_const(p.configurateMethods)) {
        if (!methods.contains(t))
            err(Layer::Strict, QStringLiteral("model.configurate_method.invalid"),
                StudioTr::tr("Configurate method \"%1\" is not valid; use predefined-model or customizable-model.").arg(t), wcm);
    }
    auto credForms = [&](const NodePtr &schema, const Where &ws, QList<ConfigField> *out) {
        NodePtr forms = field(schema, QStringLiteral("credential_form_schemas"), ws);
        Where wf = at(ws, QStringLiteral("credential_form_schemas"), forms);
        if (!forms || forms->isNull())
            return;
        if (!forms->isSequence()) {
            err(Layer::Pkg, QStringLiteral("yaml.type.list"), StudioTr::tr("credential_form_schemas must be a list."), wf);
            return;
        }
        if (forms->size() > 32)
            err(Layer::Strict, QStringLiteral("model.credentials.too_many"), StudioTr::tr("At most 32 credential fields."), wf);
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
        err(Layer::Sdk, QStringLiteral("declaration.inline"),
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
                    for (const QString &path : std::as_const(m_paths)) {
                        if (!goGlobMatch(g, path))
                            continue;
                        if (path.endsWith(QLatin1String("_position.yaml")))
                            continue;
                        ++matched;
                        loadModelFile(path, wg);
                    }
                    if (matched == 0) {
                        bool ignoredMatch = false;
                        for (const QString &ip : std::as_const(m_ignored))
                            ignoredMatch = ignoredMatch || goGlobMatch(g, ip);
                        warn(Layer::Pkg, QStringLiteral("model.glob.empty"),
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
                        err(Layer::Pkg, QStringLiteral("model.position.format"),
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
            warn(Layer::Studio, QStringLiteral("model.predefined.none"),
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
                err(Layer::Sdk, QStringLiteral("python.source.missing"),
                    StudioTr::tr("The model provider has no extra.python.provider_source; the Python SDK needs it."), wps);
            else if (!m_in.files->contains(p.providerSource))
                err(Layer::Sdk, QStringLiteral("python.source.notfound"),
                    StudioTr::tr("extra.python.provider_source \"%1\" does not exist.").arg(p.providerSource), wps);
            for (const QString &s : std::as_const(p.modelSources)) {
                if (!m_in.files->contains(s))
                    err(Layer::Sdk, QStringLiteral("python.source.notfound"),
                        StudioTr::tr("extra.python.model_sources entry \"%1\" does not exist.").arg(s), wms);
            }
        }
    } else if (!remote()) {
        err(Layer::Sdk, QStringLiteral("python.source.missing"),
            StudioTr::tr("The model provider has no extra.python.provider_source; the Python SDK needs it "
               "(extra: {python: {provider_source: provider/x.py, model_sources: [...]}})."),
            wex);
    }
    m_out.declaration.model = p;
}

// ------------------------------------------------------------------------------------------------
// Endpoints

Endpoint Decoder::decodeEndpoint(const NodePtr &root, const Where &w)
{
    static const QStringList methods = {QStringLiteral("HEAD"), QStringLiteral("GET"), QStringLiteral("POST"),
                                        QStringLiteral("PUT"), QStringLiteral("DELETE"), QStringLiteral("OPTIONS")};
    Endpoint e;
    Where wp, wm;
    e.path = strField(root, QStringLiteral("path"), w, &wp);
    e.method = strField(root, QStringLiteral("method"), w, &wm);
    NodePtr h = field(root, QStringLiteral("hidden"), w);
    e.hidden = boolean(h, at(w, QStringLiteral("hidden"), h));
    if (e.path.isEmpty())
        err(Layer::Strict, QStringLiteral("endpoint.path.missing"), StudioTr::tr("The endpoint has no `path` (e.g. /webhook)."), wp);
    if (!methods.contains(e.method))
        err(Layer::Strict, QStringLiteral("endpoint.method.invalid"),
            StudioTr::tr("Endpoint method \"%1\" is not valid; use one of: %2 (upper case).")
                .arg(e.method, methods.join(QStringLiteral(", "))),
            wm);
    checkPythonSource(root, w, &e.pythonSource, StudioTr::tr("The endpoint"));
    return e;
}

void Decoder::decodeEndpointGroup(const NodePtr &root, const Where &w)
{
    EndpointGroup g;
    g.file = w.file;
    NodePtr s = field(root, QStringLiteral("settings"), w);
    g.settings = decodeConfigList(s, at(w, QStringLiteral("settings"), s), false);
    NodePtr eps = field(root, QStringLiteral("endpoints"), w);
    g.endpoints = decodeChildren<Endpoint>(eps, at(w, QStringLiteral("endpoints"), eps), QStringLiteral("endpoint"),
                                           [this](const NodePtr &n, const Where &ww) { return decodeEndpoint(n, ww); });
    m_out.declaration.endpoint = g;
}

// ------------------------------------------------------------------------------------------------
// Agent strategies

AgentStrategy Decoder::decodeStrategy(const NodePtr &root, const Where &w)
{
    AgentStrategy s;
    NodePtr id = field(root, QStringLiteral("identity"), w);
    s.identity = decodeIdentity(id, at(w, QStringLiteral("identity"), id), true, false, false, false);
    NodePtr d = field(root, QStringLiteral("description"), w);
    s.description = i18n(d, at(w, QStringLiteral("description"), d));
    requireI18n(s.description, at(w, QStringLiteral("description"), d), QStringLiteral("description"), true);
    NodePtr ps = field(root, QStringLiteral("parameters"), w);
    s.parameters = decodeParameters(ps, at(w, QStringLiteral("parameters"), ps), ParamKind::Agent);
    NodePtr os = field(root, QStringLiteral("output_schema"), w);
    s.outputSchema = freeMap(os, at(w, QStringLiteral("output_schema"), os));
    NodePtr fe = field(root, QStringLiteral("features"), w);
    Where wfe = at(w, QStringLiteral("features"), fe);
    s.features = stringList(fe, wfe);
    for (const QString &f : std::as_const(s.features)) {
        if (codePoints(f) >= 256)
            err(Layer::Strict, QStringLiteral("strategy.feature.too_long"), StudioTr::tr("A feature is too long."), wfe);
        if (f != QLatin1String("history-messages"))
            err(Layer::Sdk, QStringLiteral("strategy.feature.invalid"),
                StudioTr::tr("Strategy feature \"%1\" is refused by the Python SDK; the only feature is history-messages.").arg(f),
                wfe);
    }
    NodePtr hr = field(root, QStringLiteral("has_runtime_parameters"), w);
    boolean(hr, at(w, QStringLiteral("has_runtime_parameters"), hr));
    checkPythonSource(root, w, &s.pythonSource, StudioTr::tr("The agent strategy"));
    return s;
}

void Decoder::decodeAgentProvider(const NodePtr &root, const Where &w)
{
    AgentStrategyProvider p;
    p.file = w.file;
    p.identity = decodeProviderIdentity(root, w, true, StudioTr::tr("Agent strategy provider icon"), StudioTr::tr("Agent strategy provider dark icon"), QStringLiteral("agent"));
    NodePtr st = field(root, QStringLiteral("strategies"), w);
    p.strategies = decodeChildren<AgentStrategy>(st, at(w, QStringLiteral("strategies"), st),
                                                 QStringLiteral("agent strategy"),
                                                 [this](const NodePtr &n, const Where &ww) { return decodeStrategy(n, ww); });
    checkPythonSource(root, w, &p.pythonSource, StudioTr::tr("The agent strategy provider"), false);
    m_out.declaration.agentStrategy = p;
}

// ------------------------------------------------------------------------------------------------
// Datasources

Datasource Decoder::decodeDatasource(const NodePtr &root, const Where &w)
{
    Datasource d;
    NodePtr id = field(root, QStringLiteral("identity"), w);
    Where wid = at(w, QStringLiteral("identity"), id);
    d.identity = decodeIdentity(id, wid, false, false, false, false);
    checkIcon(d.identity.icon, Where{w.file, joinPath(wid.path, QStringLiteral("icon")), d.identity.mark},
              StudioTr::tr("Datasource icon"));
    NodePtr desc = field(root, QStringLiteral("description"), w);
    d.description = i18n(desc, at(w, QStringLiteral("description"), desc));
    requireI18n(d.description, at(w, QStringLiteral("description"), desc), QStringLiteral("description"), true);
    NodePtr ps = field(root, QStringLiteral("parameters"), w);
    d.parameters = decodeParameters(ps, at(w, QStringLiteral("parameters"), ps), ParamKind::Datasource);
    NodePtr os = field(root, QStringLiteral("output_schema"), w);
    d.outputSchema = freeMap(os, at(w, QStringLiteral("output_schema"), os));
    checkPythonSource(root, w, &d.pythonSource, StudioTr::tr("The datasource"));
    return d;
}

void Decoder::decodeDatasourceProvider(const NodePtr &root, const Where &w)
{
    static const QStringList providerTypes = {QStringLiteral("website_crawl"), QStringLiteral("online_document"),
                                              QStringLiteral("online_drive")};
    DatasourceProvider p;
    p.file = w.file;
    p.identity = decodeProviderIdentity(root, w, false, StudioTr::tr("Datasource provider icon"), QString(), QStringLiteral("datasource"));
    NodePtr cs = field(root, QStringLiteral("credentials_schema"), w);
    Where wcs = at(w, QStringLiteral("credentials_schema"), cs);
    bool asMap = false;
    p.credentials = decodeConfigList(cs, wcs, true, &asMap);
    if (asMap)
        err(Layer::Sdk, QStringLiteral("datasource.credentials.map_form"),
            StudioTr::tr("The Python SDK reads datasource credentials_schema only as a list (- name: ...); convert the mapping."),
            wcs);
    decodeOauth(root, w, &p.oauthClientSchema, &p.oauthCredentialsSchema);
    Where wpt;
    p.providerType = strField(root, QStringLiteral("provider_type"), w, &wpt);
    if (!providerTypes.contains(p.providerType))
        err(Layer::Strict, QStringLiteral("datasource.provider_type.invalid"),
            StudioTr::tr("provider_type \"%1\" is not valid; use website_crawl, online_document or online_drive.")
                .arg(p.providerType),
            wpt);
    NodePtr ds = field(root, QStringLiteral("datasources"), w);
    p.datasources = decodeChildren<Datasource>(ds, at(w, QStringLiteral("datasources"), ds), QStringLiteral("datasource"),
                                               [this](const NodePtr &n, const Where &ww) { return decodeDatasource(n, ww); });
    checkPythonSource(root, w, &p.pythonSource, StudioTr::tr("The datasource provider"));
    m_out.declaration.datasource = p;
}

// ------------------------------------------------------------------------------------------------
// Triggers

TriggerEvent Decoder::decodeEvent(const NodePtr &root, const Where &w)
{
    TriggerEvent e;
    NodePtr id = field(root, QStringLiteral("identity"), w);
    e.identity = decodeIdentity(id, at(w, QStringLiteral("identity"), id), true, false, false, false);
    NodePtr d = field(root, QStringLiteral("description"), w);
    e.description = i18n(d, at(w, QStringLiteral("description"), d));
    requireI18n(e.description, at(w, QStringLiteral("description"), d), QStringLiteral("description"), true);
    NodePtr ps = field(root, QStringLiteral("parameters"), w);
    e.parameters = decodeParameters(ps, at(w, QStringLiteral("parameters"), ps), ParamKind::Event);
    NodePtr os = field(root, QStringLiteral("output_schema"), w);
    e.outputSchema = freeMap(os, at(w, QStringLiteral("output_schema"), os));
    checkPythonSource(root, w, &e.pythonSource, StudioTr::tr("The trigger event"));
    return e;
}

void Decoder::decodeTriggerProvider(const NodePtr &root, const Where &w)
{
    TriggerProvider p;
    p.file = w.file;
    p.identity = decodeProviderIdentity(root, w, true, StudioTr::tr("Trigger provider icon"), StudioTr::tr("Trigger provider dark icon"), QStringLiteral("trigger"));
    NodePtr ss = field(root, QStringLiteral("subscription_schema"), w);
    Where wss = at(w, QStringLiteral("subscription_schema"), ss);
    bool ssMap = false;
    // Subscription fields use their own types (string, password, ...): decoded, not validated.
    if (ss && ss->isSequence()) {
        for (const NodePtr &it : ss->items()) {
            ConfigField f;
            if (it && it->isMapping()) {
                f.name = it->get(QStringLiteral("name")) ? it->get(QStringLiteral("name"))->asString() : QString();
                f.type = it->get(QStringLiteral("type")) ? it->get(QStringLiteral("type"))->asString() : QString();
                f.mark = it->mark();
            }
            p.subscriptionSchema.append(f);
        }
    } else if (ss && ss->isMapping()) {
        ssMap = true;
        for (const Node::Pair &pr : ss->pairs()) {
            if (!pr.key || !pr.value || !pr.value->isMapping())
                continue;
            ConfigField f;
            f.name = pr.key->scalar();
            f.type = pr.value->get(QStringLiteral("type")) ? pr.value->get(QStringLiteral("type"))->asString() : QString();
            f.mark = pr.value->mark();
            p.subscriptionSchema.append(f);
        }
    } else if (ss && !ss->isNull()) {
        err(Layer::Pkg, QStringLiteral("yaml.type.list"), StudioTr::tr("subscription_schema must be a list or a mapping."), wss);
    }
    if (ssMap)
        err(Layer::Sdk, QStringLiteral("trigger.subscription_schema.map_form"),
            StudioTr::tr("The Python SDK reads subscription_schema only as a list (- name: ...); convert the mapping."), wss);
    NodePtr sc = field(root, QStringLiteral("subscription_constructor"), w);
    Where wsc = at(w, QStringLiteral("subscription_constructor"), sc);
    if (expectMapping(sc, wsc, QStringLiteral("subscription_constructor"))) {
        NodePtr ps = field(sc, QStringLiteral("parameters"), wsc);
        p.constructorParameters = decodeParameters(ps, at(wsc, QStringLiteral("parameters"), ps), ParamKind::Event);
        NodePtr cs = field(sc, QStringLiteral("credentials_schema"), wsc);
        p.constructorCredentials = decodeConfigList(cs, at(wsc, QStringLiteral("credentials_schema"), cs), true);
        decodeOauth(sc, wsc, &p.oauthClientSchema, &p.oauthCredentialsSchema);
    }
    if (p.oauthClientSchema.isEmpty() && p.oauthCredentialsSchema.isEmpty())
        decodeOauth(root, w, &p.oauthClientSchema, &p.oauthCredentialsSchema);
    NodePtr ev = field(root, QStringLiteral("events"), w);
    p.events = decodeChildren<TriggerEvent>(ev, at(w, QStringLiteral("events"), ev), QStringLiteral("trigger event"),
                                            [this](const NodePtr &n, const Where &ww) { return decodeEvent(n, ww); });
    checkPythonSource(root, w, &p.pythonSource, StudioTr::tr("The trigger provider"));
    m_out.declaration.trigger = p;
}

// ------------------------------------------------------------------------------------------------

void Decoder::checkKinds()
{
    const PluginDeclaration &d = m_out.declaration;
    const Where w{m_out.declaration.manifest.file, QStringLiteral("plugins"), Yaml::Mark{}};
    Where wp = w;
    if (m_out.manifestRoot) {
        if (NodePtr p = m_out.manifestRoot->isMapping() ? m_out.manifestRoot->get(QStringLiteral("plugins")) : nullptr)
            wp.mark = p->mark();
    }
    const bool tool = d.tool.has_value(), model = d.model.has_value(), endpoint = d.endpoint.has_value(),
               agent = d.agentStrategy.has_value(), ds = d.datasource.has_value(), trig = d.trigger.has_value();
    const int count = int(tool) + int(model) + int(endpoint) + int(agent) + int(ds) + int(trig);
    if (count == 0) {
        err(Layer::Install, QStringLiteral("manifest.plugins.none"),
            StudioTr::tr("The plugin declares no provider; list one under plugins (tools, models, endpoints, agent_strategies, "
               "datasources or triggers)."),
            wp);
        return;
    }
    if (count == 1 || (count == 2 && tool && endpoint))
        return;
    QString kind = model ? QStringLiteral("models")
                   : agent ? QStringLiteral("agent_strategies")
                   : ds ? QStringLiteral("datasources")
                        : QStringLiteral("triggers");
    err(Layer::Install, QStringLiteral("manifest.plugins.combination"),
        StudioTr::tr("plugins.%1 cannot be combined with other provider kinds (only tools + endpoints may be combined); "
           "split it into separate plugins.")
            .arg(kind),
        wp);
}

DecodeOutput Decoder::run()
{
    PluginDeclaration &decl = m_out.declaration;
    NodePtr root;
    if (remote()) {
        if (m_in.assetNames) {
            for (const QString &a : *m_in.assetNames)
                m_assets.insert(a);
        }
        root = m_in.remoteManifest;
    } else {
        m_paths = m_in.files->paths();
        for (const QString &p : std::as_const(m_paths)) {
            if (p.startsWith(QLatin1String("_assets/")))
                m_assets.insert(p.mid(8));
        }
        const QStringList ign = m_in.files->ignoredPaths();
        for (const QString &p : ign)
            m_ignored.insert(p);
        const Where w{QStringLiteral("manifest.yaml"), QString(), Yaml::Mark{}};
        if (!m_in.files->contains(QStringLiteral("manifest.yaml"))) {
            err(Layer::Pkg, QStringLiteral("manifest.missing"),
                isIgnored(QStringLiteral("manifest.yaml"))
                    ? StudioTr::tr("manifest.yaml is excluded by the ignore file; remove that pattern.")
                    : StudioTr::tr("There is no manifest.yaml at the plugin root; this is not a Dify plugin folder."),
                w);
            return m_out;
        }
        Result<QByteArray> bytes = m_in.files->read(QStringLiteral("manifest.yaml"));
        if (!bytes) {
            err(Layer::Pkg, QStringLiteral("manifest.unreadable"),
                StudioTr::tr("manifest.yaml cannot be read: %1").arg(bytes.error().message), w);
            return m_out;
        }
        Result<NodePtr> doc = ParseCache::instance().parse(*bytes, QStringLiteral("manifest.yaml"));
        if (!doc) {
            add(Layer::Pkg, Severity::Error, QStringLiteral("yaml.syntax"),
                StudioTr::tr("manifest.yaml is not valid YAML: %1").arg(doc.error().message), QStringLiteral("manifest.yaml"),
                Yaml::Mark{doc.error().line, doc.error().column, -1}, QString());
            return m_out;
        }
        root = *doc;
    }
    m_out.manifestRoot = root;
    const Where mw{QStringLiteral("manifest.yaml"), QString(), root ? root->mark() : Yaml::Mark{}};
    if (!root || !root->isMapping()) {
        err(Layer::Pkg, QStringLiteral("manifest.not_mapping"),
            StudioTr::tr("manifest.yaml must be a YAML mapping with version, type, author, name, ... (it is %1).")
                .arg(!root || root->isNull() ? StudioTr::tr("empty") : root->isSequence() ? StudioTr::tr("a list") : StudioTr::tr("a scalar")),
            mw);
        return m_out;
    }
    decodeManifest(root);
    m_out.manifestDecoded = true;

    using ProviderFn = void (Decoder::*)(const NodePtr &, const Where &);
    struct Kind
    {
        const QStringList *list;
        const char *inlineKey;
        const char *remoteType;
        ProviderFn fn;
    };
    const Kind kinds[] = {
        {&decl.manifest.tools, "tool", "tool_declaration", &Decoder::decodeToolProvider},
        {&decl.manifest.models, "model", "model_declaration", &Decoder::decodeModelProvider},
        {&decl.manifest.endpoints, "endpoint", "endpoint_declaration", &Decoder::decodeEndpointGroup},
        {&decl.manifest.agentStrategies, "agent_strategy", "agent_strategy_declaration", &Decoder::decodeAgentProvider},
        {&decl.manifest.datasources, "datasource", "datasource_declaration", &Decoder::decodeDatasourceProvider},
        {&decl.manifest.triggers, "trigger", "trigger_declaration", &Decoder::decodeTriggerProvider},
    };
    for (const Kind &k : kinds) {
        if (remote()) {
            NodePtr n = m_in.remoteDeclarations.value(QString::fromLatin1(k.remoteType));
            if (!n)
                continue;
            const Where w{QString::fromLatin1(k.remoteType), QString(), n->mark()};
            if (expectMapping(n, w, QString::fromLatin1(k.remoteType)))
                (this->*k.fn)(n, w);
            continue;
        }
        NodePtr plugins = root->get(QStringLiteral("plugins"));
        NodePtr listNode = plugins && plugins->isMapping() ? plugins->get(QString(QString::fromLatin1(k.inlineKey) + QStringLiteral("s"))) : nullptr;
        if (!k.list->isEmpty()) {
            // The daemon keeps the last file of each kind.
            const QString raw = k.list->last();
            NodePtr l = nullptr;
            const char *pluralKeys[] = {"tools", "models", "endpoints", "agent_strategies", "datasources", "triggers"};
            const int idx = int(&k - kinds);
            l = plugins ? plugins->get(QString::fromLatin1(pluralKeys[idx])) : nullptr;
            Where wref{QStringLiteral("manifest.yaml"),
                       indexPath(QStringLiteral("plugins.") + QString::fromLatin1(pluralKeys[idx]), int(k.list->size() - 1)),
                       l && l->isSequence() && !l->items().isEmpty() ? l->items().last()->mark() : mw.mark};
            QString clean;
            NodePtr proot = loadFile(raw, wref, &clean);
            if (!proot)
                continue;
            const Where pw{clean, QString(), proot->mark()};
            if (!expectMapping(proot, pw, StudioTr::tr("The provider file %1").arg(clean)))
                continue;
            (this->*k.fn)(proot, pw);
            continue;
        }
        Q_UNUSED(listNode);
        // Inline declaration in the manifest (daemon only).
        NodePtr inl = root->get(QString::fromLatin1(k.inlineKey));
        if (inl && inl->isMapping()) {
            const Where w{QStringLiteral("manifest.yaml"), QString::fromLatin1(k.inlineKey), inl->mark()};
            err(Layer::Sdk, QStringLiteral("declaration.inline"),
                StudioTr::tr("An inline `%1` declaration in manifest.yaml is read by the daemon but ignored by the Python SDK; "
                   "move it to a file listed under plugins.")
                    .arg(QString::fromLatin1(k.inlineKey)),
                w);
            (this->*k.fn)(inl, w);
        }
    }

    // Defaults the daemon fills (formats.md §1.5).
    if (decl.tool) {
        if (decl.tool->identity.description.en_US.isEmpty())
            decl.tool->identity.description = decl.manifest.description;
        if (decl.tool->identity.tags.isEmpty())
            decl.tool->identity.tags = decl.manifest.tags;
    }
    if (decl.model && !decl.model->description.present)
        decl.model->description = decl.manifest.description;
    if (decl.trigger) {
        if (decl.trigger->identity.description.en_US.isEmpty())
            decl.trigger->identity.description = decl.manifest.description;
        if (decl.trigger->identity.tags.isEmpty())
            decl.trigger->identity.tags = decl.manifest.tags;
    }
    checkKinds();
    if (decl.endpoint && !decl.manifest.permissions.endpoint)
        warn(Layer::Studio, QStringLiteral("manifest.permission.endpoint"),
             StudioTr::tr("The plugin declares endpoints but resource.permission.endpoint.enabled is not true; enable it."),
             Where{QStringLiteral("manifest.yaml"), QStringLiteral("resource.permission"), mw.mark});
    return m_out;
}

} // namespace

// ------------------------------------------------------------------------------------------------

DecodeOutput decode(const DecodeInput &input)
{
    Decoder d(input);
    return d.run();
}

QJsonValue nodeToJson(const NodePtr &node)
{
    if (!node || node->isNull())
        return QJsonValue();
    switch (node->kind()) {
    case Yaml::NodeKind::Null:
        return QJsonValue();
    case Yaml::NodeKind::Scalar:
        if (node->isPlainScalar()) {
            if (node->isYamlNullScalar())
                return QJsonValue();
            if (auto b = node->toBool())
                return *b;
            if (auto i = node->toInt())
                return QJsonValue(*i);
            if (auto d = node->toDouble())
                return *d;
        }
        return node->scalar();
    case Yaml::NodeKind::Sequence: {
        QJsonArray a;
        for (const NodePtr &it : node->items())
            a.append(nodeToJson(it));
        return a;
    }
    case Yaml::NodeKind::Mapping: {
        QJsonObject o;
        for (const Node::Pair &p : node->pairs()) {
            const QString k = p.key ? (p.key->isScalar() || p.key->isNull() ? p.key->scalar() : QStringLiteral("?"))
                                    : QString();
            if (!o.contains(k))
                o.insert(k, nodeToJson(p.value));
        }
        return o;
    }
    }
    return QJsonValue();
}

NodePtr jsonToNode(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Node::makeNull(Yaml::Mark{1, 1, -1});
    case QJsonValue::Bool:
        return Node::makeScalar(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                                Yaml::ScalarStyle::Plain, Yaml::Mark{1, 1, -1});
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const QString s = (d == double(qint64(d)) && qAbs(d) < 9e15) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
        return Node::makeScalar(s, Yaml::ScalarStyle::Plain, Yaml::Mark{1, 1, -1});
    }
    case QJsonValue::String:
        return Node::makeScalar(value.toString(), Yaml::ScalarStyle::DoubleQuoted, Yaml::Mark{1, 1, -1});
    case QJsonValue::Array: {
        auto n = Node::makeSequence(Yaml::CollectionStyle::Flow, Yaml::Mark{1, 1, -1});
        const QJsonArray a = value.toArray();
        for (const QJsonValue &v : a)
            n->appendItem(jsonToNode(v));
        return n;
    }
    case QJsonValue::Object: {
        auto n = Node::makeMapping(Yaml::CollectionStyle::Flow, Yaml::Mark{1, 1, -1});
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n->appendPair(Node::makeScalar(it.key(), Yaml::ScalarStyle::DoubleQuoted, Yaml::Mark{1, 1, -1}),
                          jsonToNode(it.value()));
        return n;
    }
    }
    return Node::makeNull();
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

bool isUuid(const QString &s)
{
    // github.com/google/uuid Parse: 36-char canonical form, urn:uuid: prefix, {…}, or 32 hex digits.
    static const QRegularExpression re(QStringLiteral(
        "^(?:urn:uuid:)?\\{?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\\}?$"));
    static const QRegularExpression canon(QStringLiteral(
        "^(?:(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
        "|\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}"
        "|[0-9a-fA-F]{32})$"));
    return re.match(s).hasMatch() && canon.match(s).hasMatch();
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
