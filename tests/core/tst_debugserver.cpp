// SPDX-License-Identifier: GPL-3.0-or-later
// The remote-debug server over real loopback TCP: registration, refusal lines, invocations through
// PluginConnection, reverse storage, heartbeat loss, reconnects, and hostile clients.

#include "tst_debug_common.h"

#include "core/debug/debugserver.h"
#include "core/debug/inspector.h"
#include "core/debug/registration.h"
#include "core/debug/tcptransport.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/reverse.h"
#include "core/runtime/storage.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Studio;
using namespace Studio::Debug;
using namespace DebugTest;

class TstDebugServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DebugServer> makeServer(int handshakeMs = 2000, int heartbeatMs = 60000)
    {
        auto s = std::make_unique<DebugServer>();
        DebugServerOptions o;
        o.handshakeTimeoutMs = handshakeMs;
        o.heartbeatTimeoutMs = heartbeatMs;
        o.heartbeatCheckMs = std::min(200, heartbeatMs);
        s->setOptions(o);
        const auto r = s->listen(QHostAddress::LocalHost, 0);
        if (!r)
            qWarning() << r.error().message;
        return s;
    }

    // Runs the Python plugin until it is registered.
    RegisteredPlugin *registerClient(DebugServer &server, QProcess *&proc, const QStringList &extra = {})
    {
        QSignalSpy spy(&server, &DebugServer::pluginRegistered);
        proc = startClient(server.port(), server.keys()->currentKey(), extra, this);
        if (!spy.wait(15000))
            return nullptr;
        return spy.takeFirst().at(0).value<RegisteredPlugin *>();
    }

    static Runtime::Invocation *callTool(RegisteredPlugin *p, const QJsonObject &params)
    {
        return p->connection()->invoke(Runtime::InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("say"), params));
    }

    static bool waitFinished(Runtime::Invocation *inv, int ms = 10000)
    {
        if (inv->isFinished())
            return true;
        QSignalSpy spy(inv, &Runtime::Invocation::finished);
        return spy.wait(ms) || inv->isFinished();
    }

    void killProc(QProcess *p)
    {
        if (!p)
            return;
        p->kill();
        p->waitForFinished(3000);
        delete p;
    }

private slots:
    void keyStore()
    {
        DebugKeyStore keys;
        qint64 now = 1000000;
        keys.setClock([&now] { return now; });
        const QString k1 = keys.currentKey();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                    .match(k1)
                    .hasMatch());
        QCOMPARE(keys.currentKey(), k1);
        QVERIFY(keys.validate(k1));
        QVERIFY(!keys.validate(QStringLiteral("nope")));
        const QString k2 = keys.rotate();
        QVERIFY(k2 != k1);
        QVERIFY(keys.validate(k1)); // old key still valid during rotation
        QVERIFY(keys.validate(k2));
        keys.revoke(k1);
        QVERIFY(!keys.validate(k1));
        // Sliding expiry: 2 h of non-use.
        now += 2LL * 3600 * 1000 - 10;
        QVERIFY(keys.validate(k2)); // refreshes
        now += 2LL * 3600 * 1000 - 10;
        QVERIFY(keys.isValid(k2));
        now += 20;
        QVERIFY(!keys.validate(k2));
        QVERIFY(keys.currentKey() != k2); // a fresh key after expiry
        QCOMPARE(DebugKeyStore::masked(QStringLiteral("8d3f0c7e-2b1a-4f6e-9a51-0c2d7e9b4a33")),
                 QStringLiteral("8d3f0c7e********************7e9b4a33"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // the daemon's text the line must start with
        const QByteArray hs = handshake(QStringLiteral("KEY"));
        const QByteArray man = line(envelope(QStringLiteral("manifest_declaration"), manifest()));
        const QByteArray tools = line(envelope(QStringLiteral("tool_declaration"), toolDecl()));
        const QByteArray icon = assetChunk(QStringLiteral("icon.svg"), iconBytes());
        const QByteArray end = line(envelope(QStringLiteral("end"), QJsonObject{}));
        QTest::newRow("garbage") << QByteArray("GET / HTTP/1.1\r\n\r\n") << "handshake failed, invalid handshake message";
        QTest::newRow("json-without-type") << QByteArray("{\"data\":{\"key\":\"KEY\"}}\n")
                                           << "handshake failed, invalid handshake message";
        QTest::newRow("handshake-without-key") << line(envelope(QStringLiteral("handshake"), QJsonObject{{"x", 1}}))
                                               << "handshake failed, invalid handshake message";
        QTest::newRow("manifest-first") << man << "handshake failed, invalid handshake message";
        QTest::newRow("wrong-key") << handshake(QStringLiteral("not-the-key")) << "handshake failed, invalid key";
        QTest::newRow("second-handshake") << hs + hs << "handshake already completed";
        QJsonObject badManifest = manifest();
        badManifest.insert(QStringLiteral("version"), QStringLiteral("one"));
        QTest::newRow("invalid-manifest") << hs + line(envelope(QStringLiteral("manifest_declaration"), badManifest))
                                          << "handshake failed, invalid plugin declaration: ";
        QTest::newRow("manifest-twice") << hs + man + man << "declaration already registered";
        QTest::newRow("tools-invalid") << hs + man + line(envelope(QStringLiteral("tool_declaration"), QJsonObject{{"a", 1}}))
                                       << "tools register failed, invalid tools declaration: ";
        QTest::newRow("tools-twice") << hs + man + tools + tools << "tools declaration already registered";
        QTest::newRow("models-invalid")
            << hs + man + line(envelope(QStringLiteral("model_declaration"), QJsonArray{QJsonObject{{"x", 1}}}))
            << "models register failed, invalid models declaration: ";
        QTest::newRow("endpoints-invalid")
            << hs + man + line(envelope(QStringLiteral("endpoint_declaration"), QJsonArray{QJsonObject{{"x", 1}}}))
            << "endpoints register failed, invalid endpoints declaration: ";
        QTest::newRow("no-registration") << hs + man + end << "no registration transferred, cannot initialize";
        QTest::newRow("missing-icon") << hs + man + tools + end
                                      << "assets remap failed, invalid assets data, cannot remap: file not found: icon.svg";
        QTest::newRow("asset-bad-base64")
            << hs + man + tools
                   + line(envelope(QStringLiteral("asset_chunk"),
                                   QJsonObject{{"filename", "icon.svg"}, {"data", "!!notbase64!!"}, {"end", true}}))
            << "assets decode failed, error: ";
        QTest::newRow("asset-no-filename")
            << hs + man + tools + line(envelope(QStringLiteral("asset_chunk"), QJsonObject{{"data", "AAAA"}}))
            << "transfer assets failed, error: ";
        QTest::newRow("asset-traversal")
            << hs + man + tools + assetChunk(QStringLiteral("../evil"), "x") << "transfer assets failed, error: ";
        QTest::newRow("bad-author") << hs + line(envelope(QStringLiteral("manifest_declaration"), manifest(QStringLiteral("Acme!"))))
                                           + tools + icon + end
                                    << "register failed, invalid manifest detected: ";
        // Passes the registration checks but not the plugin loader's STRICT validation.
        QJsonArray badParam = toolDecl();
        {
            QJsonObject prov = badParam.first().toObject();
            QJsonArray tools = prov.value("tools").toArray();
            QJsonObject t = tools.first().toObject();
            t.insert("parameters", QJsonArray{QJsonObject{{"name", "p"}, {"type", "no-such-type"}, {"form", "llm"},
                                                          {"label", QJsonObject{{"en_US", "P"}}},
                                                          {"human_description", QJsonObject{{"en_US", "P"}}}}});
            tools[0] = t;
            prov.insert("tools", tools);
            badParam[0] = prov;
        }
        QTest::newRow("strict-loader") << hs + man + line(envelope(QStringLiteral("tool_declaration"), badParam)) + icon + end
                                       << "handshake failed, invalid plugin declaration: ";
        QJsonArray model = QJsonDocument::fromJson(R"([{"provider":"m","supported_model_types":["llm"]}])").array();
        QTest::newRow("model-plus-tools") << hs + man + tools + line(envelope(QStringLiteral("model_declaration"), model))
                                                 + icon + end
                                          << "register failed, invalid manifest detected: ";
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto server = makeServer();
        server->keys()->setCurrentKey(QStringLiteral("KEY"));
        QSignalSpy refused(server.get(), &DebugServer::connectionRefused);
        const Exchange ex = exchange(server->port(), bytes);
        QVERIFY2(ex.closed, "the server must close after a refusal");
        QVERIFY2(ex.received.endsWith('\n'), ex.received.constData());
        QCOMPARE(ex.received.count('\n'), 1); // exactly ONE plain-text line
        const QString text = QString::fromUtf8(ex.received).trimmed();
        QVERIFY2(text.startsWith(expected), qPrintable(text));
        QVERIFY(!text.startsWith(QLatin1Char('{')));
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(server->plugins().size(), 0);
    }

    void assetsTooLarge()
    {
        RegistrationParser p([](const QString &k) { return k == QLatin1String("K"); });
        QCOMPARE(p.feed(handshake(QStringLiteral("K")).trimmed()).status, RegistrationParser::Status::Continue);
        QCOMPARE(p.feed(line(envelope(QStringLiteral("manifest_declaration"), manifest())).trimmed()).status,
                 RegistrationParser::Status::Continue);
        const QByteArray eightMiB(8 * 1024 * 1024, 'a');
        RegistrationParser::Step step;
        int chunks = 0;
        do {
            step = p.feed(assetChunk(QStringLiteral("big.bin"), eightMiB, false).trimmed());
            ++chunks;
        } while (step.status == RegistrationParser::Status::Continue && chunks < 20);
        QCOMPARE(step.status, RegistrationParser::Status::Refused);
        QVERIFY(step.refusal.startsWith(QStringLiteral("assets too large, at most 50MB")));
        // Like the daemon: decoded bytes so far + the incoming base64 size must stay <= 50 MiB.
        QCOMPARE(chunks, 6); // 5 × 8 MiB decoded + 10.7 MiB of base64 > 50 MiB
    }

    void registrationAcceptsDoubleNewlinesAndUnknownTypes()
    {
        RegistrationParser p([](const QString &) { return true; });
        QCOMPARE(p.feed("").status, RegistrationParser::Status::Continue);
        QCOMPARE(p.feed(handshake(QStringLiteral("K")).trimmed()).status, RegistrationParser::Status::Continue);
        QCOMPARE(p.feed(line(envelope(QStringLiteral("future_thing"), QJsonObject{{"a", 1}})).trimmed()).status,
                 RegistrationParser::Status::Continue);
        RegistrationParser::Step last;
        for (const QByteArray &l : registrationBody().split('\n')) {
            last = p.feed(l);
            if (last.status != RegistrationParser::Status::Continue)
                break;
        }
        QCOMPARE(last.status, RegistrationParser::Status::Complete);
        const Registration reg = p.takeRegistration();
        QCOMPARE(reg.pluginId(), QStringLiteral("acme/weather"));
        QCOMPARE(reg.assets.value(QStringLiteral("icon.svg")), iconBytes());
        QCOMPARE(reg.checksum(QStringLiteral("ws1")).size(), 64);
        QVERIFY(reg.checksum(QStringLiteral("ws1")) != reg.checksum(QStringLiteral("ws2")));
        QVERIFY(QRegularExpression(QStringLiteral("^(?:([a-z0-9_-]{1,64})\\/)?([a-z0-9_-]{1,255}):([0-9]{1,4})(\\.[0-9]{1,4}){1,3}(-\\w{1,16})?@[a-f0-9]{32,64}$"))
                    .match(reg.identifier(QStringLiteral("ws1")))
                    .hasMatch());
        const Plugin::PluginDeclaration decl = reg.toDeclaration();
        QCOMPARE(decl.manifest.author.value, QStringLiteral("acme"));
        QVERIFY(decl.manifest.permissions.storage);
        QVERIFY(decl.tool.has_value());
        QCOMPARE(decl.tool->tools.size(), 1);
    }

    void happyRegistrationOverRawSocket()
    {
        auto server = makeServer();
        MessageLog log;
        server->setMessageLog(&log);
        const QString key = server->keys()->currentKey();
        QSignalSpy registered(server.get(), &DebugServer::pluginRegistered);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, server->port());
        QTRY_COMPARE(s.state(), QAbstractSocket::ConnectedState);
        // The first heartbeat rides in the same packet as `end`: it must reach the connection.
        s.write(handshake(key) + registrationBody() + line(QJsonObject{{"event", "heartbeat"}, {"session_id", QJsonValue()}, {"data", QJsonObject{}}}));
        QTRY_COMPARE_WITH_TIMEOUT(registered.count(), 1, 5000);
        auto *p = registered.at(0).at(0).value<RegisteredPlugin *>();
        QCOMPARE(p->pluginId(), QStringLiteral("acme/weather"));
        QVERIFY(p->identifier().startsWith(QStringLiteral("acme/weather:0.0.1@")));
        QCOMPARE(p->checksum().size(), 64);
        QCOMPARE(p->assets().read(QStringLiteral("_assets/icon.svg")).value(), iconBytes());
        QVERIFY(p->isConnected());
        QTRY_VERIFY_WITH_TIMEOUT(p->connection()->lastHeartbeatMs() > 0, 3000);
        QCOMPARE(server->plugin(QStringLiteral("acme/weather")), p);
        // No success acknowledgement is sent.
        QTest::qWait(200);
        QCOMPARE(s.readAll(), QByteArray());
        // Inspector saw the registration.
        MessageFilter f;
        f.type = QStringLiteral("handshake");
        QCOMPARE(log.filtered(f).size(), 1);
        f.type = QStringLiteral("asset_chunk");
        QCOMPARE(log.filtered(f).size(), 1);
        f.type = QStringLiteral("heartbeat");
        QCOMPARE(log.filtered(f).size(), 1);

        // A request reaches the raw client; an answer finishes the invocation.
        auto *inv = p->connection()->invoke(Runtime::InvokeRequest::invokeTool(QStringLiteral("weather"), QStringLiteral("now"), {}));
        const QByteArray req = readLine(s);
        QVERIFY(req.endsWith('\n'));
        const QJsonObject reqObj = QJsonDocument::fromJson(req.trimmed()).object();
        QCOMPARE(reqObj.value("event").toString(), QStringLiteral("request"));
        const QString sid = reqObj.value("session_id").toString();
        s.write(line(QJsonObject{{"event", "session"}, {"session_id", sid},
                                 {"data", QJsonObject{{"type", "stream"}, {"data", QJsonObject{{"type", "text"}, {"message", QJsonObject{{"text", "21C"}}}, {"meta", QJsonValue()}}}}}}));
        s.write(line(QJsonObject{{"event", "session"}, {"session_id", sid}, {"data", QJsonObject{{"type", "end"}, {"data", QJsonObject{}}}}}));
        QVERIFY(waitFinished(inv));
        QCOMPARE(inv->state(), Runtime::InvocationState::Succeeded);
        QCOMPARE(inv->chunks().size(), 1);
        f.type = QStringLiteral("request:");
        QCOMPARE(log.filtered(f).size(), 1);
        QCOMPARE(log.filtered(f).first().direction, Direction::Out);
        QCOMPARE(log.filtered(f).first().type, QStringLiteral("request:tool/invoke_tool"));
        f = MessageFilter();
        f.sessionId = sid;
        QCOMPARE(log.filtered(f).size(), 3);

        QSignalSpy gone(server.get(), &DebugServer::pluginDisconnected);
        s.disconnectFromHost();
        QVERIFY(gone.wait(3000));
        QCOMPARE(gone.at(0).at(0).toString(), QStringLiteral("acme/weather"));
        QCOMPARE(server->plugins().size(), 0);
    }

    void pythonPluginRoundTripAndStorage()
    {
        auto server = makeServer();
        QTemporaryDir dir;
        Runtime::SqliteStorage storage(dir.filePath(QStringLiteral("storage.db")));
        QVERIFY(storage.open());
        Runtime::DefaultReverseHandler reverse;
        reverse.setStorage(&storage);
        server->setReverseHandler(&reverse);
        QProcess *proc = nullptr;
        RegisteredPlugin *p = registerClient(*server, proc, {QStringLiteral("--heartbeat"), QStringLiteral("0.5")});
        QVERIFY(p);
        QCOMPARE(p->pluginId(), QStringLiteral("studio/echo"));

        auto *inv = callTool(p, QJsonObject{{"city", "Lyon"}});
        QVERIFY(waitFinished(inv));
        QCOMPARE(inv->state(), Runtime::InvocationState::Succeeded);
        QCOMPARE(inv->chunks().size(), 2);
        QCOMPARE(inv->chunks().at(0).value("message").toObject().value("text").toString(),
                 QStringLiteral("echo:{\"city\": \"Lyon\"}"));

        auto *st = callTool(p, QJsonObject{{"mode", "storage"}, {"value", "hello"}});
        QVERIFY(waitFinished(st));
        QCOMPARE(st->state(), Runtime::InvocationState::Succeeded);
        QCOMPARE(st->chunks().last().value("message").toObject().value("text").toString(), QStringLiteral("storage:hello"));
        QCOMPARE(storage.get(QStringLiteral("studio/echo"), QStringLiteral("k1")).value(), QByteArray("hello"));

        // Concurrent slow calls interleave and each ends once.
        QList<Runtime::Invocation *> calls;
        for (int i = 0; i < 8; ++i)
            calls << callTool(p, QJsonObject{{"mode", "slow"}, {"count", 3}, {"delay", 0.05}});
        for (auto *c : calls) {
            QVERIFY(waitFinished(c));
            QCOMPARE(c->state(), Runtime::InvocationState::Succeeded);
            QCOMPARE(c->chunks().size(), 3);
        }

        auto *fail = callTool(p, QJsonObject{{"mode", "fail"}});
        QVERIFY(waitFinished(fail));
        QCOMPARE(fail->state(), Runtime::InvocationState::Failed);
        QVERIFY(fail->error().message.contains(QStringLiteral("asked to fail")));

        // The plugin dies in the middle of a call: the call fails at once.
        QSignalSpy gone(server.get(), &DebugServer::pluginDisconnected);
        QElapsedTimer t;
        auto *crash = callTool(p, QJsonObject{{"mode", "crash"}});
        t.start();
        QVERIFY(waitFinished(crash, 5000));
        QCOMPARE(crash->state(), Runtime::InvocationState::Failed);
        QVERIFY(t.elapsed() < 3000);
        QVERIFY(gone.count() == 1 || gone.wait(2000));
        killProc(proc);
    }

    void heartbeatLossCloses()
    {
        auto server = makeServer(2000, 1200);
        QProcess *proc = nullptr;
        RegisteredPlugin *p = registerClient(*server, proc, {QStringLiteral("--heartbeat"), QStringLiteral("0.2")});
        QVERIFY(p);
        // Heartbeats keep it alive past the window.
        QTest::qWait(1800);
        QVERIFY(server->plugin(QStringLiteral("studio/echo")));
        QSignalSpy gone(server.get(), &DebugServer::pluginDisconnected);
        auto *silent = callTool(p, QJsonObject{{"mode", "silent"}});
        QVERIFY(waitFinished(silent));
        QVERIFY(gone.wait(4000));
        QVERIFY(gone.at(0).at(1).toString().contains(QStringLiteral("heartbeat")));
        QVERIFY(!server->plugin(QStringLiteral("studio/echo")));
        killProc(proc);
    }

    void reconnectReplaces()
    {
        auto server = makeServer();
        QProcess *first = nullptr, *second = nullptr;
        RegisteredPlugin *p1 = registerClient(*server, first);
        QVERIFY(p1);
        auto *hang = callTool(p1, QJsonObject{{"mode", "hang"}});
        QSignalSpy gone(server.get(), &DebugServer::pluginDisconnected);
        RegisteredPlugin *p2 = registerClient(*server, second);
        QVERIFY(p2);
        QVERIFY(p2 != p1);
        QCOMPARE(gone.count(), 1);
        QVERIFY(gone.at(0).at(1).toString().contains(QStringLiteral("replaced")));
        QVERIFY(waitFinished(hang, 3000));
        QCOMPARE(hang->state(), Runtime::InvocationState::Failed);
        QCOMPARE(server->plugins().size(), 1);
        QCOMPARE(server->plugin(QStringLiteral("studio/echo")), p2);
        auto *ok = callTool(p2, QJsonObject{{"x", 1}});
        QVERIFY(waitFinished(ok));
        QCOMPARE(ok->state(), Runtime::InvocationState::Succeeded);
        // Several plugins at once.
        QProcess *third = nullptr;
        RegisteredPlugin *p3 = registerClient(*server, third, {QStringLiteral("--name"), QStringLiteral("other")});
        QVERIFY(p3);
        QCOMPARE(server->plugins().size(), 2);
        QVERIFY(server->disconnectPlugin(QStringLiteral("studio/other")));
        QCOMPARE(server->plugins().size(), 1);
        killProc(first);
        killProc(second);
        killProc(third);
    }

    void handshakeDeadline()
    {
        auto server = makeServer(400);
        QSignalSpy refused(server.get(), &DebugServer::connectionRefused);
        // Silent client: closed without a word after the deadline.
        Exchange ex = exchange(server->port(), QByteArray(), 3000);
        QVERIFY(ex.closed);
        QVERIFY(ex.received.isEmpty());
        QVERIFY2(ex.closedAfterMs >= 300 && ex.closedAfterMs < 2000, QByteArray::number(ex.closedAfterMs).constData());
        // Slow handshake: bytes trickle in, the deadline still applies.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, server->port());
        QTRY_COMPARE(s.state(), QAbstractSocket::ConnectedState);
        const QByteArray hs = handshake(server->keys()->currentKey());
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < hs.size() - 1 && s.state() == QAbstractSocket::ConnectedState; ++i) {
            s.write(hs.mid(i, 1));
            QTest::qWait(40);
        }
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, 3000);
        QVERIFY(t.elapsed() < 3000);
        QVERIFY(refused.count() >= 2);
        QCOMPARE(server->pendingConnectionCount(), 0);
    }

    void registrationDeadlines()
    {
        auto server = std::make_unique<DebugServer>();
        DebugServerOptions o;
        o.handshakeTimeoutMs = 5000;
        o.registrationTimeoutMs = 1200;
        o.registrationIdleMs = 500;
        o.heartbeatTimeoutMs = 800;
        o.heartbeatCheckMs = 100;
        server->setOptions(o);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        const QString key = server->keys()->currentKey();
        // A key holder that sends nothing after the handshake is no longer kept forever.
        Exchange ex = exchange(server->port(), handshake(key), 4000);
        QVERIFY(ex.closed);
        QVERIFY2(ex.received.startsWith("registration failed, nothing received for 0.5 s"), ex.received.constData());
        QCOMPARE(server->stats().registrationTimeouts, 1);
        // One that keeps trickling bytes never ends its registration: the overall deadline ends it.
        {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, server->port());
            QTRY_COMPARE(s.state(), QAbstractSocket::ConnectedState);
            s.write(handshake(key) + "{\"type\":\"manifest_declaration\",\"data\":{");
            QByteArray got;
            for (int i = 0; i < 60 && s.state() == QAbstractSocket::ConnectedState; ++i) {
                s.write(" ");
                QTest::qWait(100);
                got += s.readAll();
            }
            got += s.readAll();
            QCOMPARE(s.state(), QAbstractSocket::UnconnectedState);
            QVERIFY2(got.startsWith("registration failed, the registration did not end within 1.2 s"), got.constData());
        }
        QCOMPARE(server->stats().registrationTimeouts, 2);
        QCOMPARE(server->pendingConnectionCount(), 0);
        QCOMPARE(server->stats().pendingBytes, 0);
        // A registered plugin that never sends a heartbeat is dropped, as the daemon does.
        QSignalSpy registered(server.get(), &DebugServer::pluginRegistered);
        QSignalSpy gone(server.get(), &DebugServer::pluginDisconnected);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, server->port());
        QTRY_COMPARE(s.state(), QAbstractSocket::ConnectedState);
        s.write(handshake(key) + registrationBody());
        QTRY_COMPARE(registered.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 5000);
        QVERIFY(gone.at(0).at(1).toString().contains(QStringLiteral("no heartbeat")));
        QTRY_COMPARE(s.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(server->plugins().isEmpty());
    }

    void pluginCapIsCheckedAtTheEndOfARegistration()
    {
        auto server = std::make_unique<DebugServer>();
        DebugServerOptions o;
        o.maxPlugins = 2;
        server->setOptions(o);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        const QString key = server->keys()->currentKey();
        QSignalSpy registered(server.get(), &DebugServer::pluginRegistered);
        QList<std::shared_ptr<QTcpSocket>> plugins;
        auto connectPlugin = [&](const QString &name) {
            auto s = std::make_shared<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, server->port());
            s->write(handshake(key) + registrationBody(QStringLiteral("acme"), name));
            plugins << s;
        };
        connectPlugin(QStringLiteral("one"));
        connectPlugin(QStringLiteral("two"));
        QTRY_COMPARE(registered.count(), 2);
        Exchange ex = exchange(server->port(), handshake(key) + registrationBody(QStringLiteral("acme"), QStringLiteral("three")));
        QCOMPARE(ex.received, QByteArray("server is busy now, please try again later\n"));
        // A reconnect of a connected plugin replaces it and needs no new slot.
        connectPlugin(QStringLiteral("two"));
        QTRY_COMPARE(registered.count(), 3);
        QCOMPARE(server->plugins().size(), 2);
    }

    void hostileClientsDoNotDisturbAGoodPlugin()
    {
        auto server = makeServer(1500);
        QProcess *proc = nullptr;
        RegisteredPlugin *p = registerClient(*server, proc, {QStringLiteral("--heartbeat"), QStringLiteral("0.5")});
        QVERIFY(p);

        // A steady stream of calls from the good plugin while the attacks run.
        int succeeded = 0;
        bool stop = false;
        std::function<void()> next = [&] {
            if (stop)
                return;
            auto *inv = callTool(p, QJsonObject{{"n", succeeded}});
            connect(inv, &Runtime::Invocation::finished, this, [&, inv] {
                if (inv->state() == Runtime::InvocationState::Succeeded)
                    ++succeeded;
                QTimer::singleShot(0, this, next);
            });
        };
        next();

        // 1. Garbage bytes (binary, no newline) then close.
        {
            QTcpSocket g;
            g.connectToHost(QHostAddress::LocalHost, server->port());
            QTRY_COMPARE(g.state(), QAbstractSocket::ConnectedState);
            QByteArray junk;
            for (int i = 0; i < 4096; ++i)
                junk.append(char(i * 37));
            g.write(junk);
            QTRY_COMPARE_WITH_TIMEOUT(g.state(), QAbstractSocket::UnconnectedState, 5000);
        }
        // 2. A 6 MiB line before the handshake: refused with a clear line long before it ends.
        {
            QByteArray big(6 * 1024 * 1024, 'x');
            big.append('\n');
            const Exchange ex = exchange(server->port(), big, 5000);
            QVERIFY(ex.closed);
            QVERIFY2(ex.received.startsWith("handshake failed, invalid handshake message"), ex.received.left(200).constData());
        }
        // 3. A 6 MiB line after a valid handshake: over the 4 MiB a registration line may have,
        //    refused with a line that says so, without buffering the rest.
        {
            QByteArray big = handshake(server->keys()->currentKey()) + "{\"type\":\"asset_chunk\",\"data\":\""
                + QByteArray(6 * 1024 * 1024, 'A') + "\"}\n";
            const Exchange ex = exchange(server->port(), big, 8000);
            QVERIFY(ex.closed);
            QVERIFY2(ex.received.startsWith("registration failed, a line is longer than 4 MiB"),
                     ex.received.left(200).constData());
            QVERIFY(server->stats().peakConnectionBytes <= 4 * 1024 * 1024 + 64 * 1024);
        }
        // 3b. A line just under the registration cap is still read and judged on its content.
        {
            QByteArray big = handshake(server->keys()->currentKey()) + "{\"type\":\"asset_chunk\",\"data\":\""
                + QByteArray(3 * 1024 * 1024, 'A') + "\"}\n";
            const Exchange ex = exchange(server->port(), big, 8000);
            QVERIFY(ex.closed);
            QVERIFY2(ex.received.startsWith("transfer assets failed"), ex.received.left(200).constData());
        }
        // 4. 200 connections opened and dropped at once.
        {
            QList<QTcpSocket *> socks;
            for (int i = 0; i < 200; ++i) {
                auto *s = new QTcpSocket(this);
                s->connectToHost(QHostAddress::LocalHost, server->port());
                socks << s;
            }
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(socks.begin(), socks.end(), [](QTcpSocket *s) {
                return s->state() == QAbstractSocket::ConnectedState; }), 5000);
            QTest::qWait(100);
            for (auto *s : socks) {
                s->abort();
                delete s;
            }
            QTRY_COMPARE_WITH_TIMEOUT(server->pendingConnectionCount(), 0, 5000);
        }
        // 5. At the cap of unregistered connections the stalest idle one makes room (those before
        //    the handshake first), so a real plugin still registers; only when every slot holds a
        //    key holder that is talking is a new connection told "server is busy now".
        {
            DebugServerOptions o = server->options();
            o.maxPendingConnections = 5;
            o.evictKeyHolderIdleMs = 60000;
            o.handshakeTimeoutMs = 30000; // the idle sockets below must outlive the step
            server->setOptions(o);
            QList<QTcpSocket *> idle;
            for (int i = 0; i < 5; ++i) {
                auto *s = new QTcpSocket(this);
                s->connectToHost(QHostAddress::LocalHost, server->port());
                QTRY_COMPARE(s->state(), QAbstractSocket::ConnectedState);
                idle << s;
            }
            QTRY_COMPARE_WITH_TIMEOUT(server->pendingConnectionCount(), 5, 3000);
            const qint64 evictedBefore = server->stats().evicted;
            QSignalSpy registered(server.get(), &DebugServer::pluginRegistered);
            Exchange ex = exchange(server->port(),
                                   handshake(server->keys()->currentKey())
                                       + registrationBody(QStringLiteral("acme"), QStringLiteral("crowded")),
                                   1000);
            QVERIFY2(!ex.received.startsWith("server is busy"), ex.received.constData());
            QTRY_COMPARE(registered.count(), 1);
            QCOMPARE(server->stats().evicted, evictedBefore + 1);
            QTRY_COMPARE(std::count_if(idle.begin(), idle.end(),
                                       [](QTcpSocket *s) { return s->state() == QAbstractSocket::UnconnectedState; }),
                         1);
            qDeleteAll(idle);
            idle.clear();
            QTRY_COMPARE_WITH_TIMEOUT(server->pendingConnectionCount(), 0, 3000);
            // Five key holders in the middle of their registration are not displaced.
            const qint64 handshakes = server->stats().handshakes;
            for (int i = 0; i < 5; ++i) {
                auto *s = new QTcpSocket(this);
                s->connectToHost(QHostAddress::LocalHost, server->port());
                QTRY_COMPARE(s->state(), QAbstractSocket::ConnectedState);
                s->write(handshake(server->keys()->currentKey()));
                idle << s;
            }
            QTRY_COMPARE_WITH_TIMEOUT(server->stats().handshakes, handshakes + 5, 3000);
            QCOMPARE(server->pendingConnectionCount(), 5);
            ex = exchange(server->port(), handshake(server->keys()->currentKey()), 3000);
            QVERIFY(ex.closed);
            QCOMPARE(ex.received, QByteArray("server is busy now, please try again later\n"));
            qDeleteAll(idle);
            o.maxPendingConnections = 256;
            o.evictKeyHolderIdleMs = 1000;
            o.handshakeTimeoutMs = 1500;
            server->setOptions(o);
            QTRY_VERIFY(!server->plugin(QStringLiteral("acme/crowded"))); // its socket closed with the exchange
        }
        // 6. Wrong keys in a burst.
        for (int i = 0; i < 20; ++i) {
            const Exchange ex = exchange(server->port(), handshake(QStringLiteral("bad-%1").arg(i)), 3000);
            QVERIFY(ex.received.startsWith("handshake failed, invalid key"));
        }

        const int before = succeeded;
        QTRY_VERIFY_WITH_TIMEOUT(succeeded > before + 5, 5000);
        stop = true;
        QVERIFY(p->isConnected());
        QCOMPARE(server->plugin(QStringLiteral("studio/echo")), p);
        QVERIFY(succeeded > 20);
        QTest::qWait(100);
        killProc(proc);
    }

    void oversizedLineAfterRegistrationCloses()
    {
        auto server = std::make_unique<DebugServer>();
        DebugServerOptions o;
        o.maxLineBytes = 1024 * 1024; // 64 MiB by default; small here
        server->setOptions(o);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        QSignalSpy registered(server.get(), &DebugServer::pluginRegistered);
        QSignalSpy gone(server.get(), &DebugServer::pluginDisconnected);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, server->port());
        QTRY_COMPARE(s.state(), QAbstractSocket::ConnectedState);
        s.write(handshake(server->keys()->currentKey()) + registrationBody());
        QTRY_COMPARE(registered.count(), 1);
        s.write(QByteArray(2 * 1024 * 1024, 'x'));
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 5000);
        QVERIFY2(gone.at(0).at(1).toString().contains(QStringLiteral("longer than 1 MiB")),
                 qPrintable(gone.at(0).at(1).toString()));
    }

    void keyRotationOverTheWire()
    {
        auto server = makeServer();
        const QString oldKey = server->keys()->currentKey();
        const QString newKey = server->keys()->rotate();
        QSignalSpy registered(server.get(), &DebugServer::pluginRegistered);
        // The old key still works until revoked (a plugin restarted with the old .env).
        Exchange ex = exchange(server->port(), handshake(oldKey) + registrationBody(), 500);
        QVERIFY(!ex.received.startsWith("handshake failed"));
        QTRY_COMPARE(registered.count(), 1);
        server->keys()->revoke(oldKey);
        ex = exchange(server->port(), handshake(oldKey) + registrationBody(QStringLiteral("acme"), QStringLiteral("other")));
        QVERIFY(ex.received.startsWith("handshake failed, invalid key"));
        ex = exchange(server->port(), handshake(newKey) + registrationBody(QStringLiteral("acme"), QStringLiteral("third")), 500);
        QTRY_COMPARE(registered.count(), 2);
        QCOMPARE(registered.at(1).at(0).value<RegisteredPlugin *>()->pluginId(), QStringLiteral("acme/third"));
    }

    void externalAddressNeedsExplicitChoice()
    {
        DebugServer s;
        const auto refused = s.listen(QHostAddress::AnyIPv4, 0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        DebugServerOptions o;
        o.allowExternal = true;
        s.setOptions(o);
        QSignalSpy warn(&s, &DebugServer::exposureWarning);
        QVERIFY(s.listen(QHostAddress::AnyIPv4, 0));
        QVERIFY(s.isExposed());
        QCOMPARE(warn.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TstDebugServer)
#include "tst_debugserver.moc"
