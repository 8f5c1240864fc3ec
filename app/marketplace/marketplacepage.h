// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MarketplacePage: search the Dify Marketplace (category tabs, tags, 4 sort orders, paged cards),
// open a detail page (README, versions) and download a package for installation, with an offline
// banner when answers come from the cache.
// Wiring: `auto *dock = createMarketplaceDock(marketplaceClient, this);` `mainWindow->addPanel(dock, ...)`,
//   then connect `MarketplacePage::packageDownloaded(identifier, filePath)` to the installer (the
//   workspace install task); `setDownloadDir(workspace.downloadsDir())`.

#include "core/marketplace/marketplaceclient.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTextBrowser;

namespace Studio::App {

class MarketplaceListModel;

class MarketplacePage : public QWidget
{
    Q_OBJECT
public:
    static const QStringList &categories(); // all, model, tool, agent-strategy, extension, datasource, trigger, bundle

    explicit MarketplacePage(Marketplace::MarketplaceClient *client, QWidget *parent = nullptr);

    void setDownloadDir(const QString &dir) { m_downloadDir = dir; }
    // Runs a search with the current box/category/tags/sort (page 1).
    void search();
    void loadMore();
    void setQuery(const QString &text);
    void setCategory(const QString &category); // one of categories()
    void setTags(const QStringList &tags);
    void setSort(Marketplace::SortOrder sort);
    // Shows the detail page of a plugin ("org/name").
    void openDetail(const QString &pluginId);
    void showList();
    // Downloads the latest (or selected) version of the plugin shown in the detail page.
    void installShown();

    MarketplaceListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    bool isOffline() const;
    QString offlineBannerText() const;
    QString errorText() const;
    bool isBusy() const { return m_pending != nullptr; }
    QTextBrowser *readmeView() const { return m_readme; }
    QListWidget *versionsView() const { return m_versions; }

Q_SIGNALS:
    void searchFinished(int count, qint64 total);
    void detailLoaded(const QString &pluginId);
    // The package was downloaded to filePath; install it through the workspace.
    void packageDownloaded(const QString &uniqueIdentifier, const QString &filePath);
    void downloadFailed(const QString &uniqueIdentifier, const QString &message);

private:
    void runSearch(int page);
    void onSearchReply(Marketplace::MarketplaceReply *reply, bool append);
    void setOffline(bool offline);
    void requestIcons();
    void showError(const QString &message);

    QPointer<Marketplace::MarketplaceClient> m_client;
    MarketplaceListModel *m_model;
    QLineEdit *m_search;
    QLineEdit *m_tags;
    QComboBox *m_sort;
    QTabBar *m_tabs;
    QLabel *m_offline;
    QLabel *m_error;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QListView *m_list;
    QPushButton *m_more;
    // detail
    QLabel *m_detailTitle;
    QLabel *m_detailMeta;
    QLabel *m_detailIcon;
    QTextBrowser *m_readme;
    QListWidget *m_versions;
    QPushButton *m_install;
    QPushButton *m_cancelDownload;
    QProgressBar *m_progress;
    QLabel *m_installStatus;

    QPointer<Marketplace::MarketplaceReply> m_pending;
    QPointer<Marketplace::MarketplaceReply> m_download;
    QSet<QString> m_iconRequested;
    QString m_detailId;
    QString m_detailIdentifier;
    QString m_downloadDir;
    int m_page = 1;
    qint64 m_total = 0;
    bool m_offlineShown = false;
};

QDockWidget *createMarketplaceDock(Marketplace::MarketplaceClient *client, QWidget *parent,
                                   MarketplacePage **pageOut = nullptr);

} // namespace Studio::App
