// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Loading a plugin into the typed model of declarations.h with the daemon's yaml.v3 decoding rules
// (formats.md §0.1, §1, §2): `manifest.yaml` plus every file referenced from `plugins.*` and from the
// providers (tools, strategies, endpoints, datasources, events, model globs and position files).
// Decode errors (what `dify plugin package` and the daemon's upload refuse) are reported as
// Diagnostics of layer Pkg/Install with file, line, column and YAML path. The full rule set
// (formats.md §10) lives in validator.h. All functions are reentrant and thread-safe.

#include "core/common/diagnostic.h"
#include "core/common/fileset.h"
#include "core/common/result.h"
#include "core/plugin/declarations.h"
#include "core/plugin/pluginid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Studio::Plugin {

struct LoadResult
{
    PluginDeclaration declaration; // filled as far as decoding got
    ValidationReport report;       // decode errors (Pkg/Install layer) and loader warnings
    bool ok = false;               // true when no error was reported

    // One line describing the first error ("manifest.yaml:3:10: ..."); empty when ok.
    QString firstError() const;
};

// Decodes manifest.yaml and everything it references from `files`. Never throws, never crashes on
// hostile input (malformed YAML, binary data, huge or deeply nested files, alias bombs).
LoadResult loadPlugin(const FileSet &files);

// Decodes a remote-debug registration (protocol.md §4.4): the manifest object, and per registration
// type ("tool_declaration", "model_declaration", "endpoint_declaration",
// "agent_strategy_declaration", "datasource_declaration", "trigger_declaration") the array the SDK
// sent (only the first element counts). `assetFileNames` are the basenames of the uploaded assets
// (used for icon checks). Applies the daemon's remote-debug checks: decoding, full struct-tag
// validation (STRICT, as errors) and ManifestValidate. `report` holds every finding; `ok` is false
// when any error was found.
LoadResult loadRemoteRegistration(const QJsonObject &manifest,
                                  const QMap<QString, QJsonArray> &declarationsByType,
                                  const QStringList &assetFileNames);

// The daemon-style rejection text for a failed remote registration (protocol.md §4.5):
// "handshake failed, invalid plugin declaration: <first error>".
QString remoteRejectionText(const LoadResult &result);

// Bundle manifest (formats.md §4). Decoding errors are returned; rule violations (name, version,
// type, labels, dependency patterns) are added to `report` (may be nullptr).
Result<BundleManifest> loadBundleManifest(const QByteArray &yaml, ValidationReport *report);

// The plugin-id rules (authors, names, versions, identifiers, dependency patterns) are in
// core/plugin/pluginid.h.

// Go path.Match / filepath.Match semantics ('*' and '?' never match '/', [...] classes, '\\' escape).
// A malformed pattern matches nothing.
bool goGlobMatch(const QString &pattern, const QString &path);

} // namespace Studio::Plugin
