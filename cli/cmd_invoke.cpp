// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli invoke PATH --tool|--model|--strategy|--endpoint|--action ...: starts the plugin,
// makes one call, prints every stream chunk as one JSON line and a final
// {"done":true,"ok":bool,"error":...} line. Exit 0 on success, 1 on a plugin error.

#include "cli/command.h"
#include "cli/runtimeoptions.h"

#include "core/runtime/pluginhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Studio::Cli {

namespace {

Result<QJsonObject> jsonObject(const QString &text, const char *option)
{
    if (text.isEmpty())
        return QJsonObject();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::InvalidInput, QStringLiteral("--%1 must be a JSON object (%2)")
                                                  .arg(QLatin1String(option), err.error != QJsonParseError::NoError
                                                                                  ? err.errorString()
                                                                                  : QStringLiteral("got another JSON value")));
    return doc.object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<Runtime::InvokeRequest> buildRequest(const QCommandLineParser &p, const QJsonObject &params,
                                            const QJsonObject &credentials, const QJsonObject &settings)
{
    using Runtime::InvokeRequest;
    int chosen = 0;
    for (const char *o : {"tool", "model", "strategy", "endpoint", "action"})
        chosen += p.isSet(QLatin1String(o)) ? 1 : 0;
    if (chosen != 1)
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("give exactly one of --tool, --model, --strategy, --endpoint or --action"));
    if (p.isSet(QStringLiteral("tool"))) {
        const QStringList parts = p.value(QStringLiteral("tool")).split(QLatin1Char('/'));
        if (parts.size() != 2)
            return Error(ErrorCode::InvalidInput, QStringLiteral("--tool must be PROVIDER/TOOL"));
        return InvokeRequest::invokeTool(parts[0], parts[1], params, credentials,
                                         p.value(QStringLiteral("credential-type")));
    }
    if (p.isSet(QStringLiteral("model"))) {
        const QStringList parts = p.value(QStringLiteral("model")).split(QLatin1Char('/'));
        if (parts.size() != 3)
            return Error(ErrorCode::InvalidInput, QStringLiteral("--model must be TYPE/PROVIDER/MODEL (e.g. llm/openai/gpt-4o)"));
        const QString type = parts[0];
        InvokeRequest r;
        if (type == QLatin1String("llm"))
            r = InvokeRequest::invokeLlm(parts[1], parts[2], credentials, {});
        else if (type == QLatin1String("text-embedding"))
            r = InvokeRequest::invokeTextEmbedding(parts[1], parts[2], credentials, {});
        else if (type == QLatin1String("rerank"))
            r = InvokeRequest::invokeRerank(parts[1], parts[2], credentials, {}, {});
        else if (type == QLatin1String("tts"))
            r = InvokeRequest::invokeTts(parts[1], parts[2], credentials, {}, {});
        else if (type == QLatin1String("speech2text"))
            r = InvokeRequest::invokeSpeech2Text(parts[1], parts[2], credentials, {});
        else if (type == QLatin1String("moderation"))
            r = InvokeRequest::invokeModeration(parts[1], parts[2], credentials, {});
        else
            return Error(ErrorCode::InvalidInput, QStringLiteral("unknown model type \"%1\" (llm, text-embedding, rerank, "
                                                                 "tts, speech2text, moderation)").arg(type));
        for (auto it = params.begin(); it != params.end(); ++it)
            r.fields.insert(it.key(), it.value());
        return r;
    }
    if (p.isSet(QStringLiteral("strategy"))) {
        const QStringList parts = p.value(QStringLiteral("strategy")).split(QLatin1Char('/'));
        if (parts.size() != 2)
            return Error(ErrorCode::InvalidInput, QStringLiteral("--strategy must be PROVIDER/STRATEGY"));
        return InvokeRequest::invokeAgentStrategy(parts[0], parts[1], params);
    }
    if (p.isSet(QStringLiteral("endpoint"))) {
        const QString spec = p.value(QStringLiteral("endpoint"));
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        if (colon <= 0 || !spec.mid(colon + 1).startsWith(QLatin1Char('/')))
            return Error(ErrorCode::InvalidInput, QStringLiteral("--endpoint must be METHOD:/path (e.g. POST:/webhook?x=1)"));
        const QByteArray body = p.value(QStringLiteral("body")).toUtf8();
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const QString &h : p.values(QStringLiteral("header"))) {
            const qsizetype c = h.indexOf(QLatin1Char(':'));
            if (c <= 0)
                return Error(ErrorCode::InvalidInput, QStringLiteral("--header must be NAME:VALUE"));
            headers.append(qMakePair(h.left(c).trimmed().toUtf8(), h.mid(c + 1).trimmed().toUtf8()));
        }
        if (!body.isEmpty() && !p.values(QStringLiteral("header")).join(QLatin1Char('\n')).contains(QStringLiteral("Content-Type"), Qt::CaseInsensitive))
            headers.append(qMakePair(QByteArray("Content-Type"),
                                     QByteArray(body.trimmed().startsWith('{') ? "application/json" : "text/plain")));
        return InvokeRequest::invokeEndpoint(
            InvokeRequest::serializeHttpRequest(spec.left(colon), spec.mid(colon + 1), headers, body), settings);
    }
    const QStringList parts = p.value(QStringLiteral("action")).split(QLatin1Char('/'));
    if (parts.size() != 2)
        return Error(ErrorCode::InvalidInput, QStringLiteral("--action must be TYPE/ACTION (e.g. tool/validate_tool_credentials)"));
    InvokeRequest r;
    r.type = parts[0];
    r.action = parts[1];
    r.fields = params;
    if (!credentials.isEmpty())
        r.fields.insert(QStringLiteral("credentials"), credentials);
    return r;
}

} // namespace

static int runInvoke(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts a plugin folder, makes one call and prints every stream chunk as one JSON line, then "
        "{\"done\":true,\"ok\":...,\"error\":...}. Exit code 0 on success, 1 when the call failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("The plugin folder (with manifest.yaml)."));
    parser.addOption({QStringLiteral("tool"), QStringLiteral("Invoke a tool."), QStringLiteral("PROVIDER/TOOL")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("Invoke a model (llm, text-embedding, rerank, tts, speech2text, "
                                                              "moderation); --params holds the action's fields."),
                      QStringLiteral("TYPE/PROVIDER/MODEL")});
    parser.addOption({QStringLiteral("strategy"), QStringLiteral("Invoke an agent strategy."), QStringLiteral("PROVIDER/STRATEGY")});
    parser.addOption({QStringLiteral("endpoint"), QStringLiteral("Send an HTTP request to the plugin's endpoints."),
                      QStringLiteral("METHOD:/path")});
    parser.addOption({QStringLiteral("action"), QStringLiteral("Any action of the protocol with raw --params fields."),
                      QStringLiteral("TYPE/ACTION")});
    parser.addOption({QStringLiteral("params"), QStringLiteral("Parameters / action fields as a JSON object."), QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("credentials"), QStringLiteral("Credentials as a JSON object."), QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("credential-type"), QStringLiteral("api-key (default), oauth2 or unauthorized."),
                      QStringLiteral("TYPE"), QStringLiteral("api-key")});
    parser.addOption({QStringLiteral("body"), QStringLiteral("Request body for --endpoint."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("header"), QStringLiteral("Request header for --endpoint (repeatable)."), QStringLiteral("NAME:VALUE")});
    parser.addOption({QStringLiteral("settings"), QStringLiteral("Endpoint settings as a JSON object."), QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Call timeout in seconds (default 600)."), QStringLiteral("SECONDS")});
    addRuntimeOptions(parser);
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("invoke: give exactly one plugin folder. See 'plugin-studio-cli invoke --help'.\n"));
        return ExitUsage;
    }
    if (const QString bad = runtimeOptionsError(parser); !bad.isEmpty()) {
        printErr(QStringLiteral("invoke: %1\n").arg(bad));
        return ExitUsage;
    }
    const auto params = jsonObject(parser.value(QStringLiteral("params")), "params");
    const auto credentials = jsonObject(parser.value(QStringLiteral("credentials")), "credentials");
    const auto settings = jsonObject(parser.value(QStringLiteral("settings")), "settings");
    for (const auto *r : {&params, &credentials, &settings}) {
        if (!*r) {
            printErr(QStringLiteral("invoke: %1\n").arg(r->error().message));
            return ExitUsage;
        }
    }
    auto request = buildRequest(parser, *params, *credentials, *settings);
    if (!request) {
        printErr(QStringLiteral("invoke: %1\n").arg(request.error().message));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("timeout")))
        request->timeoutMs = int(parser.value(QStringLiteral("timeout")).toDouble() * 1000);

    const QString path = parser.positionalArguments().first();
    Runtime::PluginHost host;
    if (auto r = host.open(path, runtimeHostOptions(parser, path)); !r) {
        printOut(compact({{QStringLiteral("done"), true}, {QStringLiteral("ok"), false}, {QStringLiteral("error"), r.error().toString()}}) + QLatin1Char('\n'));
        return ExitFailure;
    }
    Runtime::LocalPlugin *plugin = host.plugin();
    runtimeLogToStderr(plugin);
    QEventLoop loop;
    QString startError;
    QObject::connect(plugin, &Runtime::LocalPlugin::ready, &loop, &QEventLoop::quit);
    QObject::connect(plugin, &Runtime::LocalPlugin::gaveUp, &loop, [&](const QString &why) {
        startError = why;
        loop.quit();
    });
    runtimeOnTerminationSignal(&loop, [&] {
        startError = QStringLiteral("interrupted");
        loop.quit();
    });
    plugin->start();
    if (plugin->state() != Runtime::RuntimeState::Stopped)
        loop.exec();
    if (plugin->state() != Runtime::RuntimeState::Active) {
        if (startError.isEmpty())
            startError = plugin->lastError();
        printOut(compact({{QStringLiteral("done"), true}, {QStringLiteral("ok"), false},
                          {QStringLiteral("error"), QString(QStringLiteral("the plugin did not start: ") + startError)}})
                 + QLatin1Char('\n'));
        plugin->stop();
        return ExitFailure;
    }
    Runtime::Invocation *inv = host.invokeAndWait(*request, [](const QJsonObject &chunk) {
        printOut(compact(chunk) + QLatin1Char('\n'));
    });
    QJsonObject done{{QStringLiteral("done"), true},
                     {QStringLiteral("ok"), inv->state() == Runtime::InvocationState::Succeeded},
                     {QStringLiteral("error"), QJsonValue::Null},
                     {QStringLiteral("elapsed_ms"), inv->elapsedMs()}};
    if (inv->state() != Runtime::InvocationState::Succeeded) {
        done.insert(QStringLiteral("error"), inv->error().message);
        if (!inv->pluginErrorType().isEmpty())
            done.insert(QStringLiteral("error_type"), inv->pluginErrorType());
    }
    printOut(compact(done) + QLatin1Char('\n'));
    // Stop the process group before leaving.
    QEventLoop stopLoop;
    QObject::connect(plugin, &Runtime::LocalPlugin::stateChanged, &stopLoop, [&](Runtime::RuntimeState s) {
        if (s == Runtime::RuntimeState::Stopped)
            stopLoop.quit();
    });
    plugin->stop();
    if (plugin->state() != Runtime::RuntimeState::Stopped) {
        QTimer::singleShot(5000, &stopLoop, &QEventLoop::quit);
        stopLoop.exec();
    }
    return inv->state() == Runtime::InvocationState::Succeeded ? ExitOk : ExitFailure;
}

static CommandRegistrar reg({QStringLiteral("invoke"), QStringLiteral("Call a tool, model, agent strategy or endpoint of a plugin folder"),
                             runInvoke});

} // namespace Studio::Cli
