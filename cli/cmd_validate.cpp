// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli validate PATH [--level install|strict|sdk] [--json] — formats.md §10.
#include "cli/command.h"
#include "core/package/ignorerules.h"
#include "core/package/packagereader.h"
#include "core/plugin/validator.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {

using namespace Studio;
using namespace Studio::Cli;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validates a Dify plugin folder (after its .difyignore rules) or a .difypkg package against the daemon, "
        "the Go struct-tag validator and the Python SDK. Exit code 0 = valid, 1 = invalid, 2 = unreadable."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A plugin folder or a .difypkg file."));
    QCommandLineOption levelOpt(QStringLiteral("level"),
                                QStringLiteral("Rules to apply as errors: install, strict or sdk (default sdk)."),
                                QStringLiteral("LEVEL"), QStringLiteral("sdk"));
    QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    QCommandLineOption importedOpt(QStringLiteral("imported"),
                                   QStringLiteral("Third-party package: report STRICT/SDK findings as warnings."));
    parser.addOption(levelOpt);
    parser.addOption(jsonOpt);
    parser.addOption(importedOpt);
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli validate PATH [--level install|strict|sdk] [--json]\n"));
        return ExitUsage;
    }
    const auto level = Plugin::parseValidationLevel(parser.value(levelOpt));
    if (!level) {
        printErr(QStringLiteral("error: --level must be install, strict or sdk (got \"%1\")\n").arg(parser.value(levelOpt)));
        return ExitUsage;
    }
    const QString path = pos.first();
    const QFileInfo fi(path);
    if (!fi.exists()) {
        printErr(QStringLiteral("error: %1 does not exist; give a plugin folder or a .difypkg file\n").arg(path));
        return ExitUnreadable;
    }
    std::unique_ptr<FileSet> files;
    bool package = false;
    if (fi.isDir()) {
        files = Package::openPluginFolder(path);
    } else {
        Result<std::unique_ptr<FileSet>> pkg = Package::openPackageFileSet(path);
        if (!pkg) {
            printErr(QStringLiteral("error: %1 cannot be read as a plugin package: %2\n").arg(path, pkg.error().toString()));
            return ExitUnreadable;
        }
        files = std::move(*pkg);
        package = true;
    }
    if (!files->contains(QStringLiteral("manifest.yaml"))) {
        printErr(QStringLiteral("error: %1 has no manifest.yaml at its root; it is not a Dify plugin\n").arg(path));
        return ExitUnreadable;
    }
    Plugin::ValidationOptions options;
    options.level = *level;
    options.importedPackage = parser.isSet(importedOpt);
    ValidationReport report = Plugin::validatePlugin(*files, options);
    // What only the archive shows: names that clash on case-insensitive or normalising file
    // systems (warnings, said before anyone installs).
    if (const Package::PackageReader *reader = Package::packageReaderOf(*files)) {
        for (const Diagnostic &w : reader->warnings())
            report.add(w);
    }
    if (parser.isSet(jsonOpt)) {
        printOut(QString::fromUtf8(report.toJson()));
    } else {
        printOut(report.toText());
        printOut(QStringLiteral("%1: %2 (%3 error(s), %4 warning(s), level %5)\n")
                     .arg(package ? fi.fileName() : path,
                          report.hasErrors() ? QStringLiteral("INVALID") : QStringLiteral("valid"))
                     .arg(report.errorCount())
                     .arg(report.warningCount())
                     .arg(Plugin::validationLevelName(*level)));
    }
    return report.hasErrors() ? ExitFailure : ExitOk;
}

CommandRegistrar reg({QStringLiteral("validate"),
                      QStringLiteral("Validate a plugin folder or .difypkg (exit 0 valid, 1 invalid, 2 unreadable)"), run});

} // namespace
