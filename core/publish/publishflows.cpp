// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/publishflows.h"
#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/publish/githubclient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Studio::Publish {

namespace {

constexpr qint64 kMaxUpload = 100LL * 1024 * 1024;

Result<QByteArray> readPackage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, StudioTr::tr("Cannot read %1: %2").arg(path, f.errorString()), path);
    if (f.size() > kMaxUpload)
        return Error(ErrorCode::TooLarge, StudioTr::tr("%1 is %2 bytes; the studio uploads packages of up to 100 MiB (the Marketplace "
                                                        "takes 50 MiB, Dify's GitHub install 15 MiB by default).")
                                              .arg(path)
                                              .arg(f.size()));
    QByteArray data = f.readAll();
    if (data.size() != f.size())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot read all of %1.").arg(path), path);
    return data;
}

QString repoName(const QString &fullName)
{
    return fullName.section(QLatin1Char('/'), 1);
}

} // namespace

// --- pull request --------------------------------------------------------------------------------

PullRequestFlow::PullRequestFlow(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
}

PullRequestFlow::~PullRequestFlow() = default;

QString PullRequestFlow::filePathFor(const QString &author, const QString &name, const QString &version)
{
    return QStringLiteral("%1/%2/%2-%3.difypkg").arg(author, name, version);
}

QString PullRequestFlow::branchFor(const QString &name, const QString &version)
{
    QString b = QStringLiteral("bump-%1-plugin-%2").arg(name, version);
    // A ref name may not hold "..", "~", "^", ":", spaces and the like.
    b.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
    b.replace(QStringLiteral(".."), QStringLiteral("-"));
    return b;
}

void PullRequestFlow::step(const QString &message)
{
    emit progress(message);
}

void PullRequestFlow::fail(const Error &e)
{
    if (m_finished)
        return;
    m_error = e;
    done();
}

void PullRequestFlow::done()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    emit finished();
}

void PullRequestFlow::cancel()
{
    m_cancelled = true;
    if (m_gh)
        m_gh->cancelAll();
    fail(Error(ErrorCode::Cancelled, StudioTr::tr("Cancelled; what was done on GitHub so far stays (a fork, a branch).")));
}

void PullRequestFlow::start(const PullRequestOptions &options)
{
    m_o = options;
    m_out = {};
    m_error.reset();
    m_finished = false;
    m_cancelled = false;
    if (m_o.token.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            fail(Error(ErrorCode::PermissionDenied,
                       StudioTr::tr("Opening a pull request needs a GitHub token: sign in on the Publish page, `plugin-studio-cli "
                                    "workspace github-token --stdin`, or --github-token / $GITHUB_TOKEN.")));
        }, Qt::QueuedConnection);
        return;
    }
    auto data = readPackage(m_o.packagePath);
    if (!data) {
        const Error e = data.error();
        QMetaObject::invokeMethod(this, [this, e] { fail(e); }, Qt::QueuedConnection);
        return;
    }
    m_package = *data;
    m_out.filePath = filePathFor(m_o.author, m_o.name, m_o.version);
    m_gh = new GitHubClient(m_o.githubApi, m_o.token, this);
    whoAmI();
}

void PullRequestFlow::whoAmI()
{
    step(StudioTr::tr("Signing in to GitHub..."));
    m_gh->get(QStringLiteral("/user"), [this](const Result<GitHubAnswer> &r) {
        if (!r)
            return fail(r.error());
        m_out.login = r->json.object().value(QStringLiteral("login")).toString();
        if (m_out.login.isEmpty())
            return fail(Error(ErrorCode::PermissionDenied, StudioTr::tr("GitHub did not say who the token belongs to.")));
        checkTargetFree();
    });
}

void PullRequestFlow::findFork()
{
    // The user's fork of the upstream: usually <login>/<repo>; it must be a fork of exactly that upstream.
    const QString candidate = m_out.login + QLatin1Char('/') + repoName(m_o.upstream);
    step(StudioTr::tr("Looking for your fork %1...").arg(candidate));
    m_gh->get(QStringLiteral("/repos/") + candidate, [this, candidate](const Result<GitHubAnswer> &r) {
        if (!r)
            return fail(r.error());
        if (r->status == 200) {
            const QJsonObject repo = r->json.object();
            const QString parent = repo.value(QStringLiteral("parent")).toObject().value(QStringLiteral("full_name")).toString();
            const QString source = repo.value(QStringLiteral("source")).toObject().value(QStringLiteral("full_name")).toString();
            if (repo.value(QStringLiteral("fork")).toBool()
                && (parent.compare(m_o.upstream, Qt::CaseInsensitive) == 0 || source.compare(m_o.upstream, Qt::CaseInsensitive) == 0)) {
                m_out.fork = repo.value(QStringLiteral("full_name")).toString();
                step(StudioTr::tr("Reusing your fork %1.").arg(m_out.fork));
                return upstreamHead();
            }
            return fail(Error(ErrorCode::Conflict, StudioTr::tr("%1 exists but is not a fork of %2: rename it, or fork %2 under "
                                                                 "another name yourself and try again.")
                                                       .arg(candidate, m_o.upstream)));
        }
        createFork();
    }, {404});
}

void PullRequestFlow::createFork()
{
    step(StudioTr::tr("Forking %1...").arg(m_o.upstream));
    m_gh->call("POST", QStringLiteral("/repos/%1/forks").arg(m_o.upstream), QJsonObject{{QStringLiteral("default_branch_only"), true}},
               [this](const Result<GitHubAnswer> &r) {
                   if (!r)
                       return fail(r.error());
                   m_out.fork = r->json.object().value(QStringLiteral("full_name")).toString();
                   m_out.forkCreated = true;
                   if (m_out.fork.isEmpty())
                       return fail(Error(ErrorCode::NetworkError, StudioTr::tr("GitHub accepted the fork but did not name it.")));
                   waitForFork(0);
               });
}

void PullRequestFlow::waitForFork(int waitedMs)
{
    // Forking is asynchronous on GitHub: the repository answers once it exists.
    m_gh->get(QStringLiteral("/repos/%1/branches/%2").arg(m_out.fork, m_o.base), [this, waitedMs](const Result<GitHubAnswer> &r) {
        if (!r)
            return fail(r.error());
        if (r->status == 200)
            return upstreamHead();
        if (waitedMs >= m_o.forkWaitMs)
            return fail(Error(ErrorCode::Timeout, StudioTr::tr("The fork %1 was not ready after %2 s; try again in a minute.")
                                                      .arg(m_out.fork)
                                                      .arg(m_o.forkWaitMs / 1000)));
        const int delay = qMin(2000, qMax(50, m_o.pollMs / 4));
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, [this, waitedMs, delay] { waitForFork(waitedMs + delay); });
        m_timer.start(delay);
    }, {404, 409});
}

void PullRequestFlow::checkTargetFree()
{
    step(StudioTr::tr("Checking that %1 is not in %2 yet...").arg(m_out.filePath, m_o.upstream));
    m_gh->get(QStringLiteral("/repos/%1/contents/%2?ref=%3").arg(m_o.upstream, GitHubClient::encodePath(m_out.filePath), m_o.base),
              [this](const Result<GitHubAnswer> &r) {
                  if (!r)
                      return fail(r.error());
                  if (r->status == 200)
                      return fail(Error(ErrorCode::Conflict,
                                        StudioTr::tr("%1 is already in %2: an earlier submission of version %3 is never overwritten. "
                                                     "Raise the version in manifest.yaml.")
                                            .arg(m_out.filePath, m_o.upstream, m_o.version)));
                  findFork();
              },
              {404});
}

void PullRequestFlow::upstreamHead()
{
    m_gh->get(QStringLiteral("/repos/%1/git/ref/heads/%2").arg(m_o.upstream, m_o.base), [this](const Result<GitHubAnswer> &r) {
        if (!r)
            return fail(r.error());
        const QString sha = r->json.object().value(QStringLiteral("object")).toObject().value(QStringLiteral("sha")).toString();
        if (sha.isEmpty())
            return fail(Error(ErrorCode::NetworkError, StudioTr::tr("GitHub gave no commit for %1 of %2.").arg(m_o.base, m_o.upstream)));
        createBranch(sha, 1);
    });
}

void PullRequestFlow::createBranch(const QString &sha, int attempt)
{
    m_out.branch = branchFor(m_o.name, m_o.version) + (attempt > 1 ? QStringLiteral("-%1").arg(attempt) : QString());
    step(StudioTr::tr("Creating the branch %1 in %2...").arg(m_out.branch, m_out.fork));
    m_gh->call("POST", QStringLiteral("/repos/%1/git/refs").arg(m_out.fork),
               QJsonObject{{QStringLiteral("ref"), QString(QStringLiteral("refs/heads/") + m_out.branch)}, {QStringLiteral("sha"), sha}},
               [this, sha, attempt](const Result<GitHubAnswer> &r) {
                   if (!r) {
                       // "Reference already exists": an earlier attempt left its branch; take the next name.
                       if (r.error().code == ErrorCode::Conflict && attempt < 20)
                           return createBranch(sha, attempt + 1);
                       return fail(r.error());
                   }
                   putFile();
               });
}

void PullRequestFlow::putFile()
{
    step(StudioTr::tr("Adding %1 (%2 bytes)...").arg(m_out.filePath).arg(m_package.size()));
    // No "sha" in the request: GitHub creates the file and refuses (422) to replace one.
    m_gh->call("PUT", QStringLiteral("/repos/%1/contents/%2").arg(m_out.fork, GitHubClient::encodePath(m_out.filePath)),
               QJsonObject{{QStringLiteral("message"), QStringLiteral("%1 %2").arg(m_o.name, m_o.version)},
                           {QStringLiteral("content"), QString::fromLatin1(m_package.toBase64())},
                           {QStringLiteral("branch"), m_out.branch}},
               [this](const Result<GitHubAnswer> &r) {
                   if (!r)
                       return fail(r.error().code == ErrorCode::Conflict
                                       ? Error(ErrorCode::Conflict, StudioTr::tr("%1 already exists on the branch %2; it was not "
                                                                                 "replaced.")
                                                                        .arg(m_out.filePath, m_out.branch))
                                       : r.error());
                   openPull();
               });
}

void PullRequestFlow::openPull()
{
    step(StudioTr::tr("Opening the pull request on %1...").arg(m_o.upstream));
    const QString head = m_out.fork.section(QLatin1Char('/'), 0, 0) + QLatin1Char(':') + m_out.branch;
    m_gh->call("POST", QStringLiteral("/repos/%1/pulls").arg(m_o.upstream),
               QJsonObject{{QStringLiteral("title"), m_o.title},
                           {QStringLiteral("head"), head},
                           {QStringLiteral("base"), m_o.base},
                           {QStringLiteral("body"), m_o.body},
                           {QStringLiteral("maintainer_can_modify"), true}},
               [this](const Result<GitHubAnswer> &r) {
                   if (!r)
                       return fail(r.error());
                   const QJsonObject pr = r->json.object();
                   m_out.number = pr.value(QStringLiteral("number")).toInt();
                   m_out.url = pr.value(QStringLiteral("html_url")).toString();
                   m_out.headSha = pr.value(QStringLiteral("head")).toObject().value(QStringLiteral("sha")).toString();
                   step(StudioTr::tr("Opened %1").arg(printable(m_out.url)));
                   if (!m_o.follow || m_out.headSha.isEmpty())
                       return done();
                   m_followClock.start();
                   pollChecks();
               });
}

void PullRequestFlow::pollChecks()
{
    m_gh->get(QStringLiteral("/repos/%1/commits/%2/check-runs").arg(m_o.upstream, m_out.headSha), [this](const Result<GitHubAnswer> &r) {
        if (!r)
            return fail(r.error());
        m_out.checks.clear();
        bool complete = true, passed = true;
        for (const QJsonValue &v : r->json.object().value(QStringLiteral("check_runs")).toArray()) {
            const QJsonObject c = v.toObject();
            CheckRunInfo info{printable(c.value(QStringLiteral("name")).toString()), c.value(QStringLiteral("status")).toString(),
                              c.value(QStringLiteral("conclusion")).toString(), c.value(QStringLiteral("html_url")).toString()};
            complete = complete && info.status == QLatin1String("completed");
            passed = passed && (info.conclusion == QLatin1String("success") || info.conclusion == QLatin1String("neutral")
                                || info.conclusion == QLatin1String("skipped"));
            m_out.checks << info;
        }
        // No check run yet: the workflow has not started; keep waiting.
        m_out.checksComplete = complete && !m_out.checks.isEmpty();
        m_out.checksPassed = m_out.checksComplete && passed;
        emit checksUpdated();
        if (m_out.checksComplete)
            return done();
        if (m_followClock.elapsed() >= m_o.followTimeoutMs) {
            step(StudioTr::tr("The checks are still running after %1 min; follow them at %2").arg(m_o.followTimeoutMs / 60000).arg(m_out.url));
            return done();
        }
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, &PullRequestFlow::pollChecks);
        m_timer.start(m_o.pollMs);
    });
}

// --- release -------------------------------------------------------------------------------------

ReleaseFlow::ReleaseFlow(QObject *parent) : QObject(parent) {}
ReleaseFlow::~ReleaseFlow() = default;

void ReleaseFlow::fail(const Error &e)
{
    if (m_finished)
        return;
    m_error = e;
    done();
}

void ReleaseFlow::done()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

void ReleaseFlow::cancel()
{
    m_cancelled = true;
    if (m_gh)
        m_gh->cancelAll();
    fail(Error(ErrorCode::Cancelled, StudioTr::tr("Cancelled.")));
}

QString ReleaseFlow::installInstructions(const ReleaseOutcome &o)
{
    return StudioTr::tr("In Dify: Plugins > Install plugin > GitHub, then enter\n  Repository: %1\n  Version:    %2\n  Package:    %3\n")
        .arg(o.repoUrl, o.tag, o.assetName);
}

void ReleaseFlow::start(const ReleaseOptions &options)
{
    m_o = options;
    m_out = {};
    m_error.reset();
    m_finished = false;
    m_cancelled = false;
    static const QRegularExpression repoRe(QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"));
    if (!repoRe.match(m_o.repo).hasMatch()) {
        QMetaObject::invokeMethod(this, [this] {
            fail(Error(ErrorCode::InvalidInput, StudioTr::tr("--repo must be OWNER/REPO (got \"%1\").").arg(printable(m_o.repo))));
        }, Qt::QueuedConnection);
        return;
    }
    if (m_o.token.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            fail(Error(ErrorCode::PermissionDenied, StudioTr::tr("Creating a release needs a GitHub token with write access to %1.").arg(m_o.repo)));
        }, Qt::QueuedConnection);
        return;
    }
    auto data = readPackage(m_o.packagePath);
    if (!data) {
        const Error e = data.error();
        QMetaObject::invokeMethod(this, [this, e] { fail(e); }, Qt::QueuedConnection);
        return;
    }
    m_package = *data;
    m_out.bytes = m_package.size();
    m_out.tag = m_o.tag.isEmpty() ? m_o.version : m_o.tag;
    m_out.assetName = QStringLiteral("%1-%2.difypkg").arg(m_o.name, m_o.version);
    if (m_out.bytes > kDifyGithubDownloadLimit)
        m_out.warnings << StudioTr::tr("The package is %1 MiB: above the 15 MiB Dify downloads from GitHub by default "
                                       "(PLUGIN_MAX_PACKAGE_SIZE); the instance's admin must raise it to install this.")
                              .arg(QString::number(double(m_out.bytes) / 1048576.0, 'f', 1));
    m_gh = new GitHubClient(m_o.githubApi, m_o.token, this);
    readRepo();
}

void ReleaseFlow::readRepo()
{
    emit progress(StudioTr::tr("Reading %1...").arg(m_o.repo));
    m_gh->get(QStringLiteral("/repos/") + m_o.repo, [this](const Result<GitHubAnswer> &r) {
        if (!r)
            return fail(r.error());
        m_out.repoUrl = r->json.object().value(QStringLiteral("html_url")).toString();
        if (m_out.repoUrl.isEmpty())
            m_out.repoUrl = QStringLiteral("https://github.com/") + m_o.repo;
        findRelease();
    });
}

void ReleaseFlow::findRelease()
{
    m_gh->get(QStringLiteral("/repos/%1/releases/tags/%2").arg(m_o.repo, GitHubClient::encodePath(m_out.tag)),
              [this](const Result<GitHubAnswer> &r) {
                  if (!r)
                      return fail(r.error());
                  if (r->status == 404)
                      return createRelease();
                  // The release exists: it may get the package only if it has no asset yet.
                  const QJsonObject rel = r->json.object();
                  const QJsonArray assets = rel.value(QStringLiteral("assets")).toArray();
                  if (!assets.isEmpty()) {
                      QStringList names;
                      for (const QJsonValue &a : assets)
                          names << printable(a.toObject().value(QStringLiteral("name")).toString());
                      return fail(Error(ErrorCode::Conflict,
                                        names.contains(m_out.assetName)
                                            ? StudioTr::tr("The release %1 already has %2; a published release is never replaced "
                                                           "(installs and bundles name it). Raise the version.")
                                                  .arg(m_out.tag, m_out.assetName)
                                            : StudioTr::tr("The release %1 already has assets (%2); Dify installs any asset of a "
                                                           "release, so the package must be its only one. Use a new version.")
                                                  .arg(m_out.tag, names.join(QStringLiteral(", ")))));
                  }
                  emit progress(StudioTr::tr("Using the existing release %1 (no assets yet).").arg(m_out.tag));
                  upload(rel.value(QStringLiteral("upload_url")).toString(), rel.value(QStringLiteral("html_url")).toString());
              },
              {404});
}

void ReleaseFlow::createRelease()
{
    emit progress(StudioTr::tr("Creating the release %1...").arg(m_out.tag));
    m_gh->call("POST", QStringLiteral("/repos/%1/releases").arg(m_o.repo),
               QJsonObject{{QStringLiteral("tag_name"), m_out.tag},
                           {QStringLiteral("name"), QStringLiteral("%1 %2").arg(m_o.name, m_o.version)},
                           {QStringLiteral("body"), m_o.notes},
                           {QStringLiteral("draft"), false},
                           {QStringLiteral("prerelease"), m_o.version.contains(QLatin1Char('-'))}},
               [this](const Result<GitHubAnswer> &r) {
                   if (!r)
                       return fail(r.error());
                   m_out.createdRelease = true;
                   const QJsonObject rel = r->json.object();
                   upload(rel.value(QStringLiteral("upload_url")).toString(), rel.value(QStringLiteral("html_url")).toString());
               });
}

void ReleaseFlow::upload(const QString &uploadUrl, const QString &htmlUrl)
{
    m_out.releaseUrl = htmlUrl;
    emit progress(StudioTr::tr("Uploading %1 (%2 bytes)...").arg(m_out.assetName).arg(m_out.bytes));
    m_gh->uploadAsset(uploadUrl, m_out.assetName, m_package, [this](const Result<GitHubAnswer> &r) {
        if (!r)
            return fail(r.error());
        m_out.downloadUrl = r->json.object().value(QStringLiteral("browser_download_url")).toString();
        done();
    });
}

} // namespace Studio::Publish
