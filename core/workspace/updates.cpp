// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/updates.h"

#include <QHash>

namespace Studio::Workspace {

QList<UpgradeCandidate> compareWithLatest(const QList<InstalledPlugin> &installed,
                                          const QList<Marketplace::LatestVersion> &latest)
{
    QHash<QString, Marketplace::LatestVersion> byId;
    for (const auto &l : latest)
        byId.insert(l.pluginId, l);
    QList<UpgradeCandidate> out;
    for (const InstalledPlugin &p : installed) {
        const auto it = byId.constFind(p.pluginId);
        if (it == byId.cend())
            continue;
        UpgradeCandidate c;
        c.pluginId = p.pluginId;
        c.installedVersion = p.version;
        c.latestVersion = it->version;
        c.latestIdentifier = it->uniqueIdentifier;
        c.deprecated = it->status == QLatin1String("deleted") || !it->deprecatedReason.isEmpty();
        c.alternativePluginId = it->alternativePluginId;
        if ((!c.latestVersion.isEmpty() && c.latestVersion != c.installedVersion) || c.deprecated)
            out.append(c);
    }
    return out;
}

QList<UpgradeCandidate> autoUpgradePlan(const QList<InstalledPlugin> &installed, const QList<UpgradeCandidate> &candidates)
{
    QHash<QString, AutoUpgrade> strategy;
    for (const InstalledPlugin &p : installed)
        if (p.source == QLatin1String("marketplace"))
            strategy.insert(p.pluginId, p.autoUpgrade);
    QList<UpgradeCandidate> out;
    for (const UpgradeCandidate &c : candidates)
        if (strategy.contains(c.pluginId) && shouldAutoUpgrade(strategy.value(c.pluginId), c.installedVersion, c.latestVersion))
            out.append(c);
    return out;
}

void checkUpdates(const QList<InstalledPlugin> &installed, Marketplace::MarketplaceClient *client,
                  const std::function<void(Result<QList<UpgradeCandidate>>, bool)> &done)
{
    QList<InstalledPlugin> fromMarket;
    QStringList ids;
    for (const InstalledPlugin &p : installed) {
        if (p.source == QLatin1String("marketplace")) {
            fromMarket.append(p);
            ids << p.pluginId;
        }
    }
    if (ids.isEmpty() || !client) {
        done(QList<UpgradeCandidate>(), false);
        return;
    }
    Marketplace::MarketplaceReply *r = client->latestVersions(ids);
    QObject::connect(r, &Marketplace::MarketplaceReply::finished, client, [r, fromMarket, done] {
        r->deleteLater();
        if (!r->isOk()) {
            done(*r->error(), false);
            return;
        }
        done(compareWithLatest(fromMarket, r->latestVersions()), r->offline());
    });
}

} // namespace Studio::Workspace
