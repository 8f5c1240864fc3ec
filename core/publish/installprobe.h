// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// plugin_install as the Marketplace's CI runs it (marketplace-submission.md §4.11): `python -m
// main` in the unpacked package with INSTALL_METHOD=serverless, waiting for a stdout line holding
// "Serving Flask app", then 3 s, then `GET /` must answer 200 or 404; an exit first, another
// status, or the 20-second watchdog fails. Nothing is invoked. The studio's plugin runtime (and
// the session core) runs plugins over stdio for the console; this launch mode is the CI's own,
// so it has this small class. The process gets its own process group, ended with everything it
// started.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace Studio::Net {
class Downloader;
}

namespace Studio::Publish {

struct InstallProbeResult
{
    bool ok = false;
    enum class Failure { None, Exited, Timeout, Status, StartFailed, Cancelled } failure = Failure::None;
    int httpStatus = 0;
    qint64 servingAfterMs = -1; // when "Serving Flask app" appeared
    qint64 elapsedMs = 0;
    QString stderrTail;         // the last lines the plugin wrote on stderr (printable)
    QString stdoutTail;
    QString message;            // one sentence: what happened
};

class InstallProbe : public QObject
{
    Q_OBJECT
public:
    explicit InstallProbe(QObject *parent = nullptr);
    ~InstallProbe() override;

    // `interpreter` is the environment's python; `dir` the unpacked package.
    void start(const QString &interpreter, const QString &dir, int watchdogMs = 20000, int settleMs = 3000);
    void cancel();
    const InstallProbeResult &result() const { return m_result; }

signals:
    void finished();

private:
    void onStdout();
    void probe();
    void finish(InstallProbeResult::Failure failure, const QString &message);
    void killGroup();

    QPointer<QProcess> m_process;
    Net::Downloader *m_net;
    QTimer m_watchdog, m_settle;
    QElapsedTimer m_clock;
    QByteArray m_outBuffer, m_outTail, m_errTail;
    quint16 m_port = 0;
    qint64 m_pgid = 0;
    bool m_done = false;
    InstallProbeResult m_result;
};

} // namespace Studio::Publish
