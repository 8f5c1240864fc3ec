// SPDX-License-Identifier: GPL-3.0-or-later
// `plugin-studio-cli debug-server` as a real process: key on the first line, JSON events, stdin
// invocations streamed back, storage in the workspace folder, refusal events; --relay to a Dify
// debug host (a loopback stand-in here).

#include "tst_debug_common.h"

#include <QTemporaryDir>
#include <QtTest>
#include <QProcess>
#include <QTcpServer>

#include <csignal>

using namespace DebugTest;

class TstDebugCli : public QObject
{
    Q_OBJECT

    // Reads stdout JSON lines until `pred` matches one (returns it) or the timeout passes.
    static QJsonObject waitFor(QProcess &p, QList<QJsonObject> &seen, const std::function<bool(const QJsonObject &)> &pred,
                               int timeoutMs = 15000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            while (p.canReadLine()) {
                const QJsonObject o = QJsonDocument::fromJson(p.readLine()).object();
                seen << o;
                if (pred(o))
                    return o;
            }
            p.waitForReadyRead(100);
        }
        return {};
    }

private slots:
    // Ctrl+C ends the server cleanly: a connected plugin is disconnected (a disconnected event) and
    // the process exits with 0.
    void stopsCleanlyOnSigint()
    {
        QProcess cli;
        cli.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("debug-server"), QStringLiteral("--port"), QStringLiteral("0"),
                                               QStringLiteral("--key"), QStringLiteral("sigint-key")});
        QVERIFY(cli.waitForStarted(5000));
        QList<QJsonObject> seen;
        const QJsonObject listening = waitFor(cli, seen, [](const QJsonObject &o) { return o.value("event") == "listening"; });
        const quint16 port = quint16(listening.value("port").toInt());
        QVERIFY(port > 0);
        QProcess plugin;
        plugin.start(QStringLiteral("python3"), {fixture("debugclient.py"), QStringLiteral("127.0.0.1:%1").arg(port),
                                                 QStringLiteral("sigint-key")});
        QVERIFY(!waitFor(cli, seen, [](const QJsonObject &o) { return o.value("event") == "registered"; }).isEmpty());
        ::kill(pid_t(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        plugin.waitForFinished(10000); // the fixture exits when the server closes its connection
        QCOMPARE(plugin.state(), QProcess::NotRunning);
    }

    void help()
    {
        QProcess p;
        p.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("debug-server"), QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(out.contains("--port"));
        QVERIFY(out.contains("REMOTE_INSTALL_KEY"));
    }

    void refusesExternalAddressWithoutOptIn()
    {
        QProcess p;
        p.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("debug-server"), QStringLiteral("--host"),
                                             QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("only listens on 127.0.0.1"));
    }

    // --relay HOST:PORT --relay-key KEY: the plugin connects with the printed local key, the Dify
    // host gets the handshake with ITS key (never the local one), both directions are forwarded,
    // every line is a message event; stdin calls are refused (the host invokes the plugin).
    void relaysToADifyDebugHost()
    {
        QTcpServer upstream;
        QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
        QProcess cli;
        cli.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("debug-server"), QStringLiteral("--port"), QStringLiteral("0"),
                                               QStringLiteral("--relay"), QStringLiteral("127.0.0.1:%1").arg(upstream.serverPort()),
                                               QStringLiteral("--relay-key"), QStringLiteral("dify-host-key")});
        QVERIFY(cli.waitForStarted(5000));
        QList<QJsonObject> seen;
        const QJsonObject listening = waitFor(cli, seen, [](const QJsonObject &o) { return o.value("event") == "listening"; });
        QCOMPARE(listening.value("mode").toString(), QStringLiteral("relay"));
        QCOMPARE(listening.value("upstream").toString(), QStringLiteral("127.0.0.1:%1").arg(upstream.serverPort()));
        const QString localKey = listening.value("key").toString();
        QVERIFY(!localKey.isEmpty());
        QVERIFY(localKey != QLatin1String("dify-host-key"));
        const quint16 port = quint16(listening.value("port").toInt());
        QVERIFY(port > 0);

        QProcess plugin;
        plugin.start(QStringLiteral("python3"), {fixture("debugclient.py"), QStringLiteral("127.0.0.1:%1").arg(port), localKey});
        QVERIFY(plugin.waitForStarted(5000));
        QVERIFY(upstream.waitForNewConnection(15000));
        QTcpSocket *host = upstream.nextPendingConnection();
        QVERIFY(host);
        QElapsedTimer t;
        t.start();
        while (!host->canReadLine() && t.elapsed() < 15000)
            host->waitForReadyRead(100);
        const QByteArray handshake = host->readLine();
        QVERIFY2(handshake.contains("dify-host-key"), handshake.constData());
        QVERIFY(!handshake.contains(localKey.toUtf8()));
        QVERIFY(!waitFor(cli, seen, [](const QJsonObject &o) { return o.value("event") == "relay-started"; }).isEmpty());
        QVERIFY(!waitFor(cli, seen, [](const QJsonObject &o) { return o.value("event") == "message"; }).isEmpty());

        cli.write(R"({"id":"r1","plugin":"studio/echo","tool":"echo/say","params":{}})" "\n");
        const QJsonObject refused = waitFor(cli, seen, [](const QJsonObject &o) { return o.value("id") == "r1"; });
        QCOMPARE(refused.value("ok").toBool(true), false);
        QVERIFY2(refused.value("error").toString().contains(QStringLiteral("relaying")), qPrintable(refused.value("error").toString()));

        // The host closes: the relay closes the plugin's side too.
        host->close();
        QVERIFY(!waitFor(cli, seen, [](const QJsonObject &o) { return o.value("event") == "relay-ended"; }).isEmpty());
        plugin.waitForFinished(10000);
        QCOMPARE(plugin.state(), QProcess::NotRunning);
        ::kill(pid_t(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
    }

    void relayUsageErrors()
    {
        const QList<QStringList> bad{
            {QStringLiteral("--relay"), QStringLiteral("debug.dify.ai:5003")},                    // no key
            {QStringLiteral("--relay-key"), QStringLiteral("k")},                                 // no host
            {QStringLiteral("--relay"), QStringLiteral("debug.dify.ai"), QStringLiteral("--relay-key"), QStringLiteral("k")}, // no port
            {QStringLiteral("--relay"), QStringLiteral("h:99999"), QStringLiteral("--relay-key"), QStringLiteral("k")},
        };
        for (const QStringList &args : bad) {
            QProcess p;
            p.start(QStringLiteral(STUDIO_CLI), QStringList{QStringLiteral("debug-server"), QStringLiteral("--port"), QStringLiteral("0")} + args);
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitCode(), 64);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.contains("--relay"), err.constData());
            QVERIFY(p.readAllStandardOutput().isEmpty()); // nothing listened
        }
    }

    void serveAndInvoke()
    {
        QTemporaryDir ws;
        QProcess cli;
        cli.setProcessChannelMode(QProcess::SeparateChannels);
        cli.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("debug-server"), QStringLiteral("--port"), QStringLiteral("0"),
                                               QStringLiteral("--key"), QStringLiteral("cli-test-key"),
                                               QStringLiteral("--workspace"), ws.path()});
        QVERIFY(cli.waitForStarted(5000));
        QList<QJsonObject> seen;
        const QJsonObject listening = waitFor(cli, seen, [](const QJsonObject &o) { return o.contains("event"); });
        QCOMPARE(listening.value("event").toString(), QStringLiteral("listening"));
        QCOMPARE(listening.value("key").toString(), QStringLiteral("cli-test-key"));
        QCOMPARE(listening.value("host").toString(), QStringLiteral("127.0.0.1"));
        const quint16 port = quint16(listening.value("port").toInt());
        QVERIFY(port > 0);

        // A wrong key shows up as a refused event.
        QProcess bad;
        bad.start(QStringLiteral("python3"), {fixture("debugclient.py"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("wrong")});
        const QJsonObject refused = waitFor(cli, seen, [](const QJsonObject &o) { return o.value("event") == "refused"; });
        QVERIFY(refused.value("line").toString().startsWith(QStringLiteral("handshake failed, invalid key")));
        bad.waitForFinished(5000);

        QProcess plugin;
        plugin.start(QStringLiteral("python3"), {fixture("debugclient.py"), QStringLiteral("127.0.0.1:%1").arg(port),
                                                 QStringLiteral("cli-test-key"), QStringLiteral("--endpoint")});
        const QJsonObject reg = waitFor(cli, seen, [](const QJsonObject &o) { return o.value("event") == "registered"; });
        QCOMPARE(reg.value("plugin").toString(), QStringLiteral("studio/echo"));
        QVERIFY(reg.value("identifier").toString().startsWith(QStringLiteral("studio/echo:0.0.1@")));
        QCOMPARE(reg.value("assets").toArray().first().toString(), QStringLiteral("_assets/icon.svg"));

        cli.write(R"({"id":"t1","plugin":"studio/echo","tool":"echo/say","params":{"a":1}})" "\n");
        cli.write(R"({"id":"t2","plugin":"studio/echo","tool":"echo/say","params":{"mode":"storage","value":"v42"}})" "\n");
        cli.write(R"({"id":"t3","plugin":"studio/echo","endpoint":{"method":"POST","path":"/echo?q=1","body":"payload","headers":{"Content-Type":"text/plain"}},"settings":{"s":1}})" "\n");
        cli.write(R"({"id":"t4","plugin":"nobody/none","tool":"a/b"})" "\n");
        cli.write(R"({"id":"t5","plugin":"studio/echo","tool":"no-slash"})" "\n");
        cli.write("not json\n");
        QMap<QString, QJsonObject> done;
        QMap<QString, QList<QJsonObject>> chunks;
        QElapsedTimer t;
        t.start();
        while (done.size() < 5 && t.elapsed() < 15000) {
            const QJsonObject o = waitFor(cli, seen, [](const QJsonObject &o) { return o.contains("id"); }, 1000);
            if (o.isEmpty())
                continue;
            if (o.value("done").toBool())
                done.insert(o.value("id").toString(), o);
            else
                chunks[o.value("id").toString()] << o.value("chunk").toObject();
        }
        QCOMPARE(done.size(), 5);
        QVERIFY(done.value("t1").value("ok").toBool());
        QCOMPARE(chunks.value("t1").size(), 2);
        QCOMPARE(chunks.value("t1").first().value("message").toObject().value("text").toString(), QStringLiteral("echo:{\"a\": 1}"));
        QVERIFY(done.value("t2").value("ok").toBool());
        QCOMPARE(chunks.value("t2").last().value("message").toObject().value("text").toString(), QStringLiteral("storage:v42"));
        QVERIFY(done.value("t3").value("ok").toBool());
        const QJsonObject ep = chunks.value("t3").first();
        QCOMPARE(ep.value("status").toInt(), 201);
        const QJsonObject echoed = QJsonDocument::fromJson(QByteArray::fromHex(ep.value("result").toString().toLatin1())).object();
        QCOMPARE(echoed.value("target").toString(), QStringLiteral("/echo?q=1"));
        QCOMPARE(echoed.value("body_head").toString(), QStringLiteral("payload"));
        QCOMPARE(echoed.value("settings").toObject().value("s").toInt(), 1);
        QVERIFY(!done.value("t4").value("ok").toBool());
        QVERIFY(done.value("t4").value("error").toString().contains(QStringLiteral("not connected")));
        QVERIFY(done.value("t5").value("error").toString().contains(QStringLiteral("PROVIDER/TOOL")));
        bool sawError = false, sawMessage = false;
        for (const QJsonObject &o : seen) {
            sawError |= o.value("event") == "error";
            sawMessage |= o.value("event") == "message" && o.value("type") == "request:tool/invoke_tool";
        }
        QVERIFY(sawError);
        QVERIFY(sawMessage);
        // Storage lives in the workspace folder.
        QVERIFY(QFileInfo::exists(ws.filePath(QStringLiteral("storage.db"))));

        plugin.kill();
        const QJsonObject gone = waitFor(cli, seen, [](const QJsonObject &o) { return o.value("event") == "disconnected"; });
        QCOMPARE(gone.value("plugin").toString(), QStringLiteral("studio/echo"));
        plugin.waitForFinished(3000);
        cli.kill();
        cli.waitForFinished(3000);
    }
};

QTEST_GUILESS_MAIN(TstDebugCli)
#include "tst_debugcli.moc"
