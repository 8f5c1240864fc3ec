// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/yaml/yamljson.h"

#include "core/yaml/yamltime.h"
#include "core/yaml/yamlwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Studio::Yaml {

namespace {

bool isNullWord(const QString &t)
{
    return t.isEmpty() || t == QLatin1String("~") || t == QLatin1String("null") || t == QLatin1String("Null")
        || t == QLatin1String("NULL");
}

QJsonValue resolveDaemon(const QString &t)
{
    if (isNullWord(t))
        return QJsonValue::Null;
    if (t == QLatin1String("true") || t == QLatin1String("True") || t == QLatin1String("TRUE"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("False") || t == QLatin1String("FALSE"))
        return false;
    // yaml.v3 tries a timestamp before a number; the daemon sends the time.Time on as RFC 3339.
    if (t.size() > 4 && t[0].isDigit() && t[0].unicode() < 128) {
        if (const auto ts = parseYamlV3Timestamp(t)) {
            const QString text = ts->toRfc3339Nano();
            return text.isEmpty() ? QJsonValue(t) : QJsonValue(text);
        }
    }
    auto n = Node::makeScalar(t);
    if (auto i = n->toInt())
        return double(*i);
    if (auto d = n->toDouble())
        return *d;
    return t;
}

const QRegularExpression &sdkBool()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    return re;
}
const QRegularExpression &sdkInt()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
        "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}
const QRegularExpression &sdkFloat()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return re;
}

QJsonValue resolveSdk(const QString &t)
{
    if (isNullWord(t))
        return QJsonValue::Null;
    if (sdkBool().match(t).hasMatch()) {
        const QString l = t.toLower();
        return l == QLatin1String("yes") || l == QLatin1String("true") || l == QLatin1String("on");
    }
    if (sdkInt().match(t).hasMatch()) {
        QString v = QString(t).remove(QLatin1Char('_'));
        double sign = 1;
        if (v.startsWith(QLatin1Char('-')) || v.startsWith(QLatin1Char('+'))) {
            sign = v.startsWith(QLatin1Char('-')) ? -1 : 1;
            v = v.mid(1);
        }
        bool ok = false;
        double out = 0;
        if (v == QLatin1String("0")) {
            return 0.0;
        } else if (v.startsWith(QLatin1String("0b"))) {
            out = double(v.mid(2).toULongLong(&ok, 2));
        } else if (v.startsWith(QLatin1String("0x"))) {
            out = double(v.mid(2).toULongLong(&ok, 16));
        } else if (v.startsWith(QLatin1Char('0'))) {
            out = double(v.mid(1).toULongLong(&ok, 8));
        } else if (v.contains(QLatin1Char(':'))) {
            ok = true;
            for (const QString &part : v.split(QLatin1Char(':')))
                out = out * 60 + part.toDouble();
        } else {
            out = v.toDouble(&ok);
        }
        if (ok)
            return sign * out;
        return t;
    }
    if (sdkFloat().match(t).hasMatch()) {
        QString v = QString(t).remove(QLatin1Char('_')).toLower();
        double sign = 1;
        if (v.startsWith(QLatin1Char('-')) || v.startsWith(QLatin1Char('+'))) {
            sign = v.startsWith(QLatin1Char('-')) ? -1 : 1;
            v = v.mid(1);
        }
        if (v == QLatin1String(".inf"))
            return sign * std::numeric_limits<double>::infinity();
        if (v == QLatin1String(".nan"))
            return std::numeric_limits<double>::quiet_NaN();
        if (v.contains(QLatin1Char(':'))) {
            double out = 0;
            for (const QString &part : v.split(QLatin1Char(':')))
                out = out * 60 + part.toDouble();
            return sign * out;
        }
        bool ok = false;
        if (v.endsWith(QLatin1Char('.')))
            v += QLatin1Char('0');
        if (v.startsWith(QLatin1Char('.')))
            v.prepend(QLatin1Char('0'));
        const double d = v.toDouble(&ok);
        if (ok)
            return sign * d;
    }
    return t;
}

QJsonValue scalarToJson(const Node &n, JsonMode mode)
{
    const QString &tag = n.tag();
    if (n.isNull() && (tag.isEmpty() || tag == QLatin1String("!!null")))
        return QJsonValue::Null;
    if (!tag.isEmpty()) {
        if (tag == QLatin1String("!!str"))
            return n.scalar();
        if (tag == QLatin1String("!!null"))
            return QJsonValue::Null;
        if (tag == QLatin1String("!!bool") || tag == QLatin1String("!!int") || tag == QLatin1String("!!float")
            || (tag == QLatin1String("!!timestamp") && mode == JsonMode::Daemon)) {
            const QJsonValue v = resolvePlainScalar(n.scalar(), mode);
            if (!v.isString())
                return v;
        }
        return n.scalar();
    }
    if (n.scalarStyle() != ScalarStyle::Plain)
        return n.scalar();
    return resolvePlainScalar(n.scalar(), mode);
}

QString keyText(const NodePtr &key, JsonMode mode)
{
    if (!key)
        return {};
    if (key->isScalar() || key->isNull()) {
        const QJsonValue v = scalarToJson(*key, mode);
        if (v.isString())
            return v.toString();
        return key->scalar();
    }
    return QString::fromUtf8(emitFlow(toJson(key, mode)));
}

// `<<: *base` (YAML 1.1 merge keys), which both readers apply.
bool isMergeKey(const NodePtr &key, JsonMode mode)
{
    if (!key || !key->isScalar() || key->scalarStyle() != ScalarStyle::Plain || key->scalar() != QLatin1String("<<"))
        return false;
    const QString &tag = key->tag();
    return tag.isEmpty() || tag == QLatin1String("!!merge") || (mode == JsonMode::Daemon && tag == QLatin1String("!"));
}

// The mappings a merge value names: itself, or the mappings of a list (other values are refused
// by both readers; they contribute nothing here).
QList<NodePtr> mergeSources(const NodePtr &value)
{
    QList<NodePtr> out;
    if (value && value->isMapping()) {
        out.append(value);
    } else if (value && value->isSequence()) {
        for (const NodePtr &m : value->items()) {
            if (m && m->isMapping())
                out.append(m);
        }
    }
    return out;
}

QJsonValue mappingToJson(const Node &node, JsonMode mode)
{
    QJsonObject o;
    if (mode == JsonMode::Daemon) {
        // yaml.v3: the mapping's own keys, the first of duplicates (Node::get(); the loader reports
        // duplicates where yaml.v3 refuses them); then the LAST merge key's mappings in order,
        // each adding only keys not set yet.
        NodePtr merge;
        for (const Node::Pair &p : node.pairs()) {
            if (isMergeKey(p.key, mode)) {
                merge = p.value;
                continue;
            }
            const QString k = keyText(p.key, mode);
            if (!o.contains(k))
                o.insert(k, toJson(p.value, mode));
        }
        for (const NodePtr &m : mergeSources(merge)) {
            const QJsonObject sub = toJson(m, mode).toObject();
            for (auto it = sub.begin(); it != sub.end(); ++it) {
                if (!o.contains(it.key()))
                    o.insert(it.key(), it.value());
            }
        }
        return o;
    }
    // PyYAML (flatten_mapping): every merge key in order, a list's mappings last-to-first, then the
    // mapping's own pairs; a later pair overrides an earlier one.
    for (const Node::Pair &p : node.pairs()) {
        if (!isMergeKey(p.key, mode))
            continue;
        QList<NodePtr> sources = mergeSources(p.value);
        std::reverse(sources.begin(), sources.end());
        for (const NodePtr &m : std::as_const(sources)) {
            const QJsonObject sub = toJson(m, mode).toObject();
            for (auto it = sub.begin(); it != sub.end(); ++it)
                o.insert(it.key(), it.value());
        }
    }
    for (const Node::Pair &p : node.pairs()) {
        if (!isMergeKey(p.key, mode))
            o.insert(keyText(p.key, mode), toJson(p.value, mode));
    }
    return o;
}

} // namespace

QJsonValue resolvePlainScalar(const QString &text, JsonMode mode)
{
    return mode == JsonMode::Daemon ? resolveDaemon(text) : resolveSdk(text);
}

QJsonValue toJson(const NodePtr &node, JsonMode mode)
{
    if (!node)
        return QJsonValue::Null;
    switch (node->kind()) {
    case NodeKind::Null:
    case NodeKind::Scalar:
        return scalarToJson(*node, mode);
    case NodeKind::Sequence: {
        QJsonArray a;
        for (const NodePtr &item : node->items())
            a.append(toJson(item, mode));
        return a;
    }
    case NodeKind::Mapping:
        return mappingToJson(*node, mode);
    }
    return QJsonValue::Null;
}

NodePtr fromJson(const QJsonValue &value, Mark mark)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: {
        auto n = Node::makeNull(mark);
        n->setScalar(QStringLiteral("null"));
        return n;
    }
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return Node::makeScalar(formatJsonScalar(value), ScalarStyle::Plain, mark);
    case QJsonValue::String: {
        const QString s = value.toString();
        return Node::makeScalar(s, isPlainSafe(s) ? ScalarStyle::Plain : ScalarStyle::DoubleQuoted, mark);
    }
    case QJsonValue::Array: {
        auto n = Node::makeSequence(CollectionStyle::Block, mark);
        for (const QJsonValue &v : value.toArray())
            n->appendItem(fromJson(v, mark));
        return n;
    }
    case QJsonValue::Object: {
        auto n = Node::makeMapping(CollectionStyle::Block, mark);
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n->appendPair(Node::makeScalar(it.key(), isPlainSafe(it.key()) ? ScalarStyle::Plain : ScalarStyle::DoubleQuoted,
                                           mark),
                          fromJson(it.value(), mark));
        return n;
    }
    }
    return Node::makeNull(mark);
}

} // namespace Studio::Yaml
