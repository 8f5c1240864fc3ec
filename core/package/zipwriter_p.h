// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: reproducible zip writing (formats.md §3.1 header choices: deflate, no directory
// entries, '/' names, DOS time 1980-01-01 00:00, external attributes 0 with MS-DOS host, no extra
// fields, no data descriptors, the UTF-8 flag on non-ASCII names). Same input, same bytes. The
// entries are deflated in parallel across the cores (each on its own, so the output does not
// depend on how many there are), then written in order through an OutputFile: a temporary file
// beside the target renamed over it, so a failure never leaves a half-written archive and a
// target that is not a regular file is refused.

#include "core/common/outputfile.h"
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

// Returns the size of the archive written.
Result<qint64> writeZip(const QString &outPath, const QList<ZipInput> &entries,
                        const QByteArray &comment, const ProgressFn &progress = nullptr,
                        const std::atomic_bool *cancel = nullptr, const OutputOptions &output = {});

// The archive's bytes, in memory (bundles and tests).
Result<QByteArray> writeZipToMemory(const QList<ZipInput> &entries, const QByteArray &comment,
                                    const ProgressFn &progress = nullptr,
                                    const std::atomic_bool *cancel = nullptr);

} // namespace Studio::Package::Internal
