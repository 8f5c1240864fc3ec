// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The catalogue of actions a plugin declaration offers (protocol.md §3.1): tools, credential
// validation, dynamic options, OAuth URL, model actions per model type, agent strategies,
// endpoints, datasources, trigger events, and a raw request. The console builds its forms from it;
// the CLI (`invoke --list-actions`, `invoke --action KEY`) and test suites use the same list.

#include "core/plugin/declarations.h"
#include "core/runtime/actions.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Studio::Session {

struct PluginAction
{
    QString key;    // stable id "type:action:target", e.g. "tool:invoke_tool:google/search"
    QString label;  // "Tool · google › search"
    QString type, action;
    QString target; // provider/tool, provider/model, "POST /path" (history, display)
    QList<Plugin::Parameter> parameters;    // the parameter form
    QList<Plugin::ConfigField> credentials; // the credentials / settings form
    // Builds the request from the two forms' values.
    std::function<Runtime::InvokeRequest(const QJsonObject &params, const QJsonObject &credentials)> build;
};

// Every action `declaration` offers, then "raw" (type, action and fields given as they are).
QList<PluginAction> actionsFor(const Plugin::PluginDeclaration &declaration);
// The action with that key, or nullptr.
const PluginAction *findAction(const QList<PluginAction> &actions, const QString &key);

} // namespace Studio::Session
