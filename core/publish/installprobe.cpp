// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/installprobe.h"
#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/net/downloader.h"

#include <QHostAddress>
#include <QTcpServer>

#include <csignal>
#include <unistd.h>

namespace Studio::Publish {

namespace {

constexpr qsizetype kTail = 16 * 1024;
constexpr qsizetype kMaxLine = 64 * 1024;

void keepTail(QByteArray &tail, const QByteArray &more)
{
    tail += more;
    if (tail.size() > kTail)
        tail = tail.right(kTail);
}

quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

} // namespace

InstallProbe::InstallProbe(QObject *parent) : QObject(parent), m_net(new Net::Downloader(this))
{
    m_watchdog.setSingleShot(true);
    m_settle.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        finish(InstallProbeResult::Failure::Timeout,
               StudioTr::tr("The plugin did not report \"Serving Flask app\" within %1 s (the Marketplace's watchdog).")
                   .arg(m_watchdog.interval() / 1000));
    });
    connect(&m_settle, &QTimer::timeout, this, &InstallProbe::probe);
}

InstallProbe::~InstallProbe()
{
    killGroup();
}

void InstallProbe::start(const QString &interpreter, const QString &dir, int watchdogMs, int settleMs)
{
    m_result = {};
    m_done = false;
    m_port = freePort();
    m_settle.setInterval(settleMs);
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INSTALL_METHOD"), QStringLiteral("serverless"));
    // The CI binds 0.0.0.0 on a throw-away runner; here the port stays on loopback.
    env.insert(QStringLiteral("SERVERLESS_HOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("SERVERLESS_PORT"), QString::number(m_port));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.remove(QStringLiteral("REMOTE_INSTALL_URL"));
    env.remove(QStringLiteral("REMOTE_INSTALL_KEY"));
    m_process->setProcessEnvironment(env);
    m_process->setChildProcessModifier([] { ::setsid(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &InstallProbe::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { keepTail(m_errTail, m_process->readAllStandardError()); });
    connect(m_process, &QProcess::started, this, [this] { m_pgid = m_process->processId(); });
    connect(m_process, &QProcess::errorOccurred, this, [this, interpreter](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(InstallProbeResult::Failure::StartFailed,
                   StudioTr::tr("Cannot start %1: %2").arg(interpreter, m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        keepTail(m_errTail, m_process->readAllStandardError());
        if (!m_done)
            finish(InstallProbeResult::Failure::Exited,
                   StudioTr::tr("`python -m main` exited (code %1) before it served; its stderr is below.").arg(code));
    });
    m_clock.start();
    m_watchdog.start(watchdogMs);
    if (m_port == 0) {
        finish(InstallProbeResult::Failure::StartFailed, StudioTr::tr("No free loopback port for the plugin's HTTP server."));
        return;
    }
    m_process->start(interpreter, {QStringLiteral("-m"), QStringLiteral("main")});
}

void InstallProbe::onStdout()
{
    const QByteArray chunk = m_process->readAllStandardOutput();
    keepTail(m_outTail, chunk);
    if (m_result.servingAfterMs >= 0)
        return;
    m_outBuffer += chunk;
    qsizetype nl;
    while ((nl = m_outBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_outBuffer.left(nl);
        m_outBuffer.remove(0, nl + 1);
        if (line.contains("Serving Flask app")) {
            m_result.servingAfterMs = m_clock.elapsed();
            m_settle.start();
            return;
        }
    }
    if (m_outBuffer.size() > kMaxLine)
        m_outBuffer = m_outBuffer.right(kMaxLine); // a marker split across the cut is still found
}

void InstallProbe::probe()
{
    if (m_done)
        return;
    Net::Request req(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)));
    req.maxBytes = 1024 * 1024;
    req.deadlineMs = 10000;
    req.stallMs = 10000;
    req.maxRedirects = 0;
    for (int s = 300; s < 600; ++s)
        req.acceptStatus << s; // every answer is a result here; 200 and 404 pass
    Net::Download *d = m_net->start(req);
    connect(d, &Net::Download::finished, this, [this, d] {
        d->deleteLater();
        if (m_done)
            return;
        if (!d->isOk() && d->failure()->kind != Net::FailureKind::HttpStatus) {
            finish(InstallProbeResult::Failure::Status,
                   StudioTr::tr("GET / on the plugin's port failed: %1").arg(d->failure()->message));
            return;
        }
        const int status = d->isOk() ? d->httpStatus() : d->failure()->httpStatus;
        m_result.httpStatus = status;
        if (status == 200 || status == 404) {
            m_result.ok = true;
            finish(InstallProbeResult::Failure::None,
                   StudioTr::tr("Started in %1 s (\"Serving Flask app\"), GET / answered %2.")
                       .arg(QString::number(double(m_result.servingAfterMs) / 1000.0, 'f', 1))
                       .arg(status));
        } else {
            finish(InstallProbeResult::Failure::Status, StudioTr::tr("GET / answered %1; the Marketplace needs 200 or 404.").arg(status));
        }
    });
}

void InstallProbe::cancel()
{
    finish(InstallProbeResult::Failure::Cancelled, StudioTr::tr("Cancelled."));
}

void InstallProbe::killGroup()
{
    if (m_pgid > 0)
        ::kill(-pid_t(m_pgid), SIGKILL);
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_pgid = 0;
}

void InstallProbe::finish(InstallProbeResult::Failure failure, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    m_settle.stop();
    if (m_process)
        keepTail(m_errTail, m_process->readAllStandardError());
    killGroup();
    m_result.failure = failure;
    m_result.ok = failure == InstallProbeResult::Failure::None;
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.message = message;
    m_result.stderrTail = printable(QString::fromUtf8(m_errTail), PrintableMode::MultiLine);
    m_result.stdoutTail = printable(QString::fromUtf8(m_outTail), PrintableMode::MultiLine);
    QMetaObject::invokeMethod(this, &InstallProbe::finished, Qt::QueuedConnection);
}

} // namespace Studio::Publish
