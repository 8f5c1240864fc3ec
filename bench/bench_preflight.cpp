// SPDX-License-Identifier: GPL-3.0-or-later
// bench_preflight [--python PY312] [--env-cache DIR] [--runs N] [--online]
// The Marketplace pre-flight (`publish check`, the Publish page) on a tool plugin as `init` writes
// it: the first run with an empty environment cache (requirements installed into a fresh
// environment on Python 3.12 from PyPI, as the Marketplace's CI does), then N-1 runs on the cache.
// Prints the time of the whole pre-flight and of each check. Offline by default (the Marketplace
// and GitHub lookups are a few requests; --online adds them, against the real services).
#include "core/publish/preflight.h"
#include "core/scaffold/scaffold.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

using namespace Studio;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the Marketplace pre-flight, first run and cached."));
    parser.addHelpOption();
    const QCommandLineOption pyOpt(QStringLiteral("python"), QStringLiteral("Python 3.12 for the CI stage (default: found)."),
                                   QStringLiteral("PY"));
    const QCommandLineOption cacheOpt(QStringLiteral("env-cache"), QStringLiteral("Environment cache (default: a fresh temporary one)."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs (default 3: one cold, two cached)."), QStringLiteral("N"),
                                     QStringLiteral("3"));
    const QCommandLineOption onlineOpt(QStringLiteral("online"), QStringLiteral("Also ask the real Marketplace and GitHub."));
    parser.addOptions({pyOpt, cacheOpt, runsOpt, onlineOpt});
    parser.process(app);

    QTemporaryDir tmp;
    Scaffold::ScaffoldOptions o;
    o.kind = Scaffold::PluginKind::Tool;
    o.name = QStringLiteral("bench_tool");
    o.author = QStringLiteral("bench");
    o.description = QStringLiteral("A tool for the pre-flight benchmark.");
    o.repo = QStringLiteral("https://github.com/bench/bench_tool");
    o.contact = QStringLiteral("bench@example.com");
    const QString dir = tmp.filePath(QStringLiteral("bench_tool"));
    if (auto r = Scaffold::generatePlugin(o, dir); !r) {
        std::fprintf(stderr, "scaffold: %s\n", qPrintable(r.error().toString()));
        return 1;
    }
    Publish::PreflightOptions po;
    po.path = dir;
    po.python = parser.value(pyOpt);
    po.envCacheRoot = parser.isSet(cacheOpt) ? parser.value(cacheOpt) : tmp.filePath(QStringLiteral("env-cache"));
    po.offline = !parser.isSet(onlineOpt);
    const int runs = qBound(1, parser.value(runsOpt).toInt(), 20);
    std::printf("pre-flight of a new tool plugin (init), %s, environment cache %s\n", po.offline ? "offline" : "online",
                qPrintable(QDir::toNativeSeparators(po.envCacheRoot)));
    for (int i = 0; i < runs; ++i) {
        bool unreadable = false;
        QString why;
        const Publish::PreflightReport r = Publish::Preflight::runBlocking(po, &unreadable, &why);
        if (unreadable) {
            std::fprintf(stderr, "unreadable: %s\n", qPrintable(why));
            return 1;
        }
        std::printf("run %d (%s): %.1f s, %d blocking, %d warning(s)\n", i + 1, i == 0 && !parser.isSet(cacheOpt) ? "cold cache" : "cached",
                    double(r.elapsedMs) / 1000.0, r.blockingCount(), r.warningCount());
        for (const Publish::CheckResult &c : r.checks)
            if (c.elapsedMs >= 50 || c.status == Publish::CheckStatus::NotRun)
                std::printf("    %-22s %-8s %6.1f s  %s\n", qPrintable(c.id), qPrintable(Publish::checkStatusName(c.status)),
                            double(c.elapsedMs) / 1000.0, qPrintable(c.note.left(90)));
        std::fflush(stdout);
    }
    return 0;
}
