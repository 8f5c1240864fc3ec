// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Our own YAML tree. libyaml (the scanner yaml.v3 is ported from) is confined to
// core/yaml/yamlparser.cpp: its types never appear in a header. Every node remembers where it came
// from (file, line, column, byte offset), and scalars remember whether they were quoted, so callers
// can reproduce yaml.v3 decoding rules (formats.md §0.1): a quoted "1048576" is not an integer, a
// plain `yes` is a YAML 1.1 boolean.

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Studio::Yaml {

struct Mark
{
    int line = 0;    // 1-based; 0 = unknown
    int column = 0;  // 1-based
    int offset = -1; // byte offset into the source; -1 = unknown
};

enum class NodeKind { Null, Scalar, Sequence, Mapping };
enum class ScalarStyle { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };
enum class CollectionStyle { Block, Flow };

class Node;
using NodePtr = std::shared_ptr<const Node>;

class Node
{
public:
    struct Pair
    {
        NodePtr key;
        NodePtr value;
    };

    NodeKind kind() const { return m_kind; }
    bool isNull() const { return m_kind == NodeKind::Null; }
    bool isScalar() const { return m_kind == NodeKind::Scalar; }
    bool isSequence() const { return m_kind == NodeKind::Sequence; }
    bool isMapping() const { return m_kind == NodeKind::Mapping; }

    const Mark &mark() const { return m_mark; }       // where the node starts
    const Mark &endMark() const { return m_endMark; } // just past the node's text, when known
    const QString &tag() const { return m_tag; }      // explicit tag ("!!str"), empty if none
    const QString &anchor() const { return m_anchor; }

    // Scalars. A Null node written as `~`/`null`/empty also has scalar() == its text.
    const QString &scalar() const { return m_scalar; }
    ScalarStyle scalarStyle() const { return m_scalarStyle; }
    bool isPlainScalar() const { return m_kind == NodeKind::Scalar && m_scalarStyle == ScalarStyle::Plain && m_tag.isEmpty(); }

    // Collections.
    CollectionStyle collectionStyle() const { return m_collectionStyle; }
    const QList<NodePtr> &items() const { return m_items; } // sequence
    const QList<Pair> &pairs() const { return m_pairs; }    // mapping, in document order
    int size() const { return m_kind == NodeKind::Mapping ? int(m_pairs.size()) : int(m_items.size()); }

    // Mapping lookup by scalar key; returns the FIRST pair with that key, nullptr if absent.
    NodePtr get(QStringView key) const;
    const Pair *pair(QStringView key) const;
    // Number of pairs whose key equals `key` (duplicates are > 1).
    int countKey(QStringView key) const;

    // YAML 1.1 readings of a plain scalar (what yaml.v3 does for typed Go fields).
    std::optional<bool> toBool() const;      // true/false/y/yes/on/n/no/off in their three casings
    std::optional<qint64> toInt() const;     // plain decimal, 0x, 0o, 0b, with sign, '_' allowed
    std::optional<double> toDouble() const;  // plain float incl. .inf/.nan
    bool isYamlNullScalar() const;           // plain `~`, `null`, `Null`, `NULL` or empty

    // Text of this scalar as a Go `string` field would receive it (any scalar is accepted).
    QString asString() const { return m_scalar; }

    // Building (used by the parser and by tests).
    static std::shared_ptr<Node> makeNull(Mark mark = {});
    static std::shared_ptr<Node> makeScalar(const QString &value, ScalarStyle style = ScalarStyle::Plain, Mark mark = {});
    static std::shared_ptr<Node> makeSequence(CollectionStyle style = CollectionStyle::Block, Mark mark = {});
    static std::shared_ptr<Node> makeMapping(CollectionStyle style = CollectionStyle::Block, Mark mark = {});
    void appendItem(NodePtr item) { m_items.append(std::move(item)); }
    void appendPair(NodePtr key, NodePtr value) { m_pairs.append({std::move(key), std::move(value)}); }
    void setTag(const QString &tag) { m_tag = tag; }
    void setAnchor(const QString &anchor) { m_anchor = anchor; }
    void setEndMark(Mark m) { m_endMark = m; }
    void setScalar(const QString &s) { m_scalar = s; }

private:
    NodeKind m_kind = NodeKind::Null;
    Mark m_mark;
    Mark m_endMark;
    QString m_tag;
    QString m_anchor;
    QString m_scalar;
    ScalarStyle m_scalarStyle = ScalarStyle::Plain;
    CollectionStyle m_collectionStyle = CollectionStyle::Block;
    QList<NodePtr> m_items;
    QList<Pair> m_pairs;
};

// Limits that keep hostile input from crashing or hanging the parser.
struct ParseLimits
{
    qint64 maxBytes = 16 * 1024 * 1024; // larger files are refused up front
    int maxDepth = 512;                 // nesting of collections
    qint64 maxNodes = 2'000'000;        // nodes after alias expansion ("billion laughs")
};

struct Document
{
    QString file;      // as given to parse(), used in errors
    QByteArray source; // the exact bytes parsed
    NodePtr root;      // first document only; a Null node for an empty file
};

// Parses the FIRST document of `source` (later documents are ignored, as yaml.v3 does).
// Errors carry file, line and column: malformed YAML, invalid UTF-8, binary data, too deep,
// too large, alias expansion over the limit. Never throws, never crashes on any input.
Result<Document> parse(const QByteArray &source, const QString &file, const ParseLimits &limits = {});

// Follows a dotted path through mappings ("resource.permission.storage"); nullptr if absent.
NodePtr find(const NodePtr &root, QStringView dottedPath);

} // namespace Studio::Yaml
