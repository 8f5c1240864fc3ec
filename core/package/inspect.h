// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One call that answers "what is in this .difypkg": files, manifest summary, identifier, checksum,
// signature status and a validation summary (as a third-party package: STRICT/SDK findings are
// warnings). Reads the whole package; call it off the GUI thread.

#include "core/common/diagnostic.h"
#include "core/common/result.h"
#include "core/package/manifestinfo.h"
#include "core/package/packagereader.h"
#include "core/package/signature.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Studio::Package {

struct PackageInfo
{
    QString path;
    qint64 archiveSize = 0;
    QList<ZipEntry> files;   // archive order (name, size, compressed size, method)
    ManifestSummary manifest;
    QString category;        // "tool", "model", ... (from the plugin loader; empty if it failed)
    QString checksum;
    QString identifier;      // author/name:version@checksum
    bool identifierValid = false; // matches the daemon regex
    VerifyResult signature;  // against the official key + `trustedKeys`
    ValidationReport validation; // includes the reader's warnings (name clashes)
    bool valid = false;      // no validation error

    QByteArray toJson() const; // stable keys for `inspect --json`
    QString toText() const;    // human summary; text from the package is escaped (Studio::printable)
};

Result<PackageInfo> inspectPackage(const QString &path, const QList<PublicKey> &trustedKeys = {});

} // namespace Studio::Package
