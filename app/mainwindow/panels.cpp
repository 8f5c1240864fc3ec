// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow/panels.h"

#include "app/console/consolepanel.h"
#include "app/debug/debugpanel.h"
#include "app/dify/difypanel.h"
#include "app/mainwindow/mainwindow.h"
#include "app/marketplace/marketplacepage.h"
#include "app/studiocontext.h"
#include "app/workspace/installedpage.h"
#include "app/workspace/workspacesettingspage.h"
#include "core/debug/endpointserver.h"
#include "core/runtime/pluginconnection.h"
#include "core/session/studiosession.h"
#include "core/workspace/autoupgrade.h"
#include "core/workspace/credentialcheck.h"
#include "core/workspace/workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QStatusBar>

namespace Studio::App {

namespace {

void say(MainWindow *window, const QString &text)
{
    window->statusBar()->showMessage(text, 15000);
}

// The window's running studio: the one of its context, else a new one on its workspace folder.
Session::StudioSession *sessionOf(MainWindow *window)
{
    StudioContext *ctx = window->context();
    if (Session::StudioSession *existing = ctx->session())
        return existing;
    auto *session = new Session::StudioSession(window);
    session->setObjectName(QStringLiteral("studioSession"));
    Session::SessionOptions options;
    options.workspaceDir = ctx->workspaceDir();
    if (auto opened = session->open(options); !opened)
        say(window, QCoreApplication::translate("Studio", "The studio could not open its workspace folder: %1").arg(opened.error().message));
    else if (!session->workspace())
        say(window, QCoreApplication::translate("Studio", "The workspace could not be opened: %1").arg(session->workspaceError()));
    // The Python chosen per plugin in the console (Environment…), kept in the workspace.
    usePythonChoices(session);
    ctx->setSession(session);
    return session;
}

Workspace::CredentialKind credentialKind(const Plugin::PluginDeclaration &d)
{
    if (d.model)
        return Workspace::CredentialKind::ModelProvider;
    if (d.datasource)
        return Workspace::CredentialKind::Datasource;
    if (d.trigger)
        return Workspace::CredentialKind::Trigger;
    return Workspace::CredentialKind::Tool;
}

// The installed page starts installed plugins through the session: for a credential check (the
// plugin's own validate action) and for OAuth sign-in (§4.2).
void attachInstalledPage(InstalledPluginsPage *installed, Session::StudioSession *session)
{
    installed->setCredentialValidator([session](const Workspace::InstalledPlugin &p, const QString &provider, const QJsonObject &values,
                                                std::function<void(bool, QString)> done) {
        session->withRunningPlugin(p.installPath, [provider, values, done](Session::SessionPlugin *plugin, const QString &why) {
            if (!plugin) {
                done(false, QCoreApplication::translate("Studio", "The plugin could not start to check the credentials: %1").arg(why));
                return;
            }
            Workspace::validateCredentials(plugin->connection(), credentialKind(plugin->declaration()), provider, values,
                                           [done](VoidResult r) { done(r.hasValue(), r ? QString() : r.error().message); });
        });
    });
    installed->setPluginRunner([session](const Workspace::InstalledPlugin &p, std::function<void(Runtime::PluginConnection *, QString)> ready) {
        session->withRunningPlugin(p.installPath, [ready](Session::SessionPlugin *plugin, const QString &why) {
            ready(plugin ? plugin->connection() : nullptr, why);
        });
    });
    // Automatic upgrades (§4.5): a pass shortly after start and then on the workspace's schedule;
    // the upgrades are tasks of the installed page, and what a pass did shows in its notice row.
    if (Workspace::AutoUpgradeScheduler *autoUpgrade = session->autoUpgrade()) {
        installed->setAutoUpgradeScheduler(autoUpgrade);
        autoUpgrade->setStartDelayMs(20000);
        autoUpgrade->start();
    }
}

} // namespace

void installStudioPanels(MainWindow *window)
{
    Session::StudioSession *session = sessionOf(window);
    Session::PluginRegistry *plugins = session->plugins();

    ConsolePanel *console = nullptr;
    QDockWidget *consoleDock = createConsoleDock(session, window, &console);
    consoleDock->setObjectName(QStringLiteral("consoleDock"));
    window->addPanel(consoleDock, Qt::BottomDockWidgetArea);
    // The console always shows the plugin the user opened last, and says which (#18.7).
    auto showInConsole = [consoleDock, plugins](Session::SessionPlugin *plugin, bool raise) {
        if (!plugin)
            return;
        plugins->setCurrent(plugin);
        if (raise) {
            consoleDock->show();
            consoleDock->raise();
        }
    };
    auto openFolder = [window, session, showInConsole](const QString &dir, bool raise) {
        if (dir.isEmpty())
            return;
        if (auto plugin = session->openFolder(dir))
            showInConsole(*plugin, raise);
        else
            say(window, QCoreApplication::translate("Studio", "The console cannot show %1: %2").arg(dir, plugin.error().message));
    };

    if (auto listening = session->endpointServer()->listen(); !listening)
        say(window, QCoreApplication::translate("Studio", "The endpoint server could not start: %1").arg(listening.error().message));
    QObject::connect(session->endpoints(), &Debug::EndpointRegistry::storeFailed, window, [window](const QString &why) {
        say(window, QCoreApplication::translate("Studio", "The endpoint is served in this session only; the workspace did not keep it: %1")
                        .arg(why));
    });
    DebugPanel *debug = nullptr;
    QDockWidget *debugDock = createDebugDock(session->debugServer(), session->messageLog(), session->relay(), session->endpoints(),
                                             session->endpointServer(), window, &debug);
    debugDock->setObjectName(QStringLiteral("debugDock"));
    window->addPanel(debugDock, Qt::RightDockWidgetArea);
    QObject::connect(debug, &DebugPanel::openInConsole, console, [plugins, showInConsole](const QString &pluginId) {
        showInConsole(plugins->find(Session::SessionPlugin::debugKey(pluginId)), true);
    });
    // A request captured from a real Dify session, run again against the local plugin.
    QObject::connect(debug, &DebugPanel::replayInConsole, console, [console, consoleDock](const QByteArray &line, const QString &pluginId) {
        consoleDock->show();
        consoleDock->raise();
        console->replayCaptured(line, pluginId);
    });

    MarketplacePage *marketPage = nullptr;
    QDockWidget *marketDock = createMarketplaceDock(session->marketplace(), window, &marketPage);
    marketDock->setObjectName(QStringLiteral("marketplaceDock"));
    window->addPanel(marketDock, Qt::RightDockWidgetArea);

    if (Workspace::WorkspaceStore *ws = session->workspace()) {
        InstalledPluginsPage *installed = nullptr;
        QDockWidget *installedDock = createInstalledDock(ws, session->marketplace(), window, &installed);
        installedDock->setObjectName(QStringLiteral("installedDock"));
        window->addPanel(installedDock, Qt::RightDockWidgetArea);
        // A real Dify: its workspace's plugins, Deploy, Debug against Dify (the session starts the
        // project through the relay).
        QDockWidget *difyDock = createDifyDock(session, window->context(), window);
        window->addPanel(difyDock, Qt::RightDockWidgetArea);
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
        QObject::connect(installed, &InstalledPluginsPage::openInConsole, console,
                         [openFolder](const QString &, const QString &dir) { openFolder(dir, true); });
        attachInstalledPage(installed, session);

        // Edit > Preferences > Workspace: saved values reach the services at once.
        window->addPreferencesPage(QStringLiteral("workspace"), QCoreApplication::translate("Studio", "Workspace"),
                                   [session] { return new WorkspaceSettingsPage(session->workspace()); },
                                   [session] { session->applySettings(); });
    }

    // File > Open Folder (and every other way a project opens) makes it the console's plugin;
    // F5 also brings the console forward (MainWindow::runRequested).
    QObject::connect(window, &MainWindow::projectOpened, console, [openFolder](const QString &dir) { openFolder(dir, false); });
    QObject::connect(window, &MainWindow::runRequested, console, [openFolder](const QString &dir) { openFolder(dir, true); });
    if (!window->projectDir().isEmpty()) // opened before the panels were installed
        openFolder(window->projectDir(), false);
}

} // namespace Studio::App
