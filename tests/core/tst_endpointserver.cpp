// SPDX-License-Identifier: GPL-3.0-or-later
// The endpoint HTTP server over real loopback HTTP, in front of a plugin connected through the
// debug server (the SDK-free Python plugin answers endpoint/invoke_endpoint).

#include "tst_debug_common.h"

#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/runtime/pluginconnection.h"

#include <QtTest>

#include <memory>

using namespace Studio;
using namespace Studio::Debug;
using namespace DebugTest;

namespace {

struct HttpResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;                      // de-chunked
    QList<qint64> pieceTimesMs;           // when each body piece arrived (streaming check)
    bool complete = false;
};

QByteArray dechunk(const QByteArray &in, bool *ok)
{
    QByteArray out;
    qsizetype pos = 0;
    *ok = false;
    for (;;) {
        const qsizetype nl = in.indexOf("\r\n", pos);
        if (nl < 0)
            return out;
        bool okSize = false;
        const qint64 size = in.mid(pos, nl - pos).toLongLong(&okSize, 16);
        if (!okSize)
            return out;
        if (size == 0) {
            *ok = true;
            return out;
        }
        out += in.mid(nl + 2, size);
        pos = nl + 2 + size + 2;
    }
}

// Sends a raw request and reads until the server closes, without blocking the event loop.
HttpResponse http(quint16 port, const QByteArray &request, int timeoutMs = 15000)
{
    HttpResponse r;
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer t;
    t.start();
    while (s.state() != QAbstractSocket::ConnectedState && t.elapsed() < 3000)
        QTest::qWait(5);
    s.write(request);
    QByteArray raw;
    while (t.elapsed() < timeoutMs) {
        if (s.isOpen() && s.bytesAvailable()) {
            raw += s.readAll();
            r.pieceTimesMs << t.elapsed();
        }
        if (s.state() == QAbstractSocket::UnconnectedState)
            break;
        QTest::qWait(5);
    }
    if (s.isOpen())
        raw += s.readAll();
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return r;
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    r.status = lines.value(0).split(' ').value(1).toInt();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray l = lines.at(i).trimmed();
        const qsizetype c = l.indexOf(':');
        if (c > 0)
            r.headers.insert(l.left(c).toLower(), l.mid(c + 1).trimmed());
    }
    const QByteArray body = raw.mid(headEnd + 4);
    if (r.headers.value("transfer-encoding") == "chunked") {
        r.body = dechunk(body, &r.complete);
    } else {
        r.body = body;
        r.complete = body.size() == r.headers.value("content-length").toLongLong();
    }
    return r;
}

QJsonObject json(const QByteArray &b)
{
    return QJsonDocument::fromJson(b).object();
}

} // namespace

class TstEndpointServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<DebugServer> m_debug;
    std::unique_ptr<EndpointRegistry> m_registry;
    std::unique_ptr<EndpointServer> m_http;
    QProcess *m_plugin = nullptr;
    QString m_hook;

    QByteArray get(const QString &path, const QByteArray &extraHeaders = {})
    {
        return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_http->port()) + "\r\n"
            + extraHeaders + "\r\n";
    }

private slots:
    void initTestCase()
    {
        m_debug = std::make_unique<DebugServer>();
        QVERIFY(m_debug->listen(QHostAddress::LocalHost, 0));
        QSignalSpy reg(m_debug.get(), &DebugServer::pluginRegistered);
        m_plugin = startClient(m_debug->port(), m_debug->keys()->currentKey(), {QStringLiteral("--endpoint")}, this);
        QVERIFY(reg.wait(15000));
        m_registry = std::make_unique<EndpointRegistry>();
        m_http = std::make_unique<EndpointServer>(m_registry.get());
        DebugServer *dbg = m_debug.get();
        m_http->setResolver([dbg](const QString &id) -> Runtime::PluginConnection * {
            RegisteredPlugin *p = dbg->plugin(id);
            return p ? p->connection() : nullptr;
        });
        QVERIFY(m_http->listen(QHostAddress::LocalHost, 0));
        m_hook = m_registry->create(QStringLiteral("studio/echo"), QStringLiteral("main"),
                                    QJsonObject{{"api_key", "s3cret"}})
                     .hookId;
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_debug.reset();
        if (m_plugin) {
            m_plugin->kill();
            m_plugin->waitForFinished(3000);
        }
    }

    void registry()
    {
        EndpointRegistry r;
        QSignalSpy changed(&r, &EndpointRegistry::changed);
        const EndpointInstance a = r.create(QStringLiteral("a/b"), QString());
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z]{16}$")).match(a.hookId).hasMatch());
        QCOMPARE(a.name, QStringLiteral("default"));
        const EndpointInstance b = r.create(QStringLiteral("a/b"), QStringLiteral("second"));
        QVERIFY(a.hookId != b.hookId);
        QVERIFY(r.setEnabled(b.hookId, false));
        EndpointRegistry copy;
        copy.load(r.toJson());
        QCOMPARE(copy.all().size(), 2);
        QCOMPARE(copy.find(b.hookId)->enabled, false);
        QCOMPARE(copy.forPlugin(QStringLiteral("a/b")).size(), 2);
        QVERIFY(r.remove(a.hookId));
        QVERIFY(!r.remove(a.hookId));
        QCOMPARE(changed.count(), 4);
        QCOMPARE(m_http->urlFor(QStringLiteral("abc")), QStringLiteral("http://127.0.0.1:%1/e/abc").arg(m_http->port()));
    }

    void serialisation()
    {
        HttpRequest req;
        req.method = "POST";
        req.target = "/e/hook/x?y=1";
        req.headers = {{"Host", "example:80"},
                       {"X-Forwarded-For", "1.2.3.4"},
                       {"X-Real-IP", "1.2.3.4"},
                       {"Bad_Name", "dropped"},
                       {"Transfer-Encoding", "chunked"},
                       {"Content-Type", "application/json"},
                       {"Accept", "*/*"}};
        req.body = "{}";
        const QByteArray raw = serializeEndpointRequest(req, QStringLiteral("hook"), "/x?y=1",
                                                        QStringLiteral("http://127.0.0.1:9/e/hook"));
        QCOMPARE(raw, QByteArray("POST /x?y=1 HTTP/1.1\r\nHost: example:80\r\nContent-Length: 2\r\n"
                                 "Accept: */*\r\nContent-Type: application/json\r\nDify-Hook-Id: hook\r\n"
                                 "Dify-Hook-Url: http://127.0.0.1:9/e/hook/x\r\n\r\n{}"));
        req.method = "PUT";
        req.body.clear();
        const QByteArray empty = serializeEndpointRequest(req, QStringLiteral("hook"), "/", QStringLiteral("http://h/e/hook"));
        QVERIFY(empty.contains("\r\nContent-Length: 0\r\n"));
        QVERIFY(!empty.contains("chunked"));
        QVERIFY(empty.endsWith("\r\n\r\n"));
    }

    void postRoundTrip()
    {
        const QByteArray body = R"({"hello":"world"})";
        const QByteArray req = "POST /e/" + m_hook.toUtf8() + "/echo?x=1&y=two HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/json\r\nX-Forwarded-For: 10.0.0.1\r\nMy_Header: dropped\r\n"
            "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const HttpResponse r = http(m_http->port(), req);
        QCOMPARE(r.status, 201);
        QVERIFY(r.complete);
        QCOMPARE(r.headers.value("x-echo"), QByteArray("1"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject o = json(r.body);
        QCOMPARE(o.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(o.value("target").toString(), QStringLiteral("/echo?x=1&y=two"));
        QCOMPARE(o.value("body_len").toInt(), body.size());
        QCOMPARE(o.value("body_head").toString(), QString::fromUtf8(body));
        QCOMPARE(o.value("settings").toObject().value("api_key").toString(), QStringLiteral("s3cret"));
        const QJsonObject h = o.value("headers").toObject();
        QCOMPARE(h.value("Dify-Hook-Id").toString(), m_hook);
        QCOMPARE(h.value("Dify-Hook-Url").toString(), m_http->urlFor(m_hook) + QStringLiteral("/echo"));
        QCOMPARE(h.value("Content-Length").toString(), QString::number(body.size()));
        QVERIFY(!h.contains("X-Forwarded-For"));
        QVERIFY(!h.contains("My_Header"));
    }

    void getWithoutBody()
    {
        const HttpResponse r = http(m_http->port(), get(QStringLiteral("/e/%1/echo").arg(m_hook)));
        QCOMPARE(r.status, 201);
        const QJsonObject o = json(r.body);
        QCOMPARE(o.value("method").toString(), QStringLiteral("GET"));
        QCOMPARE(o.value("headers").toObject().value("Content-Length").toString(), QStringLiteral("0"));
        QVERIFY(o.value("raw_head").toString().startsWith(QStringLiteral("GET /echo HTTP/1.1\r\nHost: 127.0.0.1:")));
    }

    void bigBody()
    {
        QByteArray body(5 * 1024 * 1024, 'z');
        for (int i = 0; i < body.size(); i += 4096)
            body[i] = char('a' + (i / 4096) % 26);
        const QByteArray req = "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const HttpResponse r = http(m_http->port(), req, 60000);
        QCOMPARE(r.status, 201);
        const QJsonObject o = json(r.body);
        QCOMPARE(o.value("body_len").toInt(), body.size());
        QCOMPARE(o.value("body_head").toString(), QString::fromLatin1(body.left(64)));
    }

    void chunkedRequestBody()
    {
        const QByteArray req = "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n";
        const HttpResponse r = http(m_http->port(), req);
        QCOMPARE(r.status, 201);
        const QJsonObject o = json(r.body);
        QCOMPARE(o.value("body_head").toString(), QStringLiteral("hello, world"));
        QCOMPARE(o.value("headers").toObject().value("Content-Length").toString(), QStringLiteral("12"));
        QVERIFY(!o.value("headers").toObject().contains("Transfer-Encoding"));
    }

    void streamingResponseArrivesProgressively()
    {
        const HttpResponse r = http(m_http->port(), get(QStringLiteral("/e/%1/stream").arg(m_hook)));
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete);
        QCOMPARE(r.body, QByteArray("part0;part1;part2;part3;part4;"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("text/plain"));
        // The plugin sleeps 0.3 s between pieces: they must not arrive in one burst at the end.
        QVERIFY2(r.pieceTimesMs.size() >= 4, QByteArray::number(r.pieceTimesMs.size()).constData());
        QVERIFY(r.pieceTimesMs.last() - r.pieceTimesMs.first() >= 900);
    }

    void errors()
    {
        auto err = [](const HttpResponse &r) { return json(r.body).value("error").toString(); };
        HttpResponse r = http(m_http->port(), get(QStringLiteral("/e/unknownhookxxxxx/echo")));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray(R"({"error":"endpoint not found"})"));
        r = http(m_http->port(), get(QStringLiteral("/not-an-endpoint")));
        QCOMPARE(r.status, 404);
        r = http(m_http->port(), get(QStringLiteral("/e/")));
        QCOMPARE(r.status, 404);
        r = http(m_http->port(), "THIS IS NOT HTTP\r\n\r\n");
        QCOMPARE(r.status, 400);
        r = http(m_http->port(), "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nContent-Length: abc\r\n\r\n");
        QCOMPARE(r.status, 400);
        r = http(m_http->port(), "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n");
        QCOMPARE(r.status, 413);
        r = http(m_http->port(), "PATCH /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(r.status, 405);

        const QString disabled = m_registry->create(QStringLiteral("studio/echo"), QStringLiteral("off")).hookId;
        m_registry->setEnabled(disabled, false);
        r = http(m_http->port(), get(QStringLiteral("/e/%1/echo").arg(disabled)));
        QCOMPARE(r.status, 403);
        QVERIFY(err(r).contains(QStringLiteral("disabled")));

        const QString orphan = m_registry->create(QStringLiteral("nobody/missing"), QStringLiteral("x")).hookId;
        r = http(m_http->port(), get(QStringLiteral("/e/%1/echo").arg(orphan)));
        QCOMPARE(r.status, 503);
        QVERIFY(err(r).contains(QStringLiteral("nobody/missing is not running")));

        // Timeout → 504 (short timeout for the test).
        m_http->setTimeoutMs(600);
        r = http(m_http->port(), get(QStringLiteral("/e/%1/hang").arg(m_hook)));
        m_http->setTimeoutMs(600000);
        QCOMPARE(r.status, 504);

        // The plugin is still fine afterwards.
        r = http(m_http->port(), get(QStringLiteral("/e/%1/echo").arg(m_hook)));
        QCOMPARE(r.status, 201);
    }

    // #17.1: a chunk-size line that never ends is refused at its cap (it grew without limit).
    void unterminatedChunkSizeLineIsBounded()
    {
        EndpointRegistry registry;
        EndpointServer server(&registry); // its own counters
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QByteArray req = "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        req += QByteArray(2 * 1024 * 1024, '1'); // 2 MiB of hex digits, no line end
        const HttpResponse r = http(server.port(), req);
        QCOMPARE(r.status, 400);
        QVERIFY(json(r.body).value("error").toString().contains(QStringLiteral("chunk-size line")));
        // The line cap (1 KiB) plus one socket read (64 KiB), never the 2 MiB.
        const qint64 peak = server.stats().peakConnectionBytes;
        QVERIFY2(peak < 160 * 1024, QByteArray::number(peak).constData());
        // Trailers and header lines have their caps too.
        QCOMPARE(http(m_http->port(), "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nT: "
                                          + QByteArray(64 * 1024, 't') + "\r\n\r\n")
                     .status,
                 431);
        QCOMPARE(http(m_http->port(), "GET /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nX: " + QByteArray(64 * 1024, 'h')
                                          + "\r\n\r\n")
                     .status,
                 431);
    }

    // #17.1: 7fffffffffffffff overflowed body.size() + size and slipped past the body cap.
    void overflowingChunkSizeIsRefused()
    {
        for (const QByteArray &size : {QByteArray("7fffffffffffffff"), QByteArray("ffffffffffffffff"),
                                      QByteArray("10000000000000000000000000000000")}) {
            const HttpResponse r = http(m_http->port(), "POST /e/" + m_hook.toUtf8()
                                                            + "/echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                            "5\r\nhello\r\n" + size + "\r\nabc");
            QCOMPARE(r.status, 413);
        }
    }

    void smuggledAndPipelinedRequestsAreNotServed()
    {
        const qint64 requestsBefore = m_http->stats().requests;
        // CL+TE and duplicate lengths never reach the plugin.
        const QByteArray prefix = "POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\n";
        QCOMPARE(http(m_http->port(), prefix + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").status, 400);
        QCOMPARE(http(m_http->port(), prefix + "Content-Length: 4\r\nContent-Length: 40\r\n\r\nabcd").status, 400);
        QCOMPARE(http(m_http->port(), prefix + "Transfer-Encoding: chunked\r\nX: a\r\n b\r\n\r\n0\r\n\r\n").status, 400);
        QCOMPARE(m_http->stats().requests, requestsBefore);
        // Two requests in one write: the first is answered, the second is never parsed or served.
        const qint64 pipelined = m_http->stats().pipelinedDropped;
        QTcpSocket s;
        QByteArray raw;
        connect(&s, &QTcpSocket::readyRead, &s, [&] { raw += s.readAll(); });
        s.connectToHost(QHostAddress::LocalHost, m_http->port());
        QVERIFY(s.waitForConnected(3000));
        s.write(prefix + "Content-Length: 3\r\n\r\nonePOST /e/" + m_hook.toUtf8()
                + "/echo HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\ntwo");
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(raw.count("HTTP/1.1 "), 1);
        QVERIFY(raw.contains("Connection: close"));
        QVERIFY(raw.contains(R"("body_head": "one")") || raw.contains(R"("body_head":"one")"));
        QCOMPARE(m_http->stats().requests, requestsBefore + 1);
        QCOMPARE(m_http->stats().pipelinedDropped, pipelined + 1);
    }

    void expectContinueAndHead()
    {
        QTcpSocket s;
        QByteArray raw;
        connect(&s, &QTcpSocket::readyRead, &s, [&] { raw += s.readAll(); });
        s.connectToHost(QHostAddress::LocalHost, m_http->port());
        QVERIFY(s.waitForConnected(3000));
        s.write("POST /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        QTRY_VERIFY(raw.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        s.write("hi");
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(raw.contains("HTTP/1.1 201 Created\r\n"));
        // HEAD: the head of the answer, never a body or a chunk terminator.
        const HttpResponse head = http(m_http->port(), "HEAD /e/" + m_hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(head.status, 201);
        QVERIFY(head.body.isEmpty());
    }

    void connectionCapDisplacesIdleOnesFirst()
    {
        EndpointRegistry registry;
        const QString hook = registry.create(QStringLiteral("studio/echo"), QStringLiteral("cap")).hookId;
        EndpointServer server(&registry);
        Net::HttpServerLimits l = server.limits();
        l.maxConnections = 4;
        server.setLimits(l);
        server.setTimeoutMs(3000);
        DebugServer *dbg = nullptr;
        QProcess *proc = nullptr;
        // Its own plugin: the /hang calls below must not tie up the shared one.
        auto debug = std::make_unique<DebugServer>();
        QVERIFY(debug->listen(QHostAddress::LocalHost, 0));
        QSignalSpy reg(debug.get(), &DebugServer::pluginRegistered);
        proc = startClient(debug->port(), debug->keys()->currentKey(), {QStringLiteral("--endpoint")}, this);
        QVERIFY(reg.wait(15000));
        dbg = debug.get();
        server.setResolver([dbg](const QString &id) -> Runtime::PluginConnection * {
            RegisteredPlugin *p = dbg->plugin(id);
            return p ? p->connection() : nullptr;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        // Four idle connections fill the server; a good request still gets through.
        QList<QTcpSocket *> idle;
        for (int i = 0; i < 4; ++i) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(s->waitForConnected(3000));
            idle << s;
        }
        QTRY_COMPARE(server.stats().connections, 4);
        const QByteArray good = "GET /e/" + hook.toUtf8() + "/echo HTTP/1.1\r\nHost: h\r\n\r\n";
        QCOMPARE(http(server.port(), good).status, 201);
        QVERIFY(server.stats().evicted >= 1);
        qDeleteAll(idle);
        idle.clear();
        QTRY_COMPARE(server.stats().connections, 0);
        // Four requests being served (the plugin hangs): no slot can be freed, so 503.
        QList<QTcpSocket *> busy;
        for (int i = 0; i < 4; ++i) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(s->waitForConnected(3000));
            s->write("GET /e/" + hook.toUtf8() + "/hang HTTP/1.1\r\nHost: h\r\n\r\n");
            busy << s;
        }
        QTRY_COMPARE(server.activeRequests(), 4);
        const HttpResponse r = http(server.port(), good);
        QCOMPARE(r.status, 503);
        QVERIFY(server.stats().refusedBusy >= 1);
        qDeleteAll(busy);
        QTRY_COMPARE(server.activeRequests(), 0);
        proc->kill();
        proc->waitForFinished(3000);
    }

    void wholeRequestDeadline()
    {
        EndpointRegistry registry;
        EndpointServer server(&registry);
        Net::HttpServerLimits l = server.limits();
        l.requestTimeoutMs = 600;
        server.setLimits(l);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        // Slow-loris: a header byte every 100 ms never completes the head: 408, then closed.
        QTcpSocket s;
        QByteArray raw;
        connect(&s, &QTcpSocket::readyRead, &s, [&] { raw += s.readAll(); });
        s.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(s.waitForConnected(3000));
        s.write("GET /e/x/y HTTP/1.1\r\n");
        for (int i = 0; i < 50 && s.state() == QAbstractSocket::ConnectedState; ++i) {
            s.write("X");
            QTest::qWait(100);
        }
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY2(raw.startsWith("HTTP/1.1 408 "), raw.constData());
        // An idle connection that sends nothing is closed without a word.
        QTcpSocket idle;
        QByteArray idleRaw;
        connect(&idle, &QTcpSocket::readyRead, &idle, [&] { idleRaw += idle.readAll(); });
        idle.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(idle.waitForConnected(3000));
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(idleRaw.isEmpty());
        QCOMPARE(server.stats().timedOut, 2);
        QTRY_COMPARE(server.stats().connections, 0);
    }

    void pluginGoneGives503()
    {
        QSignalSpy gone(m_debug.get(), &DebugServer::pluginDisconnected);
        QVERIFY(m_debug->disconnectPlugin(QStringLiteral("studio/echo")));
        QCOMPARE(gone.count(), 1);
        const HttpResponse r = http(m_http->port(), get(QStringLiteral("/e/%1/echo").arg(m_hook)));
        QCOMPARE(r.status, 503);
    }
};

QTEST_GUILESS_MAIN(TstEndpointServer)
#include "tst_endpointserver.moc"
