// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/preflight.h"
#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/net/downloader.h"
#include "core/package/packagereader.h"
#include "core/package/packagewriter.h"
#include "core/plugin/validator.h"
#include "core/publish/githubclient.h"
#include "core/publish/installprobe.h"
#include "core/publish/packagechecks.h"
#include "core/publish/prbody.h"
#include "core/publish/pychecks.h"
#include "core/runtime/pythonenv.h"
#include "core/scaffold/scaffold.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace Studio::Publish {

struct Preflight::Prepared
{
    bool unreadable = false;
    QString error;
    QString packagePath;
    qint64 packageBytes = -1;
    std::unique_ptr<Package::PackageReader> reader;
    ManifestFacts manifest;
    QString unpackedDir;
    QString envSourceDir; // the package without pyproject.toml / uv.lock: installed from requirements.txt, as CI does
    bool hasRequirements = false;
    QList<CheckResult> checks; // done off the GUI thread
    QList<CapabilityCategory> capabilities;
    std::optional<Scaffold::LocalPython> python;
    QString pythonNote;
};

namespace {

Finding notRunFinding(const QString &id, const QString &why)
{
    Finding f;
    f.checkId = id;
    f.code = QStringLiteral("marketplace.not_run");
    f.blocking = true;
    f.message = StudioTr::tr("%1 could not run here: %2").arg(id, why);
    f.fix = StudioTr::tr("Fix what stops it, or skip it on purpose with --skip %1 (the Marketplace will still run it).").arg(id);
    return f;
}

std::optional<QVersionNumber> probeVersion(const QString &interpreter)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(interpreter, {QStringLiteral("--version")});
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        return std::nullopt;
    }
    const QVersionNumber v = Scaffold::parsePythonVersion(QString::fromUtf8(p.readAll().left(4096)));
    if (v.isNull() || p.exitCode() != 0)
        return std::nullopt;
    return v;
}

// The packaging check: what `dify plugin package` refuses (PKG decoding, the manifest's struct
// tags, icons under _assets/, the 50 MiB cap). Other daemon findings are listed as warnings that
// say they are not a Marketplace rule.
void checkPackaging(const FileSet &files, qint64 uncompressed, CheckResult &out)
{
    Plugin::ValidationOptions vo;
    vo.level = Plugin::ValidationLevel::Strict;
    const ValidationReport report = Plugin::validatePlugin(files, vo);
    for (const Diagnostic &d : report.diagnostics()) {
        if (d.severity != Severity::Error)
            continue;
        const bool packager = d.layer == Layer::Pkg || (d.layer == Layer::Strict && d.file == QLatin1String("manifest.yaml"))
                              || d.code == QLatin1String("asset.missing");
        Finding f;
        f.checkId = QStringLiteral("packaging");
        f.code = d.code;
        f.blocking = packager;
        f.file = d.file;
        f.line = d.line;
        f.message = packager ? d.message
                             : StudioTr::tr("%1 (Dify's daemon refuses this when the plugin is installed or debugged; "
                                            "`dify plugin package` does not check it)")
                                   .arg(d.message);
        f.fix = packager ? StudioTr::tr("`dify plugin package`, which the Marketplace re-runs, refuses the plugin until this is fixed.")
                         : StudioTr::tr("Fix it so the plugin installs on Dify.");
        out.findings << f;
    }
    if (uncompressed > 50LL * 1024 * 1024) {
        Finding f;
        f.checkId = QStringLiteral("packaging");
        f.code = QStringLiteral("marketplace.packaging.too_large");
        f.message = StudioTr::tr("The unpacked plugin is %1 bytes; `dify plugin package` refuses more than 50 MiB.").arg(uncompressed);
        f.fix = StudioTr::tr("Leave large files out with .difyignore.");
        out.findings << f;
    }
}

std::shared_ptr<Preflight::Prepared> prepare(const PreflightOptions &o, const QString &tmp)
{
    auto p = std::make_shared<Preflight::Prepared>();
    const QFileInfo fi(o.path);
    if (!fi.exists()) {
        p->unreadable = true;
        p->error = StudioTr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(o.path));
        return p;
    }
    if (fi.isDir()) {
        if (!QFileInfo::exists(QDir(o.path).filePath(QStringLiteral("manifest.yaml")))) {
            p->unreadable = true;
            p->error = StudioTr::tr("%1 has no manifest.yaml: it is not a plugin folder.").arg(QDir::toNativeSeparators(o.path));
            return p;
        }
        // The exact bytes to be submitted: packaged as `package` would, .difyignore applied.
        Package::PackageOptions po;
        po.outputPath = QDir(tmp).filePath(fi.fileName() + QStringLiteral(".difypkg"));
        po.skipValidation = true; // the checks below report every finding; the packager must not stop first
        po.maxSizeBytes = 600LL * 1024 * 1024; // over 50 MiB is reported by package_contents, not refused here
        const auto r = Package::packagePlugin(o.path, po, nullptr, nullptr, nullptr);
        if (!r) {
            p->unreadable = true;
            p->error = StudioTr::tr("Cannot package %1: %2").arg(QDir::toNativeSeparators(o.path), r.error().message);
            return p;
        }
        p->packagePath = r->outputPath;
    } else {
        p->packagePath = fi.absoluteFilePath();
    }
    auto reader = Package::PackageReader::open(p->packagePath, Package::ReadLimits::bundle());
    if (!reader) {
        p->unreadable = true;
        p->error = StudioTr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(p->packagePath), reader.error().message);
        return p;
    }
    p->reader = std::move(*reader);
    const FileSet &files = p->reader->fileSet();
    if (!files.contains(QStringLiteral("manifest.yaml"))) {
        p->unreadable = true;
        p->error = StudioTr::tr("%1 holds no manifest.yaml: it is not a plugin package.").arg(QDir::toNativeSeparators(p->packagePath));
        return p;
    }
    p->packageBytes = p->reader->archiveSize();
    p->manifest = readManifestFacts(files);

    PackageInput in;
    in.files = &files;
    in.packageBytes = p->packageBytes;
    const auto run = [&](const QString &id, const std::function<void(CheckResult &)> &fn) {
        if (o.skip.contains(id))
            return;
        QElapsedTimer t;
        t.start();
        CheckResult c;
        c.id = id;
        fn(c);
        c.elapsedMs = t.elapsed();
        c.settle();
        p->checks << c;
    };
    run(QStringLiteral("package_contents"), [&](CheckResult &c) { checkPackageContents(in, c); });
    run(QStringLiteral("package_secrets"), [&](CheckResult &c) { checkPackageSecrets(in, c); });
    run(QStringLiteral("package_binaries"), [&](CheckResult &c) { checkPackageBinaries(in, c); });
    run(QStringLiteral("manifest_metadata"), [&](CheckResult &c) { checkManifestMetadata(in, c); });
    run(QStringLiteral("readme_metadata"), [&](CheckResult &c) { checkReadmeMetadata(in, c); });
    run(QStringLiteral("plugin_icon"), [&](CheckResult &c) { checkPluginIcon(in, c); });
    run(QStringLiteral("prohibited_financial_activity"), [&](CheckResult &c) { checkFinancialActivity(in, c); });
    run(QStringLiteral("packaging"), [&](CheckResult &c) { checkPackaging(files, p->reader->totalUncompressed(), c); });
    p->capabilities = scanCapabilities(files);
    if (o.prBodyGiven) {
        run(QStringLiteral("pr_body"), [&](CheckResult &c) { checkPrBody(o.prBody, c); });
        run(QStringLiteral("sensitive_capabilities"), [&](CheckResult &c) { checkSecurityNotes(o.prBody, p->capabilities, c); });
        run(QStringLiteral("pr_review_notes"), [&](CheckResult &c) { checkReviewNotes(o.prBody, c); });
    }

    p->unpackedDir = QDir(tmp).filePath(QStringLiteral("unpacked"));
    if (auto x = p->reader->extractTo(p->unpackedDir); !x) {
        p->unreadable = true;
        p->error = StudioTr::tr("Cannot unpack %1: %2").arg(QDir::toNativeSeparators(p->packagePath), x.error().message);
        return p;
    }
    p->hasRequirements = files.contains(QStringLiteral("requirements.txt"));
    if (p->hasRequirements) {
        p->envSourceDir = QDir(tmp).filePath(QStringLiteral("requirements"));
        if (p->reader->extractTo(p->envSourceDir)) {
            QFile::remove(QDir(p->envSourceDir).filePath(QStringLiteral("pyproject.toml")));
            QFile::remove(QDir(p->envSourceDir).filePath(QStringLiteral("uv.lock")));
        } else {
            p->envSourceDir.clear();
        }
    }
    p->python = pickCiPython(o.python, &p->pythonNote);
    return p;
}

} // namespace

std::optional<Scaffold::LocalPython> pickCiPython(const QString &explicitPath, QString *note)
{
    if (!explicitPath.isEmpty()) {
        const auto v = probeVersion(explicitPath);
        if (!v) {
            if (note)
                *note = StudioTr::tr("%1 does not run as a Python interpreter.").arg(explicitPath);
            return std::nullopt;
        }
        if (note)
            *note = *v < QVersionNumber(3, 12) || *v >= QVersionNumber(3, 13)
                        ? StudioTr::tr("on Python %1 (%2) as asked; the Marketplace's CI uses Python 3.12.7").arg(v->toString(), explicitPath)
                        : StudioTr::tr("on Python %1 (%2)").arg(v->toString(), explicitPath);
        return Scaffold::LocalPython{explicitPath, *v};
    }
    const QList<Scaffold::LocalPython> found = Scaffold::findLocalPythons();
    std::optional<Scaffold::LocalPython> best312, newest;
    for (const Scaffold::LocalPython &p : found) {
        if (p.version.majorVersion() == 3 && p.version.minorVersion() == 12 && (!best312 || best312->version < p.version))
            best312 = p;
        if (p.version >= QVersionNumber(3, 12) && (!newest || newest->version < p.version))
            newest = p;
    }
    if (best312) {
        if (note)
            *note = StudioTr::tr("on Python %1 (%2), as the Marketplace's CI (3.12.7)").arg(best312->version.toString(), best312->path);
        return best312;
    }
    if (newest) {
        if (note)
            *note = StudioTr::tr("on Python %1 (%2): no 3.12 here, the Marketplace's CI uses 3.12.7").arg(newest->version.toString(), newest->path);
        return newest;
    }
    QStringList versions;
    for (const Scaffold::LocalPython &p : found)
        versions << p.version.toString();
    if (note)
        *note = versions.isEmpty()
                    ? StudioTr::tr("no Python found; install 3.12 (`uv python install 3.12`) or pass --python")
                    : StudioTr::tr("no Python 3.12 here (found %1); install it (`uv python install 3.12`) or pass --python")
                          .arg(versions.join(QStringLiteral(", ")));
    return std::nullopt;
}

Preflight::Preflight(QObject *parent) : QObject(parent) {}

Preflight::~Preflight()
{
    m_cancelled = true;
    if (m_probe)
        m_probe->cancel();
    if (m_env)
        m_env->cancel();
}

bool Preflight::start(const PreflightOptions &options)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_unreadable = false;
    m_unreadableReason.clear();
    m_options = options;
    m_report = {};
    m_report.source = options.path;
    m_pending = 0;
    m_clock.start();
    m_tmp = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("plugin-studio-preflight-XXXXXX")));
    if (!m_tmp->isValid()) {
        m_unreadable = true;
        m_unreadableReason = StudioTr::tr("Cannot create a temporary folder: %1").arg(m_tmp->errorString());
        QMetaObject::invokeMethod(this, &Preflight::finish, Qt::QueuedConnection);
        return true;
    }
    emit progress(QStringLiteral("package_contents"), StudioTr::tr("Packaging and reading the package..."));
    auto *watcher = new QFutureWatcher<std::shared_ptr<Prepared>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Prepared>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onPrepared(watcher->result());
    });
    const QString tmp = m_tmp->path();
    watcher->setFuture(QtConcurrent::run([options, tmp] { return prepare(options, tmp); }));
    return true;
}

void Preflight::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_py)
        m_py->cancel();
    if (m_env)
        m_env->cancel();
    if (m_probe)
        m_probe->cancel();
    if (m_github)
        m_github->cancelAll();
    if (m_net)
        for (Net::Download *d : m_net->findChildren<Net::Download *>())
            d->cancel();
}

void Preflight::skip(const QString &id, const QString &why)
{
    CheckResult &c = m_report.checkRef(id);
    c.status = CheckStatus::Skipped;
    c.note = why;
    emit checkFinished(id);
}

void Preflight::notRun(const QString &id, const QString &why, bool blocking)
{
    CheckResult &c = m_report.checkRef(id);
    c.status = CheckStatus::NotRun;
    c.note = why;
    if (blocking)
        c.findings << notRunFinding(id, why);
    c.settle();
    emit checkFinished(id);
}

void Preflight::settle(const QString &id)
{
    m_report.checkRef(id).settle();
    emit checkFinished(id);
}

void Preflight::onPrepared(std::shared_ptr<Prepared> prepared)
{
    m_prepared = std::move(prepared);
    if (m_prepared->unreadable) {
        m_unreadable = true;
        m_unreadableReason = m_prepared->error;
        finish();
        return;
    }
    m_report.packagePath = m_prepared->packagePath;
    m_report.author = m_prepared->manifest.author;
    m_report.name = m_prepared->manifest.name;
    m_report.version = m_prepared->manifest.version;
    for (const CheckResult &c : m_prepared->checks) {
        m_report.checkRef(c.id) = c;
        emit checkFinished(c.id);
    }
    for (const QString &id : std::as_const(m_options.skip))
        if (findCheck(id))
            skip(id, StudioTr::tr("skipped on request (--skip %1); the Marketplace still runs it").arg(id));
    if (!m_options.prBodyGiven) {
        const QString why = StudioTr::tr("no PR body given (--pr-body FILE): the pull-request checks are skipped; `publish pr` "
                                         "writes a body that passes them");
        for (const QString &id : {QStringLiteral("pr_body"), QStringLiteral("sensitive_capabilities"), QStringLiteral("pr_review_notes")})
            if (!m_options.skip.contains(id))
                skip(id, why);
    }
    skip(QStringLiteral("access_domains"),
         StudioTr::tr("not reproduced by the studio (warning-only, off by default there; the Marketplace lists the domains on "
                      "the plugin page)"));
    skip(QStringLiteral("dependency_vulnerabilities"),
         StudioTr::tr("not reproduced by the studio (warning-only: the Marketplace looks up exact pins in OSV)"));

    startPythonChecks();
    startDepsInstall();
    startMarketplaceLookups();
    if (m_pending == 0)
        finish();
}

void Preflight::oneDone()
{
    if (--m_pending == 0)
        finish();
}

void Preflight::startPythonChecks()
{
    const bool wantCompile = !m_options.skip.contains(QStringLiteral("python_compile"));
    const bool wantSafety = !m_options.skip.contains(QStringLiteral("python_safety"));
    const bool wantDeps = !m_options.skip.contains(QStringLiteral("package_dependencies"));
    const auto depsWithout = [this](const QString &why) {
        PackageInput in;
        in.files = &m_prepared->reader->fileSet();
        CheckResult &c = m_report.checkRef(QStringLiteral("package_dependencies"));
        PyprojectRead none;
        checkPackageDependencies(in, none, c);
        if (in.files->contains(QStringLiteral("pyproject.toml")))
            c.note = StudioTr::tr("pyproject.toml not read (%1); requirements.txt was checked").arg(why);
        settle(QStringLiteral("package_dependencies"));
    };
    if (!m_prepared->python) {
        if (wantCompile)
            notRun(QStringLiteral("python_compile"), m_prepared->pythonNote, true);
        if (wantSafety)
            notRun(QStringLiteral("python_safety"), m_prepared->pythonNote, false);
        if (wantDeps)
            depsWithout(m_prepared->pythonNote);
        return;
    }
    if (!wantCompile && !wantSafety && !wantDeps)
        return;
    emit progress(QStringLiteral("python_compile"), StudioTr::tr("Compiling the Python files %1...").arg(m_prepared->pythonNote));
    ++m_pending;
    m_py = new PyChecks(this);
    QElapsedTimer *t = new QElapsedTimer;
    t->start();
    connect(m_py, &PyChecks::finished, this, [this, wantCompile, wantSafety, wantDeps, depsWithout, t] {
        const qint64 ms = t->elapsed();
        delete t;
        const PyChecksResult r = m_py->result();
        m_py->deleteLater();
        if (!r.ran) {
            if (wantCompile)
                notRun(QStringLiteral("python_compile"), r.error, true);
            if (wantSafety)
                notRun(QStringLiteral("python_safety"), r.error, false);
            if (wantDeps)
                depsWithout(r.error);
        } else {
            if (wantCompile) {
                CheckResult &c = m_report.checkRef(QStringLiteral("python_compile"));
                c.findings = r.compile;
                c.elapsedMs = ms;
                c.note = StudioTr::tr("Python %1").arg(r.pythonVersion);
                settle(c.id);
            }
            if (wantSafety) {
                CheckResult &c = m_report.checkRef(QStringLiteral("python_safety"));
                c.findings = r.safety;
                settle(c.id);
            }
            if (wantDeps) {
                PackageInput in;
                in.files = &m_prepared->reader->fileSet();
                CheckResult &c = m_report.checkRef(QStringLiteral("package_dependencies"));
                checkPackageDependencies(in, r.pyproject, c);
                settle(c.id);
            }
        }
        oneDone();
    });
    m_py->start(m_prepared->python->path, m_prepared->unpackedDir);
}

void Preflight::startDepsInstall()
{
    const bool wantDeps = !m_options.skip.contains(QStringLiteral("deps_install"));
    const bool wantStart = !m_options.skip.contains(QStringLiteral("plugin_install"));
    if (!wantDeps && !wantStart)
        return;
    if (!m_prepared->hasRequirements) {
        const QString why = StudioTr::tr("the package has no requirements.txt: the Marketplace's CI skips this check (\"Skipped\"); "
                                         "Dify installs from pyproject.toml");
        if (wantDeps)
            skip(QStringLiteral("deps_install"), why);
        if (wantStart)
            skip(QStringLiteral("plugin_install"), why);
        return;
    }
    if (!m_prepared->python || m_prepared->envSourceDir.isEmpty()) {
        const QString why = m_prepared->python ? StudioTr::tr("cannot prepare the install folder") : m_prepared->pythonNote;
        if (wantDeps)
            notRun(QStringLiteral("deps_install"), why, true);
        if (wantStart)
            notRun(QStringLiteral("plugin_install"), why, true);
        return;
    }
    emit progress(QStringLiteral("deps_install"),
                  StudioTr::tr("Installing requirements.txt in a fresh environment %1...").arg(m_prepared->pythonNote));
    ++m_pending;
    m_env = new Runtime::EnvironmentManager(this);
    m_stepClock.start();
    connect(m_env, &Runtime::EnvironmentManager::output, this,
            [this](const QString &line) { emit progress(QStringLiteral("deps_install"), printable(line)); });
    connect(m_env, &Runtime::EnvironmentManager::finished, this, [this, wantDeps, wantStart] {
        const Result<Runtime::PreparedEnv> r = m_env->result();
        m_env->deleteLater();
        if (wantDeps) {
            CheckResult &c = m_report.checkRef(QStringLiteral("deps_install"));
            c.elapsedMs = m_stepClock.elapsed();
            if (r) {
                c.note = r->fromCache ? StudioTr::tr("environment from the cache (%1 ms), Python %2").arg(c.elapsedMs).arg(r->pythonVersion)
                                      : StudioTr::tr("installed in %1 s, Python %2")
                                            .arg(QString::number(double(c.elapsedMs) / 1000.0, 'f', 1), r->pythonVersion);
            } else if (r.error().code != ErrorCode::Cancelled) {
                Finding f;
                f.checkId = c.id;
                f.code = QStringLiteral("marketplace.deps_install.failed");
                f.file = QStringLiteral("requirements.txt");
                f.message = StudioTr::tr("pip install -r requirements.txt failed: %1").arg(r.error().message);
                f.fix = StudioTr::tr("Make every requirement installable on Python 3.12 from PyPI (the sandbox CI retries once with "
                                     "libcairo2-dev, libjpeg-dev and libgif-dev installed).");
                c.findings << f;
            } else {
                c.status = CheckStatus::NotRun;
                c.note = StudioTr::tr("cancelled");
            }
            settle(c.id);
        }
        if (wantStart) {
            if (r)
                startPluginInstall(r->interpreter);
            else
                skip(QStringLiteral("plugin_install"), StudioTr::tr("not run: deps_install failed (the Marketplace stops there too)"));
        }
        oneDone();
    });
    Runtime::EnvOptions eo;
    eo.python = m_prepared->python->path;
    eo.cacheRoot = m_options.envCacheRoot;
    m_env->prepare(m_prepared->envSourceDir, eo);
}

void Preflight::startPluginInstall(const QString &interpreter)
{
    if (m_cancelled) {
        notRun(QStringLiteral("plugin_install"), StudioTr::tr("cancelled"), false);
        return;
    }
    emit progress(QStringLiteral("plugin_install"), StudioTr::tr("Starting the plugin in serverless mode..."));
    ++m_pending;
    m_probe = new InstallProbe(this);
    connect(m_probe, &InstallProbe::finished, this, [this] {
        const InstallProbeResult r = m_probe->result();
        m_probe->deleteLater();
        CheckResult &c = m_report.checkRef(QStringLiteral("plugin_install"));
        c.elapsedMs = r.elapsedMs;
        if (r.ok) {
            c.note = r.message;
        } else if (r.failure == InstallProbeResult::Failure::Cancelled) {
            c.status = CheckStatus::NotRun;
            c.note = r.message;
        } else {
            Finding f;
            f.checkId = c.id;
            f.code = r.failure == InstallProbeResult::Failure::Timeout  ? QStringLiteral("marketplace.plugin_install.timeout")
                     : r.failure == InstallProbeResult::Failure::Status ? QStringLiteral("marketplace.plugin_install.status")
                                                                        : QStringLiteral("marketplace.plugin_install.exited");
            f.file = QStringLiteral("main.py");
            f.message = r.message;
            const QString tail = r.stderrTail.trimmed().right(1500);
            if (!tail.isEmpty())
                f.message += QStringLiteral("\n") + tail;
            f.fix = StudioTr::tr("Run it yourself: INSTALL_METHOD=serverless python -m main in the plugin folder; every provider and "
                                 "its Python module must load on the SDK the requirements install.");
            c.findings << f;
        }
        settle(c.id);
        oneDone();
    });
    m_probe->start(interpreter, m_prepared->unpackedDir, m_options.startWatchdogMs, m_options.startSettleMs);
}

void Preflight::startMarketplaceLookups()
{
    const ManifestFacts &m = m_prepared->manifest;
    const bool wantExists = !m_options.skip.contains(QStringLiteral("version_exists"));
    const bool wantUpdate = !m_options.skip.contains(QStringLiteral("version_update"));
    const bool wantPaths = !m_options.skip.contains(QStringLiteral("pkg_paths"));
    if (m_options.offline) {
        const QString why = StudioTr::tr("--offline: the Marketplace and its repository were not asked");
        for (const QString &id : {QStringLiteral("version_exists"), QStringLiteral("version_update"), QStringLiteral("pkg_paths")})
            if (!m_options.skip.contains(id))
                skip(id, why);
        return;
    }
    if (m.author.isEmpty() || m.name.isEmpty() || m.version.isEmpty()) {
        const QString why = StudioTr::tr("manifest.yaml has no author, name or version to look up");
        for (const QString &id : {QStringLiteral("version_exists"), QStringLiteral("version_update"), QStringLiteral("pkg_paths")})
            if (!m_options.skip.contains(id))
                notRun(id, why, false);
        return;
    }
    if (!m_net)
        m_net = new Net::Downloader(this);
    if (wantExists) {
        emit progress(QStringLiteral("version_exists"), StudioTr::tr("Asking the Marketplace about %1/%2 %3...").arg(m.author, m.name, m.version));
        ++m_pending;
        QUrl url = m_options.marketplace;
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                    + QStringLiteral("/api/v1/plugins/%1/%2/%3")
                          .arg(GitHubClient::encodePath(m.author), GitHubClient::encodePath(m.name), GitHubClient::encodePath(m.version)),
                    QUrl::TolerantMode);
        Net::Request req(url);
        req.deadlineMs = 30000;
        req.stallMs = 10000;
        req.maxBytes = 1024 * 1024;
        for (int s = 300; s < 600; ++s)
            req.acceptStatus << s; // every answer is a result: only 200 with code 0 blocks
        Net::Download *d = m_net->start(req);
        QElapsedTimer *t = new QElapsedTimer;
        t->start();
        connect(d, &Net::Download::finished, this, [this, d, t, m] {
            d->deleteLater();
            CheckResult &c = m_report.checkRef(QStringLiteral("version_exists"));
            c.elapsedMs = t->elapsed();
            delete t;
            if (!d->isOk()) {
                c.status = CheckStatus::NotRun;
                c.note = StudioTr::tr("could not ask the Marketplace (%1); its CI passes this check when the lookup fails")
                             .arg(d->failure()->message);
            } else if (d->httpStatus() == 200
                       && QJsonDocument::fromJson(d->body()).object().value(QStringLiteral("code")).toInt(-1) == 0) {
                Finding f;
                f.checkId = c.id;
                f.code = QStringLiteral("marketplace.version_exists.exists");
                f.file = QStringLiteral("manifest.yaml");
                f.message = StudioTr::tr("version %1 of %2/%3 already exists on the Marketplace").arg(m.version, m.author, m.name);
                f.fix = StudioTr::tr("Raise the top-level `version` in manifest.yaml, then package again.");
                c.findings << f;
            } else {
                c.note = StudioTr::tr("not on the Marketplace yet (HTTP %1)").arg(d->httpStatus());
            }
            settle(c.id);
            oneDone();
        });
    }
    if (!wantUpdate && !wantPaths)
        return;
    emit progress(QStringLiteral("version_update"), StudioTr::tr("Listing %1/%2 in %3...").arg(m.author, m.name, m_options.marketplaceRepo));
    ++m_pending;
    if (!m_github)
        m_github = new GitHubClient(m_options.githubApi, m_options.githubToken, this);
    const QString path = QStringLiteral("/repos/%1/contents/%2/%3?ref=%4")
                             .arg(m_options.marketplaceRepo, GitHubClient::encodePath(m.author), GitHubClient::encodePath(m.name),
                                  QString::fromLatin1(QUrl::toPercentEncoding(m_options.marketplaceBranch)));
    m_github->get(path, [this, wantUpdate, wantPaths, m](const Result<GitHubAnswer> &r) {
        if (!r) {
            const QString why = StudioTr::tr("could not list %1 on GitHub: %2").arg(m_options.marketplaceRepo, r.error().message);
            if (wantUpdate)
                notRun(QStringLiteral("version_update"), why, false);
            if (wantPaths)
                notRun(QStringLiteral("pkg_paths"), why, false);
            oneDone();
            return;
        }
        const QString ours = QStringLiteral("%1-%2.difypkg").arg(m.name, m.version);
        const QString folder = QStringLiteral("%1/%2").arg(m.author, m.name);
        QStringList siblings;
        bool exists = false;
        if (r->status == 200)
            for (const QJsonValue &v : r->json.array()) {
                const QString name = v.toObject().value(QStringLiteral("name")).toString();
                if (!name.endsWith(QLatin1String(".difypkg")))
                    continue;
                if (name == ours)
                    exists = true;
                else
                    siblings << name;
            }
        m_report.repositoryListed = true;
        for (const QString &sib : std::as_const(siblings))
            if (const QString v = versionFromFileName(sib); !v.isEmpty())
                m_report.earlierVersions << v;
        if (exists)
            m_report.earlierVersions << m.version;
        if (wantPaths) {
            CheckResult &c = m_report.checkRef(QStringLiteral("pkg_paths"));
            c.note = StudioTr::tr("`publish pr` adds exactly one file: %1/%2").arg(folder, ours);
            if (exists) {
                Finding f;
                f.checkId = c.id;
                f.code = QStringLiteral("marketplace.pkg_paths.exists");
                f.file = QStringLiteral("manifest.yaml");
                f.message = StudioTr::tr("%1/%2 is already in %3: a pull request may not overwrite an earlier submission")
                                .arg(folder, ours, m_options.marketplaceRepo);
                f.fix = StudioTr::tr("Raise the top-level `version` in manifest.yaml.");
                c.findings << f;
            }
            settle(c.id);
        }
        if (wantUpdate) {
            CheckResult &c = m_report.checkRef(QStringLiteral("version_update"));
            std::optional<bool> update = m_options.prBodyGiven ? isVersionUpdate(m_options.prBody) : std::nullopt;
            bool inferred = false;
            if (!m_options.prBodyGiven) {
                update = !siblings.isEmpty() || exists;
                inferred = true;
            }
            if (!update.value_or(false)) {
                c.note = inferred ? StudioTr::tr("a new plugin: no earlier package in %1/").arg(folder)
                                  : StudioTr::tr("the PR body ticks \"New plugin\": not checked");
            } else {
                const QString current = m_prepared->manifest.firstVersionLine;
                QStringList versions;
                for (const QString &s : std::as_const(siblings))
                    if (const QString v = versionFromFileName(s); !v.isEmpty())
                        versions << v;
                if (exists)
                    versions << m.version;
                if (current.isEmpty()) {
                    Finding f;
                    f.checkId = c.id;
                    f.code = QStringLiteral("marketplace.version_update.no_version");
                    f.file = QStringLiteral("manifest.yaml");
                    f.message = StudioTr::tr("version update check could not read manifest.yaml version");
                    f.fix = StudioTr::tr("Put the top-level `version:` line above `meta:` in manifest.yaml.");
                    c.findings << f;
                } else if (versions.isEmpty()) {
                    Finding f;
                    f.checkId = c.id;
                    f.code = QStringLiteral("marketplace.version_update.no_sibling");
                    f.blocking = false;
                    f.message = StudioTr::tr("version update PR has no previous package version in %1/ to compare against").arg(folder);
                    f.fix = StudioTr::tr("Tick \"New plugin\" if this is the first submission.");
                    c.findings << f;
                } else {
                    QString highest = versions.first();
                    for (const QString &v : std::as_const(versions))
                        if (compareMarketplaceVersions(v, highest) > 0)
                            highest = v;
                    c.note = StudioTr::tr("%1 earlier package(s) in %2/, highest %3%4")
                                 .arg(versions.size())
                                 .arg(folder, highest, inferred ? StudioTr::tr(" (version update inferred: no PR body)") : QString());
                    if (compareMarketplaceVersions(current, highest) <= 0) {
                        Finding f;
                        f.checkId = c.id;
                        f.code = QStringLiteral("marketplace.version_update.not_greater");
                        f.file = QStringLiteral("manifest.yaml");
                        f.message = StudioTr::tr("version update must increment manifest.yaml version: current %1, latest previous %2")
                                        .arg(printable(current), printable(highest));
                        f.fix = StudioTr::tr("Set the top-level `version` above %1.").arg(printable(highest));
                        c.findings << f;
                    }
                }
            }
            settle(c.id);
        }
        oneDone();
    }, {404});
}

void Preflight::finish()
{
    if (!m_running)
        return;
    // Every check of the catalogue has a line, in its order.
    for (const CheckInfo &info : marketplaceChecks()) {
        if (!m_report.check(info.id)) {
            CheckResult &c = m_report.checkRef(info.id);
            c.status = CheckStatus::NotRun;
            c.note = m_cancelled ? StudioTr::tr("cancelled") : StudioTr::tr("not run");
        }
    }
    m_report.elapsedMs = m_clock.elapsed();
    m_running = false;
    emit finished();
}

PreflightReport Preflight::runBlocking(const PreflightOptions &options, bool *unreadable, QString *reason,
                                       const std::function<void(const QString &, const QString &)> &onProgress)
{
    Preflight p;
    QEventLoop loop;
    QObject::connect(&p, &Preflight::finished, &loop, &QEventLoop::quit);
    if (onProgress)
        QObject::connect(&p, &Preflight::progress, &p, onProgress);
    p.start(options);
    if (p.isRunning())
        loop.exec();
    if (unreadable)
        *unreadable = p.unreadable();
    if (reason)
        *reason = p.unreadableReason();
    return p.report();
}

} // namespace Studio::Publish
