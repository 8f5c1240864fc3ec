// SPDX-License-Identifier: GPL-3.0-or-later
// Workflow-node and summary reverse calls (protocol.md §6.4) through both routes, driven by the
// real SDK-free fixture process tests/fixtures/runtime/node_plugin:
//  * Dify inner API: a loopback fake of Dify's /inner/api/invoke/* answering in the daemon's
//    {"data","error"} envelope (path, X-Inner-Api-Key and body asserted; errors, timeouts, refusals);
//  * local emulation: the fixture's scripted LLM (a second fixture process) answers the node prompt;
//    class matching, fallback, type coercion, missing parameters, broken model, nothing configured.

#include "tst_runtime_util.h"

#include "core/runtime/pluginconnection.h"
#include "core/runtime/reverse.h"
#include "core/runtime/workflownodes.h"
#include "core/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio::Runtime;
using namespace RuntimeTest;

namespace {

QString nodeFixtureDir()
{
    return QStringLiteral(STUDIO_FIXTURES "/runtime/node_plugin");
}

struct HttpCall
{
    QByteArray method, path, body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A loopback fake of Dify's inner API. `answer` gets each request and returns status + body;
// status 0 means "never answer" (the connection stays open).
class FakeInnerApi : public QTcpServer
{
public:
    QList<HttpCall> calls;
    std::function<QPair<int, QByteArray>(const HttpCall &)> answer;

    FakeInnerApi()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            auto buf = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [this, s, buf] {
                buf->append(s->readAll());
                const qsizetype he = buf->indexOf("\r\n\r\n");
                if (he < 0)
                    return;
                HttpCall c;
                const QList<QByteArray> lines = buf->left(he).split('\n');
                const QList<QByteArray> first = lines.first().trimmed().split(' ');
                c.method = first.value(0);
                c.path = first.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        c.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
                }
                const qint64 len = c.headers.value("content-length").toLongLong();
                if (buf->size() < he + 4 + len)
                    return;
                c.body = buf->mid(he + 4, len);
                calls << c;
                const auto [status, body] = answer(c);
                if (status == 0)
                    return;
                s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(serverPort())); }
};

QByteArray envelope(const QJsonValue &data, const QString &error = {})
{
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

QJsonObject modelConfig(const QString &provider = QStringLiteral("studio-tests/node_plugin/scripted"),
                        const QString &name = QStringLiteral("scripted-1"))
{
    return {{QStringLiteral("provider"), provider}, {QStringLiteral("name"), name}, {QStringLiteral("mode"), QStringLiteral("chat")},
            {QStringLiteral("completion_params"), QJsonObject{{QStringLiteral("temperature"), 0.1}}}};
}

QJsonArray classes()
{
    return {QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")}, {QStringLiteral("name"), QStringLiteral("Shipping")}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("c2")}, {QStringLiteral("name"), QStringLiteral("Billing")}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("c3")}, {QStringLiteral("name"), QStringLiteral("Other")}}};
}

QJsonObject classify(const QString &query, const QJsonObject &model = modelConfig())
{
    return {{QStringLiteral("type"), QStringLiteral("node_question_classifier")},
            {QStringLiteral("request"), QJsonObject{{QStringLiteral("classes"), classes()},
                                                     {QStringLiteral("model"), model},
                                                     {QStringLiteral("query"), query},
                                                     {QStringLiteral("instruction"), QStringLiteral("Be strict.")}}}};
}

QJsonObject param(const QString &name, const QString &type, bool required, const QJsonArray &options = {})
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("type"), type}, {QStringLiteral("options"), options},
            {QStringLiteral("description"), QString(QStringLiteral("the ") + name)}, {QStringLiteral("required"), required}};
}

QJsonArray tripParameters()
{
    return {param(QStringLiteral("city"), QStringLiteral("string"), true),
            param(QStringLiteral("days"), QStringLiteral("number"), true),
            param(QStringLiteral("vip"), QStringLiteral("bool"), false),
            param(QStringLiteral("tier"), QStringLiteral("select"), false, {QStringLiteral("gold"), QStringLiteral("silver")}),
            param(QStringLiteral("tags"), QStringLiteral("array[string]"), false),
            param(QStringLiteral("scores"), QStringLiteral("array[number]"), false)};
}

QJsonObject extract(const QString &query, const QJsonArray &params = tripParameters())
{
    return {{QStringLiteral("type"), QStringLiteral("node_parameter_extractor")},
            {QStringLiteral("request"), QJsonObject{{QStringLiteral("parameters"), params},
                                                     {QStringLiteral("model"), modelConfig()},
                                                     {QStringLiteral("query"), query},
                                                     {QStringLiteral("instruction"), QString()}}}};
}

QJsonObject summarize(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("system_summary")},
            {QStringLiteral("request"), QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("instruction"), QStringLiteral("one line")}}}};
}

// Runs the fixture's `calls` tool; per call, the replies the plugin saw.
QJsonArray runCalls(LocalPlugin &plugin, const QJsonArray &calls)
{
    Invocation *inv = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("node"), QStringLiteral("calls"),
                                                              QJsonObject{{QStringLiteral("calls"), calls}}));
    if (!waitFinished(inv, 30000) || inv->state() != InvocationState::Succeeded) {
        qWarning() << "calls failed:" << inv->error().message;
        return {};
    }
    QJsonArray result;
    for (const QJsonObject &c : inv->chunks())
        result.append(c.value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject().value(QStringLiteral("replies")));
    return result;
}

QJsonObject dataOf(const QJsonValue &replies)
{
    const QJsonArray a = replies.toArray();
    return a.isEmpty() ? QJsonObject() : a.first().toObject().value(QStringLiteral("data")).toObject();
}

QString errorOf(const QJsonValue &replies)
{
    for (const QJsonValue &r : replies.toArray())
        if (r.toObject().value(QStringLiteral("event")).toString() == QLatin1String("error"))
            return r.toObject().value(QStringLiteral("message")).toString();
    return {};
}

// A struct answer is exactly: response(struct) + end.
bool isStructReply(const QJsonValue &replies)
{
    const QJsonArray a = replies.toArray();
    return a.size() == 2 && a[0].toObject().value(QStringLiteral("event")).toString() == QLatin1String("response")
           && a[0].toObject().value(QStringLiteral("message")).toString() == QLatin1String("struct")
           && a[1].toObject().value(QStringLiteral("event")).toString() == QLatin1String("end");
}

struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
};

// The real plugin-studio-cli, run while this event loop keeps serving the fake inner API.
CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STUDIO_CLI), args);
    CliRun r;
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
        QTest::qWait(10);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QByteArray &l : p.readAllStandardOutput().split('\n'))
        if (!l.trimmed().isEmpty())
            r.lines << QJsonDocument::fromJson(l).object();
    return r;
}

QStringList cliCalls(const QJsonArray &calls)
{
    return {QStringLiteral("invoke"), nodeFixtureDir(), QStringLiteral("--tool"), QStringLiteral("node/calls"),
            QStringLiteral("--params"), QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("calls"), calls}}).toJson(QJsonDocument::Compact)),
            QStringLiteral("--python"), QStringLiteral("python3"), QStringLiteral("--heartbeat"), QStringLiteral("0.2")};
}

QJsonArray cliReplies(const CliRun &r)
{
    QJsonArray out;
    for (const QJsonObject &l : r.lines)
        if (l.contains(QStringLiteral("message")))
            out.append(l.value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject().value(QStringLiteral("replies")));
    return out;
}

} // namespace

class TestWorkflowNodes : public QObject
{
    Q_OBJECT

private slots:
    void systemModelSetting()
    {
        SystemModelConfig m = SystemModelConfig::fromString(QStringLiteral("langgenius/openai/openai/gpt-4o-mini"));
        QCOMPARE(m.provider, QStringLiteral("langgenius/openai/openai"));
        QCOMPARE(m.model, QStringLiteral("gpt-4o-mini"));
        m = SystemModelConfig::fromString(QStringLiteral("langgenius/ollama/ollama/library/llama3"));
        QCOMPARE(m.model, QStringLiteral("library/llama3"));
        m = SystemModelConfig::fromString(QStringLiteral("openai/gpt-4o"));
        QCOMPARE(m.provider, QStringLiteral("openai"));
        QCOMPARE(m.toString(), QStringLiteral("openai/gpt-4o"));
        QVERIFY(!SystemModelConfig::fromString(QStringLiteral("gpt-4o")).isConfigured());
        QVERIFY(!SystemModelConfig::fromString(QStringLiteral("a/b/c")).isConfigured());
        QVERIFY(!SystemModelConfig::fromString(QStringLiteral("a//b")).isConfigured());
        QVERIFY(!SystemModelConfig::fromString(QString()).isConfigured());
    }

    void jsonInModelAnswers()
    {
        using WorkflowNodes::extractJsonObject;
        QCOMPARE(extractJsonObject(QStringLiteral("{\"a\":1}"))->value(QStringLiteral("a")).toInt(), 1);
        QCOMPARE(extractJsonObject(QStringLiteral("Sure!\n```json\n{\"a\": \"x}\"}\n```\nDone."))->value(QStringLiteral("a")).toString(),
                 QStringLiteral("x}"));
        QCOMPARE(extractJsonObject(QStringLiteral("{broken {\"b\": {\"c\": 2}} tail"))->value(QStringLiteral("b")).toObject()
                     .value(QStringLiteral("c")).toInt(), 2);
        QVERIFY(!extractJsonObject(QStringLiteral("no json here")).has_value());
        QVERIFY(!extractJsonObject(QStringLiteral("{\"unterminated\": ")).has_value());
    }

    void requestValidation()
    {
        using WorkflowNodes::validateRequest;
        QJsonObject r = classify(QStringLiteral("q")).value(QStringLiteral("request")).toObject();
        QVERIFY(validateRequest(QStringLiteral("node_question_classifier"), r));
        r.remove(QStringLiteral("query"));
        QCOMPARE(validateRequest(QStringLiteral("node_question_classifier"), r).error().message,
                 QStringLiteral("unmarshal backwards invoke request failed: \"query\" is required"));
        QJsonObject e = extract(QStringLiteral("q"), {param(QStringLiteral("x"), QStringLiteral("date"), true)})
                            .value(QStringLiteral("request")).toObject();
        QVERIFY(validateRequest(QStringLiteral("node_parameter_extractor"), e).error().message.contains(QStringLiteral("\"date\"")));
        QVERIFY(!validateRequest(QStringLiteral("system_summary"), QJsonObject{{QStringLiteral("text"), QString()}}));
    }

    void innerApiRoute()
    {
        FakeInnerApi dify;
        QVERIFY(dify.isListening());
        dify.answer = [](const HttpCall &c) -> QPair<int, QByteArray> {
            if (c.headers.value("x-inner-api-key") != "inner-secret")
                return {401, R"({"message":"Unauthorized","code":"unauthorized"})"};
            if (c.path == "/inner/api/invoke/question-classifier")
                return {200, envelope(QJsonObject{{QStringLiteral("process_data"), QJsonObject()},
                                                  {QStringLiteral("inputs"), QJsonObject{{QStringLiteral("query"), QStringLiteral("q")}}},
                                                  {QStringLiteral("outputs"), QJsonObject{{QStringLiteral("class_name"), QStringLiteral("Billing")},
                                                                                          {QStringLiteral("class_id"), QStringLiteral("c2")}}}})};
            if (c.path == "/inner/api/invoke/parameter-extractor")
                return {200, envelope(QJsonObject{{QStringLiteral("process_data"), QJsonObject()},
                                                  {QStringLiteral("inputs"), QJsonObject()},
                                                  {QStringLiteral("outputs"), QJsonObject{{QStringLiteral("city"), QStringLiteral("Oslo")},
                                                                                          {QStringLiteral("__is_success"), 1}}}})};
            if (c.path == "/inner/api/invoke/summary")
                return {200, envelope(QJsonObject{{QStringLiteral("summary"), QStringLiteral("short")}})};
            return {404, R"({"message":"not found"})"};
        };
        DefaultReverseHandler handler;
        handler.setDifyInnerApi({dify.url(), QStringLiteral("inner-secret")});
        // A lookup that would answer locally: the inner API must win when configured.
        int lookups = 0;
        handler.setPluginLookup([&](const QString &, const QString &) -> PluginConnection * {
            ++lookups;
            return nullptr;
        });
        QSignalSpy handled(&handler, &DefaultReverseHandler::callHandled);
        LocalPlugin plugin(nodeFixtureDir(), fastOptions(), &handler);
        plugin.start();
        QVERIFY(waitActive(plugin));
        const QJsonArray r = runCalls(plugin, {classify(QStringLiteral("Where is my invoice?")),
                                               extract(QStringLiteral("Trip to Oslo")), summarize(QStringLiteral("long text"))});
        QCOMPARE(r.size(), 3);
        for (const QJsonValue &one : r)
            QVERIFY2(isStructReply(one), QJsonDocument(one.toArray()).toJson().constData());
        QCOMPARE(dataOf(r[0]).value(QStringLiteral("outputs")).toObject().value(QStringLiteral("class_name")).toString(), QStringLiteral("Billing"));
        QCOMPARE(dataOf(r[1]).value(QStringLiteral("outputs")).toObject().value(QStringLiteral("city")).toString(), QStringLiteral("Oslo"));
        QCOMPARE(dataOf(r[2]), (QJsonObject{{QStringLiteral("summary"), QStringLiteral("short")}}));
        QCOMPARE(lookups, 0);

        QCOMPARE(dify.calls.size(), 3);
        const HttpCall &qc = dify.calls[0];
        QCOMPARE(qc.method, QByteArray("POST"));
        QCOMPARE(qc.path, QByteArray("/inner/api/invoke/question-classifier"));
        QCOMPARE(qc.headers.value("x-inner-api-key"), QByteArray("inner-secret"));
        QVERIFY(qc.headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = qc.json();
        QCOMPARE(body.value(QStringLiteral("tenant_id")).toString(), QStringLiteral("studio-tenant"));
        QCOMPARE(body.value(QStringLiteral("user_id")).toString(), QStringLiteral("studio-user"));
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("node_question_classifier"));
        QCOMPARE(body.value(QStringLiteral("query")).toString(), QStringLiteral("Where is my invoice?"));
        QCOMPARE(body.value(QStringLiteral("instruction")).toString(), QStringLiteral("Be strict."));
        QCOMPARE(body.value(QStringLiteral("classes")).toArray(), classes());
        QCOMPARE(body.value(QStringLiteral("model")).toObject(), modelConfig());
        QCOMPARE(body.keys().size(), 7); // nothing else (the daemon re-marshals its typed request)

        const QJsonObject pe = dify.calls[1].json();
        QCOMPARE(dify.calls[1].path, QByteArray("/inner/api/invoke/parameter-extractor"));
        QCOMPARE(pe.value(QStringLiteral("parameters")).toArray(), tripParameters());
        QCOMPARE(pe.value(QStringLiteral("type")).toString(), QStringLiteral("node_parameter_extractor"));
        const QJsonObject sm = dify.calls[2].json();
        QCOMPARE(dify.calls[2].path, QByteArray("/inner/api/invoke/summary"));
        QCOMPARE(sm, (QJsonObject{{QStringLiteral("tenant_id"), QStringLiteral("studio-tenant")},
                                  {QStringLiteral("user_id"), QStringLiteral("studio-user")},
                                  {QStringLiteral("type"), QStringLiteral("system_summary")},
                                  {QStringLiteral("text"), QStringLiteral("long text")},
                                  {QStringLiteral("instruction"), QStringLiteral("one line")}}));
        QCOMPARE(handled.size(), 3);
        QVERIFY(handled.at(0).at(2).toBool());

        // A base URL with a path prefix and a trailing slash keeps the prefix.
        handler.setDifyInnerApi({QUrl(dify.url().toString() + QStringLiteral("prefix/")), QStringLiteral("inner-secret")});
        runCalls(plugin, {summarize(QStringLiteral("t"))});
        QCOMPARE(dify.calls.last().path, QByteArray("/prefix/inner/api/invoke/summary"));
    }

    void innerApiErrorsReachThePlugin()
    {
        FakeInnerApi dify;
        QVERIFY(dify.isListening());
        dify.answer = [](const HttpCall &c) -> QPair<int, QByteArray> {
            const QString q = c.json().value(QStringLiteral("query")).toString();
            if (c.headers.value("x-inner-api-key") != "inner-secret")
                return {401, "<html>401 Unauthorized</html>"};
            if (q == QLatin1String("dify-error"))
                return {200, envelope(QJsonValue::Null, QStringLiteral("Model gpt-x not exist."))};
            if (q == QLatin1String("no-data"))
                return {200, envelope(QJsonValue::Null)};
            if (q == QLatin1String("bad-shape"))
                return {200, envelope(QJsonObject{{QStringLiteral("outputs"), QJsonObject()}})};
            if (q == QLatin1String("hang"))
                return {0, {}};
            if (q == QLatin1String("garbage"))
                return {200, QByteArray("\x00\xffnot json at all", 17)};
            return {500, R"({"message":"Internal Server Error"})"};
        };
        DefaultReverseHandler handler;
        DifyInnerApiConfig inner{dify.url(), QStringLiteral("inner-secret")};
        inner.readTimeoutMs = 400;
        handler.setDifyInnerApi(inner);
        LocalPlugin plugin(nodeFixtureDir(), fastOptions(), &handler);
        plugin.start();
        QVERIFY(waitActive(plugin));
        QJsonArray r = runCalls(plugin, {classify(QStringLiteral("dify-error")), classify(QStringLiteral("no-data")),
                                         classify(QStringLiteral("bad-shape")), classify(QStringLiteral("hang")),
                                         extract(QStringLiteral("boom")), classify(QStringLiteral("garbage"))});
        QCOMPARE(r.size(), 6);
        QCOMPARE(errorOf(r[0]), QStringLiteral("invoke question classifier failed: request failed: Model gpt-x not exist."));
        QCOMPARE(errorOf(r[1]), QStringLiteral("invoke question classifier failed: data is nil"));
        QCOMPARE(errorOf(r[2]), QStringLiteral("invoke question classifier failed: validate request failed: \"process_data\" is required"));
        QVERIFY2(errorOf(r[3]).contains(QStringLiteral("no complete answer within 400 ms")), qPrintable(errorOf(r[3])));
        QVERIFY2(errorOf(r[4]).startsWith(QStringLiteral("invoke parameter extractor failed: the Dify inner API answered HTTP 500")),
                 qPrintable(errorOf(r[4])));
        QVERIFY2(errorOf(r[5]).startsWith(QStringLiteral("invoke question classifier failed: the Dify inner API answered a body "
                                                         "that is not a JSON object: ?")), qPrintable(errorOf(r[5])));
        QVERIFY(errorOf(r[5]).contains(QStringLiteral("not json at all")) && !errorOf(r[5]).contains(QChar(0)));
        for (const QJsonValue &one : r)
            QCOMPARE(one.toArray().last().toObject().value(QStringLiteral("event")).toString(), QStringLiteral("end"));

        handler.setDifyInnerApi({dify.url(), QStringLiteral("wrong")});
        r = runCalls(plugin, {summarize(QStringLiteral("x"))});
        QVERIFY2(errorOf(r[0]).contains(QStringLiteral("HTTP 401")) && errorOf(r[0]).contains(QStringLiteral("INNER_API_KEY_FOR_PLUGIN")),
                 qPrintable(errorOf(r[0])));

        // Nobody listening: a clear "cannot reach" error, promptly.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        handler.setDifyInnerApi({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("k")});
        r = runCalls(plugin, {summarize(QStringLiteral("x"))});
        QVERIFY2(errorOf(r[0]).startsWith(QStringLiteral("invoke summary failed: cannot reach the Dify inner API")), qPrintable(errorOf(r[0])));

        // Malformed requests never reach Dify.
        const qsizetype before = dify.calls.size();
        handler.setDifyInnerApi(inner);
        QJsonObject noQuery = classify(QString());
        r = runCalls(plugin, {noQuery});
        QCOMPARE(errorOf(r[0]), QStringLiteral("unmarshal backwards invoke request failed: \"query\" is required"));
        QCOMPARE(dify.calls.size(), before);
    }

    void localEmulationOnAModelPlugin()
    {
        DefaultReverseHandler handler;
        LocalPlugin model(nodeFixtureDir(), fastOptions(), &handler);
        LocalPlugin caller(nodeFixtureDir(), fastOptions(), &handler);
        QStringList lookups;
        handler.setPluginLookup([&](const QString &kind, const QString &provider) -> PluginConnection * {
            lookups << kind + QLatin1Char(':') + provider;
            return provider.endsWith(QLatin1String("/scripted")) ? model.connection() : nullptr;
        });
        QStringList credentialLookups;
        handler.setCredentialsLookup([&](const QString &kind, const QString &provider) {
            credentialLookups << kind + QLatin1Char(':') + provider;
            return QJsonObject{{QStringLiteral("api_key"), QStringLiteral("k")}};
        });
        model.start();
        caller.start();
        QVERIFY(waitActive(model));
        QVERIFY(waitActive(caller));

        const QJsonArray r = runCalls(caller, {
            classify(QStringLiteral("[[```json\n{\"category_id\": \"c2\", \"category_name\": \"Billing\"}\n```]]")),
            classify(QStringLiteral("[[{\"category_id\": \"zz\", \"category_name\": \"other\"}]]")), // by name, any case
            classify(QStringLiteral("[[ \"billing\". ]]")),                                        // a bare name
            classify(QStringLiteral("[[I think this is about Shipping, clearly.]]")),              // prose naming one class
            classify(QStringLiteral("[[no idea at all]]")),                                        // fallback
            classify(QStringLiteral("anything"), modelConfig(QStringLiteral("studio-tests/node_plugin/scripted"), QStringLiteral("broken"))),
        });
        QCOMPARE(r.size(), 6);
        auto out = [&](int i) { return dataOf(r[i]).value(QStringLiteral("outputs")).toObject(); };
        for (int i = 0; i < 5; ++i)
            QVERIFY2(isStructReply(r[i]), QJsonDocument(r[i].toArray()).toJson().constData());
        QCOMPARE(out(0).value(QStringLiteral("class_id")).toString(), QStringLiteral("c2"));
        QCOMPARE(out(0).value(QStringLiteral("class_name")).toString(), QStringLiteral("Billing"));
        QCOMPARE(out(0).value(QStringLiteral("usage")).toObject().value(QStringLiteral("total_tokens")).toInt(), 10);
        QCOMPARE(out(1).value(QStringLiteral("class_id")).toString(), QStringLiteral("c3"));
        QCOMPARE(out(2).value(QStringLiteral("class_id")).toString(), QStringLiteral("c2"));
        QCOMPARE(out(3).value(QStringLiteral("class_id")).toString(), QStringLiteral("c1"));
        QCOMPARE(out(4).value(QStringLiteral("class_id")).toString(), QStringLiteral("c1"));
        QCOMPARE(out(4).value(QStringLiteral("class_name")).toString(), QStringLiteral("Shipping"));
        const QJsonObject pd4 = dataOf(r[4]).value(QStringLiteral("process_data")).toObject();
        QVERIFY(pd4.value(QStringLiteral("studio_fallback")).toString().contains(QStringLiteral("first class")));
        QCOMPARE(pd4.value(QStringLiteral("studio_answer")).toString(), QStringLiteral("no idea at all"));
        QVERIFY(!dataOf(r[0]).value(QStringLiteral("process_data")).toObject().contains(QStringLiteral("studio_fallback")));
        QCOMPARE(dataOf(r[0]).value(QStringLiteral("inputs")).toObject().value(QStringLiteral("query")).toString().left(2), QStringLiteral("[["));
        // The prompt the model got lists every class and carries the instruction.
        const QJsonArray prompts = dataOf(r[0]).value(QStringLiteral("process_data")).toObject().value(QStringLiteral("prompts")).toArray();
        QCOMPARE(prompts.size(), 2);
        const QString system = prompts[0].toObject().value(QStringLiteral("content")).toString();
        for (const char *needle : {"\"c1\"", "\"Shipping\"", "\"c2\"", "\"Billing\"", "\"c3\"", "Be strict."})
            QVERIFY2(system.contains(QLatin1String(needle)), needle);
        QCOMPARE(prompts[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(errorOf(r[5]), QStringLiteral("invoke question classifier failed: the model studio-tests/node_plugin/scripted/broken "
                                               "failed: ValueError: the scripted model is broken on purpose"));
        QVERIFY(lookups.contains(QStringLiteral("model:studio-tests/node_plugin/scripted")));
        QVERIFY(credentialLookups.contains(QStringLiteral("model:studio-tests/node_plugin/scripted")));
    }

    void localParameterExtraction()
    {
        DefaultReverseHandler handler;
        LocalPlugin model(nodeFixtureDir(), fastOptions(), &handler);
        LocalPlugin caller(nodeFixtureDir(), fastOptions(), &handler);
        handler.setPluginLookup([&](const QString &, const QString &provider) -> PluginConnection * {
            return provider.endsWith(QLatin1String("/scripted")) ? model.connection() : nullptr;
        });
        model.start();
        caller.start();
        QVERIFY(waitActive(model));
        QVERIFY(waitActive(caller));
        const QJsonArray r = runCalls(caller, {
            extract(QStringLiteral("[[Here you go: {\"city\": \"Paris\", \"days\": \"3\", \"vip\": \"yes\", \"tier\": \"GOLD\", "
                                   "\"tags\": \"museum\", \"scores\": [1, \"2.5\"], \"extra\": 1}]]")),
            extract(QStringLiteral("[[{\"city\": \"Rome\", \"tier\": \"bronze\", \"vip\": \"maybe\", \"scores\": [\"x\"]}]]")),
            extract(QStringLiteral("[[I could not find anything.]]")),
        });
        QCOMPARE(r.size(), 3);
        for (const QJsonValue &one : r)
            QVERIFY2(isStructReply(one), QJsonDocument(one.toArray()).toJson().constData());
        const QJsonObject ok = dataOf(r[0]).value(QStringLiteral("outputs")).toObject();
        QCOMPARE(ok.value(QStringLiteral("city")).toString(), QStringLiteral("Paris"));
        QVERIFY(ok.value(QStringLiteral("days")).isDouble());
        QCOMPARE(ok.value(QStringLiteral("days")).toDouble(), 3.0);
        QCOMPARE(ok.value(QStringLiteral("vip")), QJsonValue(true));
        QCOMPARE(ok.value(QStringLiteral("tier")).toString(), QStringLiteral("gold"));
        QCOMPARE(ok.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("museum")});
        QCOMPARE(ok.value(QStringLiteral("scores")).toArray(), (QJsonArray{1.0, 2.5}));
        QCOMPARE(ok.value(QStringLiteral("__is_success")).toInt(), 1);
        QVERIFY(ok.value(QStringLiteral("__reason")).isNull());
        QVERIFY(!ok.contains(QStringLiteral("extra")));
        QCOMPARE(dataOf(r[0]).value(QStringLiteral("inputs")).toObject().value(QStringLiteral("parameters")).toArray(), tripParameters());
        const QString system = dataOf(r[0]).value(QStringLiteral("process_data")).toObject().value(QStringLiteral("prompts"))
                                   .toArray().first().toObject().value(QStringLiteral("content")).toString();
        QVERIFY(system.contains(QStringLiteral("\"enum\"")) && system.contains(QStringLiteral("\"required\"")));

        const QJsonObject bad = dataOf(r[1]).value(QStringLiteral("outputs")).toObject();
        QCOMPARE(bad.value(QStringLiteral("__is_success")).toInt(), 0);
        const QString reason = bad.value(QStringLiteral("__reason")).toString();
        QVERIFY2(reason.contains(QStringLiteral("parameter \"days\" is required")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("\"tier\": bronze is not one of its options")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("\"vip\": maybe is not a valid bool")), qPrintable(reason));
        QCOMPARE(bad.value(QStringLiteral("city")).toString(), QStringLiteral("Rome"));
        QCOMPARE(bad.value(QStringLiteral("days")).toDouble(), 0.0); // Dify's defaults for what is missing/invalid
        QCOMPARE(bad.value(QStringLiteral("tier")).toString(), QString());
        QCOMPARE(bad.value(QStringLiteral("vip")), QJsonValue(false));
        QCOMPARE(bad.value(QStringLiteral("scores")).toArray(), QJsonArray());

        const QJsonObject none = dataOf(r[2]).value(QStringLiteral("outputs")).toObject();
        QCOMPARE(none.value(QStringLiteral("__is_success")).toInt(), 0);
        QVERIFY(none.value(QStringLiteral("__reason")).toString().contains(QStringLiteral("no JSON object")));
        QCOMPARE(none.value(QStringLiteral("city")).toString(), QString());
        QCOMPARE(none.value(QStringLiteral("tags")).toArray(), QJsonArray());
    }

    void summaryAndNothingConfigured()
    {
        DefaultReverseHandler handler;
        LocalPlugin model(nodeFixtureDir(), fastOptions(), &handler);
        LocalPlugin caller(nodeFixtureDir(), fastOptions(), &handler);
        handler.setPluginLookup([&](const QString &, const QString &provider) -> PluginConnection * {
            return provider.endsWith(QLatin1String("/scripted")) ? model.connection() : nullptr;
        });
        model.start();
        caller.start();
        QVERIFY(waitActive(model));
        QVERIFY(waitActive(caller));

        // Nothing configured: both ways to fix it are named.
        QJsonArray r = runCalls(caller, {summarize(QStringLiteral("text")),
                                         classify(QStringLiteral("q"), modelConfig(QStringLiteral("langgenius/openai/openai"), QStringLiteral("gpt-4o")))});
        const QString noSystem = errorOf(r[0]);
        QVERIFY2(noSystem.startsWith(QStringLiteral("invoke summary failed: no system model is configured")), qPrintable(noSystem));
        for (const char *needle : {"Workspace Settings", "--system-model", "--dify-inner-url", "--dify-inner-key"})
            QVERIFY2(noSystem.contains(QLatin1String(needle)), needle);
        const QString noModel = errorOf(r[1]);
        QVERIFY2(noModel.contains(QStringLiteral("no running plugin provides the model provider \"langgenius/openai/openai\"")), qPrintable(noModel));
        QVERIFY(noModel.contains(QStringLiteral("Workspace Settings")) && noModel.contains(QStringLiteral("--dify-inner-url")));

        handler.setSystemModel(SystemModelConfig::fromString(QStringLiteral("studio-tests/node_plugin/scripted/scripted-1")));
        QCOMPARE(handler.systemModel().model, QStringLiteral("scripted-1"));
        r = runCalls(caller, {summarize(QStringLiteral("[[  A short summary.  ]]")), summarize(QStringLiteral("plain words"))});
        QVERIFY(isStructReply(r[0]));
        QCOMPARE(dataOf(r[0]), (QJsonObject{{QStringLiteral("summary"), QStringLiteral("A short summary.")}}));
        QCOMPARE(dataOf(r[1]).value(QStringLiteral("summary")).toString(), QStringLiteral("echo: plain words"));

        handler.setSystemModel(SystemModelConfig::fromString(QStringLiteral("studio-tests/node_plugin/scripted/broken")));
        r = runCalls(caller, {summarize(QStringLiteral("x"))});
        QVERIFY2(errorOf(r[0]).contains(QStringLiteral("broken on purpose")), qPrintable(errorOf(r[0])));

        // A model that does not answer in time: the node fails with a timeout instead of hanging.
        DifyInnerApiConfig off; // no URL: local emulation, but its read timeout bounds the model call
        off.readTimeoutMs = 500;
        handler.setDifyInnerApi(off);
        handler.setSystemModel(SystemModelConfig::fromString(QStringLiteral("studio-tests/node_plugin/scripted/hang")));
        QElapsedTimer t;
        t.start();
        r = runCalls(caller, {summarize(QStringLiteral("x"))});
        QVERIFY2(errorOf(r[0]).startsWith(QStringLiteral("invoke summary failed: the model studio-tests/node_plugin/scripted/hang failed:")),
                 qPrintable(errorOf(r[0])));
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
    }

    void cliFlags()
    {
        FakeInnerApi dify;
        QVERIFY(dify.isListening());
        dify.answer = [](const HttpCall &c) -> QPair<int, QByteArray> {
            if (c.headers.value("x-inner-api-key") != "cli-secret")
                return {200, envelope(QJsonValue::Null, QStringLiteral("bad key"))};
            return {200, envelope(QJsonObject{{QStringLiteral("summary"), QStringLiteral("from dify")}})};
        };
        QStringList args = cliCalls({summarize(QStringLiteral("t"))});
        CliRun r = runCli(args + QStringList{QStringLiteral("--dify-inner-url"), dify.url().toString(),
                                             QStringLiteral("--dify-inner-key"), QStringLiteral("cli-secret")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(dataOf(cliReplies(r).first()).value(QStringLiteral("summary")).toString(), QStringLiteral("from dify"));
        QCOMPARE(dify.calls.size(), 1);

        // The key from the environment (kept off the command line).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STUDIO_DIFY_INNER_API_KEY"), QStringLiteral("cli-secret"));
        r = runCli(args + QStringList{QStringLiteral("--dify-inner-url"), dify.url().toString()}, env);
        QCOMPARE(dataOf(cliReplies(r).first()).value(QStringLiteral("summary")).toString(), QStringLiteral("from dify"));

        // No inner API: the system model must be served by a plugin the studio knows that DECLARES that
        // model provider (the daemon's rule: a tool plugin is never a model plugin, so the fixture's
        // undeclared scripted model is not found); the node says so and how to fix it. The local
        // summary on a model plugin is covered by summaryAndNothingConfigured and localEmulationOnAModelPlugin.
        r = runCli(cliCalls({summarize(QStringLiteral("[[local summary]]"))})
                   + QStringList{QStringLiteral("--system-model"), QStringLiteral("studio-tests/node_plugin/node/scripted-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray local = cliReplies(r);
        QCOMPARE(local.size(), 1);
        QVERIFY2(errorOf(local[0]).contains(QStringLiteral("no running plugin provides the model provider \"studio-tests/node_plugin/node\"")),
                 qPrintable(errorOf(local[0])));
        QVERIFY2(errorOf(local[0]).contains(QStringLiteral("--dify-inner-url")), qPrintable(errorOf(local[0])));

        // Without --system-model the error names the flags.
        r = runCli(cliCalls({summarize(QStringLiteral("x"))}));
        QVERIFY2(errorOf(cliReplies(r).first()).contains(QStringLiteral("--system-model")), qPrintable(r.err));

        // Bad flags are refused before anything starts.
        r = runCli(args + QStringList{QStringLiteral("--dify-inner-url"), QStringLiteral("ftp://x")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("not an http(s) URL")), qPrintable(r.err));
        r = runCli(args + QStringList{QStringLiteral("--dify-inner-url"), dify.url().toString()},
                   [] { auto e = QProcessEnvironment::systemEnvironment(); e.remove(QStringLiteral("STUDIO_DIFY_INNER_API_KEY")); return e; }());
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("--dify-inner-key")), qPrintable(r.err));
        r = runCli(args + QStringList{QStringLiteral("--system-model"), QStringLiteral("gpt-4o")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("PROVIDER/MODEL")), qPrintable(r.err));
    }

    void workspaceSettings()
    {
        QTemporaryDir tmp;
        {
            auto ws = Studio::Workspace::WorkspaceStore::open(tmp.path());
            QVERIFY(ws);
            auto &w = *ws.value();
            QCOMPARE(w.difyInnerApiUrl(), QString());
            QCOMPARE(*w.difyInnerApiKey(), QString());
            QVERIFY(w.setDifyInnerApiUrl(QStringLiteral("http://dify-api:5001")));
            QVERIFY(w.setDifyInnerApiKey(QStringLiteral("inner-key-123")));
            QVERIFY(w.setSystemModel(QStringLiteral("langgenius/openai/openai"), QStringLiteral("gpt-4o-mini")));
            const auto badUrl = w.setDifyInnerApiUrl(QStringLiteral("dify-api:5001"));
            QVERIFY(!badUrl);
            QVERIFY(badUrl.error().message.contains(QStringLiteral("http://localhost:5001")));
            const auto half = w.setSystemModel(QStringLiteral("openai"), QString());
            QVERIFY(!half);
            QVERIFY(half.error().message.contains(QStringLiteral("or neither")));
        }
        {
            auto ws = Studio::Workspace::WorkspaceStore::open(tmp.path()); // survives a restart
            QVERIFY(ws);
            auto &w = *ws.value();
            QCOMPARE(w.difyInnerApiUrl(), QStringLiteral("http://dify-api:5001"));
            QCOMPARE(*w.difyInnerApiKey(), QStringLiteral("inner-key-123"));
            QCOMPARE(w.systemModelProvider(), QStringLiteral("langgenius/openai/openai"));
            QCOMPARE(w.systemModelName(), QStringLiteral("gpt-4o-mini"));
        }
        {
            // The key is sealed at rest: not in the file in clear.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(tmp.filePath(QStringLiteral("workspace.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT value, secret FROM settings WHERE key = 'dify_inner_api_key'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QString());
            QVERIFY(!q.value(1).toByteArray().isEmpty());
            QVERIFY(!q.value(1).toByteArray().contains("inner-key-123"));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        QFile raw(tmp.filePath(QStringLiteral("workspace.db")));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("inner-key-123"));
        auto ws = Studio::Workspace::WorkspaceStore::open(tmp.path());
        QVERIFY(ws->get()->setDifyInnerApiKey(QString()));
        QCOMPARE(*ws->get()->difyInnerApiKey(), QString());
    }

    void permissionStillChecked()
    {
        // The echo fixture has no node permission: refused before any route is tried.
        FakeInnerApi dify;
        dify.answer = [](const HttpCall &) -> QPair<int, QByteArray> { return {200, envelope(QJsonObject())}; };
        DefaultReverseHandler handler;
        handler.setDifyInnerApi({dify.url(), QStringLiteral("k")});
        LocalPlugin plugin(fixtureDir(), fastOptions(), &handler);
        plugin.start();
        QVERIFY(waitActive(plugin));
        Invocation *inv = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("reverse")}, {QStringLiteral("calls"), QJsonArray{classify(QStringLiteral("q"))}}}));
        QVERIFY(waitFinished(inv));
        const QJsonArray replies = inv->chunks().first().value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object"))
                                       .toObject().value(QStringLiteral("replies")).toArray();
        QCOMPARE(errorOf(replies), QStringLiteral("permission denied, you need to enable node access in plugin manifest"));
        QVERIFY(dify.calls.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowNodes)
#include "tst_workflownodes.moc"
