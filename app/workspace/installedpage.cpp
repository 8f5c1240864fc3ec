// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/installedpage.h"

#include "app/widgets/configform.h"
#include "core/common/fileset.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/plugin/loader.h"
#include "core/workspace/updates.h"

#include <QBrush>
#include <QColor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
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
        default: return {};
        }
    }
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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(InstalledModel::PluginColumn, QHeaderView::Stretch);
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_tasks->setMaximumHeight(110);
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
    for (QPushButton *b : {upgradeBtn, uninstallBtn, configureBtn, consoleBtn})
        actionBar->addWidget(b);
    actionBar->addStretch();
    auto *hint = new QLabel(tr("Drop .difypkg or .difybndl files here to install them."), this);
    hint->setEnabled(false);
    actionBar->addWidget(hint);

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addLayout(installBar);
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
    refresh();
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
    m_table->resizeColumnsToContents();
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
