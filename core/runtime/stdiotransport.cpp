// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/stdiotransport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <csignal>
#include <memory>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Studio::Runtime {

namespace {

// How often the plugin's stdout is looked at, and how many looks in a row must find it gone.
constexpr int StdoutWatchMs = 250;
constexpr int StdoutGoneLooks = 2;

// What file descriptor 1 of `pid` is ("pipe:[1234]"), or empty when it cannot be read (no /proc,
// process gone).
QByteArray stdoutOf(qint64 pid)
{
    char target[128];
    const QByteArray link = "/proc/" + QByteArray::number(pid) + "/fd/1";
    const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
    return n > 0 ? QByteArray(target, qsizetype(n)) : QByteArray();
}

} // namespace

StdioTransport::StdioTransport(const StdioOptions &options, QObject *parent)
    : PluginTransport(parent), m_options(options), m_lines(options.maxLineBytes)
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { killGroup(SIGKILL); });
}

StdioTransport::~StdioTransport()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        killGroup(SIGKILL);
        m_process->waitForFinished(3000);
    }
}

bool StdioTransport::start()
{
    if (m_process)
        return m_open;
    m_process = new QProcess(this);
    m_process->setProgram(m_options.program);
    m_process->setArguments(m_options.args);
    m_process->setWorkingDirectory(m_options.workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList extraKeys = m_options.extraEnv.keys();
    for (const QString &key : extraKeys)
        env.insert(key, m_options.extraEnv.value(key));
    env.insert(QStringLiteral("INSTALL_METHOD"), m_options.installMethod);
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    if (m_options.heartbeatIntervalSec > 0)
        env.insert(QStringLiteral("HEARTBEAT_INTERVAL"), QString::number(m_options.heartbeatIntervalSec));
    m_process->setProcessEnvironment(env);
    // Own process group, so close() reaches grandchildren too.
    m_process->setChildProcessModifier([] { ::setsid(); });

    connect(m_process, &QProcess::readyReadStandardOutput, this, &StdioTransport::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &StdioTransport::onStderr);
    connect(m_process, &QProcess::finished, this, &StdioTransport::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &StdioTransport::onErrorOccurred);
    connect(m_process, &QProcess::started, this, [this] {
        m_open = true;
        m_pgid = m_process->processId();
        watchStdout(m_pgid);
        emit started();
    });

    if (!QFileInfo(m_options.workingDir).isDir()) {
        QMetaObject::invokeMethod(this, [this] {
            finish(QCoreApplication::translate("Studio", "the plugin folder %1 does not exist")
                       .arg(m_options.workingDir));
        }, Qt::QueuedConnection);
        return false;
    }
    m_open = true; // writes before started() are buffered by QProcess
    m_process->start(QIODevice::ReadWrite);
    return true;
}

bool StdioTransport::isOpen() const
{
    return m_open && m_process && m_process->state() != QProcess::NotRunning;
}

bool StdioTransport::sendLine(const QByteArray &line)
{
    if (!m_open || !m_process)
        return false;
    QByteArray data = line;
    data.append('\n');
    return m_process->write(data) == data.size();
}

void StdioTransport::close(const QString &reason)
{
    if (!m_process || m_closedEmitted)
        return;
    if (m_closeReason.isEmpty())
        m_closeReason = reason;
    m_open = false;
    if (m_process->state() == QProcess::NotRunning) {
        finish(m_closeReason);
        return;
    }
    m_process->closeWriteChannel();
    killGroup(SIGTERM);
    m_killTimer.start(m_options.killGraceMs);
}

qint64 StdioTransport::processId() const
{
    return (m_process && m_process->state() != QProcess::NotRunning) ? m_process->processId() : 0;
}

int StdioTransport::exitCode() const
{
    return m_exitCode;
}

QString StdioTransport::stderrTail() const
{
    return QString::fromUtf8(m_stderrTail).trimmed();
}

// A plugin that closes (or redirects) its stdout but keeps running can never answer again, and Qt
// reports the end of the pipe only when the process exits: every call would hang until its
// timeout. On Linux the plugin's fd 1 is watched; once it is no longer the pipe it started with,
// the instance is stopped with an error that says so.
void StdioTransport::watchStdout(qint64 pid)
{
    const QByteArray pipe = stdoutOf(pid);
    if (!pipe.startsWith("pipe:"))
        return; // no /proc here, or the process is already gone
    auto *timer = new QTimer(this);
    auto gone = std::make_shared<int>(0);
    connect(timer, &QTimer::timeout, this, [this, timer, pid, pipe, gone] {
        if (!m_process || m_process->state() != QProcess::Running || !m_closeReason.isEmpty()) {
            timer->deleteLater();
            return;
        }
        *gone = stdoutOf(pid) == pipe ? 0 : *gone + 1;
        if (*gone < StdoutGoneLooks)
            return;
        timer->deleteLater();
        close(QCoreApplication::translate("Studio", "the plugin closed its standard output but kept running; the instance "
                                                    "was stopped (a plugin must keep stdout open and write only protocol "
                                                    "lines to it)"));
    });
    timer->start(StdoutWatchMs);
}

void StdioTransport::killGroup(int signal)
{
    if (m_pgid > 0) {
        // The group may outlive its leader (grandchildren); signal it regardless.
        ::kill(-pid_t(m_pgid), signal);
    }
    if (m_process && m_process->state() != QProcess::NotRunning && signal == SIGKILL)
        m_process->kill();
}

void StdioTransport::onStdout()
{
    if (!m_closeReason.isEmpty()) {
        // Closing: nothing the plugin writes now may complete a call.
        m_process->readAllStandardOutput();
        m_lines.clear();
        return;
    }
    QList<QByteArray> lines;
    const bool ok = m_lines.append(m_process->readAllStandardOutput(), lines);
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        emit lineReceived(line);
        if (!m_process || !m_closeReason.isEmpty()) { // a slot may have closed us
            m_lines.clear();
            return;
        }
    }
    if (!ok) {
        close(QCoreApplication::translate("Studio",
                  "the plugin wrote a line of more than %1 bytes on stdout (%2 bytes without a line break), "
                  "over the %1-byte limit; the instance was stopped (send large data as blob chunks or files)")
                  .arg(m_options.maxLineBytes)
                  .arg(m_lines.overflowLength()));
    }
}

void StdioTransport::onStderr()
{
    const QByteArray data = m_process->readAllStandardError();
    m_stderrTail.append(data);
    if (m_stderrTail.size() > m_options.stderrTailBytes)
        m_stderrTail = m_stderrTail.right(m_options.stderrTailBytes);
    emit outputText(QString::fromUtf8(data), true);
}

void StdioTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    // Drain what is left.
    if (m_process->bytesAvailable() > 0)
        onStdout();
    const QByteArray err = m_process->readAllStandardError();
    if (!err.isEmpty()) {
        m_stderrTail.append(err);
        if (m_stderrTail.size() > m_options.stderrTailBytes)
            m_stderrTail = m_stderrTail.right(m_options.stderrTailBytes);
        emit outputText(QString::fromUtf8(err), true);
    }
    m_exitCode = status == QProcess::NormalExit ? exitCode : -1;
    // Reap the rest of the group: anything still in it is an orphan of the plugin.
    if (m_pgid > 0)
        ::kill(-pid_t(m_pgid), SIGKILL);
    m_killTimer.stop();
    QString reason = m_closeReason;
    if (reason.isEmpty()) {
        const QString tail = stderrTail();
        if (status == QProcess::NormalExit)
            m_closeSummary = QCoreApplication::translate("Studio", "the plugin process exited (code %1)").arg(exitCode);
        else
            m_closeSummary = QCoreApplication::translate("Studio", "the plugin process crashed");
        reason = m_closeSummary;
        if (!tail.isEmpty())
            reason += QStringLiteral(": ") + tail.right(600);
    }
    finish(reason);
}

void StdioTransport::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        finish(QCoreApplication::translate("Studio", "could not start %1: %2 (check the interpreter path)")
                   .arg(m_options.program, m_process->errorString()));
    }
}

void StdioTransport::finish(const QString &reason)
{
    m_open = false;
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    if (m_closeReason.isEmpty())
        m_closeReason = reason;
    if (m_closeSummary.isEmpty())
        m_closeSummary = m_closeReason;
    emit closed(m_closeReason);
}

} // namespace Studio::Runtime
