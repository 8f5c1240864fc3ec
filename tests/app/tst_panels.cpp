// SPDX-License-Identifier: GPL-3.0-or-later
// The panels wired into the real main window: a plugin that connects to the window's debug server
// appears in the same console as local plugins, can be invoked from it, and its storage calls are
// served by the window's reverse handler into the workspace's storage file.
#include "app/console/consolepanel.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/panels.h"
#include "app/studiocontext.h"
#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/runtime/actions.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"

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
};

QTEST_MAIN(tst_Panels)
#include "tst_panels.moc"
