// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/plugin: the typed YAML reader every declaration decoder builds on.
//
//   Reader       typed access with yaml.v3 semantics (field, str, boolean, integer, i18n, ...),
//                reporting through the diagnostic table, file references (clean paths, the
//                per-plugin file cache, the process-wide parse cache), icons and Python sources
//   FieldReader  the building blocks several kinds share: identities, form fields, options,
//                parameters, OAuth schemas, lists of child declaration files
//
// The decoders of each declaration kind (decode*.cpp) derive from FieldReader; they all share
// one DecodeContext per plugin, so a file referenced twice is read and parsed once.

#include "core/plugin/decoder_p.h"
#include "core/plugin/diagnosticcodes.h"
#include "core/plugin/loader.h"
#include "core/yaml/yamljson.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace Studio::Plugin::Detail {

// A position inside one file: the file, the YAML path ("tools[0].identity.name") and the mark.
struct Where
{
    QString file;
    QString path;
    Yaml::Mark mark;
};

QString joinPath(const QString &base, const QString &key);
QString indexPath(const QString &base, int i);

// Everything the decoders of one plugin share.
struct DecodeContext
{
    explicit DecodeContext(const DecodeInput &input);
    const DecodeInput &in;
    DecodeOutput out;
    QHash<QString, Yaml::NodePtr> files; // clean path -> parsed root (nullptr: missing/unreadable)
    QSet<QString> assets;                // names under _assets/ (or the uploaded asset names)
    QSet<QString> ignored;               // paths the ignore rules excluded ("dir/" for folders)
    QStringList paths;                   // every plugin file, for model globs
};

class Reader
{
public:
    explicit Reader(DecodeContext &context) : m_ctx(context) {}

    // ---- reporting: layer and severity come from the diagnostic table
    void report(DiagnosticCode code, const QString &message, const Where &w);
    void reportAt(DiagnosticCode code, const QString &message, const QString &file, const Yaml::Mark &mark,
                  const QString &path);

    // ---- YAML access with yaml.v3 semantics
    Yaml::NodePtr field(const Yaml::NodePtr &map, const QString &key, const Where &w);
    bool expectMapping(const Yaml::NodePtr &node, const Where &w, const QString &what);
    QString str(const Yaml::NodePtr &node, const Where &w);
    bool boolean(const Yaml::NodePtr &node, const Where &w, bool *present = nullptr);
    std::optional<qint64> integer(const Yaml::NodePtr &node, const Where &w);
    std::optional<double> number(const Yaml::NodePtr &node, const Where &w);
    QStringList stringList(const Yaml::NodePtr &node, const Where &w);
    I18nText i18n(const Yaml::NodePtr &node, const Where &w);
    void checkMapDuplicates(const Yaml::NodePtr &node, const Where &w);
    QJsonObject freeMap(const Yaml::NodePtr &node, const Where &w);
    Where at(const Where &parent, const QString &key, const Yaml::NodePtr &node) const
    {
        return Where{parent.file, joinPath(parent.path, key), node ? node->mark() : parent.mark};
    }
    Where item(const Where &parent, int i, const Yaml::NodePtr &node) const
    {
        return Where{parent.file, indexPath(parent.path, i), node ? node->mark() : parent.mark};
    }
    // map[key] as a string, with the key's Where in *out.
    QString strField(const Yaml::NodePtr &map, const QString &key, const Where &w, Where *out = nullptr);
    // map[key] as a string into a Located<QString>; returns the key's Where.
    Where located(const Yaml::NodePtr &map, const QString &key, const Where &base, Located<QString> *out);

    // ---- rules shared by every kind
    void requireI18n(const I18nText &t, const Where &w, const QString &what, bool required);
    void checkLength(const QString &value, int max, bool inclusive, const Where &w, DiagnosticCode code,
                     const QString &what);
    void checkTags(const QStringList &tags, const Where &w, const QString &owner);
    void checkScope(const QString &type, const QString &scope, const Where &w, bool allowVariable);
    void checkIcon(const QString &icon, const Where &w, const QString &what);
    void checkPythonSource(const Yaml::NodePtr &map, const Where &w, QString *out, const QString &what,
                           bool sdkRequired = true);

    // ---- files
    Yaml::NodePtr loadFile(const QString &rawPath, const Where &refWhere, QString *cleanPath);
    QString cleanReference(const QString &rawPath, const Where &w);
    bool remote() const { return m_ctx.in.files == nullptr; }
    const FileSet &files() const { return *m_ctx.in.files; }
    // True when `path` or one of its parent folders was excluded by the ignore rules.
    bool isIgnored(const QString &path) const;

    DecodeContext &context() { return m_ctx; }

protected:
    DecodeContext &m_ctx;
};

enum class ParamKind { Tool, Agent, Datasource, Event };

class FieldReader : public Reader
{
public:
    using Reader::Reader;

    Identity decodeIdentity(const Yaml::NodePtr &node, const Where &w, bool nameRegex, bool descriptionRequired,
                            bool iconRequired, bool hasTags);
    // A provider's `identity` block (name, author, label, description, icon, icon_dark, tags) with
    // its icon files and tags checked; `darkWhat` empty when the kind has no dark icon.
    Identity decodeProviderIdentity(const Yaml::NodePtr &root, const Where &w, bool nameRegex,
                                    const QString &iconWhat, const QString &darkWhat, const QString &tagOwner);
    ConfigField decodeConfigField(const Yaml::NodePtr &node, const Where &w, const QString &nameFromKey = {});
    QList<ConfigField> decodeConfigList(const Yaml::NodePtr &node, const Where &w, bool mapAllowed,
                                        bool *asMap = nullptr);
    Option decodeOption(const Yaml::NodePtr &node, const Where &w, bool valueAny);
    Parameter decodeParameter(const Yaml::NodePtr &node, const Where &w, ParamKind kind);
    QList<Parameter> decodeParameters(const Yaml::NodePtr &node, const Where &w, ParamKind kind);
    void decodeOauth(const Yaml::NodePtr &map, const Where &w, QList<ConfigField> *client,
                     QList<ConfigField> *creds);

    // The children listed in `list`: file paths (loaded and decoded with `fn`, `file` set to the
    // clean path) or inline mappings (accepted by the daemon, not by the SDK).
    template<typename T>
    QList<T> decodeChildren(const Yaml::NodePtr &list, const Where &w, const QString &what,
                            const std::function<T(const Yaml::NodePtr &, const Where &)> &fn);
};

// The 19 Dify tags (formats.md §1.4).
const QStringList &difyTags();
// Yaml::parse() through the process-wide cache of parsed trees (keyed by the exact bytes).
Result<Yaml::NodePtr> parseCached(const QByteArray &source, const QString &file);

// Number of Unicode code points (what Go's utf8.RuneCountInString and the validator's max=N count).
int codePoints(const QString &s);
bool isPep440(const QString &s);

// Messages decodeChildren() reports (kept out of the template so lupdate sees them once).
QString listOfFilesMessage(const QString &path, const QString &what);
QString inlineDeclarationMessage(const QString &what);
QString notAMappingFileMessage(const QString &file, const QString &what);

// ---- the declaration kinds (one file each), decoded into the context's declaration
void decodeManifest(DecodeContext &ctx, const Yaml::NodePtr &root);
ToolProvider decodeToolProvider(DecodeContext &ctx, const Yaml::NodePtr &root, const Where &w);
ModelProvider decodeModelProvider(DecodeContext &ctx, const Yaml::NodePtr &root, const Where &w);
EndpointGroup decodeEndpointGroup(DecodeContext &ctx, const Yaml::NodePtr &root, const Where &w);
AgentStrategyProvider decodeAgentProvider(DecodeContext &ctx, const Yaml::NodePtr &root, const Where &w);
DatasourceProvider decodeDatasourceProvider(DecodeContext &ctx, const Yaml::NodePtr &root, const Where &w);
TriggerProvider decodeTriggerProvider(DecodeContext &ctx, const Yaml::NodePtr &root, const Where &w);

// ---- template implementation

template<typename T>
QList<T> FieldReader::decodeChildren(const Yaml::NodePtr &list, const Where &w, const QString &what,
                                     const std::function<T(const Yaml::NodePtr &, const Where &)> &fn)
{
    QList<T> out;
    if (!list || list->isNull())
        return out;
    if (!list->isSequence()) {
        report(DiagnosticCode::YamlTypeList, listOfFilesMessage(w.path, what), w);
        return out;
    }
    int i = 0;
    for (const Yaml::NodePtr &it : list->items()) {
        Where wi = item(w, i++, it);
        if (it && it->isMapping()) {
            // Inline declaration: the daemon accepts it, the SDK only reads file paths.
            report(DiagnosticCode::DeclarationInline, inlineDeclarationMessage(what), wi);
            out.append(fn(it, wi));
            continue;
        }
        const QString raw = str(it, wi);
        QString clean;
        Yaml::NodePtr root = loadFile(raw, wi, &clean);
        if (!root)
            continue;
        Where fw{clean, QString(), root->mark()};
        if (!root->isMapping()) {
            report(DiagnosticCode::YamlTypeMapping, notAMappingFileMessage(clean, what), fw);
            continue;
        }
        T t = fn(root, fw);
        t.file = clean;
        out.append(t);
    }
    return out;
}

} // namespace Studio::Plugin::Detail
