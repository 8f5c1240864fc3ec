// SPDX-License-Identifier: GPL-3.0-or-later
// The session driven without widgets, with real plugin processes (the SDK-free fixtures on python3),
// a real workspace (SQLite, sealed secrets) and the real debug server on loopback: the registry of
// plugins, starting on demand, THE provider lookup routing an agent strategy's reverse model call to
// a second, installed plugin it starts, credentials of the resolved provider, recording and
// intercepting reverse calls, endpoint instances kept in the workspace, settings applied.
#include "tst_session_support.h"

#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/runtime/filestore.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/storage.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Studio;
using namespace Studio::Session;

namespace {

std::unique_ptr<StudioSession> openSession(const QString &dir)
{
    auto session = std::make_unique<StudioSession>();
    SessionOptions o;
    o.workspaceDir = dir;
    o.keyStore = Workspace::KeyStore::File;
    o.pluginDefaults = RuntimeTest::fastOptions(); // python3 directly, fast heartbeats
    o.pluginDefaults.restartOnCrash = false;
    if (auto r = session->open(o); !r)
        qWarning() << r.error().message;
    return session;
}

// Starts the plugin and waits; returns why it did not start ("" when it runs).
QString start(SessionPlugin *plugin)
{
    QString why = QStringLiteral("no answer");
    bool answered = false;
    plugin->ensureRunning([&](SessionPlugin *p, const QString &reason) {
        answered = true;
        why = p ? QString() : reason;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 30000))
        return QStringLiteral("no answer within 30 s");
    return why;
}

Runtime::Invocation *call(SessionPlugin *plugin, const Runtime::InvokeRequest &request)
{
    Runtime::Invocation *inv = plugin->invoke(request);
    RuntimeTest::waitFinished(inv, 60000);
    return inv;
}

QString texts(const Runtime::Invocation *inv)
{
    QString out;
    for (const QJsonObject &c : inv->chunks())
        out += c.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString();
    return out;
}

Runtime::InvokeRequest askAgent(const QString &modelProvider, const QString &query)
{
    return Runtime::InvokeRequest::invokeAgentStrategy(
        QStringLiteral("simple_agent"), QStringLiteral("function_calling"),
        {{QStringLiteral("model"), QJsonObject{{QStringLiteral("provider"), modelProvider}, {QStringLiteral("model"), QStringLiteral("acme-small")}}},
         {QStringLiteral("query"), query}});
}

bool processGone(qint64 pid)
{
    return pid <= 0 || ::kill(pid_t(pid), 0) != 0;
}

} // namespace

class tst_SessionPlugins : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!RuntimeTest::python().isEmpty(), "python3 is needed on PATH");
    }

    void openFolderRegistersWithoutStarting()
    {
        QTemporaryDir tmp;
        auto session = openSession(tmp.filePath(QStringLiteral("ws")));
        QVERIFY(session->isOpen());
        QVERIFY2(session->workspace(), qPrintable(session->workspaceError()));
        QSignalSpy added(session->plugins(), &PluginRegistry::pluginAdded);
        auto plugin = session->openFolder(RuntimeTest::fixtureDir() + QStringLiteral("/"));
        QVERIFY2(plugin, plugin ? "" : qPrintable(plugin.error().message));
        SessionPlugin *p = *plugin;
        QCOMPARE(p->origin(), PluginOrigin::Local);
        QCOMPARE(p->pluginId(), QStringLiteral("studio-tests/echo_plugin"));
        QCOMPARE(p->key(), SessionPlugin::folderKey(RuntimeTest::fixtureDir()));
        QVERIFY(p->label().contains(QStringLiteral("echo_plugin")));
        QVERIFY2(p->description().contains(QStringLiteral("local folder")), qPrintable(p->description()));
        QVERIFY(p->declaration().tool.has_value());
        QCOMPARE(p->state(), Runtime::RuntimeState::Pending);
        QVERIFY(!p->isRunning());
        QVERIFY(!p->process()); // nothing created before it is needed
        QCOMPARE(added.count(), 1);
        // The same folder is the same entry (its declaration read again).
        QCOMPARE(*session->openFolder(RuntimeTest::fixtureDir()), p);
        QCOMPARE(session->plugins()->rowCount(), 1);
        QCOMPARE(session->plugins()->data(session->plugins()->index(0), PluginRegistry::PluginIdRole).toString(),
                 QStringLiteral("studio-tests/echo_plugin"));
        // Bad folders say why.
        auto missing = session->openFolder(tmp.filePath(QStringLiteral("nope")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QDir().mkpath(tmp.filePath(QStringLiteral("empty")));
        auto empty = session->openFolder(tmp.filePath(QStringLiteral("empty")));
        QVERIFY(!empty);
        QVERIFY2(empty.error().message.contains(QStringLiteral("manifest.yaml")), qPrintable(empty.error().message));
        QCOMPARE(session->plugins()->rowCount(), 1);

        // The plugin the user opened last.
        QSignalSpy current(session->plugins(), &PluginRegistry::currentChanged);
        session->plugins()->setCurrent(p);
        QCOMPARE(session->plugins()->current(), p);
        session->plugins()->setCurrent(p);
        QCOMPARE(current.count(), 1);
    }

    void startsOnDemandOnceAndStopsWithTheSession()
    {
        QTemporaryDir tmp;
        qint64 pid = 0;
        {
            auto session = openSession(tmp.filePath(QStringLiteral("ws")));
            SessionPlugin *p = *session->openFolder(RuntimeTest::fixtureDir());
            QSignalSpy states(p, &SessionPlugin::stateChanged);
            QCOMPARE(start(p), QString());
            QVERIFY(p->isRunning());
            QVERIFY(states.count() >= 2); // launching, active
            Runtime::Invocation *inv = call(p, Runtime::InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
                                                                                  {{QStringLiteral("text"), QStringLiteral("hi")}}));
            QCOMPARE(int(inv->state()), int(Runtime::InvocationState::Succeeded));
            QCOMPARE(texts(inv), QStringLiteral("echo: hi"));
            QCOMPARE(start(p), QString()); // already running: answered at once
            QCOMPARE(p->process()->launchCount(), 1);
            pid = p->process()->processId();
            QVERIFY(pid > 0);
            QCOMPARE(session->plugins()->data(session->plugins()->index(0), PluginRegistry::StateRole).toString(),
                     QStringLiteral("active"));
            QCOMPARE(session->endpointConnection(QStringLiteral("studio-tests/echo_plugin")), p->connection());
        }
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    }

    // The Python chosen for a plugin: the policy's options reach the process; a choice that went
    // stale refuses to start with its reason; a renewed process takes options made afresh.
    void pythonPolicy()
    {
        QTemporaryDir tmp;
        auto session = openSession(tmp.filePath(QStringLiteral("ws")));
        QString problem;
        QStringList asked;
        session->setPythonPolicy({[&](const QString &dir, Runtime::LocalPluginOptions &o) {
                                      asked << dir;
                                      o.extraEnv.insert(QStringLiteral("STUDIO_TEST_CHOICE"), QStringLiteral("1"));
                                  },
                                  [&](const QString &) { return problem; }});
        SessionPlugin *p = *session->openFolder(RuntimeTest::fixtureDir());
        problem = QStringLiteral("The interpreter /gone/python3 chosen for this plugin is gone.");
        QCOMPARE(start(p), problem);
        QVERIFY(!p->process() || p->process()->launchCount() == 0);
        QCOMPARE(session->pythonProblem(RuntimeTest::fixtureDir()), problem);
        problem.clear();
        QCOMPARE(start(p), QString());
        QCOMPARE(asked, QStringList{QDir::cleanPath(RuntimeTest::fixtureDir())});
        QCOMPARE(session->pluginOptions(RuntimeTest::fixtureDir()).extraEnv.value(QStringLiteral("STUDIO_TEST_CHOICE")), QStringLiteral("1"));
        QCOMPARE(session->pluginOptions(RuntimeTest::fixtureDir()).interpreter, RuntimeTest::python()); // the defaults stay

        QSignalSpy replaced(p, &SessionPlugin::processReplaced);
        const qsizetype askedBefore = asked.size();
        Runtime::LocalPlugin *old = p->process();
        const qint64 oldPid = old->processId();
        p->renewProcess();
        QCOMPARE(replaced.count(), 1);
        QVERIFY(p->process() != old);
        QCOMPARE(p->state(), Runtime::RuntimeState::Pending);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(oldPid), 5000);
        QCOMPARE(asked.size(), askedBefore + 1); // the new process asked for its options

        // An override (the command line's --python) wins over the policy, and over its problems.
        Runtime::LocalPluginOptions exact = RuntimeTest::fastOptions();
        exact.heartbeatIntervalSec = 0.3;
        session->setPluginOptionsOverride(RuntimeTest::fixtureDir(), exact);
        problem = QStringLiteral("stale");
        QCOMPARE(session->pythonProblem(RuntimeTest::fixtureDir()), QString());
        QCOMPARE(session->pluginOptions(RuntimeTest::fixtureDir()).heartbeatIntervalSec, 0.3);
        QVERIFY(!session->pluginOptions(RuntimeTest::fixtureDir()).extraEnv.contains(QStringLiteral("STUDIO_TEST_CHOICE")));

        // Rebuilding is for local environments only.
        QVERIFY(!session->rebuildEnvironment(nullptr));
    }

    // THE provider lookup from a real reverse call: an agent strategy (an open folder) asks the
    // model its parameter names; the model's plugin is installed in the workspace and not running;
    // the session starts it on demand, the answer streams back, and the installed plugin joins
    // the registry.
    void agentReachesAnInstalledModelPlugin()
    {
        QTemporaryDir tmp;
        auto session = openSession(tmp.filePath(QStringLiteral("ws")));
        QVERIFY(SessionTest::makeModelPlugin(tmp.filePath(QStringLiteral("acme_models"))));
        QVERIFY(SessionTest::makeAgentPlugin(tmp.filePath(QStringLiteral("simple_agent"))));
        const QString installed = SessionTest::install(session->workspace(), tmp.filePath(QStringLiteral("acme_models")), tmp.path());
        QVERIFY2(installed.isEmpty(), qPrintable(installed));
        const auto row = session->workspace()->installed(QStringLiteral("studio_tests/acme_models"));
        QVERIFY(row.has_value());

        // Before anything runs, the pickers already see the installed provider.
        const QList<ProviderInfo> models = session->providers(ProviderKind::Model);
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.first().fullName, QStringLiteral("studio_tests/acme_models/acme"));
        QCOMPARE(models.first().key, QStringLiteral("installed:studio_tests/acme_models"));
        QVERIFY(!models.first().running);
        QCOMPARE(session->findProvider(ProviderKind::Model, QStringLiteral("acme")), QStringLiteral("installed:studio_tests/acme_models"));
        QString why;
        QCOMPARE(session->findProvider(ProviderKind::Model, QStringLiteral("nobody/else/acme"), &why), QString());
        QVERIFY2(why.contains(QStringLiteral("no plugin of the studio provides the model provider")), qPrintable(why));

        SessionPlugin *agent = *session->openFolder(tmp.filePath(QStringLiteral("simple_agent")));
        QCOMPARE(agent->pluginId(), QStringLiteral("studio_tests/simple_agent"));
        QCOMPARE(start(agent), QString());
        QSignalSpy recorded(session.get(), &StudioSession::reverseCallRecorded);
        Runtime::Invocation *inv = call(agent, askAgent(QStringLiteral("studio_tests/acme_models/acme"), QStringLiteral("hello?")));
        QVERIFY2(inv->state() == Runtime::InvocationState::Succeeded, qPrintable(inv->error().message));
        QCOMPARE(texts(inv), QStringLiteral("agent: Hello!"));

        SessionPlugin *model = session->plugins()->forFolder(row->installPath);
        QVERIFY(model);
        QCOMPARE(model->origin(), PluginOrigin::Installed);
        QVERIFY(model->isRunning());
        QCOMPARE(model->process()->launchCount(), 1);
        QVERIFY(model->label().contains(QStringLiteral("installed")));
        // The call was recorded with the model's answer, chunk by chunk.
        QCOMPARE(recorded.count(), 1);
        const auto record = recorded.at(0).at(0).value<ReverseCallRecord>();
        QCOMPARE(record.type, QStringLiteral("llm"));
        QCOMPARE(record.pluginId, QStringLiteral("studio_tests/simple_agent"));
        QCOMPARE(record.responses.size(), 2);
        QVERIFY(record.error.isEmpty());
        QCOMPARE(ReverseCallRecord::fromJson(record.toJson()).responses, record.responses);

        // A bare name reaches it too, without a second process; the providers list says it runs.
        inv = call(agent, askAgent(QStringLiteral("acme"), QStringLiteral("again")));
        QVERIFY2(inv->state() == Runtime::InvocationState::Succeeded, qPrintable(inv->error().message));
        QCOMPARE(model->process()->launchCount(), 1);
        QCOMPARE(session->providers(ProviderKind::Model).first().key, model->key());
        QVERIFY(session->providers(ProviderKind::Model).first().running);

        // Nobody provides it, or the name is malformed: the agent hears why.
        inv = call(agent, askAgent(QStringLiteral("nobody/else/acme"), QStringLiteral("?")));
        QCOMPARE(int(inv->state()), int(Runtime::InvocationState::Failed));
        QVERIFY2(inv->error().message.contains(QStringLiteral("no running plugin provides the model provider \"nobody/else/acme\"")),
                 qPrintable(inv->error().message));
        inv = call(agent, askAgent(QStringLiteral("studio_tests/acme_models"), QStringLiteral("?")));
        QCOMPARE(int(inv->state()), int(Runtime::InvocationState::Failed));
        QVERIFY2(inv->error().message.contains(QStringLiteral("names a plugin, not one of its providers")), qPrintable(inv->error().message));
    }

    // A reverse tool call to another installed plugin runs with the credentials stored in the
    // workspace for THAT plugin's provider (not another plugin's with the same provider name); a
    // disabled installed plugin is not started; an installed plugin that cannot start says why.
    void toolCallsGetTheResolvedProvidersCredentials()
    {
        QTemporaryDir tmp;
        auto session = openSession(tmp.filePath(QStringLiteral("ws")));
        Workspace::WorkspaceStore *ws = session->workspace();
        QString error;
        for (const QString &name : {QStringLiteral("echo_b"), QStringLiteral("echo_c")}) {
            const QString pkg = TestSupport::makePackage(tmp.path(), TestSupport::PackageSpec().withName(name), &error);
            QVERIFY2(!pkg.isEmpty(), qPrintable(error));
            const QString installed = SessionTest::installPackage(ws, pkg);
            QVERIFY2(installed.isEmpty(), qPrintable(installed));
        }
        Workspace::Credential c;
        c.pluginId = QStringLiteral("studio-tests/echo_b");
        c.provider = QStringLiteral("echo");
        c.name = QStringLiteral("main");
        c.values = {{QStringLiteral("api_key"), QStringLiteral("key-of-b")}};
        QVERIFY(ws->addCredential(c));
        c.pluginId = QStringLiteral("studio-tests/echo_c");
        c.values = {{QStringLiteral("api_key"), QStringLiteral("key-of-c")}};
        QVERIFY(ws->addCredential(c));

        SessionPlugin *caller = *session->openFolder(RuntimeTest::fixtureDir());
        QCOMPARE(start(caller), QString());
        auto reverseTool = [&](const QString &provider) {
            const QJsonObject request{{QStringLiteral("provider"), provider}, {QStringLiteral("tool"), QStringLiteral("echo")},
                                      {QStringLiteral("tool_parameters"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}}};
            Runtime::Invocation *inv = call(caller, Runtime::InvokeRequest::invokeTool(
                                                        QStringLiteral("echo"), QStringLiteral("echo"),
                                                        {{QStringLiteral("mode"), QStringLiteral("reverse")},
                                                         {QStringLiteral("calls"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")},
                                                                                                          {QStringLiteral("request"), request}}}}}));
            return inv->chunks().value(0).value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject()
                .value(QStringLiteral("replies")).toArray();
        };
        auto credentialsIn = [](const QJsonArray &replies) {
            for (const QJsonValue &r : replies) {
                const QJsonObject data = r.toObject().value(QStringLiteral("data")).toObject();
                const QJsonObject json = data.value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject();
                if (json.contains(QStringLiteral("credentials")))
                    return json.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("api_key")).toString();
            }
            return QString(QStringLiteral("(none) ") + QString::fromUtf8(QJsonDocument(replies).toJson(QJsonDocument::Compact)));
        };
        QCOMPARE(credentialsIn(reverseTool(QStringLiteral("studio-tests/echo_c/echo"))), QStringLiteral("key-of-c"));
        QCOMPARE(credentialsIn(reverseTool(QStringLiteral("studio-tests/echo_b/echo"))), QStringLiteral("key-of-b"));
        // The bare name "echo" is the open folder's own provider (an open folder before installed plugins).
        QCOMPARE(session->findProvider(ProviderKind::Tool, QStringLiteral("echo")), caller->key());
        QCOMPARE(session->plugins()->rowCount(), 3);

        // Disabled: not a candidate. Broken (its entry point removed): the caller hears it could not start.
        for (const QString &name : {QStringLiteral("echo_d"), QStringLiteral("echo_e")}) {
            const QString pkg = TestSupport::makePackage(tmp.path(), TestSupport::PackageSpec().withName(name), &error);
            QVERIFY2(!pkg.isEmpty(), qPrintable(error));
            const QString installed = SessionTest::installPackage(ws, pkg);
            QVERIFY2(installed.isEmpty(), qPrintable(installed));
        }
        QVERIFY(ws->setEnabled(QStringLiteral("studio-tests/echo_d"), false));
        QCOMPARE(session->findProvider(ProviderKind::Tool, QStringLiteral("studio-tests/echo_d/echo")), QString());
        QVERIFY(QFile::remove(ws->installed(QStringLiteral("studio-tests/echo_e"))->installPath + QStringLiteral("/main.py")));
        const QJsonArray broken = reverseTool(QStringLiteral("studio-tests/echo_e/echo"));
        QCOMPARE(broken.size(), 2); // error, end
        const QString message = broken.at(0).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("the plugin that provides the tool provider \"echo\" could not start")), qPrintable(message));
    }

    // Every reverse call is recorded with its replies; an interceptor can answer instead of the
    // studio (a recorded answer replayed as a mock) and the plugin gets exactly that answer.
    void interceptorAnswersReverseCalls()
    {
        QTemporaryDir tmp;
        auto session = openSession(tmp.filePath(QStringLiteral("ws")));
        SessionPlugin *p = *session->openFolder(RuntimeTest::fixtureDir());
        QCOMPARE(start(p), QString());
        QSignalSpy recorded(session.get(), &StudioSession::reverseCallRecorded);
        int asked = 0;
        session->setReverseInterceptor([&](const Runtime::ReverseCall &call, Runtime::ReverseResponder responder) {
            ++asked;
            if (call.type != QLatin1String("storage") || call.request.value(QStringLiteral("key")).toString() != QLatin1String("mocked"))
                return false; // the studio answers
            responder.response({{QStringLiteral("data"), QStringLiteral("6d6f636b")}});
            responder.end();
            return true;
        });
        auto storage = [&](const QJsonArray &ops) {
            Runtime::Invocation *inv = call(p, Runtime::InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
                                                                                  {{QStringLiteral("mode"), QStringLiteral("storage")},
                                                                                   {QStringLiteral("ops"), ops}}));
            return inv->chunks();
        };
        const auto chunks = storage({QJsonObject{{QStringLiteral("opt"), QStringLiteral("get")}, {QStringLiteral("key"), QStringLiteral("mocked")}},
                                     QJsonObject{{QStringLiteral("opt"), QStringLiteral("set")}, {QStringLiteral("key"), QStringLiteral("real")},
                                                 {QStringLiteral("value"), QStringLiteral("7631")}}});
        QCOMPARE(chunks.size(), 2);
        const QJsonArray mocked = chunks.at(0).value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject()
                                      .value(QStringLiteral("replies")).toArray();
        QCOMPARE(mocked.at(0).toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("data")).toString(), QStringLiteral("6d6f636b"));
        QCOMPARE(asked, 2);
        QCOMPARE(recorded.count(), 2);
        const auto first = recorded.at(0).at(0).value<ReverseCallRecord>();
        const auto second = recorded.at(1).at(0).value<ReverseCallRecord>();
        QVERIFY(first.answeredByInterceptor);
        QVERIFY(!second.answeredByInterceptor);
        QCOMPARE(second.responses.at(0).toObject().value(QStringLiteral("data")).toString(), QStringLiteral("ok"));
        // The studio really stored the second one in the workspace's storage file.
        QCOMPARE(session->storage()->get(QStringLiteral("studio-tests/echo_plugin"), QStringLiteral("real")).valueOr(QByteArray()), QByteArray("v1"));
    }

    // A plugin that connects to the session's debug server is an entry while it is connected; when
    // it reconnects it is the current plugin again if it was.
    void debugPluginsJoinTheRegistry()
    {
        QTemporaryDir tmp;
        auto session = openSession(tmp.filePath(QStringLiteral("ws")));
        QVERIFY(session->debugServer()->listen(QHostAddress::LocalHost, 0));
        auto connectClient = [&](QProcess &client) {
            client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            client.start(QStringLiteral("python3"), {QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"), session->debugServer()->displayAddress(),
                                                     session->debugServer()->keys()->currentKey(), QStringLiteral("--heartbeat"), QStringLiteral("0.3")});
            return client.waitForStarted();
        };
        QProcess client;
        QVERIFY(connectClient(client));
        QTRY_VERIFY_WITH_TIMEOUT(session->plugins()->find(QStringLiteral("debug:studio/echo")), 20000);
        SessionPlugin *debug = session->plugins()->find(QStringLiteral("debug:studio/echo"));
        QCOMPARE(debug->origin(), PluginOrigin::Debug);
        QVERIFY(debug->isRunning());
        QVERIFY2(debug->description().contains(QStringLiteral("connected for remote debugging from 127.0.0.1")), qPrintable(debug->description()));
        QCOMPARE(start(debug), QString());
        Runtime::Invocation *inv = call(debug, Runtime::InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("say"), {{QStringLiteral("w"), 1}}));
        QVERIFY2(inv->state() == Runtime::InvocationState::Succeeded, qPrintable(inv->error().message));
        QCOMPARE(session->endpointConnection(QStringLiteral("studio/echo")), debug->connection());
        QCOMPARE(session->findProvider(ProviderKind::Tool, QStringLiteral("echo")), debug->key());
        session->plugins()->setCurrent(debug);

        client.kill();
        client.waitForFinished();
        QTRY_VERIFY_WITH_TIMEOUT(!session->plugins()->find(QStringLiteral("debug:studio/echo")), 20000);
        QCOMPARE(session->plugins()->current(), nullptr);
        QProcess again;
        QVERIFY(connectClient(again));
        QTRY_VERIFY_WITH_TIMEOUT(session->plugins()->current() != nullptr, 20000);
        QCOMPARE(session->plugins()->current()->key(), QStringLiteral("debug:studio/echo"));
        // Not connected any more: starting it says what to do.
        again.kill();
        again.waitForFinished();
        QTRY_VERIFY_WITH_TIMEOUT(!session->plugins()->find(QStringLiteral("debug:studio/echo")), 20000);
    }

    // Endpoint instances live in the workspace (settings sealed there) and come back with their
    // hook id in the next session; a change the workspace refuses is kept for this session and said.
    void endpointsPersistInTheWorkspace()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        QString hook;
        {
            auto session = openSession(dir);
            const auto e = session->endpoints()->create(QStringLiteral("acme/hooks"), QStringLiteral("main"),
                                                        {{QStringLiteral("token"), QStringLiteral("s3cr3t")}});
            hook = e.hookId;
            QVERIFY(!e.id.isEmpty()); // stored
            QVERIFY(e.createdAt.isValid());
            QVERIFY(session->endpoints()->setEnabled(hook, false));
            QVERIFY(session->endpoints()->setSettings(hook, {{QStringLiteral("token"), QStringLiteral("n3w")}}));
            QSignalSpy failed(session->endpoints(), &Debug::EndpointRegistry::storeFailed);
            Runtime::EndpointInstance bad;
            bad.hookId = QStringLiteral("NOT-A-HOOK");
            bad.name = QStringLiteral("bad");
            bad.pluginId = QStringLiteral("acme/hooks");
            session->endpoints()->insert(bad);
            QCOMPARE(failed.count(), 1);
            QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("not an endpoint hook id")), qPrintable(failed.at(0).at(0).toString()));
            QCOMPARE(session->endpoints()->all().size(), 2); // still served this session
        }
        for (const QString &f : QDir(dir).entryList(QDir::Files)) {
            QFile file(QDir(dir).filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("n3w"), qPrintable(f));
        }
        {
            auto session = openSession(dir);
            QCOMPARE(session->endpoints()->all().size(), 1);
            const auto e = session->endpoints()->all().first();
            QCOMPARE(e.hookId, hook);
            QCOMPARE(e.settings.value(QStringLiteral("token")).toString(), QStringLiteral("n3w"));
            QVERIFY(!e.enabled);
            QVERIFY(session->endpoints()->remove(hook));
        }
        auto session = openSession(dir);
        QCOMPARE(session->endpoints()->all().size(), 0);
    }

    // Workspace settings reach the services at open and when applied again.
    void settingsAreApplied()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        {
            auto ws = Workspace::openWorkspace(dir, Workspace::KeyStore::File);
            QVERIFY(ws);
            QVERIFY((*ws)->setMarketplaceUrl(QStringLiteral("http://127.0.0.1:9/market")));
            QVERIFY((*ws)->setDifyBaseUrl(QStringLiteral("http://127.0.0.1:9/v1")));
            QVERIFY((*ws)->setDifyApiKey(QStringLiteral("app-key")));
        }
        auto session = openSession(dir);
        QCOMPARE(session->marketplace()->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/market")));
        QCOMPARE(session->reverseHandler()->difyInstance().apiKey, QStringLiteral("app-key"));
        QVERIFY(!session->reverseHandler()->difyInnerApi().isConfigured());
        QVERIFY(session->workspace()->setDifyInnerApiUrl(QStringLiteral("http://127.0.0.1:5001")));
        QVERIFY(session->workspace()->setDifyInnerApiKey(QStringLiteral("inner")));
        QVERIFY(session->workspace()->setSystemModel(QStringLiteral("langgenius/openai/openai"), QStringLiteral("gpt-4o-mini")));
        QSignalSpy applied(session.get(), &StudioSession::settingsApplied);
        session->applySettings();
        QCOMPARE(applied.count(), 1);
        QCOMPARE(session->reverseHandler()->difyInnerApi().key, QStringLiteral("inner"));
        QCOMPARE(session->reverseHandler()->systemModel().toString(), QStringLiteral("langgenius/openai/openai/gpt-4o-mini"));
        QVERIFY(session->autoUpgrade());
        QVERIFY(session->history());
        QCOMPARE(session->history()->filePath(), QDir(dir).filePath(QStringLiteral("console-history.jsonl")));
    }

    // The seam for remote plugins of a Dify connection: listed, found after local plugins, not
    // runnable without a connection, removed with their source.
    void remotePlugins()
    {
        QTemporaryDir tmp;
        auto session = openSession(tmp.filePath(QStringLiteral("ws")));
        Plugin::PluginDeclaration d;
        d.manifest.author.value = QStringLiteral("langgenius");
        d.manifest.name.value = QStringLiteral("openai");
        d.manifest.version.value = QStringLiteral("0.2.0");
        Plugin::ModelProvider mp;
        mp.provider = QStringLiteral("openai");
        d.model = mp;
        SessionPlugin *remote = session->addRemotePlugin(QStringLiteral("dify:cloud"), d);
        QCOMPARE(remote->origin(), PluginOrigin::Remote);
        QCOMPARE(remote->key(), QStringLiteral("remote:dify:cloud/langgenius/openai"));
        QVERIFY(remote->label().contains(QStringLiteral("dify:cloud")));
        QCOMPARE(session->findProvider(ProviderKind::Model, QStringLiteral("openai")), remote->key());
        QVERIFY(start(remote).contains(QStringLiteral("not connected")));
        Runtime::Invocation *inv = call(remote, Runtime::InvokeRequest::validateProviderCredentials(QStringLiteral("openai"), {}));
        QCOMPARE(int(inv->state()), int(Runtime::InvocationState::Failed));
        session->addRemotePlugin(QStringLiteral("dify:cloud"), d); // replaces, not duplicates
        QCOMPARE(session->plugins()->rowCount(), 1);
        session->removeRemotePlugins(QStringLiteral("dify:cloud"));
        QCOMPARE(session->plugins()->rowCount(), 0);
    }

    // No folder given: a temporary workspace that disappears with the session.
    void temporaryWorkspace()
    {
        QString dir;
        {
            StudioSession session;
            QVERIFY(session.open());
            dir = session.workspaceDir();
            QVERIFY(QFileInfo(dir).isDir());
            QVERIFY(session.workspace());
            QVERIFY(session.fileStore()->isListening());
            QVERIFY(!session.open()); // once
        }
        QVERIFY(!QFileInfo::exists(dir));
    }
};

QTEST_GUILESS_MAIN(tst_SessionPlugins)
#include "tst_session_plugins.moc"
