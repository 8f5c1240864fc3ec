// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli verify PKG [--key PUBLIC.pem]... — formats.md §3.8.
#include "cli/command.h"
#include "core/common/printable.h"
#include "core/package/signature.h"

#include <QTimeZone>
#include <QCommandLineParser>
#include <QDateTime>

namespace {

using namespace Studio;
using namespace Studio::Cli;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verifies the signature of a .difypkg against the built-in Dify Marketplace key and any "
        "--key given (exit 0 only when a trusted key verifies it, 1 otherwise, 2 unreadable)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PKG"), QStringLiteral("The package to verify."));
    const QCommandLineOption keyOpt({QStringLiteral("k"), QStringLiteral("key"), QStringLiteral("p"), QStringLiteral("public_key")},
                                    QStringLiteral("Trusted public key (RSA PUBLIC KEY PEM); repeatable. Comma-separated lists are accepted."),
                                    QStringLiteral("PUBLIC.pem"));
    const QCommandLineOption noOfficialOpt(QStringLiteral("no-official-key"), QStringLiteral("Do not trust the built-in Marketplace key."));
    parser.addOptions({keyOpt, noOfficialOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli verify PKG [--key PUBLIC.pem]...\n"));
        return ExitUsage;
    }
    QList<Package::PublicKey> keys;
    for (const QString &v : parser.values(keyOpt)) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto k = Package::loadPublicKey(part.trimmed());
            if (!k) {
                // Like the daemon: an unreadable key makes the whole verification fail.
                printErr(QStringLiteral("error: %1\n").arg(printable(k.error().toString())));
                return ExitFailure;
            }
            keys << *k;
        }
    }
    auto reader = Package::PackageReader::open(parser.positionalArguments().first());
    if (!reader) {
        printErr(QStringLiteral("error: %1\n").arg(printable(reader.error().toString())));
        return ExitUnreadable;
    }
    const Package::VerifyResult v = Package::verifyPackage(**reader, keys, !parser.isSet(noOfficialOpt));
    if (!v.verified) {
        printOut(QStringLiteral("%1: %2\n").arg(v.isSigned ? QStringLiteral("NOT VERIFIED") : QStringLiteral("UNSIGNED"), printable(v.error)));
        return ExitFailure;
    }
    printOut(QStringLiteral("verified with %1 key; category %2; signed %3\n")
                 .arg(printable(v.keyLabel), printable(v.category),
                      QDateTime::fromSecsSinceEpoch(v.time, QTimeZone(0)).toString(Qt::ISODate)));
    return ExitOk;
}

CommandRegistrar reg({QStringLiteral("verify"), QStringLiteral("Verify the signature of a .difypkg"), run});

} // namespace
