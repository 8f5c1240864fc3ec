// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing HTTP/1.1 responses: the status line and fields, fixed-length and chunked bodies
// (RFC 9112 §4, §7.1). Fields that came from elsewhere (a plugin's answer) cannot break the
// framing: a name that is not a token is dropped, control characters in a value become spaces,
// and the fields that frame the message (Content-Length, Transfer-Encoding, Connection) are the
// writer's, never the caller's.

#include "core/net/httpmessage.h"

namespace Studio::Net {

// 1xx, 204 and 304 responses never carry a body (RFC 9110 §6.4.1).
bool statusHasNoBody(int status);

// The fields a caller may not set: the writer frames the message itself.
bool isFramingField(QByteArrayView name);

// "HTTP/1.1 <status> <reason>\r\n", the fields (framing fields of the caller dropped, see above)
// followed by `framing` (written as given), and the blank line.
QByteArray responseHead(int status, const HttpHeaderList &fields, const HttpHeaderList &framing = {});

// A whole response with a Content-Length body; `headOnly` writes the head alone (HEAD requests),
// a status without a body gets neither a body nor a Content-Length.
QByteArray fixedResponse(int status, const HttpHeaderList &fields, const QByteArray &body, bool headOnly = false,
                         const HttpHeaderList &framing = {});

// One chunk: "<hex size>\r\n<data>\r\n". Empty data gives no bytes (a zero-size chunk ends the body).
QByteArray chunk(QByteArrayView data);
// The last chunk and the trailer section ("0\r\n", trailers, "\r\n").
QByteArray lastChunk(const HttpHeaderList &trailers = {});

} // namespace Studio::Net
