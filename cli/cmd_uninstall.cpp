// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli uninstall PLUGIN_ID — removes an installed plugin (files and credentials;
// the plugin's KV storage is kept, like Dify).
#include "cli/command.h"
#include "core/common/printable.h"
#include "cli/workspaceoptions.h"
#include "core/workspace/installtask.h"

#include <QCommandLineParser>

namespace {

using namespace Studio;
using namespace Studio::Cli;
using namespace Studio::Workspace;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Uninstalls a plugin (author/name): removes its files, credentials, endpoints and OAuth client "
        "settings. Its persistent storage is kept and comes back when the plugin is installed again."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PLUGIN_ID"), QStringLiteral("author/name"));
    const WorkspaceCliOptions wso(QStringLiteral("Marketplace base URL (unused)."));
    const QCommandLineOption &wsOpt = wso.workspace, &mpOpt = wso.marketplace;
    const QCommandLineOption keepOpt(QStringLiteral("keep-credentials"), QStringLiteral("Keep credentials and endpoints."));
    parser.addOptions({wsOpt, mpOpt, keepOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli uninstall PLUGIN_ID [--keep-credentials]\n"));
        return ExitUsage;
    }
    auto ws = wso.open(parser);
    if (!ws) {
        printErr(QStringLiteral("error: %1\n").arg(printable(ws.error().toString(), PrintableMode::MultiLine)));
        return ExitFailure;
    }
    auto removed = uninstallPlugin(**ws, parser.positionalArguments().first(), parser.isSet(keepOpt));
    if (!removed) {
        printErr(QStringLiteral("error: %1\n").arg(printable(removed.error().toString(), PrintableMode::MultiLine)));
        return removed.error().code == ErrorCode::NotFound ? ExitUnreadable : ExitFailure;
    }
    printOut(QStringLiteral("uninstalled %1 (storage kept)\n").arg(printable(removed->uniqueIdentifier)));
    return ExitOk;
}

static CommandRegistrar reg({QStringLiteral("uninstall"), QStringLiteral("Uninstall a plugin from the workspace"), run});

} // namespace
