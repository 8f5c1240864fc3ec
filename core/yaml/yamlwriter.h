// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing YAML text that both yaml.v3 (the daemon) and PyYAML safe_load (the SDK) read back as
// intended.

#include "core/yaml/yamlnode.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Studio::Yaml {

// True when `value` written as a plain scalar reads back as exactly this string in yaml.v3 and
// in PyYAML (YAML 1.1): not a bool/null/int/float/timestamp word in either, no leading
// indicator, no leading/trailing blanks, no ": " / " #", no line breaks or control characters.
// In a flow context, `,[]{}` are not allowed either.
bool isPlainSafe(const QString &value, bool flowContext = false);

// `value` as a YAML scalar that reads back as exactly that string: plain when safe, else single
// quoted ('' escapes), or double quoted with escapes when it has line breaks or control
// characters.
QString formatScalar(const QString &value, bool flowContext = false);
// Like formatScalar() but prefers `style` (Plain, SingleQuoted or DoubleQuoted) when the value can
// be written that way; block styles fall back to formatScalar().
QString formatScalarInStyle(const QString &value, ScalarStyle style, bool flowContext = false);
// A literal block scalar (`|` or `|-` header, then the lines at `contentIndent` spaces, no final
// newline) for a multi-line string, or nullopt if the string cannot be written that way
// (leading blank, control characters, more than one trailing newline, no newline at all).
std::optional<QByteArray> literalBlockScalar(const QString &value, int contentIndent);
// Same rules for mapping keys.
QString formatKey(const QString &key, bool flowContext = false);

// A JSON scalar as YAML text: strings through formatScalar(), numbers plain (integers without a
// fraction, other numbers always with a '.' so PyYAML reads a float), true/false, null.
QString formatJsonScalar(const QJsonValue &value, bool flowContext = false);

// Block-style YAML for `value`, every line indented by `indent` spaces and ending in '\n'.
// Mappings are `key: value` lines (nested content 2 spaces deeper), sequences are `- item` lines
// (sequences of mappings as `- key: v` with the following keys aligned), empty collections are
// `{}` / `[]`, multi-line strings become literal blocks (`|` / `|-`). A scalar gives one line.
QByteArray emitBlock(const QJsonValue &value, int indent);
// Same; with literalBlocks == false multi-line strings are double quoted instead.
QByteArray emitBlock(const QJsonValue &value, int indent, bool literalBlocks);

// Flow-style YAML on one line: `{a: 1, b: [x, 'y, z']}`.
QByteArray emitFlow(const QJsonValue &value);

} // namespace Studio::Yaml
