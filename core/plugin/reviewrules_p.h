// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/plugin: the REVIEW and Studio rules that look at the plugin's files (README,
// privacy policy, pyproject.toml, virtual environments, .env) and at created_at.

#include "core/plugin/decoder_p.h"
#include "core/plugin/validator.h"

namespace Studio::Plugin::Detail {

void reviewRules(const FileSet &files, const DecodeOutput &out, const ValidationOptions &options,
                 ValidationReport &report);

} // namespace Studio::Plugin::Detail
