// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/packagereader.h"
#include "core/common/tr.h"

#include "core/package/checksum.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSet>
#include <QStringDecoder>

#include <zip.h>

#include <algorithm>

namespace Studio::Package {

namespace {


quint16 u16(const QByteArray &b, qint64 at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData()) + at;
    return quint16(p[0] | (p[1] << 8));
}

quint32 u32(const QByteArray &b, qint64 at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData()) + at;
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

QString methodName(int method)
{
    switch (method) {
    case 1: return QStringLiteral("shrink");
    case 6: return QStringLiteral("implode");
    case 9: return QStringLiteral("deflate64");
    case 12: return QStringLiteral("bzip2");
    case 14: return QStringLiteral("LZMA");
    case 93: return QStringLiteral("zstd");
    case 95: return QStringLiteral("xz");
    case 98: return QStringLiteral("PPMd");
    case 99: return QStringLiteral("AES-encrypted");
    default: return QStringLiteral("method %1").arg(method);
    }
}

const QString kRebuild = QStringLiteral(
    "Rebuild the archive with `plugin-studio-cli package` (or `zip -D -r`).");

class PackageFileSet final : public FileSet
{
public:
    explicit PackageFileSet(const PackageReader *reader) : m_reader(reader)
    {
        m_paths = reader->names();
        sortPathsByteOrder(m_paths);
    }
    QStringList paths() const override { return m_paths; }
    bool contains(const QString &path) const override { return m_reader->contains(path); }
    Result<QByteArray> read(const QString &path) const override { return m_reader->read(path); }
    qint64 size(const QString &path) const override
    {
        const ZipEntry *e = m_reader->entry(path);
        return e ? e->uncompressedSize : -1;
    }
    QString origin() const override { return m_reader->origin(); }

private:
    const PackageReader *m_reader;
    QStringList m_paths;
};

// A FileSet that owns its reader.
class OwningPackageFileSet final : public FileSet
{
public:
    explicit OwningPackageFileSet(std::unique_ptr<PackageReader> reader) : m_reader(std::move(reader)) {}
    QStringList paths() const override { return m_reader->fileSet().paths(); }
    bool contains(const QString &path) const override { return m_reader->contains(path); }
    Result<QByteArray> read(const QString &path) const override { return m_reader->read(path); }
    qint64 size(const QString &path) const override { return m_reader->fileSet().size(path); }
    QString origin() const override { return m_reader->origin(); }

private:
    std::unique_ptr<PackageReader> m_reader;
};

} // namespace

struct PackageReader::Impl
{
    QHash<QString, int> index;
    std::unique_ptr<PackageFileSet> fileSet;
    mutable QMutex mutex;
    zip_t *zip = nullptr;
    ~Impl()
    {
        if (zip)
            zip_discard(zip);
    }
};

PackageReader::~PackageReader() = default;

Result<std::unique_ptr<PackageReader>> PackageReader::open(const QString &path, const ReadLimits &limits)
{
    QFileInfo fi(path);
    if (!fi.exists())
        return Error(ErrorCode::NotFound, StudioTr::tr("Package not found: %1").arg(path), path);
    if (!fi.isFile())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("%1 is not a file.").arg(path), path);
    if (fi.size() > limits.maxArchiveBytes)
        return Error(ErrorCode::TooLarge,
                     StudioTr::tr("%1 is %2 bytes, more than the limit of %3 bytes (file size exceeds the "
                        "maximum limit).")
                         .arg(path)
                         .arg(fi.size())
                         .arg(limits.maxArchiveBytes),
                     path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot read %1: %2").arg(path, f.errorString()), path);
    QByteArray data = f.readAll();
    if (data.size() != fi.size())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot read all of %1.").arg(path), path);
    return fromBytes(data, path, limits);
}

Result<std::unique_ptr<PackageReader>> PackageReader::fromBytes(const QByteArray &data,
                                                                const QString &origin,
                                                                const ReadLimits &limits)
{
    std::unique_ptr<PackageReader> r(new PackageReader);
    r->m_origin = origin;
    r->m_data = data;
    r->d = std::make_unique<Impl>();
    if (auto ok = r->parse(limits); !ok)
        return ok.error();
    r->d->fileSet = std::make_unique<PackageFileSet>(r.get());
    return r;
}

Result<void> PackageReader::parse(const ReadLimits &limits)
{
    const QByteArray &b = m_data;
    const qint64 size = b.size();
    auto fail = [this](ErrorCode code, const QString &msg) {
        return Error(code, msg, m_origin);
    };
    if (size > limits.maxArchiveBytes)
        return fail(ErrorCode::TooLarge,
                    StudioTr::tr("The archive is %1 bytes, more than the limit of %2 bytes.")
                        .arg(size)
                        .arg(limits.maxArchiveBytes));
    if (size < 22)
        return fail(ErrorCode::InvalidInput,
                    StudioTr::tr("Not a zip archive (too short: %1 bytes); the file may be truncated.").arg(size));

    // End of central directory: search backwards (the comment may be up to 65535 bytes).
    qint64 eocd = -1;
    for (qint64 i = size - 22; i >= 0 && i >= size - 22 - 65535; --i) {
        if (u32(b, i) == 0x06054b50u && i + 22 + u16(b, i + 20) <= size) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return fail(ErrorCode::InvalidInput,
                    StudioTr::tr("Not a zip archive (no end-of-central-directory record); the file may be "
                       "truncated or is not a .difypkg."));
    const quint16 disk = u16(b, eocd + 4);
    const quint16 cdDisk = u16(b, eocd + 6);
    const quint16 entriesOnDisk = u16(b, eocd + 8);
    const quint16 totalEntries = u16(b, eocd + 10);
    const quint32 cdSize = u32(b, eocd + 12);
    const quint32 cdOffset = u32(b, eocd + 16);
    const quint16 commentLen = u16(b, eocd + 20);
    m_comment = b.mid(eocd + 22, commentLen);
    if (eocd >= 20 && u32(b, eocd - 20) == 0x07064b50u)
        return fail(ErrorCode::Unsupported,
                    StudioTr::tr("ZIP64 archives are not supported (a plugin package is at most 50 MiB). %1")
                        .arg(kRebuild));
    if (totalEntries == 0xFFFF || cdSize == 0xFFFFFFFFu || cdOffset == 0xFFFFFFFFu)
        return fail(ErrorCode::Unsupported, StudioTr::tr("ZIP64 archives are not supported. %1").arg(kRebuild));
    if (disk != 0 || cdDisk != 0 || entriesOnDisk != totalEntries)
        return fail(ErrorCode::Unsupported, StudioTr::tr("Multi-volume (split) zip archives are not supported."));
    if (totalEntries > limits.maxEntries)
        return fail(ErrorCode::TooLarge, StudioTr::tr("The archive has %1 entries, more than the limit of %2.")
                                             .arg(totalEntries)
                                             .arg(limits.maxEntries));
    if (qint64(cdOffset) + qint64(cdSize) > eocd)
        return fail(ErrorCode::InvalidInput,
                    StudioTr::tr("The central directory lies outside the file; the archive is truncated or "
                       "corrupt."));

    QSet<QString> seen;
    qint64 total = 0;
    struct Range { qint64 start, end; QString name; };
    QList<Range> ranges;
    qint64 pos = cdOffset;
    const qint64 cdEnd = qint64(cdOffset) + cdSize;
    for (int i = 0; i < totalEntries; ++i) {
        if (pos + 46 > cdEnd || u32(b, pos) != 0x02014b50u)
            return fail(ErrorCode::InvalidInput,
                        StudioTr::tr("Central directory entry %1 is damaged; the archive is truncated or "
                           "corrupt.").arg(i + 1));
        const quint16 madeBy = u16(b, pos + 4);
        const quint16 flags = u16(b, pos + 8);
        const quint16 method = u16(b, pos + 10);
        const quint32 crc = u32(b, pos + 16);
        const quint32 csize = u32(b, pos + 20);
        const quint32 usize = u32(b, pos + 24);
        const quint16 nameLen = u16(b, pos + 28);
        const quint16 extraLen = u16(b, pos + 30);
        const quint16 entryCommentLen = u16(b, pos + 32);
        const quint32 extAttr = u32(b, pos + 38);
        const quint32 localOffset = u32(b, pos + 42);
        if (pos + 46 + nameLen + extraLen + entryCommentLen > cdEnd)
            return fail(ErrorCode::InvalidInput,
                        StudioTr::tr("Central directory entry %1 runs past the directory; the archive is "
                           "corrupt.").arg(i + 1));
        const QByteArray rawName = b.mid(pos + 46, nameLen);
        pos += 46 + nameLen + extraLen + entryCommentLen;

        // --- name checks (fs.ValidPath plus our own) ---
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString name = dec.decode(rawName);
        const QString shown = QString::fromLatin1(rawName.toPercentEncoding("/._-~!$&'()*+,;=:@ "));
        if (rawName.contains('\0'))
            return fail(ErrorCode::Unsafe, StudioTr::tr("Entry \"%1\" has a NUL byte in its name; refusing "
                                              "the archive.").arg(shown));
        if (dec.hasError())
            return fail(ErrorCode::InvalidInput,
                        StudioTr::tr("Entry \"%1\" has a name that is not valid UTF-8; the daemon cannot "
                           "open it. %2").arg(shown, kRebuild));
        if (name.isEmpty())
            return fail(ErrorCode::InvalidInput, StudioTr::tr("Entry %1 has an empty name.").arg(i + 1));
        if (name.contains(QLatin1Char('\\')))
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("Entry \"%1\" uses backslashes in its name; zip names must use '/'. %2")
                            .arg(name, kRebuild));
        if (name.startsWith(QLatin1Char('/'))
            || (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter()))
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("Entry \"%1\" has an absolute path; refusing the archive (it would "
                           "write outside the target folder).").arg(name));
        const int hostOs = madeBy >> 8;
        const quint32 unixMode = extAttr >> 16;
        const bool unixHost = hostOs == 3 || hostOs == 19;
        if (name.endsWith(QLatin1Char('/'))
            || (unixHost && (unixMode & 0170000u) == 0040000u)
            || (hostOs == 0 && (extAttr & 0x10u)))
            return fail(ErrorCode::InvalidInput,
                        StudioTr::tr("Entry \"%1\" is a directory entry; the Dify daemon reads every entry as "
                           "a file and fails with \"is a directory\". %2").arg(name, kRebuild));
        const QStringList segments = name.split(QLatin1Char('/'));
        for (const QString &seg : segments) {
            if (seg == QLatin1String(".."))
                return fail(ErrorCode::Unsafe,
                            StudioTr::tr("Entry \"%1\" contains a \"..\" segment (path traversal); refusing "
                               "the archive.").arg(name));
            if (seg.isEmpty() || seg == QLatin1String("."))
                return fail(ErrorCode::InvalidInput,
                            StudioTr::tr("Entry \"%1\" has an unclean name (empty or \".\" segment); the "
                               "daemon cannot open it. %2").arg(name, kRebuild));
        }
        if (seen.contains(name))
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("Entry \"%1\" appears twice in the archive; refusing an ambiguous "
                           "package.").arg(name));
        seen.insert(name);
        if (unixHost && (unixMode & 0170000u) == 0120000u)
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("Entry \"%1\" is a symbolic link; packages must contain regular files "
                           "only. Replace the link with the file it points to.").arg(name));
        if (flags & 0x0041u)
            return fail(ErrorCode::Unsupported,
                        StudioTr::tr("Entry \"%1\" is encrypted; Dify packages cannot be encrypted.").arg(name));
        if (method != 0 && method != 8)
            return fail(ErrorCode::Unsupported,
                        StudioTr::tr("Entry \"%1\" uses the %2 compression (id %3); only store (0) and "
                           "deflate (8) are readable by Dify. %4")
                            .arg(name, methodName(method))
                            .arg(method)
                            .arg(kRebuild));
        if (method == 0 && csize != usize)
            return fail(ErrorCode::InvalidInput,
                        StudioTr::tr("Entry \"%1\" is stored uncompressed but declares %2 compressed and %3 "
                           "uncompressed bytes; the archive is corrupt.")
                            .arg(name)
                            .arg(csize)
                            .arg(usize));
        // --- sizes and bombs ---
        if (usize > limits.ratioThresholdBytes
            && double(usize) > limits.maxEntryRatio * double(std::max<quint32>(csize, 1)))
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("Entry \"%1\" would inflate from %2 to %3 bytes (ratio above %4:1); "
                           "refusing a likely zip bomb.")
                            .arg(name)
                            .arg(csize)
                            .arg(usize)
                            .arg(limits.maxEntryRatio));
        total += usize;
        if (total > limits.maxUncompressedTotal)
            return fail(ErrorCode::TooLarge,
                        StudioTr::tr("The uncompressed contents exceed %1 bytes (reached at entry \"%2\"); "
                           "plugin package size is too large.")
                            .arg(limits.maxUncompressedTotal)
                            .arg(name));
        // --- local header ---
        if (qint64(localOffset) + 30 > qint64(cdOffset) || u32(b, localOffset) != 0x04034b50u)
            return fail(ErrorCode::InvalidInput,
                        StudioTr::tr("The local header of entry \"%1\" is missing or damaged; the archive is "
                           "truncated or corrupt.").arg(name));
        const quint16 lNameLen = u16(b, localOffset + 26);
        const quint16 lExtraLen = u16(b, localOffset + 28);
        const qint64 dataStart = qint64(localOffset) + 30 + lNameLen + lExtraLen;
        if (b.mid(localOffset + 30, lNameLen) != rawName)
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("Entry \"%1\" has a different name in its local header; refusing a "
                           "forged archive.").arg(name));
        if (dataStart + qint64(csize) > qint64(cdOffset))
            return fail(ErrorCode::InvalidInput,
                        StudioTr::tr("The data of entry \"%1\" runs past the end of the file data; the "
                           "archive is truncated.").arg(name));
        ranges.append({qint64(localOffset), dataStart + qint64(csize), name});

        ZipEntry e;
        e.name = name;
        e.compressedSize = csize;
        e.uncompressedSize = usize;
        e.method = method;
        e.crc32 = crc;
        d->index.insert(name, m_entries.size());
        m_entries.append(e);
        m_localOffsets.append(localOffset);
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &c) { return a.start < c.start; });
    for (int i = 1; i < ranges.size(); ++i) {
        if (ranges.at(i).start < ranges.at(i - 1).end)
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("Entries \"%1\" and \"%2\" overlap in the file; refusing a forged "
                           "archive (overlapping-entry zip bomb).")
                            .arg(ranges.at(i - 1).name, ranges.at(i).name));
    }

    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &err);
    if (!src) {
        const QString msg = QString::fromUtf8(zip_error_strerror(&err));
        zip_error_fini(&err);
        return fail(ErrorCode::IoError, StudioTr::tr("Cannot open the archive: %1").arg(msg));
    }
    d->zip = zip_open_from_source(src, ZIP_RDONLY, &err);
    if (!d->zip) {
        const QString msg = QString::fromUtf8(zip_error_strerror(&err));
        zip_source_free(src);
        zip_error_fini(&err);
        return fail(ErrorCode::InvalidInput, StudioTr::tr("Cannot open the archive: %1").arg(msg));
    }
    zip_error_fini(&err);
    if (zip_get_num_entries(d->zip, 0) != zip_int64_t(m_entries.size()))
        return fail(ErrorCode::InvalidInput,
                    StudioTr::tr("The archive's entry count is inconsistent; it is corrupt."));
    return {};
}

QStringList PackageReader::names() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const ZipEntry &e : m_entries)
        out << e.name;
    return out;
}

bool PackageReader::contains(const QString &name) const
{
    return d->index.contains(name);
}

const ZipEntry *PackageReader::entry(const QString &name) const
{
    auto it = d->index.constFind(name);
    return it == d->index.constEnd() ? nullptr : &m_entries.at(*it);
}

qint64 PackageReader::totalUncompressed() const
{
    qint64 t = 0;
    for (const ZipEntry &e : m_entries)
        t += e.uncompressedSize;
    return t;
}

const FileSet &PackageReader::fileSet() const
{
    return *d->fileSet;
}

Result<QByteArray> PackageReader::read(const QString &name) const
{
    auto it = d->index.constFind(name);
    if (it == d->index.constEnd())
        return Error(ErrorCode::NotFound, StudioTr::tr("file not found: %1").arg(name), name);
    const int idx = *it;
    const ZipEntry &e = m_entries.at(idx);
    QMutexLocker lock(&d->mutex);
    zip_file_t *zf = zip_fopen_index(d->zip, zip_uint64_t(idx), 0);
    if (!zf)
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("Cannot open entry \"%1\": %2").arg(name, QString::fromUtf8(zip_strerror(d->zip))),
                     m_origin);
    QByteArray out;
    out.resize(e.uncompressedSize + 1);
    qint64 got = 0;
    while (got < out.size()) {
        const zip_int64_t n = zip_fread(zf, out.data() + got, zip_uint64_t(out.size() - got));
        if (n < 0) {
            const QString msg = QString::fromUtf8(zip_file_strerror(zf));
            zip_fclose(zf);
            return Error(ErrorCode::InvalidInput,
                         StudioTr::tr("Entry \"%1\" is damaged (%2); the archive is corrupt or truncated.")
                             .arg(name, msg),
                         m_origin);
        }
        if (n == 0)
            break;
        got += n;
    }
    zip_fclose(zf);
    if (got > e.uncompressedSize)
        return Error(ErrorCode::Unsafe,
                     StudioTr::tr("Entry \"%1\" inflates to more than its declared %2 bytes; refusing a "
                        "forged archive (zip bomb).")
                         .arg(name)
                         .arg(e.uncompressedSize),
                     m_origin);
    if (got < e.uncompressedSize)
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("Entry \"%1\" is shorter than its declared %2 bytes; the archive is "
                        "truncated or corrupt.")
                         .arg(name)
                         .arg(e.uncompressedSize),
                     m_origin);
    out.resize(got);
    return out;
}

Result<QString> PackageReader::checksum() const
{
    return computeChecksum(fileSet());
}

Result<void> PackageReader::extractTo(const QString &targetDir, const ProgressFn &progress,
                                      const std::atomic_bool *cancel) const
{
    const QString target = QDir::cleanPath(QDir(targetDir).absolutePath());
    QFileInfo tfi(target);
    if (tfi.exists() || tfi.isSymLink()) {
        if (!tfi.isDir() || tfi.isSymLink()
            || !QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty())
            return Error(ErrorCode::Conflict,
                         StudioTr::tr("%1 already exists and is not an empty folder; choose a new target.")
                             .arg(target),
                         target);
    }
    const QString parent = tfi.absolutePath();
    if (!QDir().mkpath(parent))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create %1.").arg(parent), parent);
    const QString temp = QDir::cleanPath(parent + QStringLiteral("/.%1.partial-%2")
                                             .arg(tfi.fileName())
                                             .arg(QRandomGenerator::global()->generate64(), 0, 16));
    if (!QDir().mkdir(temp))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the temporary folder %1.").arg(temp), temp);
    const QFileDevice::Permissions dirPerms = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther;
    const QFileDevice::Permissions filePerms = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                               | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(temp, dirPerms);
    auto abort = [&](const Error &e) -> Result<void> {
        QDir(temp).removeRecursively();
        return e;
    };
    const qint64 total = totalUncompressed();
    qint64 done = 0;
    for (const ZipEntry &e : m_entries) {
        if (cancel && cancel->load())
            return abort(Error(ErrorCode::Cancelled, StudioTr::tr("Extraction cancelled.")));
        const QString dest = QDir::cleanPath(temp + QLatin1Char('/') + e.name);
        if (!dest.startsWith(temp + QLatin1Char('/')))
            return abort(Error(ErrorCode::Unsafe,
                               StudioTr::tr("Entry \"%1\" resolves outside the target folder; extraction "
                                  "aborted.").arg(e.name), m_origin));
        // Create parents one by one, refusing anything that is not a plain folder we made.
        const QStringList parts = e.name.split(QLatin1Char('/'));
        QString cur = temp;
        for (int i = 0; i + 1 < parts.size(); ++i) {
            cur += QLatin1Char('/') + parts.at(i);
            QFileInfo ci(cur);
            if (ci.isSymLink() || (ci.exists() && !ci.isDir()))
                return abort(Error(ErrorCode::Unsafe,
                                   StudioTr::tr("Entry \"%1\" needs folder \"%2\", which is a file in the "
                                      "archive; extraction aborted.").arg(e.name, parts.mid(0, i + 1).join(QLatin1Char('/'))),
                                   m_origin));
            if (!ci.exists()) {
                if (!QDir().mkdir(cur))
                    return abort(Error(ErrorCode::IoError, StudioTr::tr("Cannot create %1.").arg(cur), cur));
                QFile::setPermissions(cur, dirPerms);
            }
        }
        auto data = read(e.name);
        if (!data)
            return abort(data.error());
        QFileInfo di(dest);
        if (di.exists() || di.isSymLink())
            return abort(Error(ErrorCode::Unsafe,
                               StudioTr::tr("Entry \"%1\" collides with another entry; extraction aborted.").arg(e.name),
                               m_origin));
        QFile out(dest);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return abort(Error(ErrorCode::IoError, StudioTr::tr("Cannot write %1: %2").arg(dest, out.errorString()), dest));
        if (out.write(*data) != data->size() || !out.flush())
            return abort(Error(ErrorCode::IoError, StudioTr::tr("Cannot write %1: %2").arg(dest, out.errorString()), dest));
        out.close();
        out.setPermissions(filePerms);
        done += e.uncompressedSize;
        if (progress)
            progress(done, total);
    }
    if (tfi.exists() && !QDir().rmdir(target))
        return abort(Error(ErrorCode::IoError, StudioTr::tr("Cannot replace the empty folder %1.").arg(target), target));
    if (!QDir().rename(temp, target))
        return abort(Error(ErrorCode::IoError, StudioTr::tr("Cannot move the extracted files to %1.").arg(target), target));
    return {};
}

Result<std::unique_ptr<FileSet>> openPackageFileSet(const QString &path, const ReadLimits &limits)
{
    auto reader = PackageReader::open(path, limits);
    if (!reader)
        return reader.error();
    return std::unique_ptr<FileSet>(std::make_unique<OwningPackageFileSet>(std::move(*reader)));
}

} // namespace Studio::Package
