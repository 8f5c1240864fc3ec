// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Console > Rebuild environment: drops the cached managed environment of a plugin folder and
// prepares it again. Phase 1 prepares (finding the cached environment), phase 2 removes it — only
// a folder inside the cache root, never a venv the user chose — and prepares it again.
// StudioSession::rebuildEnvironment() stops the plugin first and owns the object.

#include "core/runtime/pythonenv.h"

#include <QObject>
#include <QPointer>

namespace Studio::Session {

class EnvironmentRebuild : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentRebuild(const QString &pluginDir, const Runtime::EnvOptions &options, QObject *parent = nullptr);
    ~EnvironmentRebuild() override;

    QString pluginDir() const { return m_dir; }
    bool start();  // false when it is already running
    void cancel(); // finished() reports it
    bool isRunning() const;
    // After finished(): the environment built (valid when it succeeded).
    const Result<Runtime::PreparedEnv> &result() const;

signals:
    void output(const QString &line);
    // Once: ok, and the sentence to show ("Environment rebuilt: ...", or what went wrong).
    void finished(bool ok, const QString &message);

private:
    void onPrepared();
    void finish(bool ok, const QString &message);

    QString m_dir;
    Runtime::EnvOptions m_options;
    QString m_cacheRoot;
    QPointer<Runtime::EnvironmentManager> m_manager;
    int m_phase = 0; // 0 idle, 1 finding the cached environment, 2 building it again
};

} // namespace Studio::Session
