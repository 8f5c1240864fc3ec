// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/httpwriter.h"

namespace Studio::Net {

bool statusHasNoBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

bool isFramingField(QByteArrayView name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
        || name.compare("connection", Qt::CaseInsensitive) == 0
        || name.compare("keep-alive", Qt::CaseInsensitive) == 0
        || name.compare("trailer", Qt::CaseInsensitive) == 0
        || name.compare("upgrade", Qt::CaseInsensitive) == 0;
}

static void appendFields(QByteArray &out, const HttpHeaderList &fields, bool dropFraming)
{
    for (const HttpHeader &f : fields) {
        if (!isToken(f.first) || (dropFraming && isFramingField(f.first)))
            continue;
        out += f.first;
        out += ": ";
        out += sanitizedFieldValue(f.second);
        out += "\r\n";
    }
}

QByteArray responseHead(int status, const HttpHeaderList &fields, const HttpHeaderList &framing)
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\n";
    appendFields(out, fields, true);
    appendFields(out, framing, false);
    out += "\r\n";
    return out;
}

QByteArray fixedResponse(int status, const HttpHeaderList &fields, const QByteArray &body, bool headOnly,
                         const HttpHeaderList &framing)
{
    if (statusHasNoBody(status))
        return responseHead(status, fields, framing);
    HttpHeaderList f = framing;
    f.prepend({"Content-Length", QByteArray::number(body.size())});
    QByteArray out = responseHead(status, fields, f);
    if (!headOnly)
        out += body;
    return out;
}

QByteArray chunk(QByteArrayView data)
{
    if (data.isEmpty())
        return {};
    QByteArray out = QByteArray::number(qint64(data.size()), 16);
    out.reserve(out.size() + data.size() + 4);
    out += "\r\n";
    out += data;
    out += "\r\n";
    return out;
}

QByteArray lastChunk(const HttpHeaderList &trailers)
{
    QByteArray out = "0\r\n";
    appendFields(out, trailers, true);
    out += "\r\n";
    return out;
}

} // namespace Studio::Net
