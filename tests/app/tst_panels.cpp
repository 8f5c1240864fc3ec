// SPDX-License-Identifier: GPL-3.0-or-later
// The panels wired into the real main window: a plugin that connects to the window's debug server
// appears in the same console as local plugins, can be invoked from it, and its storage calls are
// served by the window's reverse handler into the workspace's storage file.
#include "app/console/consolepanel.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/panels.h"
#include "app/studiocontext.h"
#include "app/preferences/preferencesdialog.h"
#include "app/workspace/workspacesettingspage.h"
#include "core/runtime/reverse.h"
#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/debug/relay.h"
#include "core/debug/debugkeystore.h"
#include "core/runtime/actions.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"

#include <QAction>
#include <QCheckBox>
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
        auto *server = window.context()->service<Debug::DebugServer>(QStringLiteral("debugServer"));
        QVERIFY(server);
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
        auto *reverse = window.context()->service<Runtime::DefaultReverseHandler>(QStringLiteral("reverseHandler"));
        QVERIFY(reverse);
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
