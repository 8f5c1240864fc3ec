// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The studio session of the commands that run plugins (run, invoke, debug-server): one
// Session::StudioSession per command, as the window builds one (core/session). The plugin the
// command runs is an entry of it like any other, so its reverse calls reach every plugin the
// session knows: the installed plugins of the workspace are started on demand with the
// credentials configured for them, as in the studio, and each runs on the Python chosen for it.

#include "core/common/result.h"
#include "core/session/studiosession.h"

#include <QCommandLineParser>

#include <memory>

namespace Studio::Cli {

// Opens the session of a command from the runtime options (addRuntimeOptions()): the workspace of
// --workspace, else the studio's own when it exists, else a temporary one (nothing kept). The
// runtime options given for `pluginDir` (--python, --offline-wheels) override the Python kept for
// it; --heartbeat and --env-cache apply to every plugin; --dify-* and --system-model replace the
// workspace settings. Installed plugins started for reverse calls log to stderr as "[ID] ...".
// `pluginDir` may be empty (debug-server); without `runtimeOptions` the parser has only --workspace
// of them (debug-server). A workspace that cannot be opened is a warning on
// stderr, not a failure: storage and the plugin itself still work.
Result<std::unique_ptr<Session::StudioSession>> openRuntimeSession(const QCommandLineParser &parser, const QString &pluginDir,
                                                                    const QString &command, bool runtimeOptions = true);

// The folder's entry in `session`, or why it has none (no manifest the runtime can read).
Result<Session::SessionPlugin *> openRuntimePlugin(Session::StudioSession *session, const QString &pluginDir);

// Starts `plugin` (ensureRunning) and waits in a local event loop: "" when it runs, else why not.
// SIGINT/SIGTERM while it starts is "interrupted".
QString startAndWait(Session::SessionPlugin *plugin);

// Runs one call to the end in a local event loop; `onChunk` sees each chunk. The invocation is
// owned by the plugin's connection.
Runtime::Invocation *invokeAndWait(Session::SessionPlugin *plugin, const Runtime::InvokeRequest &request,
                                   const std::function<void(const QJsonObject &)> &onChunk = {});

// Stops every local and installed plugin of the session and waits (at most `ms`) for their
// process groups to end.
void stopAllAndWait(Session::StudioSession *session, int ms = 5000);

} // namespace Studio::Cli
