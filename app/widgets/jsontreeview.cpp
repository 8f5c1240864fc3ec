// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/jsontreeview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QRegularExpression>

namespace Studio::App {

namespace {
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

QString preview(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 500)
            s = s.left(500) + QStringLiteral("…");
        return s;
    }
    case QJsonValue::Array: return QStringLiteral("[%1]").arg(v.toArray().size());
    case QJsonValue::Object: return QStringLiteral("{%1}").arg(v.toObject().size());
    case QJsonValue::Undefined: break;
    }
    return {};
}

bool isIdentifier(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(key).hasMatch();
}
} // namespace

JsonModel::JsonModel(QObject *parent) : QAbstractItemModel(parent), m_tree(std::make_unique<Node>()) {}
JsonModel::~JsonModel() = default;

void JsonModel::build(Node *node)
{
    node->children.clear();
    if (node->value.isObject()) {
        const QJsonObject o = node->value.toObject();
        int row = 0;
        for (auto it = o.begin(); it != o.end(); ++it) {
            auto child = std::make_unique<Node>();
            child->key = it.key();
            child->value = it.value();
            child->parent = node;
            child->row = row++;
            build(child.get());
            node->children.push_back(std::move(child));
        }
    } else if (node->value.isArray()) {
        const QJsonArray a = node->value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            auto child = std::make_unique<Node>();
            child->key = QString::number(i);
            child->isIndex = true;
            child->value = a.at(i);
            child->parent = node;
            child->row = int(i);
            build(child.get());
            node->children.push_back(std::move(child));
        }
    }
}

void JsonModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_root = value;
    m_tree = std::make_unique<Node>();
    // The invisible root holds one visible row for scalars, or the members for containers.
    if (value.isObject() || value.isArray()) {
        m_tree->value = value;
        build(m_tree.get());
    } else if (!value.isUndefined()) {
        auto child = std::make_unique<Node>();
        child->key = QStringLiteral("$");
        child->value = value;
        child->parent = m_tree.get();
        m_tree->children.push_back(std::move(child));
    }
    endResetModel();
}

JsonModel::Node *JsonModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_tree.get();
}

QModelIndex JsonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    Node *p = nodeAt(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = nodeAt(child);
    Node *p = n->parent;
    if (!p || p == m_tree.get())
        return {};
    return createIndex(p->row, 0, p);
}

int JsonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int JsonModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant JsonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeAt(index);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KeyColumn: return n->isIndex ? QStringLiteral("[%1]").arg(n->key) : n->key;
        case ValueColumn: return preview(n->value);
        case TypeColumn: return typeName(n->value);
        default: return {};
        }
    }
    return {};
}

QVariant JsonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    default: return {};
    }
}

QJsonValue JsonModel::valueAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->value : m_root;
}

QString JsonModel::pathAt(const QModelIndex &index) const
{
    QStringList parts;
    for (const Node *n = index.isValid() ? nodeAt(index) : nullptr; n && n != m_tree.get(); n = n->parent) {
        if (n->key == QLatin1String("$") && n->parent == m_tree.get() && !m_root.isObject() && !m_root.isArray())
            break;
        if (n->isIndex)
            parts.prepend(QStringLiteral("[%1]").arg(n->key));
        else if (isIdentifier(n->key))
            parts.prepend(QStringLiteral(".") + n->key);
        else
            parts.prepend(QStringLiteral("[\"%1\"]").arg(n->key));
    }
    return QStringLiteral("$") + parts.join(QString());
}

QModelIndex JsonModel::indexForPath(const QString &path) const
{
    if (!path.startsWith(QLatin1Char('$')))
        return {};
    static const QRegularExpression seg(QStringLiteral(R"re(\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\["([^"]*)"\])re"));
    QModelIndex cur;
    auto it = seg.globalMatch(path, 1);
    while (it.hasNext()) {
        const auto m = it.next();
        const Node *n = nodeAt(cur);
        QString key = m.captured(1);
        if (key.isEmpty())
            key = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        bool found = false;
        for (const auto &c : n->children) {
            if (c->key == key) {
                cur = index(c->row, 0, cur);
                found = true;
                break;
            }
        }
        if (!found)
            return {};
    }
    return cur;
}

JsonTreeView::JsonTreeView(QWidget *parent) : QTreeView(parent), m_model(new JsonModel(this))
{
    setModel(m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setSectionResizeMode(JsonModel::ValueColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex idx = indexAt(pos);
        if (!idx.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Copy value"), this, [this, idx] { copyValue(idx); });
        menu.addAction(tr("Copy path"), this, [this, idx] { copyPath(idx); });
        menu.exec(viewport()->mapToGlobal(pos));
    });
}

void JsonTreeView::setJson(const QJsonValue &value, int expandDepth)
{
    m_model->setJson(value);
    if (expandDepth > 0)
        expandToDepth(expandDepth - 1);
    resizeColumnToContents(JsonModel::KeyColumn);
}

void JsonTreeView::copyValue(const QModelIndex &index) const
{
    const QJsonValue v = m_model->valueAt(index);
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else
        text = m_model->data(m_model->index(index.row(), JsonModel::ValueColumn, index.parent())).toString();
    QApplication::clipboard()->setText(text);
}

void JsonTreeView::copyPath(const QModelIndex &index) const
{
    QApplication::clipboard()->setText(m_model->pathAt(index));
}

} // namespace Studio::App
