// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/yaml/yamltime.h"

#include <QTimeZone>

namespace Studio::Yaml {

namespace {

bool isDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }

// A cursor over the text with the reading rules of Go's time.Parse.
struct Cursor
{
    QStringView s;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    QChar peek(qsizetype k = 0) const { return i + k < s.size() ? s[i + k] : QChar(); }
    bool literal(QChar c)
    {
        if (peek() != c)
            return false;
        ++i;
        return true;
    }
    // `fixed` digits exactly, or 1 to 2 digits (Go's getnum(value, false)).
    std::optional<int> number(int fixed = 0)
    {
        int n = 0, count = 0;
        const int max = fixed ? fixed : 2;
        while (count < max && isDigit(peek())) {
            n = n * 10 + (peek().unicode() - '0');
            ++i;
            ++count;
        }
        if (count == 0 || (fixed && count != fixed))
            return std::nullopt;
        return n;
    }
    // One or more spaces (a space in a Go layout matches a run of spaces).
    bool spaces()
    {
        if (peek() != QLatin1Char(' '))
            return false;
        while (peek() == QLatin1Char(' '))
            ++i;
        return true;
    }
    // ".digits" or ",digits": any number of digits, nanoseconds from the first nine.
    std::optional<int> fraction()
    {
        if ((peek() != QLatin1Char('.') && peek() != QLatin1Char(',')) || !isDigit(peek(1)))
            return std::nullopt;
        ++i;
        int ns = 0, count = 0;
        while (isDigit(peek())) {
            if (count < 9) {
                ns = ns * 10 + (peek().unicode() - '0');
                ++count;
            }
            ++i;
        }
        for (; count < 9; ++count)
            ns *= 10;
        return ns;
    }
    // Z07:00: "Z", or a sign and hh:mm (hours up to 24, minutes up to 59).
    std::optional<int> zone(bool allowLowerZ = false)
    {
        if (peek() == QLatin1Char('Z') || (allowLowerZ && peek() == QLatin1Char('z'))) {
            ++i;
            return 0;
        }
        if (peek() != QLatin1Char('+') && peek() != QLatin1Char('-'))
            return std::nullopt;
        const int sign = peek() == QLatin1Char('-') ? -1 : 1;
        ++i;
        const auto hh = number(2);
        if (!hh || !literal(QLatin1Char(':')))
            return std::nullopt;
        const auto mm = number(2);
        if (!mm || *hh > 24 || *mm > 59)
            return std::nullopt;
        return sign * (*hh * 3600 + *mm * 60);
    }
};

bool validDate(int year, int month, int day)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

enum class Layout { Rfc3339Upper, Rfc3339Lower, SpaceNoZone, DateOnly };

std::optional<Timestamp> parseLayout(QStringView text, Layout layout)
{
    Cursor c{text};
    Timestamp t;
    const auto year = c.number(4);
    if (!year || !c.literal(QLatin1Char('-')))
        return std::nullopt;
    const auto month = c.number();
    if (!month || !c.literal(QLatin1Char('-')))
        return std::nullopt;
    const auto day = c.number();
    if (!day || !validDate(*year, *month, *day))
        return std::nullopt;
    t.year = *year;
    t.month = *month;
    t.day = *day;
    if (layout == Layout::DateOnly)
        return c.atEnd() ? std::optional<Timestamp>(t) : std::nullopt;
    if (layout == Layout::SpaceNoZone ? !c.spaces()
                                      : !c.literal(layout == Layout::Rfc3339Upper ? QLatin1Char('T') : QLatin1Char('t')))
        return std::nullopt;
    const auto h = c.number();
    if (!h || !c.literal(QLatin1Char(':')))
        return std::nullopt;
    const auto mi = c.number();
    if (!mi || !c.literal(QLatin1Char(':')))
        return std::nullopt;
    const auto se = c.number();
    if (!se || *h > 23 || *mi > 59 || *se > 59)
        return std::nullopt;
    t.hour = *h;
    t.minute = *mi;
    t.second = *se;
    if (const auto ns = c.fraction())
        t.nanosecond = *ns;
    if (layout != Layout::SpaceNoZone) {
        const auto z = c.zone();
        if (!z)
            return std::nullopt;
        t.offsetSeconds = *z;
    }
    return c.atEnd() ? std::optional<Timestamp>(t) : std::nullopt;
}

QString pad(int v, int width)
{
    return QString::number(v).rightJustified(width, QLatin1Char('0'));
}

} // namespace

QDateTime Timestamp::toUtc() const
{
    // Written time minus its offset (QTimeZone takes offsets up to 14 hours only; Go takes 24).
    const QDateTime asUtc(QDate(year, month, day), QTime(hour, minute, second, nanosecond / 1000000), QTimeZone::utc());
    return asUtc.isValid() ? asUtc.addSecs(-offsetSeconds) : QDateTime();
}

QString Timestamp::toRfc3339Nano() const
{
    if (qAbs(offsetSeconds) >= 24 * 3600)
        return QString();
    QString s = pad(year, 4) + QLatin1Char('-') + pad(month, 2) + QLatin1Char('-') + pad(day, 2)
                + QLatin1Char('T') + pad(hour, 2) + QLatin1Char(':') + pad(minute, 2) + QLatin1Char(':') + pad(second, 2);
    if (nanosecond > 0) {
        QString frac = pad(nanosecond, 9);
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        s += QLatin1Char('.') + frac;
    }
    if (offsetSeconds == 0)
        return s + QLatin1Char('Z');
    const int a = qAbs(offsetSeconds);
    return s + (offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+')) + pad(a / 3600, 2) + QLatin1Char(':')
           + pad(a / 60 % 60, 2);
}

std::optional<Timestamp> parseYamlV3Timestamp(QStringView text)
{
    // Quick check: all layouts start with YYYY-.
    if (text.size() < 5 || text[4] != QLatin1Char('-'))
        return std::nullopt;
    for (int k = 0; k < 4; ++k) {
        if (!isDigit(text[k]))
            return std::nullopt;
    }
    for (Layout l : {Layout::Rfc3339Upper, Layout::Rfc3339Lower, Layout::SpaceNoZone, Layout::DateOnly}) {
        if (auto t = parseLayout(text, l))
            return t;
    }
    return std::nullopt;
}

std::optional<Timestamp> parseRfc3339(QStringView text)
{
    // 2006-01-02T15:04:05Z07:00 with every field at its full width.
    Cursor c{text};
    Timestamp t;
    const auto year = c.number(4);
    if (!year || !c.literal(QLatin1Char('-')))
        return std::nullopt;
    const auto month = c.number(2);
    if (!month || !c.literal(QLatin1Char('-')))
        return std::nullopt;
    const auto day = c.number(2);
    if (!day || !c.literal(QLatin1Char('T')))
        return std::nullopt;
    if (!validDate(*year, *month, *day))
        return std::nullopt;
    t.year = *year;
    t.month = *month;
    t.day = *day;
    const auto h = c.number(2);
    if (!h || !c.literal(QLatin1Char(':')))
        return std::nullopt;
    const auto mi = c.number(2);
    if (!mi || !c.literal(QLatin1Char(':')))
        return std::nullopt;
    const auto se = c.number(2);
    if (!se || *h > 23 || *mi > 59 || *se > 59)
        return std::nullopt;
    t.hour = *h;
    t.minute = *mi;
    t.second = *se;
    if (const auto ns = c.fraction())
        t.nanosecond = *ns;
    const auto z = c.zone();
    if (!z || qAbs(*z) >= 24 * 3600)
        return std::nullopt;
    t.offsetSeconds = *z;
    return c.atEnd() ? std::optional<Timestamp>(t) : std::nullopt;
}

} // namespace Studio::Yaml
