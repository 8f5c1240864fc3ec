// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: raw DEFLATE (RFC 1951, what zip method 8 stores) and CRC-32 for the package reader
// and writer. Backed by libdeflate when the build found it (STUDIO_HAVE_LIBDEFLATE: whole-buffer,
// 2-3x faster than zlib at the same level and ratio), by zlib otherwise. Both produce streams any
// inflater reads (Go's compress/flate, zlib, Python); the bytes differ, the contents do not.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Studio::Package::Internal {

// Raw deflate of `data` at `level` (1-9; 6 is what Go's packager uses by default).
QByteArray deflateRaw(QByteArrayView data, int level = 6);

enum class InflateStatus {
    Ok,       // exactly `outSize` bytes, and the stream ended
    TooLong,  // the stream holds more than `outSize` bytes (forged size or bomb)
    TooShort, // the stream ended before `outSize` bytes
    Corrupt,  // not a valid deflate stream, or it is cut before its end
};

// Inflates the raw deflate stream `in` into `out` (exactly `outSize` bytes of room). Never
// writes past `outSize`; a stream that would produce more is TooLong.
InflateStatus inflateRaw(QByteArrayView in, char *out, qint64 outSize, qint64 *produced = nullptr);

// CRC-32 (IEEE, as zip stores it).
quint32 crc32(QByteArrayView data);

// "libdeflate 1.14" or "zlib 1.2.13": what the build uses (for benchmarks and --version).
QString deflateBackend();

} // namespace Studio::Package::Internal
