// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli keygen NAME — RSA-4096 key pair in PKCS#1 PEM (formats.md §3.8).
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
        "Generates an RSA key pair for signing plugins: NAME.private.pem (mode 0600, keep it secret) "
        "and NAME.public.pem (give it to the Dify admin for THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Base name (default dify_plugin_signing_key)."));
    const QCommandLineOption bitsOpt(QStringLiteral("bits"), QStringLiteral("Key size (default 4096)."),
                                     QStringLiteral("N"), QStringLiteral("4096"));
    parser.addOption(bitsOpt);
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() > 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli keygen NAME\n"));
        return ExitUsage;
    }
    const QString name = pos.isEmpty() ? QStringLiteral("dify_plugin_signing_key") : pos.first();
    bool ok = false;
    const int bits = parser.value(bitsOpt).toInt(&ok);
    if (!ok) {
        printErr(QStringLiteral("error: --bits needs a number\n"));
        return ExitUsage;
    }
    auto r = Package::generateKeyPair(name, bits);
    if (!r) {
        printErr(QStringLiteral("error: %1\n").arg(printable(r.error().toString())));
        return ExitFailure;
    }
    printOut(QStringLiteral("%1.private.pem\n%1.public.pem\n").arg(name));
    return ExitOk;
}

CommandRegistrar reg({QStringLiteral("keygen"), QStringLiteral("Generate an RSA key pair for signing plugins"), run});

} // namespace
