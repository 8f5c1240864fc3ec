// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli package DIR [-o OUT] [--max-size MB] — formats.md §3.2.
#include "cli/command.h"
#include "core/common/printable.h"
#include "core/package/packagewriter.h"

#include <QCommandLineParser>

#include <algorithm>

namespace {

using namespace Studio;
using namespace Studio::Cli;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validates a plugin folder and packages it as a .difypkg (byte-sorted deflate entries, "
        ".difyignore applied, requirements.txt generated with uv when only pyproject.toml + uv.lock "
        "exist). Prints the unique identifier author/name:version@checksum. The output is written to a "
        "temporary file beside OUT and renamed; an OUT that is a device, FIFO, link or folder, or lies inside "
        "the plugin folder, is refused."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The plugin folder."));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output"), QStringLiteral("output_path")},
                                    QStringLiteral("Output file (default: <folder name>.difypkg in the current folder)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption sizeOpt(QStringLiteral("max-size"),
                                     QStringLiteral("Maximum uncompressed size in MiB (default 50)."),
                                     QStringLiteral("MB"), QStringLiteral("50"));
    const QCommandLineOption levelOpt(
        QStringLiteral("level"),
        QStringLiteral("Validation level that refuses the package: strict (default: what `dify plugin package`, which the "
                       "Marketplace re-runs, refuses), sdk (also what the Python SDK refuses at start-up) or install (only "
                       "what a stock daemon refuses to install; the strict findings are then printed as warnings)."),
        QStringLiteral("LEVEL"), QStringLiteral("strict"));
    const QCommandLineOption skipOpt(QStringLiteral("skip-validation"),
                                     QStringLiteral("Package without validating first (not recommended)."));
    const QCommandLineOption quietOpt({QStringLiteral("q"), QStringLiteral("quiet")},
                                      QStringLiteral("Do not print warnings."));
    const QCommandLineOption linksOpt(QStringLiteral("follow-outside-links"),
                                      QStringLiteral("Package what symbolic links pointing outside the plugin folder point to "
                                                     "(refused by default; e.g. a .difyignore shared by a monorepo)."));
    parser.addOptions({outOpt, sizeOpt, levelOpt, skipOpt, quietOpt, linksOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli package DIR [-o OUT] [--max-size MB] [--level strict|sdk|install]\n"));
        return ExitUsage;
    }
    Package::PackageOptions options;
    options.outputPath = parser.value(outOpt);
    bool ok = false;
    const double mb = parser.value(sizeOpt).toDouble(&ok);
    if (!ok) {
        printErr(QStringLiteral("error: --max-size needs a number of MiB\n"));
        return ExitUsage;
    }
    options.maxSizeBytes = qint64(mb * double(Package::kMiB));
    const auto level = Plugin::parseValidationLevel(parser.value(levelOpt));
    if (!level) {
        printErr(QStringLiteral("error: --level must be install, strict or sdk\n"));
        return ExitUsage;
    }
    options.validationLevel = *level;
    options.skipValidation = parser.isSet(skipOpt);
    options.followOutsideLinks = parser.isSet(linksOpt);

    ValidationReport report;
    auto result = Package::packagePlugin(parser.positionalArguments().first(), options, nullptr, nullptr, &report);
    if (!result) {
        if (result.error().code == ErrorCode::ValidationFailed) {
            report.sort();
            printErr(printable(report.toText(), PrintableMode::MultiLine));
            if (!report.toText().endsWith(QLatin1Char('\n')))
                printErr(QStringLiteral("\n"));
        }
        printErr(QStringLiteral("error: %1\n").arg(printable(result.error().toString())));
        if (result.error().code == ErrorCode::ValidationFailed && options.validationLevel != Plugin::ValidationLevel::Install) {
            const auto &all = report.diagnostics();
            const bool strictOnly = std::all_of(all.cbegin(), all.cend(), [](const Diagnostic &d) {
                return d.severity != Severity::Error || d.layer == Layer::Strict;
            });
            if (strictOnly)
                printErr(QStringLiteral("note: `dify plugin package` refuses these too, and the Marketplace re-runs it; "
                                        "--level install packages the plugin anyway for a stock daemon\n"));
        }
        return result.error().code == ErrorCode::NotFound ? ExitUnreadable : ExitFailure;
    }
    if (!parser.isSet(quietOpt)) {
        for (const Diagnostic &d : result->warnings) {
            printErr(QStringLiteral("%1%2: warning [%3] %4\n")
                         .arg(printable(d.file), d.line > 0 ? QStringLiteral(":%1").arg(d.line) : QString(),
                              d.code, printable(d.message)));
        }
    }
    // Said even with --quiet: the loosening is explicit, its consequence must not be silent.
    if (result->refusedByDifyPackage > 0)
        printErr(QStringLiteral("warning: `dify plugin package` (which the Marketplace re-runs) refuses this plugin: %1 "
                                "finding(s)%2; packaged anyway because of --level install\n")
                     .arg(result->refusedByDifyPackage)
                     .arg(parser.isSet(quietOpt) ? QString() : QStringLiteral(" above")));
    if (!parser.isSet(quietOpt))
        printErr(QStringLiteral("packaged %1 file(s) into %2 (%3 bytes)\n")
                     .arg(result->files.size())
                     .arg(result->outputPath)
                     .arg(result->bytesWritten));
    printOut(result->identifier + QLatin1Char('\n'));
    return ExitOk;
}

CommandRegistrar reg({QStringLiteral("package"), QStringLiteral("Validate and package a plugin folder into a .difypkg"), run});

} // namespace
