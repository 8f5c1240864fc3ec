// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plugin scaffolding without any widget: the wizard (File > New Plugin) and `plugin-studio-cli init`
// call it, from the same code.
// Every kind writes our own templates (see scaffold.cpp); what it writes validates and packages
// as generated (formats.md §5 lists the defects of `dify plugin init` that we avoid).

#include "core/common/result.h"
#include "core/scaffold/sdkchoice.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <optional>

namespace Studio::Scaffold {

enum class PluginKind {
    Tool,              // tool provider + one tool
    ModelPredefined,   // model provider with a predefined LLM
    ModelCustomizable, // model provider whose models the user adds (customizable-model)
    AgentStrategy,     // agent strategy provider + one strategy
    Extension,         // endpoint group + one endpoint
    ToolsAndEndpoints, // the only allowed combination
    Datasource,        // website-crawl datasource provider + one datasource
    Trigger,           // trigger provider + one event
    Bundle,            // a bundle manifest (type: bundle)
};

struct ScaffoldOptions
{
    PluginKind kind = PluginKind::Tool;
    QString name;        // ^[a-z0-9_-]{1,128}$ (bundles: letters, digits, '-', '_')
    QString author;      // ^[a-z0-9_-]{1,64}$, not a UUID
    QString label;       // en_US label; defaults to the name
    QString description; // en_US description; required
    QStringList extraLanguages;  // subset of zh_Hans, ja_JP, pt_BR (label/description copied)
    SdkTrack sdk = SdkTrack::Current; // which dify_plugin line (sdkchoice.h); Legacy only when asked for
    QString runnerVersion;       // manifest meta.runner.version; empty = the SDK line's ("3.12")
    QString sdkRequirement;      // requirements.txt line; empty = the SDK line's ("dify_plugin>=0.10.2,<0.11.0")
    QStringList tags;            // manifest tags (§1.4 list)
    QString repo;                // source repository URL (the Marketplace requires one on a known host)
    QString contact;             // maintainer e-mail (the Marketplace requires it; the daemon ignores it)
    bool allowTool = false;
    bool allowModel = false;     // with every model sub-flag
    bool allowNode = false;
    bool allowApp = false;
    bool allowStorage = false;
    qint64 storageSize = 1048576; // clamped into [1024, 1073741824]
    QDateTime createdAt;          // default: now (UTC)
};

// Stable id used by the CLI and the wizard ("tool", "model", "model-custom", "agent-strategy",
// "extension", "tool-endpoint", "datasource", "trigger", "bundle").
QString pluginKindId(PluginKind kind);
QString pluginKindTitle(PluginKind kind); // translated, for menus
std::optional<PluginKind> pluginKindFromId(const QString &id);
QList<PluginKind> allPluginKinds();

// The dify_plugin requirement that installs on `python`: the legacy 0.7.x line below 3.12, the
// current SDK from 3.12 on (sdkLine(sdkTrackFor(python)).requirement).
QString sdkRequirementFor(const QVersionNumber &python);
// Parses "Python 3.11.2" (the output of `python3 --version`).
QVersionNumber parsePythonVersion(const QString &versionOutput);

// Checks the options; returns a sentence saying what to fix, or an empty string.
QString checkScaffoldOptions(const ScaffoldOptions &options);
// What the plugin will lack for the Marketplace or for today's Dify although the options are
// valid (no repository or contact yet, a repository host the Marketplace does not accept, the
// legacy SDK, a runner version Dify does not run): one sentence each, saying what to do.
QStringList scaffoldWarnings(const ScaffoldOptions &options);
// The requirement, runner version and requires-python the options resolve to.
QString effectiveSdkRequirement(const ScaffoldOptions &options);
QString effectiveRunnerVersion(const ScaffoldOptions &options);
// The Dify version a kind needs at least (manifest meta.minimum_dify_version): datasources 1.9.0,
// triggers 1.10.0, others 1.0.0.
QString minimumDifyVersionFor(PluginKind kind);

// The PRIVACY.md a new plugin starts with (also the Publish page's "Add PRIVACY.md" fix): says
// what is collected, stored, logged and sent to third parties, the words the Marketplace's
// privacy check looks for. `label` is the plugin's English label.
QString privacyPolicyText(const QString &label);

// "weather_tool" -> "WeatherTool" (empty segments skipped, so "a__b" does not crash as the CLI does).
QString camelCaseName(const QString &name);

// Writes the plugin into `targetDir` (created; must not exist or be empty). Returns the relative
// paths written, sorted. On failure nothing is left behind.
Result<QStringList> generatePlugin(const ScaffoldOptions &options, const QString &targetDir);

} // namespace Studio::Scaffold
