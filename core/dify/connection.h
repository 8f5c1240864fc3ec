// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Connections to Dify instances, kept in the studio workspace: several may be kept, one is
// current. What identifies a connection (its name, the address, the account, the workspace chosen,
// what the studio learned about that Dify) is a plain setting; its tokens are sealed like the
// workspace's other secrets (AES-256-GCM with the workspace key, bound to the connection's name).
//
//   settings  dify/connections   JSON array of Connection::toJson()
//             dify/current       the current connection's name
//   sealed    dify/tokens/<name> Tokens::toJson()

#include "core/common/result.h"
#include "core/dify/consoleclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Studio::Workspace {
class WorkspaceStore;
}

namespace Studio::Dify {

// What a Dify does with unsigned packages (the daemon's FORCE_VERIFYING_SIGNATURE, which the
// console API does not tell): learned from its answers, or set by the user.
enum class SignaturePolicy { Unknown, Required, NotRequired };
QString signaturePolicyName(SignaturePolicy p); // "unknown", "required", "not-required"
std::optional<SignaturePolicy> parseSignaturePolicy(const QString &text);

struct RemoteWorkspaceInfo
{
    QString id;
    QString name;
    QString plan;
    QString status;
    QString role;      // owner, admin, editor, normal, dataset_operator ("" when not known)
    bool current = false;
    QJsonObject toJson() const;
    static RemoteWorkspaceInfo fromJson(const QJsonObject &o);
};

struct Connection
{
    QString name;          // the user's name for it ("cloud", "staging"); [A-Za-z0-9._-], 1-64
    QUrl apiUrl;           // the console API root (…/console/api)
    QString email;
    QString accountId;
    QString accountName;
    QString difyVersion;   // from the X-Version header ("" when the Dify did not say)
    AuthMode mode = AuthMode::Cookie;
    RemoteWorkspaceInfo workspace; // the workspace plugins are managed in
    QDateTime signedInAt;  // UTC
    // Learned from this Dify's answers (or set by the user): what it refuses before uploading.
    SignaturePolicy signaturePolicy = SignaturePolicy::Unknown;
    qint64 refusedUploadBytes = 0; // the smallest package size it refused as too large (0: none)
    bool marketplaceOnly = false;  // system-features: plugin installation restricted to the Marketplace
    QString installScope;          // system-features: all, official_only, official_and_specific_partners, none

    QUrl baseUrl() const { return ConsoleClient::baseOf(apiUrl); }
    QString displayName() const; // "name (account @ host, workspace)"
    QJsonObject toJson() const;  // no secret in it
    static Connection fromJson(const QJsonObject &o);
};

class ConnectionStore
{
public:
    explicit ConnectionStore(Workspace::WorkspaceStore *workspace) : m_ws(workspace) {}

    static bool isValidName(const QString &name);
    // A name for a new connection to `apiUrl`: its host ("cloud.dify.ai", "localhost-8080"),
    // made unique against the kept ones.
    QString suggestName(const QUrl &apiUrl) const;

    QList<Connection> list() const;
    std::optional<Connection> find(const QString &name) const;
    QString currentName() const; // "" when none is current
    std::optional<Connection> current() const;
    // `name` ("" picks the current one): the connection, or why there is none.
    Result<Connection> resolve(const QString &name) const;
    VoidResult setCurrent(const QString &name);

    // Adds or replaces the connection of that name (the first one kept becomes current).
    VoidResult save(const Connection &connection);
    VoidResult saveTokens(const QString &name, const Tokens &tokens);
    // The sealed tokens (empty Tokens when signed out); an error when they cannot be unsealed.
    Result<Tokens> tokens(const QString &name) const;
    // Signs out locally: the tokens go, the connection stays (listed as signed out).
    VoidResult clearTokens(const QString &name);
    // Forgets the connection and its tokens; the next one becomes current when it was.
    VoidResult remove(const QString &name);

private:
    VoidResult write(const QList<Connection> &all);
    Workspace::WorkspaceStore *m_ws;
};

} // namespace Studio::Dify
