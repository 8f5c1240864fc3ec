// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/marketplace/marketplacepage.h"

#include "app/marketplace/bannerstrip.h"
#include "app/mainwindow/theme.h"
#include "app/marketplace/marketplacemodel.h"
#include "core/common/printable.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Studio::App {

using namespace Studio::Marketplace;

namespace {
// Marketplace text (names, labels, versions, descriptions) as the page shows it: no control
// character reaches a label, a list or a tooltip (#17.9).
QString shown(const QString &text)
{
    return printable(text);
}
QString shownText(const QString &text)
{
    return printable(text, PrintableMode::MultiLine);
}
// A tooltip shows its text as written: escaped, so markup from the Marketplace is not rendered.
QString plainTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(shownText(text).toHtmlEscaped());
}
} // namespace

const QStringList &MarketplacePage::categories()
{
    static const QStringList c{QStringLiteral("all"),       QStringLiteral("model"),
                               QStringLiteral("tool"),      QStringLiteral("agent-strategy"),
                               QStringLiteral("extension"), QStringLiteral("datasource"),
                               QStringLiteral("trigger"),   QStringLiteral("bundle")};
    return c;
}

MarketplacePage::MarketplacePage(MarketplaceClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_model(new MarketplaceListModel(this)), m_search(new QLineEdit(this)),
      m_tags(new QLineEdit(this)), m_sort(new QComboBox(this)), m_tabs(new QTabBar(this)), m_offline(new QLabel(this)),
      m_error(new QLabel(this)), m_count(new QLabel(this)), m_stack(new QStackedWidget(this)), m_list(new QListView(this)),
      m_more(new QPushButton(tr("Load more"), this)), m_detailTitle(new QLabel(this)), m_detailMeta(new QLabel(this)),
      m_detailIcon(new QLabel(this)), m_readme(new QTextBrowser(this)), m_versions(new QListWidget(this)),
      m_install(new QPushButton(tr("Install"), this)), m_cancelDownload(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_installStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("marketplacePage"));
    m_downloadDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/downloads");

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search plugins…"));
    m_search->setClearButtonEnabled(true);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("tags, comma separated (search, image…)"));
    m_sort->setObjectName(QStringLiteral("sort"));
    m_sort->addItem(tr("Most popular"), int(SortOrder::MostPopular));
    m_sort->addItem(tr("Recently updated"), int(SortOrder::RecentlyUpdated));
    m_sort->addItem(tr("Newly released"), int(SortOrder::NewlyReleased));
    m_sort->addItem(tr("First released"), int(SortOrder::FirstReleased));
    const QStringList names{tr("All"), tr("Models"), tr("Tools"), tr("Agent strategies"), tr("Extensions"),
                            tr("Data sources"), tr("Triggers"), tr("Bundles")};
    for (const QString &n : names)
        m_tabs->addTab(n);
    m_tabs->setObjectName(QStringLiteral("categoryTabs"));
    m_tabs->setExpanding(false);
    m_offline->setObjectName(QStringLiteral("offlineBanner"));
    m_offline->setWordWrap(true);
    setTone(m_offline, Tone::WarningBanner);
    m_offline->hide();
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    setTone(m_error, Tone::ErrorBanner);
    m_error->hide();
    m_count->setObjectName(QStringLiteral("count"));

    m_bannerStrip = new BannerStrip(this);
    m_collectionBar = new QWidget(this);
    m_collectionBar->setObjectName(QStringLiteral("collections"));
    m_collectionRow = new QHBoxLayout(m_collectionBar);
    m_collectionRow->setContentsMargins(0, 2, 0, 2);
    m_collectionButtons = new QButtonGroup(this);
    m_collectionButtons->setExclusive(true);
    {
        auto *popular = new QToolButton(m_collectionBar);
        popular->setObjectName(QStringLiteral("collection_"));
        popular->setText(tr("Popular"));
        popular->setToolTip(tr("The most popular plugins of this category"));
        popular->setCheckable(true);
        popular->setChecked(true);
        popular->setAutoRaise(true);
        popular->setProperty("collection", QString());
        m_collectionButtons->addButton(popular);
        m_collectionRow->addWidget(popular);
        m_collectionRow->addStretch(1);
    }
    m_collectionBar->hide();
    m_suggestModel = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestModel, this);
    m_completer->setObjectName(QStringLiteral("suggestions"));
    m_completer->setWidget(m_search);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(QStringLiteral("suggestionPopup"));
    m_completer->popup()->setIconSize(QSize(20, 20));
    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(250);
    m_bundleDepsTitle = new QLabel(this);
    m_bundleDepsTitle->setObjectName(QStringLiteral("bundleDependenciesTitle"));
    m_bundleDeps = new QListWidget(this);
    m_bundleDeps->setObjectName(QStringLiteral("bundleDependencies"));
    m_bundleDeps->setIconSize(QSize(24, 24));
    m_bundleDepsTitle->hide();
    m_bundleDeps->hide();

    auto *searchBtn = new QPushButton(tr("Search"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addWidget(m_tags, 2);
    bar->addWidget(m_sort);
    bar->addWidget(searchBtn);

    // list page
    m_list->setObjectName(QStringLiteral("results"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PluginCardDelegate(m_list));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setGridSize(QSize(PluginCardDelegate::CardWidth, PluginCardDelegate::CardHeight));
    m_list->setSpacing(0);
    m_list->setMouseTracking(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(200);
    auto *listPage = new QWidget(this);
    auto *ll = new QVBoxLayout(listPage);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_bannerStrip);
    ll->addWidget(m_collectionBar);
    ll->addWidget(m_list, 1);
    auto *foot = new QHBoxLayout;
    foot->addWidget(m_count, 1);
    foot->addWidget(m_more);
    ll->addLayout(foot);
    m_more->hide();

    // detail page
    auto *detailPage = new QWidget(this);
    auto *dl = new QVBoxLayout(detailPage);
    dl->setContentsMargins(0, 0, 0, 0);
    auto *back = new QPushButton(tr("← Back to results"), detailPage);
    back->setObjectName(QStringLiteral("back"));
    auto *head = new QHBoxLayout;
    m_detailIcon->setFixedSize(56, 56);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setTextFormat(Qt::RichText);
    m_detailMeta->setObjectName(QStringLiteral("detailMeta"));
    m_detailMeta->setWordWrap(true);
    m_detailMeta->setTextFormat(Qt::PlainText); // it quotes the Marketplace
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_detailTitle);
    titles->addWidget(m_detailMeta);
    head->addWidget(m_detailIcon);
    head->addLayout(titles, 1);
    m_install->setObjectName(QStringLiteral("install"));
    m_cancelDownload->setObjectName(QStringLiteral("cancelDownload"));
    m_cancelDownload->hide();
    m_progress->hide();
    m_installStatus->setObjectName(QStringLiteral("installStatus"));
    m_installStatus->setWordWrap(true);
    m_installStatus->setTextFormat(Qt::PlainText);
    auto *installCol = new QVBoxLayout;
    installCol->addWidget(m_install);
    installCol->addWidget(m_cancelDownload);
    head->addLayout(installCol);
    m_readme->setObjectName(QStringLiteral("readme"));
    m_readme->setOpenExternalLinks(true);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setMaximumWidth(260);
    auto *split = new QSplitter(Qt::Horizontal, detailPage);
    split->addWidget(m_readme);
    auto *verBox = new QWidget(split);
    m_versionsBox = verBox;
    auto *vl = new QVBoxLayout(verBox);
    vl->setContentsMargins(0, 0, 0, 0);
    vl->addWidget(new QLabel(tr("Versions"), verBox));
    vl->addWidget(m_versions, 1);
    split->addWidget(verBox);
    split->setStretchFactor(0, 3);
    dl->addWidget(back, 0, Qt::AlignLeft);
    dl->addLayout(head);
    dl->addWidget(m_progress);
    dl->addWidget(m_installStatus);
    dl->addWidget(split, 1);
    dl->addWidget(m_bundleDepsTitle);
    dl->addWidget(m_bundleDeps, 2);

    m_stack->addWidget(listPage);
    m_stack->addWidget(detailPage);

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addLayout(bar);
    lay->addWidget(m_tabs);
    lay->addWidget(m_offline);
    lay->addWidget(m_error);
    lay->addWidget(m_stack, 1);

    connect(searchBtn, &QPushButton::clicked, this, &MarketplacePage::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // The Enter that picks a suggestion belongs to the suggestion list, not to a search.
        const QAbstractItemView *popup = m_completer->popup();
        if (m_suggestionJustActivated || (popup->isVisible() && popup->currentIndex().isValid()))
            return;
        search();
    });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_suggestTimer->start(); });
    connect(m_suggestTimer, &QTimer::timeout, this, &MarketplacePage::requestSuggestions);
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const QString id = index.data(MarketplaceListModel::PluginIdRole).toString();
        m_suggestTimer->stop();
        m_suggestionJustActivated = true;
        QTimer::singleShot(0, this, [this] { m_suggestionJustActivated = false; });
        if (!id.isEmpty())
            openDetail(id);
    });
    connect(m_bannerStrip, &BannerStrip::activated, this, &MarketplacePage::activateBanner);
    connect(m_collectionButtons, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *b) {
        showCollection(b->property("collection").toString());
    });
    // Typing in the box is where the search box takes the keyboard when the dock is opened.
    setFocusProxy(m_search);
    // Picking a version installs that one (connected once; the list is refilled per plugin).
    connect(m_versions, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_detailIdentifier = item->data(Qt::UserRole).toString();
        m_install->setText(tr("Install %1").arg(item->text().section(QLatin1Char(' '), 0, 0)));
        m_install->setEnabled(!m_detailIdentifier.isEmpty());
    });
    connect(m_bundleDeps, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        if (!id.isEmpty())
            openDetail(id);
    });
    connect(m_tags, &QLineEdit::returnPressed, this, &MarketplacePage::search);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &MarketplacePage::search);
    connect(m_tabs, &QTabBar::currentChanged, this, &MarketplacePage::search);
    connect(m_more, &QPushButton::clicked, this, &MarketplacePage::loadMore);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) {
        openDetail(i.data(MarketplaceListModel::PluginIdRole).toString());
    });
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { requestIcons(); });
    connect(back, &QPushButton::clicked, this, &MarketplacePage::showList);
    connect(m_install, &QPushButton::clicked, this, &MarketplacePage::installShown);
    connect(m_cancelDownload, &QPushButton::clicked, this, [this] {
        if (m_download)
            m_download->abort();
    });
}

void MarketplacePage::setQuery(const QString &text) { m_search->setText(text); }
void MarketplacePage::setTags(const QStringList &tags) { m_tags->setText(tags.join(QStringLiteral(", "))); }

void MarketplacePage::setCategory(const QString &category)
{
    const int i = int(categories().indexOf(category));
    if (i >= 0) {
        const QSignalBlocker b(m_tabs);
        m_tabs->setCurrentIndex(i);
    }
}

void MarketplacePage::setSort(SortOrder sort)
{
    const QSignalBlocker b(m_sort);
    m_sort->setCurrentIndex(m_sort->findData(int(sort)));
}

void MarketplacePage::search() { runSearch(1); }

void MarketplacePage::loadMore()
{
    if (qint64(m_model->rowCount()) < m_total)
        runSearch(m_page + 1);
}

void MarketplacePage::runSearch(int page)
{
    if (!m_client)
        return;
    if (m_pending)
        m_pending->abort();
    m_suggestTimer->stop();
    if (m_suggestReply) {
        m_suggestReply->abort();
        ++m_suggestCancelled;
    }
    m_completer->popup()->hide();
    if (page == 1) {
        if (!m_bannersRequested && isHome())
            loadBanners();
        // A search (box, tab, tags, sort) replaces a collection's list: "Popular" again.
        m_collection.clear();
        if (QAbstractButton *popular = m_collectionButtons->buttons().value(0))
            popular->setChecked(true);
        updateBannerVisibility();
    }
    SearchQuery q;
    q.query = m_search->text().trimmed();
    const QString cat = categories().value(m_tabs->currentIndex());
    q.category = cat == QLatin1String("all") || cat == QLatin1String("bundle") ? QString() : cat;
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        q.tags << t.trimmed();
    q.sort = SortOrder(m_sort->currentData().toInt());
    q.page = page;
    q.pageSize = 40;
    MarketplaceReply *r = cat == QLatin1String("bundle") ? m_client->searchBundles(q) : m_client->searchPlugins(q);
    m_pending = r;
    m_page = page;
    m_count->setText(tr("Searching…"));
    const bool append = page > 1;
    connect(r, &MarketplaceReply::finished, this, [this, r, append] { onSearchReply(r, append); });
    showList();
}

void MarketplacePage::onSearchReply(MarketplaceReply *reply, bool append)
{
    reply->deleteLater();
    if (m_pending == reply)
        m_pending = nullptr;
    if (!reply->isOk()) {
        if (reply->error() && reply->error()->code == ErrorCode::Cancelled)
            return;
        showError(tr("The Marketplace could not be reached and nothing is cached for this search: %1")
                      .arg(reply->error() ? reply->error()->message : tr("unknown error")));
        setOffline(false);
        m_count->clear();
        Q_EMIT searchFinished(0, 0);
        return;
    }
    m_error->hide();
    setCacheState(reply);
    const SearchResult res = reply->searchResult();
    if (append)
        m_model->appendListings(res.plugins);
    else
        m_model->setListings(res.plugins);
    m_total = res.total;
    m_count->setText(tr("%1 of %2 plugins").arg(m_model->rowCount()).arg(res.total));
    m_more->setVisible(qint64(m_model->rowCount()) < res.total);
    requestIcons();
    Q_EMIT searchFinished(int(res.plugins.size()), res.total);
}

void MarketplacePage::requestIcons()
{
    if (!m_client || m_model->rowCount() == 0)
        return;
    // Only the cards in view (plus a margin) ask for their icon.
    const QModelIndex first = m_list->indexAt(QPoint(8, 8));
    int start = first.isValid() ? first.row() : 0;
    const int perScreen = qMax(1, (m_list->viewport()->width() / PluginCardDelegate::CardWidth))
                          * (m_list->viewport()->height() / PluginCardDelegate::CardHeight + 2);
    const int end = qMin(m_model->rowCount(), start + perScreen + 8);
    for (int row = start; row < end; ++row) {
        const PluginListing &l = m_model->listing(row);
        if (l.pluginId.isEmpty() || m_iconRequested.contains(l.pluginId))
            continue;
        m_iconRequested.insert(l.pluginId);
        MarketplaceReply *r = m_client->icon(l.org, l.name, l.type == QLatin1String("bundle"));
        const QString id = l.pluginId;
        connect(r, &MarketplaceReply::finished, this, [this, r, id] {
            r->deleteLater();
            if (!r->isOk())
                return;
            const QImage img = imageFromBytes(r->bytes(), 80);
            if (!img.isNull())
                m_model->setIcon(id, img);
        });
    }
}

void MarketplacePage::setOffline(bool offline)
{
    m_offlineShown = offline;
    m_offline->setText(tr("Offline — the Marketplace did not answer; these results come from the local cache and may be "
                          "out of date."));
    m_offline->setVisible(offline);
}

void MarketplacePage::setCacheState(const MarketplaceReply *reply)
{
    if (!reply->fromCache() || reply->offline())
        return setOffline(reply->offline());
    // The Marketplace answered, with an error of its own (HTTP 5xx): say so, not "offline".
    m_offlineShown = true;
    m_offline->setText(tr("The Marketplace answered with an error (%1); these results come from the local cache and may "
                          "be out of date.")
                           .arg(reply->failure() && reply->failure()->httpStatus > 0
                                    ? QStringLiteral("HTTP %1").arg(reply->failure()->httpStatus)
                                    : shown(reply->cacheReason() ? reply->cacheReason()->message : QString())));
    m_offline->setVisible(true);
}

bool MarketplacePage::isOffline() const { return m_offlineShown; }
QString MarketplacePage::offlineBannerText() const { return m_offlineShown ? m_offline->text() : QString(); }
QString MarketplacePage::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void MarketplacePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void MarketplacePage::showList() { m_stack->setCurrentIndex(0); }

void MarketplacePage::openDetail(const QString &pluginId)
{
    if (!m_client || !pluginId.contains(QLatin1Char('/')))
        return;
    for (const PluginListing &l : m_model->listings()) {
        if (l.pluginId == pluginId && l.type == QLatin1String("bundle")) {
            openBundle(l);
            return;
        }
    }
    const QString org = pluginId.section(QLatin1Char('/'), 0, 0);
    const QString name = pluginId.section(QLatin1Char('/'), 1);
    m_bundleDepsTitle->hide();
    m_bundleDeps->hide();
    m_versionsBox->show();
    m_install->show();
    m_detailIcon->clear();
    m_detailId = pluginId;
    m_detailIdentifier.clear();
    m_detailBundleSpec.clear();
    m_detailTitle->setText(QStringLiteral("<b>%1</b>").arg(shown(pluginId).toHtmlEscaped()));
    m_detailMeta->setText(tr("Loading…"));
    m_readme->clear();
    m_versions->clear();
    m_installStatus->clear();
    m_install->setEnabled(false);
    m_stack->setCurrentIndex(1);
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->listing(i).pluginId == pluginId)
            m_detailIcon->setPixmap(QPixmap::fromImage(m_model->data(m_model->index(i), MarketplaceListModel::IconRole).value<QImage>()));

    MarketplaceReply *d = m_client->pluginDetail(org, name);
    connect(d, &MarketplaceReply::finished, this, [this, d, pluginId] {
        d->deleteLater();
        if (m_detailId != pluginId)
            return;
        if (!d->isOk()) {
            m_detailMeta->setText(tr("Could not load the details: %1").arg(d->error() ? d->error()->message : QString()));
            return;
        }
        setCacheState(d);
        const PluginListing l = d->pluginDetail();
        QString badges;
        if (l.verified)
            badges += QStringLiteral(" <span style=\"background:#1565c0;color:white\">&nbsp;%1&nbsp;</span>").arg(tr("verified"));
        if (l.badges.contains(QStringLiteral("partner")))
            badges += QStringLiteral(" <span style=\"background:#6f42c1;color:white\">&nbsp;%1&nbsp;</span>").arg(tr("partner"));
        m_detailTitle->setText(QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span> <code>%2</code>%3")
                                   .arg(shown(l.label.text()).toHtmlEscaped(), shown(l.pluginId).toHtmlEscaped(), badges));
        QString meta = tr("%1 · %2 installs · latest %3").arg(shown(l.category), formatInstallCount(l.installCount), shown(l.latestVersion));
        if (!l.deprecatedReason.isEmpty())
            meta += QLatin1Char('\n') + tr("Deprecated: %1 (use %2)").arg(shown(l.deprecatedReason), shown(l.alternativePluginId));
        if (!l.repository.isEmpty())
            meta += QLatin1Char('\n') + shown(l.repository);
        m_detailMeta->setText(meta);
        m_readme->setMarkdown(shownText(l.introduction.isEmpty() ? l.description.text() : l.introduction));
        m_detailIdentifier = l.latestPackageIdentifier;
        m_install->setEnabled(!m_detailIdentifier.isEmpty());
        m_install->setText(tr("Install %1").arg(shown(l.latestVersion)));
        Q_EMIT detailLoaded(pluginId);
    });
    MarketplaceReply *v = m_client->versions(org, name);
    connect(v, &MarketplaceReply::finished, this, [this, v, pluginId] {
        v->deleteLater();
        if (m_detailId != pluginId || !v->isOk())
            return;
        for (const VersionInfo &vi : v->versions()) {
            auto *item = new QListWidgetItem(QStringLiteral("%1   %2").arg(shown(vi.version), shown(vi.createdAt.left(10))), m_versions);
            item->setData(Qt::UserRole, vi.uniqueIdentifier);
        }
    });
}

void MarketplacePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_homeRequested) // deferred: the studio applies the Marketplace URL setting after creating the page
        QTimer::singleShot(0, this, [this] {
            if (m_homeRequested || !isVisible())
                return;
            m_homeRequested = true;
            if (!m_bannersRequested)
                loadBanners();
            loadCollections();
            // The home is never blank: the most popular plugins, unless something was asked already.
            if (m_model->rowCount() == 0 && !m_pending)
                search();
        });
}

void MarketplacePage::loadCollections()
{
    if (!m_client)
        return;
    if (m_collectionsReply)
        m_collectionsReply->abort();
    MarketplaceReply *r = m_client->collections();
    m_collectionsReply = r;
    connect(r, &MarketplaceReply::finished, this, [this, r] {
        r->deleteLater();
        if (m_collectionsReply == r)
            m_collectionsReply = nullptr;
        if (!r->isOk() && r->error() && r->error()->code == ErrorCode::Cancelled)
            return;
        // Without collections (offline, nothing cached) the row stays hidden; the list still works.
        QList<Collection> list = r->isOk() ? r->collections() : QList<Collection>();
        std::stable_sort(list.begin(), list.end(), [](const Collection &a, const Collection &b) { return a.priority > b.priority; });
        const QList<QAbstractButton *> old = m_collectionButtons->buttons();
        for (int i = 1; i < old.size(); ++i) {
            m_collectionButtons->removeButton(old.at(i));
            old.at(i)->deleteLater();
        }
        constexpr int kMaxShown = 8; // a row, not a wall
        int shownCount = 0;
        for (const Collection &c : std::as_const(list)) {
            if (c.name.isEmpty() || shownCount >= kMaxShown)
                continue;
            auto *b = new QToolButton(m_collectionBar);
            b->setObjectName(QStringLiteral("collection_") + c.name);
            const QString label = c.label.text(m_language);
            b->setText(shown(label.isEmpty() ? c.name : label));
            b->setToolTip(plainTip(c.description.text(m_language)));
            b->setCheckable(true);
            b->setAutoRaise(true);
            b->setProperty("collection", c.name);
            m_collectionButtons->addButton(b);
            m_collectionRow->insertWidget(m_collectionRow->count() - 1, b);
            ++shownCount;
        }
        updateBannerVisibility();
        Q_EMIT collectionsLoaded(shownCount);
    });
}

QStringList MarketplacePage::collectionNames() const
{
    QStringList names;
    const QList<QAbstractButton *> buttons = m_collectionButtons->buttons();
    for (int i = 1; i < buttons.size(); ++i)
        names << buttons.at(i)->property("collection").toString();
    return names;
}

void MarketplacePage::showCollection(const QString &name)
{
    if (name.isEmpty())
        return search();
    if (!m_client)
        return;
    if (m_pending)
        m_pending->abort();
    m_collection = name;
    for (QAbstractButton *b : m_collectionButtons->buttons())
        if (b->property("collection").toString() == name)
            b->setChecked(true);
    const QString cat = categories().value(m_tabs->currentIndex());
    MarketplaceReply *r = m_client->collectionPlugins(name, cat == QLatin1String("all") || cat == QLatin1String("bundle") ? QString() : cat);
    m_pending = r;
    m_page = 1;
    m_count->setText(tr("Loading…"));
    connect(r, &MarketplaceReply::finished, this, [this, r] { onSearchReply(r, false); });
    showList();
}

bool MarketplacePage::isHome() const
{
    return m_search->text().trimmed().isEmpty() && m_tabs->currentIndex() == 0;
}

bool MarketplacePage::bannersVisible() const { return !m_bannerStrip->isHidden(); }

void MarketplacePage::updateBannerVisibility()
{
    m_bannerStrip->setVisible(m_bannersAvailable && isHome() && m_bannerStrip->count() > 0);
    m_collectionBar->setVisible(isHome() && m_collectionButtons->buttons().size() > 1);
}

void MarketplacePage::setLanguage(const QString &language)
{
    if (language.isEmpty() || language == m_language)
        return;
    m_language = language;
    m_model->setLanguage(language);
    if (m_bannersRequested)
        loadBanners();
}

void MarketplacePage::loadBanners()
{
    if (!m_client)
        return;
    if (m_bannerReply)
        m_bannerReply->abort();
    m_bannersRequested = true;
    MarketplaceReply *r = m_client->banners(m_language);
    m_bannerReply = r;
    connect(r, &MarketplaceReply::finished, this, [this, r] {
        r->deleteLater();
        if (m_bannerReply == r)
            m_bannerReply = nullptr;
        if (!r->isOk() && r->error() && r->error()->code == ErrorCode::Cancelled)
            return;
        // Failing banners (offline with nothing cached, no such endpoint) simply stay hidden.
        const QList<Banner> banners = r->isOk() ? r->banners() : QList<Banner>();
        m_bannerStrip->setBanners(banners, m_language);
        m_bannersAvailable = !banners.isEmpty();
        for (BannerCard *card : m_bannerStrip->cards()) {
            if (card->banner().imageUrl.isEmpty() || !m_client)
                continue;
            QPointer<BannerCard> guard(card);
            MarketplaceReply *img = m_client->image(card->banner().imageUrl);
            connect(img, &MarketplaceReply::finished, this, [img, guard] {
                img->deleteLater();
                if (guard && img->isOk())
                    guard->setImage(imageFromBytes(img->bytes(), 128));
            });
        }
        updateBannerVisibility();
        Q_EMIT bannersLoaded(int(m_bannerStrip->count()));
    });
}

void MarketplacePage::activateBanner(const Banner &banner)
{
    if (!banner.pluginId.isEmpty()) {
        openDetail(banner.pluginId);
        return;
    }
    QUrl url(banner.link);
    if (url.isRelative() && m_client)
        url = m_client->baseUrl().resolved(url);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return;
    Q_EMIT linkOpened(url);
    QDesktopServices::openUrl(url);
}

void MarketplacePage::requestSuggestions()
{
    if (m_suggestReply) {
        m_suggestReply->abort();
        ++m_suggestCancelled;
    }
    const QString query = m_search->text().trimmed();
    if (!m_client || query.size() < 2) {
        m_suggestModel->clear();
        m_completer->popup()->hide();
        return;
    }
    MarketplaceReply *r = m_client->unifiedSearch(query, 8);
    m_suggestReply = r;
    connect(r, &MarketplaceReply::finished, this, [this, r, query] { showSuggestions(r, query); });
}

void MarketplacePage::showSuggestions(MarketplaceReply *reply, const QString &query)
{
    reply->deleteLater();
    if (m_suggestReply != reply)
        return; // superseded
    m_suggestReply = nullptr;
    // No suggestions is not an error worth a banner: the search button still works.
    if (!reply->isOk() || m_search->text().trimmed() != query)
        return;
    const UnifiedSearchResult result = reply->unifiedSearch();
    m_suggestModel->clear();
    for (const PluginListing &p : result.plugins) {
        const QString label = p.label.text(m_language).isEmpty() ? p.name : p.label.text(m_language);
        const QString version = p.latestVersion.isEmpty() ? p.version : p.latestVersion;
        auto *item = new QStandardItem(version.isEmpty() ? tr("%1 — %2").arg(shown(label), shown(p.pluginId))
                                                         : tr("%1 — %2 · %3").arg(shown(label), shown(p.pluginId), shown(version)));
        item->setData(p.pluginId, MarketplaceListModel::PluginIdRole);
        item->setToolTip(plainTip(p.brief.text(m_language)));
        item->setEditable(false);
        // A blank icon until the real one arrives, so the list is sized for icons from the start.
        static const QIcon blank = [] {
            QPixmap pm(20, 20);
            pm.fill(Qt::transparent);
            return QIcon(pm);
        }();
        item->setIcon(blank);
        m_suggestModel->appendRow(item);
        if (p.org.isEmpty() || p.name.isEmpty() || !m_client)
            continue;
        const QPersistentModelIndex index(item->index());
        MarketplaceReply *icon = m_client->icon(p.org, p.name, p.type == QLatin1String("bundle"));
        connect(icon, &MarketplaceReply::finished, this, [this, icon, index] {
            icon->deleteLater();
            if (!index.isValid() || !icon->isOk())
                return;
            const QImage img = imageFromBytes(icon->bytes(), 40);
            if (!img.isNull())
                m_suggestModel->setData(index, QIcon(QPixmap::fromImage(img)), Qt::DecorationRole);
        });
    }
    if (m_suggestModel->rowCount() == 0) {
        m_completer->popup()->hide();
    } else {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    }
    Q_EMIT suggestionsShown(m_suggestModel->rowCount());
}

void MarketplacePage::openBundle(const PluginListing &bundle)
{
    if (!m_client || bundle.org.isEmpty() || bundle.name.isEmpty())
        return;
    const QString id = bundle.pluginId;
    const QString version = bundle.version.isEmpty() ? bundle.latestVersion : bundle.version;
    m_detailId = id;
    m_detailIdentifier.clear();
    m_detailTitle->setText(QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span> <code>%2</code> "
                                          "<span style=\"background:#0b7285;color:white\">&nbsp;%3&nbsp;</span>")
                               .arg(shown(bundle.label.text(m_language)).toHtmlEscaped(), shown(id).toHtmlEscaped(), tr("bundle")));
    m_detailMeta->setText(tr("Bundle · version %1").arg(shown(version)));
    const QString text = bundle.description.text(m_language).isEmpty() ? bundle.brief.text(m_language)
                                                                        : bundle.description.text(m_language);
    m_readme->setMarkdown(shownText(text));
    m_detailIcon->clear();
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->listing(i).pluginId == id)
            m_detailIcon->setPixmap(QPixmap::fromImage(m_model->data(m_model->index(i), MarketplaceListModel::IconRole).value<QImage>()));
    m_versionsBox->hide();
    m_install->hide();
    m_installStatus->clear();
    m_detailBundleSpec.clear();
    if (m_bundleInstallHandler && !version.isEmpty()) {
        m_detailBundleSpec = QStringLiteral("marketplace-bundle:%1@%2").arg(id, version);
        m_install->setText(tr("Install bundle %1").arg(shown(version)));
        m_install->setEnabled(true);
        m_install->show();
    }
    m_bundleDepsTitle->setText(tr("Plugins in this bundle: loading…"));
    m_bundleDepsTitle->show();
    m_bundleDeps->clear();
    m_bundleDeps->show();
    m_stack->setCurrentIndex(1);
    if (version.isEmpty()) {
        m_bundleDepsTitle->setText(tr("The Marketplace did not say which version of this bundle is current."));
        return;
    }
    MarketplaceReply *r = m_client->bundleDetail(bundle.org, bundle.name, version);
    connect(r, &MarketplaceReply::finished, this, [this, r, id] {
        r->deleteLater();
        if (m_detailId != id)
            return;
        if (!r->isOk()) {
            m_bundleDepsTitle->setText(tr("Could not load the bundle's plugins: %1").arg(r->error() ? r->error()->message : QString()));
            Q_EMIT bundleDependenciesLoaded(-1);
            return;
        }
        if (r->fromCache())
            setCacheState(r);
        describeDependencies(m_client, r->bundleDependencies(), this, [this, id](const QList<DependencyInfo> &infos, bool offline) {
            if (m_detailId != id)
                return;
            if (offline)
                setOffline(true);
            m_bundleDeps->clear();
            for (const DependencyInfo &d : infos) {
                const QString label = shown(d.label.text(m_language));
                QString line;
                if (d.type == QLatin1String("marketplace"))
                    line = tr("%1  ·  %2  ·  %3").arg(label.isEmpty() ? shown(d.name) : label, shown(d.pluginId), shown(d.version));
                else if (d.type == QLatin1String("github"))
                    line = tr("GitHub  ·  %1").arg(shown(d.pattern));
                else if (d.type == QLatin1String("package"))
                    line = label.isEmpty() ? tr("Embedded package  ·  %1").arg(shown(d.pattern.left(12)))
                                           : tr("%1  ·  embedded package  ·  %2").arg(label, shown(d.version));
                else
                    line = shown(d.type);
                if (!d.error.isEmpty())
                    line += QStringLiteral("  —  ") + shown(d.error);
                auto *item = new QListWidgetItem(line, m_bundleDeps);
                if (!d.error.isEmpty())
                    item->setForeground(QColor(0xc6, 0x28, 0x28));
                if (d.type != QLatin1String("marketplace") || !m_client)
                    continue;
                item->setData(Qt::UserRole, d.pluginId);
                item->setToolTip(plainTip(d.uniqueIdentifier.isEmpty() ? d.pattern : d.uniqueIdentifier));
                MarketplaceReply *icon = m_client->icon(d.org, d.name);
                QPointer<QListWidget> list(m_bundleDeps);
                const int row = m_bundleDeps->count() - 1;
                connect(icon, &MarketplaceReply::finished, this, [icon, list, row, id, this] {
                    icon->deleteLater();
                    if (!list || m_detailId != id || !icon->isOk() || row >= list->count())
                        return;
                    const QImage img = imageFromBytes(icon->bytes(), 48);
                    if (!img.isNull())
                        list->item(row)->setIcon(QIcon(QPixmap::fromImage(img)));
                });
            }
            m_bundleDepsTitle->setText(tr("%n plugin(s) in this bundle", nullptr, int(infos.size())));
            Q_EMIT bundleDependenciesLoaded(int(infos.size()));
        });
    });
}

void MarketplacePage::installShown()
{
    if (!m_detailBundleSpec.isEmpty() && m_bundleInstallHandler) {
        const QString spec = m_detailBundleSpec;
        m_installStatus->setText(m_bundleInstallHandler(spec)
                                     ? tr("Installing the bundle — follow it in the Installed plugins panel; if one of its "
                                          "plugins fails, none of them stays installed.")
                                     : tr("The bundle could not be installed; see the Installed plugins panel."));
        return;
    }
    if (!m_client || m_detailIdentifier.isEmpty() || m_download)
        return;
    const QString identifier = m_detailIdentifier;
    if (m_installHandler) {
        m_installStatus->setText(m_installHandler(identifier)
                                     ? tr("Installing %1 — follow it in the Installed plugins panel.").arg(shown(identifier))
                                     : tr("%1 could not be installed; see the Installed plugins panel.").arg(shown(identifier)));
        return;
    }
    MarketplaceReply *r = m_client->download(identifier);
    m_download = r;
    m_install->setEnabled(false);
    m_cancelDownload->show();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_installStatus->setText(tr("Downloading %1…").arg(shown(identifier)));
    connect(r, &MarketplaceReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
        }
    });
    connect(r, &MarketplaceReply::finished, this, [this, r, identifier] {
        r->deleteLater();
        m_download = nullptr;
        m_cancelDownload->hide();
        m_progress->hide();
        m_install->setEnabled(true);
        if (!r->isOk()) {
            const QString msg = r->error() ? r->error()->message : tr("unknown error");
            m_installStatus->setText(tr("Download failed: %1").arg(msg));
            Q_EMIT downloadFailed(identifier, msg);
            return;
        }
        QDir().mkpath(m_downloadDir);
        QString fileName = identifier;
        fileName.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char(':'), QLatin1Char('-'));
        fileName = fileName.section(QLatin1Char('@'), 0, 0) + QStringLiteral(".difypkg");
        const QString path = QDir(m_downloadDir).filePath(fileName);
        // The client checked the package against the identifier; it moves into the downloads folder.
        if (const Result<void> saved = r->saveTo(path); !saved) {
            const QString msg = tr("Cannot write %1: %2").arg(path, saved.error().message);
            m_installStatus->setText(msg);
            Q_EMIT downloadFailed(identifier, msg);
            return;
        }
        m_installStatus->setText(tr("Downloaded %1 (%2 KiB); installing…").arg(shown(identifier)).arg(r->packageSize() / 1024));
        Q_EMIT packageDownloaded(identifier, path);
    });
}

QDockWidget *createMarketplaceDock(MarketplaceClient *client, QWidget *parent, MarketplacePage **pageOut)
{
    auto *dock = new QDockWidget(MarketplacePage::tr("Marketplace"), parent);
    dock->setObjectName(QStringLiteral("marketplaceDock"));
    auto *page = new MarketplacePage(client, dock);
    dock->setWidget(page);
    if (pageOut)
        *pageOut = page;
    return dock;
}

} // namespace Studio::App
