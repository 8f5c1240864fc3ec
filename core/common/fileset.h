// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>

namespace Studio {

// The files of a plugin, as the daemon sees them: either a folder after its ignore rules, or the
// entries of a package. Paths are relative, '/'-separated and clean ("provider/x.yaml").
class FileSet
{
public:
    virtual ~FileSet() = default;
    // Every file, sorted by byte order of the UTF-8 path.
    virtual QStringList paths() const = 0;
    virtual bool contains(const QString &path) const = 0;
    virtual Result<QByteArray> read(const QString &path) const = 0;
    virtual qint64 size(const QString &path) const = 0;
    // Human-readable origin, e.g. "/home/me/weather" or "weather.difypkg".
    virtual QString origin() const = 0;
    // Files that exist on disk but were excluded by ignore rules (folders only; empty otherwise).
    virtual QStringList ignoredPaths() const { return {}; }
};

// A folder. `excluded(relPath, isDir)` decides what the ignore rules drop (nullptr = nothing).
// Symbolic links to files whose target stays inside the folder are followed (read as the file they
// point to, like `dify plugin package`); a link whose target leaves the folder
// (`secret -> /etc/passwd`) and a broken link are listed in `problems()`, naming the link and its
// target, and nothing behind them is read, unless `Links::FollowAnywhere` says the caller trusts
// them (a monorepo whose plugins share a `.difyignore` one level up, say). A link to a folder is
// a problem too: the Dify packager fails on it ("is a directory").
class DirectoryFileSet final : public FileSet
{
public:
    using ExcludeFn = std::function<bool(const QString &relPath, bool isDir)>;
    enum class Links { StayInside, FollowAnywhere };
    explicit DirectoryFileSet(const QString &root, ExcludeFn excluded = nullptr, Links links = Links::StayInside);

    QStringList paths() const override { return m_paths; }
    bool contains(const QString &path) const override;
    Result<QByteArray> read(const QString &path) const override;
    qint64 size(const QString &path) const override;
    QString origin() const override { return m_root; }
    QStringList ignoredPaths() const override { return m_ignored; }
    QString root() const { return m_root; }
    // Links that leave the folder or loop, broken links and unreadable entries met during the
    // walk ("path: reason").
    QStringList problems() const { return m_problems; }

private:
    void walk(const QString &dirAbs, const QString &rel, int depth);
    bool allowed(const QString &canonical) const;
    QString m_root;
    QString m_canonicalRoot;
    ExcludeFn m_excluded;
    Links m_links = Links::StayInside;
    QStringList m_paths;
    QStringList m_ignored;
    QStringList m_problems;
};

// A set held in memory (tests, remote-debug registrations, generated files).
class MemoryFileSet final : public FileSet
{
public:
    explicit MemoryFileSet(QString origin = QStringLiteral("<memory>")) : m_origin(std::move(origin)) {}
    void insert(const QString &path, const QByteArray &data);
    QStringList paths() const override;
    bool contains(const QString &path) const override { return m_files.contains(path); }
    Result<QByteArray> read(const QString &path) const override;
    qint64 size(const QString &path) const override { return m_files.value(path).size(); }
    QString origin() const override { return m_origin; }

private:
    QString m_origin;
    QMap<QString, QByteArray> m_files;
};

// Byte-order comparison of UTF-8 paths (what Go's sort.Strings does).
bool pathByteLess(const QString &a, const QString &b);
void sortPathsByteOrder(QStringList &paths);

} // namespace Studio
