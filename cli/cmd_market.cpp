// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli market search|show|download — the Dify Marketplace from the command line.
#include "cli/command.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

using namespace Studio;
using namespace Studio::Cli;
using namespace Studio::Marketplace;

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
        printErr(QStringLiteral("error: %1\n").arg(r->error()->toString()));
        return r->error()->code == ErrorCode::NotFound ? ExitUnreadable : ExitFailure;
    }
    if (r->offline())
        printErr(QStringLiteral("warning: offline — the Marketplace cannot be reached; showing the cached answer\n"));
    return ExitOk;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Dify Marketplace.\n  market search QUERY [--category C] [--tags T,U] [--sort popular|updated|new|first] [--page N] [--json]\n"
        "  market show ORG/NAME [--json]\n  market download ID [-o FILE]   (ID = org/name:version@checksum)"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"), QStringLiteral("search | show | download"));
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
    parser.addOptions({wsOpt, mpOpt, catOpt, tagsOpt, sortOpt, pageOpt, sizeOpt, jsonOpt, outOpt, bundleOpt});
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
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
            printOut(QStringLiteral("%1  %2  %3  %4  %5 installs\n").arg(p.pluginId, p.version, p.category, p.label.text()).arg(p.installCount));
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
                     .arg(p.label.text(), p.pluginId, p.version, p.latestPackageIdentifier, p.category, p.repository,
                          versions.join(QStringLiteral(", "))));
        if (p.status == QLatin1String("deleted") || !p.deprecatedReason.isEmpty())
            printOut(QStringLiteral("  DEPRECATED: %1%2\n").arg(p.deprecatedReason,
                                                              p.alternativePluginId.isEmpty() ? QString() : QStringLiteral(" — use ") + p.alternativePluginId));
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
        MarketplaceReply *r = client.download(pos.at(1));
        QObject::connect(r, &MarketplaceReply::downloadProgress, [](qint64 got, qint64 total) {
            if (total > 0)
                printErr(QStringLiteral("\r%1 / %2 KiB").arg(got / 1024).arg(total / 1024));
        });
        if (const int rc = finishWith(r); rc != ExitOk)
            return rc;
        const QString out = parser.isSet(outOpt) ? parser.value(outOpt)
                                                 : QStringLiteral("%1-%2.difypkg").arg(parts->name, parts->version);
        QSaveFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(r->bytes()) != r->bytes().size() || !f.commit()) {
            printErr(QStringLiteral("\nerror: cannot write %1: %2\n").arg(out, f.errorString()));
            return ExitFailure;
        }
        printErr(QStringLiteral("\n"));
        printOut(QStringLiteral("%1 (%2 bytes)\n").arg(out).arg(r->bytes().size()));
        return ExitOk;
    }
    printErr(QStringLiteral("error: unknown market command \"%1\"; use search, show or download\n").arg(sub));
    return ExitUsage;
}

static CommandRegistrar reg({QStringLiteral("market"), QStringLiteral("Search, show and download Marketplace plugins"), run});

} // namespace
