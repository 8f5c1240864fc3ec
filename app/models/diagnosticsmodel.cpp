// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/diagnosticsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Studio::App {

DiagnosticsModel::DiagnosticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiagnosticsModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    beginResetModel();
    m_items = diagnostics;
    endResetModel();
}

void DiagnosticsModel::clear()
{
    setDiagnostics({});
}

const Diagnostic *DiagnosticsModel::diagnosticAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0 || index.row() >= m_items.size())
        return nullptr;
    return &m_items.at(index.row());
}

int DiagnosticsModel::errorCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

int DiagnosticsModel::warningCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Diagnostic &d) { return d.severity == Severity::Warning; }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error: return DiagnosticsModel::tr("Error");
    case Severity::Warning: return DiagnosticsModel::tr("Warning");
    case Severity::Info: return DiagnosticsModel::tr("Info");
    }
    return {};
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    const Diagnostic *d = diagnosticAt(index);
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityText(d->severity);
        case MessageColumn: return d->message;
        case FileColumn: return d->file;
        case LineColumn: return d->line > 0 ? QVariant(d->line) : QVariant();
        case LayerColumn: return layerName(d->layer);
        case CodeColumn: return d->code;
        }
        return {};
    case Qt::ToolTipRole: {
        QString where = d->file;
        if (d->line > 0)
            where += QStringLiteral(":%1:%2").arg(d->line).arg(d->column);
        if (!d->path.isEmpty())
            where += QStringLiteral(" (%1)").arg(d->path);
        return QStringLiteral("%1\n%2 [%3, %4]").arg(d->message, where, d->code, layerName(d->layer));
    }
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn || !qApp)
            return {};
        switch (d->severity) {
        case Severity::Error: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case SeverityRole: return int(d->severity);
    case LayerRole: return int(d->layer);
    case FileRole: return d->file;
    case LineRole: return d->line;
    case ColumnRole: return d->column;
    case CodeRole: return d->code;
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Message");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    case LayerColumn: return tr("Layer");
    case CodeColumn: return tr("Code");
    }
    return {};
}

DiagnosticsFilterModel::DiagnosticsFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void DiagnosticsFilterModel::setMaximumSeverity(Severity severity)
{
    m_maxSeverity = severity;
    invalidateFilter();
}

void DiagnosticsFilterModel::setLayerVisible(Layer layer, bool visible)
{
    if (visible)
        m_hiddenLayers.remove(int(layer));
    else
        m_hiddenLayers.insert(int(layer));
    invalidateFilter();
}

void DiagnosticsFilterModel::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool DiagnosticsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(DiagnosticsModel::SeverityRole).toInt() > int(m_maxSeverity))
        return false;
    if (m_hiddenLayers.contains(idx.data(DiagnosticsModel::LayerRole).toInt()))
        return false;
    if (!m_text.isEmpty()) {
        const QString msg = sourceModel()->index(sourceRow, DiagnosticsModel::MessageColumn, sourceParent).data().toString();
        const QString file = idx.data(DiagnosticsModel::FileRole).toString();
        const QString code = idx.data(DiagnosticsModel::CodeRole).toString();
        if (!msg.contains(m_text, Qt::CaseInsensitive) && !file.contains(m_text, Qt::CaseInsensitive)
            && !code.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DiagnosticsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == DiagnosticsModel::SeverityColumn)
        return left.data(DiagnosticsModel::SeverityRole).toInt() < right.data(DiagnosticsModel::SeverityRole).toInt();
    if (left.column() == DiagnosticsModel::LineColumn)
        return left.data(DiagnosticsModel::LineRole).toInt() < right.data(DiagnosticsModel::LineRole).toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Studio::App
