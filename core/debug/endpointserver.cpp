// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debug/endpointserver.h"

#include "core/net/httpserver.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>

#include <algorithm>

namespace Studio::Debug {

// ---------------------------------------------------------------- serialisation

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

// ---------------------------------------------------------------- one request

// One request to an endpoint, from the parsed request to the plugin and back: finds the
// instance, asks the plugin (endpoint/invoke_endpoint) and streams its answer as it arrives
// (status and headers from the first chunk, then each body piece as an HTTP chunk). Lives as a
// child of its exchange; when the client goes away the invocation is cancelled.
class EndpointHttpConnection : public QObject
{
public:
    EndpointHttpConnection(Net::HttpExchange *exchange, EndpointServer *server)
        : QObject(exchange), m_server(server), m_exchange(exchange)
    {
        connect(exchange, &Net::HttpExchange::clientGone, this, [this] {
            if (m_invocation && !m_invocation->isFinished())
                m_invocation->cancel();
            finish();
        });
    }

    ~EndpointHttpConnection() override
    {
        if (m_invocation && !m_invocation->isFinished())
            m_invocation->cancel();
        if (m_counted && m_server)
            --m_server->m_active;
    }

    void dispatch()
    {
        static const QList<QByteArray> methods = {"HEAD", "GET", "POST", "PUT", "DELETE", "OPTIONS"};
        const Net::HttpRequest &request = m_exchange->request();
        // /e/{hook_id}/{path...}
        const QByteArray path = request.path();
        const QByteArray query = request.target.mid(path.size());
        if (!path.startsWith("/e/"))
            return respondError(404, QStringLiteral("endpoint not found"));
        const qsizetype slash = path.indexOf('/', 3);
        m_hookId = QString::fromLatin1(slash < 0 ? path.mid(3) : path.mid(3, slash - 3));
        m_rest = slash < 0 ? QByteArray("/") : path.mid(slash);
        m_path = QString::fromLatin1(m_rest);
        const auto instance = m_server->m_registry->find(m_hookId);
        if (m_hookId.isEmpty() || !instance)
            return respondError(404, QStringLiteral("endpoint not found"));
        if (!methods.contains(request.method))
            return respondError(405, QStringLiteral("method %1 is not supported by Dify endpoints (use HEAD, GET, "
                                                    "POST, PUT, DELETE or OPTIONS)")
                                         .arg(QString::fromLatin1(request.method)));
        if (!instance->enabled)
            return respondError(403, QStringLiteral("endpoint %1 is disabled; enable it in Plugin Studio")
                                         .arg(instance->name));
        m_query = query;
        Runtime::PluginConnection *conn = m_server->m_resolver ? m_server->m_resolver(instance->pluginId) : nullptr;
        forward(conn, *instance);
    }

    // The part after the plugin's connection is known.
    void forward(Runtime::PluginConnection *conn, const EndpointInstance &instance)
    {
        if (!conn || !conn->isOpen())
            return respondError(503, QStringLiteral("plugin %1 is not running; start it (or connect it for remote "
                                                    "debugging) and retry")
                                         .arg(instance.pluginId));
        QByteArray raw = serializeEndpointRequest(m_exchange->request(), m_hookId, m_rest + m_query,
                                                  m_server->urlFor(m_hookId));
        m_exchange->request().body.clear(); // the plugin's copy is the one that counts now
        Runtime::InvokeRequest req = Runtime::InvokeRequest::invokeEndpoint(raw, instance.settings);
        raw.clear();
        req.timeoutMs = m_server->m_timeoutMs;
        m_invocation = conn->invoke(req);
        m_invocation->setParent(this);
        ++m_server->m_active;
        m_counted = true;
        connect(m_invocation, &Runtime::Invocation::chunkReceived, this,
                [this](const QJsonObject &chunk) { onChunk(chunk); });
        connect(m_invocation, &Runtime::Invocation::finished, this, [this] { onFinished(); });
    }

private:
    void writeHead(int status, const QJsonObject &headers)
    {
        if (status == 0)
            status = 200;
        if (status < 200 || status > 599) {
            // A final answer must be 2xx-5xx (a 1xx or garbage would leave the client waiting).
            if (m_invocation)
                m_invocation->cancel();
            return respondError(502, QStringLiteral("the plugin answered with the invalid HTTP status %1").arg(status));
        }
        Net::HttpHeaderList fields;
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            const QByteArray value = it.value().isString()
                ? it.value().toString().toUtf8()
                : QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
            fields.append({it.key().toUtf8(), value}); // the writer drops bad names, framing fields, CR/LF
        }
        m_exchange->beginChunked(status, fields);
    }

    void onChunk(const QJsonObject &chunk)
    {
        if (m_exchange->isFinished())
            return;
        if (!m_exchange->headWritten())
            writeHead(chunk.value(QLatin1String("status")).toInt(200), chunk.value(QLatin1String("headers")).toObject());
        if (m_exchange->isFinished())
            return;
        const QString hex = chunk.value(QLatin1String("result")).toString();
        if (hex.isEmpty())
            return;
        m_exchange->writeChunk(QByteArray::fromHex(hex.toLatin1()));
    }

    void onFinished()
    {
        if (m_exchange->isFinished())
            return finish();
        const Runtime::InvocationState state = m_invocation->state();
        if (!m_exchange->headWritten()) {
            if (state == Runtime::InvocationState::TimedOut)
                return respondError(504, QStringLiteral("the plugin did not answer within %1 s")
                                             .arg(m_server->m_timeoutMs / 1000));
            if (state != Runtime::InvocationState::Succeeded)
                return respondError(502, QStringLiteral("the plugin failed: %1").arg(m_invocation->error().message));
            writeHead(200, {});
        } else if (state != Runtime::InvocationState::Succeeded) {
            // Mid-stream failure: end the body abruptly so the client notices.
            m_exchange->abort();
            return finish();
        }
        m_exchange->endChunked();
        finish();
    }

    void respondError(int status, const QString &message)
    {
        m_exchange->respondError(status, message);
        finish();
    }

    void finish()
    {
        if (m_reported)
            return;
        m_reported = true;
        emit m_server->requestServed(m_hookId, QString::fromLatin1(m_exchange->request().method), m_path,
                                     m_exchange->status(), m_exchange->elapsedMs());
    }

    QPointer<EndpointServer> m_server;
    Net::HttpExchange *m_exchange;
    QPointer<Runtime::Invocation> m_invocation;
    QString m_hookId, m_path;
    QByteArray m_rest, m_query;
    bool m_counted = false;
    bool m_reported = false;
};

// ---------------------------------------------------------------- server

EndpointServer::EndpointServer(EndpointRegistry *registry, QObject *parent)
    : QObject(parent), m_registry(registry), m_http(new Net::HttpServer(this))
{
    Net::HttpServerLimits limits;
    // 256 open plus at most 512 answers draining stay under the usual 1024-descriptor soft limit.
    limits.maxConnections = 256;
    limits.requestTimeoutMs = 60000;
    limits.request.maxBodyBytes = 10LL * 1024 * 1024; // the daemon's endpoint body cap (protocol.md §5.6)
    limits.maxBufferedBytes = 4 * limits.request.maxBodyBytes + 16LL * 1024 * 1024;
    m_http->setLimits(limits);
    m_http->setHandler([this](Net::HttpExchange *exchange) {
        (new EndpointHttpConnection(exchange, this))->dispatch();
    });
    connect(m_http, &Net::HttpServer::rejected, this,
            [this](const QString &, const QByteArray &method, const QByteArray &target, int status, const QString &) {
                if (!method.isEmpty()) // a request line was read: show it, with the status it got
                    emit requestServed(QString(), QString::fromLatin1(method), QString::fromLatin1(target), status, 0);
            });
}

EndpointServer::~EndpointServer() = default;

void EndpointServer::setMaxBodyBytes(qint64 bytes)
{
    Net::HttpServerLimits l = m_http->limits();
    l.request.maxBodyBytes = bytes;
    l.maxBufferedBytes = std::max<qint64>(l.maxBufferedBytes, 4 * bytes + 16LL * 1024 * 1024);
    m_http->setLimits(l);
}

qint64 EndpointServer::maxBodyBytes() const
{
    return m_http->limits().request.maxBodyBytes;
}

void EndpointServer::setLimits(const Net::HttpServerLimits &limits)
{
    m_http->setLimits(limits);
}

const Net::HttpServerLimits &EndpointServer::limits() const
{
    return m_http->limits();
}

const Net::HttpServerStats &EndpointServer::stats() const
{
    return m_http->stats();
}

VoidResult EndpointServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_http->listen(address, port))
        return Error(ErrorCode::NetworkError,
                     QCoreApplication::translate("Studio", "Cannot start the endpoint server on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_http->errorString()));
    return {};
}

void EndpointServer::close()
{
    m_http->close();
}

bool EndpointServer::isListening() const
{
    return m_http->isListening();
}

quint16 EndpointServer::port() const
{
    return m_http->serverPort();
}

QString EndpointServer::baseUrl() const
{
    QHostAddress a = m_http->serverAddress();
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

} // namespace Studio::Debug
