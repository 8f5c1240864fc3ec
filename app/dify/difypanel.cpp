// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dify/difypanel.h"

#include "app/studiocontext.h"
#include "core/common/outputfile.h"
#include "core/common/printable.h"
#include "core/debug/debugkeystore.h"
#include "core/debug/relay.h"
#include "core/dify/connection.h"
#include "core/dify/deploy.h"
#include "core/dify/remote.h"
#include "core/dify/signin.h"
#include "core/net/downloader.h"
#include "core/session/remotedebugrun.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Studio::App {

using namespace Studio::Dify;

namespace {

class SignInDialog : public QDialog
{
public:
    SignInDialog(ConnectionStore *store, Net::Downloader *net, const std::optional<Connection> &again, QWidget *parent)
        : QDialog(parent), m_store(store), m_net(net)
    {
        setWindowTitle(DifyPanel::tr("Sign in to Dify"));
        auto *form = new QFormLayout;
        m_address = new QLineEdit(this);
        m_address->setPlaceholderText(QStringLiteral("https://cloud.dify.ai"));
        m_email = new QLineEdit(this);
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_workspace = new QLineEdit(this);
        m_workspace->setPlaceholderText(DifyPanel::tr("the account's current one"));
        m_name = new QLineEdit(this);
        m_name->setPlaceholderText(DifyPanel::tr("from the address"));
        form->addRow(DifyPanel::tr("Dify address:"), m_address);
        form->addRow(DifyPanel::tr("E-mail:"), m_email);
        form->addRow(DifyPanel::tr("Password:"), m_password);
        form->addRow(DifyPanel::tr("Workspace:"), m_workspace);
        form->addRow(DifyPanel::tr("Connection name:"), m_name);
        if (again) {
            m_address->setText(again->baseUrl().toString());
            m_email->setText(again->email);
            m_name->setText(again->name);
            m_workspace->setText(again->workspace.name);
        }
        m_step = new QLabel(this);
        m_step->setWordWrap(true);
        m_step->setTextFormat(Qt::PlainText);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        m_buttons->button(QDialogButtonBox::Ok)->setText(DifyPanel::tr("Sign in"));
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_step);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::go);
        connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
            if (m_signIn && !m_signIn->isFinished())
                m_signIn->cancel();
            else
                reject();
        });
        resize(480, sizeHint().height());
    }
    QString connectionName() const { return m_done; }

private:
    void go()
    {
        QString name = m_name->text().trimmed();
        const auto api = ConsoleClient::consoleApiUrl(m_address->text());
        if (!api)
            return m_step->setText(api.error().message);
        if (name.isEmpty())
            name = m_store->suggestName(*api);
        if (!ConnectionStore::isValidName(name))
            return m_step->setText(DifyPanel::tr("A connection name is 1-64 letters, digits, '.', '_' or '-'."));
        delete m_signIn;
        m_signIn = new SignIn(m_net, this);
        connect(m_signIn, &SignIn::step, m_step, &QLabel::setText);
        connect(m_signIn, &SignIn::finished, this, [this, name] {
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            if (m_signIn->error())
                return m_step->setText(printable(m_signIn->error()->message, PrintableMode::MultiLine));
            Connection c = m_signIn->result().connection;
            if (const auto kept = m_store->find(name); kept && kept->apiUrl == c.apiUrl) {
                c.signaturePolicy = kept->signaturePolicy;
                c.refusedUploadBytes = kept->refusedUploadBytes;
            }
            if (auto r = m_store->save(c); !r)
                return m_step->setText(r.error().message);
            if (auto r = m_store->saveTokens(c.name, m_signIn->result().tokens); !r)
                return m_step->setText(r.error().message);
            (void)m_store->setCurrent(c.name);
            m_done = c.name;
            accept();
        });
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_signIn->start({m_address->text(), m_email->text(), m_password->text(), m_workspace->text(), name});
        m_password->clear();
    }

    ConnectionStore *m_store;
    Net::Downloader *m_net;
    QLineEdit *m_address, *m_email, *m_password, *m_workspace, *m_name;
    QLabel *m_step;
    QDialogButtonBox *m_buttons;
    QPointer<SignIn> m_signIn;
    QString m_done;
};

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

DifyPanel::DifyPanel(Session::StudioSession *session, StudioContext *context, QWidget *parent)
    : QWidget(parent), m_session(session), m_ws(session->workspace()), m_context(context), m_relay(session->relay()),
      m_store(std::make_unique<ConnectionStore>(session->workspace())), m_net(new Net::Downloader(this))
{
    auto *top = new QHBoxLayout;
    m_connections = new QComboBox(this);
    m_connections->setToolTip(tr("The Dify connection this page works on"));
    m_signIn = new QPushButton(tr("Sign in…"), this);
    m_signOut = new QPushButton(tr("Sign out"), this);
    top->addWidget(new QLabel(tr("Dify:"), this));
    top->addWidget(m_connections, 1);
    top->addWidget(m_signIn);
    top->addWidget(m_signOut);
    auto *second = new QHBoxLayout;
    m_account = new QLabel(this);
    m_account->setTextFormat(Qt::PlainText);
    m_workspaces = new QComboBox(this);
    m_workspaces->setToolTip(tr("The workspace of that Dify whose plugins are managed here"));
    second->addWidget(m_account, 1);
    second->addWidget(new QLabel(tr("Workspace:"), this));
    second->addWidget(m_workspaces);

    m_tabs = new QTabWidget(this);
    // Plugins
    auto *pluginsPage = new QWidget(this);
    m_plugins = makeTree({tr("Plugin"), tr("Version"), tr("Source"), tr("Category"), tr("Signature"), tr("Runtime"), tr("Update")},
                         pluginsPage);
    m_plugins->setSelectionMode(QAbstractItemView::SingleSelection);
    m_refresh = new QPushButton(tr("Refresh"), pluginsPage);
    m_installFile = new QPushButton(tr("Install file…"), pluginsPage);
    m_installMp = new QPushButton(tr("Install from Marketplace…"), pluginsPage);
    m_upgrade = new QPushButton(tr("Upgrade"), pluginsPage);
    m_uninstall = new QPushButton(tr("Uninstall"), pluginsPage);
    auto *pb = new QHBoxLayout;
    for (QPushButton *b : {m_refresh, m_installFile, m_installMp, m_upgrade, m_uninstall})
        pb->addWidget(b);
    pb->addStretch();
    auto *pl = new QVBoxLayout(pluginsPage);
    pl->addWidget(m_plugins);
    pl->addLayout(pb);
    m_tabs->addTab(pluginsPage, tr("Plugins"));
    // Tasks
    auto *tasksPage = new QWidget(this);
    m_tasks = makeTree({tr("Task / plugin"), tr("Status"), tr("Message")}, tasksPage);
    m_clearTasks = new QPushButton(tr("Clear finished"), tasksPage);
    auto *tl = new QVBoxLayout(tasksPage);
    tl->addWidget(m_tasks);
    auto *tb = new QHBoxLayout;
    tb->addWidget(m_clearTasks);
    tb->addStretch();
    tl->addLayout(tb);
    m_tabs->addTab(tasksPage, tr("Tasks"));
    // Permissions
    auto *permsPage = new QWidget(this);
    auto *pf = new QFormLayout(permsPage);
    m_installPerm = new QComboBox(permsPage);
    m_debugPerm = new QComboBox(permsPage);
    for (QComboBox *b : {m_installPerm, m_debugPerm}) {
        b->addItem(tr("Everyone"), QStringLiteral("everyone"));
        b->addItem(tr("Admins"), QStringLiteral("admins"));
        b->addItem(tr("No one"), QStringLiteral("noone"));
    }
    m_applyPerms = new QPushButton(tr("Apply"), permsPage);
    pf->addRow(tr("Who can install and manage plugins:"), m_installPerm);
    pf->addRow(tr("Who can debug plugins:"), m_debugPerm);
    pf->addRow(QString(), m_applyPerms);
    m_tabs->addTab(permsPage, tr("Permissions"));

    m_deploy = new QPushButton(tr("Deploy to Dify"), this);
    m_deploy->setToolTip(tr("Validate, package, upload and install the open project in this Dify workspace"));
    m_debug = new QPushButton(tr("Debug against Dify"), this);
    m_debug->setToolTip(tr("Fetch this workspace's debugging key and start the open project through the studio's relay: "
                           "it shows up in that Dify as a debugging plugin, every message in the inspector, and it "
                           "restarts when a project file is saved"));
    m_stopDebug = new QPushButton(tr("Stop debugging"), this);
    m_stopDebug->setObjectName(QStringLiteral("stopDebugging"));
    m_stopDebug->setVisible(false);
    m_writeEnv = new QPushButton(tr("Write .env…"), this);
    m_writeEnv->setToolTip(tr("Fetch the debugging key and write the project's .env for the relay, to start the plugin "
                              "from an IDE instead"));
    m_debugStatus = new QLabel(this);
    m_debugStatus->setObjectName(QStringLiteral("debugStatus"));
    m_debugStatus->setWordWrap(true);
    m_debugStatus->setTextFormat(Qt::PlainText);
    m_debugStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_debugStatus->setVisible(false);
    m_debugLog = new QPlainTextEdit(this);
    m_debugLog->setObjectName(QStringLiteral("debugOutput"));
    m_debugLog->setReadOnly(true);
    m_debugLog->setMaximumBlockCount(2000);
    m_debugLog->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_debugLog->setPlaceholderText(tr("The output of the plugin being debugged"));
    m_debugLog->setMaximumHeight(140);
    m_debugLog->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_deploy);
    actions->addWidget(m_debug);
    actions->addWidget(m_stopDebug);
    actions->addWidget(m_writeEnv);
    actions->addWidget(m_cancel);
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_debugStatus);
    layout->addWidget(m_debugLog);

    connect(m_signIn, &QPushButton::clicked, this, &DifyPanel::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &DifyPanel::signOut);
    connect(m_connections, &QComboBox::activated, this, [this](int) {
        (void)m_store->setCurrent(m_connections->currentData().toString());
        openCurrent();
    });
    connect(m_workspaces, &QComboBox::activated, this, &DifyPanel::switchWorkspace);
    connect(m_refresh, &QPushButton::clicked, this, &DifyPanel::refresh);
    connect(m_installFile, &QPushButton::clicked, this, &DifyPanel::installFile);
    connect(m_installMp, &QPushButton::clicked, this, &DifyPanel::installMarketplace);
    connect(m_upgrade, &QPushButton::clicked, this, &DifyPanel::upgradeSelected);
    connect(m_uninstall, &QPushButton::clicked, this, &DifyPanel::uninstallSelected);
    connect(m_clearTasks, &QPushButton::clicked, this, &DifyPanel::clearTasks);
    connect(m_applyPerms, &QPushButton::clicked, this, &DifyPanel::applyPermissions);
    connect(m_deploy, &QPushButton::clicked, this, [this] { deploy(false); });
    connect(m_debug, &QPushButton::clicked, this, &DifyPanel::debugAgainstDify);
    connect(m_stopDebug, &QPushButton::clicked, this, &DifyPanel::stopDebugging);
    connect(m_writeEnv, &QPushButton::clicked, this, &DifyPanel::writeDebugEnv);
    // A run started elsewhere (another dock, a script) shows here too.
    connect(m_session, &Session::StudioSession::remoteDebugStarted, this, &DifyPanel::attachRun);
    if (m_session->remoteDebugRun())
        attachRun(m_session->remoteDebugRun());
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_running->cancel();
    });
    connect(m_plugins, &QTreeWidget::itemSelectionChanged, this, &DifyPanel::updateButtons);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1)
            refreshTasks();
        else if (i == 2)
            refreshPermissions();
    });
    if (m_context)
        connect(m_context, &StudioContext::projectChanged, this, &DifyPanel::updateButtons);
    reloadConnections();
}

DifyPanel::~DifyPanel() = default;

void DifyPanel::reloadConnections()
{
    m_connections->clear();
    const QString current = m_store->currentName();
    for (const Connection &c : m_store->list()) {
        const auto t = m_store->tokens(c.name);
        const bool in = t && !t->isEmpty();
        m_connections->addItem(printable(c.displayName()) + (in ? QString() : tr(" (signed out)")), c.name);
        if (c.name == current)
            m_connections->setCurrentIndex(m_connections->count() - 1);
    }
    if (m_connections->count() == 0)
        m_connections->addItem(tr("No connection: sign in to a Dify"), QString());
    openCurrent();
}

void DifyPanel::openCurrent()
{
    m_remote.reset();
    m_plugins->clear();
    m_tasks->clear();
    m_workspaces->clear();
    m_account->clear();
    const QString name = m_connections->currentData().toString();
    if (!name.isEmpty()) {
        auto r = Remote::open(m_store.get(), name, m_net);
        if (r) {
            m_remote.reset(*r);
            connect(m_remote.get(), &Remote::signedOut, this, [this](const QString &why) {
                showError(why);
                reloadConnections();
            });
            const Connection &c = m_remote->connection();
            m_account->setText(tr("%1 at %2, Dify %3")
                                   .arg(printable(c.email), c.baseUrl().toString(),
                                        c.difyVersion.isEmpty() ? tr("(version unknown)") : printable(c.difyVersion)));
            m_fillingWorkspaces = true;
            m_workspaces->addItem(printable(c.workspace.name), c.workspace.id);
            m_fillingWorkspaces = false;
        } else {
            showError(r.error().message);
        }
    }
    updateButtons();
    if (m_remote && m_remote->isSignedIn())
        refresh();
}

void DifyPanel::updateButtons()
{
    const bool in = m_remote && m_remote->isSignedIn();
    const bool project = m_context && !m_context->projectDir().isEmpty();
    for (QPushButton *b : {m_refresh, m_installFile, m_installMp, m_clearTasks, m_applyPerms})
        b->setEnabled(in && !m_busy);
    m_signOut->setEnabled(in && !m_busy);
    m_signIn->setText(m_remote && !in ? tr("Sign in again…") : tr("Sign in…"));
    const bool selected = !m_plugins->selectedItems().isEmpty();
    m_uninstall->setEnabled(in && selected && !m_busy);
    m_upgrade->setEnabled(in && selected && !m_busy
                          && !m_plugins->selectedItems().first()->text(6).isEmpty());
    m_deploy->setEnabled(in && project && !m_busy);
    m_debug->setEnabled(in && project && !m_busy);
    m_writeEnv->setEnabled(in && project && !m_busy);
    m_stopDebug->setVisible(m_run && m_run->isActive());
    m_debug->setText(m_run && m_run->isActive() ? tr("Restart debugging") : tr("Debug against Dify"));
    m_workspaces->setEnabled(in && !m_busy);
    const QString why = !in ? tr("Sign in to a Dify first") : !project ? tr("Open a plugin project first") : QString();
    m_deploy->setStatusTip(why);
}

void DifyPanel::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_status->setText(text);
    }
    updateButtons();
    emit busyChanged(busy);
}

void DifyPanel::showError(const QString &message)
{
    m_status->setText(printable(message, PrintableMode::MultiLine));
    m_status->setStyleSheet(QStringLiteral("color: palette(highlight);"));
}

void DifyPanel::signIn()
{
    const QString name = m_connections->currentData().toString();
    SignInDialog dialog(m_store.get(), m_net, m_store->find(name), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadConnections();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Signed in (%1).").arg(printable(dialog.connectionName())));
}

void DifyPanel::signOut()
{
    if (!m_remote)
        return;
    const QString name = m_remote->connection().name;
    setBusy(true, tr("Signing out …"));
    m_remote->signOut([this, name](const Outcome<Nothing> &) {
        (void)m_store->clearTokens(name);
        setBusy(false);
        m_status->setText(tr("Signed out of %1.").arg(printable(name)));
        reloadConnections();
    });
}

void DifyPanel::switchWorkspace(int index)
{
    if (m_fillingWorkspaces || !m_remote)
        return;
    const QString id = m_workspaces->itemData(index).toString();
    if (id.isEmpty() || id == m_remote->connection().workspace.id)
        return;
    setBusy(true, tr("Switching workspace …"));
    QPointer<DifyPanel> self(this);
    m_remote->switchWorkspace(id, [self](const Outcome<RemoteWorkspaceInfo> &r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r)
            return self->showError(r.error().message);
        self->openCurrent();
    });
}

void DifyPanel::refresh(bool keepStatus)
{
    if (!m_remote)
        return;
    const QString kept = m_status->text();
    setBusy(true, keepStatus ? kept : tr("Reading the installed plugins …"));
    QPointer<DifyPanel> self(this);
    Remote *remote = m_remote.get();
    remote->workspaces([self](const Outcome<QList<RemoteWorkspaceInfo>> &r) {
        if (!self || !r)
            return;
        self->m_fillingWorkspaces = true;
        self->m_workspaces->clear();
        for (const RemoteWorkspaceInfo &w : *r) {
            self->m_workspaces->addItem(printable(w.name), w.id);
            if (w.current)
                self->m_workspaces->setCurrentIndex(self->m_workspaces->count() - 1);
        }
        self->m_fillingWorkspaces = false;
    });
    remote->listPlugins([self, remote, keepStatus](const Outcome<QList<RemotePlugin>> &r) {
        if (!self || self->m_remote.get() != remote)
            return;
        if (!r) {
            self->setBusy(false);
            return self->showError(r.error().message);
        }
        remote->checkUpdates(*r, [self, remote, keepStatus, plain = *r](const Outcome<QList<RemotePlugin>> &u) {
            if (!self || self->m_remote.get() != remote)
                return;
            self->setBusy(false);
            const QList<RemotePlugin> list = u ? *u : plain;
            self->m_plugins->clear();
            for (const RemotePlugin &p : list) {
                auto *item = new QTreeWidgetItem(self->m_plugins);
                item->setText(0, printable(p.label.isEmpty() ? p.pluginId : p.label));
                item->setToolTip(0, printable(p.uniqueIdentifier));
                item->setText(1, printable(p.version));
                item->setText(2, printable(p.source));
                item->setText(3, printable(p.category));
                item->setText(4, p.signatureText());
                item->setText(5, p.runtimeStatusText());
                item->setText(6, p.updateAvailable() ? printable(p.latestVersion) : QString());
                item->setData(0, Qt::UserRole, p.installationId);
                item->setData(1, Qt::UserRole, p.uniqueIdentifier);
                item->setData(2, Qt::UserRole, p.latestIdentifier);
            }
            for (int c = 0; c < 6; ++c)
                self->m_plugins->resizeColumnToContents(c);
            self->updateButtons();
            if (keepStatus)
                return;
            self->m_status->setStyleSheet(QString());
            self->m_status->setText(u ? tr("%n plugin(s) installed in %1.", nullptr, int(list.size()))
                                            .arg(printable(remote->connection().workspace.name))
                                      : tr("%n plugin(s); updates unknown: %1", nullptr, int(list.size())).arg(u.error().message));
            self->updateButtons();
        });
    });
}

void DifyPanel::refreshTasks()
{
    if (!m_remote || !m_remote->isSignedIn())
        return;
    QPointer<DifyPanel> self(this);
    m_remote->tasks([self](const Outcome<QList<RemoteTask>> &r) {
        if (!self)
            return;
        if (!r)
            return self->showError(r.error().message);
        self->m_tasks->clear();
        for (const RemoteTask &t : *r) {
            auto *item = new QTreeWidgetItem(self->m_tasks);
            item->setText(0, t.id);
            item->setText(1, QStringLiteral("%1 (%2/%3)").arg(t.status).arg(t.completed).arg(t.total));
            for (const RemoteTaskPlugin &p : t.plugins) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, printable(p.identifier));
                child->setText(1, p.status);
                child->setText(2, printable(p.message));
                child->setToolTip(2, printable(p.message, PrintableMode::MultiLine));
            }
            item->setExpanded(true);
        }
        self->m_tasks->setRootIsDecorated(true);
    });
}

void DifyPanel::clearTasks()
{
    if (!m_remote)
        return;
    QPointer<DifyPanel> self(this);
    m_remote->deleteAllTasks([self](const Outcome<Nothing> &r) {
        if (!self)
            return;
        if (!r)
            return self->showError(r.error().message);
        self->refreshTasks();
    });
}

void DifyPanel::refreshPermissions()
{
    if (!m_remote || !m_remote->isSignedIn())
        return;
    QPointer<DifyPanel> self(this);
    m_remote->permissions([self](const Outcome<PluginPermissions> &r) {
        if (!self)
            return;
        if (!r)
            return self->showError(r.error().message);
        self->m_installPerm->setCurrentIndex(self->m_installPerm->findData(r->install));
        self->m_debugPerm->setCurrentIndex(self->m_debugPerm->findData(r->debug));
    });
}

void DifyPanel::applyPermissions()
{
    if (!m_remote)
        return;
    PluginPermissions p;
    p.install = m_installPerm->currentData().toString();
    p.debug = m_debugPerm->currentData().toString();
    QPointer<DifyPanel> self(this);
    m_remote->setPermissions(p, [self](const Outcome<Nothing> &r) {
        if (!self)
            return;
        if (!r)
            return self->showError(r.error().message);
        self->m_status->setStyleSheet(QString());
        self->m_status->setText(tr("Plugin permissions changed."));
        self->refreshPermissions();
    });
}

void DifyPanel::installFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Install in Dify"), QString(),
                                                      tr("Dify plugins (*.difypkg *.difybndl)"));
    if (path.isEmpty() || !m_remote)
        return;
    setBusy(true, tr("Uploading %1 …").arg(QFileInfo(path).fileName()));
    QPointer<DifyPanel> self(this);
    Remote *remote = m_remote.get();
    auto follow = [self, remote](const QString &taskId, const QString &identifier) {
        auto *f = new TaskFollower(remote, taskId, {identifier}, self);
        connect(f, &TaskFollower::progress, self, [self](const RemoteTask &t) {
            for (const RemoteTaskPlugin &p : t.plugins)
                self->m_status->setText(QStringLiteral("%1: %2 %3").arg(printable(p.pluginId), p.status, printable(p.message)));
        });
        connect(f, &TaskFollower::finished, self, [self, f](bool ok) {
            f->deleteLater();
            self->setBusy(false);
            if (!ok)
                self->showError(f->error());
            self->refresh(!ok);
        });
        f->start();
    };
    remote->uploadPackage(
        path,
        [self, remote, follow](const Outcome<UploadResult> &up) {
            if (!self)
                return;
            if (!up) {
                self->setBusy(false);
                return self->showError(up.error().message);
            }
            remote->installPackages({up->uniqueIdentifier}, [self, follow, id = up->uniqueIdentifier](const Outcome<InstallStart> &s) {
                if (!self)
                    return;
                if (!s) {
                    self->setBusy(false);
                    return self->showError(s.error().message);
                }
                if (s->allInstalled) {
                    self->setBusy(false);
                    self->m_status->setText(tr("%1 is installed already.").arg(printable(id)));
                    return;
                }
                follow(s->taskId, id);
            });
        },
        [self](qint64 sent, qint64 total) {
            if (self && total > 0) {
                self->m_progress->setRange(0, 1000);
                self->m_progress->setValue(int(sent * 1000 / total));
            }
        });
}

void DifyPanel::installMarketplace()
{
    if (!m_remote)
        return;
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Install from the Marketplace"),
                                             tr("Plugin identifier (author/name:version@checksum):"), QLineEdit::Normal,
                                             QString(), &ok)
                           .trimmed();
    if (!ok || id.isEmpty())
        return;
    setBusy(true, tr("Installing %1 …").arg(printable(id)));
    QPointer<DifyPanel> self(this);
    Remote *remote = m_remote.get();
    remote->installMarketplace({id}, [self, remote, id](const Outcome<InstallStart> &s) {
        if (!self)
            return;
        if (!s || s->allInstalled) {
            self->setBusy(false);
            return s ? self->m_status->setText(tr("%1 is installed already.").arg(printable(id))) : self->showError(s.error().message);
        }
        auto *f = new TaskFollower(remote, s->taskId, {id}, self);
        connect(f, &TaskFollower::finished, self, [self, f](bool ok2) {
            f->deleteLater();
            self->setBusy(false);
            if (!ok2)
                self->showError(f->error());
            self->refresh(!ok2);
        });
        f->start();
    });
}

void DifyPanel::upgradeSelected()
{
    if (!m_remote || m_plugins->selectedItems().isEmpty())
        return;
    QTreeWidgetItem *item = m_plugins->selectedItems().first();
    const QString from = item->data(1, Qt::UserRole).toString(), to = item->data(2, Qt::UserRole).toString();
    if (to.isEmpty())
        return;
    setBusy(true, tr("Upgrading to %1 …").arg(printable(to)));
    QPointer<DifyPanel> self(this);
    Remote *remote = m_remote.get();
    remote->upgradeMarketplace(from, to, [self, remote, to](const Outcome<InstallStart> &s) {
        if (!self)
            return;
        if (!s || s->allInstalled) {
            self->setBusy(false);
            if (!s)
                self->showError(s.error().message);
            return self->refresh(!s);
        }
        auto *f = new TaskFollower(remote, s->taskId, {to}, self);
        connect(f, &TaskFollower::finished, self, [self, f](bool ok) {
            f->deleteLater();
            self->setBusy(false);
            if (!ok)
                self->showError(f->error());
            self->refresh(!ok);
        });
        f->start();
    });
}

void DifyPanel::uninstallSelected()
{
    if (!m_remote || m_plugins->selectedItems().isEmpty())
        return;
    QTreeWidgetItem *item = m_plugins->selectedItems().first();
    const QString id = item->data(1, Qt::UserRole).toString();
    if (QMessageBox::question(this, tr("Uninstall from Dify"),
                              tr("Uninstall %1 from the Dify workspace %2?")
                                  .arg(printable(id), printable(m_remote->connection().workspace.name)))
        != QMessageBox::Yes)
        return;
    setBusy(true, tr("Uninstalling %1 …").arg(printable(id)));
    QPointer<DifyPanel> self(this);
    m_remote->uninstall(item->data(0, Qt::UserRole).toString(), [self](const Outcome<Nothing> &r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r)
            return self->showError(r.error().message);
        self->refresh();
    });
}

void DifyPanel::deploy(bool replace)
{
    if (!m_remote || !m_context || m_context->projectDir().isEmpty() || m_running)
        return;
    DeployOptions o;
    o.projectDir = m_context->projectDir();
    o.replaceInstalled = replace;
    auto *d = new Deploy(m_remote.get(), o, this);
    m_running = d;
    m_cancel->setVisible(true);
    setBusy(true, tr("Deploying …"));
    m_status->setStyleSheet(QString());
    connect(d, &Deploy::stage, this, [this](DeployStage, const QString &t) { m_status->setText(printable(t, PrintableMode::MultiLine)); });
    connect(d, &Deploy::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(sent * 1000 / total));
        }
    });
    connect(d, &Deploy::taskProgress, this, [this](const RemoteTask &t) {
        m_progress->setRange(0, 0);
        for (const RemoteTaskPlugin &p : t.plugins)
            m_status->setText(QStringLiteral("%1: %2 %3").arg(printable(p.identifier), p.status, printable(p.message)));
    });
    connect(d, &Deploy::finished, this, [this, d, replace](bool ok) {
        d->deleteLater();
        m_cancel->setVisible(false);
        setBusy(false);
        if (ok) {
            m_status->setText(d->alreadyInstalled() ? tr("%1 is installed already (the same package).").arg(printable(d->identifier()))
                                                    : tr("Deployed %1 to %2.").arg(printable(d->identifier()),
                                                                                   printable(m_remote->connection().workspace.name)));
            refresh(true);
            return;
        }
        if (!replace && d->error().contains(QLatin1String("--replace"))
            && QMessageBox::question(this, tr("Replace the installed version?"),
                                     printable(d->error(), PrintableMode::MultiLine) + QStringLiteral("\n\n") + tr("Replace it now?"))
                == QMessageBox::Yes)
            return deploy(true);
        showError(d->error());
        refresh(true);
    });
    d->start();
}

void DifyPanel::withDebuggingKey(const std::function<void(const QString &, quint16, const QString &)> &then)
{
    if (!m_remote || !m_context || m_context->projectDir().isEmpty())
        return;
    setBusy(true, tr("Fetching the debugging key …"));
    m_status->setStyleSheet(QString());
    QPointer<DifyPanel> self(this);
    m_remote->debuggingKey([self, then](const Outcome<DebuggingKey> &k) {
        if (!self)
            return;
        self->setBusy(false);
        if (!k)
            return self->showError(k.error().message);
        if (k->port <= 0 || k->port > 65535 || k->key.isEmpty())
            return self->showError(tr("This Dify answered without a debugging host, port or key; is plugin debugging "
                                      "enabled on it (PLUGIN_REMOTE_INSTALL_HOST/PORT on the Dify API server)?"));
        then(k->reachableHost(self->m_remote->connection().apiUrl), quint16(k->port), k->key);
    });
}

void DifyPanel::debugAgainstDify()
{
    const QString project = m_context ? m_context->projectDir() : QString();
    QPointer<DifyPanel> self(this);
    withDebuggingKey([self, project](const QString &host, quint16 port, const QString &key) {
        if (!self)
            return;
        const Connection &c = self->m_remote->connection();
        Session::RemoteDebugTarget target;
        target.source = QStringLiteral("dify:") + c.name;
        target.label = c.workspace.name.isEmpty() ? c.baseUrl().host()
                                                  : QStringLiteral("%1 (%2)").arg(c.baseUrl().host(), c.workspace.name);
        target.host = host;
        target.port = port;
        target.key = key;
        self->m_debugLog->clear();
        auto run = self->m_session->startRemoteDebug(project, target);
        if (!run)
            return self->showError(run.error().message);
        self->m_status->setText(tr("Debugging %1 against %2 through the studio's relay; the inspector (Debug dock) shows "
                                   "every message.")
                                    .arg(printable((*run)->pluginId()), printable(target.label)));
    });
}

void DifyPanel::attachRun(Session::RemoteDebugRun *run)
{
    if (m_run)
        m_run->disconnect(this);
    m_run = run;
    if (!run)
        return showRunState();
    m_debugStatus->setVisible(true);
    m_debugLog->setVisible(true);
    connect(run, &Session::RemoteDebugRun::stateChanged, this, &DifyPanel::showRunState);
    connect(run, &Session::RemoteDebugRun::output, this, [this](const QString &text, bool) {
        QString t = printable(text, PrintableMode::MultiLine);
        while (t.endsWith(QLatin1Char('\n')))
            t.chop(1);
        m_debugLog->appendPlainText(t.left(16 * 1024));
    });
    connect(run, &Session::RemoteDebugRun::restarting, this, [this](const QString &why) {
        m_debugStatus->setText(tr("Restarting: %1").arg(printable(why)));
    });
    connect(run, &QObject::destroyed, this, [this] { showRunState(); });
    showRunState();
}

void DifyPanel::showRunState()
{
    updateButtons();
    Session::RemoteDebugRun *run = m_run;
    if (!run) {
        m_debugStatus->setText(tr("Not debugging."));
        return;
    }
    const QString id = printable(run->pluginId());
    const QString where = printable(run->target().label);
    m_debugStatus->setStyleSheet(QString());
    switch (run->state()) {
    case Session::RemoteDebugState::Preparing:
        m_debugStatus->setText(tr("Preparing the Python environment of %1 …").arg(id));
        break;
    case Session::RemoteDebugState::Starting:
        m_debugStatus->setText(tr("Starting %1 and connecting it to %2 …").arg(id, where));
        break;
    case Session::RemoteDebugState::Restarting:
        m_debugStatus->setText(tr("Restarting %1 (%2) …").arg(id, printable(run->lastRestartReason())));
        break;
    case Session::RemoteDebugState::Connected: {
        QString text = tr("%1 runs here and is connected to %2 as a debugging plugin; saving a project file restarts it.")
                           .arg(id, where);
        if (run->lastReconnectMs() >= 0)
            text += QLatin1Char(' ') + tr("Last reconnect: %1 ms.").arg(run->lastReconnectMs());
        m_debugStatus->setText(text);
        break;
    }
    case Session::RemoteDebugState::Failed:
        m_debugStatus->setText(tr("Debugging stopped: %1").arg(printable(run->error(), PrintableMode::MultiLine)));
        m_debugStatus->setStyleSheet(QStringLiteral("color: palette(highlight);"));
        break;
    case Session::RemoteDebugState::Stopped:
        m_debugStatus->setText(tr("Debugging of %1 stopped.").arg(id));
        break;
    }
}

void DifyPanel::stopDebugging()
{
    m_session->stopRemoteDebug();
    updateButtons();
}

void DifyPanel::writeDebugEnv()
{
    const QString project = m_context ? m_context->projectDir() : QString();
    QPointer<DifyPanel> self(this);
    withDebuggingKey([self, project](const QString &host, quint16 port, const QString &upKey) {
        if (!self)
            return;
        QString url = QStringLiteral("%1:%2").arg(host).arg(port);
        QString key = upKey;
        QString via;
        if (self->m_relay) {
            // The studio's relay between them: the plugin connects here, every message is logged.
            self->m_relay->setUpstream(host, port, upKey);
            if (!self->m_relay->port()) {
                if (auto r = self->m_relay->listen(); !r)
                    return self->showError(r.error().message);
            }
            url = QStringLiteral("127.0.0.1:%1").arg(self->m_relay->port());
            key = self->m_relay->keys()->currentKey();
            via = tr(" through the studio's relay (the inspector shows every message)");
        }
        const QString envPath = QDir(project).filePath(QStringLiteral(".env"));
        if (auto w = writeRemoteDebugEnv(envPath, url, key); !w)
            return self->showError(w.error().toString());
        self->m_status->setText(tr("Ready to debug against %1%2: .env written (REMOTE_INSTALL_URL=%3). Start the plugin "
                                   "from your IDE (python -m main); it shows up in that Dify as a debugging plugin.")
                                    .arg(self->m_remote->connection().baseUrl().host(), via, url));
    });
}

QDockWidget *createDifyDock(Session::StudioSession *session, StudioContext *context, QWidget *parent, DifyPanel **panelOut)
{
    auto *dock = new QDockWidget(DifyPanel::tr("Dify"), parent);
    dock->setObjectName(QStringLiteral("difyDock"));
    auto *panel = new DifyPanel(session, context, dock);
    auto *scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    dock->setWidget(scroll);
    if (panelOut)
        *panelOut = panel;
    return dock;
}

} // namespace Studio::App
