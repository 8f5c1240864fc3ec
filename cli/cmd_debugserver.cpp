// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli debug-server — the remote-debug server on the command line: prints the key,
// then one JSON line per event; reads invocations (one JSON object per line) on stdin and streams
// their results as JSON lines.
#include "cli/command.h"
#include "cli/runtimeoptions.h"
#include "cli/runtimesession.h"
#include "core/common/printable.h"
#include "core/debug/debugserver.h"
#include "core/debug/relay.h"
#include "core/debug/endpointserver.h"
#include "core/debug/inspector.h"
#include "core/runtime/filestore.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/reverse.h"
#include "core/runtime/storage.h"
#include "core/session/invocationspec.h"
#include "core/session/studiosession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        "  {\"id\":\"5\",\"plugin\":\"acme/x\",\"type\":\"tool\",\"action\":\"validate_tool_credentials\",\"fields\":{}}\n"
        "Reverse calls of the connected plugins reach the other connected plugins and the installed plugins of the "
        "workspace (started on demand with their configured credentials), as in the studio.\n"
        "With --relay HOST:PORT --relay-key KEY it relays instead: a plugin connecting to --host/--port with the "
        "printed key is forwarded to the Dify debug host HOST:PORT with KEY (Dify invokes it; every line is printed "
        "as a message event, and stdin invocations are refused)."));
    parser.addHelpOption();
    QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                            QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default 5003; 0 picks a free one)."),
                            QStringLiteral("PORT"), QStringLiteral("5003"));
    QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Debug key to accept (default: a new UUID)."),
                           QStringLiteral("KEY"));
    QCommandLineOption workspace(QStringLiteral("workspace"),
                                 QStringLiteral("The studio workspace: its installed plugins answer reverse calls, plugin "
                                                "storage is kept there (default: the studio's own workspace when it "
                                                "exists, else a temporary one)."),
                                 QStringLiteral("DIR"));
    QCommandLineOption relay(QStringLiteral("relay"),
                             QStringLiteral("Relay to this Dify debug host (Plugins > Debug in Dify shows it, e.g. "
                                            "debug.dify.ai:5003) instead of serving plugins here."),
                             QStringLiteral("HOST:PORT"));
    QCommandLineOption relayKey(QStringLiteral("relay-key"), QStringLiteral("The debug key the Dify host shows (with --relay)."),
                                QStringLiteral("KEY"));
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
    parser.addOptions({host, port, key, workspace, relay, relayKey, allowExternal, noMessages, handshakeTimeout, heartbeatTimeout});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    bool okPort = false;
    const uint portValue = parser.value(port).toUInt(&okPort);
    QHostAddress address;
    if (!okPort || portValue > 65535 || !address.setAddress(parser.value(host))) {
        printErr(QStringLiteral("error: invalid --host or --port (expected an IP address and 0-65535)\n"));
        return ExitUsage;
    }

    // --relay HOST:PORT --relay-key KEY
    QString relayHost;
    quint16 relayPort = 0;
    if (parser.isSet(relay) || parser.isSet(relayKey)) {
        const QString spec = parser.value(relay).trimmed();
        const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
        bool okRelayPort = false;
        const uint up = colon > 0 ? spec.mid(colon + 1).toUInt(&okRelayPort) : 0;
        if (!parser.isSet(relay) || colon <= 0 || !okRelayPort || up == 0 || up > 65535) {
            printErr(QStringLiteral("error: --relay must be HOST:PORT of the Dify debug host (e.g. debug.dify.ai:5003)\n"));
            return ExitUsage;
        }
        if (parser.value(relayKey).trimmed().isEmpty()) {
            printErr(QStringLiteral("error: --relay needs --relay-key KEY, the debug key Dify shows under Plugins > Debug\n"));
            return ExitUsage;
        }
        relayHost = spec.left(colon);
        relayPort = quint16(up);
    }
    if (parser.isSet(key) && parser.value(key).isEmpty()) {
        printErr(QStringLiteral("error: --key must not be empty\n"));
        return ExitUsage;
    }

    // The studio session: storage, file store, reverse calls routed to every plugin it knows.
    auto session = openRuntimeSession(parser, QString(), QStringLiteral("debug-server"), false);
    if (!session) {
        printErr(QStringLiteral("error: %1\n").arg(session.error().toString()));
        return ExitUnreadable;
    }
    Debug::DebugServer &server = *(*session)->debugServer();
    Debug::MessageLog &log = *(*session)->messageLog();
    log.setCapacity(10000);
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

    if (!relayHost.isEmpty()) {
        Debug::DebugRelay &r = *(*session)->relay();
        if (!address.isLoopback() && !parser.isSet(allowExternal)) {
            printErr(QStringLiteral("error: %1 is not a loopback address; the relay would accept plugins from the network. "
                                    "Pass --allow-external to do that on purpose.\n").arg(address.toString()));
            return ExitUsage;
        }
        if (parser.isSet(key))
            r.keys()->setCurrentKey(parser.value(key));
        r.setHandshakeTimeoutMs(parser.value(handshakeTimeout).toInt());
        r.setUpstream(relayHost, relayPort, parser.value(relayKey));
        if (auto listening = r.listen(address, quint16(portValue)); !listening) {
            printErr(QStringLiteral("error: %1\n").arg(listening.error().message));
            return ExitFailure;
        }
        emitJson({{QStringLiteral("event"), QStringLiteral("listening")},
                  {QStringLiteral("mode"), QStringLiteral("relay")},
                  {QStringLiteral("host"), address.toString()},
                  {QStringLiteral("port"), int(r.port())},
                  {QStringLiteral("key"), r.keys()->currentKey()},
                  {QStringLiteral("upstream"), QStringLiteral("%1:%2").arg(relayHost).arg(relayPort)}});
        QObject::connect(&r, &Debug::DebugRelay::sessionStarted, &r, [](const QString &peer) {
            emitJson({{QStringLiteral("event"), QStringLiteral("relay-started")}, {QStringLiteral("peer"), peer}});
        });
        QObject::connect(&r, &Debug::DebugRelay::sessionEnded, &r, [](const QString &peer, const QString &reason) {
            emitJson({{QStringLiteral("event"), QStringLiteral("relay-ended")}, {QStringLiteral("peer"), peer},
                      {QStringLiteral("reason"), reason}});
        });
        QObject::connect(&r, &Debug::DebugRelay::upstreamRefused, &r, [](const QString &peer, const QString &line) {
            emitJson({{QStringLiteral("event"), QStringLiteral("refused")}, {QStringLiteral("peer"), peer},
                      {QStringLiteral("line"), printable(line)}});
        });
    }

    Debug::DebugServerOptions options;
    options.allowExternal = parser.isSet(allowExternal);
    options.handshakeTimeoutMs = parser.value(handshakeTimeout).toInt();
    options.heartbeatTimeoutMs = parser.value(heartbeatTimeout).toInt();
    options.workspaceId = QStringLiteral("plugin-studio-cli");
    server.setOptions(options);
    if (relayHost.isEmpty()) {
        if (parser.isSet(key))
            server.keys()->setCurrentKey(parser.value(key));
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
    }

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

    const bool relaying = !relayHost.isEmpty();
    auto handleLine = [&server, relaying](const QByteArray &bytes) {
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
        if (relaying) {
            done(false, QStringLiteral("relaying to a Dify debug host: the host invokes the plugin, not stdin"), 0);
            return;
        }
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
        QJsonObject spec = in;
        spec.remove(QStringLiteral("id"));
        spec.remove(QStringLiteral("plugin"));
        const auto req = Session::requestFromSpec(spec, &plugin->declaration());
        if (!req) {
            done(false, req.error().message, 0);
            return;
        }
        Runtime::Invocation *inv = plugin->connection()->invoke(*req);
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
    (*session)->relay()->close();
    stopAllAndWait(session->get()); // installed plugins started for reverse calls
    return rc == 0 ? ExitOk : ExitFailure;
}

static CommandRegistrar reg({QStringLiteral("debug-server"),
                             QStringLiteral("Run the remote-debug server; invoke connected plugins from stdin"), run});

} // namespace
