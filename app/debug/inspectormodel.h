// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Table models of the debug panel: the message inspector over Debug::MessageLog (batched inserts,
// filter by plugin/session/type) and the connected plugins of a Debug::DebugServer.

#include "core/debug/inspector.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace Studio::Debug {
class DebugServer;
class RegisteredPlugin;
} // namespace Studio::Debug

namespace Studio::App {

class InspectorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, PluginColumn, SessionColumn, TypeColumn, SizeColumn, ColumnCount };
    explicit InspectorModel(Debug::MessageLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const Debug::MessageFilter &filter); // rebuilds from the log
    const Debug::MessageFilter &filter() const { return m_filter; }
    const Debug::InspectorMessage &message(int row) const { return m_rows[size_t(row)]; }
    void flush(); // insert the queued messages now (tests)
    // The message's line as indented JSON (or the raw text when it is not JSON).
    static QString prettyText(const Debug::InspectorMessage &m);

private:
    void reload();
    void onAdded(int index);

    QPointer<Debug::MessageLog> m_log;
    Debug::MessageFilter m_filter;
    std::deque<Debug::InspectorMessage> m_rows;
    std::vector<Debug::InspectorMessage> m_pending;
    QTimer m_timer;
};

class DebugPluginsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PluginColumn, VersionColumn, PeerColumn, StatusColumn, UptimeColumn, HeartbeatColumn, ColumnCount };
    explicit DebugPluginsModel(Debug::DebugServer *server, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString pluginIdAt(int row) const;
    void reload();

private:
    QPointer<Debug::DebugServer> m_server;
    QList<QPointer<Debug::RegisteredPlugin>> m_plugins;
    QHash<QString, QString> m_disconnected; // recently gone: plugin id -> reason (shown until reconnect)
    QList<QString> m_goneOrder;
    QTimer m_tick;
};

} // namespace Studio::App
