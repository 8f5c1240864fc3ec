// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/packagewriter.h"
#include "core/common/tr.h"

#include "core/common/outputfile.h"
#include "core/package/checksum.h"
#include "core/package/ignorerules.h"
#include "core/package/manifestinfo.h"
#include "core/package/zipwriter_p.h"
#include "core/plugin/diagnosticcodes.h"
#include "core/plugin/loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QFuture>
#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace Studio::Package {

namespace {


// Records which files the loader looked at, so we can tell when one of them is ignored.
class TrackingFileSet final : public FileSet
{
public:
    explicit TrackingFileSet(const FileSet &inner) : m_inner(inner) {}
    QStringList paths() const override { return m_inner.paths(); }
    bool contains(const QString &path) const override
    {
        const bool c = m_inner.contains(path);
        if (c)
            touch(path);
        return c;
    }
    Result<QByteArray> read(const QString &path) const override
    {
        auto r = m_inner.read(path);
        if (r)
            touch(path);
        return r;
    }
    qint64 size(const QString &path) const override { return m_inner.size(path); }
    QString origin() const override { return m_inner.origin(); }
    QSet<QString> touched() const
    {
        QMutexLocker l(&m_mutex);
        return m_touched;
    }

private:
    void touch(const QString &p) const
    {
        QMutexLocker l(&m_mutex);
        m_touched.insert(p);
    }
    const FileSet &m_inner;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_touched;
};

Diagnostic studioWarning(Plugin::DiagnosticCode code, const QString &message, const QString &file = QString())
{
    return Plugin::makeDiagnostic(code, message, file);
}

QString humanSize(qint64 bytes)
{
    if (bytes >= kMiB)
        return QStringLiteral("%1 MiB").arg(double(bytes) / double(kMiB), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 B").arg(bytes);
}

} // namespace

QList<Diagnostic> packagingAdvice(const QStringList &packagedPaths)
{
    struct Rule
    {
        Plugin::DiagnosticCode code;
        const char *line; // what to add to .difyignore
        const char *what;
        std::function<bool(const QStringList &segs)> match;
    };
    const QList<Rule> rules = {
        {Plugin::DiagnosticCode::PackageBeyondGit, ".git/", QT_TRANSLATE_NOOP("Studio", "Git metadata"),
         [](const QStringList &s) { return s.size() > 1 && s.mid(0, s.size() - 1).contains(QStringLiteral(".git")); }},
        {Plugin::DiagnosticCode::PackageBeyondVenv, ".venv/", QT_TRANSLATE_NOOP("Studio", "a Python virtual environment"),
         [](const QStringList &s) {
             for (int i = 0; i + 1 < s.size(); ++i) {
                 if (s.at(i) == QLatin1String(".venv") || s.at(i) == QLatin1String("venv"))
                     return true;
             }
             return false;
         }},
        {Plugin::DiagnosticCode::PackageBeyondPycache, "__pycache__/", QT_TRANSLATE_NOOP("Studio", "Python bytecode caches"),
         [](const QStringList &s) { return s.mid(0, s.size() - 1).contains(QStringLiteral("__pycache__")) || s.last().endsWith(QLatin1String(".pyc")); }},
        {Plugin::DiagnosticCode::PackageBeyondEnv, ".env", QT_TRANSLATE_NOOP("Studio", "an .env file with secrets"),
         [](const QStringList &s) { return s.last() == QLatin1String(".env"); }},
        {Plugin::DiagnosticCode::PackageBeyondPrivatekey, "*.pem", QT_TRANSLATE_NOOP("Studio", "private keys"),
         [](const QStringList &s) {
             const QString n = s.last();
             return n.endsWith(QLatin1String(".pem")) || n.endsWith(QLatin1String(".key"))
                    || n == QLatin1String("id_rsa") || n == QLatin1String("id_ed25519");
         }},
        {Plugin::DiagnosticCode::PackageBeyondDifypkg, "*.difypkg", QT_TRANSLATE_NOOP("Studio", "other plugin packages"),
         [](const QStringList &s) { return s.last().endsWith(QLatin1String(".difypkg")); }},
    };
    QList<Diagnostic> out;
    for (const Rule &r : rules) {
        QStringList hits;
        for (const QString &p : packagedPaths) {
            if (r.match(p.split(QLatin1Char('/'))))
                hits << p;
        }
        if (hits.isEmpty())
            continue;
        out << studioWarning(r.code,
                             StudioTr::tr("%1 would be packaged (%2 file(s), e.g. %3). Dify has no built-in ignore "
                                "list: add the line `%4` to .difyignore.")
                                 .arg(StudioTr::tr(r.what))
                                 .arg(hits.size())
                                 .arg(hits.first(), QString::fromLatin1(r.line)),
                             hits.first());
    }
    return out;
}

Result<QByteArray> uvExportRequirements(const QString &dir)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString uv = env.value(QStringLiteral("UV_PATH"));
    if (uv.isEmpty())
        uv = QStandardPaths::findExecutable(QStringLiteral("uv"));
    if (uv.isEmpty() || !QFileInfo(uv).isExecutable())
        return Error(ErrorCode::ProcessFailed,
                     StudioTr::tr("uv is not installed: install it (pip install uv) or add requirements.txt. "
                        "The plugin has pyproject.toml and uv.lock but no requirements.txt, so Dify "
                        "needs `uv export` to generate one."));
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(uv, {QStringLiteral("export"), QStringLiteral("--frozen"), QStringLiteral("--format"),
                 QStringLiteral("requirements.txt"), QStringLiteral("--no-group"), QStringLiteral("dev"),
                 QStringLiteral("--no-emit-project"), QStringLiteral("--no-hashes"),
                 QStringLiteral("--no-header"), QStringLiteral("--no-annotate")});
    if (!p.waitForStarted(30000))
        return Error(ErrorCode::ProcessFailed, StudioTr::tr("Cannot start %1: %2").arg(uv, p.errorString()));
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished(5000);
        return Error(ErrorCode::Timeout, StudioTr::tr("`uv export` did not finish within 5 minutes."));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(ErrorCode::ProcessFailed,
                     StudioTr::tr("`uv export` failed (exit code %1): %2. Fix uv.lock (run `uv lock`) or add "
                        "requirements.txt.")
                         .arg(p.exitCode())
                         .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    return p.readAllStandardOutput();
}

Result<PackageResult> packagePlugin(const QString &dirIn, const PackageOptions &options,
                                    const ProgressFn &progress, const std::atomic_bool *cancel,
                                    ValidationReport *reportOut)
{
    const QFileInfo dfi(dirIn);
    if (!dfi.exists())
        return Error(ErrorCode::NotFound, StudioTr::tr("Plugin folder not found: %1").arg(dirIn), dirIn);
    if (!dfi.isDir())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 is not a folder; give the plugin folder.").arg(dirIn), dirIn);
    const QString dir = dfi.canonicalFilePath();
    if (dir == QLatin1String("/"))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("Refusing to package the root folder; specify the plugin folder."));
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    // The output: never inside the folder being packaged, never a device, FIFO, link or folder.
    // Checked first, so a refused target costs nothing.
    QString out = options.outputPath;
    if (out.isEmpty())
        out = QDir::current().absoluteFilePath(QFileInfo(dir).fileName() + QStringLiteral(".difypkg"));
    out = QFileInfo(out).absoluteFilePath();
    OutputOptions output;
    output.protectedFolders << dir;
    if (auto ok = OutputFile::checkTarget(out, output); !ok)
        return ok.error();

    const IgnoreRules rules = IgnoreRules::loadForPluginDir(dir);
    auto files = openPluginFolder(dir, rules,
                                  options.followOutsideLinks ? DirectoryFileSet::Links::FollowAnywhere
                                                             : DirectoryFileSet::Links::StayInside);
    PackageResult result;

    // Links that leave the folder, loop or are broken: refused, naming the link and its target.
    if (!files->problems().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("Cannot package %1: %2").arg(dir, files->problems().join(QStringLiteral("; "))), dir);

    auto manifest = readManifestSummary(*files);
    if (!manifest) {
        if (reportOut) {
            reportOut->add(Plugin::makeDiagnostic(Plugin::DiagnosticCode::ManifestDecode, manifest.error().message,
                                                  QStringLiteral("manifest.yaml"), manifest.error().line,
                                                  manifest.error().column));
        }
        return Error(ErrorCode::ValidationFailed, StudioTr::tr("The plugin does not validate: %1").arg(manifest.error().toString()), dir);
    }

    // `uv export` (an external process, tens of milliseconds) runs while we validate and read.
    const bool python = manifest->runnerLanguage.isEmpty() || manifest->runnerLanguage == QLatin1String("python");
    const bool needExport = python && !files->contains(QStringLiteral("requirements.txt"))
                            && files->contains(QStringLiteral("pyproject.toml")) && files->contains(QStringLiteral("uv.lock"));
    QFuture<Result<QByteArray>> exported;
    if (needExport)
        exported = QtConcurrent::run([dir] { return uvExportRequirements(dir); });

    if (!options.skipValidation) {
        Plugin::ValidationOptions vo;
        // Install is a loosening of Strict, not a blindfold: the struct-tag findings are still
        // looked for and reported as warnings (`dify plugin package` refuses them).
        const bool loosened = options.validationLevel == Plugin::ValidationLevel::Install;
        vo.level = loosened ? Plugin::ValidationLevel::Strict : options.validationLevel;
        const ValidationReport found = Plugin::validatePlugin(*files, vo);
        ValidationReport report;
        for (Diagnostic d : found.diagnostics()) {
            if (loosened && d.layer == Layer::Strict && d.severity == Severity::Error) {
                d.severity = Severity::Warning;
                ++result.refusedByDifyPackage;
            }
            report.add(d);
        }
        if (reportOut)
            *reportOut = report;
        if (report.hasErrors())
            return Error(ErrorCode::ValidationFailed,
                         StudioTr::tr("The plugin does not validate (%1 error(s)); fix them and package again.")
                             .arg(report.errorCount()),
                         dir);
        for (const Diagnostic &d : report.diagnostics()) {
            if (d.severity != Severity::Error)
                result.warnings << d;
        }
    }
    // Files the plugin needs but the ignore rules drop.
    if (!rules.isEmpty()) {
        DirectoryFileSet all(dir);
        TrackingFileSet tracking(all);
        (void)Plugin::loadPlugin(tracking);
        QStringList touched(tracking.touched().cbegin(), tracking.touched().cend());
        sortPathsByteOrder(touched);
        for (const QString &p : touched) {
            if (!files->contains(p)) {
                Diagnostic d = studioWarning(Plugin::DiagnosticCode::PackageReferencedIgnored,
                                             StudioTr::tr("%1 is used by the plugin but excluded by the line `%2` of %3; "
                                                "the installed plugin will miss it. Remove or narrow that line.")
                                                 .arg(p, rules.excludingPattern(p, false), QFileInfo(rules.sourceFile()).fileName()),
                                             p);
                result.warnings << d;
            }
        }
    }
    if (cancelled())
        return Error(ErrorCode::Cancelled, StudioTr::tr("Packaging cancelled; no file was written."));

    QStringList paths = files->paths();
    QList<Internal::ZipInput> entries;
    qint64 total = 0;
    for (const QString &p : paths)
        total += files->size(p);
    QByteArray generated;
    if (needExport) {
        auto req = exported.result();
        if (!req)
            return req.error();
        generated = *req;
        result.generatedRequirements = true;
        paths << QStringLiteral("requirements.txt");
        sortPathsByteOrder(paths);
        total += generated.size();
    }
    const qint64 limit = options.maxSizeBytes > 0 ? options.maxSizeBytes : 50 * kMiB;
    if (total > limit) {
        QList<QPair<qint64, QString>> sizes;
        for (const QString &p : paths)
            sizes.append({p == QLatin1String("requirements.txt") && result.generatedRequirements ? generated.size() : files->size(p), p});
        std::sort(sizes.begin(), sizes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList largest;
        for (int i = 0; i < std::min<qsizetype>(5, sizes.size()); ++i)
            largest << QStringLiteral("%1 (%2)").arg(sizes.at(i).second, humanSize(sizes.at(i).first));
        return Error(ErrorCode::TooLarge,
                     StudioTr::tr("The plugin is %1 uncompressed, more than the %2 limit. Largest files: %3. "
                        "Exclude what is not needed in .difyignore or raise --max-size.")
                         .arg(humanSize(total), humanSize(limit), largest.join(QStringLiteral(", "))),
                     dir);
    }

    qint64 done = 0;
    for (const QString &p : paths) {
        if (cancelled())
            return Error(ErrorCode::Cancelled, StudioTr::tr("Packaging cancelled; no file was written."));
        if (result.generatedRequirements && p == QLatin1String("requirements.txt")) {
            entries.append({p, generated});
        } else {
            auto data = files->read(p);
            if (!data)
                return data.error();
            entries.append({p, *data});
        }
        done += entries.last().data.size();
        if (progress)
            progress(done, 2 * std::max<qint64>(total, 1));
    }

    result.warnings << packagingAdvice(paths);

    const ProgressFn zipProgress = [&](qint64 d, qint64) {
        if (progress)
            progress(total + d, 2 * std::max<qint64>(total, 1));
    };
    auto written = Internal::writeZip(out, entries, QByteArray(), zipProgress, cancel, output);
    if (!written)
        return written.error();

    MemoryFileSet packaged(out);
    for (const auto &e : entries)
        packaged.insert(e.name, e.data);
    result.outputPath = out;
    result.bytesWritten = *written;
    result.files = paths;
    result.checksum = checksumOf(packaged);
    result.identifier = uniqueIdentifier(manifest->author, manifest->name, manifest->version, result.checksum);
    if (progress)
        progress(2 * std::max<qint64>(total, 1), 2 * std::max<qint64>(total, 1));
    return result;
}

} // namespace Studio::Package
