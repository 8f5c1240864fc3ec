// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studiocontext.h"

#include "core/session/studiosession.h"

#include <QDir>
#include <QStandardPaths>

namespace Studio::App {

StudioContext::StudioContext(const QString &workspaceDir, QObject *parent) : QObject(parent)
{
    m_workspaceDir = workspaceDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace")
                                            : QDir(workspaceDir).absolutePath();
    QDir().mkpath(m_workspaceDir);
}

QString StudioContext::keysDir() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/keys");
    QDir().mkpath(dir);
    return dir;
}

void StudioContext::setProjectDir(const QString &dir)
{
    if (dir == m_projectDir)
        return;
    m_projectDir = dir;
    emit projectChanged(dir);
}

Session::StudioSession *StudioContext::session() const
{
    return m_session.data();
}

void StudioContext::setSession(Session::StudioSession *session)
{
    m_session = session;
}

} // namespace Studio::App
