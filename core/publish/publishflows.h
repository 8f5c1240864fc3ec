// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two ways to publish on GitHub (marketplace-submission.md §1, §2, §7), step by step over the
// REST API (githubclient.h), each step reported, cancellable, never destructive:
//
// PullRequestFlow: the Marketplace route. Fork langgenius/dify-plugins (or reuse the fork), add
//   exactly one file <author>/<name>/<name>-<version>.difypkg on a new branch made from the
//   upstream's head (never overwriting an earlier version's file: a file that exists refuses the
//   submission), open the pull request with the body from the current template, then follow its
//   check runs until they complete (or the time is up) and report each with its link.
// ReleaseFlow: "install from GitHub". A release whose tag is the version, the package as
//   <name>-<version>.difypkg and its only asset, earlier releases kept (an existing release with
//   other assets, or with this asset, is refused), a warning above Dify's default 15 MiB download
//   limit, and the three values a Dify admin enters.

#include "core/common/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace Studio::Publish {

class GitHubClient;
struct GitHubAnswer;

struct CheckRunInfo
{
    QString name;
    QString status;     // queued | in_progress | completed
    QString conclusion; // success | failure | neutral | cancelled | skipped | timed_out | action_required | ""
    QString url;        // html_url
};

struct PullRequestOptions
{
    QUrl githubApi = QUrl(QStringLiteral("https://api.github.com"));
    QString token;
    QString upstream = QStringLiteral("langgenius/dify-plugins");
    QString base = QStringLiteral("main");
    QString packagePath;   // the exact .difypkg checked by the pre-flight
    QString author, name, version;
    QString title;
    QString body;
    bool follow = true;        // wait for the check runs
    int followTimeoutMs = 30 * 60 * 1000;
    int pollMs = 15000;
    int forkWaitMs = 120000;   // a new fork takes a moment to exist
};

struct PullRequestOutcome
{
    QString login;
    QString fork;        // owner/repo of the fork used
    bool forkCreated = false;
    QString branch;
    QString filePath;    // <author>/<name>/<name>-<version>.difypkg
    int number = 0;
    QString url;         // the pull request's html_url
    QString headSha;
    QList<CheckRunInfo> checks;
    bool checksComplete = false;
    bool checksPassed = false;
};

class PullRequestFlow : public QObject
{
    Q_OBJECT
public:
    explicit PullRequestFlow(QObject *parent = nullptr);
    ~PullRequestFlow() override;

    void start(const PullRequestOptions &options);
    void cancel();
    const PullRequestOutcome &outcome() const { return m_out; }
    const std::optional<Error> &error() const { return m_error; }

    static QString filePathFor(const QString &author, const QString &name, const QString &version);
    static QString branchFor(const QString &name, const QString &version); // bump-<name>-plugin-<version>

signals:
    void progress(const QString &message);
    void checksUpdated();
    void finished();

private:
    void step(const QString &message);
    void fail(const Error &e);
    void done();
    void whoAmI();
    void findFork();
    void createFork();
    void waitForFork(int waitedMs);
    void checkTargetFree();
    void upstreamHead();
    void createBranch(const QString &sha, int attempt);
    void putFile();
    void openPull();
    void pollChecks();

    PullRequestOptions m_o;
    PullRequestOutcome m_out;
    std::optional<Error> m_error;
    QPointer<GitHubClient> m_gh;
    QByteArray m_package;
    QTimer m_timer;
    QElapsedTimer m_followClock;
    bool m_finished = false;
    bool m_cancelled = false;
};

struct ReleaseOptions
{
    QUrl githubApi = QUrl(QStringLiteral("https://api.github.com"));
    QString token;
    QString repo;        // OWNER/REPO
    QString packagePath;
    QString name, version;
    QString notes;       // release body (the changelog)
    QString tag;         // default: the version
};

struct ReleaseOutcome
{
    QString tag;
    QString assetName;
    QString releaseUrl;
    QString downloadUrl;
    QString repoUrl;     // https://github.com/OWNER/REPO: what Dify's "install from GitHub" takes
    bool createdRelease = false;
    qint64 bytes = 0;
    QStringList warnings; // over 15 MiB; unsigned
};

constexpr qint64 kDifyGithubDownloadLimit = 15LL * 1024 * 1024; // PLUGIN_MAX_PACKAGE_SIZE default

class ReleaseFlow : public QObject
{
    Q_OBJECT
public:
    explicit ReleaseFlow(QObject *parent = nullptr);
    ~ReleaseFlow() override;

    void start(const ReleaseOptions &options);
    void cancel();
    const ReleaseOutcome &outcome() const { return m_out; }
    const std::optional<Error> &error() const { return m_error; }
    // What a Dify admin enters in "Install from GitHub" (three lines).
    static QString installInstructions(const ReleaseOutcome &outcome);

signals:
    void progress(const QString &message);
    void finished();

private:
    void fail(const Error &e);
    void done();
    void readRepo();
    void findRelease();
    void createRelease();
    void upload(const QString &uploadUrl, const QString &htmlUrl);

    ReleaseOptions m_o;
    ReleaseOutcome m_out;
    std::optional<Error> m_error;
    QPointer<GitHubClient> m_gh;
    QByteArray m_package;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Studio::Publish
