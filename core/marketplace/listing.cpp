// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/marketplace/listing.h"

#include "core/plugin/pluginid.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

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
        return v.toInteger(); // 0 for a fraction or a number beyond qint64 (no undefined cast)
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
        p.pluginId = Plugin::pluginIdOf(p.org, p.name);
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
        l.pluginId = Plugin::pluginIdOf(org, name);
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

Banner Banner::fromJson(const QJsonValue &v)
{
    Banner b;
    if (!v.isObject())
        return b;
    const QJsonObject o = v.toObject();
    b.raw = o;
    b.id = str(o, "id");
    b.type = str(o, "type");
    if (b.type.isEmpty())
        b.type = str(o, "category");
    for (const char *k : {"title", "label", "name"}) {
        b.title = I18nText::fromJson(o.value(QLatin1String(k)));
        if (!b.title.isEmpty())
            break;
    }
    for (const char *k : {"description", "subtitle", "brief"}) {
        b.description = I18nText::fromJson(o.value(QLatin1String(k)));
        if (!b.description.isEmpty())
            break;
    }
    for (const char *k : {"image_url", "image", "img", "img_src", "cover", "banner_url"}) {
        b.imageUrl = str(o, k);
        if (!b.imageUrl.isEmpty())
            break;
    }
    for (const char *k : {"link", "url", "href", "jump_url", "redirect_url", "target_url"}) {
        b.link = str(o, k);
        if (!b.link.isEmpty())
            break;
    }
    b.pluginId = str(o, "plugin_id");
    if (b.pluginId.isEmpty() && !b.link.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("/plugins?/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/?(?:[?#].*)?$"));
        const QRegularExpressionMatch m = re.match(b.link);
        if (m.hasMatch())
            b.pluginId = m.captured(1) + QLatin1Char('/') + m.captured(2);
    }
    b.sortOrder = int(o.contains(QLatin1String("sort_order")) ? integer(o, "sort_order") : integer(o, "priority"));
    return b;
}

QList<Banner> parseBanners(const QJsonObject &data)
{
    QJsonArray list = arr(data, "banners");
    if (list.isEmpty())
        list = arr(data, "list");
    if (list.isEmpty())
        list = arr(data, "items");
    QList<Banner> out;
    for (const QJsonValue &v : list) {
        Banner b = Banner::fromJson(v);
        if (!b.title.isEmpty() || !b.imageUrl.isEmpty())
            out.append(b);
    }
    std::stable_sort(out.begin(), out.end(), [](const Banner &a, const Banner &b) { return a.sortOrder < b.sortOrder; });
    return out;
}

UnifiedSearchResult parseUnifiedSearch(const QJsonObject &data)
{
    UnifiedSearchResult r;
    const QJsonObject plugins = obj(data, "plugins");
    for (const QJsonValue &v : arr(plugins, "items")) {
        if (!v.isObject())
            continue;
        PluginListing p = PluginListing::fromJson(v);
        if (p.pluginId.isEmpty() && p.indexId.contains(QLatin1String("___")))
            p.pluginId = QString(p.indexId).replace(QLatin1String("___"), QLatin1String("/"));
        if (!p.pluginId.isEmpty())
            r.plugins.append(p);
    }
    r.pluginsTotal = plugins.contains(QLatin1String("total")) ? integer(plugins, "total") : r.plugins.size();
    r.creatorsTotal = integer(obj(data, "creators"), "total");
    r.organizationsTotal = integer(obj(data, "organizations"), "total");
    r.templatesTotal = integer(obj(data, "templates"), "total");
    return r;
}

QList<PluginListing> parseIdentifierBatch(const QJsonObject &data)
{
    QList<PluginListing> out;
    for (const QJsonValue &v : arr(data, "plugins")) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        const PluginListing p = o.value(QLatin1String("plugin")).isObject() ? parsePluginDetail(o) : PluginListing::fromJson(o);
        if (!p.pluginId.isEmpty())
            out.append(p);
    }
    return out;
}

QList<LatestVersion> parseCatalogueManifest(const QJsonObject &root)
{
    QList<LatestVersion> out;
    const QJsonArray list = arr(root, "plugins");
    out.reserve(list.size());
    for (const QJsonValue &v : list) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        const QString org = str(o, "org");
        const QString name = str(o, "name");
        if (org.isEmpty() || name.isEmpty())
            continue;
        LatestVersion l;
        l.pluginId = Plugin::pluginIdOf(org, name);
        l.version = str(o, "latest_version");
        l.uniqueIdentifier = str(o, "latest_package_identifier");
        l.packageUrl = str(o, "latest_package_url");
        l.status = str(o, "status");
        out.append(l);
    }
    return out;
}

bool marketplaceDependencyTarget(const Dependency &d, QString *pluginId, QString *version, QString *pattern,
                                 QString *uniqueIdentifier)
{
    if (d.type != QLatin1String("marketplace"))
        return false;
    QString id, ver, pat, uid;
    uid = str(d.value, "marketplace_plugin_unique_identifier");
    if (uid.isEmpty())
        uid = str(d.value, "plugin_unique_identifier");
    pat = str(d.value, "marketplace_pattern");
    if (!uid.isEmpty()) {
        const QString noSum = uid.section(QLatin1Char('@'), 0, 0);
        id = noSum.section(QLatin1Char(':'), 0, 0);
        ver = noSum.section(QLatin1Char(':'), 1);
        if (pat.isEmpty())
            pat = noSum;
    } else if (!pat.isEmpty()) {
        id = pat.section(QLatin1Char(':'), 0, 0);
        ver = pat.section(QLatin1Char(':'), 1);
    } else {
        const QString org = str(d.value, "organization");
        const QString plugin = str(d.value, "plugin");
        ver = str(d.value, "version");
        if (!org.isEmpty() && !plugin.isEmpty())
            id = org + QLatin1Char('/') + plugin;
        pat = ver.isEmpty() ? id : id + QLatin1Char(':') + ver;
    }
    const int slash = int(id.indexOf(QLatin1Char('/')));
    if (slash <= 0 || slash == id.size() - 1)
        return false;
    if (pluginId)
        *pluginId = id;
    if (version)
        *version = ver;
    if (pattern)
        *pattern = pat;
    if (uniqueIdentifier)
        *uniqueIdentifier = uid;
    return true;
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
