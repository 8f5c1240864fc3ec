// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Dify Marketplace HTTP client (install-and-marketplace.md §1).
//
// Asynchronous, on the one downloader (core/net/downloader.h) and the Qt event loop. Every call
// returns a MarketplaceReply owned by the client (parented to it); connect to
// MarketplaceReply::finished, read the result, then call reply->deleteLater(). finished is emitted
// exactly once, always asynchronously (also for errors found before any I/O). abort() cancels
// (error code Cancelled).
//
// Limits: a JSON answer is read up to Net::kMaxJsonAnswerBytes (8 MiB; the 10,000-plugin catalogue
// is 2.5 MiB) and refused beyond it while it streams in; icons and images up to 5 MiB; a package
// up to maxDownloadSize() (50 MiB, the daemon's package limit), streamed to a temporary file.
// Every successful JSON answer and every icon is written to a disk cache keyed by the request
// (each entry within its cap, the whole cache within MaxCacheBytes, oldest entries evicted).
// When the Marketplace cannot be reached (DNS, refused, TLS, timeout, stall, offline) and a
// cached answer exists, the reply succeeds with fromCache() == offline() == true; when it answers
// with a server error (HTTP 5xx) the cached answer stands in too, with fromCache() true,
// offline() false and cacheReason() saying what the Marketplace answered.
// Package downloads are never cached. download() falls back from one download style to the other
// and then to #16 download-url (302 to a presigned URL, which gets no Marketplace headers) when
// the Marketplace cannot serve it; the size cap and the ZIP check apply to whichever answers, and
// the package must be the identifier asked for (its checksum, formats.md §3.5; without a
// checksum in the identifier, its manifest's author, name and version), or nothing is kept.
// The #18 catalogue is revalidated with If-None-Match / If-Modified-Since when the server sent
// ETag / Last-Modified (notModified()).

#include "core/common/result.h"
#include "core/marketplace/listing.h"
#include "core/net/downloader.h"
#include "core/plugin/pluginid.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Studio::Marketplace {

enum class SortOrder { MostPopular, RecentlyUpdated, NewlyReleased, FirstReleased };
// sort_by / sort_order strings of §1.2.
QString sortBy(SortOrder s);
QString sortOrderString(SortOrder s);
// "popular"|"updated"|"new"|"first" (also accepts the sort_by names) → SortOrder.
std::optional<SortOrder> sortFromString(const QString &name);

struct SearchQuery
{
    QString query;
    QString category;  // tool|model|extension|agent-strategy|datasource|trigger, empty = all
    QStringList tags;
    QStringList exclude;
    QString type;      // optional "plugin"|"bundle"
    SortOrder sort = SortOrder::MostPopular;
    int page = 1;      // 1-based
    int pageSize = 40;
};

// `org/name:version@checksum` split (the checksum part is optional): the one plugin-id rule of
// core/plugin/pluginid.h, org in `author`.
using IdentifierParts = Plugin::PluginIdentifier;
inline std::optional<IdentifierParts> splitIdentifier(const QString &uniqueIdentifier)
{
    return Plugin::PluginIdentifier::split(uniqueIdentifier);
}

// The Marketplace's answer envelope {"code":0,"msg":...,"data":{...}}: the data object (a bare
// array as {"items": [...]}, an answer without envelope as is), or the refusal / not-JSON error.
Result<QJsonObject> parseMarketplaceEnvelope(const QByteArray &body);

// Checks that the package file at `path` is the one `uniqueIdentifier` names: the checksum the
// daemon computes (core/package/checksum.h) must equal the identifier's, and the manifest's
// author, name and version its head (the head alone when the identifier carries no checksum).
// Returns the package's own identifier; ErrorCode::Unsafe when it is another package. Synchronous:
// call it off the GUI thread.
Result<QString> verifyPackageIdentity(const QString &path, const QString &uniqueIdentifier, qint64 maxArchiveBytes);

class MarketplaceReply : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Json, Bytes, Package };
    ~MarketplaceReply() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.has_value(); }
    // Set when the request failed (and no cached answer could stand in).
    std::optional<Error> error() const { return m_error; }
    // What the network said when the request failed or the cache stood in (kind, HTTP status).
    std::optional<Net::Failure> failure() const { return m_failure; }
    // The answer came from the disk cache because the Marketplace failed (see cacheReason()).
    bool fromCache() const { return m_fromCache; }
    // From the cache because the Marketplace could not be reached at all (not for an HTTP error).
    bool offline() const { return m_fromCache && m_offline; }
    // Why the cached answer stands in (the Marketplace's HTTP 503, a DNS failure, ...).
    std::optional<Error> cacheReason() const { return m_cacheReason; }
    // #18: the server answered 304 Not Modified and the cached catalogue was used (online).
    bool notModified() const { return m_notModified; }
    // Downloads: the request paths tried, in order (fallbacks and redirects included).
    QStringList triedPaths() const { return m_tried; }
    // JSON calls: the envelope's `data` object.
    QJsonObject data() const { return m_data; }
    // Icons and images: the body.
    QByteArray bytes() const { return m_bytes; }
    // Package downloads: the verified package in a temporary file, removed with the reply unless
    // saveTo() moved it; packageSize() its size.
    QString filePath() const;
    qint64 packageSize() const { return m_packageSize; }
    // Moves the downloaded package to `path` (replacing a regular file there).
    Result<void> saveTo(const QString &path);
    // Package downloads: the identifier the package turned out to have (the one asked for).
    QString verifiedIdentifier() const { return m_verified; }
    int httpStatus() const { return m_httpStatus; }
    QString requestKey() const { return m_key; }

    // Cancels the request; finished() follows with error Cancelled (no-op when finished).
    void abort();

    // Typed views of data().
    SearchResult searchResult() const { return parseSearchResult(m_data, m_page, m_pageSize); }
    QList<Collection> collections() const { return parseCollections(m_data); }
    QList<VersionInfo> versions() const { return parseVersions(m_data); }
    PluginListing pluginDetail() const { return parsePluginDetail(m_data); }
    QList<Dependency> bundleDependencies() const { return parseBundleDependencies(m_data); }
    QList<LatestVersion> latestVersions() const { return parseLatestVersions(m_data); }
    QList<Banner> banners() const { return parseBanners(m_data); }
    UnifiedSearchResult unifiedSearch() const { return parseUnifiedSearch(m_data); }
    QList<PluginListing> identifierBatch() const { return parseIdentifierBatch(m_data); }
    QList<LatestVersion> catalogue() const { return parseCatalogueManifest(m_data); }

signals:
    void finished();
    void downloadProgress(qint64 received, qint64 total);

private:
    friend class MarketplaceClient;
    explicit MarketplaceReply(Kind kind, QObject *parent);
    void finish();
    void fail(const Error &e);

    Kind m_kind;
    QPointer<Net::Download> m_download;  // the transfer in flight
    QPointer<Net::Download> m_package;   // Package: the finished transfer holding the file
    bool m_finished = false;
    bool m_fromCache = false;
    bool m_offline = false;
    std::optional<Error> m_error;
    std::optional<Error> m_cacheReason;
    std::optional<Net::Failure> m_failure;
    QJsonObject m_data;
    QByteArray m_bytes;
    qint64 m_packageSize = 0;
    QString m_verified;
    QString m_identifier;  // Package: what the package must be
    std::shared_ptr<std::atomic_bool> m_stop;
    int m_httpStatus = 0;
    QString m_key;
    QString m_cacheFile;
    int m_page = 1;
    int m_pageSize = 40;
    qint64 m_maxSize = 0;
    int m_stallMs = 30000;
    int m_deadlineMs = 120000;
    bool m_notModified = false;
    bool m_conditional = false;     // #18: send If-None-Match / If-Modified-Since, keep validators
    bool m_ignoreBody = false;      // #19: any 2xx is success
    bool m_presigned = false;       // #16: the redirect target gets no Marketplace headers
    QList<QPair<QUrl, bool>> m_fallbacks; // downloads: next URLs (bool = #16 style)
    QStringList m_tried;
    std::optional<Error> m_firstError;
    std::optional<Net::Failure> m_firstFailure;
};

class MarketplaceClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *DefaultBaseUrl = "https://marketplace.dify.ai";
    static constexpr qint64 DefaultMaxDownloadSize = 50LL * 1024 * 1024; // the daemon's package limit
    static constexpr qint64 MaxImageBytes = 5LL * 1024 * 1024;           // icons, banner images
    static constexpr qint64 MaxCacheBytes = 128LL * 1024 * 1024;         // the whole disk cache

    explicit MarketplaceClient(QObject *parent = nullptr);
    ~MarketplaceClient() override;

    // Site root (the client appends /api/v1). Self-hosted mirrors allowed.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setDifyVersion(const QString &v) { m_difyVersion = v; }
    QString difyVersion() const { return m_difyVersion; }
    // Default: QStandardPaths::CacheLocation + "/marketplace". Empty string disables the cache.
    void setCacheDir(const QString &dir) { m_cacheDir = dir; }
    QString cacheDir() const { return m_cacheDir; }
    // No byte received for this long fails the request (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Whole-transfer deadline; 0 (default): 2 minutes for answers, 30 minutes for packages.
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    // Folder of the temporary files packages stream into (default: the system's temp folder).
    void setDownloadDir(const QString &dir) { m_downloadDir = dir; }
    void setMaxDownloadSize(qint64 bytes) { m_maxDownloadSize = bytes; }
    qint64 maxDownloadSize() const { return m_maxDownloadSize; }

    MarketplaceReply *searchPlugins(const SearchQuery &q);                 // #1
    MarketplaceReply *searchBundles(const SearchQuery &q);                 // #2
    MarketplaceReply *collections(const QString &category = {}, int page = 1, int pageSize = 100); // #3
    MarketplaceReply *collectionPlugins(const QString &collection, const QString &category = {}); // #4
    MarketplaceReply *icon(const QString &org, const QString &name, bool bundle = false); // #5
    MarketplaceReply *pluginDetail(const QString &org, const QString &name); // #8
    MarketplaceReply *pluginByIdentifier(const QString &uniqueIdentifier);  // #9
    MarketplaceReply *versionsBatch(const QList<IdentifierParts> &tuples);  // #11 (org,name,version)
    MarketplaceReply *versions(const QString &org, const QString &name, int page = 1, int pageSize = 100); // #12
    MarketplaceReply *bundleDetail(const QString &org, const QString &name, const QString &version); // #13
    // #15 (full identifier). With byVersionPath the #14 style /plugins/{org}/{name}/{version}/download.
    MarketplaceReply *download(const QString &uniqueIdentifier, bool byVersionPath = false);
    MarketplaceReply *latestVersions(const QStringList &pluginIds);         // #17
    // #6 home banners (?page=plugins&language=). Cached; offline from the cache.
    MarketplaceReply *banners(const QString &language = QStringLiteral("en_US"));
    // #7 as-you-type suggestions; scope defaults to plugins. Cached per query.
    MarketplaceReply *unifiedSearch(const QString &query, int pageSize = 8,
                                    const QStringList &scope = {QStringLiteral("plugins")});
    // #10 listings (label, icon, version) of exact unique identifiers.
    MarketplaceReply *pluginsByIdentifiers(const QStringList &uniqueIdentifiers);
    // #16 only: GET download-url, follow its 302 to the presigned URL (sent without Marketplace
    // headers), size cap and ZIP check as download().
    MarketplaceReply *downloadViaPresignedUrl(const QString &uniqueIdentifier);
    // #18 whole-catalogue snapshot (/dist/plugins/manifest.json, no envelope); see catalogue().
    MarketplaceReply *catalogueManifest();
    // #19 POST /stats/plugins/install_count {unique_identifier}; never cached, any 2xx is success.
    MarketplaceReply *reportInstall(const QString &uniqueIdentifier);
    // Banner images and other absolute (or site-relative) image URLs; cached, 5 MiB cap.
    MarketplaceReply *image(const QString &url);

    // For the CLI and tests only (spins a local event loop): waits until finished or timeout.
    static bool waitForFinished(MarketplaceReply *reply, int timeoutMs = 60000);

private:
    QUrl apiUrl(const QString &path) const;
    MarketplaceReply *getJson(const QString &path, const QList<QPair<QString, QString>> &query);
    MarketplaceReply *postJson(const QString &path, const QJsonObject &body, int page = 1, int pageSize = 40);
    MarketplaceReply *start(MarketplaceReply::Kind kind, const QUrl &url, const QByteArray &verb,
                            const QByteArray &body, bool cache);
    MarketplaceReply *startPackage(const QString &uniqueIdentifier, const QString &keyPrefix,
                                   const QList<QPair<QUrl, bool>> &urls);
    void send(MarketplaceReply *r, const QUrl &url, const QByteArray &verb, const QByteArray &body);
    bool tryFallback(MarketplaceReply *r, const Error &e);
    void failOrFallback(MarketplaceReply *r, const Error &e);
    QUrl downloadUrlFor(const IdentifierParts &parts, const QString &uniqueIdentifier, int style) const;
    MarketplaceReply *failedReply(const Error &e);
    void onFinished(MarketplaceReply *r, Net::Download *d);
    void onPackage(MarketplaceReply *r, Net::Download *d);
    QString cacheFileFor(const QString &key, MarketplaceReply::Kind kind) const;
    void writeCache(MarketplaceReply *r, const QByteArray &body, const QByteArray &etag, const QByteArray &lastModified);
    void pruneCache(qint64 added);

    Net::Downloader *m_net;
    QUrl m_baseUrl;
    QString m_difyVersion = QStringLiteral("1.9.0");
    QString m_cacheDir;
    QString m_downloadDir;
    int m_timeoutMs = 30000;
    int m_deadlineMs = 0;
    qint64 m_maxDownloadSize = DefaultMaxDownloadSize;
    qint64 m_cacheBytes = -1; // -1: not measured yet
};

// Describes bundle / DSL dependencies for display: marketplace items with an exact version are
// resolved to unique identifiers (#11), then every known identifier is looked up in one #10
// request (label, icon, version). github and package items are described from their value.
// `done` is called once, on `context`'s thread (never when context is gone); offline = some
// answer came from the cache.
void describeDependencies(MarketplaceClient *client, const QList<Dependency> &deps, QObject *context,
                          const std::function<void(QList<DependencyInfo> infos, bool offline)> &done);

} // namespace Studio::Marketplace
