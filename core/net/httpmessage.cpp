// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/httpmessage.h"

namespace Studio::Net {

static bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray headerValue(const HttpHeaderList &headers, QByteArrayView name)
{
    for (const HttpHeader &h : headers)
        if (sameName(h.first, name))
            return h.second;
    return {};
}

QList<QByteArray> headerValues(const HttpHeaderList &headers, QByteArrayView name)
{
    QList<QByteArray> out;
    for (const HttpHeader &h : headers)
        if (sameName(h.first, name))
            out.append(h.second);
    return out;
}

bool hasHeader(const HttpHeaderList &headers, QByteArrayView name)
{
    for (const HttpHeader &h : headers)
        if (sameName(h.first, name))
            return true;
    return false;
}

qsizetype removeHeader(HttpHeaderList &headers, QByteArrayView name)
{
    return headers.removeIf([name](const HttpHeader &h) { return sameName(h.first, name); });
}

bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= '0' && u <= '9')
        return true;
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

static bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7f;
}

bool isFieldValue(QByteArrayView value)
{
    for (char c : value)
        if (isControl(c))
            return false;
    return true;
}

QByteArray sanitizedFieldValue(QByteArrayView value)
{
    QByteArray out = value.toByteArray();
    for (char &c : out)
        if (isControl(c))
            c = ' ';
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 203: return "Non-Authoritative Information";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

QByteArray HttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray HttpRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

} // namespace Studio::Net
