// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/deflate_p.h"

#include <zlib.h>

#ifdef STUDIO_HAVE_LIBDEFLATE
#include <libdeflate.h>
#endif

#include <limits>
#include <memory>

namespace Studio::Package::Internal {

#ifdef STUDIO_HAVE_LIBDEFLATE

namespace {
struct CompressorDeleter
{
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};
struct DecompressorDeleter
{
    void operator()(libdeflate_decompressor *d) const { libdeflate_free_decompressor(d); }
};
} // namespace

QByteArray deflateRaw(QByteArrayView data, int level)
{
    // One compressor per thread and level: allocating one costs more than a small file.
    thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> c;
    thread_local int cLevel = -1;
    if (!c || cLevel != level) {
        c.reset(libdeflate_alloc_compressor(level));
        cLevel = level;
    }
    if (!c)
        return QByteArray();
    QByteArray out;
    out.resize(qsizetype(libdeflate_deflate_compress_bound(c.get(), size_t(data.size()))));
    const size_t n = libdeflate_deflate_compress(c.get(), data.data(), size_t(data.size()), out.data(), size_t(out.size()));
    out.resize(qsizetype(n));
    return out;
}

InflateStatus inflateRaw(QByteArrayView in, char *out, qint64 outSize, qint64 *produced)
{
    thread_local std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> d(libdeflate_alloc_decompressor());
    if (!d)
        return InflateStatus::Corrupt;
    size_t got = 0;
    size_t used = 0;
    const libdeflate_result r = libdeflate_deflate_decompress_ex(d.get(), in.data(), size_t(in.size()), out,
                                                                 size_t(outSize), &used, &got);
    if (produced)
        *produced = qint64(got);
    switch (r) {
    case LIBDEFLATE_SUCCESS:
        return qint64(got) == outSize ? InflateStatus::Ok : InflateStatus::TooShort;
    case LIBDEFLATE_INSUFFICIENT_SPACE:
        return InflateStatus::TooLong;
    default:
        return InflateStatus::Corrupt;
    }
}

quint32 crc32(QByteArrayView data)
{
    return libdeflate_crc32(0, data.data(), size_t(data.size()));
}

QString deflateBackend()
{
    return QStringLiteral("libdeflate %1").arg(QString::fromLatin1(LIBDEFLATE_VERSION_STRING));
}

#else // zlib

QByteArray deflateRaw(QByteArrayView data, int level)
{
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return QByteArray();
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))));
    qint64 inPos = 0;
    int rc = Z_OK;
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    while (rc == Z_OK) {
        const qint64 chunk = std::min<qint64>(data.size() - inPos, std::numeric_limits<uInt>::max());
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + inPos));
        zs.avail_in = uInt(chunk);
        inPos += chunk;
        rc = deflate(&zs, inPos == data.size() ? Z_FINISH : Z_NO_FLUSH);
    }
    const qint64 n = qint64(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return QByteArray();
    out.resize(qsizetype(n));
    return out;
}

InflateStatus inflateRaw(QByteArrayView in, char *out, qint64 outSize, qint64 *produced)
{
    z_stream zs{};
    if (inflateInit2(&zs, -15) != Z_OK)
        return InflateStatus::Corrupt;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    zs.avail_in = uInt(in.size()); // an entry is at most 4 GiB - 1 (no ZIP64)
    zs.next_out = reinterpret_cast<Bytef *>(out);
    zs.avail_out = uInt(outSize);
    int rc = inflate(&zs, Z_FINISH);
    InflateStatus status = InflateStatus::Corrupt;
    if (rc == Z_STREAM_END) {
        status = qint64(zs.total_out) == outSize ? InflateStatus::Ok : InflateStatus::TooShort;
    } else if ((rc == Z_BUF_ERROR || rc == Z_OK) && zs.avail_out == 0) {
        // The room is full: one more byte tells a longer stream from one that ends right here.
        char extra = 0;
        zs.next_out = reinterpret_cast<Bytef *>(&extra);
        zs.avail_out = 1;
        rc = inflate(&zs, Z_FINISH);
        if (rc == Z_STREAM_END && zs.avail_out == 1)
            status = InflateStatus::Ok;
        else if (zs.avail_out == 0)
            status = InflateStatus::TooLong;
    }
    if (produced)
        *produced = std::min<qint64>(qint64(zs.total_out), outSize);
    inflateEnd(&zs);
    return status;
}

quint32 crc32(QByteArrayView data)
{
    uLong c = ::crc32(0L, Z_NULL, 0);
    qint64 pos = 0;
    while (pos < data.size()) {
        const qint64 chunk = std::min<qint64>(data.size() - pos, std::numeric_limits<uInt>::max());
        c = ::crc32(c, reinterpret_cast<const Bytef *>(data.data() + pos), uInt(chunk));
        pos += chunk;
    }
    return quint32(c);
}

QString deflateBackend()
{
    return QStringLiteral("zlib %1").arg(QString::fromLatin1(zlibVersion()));
}

#endif

} // namespace Studio::Package::Internal
