// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/versionpattern.h"

#include "core/marketplace/listing.h"

#include <QRegularExpression>

namespace Studio::Workspace {

namespace {

struct Ver
{
    qint64 major = 0, minor = 0, patch = 0;
    QString pre;
};

std::optional<Ver> parse(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})\\.(\\d{1,4})\\.(\\d{1,4})(?:-(\\w{1,16}))?$"));
    const auto m = re.match(s.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return Ver{m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong(), m.captured(4)};
}

int cmp(const QString &a, const QString &b)
{
    return Marketplace::compareVersions(a, b);
}

} // namespace

bool versionMatches(const QString &version, const QString &patternIn)
{
    const QString pattern = patternIn.trimmed();
    const std::optional<Ver> v = parse(version);
    if (!v || pattern.isEmpty())
        return false;
    // Range a-b: both sides full versions (a pre-release suffix like "-beta" is not a range).
    static const QRegularExpression range(QStringLiteral("^(\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}(?:-[A-Za-z_]\\w{0,15})?)-(\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}(?:-\\w{1,16})?)$"));
    if (const auto m = range.match(pattern); m.hasMatch())
        return cmp(version, m.captured(1)) >= 0 && cmp(version, m.captured(2)) <= 0;
    if (pattern.startsWith(QLatin1Char('^')) || pattern.startsWith(QLatin1Char('~'))) {
        const std::optional<Ver> base = parse(pattern.mid(1));
        if (!base || (!v->pre.isEmpty() && cmp(version, pattern.mid(1)) != 0))
            return false;
        if (cmp(version, pattern.mid(1)) < 0)
            return false;
        if (pattern.startsWith(QLatin1Char('~')))
            return v->major == base->major && v->minor == base->minor;
        if (base->major > 0)
            return v->major == base->major;
        if (base->minor > 0)
            return v->major == 0 && v->minor == base->minor;
        return v->major == 0 && v->minor == 0 && v->patch == base->patch;
    }
    if (pattern.contains(QLatin1Char('x'), Qt::CaseInsensitive)) {
        const QStringList parts = pattern.split(QLatin1Char('.'));
        if (parts.size() != 3 || !v->pre.isEmpty())
            return false;
        const qint64 got[3] = {v->major, v->minor, v->patch};
        for (int i = 0; i < 3; ++i) {
            if (parts.at(i).compare(QLatin1String("x"), Qt::CaseInsensitive) == 0)
                continue;
            bool ok = false;
            const qint64 n = parts.at(i).toLongLong(&ok);
            if (!ok || n != got[i])
                return false;
        }
        return true;
    }
    return parse(pattern).has_value() && cmp(version, pattern) == 0;
}

std::optional<QString> resolveVersionPattern(const QString &pattern, const QStringList &available)
{
    std::optional<QString> best;
    for (const QString &v : available)
        if (versionMatches(v, pattern) && (!best || cmp(v, *best) > 0))
            best = v;
    return best;
}

QString autoUpgradeName(AutoUpgrade s)
{
    switch (s) {
    case AutoUpgrade::Disabled: return QStringLiteral("disabled");
    case AutoUpgrade::FixOnly: return QStringLiteral("fix_only");
    case AutoUpgrade::Latest: return QStringLiteral("latest");
    }
    return QStringLiteral("disabled");
}

std::optional<AutoUpgrade> autoUpgradeFromName(const QString &name)
{
    if (name == QLatin1String("disabled"))
        return AutoUpgrade::Disabled;
    if (name == QLatin1String("fix_only"))
        return AutoUpgrade::FixOnly;
    if (name == QLatin1String("latest"))
        return AutoUpgrade::Latest;
    return std::nullopt;
}

bool shouldAutoUpgrade(AutoUpgrade strategy, const QString &installed, const QString &latest)
{
    if (latest.isEmpty() || installed == latest)
        return false;
    switch (strategy) {
    case AutoUpgrade::Disabled:
        return false;
    case AutoUpgrade::Latest:
        return true; // Dify compares with inequality, not "greater than"
    case AutoUpgrade::FixOnly: {
        const auto a = parse(installed);
        const auto b = parse(latest);
        return a && b && a->major == b->major && a->minor == b->minor && a->patch != b->patch;
    }
    }
    return false;
}

} // namespace Studio::Workspace
