// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dify/consoleclient.h"

#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/net/httpmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>
#include <QNetworkCookie>
#include <QRegularExpression>
#include <QTimeZone>

namespace Studio::Dify {

namespace {

constexpr int kRefreshDeadlineMs = 30000;
// Refresh this long before the access token's own expiry (clocks differ a little).
constexpr qint64 kExpirySlackSecs = 30;

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

QByteArray bareCookieName(const QByteArray &name)
{
    if (name.startsWith("__Host-"))
        return name.mid(7);
    if (name.startsWith("__Secure-"))
        return name.mid(9);
    return name;
}

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return printable(text);
}

} // namespace

QString authModeName(AuthMode mode)
{
    return mode == AuthMode::Bearer ? QStringLiteral("bearer") : QStringLiteral("cookie");
}

// ---------------------------------------------------------------- tokens

QDateTime jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    const QJsonValue exp = QJsonDocument::fromJson(decoded.decoded).object().value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    const double secs = exp.toDouble();
    if (secs <= 0 || secs > 253402300799.0) // beyond year 9999: not a date
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(secs), QTimeZone::utc());
}

QDateTime Tokens::accessExpiry() const
{
    return jwtExpiry(accessToken);
}

QJsonObject Tokens::toJson() const
{
    QJsonArray others;
    for (const auto &c : otherCookies)
        others.append(QJsonArray{QString::fromLatin1(c.first), QString::fromLatin1(c.second)});
    return QJsonObject{
        {QStringLiteral("mode"), authModeName(mode)},
        {QStringLiteral("access"), accessToken},
        {QStringLiteral("refresh"), refreshToken},
        {QStringLiteral("csrf"), csrfToken},
        {QStringLiteral("names"), QJsonObject{{QStringLiteral("access"), QString::fromLatin1(accessCookie)},
                                              {QStringLiteral("refresh"), QString::fromLatin1(refreshCookie)},
                                              {QStringLiteral("csrf"), QString::fromLatin1(csrfCookie)}}},
        {QStringLiteral("cookies"), others},
    };
}

Tokens Tokens::fromJson(const QJsonObject &o)
{
    Tokens t;
    t.mode = o.value(QLatin1String("mode")).toString() == QLatin1String("bearer") ? AuthMode::Bearer : AuthMode::Cookie;
    t.accessToken = o.value(QLatin1String("access")).toString();
    t.refreshToken = o.value(QLatin1String("refresh")).toString();
    t.csrfToken = o.value(QLatin1String("csrf")).toString();
    const QJsonObject names = o.value(QLatin1String("names")).toObject();
    const auto name = [&names](const char *key, const QByteArray &fallback) {
        const QString n = names.value(QLatin1String(key)).toString();
        return n.isEmpty() ? fallback : n.toLatin1();
    };
    t.accessCookie = name("access", t.accessCookie);
    t.refreshCookie = name("refresh", t.refreshCookie);
    t.csrfCookie = name("csrf", t.csrfCookie);
    for (const QJsonValue &v : o.value(QLatin1String("cookies")).toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            t.otherCookies.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return t;
}

// ---------------------------------------------------------------- errors

QString ConsoleError::kindName(ConsoleErrorKind kind)
{
    switch (kind) {
    case ConsoleErrorKind::Unreachable: return QStringLiteral("unreachable");
    case ConsoleErrorKind::Tls: return QStringLiteral("tls");
    case ConsoleErrorKind::WrongPassword: return QStringLiteral("wrong-password");
    case ConsoleErrorKind::LoginLocked: return QStringLiteral("login-locked");
    case ConsoleErrorKind::PasswordLoginOff: return QStringLiteral("password-login-off");
    case ConsoleErrorKind::SignInRequired: return QStringLiteral("sign-in-required");
    case ConsoleErrorKind::PermissionDenied: return QStringLiteral("permission-denied");
    case ConsoleErrorKind::NotFound: return QStringLiteral("not-found");
    case ConsoleErrorKind::TooOld: return QStringLiteral("too-old");
    case ConsoleErrorKind::RateLimited: return QStringLiteral("rate-limited");
    case ConsoleErrorKind::TooLarge: return QStringLiteral("too-large");
    case ConsoleErrorKind::BadRequest: return QStringLiteral("bad-request");
    case ConsoleErrorKind::PluginDaemon: return QStringLiteral("plugin-daemon");
    case ConsoleErrorKind::ServerError: return QStringLiteral("server-error");
    case ConsoleErrorKind::NotJson: return QStringLiteral("not-json");
    case ConsoleErrorKind::Protocol: return QStringLiteral("protocol");
    case ConsoleErrorKind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("protocol");
}

Error ConsoleError::toError() const
{
    ErrorCode code = ErrorCode::NetworkError;
    switch (kind) {
    case ConsoleErrorKind::WrongPassword:
    case ConsoleErrorKind::LoginLocked:
    case ConsoleErrorKind::PasswordLoginOff:
    case ConsoleErrorKind::SignInRequired:
    case ConsoleErrorKind::PermissionDenied: code = ErrorCode::PermissionDenied; break;
    case ConsoleErrorKind::NotFound: code = ErrorCode::NotFound; break;
    case ConsoleErrorKind::TooOld: code = ErrorCode::Unsupported; break;
    case ConsoleErrorKind::TooLarge: code = ErrorCode::TooLarge; break;
    case ConsoleErrorKind::BadRequest:
    case ConsoleErrorKind::PluginDaemon: code = ErrorCode::InvalidInput; break;
    case ConsoleErrorKind::Tls: code = ErrorCode::Unsafe; break;
    case ConsoleErrorKind::Cancelled: code = ErrorCode::Cancelled; break;
    default: break;
    }
    return Error(code, message);
}

QJsonObject ConsoleError::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("message"), message}};
    if (httpStatus)
        o.insert(QStringLiteral("http_status"), httpStatus);
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (!serverMessage.isEmpty())
        o.insert(QStringLiteral("server_message"), serverMessage);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (retryAfterSec > 0)
        o.insert(QStringLiteral("retry_after"), retryAfterSec);
    return o;
}

QString errorBodyMessage(const QJsonObject &body)
{
    for (const char *key : {"message", "msg", "error", "data"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
    }
    return {};
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    const auto m = title.match(QString::fromUtf8(body.left(16384)));
    if (!m.hasMatch())
        return {};
    QString t = m.captured(1).simplified();
    if (t.size() > 120)
        t = t.left(119) + QStringLiteral("…");
    return printable(t);
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray t = body.left(512).trimmed().toLower();
    return t.startsWith("<!doctype") || t.startsWith("<html") || t.startsWith("<head") || t.startsWith("<body")
        || (t.startsWith('<') && t.contains("<title"));
}

QList<int> versionNumbers(const QString &version)
{
    QString v = version.trimmed();
    if (v.startsWith(QLatin1Char('v')) || v.startsWith(QLatin1Char('V')))
        v.remove(0, 1);
    const qsizetype cut = v.indexOf(QRegularExpression(QStringLiteral("[-+ ]")));
    if (cut >= 0)
        v.truncate(cut);
    QList<int> out;
    for (const QString &part : v.split(QLatin1Char('.'))) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 0 || part.size() > 6)
            return {};
        out.append(n);
    }
    return out.size() >= 2 ? out : QList<int>{};
}

bool versionAtLeast(const QString &version, const QString &minimum)
{
    const QList<int> a = versionNumbers(version);
    const QList<int> b = versionNumbers(minimum);
    if (a.isEmpty() || b.isEmpty())
        return false;
    for (int i = 0; i < qMax(a.size(), b.size()); ++i) {
        const int x = a.value(i, 0), y = b.value(i, 0);
        if (x != y)
            return x > y;
    }
    return true;
}

// ---------------------------------------------------------------- reply

ConsoleReply::ConsoleReply(ConsoleClient *client, ConsoleRequest request)
    : QObject(client), m_client(client), m_request(std::move(request))
{}

void ConsoleReply::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_download) {
        m_download->cancel(); // finished() of the download follows with Cancelled
        return;
    }
    ConsoleError e;
    e.kind = ConsoleErrorKind::Cancelled;
    e.path = m_request.path;
    e.message = StudioTr::tr("Cancelled.");
    m_client->finish(this, e);
}

// ---------------------------------------------------------------- client

ConsoleClient::ConsoleClient(const QUrl &baseUrl, Net::Downloader *net, QObject *parent)
    : QObject(parent), m_net(net ? net : new Net::Downloader(this))
{
    const auto api = consoleApiUrl(baseUrl.toString());
    m_api = api ? *api : baseUrl;
}

ConsoleClient::~ConsoleClient() = default;

Result<QUrl> ConsoleClient::consoleApiUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("Give the address of the Dify to connect to, e.g. "
                                                           "https://cloud.dify.ai or http://localhost."));
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("'%1' is not the address of a Dify: give an http:// or "
                                                           "https:// address with a host, e.g. https://cloud.dify.ai.")
                                                  .arg(printable(typed)));
    if (!url.userInfo().isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("Give the address without a user name or password in it; "
                                                           "the studio asks for them when signing in."));
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const qsizetype api = path.indexOf(QLatin1String("/console/api"));
    if (api >= 0) {
        path.truncate(api);
    } else {
        // A page of the web console copied from the address bar.
        static const QRegularExpression page(QStringLiteral(
            "/(apps|app|signin|plugins|datasets|tools|explore|account|install|members|workflow)(/.*)?$"));
        const auto m = page.match(path);
        if (m.hasMatch())
            path.truncate(m.capturedStart());
    }
    url.setScheme(scheme);
    url.setPath(path + QStringLiteral("/console/api"));
    return url;
}

QUrl ConsoleClient::baseOf(const QUrl &apiUrl)
{
    QUrl u = apiUrl;
    QString path = u.path();
    if (path.endsWith(QLatin1String("/console/api")))
        path.chop(int(qstrlen("/console/api")));
    u.setPath(path.isEmpty() ? QString() : path);
    return u;
}

ConsoleReply *ConsoleClient::get(const QString &path, const QUrlQuery &query, PermissionNeed need)
{
    ConsoleRequest r;
    r.path = path;
    r.query = query;
    r.permission = need;
    return send(r);
}

ConsoleReply *ConsoleClient::post(const QString &path, const QJsonObject &body, PermissionNeed need)
{
    ConsoleRequest r;
    r.method = "POST";
    r.path = path;
    r.json = body;
    r.permission = need;
    return send(r);
}

ConsoleReply *ConsoleClient::send(const ConsoleRequest &request)
{
    auto *reply = new ConsoleReply(this, request);
    attempt(reply);
    return reply;
}

void ConsoleClient::attempt(ConsoleReply *reply)
{
    if (reply->m_finished)
        return;
    if (reply->m_cancelled) {
        reply->m_download = nullptr;
        return reply->cancel();
    }
    const ConsoleRequest &req = reply->m_request;
    if (req.signedIn) {
        if (m_tokens.isEmpty()) {
            ConsoleError e;
            e.kind = ConsoleErrorKind::SignInRequired;
            e.path = req.path;
            e.message = StudioTr::tr("Not signed in to the Dify at %1: sign in first (Dify page > Sign in, or "
                                     "plugin-studio-cli remote login).")
                            .arg(hostOf(m_api));
            return finish(reply, e);
        }
        // The access token has expired by its own clock: refresh first instead of collecting a 401.
        const QDateTime exp = m_tokens.accessExpiry();
        if (reply->m_attempts == 0 && exp.isValid() && !m_tokens.refreshToken.isEmpty()
            && QDateTime::currentDateTimeUtc().addSecs(kExpirySlackSecs) >= exp) {
            reply->m_attempts = -1; // marks "refreshed before the first send"
            QPointer<ConsoleReply> guard(reply);
            refresh([this, guard](const std::optional<ConsoleError> &error) {
                if (!guard || guard->m_finished)
                    return;
                if (error)
                    return finish(guard, *error);
                attempt(guard); // m_attempts stays -1: sent now, whatever the new token's expiry says
            });
            return;
        }
        if (reply->m_attempts < 0)
            reply->m_attempts = 0;
    }
    ++reply->m_attempts;
    Net::Download *d = m_net->start(buildRequest(req, req.signedIn));
    reply->m_download = d;
    connect(d, &Net::Download::uploadProgress, reply, &ConsoleReply::uploadProgress);
    connect(d, &Net::Download::finished, reply, [this, reply, d] { onAttemptFinished(reply, d); });
}

Net::Request ConsoleClient::buildRequest(const ConsoleRequest &request, bool withTokens) const
{
    QUrl url = m_api;
    url.setPath(m_api.path() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    Net::Request r(url);
    if (request.json)
        r.setJsonBody(*request.json, request.method);
    else if (!request.parts.isEmpty())
        r.setMultipart(request.parts, request.method);
    r.method = request.method;
    r.maxBytes = request.maxBytes;
    r.deadlineMs = request.deadlineMs;
    r.stallMs = request.stallMs;
    r.addHeader("Accept", "application/json");
    if (withTokens) {
        if (m_tokens.mode == AuthMode::Bearer) {
            r.addHeader("Authorization", "Bearer " + m_tokens.accessToken.toLatin1(), Net::HeaderScope::SameOrigin);
        } else {
            QByteArray cookie;
            const auto add = [&cookie](const QByteArray &name, const QByteArray &value) {
                if (name.isEmpty() || value.isEmpty())
                    return;
                if (!cookie.isEmpty())
                    cookie += "; ";
                cookie += name + '=' + value;
            };
            add(m_tokens.accessCookie, m_tokens.accessToken.toLatin1());
            add(m_tokens.csrfCookie, m_tokens.csrfToken.toLatin1());
            for (const auto &c : m_tokens.otherCookies)
                add(c.first, c.second);
            if (!cookie.isEmpty())
                r.addHeader("Cookie", cookie, Net::HeaderScope::SameOrigin);
            // Dify checks the CSRF token on every signed-in request, GET included.
            if (!m_tokens.csrfToken.isEmpty())
                r.addHeader("X-CSRF-Token", m_tokens.csrfToken.toLatin1(), Net::HeaderScope::SameOrigin);
        }
    }
    return r;
}

bool ConsoleClient::absorbCookies(const QByteArray &setCookieHeader, Tokens &tokens)
{
    if (setCookieHeader.trimmed().isEmpty())
        return false;
    bool hit = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Qt joins several Set-Cookie fields with '\n'; parseCookies splits them.
    const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(setCookieHeader);
    for (const QNetworkCookie &c : cookies) {
        const QByteArray name = c.name();
        const bool removed = c.value().isEmpty() || (c.expirationDate().isValid() && c.expirationDate() <= now);
        const QString value = removed ? QString() : QString::fromLatin1(c.value());
        const QByteArray bare = bareCookieName(name);
        if (bare == "access_token") {
            tokens.accessCookie = name;
            tokens.accessToken = value;
            hit = true;
        } else if (bare == "refresh_token") {
            tokens.refreshCookie = name;
            tokens.refreshToken = value;
            hit = true;
        } else if (bare == "csrf_token") {
            tokens.csrfCookie = name;
            tokens.csrfToken = value;
            hit = true;
        } else {
            for (qsizetype i = tokens.otherCookies.size() - 1; i >= 0; --i)
                if (tokens.otherCookies.at(i).first == name)
                    tokens.otherCookies.removeAt(i);
            // A handful at most: a load balancer's affinity cookie and the like.
            if (!removed && tokens.otherCookies.size() < 16 && c.value().size() <= 4096)
                tokens.otherCookies.append({name, c.value()});
        }
    }
    return hit;
}

void ConsoleClient::onAttemptFinished(ConsoleReply *reply, Net::Download *d)
{
    d->deleteLater();
    if (reply->m_download == d)
        reply->m_download = nullptr;
    if (reply->m_finished)
        return;
    const QString version = QString::fromLatin1(d->rawHeader("X-Version")).trimmed();
    if (!version.isEmpty()) {
        reply->m_version = version;
        if (version != m_version) {
            m_version = version;
            emit versionSeen(version);
        }
    }
    reply->m_status = d->httpStatus();
    reply->m_setCookie = d->rawHeader("Set-Cookie");
    reply->m_finalUrl = d->url();
    const ConsoleRequest &req = reply->m_request;
    if (req.signedIn && m_tokens.mode == AuthMode::Cookie) {
        Tokens t = m_tokens;
        if (absorbCookies(d->rawHeader("Set-Cookie"), t) && t.toJson() != m_tokens.toJson()) {
            m_tokens = t;
            emit tokensChanged();
        }
    }
    if (d->isOk()) {
        const QByteArray body = d->body();
        if (body.trimmed().isEmpty()) {
            if (req.emptyBodyOk)
                return finish(reply, std::nullopt, QJsonValue());
            ConsoleError e;
            e.kind = ConsoleErrorKind::Protocol;
            e.httpStatus = d->httpStatus();
            e.path = req.path;
            e.message = StudioTr::tr("Dify answered %1 with nothing (HTTP %2) where an answer was expected.")
                            .arg(req.path)
                            .arg(d->httpStatus());
            return finish(reply, e);
        }
        const QByteArray contentType = d->rawHeader("Content-Type");
        QJsonParseError perr{};
        const QJsonDocument doc = looksLikeHtml(body, contentType) ? QJsonDocument()
                                                                    : QJsonDocument::fromJson(body, &perr);
        if (doc.isNull() || (!doc.isObject() && !doc.isArray())) {
            ConsoleError e;
            e.kind = ConsoleErrorKind::NotJson;
            e.httpStatus = d->httpStatus();
            e.path = req.path;
            const QString title = htmlTitle(body);
            e.detail = title.isEmpty() ? excerpt(body) : title;
            e.message = looksLikeHtml(body, contentType)
                ? StudioTr::tr("%1 answered %2 with a web page (\"%3\"), not Dify's console API: give the address of "
                               "Dify itself (the one the browser opens, or its API), not of a page or another "
                               "service.")
                      .arg(hostOf(m_api), req.path, e.detail)
                : StudioTr::tr("%1 answered %2 with something that is not JSON (%3): is this the address of a Dify?")
                      .arg(hostOf(m_api), req.path, e.detail);
            return finish(reply, e);
        }
        return finish(reply, std::nullopt, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    }
    const Net::Failure &f = *d->failure();
    if (f.kind == Net::FailureKind::Cancelled || reply->m_cancelled) {
        ConsoleError e;
        e.kind = ConsoleErrorKind::Cancelled;
        e.path = req.path;
        e.message = StudioTr::tr("Cancelled.");
        return finish(reply, e);
    }
    if (f.kind == Net::FailureKind::HttpStatus && f.httpStatus == 401 && req.signedIn) {
        if (reply->m_attempts == 1 && !m_tokens.refreshToken.isEmpty()) {
            // Expired (or its CSRF token has): one refresh shared by every caller, then once more.
            QPointer<ConsoleReply> guard(reply);
            refresh([this, guard](const std::optional<ConsoleError> &error) {
                if (!guard || guard->m_finished)
                    return;
                if (error)
                    return finish(guard, *error);
                attempt(guard);
            });
            return;
        }
        ConsoleError e = errorFor(req, d);
        e.kind = ConsoleErrorKind::SignInRequired;
        e.message = StudioTr::tr("Dify no longer accepts this session (%1): sign in again.")
                        .arg(e.serverMessage.isEmpty() ? StudioTr::tr("HTTP 401") : e.serverMessage);
        emit sessionExpired(e);
        return finish(reply, e);
    }
    finish(reply, errorFor(req, d));
}

ConsoleError ConsoleClient::errorFor(const ConsoleRequest &request, Net::Download *d) const
{
    const Net::Failure &f = *d->failure();
    ConsoleError e;
    e.path = request.path;
    e.httpStatus = f.httpStatus;
    const QString host = hostOf(m_api);
    switch (f.kind) {
    case Net::FailureKind::Tls:
        e.kind = ConsoleErrorKind::Tls;
        e.detail = f.detail;
        e.message = StudioTr::tr("The secure connection to %1 failed: %2. The studio trusts the certificates of "
                                 "the system's store: a self-signed, expired or wrongly named certificate is "
                                 "refused. Fix the certificate (or add its CA to the system), or use the address "
                                 "the certificate names.")
                        .arg(host, f.detail.isEmpty() ? StudioTr::tr("unknown certificate problem") : f.detail);
        return e;
    case Net::FailureKind::Dns:
    case Net::FailureKind::ConnectionRefused:
    case Net::FailureKind::ConnectionClosed:
    case Net::FailureKind::Timeout:
    case Net::FailureKind::Stalled:
    case Net::FailureKind::Offline:
    case Net::FailureKind::Proxy:
        e.kind = ConsoleErrorKind::Unreachable;
        e.detail = f.detail;
        e.message = StudioTr::tr("Cannot reach the Dify at %1: %2").arg(host, f.message);
        return e;
    case Net::FailureKind::TooLarge:
        e.kind = ConsoleErrorKind::Protocol;
        e.message = StudioTr::tr("Dify's answer to %1 is larger than the %2 MiB the studio reads; nothing was "
                                 "taken from it.")
                        .arg(request.path)
                        .arg(request.maxBytes / Net::kMiB);
        return e;
    case Net::FailureKind::HttpStatus: break;
    default:
        e.kind = ConsoleErrorKind::Protocol;
        e.detail = f.detail;
        e.message = StudioTr::tr("The request to %1 failed: %2").arg(host, f.message);
        return e;
    }

    const int status = f.httpStatus;
    const QByteArray contentType = d->rawHeader("Content-Type");
    const bool html = looksLikeHtml(f.body, contentType);
    QJsonObject body;
    if (!html)
        body = QJsonDocument::fromJson(f.body).object();
    e.code = body.value(QLatin1String("code")).toString();
    e.serverMessage = printable(errorBodyMessage(body), PrintableMode::MultiLine);
    if (e.serverMessage.isEmpty() && !html && !f.body.trimmed().isEmpty() && body.isEmpty())
        e.serverMessage = excerpt(f.body);
    const QString said = e.serverMessage.isEmpty() ? QString() : QStringLiteral(": ") + e.serverMessage;
    if (html)
        e.detail = htmlTitle(f.body);
    const QString statusText = QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromLatin1(Net::reasonPhrase(status)));

    if (status == 413 || e.serverMessage.contains(QLatin1String("File size exceeds"), Qt::CaseInsensitive)) {
        e.kind = ConsoleErrorKind::TooLarge;
        e.message = StudioTr::tr("Dify (or the proxy in front of it) refused the upload as too large (%1%2). Its "
                                 "limits are PLUGIN_MAX_PACKAGE_SIZE (API) and NGINX_CLIENT_MAX_BODY_SIZE (nginx) in "
                                 "Dify's .env.")
                        .arg(statusText, said);
        return e;
    }
    if (status == 429) {
        e.kind = ConsoleErrorKind::RateLimited;
        bool ok = false;
        const int after = d->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok && after > 0)
            e.retryAfterSec = qMin(after, 86400);
        e.message = e.retryAfterSec > 0
            ? StudioTr::tr("Dify is limiting requests (%1%2): try again in %3 s.").arg(statusText, said).arg(e.retryAfterSec)
            : StudioTr::tr("Dify is limiting requests (%1%2): wait a little and try again.").arg(statusText, said);
        return e;
    }
    if (html) {
        e.kind = status == 404 ? ConsoleErrorKind::NotFound : status >= 500 ? ConsoleErrorKind::ServerError
                                                                             : ConsoleErrorKind::NotJson;
        const QString page = e.detail.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(e.detail);
        if (status == 502 || status == 503 || status == 504)
            e.message = StudioTr::tr("The proxy in front of Dify at %1 answered %2 with a web page%3: it cannot reach "
                                     "Dify's API (is the api container running?). Try again when Dify is up.")
                            .arg(host, statusText, page);
        else if (status == 404)
            e.message = StudioTr::tr("%1 has no Dify console API at %2 (%3, a web page%4): give the address of Dify "
                                     "itself; a Dify older than 1.0 has no plugin API.")
                            .arg(host, request.path, statusText, page);
        else
            e.message = StudioTr::tr("%1 answered %2 with a web page%3 (%4) instead of Dify's JSON: a proxy or sign-on "
                                     "page stands in front of Dify.")
                            .arg(host, request.path, page, statusText);
        return e;
    }
    switch (status) {
    case 401:
        if (e.code == QLatin1String("authentication_failed")) {
            e.kind = ConsoleErrorKind::WrongPassword;
            e.message = StudioTr::tr("Dify refused the e-mail or password%1").arg(said);
        } else {
            e.kind = ConsoleErrorKind::SignInRequired;
            e.message = StudioTr::tr("Dify wants a new sign-in (%1%2).").arg(statusText, said);
        }
        return e;
    case 403: {
        e.kind = ConsoleErrorKind::PermissionDenied;
        switch (request.permission) {
        case PermissionNeed::Install:
            e.message = StudioTr::tr("Your account may not install or manage plugins in this Dify workspace (%1): its "
                                     "plugin permission \"who can install and manage\" leaves you out. Ask an owner or "
                                     "admin (Dify > Plugins > Permissions).")
                            .arg(statusText);
            break;
        case PermissionNeed::Debug:
            e.message = StudioTr::tr("Your account may not debug plugins in this Dify workspace (%1): its plugin "
                                     "permission \"who can debug\" leaves you out. Ask an owner or admin (Dify > "
                                     "Plugins > Permissions).")
                            .arg(statusText);
            break;
        case PermissionNeed::Admin:
            e.message = StudioTr::tr("Only an owner or admin of this Dify workspace may do this (%1).").arg(statusText);
            break;
        case PermissionNeed::None:
            e.message = StudioTr::tr("Dify refused this for your account (%1%2).").arg(statusText, said);
            break;
        }
        return e;
    }
    case 404:
        e.kind = ConsoleErrorKind::NotFound;
        e.message = StudioTr::tr("Dify has no %1 (%2%3).").arg(request.path, statusText, said);
        return e;
    default: break;
    }
    if (status >= 500) {
        e.kind = ConsoleErrorKind::ServerError;
        e.message = StudioTr::tr("Dify failed on its side (%1%2). Its API log says more; try again later.")
                        .arg(statusText, said);
        return e;
    }
    const bool daemon = e.code == QLatin1String("plugin_error") || e.serverMessage.contains(QLatin1String("PluginDaemon"))
        || e.serverMessage.contains(QLatin1String("plugin daemon"), Qt::CaseInsensitive);
    e.kind = daemon ? ConsoleErrorKind::PluginDaemon : ConsoleErrorKind::BadRequest;
    e.message = daemon ? StudioTr::tr("Dify's plugin daemon refused it%1").arg(said)
                       : StudioTr::tr("Dify refused the request (%1%2).").arg(statusText, said);
    return e;
}

void ConsoleClient::finish(ConsoleReply *reply, std::optional<ConsoleError> error, const QJsonValue &json)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_error = std::move(error);
    reply->m_json = json;
    QMetaObject::invokeMethod(reply, [reply] { emit reply->finished(); }, Qt::QueuedConnection);
}

void ConsoleClient::refresh(const std::function<void(const std::optional<ConsoleError> &)> &done)
{
    m_refreshWaiters.append(done);
    if (!m_refreshing)
        startRefresh();
}

void ConsoleClient::startRefresh()
{
    m_refreshing = true;
    if (m_tokens.refreshToken.isEmpty()) {
        ConsoleError e;
        e.kind = ConsoleErrorKind::SignInRequired;
        e.path = QStringLiteral("/refresh-token");
        e.message = StudioTr::tr("The Dify session has expired and there is no refresh token: sign in again.");
        QMetaObject::invokeMethod(this, [this, e] { endRefresh(e); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = m_api;
    url.setPath(m_api.path() + QStringLiteral("/refresh-token"));
    Net::Request r(url);
    r.deadlineMs = kRefreshDeadlineMs;
    r.addHeader("Accept", "application/json");
    if (m_tokens.mode == AuthMode::Bearer) {
        r.setJsonBody(QJsonObject{{QStringLiteral("refresh_token"), m_tokens.refreshToken}});
    } else {
        r.setJsonBody(QJsonObject{});
        QByteArray cookie = m_tokens.refreshCookie + '=' + m_tokens.refreshToken.toLatin1();
        for (const auto &c : std::as_const(m_tokens.otherCookies))
            cookie += "; " + c.first + '=' + c.second;
        r.addHeader("Cookie", cookie, Net::HeaderScope::SameOrigin);
    }
    Net::Download *d = m_net->start(r);
    connect(d, &Net::Download::finished, this, [this, d] {
        d->deleteLater();
        ConsoleRequest req;
        req.method = "POST";
        req.path = QStringLiteral("/refresh-token");
        if (!d->isOk()) {
            ConsoleError e = errorFor(req, d);
            if (d->failure()->kind == Net::FailureKind::HttpStatus && d->httpStatus() == 401) {
                e.kind = ConsoleErrorKind::SignInRequired;
                e.message = StudioTr::tr("Your Dify session has ended (the refresh was refused%1): sign in again.")
                                .arg(e.serverMessage.isEmpty() ? QString() : QStringLiteral(": ") + e.serverMessage);
                m_tokens.accessToken.clear();
                m_tokens.refreshToken.clear();
                m_tokens.csrfToken.clear();
                emit tokensChanged();
                emit sessionExpired(e);
            }
            return endRefresh(e);
        }
        Tokens t = m_tokens;
        bool renewed = false;
        if (t.mode == AuthMode::Bearer) {
            const QJsonObject data = QJsonDocument::fromJson(d->body()).object().value(QLatin1String("data")).toObject();
            const QString access = data.value(QLatin1String("access_token")).toString();
            if (!access.isEmpty()) {
                t.accessToken = access;
                const QString refresh = data.value(QLatin1String("refresh_token")).toString();
                if (!refresh.isEmpty())
                    t.refreshToken = refresh;
                renewed = true;
            }
        } else {
            const QString before = t.accessToken;
            renewed = absorbCookies(d->rawHeader("Set-Cookie"), t) && !t.accessToken.isEmpty() && t.accessToken != before;
        }
        if (!renewed) {
            ConsoleError e;
            e.kind = ConsoleErrorKind::Protocol;
            e.path = req.path;
            e.message = StudioTr::tr("Dify answered the token refresh without new tokens: sign in again.");
            return endRefresh(e);
        }
        m_tokens = t;
        ++m_refreshes;
        emit tokensChanged();
        endRefresh(std::nullopt);
    });
}

void ConsoleClient::endRefresh(const std::optional<ConsoleError> &error)
{
    m_refreshing = false;
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &w : waiters)
        w(error);
}

} // namespace Studio::Dify
