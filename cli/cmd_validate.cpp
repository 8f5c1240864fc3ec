// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli validate PATH... [--level install|strict|sdk] [--imported] [--json] — formats.md §10.
// Many paths (plugin folders and .difypkg packages) are validated in one process, one after the
// other in the order given: each gets its own report and verdict, the exit code is the worst of
// them (2 unreadable > 1 invalid > 0 valid). With one PATH, --json prints that path's report object
// (as before); with several, an array of {path, status, exitCode, ...report or error} in PATH order.
#include "cli/command.h"
#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/package/ignorerules.h"
#include "core/package/packagereader.h"
#include "core/plugin/validator.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace Studio;
using namespace Studio::Cli;

struct PathResult
{
    QString path;
    QString shownName; // the package's file name, or the folder as given
    int exitCode = ExitOk;
    QString error; // set when the path cannot be validated (exitCode 2)
    ValidationReport report;
};

PathResult validateOne(const QString &path, const Plugin::ValidationOptions &options)
{
    PathResult r;
    r.path = path;
    r.shownName = path;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        r.exitCode = ExitUnreadable;
        r.error = StudioTr::tr("%1 does not exist; give a plugin folder or a .difypkg file").arg(printable(path));
        return r;
    }
    std::unique_ptr<FileSet> files;
    if (fi.isDir()) {
        files = Package::openPluginFolder(path);
    } else {
        Result<std::unique_ptr<FileSet>> pkg = Package::openPackageFileSet(path);
        if (!pkg) {
            r.exitCode = ExitUnreadable;
            r.error = StudioTr::tr("%1 cannot be read as a plugin package: %2")
                          .arg(printable(path), printable(pkg.error().toString(), PrintableMode::MultiLine));
            return r;
        }
        files = std::move(*pkg);
        r.shownName = fi.fileName();
    }
    if (!files->contains(QStringLiteral("manifest.yaml"))) {
        r.exitCode = ExitUnreadable;
        r.error = StudioTr::tr("%1 has no manifest.yaml at its root; it is not a Dify plugin").arg(printable(path));
        return r;
    }
    r.report = Plugin::validatePlugin(*files, options);
    // What only the archive shows: names that clash on case-insensitive or normalising file
    // systems (warnings, said before anyone installs).
    if (const Package::PackageReader *reader = Package::packageReaderOf(*files)) {
        for (const Diagnostic &w : reader->warnings())
            r.report.add(w);
    }
    r.exitCode = r.report.hasErrors() ? ExitFailure : ExitOk;
    return r;
}

QString statusName(int exitCode)
{
    return exitCode == ExitOk ? QStringLiteral("valid")
         : exitCode == ExitFailure ? QStringLiteral("invalid")
                                   : QStringLiteral("unreadable");
}

QJsonObject resultJson(const PathResult &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), r.path);
    o.insert(QStringLiteral("status"), statusName(r.exitCode));
    o.insert(QStringLiteral("exitCode"), r.exitCode);
    if (r.exitCode == ExitUnreadable) {
        o.insert(QStringLiteral("error"), r.error);
        return o;
    }
    const QJsonObject report = QJsonDocument::fromJson(r.report.toJson()).object();
    for (auto it = report.begin(); it != report.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validates Dify plugin folders (after their .difyignore rules) and .difypkg packages against the daemon, "
        "the Go struct-tag validator and the Python SDK, all in one process. Each PATH gets its own report and "
        "verdict; the exit code is the worst of them: 0 = all valid, 1 = some invalid, 2 = some unreadable. "
        "With several PATHs, --json prints an array of per-path results in the order given."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Plugin folders and/or .difypkg files."),
                                 QStringLiteral("PATH..."));
    QCommandLineOption levelOpt(QStringLiteral("level"),
                                QStringLiteral("Rules to apply as errors: install, strict or sdk (default sdk)."),
                                QStringLiteral("LEVEL"), QStringLiteral("sdk"));
    QCommandLineOption jsonOpt(QStringLiteral("json"),
                               QStringLiteral("Print the report as JSON (an array of per-path results for several PATHs)."));
    QCommandLineOption importedOpt(QStringLiteral("imported"),
                                   QStringLiteral("Third-party package: report STRICT/SDK findings as warnings."));
    parser.addOption(levelOpt);
    parser.addOption(jsonOpt);
    parser.addOption(importedOpt);
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printErr(QStringLiteral("usage: plugin-studio-cli validate PATH... [--level install|strict|sdk] [--imported] [--json]\n"));
        return ExitUsage;
    }
    const auto level = Plugin::parseValidationLevel(parser.value(levelOpt));
    if (!level) {
        printErr(StudioTr::tr("error: --level must be install, strict or sdk (got \"%1\")\n").arg(printable(parser.value(levelOpt))));
        return ExitUsage;
    }
    Plugin::ValidationOptions options;
    options.level = *level;
    options.importedPackage = parser.isSet(importedOpt);
    const bool json = parser.isSet(jsonOpt);
    const bool many = paths.size() > 1;

    int worst = ExitOk;
    int counts[3] = {0, 0, 0}; // valid, invalid, unreadable
    QJsonArray results;
    for (const QString &path : paths) {
        PathResult r = validateOne(path, options);
        worst = qMax(worst, r.exitCode);
        ++counts[qBound(0, r.exitCode, 2)];
        if (r.exitCode == ExitUnreadable) {
            // Said at once on stderr (also with --json), so a long run shows what it skips.
            printErr(QStringLiteral("error: %1\n").arg(r.error));
            if (json && many)
                results.append(resultJson(r));
            continue;
        }
        if (json) {
            if (many)
                results.append(resultJson(r));
            else
                printOut(QString::fromUtf8(r.report.toJson()));
            continue;
        }
        // The report holds text from the plugin (labels, names quoted in messages).
        printOut(printable(r.report.toText(), PrintableMode::MultiLine));
        printOut(StudioTr::tr("%1: %2 (%3 error(s), %4 warning(s), level %5)\n")
                     .arg(printable(r.shownName), r.report.hasErrors() ? QStringLiteral("INVALID") : QStringLiteral("valid"))
                     .arg(r.report.errorCount())
                     .arg(r.report.warningCount())
                     .arg(Plugin::validationLevelName(*level)));
    }
    if (json && many)
        printOut(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented)));
    else if (!json && many)
        printOut(StudioTr::tr("%1 path(s): %2 valid, %3 invalid, %4 unreadable (level %5)\n")
                     .arg(paths.size())
                     .arg(counts[0])
                     .arg(counts[1])
                     .arg(counts[2])
                     .arg(Plugin::validationLevelName(*level)));
    return worst;
}

CommandRegistrar reg({QStringLiteral("validate"),
                      QStringLiteral("Validate plugin folders and .difypkg files (exit 0 all valid, 1 some invalid, 2 some unreadable)"),
                      run});

} // namespace
