// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/problems/problemsdock.h"

#include "app/models/diagnosticsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Studio::App {

ProblemsPanel::ProblemsPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new DiagnosticsModel(this);
    m_filter = new DiagnosticsFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);

    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Errors, warnings and info"), int(Severity::Info));
    m_severity->addItem(tr("Errors and warnings"), int(Severity::Warning));
    m_severity->addItem(tr("Errors only"), int(Severity::Error));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter problems"));
    m_text->setClearButtonEnabled(true);
    m_layers = new QToolButton(this);
    m_layers->setText(tr("Layers"));
    m_layers->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_layers);
    const QList<QPair<Layer, QString>> layers{{Layer::Pkg, tr("Packaging (pkg)")}, {Layer::Install, tr("Install (install)")},
                                              {Layer::Strict, tr("Struct tags (strict)")}, {Layer::Sdk, tr("Python SDK (sdk)")},
                                              {Layer::Review, tr("Marketplace review (review)")}, {Layer::Studio, tr("Studio advice (studio)")}};
    for (const auto &l : layers) {
        QAction *a = menu->addAction(l.second);
        a->setCheckable(true);
        a->setChecked(true);
        const Layer layer = l.first;
        connect(a, &QAction::toggled, this, [this, layer](bool on) { m_filter->setLayerVisible(layer, on); });
    }
    m_layers->setMenu(menu);
    m_summary = new QLabel(this);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_severity);
    bar->addWidget(m_layers);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_summary);

    m_view = new QTreeView(this);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->sortByColumn(DiagnosticsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(DiagnosticsModel::SeverityColumn, 90);
    m_view->setColumnWidth(DiagnosticsModel::FileColumn, 200);
    m_view->setColumnWidth(DiagnosticsModel::LineColumn, 50);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMaximumSeverity(Severity(m_severity->currentData().toInt())); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &DiagnosticsFilterModel::setText);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    setReport({});
}

void ProblemsPanel::setReport(const ValidationReport &report)
{
    m_model->setDiagnostics(report.diagnostics());
    m_summary->setText(tr("%1 errors, %2 warnings").arg(m_model->errorCount()).arg(m_model->warningCount()));
}

void ProblemsPanel::setBusy(bool busy)
{
    m_summary->setText(busy ? tr("Validating...") : tr("%1 errors, %2 warnings").arg(m_model->errorCount()).arg(m_model->warningCount()));
}

void ProblemsPanel::activateRow(int row)
{
    const QModelIndex idx = m_filter->index(row, 0);
    if (!idx.isValid())
        return;
    emit locationActivated(idx.data(DiagnosticsModel::FileRole).toString(), idx.data(DiagnosticsModel::LineRole).toInt(),
                           idx.data(DiagnosticsModel::ColumnRole).toInt());
}

} // namespace Studio::App
