// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli list [--json] [--updates] — installed plugins of the workspace.
#include "cli/command.h"
#include "core/common/printable.h"
#include "cli/workspaceoptions.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/workspace/updates.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

using namespace Studio;
using namespace Studio::Cli;
using namespace Studio::Workspace;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the installed plugins: id, version, source, signature category, path. With --updates, asks "
        "the Marketplace (one batch request) which Marketplace-installed plugins have another version."));
    parser.addHelpOption();
    const WorkspaceCliOptions wso(QStringLiteral("Marketplace base URL."));
    const QCommandLineOption &wsOpt = wso.workspace, &mpOpt = wso.marketplace;
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("JSON output."));
    const QCommandLineOption updOpt(QStringLiteral("updates"), QStringLiteral("Check the Marketplace for newer versions."));
    parser.addOptions({wsOpt, mpOpt, jsonOpt, updOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("usage: plugin-studio-cli list [--json] [--updates]\n"));
        return ExitUsage;
    }
    auto ws = wso.open(parser);
    if (!ws) {
        printErr(QStringLiteral("error: %1\n").arg(printable(ws.error().toString(), PrintableMode::MultiLine)));
        return ExitFailure;
    }
    const QList<InstalledPlugin> plugins = (*ws)->installedPlugins();
    QHash<QString, UpgradeCandidate> updates;
    if (parser.isSet(updOpt)) {
        Marketplace::MarketplaceClient market;
        market.setBaseUrl(wso.marketplaceUrl(parser, **ws));
        QEventLoop loop;
        bool failed = false;
        checkUpdates(plugins, &market, [&](Result<QList<UpgradeCandidate>> r, bool offline) {
            if (!r) {
                printErr(QStringLiteral("warning: cannot check for updates: %1\n").arg(printable(r.error().message, PrintableMode::MultiLine)));
                failed = true;
            } else {
                if (offline)
                    printErr(QStringLiteral("warning: the Marketplace is unreachable; update information is from the cache\n"));
                for (const UpgradeCandidate &c : r.value())
                    updates.insert(c.pluginId, c);
            }
            loop.quit();
        });
        if (!failed && updates.isEmpty())
            loop.exec();
    }
    if (parser.isSet(jsonOpt)) {
        QJsonArray out;
        for (const InstalledPlugin &p : plugins) {
            QJsonObject o{{QStringLiteral("plugin_id"), p.pluginId}, {QStringLiteral("version"), p.version},
                          {QStringLiteral("unique_identifier"), p.uniqueIdentifier}, {QStringLiteral("source"), p.source},
                          {QStringLiteral("source_meta"), p.sourceMeta}, {QStringLiteral("category"), p.category},
                          {QStringLiteral("label"), p.label}, {QStringLiteral("signed"), p.isSigned},
                          {QStringLiteral("verified"), p.verified}, {QStringLiteral("signature_category"), p.signatureCategory},
                          {QStringLiteral("enabled"), p.enabled}, {QStringLiteral("auto_upgrade"), autoUpgradeName(p.autoUpgrade)},
                          {QStringLiteral("installed_at"), p.installedAt.toString(Qt::ISODate)}, {QStringLiteral("path"), p.installPath}};
            if (updates.contains(p.pluginId)) {
                const UpgradeCandidate &c = updates[p.pluginId];
                o.insert(QStringLiteral("latest_version"), c.latestVersion);
                o.insert(QStringLiteral("latest_identifier"), c.latestIdentifier);
                o.insert(QStringLiteral("deprecated"), c.deprecated);
            }
            out.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (plugins.isEmpty()) {
        printOut(QStringLiteral("no plugins installed in %1\n").arg((*ws)->dataDir()));
        return ExitOk;
    }
    for (const InstalledPlugin &p : plugins) {
        // Ids, versions and categories came from packages and the Marketplace: shown escaped.
        QString line = QStringLiteral("%1  %2  %3  %4  %5").arg(printable(p.pluginId), printable(p.version), printable(p.source),
                                                                 printable(p.category),
                                                                 p.verified ? printable(p.signatureCategory) : QStringLiteral("UNVERIFIED"));
        if (!p.enabled)
            line += QStringLiteral("  (disabled)");
        if (updates.contains(p.pluginId))
            line += QStringLiteral("  -> %1 available").arg(printable(updates[p.pluginId].latestVersion));
        printOut(line + QLatin1Char('\n'));
    }
    return ExitOk;
}

static CommandRegistrar reg({QStringLiteral("list"), QStringLiteral("List installed plugins (and available updates)"), run});

} // namespace
