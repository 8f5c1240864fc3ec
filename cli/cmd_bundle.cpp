// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli bundle init|append|remove|bump|package|analyze — `dify bundle`, non-interactive.
#include "cli/command.h"
#include "core/common/printable.h"
#include "core/package/bundle.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace Studio;
using namespace Studio::Cli;

const QString kUsage = QStringLiteral(
    "usage: plugin-studio-cli bundle init DIR --name N --author A [--description D]\n"
    "       plugin-studio-cli bundle append marketplace BUNDLE -m org/plugin:VERSION\n"
    "       plugin-studio-cli bundle append github BUNDLE -r owner/repo:VERSION/asset.difypkg\n"
    "       plugin-studio-cli bundle append package BUNDLE -p FILE.difypkg\n"
    "       plugin-studio-cli bundle remove BUNDLE -i INDEX\n"
    "       plugin-studio-cli bundle bump BUNDLE -t VERSION\n"
    "       plugin-studio-cli bundle package BUNDLE [-o OUT.difybndl]\n"
    "       plugin-studio-cli bundle analyze BUNDLE [--json]\n"
    "BUNDLE is a bundle folder or a .difybndl file (edited in place).\n");

int fail(const Error &e)
{
    printErr(QStringLiteral("error: %1\n").arg(printable(e.toString())));
    return e.code == ErrorCode::NotFound ? ExitUnreadable : ExitFailure;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create and edit Dify plugin bundles (.difybndl).\n") + kUsage);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"), QStringLiteral("init, append, remove, bump, package or analyze."));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("Bundle name (init)."), QStringLiteral("N"));
    const QCommandLineOption authorOpt(QStringLiteral("author"), QStringLiteral("Bundle author (init)."), QStringLiteral("A"));
    const QCommandLineOption descOpt(QStringLiteral("description"), QStringLiteral("Bundle description (init)."), QStringLiteral("D"));
    const QCommandLineOption mOpt({QStringLiteral("m"), QStringLiteral("marketplace_pattern")}, QStringLiteral("Marketplace pattern."), QStringLiteral("P"));
    const QCommandLineOption rOpt({QStringLiteral("r"), QStringLiteral("repo_pattern")}, QStringLiteral("GitHub pattern."), QStringLiteral("P"));
    const QCommandLineOption pOpt({QStringLiteral("p"), QStringLiteral("package_path")}, QStringLiteral("Package file to embed."), QStringLiteral("FILE"));
    const QCommandLineOption iOpt({QStringLiteral("i"), QStringLiteral("index")}, QStringLiteral("Dependency index (0-based)."), QStringLiteral("N"));
    const QCommandLineOption tOpt({QStringLiteral("t"), QStringLiteral("target_version")}, QStringLiteral("New version."), QStringLiteral("V"));
    const QCommandLineOption oOpt({QStringLiteral("o"), QStringLiteral("output_path")}, QStringLiteral("Output .difybndl."), QStringLiteral("OUT"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Machine-readable output (analyze)."));
    parser.addOptions({nameOpt, authorOpt, descOpt, mOpt, rOpt, pOpt, iOpt, tOpt, oOpt, jsonOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    QStringList pos = parser.positionalArguments();
    if (pos.isEmpty()) {
        printErr(kUsage);
        return ExitUsage;
    }
    const QString sub = pos.takeFirst();
    if (sub == QLatin1String("init")) {
        if (pos.size() != 1 || !parser.isSet(nameOpt) || !parser.isSet(authorOpt)) {
            printErr(kUsage);
            return ExitUsage;
        }
        auto r = Package::initBundle(pos.first(), {parser.value(nameOpt), parser.value(authorOpt), parser.value(descOpt)});
        if (!r)
            return fail(r.error());
        printOut(QStringLiteral("created bundle %1\n").arg(pos.first()));
        return ExitOk;
    }
    QString kind;
    if (sub == QLatin1String("append")) {
        if (pos.isEmpty()) {
            printErr(kUsage);
            return ExitUsage;
        }
        kind = pos.takeFirst();
    }
    if (pos.size() != 1) {
        printErr(kUsage);
        return ExitUsage;
    }
    auto bundle = Package::Bundle::open(pos.first());
    if (!bundle)
        return fail(bundle.error());

    if (sub == QLatin1String("append")) {
        Result<void> r;
        if (kind == QLatin1String("marketplace") && parser.isSet(mOpt))
            r = bundle->appendMarketplace(parser.value(mOpt));
        else if (kind == QLatin1String("github") && parser.isSet(rOpt))
            r = bundle->appendGithub(parser.value(rOpt));
        else if (kind == QLatin1String("package") && parser.isSet(pOpt)) {
            auto sum = bundle->appendPackage(parser.value(pOpt));
            if (!sum)
                return fail(sum.error());
            printOut(*sum + QLatin1Char('\n'));
        } else {
            printErr(kUsage);
            return ExitUsage;
        }
        if (!r)
            return fail(r.error());
    } else if (sub == QLatin1String("remove")) {
        bool ok = false;
        const int idx = parser.value(iOpt).toInt(&ok);
        if (!ok) {
            printErr(kUsage);
            return ExitUsage;
        }
        if (auto r = bundle->removeDependency(idx); !r)
            return fail(r.error());
    } else if (sub == QLatin1String("bump")) {
        if (!parser.isSet(tOpt)) {
            printErr(kUsage);
            return ExitUsage;
        }
        if (auto r = bundle->bumpVersion(parser.value(tOpt)); !r)
            return fail(r.error());
    } else if (sub == QLatin1String("package")) {
        QString out = parser.value(oOpt);
        if (out.isEmpty()) {
            QString base = QFileInfo(pos.first()).fileName();
            if (base.endsWith(QLatin1String(".difybndl")))
                base.chop(9);
            out = QDir::current().absoluteFilePath(base + QStringLiteral(".difybndl"));
        }
        auto size = bundle->packageTo(out);
        if (!size)
            return fail(size.error());
        printOut(QStringLiteral("%1\n").arg(out));
        return ExitOk;
    } else if (sub == QLatin1String("analyze")) {
        ValidationReport report;
        auto m = bundle->manifest(&report);
        if (!m)
            return fail(m.error());
        if (parser.isSet(jsonOpt)) {
            QJsonArray deps;
            for (const auto &d : m->dependencies)
                deps.append(QJsonObject{{QStringLiteral("type"), d.type}, {QStringLiteral("value"), d.pattern}});
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), m->name},
                                                                 {QStringLiteral("version"), m->version},
                                                                 {QStringLiteral("author"), m->author},
                                                                 {QStringLiteral("dependencies"), deps},
                                                                 {QStringLiteral("assets"), QJsonArray::fromStringList(bundle->assets())}})
                                           .toJson(QJsonDocument::Indented)));
        } else {
            printOut(QStringLiteral("%1 %2 by %3 — %4 dependencies\n").arg(m->name, m->version, m->author).arg(m->dependencies.size()));
            for (int i = 0; i < m->dependencies.size(); ++i)
                printOut(QStringLiteral("  [%1] %2: %3\n").arg(i).arg(m->dependencies.at(i).type, m->dependencies.at(i).pattern));
            if (!report.diagnostics().isEmpty())
                printOut(report.toText());
        }
        return report.hasErrors() ? ExitFailure : ExitOk;
    } else {
        printErr(kUsage);
        return ExitUsage;
    }
    if (auto r = bundle->save(); !r)
        return fail(r.error());
    return ExitOk;
}

CommandRegistrar reg({QStringLiteral("bundle"), QStringLiteral("Create and edit plugin bundles (init, append, remove, bump, package, analyze)"), run});

} // namespace
