// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/httpparser.h"

#include <cctype>
#include <cstring>
#include <limits>

namespace Studio::Net {

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArray trimmedOws(QByteArrayView v)
{
    qsizetype b = 0, e = v.size();
    while (b < e && isOws(v[b]))
        ++b;
    while (e > b && isOws(v[e - 1]))
        --e;
    return v.sliced(b, e - b).toByteArray();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr int MaxBlankLinesBeforeRequest = 4;

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits) : m_limits(limits)
{
    if (m_limits.maxBodyBytes < 0)
        m_limits.maxBodyBytes = 0;
}

void HttpRequestParser::reset()
{
    m_state = State::RequestLine;
    m_request = HttpRequest();
    m_line.clear();
    m_headBytes = 0;
    m_trailerBytes = 0;
    m_contentLength = 0;
    m_chunkRemaining = 0;
    m_emptyLinesBefore = 0;
    m_failStatus = 0;
    m_failMessage.clear();
    m_expectContinue = false;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    m_request = HttpRequest();
    return r;
}

qint64 HttpRequestParser::bufferedBytes() const
{
    // The head is held twice (raw and parsed).
    return qint64(m_line.size()) + 2 * qint64(m_request.rawHead.size()) + qint64(m_request.body.size())
        + m_trailerBytes;
}

void HttpRequestParser::fail(int status, const QString &message)
{
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_failStatus = status;
    m_failMessage = message;
    m_line.clear();
}

// Moves bytes up to and including the next LF into m_line. The line without its terminator (LF or
// CRLF) may hold at most `limit` bytes; on overflow the request fails with `overflowStatus`.
HttpRequestParser::LineResult HttpRequestParser::takeLine(const char *&p, const char *end, qsizetype limit,
                                                          int overflowStatus, const char *overflowWhat,
                                                          QByteArray &line)
{
    const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    const char *stop = nl ? nl : end;
    const qsizetype piece = stop - p;
    // Room for the content plus a CR that may turn out to precede the LF.
    const qsizetype room = limit + 1 - m_line.size();
    if (piece > room) {
        fail(overflowStatus, QStringLiteral("%1 is longer than %2").arg(QLatin1String(overflowWhat), sizeText(limit)));
        p = stop;
        return LineResult::Failed;
    }
    m_line.append(p, piece);
    if (!nl) {
        p = end;
        return LineResult::NeedMore;
    }
    p = nl + 1;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    if (m_line.size() > limit) {
        fail(overflowStatus, QStringLiteral("%1 is longer than %2").arg(QLatin1String(overflowWhat), sizeText(limit)));
        return LineResult::Failed;
    }
    line = std::move(m_line);
    m_line = QByteArray();
    return LineResult::Line;
}

qsizetype HttpRequestParser::feed(QByteArrayView data)
{
    const char *begin = data.data();
    const char *p = begin;
    const char *end = begin + data.size();
    while (p < end && m_state != State::Complete && m_state != State::Failed) {
        switch (m_state) {
        case State::RequestLine:
        case State::Headers: {
            const bool requestLine = m_state == State::RequestLine;
            const char *start = p;
            QByteArray line;
            const LineResult r = requestLine
                ? takeLine(p, end, m_limits.maxRequestLine, 414, "the request line", line)
                : takeLine(p, end, m_limits.maxHeaderLine, 431, "a header line", line);
            m_headBytes += p - start;
            if (r == LineResult::Failed)
                break;
            m_request.rawHead.append(start, p - start);
            if (m_headBytes > m_limits.maxHeaderBytes) {
                fail(431, QStringLiteral("the request headers are larger than %1").arg(sizeText(m_limits.maxHeaderBytes)));
                break;
            }
            if (r == LineResult::NeedMore)
                break;
            if (requestLine)
                onRequestLine(line);
            else
                onHeaderLine(line);
            break;
        }
        case State::Body: {
            const qint64 want = m_contentLength - qint64(m_request.body.size());
            const qint64 n = std::min<qint64>(want, end - p);
            m_request.body.append(p, qsizetype(n));
            p += n;
            if (qint64(m_request.body.size()) == m_contentLength)
                m_state = State::Complete;
            break;
        }
        case State::ChunkSize: {
            QByteArray line;
            if (takeLine(p, end, m_limits.maxChunkLine, 400, "a chunk-size line", line) == LineResult::Line)
                onChunkSizeLine(line);
            break;
        }
        case State::ChunkData: {
            const qint64 n = std::min<qint64>(m_chunkRemaining, end - p);
            m_request.body.append(p, qsizetype(n));
            p += n;
            m_chunkRemaining -= n;
            if (m_chunkRemaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            QByteArray line;
            // Nothing but the line end may follow a chunk's data.
            const LineResult r = takeLine(p, end, 0, 400, "the data of a chunk (its declared size)", line);
            if (r == LineResult::Line)
                m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            const char *start = p;
            QByteArray line;
            const LineResult r = takeLine(p, end, m_limits.maxHeaderLine, 431, "a trailer line", line);
            m_trailerBytes += p - start;
            if (r == LineResult::Failed)
                break;
            if (m_trailerBytes > m_limits.maxTrailerBytes) {
                fail(431, QStringLiteral("the trailer section is larger than %1").arg(sizeText(m_limits.maxTrailerBytes)));
                break;
            }
            if (r == LineResult::Line)
                onTrailerLine(line);
            break;
        }
        case State::Complete:
        case State::Failed:
            break;
        }
    }
    return p - begin;
}

void HttpRequestParser::onRequestLine(const QByteArray &line)
{
    if (line.isEmpty()) {
        // RFC 9112 §2.2: blank lines before the request line are ignored (a few of them).
        if (++m_emptyLinesBefore > MaxBlankLinesBeforeRequest)
            return fail(400, QStringLiteral("malformed request line"));
        m_request.rawHead.clear();
        return;
    }
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return fail(400, QStringLiteral("malformed request line (expected METHOD TARGET HTTP/1.1)"));
    const QByteArray method = line.left(sp1);
    QByteArray target = line.mid(sp1 + 1, sp2 - sp1 - 1);
    const QByteArray version = line.mid(sp2 + 1);
    if (!isToken(method))
        return fail(400, QStringLiteral("malformed request method"));
    if (target.isEmpty() || !isFieldValue(target) || target.contains('\t'))
        return fail(400, QStringLiteral("malformed request target"));
    // HTTP-version = "HTTP/" DIGIT "." DIGIT
    const bool versionShape = version.size() == 8 && version.startsWith("HTTP/") && std::isdigit(uchar(version[5]))
        && version[6] == '.' && std::isdigit(uchar(version[7]));
    if (!versionShape)
        return fail(400, QStringLiteral("malformed HTTP version"));
    if (version[5] != '1')
        return fail(505, QStringLiteral("HTTP version %1 is not supported (use HTTP/1.1)").arg(QLatin1String(version)));
    if (target.startsWith('/')) {
        // origin-form
    } else if (target == "*") {
        if (method != "OPTIONS")
            return fail(400, QStringLiteral("the target * is only valid for OPTIONS"));
    } else if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form (RFC 9112 §3.2.2): a server must accept it; keep the path and query.
        const qsizetype authority = target.indexOf("://") + 3;
        qsizetype rest = authority;
        while (rest < target.size() && target[rest] != '/' && target[rest] != '?')
            ++rest;
        target = target.mid(rest);
        if (target.isEmpty() || target.startsWith('?'))
            target.prepend('/');
    } else {
        return fail(400, QStringLiteral("the request target must be a path such as /index"));
    }
    m_request.method = method;
    m_request.target = target;
    m_request.version = version;
    m_state = State::Headers;
}

bool HttpRequestParser::parseField(const QByteArray &line, HttpHeader &field)
{
    if (isOws(line.front())) {
        fail(400, QStringLiteral("a header line starts with whitespace (obsolete line folding is not accepted)"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
        fail(400, QStringLiteral("malformed header field (a name, a colon right after it, a value)"));
        return false;
    }
    QByteArray value = trimmedOws(QByteArrayView(line).sliced(colon + 1));
    if (!isFieldValue(value)) {
        fail(400, QStringLiteral("a header value holds a control character"));
        return false;
    }
    field = {line.left(colon), std::move(value)};
    return true;
}

void HttpRequestParser::onHeaderLine(const QByteArray &line)
{
    if (line.isEmpty())
        return onHeadEnd();
    HttpHeader field;
    if (!parseField(line, field))
        return;
    if (m_request.headers.size() >= m_limits.maxHeaders)
        return fail(431, QStringLiteral("the request has more than %1 header fields").arg(m_limits.maxHeaders));
    m_request.headers.append(std::move(field));
}

void HttpRequestParser::onHeadEnd()
{
    const HttpHeaderList &h = m_request.headers;
    const bool http10 = m_request.version == "HTTP/1.0";
    if (headerValues(h, "host").size() > 1)
        return fail(400, QStringLiteral("the request has more than one Host header"));
    const QList<QByteArray> lengths = headerValues(h, "content-length");
    const QList<QByteArray> encodings = headerValues(h, "transfer-encoding");
    if (!encodings.isEmpty()) {
        if (http10)
            return fail(400, QStringLiteral("Transfer-Encoding is not allowed in an HTTP/1.0 request"));
        if (!lengths.isEmpty())
            return fail(400, QStringLiteral("Content-Length and Transfer-Encoding must not be used together"));
        QList<QByteArray> codings;
        for (const QByteArray &v : encodings)
            for (const QByteArray &c : v.split(','))
                if (const QByteArray t = trimmedOws(c).toLower(); !t.isEmpty())
                    codings.append(t);
        if (codings.isEmpty() || codings.last() != "chunked")
            return fail(400, QStringLiteral("the final transfer coding of a request must be chunked"));
        if (codings.size() > 1) {
            codings.removeLast();
            if (codings.contains("chunked"))
                return fail(400, QStringLiteral("the chunked transfer coding is applied more than once"));
            return fail(501, QStringLiteral("the transfer coding %1 is not supported (send the body chunked or "
                                            "with Content-Length)")
                                 .arg(QString::fromLatin1(codings.first())));
        }
        m_request.chunked = true;
        m_contentLength = -1;
        m_state = State::ChunkSize;
    } else if (!lengths.isEmpty()) {
        if (lengths.size() > 1)
            return fail(400, QStringLiteral("the request has more than one Content-Length header"));
        const QByteArray &v = lengths.first();
        if (v.isEmpty())
            return fail(400, QStringLiteral("invalid Content-Length header"));
        qint64 n = 0;
        const qint64 max = m_limits.maxBodyBytes;
        for (char c : v) {
            if (c < '0' || c > '9')
                return fail(400, QStringLiteral("invalid Content-Length header"));
            const int d = c - '0';
            if (n > (max - d) / 10)
                return fail(413, QStringLiteral("the request body is larger than %1").arg(sizeText(max)));
            n = n * 10 + d;
        }
        m_contentLength = n;
        m_state = n > 0 ? State::Body : State::Complete;
    } else {
        m_contentLength = 0;
        m_state = State::Complete;
    }
    // Expect is ignored in HTTP/1.0 (RFC 9110 §10.1.1); 100-continue is the only expectation.
    const QList<QByteArray> expect = headerValues(h, "expect");
    if (!http10 && !expect.isEmpty()) {
        if (expect.size() != 1 || expect.first().compare("100-continue", Qt::CaseInsensitive) != 0)
            return fail(417, QStringLiteral("the only supported expectation is 100-continue"));
        m_expectContinue = m_state != State::Complete;
    }
}

void HttpRequestParser::onChunkSizeLine(const QByteArray &line)
{
    // chunk-size [ BWS ";" chunk-ext ] ; chunk-size = 1*HEXDIG
    const qint64 budget = m_limits.maxBodyBytes - qint64(m_request.body.size());
    qint64 size = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        const int d = hexValue(line[i]);
        if (d < 0)
            break;
        // size * 16 + d must stay within what the body may still take; checked before it is
        // computed, so no value (7fffffffffffffff, 64 digits of f) can overflow.
        if (size > (budget >> 4) || size * 16 + d > budget)
            return fail(413, QStringLiteral("the request body is larger than %1").arg(sizeText(m_limits.maxBodyBytes)));
        size = size * 16 + d;
    }
    if (i == 0)
        return fail(400, QStringLiteral("invalid chunk size in the chunked request body"));
    while (i < line.size() && isOws(line[i]))
        ++i;
    if (i < line.size()) {
        if (line[i] != ';' || !isFieldValue(QByteArrayView(line).sliced(i)))
            return fail(400, QStringLiteral("invalid chunk size in the chunked request body"));
    }
    if (size == 0) {
        m_state = State::Trailers;
        return;
    }
    m_chunkRemaining = size;
    m_state = State::ChunkData;
}

void HttpRequestParser::onTrailerLine(const QByteArray &line)
{
    if (line.isEmpty()) {
        m_state = State::Complete;
        return;
    }
    HttpHeader field;
    if (!parseField(line, field))
        return;
    if (m_request.trailers.size() >= m_limits.maxTrailers)
        return fail(431, QStringLiteral("the request has more than %1 trailer fields").arg(m_limits.maxTrailers));
    m_request.trailers.append(std::move(field));
}

} // namespace Studio::Net
