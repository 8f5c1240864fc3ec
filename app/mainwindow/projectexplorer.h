// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QWidget>

class QFileSystemModel;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace Studio::App {

// The project explorer: a Files tab (the folder, without .venv, __pycache__, .git) and a Structure
// tab (providers, tools, models, strategies, endpoints, datasources, events from the declaration).
class ProjectExplorer : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectExplorer(QWidget *parent = nullptr);

    void setProjectDir(const QString &dir);
    QString projectDir() const { return m_dir; }
    // Re-reads the declaration for the Structure tab (off the GUI thread).
    void refreshStructure();
    QTreeWidget *structureTree() const { return m_structure; }
    QTreeView *fileTree() const { return m_files; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void fileActivated(const QString &relativePath);

private:
    struct Node
    {
        QString text;
        QString file;
        QString kind;
        QList<Node> children;
    };
    static QList<Node> buildStructure(const QString &dir);
    void showStructure(const QList<Node> &nodes);
    QString m_dir;
    QTabWidget *m_tabs;
    QTreeView *m_files;
    QFileSystemModel *m_fsModel;
    QSortFilterProxyModel *m_fsFilter;
    QTreeWidget *m_structure;
    QFutureWatcher<QList<Node>> m_watcher;
    bool m_again = false;
};

} // namespace Studio::App
