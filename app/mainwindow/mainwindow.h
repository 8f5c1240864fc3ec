// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace Studio::App {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &workspaceDir = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a plugin folder, or a .difypkg read-only.
    void openPath(const QString &path);
};

} // namespace Studio::App
