// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/printable.h"

namespace Studio {

namespace {
bool unsafe(char32_t c, PrintableMode mode)
{
    if (mode == PrintableMode::MultiLine && (c == U'\n' || c == U'\t'))
        return false;
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        return true;
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void appendEscape(QString &out, char32_t c)
{
    switch (c) {
    case U'\n': out += QLatin1String("\\n"); return;
    case U'\r': out += QLatin1String("\\r"); return;
    case U'\t': out += QLatin1String("\\t"); return;
    default: break;
    }
    if (c < 0x100)
        out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}
} // namespace

bool hasUnsafeCharacters(QStringView text, PrintableMode mode)
{
    for (const QChar ch : text)
        if (unsafe(ch.unicode(), mode))
            return true;
    return false;
}

QString printable(QStringView text, PrintableMode mode)
{
    if (!hasUnsafeCharacters(text, mode))
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        if (unsafe(ch.unicode(), mode))
            appendEscape(out, ch.unicode());
        else
            out += ch;
    }
    return out;
}

} // namespace Studio
