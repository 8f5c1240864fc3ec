// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli workspace key [--to-file|--to-keychain|--check]  — where the workspace key lives
// plugin-studio-cli workspace github-token [--set TOKEN|--stdin|--clear] — the sealed GitHub token
// (install-and-marketplace.md §4.1 secrets at rest, §2.3 GitHub; see core/workspace/keychain.h).
#include "cli/command.h"
#include "core/common/printable.h"
#include "core/workspace/keychain.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace {

using namespace Studio;
using namespace Studio::Cli;
using namespace Studio::Workspace;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Workspace safety settings.\n"
        "  key           shows where the workspace key lives (OS keychain or 0600 key file); --check reads it and opens a\n"
        "                sealed value with it; --to-file / --to-keychain move it (written, read back and verified before the\n"
        "                old copy is deleted).\n"
        "  github-token  shows whether a GitHub token is stored (sealed); --set TOKEN, --stdin (read it from standard\n"
        "                input) or --clear change it. It is sent to the GitHub API only."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WHAT"), QStringLiteral("key | github-token"));
    const QCommandLineOption wsOpt(QStringLiteral("workspace"), QStringLiteral("Workspace data folder."), QStringLiteral("DIR"));
    const QCommandLineOption toFileOpt(QStringLiteral("to-file"), QStringLiteral("key: move the key to the 0600 file workspace.key."));
    const QCommandLineOption toChainOpt(QStringLiteral("to-keychain"), QStringLiteral("key: move the key to the OS keychain."));
    const QCommandLineOption checkOpt(QStringLiteral("check"), QStringLiteral("key: read the key and open a sealed value with it."));
    const QCommandLineOption setOpt(QStringLiteral("set"), QStringLiteral("github-token: store TOKEN (sealed)."), QStringLiteral("TOKEN"));
    const QCommandLineOption stdinOpt(QStringLiteral("stdin"), QStringLiteral("github-token: read the token from standard input."));
    const QCommandLineOption clearOpt(QStringLiteral("clear"), QStringLiteral("github-token: remove the stored token."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    parser.addOptions({wsOpt, toFileOpt, toChainOpt, checkOpt, setOpt, stdinOpt, clearOpt, jsonOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    const QString what = pos.value(0);
    if (pos.size() != 1 || (what != QLatin1String("key") && what != QLatin1String("github-token"))) {
        printErr(QStringLiteral("usage: plugin-studio-cli workspace key [--check|--to-file|--to-keychain]\n"
                                "       plugin-studio-cli workspace github-token [--set TOKEN|--stdin|--clear]\n"));
        return ExitUsage;
    }
    const QString dir = parser.isSet(wsOpt) ? parser.value(wsOpt) : WorkspaceStore::defaultDataDir();

    if (what == QLatin1String("key")) {
        if (parser.isSet(toFileOpt) && parser.isSet(toChainOpt)) {
            printErr(QStringLiteral("error: give --to-file or --to-keychain, not both.\n"));
            return ExitUsage;
        }
        QString note;
        // Opening never reads the key of an existing workspace, so this works when the keychain is away.
        auto ws = openWorkspace(dir, KeyStore::Keychain, &note);
        if (!ws) {
            printErr(QStringLiteral("error: %1\n").arg(printable(ws.error().toString(), PrintableMode::MultiLine)));
            return ExitFailure;
        }
        if (!note.isEmpty())
            printErr(note + QLatin1Char('\n'));
        if (parser.isSet(toFileOpt) || parser.isSet(toChainOpt)) {
            const KeyStore to = parser.isSet(toFileOpt) ? KeyStore::File : KeyStore::Keychain;
            if (VoidResult m = moveWorkspaceKey(**ws, to); !m) {
                printErr(QStringLiteral("error: %1\n").arg(printable(m.error().toString(), PrintableMode::MultiLine)));
                return ExitFailure;
            }
        }
        const KeyStoreInfo info = recordedKeyStore(**ws);
        bool checked = false;
        if (parser.isSet(checkOpt)) {
            // Read the key itself (the keychain is asked now), then open the sealed probe with it.
            Result<QByteArray> key = (*ws)->keyProvider()->workspaceKey();
            Result<QString> probe = key ? (*ws)->secretSetting(QStringLiteral("key_check")) : Result<QString>(key.error());
            if (!probe) {
                printErr(QStringLiteral("error: %1\n").arg(printable(probe.error().toString(), PrintableMode::MultiLine)));
                return ExitFailure;
            }
            checked = true;
        }
        if (parser.isSet(jsonOpt)) {
            QJsonObject o{{QStringLiteral("store"), keyStoreName(info.store)}, {QStringLiteral("description"), info.describe()}};
            if (info.store == KeyStore::Keychain) {
                o.insert(QStringLiteral("service"), info.service);
                o.insert(QStringLiteral("account"), info.account);
            } else {
                o.insert(QStringLiteral("path"), info.filePath);
            }
            if (checked)
                o.insert(QStringLiteral("checked"), true);
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        } else {
            printOut(QStringLiteral("workspace key: %1%2\n").arg(info.describe(), checked ? QStringLiteral(" (checked: it opens the workspace's secrets)") : QString()));
        }
        return ExitOk;
    }

    // github-token
    auto ws = openWorkspace(dir);
    if (!ws) {
        printErr(QStringLiteral("error: %1\n").arg(printable(ws.error().toString(), PrintableMode::MultiLine)));
        return ExitFailure;
    }
    const int changes = int(parser.isSet(setOpt)) + int(parser.isSet(stdinOpt)) + int(parser.isSet(clearOpt));
    if (changes > 1) {
        printErr(QStringLiteral("error: give one of --set, --stdin, --clear.\n"));
        return ExitUsage;
    }
    if (changes == 1) {
        QString token;
        if (parser.isSet(setOpt)) {
            token = parser.value(setOpt).trimmed();
        } else if (parser.isSet(stdinOpt)) {
            QTextStream in(stdin);
            token = in.readLine().trimmed();
        }
        if (!parser.isSet(clearOpt) && token.isEmpty()) {
            printErr(QStringLiteral("error: the token is empty; use --clear to remove the stored token.\n"));
            return ExitUsage;
        }
        if (VoidResult r = (*ws)->setSecretSetting(QStringLiteral("github_token"), token); !r) {
            printErr(QStringLiteral("error: %1\n").arg(printable(r.error().toString(), PrintableMode::MultiLine)));
            return ExitFailure;
        }
    }
    Result<QString> stored = (*ws)->secretSetting(QStringLiteral("github_token"));
    if (!stored) {
        printErr(QStringLiteral("error: %1\n").arg(printable(stored.error().toString(), PrintableMode::MultiLine)));
        return ExitFailure;
    }
    if (parser.isSet(jsonOpt))
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("set"), !stored->isEmpty()},
                                                             {QStringLiteral("masked"), maskSecret(stored.value())}})
                                       .toJson(QJsonDocument::Indented)));
    else
        printOut(stored->isEmpty() ? QStringLiteral("github token: not set\n")
                                   : QStringLiteral("github token: %1 (sealed in the workspace)\n").arg(maskSecret(stored.value())));
    return ExitOk;
}

static CommandRegistrar reg({QStringLiteral("workspace"), QStringLiteral("Where the workspace key lives; the GitHub token"), run});

} // namespace
