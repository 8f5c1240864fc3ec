// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow/mainwindow.h"

#include <QLabel>

namespace Studio::App {

MainWindow::MainWindow(const QString &workspaceDir, QWidget *parent) : QMainWindow(parent)
{
    Q_UNUSED(workspaceDir)
    setWindowTitle(tr("Plugin Studio"));
    setCentralWidget(new QLabel(tr("Open a plugin folder to start."), this));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::openPath(const QString &path)
{
    setWindowTitle(tr("%1 - Plugin Studio").arg(path));
}

} // namespace Studio::App
