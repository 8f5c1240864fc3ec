// SPDX-License-Identifier: GPL-3.0-or-later
// bench_validate DIR [--level install|strict|sdk] [--repeat N] [--codes] [--curve]
// --repeat N > 1 also reports re-validation (the GUI case: parsed YAML of unchanged files is reused).
// --curve prints how the cost grows in one process: CPU time after the first 1, 2, 4, ... plugins
// of the cold run, per plugin and per MB of YAML (flat columns = linear growth).
// Finds every plugin folder (a folder holding manifest.yaml) under DIR, validates each one on the
// calling thread (one core) and prints: plugins, total ms, plugins/s, error/warning totals, plus
// the time spent walking folders (ignore rules) and the YAML-parse floor (every *.yaml parsed once).
#include "core/package/ignorerules.h"
#include "core/plugin/validator.h"
#include "core/yaml/yamlnode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QMap>

#include <cstdio>
#include <ctime>

using namespace Studio;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Validates every plugin folder under DIR and prints figures."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to search for plugins."));
    QCommandLineOption levelOpt(QStringLiteral("level"), QStringLiteral("install, strict or sdk (default sdk)."),
                                QStringLiteral("LEVEL"), QStringLiteral("sdk"));
    QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Validate everything N times (default 1)."),
                                 QStringLiteral("N"), QStringLiteral("1"));
    QCommandLineOption codesOpt(QStringLiteral("codes"), QStringLiteral("Also print counts per layer and code."));
    QCommandLineOption curveOpt(QStringLiteral("curve"),
                                QStringLiteral("Also print the cumulative cost after 1, 2, 4, ... plugins (growth curve)."));
    parser.addOption(levelOpt);
    parser.addOption(repeatOpt);
    parser.addOption(codesOpt);
    parser.addOption(curveOpt);
    parser.process(app);
    const QStringList pos = parser.positionalArguments();
    const auto level = Plugin::parseValidationLevel(parser.value(levelOpt));
    if (pos.size() != 1 || !level) {
        std::fprintf(stderr, "usage: bench_validate DIR [--level install|strict|sdk] [--repeat N] [--codes] [--curve]\n");
        return 64;
    }
    const int repeat = qMax(1, parser.value(repeatOpt).toInt());

    QStringList dirs;
    QDirIterator it(pos.first(), {QStringLiteral("manifest.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString manifest = it.next();
        QFile f(manifest);
        // Bundles also have a manifest.yaml; they are not plugins.
        if (f.open(QIODevice::ReadOnly) && f.read(64 * 1024).contains("\ntype: bundle"))
            continue;
        dirs.append(QFileInfo(manifest).path());
    }
    dirs.sort();
    if (dirs.isEmpty()) {
        std::fprintf(stderr, "no plugin folder (with manifest.yaml) under %s\n", qPrintable(pos.first()));
        return 2;
    }

    // File sets (folder walk + .difyignore), built once and reused.
    QElapsedTimer t;
    t.start();
    std::vector<std::unique_ptr<DirectoryFileSet>> sets;
    qint64 files = 0;
    for (const QString &d : std::as_const(dirs)) {
        sets.push_back(Package::openPluginFolder(d));
        files += sets.back()->paths().size();
    }
    const qint64 walkMs = t.elapsed();

    // Parse floor: every YAML file of every plugin parsed once.
    t.restart();
    const std::clock_t parseC0 = std::clock();
    qint64 yamlFiles = 0, yamlBytes = 0;
    std::vector<qint64> yamlBytesOf; // per plugin, for the curve
    for (const auto &s : sets) {
        yamlBytesOf.push_back(0);
        for (const QString &p : s->paths()) {
            if (!p.endsWith(QLatin1String(".yaml")) && !p.endsWith(QLatin1String(".yml")))
                continue;
            const Result<QByteArray> data = s->read(p);
            if (!data)
                continue;
            ++yamlFiles;
            yamlBytes += data->size();
            yamlBytesOf.back() += data->size();
            (void)Yaml::parse(*data, p);
        }
    }
    const qint64 parseMs = t.elapsed();
    const double parseCpuMs = double(std::clock() - parseC0) * 1000.0 / CLOCKS_PER_SEC;

    Plugin::ValidationOptions options;
    options.level = *level;
    qint64 errors = 0, warnings = 0, invalid = 0;
    QMap<QString, int> codes;
    double coldMs = 0, warmMs = 0, coldCpuMs = 0, warmCpuMs = 0;
    struct Point { qsizetype plugins; double cpuMs; qint64 bytes; };
    std::vector<Point> curve;
    for (int r = 0; r < repeat; ++r) {
        t.restart();
        const std::clock_t c0 = std::clock();
        qint64 bytesSoFar = 0;
        qsizetype next = 1;
        for (size_t i = 0; i < sets.size(); ++i) {
            const auto &s = sets[i];
            const ValidationReport report = Plugin::validatePlugin(*s, options);
            if (r != 0)
                continue;
            bytesSoFar += yamlBytesOf[i];
            if (qsizetype(i + 1) == next || i + 1 == sets.size()) {
                curve.push_back({qsizetype(i + 1), double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC, bytesSoFar});
                next *= 2;
            }
            errors += report.errorCount();
            warnings += report.warningCount();
            invalid += report.hasErrors() ? 1 : 0;
            for (const Diagnostic &d : report.diagnostics())
                ++codes[layerName(d.layer) + QLatin1Char(' ') + severityName(d.severity) + QLatin1Char(' ') + d.code];
        }
        (r == 0 ? coldMs : warmMs) += double(t.nsecsElapsed()) / 1e6;
        (r == 0 ? coldCpuMs : warmCpuMs) += double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
    }
    const double totalMs = coldMs;
    std::printf("level:            %s\n", qPrintable(Plugin::validationLevelName(*level)));
    std::printf("plugins:          %lld (%lld files)\n", static_cast<long long>(dirs.size()), static_cast<long long>(files));
    std::printf("validate total:   %.1f ms wall, %.1f ms CPU (first run, one thread, nothing cached)\n", totalMs,
                coldCpuMs);
    if (repeat > 1)
        std::printf("re-validate:      %.1f ms wall, %.1f ms CPU (mean of %d later run(s): unchanged files reuse "
                    "parsed YAML)\n",
                    warmMs / (repeat - 1), warmCpuMs / (repeat - 1), repeat - 1);
    std::printf("plugins/s:        %.0f (by CPU time)\n", coldCpuMs > 0 ? dirs.size() * 1000.0 / coldCpuMs : 0.0);
    std::printf("invalid plugins:  %lld\n", static_cast<long long>(invalid));
    std::printf("errors:           %lld\n", static_cast<long long>(errors));
    std::printf("warnings:         %lld\n", static_cast<long long>(warnings));
    std::printf("folder walk:      %lld ms (not included above)\n", static_cast<long long>(walkMs));
    std::printf("yaml parse floor: %lld ms wall, %.1f ms CPU for %lld files, %.1f MB (every .yaml parsed once)\n",
                static_cast<long long>(parseMs), parseCpuMs, static_cast<long long>(yamlFiles), yamlBytes / 1048576.0);
    if (parser.isSet(curveOpt)) {
        std::printf("growth (cold run, one process): plugins, CPU ms so far, ms/plugin, YAML MB so far, ms/MB\n");
        for (const Point &p : curve)
            std::printf("  %4lld  %8.1f  %6.2f  %6.2f  %7.1f\n", static_cast<long long>(p.plugins), p.cpuMs,
                        p.cpuMs / double(p.plugins), p.bytes / 1048576.0,
                        p.bytes > 0 ? p.cpuMs / (p.bytes / 1048576.0) : 0.0);
    }
    if (parser.isSet(codesOpt)) {
        for (auto c = codes.cbegin(); c != codes.cend(); ++c)
            std::printf("%7d  %s\n", c.value(), qPrintable(c.key()));
    }
    return 0;
}
