// SPDX-License-Identifier: GPL-3.0-or-later
// Time from launch to the main window shown, and to a 60-file project opened and validated.
// Run offscreen: QT_QPA_PLATFORM=offscreen build/bench/bench_gui_startup

#include "app/mainwindow/mainwindow.h"
#include "app/problems/livevalidator.h"
#include "core/scaffold/scaffold.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Studio::App;
using namespace Studio::Scaffold;

int main(int argc, char **argv)
{
    QElapsedTimer launch;
    launch.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PluginStudioBench"));
    QApplication::setApplicationName(QStringLiteral("bench_gui_startup"));

    QTemporaryDir tmp;
    ScaffoldOptions o;
    o.name = QStringLiteral("bench_plugin");
    o.author = QStringLiteral("bench");
    o.description = QStringLiteral("Benchmark plugin.");
    const QString dir = tmp.filePath(QStringLiteral("bench_plugin"));
    auto files = generatePlugin(o, dir);
    if (!files) {
        std::fprintf(stderr, "scaffold failed: %s\n", qPrintable(files.error().toString()));
        return 1;
    }
    int count = int(files->size());
    QDir(dir).mkpath(QStringLiteral("lib"));
    for (int i = 0; count < 60; ++i, ++count) {
        QFile f(QDir(dir).filePath(QStringLiteral("lib/module_%1.py").arg(i)));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("def helper_%1(x):\n    return x * %1\n").arg(i).toUtf8());
    }

    const qint64 beforeWindow = launch.elapsed();
    MainWindow window;
    window.show();
    QApplication::processEvents();
    const qint64 shown = launch.elapsed();

    QElapsedTimer open;
    open.start();
    QEventLoop loop;
    bool finished = false;
    QObject::connect(window.validator(), &LiveValidator::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    window.openProject(dir);
    loop.exec();
    if (!finished) {
        std::fprintf(stderr, "validation did not finish\n");
        return 1;
    }
    const qint64 opened = open.elapsed();
    const int errors = window.validator()->lastReport().errorCount();

    std::printf("bench_gui_startup\n");
    std::printf("  QApplication + scaffold of %d files: %lld ms\n", count, static_cast<long long>(beforeWindow));
    std::printf("  launch to window shown:              %lld ms\n", static_cast<long long>(shown));
    std::printf("  window construction + show:          %lld ms\n", static_cast<long long>(shown - beforeWindow));
    std::printf("  open %d-file project and validate:   %lld ms (validator alone %lld ms, %d errors)\n", count,
                static_cast<long long>(opened), static_cast<long long>(window.validator()->lastDurationMs()), errors);
    window.setUnsavedChangesAnswer(0);
    window.close();
    return 0;
}
