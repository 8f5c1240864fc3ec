// SPDX-License-Identifier: GPL-3.0-or-later
// The local runtime against real processes: the SDK-free fixture plugin (tests/fixtures/runtime).

#include "tst_runtime_util.h"

#include "core/runtime/pluginconnection.h"
#include "core/runtime/stdiotransport.h"
#include "core/runtime/streamassembler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Studio::Runtime;
using namespace RuntimeTest;

namespace {

// A transport that answers synchronously INSIDE sendLine(): proves the listener is registered
// before the request is written.
class InstantTransport : public PluginTransport
{
public:
    bool isOpen() const override { return m_open; }
    bool sendLine(const QByteArray &line) override
    {
        sent.append(line);
        const QJsonObject req = QJsonDocument::fromJson(line).object();
        const QString sid = req.value(QStringLiteral("session_id")).toString();
        auto say = [&](const QJsonObject &msg) {
            emit lineReceived(QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("session")},
                                                        {QStringLiteral("session_id"), sid},
                                                        {QStringLiteral("data"), msg}})
                                  .toJson(QJsonDocument::Compact));
        };
        say(QJsonObject{{QStringLiteral("type"), QStringLiteral("stream")},
                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("result"), true}}}});
        say(QJsonObject{{QStringLiteral("type"), QStringLiteral("end")}, {QStringLiteral("data"), QJsonObject()}});
        return true;
    }
    void close(const QString &reason) override
    {
        if (!m_open)
            return;
        m_open = false;
        emit closed(reason);
    }
    QString kind() const override { return QStringLiteral("test"); }
    QList<QByteArray> sent;

private:
    bool m_open = true;
};

bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    // A zombie waiting for init to reap it is dead too.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close > 0 && s.size() > close + 2 && s.at(close + 2) == 'Z';
}

} // namespace

class TestRuntime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!python().isEmpty(), "python3 must be on PATH for the runtime tests");
    }

    void envelopeHasEveryKey()
    {
        const InvokeRequest r = InvokeRequest::invokeTool(QStringLiteral("p"), QStringLiteral("t"),
                                                          QJsonObject{{QStringLiteral("a"), 1}});
        const QJsonObject env = r.envelope(QStringLiteral("sid"));
        for (const char *k : {"session_id", "conversation_id", "message_id", "app_id", "endpoint_id", "context", "event", "data"})
            QVERIFY2(env.contains(QLatin1String(k)), k);
        QVERIFY(env.value(QStringLiteral("conversation_id")).isNull());
        QCOMPARE(env.value(QStringLiteral("event")).toString(), QStringLiteral("request"));
        const QJsonObject data = env.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("type")).toString(), QStringLiteral("tool"));
        QCOMPARE(data.value(QStringLiteral("action")).toString(), QStringLiteral("invoke_tool"));
        QCOMPARE(data.value(QStringLiteral("user_id")).toString(), QStringLiteral("studio-user"));
        QCOMPARE(data.value(QStringLiteral("credential_type")).toString(), QStringLiteral("api-key"));
        // req-null keys are present as null
        const QJsonObject llm = InvokeRequest::invokeLlm(QStringLiteral("p"), QStringLiteral("m"), {}, {}).data();
        QVERIFY(llm.contains(QStringLiteral("tools")) && llm.value(QStringLiteral("tools")).isNull());
        QVERIFY(llm.contains(QStringLiteral("stop")) && llm.value(QStringLiteral("stop")).isNull());
        const QJsonObject rerank = InvokeRequest::invokeRerank(QStringLiteral("p"), QStringLiteral("m"), {},
                                                               QStringLiteral("q"), {QStringLiteral("d")}).data();
        QVERIFY(rerank.contains(QStringLiteral("score_threshold")) && rerank.contains(QStringLiteral("top_n")));
        const QJsonObject voices = InvokeRequest::getTtsModelVoices(QStringLiteral("p"), QStringLiteral("m"), {}).data();
        QVERIFY(voices.contains(QStringLiteral("language")));
        const QJsonObject ep = InvokeRequest::invokeEndpoint("GET / HTTP/1.1\r\n\r\n").data();
        QCOMPARE(ep.value(QStringLiteral("user_id")).toString(), QString());
        QCOMPARE(ep.value(QStringLiteral("raw_http_request")).toString(), QStringLiteral("474554202f20485454502f312e310d0a0d0a"));
        const QJsonObject drive = InvokeRequest::datasourceOnlineDriveBrowseFiles(QStringLiteral("p"), QStringLiteral("d"), {}, {}).data();
        QVERIFY(drive.value(QStringLiteral("request")).toObject().contains(QStringLiteral("prefix")));
    }

    void listenerRegisteredBeforeWrite()
    {
        auto transport = std::make_unique<InstantTransport>();
        InstantTransport *raw = transport.get();
        PluginConnection conn(std::move(transport), {}, nullptr);
        Invocation *inv = conn.invoke(InvokeRequest::validateToolCredentials(QStringLiteral("p"), {}));
        // Answered while sendLine() was still running: routed, not dropped.
        QCOMPARE(inv->state(), InvocationState::Succeeded);
        QCOMPARE(inv->chunks().size(), 1);
        QCOMPARE(conn.droppedMessages(), 0);
        QCOMPARE(raw->sent.size(), 1);
        QVERIFY(!raw->sent.first().contains('\n'));
    }

    void bootAndReady()
    {
        LocalPlugin plugin(fixtureDir(), fastOptions(), nullptr);
        QSignalSpy states(&plugin, &LocalPlugin::stateChanged);
        QSignalSpy logs(&plugin, &LocalPlugin::logMessage);
        QString stderrText;
        connect(&plugin, &LocalPlugin::output, this, [&](const QString &t, bool isErr) { if (isErr) stderrText += t; });
        QJsonObject dump;
        connect(&plugin, &LocalPlugin::connectionChanged, this, [&](PluginConnection *c) {
            connect(c, &PluginConnection::manifestDumped, this, [&](const QJsonObject &m) { dump = m; });
        });
        plugin.start();
        QVERIFY(waitActive(plugin));
        QCOMPARE(states.first().first().value<RuntimeState>(), RuntimeState::Launching);
        QTRY_VERIFY(!logs.isEmpty());
        QCOMPARE(logs.first().at(1).toString(), QStringLiteral("Installed tool: echo"));
        QTRY_VERIFY(stderrText.contains(QStringLiteral("echo fixture starting")));
        QCOMPARE(dump.value(QStringLiteral("name")).toString(), QStringLiteral("echo_plugin"));
        QCOMPARE(plugin.connection()->pluginId(), QStringLiteral("studio-tests/echo_plugin"));
        QVERIFY(plugin.processId() > 0);
        plugin.stop();
        QTRY_COMPARE(plugin.state(), RuntimeState::Stopped);
    }

    void invokeTool()
    {
        LocalPlugin plugin(fixtureDir(), fastOptions(), nullptr);
        plugin.start();
        QVERIFY(waitActive(plugin));
        Invocation *inv = plugin.invoke(InvokeRequest::invokeTool(
            QStringLiteral("echo"), QStringLiteral("echo"), QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}},
            QJsonObject{{QStringLiteral("api_key"), QStringLiteral("k")}}));
        QSignalSpy chunks(inv, &Invocation::chunkReceived);
        QVERIFY(waitFinished(inv));
        QCOMPARE(inv->state(), InvocationState::Succeeded);
        QCOMPARE(chunks.size(), 2);
        StreamAssembler a;
        for (const QJsonObject &c : inv->chunks())
            QVERIFY(a.add(c));
        QCOMPARE(a.result().text, QStringLiteral("echo: hi"));
        const QJsonObject echoed = a.result().jsons.first().toObject();
        QCOMPARE(echoed.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("api_key")).toString(), QStringLiteral("k"));
        QCOMPARE(echoed.value(QStringLiteral("credential_type")).toString(), QStringLiteral("api-key"));
        QCOMPARE(echoed.value(QStringLiteral("provider")).toString(), QStringLiteral("echo"));

        // error + end -> Failed with the plugin's error type and traceback
        Invocation *bad = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("fail")}, {QStringLiteral("text"), QStringLiteral("boom")}}));
        QVERIFY(waitFinished(bad));
        QCOMPARE(bad->state(), InvocationState::Failed);
        QCOMPARE(bad->pluginErrorType(), QStringLiteral("ValueError"));
        QVERIFY(bad->error().message.contains(QStringLiteral("failing on purpose: boom")));
        QVERIFY(bad->pluginTraceback().contains(QStringLiteral("Traceback")));

        // an action the plugin does not route: just `end`
        Invocation *unrouted = plugin.invoke(InvokeRequest::getToolRuntimeParameters(QStringLiteral("echo"), QStringLiteral("echo")));
        QVERIFY(waitFinished(unrouted));
        QCOMPARE(unrouted->state(), InvocationState::Succeeded);
        QVERIFY(unrouted->chunks().isEmpty());
    }

    void twentyInterleavedSessions()
    {
        LocalPlugin plugin(fixtureDir(), fastOptions(), nullptr);
        plugin.start();
        QVERIFY(waitActive(plugin));
        QList<Invocation *> calls;
        for (int i = 0; i < 20; ++i)
            calls << plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
                QJsonObject{{QStringLiteral("mode"), QStringLiteral("slow")}, {QStringLiteral("count"), 5},
                            {QStringLiteral("delay"), 0.03}, {QStringLiteral("text"), QStringLiteral("s%1").arg(i)}}));
        QSet<QString> ids;
        for (int i = 0; i < 20; ++i) {
            QVERIFY(waitFinished(calls[i]));
            QCOMPARE(calls[i]->state(), InvocationState::Succeeded);
            ids.insert(calls[i]->sessionId());
            StreamAssembler a;
            for (const QJsonObject &c : calls[i]->chunks())
                QVERIFY(a.add(c));
            QCOMPARE(a.result().text, QStringLiteral("s%1:0;s%1:1;s%1:2;s%1:3;s%1:4;").arg(i));
        }
        QCOMPARE(ids.size(), 20);
        QCOMPARE(plugin.connection()->pendingCount(), 0);
        QCOMPARE(plugin.connection()->droppedMessages(), 0);
    }

    void blobReassembly()
    {
        LocalPlugin plugin(fixtureDir(), fastOptions(), nullptr);
        plugin.start();
        QVERIFY(waitActive(plugin));
        Invocation *inv = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("blob")}, {QStringLiteral("size"), 20000}}));
        QVERIFY(waitFinished(inv));
        QCOMPARE(inv->state(), InvocationState::Succeeded);
        QCOMPARE(inv->chunks().size(), 4); // 8192 + 8192 + 3616 + end chunk
        StreamAssembler a;
        for (const QJsonObject &c : inv->chunks())
            QVERIFY(a.add(c));
        QCOMPARE(a.result().blobs.size(), 1);
        const AssembledBlob &b = a.result().blobs.first();
        QVERIFY(b.complete);
        QCOMPARE(b.totalLength, 20000);
        QCOMPARE(b.data.size(), 20000);
        for (int i = 0; i < 20000; i += 997)
            QCOMPARE(quint8(b.data.at(i)), quint8((i * 7 + 3) % 256));
        QCOMPARE(b.meta.value(QStringLiteral("filename")).toString(), QStringLiteral("data.bin"));
    }

    void endpointEchoAndLlmChunks()
    {
        LocalPlugin plugin(fixtureDir(), fastOptions(), nullptr);
        plugin.start();
        QVERIFY(waitActive(plugin));
        const QByteArray raw = InvokeRequest::serializeHttpRequest(
            QStringLiteral("POST"), QStringLiteral("/webhook?x=1"),
            {{"Content-Type", "application/json"}, {"X_Custom", "1"}}, "{\"a\":1}");
        QVERIFY(raw.contains("Content-Length: 7\r\n"));
        QVERIFY(raw.contains("X-Custom: 1\r\n"));
        Invocation *ep = plugin.invoke(InvokeRequest::invokeEndpoint(raw, {}));
        QVERIFY(waitFinished(ep));
        QCOMPARE(ep->state(), InvocationState::Succeeded);
        StreamAssembler a;
        for (const QJsonObject &c : ep->chunks())
            QVERIFY(a.add(c));
        QVERIFY(a.result().isEndpoint);
        QCOMPARE(a.result().status, 200);
        QCOMPARE(a.result().body, QByteArray("echo:{\"a\":1}"));
        QCOMPARE(a.result().headers.value(QStringLiteral("X-Request-Line")).toString(), QStringLiteral("POST /webhook?x=1 HTTP/1.1"));

        Invocation *llm = plugin.invoke(InvokeRequest::invokeLlm(QStringLiteral("echo"), QStringLiteral("m1"), {},
            QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("Hi")}}}));
        QVERIFY(waitFinished(llm));
        QCOMPARE(llm->state(), InvocationState::Succeeded);
        StreamAssembler l;
        for (const QJsonObject &c : llm->chunks())
            QVERIFY(l.add(c));
        QVERIFY(l.result().isLlm);
        QCOMPARE(l.result().llmText, QStringLiteral("Hello!"));
        QCOMPARE(l.result().finishReason, QStringLiteral("stop"));
        QCOMPARE(l.result().usage.value(QStringLiteral("total_tokens")).toInt(), 11);
        QCOMPARE(StreamAssembler::decimal(l.result().usage.value(QStringLiteral("total_price"))), 0.0000026);
    }

    void crashFailsPendingAtOnceAndRestarts()
    {
        LocalPlugin plugin(fixtureDir(), fastOptions(), nullptr);
        QSignalSpy failed(&plugin, &LocalPlugin::instanceFailed);
        plugin.start();
        QVERIFY(waitActive(plugin));
        const qint64 firstPid = plugin.processId();
        Invocation *slow = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("slow")}, {QStringLiteral("count"), 1}, {QStringLiteral("delay"), 30}}));
        Invocation *crash = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("crash")}}));
        QVERIFY(waitFinished(crash, 5000));
        QVERIFY(waitFinished(slow, 1000)); // at once, not after its 30 s
        for (Invocation *inv : {crash, slow}) {
            QCOMPARE(inv->state(), InvocationState::Failed);
            QVERIFY2(inv->error().message.contains(QStringLiteral("the plugin process exited (code 3) while this call was running")),
                     qPrintable(inv->error().message));
            QVERIFY2(inv->error().message.contains(QStringLiteral("crashing on purpose")), qPrintable(inv->error().message));
        }
        QVERIFY(slow->elapsedMs() < 5000);
        QCOMPARE(failed.size(), 1);
        // restarted, with a new process
        QVERIFY(waitActive(plugin));
        QVERIFY(plugin.processId() != firstPid);
        QCOMPARE(plugin.launchCount(), 2);
        Invocation *again = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"), {}));
        QVERIFY(waitFinished(again));
        QCOMPARE(again->state(), InvocationState::Succeeded);
    }

    void giveUpAfterMaxFailures()
    {
        LocalPluginOptions o = fastOptions();
        o.maxFailures = 2;
        LocalPlugin plugin(fixtureDir(), o, nullptr);
        QSignalSpy gaveUp(&plugin, &LocalPlugin::gaveUp);
        plugin.start();
        for (int i = 0; i < 2; ++i) {
            QVERIFY(waitActive(plugin));
            Invocation *crash = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
                QJsonObject{{QStringLiteral("mode"), QStringLiteral("crash")}}));
            QVERIFY(waitFinished(crash));
        }
        QTRY_COMPARE(plugin.state(), RuntimeState::Stopped);
        QCOMPARE(gaveUp.size(), 1);
        QVERIFY(gaveUp.first().first().toString().contains(QStringLiteral("failed 2 times")));
        Invocation *late = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"), {}));
        QCOMPARE(late->state(), InvocationState::Failed);
        QVERIFY(late->error().message.contains(QStringLiteral("cannot call the plugin")));
    }

    void garbageLinesTolerated()
    {
        LocalPlugin plugin(fixtureDir(), fastOptions(), nullptr);
        QString stdoutText;
        connect(&plugin, &LocalPlugin::output, this, [&](const QString &t, bool isErr) { if (!isErr) stdoutText += t; });
        plugin.start();
        QVERIFY(waitActive(plugin));
        Invocation *inv = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("garbage")}}));
        QVERIFY(waitFinished(inv));
        QCOMPARE(inv->state(), InvocationState::Succeeded);
        StreamAssembler a;
        for (const QJsonObject &c : inv->chunks())
            QVERIFY(a.add(c));
        QCOMPARE(a.result().text, QStringLiteral("still alive"));
        QVERIFY(stdoutText.contains(QStringLiteral("this is not json, a stray print")));
        QVERIFY(stdoutText.contains(QStringLiteral("{\"broken\":")));
        QVERIFY(stdoutText.contains(QStringLiteral("unknown event \"strange\"")));
        QCOMPARE(plugin.connection()->droppedMessages(), 1); // the unknown session
        QCOMPARE(plugin.state(), RuntimeState::Active);
    }

    void oversizedLineEndsInstance()
    {
        LocalPluginOptions o = fastOptions();
        o.restartOnCrash = false;
        LocalPlugin plugin(fixtureDir(), o, nullptr);
        QSignalSpy failed(&plugin, &LocalPlugin::instanceFailed);
        plugin.start();
        QVERIFY(waitActive(plugin));
        Invocation *inv = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("hugeline")}}));
        QVERIFY(waitFinished(inv));
        QCOMPARE(inv->state(), InvocationState::Failed);
        QVERIFY2(inv->error().message.contains(QStringLiteral("over the 5242880-byte limit")), qPrintable(inv->error().message));
        QTRY_COMPARE(plugin.state(), RuntimeState::Stopped);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("5242880")));
    }

    void silentPluginKilledByInactivityTimer()
    {
        LocalPluginOptions o = fastOptions();
        o.inactivityTimeoutMs = 1500;
        o.restartOnCrash = false;
        LocalPlugin plugin(fixtureDir(), o, nullptr);
        QSignalSpy failed(&plugin, &LocalPlugin::instanceFailed);
        plugin.start();
        QVERIFY(waitActive(plugin));
        Invocation *inv = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("silent")}}));
        QVERIFY(waitFinished(inv));
        QCOMPARE(inv->state(), InvocationState::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 8000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("is not active for")),
                 qPrintable(failed.first().first().toString()));
        QTRY_COMPARE(plugin.state(), RuntimeState::Stopped);
    }

    void timeoutAndCancel()
    {
        LocalPlugin plugin(fixtureDir(), fastOptions(), nullptr);
        plugin.start();
        QVERIFY(waitActive(plugin));
        InvokeRequest slow = InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("slow")}, {QStringLiteral("count"), 1}, {QStringLiteral("delay"), 1.0}});
        slow.timeoutMs = 200;
        Invocation *timed = plugin.invoke(slow);
        QVERIFY(waitFinished(timed, 3000));
        QCOMPARE(timed->state(), InvocationState::TimedOut);
        QCOMPARE(timed->error().code, Studio::ErrorCode::Timeout);
        QVERIFY(timed->elapsedMs() < 900);

        slow.timeoutMs = 600000;
        Invocation *cancelled = plugin.invoke(slow);
        QSignalSpy finished(cancelled, &Invocation::finished);
        QTest::qWait(50);
        cancelled->cancel();
        QCOMPARE(cancelled->state(), InvocationState::Cancelled);
        QCOMPARE(finished.size(), 1);
        // The plugin still answers both calls later; those lines are dropped, nothing else happens.
        QTRY_VERIFY_WITH_TIMEOUT(plugin.connection()->droppedMessages() >= 4, 5000);
        QCOMPARE(cancelled->chunks().size(), 0);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(plugin.state(), RuntimeState::Active);
    }

    void stopKillsProcessGroup()
    {
        LocalPlugin plugin(fixtureDir(), fastOptions(), nullptr);
        plugin.start();
        QVERIFY(waitActive(plugin));
        const qint64 pid = plugin.processId();
        Invocation *inv = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("grandchild")}}));
        QVERIFY(waitFinished(inv));
        StreamAssembler a;
        for (const QJsonObject &c : inv->chunks())
            QVERIFY(a.add(c));
        const qint64 grandchild = a.result().jsons.first().toObject().value(QStringLiteral("pid")).toInteger();
        QVERIFY(grandchild > 0);
        QVERIFY(!processGone(grandchild));
        plugin.stop();
        QTRY_COMPARE(plugin.state(), RuntimeState::Stopped);
        QTRY_VERIFY(processGone(pid));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 5000);
    }

    void declarationFromTheLoader()
    {
        QStringList warnings;
        auto decl = loadRuntimeDeclaration(fixtureDir(), &warnings);
        QVERIFY2(decl, qPrintable(decl ? QString() : decl.error().message));
        QVERIFY(warnings.isEmpty());
        QVERIFY(decl->tool.has_value());
        QCOMPARE(decl->tool->tools.size(), 1);
        QCOMPARE(decl->tool->tools.first().identity.name, QStringLiteral("echo"));
        QCOMPARE(decl->manifest.permissions.storageSize, 4096);
        QVERIFY(decl->manifest.permissions.storage);
        QCOMPARE(decl->manifest.runnerEntrypoint.value, QStringLiteral("main"));

        // A broken provider file: still runnable (basic manifest fields), with a warning that says why.
        QTemporaryDir tmp;
        for (const QString &rel : {QStringLiteral("manifest.yaml"), QStringLiteral("main.py"), QStringLiteral("provider/echo.yaml"),
                                   QStringLiteral("tools/echo.yaml"), QStringLiteral("_assets/icon.svg")}) {
            QDir().mkpath(QFileInfo(tmp.filePath(rel)).absolutePath());
            QVERIFY(QFile::copy(fixtureDir() + QLatin1Char('/') + rel, tmp.filePath(rel)));
        }
        QFile provider(tmp.filePath(QStringLiteral("provider/echo.yaml")));
        QVERIFY(provider.open(QIODevice::WriteOnly | QIODevice::Truncate));
        provider.write("identity: [unclosed\n");
        provider.close();
        warnings.clear();
        decl = loadRuntimeDeclaration(tmp.path(), &warnings);
        QVERIFY(decl);
        QCOMPARE(decl->manifest.name.value, QStringLiteral("echo_plugin"));
        QVERIFY(decl->manifest.permissions.storage);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QStringLiteral("provider/echo.yaml")), qPrintable(warnings.first()));

        const auto none = loadRuntimeDeclaration(QStringLiteral("/nonexistent/plugin"));
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("no manifest.yaml")));
    }

    void missingInterpreterFailsClearly()
    {
        LocalPluginOptions o = fastOptions();
        o.interpreter = QStringLiteral("/nonexistent/python3");
        o.restartOnCrash = false;
        LocalPlugin plugin(fixtureDir(), o, nullptr);
        QSignalSpy failed(&plugin, &LocalPlugin::instanceFailed);
        plugin.start();
        QTRY_COMPARE(plugin.state(), RuntimeState::Stopped);
        QVERIFY2(plugin.lastError().contains(QStringLiteral("could not start /nonexistent/python3")), qPrintable(plugin.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
