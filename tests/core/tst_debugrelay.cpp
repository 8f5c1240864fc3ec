// SPDX-License-Identifier: GPL-3.0-or-later
// DebugRelay between a plugin (raw client) and a fake Dify debug host (a QTcpServer in the test),
// all on loopback.

#include "tst_debug_common.h"

#include "core/debug/inspector.h"
#include "core/debug/relay.h"

#include <QTcpServer>
#include <QtTest>

using namespace Studio;
using namespace Studio::Debug;
using namespace DebugTest;

class TstDebugRelay : public QObject
{
    Q_OBJECT

    struct Setup
    {
        QTcpServer upstream;
        DebugRelay relay;
        MessageLog log;
        QString localKey;
    };

    static void start(Setup &s)
    {
        QVERIFY(s.upstream.listen(QHostAddress::LocalHost, 0));
        s.relay.setUpstream(QStringLiteral("127.0.0.1"), s.upstream.serverPort(), QStringLiteral("UPSTREAM-KEY"));
        s.relay.setMessageLog(&s.log);
        QVERIFY(s.relay.listen(QHostAddress::LocalHost, 0));
        s.localKey = s.relay.keys()->currentKey();
    }

    static QTcpSocket *connectPlugin(quint16 port, QObject *parent)
    {
        auto *c = new QTcpSocket(parent);
        c->connectToHost(QHostAddress::LocalHost, port);
        return c;
    }

private slots:
    void needsUpstream()
    {
        DebugRelay r;
        const auto res = r.listen();
        QVERIFY(!res);
        QVERIFY(res.error().message.contains(QStringLiteral("Dify debug host")));
    }

    void largeDeclarationInTheHandshakePacket()
    {
        // The handshake line is capped at 4 KiB, but the declarations that arrive in the same read
        // are registration lines with their own cap: a 300 KB tool declaration passes whole.
        Setup s;
        start(s);
        QTcpSocket *plugin = connectPlugin(s.relay.port(), this);
        QTRY_COMPARE(plugin->state(), QAbstractSocket::ConnectedState);
        QJsonArray tools = toolDecl();
        QJsonObject provider = tools.first().toObject();
        provider.insert(QStringLiteral("padding"), QString(300000, QLatin1Char('p')));
        tools[0] = provider;
        const QByteArray body = line(envelope(QStringLiteral("manifest_declaration"), manifest()))
            + line(envelope(QStringLiteral("tool_declaration"), tools));
        plugin->write(handshake(s.localKey) + body);
        QTRY_VERIFY(s.upstream.hasPendingConnections());
        QTcpSocket *host = s.upstream.nextPendingConnection();
        readLine(*host);
        QByteArray rest;
        QTRY_VERIFY_WITH_TIMEOUT((rest += host->readAll()).size() >= body.size(), 5000);
        QCOMPARE(rest, body);
        // A first line that is not a short handshake is refused before it is buffered whole.
        QTcpSocket *junk = connectPlugin(s.relay.port(), this);
        QTRY_COMPARE(junk->state(), QAbstractSocket::ConnectedState);
        junk->write(QByteArray(1024 * 1024, 'x'));
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += junk->readAll()).contains('\n') || junk->state() != QAbstractSocket::ConnectedState, 5000);
        said += junk->readAll();
        QVERIFY2(said.startsWith("handshake failed, invalid handshake message"), said.constData());
        delete junk;
        delete plugin;
    }

    void forwardsBothWaysAndRewritesTheKey()
    {
        Setup s;
        start(s);
        QSignalSpy started(&s.relay, &DebugRelay::sessionStarted);
        QTcpSocket *plugin = connectPlugin(s.relay.port(), this);
        QTRY_COMPARE(plugin->state(), QAbstractSocket::ConnectedState);
        plugin->write(handshake(s.localKey) + registrationBody());
        QTRY_VERIFY(s.upstream.hasPendingConnections());
        QTcpSocket *host = s.upstream.nextPendingConnection();
        QTRY_COMPARE(started.count(), 1);

        // The handshake arrives with the upstream key, the rest byte for byte.
        const QByteArray first = readLine(*host);
        const QJsonObject hs = QJsonDocument::fromJson(first).object();
        QCOMPARE(hs.value("type").toString(), QStringLiteral("handshake"));
        QCOMPARE(hs.value("data").toObject().value("key").toString(), QStringLiteral("UPSTREAM-KEY"));
        QByteArray rest;
        QTRY_VERIFY((rest += host->readAll()).size() >= registrationBody().size());
        QCOMPARE(rest, registrationBody());

        // Host → plugin request, plugin → host answer.
        const QByteArray request = R"({"session_id":"s1","event":"request","data":{"type":"tool","action":"invoke_tool"}})";
        host->write(request + "\n");
        QCOMPARE(readLine(*plugin), request + "\n");
        const QByteArray answer = R"({"event":"session","session_id":"s1","data":{"type":"end","data":{}}})";
        plugin->write(answer + "\n\n");
        QByteArray got;
        QTRY_VERIFY((got += host->readAll()).contains(answer));
        QCOMPARE(got, answer + "\n\n");

        // Every line is in the inspector, attributed to the plugin id once the manifest was seen.
        MessageFilter f;
        f.type = QStringLiteral("handshake");
        QCOMPARE(s.log.filtered(f).size(), 1);
        f.type = QStringLiteral("request:tool/invoke_tool");
        QCOMPARE(s.log.filtered(f).size(), 1);
        QCOMPARE(s.log.filtered(f).first().direction, Direction::Out);
        QCOMPARE(s.log.filtered(f).first().pluginId, QStringLiteral("acme/weather"));
        f.type = QStringLiteral("end");
        QCOMPARE(s.log.filtered(f).size(), 2); // registration end + session end

        // The host closing closes the plugin side.
        QSignalSpy ended(&s.relay, &DebugRelay::sessionEnded);
        host->disconnectFromHost();
        QTRY_COMPARE(plugin->state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(s.relay.activeSessions(), 0);
    }

    void upstreamRefusalReachesThePlugin()
    {
        Setup s;
        start(s);
        QSignalSpy refused(&s.relay, &DebugRelay::upstreamRefused);
        QTcpSocket *plugin = connectPlugin(s.relay.port(), this);
        QTRY_COMPARE(plugin->state(), QAbstractSocket::ConnectedState);
        plugin->write(handshake(s.localKey));
        QTRY_VERIFY(s.upstream.hasPendingConnections());
        QTcpSocket *host = s.upstream.nextPendingConnection();
        QVERIFY(!readLine(*host).isEmpty());
        host->write("handshake failed, invalid key\n");
        host->disconnectFromHost();
        QCOMPARE(readLine(*plugin), QByteArray("handshake failed, invalid key\n"));
        QTRY_COMPARE(plugin->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(1).toString(), QStringLiteral("handshake failed, invalid key"));
    }

    void pluginClosingClosesUpstream()
    {
        Setup s;
        start(s);
        QTcpSocket *plugin = connectPlugin(s.relay.port(), this);
        QTRY_COMPARE(plugin->state(), QAbstractSocket::ConnectedState);
        plugin->write(handshake(s.localKey));
        QTRY_VERIFY(s.upstream.hasPendingConnections());
        QTcpSocket *host = s.upstream.nextPendingConnection();
        QVERIFY(!readLine(*host).isEmpty());
        plugin->disconnectFromHost();
        QTRY_COMPARE(host->state(), QAbstractSocket::UnconnectedState);
    }

    void wrongLocalKeyNeverReachesUpstream()
    {
        Setup s;
        start(s);
        const Exchange ex = exchange(s.relay.port(), handshake(QStringLiteral("UPSTREAM-KEY")));
        QVERIFY(ex.closed);
        QVERIFY(ex.received.startsWith("handshake failed, invalid key"));
        QTest::qWait(100);
        QVERIFY(!s.upstream.hasPendingConnections());
        const Exchange garbage = exchange(s.relay.port(), "hello\n");
        QVERIFY(garbage.received.startsWith("handshake failed, invalid handshake message"));
    }

    void unreachableUpstreamIsExplained()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 deadPort = probe.serverPort();
        probe.close();
        DebugRelay relay;
        relay.setUpstream(QStringLiteral("127.0.0.1"), deadPort, QStringLiteral("K"));
        QVERIFY(relay.listen(QHostAddress::LocalHost, 0));
        const Exchange ex = exchange(relay.port(), handshake(relay.keys()->currentKey()));
        QVERIFY(ex.closed);
        QVERIFY2(ex.received.startsWith("relay failed, cannot reach the Dify debug host 127.0.0.1:"), ex.received.constData());
    }
};

QTEST_GUILESS_MAIN(TstDebugRelay)
#include "tst_debugrelay.moc"
