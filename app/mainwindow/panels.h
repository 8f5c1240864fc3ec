// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Studio::App {

class MainWindow;

// The window's composition root: builds the window's Session::StudioSession on its workspace (unless
// its StudioContext already has one), adds the console, debug, marketplace and installed-plugins
// docks on that session and connects them. The console follows the plugin the user opened last:
// File > Open Folder (MainWindow::projectOpened), F5 (MainWindow::runRequested, also raises it),
// Open in console on the Installed and Remote debug pages.
void installStudioPanels(MainWindow *window);

} // namespace Studio::App
