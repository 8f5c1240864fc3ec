// SPDX-License-Identifier: GPL-3.0-or-later
// A request captured from a real Dify session (#13.5): selected in the inspector of the Debug
// dock, "Replay in console" runs it again against the local plugin folder with the captured
// fields, context and credentials, and the run lands in the console's history. Refused with why:
// a plugin's line, a cut-off capture, a plugin that is not open as a local folder.

#include "app/console/consolepanel.h"
#include "app/debug/debugpanel.h"
#include "app/debug/inspectormodel.h"
#include "core/debug/inspector.h"
#include "core/runtime/actions.h"
#include "core/session/historystore.h"
#include "core/session/invocationspec.h"
#include "core/session/studiosession.h"
#include "tests/core/tst_runtime_util.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio;
using namespace Studio::App;

class TestReplayCaptured : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void capturedRequestReplaysAgainstTheLocalPlugin()
    {
        QTemporaryDir dir;
        Session::StudioSession session;
        Session::SessionOptions o;
        o.workspaceDir = dir.filePath(QStringLiteral("ws"));
        o.keyStore = Workspace::KeyStore::File;
        o.pluginDefaults = RuntimeTest::fastOptions();
        o.pluginDefaults.restartOnCrash = false;
        QVERIFY(session.open(o));
        ConsolePanel console(&session);
        DebugPanel debug(session.debugServer(), session.messageLog(), session.relay(), session.endpoints(),
                         session.endpointServer());
        QObject::connect(&debug, &DebugPanel::replayInConsole, &console, &ConsolePanel::replayCaptured);

        // What Dify sent through the relay, as the inspector recorded it.
        Runtime::InvokeRequest sent = Runtime::InvokeRequest::invokeTool(
            QStringLiteral("echo"), QStringLiteral("echo"), QJsonObject{{"text", "from dify"}}, QJsonObject{{"api_key", "k"}});
        sent.userId = QStringLiteral("dify-user-1");
        sent.appId = QStringLiteral("app-7");
        const QByteArray line = QJsonDocument(sent.envelope(QStringLiteral("s-1"))).toJson(QJsonDocument::Compact);
        session.messageLog()->record(Debug::Direction::Out, QStringLiteral("studio-tests/echo_plugin"), line);
        session.messageLog()->record(Debug::Direction::In, QStringLiteral("studio-tests/echo_plugin"),
                                     R"({"session_id":"s-1","event":"session","data":{"type":"end","data":{}}})");

        // Not open as a local folder yet: refused, says what to do.
        auto *replay = debug.findChild<QPushButton *>(QStringLiteral("replayInConsole"));
        QVERIFY(replay);
        QTableView *view = debug.inspectorView();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 5000);
        view->setCurrentIndex(view->model()->index(1, 0)); // the plugin's line
        QVERIFY(!replay->isEnabled());
        view->setCurrentIndex(view->model()->index(0, 0)); // Dify's request
        QVERIFY(replay->isEnabled());
        QVERIFY(!console.replayCaptured(line, QStringLiteral("studio-tests/echo_plugin")));
        QVERIFY2(console.statusText().contains(QLatin1String("Open Folder")), qPrintable(console.statusText()));

        // Open: the captured call runs against the folder, with Dify's user and app.
        auto opened = session.openFolder(QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin"));
        QVERIFY(opened);
        QSignalSpy finished(&console, &ConsolePanel::invocationFinished);
        QVERIFY(replay->isEnabled());
        replay->click();
        QVERIFY2(QTest::qWaitFor([&] { return finished.count() == 1; }, 30000), qPrintable(console.statusText()));
        const auto entry = finished.at(0).at(0).value<Session::HistoryEntry>();
        QCOMPARE(entry.state, QStringLiteral("succeeded"));
        QCOMPARE(entry.pluginSource, (*opened)->key());
        QVERIFY2(entry.target.contains(QLatin1String("captured from Dify")), qPrintable(entry.target));
        QVERIFY2(console.outputText().contains(QStringLiteral("echo: from dify")), qPrintable(console.outputText()));
        QCOMPARE(console.history()->entries().size(), 1);
        QCOMPARE(console.history()->entries().at(0).fields.value("credentials").toObject().value("api_key").toString(),
                 QStringLiteral("***")); // the captured credentials are never written

        // Bad input: a plugin's line, a cut-off capture.
        QVERIFY(!console.replayCaptured(R"({"session_id":"s","event":"session","data":{"type":"end"}})", QStringLiteral("studio-tests/echo_plugin")));
        QVERIFY2(console.statusText().contains(QLatin1String("Only a request")), qPrintable(console.statusText()));
        QVERIFY(!console.replayCaptured(line.left(line.size() / 2), QStringLiteral("studio-tests/echo_plugin")));
        QVERIFY2(console.statusText().contains(QLatin1String("cut off")), qPrintable(console.statusText()));
        const auto parsed = Session::requestFromCapturedLine(line);
        QVERIFY(parsed);
        QCOMPARE(parsed->userId, QStringLiteral("dify-user-1"));
        QCOMPARE(parsed->appId, QStringLiteral("app-7"));
        QCOMPARE(parsed->data(), sent.data());
    }
};

QTEST_MAIN(TestReplayCaptured)
#include "tst_replaycaptured.moc"
