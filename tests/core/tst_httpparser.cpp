// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 request parser and response writer of core/net: framing, limits, refusals of
// ambiguous framing (CL+TE, duplicate lengths, obs-fold, bad chunk sizes), overflow-safe sizes,
// incremental feeding (byte by byte gives the same request as all at once).

#include "core/net/httpparser.h"
#include "core/net/httpwriter.h"

#include <QtTest>

using namespace Studio::Net;

namespace {

struct Parsed
{
    HttpRequestParser::State state;
    int status = 0;
    QString message;
    HttpRequest request;
    qsizetype consumed = 0;
};

Parsed parse(const QByteArray &bytes, const HttpLimits &limits = {}, qsizetype piece = 0)
{
    HttpRequestParser p(limits);
    Parsed r;
    if (piece <= 0) {
        r.consumed = p.feed(bytes);
    } else {
        for (qsizetype at = 0; at < bytes.size() && !p.isComplete() && !p.hasFailed(); at += piece)
            r.consumed += p.feed(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
    }
    r.state = p.state();
    r.status = p.failureStatus();
    r.message = p.failureMessage();
    r.request = p.takeRequest();
    return r;
}

int refusal(const QByteArray &bytes, const HttpLimits &limits = {})
{
    const Parsed a = parse(bytes, limits);
    const Parsed b = parse(bytes, limits, 1);
    // Fed at once or byte by byte, the verdict is the same.
    if (a.state != b.state || a.status != b.status)
        return -1;
    return a.state == HttpRequestParser::State::Failed ? a.status : 0;
}

} // namespace

class TstHttpParser : public QObject
{
    Q_OBJECT

private slots:
    void simpleGet()
    {
        const QByteArray raw = "GET /e/abc/x?y=1 HTTP/1.1\r\nHost: 127.0.0.1:5002\r\nX-Two: a\r\nx-two:  b \r\n\r\n";
        const Parsed r = parse(raw);
        QCOMPARE(r.state, HttpRequestParser::State::Complete);
        QCOMPARE(r.consumed, raw.size());
        QCOMPARE(r.request.method, QByteArray("GET"));
        QCOMPARE(r.request.target, QByteArray("/e/abc/x?y=1"));
        QCOMPARE(r.request.path(), QByteArray("/e/abc/x"));
        QCOMPARE(r.request.query(), QByteArray("y=1"));
        QCOMPARE(r.request.version, QByteArray("HTTP/1.1"));
        QCOMPARE(r.request.headers.size(), 3);
        QCOMPARE(r.request.headers.at(1).first, QByteArray("X-Two")); // names as received
        QCOMPARE(headerValues(r.request.headers, "X-TWO"), (QList<QByteArray>{"a", "b"}));
        QCOMPARE(r.request.rawHead, raw);
        QVERIFY(r.request.body.isEmpty());
    }

    void byteByByteEqualsAtOnce_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("get") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        QTest::newRow("bare LF") << QByteArray("GET /x HTTP/1.0\nHost: h\n\n");
        QTest::newRow("length") << QByteArray("POST /p HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello world");
        QTest::newRow("chunked") << QByteArray("POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "5\r\nhello\r\n7;ext=1;q=\"a b\"\r\n, world\r\n0\r\nX-Sum: 1\r\n\r\n");
        QTest::newRow("leading blank lines") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n");
    }

    void byteByByteEqualsAtOnce()
    {
        QFETCH(QByteArray, raw);
        const Parsed a = parse(raw);
        const Parsed b = parse(raw, {}, 1);
        const Parsed c = parse(raw, {}, 7);
        QCOMPARE(a.state, HttpRequestParser::State::Complete);
        for (const Parsed *x : {&b, &c}) {
            QCOMPARE(x->state, a.state);
            QCOMPARE(x->request.method, a.request.method);
            QCOMPARE(x->request.target, a.request.target);
            QCOMPARE(x->request.headers, a.request.headers);
            QCOMPARE(x->request.body, a.request.body);
            QCOMPARE(x->request.trailers, a.request.trailers);
            QCOMPARE(x->request.rawHead, a.request.rawHead);
            QCOMPARE(x->consumed, raw.size());
        }
    }

    void chunkedBodyAndTrailers()
    {
        const Parsed r = parse("POST /p HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n"
                               "5\r\nhello\r\n007 ; name=value\r\n, world\r\n0\r\nContent-Length: 99\r\nX-Sum: 1\r\n\r\n");
        QCOMPARE(r.state, HttpRequestParser::State::Complete);
        QVERIFY(r.request.chunked);
        QCOMPARE(r.request.body, QByteArray("hello, world"));
        QCOMPARE(r.request.trailers.size(), 2);
        // Trailers never change the head: no Content-Length appears there.
        QVERIFY(!hasHeader(r.request.headers, "content-length"));
    }

    void pipelinedRequestIsLeftToTheCaller()
    {
        const QByteArray first = "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc";
        const QByteArray second = "GET /b HTTP/1.1\r\n\r\n";
        HttpRequestParser p;
        const qsizetype used = p.feed(QByteArray(first + second));
        QVERIFY(p.isComplete());
        QCOMPARE(used, first.size());
        QCOMPARE(p.takeRequest().body, QByteArray("abc"));
        p.reset();
        QCOMPARE(p.feed(second), second.size());
        QVERIFY(p.isComplete());
        QCOMPARE(p.request().target, QByteArray("/b"));
    }

    void ambiguousFramingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        const QByteArray rl = "POST /p HTTP/1.1\r\n";
        QTest::newRow("CL+TE") << rl + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n" << 400;
        QTest::newRow("TE+CL") << rl + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n" << 400;
        QTest::newRow("duplicate equal CL") << rl + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello" << 400;
        QTest::newRow("differing CL") << rl + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!" << 400;
        QTest::newRow("CL list") << rl + "Content-Length: 5, 5\r\n\r\nhello" << 400;
        QTest::newRow("CL sign") << rl + "Content-Length: +5\r\n\r\nhello" << 400;
        QTest::newRow("CL negative") << rl + "Content-Length: -1\r\n\r\n" << 400;
        QTest::newRow("CL hex") << rl + "Content-Length: 0x10\r\n\r\n" << 400;
        QTest::newRow("CL empty") << rl + "Content-Length:\r\n\r\n" << 400;
        QTest::newRow("CL overflow") << rl + "Content-Length: 99999999999999999999999999\r\n\r\n" << 413;
        QTest::newRow("CL 100 MB") << rl + "Content-Length: 104857600\r\n\r\n" << 413;
        QTest::newRow("TE gzip") << rl + "Transfer-Encoding: gzip, chunked\r\n\r\n" << 501;
        QTest::newRow("TE chunked twice") << rl + "Transfer-Encoding: chunked, chunked\r\n\r\n" << 400;
        QTest::newRow("TE two fields") << rl + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n" << 400;
        QTest::newRow("TE not last") << rl + "Transfer-Encoding: chunked, gzip\r\n\r\n" << 400;
        QTest::newRow("TE identity") << rl + "Transfer-Encoding: identity\r\n\r\n" << 400;
        QTest::newRow("TE xchunked") << rl + "Transfer-Encoding: xchunked\r\n\r\n" << 400;
        QTest::newRow("TE in 1.0") << QByteArray("POST /p HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << rl + "X-A: one\r\n two\r\n\r\n" << 400;
        QTest::newRow("obs-fold tab") << rl + "X-A: one\r\n\ttwo\r\n\r\n" << 400;
        QTest::newRow("space before colon") << rl + "Content-Length : 5\r\n\r\nhello" << 400;
        QTest::newRow("space in name") << rl + "Content Length: 5\r\n\r\nhello" << 400;
        QTest::newRow("no colon") << rl + "Garbage\r\n\r\n" << 400;
        QTest::newRow("empty name") << rl + ": v\r\n\r\n" << 400;
        QTest::newRow("bare CR in value") << rl + "X-A: a\rb\r\n\r\n" << 400;
        QTest::newRow("NUL in value") << rl + QByteArray("X-A: a\0b\r\n\r\n", 12) << 400;
        QTest::newRow("two Hosts") << rl + "Host: a\r\nHost: b\r\n\r\n" << 400;
        QTest::newRow("expect other") << rl + "Expect: 200-ok\r\n\r\n" << 417;
    }

    void ambiguousFramingIsRefused()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QCOMPARE(refusal(raw), status);
    }

    void requestLineRules_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("not http") << QByteArray("THIS IS NOT HTTP\r\n\r\n") << 400;
        QTest::newRow("one word") << QByteArray("garbage\r\n\r\n") << 400;
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("trailing space") << QByteArray("GET / HTTP/1.1 \r\n\r\n") << 400;
        QTest::newRow("lowercase version") << QByteArray("GET / http/1.1\r\n\r\n") << 400;
        QTest::newRow("version junk") << QByteArray("GET / HTTP/1.1x\r\n\r\n") << 400;
        QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bare CR in target") << QByteArray("GET /a\rb HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("relative target") << QByteArray("GET index.html HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("star for GET") << QByteArray("GET * HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("too many blank lines") << QByteArray("\r\n\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("options star") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n") << 0;
        QTest::newRow("absolute form") << QByteArray("GET http://h:1/e/x?q HTTP/1.1\r\n\r\n") << 0;
    }

    void requestLineRules()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QCOMPARE(refusal(raw), status);
    }

    void absoluteFormBecomesOriginForm()
    {
        QCOMPARE(parse("GET http://h:1/e/x?q=1 HTTP/1.1\r\n\r\n").request.target, QByteArray("/e/x?q=1"));
        QCOMPARE(parse("GET https://h HTTP/1.1\r\n\r\n").request.target, QByteArray("/"));
        QCOMPARE(parse("GET http://h?q HTTP/1.1\r\n\r\n").request.target, QByteArray("/?q"));
    }

    void chunkSizes_data()
    {
        QTest::addColumn<QByteArray>("chunks");
        QTest::addColumn<int>("status");
        QTest::newRow("max int64") << QByteArray("7fffffffffffffff\r\n") << 413;
        QTest::newRow("max uint64") << QByteArray("ffffffffffffffff\r\n") << 413;
        QTest::newRow("20 digits") << QByteArray("ffffffffffffffffffff\r\n") << 413;
        QTest::newRow("over the cap by one") << QByteArray("a00001\r\n") << 413; // cap is 10 MiB = a00000
        QTest::newRow("leading zeros") << QByteArray("0000000000000000000000005\r\nhello\r\n0\r\n\r\n") << 0;
        QTest::newRow("negative") << QByteArray("-1\r\n") << 400;
        QTest::newRow("0x prefix") << QByteArray("0x10\r\n") << 400;
        QTest::newRow("empty") << QByteArray("\r\n") << 400;
        QTest::newRow("space before") << QByteArray(" 5\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("junk after") << QByteArray("5z\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("ext with CTL") << QByteArray("5;a=\x01\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("data longer than size") << QByteArray("3\r\nhello\r\n0\r\n\r\n") << 400;
    }

    void chunkSizes()
    {
        QFETCH(QByteArray, chunks);
        QFETCH(int, status);
        QCOMPARE(refusal("POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks), status);
    }

    void linesAreBounded()
    {
        HttpLimits l;
        // An unterminated chunk-size line is refused once it passes its cap, holding no more.
        {
            HttpRequestParser p(l);
            p.feed("POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
            qint64 peak = 0;
            for (int i = 0; i < 64 && !p.hasFailed(); ++i) {
                p.feed(QByteArray(100, '1'));
                peak = std::max(peak, p.bufferedBytes());
            }
            QVERIFY(p.hasFailed());
            QCOMPARE(p.failureStatus(), 400);
            QVERIFY2(peak < 4 * 1024 + 2 * 200, QByteArray::number(peak).constData());
        }
        // Request line: 414; header line, header count, head bytes, trailers: 431.
        QCOMPARE(refusal("GET /" + QByteArray(l.maxRequestLine, 'a') + " HTTP/1.1\r\n\r\n"), 414);
        QCOMPARE(refusal("GET / HTTP/1.1\r\nX: " + QByteArray(l.maxHeaderLine, 'a') + "\r\n\r\n"), 431);
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i <= l.maxHeaders; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(refusal(many + "\r\n"), 431);
        QByteArray big = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 20; ++i)
            big += "X-" + QByteArray::number(i) + ": " + QByteArray(4000, 'v') + "\r\n";
        QCOMPARE(refusal(big + "\r\n"), 431);
        QByteArray trailers = "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n";
        for (int i = 0; i <= l.maxTrailers; ++i)
            trailers += "T-" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(refusal(trailers + "\r\n"), 431);
        QCOMPARE(refusal("POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nT: " + QByteArray(8000, 'v')
                         + "\r\nU: " + QByteArray(1000, 'v') + "\r\n\r\n"),
                 431);
        // Exactly at the caps is accepted.
        QCOMPARE(refusal("GET /" + QByteArray(l.maxRequestLine - 15, 'a') + " HTTP/1.1\r\n\r\n"), 0);
        QCOMPARE(refusal("GET / HTTP/1.1\r\nX: " + QByteArray(l.maxHeaderLine - 3, 'a') + "\r\n\r\n"), 0);
    }

    void bodyCapHoldsNoMoreThanTheCap()
    {
        HttpLimits l;
        l.maxBodyBytes = 1000;
        HttpRequestParser p(l);
        p.feed("POST /p HTTP/1.1\r\nContent-Length: 1000\r\n\r\n");
        QCOMPARE(p.state(), HttpRequestParser::State::Body);
        QCOMPARE(p.contentLength(), 1000);
        const qsizetype used = p.feed(QByteArray(5000, 'b'));
        QCOMPARE(used, 1000);
        QVERIFY(p.isComplete());
        QCOMPARE(p.request().body.size(), 1000);
        QCOMPARE(refusal("POST /p HTTP/1.1\r\nContent-Length: 1001\r\n\r\n", l), 413);
        // Chunks add up against the same cap.
        QCOMPARE(refusal("POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n200\r\n" + QByteArray(512, 'x')
                             + "\r\n200\r\n",
                         l),
                 413);
    }

    void expectContinue()
    {
        HttpRequestParser p;
        p.feed("PUT /p HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n");
        QVERIFY(p.headComplete());
        QVERIFY(p.expectsContinue());
        p.feed("hi");
        QVERIFY(p.isComplete());
        // HTTP/1.0 ignores Expect (RFC 9110 §10.1.1).
        QCOMPARE(refusal("PUT /p HTTP/1.0\r\nExpect: whatever\r\n\r\n"), 0);
    }

    void writer()
    {
        const QByteArray head = responseHead(201, {{"Content-Type", "application/json"},
                                                   {"X-Bad", "a\r\nInjected: 1"},
                                                   {"Bad Name", "dropped"},
                                                   {"Content-Length", "999"},
                                                   {"Transfer-Encoding", "gzip"}},
                                             {{"Transfer-Encoding", "chunked"}});
        QCOMPARE(head, QByteArray("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nX-Bad: a  Injected: 1\r\n"
                                  "Transfer-Encoding: chunked\r\n\r\n"));
        QCOMPARE(chunk("hello"), QByteArray("5\r\nhello\r\n"));
        QCOMPARE(chunk(QByteArray(26, 'x')).left(4), QByteArray("1a\r\n"));
        QVERIFY(chunk("").isEmpty()); // never an accidental last chunk
        QCOMPARE(lastChunk(), QByteArray("0\r\n\r\n"));
        QCOMPARE(lastChunk({{"X-Sum", "1"}}), QByteArray("0\r\nX-Sum: 1\r\n\r\n"));
        QCOMPARE(fixedResponse(200, {}, "abc"), QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"));
        QCOMPARE(fixedResponse(200, {}, "abc", true), QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n"));
        QCOMPARE(fixedResponse(204, {}, "abc"), QByteArray("HTTP/1.1 204 No Content\r\n\r\n"));
        // What the writer writes, the parser reads back.
        HttpRequestParser p;
        p.feed(QByteArray("POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk("hello") + chunk(", world")
                          + lastChunk({{"X-Sum", "1"}})));
        QVERIFY(p.isComplete());
        QCOMPARE(p.request().body, QByteArray("hello, world"));
    }
};

QTEST_GUILESS_MAIN(TstHttpParser)
#include "tst_httpparser.moc"
