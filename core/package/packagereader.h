// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Safe reading of `.difypkg` / `.difybndl` archives (formats.md §3.1, §3.4, §3.6).
//
// One directory, one truth: the reader parses the end record and the central directory itself
// and reads every entry's data through that directory's local-header offsets (no second zip
// library that might pick another end record). An archive that another reader could see
// differently is refused: more than one end record whose directory parses, bytes in front of
// the archive or after its end record, a gap between the directory and its end record, a local
// header that disagrees with the directory (name, method, flags, CRC, sizes), a data descriptor
// whose CRC disagrees, overlapping entries.
//
// Everything that can be checked from the central directory is checked BEFORE anything is
// inflated: archive size, entry count, total uncompressed size, per-entry compression ratio,
// names (must be clean relative '/'-paths like Go's fs.ValidPath: no `..`, `.`, empty segments,
// leading `/`, backslashes, NUL or other control characters, bidi overrides, invalid UTF-8),
// directory entries, duplicates, symlinks (unix S_IFLNK external attributes), compression
// methods (only store = 0 and deflate = 8), encryption, ZIP64, and that every entry's data lies
// inside the file. Then open() reads every entry fully, checking its CRC-32 and its exact size
// (never producing more than the declared size), so validate, inspect, verify, checksum and
// install give one verdict on one archive. Every refusal is an Error (ErrorCode::Unsafe,
// TooLarge, InvalidInput or Unsupported) whose message names the entry (escaped with
// Studio::printable) and says what to do.

#include "core/common/diagnostic.h"
#include "core/common/fileset.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Studio::Package {

constexpr qint64 kMiB = 1024 * 1024;

struct ReadLimits
{
    qint64 maxArchiveBytes = 50 * kMiB;      // size of the zip file itself
    qint64 maxUncompressedTotal = 50 * kMiB; // sum of declared uncompressed sizes
    // Per-entry uncompressed/compressed ratio above which an entry is treated as a zip bomb.
    // Only applied to entries larger than `ratioThresholdBytes` (small text files legitimately
    // compress better than 200:1).
    double maxEntryRatio = 200.0;
    qint64 ratioThresholdBytes = 1 * kMiB;
    int maxEntries = 100000;

    // Limits for bundles (MAX_BUNDLE_PACKAGE_SIZE, 600 MiB).
    static ReadLimits bundle()
    {
        ReadLimits l;
        l.maxArchiveBytes = 600 * kMiB;
        l.maxUncompressedTotal = 600 * kMiB;
        return l;
    }
};

struct ZipEntry
{
    QString name;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    int method = 0; // 0 = store, 8 = deflate
    quint32 crc32 = 0;
};

// progress(done, total); return value ignored. Cancellation via the atomic flag.
using ProgressFn = std::function<void(qint64 done, qint64 total)>;

class PackageReader
{
public:
    // Opens and checks an archive file. Nothing is inflated here.
    static Result<std::unique_ptr<PackageReader>> open(const QString &path,
                                                       const ReadLimits &limits = {});
    // Same for bytes in memory; `origin` is used in messages ("upload.difypkg").
    static Result<std::unique_ptr<PackageReader>> fromBytes(const QByteArray &data,
                                                            const QString &origin,
                                                            const ReadLimits &limits = {});
    ~PackageReader();
    PackageReader(const PackageReader &) = delete;
    PackageReader &operator=(const PackageReader &) = delete;

    QString origin() const { return m_origin; }
    qint64 archiveSize() const { return m_data.size(); }
    const QByteArray &rawBytes() const { return m_data; }
    // Entries in archive (central directory) order.
    const QList<ZipEntry> &entries() const { return m_entries; }
    QStringList names() const; // archive order
    bool contains(const QString &name) const;
    const ZipEntry *entry(const QString &name) const;
    qint64 totalUncompressed() const;
    // The archive comment (the signature JSON of a signed package; empty when unsigned).
    QByteArray comment() const { return m_comment; }

    // Inflates one entry, enforcing its declared size and CRC. Thread-safe.
    Result<QByteArray> read(const QString &name) const;
    // SHA-256 of each entry's contents, in archive order (computed by open(), read no more).
    const QList<QByteArray> &contentDigests() const;

    // What install should warn about before writing anything: names that clash on a
    // case-insensitive or normalising file system (case, NFC/NFD). Layer Studio, warnings.
    const QList<Diagnostic> &warnings() const;

    // A FileSet view of the entries (paths sorted by byte order). Valid while the reader lives.
    const FileSet &fileSet() const;

    // formats.md §3.5 over all entries (reads every entry).
    Result<QString> checksum() const;

    // Extracts every entry below `targetDir` atomically: writes into a sibling temporary folder,
    // then renames it to `targetDir`; on any failure the temporary folder is removed and
    // `targetDir` is left untouched. `targetDir` must not exist or be an empty folder.
    // Files get mode 0644, folders 0755; every resolved path is re-checked to stay inside.
    Result<void> extractTo(const QString &targetDir, const ProgressFn &progress = nullptr,
                           const std::atomic_bool *cancel = nullptr) const;

private:
    PackageReader() = default;
    Result<void> parse(const ReadLimits &limits);
    Result<void> verifyAll();
    Result<QByteArray> readAt(int index) const;
    void findNameClashes();

    QString m_origin;
    QByteArray m_data;
    QByteArray m_comment;
    QList<ZipEntry> m_entries;
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Opens a package and returns a FileSet that owns its reader (for the validator and loader).
Result<std::unique_ptr<FileSet>> openPackageFileSet(const QString &path, const ReadLimits &limits = {});
// The reader behind a package's FileSet (fileSet() or openPackageFileSet()); nullptr for a folder
// or memory set. For what the validator cannot see: the reader's warnings.
const PackageReader *packageReaderOf(const FileSet &files);

} // namespace Studio::Package
