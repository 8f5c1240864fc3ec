// SPDX-License-Identifier: GPL-3.0-or-later
// The comment-preserving YAML editor: parse a document, apply random edits (set a scalar or a
// value, insert, remove, rename and move keys, append, remove and move items) at paths taken from
// the document, and after each edit reparse the text from scratch.
// Invariants, checked independently of the editor's own verification:
//  - a successful edit leaves text that parses, and reads (in the daemon's typing) exactly as a
//    JSON model of the document with that one change, computed here; the SDK's typing of the
//    reparsed text equals the editor's own tree;
//  - key order after renameKey/moveKey is the intended one;
//  - a refused edit leaves the text byte-identical;
//  - setting a one-line scalar to a one-line value keeps every comment line of the file.
// Input: the YAML text (FuzzedDataProvider string: a backslash followed by another character ends
// it, "\\" is one backslash), then the edit program.
#include "fuzz/fuzzcommon.h"

#include "core/yaml/yamleditor.h"
#include "core/yaml/yamljson.h"

#include <QMap>

using namespace Studio;
using Yaml::Editor;

namespace {

using Segs = QList<Editor::PathSegment>;

QString pathText(const Segs &segs)
{
    QString s;
    for (const auto &seg : segs) {
        if (seg.index >= 0)
            s += QStringLiteral("[%1]").arg(seg.index);
        else
            s += (s.isEmpty() ? QString() : QStringLiteral(".")) + Editor::escapePathKey(seg.key);
    }
    return s;
}

// Every path to an existing node whose keys are plain scalar keys (what the form edits).
void collectPaths(const Yaml::NodePtr &n, Segs prefix, QList<Segs> &out, int depth = 0)
{
    if (!n || out.size() >= 200 || depth > 20)
        return;
    out << prefix;
    if (n->isMapping()) {
        for (const auto &p : n->pairs()) {
            if (!p.key || !p.key->isScalar() || p.key->scalar() == QLatin1String("<<"))
                continue;
            Segs s = prefix;
            s << Editor::PathSegment{p.key->scalar(), -1};
            collectPaths(p.value, s, out, depth + 1);
        }
    } else if (n->isSequence()) {
        for (int i = 0; i < n->size(); ++i) {
            Segs s = prefix;
            s << Editor::PathSegment{{}, i};
            collectPaths(n->items().at(i), s, out, depth + 1);
        }
    }
}

// The JSON model: applies `fn` to the value at `segs` (creating objects on the way for keys).
// Returns false when the path goes through something that is neither (then the edit is not
// modelled and only the other invariants are checked).
template<typename Fn>
bool modelEdit(QJsonValue &v, const Segs &segs, int i, Fn fn)
{
    if (i == segs.size())
        return fn(v);
    const auto &seg = segs.at(i);
    if (seg.index >= 0) {
        if (!v.isArray())
            return false;
        QJsonArray a = v.toArray();
        if (seg.index >= a.size())
            return false;
        QJsonValue child = a.at(seg.index);
        if (!modelEdit(child, segs, i + 1, fn))
            return false;
        a[seg.index] = child;
        v = a;
        return true;
    }
    if (!v.isObject() && !v.isNull() && !v.isUndefined())
        return false;
    QJsonObject o = v.toObject();
    QJsonValue child = o.value(seg.key);
    if (!modelEdit(child, segs, i + 1, fn))
        return false;
    if (child.isUndefined())
        o.remove(seg.key);
    else
        o.insert(seg.key, child);
    v = o;
    return true;
}

QStringList keyOrder(const Yaml::NodePtr &root, const Segs &mappingPath)
{
    Yaml::NodePtr n = root;
    for (const auto &seg : mappingPath) {
        if (!n)
            return {};
        n = seg.index >= 0 ? (n->isSequence() && seg.index < n->size() ? n->items().at(seg.index) : nullptr)
                           : (n->isMapping() ? n->get(seg.key) : nullptr);
    }
    QStringList keys;
    if (n && n->isMapping())
        for (const auto &p : n->pairs())
            keys << (p.key ? p.key->scalar() : QString());
    return keys;
}

QStringList commentLines(const QByteArray &text)
{
    QStringList out;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray t = line.trimmed();
        if (t.startsWith('#'))
            out << QString::fromUtf8(t);
    }
    out.sort();
    return out;
}

bool hasDuplicateKeysOrMerges(const Yaml::NodePtr &n, int depth = 0)
{
    if (!n || depth > 64)
        return false;
    if (!n->anchor().isEmpty() || !n->tag().isEmpty())
        return true;
    if (n->isMapping()) {
        QSet<QString> seen;
        for (const auto &p : n->pairs()) {
            const QString k = p.key ? p.key->scalar() : QString();
            if (!p.key || !p.key->isScalar() || k == QLatin1String("<<") || seen.contains(k))
                return true;
            seen.insert(k);
            if (hasDuplicateKeysOrMerges(p.value, depth + 1))
                return true;
        }
    }
    if (n->isSequence())
        for (const auto &item : n->items())
            if (hasDuplicateKeysOrMerges(item, depth + 1))
                return true;
    return false;
}

QJsonValue randomValue(FuzzedDataProvider &fdp, int depth = 0)
{
    switch (fdp.ConsumeIntegralInRange<int>(0, depth > 2 ? 4 : 6)) {
    case 0:
        return QString::fromUtf8(QByteArray::fromStdString(fdp.ConsumeRandomLengthString(40)));
    case 1:
        return double(fdp.ConsumeIntegralInRange<int>(-100000, 100000));
    case 2:
        return fdp.ConsumeBool();
    case 3:
        return QJsonValue(QJsonValue::Null);
    case 4: {
        static const char *tricky[] = {"yes", "no", "on", "~", "null", "1e3", "0x1F", "010", "1:20", "3.10",
                                       "- item", "a: b", "#x", "'q'", "\"d\"", "", " lead", "trail ", "a\nb",
                                       "a\n\nb\n", "{x}", "[y]", "@at", "`bt`", "%p", "!tag", "&anc", "*ali",
                                       "2024-01-02", "...", "---", "\t", "|", ">", "?", ",", "\xc3\xa9"};
        return QString::fromUtf8(tricky[fdp.ConsumeIntegralInRange<size_t>(0, std::size(tricky) - 1)]);
    }
    case 5: {
        QJsonArray a;
        const int n = fdp.ConsumeIntegralInRange<int>(0, 3);
        for (int i = 0; i < n; ++i)
            a.append(randomValue(fdp, depth + 1));
        return a;
    }
    default: {
        QJsonObject o;
        const int n = fdp.ConsumeIntegralInRange<int>(0, 3);
        for (int i = 0; i < n; ++i)
            o.insert(QString::fromUtf8(QByteArray::fromStdString(fdp.ConsumeRandomLengthString(12))), randomValue(fdp, depth + 1));
        return o;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    FuzzedDataProvider fdp(data, size);
    const QByteArray text = QByteArray::fromStdString(fdp.ConsumeRandomLengthString(16 * 1024));
    Yaml::ParseLimits limits;
    limits.maxNodes = 100'000;
    auto ed = Editor::fromText(text, QStringLiteral("fuzz.yaml"), limits);
    if (!ed)
        return 0;
    Editor editor = std::move(*ed);
    // Documents with anchors, tags, merge keys or duplicate keys are edited too (the editor must
    // refuse or verify), but the independent model is only exact without them.
    const bool modelled = !hasDuplicateKeysOrMerges(editor.root());
    QJsonValue model = Yaml::toJson(editor.root(), Yaml::JsonMode::Daemon);

    for (int step = 0; step < 8 && fdp.remaining_bytes() > 0; ++step) {
        QList<Segs> paths;
        collectPaths(editor.root(), {}, paths);
        const Segs path = paths.isEmpty() ? Segs{} : paths.at(fdp.ConsumeIntegralInRange<qsizetype>(0, paths.size() - 1));
        const QString p = pathText(path);
        const QByteArray before = editor.text();
        const Yaml::NodePtr target = editor.node(p);
        QJsonValue expected = model;
        bool known = modelled; // the model knows the outcome of a successful edit
        Segs orderPath;        // where to check the key order
        QStringList order;
        bool keepComments = false;
        Result<void> r;

        switch (fdp.ConsumeIntegralInRange<int>(0, 8)) {
        case 0: { // setScalar
            const QString value = QString::fromUtf8(QByteArray::fromStdString(fdp.ConsumeRandomLengthString(60)));
            r = editor.setScalar(p, value);
            known = known && !path.isEmpty() && modelEdit(expected, path, 0, [&](QJsonValue &v) { v = value; return true; });
            // (A multi-line value may itself hold lines that start with '#': not comments.)
            keepComments = !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')) && target && target->isScalar() && target->mark().offset >= 0 && target->endMark().offset >= 0
                && !before.mid(target->mark().offset, target->endMark().offset - target->mark().offset).contains('\n');
            break;
        }
        case 1: { // setValue
            const QJsonValue value = randomValue(fdp);
            r = editor.setValue(p, value);
            known = known && !path.isEmpty() && modelEdit(expected, path, 0, [&](QJsonValue &v) { v = value; return true; });
            break;
        }
        case 2: { // insertKey into a mapping (or a new key path)
            const QString key = QString::fromUtf8(QByteArray::fromStdString(fdp.ConsumeRandomLengthString(16)));
            const QJsonValue value = randomValue(fdp);
            QString after;
            if (target && target->isMapping() && target->size() > 0 && fdp.ConsumeBool()) {
                const auto &pr = target->pairs().at(fdp.ConsumeIntegralInRange<int>(0, target->size() - 1));
                after = pr.key ? pr.key->scalar() : QString();
            }
            r = editor.insertKey(p, key, value, after);
            known = known && modelEdit(expected, path, 0, [&](QJsonValue &v) {
                if (!v.isObject() && !v.isNull() && !v.isUndefined())
                    return false;
                QJsonObject o = v.toObject();
                if (o.contains(key))
                    return false; // must be refused: checked by the unchanged-text rule
                o.insert(key, value);
                v = o;
                return true;
            });
            break;
        }
        case 3: { // removeKey
            if (path.isEmpty() || path.last().index >= 0)
                continue;
            r = editor.removeKey(p);
            known = known && modelEdit(expected, path, 0, [](QJsonValue &v) { v = QJsonValue(QJsonValue::Undefined); return true; });
            break;
        }
        case 4: { // appendItem
            const QJsonValue value = randomValue(fdp);
            r = editor.appendItem(p, value);
            known = known && !path.isEmpty() && modelEdit(expected, path, 0, [&](QJsonValue &v) {
                if (!v.isArray() && !v.isNull() && !v.isUndefined())
                    return false;
                QJsonArray a = v.toArray();
                a.append(value);
                v = a;
                return true;
            });
            break;
        }
        case 5: { // removeItem
            const int index = fdp.ConsumeIntegralInRange<int>(-1, target && target->isSequence() ? target->size() : 2);
            r = editor.removeItem(p, index);
            known = known && modelEdit(expected, path, 0, [&](QJsonValue &v) {
                if (!v.isArray() || index < 0 || index >= v.toArray().size())
                    return false;
                QJsonArray a = v.toArray();
                a.removeAt(index);
                v = a;
                return true;
            });
            break;
        }
        case 6: { // moveItem
            const int n = target && target->isSequence() ? target->size() : 2;
            const int from = fdp.ConsumeIntegralInRange<int>(-1, n);
            const int to = fdp.ConsumeIntegralInRange<int>(-1, n);
            r = editor.moveItem(p, from, to);
            known = known && modelEdit(expected, path, 0, [&](QJsonValue &v) {
                QJsonArray a = v.toArray();
                if (!v.isArray() || from < 0 || from >= a.size() || to < 0 || to >= a.size())
                    return false;
                const QJsonValue item = a.at(from);
                a.removeAt(from);
                a.insert(to, item);
                v = a;
                return true;
            });
            break;
        }
        case 7: { // renameKey
            if (path.isEmpty() || path.last().index >= 0)
                continue;
            const QString newName = QString::fromUtf8(QByteArray::fromStdString(fdp.ConsumeRandomLengthString(16)));
            Segs parent = path;
            const QString oldName = parent.takeLast().key;
            order = keyOrder(editor.root(), parent);
            const qsizetype at = order.indexOf(oldName);
            if (at >= 0 && !order.contains(newName))
                order[at] = newName;
            else
                order.clear();
            orderPath = parent;
            r = editor.renameKey(p, newName);
            known = known && !newName.isEmpty() && modelEdit(expected, parent, 0, [&](QJsonValue &v) {
                QJsonObject o = v.toObject();
                if (!v.isObject() || !o.contains(oldName) || o.contains(newName))
                    return false;
                const QJsonValue moved = o.value(oldName);
                o.remove(oldName);
                o.insert(newName, moved);
                v = o;
                return true;
            });
            break;
        }
        default: { // moveKey
            if (path.isEmpty() || path.last().index >= 0)
                continue;
            Segs parent = path;
            const QString key = parent.takeLast().key;
            order = keyOrder(editor.root(), parent);
            const int newIndex = fdp.ConsumeIntegralInRange<int>(-1, int(order.size()));
            if (order.contains(key) && newIndex >= 0 && newIndex < order.size()) {
                order.removeOne(key);
                order.insert(newIndex, key);
            } else {
                order.clear();
            }
            orderPath = parent;
            r = editor.moveKey(p, newIndex);
            break;
        }
        }

        if (!r) {
            FUZZ_CHECK(editor.text() == before,
                       QStringLiteral("a refused edit at '%1' (%2) changed the text").arg(p, r.error().message));
            continue;
        }
        // Reparse from scratch: the editor's tree must be what its text says.
        auto again = Yaml::parse(editor.text(), QStringLiteral("again.yaml"), limits);
        FUZZ_CHECK(again, QStringLiteral("the edit at '%1' left text that does not parse: %2\n--- before\n%3\n--- after\n%4")
                              .arg(p, again ? QString() : again.error().message, QString::fromUtf8(before),
                                   QString::fromUtf8(editor.text())));
        const QJsonValue daemon = Yaml::toJson(again->root, Yaml::JsonMode::Daemon);
        const QJsonValue sdk = Yaml::toJson(again->root, Yaml::JsonMode::Sdk);
        FUZZ_CHECK(daemon == Yaml::toJson(editor.root(), Yaml::JsonMode::Daemon)
                       && sdk == Yaml::toJson(editor.root(), Yaml::JsonMode::Sdk),
                   QStringLiteral("the editor's tree differs from its own text after the edit at '%1'").arg(p));
        if (known)
            FUZZ_CHECK(daemon == expected,
                       QStringLiteral("the edit at '%1' gave %2, the model %3\n--- before\n%4\n--- after\n%5")
                           .arg(p, Fuzz::show(daemon), Fuzz::show(expected), QString::fromUtf8(before),
                                QString::fromUtf8(editor.text())));
        if (!order.isEmpty() && modelled)
            FUZZ_CHECK(keyOrder(again->root, orderPath) == order,
                       QStringLiteral("keys at '%1' are [%2], intended [%3]")
                           .arg(pathText(orderPath), keyOrder(again->root, orderPath).join(QLatin1Char(',')),
                                order.join(QLatin1Char(','))));
        if (keepComments)
            FUZZ_CHECK(commentLines(editor.text()) == commentLines(before),
                       QStringLiteral("setting the scalar at '%1' lost a comment\n--- before\n%2\n--- after\n%3")
                           .arg(p, QString::fromUtf8(before), QString::fromUtf8(editor.text())));
        model = modelled ? daemon : model;
    }
    return 0;
}
