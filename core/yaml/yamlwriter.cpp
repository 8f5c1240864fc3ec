// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/yaml/yamlwriter.h"

#include "core/yaml/yamljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Studio::Yaml {

namespace {

bool isPrintable(char32_t c)
{
    if (c == '\t' || c == '\n' || c == '\r')
        return false; // allowed in YAML, but not in a plain or single-quoted scalar we write
    if (c < 0x20 || c == 0x7F)
        return false;
    if (c >= 0x80 && c < 0xA0)
        return false;
    if (c == 0x2028 || c == 0x2029 || c == 0xFEFF || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF)
        return false;
    return true;
}

bool allPrintable(const QString &v)
{
    for (char32_t c : v.toUcs4()) {
        if (!isPrintable(c))
            return false;
    }
    return true;
}

const QRegularExpression &timestampLike()
{
    // Union of yaml.v3's timestamp formats and PyYAML's timestamp resolver.
    static const QRegularExpression re(QStringLiteral(
        "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}"
        "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$"));
    return re;
}

bool isYaml11BoolWord(const QString &v)
{
    static const QStringList words = {
        QStringLiteral("y"),    QStringLiteral("Y"),     QStringLiteral("yes"),   QStringLiteral("Yes"),
        QStringLiteral("YES"),  QStringLiteral("n"),     QStringLiteral("N"),     QStringLiteral("no"),
        QStringLiteral("No"),   QStringLiteral("NO"),    QStringLiteral("true"),  QStringLiteral("True"),
        QStringLiteral("TRUE"), QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
        QStringLiteral("on"),   QStringLiteral("On"),    QStringLiteral("ON"),    QStringLiteral("off"),
        QStringLiteral("Off"),  QStringLiteral("OFF")};
    return words.contains(v);
}

QString doubleQuoted(const QString &v)
{
    QString out = QStringLiteral("\"");
    for (char32_t c : v.toUcs4()) {
        switch (c) {
        case '"':
            out += QLatin1String("\\\"");
            continue;
        case '\\':
            out += QLatin1String("\\\\");
            continue;
        case '\n':
            out += QLatin1String("\\n");
            continue;
        case '\t':
            out += QLatin1String("\\t");
            continue;
        case '\r':
            out += QLatin1String("\\r");
            continue;
        case 0:
            out += QLatin1String("\\0");
            continue;
        default:
            break;
        }
        if (!isPrintable(c)) {
            if (c <= 0xFF)
                out += QLatin1String("\\x") + QString::number(uint(c), 16).toUpper().rightJustified(2, QLatin1Char('0'));
            else
                out += QLatin1String("\\u") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
            continue;
        }
        out += QString::fromUcs4(&c, 1);
    }
    out += QLatin1Char('"');
    return out;
}

QString numberText(double d)
{
    if (std::isnan(d))
        return QStringLiteral(".nan");
    if (std::isinf(d))
        return d < 0 ? QStringLiteral("-.inf") : QStringLiteral(".inf");
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    QString s = QString::number(d, 'g', QLocale::FloatingPointShortest);
    // PyYAML reads a float only with a '.' and a signed exponent.
    const qsizetype e = s.indexOf(QLatin1Char('e'));
    QString mant = e < 0 ? s : s.left(e);
    QString exp = e < 0 ? QString() : s.mid(e + 1);
    if (!mant.contains(QLatin1Char('.')))
        mant += QLatin1String(".0");
    if (!exp.isEmpty() && exp[0] != QLatin1Char('-') && exp[0] != QLatin1Char('+'))
        exp.prepend(QLatin1Char('+'));
    return exp.isEmpty() ? mant : mant + QLatin1Char('e') + exp;
}

bool literalBlockOk(const QString &v)
{
    if (!v.contains(QLatin1Char('\n')) || v.endsWith(QLatin1String("\n\n")))
        return false;
    if (v.startsWith(QLatin1Char(' ')) || v.startsWith(QLatin1Char('\t')) || v.startsWith(QLatin1Char('\n')))
        return false;
    for (char32_t c : v.toUcs4()) {
        if (c != '\n' && !isPrintable(c))
            return false;
    }
    return true;
}

// `|` / `|-` header plus content lines at `indent`; no final newline.
QByteArray literalBlock(const QString &v, int indent)
{
    const bool keep = v.endsWith(QLatin1Char('\n'));
    QString body = keep ? v.chopped(1) : v;
    QByteArray out = keep ? "|" : "|-";
    const QByteArray pad(indent, ' ');
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        out += '\n';
        if (!line.isEmpty())
            out += pad + line.toUtf8();
    }
    return out;
}

QByteArray scalarInBlock(const QJsonValue &v, int contentIndent, bool literalBlocks)
{
    if (v.isString() && literalBlocks) {
        if (auto lit = literalBlockScalar(v.toString(), contentIndent))
            return *lit;
    }
    return formatJsonScalar(v).toUtf8();
}

bool isEmptyCollection(const QJsonValue &v)
{
    return (v.isObject() && v.toObject().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
}

} // namespace

bool isPlainSafe(const QString &value, bool flowContext)
{
    if (value.isEmpty())
        return false;
    if (!allPrintable(value))
        return false;
    const QChar first = value.front();
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(first))
        return false;
    if (first.isSpace() || value.back().isSpace())
        return false;
    if (value.contains(QLatin1String(": ")) || value.contains(QLatin1String(" #")) || value.endsWith(QLatin1Char(':')))
        return false;
    if (value.startsWith(QLatin1String("...")) || value == QLatin1String("=") || value == QLatin1String("<<"))
        return false;
    if (flowContext) {
        for (QChar c : value) {
            if (c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('{')
                || c == QLatin1Char('}'))
                return false;
        }
        if (value.contains(QLatin1Char(':')))
            return false;
    }
    if (isYaml11BoolWord(value))
        return false;
    if (resolvePlainScalar(value, JsonMode::Daemon) != QJsonValue(value) || resolvePlainScalar(value, JsonMode::Sdk) != QJsonValue(value))
        return false;
    if (timestampLike().match(value).hasMatch())
        return false;
    // Anything else number-like (e.g. ".5e3", "+.inf", "0x_1") is quoted to be safe.
    static const QRegularExpression numberish(QStringLiteral("^[-+]?(?:\\.?[0-9]|\\.(?:inf|Inf|INF|nan|NaN|NAN)$)"));
    if (numberish.match(value).hasMatch()) {
        // Versions like 0.0.1 and 1.2.3-beta are strings to both readers: keep them plain.
        static const QRegularExpression version(QStringLiteral("^[0-9]+(?:\\.[0-9]+){2,}(?:[-+][0-9A-Za-z.-]+)?$"));
        if (!version.match(value).hasMatch())
            return false;
    }
    return true;
}

QString formatScalar(const QString &value, bool flowContext)
{
    if (isPlainSafe(value, flowContext))
        return value;
    if (allPrintable(value))
        return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    return doubleQuoted(value);
}

QString formatScalarInStyle(const QString &value, ScalarStyle style, bool flowContext)
{
    if (style == ScalarStyle::DoubleQuoted)
        return doubleQuoted(value);
    if (style == ScalarStyle::SingleQuoted && allPrintable(value))
        return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    return formatScalar(value, flowContext);
}

std::optional<QByteArray> literalBlockScalar(const QString &value, int contentIndent)
{
    if (!literalBlockOk(value) || contentIndent < 1)
        return std::nullopt;
    return literalBlock(value, contentIndent);
}

QString formatKey(const QString &key, bool flowContext)
{
    return formatScalar(key, flowContext);
}

QString formatJsonScalar(const QJsonValue &value, bool flowContext)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return formatScalar(value.toString(), flowContext);
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(emitFlow(value));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

QByteArray emitBlock(const QJsonValue &value, int indent)
{
    return emitBlock(value, indent, true);
}

QByteArray emitBlock(const QJsonValue &value, int indent, bool literalBlocks)
{
    const QByteArray pad(indent, ' ');
    QByteArray out;
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue child = it.value();
            out += pad + formatKey(it.key()).toUtf8() + ':';
            if ((child.isObject() || child.isArray()) && !isEmptyCollection(child)) {
                out += '\n';
                out += emitBlock(child, indent + 2, literalBlocks);
            } else {
                out += ' ' + scalarInBlock(child, indent + 2, literalBlocks) + '\n';
            }
        }
        return out;
    }
    if (value.isArray() && !value.toArray().isEmpty()) {
        for (const QJsonValue &item : value.toArray()) {
            if ((item.isObject() || item.isArray()) && !isEmptyCollection(item)) {
                const QByteArray inner = emitBlock(item, indent + 2, literalBlocks);
                out += pad + "- " + inner.mid(indent + 2);
            } else {
                out += pad + "- " + scalarInBlock(item, indent + 2, literalBlocks) + '\n';
            }
        }
        return out;
    }
    return pad + scalarInBlock(value, indent + 2, literalBlocks) + '\n';
}

QByteArray emitFlow(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        QByteArray out = "{";
        bool first = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!first)
                out += ", ";
            first = false;
            out += formatKey(it.key(), true).toUtf8() + ": " + emitFlow(it.value());
        }
        return out + '}';
    }
    if (value.isArray()) {
        QByteArray out = "[";
        bool first = true;
        for (const QJsonValue &v : value.toArray()) {
            if (!first)
                out += ", ";
            first = false;
            out += emitFlow(v);
        }
        return out + ']';
    }
    return formatJsonScalar(value, true).toUtf8();
}

} // namespace Studio::Yaml
