// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/httpserver.h"

#include "core/net/httpwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Studio::Net {

// ---------------------------------------------------------------- one connection

class HttpServerConnection : public QObject
{
public:
    enum class Phase { Reading, Handling, Closing };

    HttpServerConnection(QTcpSocket *socket, HttpServer *server, quint64 batch)
        : QObject(server), m_server(server), m_socket(socket), m_parser(server->m_limits.request), m_batch(batch)
    {
        socket->setParent(this);
        socket->setReadBufferSize(server->m_limits.readBufferBytes);
        m_peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
        m_clock.start();
        m_lastActivityUs = server->nowUs();
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { onBytesWritten(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { onGone(); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                onGone();
        });
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] { onDeadline(); });
        m_deadline.start(server->m_limits.requestTimeoutMs);
        m_closeTimer.setSingleShot(true);
        connect(&m_closeTimer, &QTimer::timeout, this, [this] { dispose(); });

        HttpServerStats &st = server->m_stats;
        ++st.connections;
        st.peakConnections = std::max(st.peakConnections, st.connections);
        server->m_connections.insert(this);
        server->countActive();
    }

    ~HttpServerConnection() override
    {
        if (m_server) {
            m_server->addBuffered(-m_accounted, 0);
            --m_server->m_stats.connections;
            m_server->m_connections.remove(this);
            m_server->m_closing.remove(this);
            m_server->countActive();
        }
    }

    Phase phase() const { return m_phase; }
    quint64 batch() const { return m_batch; }
    qint64 lastActivityUs() const { return m_lastActivityUs; }
    qint64 closingSinceMs() const { return m_closingSinceMs; }

    // The server goes away: an answer that is being flushed finishes on its own.
    void detachFromServer()
    {
        if (m_server) {
            m_server->addBuffered(-m_accounted, 0);
            --m_server->m_stats.connections;
        }
        m_accounted = 0;
        m_server = nullptr;
        setParent(nullptr);
    }

    // Answered 503 at once: the server has no room for this connection or dropped it for a new one.
    void refuseBusy(const QString &message, bool evicted)
    {
        if (m_phase != Phase::Reading)
            return;
        if (m_server) {
            if (evicted)
                ++m_server->m_stats.evicted;
            else
                ++m_server->m_stats.refusedBusy;
        }
        answerError(503, message, false);
    }

    void writeBytes(const QByteArray &bytes)
    {
        if (m_phase != Phase::Handling || m_gone || bytes.isEmpty())
            return;
        m_socket->write(bytes);
        m_socket->flush(); // a streamed piece goes out at once, not on the next loop iteration
        const qint64 cap = m_server ? m_server->m_limits.maxPendingWriteBytes : 0;
        if (cap > 0 && m_socket->bytesToWrite() > cap) {
            if (m_server)
                ++m_server->m_stats.slowReaders;
            if (m_server)
                emit m_server->rejected(m_peer, m_exchange ? m_exchange->m_request.method : QByteArray(),
                                        m_exchange ? m_exchange->m_request.target : QByteArray(), 0,
                                        QStringLiteral("the client does not read the answer; dropped"));
            abortNow();
        }
    }

    // The exchange wrote its whole answer.
    void answerDone() { beginClose(true); }

    // Stops draining after the answer went out: closes without waiting for the client.
    void endLinger()
    {
        if (m_gone)
            return;
        m_socket->skip(m_socket->bytesAvailable());
        m_socket->close();
        dispose();
    }

    void abortNow()
    {
        if (m_gone)
            return;
        markGone();
        m_socket->abort();
        dispose();
    }

private:
    void onReadyRead()
    {
        if (m_gone)
            return;
        if (m_phase != Phase::Reading) {
            // After the request: a pipelined request or leftovers of a refused body, never parsed.
            if (m_socket->bytesAvailable() > 0 && m_phase == Phase::Handling && !m_extraCounted && m_server) {
                m_extraCounted = true;
                ++m_server->m_stats.pipelinedDropped;
            }
            m_socket->skip(m_socket->bytesAvailable());
            return;
        }
        if (m_server)
            m_lastActivityUs = m_server->nowUs();
        QPointer<HttpServerConnection> self(this);
        while (self && m_phase == Phase::Reading && m_socket->bytesAvailable() > 0) {
            const QByteArray data = m_socket->read(std::min<qint64>(m_socket->bytesAvailable(), 64 * 1024));
            if (data.isEmpty())
                break;
            m_received += data.size();
            const qsizetype used = m_parser.feed(data);
            if (m_parser.hasFailed()) {
                account();
                if (m_server)
                    ++m_server->m_stats.rejected;
                answerError(m_parser.failureStatus(), m_parser.failureMessage(), true);
                return;
            }
            if (!m_continueSent && m_parser.headComplete() && m_parser.expectsContinue()) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (!account())
                return;
            if (m_parser.isComplete()) {
                if ((used < data.size() || m_socket->bytesAvailable() > 0) && m_server) {
                    m_extraCounted = true;
                    ++m_server->m_stats.pipelinedDropped;
                }
                m_socket->skip(m_socket->bytesAvailable());
                dispatch();
                return;
            }
        }
    }

    // Updates this connection's share of the server's buffered bytes; false when the budget of
    // all connections is spent (then answered 503).
    bool account()
    {
        qint64 held = 0;
        if (m_phase == Phase::Reading)
            held = m_parser.bufferedBytes() + m_socket->bytesAvailable();
        else if (m_phase == Phase::Handling && m_exchange)
            held = qint64(m_exchange->m_request.rawHead.size()) + qint64(m_exchange->m_request.body.size());
        const qint64 delta = held - m_accounted;
        m_accounted = held;
        if (!m_server)
            return true;
        m_server->addBuffered(delta, held);
        if (delta > 0 && m_phase == Phase::Reading && m_server->m_limits.maxBufferedBytes > 0
            && m_server->m_stats.bufferedBytes > m_server->m_limits.maxBufferedBytes) {
            refuseBusy(QStringLiteral("the server is busy receiving other requests; try again shortly"), false);
            return false;
        }
        return true;
    }

    void dispatch()
    {
        m_deadline.stop();
        m_phase = Phase::Handling;
        m_exchange = new HttpExchange(this, m_parser.takeRequest(), m_peer, m_clock);
        account();
        if (!m_server) {
            m_exchange->respondError(503, QStringLiteral("the server is shutting down"));
            return;
        }
        ++m_server->m_stats.requests;
        if (m_server->m_handler)
            m_server->m_handler(m_exchange);
        else
            m_exchange->respondError(404, QStringLiteral("not found"));
    }

    // An answer by the server itself, before any handler saw the request.
    void answerError(int status, const QString &message, bool linger)
    {
        if (m_phase != Phase::Reading)
            return;
        const HttpRequest &r = m_parser.request();
        HttpErrorBody body;
        if (m_server) {
            emit m_server->rejected(m_peer, r.method, r.target, status, message);
            body = m_server->errorBody(status, message);
        }
        m_socket->write(fixedResponse(status, {{"Content-Type", body.contentType}}, body.body, r.method == "HEAD",
                                      {{"Connection", "close"}}));
        m_socket->flush(); // into the kernel now: a burst of refusals must not pile up in our buffers
        beginClose(linger);
    }

    void onDeadline()
    {
        if (m_phase != Phase::Reading)
            return;
        const int seconds = m_server ? m_server->m_limits.requestTimeoutMs / 1000 : 0;
        if (m_server)
            ++m_server->m_stats.timedOut;
        if (m_received == 0) {
            // Nothing came at all (an idle or speculative connection): closed without a word.
            if (m_server)
                emit m_server->rejected(m_peer, {}, {}, 408, QStringLiteral("no request within %1 s").arg(seconds));
            abortNow();
            return;
        }
        answerError(408, QStringLiteral("the request was not completed within %1 s").arg(seconds), true);
    }

    void beginClose(bool linger)
    {
        if (m_phase == Phase::Closing || m_gone)
            return;
        m_phase = Phase::Closing;
        m_linger = linger;
        m_deadline.stop();
        m_parser.reset();
        account();
        if (m_server) {
            m_closingSinceMs = m_server->nowMs();
            m_server->m_connections.remove(this);
            m_server->m_closing.insert(this);
            m_server->countActive();
            // Answers still flushing or draining hold descriptors too: keep them bounded. The oldest
            // whose answer is out stops draining (a plain close: what it sent was read, so no
            // reset); only when none is out is the oldest cut.
            if (m_server->m_closing.size() > qsizetype(std::max(64, 2 * m_server->m_limits.maxConnections))) {
                HttpServerConnection *oldest = nullptr, *oldestFlushed = nullptr;
                for (HttpServerConnection *c : std::as_const(m_server->m_closing)) {
                    if (c == this)
                        continue;
                    if (!oldest || c->closingSinceMs() < oldest->closingSinceMs())
                        oldest = c;
                    if (c->m_flushed && (!oldestFlushed || c->closingSinceMs() < oldestFlushed->closingSinceMs()))
                        oldestFlushed = c;
                }
                if (oldestFlushed)
                    oldestFlushed->endLinger();
                else if (oldest)
                    oldest->abortNow();
            }
        }
        m_closeTimer.start(m_server ? m_server->m_limits.flushTimeoutMs : 30000);
        if (m_socket->bytesToWrite() == 0)
            onFlushed();
    }

    void onBytesWritten()
    {
        if (m_phase == Phase::Closing && !m_flushed && m_socket->bytesToWrite() == 0)
            onFlushed();
    }

    void onFlushed()
    {
        if (m_flushed || m_gone)
            return;
        m_flushed = true;
        if (!m_linger) {
            m_socket->disconnectFromHost();
            return;
        }
        // Half-close: the client reads the answer and the end of the stream, then closes; what it
        // still sends is drained meanwhile, so the kernel never answers it with a reset that could
        // destroy the answer in flight.
#ifdef Q_OS_UNIX
        const qintptr fd = m_socket->socketDescriptor();
        if (fd >= 0)
            ::shutdown(int(fd), SHUT_WR);
#else
        m_socket->disconnectFromHost();
#endif
        m_closeTimer.start(m_server ? m_server->m_limits.lingerMs : 2000);
    }

    void markGone()
    {
        if (m_gone)
            return;
        m_gone = true;
        if (m_exchange && !m_exchange->m_finished) {
            m_exchange->m_clientGone = true;
            QPointer<HttpExchange> ex(m_exchange);
            emit ex->clientGone();
        }
    }

    void onGone()
    {
        if (m_gone)
            return;
        markGone();
        dispose();
    }

    void dispose()
    {
        if (m_disposed)
            return;
        m_disposed = true;
        m_gone = true;
        m_deadline.stop();
        m_closeTimer.stop();
        m_socket->disconnect(this);
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
        if (m_server) {
            m_server->m_connections.remove(this);
            m_server->m_closing.remove(this);
            m_server->countActive();
        }
        deleteLater();
    }

    QPointer<HttpServer> m_server;
    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    quint64 m_batch; // connections accepted together; their bytes are read after the batch
    QPointer<HttpExchange> m_exchange;
    QTimer m_deadline, m_closeTimer;
    QElapsedTimer m_clock;
    QString m_peer;
    Phase m_phase = Phase::Reading;
    qint64 m_lastActivityUs = 0;
    qint64 m_closingSinceMs = 0;
    qint64 m_accounted = 0;
    qint64 m_received = 0;
    bool m_continueSent = false;
    bool m_extraCounted = false;
    bool m_linger = true;
    bool m_flushed = false;
    bool m_gone = false;
    bool m_disposed = false;
};

// ---------------------------------------------------------------- exchange

HttpExchange::HttpExchange(HttpServerConnection *connection, HttpRequest request, const QString &peer,
                           const QElapsedTimer &clock)
    : QObject(connection), m_connection(connection), m_request(std::move(request)), m_peer(peer), m_clock(clock)
{
}

void HttpExchange::write(const QByteArray &bytes)
{
    m_connection->writeBytes(bytes);
}

void HttpExchange::respond(int status, const HttpHeaderList &fields, const QByteArray &body)
{
    if (m_headWritten || m_finished)
        return;
    m_status = status;
    m_headWritten = true;
    write(fixedResponse(status, fields, body, isHeadRequest(), {{"Connection", "close"}}));
    m_finished = true;
    if (!m_clientGone)
        m_connection->answerDone();
}

void HttpExchange::respondError(int status, const QString &message)
{
    const HttpServer *server = qobject_cast<HttpServer *>(m_connection->parent());
    const HttpErrorBody b = server ? server->errorBody(status, message) : HttpErrorBody{"text/plain", message.toUtf8()};
    respond(status, {{"Content-Type", b.contentType}}, b.body);
}

void HttpExchange::beginChunked(int status, const HttpHeaderList &fields)
{
    if (m_headWritten || m_finished)
        return;
    m_status = status;
    m_headWritten = true;
    if (statusHasNoBody(status)) {
        write(responseHead(status, fields, {{"Connection", "close"}}));
        return;
    }
    if (m_request.version == "HTTP/1.0") {
        // An HTTP/1.0 client knows no chunked coding: the body ends when the connection does.
        m_closeDelimited = true;
        write(responseHead(status, fields, {{"Connection", "close"}}));
        return;
    }
    m_chunked = true;
    write(responseHead(status, fields, {{"Transfer-Encoding", "chunked"}, {"Connection", "close"}}));
}

void HttpExchange::writeChunk(QByteArrayView data)
{
    if (!m_headWritten || m_finished || isHeadRequest() || data.isEmpty())
        return;
    if (m_chunked)
        write(chunk(data));
    else if (m_closeDelimited)
        write(data.toByteArray());
}

void HttpExchange::endChunked(const HttpHeaderList &trailers)
{
    if (m_finished)
        return;
    if (!m_headWritten)
        beginChunked(200, {});
    if (m_chunked && !isHeadRequest())
        write(lastChunk(trailers));
    m_finished = true;
    if (!m_clientGone)
        m_connection->answerDone();
}

void HttpExchange::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    m_connection->abortNow();
}

// ---------------------------------------------------------------- server

HttpServer::HttpServer(QObject *parent) : QObject(parent), m_tcp(new QTcpServer(this))
{
    m_clock.start();
    connect(m_tcp, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
    connect(m_tcp, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) { onAcceptError(); });
}

HttpServer::~HttpServer()
{
    m_tcp->close();
    const auto closing = m_closing.values();
    m_closing.clear();
    for (HttpServerConnection *c : closing)
        c->detachFromServer();
    const auto open = m_connections.values();
    m_connections.clear();
    for (HttpServerConnection *c : open)
        delete c;
}

void HttpServer::setLimits(const HttpServerLimits &limits)
{
    m_limits = limits;
}

HttpErrorBody HttpServer::errorBody(int status, const QString &message) const
{
    if (m_errorFormatter)
        return m_errorFormatter(status, message);
    return {"application/json",
            QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact)};
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tcp->isListening())
        m_tcp->close();
    m_tcp->setListenBacklogSize(m_limits.listenBacklog);
    return m_tcp->listen(address, port);
}

void HttpServer::close()
{
    m_tcp->close();
}

bool HttpServer::isListening() const
{
    return m_tcp->isListening();
}

quint16 HttpServer::serverPort() const
{
    return m_tcp->serverPort();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_tcp->serverAddress();
}

QString HttpServer::errorString() const
{
    return m_tcp->errorString();
}

void HttpServer::addBuffered(qint64 delta, qint64 connectionTotal)
{
    m_stats.bufferedBytes += delta;
    m_stats.peakBufferedBytes = std::max(m_stats.peakBufferedBytes, m_stats.bufferedBytes);
    m_stats.peakConnectionBytes = std::max(m_stats.peakConnectionBytes, connectionTotal);
}

void HttpServer::countActive()
{
    m_stats.active = int(m_connections.size());
    m_stats.peakActive = std::max(m_stats.peakActive, m_stats.active);
}

bool HttpServer::evictStalest(quint64 batch)
{
    // Never one accepted in the same batch: its bytes have not been read yet, so it would look idle.
    HttpServerConnection *stalest = nullptr;
    for (HttpServerConnection *c : std::as_const(m_connections))
        if (c->phase() == HttpServerConnection::Phase::Reading && c->batch() != batch
            && (!stalest || c->lastActivityUs() < stalest->lastActivityUs()))
            stalest = c;
    if (!stalest)
        return false;
    stalest->refuseBusy(QStringLiteral("the server is busy; this unfinished request was dropped to make room"), true);
    return true;
}

void HttpServer::onNewConnection()
{
    const quint64 batch = ++m_acceptBatch;
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        ++m_stats.accepted;
        // Room first: the unfinished request idle the longest makes way; only when every
        // connection is serving a request is the new one answered 503.
        const bool room = m_connections.size() < qsizetype(m_limits.maxConnections) || evictStalest(batch);
        auto *c = new HttpServerConnection(socket, this, batch);
        if (!room)
            c->refuseBusy(QStringLiteral("the server is busy: %1 requests are being served; try again shortly")
                              .arg(m_limits.maxConnections),
                          false);
    }
}

void HttpServer::onAcceptError()
{
    // Out of descriptors (or another accept failure): Qt pauses accepting. Free a slot and try
    // again shortly, rather than staying deaf.
    evictStalest(0);
    if (m_resumeScheduled)
        return;
    m_resumeScheduled = true;
    QTimer::singleShot(100, this, [this] {
        m_resumeScheduled = false;
        m_tcp->resumeAccepting();
    });
}

} // namespace Studio::Net
