// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/autoupgrade.h"
#include "core/common/printable.h"
#include "core/common/tr.h"

#include "core/workspace/updates.h"

#include <QCoreApplication>
#include <QDebug>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace Studio::Workspace {

static const QString ModeKey = QStringLiteral("auto_upgrade.mode");
static const QString IncludeKey = QStringLiteral("auto_upgrade.include");
static const QString ExcludeKey = QStringLiteral("auto_upgrade.exclude");
static const QString TimeKey = QStringLiteral("auto_upgrade.time_of_day");
static const QString IntervalKey = QStringLiteral("auto_upgrade.interval_hours");

// ---------------------------------------------------------------- policy

QString AutoUpgradePolicy::modeName(Mode m)
{
    switch (m) {
    case Mode::All: return QStringLiteral("all");
    case Mode::Partial: return QStringLiteral("partial");
    case Mode::Exclude: return QStringLiteral("exclude");
    }
    return QStringLiteral("all");
}

std::optional<AutoUpgradePolicy::Mode> AutoUpgradePolicy::modeFromName(const QString &name)
{
    if (name == QLatin1String("all"))
        return Mode::All;
    if (name == QLatin1String("partial"))
        return Mode::Partial;
    if (name == QLatin1String("exclude"))
        return Mode::Exclude;
    return std::nullopt;
}

static QStringList readList(const WorkspaceStore &ws, const QString &key)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(ws.setting(key).toUtf8()).array();
    for (const QJsonValue &v : a)
        if (v.isString() && !v.toString().isEmpty())
            out << v.toString();
    return out;
}

AutoUpgradePolicy AutoUpgradePolicy::load(const WorkspaceStore &ws)
{
    AutoUpgradePolicy p;
    p.mode = modeFromName(ws.setting(ModeKey)).value_or(Mode::Exclude);
    p.include = readList(ws, IncludeKey);
    p.exclude = readList(ws, ExcludeKey);
    bool ok = false;
    const int tod = ws.setting(TimeKey).toInt(&ok);
    p.timeOfDaySecs = ok && tod >= 0 && tod < 86400 ? tod : -1;
    const int hours = ws.setting(IntervalKey).toInt(&ok);
    p.intervalHours = ok ? qBound(1, hours, 168) : 24;
    return p;
}

VoidResult AutoUpgradePolicy::save(WorkspaceStore &ws) const
{
    if (intervalHours < 1 || intervalHours > 168)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The auto-upgrade check interval must be 1 to 168 hours."));
    if (timeOfDaySecs >= 86400)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The auto-upgrade time of day must be within the day (00:00–23:59)."));
    auto list = [](const QStringList &l) {
        QStringList clean = l;
        clean.removeDuplicates();
        clean.removeAll(QString());
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(clean)).toJson(QJsonDocument::Compact));
    };
    for (const auto &[key, value] : {std::pair{ModeKey, modeName(mode)}, std::pair{IncludeKey, list(include)},
                                     std::pair{ExcludeKey, list(exclude)},
                                     std::pair{TimeKey, QString::number(timeOfDaySecs < 0 ? -1 : timeOfDaySecs)},
                                     std::pair{IntervalKey, QString::number(intervalHours)}})
        if (VoidResult r = ws.setSetting(key, value); !r)
            return r;
    return {};
}

bool AutoUpgradePolicy::allows(const QString &pluginId) const
{
    switch (mode) {
    case Mode::All: return true;
    case Mode::Partial: return include.contains(pluginId);
    case Mode::Exclude: return !exclude.contains(pluginId);
    }
    return true;
}

void AutoUpgradePolicy::setExcluded(const QString &pluginId, bool excluded)
{
    exclude.removeAll(pluginId);
    include.removeAll(pluginId);
    if (excluded)
        exclude << pluginId;
    else
        include << pluginId;
}

bool AutoUpgradePolicy::isExcluded(const QString &pluginId) const
{
    return !allows(pluginId);
}

// ---------------------------------------------------------------- report

int AutoUpgradeReport::upgraded() const
{
    int n = 0;
    for (const AutoUpgradeResult &r : results)
        n += r.ok ? 1 : 0;
    return n;
}

int AutoUpgradeReport::failed() const
{
    return int(results.size()) - upgraded();
}

QString AutoUpgradeReport::summary() const
{
    if (!checkError.isEmpty())
        return StudioTr::tr("The automatic update check failed: %1").arg(checkError);
    if (results.isEmpty())
        return StudioTr::tr("Automatic upgrades: nothing to upgrade.");
    QString s = StudioTr::tr("%n plugin(s) upgraded automatically", nullptr, upgraded());
    if (failed() > 0)
        s += StudioTr::tr(", %n failed (previous version kept)", nullptr, failed());
    return s + QLatin1Char('.');
}

QJsonObject AutoUpgradeReport::toJson() const
{
    QJsonArray rs;
    for (const AutoUpgradeResult &r : results)
        rs.append(QJsonObject{{QStringLiteral("plugin_id"), r.pluginId},
                              {QStringLiteral("from"), r.fromVersion},
                              {QStringLiteral("to"), r.toVersion},
                              {QStringLiteral("ok"), r.ok},
                              {QStringLiteral("attempts"), r.attempts},
                              {QStringLiteral("error"), r.error}});
    return {{QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("finished_at"), finishedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("results"), rs},
            {QStringLiteral("check_error"), checkError},
            {QStringLiteral("offline"), offline}};
}

AutoUpgradeReport AutoUpgradeReport::fromJson(const QJsonObject &o)
{
    AutoUpgradeReport rep;
    rep.startedAt = QDateTime::fromString(o.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
    rep.finishedAt = QDateTime::fromString(o.value(QStringLiteral("finished_at")).toString(), Qt::ISODate);
    rep.checkError = o.value(QStringLiteral("check_error")).toString();
    rep.offline = o.value(QStringLiteral("offline")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = v.toObject();
        AutoUpgradeResult x;
        x.pluginId = r.value(QStringLiteral("plugin_id")).toString();
        x.fromVersion = r.value(QStringLiteral("from")).toString();
        x.toVersion = r.value(QStringLiteral("to")).toString();
        x.ok = r.value(QStringLiteral("ok")).toBool();
        x.attempts = r.value(QStringLiteral("attempts")).toInt();
        x.error = r.value(QStringLiteral("error")).toString();
        rep.results.append(x);
    }
    return rep;
}

// ---------------------------------------------------------------- schedule

// The most recent local occurrence of the time of day at or before `now`.
static QDateTime lastSlot(const AutoUpgradePolicy &p, const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    QDateTime slot = local;
    slot.setTime(QTime(0, 0).addSecs(p.timeOfDaySecs));
    if (slot > local)
        slot = slot.addDays(-1);
    return slot;
}

bool autoUpgradeDue(const AutoUpgradePolicy &policy, const QDateTime &now, const QDateTime &lastRun)
{
    if (!lastRun.isValid())
        return true;
    if (policy.timeOfDaySecs < 0)
        return lastRun.secsTo(now) >= qint64(policy.intervalHours) * 3600 || lastRun > now;
    return lastRun < lastSlot(policy, now);
}

qint64 msUntilNextAutoUpgrade(const AutoUpgradePolicy &policy, const QDateTime &now, const QDateTime &lastRun)
{
    qint64 ms = 0;
    if (policy.timeOfDaySecs < 0) {
        const QDateTime base = lastRun.isValid() && lastRun <= now ? lastRun : now;
        ms = now.msecsTo(base.addSecs(qint64(policy.intervalHours) * 3600));
    } else {
        ms = now.msecsTo(lastSlot(policy, now).addDays(1));
    }
    return qMax<qint64>(1000, ms);
}

// ---------------------------------------------------------------- scheduler

AutoUpgradeScheduler::AutoUpgradeScheduler(WorkspaceStore *workspace, Marketplace::MarketplaceClient *client, QObject *parent)
    : QObject(parent), m_ws(workspace), m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoUpgradeScheduler::runNow);
}

AutoUpgradeScheduler::~AutoUpgradeScheduler() = default;

static QDateTime lastRunOf(const WorkspaceStore *ws)
{
    return ws ? QDateTime::fromString(ws->setting(QString::fromLatin1(AutoUpgradeLastRunSetting)), Qt::ISODate) : QDateTime();
}

void AutoUpgradeScheduler::start()
{
    if (!m_ws)
        return;
    const AutoUpgradePolicy policy = AutoUpgradePolicy::load(*m_ws);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // At studio start a pass runs when there is no fixed time of day, or when the last one was missed.
    if (policy.timeOfDaySecs < 0 || autoUpgradeDue(policy, now, lastRunOf(m_ws))) {
        m_nextRun = now.addMSecs(m_startDelayMs);
        m_timer.start(m_startDelayMs);
    } else {
        scheduleNext();
    }
}

void AutoUpgradeScheduler::stop()
{
    m_timer.stop();
    m_nextRun = QDateTime();
}

void AutoUpgradeScheduler::reschedule()
{
    if (!m_running && m_nextRun.isValid())
        scheduleNext();
}

void AutoUpgradeScheduler::scheduleNext()
{
    if (!m_ws)
        return;
    const AutoUpgradePolicy policy = AutoUpgradePolicy::load(*m_ws);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 ms = msUntilNextAutoUpgrade(policy, now, lastRunOf(m_ws));
    m_nextRun = now.addMSecs(ms);
    // QTimer takes an int: re-arm in steps for waits beyond ~24 days.
    m_timer.start(int(qMin<qint64>(ms, 7LL * 24 * 3600 * 1000)));
}

AutoUpgradeReport AutoUpgradeScheduler::lastReport() const
{
    if (!m_ws)
        return {};
    return AutoUpgradeReport::fromJson(
        QJsonDocument::fromJson(m_ws->setting(QString::fromLatin1(AutoUpgradeReportSetting)).toUtf8()).object());
}

void AutoUpgradeScheduler::runNow()
{
    if (m_running || !m_ws)
        return;
    m_timer.stop();
    m_running = true;
    m_report = AutoUpgradeReport();
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_queue.clear();
    Q_EMIT passStarted();
    if (!m_client) {
        m_report.checkError = StudioTr::tr("no Marketplace client");
        finishPass();
        return;
    }
    QPointer<AutoUpgradeScheduler> self(this);
    checkUpdates(m_ws->installedPlugins(), m_client, [self](Result<QList<UpgradeCandidate>> r, bool offline) {
        if (!self)
            return;
        self->m_report.offline = offline;
        if (!r) {
            self->m_report.checkError = r.error().message;
            qWarning().noquote() << "auto-upgrade: the update check failed:" << printable(r.error().message);
            self->finishPass();
            return;
        }
        if (offline) {
            // Versions from the cache: downloads would fail anyway; try again at the next pass.
            self->m_report.checkError = StudioTr::tr("the Marketplace is not reachable (answered from the cache)");
            self->finishPass();
            return;
        }
        const AutoUpgradePolicy policy = AutoUpgradePolicy::load(*self->m_ws);
        for (const UpgradeCandidate &c : autoUpgradePlan(self->m_ws->installedPlugins(), r.value()))
            if (policy.allows(c.pluginId) && !c.latestIdentifier.isEmpty() && !c.latestVersion.isEmpty())
                self->m_queue.append(c);
        self->nextCandidate();
    });
}

void AutoUpgradeScheduler::nextCandidate()
{
    if (m_queue.isEmpty()) {
        finishPass();
        return;
    }
    attempt(m_queue.takeFirst(), 1);
}

void AutoUpgradeScheduler::attempt(const UpgradeCandidate &c, int number)
{
    InstallSource source;
    source.kind = InstallSource::Kind::Marketplace;
    source.identifier = c.latestIdentifier;
    InstallOptions options = m_options;
    options.upgradePluginId = c.pluginId;
    if (number == 1)
        Q_EMIT upgradeStarted(c.pluginId, c.installedVersion, c.latestVersion);
    InstallTask *task = nullptr;
    if (m_starter) {
        task = m_starter(source, options);
    } else {
        task = new InstallTask(m_ws, source, options, this);
        task->setMarketplaceClient(m_client);
        reportInstallsWhenFinished(task, m_ws, m_client); // #19, only when the workspace allows it
        connect(task, &InstallTask::finished, task, &QObject::deleteLater);
        task->start();
    }
    auto record = [this, c, number](bool ok, const QString &error) {
        if (!ok && number < m_maxAttempts) {
            qWarning().noquote() << "auto-upgrade:" << printable(c.pluginId) << "attempt" << number << "failed:" << printable(error) << "- retrying";
            QTimer::singleShot(m_retryDelayMs, this, [this, c, number] { attempt(c, number + 1); });
            return;
        }
        AutoUpgradeResult r;
        r.pluginId = c.pluginId;
        r.fromVersion = c.installedVersion;
        r.toVersion = c.latestVersion;
        r.ok = ok;
        r.attempts = number;
        r.error = error;
        if (!ok)
            qWarning().noquote() << "auto-upgrade:" << printable(c.pluginId) << printable(c.installedVersion) << "->"
                                 << printable(c.latestVersion) << "failed; the installed version is kept:" << printable(error);
        m_report.results.append(r);
        nextCandidate();
    };
    if (!task) {
        QTimer::singleShot(0, this, [record] { record(false, StudioTr::tr("the upgrade task could not start")); });
        return;
    }
    if (task->isFinished()) {
        const QString error = task->error() ? task->error()->message : QString();
        QTimer::singleShot(0, this, [record, error] { record(error.isEmpty(), error); });
        return;
    }
    connect(task, &InstallTask::finished, this, [task, record] {
        record(!task->error().has_value(), task->error() ? task->error()->message : QString());
    });
}

void AutoUpgradeScheduler::finishPass()
{
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_ws) {
        (void)m_ws->setSetting(QString::fromLatin1(AutoUpgradeReportSetting),
                               QString::fromUtf8(QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Compact)));
        (void)m_ws->setSetting(QString::fromLatin1(AutoUpgradeLastRunSetting), m_report.finishedAt.toString(Qt::ISODate));
    }
    m_running = false;
    scheduleNext();
    Q_EMIT passFinished(m_report);
}

AutoUpgradeReport AutoUpgradeScheduler::runOnce(int timeoutMs)
{
    QEventLoop loop;
    bool done = false;
    AutoUpgradeReport result;
    auto link = connect(this, &AutoUpgradeScheduler::passFinished, &loop, [&](const AutoUpgradeReport &r) {
        result = r;
        done = true;
        loop.quit();
    });
    runNow();
    if (!done) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    disconnect(link);
    if (!done)
        result.checkError = StudioTr::tr("the automatic upgrade pass did not finish within %1 s").arg(timeoutMs / 1000);
    return result;
}

} // namespace Studio::Workspace
