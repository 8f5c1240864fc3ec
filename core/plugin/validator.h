// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plugin validator: every rule of formats.md §10 on top of the loader (loader.h).
// Layers (formats.md §0): PKG and INSTALL findings are what the daemon refuses; STRICT is the Go
// struct-tag validator; SDK is what the Python SDK refuses at start-up; REVIEW (Marketplace) and
// Studio findings are always warnings. Every Diagnostic has a stable code from the table in
// diagnosticcodes.h; what a level does with each layer is one table in validator.cpp.
// validatePlugin() is reentrant and thread-safe (the GUI runs it with QtConcurrent).

#include "core/common/diagnostic.h"
#include "core/common/fileset.h"
#include "core/plugin/diagnosticcodes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Studio::Plugin {

enum class ValidationLevel { // the validation profiles; keep in step with kLevels/kTreatment
    Install, // PKG + INSTALL errors (what a stock daemon refuses)
    Strict,  // + STRICT (Go struct tags)
    Sdk,     // + SDK (Python SDK start-up); the default for authoring
};

struct ValidationOptions
{
    ValidationLevel level = ValidationLevel::Sdk;
    bool importedPackage = false; // report STRICT/SDK findings as warnings (third-party packages)
    QDateTime now;                // "now" for the created_at rule; invalid = current time
};

ValidationReport validatePlugin(const FileSet &files, const ValidationOptions &options = {});

// "install" | "strict" | "sdk" (case-insensitive); nullopt otherwise.
std::optional<ValidationLevel> parseValidationLevel(const QString &text);
QString validationLevelName(ValidationLevel level);

// "install", "strict", "sdk": every level, for --help texts and menus.
QStringList validationLevelNames();

} // namespace Studio::Plugin
