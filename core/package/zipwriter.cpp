// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/zipwriter_p.h"
#include "core/common/tr.h"

#include "core/package/deflate_p.h"

#include <QFile>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Studio::Package::Internal {

namespace {

constexpr quint16 kVersion = 20;     // 2.0, MS-DOS host (formats.md §3.1)
constexpr quint16 kDosTime = 0;      // 00:00:00
constexpr quint16 kDosDate = 0x21;   // 1980-01-01
constexpr quint16 kUtf8Flag = 0x0800;

void le16(QByteArray &b, quint32 v)
{
    const char bytes[2] = {char(v & 0xFF), char((v >> 8) & 0xFF)};
    b.append(bytes, 2);
}

void le32(QByteArray &b, quint32 v)
{
    le16(b, v & 0xFFFF);
    le16(b, v >> 16);
}

struct Compressed
{
    QByteArray data;
    quint32 crc = 0;
};

// Runs fn(0..n-1) on the calling thread and on helpers from the global pool, each index once.
// Progress is reported from the calling thread only (callers' callbacks need not be
// thread-safe). A helper that never got a pool thread is run by waitForFinished() itself.
template<typename Fn>
void forEachParallel(int n, Fn fn, const std::function<void()> &onCallerStep)
{
    std::atomic_int next{0};
    auto work = [&next, n, &fn] {
        for (int i = next.fetch_add(1); i < n; i = next.fetch_add(1))
            fn(i);
    };
    const int helpers = std::max(0, std::min(QThreadPool::globalInstance()->maxThreadCount(), n) - 1);
    QList<QFuture<void>> running;
    for (int h = 0; h < helpers; ++h)
        running.append(QtConcurrent::run(work));
    for (int i = next.fetch_add(1); i < n; i = next.fetch_add(1)) {
        fn(i);
        if (onCallerStep)
            onCallerStep();
    }
    for (QFuture<void> &f : running)
        f.waitForFinished();
}

Result<QByteArray> buildArchive(const QList<ZipInput> &entries, const QByteArray &comment,
                                const ProgressFn &progress, const std::atomic_bool *cancel)
{
    if (entries.size() > 0xFFFE)
        return Error(ErrorCode::TooLarge,
                     StudioTr::tr("%1 files are more than a zip archive without ZIP64 holds (65,534); the daemon's "
                        "limits would refuse the package anyway.").arg(entries.size()));
    if (comment.size() > 0xFFFF)
        return Error(ErrorCode::TooLarge, StudioTr::tr("The archive comment is longer than 65535 bytes."));
    qint64 total = 0;
    for (const ZipInput &in : entries) {
        if (in.name.toUtf8().size() > 0xFFFF)
            return Error(ErrorCode::InvalidInput, StudioTr::tr("The file name %1 is longer than a zip entry name may be.").arg(in.name));
        total += in.data.size();
    }
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    QList<Compressed> out(entries.size());
    std::atomic<qint64> done{0};
    forEachParallel(
        int(entries.size()),
        [&](int i) {
            if (cancelled())
                return;
            out[i].data = deflateRaw(entries.at(i).data, 6);
            out[i].crc = crc32(entries.at(i).data);
            done += entries.at(i).data.size();
        },
        [&] {
            if (progress)
                progress(done.load(), total);
        });
    if (cancelled())
        return Error(ErrorCode::Cancelled, StudioTr::tr("Cancelled; no file was written."));

    qint64 size = 22 + comment.size();
    for (int i = 0; i < entries.size(); ++i) {
        const qint64 nameLen = entries.at(i).name.toUtf8().size();
        size += 30 + 46 + 2 * nameLen + out.at(i).data.size();
        if (out.at(i).data.isEmpty() || entries.at(i).data.size() > 0xFFFFFFFELL)
            return Error(ErrorCode::TooLarge, StudioTr::tr("Cannot compress %1.").arg(entries.at(i).name));
    }
    if (size > 0xFFFFFFFELL)
        return Error(ErrorCode::TooLarge, StudioTr::tr("The archive would be larger than 4 GiB, which needs ZIP64."));

    QByteArray zip;
    zip.reserve(qsizetype(size));
    QByteArray central;
    for (int i = 0; i < entries.size(); ++i) {
        const QByteArray name = entries.at(i).name.toUtf8();
        bool ascii = true;
        for (char c : name)
            ascii = ascii && uchar(c) < 0x80;
        const quint16 flags = ascii ? 0 : kUtf8Flag;
        const quint32 offset = quint32(zip.size());
        const quint32 csize = quint32(out.at(i).data.size());
        const quint32 usize = quint32(entries.at(i).data.size());
        const quint32 crc = out.at(i).crc;

        le32(zip, 0x04034b50u);
        le16(zip, kVersion);
        le16(zip, flags);
        le16(zip, 8);
        le16(zip, kDosTime);
        le16(zip, kDosDate);
        le32(zip, crc);
        le32(zip, csize);
        le32(zip, usize);
        le16(zip, quint32(name.size()));
        le16(zip, 0);
        zip += name;
        zip += out.at(i).data;
        out[i].data = QByteArray(); // keep the peak at one copy

        le32(central, 0x02014b50u);
        le16(central, kVersion); // made by: MS-DOS host, 2.0
        le16(central, kVersion);
        le16(central, flags);
        le16(central, 8);
        le16(central, kDosTime);
        le16(central, kDosDate);
        le32(central, crc);
        le32(central, csize);
        le32(central, usize);
        le16(central, quint32(name.size()));
        le16(central, 0); // extra
        le16(central, 0); // comment
        le16(central, 0); // disk
        le16(central, 0); // internal attributes
        le32(central, 0); // external attributes
        le32(central, offset);
        central += name;
    }
    const quint32 cdOffset = quint32(zip.size());
    zip += central;
    le32(zip, 0x06054b50u);
    le16(zip, 0);
    le16(zip, 0);
    le16(zip, quint32(entries.size()));
    le16(zip, quint32(entries.size()));
    le32(zip, quint32(central.size()));
    le32(zip, cdOffset);
    le16(zip, quint32(comment.size()));
    zip += comment;
    return zip;
}

} // namespace

Result<qint64> writeZip(const QString &outPath, const QList<ZipInput> &entries,
                        const QByteArray &comment, const ProgressFn &progress,
                        const std::atomic_bool *cancel, const OutputOptions &output)
{
    // Check the target before the work, so a refused output costs nothing.
    if (auto ok = OutputFile::checkTarget(outPath, output); !ok)
        return ok.error();
    auto zip = buildArchive(entries, comment, progress, cancel);
    if (!zip)
        return zip.error();
    OutputFile out(outPath, output);
    if (auto ok = out.open(); !ok)
        return ok.error();
    if (auto ok = out.write(*zip); !ok)
        return ok.error();
    if (cancel && cancel->load())
        return Error(ErrorCode::Cancelled, StudioTr::tr("Cancelled; no file was written."));
    if (auto ok = out.commit(); !ok)
        return ok.error();
    return qint64(zip->size());
}

Result<QByteArray> writeZipToMemory(const QList<ZipInput> &entries, const QByteArray &comment,
                                    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    return buildArchive(entries, comment, progress, cancel);
}

} // namespace Studio::Package::Internal
