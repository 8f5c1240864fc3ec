// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli checksum PKG|DIR — the plugin checksum of formats.md §3.5.
#include "cli/command.h"
#include "core/common/printable.h"
#include "core/package/checksum.h"
#include "core/package/ignorerules.h"
#include "core/package/packagereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {

using namespace Studio;
using namespace Studio::Cli;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the Dify checksum of a package (.difypkg) or of a plugin folder after its "
        ".difyignore rules (without a generated requirements.txt)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A .difypkg file or a plugin folder."));
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli checksum PKG|DIR\n"));
        return ExitUsage;
    }
    const QString path = pos.first();
    QFileInfo fi(path);
    if (!fi.exists()) {
        printErr(QStringLiteral("error: %1 does not exist\n").arg(path));
        return ExitUnreadable;
    }
    Result<QString> sum = QString();
    if (fi.isDir()) {
        auto files = Package::openPluginFolder(path);
        sum = Package::computeChecksum(*files);
    } else {
        auto reader = Package::PackageReader::open(path);
        if (!reader) {
            printErr(QStringLiteral("error: %1\n").arg(printable(reader.error().toString())));
            return ExitUnreadable;
        }
        sum = (*reader)->checksum();
    }
    if (!sum) {
        printErr(QStringLiteral("error: %1\n").arg(printable(sum.error().toString())));
        return ExitUnreadable;
    }
    printOut(*sum + QLatin1Char('\n'));
    return ExitOk;
}

CommandRegistrar reg({QStringLiteral("checksum"),
                      QStringLiteral("Print the Dify checksum of a package or plugin folder"), run});

} // namespace
