// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bundles (formats.md §4, install-and-marketplace.md §3): a folder or a `.difybndl` zip with
// `manifest.yaml`, `_assets/` (icon + embedded packages stored under their checksum) and root
// README* files. Mirrors `dify bundle init|append|remove|bump|package|analyze`, non-interactive.
// Manifest edits go through Yaml::Editor, so comments and formatting are preserved.

#include "core/common/diagnostic.h"
#include "core/common/result.h"
#include "core/package/packagereader.h"
#include "core/plugin/declarations.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Studio::Package {

struct BundleInitOptions
{
    QString name;        // 1-128 of [A-Za-z0-9_-]
    QString author;
    QString description;
};

// Creates `dir` (must not exist, or be empty) with manifest.yaml, README.md and _assets/icon.svg.
Result<void> initBundle(const QString &dir, const BundleInitOptions &options);

class Bundle
{
public:
    // A bundle folder or a .difybndl file (read with the bundle limits, 600 MiB, same safety
    // rules as packages).
    static Result<Bundle> open(const QString &path);

    QString path() const { return m_path; }
    bool isArchive() const { return m_archive; }
    QByteArray manifestText() const { return m_manifest; }
    // Decoded manifest (Plugin::loadBundleManifest); rule violations go to `report`.
    Result<Plugin::BundleManifest> manifest(ValidationReport *report = nullptr) const;
    // Asset names below _assets/ (sorted), e.g. "icon.svg", "<checksum>".
    QStringList assets() const;

    Result<void> appendMarketplace(const QString &pattern); // org/plugin:VERSION
    Result<void> appendGithub(const QString &pattern);      // owner/repo:VERSION/asset
    // The package must decode as a plugin; it is copied to _assets/<checksum>. Returns the checksum.
    Result<QString> appendPackage(const QString &packagePath);
    Result<void> removeDependency(int index); // 0-based, as listed by analyze
    Result<void> bumpVersion(const QString &version);

    // Writes the changes back: manifest.yaml (+ new assets) into the folder, or rewrites the
    // .difybndl atomically.
    Result<void> save();
    // Writes manifest.yaml, every _assets/* and root README* into a zip; returns its size.
    Result<qint64> packageTo(const QString &outPath) const;

private:
    Result<void> appendDependency(const QString &type, const QString &key, const QString &value);
    QString m_path;
    bool m_archive = false;
    QByteArray m_manifest;
    QMap<QString, QByteArray> m_assets;   // archive mode: all; folder mode: added ones only
    QMap<QString, QByteArray> m_readmes;  // archive mode only
};

} // namespace Studio::Package
