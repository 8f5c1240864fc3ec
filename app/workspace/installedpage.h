// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// InstalledPluginsPage: the plugins installed in the workspace (version, source, category,
// signature), "update available" from the Marketplace (batch latest), upgrade, uninstall (confirm),
// configure credentials (ConfigForm, stored encrypted by the workspace, optionally checked by a
// validator that runs the plugin's own validate action), open in the console, and install from a
// file (also drag and drop), a Marketplace identifier or GitHub, with task progress and cancel.
// Wiring: `auto *dock = createInstalledDock(workspaceStore, marketplaceClient, this);`
//   `mainWindow->addPanel(dock, Qt::LeftDockWidgetArea);` connect `openInConsole(pluginId, dir)` and
//   MarketplacePage::packageDownloaded → `page->installFrom(filePath)`.

#include "core/marketplace/marketplaceclient.h" // installtask.h holds a QPointer<MarketplaceClient>
#include "core/workspace/installtask.h"
#include "core/workspace/workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QDockWidget;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace Studio::Marketplace {
class MarketplaceClient;
}

namespace Studio::App {

class InstalledModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PluginColumn, VersionColumn, LatestColumn, SourceColumn, CategoryColumn, SignatureColumn, EnabledColumn, ColumnCount };
    explicit InstalledModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPlugins(const QList<Workspace::InstalledPlugin> &plugins);
    void setLatest(const QHash<QString, QPair<QString, QString>> &latest); // id -> (version, identifier)
    const Workspace::InstalledPlugin &plugin(int row) const { return m_plugins[row]; }
    bool hasUpdate(int row) const;
    QString latestIdentifier(int row) const;
    int rowOf(const QString &pluginId) const;

private:
    QList<Workspace::InstalledPlugin> m_plugins;
    QHash<QString, QPair<QString, QString>> m_latest;
};

class InstalledPluginsPage : public QWidget
{
    Q_OBJECT
public:
    // Checks credentials with the plugin's own validate action; calls done(ok, message) once.
    using CredentialValidator = std::function<void(const Workspace::InstalledPlugin &plugin, const QString &provider,
                                                   const QJsonObject &values, std::function<void(bool, QString)> done)>;

    InstalledPluginsPage(Workspace::WorkspaceStore *workspace, Marketplace::MarketplaceClient *client,
                         QWidget *parent = nullptr);

    void setInstallOptions(const Workspace::InstallOptions &options) { m_options = options; }
    void setCredentialValidator(CredentialValidator validator) { m_validator = std::move(validator); }
    void setConfirmUninstall(bool ask) { m_confirm = ask; } // tests turn the dialog off

    void refresh();
    // "file.difypkg", "file.difybndl", "marketplace:ID", "github:OWNER/REPO@VERSION/ASSET" or a path.
    Workspace::InstallTask *installFrom(const QString &spec);
    void checkUpdates();
    Workspace::InstallTask *upgrade(const QString &pluginId);
    VoidResult uninstall(const QString &pluginId);
    // Opens the credentials dialog of a provider of the plugin (the first one when empty).
    void configure(const QString &pluginId);

    InstalledModel *model() const { return m_model; }
    QListWidget *tasksView() const { return m_tasks; }
    QString statusText() const;

Q_SIGNALS:
    void openInConsole(const QString &pluginId, const QString &installPath);
    void taskFinished(const QString &spec, bool ok, const QString &message);
    void updatesChecked(int available);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString selectedPluginId() const;
    Workspace::InstallTask *startTask(const Workspace::InstallSource &source, const QString &spec,
                                      const Workspace::InstallOptions &options);

    Workspace::WorkspaceStore *m_ws;
    QPointer<Marketplace::MarketplaceClient> m_client;
    Workspace::InstallOptions m_options;
    CredentialValidator m_validator;
    InstalledModel *m_model;
    QTableView *m_table;
    QListWidget *m_tasks;
    QLabel *m_status;
    bool m_confirm = true;
};

QDockWidget *createInstalledDock(Workspace::WorkspaceStore *workspace, Marketplace::MarketplaceClient *client,
                                 QWidget *parent, InstalledPluginsPage **pageOut = nullptr);

} // namespace Studio::App
