// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/yaml/yamleditor.h"
#include "core/common/tr.h"

#include "core/yaml/yamljson.h"
#include "core/yaml/yamlsource_p.h"
#include "core/yaml/yamlwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace Studio::Yaml {

using namespace Detail;

namespace {


QString pathToString(const QList<Editor::PathSegment> &path, int count = -1)
{
    QString out;
    const int n = count < 0 ? int(path.size()) : count;
    for (int i = 0; i < n; ++i) {
        const auto &seg = path.at(i);
        if (seg.index >= 0) {
            out += QLatin1Char('[') + QString::number(seg.index) + QLatin1Char(']');
        } else {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += Editor::escapePathKey(seg.key);
        }
    }
    return out.isEmpty() ? QStringLiteral("(root)") : out;
}

// Where a node sits in the tree.
struct Loc
{
    NodePtr node;          // nullptr when the last segment is missing
    NodePtr parent;        // nullptr for the root, or when an ancestor is missing
    NodePtr key;           // key node when the parent is a mapping
    int pairIndex = -1;
    int itemIndex = -1;
    bool inFlow = false;   // some ancestor is a flow collection
    bool ancestorMissing = false;
    int missingFrom = -1;  // first missing segment
};

int pairIndexOf(const NodePtr &m, const QString &key)
{
    if (!m || !m->isMapping())
        return -1;
    const auto &pairs = m->pairs();
    for (int i = 0; i < pairs.size(); ++i) {
        const NodePtr &k = pairs.at(i).key;
        if (k && (k->isScalar() || k->isNull()) && k->scalar() == key)
            return i;
    }
    return -1;
}

Loc locate(const NodePtr &root, const QList<Editor::PathSegment> &path)
{
    Loc loc;
    loc.node = root;
    for (int i = 0; i < path.size(); ++i) {
        const NodePtr cur = loc.node;
        if (!cur) {
            loc.ancestorMissing = true;
            return loc;
        }
        const auto &seg = path.at(i);
        Loc next;
        next.parent = cur;
        next.inFlow = loc.inFlow || cur->collectionStyle() == CollectionStyle::Flow;
        if (seg.index >= 0) {
            if (!cur->isSequence() || seg.index >= cur->size()) {
                next.missingFrom = i;
                next.itemIndex = seg.index;
                if (i + 1 < path.size())
                    next.ancestorMissing = true;
                return next;
            }
            next.itemIndex = seg.index;
            next.node = cur->items().at(seg.index);
        } else {
            const int pi = pairIndexOf(cur, seg.key);
            if (pi < 0) {
                next.missingFrom = i;
                if (i + 1 < path.size())
                    next.ancestorMissing = true;
                return next;
            }
            next.pairIndex = pi;
            next.key = cur->pairs().at(pi).key;
            next.node = cur->pairs().at(pi).value;
        }
        loc = next;
    }
    return loc;
}

qsizetype off(const NodePtr &n) { return n->mark().offset; }
qsizetype endOff(const NodePtr &n) { return n->endMark().offset; }

qsizetype columnOf(const QByteArray &s, qsizetype pos) { return pos - lineStart(s, pos); }

// Position just after the ':' that follows a mapping key.
qsizetype afterColon(const QByteArray &s, const NodePtr &key)
{
    qsizetype p = endOff(key);
    while (p < s.size() && isWs(s[p]))
        ++p;
    if (p < s.size() && s[p] == ':')
        return p + 1;
    return -1;
}

// The '-' introducing the block sequence item whose text starts at `itemPos`.
qsizetype dashBefore(const QByteArray &s, qsizetype itemPos)
{
    qsizetype p = itemPos - 1;
    while (p >= 0 && isWs(s[p]))
        --p;
    if (p >= 0 && s[p] == '-')
        return p;
    // Properties (&anchor, !tag) between the dash and the item: the last "- " on the line.
    const qsizetype ls = lineStart(s, itemPos);
    qsizetype found = -1;
    for (qsizetype i = ls; i < itemPos; ++i) {
        if (s[i] == '-' && (i + 1 >= s.size() || isWs(s[i + 1])))
            found = i;
        else if (!isBlank(s[i]) && found < 0)
            return -1;
    }
    return found;
}

// Start of the `!tag` written before a scalar that starts at `pos` (same line), or -1.
qsizetype tagBefore(const QByteArray &s, qsizetype pos)
{
    qsizetype p = pos - 1;
    while (p >= 0 && isBlank(s[p]))
        --p;
    qsizetype start = p;
    while (start >= 0 && !isWs(s[start]))
        --start;
    ++start;
    if (start <= p && s[start] == '!')
        return start;
    return -1;
}

// End of the line holding a value that ends at `end` (past its trailing comment and line break).
qsizetype afterValueLine(const QByteArray &s, qsizetype end)
{
    const qsizetype eol = endOfLineAfter(s, end);
    if (eol < 0)
        return -1;
    return nextLineStart(s, eol);
}

QString canonical(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

using JsonFn = std::function<QJsonValue(const QJsonValue &)>;

QJsonValue editJson(const QJsonValue &v, const QList<Editor::PathSegment> &path, int i, const JsonFn &fn)
{
    if (i == path.size())
        return fn(v);
    const auto &seg = path.at(i);
    if (seg.index >= 0) {
        QJsonArray a = v.toArray();
        if (seg.index < a.size())
            a[seg.index] = editJson(a.at(seg.index), path, i + 1, fn);
        return a;
    }
    QJsonObject o = v.isObject() ? v.toObject() : QJsonObject();
    o.insert(seg.key, editJson(o.value(seg.key), path, i + 1, fn));
    return o;
}

Error editError(ErrorCode code, const QString &text) { return Error(code, text); }

// Editing through a key that appears twice is ambiguous (yaml.v3 and PyYAML disagree on which
// one counts): refuse with a message that says how to fix it.
std::optional<Error> duplicateKeyError(const NodePtr &root, const QList<Editor::PathSegment> &path)
{
    NodePtr cur = root;
    for (int i = 0; i < path.size() && cur; ++i) {
        const auto &seg = path.at(i);
        if (seg.index >= 0) {
            cur = cur->isSequence() && seg.index < cur->size() ? cur->items().at(seg.index) : nullptr;
            continue;
        }
        const int count = cur->countKey(seg.key);
        if (count > 1)
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("Studio", "key '%1' appears %2 times in %3; remove the "
                                                               "duplicates before editing it")
                             .arg(seg.key)
                             .arg(count)
                             .arg(pathToString(path, i)));
        cur = cur->get(seg.key);
    }
    return std::nullopt;
}

} // namespace

// ---------------------------------------------------------------------------------------------

Result<Editor> Editor::fromText(const QByteArray &text, const QString &file, const ParseLimits &limits)
{
    auto doc = parse(text, file, limits);
    if (!doc)
        return doc.error();
    Editor e;
    e.m_doc = std::move(doc.value());
    e.m_limits = limits;
    e.m_json[0] = toJson(e.m_doc.root, JsonMode::Daemon);
    e.m_json[1] = toJson(e.m_doc.root, JsonMode::Sdk);
    return e;
}

QString Editor::escapePathKey(const QString &key)
{
    QString out;
    for (QChar c : key) {
        if (c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

Result<QList<Editor::PathSegment>> Editor::parsePath(const QString &path)
{
    QList<PathSegment> out;
    QString key;
    bool haveKey = false;
    auto bad = [&](const QString &why) {
        return Error(ErrorCode::InvalidInput, StudioTr::tr("invalid YAML path '%1': %2").arg(path, why));
    };
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= path.size())
                return bad(StudioTr::tr("it ends with a backslash"));
            key += path.at(++i);
            haveKey = true;
        } else if (c == QLatin1Char('.')) {
            if (!haveKey && (out.isEmpty() || out.last().index < 0))
                return bad(StudioTr::tr("empty key"));
            if (haveKey)
                out.append({key, -1});
            key.clear();
            haveKey = false;
        } else if (c == QLatin1Char('[')) {
            if (haveKey)
                out.append({key, -1});
            key.clear();
            haveKey = false;
            const qsizetype close = path.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return bad(StudioTr::tr("'[' without ']'"));
            bool ok = false;
            const int idx = path.mid(i + 1, close - i - 1).toInt(&ok);
            if (!ok || idx < 0)
                return bad(StudioTr::tr("the index must be a number >= 0"));
            out.append({QString(), idx});
            i = close;
        } else if (c == QLatin1Char(']')) {
            return bad(StudioTr::tr("']' without '['"));
        } else {
            key += c;
            haveKey = true;
        }
    }
    if (haveKey)
        out.append({key, -1});
    else if (path.endsWith(QLatin1Char('.')))
        return bad(StudioTr::tr("empty key"));
    return out;
}

NodePtr Editor::resolve(const QList<PathSegment> &path) const
{
    if (!m_doc.root)
        return nullptr;
    return locate(m_doc.root, path).node;
}

NodePtr Editor::node(const QString &path) const
{
    auto p = parsePath(path);
    if (!p)
        return nullptr;
    return resolve(*p);
}

Result<void> Editor::apply(const QList<Splice> &splicesIn, const Expectation &expect)
{
    QList<Splice> splices = splicesIn;
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) { return a.begin > b.begin; });
    QByteArray text = m_doc.source;
    const bool crlf = text.contains("\r\n");
    for (Splice sp : splices) {
        if (crlf) {
            sp.text.replace("\r\n", "\n");
            sp.text.replace("\n", "\r\n");
        }
        if (sp.begin < 0 || sp.end < sp.begin || sp.end > text.size())
            return editError(ErrorCode::Unsupported, StudioTr::tr("internal error: edit range out of bounds; nothing was changed"));
        text.replace(sp.begin, sp.end - sp.begin, sp.text);
    }
    auto parsed = parse(text, m_doc.file, m_limits);
    if (!parsed)
        return editError(ErrorCode::Unsupported,
                         StudioTr::tr("the edit at %1 would make the YAML invalid (%2); nothing was changed")
                             .arg(pathToString(expect.path), parsed.error().message));

    // The whole document must read back as before plus exactly this change, in both typings.
    QJsonValue after[2];
    for (JsonMode mode : {JsonMode::Daemon, JsonMode::Sdk}) {
        const int mi = mode == JsonMode::Daemon ? 0 : 1;
        const QJsonValue &before = m_json[mi];
        QJsonValue expected;
        switch (expect.op) {
        case Op::Set:
            expected = editJson(before, expect.path, 0, [&](const QJsonValue &) { return expect.value; });
            break;
        case Op::Insert:
            expected = editJson(before, expect.path, 0, [&](const QJsonValue &) { return expect.value; });
            break;
        case Op::Remove: {
            QList<PathSegment> parent = expect.path;
            const PathSegment last = parent.takeLast();
            expected = editJson(before, parent, 0, [&](const QJsonValue &v) {
                QJsonObject o = v.toObject();
                o.remove(last.key);
                return QJsonValue(o);
            });
            break;
        }
        case Op::Append:
            expected = editJson(before, expect.path, 0, [&](const QJsonValue &v) {
                QJsonArray a = v.toArray();
                a.append(expect.value);
                return QJsonValue(a);
            });
            break;
        case Op::RemoveItem:
            expected = editJson(before, expect.path, 0, [&](const QJsonValue &v) {
                QJsonArray a = v.toArray();
                if (expect.from >= 0 && expect.from < a.size())
                    a.removeAt(expect.from);
                return QJsonValue(a);
            });
            break;
        case Op::Move:
            expected = editJson(before, expect.path, 0, [&](const QJsonValue &v) {
                QJsonArray a = v.toArray();
                const QJsonValue item = a.at(expect.from);
                a.removeAt(expect.from);
                a.insert(expect.to, item);
                return QJsonValue(a);
            });
            break;
        case Op::Rename: {
            QList<PathSegment> parent = expect.path;
            const PathSegment last = parent.takeLast();
            expected = editJson(before, parent, 0, [&](const QJsonValue &v) {
                QJsonObject o = v.toObject();
                const QJsonValue moved = o.value(last.key);
                o.remove(last.key);
                o.insert(expect.newKey, moved);
                return QJsonValue(o);
            });
            break;
        }
        case Op::MoveKey:
            expected = before; // JSON objects have no order: checked below through keyOrder
            break;
        }
        const QJsonValue actual = toJson(parsed->root, mode);
        after[mi] = actual;
        if (canonical(actual) != canonical(expected))
            return editError(ErrorCode::Unsupported,
                             StudioTr::tr("the edit at %1 would change more than that value (is it shared "
                                "through a YAML alias, or written in an unusual style?); nothing was "
                                "changed — edit the text directly")
                                 .arg(pathToString(expect.path)));
    }
    if (!expect.keyOrder.isEmpty()) {
        // JSON objects are unordered, so the order of the keys is checked on the tree itself.
        const NodePtr m = locate(parsed->root, expect.path.mid(0, expect.path.size() - 1)).node;
        QStringList keys;
        if (m && m->isMapping()) {
            for (const Node::Pair &pair : m->pairs())
                keys << (pair.key ? pair.key->scalar() : QString());
        }
        if (keys != expect.keyOrder)
            return editError(ErrorCode::Unsupported,
                             StudioTr::tr("the edit at %1 would not leave the keys in the intended order; nothing was "
                                "changed — edit the text directly")
                                 .arg(pathToString(expect.path)));
    }
    m_doc = std::move(parsed.value());
    m_json[0] = after[0];
    m_json[1] = after[1];
    return {};
}

QByteArray Editor::emitYaml(const QJsonValue &value, int indent) const
{
    return emitBlock(value, indent, m_literalBlocks);
}

template<typename Fn>
Result<void> Editor::withFallback(Fn fn)
{
    Result<void> r = fn();
    if (r || r.error().code != ErrorCode::Unsupported || !m_literalBlocks)
        return r;
    m_literalBlocks = false;
    Result<void> second = fn();
    m_literalBlocks = true;
    return second ? second : r;
}

Result<void> Editor::setScalar(const QString &path, const QString &value)
{
    auto p = parsePath(path);
    if (!p)
        return p.error();
    if (auto e = duplicateKeyError(m_doc.root, *p))
        return *e;
    return withFallback([&] { return setValueAt(*p, value, true); });
}

Result<void> Editor::setValue(const QString &path, const QJsonValue &value)
{
    auto p = parsePath(path);
    if (!p)
        return p.error();
    if (auto e = duplicateKeyError(m_doc.root, *p))
        return *e;
    return withFallback([&] { return setValueAt(*p, value, false); });
}

Result<void> Editor::setValueAt(const QList<PathSegment> &path, const QJsonValue &value, bool keepStyle)
{
    if (!m_doc.root)
        return editError(ErrorCode::InvalidInput, StudioTr::tr("no document is loaded"));
    const QByteArray &s = m_doc.source;
    const Loc loc = locate(m_doc.root, path);
    Expectation expect{Op::Set, path, value, -1, -1, {}, {}};

    if (!loc.node) {
        // Create what is missing: the first missing segment must be a mapping key.
        int first = loc.missingFrom;
        if (first < 0)
            return editError(ErrorCode::NotFound, StudioTr::tr("%1 was not found").arg(pathToString(path)));
        for (int i = first; i < path.size(); ++i) {
            if (path.at(i).index >= 0)
                return editError(ErrorCode::NotFound,
                                 StudioTr::tr("%1 does not exist: item %2 is out of range (append items instead)")
                                     .arg(pathToString(path), pathToString(path, i + 1)));
        }
        QJsonValue nested = value;
        for (int i = int(path.size()) - 1; i > first; --i)
            nested = QJsonObject{{path.at(i).key, nested}};
        return insertKeyAt(path.mid(0, first), path.at(first).key, nested, QString());
    }

    const NodePtr n = loc.node;
    const bool newIsCollection = (value.isObject() && !value.toObject().isEmpty())
        || (value.isArray() && !value.toArray().isEmpty());
    const bool parentIsMap = loc.parent && loc.parent->isMapping();
    const bool parentIsBlockSeq = loc.parent && loc.parent->isSequence()
        && loc.parent->collectionStyle() == CollectionStyle::Block;
    const bool nIsCollection = n->isMapping() || n->isSequence();
    // A non-empty flow collection keeps its flow style; an empty `{}`/`[]` outside flow context
    // becomes block YAML.
    const bool flowTarget = loc.inFlow
        || (nIsCollection && n->collectionStyle() == CollectionStyle::Flow && n->size() > 0);

    // Indentation for block content under this node.
    qsizetype keyIndent = 0;
    if (parentIsMap && loc.key)
        keyIndent = columnOf(s, off(loc.key));

    Splice sp;
    if (!newIsCollection || flowTarget) {
        QByteArray text;
        if (newIsCollection) {
            text = emitFlow(value);
        } else if (value.isString()) {
            const QString str = value.toString();
            const int contentIndent = int(parentIsMap ? keyIndent + 2 : columnOf(s, off(n)));
            std::optional<QByteArray> lit;
            if (m_literalBlocks && !loc.inFlow && str.contains(QLatin1Char('\n')) && (n->isScalar() || n->isNull()))
                lit = literalBlockScalar(str, std::max(contentIndent, 1));
            if (lit)
                text = *lit;
            else if (keepStyle && n->isScalar())
                text = formatScalarInStyle(str, n->scalarStyle(), loc.inFlow).toUtf8();
            else
                text = formatScalar(str, loc.inFlow).toUtf8();
        } else {
            text = formatJsonScalar(value, loc.inFlow).toUtf8();
        }
        if (nIsCollection && n->collectionStyle() == CollectionStyle::Block && parentIsMap) {
            const qsizetype c = afterColon(s, loc.key);
            if (c < 0)
                return editError(ErrorCode::Unsupported, StudioTr::tr("cannot find the ':' after %1").arg(pathToString(path)));
            sp = {c, endOff(n), ' ' + text};
        } else {
            sp = {off(n), endOff(n), text};
            if (sp.begin == sp.end && sp.begin > 0 && (s[sp.begin - 1] == ':' || s[sp.begin - 1] == '-'))
                sp.text.prepend(' ');
            // An explicit tag other than !!str would contradict the new value: drop it.
            if (n->isScalar() && !n->tag().isEmpty() && n->tag() != QLatin1String("!!str")) {
                const qsizetype tagStart = tagBefore(s, off(n));
                if (tagStart < 0)
                    return editError(ErrorCode::Unsupported,
                                     StudioTr::tr("%1 has the tag %2 on another line; edit the text directly")
                                         .arg(pathToString(path), n->tag()));
                sp.begin = tagStart;
            }
        }
        return apply({sp}, expect);
    }

    // A non-empty list/object in block style.
    if (!loc.parent) {
        const qsizetype ind = columnOf(s, off(n));
        QByteArray block = emitYaml(value, int(ind));
        block.chop(1);
        sp = {off(n), endOff(n), block.mid(ind)};
        if (n->isNull() && off(n) == endOff(n)) {
            sp = {0, s.size(), emitYaml(value, 0)};
        }
        return apply({sp}, expect);
    }
    if (parentIsMap) {
        bool inPlace = false;
        qsizetype ind = 0;
        if (nIsCollection && n->collectionStyle() == CollectionStyle::Block) {
            const qsizetype first = n->isSequence() ? dashBefore(s, off(n->items().at(0))) : off(n);
            ind = first >= 0 ? columnOf(s, first) : -1;
            inPlace = first >= 0 && firstOnLine(s, first)
                && (value.isArray() ? ind >= keyIndent : ind > keyIndent);
            if (inPlace) {
                QByteArray block = emitYaml(value, int(ind));
                block.chop(1);
                sp = {first, endOff(n), block.mid(ind)};
                return apply({sp}, expect);
            }
        }
        const qsizetype c = afterColon(s, loc.key);
        if (c < 0)
            return editError(ErrorCode::Unsupported, StudioTr::tr("cannot find the ':' after %1").arg(pathToString(path)));
        QByteArray block = emitYaml(value, int(keyIndent + 2));
        block.chop(1);
        // Keep a comment on the key's line where it is: the block goes on the lines below it.
        const qsizetype e1 = endOfLineAfter(s, c);
        if (e1 >= 0)
            return apply({{e1, std::max(e1, endOff(n)), '\n' + block}}, expect);
        const qsizetype e2 = endOfLineAfter(s, endOff(n));
        if (e2 < 0)
            return editError(ErrorCode::Unsupported,
                             StudioTr::tr("cannot replace %1: other content follows it on the same line").arg(pathToString(path)));
        return apply({{c, endOff(n), {}}, {e2, e2, '\n' + block}}, expect);
    }
    if (parentIsBlockSeq) {
        const qsizetype ind = columnOf(s, off(n));
        QByteArray block = emitYaml(value, int(ind));
        block.chop(1);
        sp = {off(n), endOff(n), block.mid(ind)};
        if (sp.begin == sp.end && sp.begin > 0 && s[sp.begin - 1] == '-') {
            // `-` followed by nothing: put the content after "- ".
            const qsizetype dashCol = columnOf(s, sp.begin - 1);
            QByteArray b2 = emitYaml(value, int(dashCol + 2));
            b2.chop(1);
            sp.text = ' ' + b2.mid(dashCol + 2);
        }
        return apply({sp}, expect);
    }
    return editError(ErrorCode::Unsupported, StudioTr::tr("cannot replace %1 in this position").arg(pathToString(path)));
}

Result<void> Editor::insertKey(const QString &mappingPath, const QString &key, const QJsonValue &value,
                               const QString &afterKey)
{
    auto p = parsePath(mappingPath);
    if (!p)
        return p.error();
    if (auto e = duplicateKeyError(m_doc.root, *p))
        return *e;
    return withFallback([&] { return insertKeyAt(*p, key, value, afterKey); });
}

Result<void> Editor::insertKeyAt(const QList<PathSegment> &mpath, const QString &key, const QJsonValue &value,
                                 const QString &afterKey)
{
    if (!m_doc.root)
        return editError(ErrorCode::InvalidInput, StudioTr::tr("no document is loaded"));
    const QByteArray &s = m_doc.source;
    const Loc loc = locate(m_doc.root, mpath);
    QList<PathSegment> full = mpath;
    full.append({key, -1});
    const QJsonObject single{{key, value}};
    const NodePtr m = loc.node;

    if (!m || m->isNull() || (m->isScalar() && m->isYamlNullScalar())
        || (m->isMapping() && m->size() == 0 && !loc.inFlow)) {
        if (!m && loc.missingFrom < 0 && !mpath.isEmpty())
            return editError(ErrorCode::NotFound, StudioTr::tr("%1 was not found").arg(pathToString(mpath)));
        if (m && m == m_doc.root && m->isNull()) {
            Expectation expect{Op::Set, {}, single, -1, -1, {}, {}};
            QByteArray prefix = s.trimmed().isEmpty() ? QByteArray() : s;
            if (!prefix.isEmpty() && !isBreak(prefix.back()))
                prefix += '\n';
            return apply({{0, s.size(), prefix + emitYaml(single, 0)}}, expect);
        }
        return setValueAt(mpath, single, false);
    }
    if (!m->isMapping())
        return editError(ErrorCode::InvalidInput,
                         StudioTr::tr("%1 is not a mapping; cannot add key '%2' to it").arg(pathToString(mpath), key));
    if (pairIndexOf(m, key) >= 0)
        return editError(ErrorCode::Conflict, StudioTr::tr("%1 already exists").arg(pathToString(full)));
    int after = int(m->size()) - 1;
    if (!afterKey.isEmpty()) {
        after = pairIndexOf(m, afterKey);
        if (after < 0)
            return editError(ErrorCode::NotFound,
                             StudioTr::tr("key '%1' not found in %2").arg(afterKey, pathToString(mpath)));
    }
    Expectation expect{Op::Insert, full, value, -1, -1, {}, {}};
    const Node::Pair &ap = m->pairs().at(after);
    const bool flow = loc.inFlow || m->collectionStyle() == CollectionStyle::Flow;
    if (flow) {
        if (m->size() == 0) {
            return apply({{off(m), endOff(m), emitFlow(single)}}, expect);
        }
        const QByteArray text = ", " + formatKey(key, true).toUtf8() + ": " + emitFlow(value);
        const qsizetype pos = std::max(endOff(ap.value), endOff(ap.key));
        return apply({{pos, pos, text}}, expect);
    }
    const qsizetype indent = columnOf(s, off(m->pairs().at(0).key));
    const qsizetype valueEnd = std::max(endOff(ap.value), endOff(ap.key));
    qsizetype pos = afterValueLine(s, valueEnd);
    if (pos < 0)
        return editError(ErrorCode::Unsupported,
                         StudioTr::tr("cannot insert after %1: other content follows it on the same line")
                             .arg(pathToString(mpath)));
    QByteArray text = emitYaml(single, int(indent));
    if (pos == s.size() && !s.isEmpty() && !isBreak(s[s.size() - 1])) {
        text.chop(1);
        text.prepend('\n');
    }
    return apply({{pos, pos, text}}, expect);
}

Result<void> Editor::removeKey(const QString &path)
{
    auto pr = parsePath(path);
    if (!pr)
        return pr.error();
    const QList<PathSegment> p = *pr;
    if (auto e = duplicateKeyError(m_doc.root, p))
        return *e;
    if (p.isEmpty() || p.last().index >= 0)
        return editError(ErrorCode::InvalidInput, StudioTr::tr("'%1' does not name a mapping key").arg(path));
    const Loc loc = locate(m_doc.root, p);
    if (!loc.node)
        return editError(ErrorCode::NotFound, StudioTr::tr("%1 was not found").arg(pathToString(p)));
    const QByteArray &s = m_doc.source;
    const NodePtr m = loc.parent;
    const QList<PathSegment> parentPath = p.mid(0, p.size() - 1);
    if (m->size() == 1)
        return setValueAt(parentPath, QJsonObject(), false);
    const int i = loc.pairIndex;
    const Node::Pair &pair = m->pairs().at(i);
    Expectation expect{Op::Remove, p, {}, -1, -1, {}, {}};
    const qsizetype keyStart = off(pair.key);
    const qsizetype valueEnd = std::max(endOff(pair.value), endOff(pair.key));
    if (loc.inFlow || m->collectionStyle() == CollectionStyle::Flow) {
        if (i + 1 < m->size())
            return apply({{keyStart, off(m->pairs().at(i + 1).key), {}}}, expect);
        const Node::Pair &prev = m->pairs().at(i - 1);
        return apply({{std::max(endOff(prev.value), endOff(prev.key)), valueEnd, {}}}, expect);
    }
    if (firstOnLine(s, keyStart)) {
        const qsizetype end = afterValueLine(s, valueEnd);
        if (end < 0)
            return editError(ErrorCode::Unsupported,
                             StudioTr::tr("cannot remove %1: other content follows it on the same line").arg(pathToString(p)));
        return apply({{lineStart(s, keyStart), end, {}}}, expect);
    }
    if (i + 1 < m->size())
        return apply({{keyStart, off(m->pairs().at(i + 1).key), {}}}, expect);
    return editError(ErrorCode::Unsupported, StudioTr::tr("cannot remove %1 in this layout").arg(pathToString(p)));
}

Result<void> Editor::appendItem(const QString &seqPath, const QJsonValue &value)
{
    auto pr = parsePath(seqPath);
    if (!pr)
        return pr.error();
    if (auto e = duplicateKeyError(m_doc.root, *pr))
        return *e;
    return withFallback([&] { return appendItemAt(*pr, value); });
}

Result<void> Editor::appendItemAt(const QList<PathSegment> &p, const QJsonValue &value)
{
    if (!m_doc.root)
        return editError(ErrorCode::InvalidInput, StudioTr::tr("no document is loaded"));
    const Loc loc = locate(m_doc.root, p);
    const NodePtr sq = loc.node;
    const QByteArray &s = m_doc.source;
    if (!sq || sq->isNull() || (sq->isScalar() && sq->isYamlNullScalar())
        || (sq->isSequence() && sq->size() == 0 && !loc.inFlow))
        return setValueAt(p, QJsonArray{value}, false);
    if (!sq->isSequence())
        return editError(ErrorCode::InvalidInput, StudioTr::tr("%1 is not a list").arg(pathToString(p)));
    Expectation expect{Op::Append, p, value, -1, -1, {}, {}};
    const NodePtr last = sq->items().last();
    if (loc.inFlow || sq->collectionStyle() == CollectionStyle::Flow) {
        if (sq->size() == 0)
            return apply({{off(sq), endOff(sq), emitFlow(QJsonArray{value})}}, expect);
        return apply({{endOff(last), endOff(last), ", " + emitFlow(value)}}, expect);
    }
    // Block: the new item goes on the line after the last one, at the same dash column.
    qsizetype lastEnd = endOff(last);
    const qsizetype dash = dashBefore(s, off(last));
    if (dash < 0)
        return editError(ErrorCode::Unsupported, StudioTr::tr("cannot find the '-' of the last item of %1").arg(pathToString(p)));
    lastEnd = std::max(lastEnd, dash + 1);
    const qsizetype pos = afterValueLine(s, lastEnd);
    if (pos < 0)
        return editError(ErrorCode::Unsupported,
                         StudioTr::tr("cannot append to %1: other content follows its last item on the same line")
                             .arg(pathToString(p)));
    const qsizetype dashCol = columnOf(s, dash);
    QByteArray text = QByteArray(dashCol, ' ') + "- " + emitYaml(value, int(dashCol + 2)).mid(dashCol + 2);
    if (pos == s.size() && !s.isEmpty() && !isBreak(s[s.size() - 1])) {
        text.chop(1);
        text.prepend('\n');
    }
    return apply({{pos, pos, text}}, expect);
}

Result<void> Editor::removeItem(const QString &seqPath, int index)
{
    auto pr = parsePath(seqPath);
    if (!pr)
        return pr.error();
    const QList<PathSegment> p = *pr;
    if (auto e = duplicateKeyError(m_doc.root, p))
        return *e;
    const Loc loc = locate(m_doc.root, p);
    const NodePtr sq = loc.node;
    if (!sq || !sq->isSequence())
        return editError(ErrorCode::NotFound, StudioTr::tr("%1 is not a list").arg(pathToString(p)));
    if (index < 0 || index >= sq->size())
        return editError(ErrorCode::NotFound,
                         StudioTr::tr("%1 has no item %2").arg(pathToString(p)).arg(index));
    if (sq->size() == 1)
        return setValueAt(p, QJsonArray(), false);
    const QByteArray &s = m_doc.source;
    Expectation expect{Op::RemoveItem, p, {}, index, -1, {}, {}};
    const NodePtr item = sq->items().at(index);
    if (loc.inFlow || sq->collectionStyle() == CollectionStyle::Flow) {
        if (index + 1 < sq->size())
            return apply({{off(item), off(sq->items().at(index + 1)), {}}}, expect);
        const NodePtr prev = sq->items().at(index - 1);
        return apply({{endOff(prev), endOff(item), {}}}, expect);
    }
    const qsizetype dash = dashBefore(s, off(item));
    if (dash < 0)
        return editError(ErrorCode::Unsupported, StudioTr::tr("cannot find the '-' of item %1").arg(index));
    const qsizetype itemEnd = std::max(endOff(item), dash + 1);
    if (firstOnLine(s, dash)) {
        const qsizetype end = afterValueLine(s, itemEnd);
        if (end < 0)
            return editError(ErrorCode::Unsupported, StudioTr::tr("cannot remove item %1 in this layout").arg(index));
        return apply({{lineStart(s, dash), end, {}}}, expect);
    }
    if (index + 1 < sq->size()) {
        const qsizetype nextDash = dashBefore(s, off(sq->items().at(index + 1)));
        if (nextDash > dash)
            return apply({{dash, nextDash, {}}}, expect);
    }
    return editError(ErrorCode::Unsupported, StudioTr::tr("cannot remove item %1 in this layout").arg(index));
}

Result<void> Editor::moveItem(const QString &seqPath, int from, int to)
{
    auto pr = parsePath(seqPath);
    if (!pr)
        return pr.error();
    const QList<PathSegment> p = *pr;
    if (auto e = duplicateKeyError(m_doc.root, p))
        return *e;
    const Loc loc = locate(m_doc.root, p);
    const NodePtr sq = loc.node;
    if (!sq || !sq->isSequence())
        return editError(ErrorCode::NotFound, StudioTr::tr("%1 is not a list").arg(pathToString(p)));
    const int n = sq->size();
    if (from < 0 || from >= n || to < 0 || to >= n)
        return editError(ErrorCode::NotFound,
                         StudioTr::tr("cannot move item %1 to %2: %3 has %4 items").arg(from).arg(to).arg(pathToString(p)).arg(n));
    if (from == to)
        return {};
    const QByteArray &s = m_doc.source;
    Expectation expect{Op::Move, p, {}, from, to, {}, {}};
    QList<QByteArray> chunks;
    if (loc.inFlow || sq->collectionStyle() == CollectionStyle::Flow) {
        for (const NodePtr &it : sq->items())
            chunks.append(s.mid(off(it), endOff(it) - off(it)));
        chunks.move(from, to);
        return apply({{off(sq->items().first()), endOff(sq->items().last()), chunks.join(", ")}}, expect);
    }
    qsizetype regionStart = -1;
    qsizetype prevEnd = -1;
    for (int i = 0; i < n; ++i) {
        const NodePtr it = sq->items().at(i);
        const qsizetype dash = dashBefore(s, off(it));
        if (dash < 0 || !firstOnLine(s, dash))
            return editError(ErrorCode::Unsupported,
                             StudioTr::tr("cannot reorder %1: its items do not each start on their own line").arg(pathToString(p)));
        qsizetype start = i == 0 ? lineStart(s, dash) : prevEnd;
        if (i == 0) {
            // Comment lines right above the first item belong to it.
            while (start > 0) {
                const qsizetype prevLine = lineStart(s, start - 1);
                const qsizetype content = skipWsAndComments(s, prevLine);
                bool isComment = false;
                for (qsizetype k = prevLine; k < start; ++k) {
                    if (!isBlank(s[k])) {
                        isComment = s[k] == '#';
                        break;
                    }
                }
                if (!isComment || content < start)
                    break;
                start = prevLine;
            }
        }
        const qsizetype end = afterValueLine(s, std::max(endOff(it), dash + 1));
        if (end < 0)
            return editError(ErrorCode::Unsupported, StudioTr::tr("cannot reorder %1 in this layout").arg(pathToString(p)));
        if (i == 0)
            regionStart = start;
        QByteArray chunk = s.mid(start, end - start);
        if (chunk.isEmpty() || !isBreak(chunk.back()))
            chunk += '\n';
        chunks.append(chunk);
        prevEnd = end;
    }
    const bool endsWithBreak = prevEnd > 0 && isBreak(s[prevEnd - 1]);
    chunks.move(from, to);
    QByteArray joined = chunks.join();
    if (!endsWithBreak)
        joined.chop(joined.endsWith("\r\n") ? 2 : 1);
    return apply({{regionStart, prevEnd, joined}}, expect);
}

// Checks shared by renameKey() and moveKey(): `path` names an existing key of a mapping.
static Result<Loc> locateKey(const NodePtr &root, const QList<Editor::PathSegment> &p, const QString &path)
{
    if (!root)
        return editError(ErrorCode::InvalidInput, StudioTr::tr("no document is loaded"));
    if (p.isEmpty() || p.last().index >= 0)
        return editError(ErrorCode::InvalidInput, StudioTr::tr("'%1' does not name a mapping key").arg(path));
    if (auto e = duplicateKeyError(root, p))
        return *e;
    const Loc loc = locate(root, p);
    if (!loc.node || !loc.key || !loc.parent || !loc.parent->isMapping())
        return editError(ErrorCode::NotFound, StudioTr::tr("%1 was not found").arg(pathToString(p)));
    for (const Node::Pair &pair : loc.parent->pairs()) {
        if (!pair.key || !(pair.key->isScalar() || pair.key->isNull()))
            return editError(ErrorCode::Unsupported,
                             StudioTr::tr("%1 has a key that is not a plain name; edit the text directly")
                                 .arg(pathToString(p, int(p.size()) - 1)));
    }
    return loc;
}

static QStringList keysOf(const NodePtr &m)
{
    QStringList keys;
    for (const Node::Pair &pair : m->pairs())
        keys << pair.key->scalar();
    return keys;
}

Result<void> Editor::renameKey(const QString &path, const QString &newName)
{
    auto pr = parsePath(path);
    if (!pr)
        return pr.error();
    const QList<PathSegment> p = *pr;
    auto located = locateKey(m_doc.root, p, path);
    if (!located)
        return located.error();
    const Loc loc = *located;
    const QString oldName = p.last().key;
    if (newName.isEmpty())
        return editError(ErrorCode::InvalidInput,
                         StudioTr::tr("cannot rename %1: the new name is empty; type a name").arg(pathToString(p)));
    if (newName.size() > 1000)
        return editError(ErrorCode::InvalidInput,
                         StudioTr::tr("cannot rename %1: the new name is longer than 1000 characters").arg(pathToString(p)));
    for (QChar c : newName) {
        if (c.category() == QChar::Other_Control)
            return editError(ErrorCode::InvalidInput,
                             StudioTr::tr("cannot rename %1: the new name contains a control character (line break, tab…); "
                                "use letters, digits, '_' or '-'")
                                 .arg(pathToString(p)));
    }
    if (newName == oldName)
        return {};
    if (pairIndexOf(loc.parent, newName) >= 0) {
        QList<PathSegment> target = p;
        target.last().key = newName;
        return editError(ErrorCode::Conflict,
                         StudioTr::tr("cannot rename %1: %2 already exists; choose another name")
                             .arg(pathToString(p), pathToString(target)));
    }
    const NodePtr key = loc.key;
    if (!key->tag().isEmpty() || !key->anchor().isEmpty())
        return editError(ErrorCode::Unsupported,
                         StudioTr::tr("cannot rename %1: the key carries a tag or an anchor; edit the text directly")
                             .arg(pathToString(p)));
    const bool flow = loc.inFlow || loc.parent->collectionStyle() == CollectionStyle::Flow;
    QString text = formatScalarInStyle(newName, key->scalarStyle(), flow);
    if (key->scalarStyle() == ScalarStyle::Literal || key->scalarStyle() == ScalarStyle::Folded)
        text = formatKey(newName, flow);
    Expectation expect{Op::Rename, p, {}, -1, -1, newName, {}};
    expect.keyOrder = keysOf(loc.parent);
    expect.keyOrder[loc.pairIndex] = newName;
    return apply({{off(key), endOff(key), text.toUtf8()}}, expect);
}

Result<void> Editor::moveKey(const QString &path, int newIndex)
{
    auto pr = parsePath(path);
    if (!pr)
        return pr.error();
    const QList<PathSegment> p = *pr;
    auto located = locateKey(m_doc.root, p, path);
    if (!located)
        return located.error();
    const Loc loc = *located;
    const NodePtr m = loc.parent;
    const int n = m->size();
    const int from = loc.pairIndex;
    if (newIndex < 0 || newIndex >= n)
        return editError(ErrorCode::NotFound,
                         StudioTr::tr("cannot move %1 to position %2: the mapping has %3 keys")
                             .arg(pathToString(p))
                             .arg(newIndex)
                             .arg(n));
    if (newIndex == from)
        return {};
    const QByteArray &s = m_doc.source;
    Expectation expect{Op::MoveKey, p, {}, from, newIndex, {}, {}};
    expect.keyOrder = keysOf(m);
    expect.keyOrder.move(from, newIndex);
    auto entryEnd = [](const Node::Pair &pair) { return std::max(endOff(pair.value), endOff(pair.key)); };

    if (loc.inFlow || m->collectionStyle() == CollectionStyle::Flow) {
        // Each entry's text swaps places; what lies between the entries (", ", line breaks,
        // comments) stays where it is.
        QList<QByteArray> entries;
        for (const Node::Pair &pair : m->pairs())
            entries.append(s.mid(off(pair.key), entryEnd(pair) - off(pair.key)));
        QList<QByteArray> order = entries;
        order.move(from, newIndex);
        QList<Splice> splices;
        for (int i = 0; i < n; ++i) {
            const Node::Pair &pair = m->pairs().at(i);
            splices.append({off(pair.key), entryEnd(pair), order.at(i)});
        }
        return apply(splices, expect);
    }

    // Block mapping. Each entry: the comment and blank lines above its key (its "lead"), then
    // the key and everything up to the end of its value's last line (its "body", which starts
    // at the key, without the indentation).
    struct Entry
    {
        QByteArray lead;
        QByteArray body;
    };
    QList<Entry> entries;
    const qsizetype column = columnOf(s, off(m->pairs().at(0).key));
    const bool firstInline = !firstOnLine(s, off(m->pairs().at(0).key)); // `- name: x` or `? `
    qsizetype regionStart = -1;
    qsizetype prevEnd = -1;
    for (int i = 0; i < n; ++i) {
        const Node::Pair &pair = m->pairs().at(i);
        const qsizetype keyStart = off(pair.key);
        Entry entry;
        if (i == 0 && firstInline) {
            regionStart = keyStart;
        } else {
            if (!firstOnLine(s, keyStart) || columnOf(s, keyStart) != column)
                return editError(ErrorCode::Unsupported,
                                 StudioTr::tr("cannot reorder %1: its keys do not each start on their own line")
                                     .arg(pathToString(p, int(p.size()) - 1)));
            qsizetype start = i == 0 ? lineStart(s, keyStart) : prevEnd;
            if (i == 0) {
                // Comment lines right above the first key (up to a blank line) belong to it.
                while (start > 0) {
                    const qsizetype prevLine = lineStart(s, start - 1);
                    qsizetype k = prevLine;
                    while (k < start && isBlank(s[k]))
                        ++k;
                    if (k >= start || s[k] != '#' || columnOf(s, k) != column)
                        break;
                    start = prevLine;
                }
                regionStart = start;
            }
            entry.lead = s.mid(start, lineStart(s, keyStart) - start);
        }
        qsizetype end = afterValueLine(s, entryEnd(pair));
        if (end < 0)
            return editError(ErrorCode::Unsupported,
                             StudioTr::tr("cannot reorder %1 in this layout").arg(pathToString(p, int(p.size()) - 1)));
        // Comment lines right after the value and indented deeper than the key are the value's.
        while (end < s.size()) {
            qsizetype k = end;
            while (k < s.size() && isBlank(s[k]))
                ++k;
            if (k >= s.size() || s[k] != '#' || k - end <= column)
                break;
            end = nextLineStart(s, k);
        }
        entry.body = s.mid(keyStart, end - keyStart);
        if (entry.body.isEmpty() || !isBreak(entry.body.back()))
            entry.body += '\n';
        entries.append(entry);
        prevEnd = end;
    }
    const bool endsWithBreak = prevEnd > 0 && isBreak(s[prevEnd - 1]);
    entries.move(from, newIndex);
    const QByteArray indent(column, ' ');
    QByteArray joined;
    for (int i = 0; i < n; ++i) {
        const Entry &entry = entries.at(i);
        if (i == 0 && firstInline) {
            if (!entry.lead.trimmed().isEmpty())
                return editError(ErrorCode::Unsupported,
                                 StudioTr::tr("cannot move %1 there: the entry that would come first has comment lines "
                                    "above it, and the first key shares its line with '-'; edit the text directly")
                                     .arg(pathToString(p)));
            joined += entry.body;
        } else {
            joined += entry.lead + indent + entry.body;
        }
    }
    if (!endsWithBreak)
        joined.chop(joined.endsWith("\r\n") ? 2 : 1);
    return apply({{regionStart, prevEnd, joined}}, expect);
}

} // namespace Studio::Yaml
