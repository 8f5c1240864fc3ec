// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/offlineexport.h"
#include "core/common/tr.h"

#include "core/package/packagereader.h"
#include "core/package/packagewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Studio::Workspace {


static bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString rel = QDir(from).relativeFilePath(src);
        if (rel.startsWith(QLatin1String(".venv/")) || rel.startsWith(QLatin1String("__pycache__/")) || rel.contains(QLatin1String("/__pycache__/")))
            continue;
        const QString dst = to + QLatin1Char('/') + rel;
        QDir().mkpath(QFileInfo(dst).absolutePath());
        if (!QFile::copy(src, dst))
            return false;
    }
    return true;
}

static QString manifestField(const QByteArray &manifest, const char *key)
{
    for (const QByteArray &line : manifest.split('\n'))
        if (line.startsWith(QByteArray(QByteArray(key) + ":")))
            return QString::fromUtf8(line.mid(int(qstrlen(key)) + 1)).trimmed().remove(QLatin1Char('"')).remove(QLatin1Char('\''));
    return {};
}

Result<OfflineExportResult> exportOffline(const QString &source, const QString &outDir, const OfflineExportOptions &options,
                                          const std::function<void(const QString &)> &progress, const std::atomic_bool *cancel)
{
    auto say = [&](const QString &s) {
        if (progress)
            progress(s);
    };
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create a temporary folder for the offline export."));
    const QString src = tmp.path() + QStringLiteral("/plugin");
    const QFileInfo fi(source);
    if (fi.isDir()) {
        if (!copyTree(fi.absoluteFilePath(), src))
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot copy %1.").arg(source), source);
    } else if (fi.isFile()) {
        say(StudioTr::tr("Extracting %1").arg(source));
        auto reader = Package::PackageReader::open(source);
        if (!reader)
            return reader.error();
        if (VoidResult r = (*reader)->extractTo(src, nullptr, cancel); !r)
            return r.error();
    } else {
        return Error(ErrorCode::NotFound, StudioTr::tr("%1 is neither a .difypkg nor a plugin folder.").arg(source), source);
    }
    QDir dir(src);
    QFile manifestFile(dir.filePath(QStringLiteral("manifest.yaml")));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 has no manifest.yaml; it is not a plugin.").arg(source), source);
    const QByteArray manifest = manifestFile.readAll();
    manifestFile.close();

    // The requirements to download.
    QByteArray requirements;
    if (QFile req(dir.filePath(QStringLiteral("requirements.txt"))); req.open(QIODevice::ReadOnly)) {
        requirements = req.readAll();
    } else if (dir.exists(QStringLiteral("pyproject.toml"))) {
        say(StudioTr::tr("Exporting requirements.txt from pyproject.toml with uv"));
        auto exported = Package::uvExportRequirements(src);
        if (!exported)
            return Error(exported.error().code, StudioTr::tr("The plugin only has pyproject.toml and `uv export` failed: %1").arg(exported.error().message));
        requirements = exported.value();
    } else {
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 has neither requirements.txt nor pyproject.toml; nothing to download.").arg(source));
    }
    // Drop index options the original may carry; keep the requirement lines.
    QByteArray cleaned;
    for (const QByteArray &raw : requirements.split('\n')) {
        const QByteArray l = raw.trimmed();
        if (l.startsWith("--index-url") || l.startsWith("-i ") || l.startsWith("--extra-index-url") || l.startsWith("--no-index")
            || l.startsWith("--find-links") || l.startsWith("-f "))
            continue;
        cleaned += raw + '\n';
    }
    QFile reqOut(dir.filePath(QStringLiteral("requirements.txt")));
    if (!reqOut.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write requirements.txt."));
    reqOut.write(cleaned);
    reqOut.close();

    // pip download.
    const bool current = options.platform.isEmpty() || options.platform == QLatin1String("current");
    const QString python = options.python.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : options.python;
    if (python.isEmpty())
        return Error(ErrorCode::ProcessFailed, StudioTr::tr("python3 was not found; install Python 3 (with pip) to download wheels."));
    QStringList pipArgs{QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("download"), QStringLiteral("--disable-pip-version-check"),
                        QStringLiteral("--only-binary=:all:"), QStringLiteral("-r"), dir.filePath(QStringLiteral("requirements.txt")),
                        QStringLiteral("-d"), dir.filePath(QStringLiteral("wheels"))};
    if (!current) {
        pipArgs << QStringLiteral("--platform") << options.platform;
        if (!options.pythonVersion.isEmpty())
            pipArgs << QStringLiteral("--python-version") << options.pythonVersion;
    }
    pipArgs << options.extraPipArgs;
    say(StudioTr::tr("Downloading wheels for %1 (python %2)").arg(current ? StudioTr::tr("this machine") : options.platform,
                                                           options.pythonVersion.isEmpty() ? StudioTr::tr("default") : options.pythonVersion));
    QProcess pip;
    pip.setProcessChannelMode(QProcess::MergedChannels);
    pip.start(python, pipArgs);
    if (!pip.waitForStarted(30000))
        return Error(ErrorCode::ProcessFailed, StudioTr::tr("Cannot start %1: %2").arg(python, pip.errorString()));
    QByteArray log;
    QElapsedTimer clock;
    clock.start();
    while (!pip.waitForFinished(200)) {
        const QByteArray chunk = pip.readAll();
        log += chunk;
        for (const QByteArray &line : chunk.split('\n'))
            if (!line.trimmed().isEmpty())
                say(QString::fromUtf8(line.trimmed()));
        if ((cancel && *cancel) || clock.elapsed() > options.timeoutMs) {
            pip.kill();
            pip.waitForFinished(5000);
            return Error(cancel && *cancel ? ErrorCode::Cancelled : ErrorCode::Timeout,
                         cancel && *cancel ? StudioTr::tr("The offline export was cancelled.") : StudioTr::tr("pip download took too long."));
        }
    }
    log += pip.readAll();
    if (pip.exitStatus() != QProcess::NormalExit || pip.exitCode() != 0)
        return Error(ErrorCode::ProcessFailed,
                     StudioTr::tr("pip download failed (exit %1). Some requirement has no wheel for %2; the last lines were:\n%3")
                         .arg(pip.exitCode()).arg(current ? StudioTr::tr("this machine") : options.platform,
                                                  QString::fromUtf8(log.right(1500)).trimmed()));
    const QStringList wheels = QDir(dir.filePath(QStringLiteral("wheels"))).entryList({QStringLiteral("*.whl")}, QDir::Files, QDir::Name);

    // requirements.txt that installs from the bundled wheels only.
    if (!reqOut.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write requirements.txt."));
    reqOut.write("--no-index\n--find-links=./wheels/\n" + cleaned);
    reqOut.close();
    // pyproject.toml/uv.lock would take precedence over requirements.txt and reach for an index.
    QFile::remove(dir.filePath(QStringLiteral("uv.lock")));
    if (dir.exists(QStringLiteral("pyproject.toml")))
        QFile::remove(dir.filePath(QStringLiteral("pyproject.toml")));

    const QString name = manifestField(manifest, "name"), version = manifestField(manifest, "version");
    OfflineExportOptions o = options;
    Package::PackageOptions popts;
    popts.outputPath = o.outputPath.isEmpty()
        ? QDir(outDir).filePath(QStringLiteral("%1-%2-%3-offline.difypkg").arg(name, version, current ? QStringLiteral("current") : o.platform))
        : o.outputPath;
    popts.maxSizeBytes = 2048 * Package::kMiB;
    popts.skipValidation = true; // the original passed (or was installed); wheels are data
    QDir().mkpath(QFileInfo(popts.outputPath).absolutePath());
    say(StudioTr::tr("Packaging %1").arg(popts.outputPath));
    auto packaged = Package::packagePlugin(src, popts, nullptr, cancel);
    if (!packaged)
        return packaged.error();
    OfflineExportResult r;
    r.outputPath = packaged->outputPath;
    r.identifier = packaged->identifier;
    r.wheels = wheels;
    r.notice = StudioTr::tr("The offline package is UNSIGNED (repackaging changes its checksum): sign it with your key and trust that key, "
                  "or allow unsigned packages where you install it.");
    return r;
}

} // namespace Studio::Workspace
