// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli invoke PATH --tool|--model|--strategy|--endpoint|--action ...: starts the plugin,
// makes one call, prints every stream chunk as one JSON line and a final
// {"done":true,"ok":bool,"error":...} line. Exit 0 on success, 1 on a plugin error.

#include "cli/command.h"
#include "cli/runtimeoptions.h"

#include "cli/runtimesession.h"
#include "core/runtime/invocation.h"
#include "core/session/invocationspec.h"

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

// The options as a call spec (core/session/invocationspec.h), built by the one spec reader the
// debug server's stdin and the test suites use.
Result<Runtime::InvokeRequest> buildRequest(const QCommandLineParser &p, const QJsonObject &params,
                                            const QJsonObject &credentials, const QJsonObject &settings)
{
    int chosen = 0;
    for (const char *o : {"tool", "model", "strategy", "endpoint", "action"})
        chosen += p.isSet(QLatin1String(o)) ? 1 : 0;
    if (chosen != 1)
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("give exactly one of --tool, --model, --strategy, --endpoint or --action"));
    QJsonObject spec{{QStringLiteral("params"), params}, {QStringLiteral("credentials"), credentials}};
    if (p.isSet(QStringLiteral("tool"))) {
        spec.insert(QStringLiteral("tool"), p.value(QStringLiteral("tool")));
        spec.insert(QStringLiteral("credential_type"), p.value(QStringLiteral("credential-type")));
    } else if (p.isSet(QStringLiteral("model"))) {
        spec.insert(QStringLiteral("model"), p.value(QStringLiteral("model")));
    } else if (p.isSet(QStringLiteral("strategy"))) {
        spec.insert(QStringLiteral("strategy"), p.value(QStringLiteral("strategy")));
    } else if (p.isSet(QStringLiteral("endpoint"))) {
        const QString target = p.value(QStringLiteral("endpoint"));
        const qsizetype colon = target.indexOf(QLatin1Char(':'));
        if (colon <= 0 || !target.mid(colon + 1).startsWith(QLatin1Char('/')))
            return Error(ErrorCode::InvalidInput, QStringLiteral("--endpoint must be METHOD:/path (e.g. POST:/webhook?x=1)"));
        spec.insert(QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("method"), target.left(colon)},
                                                            {QStringLiteral("path"), target.mid(colon + 1)},
                                                            {QStringLiteral("headers"), QJsonArray::fromStringList(p.values(QStringLiteral("header")))},
                                                            {QStringLiteral("body"), p.value(QStringLiteral("body"))}});
        spec.insert(QStringLiteral("settings"), settings);
    } else {
        const QStringList parts = p.value(QStringLiteral("action")).split(QLatin1Char('/'));
        if (parts.size() != 2)
            return Error(ErrorCode::InvalidInput, QStringLiteral("--action must be TYPE/ACTION (e.g. tool/validate_tool_credentials)"));
        QJsonObject fields = params;
        if (!credentials.isEmpty())
            fields.insert(QStringLiteral("credentials"), credentials);
        spec = QJsonObject{{QStringLiteral("type"), parts[0]}, {QStringLiteral("action"), parts[1]}, {QStringLiteral("fields"), fields}};
    }
    return Session::requestFromSpec(spec);
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
    auto fail = [](const QString &error) {
        printOut(compact({{QStringLiteral("done"), true}, {QStringLiteral("ok"), false}, {QStringLiteral("error"), error}})
                 + QLatin1Char('\n'));
        return ExitFailure;
    };
    // The plugin runs in a studio session: its reverse calls reach the installed plugins of the
    // workspace (started on demand) as they do in the studio.
    auto session = openRuntimeSession(parser, path, QStringLiteral("invoke"));
    if (!session)
        return fail(session.error().toString());
    auto opened = openRuntimePlugin(session->get(), path);
    if (!opened)
        return fail(opened.error().toString());
    Session::SessionPlugin *plugin = *opened;
    // A plugin that cannot start fails the call at its first failed start (no restart back-off).
    if (const QString why = startAndWait(plugin); !why.isEmpty()) {
        stopAllAndWait(session->get());
        return fail(QStringLiteral("the plugin did not start: ") + why);
    }
    Runtime::Invocation *inv = invokeAndWait(plugin, *request, [](const QJsonObject &chunk) {
        printOut(compact(chunk) + QLatin1Char('\n'));
    });
    const bool ok = inv->state() == Runtime::InvocationState::Succeeded;
    QJsonObject done{{QStringLiteral("done"), true},
                     {QStringLiteral("ok"), ok},
                     {QStringLiteral("error"), QJsonValue::Null},
                     {QStringLiteral("elapsed_ms"), inv->elapsedMs()}};
    if (!ok) {
        done.insert(QStringLiteral("error"), inv->error().message);
        if (!inv->pluginErrorType().isEmpty())
            done.insert(QStringLiteral("error_type"), inv->pluginErrorType());
    }
    printOut(compact(done) + QLatin1Char('\n'));
    // Stop every process group (installed plugins started for reverse calls too) before leaving.
    stopAllAndWait(session->get());
    return ok ? ExitOk : ExitFailure;
}

static CommandRegistrar reg({QStringLiteral("invoke"), QStringLiteral("Call a tool, model, agent strategy or endpoint of a plugin folder"),
                             runInvoke});

} // namespace Studio::Cli
