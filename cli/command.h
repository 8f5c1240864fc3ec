// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace Studio::Cli {

// Exit codes shared by all commands.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUnreadable = 2, ExitUsage = 64 };

struct Command
{
    QString name;     // "validate", or "bundle" for a command with sub-commands
    QString summary;  // one line for `plugin-studio-cli --help`
    // Receives the arguments after the command name (args[0] is "plugin-studio-cli COMMAND").
    // Must handle --help itself (QCommandLineParser does). Returns the process exit code.
    std::function<int(const QStringList &args)> run;
};

class CommandRegistry
{
public:
    static void add(const Command &command);
    static const QList<Command> &all();
    static const Command *find(const QString &name);
};

// Put one of these at namespace scope in each cmd_*.cpp.
struct CommandRegistrar
{
    explicit CommandRegistrar(const Command &command) { CommandRegistry::add(command); }
};

// stdout / stderr helpers (UTF-8, flushed).
void printOut(const QString &text);
void printErr(const QString &text);

// Parses a command's arguments: prints the parse error (returns ExitUsage) or the help (returns
// ExitOk); std::nullopt when the command should go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args);

} // namespace Studio::Cli
