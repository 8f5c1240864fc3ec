// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 request parser of the loopback servers (endpoint server, file store, OAuth
// listener) and the response writer that frames what a plugin answers.
// Input: the bytes a client sends (possibly several pipelined requests); the last 5 bytes choose
// the limits and how the bytes are cut into reads.
// Invariants: nothing crashes or hangs; the outcome does not depend on how the bytes arrive (all
// at once, or in random pieces: same state, status, request and, when complete, bytes consumed); what is held stays
// within the limits; a complete request has a token method, HTTP/1.x, token field names,
// clean values, never both Content-Length and Transfer-Encoding, and a body within the cap of
// exactly the announced length; a refusal has a 4xx/5xx status and a reason; a response head the
// writer makes from any fields parses back as one head whose framing is the writer's own.
#include "fuzz/fuzzcommon.h"

#include "core/net/httpparser.h"
#include "core/net/httpwriter.h"

#include <cctype>

using namespace Studio;
using namespace Studio::Net;

namespace {

struct Outcome
{
    HttpRequestParser::State state;
    qsizetype consumed = 0;
    int status = 0;
    HttpRequest request;
};

Outcome run(const HttpLimits &limits, QByteArrayView data, quint32 seed, bool pieces)
{
    HttpRequestParser parser(limits);
    Outcome o;
    qsizetype at = 0;
    while (at < data.size()) {
        qsizetype n = data.size() - at;
        if (pieces) {
            seed = seed * 1103515245u + 12345u;
            n = qMin<qsizetype>(n, 1 + (seed >> 16) % 23);
        }
        const qsizetype used = parser.feed(data.sliced(at, n));
        FUZZ_CHECK(used >= 0 && used <= n, QStringLiteral("feed consumed %1 of %2").arg(used).arg(n));
        // The head is held twice (raw and parsed) and may overshoot its cap by the line that
        // crossed it before the parser refuses it.
        FUZZ_CHECK(parser.bufferedBytes() <= 2 * (limits.maxHeaderBytes + limits.maxHeaderLine + 2) + limits.maxBodyBytes
                                                 + limits.maxTrailerBytes + limits.maxChunkLine + 2,
                   QStringLiteral("the parser holds %1 bytes").arg(parser.bufferedBytes()));
        at += used;
        if (parser.isComplete() || parser.hasFailed())
            break;
        FUZZ_CHECK(used == n, QStringLiteral("an unfinished request left input unread"));
    }
    o.state = parser.state();
    o.consumed = at;
    o.status = parser.failureStatus();
    if (parser.hasFailed()) {
        FUZZ_CHECK(o.status >= 400 && o.status <= 599, QStringLiteral("refused with status %1").arg(o.status));
        FUZZ_CHECK(!parser.failureMessage().isEmpty(), QStringLiteral("refused without a reason"));
    }
    if (parser.isComplete()) {
        FUZZ_CHECK(parser.headComplete(), QStringLiteral("complete without a head"));
        const qint64 length = parser.contentLength();
        o.request = parser.takeRequest();
        const HttpRequest &r = o.request;
        FUZZ_CHECK(isToken(r.method), QStringLiteral("method '%1'").arg(QString::fromLatin1(r.method)));
        // HTTP/1.x: a higher minor version is read as 1.1 (RFC 9110 §2.5).
        FUZZ_CHECK(r.version.size() == 8 && r.version.startsWith("HTTP/1.") && std::isdigit(uchar(r.version.at(7))),
                   QStringLiteral("version '%1'").arg(QString::fromLatin1(r.version)));
        FUZZ_CHECK(!r.target.isEmpty(), QStringLiteral("empty target"));
        for (const auto &h : r.headers + r.trailers) {
            FUZZ_CHECK(isToken(h.first), QStringLiteral("field name '%1'").arg(QString::fromLatin1(h.first)));
            FUZZ_CHECK(isFieldValue(h.second) || h.second.isEmpty(), QStringLiteral("field value with controls"));
        }
        FUZZ_CHECK(!(hasHeader(r.headers, "content-length") && hasHeader(r.headers, "transfer-encoding")),
                   QStringLiteral("Content-Length and Transfer-Encoding both accepted"));
        FUZZ_CHECK(headerValues(r.headers, "content-length").size() <= 1, QStringLiteral("two Content-Length accepted"));
        FUZZ_CHECK(r.body.size() <= limits.maxBodyBytes, QStringLiteral("body over the cap"));
        if (!r.chunked)
            FUZZ_CHECK(r.body.size() == length, QStringLiteral("body %1 bytes, Content-Length %2").arg(r.body.size()).arg(length));
        FUZZ_CHECK(r.trailers.size() <= limits.maxTrailers, QStringLiteral("too many trailers"));
        FUZZ_CHECK(r.headers.size() <= limits.maxHeaders, QStringLiteral("too many fields"));
        FUZZ_CHECK(r.rawHead.size() <= limits.maxHeaderBytes, QStringLiteral("head over the cap"));
    }
    return o;
}

void checkWriter(const HttpHeaderList &fields, int status, const QByteArray &body)
{
    const QByteArray response = fixedResponse(status, fields, body);
    HttpLimits big;
    big.maxHeaders = 10'000;
    big.maxHeaderBytes = 1 << 24;
    big.maxHeaderLine = 1 << 24;
    big.maxRequestLine = 1 << 24;
    // The head a client reads: the status line, fields, one blank line.
    const qsizetype end = response.indexOf("\r\n\r\n");
    FUZZ_CHECK(end > 0, QStringLiteral("no end of head"));
    const QByteArray head = response.left(end + 2);
    FUZZ_CHECK(!head.contains('\0'), QStringLiteral("NUL in the head"));
    const QList<QByteArray> lines = head.split('\n');
    int contentLengths = 0;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        FUZZ_CHECK(line.endsWith('\r') && line.count('\r') == 1, QStringLiteral("a bare CR or LF in a field"));
        const qsizetype colon = line.indexOf(':');
        FUZZ_CHECK(colon > 0 && isToken(line.left(colon)), QStringLiteral("field line '%1'").arg(QString::fromLatin1(line)));
        if (line.left(colon).compare("content-length", Qt::CaseInsensitive) == 0)
            ++contentLengths;
        FUZZ_CHECK(line.left(colon).compare("transfer-encoding", Qt::CaseInsensitive) != 0,
                   QStringLiteral("a caller's Transfer-Encoding was written"));
    }
    if (!statusHasNoBody(status)) {
        FUZZ_CHECK(contentLengths == 1, QStringLiteral("%1 Content-Length fields").arg(contentLengths));
        FUZZ_CHECK(response.size() == end + 4 + body.size(), QStringLiteral("body framing"));
    } else {
        FUZZ_CHECK(contentLengths == 0 && response.size() == end + 4, QStringLiteral("a body on status %1").arg(status));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    FuzzedDataProvider fdp(data, size);
    const quint8 limitsChoice = fdp.ConsumeIntegral<quint8>();
    const quint32 seed = fdp.ConsumeIntegral<quint32>();
    const std::vector<uint8_t> rest = fdp.ConsumeRemainingBytes<uint8_t>();
    const QByteArrayView stream(reinterpret_cast<const char *>(rest.data()), qsizetype(rest.size()));

    HttpLimits limits;
    if (limitsChoice & 1) { // small caps, so every one of them is reached
        limits.maxRequestLine = 64;
        limits.maxHeaderLine = 48;
        limits.maxHeaders = 4;
        limits.maxHeaderBytes = 200;
        limits.maxBodyBytes = 100;
        limits.maxChunkLine = 16;
        limits.maxTrailers = 2;
        limits.maxTrailerBytes = 40;
    }
    // Up to 4 pipelined requests, each parsed by a fresh parser as the servers do.
    qsizetype at = 0;
    for (int i = 0; i < 4 && at < stream.size(); ++i) {
        const Outcome whole = run(limits, stream.sliced(at), seed, false);
        const Outcome cut = run(limits, stream.sliced(at), seed + quint32(i), true);
        // (After a refusal the connection is closed: how far the parser read then does not matter.)
        FUZZ_CHECK(whole.state == cut.state && whole.status == cut.status
                       && (whole.state != HttpRequestParser::State::Complete || whole.consumed == cut.consumed),
                   QStringLiteral("in pieces: state %1/%2, consumed %3/%4, status %5/%6")
                       .arg(int(whole.state)).arg(int(cut.state)).arg(whole.consumed).arg(cut.consumed)
                       .arg(whole.status).arg(cut.status));
        const HttpRequest &a = whole.request, &b = cut.request;
        FUZZ_CHECK(a.method == b.method && a.target == b.target && a.version == b.version && a.headers == b.headers
                       && a.body == b.body && a.trailers == b.trailers && a.rawHead == b.rawHead,
                   QStringLiteral("the request differs when it arrives in pieces"));
        if (whole.state == HttpRequestParser::State::Complete) {
            HttpHeaderList fields = a.headers;
            fields << HttpHeader{a.target, a.body.left(64)}; // a name that is not a token must be dropped
            checkWriter(fields, 100 + int(seed % 500), a.body);
        }
        if (whole.state != HttpRequestParser::State::Complete)
            break;
        at += whole.consumed;
    }
    (void)sanitizedFieldValue(stream.first(qMin<qsizetype>(200, stream.size())));
    FUZZ_CHECK(isFieldValue(sanitizedFieldValue(stream.first(qMin<qsizetype>(200, stream.size())))) || stream.isEmpty(),
               QStringLiteral("a sanitized value is still not a field value"));
    return 0;
}
