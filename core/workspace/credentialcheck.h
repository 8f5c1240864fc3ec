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

enum class CredentialKind { Tool, ModelProvider, Datasource, Trigger };

// Asynchronous; `done` is called once with success, or an error whose message is the plugin's.
void validateCredentials(Runtime::PluginConnection *connection, CredentialKind kind, const QString &provider,
                         const QJsonObject &credentials, const std::function<void(VoidResult)> &done);

} // namespace Studio::Workspace
