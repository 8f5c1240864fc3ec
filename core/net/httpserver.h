// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small HTTP/1.1 server on Qt's event loop, shared by the studio's three loopback servers (the
// endpoint server, the file store of reverse uploads, the OAuth redirect listener). It accepts
// connections, parses each request with HttpRequestParser, hands complete requests to a handler
// as HttpExchange objects, writes the answers (fixed-length or streamed chunked), and keeps every
// peer within bounds:
//   - each request has a whole-request deadline (slow-loris heads and bodies, idle connections:
//     408, or closed silently when nothing came);
//   - what one connection buffers is capped by the parser's limits (head + body cap) plus a
//     bounded socket read buffer; all connections together by maxBufferedBytes (503 beyond);
//   - at most maxConnections are open; a new one first displaces the unfinished request idle the
//     longest, and only when every connection is serving a request is it answered 503;
//   - a client that does not read its answer is dropped (maxPendingWriteBytes).
// One request per connection: every answer says "Connection: close", and bytes after the first
// request (a pipelined second request) are read and dropped, never parsed. So no request can be
// smuggled behind another, and per-connection state ends with the answer. After the answer the
// server shuts its side down and drains the client's leftovers briefly, so the client reads the
// answer instead of a reset.
//
// Why not Qt's QHttpServer: Debian 12 ships 6.4, whose QHttpServer has no request size limits, no
// connection cap and no deadlines, reads whole bodies into memory, hands over headers as a map
// (neither the order nor the names as received, which the endpoint server must forward exactly)
// and cannot stream a chunked answer (QHttpServerResponder's chunked writes came with 6.8); the
// package is not installed by default either. The file store and the OAuth listener would fit its
// feature set, but not its missing limits, and one implementation for all three servers is one
// thing to harden and fuzz.

#include "core/net/httpparser.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Studio::Net {

class HttpServer;
class HttpServerConnection;

struct HttpServerLimits
{
    HttpLimits request;                           // line, header and body caps of one request
    int maxConnections = 256;                     // open at once (answers still flushing not counted)
    int requestTimeoutMs = 60000;                 // the whole request must have arrived by then
    qint64 maxBufferedBytes = 64LL * 1024 * 1024; // request bytes held by all connections together
    qint64 maxPendingWriteBytes = 16LL * 1024 * 1024; // answer bytes a client has not read yet
    qint64 readBufferBytes = 64 * 1024;           // socket read buffer per connection
    int flushTimeoutMs = 30000;                   // an answer must be out by then
    int lingerMs = 2000;                          // then the client's leftovers are drained this long
    int listenBacklog = 1024;                     // kernel accept queue (a burst of connects waits there)
};

// Counters for the UI, tests and benchmarks.
struct HttpServerStats
{
    int connections = 0;            // open now (answers flushing included)
    int peakConnections = 0;
    int active = 0;                 // open and not answered yet: what maxConnections caps
    int peakActive = 0;
    qint64 accepted = 0;            // connections accepted
    qint64 requests = 0;            // complete requests handed to the handler
    qint64 rejected = 0;            // malformed or over a limit, answered by the server (4xx/5xx)
    qint64 timedOut = 0;            // not complete within the request deadline
    qint64 evicted = 0;             // unfinished requests dropped to make room for a new connection
    qint64 refusedBusy = 0;         // answered 503 (no free connection, or the buffer budget spent)
    qint64 slowReaders = 0;         // dropped because they did not read their answer
    qint64 pipelinedDropped = 0;    // connections that sent more after their request (not served)
    qint64 bufferedBytes = 0;       // request bytes held now, all connections
    qint64 peakBufferedBytes = 0;   // the most ever held at once, all connections
    qint64 peakConnectionBytes = 0; // the most one connection ever held
};

// The body of an answer the server writes itself (errors): content type and bytes.
struct HttpErrorBody
{
    QByteArray contentType;
    QByteArray body;
};

// One request and its answer. Lives until the answer is written or the client goes away; hold it
// in a QPointer. Answer exactly once: respond(), respondError(), or beginChunked() + writeChunk()
// + endChunked(); abort() cuts the connection (a streamed answer that failed half-way).
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    const HttpRequest &request() const { return m_request; }
    HttpRequest &request() { return m_request; }
    QString peer() const { return m_peer; }
    qint64 elapsedMs() const { return m_clock.elapsed(); } // since the connection was accepted
    bool isHeadRequest() const { return m_request.method == "HEAD"; }

    void respond(int status, const HttpHeaderList &fields, const QByteArray &body);
    // An error answer in the server's error format (HttpServer::setErrorFormatter).
    void respondError(int status, const QString &message);
    void beginChunked(int status, const HttpHeaderList &fields);
    void writeChunk(QByteArrayView data);
    void endChunked(const HttpHeaderList &trailers = {});
    void abort();

    bool headWritten() const { return m_headWritten; }
    bool isFinished() const { return m_finished; }
    bool isClientGone() const { return m_clientGone; }
    int status() const { return m_status; }

signals:
    // The client closed the connection (or was dropped) before the answer was complete.
    void clientGone();

private:
    friend class HttpServerConnection;
    HttpExchange(HttpServerConnection *connection, HttpRequest request, const QString &peer,
                 const QElapsedTimer &clock);
    void write(const QByteArray &bytes);
    HttpServerConnection *m_connection;
    HttpRequest m_request;
    QString m_peer;
    QElapsedTimer m_clock;
    int m_status = 0;
    bool m_headWritten = false;
    bool m_chunked = false;
    bool m_closeDelimited = false; // HTTP/1.0 client: a streamed body ends with the connection
    bool m_finished = false;
    bool m_clientGone = false;
};

class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpExchange *exchange)>;
    using ErrorFormatter = std::function<HttpErrorBody(int status, const QString &message)>;

    explicit HttpServer(QObject *parent = nullptr);
    // Answers being flushed are left to finish on their own; everything else is closed.
    ~HttpServer() override;

    void setLimits(const HttpServerLimits &limits);
    const HttpServerLimits &limits() const { return m_limits; }
    // Called on the event loop for each complete request.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // The body of the errors the server answers itself; default {"error": message} as JSON.
    void setErrorFormatter(ErrorFormatter formatter) { m_errorFormatter = std::move(formatter); }
    HttpErrorBody errorBody(int status, const QString &message) const;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Stops accepting connections; requests in progress continue.
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const;

    const HttpServerStats &stats() const { return m_stats; }

signals:
    // The server answered an error itself (malformed request, limits, deadline, busy), or dropped
    // a connection. `method` and `target` are empty when the request line was not read.
    void rejected(const QString &peer, const QByteArray &method, const QByteArray &target, int status,
                  const QString &message);

private:
    friend class HttpServerConnection;
    friend class HttpExchange;
    void onNewConnection();
    void onAcceptError();
    // Frees one connection slot by dropping the unfinished request idle the longest (not one of
    // `batch`, accepted together with the new one); false when none can go.
    bool evictStalest(quint64 batch);
    void addBuffered(qint64 delta, qint64 connectionTotal);
    void countActive();
    qint64 nowMs() const { return m_clock.elapsed(); }
    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }

    QTcpServer *m_tcp;
    HttpServerLimits m_limits;
    Handler m_handler;
    ErrorFormatter m_errorFormatter;
    HttpServerStats m_stats;
    QSet<HttpServerConnection *> m_connections; // open and not yet answered (counted by the cap)
    QSet<HttpServerConnection *> m_closing;     // answered, flushing / draining
    QElapsedTimer m_clock;
    quint64 m_acceptBatch = 0;
    bool m_resumeScheduled = false;
};

} // namespace Studio::Net
