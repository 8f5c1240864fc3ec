// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Python environments for plugins (protocol.md §2.2), cached under a cache root keyed by
// hash(interpreter version + dependency file contents) and marked valid by `dify/plugin.json`
// inside the venv, so a re-run or a second plugin with the same needs starts in seconds.
// uv is used when found (PATH or `python3 -m uv`), else `python -m venv` + pip.

#include "core/common/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

class QTimer;

namespace Studio::Runtime {

struct EnvOptions
{
    // An interpreter ("/usr/bin/python3.12") used to create the venv, or an existing venv (a
    // folder with bin/python, or its bin/python) used as-is without installing anything.
    // Empty: python3 from PATH.
    QString python;
    QString cacheRoot;         // empty: defaultCacheRoot()
    QString offlineWheels;     // non-empty: --no-index --find-links DIR
    QString pipMirror;         // index URL; also makes requirements.txt preferred (daemon rule)
    bool allowUv = true;
    int installTimeoutMs = 10 * 60 * 1000;
    int noOutputTimeoutMs = 120 * 1000;
};

struct PreparedEnv
{
    QString interpreter;  // <venv>/bin/python
    QString venvDir;
    QString cacheKey;
    QString pythonVersion; // "3.11.7"
    bool fromCache = false;
    qint64 elapsedMs = 0;
};

class EnvironmentManager : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentManager(QObject *parent = nullptr);
    ~EnvironmentManager() override;

    static QString defaultCacheRoot(); // QStandardPaths::CacheLocation + "/envs"

    // Asynchronous; output() lines while it works, then finished() once. Returns false when a
    // preparation is already running.
    bool prepare(const QString &pluginDir, const EnvOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    const Result<PreparedEnv> &result() const { return m_result; }

    // Convenience for CLI and tests: runs prepare() in a local event loop.
    static Result<PreparedEnv> prepareBlocking(const QString &pluginDir, const EnvOptions &options,
                                               const std::function<void(const QString &)> &onOutput = {});

    // Checks requirement specifiers of dify_plugin against a Python version: e.g.
    // "dify_plugin>=0.8" on 3.11 -> error naming Python 3.12. `text` is requirements.txt or
    // pyproject.toml content.
    static VoidResult checkPythonCompatibility(const QByteArray &text, const QString &pythonVersion);

signals:
    void output(const QString &line);
    void finished();

private:
    using StepDone = std::function<void(const QByteArray &output)>;
    // Runs one program; on exit 0 calls `done`, else fails with `failMessage` + output tail.
    void runStep(const QString &program, const QStringList &args, const QString &failMessage, StepDone done);
    void fail(const Error &error);
    void succeed();
    void afterVersion(const QString &version);
    void createVenv();
    void install(const QString &requirementsFile);
    void writeMarker();

    bool m_running = false;
    Result<PreparedEnv> m_result{Error(ErrorCode::Unknown, QStringLiteral("not started"))};
    QProcess *m_process = nullptr;
    QByteArray m_processOutput;
    QTimer *m_watchdog = nullptr;
    QElapsedTimer m_clock, m_stepClock, m_lastOutput;
    EnvOptions m_options;
    PreparedEnv m_env;
    QString m_pluginDir, m_baseInterpreter, m_depFile, m_uv;
    bool m_cancelled = false;
};

} // namespace Studio::Runtime
