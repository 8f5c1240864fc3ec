// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/diagnostic.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace Studio::App {

class DiagnosticsModel;
class DiagnosticsFilterModel;

// The Problems panel: every diagnostic of the project, filterable by severity, layer and text;
// activating a row asks to open the file at the line and column.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setReport(const ValidationReport &report);
    void setBusy(bool busy);
    DiagnosticsModel *model() const { return m_model; }
    DiagnosticsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QComboBox *severityFilter() const { return m_severity; }
    // Activates the row `row` of the (filtered) view as a double-click would.
    void activateRow(int row);

signals:
    void locationActivated(const QString &file, int line, int column);

private:
    DiagnosticsModel *m_model;
    DiagnosticsFilterModel *m_filter;
    QTreeView *m_view;
    QComboBox *m_severity;
    QLineEdit *m_text;
    QToolButton *m_layers;
    QLabel *m_summary;
};

} // namespace Studio::App
