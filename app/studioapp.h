// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace Studio::App {

// Sets up the application (names, translations, theme), parses the command line
// (`plugin-studio [FOLDER|FILE.difypkg]`, --version, --workspace DIR), shows the main window and
// runs the event loop.
int runStudio(int argc, char **argv);

// Installs translators for the system locale (or STUDIO_LANG / --lang). Returns the language used.
QString installTranslations(QApplication &app, const QString &forcedLanguage = QString());

} // namespace Studio::App
