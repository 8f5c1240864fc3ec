// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli upgrade --auto [--workspace DIR] — one automatic-upgrade pass (for cron): checks
// the Marketplace for the workspace's Marketplace-installed plugins and upgrades those whose
// auto-upgrade strategy and the workspace's upgrade mode allow it (install-and-marketplace.md §4.5).
#include "cli/command.h"
#include "core/common/printable.h"
#include "cli/workspaceoptions.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/workspace/autoupgrade.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Studio::Cli {

using namespace Studio::Workspace;

int runAutoUpgrade(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs one automatic-upgrade pass, as the studio does at start and on its schedule: every plugin installed "
        "from the Marketplace whose strategy (fix_only: same major.minor; latest: any other version) and the "
        "workspace's upgrade mode (all / partial / exclude) allow it is upgraded to the Marketplace's latest "
        "version. A failed upgrade keeps the installed version. Exit 0 when nothing failed, 1 otherwise."));
    parser.addHelpOption();
    const QCommandLineOption autoOpt(QStringLiteral("auto"), QStringLiteral("Run one automatic-upgrade pass."));
    const WorkspaceCliOptions wso(QStringLiteral("Marketplace base URL (default: the workspace setting)."));
    const QCommandLineOption &wsOpt = wso.workspace, &mpOpt = wso.marketplace;
    const QCommandLineOption unsignedOpt(QStringLiteral("allow-unsigned"), QStringLiteral("Allow unsigned/unverified packages."));
    const QCommandLineOption skipEnvOpt(QStringLiteral("skip-env"), QStringLiteral("Do not prepare the Python environments."));
    const QCommandLineOption attemptsOpt(QStringLiteral("attempts"), QStringLiteral("Tries per plugin (default 3)."), QStringLiteral("N"),
                                         QStringLiteral("3"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    parser.addOptions({autoOpt, wsOpt, mpOpt, unsignedOpt, skipEnvOpt, attemptsOpt, jsonOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("usage: plugin-studio-cli upgrade --auto [--workspace DIR] (no plugin id: the strategies decide)\n"));
        return ExitUsage;
    }
    bool ok = false;
    const int attempts = parser.value(attemptsOpt).toInt(&ok);
    if (!ok || attempts < 1 || attempts > 10) {
        printErr(QStringLiteral("error: --attempts takes a number from 1 to 10.\n"));
        return ExitUsage;
    }
    auto ws = wso.open(parser);
    if (!ws) {
        printErr(QStringLiteral("error: %1\n").arg(printable(ws.error().toString(), PrintableMode::MultiLine)));
        return ExitFailure;
    }
    Marketplace::MarketplaceClient market;
    market.setBaseUrl(wso.marketplaceUrl(parser, **ws));
    AutoUpgradeScheduler scheduler(ws->get(), &market);
    InstallOptions options;
    if (parser.isSet(unsignedOpt))
        options.allowUnsigned = true;
    options.skipEnv = parser.isSet(skipEnvOpt);
    scheduler.setInstallOptions(options);
    scheduler.setMaxAttempts(attempts);
    QObject::connect(&scheduler, &AutoUpgradeScheduler::upgradeStarted, [](const QString &id, const QString &from, const QString &to) {
        printErr(QStringLiteral("upgrading %1 %2 -> %3\n").arg(printable(id), printable(from), printable(to)));
    });
    const AutoUpgradeReport report = scheduler.runOnce();
    if (parser.isSet(jsonOpt)) {
        printOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    } else {
        for (const AutoUpgradeResult &r : report.results)
            printOut(r.ok ? QStringLiteral("upgraded %1 %2 -> %3\n").arg(printable(r.pluginId), printable(r.fromVersion), printable(r.toVersion))
                          : QStringLiteral("failed %1 %2 -> %3 (kept %2): %4\n").arg(r.pluginId, r.fromVersion, r.toVersion, r.error));
        printOut(printable(report.summary(), PrintableMode::MultiLine) + QLatin1Char('\n'));
    }
    if (!report.checkError.isEmpty()) {
        printErr(QStringLiteral("error: %1\n").arg(printable(report.checkError, PrintableMode::MultiLine)));
        return ExitFailure;
    }
    return report.failed() > 0 ? ExitFailure : ExitOk;
}

} // namespace Studio::Cli
