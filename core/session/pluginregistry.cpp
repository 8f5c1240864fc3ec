// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/pluginregistry.h"

#include "core/common/tr.h"
#include "core/debug/debugserver.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/stdiotransport.h"
#include "core/session/studiosession.h"

#include <QDir>

#include <memory>

namespace Studio::Session {

using Runtime::LocalPlugin;
using Runtime::RuntimeState;

QString pluginOriginName(PluginOrigin origin)
{
    switch (origin) {
    case PluginOrigin::Local:
        return StudioTr::tr("local folder");
    case PluginOrigin::Installed:
        return StudioTr::tr("installed");
    case PluginOrigin::Debug:
        return StudioTr::tr("debug-connected");
    case PluginOrigin::Remote:
        break;
    }
    return StudioTr::tr("remote");
}

// ---------------------------------------------------------------- SessionPlugin

SessionPlugin::SessionPlugin(StudioSession *session, PluginOrigin origin, const QString &key, QObject *parent)
    : QObject(parent), m_session(session), m_origin(origin), m_key(key)
{
    setObjectName(key);
}

SessionPlugin::~SessionPlugin()
{
    if (m_process) {
        m_process->disconnect(this);
        delete m_process.data(); // stops the process group now, not at a later deleteLater
    }
}

QString SessionPlugin::folderKey(const QString &dir)
{
    return QStringLiteral("folder:") + QDir::cleanPath(QDir(dir).absolutePath());
}

QString SessionPlugin::pluginId() const
{
    return m_pluginId;
}

QString SessionPlugin::version() const
{
    return m_declaration.manifest.version.value;
}

QString SessionPlugin::label() const
{
    const QString id = m_pluginId.isEmpty() ? StudioTr::tr("(no plugin id)") : m_pluginId;
    switch (m_origin) {
    case PluginOrigin::Local:
        return StudioTr::tr("%1 — folder %2").arg(id, QDir(m_folder).dirName());
    case PluginOrigin::Installed:
        return StudioTr::tr("%1 %2 — installed").arg(id, version()).simplified();
    case PluginOrigin::Debug:
        return StudioTr::tr("%1 — debug").arg(id);
    case PluginOrigin::Remote:
        break;
    }
    return StudioTr::tr("%1 — remote (%2)").arg(id, m_remoteSource);
}

QString SessionPlugin::description() const
{
    const QString what = QString(m_pluginId + QLatin1Char(' ') + version()).trimmed();
    switch (m_origin) {
    case PluginOrigin::Local:
        return StudioTr::tr("%1, local folder %2").arg(what, QDir::toNativeSeparators(m_folder));
    case PluginOrigin::Installed:
        return StudioTr::tr("%1, installed in the workspace (%2)").arg(what, QDir::toNativeSeparators(m_folder));
    case PluginOrigin::Debug:
        if (Debug::RegisteredPlugin *p = debugPlugin())
            return StudioTr::tr("%1, connected for remote debugging from %2").arg(what, p->peer());
        return StudioTr::tr("%1, debug session (disconnected)").arg(what);
    case PluginOrigin::Remote:
        break;
    }
    return StudioTr::tr("%1, in %2").arg(what, m_remoteSource);
}

Debug::RegisteredPlugin *SessionPlugin::debugPlugin() const
{
    return m_debug.data();
}

Runtime::PluginConnection *SessionPlugin::connection() const
{
    if (m_origin == PluginOrigin::Local || m_origin == PluginOrigin::Installed)
        return m_process && m_process->state() == RuntimeState::Active ? m_process->connection() : nullptr;
    if (m_origin == PluginOrigin::Debug)
        return m_debug && m_debug->isConnected() ? m_debug->connection() : nullptr;
    return m_connection && m_connection->isOpen() ? m_connection.data() : nullptr;
}

bool SessionPlugin::isRunning() const
{
    Runtime::PluginConnection *c = connection();
    return c && c->isOpen();
}

RuntimeState SessionPlugin::state() const
{
    if (m_origin == PluginOrigin::Local || m_origin == PluginOrigin::Installed)
        return m_process ? m_process->state() : RuntimeState::Pending;
    if (m_runState && !isRunning())
        return *m_runState;
    return isRunning() ? RuntimeState::Active : RuntimeState::Stopped;
}

Runtime::Invocation *SessionPlugin::invoke(const Runtime::InvokeRequest &request)
{
    if (m_origin == PluginOrigin::Local || m_origin == PluginOrigin::Installed)
        return ensureProcess()->invoke(request);
    if (Runtime::PluginConnection *c = connection())
        return c->invoke(request);
    // Not connected: a closed connection produces a consistent failed Invocation.
    auto *closed = new Runtime::PluginConnection(std::make_unique<Runtime::StdioTransport>(Runtime::StdioOptions{}),
                                                 m_declaration, nullptr, this);
    Runtime::Invocation *inv = closed->invoke(request);
    inv->setParent(this);
    closed->deleteLater();
    return inv;
}

LocalPlugin *SessionPlugin::ensureProcess()
{
    if (m_process || (m_origin != PluginOrigin::Local && m_origin != PluginOrigin::Installed))
        return m_process;
    auto *p = new LocalPlugin(m_folder, m_session->pluginOptions(m_folder), m_session->pluginCallbacks(), this);
    p->setObjectName(QStringLiteral("process:") + m_folder);
    connect(p, &LocalPlugin::stateChanged, this, [this](RuntimeState s) {
        emit stateChanged(s);
        m_session->plugins()->refresh(this);
    });
    connect(p, &LocalPlugin::ready, this, &SessionPlugin::ready);
    connect(p, &LocalPlugin::gaveUp, this, &SessionPlugin::startFailed);
    connect(p, &LocalPlugin::output, this, &SessionPlugin::output);
    connect(p, &LocalPlugin::logMessage, this, &SessionPlugin::logMessage);
    m_process = p;
    return p;
}

void SessionPlugin::attachConnection(Runtime::PluginConnection *connection)
{
    m_connection = connection;
    if (!connection)
        return;
    connect(connection, &Runtime::PluginConnection::logMessage, this, &SessionPlugin::logMessage);
    connect(connection, &Runtime::PluginConnection::outputText, this, &SessionPlugin::output);
}

void SessionPlugin::ensureRunning(const Ready &ready)
{
    if (isRunning()) {
        ready(this, QString());
        return;
    }
    if (m_origin == PluginOrigin::Debug || m_origin == PluginOrigin::Remote) {
        ready(nullptr, StudioTr::tr("%1 is not connected; start it again with the debug key, then retry.").arg(m_pluginId));
        return;
    }
    // The Python chosen for it is gone: say what to do instead of failing to launch.
    if (const QString problem = m_session->pythonProblem(m_folder); !problem.isEmpty()) {
        ready(nullptr, problem);
        return;
    }
    LocalPlugin *process = ensureProcess();
    auto answered = std::make_shared<bool>(false);
    auto links = std::make_shared<QList<QMetaObject::Connection>>();
    QPointer<SessionPlugin> self(this);
    auto answer = [answered, links, ready, self](bool ok, const QString &why) {
        if (*answered)
            return;
        *answered = true;
        for (const QMetaObject::Connection &c : std::as_const(*links))
            QObject::disconnect(c);
        ready(ok ? self.data() : nullptr, why);
    };
    *links << connect(process, &LocalPlugin::ready, this, [answer] { answer(true, QString()); });
    *links << connect(process, &LocalPlugin::instanceFailed, this, [answer](const QString &why) { answer(false, why); });
    *links << connect(process, &LocalPlugin::gaveUp, this, [answer](const QString &why) { answer(false, why); });
    *links << connect(this, &SessionPlugin::processReplaced, this, [answer] {
        answer(false, StudioTr::tr("the plugin's Python environment was changed while it started; run it again"));
    });
    *links << connect(process, &QObject::destroyed, this, [answer] {
        answer(false, StudioTr::tr("the plugin was closed while it started"));
    });
    if (process->state() == RuntimeState::Pending || process->state() == RuntimeState::Stopped)
        process->start();
    if (process->state() == RuntimeState::Stopped) // start() failed at once (no manifest, ...)
        answer(false, process->lastError());
}

void SessionPlugin::stop()
{
    if (m_process)
        m_process->stop();
}

void SessionPlugin::renewProcess()
{
    if (!m_process)
        return;
    LocalPlugin *old = m_process;
    old->disconnect(this);
    old->stop();
    m_process = nullptr;
    old->deleteLater();
    LocalPlugin *fresh = ensureProcess();
    emit processReplaced(fresh);
    emit stateChanged(fresh->state());
    m_session->plugins()->refresh(this);
}

void SessionPlugin::setRunState(RuntimeState state)
{
    if (m_runState == state)
        return;
    m_runState = state;
    emit stateChanged(state);
    m_session->plugins()->refresh(this);
}

void SessionPlugin::setRemoteDeclaration(const Plugin::PluginDeclaration &declaration)
{
    setDeclaration(declaration, QString());
    emit declarationChanged();
    m_session->plugins()->refresh(this);
}

void SessionPlugin::setDeclaration(const Plugin::PluginDeclaration &declaration, const QString &problem)
{
    m_declaration = declaration;
    m_declarationProblem = problem;
    m_pluginId = declaration.manifest.pluginId();
}

void SessionPlugin::reloadDeclaration()
{
    if (m_folder.isEmpty())
        return;
    auto loaded = StudioSession::readDeclaration(m_folder);
    if (!loaded)
        return; // the folder went away or lost its manifest: keep what was listed
    setDeclaration(loaded->first, loaded->second);
    // A stopped process keeps the declaration it loaded: the next start reads the folder again.
    if (m_process && (m_process->state() == RuntimeState::Stopped || m_process->state() == RuntimeState::Pending)) {
        LocalPlugin *old = m_process;
        old->disconnect(this);
        m_process = nullptr;
        old->deleteLater();
        emit processReplaced(ensureProcess());
    }
    emit declarationChanged();
    m_session->plugins()->refresh(this);
}

// ---------------------------------------------------------------- PluginRegistry

PluginRegistry::PluginRegistry(QObject *parent) : QAbstractListModel(parent) {}

PluginRegistry::~PluginRegistry()
{
    const QList<SessionPlugin *> plugins = m_plugins;
    m_plugins.clear();
    qDeleteAll(plugins);
}

int PluginRegistry::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plugins.size());
}

QVariant PluginRegistry::data(const QModelIndex &index, int role) const
{
    const SessionPlugin *p = index.isValid() ? at(index.row()) : nullptr;
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return p->label();
    case Qt::ToolTipRole:
    case DescriptionRole:
        return p->description();
    case KeyRole:
        return p->key();
    case PluginIdRole:
        return p->pluginId();
    case OriginRole:
        return int(p->origin());
    case StateRole:
        return Runtime::runtimeStateName(p->state());
    case FolderRole:
        return p->folder();
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> PluginRegistry::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(PluginIdRole, "pluginId");
    names.insert(OriginRole, "origin");
    names.insert(StateRole, "state");
    names.insert(DescriptionRole, "description");
    names.insert(FolderRole, "folder");
    return names;
}

SessionPlugin *PluginRegistry::find(const QString &key) const
{
    for (SessionPlugin *p : m_plugins)
        if (p->key() == key)
            return p;
    return nullptr;
}

QList<SessionPlugin *> PluginRegistry::withPluginId(const QString &pluginId) const
{
    QList<SessionPlugin *> out;
    for (SessionPlugin *p : m_plugins)
        if (p->pluginId() == pluginId)
            out << p;
    return out;
}

void PluginRegistry::setCurrent(SessionPlugin *plugin)
{
    if (plugin && rowOf(plugin) < 0)
        return;
    if (plugin)
        m_currentKey = plugin->key();
    if (m_current == plugin)
        return;
    m_current = plugin;
    emit currentChanged(plugin);
}

void PluginRegistry::add(SessionPlugin *plugin)
{
    const int row = int(m_plugins.size());
    beginInsertRows({}, row, row);
    m_plugins.append(plugin);
    endInsertRows();
    emit pluginAdded(plugin);
    if (!m_current && plugin->key() == m_currentKey) // it came back (a debug plugin reconnected)
        setCurrent(plugin);
}

void PluginRegistry::remove(SessionPlugin *plugin)
{
    const int row = rowOf(plugin);
    if (row < 0)
        return;
    const QString key = plugin->key();
    const bool wasCurrent = m_current == plugin;
    beginRemoveRows({}, row, row);
    m_plugins.removeAt(row);
    endRemoveRows();
    if (wasCurrent) {
        m_current = nullptr;
        emit currentChanged(nullptr); // m_currentKey stays: the same key coming back is current again
    }
    emit pluginRemoved(key);
    plugin->deleteLater();
}

void PluginRegistry::refresh(SessionPlugin *plugin)
{
    const int row = rowOf(plugin);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

} // namespace Studio::Session
