// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The banner strip on the marketplace home (#6 /banners): one clickable card per banner — image
// (when the banner has one), type, title and description. Clicking a card emits activated(); the
// page opens the plugin detail (banner.pluginId) or the link in the browser.

#include "core/marketplace/listing.h"

#include <QFrame>
#include <QImage>
#include <QList>

class QHBoxLayout;
class QLabel;

namespace Studio::App {

class BannerCard : public QFrame
{
    Q_OBJECT
public:
    BannerCard(const Marketplace::Banner &banner, const QString &language, QWidget *parent = nullptr);
    const Marketplace::Banner &banner() const { return m_banner; }
    void setImage(const QImage &image);
    bool hasImage() const { return m_hasImage; }
    QString titleText() const;

Q_SIGNALS:
    void clicked(const Studio::Marketplace::Banner &banner);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Marketplace::Banner m_banner;
    QLabel *m_image;
    QLabel *m_title;
    bool m_hasImage = false;
};

class BannerStrip : public QFrame
{
    Q_OBJECT
public:
    explicit BannerStrip(QWidget *parent = nullptr);

    // Replaces the cards (at most MaxCards are shown).
    void setBanners(const QList<Marketplace::Banner> &banners, const QString &language = QStringLiteral("en_US"));
    void setImage(const QString &bannerId, const QImage &image);
    QList<BannerCard *> cards() const { return m_cards; }
    int count() const { return int(m_cards.size()); }
    static constexpr int MaxCards = 4;

Q_SIGNALS:
    void activated(const Studio::Marketplace::Banner &banner);

private:
    QHBoxLayout *m_layout;
    QList<BannerCard *> m_cards;
};

} // namespace Studio::App
