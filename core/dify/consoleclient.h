// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ConsoleClient: Dify's console API (`<base>/console/api/...`, what the web console calls), signed
// in as a user, on the one downloader (core/net/downloader.h). install-and-marketplace.md §2.0:
//   - cookie mode (current Dify): the access, refresh and CSRF tokens are cookies (`access_token`,
//     `refresh_token`, `csrf_token`, with the `__Host-` prefix when Dify runs on https); every
//     signed-in request sends them and echoes the CSRF token in `X-CSRF-Token` (GET included);
//   - bearer mode (Dify 1.0-1.8): the tokens came in the login answer's body and go out as
//     `Authorization: Bearer`; the refresh takes `{"refresh_token"}` in the body.
// An expired access token is refreshed before a request when its expiry (the JWT's `exp`) has
// passed, and after a 401: one refresh for every caller waiting at that moment, then each request
// is sent again once (its body kept, uploads included); a second 401 is final. A refresh that fails
// ends the session (sessionExpired): the user signs in again.
//
// Every answer is capped (Request::maxBytes) and has a deadline; an answer that is a web page
// (a proxy's 502, the web console's index.html) is never parsed as JSON; Dify's error bodies
// ({"code","message","status"}) become a ConsoleError whose message says what to do.

#include "core/common/result.h"
#include "core/net/downloader.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace Studio::Dify {

enum class AuthMode { Cookie, Bearer };
QString authModeName(AuthMode mode); // "cookie" / "bearer"

// What a signed-in connection holds (sealed in the workspace, see connection.h).
struct Tokens
{
    AuthMode mode = AuthMode::Cookie;
    QString accessToken;
    QString refreshToken;
    QString csrfToken;
    // Cookie mode: the cookie names as Dify set them ("access_token" or "__Host-access_token") and
    // any other cookie it set (a load balancer's affinity cookie), sent back as received.
    QByteArray accessCookie = "access_token";
    QByteArray refreshCookie = "refresh_token";
    QByteArray csrfCookie = "csrf_token";
    QList<QPair<QByteArray, QByteArray>> otherCookies;

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    // The access token's expiry from its JWT payload (`exp`), invalid when it has none.
    QDateTime accessExpiry() const;
    QJsonObject toJson() const;
    static Tokens fromJson(const QJsonObject &o);
};

// The `exp` claim of a JWT (no signature check: only to know when to refresh). Invalid when absent.
QDateTime jwtExpiry(const QString &token);

enum class ConsoleErrorKind {
    Unreachable,      // DNS, refused, closed, timeout, offline, proxy
    Tls,              // the certificate problem is in detail
    WrongPassword,    // 401 authentication_failed / 400 email_or_password_mismatch / account_not_found
    LoginLocked,      // 429 on sign-in: too many failed sign-ins for this e-mail
    PasswordLoginOff, // the Dify allows no e-mail + password sign-in (SSO only)
    SignInRequired,   // the session ended (refresh refused, a second 401): sign in again
    PermissionDenied, // 403: the workspace's plugin permissions or the member's role
    NotFound,         // 404
    TooOld,           // Dify < 1.0: no plugins
    RateLimited,      // 429 (retryAfterSec when the answer said)
    TooLarge,         // 413, or "File size exceeds the maximum allowed size"
    BadRequest,       // 400/422 with Dify's message
    PluginDaemon,     // 400 plugin_error / PluginDaemon...Error: the daemon refused (message = its text)
    ServerError,      // 5xx
    NotJson,          // an HTML page or other non-JSON answer where JSON was expected
    Protocol,         // a broken answer, an answer over its cap
    Cancelled,
};

struct ConsoleError
{
    ConsoleErrorKind kind = ConsoleErrorKind::Protocol;
    int httpStatus = 0;
    QString code;          // Dify's error code ("authentication_failed", "plugin_error", ...)
    QString serverMessage; // Dify's own message (printable)
    QString message;       // what happened and what to do (translated)
    QString detail;        // the certificate problem, Qt's reason, an excerpt of a web page
    QString path;          // the console API path asked
    int retryAfterSec = 0;

    Error toError() const;
    // "unreachable", "tls", "wrong-password", "login-locked", "password-login-off",
    // "sign-in-required", "permission-denied", "not-found", "too-old", "rate-limited", "too-large",
    // "bad-request", "plugin-daemon", "server-error", "not-json", "protocol", "cancelled".
    static QString kindName(ConsoleErrorKind kind);
    QJsonObject toJson() const;
};

// Which permission a route needs (for the 403 message): the workspace's install or debug
// permission (§4.4), or the owner/admin role.
enum class PermissionNeed { None, Install, Debug, Admin };

struct ConsoleRequest
{
    QByteArray method = "GET";
    QString path;                       // below /console/api, e.g. "/workspaces/current/plugin/list"
    QUrlQuery query;
    std::optional<QJsonObject> json;    // a JSON body
    QList<Net::FormPart> parts;         // a multipart body (uploads)
    bool signedIn = true;               // send the tokens (and refresh / retry on 401)
    qint64 maxBytes = Net::kMaxJsonAnswerBytes;
    int deadlineMs = 60000;
    int stallMs = 30000;
    PermissionNeed permission = PermissionNeed::None;
    bool emptyBodyOk = false;           // a 2xx with no body is a success (json() is null)
};

class ConsoleClient;

// One console call (one or two HTTP attempts, a refresh between them). finished() exactly once,
// asynchronously; the reply is a child of the client, deleted with it (or deleteLater() it).
class ConsoleReply : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error; }
    const std::optional<ConsoleError> &error() const { return m_error; }
    QJsonValue json() const { return m_json; }   // the parsed answer (object or array)
    QJsonObject object() const { return m_json.toObject(); }
    int httpStatus() const { return m_status; }
    QString serverVersion() const { return m_version; } // X-Version of the answer ("" when absent)
    QByteArray setCookie() const { return m_setCookie; } // the answer's Set-Cookie fields ('\n'-joined)
    QUrl finalUrl() const { return m_finalUrl; }         // after redirects
    const ConsoleRequest &request() const { return m_request; }
    void cancel();

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    friend class ConsoleClient;
    ConsoleReply(ConsoleClient *client, ConsoleRequest request);
    ConsoleClient *m_client;
    ConsoleRequest m_request;
    QPointer<Net::Download> m_download;
    QJsonValue m_json;
    std::optional<ConsoleError> m_error;
    QString m_version;
    QByteArray m_setCookie;
    QUrl m_finalUrl;
    int m_status = 0;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

class ConsoleClient : public QObject
{
    Q_OBJECT
public:
    // `net` is not owned (one downloader per process or window); null = a private one.
    explicit ConsoleClient(const QUrl &baseUrl, Net::Downloader *net = nullptr, QObject *parent = nullptr);
    ~ConsoleClient() override;

    // The console API root for what the user typed: "https://dify.example.com" ->
    // ".../console/api"; an address that already ends in /console/api is kept; a page of the web
    // console copied from the browser (".../apps", ".../signin", ".../plugins") is cut back to its
    // root. Invalid (with why) for anything that is not an http(s) URL with a host.
    static Result<QUrl> consoleApiUrl(const QString &typed);
    // The base the user works with (the console API root minus "/console/api").
    static QUrl baseOf(const QUrl &apiUrl);

    QUrl apiUrl() const { return m_api; }
    void setApiUrl(const QUrl &apiUrl) { m_api = apiUrl; }
    QUrl baseUrl() const { return baseOf(m_api); }
    Net::Downloader *downloader() const { return m_net; }

    void setTokens(const Tokens &tokens) { m_tokens = tokens; }
    const Tokens &tokens() const { return m_tokens; }
    bool isSignedIn() const { return !m_tokens.isEmpty(); }
    // The Dify version seen on the last answer's X-Version header ("" until one said).
    QString serverVersion() const { return m_version; }

    ConsoleReply *send(const ConsoleRequest &request);
    // Shortcuts.
    ConsoleReply *get(const QString &path, const QUrlQuery &query = {}, PermissionNeed need = PermissionNeed::None);
    ConsoleReply *post(const QString &path, const QJsonObject &body, PermissionNeed need = PermissionNeed::None);

    // Refreshes the tokens now (one refresh for all callers at once); `done` gets the error, or
    // nullopt when the tokens were renewed.
    void refresh(const std::function<void(const std::optional<ConsoleError> &)> &done);
    int refreshCount() const { return m_refreshes; } // refreshes that succeeded (tests, figures)

    // Reads the cookies an answer set (Set-Cookie) into `tokens` (cookie mode); true when any of
    // the three token cookies was among them.
    static bool absorbCookies(const QByteArray &setCookieHeader, Tokens &tokens);

signals:
    void tokensChanged();                          // refreshed or cleared: the owner re-seals them
    void sessionExpired(const Studio::Dify::ConsoleError &error); // sign in again
    void versionSeen(const QString &version);

private:
    friend class ConsoleReply;
    void attempt(ConsoleReply *reply);
    void onAttemptFinished(ConsoleReply *reply, Net::Download *download);
    void finish(ConsoleReply *reply, std::optional<ConsoleError> error, const QJsonValue &json = {});
    Net::Request buildRequest(const ConsoleRequest &request, bool withTokens) const;
    void startRefresh();
    void endRefresh(const std::optional<ConsoleError> &error);
    ConsoleError errorFor(const ConsoleRequest &request, Net::Download *download) const;

    QUrl m_api;
    Net::Downloader *m_net;
    Tokens m_tokens;
    QString m_version;
    bool m_refreshing = false;
    QList<std::function<void(const std::optional<ConsoleError> &)>> m_refreshWaiters;
    int m_refreshes = 0;
};

// Dify's version text ("1.9.2", "0.15.3") as comparable numbers; {} when it is not one.
QList<int> versionNumbers(const QString &version);
// True when `version` is at least `minimum` (both "1.2.3"); false when either is not a version.
bool versionAtLeast(const QString &version, const QString &minimum);

// The message of a Dify error body: "message" (or "msg", "error", "data" when that is a string).
QString errorBodyMessage(const QJsonObject &body);
// An HTML answer's <title> (printable, at most 120 characters), "" when there is none.
QString htmlTitle(const QByteArray &body);
bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType);

} // namespace Studio::Dify

Q_DECLARE_METATYPE(Studio::Dify::ConsoleError)
