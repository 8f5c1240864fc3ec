// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/remotedebugrun.h"

#include "core/common/tr.h"
#include "core/debug/inspector.h"
#include "core/debug/relay.h"
#include "core/runtime/pythonenv.h"
#include "core/runtime/stdiotransport.h"
#include "core/session/pluginregistry.h"
#include "core/session/studiosession.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>

namespace Studio::Session {

namespace {

int defaultDelay(int failures)
{
    static constexpr int delays[] = {0, 0, 2000, 5000, 10000};
    return delays[qBound(1, failures, 5) - 1];
}

// Folders and files that are not the plugin's source: environments, caches, VCS data, editor
// droppings, packages. Python writing __pycache__ must not restart the plugin it runs.
bool skippedDir(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral(".venv"), QStringLiteral("venv"), QStringLiteral("__pycache__"), QStringLiteral(".git"),
        QStringLiteral(".uv-cache"), QStringLiteral(".idea"), QStringLiteral(".vscode"), QStringLiteral(".mypy_cache"),
        QStringLiteral(".pytest_cache"), QStringLiteral(".ruff_cache"), QStringLiteral("node_modules"), QStringLiteral("dist"),
    };
    return names.contains(name);
}

bool skippedFile(const QString &name)
{
    return name.endsWith(QLatin1String(".pyc")) || name.endsWith(QLatin1String(".difypkg"))
           || name.endsWith(QLatin1String(".difybndl")) || name.endsWith(QLatin1String(".swp"))
           || name.endsWith(QLatin1Char('~')) || name.startsWith(QLatin1String(".#")) || name.endsWith(QLatin1String(".tmp"));
}

} // namespace

QString remoteDebugStateName(RemoteDebugState state)
{
    switch (state) {
    case RemoteDebugState::Preparing: return QStringLiteral("preparing");
    case RemoteDebugState::Starting: return QStringLiteral("starting");
    case RemoteDebugState::Connected: return QStringLiteral("connected");
    case RemoteDebugState::Restarting: return QStringLiteral("restarting");
    case RemoteDebugState::Failed: return QStringLiteral("failed");
    case RemoteDebugState::Stopped: return QStringLiteral("stopped");
    }
    return QString();
}

RemoteDebugRun::RemoteDebugRun(StudioSession *session, const QString &dir, const Plugin::PluginDeclaration &decl,
                               const RemoteDebugTarget &target, const RemoteDebugOptions &options)
    : QObject(session), m_session(session), m_dir(QDir(dir).absolutePath()), m_decl(decl), m_target(target),
      m_options(options)
{
    for (QTimer *t : {&m_connectTimer, &m_quietTimer, &m_restartTimer, &m_settleTimer})
        t->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(StudioTr::tr("%1 did not register with %2 within %3 s; look at the plugin's output above for the error")
                 .arg(pluginId(), m_target.label)
                 .arg(m_options.connectTimeoutMs / 1000));
    });
    m_clock.start();
    connect(&m_quietTimer, &QTimer::timeout, this, &RemoteDebugRun::markConnected);
    connect(&m_restartTimer, &QTimer::timeout, this, &RemoteDebugRun::launch);
    connect(&m_settleTimer, &QTimer::timeout, this, &RemoteDebugRun::onFilesTouched);
}

RemoteDebugRun::~RemoteDebugRun()
{
    m_stopping = true;
    if (m_env)
        m_env->cancel();
    if (m_process) {
        m_process->disconnect(this);
        delete m_process.data(); // kills the process group
    }
}

void RemoteDebugRun::begin()
{
    m_pluginOptions = m_session->pluginOptions(m_dir);
    Debug::DebugRelay *relay = m_session->relay();
    connect(relay, &Debug::DebugRelay::sessionStarted, this, &RemoteDebugRun::onRelayStarted);
    connect(relay, &Debug::DebugRelay::sessionEnded, this, &RemoteDebugRun::onRelayEnded);
    connect(relay, &Debug::DebugRelay::upstreamRefused, this, &RemoteDebugRun::onRelayRefused);
    if (Debug::MessageLog *log = m_session->messageLog())
        connect(log, &Debug::MessageLog::messageAdded, this, &RemoteDebugRun::onLogged);
    m_entry = m_session->addRemotePlugin(m_target.source, m_decl);
    if (m_entry)
        m_entry->setRunState(Runtime::RuntimeState::Launching);
    if (m_options.restartOnSave)
        watchFiles();
    prepare();
}

void RemoteDebugRun::setState(RemoteDebugState state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (m_entry) {
        Runtime::RuntimeState s = Runtime::RuntimeState::Launching;
        switch (state) {
        case RemoteDebugState::Preparing:
        case RemoteDebugState::Starting: s = Runtime::RuntimeState::Launching; break;
        case RemoteDebugState::Connected: s = Runtime::RuntimeState::Active; break;
        case RemoteDebugState::Restarting: s = Runtime::RuntimeState::Restarting; break;
        case RemoteDebugState::Failed:
        case RemoteDebugState::Stopped: s = Runtime::RuntimeState::Stopped; break;
        }
        m_entry->setRunState(s);
    }
    emit stateChanged(state);
}

void RemoteDebugRun::prepare()
{
    setState(RemoteDebugState::Preparing);
    m_connectTimer.start(m_options.connectTimeoutMs);
    if (!m_pluginOptions.interpreter.isEmpty()) {
        m_interpreter = m_pluginOptions.interpreter;
        launch();
        return;
    }
    if (const QString problem = m_session->pythonProblem(m_dir); !problem.isEmpty())
        return fail(problem);
    m_env = new Runtime::EnvironmentManager(this);
    connect(m_env, &Runtime::EnvironmentManager::output, this,
            [this](const QString &line) { emit output(line + QLatin1Char('\n'), false); });
    connect(m_env, &Runtime::EnvironmentManager::finished, this, [this] {
        if (m_stopping)
            return;
        const auto &r = m_env->result();
        if (!r)
            return fail(r.error().message);
        m_interpreter = r->interpreter;
        launch();
    });
    m_env->prepare(m_dir, m_pluginOptions.env);
}

void RemoteDebugRun::launch()
{
    if (m_stopping || m_state == RemoteDebugState::Failed)
        return;
    if (m_process) { // still going: launch when it is gone
        m_relaunchWhenGone = true;
        return killProcess();
    }
    Debug::DebugRelay *relay = m_session->relay();
    // The relay forwards to this Dify; a relay the user started for another host follows too.
    relay->setUpstream(m_target.host, m_target.port, m_target.key);
    if (!relay->port()) {
        if (auto r = relay->listen(); !r)
            return fail(r.error().message);
    }
    if (!QFileInfo(QDir(m_dir).filePath(QStringLiteral("_assets"))).isDir())
        return fail(StudioTr::tr("%1 has no _assets/ folder; the Dify SDK needs it (create it and put the plugin icon in it)")
                        .arg(m_dir));
    if (m_state != RemoteDebugState::Restarting)
        setState(RemoteDebugState::Starting);
    m_peer.clear();
    m_quietTimer.stop();
    if (!m_connectTimer.isActive())
        m_connectTimer.start(m_options.connectTimeoutMs);

    Runtime::StdioOptions so;
    so.program = m_interpreter;
    so.args = {QStringLiteral("-m"), m_decl.manifest.runnerEntrypoint.value.isEmpty() ? QStringLiteral("main")
                                                                                      : m_decl.manifest.runnerEntrypoint.value};
    so.workingDir = m_dir;
    so.installMethod = QStringLiteral("remote");
    so.extraEnv = m_pluginOptions.extraEnv;
    so.extraEnv.insert(QStringLiteral("REMOTE_INSTALL_URL"), QStringLiteral("127.0.0.1:%1").arg(relay->port()));
    so.extraEnv.insert(QStringLiteral("REMOTE_INSTALL_KEY"), relay->keys()->currentKey());
    // Older SDKs read host and port separately; a .env in the folder must not point elsewhere.
    so.extraEnv.insert(QStringLiteral("REMOTE_INSTALL_HOST"), QStringLiteral("127.0.0.1"));
    so.extraEnv.insert(QStringLiteral("REMOTE_INSTALL_PORT"), QString::number(relay->port()));
    if (m_pluginOptions.heartbeatIntervalSec > 0)
        so.heartbeatIntervalSec = m_pluginOptions.heartbeatIntervalSec;
    so.killGraceMs = m_pluginOptions.killGraceMs;
    so.maxLineBytes = m_pluginOptions.maxLineBytes; // stdout carries prints here; still capped
    auto *process = new Runtime::StdioTransport(so, this);
    m_process = process;
    ++m_launches;
    connect(process, &Runtime::PluginTransport::lineReceived, this,
            [this](const QByteArray &line) { emit output(QString::fromUtf8(line.left(64 * 1024)) + QLatin1Char('\n'), false); });
    connect(process, &Runtime::PluginTransport::outputText, this, &RemoteDebugRun::output);
    connect(process, &Runtime::PluginTransport::closed, this, &RemoteDebugRun::onProcessClosed);
    emit output(StudioTr::tr("[studio] starting %1 against %2 through the relay (127.0.0.1:%3 -> %4:%5)\n")
                    .arg(pluginId(), m_target.label)
                    .arg(relay->port())
                    .arg(m_target.host)
                    .arg(m_target.port),
                false);
    process->start();
}

qint64 RemoteDebugRun::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void RemoteDebugRun::killProcess()
{
    if (m_process)
        m_process->close(StudioTr::tr("the plugin was stopped by the studio"));
}

void RemoteDebugRun::onProcessClosed(const QString &reason)
{
    Runtime::StdioTransport *gone = m_process;
    m_process = nullptr;
    if (gone)
        gone->deleteLater();
    m_peer.clear();
    m_quietTimer.stop();
    if (m_stopping || m_state == RemoteDebugState::Failed) {
        if (m_stopping)
            setState(RemoteDebugState::Stopped);
        return;
    }
    if (m_relaunchWhenGone) {
        m_relaunchWhenGone = false;
        launch();
        return;
    }
    ++m_failures;
    emit output(StudioTr::tr("[studio] %1\n").arg(reason), true);
    if (m_failures >= m_options.maxFailures)
        return fail(StudioTr::tr("the plugin failed %1 times in a row; giving up: %2").arg(m_failures).arg(reason));
    const int delay = m_options.restartDelayMs ? m_options.restartDelayMs(m_failures) : defaultDelay(m_failures);
    m_restartReason = reason;
    setState(RemoteDebugState::Restarting);
    emit restarting(StudioTr::tr("the plugin ended (%1); starting it again in %2 s").arg(reason).arg(delay / 1000.0));
    m_restartTimer.start(delay);
}

void RemoteDebugRun::restart(const QString &why)
{
    if (m_state == RemoteDebugState::Stopped || m_stopping)
        return;
    const bool retry = m_state == RemoteDebugState::Failed; // the user fixed what was refused and saved
    m_restartReason = why;
    if (m_triggerAtMs < 0)
        m_triggerAtMs = m_clock.elapsed();
    m_failures = 0;
    m_restartTimer.stop();
    emit restarting(why);
    emit output(StudioTr::tr("[studio] restarting: %1\n").arg(why), false);
    if (m_state == RemoteDebugState::Preparing)
        return; // the environment is being made; the start that follows reads the new files
    m_error.clear();
    if (retry && m_interpreter.isEmpty())
        return prepare();
    setState(RemoteDebugState::Restarting);
    if (retry)
        m_connectTimer.start(m_options.connectTimeoutMs);
    launch();
}

void RemoteDebugRun::stop()
{
    if (m_state == RemoteDebugState::Stopped)
        return;
    m_stopping = true;
    for (QTimer *t : {&m_connectTimer, &m_quietTimer, &m_restartTimer, &m_settleTimer})
        t->stop();
    if (m_env && m_env->isRunning())
        m_env->cancel();
    if (m_watcher) {
        delete m_watcher;
        m_watcher = nullptr;
    }
    if (m_entry)
        m_session->plugins()->remove(m_entry);
    m_entry = nullptr;
    if (m_process && m_process->isOpen()) {
        killProcess(); // Stopped when the process is gone
        return;
    }
    setState(RemoteDebugState::Stopped);
}

void RemoteDebugRun::fail(const QString &reason)
{
    if (m_state == RemoteDebugState::Failed || m_state == RemoteDebugState::Stopped)
        return;
    m_error = reason;
    for (QTimer *t : {&m_connectTimer, &m_quietTimer, &m_restartTimer})
        t->stop();
    if (m_env && m_env->isRunning())
        m_env->cancel();
    killProcess();
    setState(RemoteDebugState::Failed);
    emit output(StudioTr::tr("[studio] %1\n").arg(reason), true);
    emit failed(reason);
}

// ---- the relay's view of the connection

void RemoteDebugRun::onRelayStarted(const QString &peer)
{
    // The relay connected the plugin's session upstream (handshake accepted locally). Only a
    // session that starts while our process connects is ours.
    if (!m_peer.isEmpty() || !m_process || (m_state != RemoteDebugState::Starting && m_state != RemoteDebugState::Restarting))
        return;
    m_peer = peer;
}

void RemoteDebugRun::onRelayEnded(const QString &peer, const QString &reason)
{
    const bool connecting = m_state == RemoteDebugState::Starting || m_state == RemoteDebugState::Restarting;
    const bool ours = (!m_peer.isEmpty() && peer == m_peer)
                      || (m_peer.isEmpty() && connecting && m_process && reason.startsWith(QLatin1String("relay failed")));
    if (!ours || m_stopping || m_state == RemoteDebugState::Failed)
        return;
    m_peer.clear();
    m_quietTimer.stop();
    if (reason.startsWith(QLatin1String("relay failed"))) {
        return fail(StudioTr::tr("Cannot reach the Dify debug host %1:%2 (%3). Check that the plugin daemon's debug port is "
                                 "reachable from this machine (a firewall, a VPN, or a host that only the Dify server "
                                 "can resolve), then Debug against Dify again.")
                        .arg(m_target.host)
                        .arg(m_target.port)
                        .arg(reason.section(QLatin1String(": "), -1)));
    }
    if (m_state == RemoteDebugState::Connected && reason == StudioTr::tr("the Dify debug host closed the connection")) {
        // Dify dropped the plugin (its daemon restarted): the SDK would sleep 5 s before it
        // reconnects; start the plugin again now.
        restart(StudioTr::tr("%1 closed the debugging connection; connecting again").arg(m_target.label));
    }
    // "the plugin closed the connection": the process is ending; onProcessClosed() decides.
}

void RemoteDebugRun::onRelayRefused(const QString &peer, const QString &line)
{
    if (peer != m_peer && !(m_peer.isEmpty() && m_process))
        return;
    if (line.contains(QLatin1String("invalid key")))
        return fail(StudioTr::tr("%1 refused the debugging key (\"%2\"). Keys expire and a new one replaces the old: "
                                 "Debug against Dify again fetches the current key.")
                        .arg(m_target.label, line));
    if (line.contains(QLatin1String("busy")))
        return fail(StudioTr::tr("%1's debug host is busy (\"%2\"): too many debugging plugins are connected; stop one "
                                 "and try again.")
                        .arg(m_target.label, line));
    fail(StudioTr::tr("%1 refused the plugin: \"%2\". Fix what it names (run `plugin-studio-cli validate` on the project), "
                      "save, and Debug against Dify again.")
             .arg(m_target.label, line));
}

void RemoteDebugRun::onLogged(int index)
{
    if (m_peer.isEmpty() || (m_state != RemoteDebugState::Starting && m_state != RemoteDebugState::Restarting))
        return;
    Debug::MessageLog *log = m_session->messageLog();
    if (!log || index < 0 || index >= log->count())
        return;
    const Debug::InspectorMessage &m = log->at(index);
    if (m.pluginId != pluginId())
        return;
    if (m.direction == Debug::Direction::Out && m.type.startsWith(QLatin1String("request:")))
        return markConnected(); // Dify is calling it: registered
    // The registration's last line went up; Dify refuses at once if it refuses (protocol.md §4.5).
    if (m.direction == Debug::Direction::In && m.type == QLatin1String("end") && m.sessionId.isEmpty())
    {
        m_quietWaited = true;
        m_quietTimer.start(m_options.registeredQuietMs);
    }
}

void RemoteDebugRun::markConnected()
{
    if (m_state != RemoteDebugState::Starting && m_state != RemoteDebugState::Restarting)
        return;
    m_quietTimer.stop();
    m_connectTimer.stop();
    m_failures = 0;
    if (m_triggerAtMs >= 0) {
        // Without the quiet wait: the figure is the time until the registration was sent.
        m_lastReconnectMs = qMax<qint64>(0, m_clock.elapsed() - m_triggerAtMs - (m_quietWaited ? m_options.registeredQuietMs : 0));
        m_triggerAtMs = -1;
    }
    m_quietWaited = false;
    setState(RemoteDebugState::Connected);
    emit output(StudioTr::tr("[studio] %1 is registered with %2 as a debugging plugin\n").arg(pluginId(), m_target.label), false);
    emit connected();
}

// ---- restart on save

QByteArray RemoteDebugRun::folderSignature(QStringList *files) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QStringList dirs{m_dir};
    int seen = 0;
    while (!dirs.isEmpty()) {
        const QDir d(dirs.takeFirst());
        const QFileInfoList entries = d.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                                                      QDir::Name);
        for (const QFileInfo &fi : entries) {
            if (fi.isDir()) {
                if (!skippedDir(fi.fileName()))
                    dirs << fi.absoluteFilePath();
                continue;
            }
            if (skippedFile(fi.fileName()))
                continue;
            if (++seen > m_options.maxWatchedFiles)
                return hash.result();
            if (files)
                *files << fi.absoluteFilePath();
            hash.addData(fi.absoluteFilePath().toUtf8());
            const QByteArray stamp = QByteArray::number(fi.size()) + ':'
                                     + QByteArray::number(fi.lastModified().toMSecsSinceEpoch()) + '\n';
            hash.addData(stamp);
        }
    }
    return hash.result();
}

void RemoteDebugRun::watchFiles()
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        auto touched = [this] {
            if (m_triggerAtMs < 0)
                m_triggerAtMs = m_clock.elapsed(); // the first event of a save starts the clock
            m_settleTimer.start(m_options.saveSettleMs);
        };
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, touched);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, touched);
    }
    QStringList files;
    m_signature = folderSignature(&files);
    QStringList paths = files;
    QStringList dirs{m_dir};
    for (int i = 0; i < dirs.size() && dirs.size() < 500; ++i) {
        const QFileInfoList sub = QDir(dirs.at(i)).entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QFileInfo &fi : sub)
            if (!skippedDir(fi.fileName()))
                dirs << fi.absoluteFilePath();
    }
    paths << dirs;
    const QStringList old = m_watcher->files() + m_watcher->directories();
    QStringList add;
    for (const QString &p : std::as_const(paths))
        if (!old.contains(p))
            add << p;
    if (!add.isEmpty())
        m_watcher->addPaths(add); // an editor's rename-over drops the old path: watched again here
}

void RemoteDebugRun::onFilesTouched()
{
    if (m_stopping || m_state == RemoteDebugState::Stopped)
        return;
    const QByteArray before = m_signature;
    watchFiles(); // new files and folders are watched; m_signature is now
    if (m_signature == before) {
        m_triggerAtMs = -1; // a __pycache__ write, an editor's backup: nothing of the plugin
        return;
    }
    // The declaration may have changed (a new tool, a renamed provider): list what will register.
    if (auto loaded = StudioSession::readDeclaration(m_dir)) {
        m_decl = loaded->first;
        if (m_entry)
            m_entry->setRemoteDeclaration(m_decl);
    }
    restart(StudioTr::tr("a project file changed"));
}

} // namespace Studio::Session
