// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile peers against the studio's real servers on loopback (issues #17.1, #17.2, #15): the
// endpoint server, the remote-debug server, the file store and the OAuth listener share one
// HTTP parser and one line splitter, and each attack below is rebuilt from scratch while a good
// client (an HTTP request to a real plugin's endpoint, a tool call to a real debug-connected
// plugin) keeps getting answers. What is asserted are the caps the servers expose (bytes held per
// connection and in total, connections, counters) and this process's RSS with a generous bound,
// never timings.

#include "tests/core/tst_debug_common.h"

#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/runtime/filestore.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <memory>

using namespace Studio;
using namespace Studio::Debug;
using namespace DebugTest;

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

// A hostile client: sends `head`, then `total` more bytes made of `piece`, never more than 256 KiB
// in flight (so the attacker's own buffers stay small), and collects the first 64 KiB it gets back.
class Streamer : public QObject
{
public:
    Streamer(quint16 port, QByteArray head, qint64 total, QByteArray piece, QObject *parent = nullptr)
        : QObject(parent), m_head(std::move(head)), m_total(total), m_piece(std::move(piece))
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_socket.write(m_head);
            pump();
        });
        connect(&m_socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            const QByteArray d = m_socket.readAll();
            if (received.size() < 64 * 1024)
                received += d.left(64 * 1024 - received.size());
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                closed = true;
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    int status() const { return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0; }
    void trickle(const QByteArray &bytes)
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            m_socket.write(bytes);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    QByteArray received;
    bool closed = false;
    qint64 sent = 0;

private:
    void pump()
    {
        while (sent < m_total && m_socket.state() == QAbstractSocket::ConnectedState
               && m_socket.bytesToWrite() < 256 * 1024) {
            const qint64 n = std::min<qint64>(m_piece.size(), m_total - sent);
            m_socket.write(m_piece.constData(), n);
            sent += n;
        }
    }

    QTcpSocket m_socket;
    QByteArray m_head;
    qint64 m_total;
    QByteArray m_piece;
};

// One request, read until the server closes (the event loop keeps running meanwhile).
int httpStatus(quint16 port, const QByteArray &request, QByteArray *response = nullptr, int timeoutMs = 20000)
{
    QTcpSocket s;
    QByteArray raw;
    QObject::connect(&s, &QTcpSocket::readyRead, &s, [&] { raw += s.readAll(); });
    QObject::connect(&s, &QTcpSocket::connected, &s, [&] { s.write(request); });
    s.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs && !(s.state() == QAbstractSocket::UnconnectedState && t.elapsed() > 0))
        QTest::qWait(2);
    if (response)
        *response = raw;
    return raw.startsWith("HTTP/1.1 ") ? raw.mid(9, 3).toInt() : 0;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return done();
}

} // namespace

class TstHostileServers : public QObject
{
    Q_OBJECT

    std::unique_ptr<DebugServer> m_debug;
    std::unique_ptr<EndpointRegistry> m_registry;
    std::unique_ptr<EndpointServer> m_http;
    QProcess *m_plugin = nullptr;
    QString m_hook;
    qint64 m_rssStart = 0;
    int m_good = 0;

    QByteArray goodRequest() const
    {
        const QByteArray body = R"({"good":"yes"})";
        return "POST /e/" + m_hook.toUtf8() + "/echo?good=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    // The good client: an endpoint request answered by the real plugin, and a tool call to it.
    bool goodClientAnswered()
    {
        QByteArray response;
        if (httpStatus(m_http->port(), goodRequest(), &response) != 201 || !response.contains("\\\"good\\\""))
            return false;
        RegisteredPlugin *p = m_debug->plugin(QStringLiteral("studio/echo"));
        if (!p)
            return false;
        Runtime::Invocation *inv = p->connection()->invoke(
            Runtime::InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("say"), QJsonObject{{"n", m_good}}));
        const bool ok = waitUntil([inv] { return inv->isFinished(); }, 15000)
            && inv->state() == Runtime::InvocationState::Succeeded;
        inv->deleteLater();
        if (ok)
            ++m_good;
        return ok;
    }

    // Runs the good client until `attackDone` (at least `minimum` answers), failing on any miss.
    void keepAnsweringWhile(const std::function<bool()> &attackDone, int minimum = 3, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        int answered = 0;
        while ((answered < minimum || !attackDone()) && t.elapsed() < timeoutMs) {
            QVERIFY2(goodClientAnswered(), "the good client got no answer during the attack");
            ++answered;
        }
        QVERIFY2(attackDone(), "the attack did not end within its time");
    }

    std::unique_ptr<EndpointServer> makeEndpointServer(const Net::HttpServerLimits *limits = nullptr)
    {
        auto s = std::make_unique<EndpointServer>(m_registry.get()); // the studio's defaults
        if (limits)
            s->setLimits(*limits);
        DebugServer *dbg = m_debug.get();
        s->setResolver([dbg](const QString &id) -> Runtime::PluginConnection * {
            RegisteredPlugin *p = dbg->plugin(id);
            return p ? p->connection() : nullptr;
        });
        if (!s->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        return s;
    }

private slots:
    void initTestCase()
    {
        m_rssStart = rssKiB();
        m_debug = std::make_unique<DebugServer>();
        DebugServerOptions o;
        o.registrationIdleMs = 2000;  // idle key holders go after 2 s here (10 s by default)
        o.handshakeTimeoutMs = 2000;
        m_debug->setOptions(o);
        QVERIFY(m_debug->listen(QHostAddress::LocalHost, 0));
        QSignalSpy reg(m_debug.get(), &DebugServer::pluginRegistered);
        m_plugin = startClient(m_debug->port(), m_debug->keys()->currentKey(),
                               {QStringLiteral("--endpoint"), QStringLiteral("--heartbeat"), QStringLiteral("0.5")}, this);
        QVERIFY(reg.wait(15000));
        m_registry = std::make_unique<EndpointRegistry>();
        m_hook = m_registry->create(QStringLiteral("studio/echo"), QStringLiteral("main")).hookId;
        m_http = makeEndpointServer();
        QVERIFY(m_http);
        QVERIFY(goodClientAnswered());
    }

    void cleanupTestCase()
    {
        // Memory after every attack: bounded (generous: the attacks pushed gigabytes at us).
        const qint64 rss = rssKiB();
        qInfo("RSS: %lld KiB at start, %lld KiB after all attacks; %d good answers", m_rssStart, rss, m_good);
        QVERIFY2(rss - m_rssStart < 256 * 1024, QByteArray::number(rss - m_rssStart).constData());
        m_http.reset();
        m_debug.reset();
        if (m_plugin) {
            m_plugin->kill();
            m_plugin->waitForFinished(3000);
        }
    }

    // #17.1: a chunk-size line that never ends grew the buffer without limit (57 → 469 MB).
    void unterminatedChunkSizeLines()
    {
        const qint64 rss = rssKiB();
        QList<Streamer *> attackers;
        const QByteArray head = "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 20; ++i)
            attackers << new Streamer(m_http->port(), head, 32LL * 1024 * 1024, QByteArray(64 * 1024, 'f'), this);
        keepAnsweringWhile([&] {
            return std::all_of(attackers.begin(), attackers.end(), [](Streamer *s) { return s->closed; });
        });
        for (Streamer *s : attackers)
            QCOMPARE(s->status(), 400);
        QVERIFY2(m_http->stats().peakConnectionBytes < 256 * 1024, QByteArray::number(m_http->stats().peakConnectionBytes).constData());
        QVERIFY2(rssKiB() - rss < 64 * 1024, "RSS grew by more than 64 MiB");
        qDeleteAll(attackers);
    }

    // #17.1: 7fffffffffffffff overflowed body.size() + size and slipped past the body cap.
    void overflowingChunkSizes()
    {
        const qint64 requests = m_http->stats().requests;
        const QByteArray head = "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (const QByteArray &size : {QByteArray("7fffffffffffffff"), QByteArray("8000000000000000"),
                                       QByteArray("ffffffffffffffff"), QByteArray("1ffffffffffffffff"),
                                       QByteArray(40, 'f'), QByteArray("a00001")})
            QCOMPARE(httpStatus(m_http->port(), head + "4\r\nabcd\r\n" + size + "\r\nxyz"), 413);
        // Many chunks adding up past the cap are refused at the cap, not at their sum.
        Streamer sum(m_http->port(), head, 16LL * 1024 * 1024, "ffff\r\n" + QByteArray(0xffff, 'x') + "\r\n", this);
        QVERIFY(goodClientAnswered());
        QVERIFY(waitUntil([&] { return sum.closed; }, 30000));
        QCOMPARE(sum.status(), 413);
        QCOMPARE(m_http->stats().requests, requests + 1); // only the good client's request went through
    }

    void smuggledRequests()
    {
        const qint64 requests = m_http->stats().requests;
        const QByteArray h = "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\n";
        const QByteArray smuggled = "GET /e/" + m_hook.toUtf8() + "/smuggled HTTP/1.1\r\nHost: h\r\n\r\n";
        const QList<QByteArray> attacks = {
            // CL.TE and TE.CL
            h + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled,
            h + "Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n5c\r\n" + smuggled + "\r\n0\r\n\r\n",
            // TE obfuscations
            h + "Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n" + smuggled,
            h + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n" + smuggled,
            h + "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n" + smuggled,
            h + "Transfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n" + smuggled,
            h + "Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n" + smuggled,
            // Two lengths
            h + "Content-Length: 0\r\nContent-Length: " + QByteArray::number(smuggled.size()) + "\r\n\r\n" + smuggled,
            h + "Content-Length: 0, " + QByteArray::number(smuggled.size()) + "\r\n\r\n" + smuggled,
            // A bare CR as a line end
            h + "X-A: 1\rContent-Length: 0\r\n\r\n" + smuggled,
        };
        for (const QByteArray &a : attacks) {
            QByteArray response;
            const int status = httpStatus(m_http->port(), a, &response);
            QVERIFY2(status == 400 || status == 501, response.left(200).constData());
            QVERIFY(!response.contains("/smuggled"));
        }
        QCOMPARE(m_http->stats().requests, requests);
        QVERIFY(goodClientAnswered());
    }

    void pipelinedRequests()
    {
        const qint64 requests = m_http->stats().requests;
        const qint64 dropped = m_http->stats().pipelinedDropped;
        QByteArray ten;
        for (int i = 0; i < 10; ++i)
            ten += goodRequest();
        QByteArray response;
        QCOMPARE(httpStatus(m_http->port(), ten, &response), 201);
        QCOMPARE(response.count("HTTP/1.1 "), 1);       // one answer ...
        QCOMPARE(m_http->stats().requests, requests + 1); // ... to one request that reached the plugin
        QCOMPARE(m_http->stats().pipelinedDropped, dropped + 1);
        QVERIFY(goodClientAnswered());
    }

    void slowLorisHeadersAndIdleConnections()
    {
        Net::HttpServerLimits l = m_http->limits();
        l.requestTimeoutMs = 1500;
        l.maxConnections = 64;
        auto server = makeEndpointServer(&l);
        QVERIFY(server);
        const QByteArray good = "GET /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\n\r\n";
        // 200 connections: 100 trickle a header byte every 50 ms, 100 send nothing at all.
        QList<Streamer *> loris, idle;
        for (int i = 0; i < 100; ++i) {
            loris << new Streamer(server->port(), "GET /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nX-Slow: ", 0, {}, this);
            idle << new Streamer(server->port(), {}, 0, {}, this);
        }
        QTimer drip;
        connect(&drip, &QTimer::timeout, this, [&] {
            for (Streamer *s : std::as_const(loris))
                s->trickle("a");
        });
        drip.start(50);
        // Over the cap (64) the stalest unfinished requests make room: the good request always gets in.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(httpStatus(server->port(), good), 201);
        QVERIFY(waitUntil([&] {
                    return std::all_of(loris.begin(), loris.end(), [](Streamer *s) { return s->closed; })
                        && std::all_of(idle.begin(), idle.end(), [](Streamer *s) { return s->closed; });
                }, 20000));
        drip.stop();
        for (Streamer *s : std::as_const(loris))
            QVERIFY2(s->status() == 408 || s->status() == 503, s->received.left(80).toHex().constData());
        for (Streamer *s : std::as_const(idle))
            QVERIFY(s->received.isEmpty() || s->status() == 503);
        QVERIFY(server->stats().timedOut > 0);
        QVERIFY(server->stats().evicted > 0);
        QVERIFY(server->stats().peakActive <= 64);
        QVERIFY(waitUntil([&] { return server->stats().connections == 0; }, 10000));
        qDeleteAll(loris);
        qDeleteAll(idle);
        QVERIFY(goodClientAnswered());
    }

    void sixMiBLines()
    {
        // A 6 MiB header line to the endpoint server and to the file store.
        Runtime::FileStore files;
        QVERIFY(files.listen());
        Streamer header(m_http->port(), "GET /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nX-Big: ", 6 * 1024 * 1024,
                        QByteArray(64 * 1024, 'h'), this);
        Streamer upload(files.port(), "POST /upload/x HTTP/1.1\r\nX-Big: ", 6 * 1024 * 1024, QByteArray(64 * 1024, 'h'), this);
        keepAnsweringWhile([&] { return header.closed && upload.closed; });
        QCOMPARE(header.status(), 431);
        QCOMPARE(upload.status(), 431);
        // A 6 MiB line on the debug port, before and after a valid handshake.
        const qint64 peak = m_debug->stats().peakConnectionBytes;
        Streamer before(m_debug->port(), {}, 6 * 1024 * 1024, QByteArray(64 * 1024, 'x'), this);
        Streamer after(m_debug->port(), handshake(m_debug->keys()->currentKey()) + "{\"type\":\"asset_chunk\",\"data\":\"",
                       6 * 1024 * 1024, QByteArray(64 * 1024, 'A'), this);
        keepAnsweringWhile([&] { return before.closed && after.closed; });
        QVERIFY2(before.received.startsWith("handshake failed, invalid handshake message"), before.received.left(100).constData());
        QVERIFY2(after.received.startsWith("registration failed, a line is longer than 4 MiB"), after.received.left(100).constData());
        QVERIFY(std::max(peak, m_debug->stats().peakConnectionBytes) <= 4 * 1024 * 1024 + 128 * 1024);
    }

    void hundredMegabyteBodies()
    {
        const qint64 rss = rssKiB();
        const QByteArray post = "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\n";
        // Announced: refused before a byte of the body is read.
        Streamer announced(m_http->port(), post + "Content-Length: 104857600\r\n\r\n", 100LL * 1024 * 1024,
                           QByteArray(64 * 1024, 'b'), this);
        // Chunked: refused when it passes the 10 MiB cap.
        Streamer chunked(m_http->port(), post + "Transfer-Encoding: chunked\r\n\r\n", 100LL * 1024 * 1024,
                         "10000\r\n" + QByteArray(0x10000, 'c') + "\r\n", this);
        // The file store: its 15 MiB upload cap.
        Runtime::FileStore files;
        QVERIFY(files.listen());
        const QUrl up = files.createUploadUrl(QStringLiteral("big.bin"), {});
        Streamer upload(files.port(), "POST " + up.path().toLatin1() + " HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                                          "Transfer-Encoding: chunked\r\n\r\n",
                        100LL * 1024 * 1024, "10000\r\n" + QByteArray(0x10000, 'u') + "\r\n", this);
        keepAnsweringWhile([&] { return announced.closed && chunked.closed && upload.closed; });
        QCOMPARE(announced.status(), 413);
        QCOMPARE(chunked.status(), 413);
        QCOMPARE(upload.status(), 413);
        QVERIFY(files.files().isEmpty());
        QVERIFY(m_http->stats().peakConnectionBytes <= m_http->limits().request.maxBodyBytes + 256 * 1024);
        QVERIFY2(rssKiB() - rss < 96 * 1024, QByteArray::number(rssKiB() - rss).constData());
    }

    void thousandConnects()
    {
        // 1,000 connections at once to the endpoint server and to the debug port (both capped at 256).
        QList<QTcpSocket *> socks;
        for (int i = 0; i < 1000; ++i) {
            for (quint16 port : {m_http->port(), m_debug->port()}) {
                auto *s = new QTcpSocket(this);
                s->connectToHost(QHostAddress::LocalHost, port);
                socks << s;
            }
        }
        QVERIFY(goodClientAnswered());
        QVERIFY(m_http->stats().peakActive <= m_http->limits().maxConnections);
        QVERIFY(m_debug->pendingConnectionCount() <= m_debug->options().maxPendingConnections);
        // A new plugin registers in the middle of it (the idle connections make room).
        QSignalSpy registered(m_debug.get(), &DebugServer::pluginRegistered);
        QProcess *second = startClient(m_debug->port(), m_debug->keys()->currentKey(), {QStringLiteral("--name"), QStringLiteral("second")}, this);
        QVERIFY(registered.wait(20000));
        QVERIFY(goodClientAnswered());
        for (QTcpSocket *s : socks)
            s->abort();
        qDeleteAll(socks);
        QVERIFY(waitUntil([&] { return m_debug->pendingConnectionCount() == 0 && m_http->stats().connections == 0; }, 10000));
        second->kill();
        second->waitForFinished(3000);
        delete second;
        QVERIFY(goodClientAnswered());
    }

    void garbageOnTheDebugPort()
    {
        QList<Streamer *> junk;
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        for (int i = 0; i < 100; ++i)
            junk << new Streamer(m_debug->port(), {}, 1024 * 1024, noise, this);
        // And a few broken registrations after a valid key.
        for (int i = 0; i < 20; ++i)
            junk << new Streamer(m_debug->port(), handshake(m_debug->keys()->currentKey()) + "{\"type\":\"manifest_declaration\",\"data\":[1,2]}\n\n" + noise, 0, {}, this);
        keepAnsweringWhile([&] { return std::all_of(junk.begin(), junk.end(), [](Streamer *s) { return s->closed; }); });
        QCOMPARE(m_debug->plugin(QStringLiteral("studio/echo"))->isConnected(), true);
        QVERIFY(waitUntil([&] { return m_debug->pendingConnectionCount() == 0; }, 10000));
        qDeleteAll(junk);
    }

    // #17.2: clients that pass the key check and then send nothing were kept forever; 260 of them
    // made the server answer "server is busy" to every real plugin.
    void idleKeyHolders()
    {
        // Long enough that they are still there when the real plugin comes (2 s elsewhere here).
        DebugServerOptions o = m_debug->options();
        o.registrationIdleMs = 8000;
        m_debug->setOptions(o);
        const qint64 evicted = m_debug->stats().evicted;
        QList<QTcpSocket *> holders;
        const qint64 handshakes = m_debug->stats().handshakes;
        for (int i = 0; i < 260; ++i) {
            auto *s = new QTcpSocket(this);
            connect(s, &QTcpSocket::connected, s, [this, s] { s->write(handshake(m_debug->keys()->currentKey())); });
            s->connectToHost(QHostAddress::LocalHost, m_debug->port());
            holders << s;
        }
        QVERIFY(waitUntil([&] { return m_debug->stats().handshakes >= handshakes + 256; }, 10000));
        QVERIFY(m_debug->pendingConnectionCount() <= m_debug->options().maxPendingConnections);
        QTest::qWait(m_debug->options().evictKeyHolderIdleMs + 200); // now they are idle key holders
        QSignalSpy registered(m_debug.get(), &DebugServer::pluginRegistered);
        QSignalSpy refused(m_debug.get(), &DebugServer::connectionRefused);
        QProcess *real = startClient(m_debug->port(), m_debug->keys()->currentKey(), {QStringLiteral("--name"), QStringLiteral("real")}, this);
        QVERIFY(registered.wait(20000));
        QCOMPARE(registered.at(0).at(0).value<RegisteredPlugin *>()->pluginId(), QStringLiteral("studio/real"));
        for (const QList<QVariant> &r : std::as_const(refused))
            QVERIFY(!r.at(1).toString().startsWith(QStringLiteral("server is busy")));
        QVERIFY(m_debug->stats().evicted > evicted); // it took the place of an idle key holder
        QVERIFY(goodClientAnswered());
        // And they do not stay: the registration's idle limit ends each of them.
        QVERIFY(waitUntil([&] { return m_debug->pendingConnectionCount() == 0; }, 15000));
        QVERIFY(m_debug->stats().registrationTimeouts + m_debug->stats().evicted >= 259);
        QVERIFY(m_debug->stats().pendingBytes == 0);
        qDeleteAll(holders);
        o.registrationIdleMs = 2000;
        m_debug->setOptions(o);
        real->kill();
        real->waitForFinished(3000);
        delete real;
    }

    void slowLorisHandshakes()
    {
        const qint64 timeouts = m_debug->stats().handshakeTimeouts;
        QList<Streamer *> loris;
        const QByteArray hs = handshake(m_debug->keys()->currentKey());
        for (int i = 0; i < 50; ++i)
            loris << new Streamer(m_debug->port(), hs.left(1), 0, {}, this);
        int at = 1;
        QTimer drip;
        connect(&drip, &QTimer::timeout, this, [&] {
            if (at < hs.size() - 1) {
                for (Streamer *s : std::as_const(loris))
                    s->trickle(hs.mid(at, 1));
                ++at;
            }
        });
        drip.start(100);
        keepAnsweringWhile([&] { return std::all_of(loris.begin(), loris.end(), [](Streamer *s) { return s->closed; }); });
        drip.stop();
        QVERIFY(m_debug->stats().handshakeTimeouts >= timeouts + 50);
        qDeleteAll(loris);
    }
};

QTEST_GUILESS_MAIN(TstHostileServers)
#include "tst_hostile_servers.moc"
