// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/installedpage.h"

#include "app/widgets/configform.h"
#include "app/workspace/autoupgradedialog.h"
#include "app/workspace/oauthclientdialog.h"
#include "core/common/fileset.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/plugin/loader.h"
#include "core/workspace/updates.h"
#include "core/runtime/pluginconnection.h"

#include <QBrush>
#include <QColor>
#include <QDialog>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Studio::App {

using namespace Studio::Workspace;

// ---- InstalledModel ----

InstalledModel::InstalledModel(QObject *parent) : QAbstractTableModel(parent) {}
int InstalledModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_plugins.size()); }
int InstalledModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void InstalledModel::setPlugins(const QList<InstalledPlugin> &plugins)
{
    beginResetModel();
    m_plugins = plugins;
    endResetModel();
}

void InstalledModel::setLatest(const QHash<QString, QPair<QString, QString>> &latest)
{
    m_latest = latest;
    if (!m_plugins.isEmpty())
        Q_EMIT dataChanged(index(0, LatestColumn), index(rowCount() - 1, LatestColumn));
}

bool InstalledModel::hasUpdate(int row) const
{
    const auto it = m_latest.constFind(m_plugins[row].pluginId);
    return it != m_latest.constEnd() && Marketplace::compareVersions(it->first, m_plugins[row].version) > 0;
}

QString InstalledModel::latestIdentifier(int row) const { return m_latest.value(m_plugins[row].pluginId).second; }

int InstalledModel::rowOf(const QString &pluginId) const
{
    for (int i = 0; i < m_plugins.size(); ++i)
        if (m_plugins[i].pluginId == pluginId)
            return i;
    return -1;
}

void InstalledModel::setAutoUpgradePolicy(const AutoUpgradePolicy &policy)
{
    m_policy = policy;
    if (!m_plugins.isEmpty())
        Q_EMIT dataChanged(index(0, AutoUpgradeColumn), index(rowCount() - 1, AutoUpgradeColumn));
}

QVariant InstalledModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plugins.size())
        return {};
    const InstalledPlugin &p = m_plugins[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PluginColumn: return p.label.isEmpty() ? p.pluginId : QStringLiteral("%1  (%2)").arg(p.label, p.pluginId);
        case VersionColumn: return p.version;
        case LatestColumn:
            if (!m_latest.contains(p.pluginId))
                return QStringLiteral("—");
            return hasUpdate(index.row()) ? tr("%1 available").arg(m_latest.value(p.pluginId).first) : tr("up to date");
        case SourceColumn: return p.source;
        case CategoryColumn: return p.category;
        case SignatureColumn:
            if (!p.isSigned)
                return tr("unsigned");
            return p.signatureCategory.isEmpty() ? tr("signed (unverified)") : p.signatureCategory;
        case EnabledColumn: return p.enabled ? tr("enabled") : tr("disabled");
        case AutoUpgradeColumn:
            if (p.source != QLatin1String("marketplace"))
                return QStringLiteral("—");
            if (p.autoUpgrade != AutoUpgrade::Disabled && !m_policy.allows(p.pluginId))
                return tr("%1, excluded").arg(AutoUpgradeDialog::strategyLabel(p.autoUpgrade));
            return AutoUpgradeDialog::strategyLabel(p.autoUpgrade);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == AutoUpgradeColumn)
        return p.source == QLatin1String("marketplace") ? tr("Automatic upgrades: Auto-upgrade… changes them")
                                                        : tr("Only plugins installed from the Marketplace are upgraded automatically");
    if (role == Qt::ForegroundRole) {
        if (index.column() == LatestColumn && hasUpdate(index.row()))
            return QBrush(QColor(0x15, 0x65, 0xc0));
        if (index.column() == SignatureColumn && !p.isSigned)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2").arg(p.uniqueIdentifier, p.installPath);
    if (role == Qt::UserRole)
        return p.pluginId;
    return {};
}

QVariant InstalledModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PluginColumn: return tr("Plugin");
    case VersionColumn: return tr("Version");
    case LatestColumn: return tr("Marketplace");
    case SourceColumn: return tr("Source");
    case CategoryColumn: return tr("Category");
    case SignatureColumn: return tr("Signature");
    case EnabledColumn: return tr("State");
    case AutoUpgradeColumn: return tr("Auto-upgrade");
    default: return {};
    }
}

// ---- InstalledPluginsPage ----

InstalledPluginsPage::InstalledPluginsPage(WorkspaceStore *workspace, Marketplace::MarketplaceClient *client, QWidget *parent)
    : QWidget(parent), m_ws(workspace), m_client(client), m_model(new InstalledModel(this)), m_table(new QTableView(this)),
      m_tasks(new QListWidget(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("installedPage"));
    setAcceptDrops(true);
    m_table->setObjectName(QStringLiteral("installedView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    // The plugin column takes the room left by the others (sized to their contents).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InstalledModel::PluginColumn, QHeaderView::Stretch);
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_tasks->setMaximumHeight(110);
    m_tasks->setTextElideMode(Qt::ElideMiddle); // long identifiers: the message at the end stays visible
    m_tasks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *installBar = new QHBoxLayout;
    auto *fromFile = new QPushButton(tr("Install from file…"), this);
    auto *fromMarket = new QPushButton(tr("From Marketplace id…"), this);
    auto *fromGithub = new QPushButton(tr("From GitHub…"), this);
    auto *checkBtn = new QPushButton(tr("Check for updates"), this);
    checkBtn->setObjectName(QStringLiteral("checkUpdates"));
    installBar->addWidget(fromFile);
    installBar->addWidget(fromMarket);
    installBar->addWidget(fromGithub);
    installBar->addStretch();
    installBar->addWidget(checkBtn);
    auto *actionBar = new QHBoxLayout;
    auto *upgradeBtn = new QPushButton(tr("Upgrade"), this);
    auto *uninstallBtn = new QPushButton(tr("Uninstall…"), this);
    auto *configureBtn = new QPushButton(tr("Configure…"), this);
    auto *consoleBtn = new QPushButton(tr("Open in console"), this);
    auto *oauthBtn = new QPushButton(tr("OAuth client…"), this);
    oauthBtn->setObjectName(QStringLiteral("oauthClientButton"));
    oauthBtn->setToolTip(tr("The OAuth app of a provider that signs in with OAuth (client id, secret, redirect URI)"));
    auto *authorizeBtn = new QPushButton(tr("Authorize…"), this);
    authorizeBtn->setObjectName(QStringLiteral("authorizeButton"));
    authorizeBtn->setToolTip(tr("Sign in at the provider in your browser; the credential is stored in the workspace"));
    auto *autoBtn = new QPushButton(tr("Auto-upgrade…"), this);
    autoBtn->setObjectName(QStringLiteral("autoUpgradeButton"));
    for (QPushButton *b : {upgradeBtn, uninstallBtn, configureBtn, consoleBtn, oauthBtn, authorizeBtn, autoBtn})
        actionBar->addWidget(b);
    actionBar->addStretch();
    auto *hint = new QLabel(tr("Drop .difypkg or .difybndl files here to install them."), this);
    hint->setEnabled(false);
    actionBar->addWidget(hint);

    // What the last automatic-upgrade pass did ("2 plugins upgraded automatically").
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("autoUpgradeNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("autoUpgradeNoticeText"));
    m_noticeText->setWordWrap(true);
    auto *details = new QPushButton(tr("Details…"), m_notice);
    details->setObjectName(QStringLiteral("autoUpgradeDetails"));
    auto *dismiss = new QToolButton(m_notice);
    dismiss->setObjectName(QStringLiteral("autoUpgradeDismiss"));
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setToolTip(tr("Dismiss"));
    auto *nh = new QHBoxLayout(m_notice);
    nh->setContentsMargins(6, 2, 2, 2);
    nh->addWidget(m_noticeText, 1);
    nh->addWidget(details);
    nh->addWidget(dismiss);
    m_notice->hide();
    connect(details, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (const AutoUpgradeResult &r : m_noticeReport.results)
            lines << (r.ok ? tr("✔ %1: %2 → %3").arg(r.pluginId, r.fromVersion, r.toVersion)
                           : tr("✘ %1: %2 → %3 failed after %n attempt(s), %2 kept: %4", nullptr, r.attempts)
                                 .arg(r.pluginId, r.fromVersion, r.toVersion, r.error));
        if (!m_noticeReport.checkError.isEmpty())
            lines << m_noticeReport.checkError;
        QMessageBox box(QMessageBox::Information, tr("Automatic upgrades"), m_noticeReport.summary(), QMessageBox::Ok, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(tr("Checked %1.").arg(m_noticeReport.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        box.exec();
    });
    connect(dismiss, &QToolButton::clicked, this, [this] {
        m_notice->hide();
        if (m_ws)
            (void)m_ws->setSetting(QStringLiteral("auto_upgrade.report_seen"), m_noticeReport.finishedAt.toString(Qt::ISODate));
    });

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addLayout(installBar);
    lay->addWidget(m_notice);
    lay->addWidget(m_table, 1);
    lay->addLayout(actionBar);
    lay->addWidget(new QLabel(tr("Tasks"), this));
    lay->addWidget(m_tasks);
    lay->addWidget(m_status);

    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Install plugin packages"), QString(),
                                                                tr("Dify packages (*.difypkg *.difybndl)"));
        for (const QString &f : files)
            installFrom(f);
    });
    connect(fromMarket, &QPushButton::clicked, this, [this] {
        const QString id = QInputDialog::getText(this, tr("Install from the Marketplace"),
                                                 tr("Identifier (org/name:version@checksum):"));
        if (!id.trimmed().isEmpty())
            installFrom(QStringLiteral("marketplace:") + id.trimmed());
    });
    connect(fromGithub, &QPushButton::clicked, this, [this] {
        const QString spec = QInputDialog::getText(this, tr("Install from GitHub"), tr("OWNER/REPO@VERSION/ASSET.difypkg:"));
        if (!spec.trimmed().isEmpty())
            installFrom(QStringLiteral("github:") + spec.trimmed());
    });
    connect(checkBtn, &QPushButton::clicked, this, &InstalledPluginsPage::checkUpdates);
    connect(upgradeBtn, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPluginId(); !id.isEmpty())
            upgrade(id);
    });
    connect(uninstallBtn, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPluginId(); !id.isEmpty())
            if (auto r = uninstall(id); !r)
                m_status->setText(r.error().message);
    });
    connect(configureBtn, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPluginId(); !id.isEmpty())
            configure(id);
    });
    connect(consoleBtn, &QPushButton::clicked, this, [this] {
        const QString id = selectedPluginId();
        if (const auto p = id.isEmpty() || !m_ws ? std::nullopt : m_ws->installed(id))
            Q_EMIT openInConsole(id, p->installPath);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (const QString id = selectedPluginId(); !id.isEmpty())
            configure(id);
    });
    connect(oauthBtn, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPluginId(); !id.isEmpty())
            editOAuthClient(id);
    });
    connect(authorizeBtn, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPluginId(); !id.isEmpty())
            authorize(id);
    });
    connect(autoBtn, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPluginId(); !id.isEmpty())
            editAutoUpgrade(id);
    });
    refresh();
    // A pass that ran while the studio was closed (cron: `plugin-studio-cli upgrade --auto`) is shown once.
    if (m_ws) {
        const AutoUpgradeReport last = AutoUpgradeReport::fromJson(
            QJsonDocument::fromJson(m_ws->setting(QString::fromLatin1(AutoUpgradeReportSetting)).toUtf8()).object());
        const QDateTime seen = QDateTime::fromString(m_ws->setting(QStringLiteral("auto_upgrade.report_seen")), Qt::ISODate);
        if (last.finishedAt.isValid() && (!seen.isValid() || seen < last.finishedAt))
            showAutoUpgradeReport(last);
    }
}

QString InstalledPluginsPage::statusText() const { return m_status->text(); }

QString InstalledPluginsPage::selectedPluginId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->plugin(i.row()).pluginId : QString();
}

void InstalledPluginsPage::refresh()
{
    m_model->setPlugins(m_ws ? m_ws->installedPlugins() : QList<InstalledPlugin>());
    if (m_ws)
        m_model->setAutoUpgradePolicy(AutoUpgradePolicy::load(*m_ws));
}

InstallTask *InstalledPluginsPage::installFrom(const QString &spec)
{
    QString s = spec.trimmed();
    if (!s.contains(QLatin1Char(':')) || s.startsWith(QLatin1Char('/')))
        s = spec; // a plain path
    auto src = InstallSource::parse(s);
    if (!src) {
        m_status->setText(src.error().message);
        Q_EMIT taskFinished(spec, false, src.error().message);
        return nullptr;
    }
    return startTask(*src, spec, m_options);
}

InstallTask *InstalledPluginsPage::startTask(const InstallSource &source, const QString &spec, const InstallOptions &options)
{
    if (!m_ws)
        return nullptr;
    auto *task = new InstallTask(m_ws, source, options, this);
    task->setMarketplaceClient(m_client);
    reportInstallsWhenFinished(task, m_ws, m_client); // #19, only when the workspace allows it
    auto *item = new QListWidgetItem(tr("%1 — starting…").arg(source.describe()), m_tasks);
    auto *row = new QWidget(m_tasks);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(2, 0, 2, 0);
    h->addStretch();
    auto *cancel = new QPushButton(tr("Cancel"), row);
    cancel->setObjectName(QStringLiteral("cancelTask"));
    h->addWidget(cancel);
    m_tasks->setItemWidget(item, row);
    QPointer<InstallTask> guard(task);
    connect(cancel, &QPushButton::clicked, task, &InstallTask::cancel);
    connect(task, &InstallTask::progress, this, [item, source](const QString &msg) {
        item->setText(QStringLiteral("%1 — %2").arg(source.describe(), msg));
    });
    connect(task, &InstallTask::finished, this, [this, task, item, cancel, spec, source] {
        cancel->setEnabled(false);
        cancel->hide();
        QString message;
        const bool ok = !task->error().has_value();
        if (ok) {
            QStringList ids;
            for (const auto &p : task->outcome().installed)
                ids << p.uniqueIdentifier;
            message = tr("installed %1").arg(ids.join(QStringLiteral(", ")));
            if (!task->outcome().warnings.isEmpty())
                message += QStringLiteral(" (") + task->outcome().warnings.join(QStringLiteral("; ")) + QLatin1Char(')');
            item->setForeground(QColor(0x2e, 0x7d, 0x32));
        } else {
            message = task->error()->message;
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        item->setText(QStringLiteral("%1 — %2").arg(source.describe(), message));
        m_status->setText(message);
        refresh();
        task->deleteLater();
        Q_EMIT taskFinished(spec, ok, message);
    });
    task->start();
    return task;
}

void InstalledPluginsPage::checkUpdates()
{
    if (!m_client || !m_ws)
        return;
    QStringList ids;
    for (const auto &p : m_ws->installedPlugins())
        if (p.source == QLatin1String("marketplace") || p.source == QLatin1String("package"))
            ids << p.pluginId;
    if (ids.isEmpty()) {
        Q_EMIT updatesChecked(0);
        return;
    }
    m_status->setText(tr("Checking the Marketplace for updates…"));
    // #17, with the #18 catalogue as fallback (or first, for many plugins).
    const QPointer<InstalledPluginsPage> self(this);
    fetchLatestVersions(ids, m_client, [self](Result<QList<Marketplace::LatestVersion>> r, bool offline, const QString &) {
        if (!self)
            return;
        if (!r) {
            self->m_status->setText(tr("Could not check for updates: %1").arg(r.error().message));
            Q_EMIT self->updatesChecked(-1);
            return;
        }
        QHash<QString, QPair<QString, QString>> latest;
        for (const auto &l : r.value())
            latest.insert(l.pluginId, {l.version, l.uniqueIdentifier});
        self->m_model->setLatest(latest);
        int n = 0;
        for (int i = 0; i < self->m_model->rowCount(); ++i)
            n += self->m_model->hasUpdate(i) ? 1 : 0;
        self->m_status->setText(n == 0 ? tr("Everything is up to date%1.").arg(offline ? tr(" (offline, from the cache)") : QString())
                                       : tr("%n update(s) available.", nullptr, n));
        Q_EMIT self->updatesChecked(n);
    });
}

InstallTask *InstalledPluginsPage::upgrade(const QString &pluginId)
{
    const int row = m_model->rowOf(pluginId);
    if (row < 0 || !m_model->hasUpdate(row)) {
        m_status->setText(tr("No newer version of %1 is known; check for updates first.").arg(pluginId));
        return nullptr;
    }
    InstallSource src;
    src.kind = InstallSource::Kind::Marketplace;
    src.identifier = m_model->latestIdentifier(row);
    InstallOptions o = m_options;
    o.upgradePluginId = pluginId;
    return startTask(src, QStringLiteral("marketplace:") + src.identifier, o);
}

VoidResult InstalledPluginsPage::uninstall(const QString &pluginId)
{
    if (!m_ws)
        return Error(ErrorCode::NotFound, tr("No workspace is open."));
    if (m_confirm
        && QMessageBox::question(this, tr("Uninstall"),
                                 tr("Uninstall %1? Its stored data and endpoints are removed; credentials are kept.").arg(pluginId))
               != QMessageBox::Yes)
        return {};
    auto r = m_ws->removeInstalled(pluginId, true);
    if (!r)
        return r.error();
    m_status->setText(tr("Uninstalled %1.").arg(pluginId));
    refresh();
    return {};
}

void InstalledPluginsPage::configure(const QString &pluginId)
{
    const auto p = m_ws ? m_ws->installed(pluginId) : std::nullopt;
    if (!p)
        return;
    const DirectoryFileSet files(p->installPath);
    const Plugin::LoadResult loaded = Plugin::loadPlugin(files);
    const Plugin::PluginDeclaration &d = loaded.declaration;
    QString provider;
    QList<Plugin::ConfigField> fields;
    if (d.tool) {
        provider = d.tool->identity.name;
        fields = d.tool->credentials;
    } else if (d.model) {
        provider = d.model->provider;
        fields = d.model->providerCredentials;
    } else if (d.datasource) {
        provider = d.datasource->identity.name;
        fields = d.datasource->credentials;
    } else if (d.trigger) {
        provider = d.trigger->identity.name;
        fields = d.trigger->constructorCredentials;
    }
    if (fields.isEmpty()) {
        m_status->setText(loaded.ok ? tr("%1 has no credentials to configure.").arg(pluginId)
                                    : tr("Cannot read %1: %2").arg(pluginId, loaded.firstError()));
        return;
    }
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Credentials — %1").arg(pluginId));
    auto *form = new ConfigForm(&dlg);
    form->setConfigFields(fields);
    auto existing = m_ws->credentials(pluginId, provider);
    QString existingId;
    if (existing && !existing->isEmpty()) {
        existingId = existing->first().id;
        form->setValues(existing->first().values);
    }
    auto *msg = new QLabel(&dlg);
    msg->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dlg);
    auto *v = new QVBoxLayout(&dlg);
    v->addWidget(form);
    v->addWidget(msg);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    auto save = [&] {
        const QJsonObject values = form->values();
        VoidResult r;
        if (existingId.isEmpty()) {
            Credential c;
            c.pluginId = pluginId;
            c.provider = provider;
            c.name = tr("Default");
            c.values = values;
            c.isDefault = true;
            auto added = m_ws->addCredential(c);
            if (!added)
                r = added.error();
        } else {
            r = m_ws->updateCredential(existingId, tr("Default"), values);
        }
        if (!r) {
            msg->setText(r.error().message);
            return;
        }
        dlg.accept();
    };
    connect(buttons, &QDialogButtonBox::accepted, &dlg, [&] {
        const QStringList problems = form->validate();
        if (!problems.isEmpty()) {
            msg->setText(problems.join(QLatin1Char('\n')));
            return;
        }
        if (!m_validator) {
            save();
            return;
        }
        msg->setText(tr("Checking the credentials with the plugin…"));
        buttons->setEnabled(false);
        QPointer<QDialog> alive(&dlg);
        m_validator(*p, provider, form->values(), [alive, msg, buttons, save](bool ok, const QString &message) {
            if (!alive)
                return;
            buttons->setEnabled(true);
            if (!ok) {
                msg->setText(tr("The plugin rejected these credentials: %1").arg(message));
                return;
            }
            save();
        });
    });
    dlg.exec();
}

// ---- OAuth ----

QList<OAuthProviderInfo> InstalledPluginsPage::oauthProviders(const QString &pluginId) const
{
    const auto p = m_ws ? m_ws->installed(pluginId) : std::nullopt;
    if (!p)
        return {};
    const DirectoryFileSet files(p->installPath);
    return Workspace::oauthProviders(Plugin::loadPlugin(files).declaration);
}

bool InstalledPluginsPage::pickOAuthProvider(const QString &pluginId, QString *provider, OAuthProviderInfo *info)
{
    const QList<OAuthProviderInfo> providers = oauthProviders(pluginId);
    if (providers.isEmpty()) {
        m_status->setText(tr("%1 has no provider that signs in with OAuth (no oauth_schema).").arg(pluginId));
        return false;
    }
    QString wanted = *provider;
    if (wanted.isEmpty() && providers.size() == 1)
        wanted = providers.first().provider;
    if (wanted.isEmpty()) {
        QStringList names;
        for (const OAuthProviderInfo &i : providers)
            names << i.provider;
        bool ok = false;
        wanted = QInputDialog::getItem(this, tr("OAuth"), tr("Provider:"), names, 0, false, &ok);
        if (!ok)
            return false;
    }
    for (const OAuthProviderInfo &i : providers)
        if (i.provider == wanted) {
            *provider = wanted;
            *info = i;
            return true;
        }
    m_status->setText(tr("%1 has no OAuth provider named %2.").arg(pluginId, wanted));
    return false;
}

void InstalledPluginsPage::editOAuthClient(const QString &pluginId, const QString &provider)
{
    QString name = provider;
    OAuthProviderInfo info;
    if (!m_ws || !pickOAuthProvider(pluginId, &name, &info))
        return;
    OAuthClientDialog dlg(m_ws, pluginId, info, this);
    if (dlg.exec() == QDialog::Accepted) {
        m_status->setText(tr("OAuth client of %1 / %2 saved.").arg(pluginId, name));
        if (dlg.authorizeRequested())
            authorize(pluginId, name);
    }
}

OAuthFlow *InstalledPluginsPage::authorize(const QString &pluginId, const QString &provider)
{
    QString name = provider;
    OAuthProviderInfo info;
    const auto plugin = m_ws ? m_ws->installed(pluginId) : std::nullopt;
    if (!plugin || !pickOAuthProvider(pluginId, &name, &info))
        return nullptr;
    // Checked before anything starts, so the message says what to set up.
    if (Result<QJsonObject> client = oauthClientParams(*m_ws, pluginId, name); !client) {
        m_status->setText(client.error().message);
        Q_EMIT authorizationFinished(pluginId, name, false, client.error().message);
        return nullptr;
    }
    if (!m_runner) {
        const QString why = tr("The studio cannot start %1 here to sign in; open it in the console first.").arg(pluginId);
        m_status->setText(why);
        Q_EMIT authorizationFinished(pluginId, name, false, why);
        return nullptr;
    }
    // One sign-in at a time: an earlier one still waiting gives up its listener (the same port).
    const auto running = findChildren<OAuthFlow *>(QString(), Qt::FindDirectChildrenOnly);
    for (OAuthFlow *f : running)
        f->cancel();
    auto connection = std::make_shared<QPointer<Runtime::PluginConnection>>();
    auto invoker = [connection](const Runtime::InvokeRequest &r) -> Runtime::Invocation * {
        return *connection ? (*connection)->invoke(r) : nullptr;
    };
    auto *flow = new OAuthFlow(m_ws, pluginId, name, info.kind, invoker, this);
    flow->setObjectName(QStringLiteral("oauthFlow"));
    connect(flow, &OAuthFlow::progress, this, [this](const QString &m) { m_status->setText(m); });
    connect(flow, &OAuthFlow::authorizationUrlReady, this, [this, flow](const QUrl &url) {
        const bool opened = m_urlOpener ? m_urlOpener(url) : QDesktopServices::openUrl(url);
        m_status->setText(opened ? tr("Sign in at the provider in your browser; the studio waits for it at %1.").arg(flow->redirectUri().toString())
                                 : tr("Open this address in your browser to sign in: %1").arg(url.toString()));
    });
    connect(flow, &OAuthFlow::finished, this, [this, flow, pluginId, name] {
        const bool ok = !flow->error().has_value();
        const QString message = ok ? tr("%1 / %2 authorized: credential \"%3\" stored.").arg(pluginId, name, flow->credential()->name)
                                   : tr("Authorization of %1 / %2 failed: %3").arg(pluginId, name, flow->error()->message);
        m_status->setText(message);
        flow->deleteLater();
        Q_EMIT authorizationFinished(pluginId, name, ok, message);
    });
    m_status->setText(tr("Starting %1 to sign in…").arg(pluginId));
    QPointer<OAuthFlow> guard(flow);
    m_runner(*plugin, [guard, connection](Runtime::PluginConnection *c, const QString &error) {
        if (!guard || guard->isFinished())
            return;
        if (!c) {
            // No connection: the flow fails with the reason through its own path.
            guard->abort(Error(ErrorCode::ProcessFailed, tr("The plugin could not start to sign in: %1").arg(error)));
            return;
        }
        *connection = c;
        guard->start();
    });
    return flow;
}

// ---- auto-upgrade ----

void InstalledPluginsPage::editAutoUpgrade(const QString &pluginId)
{
    if (!m_ws || !m_ws->installed(pluginId))
        return;
    AutoUpgradeDialog dlg(m_ws, pluginId, this);
    if (dlg.exec() == QDialog::Accepted) {
        refresh();
        if (m_scheduler)
            m_scheduler->reschedule();
        m_status->setText(tr("Auto-upgrade settings of %1 saved.").arg(pluginId));
    }
}

void InstalledPluginsPage::setAutoUpgradeScheduler(AutoUpgradeScheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    if (!scheduler)
        return;
    scheduler->setTaskStarter([this](const InstallSource &source, const InstallOptions &options) {
        return startUpgradeTask(source, options);
    });
    connect(scheduler, &AutoUpgradeScheduler::passStarted, this, [this] { m_status->setText(tr("Checking for automatic upgrades…")); });
    connect(scheduler, &AutoUpgradeScheduler::passFinished, this, [this](const AutoUpgradeReport &report) {
        refresh();
        m_status->setText(report.summary());
        showAutoUpgradeReport(report);
    });
}

InstallTask *InstalledPluginsPage::startUpgradeTask(const InstallSource &source, const InstallOptions &options)
{
    InstallOptions o = m_options; // the page's own (environment, limits) with the scheduler's target
    o.upgradePluginId = options.upgradePluginId;
    if (options.allowUnsigned)
        o.allowUnsigned = options.allowUnsigned;
    return startTask(source, source.describe(), o);
}

void InstalledPluginsPage::showAutoUpgradeReport(const AutoUpgradeReport &report)
{
    m_noticeReport = report;
    // Nothing happened and nothing failed: no notice.
    if (report.results.isEmpty() && report.checkError.isEmpty()) {
        m_notice->hide();
        return;
    }
    QStringList ids;
    for (const AutoUpgradeResult &r : report.results)
        ids << (r.ok ? QStringLiteral("%1 %2").arg(r.pluginId, r.toVersion) : tr("%1 (failed)").arg(r.pluginId));
    QString summary = report.summary();
    if (summary.endsWith(QLatin1Char('.')))
        summary.chop(1);
    m_noticeText->setText(report.results.isEmpty() ? report.summary()
                                                   : QStringLiteral("%1: %2").arg(summary, ids.join(QStringLiteral(", "))));
    QPalette pal = m_notice->palette();
    pal.setColor(QPalette::Window, report.failed() > 0 || !report.checkError.isEmpty() ? QColor(0xff, 0xf3, 0xe0) : QColor(0xe8, 0xf5, 0xe9));
    pal.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    m_notice->setPalette(pal);
    m_notice->show();
}

QString InstalledPluginsPage::autoUpgradeNoticeText() const
{
    return m_noticeText->text();
}

bool InstalledPluginsPage::isAutoUpgradeNoticeVisible() const
{
    return !m_notice->isHidden();
}

void InstalledPluginsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &u : event->mimeData()->urls())
        if (u.isLocalFile() && (u.toLocalFile().endsWith(QLatin1String(".difypkg")) || u.toLocalFile().endsWith(QLatin1String(".difybndl")))) {
            event->acceptProposedAction();
            return;
        }
}

void InstalledPluginsPage::dropEvent(QDropEvent *event)
{
    for (const QUrl &u : event->mimeData()->urls())
        if (u.isLocalFile())
            installFrom(u.toLocalFile());
    event->acceptProposedAction();
}

QDockWidget *createInstalledDock(WorkspaceStore *workspace, Marketplace::MarketplaceClient *client, QWidget *parent,
                                 InstalledPluginsPage **pageOut)
{
    auto *dock = new QDockWidget(InstalledPluginsPage::tr("Installed plugins"), parent);
    dock->setObjectName(QStringLiteral("installedDock"));
    auto *page = new InstalledPluginsPage(workspace, client, dock);
    dock->setWidget(page);
    if (pageOut)
        *pageOut = page;
    return dock;
}

} // namespace Studio::App
