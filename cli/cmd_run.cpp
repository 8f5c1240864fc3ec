// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli run PATH: prepare the environment, start the plugin, log to stderr, stay up
// until SIGINT/SIGTERM (then stop the whole process group cleanly).

#include "cli/command.h"
#include "cli/runtimeoptions.h"
#include "cli/runtimesession.h"
#include "core/runtime/localplugin.h"
#include "core/runtime/storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Studio::Cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM -> `handler` on the event loop (self-pipe).
void onTerminationSignal(QObject *context, std::function<void()> handler)
{
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        handler();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

} // namespace

void addRuntimeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("python"),
                      QStringLiteral("Interpreter used to build the environment, or an existing venv used as-is. A plugin "
                                     "without requirements.txt/pyproject.toml runs directly on this interpreter."),
                      QStringLiteral("INTERPRETER_OR_VENV")});
    parser.addOption({QStringLiteral("offline-wheels"),
                      QStringLiteral("Install offline from this wheel folder (--no-index --find-links)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("env-cache"), QStringLiteral("Environment cache folder (default: the user cache)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("workspace"),
                      QStringLiteral("The studio workspace: its installed plugins answer the plugin's reverse calls "
                                     "(started on demand, with their configured credentials), its Python choices and "
                                     "settings apply, and plugin storage is kept there (default: the studio's own "
                                     "workspace when it exists, else a temporary one)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("heartbeat"), QStringLiteral("HEARTBEAT_INTERVAL for the plugin, in seconds."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("dify-url"), QStringLiteral("Dify service API base URL for app reverse calls."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("dify-key"), QStringLiteral("Dify app API key for app reverse calls."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("dify-inner-url"),
                      QStringLiteral("Dify API server for workflow-node and summary reverse calls (the daemon's "
                                     "DIFY_INNER_API_URL, e.g. http://localhost:5001). Without it the studio runs "
                                     "those nodes itself on a model plugin."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("dify-inner-key"),
                      QStringLiteral("Dify's INNER_API_KEY_FOR_PLUGIN, sent as X-Inner-Api-Key (default: the "
                                     "STUDIO_DIFY_INNER_API_KEY environment variable)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("system-model"),
                      QStringLiteral("LLM that answers system_summary calls when no inner API is set, as "
                                     "PROVIDER/MODEL, e.g. langgenius/openai/openai/gpt-4o-mini."),
                      QStringLiteral("PROVIDER/MODEL")});
}

QString runtimeOptionsError(const QCommandLineParser &parser)
{
    const QString url = parser.value(QStringLiteral("dify-inner-url"));
    const bool keySet = parser.isSet(QStringLiteral("dify-inner-key"))
                        || !qEnvironmentVariableIsEmpty("STUDIO_DIFY_INNER_API_KEY");
    if (!url.isEmpty()) {
        const QUrl u(url);
        if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) || u.host().isEmpty())
            return QStringLiteral("--dify-inner-url \"%1\" is not an http(s) URL such as http://localhost:5001.").arg(url);
        if (!keySet)
            return QStringLiteral("--dify-inner-url needs the inner API key too: give --dify-inner-key or set "
                                  "STUDIO_DIFY_INNER_API_KEY (Dify's INNER_API_KEY_FOR_PLUGIN).");
    } else if (parser.isSet(QStringLiteral("dify-inner-key"))) {
        return QStringLiteral("--dify-inner-key needs --dify-inner-url (the Dify API server, e.g. http://localhost:5001).");
    }
    if (parser.isSet(QStringLiteral("system-model"))
        && !Runtime::SystemModelConfig::fromString(parser.value(QStringLiteral("system-model"))).isConfigured())
        return QStringLiteral("--system-model \"%1\" is not PROVIDER/MODEL; write e.g. "
                              "langgenius/openai/openai/gpt-4o-mini or openai/gpt-4o-mini.")
            .arg(parser.value(QStringLiteral("system-model")));
    return {};
}

void runtimeOnTerminationSignal(QObject *context, std::function<void()> handler)
{
    onTerminationSignal(context, std::move(handler));
}

static int runRun(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prepares the Python environment of a plugin folder, starts the plugin like the Dify daemon does "
        "(stdio, INSTALL_METHOD=local) and keeps it running until Ctrl+C. Plugin output and logs go to stderr."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("The plugin folder (with manifest.yaml)."));
    addRuntimeOptions(parser);
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("run: give exactly one plugin folder. See 'plugin-studio-cli run --help'.\n"));
        return ExitUsage;
    }
    if (const QString bad = runtimeOptionsError(parser); !bad.isEmpty()) {
        printErr(QStringLiteral("run: %1\n").arg(bad));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    auto session = openRuntimeSession(parser, path, QStringLiteral("run"));
    if (!session) {
        printErr(QStringLiteral("run: %1\n").arg(session.error().toString()));
        return ExitFailure;
    }
    auto opened = openRuntimePlugin(session->get(), path);
    if (!opened) {
        printErr(QStringLiteral("run: %1\n").arg(opened.error().toString()));
        return ExitFailure;
    }
    Session::SessionPlugin *plugin = *opened;
    printErr(QStringLiteral("[studio] storage: %1\n").arg((*session)->storage()->path()));
    if ((*session)->workspace())
        printErr(QStringLiteral("[studio] workspace: %1 (its installed plugins answer reverse calls)\n").arg((*session)->workspaceDir()));
    QEventLoop loop;
    int rc = ExitOk;
    bool stopping = false;
    QObject::connect(plugin, &Session::SessionPlugin::stateChanged, &loop, [&](Runtime::RuntimeState s) {
        printErr(QStringLiteral("[studio] plugin %1\n").arg(Runtime::runtimeStateName(s)));
        if (s == Runtime::RuntimeState::Stopped)
            loop.quit();
    });
    QObject::connect(plugin, &Session::SessionPlugin::startFailed, &loop, [&](const QString &why) {
        printErr(QStringLiteral("[studio] giving up: %1\n").arg(why));
        rc = ExitFailure;
    });
    onTerminationSignal(&loop, [&] {
        printErr(QStringLiteral("[studio] stopping\n"));
        stopping = true;
        plugin->stop();
        loop.quit();
    });
    bool startedAtOnce = true;
    plugin->ensureRunning([&](Session::SessionPlugin *running, const QString &why) {
        if (!running && !stopping) {
            // The first instance ended: the plugin restarts by its back-off (logged) unless it gave up.
            printErr(QStringLiteral("[studio] the plugin instance ended: %1\n").arg(why));
            if (!plugin->process() || plugin->process()->state() == Runtime::RuntimeState::Stopped) {
                rc = ExitFailure;
                startedAtOnce = false;
            }
        }
    });
    if (startedAtOnce && plugin->process() && plugin->process()->state() != Runtime::RuntimeState::Stopped)
        loop.exec();
    // Every plugin of the session (installed ones started for reverse calls too) stops with it.
    stopAllAndWait(session->get());
    return rc;
}

static CommandRegistrar reg({QStringLiteral("run"), QStringLiteral("Run a plugin folder locally until Ctrl+C"), runRun});

} // namespace Studio::Cli
