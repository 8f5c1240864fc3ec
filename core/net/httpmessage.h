// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pieces of an HTTP/1.1 message (RFC 9110/9112) shared by the studio's servers and its HTTP
// client code: header lists that keep order and the names as received, case-insensitive look-up,
// token and field-value rules, reason phrases, and one parsed request.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Studio::Net {

// Header fields in the order received, names as spelled by the peer.
using HttpHeader = QPair<QByteArray, QByteArray>;
using HttpHeaderList = QList<HttpHeader>;

// The first value of `name` (case-insensitive), empty when absent.
QByteArray headerValue(const HttpHeaderList &headers, QByteArrayView name);
// Every value of `name`, in order.
QList<QByteArray> headerValues(const HttpHeaderList &headers, QByteArrayView name);
bool hasHeader(const HttpHeaderList &headers, QByteArrayView name);
// Removes every field called `name`; returns how many were removed.
qsizetype removeHeader(HttpHeaderList &headers, QByteArrayView name);

// tchar of RFC 9110 §5.6.2.
bool isTokenChar(char c);
// A non-empty sequence of tchar (field names, methods, transfer codings).
bool isToken(QByteArrayView text);
// A field value may hold visible characters, obs-text, SP and HTAB, never CR, LF, NUL or other
// controls (RFC 9110 §5.5).
bool isFieldValue(QByteArrayView value);
// `value` with every control character (CR, LF, NUL, ...; not HTAB) replaced by a space, so a value
// that came from elsewhere cannot end the field or inject another one.
QByteArray sanitizedFieldValue(QByteArrayView value);

// "OK", "Not Found", ...; "Unknown" for codes without a registered phrase.
QByteArray reasonPhrase(int status);

// One request as parsed by HttpRequestParser.
struct HttpRequest
{
    QByteArray method;  // "GET"
    QByteArray target;  // origin form as received: "/e/abc/x?y=1" ("*" for OPTIONS *)
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    HttpHeaderList headers;
    QByteArray body;         // decoded (a chunked body reassembled)
    HttpHeaderList trailers; // fields after a chunked body, never merged into `headers`
    QByteArray rawHead;      // the request line and header lines as received, blank line included
    bool chunked = false;    // the body came with Transfer-Encoding: chunked

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    QByteArray path() const;  // target up to '?'
    QByteArray query() const; // after '?', without it
};

} // namespace Studio::Net
