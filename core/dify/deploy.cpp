// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dify/deploy.h"

#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/package/packagewriter.h"
#include "core/package/signature.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace Studio::Dify {

namespace {

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

QString errorText(const Error &e)
{
    return printable(e.toString(), PrintableMode::MultiLine);
}

} // namespace

QString deployRefusal(const Connection &c, qint64 bytes, bool isSigned, const QString &author,
                      const QString &authorizedCategory)
{
    const QString host = c.baseUrl().host();
    if (isUuid(author))
        return StudioTr::tr("The plugin's author is a UUID (%1): Dify keeps those for debugging plugins and refuses the "
                            "upload (\"cannot set author to an UUID\"). Set a real author in manifest.yaml.")
            .arg(printable(author));
    if (c.marketplaceOnly)
        return StudioTr::tr("The Dify at %1 installs plugins from the Marketplace only (its admin restricted plugin "
                            "installation), so a local package cannot be installed there.")
            .arg(host);
    if (c.installScope == QLatin1String("none"))
        return StudioTr::tr("The Dify at %1 allows no plugin installation (its installation scope is \"none\").").arg(host);
    if (c.installScope == QLatin1String("official_only") && authorizedCategory != QLatin1String("langgenius"))
        return StudioTr::tr("The Dify at %1 installs only official (langgenius-signed) plugins; this package is not one.")
            .arg(host);
    if (c.installScope == QLatin1String("official_and_specific_partners") && authorizedCategory != QLatin1String("langgenius")
        && authorizedCategory != QLatin1String("partner"))
        return StudioTr::tr("The Dify at %1 installs only official and partner plugins (signed as such); this package "
                            "is not one.")
            .arg(host);
    if (bytes > kMaxPackageUploadBytes)
        return StudioTr::tr("The package is %1 MiB; Dify's plugin daemon takes at most %2 MiB (MAX_PLUGIN_PACKAGE_SIZE). "
                            "Leave large files out (.difyignore) or load them at run time.")
            .arg(mib(bytes), mib(kMaxPackageUploadBytes));
    if (c.refusedUploadBytes > 0 && bytes >= c.refusedUploadBytes)
        return StudioTr::tr("The package is %1 MiB; the Dify at %2 already refused %3 MiB as too large (its "
                            "PLUGIN_MAX_PACKAGE_SIZE or nginx's client_max_body_size). Make the package smaller or "
                            "raise that limit.")
            .arg(mib(bytes), host, mib(c.refusedUploadBytes));
    if (c.signaturePolicy == SignaturePolicy::Required && !isSigned)
        return StudioTr::tr("The Dify at %1 refuses unsigned plugins (its daemon runs with FORCE_VERIFYING_SIGNATURE). "
                            "Sign the package with a key that Dify trusts (Deploy > Sign with, or --sign KEY; the key's "
                            "public half listed in THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS), or ask its admin to "
                            "set FORCE_VERIFYING_SIGNATURE=false.")
            .arg(host);
    return {};
}

Deploy::Deploy(Remote *remote, DeployOptions options, QObject *parent)
    : QObject(parent), m_remote(remote), m_options(std::move(options)), m_cancel(std::make_shared<std::atomic_bool>(false))
{}

Deploy::~Deploy()
{
    m_cancel->store(true);
}

void Deploy::cancel()
{
    m_cancel->store(true);
}

void Deploy::start()
{
    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/studio-deploy-XXXXXX"));
    if (!m_tmp->isValid()) {
        QMetaObject::invokeMethod(this, [this] { fail(StudioTr::tr("Cannot make a temporary folder: %1").arg(m_tmp->errorString())); },
                                  Qt::QueuedConnection);
        return;
    }
    emit stage(DeployStage::Packaging, StudioTr::tr("Validating and packaging %1 …").arg(printable(QDir(m_options.projectDir).dirName())));
    m_clock.start();
    Package::PackageOptions po;
    po.outputPath = m_tmp->filePath(QDir(m_options.projectDir).dirName() + QStringLiteral(".difypkg"));
    const QString dir = m_options.projectDir;
    auto cancel = m_cancel;
    auto *watcher = new QFutureWatcher<std::pair<Result<Package::PackageResult>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        msPackaging = m_clock.restart();
        const auto [r, report] = watcher->result();
        if (m_cancel->load())
            return fail(StudioTr::tr("Cancelled."));
        if (!r) {
            if (r.error().code == ErrorCode::ValidationFailed)
                return fail(StudioTr::tr("The plugin does not validate, so it was not deployed:\n%1").arg(report));
            return fail(StudioTr::tr("Packaging failed: %1").arg(errorText(r.error())));
        }
        m_packagePath = r->outputPath;
        m_packageBytes = r->bytesWritten;
        m_files = int(r->files.size());
        m_localIdentifier = r->identifier;
        m_author = r->identifier.section(QLatin1Char('/'), 0, 0);
        packaged();
    });
    watcher->setFuture(QtConcurrent::run([dir, po, cancel]() {
        ValidationReport report;
        auto r = Package::packagePlugin(dir, po, nullptr, cancel.get(), &report);
        report.sort();
        return std::make_pair(std::move(r), report.toText());
    }));
}

void Deploy::packaged()
{
    if (m_options.signingKey.isEmpty())
        return check();
    emit stage(DeployStage::Signing, StudioTr::tr("Signing with %1 …").arg(printable(QFileInfo(m_options.signingKey).fileName())));
    const QString in = m_packagePath, key = m_options.signingKey, category = m_options.signCategory;
    const QString out = m_tmp->filePath(QFileInfo(in).completeBaseName() + QStringLiteral(".signed.difypkg"));
    auto *watcher = new QFutureWatcher<Result<Package::SignResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        msSigning = m_clock.restart();
        const auto r = watcher->result();
        if (!r)
            return fail(StudioTr::tr("Signing failed: %1").arg(errorText(r.error())));
        m_packagePath = r->outputPath;
        m_packageBytes = QFileInfo(r->outputPath).size();
        m_localIdentifier = r->identifier;
        m_category = r->category;
        m_signed = true;
        signedPackage();
    });
    watcher->setFuture(QtConcurrent::run([in, key, category, out] { return Package::signPackage(in, key, category, out); }));
}

void Deploy::signedPackage()
{
    check();
}

void Deploy::check()
{
    if (m_cancel->load())
        return fail(StudioTr::tr("Cancelled."));
    if (!m_remote)
        return fail(StudioTr::tr("The Dify connection went away."));
    emit stage(DeployStage::Checking, StudioTr::tr("Checking what %1 has installed …").arg(m_remote->connection().baseUrl().host()));
    const QString refusal = deployRefusal(m_remote->connection(), m_packageBytes, m_signed, m_author, m_category);
    if (!refusal.isEmpty())
        return fail(refusal);
    const QString pluginId = pluginIdOf(m_localIdentifier);
    QPointer<Deploy> self(this);
    m_remote->installations({pluginId}, [self, pluginId](const Outcome<QList<RemotePlugin>> &r) {
        if (!self)
            return;
        if (!r)
            return self->fail(r.error().message);
        for (const RemotePlugin &p : *r) {
            if (p.pluginId != pluginId)
                continue;
            if (p.uniqueIdentifier == self->m_localIdentifier) {
                self->m_identifier = p.uniqueIdentifier;
                self->m_alreadyInstalled = true;
                return self->succeed();
            }
            if (p.isDebugging())
                continue; // a debugging session of it does not block an install
            if (!self->m_options.replaceInstalled)
                return self->fail(StudioTr::tr("%1 is installed in that Dify workspace already (%2, from %3). Dify "
                                               "installs one version of a plugin, so deploying replaces it: the "
                                               "installed one is uninstalled first (with the credentials and endpoints "
                                               "set up for it there). Deploy again with Replace (--replace) to do so.")
                                      .arg(printable(pluginId), printable(p.version), printable(p.source)));
            self->m_replaced = p.uniqueIdentifier;
            self->m_replacedInstallation = p.installationId;
            self->m_replacedSource = p.source;
        }
        self->upload();
    });
}

void Deploy::upload()
{
    if (m_cancel->load())
        return fail(StudioTr::tr("Cancelled."));
    emit stage(DeployStage::Uploading, StudioTr::tr("Uploading %1 (%2 MiB) …").arg(QFileInfo(m_packagePath).fileName(), mib(m_packageBytes)));
    m_clock.restart();
    QPointer<Deploy> self(this);
    m_remote->uploadPackage(
        m_packagePath,
        [self](const Outcome<UploadResult> &r) {
            if (!self)
                return;
            self->msUpload = self->m_clock.restart();
            if (!r)
                return self->fail(r.error().message);
            self->m_identifier = r->uniqueIdentifier;
            if (self->m_identifier != self->m_localIdentifier)
                qWarning("deploy: Dify computed %s for a package the studio named %s", qPrintable(self->m_identifier),
                         qPrintable(self->m_localIdentifier));
            self->install();
        },
        [self](qint64 sent, qint64 total) {
            if (self)
                emit self->uploadProgress(sent, total);
        });
}

void Deploy::install()
{
    if (m_cancel->load())
        return fail(StudioTr::tr("Cancelled (uploaded, not installed)."));
    QPointer<Deploy> self(this);
    const auto installNew = [self] {
        if (!self)
            return;
        emit self->stage(DeployStage::Installing, StudioTr::tr("Installing %1 …").arg(printable(self->m_identifier)));
        self->m_remote->installPackages({self->m_identifier}, [self](const Outcome<InstallStart> &r) {
            if (!self)
                return;
            if (!r)
                return self->rollBack(r.error().message);
            if (r->allInstalled) {
                self->m_alreadyInstalled = true;
                return self->succeed();
            }
            self->follow(r->taskId);
        });
    };
    if (m_replacedInstallation.isEmpty())
        return installNew();
    emit stage(DeployStage::Installing, StudioTr::tr("Uninstalling %1 …").arg(printable(m_replaced)));
    m_remote->uninstall(m_replacedInstallation, [self, installNew](const Outcome<Nothing> &r) {
        if (!self)
            return;
        if (!r)
            return self->fail(StudioTr::tr("Could not uninstall the installed version %1, so the new one was not "
                                           "installed: %2")
                                  .arg(printable(self->m_replaced), r.error().message));
        installNew();
    });
}

void Deploy::follow(const QString &taskId)
{
    m_taskId = taskId;
    if (!m_options.followTask)
        return succeed();
    auto *f = new TaskFollower(m_remote, taskId, {m_identifier}, this);
    f->setIntervalsMs(m_options.pollFirstMs, m_options.pollLaterMs);
    connect(f, &TaskFollower::progress, this, [this](const RemoteTask &t) {
        m_task = t;
        emit taskProgress(t);
    });
    connect(f, &TaskFollower::finished, this, [this, f](bool ok) {
        f->deleteLater();
        msInstall = m_clock.restart();
        m_task = f->last();
        if (ok)
            return succeed();
        rollBack(f->error());
    });
    f->start();
}

void Deploy::rollBack(const QString &why)
{
    if (m_replaced.isEmpty() || m_replacedSource != QLatin1String("package") || !m_remote)
        return fail(m_replaced.isEmpty() ? why
                                         : StudioTr::tr("%1\nThe version installed before (%2, from %3) was uninstalled; "
                                                        "install it again from where it came.")
                                               .arg(why, printable(m_replaced), printable(m_replacedSource)));
    // A package uploaded before stays in the daemon's store: install it again.
    QPointer<Deploy> self(this);
    const QString why2 = why;
    m_remote->installPackages({m_replaced}, [self, why2](const Outcome<InstallStart> &r) {
        if (!self)
            return;
        if (!r)
            return self->fail(StudioTr::tr("%1\nThe version installed before (%2) was uninstalled and could not be "
                                           "installed again: %3")
                                  .arg(why2, printable(self->m_replaced), r.error().message));
        self->m_rolledBack = true;
        if (r->allInstalled || r->taskId.isEmpty())
            return self->fail(StudioTr::tr("%1\nThe version installed before (%2) is installed again.").arg(why2, printable(self->m_replaced)));
        auto *f = new TaskFollower(self->m_remote, r->taskId, {self->m_replaced}, self);
        f->setIntervalsMs(self->m_options.pollFirstMs, self->m_options.pollLaterMs);
        connect(f, &TaskFollower::finished, self, [self, f, why2](bool ok) {
            f->deleteLater();
            if (!self)
                return;
            self->m_rolledBack = ok;
            self->fail(ok ? StudioTr::tr("%1\nThe version installed before (%2) is installed again.").arg(why2, printable(self->m_replaced))
                          : StudioTr::tr("%1\nThe version installed before (%2) could not be installed again: %3")
                                .arg(why2, printable(self->m_replaced), f->error()));
        });
        f->start();
    });
}

void Deploy::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_ok = false;
    m_error = message;
    emit stage(DeployStage::Done, message);
    emit finished(false);
}

void Deploy::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_ok = true;
    emit stage(DeployStage::Done, m_alreadyInstalled ? StudioTr::tr("%1 is installed already (the same package).").arg(printable(m_identifier))
                                                     : StudioTr::tr("Installed %1.").arg(printable(m_identifier)));
    emit finished(true);
}

QJsonObject Deploy::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), m_ok},
                  {QStringLiteral("identifier"), m_identifier},
                  {QStringLiteral("package_bytes"), double(m_packageBytes)},
                  {QStringLiteral("files"), m_files},
                  {QStringLiteral("signed"), m_signed},
                  {QStringLiteral("already_installed"), m_alreadyInstalled},
                  {QStringLiteral("task_id"), m_taskId},
                  {QStringLiteral("ms"), QJsonObject{{QStringLiteral("packaging"), double(msPackaging)},
                                                     {QStringLiteral("signing"), double(msSigning)},
                                                     {QStringLiteral("upload"), double(msUpload)},
                                                     {QStringLiteral("install"), double(msInstall)}}}};
    if (!m_replaced.isEmpty()) {
        o.insert(QStringLiteral("replaced"), m_replaced);
        o.insert(QStringLiteral("rolled_back"), m_rolledBack);
    }
    if (!m_ok)
        o.insert(QStringLiteral("error"), m_error);
    if (!m_task.id.isEmpty())
        o.insert(QStringLiteral("task"), m_task.toJson());
    return o;
}

} // namespace Studio::Dify
