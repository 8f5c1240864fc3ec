// SPDX-License-Identifier: GPL-3.0-or-later
// Debug panel: start the real debug server on port 0, connect an SDK-free plugin over TCP, see it
// in the list and its protocol lines in the inspector (filters, detail, capture round trip).
#include "app/debug/debugpanel.h"
#include "app/debug/inspectormodel.h"
#include "core/debug/debugkeystore.h"
#include "core/debug/debugserver.h"
#include "core/plugin/loader.h"
#include "core/debug/endpointserver.h"
#include "core/debug/inspector.h"
#include "core/debug/relay.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio;
using namespace Studio::App;

class TestDebugPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void serverPluginsAndInspector()
    {
        QTemporaryDir dir;
        Debug::DebugServer server;
        Debug::MessageLog log;
        Debug::DebugRelay relay;
        Debug::EndpointRegistry endpoints;
        Debug::EndpointServer endpointServer(&endpoints);
        QVERIFY(endpointServer.listen(QHostAddress::LocalHost, 0));
        DebugPanel panel(&server, &log, &relay, &endpoints, &endpointServer);
        QAbstractItemModelTester t1(panel.pluginsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(panel.inspectorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1100, 750);
        panel.show();

        // Key and .env snippet before starting.
        const QString key = server.keys()->currentKey();
        QCOMPARE(panel.findChild<QLineEdit *>(QStringLiteral("key"))->text(), key);
        QVERIFY(panel.envSnippet().contains(QStringLiteral("INSTALL_METHOD=remote\n")));
        QVERIFY(panel.envSnippet().contains(QStringLiteral("REMOTE_INSTALL_KEY=") + key));

        // A bad host is refused with a message; port 0 picks a free port.
        panel.setListenAddress(QStringLiteral("not-an-ip"), 0);
        QVERIFY(!panel.startServer());
        QVERIFY(panel.statusText().contains(QStringLiteral("not an IP address")));
        panel.setListenAddress(QStringLiteral("127.0.0.1"), 0);
        QVERIFY(panel.startServer());
        QVERIFY(server.isListening());
        QVERIFY(server.port() != 0);
        QVERIFY(panel.envSnippet().contains(QStringLiteral("REMOTE_INSTALL_URL=127.0.0.1:%1").arg(server.port())));
        QVERIFY(panel.exposureWarningText().isEmpty());
        panel.findChild<QPushButton *>(QStringLiteral("copyEnv"))->click();
        QCOMPARE(QApplication::clipboard()->text(), panel.envSnippet());

        // A plugin connects and registers.
        QSignalSpy registered(&server, &Debug::DebugServer::pluginRegistered);
        QProcess client;
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client.start(QStringLiteral("python3"), {QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"), server.displayAddress(),
                                                 key, QStringLiteral("--heartbeat"), QStringLiteral("0.3"), QStringLiteral("--endpoint")});
        QVERIFY(client.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(registered.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(panel.pluginsModel()->rowCount(), 1, 5000);
        QCOMPARE(panel.pluginsModel()->pluginIdAt(0), QStringLiteral("studio/echo"));
        QCOMPARE(panel.pluginsModel()->index(0, DebugPluginsModel::StatusColumn).data().toString(), QStringLiteral("connected"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.pluginsModel()->index(0, DebugPluginsModel::HeartbeatColumn).data().toString().contains(QStringLiteral("s ago")), 5000);

        // The inspector shows the registration lines and the heartbeats.
        panel.inspectorModel()->flush();
        QTRY_VERIFY_WITH_TIMEOUT(panel.inspectorModel()->rowCount() >= 5, 5000);
        QStringList types;
        for (int r = 0; r < panel.inspectorModel()->rowCount(); ++r)
            types << panel.inspectorModel()->index(r, InspectorModel::TypeColumn).data().toString();
        QVERIFY2(types.contains(QStringLiteral("handshake")), qPrintable(types.join(QLatin1Char(','))));
        QVERIFY(types.contains(QStringLiteral("manifest_declaration")) || types.join(QLatin1Char(',')).contains(QStringLiteral("manifest")));

        // Filter by type, then show a message as pretty JSON.
        auto *typeFilter = panel.findChild<QLineEdit *>(QStringLiteral("filterType"));
        typeFilter->setText(QStringLiteral("heartbeat"));
        QMetaObject::invokeMethod(typeFilter, "editingFinished");
        QTRY_VERIFY_WITH_TIMEOUT(panel.inspectorModel()->rowCount() >= 1, 5000);
        for (int r = 0; r < panel.inspectorModel()->rowCount(); ++r)
            QCOMPARE(panel.inspectorModel()->index(r, InspectorModel::TypeColumn).data().toString(), QStringLiteral("heartbeat"));
        panel.inspectorView()->setCurrentIndex(panel.inspectorModel()->index(0, 0));
        QVERIFY(panel.detailView()->toPlainText().contains(QStringLiteral("\"event\": \"heartbeat\"")));
        const int heartbeatsShown = panel.inspectorModel()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(panel.inspectorModel()->rowCount() > heartbeatsShown, 5000); // live
        typeFilter->clear();
        QVERIFY(panel.inspectorModel()->rowCount() > heartbeatsShown);

        // Capture round trip through the core log.
        const QString capture = dir.filePath(QStringLiteral("cap.jsonl"));
        QVERIFY(log.save(capture));
        const int before = log.count();
        QVERIFY(log.open(capture));
        panel.inspectorModel()->setFilter({});
        QCOMPARE(panel.inspectorModel()->rowCount(), before);

        // Endpoint instance for the connected plugin: listed with its URL.
        const auto inst = endpoints.create(QStringLiteral("studio/echo"), QStringLiteral("hook"));
        auto *table = panel.findChild<QTableWidget *>(QStringLiteral("endpointTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), endpointServer.urlFor(inst.hookId));
        table->item(0, 0)->setCheckState(Qt::Unchecked);
        QCOMPARE(endpoints.find(inst.hookId)->enabled, false);

        // Rotate the key: the snippet follows.
        panel.rotateKey();
        QVERIFY(server.keys()->currentKey() != key);
        QVERIFY(panel.envSnippet().contains(server.keys()->currentKey()));

        // Disconnect from the panel: the row says so.
        QSignalSpy gone(&server, &Debug::DebugServer::pluginDisconnected);
        panel.findChild<QTableView *>(QStringLiteral("pluginsView"))->setCurrentIndex(panel.pluginsModel()->index(0, 0));
        panel.findChild<QPushButton *>(QStringLiteral("disconnectPlugin"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.pluginsModel()->index(0, DebugPluginsModel::StatusColumn).data().toString().startsWith(QStringLiteral("disconnected")), 5000);
        client.waitForFinished(10000);
        if (client.state() != QProcess::NotRunning)
            client.kill();

        panel.stopServer();
        QVERIFY(!server.isListening());
    }

    void exposureWarningForNonLoopback()
    {
        Debug::DebugServer server;
        DebugPanel panel(&server, nullptr, nullptr, nullptr, nullptr);
        panel.setListenAddress(QStringLiteral("0.0.0.0"), 0);
        // Without "allow other machines" the core refuses; the warning is shown either way.
        QVERIFY(!panel.startServer());
        QVERIFY(!panel.statusText().isEmpty());
        QVERIFY(panel.envSnippet().contains(QStringLiteral("YOUR-MACHINE-IP")));
        panel.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("0.0.0.0"));
        panel.rotateKey(); // refreshes the state
        QVERIFY(panel.exposureWarningText().contains(QStringLiteral("other machines")));
    }
};

QTEST_MAIN(TestDebugPanel)
#include "tst_debugpanel.moc"
