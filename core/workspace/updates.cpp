// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/updates.h"
#include "core/common/printable.h"

#include "core/workspace/installtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Studio::Workspace {

Q_LOGGING_CATEGORY(lcMarket, "studio.marketplace")

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

namespace {

using LatestList = QList<Marketplace::LatestVersion>;
using LatestCallback = std::function<void(Result<LatestList>, bool offline)>;

// One request: #18 (manifest) or #17 (batch), answer filtered to `wanted`.
void queryOnce(Marketplace::MarketplaceClient *client, bool manifest, const QStringList &ids, const QSet<QString> &wanted,
               const LatestCallback &cb)
{
    Marketplace::MarketplaceReply *r = manifest ? client->catalogueManifest() : client->latestVersions(ids);
    QObject::connect(r, &Marketplace::MarketplaceReply::finished, client, [r, manifest, wanted, cb] {
        r->deleteLater();
        if (!r->isOk()) {
            cb(*r->error(), false);
            return;
        }
        LatestList list;
        for (const Marketplace::LatestVersion &l : manifest ? r->catalogue() : r->latestVersions())
            if (wanted.contains(l.pluginId))
                list.append(l);
        cb(list, r->fromCache()); // not live: the Marketplace was unreachable or failed (HTTP 5xx)
    });
}

QString viaName(bool manifest)
{
    return manifest ? QStringLiteral("manifest") : QStringLiteral("batch");
}

} // namespace

void fetchLatestVersions(const QStringList &pluginIds, Marketplace::MarketplaceClient *client,
                         const std::function<void(Result<LatestList>, bool, const QString &)> &done, int manifestThreshold)
{
    if (pluginIds.isEmpty() || !client) {
        done(LatestList(), false, QString());
        return;
    }
    const QSet<QString> wanted(pluginIds.cbegin(), pluginIds.cend());
    const bool manifestFirst = pluginIds.size() > manifestThreshold;
    const QPointer<Marketplace::MarketplaceClient> guard(client);
    queryOnce(client, manifestFirst, pluginIds, wanted, [=](Result<LatestList> first, bool firstOffline) {
        if (first && !firstOffline) {
            done(first, false, viaName(manifestFirst));
            return;
        }
        if (!guard) {
            done(first, firstOffline, viaName(manifestFirst));
            return;
        }
        qCInfo(lcMarket).noquote() << viaName(manifestFirst) << "did not answer live ("
                                   << (first ? QStringLiteral("cached answer") : first.error().message)
                                   << "); trying" << viaName(!manifestFirst);
        queryOnce(guard, !manifestFirst, pluginIds, wanted, [=](Result<LatestList> second, bool secondOffline) {
            if (second && !secondOffline)
                done(second, false, viaName(!manifestFirst));
            else if (first)
                done(first, true, viaName(manifestFirst));
            else if (second)
                done(second, true, viaName(!manifestFirst));
            else
                done(first.error(), false, QString());
        });
    });
}

void checkUpdates(const QList<InstalledPlugin> &installed, Marketplace::MarketplaceClient *client,
                  const std::function<void(Result<QList<UpgradeCandidate>>, bool)> &done)
{
    checkUpdates(installed, client, done, DefaultManifestThreshold);
}

void checkUpdates(const QList<InstalledPlugin> &installed, Marketplace::MarketplaceClient *client,
                  const std::function<void(Result<QList<UpgradeCandidate>>, bool)> &done, int manifestThreshold)
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
    fetchLatestVersions(ids, client, [fromMarket, done](Result<LatestList> latest, bool offline, const QString &) {
        if (!latest) {
            done(latest.error(), false);
            return;
        }
        done(compareWithLatest(fromMarket, latest.value()), offline);
    }, manifestThreshold);
}

bool reportInstallsEnabled(const WorkspaceStore &workspace)
{
    return workspace.setting(QStringLiteral("report_installs"), QStringLiteral("false")) == QLatin1String("true");
}

VoidResult setReportInstallsEnabled(WorkspaceStore &workspace, bool enabled)
{
    return workspace.setSetting(QStringLiteral("report_installs"), enabled ? QStringLiteral("true") : QStringLiteral("false"));
}

int reportMarketplaceInstalls(const WorkspaceStore &workspace, Marketplace::MarketplaceClient *client,
                              const QList<InstalledPlugin> &installed, const std::function<void(int, int)> &done)
{
    QStringList ids;
    if (client && reportInstallsEnabled(workspace))
        for (const InstalledPlugin &p : installed)
            if (p.source == QLatin1String("marketplace")) {
                // The identifier the Marketplace served (what it counts), else the installed one.
                const QString asked = p.sourceMeta.value(QLatin1String("plugin_unique_identifier")).toString();
                const QString id = asked.isEmpty() ? p.uniqueIdentifier : asked;
                if (!id.isEmpty())
                    ids << id;
            }
    if (ids.isEmpty()) {
        if (done)
            done(0, 0);
        return 0;
    }
    struct Tally
    {
        int pending = 0;
        int sent = 0;
        int failed = 0;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(ids.size());
    for (const QString &id : std::as_const(ids)) {
        Marketplace::MarketplaceReply *r = client->reportInstall(id);
        QObject::connect(r, &Marketplace::MarketplaceReply::finished, client, [r, id, tally, done] {
            r->deleteLater();
            if (r->isOk()) {
                ++tally->sent;
                qCInfo(lcMarket).noquote() << "reported the install of" << printable(id) << "to the Marketplace";
            } else {
                ++tally->failed;
                qCWarning(lcMarket).noquote() << "could not report the install of" << printable(id) << "to the Marketplace:"
                                              << printable(r->error()->message);
            }
            if (--tally->pending == 0 && done)
                done(tally->sent, tally->failed);
        });
    }
    return int(ids.size());
}

int reportMarketplaceInstallsAndWait(const WorkspaceStore &workspace, Marketplace::MarketplaceClient *client,
                                     const QList<InstalledPlugin> &installed, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    int accepted = 0;
    const int started = reportMarketplaceInstalls(workspace, client, installed, [&](int sent, int) {
        finished = true;
        accepted = sent;
        loop.quit();
    });
    if (started == 0 || finished)
        return accepted;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return accepted;
}

void reportInstallsWhenFinished(InstallTask *task, WorkspaceStore *workspace, Marketplace::MarketplaceClient *client)
{
    if (!task || !workspace || !client)
        return;
    const QPointer<Marketplace::MarketplaceClient> guard(client);
    QObject::connect(task, &InstallTask::finished, client, [task, workspace, guard] {
        if (!guard || task->error())
            return;
        reportMarketplaceInstalls(*workspace, guard, task->outcome().installed);
    });
}

} // namespace Studio::Workspace
