// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Marketplace CI's checks that read only the unpacked package (marketplace-submission.md
// §4.1–§4.7, §4.8 scan, warning sweeps), reimplemented rule by rule on a FileSet: the exact bytes
// that will be submitted. Pure functions, no I/O beyond the FileSet, reentrant.

#include "core/common/fileset.h"
#include "core/publish/findings.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Studio::Publish {

struct PackageInput
{
    const FileSet *files = nullptr; // the unpacked package
    qint64 packageBytes = -1;       // size of the .difypkg (-1 unknown)
    QHash<QString, quint32> unixModes; // per path, when the archive records them (execute bits)
};

// One dependency string read from pyproject.toml, with where it was found
// ("project.dependencies", "dependency-groups.dev", "tool.poetry.dependencies.requests").
struct PyprojectDependency
{
    QString source;
    QString requirement;
};
// pyproject.toml read by Python's tomllib (pychecks.h): the dependencies, or why it failed.
struct PyprojectRead
{
    bool attempted = false;  // false: no interpreter to read it with
    QString parseError;      // tomllib's message
    QList<PyprojectDependency> dependencies;
};

void checkPackageContents(const PackageInput &in, CheckResult &out);
void checkPackageSecrets(const PackageInput &in, CheckResult &out);
void checkPackageBinaries(const PackageInput &in, CheckResult &out);
void checkManifestMetadata(const PackageInput &in, CheckResult &out);
void checkReadmeMetadata(const PackageInput &in, CheckResult &out);
void checkPackageDependencies(const PackageInput &in, const PyprojectRead &pyproject, CheckResult &out);
void checkPluginIcon(const PackageInput &in, CheckResult &out);
void checkFinancialActivity(const PackageInput &in, CheckResult &out);

// One requirement against the Marketplace's dependency policy (§4.6): the findings it yields
// for `source` ("requirements.txt:3"). Exposed for tests and the quick fix.
QList<Finding> checkRequirement(const QString &requirement, const QString &source, const QString &file, int line);

// The certain rewrite of a dify_plugin requirement that fails the three-part bound rule:
// `dify_plugin>=0.9,<0.10` -> `dify_plugin>=0.9.0,<0.10`, `~=0.9.0` -> `>=0.9.0,<0.10.0`, a bare
// `dify_plugin` -> the current SDK line; extras and markers kept. nullopt when the bound is below
// 0.9.0 (a move to another SDK line, not a spelling) or the specifier is not plain numbers.
std::optional<QString> threePartSdkRequirement(const QString &requirement);

// §4.8 scan: the sensitive capabilities the code reaches for, per category, with samples.
struct CapabilityCategory
{
    QString name;  // "arbitrary network requests"
    int count = 0;
    QStringList samples; // "tools/x.py:12: requests.get(url)" (at most 20)
    QList<QPair<QString, int>> places; // file, line of each sample
};
QList<CapabilityCategory> scanCapabilities(const FileSet &files);

// The manifest values the checks and the PR body need (read as yq would).
struct ManifestFacts
{
    bool readable = false;
    QString author, name, version, repo, contact, icon, privacy, type, label;
    QString firstVersionLine; // first `version:` line's value (version_update's reading)
};
ManifestFacts readManifestFacts(const FileSet &files);

// The version comparison of version_update (§4.9): dotted numbers padded to three parts, anything
// after '-'/'+' dropped; non-numeric parts compare as text after numbers.
int compareMarketplaceVersions(const QString &a, const QString &b);
// A dotted version in a package file name ("tool-0.0.2.difypkg" -> "0.0.2"), "" when none.
QString versionFromFileName(const QString &fileName);

} // namespace Studio::Publish
