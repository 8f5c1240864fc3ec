// SPDX-License-Identifier: GPL-3.0-or-later
// bench_debug: remote-debug figures on loopback.
//   1. registration time (connect → pluginRegistered) of a full registration, in-process client
//   2. tool call round trip over TCP (SDK-free Python plugin, tests/fixtures/debug/debugclient.py)
//   2b. the same call through the studio's relay (plugin -> relay -> debug server), with TCP_NODELAY
//      and quick ACKs on the relay's legs and without (issue #20: measure, do not assume)
//   3. the same call over stdio (the runtime's SDK-free fixture plugin), for comparison
//   4. inspector throughput (lines/s recorded)
// Prints p50/p99 in microseconds.

#include "core/debug/debugserver.h"
#include "core/debug/inspector.h"
#include "core/debug/relay.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/stdiotransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Studio;

namespace {

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray registration(const QString &key, int i)
{
    const QByteArray icon = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
    QJsonObject manifest = QJsonDocument::fromJson(R"({"version":"0.0.1","type":"plugin","author":"bench",
        "label":{"en_US":"B"},"description":{"en_US":"Bench"},"icon":"icon.svg","created_at":"2026-01-01T00:00:00Z",
        "resource":{"memory":268435456,"permission":{}},"plugins":{"tools":["p.yaml"]},
        "meta":{"version":"0.0.1","arch":["amd64"],"runner":{"language":"python","version":"3.12","entrypoint":"main"}}})")
                               .object();
    manifest.insert(QStringLiteral("name"), QStringLiteral("p%1").arg(i));
    const QJsonArray tool = QJsonDocument::fromJson(R"([{"identity":{"author":"bench","name":"t","label":{"en_US":"T"},
        "description":{"en_US":"T"},"icon":"icon.svg"},"credentials_schema":[],"tools":[{"identity":{"author":"bench",
        "name":"x","label":{"en_US":"X"}},"description":{"human":{"en_US":"X"},"llm":"X"},"parameters":[]}]}])")
                                .array();
    return QJsonDocument(QJsonObject{{"type", "handshake"}, {"data", QJsonObject{{"key", key}}}}).toJson(QJsonDocument::Compact) + "\n"
        + line({{"type", "manifest_declaration"}, {"data", manifest}}) + line({{"type", "tool_declaration"}, {"data", tool}})
        + line({{"type", "asset_chunk"},
                {"data", QJsonObject{{"filename", "icon.svg"}, {"data", QString::fromLatin1(icon.toBase64())}, {"end", true}}}})
        + line({{"type", "end"}, {"data", QJsonObject{}}});
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

void report(const char *what, QList<qint64> ns)
{
    if (ns.isEmpty()) {
        std::printf("%-44s  no samples\n", what);
        return;
    }
    std::sort(ns.begin(), ns.end());
    auto pct = [&](double p) { return ns.at(std::min<qsizetype>(ns.size() - 1, qsizetype(p * double(ns.size())))) / 1000.0; };
    std::printf("%-44s  n=%-5lld p50=%9.1f us  p99=%9.1f us  max=%9.1f us\n", what, qlonglong(ns.size()), pct(0.50),
                pct(0.99), ns.last() / 1000.0);
    std::fflush(stdout);
}

QList<qint64> roundTrips(Runtime::PluginConnection *conn, int n, const QString &provider, const QString &tool)
{
    QList<qint64> out;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        Runtime::Invocation *inv = conn->invoke(Runtime::InvokeRequest::invokeTool(provider, tool, QJsonObject{{"i", i}}));
        if (!spinUntil([inv] { return inv->isFinished(); }, 10000) || inv->state() != Runtime::InvocationState::Succeeded) {
            std::printf("call %d failed: %s\n", i, qPrintable(inv->error().message));
            break;
        }
        out << t.nsecsElapsed();
        inv->deleteLater();
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? std::max(10, atoi(argv[1])) : 2000;
    std::printf("bench_debug: %d calls per transport (loopback; machine shared)\n", calls);

    Debug::DebugServer server;
    Debug::MessageLog log;
    server.setMessageLog(&log);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::printf("cannot listen\n");
        return 1;
    }
    const QString key = server.keys()->currentKey();

    // 1. Registration time.
    {
        QObject::connect(&server, &Debug::DebugServer::connectionRefused, [](const QString &, const QString &why) {
            std::printf("refused: %s\n", qPrintable(why));
        });
        QList<qint64> ns;
        for (int i = 0; i < 200; ++i) {
            int registered = 0;
            auto c = QObject::connect(&server, &Debug::DebugServer::pluginRegistered, [&registered] { ++registered; });
            QTcpSocket s;
            QElapsedTimer t;
            t.start();
            s.connectToHost(QHostAddress::LocalHost, server.port());
            s.write(registration(key, i));
            if (!spinUntil([&] { return registered > 0; }, 5000)) {
                std::printf("registration %d did not complete\n", i);
                break;
            }
            ns << t.nsecsElapsed();
            QObject::disconnect(c);
            s.abort();
            spinUntil([&] { return server.plugins().isEmpty(); }, 2000);
        }
        report("registration (connect -> registered)", ns);
    }

    // 2. TCP round trip with the Python SDK-free plugin.
    {
        QProcess plugin;
        plugin.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        plugin.start(QStringLiteral("python3"), {QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"),
                                                 QStringLiteral("127.0.0.1:%1").arg(server.port()), key});
        if (!spinUntil([&] { return server.plugin(QStringLiteral("studio/echo")) != nullptr; }, 15000)) {
            std::printf("the TCP plugin did not register\n");
            return 1;
        }
        auto *conn = server.plugin(QStringLiteral("studio/echo"))->connection();
        roundTrips(conn, 50, QStringLiteral("echo"), QStringLiteral("say")); // warm-up
        report("tool call round trip over TCP (debug)", roundTrips(conn, calls, QStringLiteral("echo"), QStringLiteral("say")));
        plugin.kill();
        plugin.waitForFinished(3000);
        spinUntil([&] { return server.plugins().isEmpty(); }, 5000); // gone before the relay's plugin registers
    }

    // 2b. Through the relay, the debug server standing in for the Dify debug host.
    for (const bool lowDelay : {true, false}) {
        Debug::DebugRelay relay;
        relay.setUpstream(QStringLiteral("127.0.0.1"), server.port(), key);
        relay.setLowDelay(lowDelay);
        if (!relay.listen(QHostAddress::LocalHost, 0)) {
            std::printf("the relay cannot listen\n");
            break;
        }
        QProcess plugin;
        plugin.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        plugin.start(QStringLiteral("python3"), {QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"),
                                                 QStringLiteral("127.0.0.1:%1").arg(relay.port()), relay.keys()->currentKey()});
        if (!spinUntil([&] { return server.plugin(QStringLiteral("studio/echo")) != nullptr; }, 15000)) {
            std::printf("the plugin did not register through the relay\n");
            break;
        }
        auto *conn = server.plugin(QStringLiteral("studio/echo"))->connection();
        roundTrips(conn, 20, QStringLiteral("echo"), QStringLiteral("say")); // warm-up
        const int n = lowDelay ? calls : std::min(calls, 200); // ~40 ms a call without: fewer calls
        report(lowDelay ? "... through the relay, TCP_NODELAY + quick ACK" : "... through the relay, Nagle + delayed ACK",
               roundTrips(conn, n, QStringLiteral("echo"), QStringLiteral("say")));
        plugin.kill();
        plugin.waitForFinished(3000);
        spinUntil([&] { return server.plugins().isEmpty(); }, 5000);
    }

    // 3. Stdio round trip with the runtime's fixture plugin.
    {
        Runtime::StdioOptions o;
        o.program = QStringLiteral("python3");
        o.args = {QStringLiteral("main.py")};
        o.workingDir = QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin");
        o.heartbeatIntervalSec = 1;
        auto transport = std::make_unique<Runtime::StdioTransport>(o);
        Runtime::StdioTransport *raw = transport.get();
        Plugin::PluginDeclaration decl;
        Runtime::PluginConnection conn(std::move(transport), decl, nullptr);
        if (!raw->start() || !spinUntil([&] { return conn.isReady(); }, 15000)) {
            std::printf("the stdio fixture plugin did not become ready (is tests/fixtures/runtime/echo_plugin there?)\n");
        } else {
            roundTrips(&conn, 50, QStringLiteral("echo"), QStringLiteral("echo"));
            report("tool call round trip over stdio (local)", roundTrips(&conn, calls, QStringLiteral("echo"), QStringLiteral("echo")));
        }
        conn.close(QStringLiteral("bench done"));
    }

    // 4. Inspector throughput.
    {
        Debug::MessageLog big;
        const QByteArray l = R"({"event":"session","session_id":"0f9d2c1e-6c1b-4a59-9d77-2f3f0b8e4a10","data":{"type":"stream","data":{"type":"text","message":{"text":"Lyon: 21C"},"meta":null}}})";
        QElapsedTimer t;
        t.start();
        const int n = 200000;
        for (int i = 0; i < n; ++i)
            big.record(Debug::Direction::In, QStringLiteral("a/b"), l);
        std::printf("%-44s  %.0f lines/s (%d lines, ring of %d kept)\n", "inspector record()", n / (t.nsecsElapsed() / 1e9), n,
                    big.count());
    }
    std::printf("inspector recorded %d lines during the run\n", log.count());
    return 0;
}
