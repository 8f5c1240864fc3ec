// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// InstalledPluginsPage: the plugins installed in the workspace (version, source, category,
// signature), "update available" from the Marketplace (batch latest), upgrade, uninstall (confirm),
// configure credentials (ConfigForm, stored encrypted by the workspace, optionally checked by a
// validator that runs the plugin's own validate action), open in the console, and install from a
// file (also drag and drop), a Marketplace identifier or GitHub, with task progress and cancel.
// Per provider with an oauth_schema: "OAuth client…" (OAuthClientDialog) and "Authorize…" (the
// core OAuthFlow: the browser signs in, the loopback redirect comes back, the credential is stored).
// Per plugin: "Auto-upgrade…" (AutoUpgradeDialog), the strategy in the list, and a notice row for what
// the AutoUpgradeScheduler did (its upgrades run as tasks of this page).
// Wiring: `auto *dock = createInstalledDock(workspaceStore, marketplaceClient, this);`
//   `mainWindow->addPanel(dock, Qt::LeftDockWidgetArea);` connect `openInConsole(pluginId, dir)` and
//   MarketplacePage::packageDownloaded → `page->installFrom(filePath)`.

#include "core/marketplace/marketplaceclient.h" // installtask.h holds a QPointer<MarketplaceClient>
#include "core/workspace/autoupgrade.h"
#include "core/workspace/installtask.h"
#include "core/workspace/oauthflow.h"
#include "core/workspace/workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QDockWidget;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace Studio::Marketplace {
class MarketplaceClient;
}
namespace Studio::Runtime {
class PluginConnection;
}

namespace Studio::App {

class InstalledModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PluginColumn, VersionColumn, LatestColumn, SourceColumn, CategoryColumn, SignatureColumn, EnabledColumn,
                  AutoUpgradeColumn, ColumnCount };
    explicit InstalledModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPlugins(const QList<Workspace::InstalledPlugin> &plugins);
    void setLatest(const QHash<QString, QPair<QString, QString>> &latest); // id -> (version, identifier)
    void setAutoUpgradePolicy(const Workspace::AutoUpgradePolicy &policy);
    const Workspace::InstalledPlugin &plugin(int row) const { return m_plugins[row]; }
    bool hasUpdate(int row) const;
    QString latestIdentifier(int row) const;
    int rowOf(const QString &pluginId) const;

private:
    QList<Workspace::InstalledPlugin> m_plugins;
    QHash<QString, QPair<QString, QString>> m_latest;
    Workspace::AutoUpgradePolicy m_policy;
};

class InstalledPluginsPage : public QWidget
{
    Q_OBJECT
public:
    // Checks credentials with the plugin's own validate action; calls done(ok, message) once.
    using CredentialValidator = std::function<void(const Workspace::InstalledPlugin &plugin, const QString &provider,
                                                   const QJsonObject &values, std::function<void(bool, QString)> done)>;

    // Gives a running connection of the installed plugin (started on demand), or an error.
    using PluginRunner = std::function<void(const Workspace::InstalledPlugin &plugin,
                                            std::function<void(Runtime::PluginConnection *connection, QString error)> ready)>;
    // Opens the authorization URL (default: QDesktopServices::openUrl; tests play the browser).
    using UrlOpener = std::function<bool(const QUrl &url)>;

    InstalledPluginsPage(Workspace::WorkspaceStore *workspace, Marketplace::MarketplaceClient *client,
                         QWidget *parent = nullptr);

    void setInstallOptions(const Workspace::InstallOptions &options) { m_options = options; }
    void setCredentialValidator(CredentialValidator validator) { m_validator = std::move(validator); }
    void setConfirmUninstall(bool ask) { m_confirm = ask; } // tests turn the dialog off
    void setPluginRunner(PluginRunner runner) { m_runner = std::move(runner); }
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    // Its upgrades become tasks of this page; its reports show in the notice row.
    void setAutoUpgradeScheduler(Workspace::AutoUpgradeScheduler *scheduler);

    void refresh();
    // "file.difypkg", "file.difybndl", "marketplace:ID", "github:OWNER/REPO@VERSION/ASSET" or a path.
    Workspace::InstallTask *installFrom(const QString &spec);
    void checkUpdates();
    Workspace::InstallTask *upgrade(const QString &pluginId);
    VoidResult uninstall(const QString &pluginId);
    // Opens the credentials dialog of a provider of the plugin (the first one when empty).
    void configure(const QString &pluginId);
    // The OAuth providers of an installed plugin (tools, datasources, triggers with an oauth_schema).
    QList<Workspace::OAuthProviderInfo> oauthProviders(const QString &pluginId) const;
    // OAuth client dialog of a provider (asks which one when the plugin has several and none is given).
    void editOAuthClient(const QString &pluginId, const QString &provider = {});
    // Runs the authorization: plugin started if needed, browser opened, credential stored. nullptr
    // when it cannot start (the reason is in the status line).
    Workspace::OAuthFlow *authorize(const QString &pluginId, const QString &provider = {});
    void editAutoUpgrade(const QString &pluginId);
    // Shows what an automatic-upgrade pass did in the notice row (hidden when there is nothing to say).
    void showAutoUpgradeReport(const Workspace::AutoUpgradeReport &report);
    QString autoUpgradeNoticeText() const;
    bool isAutoUpgradeNoticeVisible() const;
    // The same task as a manual upgrade (row in the tasks list); used by the scheduler.
    Workspace::InstallTask *startUpgradeTask(const Workspace::InstallSource &source, const Workspace::InstallOptions &options);

    InstalledModel *model() const { return m_model; }
    QListWidget *tasksView() const { return m_tasks; }
    QString statusText() const;

Q_SIGNALS:
    void openInConsole(const QString &pluginId, const QString &installPath);
    void taskFinished(const QString &spec, bool ok, const QString &message);
    void updatesChecked(int available);
    void authorizationFinished(const QString &pluginId, const QString &provider, bool ok, const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString selectedPluginId() const;
    bool pickOAuthProvider(const QString &pluginId, QString *provider, Workspace::OAuthProviderInfo *info);
    Workspace::InstallTask *startTask(const Workspace::InstallSource &source, const QString &spec,
                                      const Workspace::InstallOptions &options);

    Workspace::WorkspaceStore *m_ws;
    QPointer<Marketplace::MarketplaceClient> m_client;
    Workspace::InstallOptions m_options;
    CredentialValidator m_validator;
    PluginRunner m_runner;
    UrlOpener m_urlOpener;
    QPointer<Workspace::AutoUpgradeScheduler> m_scheduler;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    Workspace::AutoUpgradeReport m_noticeReport;
    InstalledModel *m_model;
    QTableView *m_table;
    QListWidget *m_tasks;
    QLabel *m_status;
    bool m_confirm = true;
};

QDockWidget *createInstalledDock(Workspace::WorkspaceStore *workspace, Marketplace::MarketplaceClient *client,
                                 QWidget *parent, InstalledPluginsPage **pageOut = nullptr);

} // namespace Studio::App
