// SPDX-License-Identifier: GPL-3.0-or-later
// The one downloader (core/net/downloader.h) against a loopback server: a 50 MiB package streamed
// to a file and to memory, a 500 MB JSON answer without a length (cut at the 8 MiB JSON cap), and
// a chain of 10 redirects. Prints the time, the throughput, how far the server got before the
// client stopped it, and how much the process's resident memory grew (VmHWM, peak).
#include "core/net/downloader.h"
#include "tests/core/tst_marketplace_fakeserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace Studio;
using TestSupport::FakeHttpServer;
using TestSupport::FakeResponse;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

FakeResponse stream(qint64 bytes, bool announce, std::shared_ptr<qint64> served)
{
    FakeResponse r;
    r.contentType = "application/octet-stream";
    r.stream = [served](qint64 offset, qint64 max) {
        *served = qMax(*served, offset + max);
        return QByteArray(max, offset == 0 ? 'P' : 'x');
    };
    r.streamBytes = bytes;
    r.noContentLength = !announce;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FakeHttpServer server;
    if (!server.start())
        return 1;
    QTemporaryDir tmp;
    Net::Downloader net;
    const QString base = server.url().toString();

    // 1. A 50 MiB package to a file, then to memory.
    for (const Net::Sink sink : {Net::Sink::File, Net::Sink::Memory}) {
        auto served = std::make_shared<qint64>(0);
        server.onStatic("GET", "/pkg", stream(50 * kMiB, true, served));
        Net::Request req(QUrl(base + QStringLiteral("/pkg")));
        req.sink = sink;
        req.tempDir = tmp.path();
        req.maxBytes = 50 * kMiB;
        const qint64 hwmBefore = statusKiB("VmHWM:");
        QElapsedTimer t;
        t.start();
        Net::Download *d = net.start(req);
        Net::Downloader::waitForFinished(d, 120000);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        std::printf("50 MiB package to %s: %s in %.0f ms (%.0f MiB/s), peak RSS +%lld KiB\n",
                    sink == Net::Sink::File ? "a file  " : "memory  ", d->isOk() ? "ok" : qPrintable(d->failure()->message), ms,
                    50.0 / (ms / 1000.0), statusKiB("VmHWM:") - hwmBefore);
        delete d;
    }

    // 2. A 500 MB JSON answer that announces no length: refused at the cap.
    {
        auto served = std::make_shared<qint64>(0);
        server.onStatic("GET", "/json", stream(500 * kMiB, false, served));
        const qint64 hwmBefore = statusKiB("VmHWM:");
        QElapsedTimer t;
        t.start();
        Net::Download *d = net.start(Net::Request(QUrl(base + QStringLiteral("/json"))));
        Net::Downloader::waitForFinished(d, 120000);
        std::printf("500 MB JSON without a length: %s after %lld ms; the server wrote %.1f MiB; peak RSS +%lld KiB\n",
                    d->failure() ? qPrintable(Net::Failure::kindName(d->failure()->kind)) : "ok", qint64(t.elapsed()),
                    double(*served) / double(kMiB), statusKiB("VmHWM:") - hwmBefore);
        delete d;
    }

    // 3. Ten redirects, then a small answer.
    {
        for (int i = 0; i < 10; ++i)
            server.onStatic("GET", "/r/" + QByteArray::number(i),
                            FakeResponse{302, "text/plain", "", false, 0, {{"Location", "/r/" + QByteArray::number(i + 1)}}});
        server.onJson("GET", "/r/10", "{}");
        QElapsedTimer t;
        t.start();
        constexpr int kRuns = 20;
        int ok = 0;
        for (int i = 0; i < kRuns; ++i) {
            Net::Download *d = net.start(Net::Request(QUrl(base + QStringLiteral("/r/0"))));
            Net::Downloader::waitForFinished(d, 30000);
            ok += d->isOk();
            delete d;
        }
        std::printf("10 redirects + answer: %.1f ms per transfer (%d of %d ok)\n", double(t.elapsed()) / kRuns, ok, kRuns);
    }
    return 0;
}
