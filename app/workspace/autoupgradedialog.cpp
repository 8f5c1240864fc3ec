// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/autoupgradedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Studio::App {

using namespace Studio::Workspace;

QString AutoUpgradeDialog::strategyLabel(AutoUpgrade s)
{
    switch (s) {
    case AutoUpgrade::Disabled: return tr("off");
    case AutoUpgrade::FixOnly: return tr("fixes only");
    case AutoUpgrade::Latest: return tr("latest");
    }
    return {};
}

AutoUpgradeDialog::AutoUpgradeDialog(WorkspaceStore *store, const QString &pluginId, QWidget *parent)
    : QDialog(parent), m_ws(store), m_pluginId(pluginId), m_strategy(new QComboBox(this)),
      m_excluded(new QCheckBox(tr("Exclude this plugin from automatic upgrades"), this)), m_mode(new QComboBox(this)),
      m_useTime(new QCheckBox(tr("Check once a day at"), this)), m_time(new QTimeEdit(this)), m_interval(new QSpinBox(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("autoUpgradeDialog"));
    setWindowTitle(tr("Auto-upgrade — %1").arg(pluginId));
    m_strategy->setObjectName(QStringLiteral("strategy"));
    m_strategy->addItem(tr("Disabled"), QStringLiteral("disabled"));
    m_strategy->addItem(tr("Fixes only (same major.minor, new patch: 1.2.3 → 1.2.4)"), QStringLiteral("fix_only"));
    m_strategy->addItem(tr("Latest (any new version, also majors)"), QStringLiteral("latest"));
    m_excluded->setObjectName(QStringLiteral("excluded"));
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("All plugins"), QStringLiteral("all"));
    m_mode->addItem(tr("Only included plugins"), QStringLiteral("partial"));
    m_mode->addItem(tr("All except excluded plugins"), QStringLiteral("exclude"));
    m_useTime->setObjectName(QStringLiteral("useTimeOfDay"));
    m_time->setObjectName(QStringLiteral("timeOfDay"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(1, 168);
    m_interval->setSuffix(tr(" h"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *pluginBox = new QGroupBox(tr("This plugin"), this);
    auto *pf = new QFormLayout(pluginBox);
    pf->addRow(tr("Strategy:"), m_strategy);
    pf->addRow(QString(), m_excluded);
    const auto row = m_ws ? m_ws->installed(pluginId) : std::nullopt;
    if (row && row->source != QLatin1String("marketplace")) {
        auto *note = new QLabel(tr("Installed from %1: only plugins installed from the Marketplace are upgraded automatically.")
                                    .arg(row->source),
                                pluginBox);
        note->setObjectName(QStringLiteral("sourceNote"));
        note->setWordWrap(true);
        pf->addRow(note);
    }

    auto *allBox = new QGroupBox(tr("All plugins of the workspace"), this);
    auto *af = new QFormLayout(allBox);
    af->addRow(tr("Upgrade:"), m_mode);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_useTime);
    timeRow->addWidget(m_time);
    timeRow->addStretch();
    af->addRow(tr("When:"), timeRow);
    af->addRow(tr("Otherwise every:"), m_interval);
    auto *when = new QLabel(allBox);
    when->setObjectName(QStringLiteral("lastRun"));
    when->setWordWrap(true);
    af->addRow(when);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *v = new QVBoxLayout(this);
    v->addWidget(pluginBox);
    v->addWidget(allBox);
    v->addWidget(m_message);
    v->addStretch();
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_useTime, &QCheckBox::toggled, this, [this](bool on) {
        m_time->setEnabled(on);
        m_interval->setEnabled(!on);
    });
    auto updateExcludeText = [this] {
        m_excluded->setText(m_mode->currentData().toString() == QLatin1String("partial") ? tr("Not included in automatic upgrades")
                                                                                          : tr("Exclude this plugin from automatic upgrades"));
        m_excluded->setEnabled(m_mode->currentData().toString() != QLatin1String("all"));
    };
    connect(m_mode, &QComboBox::currentIndexChanged, this, updateExcludeText);

    if (m_ws) {
        m_policy = AutoUpgradePolicy::load(*m_ws);
        if (row)
            m_strategy->setCurrentIndex(m_strategy->findData(autoUpgradeName(row->autoUpgrade)));
        m_mode->setCurrentIndex(m_mode->findData(AutoUpgradePolicy::modeName(m_policy.mode)));
        m_excluded->setChecked(m_policy.mode != AutoUpgradePolicy::Mode::All && m_policy.isExcluded(pluginId));
        m_useTime->setChecked(m_policy.timeOfDaySecs >= 0);
        m_time->setTime(QTime(0, 0).addSecs(m_policy.timeOfDaySecs >= 0 ? m_policy.timeOfDaySecs : 3 * 3600));
        m_interval->setValue(m_policy.intervalHours);
        const QDateTime last = QDateTime::fromString(m_ws->setting(QString::fromLatin1(AutoUpgradeLastRunSetting)), Qt::ISODate);
        when->setText(last.isValid() ? tr("Last check: %1.").arg(last.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                     : tr("No automatic check has run yet."));
    }
    m_time->setEnabled(m_useTime->isChecked());
    m_interval->setEnabled(!m_useTime->isChecked());
    updateExcludeText();
}

QString AutoUpgradeDialog::message() const
{
    return m_message->text();
}

bool AutoUpgradeDialog::save()
{
    if (!m_ws)
        return false;
    const auto strategy = autoUpgradeFromName(m_strategy->currentData().toString());
    if (!strategy || !m_ws->installed(m_pluginId)) {
        m_message->setText(tr("%1 is no longer installed.").arg(m_pluginId));
        return false;
    }
    AutoUpgradePolicy p = m_policy;
    p.mode = AutoUpgradePolicy::modeFromName(m_mode->currentData().toString()).value_or(AutoUpgradePolicy::Mode::Exclude);
    if (p.mode != AutoUpgradePolicy::Mode::All)
        p.setExcluded(m_pluginId, m_excluded->isChecked());
    p.timeOfDaySecs = m_useTime->isChecked() ? QTime(0, 0).secsTo(m_time->time()) : -1;
    p.intervalHours = m_interval->value();
    if (VoidResult r = m_ws->setAutoUpgrade(m_pluginId, *strategy); !r) {
        m_message->setText(r.error().message);
        return false;
    }
    if (VoidResult r = p.save(*m_ws); !r) {
        m_message->setText(r.error().message);
        return false;
    }
    m_policy = p;
    m_message->setText(tr("Saved."));
    return true;
}

} // namespace Studio::App
