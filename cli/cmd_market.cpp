// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli market search|show|download|suggest|banners|identifiers|bundle|catalogue — the
// Dify Marketplace from the command line.
#include "cli/command.h"
#include "core/common/printable.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <optional>

namespace {

using namespace Studio;
using namespace Studio::Cli;
using namespace Studio::Marketplace;

// A field of a Marketplace answer, as a terminal may show it (no escape sequence, no newline).
QString shown(const QString &text)
{
    return printable(text);
}

QJsonObject listingJson(const PluginListing &p)
{
    return QJsonObject{{QStringLiteral("plugin_id"), p.pluginId}, {QStringLiteral("type"), p.type},
                       {QStringLiteral("label"), p.label.text()}, {QStringLiteral("brief"), p.brief.text()},
                       {QStringLiteral("category"), p.category}, {QStringLiteral("version"), p.version},
                       {QStringLiteral("latest_package_identifier"), p.latestPackageIdentifier},
                       {QStringLiteral("install_count"), p.installCount}, {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
                       {QStringLiteral("verified"), p.verified}, {QStringLiteral("status"), p.status}};
}

int finishWith(MarketplaceReply *r)
{
    MarketplaceClient::waitForFinished(r, 120000);
    if (!r->isFinished()) {
        printErr(QStringLiteral("error: the Marketplace did not answer in time\n"));
        return ExitFailure;
    }
    if (!r->isOk()) {
        printErr(QStringLiteral("error: %1\n").arg(printable(r->error()->toString(), PrintableMode::MultiLine)));
        return r->error()->code == ErrorCode::NotFound ? ExitUnreadable : ExitFailure;
    }
    if (r->offline())
        printErr(QStringLiteral("warning: offline — the Marketplace cannot be reached; showing the cached answer\n"));
    else if (r->fromCache())
        printErr(QStringLiteral("warning: %1 Showing the cached answer.\n")
                     .arg(printable(r->cacheReason() ? r->cacheReason()->message : QString(), PrintableMode::MultiLine)));
    return ExitOk;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Dify Marketplace.\n  market search QUERY [--category C] [--tags T,U] [--sort popular|updated|new|first] [--page N] [--json]\n"
        "  market show ORG/NAME [--json]\n  market download ID [-o FILE] [--via-url]   (ID = org/name:version@checksum)\n"
        "  market suggest TEXT [--json]            as-you-type suggestions (unified search)\n"
        "  market banners [--language L] [--json]  the Marketplace home banners\n"
        "  market identifiers ID... [--json]       label and version of exact identifiers\n"
        "  market bundle ORG/NAME VERSION [--json] the plugins a Marketplace bundle installs\n"
        "  market catalogue [ORG/NAME...] [--json] latest versions from the whole-catalogue snapshot"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"),
                                 QStringLiteral("search | show | download | suggest | banners | identifiers | bundle | catalogue"));
    const QCommandLineOption wsOpt(QStringLiteral("workspace"), QStringLiteral("Workspace data folder (for the Marketplace URL setting)."), QStringLiteral("DIR"));
    const QCommandLineOption mpOpt(QStringLiteral("marketplace"), QStringLiteral("Marketplace base URL."), QStringLiteral("URL"));
    const QCommandLineOption catOpt(QStringLiteral("category"), QStringLiteral("tool, model, extension, agent-strategy, datasource, trigger"), QStringLiteral("C"));
    const QCommandLineOption tagsOpt(QStringLiteral("tags"), QStringLiteral("Comma-separated tags."), QStringLiteral("T"));
    const QCommandLineOption sortOpt(QStringLiteral("sort"), QStringLiteral("popular (default), updated, new, first"), QStringLiteral("S"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("1-based page."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption sizeOpt(QStringLiteral("page-size"), QStringLiteral("Results per page (default 40)."), QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("JSON output."));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption bundleOpt(QStringLiteral("bundles"), QStringLiteral("Search bundles instead of plugins."));
    const QCommandLineOption langOpt(QStringLiteral("language"), QStringLiteral("Banner language (default en_US)."), QStringLiteral("L"),
                                     QStringLiteral("en_US"));
    const QCommandLineOption viaUrlOpt(QStringLiteral("via-url"), QStringLiteral("Download through the presigned URL (download-url) only."));
    const QCommandLineOption cacheOpt(QStringLiteral("cache-dir"), QStringLiteral("Marketplace cache folder."), QStringLiteral("DIR"));
    parser.addOptions({wsOpt, mpOpt, catOpt, tagsOpt, sortOpt, pageOpt, sizeOpt, jsonOpt, outOpt, bundleOpt, langOpt, viaUrlOpt, cacheOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty()) {
        printErr(QStringLiteral("usage: plugin-studio-cli market search|show|download ...\n"));
        return ExitUsage;
    }
    MarketplaceClient client;
    QString base = parser.value(mpOpt);
    if (base.isEmpty() && parser.isSet(wsOpt)) {
        auto ws = Workspace::WorkspaceStore::open(parser.value(wsOpt));
        if (ws)
            base = (*ws)->marketplaceUrl();
    }
    if (!base.isEmpty())
        client.setBaseUrl(QUrl(base));
    if (parser.isSet(cacheOpt))
        client.setCacheDir(parser.value(cacheOpt));
    const bool json = parser.isSet(jsonOpt);
    auto printJson = [](const QJsonValue &v) {
        printOut(QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                               : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)));
    };
    const QString sub = pos.first();
    if (sub == QLatin1String("search")) {
        SearchQuery q;
        q.query = pos.mid(1).join(QLatin1Char(' '));
        q.category = parser.value(catOpt);
        if (parser.isSet(tagsOpt))
            q.tags = parser.value(tagsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (parser.isSet(sortOpt)) {
            const auto s = sortFromString(parser.value(sortOpt));
            if (!s) {
                printErr(QStringLiteral("error: unknown sort \"%1\"; use popular, updated, new or first\n").arg(parser.value(sortOpt)));
                return ExitUsage;
            }
            q.sort = *s;
        }
        bool ok1 = false, ok2 = false;
        q.page = parser.value(pageOpt).toInt(&ok1);
        q.pageSize = parser.value(sizeOpt).toInt(&ok2);
        if (!ok1 || !ok2 || q.page < 1 || q.pageSize < 1) {
            printErr(QStringLiteral("error: --page and --page-size take positive numbers\n"));
            return ExitUsage;
        }
        MarketplaceReply *r = parser.isSet(bundleOpt) ? client.searchBundles(q) : client.searchPlugins(q);
        if (const int rc = finishWith(r); rc != ExitOk)
            return rc;
        const SearchResult res = r->searchResult();
        if (parser.isSet(jsonOpt)) {
            QJsonArray list;
            for (const PluginListing &p : res.plugins)
                list.append(listingJson(p));
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("total"), res.total}, {QStringLiteral("page"), res.page},
                                                                 {QStringLiteral("has_more"), res.hasMore()}, {QStringLiteral("offline"), r->offline()},
                                                                 {QStringLiteral("plugins"), list}})
                                           .toJson(QJsonDocument::Indented)));
            return ExitOk;
        }
        for (const PluginListing &p : res.plugins)
            printOut(QStringLiteral("%1  %2  %3  %4  %5 installs\n").arg(shown(p.pluginId), shown(p.version), shown(p.category), shown(p.label.text())).arg(p.installCount));
        printOut(QStringLiteral("-- page %1, %2 of %3 results%4\n").arg(res.page).arg(res.plugins.size()).arg(res.total)
                     .arg(res.hasMore() ? QStringLiteral(", more with --page %1").arg(res.page + 1) : QString()));
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        if (pos.size() != 2 || !pos.at(1).contains(QLatin1Char('/'))) {
            printErr(QStringLiteral("usage: plugin-studio-cli market show ORG/NAME\n"));
            return ExitUsage;
        }
        const QString id = pos.at(1).section(QLatin1Char(':'), 0, 0);
        MarketplaceReply *r = client.pluginDetail(id.section(QLatin1Char('/'), 0, 0), id.section(QLatin1Char('/'), 1));
        if (const int rc = finishWith(r); rc != ExitOk)
            return rc;
        const PluginListing p = r->pluginDetail();
        MarketplaceReply *v = client.versions(id.section(QLatin1Char('/'), 0, 0), id.section(QLatin1Char('/'), 1));
        MarketplaceClient::waitForFinished(v, 60000);
        QStringList versions;
        if (v->isOk())
            for (const VersionInfo &i : v->versions())
                versions << i.version;
        if (parser.isSet(jsonOpt)) {
            QJsonObject o = listingJson(p);
            o.insert(QStringLiteral("introduction"), p.introduction);
            o.insert(QStringLiteral("repository"), p.repository);
            o.insert(QStringLiteral("versions"), QJsonArray::fromStringList(versions));
            o.insert(QStringLiteral("deprecated_reason"), p.deprecatedReason);
            o.insert(QStringLiteral("alternative_plugin_id"), p.alternativePluginId);
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
            return ExitOk;
        }
        printOut(QStringLiteral("%1 (%2)\n  version:    %3\n  install:    marketplace:%4\n  category:   %5\n  repository: %6\n  versions:   %7\n")
                     .arg(shown(p.label.text()), shown(p.pluginId), shown(p.version), shown(p.latestPackageIdentifier), shown(p.category),
                          shown(p.repository), shown(versions.join(QStringLiteral(", ")))));
        if (p.status == QLatin1String("deleted") || !p.deprecatedReason.isEmpty())
            printOut(QStringLiteral("  DEPRECATED: %1%2\n").arg(shown(p.deprecatedReason),
                                                              p.alternativePluginId.isEmpty() ? QString() : QStringLiteral(" — use ") + shown(p.alternativePluginId)));
        return ExitOk;
    }
    if (sub == QLatin1String("download")) {
        if (pos.size() != 2) {
            printErr(QStringLiteral("usage: plugin-studio-cli market download ORG/NAME:VERSION@CHECKSUM [-o FILE]\n"));
            return ExitUsage;
        }
        const auto parts = splitIdentifier(pos.at(1));
        if (!parts) {
            printErr(QStringLiteral("error: \"%1\" is not an identifier org/name:version@checksum\n").arg(pos.at(1)));
            return ExitUsage;
        }
        const QString out = parser.isSet(outOpt) ? parser.value(outOpt)
                                                 : QStringLiteral("%1-%2.difypkg").arg(parts->name, parts->version);
        const QFileInfo outInfo(out);
        if (outInfo.exists() && (!outInfo.isFile() || outInfo.isSymLink())) {
            printErr(QStringLiteral("error: %1 exists and is not a regular file; choose another -o\n").arg(out));
            return ExitUsage;
        }
        // The package streams into a temporary file beside the output, so keeping it is a rename.
        QDir().mkpath(outInfo.absolutePath());
        client.setDownloadDir(outInfo.absolutePath());
        MarketplaceReply *r = parser.isSet(viaUrlOpt) ? client.downloadViaPresignedUrl(pos.at(1)) : client.download(pos.at(1));
        QObject::connect(r, &MarketplaceReply::downloadProgress, [](qint64 got, qint64 total) {
            if (total > 0)
                printErr(QStringLiteral("\r%1 / %2 KiB").arg(got / 1024).arg(total / 1024));
        });
        // The client checks the package against the identifier (its checksum) and keeps nothing
        // when it is another package.
        if (const int rc = finishWith(r); rc != ExitOk)
            return rc;
        const qint64 size = r->packageSize();
        if (const Result<void> saved = r->saveTo(out); !saved) {
            printErr(QStringLiteral("\nerror: cannot write %1: %2\n").arg(out, saved.error().message));
            return ExitFailure;
        }
        printErr(QStringLiteral("\n"));
        printOut(QStringLiteral("%1 (%2 bytes, %3)\n").arg(out).arg(size).arg(printable(r->verifiedIdentifier())));
        return ExitOk;
    }
    if (sub == QLatin1String("suggest")) {
        const QString text = pos.mid(1).join(QLatin1Char(' ')).trimmed();
        if (text.isEmpty()) {
            printErr(QStringLiteral("usage: plugin-studio-cli market suggest TEXT\n"));
            return ExitUsage;
        }
        MarketplaceReply *r = client.unifiedSearch(text, 10);
        if (const int rc = finishWith(r); rc != ExitOk)
            return rc;
        const UnifiedSearchResult u = r->unifiedSearch();
        if (json) {
            QJsonArray list;
            for (const PluginListing &p : u.plugins)
                list.append(listingJson(p));
            printJson(QJsonObject{{QStringLiteral("plugins"), list}, {QStringLiteral("plugins_total"), u.pluginsTotal},
                                  {QStringLiteral("offline"), r->offline()}});
            return ExitOk;
        }
        for (const PluginListing &p : u.plugins)
            printOut(QStringLiteral("%1  %2  %3\n").arg(shown(p.pluginId), shown(p.latestVersion.isEmpty() ? p.version : p.latestVersion), shown(p.label.text())));
        printOut(QStringLiteral("-- %1 of %2 matching plugins\n").arg(u.plugins.size()).arg(u.pluginsTotal));
        return ExitOk;
    }
    if (sub == QLatin1String("banners")) {
        MarketplaceReply *r = client.banners(parser.value(langOpt));
        if (const int rc = finishWith(r); rc != ExitOk)
            return rc;
        const QString lang = parser.value(langOpt);
        const QList<Banner> banners = r->banners();
        if (json) {
            QJsonArray list;
            for (const Banner &b : banners)
                list.append(QJsonObject{{QStringLiteral("id"), b.id}, {QStringLiteral("type"), b.type},
                                        {QStringLiteral("title"), b.title.text(lang)}, {QStringLiteral("description"), b.description.text(lang)},
                                        {QStringLiteral("image_url"), b.imageUrl}, {QStringLiteral("link"), b.link},
                                        {QStringLiteral("plugin_id"), b.pluginId}});
            printJson(QJsonObject{{QStringLiteral("banners"), list}, {QStringLiteral("offline"), r->offline()}});
            return ExitOk;
        }
        for (const Banner &b : banners)
            printOut(QStringLiteral("[%1] %2  %3\n").arg(shown(b.type), shown(b.title.text(lang)), shown(b.pluginId.isEmpty() ? b.link : b.pluginId)));
        if (banners.isEmpty())
            printOut(QStringLiteral("(no banners)\n"));
        return ExitOk;
    }
    if (sub == QLatin1String("identifiers")) {
        const QStringList ids = pos.mid(1);
        if (ids.isEmpty()) {
            printErr(QStringLiteral("usage: plugin-studio-cli market identifiers ORG/NAME:VERSION@CHECKSUM...\n"));
            return ExitUsage;
        }
        for (const QString &id : ids) {
            if (!splitIdentifier(id)) {
                printErr(QStringLiteral("error: \"%1\" is not an identifier org/name:version@checksum\n").arg(id));
                return ExitUsage;
            }
        }
        MarketplaceReply *r = client.pluginsByIdentifiers(ids);
        if (const int rc = finishWith(r); rc != ExitOk)
            return rc;
        const QList<PluginListing> list = r->identifierBatch();
        if (json) {
            QJsonArray out;
            for (const PluginListing &p : list)
                out.append(listingJson(p));
            printJson(QJsonObject{{QStringLiteral("plugins"), out}, {QStringLiteral("offline"), r->offline()}});
            return ExitOk;
        }
        for (const PluginListing &p : list)
            printOut(QStringLiteral("%1  %2  %3\n").arg(shown(p.pluginId), shown(p.version), shown(p.label.text())));
        return list.size() == ids.size() ? ExitOk : ExitUnreadable;
    }
    if (sub == QLatin1String("bundle")) {
        if (pos.size() != 3 || !pos.at(1).contains(QLatin1Char('/'))) {
            printErr(QStringLiteral("usage: plugin-studio-cli market bundle ORG/NAME VERSION\n"));
            return ExitUsage;
        }
        MarketplaceReply *r = client.bundleDetail(pos.at(1).section(QLatin1Char('/'), 0, 0), pos.at(1).section(QLatin1Char('/'), 1), pos.at(2));
        if (const int rc = finishWith(r); rc != ExitOk)
            return rc;
        std::optional<QList<DependencyInfo>> infos;
        QObject context;
        describeDependencies(&client, r->bundleDependencies(), &context, [&infos](const QList<DependencyInfo> &i, bool) { infos = i; });
        QEventLoop loop;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            if (infos)
                loop.quit();
        });
        tick.start(20);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        if (!infos)
            loop.exec();
        if (!infos) {
            printErr(QStringLiteral("error: the Marketplace did not answer in time\n"));
            return ExitFailure;
        }
        bool allResolved = true;
        QJsonArray out;
        for (const DependencyInfo &d : *infos) {
            allResolved = allResolved && d.error.isEmpty();
            if (json) {
                out.append(QJsonObject{{QStringLiteral("type"), d.type}, {QStringLiteral("plugin_id"), d.pluginId},
                                       {QStringLiteral("pattern"), d.pattern}, {QStringLiteral("unique_identifier"), d.uniqueIdentifier},
                                       {QStringLiteral("version"), d.version}, {QStringLiteral("label"), d.label.text()},
                                       {QStringLiteral("error"), d.error}});
                continue;
            }
            printOut(QStringLiteral("%1  %2  %3  %4%5\n")
                         .arg(shown(d.type), shown(d.pluginId.isEmpty() ? d.pattern : d.pluginId), shown(d.version), shown(d.label.text()),
                              d.error.isEmpty() ? QString() : QStringLiteral("  (") + shown(d.error) + QLatin1Char(')')));
        }
        if (json)
            printJson(QJsonObject{{QStringLiteral("dependencies"), out}});
        return allResolved ? ExitOk : ExitUnreadable;
    }
    if (sub == QLatin1String("catalogue")) {
        MarketplaceReply *r = client.catalogueManifest();
        if (const int rc = finishWith(r); rc != ExitOk)
            return rc;
        const QStringList wanted = pos.mid(1);
        QList<LatestVersion> list;
        for (const LatestVersion &l : r->catalogue())
            if (wanted.isEmpty() || wanted.contains(l.pluginId))
                list.append(l);
        if (json) {
            QJsonArray out;
            for (const LatestVersion &l : list)
                out.append(QJsonObject{{QStringLiteral("plugin_id"), l.pluginId}, {QStringLiteral("latest_version"), l.version},
                                       {QStringLiteral("latest_package_identifier"), l.uniqueIdentifier},
                                       {QStringLiteral("latest_package_url"), l.packageUrl}});
            printJson(QJsonObject{{QStringLiteral("plugins"), out}, {QStringLiteral("not_modified"), r->notModified()},
                                  {QStringLiteral("offline"), r->offline()}});
            return ExitOk;
        }
        for (const LatestVersion &l : list)
            printOut(QStringLiteral("%1  %2  %3\n").arg(shown(l.pluginId), shown(l.version), shown(l.uniqueIdentifier)));
        printOut(QStringLiteral("-- %1 plugins%2\n").arg(list.size()).arg(r->notModified() ? QStringLiteral(" (not modified since the cached copy)") : QString()));
        return wanted.isEmpty() || list.size() == wanted.size() ? ExitOk : ExitUnreadable;
    }
    printErr(QStringLiteral("error: unknown market command \"%1\"; use search, show, download, suggest, banners, identifiers, bundle or catalogue\n").arg(sub));
    return ExitUsage;
}

static CommandRegistrar reg({QStringLiteral("market"), QStringLiteral("Search, show and download Marketplace plugins"), run});

} // namespace
