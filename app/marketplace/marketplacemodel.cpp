// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/marketplace/marketplacemodel.h"
#include "core/common/printable.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace Studio::App {

QString formatInstallCount(qint64 n)
{
    if (n >= 1000000)
        return QString::number(double(n) / 1e6, 'f', 1) + QLatin1Char('M');
    if (n >= 1000)
        return QString::number(double(n) / 1e3, 'f', 1) + QLatin1Char('k');
    return QString::number(n);
}

QImage imageFromBytes(const QByteArray &bytes, int size)
{
    QImage img;
    if (img.loadFromData(bytes))
        return img.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QSvgRenderer svg(bytes);
    if (!svg.isValid())
        return {};
    QImage out(size, size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter p(&out);
    svg.render(&p);
    return out;
}

MarketplaceListModel::MarketplaceListModel(QObject *parent) : QAbstractListModel(parent) {}

int MarketplaceListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

QVariant MarketplaceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Marketplace::PluginListing &l = m_items[index.row()];
    switch (role) {
    // What is shown comes from the Marketplace: escaped (#17.9), tooltips as plain text.
    case Qt::DisplayRole: {
        const QString label = l.label.text(m_language);
        return printable(label.isEmpty() ? l.name : label);
    }
    case Qt::ToolTipRole: {
        const QString tip = l.description.text(m_language).isEmpty() ? l.brief.text(m_language) : l.description.text(m_language);
        return tip.isEmpty() ? tip
                             : QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                                   .arg(printable(tip, PrintableMode::MultiLine).toHtmlEscaped());
    }
    case PluginIdRole: return l.pluginId;
    case BriefRole: return printable(l.brief.text(m_language), PrintableMode::MultiLine);
    case InstallCountRole: return l.installCount;
    case BadgesRole: return l.badges;
    case CategoryRole: return printable(l.category.isEmpty() ? l.type : l.category);
    case IconRole: return m_icons.value(l.pluginId);
    case VerifiedRole: return l.verified;
    case IdentifierRole: return l.latestPackageIdentifier;
    default: return {};
    }
}

void MarketplaceListModel::setListings(const QList<Marketplace::PluginListing> &listings)
{
    beginResetModel();
    m_items = listings;
    m_rowOf.clear();
    for (int i = 0; i < m_items.size(); ++i)
        m_rowOf.insert(m_items[i].pluginId, i);
    endResetModel();
}

void MarketplaceListModel::appendListings(const QList<Marketplace::PluginListing> &listings)
{
    if (listings.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows(QModelIndex(), first, first + int(listings.size()) - 1);
    for (const auto &l : listings) {
        m_rowOf.insert(l.pluginId, int(m_items.size()));
        m_items.append(l);
    }
    endInsertRows();
}

void MarketplaceListModel::setIcon(const QString &pluginId, const QImage &icon)
{
    m_icons.insert(pluginId, icon);
    const auto it = m_rowOf.constFind(pluginId);
    if (it != m_rowOf.constEnd()) {
        const QModelIndex i = index(*it);
        Q_EMIT dataChanged(i, i, {IconRole});
    }
}

QSize PluginCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {CardWidth, CardHeight};
}

void PluginCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(4, 4, -4, -4);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hover = option.state & QStyle::State_MouseOver;
    QPainterPath card;
    card.addRoundedRect(QRectF(r), 8, 8);
    p->fillPath(card, selected ? pal.highlight().color().lighter(170) : pal.base());
    p->setPen(QPen(hover || selected ? pal.highlight().color() : pal.mid().color(), 1));
    p->drawPath(card);

    // icon
    const QRect iconRect(r.left() + 10, r.top() + 10, 40, 40);
    const QImage icon = index.data(MarketplaceListModel::IconRole).value<QImage>();
    if (!icon.isNull()) {
        p->drawImage(iconRect, icon);
    } else {
        QPainterPath ip;
        ip.addRoundedRect(QRectF(iconRect), 6, 6);
        p->fillPath(ip, pal.alternateBase());
        p->setPen(pal.mid().color());
        QFont f = option.font;
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.3);
        p->setFont(f);
        p->drawText(iconRect, Qt::AlignCenter, index.data().toString().left(1).toUpper());
    }

    const int textLeft = iconRect.right() + 10;
    const int textWidth = r.right() - textLeft - 8;
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(pal.text().color());
    const QFontMetrics bfm(bold);

    // badges on the right of the title
    QStringList badges = index.data(MarketplaceListModel::BadgesRole).toStringList();
    if (index.data(MarketplaceListModel::VerifiedRole).toBool() && !badges.contains(QStringLiteral("verified")))
        badges.prepend(QStringLiteral("verified"));
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.82);
    const QFontMetrics sfm(small);
    int badgeX = r.right() - 8;
    for (auto it = badges.crbegin(); it != badges.crend(); ++it) {
        const QString b = *it == QLatin1String("partner") ? QObject::tr("partner") : *it;
        const int w = sfm.horizontalAdvance(b) + 10;
        const QRect br(badgeX - w, r.top() + 10, w, sfm.height() + 2);
        badgeX -= w + 4;
        QPainterPath bp;
        bp.addRoundedRect(QRectF(br), 4, 4);
        const QColor c = *it == QLatin1String("partner") ? QColor(0x6f, 0x42, 0xc1) : QColor(0x15, 0x65, 0xc0);
        p->fillPath(bp, c);
        p->setPen(Qt::white);
        p->setFont(small);
        p->drawText(br, Qt::AlignCenter, b);
    }
    p->setFont(bold);
    p->setPen(pal.text().color());
    const int titleWidth = qMax(20, badgeX - textLeft);
    p->drawText(QRect(textLeft, r.top() + 8, titleWidth, bfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(index.data().toString(), Qt::ElideRight, titleWidth));

    // brief: two lines
    p->setFont(option.font);
    const QFontMetrics fm(option.font);
    p->setPen(pal.text().color().lighter(140));
    const QRect briefRect(textLeft, r.top() + 10 + bfm.height(), textWidth, fm.height() * 2);
    QString brief = index.data(MarketplaceListModel::BriefRole).toString();
    const QString clipped = fm.elidedText(brief, Qt::ElideRight, textWidth * 2 - fm.averageCharWidth() * 4);
    p->drawText(briefRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, clipped);

    // footer
    p->setFont(small);
    p->setPen(pal.placeholderText().color());
    const QString id = index.data(MarketplaceListModel::PluginIdRole).toString();
    const QString footer = QStringLiteral("%1 · %2 · ⬇ %3")
                               .arg(id.section(QLatin1Char('/'), 0, 0), index.data(MarketplaceListModel::CategoryRole).toString(),
                                    formatInstallCount(index.data(MarketplaceListModel::InstallCountRole).toLongLong()));
    p->drawText(QRect(textLeft, r.bottom() - sfm.height() - 6, textWidth, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                sfm.elidedText(footer, Qt::ElideRight, textWidth));
    p->restore();
}

} // namespace Studio::App
