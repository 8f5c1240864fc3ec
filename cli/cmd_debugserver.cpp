// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli debug-server — the remote-debug server on the command line: prints the key,
// then one JSON line per event; reads invocations (one JSON object per line) on stdin and streams
// their results as JSON lines.
#include "cli/command.h"
#include "cli/runtimeoptions.h"
#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/debug/inspector.h"
#include "core/runtime/filestore.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/reverse.h"
#include "core/runtime/storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <iostream>
#include <memory>
#include <string>
#include <thread>

namespace {

using namespace Studio;
using namespace Studio::Cli;

void emitJson(const QJsonObject &o)
{
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

// Builds the request of one stdin invocation. Returns an error text when the line is unusable.
QString buildRequest(const QJsonObject &in, Runtime::InvokeRequest &req)
{
    const QJsonObject params = in.value(QLatin1String("params")).toObject();
    const QJsonObject credentials = in.value(QLatin1String("credentials")).toObject();
    if (in.contains(QLatin1String("tool"))) {
        const QStringList parts = in.value(QLatin1String("tool")).toString().split(QLatin1Char('/'));
        if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
            return QStringLiteral("\"tool\" must be \"PROVIDER/TOOL\"");
        req = Runtime::InvokeRequest::invokeTool(parts.at(0), parts.at(1), params, credentials,
                                                 in.value(QLatin1String("credential_type")).toString(QStringLiteral("api-key")));
        return {};
    }
    if (in.contains(QLatin1String("model"))) {
        const QStringList parts = in.value(QLatin1String("model")).toString().split(QLatin1Char('/'));
        if (parts.size() != 3)
            return QStringLiteral("\"model\" must be \"TYPE/PROVIDER/MODEL\" (e.g. llm/openai/gpt-4o-mini)");
        const QString &type = parts.at(0), &provider = parts.at(1), &model = parts.at(2);
        if (type == QLatin1String("llm")) {
            req = Runtime::InvokeRequest::invokeLlm(provider, model, credentials,
                                                    params.value(QLatin1String("prompt_messages")).toArray(),
                                                    params.value(QLatin1String("model_parameters")).toObject(),
                                                    params.value(QLatin1String("tools")),
                                                    params.value(QLatin1String("stop")),
                                                    params.value(QLatin1String("stream")).toBool(true));
        } else if (type == QLatin1String("text-embedding")) {
            QStringList texts;
            for (const QJsonValue &t : params.value(QLatin1String("texts")).toArray())
                texts << t.toString();
            req = Runtime::InvokeRequest::invokeTextEmbedding(provider, model, credentials, texts);
        } else if (type == QLatin1String("rerank")) {
            QStringList docs;
            for (const QJsonValue &t : params.value(QLatin1String("docs")).toArray())
                docs << t.toString();
            req = Runtime::InvokeRequest::invokeRerank(provider, model, credentials,
                                                       params.value(QLatin1String("query")).toString(), docs,
                                                       params.value(QLatin1String("score_threshold")),
                                                       params.value(QLatin1String("top_n")));
        } else if (type == QLatin1String("moderation")) {
            req = Runtime::InvokeRequest::invokeModeration(provider, model, credentials,
                                                           params.value(QLatin1String("text")).toString());
        } else {
            return QStringLiteral("model type \"%1\" is not supported here; use llm, text-embedding, rerank or "
                                  "moderation, or a generic {\"type\",\"action\",\"fields\"} request")
                .arg(type);
        }
        return {};
    }
    if (in.contains(QLatin1String("strategy"))) {
        const QStringList parts = in.value(QLatin1String("strategy")).toString().split(QLatin1Char('/'));
        if (parts.size() != 2)
            return QStringLiteral("\"strategy\" must be \"PROVIDER/STRATEGY\"");
        req = Runtime::InvokeRequest::invokeAgentStrategy(parts.at(0), parts.at(1), params);
        return {};
    }
    if (in.contains(QLatin1String("endpoint"))) {
        const QJsonObject e = in.value(QLatin1String("endpoint")).toObject();
        Debug::HttpRequest http;
        http.method = e.value(QLatin1String("method")).toString(QStringLiteral("GET")).toUpper().toUtf8();
        QString path = e.value(QLatin1String("path")).toString(QStringLiteral("/"));
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        http.target = path.toUtf8();
        http.version = "HTTP/1.1";
        const QJsonObject headers = e.value(QLatin1String("headers")).toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
            http.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        const QJsonValue body = e.value(QLatin1String("body"));
        http.body = body.isString() ? body.toString().toUtf8()
                                    : (body.isUndefined() || body.isNull() ? QByteArray()
                                                                           : QJsonDocument::fromVariant(body.toVariant()).toJson(QJsonDocument::Compact));
        const QByteArray raw = Debug::serializeEndpointRequest(http, QStringLiteral("cli"), http.target,
                                                               QStringLiteral("http://localhost/e/cli"));
        req = Runtime::InvokeRequest::invokeEndpoint(raw, in.value(QLatin1String("settings")).toObject());
        return {};
    }
    if (in.contains(QLatin1String("type")) && in.contains(QLatin1String("action"))) {
        req.type = in.value(QLatin1String("type")).toString();
        req.action = in.value(QLatin1String("action")).toString();
        req.fields = in.value(QLatin1String("fields")).toObject();
        return {};
    }
    return QStringLiteral("the line needs one of \"tool\", \"model\", \"strategy\", \"endpoint\" or "
                          "\"type\"+\"action\"");
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the remote-debug server. Start a plugin with INSTALL_METHOD=remote, "
        "REMOTE_INSTALL_URL=HOST:PORT and REMOTE_INSTALL_KEY=KEY (printed on the first line).\n"
        "stdout: one JSON object per line: {\"event\":\"listening\",...}, then registered, message, log, "
        "refused, disconnected events and invocation results ({\"id\",\"chunk\"} ... {\"id\",\"done\",\"ok\",\"error\"}).\n"
        "stdin: one invocation per line, e.g.\n"
        "  {\"id\":\"1\",\"plugin\":\"acme/weather\",\"tool\":\"weather/now\",\"params\":{},\"credentials\":{}}\n"
        "  {\"id\":\"2\",\"plugin\":\"acme/llm\",\"model\":\"llm/acme/m1\",\"params\":{\"prompt_messages\":[]}}\n"
        "  {\"id\":\"3\",\"plugin\":\"acme/agent\",\"strategy\":\"acme/react\",\"params\":{}}\n"
        "  {\"id\":\"4\",\"plugin\":\"acme/hook\",\"endpoint\":{\"method\":\"POST\",\"path\":\"/x\",\"body\":\"hi\","
        "\"headers\":{}},\"settings\":{}}\n"
        "  {\"id\":\"5\",\"plugin\":\"acme/x\",\"type\":\"tool\",\"action\":\"validate_tool_credentials\",\"fields\":{}}"));
    parser.addHelpOption();
    QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                            QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default 5003; 0 picks a free one)."),
                            QStringLiteral("PORT"), QStringLiteral("5003"));
    QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Debug key to accept (default: a new UUID)."),
                           QStringLiteral("KEY"));
    QCommandLineOption workspace(QStringLiteral("workspace"),
                                 QStringLiteral("Folder for plugin storage (default: a temporary folder)."),
                                 QStringLiteral("DIR"));
    QCommandLineOption allowExternal(QStringLiteral("allow-external"),
                                     QStringLiteral("Allow listening on a non-loopback address."));
    QCommandLineOption noMessages(QStringLiteral("no-messages"),
                                  QStringLiteral("Do not print a 'message' event for every protocol line."));
    QCommandLineOption handshakeTimeout(QStringLiteral("handshake-timeout"),
                                        QStringLiteral("Milliseconds allowed for the handshake (default 10000)."),
                                        QStringLiteral("MS"), QStringLiteral("10000"));
    QCommandLineOption heartbeatTimeout(QStringLiteral("heartbeat-timeout"),
                                        QStringLiteral("Milliseconds without heartbeat before closing (default 60000)."),
                                        QStringLiteral("MS"), QStringLiteral("60000"));
    parser.addOptions({host, port, key, workspace, allowExternal, noMessages, handshakeTimeout, heartbeatTimeout});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    bool okPort = false;
    const uint portValue = parser.value(port).toUInt(&okPort);
    QHostAddress address;
    if (!okPort || portValue > 65535 || !address.setAddress(parser.value(host))) {
        printErr(QStringLiteral("error: invalid --host or --port (expected an IP address and 0-65535)\n"));
        return ExitUsage;
    }

    // Storage for reverse calls.
    std::unique_ptr<QTemporaryDir> tempDir;
    QString storageDir = parser.value(workspace);
    if (storageDir.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>();
        storageDir = tempDir->path();
    } else if (!QDir().mkpath(storageDir)) {
        printErr(QStringLiteral("error: cannot create the workspace folder %1\n").arg(storageDir));
        return ExitUnreadable;
    }
    Runtime::SqliteStorage storage(QDir(storageDir).filePath(QStringLiteral("debug-storage.db")));
    if (auto opened = storage.open(); !opened) {
        printErr(QStringLiteral("error: %1\n").arg(opened.error().toString()));
        return ExitUnreadable;
    }
    Runtime::FileStore files;
    files.listen();
    Runtime::DefaultReverseHandler reverse;
    reverse.setStorage(&storage);
    reverse.setFileStore(&files);

    Debug::DebugServer server;
    Debug::DebugServerOptions options;
    options.allowExternal = parser.isSet(allowExternal);
    options.handshakeTimeoutMs = parser.value(handshakeTimeout).toInt();
    options.heartbeatTimeoutMs = parser.value(heartbeatTimeout).toInt();
    options.workspaceId = QStringLiteral("plugin-studio-cli");
    server.setOptions(options);
    server.setReverseHandler(&reverse);
    reverse.setPluginLookup([&server](const QString &, const QString &provider) -> Runtime::PluginConnection * {
        for (Debug::RegisteredPlugin *p : server.plugins()) {
            const auto &d = p->declaration();
            if ((d.tool && d.tool->identity.name == provider) || (d.model && d.model->provider == provider)
                || provider.startsWith(p->pluginId() + QLatin1Char('/')))
                return p->connection();
        }
        return nullptr;
    });
    Debug::MessageLog log;
    log.setCapacity(10000);
    server.setMessageLog(&log);
    if (!parser.isSet(noMessages)) {
        QObject::connect(&log, &Debug::MessageLog::messageAdded, &log, [&log](int index) {
            const Debug::InspectorMessage &m = log.at(index);
            emitJson({{QStringLiteral("event"), QStringLiteral("message")},
                      {QStringLiteral("direction"), Debug::directionName(m.direction)},
                      {QStringLiteral("plugin"), m.pluginId},
                      {QStringLiteral("session"), m.sessionId},
                      {QStringLiteral("type"), m.type},
                      {QStringLiteral("size"), double(m.size)}});
        });
    }
    if (parser.isSet(key) && !server.keys()->setCurrentKey(parser.value(key))) {
        printErr(QStringLiteral("error: --key must not be empty\n"));
        return ExitUsage;
    }
    QObject::connect(&server, &Debug::DebugServer::exposureWarning, &server,
                     [](const QString &text) { printErr(QStringLiteral("warning: %1\n").arg(text)); });
    if (auto listening = server.listen(address, quint16(portValue)); !listening) {
        printErr(QStringLiteral("error: %1\n").arg(listening.error().message));
        return ExitFailure;
    }
    emitJson({{QStringLiteral("event"), QStringLiteral("listening")},
              {QStringLiteral("host"), server.address().toString()},
              {QStringLiteral("port"), int(server.port())},
              {QStringLiteral("key"), server.keys()->currentKey()},
              {QStringLiteral("exposed"), server.isExposed()}});

    QObject::connect(&server, &Debug::DebugServer::pluginRegistered, &server, [](Debug::RegisteredPlugin *p) {
        emitJson({{QStringLiteral("event"), QStringLiteral("registered")},
                  {QStringLiteral("plugin"), p->pluginId()},
                  {QStringLiteral("identifier"), p->identifier()},
                  {QStringLiteral("peer"), p->peer()},
                  {QStringLiteral("assets"), QJsonArray::fromStringList(p->assets().paths())}});
        QObject::connect(p->connection(), &Runtime::PluginConnection::logMessage, p,
                         [id = p->pluginId()](const QString &level, const QString &text, double) {
                             emitJson({{QStringLiteral("event"), QStringLiteral("log")},
                                       {QStringLiteral("plugin"), id},
                                       {QStringLiteral("level"), level},
                                       {QStringLiteral("message"), text}});
                         });
    });
    QObject::connect(&server, &Debug::DebugServer::pluginDisconnected, &server,
                     [](const QString &id, const QString &reason) {
                         emitJson({{QStringLiteral("event"), QStringLiteral("disconnected")},
                                   {QStringLiteral("plugin"), id},
                                   {QStringLiteral("reason"), reason}});
                     });
    QObject::connect(&server, &Debug::DebugServer::connectionRefused, &server,
                     [](const QString &peer, const QString &line) {
                         emitJson({{QStringLiteral("event"), QStringLiteral("refused")},
                                   {QStringLiteral("peer"), peer},
                                   {QStringLiteral("line"), line}});
                     });

    auto handleLine = [&server](const QByteArray &bytes) {
        if (bytes.trimmed().isEmpty())
            return;
        QJsonParseError err{};
        const QJsonObject in = QJsonDocument::fromJson(bytes, &err).object();
        if (err.error != QJsonParseError::NoError) {
            emitJson({{QStringLiteral("event"), QStringLiteral("error")},
                      {QStringLiteral("error"), QStringLiteral("stdin line is not a JSON object: %1").arg(err.errorString())}});
            return;
        }
        const QJsonValue id = in.value(QLatin1String("id"));
        auto done = [id](bool ok, const QString &error, qint64 ms) {
            QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("done"), true}, {QStringLiteral("ok"), ok},
                          {QStringLiteral("elapsed_ms"), double(ms)}};
            o.insert(QStringLiteral("error"), ok ? QJsonValue() : QJsonValue(error));
            emitJson(o);
        };
        const QString pluginId = in.value(QLatin1String("plugin")).toString();
        Debug::RegisteredPlugin *plugin = server.plugin(pluginId);
        if (!plugin || !plugin->connection()) {
            QStringList connected;
            for (auto *p : server.plugins())
                connected << p->pluginId();
            done(false, QStringLiteral("plugin \"%1\" is not connected (connected: %2)")
                            .arg(pluginId, connected.isEmpty() ? QStringLiteral("none") : connected.join(QLatin1String(", "))),
                 0);
            return;
        }
        Runtime::InvokeRequest req;
        if (const QString problem = buildRequest(in, req); !problem.isEmpty()) {
            done(false, problem, 0);
            return;
        }
        if (in.contains(QLatin1String("timeout_ms")))
            req.timeoutMs = in.value(QLatin1String("timeout_ms")).toInt(req.timeoutMs);
        Runtime::Invocation *inv = plugin->connection()->invoke(req);
        QObject::connect(inv, &Runtime::Invocation::chunkReceived, inv, [id](const QJsonObject &chunk) {
            emitJson({{QStringLiteral("id"), id}, {QStringLiteral("chunk"), chunk}});
        });
        QObject::connect(inv, &Runtime::Invocation::finished, inv, [inv, done] {
            done(inv->state() == Runtime::InvocationState::Succeeded, inv->error().message, inv->elapsedMs());
        });
    };

    // stdin is read on a thread (portable) and each line handed to the event loop.
    QObject *lineSink = new QObject(QCoreApplication::instance()); // outlives this function (the thread may too)
    std::thread reader([lineSink, handleLine] {
        std::string s;
        while (std::getline(std::cin, s)) {
            const QByteArray line = QByteArray::fromStdString(s);
            QMetaObject::invokeMethod(lineSink, [handleLine, line] { handleLine(line); }, Qt::QueuedConnection);
        }
    });
    reader.detach(); // blocked in getline until the process ends

    // Ctrl+C / SIGTERM: leave the loop, then close the server so every connected plugin is
    // disconnected and every call in flight fails with a clear error before we exit.
    runtimeOnTerminationSignal(&server, [] { QCoreApplication::quit(); });
    const int rc = QCoreApplication::exec();
    server.close();
    return rc == 0 ? ExitOk : ExitFailure;
}

static CommandRegistrar reg({QStringLiteral("debug-server"),
                             QStringLiteral("Run the remote-debug server; invoke connected plugins from stdin"), run});

} // namespace
