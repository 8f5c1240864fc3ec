// SPDX-License-Identifier: GPL-3.0-or-later
// Workflow-node reverse calls (question classifier) end to end: a tool session of the SDK-free
// node_plugin fixture calls the node back, and the studio answers it
//  (a) through the Dify inner API route, against a loopback HTTP server answering the envelope;
//  (b) by local emulation on the fixture's scripted LLM (a second plugin process).
// Prints p50/p99 of the whole tool round trip (one node call each), and the cost of the pure
// answer-to-class mapping. Run a Release build for figures.

#include "core/runtime/localplugin.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/reverse.h"
#include "core/runtime/workflownodes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Studio::Runtime;

namespace {

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

QPair<double, double> percentiles(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    if (ns.isEmpty())
        return {0, 0};
    return {ns.at(ns.size() / 2) / 1e6, ns.at(std::min<qsizetype>(ns.size() - 1, qsizetype(ns.size() * 0.99))) / 1e6};
}

// Keep-alive-free loopback server answering every POST with a node reply envelope.
class InnerApi : public QTcpServer
{
public:
    InnerApi()
    {
        const QByteArray body = QJsonDocument(QJsonObject{
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("process_data"), QJsonObject()},
                                                 {QStringLiteral("inputs"), QJsonObject()},
                                                 {QStringLiteral("outputs"), QJsonObject{{QStringLiteral("class_name"), QStringLiteral("B")}}}}},
            {QStringLiteral("error"), QString()}}).toJson(QJsonDocument::Compact);
        connect(this, &QTcpServer::newConnection, this, [this, body] {
            QTcpSocket *s = nextPendingConnection();
            auto buf = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, s, [s, buf, body] {
                buf->append(s->readAll());
                const qsizetype he = buf->indexOf("\r\n\r\n");
                if (he < 0)
                    return;
                const QByteArray lower = buf->left(he).toLower();
                const qsizetype cl = lower.indexOf("content-length:");
                const qint64 len = cl < 0 ? 0 : lower.mid(cl + 15, lower.indexOf("\r\n", cl) - cl - 15).trimmed().toLongLong();
                if (buf->size() < he + 4 + len)
                    return;
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                         + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
        listen(QHostAddress::LocalHost, 0);
    }
};

QJsonObject classifyCall()
{
    return {{QStringLiteral("type"), QStringLiteral("node_question_classifier")},
            {QStringLiteral("request"),
             QJsonObject{{QStringLiteral("classes"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("name"), QStringLiteral("A")}},
                                                                QJsonObject{{QStringLiteral("id"), QStringLiteral("b")}, {QStringLiteral("name"), QStringLiteral("B")}}}},
                         {QStringLiteral("model"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("studio-tests/node_plugin/scripted")},
                                                               {QStringLiteral("name"), QStringLiteral("m")},
                                                               {QStringLiteral("mode"), QStringLiteral("chat")}}},
                         {QStringLiteral("query"), QStringLiteral("[[{\"category_id\": \"b\"}]]")}}}};
}

// Runs `rounds` tool calls that each make one classifier call; returns the latencies (ns).
QList<qint64> run(LocalPlugin &caller, int rounds, bool *ok)
{
    QList<qint64> ns;
    *ok = true;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        Invocation *inv = caller.invoke(InvokeRequest::invokeTool(QStringLiteral("node"), QStringLiteral("calls"),
                                                                  QJsonObject{{QStringLiteral("calls"), QJsonArray{classifyCall()}}}));
        waitUntil([inv] { return inv->isFinished(); }, 20000);
        ns << t.nsecsElapsed();
        const QByteArray chunk = inv->chunks().isEmpty() ? QByteArray() : QJsonDocument(inv->chunks().first()).toJson(QJsonDocument::Compact);
        if (inv->state() != InvocationState::Succeeded || !chunk.contains("\"class_name\":\"B\"")) {
            std::fprintf(stderr, "bench_workflownodes: a call failed: %s %s\n", qPrintable(inv->error().message), chunk.constData());
            *ok = false;
            return ns;
        }
        inv->deleteLater();
    }
    return ns;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LocalPluginOptions o;
    o.interpreter = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (o.interpreter.isEmpty()) {
        std::fprintf(stderr, "bench_workflownodes: python3 not found on PATH\n");
        return 1;
    }
    o.heartbeatIntervalSec = 1;
    const QString fixture = QStringLiteral(STUDIO_FIXTURES "/runtime/node_plugin");
    DefaultReverseHandler handler;
    LocalPlugin model(fixture, o, &handler), caller(fixture, o, &handler);
    handler.setPluginLookup([&model](const QString &, const QString &) { return model.connection(); });
    model.start();
    caller.start();
    waitUntil([&] { return model.state() == RuntimeState::Active && caller.state() == RuntimeState::Active; }, 30000);
    if (model.state() != RuntimeState::Active || caller.state() != RuntimeState::Active) {
        std::fprintf(stderr, "bench_workflownodes: the fixture plugins did not start\n");
        return 1;
    }
    const int rounds = 300;
    bool ok = false;
    run(caller, 20, &ok); // warm-up
    InnerApi inner;
    handler.setDifyInnerApi({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(inner.serverPort())), QStringLiteral("k")});
    const auto viaInner = percentiles(run(caller, rounds, &ok));
    if (!ok)
        return 1;
    handler.setDifyInnerApi({});
    const auto viaLocal = percentiles(run(caller, rounds, &ok));
    if (!ok)
        return 1;
    std::printf("classifier call inside a tool call, %d rounds each\n", rounds);
    std::printf("  inner API route (loopback HTTP, new connection each): p50 %.2f ms  p99 %.2f ms\n", viaInner.first, viaInner.second);
    std::printf("  local emulation (scripted LLM plugin process):        p50 %.2f ms  p99 %.2f ms\n", viaLocal.first, viaLocal.second);

    // The pure mapping of an answer to a class (prompt built once).
    const QJsonObject request = classifyCall().value(QStringLiteral("request")).toObject();
    const QJsonArray prompt = WorkflowNodes::questionClassifierPrompt(request);
    const QStringList answers{QStringLiteral("{\"category_id\": \"b\"}"), QStringLiteral("I would say B."),
                              QStringLiteral("```json\n{\"category_name\": \"a\"}\n```"), QStringLiteral("no idea")};
    QElapsedTimer t;
    t.start();
    const int n = 20000;
    for (int i = 0; i < n; ++i)
        WorkflowNodes::questionClassifierReply(request, prompt, answers[i % answers.size()], {}, QStringLiteral("stop"));
    std::printf("answer -> class mapping: %.2f µs per answer (%d answers)\n", double(t.nsecsElapsed()) / 1000.0 / n, n);
    return 0;
}
