// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/pluginid.h"

#include <QRegularExpression>

namespace Studio::Plugin {

namespace {

bool isDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }
bool isLowerHex(QChar c) { return isDigit(c) || (c.unicode() >= 'a' && c.unicode() <= 'f'); }
bool isWord(QChar c) // Go's \w
{
    const char16_t u = c.unicode();
    return isDigit(c) || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_';
}
bool isAnyHex(QChar c)
{
    const char16_t u = c.unicode();
    return isDigit(c) || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}
bool isIdChar(QChar c) // [a-z0-9_-]
{
    const char16_t u = c.unicode();
    return isDigit(c) || (u >= 'a' && u <= 'z') || u == '_' || u == '-';
}

bool allOf(QStringView s, qsizetype minLen, qsizetype maxLen, bool (*pred)(QChar))
{
    if (s.size() < minLen || s.size() > maxLen)
        return false;
    for (QChar c : s) {
        if (!pred(c))
            return false;
    }
    return true;
}

// \d{1,4}(\.\d{1,4}){minDots,maxDots}(-\w{1,16})?
bool isVersion(QStringView v, int minDots, int maxDots)
{
    qsizetype dash = v.indexOf(QLatin1Char('-'));
    const QStringView numbers = dash < 0 ? v : v.left(dash);
    if (dash >= 0 && !allOf(v.mid(dash + 1), 1, 16, isWord))
        return false;
    int dots = 0;
    qsizetype run = 0;
    for (QChar c : numbers) {
        if (c == QLatin1Char('.')) {
            if (run == 0)
                return false;
            ++dots;
            run = 0;
        } else if (isDigit(c)) {
            if (++run > 4)
                return false;
        } else {
            return false;
        }
    }
    return run > 0 && dots >= minDots && dots <= maxDots;
}

// Go's VERSION_PATTERN etc. with ASCII classes (formats.md §4).
const QString &versionPatternV()
{
    static const QString x = QStringLiteral("[0-9]{1,4}(?:\\.[0-9]{1,4}){2}(?:-[0-9A-Za-z_]{1,16})?");
    static const QString y = QStringLiteral("(?:[0-9]{1,4}|[xX])");
    static const QString v = QStringLiteral("(?:[~^]?") + x + QStringLiteral("|") + y + QStringLiteral("(?:\\.") + y
                             + QStringLiteral("){2}|") + x + QStringLiteral("-") + x + QStringLiteral(")");
    return v;
}

bool authorOk(QStringView author) { return allOf(author, 1, 64, isIdChar); }
bool nameOk(QStringView name) { return allOf(name, 1, 128, isIdChar); }

} // namespace

bool isValidAuthor(const QString &author) { return authorOk(author); }
bool isValidSdkAuthor(const QString &author)
{
    return allOf(author, 1, 64, +[](QChar c) { return isIdChar(c) || (c.unicode() >= 'A' && c.unicode() <= 'Z'); });
}
bool isValidPluginName(const QString &name) { return nameOk(name); }
bool isValidBundleName(const QString &name)
{
    return allOf(name, 1, 128, +[](QChar c) { return isIdChar(c) || (c.unicode() >= 'A' && c.unicode() <= 'Z'); });
}
bool isValidManifestVersion(const QString &version) { return isVersion(version, 2, 2); }
bool isValidIdentifierVersion(const QString &version) { return isVersion(version, 1, 3); }
bool isValidChecksum(const QString &checksum) { return allOf(checksum, 32, 64, isLowerHex); }
bool isSha256Hex(const QString &text) { return allOf(text, 64, 64, isLowerHex); }

bool isUuid(const QString &s)
{
    auto canonical = [&](const QString &t) { // xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
        if (t.size() != 36)
            return false;
        for (qsizetype i = 0; i < 36; ++i) {
            const bool dashAt = i == 8 || i == 13 || i == 18 || i == 23;
            if (dashAt ? t[i] != QLatin1Char('-') : !isAnyHex(t[i]))
                return false;
        }
        return true;
    };
    switch (s.size()) {
    case 36:
        return canonical(s);
    case 36 + 9:
        return s.startsWith(u"urn:uuid:", Qt::CaseInsensitive) && canonical(s.mid(9));
    case 36 + 2:
        return s.front() == QLatin1Char('{') && s.back() == QLatin1Char('}') && canonical(s.mid(1, 36));
    case 32:
        return allOf(s, 32, 32, isAnyHex);
    default:
        return false;
    }
}

bool isValidVersionPattern(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^") + versionPatternV() + QStringLiteral("$"));
    return re.match(version).hasMatch();
}

bool isValidMarketplacePattern(const QString &pattern)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:") + versionPatternV()
                                       + QStringLiteral("$"));
    return re.match(pattern).hasMatch();
}

bool isValidGithubPattern(const QString &pattern)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:") + versionPatternV()
                                       + QStringLiteral("/[^/]+$"));
    return re.match(pattern).hasMatch();
}

QString authorPattern()
{
    return QStringLiteral("^[a-z0-9_-]{1,64}$");
}

QString pluginNamePattern()
{
    return QStringLiteral("^[a-z0-9_-]{1,128}$");
}

QString manifestVersionPattern()
{
    return QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,4}){2}(-[0-9A-Za-z_]{1,16})?$");
}

QString pluginIdOf(const QString &author, const QString &name)
{
    return author.isEmpty() ? name : author + QLatin1Char('/') + name;
}

QString uniqueIdentifier(const QString &author, const QString &name, const QString &version, const QString &checksum)
{
    return pluginIdOf(author, name) + QLatin1Char(':') + version + QLatin1Char('@') + checksum;
}

bool isValidUniqueIdentifier(const QString &identifier)
{
    return PluginIdentifier::parse(identifier).has_value();
}

QString PluginIdentifier::pluginId() const
{
    return pluginIdOf(author, name);
}

QString PluginIdentifier::toString() const
{
    return uniqueIdentifier(author, name, version, checksum);
}

std::optional<PluginIdentifier> PluginIdentifier::parse(const QString &identifier)
{
    const QStringView s(identifier);
    // ^(?:([a-z0-9_-]{1,64})/)?([a-z0-9_-]{1,255}):(VERSION{1,3 dots})@([a-f0-9]{32,64})$ — none of
    // the classes holds ':' or '@', so the separators are the first ':' and the first '@'.
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    const qsizetype at = s.indexOf(QLatin1Char('@'), colon);
    if (at < 0)
        return std::nullopt;
    const QStringView head = s.left(colon);
    const qsizetype slash = head.indexOf(QLatin1Char('/'));
    const QStringView author = slash < 0 ? QStringView() : head.left(slash);
    const QStringView name = slash < 0 ? head : head.mid(slash + 1);
    if ((slash >= 0 && !authorOk(author)) || !allOf(name, 1, 255, isIdChar))
        return std::nullopt;
    const QStringView version = s.mid(colon + 1, at - colon - 1);
    const QStringView checksum = s.mid(at + 1);
    if (!isVersion(version, 1, 3) || !allOf(checksum, 32, 64, isLowerHex))
        return std::nullopt;
    PluginIdentifier id;
    id.author = author.toString();
    id.name = name.toString();
    id.version = version.toString();
    id.checksum = checksum.toString();
    return id;
}

std::optional<PluginIdentifier> PluginIdentifier::split(const QString &identifier)
{
    QStringView s = QStringView(identifier).trimmed();
    PluginIdentifier p;
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        p.checksum = s.mid(at + 1).toString();
        if (p.checksum.isEmpty()) // "org/name:1.0.0@": the daemon wants 32-64 hex digits after '@'
            return std::nullopt;
        s = s.left(at);
    }
    const qsizetype colon = s.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    p.version = s.mid(colon + 1).toString();
    s = s.left(colon);
    const qsizetype slash = s.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == s.size() - 1)
        return std::nullopt;
    p.author = s.left(slash).toString();
    p.name = s.mid(slash + 1).toString();
    if (p.version.isEmpty() || p.name.contains(QLatin1Char('/')))
        return std::nullopt;
    return p;
}

std::optional<PluginIdentifier> PluginIdentifier::parsePattern(const QString &patternIn)
{
    const QStringView pattern(patternIn);
    // ^([a-z0-9_-]{1,64})/([a-z0-9_-]{1,128}):(.+)$
    const qsizetype slash = pattern.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return std::nullopt;
    const qsizetype colon = pattern.indexOf(QLatin1Char(':'), slash);
    if (colon < 0 || colon + 1 >= pattern.size())
        return std::nullopt;
    const QStringView org = pattern.left(slash), name = pattern.mid(slash + 1, colon - slash - 1);
    if (!authorOk(org) || !nameOk(name))
        return std::nullopt;
    const QStringView version = pattern.mid(colon + 1);
    if (version.contains(QLatin1Char('\n')))
        return std::nullopt; // '.' does not match a line break
    PluginIdentifier p;
    p.author = org.toString();
    p.name = name.toString();
    p.version = version.toString();
    return p;
}

} // namespace Studio::Plugin
