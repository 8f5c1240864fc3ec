// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plugin checksum and unique identifier (formats.md §3.5, install-and-marketplace.md §2.7).

#include "core/common/fileset.h"
#include "core/common/result.h"
#include "core/plugin/pluginid.h"

#include <QString>

#include <optional>

namespace Studio::Package {

// SHA-256 over the byte-sorted files: sha256(concat(sha256(utf8 path) || sha256(content))),
// lowercase hex (64 chars). Fails when a file cannot be read.
Result<QString> computeChecksum(const FileSet &files);
// Same; returns an empty string when a file cannot be read.
QString checksumOf(const FileSet &files);

// The identifier rules are the one plugin-id rule of core/plugin/pluginid.h.
using Plugin::isUuid;
using Plugin::isValidUniqueIdentifier;
using Plugin::PluginIdentifier;
using Plugin::uniqueIdentifier;

} // namespace Studio::Package
