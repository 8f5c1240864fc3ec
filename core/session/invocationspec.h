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

Result<Runtime::InvokeRequest> requestFromSpec(const QJsonObject &spec, const Plugin::PluginDeclaration *declaration = nullptr);

} // namespace Studio::Session
