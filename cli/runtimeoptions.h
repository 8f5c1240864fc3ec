// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the commands that run plugins (defined in cmd_run.cpp); the session they
// build from these options is in runtimesession.h.

#include <QCommandLineParser>
#include <QObject>

#include <functional>

namespace Studio::Cli {

void addRuntimeOptions(QCommandLineParser &parser);
// What is wrong with the runtime options (a sentence for stderr), or "" when they are fine.
QString runtimeOptionsError(const QCommandLineParser &parser);
// SIGINT/SIGTERM -> `handler` on the event loop (self-pipe), so commands stop cleanly.
void runtimeOnTerminationSignal(QObject *context, std::function<void()> handler);

} // namespace Studio::Cli
