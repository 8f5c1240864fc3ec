// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The few manifest fields the package layer needs to name a package (identifier, inspect output),
// read with the project's YAML parser. Full decoding/validation lives in core/plugin.

#include "core/common/fileset.h"
#include "core/common/result.h"

#include <QString>

namespace Studio::Package {

struct ManifestSummary
{
    QString author;
    QString name;
    QString version;
    QString type;     // "plugin"
    QString label;    // label.en_US (or the first label)
    QString description;
    QString icon;
    QString runnerLanguage; // meta.runner.language
    QString entrypoint;     // meta.runner.entrypoint
    QStringList categories; // plugin kinds present in `plugins.*` (tools, models, endpoints, ...)
};

// Reads manifest.yaml from `files`. Errors: missing manifest, YAML syntax (with line/column),
// missing author/name/version.
Result<ManifestSummary> readManifestSummary(const FileSet &files);

} // namespace Studio::Package
