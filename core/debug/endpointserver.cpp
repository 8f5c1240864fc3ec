// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debug/endpointserver.h"

#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace Studio::Debug {

// ---------------------------------------------------------------- serialisation

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QByteArray serializeEndpointRequest(const HttpRequest &request, const QString &hookId, const QByteArray &pathAfterHook,
                                    const QString &hookBaseUrl)
{
    static const QList<QByteArray> dropped = {"x-forwarded-for", "x-real-ip", "x-forwarded", "x-original-forwarded-for",
                                              "x-original-url", "x-original-host", "transfer-encoding",
                                              "content-length", "host", "user-agent"};
    QByteArray host = request.header("X-Original-Host");
    if (host.isEmpty())
        host = request.header("Host");
    if (host.isEmpty())
        host = "localhost";
    QList<QPair<QByteArray, QByteArray>> others;
    bool hasHookUrl = false;
    for (const auto &h : request.headers) {
        const QByteArray lower = h.first.toLower();
        if (h.first.contains('_') || dropped.contains(lower) || lower == "dify-hook-id")
            continue;
        if (lower == "dify-hook-url")
            hasHookUrl = true;
        others.append(h);
    }
    others.append({"Dify-Hook-Id", hookId.toUtf8()});
    if (!hasHookUrl) {
        const int q = pathAfterHook.indexOf('?');
        const QByteArray pathOnly = q >= 0 ? pathAfterHook.left(q) : pathAfterHook;
        others.append({"Dify-Hook-Url", hookBaseUrl.toUtf8() + pathOnly});
    }
    std::stable_sort(others.begin(), others.end(),
                     [](const auto &a, const auto &b) { return a.first.toLower() < b.first.toLower(); });

    QByteArray out;
    out.reserve(request.body.size() + 512);
    out += request.method + ' ' + (pathAfterHook.isEmpty() ? QByteArray("/") : pathAfterHook) + " HTTP/1.1\r\n";
    out += "Host: " + host + "\r\n";
    const QByteArray ua = request.header("User-Agent");
    if (!ua.isEmpty())
        out += "User-Agent: " + ua + "\r\n";
    out += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    for (const auto &h : others)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += request.body;
    return out;
}

// ---------------------------------------------------------------- one HTTP connection

class EndpointHttpConnection : public QObject
{
public:
    EndpointHttpConnection(QTcpSocket *socket, EndpointServer *server)
        : QObject(server), m_server(server), m_socket(socket)
    {
        socket->setParent(this);
        m_clock.start();
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { onClientGone(); });
        // A client that never completes its request is dropped after 60 s.
        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            if (!m_dispatched)
                respondError(408, QStringLiteral("the request was not completed within 60 s"));
        });
        m_idle.start(60000);
    }
    ~EndpointHttpConnection() override
    {
        if (m_counted)
            --m_server->m_active;
    }

private:
    enum class Stage { Head, Body, Chunked, Dispatched };

    void onReadyRead()
    {
        if (m_dispatched) {
            m_socket->readAll(); // pipelined extras are ignored (we answer with Connection: close)
            return;
        }
        m_buffer += m_socket->readAll();
        if (m_stage == Stage::Head) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > 64 * 1024)
                    respondError(431, QStringLiteral("the request headers are larger than 64 KiB"));
                return;
            }
            if (!parseHead(m_buffer.left(end)))
                return;
            m_buffer.remove(0, end + 4);
            const QByteArray te = m_request.header("Transfer-Encoding").toLower();
            const QByteArray cl = m_request.header("Content-Length");
            if (te.contains("chunked")) {
                m_stage = Stage::Chunked;
            } else if (!cl.isEmpty()) {
                bool ok = false;
                m_contentLength = cl.trimmed().toLongLong(&ok);
                if (!ok || m_contentLength < 0)
                    return respondError(400, QStringLiteral("invalid Content-Length header"));
                if (m_contentLength > m_server->m_maxBody)
                    return respondError(413, QStringLiteral("the request body is larger than %1 MiB")
                                                 .arg(m_server->m_maxBody / (1024 * 1024)));
                m_stage = Stage::Body;
            } else {
                m_contentLength = 0;
                m_stage = Stage::Body;
            }
        }
        if (m_stage == Stage::Body) {
            if (m_buffer.size() < m_contentLength)
                return;
            m_request.body = m_buffer.left(m_contentLength);
            m_buffer.clear();
            dispatch();
            return;
        }
        if (m_stage == Stage::Chunked)
            parseChunks();
    }

    void parseChunks()
    {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_chunkPos);
            if (lineEnd < 0)
                return;
            QByteArray sizeText = m_buffer.mid(m_chunkPos, lineEnd - m_chunkPos);
            const qsizetype semi = sizeText.indexOf(';');
            if (semi >= 0)
                sizeText.truncate(semi);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return respondError(400, QStringLiteral("invalid chunk size in the chunked request body"));
            if (size == 0) {
                // Trailers (ignored) end with an empty line.
                if (m_buffer.indexOf("\r\n", lineEnd + 2) < 0 && m_buffer.size() < lineEnd + 4)
                    return;
                m_buffer.clear();
                dispatch();
                return;
            }
            if (m_request.body.size() + size > m_server->m_maxBody)
                return respondError(413, QStringLiteral("the request body is larger than %1 MiB")
                                             .arg(m_server->m_maxBody / (1024 * 1024)));
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return;
            m_request.body += m_buffer.mid(lineEnd + 2, size);
            m_chunkPos = lineEnd + 2 + size + 2;
            if (m_chunkPos > 1024 * 1024) {
                m_buffer.remove(0, m_chunkPos);
                m_chunkPos = 0;
            }
        }
    }

    bool parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> parts = lines.value(0).trimmed().split(' ');
        if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.") || !parts.at(1).startsWith('/')) {
            respondError(400, QStringLiteral("malformed request line"));
            return false;
        }
        m_request.method = parts.at(0);
        m_request.target = parts.at(1);
        m_request.version = parts.at(2);
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray l = lines.at(i).trimmed();
            if (l.isEmpty())
                continue;
            const qsizetype colon = l.indexOf(':');
            if (colon <= 0) {
                respondError(400, QStringLiteral("malformed header line"));
                return false;
            }
            m_request.headers.append({l.left(colon).trimmed(), l.mid(colon + 1).trimmed()});
        }
        if (!m_request.header("Transfer-Encoding").isEmpty() && !m_request.header("Content-Length").isEmpty()) {
            respondError(400, QStringLiteral("Content-Length and Transfer-Encoding must not be used together"));
            return false;
        }
        return true;
    }

    void dispatch()
    {
        m_dispatched = true;
        m_stage = Stage::Dispatched;
        m_idle.stop();
        static const QList<QByteArray> methods = {"HEAD", "GET", "POST", "PUT", "DELETE", "OPTIONS"};
        // /e/{hook_id}/{path...}
        const QByteArray target = m_request.target;
        const qsizetype q = target.indexOf('?');
        const QByteArray path = q >= 0 ? target.left(q) : target;
        const QByteArray query = q >= 0 ? target.mid(q) : QByteArray();
        if (!path.startsWith("/e/"))
            return respondError(404, QStringLiteral("endpoint not found"));
        const qsizetype slash = path.indexOf('/', 3);
        m_hookId = QString::fromLatin1(slash < 0 ? path.mid(3) : path.mid(3, slash - 3));
        QByteArray rest = slash < 0 ? QByteArray("/") : path.mid(slash);
        m_path = QString::fromLatin1(rest);
        const auto instance = m_server->m_registry->find(m_hookId);
        if (m_hookId.isEmpty() || !instance)
            return respondError(404, QStringLiteral("endpoint not found"));
        if (!methods.contains(m_request.method))
            return respondError(405, QStringLiteral("method %1 is not supported by Dify endpoints (use HEAD, GET, "
                                                    "POST, PUT, DELETE or OPTIONS)")
                                         .arg(QString::fromLatin1(m_request.method)));
        if (!instance->enabled)
            return respondError(403, QStringLiteral("endpoint %1 is disabled; enable it in Plugin Studio")
                                         .arg(instance->name));
        Runtime::PluginConnection *conn = m_server->m_resolver ? m_server->m_resolver(instance->pluginId) : nullptr;
        if (!conn || !conn->isOpen())
            return respondError(503, QStringLiteral("plugin %1 is not running; start it (or connect it for remote "
                                                    "debugging) and retry")
                                         .arg(instance->pluginId));
        const QByteArray raw = serializeEndpointRequest(m_request, m_hookId, rest + query,
                                                        m_server->urlFor(m_hookId));
        Runtime::InvokeRequest req = Runtime::InvokeRequest::invokeEndpoint(raw, instance->settings);
        req.timeoutMs = m_server->m_timeoutMs;
        m_invocation = conn->invoke(req);
        m_invocation->setParent(this);
        ++m_server->m_active;
        m_counted = true;
        connect(m_invocation, &Runtime::Invocation::chunkReceived, this,
                [this](const QJsonObject &chunk) { onChunk(chunk); });
        connect(m_invocation, &Runtime::Invocation::finished, this, [this] { onFinished(); });
    }

    void writeHead(int status, const QJsonObject &headers)
    {
        m_headWritten = true;
        m_status = status;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
        static const QList<QByteArray> skip = {"content-length", "transfer-encoding", "connection"};
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            const QByteArray name = it.key().toUtf8();
            if (skip.contains(name.toLower()) || name.contains('\n') || name.contains('\r'))
                continue;
            QByteArray value = it.value().isString() ? it.value().toString().toUtf8()
                                                     : QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
            value.replace('\r', ' ').replace('\n', ' ');
            head += name + ": " + value + "\r\n";
        }
        head += "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        m_socket->write(head);
    }

    void onChunk(const QJsonObject &chunk)
    {
        if (!m_headWritten)
            writeHead(chunk.value(QLatin1String("status")).toInt(200), chunk.value(QLatin1String("headers")).toObject());
        const QString hex = chunk.value(QLatin1String("result")).toString();
        if (hex.isEmpty() || m_request.method == "HEAD")
            return;
        const QByteArray body = QByteArray::fromHex(hex.toLatin1());
        if (body.isEmpty())
            return;
        m_socket->write(QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n");
        m_socket->flush();
    }

    void onFinished()
    {
        const Runtime::InvocationState state = m_invocation->state();
        if (!m_headWritten) {
            if (state == Runtime::InvocationState::Succeeded) {
                writeHead(200, {});
            } else if (state == Runtime::InvocationState::TimedOut) {
                return respondError(504, QStringLiteral("the plugin did not answer within %1 s")
                                             .arg(m_server->m_timeoutMs / 1000));
            } else {
                return respondError(502, QStringLiteral("the plugin failed: %1").arg(m_invocation->error().message));
            }
        }
        m_socket->write("0\r\n\r\n");
        finishResponse();
    }

    void respondError(int status, const QString &message)
    {
        if (m_closing)
            return;
        if (m_headWritten) { // mid-stream failure: end the body abruptly so the client notices
            m_socket->abort();
            finishResponse();
            return;
        }
        m_status = status;
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
        m_socket->write(out);
        finishResponse();
    }

    void finishResponse()
    {
        if (m_closing)
            return;
        m_closing = true;
        emit m_server->requestServed(m_hookId, QString::fromLatin1(m_request.method), m_path, m_status,
                                     m_clock.elapsed());
        if (m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->disconnectFromHost();
            if (m_socket->state() != QAbstractSocket::UnconnectedState) {
                connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
                QTimer::singleShot(30000, this, &QObject::deleteLater);
                return;
            }
        }
        deleteLater();
    }

    void onClientGone()
    {
        if (m_closing)
            return;
        if (m_invocation && !m_invocation->isFinished())
            m_invocation->cancel();
        m_closing = true;
        deleteLater();
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 201: return "Created";
        case 202: return "Accepted";
        case 204: return "No Content";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 304: return "Not Modified";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 408: return "Request Timeout";
        case 413: return "Payload Too Large";
        case 431: return "Request Header Fields Too Large";
        case 500: return "Internal Server Error";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable";
        case 504: return "Gateway Timeout";
        default: return "Status";
        }
    }

    EndpointServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    HttpRequest m_request;
    Stage m_stage = Stage::Head;
    qint64 m_contentLength = 0;
    qsizetype m_chunkPos = 0;
    QPointer<Runtime::Invocation> m_invocation;
    QTimer m_idle;
    QElapsedTimer m_clock;
    QString m_hookId, m_path;
    int m_status = 0;
    bool m_dispatched = false;
    bool m_headWritten = false;
    bool m_closing = false;
    bool m_counted = false;
};

// ---------------------------------------------------------------- server

EndpointServer::EndpointServer(EndpointRegistry *registry, QObject *parent)
    : QObject(parent), m_registry(registry), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &EndpointServer::onNewConnection);
}

EndpointServer::~EndpointServer() = default;

VoidResult EndpointServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return Error(ErrorCode::NetworkError,
                     QCoreApplication::translate("Studio", "Cannot start the endpoint server on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString()));
    return {};
}

void EndpointServer::close()
{
    m_server->close();
}

bool EndpointServer::isListening() const
{
    return m_server->isListening();
}

quint16 EndpointServer::port() const
{
    return m_server->serverPort();
}

QString EndpointServer::baseUrl() const
{
    QHostAddress a = m_server->serverAddress();
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a.isNull())
        a = QHostAddress::LocalHost;
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString())
                                                                        : a.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

QString EndpointServer::urlFor(const QString &hookId) const
{
    return baseUrl() + QStringLiteral("/e/") + hookId;
}

void EndpointServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new EndpointHttpConnection(socket, this);
}

} // namespace Studio::Debug
