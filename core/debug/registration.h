// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The registration phase of a remote-debug connection (protocol.md §4.4–4.5), as a pure state
// machine: feed it one line at a time; it answers "continue", "refuse with this line" or "complete".
// No sockets here, so every refusal can be tested directly.

#include "core/plugin/declarations.h"
#include "core/plugin/pluginid.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

namespace Studio::Debug {

// Kinds of provider declarations, in the order the SDK sends them.
struct DeclarationKind
{
    const char *type;          // "tool_declaration"
    const char *key;           // "tool" (key in the full declaration JSON)
    const char *invalidName;   // "tools"   -> "tools register failed, invalid tools declaration: ..."
    const char *duplicateName; // "tools"   -> "tools declaration already registered"
};
const QList<DeclarationKind> &declarationKinds();

struct Registration
{
    QString key;                         // the debug key used in the handshake
    QJsonObject manifest;                // manifest_declaration data
    QMap<QString, QJsonObject> providers; // "tool", "model", "endpoint", "agent_strategy", "datasource", "trigger"
    QMap<QString, QByteArray> assets;    // basename -> bytes
    qint64 assetBytes = 0;

    QString author() const { return manifest.value(QStringLiteral("author")).toString(); }
    QString name() const { return manifest.value(QStringLiteral("name")).toString(); }
    QString version() const { return manifest.value(QStringLiteral("version")).toString(); }
    QString pluginId() const { return Plugin::pluginIdOf(author(), name()); }
    // The full declaration: the manifest object plus one key per provider kind (compact JSON).
    QJsonObject fullDeclaration() const;
    // SHA-256 hex of (compact full declaration JSON + workspaceId), §4.7.
    QString checksum(const QString &workspaceId) const;
    // "author/name:version@checksum"
    QString identifier(const QString &workspaceId) const;
    // The typed model, filled from the JSON (manifest fields, permissions, provider identities).
    Plugin::PluginDeclaration toDeclaration() const;
};

class RegistrationParser
{
public:
    enum class Status { Continue, Refused, Complete };
    struct Step
    {
        Status status = Status::Continue;
        QString refusal; // the one plain-text line to send before closing (no '\n')
        QString type;    // the registration envelope type of the line ("" if unparsable)
    };

    // `keyValidator` decides whether a handshake key is accepted.
    explicit RegistrationParser(std::function<bool(const QString &)> keyValidator);

    // Feeds one line (without terminator). Blank lines are skipped (Continue).
    Step feed(const QByteArray &line);

    bool handshakeDone() const { return m_handshake; }
    const Registration &registration() const { return m_reg; }
    Registration takeRegistration() { return std::move(m_reg); }

    static constexpr qint64 MaxAssetBytes = 50LL * 1024 * 1024;

private:
    Step refuse(const QString &text, const QString &type = {});
    Step handleAssetChunk(const QJsonValue &data);
    Step handleEnd();
    std::function<bool(const QString &)> m_keyValidator;
    Registration m_reg;
    QMap<QString, QByteArray> m_partialAssets;
    bool m_handshake = false;
    bool m_manifestSeen = false;
    bool m_done = false;
};

// Manifest rules checked at `end` (daemon ManifestValidate). Empty string = OK, else the reason.
QString validateManifestRules(const Registration &reg);
// Manifest object checks at `manifest_declaration` time. Empty string = OK.
QString validateManifestObject(const QJsonObject &manifest);

} // namespace Studio::Debug
