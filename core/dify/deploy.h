// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Deploy to Dify (#13.3): the open project validated, packaged (to a temporary folder: the project
// is never written to), optionally signed, checked against what that Dify is known to refuse
// (unsigned packages under FORCE_VERIFYING_SIGNATURE, sizes over the daemon's or the proxy's cap,
// Marketplace-only installs, the installation scope, UUID authors), uploaded, installed, and the
// install task followed to its end.
//
// Dify installs by plugin id: with another version of the plugin installed, install/pkg answers
// "all installed" and changes nothing (the daemon's isPluginInstalledForTenant), and the console
// has no upgrade route for local packages. So a deploy over another version needs
// `replaceInstalled`: the new package is uploaded first (the daemon checks it), then the old
// installation is uninstalled and the new one installed; when that install fails, the old
// version (still in the daemon's package store) is installed again and the report says so.

#include "core/dify/remote.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace Studio::Dify {

struct DeployOptions
{
    QString projectDir;
    QString signingKey;        // a private key PEM to sign with ("" = unsigned)
    QString signCategory;      // authorized_category written with the signature ("" = none)
    bool replaceInstalled = false;
    bool followTask = true;    // false: done once the install task is created
    int pollFirstMs = 1000, pollLaterMs = 3000;
};

enum class DeployStage { Packaging, Signing, Checking, Uploading, Installing, Done };

// What the remote daemon would refuse about a package, before it is uploaded ("" when nothing).
// `authorizedCategory` is the category of a signature the studio made ("" when unsigned).
QString deployRefusal(const Connection &connection, qint64 packageBytes, bool isSigned, const QString &author,
                      const QString &authorizedCategory);

class Deploy : public QObject
{
    Q_OBJECT
public:
    Deploy(Remote *remote, DeployOptions options, QObject *parent = nullptr);
    ~Deploy() override;
    void start();  // finished() follows exactly once, asynchronously
    void cancel(); // stops at the next step (an install task already created goes on in Dify)

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_ok; }
    QString error() const { return m_error; }          // what went wrong and what to do
    QString identifier() const { return m_identifier; } // as the daemon computed it
    QString packagePath() const { return m_packagePath; } // in a temporary folder, gone with the Deploy
    qint64 packageBytes() const { return m_packageBytes; }
    int fileCount() const { return m_files; }
    bool alreadyInstalled() const { return m_alreadyInstalled; }
    QString replacedIdentifier() const { return m_replaced; }
    bool rolledBack() const { return m_rolledBack; }
    const RemoteTask &lastTask() const { return m_task; }
    QString taskId() const { return m_taskId; }
    // Milliseconds per stage (packaging, signing, upload, install task), for bench/.
    qint64 msPackaging = 0, msSigning = 0, msUpload = 0, msInstall = 0;
    QJsonObject toJson() const;

signals:
    void stage(Studio::Dify::DeployStage stage, const QString &text);
    void uploadProgress(qint64 sent, qint64 total);
    void taskProgress(const Studio::Dify::RemoteTask &task);
    void finished(bool ok);

private:
    void packaged();
    void signedPackage();
    void check();
    void upload();
    void install();
    void follow(const QString &taskId);
    void rollBack(const QString &why);
    void fail(const QString &message);
    void succeed();

    QPointer<Remote> m_remote;
    DeployOptions m_options;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QElapsedTimer m_clock;
    QString m_packagePath, m_identifier, m_localIdentifier, m_author, m_category, m_error, m_replaced,
        m_replacedInstallation, m_replacedSource, m_taskId;
    qint64 m_packageBytes = 0;
    int m_files = 0;
    bool m_signed = false, m_finished = false, m_ok = false, m_alreadyInstalled = false, m_rolledBack = false;
    RemoteTask m_task;
};

} // namespace Studio::Dify
