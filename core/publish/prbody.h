// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pull-request body of a Marketplace submission: the checks the Marketplace's CI runs on it
// (pr_body, sensitive_capabilities' notes, pr_review_notes, version_update's "Version update"
// box; marketplace-submission.md §3, §4.8, §4.9) and the body the studio writes from the current
// template (4e3b41e: field names spelled exactly, one box ticked per group).

#include "core/common/result.h"
#include "core/publish/findings.h"
#include "core/publish/packagechecks.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Studio::Publish {

// `## <title>` sections (exactly two '#'), titles lower-cased with blanks collapsed; each value
// runs to the next such heading.
QHash<QString, QString> prSections(const QString &body);
// The labels ticked ("[x]"/"[X]") among `labels` in a section (labels matched whole,
// case-insensitive), in the canonical spelling.
QStringList tickedBoxes(const QString &section, const QStringList &labels);
QString stripHtmlComments(const QString &text);

void checkPrBody(const QString &body, CheckResult &out);
// Security and privacy notes against what the code scan found.
void checkSecurityNotes(const QString &body, const QList<CapabilityCategory> &found, CheckResult &out);
void checkReviewNotes(const QString &body, CheckResult &out);
// Whether the body ticks "Version update"; nullopt when it ticks neither / has no such section.
std::optional<bool> isVersionUpdate(const QString &body);

enum class RiskLevel { Low, Medium, High };
QString riskLevelLabel(RiskLevel level); // "Low risk"
// The level the capability scan suggests (the requirements: pick the higher when unsure).
RiskLevel suggestedRisk(const QList<CapabilityCategory> &found);

struct PrBodyInput
{
    ManifestFacts manifest;
    bool versionUpdate = false;
    QString whatChanged;          // the changelog entry the user writes (required)
    RiskLevel risk = RiskLevel::Low;
    QList<CapabilityCategory> capabilities;
    QString securityNotes;        // extra notes from the user; the scan's list is always written
    QString localValidation;      // the pre-flight's summary
    QString reviewerNotes;
    // Boxes of "Required checks" the pre-flight verified (the attestations stay for the user).
    bool contentsClean = false, noSecrets = false, noBinaries = false, readmeComplete = false,
         privacyPresent = false, englishText = false;
};
QString buildPrBody(const PrBodyInput &in);
// "bump <name> plugin to version <version>" (the daemon CLI template's title; not checked).
QString prTitle(const ManifestFacts &manifest, bool versionUpdate);

// "Local validation" for the body: the pre-flight's command and each check's status.
QString localValidationSummary(const PreflightReport &report);
// The body's inputs from a finished pre-flight (manifest, capability scan of the checked package,
// the boxes it verified, the local validation, new plugin or update from the versions found in
// the Marketplace repository); the user's texts (whatChanged, notes, risk) are left to fill in.
// The CLI's `publish pr` and the Publish page both build the body from this.
Result<PrBodyInput> prBodyInputFor(const PreflightReport &report);
// The blocking findings of the Marketplace's pr_body and sensitive_capabilities rules on `body`.
QList<Finding> blockingPrBodyFindings(const QString &body, const QList<CapabilityCategory> &capabilities);

} // namespace Studio::Publish
