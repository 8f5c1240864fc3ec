// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Install / upgrade tasks (install-and-marketplace.md §2, §3).
//
// An InstallTask takes a source — a `.difypkg` file, a `.difybndl` bundle, `marketplace:ID` or
// `github:OWNER/REPO@VERSION/ASSET` — and for each package:
//   read with limits -> decode the plugin -> verify the signature (official key + workspace
//   trusted keys; unsigned/unverified refused unless allowed; `langgenius` author needs the
//   `langgenius` category inside bundles) -> extract atomically to
//   plugins/<author>/<name>-<version>@<checksum> (temp folder + rename) -> prepare the Python
//   environment (unless skipped) -> swap the installation row in ONE SQLite transaction -> remove
//   the previous version's folder.
// Killed at any moment, the previous version stays installed: an extracted-but-uncommitted folder
// is unreferenced and removed by WorkspaceStore::open(). The workspace install lock
// (install.lock) is held for the whole task, so two installs never interleave.
//
// A bundle is all or nothing: the folders of versions a bundle run replaces are kept until the
// whole bundle succeeds; on any failure or cancel every plugin the run installed is removed and
// every plugin it upgraded gets its previous row (and so its folder and cached environment) back.
// Credentials, endpoints and plugin storage are never touched by the rollback. The error names the
// dependency that failed and says that the workspace was rolled back.
//
// GitHub: a token (InstallOptions::githubToken, else $GITHUB_TOKEN, else the workspace's sealed
// `github_token` setting) is sent as `Authorization: Bearer` to the GitHub API origin only.
// Redirects are followed by hand, so the header is never forwarded to another host. A rate-limit
// answer (403/429 with x-ratelimit-remaining: 0) becomes an error that says to set a token.
//
// Reading, checking and extracting run on a worker thread; the database is touched only from the
// thread that owns the WorkspaceStore. Results: finished() once; then error() / outcome().

#include "core/common/result.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/package/packagereader.h"
#include "core/workspace/workspace.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
namespace Studio::Net {
class Download;
class Downloader;
}

namespace Studio::Workspace {

struct InstallSource
{
    enum class Kind { PackageFile, BundleFile, Marketplace, Github, MarketplaceBundle };
    Kind kind = Kind::PackageFile;
    QString path;             // files
    QString identifier;       // marketplace: org/name:version@checksum; marketplace-bundle: org/name
    QString repo;             // github: owner/repo
    QString release;          // github: tag; marketplace-bundle: version
    QString asset;            // github: asset file name

    // "file.difypkg", "file.difybndl", "marketplace:ID", "github:OWNER/REPO@VERSION/ASSET",
    // "marketplace-bundle:ORG/NAME@VERSION" (a bundle published on the Marketplace, #13).
    static Result<InstallSource> parse(const QString &spec);
    QString describe() const;
    bool isBundle() const { return kind == Kind::BundleFile || kind == Kind::MarketplaceBundle; }
};

// Prepares the Python environment of an extracted plugin; calls done exactly once (on the
// calling thread's event loop). `cancel` asks it to stop. Returns a cancel function.
using EnvPreparer = std::function<std::function<void()>(const QString &pluginDir,
                                                        std::function<void(const QString &line)> output,
                                                        std::function<void(VoidResult)> done)>;
// The runtime's EnvironmentManager (cached venvs); `offlineWheels` = use the package's wheels/.
EnvPreparer runtimeEnvPreparer(const QString &cacheRoot = {});

struct InstallOptions
{
    std::optional<bool> allowUnsigned; // unset: the workspace setting
    bool skipEnv = false;
    // Upgrade/downgrade: the plugin id the package must have, and it must be installed already.
    QString upgradePluginId;
    Package::ReadLimits limits;        // packages (bundles use ReadLimits::bundle())
    EnvPreparer envPreparer;           // unset: runtimeEnvPreparer()
    QUrl githubDownloadBase = QUrl(QStringLiteral("https://github.com"));
    QUrl githubApiBase = QUrl(QStringLiteral("https://api.github.com"));
    // Unset: resolveGithubToken(workspace, {}) at start. Set (even to ""): used as is.
    std::optional<QString> githubToken;
    int networkTimeoutMs = 120000;   // no byte moved for this long fails a transfer
    int downloadDeadlineMs = 30 * 60 * 1000; // a whole package download
};

// The GitHub token to use: `explicitToken` (--github-token) if not empty, else $GITHUB_TOKEN, else
// the workspace's sealed `github_token` setting, else "".
QString resolveGithubToken(const WorkspaceStore &workspace, const QString &explicitToken = {});

struct InstallOutcome
{
    QList<InstalledPlugin> installed;           // in order
    QList<std::optional<InstalledPlugin>> previous; // the rows they replaced
    QStringList warnings;                       // e.g. "unsigned package installed"
    QStringList rolledBack;                     // bundle rollback: what was undone ("removed x", "restored y 1.0")
};

class InstallTask : public QObject
{
    Q_OBJECT
public:
    InstallTask(WorkspaceStore *workspace, InstallSource source, InstallOptions options = {},
                QObject *parent = nullptr);
    ~InstallTask() override;

    // Needed for marketplace sources and marketplace bundle dependencies.
    void setMarketplaceClient(Marketplace::MarketplaceClient *client) { m_market = client; }

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    QString taskId() const { return m_taskId; }
    std::optional<Error> error() const { return m_error; }
    const InstallOutcome &outcome() const { return m_outcome; }

    // For the CLI and tests: starts (if needed) and spins a local event loop until finished.
    bool waitForFinished(int timeoutMs = 15 * 60 * 1000);

signals:
    void progress(const QString &message);
    void finished();

private:
    struct Job;
    struct Prepared;
    void fail(const Error &e);
    void succeed();
    void report(const QString &message);
    void nextJob();
    void fetch(const Job &job);
    // GitHub: the API's JSON (package = false) or a release asset (package = true, streamed to the
    // downloads folder within the package limit); done gets the finished Download (its owner now).
    void fetchUrl(const QUrl &url, bool package, const std::function<void(Result<Net::Download *>)> &done);
    bool isGithubApi(const QUrl &url) const;
    QString rollbackBundle();
    void writeJournal(const InstalledPlugin *pending, const std::optional<InstalledPlugin> &pendingPrevious);
    void resolveMarketplacePattern(const QString &pattern, const std::function<void(Result<QString>)> &done);
    void resolveGithubPattern(const QString &pattern, const std::function<void(Result<QUrl>, QJsonObject)> &done);
    void expandBundle(const QByteArray &bytes);
    void fetchMarketplaceBundle();
    Job githubReleaseJob(const QString &repo, const QString &release, const QString &asset) const;
    // Reads (bytes, or the package file `file`, while `holder` keeps it), checks and decides.
    void processBytes(const Job &job, const QByteArray &bytes, const QString &file = {}, QObject *holder = nullptr);
    void decide(const Job &job, std::shared_ptr<Prepared> prepared);
    void afterExtract(const Job &job, std::shared_ptr<Prepared> prepared);
    void commit(const Job &job, std::shared_ptr<Prepared> prepared);

    WorkspaceStore *m_ws;
    InstallSource m_source;
    InstallOptions m_options;
    QPointer<Marketplace::MarketplaceClient> m_market;
    Net::Downloader *m_net = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    QList<Job> m_jobs;
    QString m_taskId;
    bool m_started = false;
    bool m_finished = false;
    std::atomic_bool m_cancel{false};
    std::function<void()> m_cancelCurrent;
    std::optional<Error> m_error;
    InstallOutcome m_outcome;
    // Bundle runs: what was committed so far (rolled back on failure), the current dependency.
    struct Applied
    {
        InstalledPlugin row;
        std::optional<InstalledPlugin> previous;
    };
    QList<Applied> m_applied;
    int m_jobIndex = 0;
    int m_jobCount = 0;
    QString m_jobLabel;
    QString m_pendingDir;     // extracted, not committed yet
    bool m_extracting = false;
};

// A bundle run killed half-way (power cut, SIGKILL) is rolled back the next time the workspace is
// opened: every commit of a bundle is preceded by a write-ahead journal row (`bundle_journal`
// setting) naming the plugin and the row it replaces. Called by WorkspaceStore::cleanupStale()
// while it holds the install lock; returns what was undone ("removed x", "restored y 1.0").
QStringList recoverInterruptedBundle(WorkspaceStore &workspace);

// Uninstall: removes the row (credentials too unless kept; KV storage always kept) and the
// installation folder. Holds the install lock.
Result<InstalledPlugin> uninstallPlugin(WorkspaceStore &workspace, const QString &pluginId, bool keepCredentials = false);

} // namespace Studio::Workspace
