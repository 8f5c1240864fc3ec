// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Automatic plugin upgrades (install-and-marketplace.md §4.5).
//
// Each installed plugin has its strategy (WorkspaceStore::setAutoUpgrade: disabled | fix_only |
// latest). The workspace-wide AutoUpgradePolicy adds Dify's upgrade_mode (all | partial = only
// `include` | exclude = all but `exclude`), the time of day of the daily check, and how often the
// studio checks when no time of day is set.
//
// AutoUpgradeScheduler (QObject on Qt's loop): at start (when a pass is due) and then every
// `intervalHours` (or daily at `timeOfDaySecs`) it runs one pass:
//   checkUpdates() -> autoUpgradePlan() -> policy filter -> one upgrade task per plugin, in turn
//   (the same InstallTask as a manual upgrade: the previous version stays installed when it fails),
//   up to `maxAttempts` tries each -> AutoUpgradeReport, stored in the workspace (setting
//   auto_upgrade.last_report) so the GUI shows what a cron pass (`plugin-studio-cli upgrade --auto`)
//   did.

#include "core/common/result.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/workspace/installtask.h"
#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Studio::Workspace {

struct AutoUpgradePolicy
{
    enum class Mode { All, Partial, Exclude };
    Mode mode = Mode::Exclude;   // Dify's default when a plugin is excluded first
    QStringList include;         // org/name, for Partial
    QStringList exclude;         // org/name, for Exclude
    int timeOfDaySecs = -1;      // -1: at start and every intervalHours; else daily at this local time
    int intervalHours = 24;      // 1..168

    static QString modeName(Mode m);                        // all|partial|exclude
    static std::optional<Mode> modeFromName(const QString &name);
    static AutoUpgradePolicy load(const WorkspaceStore &ws); // defaults when unset
    VoidResult save(WorkspaceStore &ws) const;
    // Does the upgrade mode let this plugin be upgraded (its own strategy aside)?
    bool allows(const QString &pluginId) const;
    // Adds / removes pluginId from `exclude` (and the opposite from `include`).
    void setExcluded(const QString &pluginId, bool excluded);
    bool isExcluded(const QString &pluginId) const;
};

struct AutoUpgradeResult
{
    QString pluginId;
    QString fromVersion;
    QString toVersion;
    bool ok = false;
    int attempts = 0;
    QString error; // when !ok
};

struct AutoUpgradeReport
{
    QDateTime startedAt, finishedAt;
    QList<AutoUpgradeResult> results;
    QString checkError; // the update check itself failed (nothing was upgraded)
    bool offline = false;

    int upgraded() const;
    int failed() const;
    QString summary() const; // "2 plugins upgraded automatically, 1 failed"
    QJsonObject toJson() const;
    static AutoUpgradeReport fromJson(const QJsonObject &o);
};

inline constexpr const char *AutoUpgradeReportSetting = "auto_upgrade.last_report";
inline constexpr const char *AutoUpgradeLastRunSetting = "auto_upgrade.last_run";

// Milliseconds from `now` to the next scheduled pass (at least 1 s). `lastRun` invalid = never ran.
qint64 msUntilNextAutoUpgrade(const AutoUpgradePolicy &policy, const QDateTime &now, const QDateTime &lastRun);
// Is a pass due now (missed schedule, or never ran)?
bool autoUpgradeDue(const AutoUpgradePolicy &policy, const QDateTime &now, const QDateTime &lastRun);

class AutoUpgradeScheduler : public QObject
{
    Q_OBJECT
public:
    // Starts an upgrade task and returns it (started). The GUI passes its own so the task appears in
    // the tasks list; the default creates an InstallTask with the scheduler's Marketplace client.
    using TaskStarter = std::function<InstallTask *(const InstallSource &source, const InstallOptions &options)>;

    AutoUpgradeScheduler(WorkspaceStore *workspace, Marketplace::MarketplaceClient *client, QObject *parent = nullptr);
    ~AutoUpgradeScheduler() override;

    void setInstallOptions(const InstallOptions &options) { m_options = options; }
    void setTaskStarter(TaskStarter starter) { m_starter = std::move(starter); }
    void setMaxAttempts(int n) { m_maxAttempts = qMax(1, n); }
    void setRetryDelayMs(int ms) { m_retryDelayMs = qMax(0, ms); }
    void setStartDelayMs(int ms) { m_startDelayMs = qMax(0, ms); }

    // A pass now when one is due (after the start delay), then on schedule. Re-reads the policy.
    void start();
    void stop();
    // The policy changed: the next pass is computed again (nothing runs now).
    void reschedule();
    // One pass now (ignored while one runs).
    void runNow();
    bool isRunning() const { return m_running; }
    QDateTime nextRun() const { return m_nextRun; }
    // The last finished pass (also after a restart: read from the workspace).
    AutoUpgradeReport lastReport() const;

    // For the CLI and tests: runNow() and spin a local event loop until passFinished.
    AutoUpgradeReport runOnce(int timeoutMs = 30 * 60 * 1000);

signals:
    void passStarted();
    void upgradeStarted(const QString &pluginId, const QString &fromVersion, const QString &toVersion);
    void passFinished(const Studio::Workspace::AutoUpgradeReport &report);

private:
    void scheduleNext();
    void nextCandidate();
    void attempt(const UpgradeCandidate &c, int number);
    void finishPass();

    WorkspaceStore *m_ws;
    QPointer<Marketplace::MarketplaceClient> m_client;
    InstallOptions m_options;
    TaskStarter m_starter;
    int m_maxAttempts = 3;
    int m_retryDelayMs = 5000;
    int m_startDelayMs = 0;
    QTimer m_timer;
    QDateTime m_nextRun;
    bool m_running = false;
    QList<UpgradeCandidate> m_queue;
    AutoUpgradeReport m_report;
};

} // namespace Studio::Workspace
