// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/debug/inspectormodel.h"

#include "core/debug/debugserver.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>

namespace Studio::App {

// ---- InspectorModel ----

InspectorModel::InspectorModel(Debug::MessageLog *log, QObject *parent) : QAbstractTableModel(parent), m_log(log)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &InspectorModel::flush);
    if (log) {
        connect(log, &Debug::MessageLog::messageAdded, this, &InspectorModel::onAdded);
        connect(log, &Debug::MessageLog::cleared, this, &InspectorModel::reload);
        reload();
    }
}

int InspectorModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int InspectorModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant InspectorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Debug::InspectorMessage &m = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return m.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn: return m.direction == Debug::Direction::In ? QStringLiteral("← in") : QStringLiteral("→ out");
        case PluginColumn: return m.pluginId;
        case SessionColumn: return m.sessionId;
        case TypeColumn: return m.type;
        case SizeColumn: return m.size;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == TypeColumn
        && (m.type == QLatin1String("error") || m.type == QLatin1String("invalid")))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return m.id;
    return {};
}

QVariant InspectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Dir");
    case PluginColumn: return tr("Plugin");
    case SessionColumn: return tr("Session");
    case TypeColumn: return tr("Type");
    case SizeColumn: return tr("Bytes");
    default: return {};
    }
}

void InspectorModel::setFilter(const Debug::MessageFilter &filter)
{
    m_filter = filter;
    reload();
}

void InspectorModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    if (m_log) {
        const QList<Debug::InspectorMessage> list = m_log->filtered(m_filter);
        m_rows.assign(list.begin(), list.end());
    }
    endResetModel();
}

void InspectorModel::onAdded(int index)
{
    if (!m_log || index < 0 || index >= m_log->count())
        return;
    const Debug::InspectorMessage &m = m_log->at(index);
    if (!m_filter.matches(m))
        return;
    m_pending.push_back(m);
    if (!m_timer.isActive())
        m_timer.start();
}

void InspectorModel::flush()
{
    m_timer.stop();
    if (m_pending.empty())
        return;
    const int cap = m_log ? m_log->capacity() : Debug::MessageLog::DefaultCapacity;
    const size_t total = m_rows.size() + m_pending.size();
    if (total > size_t(cap)) { // keep the same bound as the log
        const size_t drop = qMin(m_rows.size(), total - size_t(cap));
        if (drop > 0) {
            beginRemoveRows(QModelIndex(), 0, int(drop) - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + qsizetype(drop));
            endRemoveRows();
        }
    }
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
    for (auto &m : m_pending)
        m_rows.push_back(std::move(m));
    m_pending.clear();
    endInsertRows();
}

QString InspectorModel::prettyText(const Debug::InspectorMessage &m)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(m.raw, &err);
    QString text = err.error == QJsonParseError::NoError ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented))
                                                         : QString::fromUtf8(m.raw);
    if (m.truncated)
        text += tr("\n… (truncated: %1 of %2 bytes kept)").arg(m.raw.size()).arg(m.size);
    return text;
}

// ---- DebugPluginsModel ----

namespace {
QString ago(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("—");
    const qint64 s = t.secsTo(QDateTime::currentDateTimeUtc());
    if (s < 60)
        return QObject::tr("%1 s ago").arg(qMax<qint64>(0, s));
    return QObject::tr("%1 min ago").arg(s / 60);
}
QString duration(qint64 s)
{
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

DebugPluginsModel::DebugPluginsModel(Debug::DebugServer *server, QObject *parent)
    : QAbstractTableModel(parent), m_server(server)
{
    if (server) {
        connect(server, &Debug::DebugServer::pluginRegistered, this, [this](Debug::RegisteredPlugin *p) {
            m_disconnected.remove(p->pluginId());
            m_goneOrder.removeAll(p->pluginId());
            reload();
        });
        connect(server, &Debug::DebugServer::pluginDisconnected, this, [this](const QString &id, const QString &reason) {
            m_disconnected.insert(id, reason);
            m_goneOrder.removeAll(id);
            m_goneOrder.append(id);
            while (m_goneOrder.size() > 20)
                m_disconnected.remove(m_goneOrder.takeFirst());
            reload();
        });
    }
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, UptimeColumn), index(rowCount() - 1, HeartbeatColumn));
    });
    m_tick.start();
    reload();
}

void DebugPluginsModel::reload()
{
    beginResetModel();
    m_plugins.clear();
    if (m_server)
        for (Debug::RegisteredPlugin *p : m_server->plugins())
            m_plugins.append(p);
    endResetModel();
}

int DebugPluginsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plugins.size() + m_goneOrder.size());
}
int DebugPluginsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString DebugPluginsModel::pluginIdAt(int row) const
{
    if (row < 0)
        return {};
    if (row < m_plugins.size())
        return m_plugins[row] ? m_plugins[row]->pluginId() : QString();
    row -= int(m_plugins.size());
    return row < m_goneOrder.size() ? m_goneOrder[row] : QString();
}

QVariant DebugPluginsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    if (row >= m_plugins.size()) { // recently disconnected
        const QString id = pluginIdAt(row);
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case PluginColumn: return id;
            case StatusColumn: return tr("disconnected: %1").arg(m_disconnected.value(id));
            default: return QStringLiteral("—");
            }
        }
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    }
    const Debug::RegisteredPlugin *p = m_plugins[row];
    if (!p)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PluginColumn: return p->pluginId();
        case VersionColumn: return p->version();
        case PeerColumn: return p->peer();
        case StatusColumn: return p->isConnected() ? tr("connected") : tr("closing");
        case UptimeColumn: return duration(qMax<qint64>(0, p->connectedAt().secsTo(QDateTime::currentDateTimeUtc())));
        case HeartbeatColumn: return ago(p->lastHeartbeat());
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return QBrush(p->isConnected() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole)
        return p->identifier();
    return {};
}

QVariant DebugPluginsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PluginColumn: return tr("Plugin");
    case VersionColumn: return tr("Version");
    case PeerColumn: return tr("Peer");
    case StatusColumn: return tr("Status");
    case UptimeColumn: return tr("Uptime");
    case HeartbeatColumn: return tr("Last heartbeat");
    default: return {};
    }
}

} // namespace Studio::App
