// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One local plugin folder: declaration, environment, process, connection, liveness and restart
// policy (protocol.md §2.6–§2.8, §7.3).

#include "core/plugin/declarations.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/pythonenv.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Studio::Runtime {

class ReverseHandler;

enum class RuntimeState { Pending, Launching, Active, Restarting, Stopped };
QString runtimeStateName(RuntimeState state); // pending, launching, active, restarting, stopped

struct LocalPluginOptions
{
    EnvOptions env;
    // Non-empty: run with this interpreter directly, no environment preparation (SDK-free
    // fixtures, or a venv the user manages).
    QString interpreter;
    int readyTimeoutMs = 120000;      // first heartbeat
    int inactivityTimeoutMs = 120000; // no output at all for this long -> killed
    int livenessCheckMs = 5000;       // how often inactivity is checked
    double heartbeatIntervalSec = 0;  // > 0: HEARTBEAT_INTERVAL for the plugin
    qint64 maxLineBytes = 5 * 1024 * 1024;
    int killGraceMs = 1500;
    bool restartOnCrash = true;
    int maxFailures = 15;             // give up after this many failed launches in a row
    // Delay before restart number `failures` (1-based). Default: 0 for 1–2, 30 s from 3, 60 s from 8.
    std::function<int(int failures)> restartDelayMs;
    QProcessEnvironment extraEnv;
};

// Loads the plugin folder with Plugin::loadPlugin (full declaration: manifest, providers, tools,
// models, ...). When the loader reports decode errors the plugin can still be run for debugging:
// the manifest fields the runtime needs (author, name, version, runner entrypoint, permissions,
// plugins.*) are then read directly and the loader's first error is added to `warnings`.
Result<Plugin::PluginDeclaration> loadRuntimeDeclaration(const QString &pluginDir, QStringList *warnings = nullptr);

class LocalPlugin : public QObject
{
    Q_OBJECT
public:
    LocalPlugin(const QString &pluginDir, const LocalPluginOptions &options, ReverseHandler *reverse,
                QObject *parent = nullptr);
    ~LocalPlugin() override; // stops the process group

    VoidResult load(); // reads the declaration (start() calls it when needed)
    void start();      // prepare env (async) -> launch -> active at first heartbeat
    void stop();       // kills the process group; state Stopped; no restart

    RuntimeState state() const { return m_state; }
    const Plugin::PluginDeclaration &declaration() const { return m_decl; }
    QString pluginDir() const { return m_dir; }
    PluginConnection *connection() const { return m_connection; }
    EnvironmentManager *environment() const { return m_env; }
    // Calls the plugin; when not active the invocation fails at once with a clear error.
    Invocation *invoke(const InvokeRequest &request);
    int launchCount() const { return m_launches; }
    int failureCount() const { return m_failures; }
    QString lastError() const { return m_lastError; }
    qint64 processId() const;

signals:
    void stateChanged(Studio::Runtime::RuntimeState state);
    void ready();
    void connectionChanged(Studio::Runtime::PluginConnection *connection);
    void output(const QString &text, bool isStderr); // env progress, plugin stderr/prints
    void logMessage(const QString &level, const QString &text, double timestamp);
    void instanceFailed(const QString &reason);      // one instance ended abnormally
    void gaveUp(const QString &reason);              // too many failures

private:
    void setState(RuntimeState state);
    void launch();
    void onConnectionClosed(const QString &reason);
    void checkLiveness();
    void scheduleRestart(const QString &reason);

    QString m_dir;
    LocalPluginOptions m_options;
    ReverseHandler *m_reverse = nullptr;
    Plugin::PluginDeclaration m_decl;
    bool m_loaded = false;
    RuntimeState m_state = RuntimeState::Pending;
    EnvironmentManager *m_env = nullptr;
    QString m_interpreter;
    QPointer<PluginConnection> m_connection;
    QTimer m_readyTimer, m_livenessTimer, m_restartTimer;
    int m_launches = 0, m_failures = 0;
    bool m_stopping = false;
    QString m_lastError;
};

} // namespace Studio::Runtime
