// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"

#include <QCommandLineParser>

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace Studio::Cli {

static QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}

void CommandRegistry::add(const Command &command)
{
    registry().append(command);
    std::sort(registry().begin(), registry().end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
}

const QList<Command> &CommandRegistry::all()
{
    return registry();
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

void printOut(const QString &text)
{
    const QByteArray b = text.toUtf8();
    fwrite(b.constData(), 1, size_t(b.size()), stdout);
    fflush(stdout);
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QLatin1Char('\n'));
        return ExitUsage;
    }
    // --help-all is advertised by every command's --help (Qt adds it with addHelpOption); the Qt
    // options it would add do not apply to a headless tool, so it prints the same help. Neither
    // ever goes on to run the command.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        QString help = parser.helpText();
        // Qt writes the binary's path; the user typed "plugin-studio-cli COMMAND".
        const QString qtUsage = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (!args.isEmpty() && help.startsWith(qtUsage))
            help.replace(0, qtUsage.size(), QStringLiteral("Usage: ") + args.first());
        printOut(help);
        return ExitOk;
    }
    return std::nullopt;
}

void printErr(const QString &text)
{
    const QByteArray b = text.toUtf8();
    fwrite(b.constData(), 1, size_t(b.size()), stderr);
    fflush(stderr);
}

static void printUsage()
{
    QString s = QStringLiteral(
        "Usage: plugin-studio-cli COMMAND [OPTIONS]\n\n"
        "Headless Plugin Studio: validate, package, sign, run, debug and install Dify plugins.\n\n"
        "Commands:\n");
    for (const Command &c : CommandRegistry::all())
        s += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(16), c.summary);
    s += QStringLiteral("\nRun 'plugin-studio-cli COMMAND --help' for the options of a command.\n");
    printOut(s);
}

} // namespace Studio::Cli

int main(int argc, char **argv)
{
    using namespace Studio::Cli;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plugin-studio-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PluginStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")
        || args.at(1) == QLatin1String("--help-all") || args.at(1) == QLatin1String("help")) {
        printUsage();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        printOut(QStringLiteral("plugin-studio-cli %1\n").arg(QStringLiteral(STUDIO_VERSION)));
        return ExitOk;
    }
    const Command *cmd = CommandRegistry::find(args.at(1));
    if (!cmd) {
        printErr(QStringLiteral("plugin-studio-cli: unknown command '%1'. Run 'plugin-studio-cli --help' "
                                "for the list of commands.\n").arg(args.at(1)));
        return ExitUsage;
    }
    QStringList sub = args.mid(2);
    sub.prepend(QStringLiteral("plugin-studio-cli ") + cmd->name);
    return cmd->run(sub);
}
