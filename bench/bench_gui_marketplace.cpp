// SPDX-License-Identifier: GPL-3.0-or-later
// Marketplace browser: a result page of 1,000 plugins parsed (Marketplace::parseSearchResult) and
// shown as cards in the page's QListView (model reset + first paint).
#include "app/marketplace/marketplacemodel.h"
#include "app/marketplace/marketplacepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>

#include <cstdio>

using namespace Studio;
using namespace Studio::App;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;

    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("plugin")},
                                {QStringLiteral("org"), QStringLiteral("org%1").arg(i % 37)},
                                {QStringLiteral("name"), QStringLiteral("plugin_%1").arg(i)},
                                {QStringLiteral("latest_version"), QStringLiteral("1.%1.0").arg(i % 10)},
                                {QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("Plugin %1").arg(i)},
                                                                      {QStringLiteral("zh_Hans"), QStringLiteral("插件 %1").arg(i)}}},
                                {QStringLiteral("brief"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("A brief description of plugin %1 that is long enough to wrap onto two lines of the card").arg(i)}}},
                                {QStringLiteral("category"), QStringLiteral("tool")},
                                {QStringLiteral("install_count"), i * 13},
                                {QStringLiteral("tags"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("search")}}}},
                                {QStringLiteral("badges"), i % 5 == 0 ? QJsonArray{QStringLiteral("partner")} : QJsonArray{}},
                                {QStringLiteral("verified"), i % 3 == 0}});
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), 0},
                                                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("plugins"), list},
                                                                                           {QStringLiteral("total"), count}}}})
                                .toJson(QJsonDocument::Compact);

    MarketplacePage page(nullptr);
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();

    QElapsedTimer t;
    t.start();
    const QJsonObject data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject();
    const qint64 jsonMs = t.elapsed();
    const Marketplace::SearchResult res = Marketplace::parseSearchResult(data, 1, count);
    const qint64 parseMs = t.elapsed();
    page.model()->setListings(res.plugins);
    QApplication::processEvents();
    const QImage shot = page.grab().toImage(); // forces layout and a full paint of the visible cards
    const qint64 shownMs = t.elapsed();
    // Scroll to the end and paint again.
    QElapsedTimer s;
    s.start();
    page.listView()->scrollToBottom();
    QApplication::processEvents();
    (void)page.grab();
    const qint64 scrollMs = s.elapsed();

    std::printf("bench_gui_marketplace: %d plugins, %lld KiB JSON (offscreen)\n", count, static_cast<long long>(body.size() / 1024));
    std::printf("  JSON parse             %lld ms\n", static_cast<long long>(jsonMs));
    std::printf("  listing parse          %lld ms\n", static_cast<long long>(parseMs - jsonMs));
    std::printf("  model + layout + paint %lld ms\n", static_cast<long long>(shownMs - parseMs));
    std::printf("  total parsed and shown %lld ms\n", static_cast<long long>(shownMs));
    std::printf("  scroll to end + paint  %lld ms\n", static_cast<long long>(scrollMs));
    return page.model()->rowCount() == count && !shot.isNull() ? 0 : 1;
}
