// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the commands that run plugins (defined in cmd_run.cpp).

#include "core/runtime/pluginhost.h"

#include <QCommandLineParser>
#include <QObject>

#include <functional>

namespace Studio::Runtime {
class LocalPlugin;
}

namespace Studio::Cli {

void addRuntimeOptions(QCommandLineParser &parser);
Runtime::PluginHostOptions runtimeHostOptions(const QCommandLineParser &parser, const QString &pluginDir);
// What is wrong with the runtime options (a sentence for stderr), or "" when they are fine.
QString runtimeOptionsError(const QCommandLineParser &parser);
void runtimeLogToStderr(Runtime::LocalPlugin *plugin);
// SIGINT/SIGTERM -> `handler` on the event loop (self-pipe), so commands stop cleanly.
void runtimeOnTerminationSignal(QObject *context, std::function<void()> handler);

} // namespace Studio::Cli
