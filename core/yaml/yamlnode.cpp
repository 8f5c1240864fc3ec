// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/yaml/yamlnode.h"

#include <cmath>
#include <limits>

namespace Studio::Yaml {

std::shared_ptr<Node> Node::makeNull(Mark mark)
{
    auto n = std::make_shared<Node>();
    n->m_kind = NodeKind::Null;
    n->m_mark = mark;
    return n;
}

std::shared_ptr<Node> Node::makeScalar(const QString &value, ScalarStyle style, Mark mark)
{
    auto n = std::make_shared<Node>();
    n->m_kind = NodeKind::Scalar;
    n->m_scalar = value;
    n->m_scalarStyle = style;
    n->m_mark = mark;
    return n;
}

std::shared_ptr<Node> Node::makeSequence(CollectionStyle style, Mark mark)
{
    auto n = std::make_shared<Node>();
    n->m_kind = NodeKind::Sequence;
    n->m_collectionStyle = style;
    n->m_mark = mark;
    return n;
}

std::shared_ptr<Node> Node::makeMapping(CollectionStyle style, Mark mark)
{
    auto n = std::make_shared<Node>();
    n->m_kind = NodeKind::Mapping;
    n->m_collectionStyle = style;
    n->m_mark = mark;
    return n;
}

namespace {
bool keyMatches(const NodePtr &key, QStringView want)
{
    return key && (key->isScalar() || key->isNull()) && key->scalar() == want;
}
} // namespace

const Node::Pair *Node::pair(QStringView key) const
{
    if (m_kind != NodeKind::Mapping)
        return nullptr;
    for (const Pair &p : m_pairs) {
        if (keyMatches(p.key, key))
            return &p;
    }
    return nullptr;
}

NodePtr Node::get(QStringView key) const
{
    const Pair *p = pair(key);
    return p ? p->value : nullptr;
}

int Node::countKey(QStringView key) const
{
    if (m_kind != NodeKind::Mapping)
        return 0;
    int n = 0;
    for (const Pair &p : m_pairs) {
        if (keyMatches(p.key, key))
            ++n;
    }
    return n;
}

std::optional<bool> Node::toBool() const
{
    if (!isPlainScalar())
        return std::nullopt;
    static const char *const yes[] = {"true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES", "on", "On", "ON"};
    static const char *const no[] = {"false", "False", "FALSE", "n", "N", "no", "No", "NO", "off", "Off", "OFF"};
    for (const char *w : yes) {
        if (m_scalar == QLatin1String(w))
            return true;
    }
    for (const char *w : no) {
        if (m_scalar == QLatin1String(w))
            return false;
    }
    return std::nullopt;
}

namespace {

// Go's strconv.ParseInt(s, 0, 64) after yaml.v3 removed every '_'.
std::optional<qint64> parseGoInt(QString s)
{
    s.remove(QLatin1Char('_'));
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    int i = 0;
    if (s[0] == QLatin1Char('+') || s[0] == QLatin1Char('-')) {
        negative = s[0] == QLatin1Char('-');
        i = 1;
    }
    int base = 10;
    const QString rest = s.mid(i);
    QString digits = rest;
    if (rest.size() > 2 && rest[0] == QLatin1Char('0')) {
        const QChar p = rest[1].toLower();
        if (p == QLatin1Char('x')) {
            base = 16;
            digits = rest.mid(2);
        } else if (p == QLatin1Char('o')) {
            base = 8;
            digits = rest.mid(2);
        } else if (p == QLatin1Char('b')) {
            base = 2;
            digits = rest.mid(2);
        } else {
            base = 8; // legacy 0777 octal, still accepted by yaml.v3
            digits = rest.mid(1);
        }
    } else if (rest.size() == 2 && rest[0] == QLatin1Char('0')) {
        base = 8;
        digits = rest.mid(1);
    }
    if (digits.isEmpty())
        return std::nullopt;
    quint64 v = 0;
    for (QChar qc : digits) {
        const int c = qc.unicode();
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0 || d >= base)
            return std::nullopt;
        if (v > (std::numeric_limits<quint64>::max() - quint64(d)) / quint64(base))
            return std::nullopt;
        v = v * quint64(base) + quint64(d);
    }
    if (negative) {
        if (v > quint64(std::numeric_limits<qint64>::max()) + 1)
            return std::nullopt;
        return qint64(0 - v);
    }
    if (v > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(v);
}

} // namespace

std::optional<qint64> Node::toInt() const
{
    if (!isPlainScalar())
        return std::nullopt;
    return parseGoInt(m_scalar);
}

std::optional<double> Node::toDouble() const
{
    if (!isPlainScalar())
        return std::nullopt;
    if (auto i = toInt())
        return double(*i);
    const QString s = QString(m_scalar).remove(QLatin1Char('_'));
    static const QStringList inf = {QStringLiteral(".inf"), QStringLiteral(".Inf"), QStringLiteral(".INF")};
    static const QStringList nan = {QStringLiteral(".nan"), QStringLiteral(".NaN"), QStringLiteral(".NAN")};
    QString body = s;
    double sign = 1;
    if (body.startsWith(QLatin1Char('+')) || body.startsWith(QLatin1Char('-'))) {
        sign = body.startsWith(QLatin1Char('-')) ? -1 : 1;
        body = body.mid(1);
    }
    if (inf.contains(body))
        return sign * std::numeric_limits<double>::infinity();
    if (nan.contains(s))
        return std::numeric_limits<double>::quiet_NaN();
    // yaml.v3's yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
    int i = 0;
    const int n = int(body.size());
    auto digit = [&](int k) { return k < n && body[k].isDigit() && body[k].unicode() < 128; };
    int intDigits = 0;
    while (digit(i)) {
        ++i;
        ++intDigits;
    }
    int fracDigits = 0;
    if (i < n && body[i] == QLatin1Char('.')) {
        ++i;
        while (digit(i)) {
            ++i;
            ++fracDigits;
        }
    }
    if (intDigits == 0 && fracDigits == 0)
        return std::nullopt;
    if (intDigits == 0 && body[0] != QLatin1Char('.'))
        return std::nullopt;
    if (i < n && (body[i] == QLatin1Char('e') || body[i] == QLatin1Char('E'))) {
        ++i;
        if (i < n && (body[i] == QLatin1Char('+') || body[i] == QLatin1Char('-')))
            ++i;
        if (!digit(i))
            return std::nullopt;
        while (digit(i))
            ++i;
    }
    if (i != n)
        return std::nullopt;
    bool ok = false;
    const double v = body.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return sign * v;
}

bool Node::isYamlNullScalar() const
{
    if (m_kind == NodeKind::Null)
        return m_tag.isEmpty() || m_tag == QLatin1String("!!null");
    if (!isPlainScalar())
        return false;
    return m_scalar.isEmpty() || m_scalar == QLatin1String("~") || m_scalar == QLatin1String("null")
        || m_scalar == QLatin1String("Null") || m_scalar == QLatin1String("NULL");
}

NodePtr find(const NodePtr &root, QStringView dottedPath)
{
    NodePtr cur = root;
    if (dottedPath.isEmpty())
        return cur;
    qsizetype start = 0;
    while (cur) {
        const qsizetype dot = dottedPath.indexOf(QLatin1Char('.'), start);
        const QStringView key = dot < 0 ? dottedPath.mid(start) : dottedPath.mid(start, dot - start);
        cur = cur->get(key);
        if (dot < 0)
            break;
        start = dot + 1;
    }
    return cur;
}

} // namespace Studio::Yaml
