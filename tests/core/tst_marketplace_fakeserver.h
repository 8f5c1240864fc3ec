// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A loopback HTTP/1.1 server for tests (port 0): canned responses per METHOD + path, every
// request recorded. Header-only so several test executables can share it (tests/core for the
// Marketplace, tests/hostile for the attacks a hostile server makes: bodies streamed from a
// generator and never built in memory, endless bodies, lying lengths, truncated and stalled
// transfers).

#include "core/package/checksum.h"
#include "core/package/packagereader.h"
#include "core/package/zipwriter_p.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <limits>
#include <memory>

namespace TestSupport {

struct FakeRequest
{
    QByteArray method;
    QByteArray path;  // decoded, without query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct FakeResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    bool hangUp = false;      // close the connection without an answer
    int chunkDelayMs = 0;     // >0: send the body in 64 KiB chunks with this pause between them
    QList<QPair<QByteArray, QByteArray>> headers = {}; // extra response headers (Location, x-ratelimit-*)
    // Hostile answers. `stream` makes the body piece by piece (offset, at most max bytes), so a
    // 500 MB answer costs the test no memory; streamBytes is its length (-1 with endless).
    std::function<QByteArray(qint64 offset, qint64 max)> stream = {};
    qint64 streamBytes = 0;
    bool endless = false;            // the body never ends (no Content-Length; stream or body repeated)
    qint64 declaredLength = -1;      // >= 0: the Content-Length announced, whatever is sent
    bool noContentLength = false;    // announce no length (the body ends when the connection closes)
    qint64 closeAfter = -1;          // >= 0: close the connection after this many body bytes (truncated)
    qint64 stallAfter = -1;          // >= 0: after this many body bytes send nothing more, stay connected
};

// A real (tiny) plugin package and its unique identifier, as the Marketplace would serve it: the
// client checks a downloaded package against the identifier's checksum (formats.md §3.5).
struct TinyPackage
{
    QByteArray bytes;
    QString identifier; // author/name:version@checksum
};

inline TinyPackage tinyPackage(const QString &author, const QString &name, const QString &version, const QByteArray &filler = {})
{
    const QByteArray manifest = "version: " + version.toUtf8() + "\ntype: plugin\nauthor: " + author.toUtf8() + "\nname: "
        + name.toUtf8() + "\nlabel:\n  en_US: " + name.toUtf8() + "\ncreated_at: 2025-01-01T00:00:00Z\n";
    const auto zip = Studio::Package::Internal::writeZipToMemory(
        {{QStringLiteral("manifest.yaml"), manifest}, {QStringLiteral("filler.bin"), filler}}, {});
    if (!zip)
        return {};
    auto reader = Studio::Package::PackageReader::fromBytes(zip.value(), QStringLiteral("tiny.difypkg"));
    if (!reader)
        return {};
    const auto sum = (*reader)->checksum();
    return {zip.value(), Studio::Package::uniqueIdentifier(author, name, version, sum ? sum.value() : QString())};
}

inline QByteArray envelope(const QByteArray &dataJson, int code = 0, const QByteArray &msg = "success")
{
    return "{\"code\":" + QByteArray::number(code) + ",\"msg\":\"" + msg + "\",\"data\":" + dataJson + "}";
}

class FakeHttpServer
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    FakeHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost, m_port); }
    void stop()
    {
        m_port = m_server.serverPort();
        m_server.close();
    }
    quint16 port() const { return m_server.isListening() ? m_server.serverPort() : m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }

    void on(const QByteArray &method, const QByteArray &path, Handler h) { m_routes.insert(method + ' ' + path, std::move(h)); }
    void onStatic(const QByteArray &method, const QByteArray &path, const FakeResponse &r)
    {
        on(method, path, [r](const FakeRequest &) { return r; });
    }
    void onJson(const QByteArray &method, const QByteArray &path, const QByteArray &dataJson)
    {
        FakeResponse r;
        r.body = envelope(dataJson);
        onStatic(method, path, r);
    }

    QList<FakeRequest> requests;

private:
    void serve(QTcpSocket *s)
    {
        auto buf = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buf] {
            buf->append(s->readAll());
            const qsizetype headerEnd = buf->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            FakeRequest req;
            const QList<QByteArray> lines = buf->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            const QByteArray target = first.value(1);
            const qsizetype q = target.indexOf('?');
            req.path = QByteArray::fromPercentEncoding(q >= 0 ? target.left(q) : target);
            if (q >= 0)
                req.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray l = lines.at(i).trimmed();
                const qsizetype c = l.indexOf(':');
                if (c > 0)
                    req.headers.insert(l.left(c).trimmed().toLower(), l.mid(c + 1).trimmed());
            }
            const qsizetype len = req.headers.value("content-length").toLongLong();
            if (buf->size() < headerEnd + 4 + len)
                return;
            req.body = buf->mid(headerEnd + 4, len);
            buf->clear();
            requests.append(req);
            FakeResponse resp;
            const auto it = m_routes.constFind(req.method + ' ' + req.path);
            if (it != m_routes.cend()) {
                resp = (*it)(req);
            } else {
                resp.status = 404;
                resp.body = envelope("null", 404, "not found");
            }
            if (resp.hangUp) {
                s->abort();
                return;
            }
            const bool streamed = bool(resp.stream) || resp.endless;
            const qint64 length = resp.stream ? resp.streamBytes : resp.body.size();
            QByteArray head = "HTTP/1.1 " + QByteArray::number(resp.status) + " X\r\nContent-Type: " + resp.contentType + "\r\n";
            if (resp.declaredLength >= 0)
                head += "Content-Length: " + QByteArray::number(resp.declaredLength) + "\r\n";
            else if (!resp.endless && !resp.noContentLength)
                head += "Content-Length: " + QByteArray::number(length) + "\r\n";
            head += "Connection: close\r\n";
            for (const auto &h : resp.headers)
                head += h.first + ": " + h.second + "\r\n";
            head += "\r\n";
            s->write(head);
            if (!streamed && resp.chunkDelayMs <= 0 && resp.closeAfter < 0 && resp.stallAfter < 0) {
                s->write(resp.body);
                s->disconnectFromHost();
                return;
            }
            if (streamed || resp.closeAfter >= 0 || resp.stallAfter >= 0) {
                // Written as the client reads, never more than 256 KiB ahead of it.
                qint64 limit = resp.endless ? std::numeric_limits<qint64>::max() : length;
                if (resp.closeAfter >= 0)
                    limit = qMin(limit, resp.closeAfter);
                if (resp.stallAfter >= 0)
                    limit = qMin(limit, resp.stallAfter);
                const bool close = resp.stallAfter < 0;
                auto sent = std::make_shared<qint64>(0);
                auto source = std::make_shared<FakeResponse>(resp);
                auto pump = [s, sent, source, limit, close] {
                    while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 256 * 1024 && *sent < limit) {
                        const qint64 want = qMin<qint64>(64 * 1024, limit - *sent);
                        QByteArray piece;
                        if (source->stream)
                            piece = source->stream(*sent, want);
                        else if (!source->body.isEmpty())
                            piece = source->body.mid(*sent % source->body.size(), want);
                        if (piece.isEmpty())
                            break;
                        s->write(piece.left(want));
                        *sent += qMin<qint64>(piece.size(), want);
                    }
                    if (*sent >= limit && close && s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() == 0)
                        s->disconnectFromHost();
                };
                QObject::connect(s, &QTcpSocket::bytesWritten, s, pump);
                pump();
                return;
            }
            auto pos = std::make_shared<qsizetype>(0);
            auto body = std::make_shared<QByteArray>(resp.body);
            auto *timer = new QTimer(s);
            QObject::connect(timer, &QTimer::timeout, s, [s, pos, body, timer] {
                if (s->state() != QAbstractSocket::ConnectedState) {
                    timer->stop();
                    return;
                }
                s->write(body->mid(*pos, 65536));
                *pos += 65536;
                if (*pos >= body->size()) {
                    timer->stop();
                    s->disconnectFromHost();
                }
            });
            timer->start(resp.chunkDelayMs);
        });
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QByteArray, Handler> m_routes;
};

} // namespace TestSupport
