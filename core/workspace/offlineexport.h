// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Offline packages (install-and-marketplace.md §7 pain points #4, #5, #25): downloads the wheels
// of a plugin's requirements for a target platform with
//   python -m pip download --only-binary=:all: --platform P --python-version V -r requirements.txt -d wheels/
// and repackages a .difypkg that contains wheels/ and a requirements.txt rewritten to
//   --no-index / --find-links=./wheels/
// Installing it needs no index (the workspace's env preparation detects wheels/).
// The repackaged file is UNSIGNED (its checksum changed); installing it needs a trusted re-signature
// or "allow unsigned packages".
//
// Blocking (runs pip): call it from a worker thread (QtConcurrent) in the GUI.

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Studio::Workspace {

struct OfflineExportOptions
{
    QString platform;       // manylinux2014_x86_64, manylinux2014_aarch64, ...; empty or "current" = this machine
    QString pythonVersion;  // "3.12"; empty = the interpreter's own (only used with a platform)
    QString python;         // interpreter that runs pip; empty = python3 from PATH
    QStringList extraPipArgs; // e.g. {"--index-url", MIRROR} or {"--no-index", "--find-links", DIR}
    QString outputPath;     // default <outDir>/<name>-<version>-<platform>-offline.difypkg
    int timeoutMs = 30 * 60 * 1000;
};

struct OfflineExportResult
{
    QString outputPath;
    QString identifier;   // of the new (unsigned) package
    QStringList wheels;   // file names in wheels/
    QString notice;       // "the offline package is unsigned ..."
};

// `source`: a .difypkg file or a plugin folder (e.g. an installed plugin's folder).
Result<OfflineExportResult> exportOffline(const QString &source, const QString &outDir, const OfflineExportOptions &options,
                                          const std::function<void(const QString &)> &progress = {},
                                          const std::atomic_bool *cancel = nullptr);

} // namespace Studio::Workspace
