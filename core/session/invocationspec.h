// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One call described as data: what `plugin-studio-cli invoke` options and `debug-server` stdin lines
// say, and what a test-suite case names. Exactly one of these forms:
//   {"tool": "PROVIDER/TOOL", "params": {...}, "credentials": {...}, "credential_type": "api-key"}
//   {"model": "TYPE/PROVIDER/MODEL", "params": {fields of the action}, "credentials": {...}}
//        TYPE: llm, text-embedding, rerank, tts, speech2text, moderation
//   {"strategy": "PROVIDER/STRATEGY", "params": {...}}
//   {"endpoint": {"method": "POST", "path": "/x?y=1", "headers": {...} or ["Name: value", ...],
//                 "body": "text" or any JSON}, "settings": {...}}
//   {"action": "<key of the action catalogue>", "params": {form values}, "credentials": {...}}
//        (needs the plugin's declaration; see actioncatalogue.h)
//   {"type": "tool", "action": "validate_tool_credentials", "fields": {...}}   (raw)
// and optionally "timeout_ms". Anything else is refused with what to write.

#include "core/common/result.h"
#include "core/plugin/declarations.h"
#include "core/runtime/actions.h"

#include <QJsonObject>

namespace Studio::Session {

// A request line captured from a real host (the inspector's "request:..." message from Dify to
// the plugin: {"session_id","event":"request","data":{"user_id","type","action",...},"context",
// "conversation_id",...}) as the same call, to replay it against a local plugin. Anything else
// (a plugin's line, a reverse-call answer, a truncated capture) is refused with why.
Result<Runtime::InvokeRequest> requestFromCapturedLine(const QByteArray &line);

Result<Runtime::InvokeRequest> requestFromSpec(const QJsonObject &spec, const Plugin::PluginDeclaration *declaration = nullptr);

} // namespace Studio::Session
