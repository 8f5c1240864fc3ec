// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/marketplace/marketplaceclient.h"
#include "core/common/tr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>
#include <QRegularExpression>

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

std::optional<IdentifierParts> splitIdentifier(const QString &uniqueIdentifier)
{
    QString s = uniqueIdentifier.trimmed();
    IdentifierParts p;
    const int at = s.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        p.checksum = s.mid(at + 1);
        s.truncate(at);
    }
    const int colon = s.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    p.version = s.mid(colon + 1);
    s.truncate(colon);
    const int slash = s.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == s.size() - 1)
        return std::nullopt;
    p.org = s.left(slash);
    p.name = s.mid(slash + 1);
    if (p.version.isEmpty() || p.name.contains(QLatin1Char('/')))
        return std::nullopt;
    return p;
}

// ---------------------------------------------------------------- reply

MarketplaceReply::MarketplaceReply(Kind kind, QObject *parent) : QObject(parent), m_kind(kind) {}

MarketplaceReply::~MarketplaceReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
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
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
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
    : QObject(parent), m_nam(new QNetworkAccessManager(this)),
      m_baseUrl(QUrl(QString::fromLatin1(DefaultBaseUrl)))
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!base.isEmpty())
        m_cacheDir = base + QStringLiteral("/marketplace");
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
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
    if (m_cacheDir.isEmpty())
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

MarketplaceReply *MarketplaceClient::start(MarketplaceReply::Kind kind, const QUrl &url, const QByteArray &verb,
                                           const QByteArray &body, bool cache)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("The Marketplace URL \"%1\" is not a valid http(s) address; fix it in the settings.")
                                     .arg(m_baseUrl.toString())));
    auto *r = new MarketplaceReply(kind, this);
    r->m_key = QString::fromLatin1(verb) + QLatin1Char(' ') + url.toString(QUrl::FullyEncoded)
        + QLatin1Char(' ') + QString::fromUtf8(body);
    r->m_timeoutMs = m_timeoutMs;
    if (cache)
        r->m_cacheFile = cacheFileFor(r->m_key, kind);
    send(r, url, verb, body, true);
    return r;
}

void MarketplaceClient::send(MarketplaceReply *r, const QUrl &url, const QByteArray &verb, const QByteArray &body,
                             bool marketHeaders)
{
    QNetworkRequest req(url);
    if (marketHeaders) {
        req.setRawHeader("X-Dify-Version", m_difyVersion.toUtf8());
        req.setRawHeader("Accept", r->m_kind == MarketplaceReply::Kind::Json ? "application/json" : "*/*");
    }
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("PluginStudio/%1").arg(QStringLiteral(STUDIO_VERSION)));
    req.setTransferTimeout(r->m_timeoutMs);
    if (r->m_expectRedirect)
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (r->m_conditional && !r->m_cacheFile.isEmpty() && QFile::exists(r->m_cacheFile)) {
        QFile meta(r->m_cacheFile + QStringLiteral(".meta"));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject m = QJsonDocument::fromJson(meta.readAll()).object();
            const QString etag = m.value(QLatin1String("etag")).toString();
            const QString modified = m.value(QLatin1String("last_modified")).toString();
            if (!etag.isEmpty())
                req.setRawHeader("If-None-Match", etag.toUtf8());
            if (!modified.isEmpty())
                req.setRawHeader("If-Modified-Since", modified.toUtf8());
        }
    }
    QNetworkReply *nr = nullptr;
    if (verb == "POST") {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        nr = m_nam->post(req, body);
    } else {
        nr = m_nam->get(req);
    }
    r->m_reply = nr;
    r->m_tried << url.path();
    connect(nr, &QNetworkReply::finished, r, [this, r, nr] { onFinished(r, nr); });
    connect(nr, &QNetworkReply::downloadProgress, r, [r, nr](qint64 rec, qint64 total) {
        if (r->m_maxSize > 0 && (rec > r->m_maxSize || total > r->m_maxSize)) {
            nr->disconnect(r);
            r->fail(Error(ErrorCode::TooLarge,
                          StudioTr::tr("The download is larger than the limit of %1 MiB; raise the limit if you trust this package.")
                              .arg(r->m_maxSize / (1024 * 1024))));
            return;
        }
        emit r->downloadProgress(rec, total);
    });
}

bool MarketplaceClient::tryFallback(MarketplaceReply *r, const Error &e)
{
    if (r->m_finished || r->m_fallbacks.isEmpty() || e.code == ErrorCode::Cancelled || e.code == ErrorCode::TooLarge)
        return false;
    if (!r->m_firstError)
        r->m_firstError = e;
    const QPair<QUrl, bool> next = r->m_fallbacks.takeFirst();
    r->m_expectRedirect = next.second;
    send(r, next.first, "GET", {}, true);
    return true;
}

static bool isNetworkFailure(QNetworkReply::NetworkError e, int status)
{
    if (status >= 500)
        return true;
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::InternalServerError:
        return true;
    default:
        return status == 0 && e != QNetworkReply::NoError;
    }
}

// Parses an envelope; returns the data object or an error.
static Result<QJsonObject> parseEnvelope(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("The Marketplace answered with something that is not JSON (%1); check the Marketplace URL.")
                         .arg(QString::fromUtf8(body.left(80)).simplified()));
    const QJsonObject o = doc.object();
    if (!o.contains(QLatin1String("code")) && !o.contains(QLatin1String("data")))
        return o; // not enveloped (e.g. dist manifest)
    const QJsonValue code = o.value(QLatin1String("code"));
    if (!code.isDouble() || code.toInt() != 0) {
        const QString msg = o.value(QLatin1String("msg")).toString();
        return Error(ErrorCode::NetworkError,
                     StudioTr::tr("The Marketplace refused the request: %1")
                         .arg(msg.isEmpty() ? StudioTr::tr("error code %1").arg(code.toVariant().toString()) : msg));
    }
    const QJsonValue data = o.value(QLatin1String("data"));
    if (data.isArray()) // e.g. a bare banner list
        return QJsonObject{{QStringLiteral("items"), data}};
    return data.isObject() ? data.toObject() : QJsonObject();
}

void MarketplaceClient::onFinished(MarketplaceReply *r, QNetworkReply *nr)
{
    if (r->m_finished)
        return;
    const int status = nr->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r->m_httpStatus = status;
    const QNetworkReply::NetworkError err = nr->error();
    const QByteArray body = nr->readAll();
    const QUrl requestUrl = nr->url();
    const QString errorString = nr->errorString();
    const QByteArray location = nr->rawHeader("Location");
    const QByteArray etag = nr->rawHeader("ETag");
    const QByteArray lastModified = nr->rawHeader("Last-Modified");
    nr->disconnect(r);
    nr->deleteLater();
    if (r->m_reply == nr)
        r->m_reply = nullptr;

    // Downloads try the next style before giving up; the message names every path tried.
    auto failOr = [this, r](const Error &e) {
        if (tryFallback(r, e))
            return;
        Error final = r->m_firstError && e.code != ErrorCode::TooLarge ? *r->m_firstError : e;
        if (r->m_tried.size() > 1)
            final.message += QLatin1Char(' ') + StudioTr::tr("Tried: %1.").arg(r->m_tried.join(QStringLiteral(", ")));
        r->fail(final);
    };

    // #16: the Marketplace answers with a redirect to a presigned object-storage URL.
    if (r->m_expectRedirect && status >= 300 && status < 400) {
        r->m_expectRedirect = false;
        const QUrl target = requestUrl.resolved(QUrl(QString::fromUtf8(location)));
        if (location.isEmpty() || !target.isValid()
            || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))) {
            failOr(Error(ErrorCode::NetworkError, StudioTr::tr("The Marketplace download-url answer (HTTP %1) has no usable "
                                                     "Location; try again later.").arg(status)));
            return;
        }
        // Presigned URLs are signed for exactly their own headers: no Marketplace headers go there.
        send(r, target, "GET", {}, false);
        return;
    }

    // #18: not modified since the cached copy.
    if (status == 304 && r->m_conditional) {
        QFile f(r->m_cacheFile);
        Result<QJsonObject> data = f.open(QIODevice::ReadOnly) ? parseEnvelope(f.readAll())
                                                               : Result<QJsonObject>(Error(ErrorCode::NotFound, QString()));
        if (!data) {
            QFile::remove(r->m_cacheFile + QStringLiteral(".meta"));
            r->fail(Error(ErrorCode::NetworkError, StudioTr::tr("The Marketplace answered \"not modified\" but the cached catalogue "
                                                      "is missing or damaged; try again.")));
            return;
        }
        r->m_data = data.value();
        r->m_notModified = true;
        r->finish();
        return;
    }

    auto fromCache = [r](const Error &networkError) {
        QFile f(r->m_cacheFile);
        if (r->m_cacheFile.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            r->fail(networkError);
            return;
        }
        const QByteArray cached = f.readAll();
        if (r->m_kind == MarketplaceReply::Kind::Json) {
            Result<QJsonObject> data = parseEnvelope(cached);
            if (!data) {
                r->fail(networkError);
                return;
            }
            r->m_data = data.value();
        } else {
            r->m_bytes = cached;
        }
        r->m_fromCache = true;
        r->finish();
    };

    if (err != QNetworkReply::NoError || status >= 400) {
        if (isNetworkFailure(err, status)) {
            const Error networkError(ErrorCode::NetworkError,
                                     StudioTr::tr("The Marketplace at %1 cannot be reached (%2); check your network or proxy, or work offline.")
                                         .arg(m_baseUrl.toString(), status >= 500 ? QStringLiteral("HTTP %1").arg(status)
                                                                                  : errorString));
            if (!r->m_fallbacks.isEmpty() || r->m_cacheFile.isEmpty())
                failOr(networkError);
            else
                fromCache(networkError);
            return;
        }
        // An HTTP error with an envelope carries the Marketplace's own message.
        Result<QJsonObject> env = parseEnvelope(body);
        QString msg = env ? QString() : env.error().message;
        if (status == 404)
            failOr(Error(ErrorCode::NotFound, StudioTr::tr("The Marketplace has no such item (HTTP 404 for %1).")
                                                  .arg(requestUrl.path())));
        else
            failOr(Error(ErrorCode::NetworkError, StudioTr::tr("The Marketplace answered HTTP %1 for %2. %3")
                                                      .arg(status).arg(requestUrl.path(), msg).trimmed()));
        return;
    }

    if (r->m_ignoreBody) {
        r->finish();
        return;
    }
    if (r->m_kind == MarketplaceReply::Kind::Json) {
        Result<QJsonObject> data = parseEnvelope(body);
        if (!data) {
            r->fail(data.error());
            return;
        }
        r->m_data = data.value();
    } else {
        if (r->m_maxSize > 0 && body.size() > r->m_maxSize) {
            failOr(Error(ErrorCode::TooLarge, StudioTr::tr("The download is larger than the limit of %1 MiB.")
                                                  .arg(r->m_maxSize / (1024 * 1024))));
            return;
        }
        if (r->m_checkZip && !body.startsWith(QByteArrayLiteral("PK\x03\x04"))) {
            Result<QJsonObject> env = parseEnvelope(body);
            failOr(Error(ErrorCode::InvalidInput,
                         env ? StudioTr::tr("The Marketplace did not return a plugin package (not a ZIP file).")
                             : StudioTr::tr("The Marketplace did not return a plugin package (not a ZIP file): %1")
                                   .arg(QString::fromUtf8(body.left(120)).simplified())));
            return;
        }
        r->m_bytes = body;
    }
    if (!r->m_cacheFile.isEmpty() && QDir().mkpath(m_cacheDir)) {
        QSaveFile f(r->m_cacheFile);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(body);
            f.commit();
        }
        if (r->m_conditional) {
            const QString metaFile = r->m_cacheFile + QStringLiteral(".meta");
            if (etag.isEmpty() && lastModified.isEmpty()) {
                QFile::remove(metaFile);
            } else {
                QSaveFile meta(metaFile);
                if (meta.open(QIODevice::WriteOnly)) {
                    meta.write(QJsonDocument(QJsonObject{{QStringLiteral("etag"), QString::fromUtf8(etag)},
                                                         {QStringLiteral("last_modified"), QString::fromUtf8(lastModified)}})
                                   .toJson(QJsonDocument::Compact));
                    meta.commit();
                }
            }
        }
    }
    r->finish();
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
    r->m_maxSize = 5 * 1024 * 1024;
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
        list.append(QJsonObject{{QStringLiteral("org"), t.org}, {QStringLiteral("name"), t.name},
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
        return apiUrl(QStringLiteral("plugins/") + parts.org + QLatin1Char('/') + parts.name + QLatin1Char('/')
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
    if (!parts || !safeSegment(parts->org) || !safeSegment(parts->name) || !safeSegment(parts->version))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("\"%1\" is not a plugin identifier; expected org/name:version@checksum.").arg(uniqueIdentifier)));
    const int first = byVersionPath ? 14 : 15;
    const int second = byVersionPath ? 15 : 14;
    if (!m_baseUrl.isValid() || (m_baseUrl.scheme() != QLatin1String("http") && m_baseUrl.scheme() != QLatin1String("https")))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("The Marketplace URL \"%1\" is not a valid http(s) address; fix it in the settings.")
                                     .arg(m_baseUrl.toString())));
    auto *r = new MarketplaceReply(MarketplaceReply::Kind::Bytes, this);
    r->m_key = QStringLiteral("DOWNLOAD ") + uniqueIdentifier;
    r->m_timeoutMs = qMax(m_timeoutMs, 120000);
    r->m_maxSize = m_maxDownloadSize;
    r->m_checkZip = true;
    r->m_fallbacks = {{downloadUrlFor(*parts, uniqueIdentifier, second), false},
                      {downloadUrlFor(*parts, uniqueIdentifier, 16), true}};
    send(r, downloadUrlFor(*parts, uniqueIdentifier, first), "GET", {}, true);
    return r;
}

MarketplaceReply *MarketplaceClient::downloadViaPresignedUrl(const QString &uniqueIdentifier)
{
    const std::optional<IdentifierParts> parts = splitIdentifier(uniqueIdentifier);
    if (!parts || !safeSegment(parts->org) || !safeSegment(parts->name) || !safeSegment(parts->version))
        return failedReply(Error(ErrorCode::InvalidInput,
                                 StudioTr::tr("\"%1\" is not a plugin identifier; expected org/name:version@checksum.").arg(uniqueIdentifier)));
    auto *r = new MarketplaceReply(MarketplaceReply::Kind::Bytes, this);
    r->m_key = QStringLiteral("DOWNLOAD-URL ") + uniqueIdentifier;
    r->m_timeoutMs = qMax(m_timeoutMs, 120000);
    r->m_maxSize = m_maxDownloadSize;
    r->m_checkZip = true;
    r->m_expectRedirect = true;
    send(r, downloadUrlFor(*parts, uniqueIdentifier, 16), "GET", {}, true);
    return r;
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
    r->m_timeoutMs = m_timeoutMs;
    r->m_cacheFile = cacheFileFor(r->m_key, MarketplaceReply::Kind::Json);
    r->m_conditional = true;
    send(r, url, "GET", {}, true);
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
    r->m_maxSize = 5 * 1024 * 1024;
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
