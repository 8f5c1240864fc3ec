// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a case's call produced (the outcome document) and the assertions a case checks on it.
//
// The outcome is one JSON object, the root of every JSON path (`$`):
//   ok            true when the call ended without an error
//   error         {type, message} of the plugin's error or of the call (timed out, ...), else null
//   types         the message types in order ("text", "json", "blob" for a whole blob stream,
//                 "llm_chunk" for a model delta, "result" for another chunk)
//   messages      the chunks as received (a blob stream collapsed into one
//                 {"type":"blob", "file": N})
//   text          text messages, model deltas and an endpoint's body, concatenated
//   json          the json_object of each json message
//   result        the last chunk that is not a tool message (model results, endpoint answers)
//   files         [{name, mime, size, sha256}] of the blobs and blob streams
//   usage         the last usage a model chunk carried, else null
//   latency_ms    wall clock of the call
//   host_calls    the host calls made during the call (type and request)
//
// Assertions (`expect:` of a case; all optional, all checked):
//   success: true|false                   (default true, false when `error:` is given)
//   error: TEXT | {type: T, contains: S, matches: RE}
//   messages: [text, json, ...]           the exact types in order
//   json: [{path: $.json[0].x, equals: V | contains: V | matches: RE | exists: BOOL}, ...]
//   text: TEXT | {equals: S, contains: S | [S...], matches: RE}
//   files: [{mime: M, size: N, sha256: H, name: F}, ...]   (the i-th file; count must be at least)
//   usage: {max_total_tokens: N, max_prompt_tokens: N, max_completion_tokens: N,
//           max_total_price: X}
//   latency_ms: N | {max: N}
//   snapshot: true | {ignore: [$.path, ...]}   the outcome (less latency) equals the stored
//             snapshot

#include "core/common/result.h"
#include "core/runtime/invocation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Studio::TestSuite {

// Builds the outcome document of a finished invocation.
QJsonObject outcomeOf(const Runtime::Invocation &invocation, const QJsonArray &hostCalls = {});
// The same from parts (the invocation's chunks, its error; tests and history entries).
QJsonObject outcomeOf(const QList<QJsonObject> &chunks,
                      bool ok,
                      const QString &errorType,
                      const QString &errorMessage,
                      qint64 latencyMs,
                      const QJsonArray &hostCalls = {});

// The outcome as a snapshot keeps it: without latency and usage latency, `ignore` paths removed.
QJsonObject snapshotOf(const QJsonObject &outcome, const QStringList &ignorePaths = {});

// JSON path over the outcome: $, .key, ["key"], [N], [-N] (from the end), [*] (every item; the
// result is then the array of matches). An error for a malformed path; an undefined value when the
// path finds nothing.
Result<QJsonValue> evaluatePath(const QJsonValue &root, const QString &path);

struct AssertionResult
{
    QString kind; // success, error, messages, json, text, files, usage, latency, snapshot, expect
    QString description; // "json $.json[0].x equals \"hi\""
    bool passed = false;
    QString message;  // why it failed, in a sentence
    QString expected; // text for a diff (pretty JSON or plain)
    QString actual;
};

// Checks `expect` on `outcome`. `snapshot` is the stored snapshot (an empty object when none);
// `snapshotMissing` when no file exists. Unknown assertion keys fail with what to write.
QList<AssertionResult> evaluate(const QJsonObject &expect,
                                const QJsonObject &outcome,
                                const QJsonObject &snapshot,
                                bool snapshotMissing);

// Lines of `a` and `b` as a unified diff ("-" expected, "+" actual, " " same), capped at
// `maxLines`.
QString lineDiff(const QString &expected, const QString &actual, int maxLines = 400);

} // namespace Studio::TestSuite
