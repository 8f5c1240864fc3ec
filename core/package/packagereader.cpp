// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/packagereader.h"
#include "core/common/tr.h"

#include "core/common/printable.h"
#include "core/package/checksum.h"
#include "core/package/deflate_p.h"
#include "core/plugin/diagnosticcodes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <optional>

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
    const PackageReader *reader() const { return m_reader; }

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
    const PackageReader *reader() const { return m_reader.get(); }

private:
    std::unique_ptr<PackageReader> m_reader;
};

} // namespace

struct PackageReader::Impl
{
    struct Slot
    {
        qint64 dataOffset = 0; // where the entry's (compressed) bytes start
        QByteArray sha256;     // of the contents, filled by verifyAll()
    };
    QHash<QString, int> index;
    QList<Slot> places;
    QList<QByteArray> digests; // slots' sha256, archive order
    QList<Diagnostic> warnings;
    std::unique_ptr<PackageFileSet> fileSet;
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
    // Read at most one byte more than the file had (and than the limit): a file that grows while we
    // read stays bounded, and a small package does not make a buffer of the whole limit (read()
    // allocates its argument up front: 1 GiB of address space for a bundle's 600 MiB).
    QByteArray data = f.read(qMin(fi.size(), limits.maxArchiveBytes) + 1);
    if (data.size() != fi.size())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot read all of %1 (it changed while being read).").arg(path), path);
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
    if (auto ok = r->verifyAll(); !ok)
        return ok.error();
    r->findNameClashes();
    r->d->fileSet = std::make_unique<PackageFileSet>(r.get());
    return r;
}

namespace {

constexpr quint32 kLocalSig = 0x04034b50u;
constexpr quint32 kCentralSig = 0x02014b50u;
constexpr quint32 kEndSig = 0x06054b50u;
constexpr quint32 kZip64LocatorSig = 0x07064b50u;
constexpr quint32 kDescriptorSig = 0x08074b50u;
constexpr qint64 kEndLen = 22;
constexpr qint64 kMaxComment = 65535;

// Does the end record at `pos` describe a central directory that parses (its records are
// where it says, one after the other)? Used to refuse archives with two plausible end records:
// readers that pick another one than ours would see other files.
bool directoryParses(const QByteArray &b, qint64 pos)
{
    const qint64 count = u16(b, pos + 10);
    const qint64 cdSize = u32(b, pos + 12);
    const qint64 cdOffset = u32(b, pos + 16);
    if (cdOffset + cdSize > pos)
        return false;
    if (count == 0)
        return cdSize == 0 && cdOffset == pos;
    qint64 at = cdOffset;
    for (qint64 i = 0; i < count; ++i) {
        if (at + 46 > pos || u32(b, at) != kCentralSig)
            return false;
        at += 46 + qint64(u16(b, at + 28)) + u16(b, at + 30) + u16(b, at + 32);
    }
    return at <= pos;
}

} // namespace

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
    if (size < kEndLen)
        return fail(ErrorCode::InvalidInput,
                    StudioTr::tr("Not a zip archive (too short: %1 bytes); the file may be truncated.").arg(size));

    // End of central directory. Every reader searches backwards from the end (the comment may
    // be up to 65535 bytes); Go's archive/zip and Python's zipfile take the last signature, so
    // we do too, and it must end the file exactly (its comment reaches the last byte).
    QList<qint64> ends;
    for (qint64 i = size - kEndLen; i >= 0 && i >= size - kEndLen - kMaxComment; --i) {
        if (u32(b, i) == kEndSig)
            ends.append(i);
    }
    if (ends.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    StudioTr::tr("Not a zip archive (no end-of-central-directory record); the file may be "
                       "truncated or is not a .difypkg."));
    const qint64 eocd = ends.first();
    const quint16 commentLen = u16(b, eocd + 20);
    if (eocd + kEndLen + commentLen > size)
        return fail(ErrorCode::InvalidInput,
                    StudioTr::tr("The end-of-central-directory record declares a %1-byte comment that runs past "
                       "the end of the file; the archive is truncated or corrupt.").arg(commentLen));
    if (eocd + kEndLen + commentLen < size)
        return fail(ErrorCode::Unsafe,
                    StudioTr::tr("%1 bytes follow the end of the archive (after its end record and comment); "
                       "refusing an archive that readers may see differently. %2")
                        .arg(size - eocd - kEndLen - commentLen)
                        .arg(kRebuild));
    for (int i = 1; i < ends.size(); ++i) {
        if (directoryParses(b, ends.at(i)))
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("The archive holds two end-of-central-directory records whose directories "
                           "both parse (at bytes %1 and %2); zip readers disagree on which one is the archive, "
                           "so they would see different files. Refusing it. %3")
                            .arg(ends.at(i))
                            .arg(eocd)
                            .arg(kRebuild));
    }
    const quint16 disk = u16(b, eocd + 4);
    const quint16 cdDisk = u16(b, eocd + 6);
    const quint16 entriesOnDisk = u16(b, eocd + 8);
    const quint16 totalEntries = u16(b, eocd + 10);
    const quint32 cdSize = u32(b, eocd + 12);
    const quint32 cdOffset = u32(b, eocd + 16);
    m_comment = b.mid(eocd + kEndLen, commentLen);
    if (eocd >= 20 && u32(b, eocd - 20) == kZip64LocatorSig)
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
    // The directory ends where its end record begins. Anything else means bytes in front of the
    // archive (readers then guess a base offset, each its own way) or records hidden between the
    // directory and its end record (Go reads on until a bad record, we would stop).
    if (qint64(cdOffset) + qint64(cdSize) != eocd)
        return fail(ErrorCode::Unsafe,
                    StudioTr::tr("The central directory (%1 bytes at %2) does not end where its end record begins "
                       "(byte %3): bytes were added in front of the archive or between its directory and end "
                       "record. Refusing an archive that readers may see differently. %4")
                        .arg(cdSize)
                        .arg(cdOffset)
                        .arg(eocd)
                        .arg(kRebuild));

    QSet<QString> seen;
    qint64 total = 0;
    struct Range { qint64 start, end; QString name; };
    QList<Range> ranges;
    qint64 pos = cdOffset;
    const qint64 cdEnd = qint64(cdOffset) + cdSize;
    for (int i = 0; i < totalEntries; ++i) {
        if (pos + 46 > cdEnd || u32(b, pos) != kCentralSig)
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
        // A newline forges log lines, an ESC sequence rewrites the terminal, a bidi override
        // makes a name read as another: no plugin file needs them.
        if (hasUnsafeCharacters(name))
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("Entry \"%1\" has control characters in its name (shown escaped); refusing "
                           "the archive: such names forge log lines and terminal output. %2")
                            .arg(printable(name), kRebuild));
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
        if (csize == 0xFFFFFFFFu || usize == 0xFFFFFFFFu || localOffset == 0xFFFFFFFFu)
            return fail(ErrorCode::Unsupported,
                        StudioTr::tr("Entry \"%1\" uses ZIP64 sizes or offsets, which are not supported. %2").arg(name, kRebuild));
        // --- local header: it must agree with the directory ---
        if (qint64(localOffset) + 30 > qint64(cdOffset) || u32(b, localOffset) != kLocalSig)
            return fail(ErrorCode::InvalidInput,
                        StudioTr::tr("The local header of entry \"%1\" is missing or damaged; the archive is "
                           "truncated or corrupt.").arg(name));
        const quint16 lFlags = u16(b, localOffset + 6);
        const quint16 lMethod = u16(b, localOffset + 8);
        const quint32 lCrc = u32(b, localOffset + 14);
        const quint32 lCsize = u32(b, localOffset + 18);
        const quint32 lUsize = u32(b, localOffset + 22);
        const quint16 lNameLen = u16(b, localOffset + 26);
        const quint16 lExtraLen = u16(b, localOffset + 28);
        const qint64 dataStart = qint64(localOffset) + 30 + lNameLen + lExtraLen;
        if (b.mid(localOffset + 30, lNameLen) != rawName)
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("Entry \"%1\" has a different name in its local header; refusing a "
                           "forged archive.").arg(name));
        const bool descriptor = flags & 0x0008u;
        const bool sizesAgree = (lCrc == crc && lCsize == csize && lUsize == usize)
                                || (descriptor && lCrc == 0 && lCsize == 0 && lUsize == 0);
        if (lMethod != method || (lFlags & 0x0049u) != (flags & 0x0049u) || !sizesAgree)
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("The local header of entry \"%1\" disagrees with the central directory "
                           "(method, flags, CRC or sizes); readers that trust one or the other would read "
                           "different data. Refusing a forged archive. %2").arg(name, kRebuild));
        qint64 dataEnd = dataStart + qint64(csize);
        if (dataEnd > qint64(cdOffset))
            return fail(ErrorCode::InvalidInput,
                        StudioTr::tr("The data of entry \"%1\" runs past the end of the file data; the "
                           "archive is truncated.").arg(name));
        if (descriptor) {
            // Go's archive/zip checks the descriptor's CRC against the directory's: so do we.
            const bool hasSig = dataEnd + 4 <= qint64(cdOffset) && u32(b, dataEnd) == kDescriptorSig;
            const qint64 at = dataEnd + (hasSig ? 4 : 0);
            if (at + 12 > qint64(cdOffset) || u32(b, at) != crc)
                return fail(ErrorCode::Unsafe,
                            StudioTr::tr("The data descriptor of entry \"%1\" is missing or disagrees with the "
                               "central directory; refusing a forged archive. %2").arg(name, kRebuild));
            dataEnd = at + 12;
        }
        ranges.append({qint64(localOffset), dataEnd, name});

        ZipEntry e;
        e.name = name;
        e.compressedSize = csize;
        e.uncompressedSize = usize;
        e.method = method;
        e.crc32 = crc;
        d->index.insert(name, m_entries.size());
        m_entries.append(e);
        Impl::Slot slot;
        slot.dataOffset = dataStart;
        d->places.append(slot);
    }
    if (pos != cdEnd)
        return fail(ErrorCode::Unsafe,
                    StudioTr::tr("The central directory holds %1 bytes more than its %2 entries; refusing an "
                       "archive that readers may see differently. %3")
                        .arg(cdEnd - pos)
                        .arg(totalEntries)
                        .arg(kRebuild));
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &c) { return a.start < c.start; });
    for (int i = 1; i < ranges.size(); ++i) {
        if (ranges.at(i).start < ranges.at(i - 1).end)
            return fail(ErrorCode::Unsafe,
                        StudioTr::tr("Entries \"%1\" and \"%2\" overlap in the file; refusing a forged "
                           "archive (overlapping-entry zip bomb).")
                            .arg(ranges.at(i - 1).name, ranges.at(i).name));
    }
    return {};
}

Result<QByteArray> PackageReader::readAt(int idx) const
{
    const ZipEntry &e = m_entries.at(idx);
    const QByteArrayView raw(m_data.constData() + d->places.at(idx).dataOffset, e.compressedSize);
    QByteArray out;
    if (e.method == 0) {
        out = QByteArray(raw.data(), raw.size());
    } else {
        out.resize(e.uncompressedSize);
        qint64 produced = 0;
        switch (Internal::inflateRaw(raw, out.data(), e.uncompressedSize, &produced)) {
        case Internal::InflateStatus::Ok:
            break;
        case Internal::InflateStatus::TooLong:
            return Error(ErrorCode::Unsafe,
                         StudioTr::tr("Entry \"%1\" inflates to more than its declared %2 bytes; refusing a "
                            "forged archive (zip bomb).")
                             .arg(e.name)
                             .arg(e.uncompressedSize),
                         m_origin);
        case Internal::InflateStatus::TooShort:
            return Error(ErrorCode::InvalidInput,
                         StudioTr::tr("Entry \"%1\" is shorter than its declared %2 bytes (%3 bytes); the archive is "
                            "truncated or corrupt.")
                             .arg(e.name)
                             .arg(e.uncompressedSize)
                             .arg(produced),
                         m_origin);
        case Internal::InflateStatus::Corrupt:
            return Error(ErrorCode::InvalidInput,
                         StudioTr::tr("Entry \"%1\" is damaged (its deflate data is invalid or cut short); the "
                            "archive is corrupt or truncated.").arg(e.name),
                         m_origin);
        }
    }
    const quint32 crc = Internal::crc32(out);
    if (crc != e.crc32)
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("Entry \"%1\" fails its CRC-32 check (stored %2, computed %3); the archive is "
                        "corrupt or was modified.")
                         .arg(e.name)
                         .arg(e.crc32, 8, 16, QLatin1Char('0'))
                         .arg(crc, 8, 16, QLatin1Char('0')),
                     m_origin);
    return out;
}

Result<void> PackageReader::verifyAll()
{
    // Every entry, fully, in parallel (entries are independent); the first failure in archive
    // order is the verdict, whichever thread met it.
    const int n = int(m_entries.size());
    QList<std::optional<Error>> errors(n);
    QList<int> indices(n);
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&](int i) {
        auto data = readAt(i);
        if (!data) {
            errors[i] = data.error();
            return;
        }
        d->places[i].sha256 = QCryptographicHash::hash(*data, QCryptographicHash::Sha256);
    });
    for (int i = 0; i < n; ++i) {
        if (errors.at(i))
            return *errors.at(i);
    }
    d->digests.reserve(n);
    for (const Impl::Slot &s : d->places)
        d->digests.append(s.sha256);
    return {};
}

void PackageReader::findNameClashes()
{
    // Names (and the folders they imply) that become one on a case-insensitive (macOS, Windows)
    // or normalising (macOS: NFD) file system: installed side by side here, they overwrite each
    // other there.
    struct Seen { QString raw; bool folder; };
    QHash<QString, Seen> byNfc;
    QHash<QString, Seen> byFold;
    QSet<QString> reported;
    auto warn = [this, &reported](Plugin::DiagnosticCode code, const QString &a, const QString &b, const QString &message) {
        const QString key = QString::number(int(code)) + QLatin1Char('\n') + std::min(a, b) + QLatin1Char('\n') + std::max(a, b);
        if (reported.contains(key))
            return;
        reported.insert(key);
        d->warnings.append(Plugin::makeDiagnostic(code, message, b));
    };
    for (const ZipEntry &e : std::as_const(m_entries)) {
        const QStringList parts = e.name.split(QLatin1Char('/'));
        for (int k = 1; k <= parts.size(); ++k) {
            const bool folder = k < parts.size();
            const QString raw = parts.mid(0, k).join(QLatin1Char('/'));
            const QString nfc = raw.normalized(QString::NormalizationForm_C);
            const QString fold = nfc.toCaseFolded();
            auto n = byNfc.constFind(nfc);
            if (n == byNfc.constEnd()) {
                byNfc.insert(nfc, {raw, folder});
            } else if (n->raw != raw) {
                warn(Plugin::DiagnosticCode::PackageNameNormalization, n->raw, raw,
                     StudioTr::tr("\"%1\" and \"%2\" differ only in Unicode normalisation (NFC/NFD): on a file system "
                        "that normalises names (macOS) they are one file and one overwrites the other. Rename one "
                        "of them.").arg(printable(n->raw), printable(raw)));
                continue;
            }
            auto f = byFold.constFind(fold);
            if (f == byFold.constEnd())
                byFold.insert(fold, {raw, folder});
            else if (f->raw != raw && nfc != f->raw.normalized(QString::NormalizationForm_C))
                warn(Plugin::DiagnosticCode::PackageNameCase, f->raw, raw,
                     StudioTr::tr("\"%1\" and \"%2\" differ only in letter case: on a case-insensitive file system "
                        "(Windows, macOS) they are one %3 and one overwrites the other. Rename one of them.")
                         .arg(printable(f->raw), printable(raw),
                              f->folder || folder ? StudioTr::tr("path") : StudioTr::tr("file")));
        }
    }
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

const QList<QByteArray> &PackageReader::contentDigests() const
{
    return d->digests;
}

const QList<Diagnostic> &PackageReader::warnings() const
{
    return d->warnings;
}

Result<QByteArray> PackageReader::read(const QString &name) const
{
    auto it = d->index.constFind(name);
    if (it == d->index.constEnd())
        return Error(ErrorCode::NotFound, StudioTr::tr("file not found: %1").arg(printable(name)), name);
    return readAt(*it);
}

Result<QString> PackageReader::checksum() const
{
    // formats.md §3.5 from the digests open() computed: no entry is inflated again.
    QList<int> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    QList<QByteArray> utf8;
    utf8.reserve(m_entries.size());
    for (const ZipEntry &e : m_entries)
        utf8.append(e.name.toUtf8());
    std::sort(order.begin(), order.end(), [&](int a, int b) { return utf8.at(a) < utf8.at(b); });
    QCryptographicHash outer(QCryptographicHash::Sha256);
    for (int i : order) {
        outer.addData(QCryptographicHash::hash(utf8.at(i), QCryptographicHash::Sha256));
        outer.addData(d->digests.at(i));
    }
    return QString::fromLatin1(outer.result().toHex());
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

const PackageReader *packageReaderOf(const FileSet &files)
{
    if (const auto *owning = dynamic_cast<const OwningPackageFileSet *>(&files))
        return owning->reader();
    if (const auto *view = dynamic_cast<const PackageFileSet *>(&files))
        return view->reader();
    return nullptr;
}

} // namespace Studio::Package
