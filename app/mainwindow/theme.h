// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace Studio::App {

enum class Theme { Light, Dark };

// Applies a palette and the stylesheet of resources/themes/<name>.qss to the application.
void applyTheme(Theme theme);
Theme themeFromName(const QString &name); // "dark" -> Dark, anything else -> Light
QString themeName(Theme theme);
Theme currentTheme(); // the one applyTheme() applied last (Light before any)

// What a status text or banner says, coloured by the theme (never a fixed light colour that
// becomes a light patch in the dark theme). Banners are filled boxes; texts are coloured words.
enum class Tone { None, WarningBanner, ErrorBanner, InfoBanner, ErrorText, WarningText, OkText, MutedText };
// Sets the tone of a label (or any widget): the theme's stylesheet colours it ([tone="..."]) and
// follows a change of theme by itself.
void setTone(QWidget *widget, Tone tone);
// The text colour of a tone in the current theme (for item models and painted text).
QColor toneColor(Tone tone);
// "#rrggbb" of toneColor(), for rich text.
QString toneColorName(Tone tone);

} // namespace Studio::App
