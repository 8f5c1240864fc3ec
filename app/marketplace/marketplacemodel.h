// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The marketplace result list (one row per plugin or bundle) and the card delegate that paints it.

#include "core/marketplace/listing.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QStyledItemDelegate>

namespace Studio::App {

class MarketplaceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { PluginIdRole = Qt::UserRole + 1, BriefRole, InstallCountRole, BadgesRole, CategoryRole, IconRole,
                 VerifiedRole, IdentifierRole };
    explicit MarketplaceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setListings(const QList<Marketplace::PluginListing> &listings); // replaces
    void appendListings(const QList<Marketplace::PluginListing> &listings); // next page
    const Marketplace::PluginListing &listing(int row) const { return m_items[row]; }
    const QList<Marketplace::PluginListing> &listings() const { return m_items; }
    void setIcon(const QString &pluginId, const QImage &icon);
    bool hasIcon(const QString &pluginId) const { return m_icons.contains(pluginId); }
    void setLanguage(const QString &language) { m_language = language; }

private:
    QList<Marketplace::PluginListing> m_items;
    QHash<QString, int> m_rowOf;
    QHash<QString, QImage> m_icons;
    QString m_language = QStringLiteral("en_US");
};

// Paints a card: icon, label, brief (two lines), org · category · installs, badges.
class PluginCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int CardWidth = 320;
    static constexpr int CardHeight = 96;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// "12.3k" style counts.
QString formatInstallCount(qint64 n);
// An icon image from PNG/JPEG/SVG bytes (null when it cannot be read).
QImage imageFromBytes(const QByteArray &bytes, int size = 64);

} // namespace Studio::App
