// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/diagnostic.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Studio::App {

// The problems of a project as a flat table: severity, layer, file, line, code, message.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, FileColumn, LineColumn, LayerColumn, CodeColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Severity)
        LayerRole,                       // int(Layer)
        FileRole,                        // relative path
        LineRole,                        // 1-based, 0 = whole file
        ColumnRole,                      // 1-based
        CodeRole,
    };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    void clear();
    const QList<Diagnostic> &diagnostics() const { return m_items; }
    const Diagnostic *diagnosticAt(const QModelIndex &index) const;
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Diagnostic> m_items;
};

// Filters a DiagnosticsModel by minimum severity, by layer and by text.
class DiagnosticsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DiagnosticsFilterModel(QObject *parent = nullptr);
    // Shows rows whose severity is at least as important as `worst` (Error < Warning < Info).
    void setMaximumSeverity(Severity severity);
    void setLayerVisible(Layer layer, bool visible);
    bool isLayerVisible(Layer layer) const { return !m_hiddenLayers.contains(int(layer)); }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Severity m_maxSeverity = Severity::Info;
    QSet<int> m_hiddenLayers;
    QString m_text;
};

} // namespace Studio::App
