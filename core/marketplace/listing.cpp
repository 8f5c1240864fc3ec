// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/marketplace/listing.h"

#include <QJsonValue>

namespace Studio::Marketplace {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

qint64 integer(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isObject() ? v.toObject() : QJsonObject();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isArray() ? v.toArray() : QJsonArray();
}

} // namespace

QString I18nText::text(const QString &language) const
{
    if (const auto it = values.constFind(language); it != values.cend() && !it->isEmpty())
        return *it;
    if (const auto it = values.constFind(QStringLiteral("en_US")); it != values.cend() && !it->isEmpty())
        return *it;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!it->isEmpty())
            return *it;
    return {};
}

I18nText I18nText::fromJson(const QJsonValue &v)
{
    I18nText t;
    if (v.isString()) {
        t.values.insert(QStringLiteral("en_US"), v.toString());
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().isString())
                t.values.insert(it.key(), it.value().toString());
    }
    return t;
}

PluginListing PluginListing::fromJson(const QJsonValue &v)
{
    PluginListing p;
    if (!v.isObject())
        return p;
    const QJsonObject o = v.toObject();
    p.raw = o;
    p.type = str(o, "type");
    p.org = str(o, "org");
    p.name = str(o, "name");
    p.author = str(o, "author");
    if (p.org.isEmpty())
        p.org = p.author;
    p.pluginId = str(o, "plugin_id");
    if (p.pluginId.isEmpty() && !p.org.isEmpty() && !p.name.isEmpty())
        p.pluginId = p.org + QLatin1Char('/') + p.name;
    p.indexId = str(o, "index_id");
    p.version = str(o, "version");
    p.latestVersion = str(o, "latest_version");
    if (p.version.isEmpty())
        p.version = p.latestVersion;
    p.latestPackageIdentifier = str(o, "latest_package_identifier");
    p.icon = str(o, "icon");
    p.iconDark = str(o, "icon_dark");
    p.label = I18nText::fromJson(o.value(QLatin1String("label")));
    if (p.label.isEmpty())
        p.label = I18nText::fromJson(o.value(QLatin1String("labels")));
    p.brief = I18nText::fromJson(o.value(QLatin1String("brief")));
    p.description = I18nText::fromJson(o.value(QLatin1String("description")));
    p.introduction = str(o, "introduction");
    p.repository = str(o, "repository");
    p.category = str(o, "category");
    p.installCount = integer(o, "install_count");
    for (const QJsonValue &t : arr(o, "tags")) {
        if (t.isObject())
            p.tags << t.toObject().value(QLatin1String("name")).toString();
        else if (t.isString())
            p.tags << t.toString();
    }
    p.tags.removeAll(QString());
    for (const QJsonValue &b : arr(o, "badges"))
        if (b.isString())
            p.badges << b.toString();
    p.verified = o.value(QLatin1String("verified")).toBool(false);
    p.authorizedCategory = str(obj(o, "verification"), "authorized_category");
    p.status = str(o, "status");
    p.createdAt = str(o, "created_at");
    p.updatedAt = str(o, "updated_at");
    p.versionUpdatedAt = str(o, "version_updated_at");
    p.deprecatedReason = str(o, "deprecated_reason");
    p.alternativePluginId = str(o, "alternative_plugin_id");
    p.endpoint = obj(o, "endpoint");
    return p;
}

QString PluginListing::iconPath() const
{
    const QString kind = type == QLatin1String("bundle") ? QStringLiteral("bundles") : QStringLiteral("plugins");
    return kind + QLatin1Char('/') + org + QLatin1Char('/') + name + QStringLiteral("/icon");
}

Collection Collection::fromJson(const QJsonValue &v)
{
    Collection c;
    if (!v.isObject())
        return c;
    const QJsonObject o = v.toObject();
    c.name = str(o, "name");
    c.label = I18nText::fromJson(o.value(QLatin1String("label")));
    c.description = I18nText::fromJson(o.value(QLatin1String("description")));
    c.rule = str(o, "rule");
    c.createdAt = str(o, "created_at");
    c.updatedAt = str(o, "updated_at");
    c.searchable = o.value(QLatin1String("searchable")).toBool(false);
    c.searchParams = obj(o, "search_params");
    c.priority = int(integer(o, "priority"));
    return c;
}

VersionInfo VersionInfo::fromJson(const QJsonValue &v)
{
    VersionInfo i;
    if (!v.isObject())
        return i;
    const QJsonObject o = v.toObject();
    i.pluginOrg = str(o, "plugin_org");
    i.pluginName = str(o, "plugin_name");
    i.version = str(o, "version");
    i.fileName = str(o, "file_name");
    i.checksum = str(o, "checksum");
    i.createdAt = str(o, "created_at");
    i.uniqueIdentifier = str(o, "unique_identifier");
    return i;
}

Dependency Dependency::fromJson(const QJsonValue &v)
{
    Dependency d;
    if (!v.isObject())
        return d;
    const QJsonObject o = v.toObject();
    d.type = str(o, "type");
    d.value = obj(o, "value");
    return d;
}

SearchResult parseSearchResult(const QJsonObject &data, int page, int pageSize)
{
    SearchResult r;
    r.page = page;
    r.pageSize = pageSize;
    QJsonArray list = arr(data, "plugins");
    if (list.isEmpty())
        list = arr(data, "bundles");
    r.plugins.reserve(list.size());
    for (const QJsonValue &v : list) {
        if (v.isObject())
            r.plugins.append(PluginListing::fromJson(v));
    }
    r.total = data.contains(QLatin1String("total")) ? integer(data, "total") : r.plugins.size();
    return r;
}

QList<Collection> parseCollections(const QJsonObject &data)
{
    QList<Collection> out;
    for (const QJsonValue &v : arr(data, "collections"))
        if (v.isObject())
            out.append(Collection::fromJson(v));
    return out;
}

QList<VersionInfo> parseVersions(const QJsonObject &data)
{
    QList<VersionInfo> out;
    for (const QJsonValue &v : arr(data, "versions")) {
        VersionInfo i = VersionInfo::fromJson(v);
        if (!i.version.isEmpty())
            out.append(i);
    }
    return out;
}

QList<Dependency> parseBundleDependencies(const QJsonObject &data)
{
    QList<Dependency> out;
    QJsonArray deps = arr(obj(data, "version"), "dependencies");
    if (deps.isEmpty())
        deps = arr(data, "dependencies");
    for (const QJsonValue &v : deps) {
        Dependency d = Dependency::fromJson(v);
        if (!d.type.isEmpty())
            out.append(d);
    }
    return out;
}

PluginListing parsePluginDetail(const QJsonObject &data)
{
    PluginListing p = PluginListing::fromJson(data.value(QLatin1String("plugin")));
    const QString v = str(obj(data, "version"), "version");
    if (!v.isEmpty())
        p.version = v;
    return p;
}

QList<LatestVersion> parseLatestVersions(const QJsonObject &data)
{
    QList<LatestVersion> out;
    for (const QJsonValue &v : arr(data, "plugins")) {
        if (!v.isObject())
            continue;
        const PluginListing p = PluginListing::fromJson(v);
        LatestVersion l;
        l.pluginId = p.pluginId;
        l.version = p.latestVersion.isEmpty() ? p.version : p.latestVersion;
        l.uniqueIdentifier = p.latestPackageIdentifier;
        l.status = p.status;
        l.deprecatedReason = p.deprecatedReason;
        l.alternativePluginId = p.alternativePluginId;
        if (!l.pluginId.isEmpty())
            out.append(l);
    }
    for (const QJsonValue &v : arr(data, "list")) {
        if (!v.isObject())
            continue;
        const QJsonObject ver = obj(v.toObject(), "version");
        LatestVersion l;
        const QString org = str(ver, "plugin_org");
        const QString name = str(ver, "plugin_name");
        l.pluginId = org + QLatin1Char('/') + name;
        l.uniqueIdentifier = str(ver, "unique_identifier");
        l.version = str(ver, "version");
        if (l.version.isEmpty()) {
            const int colon = l.uniqueIdentifier.indexOf(QLatin1Char(':'));
            const int at = l.uniqueIdentifier.indexOf(QLatin1Char('@'));
            if (colon > 0)
                l.version = l.uniqueIdentifier.mid(colon + 1, at > colon ? at - colon - 1 : -1);
        }
        if (!org.isEmpty() && !name.isEmpty())
            out.append(l);
    }
    return out;
}

int compareVersions(const QString &a, const QString &b)
{
    auto split = [](const QString &v, QString &pre) {
        QString core = v.trimmed();
        if (core.startsWith(QLatin1Char('v')) || core.startsWith(QLatin1Char('V')))
            core.remove(0, 1);
        const int dash = core.indexOf(QLatin1Char('-'));
        if (dash >= 0) {
            pre = core.mid(dash + 1);
            core.truncate(dash);
        }
        QList<qint64> nums;
        for (const QString &p : core.split(QLatin1Char('.')))
            nums << p.toLongLong();
        while (nums.size() < 3)
            nums << 0;
        return nums;
    };
    QString preA, preB;
    const QList<qint64> na = split(a, preA);
    const QList<qint64> nb = split(b, preB);
    const qsizetype n = qMax(na.size(), nb.size());
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 x = i < na.size() ? na.at(i) : 0;
        const qint64 y = i < nb.size() ? nb.at(i) : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (preA == preB)
        return 0;
    if (preA.isEmpty())
        return 1; // a release is newer than its pre-release
    if (preB.isEmpty())
        return -1;
    return preA < preB ? -1 : 1;
}

} // namespace Studio::Marketplace
