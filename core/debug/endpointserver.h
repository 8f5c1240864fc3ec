// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The HTTP server of plugin endpoints (protocol.md §5.5–5.6), on the shared Net::HttpServer:
// requests to /e/{hook_id}/{path} are serialised as raw HTTP (hex), sent to the plugin as
// endpoint/invoke_endpoint, and the plugin's response is streamed back (status + headers from the
// first chunk, then the body pieces as a chunked HTTP body as they arrive). Every request is
// bounded by Net::HttpServer's caps (lines, headers, 10 MiB body, connections, buffered bytes) and
// deadline; one request per connection.

#include "core/common/result.h"
#include "core/debug/endpointregistry.h"
#include "core/net/httpserver.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace Studio::Runtime {
class PluginConnection;
}

namespace Studio::Debug {

// One parsed HTTP request (core/net's; exposed for tests and the trigger/OAuth paths).
using HttpRequest = Net::HttpRequest;

// The raw HTTP request the plugin receives (§5.6): path after the hook id with the query kept,
// forwarding headers dropped, names with '_' dropped, Dify-Hook-Id / Dify-Hook-Url set,
// Content-Length always set (0 for empty bodies), never chunked.
QByteArray serializeEndpointRequest(const HttpRequest &request, const QString &hookId, const QByteArray &pathAfterHook,
                                    const QString &hookBaseUrl);

class EndpointServer : public QObject
{
    Q_OBJECT
public:
    // Finds the running connection of a plugin (local or debug); nullptr when not running.
    using ConnectionResolver = std::function<Runtime::PluginConnection *(const QString &pluginId)>;

    explicit EndpointServer(EndpointRegistry *registry, QObject *parent = nullptr);
    ~EndpointServer() override;

    void setResolver(ConnectionResolver resolver) { m_resolver = std::move(resolver); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }   // the plugin's answer, default 600 s → 504
    void setMaxBodyBytes(qint64 bytes);              // default 10 MiB (the daemon's) → 413 beyond
    qint64 maxBodyBytes() const;
    // Line, header, body, connection and buffer caps and the whole-request deadline (60 s → 408);
    // see Net::HttpServerLimits. Defaults: 256 connections, 10 MiB bodies, 56 MiB buffered.
    void setLimits(const Net::HttpServerLimits &limits);
    const Net::HttpServerLimits &limits() const;
    const Net::HttpServerStats &stats() const;

    VoidResult listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QString baseUrl() const;                    // "http://127.0.0.1:<port>"
    QString urlFor(const QString &hookId) const; // "http://127.0.0.1:<port>/e/<hook_id>"
    int activeRequests() const { return m_active; }

signals:
    // One line per served request (for the console): method, path, status, elapsed.
    void requestServed(const QString &hookId, const QString &method, const QString &path, int status, qint64 ms);

private:
    friend class EndpointHttpConnection;
    EndpointRegistry *m_registry;
    Net::HttpServer *m_http;
    ConnectionResolver m_resolver;
    int m_timeoutMs = 600000;
    int m_active = 0;
};

} // namespace Studio::Debug
