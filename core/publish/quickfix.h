// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Publish page's quick fixes: the pre-flight findings whose fix is certain (findings.h,
// QuickFix), applied to the plugin folder the package was made from — never to a .difypkg.
// Each fix changes exactly what the finding names, through the comment-preserving YAML editor
// for manifest.yaml and whole-file replacement (OutputFile: temporary file, rename) for the rest,
// and refuses rather than guesses: a file that changed since the check, a path outside the
// folder, a value the Marketplace would refuse again, a requirements.txt that packaging generates.

#include "core/common/result.h"
#include "core/publish/findings.h"

#include <QString>
#include <QStringList>

namespace Studio::Publish {

// What the button says ("Add contact…", "Write dify_plugin>=0.9.0,<0.10", "Delete .DS_Store").
QString quickFixLabel(const Finding &finding);

// The value the user has to give first ("" when none): the e-mail (AddContact), the repository
// URL (AddRepo; ReadmeSourceLink when the manifest has no usable `repo`).
enum class QuickFixValue { None, Email, RepositoryUrl };
QuickFixValue quickFixValueFor(const QString &pluginDir, const Finding &finding);
// A sentence for the value's input ("The e-mail address reviewers can reach you at").
QString quickFixValuePrompt(QuickFixValue value);
// "" when `value` is acceptable for that input, else what is wrong with it.
QString checkQuickFixValue(QuickFixValue value, const QString &text);

struct QuickFixOutcome
{
    QStringList changedFiles; // relative to the plugin folder
    QString summary;          // "Added contact: you@example.com to manifest.yaml"
};

// Applies the finding's fix to `pluginDir`. `value` is what quickFixValueFor() asked for.
Result<QuickFixOutcome> applyQuickFix(const QString &pluginDir, const Finding &finding, const QString &value = {});

} // namespace Studio::Publish
