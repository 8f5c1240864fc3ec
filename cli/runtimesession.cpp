// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/runtimesession.h"

#include "cli/command.h"
#include "cli/runtimeoptions.h"
#include "core/common/printable.h"
#include "core/runtime/invocation.h"
#include "core/runtime/reverse.h"
#include "core/workspace/workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace Studio::Cli {

namespace {

bool isWorkspaceFolder(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(QStringLiteral("workspace.db")));
}

// Plugin output on stderr: the command's own plugin as before, every other plugin the session
// starts (an installed plugin answering a reverse call) with its id in front.
void logToStderr(Session::SessionPlugin *plugin, const QString &mainKey)
{
    const bool own = plugin->key() == mainKey;
    const QString tag = own ? QString() : QStringLiteral("[%1] ").arg(printable(plugin->pluginId()));
    QObject::connect(plugin, &Session::SessionPlugin::output, plugin, [tag](const QString &text, bool) {
        printErr(tag + printable(text, PrintableMode::MultiLine));
    });
    QObject::connect(plugin, &Session::SessionPlugin::logMessage, plugin, [tag](const QString &level, const QString &text, double) {
        printErr(QStringLiteral("%1[plugin %2] %3\n").arg(tag, printable(level), printable(text, PrintableMode::MultiLine)));
    });
    if (!own) {
        QObject::connect(plugin, &Session::SessionPlugin::stateChanged, plugin, [tag](Runtime::RuntimeState s) {
            printErr(QStringLiteral("%1[studio] plugin %2\n").arg(tag, Runtime::runtimeStateName(s)));
        });
    }
}

} // namespace

Result<std::unique_ptr<Session::StudioSession>> openRuntimeSession(const QCommandLineParser &parser, const QString &pluginDir,
                                                                    const QString &command, bool runtimeOptions)
{
    Session::SessionOptions o;
    const QString given = parser.value(QStringLiteral("workspace"));
    if (!given.isEmpty())
        o.workspaceDir = given;
    else if (isWorkspaceFolder(Workspace::WorkspaceStore::defaultDataDir()))
        o.workspaceDir = Workspace::WorkspaceStore::defaultDataDir();
    // else: a temporary workspace, its key in a file inside it (removed with it)
    if (o.workspaceDir.isEmpty())
        o.keyStore = Workspace::KeyStore::File;
    o.keepHistory = false; // the console's history is the studio window's
    if (runtimeOptions)
        o.envCacheRoot = parser.value(QStringLiteral("env-cache"));
    if (runtimeOptions && parser.isSet(QStringLiteral("heartbeat")))
        o.pluginDefaults.heartbeatIntervalSec = parser.value(QStringLiteral("heartbeat")).toDouble();

    auto session = std::make_unique<Session::StudioSession>();
    if (auto r = session->open(o); !r)
        return r.error();
    if (!session->workspace())
        printErr(QStringLiteral("%1: warning: the workspace %2 could not be opened (%3); installed plugins do not answer "
                                "reverse calls in this run\n")
                     .arg(command, session->workspaceDir(), session->workspaceError()));

    // The command line replaces the workspace settings it names.
    Runtime::DefaultReverseHandler *reverse = session->reverseHandler();
    if (runtimeOptions && (parser.isSet(QStringLiteral("dify-url")) || parser.isSet(QStringLiteral("dify-key")))) {
        Runtime::DifyInstanceConfig dify = reverse->difyInstance();
        if (parser.isSet(QStringLiteral("dify-url")))
            dify.baseUrl = QUrl(parser.value(QStringLiteral("dify-url")));
        if (parser.isSet(QStringLiteral("dify-key")))
            dify.apiKey = parser.value(QStringLiteral("dify-key"));
        reverse->setDifyInstance(dify);
    }
    if (runtimeOptions && parser.isSet(QStringLiteral("dify-inner-url"))) {
        Runtime::DifyInnerApiConfig inner;
        inner.url = QUrl(parser.value(QStringLiteral("dify-inner-url")));
        inner.key = parser.isSet(QStringLiteral("dify-inner-key")) ? parser.value(QStringLiteral("dify-inner-key"))
                                                                   : qEnvironmentVariable("STUDIO_DIFY_INNER_API_KEY");
        reverse->setDifyInnerApi(inner);
    }
    if (runtimeOptions && parser.isSet(QStringLiteral("system-model")))
        reverse->setSystemModel(Runtime::SystemModelConfig::fromString(parser.value(QStringLiteral("system-model"))));

    // The Python given on the command line is for the plugin the command runs, exactly; every
    // other plugin keeps the one chosen for it.
    if (runtimeOptions && !pluginDir.isEmpty()) {
        Runtime::LocalPluginOptions mine = session->pluginOptions(pluginDir);
        bool overridden = false;
        if (parser.isSet(QStringLiteral("python"))) {
            const QString python = parser.value(QStringLiteral("python"));
            mine.env.python = python;
            mine.interpreter.clear();
            const QDir dir(pluginDir);
            if (!dir.exists(QStringLiteral("requirements.txt")) && !dir.exists(QStringLiteral("pyproject.toml")))
                mine.interpreter = python; // nothing to install: run on it directly
            overridden = true;
        }
        if (parser.isSet(QStringLiteral("offline-wheels"))) {
            mine.env.offlineWheels = parser.value(QStringLiteral("offline-wheels"));
            overridden = true;
        }
        if (overridden)
            session->setPluginOptionsOverride(pluginDir, mine);
    }

    const QString mainKey = pluginDir.isEmpty() ? QString() : Session::SessionPlugin::folderKey(pluginDir);
    Session::StudioSession *s = session.get();
    QObject::connect(s->plugins(), &Session::PluginRegistry::pluginAdded, s,
                     [mainKey](Session::SessionPlugin *plugin) { logToStderr(plugin, mainKey); });
    for (Session::SessionPlugin *plugin : s->plugins()->all())
        logToStderr(plugin, mainKey);
    return session;
}

Result<Session::SessionPlugin *> openRuntimePlugin(Session::StudioSession *session, const QString &pluginDir)
{
    return session->openFolder(pluginDir);
}

QString startAndWait(Session::SessionPlugin *plugin)
{
    QEventLoop loop;
    bool answered = false;
    QString why;
    QPointer<QEventLoop> guard(&loop);
    plugin->ensureRunning([&answered, &why, guard](Session::SessionPlugin *running, const QString &reason) {
        answered = true;
        why = running ? QString() : (reason.isEmpty() ? QStringLiteral("it stopped") : reason);
        if (guard)
            guard->quit();
    });
    if (!answered) {
        runtimeOnTerminationSignal(&loop, [&] {
            if (!answered) {
                answered = true;
                why = QStringLiteral("interrupted");
            }
            loop.quit();
        });
        loop.exec();
    }
    return why;
}

Runtime::Invocation *invokeAndWait(Session::SessionPlugin *plugin, const Runtime::InvokeRequest &request,
                                   const std::function<void(const QJsonObject &)> &onChunk)
{
    Runtime::Invocation *inv = plugin->invoke(request);
    if (onChunk)
        QObject::connect(inv, &Runtime::Invocation::chunkReceived, inv, onChunk);
    if (!inv->isFinished()) {
        QEventLoop loop;
        QObject::connect(inv, &Runtime::Invocation::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return inv;
}

void stopAllAndWait(Session::StudioSession *session, int ms)
{
    QEventLoop loop;
    auto running = [session] {
        for (Session::SessionPlugin *p : session->plugins()->all())
            if (p->process() && p->process()->state() != Runtime::RuntimeState::Stopped
                && p->process()->state() != Runtime::RuntimeState::Pending)
                return true;
        return false;
    };
    for (Session::SessionPlugin *p : session->plugins()->all()) {
        if (!p->process())
            continue;
        QObject::connect(p, &Session::SessionPlugin::stateChanged, &loop, [&loop, running] {
            if (!running())
                loop.quit();
        });
        p->stop();
    }
    if (running()) {
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace Studio::Cli
