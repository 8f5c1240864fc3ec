// SPDX-License-Identifier: GPL-3.0-or-later
// The panels wired into the real main window on its studio session: a plugin that connects to the
// window's debug server appears in the same console as local plugins, can be invoked from it, and its
// storage calls are served by the session's reverse handler into the workspace's storage file; the
// console shows the plugin the user opened last and says which (#18.7).
#include "app/console/consolepanel.h"
#include "app/debug/debugpanel.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/panels.h"
#include "app/studiocontext.h"
#include "app/preferences/preferencesdialog.h"
#include "app/workspace/workspacesettingspage.h"
#include "app/workspace/installedpage.h"
#include "core/package/packagewriter.h"
#include "core/workspace/installtask.h"
#include "tests/core/tst_install_support.h"
#include "core/runtime/reverse.h"
#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/debug/relay.h"
#include "core/debug/debugkeystore.h"
#include "core/runtime/actions.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/session/studiosession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QTableView>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;

class tst_Panels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void debugPluginReachesConsoleAndStorage()
    {
        QTemporaryDir ws;
        QVERIFY(ws.isValid());
        App::MainWindow window(ws.path());
        App::installStudioPanels(&window);
        QVERIFY(window.context()->session());
        Debug::DebugServer *server = window.context()->session()->debugServer();
        auto *console = window.findChild<App::ConsolePanel *>();
        QVERIFY(console);
        QVERIFY2(server->listen(QHostAddress::LocalHost, 0).hasValue(), "debug server did not listen");

        QProcess client;
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client.start(QStringLiteral("python3"),
                     {QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"), server->displayAddress(),
                      server->keys()->currentKey(), QStringLiteral("--heartbeat"), QStringLiteral("0.3")});
        QVERIFY(client.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server->plugin(QStringLiteral("studio/echo")) != nullptr, 20000);
        // The registered plugin is selectable in the window's console.
        QTRY_VERIFY_WITH_TIMEOUT(console->selectPlugin(QStringLiteral("studio/echo")), 5000);

        // A tool call through the registered connection, then a storage reverse call served by the
        // window's handler into <workspace>/storage.db.
        Runtime::PluginConnection *conn = server->plugin(QStringLiteral("studio/echo"))->connection();
        QVERIFY(conn);
        Runtime::Invocation *call = conn->invoke(Runtime::InvokeRequest::invokeTool(
            QStringLiteral("echo"), QStringLiteral("say"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("storage")}},
            QJsonObject{}));
        QSignalSpy done(call, &Runtime::Invocation::finished);
        QVERIFY(done.wait(15000));
        QCOMPARE(int(call->state()), int(Runtime::InvocationState::Succeeded));
        QVERIFY(call->chunks().size() >= 1);
        const QJsonObject last = call->chunks().constLast();
        QVERIFY2(last.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString()
                     .startsWith(QStringLiteral("storage:")),
                 QJsonDocument(last).toJson().constData());
        QVERIFY(QFileInfo::exists(ws.filePath(QStringLiteral("storage.db"))));

        client.kill();
        client.waitForFinished();
    }

    // #18.7: the console always shows the plugin the user opened last — File > Open Folder, Open in
    // console on the Installed page, F5, a pick in the console — and says which (a line under the
    // plugin box, the dock's title), also when a project folder, its installed copy and its debug
    // session share one plugin id. (Before: Open Folder left the console on the previous plugin,
    // and Open in console of an installed plugin showed the project folder with the same id.)
    void consoleFollowsThePluginOpenedLast()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString project = tmp.filePath(QStringLiteral("echo_project"));
        QVERIFY(TestSupport::copyTree(QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin"), project));
        const QString other = QStringLiteral(STUDIO_FIXTURES "/runtime/env_plugin");
        const QString id = QStringLiteral("studio-tests/echo_plugin");

        App::MainWindow window(tmp.filePath(QStringLiteral("ws")));
        App::installStudioPanels(&window);
        auto *console = window.findChild<App::ConsolePanel *>();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("consoleDock"));
        auto *which = window.findChild<QLabel *>(QStringLiteral("pluginDescription"));
        auto *box = window.findChild<QComboBox *>(QStringLiteral("pluginBox"));
        QVERIFY(console && dock && which && box);
        QVERIFY(window.context()->session());
        Session::PluginRegistry *plugins = window.context()->session()->plugins();
        QVERIFY(!console->currentPlugin());
        QVERIFY2(which->text().contains(QStringLiteral("No plugin is open")), qPrintable(which->text()));

        // File > Open Folder: the console shows that folder.
        QVERIFY(window.openProject(project));
        QVERIFY(console->currentPlugin());
        QCOMPARE(console->currentPlugin()->folder(), QDir(project).absolutePath());
        QCOMPARE(plugins->current(), console->currentPlugin());
        QVERIFY2(which->text().contains(QStringLiteral("local folder")) && which->text().contains(QDir::toNativeSeparators(project)),
                 qPrintable(which->text()));
        QVERIFY2(dock->windowTitle().contains(QStringLiteral("echo_project")), qPrintable(dock->windowTitle()));

        // The same plugin installed into the workspace, then "Open in console" on the Installed page:
        // the installed copy is shown, not the project folder with the same plugin id.
        Package::PackageOptions po;
        po.outputPath = tmp.filePath(QStringLiteral("echo.difypkg"));
        po.skipValidation = true;
        auto pkg = Package::packagePlugin(project, po);
        QVERIFY2(pkg, pkg ? "" : qPrintable(pkg.error().message));
        auto *page = window.findChild<App::InstalledPluginsPage *>();
        QVERIFY(page);
        Workspace::InstallOptions opts;
        opts.allowUnsigned = true;
        opts.skipEnv = true;
        page->setInstallOptions(opts);
        QSignalSpy installed(page, &App::InstalledPluginsPage::taskFinished);
        page->installFrom(pkg->outputPath);
        QTRY_COMPARE_WITH_TIMEOUT(installed.count(), 1, 60000);
        QVERIFY2(installed.at(0).at(1).toBool(), qPrintable(installed.at(0).at(2).toString()));
        const QString installPath = console->workspace()->installed(id)->installPath;
        auto *table = page->findChild<QTableView *>(QStringLiteral("installedView"));
        QVERIFY(table && table->model()->rowCount() == 1);
        table->selectRow(0);
        QPushButton *openInConsole = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Open in console"))
                openInConsole = b;
        QVERIFY(openInConsole);
        dock->hide();
        openInConsole->click();
        QVERIFY(console->currentPlugin());
        QCOMPARE(console->currentPlugin()->origin(), Session::PluginOrigin::Installed);
        QCOMPARE(console->currentPlugin()->folder(), QDir::cleanPath(installPath));
        QCOMPARE(plugins->withPluginId(id).size(), 2); // the project folder is still listed
        QVERIFY2(which->text().contains(QStringLiteral("installed in the workspace")), qPrintable(which->text()));
        QVERIFY2(dock->windowTitle().contains(QStringLiteral("installed")), qPrintable(dock->windowTitle()));
        QVERIFY(!dock->isHidden()); // brought forward

        // Another folder opened: the console follows it.
        QVERIFY(window.openProject(other));
        QCOMPARE(console->currentPlugin()->pluginId(), QStringLiteral("studio-tests/env_probe"));
        QVERIFY2(which->text().contains(QStringLiteral("studio-tests/env_probe")), qPrintable(which->text()));

        // A pick in the console's box is the user opening that plugin too...
        const int projectRow = plugins->rowOf(plugins->forFolder(project));
        QVERIFY(projectRow >= 0);
        box->setCurrentIndex(projectRow);
        Q_EMIT box->activated(projectRow);
        QCOMPARE(plugins->current(), plugins->forFolder(project));
        QVERIFY2(which->text().contains(QDir::toNativeSeparators(project)), qPrintable(which->text()));

        // ...and F5 runs the open project: the console shows it again and comes forward.
        dock->hide();
        Q_EMIT window.runRequested(window.projectDir());
        QCOMPARE(console->currentPlugin(), plugins->forFolder(other));
        QVERIFY(!dock->isHidden());

        // A plugin connecting for remote debugging is listed but does not take the console until the
        // user opens it (Open in console on the Remote debug page).
        Debug::DebugServer *server = window.context()->session()->debugServer();
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        QProcess client;
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client.start(QStringLiteral("python3"),
                     {QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"), server->displayAddress(),
                      server->keys()->currentKey(), QStringLiteral("--heartbeat"), QStringLiteral("0.3")});
        QVERIFY(client.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(plugins->find(Session::SessionPlugin::debugKey(QStringLiteral("studio/echo"))), 20000);
        QCOMPARE(console->currentPlugin(), plugins->forFolder(other));
        auto *debug = window.findChild<App::DebugPanel *>();
        QVERIFY(debug);
        Q_EMIT debug->openInConsole(QStringLiteral("studio/echo"));
        QCOMPARE(console->currentPlugin()->origin(), Session::PluginOrigin::Debug);
        QVERIFY2(which->text().contains(QStringLiteral("connected for remote debugging")), qPrintable(which->text()));
        // It disconnects: the console says no plugin is shown rather than showing another one silently...
        client.kill();
        client.waitForFinished();
        QTRY_VERIFY_WITH_TIMEOUT(!plugins->find(Session::SessionPlugin::debugKey(QStringLiteral("studio/echo"))), 20000);
        QVERIFY(!plugins->current());
        QVERIFY(!console->currentPlugin());
        QVERIFY2(which->text().contains(QStringLiteral("studio/echo")) && which->text().contains(QStringLiteral("is gone")),
                 qPrintable(which->text()));
        QCOMPARE(dock->windowTitle(), QStringLiteral("Console"));
        // ...and shows it again when it reconnects.
        QProcess again;
        again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        again.start(QStringLiteral("python3"),
                    {QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"), server->displayAddress(),
                     server->keys()->currentKey(), QStringLiteral("--heartbeat"), QStringLiteral("0.3")});
        QVERIFY(again.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(console->currentPlugin() && console->currentPlugin()->origin() == Session::PluginOrigin::Debug, 20000);
        QVERIFY2(which->text().contains(QStringLiteral("connected for remote debugging")), qPrintable(which->text()));
        again.kill();
        again.waitForFinished();
    }

    // The debug panel's relay page drives the window's relay: a plugin connecting to the local port
    // with the local key is forwarded upstream with the upstream key.
    void relayStartsFromThePanel()
    {
        QTemporaryDir ws;
        QVERIFY(ws.isValid());
        App::MainWindow window(ws.path());
        App::installStudioPanels(&window);
        auto *relay = window.findChild<Debug::DebugRelay *>();
        QVERIFY(relay);
        QTcpServer upstream;
        QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
        QByteArray upstreamBytes;
        QObject::connect(&upstream, &QTcpServer::newConnection, &upstream, [&] {
            QTcpSocket *s = upstream.nextPendingConnection();
            QObject::connect(s, &QTcpSocket::readyRead, s, [&upstreamBytes, s] { upstreamBytes += s->readAll(); });
        });
        window.findChild<QLineEdit *>(QStringLiteral("relayHost"))->setText(QStringLiteral("127.0.0.1"));
        for (QLineEdit *e : window.findChildren<QLineEdit *>())
            if (e->echoMode() == QLineEdit::Password && e->placeholderText().contains(QStringLiteral("Dify")))
                e->setText(QStringLiteral("upstream-key-1"));
        for (QSpinBox *b : window.findChildren<QSpinBox *>())
            if (b->value() == 5003)
                b->setValue(upstream.serverPort());
        window.findChild<QPushButton *>(QStringLiteral("relayStart"))->click();
        QVERIFY(relay->port() != 0);

        QTcpSocket plugin;
        plugin.connectToHost(QHostAddress::LocalHost, relay->port());
        QVERIFY(plugin.waitForConnected(5000));
        const QByteArray hs = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("handshake")},
                                                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("key"), relay->keys()->currentKey()}}}})
                                  .toJson(QJsonDocument::Compact) + '\n';
        plugin.write(hs);
        QTRY_VERIFY_WITH_TIMEOUT(upstreamBytes.contains("upstream-key-1"), 5000);
        QVERIFY(!upstreamBytes.contains(relay->keys()->currentKey().toUtf8()));
    }

    // Edit > Preferences > Workspace: bad URLs are refused with a message; saved values reach the workspace
    // (API key encrypted) and the services (reverse app calls now have a Dify instance).
    void workspaceSettingsAreSavedAndApplied()
    {
        QTemporaryDir ws;
        QVERIFY(ws.isValid());
        App::MainWindow window(ws.path());
        App::installStudioPanels(&window);
        QVERIFY(window.context()->session());
        Runtime::DefaultReverseHandler *reverse = window.context()->session()->reverseHandler();
        QVERIFY(!reverse->difyInstance().isConfigured());
        auto *action = window.findChild<QAction *>(QStringLiteral("preferences"));
        QVERIFY(action);
        QTimer::singleShot(0, &window, [&window] {
            auto *prefs = window.findChild<App::PreferencesDialog *>();
            QVERIFY(prefs);
            QVERIFY(prefs->showPage(QStringLiteral("workspace")));
            auto *dialog = prefs->page<App::WorkspaceSettingsPage>();
            QVERIFY(dialog);
            dialog->difyUrlEdit()->setText(QStringLiteral("not a url"));
            QVERIFY(!dialog->save());
            dialog->difyUrlEdit()->setText(QStringLiteral("http://127.0.0.1:9/v1"));
            dialog->difyKeyEdit()->setText(QStringLiteral("app-topsecretkey"));
            dialog->allowUnsignedBox()->setChecked(true);
            prefs->accept();
        });
        action->trigger();
        QCOMPARE(reverse->difyInstance().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        QCOMPARE(reverse->difyInstance().apiKey, QStringLiteral("app-topsecretkey"));
        const QStringList files = QDir(ws.path()).entryList(QDir::Files);
        for (const QString &f : files) {
            QFile file(ws.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("app-topsecretkey"), qPrintable(f));
        }
    }

    // Endpoint instances made in the debug panel are kept in the workspace (settings encrypted) and
    // come back, with the same URL, in the next session.
    void endpointInstancesSurviveARestart()
    {
        QTemporaryDir ws;
        QVERIFY(ws.isValid());
        QString hookId;
        {
            App::MainWindow window(ws.path());
            App::installStudioPanels(&window);
            auto *registry = window.findChild<Debug::EndpointRegistry *>();
            QVERIFY(registry);
            registry->create(QStringLiteral("acme/hooks"), QStringLiteral("main"),
                             QJsonObject{{QStringLiteral("token"), QStringLiteral("s3cr3t-value")}});
            QCOMPARE(registry->all().size(), 1);
            hookId = registry->all().constFirst().hookId;
            QCOMPARE(hookId.size(), 16);
            registry->setEnabled(hookId, false);
        }
        // The secret is not stored in clear anywhere in the workspace.
        const QStringList files = QDir(ws.path()).entryList(QDir::Files);
        for (const QString &f : files) {
            QFile file(ws.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("s3cr3t-value"), qPrintable(f));
        }
        App::MainWindow again(ws.path());
        App::installStudioPanels(&again);
        auto *registry = again.findChild<Debug::EndpointRegistry *>();
        QVERIFY(registry);
        QCOMPARE(registry->all().size(), 1);
        const Debug::EndpointInstance e = registry->all().constFirst();
        QCOMPARE(e.hookId, hookId);
        QCOMPARE(e.pluginId, QStringLiteral("acme/hooks"));
        QCOMPARE(e.settings.value(QStringLiteral("token")).toString(), QStringLiteral("s3cr3t-value"));
        QVERIFY(!e.enabled);
        // Removing it removes it from the workspace too.
        registry->remove(hookId);
        App::MainWindow third(ws.path());
        App::installStudioPanels(&third);
        QCOMPARE(third.findChild<Debug::EndpointRegistry *>()->all().size(), 0);
    }
};

QTEST_MAIN(tst_Panels)
#include "tst_panels.moc"
