// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks provider credentials with the plugin's own validate action over a running connection
// (tool: validate_tool_credentials, model: validate_provider_credentials, datasource / trigger:
// their validate actions). The plugin answers {"result": true|false}; a plugin error fails too.

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace Studio::Runtime {
class PluginConnection;
}

namespace Studio::Workspace {

class WorkspaceStore;

enum class CredentialKind { Tool, ModelProvider, Datasource, Trigger };

// Asynchronous; `done` is called once with success, or an error whose message is the plugin's.
void validateCredentials(Runtime::PluginConnection *connection, CredentialKind kind, const QString &provider,
                         const QJsonObject &credentials, const std::function<void(VoidResult)> &done);

// The stored credentials a reverse tool/model call routed to another plugin runs with (the
// DefaultReverseHandler's CredentialsLookup): `provider` is "author/name/provider" or a bare
// provider name; the provider's default credential (else its first) of the installed plugin that
// has one. Empty when the workspace holds none or cannot decrypt them.
QJsonObject storedProviderCredentials(const WorkspaceStore &ws, const QString &provider);

} // namespace Studio::Workspace
