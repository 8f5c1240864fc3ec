// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What `publish check` reports: one CheckResult per check of the Dify Marketplace's CI
// (langgenius/dify-plugins, marketplace-submission.md §4), each under the Marketplace's own check
// id, with findings that carry the Marketplace's severity (blocking or warning), the file and
// line, and what to do. A finding whose fix is certain names a quick fix the Publish page offers.

#include "core/common/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Studio::Publish {

// Where a check runs in the Marketplace's pipeline (§4 "stage").
enum class CheckStage {
    Pr,      // needs the pull request (its body, the repository, the Marketplace)
    Package, // runs on the unpacked package
    Ci,      // needs a runner (Python 3.12, the daemon CLI)
};

struct CheckInfo
{
    QString id;        // "package_contents"
    CheckStage stage;
    bool blocking;     // the check can fail the Marketplace's job (B), or only warns (W)
    QString title;     // "Package contents"
    QString inspects;  // "file tree and sizes"
};

// Every check, in the order the report lists them (the Marketplace's order, blocking first).
const QList<CheckInfo> &marketplaceChecks();
const CheckInfo *findCheck(const QString &id);

// The certain fixes the Publish page can apply (quickfix.h).
enum class QuickFix {
    None,
    AddContact,       // write `contact: <e-mail>` into manifest.yaml
    AddRepo,          // write `repo: <url>` into manifest.yaml
    SdkBound,         // rewrite the dify_plugin requirement with a three-part bound
    ReadmeSourceLink, // append the manifest's repo to README.md
    RemoveFile,       // delete the file (a .DS_Store, Thumbs.db, a stray .pyc)
    AddPrivacy,       // write PRIVACY.md
    AddMinimumDifyVersion, // write meta.minimum_dify_version
};
QString quickFixId(QuickFix fix); // "add-contact", ...

struct Finding
{
    QString checkId;    // the Marketplace's check id
    QString code;       // stable: "marketplace.package_contents.blocked_file"
    bool blocking = true;
    QString message;    // what is wrong (names the file, the value)
    QString fix;        // what to do
    QString file;       // relative to the plugin root; "" for the package as a whole
    int line = 0;       // 1-based; 0 = whole file
    QuickFix quickFix = QuickFix::None;
    QString quickFixArg; // RemoveFile: the path
};

enum class CheckStatus {
    Passed,  // ran, nothing found
    Failed,  // ran, at least one blocking finding
    Warned,  // ran, warnings only
    Skipped, // not run, and the reason says why (no --pr-body, pyproject-only, --skip)
    NotRun,  // could not run here (no Python 3.12, Marketplace unreachable): the note says what to do
};
QString checkStatusName(CheckStatus status); // "passed", "failed", "warned", "skipped", "not-run"

struct CheckResult
{
    QString id;
    CheckStatus status = CheckStatus::Passed;
    QString note;        // skip / not-run reason, or what was measured ("started in 2.1 s")
    qint64 elapsedMs = 0;
    QList<Finding> findings;

    // Passed / Failed / Warned from the findings (Skipped and NotRun stay).
    void settle();
};

struct PreflightReport
{
    QString source;     // the folder or .difypkg checked
    QString packagePath; // the exact bytes that were checked (a temporary package for a folder)
    QString author, name, version;
    qint64 elapsedMs = 0;
    QList<CheckResult> checks;
    // What the Marketplace repository already holds for this plugin (versions of the earlier
    // packages), when it was listed; the PR's submission type follows it.
    bool repositoryListed = false;
    QStringList earlierVersions;

    int blockingCount() const;
    int warningCount() const;
    const CheckResult *check(const QString &id) const;
    CheckResult &checkRef(const QString &id); // added in catalogue order when missing
    // Blocking findings first, then by check order, file and line.
    QList<Finding> sortedFindings() const;
    QString toText() const;
    QByteArray toJson() const;
};

// Every code `publish check` can emit, with its check id and Marketplace severity (tests check
// every emitted code is listed; the validator's codes reported under `packaging` are its own).
struct FindingCodeInfo
{
    QString code;
    QString checkId;
    bool blocking;
    QString summary;
};
const QList<FindingCodeInfo> &findingCodes();

} // namespace Studio::Publish
