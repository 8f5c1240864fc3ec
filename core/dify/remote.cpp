// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dify/remote.h"

#include "core/common/outputfile.h"
#include "core/common/printable.h"
#include "core/common/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace Studio::Dify {

namespace {

constexpr int kListPageSize = 64;            // plugins per page: declarations of model providers are large
constexpr qint64 kListPageCap = 32 * Net::kMiB;
constexpr int kMaxListPages = 200;           // 12,800 plugins
constexpr qint64 kMaxPackageUpload = kMaxPackageUploadBytes;
constexpr qint64 kMaxBundleUpload = kMaxBundleUploadBytes;
constexpr int kUploadDeadlineMs = 10 * 60 * 1000;
constexpr int kIdsPerBatch = 100;

ConsoleError shapeError(const ConsoleReply *reply, const QString &what)
{
    ConsoleError e;
    e.kind = ConsoleErrorKind::Protocol;
    e.path = reply->request().path;
    e.httpStatus = reply->httpStatus();
    e.message = StudioTr::tr("Dify's answer to %1 is not what the studio expects (%2); is this a Dify 1.x?")
                    .arg(reply->request().path, what);
    return e;
}

QDateTime parseTime(const QJsonValue &v)
{
    if (v.isString())
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (v.isDouble() && v.toDouble() > 0)
        return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), QTimeZone::utc());
    return {};
}

bool isLoopbackOrAny(const QString &host)
{
    if (host.isEmpty() || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && (a.isLoopback() || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6 || a == QHostAddress::Any);
}

bool vanishedTaskError(const ConsoleError &e)
{
    if (e.kind == ConsoleErrorKind::NotFound)
        return true;
    static const QRegularExpression notFound(QStringLiteral("not found|no such task|record not found|does not exist"),
                                             QRegularExpression::CaseInsensitiveOption);
    return (e.kind == ConsoleErrorKind::BadRequest || e.kind == ConsoleErrorKind::PluginDaemon)
        && notFound.match(e.serverMessage).hasMatch();
}

} // namespace

QString pluginIdOf(const QString &identifier)
{
    return identifier.section(QLatin1Char(':'), 0, 0);
}

QString i18nText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject o = value.toObject();
    const QString en = o.value(QLatin1String("en_US")).toString();
    if (!en.isEmpty())
        return en;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isString() && !it.value().toString().isEmpty())
            return it.value().toString();
    return {};
}

QString declarationCategory(const QJsonObject &d)
{
    const QString explicitCategory = d.value(QLatin1String("category")).toString();
    if (!explicitCategory.isEmpty())
        return explicitCategory;
    const QJsonObject plugins = d.value(QLatin1String("plugins")).toObject();
    const auto has = [&](const char *object, const char *list) {
        return d.value(QLatin1String(object)).isObject() || !plugins.value(QLatin1String(list)).toArray().isEmpty();
    };
    if (has("tool", "tools"))
        return QStringLiteral("tool");
    if (has("model", "models"))
        return QStringLiteral("model");
    if (has("datasource", "datasources"))
        return QStringLiteral("datasource");
    if (has("agent_strategy", "agent_strategies"))
        return QStringLiteral("agent-strategy");
    if (has("trigger", "triggers"))
        return QStringLiteral("trigger");
    return QStringLiteral("extension");
}

// ---------------------------------------------------------------- types

bool RemotePlugin::updateAvailable() const
{
    return source == QLatin1String("marketplace") && !latestVersion.isEmpty() && latestVersion != version
        && !latestIdentifier.isEmpty() && latestIdentifier != uniqueIdentifier;
}

QString RemotePlugin::signatureText() const
{
    return verified ? StudioTr::tr("verified") : StudioTr::tr("not verified");
}

QString RemotePlugin::runtimeStatusText() const
{
    if (isDebugging())
        return StudioTr::tr("debugging (connected)");
    if (runtimeType == QLatin1String("serverless"))
        return StudioTr::tr("serverless");
    if (runtimeType == QLatin1String("local"))
        return StudioTr::tr("installed (daemon)");
    return runtimeType.isEmpty() ? StudioTr::tr("installed") : printable(runtimeType);
}

QJsonObject RemotePlugin::toJson() const
{
    QJsonObject o{
        {QStringLiteral("installation_id"), installationId},
        {QStringLiteral("plugin_id"), pluginId},
        {QStringLiteral("unique_identifier"), uniqueIdentifier},
        {QStringLiteral("name"), name},
        {QStringLiteral("label"), label},
        {QStringLiteral("version"), version},
        {QStringLiteral("source"), source},
        {QStringLiteral("category"), category},
        {QStringLiteral("runtime_type"), runtimeType},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("endpoints_setups"), endpointsSetups},
        {QStringLiteral("endpoints_active"), endpointsActive},
        {QStringLiteral("meta"), meta},
    };
    if (installedAt.isValid())
        o.insert(QStringLiteral("installed_at"), installedAt.toUTC().toString(Qt::ISODate));
    if (!latestVersion.isEmpty()) {
        o.insert(QStringLiteral("latest_version"), latestVersion);
        o.insert(QStringLiteral("latest_unique_identifier"), latestIdentifier);
        o.insert(QStringLiteral("update_available"), updateAvailable());
    }
    if (!marketplaceStatus.isEmpty())
        o.insert(QStringLiteral("marketplace_status"), marketplaceStatus);
    if (!deprecatedReason.isEmpty())
        o.insert(QStringLiteral("deprecated_reason"), deprecatedReason);
    if (!alternativePluginId.isEmpty())
        o.insert(QStringLiteral("alternative_plugin_id"), alternativePluginId);
    return o;
}

RemotePlugin RemotePlugin::fromJson(const QJsonObject &o)
{
    RemotePlugin p;
    p.installationId = o.value(QLatin1String("installation_id")).toString();
    if (p.installationId.isEmpty())
        p.installationId = o.value(QLatin1String("id")).toString();
    p.uniqueIdentifier = o.value(QLatin1String("plugin_unique_identifier")).toString();
    p.pluginId = o.value(QLatin1String("plugin_id")).toString();
    if (p.pluginId.isEmpty())
        p.pluginId = pluginIdOf(p.uniqueIdentifier);
    p.declaration = o.value(QLatin1String("declaration")).toObject();
    p.name = o.value(QLatin1String("name")).toString();
    if (p.name.isEmpty())
        p.name = p.declaration.value(QLatin1String("name")).toString();
    p.version = o.value(QLatin1String("version")).toString();
    if (p.version.isEmpty())
        p.version = p.declaration.value(QLatin1String("version")).toString();
    p.author = p.declaration.value(QLatin1String("author")).toString();
    p.label = i18nText(p.declaration.value(QLatin1String("label")));
    p.category = p.declaration.isEmpty() ? QString() : declarationCategory(p.declaration);
    p.source = o.value(QLatin1String("source")).toString();
    p.runtimeType = o.value(QLatin1String("runtime_type")).toString();
    p.verified = p.declaration.value(QLatin1String("verified")).toBool();
    p.endpointsSetups = o.value(QLatin1String("endpoints_setups")).toInt();
    p.endpointsActive = o.value(QLatin1String("endpoints_active")).toInt();
    p.meta = o.value(QLatin1String("meta")).toObject();
    p.installedAt = parseTime(o.value(QLatin1String("created_at")));
    // Our own JSON (toJson) read back.
    if (p.uniqueIdentifier.isEmpty())
        p.uniqueIdentifier = o.value(QLatin1String("unique_identifier")).toString();
    if (p.category.isEmpty())
        p.category = o.value(QLatin1String("category")).toString();
    if (p.label.isEmpty())
        p.label = o.value(QLatin1String("label")).toString();
    if (!p.verified)
        p.verified = o.value(QLatin1String("verified")).toBool();
    p.latestVersion = o.value(QLatin1String("latest_version")).toString();
    p.latestIdentifier = o.value(QLatin1String("latest_unique_identifier")).toString();
    p.marketplaceStatus = o.value(QLatin1String("marketplace_status")).toString();
    return p;
}

QString RemoteTask::failureText() const
{
    QStringList lines;
    for (const RemoteTaskPlugin &p : plugins)
        if (p.status == QLatin1String("failed"))
            lines << QStringLiteral("%1: %2").arg(printable(p.identifier.isEmpty() ? p.pluginId : p.identifier),
                                                  printable(p.message, PrintableMode::MultiLine));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject RemoteTask::toJson() const
{
    QJsonArray ps;
    for (const RemoteTaskPlugin &p : plugins)
        ps.append(QJsonObject{{QStringLiteral("plugin_unique_identifier"), p.identifier},
                              {QStringLiteral("plugin_id"), p.pluginId},
                              {QStringLiteral("status"), p.status},
                              {QStringLiteral("message"), p.message},
                              {QStringLiteral("label"), p.label},
                              {QStringLiteral("source"), p.source}});
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("total_plugins"), total},
                  {QStringLiteral("completed_plugins"), completed},
                  {QStringLiteral("plugins"), ps}};
    if (createdAt.isValid())
        o.insert(QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate));
    if (updatedAt.isValid())
        o.insert(QStringLiteral("updated_at"), updatedAt.toUTC().toString(Qt::ISODate));
    return o;
}

RemoteTask RemoteTask::fromJson(const QJsonObject &o)
{
    RemoteTask t;
    t.id = o.value(QLatin1String("id")).toString();
    t.status = o.value(QLatin1String("status")).toString();
    t.total = o.value(QLatin1String("total_plugins")).toInt();
    t.completed = o.value(QLatin1String("completed_plugins")).toInt();
    t.createdAt = parseTime(o.value(QLatin1String("created_at")));
    t.updatedAt = parseTime(o.value(QLatin1String("updated_at")));
    for (const QJsonValue &v : o.value(QLatin1String("plugins")).toArray()) {
        const QJsonObject p = v.toObject();
        RemoteTaskPlugin tp;
        tp.identifier = p.value(QLatin1String("plugin_unique_identifier")).toString();
        tp.pluginId = p.value(QLatin1String("plugin_id")).toString();
        tp.status = p.value(QLatin1String("status")).toString();
        tp.message = p.value(QLatin1String("message")).toString();
        tp.label = i18nText(p.value(QLatin1String("labels")));
        if (tp.label.isEmpty())
            tp.label = p.value(QLatin1String("label")).toString();
        tp.source = p.value(QLatin1String("source")).toString();
        t.plugins.append(tp);
    }
    return t;
}

bool PluginPermissions::isValidValue(const QString &v)
{
    return v == QLatin1String("everyone") || v == QLatin1String("admins") || v == QLatin1String("noone");
}

QString DebuggingKey::reachableHost(const QUrl &consoleApi) const
{
    if (isLoopbackOrAny(host) && !isLoopbackOrAny(consoleApi.host()))
        return consoleApi.host();
    if (host.isEmpty())
        return consoleApi.host();
    return host;
}

QJsonObject RemoteEndpoint::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},           {QStringLiteral("name"), name},
                       {QStringLiteral("plugin_id"), pluginId}, {QStringLiteral("hook_id"), hookId},
                       {QStringLiteral("url"), url},         {QStringLiteral("enabled"), enabled},
                       {QStringLiteral("settings"), settings}, {QStringLiteral("endpoints"), paths}};
}

RemoteEndpoint RemoteEndpoint::fromJson(const QJsonObject &o)
{
    RemoteEndpoint e;
    e.id = o.value(QLatin1String("id")).toString();
    e.name = o.value(QLatin1String("name")).toString();
    e.pluginId = o.value(QLatin1String("plugin_id")).toString();
    e.hookId = o.value(QLatin1String("hook_id")).toString();
    e.url = o.value(QLatin1String("url")).toString();
    e.enabled = o.value(QLatin1String("enabled")).toBool();
    e.settings = o.value(QLatin1String("settings")).toObject();
    e.paths = o.value(QLatin1String("declaration")).toObject().value(QLatin1String("endpoints")).toArray();
    if (e.paths.isEmpty())
        e.paths = o.value(QLatin1String("endpoints")).toArray();
    return e;
}

// ---------------------------------------------------------------- remote

Remote::Remote(const Connection &connection, const Tokens &tokens, Net::Downloader *net, ConnectionStore *store,
               QObject *parent)
    : QObject(parent), m_connection(connection), m_client(new ConsoleClient(connection.apiUrl, net, this)), m_store(store)
{
    m_client->setApiUrl(connection.apiUrl);
    m_client->setTokens(tokens);
    connect(m_client, &ConsoleClient::tokensChanged, this, [this] {
        if (m_store)
            (void)m_store->saveTokens(m_connection.name, m_client->tokens());
    });
    connect(m_client, &ConsoleClient::sessionExpired, this, [this](const ConsoleError &e) {
        if (m_store)
            (void)m_store->clearTokens(m_connection.name);
        m_client->setTokens(Tokens{});
        emit signedOut(e.message);
    });
    connect(m_client, &ConsoleClient::versionSeen, this, [this](const QString &v) {
        if (v != m_connection.difyVersion) {
            m_connection.difyVersion = v;
            updateConnection(m_connection);
        }
    });
}

Result<Remote *> Remote::open(ConnectionStore *store, const QString &name, Net::Downloader *net, QObject *parent)
{
    auto c = store->resolve(name);
    if (!c)
        return c.error();
    auto t = store->tokens(c->name);
    if (!t)
        return Error(t.error().code, StudioTr::tr("The tokens of the Dify connection '%1' cannot be unsealed (%2): sign "
                                                  "in again.")
                                         .arg(printable(c->name), t.error().message));
    return new Remote(*c, *t, net, store, parent);
}

void Remote::updateConnection(const Connection &connection)
{
    m_connection = connection;
    if (m_store)
        (void)m_store->save(m_connection);
    emit connectionChanged();
}

template<typename T>
void Remote::call(ConsoleReply *reply, const Done<T> &done, std::function<Outcome<T>(const ConsoleReply *)> parse)
{
    connect(reply, &ConsoleReply::finished, this, [reply, done, parse] {
        reply->deleteLater();
        if (!reply->isOk())
            return done(Outcome<T>(*reply->error()));
        done(parse(reply));
    });
}

void Remote::workspaces(const Done<QList<RemoteWorkspaceInfo>> &done)
{
    call<QList<RemoteWorkspaceInfo>>(m_client->get(QStringLiteral("/workspaces")), done,
                                     [](const ConsoleReply *r) -> Outcome<QList<RemoteWorkspaceInfo>> {
                                         const QJsonValue arr = r->object().value(QLatin1String("workspaces"));
                                         if (!arr.isArray())
                                             return shapeError(r, QStringLiteral("no workspaces"));
                                         QList<RemoteWorkspaceInfo> out;
                                         for (const QJsonValue &v : arr.toArray())
                                             out.append(RemoteWorkspaceInfo::fromJson(v.toObject()));
                                         return out;
                                     });
}

void Remote::switchWorkspace(const QString &workspaceId, const Done<RemoteWorkspaceInfo> &done)
{
    QPointer<Remote> self(this);
    ConsoleReply *sw = m_client->post(QStringLiteral("/workspaces/switch"), QJsonObject{{QStringLiteral("tenant_id"), workspaceId}});
    call<Nothing>(sw, [self, done](const Outcome<Nothing> &r) {
        if (!self)
            return;
        if (!r)
            return done(r.error());
        ConsoleRequest cur;
        cur.method = "POST";
        cur.path = QStringLiteral("/workspaces/current");
        self->call<RemoteWorkspaceInfo>(self->m_client->send(cur), [self, done](const Outcome<RemoteWorkspaceInfo> &w) {
            if (self && w) {
                Connection c = self->m_connection;
                c.workspace = *w;
                c.workspace.current = true;
                self->updateConnection(c);
            }
            done(w);
        }, [](const ConsoleReply *r) -> Outcome<RemoteWorkspaceInfo> {
            RemoteWorkspaceInfo w = RemoteWorkspaceInfo::fromJson(r->object());
            if (w.id.isEmpty())
                return shapeError(r, QStringLiteral("no workspace id"));
            return w;
        });
    }, [](const ConsoleReply *) -> Outcome<Nothing> { return Nothing{}; });
}

void Remote::systemFeatures(const Done<QJsonObject> &done)
{
    ConsoleRequest r;
    r.path = QStringLiteral("/system-features");
    r.signedIn = false;
    call<QJsonObject>(m_client->send(r), done, [](const ConsoleReply *r) -> Outcome<QJsonObject> { return r->object(); });
}

void Remote::signOut(const Done<Nothing> &done)
{
    ConsoleRequest r;
    r.path = QStringLiteral("/logout");
    // Bearer-mode Dify (1.0-1.8) signs out with GET; the cookie-mode one with POST.
    r.method = m_client->tokens().mode == AuthMode::Bearer ? "GET" : "POST";
    r.emptyBodyOk = true;
    r.deadlineMs = 15000;
    QPointer<Remote> self(this);
    call<Nothing>(m_client->send(r), [self, done](const Outcome<Nothing> &result) {
        if (self) {
            self->m_client->setTokens(Tokens{});
            if (self->m_store)
                (void)self->m_store->clearTokens(self->m_connection.name);
            emit self->signedOut(StudioTr::tr("Signed out."));
        }
        done(result);
    }, [](const ConsoleReply *) -> Outcome<Nothing> { return Nothing{}; });
}

void Remote::listPlugins(const Done<QList<RemotePlugin>> &done)
{
    listPage(1, {}, done);
}

void Remote::listPage(int page, QList<RemotePlugin> collected, const Done<QList<RemotePlugin>> &done)
{
    ConsoleRequest r;
    r.path = QStringLiteral("/workspaces/current/plugin/list");
    r.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    r.query.addQueryItem(QStringLiteral("page_size"), QString::number(kListPageSize));
    r.maxBytes = kListPageCap;
    QPointer<Remote> self(this);
    ConsoleReply *reply = m_client->send(r);
    connect(reply, &ConsoleReply::finished, this, [self, reply, page, collected, done]() mutable {
        reply->deleteLater();
        if (!reply->isOk()) {
            ConsoleError e = *reply->error();
            if (e.kind == ConsoleErrorKind::NotFound && page == 1) {
                e.kind = ConsoleErrorKind::TooOld;
                e.message = StudioTr::tr("This Dify has no plugin API (%1 answered 404). Plugins came with Dify 1.0: "
                                         "upgrade that Dify to manage its plugins from the studio.")
                                .arg(reply->request().path);
            }
            return done(e);
        }
        const QJsonObject o = reply->object();
        const QJsonValue list = o.value(QLatin1String("plugins"));
        if (!list.isArray())
            return done(shapeError(reply, QStringLiteral("no plugins list")));
        const QJsonArray arr = list.toArray();
        for (const QJsonValue &v : arr)
            collected.append(RemotePlugin::fromJson(v.toObject()));
        const QJsonValue total = o.value(QLatin1String("total"));
        const bool more = total.isDouble() ? collected.size() < qint64(total.toDouble()) && !arr.isEmpty()
                                           : o.value(QLatin1String("has_more")).toBool() && !arr.isEmpty();
        if (more && page < kMaxListPages && self)
            return self->listPage(page + 1, collected, done);
        done(collected);
    });
}

void Remote::checkUpdates(const QList<RemotePlugin> &plugins, const Done<QList<RemotePlugin>> &done)
{
    QStringList ids;
    for (const RemotePlugin &p : plugins)
        if (p.source == QLatin1String("marketplace") && !ids.contains(p.pluginId))
            ids << p.pluginId;
    if (ids.isEmpty()) {
        QMetaObject::invokeMethod(this, [done, plugins] { done(plugins); }, Qt::QueuedConnection);
        return;
    }
    struct State
    {
        QList<RemotePlugin> plugins;
        QJsonObject versions;
        int pending = 0;
        std::optional<ConsoleError> error;
    };
    auto state = std::make_shared<State>();
    state->plugins = plugins;
    for (int i = 0; i < ids.size(); i += kIdsPerBatch) {
        QJsonArray batch;
        for (const QString &id : ids.mid(i, kIdsPerBatch))
            batch.append(id);
        ++state->pending;
        ConsoleReply *r = m_client->post(QStringLiteral("/workspaces/current/plugin/list/latest-versions"),
                                         QJsonObject{{QStringLiteral("plugin_ids"), batch}});
        connect(r, &ConsoleReply::finished, this, [r, state, done] {
            r->deleteLater();
            if (r->isOk()) {
                const QJsonObject v = r->object().value(QLatin1String("versions")).toObject();
                for (auto it = v.begin(); it != v.end(); ++it)
                    state->versions.insert(it.key(), it.value());
            } else if (!state->error) {
                state->error = *r->error();
            }
            if (--state->pending > 0)
                return;
            if (state->error && state->versions.isEmpty())
                return done(*state->error);
            for (RemotePlugin &p : state->plugins) {
                const QJsonObject v = state->versions.value(p.pluginId).toObject();
                if (v.isEmpty())
                    continue;
                p.latestVersion = v.value(QLatin1String("version")).toString();
                p.latestIdentifier = v.value(QLatin1String("unique_identifier")).toString();
                p.marketplaceStatus = v.value(QLatin1String("status")).toString();
                p.deprecatedReason = v.value(QLatin1String("deprecated_reason")).toString();
                p.alternativePluginId = v.value(QLatin1String("alternative_plugin_id")).toString();
            }
            done(state->plugins);
        });
    }
}

void Remote::installations(const QStringList &pluginIds, const Done<QList<RemotePlugin>> &done)
{
    QJsonArray ids;
    for (const QString &id : pluginIds)
        ids.append(id);
    call<QList<RemotePlugin>>(m_client->post(QStringLiteral("/workspaces/current/plugin/list/installations/ids"),
                                             QJsonObject{{QStringLiteral("plugin_ids"), ids}}),
                              done, [](const ConsoleReply *r) -> Outcome<QList<RemotePlugin>> {
                                  const QJsonValue list = r->object().value(QLatin1String("plugins"));
                                  if (!list.isArray())
                                      return shapeError(r, QStringLiteral("no plugins list"));
                                  QList<RemotePlugin> out;
                                  for (const QJsonValue &v : list.toArray())
                                      out.append(RemotePlugin::fromJson(v.toObject()));
                                  return out;
                              });
}

void Remote::learnFromUploadError(const ConsoleError &error, qint64 size)
{
    Connection c = m_connection;
    bool changed = false;
    if (error.kind == ConsoleErrorKind::TooLarge && size > 0
        && (c.refusedUploadBytes == 0 || size < c.refusedUploadBytes)) {
        c.refusedUploadBytes = size;
        changed = true;
    }
    static const QRegularExpression badSignature(QStringLiteral("bad signature|verification has been enabled|signature"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if ((error.kind == ConsoleErrorKind::PluginDaemon || error.kind == ConsoleErrorKind::BadRequest)
        && badSignature.match(error.serverMessage).hasMatch() && c.signaturePolicy != SignaturePolicy::Required) {
        c.signaturePolicy = SignaturePolicy::Required;
        changed = true;
    }
    if (changed)
        updateConnection(c);
}

void Remote::upload(const QString &path, const QByteArray &field, const QString &route, qint64 maxBytes,
                    const std::function<void(ConsoleReply *)> &then, const std::function<void(const ConsoleError &)> &fail,
                    const std::function<void(qint64, qint64)> &progress)
{
    const auto failLater = [this, fail](ConsoleError e) {
        QMetaObject::invokeMethod(this, [fail, e] { fail(e); }, Qt::QueuedConnection);
    };
    ConsoleError e;
    e.path = route;
    QFile f(path);
    const QFileInfo info(path);
    if (!info.isFile() || !f.open(QIODevice::ReadOnly)) {
        e.kind = ConsoleErrorKind::BadRequest;
        e.message = StudioTr::tr("Cannot read %1: %2").arg(printable(path), f.errorString());
        return failLater(e);
    }
    if (f.size() > maxBytes) {
        e.kind = ConsoleErrorKind::TooLarge;
        e.message = StudioTr::tr("%1 is %2 MiB; Dify's plugin daemon takes at most %3 MiB, so it was not uploaded.")
                        .arg(printable(info.fileName()))
                        .arg(double(f.size()) / double(Net::kMiB), 0, 'f', 1)
                        .arg(maxBytes / Net::kMiB);
        return failLater(e);
    }
    Net::FormPart part;
    part.name = field;
    part.fileName = info.fileName();
    part.contentType = "application/octet-stream";
    part.data = f.read(maxBytes + 1);
    if (part.data.size() != f.size()) {
        e.kind = ConsoleErrorKind::BadRequest;
        e.message = StudioTr::tr("Cannot read all of %1: %2").arg(printable(path), f.errorString());
        return failLater(e);
    }
    const qint64 size = part.data.size();
    ConsoleRequest r;
    r.method = "POST";
    r.path = route;
    r.parts = {part};
    r.deadlineMs = kUploadDeadlineMs;
    r.stallMs = 120000;
    r.permission = PermissionNeed::Install;
    ConsoleReply *reply = m_client->send(r);
    if (progress)
        connect(reply, &ConsoleReply::uploadProgress, this, [progress](qint64 sent, qint64 total) { progress(sent, total); });
    connect(reply, &ConsoleReply::finished, this, [this, reply, then, fail, size] {
        reply->deleteLater();
        if (!reply->isOk()) {
            ConsoleError err = *reply->error();
            if (err.kind == ConsoleErrorKind::Unreachable)
                err.message = StudioTr::tr("The upload to Dify did not complete: %1 Nothing was installed.").arg(err.message);
            learnFromUploadError(err, size);
            return fail(err);
        }
        then(reply);
    });
}

static Outcome<UploadResult> parseUpload(const ConsoleReply *r)
{
    const QJsonObject o = r->object();
    UploadResult u;
    u.uniqueIdentifier = o.value(QLatin1String("unique_identifier")).toString();
    if (u.uniqueIdentifier.isEmpty())
        return shapeError(r, QStringLiteral("no unique_identifier"));
    u.manifest = o.value(QLatin1String("manifest")).toObject();
    const QJsonObject v = o.value(QLatin1String("verification")).toObject();
    u.authorizedCategory = v.value(QLatin1String("authorized_category")).toString();
    u.verified = !v.isEmpty() || u.manifest.value(QLatin1String("verified")).toBool();
    return u;
}

void Remote::uploadPackage(const QString &path, const Done<UploadResult> &done, const std::function<void(qint64, qint64)> &progress)
{
    upload(path, "pkg", QStringLiteral("/workspaces/current/plugin/upload/pkg"), kMaxPackageUpload,
           [done](ConsoleReply *r) { done(parseUpload(r)); }, [done](const ConsoleError &e) { done(e); }, progress);
}

void Remote::uploadBundle(const QString &path, const Done<QJsonArray> &done, const std::function<void(qint64, qint64)> &progress)
{
    upload(path, "bundle", QStringLiteral("/workspaces/current/plugin/upload/bundle"), kMaxBundleUpload,
           [done](ConsoleReply *r) {
               if (!r->json().isArray())
                   return done(shapeError(r, QStringLiteral("no list of dependencies")));
               done(r->json().toArray());
           },
           [done](const ConsoleError &e) { done(e); }, progress);
}

void Remote::uploadGithub(const QString &repo, const QString &version, const QString &package, const Done<UploadResult> &done)
{
    ConsoleRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/workspaces/current/plugin/upload/github");
    r.json = QJsonObject{{QStringLiteral("repo"), repo}, {QStringLiteral("version"), version}, {QStringLiteral("package"), package}};
    r.deadlineMs = kUploadDeadlineMs;
    r.permission = PermissionNeed::Install;
    call<UploadResult>(m_client->send(r), done, parseUpload);
}

static Outcome<InstallStart> parseInstallStart(const ConsoleReply *r)
{
    const QJsonObject o = r->object();
    InstallStart s;
    s.allInstalled = o.value(QLatin1String("all_installed")).toBool();
    s.taskId = o.value(QLatin1String("task_id")).toString();
    if (!s.allInstalled && s.taskId.isEmpty())
        return shapeError(r, QStringLiteral("neither all_installed nor a task_id"));
    return s;
}

static QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

void Remote::installPackages(const QStringList &identifiers, const Done<InstallStart> &done)
{
    call<InstallStart>(m_client->post(QStringLiteral("/workspaces/current/plugin/install/pkg"),
                                      QJsonObject{{QStringLiteral("plugin_unique_identifiers"), toArray(identifiers)}},
                                      PermissionNeed::Install),
                       done, parseInstallStart);
}

void Remote::installMarketplace(const QStringList &identifiers, const Done<InstallStart> &done)
{
    ConsoleRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/workspaces/current/plugin/install/marketplace");
    r.json = QJsonObject{{QStringLiteral("plugin_unique_identifiers"), toArray(identifiers)}};
    r.deadlineMs = kUploadDeadlineMs; // Dify downloads the packages from the Marketplace first
    r.permission = PermissionNeed::Install;
    call<InstallStart>(m_client->send(r), done, parseInstallStart);
}

void Remote::installGithub(const QString &identifier, const QString &repo, const QString &version, const QString &package,
                           const Done<InstallStart> &done)
{
    call<InstallStart>(m_client->post(QStringLiteral("/workspaces/current/plugin/install/github"),
                                      QJsonObject{{QStringLiteral("plugin_unique_identifier"), identifier},
                                                  {QStringLiteral("repo"), repo},
                                                  {QStringLiteral("version"), version},
                                                  {QStringLiteral("package"), package}},
                                      PermissionNeed::Install),
                       done, parseInstallStart);
}

void Remote::upgradeMarketplace(const QString &original, const QString &replacement, const Done<InstallStart> &done)
{
    ConsoleRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/workspaces/current/plugin/upgrade/marketplace");
    r.json = QJsonObject{{QStringLiteral("original_plugin_unique_identifier"), original},
                         {QStringLiteral("new_plugin_unique_identifier"), replacement}};
    r.deadlineMs = kUploadDeadlineMs;
    r.permission = PermissionNeed::Install;
    call<InstallStart>(m_client->send(r), done, parseInstallStart);
}

void Remote::upgradeGithub(const QString &original, const QString &replacement, const QString &repo, const QString &version,
                           const QString &package, const Done<InstallStart> &done)
{
    ConsoleRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/workspaces/current/plugin/upgrade/github");
    r.json = QJsonObject{{QStringLiteral("original_plugin_unique_identifier"), original},
                         {QStringLiteral("new_plugin_unique_identifier"), replacement},
                         {QStringLiteral("repo"), repo},
                         {QStringLiteral("version"), version},
                         {QStringLiteral("package"), package}};
    r.deadlineMs = kUploadDeadlineMs;
    r.permission = PermissionNeed::Install;
    call<InstallStart>(m_client->send(r), done, parseInstallStart);
}

static Outcome<Nothing> parseSuccess(const ConsoleReply *r)
{
    const QJsonValue s = r->object().value(QLatin1String("success"));
    if (s.isBool() && !s.toBool()) {
        ConsoleError e;
        e.kind = ConsoleErrorKind::BadRequest;
        e.path = r->request().path;
        e.httpStatus = r->httpStatus();
        e.message = StudioTr::tr("Dify answered %1 with success: false (nothing was changed).").arg(r->request().path);
        return e;
    }
    return Nothing{};
}

void Remote::uninstall(const QString &installationId, const Done<Nothing> &done)
{
    call<Nothing>(m_client->post(QStringLiteral("/workspaces/current/plugin/uninstall"),
                                 QJsonObject{{QStringLiteral("plugin_installation_id"), installationId}},
                                 PermissionNeed::Install),
                  done, parseSuccess);
}

void Remote::marketplacePackage(const QString &identifier, const Done<QJsonObject> &done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("plugin_unique_identifier"), identifier);
    ConsoleRequest r;
    r.path = QStringLiteral("/workspaces/current/plugin/marketplace/pkg");
    r.query = q;
    r.deadlineMs = kUploadDeadlineMs;
    r.permission = PermissionNeed::Install;
    call<QJsonObject>(m_client->send(r), done, [](const ConsoleReply *r) -> Outcome<QJsonObject> {
        return r->object().value(QLatin1String("manifest")).toObject();
    });
}

void Remote::tasks(const Done<QList<RemoteTask>> &done, int pageSize)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(qBound(1, pageSize, 256)));
    call<QList<RemoteTask>>(m_client->get(QStringLiteral("/workspaces/current/plugin/tasks"), q, PermissionNeed::Install),
                            done, [](const ConsoleReply *r) -> Outcome<QList<RemoteTask>> {
                                const QJsonValue list = r->object().value(QLatin1String("tasks"));
                                if (!list.isArray())
                                    return shapeError(r, QStringLiteral("no tasks list"));
                                QList<RemoteTask> out;
                                for (const QJsonValue &v : list.toArray())
                                    out.append(RemoteTask::fromJson(v.toObject()));
                                return out;
                            });
}

void Remote::task(const QString &taskId, const Done<RemoteTask> &done)
{
    call<RemoteTask>(m_client->get(QStringLiteral("/workspaces/current/plugin/tasks/") + QString::fromLatin1(QUrl::toPercentEncoding(taskId)),
                                   {}, PermissionNeed::Install),
                     done, [](const ConsoleReply *r) -> Outcome<RemoteTask> {
                         const QJsonObject t = r->object().value(QLatin1String("task")).toObject();
                         if (t.isEmpty())
                             return shapeError(r, QStringLiteral("no task"));
                         return RemoteTask::fromJson(t);
                     });
}

void Remote::deleteTask(const QString &taskId, const Done<Nothing> &done)
{
    call<Nothing>(m_client->post(QStringLiteral("/workspaces/current/plugin/tasks/%1/delete")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(taskId))),
                                 QJsonObject{}, PermissionNeed::Install),
                  done, parseSuccess);
}

void Remote::deleteAllTasks(const Done<Nothing> &done)
{
    call<Nothing>(m_client->post(QStringLiteral("/workspaces/current/plugin/tasks/delete_all"), QJsonObject{}, PermissionNeed::Install),
                  done, parseSuccess);
}

void Remote::permissions(const Done<PluginPermissions> &done)
{
    call<PluginPermissions>(m_client->get(QStringLiteral("/workspaces/current/plugin/permission/fetch")), done,
                            [](const ConsoleReply *r) -> Outcome<PluginPermissions> {
                                const QJsonObject o = r->object();
                                PluginPermissions p;
                                p.install = o.value(QLatin1String("install_permission")).toString();
                                p.debug = o.value(QLatin1String("debug_permission")).toString();
                                if (!PluginPermissions::isValidValue(p.install) || !PluginPermissions::isValidValue(p.debug))
                                    return shapeError(r, QStringLiteral("unknown permission values"));
                                return p;
                            });
}

void Remote::setPermissions(const PluginPermissions &permissions, const Done<Nothing> &done)
{
    if (!PluginPermissions::isValidValue(permissions.install) || !PluginPermissions::isValidValue(permissions.debug)) {
        ConsoleError e;
        e.kind = ConsoleErrorKind::BadRequest;
        e.message = StudioTr::tr("A plugin permission is everyone, admins or noone.");
        QMetaObject::invokeMethod(this, [done, e] { done(e); }, Qt::QueuedConnection);
        return;
    }
    call<Nothing>(m_client->post(QStringLiteral("/workspaces/current/plugin/permission/change"),
                                 QJsonObject{{QStringLiteral("install_permission"), permissions.install},
                                             {QStringLiteral("debug_permission"), permissions.debug}},
                                 PermissionNeed::Admin),
                  done, parseSuccess);
}

void Remote::debuggingKey(const Done<DebuggingKey> &done)
{
    call<DebuggingKey>(m_client->get(QStringLiteral("/workspaces/current/plugin/debugging-key"), {}, PermissionNeed::Debug),
                       done, [](const ConsoleReply *r) -> Outcome<DebuggingKey> {
                           const QJsonObject o = r->object();
                           DebuggingKey k;
                           k.key = o.value(QLatin1String("key")).toString();
                           k.host = o.value(QLatin1String("host")).toString();
                           const QJsonValue port = o.value(QLatin1String("port"));
                           k.port = port.isString() ? port.toString().toInt() : port.toInt();
                           if (k.key.isEmpty() || k.port <= 0 || k.port > 65535)
                               return shapeError(r, QStringLiteral("no key, host and port"));
                           return k;
                       });
}

void Remote::endpoints(const Done<QList<RemoteEndpoint>> &done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("256"));
    call<QList<RemoteEndpoint>>(m_client->get(QStringLiteral("/workspaces/current/endpoints/list"), q), done,
                                [](const ConsoleReply *r) -> Outcome<QList<RemoteEndpoint>> {
                                    const QJsonValue list = r->object().value(QLatin1String("endpoints"));
                                    if (!list.isArray())
                                        return shapeError(r, QStringLiteral("no endpoints list"));
                                    QList<RemoteEndpoint> out;
                                    for (const QJsonValue &v : list.toArray())
                                        out.append(RemoteEndpoint::fromJson(v.toObject()));
                                    return out;
                                });
}

void Remote::createEndpoint(const QString &identifier, const QString &name, const QJsonObject &settings,
                            const Done<Nothing> &done)
{
    call<Nothing>(m_client->post(QStringLiteral("/workspaces/current/endpoints/create"),
                                 QJsonObject{{QStringLiteral("plugin_unique_identifier"), identifier},
                                             {QStringLiteral("settings"), settings},
                                             {QStringLiteral("name"), name}},
                                 PermissionNeed::Admin),
                  done, parseSuccess);
}

void Remote::setEndpointEnabled(const QString &endpointId, bool enabled, const Done<Nothing> &done)
{
    call<Nothing>(m_client->post(enabled ? QStringLiteral("/workspaces/current/endpoints/enable")
                                         : QStringLiteral("/workspaces/current/endpoints/disable"),
                                 QJsonObject{{QStringLiteral("endpoint_id"), endpointId}}, PermissionNeed::Admin),
                  done, parseSuccess);
}

void Remote::deleteEndpoint(const QString &endpointId, const Done<Nothing> &done)
{
    call<Nothing>(m_client->post(QStringLiteral("/workspaces/current/endpoints/delete"),
                                 QJsonObject{{QStringLiteral("endpoint_id"), endpointId}}, PermissionNeed::Admin),
                  done, parseSuccess);
}

void Remote::toolCredentials(const QString &provider, const Done<QList<RemoteCredential>> &done)
{
    const QString base = QStringLiteral("/workspaces/current/tool-provider/builtin/") + provider;
    QPointer<Remote> self(this);
    const auto parse = [](const ConsoleReply *r) -> Outcome<QList<RemoteCredential>> {
        QList<RemoteCredential> out;
        const QJsonValue list = r->json().isArray() ? r->json() : r->object().value(QLatin1String("credentials"));
        if (list.isArray()) {
            for (const QJsonValue &v : list.toArray()) {
                const QJsonObject o = v.toObject();
                RemoteCredential c;
                c.id = o.value(QLatin1String("id")).toString();
                c.name = o.value(QLatin1String("name")).toString();
                c.type = o.value(QLatin1String("credential_type")).toString();
                c.isDefault = o.value(QLatin1String("is_default")).toBool();
                c.values = o.value(QLatin1String("credentials")).toObject();
                out.append(c);
            }
        } else if (list.isObject()) { // older Dify: one credential per provider, masked
            RemoteCredential c;
            c.name = QStringLiteral("default");
            c.type = QStringLiteral("api-key");
            c.isDefault = true;
            c.values = list.toObject();
            out.append(c);
        }
        return out;
    };
    ConsoleReply *info = m_client->get(base + QStringLiteral("/credential/info"));
    connect(info, &ConsoleReply::finished, this, [self, info, base, parse, done] {
        info->deleteLater();
        if (info->isOk())
            return done(parse(info));
        if (!self || info->error()->kind != ConsoleErrorKind::NotFound)
            return done(*info->error());
        self->call<QList<RemoteCredential>>(self->m_client->get(base + QStringLiteral("/credentials")), done, parse);
    });
}

// ---------------------------------------------------------------- task follower

TaskFollower::TaskFollower(Remote *remote, const QString &taskId, const QStringList &expectedIdentifiers, QObject *parent)
    : QObject(parent), m_remote(remote), m_taskId(taskId), m_expected(expectedIdentifiers)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskFollower::poll);
}

void TaskFollower::start()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_timer.start(0);
}

void TaskFollower::stop()
{
    m_stopped = true;
    m_timer.stop();
}

void TaskFollower::poll()
{
    if (m_stopped || m_finished)
        return;
    if (!m_remote)
        return end(false, StudioTr::tr("The Dify connection went away while following the install task."));
    if (QDateTime::currentMSecsSinceEpoch() - m_startedMs > m_deadlineMs)
        return end(false, StudioTr::tr("The install task %1 has not finished after %2 minutes (its last state: %3). It "
                                       "may still end in Dify: see plugin-studio-cli remote tasks.")
                              .arg(m_taskId)
                              .arg(m_deadlineMs / 60000)
                              .arg(m_last.status.isEmpty() ? StudioTr::tr("unknown") : m_last.status));
    ++m_polls;
    QPointer<TaskFollower> self(this);
    m_remote->task(m_taskId, [self](const Outcome<RemoteTask> &r) {
        if (!self || self->m_stopped || self->m_finished)
            return;
        if (r) {
            self->m_failures = 0;
            self->m_last = *r;
            emit self->progress(self->m_last);
            if (self->m_last.isFinished()) {
                const bool ok = self->m_last.status == QLatin1String("success");
                return self->end(ok, ok ? QString()
                                        : StudioTr::tr("The install failed in Dify:\n%1")
                                              .arg(self->m_last.failureText().isEmpty() ? StudioTr::tr("(no message)")
                                                                                        : self->m_last.failureText()));
            }
            self->m_timer.start(self->m_polls < 10 ? self->m_firstMs : self->m_laterMs);
            return;
        }
        const ConsoleError &e = r.error();
        if (vanishedTaskError(e))
            return self->settleVanished();
        if (e.kind == ConsoleErrorKind::SignInRequired || e.kind == ConsoleErrorKind::PermissionDenied
            || e.kind == ConsoleErrorKind::TooOld || ++self->m_failures >= 6)
            return self->end(false, StudioTr::tr("Stopped following the install task %1: %2 The task may still be "
                                                 "running in Dify (plugin-studio-cli remote tasks).")
                                        .arg(self->m_taskId, e.message));
        self->m_timer.start(self->m_laterMs);
    });
}

void TaskFollower::settleVanished()
{
    if (m_last.status == QLatin1String("success"))
        return end(true, QString());
    QStringList ids;
    for (const QString &identifier : std::as_const(m_expected))
        ids << pluginIdOf(identifier);
    if (ids.isEmpty())
        for (const RemoteTaskPlugin &p : std::as_const(m_last.plugins))
            ids << p.pluginId;
    if (!m_remote || ids.isEmpty())
        return end(false, StudioTr::tr("The install task %1 disappeared before the studio saw it finish; nothing shows "
                                       "that it installed.")
                              .arg(m_taskId));
    QPointer<TaskFollower> self(this);
    m_remote->installations(ids, [self](const Outcome<QList<RemotePlugin>> &r) {
        if (!self || self->m_finished)
            return;
        if (!r)
            return self->end(false, StudioTr::tr("The install task %1 disappeared before the studio saw it finish, and "
                                                 "the installed plugins cannot be read (%2): it may not have installed.")
                                        .arg(self->m_taskId, r.error().message));
        QStringList missing;
        for (const QString &identifier : std::as_const(self->m_expected)) {
            bool found = false;
            for (const RemotePlugin &p : *r)
                found = found || p.uniqueIdentifier == identifier;
            if (!found)
                missing << printable(identifier);
        }
        if (missing.isEmpty() && !self->m_expected.isEmpty())
            return self->end(true, QString());
        self->end(false, StudioTr::tr("The install task %1 disappeared before it finished, and Dify does not list %2 as "
                                      "installed: it did not install.")
                             .arg(self->m_taskId,
                                  missing.isEmpty() ? StudioTr::tr("the plugin") : missing.join(QStringLiteral(", "))));
    });
}

void TaskFollower::end(bool ok, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_ok = ok;
    m_error = error;
    m_timer.stop();
    emit finished(ok);
}

VoidResult writeRemoteDebugEnv(const QString &path, const QString &hostPort, const QString &key)
{
    constexpr qint64 MaxEnv = 1024 * 1024;
    QStringList lines;
    QFile in(path);
    if (in.exists()) {
        if (in.size() > MaxEnv)
            return Error(ErrorCode::TooLarge, StudioTr::tr("%1 is larger than 1 MiB; it was not changed (is it a .env "
                                                               "file?)").arg(path), path);
        if (!in.open(QIODevice::ReadOnly))
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot read %1: %2").arg(path, in.errorString()), path);
        for (const QString &l : QString::fromUtf8(in.readAll()).split(QLatin1Char('\n')))
            if (!l.startsWith(QLatin1String("INSTALL_METHOD=")) && !l.startsWith(QLatin1String("REMOTE_INSTALL_")))
                lines << l;
        in.close();
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    lines << QStringLiteral("INSTALL_METHOD=remote") << QStringLiteral("REMOTE_INSTALL_URL=%1").arg(hostPort)
          << QStringLiteral("REMOTE_INSTALL_KEY=%1").arg(key) << QString();
    if (auto w = OutputFile::writeAll(path, lines.join(QLatin1Char('\n')).toUtf8()); !w)
        return w.error();
    return {};
}

} // namespace Studio::Dify
