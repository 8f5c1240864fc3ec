// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one YAML -> JSON converter. The two readers a plugin meets disagree on plain scalars, so the
// caller names the reader it stands for; there is no default:
//
// JsonMode::Daemon — what the daemon's yaml.v3 (v3.0.1) produces when decoding into interface{}
//   (YAML 1.2 core rules): plain `~`, `null`, `Null`, `NULL`, empty → null;
//   `true/True/TRUE/false/False/FALSE` → bool (NOT yes/no/on/off/y/n: those stay strings);
//   timestamps (yamltime.h: 2024-01-02, 2001-12-14t21:59:43.10-05:00, ...) → the RFC 3339 text
//   the daemon sends on ("2024-01-02T00:00:00Z"); integers as Go's strconv.ParseInt(s, 0, 64)
//   after removing '_' (decimal with sign, 0x, 0o, 0b, legacy 0777 octal); floats matching
//   ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ (so `08` is 8) plus .inf/.nan;
//   sexagesimal `1:20` stays a string. Used by the plugin decoder (what the daemon installs).
// JsonMode::Sdk — what PyYAML safe_load produces (YAML 1.1): bools are yes/no/on/off/true/false
//   in lower, Title and UPPER case (not y/n); ints per the 1.1 regex (0b, 0x, 0-prefixed octal,
//   sexagesimal 1:20 → 80; `0o17` and `08` are strings); floats need a dot (`3.10` → 3.1, `1e3`
//   is a string, `1.0e+3` a float, 1:20.5 → 80.5); timestamps are kept as their text (PyYAML
//   would make a datetime). Used where the Python SDK reads the file (the editor shows both).
// In both modes quoted, block and `!!str`-tagged scalars are strings; `!!int`, `!!float`,
// `!!bool`, `!!null` (and, for the daemon, `!!timestamp`) tags are honoured. Merge keys
// (`<<: *base`, or a list of mappings) are applied as each reader does: yaml.v3 takes the last
// merge key and lets the mapping's own keys, then earlier merged mappings, win; PyYAML applies
// every merge key in order, a list's mappings last-to-first, and lets the mapping's own keys win.
// Duplicate keys: in Daemon mode the first pair wins (like Node::get(); the loader reports them
// where yaml.v3 refuses the file), in Sdk mode the last one (like PyYAML).
// Integers beyond ±2^53 lose precision in a QJsonValue (a double).

#include "core/yaml/yamlnode.h"

#include <QJsonValue>

namespace Studio::Yaml {

enum class JsonMode { Daemon, Sdk };

QJsonValue toJson(const NodePtr &node, JsonMode mode);

// What a plain, untagged scalar with this text means to the given reader.
QJsonValue resolvePlainScalar(const QString &text, JsonMode mode);

// A tree for a JSON value (used for remote-debug JSON declarations). Strings that a YAML reader
// would not read back as that string from a plain scalar are marked DoubleQuoted, so toBool()/
// toInt() on them behave as for a quoted YAML scalar. Object keys come in QJsonObject order.
// Every node gets `mark` (a JSON document has no lines: remote-debug declarations use 1:1).
NodePtr fromJson(const QJsonValue &value, Mark mark = {});

} // namespace Studio::Yaml
