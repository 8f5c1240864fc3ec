// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// THE rule "which plugin serves this provider", for every kind of provider a plugin declares
// (tool, model, agent strategy, datasource, trigger). Reverse calls, the CLI, the console's pickers
// and test suites all resolve through StudioSession, which applies this rule to the plugins it
// knows (debug-connected, open folders, installed, remote).
//
// A provider is named as Dify names it, "author/name/provider" (e.g. langgenius/openai/openai), or
// by its bare name ("openai"):
//  - a full name matches the plugin "author/name" when it declares that provider of that kind;
//  - a bare name matches any plugin declaring it; "langgenius/<name>" wins (Dify reads a bare name
//    as langgenius/<name>/<name>), then the origin (debug-connected, then open folders, then
//    installed, then remote plugins), then the order the candidates come in.
// Anything else ("author/name", empty parts, white space, four parts) is refused with the reason.

#include "core/common/result.h"
#include "core/plugin/declarations.h"

#include <QList>
#include <QString>

#include <optional>

namespace Studio::Session {

enum class ProviderKind { Tool, Model, AgentStrategy, Datasource, Trigger };

// "tool", "model", "agent-strategy", "datasource", "trigger".
QString providerKindName(ProviderKind kind);
// Those names, the protocol's "agent_strategy", and the reverse-call types that name a model
// ("llm", "text_embedding", "rerank", "tts", "speech2text", "moderation", ...).
std::optional<ProviderKind> providerKindFromName(const QString &name);
// The provider name `declaration` declares for `kind` ("" when it declares none).
QString declaredProvider(const Plugin::PluginDeclaration &declaration, ProviderKind kind);

struct ProviderRef
{
    QString pluginId; // "author/name"; empty for a bare name
    QString name;     // the provider ("openai")

    static Result<ProviderRef> parse(const QString &text);
    bool isBare() const { return pluginId.isEmpty(); }
    QString toString() const; // as parsed: "author/name/provider" or "provider"
};

// Where a candidate comes from; the order is the precedence of a bare name.
enum class ProviderOrigin { Debug = 0, Local = 1, Installed = 2, Remote = 3 };

struct ProviderCandidate
{
    QString pluginId;
    ProviderOrigin origin = ProviderOrigin::Local;
    const Plugin::PluginDeclaration *declaration = nullptr; // not owned; null never matches
};

// Does the plugin `pluginId` declaring `declaration` serve `ref` of `kind`?
bool serves(const QString &pluginId, const Plugin::PluginDeclaration &declaration, ProviderKind kind, const ProviderRef &ref);
// The index of the candidate that serves `ref` (the rule above), or -1.
int matchProvider(const QList<ProviderCandidate> &candidates, ProviderKind kind, const ProviderRef &ref);

} // namespace Studio::Session
