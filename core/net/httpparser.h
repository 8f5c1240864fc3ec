// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An incremental HTTP/1.1 request parser (RFC 9112), fed bytes as they arrive, for the studio's
// loopback servers (endpoint server, file store, OAuth redirect listener).
//
// Every piece has a cap: the request line, each header line, the number of fields and the bytes
// of the whole head, the body, each chunk-size line, the trailer section. Arithmetic on sizes
// cannot overflow (a chunk size of 7fffffffffffffff is refused as too large before it is added).
// Message framing is never ambiguous, so a request cannot be smuggled past it: a request with
// both Content-Length and Transfer-Encoding, with more than one Content-Length (equal or not), a
// transfer coding other than exactly "chunked", Transfer-Encoding in HTTP/1.0, obs-fold (a line
// starting with a space), whitespace before a field's colon, a bare CR, control characters in a
// value or a malformed chunk size is refused with the status to answer (400, 413, 414, 431, 501,
// 505). Lines end with CRLF or a bare LF.
//
// The parser stops consuming input when the request is complete: what follows is the next
// (pipelined) request, left to the caller.

#include "core/net/httpmessage.h"

#include <QString>

namespace Studio::Net {

struct HttpLimits
{
    qsizetype maxRequestLine = 8 * 1024;   // the request line → 414
    qsizetype maxHeaderLine = 8 * 1024;    // one field line → 431
    int maxHeaders = 100;                  // fields in the head → 431
    qsizetype maxHeaderBytes = 64 * 1024;  // the whole head, request line included → 431
    qint64 maxBodyBytes = 10LL * 1024 * 1024; // decoded body → 413
    qsizetype maxChunkLine = 1024;         // a chunk-size line with its extensions → 400
    int maxTrailers = 32;                  // trailer fields → 431
    qsizetype maxTrailerBytes = 8 * 1024;  // the whole trailer section → 431
};

class HttpRequestParser
{
public:
    enum class State {
        RequestLine,
        Headers,
        Body,         // Content-Length body
        ChunkSize,
        ChunkData,
        ChunkDataEnd, // the CRLF after a chunk's data
        Trailers,
        Complete,
        Failed,
    };

    explicit HttpRequestParser(const HttpLimits &limits = {});

    // Consumes bytes of `data` and returns how many: all of them unless the request completed or
    // failed on the way (the rest then belongs to the next request, or is garbage).
    qsizetype feed(QByteArrayView data);

    State state() const { return m_state; }
    bool headComplete() const { return m_state > State::Headers && m_state != State::Failed; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }
    // The status to answer a failed request with, and why (English, for the response body).
    int failureStatus() const { return m_failStatus; }
    QString failureMessage() const { return m_failMessage; }

    // The request so far: method, target and headers once headComplete(), the body when complete.
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();
    // Content-Length of the body (0 when none), -1 for a chunked body; valid once headComplete().
    qint64 contentLength() const { return m_contentLength; }
    // The client asked for "Expect: 100-continue" (HTTP/1.1 only) and waits for it.
    bool expectsContinue() const { return m_expectContinue; }
    // Bytes this parser holds (head, partial line, body so far): at most the limits allow.
    qint64 bufferedBytes() const;
    const HttpLimits &limits() const { return m_limits; }

    // Ready for the next request (keeps the limits).
    void reset();

private:
    enum class LineResult { NeedMore, Line, Failed };
    LineResult takeLine(const char *&p, const char *end, qsizetype limit, int overflowStatus,
                        const char *overflowWhat, QByteArray &line);
    void fail(int status, const QString &message);
    void onRequestLine(const QByteArray &line);
    void onHeaderLine(const QByteArray &line);
    void onHeadEnd();
    void onChunkSizeLine(const QByteArray &line);
    void onTrailerLine(const QByteArray &line);
    bool parseField(const QByteArray &line, HttpHeader &field);

    HttpLimits m_limits;
    State m_state = State::RequestLine;
    HttpRequest m_request;
    QByteArray m_line;           // the line being assembled (at most its limit)
    qint64 m_headBytes = 0;      // bytes of the head consumed so far (CR/LF included)
    qint64 m_trailerBytes = 0;
    qint64 m_contentLength = 0;
    qint64 m_chunkRemaining = 0; // data bytes left in the current chunk
    int m_emptyLinesBefore = 0;  // blank lines tolerated before the request line
    int m_failStatus = 0;
    QString m_failMessage;
    bool m_expectContinue = false;
};

} // namespace Studio::Net
