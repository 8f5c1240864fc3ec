// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A loopback HTTP/1.1 server for tests (port 0): canned responses per METHOD + path, every
// request recorded. Header-only so several test executables can share it.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
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
};

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
            QByteArray head = "HTTP/1.1 " + QByteArray::number(resp.status) + " X\r\nContent-Type: " + resp.contentType
                + "\r\nContent-Length: " + QByteArray::number(resp.body.size()) + "\r\nConnection: close\r\n";
            for (const auto &h : resp.headers)
                head += h.first + ": " + h.second + "\r\n";
            head += "\r\n";
            s->write(head);
            if (resp.chunkDelayMs <= 0) {
                s->write(resp.body);
                s->disconnectFromHost();
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
