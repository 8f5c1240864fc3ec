// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/zipwriter_p.h"
#include "core/common/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <zip.h>

#include <cstdio>
#include <ctime>

namespace Studio::Package::Internal {

namespace {


// 1980-01-01 00:00:00 in local time, so libzip's localtime() conversion stores DOS time/date
// 0x0000/0x0021 whatever the time zone: the output does not depend on when or where it was built.
time_t fixedMtime()
{
    std::tm tm{};
    tm.tm_year = 80;
    tm.tm_mon = 0;
    tm.tm_mday = 1;
    tm.tm_isdst = -1;
    return std::mktime(&tm);
}

struct CallbackState
{
    const ProgressFn *progress = nullptr;
    const std::atomic_bool *cancel = nullptr;
    qint64 total = 0;
};

void progressCallback(zip_t *, double fraction, void *ud)
{
    auto *st = static_cast<CallbackState *>(ud);
    if (st->progress && *st->progress)
        (*st->progress)(qint64(fraction * double(st->total)), st->total);
}

int cancelCallback(zip_t *, void *ud)
{
    auto *st = static_cast<CallbackState *>(ud);
    return (st->cancel && st->cancel->load()) ? 1 : 0;
}

Result<void> fillArchive(zip_t *za, const QList<ZipInput> &entries, const QByteArray &comment)
{
    const time_t mtime = fixedMtime();
    for (const ZipInput &in : entries) {
        zip_source_t *src = zip_source_buffer(za, in.data.constData(), zip_uint64_t(in.data.size()), 0);
        if (!src)
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot add %1: %2").arg(in.name, QString::fromUtf8(zip_strerror(za))));
        const QByteArray name = in.name.toUtf8();
        const zip_int64_t idx = zip_file_add(za, name.constData(), src, ZIP_FL_ENC_UTF_8);
        if (idx < 0) {
            zip_source_free(src);
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot add %1: %2").arg(in.name, QString::fromUtf8(zip_strerror(za))));
        }
        if (zip_set_file_compression(za, zip_uint64_t(idx), ZIP_CM_DEFLATE, 6) != 0
            || zip_file_set_mtime(za, zip_uint64_t(idx), mtime, 0) != 0
            || zip_file_set_external_attributes(za, zip_uint64_t(idx), 0, ZIP_OPSYS_DOS, 0) != 0)
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot set up %1: %2").arg(in.name, QString::fromUtf8(zip_strerror(za))));
    }
    if (!comment.isEmpty()) {
        if (comment.size() > 65535)
            return Error(ErrorCode::TooLarge, StudioTr::tr("The archive comment is longer than 65535 bytes."));
        if (zip_set_archive_comment(za, comment.constData(), zip_uint16_t(comment.size())) != 0)
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot set the archive comment: %1").arg(QString::fromUtf8(zip_strerror(za))));
    }
    return {};
}

} // namespace

Result<qint64> writeZip(const QString &outPath, const QList<ZipInput> &entries,
                        const QByteArray &comment, const ProgressFn &progress,
                        const std::atomic_bool *cancel)
{
    const QFileInfo ofi(outPath);
    const QString dir = ofi.absolutePath();
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the folder %1.").arg(dir), dir);
    const QString temp = dir + QStringLiteral("/.%1.tmp-%2").arg(ofi.fileName()).arg(QRandomGenerator::global()->generate64(), 0, 16);
    int zerr = 0;
    zip_t *za = zip_open(QFile::encodeName(temp).constData(), ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!za) {
        zip_error_t e;
        zip_error_init_with_code(&e, zerr);
        const QString msg = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create %1: %2").arg(outPath, msg), outPath);
    }
    CallbackState st;
    st.progress = &progress;
    st.cancel = cancel;
    for (const ZipInput &in : entries)
        st.total += in.data.size();
    zip_register_progress_callback_with_state(za, 0.01, progressCallback, nullptr, &st);
    zip_register_cancel_callback_with_state(za, cancelCallback, nullptr, &st);
    if (auto ok = fillArchive(za, entries, comment); !ok) {
        zip_discard(za);
        QFile::remove(temp);
        return ok.error();
    }
    if (zip_close(za) != 0) {
        const bool cancelled = cancel && cancel->load();
        const QString msg = QString::fromUtf8(zip_strerror(za));
        zip_discard(za);
        QFile::remove(temp);
        if (cancelled)
            return Error(ErrorCode::Cancelled, StudioTr::tr("Cancelled; no file was written."));
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write %1: %2").arg(outPath, msg), outPath);
    }
    if (entries.isEmpty() && !QFileInfo::exists(temp)) {
        // libzip writes nothing for an empty archive; create the 22-byte end record ourselves.
        QFile f(temp);
        QByteArray eocd(22, '\0');
        eocd[0] = 'P'; eocd[1] = 'K'; eocd[2] = 5; eocd[3] = 6;
        if (!f.open(QIODevice::WriteOnly) || f.write(eocd) != eocd.size())
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot write %1.").arg(outPath), outPath);
    }
    QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(ofi.absoluteFilePath()).constData()) != 0) {
        QFile::remove(temp);
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot move the new archive to %1.").arg(outPath), outPath);
    }
    return QFileInfo(ofi.absoluteFilePath()).size();
}

Result<QByteArray> writeZipToMemory(const QList<ZipInput> &entries, const QByteArray &comment)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create a temporary folder."));
    const QString path = tmp.filePath(QStringLiteral("out.zip"));
    auto r = writeZip(path, entries, comment);
    if (!r)
        return r.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot read back the archive."));
    return f.readAll();
}

} // namespace Studio::Package::Internal
