// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/marketplace/bannerstrip.h"
#include "core/common/printable.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPixmap>
#include <QVBoxLayout>

namespace Studio::App {

using Marketplace::Banner;

namespace {

QString typeLabel(const QString &type)
{
    if (type == QLatin1String("recommend"))
        return BannerStrip::tr("Recommended");
    if (type == QLatin1String("blog"))
        return BannerStrip::tr("Blog");
    if (type == QLatin1String("event"))
        return BannerStrip::tr("Event");
    if (type == QLatin1String("ad"))
        return BannerStrip::tr("Sponsored");
    return type;
}

QString typeColor(const QString &type)
{
    if (type == QLatin1String("blog"))
        return QStringLiteral("#0b7285");
    if (type == QLatin1String("event"))
        return QStringLiteral("#c2410c");
    if (type == QLatin1String("ad"))
        return QStringLiteral("#6b7280");
    return QStringLiteral("#1d4ed8");
}

} // namespace

BannerCard::BannerCard(const Banner &banner, const QString &language, QWidget *parent)
    : QFrame(parent), m_banner(banner), m_image(new QLabel(this)), m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("bannerCard"));
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(200);
    setFixedHeight(84);
    const QString color = typeColor(banner.type);
    setStyleSheet(QStringLiteral("#bannerCard { border: 1px solid %1; border-radius: 6px; background: palette(base); }"
                                 "#bannerCard:focus { border: 2px solid %1; }")
                      .arg(color));
    m_image->setFixedSize(64, 64);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->hide();
    // Marketplace text: escaped for the label (#17.9), then for its HTML.
    const QString title = printable(banner.title.text(language));
    const QString description = printable(banner.description.text(language), PrintableMode::MultiLine);
    QString html = QStringLiteral("<span style=\"color:%1;font-size:small\">%2</span><br><b>%3</b>")
                       .arg(color, typeLabel(banner.type).toHtmlEscaped(), title.toHtmlEscaped());
    if (!description.isEmpty())
        html += QStringLiteral("<br><span style=\"font-size:small\">%1</span>").arg(description.toHtmlEscaped());
    m_title->setTextFormat(Qt::RichText);
    m_title->setText(html);
    m_title->setWordWrap(true);
    m_title->setAttribute(Qt::WA_TransparentForMouseEvents);
    QString tip = banner.pluginId.isEmpty() ? printable(banner.link) : tr("Open %1").arg(printable(banner.pluginId));
    setToolTip(tip);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(8, 6, 8, 6);
    h->addWidget(m_image);
    h->addWidget(m_title, 1);
}

QString BannerCard::titleText() const { return m_banner.title.text(); }

void BannerCard::setImage(const QImage &image)
{
    if (image.isNull())
        return;
    m_image->setPixmap(QPixmap::fromImage(image.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_image->show();
    m_hasImage = true;
}

void BannerCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked(m_banner);
    QFrame::mouseReleaseEvent(event);
}

void BannerCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked(m_banner);
        return;
    }
    QFrame::keyPressEvent(event);
}

BannerStrip::BannerStrip(QWidget *parent) : QFrame(parent), m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("bannerStrip"));
    m_layout->setContentsMargins(0, 2, 0, 2);
    m_layout->setSpacing(8);
    hide();
}

void BannerStrip::setBanners(const QList<Banner> &banners, const QString &language)
{
    for (BannerCard *c : std::as_const(m_cards))
        c->deleteLater();
    m_cards.clear();
    while (QLayoutItem *item = m_layout->takeAt(0))
        delete item;
    for (const Banner &b : banners) {
        if (m_cards.size() >= MaxCards)
            break;
        auto *card = new BannerCard(b, language, this);
        connect(card, &BannerCard::clicked, this, &BannerStrip::activated);
        m_layout->addWidget(card, 1);
        m_cards.append(card);
    }
    if (m_cards.size() < MaxCards)
        m_layout->addStretch(MaxCards - int(m_cards.size()));
}

void BannerStrip::setImage(const QString &bannerId, const QImage &image)
{
    for (BannerCard *c : std::as_const(m_cards))
        if (c->banner().id == bannerId)
            c->setImage(image);
}

} // namespace Studio::App
