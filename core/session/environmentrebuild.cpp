// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/environmentrebuild.h"

#include "core/common/tr.h"

#include <QDir>

namespace Studio::Session {

EnvironmentRebuild::EnvironmentRebuild(const QString &pluginDir, const Runtime::EnvOptions &options, QObject *parent)
    : QObject(parent), m_dir(pluginDir), m_options(options),
      m_cacheRoot(options.cacheRoot.isEmpty() ? Runtime::EnvironmentManager::defaultCacheRoot() : options.cacheRoot),
      m_manager(new Runtime::EnvironmentManager(this))
{
    connect(m_manager, &Runtime::EnvironmentManager::output, this, &EnvironmentRebuild::output);
    connect(m_manager, &Runtime::EnvironmentManager::finished, this, &EnvironmentRebuild::onPrepared);
}

EnvironmentRebuild::~EnvironmentRebuild()
{
    if (m_manager)
        m_manager->disconnect(this); // a rebuild in flight ends with its owner, unheard
}

bool EnvironmentRebuild::isRunning() const
{
    return m_phase != 0;
}

const Result<Runtime::PreparedEnv> &EnvironmentRebuild::result() const
{
    return m_manager->result();
}

bool EnvironmentRebuild::start()
{
    if (m_phase != 0 || !m_manager->prepare(m_dir, m_options))
        return false;
    m_phase = 1;
    return true;
}

void EnvironmentRebuild::cancel()
{
    if (m_phase != 0)
        m_manager->cancel();
}

void EnvironmentRebuild::finish(bool ok, const QString &message)
{
    m_phase = 0;
    emit finished(ok, message);
}

void EnvironmentRebuild::onPrepared()
{
    const auto &r = m_manager->result();
    if (!r) {
        if (r.error().code == ErrorCode::Cancelled)
            return finish(false, StudioTr::tr("The rebuild was cancelled; the plugin prepares its environment at the next run."));
        return finish(false, StudioTr::tr("The environment could not be built: %1").arg(r.error().message));
    }
    const bool cached = r->fromCache && !r->venvDir.isEmpty()
                        && QDir::cleanPath(r->venvDir).startsWith(QDir::cleanPath(m_cacheRoot) + QLatin1Char('/'));
    if (m_phase == 1 && cached) {
        // Phase 1 found the cached environment: drop it and build it again.
        emit output(StudioTr::tr("Removing the cached environment %1").arg(r->venvDir));
        if (!QDir(r->venvDir).removeRecursively())
            return finish(false, StudioTr::tr("The cached environment %1 could not be removed; close what uses it and rebuild "
                                              "again.").arg(r->venvDir));
        m_phase = 2;
        if (!m_manager->prepare(m_dir, m_options))
            finish(false, StudioTr::tr("The environment could not be prepared again; rebuild again."));
        return;
    }
    finish(true, StudioTr::tr("Environment rebuilt: %1 (Python %2, %3 ms)").arg(r->interpreter, r->pythonVersion).arg(r->elapsedMs));
}

} // namespace Studio::Session
