// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scaffold/marketplacefacts.h"

#include <QRegularExpression>

namespace Studio::Scaffold {

namespace {

QString hostAlternation()
{
    QStringList escaped;
    for (const QString &h : marketplaceSourceHosts())
        escaped << QRegularExpression::escape(h);
    return escaped.join(QLatin1Char('|'));
}

} // namespace

const QStringList &marketplaceSourceHosts()
{
    static const QStringList hosts{QStringLiteral("github.com"),  QStringLiteral("gitlab.com"),
                                   QStringLiteral("bitbucket.org"), QStringLiteral("gitee.com"),
                                   QStringLiteral("codeberg.org"), QStringLiteral("git.sr.ht"),
                                   QStringLiteral("gitlab.anchnet.com")};
    return hosts;
}

bool isMarketplaceSourceRepo(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^https?://(?:www\\.)?(?:%1)/[^\\s)>\"]+$").arg(hostAlternation()),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(url).hasMatch();
}

QString findMarketplaceSourceLink(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("https?://(?:www\\.)?(?:%1)/[^\\s)>\"]+").arg(hostAlternation()),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

bool isMarketplaceContact(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+$"));
    return re.match(email).hasMatch();
}

QString marketplaceReservedAuthorWord(const QString &author)
{
    if (author.contains(QLatin1String("langgenius")))
        return QStringLiteral("langgenius");
    if (author.contains(QLatin1String("dify")))
        return QStringLiteral("dify");
    return {};
}

} // namespace Studio::Scaffold
