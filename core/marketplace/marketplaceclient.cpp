// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/marketplace/marketplaceclient.h"
#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/package/checksum.h"
#include "core/package/manifestinfo.h"
#include "core/package/packagereader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>
#include <QRegularExpression>
#include <QtConcurrent>

#include <memory>

namespace Studio::Marketplace {


QString sortBy(SortOrder s)
{
    switch (s) {
    case SortOrder::MostPopular: return QStringLiteral("install_count");
    case SortOrder::RecentlyUpdated: return QStringLiteral("version_updated_at");
    case SortOrder::NewlyReleased:
    case SortOrder::FirstReleased: return QStringLiteral("created_at");
    }
    return QStringLiteral("install_count");
}

QString sortOrderString(SortOrder s)
{
    return s == SortOrder::FirstReleased ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

std::optional<SortOrder> sortFromString(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("popular") || n == QLatin1String("install_count"))
        return SortOrder::MostPopular;
    if (n == QLatin1String("updated") || n == QLatin1String("version_updated_at"))
        return SortOrder::RecentlyUpdated;
    if (n == QLatin1String("new") || n == QLatin1String("newest") || n == QLatin1String("created_at"))
        return SortOrder::NewlyReleased;
    if (n == QLatin1String("first") || n == QLatin1String("oldest"))
        return SortOrder::FirstReleased;
    return std::nullopt;
}

// ---------------------------------------------------------------- package identity

Result<QString> verifyPackageIdentity(const QString &path, const QString &uniqueIdentifier, qint64 maxArchiveBytes)
{
    Package::ReadLimits limits;
    limits.maxArchiveBytes = qMax(limits.maxArchiveBytes, maxArchiveBytes);
    auto reader = Package::PackageReader::open(path, limits);
    if (!reader)
        return Error(reader.error().code == ErrorCode::TooLarge ? ErrorCode::TooLarge : ErrorCode::InvalidInput,
                     StudioTr::tr("The package downloaded for %1 cannot be read: %2 Nothing was kept.")
                         .arg(printable(uniqueIdentifier), reader.error().message));
    const Result<QString> sum = (*reader)->checksum();
    if (!sum)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The package downloaded for %1 cannot be read: %2 Nothing was kept.")
                                                  .arg(printable(uniqueIdentifier), sum.error().message));
    const std::optional<IdentifierParts> asked = splitIdentifier(uniqueIdentifier);
    const Result<Package::ManifestSummary> manifest = Package::readManifestSummary((*reader)->fileSet());
    const QString got = manifest ? Package::uniqueIdentifier(manifest->author, manifest->name, manifest->version, sum.value())
                                 : QStringLiteral("?@") + sum.value();
    bool same = asked.has_value();
    if (same && !asked->checksum.isEmpty())
        same = asked->checksum.compare(sum.value(), Qt::CaseInsensitive) == 0;
    if (same && manifest)
        same = manifest->author == asked->author && manifest->name == asked->name && manifest->version == asked->version;
    else if (same && asked->checksum.isEmpty())
        same = false; // nothing left to check it by
    if (!same)
        return Error(ErrorCode::Unsafe,
                     StudioTr::tr("The package downloaded for %1 is %2: it is not the package that was asked for (the "
                                  "download was altered, or the Marketplace or a proxy served another one). Nothing was "
                                  "kept; try again, or download the package yourself and check it with `checksum`.")
                         .arg(printable(uniqueIdentifier), printable(got)));
    return got;
}

// ---------------------------------------------------------------- reply

MarketplaceReply::MarketplaceReply(Kind kind, QObject *parent)
    : QObject(parent), m_kind(kind), m_stop(std::make_shared<std::atomic_bool>(false))
{
}

MarketplaceReply::~MarketplaceReply()
{
    *m_stop = true;
    if (m_download) {
        m_download->disconnect(this);
        m_download->cancel();
        m_download->deleteLater();
    }
    delete m_package.data(); // removes the temporary package file
}

QString MarketplaceReply::filePath() const
{
    return m_package && isOk() ? m_package->filePath() : QString();
}

Result<void> MarketplaceReply::saveTo(const QString &path)
{
    if (!m_package || !isOk())
        return Error(ErrorCode::NotFound, StudioTr::tr("There is no downloaded package to save as %1.").arg(path), path);
    return m_package->moveFileTo(path);
}

void MarketplaceReply::abort()
{
    if (m_finished)
        return;
    fail(Error(ErrorCode::Cancelled, StudioTr::tr("The Marketplace request was cancelled.")));
}

void MarketplaceReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (Net::Download *d = m_download.data()) {
        m_download = nullptr;
        d->disconnect(this);
        d->cancel();
        d->deleteLater();
    }
    if (m_error) {
        *m_stop = true;
        delete m_package.data(); // a failed download keeps nothing
    }
    emit finished();
}

void MarketplaceReply::fail(const Error &e)
{
    if (m_finished)
        return;
    m_error = e;
    finish();
}

// ---------------------------------------------------------------- client

MarketplaceClient::MarketplaceClient(QObject *parent)
    : QObject(parent), m_net(new Net::Downloader(this)), m_baseUrl(QUrl(QString::fromLatin1(DefaultBaseUrl)))
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!base.isEmpty())
        m_cacheDir = base + QStringLiteral("/marketplace");
}

MarketplaceClient::~MarketplaceClient() = default;

void MarketplaceClient::setBaseUrl(const QUrl &url)
{
    QUrl u = url;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api/v1")))
        path.chop(7);
    u.setPath(path);
    m_baseUrl = u;
}

QUrl MarketplaceClient::apiUrl(const QString &path) const
{
    QUrl u = m_baseUrl;
    u.setPath(u.path() + QStringLiteral("/api/v1/") + path);
    return u;
}

QString MarketplaceClient::cacheFileFor(const QString &key, MarketplaceReply::Kind kind) const
{
    if (m_cacheDir.isEmpty() || kind == MarketplaceReply::Kind::Package)
        return {};
    const QByteArray h = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_cacheDir + QLatin1Char('/') + QString::fromLatin1(h.left(40))
        + (kind == MarketplaceReply::Kind::Json ? QStringLiteral(".json") : QStringLiteral(".bin"));
}

MarketplaceReply *MarketplaceClient::failedReply(const Error &e)
{
    auto *r = new MarketplaceReply(MarketplaceReply::Kind::Json, this);
    QTimer::singleShot(0, r, [r, e] { r->fail(e); });
    return r;
}

static bool httpUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

MarketplaceReply *MarketplaceClient::start(MarketplaceReply::Kind kind, const QUrl &url, const QByteArray &verb,
                                           const QByteArray &body, bool cache)
{
    if (!httpUrl(url))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("The Marketplace URL \"%1\" is not a valid http(s) address; fix it in the settings.")
                                     .arg(printable(m_baseUrl.toString()))));
    auto *r = new MarketplaceReply(kind, this);
    r->m_key = QString::fromLatin1(verb) + QLatin1Char(' ') + url.toString(QUrl::FullyEncoded)
        + QLatin1Char(' ') + QString::fromUtf8(body);
    r->m_maxSize = kind == MarketplaceReply::Kind::Json ? Net::kMaxJsonAnswerBytes : MaxImageBytes;
    r->m_stallMs = m_timeoutMs;
    r->m_deadlineMs = m_deadlineMs > 0 ? m_deadlineMs : qMax(120000, 2 * m_timeoutMs);
    if (cache)
        r->m_cacheFile = cacheFileFor(r->m_key, kind);
    send(r, url, verb, body);
    return r;
}

MarketplaceReply *MarketplaceClient::startPackage(const QString &uniqueIdentifier, const QString &keyPrefix,
                                                  const QList<QPair<QUrl, bool>> &urls)
{
    auto *r = new MarketplaceReply(MarketplaceReply::Kind::Package, this);
    r->m_key = keyPrefix + uniqueIdentifier;
    r->m_identifier = uniqueIdentifier;
    r->m_maxSize = m_maxDownloadSize;
    r->m_stallMs = qMax(m_timeoutMs, 1);
    r->m_deadlineMs = m_deadlineMs > 0 ? m_deadlineMs : 30 * 60 * 1000;
    r->m_fallbacks = urls.mid(1);
    r->m_presigned = urls.first().second;
    send(r, urls.first().first, "GET", {});
    return r;
}

void MarketplaceClient::send(MarketplaceReply *r, const QUrl &url, const QByteArray &verb, const QByteArray &body)
{
    Net::Request req(url);
    req.method = verb;
    // Marketplace headers go to the Marketplace only: never to a presigned URL (#16), which is
    // signed for exactly its own headers, nor to another host a redirect names.
    const Net::HeaderScope scope = r->m_presigned ? Net::HeaderScope::FirstHop : Net::HeaderScope::SameOrigin;
    req.addHeader("X-Dify-Version", m_difyVersion.toUtf8(), scope);
    req.addHeader("Accept", r->m_kind == MarketplaceReply::Kind::Json ? "application/json" : "*/*", scope);
    if (verb == "POST") {
        req.body = body;
        req.contentType = "application/json";
    }
    req.maxBytes = r->m_maxSize;
    req.stallMs = r->m_stallMs;
    req.deadlineMs = r->m_deadlineMs;
    if (r->m_kind == MarketplaceReply::Kind::Package) {
        req.sink = Net::Sink::File;
        req.tempDir = m_downloadDir;
    }
    if (r->m_conditional) {
        req.acceptStatus << 304;
        QFile meta(r->m_cacheFile + QStringLiteral(".meta"));
        if (!r->m_cacheFile.isEmpty() && QFile::exists(r->m_cacheFile) && meta.size() < 4096 && meta.open(QIODevice::ReadOnly)) {
            const QJsonObject m = QJsonDocument::fromJson(meta.readAll()).object();
            const QString etag = m.value(QLatin1String("etag")).toString();
            const QString modified = m.value(QLatin1String("last_modified")).toString();
            if (!etag.isEmpty())
                req.addHeader("If-None-Match", etag.toUtf8(), Net::HeaderScope::SameOrigin);
            if (!modified.isEmpty())
                req.addHeader("If-Modified-Since", modified.toUtf8(), Net::HeaderScope::SameOrigin);
        }
    }
    Net::Download *d = m_net->start(req);
    r->m_download = d;
    connect(d, &Net::Download::finished, r, [this, r, d] { onFinished(r, d); });
    connect(d, &Net::Download::progress, r, [r](qint64 rec, qint64 total) { emit r->downloadProgress(rec, total); });
}

// Downloads try the next style before giving up; the message names every path tried.
void MarketplaceClient::failOrFallback(MarketplaceReply *r, const Error &e)
{
    if (tryFallback(r, e))
        return;
    const bool first = r->m_firstError && e.code != ErrorCode::TooLarge && e.code != ErrorCode::Unsafe;
    Error final = first ? *r->m_firstError : e;
    if (first)
        r->m_failure = r->m_firstFailure;
    if (r->m_tried.size() > 1)
        final.message += QLatin1Char(' ') + StudioTr::tr("Tried: %1.").arg(printable(r->m_tried.join(QStringLiteral(", "))));
    r->fail(final);
}

bool MarketplaceClient::tryFallback(MarketplaceReply *r, const Error &e)
{
    if (r->m_finished || r->m_fallbacks.isEmpty() || e.code == ErrorCode::Cancelled || e.code == ErrorCode::TooLarge
        || e.code == ErrorCode::Unsafe)
        return false;
    if (!r->m_firstError) {
        r->m_firstError = e;
        r->m_firstFailure = r->m_failure;
    }
    r->m_failure.reset();
    const QPair<QUrl, bool> next = r->m_fallbacks.takeFirst();
    r->m_presigned = next.second;
    send(r, next.first, "GET", {});
    return true;
}

// Parses an envelope; returns the data object or an error.
static Result<QJsonObject> parseEnvelope(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("The Marketplace answered with something that is not JSON (%1); check the Marketplace URL.")
                         .arg(printable(QString::fromUtf8(body.left(80)).simplified())));
    const QJsonObject o = doc.object();
    if (!o.contains(QLatin1String("code")) && !o.contains(QLatin1String("data")))
        return o; // not enveloped (e.g. dist manifest)
    const QJsonValue code = o.value(QLatin1String("code"));
    if (!code.isDouble() || code.toInt() != 0) {
        const QString msg = printable(o.value(QLatin1String("msg")).toString().left(300));
        return Error(ErrorCode::NetworkError,
                     StudioTr::tr("The Marketplace refused the request: %1")
                         .arg(msg.isEmpty() ? StudioTr::tr("error code %1").arg(printable(code.toVariant().toString())) : msg));
    }
    const QJsonValue data = o.value(QLatin1String("data"));
    if (data.isArray()) // e.g. a bare banner list
        return QJsonObject{{QStringLiteral("items"), data}};
    return data.isObject() ? data.toObject() : QJsonObject();
}

// A cached answer, when there is one within its cap (an oversized file, left by an older studio
// or put there by hand, is removed rather than read).
static std::optional<QByteArray> readCached(const QString &file, qint64 cap)
{
    if (file.isEmpty())
        return std::nullopt;
    QFile f(file);
    if (!f.exists())
        return std::nullopt;
    if (f.size() > cap) {
        f.remove();
        QFile::remove(file + QStringLiteral(".meta"));
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.read(cap);
}

void MarketplaceClient::writeCache(MarketplaceReply *r, const QByteArray &body, const QByteArray &etag, const QByteArray &lastModified)
{
    if (r->m_cacheFile.isEmpty() || body.size() > r->m_maxSize || !QDir().mkpath(m_cacheDir))
        return;
    const qint64 before = QFileInfo(r->m_cacheFile).size();
    QSaveFile f(r->m_cacheFile);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(body);
        if (f.commit())
            pruneCache(body.size() - before);
    }
    if (r->m_conditional) {
        const QString metaFile = r->m_cacheFile + QStringLiteral(".meta");
        if (etag.isEmpty() && lastModified.isEmpty()) {
            QFile::remove(metaFile);
        } else {
            QSaveFile meta(metaFile);
            if (meta.open(QIODevice::WriteOnly)) {
                meta.write(QJsonDocument(QJsonObject{{QStringLiteral("etag"), QString::fromUtf8(etag.left(512))},
                                                     {QStringLiteral("last_modified"), QString::fromUtf8(lastModified.left(128))}})
                               .toJson(QJsonDocument::Compact));
                meta.commit();
            }
        }
    }
}

void MarketplaceClient::pruneCache(qint64 added)
{
    if (m_cacheBytes >= 0 && m_cacheBytes + added <= MaxCacheBytes) {
        m_cacheBytes += added;
        return;
    }
    // Measure (first write of this client, or over the cap): evict the oldest entries down to 3/4.
    QFileInfoList files = QDir(m_cacheDir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Time | QDir::Reversed);
    qint64 total = 0;
    for (const QFileInfo &fi : std::as_const(files))
        total += fi.size();
    for (const QFileInfo &fi : std::as_const(files)) {
        if (total <= MaxCacheBytes * 3 / 4 || (m_cacheBytes < 0 && total <= MaxCacheBytes))
            break;
        if (QFile::remove(fi.absoluteFilePath()))
            total -= fi.size();
    }
    m_cacheBytes = total;
}

void MarketplaceClient::onFinished(MarketplaceReply *r, Net::Download *d)
{
    if (r->m_finished || r->m_download != d)
        return;
    r->m_download = nullptr;
    d->disconnect(r);
    r->m_httpStatus = d->httpStatus();
    for (const QUrl &u : d->hops())
        r->m_tried << u.path();

    if (r->m_kind == MarketplaceReply::Kind::Package && d->isOk()) {
        // The file lives as long as the reply (or until saveTo()).
        d->setParent(r);
        r->m_package = d;
        return onPackage(r, d);
    }
    d->deleteLater();

    auto failOr = [this, r](const Error &e) { failOrFallback(r, e); };

    // The cached answer stands in when the Marketplace could not be reached or failed on its side.
    auto fromCache = [r](const Error &why, bool offline) {
        const std::optional<QByteArray> cached = readCached(r->m_cacheFile, r->m_maxSize);
        if (!cached)
            return r->fail(why);
        if (r->m_kind == MarketplaceReply::Kind::Json) {
            Result<QJsonObject> data = parseEnvelope(*cached);
            if (!data)
                return r->fail(why);
            r->m_data = data.value();
        } else {
            r->m_bytes = *cached;
        }
        r->m_fromCache = true;
        r->m_offline = offline;
        r->m_cacheReason = why;
        r->finish();
    };

    if (!d->isOk()) {
        const Net::Failure f = *d->failure();
        r->m_failure = f;
        if (f.kind == Net::FailureKind::Cancelled)
            return r->fail(Error(ErrorCode::Cancelled, StudioTr::tr("The Marketplace request was cancelled.")));
        if (f.isUnreachable()) {
            const Error e(f.toError().code == ErrorCode::Timeout ? ErrorCode::Timeout : ErrorCode::NetworkError,
                          StudioTr::tr("The Marketplace at %1 cannot be reached: %2 Or work offline from the cache.")
                              .arg(printable(m_baseUrl.toString()), f.message));
            if (!r->m_fallbacks.isEmpty() || r->m_cacheFile.isEmpty())
                return failOr(e);
            return fromCache(e, true);
        }
        if (f.kind == Net::FailureKind::HttpStatus) {
            const int status = f.httpStatus;
            // An HTTP error with an envelope carries the Marketplace's own message.
            const Result<QJsonObject> env = parseEnvelope(f.body);
            const QString said = env ? QString() : (f.body.trimmed().startsWith('{') ? env.error().message : f.detail);
            if (status == 404)
                return failOr(Error(ErrorCode::NotFound, StudioTr::tr("The Marketplace has no such item (HTTP 404 for %1).")
                                                             .arg(printable(f.url.path()))));
            if (status >= 500) {
                const Error e(ErrorCode::NetworkError,
                              StudioTr::tr("The Marketplace failed on its side (HTTP %1 for %2)%3. It is up but broken, not your "
                                           "network: try again later.")
                                  .arg(status)
                                  .arg(printable(f.url.path()), said.isEmpty() ? QString() : QStringLiteral(": ") + said));
                if (!r->m_fallbacks.isEmpty() || r->m_cacheFile.isEmpty())
                    return failOr(e);
                return fromCache(e, false);
            }
            return failOr(f.toError().code == ErrorCode::PermissionDenied
                              ? Error(ErrorCode::PermissionDenied, StudioTr::tr("The Marketplace refused access (HTTP %1 for %2). %3")
                                                                       .arg(status).arg(printable(f.url.path()), said).trimmed())
                              : Error(ErrorCode::NetworkError, StudioTr::tr("The Marketplace answered HTTP %1 for %2. %3")
                                                                   .arg(status).arg(printable(f.url.path()), said).trimmed()));
        }
        if (f.kind == Net::FailureKind::Redirect && r->m_presigned && !f.refused)
            return failOr(Error(ErrorCode::NetworkError, StudioTr::tr("The Marketplace download-url answer (HTTP %1) has no usable "
                                                                      "Location; try again later.").arg(f.httpStatus)));
        Error e = f.toError();
        if (f.kind == Net::FailureKind::TooLarge && r->m_kind == MarketplaceReply::Kind::Package)
            e.message = StudioTr::tr("The download is larger than the limit of %1 MiB (the daemon's package limit); it was "
                                     "refused and nothing was kept.").arg(r->m_maxSize / (1024 * 1024));
        return failOr(e);
    }

    // #18: not modified since the cached copy.
    if (d->httpStatus() == 304 && r->m_conditional) {
        const std::optional<QByteArray> cached = readCached(r->m_cacheFile, r->m_maxSize);
        Result<QJsonObject> data = cached ? parseEnvelope(*cached) : Result<QJsonObject>(Error(ErrorCode::NotFound, QString()));
        if (!data) {
            QFile::remove(r->m_cacheFile + QStringLiteral(".meta"));
            return r->fail(Error(ErrorCode::NetworkError, StudioTr::tr("The Marketplace answered \"not modified\" but the cached "
                                                                       "catalogue is missing or damaged; try again.")));
        }
        r->m_data = data.value();
        r->m_notModified = true;
        return r->finish();
    }

    if (r->m_ignoreBody)
        return r->finish();
    const QByteArray body = d->body();
    if (r->m_kind == MarketplaceReply::Kind::Json) {
        Result<QJsonObject> data = parseEnvelope(body);
        if (!data)
            return r->fail(data.error());
        r->m_data = data.value();
    } else {
        r->m_bytes = body;
    }
    writeCache(r, body, d->rawHeader("ETag"), d->rawHeader("Last-Modified"));
    r->finish();
}

void MarketplaceClient::onPackage(MarketplaceReply *r, Net::Download *d)
{
    // A ZIP, or the Marketplace said something else (an envelope, an HTML page).
    QFile f(d->filePath());
    QByteArray head;
    if (f.open(QIODevice::ReadOnly))
        head = f.read(120);
    f.close();
    r->m_packageSize = d->bytesReceived();
    if (!head.startsWith(QByteArrayLiteral("PK\x03\x04"))) {
        r->m_package = nullptr;
        d->deleteLater(); // nothing kept
        const Result<QJsonObject> env = parseEnvelope(head);
        const Error e(ErrorCode::InvalidInput,
                      env ? StudioTr::tr("The Marketplace did not return a plugin package (not a ZIP file).")
                          : StudioTr::tr("The Marketplace did not return a plugin package (not a ZIP file): %1")
                                .arg(printable(QString::fromUtf8(head).simplified())));
        return failOrFallback(r, e);
    }
    // The package must be the identifier asked for; checked off the GUI thread.
    const QString path = d->filePath();
    const QString identifier = r->m_identifier;
    const qint64 cap = r->m_maxSize;
    const std::shared_ptr<std::atomic_bool> stop = r->m_stop;
    auto *watcher = new QFutureWatcher<Result<QString>>(r);
    connect(watcher, &QFutureWatcherBase::finished, r, [r, watcher] {
        watcher->deleteLater();
        if (r->m_finished)
            return;
        const Result<QString> got = watcher->result();
        if (!got)
            return r->fail(got.error());
        r->m_verified = got.value();
        r->finish();
    });
    watcher->setFuture(QtConcurrent::run([path, identifier, cap, stop]() -> Result<QString> {
        if (*stop)
            return Error(ErrorCode::Cancelled, QString());
        return verifyPackageIdentity(path, identifier, cap);
    }));
}

MarketplaceReply *MarketplaceClient::getJson(const QString &path, const QList<QPair<QString, QString>> &query)
{
    QUrl url = apiUrl(path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &kv : query)
            q.addQueryItem(kv.first, QString::fromLatin1(QUrl::toPercentEncoding(kv.second)));
        url.setQuery(q);
    }
    return start(MarketplaceReply::Kind::Json, url, "GET", {}, true);
}

MarketplaceReply *MarketplaceClient::postJson(const QString &path, const QJsonObject &body, int page, int pageSize)
{
    MarketplaceReply *r = start(MarketplaceReply::Kind::Json, apiUrl(path), "POST",
                                QJsonDocument(body).toJson(QJsonDocument::Compact), true);
    r->m_page = page;
    r->m_pageSize = pageSize;
    return r;
}

static QJsonObject searchBody(const SearchQuery &q)
{
    QJsonObject b;
    b.insert(QStringLiteral("page"), qMax(1, q.page));
    b.insert(QStringLiteral("page_size"), qBound(1, q.pageSize, 100));
    b.insert(QStringLiteral("query"), q.query);
    b.insert(QStringLiteral("sort_by"), sortBy(q.sort));
    b.insert(QStringLiteral("sort_order"), sortOrderString(q.sort));
    if (!q.category.isEmpty())
        b.insert(QStringLiteral("category"), q.category);
    b.insert(QStringLiteral("tags"), QJsonArray::fromStringList(q.tags));
    b.insert(QStringLiteral("exclude"), QJsonArray::fromStringList(q.exclude));
    if (!q.type.isEmpty())
        b.insert(QStringLiteral("type"), q.type);
    return b;
}

MarketplaceReply *MarketplaceClient::searchPlugins(const SearchQuery &q)
{
    return postJson(QStringLiteral("plugins/search/advanced"), searchBody(q), qMax(1, q.page), qBound(1, q.pageSize, 100));
}

MarketplaceReply *MarketplaceClient::searchBundles(const SearchQuery &q)
{
    return postJson(QStringLiteral("bundles/search/advanced"), searchBody(q), qMax(1, q.page), qBound(1, q.pageSize, 100));
}

MarketplaceReply *MarketplaceClient::collections(const QString &category, int page, int pageSize)
{
    QList<QPair<QString, QString>> q{{QStringLiteral("page"), QString::number(page)},
                                     {QStringLiteral("page_size"), QString::number(pageSize)}};
    if (!category.isEmpty())
        q.append({QStringLiteral("condition"), QStringLiteral("category=") + category});
    return getJson(QStringLiteral("collections"), q);
}

static bool safeSegment(const QString &s)
{
    if (s.isEmpty() || s.size() > 255)
        return false;
    for (const QChar c : s)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return false;
    return s != QLatin1String(".") && s != QLatin1String("..");
}

MarketplaceReply *MarketplaceClient::collectionPlugins(const QString &collection, const QString &category)
{
    if (!safeSegment(collection))
        return failedReply(Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1\" is not a valid collection name.").arg(collection)));
    QJsonObject b;
    if (!category.isEmpty())
        b.insert(QStringLiteral("category"), category);
    return postJson(QStringLiteral("collections/%1/plugins").arg(collection), b, 1, 100);
}

MarketplaceReply *MarketplaceClient::icon(const QString &org, const QString &name, bool bundle)
{
    if (!safeSegment(org) || !safeSegment(name))
        return failedReply(Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1/%2\" is not a valid plugin id.").arg(org, name)));
    const QString path = (bundle ? QStringLiteral("bundles/") : QStringLiteral("plugins/")) + org + QLatin1Char('/')
        + name + QStringLiteral("/icon");
    MarketplaceReply *r = start(MarketplaceReply::Kind::Bytes, apiUrl(path), "GET", {}, true);
    return r;
}

MarketplaceReply *MarketplaceClient::pluginDetail(const QString &org, const QString &name)
{
    if (!safeSegment(org) || !safeSegment(name))
        return failedReply(Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1/%2\" is not a valid plugin id.").arg(org, name)));
    return getJson(QStringLiteral("plugins/") + org + QLatin1Char('/') + name, {});
}

MarketplaceReply *MarketplaceClient::pluginByIdentifier(const QString &uniqueIdentifier)
{
    return getJson(QStringLiteral("plugins/identifier"), {{QStringLiteral("unique_identifier"), uniqueIdentifier}});
}

MarketplaceReply *MarketplaceClient::versionsBatch(const QList<IdentifierParts> &tuples)
{
    QJsonArray list;
    for (const IdentifierParts &t : tuples)
        list.append(QJsonObject{{QStringLiteral("org"), t.author}, {QStringLiteral("name"), t.name},
                                {QStringLiteral("version"), t.version}});
    return postJson(QStringLiteral("plugins/versions/batch"), QJsonObject{{QStringLiteral("plugin_tuples"), list}});
}

MarketplaceReply *MarketplaceClient::versions(const QString &org, const QString &name, int page, int pageSize)
{
    if (!safeSegment(org) || !safeSegment(name))
        return failedReply(Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1/%2\" is not a valid plugin id.").arg(org, name)));
    return getJson(QStringLiteral("plugins/") + org + QLatin1Char('/') + name + QStringLiteral("/versions"),
                   {{QStringLiteral("page"), QString::number(page)}, {QStringLiteral("page_size"), QString::number(pageSize)}});
}

MarketplaceReply *MarketplaceClient::bundleDetail(const QString &org, const QString &name, const QString &version)
{
    if (!safeSegment(org) || !safeSegment(name) || !safeSegment(version))
        return failedReply(Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1/%2:%3\" is not a valid bundle id.").arg(org, name, version)));
    return getJson(QStringLiteral("bundles/") + org + QLatin1Char('/') + name + QLatin1Char('/') + version, {});
}

QUrl MarketplaceClient::downloadUrlFor(const IdentifierParts &parts, const QString &uniqueIdentifier, int style) const
{
    if (style == 14)
        return apiUrl(QStringLiteral("plugins/") + parts.author + QLatin1Char('/') + parts.name + QLatin1Char('/')
                      + parts.version + QStringLiteral("/download"));
    QUrl url = apiUrl(style == 16 ? QStringLiteral("plugins/download-url") : QStringLiteral("plugins/download"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("unique_identifier"), QString::fromLatin1(QUrl::toPercentEncoding(uniqueIdentifier)));
    url.setQuery(q);
    return url;
}

MarketplaceReply *MarketplaceClient::download(const QString &uniqueIdentifier, bool byVersionPath)
{
    const std::optional<IdentifierParts> parts = splitIdentifier(uniqueIdentifier);
    if (!parts || !safeSegment(parts->author) || !safeSegment(parts->name) || !safeSegment(parts->version))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("\"%1\" is not a plugin identifier; expected org/name:version@checksum.")
                                     .arg(printable(uniqueIdentifier))));
    if (!httpUrl(m_baseUrl))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("The Marketplace URL \"%1\" is not a valid http(s) address; fix it in the settings.")
                                     .arg(printable(m_baseUrl.toString()))));
    const int first = byVersionPath ? 14 : 15;
    const int second = byVersionPath ? 15 : 14;
    return startPackage(uniqueIdentifier, QStringLiteral("DOWNLOAD "),
                        {{downloadUrlFor(*parts, uniqueIdentifier, first), false},
                         {downloadUrlFor(*parts, uniqueIdentifier, second), false},
                         {downloadUrlFor(*parts, uniqueIdentifier, 16), true}});
}

MarketplaceReply *MarketplaceClient::downloadViaPresignedUrl(const QString &uniqueIdentifier)
{
    const std::optional<IdentifierParts> parts = splitIdentifier(uniqueIdentifier);
    if (!parts || !safeSegment(parts->author) || !safeSegment(parts->name) || !safeSegment(parts->version))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("\"%1\" is not a plugin identifier; expected org/name:version@checksum.")
                                     .arg(printable(uniqueIdentifier))));
    if (!httpUrl(m_baseUrl))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("The Marketplace URL \"%1\" is not a valid http(s) address; fix it in the settings.")
                                     .arg(printable(m_baseUrl.toString()))));
    return startPackage(uniqueIdentifier, QStringLiteral("DOWNLOAD-URL "), {{downloadUrlFor(*parts, uniqueIdentifier, 16), true}});
}

MarketplaceReply *MarketplaceClient::latestVersions(const QStringList &pluginIds)
{
    return postJson(QStringLiteral("plugins/batch"),
                    QJsonObject{{QStringLiteral("plugin_ids"), QJsonArray::fromStringList(pluginIds)}});
}

MarketplaceReply *MarketplaceClient::banners(const QString &language)
{
    return getJson(QStringLiteral("banners"), {{QStringLiteral("page"), QStringLiteral("plugins")},
                                               {QStringLiteral("language"), language.isEmpty() ? QStringLiteral("en_US") : language}});
}

MarketplaceReply *MarketplaceClient::unifiedSearch(const QString &query, int pageSize, const QStringList &scope)
{
    QJsonObject b{{QStringLiteral("query"), query},
                  {QStringLiteral("scope"), QJsonArray::fromStringList(scope.isEmpty() ? QStringList{QStringLiteral("plugins")} : scope)},
                  {QStringLiteral("page"), 1},
                  {QStringLiteral("page_size"), qBound(1, pageSize, 100)}};
    return postJson(QStringLiteral("search/unified"), b, 1, qBound(1, pageSize, 100));
}

MarketplaceReply *MarketplaceClient::pluginsByIdentifiers(const QStringList &uniqueIdentifiers)
{
    return postJson(QStringLiteral("plugins/identifier/batch"),
                    QJsonObject{{QStringLiteral("unique_identifiers"), QJsonArray::fromStringList(uniqueIdentifiers)}});
}

MarketplaceReply *MarketplaceClient::catalogueManifest()
{
    const QUrl url = apiUrl(QStringLiteral("dist/plugins/manifest.json"));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("The Marketplace URL \"%1\" is not a valid http(s) address; fix it in the settings.")
                                     .arg(m_baseUrl.toString())));
    auto *r = new MarketplaceReply(MarketplaceReply::Kind::Json, this);
    r->m_key = QStringLiteral("GET ") + url.toString(QUrl::FullyEncoded) + QLatin1Char(' ');
    r->m_maxSize = Net::kMaxJsonAnswerBytes;
    r->m_stallMs = m_timeoutMs;
    r->m_deadlineMs = m_deadlineMs > 0 ? m_deadlineMs : qMax(120000, 2 * m_timeoutMs);
    r->m_cacheFile = cacheFileFor(r->m_key, MarketplaceReply::Kind::Json);
    r->m_conditional = true;
    send(r, url, "GET", {});
    return r;
}

MarketplaceReply *MarketplaceClient::reportInstall(const QString &uniqueIdentifier)
{
    if (!splitIdentifier(uniqueIdentifier))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("\"%1\" is not a plugin identifier; expected org/name:version@checksum.").arg(uniqueIdentifier)));
    MarketplaceReply *r = start(MarketplaceReply::Kind::Json, apiUrl(QStringLiteral("stats/plugins/install_count")), "POST",
                                QJsonDocument(QJsonObject{{QStringLiteral("unique_identifier"), uniqueIdentifier}})
                                    .toJson(QJsonDocument::Compact),
                                false);
    r->m_ignoreBody = true;
    return r;
}

MarketplaceReply *MarketplaceClient::image(const QString &urlText)
{
    QUrl url(urlText);
    if (url.isRelative()) {
        QUrl base = m_baseUrl;
        if (!base.path().endsWith(QLatin1Char('/')))
            base.setPath(base.path() + QLatin1Char('/'));
        url = base.resolved(QUrl(urlText.startsWith(QLatin1Char('/')) ? urlText.mid(1) : urlText));
    }
    MarketplaceReply *r = start(MarketplaceReply::Kind::Bytes, url, "GET", {}, true);
    return r;
}

bool MarketplaceClient::waitForFinished(MarketplaceReply *reply, int timeoutMs)
{
    if (!reply)
        return false;
    if (reply->isFinished())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &MarketplaceReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return reply->isFinished();
}

void describeDependencies(MarketplaceClient *client, const QList<Dependency> &deps, QObject *context,
                          const std::function<void(QList<DependencyInfo>, bool)> &done)
{
    struct State
    {
        QList<DependencyInfo> infos;
        bool offline = false;
    };
    auto st = std::make_shared<State>();
    QList<IdentifierParts> tuples;
    static const QRegularExpression exact(QStringLiteral("^\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?$"));
    for (const Dependency &d : deps) {
        DependencyInfo i;
        i.type = d.type;
        QString id, ver, pat, uid;
        if (marketplaceDependencyTarget(d, &id, &ver, &pat, &uid)) {
            i.pluginId = id;
            i.org = id.section(QLatin1Char('/'), 0, 0);
            i.name = id.section(QLatin1Char('/'), 1);
            i.pattern = pat;
            i.version = ver;
            i.uniqueIdentifier = uid;
            i.iconPath = QStringLiteral("plugins/") + id + QStringLiteral("/icon");
            if (uid.isEmpty() && exact.match(ver).hasMatch())
                tuples.append(IdentifierParts{i.org, i.name, ver, {}});
        } else if (d.type == QLatin1String("github")) {
            i.pattern = d.value.value(QLatin1String("repo_pattern")).toString();
            if (i.pattern.isEmpty())
                i.pattern = d.value.value(QLatin1String("repo")).toString() + QLatin1Char(':')
                    + d.value.value(QLatin1String("release")).toString() + QLatin1Char('/')
                    + d.value.value(QLatin1String("packages")).toString();
            i.version = i.pattern.section(QLatin1Char(':'), 1).section(QLatin1Char('/'), 0, 0);
            i.pluginId = i.pattern.section(QLatin1Char(':'), 0, 0);
        } else if (d.type == QLatin1String("package")) {
            i.uniqueIdentifier = d.value.value(QLatin1String("unique_identifier")).toString();
            i.pattern = d.value.value(QLatin1String("path")).toString();
            if (i.pattern.isEmpty())
                i.pattern = i.uniqueIdentifier;
            const QJsonObject manifest = d.value.value(QLatin1String("manifest")).toObject();
            i.label = I18nText::fromJson(manifest.value(QLatin1String("label")));
            i.version = manifest.value(QLatin1String("version")).toString();
            if (!manifest.isEmpty())
                i.pluginId = manifest.value(QLatin1String("author")).toString() + QLatin1Char('/')
                    + manifest.value(QLatin1String("name")).toString();
        } else {
            i.error = QCoreApplication::translate("Studio", "Unknown dependency type \"%1\".").arg(d.type);
        }
        st->infos.append(i);
    }

    QPointer<QObject> ctx(context);
    auto lookUp = [client, st, ctx, done] {
        QStringList ids;
        for (const DependencyInfo &i : std::as_const(st->infos))
            if (i.type == QLatin1String("marketplace") && !i.uniqueIdentifier.isEmpty())
                ids << i.uniqueIdentifier;
        if (ids.isEmpty() || !client || !ctx) {
            if (ctx)
                done(st->infos, st->offline);
            return;
        }
        MarketplaceReply *r = client->pluginsByIdentifiers(ids);
        QObject::connect(r, &MarketplaceReply::finished, ctx.data(), [r, st, done] {
            r->deleteLater();
            st->offline = st->offline || r->offline();
            QHash<QString, PluginListing> byId;
            if (r->isOk())
                for (const PluginListing &p : r->identifierBatch())
                    byId.insert(p.pluginId, p);
            for (DependencyInfo &i : st->infos) {
                if (i.type != QLatin1String("marketplace") || i.uniqueIdentifier.isEmpty())
                    continue;
                const auto it = byId.constFind(i.pluginId);
                if (it == byId.cend()) {
                    if (i.error.isEmpty())
                        i.error = r->isOk() ? QCoreApplication::translate("Studio", "%1 is not on the Marketplace.").arg(i.uniqueIdentifier)
                                            : r->error()->message;
                    continue;
                }
                i.label = it->label;
                const QString v = i.uniqueIdentifier.section(QLatin1Char('@'), 0, 0).section(QLatin1Char(':'), 1);
                i.version = v.isEmpty() ? it->version : v;
                i.iconPath = it->iconPath();
            }
            done(st->infos, st->offline);
        });
    };
    if (tuples.isEmpty() || !client) {
        QTimer::singleShot(0, context, lookUp);
        return;
    }
    MarketplaceReply *r = client->versionsBatch(tuples);
    QObject::connect(r, &MarketplaceReply::finished, context, [r, st, lookUp] {
        r->deleteLater();
        st->offline = st->offline || r->offline();
        QHash<QString, QString> uidOf; // "org/name:version" -> identifier
        if (r->isOk())
            for (const LatestVersion &l : r->latestVersions())
                uidOf.insert(l.pluginId + QLatin1Char(':') + l.version, l.uniqueIdentifier);
        for (DependencyInfo &i : st->infos) {
            if (i.type != QLatin1String("marketplace") || !i.uniqueIdentifier.isEmpty())
                continue;
            const QString key = i.pluginId + QLatin1Char(':') + i.version;
            if (uidOf.contains(key))
                i.uniqueIdentifier = uidOf.value(key);
            else if (exact.match(i.version).hasMatch())
                i.error = r->isOk() ? QCoreApplication::translate("Studio", "Version %1 of %2 is not on the Marketplace.").arg(i.version, i.pluginId)
                                    : r->error()->message;
        }
        lookUp();
    });
}

} // namespace Studio::Marketplace
