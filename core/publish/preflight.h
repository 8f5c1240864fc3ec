// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `publish check`: the Dify Marketplace's verdict on a plugin, locally, before a pull request.
// It checks the exact bytes to be submitted (a folder is packaged first, `.difyignore` applied, as
// `plugin-studio-cli package` would), runs every check of marketplace-submission.md §4 under the
// Marketplace's check id and severity, and reports what to do. The CI-stage checks run as that CI
// does: requirements installed in a fresh environment on Python 3.12 (the studio's environment
// cache, so a second run takes seconds), the plugin started in serverless mode and probed. The
// Marketplace is asked whether the version exists; the Marketplace repository (GitHub) for the
// versions already there. Asynchronous, with progress and cancel; the CLI uses runBlocking().

#include "core/publish/findings.h"
#include "core/scaffold/sdkchoice.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace Studio::Runtime {
class EnvironmentManager;
}
namespace Studio::Net {
class Downloader;
}

namespace Studio::Publish {

class PyChecks;
class InstallProbe;
class GitHubClient;

struct PreflightOptions
{
    QString path;            // a plugin folder or a .difypkg
    QString prBody;          // the PR body to check ("" with prBodyGiven false: the PR checks are skipped, said so)
    bool prBodyGiven = false;
    QUrl marketplace = QUrl(QStringLiteral("https://marketplace.dify.ai"));
    QUrl githubApi = QUrl(QStringLiteral("https://api.github.com"));
    QString marketplaceRepo = QStringLiteral("langgenius/dify-plugins");
    QString marketplaceBranch = QStringLiteral("main");
    QString githubToken;     // optional here (rate limits); never logged
    QString python;          // the interpreter for the CI checks; "" = Python 3.12 found on this machine
    QString envCacheRoot;    // "" = the studio's environment cache
    QStringList skip;        // check ids skipped on purpose (reported as skipped)
    bool offline = false;    // no Marketplace / GitHub lookups (version_exists, version_update, pkg_paths: skipped)
    int startWatchdogMs = 20000; // plugin_install, as the CI
    int startSettleMs = 3000;    // plugin_install: the CI's pause after "Serving Flask app"
};

// The interpreter the CI checks run on: the explicit one, else a 3.12 found here, else the newest
// 3.12+ (noted: the CI uses 3.12.7). nullopt when there is none (the note says what to do).
std::optional<Scaffold::LocalPython> pickCiPython(const QString &explicitPath, QString *note);

class Preflight : public QObject
{
    Q_OBJECT
public:
    explicit Preflight(QObject *parent = nullptr);
    ~Preflight() override;

    // Starts; finished() follows once. False when already running.
    bool start(const PreflightOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    // Valid after finished(). `unreadable` is set when the path is no plugin/package at all (the
    // CLI's exit 2), with the reason.
    const PreflightReport &report() const { return m_report; }
    bool unreadable() const { return m_unreadable; }
    QString unreadableReason() const { return m_unreadableReason; }

    static PreflightReport runBlocking(const PreflightOptions &options, bool *unreadable = nullptr, QString *reason = nullptr,
                                       const std::function<void(const QString &check, const QString &message)> &onProgress = {});

    struct Prepared; // what the worker thread made (package, static checks, unpacked folder)

signals:
    void progress(const QString &checkId, const QString &message);
    void checkFinished(const QString &checkId);
    void finished();

private:
    void onPrepared(std::shared_ptr<Prepared> prepared);
    void startPythonChecks();
    void startDepsInstall();
    void startPluginInstall(const QString &interpreter);
    void startMarketplaceLookups();
    void settle(const QString &id);
    void skip(const QString &id, const QString &why);
    void notRun(const QString &id, const QString &why, bool blocking);
    void oneDone();
    void finish();

    PreflightOptions m_options;
    PreflightReport m_report;
    std::shared_ptr<Prepared> m_prepared;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QPointer<PyChecks> m_py;
    QPointer<Runtime::EnvironmentManager> m_env;
    QPointer<InstallProbe> m_probe;
    QPointer<GitHubClient> m_github;
    QPointer<Net::Downloader> m_net;
    QElapsedTimer m_clock, m_stepClock;
    int m_pending = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_unreadable = false;
    QString m_unreadableReason;
};

} // namespace Studio::Publish
