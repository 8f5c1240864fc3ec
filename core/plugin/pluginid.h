// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one plugin-id rule: authors, names, versions, checksums, unique identifiers
// ("author/name:version@checksum"), Marketplace and GitHub dependency patterns, and the UUID test
// that reserves an author for remote debugging (formats.md §1.1, §3.5, §4;
// install-and-marketplace.md §2.7). Every layer (manifest decoding, remote-debug registration,
// packaging, install, Marketplace, the new-plugin wizard) checks through these functions.
//
// The daemon's rules are Go regular expressions, whose \d and \w are ASCII only; these functions
// are written accordingly (a version "1.0.0-β" or a name with Arabic-Indic digits is refused, as
// the daemon refuses it).

#include <QString>
#include <QStringView>

#include <optional>

namespace Studio::Plugin {

// ^[a-z0-9_-]{1,64}$ (the daemon's AuthorRegex).
bool isValidAuthor(const QString &author);
// ^[a-zA-Z0-9_-]{1,64}$: what the Python SDK accepts as an author (it also allows upper case).
bool isValidSdkAuthor(const QString &author);
// ^[a-z0-9_-]{1,128}$ (PluginNameRegex: manifest `name`, dependency patterns).
bool isValidPluginName(const QString &name);
// A bundle's name: ^[a-zA-Z0-9_-]{1,128}$.
bool isValidBundleName(const QString &name);
// The manifest version: ^\d{1,4}(\.\d{1,4}){2}(-\w{1,16})?$ (the Go struct tag `version`).
bool isValidManifestVersion(const QString &version);
// The version inside a unique identifier and the upload check: 2 to 4 numbers,
// ^\d{1,4}(\.\d{1,4}){1,3}(-\w{1,16})?$.
bool isValidIdentifierVersion(const QString &version);
// A package checksum in an identifier: 32 to 64 lowercase hex digits.
bool isValidChecksum(const QString &checksum);
// Exactly 64 lowercase hex digits (a SHA-256 as the studio computes it).
bool isSha256Hex(const QString &text);
// github.com/google/uuid Parse: the 36-character form, with urn:uuid: or {...}, or 32 hex digits.
// The daemon refuses such an author ("cannot set author to an UUID").
bool isUuid(const QString &text);

// Dependency patterns of formats.md §4.
bool isValidVersionPattern(const QString &version);     // V: 1.0.0, ^1.0.0, ~1.0.0, 1.x.x, 1.0.0-2.0.0
bool isValidMarketplacePattern(const QString &pattern); // org/plugin:V
bool isValidGithubPattern(const QString &pattern);      // owner/repo:V/asset

// The same rules as regular-expression text, for input widgets that take a pattern.
QString authorPattern();          // ^[a-z0-9_-]{1,64}$
QString pluginNamePattern();      // ^[a-z0-9_-]{1,128}$
QString manifestVersionPattern(); // ^[0-9]{1,4}(\.[0-9]{1,4}){2}(-[0-9A-Za-z_]{1,16})?$

// "author/name", or "name" when the author is empty.
QString pluginIdOf(const QString &author, const QString &name);
// "author/name:version@checksum" ("name:version@checksum" when the author is empty).
QString uniqueIdentifier(const QString &author, const QString &name, const QString &version,
                         const QString &checksum);
// The daemon's identifier regex (optional author, name up to 255, 2–4 version numbers,
// 32–64 hex checksum).
bool isValidUniqueIdentifier(const QString &identifier);

struct PluginIdentifier
{
    QString author; // may be empty
    QString name;
    QString version;
    QString checksum;

    QString pluginId() const; // "author/name" or "name"
    QString toString() const; // uniqueIdentifier(author, name, version, checksum)
    bool isRemoteLike() const { return isUuid(author); }

    // A valid unique identifier (isValidUniqueIdentifier); nullopt otherwise.
    static std::optional<PluginIdentifier> parse(const QString &identifier);
    // "org/name:version[@checksum]" split without validating the parts (Marketplace answers, user
    // input to be checked later): the checksum follows the first '@', the version the last ':'
    // before it, org and name are split at the first '/'. nullopt when there is no ':', when org,
    // name or version is empty or the name holds another '/'.
    static std::optional<PluginIdentifier> split(const QString &identifier);
    // "org/name:VERSION" where org and name follow the rule and VERSION is any non-empty text (a
    // version or a version pattern, resolved later); checksum stays empty.
    static std::optional<PluginIdentifier> parsePattern(const QString &pattern);
};

} // namespace Studio::Plugin
