// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Studio::App {

enum class Theme { Light, Dark };

// Applies a palette and the small stylesheet of resources/themes/<name>.qss to the application.
void applyTheme(Theme theme);
Theme themeFromName(const QString &name); // "dark" -> Dark, anything else -> Light
QString themeName(Theme theme);

} // namespace Studio::App
