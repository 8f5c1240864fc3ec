// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli export-offline PKG|PLUGIN_ID — repackage with the wheels for a platform.
#include "cli/command.h"
#include "core/common/printable.h"
#include "cli/workspaceoptions.h"
#include "core/workspace/offlineexport.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {

using namespace Studio;
using namespace Studio::Cli;
using namespace Studio::Workspace;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds an offline package: downloads the wheels of the plugin's requirements for a platform with "
        "`pip download --only-binary=:all:` and repackages it with wheels/ and a requirements.txt that "
        "installs with --no-index. The result is UNSIGNED."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("A .difypkg or the id (author/name) of an installed plugin."));
    const WorkspaceCliOptions wso(QStringLiteral("Marketplace base URL (unused)."));
    const QCommandLineOption &wsOpt = wso.workspace, &mpOpt = wso.marketplace;
    const QCommandLineOption platOpt(QStringLiteral("platform"), QStringLiteral("manylinux2014_x86_64, manylinux2014_aarch64 or current (default)."),
                                     QStringLiteral("P"), QStringLiteral("current"));
    const QCommandLineOption pyOpt(QStringLiteral("python-version"), QStringLiteral("Target Python, e.g. 3.12."), QStringLiteral("V"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output folder (default .)."), QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption pipOpt(QStringLiteral("pip-arg"), QStringLiteral("Extra argument for pip download (repeatable), e.g. --pip-arg=--index-url=URL."),
                                    QStringLiteral("ARG"));
    parser.addOptions({wsOpt, mpOpt, platOpt, pyOpt, outOpt, pipOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli export-offline PKG|PLUGIN_ID [--platform P] [--python-version V] [-o DIR]\n"));
        return ExitUsage;
    }
    QString source = parser.positionalArguments().first();
    if (!QFileInfo::exists(source)) {
        auto ws = wso.open(parser);
        if (!ws) {
            printErr(QStringLiteral("error: %1\n").arg(printable(ws.error().toString(), PrintableMode::MultiLine)));
            return ExitFailure;
        }
        const auto row = (*ws)->installed(source);
        if (!row) {
            printErr(QStringLiteral("error: %1 is neither a file nor an installed plugin id\n").arg(source));
            return ExitUnreadable;
        }
        source = row->installPath;
    }
    OfflineExportOptions o;
    o.platform = parser.value(platOpt);
    o.pythonVersion = parser.value(pyOpt);
    o.extraPipArgs = parser.values(pipOpt);
    auto r = exportOffline(source, parser.value(outOpt), o, [](const QString &l) { printErr(l + QLatin1Char('\n')); });
    if (!r) {
        printErr(QStringLiteral("error: %1\n").arg(printable(r.error().toString(), PrintableMode::MultiLine)));
        return ExitFailure;
    }
    printErr(r->notice + QLatin1Char('\n'));
    printOut(QStringLiteral("%1 (%2 wheels, %3)\n").arg(r->outputPath).arg(r->wheels.size()).arg(printable(r->identifier)));
    return ExitOk;
}

static CommandRegistrar reg({QStringLiteral("export-offline"), QStringLiteral("Repackage a plugin with its wheels for offline installs"), run});

} // namespace
