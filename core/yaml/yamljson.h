// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Converting our YAML tree to and from JSON values, with the scalar typing of either reader:
//
// JsonMode::Daemon — what yaml.v3 produces when decoding into interface{} (YAML 1.2 core rules):
//   plain `~`, `null`, `Null`, `NULL`, empty → null; `true/True/TRUE/false/False/FALSE` → bool
//   (NOT yes/no/on/off/y/n: those stay strings); integers as Go's strconv.ParseInt(s, 0, 64)
//   after removing '_' (decimal with sign, 0x, 0o, 0b, legacy 0777 octal); floats matching
//   ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ plus .inf/.nan; timestamps stay strings.
// JsonMode::Sdk — what PyYAML safe_load produces (YAML 1.1): bools are yes/no/on/off/true/false
//   in lower, Title and UPPER case (not y/n); ints per the 1.1 regex (0b, 0x, 0-prefixed octal,
//   sexagesimal 1:20); floats need a dot (`3.10` → 3.1, `1e3` is a string, `1.0e+3` a float);
//   timestamps are kept as their text (PyYAML would make a datetime).
// In both modes quoted, block and `!!str`-tagged scalars are strings; `!!int`, `!!float`,
// `!!bool`, `!!null` tags are honoured. Duplicate keys: in Daemon mode the first pair wins (like
// Node::get()), in Sdk mode the last one (like PyYAML).
// Integers beyond ±2^53 lose precision in a QJsonValue (a double).

#include "core/yaml/yamlnode.h"

#include <QJsonValue>

namespace Studio::Yaml {

enum class JsonMode { Daemon, Sdk };

QJsonValue toJson(const NodePtr &node, JsonMode mode = JsonMode::Daemon);

// What a plain, untagged scalar with this text means to the given reader.
QJsonValue resolvePlainScalar(const QString &text, JsonMode mode);

// A tree for a JSON value (used for remote-debug JSON declarations). Strings that a YAML reader
// would not read back as that string from a plain scalar are marked DoubleQuoted, so toBool()/
// toInt() on them behave as for a quoted YAML scalar. Object keys come in QJsonObject order.
NodePtr fromJson(const QJsonValue &value);

} // namespace Studio::Yaml
