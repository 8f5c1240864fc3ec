// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/localplugin.h"
#include "core/common/tr.h"

#include "core/common/fileset.h"
#include "core/plugin/loader.h"
#include "core/runtime/stdiotransport.h"
#include "core/yaml/yamlnode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Studio::Runtime {

namespace {

QString str(const Yaml::NodePtr &root, QStringView path)
{
    const Yaml::NodePtr n = Yaml::find(root, path);
    return n && n->isScalar() ? n->asString() : QString();
}

bool flag(const Yaml::NodePtr &root, QStringView path)
{
    const Yaml::NodePtr n = Yaml::find(root, path);
    return n && n->isScalar() && n->toBool().value_or(false);
}

QStringList list(const Yaml::NodePtr &root, QStringView path)
{
    QStringList out;
    const Yaml::NodePtr n = Yaml::find(root, path);
    if (n && n->isSequence())
        for (const Yaml::NodePtr &item : n->items())
            if (item && item->isScalar())
                out << item->asString();
    return out;
}

int defaultRestartDelay(int failures)
{
    if (failures <= 2)
        return 0;
    if (failures < 8)
        return 30000;
    return 60000;
}

} // namespace

QString runtimeStateName(RuntimeState state)
{
    switch (state) {
    case RuntimeState::Pending: return QStringLiteral("pending");
    case RuntimeState::Launching: return QStringLiteral("launching");
    case RuntimeState::Active: return QStringLiteral("active");
    case RuntimeState::Restarting: return QStringLiteral("restarting");
    case RuntimeState::Stopped: return QStringLiteral("stopped");
    }
    return QString();
}

Result<Plugin::PluginDeclaration> loadRuntimeDeclaration(const QString &pluginDir, QStringList *warnings)
{
    const QString path = QDir(pluginDir).filePath(QStringLiteral("manifest.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, StudioTr::tr("%1 has no manifest.yaml; is this a plugin folder?").arg(pluginDir), path);
    {
        // Environments, caches and VCS data are not part of the plugin.
        const Studio::DirectoryFileSet files(pluginDir, [](const QString &rel, bool isDir) {
            const QString base = rel.section(QLatin1Char('/'), -1);
            return isDir && (base == QLatin1String(".venv") || base == QLatin1String("__pycache__")
                             || base == QLatin1String(".git") || base == QLatin1String(".uv-cache"));
        });
        const Plugin::LoadResult loaded = Plugin::loadPlugin(files);
        if (loaded.ok) {
            Plugin::PluginDeclaration decl = loaded.declaration;
            if (decl.manifest.runnerEntrypoint.value.isEmpty())
                decl.manifest.runnerEntrypoint.value = QStringLiteral("main");
            return decl;
        }
        if (warnings)
            *warnings << StudioTr::tr("the plugin does not load cleanly (%1); running it anyway with the basic manifest fields — "
                            "run `plugin-studio-cli validate` for the full report")
                             .arg(loaded.firstError());
    }
    auto doc = Yaml::parse(file.readAll(), path);
    if (!doc)
        return doc.error();
    const Yaml::NodePtr root = doc->root;
    if (!root || !root->isMapping())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("manifest.yaml is not a mapping"), path);
    Plugin::PluginDeclaration decl;
    Plugin::Manifest &m = decl.manifest;
    auto located = [&](Plugin::Located<QString> &field, QStringView p) {
        field.value = str(root, p);
        field.present = Yaml::find(root, p) != nullptr;
    };
    located(m.version, u"version");
    located(m.type, u"type");
    located(m.author, u"author");
    located(m.name, u"name");
    located(m.metaVersion, u"meta.version");
    located(m.runnerLanguage, u"meta.runner.language");
    located(m.runnerVersion, u"meta.runner.version");
    located(m.runnerEntrypoint, u"meta.runner.entrypoint");
    located(m.icon, u"icon");
    m.label.en_US = str(root, u"label.en_US");
    m.tools = list(root, u"plugins.tools");
    m.models = list(root, u"plugins.models");
    m.endpoints = list(root, u"plugins.endpoints");
    m.agentStrategies = list(root, u"plugins.agent_strategies");
    m.datasources = list(root, u"plugins.datasources");
    m.triggers = list(root, u"plugins.triggers");
    Plugin::Permissions &p = m.permissions;
    p.tool = flag(root, u"resource.permission.tool.enabled");
    p.model = flag(root, u"resource.permission.model.enabled");
    p.llm = flag(root, u"resource.permission.model.llm");
    p.textEmbedding = flag(root, u"resource.permission.model.text_embedding");
    p.rerank = flag(root, u"resource.permission.model.rerank");
    p.tts = flag(root, u"resource.permission.model.tts");
    p.speech2text = flag(root, u"resource.permission.model.speech2text");
    p.moderation = flag(root, u"resource.permission.model.moderation");
    p.node = flag(root, u"resource.permission.node.enabled");
    p.endpoint = flag(root, u"resource.permission.endpoint.enabled");
    p.app = flag(root, u"resource.permission.app.enabled");
    p.storage = flag(root, u"resource.permission.storage.enabled");
    p.storageBlockPresent = Yaml::find(root, u"resource.permission.storage") != nullptr;
    if (const auto n = Yaml::find(root, u"resource.permission.storage.size"); n && n->isScalar())
        p.storageSize = n->toInt().value_or(0);
    if (m.name.value.isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("manifest.yaml has no name"), path);
    if (m.runnerEntrypoint.value.isEmpty())
        m.runnerEntrypoint.value = QStringLiteral("main");
    return decl;
}

LocalPlugin::LocalPlugin(const QString &pluginDir, const LocalPluginOptions &options, ReverseHandler *reverse,
                         QObject *parent)
    : QObject(parent), m_dir(QDir(pluginDir).absolutePath()), m_options(options), m_reverse(reverse)
{
    m_readyTimer.setSingleShot(true);
    m_restartTimer.setSingleShot(true);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        if (m_connection && !m_connection->isReady())
            m_connection->close(StudioTr::tr("the plugin did not become ready (no heartbeat) within %1 s; check its output "
                                   "for errors")
                                    .arg(m_options.readyTimeoutMs / 1000.0));
    });
    connect(&m_livenessTimer, &QTimer::timeout, this, &LocalPlugin::checkLiveness);
    connect(&m_restartTimer, &QTimer::timeout, this, &LocalPlugin::launch);
}

LocalPlugin::~LocalPlugin()
{
    m_stopping = true;
    if (m_env)
        m_env->cancel();
    if (m_connection) {
        m_connection->disconnect(this);
        delete m_connection.data();
    }
}

VoidResult LocalPlugin::load()
{
    QStringList warnings;
    auto decl = loadRuntimeDeclaration(m_dir, &warnings);
    if (!decl)
        return decl.error();
    for (const QString &w : warnings)
        emit output(QStringLiteral("[studio] ") + w + QLatin1Char('\n'), true);
    m_decl = *decl;
    m_loaded = true;
    return {};
}

void LocalPlugin::setState(RuntimeState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LocalPlugin::start()
{
    if (m_state == RuntimeState::Launching || m_state == RuntimeState::Active || m_state == RuntimeState::Restarting)
        return;
    m_stopping = false;
    m_failures = 0;
    if (!m_loaded) {
        if (auto r = load(); !r) {
            m_lastError = r.error().toString();
            setState(RuntimeState::Stopped);
            emit gaveUp(m_lastError);
            return;
        }
    }
    setState(RuntimeState::Launching);
    if (!m_options.interpreter.isEmpty()) {
        m_interpreter = m_options.interpreter;
        launch();
        return;
    }
    if (!m_env) {
        m_env = new EnvironmentManager(this);
        connect(m_env, &EnvironmentManager::output, this, [this](const QString &line) { emit output(line + QLatin1Char('\n'), false); });
        connect(m_env, &EnvironmentManager::finished, this, [this] {
            if (m_stopping)
                return;
            const auto &r = m_env->result();
            if (!r) {
                m_lastError = r.error().message;
                setState(RuntimeState::Stopped);
                emit gaveUp(m_lastError);
                return;
            }
            m_interpreter = r->interpreter;
            launch();
        });
    }
    m_env->prepare(m_dir, m_options.env);
}

void LocalPlugin::launch()
{
    if (m_stopping)
        return;
    if (!QFileInfo(QDir(m_dir).filePath(QStringLiteral("_assets"))).isDir()) {
        m_lastError = StudioTr::tr("%1 has no _assets/ folder; the Dify SDK needs it (create it and put the plugin icon in it)")
                          .arg(m_dir);
        setState(RuntimeState::Stopped);
        emit gaveUp(m_lastError);
        return;
    }
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    if (m_state != RuntimeState::Restarting)
        setState(RuntimeState::Launching);
    StdioOptions so;
    so.program = m_interpreter;
    so.args = {QStringLiteral("-m"), m_decl.manifest.runnerEntrypoint.value};
    so.workingDir = m_dir;
    so.extraEnv = m_options.extraEnv;
    so.heartbeatIntervalSec = m_options.heartbeatIntervalSec;
    so.maxLineBytes = m_options.maxLineBytes;
    so.killGraceMs = m_options.killGraceMs;
    auto transport = std::make_unique<StdioTransport>(so);
    StdioTransport *raw = transport.get();
    m_connection = new PluginConnection(std::move(transport), m_decl, m_reverse, this);
    ++m_launches;
    connect(m_connection, &PluginConnection::ready, this, [this] {
        m_readyTimer.stop();
        setState(RuntimeState::Active);
        emit ready();
    });
    connect(m_connection, &PluginConnection::closed, this, &LocalPlugin::onConnectionClosed);
    connect(m_connection, &PluginConnection::outputText, this, &LocalPlugin::output);
    connect(m_connection, &PluginConnection::logMessage, this, &LocalPlugin::logMessage);
    emit connectionChanged(m_connection);
    m_readyTimer.start(m_options.readyTimeoutMs);
    m_livenessTimer.start(m_options.livenessCheckMs);
    raw->start();
}

void LocalPlugin::checkLiveness()
{
    if (!m_connection || !m_connection->isOpen())
        return;
    const qint64 silentMs = QDateTime::currentMSecsSinceEpoch() - m_connection->lastActivityMs();
    if (silentMs > m_options.inactivityTimeoutMs) {
        m_connection->close(StudioTr::tr("plugin %1 is not active for %2 seconds, it may be dead; it was stopped")
                                .arg(m_connection->pluginId())
                                .arg(silentMs / 1000.0, 0, 'f', 1));
    }
}

void LocalPlugin::onConnectionClosed(const QString &reason)
{
    m_readyTimer.stop();
    m_livenessTimer.stop();
    if (m_stopping) {
        setState(RuntimeState::Stopped);
        return;
    }
    ++m_failures;
    m_lastError = reason;
    emit instanceFailed(reason);
    if (!m_options.restartOnCrash || m_failures >= m_options.maxFailures) {
        setState(RuntimeState::Stopped);
        emit gaveUp(m_options.restartOnCrash
                        ? StudioTr::tr("the plugin failed %1 times in a row; giving up: %2").arg(m_failures).arg(reason)
                        : reason);
        return;
    }
    scheduleRestart(reason);
}

void LocalPlugin::scheduleRestart(const QString &reason)
{
    Q_UNUSED(reason)
    setState(RuntimeState::Restarting);
    const int delay = m_options.restartDelayMs ? m_options.restartDelayMs(m_failures) : defaultRestartDelay(m_failures);
    emit output(StudioTr::tr("Restarting the plugin in %1 s (failure %2 of at most %3)\n")
                    .arg(delay / 1000.0).arg(m_failures).arg(m_options.maxFailures),
                false);
    m_restartTimer.start(delay);
}

void LocalPlugin::stop()
{
    m_stopping = true;
    m_restartTimer.stop();
    m_readyTimer.stop();
    m_livenessTimer.stop();
    if (m_env && m_env->isRunning())
        m_env->cancel();
    if (m_connection && m_connection->isOpen()) {
        m_connection->close(StudioTr::tr("the plugin was stopped"));
        return; // state becomes Stopped when the process is gone
    }
    setState(RuntimeState::Stopped);
}

Invocation *LocalPlugin::invoke(const InvokeRequest &request)
{
    if (m_connection && m_state == RuntimeState::Active) {
        Invocation *inv = m_connection->invoke(request);
        inv->setParent(this); // outlives the instance if it crashes
        return inv;
    }
    // Launching: the request is queued on stdin and handled once the SDK reads it.
    if (m_connection && m_connection->isOpen()) {
        Invocation *inv = m_connection->invoke(request);
        inv->setParent(this);
        return inv;
    }
    // No running instance: a closed connection produces a consistent failed Invocation.
    auto *dummy = new PluginConnection(std::make_unique<StdioTransport>(StdioOptions{}), m_decl, nullptr, this);
    Invocation *inv = dummy->invoke(request);
    inv->setParent(this);
    dummy->deleteLater();
    return inv;
}

qint64 LocalPlugin::processId() const
{
    if (!m_connection)
        return 0;
    auto *t = qobject_cast<StdioTransport *>(m_connection->transport());
    return t ? t->processId() : 0;
}

} // namespace Studio::Runtime
