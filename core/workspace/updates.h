// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Update available" (install-and-marketplace.md §6): one batch request (#17 /plugins/batch) for
// every Marketplace-installed plugin, compared with the installed versions. When #17 fails, or when
// more than `manifestThreshold` plugins are asked about, the whole-catalogue snapshot (#18
// /dist/plugins/manifest.json, revalidated with ETag / If-Modified-Since) answers in one request
// instead; the other one is the fallback.
//
// Install counts (#19): after a successful install/upgrade, each plugin that came from the
// Marketplace is reported with POST /stats/plugins/install_count — only when the workspace setting
// "report_installs" is "true" (default off). Failures are logged, never surfaced as errors.

#include "core/common/result.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/workspace/workspace.h"

#include <functional>

namespace Studio::Workspace {

class InstallTask;

// Above this many plugin ids, the catalogue snapshot (#18) is asked first.
constexpr int DefaultManifestThreshold = 40;

// Latest versions of `pluginIds` (org/name): #17 (or #18 first when more than manifestThreshold ids),
// falling back to the other. `via` is "batch" or "manifest" (which answer was used). Ids the
// Marketplace does not know are simply absent. `done` is called once, on the client's thread.
void fetchLatestVersions(const QStringList &pluginIds, Marketplace::MarketplaceClient *client,
                         const std::function<void(Result<QList<Marketplace::LatestVersion>> result, bool offline,
                                                  const QString &via)> &done,
                         int manifestThreshold = DefaultManifestThreshold);

// Asynchronous; `done` is called once on the client's thread. `offline` tells the caller the
// answer came from the Marketplace cache. Only plugins installed from the Marketplace are checked.
void checkUpdates(const QList<InstalledPlugin> &installed, Marketplace::MarketplaceClient *client,
                  const std::function<void(Result<QList<UpgradeCandidate>> result, bool offline)> &done);
void checkUpdates(const QList<InstalledPlugin> &installed, Marketplace::MarketplaceClient *client,
                  const std::function<void(Result<QList<UpgradeCandidate>> result, bool offline)> &done,
                  int manifestThreshold);

// Pure comparison (exposed for tests and the GUI): candidates where latest != installed, plus
// deprecations.
QList<UpgradeCandidate> compareWithLatest(const QList<InstalledPlugin> &installed,
                                          const QList<Marketplace::LatestVersion> &latest);

// Which candidates the per-plugin auto-upgrade strategy would upgrade now.
QList<UpgradeCandidate> autoUpgradePlan(const QList<InstalledPlugin> &installed,
                                        const QList<UpgradeCandidate> &candidates);

// The "Report installs to the Marketplace" workspace setting (key "report_installs", default off).
bool reportInstallsEnabled(const WorkspaceStore &workspace);
VoidResult setReportInstallsEnabled(WorkspaceStore &workspace, bool enabled);

// Sends #19 for every row whose source is "marketplace" (the identifier the Marketplace served,
// sourceMeta.plugin_unique_identifier, else uniqueIdentifier) — only when reportInstallsEnabled().
// Never fails: errors are logged (category studio.marketplace). `done(sent, failed)` is called once
// all answers are in (at once when nothing is sent). Returns how many reports were started.
int reportMarketplaceInstalls(const WorkspaceStore &workspace, Marketplace::MarketplaceClient *client,
                              const QList<InstalledPlugin> &installed,
                              const std::function<void(int sent, int failed)> &done = {});

// For the CLI: the same, then waits (local event loop, at most timeoutMs) for the answers so the
// process does not exit first. Returns how many reports the Marketplace accepted.
int reportMarketplaceInstallsAndWait(const WorkspaceStore &workspace, Marketplace::MarketplaceClient *client,
                                     const QList<InstalledPlugin> &installed, int timeoutMs = 10000);

// The hook for install/upgrade tasks: when `task` finishes successfully, reports its Marketplace
// installs as above. Connect it right after creating the task (GUI, CLI, auto-upgrade).
void reportInstallsWhenFinished(InstallTask *task, WorkspaceStore *workspace, Marketplace::MarketplaceClient *client);

} // namespace Studio::Workspace
