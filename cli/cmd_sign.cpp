// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli sign PKG --key PRIVATE.pem [--category C] — formats.md §3.8.
#include "cli/command.h"
#include "core/common/printable.h"
#include "core/package/signature.h"

#include <QCommandLineParser>

namespace {

using namespace Studio;
using namespace Studio::Cli;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Signs a .difypkg with an RSA private key (PKCS#1 PEM) and writes <base>.signed.difypkg. "
        "Adds .verification.dify.json with the authorized category (this changes the checksum). "
        "Prints the new unique identifier."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PKG"), QStringLiteral("The package to sign."));
    const QCommandLineOption keyOpt({QStringLiteral("k"), QStringLiteral("key"), QStringLiteral("p"), QStringLiteral("private_key")},
                                    QStringLiteral("Private key file (RSA PRIVATE KEY PEM)."), QStringLiteral("PRIVATE.pem"));
    const QCommandLineOption catOpt({QStringLiteral("c"), QStringLiteral("category"), QStringLiteral("authorized_category")},
                                    QStringLiteral("langgenius (default), partner or community."),
                                    QStringLiteral("CATEGORY"), QStringLiteral("langgenius"));
    const QCommandLineOption legacyOpt(QStringLiteral("no-verification-file"),
                                       QStringLiteral("Legacy signature in the comment only (checksum unchanged)."));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file (default <base>.signed.difypkg next to PKG)."), QStringLiteral("OUT"));
    parser.addOptions({keyOpt, catOpt, legacyOpt, outOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(keyOpt)) {
        printErr(QStringLiteral("usage: plugin-studio-cli sign PKG --key PRIVATE.pem [--category langgenius|partner|community]\n"));
        return ExitUsage;
    }
    const QString category = parser.isSet(legacyOpt) ? QString() : parser.value(catOpt);
    if (!category.isEmpty() && Package::normalizedCategory(category).isEmpty()) {
        printErr(QStringLiteral("error: unknown category \"%1\"; use langgenius, partner or community\n").arg(category));
        return ExitUsage;
    }
    auto r = Package::signPackage(parser.positionalArguments().first(), parser.value(keyOpt), category, parser.value(outOpt));
    if (!r) {
        printErr(QStringLiteral("error: %1\n").arg(printable(r.error().toString())));
        return r.error().code == ErrorCode::NotFound ? ExitUnreadable : ExitFailure;
    }
    printErr(QStringLiteral("signed package written to %1\n").arg(r->outputPath));
    printOut(r->identifier + QLatin1Char('\n'));
    return ExitOk;
}

CommandRegistrar reg({QStringLiteral("sign"), QStringLiteral("Sign a .difypkg with a private key"), run});

} // namespace
