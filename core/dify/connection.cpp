// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dify/connection.h"

#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Studio::Dify {

namespace {

const QString kConnectionsKey = QStringLiteral("dify/connections");
const QString kCurrentKey = QStringLiteral("dify/current");
QString tokensKey(const QString &name)
{
    return QStringLiteral("dify/tokens/") + name;
}

} // namespace

QString signaturePolicyName(SignaturePolicy p)
{
    switch (p) {
    case SignaturePolicy::Required: return QStringLiteral("required");
    case SignaturePolicy::NotRequired: return QStringLiteral("not-required");
    case SignaturePolicy::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<SignaturePolicy> parseSignaturePolicy(const QString &text)
{
    if (text == QLatin1String("required"))
        return SignaturePolicy::Required;
    if (text == QLatin1String("not-required"))
        return SignaturePolicy::NotRequired;
    if (text == QLatin1String("unknown"))
        return SignaturePolicy::Unknown;
    return std::nullopt;
}

QJsonObject RemoteWorkspaceInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},         {QStringLiteral("name"), name},
                       {QStringLiteral("plan"), plan},     {QStringLiteral("status"), status},
                       {QStringLiteral("role"), role},     {QStringLiteral("current"), current}};
}

RemoteWorkspaceInfo RemoteWorkspaceInfo::fromJson(const QJsonObject &o)
{
    RemoteWorkspaceInfo w;
    w.id = o.value(QLatin1String("id")).toString();
    w.name = o.value(QLatin1String("name")).toString();
    w.plan = o.value(QLatin1String("plan")).toString();
    w.status = o.value(QLatin1String("status")).toString();
    w.role = o.value(QLatin1String("role")).toString();
    w.current = o.value(QLatin1String("current")).toBool();
    return w;
}

QString Connection::displayName() const
{
    QString who = accountName.isEmpty() ? email : accountName;
    QString s = printable(name) + QStringLiteral(" (") + printable(who) + QStringLiteral(" @ ") + printable(apiUrl.host());
    if (!workspace.name.isEmpty())
        s += QStringLiteral(", ") + printable(workspace.name);
    return s + QLatin1Char(')');
}

QJsonObject Connection::toJson() const
{
    QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("api_url"), apiUrl.toString()},
        {QStringLiteral("email"), email},
        {QStringLiteral("account_id"), accountId},
        {QStringLiteral("account_name"), accountName},
        {QStringLiteral("dify_version"), difyVersion},
        {QStringLiteral("auth_mode"), authModeName(mode)},
        {QStringLiteral("workspace"), workspace.toJson()},
        {QStringLiteral("signature_policy"), signaturePolicyName(signaturePolicy)},
        {QStringLiteral("marketplace_only"), marketplaceOnly},
        {QStringLiteral("install_scope"), installScope},
    };
    if (signedInAt.isValid())
        o.insert(QStringLiteral("signed_in_at"), signedInAt.toUTC().toString(Qt::ISODate));
    if (refusedUploadBytes > 0)
        o.insert(QStringLiteral("refused_upload_bytes"), double(refusedUploadBytes));
    return o;
}

Connection Connection::fromJson(const QJsonObject &o)
{
    Connection c;
    c.name = o.value(QLatin1String("name")).toString();
    c.apiUrl = QUrl(o.value(QLatin1String("api_url")).toString());
    c.email = o.value(QLatin1String("email")).toString();
    c.accountId = o.value(QLatin1String("account_id")).toString();
    c.accountName = o.value(QLatin1String("account_name")).toString();
    c.difyVersion = o.value(QLatin1String("dify_version")).toString();
    c.mode = o.value(QLatin1String("auth_mode")).toString() == QLatin1String("bearer") ? AuthMode::Bearer : AuthMode::Cookie;
    c.workspace = RemoteWorkspaceInfo::fromJson(o.value(QLatin1String("workspace")).toObject());
    c.signedInAt = QDateTime::fromString(o.value(QLatin1String("signed_in_at")).toString(), Qt::ISODate);
    c.signaturePolicy = parseSignaturePolicy(o.value(QLatin1String("signature_policy")).toString()).value_or(SignaturePolicy::Unknown);
    c.refusedUploadBytes = qint64(o.value(QLatin1String("refused_upload_bytes")).toDouble());
    c.marketplaceOnly = o.value(QLatin1String("marketplace_only")).toBool();
    c.installScope = o.value(QLatin1String("install_scope")).toString();
    return c;
}

bool ConnectionStore::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

QString ConnectionStore::suggestName(const QUrl &apiUrl) const
{
    QString base = apiUrl.host().toLower();
    if (apiUrl.port() > 0)
        base += QLatin1Char('-') + QString::number(apiUrl.port());
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]")), QStringLiteral("-"));
    while (!base.isEmpty() && !base.at(0).isLetterOrNumber())
        base.remove(0, 1);
    base = base.left(56);
    if (base.isEmpty())
        base = QStringLiteral("dify");
    QString name = base;
    for (int i = 2; find(name).has_value() && i < 1000; ++i)
        name = base + QLatin1Char('-') + QString::number(i);
    return name;
}

QList<Connection> ConnectionStore::list() const
{
    QList<Connection> out;
    if (!m_ws)
        return out;
    const QJsonArray arr = QJsonDocument::fromJson(m_ws->setting(kConnectionsKey).toUtf8()).array();
    for (const QJsonValue &v : arr) {
        Connection c = Connection::fromJson(v.toObject());
        if (isValidName(c.name) && c.apiUrl.isValid())
            out.append(c);
    }
    return out;
}

std::optional<Connection> ConnectionStore::find(const QString &name) const
{
    for (const Connection &c : list())
        if (c.name == name)
            return c;
    return std::nullopt;
}

QString ConnectionStore::currentName() const
{
    if (!m_ws)
        return {};
    const QString name = m_ws->setting(kCurrentKey);
    return find(name) ? name : QString();
}

std::optional<Connection> ConnectionStore::current() const
{
    const QString name = currentName();
    return name.isEmpty() ? std::nullopt : find(name);
}

Result<Connection> ConnectionStore::resolve(const QString &name) const
{
    if (!m_ws)
        return Error(ErrorCode::NotFound, StudioTr::tr("The studio workspace is not open, so no Dify connection is kept."));
    if (!name.isEmpty()) {
        if (auto c = find(name))
            return *c;
        QStringList names;
        for (const Connection &c : list())
            names << c.name;
        return Error(ErrorCode::NotFound,
                     names.isEmpty() ? StudioTr::tr("There is no Dify connection named '%1': sign in first "
                                                    "(plugin-studio-cli remote login URL --name %1).")
                                           .arg(printable(name))
                                     : StudioTr::tr("There is no Dify connection named '%1' (kept: %2).")
                                           .arg(printable(name), names.join(QStringLiteral(", "))));
    }
    if (auto c = current())
        return *c;
    return Error(ErrorCode::NotFound, StudioTr::tr("No Dify connection yet: sign in to a Dify first (Dify page > "
                                                   "Sign in, or plugin-studio-cli remote login URL)."));
}

VoidResult ConnectionStore::setCurrent(const QString &name)
{
    if (!m_ws)
        return Error(ErrorCode::NotFound, StudioTr::tr("The studio workspace is not open."));
    if (!name.isEmpty() && !find(name))
        return Error(ErrorCode::NotFound, StudioTr::tr("There is no Dify connection named '%1'.").arg(printable(name)));
    return m_ws->setSetting(kCurrentKey, name);
}

VoidResult ConnectionStore::write(const QList<Connection> &all)
{
    QJsonArray arr;
    for (const Connection &c : all)
        arr.append(c.toJson());
    return m_ws->setSetting(kConnectionsKey, QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact)));
}

VoidResult ConnectionStore::save(const Connection &connection)
{
    if (!m_ws)
        return Error(ErrorCode::NotFound, StudioTr::tr("The studio workspace is not open."));
    if (!isValidName(connection.name))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("'%1' cannot name a connection: use 1 to 64 letters, digits, "
                                                           "'.', '_' or '-', starting with a letter or digit.")
                                                  .arg(printable(connection.name)));
    QList<Connection> all = list();
    bool replaced = false;
    for (Connection &c : all) {
        if (c.name == connection.name) {
            c = connection;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(connection);
    if (auto w = write(all); !w)
        return w;
    if (currentName().isEmpty())
        return setCurrent(connection.name);
    return {};
}

VoidResult ConnectionStore::saveTokens(const QString &name, const Tokens &tokens)
{
    if (!m_ws)
        return Error(ErrorCode::NotFound, StudioTr::tr("The studio workspace is not open."));
    if (tokens.isEmpty())
        return m_ws->setSecretSetting(tokensKey(name), QString());
    return m_ws->setSecretSetting(tokensKey(name),
                                  QString::fromUtf8(QJsonDocument(tokens.toJson()).toJson(QJsonDocument::Compact)));
}

Result<Tokens> ConnectionStore::tokens(const QString &name) const
{
    if (!m_ws)
        return Error(ErrorCode::NotFound, StudioTr::tr("The studio workspace is not open."));
    auto sealed = m_ws->secretSetting(tokensKey(name));
    if (!sealed)
        return sealed.error();
    if (sealed->isEmpty())
        return Tokens{};
    return Tokens::fromJson(QJsonDocument::fromJson(sealed->toUtf8()).object());
}

VoidResult ConnectionStore::clearTokens(const QString &name)
{
    return saveTokens(name, Tokens{});
}

VoidResult ConnectionStore::remove(const QString &name)
{
    if (!m_ws)
        return Error(ErrorCode::NotFound, StudioTr::tr("The studio workspace is not open."));
    QList<Connection> all = list();
    const bool wasCurrent = currentName() == name;
    all.erase(std::remove_if(all.begin(), all.end(), [&name](const Connection &c) { return c.name == name; }), all.end());
    if (auto w = write(all); !w)
        return w;
    if (auto t = clearTokens(name); !t)
        return t;
    if (wasCurrent)
        return m_ws->setSetting(kCurrentKey, all.isEmpty() ? QString() : all.first().name);
    return {};
}

} // namespace Studio::Dify
