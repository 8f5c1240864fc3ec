// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The start page: what the window shows while no file is open. New plugin, open folder, open
// package, and the recent plugin folders, packages and workspaces (a workspace other than this
// window's opens in a new window of its own). Entries that are gone say so and are left out of the
// list on the next refresh when the user removes them.

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Studio::App {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    // Fills the lists: `recent` (folders and packages, newest first), `workspaces`, and the
    // workspace of this window (marked, not opened again).
    void setEntries(const QStringList &recent, const QStringList &workspaces, const QString &currentWorkspace);

    QListWidget *foldersList() const { return m_folders; }
    QListWidget *packagesList() const { return m_packages; }
    QListWidget *workspacesList() const { return m_workspaces; }

signals:
    void newPluginRequested();
    void openFolderRequested();
    void openPackageRequested();
    void openWorkspaceFolderRequested();
    void pathActivated(const QString &path);      // a recent folder or package
    void workspaceActivated(const QString &dir);  // a workspace other than this window's

private:
    QListWidget *makeList(const QString &objectName);
    void fill(QListWidget *list, const QStringList &paths, const QString &emptyText, const QString &current = {});
    QListWidget *m_folders;
    QListWidget *m_packages;
    QListWidget *m_workspaces;
};

} // namespace Studio::App
