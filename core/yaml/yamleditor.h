// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Comment-preserving edits of a YAML file: every edit patches only the bytes of the nodes it
// touches, so comments, blank lines, key order and untouched formatting stay byte-identical.
//
// Paths: keys separated by '.', sequence indexes in brackets:
//   `resource.permission.storage.size`, `plugins.tools[0]`, `parameters[2].options[0].value`.
// A key that contains '.', '[', ']' or '\' escapes that character with a backslash
// (`labels.a\.b` is key "a.b" inside "labels"); escapePathKey() does it. An empty path is the
// root node.
//
// After every edit the text is parsed again and checked against the intended result (the whole
// document, read as JSON in both the daemon and the SDK typing, must equal the previous one with
// just this change). If that fails the edit is rolled back and an error is returned: the text
// is never left corrupt. Copies are cheap (implicitly shared text, shared immutable tree), so
// the GUI can keep snapshots for undo.

#include "core/common/result.h"
#include "core/yaml/yamlnode.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Studio::Yaml {

class Editor
{
public:
    struct PathSegment
    {
        QString key;    // mapping key (when index < 0)
        int index = -1; // sequence index
    };

    Editor() = default;
    // Parses `text`; fails like parse() does.
    static Result<Editor> fromText(const QByteArray &text, const QString &file = {},
                                   const ParseLimits &limits = {});

    const QByteArray &text() const { return m_doc.source; }
    const Document &document() const { return m_doc; }
    NodePtr root() const { return m_doc.root; }
    // The node at `path`, nullptr when absent or the path is malformed.
    NodePtr node(const QString &path) const;

    // Sets a string value; creates missing mappings/keys on the way. Keeps the scalar's quoting
    // style when the new value can be written in it.
    Result<void> setScalar(const QString &path, const QString &value);
    // Sets any JSON value: scalars in place, lists/objects as block YAML at the right indentation
    // (flow YAML inside flow collections). Creates missing mappings/keys on the way.
    Result<void> setValue(const QString &path, const QJsonValue &value);
    // Adds `key` to the mapping at `mappingPath` (which may be missing, null or `{}`), after
    // `afterKey` or at the end. Fails with Conflict if the key exists.
    Result<void> insertKey(const QString &mappingPath, const QString &key, const QJsonValue &value,
                           const QString &afterKey = {});
    Result<void> removeKey(const QString &path);
    // Appends to the sequence at `seqPath` (created when missing or null).
    Result<void> appendItem(const QString &seqPath, const QJsonValue &value);
    Result<void> removeItem(const QString &seqPath, int index);
    Result<void> moveItem(const QString &seqPath, int from, int to);
    // Renames the mapping key at `path` (last segment a key); its value, its comments and its
    // position stay. The key keeps its quoting style where `newName` can be written in it. Fails
    // with Conflict if the mapping already has `newName`, InvalidInput for an empty name.
    Result<void> renameKey(const QString &path, const QString &newName);
    // Moves the mapping entry at `path` to position `newIndex` among its siblings (0 = first).
    // In block mappings the entry travels with its nested block, with the comment and blank lines
    // written above it and with comment lines right after it that are indented deeper than its
    // key; in flow mappings (`{a: 1, b: 2}`) the entries swap places and the
    // separators stay.
    Result<void> moveKey(const QString &path, int newIndex);

    static Result<QList<PathSegment>> parsePath(const QString &path);
    static QString escapePathKey(const QString &key);

private:
    struct Splice
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QByteArray text;
    };
    enum class Op { Set, Insert, Remove, Append, RemoveItem, Move, Rename, MoveKey };
    struct Expectation
    {
        Op op = Op::Set;
        QList<PathSegment> path;
        QJsonValue value;
        int from = -1;
        int to = -1;
        QString newKey;         // Rename
        QStringList keyOrder;   // Rename/MoveKey: the keys of the parent mapping afterwards
    };

    Result<void> apply(const QList<Splice> &splices, const Expectation &expect);
    QByteArray emitYaml(const QJsonValue &value, int indent) const;
    // Runs an edit; if its verification fails while multi-line strings were written as literal
    // blocks (`|`), runs it again with them double quoted (a literal block swallows a following
    // whitespace-only line that is indented deeper).
    template<typename Fn>
    Result<void> withFallback(Fn fn);
    Result<void> setValueAt(const QList<PathSegment> &path, const QJsonValue &value, bool stringFromSetScalar);
    Result<void> insertKeyAt(const QList<PathSegment> &mappingPath, const QString &key, const QJsonValue &value,
                             const QString &afterKey);
    Result<void> appendItemAt(const QList<PathSegment> &seqPath, const QJsonValue &value);
    NodePtr resolve(const QList<PathSegment> &path) const;

    Document m_doc;
    ParseLimits m_limits;
    // The document read as JSON in Daemon and Sdk typing (the verification baseline).
    QJsonValue m_json[2];
    bool m_literalBlocks = true;
};

} // namespace Studio::Yaml
