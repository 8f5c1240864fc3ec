// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A loopback stand-in for a Dify's console API (`/console/api`), written from the public
// controller sources as summed up in install-and-marketplace.md §2.0-§2.6, §4.3, §4.4:
//   - cookie mode (Dify >= 1.9.2): /login sets access_token, refresh_token, csrf_token cookies;
//     every signed-in request must carry the access cookie and echo csrf_token in X-CSRF-Token
//     (GET included), else 401 "CSRF token is missing or invalid."; the password Base64-encoded
//     from 1.11 on ("Invalid encrypted data" for a plain one);
//   - bearer mode (Dify 1.0-1.8): tokens in the login answer's body, Authorization: Bearer, the
//     refresh takes {"refresh_token"}, logout is GET, wrong password 400 email_or_password_mismatch;
//   - workspaces, account profile, system features (X-Version on every answer);
//   - plugins: list (paged), upload/pkg (multipart `pkg`: a real package read by our reader, its
//     identifier computed from its files), install/pkg and install/marketplace (a task that runs
//     for a few polls, then succeeds or fails with the daemon's text), tasks, task deletion,
//     uninstall, permissions, debugging-key, endpoints;
//   - faults on demand: any route can answer a web page, a 500 with a JSON body, a 429, or hang up.
// Built on TestSupport::FakeHttpServer (one loopback test server for the whole test tree).

#include "tst_marketplace_fakeserver.h"

#include "core/package/checksum.h"
#include "core/package/packagereader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <optional>

namespace TestSupport {

struct StandInPlugin
{
    QString installationId;
    QString pluginId;
    QString identifier;
    QString version;
    QString source = QStringLiteral("package");
    QString category = QStringLiteral("tool");
    QString runtimeType = QStringLiteral("local");
    bool verified = false;
    QJsonObject meta;
};

struct StandInTask
{
    QString id;
    QStringList identifiers;
    QString source;
    int pollsLeft = 2;       // answers of GET tasks/{id} while running
    QString failWith;        // non-empty: the task fails with this daemon text
    QString status = QStringLiteral("running");
    int totalPolls = 0;
};

class DifyStandIn
{
public:
    enum class Mode { Cookie, Bearer };

    QString version = QStringLiteral("1.11.1");
    Mode mode = Mode::Cookie;
    bool encodedPassword = true;   // Dify >= 1.11
    bool hostPrefix = false;       // cookie names carry __Host- (https with no cookie domain)
    QString email = QStringLiteral("dev@example.com");
    QString password = QStringLiteral("s3cret-Pass");
    qint64 accessTtlSecs = 3600;   // lifetime of new access tokens (<= 0: already expired)
    QString role = QStringLiteral("owner");
    QString installPermission = QStringLiteral("everyone");
    QString debugPermission = QStringLiteral("everyone");
    int taskPolls = 2;
    QString nextTaskFailure;       // the next install task fails with this text
    bool signatureRequired = false; // FORCE_VERIFYING_SIGNATURE for uploads
    qint64 maxPackageBytes = 50LL * 1024 * 1024;
    QString debugHost = QStringLiteral("localhost");
    int debugPort = 5003;
    QString debugKey = QStringLiteral("8f2d0c6a-1e2b-4c5d-9e8f-0a1b2c3d4e5f");
    bool passwordLogin = true;

    // Counters the tests assert.
    int logins = 0, refreshes = 0, csrfRefusals = 0, uploads = 0;

    // A fault for METHOD + path (below /console/api): answered instead of the route, `times`
    // times (-1: always).
    void fault(const QByteArray &method, const QString &path, const FakeResponse &response, int times = -1)
    {
        m_faults.insert(method + ' ' + path.toUtf8(), {response, times});
    }
    void clearFaults() { m_faults.clear(); }
    // Ends every access token now (the next signed-in request gets 401 "Token has expired.").
    void expireAccessTokens()
    {
        for (auto it = m_access.begin(); it != m_access.end(); ++it)
            it->expiresAt = 0;
    }
    void revokeRefreshTokens() { m_refresh.clear(); }

    QList<StandInPlugin> plugins;
    QHash<QString, StandInTask> tasks;
    QList<QJsonObject> endpoints;
    QList<FakeRequest> &requests() { return m_http.requests; }

    struct Workspace
    {
        QString id, name, role;
    };
    QList<Workspace> workspaces = {{QStringLiteral("5b1e9f5e-0000-4000-8000-000000000001"), QStringLiteral("Main"), QString()},
                                   {QStringLiteral("5b1e9f5e-0000-4000-8000-000000000002"), QStringLiteral("Staging"), QString()}};
    QString currentTenant = QStringLiteral("5b1e9f5e-0000-4000-8000-000000000001");

    bool start()
    {
        route();
        return m_http.start();
    }
    void stop() { m_http.stop(); }
    QUrl url() const { return m_http.url(); }
    FakeHttpServer &http() { return m_http; }

    // Adds `n` installed plugins (for lists and figures).
    void addPlugins(int n, const QString &source = QStringLiteral("marketplace"))
    {
        for (int i = 0; i < n; ++i) {
            StandInPlugin p;
            p.pluginId = QStringLiteral("langgenius/plugin_%1").arg(plugins.size());
            p.version = QStringLiteral("0.0.%1").arg(1 + i % 9);
            p.identifier = p.pluginId + QLatin1Char(':') + p.version + QLatin1Char('@') + QString(64, QLatin1Char('a' + i % 6));
            p.installationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            p.source = source;
            p.verified = true;
            p.meta = QJsonObject{{QStringLiteral("plugin_unique_identifier"), p.identifier}};
            plugins.append(p);
        }
    }

    static QByteArray jwt(qint64 exp, const QString &subject)
    {
        const auto b64 = [](const QByteArray &b) {
            return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("user_id"), subject},
                                                             {QStringLiteral("exp"), double(exp)},
                                                             {QStringLiteral("iss"), QStringLiteral("SELF_HOSTED")},
                                                             {QStringLiteral("sub"), QStringLiteral("Console API Passport")},
                                                             {QStringLiteral("n"), QUuid::createUuid().toString()}})
                                       .toJson(QJsonDocument::Compact);
        return b64(R"({"alg":"HS256","typ":"JWT"})") + '.' + b64(payload) + '.' + b64("signature");
    }

private:
    struct Access
    {
        qint64 expiresAt;
        QByteArray csrf;
    };
    struct Fault
    {
        FakeResponse response;
        int times;
    };

    QByteArray cookieName(const char *bare) const { return (hostPrefix ? QByteArray("__Host-") : QByteArray()) + bare; }

    static QPair<QByteArray, QByteArray> header(const QByteArray &name, const QByteArray &value) { return {name, value}; }
    static FakeResponse json(int status, const QJsonObject &o)
    {
        FakeResponse r;
        r.status = status;
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    }
    static FakeResponse error(int status, const QString &code, const QString &message)
    {
        return json(status, QJsonObject{{QStringLiteral("code"), code},
                                        {QStringLiteral("message"), message},
                                        {QStringLiteral("status"), status}});
    }
    static QJsonObject body(const FakeRequest &r) { return QJsonDocument::fromJson(r.body).object(); }

    static QHash<QByteArray, QByteArray> cookies(const FakeRequest &r)
    {
        QHash<QByteArray, QByteArray> out;
        for (const QByteArray &part : r.headers.value("cookie").split(';')) {
            const QByteArray p = part.trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq > 0)
                out.insert(p.left(eq), p.mid(eq + 1));
        }
        return out;
    }

    // Issues tokens; cookie mode: the Set-Cookie fields of Dify's set_*_token_to_cookie.
    FakeResponse issue(FakeResponse r, bool bearerBody)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray access = jwt(now + accessTtlSecs, QStringLiteral("account-1"));
        const QByteArray refresh = QUuid::createUuid().toByteArray(QUuid::Id128) + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray csrf = jwt(now + 3600, QStringLiteral("csrf"));
        m_access.insert(access, {now + accessTtlSecs, csrf});
        m_refresh.insert(refresh);
        if (bearerBody) {
            QJsonObject o = QJsonDocument::fromJson(r.body).object();
            o.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(access)},
                                                         {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)}});
            r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            return r;
        }
        const QByteArray attrs = hostPrefix ? "; Path=/; Secure; SameSite=Lax" : "; Path=/; SameSite=Lax";
        r.headers.append(header("Set-Cookie", QByteArray(cookieName("access_token") + '=' + access + "; HttpOnly" + attrs + "; Max-Age=3600")));
        r.headers.append(header("Set-Cookie", QByteArray(cookieName("refresh_token") + '=' + refresh + "; HttpOnly" + attrs + "; Max-Age=2592000")));
        r.headers.append(header("Set-Cookie", QByteArray(cookieName("csrf_token") + '=' + csrf + attrs + "; Max-Age=3600")));
        r.headers.append(header("Set-Cookie", QByteArray(QByteArray("lb_affinity=node-7; Path=/"))));
        return r;
    }

    // The signed-in check of api/libs/login.py + the CSRF check; nullopt when the request may go on.
    std::optional<FakeResponse> refuse(const FakeRequest &r)
    {
        QByteArray access;
        if (mode == Mode::Cookie) {
            const auto c = cookies(r);
            access = c.value(cookieName("access_token"));
            const QByteArray csrfCookie = c.value(cookieName("csrf_token"));
            const QByteArray header = r.headers.value("x-csrf-token");
            if (csrfCookie.isEmpty() || header != csrfCookie) {
                ++csrfRefusals;
                return error(401, QStringLiteral("unauthorized"), QStringLiteral("CSRF token is missing or invalid."));
            }
        } else {
            const QByteArray auth = r.headers.value("authorization");
            if (auth.startsWith("Bearer "))
                access = auth.mid(7);
        }
        const auto it = m_access.constFind(access);
        if (access.isEmpty() || it == m_access.cend()) {
            FakeResponse e = error(401, QStringLiteral("unauthorized"), QStringLiteral("Invalid token."));
            e.headers.append(header("WWW-Authenticate", "Bearer realm=\"api\""));
            return e;
        }
        if (it->expiresAt <= QDateTime::currentSecsSinceEpoch()) {
            FakeResponse e = error(401, QStringLiteral("unauthorized"), QStringLiteral("Token has expired."));
            e.headers.append(header("WWW-Authenticate", "Bearer realm=\"api\""));
            return e;
        }
        return std::nullopt;
    }

    bool mayInstall() const
    {
        return installPermission == QLatin1String("everyone")
            || (installPermission == QLatin1String("admins") && (role == QLatin1String("owner") || role == QLatin1String("admin")));
    }
    bool mayDebug() const
    {
        return debugPermission == QLatin1String("everyone")
            || (debugPermission == QLatin1String("admins") && (role == QLatin1String("owner") || role == QLatin1String("admin")));
    }

    using Route = std::function<FakeResponse(const FakeRequest &)>;
    // A console route: faults first, then the sign-in check (signedIn), then the handler; every
    // answer carries X-Version.
    void on(const QByteArray &method, const QString &path, bool signedIn, Route handler)
    {
        const QByteArray key = method + ' ' + path.toUtf8();
        m_http.on(method, "/console/api" + path.toUtf8(), [this, key, signedIn, handler](const FakeRequest &r) {
            FakeResponse out;
            auto f = m_faults.find(key);
            if (f != m_faults.end() && f->times != 0) {
                if (f->times > 0)
                    --f->times;
                out = f->response;
            } else if (auto no = signedIn ? refuse(r) : std::nullopt) {
                out = *no;
            } else {
                out = handler(r);
            }
            out.headers.append(header("X-Version", version.toUtf8()));
            out.headers.append(header("X-Env", "PRODUCTION"));
            return out;
        });
    }

    QJsonObject pluginJson(const StandInPlugin &p) const
    {
        const QStringList parts = p.pluginId.split(QLatin1Char('/'));
        QJsonObject declaration{{QStringLiteral("author"), parts.value(0)},
                                {QStringLiteral("name"), parts.value(1)},
                                {QStringLiteral("version"), p.version},
                                {QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), parts.value(1)}}},
                                {QStringLiteral("category"), p.category},
                                {QStringLiteral("verified"), p.verified},
                                {QStringLiteral("type"), QStringLiteral("plugin")}};
        return QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {QStringLiteral("name"), parts.value(1)},
                           {QStringLiteral("plugin_id"), p.pluginId},
                           {QStringLiteral("tenant_id"), currentTenant},
                           {QStringLiteral("plugin_unique_identifier"), p.identifier},
                           {QStringLiteral("endpoints_active"), 0},
                           {QStringLiteral("endpoints_setups"), 0},
                           {QStringLiteral("installation_id"), p.installationId},
                           {QStringLiteral("declaration"), declaration},
                           {QStringLiteral("runtime_type"), p.runtimeType},
                           {QStringLiteral("version"), p.version},
                           {QStringLiteral("created_at"), QStringLiteral("2026-12-01T10:00:00Z")},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T10:00:00Z")},
                           {QStringLiteral("source"), p.source},
                           {QStringLiteral("checksum"), p.identifier.section(QLatin1Char('@'), 1)},
                           {QStringLiteral("meta"), p.meta}};
    }

    QJsonObject taskJson(const StandInTask &t) const
    {
        QJsonArray items;
        int completed = 0;
        for (const QString &id : t.identifiers) {
            QString status = t.status == QLatin1String("running") ? QStringLiteral("running") : t.status;
            QString message = t.status == QLatin1String("running") ? QStringLiteral("starting")
                : t.status == QLatin1String("success")             ? QStringLiteral("installed")
                                                                   : t.failWith;
            if (t.status != QLatin1String("running"))
                ++completed;
            items.append(QJsonObject{{QStringLiteral("plugin_unique_identifier"), id},
                                     {QStringLiteral("plugin_id"), id.section(QLatin1Char(':'), 0, 0)},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("icon"), QString()},
                                     {QStringLiteral("labels"), QJsonObject{{QStringLiteral("en_US"), id.section(QLatin1Char('/'), 1).section(QLatin1Char(':'), 0, 0)}}},
                                     {QStringLiteral("source"), t.source}});
        }
        return QJsonObject{{QStringLiteral("id"), t.id},
                           {QStringLiteral("created_at"), QStringLiteral("2026-12-07T10:00:00Z")},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-12-07T10:00:01Z")},
                           {QStringLiteral("status"), t.status},
                           {QStringLiteral("tenant_id"), currentTenant},
                           {QStringLiteral("total_plugins"), int(t.identifiers.size())},
                           {QStringLiteral("completed_plugins"), completed},
                           {QStringLiteral("plugins"), items}};
    }

    // One poll of a running task: counts down, then ends it (installing its plugins on success).
    void advance(StandInTask &t)
    {
        ++t.totalPolls;
        if (t.status != QLatin1String("running"))
            return;
        if (--t.pollsLeft > 0)
            return;
        if (!t.failWith.isEmpty()) {
            t.status = QStringLiteral("failed");
            return;
        }
        t.status = QStringLiteral("success");
        for (const QString &id : t.identifiers) {
            const QString pluginId = id.section(QLatin1Char(':'), 0, 0);
            StandInPlugin p;
            for (qsizetype i = 0; i < plugins.size(); ++i)
                if (plugins.at(i).pluginId == pluginId)
                    plugins.removeAt(i--);
            p.pluginId = pluginId;
            p.identifier = id;
            p.version = id.section(QLatin1Char(':'), 1).section(QLatin1Char('@'), 0, 0);
            p.installationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            p.source = t.source;
            p.verified = m_uploaded.value(id).value(QStringLiteral("verified")).toBool();
            p.meta = t.source == QLatin1String("marketplace") ? QJsonObject{{QStringLiteral("plugin_unique_identifier"), id}} : QJsonObject{};
            plugins.append(p);
        }
    }

    FakeResponse startTask(const QStringList &ids, const QString &source)
    {
        QStringList todo;
        for (const QString &id : ids) {
            bool have = false;
            for (const StandInPlugin &p : std::as_const(plugins))
                have = have || p.identifier == id;
            if (!have)
                todo << id;
        }
        if (todo.isEmpty())
            return json(200, QJsonObject{{QStringLiteral("all_installed"), true}, {QStringLiteral("task_id"), QString()}});
        StandInTask t;
        t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t.identifiers = todo;
        t.source = source;
        t.pollsLeft = taskPolls;
        t.failWith = std::exchange(nextTaskFailure, QString());
        tasks.insert(t.id, t);
        registerTask(t.id);
        return json(200, QJsonObject{{QStringLiteral("all_installed"), false}, {QStringLiteral("task_id"), t.id}});
    }

    static QByteArray multipartField(const FakeRequest &r, const QByteArray &name, QByteArray *fileName = nullptr)
    {
        const QByteArray type = r.headers.value("content-type");
        const qsizetype b = type.indexOf("boundary=");
        if (b < 0)
            return {};
        QByteArray boundary = type.mid(b + 9);
        if (boundary.startsWith('"'))
            boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
        const QByteArray delimiter = "--" + boundary;
        qsizetype pos = r.body.indexOf(delimiter);
        while (pos >= 0) {
            const qsizetype headStart = pos + delimiter.size() + 2;
            const qsizetype headEnd = r.body.indexOf("\r\n\r\n", headStart);
            if (headEnd < 0)
                return {};
            const QByteArray head = r.body.mid(headStart, headEnd - headStart);
            const qsizetype next = r.body.indexOf(QByteArray("\r\n" + delimiter), headEnd + 4);
            if (next < 0)
                return {};
            if (head.contains(QByteArray("name=\"" + name + "\""))) {
                const QRegularExpression fn(QStringLiteral("filename=\"([^\"]*)\""));
                const auto m = fn.match(QString::fromUtf8(head));
                if (fileName && m.hasMatch())
                    *fileName = m.captured(1).toUtf8();
                return r.body.mid(headEnd + 4, next - headEnd - 4);
            }
            pos = next + 2;
        }
        return {};
    }

    static QString manifestValue(const QByteArray &manifest, const char *key)
    {
        const QRegularExpression re(QStringLiteral("^%1:\\s*(\\S+)\\s*$").arg(QLatin1String(key)),
                                    QRegularExpression::MultilineOption);
        return re.match(QString::fromUtf8(manifest)).captured(1);
    }

    void route()
    {
        on("GET", QStringLiteral("/system-features"), false, [this](const FakeRequest &) {
            return json(200, QJsonObject{{QStringLiteral("enable_marketplace"), true},
                                         {QStringLiteral("enable_email_password_login"), passwordLogin},
                                         {QStringLiteral("plugin_installation_permission"),
                                          QJsonObject{{QStringLiteral("restrict_to_marketplace_only"), false},
                                                      {QStringLiteral("plugin_installation_scope"), QStringLiteral("all")}}}});
        });
        on("POST", QStringLiteral("/login"), false, [this](const FakeRequest &r) {
            const QJsonObject b = body(r);
            if (!b.value(QStringLiteral("email")).isString() || !b.value(QStringLiteral("password")).isString())
                return error(422, QStringLiteral("invalid_param"), QStringLiteral("email: field required"));
            const QString who = b.value(QStringLiteral("email")).toString();
            if (m_failures.value(who) > 5)
                return error(429, QStringLiteral("email_code_login_limit"),
                             QStringLiteral("Too many login attempts. Please try again later."));
            QString given = b.value(QStringLiteral("password")).toString();
            if (encodedPassword) {
                const auto decoded = QByteArray::fromBase64Encoding(given.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || given.isEmpty() || given.toLatin1().size() % 4 != 0)
                    return error(401, QStringLiteral("authentication_failed"), QStringLiteral("Invalid encrypted data"));
                given = QString::fromUtf8(decoded.decoded);
            }
            if (who != email || given != password) {
                m_failures[who] += 1;
                if (mode == Mode::Bearer)
                    return who != email ? error(400, QStringLiteral("account_not_found"), QStringLiteral("Account not found."))
                                        : error(400, QStringLiteral("email_or_password_mismatch"),
                                                QStringLiteral("The email or password is mismatched."));
                return error(401, QStringLiteral("authentication_failed"), QStringLiteral("Invalid email or password."));
            }
            ++logins;
            m_failures.remove(who);
            return issue(json(200, QJsonObject{{QStringLiteral("result"), QStringLiteral("success")}}), mode == Mode::Bearer);
        });
        on("POST", QStringLiteral("/refresh-token"), false, [this](const FakeRequest &r) {
            const QByteArray token = mode == Mode::Cookie
                ? cookies(r).value(cookieName("refresh_token"))
                : body(r).value(QStringLiteral("refresh_token")).toString().toLatin1();
            if (token.isEmpty())
                return json(401, QJsonObject{{QStringLiteral("result"), QStringLiteral("fail")},
                                             {QStringLiteral("message"), QStringLiteral("No refresh token provided")}});
            if (!m_refresh.remove(token))
                return json(401, QJsonObject{{QStringLiteral("result"), QStringLiteral("fail")},
                                             {QStringLiteral("message"), QStringLiteral("Invalid refresh token")}});
            ++refreshes;
            return issue(json(200, QJsonObject{{QStringLiteral("result"), QStringLiteral("success")}}), mode == Mode::Bearer);
        });
        const auto logout = [this](const FakeRequest &r) {
            m_refresh.remove(cookies(r).value(cookieName("refresh_token")));
            FakeResponse out = json(200, QJsonObject{{QStringLiteral("result"), QStringLiteral("success")}});
            for (const char *n : {"access_token", "refresh_token", "csrf_token"})
                out.headers.append(header("Set-Cookie", QByteArray(cookieName(n) + "=; Path=/; Max-Age=0")));
            return out;
        };
        on(mode == Mode::Cookie ? "POST" : "GET", QStringLiteral("/logout"), true, logout);
        on("GET", QStringLiteral("/account/profile"), true, [this](const FakeRequest &) {
            return json(200, QJsonObject{{QStringLiteral("id"), QStringLiteral("account-1")},
                                         {QStringLiteral("name"), QStringLiteral("Dev")},
                                         {QStringLiteral("email"), email}});
        });
        on("GET", QStringLiteral("/workspaces"), true, [this](const FakeRequest &) {
            QJsonArray arr;
            for (const Workspace &w : std::as_const(workspaces))
                arr.append(QJsonObject{{QStringLiteral("id"), w.id}, {QStringLiteral("name"), w.name},
                                       {QStringLiteral("plan"), QStringLiteral("sandbox")},
                                       {QStringLiteral("status"), QStringLiteral("normal")},
                                       {QStringLiteral("created_at"), 1733500000},
                                       {QStringLiteral("current"), w.id == currentTenant}});
            return json(200, QJsonObject{{QStringLiteral("workspaces"), arr}});
        });
        on("POST", QStringLiteral("/workspaces/current"), true, [this](const FakeRequest &) {
            for (const Workspace &w : std::as_const(workspaces))
                if (w.id == currentTenant)
                    return json(200, QJsonObject{{QStringLiteral("id"), w.id}, {QStringLiteral("name"), w.name},
                                                 {QStringLiteral("plan"), QStringLiteral("sandbox")},
                                                 {QStringLiteral("status"), QStringLiteral("normal")},
                                                 {QStringLiteral("role"), role}});
            return error(404, QStringLiteral("not_found"), QStringLiteral("Workspace not found."));
        });
        on("POST", QStringLiteral("/workspaces/switch"), true, [this](const FakeRequest &r) {
            const QString id = body(r).value(QStringLiteral("tenant_id")).toString();
            for (const Workspace &w : std::as_const(workspaces))
                if (w.id == id) {
                    currentTenant = id;
                    return json(200, QJsonObject{{QStringLiteral("result"), QStringLiteral("success")},
                                                 {QStringLiteral("new_tenant"), QJsonObject{{QStringLiteral("id"), w.id},
                                                                                            {QStringLiteral("name"), w.name}}}});
                }
            return error(400, QStringLiteral("account_not_link_tenant"), QStringLiteral("Account not link tenant"));
        });

        const QString p = QStringLiteral("/workspaces/current/plugin");
        on("GET", p + QStringLiteral("/list"), true, [this](const FakeRequest &r) {
            const int page = qMax(1, r.query.queryItemValue(QStringLiteral("page")).toInt());
            const int size = qBound(1, r.query.queryItemValue(QStringLiteral("page_size")).toInt(), 256);
            QJsonArray arr;
            for (qsizetype i = qsizetype(page - 1) * size; i < plugins.size() && arr.size() < size; ++i)
                arr.append(pluginJson(plugins.at(i)));
            return json(200, QJsonObject{{QStringLiteral("plugins"), arr}, {QStringLiteral("total"), int(plugins.size())}});
        });
        on("POST", p + QStringLiteral("/list/latest-versions"), true, [this](const FakeRequest &r) {
            QJsonObject versions;
            for (const QJsonValue &v : body(r).value(QStringLiteral("plugin_ids")).toArray()) {
                const QString id = v.toString();
                QString version = QStringLiteral("9.9.9");
                versions.insert(id, QJsonObject{{QStringLiteral("plugin_id"), id},
                                                {QStringLiteral("version"), version},
                                                {QStringLiteral("unique_identifier"), QString(id + QStringLiteral(":9.9.9@") + QString(64, QLatin1Char('f')))},
                                                {QStringLiteral("status"), QStringLiteral("active")},
                                                {QStringLiteral("deprecated_reason"), QString()},
                                                {QStringLiteral("alternative_plugin_id"), QString()}});
            }
            return json(200, QJsonObject{{QStringLiteral("versions"), versions}});
        });
        on("POST", p + QStringLiteral("/list/installations/ids"), true, [this](const FakeRequest &r) {
            const QJsonArray ids = body(r).value(QStringLiteral("plugin_ids")).toArray();
            QJsonArray arr;
            for (const StandInPlugin &pl : std::as_const(plugins))
                if (ids.contains(pl.pluginId))
                    arr.append(pluginJson(pl));
            return json(200, QJsonObject{{QStringLiteral("plugins"), arr}});
        });
        on("POST", p + QStringLiteral("/upload/pkg"), true, [this](const FakeRequest &r) {
            if (!mayInstall())
                return error(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"));
            ++uploads;
            const QByteArray pkg = multipartField(r, "pkg");
            if (pkg.isEmpty() && qEnvironmentVariableIsSet("STANDIN_DEBUG"))
                qWarning() << r.headers << r.body.left(400) << r.body.size();
            if (pkg.isEmpty())
                return error(400, QStringLiteral("invalid_param"), QStringLiteral("File is required."));
            if (pkg.size() > maxPackageBytes)
                return error(413, QStringLiteral("file_too_large"), QStringLiteral("File size exceeds the maximum allowed size"));
            auto reader = Studio::Package::PackageReader::fromBytes(pkg, QStringLiteral("upload.difypkg"));
            if (!reader)
                return error(400, QStringLiteral("plugin_error"),
                             QStringLiteral("PluginDaemonBadRequestError: zip: not a valid zip file"));
            const auto manifest = (*reader)->read(QStringLiteral("manifest.yaml"));
            const auto sum = (*reader)->checksum();
            if (!manifest || !sum)
                return error(400, QStringLiteral("plugin_error"), QStringLiteral("PluginDaemonBadRequestError: manifest.yaml not found"));
            const bool signedPkg = (*reader)->comment().contains("\"signature\"");
            if (signatureRequired && !signedPkg)
                return error(400, QStringLiteral("plugin_error"),
                             QStringLiteral("PluginDaemonBadRequestError: plugin verification has been enabled, and the "
                                            "plugin you want to install has a bad signature"));
            const QString author = manifestValue(*manifest, "author");
            const QString name = manifestValue(*manifest, "name");
            const QString ver = manifestValue(*manifest, "version");
            const QString id = Studio::Package::uniqueIdentifier(author, name, ver, *sum);
            const QJsonObject m{{QStringLiteral("author"), author}, {QStringLiteral("name"), name},
                                {QStringLiteral("version"), ver}, {QStringLiteral("verified"), signedPkg}};
            m_uploaded.insert(id, m);
            return json(200, QJsonObject{{QStringLiteral("unique_identifier"), id},
                                         {QStringLiteral("manifest"), m},
                                         {QStringLiteral("verification"), signedPkg ? QJsonValue(QJsonObject{{QStringLiteral("authorized_category"), QStringLiteral("community")}}) : QJsonValue()}});
        });
        on("POST", p + QStringLiteral("/install/pkg"), true, [this](const FakeRequest &r) {
            if (!mayInstall())
                return error(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"));
            QStringList ids;
            for (const QJsonValue &v : body(r).value(QStringLiteral("plugin_unique_identifiers")).toArray()) {
                if (!m_uploaded.contains(v.toString()))
                    return error(400, QStringLiteral("plugin_error"),
                                 QStringLiteral("PluginDaemonBadRequestError: plugin not found, please upload it first"));
                ids << v.toString();
            }
            return startTask(ids, QStringLiteral("package"));
        });
        on("POST", p + QStringLiteral("/install/marketplace"), true, [this](const FakeRequest &r) {
            if (!mayInstall())
                return error(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"));
            QStringList ids;
            for (const QJsonValue &v : body(r).value(QStringLiteral("plugin_unique_identifiers")).toArray())
                ids << v.toString();
            return startTask(ids, QStringLiteral("marketplace"));
        });
        on("POST", p + QStringLiteral("/upgrade/marketplace"), true, [this](const FakeRequest &r) {
            if (!mayInstall())
                return error(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"));
            const QJsonObject b = body(r);
            const QString from = b.value(QStringLiteral("original_plugin_unique_identifier")).toString();
            const QString to = b.value(QStringLiteral("new_plugin_unique_identifier")).toString();
            if (from == to)
                return error(400, QStringLiteral("invalid_param"), QStringLiteral("Original and new plugin unique identifiers are the same"));
            if (from.section(QLatin1Char(':'), 0, 0) != to.section(QLatin1Char(':'), 0, 0))
                return error(400, QStringLiteral("plugin_error"), QStringLiteral("PluginDaemonBadRequestError: original and new plugin id are different"));
            return startTask({to}, QStringLiteral("marketplace"));
        });
        on("GET", p + QStringLiteral("/tasks"), true, [this](const FakeRequest &) {
            if (!mayInstall())
                return error(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"));
            QJsonArray arr;
            for (auto it = tasks.begin(); it != tasks.end(); ++it) {
                advance(*it);
                arr.append(taskJson(*it));
            }
            return json(200, QJsonObject{{QStringLiteral("tasks"), arr}});
        });
        on("POST", p + QStringLiteral("/tasks/delete_all"), true, [this](const FakeRequest &) {
            tasks.clear();
            return json(200, QJsonObject{{QStringLiteral("success"), true}});
        });
        on("POST", p + QStringLiteral("/uninstall"), true, [this](const FakeRequest &r) {
            if (!mayInstall())
                return error(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"));
            const QString id = body(r).value(QStringLiteral("plugin_installation_id")).toString();
            for (qsizetype i = 0; i < plugins.size(); ++i)
                if (plugins.at(i).installationId == id)
                    plugins.removeAt(i--);
            return json(200, QJsonObject{{QStringLiteral("success"), true}});
        });
        on("GET", p + QStringLiteral("/permission/fetch"), true, [this](const FakeRequest &) {
            return json(200, QJsonObject{{QStringLiteral("install_permission"), installPermission},
                                         {QStringLiteral("debug_permission"), debugPermission}});
        });
        on("POST", p + QStringLiteral("/permission/change"), true, [this](const FakeRequest &r) {
            if (role != QLatin1String("owner") && role != QLatin1String("admin"))
                return error(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"));
            const QJsonObject b = body(r);
            installPermission = b.value(QStringLiteral("install_permission")).toString();
            debugPermission = b.value(QStringLiteral("debug_permission")).toString();
            return json(200, QJsonObject{{QStringLiteral("success"), true}});
        });
        on("GET", p + QStringLiteral("/debugging-key"), true, [this](const FakeRequest &) {
            if (!mayDebug())
                return error(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"));
            return json(200, QJsonObject{{QStringLiteral("key"), debugKey}, {QStringLiteral("host"), debugHost},
                                         {QStringLiteral("port"), debugPort}});
        });
        on("GET", QStringLiteral("/workspaces/current/endpoints/list"), true, [this](const FakeRequest &) {
            QJsonArray arr;
            for (const QJsonObject &e : std::as_const(endpoints))
                arr.append(e);
            return json(200, QJsonObject{{QStringLiteral("endpoints"), arr}, {QStringLiteral("has_more"), false},
                                         {QStringLiteral("limit"), 100}, {QStringLiteral("total"), int(arr.size())},
                                         {QStringLiteral("page"), 1}});
        });
    }

public:
    // tasks/{id} and tasks/{id}/delete have the id in the path: registered as each task is made
    // (FakeHttpServer matches exact paths).
    void registerTask(const QString &id)
    {
        if (m_taskRoutes.contains(id))
            return;
        m_taskRoutes.insert(id);
        const QString base = QStringLiteral("/workspaces/current/plugin/tasks/") + id;
        on("GET", base, true, [this, id](const FakeRequest &) {
            auto it = tasks.find(id);
            if (it == tasks.end())
                return error(400, QStringLiteral("plugin_error"), QStringLiteral("PluginDaemonNotFoundError: task not found"));
            advance(*it);
            return json(200, QJsonObject{{QStringLiteral("task"), taskJson(*it)}});
        });
        on("POST", base + QStringLiteral("/delete"), true, [this, id](const FakeRequest &) {
            tasks.remove(id);
            return json(200, QJsonObject{{QStringLiteral("success"), true}});
        });
    }

private:
    FakeHttpServer m_http;
    QHash<QByteArray, Fault> m_faults;
    QHash<QByteArray, Access> m_access;
    QSet<QByteArray> m_refresh;
    QHash<QString, int> m_failures;
    QHash<QString, QJsonObject> m_uploaded;
    QSet<QString> m_taskRoutes;
};

} // namespace TestSupport
