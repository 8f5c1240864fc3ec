// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace Studio::Session {
class StudioSession;
}

namespace Studio::App {

// What the docks of one window share: the workspace folder, the open project, and the running
// studio (Session::StudioSession: every core service, the plugins, the provider lookup). The main
// window owns one; installStudioPanels() gives it its session; docks receive the session (or one
// of its services) in their constructor and never create a core service.
class StudioContext : public QObject
{
    Q_OBJECT
public:
    explicit StudioContext(const QString &workspaceDir, QObject *parent = nullptr);

    // The workspace folder (settings, keys, installed plugins); created if missing.
    QString workspaceDir() const { return m_workspaceDir; }
    // Folder of trusted public keys and generated key pairs.
    QString keysDir() const;

    // The plugin folder open in the window ("" when none, or a package is being inspected).
    QString projectDir() const { return m_projectDir; }
    void setProjectDir(const QString &dir);

    // The running studio of this window; null until installStudioPanels() made it. Not owned.
    Session::StudioSession *session() const;
    void setSession(Session::StudioSession *session);

signals:
    void projectChanged(const QString &dir);

private:
    QString m_workspaceDir;
    QString m_projectDir;
    QPointer<Session::StudioSession> m_session;
};

} // namespace Studio::App
