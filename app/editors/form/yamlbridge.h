// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The only place the form editor touches the YAML layer: reading values by path from a parsed
// tree, and patching the text through the comment-preserving Yaml::Editor (core/yaml/yamleditor.h).
// Paths: "identity.label.en_US", "parameters[2].name".

#include "core/common/result.h"
#include "core/yaml/yamlnode.h"

#include <QJsonValue>
#include <QString>

namespace Studio::App::YamlBridge {

// False when the YAML editor is not part of this build (forms are then read-only).
bool editingAvailable();

// Parses `text`; on failure returns the error (line/column of the syntax error).
Result<Yaml::NodePtr> parseRoot(const QString &text, const QString &fileName);
// Follows a path with [index] steps (a key holding '.', '[', ']' or '\\' escapes it with a
// backslash, see escapeKey()); nullptr when absent.
Yaml::NodePtr nodeAt(const Yaml::NodePtr &root, const QString &path);
// `key` as one path step.
QString escapeKey(const QString &key);

// Each returns the whole new text, or an error when the edit is refused (the text is untouched).
Result<QString> setScalar(const QString &text, const QString &path, const QString &value);
Result<QString> setValue(const QString &text, const QString &path, const QJsonValue &value);
Result<QString> removeKey(const QString &text, const QString &path);
Result<QString> appendItem(const QString &text, const QString &seqPath, const QJsonValue &value);
Result<QString> removeItem(const QString &text, const QString &seqPath, int index);
Result<QString> moveItem(const QString &text, const QString &seqPath, int from, int to);
Result<QString> insertKey(const QString &text, const QString &mapPath, const QString &key, const QJsonValue &value);
Result<QString> renameKey(const QString &text, const QString &path, const QString &newName);
Result<QString> moveKey(const QString &text, const QString &path, int newIndex);

} // namespace Studio::App::YamlBridge
