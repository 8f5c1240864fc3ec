// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small HTTP/1.1 server for plugin endpoints (protocol.md §5.5–5.6): requests to
// /e/{hook_id}/{path} are serialised as raw HTTP (hex), sent to the plugin as
// endpoint/invoke_endpoint, and the plugin's response is streamed back (status + headers from the
// first chunk, then the body pieces as a chunked HTTP body as they arrive).

#include "core/common/result.h"
#include "core/debug/endpointregistry.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

class QTcpServer;

namespace Studio::Runtime {
class PluginConnection;
}

namespace Studio::Debug {

// One parsed HTTP request (exposed for tests and the trigger/OAuth paths).
struct HttpRequest
{
    QByteArray method;
    QByteArray target;   // as received ("/e/abc/x?y=1")
    QByteArray version;  // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // in order, names as received
    QByteArray body;     // decoded (chunked bodies reassembled)

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

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
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }         // default 600 s → 504
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; } // default 10 MiB → 413 beyond

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
    void onNewConnection();
    EndpointRegistry *m_registry;
    QTcpServer *m_server;
    ConnectionResolver m_resolver;
    int m_timeoutMs = 600000;
    qint64 m_maxBody = 10LL * 1024 * 1024;
    int m_active = 0;
};

} // namespace Studio::Debug
