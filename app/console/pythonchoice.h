// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Python a plugin runs on, chosen per plugin in the console (Environment…) and kept in the
// workspace settings: a managed environment (uv or venv + pip, optionally installed offline from a
// wheel folder), an existing interpreter (run directly, nothing installed) or an existing virtual
// environment (used as-is). Keyed by plugin id for installed plugins, by folder for local ones.
// Everyone who starts a plugin builds its LocalPluginOptions with pythonChoiceOptions().

#include "core/common/result.h"
#include "core/plugin/declarations.h"
#include "core/runtime/localplugin.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace Studio::Workspace {
class WorkspaceStore;
}

namespace Studio::App {

enum class PythonMode { Managed, Interpreter, Venv };

struct PythonChoice
{
    PythonMode mode = PythonMode::Managed;
    QString path;          // Interpreter: the python file; Venv: the environment folder
    QString offlineWheels; // Managed only: install with --no-index --find-links FOLDER

    QJsonObject toJson() const;
    static PythonChoice fromJson(const QJsonObject &json);
    bool operator==(const PythonChoice &other) const = default;
    // Interpreter -> options.interpreter (no preparation); Venv -> env.python (used as-is);
    // Managed -> env.offlineWheels.
    void applyTo(Runtime::LocalPluginOptions &options) const;
    // "existing interpreter", "existing virtual environment", "managed environment".
    QString modeName() const;
    // The interpreter this choice runs ("" for a managed environment not prepared yet).
    QString interpreter() const;
    // Problems that appeared since it was chosen (interpreter removed, wheel folder gone), with
    // what to do; "" when usable.
    QString staleReason() const;
};

// Workspace setting key of a plugin folder: "installed:<plugin id>" when `pluginDir` is the install
// folder of an installed plugin, else "folder:<absolute path>".
QString pythonChoiceKey(const Workspace::WorkspaceStore *workspace, const QString &pluginDir);
PythonChoice loadPythonChoice(const Workspace::WorkspaceStore *workspace, const QString &pluginDir);
VoidResult savePythonChoice(Workspace::WorkspaceStore *workspace, const QString &pluginDir, const PythonChoice &choice);
// The options to start the plugin in `pluginDir` with (its stored choice applied). `envCacheRoot`
// empty: the default cache.
Runtime::LocalPluginOptions pythonChoiceOptions(const Workspace::WorkspaceStore *workspace, const QString &pluginDir,
                                                const QString &envCacheRoot = {});

// Checks on what the user picks.
VoidResult checkVenvFolder(const QString &folder);    // bin/python present and executable
Result<QStringList> wheelFiles(const QString &folder); // the *.whl files; an error when there are none
// The lowest Python the plugin accepts: manifest meta.runner.version, raised to 3.12 when its
// requirements ask for dify_plugin 0.8+. Refuses `version` with the reason and what to do.
VoidResult checkPythonFits(const QString &version, const QString &pluginDir, const Plugin::PluginDeclaration &declaration);
// Adds what to do to an environment error met with an offline wheel folder ("" when it is not one).
QString offlineWheelHint(const QString &error, const QString &wheelFolder);

// Runs an interpreter once (a QProcess, never blocking the GUI thread) and reports its version,
// sys.executable and whether a uv module is importable. finished() is emitted exactly once.
class PythonProbe : public QObject
{
    Q_OBJECT
public:
    struct Info
    {
        QString version;    // "3.11.7"
        QString executable; // sys.executable
        QString uv;         // path of uv found by the interpreter (uv module or PATH), "" if none
    };
    explicit PythonProbe(QObject *parent = nullptr);
    ~PythonProbe() override;
    void start(const QString &program, int timeoutMs = 15000);
    void cancel();
    bool isRunning() const { return m_pending; }
    const Result<Info> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void finish(Result<Info> result);

    QPointer<QProcess> m_process;
    QTimer m_timeout;
    QString m_program;
    bool m_pending = false;
    int m_generation = 0;
    Result<Info> m_result{Error(ErrorCode::Unknown, QString())};
};

} // namespace Studio::App
