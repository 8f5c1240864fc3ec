// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types for Dify Marketplace answers (install-and-marketplace.md §1.3). Every parser is
// defensive: missing fields and wrong JSON types give empty values, never a crash.

#include "core/plugin/i18ntext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Studio::Marketplace {

// An i18n object {en_US, zh_Hans, ...}: the one I18nText type (core/plugin/i18ntext.h).
using I18nText = Plugin::I18nText;

struct PluginListing
{
    QString type;                    // plugin|bundle|model|tool|...
    QString org;
    QString name;
    QString author;
    QString pluginId;                // org/name
    QString indexId;
    QString version;
    QString latestVersion;
    QString latestPackageIdentifier; // org/name:ver@sha256 — what you install
    QString icon;
    QString iconDark;
    I18nText label;                  // bundles: "labels"
    I18nText brief;
    I18nText description;
    QString introduction;
    QString repository;
    QString category;
    qint64 installCount = 0;
    QStringList tags;
    QStringList badges;
    bool verified = false;
    QString authorizedCategory;      // verification.authorized_category
    QString status;                  // active|deleted
    QString createdAt;
    QString updatedAt;
    QString versionUpdatedAt;
    QString deprecatedReason;
    QString alternativePluginId;
    QJsonObject endpoint;            // {settings: [...]}, extension preview
    QJsonObject raw;                 // the whole object, for fields not modelled

    static PluginListing fromJson(const QJsonValue &v);
    // Icon path relative to the API base: plugins/{org}/{name}/icon (or bundles/...).
    QString iconPath() const;
};

struct SearchResult
{
    QList<PluginListing> plugins;
    qint64 total = 0;
    int page = 1;
    int pageSize = 40;
    bool hasMore() const { return qint64(page) * pageSize < total; }
};

struct Collection
{
    QString name;
    I18nText label;
    I18nText description;
    QString rule;
    QString createdAt;
    QString updatedAt;
    bool searchable = false;
    QJsonObject searchParams;
    int priority = 0;
    static Collection fromJson(const QJsonValue &v);
};

struct VersionInfo
{
    QString pluginOrg;
    QString pluginName;
    QString version;
    QString fileName;
    QString checksum;
    QString createdAt;
    QString uniqueIdentifier;
    static VersionInfo fromJson(const QJsonValue &v);
};

// A bundle dependency as the Marketplace returns it (formats.md / §3.1 shapes).
struct Dependency
{
    QString type;      // marketplace|github|package
    QJsonObject value; // raw value object
    static Dependency fromJson(const QJsonValue &v);
};

// Latest version known for a plugin id (from #17 /plugins/batch or #8).
struct LatestVersion
{
    QString pluginId;
    QString version;
    QString uniqueIdentifier;
    QString status;
    QString deprecatedReason;
    QString alternativePluginId;
    QString packageUrl; // #18 manifest.json only: latest_package_url
};

// A marketplace home banner (#6 /banners). The shape is read defensively: title may be a string
// or an i18n object (title|label|name), the image image_url|image|img|cover, the link
// link|url|href|jump_url|redirect_url; pluginId is set when the banner points at a plugin
// (plugin_id field, or a link of the form .../plugins/{org}/{name}).
struct Banner
{
    QString id;
    QString type;            // recommend|blog|event|ad
    I18nText title;
    I18nText description;
    QString imageUrl;        // absolute, or relative to the Marketplace site
    QString link;
    QString pluginId;
    int sortOrder = 0;
    QJsonObject raw;
    static Banner fromJson(const QJsonValue &v);
};

// #7 /search/unified answer: only plugins are modelled; the other scopes report their totals.
struct UnifiedSearchResult
{
    QList<PluginListing> plugins;
    qint64 pluginsTotal = 0;
    qint64 creatorsTotal = 0;
    qint64 organizationsTotal = 0;
    qint64 templatesTotal = 0;
};

// A bundle / DSL dependency described for display (see describeDependencies() in
// marketplaceclient.h): marketplace items resolved through #11 and #10.
struct DependencyInfo
{
    QString type;              // marketplace|github|package
    QString pluginId;          // org/name (marketplace)
    QString pattern;           // what the bundle asks for: org/name:VERSION, owner/repo:VER/asset, checksum
    QString uniqueIdentifier;  // resolved marketplace identifier (empty when unresolved)
    QString version;           // resolved version, else the requested one
    I18nText label;
    QString org;
    QString name;
    QString iconPath;          // relative to the API base (see PluginListing::iconPath)
    QString error;             // why it could not be resolved
};

// Parsers of whole `data` objects.
SearchResult parseSearchResult(const QJsonObject &data, int page, int pageSize);
QList<Collection> parseCollections(const QJsonObject &data);
QList<VersionInfo> parseVersions(const QJsonObject &data);
QList<Dependency> parseBundleDependencies(const QJsonObject &data);
// #8/#9 answer: {plugin: {...}, version: {version}}.
PluginListing parsePluginDetail(const QJsonObject &data);
// #17 answer {plugins: [...]} or #11 answer {list: [...]}.
QList<LatestVersion> parseLatestVersions(const QJsonObject &data);

// #6: {banners: [...]} or {list|items: [...]} (an enveloped bare array arrives as {items: [...]}).
// Banners without a title and an image are dropped; sorted by sort_order|priority when given.
QList<Banner> parseBanners(const QJsonObject &data);
// #7: {plugins: {items, total}, creators: {...}, organizations: {...}, templates: {...}}.
UnifiedSearchResult parseUnifiedSearch(const QJsonObject &data);
// #10 answer {plugins: [...], total}; items may be plain listings or {plugin: {...}, version: {version}}.
QList<PluginListing> parseIdentifierBatch(const QJsonObject &data);
// #18 manifest.json (no envelope): {plugins: [{org, name, latest_version, latest_package_identifier,
// latest_package_url}]}. Entries without org or name are dropped.
QList<LatestVersion> parseCatalogueManifest(const QJsonObject &root);
// "org/name" from a marketplace dependency value ({marketplace_pattern} or {organization, plugin,
// version} or {plugin_unique_identifier}); fills pattern/version; false when not a marketplace item.
bool marketplaceDependencyTarget(const Dependency &d, QString *pluginId, QString *version, QString *pattern,
                                 QString *uniqueIdentifier);

// Semantic version comparison of dotted versions with optional "-pre" suffix: <0, 0, >0.
int compareVersions(const QString &a, const QString &b);

} // namespace Studio::Marketplace
