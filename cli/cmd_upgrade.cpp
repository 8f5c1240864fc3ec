// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli upgrade PLUGIN_ID [--to VERSION|ID|FILE] — upgrade or downgrade an installed
// plugin (same plugin id required; the previous version keeps working until the swap).
#include "cli/command.h"
#include "core/common/printable.h"
#include "cli/workspaceoptions.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/workspace/installtask.h"
#include "core/workspace/updates.h"
#include "core/workspace/keychain.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Studio::Cli {
int runAutoUpgrade(const QStringList &args); // cmd_upgradeauto.cpp
}

namespace {

using namespace Studio;
using namespace Studio::Cli;
using namespace Studio::Workspace;

int run(const QStringList &args)
{
    if (args.contains(QStringLiteral("--auto")))
        return runAutoUpgrade(args);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Upgrades (or downgrades) an installed plugin. Without --to, a Marketplace plugin goes to the "
        "Marketplace's latest version. --to takes a version (resolved with the Marketplace, or as the "
        "release tag of a GitHub install), a unique identifier, or a .difypkg file. `upgrade --auto` runs one "
        "automatic-upgrade pass instead (see `upgrade --auto --help`)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PLUGIN_ID"), QStringLiteral("author/name"));
    const WorkspaceCliOptions wso(QStringLiteral("Marketplace base URL."));
    const QCommandLineOption &wsOpt = wso.workspace, &mpOpt = wso.marketplace;
    const QCommandLineOption toOpt(QStringLiteral("to"), QStringLiteral("Target version, identifier or file."), QStringLiteral("VERSION|ID|FILE"));
    const QCommandLineOption unsignedOpt(QStringLiteral("allow-unsigned"), QStringLiteral("Allow unsigned/unverified packages."));
    const QCommandLineOption skipEnvOpt(QStringLiteral("skip-env"), QStringLiteral("Do not prepare the Python environment."));
    const QCommandLineOption tokenOpt(QStringLiteral("github-token"),
                                      QStringLiteral("GitHub token sent to the GitHub API only (default: $GITHUB_TOKEN, then the workspace setting)."),
                                      QStringLiteral("TOKEN"));
    const QCommandLineOption ghOpt(QStringLiteral("github-url"), QStringLiteral("GitHub download base."), QStringLiteral("URL"));
    parser.addOptions({wsOpt, mpOpt, toOpt, unsignedOpt, skipEnvOpt, ghOpt, tokenOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli upgrade PLUGIN_ID [--to VERSION|ID|FILE]\n"));
        return ExitUsage;
    }
    const QString pluginId = parser.positionalArguments().first();
    auto ws = wso.open(parser);
    if (!ws) {
        printErr(QStringLiteral("error: %1\n").arg(printable(ws.error().toString(), PrintableMode::MultiLine)));
        return ExitFailure;
    }
    const auto row = (*ws)->installed(pluginId);
    if (!row) {
        printErr(QStringLiteral("error: %1 is not installed; see `plugin-studio-cli list`.\n").arg(pluginId));
        return ExitUnreadable;
    }
    Marketplace::MarketplaceClient market;
    market.setBaseUrl(wso.marketplaceUrl(parser, **ws));
    const QString org = pluginId.section(QLatin1Char('/'), 0, 0), name = pluginId.section(QLatin1Char('/'), 1);
    const QString to = parser.value(toOpt);
    QString spec;
    if (!to.isEmpty() && QFileInfo(to).isFile()) {
        spec = to;
    } else if (to.contains(QLatin1Char(':')) && to.contains(QLatin1Char('@'))) {
        spec = QStringLiteral("marketplace:") + to;
    } else if (row->source == QLatin1String("github")) {
        if (to.isEmpty()) {
            printErr(QStringLiteral("error: %1 was installed from GitHub; give the release tag with --to.\n").arg(pluginId));
            return ExitUsage;
        }
        spec = QStringLiteral("github:%1@%2/%3").arg(row->sourceMeta.value(QStringLiteral("repo")).toString(), to,
                                                    row->sourceMeta.value(QStringLiteral("package")).toString());
    } else if (to.isEmpty()) {
        printErr(QStringLiteral("Looking up the latest version of %1\n").arg(pluginId));
        Marketplace::MarketplaceReply *r = market.pluginDetail(org, name);
        Marketplace::MarketplaceClient::waitForFinished(r);
        if (!r->isOk()) {
            printErr(QStringLiteral("error: %1\n").arg(printable(r->error()->toString(), PrintableMode::MultiLine)));
            return ExitFailure;
        }
        const QString uid = r->pluginDetail().latestPackageIdentifier;
        if (uid.isEmpty() || uid == row->uniqueIdentifier) {
            printOut(QStringLiteral("%1 is up to date (%2)\n").arg(printable(pluginId), printable(row->version)));
            return ExitOk;
        }
        spec = QStringLiteral("marketplace:") + uid;
    } else {
        Marketplace::MarketplaceReply *r = market.versions(org, name);
        Marketplace::MarketplaceClient::waitForFinished(r);
        if (!r->isOk()) {
            printErr(QStringLiteral("error: %1\n").arg(printable(r->error()->toString(), PrintableMode::MultiLine)));
            return ExitFailure;
        }
        for (const auto &v : r->versions())
            if (v.version == to)
                spec = QStringLiteral("marketplace:") + v.uniqueIdentifier;
        if (spec.isEmpty()) {
            printErr(QStringLiteral("error: the Marketplace has no version %1 of %2.\n").arg(to, pluginId));
            return ExitUnreadable;
        }
    }
    auto source = InstallSource::parse(spec);
    if (!source) {
        printErr(QStringLiteral("error: %1\n").arg(printable(source.error().toString(), PrintableMode::MultiLine)));
        return ExitUsage;
    }
    InstallOptions options;
    options.upgradePluginId = pluginId;
    if (parser.isSet(unsignedOpt))
        options.allowUnsigned = true;
    options.skipEnv = parser.isSet(skipEnvOpt);
    if (parser.isSet(ghOpt))
        options.githubDownloadBase = QUrl(parser.value(ghOpt));
    options.githubToken = resolveGithubToken(**ws, parser.value(tokenOpt));
    InstallTask task(ws->get(), source.value(), options);
    task.setMarketplaceClient(&market);
    QObject::connect(&task, &InstallTask::progress, [](const QString &line) { printErr(printable(line, PrintableMode::MultiLine) + QLatin1Char('\n')); });
    task.waitForFinished();
    if (task.error()) {
        printErr(QStringLiteral("error: %1\n").arg(printable(task.error()->toString(), PrintableMode::MultiLine)));
        return ExitFailure;
    }
    // Install count on the Marketplace (#19), only when the workspace allows it; never fails the command.
    reportMarketplaceInstallsAndWait(**ws, &market, task.outcome().installed);
    const InstalledPlugin &now = task.outcome().installed.last();
    printOut(QStringLiteral("upgraded %1 %2 -> %3\n").arg(printable(pluginId), printable(row->version), printable(now.version)));
    return ExitOk;
}

static CommandRegistrar reg({QStringLiteral("upgrade"), QStringLiteral("Upgrade or downgrade an installed plugin"), run});

} // namespace
