// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Studio::App {

class MainWindow;

// Creates the core services the docks need (debug server, message log, marketplace client,
// workspace store, console history), registers them in the window's StudioContext and adds the
// console, debug, marketplace and installed-plugins docks to the window. F5 (MainWindow::runRequested)
// loads the open project into the console as a local plugin.
void installStudioPanels(MainWindow *window);

} // namespace Studio::App
