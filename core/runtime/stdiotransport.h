// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PluginTransport over a local child process (protocol.md §2.3–§2.4, §2.8).
// The child runs in its own process group (setsid), so close() can end it AND everything it
// spawned. Stdout is split into lines by the one Net::LineSplitter (unterminated tail kept, '\r'
// stripped, blank lines skipped, each byte scanned once); a line longer than `maxLineBytes` ends
// the instance with a clear error as soon as it passes the cap. Lines that
// are not JSON objects and all stderr text go to outputText().

#include "core/net/linesplitter.h"
#include "core/runtime/transport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

namespace Studio::Runtime {

struct StdioOptions
{
    QString program;                 // absolute path of the interpreter (or any program)
    QStringList args;                // e.g. {"-m", "main"}
    QString workingDir;              // the plugin folder (must contain _assets/)
    QProcessEnvironment extraEnv;    // added on top of the inherited environment
    // INSTALL_METHOD for the plugin: "local" (the protocol on stdin/stdout), or "remote" when the
    // process is only supervised and speaks the protocol over TCP (REMOTE_INSTALL_* in extraEnv;
    // its stdout lines are then plain output).
    QString installMethod = QStringLiteral("local");
    double heartbeatIntervalSec = 0; // > 0: exported as HEARTBEAT_INTERVAL
    qint64 maxLineBytes = 5 * 1024 * 1024; // protocol.md §2.4
    int killGraceMs = 1500;          // SIGTERM -> SIGKILL delay in close()
    int stderrTailBytes = 2048;      // kept for error messages
};

class StdioTransport : public PluginTransport
{
    Q_OBJECT
public:
    explicit StdioTransport(const StdioOptions &options, QObject *parent = nullptr);
    ~StdioTransport() override; // kills the process group if still running

    // Starts the process. Asynchronous: started() or closed() follows. Returns false (and emits
    // closed()) when the program cannot be started at all.
    bool start();

    bool isOpen() const override;
    bool sendLine(const QByteArray &line) override;
    void close(const QString &reason) override;
    QString kind() const override { return QStringLiteral("local"); }

    qint64 processId() const;        // also the process-group id; 0 when not running
    int exitCode() const;            // -1 while running or when killed by a signal
    QString stderrTail() const;      // last bytes of stderr (for error messages)
    // Why it ended, without the stderr tail ("the plugin process exited (code 3)"); empty while open.
    QString closeSummary() const { return m_closeSummary; }
    const StdioOptions &options() const { return m_options; }

signals:
    void started();

private:
    void watchStdout(qint64 pid);
    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void finish(const QString &reason);
    void killGroup(int signal);

    StdioOptions m_options;
    QProcess *m_process = nullptr;
    Net::LineSplitter m_lines; // stdout, capped at maxLineBytes per line
    QByteArray m_stderrTail;
    QTimer m_killTimer;
    qint64 m_pgid = 0;
    int m_exitCode = -1;
    bool m_open = false;
    bool m_closedEmitted = false;
    QString m_closeReason;
    QString m_closeSummary;
};

} // namespace Studio::Runtime
