// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow/projectexplorer.h"

#include "core/package/ignorerules.h"
#include "core/plugin/loader.h"

#include <QDir>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Studio::App {

namespace {
class HiddenDirsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        static const QStringList hidden{QStringLiteral(".venv"), QStringLiteral("venv"), QStringLiteral("__pycache__"),
                                        QStringLiteral(".git"), QStringLiteral(".mypy_cache"), QStringLiteral(".pytest_cache"),
                                        QStringLiteral(".ruff_cache"), QStringLiteral(".idea")};
        const QString name = sourceModel()->index(row, 0, parent).data().toString();
        return !hidden.contains(name);
    }
};
} // namespace

ProjectExplorer::ProjectExplorer(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_fsModel = new QFileSystemModel(this);
    m_fsModel->setFilter(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    m_fsModel->setReadOnly(true);
    m_fsFilter = new HiddenDirsFilter(this);
    m_fsFilter->setSourceModel(m_fsModel);
    m_files = new QTreeView(this);
    m_files->setModel(m_fsFilter);
    m_files->setHeaderHidden(true);
    for (int c = 1; c < 4; ++c)
        m_files->hideColumn(c);
    m_structure = new QTreeWidget(this);
    m_structure->setHeaderHidden(true);
    m_tabs->addTab(m_files, tr("Files"));
    m_tabs->addTab(m_structure, tr("Structure"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_files, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex src = m_fsFilter->mapToSource(index);
        if (m_fsModel->isDir(src))
            return;
        emit fileActivated(QDir(m_dir).relativeFilePath(m_fsModel->filePath(src)));
    });
    connect(m_structure, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString file = item->data(0, Qt::UserRole).toString();
        if (!file.isEmpty())
            emit fileActivated(file);
    });
    connect(&m_watcher, &QFutureWatcher<QList<Node>>::finished, this, [this] {
        if (m_again) {
            m_again = false;
            refreshStructure();
            return;
        }
        showStructure(m_watcher.result());
    });
}

void ProjectExplorer::setProjectDir(const QString &dir)
{
    m_dir = dir;
    if (dir.isEmpty()) {
        m_files->setModel(nullptr);
        m_structure->clear();
        return;
    }
    m_files->setModel(m_fsFilter);
    const QModelIndex root = m_fsModel->setRootPath(dir);
    m_files->setRootIndex(m_fsFilter->mapFromSource(root));
    for (int c = 1; c < 4; ++c)
        m_files->hideColumn(c);
    refreshStructure();
}

void ProjectExplorer::refreshStructure()
{
    if (m_dir.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&ProjectExplorer::buildStructure, m_dir));
}

QList<ProjectExplorer::Node> ProjectExplorer::buildStructure(const QString &dir)
{
    const auto files = Package::openPluginFolder(dir);
    const Plugin::LoadResult loaded = Plugin::loadPlugin(*files);
    const Plugin::PluginDeclaration &d = loaded.declaration;
    QList<Node> out;
    out.append({tr("Manifest: %1").arg(d.manifest.pluginId()), QStringLiteral("manifest.yaml"), QStringLiteral("manifest"), {}});
    auto label = [](const Plugin::I18nText &t, const QString &fallback) {
        const QString s = t.text();
        return s.isEmpty() ? fallback : s;
    };
    if (d.tool) {
        Node p{tr("Tool provider: %1").arg(label(d.tool->identity.label, d.tool->identity.name)), d.tool->file, QStringLiteral("tool"), {}};
        for (const auto &t : d.tool->tools)
            p.children.append({tr("Tool: %1").arg(t.identity.name), t.file, QStringLiteral("tool"), {}});
        if (!d.tool->pythonSource.isEmpty())
            p.children.append({d.tool->pythonSource, d.tool->pythonSource, QStringLiteral("source"), {}});
        out.append(p);
    }
    if (d.model) {
        Node p{tr("Model provider: %1").arg(d.model->provider), d.model->file, QStringLiteral("model"), {}};
        for (const auto &m : d.model->models)
            p.children.append({tr("Model: %1 (%2)").arg(m.model, m.modelType), m.file, QStringLiteral("model"), {}});
        out.append(p);
    }
    if (d.agentStrategy) {
        Node p{tr("Agent strategy provider: %1").arg(d.agentStrategy->identity.name), d.agentStrategy->file, QStringLiteral("agent"), {}};
        for (const auto &s : d.agentStrategy->strategies)
            p.children.append({tr("Strategy: %1").arg(s.identity.name), s.file, QStringLiteral("agent"), {}});
        out.append(p);
    }
    if (d.endpoint) {
        Node p{tr("Endpoint group"), d.endpoint->file, QStringLiteral("endpoint"), {}};
        for (const auto &e : d.endpoint->endpoints)
            p.children.append({QStringLiteral("%1 %2").arg(e.method, e.path), e.file, QStringLiteral("endpoint"), {}});
        out.append(p);
    }
    if (d.datasource) {
        Node p{tr("Datasource provider: %1").arg(d.datasource->identity.name), d.datasource->file, QStringLiteral("datasource"), {}};
        for (const auto &s : d.datasource->datasources)
            p.children.append({tr("Datasource: %1").arg(s.identity.name), s.file, QStringLiteral("datasource"), {}});
        out.append(p);
    }
    if (d.trigger) {
        Node p{tr("Trigger provider: %1").arg(d.trigger->identity.name), d.trigger->file, QStringLiteral("trigger"), {}};
        for (const auto &e : d.trigger->events)
            p.children.append({tr("Event: %1").arg(e.identity.name), e.file, QStringLiteral("trigger"), {}});
        out.append(p);
    }
    return out;
}

void ProjectExplorer::showStructure(const QList<Node> &nodes)
{
    m_structure->clear();
    std::function<void(QTreeWidgetItem *, const Node &)> add = [&](QTreeWidgetItem *parent, const Node &n) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_structure);
        item->setText(0, n.text);
        item->setToolTip(0, n.file);
        item->setData(0, Qt::UserRole, n.file);
        item->setData(0, Qt::UserRole + 1, n.kind);
        for (const Node &c : n.children)
            add(item, c);
    };
    for (const Node &n : nodes)
        add(nullptr, n);
    m_structure->expandAll();
}

} // namespace Studio::App
