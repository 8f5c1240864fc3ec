// SPDX-License-Identifier: GPL-3.0-or-later
// Parses a generated Marketplace search page of 1,000 plugins (JSON text -> envelope -> listings),
// a whole-catalogue manifest.json of 10,000 plugins (#18, what an update check of many plugins
// reads) and a unified-search answer (#7, what each suggestion keystroke reads), and prints the
// times in ms (best and median of several runs).
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

static QByteArray generateCatalogue(int count)
{
    QJsonArray plugins;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("plugin_%1").arg(i);
        const QString version = QStringLiteral("1.%1.%2").arg(i % 50).arg(i % 7);
        plugins.append(QJsonObject{
            {QStringLiteral("org"), QStringLiteral("org%1").arg(i % 300)},
            {QStringLiteral("name"), name},
            {QStringLiteral("latest_version"), version},
            {QStringLiteral("latest_package_identifier"),
             QStringLiteral("org%1/%2:%3@%4").arg(i % 300).arg(name, version, QString(64, QLatin1Char('c')))},
            {QStringLiteral("latest_package_url"), QStringLiteral("https://cdn.example.invalid/%1-%2.difypkg").arg(name, version)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("plugins"), plugins}}).toJson(QJsonDocument::Compact);
}

static QByteArray generateUnified(int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(QJsonObject{{QStringLiteral("index_id"), QStringLiteral("bench-org___plugin_%1").arg(i)},
                                 {QStringLiteral("type"), QStringLiteral("plugin")},
                                 {QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("Plugin %1").arg(i)}}},
                                 {QStringLiteral("latest_version"), QStringLiteral("0.%1.0").arg(i)}});
    QJsonObject data{{QStringLiteral("plugins"), QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), 500}}},
                     {QStringLiteral("creators"), QJsonObject{{QStringLiteral("items"), QJsonArray()}, {QStringLiteral("total"), 3}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), 0}, {QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
}

template<typename F>
static void measure(const char *what, const QByteArray &json, F parse, qsizetype expected, int runsWanted, bool *ok)
{
    std::vector<double> runs;
    qsizetype parsed = 0;
    for (int run = 0; run < runsWanted; ++run) {
        QElapsedTimer t;
        t.start();
        parsed = parse(QJsonDocument::fromJson(json).object());
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    std::printf("bench_marketplace: %s (%lld KiB JSON): best %.2f ms, median %.2f ms (%lld entries)\n", what,
                static_cast<long long>(json.size() / 1024), runs.front(), runs[runs.size() / 2], static_cast<long long>(parsed));
    *ok = *ok && parsed == expected;
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
    bool ok = parsed == count;
    const int catalogueSize = 10000;
    measure("parse a 10000-plugin catalogue manifest.json", generateCatalogue(catalogueSize),
            [](const QJsonObject &root) { return parseCatalogueManifest(root).size(); }, catalogueSize, 7, &ok);
    measure("parse an 8-suggestion unified search answer", generateUnified(8),
            [](const QJsonObject &env) { return parseUnifiedSearch(env.value(QStringLiteral("data")).toObject()).plugins.size(); }, 8,
            200, &ok);
    return ok ? 0 : 1;
}
