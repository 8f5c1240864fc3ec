// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: reproducible zip writing with libzip (formats.md §3.1 header choices where libzip
// allows: deflate, no directory entries, '/' names, DOS time 1980-01-01 00:00, external attributes
// 0 with MS-DOS host, no extra fields). Writes to a temporary file in the same folder and renames
// it over `outPath` (mode 0644), so a failure never leaves a half-written archive.

#include "core/common/result.h"
#include "core/package/packagereader.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>

namespace Studio::Package::Internal {

struct ZipInput
{
    QString name;
    QByteArray data;
};

Result<qint64> writeZip(const QString &outPath, const QList<ZipInput> &entries,
                        const QByteArray &comment, const ProgressFn &progress = nullptr,
                        const std::atomic_bool *cancel = nullptr);

// Same, into memory (used for bundles and tests).
Result<QByteArray> writeZipToMemory(const QList<ZipInput> &entries, const QByteArray &comment);

} // namespace Studio::Package::Internal
