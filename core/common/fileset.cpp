// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/fileset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Studio {

bool pathByteLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

void sortPathsByteOrder(QStringList &paths)
{
    std::sort(paths.begin(), paths.end(), pathByteLess);
}

DirectoryFileSet::DirectoryFileSet(const QString &root, ExcludeFn excluded, Links links)
    : m_root(QDir(root).absolutePath()), m_excluded(std::move(excluded)), m_links(links)
{
    m_canonicalRoot = QFileInfo(m_root).canonicalFilePath();
    if (m_canonicalRoot.isEmpty())
        m_canonicalRoot = m_root;
    walk(m_root, QString(), 0);
    sortPathsByteOrder(m_paths);
    sortPathsByteOrder(m_ignored);
}

bool DirectoryFileSet::allowed(const QString &canonical) const
{
    if (m_links == Links::FollowAnywhere)
        return true;
    return canonical == m_canonicalRoot || canonical.startsWith(m_canonicalRoot + QLatin1Char('/'));
}

void DirectoryFileSet::walk(const QString &dirAbs, const QString &rel, int depth)
{
    if (depth > 64) {
        m_problems << rel + QStringLiteral(": folders nested deeper than 64 levels are not read");
        return;
    }
    QDir dir(dirAbs);
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                        | QDir::NoDotAndDotDot,
                                                    QDir::Name);
    for (const QFileInfo &fi : entries) {
        const QString relPath = rel.isEmpty() ? fi.fileName() : rel + QLatin1Char('/') + fi.fileName();
        const bool isDir = fi.isDir();
        if (m_excluded && m_excluded(relPath, isDir)) {
            m_ignored << relPath + (isDir ? QStringLiteral("/") : QString());
            continue;
        }
        QString canonical;
        if (fi.isSymLink()) {
            canonical = fi.canonicalFilePath(); // the whole chain resolved; empty when broken
            if (canonical.isEmpty()) {
                m_problems << relPath + QStringLiteral(": is a broken symbolic link (to %1)").arg(fi.symLinkTarget());
                continue;
            }
            if (!allowed(canonical)) {
                m_problems << relPath + QStringLiteral(": is a symbolic link to %1, outside the plugin folder; "
                                                       "refusing to package a file from outside it. Copy what it "
                                                       "points to into the folder, or exclude the link in .difyignore.")
                                            .arg(canonical);
                continue;
            }
        }
        if (isDir) {
            if (fi.isSymLink()) {
                // `dify plugin package` stops on it ("is a directory"); so do we.
                m_problems << relPath + QStringLiteral(": is a symbolic link to a folder (%1); the Dify "
                                                       "packager fails on it (\"is a directory\"). "
                                                       "Replace it with a real folder or ignore it.")
                                            .arg(canonical);
                continue;
            }
            walk(fi.absoluteFilePath(), relPath, depth + 1);
        } else if (fi.isFile()) {
            m_paths << relPath;
        }
    }
}

bool DirectoryFileSet::contains(const QString &path) const
{
    return std::binary_search(m_paths.begin(), m_paths.end(), path, pathByteLess);
}

Result<QByteArray> DirectoryFileSet::read(const QString &path) const
{
    const QString abs = m_root + QLatin1Char('/') + path;
    QFile f(abs);
    if (!f.exists())
        return Error(ErrorCode::NotFound, QStringLiteral("file not found: %1").arg(path), path);
    // A link may have been changed since the walk: what we read must still be inside.
    if (!allowed(QFileInfo(abs).canonicalFilePath()))
        return Error(ErrorCode::Unsafe,
                     QStringLiteral("%1 now points outside the plugin folder (to %2); refusing to read it.")
                         .arg(path, QFileInfo(abs).canonicalFilePath()),
                     path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError,
                     QStringLiteral("cannot read %1: %2").arg(path, f.errorString()), path);
    return f.readAll();
}

qint64 DirectoryFileSet::size(const QString &path) const
{
    return QFileInfo(m_root + QLatin1Char('/') + path).size();
}

void MemoryFileSet::insert(const QString &path, const QByteArray &data)
{
    m_files.insert(path, data);
}

QStringList MemoryFileSet::paths() const
{
    QStringList p = m_files.keys();
    sortPathsByteOrder(p);
    return p;
}

Result<QByteArray> MemoryFileSet::read(const QString &path) const
{
    auto it = m_files.constFind(path);
    if (it == m_files.constEnd())
        return Error(ErrorCode::NotFound, QStringLiteral("file not found: %1").arg(path), path);
    return *it;
}

} // namespace Studio
