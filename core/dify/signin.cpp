// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dify/signin.h"

#include "core/common/printable.h"
#include "core/common/tr.h"

#include <QJsonArray>
#include <QMetaObject>
#include <QTimeZone>

namespace Studio::Dify {

namespace {

QString hostText(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

} // namespace

SignIn::SignIn(Net::Downloader *net, QObject *parent) : QObject(parent), m_net(net) {}

ConsoleError SignIn::simple(ConsoleErrorKind kind, const QString &message) const
{
    ConsoleError e;
    e.kind = kind;
    e.message = message;
    return e;
}

void SignIn::start(const SignInRequest &request)
{
    m_request = request;
    m_result = {};
    m_error.reset();
    m_finished = false;
    m_triedPlain = false;
    const auto api = ConsoleClient::consoleApiUrl(request.address);
    if (!api)
        return fail(simple(ConsoleErrorKind::BadRequest, api.error().message));
    if (request.email.trimmed().isEmpty() || request.password.isEmpty())
        return fail(simple(ConsoleErrorKind::BadRequest, StudioTr::tr("Give the e-mail and the password of your Dify "
                                                                      "account.")));
    delete m_client;
    m_client = new ConsoleClient(*api, m_net, this);
    probe();
}

void SignIn::cancel()
{
    if (m_finished)
        return;
    if (m_pending)
        m_pending->cancel();
    else
        fail(simple(ConsoleErrorKind::Cancelled, StudioTr::tr("Cancelled.")));
}

void SignIn::probe()
{
    emit step(StudioTr::tr("Connecting to %1 …").arg(hostText(m_client->apiUrl())));
    ConsoleRequest r;
    r.path = QStringLiteral("/system-features");
    r.signedIn = false;
    r.deadlineMs = 20000;
    r.stallMs = 15000;
    ConsoleReply *reply = m_client->send(r);
    m_pending = reply;
    connect(reply, &ConsoleReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_finished)
            return;
        if (!reply->isOk()) {
            ConsoleError e = *reply->error();
            if (e.kind == ConsoleErrorKind::NotFound)
                e.message = StudioTr::tr("%1 does not answer like a Dify (no /console/api/system-features): check the "
                                         "address (the one the Dify web console opens at).")
                                .arg(hostText(m_client->apiUrl()));
            return fail(e);
        }
        // http:// that redirected to https:// (or a path behind a proxy): keep what answered.
        const QUrl final = reply->finalUrl();
        const QString suffix = QStringLiteral("/console/api/system-features");
        if (final.isValid() && final.path().endsWith(suffix) && final.host() == m_client->apiUrl().host()) {
            QUrl api = final;
            api.setQuery(QString());
            api.setPath(final.path().chopped(int(suffix.size())) + QStringLiteral("/console/api"));
            m_client->setApiUrl(api);
        }
        m_result.features = reply->object();
        const QString version = reply->serverVersion();
        m_result.connection.difyVersion = version;
        if (!versionNumbers(version).isEmpty() && !versionAtLeast(version, kMinimumDifyVersion)) {
            ConsoleError e = simple(ConsoleErrorKind::TooOld,
                                    StudioTr::tr("The Dify at %1 is version %2: plugins came with Dify 1.0, so the studio "
                                                 "cannot manage or debug plugins there. Upgrade that Dify to 1.0 or later.")
                                        .arg(hostText(m_client->apiUrl()), printable(version)));
            return fail(e);
        }
        const QJsonValue pwd = m_result.features.value(QLatin1String("enable_email_password_login"));
        if (pwd.isBool() && !pwd.toBool())
            return fail(simple(ConsoleErrorKind::PasswordLoginOff,
                               StudioTr::tr("The Dify at %1 does not allow signing in with an e-mail and a password (its "
                                            "sign-in is single sign-on or e-mail codes only), so the studio cannot sign "
                                            "in there. Ask its admin to enable e-mail and password sign-in.")
                                   .arg(hostText(m_client->apiUrl()))));
        const QJsonObject install = m_result.features.value(QLatin1String("plugin_installation_permission")).toObject();
        m_result.connection.marketplaceOnly = install.value(QLatin1String("restrict_to_marketplace_only")).toBool();
        m_result.connection.installScope = install.value(QLatin1String("plugin_installation_scope")).toString();
        login(version.isEmpty() || versionAtLeast(version, kEncodedPasswordVersion));
    });
}

void SignIn::login(bool encoded)
{
    emit step(StudioTr::tr("Signing in as %1 …").arg(printable(m_request.email)));
    m_result.passwordEncoded = encoded;
    ConsoleRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/login");
    r.signedIn = false;
    r.deadlineMs = 30000;
    const QString password = encoded ? QString::fromLatin1(m_request.password.toUtf8().toBase64()) : m_request.password;
    r.json = QJsonObject{{QStringLiteral("email"), m_request.email.trimmed()},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("remember_me"), true}};
    ConsoleReply *reply = m_client->send(r);
    m_pending = reply;
    connect(reply, &ConsoleReply::finished, this, [this, reply, encoded] {
        reply->deleteLater();
        if (m_finished)
            return;
        const QString where = hostText(m_client->apiUrl());
        if (!reply->isOk()) {
            ConsoleError e = *reply->error();
            if (e.httpStatus == 401 && e.code == QLatin1String("authentication_failed")
                && e.serverMessage.contains(QLatin1String("Invalid encrypted data")) && encoded && !m_triedPlain) {
                m_triedPlain = true; // this Dify takes the password as typed
                return login(false);
            }
            if ((e.httpStatus == 401 && e.code == QLatin1String("authentication_failed"))
                || e.code == QLatin1String("email_or_password_mismatch") || e.code == QLatin1String("account_not_found")
                || e.code == QLatin1String("invalid_email_or_password")) {
                e.kind = ConsoleErrorKind::WrongPassword;
                e.message = StudioTr::tr("Dify at %1 refused the e-mail or the password for %2 (%3). Check both (the "
                                         "password is case-sensitive); after 5 failures Dify locks the e-mail for a while.")
                                .arg(where, printable(m_request.email),
                                     e.serverMessage.isEmpty() ? e.code : e.serverMessage);
            } else if (e.httpStatus == 429) {
                e.kind = ConsoleErrorKind::LoginLocked;
                e.message = StudioTr::tr("Too many failed sign-ins for %1 at %2: Dify now refuses this e-mail for a "
                                         "while, even with the right password (%3). Wait for its lock-out to pass, or "
                                         "reset the password from the web console.")
                                .arg(printable(m_request.email), where,
                                     e.serverMessage.isEmpty() ? QStringLiteral("HTTP 429") : e.serverMessage);
            }
            return fail(e);
        }
        const QJsonObject o = reply->object();
        if (o.value(QLatin1String("result")).toString() == QLatin1String("fail")) {
            const QJsonValue data = o.value(QLatin1String("data"));
            return fail(simple(ConsoleErrorKind::BadRequest,
                               StudioTr::tr("Dify at %1 did not sign %2 in: %3")
                                   .arg(where, printable(m_request.email),
                                        printable(data.isString() ? data.toString() : errorBodyMessage(o)))));
        }
        Tokens tokens;
        if (ConsoleClient::absorbCookies(reply->setCookie(), tokens) && !tokens.accessToken.isEmpty()) {
            tokens.mode = AuthMode::Cookie;
        } else {
            const QJsonObject data = o.value(QLatin1String("data")).toObject();
            tokens = Tokens{};
            tokens.mode = AuthMode::Bearer;
            tokens.accessToken = data.value(QLatin1String("access_token")).toString();
            tokens.refreshToken = data.value(QLatin1String("refresh_token")).toString();
            if (tokens.accessToken.isEmpty())
                return fail(simple(ConsoleErrorKind::Protocol,
                                   StudioTr::tr("Dify at %1 accepted the sign-in but sent no tokens back (neither cookies "
                                                "nor a token in the answer): is a proxy dropping its Set-Cookie fields?")
                                       .arg(where)));
        }
        m_result.tokens = tokens;
        m_client->setTokens(tokens);
        readAccount();
    });
}

void SignIn::readAccount()
{
    emit step(StudioTr::tr("Reading the account …"));
    ConsoleReply *reply = m_client->get(QStringLiteral("/account/profile"));
    m_pending = reply;
    connect(reply, &ConsoleReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_finished)
            return;
        if (!reply->isOk())
            return fail(*reply->error());
        const QJsonObject o = reply->object();
        m_result.connection.accountId = o.value(QLatin1String("id")).toString();
        m_result.connection.accountName = o.value(QLatin1String("name")).toString();
        const QString email = o.value(QLatin1String("email")).toString();
        m_result.connection.email = email.isEmpty() ? m_request.email.trimmed() : email;
        readWorkspaces();
    });
}

void SignIn::readWorkspaces()
{
    emit step(StudioTr::tr("Reading the workspaces …"));
    ConsoleReply *reply = m_client->get(QStringLiteral("/workspaces"));
    m_pending = reply;
    connect(reply, &ConsoleReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_finished)
            return;
        if (!reply->isOk())
            return fail(*reply->error());
        m_result.workspaces.clear();
        for (const QJsonValue &v : reply->object().value(QLatin1String("workspaces")).toArray())
            m_result.workspaces.append(RemoteWorkspaceInfo::fromJson(v.toObject()));
        readCurrent(false);
    });
}

void SignIn::readCurrent(bool afterSwitch)
{
    ConsoleRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/workspaces/current");
    ConsoleReply *reply = m_client->send(r);
    m_pending = reply;
    connect(reply, &ConsoleReply::finished, this, [this, reply, afterSwitch] {
        reply->deleteLater();
        if (m_finished)
            return;
        if (!reply->isOk())
            return fail(*reply->error());
        RemoteWorkspaceInfo current = RemoteWorkspaceInfo::fromJson(reply->object());
        current.current = true;
        const QString wanted = m_request.workspace.trimmed();
        if (!wanted.isEmpty() && !afterSwitch) {
            const RemoteWorkspaceInfo *match = nullptr;
            for (const RemoteWorkspaceInfo &w : std::as_const(m_result.workspaces))
                if (w.id == wanted || w.name == wanted)
                    match = &w;
            if (!match)
                for (const RemoteWorkspaceInfo &w : std::as_const(m_result.workspaces))
                    if (w.name.compare(wanted, Qt::CaseInsensitive) == 0)
                        match = &w;
            if (!match) {
                QStringList names;
                for (const RemoteWorkspaceInfo &w : std::as_const(m_result.workspaces))
                    names << printable(w.name);
                return fail(simple(ConsoleErrorKind::NotFound,
                                   StudioTr::tr("The account has no workspace '%1' in that Dify (it has: %2).")
                                       .arg(printable(wanted), names.join(QStringLiteral(", ")))));
            }
            if (match->id != current.id) {
                emit step(StudioTr::tr("Switching to the workspace %1 …").arg(printable(match->name)));
                ConsoleReply *sw = m_client->post(QStringLiteral("/workspaces/switch"),
                                                  QJsonObject{{QStringLiteral("tenant_id"), match->id}});
                m_pending = sw;
                connect(sw, &ConsoleReply::finished, this, [this, sw] {
                    sw->deleteLater();
                    if (m_finished)
                        return;
                    if (!sw->isOk())
                        return fail(*sw->error());
                    for (RemoteWorkspaceInfo &w : m_result.workspaces)
                        w.current = false;
                    readCurrent(true);
                });
                return;
            }
        }
        for (RemoteWorkspaceInfo &w : m_result.workspaces) {
            if (w.id == current.id) {
                w.current = true;
                w.role = current.role;
                if (current.name.isEmpty())
                    current.name = w.name;
            }
        }
        m_result.connection.workspace = current;
        succeed();
    });
}

void SignIn::fail(ConsoleError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    QMetaObject::invokeMethod(this, [this] { emit finished(); }, Qt::QueuedConnection);
}

void SignIn::succeed()
{
    if (m_finished)
        return;
    Connection &c = m_result.connection;
    c.name = m_request.connectionName;
    c.apiUrl = m_client->apiUrl();
    c.mode = m_client->tokens().mode;
    c.signedInAt = QDateTime::currentDateTimeUtc();
    if (!m_client->serverVersion().isEmpty())
        c.difyVersion = m_client->serverVersion();
    m_result.tokens = m_client->tokens();
    m_finished = true;
    QMetaObject::invokeMethod(this, [this] { emit finished(); }, Qt::QueuedConnection);
}

} // namespace Studio::Dify
