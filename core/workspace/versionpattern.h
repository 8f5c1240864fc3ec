// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bundle dependency version patterns (formats.md §4) and the auto-upgrade strategy
// (install-and-marketplace.md §4.5).

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Studio::Workspace {

// Does `version` satisfy `pattern`? Patterns: exact (1.0.0, 1.0.0-beta), ^1.2.3 (npm caret: same
// major, or same minor when major is 0), ~1.2.3 (same major.minor), 1.x.x / 1.2.X wildcards,
// inclusive range 1.0.0-2.0.0. Pre-release versions only match an exact pattern or a range bound.
bool versionMatches(const QString &version, const QString &pattern);
// The highest of `available` that satisfies `pattern`; nullopt when none does.
std::optional<QString> resolveVersionPattern(const QString &pattern, const QStringList &available);

enum class AutoUpgrade { Disabled, FixOnly, Latest };
QString autoUpgradeName(AutoUpgrade s);                        // disabled|fix_only|latest
std::optional<AutoUpgrade> autoUpgradeFromName(const QString &name);

// Dify's rule: fix_only = same major.minor and a different patch; latest = any different version.
bool shouldAutoUpgrade(AutoUpgrade strategy, const QString &installed, const QString &latest);

struct UpgradeCandidate
{
    QString pluginId;
    QString installedVersion;
    QString latestVersion;
    QString latestIdentifier;
    bool deprecated = false;
    QString alternativePluginId;
};

} // namespace Studio::Workspace
