// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/plugin: the decoding engine shared by loader.cpp and validator.cpp. It decodes
// with yaml.v3 semantics and, while it still holds the YAML nodes, applies the field rules of every
// layer (STRICT, SDK, REVIEW), so each finding carries an exact line and column. The public entry
// points filter the findings by layer. The typed reader and the decoders of each declaration kind
// are in reader_p.h.

#include "core/common/diagnostic.h"
#include "core/common/fileset.h"
#include "core/plugin/declarations.h"
#include "core/yaml/yamlnode.h"

#include <QMap>
#include <QStringList>

namespace Studio::Plugin::Detail {

struct DecodeInput
{
    const FileSet *files = nullptr;          // plugin files (nullptr for remote registrations)
    const QStringList *assetNames = nullptr; // remote: uploaded asset basenames
    Yaml::NodePtr remoteManifest;            // remote: manifest tree
    QMap<QString, Yaml::NodePtr> remoteDeclarations; // remote: "tool_declaration" -> first element
};

struct DecodeOutput
{
    PluginDeclaration declaration;
    ValidationReport report;    // findings of every layer
    bool manifestDecoded = false;
    Yaml::NodePtr manifestRoot; // null when manifest.yaml could not be parsed
};

DecodeOutput decode(const DecodeInput &input);

} // namespace Studio::Plugin::Detail
