// SPDX-License-Identifier: GPL-3.0-or-later
// Round trip of an empty tool call through the whole local runtime (StdioTransport +
// PluginConnection + the SDK-free fixture plugin), next to the floor: a bare Python stdio echo
// driven through the same transport. Prints p50/p99 latency in µs and calls per second.

#include "core/runtime/localplugin.h"
#include "core/runtime/stdiotransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Studio::Runtime;

namespace {

struct Stats
{
    double p50 = 0, p99 = 0, mean = 0;
};

Stats stats(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    Stats s;
    if (ns.isEmpty())
        return s;
    s.p50 = ns.at(ns.size() / 2) / 1000.0;
    s.p99 = ns.at(std::min<qsizetype>(ns.size() - 1, qsizetype(ns.size() * 0.99))) / 1000.0;
    double sum = 0;
    for (qint64 v : ns)
        sum += double(v);
    s.mean = sum / double(ns.size()) / 1000.0;
    return s;
}

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        std::fprintf(stderr, "bench_runtime: python3 not found on PATH\n");
        return 1;
    }
    const int sequential = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const int parallel = argc > 2 ? QByteArray(argv[2]).toInt() : 5000;

    // ---- floor: bare Python stdio echo through the same transport
    StdioOptions so;
    so.program = python;
    so.args = {QStringLiteral("-u"), QStringLiteral("-c"),
               QStringLiteral("import sys\nfor line in sys.stdin:\n    sys.stdout.write(line)\n    sys.stdout.flush()\n")};
    so.workingDir = QDir::tempPath();
    StdioTransport echo(so);
    int received = 0;
    QObject::connect(&echo, &PluginTransport::lineReceived, &echo, [&](const QByteArray &) { ++received; });
    echo.start();
    waitUntil([&] { return echo.isOpen() && echo.processId() > 0; }, 10000);
    const QByteArray line = R"({"session_id":"00000000-0000-4000-8000-000000000000","event":"request","data":{}})";
    QList<qint64> floorNs;
    QElapsedTimer clock;
    for (int i = 0; i < sequential + 100; ++i) {
        const int before = received;
        clock.start();
        echo.sendLine(line);
        waitUntil([&] { return received > before; }, 5000);
        if (i >= 100) // warm-up
            floorNs << clock.nsecsElapsed();
    }
    received = 0;
    clock.start();
    for (int i = 0; i < parallel; ++i)
        echo.sendLine(line);
    waitUntil([&] { return received >= parallel; }, 60000);
    const double floorRate = parallel / (clock.nsecsElapsed() / 1e9);
    echo.close(QStringLiteral("bench done"));

    // ---- the runtime: empty tool call on the fixture plugin
    LocalPluginOptions o;
    o.interpreter = python;
    o.heartbeatIntervalSec = 5;
    LocalPlugin plugin(QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin"), o, nullptr);
    plugin.start();
    waitUntil([&] { return plugin.state() == RuntimeState::Active; }, 20000);
    if (plugin.state() != RuntimeState::Active) {
        std::fprintf(stderr, "bench_runtime: the fixture plugin did not start: %s\n", qPrintable(plugin.lastError()));
        return 1;
    }
    const InvokeRequest empty = InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
                                                          QJsonObject{{QStringLiteral("mode"), QStringLiteral("empty")}});
    QList<qint64> callNs;
    int failures = 0;
    for (int i = 0; i < sequential + 100; ++i) {
        clock.start();
        Invocation *inv = plugin.invoke(empty);
        waitUntil([&] { return inv->isFinished(); }, 10000);
        if (inv->state() != InvocationState::Succeeded)
            ++failures;
        if (i >= 100)
            callNs << clock.nsecsElapsed();
        delete inv;
    }
    QList<Invocation *> inflight;
    clock.start();
    for (int i = 0; i < parallel; ++i)
        inflight << plugin.invoke(empty);
    waitUntil([&] { return std::all_of(inflight.begin(), inflight.end(), [](Invocation *i) { return i->isFinished(); }); }, 120000);
    const double callRate = parallel / (clock.nsecsElapsed() / 1e9);
    for (Invocation *inv : inflight) {
        failures += inv->state() == InvocationState::Succeeded ? 0 : 1;
        delete inv;
    }
    plugin.stop();
    waitUntil([&] { return plugin.state() == RuntimeState::Stopped; }, 5000);

    const Stats f = stats(floorNs), c = stats(callNs);
    std::printf("bench_runtime (%d sequential round trips after 100 warm-up, %d pipelined)\n", sequential, parallel);
    std::printf("  bare python stdio echo (floor):  p50 %8.1f us  p99 %8.1f us  mean %8.1f us  %9.0f lines/s pipelined\n",
                f.p50, f.p99, f.mean, floorRate);
    std::printf("  empty tool call (full runtime):  p50 %8.1f us  p99 %8.1f us  mean %8.1f us  %9.0f calls/s pipelined\n",
                c.p50, c.p99, c.mean, callRate);
    std::printf("  overhead over the floor (p50):   %8.1f us; failed calls: %d\n", c.p50 - f.p50, failures);
    return failures == 0 ? 0 : 1;
}
