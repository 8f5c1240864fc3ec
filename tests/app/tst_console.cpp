// SPDX-License-Identifier: GPL-3.0-or-later
// Console dock: history store (persist, mask, export/import, diff), the action catalogue, and a
// real run against an SDK-free plugin connected over the remote-debug TCP protocol.
#include "app/console/consolepanel.h"
#include "app/console/historystore.h"
#include "app/widgets/configform.h"
#include "app/widgets/jsontreeview.h"
#include "app/widgets/logview.h"
#include "core/debug/inspector.h" // debugserver.h holds a QPointer<MessageLog>
#include "core/debug/debugserver.h"
#include "core/plugin/loader.h"
#include "core/common/fileset.h"
#include "core/plugin/loader.h"
#include "core/runtime/filestore.h"
#include "core/runtime/localplugin.h"
#include "core/runtime/reverse.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QAction>
#include <QComboBox>
#include <QFile>
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

using namespace Studio;
using namespace Studio::App;

class TestConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void historyPersistsAndMasksCredentials()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws/console-history.jsonl"));
        {
            HistoryStore store(path);
            QVERIFY(store.load());
            QCOMPARE(store.entries().size(), 0);
            HistoryEntry e;
            e.started = QDateTime::currentDateTimeUtc();
            e.pluginId = QStringLiteral("me/echo");
            e.type = QStringLiteral("tool");
            e.action = QStringLiteral("invoke_tool");
            e.fields = QJsonObject{{QStringLiteral("provider"), QStringLiteral("echo")},
                                   {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("api_key"), QStringLiteral("sk-secret")}}}};
            e.chunks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
            e.state = QStringLiteral("succeeded");
            e.resultText = QStringLiteral("hello");
            QSignalSpy added(&store, &HistoryStore::entryAdded);
            QVERIFY(store.append(e));
            QCOMPARE(added.count(), 1);
            e.resultText = QStringLiteral("second");
            QVERIFY(store.append(e));
        }
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains("sk-secret")); // never written
        QVERIFY(bytes.contains("***"));
        raw.close();
        // A torn or foreign line is skipped, not fatal.
        QVERIFY(raw.open(QIODevice::Append));
        raw.write("{not json\n[1,2]\n{\"id\":\"x\"}\n");
        raw.close();
        HistoryStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.entries().size(), 2);
        QCOMPARE(again.skippedLines(), 3);
        QCOMPARE(again.entries().at(1).resultText, QStringLiteral("second"));
        QCOMPARE(again.entries().at(0).fields.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("api_key")).toString(),
                 QStringLiteral("***"));
        QVERIFY(again.find(again.entries().at(0).id).has_value());

        // Export / import round trip; bad files give a clear error.
        const QString out = dir.filePath(QStringLiteral("inv.json"));
        QVERIFY(HistoryStore::exportEntry(again.entries().at(1), out));
        auto imported = HistoryStore::importEntry(out);
        QVERIFY(imported);
        QCOMPARE(imported->resultText, QStringLiteral("second"));
        QCOMPARE(imported->action, QStringLiteral("invoke_tool"));
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"hello\":1}");
        bad.close();
        auto refused = HistoryStore::importEntry(bad.fileName());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QStringLiteral("not an exported invocation")));
        QVERIFY(!HistoryStore::importEntry(dir.filePath(QStringLiteral("missing.json"))));

        // Cap keeps the newest.
        again.setMaxEntries(1);
        HistoryEntry third = again.entries().at(1);
        third.id.clear();
        third.resultText = QStringLiteral("third");
        QVERIFY(again.append(third));
        HistoryStore capped(path);
        QVERIFY(capped.load());
        QCOMPARE(capped.entries().size(), 1);
        QCOMPARE(capped.entries().at(0).resultText, QStringLiteral("third"));
    }

    void lineDiff()
    {
        QCOMPARE(HistoryStore::lineDiff(QStringLiteral("a\nb"), QStringLiteral("a\nb")), QString());
        QCOMPARE(HistoryStore::lineDiff(QStringLiteral("a\nb\nc"), QStringLiteral("a\nx\nc")),
                 QStringLiteral("  a\n- b\n+ x\n  c"));
    }

    void actionCatalogue()
    {
        Plugin::PluginDeclaration d;
        d.manifest.author.value = QStringLiteral("me");
        d.manifest.name.value = QStringLiteral("multi");
        Plugin::ToolProvider tp;
        tp.identity.name = QStringLiteral("search");
        Plugin::ConfigField key;
        key.name = QStringLiteral("api_key");
        key.type = QStringLiteral("secret-input");
        key.required = true;
        tp.credentials << key;
        Plugin::ToolDeclaration tool;
        tool.identity.name = QStringLiteral("web");
        Plugin::Parameter q;
        q.name = QStringLiteral("q");
        q.type = QStringLiteral("string");
        q.required = true;
        Plugin::Parameter dyn;
        dyn.name = QStringLiteral("region");
        dyn.type = QStringLiteral("dynamic-select");
        tool.parameters << q << dyn;
        tp.tools << tool;
        tp.oauthClientSchema << key;
        d.tool = tp;
        Plugin::ModelProvider mp;
        mp.provider = QStringLiteral("acme");
        Plugin::ModelDeclaration llm;
        llm.model = QStringLiteral("acme-1");
        llm.modelType = QStringLiteral("llm");
        mp.models << llm;
        d.model = mp;
        Plugin::EndpointGroup eg;
        Plugin::Endpoint ep;
        ep.path = QStringLiteral("/hook");
        ep.method = QStringLiteral("POST");
        eg.endpoints << ep;
        d.endpoint = eg;

        const QList<ConsoleAction> actions = consoleActionsFor(d);
        QStringList keys;
        for (const auto &a : actions)
            keys << a.key;
        QVERIFY2(keys.contains(QStringLiteral("tool:invoke_tool:search/web")), qPrintable(keys.join(QLatin1Char(','))));
        QVERIFY(keys.contains(QStringLiteral("tool:validate_tool_credentials:search")));
        QVERIFY(keys.contains(QStringLiteral("dynamic_parameter:fetch_parameter_options:search/web/region")));
        QVERIFY(keys.contains(QStringLiteral("oauth:get_authorization_url:search")));
        QVERIFY(keys.contains(QStringLiteral("model:validate_provider_credentials:acme")));
        QVERIFY(keys.contains(QStringLiteral("model:invoke_llm:acme/acme-1")));
        QVERIFY(keys.contains(QStringLiteral("endpoint:invoke_endpoint:POST /hook")));
        QVERIFY(keys.contains(QStringLiteral("raw")));

        // The requests carry the form values where the protocol wants them.
        for (const auto &a : actions) {
            if (a.key == QLatin1String("tool:invoke_tool:search/web")) {
                const auto r = a.build({{QStringLiteral("q"), QStringLiteral("cats")}}, {{QStringLiteral("api_key"), QStringLiteral("k")}});
                QCOMPARE(r.type, QStringLiteral("tool"));
                QCOMPARE(r.fields.value(QStringLiteral("tool_parameters")).toObject().value(QStringLiteral("q")).toString(), QStringLiteral("cats"));
                QCOMPARE(r.fields.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("api_key")).toString(), QStringLiteral("k"));
                QCOMPARE(r.fields.value(QStringLiteral("tool")).toString(), QStringLiteral("web"));
            }
            if (a.key == QLatin1String("model:invoke_llm:acme/acme-1")) {
                const auto r = a.build({{QStringLiteral("model"), QStringLiteral("acme-1")}, {QStringLiteral("prompt"), QStringLiteral("hi")},
                                        {QStringLiteral("stream"), true}}, {});
                QCOMPARE(r.action, QStringLiteral("invoke_llm"));
                const QJsonArray msgs = r.fields.value(QStringLiteral("prompt_messages")).toArray();
                QCOMPARE(msgs.size(), 1);
                QCOMPARE(msgs.at(0).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("hi"));
            }
            if (a.key == QLatin1String("endpoint:invoke_endpoint:POST /hook")) {
                const auto r = a.build({{QStringLiteral("path"), QStringLiteral("/hook?x=1")}, {QStringLiteral("body"), QStringLiteral("{}")}}, {});
                const QByteArray http = QByteArray::fromHex(r.fields.value(QStringLiteral("raw_http_request")).toString().toLatin1());
                QVERIFY2(http.startsWith("POST /hook?x=1 HTTP/1.1\r\n"), http.constData());
            }
        }
    }

    void runsTheLocalFixturePlugin()
    {
        QTemporaryDir dir;
        const QString pluginDir = QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin");
        const Plugin::LoadResult loaded = Plugin::loadPlugin(DirectoryFileSet(pluginDir));
        QVERIFY2(loaded.declaration.tool.has_value(), qPrintable(loaded.firstError()));
        Runtime::LocalPluginOptions o;
        o.interpreter = QStringLiteral("python3");
        o.heartbeatIntervalSec = 0.2;
        o.readyTimeoutMs = 20000;
        o.restartOnCrash = false;
        o.extraEnv.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        Runtime::DefaultReverseHandler reverse;
        Runtime::LocalPlugin plugin(pluginDir, o, &reverse);
        HistoryStore history(dir.filePath(QStringLiteral("h.jsonl")));
        ConsolePanel panel(&history);
        panel.resize(1000, 600);
        panel.show();
        panel.addLocalPlugin(&plugin, loaded.declaration);
        QVERIFY2(panel.selectAction(QStringLiteral("tool:invoke_tool:echo/echo")), qPrintable(panel.actionKeys().join(QLatin1Char(','))));
        auto *text = qobject_cast<QLineEdit *>(panel.parametersForm()->editorFor(QStringLiteral("text")));
        QVERIFY(text);
        text->setText(QStringLiteral("hello from the console"));
        QSignalSpy finished(&panel, &ConsolePanel::invocationFinished);
        panel.run(); // starts the plugin first, then runs once it is ready
        QVERIFY(panel.isRunning() || plugin.state() != Runtime::RuntimeState::Pending);
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
        plugin.stop();
    }

    void runsAConnectedPluginWithHistoryAndReplay()
    {
        QTemporaryDir dir;
        Runtime::DefaultReverseHandler reverse;
        Debug::DebugServer server;
        server.setReverseHandler(&reverse);
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

        auto *history = new HistoryStore(dir.filePath(QStringLiteral("console-history.jsonl")));
        ConsolePanel panel(history);
        QAbstractItemModelTester tester(panel.findChild<QTableView *>(QStringLiteral("historyView"))->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setReverseHandler(&reverse);
        panel.resize(1000, 600);
        panel.show();
        panel.addConnection(plugin->connection(), QStringLiteral("debug"), plugin->declaration());
        QVERIFY(panel.selectPlugin(QStringLiteral("studio/echo")));
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
        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QComboBox *>(QStringLiteral("pluginBox"))->count() == 0
                                     || !plugin->isConnected(), 20000);
        panel.run(); // no crash, a message instead
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
