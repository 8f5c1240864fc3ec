// SPDX-License-Identifier: GPL-3.0-or-later
// bench_flood: the studio's servers under a sustained hostile flood, with a good client measured
// throughout (issues #17.1, #17.2, #15). Prints the good client's latency (p50/p99/max) and this
// process's RSS before, during (peak) and after each flood, with the servers' own counters.
//
//   1. endpoint server: floods of unterminated chunk-size lines, overflowing chunk sizes and N idle
//      connections (kept open: reconnected when dropped), while a good HTTP request to a real
//      plugin's endpoint is sent every 50 ms;
//   2. debug server: 1,000 connects at a time, garbage, idle key holders, while a real plugin
//      answers a tool call every 50 ms.
// The attackers run in a child process (this program with --attack), the good client in its own
// thread, so the figures are the server's, not the attacker's.
//
// usage: bench_flood [--seconds S] [--idle N] [--only endpoint|debug]

#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>

using namespace Studio;

namespace {

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

struct Latencies
{
    std::mutex lock;
    QList<qint64> us;
    int failures = 0;
    QString lastFailure;
};

void report(const char *what, Latencies &l)
{
    std::lock_guard<std::mutex> g(l.lock);
    QList<qint64> v = l.us;
    std::sort(v.begin(), v.end());
    if (v.isEmpty()) {
        std::printf("  %-34s no answers, %d failures (%s)\n", what, l.failures, qPrintable(l.lastFailure));
        return;
    }
    auto pct = [&](double p) { return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))) / 1000.0; };
    std::printf("  %-34s n=%-6lld p50=%7.2f ms  p99=%7.2f ms  max=%8.2f ms  over 100 ms: %lld  failures: %d\n", what,
                qlonglong(v.size()), pct(0.5), pct(0.99), v.last() / 1000.0,
                qlonglong(std::count_if(v.begin(), v.end(), [](qint64 x) { return x > 100000; })), l.failures);
    std::fflush(stdout);
}

// ---------------------------------------------------------------- the attacker (child process)

// Keeps `count` connections doing `mode` against host:port until killed.
class Attacker : public QObject
{
public:
    Attacker(quint16 port, QString mode, int count, QByteArray extra) : m_port(port), m_mode(std::move(mode)), m_extra(std::move(extra))
    {
        for (int i = 0; i < count; ++i)
            QTimer::singleShot(i % 50, this, [this] { open(); });
    }

private:
    void open()
    {
        auto *s = new QTcpSocket(this);
        s->setReadBufferSize(4096);
        connect(s, &QTcpSocket::connected, s, [this, s] { start(s); });
        connect(s, &QTcpSocket::bytesWritten, s, [this, s] { pump(s); });
        connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
        // Each socket is replaced once, whichever of disconnected / errorOccurred comes first.
        auto replace = [this, s] {
            if (s->property("gone").toBool())
                return;
            s->setProperty("gone", true);
            s->deleteLater();
            QTimer::singleShot(m_mode == QLatin1String("connects") ? 0 : 100, this, [this] { open(); });
        };
        connect(s, &QTcpSocket::disconnected, s, replace);
        connect(s, &QTcpSocket::errorOccurred, s, [s, replace](QAbstractSocket::SocketError) {
            if (s->state() != QAbstractSocket::ConnectedState)
                replace();
        });
        s->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void start(QTcpSocket *s)
    {
        if (m_mode == QLatin1String("chunkline")) {
            s->write("POST /e/" + m_extra + "/echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n");
            pump(s);
        } else if (m_mode == QLatin1String("overflow")) {
            s->write("POST /e/" + m_extra + "/echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "4\r\nabcd\r\n7fffffffffffffff\r\n");
        } else if (m_mode == QLatin1String("garbage")) {
            pump(s);
        } else if (m_mode == QLatin1String("keyholder")) {
            s->write(QJsonDocument(QJsonObject{{"type", "handshake"}, {"data", QJsonObject{{"key", QString::fromLatin1(m_extra)}}}})
                         .toJson(QJsonDocument::Compact)
                     + "\n");
        } else if (m_mode == QLatin1String("connects")) {
            s->disconnectFromHost(); // connect and go, again and again
        } // "idle": nothing at all
    }

    void pump(QTcpSocket *s)
    {
        if (s->state() != QAbstractSocket::ConnectedState || s->bytesToWrite() > 128 * 1024)
            return;
        static const QByteArray digits(32 * 1024, 'f');
        static const QByteArray noise = [] {
            QByteArray b(32 * 1024, Qt::Uninitialized);
            for (char &c : b)
                c = char(QRandomGenerator::global()->bounded(256));
            return b;
        }();
        if (m_mode == QLatin1String("chunkline"))
            s->write(digits);
        else if (m_mode == QLatin1String("garbage"))
            s->write(noise);
    }

    quint16 m_port;
    QString m_mode;
    QByteArray m_extra;
};

int runAttacker(const QStringList &specs)
{
    // specs: mode:port:count[:extra]
    QList<Attacker *> all;
    for (const QString &spec : specs) {
        const QStringList p = spec.split(QLatin1Char(':'));
        all << new Attacker(quint16(p.value(1).toUInt()), p.value(0), p.value(2).toInt(), p.value(3).toLatin1());
    }
    return QCoreApplication::exec();
}

// ---------------------------------------------------------------- the good HTTP client (a thread)

class GoodHttpClient : public QThread
{
public:
    GoodHttpClient(quint16 port, QByteArray request, Latencies *out) : m_port(port), m_request(std::move(request)), m_out(out) {}
    std::atomic<bool> stop{false};

protected:
    void run() override
    {
        while (!stop) {
            QElapsedTimer t;
            t.start();
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            QByteArray raw;
            bool ok = s.waitForConnected(5000);
            if (ok) {
                s.write(m_request);
                while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(10000))
                    raw += s.readAll();
                raw += s.readAll();
            }
            const qint64 us = t.nsecsElapsed() / 1000;
            {
                std::lock_guard<std::mutex> g(m_out->lock);
                if (raw.startsWith("HTTP/1.1 201")) {
                    m_out->us << us;
                } else {
                    ++m_out->failures;
                    m_out->lastFailure = QString::fromLatin1(raw.left(60));
                }
            }
            QThread::msleep(50);
        }
    }

private:
    quint16 m_port;
    QByteArray m_request;
    Latencies *m_out;
};

QProcess *startAttacker(const QStringList &specs)
{
    auto *p = new QProcess;
    p->setProcessChannelMode(QProcess::ForwardedChannels);
    p->start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--attack")} + specs);
    p->waitForStarted(5000);
    return p;
}

void stopAttacker(QProcess *p)
{
    p->kill();
    p->waitForFinished(5000);
    delete p;
}

// Samples RSS every 200 ms while `seconds` pass (the event loop runs: the servers serve).
qint64 runFor(int seconds, const std::function<void()> &everySecond = {})
{
    qint64 peak = 0;
    QElapsedTimer t;
    t.start();
    qint64 nextSecond = 1000;
    while (t.elapsed() < qint64(seconds) * 1000) {
        spin(200);
        peak = std::max(peak, rssKiB());
        if (everySecond && t.elapsed() >= nextSecond) {
            everySecond();
            nextSecond += 1000;
        }
    }
    return peak;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--attack")
        return runAttacker(app.arguments().mid(2));

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Length of each flood."), QStringLiteral("S"),
                                  QStringLiteral("30"));
    QCommandLineOption idleOpt(QStringLiteral("idle"), QStringLiteral("Idle connections to hold."), QStringLiteral("N"),
                               QStringLiteral("2000"));
    QCommandLineOption onlyOpt(QStringLiteral("only"), QStringLiteral("endpoint or debug."), QStringLiteral("WHICH"));
    parser.addOptions({secondsOpt, idleOpt, onlyOpt});
    parser.process(app);
    const int seconds = std::max(5, parser.value(secondsOpt).toInt());
    const int idle = parser.value(idleOpt).toInt();
    const QString only = parser.value(onlyOpt);

    std::printf("bench_flood: %d s per flood, %d idle connections (loopback, 2 shared cores)\n", seconds, idle);

    // A real plugin over the debug server answers both the endpoint and the tool calls.
    Debug::DebugServer debug;
    if (!debug.listen(QHostAddress::LocalHost, 0)) {
        std::printf("cannot listen\n");
        return 1;
    }
    QProcess plugin;
    plugin.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    plugin.start(QStringLiteral("python3"), {QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"),
                                             QStringLiteral("127.0.0.1:%1").arg(debug.port()), debug.keys()->currentKey(),
                                             QStringLiteral("--endpoint"), QStringLiteral("--heartbeat"), QStringLiteral("2")});
    if (!spinUntil([&] { return debug.plugin(QStringLiteral("studio/echo")) != nullptr; }, 15000)) {
        std::printf("the plugin did not register\n");
        return 1;
    }
    Debug::EndpointRegistry registry;
    const QString hook = registry.create(QStringLiteral("studio/echo"), QStringLiteral("bench")).hookId;
    Debug::EndpointServer endpoints(&registry);
    endpoints.setResolver([&debug](const QString &id) -> Runtime::PluginConnection * {
        Debug::RegisteredPlugin *p = debug.plugin(id);
        return p ? p->connection() : nullptr;
    });
    if (!endpoints.listen(QHostAddress::LocalHost, 0)) {
        std::printf("cannot listen\n");
        return 1;
    }
    const QByteArray goodBody = R"({"a":"bc"})";
    const QByteArray good = "POST /e/" + hook.toUtf8() + "/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            "Content-Length: " + QByteArray::number(goodBody.size()) + "\r\n\r\n" + goodBody;

    if (only.isEmpty() || only == QLatin1String("endpoint")) {
        std::printf("\n1. endpoint server (cap %d connections, %lld MiB body), good POST every 50 ms\n",
                    endpoints.limits().maxConnections, endpoints.limits().request.maxBodyBytes / (1024 * 1024));
        Latencies quiet, flood, after;
        {
            GoodHttpClient c(endpoints.port(), good, &quiet);
            c.start();
            runFor(5);
            c.stop = true;
            c.wait();
        }
        const qint64 before = rssKiB();
        QProcess *attacker = startAttacker({QStringLiteral("chunkline:%1:20:%2").arg(endpoints.port()).arg(hook),
                                            QStringLiteral("overflow:%1:20:%2").arg(endpoints.port()).arg(hook),
                                            QStringLiteral("idle:%1:%2").arg(endpoints.port()).arg(idle)});
        GoodHttpClient c(endpoints.port(), good, &flood);
        c.start();
        int lastPrint = 0;
        int elapsed = 0;
        const qint64 peak = runFor(seconds, [&] {
            ++elapsed;
            if (elapsed - lastPrint >= 60) { // a line a minute on long runs
                lastPrint = elapsed;
                std::lock_guard<std::mutex> g(flood.lock);
                std::printf("    %4d s: RSS %lld KiB, %lld answers, %d failures, %d connections\n", elapsed, rssKiB(),
                            qlonglong(flood.us.size()), flood.failures, endpoints.stats().connections);
                std::fflush(stdout);
            }
        });
        c.stop = true;
        c.wait();
        const Net::HttpServerStats st = endpoints.stats();
        stopAttacker(attacker);
        {
            GoodHttpClient a(endpoints.port(), good, &after);
            a.start();
            runFor(5);
            a.stop = true;
            a.wait();
        }
        spinUntil([&] { return endpoints.stats().connections == 0; }, 10000);
        report("good request, quiet", quiet);
        report("good request, under the flood", flood);
        report("good request, after", after);
        std::printf("  RSS: before %lld KiB, peak during %lld KiB, after %lld KiB\n", before, peak, rssKiB());
        std::printf("  server: %lld accepted, %lld requests, %lld rejected (400/413), %lld timed out, %lld evicted, "
                    "%lld busy (503); peak %d open, %d serving; peak held %lld KiB (one connection %lld KiB)\n",
                    st.accepted, st.requests, st.rejected, st.timedOut, st.evicted, st.refusedBusy, st.peakConnections,
                    st.peakActive, st.peakBufferedBytes / 1024, st.peakConnectionBytes / 1024);
    }

    if (only.isEmpty() || only == QLatin1String("debug")) {
        std::printf("\n2. debug server (cap %d unregistered), a tool call to the registered plugin every 50 ms\n",
                    debug.options().maxPendingConnections);
        Debug::RegisteredPlugin *p = debug.plugin(QStringLiteral("studio/echo"));
        Latencies quiet, flood, after;
        auto calls = [&](Latencies &into, int secs, const std::function<void()> &everySecond = {}) {
            qint64 peak = 0;
            QElapsedTimer total;
            total.start();
            qint64 nextSecond = 1000;
            while (total.elapsed() < qint64(secs) * 1000) {
                QElapsedTimer t;
                t.start();
                Runtime::Invocation *inv = p->connection()->invoke(
                    Runtime::InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("say"), QJsonObject{{"x", 1}}));
                const bool ok = spinUntil([inv] { return inv->isFinished(); }, 10000)
                    && inv->state() == Runtime::InvocationState::Succeeded;
                {
                    std::lock_guard<std::mutex> g(into.lock);
                    if (ok)
                        into.us << t.nsecsElapsed() / 1000;
                    else {
                        ++into.failures;
                        into.lastFailure = inv->error().message;
                    }
                }
                inv->deleteLater();
                spin(50);
                peak = std::max(peak, rssKiB());
                if (everySecond && total.elapsed() >= nextSecond) {
                    everySecond();
                    nextSecond += 1000;
                }
            }
            return peak;
        };
        calls(quiet, 5);
        const qint64 before = rssKiB();
        const QString key = debug.keys()->currentKey();
        QProcess *attacker = startAttacker({QStringLiteral("connects:%1:1000").arg(debug.port()),
                                            QStringLiteral("garbage:%1:50").arg(debug.port()),
                                            QStringLiteral("keyholder:%1:300:%2").arg(debug.port()).arg(key)});
        const qint64 peak = calls(flood, seconds);
        const Debug::DebugServerStats st = debug.stats();
        stopAttacker(attacker);
        calls(after, 5);
        // A new plugin can still register after it all.
        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QStringLiteral("python3"), {QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"),
                                                 QStringLiteral("127.0.0.1:%1").arg(debug.port()), key,
                                                 QStringLiteral("--name"), QStringLiteral("second")});
        const bool registered = spinUntil([&] { return debug.plugin(QStringLiteral("studio/second")) != nullptr; }, 15000);
        second.kill();
        second.waitForFinished(3000);
        report("tool call, quiet", quiet);
        report("tool call, under the flood", flood);
        report("tool call, after", after);
        std::printf("  RSS: before %lld KiB, peak during %lld KiB, after %lld KiB\n", before, peak, rssKiB());
        std::printf("  server: %lld accepted, %lld handshakes, %lld refused lines, %lld busy, %lld evicted, "
                    "%lld handshake / %lld registration timeouts; peak %d unregistered, peak held %lld KiB "
                    "(one connection %lld KiB); a new plugin registered afterwards: %s\n",
                    st.accepted, st.handshakes, st.refused, st.refusedBusy, st.evicted, st.handshakeTimeouts,
                    st.registrationTimeouts, st.peakPending, st.peakPendingBytes / 1024, st.peakConnectionBytes / 1024,
                    registered ? "yes" : "NO");
    }
    plugin.kill();
    plugin.waitForFinished(3000);
    return 0;
}
