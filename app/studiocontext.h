// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Studio::App {

// What the docks share: the workspace folder, the open project, and the core service objects
// (runtime, debug server, workspace store, marketplace client...) registered by whoever creates
// them. The main window owns one; panels receive it in their constructor.
//
//   ctx->setService("debugServer", server);                 // the creator registers
//   auto *server = ctx->service<Debug::DebugServer>("debugServer"); // a panel looks it up
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

    void setService(const QString &name, QObject *service);
    QObject *serviceObject(const QString &name) const { return m_services.value(name); }
    template<typename T>
    T *service(const QString &name) const { return qobject_cast<T *>(serviceObject(name)); }

signals:
    void projectChanged(const QString &dir);
    void serviceChanged(const QString &name);

private:
    QString m_workspaceDir;
    QString m_projectDir;
    QHash<QString, QPointer<QObject>> m_services;
};

} // namespace Studio::App
