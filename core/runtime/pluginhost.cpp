// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/pluginhost.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

namespace Studio::Runtime {

PluginHost::PluginHost(QObject *parent) : QObject(parent) {}

PluginHost::~PluginHost()
{
    delete m_plugin; // stops the process group before the handler and storage go away
    m_plugin = nullptr;
}

QString PluginHost::storagePath() const
{
    return m_storage ? m_storage->path() : QString();
}

VoidResult PluginHost::open(const QString &pluginDir, const PluginHostOptions &options)
{
    QString dir = options.workspaceDir;
    if (dir.isEmpty()) {
        m_tmp = std::make_unique<QTemporaryDir>();
        if (!m_tmp->isValid())
            return Error(ErrorCode::IoError, QCoreApplication::translate("Studio", "cannot create a temporary folder"));
        dir = m_tmp->path();
    } else if (!QDir().mkpath(dir)) {
        return Error(ErrorCode::IoError, QCoreApplication::translate("Studio", "cannot create the workspace folder %1").arg(dir));
    }
    m_storage = std::make_unique<SqliteStorage>(QDir(dir).filePath(QStringLiteral("storage.db")));
    if (auto r = m_storage->open(); !r)
        return r;
    m_files = new FileStore(this);
    if (!m_files->listen())
        return Error(ErrorCode::NetworkError, m_files->errorString());
    m_handler = new DefaultReverseHandler(this);
    m_handler->setStorage(m_storage.get());
    m_handler->setFileStore(m_files);
    m_handler->setDifyInstance(options.dify);
    m_handler->setDifyInnerApi(options.difyInner);
    m_handler->setSystemModel(options.systemModel);
    m_plugin = new LocalPlugin(pluginDir, options.plugin, m_handler, this);
    if (auto r = m_plugin->load(); !r)
        return r;
    // Alone, a plugin can only call its own tools and models ("author/name/provider" naming it, or
    // a bare provider name); other plugins are reached through a workspace's lookup.
    m_handler->setPluginLookup([this](const QString &, const QString &provider) -> PluginConnection * {
        const QStringList parts = provider.split(QLatin1Char('/'));
        if (!m_plugin->connection() || provider.isEmpty())
            return nullptr;
        if (parts.size() == 1)
            return m_plugin->connection();
        if (parts.size() == 3 && parts[0] + QLatin1Char('/') + parts[1] == m_plugin->connection()->pluginId())
            return m_plugin->connection();
        return nullptr;
    });
    return {};
}

Invocation *PluginHost::invokeAndWait(const InvokeRequest &request, const std::function<void(const QJsonObject &)> &onChunk)
{
    Invocation *inv = m_plugin->invoke(request);
    if (onChunk)
        connect(inv, &Invocation::chunkReceived, this, onChunk);
    if (!inv->isFinished()) {
        QEventLoop loop;
        connect(inv, &Invocation::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return inv;
}

} // namespace Studio::Runtime
