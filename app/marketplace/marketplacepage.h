// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MarketplacePage: search the Dify Marketplace (category tabs, tags, 4 sort orders, paged cards),
// open a detail page (README, versions) and download a package for installation, with an offline
// banner when answers come from the cache.
// Home (no query, "All" tab): a strip of the Marketplace's banners (#6); a banner opens the plugin
// it points at, or its link in the browser. Typing in the search box shows suggestions (#7
// unified search, 250 ms debounce, the previous request cancelled); Enter on one opens its detail.
// A bundle's detail lists its plugins with label, icon and version (#13, then #11 + #10).
// Wiring: `auto *dock = createMarketplaceDock(marketplaceClient, this);` `mainWindow->addPanel(dock, ...)`,
//   then connect `MarketplacePage::packageDownloaded(identifier, filePath)` to the installer (the
//   workspace install task); `setDownloadDir(workspace.downloadsDir())`.

#include "core/marketplace/marketplaceclient.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QCompleter;
class QStandardItemModel;
class QTimer;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QButtonGroup;
class QHBoxLayout;
class QTabBar;
class QTextBrowser;

namespace Studio::App {

class BannerStrip;
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
    // Installs the latest (or selected) version of the plugin shown in the detail page: through the
    // install handler when one is set (the workspace installs `marketplace:ID` itself, keeping the
    // Marketplace as the plugin's source), else by downloading it (packageDownloaded).
    void installShown();
    // Returns false when the install could not start.
    using InstallHandler = std::function<bool(const QString &uniqueIdentifier)>;
    void setInstallHandler(InstallHandler handler) { m_installHandler = std::move(handler); }
    // Installs a published bundle: receives "marketplace-bundle:ORG/NAME@VERSION"; without one, the
    // bundle page only lists its plugins.
    using BundleInstallHandler = std::function<bool(const QString &installSpec)>;
    void setBundleInstallHandler(BundleInstallHandler handler) { m_bundleInstallHandler = std::move(handler); }

    MarketplaceListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    bool isOffline() const;
    QString offlineBannerText() const;
    QString errorText() const;
    bool isBusy() const { return m_pending != nullptr; }
    QTextBrowser *readmeView() const { return m_readme; }
    QListWidget *versionsView() const { return m_versions; }

    // Banners (#6): fetched once per page (again after setLanguage); shown on the home view only.
    void loadBanners();
    BannerStrip *bannerStrip() const { return m_bannerStrip; }
    bool bannersVisible() const;
    void setLanguage(const QString &language); // i18n key such as en_US, ja_JP
    // Home (#18.8): on first show the page fills itself: banners, the Marketplace's collections as
    // a row of buttons ("Popular" first), and the most popular plugins in the list. Picking a
    // collection lists its plugins; searching, a tab or a sort order goes back to a search.
    void loadCollections();
    void showCollection(const QString &name); // "" = Popular (the search of the current tab)
    QStringList collectionNames() const;      // in the order shown
    QString currentCollection() const { return m_collection; }
    // Suggestions (#7).
    QCompleter *suggestions() const { return m_completer; }
    QStandardItemModel *suggestionModel() const { return m_suggestModel; }
    QLineEdit *searchBox() const { return m_search; }
    int cancelledSuggestionRequests() const { return m_suggestCancelled; }
    // Bundle detail: the dependency list (one row per dependency; marketplace rows open their detail).
    void openBundle(const Marketplace::PluginListing &bundle);
    QListWidget *bundleDependenciesView() const { return m_bundleDeps; }

Q_SIGNALS:
    void searchFinished(int count, qint64 total);
    void detailLoaded(const QString &pluginId);
    // The package was downloaded to filePath; install it through the workspace.
    void packageDownloaded(const QString &uniqueIdentifier, const QString &filePath);
    void downloadFailed(const QString &uniqueIdentifier, const QString &message);
    void bannersLoaded(int count);
    void collectionsLoaded(int count);
    void suggestionsShown(int count);
    void bundleDependenciesLoaded(int count);
    // A banner link that is not a plugin; the page also opens it with QDesktopServices.
    void linkOpened(const QUrl &url);

protected:
    // First show: the banners of the home view are fetched (once).
    void showEvent(QShowEvent *event) override;

private:
    void runSearch(int page);
    void onSearchReply(Marketplace::MarketplaceReply *reply, bool append);
    void setOffline(bool offline);
    void setCacheState(const Marketplace::MarketplaceReply *reply);
    void requestIcons();
    void showError(const QString &message);
    void updateBannerVisibility();
    void requestSuggestions();
    void showSuggestions(Marketplace::MarketplaceReply *reply, const QString &query);
    void activateBanner(const Marketplace::Banner &banner);
    bool isHome() const;

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
    BannerStrip *m_bannerStrip;
    QCompleter *m_completer;
    QStandardItemModel *m_suggestModel;
    QTimer *m_suggestTimer;
    QLabel *m_bundleDepsTitle;
    QListWidget *m_bundleDeps;
    QWidget *m_versionsBox = nullptr;

    QPointer<Marketplace::MarketplaceReply> m_pending;
    QPointer<Marketplace::MarketplaceReply> m_download;
    QPointer<Marketplace::MarketplaceReply> m_suggestReply;
    QPointer<Marketplace::MarketplaceReply> m_bannerReply;
    QString m_language = QStringLiteral("en_US");
    InstallHandler m_installHandler;
    BundleInstallHandler m_bundleInstallHandler;
    QString m_detailBundleSpec;
    bool m_bannersRequested = false;
    bool m_homeRequested = false;
    QWidget *m_collectionBar = nullptr;
    QHBoxLayout *m_collectionRow = nullptr;
    QButtonGroup *m_collectionButtons = nullptr;
    QPointer<Marketplace::MarketplaceReply> m_collectionsReply;
    QString m_collection;
    bool m_bannersAvailable = false;
    bool m_suggestionJustActivated = false;
    int m_suggestCancelled = 0;
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
