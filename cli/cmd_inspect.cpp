// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli inspect PKG [--json] — what is inside a .difypkg.
#include "cli/command.h"
#include "core/common/printable.h"
#include "core/package/inspect.h"

#include <QCommandLineParser>

namespace {

using namespace Studio;
using namespace Studio::Cli;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows the files, manifest, identifier, checksum, signature and validation summary of a "
        ".difypkg (exit 0 when readable, 2 when the archive is refused)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PKG"), QStringLiteral("The package."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption keyOpt({QStringLiteral("k"), QStringLiteral("key")},
                                    QStringLiteral("Extra trusted public key for the signature check; repeatable."),
                                    QStringLiteral("PUBLIC.pem"));
    parser.addOptions({jsonOpt, keyOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli inspect PKG [--json]\n"));
        return ExitUsage;
    }
    QList<Package::PublicKey> keys;
    for (const QString &path : parser.values(keyOpt)) {
        auto k = Package::loadPublicKey(path);
        if (!k) {
            printErr(QStringLiteral("error: %1\n").arg(k.error().toString()));
            return ExitFailure;
        }
        keys << *k;
    }
    auto info = Package::inspectPackage(parser.positionalArguments().first(), keys);
    if (!info) {
        printErr(QStringLiteral("error: %1\n").arg(printable(info.error().toString())));
        return ExitUnreadable;
    }
    if (parser.isSet(jsonOpt)) {
        printOut(QString::fromUtf8(info->toJson()));
    } else {
        printOut(info->toText());
        if (!info->validation.diagnostics().isEmpty()) {
            ValidationReport rep = info->validation;
            rep.sort();
            // Findings quote the package (labels, names): escaped, line breaks kept.
            printOut(printable(rep.toText(), PrintableMode::MultiLine));
        }
    }
    return ExitOk;
}

CommandRegistrar reg({QStringLiteral("inspect"), QStringLiteral("Show what is inside a .difypkg"), run});

} // namespace
