// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/outputfile.h"

#include "core/common/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Studio {

namespace {

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// The canonical form of a path that may not exist yet: its nearest existing ancestor resolved
// (symbolic links followed), the rest appended.
QString resolvedPath(const QString &path)
{
    QString existing = absolute(path);
    QStringList rest;
    while (!QFileInfo::exists(existing) && !QFileInfo(existing).isSymLink()) {
        const QFileInfo fi(existing);
        rest.prepend(fi.fileName());
        const QString parent = fi.absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    QString canonical = QFileInfo(existing).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = existing;
    for (const QString &part : rest)
        canonical += QLatin1Char('/') + part;
    return QDir::cleanPath(canonical);
}

bool isInside(const QString &path, const QString &folder)
{
    const QString f = resolvedPath(folder);
    const QString p = resolvedPath(path);
    return p == f || p.startsWith(f.endsWith(QLatin1Char('/')) ? f : f + QLatin1Char('/'));
}

enum class Kind { Missing, Regular, Folder, SymLink, Special };

Kind kindOf(const QString &path, QString *detail = nullptr)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return Kind::Missing;
    if (S_ISLNK(st.st_mode))
        return Kind::SymLink;
    if (S_ISREG(st.st_mode))
        return Kind::Regular;
    if (S_ISDIR(st.st_mode))
        return Kind::Folder;
    if (detail) {
        if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
            *detail = StudioTr::tr("a device");
        else if (S_ISFIFO(st.st_mode))
            *detail = StudioTr::tr("a FIFO (named pipe)");
        else if (S_ISSOCK(st.st_mode))
            *detail = StudioTr::tr("a socket");
        else
            *detail = StudioTr::tr("a special file");
    }
    return Kind::Special;
#else
    const QFileInfo fi(path);
    if (fi.isSymLink())
        return Kind::SymLink;
    if (!fi.exists())
        return Kind::Missing;
    if (fi.isDir())
        return Kind::Folder;
    if (fi.isFile())
        return Kind::Regular;
    if (detail)
        *detail = StudioTr::tr("a special file");
    return Kind::Special;
#endif
}

bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa, sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#else
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
#endif
}

} // namespace

OutputFile::OutputFile(QString target, OutputOptions options)
    : m_target(absolute(target)), m_options(std::move(options))
{
}

OutputFile::~OutputFile()
{
    if (!m_committed)
        discard();
}

Result<void> OutputFile::checkTarget(const QString &targetIn, const OutputOptions &options)
{
    const QString target = absolute(targetIn);
    if (QFileInfo(targetIn).fileName().isEmpty() || targetIn.endsWith(QLatin1Char('/')))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 names a folder; give a file name for the output.").arg(targetIn), targetIn);
    QString what;
    switch (kindOf(target, &what)) {
    case Kind::Missing:
    case Kind::Regular:
        break;
    case Kind::SymLink:
        return Error(ErrorCode::Conflict,
                     StudioTr::tr("%1 is a symbolic link (to %2); refusing to write through or replace it. Give the "
                        "real path, or remove the link first.")
                         .arg(target, QFileInfo(target).symLinkTarget()),
                     target);
    case Kind::Folder:
        return Error(ErrorCode::Conflict,
                     StudioTr::tr("%1 is a folder; give a file name for the output (e.g. %1/%2).")
                         .arg(target, QStringLiteral("out.difypkg")),
                     target);
    case Kind::Special:
        return Error(ErrorCode::Conflict,
                     StudioTr::tr("%1 is %2, not a regular file; refusing to replace it. Choose a file name for the "
                        "output.").arg(target, what),
                     target);
    }
    if (!options.overwrite && kindOf(target) == Kind::Regular)
        return Error(ErrorCode::Conflict, StudioTr::tr("%1 already exists; refusing to overwrite it. Choose another name or remove it first.").arg(target), target);
    // The parent must be a folder (or be creatable), and not a file.
    for (const QString &folder : options.protectedFolders) {
        if (!folder.isEmpty() && isInside(target, folder))
            return Error(ErrorCode::Conflict,
                         StudioTr::tr("%1 is inside %2, the folder being packaged: it would be packaged next time "
                            "and may replace one of the plugin's files. Write the output outside that folder.")
                             .arg(target, QDir::cleanPath(QFileInfo(folder).absoluteFilePath())),
                         target);
    }
    for (const QString &file : options.protectedFiles) {
        if (file.isEmpty())
            continue;
        if (resolvedPath(file) == resolvedPath(target) || sameFile(file, target))
            return Error(ErrorCode::Conflict,
                         StudioTr::tr("%1 is the input %2; writing the output there would lose the input. Choose "
                            "another output file.").arg(target, QDir::cleanPath(QFileInfo(file).absoluteFilePath())),
                         target);
    }
    return {};
}

Result<void> OutputFile::open()
{
    if (m_file)
        return Error(ErrorCode::Unknown, StudioTr::tr("%1 is already open.").arg(m_target), m_target);
    if (auto ok = checkTarget(m_target, m_options); !ok)
        return ok;
    const QFileInfo fi(m_target);
    const QString dir = fi.absolutePath();
    if (m_options.createParents && !QDir().mkpath(dir))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the folder %1.").arg(dir), dir);
    if (!QFileInfo(dir).isDir())
        return Error(ErrorCode::NotFound, StudioTr::tr("The folder %1 does not exist.").arg(dir), dir);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString temp = dir + QStringLiteral("/.%1.tmp-%2")
                                       .arg(fi.fileName())
                                       .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        auto f = std::make_unique<QFile>(temp);
        // NewOnly is O_CREAT|O_EXCL: never an existing file, never through a symbolic link.
        if (f->open(QIODevice::WriteOnly | QIODevice::NewOnly, m_options.permissions)) {
            m_file = std::move(f);
            return {};
        }
        if (QFileInfo::exists(temp) || QFileInfo(temp).isSymLink())
            continue;
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write in %1: %2").arg(dir, f->errorString()), dir);
    }
    return Error(ErrorCode::IoError, StudioTr::tr("Cannot create a temporary file in %1.").arg(dir), dir);
}

QFile *OutputFile::device() const
{
    return m_file.get();
}

QString OutputFile::temporaryPath() const
{
    return m_file ? m_file->fileName() : QString();
}

Result<void> OutputFile::write(const QByteArray &data)
{
    if (!m_file)
        return Error(ErrorCode::Unknown, StudioTr::tr("%1 is not open.").arg(m_target), m_target);
    if (m_file->write(data) != data.size())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write %1: %2").arg(m_target, m_file->errorString()), m_target);
    return {};
}

Result<void> OutputFile::commit()
{
    if (!m_file)
        return Error(ErrorCode::Unknown, StudioTr::tr("%1 is not open.").arg(m_target), m_target);
    auto fail = [this](const QString &why) {
        const Error e(ErrorCode::IoError, StudioTr::tr("Cannot write %1: %2").arg(m_target, why), m_target);
        discard();
        return e;
    };
    if (!m_file->flush())
        return fail(m_file->errorString());
#ifdef Q_OS_UNIX
    if (::fdatasync(m_file->handle()) != 0 && errno != EINVAL && errno != EROFS)
        return fail(QString::fromLocal8Bit(strerror(errno)));
#endif
    m_file->close();
    if (m_file->error() != QFileDevice::NoError)
        return fail(m_file->errorString());
    // The target may have changed since open() (a FIFO or a link put there meanwhile).
    if (auto ok = checkTarget(m_target, m_options); !ok) {
        discard();
        return ok;
    }
    const QByteArray from = QFile::encodeName(m_file->fileName());
    const QByteArray to = QFile::encodeName(m_target);
#ifdef Q_OS_UNIX
    if (!m_options.overwrite) {
        // link(2) fails when the target exists: no window in which another file is replaced.
        if (::link(from.constData(), to.constData()) != 0) {
            const int err = errno;
            if (err == EEXIST) {
                discard();
                return Error(ErrorCode::Conflict, StudioTr::tr("%1 already exists; refusing to overwrite it.").arg(m_target), m_target);
            }
            if (err != EPERM && err != ENOTSUP && err != EOPNOTSUPP)
                return fail(QString::fromLocal8Bit(strerror(err)));
            // A file system without hard links: checked above, rename below.
        } else {
            ::unlink(from.constData());
            m_committed = true;
            m_file.reset();
            return {};
        }
    }
#endif
    if (std::rename(from.constData(), to.constData()) != 0)
        return fail(QString::fromLocal8Bit(strerror(errno)));
    m_committed = true;
    m_file.reset();
    return {};
}

void OutputFile::discard()
{
    if (!m_file)
        return;
    const QString path = m_file->fileName();
    m_file->close();
    QFile::remove(path);
    m_file.reset();
}

Result<void> OutputFile::writeAll(const QString &target, const QByteArray &data, const OutputOptions &options)
{
    OutputFile out(target, options);
    if (auto ok = out.open(); !ok)
        return ok;
    if (auto ok = out.write(data); !ok)
        return ok;
    return out.commit();
}

} // namespace Studio
