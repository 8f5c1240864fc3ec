// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `dify plugin package` (formats.md §3.2) with Studio extras: validation first, reproducible
// output (same input -> same bytes), "beyond Dify" warnings for secrets and junk about to be
// packaged, cancellation and progress. Runs synchronously: call it off the GUI thread.

#include "core/common/diagnostic.h"
#include "core/common/result.h"
#include "core/package/packagereader.h"
#include "core/plugin/validator.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Studio::Package {

struct PackageOptions
{
    QString outputPath;                 // default: <CWD>/<basename(dir)>.difypkg
    qint64 maxSizeBytes = 50 * kMiB;    // uncompressed total; <= 0 means 50 MiB
    bool skipValidation = false;
    // Follow symbolic links whose target leaves the plugin folder (refused by default: a link
    // to /etc/passwd would be packaged as a regular file).
    bool followOutsideLinks = false;
    // Which findings refuse the package. Strict (the default) refuses what `dify plugin package`
    // refuses (the daemon's struct tags; the Marketplace re-runs it on every submission). Install
    // is the explicit loosening to what a stock daemon installs: the struct-tag findings are then
    // reported as warnings and counted in PackageResult::refusedByDifyPackage, never dropped.
    Plugin::ValidationLevel validationLevel = Plugin::ValidationLevel::Strict;
};

struct PackageResult
{
    QString outputPath;
    QString checksum;
    QString identifier; // author/name:version@checksum
    qint64 bytesWritten = 0;
    QStringList files;  // archive entries in order
    QList<Diagnostic> warnings; // validator warnings + Studio "beyond Dify" warnings
    bool generatedRequirements = false; // requirements.txt came from `uv export`
    // With validationLevel Install: how many of the warnings are findings `dify plugin package`
    // refuses (0 at Strict and Sdk, where they refuse the package).
    int refusedByDifyPackage = 0;
};

// Packages the plugin folder `dir`. On an invalid plugin returns ErrorCode::ValidationFailed and
// fills `report` (when given) with the full validation report. Errors: NotFound (no folder),
// ValidationFailed, ProcessFailed (uv missing or failing), TooLarge (with the five largest
// files), Cancelled, IoError. Never leaves a partial output file.
Result<PackageResult> packagePlugin(const QString &dir, const PackageOptions &options,
                                    const ProgressFn &progress = nullptr,
                                    const std::atomic_bool *cancel = nullptr,
                                    ValidationReport *report = nullptr);

// The "beyond Dify" advice for a file list (exposed for the validator/GUI): `.git/`, `.venv/`,
// `__pycache__/`, `.env`, private keys (`*.pem`, `*.key`, `id_rsa`), `*.difypkg`.
QList<Diagnostic> packagingAdvice(const QStringList &packagedPaths);

// Runs `uv export ...` in `dir` (UV_PATH or PATH) and returns its stdout.
Result<QByteArray> uvExportRequirements(const QString &dir);

} // namespace Studio::Package
