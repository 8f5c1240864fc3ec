// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/inspect.h"

#include "core/common/printable.h"
#include "core/package/checksum.h"
#include "core/plugin/loader.h"
#include "core/plugin/validator.h"

#include <QTimeZone>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Studio::Package {

Result<PackageInfo> inspectPackage(const QString &path, const QList<PublicKey> &trustedKeys)
{
    auto reader = PackageReader::open(path);
    if (!reader)
        return reader.error();
    const PackageReader &r = **reader;
    PackageInfo info;
    info.path = path;
    info.archiveSize = r.archiveSize();
    info.files = r.entries();
    auto sum = r.checksum();
    if (!sum)
        return sum.error();
    info.checksum = *sum;
    auto manifest = readManifestSummary(r.fileSet());
    if (manifest) {
        info.manifest = *manifest;
        info.identifier = uniqueIdentifier(manifest->author, manifest->name, manifest->version, info.checksum);
        info.identifierValid = isValidUniqueIdentifier(info.identifier);
    }
    const Plugin::LoadResult loaded = Plugin::loadPlugin(r.fileSet());
    if (loaded.ok)
        info.category = Plugin::categoryName(loaded.declaration.category());
    Plugin::ValidationOptions vo;
    vo.importedPackage = true;
    info.validation = Plugin::validatePlugin(r.fileSet(), vo);
    if (!manifest) {
        const Diagnostic d = Plugin::makeDiagnostic(Plugin::DiagnosticCode::ManifestDecode, manifest.error().message,
                                                    QStringLiteral("manifest.yaml"), manifest.error().line,
                                                    manifest.error().column);
        if (!info.validation.contains(d.code))
            info.validation.add(d);
    }
    // Names that clash on case-insensitive or normalising file systems: said, not hidden.
    for (const Diagnostic &w : r.warnings())
        info.validation.add(w);
    info.valid = !info.validation.hasErrors();
    info.signature = verifyPackage(r, trustedKeys, true);
    return info;
}

QByteArray PackageInfo::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("path")] = path;
    o[QStringLiteral("archive_size")] = archiveSize;
    QJsonArray arr;
    for (const ZipEntry &e : files) {
        arr.append(QJsonObject{{QStringLiteral("name"), e.name},
                               {QStringLiteral("size"), e.uncompressedSize},
                               {QStringLiteral("compressed"), e.compressedSize},
                               {QStringLiteral("method"), e.method == 8 ? QStringLiteral("deflate") : QStringLiteral("store")}});
    }
    o[QStringLiteral("files")] = arr;
    o[QStringLiteral("manifest")] = QJsonObject{{QStringLiteral("author"), manifest.author},
                                                {QStringLiteral("name"), manifest.name},
                                                {QStringLiteral("version"), manifest.version},
                                                {QStringLiteral("label"), manifest.label},
                                                {QStringLiteral("description"), manifest.description},
                                                {QStringLiteral("icon"), manifest.icon},
                                                {QStringLiteral("category"), category}};
    o[QStringLiteral("checksum")] = checksum;
    o[QStringLiteral("identifier")] = identifier;
    o[QStringLiteral("identifier_valid")] = identifierValid;
    o[QStringLiteral("signature")] = QJsonObject{{QStringLiteral("signed"), signature.isSigned},
                                                 {QStringLiteral("verified"), signature.verified},
                                                 {QStringLiteral("key"), signature.keyLabel},
                                                 {QStringLiteral("category"), signature.category},
                                                 {QStringLiteral("time"), signature.time},
                                                 {QStringLiteral("error"), signature.error}};
    o[QStringLiteral("validation")] = QJsonDocument::fromJson(validation.toJson()).object();
    o[QStringLiteral("valid")] = valid;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString PackageInfo::toText() const
{
    // Everything below but our own words came from the package: escaped, so an ESC sequence in a
    // label cannot rewrite the terminal and a newline in a name cannot forge a line.
    auto p = [](const QString &t) { return printable(t); };
    QString s;
    s += QStringLiteral("package:    %1 (%2 bytes)\n").arg(p(path)).arg(archiveSize);
    s += QStringLiteral("plugin:     %1 %2 (%3)\n").arg(p(manifest.author + QLatin1Char('/') + manifest.name), p(manifest.version),
                                                      category.isEmpty() ? QStringLiteral("unknown kind") : p(category));
    if (!manifest.label.isEmpty())
        s += QStringLiteral("label:      %1\n").arg(p(manifest.label));
    if (!manifest.description.isEmpty())
        s += QStringLiteral("about:      %1\n").arg(p(manifest.description));
    s += QStringLiteral("identifier: %1%2\n").arg(p(identifier), identifierValid ? QString() : QStringLiteral("  (INVALID for the daemon)"));
    s += QStringLiteral("checksum:   %1\n").arg(checksum);
    if (signature.verified)
        s += QStringLiteral("signature:  verified (%1 key), category %2, signed %3\n")
                 .arg(p(signature.keyLabel), p(signature.category),
                      QDateTime::fromSecsSinceEpoch(signature.time, QTimeZone(0)).toString(Qt::ISODate));
    else
        s += QStringLiteral("signature:  %1 — %2\n").arg(signature.isSigned ? QStringLiteral("NOT verified") : QStringLiteral("unsigned"), p(signature.error));
    s += QStringLiteral("validation: %1 (%2 error(s), %3 warning(s))\n")
             .arg(valid ? (validation.warningCount() > 0 ? QStringLiteral("valid, with warnings") : QStringLiteral("valid"))
                        : QStringLiteral("INVALID"))
             .arg(validation.errorCount())
             .arg(validation.warningCount());
    s += QStringLiteral("files (%1):\n").arg(files.size());
    for (const ZipEntry &e : files)
        s += QStringLiteral("  %1 %2  %3\n").arg(e.uncompressedSize, 10).arg(e.compressedSize, 10).arg(p(e.name));
    return s;
}

} // namespace Studio::Package
