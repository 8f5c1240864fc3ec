// SPDX-License-Identifier: GPL-3.0-or-later
// The test-suite runner (core/testsuite, #14) on real plugin processes: the suite fixture
// (tests/fixtures/testsuite/suite_plugin, run on the SDK-free echo process), the model and
// agent-strategy fixtures of the session tests. Every assertion kind passing and failing, snapshots
// (missing, written, equal, changed), host calls recorded through the session's recorder and
// replayed through its interceptor (an unrecorded call fails the case), suite files written with
// the YAML editor, tests/ kept out of packages, the CLI's exit codes and JUnit read back by Python.

#include "tst_session_support.h"

#include "core/package/packagereader.h"
#include "core/package/packagewriter.h"
#include "core/testsuite/report.h"
#include "core/testsuite/runner.h"
#include "core/testsuite/suite.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Studio;
using namespace Studio::TestSuite;

namespace {

QString suiteFixture()
{
    return QStringLiteral(STUDIO_FIXTURES "/testsuite/suite_plugin");
}

// The suite fixture with the echo process, in `dir`.
bool makeSuitePlugin(const QString &dir)
{
    QDir(dir).removeRecursively();
    if (!TestSupport::copyTree(suiteFixture(), dir))
        return false;
    return QFile::copy(SessionTest::fixtures() + QStringLiteral("/runtime/echo_plugin/main.py"),
                       dir + QStringLiteral("/main.py"));
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<Session::StudioSession> openSession(const QString &dir)
{
    auto session = std::make_unique<Session::StudioSession>();
    Session::SessionOptions o;
    o.workspaceDir = dir;
    o.keyStore = Workspace::KeyStore::File;
    o.pluginDefaults = RuntimeTest::fastOptions();
    o.pluginDefaults.restartOnCrash = false;
    o.keepHistory = false;
    if (auto r = session->open(o); !r)
        qWarning() << r.error().message;
    return session;
}

const CaseResult *find(const QList<CaseResult> &results, const QString &name)
{
    for (const CaseResult &r : results) {
        if (r.caseName == name)
            return &r;
    }
    return nullptr;
}

QString dump(const CaseResult *r)
{
    if (!r)
        return QStringLiteral("(no such case)");
    return QString::fromUtf8(QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact)).left(3000);
}

// The failed assertion kinds of a case.
QStringList failedKinds(const CaseResult *r)
{
    QStringList out;
    for (const AssertionResult &a : r->assertions) {
        if (!a.passed)
            out << a.kind;
    }
    return out;
}

} // namespace

class TestSuiteTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_plugin;
    std::unique_ptr<Session::StudioSession> m_session;

    QList<CaseResult>
    run(const QString &suiteFile, const RunOptions &options = {}, const QStringList &only = {})
    {
        auto suite = loadSuite(suiteFile);
        if (!suite) {
            qWarning() << suite.error().toString();
            return {};
        }
        SuiteRunner runner(m_session.get());
        QSignalSpy done(&runner, &SuiteRunner::finished);
        if (!runner.start({*suite}, options, only))
            return {};
        if (!done.wait(120000))
            qWarning() << "the run did not finish";
        return runner.results();
    }

  private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!RuntimeTest::python().isEmpty(), "python3 is needed on PATH");
        m_plugin = m_tmp.filePath(QStringLiteral("suite_plugin"));
        QVERIFY(makeSuitePlugin(m_plugin));
        m_session = openSession(m_tmp.filePath(QStringLiteral("ws")));
        QVERIFY(m_session->isOpen());
        qputenv("SUITE_FIXTURE_KEY", "from-env");
    }

    void cleanupTestCase() { m_session.reset(); }

    void committedSuitePasses()
    {
        const auto results = run(m_plugin + QStringLiteral("/tests/basics.yaml"));
        QCOMPARE(results.size(), 4);
        for (const CaseResult &r : results)
            QVERIFY2(r.passed, qPrintable(dump(&r)));
        // The file came out whole, hashed as the plugin wrote it.
        const CaseResult *file = find(results, QStringLiteral("returns a file"));
        QCOMPARE(file->outcome.value(QStringLiteral("files")).toArray().size(), 1);
        QCOMPARE(file->caseLine, 30);
    }

    void eachAssertionPassesAndFails()
    {
        const QString file = m_plugin + QStringLiteral("/tests/kinds.yaml");
        QVERIFY(writeFile(file, R"(suite: kinds
cases:
  - name: text fails
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      text: {contains: [echo, nope]}
  - name: text matches fails
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      text: {matches: "^hi$"}
  - name: messages fail
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      messages: [json, text]
  - name: json equals fails
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      json:
        - {path: "$.json[0].params.text", equals: ho}
  - name: json contains and matches
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      json:
        - {path: "$.json[0].params", contains: {text: hi}}
        - {path: "$.json[-1].provider", matches: "^sui"}
        - {path: "$.messages[*].type", equals: [text, json]}
        - {path: "$.json[0].nothing", exists: false}
  - name: json contains fails
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      json:
        - {path: "$.json[0].params", contains: {text: ho}}
  - name: json matches fails
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      json:
        - {path: "$.json[0].provider", matches: "^zzz"}
  - name: bad path
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      json:
        - {path: "json[0]", equals: 1}
  - name: error expected but none
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      error: {type: ValueError}
  - name: unexpected error
    call: {tool: suite/echo, params: {mode: fail, text: x}}
    expect:
      text: {contains: x}
  - name: wrong error type
    call: {tool: suite/echo, params: {mode: fail, text: x}}
    expect:
      error: {type: KeyError, matches: "on purpose"}
  - name: file size and hash fail
    call: {tool: suite/echo, params: {mode: blob, size: "100"}}
    expect:
      files:
        - {mime: application/octet-stream, size: 101, sha256: 00}
        - {size: 1}
  - name: slow call over budget
    call: {tool: suite/echo, params: {mode: slow, count: "3", delay: "0.1", text: s}}
    expect:
      latency_ms: 50
  - name: unknown assertion
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      txt: hi
  - name: missing variable
    call:
      tool: suite/echo
      params: {text: hi}
      credentials: {api_key: {env: SUITE_FIXTURE_NOT_SET_ANYWHERE}}
  - name: endpoint answers
    call:
      endpoint: {method: POST, path: /hook, body: ping}
    expect:
      text: {equals: "echo:ping"}
      json:
        - {path: $.status, equals: 200}
)"));
        const auto results = run(file);
        QCOMPARE(results.size(), 16);
        auto expectFail = [&](const char *name, const QStringList &kinds) {
            const CaseResult *r = find(results, QString::fromUtf8(name));
            QVERIFY2(r, name);
            QVERIFY2(!r->passed, qPrintable(dump(r)));
            QCOMPARE(failedKinds(r), kinds);
        };
        expectFail("text fails", {QStringLiteral("text")});
        expectFail("text matches fails", {QStringLiteral("text")});
        expectFail("messages fail", {QStringLiteral("messages")});
        expectFail("json equals fails", {QStringLiteral("json")});
        expectFail("json contains fails", {QStringLiteral("json")});
        expectFail("json matches fails", {QStringLiteral("json")});
        expectFail("bad path", {QStringLiteral("json")});
        expectFail("error expected but none", {QStringLiteral("success"), QStringLiteral("error")});
        expectFail("unexpected error", {QStringLiteral("success"), QStringLiteral("text")});
        expectFail("wrong error type", {QStringLiteral("error")});
        expectFail("file size and hash fail",
                   {QStringLiteral("files"), QStringLiteral("files"), QStringLiteral("files")});
        expectFail("slow call over budget", {QStringLiteral("latency")});
        expectFail("unknown assertion", {QStringLiteral("expect")});
        const CaseResult *json = find(results, QStringLiteral("json contains and matches"));
        QVERIFY2(json->passed, qPrintable(dump(json)));
        QCOMPARE(json->assertions.size(), 5); // success + 4 json
        const CaseResult *endpoint = find(results, QStringLiteral("endpoint answers"));
        QVERIFY2(endpoint->passed, qPrintable(dump(endpoint)));
        // What a failure says: the expected and actual values, the why.
        const CaseResult *eq = find(results, QStringLiteral("json equals fails"));
        QCOMPARE(eq->assertions.last().expected, QStringLiteral("ho"));
        QCOMPARE(eq->assertions.last().actual, QStringLiteral("hi"));
        QVERIFY2(eq->failureMessage().contains(QStringLiteral("is \"hi\"")),
                 qPrintable(eq->failureMessage()));
        const CaseResult *bad = find(results, QStringLiteral("bad path"));
        QVERIFY2(bad->failureMessage().contains(QStringLiteral("starts with $")),
                 qPrintable(bad->failureMessage()));
        const CaseResult *missing = find(results, QStringLiteral("missing variable"));
        QVERIFY(!missing->passed);
        QVERIFY2(missing->error.contains(QStringLiteral("SUITE_FIXTURE_NOT_SET_ANYWHERE")),
                 qPrintable(missing->error));
        const CaseResult *wrongType = find(results, QStringLiteral("wrong error type"));
        QCOMPARE(wrongType->assertions.size(), 3); // success passes, type fails, matches passes
        QVERIFY(wrongType->assertions.at(2).passed);
    }

    void modelUsageAndAgentStrategy()
    {
        const QString models = m_tmp.filePath(QStringLiteral("acme_models"));
        const QString agent = m_tmp.filePath(QStringLiteral("simple_agent"));
        QVERIFY(SessionTest::makeModelPlugin(models));
        QVERIFY(SessionTest::makeAgentPlugin(agent));
        QVERIFY(m_session->openFolder(models)); // the agent's reverse llm call finds it here
        QVERIFY(writeFile(models + QStringLiteral("/tests/llm.yaml"), R"(cases:
  - name: within budget
    call:
      model: llm/acme/acme-small
      params: {prompt_messages: [{role: user, content: hi}]}
    expect:
      messages: [llm_chunk, llm_chunk]
      text: {equals: Hello!}
      usage: {max_total_tokens: 20, max_total_price: 0.001}
  - name: over budget
    call:
      model: llm/acme/acme-small
      params: {prompt_messages: [{role: user, content: hi}]}
    expect:
      usage: {max_total_tokens: 5, max_prompt_tokens: 100}
)"));
        const auto results = run(models + QStringLiteral("/tests/llm.yaml"));
        QCOMPARE(results.size(), 2);
        QVERIFY2(results.at(0).passed, qPrintable(dump(&results.at(0))));
        QVERIFY(!results.at(1).passed);
        QCOMPARE(failedKinds(&results.at(1)), QStringList{QStringLiteral("usage")});
        // Budgets are checked in key order: the prompt tokens are within 100.
        QVERIFY(results.at(1).assertions.at(1).passed);

        QVERIFY(writeFile(agent + QStringLiteral("/tests/agent.yaml"), R"(cases:
  - name: asks the model
    call:
      strategy: simple_agent/function_calling
      params:
        query: hi
        model: {provider: acme, model: acme-small, model_type: llm, completion_params: {}}
    expect:
      text: {equals: "agent: Hello!"}
)"));
        const auto agentResults = run(agent + QStringLiteral("/tests/agent.yaml"));
        QCOMPARE(agentResults.size(), 1);
        QVERIFY2(agentResults.at(0).passed, qPrintable(dump(&agentResults.at(0))));
        // The model call was a host call of the agent's session, recorded with its answer.
        QCOMPARE(agentResults.at(0).hostCalls.size(), 1);
        QCOMPARE(agentResults.at(0).hostCalls.at(0).type, QStringLiteral("llm"));
        QCOMPARE(agentResults.at(0).hostCalls.at(0).responses.size(), 2);
    }

    void snapshots()
    {
        const QString file = m_plugin + QStringLiteral("/tests/snap.yaml");
        QVERIFY(writeFile(file, R"(cases:
  - name: Echo, snapshot!
    call: {tool: suite/echo, params: {text: snap}}
    expect:
      snapshot: {ignore: ["$.host_calls"]}
)"));
        auto suite = loadSuite(file);
        QVERIFY(suite);
        const QString snap = suite->snapshotPath(suite->cases.first());
        QCOMPARE(snap, m_plugin + QStringLiteral("/tests/__snapshots__/snap/echo-snapshot.json"));
        // No snapshot yet: fails, says how to make one.
        auto r = run(file);
        QCOMPARE(r.size(), 1);
        QVERIFY(!r.first().passed);
        QVERIFY2(r.first().failureMessage().contains(QStringLiteral("--update-snapshots")),
                 qPrintable(r.first().failureMessage()));
        QVERIFY(!QFileInfo::exists(snap));
        // Explicit update: written, passes.
        RunOptions update;
        update.updateSnapshots = true;
        r = run(file, update);
        QVERIFY2(r.first().passed, qPrintable(dump(&r.first())));
        QVERIFY(r.first().snapshotWritten);
        const QJsonObject stored = QJsonDocument::fromJson(readFile(snap)).object();
        QCOMPARE(stored.value(QStringLiteral("text")).toString(), QStringLiteral("echo: snap"));
        QVERIFY(!stored.contains(QStringLiteral("latency_ms")));
        QVERIFY(!stored.contains(QStringLiteral("host_calls")));
        // Again without update: equal.
        r = run(file);
        QVERIFY2(r.first().passed, qPrintable(dump(&r.first())));
        // The plugin's answer changes: fails with a diff naming the changed line.
        QJsonObject changed = stored;
        changed.insert(QStringLiteral("text"), QStringLiteral("echo: old"));
        QVERIFY(writeFile(snap, QJsonDocument(changed).toJson()));
        r = run(file);
        QVERIFY(!r.first().passed);
        const AssertionResult &a = r.first().assertions.last();
        QCOMPARE(a.kind, QStringLiteral("snapshot"));
        const QString diff = lineDiff(a.expected, a.actual);
        QVERIFY2(diff.contains(QStringLiteral("-     \"text\": \"echo: old\"")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("+     \"text\": \"echo: snap\"")), qPrintable(diff));
        // A broken snapshot file is an error that says what to do.
        QVERIFY(writeFile(snap, "{not json"));
        r = run(file);
        QVERIFY(!r.first().passed);
        QVERIFY2(r.first().error.contains(QStringLiteral("not a JSON object")),
                 qPrintable(r.first().error));
    }

    void recordedHostCallsReplayed()
    {
        const QString file = m_plugin + QStringLiteral("/tests/mocks.yaml");
        QVERIFY(writeFile(file, R"(# host calls of the storage tool
cases:
  - name: stores a value
    call:
      tool: suite/echo
      params:
        mode: storage
        ops: [{opt: set, key: k1, value: 76616c7565}, {opt: get, key: k1}]
    expect:
      json:
        - {path: "$.json[1].replies[0].data.data", equals: 76616c7565}
)"));
        // Live, recorded and written into the suite.
        RunOptions record;
        record.recordHostCalls = true;
        auto r = run(file, record);
        QCOMPARE(r.size(), 1);
        QVERIFY2(r.first().passed, qPrintable(dump(&r.first())));
        QVERIFY(r.first().hostCallsWritten);
        QCOMPARE(r.first().hostCalls.size(), 2);
        auto suite = loadSuite(file);
        QVERIFY(suite);
        QVERIFY(suite->cases.first().replayHostCalls);
        QCOMPARE(suite->cases.first().hostCalls.size(), 2);
        QVERIFY(readFile(file).startsWith("# host calls of the storage tool\n")); // the rest kept
        // Edit the recording: the replayed answer is the mock's, not the studio storage's.
        QByteArray text = readFile(file);
        QVERIFY(text.contains("- data: '76616c7565'"));
        QVERIFY(writeFile(file, text.replace("- data: '76616c7565'", "- data: '6d6f636b'")));
        // The edited mock answers (the storage still holds "value"): the assertion fails on
        // purpose.
        r = run(file);
        QVERIFY(!r.first().passed);
        QCOMPARE(r.first()
                     .outcome.value(QStringLiteral("json"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("replies"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toString(),
                 QStringLiteral("6d6f636b"));
        QVERIFY(r.first().unrecorded.isEmpty());
        for (const auto &c : r.first().hostCalls)
            QVERIFY(c.answeredByInterceptor);
        // The plugin asks something that was not recorded: a clear failure naming the call.
        text = readFile(file);
        QVERIFY(writeFile(file, text.replace("{opt: get, key: k1}", "{opt: get, key: k2}")));
        r = run(file);
        QVERIFY(!r.first().passed);
        QCOMPARE(r.first().unrecorded.size(), 1);
        QVERIFY2(r.first().error.contains(QStringLiteral("not recorded"))
                     && r.first().error.contains(QStringLiteral("k2")),
                 qPrintable(r.first().error));
    }

    void badSuites_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("secret") << QByteArray(
            "cases:\n  - name: a\n    call: {tool: suite/echo, credentials: {api_key: sk-123}}\n")
                                << QStringLiteral("`api_key: {env: VARIABLE}`");
        QTest::newRow("duplicate")
            << QByteArray("cases:\n  - {name: a, call: {tool: suite/echo}}\n  - {name: a, call: "
                          "{tool: suite/echo}}\n")
            << QStringLiteral("Two cases are named");
        QTest::newRow("no call") << QByteArray("cases:\n  - name: a\n")
                                 << QStringLiteral("has no `call:`");
        QTest::newRow("unknown key")
            << QByteArray("cases:\n  - name: a\n    call: {tool: x/y}\n    expects: {}\n")
            << QStringLiteral("Unknown key `expects`");
        QTest::newRow("not a list") << QByteArray("cases: 3\n") << QStringLiteral("must be a list");
        QTest::newRow("malformed") << QByteArray("cases: [\n") << QStringLiteral("bad.yaml:");
    }

    void badSuites()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const QString file = m_tmp.filePath(QStringLiteral("bad/tests/bad.yaml"));
        QVERIFY(writeFile(m_tmp.filePath(QStringLiteral("bad/manifest.yaml")), "name: x\n"));
        QVERIFY(writeFile(file, text));
        auto s = loadSuite(file);
        QVERIFY(!s);
        QVERIFY2(s.error().toString().contains(error), qPrintable(s.error().toString()));
        // No plugin around the suite.
        QVERIFY(writeFile(m_tmp.filePath(QStringLiteral("loose/suite.yaml")), "cases: []\n"));
        auto loose = loadSuite(m_tmp.filePath(QStringLiteral("loose/suite.yaml")));
        QVERIFY(!loose);
        QVERIFY2(loose.error().message.contains(QStringLiteral("plugin: PATH")),
                 qPrintable(loose.error().message));
    }

    void appendCaseAndPackaging()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("packaged"));
        QVERIFY(makeSuitePlugin(dir));
        QDir(dir + QStringLiteral("/tests")).removeRecursively();
        const QString file = dir + QStringLiteral("/tests/saved.yaml");
        // A secret is refused before anything is written.
        auto refused = appendCase(
            file,
            QJsonObject{
                {QStringLiteral("name"), QStringLiteral("x")},
                {QStringLiteral("call"),
                 QJsonObject{{QStringLiteral("tool"), QStringLiteral("suite/echo")},
                             {QStringLiteral("credentials"),
                              QJsonObject{{QStringLiteral("api_key"), QStringLiteral("sk")}}}}}});
        QVERIFY(!refused);
        QVERIFY(!QFileInfo::exists(file));
        const QJsonObject c{
            {QStringLiteral("name"), QStringLiteral("saved: from history")},
            {QStringLiteral("call"),
             QJsonObject{{QStringLiteral("tool"), QStringLiteral("suite/echo")},
                         {QStringLiteral("params"),
                          QJsonObject{{QStringLiteral("text"), QStringLiteral("[x], {y}: z")}}}}},
            {QStringLiteral("expect"),
             QJsonObject{
                 {QStringLiteral("text"),
                  QJsonObject{{QStringLiteral("equals"), QStringLiteral("echo: [x], {y}: z")}}}}}};
        QVERIFY2(appendCase(file, c), "append");
        auto second = c;
        second.insert(QStringLiteral("name"), QStringLiteral("second"));
        QVERIFY(appendCase(file, second));
        QVERIFY(!appendCase(file, second)); // duplicate name
        auto suite = loadSuite(file);
        QVERIFY2(suite, suite ? "" : qPrintable(suite.error().toString()));
        QCOMPARE(suite->cases.size(), 2);
        QCOMPARE(suite->cases.first().name, QStringLiteral("saved: from history"));
        QCOMPARE(suite->cases.first()
                     .call.value(QStringLiteral("params"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("[x], {y}: z"));
        // The first suite excluded tests/ from packages (the fixture has no ignore file).
        QVERIFY2(readFile(dir + QStringLiteral("/.difyignore")).contains("\ntests/\n"),
                 readFile(dir + QStringLiteral("/.difyignore")).constData());
        Package::PackageOptions po;
        po.outputPath = m_tmp.filePath(QStringLiteral("packaged.difypkg"));
        po.skipValidation = true;
        auto pkg = Package::packagePlugin(dir, po);
        QVERIFY2(pkg, pkg ? "" : qPrintable(pkg.error().message));
        auto reader = Package::PackageReader::open(po.outputPath);
        QVERIFY(reader);
        for (const QString &name : (*reader)->names())
            QVERIFY2(!name.startsWith(QLatin1String("tests/")), qPrintable(name));
        QVERIFY((*reader)->names().contains(QStringLiteral("main.py")));
        // Already excluded: nothing changes. A plugin whose packager reads .gitignore gets it
        // there.
        const QByteArray before = readFile(dir + QStringLiteral("/.difyignore"));
        QVERIFY(excludeSuitesFromPackage(dir));
        QCOMPARE(readFile(dir + QStringLiteral("/.difyignore")), before);
        const QString git = m_tmp.filePath(QStringLiteral("gitignored"));
        QVERIFY(makeSuitePlugin(git));
        QVERIFY(writeFile(git + QStringLiteral("/.gitignore"), "*.log"));
        QVERIFY(excludeSuitesFromPackage(git));
        QCOMPARE(readFile(git + QStringLiteral("/.gitignore")),
                 QByteArray("*.log\n# Plugin Studio test suites (not needed by Dify)\ntests/\n"));
        QVERIFY(!QFileInfo::exists(git + QStringLiteral("/.difyignore")));
    }

    void cliExitCodesAndJUnit()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("cli_plugin"));
        QVERIFY(makeSuitePlugin(dir));
        QVERIFY(writeFile(dir + QStringLiteral("/tests/failing.yaml"), R"(suite: failing
cases:
  - name: wrong <text> & "quotes"
    call: {tool: suite/echo, params: {text: hi}}
    expect:
      text: {equals: "bye \u0001"}
)"));
        auto cli = [&](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SUITE_FIXTURE_KEY"), QStringLiteral("from-env"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(STUDIO_CLI),
                    QStringList{QStringLiteral("test")} + args
                        + QStringList{QStringLiteral("--python"),
                                      RuntimeTest::python(),
                                      QStringLiteral("--workspace"),
                                      m_tmp.filePath(QStringLiteral("cli_ws"))});
            if (!p.waitForFinished(180000))
                return -1;
            if (out)
                *out = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out;
        const QString junit = m_tmp.filePath(QStringLiteral("report.xml"));
        QCOMPARE(cli({dir, QStringLiteral("--junit"), junit}, &out), 1);
        QVERIFY2(out.contains("FAIL failing/wrong <text>"), out.constData());
        QVERIFY2(out.contains("5 case(s): 4 passed, 1 failed"), out.constData());
        // JUnit read back by Python's parser.
        QProcess py;
        py.start(
            RuntimeTest::python(),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, xml.etree.ElementTree as ET\n"
                            "root = ET.parse(sys.argv[1]).getroot()\n"
                            "assert root.tag == 'testsuites', root.tag\n"
                            "print(root.get('tests'), root.get('failures'))\n"
                            "for s in root.findall('testsuite'):\n"
                            "    for c in s.findall('testcase'):\n"
                            "        f = c.find('failure')\n"
                            "        print(s.get('name'), '|', c.get('name'), '|', c.get('line'), "
                            "'|', 'FAIL ' + f.get('message') if f is not None else 'ok')\n"),
             junit});
        QVERIFY(py.waitForFinished(30000));
        const QString parsed = QString::fromUtf8(py.readAllStandardOutput());
        QVERIFY2(py.exitCode() == 0,
                 qPrintable(parsed + QString::fromUtf8(py.readAllStandardError())));
        const QStringList lines = parsed.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("5 1"));
        QVERIFY2(lines.contains(QStringLiteral("basics | says hello | 4 | ok")),
                 qPrintable(parsed));
        QVERIFY2(parsed.contains(QStringLiteral(
                     "failing | wrong <text> & \"quotes\" | 3 | FAIL text equals \"bye \uFFFD\"")),
                 qPrintable(parsed));
        // --filter keeps the passing ones: exit 0; --json is one object.
        QCOMPARE(cli({dir,
                      QStringLiteral("--filter"),
                      QStringLiteral("^basics/"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject report
            = QJsonDocument::fromJson(out.left(out.lastIndexOf('}') + 1).mid(out.indexOf('{')))
                  .object();
        QCOMPARE(report.value(QStringLiteral("tests")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
        // A filter that keeps nothing, a folder without suites, a broken suite, a bad option.
        QCOMPARE(cli({dir, QStringLiteral("--filter"), QStringLiteral("^nothing$")}, &out), 1);
        QVERIFY2(out.contains("matches none"), out.constData());
        QCOMPARE(cli({m_tmp.filePath(QStringLiteral("ws"))}, &out), 1);
        QVERIFY2(out.contains("No test cases found"), out.constData());
        QVERIFY(writeFile(dir + QStringLiteral("/tests/zbroken.yaml"), "cases: [\n"));
        QCOMPARE(cli({dir}, &out), 2);
        QVERIFY2(out.contains("zbroken.yaml:"), out.constData());
        QCOMPARE(cli({dir, QStringLiteral("--filter"), QStringLiteral("(")}, &out), 64);
    }
};

QTEST_GUILESS_MAIN(TestSuiteTest)
#include "tst_testsuite.moc"
