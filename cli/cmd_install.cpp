// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli install PKG|BUNDLE|marketplace:ID|github:REPO@VERSION/ASSET — installs into the
// embedded workspace (install-and-marketplace.md §2). Progress on stderr, result on stdout.
#include "cli/command.h"
#include "core/common/printable.h"
#include "cli/workspaceoptions.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/workspace/installtask.h"
#include "core/workspace/updates.h"
#include "core/workspace/keychain.h"

#include <QCommandLineParser>
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
        "Installs a plugin package (.difypkg), every dependency of a bundle (.difybndl), a Marketplace "
        "package (marketplace:org/name:version@checksum), a GitHub release asset "
        "(github:OWNER/REPO@VERSION/ASSET) or every plugin of a bundle published on the Marketplace "
        "(marketplace-bundle:ORG/NAME@VERSION) into the workspace; a bundle installs all or nothing. Unsigned or unverified packages are refused "
        "unless --allow-unsigned is given or the workspace allows them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("PKG, BUNDLE, marketplace:ID, github:REPO@VERSION/ASSET or marketplace-bundle:ORG/NAME@VERSION"));
    const WorkspaceCliOptions wso(QStringLiteral("Marketplace base URL."));
    const QCommandLineOption &wsOpt = wso.workspace, &mpOpt = wso.marketplace;
    const QCommandLineOption unsignedOpt(QStringLiteral("allow-unsigned"), QStringLiteral("Install unsigned/unverified packages (with a warning)."));
    const QCommandLineOption skipEnvOpt(QStringLiteral("skip-env"), QStringLiteral("Do not prepare the Python environment."));
    const QCommandLineOption tokenOpt(QStringLiteral("github-token"),
                                      QStringLiteral("GitHub token sent to the GitHub API only (default: $GITHUB_TOKEN, then the workspace setting)."),
                                      QStringLiteral("TOKEN"));
    const QCommandLineOption ghOpt(QStringLiteral("github-url"), QStringLiteral("GitHub download base (default https://github.com)."), QStringLiteral("URL"));
    const QCommandLineOption ghApiOpt(QStringLiteral("github-api-url"), QStringLiteral("GitHub API base (default https://api.github.com)."), QStringLiteral("URL"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    parser.addOptions({wsOpt, mpOpt, unsignedOpt, skipEnvOpt, ghOpt, ghApiOpt, tokenOpt, jsonOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli install PKG|BUNDLE|marketplace:ID|github:REPO@VERSION/ASSET [--allow-unsigned] [--skip-env]\n"));
        return ExitUsage;
    }
    auto source = InstallSource::parse(parser.positionalArguments().first());
    if (!source) {
        printErr(QStringLiteral("error: %1\n").arg(printable(source.error().toString(), PrintableMode::MultiLine)));
        return source.error().code == ErrorCode::NotFound ? ExitUnreadable : ExitUsage;
    }
    auto ws = wso.open(parser);
    if (!ws) {
        printErr(QStringLiteral("error: %1\n").arg(printable(ws.error().toString(), PrintableMode::MultiLine)));
        return ExitFailure;
    }
    Marketplace::MarketplaceClient market;
    market.setBaseUrl(wso.marketplaceUrl(parser, **ws));
    InstallOptions options;
    if (parser.isSet(unsignedOpt))
        options.allowUnsigned = true;
    options.skipEnv = parser.isSet(skipEnvOpt);
    if (parser.isSet(ghOpt))
        options.githubDownloadBase = QUrl(parser.value(ghOpt));
    options.githubToken = resolveGithubToken(**ws, parser.value(tokenOpt));
    if (parser.isSet(ghApiOpt))
        options.githubApiBase = QUrl(parser.value(ghApiOpt));
    InstallTask task(ws->get(), source.value(), options);
    task.setMarketplaceClient(&market);
    QObject::connect(&task, &InstallTask::progress, [](const QString &line) { printErr(printable(line, PrintableMode::MultiLine) + QLatin1Char('\n')); });
    task.waitForFinished();
    if (task.error()) {
        printErr(QStringLiteral("error: %1\n").arg(printable(task.error()->toString(), PrintableMode::MultiLine)));
        return task.error()->code == ErrorCode::NotFound ? ExitUnreadable : ExitFailure;
    }
    // Install count on the Marketplace (#19), only when the workspace allows it; never fails the command.
    reportMarketplaceInstallsAndWait(**ws, &market, task.outcome().installed);
    QJsonArray out;
    for (const InstalledPlugin &p : task.outcome().installed) {
        if (parser.isSet(jsonOpt))
            out.append(QJsonObject{{QStringLiteral("plugin_id"), p.pluginId}, {QStringLiteral("version"), p.version},
                                   {QStringLiteral("unique_identifier"), p.uniqueIdentifier}, {QStringLiteral("source"), p.source},
                                   {QStringLiteral("verified"), p.verified}, {QStringLiteral("signature_category"), p.signatureCategory},
                                   {QStringLiteral("path"), p.installPath}});
        else
            printOut(QStringLiteral("installed %1 (%2, signature: %3)\n")
                         .arg(printable(p.uniqueIdentifier), printable(p.source), p.verified ? printable(p.signatureCategory) : QStringLiteral("UNVERIFIED")));
    }
    if (parser.isSet(jsonOpt))
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    return ExitOk;
}

static CommandRegistrar reg({QStringLiteral("install"), QStringLiteral("Install a package, bundle, Marketplace or GitHub plugin"), run});

} // namespace
