// SPDX-License-Identifier: GPL-3.0-or-later
// The message inspector: classification, ring buffer, truncation, filters, capture files, and
// the tap on a real transport (a TCP pair on loopback).

#include "core/debug/inspector.h"
#include "core/debug/tcptransport.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Debug;

class TstDebugInspector : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("session");
        QTest::newRow("handshake") << QByteArray(R"({"type":"handshake","data":{"key":"k"}})") << "handshake" << "";
        QTest::newRow("manifest") << QByteArray(R"({"type":"manifest_declaration","data":{}})") << "manifest_declaration" << "";
        QTest::newRow("asset") << QByteArray(R"({"type":"asset_chunk","data":{}})") << "asset_chunk" << "";
        QTest::newRow("heartbeat") << QByteArray(R"({"event":"heartbeat","session_id":null,"data":{}})") << "heartbeat" << "";
        QTest::newRow("request") << QByteArray(R"({"session_id":"s1","event":"request","data":{"type":"tool","action":"invoke_tool"}})")
                                 << "request:tool/invoke_tool" << "s1";
        QTest::newRow("stream") << QByteArray(R"({"event":"session","session_id":"s2","data":{"type":"stream","data":{}}})") << "stream" << "s2";
        QTest::newRow("end") << QByteArray(R"({"event":"session","session_id":"s2","data":{"type":"end","data":{}}})") << "end" << "s2";
        QTest::newRow("invoke") << QByteArray(R"({"event":"session","session_id":"s3","data":{"type":"invoke","data":{"type":"storage"}}})")
                                << "invoke:storage" << "s3";
        QTest::newRow("backwards") << QByteArray(R"({"session_id":"s3","event":"backwards_response","data":{"event":"end"}})")
                                   << "backwards_response:end" << "s3";
        QTest::newRow("log") << QByteArray(R"({"event":"log","data":{"level":"INFO"}})") << "log" << "";
        QTest::newRow("garbage") << QByteArray("handshake failed, invalid key") << "invalid" << "";
    }

    void classify()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, type);
        QFETCH(QString, session);
        const LineClass c = classifyLine(line, Direction::In);
        QCOMPARE(c.type, type);
        QCOMPARE(c.sessionId, session);
    }

    void ringBufferAndTruncation()
    {
        MessageLog log;
        log.setCapacity(100);
        log.setMaxStoredBytes(16);
        QSignalSpy added(&log, &MessageLog::messageAdded);
        QSignalSpy dropped(&log, &MessageLog::messagesDropped);
        for (int i = 0; i < 250; ++i)
            log.record(i % 2 ? Direction::In : Direction::Out, QStringLiteral("a/b"),
                       QStringLiteral(R"({"event":"heartbeat","n":%1})").arg(i).toUtf8());
        QCOMPARE(log.count(), 100);
        QCOMPARE(added.count(), 250);
        QCOMPARE(dropped.count(), 150);
        QCOMPARE(log.droppedCount(), 150);
        QCOMPARE(log.at(0).id, 151); // the oldest retained message
        QCOMPARE(log.at(99).id, 250);
        QVERIFY(log.at(0).truncated);
        QCOMPARE(log.at(0).raw.size(), 16);
        QVERIFY(log.at(0).size > 16);
        QCOMPARE(log.at(0).type, QStringLiteral("heartbeat")); // classified before truncation
        log.setCapacity(10);
        QCOMPARE(log.count(), 10);
        QCOMPARE(log.at(0).id, 241);
    }

    void memoryStaysBoundedAtDefaultCapacity()
    {
        MessageLog log;
        QCOMPARE(log.capacity(), 100000);
        const QByteArray line = R"({"event":"session","session_id":"s","data":{"type":"stream","data":{"x":1}}})";
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 150000; ++i)
            log.record(Direction::In, QStringLiteral("a/b"), line);
        QCOMPARE(log.count(), 100000);
        qInfo("150k records in %lld ms", t.elapsed());
    }

    void filters()
    {
        MessageLog log;
        log.record(Direction::Out, QStringLiteral("a/one"), R"({"session_id":"s1","event":"request","data":{"type":"tool","action":"invoke_tool"}})");
        log.record(Direction::In, QStringLiteral("a/one"), R"({"event":"session","session_id":"s1","data":{"type":"end","data":{}}})");
        log.record(Direction::In, QStringLiteral("a/two"), R"({"event":"heartbeat","session_id":null,"data":{}})");
        MessageFilter f;
        f.pluginId = QStringLiteral("a/one");
        QCOMPARE(log.filtered(f).size(), 2);
        f = {};
        f.sessionId = QStringLiteral("s1");
        QCOMPARE(log.filtered(f).size(), 2);
        f = {};
        f.type = QStringLiteral("request:");
        QCOMPARE(log.filtered(f).size(), 1);
        f.type = QStringLiteral("request:tool/");
        QCOMPARE(log.filtered(f).size(), 1);
        f.type = QStringLiteral("request");
        QCOMPARE(log.filtered(f).size(), 0); // exact match without a trailing ':'
        f = {};
        f.direction = Direction::In;
        QCOMPARE(log.filtered(f).size(), 2);
    }

    void captureRoundTrip()
    {
        QTemporaryDir dir;
        MessageLog log;
        log.setMaxStoredBytes(8);
        log.record(Direction::Out, QStringLiteral("a/b"), R"({"session_id":"s1","event":"request","data":{"type":"tool","action":"invoke_tool"}})");
        log.record(Direction::In, QStringLiteral("a/b"), QByteArray("\x00\x01" "binary" "\xff", 9));
        log.record(Direction::In, QStringLiteral("c/d"), R"({"event":"heartbeat"})");
        const QString path = dir.filePath(QStringLiteral("cap.jsonl"));
        QVERIFY(log.save(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value("format").toString(), QStringLiteral("plugin-studio-capture"));
        f.close();

        MessageLog reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(reopened.count(), 3);
        QCOMPARE(reopened.at(0).type, QStringLiteral("request:tool/invoke_tool"));
        QCOMPARE(reopened.at(0).sessionId, QStringLiteral("s1"));
        QVERIFY(reopened.at(0).truncated);
        QCOMPARE(reopened.at(1).raw, QByteArray("\x00\x01" "binary", 8));
        QCOMPARE(reopened.at(1).direction, Direction::In);
        QCOMPARE(reopened.at(2).pluginId, QStringLiteral("c/d"));

        // Filtered save.
        MessageFilter only;
        only.pluginId = QStringLiteral("c/d");
        QVERIFY(log.save(path, only));
        QCOMPARE(MessageLog::load(path).value().size(), 1);

        // Broken files give clear errors and leave the log untouched.
        QFile bad(dir.filePath(QStringLiteral("bad.jsonl")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\":\"something-else\"}\n");
        bad.close();
        auto r = reopened.open(bad.fileName());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(reopened.count(), 3);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\":\"plugin-studio-capture\",\"version\":1}\nnot json\n");
        bad.close();
        r = reopened.open(bad.fileName());
        QVERIFY(!r);
        QCOMPARE(r.error().line, 2);
        QVERIFY(!MessageLog::load(dir.filePath(QStringLiteral("missing.jsonl"))));
    }

    void tapOnARealTransport()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket peer;
        peer.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *accepted = server.nextPendingConnection();
        MessageLog log;
        auto tapped = log.wrap(std::make_unique<TcpTransport>(accepted), QStringLiteral("x/y"));
        QSignalSpy lines(tapped.get(), &Runtime::PluginTransport::lineReceived);
        QTRY_COMPARE(peer.state(), QAbstractSocket::ConnectedState);
        peer.write("{\"event\":\"heartbeat\",\"session_id\":null,\"data\":{}}\n\n");
        QTRY_COMPARE(lines.count(), 1);
        QVERIFY(tapped->sendLine(R"({"session_id":"s9","event":"request","data":{"type":"model","action":"invoke_llm"}})"));
        QTRY_VERIFY(peer.canReadLine());
        QCOMPARE(log.count(), 2);
        QCOMPARE(log.at(0).direction, Direction::In);
        QCOMPARE(log.at(0).type, QStringLiteral("heartbeat"));
        QCOMPARE(log.at(1).direction, Direction::Out);
        QCOMPARE(log.at(1).type, QStringLiteral("request:model/invoke_llm"));
        QCOMPARE(log.at(1).pluginId, QStringLiteral("x/y"));
        QSignalSpy closed(tapped.get(), &Runtime::PluginTransport::closed);
        peer.disconnectFromHost();
        QTRY_COMPARE(closed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TstDebugInspector)
#include "tst_debuginspector.moc"
