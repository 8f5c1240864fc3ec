// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Update available" (install-and-marketplace.md §6): one batch request (#17 /plugins/batch) for
// every Marketplace-installed plugin, compared with the installed versions.

#include "core/common/result.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/workspace/workspace.h"

#include <functional>

namespace Studio::Workspace {

// Asynchronous; `done` is called once on the client's thread. `offline` tells the caller the
// answer came from the Marketplace cache. Only plugins installed from the Marketplace are checked.
void checkUpdates(const QList<InstalledPlugin> &installed, Marketplace::MarketplaceClient *client,
                  const std::function<void(Result<QList<UpgradeCandidate>> result, bool offline)> &done);

// Pure comparison (exposed for tests and the GUI): candidates where latest != installed, plus
// deprecations.
QList<UpgradeCandidate> compareWithLatest(const QList<InstalledPlugin> &installed,
                                          const QList<Marketplace::LatestVersion> &latest);

// Which candidates the per-plugin auto-upgrade strategy would upgrade now.
QList<UpgradeCandidate> autoUpgradePlan(const QList<InstalledPlugin> &installed,
                                        const QList<UpgradeCandidate> &candidates);

} // namespace Studio::Workspace
