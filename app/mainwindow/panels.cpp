// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow/panels.h"

#include "app/console/consolepanel.h"
#include "core/session/historystore.h"
#include "app/debug/debugpanel.h"
#include "app/mainwindow/mainwindow.h"
#include "app/marketplace/marketplacepage.h"
#include "app/studiocontext.h"
#include "app/workspace/installedpage.h"
#include "app/workspace/workspacesettingspage.h"
#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/debug/inspector.h"
#include "core/debug/relay.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/package/ignorerules.h"
#include "core/plugin/loader.h"
#include "core/runtime/filestore.h"
#include "core/runtime/localplugin.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/reverse.h"
#include "core/runtime/storage.h"
#include "core/workspace/autoupgrade.h"
#include "core/workspace/credentialcheck.h"
#include "core/workspace/keychain.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSet>
#include <QStatusBar>
#include <QUrl>

#include <memory>

namespace Studio::App {

namespace {
// Keeps the non-QObject workspace store alive as long as the window.
class WorkspaceHolder : public QObject
{
public:
    WorkspaceHolder(std::unique_ptr<Workspace::WorkspaceStore> store, QObject *parent)
        : QObject(parent), m_store(std::move(store))
    {
        setObjectName(QStringLiteral("workspaceStore"));
    }
    Workspace::WorkspaceStore *store() const { return m_store.get(); }

private:
    std::unique_ptr<Workspace::WorkspaceStore> m_store;
};

// Owns the plugin key/value storage of the workspace (a SQLite file), for the window's lifetime.
class StorageHolder : public QObject
{
public:
    StorageHolder(const QString &dbPath, QObject *parent)
        : QObject(parent), m_storage(std::make_unique<Runtime::SqliteStorage>(dbPath))
    {
        setObjectName(QStringLiteral("pluginStorage"));
        (void)m_storage->open(); // errors surface on the first call, with the path in the message
    }
    Runtime::SqliteStorage *storage() const { return m_storage.get(); }

private:
    std::unique_ptr<Runtime::SqliteStorage> m_storage;
};

// Endpoint instances live in the workspace (settings encrypted at rest); the debug panel edits the
// in-memory registry the endpoint server reads. Load the stored ones, then write every change back.
// The workspace chooses the hook id of a new instance, so a fresh registry entry takes that id.
void persistEndpoints(Workspace::WorkspaceStore *store, Debug::EndpointRegistry *registry, QObject *context)
{
    auto storeIds = std::make_shared<QHash<QString, QString>>(); // hook id -> workspace row id
    auto syncing = std::make_shared<bool>(true);
    if (auto stored = store->endpoints()) {
        for (const Workspace::EndpointInstance &e : stored.value()) {
            Debug::EndpointInstance d;
            d.hookId = e.hookId;
            d.name = e.name;
            d.pluginId = e.pluginId;
            d.settings = e.settings;
            d.enabled = e.enabled;
            registry->insert(d);
            storeIds->insert(e.hookId, e.id);
        }
    }
    *syncing = false;
    QObject::connect(registry, &Debug::EndpointRegistry::changed, context, [store, registry, storeIds, syncing] {
        if (*syncing)
            return;
        *syncing = true;
        QSet<QString> live;
        const QList<Debug::EndpointInstance> all = registry->all();
        for (const Debug::EndpointInstance &d : all) {
            if (const auto it = storeIds->constFind(d.hookId); it != storeIds->constEnd()) {
                live.insert(d.hookId);
                (void)store->updateEndpoint(*it, d.name, d.settings);
                (void)store->setEndpointEnabled(*it, d.enabled);
                continue;
            }
            auto created = store->createEndpoint(d.pluginId, d.name, d.settings);
            if (!created)
                continue; // stays in memory; the panel still serves it this session
            (void)store->setEndpointEnabled(created->id, d.enabled);
            Debug::EndpointInstance moved = d;
            moved.hookId = created->hookId;
            registry->remove(d.hookId);
            registry->insert(moved);
            storeIds->insert(moved.hookId, created->id);
            live.insert(moved.hookId);
        }
        for (auto it = storeIds->begin(); it != storeIds->end();) {
            if (!live.contains(it.key())) {
                (void)store->deleteEndpoint(it.value());
                it = storeIds->erase(it);
            } else {
                ++it;
            }
        }
        *syncing = false; // the registry's own insert/remove above already told the views
    });
}

// The one LocalPlugin of a folder in this window (created on first use and listed in the console).
Runtime::LocalPlugin *localPluginFor(MainWindow *window, ConsolePanel *console, Runtime::ReverseHandler *reverse,
                                     const QString &dir)
{
    const QString key = QStringLiteral("localPlugin:") + dir;
    auto *plugin = window->findChild<Runtime::LocalPlugin *>(key);
    if (!plugin) {
        // Started with the Python chosen for it in the console (Environment…, kept in the workspace).
        plugin = new Runtime::LocalPlugin(dir, console->localPluginOptions(dir), reverse, window);
        plugin->setObjectName(key);
        const auto files = Package::openPluginFolder(dir);
        const Plugin::LoadResult loaded = Plugin::loadPlugin(*files);
        // The id the console lists it under, so callers select it without reading the folder again.
        plugin->setProperty("consolePluginId", loaded.declaration.manifest.pluginId());
        console->addLocalPlugin(plugin, loaded.declaration, QDir(dir).dirName());
    }
    return plugin;
}

// Starts the installed plugin of `dir` when it is not running and hands over its connection once
// it is ready (or nullptr and why it could not start), exactly once.
void withRunningPlugin(MainWindow *window, ConsolePanel *console, Runtime::ReverseHandler *reverse, const QString &dir,
                       const std::function<void(Runtime::LocalPlugin *, QString)> &ready)
{
    Runtime::LocalPlugin *plugin = localPluginFor(window, console, reverse, dir);
    if (plugin->state() == Runtime::RuntimeState::Active && plugin->connection()) {
        ready(plugin, QString());
        return;
    }
    // The Python chosen for it is gone: say what to do instead of failing to launch.
    if (const QString stale = loadPythonChoice(console->workspace(), dir).staleReason(); !stale.isEmpty()) {
        ready(nullptr, stale);
        return;
    }
    auto answered = std::make_shared<bool>(false);
    auto links = std::make_shared<QList<QMetaObject::Connection>>();
    auto answer = [answered, links, ready](Runtime::LocalPlugin *p, const QString &why) {
        if (*answered)
            return;
        *answered = true;
        for (const QMetaObject::Connection &c : std::as_const(*links))
            QObject::disconnect(c);
        ready(p, why);
    };
    *links << QObject::connect(plugin, &Runtime::LocalPlugin::ready, plugin, [plugin, answer] { answer(plugin, QString()); });
    auto failed = [answer](const QString &why) { answer(nullptr, why); };
    *links << QObject::connect(plugin, &Runtime::LocalPlugin::instanceFailed, plugin, failed);
    *links << QObject::connect(plugin, &Runtime::LocalPlugin::gaveUp, plugin, failed);
    if (plugin->state() == Runtime::RuntimeState::Pending || plugin->state() == Runtime::RuntimeState::Stopped)
        plugin->start();
}
} // namespace

void installStudioPanels(MainWindow *window)
{
    StudioContext *ctx = window->context();
    const QString ws = ctx->workspaceDir();

    auto *history = new HistoryStore(QDir(ws).filePath(QStringLiteral("console-history.jsonl")), window);
    ctx->setService(QStringLiteral("consoleHistory"), history);
    ConsolePanel *console = nullptr;
    QDockWidget *consoleDock = createConsoleDock(history, window, &console);
    consoleDock->setObjectName(QStringLiteral("consoleDock"));
    window->addPanel(consoleDock, Qt::BottomDockWidgetArea);

    // Reverse calls (storage, uploads, calls to other plugins) are served the same way for local
    // and debug-connected plugins: one handler, the workspace's storage file, one file store.
    auto *storage = new StorageHolder(QDir(ws).filePath(QStringLiteral("storage.db")), window);
    auto *fileStore = new Runtime::FileStore(window);
    fileStore->listen();
    auto *reverse = new Runtime::DefaultReverseHandler(window);
    reverse->setStorage(storage->storage());
    reverse->setFileStore(fileStore);
    ctx->setService(QStringLiteral("reverseHandler"), reverse);
    console->setReverseHandler(reverse);

    auto *server = new Debug::DebugServer(window);
    auto *log = new Debug::MessageLog(window);
    server->setMessageLog(log);
    server->setReverseHandler(reverse);
    ctx->setService(QStringLiteral("debugServer"), server);
    ctx->setService(QStringLiteral("messageLog"), log);
    auto *relay = new Debug::DebugRelay(window);
    relay->setMessageLog(log);
    auto *endpoints = new Debug::EndpointRegistry(window);
    auto *endpointServer = new Debug::EndpointServer(endpoints, window);
    // An endpoint instance is served by whichever connection has its plugin id: a debug-connected
    // plugin first, else a plugin started locally from the studio.
    auto connectionFor = [window, server](const QString &pluginId) -> Runtime::PluginConnection * {
        if (Debug::RegisteredPlugin *p = server->plugin(pluginId))
            return p->connection();
        const auto locals = window->findChildren<Runtime::LocalPlugin *>();
        for (Runtime::LocalPlugin *lp : locals)
            if (lp->declaration().manifest.pluginId() == pluginId)
                return lp->connection();
        return nullptr;
    };
    endpointServer->setResolver(connectionFor);
    if (!endpointServer->listen())
        window->statusBar()->showMessage(QCoreApplication::translate("Studio", "The endpoint server could not start."), 10000);
    // Reverse tool/model calls go to the plugin that provides that provider.
    reverse->setPluginLookup([window, server](const QString &kind, const QString &provider) -> Runtime::PluginConnection * {
        const QString name = provider.section(QLatin1Char('/'), -1);
        auto provides = [&](const Plugin::PluginDeclaration &d) {
            if (kind == QLatin1String("tool"))
                return d.tool && d.tool->identity.name == name;
            return d.model && d.model->provider == name;
        };
        for (Debug::RegisteredPlugin *p : server->plugins())
            if (provides(p->declaration()))
                return p->connection();
        const auto locals = window->findChildren<Runtime::LocalPlugin *>();
        for (Runtime::LocalPlugin *lp : locals)
            if (lp->connection() && provides(lp->declaration()))
                return lp->connection();
        return nullptr;
    });
    DebugPanel *debug = nullptr;
    QDockWidget *debugDock = createDebugDock(server, log, relay, endpoints, endpointServer, window, &debug);
    debugDock->setObjectName(QStringLiteral("debugDock"));
    window->addPanel(debugDock, Qt::RightDockWidgetArea);
    QObject::connect(debug, &DebugPanel::openInConsole, console, [console, consoleDock](const QString &id) {
        consoleDock->show();
        consoleDock->raise();
        console->selectPlugin(id);
    });
    // A registered debug plugin is used exactly like a local one: the same console invokes it.
    QObject::connect(server, &Debug::DebugServer::pluginRegistered, console, [console](Debug::RegisteredPlugin *p) {
        console->addConnection(p->connection(), QStringLiteral("debug"), p->declaration());
    });

    auto *market = new Marketplace::MarketplaceClient(window);
    ctx->setService(QStringLiteral("marketplaceClient"), market);
    MarketplacePage *marketPage = nullptr;
    QDockWidget *marketDock = createMarketplaceDock(market, window, &marketPage);
    marketDock->setObjectName(QStringLiteral("marketplaceDock"));
    window->addPanel(marketDock, Qt::RightDockWidgetArea);

    // The key lives where the workspace recorded it (OS keychain or 0600 file), as for the CLI.
    auto store = Workspace::openWorkspace(ws);
    if (store) {
        auto *holder = new WorkspaceHolder(std::move(store.value()), window);
        ctx->setService(QStringLiteral("workspaceStore"), holder);
        InstalledPluginsPage *installed = nullptr;
        QDockWidget *installedDock = createInstalledDock(holder->store(), market, window, &installed);
        installedDock->setObjectName(QStringLiteral("installedDock"));
        window->addPanel(installedDock, Qt::RightDockWidgetArea);
        // The workspace installs marketplace:ID itself, so the plugin keeps the Marketplace as its
        // source (update checks, auto-upgrade, install-count report).
        QPointer<InstalledPluginsPage> installedGuard(installed);
        marketPage->setInstallHandler([installedGuard, installedDock](const QString &identifier) {
            if (!installedGuard)
                return false;
            installedDock->show();
            return installedGuard->installFrom(QStringLiteral("marketplace:") + identifier) != nullptr;
        });
        marketPage->setBundleInstallHandler([installedGuard, installedDock](const QString &spec) {
            if (!installedGuard)
                return false;
            installedDock->show();
            return installedGuard->installFrom(spec) != nullptr;
        });
        persistEndpoints(holder->store(), endpoints, window);
        // A reverse tool/model call routed to an installed plugin runs with the credentials
        // configured for that provider on the Installed page.
        reverse->setCredentialsLookup([holder](const QString &, const QString &provider) {
            return Workspace::storedProviderCredentials(*holder->store(), provider);
        });
        console->setWorkspace(holder->store());
        QObject::connect(installed, &InstalledPluginsPage::openInConsole, console,
                         [window, console, consoleDock, reverse](const QString &pluginId, const QString &dir) {
                             localPluginFor(window, console, reverse, dir);
                             consoleDock->show();
                             consoleDock->raise();
                             console->selectPlugin(pluginId);
                         });
        // Credentials are checked with the plugin's own validate action: start it if needed.
        installed->setCredentialValidator([window, console, reverse](const Workspace::InstalledPlugin &p, const QString &provider,
                                                                     const QJsonObject &values,
                                                                     std::function<void(bool, QString)> done) {
            auto validate = [provider, values, done](Runtime::LocalPlugin *plugin) {
                const Plugin::PluginDeclaration &d = plugin->declaration();
                Workspace::CredentialKind kind = Workspace::CredentialKind::Tool;
                if (d.model)
                    kind = Workspace::CredentialKind::ModelProvider;
                else if (d.datasource)
                    kind = Workspace::CredentialKind::Datasource;
                else if (d.trigger)
                    kind = Workspace::CredentialKind::Trigger;
                Workspace::validateCredentials(plugin->connection(), kind, provider, values, [done](VoidResult r) {
                    done(r.hasValue(), r ? QString() : r.error().message);
                });
            };
            withRunningPlugin(window, console, reverse, p.installPath, [validate, done](Runtime::LocalPlugin *plugin, const QString &why) {
                if (plugin)
                    validate(plugin);
                else
                    done(false, QCoreApplication::translate("Studio", "The plugin could not start to check the credentials: %1").arg(why));
            });
        });

        // OAuth sign-in runs the installed plugin's own OAuth actions: start it if needed (§4.2).
        installed->setPluginRunner([window, console, reverse](const Workspace::InstalledPlugin &p,
                                                              std::function<void(Runtime::PluginConnection *, QString)> ready) {
            withRunningPlugin(window, console, reverse, p.installPath, [ready](Runtime::LocalPlugin *plugin, const QString &why) {
                ready(plugin ? plugin->connection() : nullptr, why);
            });
        });
        // Automatic upgrades (§4.5): a pass shortly after start and then on the workspace's schedule;
        // the upgrades are tasks of the installed page, and what a pass did shows in its notice row.
        auto *autoUpgrade = new Workspace::AutoUpgradeScheduler(holder->store(), market, window);
        autoUpgrade->setObjectName(QStringLiteral("autoUpgradeScheduler"));
        ctx->setService(QStringLiteral("autoUpgradeScheduler"), autoUpgrade);
        installed->setAutoUpgradeScheduler(autoUpgrade);
        autoUpgrade->setStartDelayMs(20000);
        autoUpgrade->start();

        // Workspace settings reach the services now and after every change (Edit menu).
        Workspace::WorkspaceStore *ws_ = holder->store();
        auto applySettings = [ws_, market, reverse] {
            market->setBaseUrl(QUrl(ws_->marketplaceUrl()));
            Runtime::DifyInstanceConfig dify;
            dify.baseUrl = QUrl(ws_->difyBaseUrl());
            dify.apiKey = ws_->difyApiKey().valueOr(QString());
            reverse->setDifyInstance(dify);
            Runtime::DifyInnerApiConfig inner;
            inner.url = QUrl(ws_->difyInnerApiUrl());
            inner.key = ws_->difyInnerApiKey().valueOr(QString());
            reverse->setDifyInnerApi(inner);
            reverse->setSystemModel({ws_->systemModelProvider(), ws_->systemModelName()});
        };
        applySettings();
        // Edit > Preferences > Workspace.
        window->addPreferencesPage(QStringLiteral("workspace"), QCoreApplication::translate("Studio", "Workspace"),
                                   [ws_] { return new WorkspaceSettingsPage(ws_); }, applySettings);
    } else {
        window->statusBar()->showMessage(QCoreApplication::translate("Studio", "The workspace could not be opened: %1")
                                             .arg(store.error().toString()), 15000);
    }

    // F5: run the open project in the console.
    QObject::connect(window, &MainWindow::runRequested, console, [window, console, consoleDock, reverse](const QString &dir) {
        if (dir.isEmpty())
            return;
        consoleDock->show();
        consoleDock->raise();
        Runtime::LocalPlugin *plugin = localPluginFor(window, console, reverse, dir);
        console->selectPlugin(plugin->property("consolePluginId").toString());
    });
}

} // namespace Studio::App
