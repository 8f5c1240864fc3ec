// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/studiosession.h"

#include "core/common/tr.h"
#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/debug/inspector.h"
#include "core/debug/relay.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/package/ignorerules.h"
#include "core/plugin/loader.h"
#include "core/runtime/filestore.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/storage.h"
#include "core/workspace/autoupgrade.h"
#include "core/workspace/credentialcheck.h"
#include "core/workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

namespace Studio::Session {

using Runtime::EndpointInstance;
using Runtime::LocalPluginOptions;

namespace {

QString cleanFolder(const QString &dir)
{
    return QDir::cleanPath(QDir(dir).absolutePath());
}

ProviderOrigin providerOrigin(PluginOrigin origin)
{
    switch (origin) {
    case PluginOrigin::Debug:
        return ProviderOrigin::Debug;
    case PluginOrigin::Local:
        return ProviderOrigin::Local;
    case PluginOrigin::Installed:
        return ProviderOrigin::Installed;
    case PluginOrigin::Remote:
        break;
    }
    return ProviderOrigin::Remote;
}

} // namespace

// ---------------------------------------------------------------- reverse-call records

QJsonObject ReverseCallRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("plugin_id"), pluginId},
                  {QStringLiteral("session_id"), sessionId},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("request"), request},
                  {QStringLiteral("responses"), responses},
                  {QStringLiteral("elapsed_ms"), double(elapsedMs)}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (answeredByInterceptor)
        o.insert(QStringLiteral("intercepted"), true);
    if (started.isValid())
        o.insert(QStringLiteral("started"), started.toString(Qt::ISODateWithMs));
    return o;
}

ReverseCallRecord ReverseCallRecord::fromJson(const QJsonObject &o)
{
    ReverseCallRecord r;
    r.pluginId = o.value(QLatin1String("plugin_id")).toString();
    r.sessionId = o.value(QLatin1String("session_id")).toString();
    r.type = o.value(QLatin1String("type")).toString();
    r.request = o.value(QLatin1String("request")).toObject();
    r.responses = o.value(QLatin1String("responses")).toArray();
    r.error = o.value(QLatin1String("error")).toString();
    r.answeredByInterceptor = o.value(QLatin1String("intercepted")).toBool();
    r.elapsedMs = o.value(QLatin1String("elapsed_ms")).toInteger();
    r.started = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODateWithMs).toTimeZone(QTimeZone::utc());
    return r;
}

// Every plugin of the session calls back here: the call is recorded with each reply, an
// interceptor may answer it (a replayed recording), else the studio's reverse handler does.
class StudioSession::Callbacks : public Runtime::ReverseHandler
{
public:
    explicit Callbacks(StudioSession *session) : m_session(session) {}

    void handle(const Runtime::ReverseCall &call, Runtime::ReverseResponder responder) override
    {
        auto record = std::make_shared<ReverseCallRecord>();
        record->pluginId = call.pluginId;
        record->sessionId = call.sessionId;
        record->type = call.type;
        record->request = call.request;
        record->started = QDateTime::currentDateTimeUtc();
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QPointer<StudioSession> session(m_session);
        responder.setObserver([record, clock, session](const QString &event, const QJsonValue &data) {
            if (event == QLatin1String("response")) {
                record->responses.append(data);
            } else if (event == QLatin1String("error")) {
                record->error = data.toString();
            } else {
                record->elapsedMs = clock->elapsed();
                if (session)
                    emit session->reverseCallRecorded(*record);
            }
        });
        if (m_session->m_interceptor) {
            record->answeredByInterceptor = true;
            if (m_session->m_interceptor(call, responder))
                return;
            record->answeredByInterceptor = false;
        }
        m_session->m_reverse->handle(call, responder);
    }

private:
    StudioSession *m_session;
};

// The endpoint instances kept in the workspace (settings sealed there).
class StudioSession::WorkspaceEndpoints : public Debug::EndpointStore
{
public:
    explicit WorkspaceEndpoints(Workspace::WorkspaceStore *ws) : m_ws(ws) {}

    Result<QList<EndpointInstance>> loadEndpoints() override { return m_ws->endpoints(); }
    Result<EndpointInstance> createEndpoint(const EndpointInstance &e) override
    {
        auto created = m_ws->createEndpoint(e.pluginId, e.name, e.settings, e.hookId);
        if (!created)
            return created;
        if (!e.enabled) {
            if (auto r = m_ws->setEndpointEnabled(created->id, false); !r)
                return r.error();
            created->enabled = false;
        }
        return created;
    }
    VoidResult updateEndpoint(const EndpointInstance &e) override
    {
        if (auto r = m_ws->updateEndpoint(e.id, e.name, e.settings); !r)
            return r;
        return m_ws->setEndpointEnabled(e.id, e.enabled);
    }
    VoidResult deleteEndpoint(const EndpointInstance &e) override { return m_ws->deleteEndpoint(e.id); }

private:
    Workspace::WorkspaceStore *m_ws;
};

struct StudioSession::Candidates
{
    QList<ProviderCandidate> list;
    QList<QPointer<SessionPlugin>> plugins; // null: an installed plugin not open yet
    QStringList installFolders;
};

// ---------------------------------------------------------------- StudioSession

StudioSession::StudioSession(QObject *parent)
    : QObject(parent), m_callbacks(std::make_unique<Callbacks>(this)), m_files(new Runtime::FileStore(this)),
      m_reverse(new Runtime::DefaultReverseHandler(this)), m_debugServer(new Debug::DebugServer(this)),
      m_log(new Debug::MessageLog(this)), m_relay(new Debug::DebugRelay(this)), m_endpoints(new Debug::EndpointRegistry(this)),
      m_endpointServer(new Debug::EndpointServer(m_endpoints, this)), m_market(new Marketplace::MarketplaceClient(this)),
      m_plugins(new PluginRegistry(this))
{
    qRegisterMetaType<ReverseCallRecord>();
    m_reverse->setFileStore(m_files);
    m_reverse->setPluginResolver([this](const QString &kind, const QString &provider,
                                        const std::function<void(const Runtime::ProviderTarget &)> &done) {
        resolveProvider(providerKindFromName(kind).value_or(ProviderKind::Tool), provider, [done](const ProviderResolution &r) {
            Runtime::ProviderTarget t;
            t.connection = r.plugin ? r.plugin->connection() : nullptr;
            t.credentials = r.credentials;
            t.error = r.error;
            done(t);
        });
    });
    m_debugServer->setMessageLog(m_log);
    m_debugServer->setReverseHandler(m_callbacks.get());
    m_relay->setMessageLog(m_log);
    m_endpointServer->setResolver([this](const QString &pluginId) { return endpointConnection(pluginId); });
    connect(m_debugServer, &Debug::DebugServer::pluginRegistered, this, &StudioSession::onDebugRegistered);
    connect(m_debugServer, &Debug::DebugServer::pluginDisconnected, this,
            [this](const QString &pluginId, const QString &) { onDebugGone(pluginId); });
}

StudioSession::~StudioSession()
{
    // Plugin processes first (their process groups are stopped), while the handler, the storage
    // and the workspace they call back into still exist.
    delete m_remoteRun.data();
    delete m_plugins;
    m_plugins = nullptr;
    m_debugServer->close();
    m_relay->close();
    m_endpointServer->close();
    (void)m_endpoints->setStore(nullptr);
    m_reverse->setStorage(nullptr);
}

Runtime::ReverseHandler *StudioSession::pluginCallbacks() const
{
    return m_callbacks.get();
}

VoidResult StudioSession::open(const SessionOptions &options)
{
    if (m_open)
        return Error(ErrorCode::Conflict, StudioTr::tr("The studio session is already open on %1.").arg(m_dir));
    m_options = options;
    QString dir = options.workspaceDir;
    if (dir.isEmpty()) {
        m_tmp = std::make_unique<QTemporaryDir>();
        if (!m_tmp->isValid())
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot create a temporary workspace: %1").arg(m_tmp->errorString()));
        dir = m_tmp->path();
    } else if (!QDir().mkpath(dir)) {
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the workspace folder %1.").arg(dir));
    }
    m_dir = cleanFolder(dir);

    // The key lives where the workspace recorded it (OS keychain or 0600 file), as for every command.
    auto store = Workspace::openWorkspace(m_dir, options.keyStore);
    if (store)
        m_workspace = std::move(store.value());
    else
        m_workspaceError = store.error().toString();

    m_storage = std::make_unique<Runtime::SqliteStorage>(m_workspace ? m_workspace->storageDbPath()
                                                                     : QDir(m_dir).filePath(QStringLiteral("storage.db")));
    if (auto r = m_storage->open(); !r)
        return r;
    m_reverse->setStorage(m_storage.get());
    // Without it, plugins' upload_file calls answer that the file store is not running.
    m_files->listen();

    if (options.keepHistory) {
        m_history = new HistoryStore(QDir(m_dir).filePath(HistoryStore::defaultFileName()), this);
        (void)m_history->load(); // unreadable lines are skipped (skippedLines()); a new file starts empty
    }
    if (m_workspace) {
        m_endpointStore = std::make_unique<WorkspaceEndpoints>(m_workspace.get());
        (void)m_endpoints->setStore(m_endpointStore.get()); // instances that cannot be read are not served
        m_autoUpgrade = new Workspace::AutoUpgradeScheduler(m_workspace.get(), m_market, this);
        m_autoUpgrade->setObjectName(QStringLiteral("autoUpgradeScheduler"));
    }
    m_open = true;
    applySettings();
    return {};
}

void StudioSession::applySettings()
{
    if (!m_workspace)
        return;
    Workspace::WorkspaceStore *ws = m_workspace.get();
    m_market->setBaseUrl(QUrl(ws->marketplaceUrl()));
    Runtime::DifyInstanceConfig dify;
    dify.baseUrl = QUrl(ws->difyBaseUrl());
    dify.apiKey = ws->difyApiKey().valueOr(QString());
    m_reverse->setDifyInstance(dify);
    Runtime::DifyInnerApiConfig inner;
    inner.url = QUrl(ws->difyInnerApiUrl());
    inner.key = ws->difyInnerApiKey().valueOr(QString());
    m_reverse->setDifyInnerApi(inner);
    m_reverse->setSystemModel({ws->systemModelProvider(), ws->systemModelName()});
    emit settingsApplied();
}

// ---------------------------------------------------------------- Python per plugin

void StudioSession::setPythonPolicy(PythonPolicy policy)
{
    m_python = std::move(policy);
}

LocalPluginOptions StudioSession::pluginOptions(const QString &dir) const
{
    const QString clean = cleanFolder(dir);
    if (const auto it = m_overrides.constFind(clean); it != m_overrides.constEnd())
        return *it;
    LocalPluginOptions o = m_options.pluginDefaults;
    if (o.env.cacheRoot.isEmpty())
        o.env.cacheRoot = m_options.envCacheRoot;
    if (m_python.apply)
        m_python.apply(clean, o);
    return o;
}

QString StudioSession::pythonProblem(const QString &dir) const
{
    const QString clean = cleanFolder(dir);
    if (m_overrides.contains(clean) || !m_python.problem)
        return {};
    return m_python.problem(clean);
}

void StudioSession::setPluginOptionsOverride(const QString &dir, const LocalPluginOptions &options)
{
    m_overrides.insert(cleanFolder(dir), options);
}

// ---------------------------------------------------------------- plugins

Result<std::pair<Plugin::PluginDeclaration, QString>> StudioSession::readDeclaration(const QString &dir)
{
    if (const auto files = Package::openPluginFolder(dir)) {
        const Plugin::LoadResult loaded = Plugin::loadPlugin(*files);
        if (!loaded.declaration.manifest.name.value.isEmpty())
            return std::make_pair(loaded.declaration, loaded.ok ? QString() : loaded.firstError());
    }
    // Not even a manifest the loader can read: the runtime's own reading says why, or gives the
    // fields it needs to run the plugin anyway.
    QStringList warnings;
    auto basic = Runtime::loadRuntimeDeclaration(dir, &warnings);
    if (!basic)
        return basic.error();
    return std::make_pair(basic.value(), warnings.value(0));
}

Result<SessionPlugin *> StudioSession::openFolder(const QString &dir)
{
    const QString clean = cleanFolder(dir);
    if (!QFileInfo(clean).isDir())
        return Error(ErrorCode::NotFound, StudioTr::tr("%1 is not a folder; open a plugin folder (the one holding manifest.yaml).").arg(clean));
    if (SessionPlugin *existing = m_plugins->forFolder(clean)) {
        existing->reloadDeclaration();
        return existing;
    }
    auto declaration = readDeclaration(clean);
    if (!declaration)
        return declaration.error();
    PluginOrigin origin = PluginOrigin::Local;
    if (m_workspace)
        for (const Workspace::InstalledPlugin &p : m_workspace->installedPlugins())
            if (cleanFolder(p.installPath) == clean)
                origin = PluginOrigin::Installed;
    auto *plugin = new SessionPlugin(this, origin, SessionPlugin::folderKey(clean), m_plugins);
    plugin->m_folder = clean;
    plugin->setDeclaration(declaration->first, declaration->second);
    m_plugins->add(plugin);
    return plugin;
}

void StudioSession::withRunningPlugin(const QString &dir, const SessionPlugin::Ready &ready)
{
    auto plugin = openFolder(dir);
    if (!plugin) {
        ready(nullptr, plugin.error().message);
        return;
    }
    (*plugin)->ensureRunning(ready);
}

void StudioSession::onDebugRegistered(Debug::RegisteredPlugin *registered)
{
    const QString key = SessionPlugin::debugKey(registered->pluginId());
    if (SessionPlugin *stale = m_plugins->find(key))
        m_plugins->remove(stale);
    auto *plugin = new SessionPlugin(this, PluginOrigin::Debug, key, m_plugins);
    plugin->m_debug = registered;
    plugin->setDeclaration(registered->declaration(), QString());
    plugin->attachConnection(registered->connection());
    QPointer<SessionPlugin> guard(plugin);
    connect(registered, &QObject::destroyed, this, [this, guard] {
        if (guard && m_plugins)
            m_plugins->remove(guard);
    });
    m_plugins->add(plugin);
}

SessionPlugin *StudioSession::addRemotePlugin(const QString &source, const Plugin::PluginDeclaration &declaration,
                                              Runtime::PluginConnection *connection)
{
    const QString key = QStringLiteral("remote:") + source + QLatin1Char('/') + declaration.manifest.pluginId();
    if (SessionPlugin *stale = m_plugins->find(key))
        m_plugins->remove(stale);
    auto *plugin = new SessionPlugin(this, PluginOrigin::Remote, key, m_plugins);
    plugin->m_remoteSource = source;
    plugin->setDeclaration(declaration, QString());
    plugin->attachConnection(connection);
    m_plugins->add(plugin);
    return plugin;
}

Result<RemoteDebugRun *> StudioSession::startRemoteDebug(const QString &dir, const RemoteDebugTarget &target,
                                                        const RemoteDebugOptions &options)
{
    if (target.host.isEmpty() || target.port == 0 || target.key.isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The Dify debug host, port and key are needed to debug against "
                                                           "Dify (Dify: Plugins → Debug shows them)."));
    auto loaded = readDeclaration(dir);
    if (!loaded)
        return loaded.error();
    stopRemoteDebug();
    RemoteDebugTarget t = target;
    if (t.source.isEmpty())
        t.source = QStringLiteral("dify:%1:%2").arg(t.host).arg(t.port);
    if (t.label.isEmpty())
        t.label = t.host;
    auto *run = new RemoteDebugRun(this, dir, loaded->first, t, options);
    m_remoteRun = run;
    emit remoteDebugStarted(run);
    run->begin();
    return run;
}

void StudioSession::stopRemoteDebug()
{
    if (!m_remoteRun)
        return;
    RemoteDebugRun *run = m_remoteRun;
    m_remoteRun = nullptr;
    run->stop();
    // Deleted once its process is gone (or at once when none runs).
    if (run->state() == RemoteDebugState::Stopped)
        run->deleteLater();
    else
        connect(run, &RemoteDebugRun::stateChanged, run, [run](RemoteDebugState s) {
            if (s == RemoteDebugState::Stopped)
                run->deleteLater();
        });
}

void StudioSession::removeRemotePlugins(const QString &source)
{
    for (SessionPlugin *p : m_plugins->all())
        if (p->origin() == PluginOrigin::Remote && p->remoteSource() == source)
            m_plugins->remove(p);
}

void StudioSession::onDebugGone(const QString &pluginId)
{
    if (SessionPlugin *p = m_plugins ? m_plugins->find(SessionPlugin::debugKey(pluginId)) : nullptr)
        m_plugins->remove(p);
}

const Plugin::PluginDeclaration *StudioSession::installedDeclaration(const QString &installPath) const
{
    // An install folder never changes (its name holds the checksum): read it once.
    const QString clean = cleanFolder(installPath);
    if (const auto it = m_installedDecls.constFind(clean); it != m_installedDecls.constEnd())
        return it->get();
    auto read = readDeclaration(clean);
    std::shared_ptr<Plugin::PluginDeclaration> decl;
    if (read)
        decl = std::make_shared<Plugin::PluginDeclaration>(read->first);
    m_installedDecls.insert(clean, decl); // a folder that cannot be read is not asked again
    return decl.get();
}

StudioSession::Candidates StudioSession::candidates() const
{
    Candidates c;
    QSet<QString> open;
    for (SessionPlugin *p : m_plugins->all()) {
        c.list << ProviderCandidate{p->pluginId(), providerOrigin(p->origin()), &p->declaration()};
        c.plugins << p;
        c.installFolders << QString();
        if (!p->folder().isEmpty())
            open.insert(p->folder());
    }
    if (!m_workspace)
        return c;
    for (const Workspace::InstalledPlugin &installed : m_workspace->installedPlugins()) {
        const QString folder = cleanFolder(installed.installPath);
        if (!installed.enabled || open.contains(folder))
            continue;
        if (const Plugin::PluginDeclaration *decl = installedDeclaration(folder)) {
            c.list << ProviderCandidate{installed.pluginId, ProviderOrigin::Installed, decl};
            c.plugins << nullptr;
            c.installFolders << folder;
        }
    }
    return c;
}

QJsonObject StudioSession::storedCredentials(const QString &pluginId, const QString &provider) const
{
    if (!m_workspace || pluginId.isEmpty())
        return {};
    return Workspace::storedProviderCredentials(*m_workspace, pluginId + QLatin1Char('/') + provider);
}

void StudioSession::resolveProvider(ProviderKind kind, const QString &provider,
                                    const std::function<void(const ProviderResolution &)> &done)
{
    const auto ref = ProviderRef::parse(provider);
    if (!ref) {
        done({nullptr, {}, ref.error().message});
        return;
    }
    const Candidates c = candidates();
    const int i = matchProvider(c.list, kind, *ref);
    if (i < 0) {
        done({}); // nobody provides it: the caller says so in its own words
        return;
    }
    SessionPlugin *plugin = c.plugins.at(i);
    if (!plugin) { // an installed plugin nobody opened yet: open it, then start it
        auto opened = openFolder(c.installFolders.at(i));
        if (!opened) {
            done({nullptr, {}, opened.error().message});
            return;
        }
        plugin = *opened;
    }
    QPointer<StudioSession> self(this);
    const QString name = ref->name;
    const QString kindName = providerKindName(kind);
    plugin->ensureRunning([self, done, name, kindName](SessionPlugin *running, const QString &why) {
        if (!self)
            return done({nullptr, {}, StudioTr::tr("the studio is closing")});
        if (!running)
            return done({nullptr, {},
                         StudioTr::tr("the plugin that provides the %1 provider \"%2\" could not start: %3").arg(kindName, name, why)});
        done({running, self->storedCredentials(running->pluginId(), name), QString()});
    });
}

QString StudioSession::findProvider(ProviderKind kind, const QString &provider, QString *why) const
{
    const auto ref = ProviderRef::parse(provider);
    if (!ref) {
        if (why)
            *why = ref.error().message;
        return {};
    }
    const Candidates c = candidates();
    const int i = matchProvider(c.list, kind, *ref);
    if (i < 0) {
        if (why)
            *why = StudioTr::tr("no plugin of the studio provides the %1 provider \"%2\"; open its folder, connect it for "
                                "debugging or install it")
                       .arg(providerKindName(kind), provider);
        return {};
    }
    return c.plugins.at(i) ? c.plugins.at(i)->key() : QStringLiteral("installed:") + c.list.at(i).pluginId;
}

QList<ProviderInfo> StudioSession::providers(ProviderKind kind) const
{
    QList<ProviderInfo> out;
    const Candidates c = candidates();
    for (qsizetype i = 0; i < c.list.size(); ++i) {
        const ProviderCandidate &candidate = c.list.at(i);
        const QString name = candidate.declaration ? declaredProvider(*candidate.declaration, kind) : QString();
        if (name.isEmpty())
            continue;
        ProviderInfo info{kind, candidate.pluginId, name, candidate.pluginId + QLatin1Char('/') + name, candidate.origin, {}, false};
        if (SessionPlugin *p = c.plugins.at(i)) {
            info.key = p->key();
            info.running = p->isRunning();
        } else {
            info.key = QStringLiteral("installed:") + candidate.pluginId;
        }
        out << info;
    }
    return out;
}

Runtime::PluginConnection *StudioSession::endpointConnection(const QString &pluginId) const
{
    if (!m_plugins)
        return nullptr;
    if (SessionPlugin *debug = m_plugins->find(SessionPlugin::debugKey(pluginId)); debug && debug->isRunning())
        return debug->connection();
    for (SessionPlugin *p : m_plugins->withPluginId(pluginId))
        if (p->isRunning())
            return p->connection();
    return nullptr;
}

Result<EnvironmentRebuild *> StudioSession::rebuildEnvironment(SessionPlugin *plugin)
{
    if (!plugin || plugin->folder().isEmpty())
        return Error(ErrorCode::Unsupported, StudioTr::tr("Only the environment of a local or installed plugin can be rebuilt; a "
                                                          "debug-connected plugin runs on the Python where it was started."));
    if (rebuildOf(plugin))
        return Error(ErrorCode::Conflict, StudioTr::tr("The environment of %1 is already being rebuilt.").arg(plugin->pluginId()));
    if (Runtime::LocalPlugin *process = plugin->process()) {
        if (process->environment() && process->environment()->isRunning())
            process->environment()->cancel();
        process->stop(); // it must not run from the folder that is removed
    }
    auto *rebuild = new EnvironmentRebuild(plugin->folder(), pluginOptions(plugin->folder()).env, this);
    m_rebuilds.insert(plugin->folder(), rebuild);
    connect(rebuild, &EnvironmentRebuild::finished, rebuild, &QObject::deleteLater);
    if (!rebuild->start()) {
        delete rebuild;
        return Error(ErrorCode::Conflict, StudioTr::tr("The environment of %1 is being prepared; wait for it, then rebuild.")
                                              .arg(plugin->pluginId()));
    }
    return rebuild;
}

EnvironmentRebuild *StudioSession::rebuildOf(const SessionPlugin *plugin) const
{
    if (!plugin)
        return nullptr;
    EnvironmentRebuild *r = m_rebuilds.value(plugin->folder());
    return r && r->isRunning() ? r : nullptr;
}

void StudioSession::setReverseInterceptor(ReverseInterceptor interceptor)
{
    m_interceptor = std::move(interceptor);
}

} // namespace Studio::Session
