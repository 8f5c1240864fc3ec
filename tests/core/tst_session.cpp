// SPDX-License-Identifier: GPL-3.0-or-later
// The session core's rules, without processes: THE provider lookup (names, kinds, precedence), the
// call specs the CLI and test suites send, the action catalogue, and the console history.
#include "core/session/actioncatalogue.h"
#include "core/session/historystore.h"
#include "core/session/invocationspec.h"
#include "core/session/providerlookup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio;
using namespace Studio::Session;

namespace {

Plugin::PluginDeclaration declaration(const QString &author, const QString &name)
{
    Plugin::PluginDeclaration d;
    d.manifest.author.value = author;
    d.manifest.name.value = name;
    return d;
}

Plugin::PluginDeclaration toolPlugin(const QString &author, const QString &name, const QString &provider)
{
    Plugin::PluginDeclaration d = declaration(author, name);
    Plugin::ToolProvider tp;
    tp.identity.name = provider;
    d.tool = tp;
    return d;
}

Plugin::PluginDeclaration modelPlugin(const QString &author, const QString &name, const QString &provider)
{
    Plugin::PluginDeclaration d = declaration(author, name);
    Plugin::ModelProvider mp;
    mp.provider = provider;
    Plugin::ModelDeclaration llm;
    llm.model = QStringLiteral("m1");
    llm.modelType = QStringLiteral("llm");
    mp.models << llm;
    d.model = mp;
    return d;
}

QString errorOf(const Result<Runtime::InvokeRequest> &r)
{
    return r ? QString() : r.error().message;
}

} // namespace

class tst_Session : public QObject
{
    Q_OBJECT
private slots:
    void providerNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("pluginId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("why");
        QTest::newRow("bare") << "openai" << true << "" << "openai" << "";
        QTest::newRow("full") << "langgenius/openai/openai" << true << "langgenius/openai" << "openai" << "";
        QTest::newRow("full, other provider name") << "acme/models/acme" << true << "acme/models" << "acme" << "";
        QTest::newRow("empty") << "" << false << "" << "" << "No provider was named";
        QTest::newRow("plugin id only") << "langgenius/openai" << false << "" << "" << "names a plugin, not one of its providers";
        QTest::newRow("four parts") << "a/b/c/d" << false << "" << "" << "more than three parts";
        QTest::newRow("empty part") << "a//c" << false << "" << "" << "one of its parts is empty";
        QTest::newRow("leading slash") << "/openai" << false << "" << "" << "one of its parts is empty";
        QTest::newRow("trailing slash") << "a/b/" << false << "" << "" << "one of its parts is empty";
        QTest::newRow("space") << " openai" << false << "" << "" << "white space";
        QTest::newRow("tab inside") << "open\tai" << false << "" << "" << "white space";
        QTest::newRow("newline") << "a/b/c\n" << false << "" << "" << "white space";
    }
    void providerNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto r = ProviderRef::parse(text);
        QCOMPARE(r.hasValue(), ok);
        if (!ok) {
            QFETCH(QString, why);
            QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            return;
        }
        QFETCH(QString, pluginId);
        QFETCH(QString, name);
        QCOMPARE(r->pluginId, pluginId);
        QCOMPARE(r->name, name);
        QCOMPARE(r->isBare(), pluginId.isEmpty());
        QCOMPARE(r->toString(), text);
    }

    void kindNames()
    {
        for (ProviderKind k : {ProviderKind::Tool, ProviderKind::Model, ProviderKind::AgentStrategy, ProviderKind::Datasource,
                               ProviderKind::Trigger})
            QCOMPARE(providerKindFromName(providerKindName(k)), std::optional<ProviderKind>(k));
        QCOMPARE(providerKindFromName(QStringLiteral("agent_strategy")), std::optional<ProviderKind>(ProviderKind::AgentStrategy));
        for (const char *modelType : {"llm", "text_embedding", "rerank", "tts", "speech2text", "moderation", "system_summary"})
            QCOMPARE(providerKindFromName(QLatin1String(modelType)), std::optional<ProviderKind>(ProviderKind::Model));
        QCOMPARE(providerKindFromName(QStringLiteral("app")), std::nullopt);
        QCOMPARE(providerKindFromName(QString()), std::nullopt);
    }

    void declaredProviderPerKind()
    {
        Plugin::PluginDeclaration d = toolPlugin(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("search"));
        Plugin::AgentStrategyProvider ap;
        ap.identity.name = QStringLiteral("agent");
        d.agentStrategy = ap;
        Plugin::DatasourceProvider dp;
        dp.identity.name = QStringLiteral("drive");
        d.datasource = dp;
        Plugin::TriggerProvider tp;
        tp.identity.name = QStringLiteral("hooks");
        d.trigger = tp;
        QCOMPARE(declaredProvider(d, ProviderKind::Tool), QStringLiteral("search"));
        QCOMPARE(declaredProvider(d, ProviderKind::Model), QString());
        QCOMPARE(declaredProvider(d, ProviderKind::AgentStrategy), QStringLiteral("agent"));
        QCOMPARE(declaredProvider(d, ProviderKind::Datasource), QStringLiteral("drive"));
        QCOMPARE(declaredProvider(d, ProviderKind::Trigger), QStringLiteral("hooks"));
        // Each kind matches only its own provider name.
        const ProviderRef drive = *ProviderRef::parse(QStringLiteral("a/b/drive"));
        QVERIFY(serves(QStringLiteral("a/b"), d, ProviderKind::Datasource, drive));
        QVERIFY(!serves(QStringLiteral("a/b"), d, ProviderKind::Tool, drive));
        QVERIFY(!serves(QStringLiteral("x/b"), d, ProviderKind::Datasource, drive)); // another plugin id
        QVERIFY(!serves(QStringLiteral("a/b"), d, ProviderKind::Datasource, *ProviderRef::parse(QStringLiteral("a/b/Drive"))));
    }

    // The one rule: full names need plugin id and provider; bare names prefer Dify's
    // langgenius/<name>, then debug-connected over open folders over installed over remote plugins.
    void matchingRule()
    {
        const auto mine = modelPlugin(QStringLiteral("me"), QStringLiteral("openai"), QStringLiteral("openai"));
        const auto official = modelPlugin(QStringLiteral("langgenius"), QStringLiteral("openai"), QStringLiteral("openai"));
        const auto other = modelPlugin(QStringLiteral("acme"), QStringLiteral("models"), QStringLiteral("acme"));
        const auto tools = toolPlugin(QStringLiteral("acme"), QStringLiteral("models"), QStringLiteral("acme"));
        const QList<ProviderCandidate> all{
            {QStringLiteral("me/openai"), ProviderOrigin::Debug, &mine},
            {QStringLiteral("langgenius/openai"), ProviderOrigin::Installed, &official},
            {QStringLiteral("acme/models"), ProviderOrigin::Installed, &tools},
            {QStringLiteral("acme/models"), ProviderOrigin::Local, &other},
            {QStringLiteral("broken/plugin"), ProviderOrigin::Debug, nullptr},
        };
        auto match = [&](ProviderKind k, const QString &name) { return matchProvider(all, k, *ProviderRef::parse(name)); };
        QCOMPARE(match(ProviderKind::Model, QStringLiteral("langgenius/openai/openai")), 1);
        QCOMPARE(match(ProviderKind::Model, QStringLiteral("me/openai/openai")), 0);
        QCOMPARE(match(ProviderKind::Model, QStringLiteral("openai")), 1); // Dify: langgenius/openai/openai
        QCOMPARE(match(ProviderKind::Model, QStringLiteral("acme")), 3);   // the model one, not the tool one
        QCOMPARE(match(ProviderKind::Tool, QStringLiteral("acme")), 2);
        QCOMPARE(match(ProviderKind::Tool, QStringLiteral("acme/models/acme")), 2);
        QCOMPARE(match(ProviderKind::Model, QStringLiteral("nobody/openai/openai")), -1);
        QCOMPARE(match(ProviderKind::Model, QStringLiteral("openai/openai/openai")), -1);
        QCOMPARE(match(ProviderKind::AgentStrategy, QStringLiteral("openai")), -1);
        QCOMPARE(match(ProviderKind::Model, QStringLiteral("OpenAI")), -1); // plugin ids and names are exact

        // The same plugin from several origins: the debug-connected one serves it, then the open
        // folder, then the installed copy; equal origins keep the order given.
        const QList<ProviderCandidate> copies{
            {QStringLiteral("acme/models"), ProviderOrigin::Installed, &other},
            {QStringLiteral("acme/models"), ProviderOrigin::Remote, &other},
            {QStringLiteral("acme/models"), ProviderOrigin::Local, &other},
            {QStringLiteral("acme/models"), ProviderOrigin::Local, &other},
        };
        QCOMPARE(matchProvider(copies, ProviderKind::Model, *ProviderRef::parse(QStringLiteral("acme/models/acme"))), 2);
        QList<ProviderCandidate> withDebug = copies;
        withDebug << ProviderCandidate{QStringLiteral("acme/models"), ProviderOrigin::Debug, &other};
        QCOMPARE(matchProvider(withDebug, ProviderKind::Model, *ProviderRef::parse(QStringLiteral("acme"))), 4);
        QCOMPARE(matchProvider({}, ProviderKind::Model, *ProviderRef::parse(QStringLiteral("acme"))), -1);
    }

    void callSpecs()
    {
        // tool
        auto tool = requestFromSpec(QJsonDocument::fromJson(R"({"tool":"echo/say","params":{"a":1},"credentials":{"k":"v"},
                                                                  "credential_type":"oauth2","timeout_ms":1500})")
                                        .object());
        QVERIFY2(tool, qPrintable(errorOf(tool)));
        QCOMPARE(tool->type, QStringLiteral("tool"));
        QCOMPARE(tool->fields.value(QStringLiteral("provider")).toString(), QStringLiteral("echo"));
        QCOMPARE(tool->fields.value(QStringLiteral("tool_parameters")).toObject().value(QStringLiteral("a")).toInt(), 1);
        QCOMPARE(tool->fields.value(QStringLiteral("credential_type")).toString(), QStringLiteral("oauth2"));
        QCOMPARE(tool->timeoutMs, 1500);
        // model: the builder's fields, then the params as the action's own fields
        auto llm = requestFromSpec(QJsonDocument::fromJson(R"({"model":"llm/acme/m1","params":{"prompt_messages":[{"role":"user","content":"hi"}],
                                                                 "stream":false}})")
                                       .object());
        QVERIFY2(llm, qPrintable(errorOf(llm)));
        QCOMPARE(llm->action, QStringLiteral("invoke_llm"));
        QCOMPARE(llm->fields.value(QStringLiteral("model")).toString(), QStringLiteral("m1"));
        QCOMPARE(llm->fields.value(QStringLiteral("prompt_messages")).toArray().size(), 1);
        QCOMPARE(llm->fields.value(QStringLiteral("stream")).toBool(true), false);
        QVERIFY(llm->fields.contains(QStringLiteral("stop"))); // the nullable-but-required keys stay
        auto rerank = requestFromSpec(QJsonDocument::fromJson(R"({"model":"rerank/acme/r1","params":{"query":"q","docs":["a","b"]}})").object());
        QVERIFY(rerank);
        QCOMPARE(rerank->fields.value(QStringLiteral("docs")).toArray().size(), 2);
        QVERIFY(rerank->fields.contains(QStringLiteral("top_n")));
        // strategy
        auto strategy = requestFromSpec(QJsonDocument::fromJson(R"({"strategy":"agent/react","params":{"query":"q"}})").object());
        QVERIFY(strategy);
        QCOMPARE(strategy->fields.value(QStringLiteral("agent_strategy_provider")).toString(), QStringLiteral("agent"));
        // endpoint: headers as object or lines, body as text or JSON, Content-Type added for a body
        auto ep = requestFromSpec(QJsonDocument::fromJson(R"({"endpoint":{"method":"post","path":"hook?x=1","headers":["X-A: 1"],
                                                               "body":{"k":[1,2]}},"settings":{"s":1}})")
                                      .object());
        QVERIFY2(ep, qPrintable(errorOf(ep)));
        const QByteArray http = QByteArray::fromHex(ep->fields.value(QStringLiteral("raw_http_request")).toString().toLatin1());
        QVERIFY2(http.startsWith("POST /hook?x=1 HTTP/1.1\r\n"), http.constData());
        QVERIFY(http.contains("X-A: 1\r\n"));
        QVERIFY(http.contains("Content-Type: application/json\r\n"));
        QVERIFY(http.endsWith("\r\n\r\n{\"k\":[1,2]}"));
        QCOMPARE(ep->fields.value(QStringLiteral("settings")).toObject().value(QStringLiteral("s")).toInt(), 1);
        // raw
        auto raw = requestFromSpec(QJsonDocument::fromJson(R"({"type":"tool","action":"validate_tool_credentials","fields":{"provider":"p"}})").object());
        QVERIFY(raw);
        QCOMPARE(raw->action, QStringLiteral("validate_tool_credentials"));
        QCOMPARE(raw->fields.value(QStringLiteral("provider")).toString(), QStringLiteral("p"));
        // a catalogue key, against the declaration
        const Plugin::PluginDeclaration d = modelPlugin(QStringLiteral("acme"), QStringLiteral("models"), QStringLiteral("acme"));
        auto keyed = requestFromSpec(QJsonDocument::fromJson(R"({"action":"model:invoke_llm:acme/m1","params":{"model":"m1","prompt":"hello"}})").object(), &d);
        QVERIFY2(keyed, qPrintable(errorOf(keyed)));
        QCOMPARE(keyed->fields.value(QStringLiteral("prompt_messages")).toArray().at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("hello"));
    }

    void badCallSpecs_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");
        QTest::newRow("nothing") << QByteArray("{}") << "exactly one of";
        QTest::newRow("two forms") << QByteArray(R"({"tool":"a/b","model":"llm/a/b"})") << "exactly one of";
        QTest::newRow("tool without slash") << QByteArray(R"({"tool":"nope"})") << "PROVIDER/TOOL";
        QTest::newRow("tool empty part") << QByteArray(R"({"tool":"a/"})") << "PROVIDER/TOOL";
        QTest::newRow("model parts") << QByteArray(R"({"model":"llm/acme"})") << "TYPE/PROVIDER/MODEL";
        QTest::newRow("model type") << QByteArray(R"({"model":"chat/acme/m"})") << "unknown model type \"chat\"";
        QTest::newRow("strategy") << QByteArray(R"({"strategy":"react"})") << "PROVIDER/STRATEGY";
        QTest::newRow("params not an object") << QByteArray(R"({"tool":"a/b","params":[1]})") << "\"params\" must be a JSON object";
        QTest::newRow("credentials not an object") << QByteArray(R"({"tool":"a/b","credentials":"k"})") << "\"credentials\" must be";
        QTest::newRow("endpoint not an object") << QByteArray(R"({"endpoint":"/x"})") << "must be an object";
        QTest::newRow("endpoint method") << QByteArray(R"({"endpoint":{"method":"BREW"}})") << "is not one of";
        QTest::newRow("header line break") << QByteArray(R"({"endpoint":{"headers":{"X-A":"1\r\nX-B: 2"}}})") << "line breaks";
        QTest::newRow("header without colon") << QByteArray(R"({"endpoint":{"headers":["X-A 1"]}})") << "NAME:VALUE";
        QTest::newRow("raw without action") << QByteArray(R"({"type":"tool"})") << "non-empty";
        QTest::newRow("key without declaration") << QByteArray(R"({"action":"tool:invoke_tool:a/b"})") << "declaration is needed";
        QTest::newRow("timeout zero") << QByteArray(R"({"tool":"a/b","timeout_ms":0})") << "timeout_ms";
        QTest::newRow("timeout text") << QByteArray(R"({"tool":"a/b","timeout_ms":"5"})") << "timeout_ms";
        QTest::newRow("timeout huge") << QByteArray(R"({"tool":"a/b","timeout_ms":1e30})") << "timeout_ms";
    }
    void badCallSpecs()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        const auto r = requestFromSpec(QJsonDocument::fromJson(json).object());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
    }

    void unknownCatalogueKeyListsTheOffer()
    {
        const Plugin::PluginDeclaration d = toolPlugin(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("search"));
        const auto r = requestFromSpec({{QStringLiteral("action"), QStringLiteral("tool:invoke_tool:search/none")}}, &d);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("tool:validate_tool_credentials:search")), qPrintable(r.error().message));
    }

    void actionCatalogue()
    {
        Plugin::PluginDeclaration d = declaration(QStringLiteral("me"), QStringLiteral("multi"));
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
        Plugin::DatasourceProvider dp;
        dp.identity.name = QStringLiteral("drive");
        dp.providerType = QStringLiteral("online_drive");
        Plugin::Datasource ds;
        ds.identity.name = QStringLiteral("files");
        dp.datasources << ds;
        d.datasource = dp;
        Plugin::TriggerProvider trig;
        trig.identity.name = QStringLiteral("hooks");
        Plugin::TriggerEvent ev;
        ev.identity.name = QStringLiteral("push");
        trig.events << ev;
        d.trigger = trig;

        const QList<PluginAction> actions = actionsFor(d);
        QStringList keys;
        for (const auto &a : actions)
            keys << a.key;
        for (const char *expected :
             {"tool:invoke_tool:search/web", "tool:validate_tool_credentials:search",
              "dynamic_parameter:fetch_parameter_options:search/web/region", "oauth:get_authorization_url:search",
              "model:validate_provider_credentials:acme", "model:invoke_llm:acme/acme-1", "endpoint:invoke_endpoint:POST /hook",
              "datasource:validate_datasource_credentials:drive", "datasource:invoke_online_drive_browse_files:drive/files",
              "trigger:validate_trigger_credentials:hooks", "trigger:invoke_trigger_event:hooks/push", "raw"})
            QVERIFY2(keys.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + QLatin1String(" in ") + keys.join(',')));
        QCOMPARE(keys.size(), QSet<QString>(keys.begin(), keys.end()).size()); // keys are unique
        QVERIFY(findAction(actions, QStringLiteral("raw")));
        QVERIFY(!findAction(actions, QStringLiteral("tool:invoke_tool:search/none")));

        // The requests carry the form values where the protocol wants them.
        const PluginAction *web = findAction(actions, QStringLiteral("tool:invoke_tool:search/web"));
        QCOMPARE(web->target, QStringLiteral("search/web"));
        auto r = web->build({{QStringLiteral("q"), QStringLiteral("cats")}}, {{QStringLiteral("api_key"), QStringLiteral("k")}});
        QCOMPARE(r.type, QStringLiteral("tool"));
        QCOMPARE(r.fields.value(QStringLiteral("tool_parameters")).toObject().value(QStringLiteral("q")).toString(), QStringLiteral("cats"));
        QCOMPARE(r.fields.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("api_key")).toString(), QStringLiteral("k"));
        QCOMPARE(r.fields.value(QStringLiteral("tool")).toString(), QStringLiteral("web"));
        const PluginAction *chat = findAction(actions, QStringLiteral("model:invoke_llm:acme/acme-1"));
        r = chat->build({{QStringLiteral("model"), QStringLiteral("acme-1")}, {QStringLiteral("system"), QStringLiteral("be brief")},
                         {QStringLiteral("prompt"), QStringLiteral("hi")}, {QStringLiteral("stream"), true}},
                        {});
        QCOMPARE(r.action, QStringLiteral("invoke_llm"));
        const QJsonArray msgs = r.fields.value(QStringLiteral("prompt_messages")).toArray();
        QCOMPARE(msgs.size(), 2);
        QCOMPARE(msgs.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(msgs.at(1).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("hi"));
        const PluginAction *hook = findAction(actions, QStringLiteral("endpoint:invoke_endpoint:POST /hook"));
        QCOMPARE(hook->target, QStringLiteral("POST /hook"));
        r = hook->build({{QStringLiteral("path"), QStringLiteral("/hook?x=1")}, {QStringLiteral("body"), QStringLiteral("{}")}}, {});
        const QByteArray http = QByteArray::fromHex(r.fields.value(QStringLiteral("raw_http_request")).toString().toLatin1());
        QVERIFY2(http.startsWith("POST /hook?x=1 HTTP/1.1\r\n"), http.constData());
        const PluginAction *push = findAction(actions, QStringLiteral("trigger:invoke_trigger_event:hooks/push"));
        r = push->build({{QStringLiteral("__payload"), QStringLiteral("{\"ref\":\"main\"}")}}, {});
        QCOMPARE(r.action, QStringLiteral("invoke_trigger_event"));
        QVERIFY(!r.fields.value(QStringLiteral("parameters")).toObject().contains(QStringLiteral("__payload")));
        const PluginAction *drive = findAction(actions, QStringLiteral("datasource:invoke_online_drive_browse_files:drive/files"));
        r = drive->build({{QStringLiteral("max_keys"), 5}}, {});
        QCOMPARE(r.fields.value(QStringLiteral("request")).toObject().value(QStringLiteral("max_keys")).toInt(), 5);

        // A customizable-model provider (no predefined models) gets one action per model type, with
        // the model credentials in its form and no model name filled in.
        Plugin::PluginDeclaration custom = declaration(QStringLiteral("me"), QStringLiteral("local"));
        Plugin::ModelProvider cp;
        cp.provider = QStringLiteral("local");
        cp.supportedModelTypes = {QStringLiteral("llm"), QStringLiteral("text-embedding"), QStringLiteral("unknown-type")};
        Plugin::ConfigField endpoint;
        endpoint.name = QStringLiteral("endpoint_url");
        cp.modelCredentials << endpoint;
        custom.model = cp;
        const QList<PluginAction> customActions = actionsFor(custom);
        const PluginAction *customLlm = findAction(customActions, QStringLiteral("model:invoke_llm:local/llm"));
        QVERIFY(customLlm);
        QCOMPARE(customLlm->credentials.size(), 1);
        QVERIFY(findAction(customActions, QStringLiteral("model:invoke_text_embedding:local/text-embedding")));
        QCOMPARE(customActions.size(), 4); // validate, llm, embedding, raw (the unknown type has no action)
    }

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
        QCOMPARE(HistoryStore::lineDiff(QStringLiteral("a\nb\nc"), QStringLiteral("a\nx\nc")), QStringLiteral("  a\n- b\n+ x\n  c"));
    }
};

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_session.moc"
