// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JsonTreeView: a QTreeView over a small JSON model (key, value, type) with "copy value" and
// "copy path" in the context menu. Wiring: `auto *v = new JsonTreeView(parent); v->setJson(value);`

#include <QAbstractItemModel>
#include <QJsonValue>
#include <QTreeView>

#include <memory>
#include <vector>

namespace Studio::App {

class JsonModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    explicit JsonModel(QObject *parent = nullptr);
    ~JsonModel() override;

    void setJson(const QJsonValue &value);
    QJsonValue json() const { return m_root; }

    // The JSON value at an index (whole sub-tree) and its path ("$.a.b[2]").
    QJsonValue valueAt(const QModelIndex &index) const;
    QString pathAt(const QModelIndex &index) const;
    // Finds an index by path ("$.a[0].b"); invalid if absent.
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        bool isIndex = false;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    static void build(Node *node);
    Node *nodeAt(const QModelIndex &index) const;

    QJsonValue m_root;
    std::unique_ptr<Node> m_tree;
};

class JsonTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit JsonTreeView(QWidget *parent = nullptr);
    void setJson(const QJsonValue &value, int expandDepth = 2);
    JsonModel *jsonModel() const { return m_model; }
    void copyValue(const QModelIndex &index) const; // compact JSON (or the plain string) to clipboard
    void copyPath(const QModelIndex &index) const;

private:
    JsonModel *m_model;
};

} // namespace Studio::App
