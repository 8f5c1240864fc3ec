// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Auto-upgrade settings (install-and-marketplace.md §4.5): this plugin's strategy (disabled / fix
// only / latest) and whether it is excluded, plus the workspace-wide upgrade mode (all / partial /
// exclude), the daily time of day or the check interval. Saved to the workspace; the scheduler
// reads them at its next pass. Wiring: `AutoUpgradeDialog dlg(store, pluginId, this); dlg.exec();`

#include "core/workspace/autoupgrade.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace Studio::App {

class AutoUpgradeDialog : public QDialog
{
    Q_OBJECT
public:
    AutoUpgradeDialog(Workspace::WorkspaceStore *store, const QString &pluginId, QWidget *parent = nullptr);

    // Writes the strategy and the policy; on failure shows why and returns false.
    bool save();
    QString message() const;

    static QString strategyLabel(Workspace::AutoUpgrade s);

private:
    Workspace::WorkspaceStore *m_ws;
    QString m_pluginId;
    Workspace::AutoUpgradePolicy m_policy;
    QComboBox *m_strategy;
    QCheckBox *m_excluded;
    QComboBox *m_mode;
    QCheckBox *m_useTime;
    QTimeEdit *m_time;
    QSpinBox *m_interval;
    QLabel *m_message;
};

} // namespace Studio::App
