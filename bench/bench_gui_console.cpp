// SPDX-License-Identifier: GPL-3.0-or-later
// Console ingest: 100,000 plugin log lines pushed into the console's LogView the way a plugin's
// output arrives (bursts of reads on the event loop). Prints the total time and the longest
// event-loop stall, measured with a 1 ms heartbeat timer (max gap between two ticks).
#include "app/console/consolepanel.h"
#include "app/widgets/logview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Studio::App;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int burst = argc > 2 ? QByteArray(argv[2]).toInt() : 200; // lines per read

    ConsolePanel panel(nullptr);
    panel.resize(1200, 700);
    panel.show();
    LogView *log = panel.logView();
    QApplication::processEvents();

    QElapsedTimer clock;
    qint64 lastTick = 0, maxGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick > 0)
            maxGap = qMax(maxGap, now - lastTick);
        lastTick = now;
    });

    int sent = 0;
    QTimer feeder;
    feeder.setInterval(0);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        for (int i = 0; i < burst && sent < total; ++i, ++sent)
            log->appendLine(QStringLiteral("2026-01-01 12:00:00 INFO plugin line %1 with some payload text").arg(sent),
                            sent % 50 == 0 ? LogLevel::Warning : LogLevel::Info, sent % 997 == 0);
        if (sent >= total)
            feeder.stop();
    });

    clock.start();
    heartbeat.start();
    feeder.start();
    QElapsedTimer wall;
    wall.start();
    while (log->lineCount() < total && wall.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 ingestMs = wall.elapsed();
    heartbeat.stop();

    QElapsedTimer search;
    search.start();
    const int hits = log->countMatches(QStringLiteral("line 99999 "));
    const qint64 searchMs = search.elapsed();
    QElapsedTimer filter;
    filter.start();
    log->setLevelVisible(LogLevel::Info, false);
    const int warnings = log->visibleLineCount();
    log->setLevelVisible(LogLevel::Info, true);
    const qint64 filterMs = filter.elapsed();

    std::printf("bench_gui_console: %d lines in bursts of %d (offscreen)\n", total, burst);
    std::printf("  lines shown            %d (dropped %lld)\n", log->lineCount(), static_cast<long long>(log->droppedCount()));
    std::printf("  total ingest time      %lld ms\n", static_cast<long long>(ingestMs));
    std::printf("  longest loop stall     %.1f ms (1 ms heartbeat, max gap)\n", double(maxGap) / 1e6);
    std::printf("  search all lines       %lld ms (%d hit)\n", static_cast<long long>(searchMs), hits);
    std::printf("  level filter toggle    %lld ms (%d warning lines)\n", static_cast<long long>(filterMs), warnings);
    return log->lineCount() == total ? 0 : 1;
}
