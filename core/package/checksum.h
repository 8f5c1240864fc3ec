// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plugin checksum and unique identifier (formats.md §3.5, install-and-marketplace.md §2.7).

#include "core/common/fileset.h"
#include "core/common/result.h"

#include <QString>

#include <optional>

namespace Studio::Package {

// SHA-256 over the byte-sorted files: sha256(concat(sha256(utf8 path) || sha256(content))),
// lowercase hex (64 chars). Fails when a file cannot be read.
Result<QString> computeChecksum(const FileSet &files);
// Same; returns an empty string when a file cannot be read.
QString checksumOf(const FileSet &files);

// "author/name:version@checksum" ("name:version@checksum" when author is empty).
QString uniqueIdentifier(const QString &author, const QString &name, const QString &version,
                         const QString &checksum);
// The daemon's identifier regex (2–4 version components, 32–64 hex checksum).
bool isValidUniqueIdentifier(const QString &identifier);
// 8-4-4-4-12 hex (any case), like google/uuid.Parse on the canonical form.
bool isUuid(const QString &text);

struct PluginIdentifier
{
    QString author; // may be empty
    QString name;
    QString version;
    QString checksum;

    QString pluginId() const; // "author/name" or "name"
    QString toString() const; // the unique identifier
    bool isRemoteLike() const { return isUuid(author); }
    // Parses a valid unique identifier; std::nullopt when it does not match the daemon regex.
    static std::optional<PluginIdentifier> parse(const QString &identifier);
};

} // namespace Studio::Package
