// SPDX-License-Identifier: GPL-3.0-or-later
// Parses a generated Marketplace search page of 1,000 plugins (JSON text -> envelope -> listings)
// and prints the time in ms (best and median of several runs).
#include "core/marketplace/listing.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Studio::Marketplace;

static QByteArray generatePage(int count)
{
    QJsonArray plugins;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("plugin_%1").arg(i);
        QJsonObject p{
            {QStringLiteral("type"), QStringLiteral("plugin")},
            {QStringLiteral("org"), QStringLiteral("bench-org")},
            {QStringLiteral("name"), name},
            {QStringLiteral("plugin_id"), QString(QStringLiteral("bench-org/") + name)},
            {QStringLiteral("version"), QStringLiteral("1.%1.0").arg(i % 50)},
            {QStringLiteral("latest_version"), QStringLiteral("1.%1.0").arg(i % 50)},
            {QStringLiteral("latest_package_identifier"),
             QStringLiteral("bench-org/%1:1.%2.0@%3").arg(name).arg(i % 50).arg(QString(64, QLatin1Char('a')))},
            {QStringLiteral("icon"), QStringLiteral("https://example.invalid/icon.svg")},
            {QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("Plugin %1").arg(i)},
                                                  {QStringLiteral("zh_Hans"), QStringLiteral("插件 %1").arg(i)}}},
            {QStringLiteral("brief"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("A plugin that does thing number %1 very well").arg(i)}}},
            {QStringLiteral("category"), i % 2 ? QStringLiteral("tool") : QStringLiteral("model")},
            {QStringLiteral("install_count"), i * 37},
            {QStringLiteral("tags"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("search")}},
                                                QJsonObject{{QStringLiteral("name"), QStringLiteral("utilities")}}}},
            {QStringLiteral("badges"), QJsonArray{QStringLiteral("partner")}},
            {QStringLiteral("verified"), i % 3 == 0},
            {QStringLiteral("verification"), QJsonObject{{QStringLiteral("authorized_category"), QStringLiteral("community")}}},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")},
            {QStringLiteral("version_updated_at"), QStringLiteral("2025-06-01T00:00:00Z")},
        };
        plugins.append(p);
    }
    QJsonObject data{{QStringLiteral("plugins"), plugins}, {QStringLiteral("total"), count}};
    QJsonObject env{{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")}, {QStringLiteral("data"), data}};
    return QJsonDocument(env).toJson(QJsonDocument::Compact);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = 1000;
    const QByteArray page = generatePage(count);
    std::vector<double> runs;
    qsizetype parsed = 0;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer t;
        t.start();
        const QJsonObject env = QJsonDocument::fromJson(page).object();
        const SearchResult r = parseSearchResult(env.value(QStringLiteral("data")).toObject(), 1, count);
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
        parsed = r.plugins.size();
    }
    std::sort(runs.begin(), runs.end());
    std::printf("bench_marketplace: parse a %d-plugin search page (%lld KiB JSON): best %.2f ms, median %.2f ms (%lld listings)\n",
                count, static_cast<long long>(page.size() / 1024), runs.front(), runs[runs.size() / 2],
                static_cast<long long>(parsed));
    return parsed == count ? 0 : 1;
}
