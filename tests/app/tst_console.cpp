// SPDX-License-Identifier: GPL-3.0-or-later
// Console dock: real runs against SDK-free plugins (local, and connected over the remote-debug TCP
// protocol), history, replay with a diff, export/import. The panel sits on a real StudioSession (its
// workspace, history, reverse handler and debug server); the history store and the action catalogue
// are core (tests/core/tst_session.cpp).
#include "app/console/consolepanel.h"
#include "app/widgets/configform.h"
#include "app/widgets/jsontreeview.h"
#include "app/widgets/logview.h"
#include "core/debug/debugserver.h"
#include "core/debug/inspector.h" // debugserver.h holds a QPointer<MessageLog>
#include "core/runtime/filestore.h"
#include "core/runtime/localplugin.h"
#include "core/runtime/reverse.h"
#include "core/session/historystore.h"
#include "core/session/studiosession.h"
#include "tests/core/tst_runtime_util.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Studio;
using namespace Studio::App;

namespace {

// A session on a fresh workspace in `dir`, starting local plugins on python3 directly.
std::unique_ptr<Session::StudioSession> openSession(const QString &dir)
{
    auto session = std::make_unique<Session::StudioSession>();
    Session::SessionOptions o;
    o.workspaceDir = dir;
    o.keyStore = Workspace::KeyStore::File;
    o.pluginDefaults = RuntimeTest::fastOptions();
    o.pluginDefaults.restartOnCrash = false;
    if (auto r = session->open(o); !r)
        qWarning() << r.error().message;
    return session;
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runsTheLocalFixturePlugin()
    {
        QTemporaryDir dir;
        const QString pluginDir = QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin");
        auto session = openSession(dir.filePath(QStringLiteral("ws")));
        QVERIFY(session->history());
        HistoryStore &history = *session->history();
        ConsolePanel panel(session.get());
        panel.resize(1000, 600);
        panel.show();
        auto opened = session->openFolder(pluginDir);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        Session::SessionPlugin *entry = *opened;
        QVERIFY(entry->declaration().tool.has_value());
        QVERIFY(panel.showPlugin(entry));
        QCOMPARE(panel.currentPlugin(), entry);
        QVERIFY2(panel.shownText().contains(QStringLiteral("local folder")), qPrintable(panel.shownText()));
        QVERIFY2(panel.selectAction(QStringLiteral("tool:invoke_tool:echo/echo")), qPrintable(panel.actionKeys().join(QLatin1Char(','))));
        auto *text = qobject_cast<QLineEdit *>(panel.parametersForm()->editorFor(QStringLiteral("text")));
        QVERIFY(text);
        text->setText(QStringLiteral("hello from the console"));
        QSignalSpy finished(&panel, &ConsolePanel::invocationFinished);
        panel.run(); // starts the plugin first, then runs once it is ready
        QVERIFY(entry->process());
        QVERIFY(panel.isRunning() || entry->state() != Runtime::RuntimeState::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).value<HistoryEntry>().state, QStringLiteral("succeeded"));
        QVERIFY2(panel.outputText().contains(QStringLiteral("echo: hello from the console")), qPrintable(panel.outputText()));
        QCOMPARE(history.entries().size(), 1);
        // The plugin's own output reaches the log view (stderr line and log event at start-up).
        panel.logView()->flushPending();
        QTRY_VERIFY_WITH_TIMEOUT(panel.logView()->lineCount() > 0, 5000);
        // Replay gives the same answer: no diff, one more history row.
        QVERIFY(panel.replay(history.entries().at(0).id));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(history.entries().size(), 2);
        QCOMPARE(panel.lastDiff(), QString());
        // A plugin exception is a failed run with the message shown.
        text->clear();
        panel.parametersForm()->setValues({{QStringLiteral("mode"), QStringLiteral("fail")}, {QStringLiteral("text"), QStringLiteral("boom")}});
        panel.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
        QCOMPARE(finished.at(2).at(0).value<HistoryEntry>().state, QStringLiteral("failed"));
        QVERIFY2(panel.outputText().contains(QStringLiteral("failing on purpose")), qPrintable(panel.outputText()));
        // A file (blob_chunk series) is reassembled and offered with a Save link.
        panel.parametersForm()->setValues({{QStringLiteral("mode"), QStringLiteral("blob")}, {QStringLiteral("text"), QString()}});
        panel.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 20000);
        QCOMPARE(finished.at(3).at(0).value<HistoryEntry>().state, QStringLiteral("succeeded"));
        QVERIFY2(panel.outputText().contains(QStringLiteral("data.bin (application/octet-stream, 20000 bytes)")), qPrintable(panel.outputText()));
        QVERIFY(panel.outputView()->toHtml().contains(QStringLiteral("studio-save:0")));
        QCOMPARE(entry->process()->launchCount(), 1); // every run used the one process of the folder
        entry->stop();
    }

    void runsAConnectedPluginWithHistoryAndReplay()
    {
        QTemporaryDir dir;
        auto session = openSession(dir.filePath(QStringLiteral("ws")));
        Runtime::DefaultReverseHandler &reverse = *session->reverseHandler();
        Debug::DebugServer &server = *session->debugServer();
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QSignalSpy registered(&server, &Debug::DebugServer::pluginRegistered);
        QProcess client;
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client.start(QStringLiteral("python3"), {QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"),
                                                 server.displayAddress(), server.keys()->currentKey(),
                                                 QStringLiteral("--heartbeat"), QStringLiteral("0.5")});
        QVERIFY(client.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(registered.count(), 1, 20000);
        Debug::RegisteredPlugin *plugin = server.plugins().value(0);
        QVERIFY(plugin);

        HistoryStore *history = session->history();
        QVERIFY(history);
        ConsolePanel panel(session.get());
        QAbstractItemModelTester tester(panel.findChild<QTableView *>(QStringLiteral("historyView"))->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester plugins(session->plugins(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1000, 600);
        panel.show();
        // The registered plugin is an entry of the session, shown as debug-connected.
        QVERIFY(panel.selectPlugin(QStringLiteral("studio/echo")));
        QCOMPARE(panel.currentPlugin()->origin(), Session::PluginOrigin::Debug);
        QVERIFY2(panel.shownText().contains(QStringLiteral("connected for remote debugging")), qPrintable(panel.shownText()));
        QVERIFY2(panel.selectAction(QStringLiteral("tool:invoke_tool:echo/say")), qPrintable(panel.actionKeys().join(QLatin1Char(','))));
        panel.parametersForm()->setRawMode(true);
        panel.parametersForm()->setValues({{QStringLiteral("word"), QStringLiteral("bonjour")}});
        QCOMPARE(panel.parametersForm()->values().value(QStringLiteral("word")).toString(), QStringLiteral("bonjour"));

        QSignalSpy finished(&panel, &ConsolePanel::invocationFinished);
        bool hasF5 = false;
        for (QAction *a : panel.actions())
            hasF5 = hasF5 || a->shortcut() == QKeySequence(Qt::Key_F5);
        QVERIFY(hasF5);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const HistoryEntry first = finished.at(0).at(0).value<HistoryEntry>();
        QCOMPARE(first.state, QStringLiteral("succeeded"));
        QVERIFY2(panel.outputText().contains(QStringLiteral("echo:{\"word\": \"bonjour\"}")), qPrintable(panel.outputText()));
        QCOMPARE(panel.jsonView()->jsonModel()->valueAt(panel.jsonView()->jsonModel()->indexForPath(QStringLiteral("$.word"))).toString(),
                 QStringLiteral("bonjour"));
        QCOMPARE(history->entries().size(), 1);
        QCOMPARE(history->entries().at(0).chunks.size(), 2);
        QVERIFY(first.resultText.contains(QStringLiteral("bonjour")));

        // Replay: same plugin, same answer → no diff; a history row is added.
        QVERIFY(panel.replay(first.id));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(history->entries().size(), 2);
        QCOMPARE(panel.lastDiff(), QString());

        // Export, edit the recorded result, import, replay → the diff shows what changed.
        const QString exported = dir.filePath(QStringLiteral("inv.json"));
        QVERIFY(panel.exportInvocation(first.id, exported));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o.insert(QStringLiteral("result_text"), QStringLiteral("an older answer"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        auto importedId = panel.importInvocation(exported);
        QVERIFY(importedId);
        QVERIFY(*importedId != first.id || history->entries().size() == 3);
        QVERIFY(panel.replay(*importedId));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
        QVERIFY2(panel.lastDiff().contains(QStringLiteral("- an older answer")), qPrintable(panel.lastDiff()));
        QVERIFY(panel.lastDiff().contains(QStringLiteral("+ ")));

        // A plugin error is shown and recorded as failed.
        panel.parametersForm()->setValues({{QStringLiteral("mode"), QStringLiteral("fail")}});
        panel.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 20000);
        QCOMPARE(finished.at(3).at(0).value<HistoryEntry>().state, QStringLiteral("failed"));
        QVERIFY(panel.outputText().contains(QStringLiteral("failed")));

        // Cancel a slow call.
        panel.parametersForm()->setValues({{QStringLiteral("mode"), QStringLiteral("slow")}, {QStringLiteral("count"), 50},
                                           {QStringLiteral("delay"), 0.2}});
        panel.run();
        QVERIFY(panel.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(panel.outputText().contains(QStringLiteral("piece 0")), 10000);
        panel.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 10000);
        QCOMPARE(finished.at(4).at(0).value<HistoryEntry>().state, QStringLiteral("cancelled"));

        // A permission denial becomes a visible warning row.
        QVERIFY(panel.warningText().isEmpty());
        Q_EMIT reverse.permissionDenied(QStringLiteral("studio/echo"), QStringLiteral("llm"),
                                        QStringLiteral("permission denied, you need to enable llm access in plugin manifest"));
        QVERIFY(panel.warningText().contains(QStringLiteral("enable llm access")));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("permissionWarning"))->isVisible());

        // History survives a restart of the studio.
        HistoryStore reread(history->filePath());
        QVERIFY(reread.load());
        QCOMPARE(reread.entries().size(), history->entries().size());

        // The plugin goes away: the target disappears, the panel survives.
        client.kill();
        client.waitForFinished();
        QTRY_COMPARE_WITH_TIMEOUT(panel.findChild<QComboBox *>(QStringLiteral("pluginBox"))->count(), 0, 20000);
        QVERIFY(!panel.currentPlugin());
        // The user picked it last: the console says that it is gone (and which), not another plugin.
        QVERIFY2(panel.shownText().contains(QStringLiteral("studio/echo")) && panel.shownText().contains(QStringLiteral("is gone")),
                 qPrintable(panel.shownText()));
        panel.run(); // no crash, a message instead
        QVERIFY2(panel.statusText().contains(QStringLiteral("Open or connect a plugin first")), qPrintable(panel.statusText()));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
