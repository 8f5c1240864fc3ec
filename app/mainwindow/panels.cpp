// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow/panels.h"

#include "app/console/consolepanel.h"
#include "app/console/historystore.h"
#include "app/debug/debugpanel.h"
#include "app/mainwindow/mainwindow.h"
#include "app/marketplace/marketplacepage.h"
#include "app/studiocontext.h"
#include "app/workspace/installedpage.h"
#include "core/debug/debugserver.h"
#include "core/debug/inspector.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/package/ignorerules.h"
#include "core/plugin/loader.h"
#include "core/runtime/localplugin.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QStatusBar>

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

    auto *server = new Debug::DebugServer(window);
    auto *log = new Debug::MessageLog(window);
    server->setMessageLog(log);
    ctx->setService(QStringLiteral("debugServer"), server);
    ctx->setService(QStringLiteral("messageLog"), log);
    DebugPanel *debug = nullptr;
    QDockWidget *debugDock = createDebugDock(server, log, nullptr, nullptr, nullptr, window, &debug);
    debugDock->setObjectName(QStringLiteral("debugDock"));
    window->addPanel(debugDock, Qt::RightDockWidgetArea);
    QObject::connect(debug, &DebugPanel::openInConsole, console, [console, consoleDock](const QString &id) {
        consoleDock->show();
        consoleDock->raise();
        console->selectPlugin(id);
    });

    auto *market = new Marketplace::MarketplaceClient(window);
    ctx->setService(QStringLiteral("marketplaceClient"), market);
    MarketplacePage *marketPage = nullptr;
    QDockWidget *marketDock = createMarketplaceDock(market, window, &marketPage);
    marketDock->setObjectName(QStringLiteral("marketplaceDock"));
    window->addPanel(marketDock, Qt::RightDockWidgetArea);

    auto store = Workspace::WorkspaceStore::open(ws);
    if (store) {
        auto *holder = new WorkspaceHolder(std::move(store.value()), window);
        ctx->setService(QStringLiteral("workspaceStore"), holder);
        InstalledPluginsPage *installed = nullptr;
        QDockWidget *installedDock = createInstalledDock(holder->store(), market, window, &installed);
        installedDock->setObjectName(QStringLiteral("installedDock"));
        window->addPanel(installedDock, Qt::RightDockWidgetArea);
        QObject::connect(marketPage, &MarketplacePage::packageDownloaded, installed,
                         [installed](const QString &file) { installed->installFrom(file); });
    } else {
        window->statusBar()->showMessage(QCoreApplication::translate("Studio", "The workspace could not be opened: %1")
                                             .arg(store.error().toString()), 15000);
    }

    // F5: run the open project in the console.
    QObject::connect(window, &MainWindow::runRequested, console, [window, console, consoleDock](const QString &dir) {
        if (dir.isEmpty())
            return;
        consoleDock->show();
        consoleDock->raise();
        const QString key = QStringLiteral("localPlugin:") + dir;
        auto *plugin = window->findChild<Runtime::LocalPlugin *>(key);
        if (!plugin) {
            plugin = new Runtime::LocalPlugin(dir, Runtime::LocalPluginOptions{}, nullptr, window);
            plugin->setObjectName(key);
            const auto files = Package::openPluginFolder(dir);
            const Plugin::LoadResult loaded = Plugin::loadPlugin(*files);
            console->addLocalPlugin(plugin, loaded.declaration, QDir(dir).dirName());
        }
        console->selectPlugin(QDir(dir).dirName());
    });
}

} // namespace Studio::App
