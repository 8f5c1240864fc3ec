// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/installtask.h"
#include "core/common/tr.h"

#include "core/common/printable.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/net/downloader.h"
#include "core/package/checksum.h"
#include "core/package/signature.h"
#include "core/plugin/loader.h"

#include <QTimeZone>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent>

namespace Studio::Workspace {


// ---------------------------------------------------------------- source parsing

Result<InstallSource> InstallSource::parse(const QString &specIn)
{
    const QString spec = specIn.trimmed();
    InstallSource s;
    if (spec.startsWith(QLatin1String("marketplace:"))) {
        s.kind = Kind::Marketplace;
        s.identifier = spec.mid(12);
        if (!Marketplace::splitIdentifier(s.identifier))
            return Error(ErrorCode::InvalidInput,
                         StudioTr::tr("\"%1\" is not a Marketplace identifier; use marketplace:org/name:version@checksum "
                            "(see `market show org/name`).").arg(s.identifier));
        return s;
    }
    if (spec.startsWith(QLatin1String("marketplace-bundle:"))) {
        static const QRegularExpression re(QStringLiteral("^marketplace-bundle:([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)@([0-9A-Za-z.+-]+)$"));
        const auto m = re.match(spec);
        if (!m.hasMatch())
            return Error(ErrorCode::InvalidInput,
                         StudioTr::tr("\"%1\" is not a Marketplace bundle; use marketplace-bundle:ORG/NAME@VERSION.").arg(spec));
        s.kind = Kind::MarketplaceBundle;
        s.identifier = m.captured(1);
        s.release = m.captured(2);
        return s;
    }
    if (spec.startsWith(QLatin1String("github:"))) {
        static const QRegularExpression re(QStringLiteral("^github:([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)@([^/]+)/([^/]+)$"));
        const auto m = re.match(spec);
        if (!m.hasMatch())
            return Error(ErrorCode::InvalidInput,
                         StudioTr::tr("\"%1\" is not a GitHub release source; use github:OWNER/REPO@VERSION/ASSET.difypkg.").arg(spec));
        s.kind = Kind::Github;
        s.repo = m.captured(1);
        s.release = m.captured(2);
        s.asset = m.captured(3);
        return s;
    }
    const QFileInfo fi(spec);
    if (!fi.isFile())
        return Error(ErrorCode::NotFound, StudioTr::tr("%1 is not a file; give a .difypkg, a .difybndl, marketplace:ID or "
                                             "github:OWNER/REPO@VERSION/ASSET.").arg(spec), spec);
    s.path = fi.absoluteFilePath();
    s.kind = spec.endsWith(QLatin1String(".difybndl"), Qt::CaseInsensitive) ? Kind::BundleFile : Kind::PackageFile;
    return s;
}

QString InstallSource::describe() const
{
    switch (kind) {
    case Kind::PackageFile:
    case Kind::BundleFile: return path;
    case Kind::Marketplace: return QStringLiteral("marketplace:") + identifier;
    case Kind::Github: return QStringLiteral("github:%1@%2/%3").arg(repo, release, asset);
    case Kind::MarketplaceBundle: return QStringLiteral("marketplace-bundle:%1@%2").arg(identifier, release);
    }
    return {};
}

// ---------------------------------------------------------------- jobs

struct InstallTask::Job
{
    enum class Kind { Bytes, File, Marketplace, Github, MarketplacePattern, GithubPattern };
    Kind kind = Kind::File;
    QString path;
    QString identifier;
    QUrl url;
    QString pattern;
    QByteArray bytes;
    QString source = QStringLiteral("package"); // marketplace|github|package
    QJsonObject meta;
    bool inBundle = false;
    QString label;
};

struct InstallTask::Prepared
{
    std::shared_ptr<Package::PackageReader> reader;
    QString author, name, version, checksum, identifier, category, label;
    Package::VerifyResult verify;
    QString targetDir;
    bool reuse = false;
};

InstallTask::InstallTask(WorkspaceStore *workspace, InstallSource source, InstallOptions options, QObject *parent)
    : QObject(parent), m_ws(workspace), m_source(std::move(source)), m_options(std::move(options))
{
}

InstallTask::~InstallTask()
{
    m_cancel = true;
    if (m_cancelCurrent)
        m_cancelCurrent();
}

void InstallTask::report(const QString &message)
{
    // Progress lines carry text from packages, bundles, servers and pip: shown escaped everywhere.
    const QString line = printable(message, PrintableMode::MultiLine);
    if (!m_taskId.isEmpty())
        (void)m_ws->updateTask(m_taskId, QStringLiteral("running"), line);
    emit progress(line);
}

void InstallTask::fail(const Error &eIn)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancel = true; // stops an extraction still running on the worker thread
    m_cancelCurrent = nullptr;
    Error e = eIn;
    // An extracted folder that was never committed goes now (or when its extraction stops).
    if (!m_pendingDir.isEmpty() && !m_extracting && !m_ws->isFolderReferenced(m_pendingDir))
        QDir(m_pendingDir).removeRecursively();
    if (m_source.isBundle() && m_jobIndex > 0) {
        const QString undone = rollbackBundle();
        e.message = StudioTr::tr("Bundle dependency %1 of %2 (%3) failed: %4 %5")
                        .arg(m_jobIndex).arg(m_jobCount).arg(m_jobLabel, e.message, undone);
    }
    e.message = printable(e.message, PrintableMode::MultiLine); // it quotes packages and servers
    m_error = e;
    if (!m_taskId.isEmpty())
        (void)m_ws->updateTask(m_taskId, e.code == ErrorCode::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                               e.message, e.message);
    m_lock.reset();
    emit finished();
}

namespace {
const QString kJournal = QStringLiteral("bundle_journal");

QJsonObject rowToJson(const InstalledPlugin &p)
{
    return QJsonObject{{QStringLiteral("plugin_id"), p.pluginId},
                       {QStringLiteral("version"), p.version},
                       {QStringLiteral("unique_identifier"), p.uniqueIdentifier},
                       {QStringLiteral("source"), p.source},
                       {QStringLiteral("source_meta"), p.sourceMeta},
                       {QStringLiteral("category"), p.category},
                       {QStringLiteral("label"), p.label},
                       {QStringLiteral("signature_category"), p.signatureCategory},
                       {QStringLiteral("signed"), p.isSigned},
                       {QStringLiteral("verified"), p.verified},
                       {QStringLiteral("install_path"), p.installPath},
                       {QStringLiteral("installed_at"), p.installedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("enabled"), p.enabled}};
}

InstalledPlugin rowFromJson(const QJsonObject &o)
{
    InstalledPlugin p;
    p.pluginId = o.value(QStringLiteral("plugin_id")).toString();
    p.version = o.value(QStringLiteral("version")).toString();
    p.uniqueIdentifier = o.value(QStringLiteral("unique_identifier")).toString();
    p.source = o.value(QStringLiteral("source")).toString();
    p.sourceMeta = o.value(QStringLiteral("source_meta")).toObject();
    p.category = o.value(QStringLiteral("category")).toString();
    p.label = o.value(QStringLiteral("label")).toString();
    p.signatureCategory = o.value(QStringLiteral("signature_category")).toString();
    p.isSigned = o.value(QStringLiteral("signed")).toBool();
    p.verified = o.value(QStringLiteral("verified")).toBool();
    p.installPath = o.value(QStringLiteral("install_path")).toString();
    p.installedAt = QDateTime::fromString(o.value(QStringLiteral("installed_at")).toString(), Qt::ISODateWithMs);
    p.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    return p;
}

// Undoes applied (row, previous) pairs, newest first; removes the folders of the undone rows that
// nothing references any more. Credentials, endpoints and plugin storage are kept.
QStringList undoApplied(WorkspaceStore &ws, const QList<QPair<InstalledPlugin, std::optional<InstalledPlugin>>> &applied,
                        QStringList *problems)
{
    QStringList done;
    for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
        const InstalledPlugin &row = it->first;
        const std::optional<InstalledPlugin> &previous = it->second;
        if (previous) {
            auto r = ws.putInstalled(*previous);
            if (r)
                done << StudioTr::tr("restored %1 %2").arg(previous->pluginId, previous->version);
            else
                *problems << StudioTr::tr("could not restore %1 %2 (%3)").arg(previous->pluginId, previous->version, r.error().message);
        } else if (ws.installed(row.pluginId)) {
            auto r = ws.removeInstalled(row.pluginId, true);
            if (r)
                done << StudioTr::tr("removed %1").arg(row.pluginId);
            else
                *problems << StudioTr::tr("could not remove %1 (%2)").arg(row.pluginId, r.error().message);
        }
    }
    for (const auto &a : applied) {
        if (a.first.installPath.isEmpty() || ws.isFolderReferenced(a.first.installPath))
            continue;
        QDir(a.first.installPath).removeRecursively();
        QDir().rmdir(QFileInfo(a.first.installPath).absolutePath()); // the author's folder, when now empty
    }
    return done;
}
} // namespace

QStringList recoverInterruptedBundle(WorkspaceStore &workspace)
{
    const QString text = workspace.setting(kJournal);
    if (text.isEmpty())
        return {};
    QList<QPair<InstalledPlugin, std::optional<InstalledPlugin>>> applied;
    const QJsonArray entries = QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("applied")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        std::optional<InstalledPlugin> previous;
        if (e.value(QStringLiteral("previous")).isObject())
            previous = rowFromJson(e.value(QStringLiteral("previous")).toObject());
        applied.append({rowFromJson(e.value(QStringLiteral("row")).toObject()), previous});
    }
    QStringList problems;
    QStringList done = undoApplied(workspace, applied, &problems);
    if (problems.isEmpty())
        (void)workspace.setSetting(kJournal, QString());
    return done + problems;
}

void InstallTask::writeJournal(const InstalledPlugin *pending, const std::optional<InstalledPlugin> &pendingPrevious)
{
    QJsonArray applied;
    auto entry = [](const InstalledPlugin &row, const std::optional<InstalledPlugin> &previous) {
        return QJsonObject{{QStringLiteral("row"), rowToJson(row)},
                           {QStringLiteral("previous"), previous ? QJsonValue(rowToJson(*previous)) : QJsonValue()}};
    };
    for (const Applied &a : std::as_const(m_applied))
        applied.append(entry(a.row, a.previous));
    if (pending)
        applied.append(entry(*pending, pendingPrevious));
    (void)m_ws->setSetting(kJournal, applied.isEmpty() ? QString()
                                                       : QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("task"), m_taskId},
                                                                                                      {QStringLiteral("applied"), applied}})
                                                                               .toJson(QJsonDocument::Compact)));
}

QString InstallTask::rollbackBundle()
{
    if (m_applied.isEmpty()) {
        writeJournal(nullptr, std::nullopt);
        return StudioTr::tr("Nothing had been installed yet; the workspace is unchanged.");
    }
    QList<QPair<InstalledPlugin, std::optional<InstalledPlugin>>> pairs;
    for (const Applied &a : std::as_const(m_applied))
        pairs.append({a.row, a.previous});
    QStringList problems;
    const QStringList done = undoApplied(*m_ws, pairs, &problems);
    if (problems.isEmpty()) {
        m_applied.clear();
        writeJournal(nullptr, std::nullopt); // nothing left to recover
    }
    m_outcome.rolledBack = done;
    m_outcome.installed.clear();
    m_outcome.previous.clear();
    m_applied.clear();
    if (!problems.isEmpty())
        return StudioTr::tr("The rollback was incomplete: %1 (done: %2). Check the installed list.")
            .arg(problems.join(QStringLiteral("; ")), done.join(QStringLiteral(", ")));
    return StudioTr::tr("The workspace was rolled back (%1).").arg(done.join(QStringLiteral(", ")));
}

void InstallTask::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelCurrent = nullptr;
    // A bundle kept the replaced versions' folders until now.
    if (!m_applied.isEmpty()) {
        const QList<Applied> kept = m_applied;
        m_applied.clear();
        writeJournal(nullptr, std::nullopt);
        m_applied = kept;
    }
    for (const Applied &a : std::as_const(m_applied))
        if (a.previous && !m_ws->isFolderReferenced(a.previous->installPath))
            QDir(a.previous->installPath).removeRecursively();
    m_applied.clear();
    QStringList ids;
    for (const InstalledPlugin &p : m_outcome.installed)
        ids << p.uniqueIdentifier;
    if (!m_taskId.isEmpty())
        (void)m_ws->updateTask(m_taskId, QStringLiteral("success"), StudioTr::tr("Installed %1").arg(ids.join(QStringLiteral(", "))), {},
                               m_outcome.installed.isEmpty() ? QString() : m_outcome.installed.last().pluginId);
    m_lock.reset();
    emit finished();
}

void InstallTask::cancel()
{
    if (m_finished)
        return;
    m_cancel = true;
    auto c = m_cancelCurrent;
    m_cancelCurrent = nullptr;
    fail(Error(ErrorCode::Cancelled, StudioTr::tr("The install was cancelled; the previous version (if any) is still installed.")));
    if (c)
        c();
}

bool InstallTask::waitForFinished(int timeoutMs)
{
    if (!m_started)
        start();
    if (m_finished)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(this, &InstallTask::finished, &loop, &QEventLoop::quit);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return m_finished;
}

void InstallTask::start()
{
    if (m_started)
        return;
    m_started = true;
    auto created = m_ws->createTask(m_source.describe());
    if (created)
        m_taskId = created.value();
    m_lock = std::make_unique<QLockFile>(m_ws->installLockPath());
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(2000)) {
        m_lock.reset();
        QTimer::singleShot(0, this, [this] {
            fail(Error(ErrorCode::Conflict, StudioTr::tr("Another install is running in this workspace (%1 is locked); wait for it to finish.")
                                                .arg(m_ws->installLockPath())));
        });
        return;
    }
    if (!m_options.envPreparer && !m_options.skipEnv)
        m_options.envPreparer = runtimeEnvPreparer();
    if (!m_options.githubToken)
        m_options.githubToken = resolveGithubToken(*m_ws);
    Job job;
    switch (m_source.kind) {
    case InstallSource::Kind::PackageFile:
        job.kind = Job::Kind::File;
        job.path = m_source.path;
        job.label = QFileInfo(m_source.path).fileName();
        break;
    case InstallSource::Kind::BundleFile: {
        QTimer::singleShot(0, this, [this] {
            QFile f(m_source.path);
            const Package::ReadLimits bl = Package::ReadLimits::bundle();
            if (f.size() > bl.maxArchiveBytes)
                return fail(Error(ErrorCode::TooLarge, StudioTr::tr("The bundle %1 is larger than %2 MiB.").arg(m_source.path).arg(bl.maxArchiveBytes / Package::kMiB)));
            if (!f.open(QIODevice::ReadOnly))
                return fail(Error(ErrorCode::IoError, StudioTr::tr("Cannot read %1: %2").arg(m_source.path, f.errorString()), m_source.path));
            expandBundle(f.readAll());
        });
        return;
    }
    case InstallSource::Kind::MarketplaceBundle:
        QTimer::singleShot(0, this, [this] { fetchMarketplaceBundle(); });
        return;
    case InstallSource::Kind::Marketplace:
        job.kind = Job::Kind::Marketplace;
        job.identifier = m_source.identifier;
        job.source = QStringLiteral("marketplace");
        job.meta = QJsonObject{{QStringLiteral("plugin_unique_identifier"), m_source.identifier}};
        job.label = m_source.identifier;
        break;
    case InstallSource::Kind::Github:
        job = githubReleaseJob(m_source.repo, m_source.release, m_source.asset);
        break;
    }
    m_jobs.append(job);
    QTimer::singleShot(0, this, &InstallTask::nextJob);
}

void InstallTask::nextJob()
{
    if (m_finished)
        return;
    if (m_cancel)
        return fail(Error(ErrorCode::Cancelled, StudioTr::tr("The install was cancelled.")));
    if (m_jobs.isEmpty())
        return succeed();
    const Job job = m_jobs.takeFirst();
    ++m_jobIndex;
    m_jobLabel = job.label;
    fetch(job);
}

QString resolveGithubToken(const WorkspaceStore &workspace, const QString &explicitToken)
{
    if (!explicitToken.trimmed().isEmpty())
        return explicitToken.trimmed();
    const QString env = qEnvironmentVariable("GITHUB_TOKEN").trimmed();
    if (!env.isEmpty())
        return env;
    return workspace.githubToken();
}

bool InstallTask::isGithubApi(const QUrl &url) const
{
    return Net::sameOrigin(url, m_options.githubApiBase);
}

void InstallTask::fetchUrl(const QUrl &url, bool package, const std::function<void(Result<Net::Download *>)> &done)
{
    if (!m_net)
        m_net = new Net::Downloader(this);
    Net::Request req(url);
    req.stallMs = m_options.networkTimeoutMs;
    req.deadlineMs = package ? m_options.downloadDeadlineMs : qMax(120000, 2 * m_options.networkTimeoutMs);
    const QString token = m_options.githubToken.value_or(QString());
    const bool api = isGithubApi(url);
    if (api) {
        // The token goes to the GitHub API origin only: a redirect to another host (a download
        // host, a mirror) never carries it, while a same-origin redirect on the API keeps it.
        req.addHeader("Accept", "application/vnd.github+json", Net::HeaderScope::SameOrigin);
        if (!token.isEmpty())
            req.addHeader("Authorization", "Bearer " + token.toUtf8(), Net::HeaderScope::SameOrigin);
    }
    if (package) {
        // A release asset is a plugin package: the package limit, streamed to the workspace's
        // downloads folder (cleaned at the next open should the studio die meanwhile).
        req.sink = Net::Sink::File;
        req.tempDir = m_ws->downloadsDir();
        req.maxBytes = m_options.limits.maxArchiveBytes;
    } else {
        req.maxBytes = Net::kMaxJsonAnswerBytes;
    }
    Net::Download *d = m_net->start(req);
    QPointer<Net::Download> guard(d);
    m_cancelCurrent = [guard] {
        if (guard)
            guard->cancel();
    };
    if (package)
        connect(d, &Net::Download::progress, this, [this, url](qint64 got, qint64 total) {
            if (total > 0)
                emit progress(StudioTr::tr("Downloading %1: %2 / %3 KiB").arg(printable(url.fileName())).arg(got / 1024).arg(total / 1024));
        });
    connect(d, &Net::Download::finished, this, [this, d, url, done, token, package] {
        m_cancelCurrent = nullptr;
        if (d->isOk() && !m_finished)
            return done(d); // the caller owns it now
        d->deleteLater();
        if (m_finished)
            return;
        const Net::Failure f = *d->failure();
        const int status = f.httpStatus;
        const bool withToken = !token.isEmpty() && isGithubApi(d->url());
        const QString host = printable(d->url().host());
        const QByteArray remaining = d->rawHeader("x-ratelimit-remaining");
        if (f.kind == Net::FailureKind::HttpStatus && (status == 403 || status == 429)
            && (remaining.trimmed() == "0" || (status == 429 && remaining.isEmpty()))) {
            const qint64 reset = d->rawHeader("x-ratelimit-reset").toLongLong();
            const QString when = reset > 0 ? StudioTr::tr(" It resets at %1 UTC.").arg(QDateTime::fromSecsSinceEpoch(reset, QTimeZone(0)).toString(QStringLiteral("HH:mm")))
                                           : QString();
            return done(Error(ErrorCode::NetworkError,
                              withToken ? StudioTr::tr("GitHub's rate limit for your token was reached (HTTP %1 from %2).%3 Wait, or use another token.")
                                              .arg(status).arg(host, when)
                                        : StudioTr::tr("GitHub's rate limit for anonymous requests was reached (HTTP %1 from %2).%3 Set a GitHub "
                                             "token (Workspace Settings > GitHub token, the GITHUB_TOKEN environment variable or "
                                             "--github-token) to get a much higher limit.")
                                              .arg(status).arg(host, when)));
        }
        if (f.kind == Net::FailureKind::HttpStatus && status == 401 && withToken)
            return done(Error(ErrorCode::PermissionDenied, StudioTr::tr("GitHub refused the token (HTTP 401 from %1). Check or replace the GitHub "
                                                              "token in Workspace Settings, GITHUB_TOKEN or --github-token.").arg(host)));
        if (f.kind == Net::FailureKind::TooLarge && package)
            return done(Error(ErrorCode::TooLarge, StudioTr::tr("%1 is larger than the package limit of %2 MiB; it was refused and nothing was kept.")
                                                       .arg(printable(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)))
                                                       .arg(m_options.limits.maxArchiveBytes / Package::kMiB)));
        done(f.toError());
    });
}

void InstallTask::fetch(const Job &job)
{
    switch (job.kind) {
    case Job::Kind::Bytes:
        return processBytes(job, job.bytes);
    case Job::Kind::File:
        report(StudioTr::tr("Reading %1").arg(job.path));
        return processBytes(job, {}, job.path);
    case Job::Kind::Marketplace: {
        if (!m_market)
            return fail(Error(ErrorCode::InvalidInput, StudioTr::tr("No Marketplace client is configured for a marketplace install.")));
        report(StudioTr::tr("Downloading %1 from the Marketplace").arg(job.identifier));
        Marketplace::MarketplaceReply *r = m_market->download(job.identifier);
        QPointer<Marketplace::MarketplaceReply> guard(r);
        m_cancelCurrent = [guard] {
            if (guard)
                guard->abort();
        };
        connect(r, &Marketplace::MarketplaceReply::downloadProgress, this, [this, job](qint64 got, qint64 total) {
            if (total > 0)
                emit progress(StudioTr::tr("Downloading %1: %2 / %3 KiB").arg(printable(job.identifier)).arg(got / 1024).arg(total / 1024));
        });
        connect(r, &Marketplace::MarketplaceReply::finished, this, [this, r, job] {
            m_cancelCurrent = nullptr;
            if (m_finished || !r->isOk()) {
                r->deleteLater();
                return m_finished ? void() : fail(*r->error());
            }
            // The reply holds the verified package file until it has been read.
            processBytes(job, {}, r->filePath(), r);
        });
        return;
    }
    case Job::Kind::Github:
        report(StudioTr::tr("Downloading %1").arg(job.url.toString()));
        return fetchUrl(job.url, true, [this, job](Result<Net::Download *> d) {
            if (!d)
                return fail(d.error());
            processBytes(job, {}, d.value()->filePath(), d.value());
        });
    case Job::Kind::MarketplacePattern:
        report(StudioTr::tr("Resolving %1 with the Marketplace").arg(job.pattern));
        return resolveMarketplacePattern(job.pattern, [this, job](Result<QString> uid) {
            if (!uid)
                return fail(uid.error());
            Job next = job;
            next.kind = Job::Kind::Marketplace;
            next.identifier = uid.value();
            next.meta = QJsonObject{{QStringLiteral("plugin_unique_identifier"), uid.value()}};
            fetch(next);
        });
    case Job::Kind::GithubPattern:
        report(StudioTr::tr("Resolving %1 with GitHub releases").arg(job.pattern));
        return resolveGithubPattern(job.pattern, [this, job](Result<QUrl> url, QJsonObject meta) {
            if (!url)
                return fail(url.error());
            Job next = job;
            next.kind = Job::Kind::Github;
            next.url = url.value();
            next.meta = meta;
            fetch(next);
        });
    }
}

void InstallTask::resolveMarketplacePattern(const QString &pattern, const std::function<void(Result<QString>)> &done)
{
    const std::optional<Plugin::PluginIdentifier> m = Plugin::PluginIdentifier::parsePattern(pattern);
    if (!m)
        return done(Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1\" is not a marketplace pattern (org/plugin:VERSION).").arg(pattern)));
    if (!m_market)
        return done(Error(ErrorCode::InvalidInput, StudioTr::tr("No Marketplace client is configured to resolve %1.").arg(pattern)));
    const QString versionPattern = m->version;
    Marketplace::MarketplaceReply *r = m_market->versions(m->author, m->name);
    connect(r, &Marketplace::MarketplaceReply::finished, this, [this, r, pattern, versionPattern, done] {
        r->deleteLater();
        if (m_finished)
            return;
        if (!r->isOk())
            return done(*r->error());
        const QList<Marketplace::VersionInfo> versions = r->versions();
        QStringList available;
        for (const auto &v : versions)
            available << v.version;
        const std::optional<QString> best = resolveVersionPattern(versionPattern, available);
        if (!best)
            return done(Error(ErrorCode::NotFound, StudioTr::tr("No Marketplace version of %1 matches (available: %2).")
                                                       .arg(pattern, available.join(QStringLiteral(", ")))));
        for (const auto &v : versions)
            if (v.version == *best && !v.uniqueIdentifier.isEmpty())
                return done(v.uniqueIdentifier);
        done(Error(ErrorCode::InvalidInput, StudioTr::tr("The Marketplace listed %1 %2 without an identifier.").arg(pattern, *best)));
    });
}

void InstallTask::resolveGithubPattern(const QString &pattern, const std::function<void(Result<QUrl>, QJsonObject)> &done)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9_.-]{1,64}/[A-Za-z0-9_.-]{1,128}):([^/]+)/([^/]+)$"));
    const auto m = re.match(pattern);
    if (!m.hasMatch())
        return done(Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1\" is not a GitHub pattern (owner/repo:VERSION/asset).").arg(pattern)), {});
    const QString repo = m.captured(1), versionPattern = m.captured(2), asset = m.captured(3);
    QUrl api = m_options.githubApiBase;
    QString base = api.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    api.setPath(base + QStringLiteral("/repos/%1/releases").arg(repo));
    fetchUrl(api, false, [this, repo, versionPattern, asset, pattern, done](Result<Net::Download *> d) {
        if (!d)
            return done(d.error(), {});
        d.value()->deleteLater();
        const QJsonDocument doc = QJsonDocument::fromJson(d.value()->body());
        QJsonArray releases = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("releases")).toArray();
        QMap<QString, QString> tagByVersion; // normalised version -> tag
        for (const QJsonValue &v : releases) {
            const QJsonObject o = v.toObject();
            QString tag = o.value(QStringLiteral("tag_name")).toString();
            if (tag.isEmpty())
                tag = o.value(QStringLiteral("tag")).toString();
            if (tag.isEmpty())
                continue;
            const QString ver = tag.startsWith(QLatin1Char('v')) ? tag.mid(1) : tag;
            tagByVersion.insert(ver, tag);
        }
        if (tagByVersion.isEmpty())
            return done(Error(ErrorCode::NotFound, StudioTr::tr("No releases found for %1 on GitHub.").arg(repo)), {});
        const std::optional<QString> best = resolveVersionPattern(versionPattern, tagByVersion.keys());
        if (!best)
            return done(Error(ErrorCode::NotFound, StudioTr::tr("No GitHub release of %1 matches %2 (tags: %3).")
                                                       .arg(repo, versionPattern, tagByVersion.values().join(QStringLiteral(", ")))), {});
        const QString tag = tagByVersion.value(*best);
        QUrl u = m_options.githubDownloadBase;
        QString p = u.path();
        while (p.endsWith(QLatin1Char('/')))
            p.chop(1);
        u.setPath(p + QStringLiteral("/%1/releases/download/%2/%3").arg(repo, tag, asset));
        done(u, QJsonObject{{QStringLiteral("repo"), repo}, {QStringLiteral("version"), tag}, {QStringLiteral("package"), asset}});
        Q_UNUSED(pattern);
    });
}

InstallTask::Job InstallTask::githubReleaseJob(const QString &repo, const QString &release, const QString &asset) const
{
    Job job;
    job.kind = Job::Kind::Github;
    QUrl u = m_options.githubDownloadBase;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + QStringLiteral("/%1/releases/download/%2/%3").arg(repo, release, asset));
    job.url = u;
    job.source = QStringLiteral("github");
    job.meta = QJsonObject{{QStringLiteral("repo"), repo}, {QStringLiteral("version"), release}, {QStringLiteral("package"), asset}};
    job.label = QStringLiteral("github:%1@%2/%3").arg(repo, release, asset);
    return job;
}

void InstallTask::fetchMarketplaceBundle()
{
    if (!m_market)
        return fail(Error(ErrorCode::InvalidInput, StudioTr::tr("No Marketplace is configured to install %1 from.").arg(m_source.describe())));
    const QString org = m_source.identifier.section(QLatin1Char('/'), 0, 0);
    const QString name = m_source.identifier.section(QLatin1Char('/'), 1);
    report(StudioTr::tr("Reading bundle %1 %2 from the Marketplace").arg(m_source.identifier, m_source.release));
    Marketplace::MarketplaceReply *r = m_market->bundleDetail(org, name, m_source.release);
    connect(r, &Marketplace::MarketplaceReply::finished, this, [this, r] {
        r->deleteLater();
        if (m_finished)
            return;
        if (!r->isOk())
            return fail(Error(ErrorCode::NetworkError, StudioTr::tr("The Marketplace could not give the contents of bundle %1 %2: %3")
                                                           .arg(m_source.identifier, m_source.release,
                                                                r->error() ? r->error()->message : QString())));
        const QList<Marketplace::Dependency> deps = r->bundleDependencies();
        if (deps.isEmpty())
            return fail(Error(ErrorCode::InvalidInput, StudioTr::tr("The bundle %1 has no dependencies to install.").arg(m_source.describe())));
        for (const Marketplace::Dependency &d : deps) {
            Job job;
            job.inBundle = true;
            QString pluginId, version, pattern, uid;
            if (d.type == QLatin1String("marketplace") && Marketplace::marketplaceDependencyTarget(d, &pluginId, &version, &pattern, &uid)) {
                job.source = QStringLiteral("marketplace");
                if (!uid.isEmpty()) {
                    job.kind = Job::Kind::Marketplace;
                    job.identifier = uid;
                    job.meta = QJsonObject{{QStringLiteral("plugin_unique_identifier"), uid}};
                    job.label = uid;
                } else {
                    job.kind = Job::Kind::MarketplacePattern;
                    job.pattern = pattern.isEmpty() ? pluginId + QLatin1Char(':') + version : pattern;
                    job.label = job.pattern;
                }
            } else if (d.type == QLatin1String("github")) {
                // An exact release (repo, version = tag, package = asset), or a bundle-style pattern.
                const QString repo = d.value.value(QStringLiteral("repo")).toString();
                const QString release = d.value.value(QStringLiteral("version")).toString();
                const QString asset = d.value.value(QStringLiteral("package")).toString();
                if (!repo.isEmpty() && !release.isEmpty() && !asset.isEmpty()) {
                    job = githubReleaseJob(repo, release, asset);
                } else {
                    job.kind = Job::Kind::GithubPattern;
                    job.pattern = d.value.value(QStringLiteral("repo_pattern")).toString();
                    job.source = QStringLiteral("github");
                    job.label = job.pattern;
                }
                job.inBundle = true;
            } else if (d.type == QLatin1String("package") && !d.value.value(QStringLiteral("unique_identifier")).toString().isEmpty()) {
                // A package dependency of a published bundle is served by the Marketplace by its identifier.
                job.kind = Job::Kind::Marketplace;
                job.identifier = d.value.value(QStringLiteral("unique_identifier")).toString();
                job.meta = QJsonObject{{QStringLiteral("plugin_unique_identifier"), job.identifier}};
                job.source = QStringLiteral("marketplace");
                job.label = job.identifier;
            } else {
                return fail(Error(ErrorCode::Unsupported, StudioTr::tr("The bundle has a dependency the studio cannot fetch (type \"%1\": %2).")
                                                              .arg(d.type, QString::fromUtf8(QJsonDocument(d.value).toJson(QJsonDocument::Compact)).left(200))));
            }
            m_jobs.append(job);
        }
        m_jobCount = int(m_jobs.size());
        report(StudioTr::tr("Bundle %1 %2: %3 dependencies").arg(m_source.identifier, m_source.release).arg(m_jobs.size()));
        nextJob();
    });
}

void InstallTask::expandBundle(const QByteArray &bytes)
{
    report(StudioTr::tr("Reading bundle %1").arg(m_source.path));
    auto reader = Package::PackageReader::fromBytes(bytes, QFileInfo(m_source.path).fileName(), Package::ReadLimits::bundle());
    if (!reader)
        return fail(reader.error());
    auto manifestBytes = (*reader)->read(QStringLiteral("manifest.yaml"));
    if (!manifestBytes)
        return fail(Error(ErrorCode::InvalidInput, StudioTr::tr("failed to load bundle manifest: %1").arg(manifestBytes.error().message)));
    ValidationReport rep;
    auto manifest = Plugin::loadBundleManifest(manifestBytes.value(), &rep);
    if (!manifest)
        return fail(Error(ErrorCode::InvalidInput, StudioTr::tr("failed to load bundle manifest: %1").arg(manifest.error().toString())));
    if (manifest->dependencies.isEmpty())
        return fail(Error(ErrorCode::InvalidInput, StudioTr::tr("The bundle %1 has no dependencies to install.").arg(m_source.path)));
    for (const Plugin::BundleDependency &d : manifest->dependencies) {
        Job job;
        job.inBundle = true;
        job.label = d.pattern;
        if (d.type == QLatin1String("package")) {
            auto data = (*reader)->read(QStringLiteral("_assets/") + d.pattern);
            if (!data)
                return fail(Error(ErrorCode::InvalidInput, StudioTr::tr("failed to fetch package from bundle: _assets/%1 (%2)")
                                                               .arg(d.pattern, data.error().message)));
            job.kind = Job::Kind::Bytes;
            job.bytes = data.value();
            job.source = QStringLiteral("package");
        } else if (d.type == QLatin1String("marketplace")) {
            job.kind = Job::Kind::MarketplacePattern;
            job.pattern = d.pattern;
            job.source = QStringLiteral("marketplace");
        } else if (d.type == QLatin1String("github")) {
            job.kind = Job::Kind::GithubPattern;
            job.pattern = d.pattern;
            job.source = QStringLiteral("github");
        } else {
            return fail(Error(ErrorCode::Unsupported, StudioTr::tr("The bundle has a dependency of unknown type \"%1\".").arg(d.type)));
        }
        m_jobs.append(job);
    }
    m_jobCount = int(m_jobs.size());
    report(StudioTr::tr("Bundle %1 %2: %3 dependencies").arg(manifest->name, manifest->version).arg(m_jobs.size()));
    nextJob();
}

void InstallTask::processBytes(const Job &job, const QByteArray &bytes, const QString &file, QObject *holder)
{
    if (m_cancel) {
        if (holder)
            holder->deleteLater();
        return fail(Error(ErrorCode::Cancelled, StudioTr::tr("The install was cancelled.")));
    }
    report(StudioTr::tr("Checking %1").arg(printable(job.label)));
    QList<Package::PublicKey> keys;
    for (const TrustedKey &k : m_ws->trustedKeys()) {
        auto pk = Package::loadPublicKeyFromPem(k.pem, k.name);
        if (pk)
            keys.append(pk.value());
    }
    const Package::ReadLimits limits = m_options.limits;
    const QString origin = job.kind == Job::Kind::File ? QFileInfo(job.path).fileName() : job.label;
    const QString shownPath = job.kind == Job::Kind::File ? job.path : printable(job.label);
    auto *watcher = new QFutureWatcher<Result<std::shared_ptr<Prepared>>>(this);
    // What holds the downloaded file (the reply, the download) lives until the file has been read,
    // and no longer: the file is gone before the task reports anything.
    if (holder)
        holder->setParent(watcher);
    QPointer<QObject> held(holder);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job, held] {
        delete held.data();
        watcher->deleteLater();
        if (m_finished)
            return;
        Result<std::shared_ptr<Prepared>> r = watcher->result();
        if (!r)
            return fail(r.error());
        decide(job, r.value());
    });
    watcher->setFuture(QtConcurrent::run([bytes, file, shownPath, limits, origin, keys]() -> Result<std::shared_ptr<Prepared>> {
        QByteArray data = bytes;
        if (!file.isEmpty()) {
            QFile f(file);
            if (f.size() > limits.maxArchiveBytes)
                return Error(ErrorCode::TooLarge, StudioTr::tr("%1 is %2 MiB, more than the package limit of %3 MiB.")
                                                      .arg(shownPath).arg(f.size() / Package::kMiB).arg(limits.maxArchiveBytes / Package::kMiB), shownPath);
            if (!f.open(QIODevice::ReadOnly))
                return Error(ErrorCode::IoError, StudioTr::tr("Cannot read %1: %2").arg(shownPath, f.errorString()), shownPath);
            data = f.read(limits.maxArchiveBytes + 1);
            if (data.size() > limits.maxArchiveBytes)
                return Error(ErrorCode::TooLarge, StudioTr::tr("%1 is more than the package limit of %2 MiB.")
                                                      .arg(shownPath).arg(limits.maxArchiveBytes / Package::kMiB), shownPath);
        }
        auto reader = Package::PackageReader::fromBytes(data, origin, limits);
        if (!reader)
            return reader.error();
        auto p = std::make_shared<Prepared>();
        p->reader = std::shared_ptr<Package::PackageReader>(std::move(reader.value()));
        auto sum = p->reader->checksum();
        if (!sum)
            return sum.error();
        p->checksum = sum.value();
        const Plugin::LoadResult loaded = Plugin::loadPlugin(p->reader->fileSet());
        if (!loaded.ok)
            return Error(ErrorCode::ValidationFailed,
                         StudioTr::tr("%1 is not a valid plugin package: %2").arg(origin, loaded.firstError()));
        const Plugin::Manifest &m = loaded.declaration.manifest;
        p->author = m.author.value;
        p->name = m.name.value;
        p->version = m.version.value;
        p->label = m.label.text();
        p->category = Plugin::categoryName(loaded.declaration.category());
        p->identifier = Package::uniqueIdentifier(p->author, p->name, p->version, p->checksum);
        p->verify = Package::verifyPackage(*p->reader, keys, true);
        return p;
    }));
}

void InstallTask::decide(const Job &job, std::shared_ptr<Prepared> p)
{
    const QString pluginId = Plugin::pluginIdOf(p->author, p->name);
    if (Plugin::isUuid(p->author))
        return fail(Error(ErrorCode::InvalidInput, StudioTr::tr("cannot set author to an UUID: %1 is reserved for remote-debug plugins.").arg(p->author)));
    if (p->author.isEmpty())
        return fail(Error(ErrorCode::InvalidInput, StudioTr::tr("The package %1 has no author in manifest.yaml.").arg(job.label)));
    if (!job.identifier.isEmpty()) {
        // A package fetched by identifier must be the one asked for: a mirror, a presigned URL
        // (#16) or a proxy must not hand over another plugin, another version or altered bytes.
        const QString asked = job.identifier;
        const std::optional<Plugin::PluginIdentifier> want = Plugin::PluginIdentifier::split(asked);
        const bool sameRelease = want && want->author == p->author && want->name == p->name && want->version == p->version;
        if (!sameRelease || (Plugin::isSha256Hex(want->checksum) && want->checksum != p->checksum))
            return fail(Error(ErrorCode::Unsafe,
                              StudioTr::tr("The package downloaded for %1 is %2: it is not the package that was asked for (the "
                                 "download was altered or the source is wrong). Nothing was installed; try again, or "
                                 "download the package yourself and install it from the file.")
                                  .arg(asked, p->identifier)));
    }
    if (!m_options.upgradePluginId.isEmpty()) {
        if (pluginId != m_options.upgradePluginId)
            return fail(Error(ErrorCode::Conflict, StudioTr::tr("original and new plugin id are different: %1 is installed, the package is %2.")
                                                       .arg(m_options.upgradePluginId, pluginId)));
        if (!m_ws->installed(pluginId))
            return fail(Error(ErrorCode::NotFound, StudioTr::tr("%1 is not installed; use install instead of upgrade.").arg(pluginId)));
    }
    // Signature policy (§2.8).
    const bool allowUnsigned = m_options.allowUnsigned.value_or(m_ws->allowUnsignedPackages());
    if (!p->verify.verified) {
        const QString why = p->verify.isSigned ? StudioTr::tr("its signature does not verify with the official key or a trusted key (%1)").arg(p->verify.error)
                                               : StudioTr::tr("it is not signed");
        if (!allowUnsigned)
            return fail(Error(ErrorCode::SignatureInvalid,
                              StudioTr::tr("plugin verification has been enabled, and the plugin you want to install has a bad signature: "
                                 "%1 %2. Trust the signer's public key, or allow unsigned packages (--allow-unsigned) if you trust the source.")
                                  .arg(p->identifier, why)));
        m_outcome.warnings << StudioTr::tr("WARNING: installing %1 although %2 (unsigned packages are allowed).").arg(p->identifier, why);
        emit progress(printable(m_outcome.warnings.last(), PrintableMode::MultiLine));
    }
    if (job.inBundle && p->author == QLatin1String("langgenius")
        && !(p->verify.verified && p->verify.category == QLatin1String("langgenius")))
        return fail(Error(ErrorCode::SignatureInvalid,
                          StudioTr::tr("%1 claims the author langgenius but is not signed with the langgenius category; refused inside a bundle.")
                              .arg(p->identifier)));

    p->targetDir = QDir::cleanPath(m_ws->pluginsDir() + QLatin1Char('/') + p->author + QLatin1Char('/') + p->name + QLatin1Char('-')
                                   + p->version + QLatin1Char('@') + p->checksum);
    if (QFileInfo::exists(p->targetDir)) {
        if (m_ws->isFolderReferenced(p->targetDir)) {
            p->reuse = true; // the same identifier is installed: nothing to extract
        } else if (!QDir(p->targetDir).removeRecursively()) {
            return fail(Error(ErrorCode::IoError, StudioTr::tr("Cannot remove the stale folder %1.").arg(p->targetDir)));
        }
    }
    if (p->reuse)
        return afterExtract(job, p);
    report(StudioTr::tr("Extracting %1").arg(p->identifier));
    QDir().mkpath(QFileInfo(p->targetDir).absolutePath());
    m_pendingDir = p->targetDir;
    m_extracting = true;
    auto *watcher = new QFutureWatcher<VoidResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job, p] {
        watcher->deleteLater();
        m_extracting = false;
        if (m_finished) {
            if (!m_ws->isFolderReferenced(p->targetDir))
                QDir(p->targetDir).removeRecursively();
            return;
        }
        VoidResult r = watcher->result();
        if (!r)
            return fail(r.error());
        afterExtract(job, p);
    });
    const std::atomic_bool *cancel = &m_cancel;
    watcher->setFuture(QtConcurrent::run([p, cancel]() -> VoidResult { return p->reader->extractTo(p->targetDir, nullptr, cancel); }));
}

void InstallTask::afterExtract(const Job &job, std::shared_ptr<Prepared> p)
{
    if (m_options.skipEnv || !m_options.envPreparer)
        return commit(job, p);
    report(StudioTr::tr("Preparing the Python environment of %1").arg(p->identifier));
    m_cancelCurrent = m_options.envPreparer(
        p->targetDir, [this](const QString &line) { emit progress(printable(line, PrintableMode::MultiLine)); },
        [this, job, p](VoidResult r) {
            m_cancelCurrent = nullptr;
            if (m_finished) {
                if (!p->reuse && !m_ws->isFolderReferenced(p->targetDir))
                    QDir(p->targetDir).removeRecursively();
                return;
            }
            if (!r) {
                // The new folder stays unreferenced; remove it now (the old version is untouched).
                if (!p->reuse)
                    QDir(p->targetDir).removeRecursively();
                return fail(Error(r.error().code, StudioTr::tr("The Python environment of %1 could not be prepared: %2").arg(p->identifier, r.error().message)));
            }
            commit(job, p);
        });
}

void InstallTask::commit(const Job &job, std::shared_ptr<Prepared> p)
{
    if (m_cancel)
        return fail(Error(ErrorCode::Cancelled, StudioTr::tr("The install was cancelled.")));
    InstalledPlugin row;
    row.pluginId = Plugin::pluginIdOf(p->author, p->name);
    row.version = p->version;
    row.uniqueIdentifier = p->identifier;
    row.source = job.source;
    row.sourceMeta = job.meta;
    row.category = p->category;
    row.label = p->label;
    row.isSigned = p->verify.isSigned;
    row.verified = p->verify.verified;
    row.signatureCategory = p->verify.verified ? p->verify.category : QString();
    row.installPath = p->targetDir;
    row.installedAt = QDateTime::currentDateTimeUtc();
    if (m_source.isBundle())
        writeJournal(&row, m_ws->installed(row.pluginId)); // write-ahead: a kill from here on is undone at the next open
    auto previous = m_ws->putInstalled(row);
    if (!previous) {
        if (!p->reuse)
            QDir(p->targetDir).removeRecursively();
        return fail(previous.error());
    }
    m_pendingDir.clear();
    if (m_source.isBundle())
        m_applied.append(Applied{row, previous.value()}); // the old folder stays until the whole bundle succeeds
    else if (previous->has_value() && (*previous)->installPath != row.installPath && !m_ws->isFolderReferenced((*previous)->installPath))
        QDir((*previous)->installPath).removeRecursively();
    m_outcome.installed.append(row);
    m_outcome.previous.append(previous.value());
    emit progress(printable(previous->has_value()
                                ? StudioTr::tr("Installed %1 (was %2), signature: %3").arg(row.uniqueIdentifier, (*previous)->version,
                                                                                 row.verified ? row.signatureCategory : StudioTr::tr("unverified"))
                                : StudioTr::tr("Installed %1, signature: %2").arg(row.uniqueIdentifier, row.verified ? row.signatureCategory : StudioTr::tr("unverified"))));
    nextJob();
}

Result<InstalledPlugin> uninstallPlugin(WorkspaceStore &workspace, const QString &pluginId, bool keepCredentials)
{
    QLockFile lock(workspace.installLockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(5000))
        return Error(ErrorCode::Conflict, StudioTr::tr("Another install is running in this workspace; try again when it has finished."));
    auto removed = workspace.removeInstalled(pluginId, keepCredentials);
    if (!removed)
        return removed.error();
    if (!workspace.isFolderReferenced(removed->installPath))
        QDir(removed->installPath).removeRecursively();
    return removed;
}

} // namespace Studio::Workspace
