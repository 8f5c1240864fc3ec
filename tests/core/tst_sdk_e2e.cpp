// SPDX-License-Identifier: GPL-3.0-or-later
// End to end with the REAL dify_plugin SDK from PyPI (0.7.x on Python 3.11): environments built
// by EnvironmentManager (and reused from its cache), plugins started by LocalPlugin, reverse calls
// answered by DefaultReverseHandler. Network failures of pip make this test FAIL with pip's output.

#include "tst_runtime_util.h"

#include "core/runtime/filestore.h"
#include "core/runtime/reverse.h"
#include "core/runtime/storage.h"
#include "core/runtime/streamassembler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace Studio::Runtime;
using namespace RuntimeTest;

namespace {

QString sdkFixture(const char *name)
{
    return QStringLiteral(STUDIO_FIXTURES "/sdk/") + QLatin1String(name);
}

// A loopback OpenAI-compatible server: POST /v1/chat/completions answers an SSE stream.
class FakeOpenAI : public QTcpServer
{
public:
    QList<QByteArray> requests;
    FakeOpenAI()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            auto buf = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, s, [this, s, buf] {
                buf->append(s->readAll());
                const qsizetype he = buf->indexOf("\r\n\r\n");
                if (he < 0)
                    return;
                const QByteArray lower = buf->left(he).toLower();
                const qsizetype cl = lower.indexOf("content-length:");
                const qint64 len = cl < 0 ? 0 : lower.mid(cl + 15, lower.indexOf("\r\n", cl) - cl - 15).trimmed().toLongLong();
                if (buf->size() < he + 4 + len)
                    return;
                requests << *buf;
                if (!buf->startsWith("POST /v1/chat/completions") || !lower.contains("authorization: bearer test-key")) {
                    s->write("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    s->disconnectFromHost();
                    return;
                }
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n");
                const QList<QByteArray> pieces{"Hello", " from the", " fake server"};
                for (int i = 0; i < pieces.size(); ++i) {
                    QTimer::singleShot(20 * (i + 1), s, [s, piece = pieces[i], last = i == pieces.size() - 1] {
                        QJsonObject choice{{QStringLiteral("index"), 0},
                                           {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), QString::fromUtf8(piece)}}},
                                           {QStringLiteral("finish_reason"), last ? QJsonValue(QStringLiteral("stop")) : QJsonValue()}};
                        QJsonObject ev{{QStringLiteral("choices"), QJsonArray{choice}}};
                        if (last)
                            ev.insert(QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 5}, {QStringLiteral("completion_tokens"), 4}});
                        s->write("data: " + QJsonDocument(ev).toJson(QJsonDocument::Compact) + "\n\n");
                        if (last) {
                            s->write("data: [DONE]\n\n");
                            s->disconnectFromHost();
                        }
                    });
                }
            });
        });
        listen(QHostAddress::LocalHost, 0);
    }
};

AssembledResult assemble(Invocation *inv)
{
    StreamAssembler a;
    for (const QJsonObject &c : inv->chunks()) {
        const auto r = a.add(c);
        if (!r)
            qWarning() << "chunk refused:" << r.error().message;
    }
    return a.result();
}

} // namespace

class TestSdkE2E : public QObject
{
    Q_OBJECT

    QString m_cache;
    QTemporaryDir m_tmp;
    SqliteStorage *m_storage = nullptr;
    FileStore m_files;
    DefaultReverseHandler m_handler;
    FakeOpenAI m_openai;
    LocalPlugin *m_toolbox = nullptr, *m_fakeai = nullptr, *m_agent = nullptr;

    LocalPluginOptions options()
    {
        LocalPluginOptions o;
        o.env.cacheRoot = m_cache;
        o.heartbeatIntervalSec = 1;
        o.readyTimeoutMs = 120000;
        o.extraEnv.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        return o;
    }

private slots:
    void initTestCase()
    {
        m_cache = QStringLiteral(STUDIO_BUILD_DIR "/sdk-env-cache");
        m_storage = new SqliteStorage(m_tmp.filePath(QStringLiteral("storage.db")));
        QVERIFY(m_files.listen());
        QVERIFY(m_openai.isListening());
        m_handler.setStorage(m_storage);
        m_handler.setFileStore(&m_files);
    }

    void cleanupTestCase()
    {
        for (LocalPlugin *p : {m_toolbox, m_fakeai, m_agent})
            delete p;
        delete m_storage;
    }

    void environmentIsBuiltOnceAndCached()
    {
        EnvOptions o;
        o.cacheRoot = m_cache;
        QStringList log;
        const auto first = EnvironmentManager::prepareBlocking(sdkFixture("toolbox"), o, [&](const QString &l) { log << l; });
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message + QStringLiteral("\n") + log.join(QLatin1Char('\n')).right(3000)));
        qInfo("first preparation: %lld ms (from cache: %s)", first->elapsedMs, first->fromCache ? "yes" : "no");
        QVERIFY(QFileInfo::exists(first->venvDir + QStringLiteral("/dify/plugin.json")));
        // Same requirements -> same environment, in seconds.
        for (const char *name : {"fakeai", "relay_agent", "toolbox"}) {
            const auto again = EnvironmentManager::prepareBlocking(sdkFixture(name), o);
            QVERIFY(again);
            QVERIFY(again->fromCache);
            QCOMPARE(again->venvDir, first->venvDir);
            QVERIFY2(again->elapsedMs < 5000, qPrintable(QString::number(again->elapsedMs)));
        }
    }

    void startPlugins()
    {
        m_toolbox = new LocalPlugin(sdkFixture("toolbox"), options(), &m_handler);
        m_fakeai = new LocalPlugin(sdkFixture("fakeai"), options(), &m_handler);
        m_agent = new LocalPlugin(sdkFixture("relay_agent"), options(), &m_handler);
        QString out;
        for (LocalPlugin *p : {m_toolbox, m_fakeai, m_agent}) {
            connect(p, &LocalPlugin::output, this, [&out](const QString &t, bool) { out += t; });
            p->start();
        }
        for (LocalPlugin *p : {m_toolbox, m_fakeai, m_agent})
            QVERIFY2(waitActive(*p, 120000), qPrintable(p->lastError() + QStringLiteral("\n") + out.right(3000)));
        m_handler.setPluginLookup([this](const QString &kind, const QString &provider) -> PluginConnection * {
            if (kind == QLatin1String("tool") && provider.endsWith(QLatin1String("toolbox")))
                return m_toolbox->connection();
            if (kind == QLatin1String("model") && provider.endsWith(QLatin1String("fakeai")))
                return m_fakeai->connection();
            return nullptr;
        });
        m_handler.setCredentialsLookup([this](const QString &kind, const QString &) {
            if (kind == QLatin1String("tool"))
                return QJsonObject{{QStringLiteral("api_key"), QStringLiteral("sesame")}};
            return QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_openai.serverPort())},
                               {QStringLiteral("api_key"), QStringLiteral("test-key")}};
        });
    }

    void toolCredentials()
    {
        Invocation *ok = m_toolbox->invoke(InvokeRequest::validateToolCredentials(QStringLiteral("toolbox"),
            QJsonObject{{QStringLiteral("api_key"), QStringLiteral("sesame")}}));
        QVERIFY(waitFinished(ok, 60000));
        QVERIFY2(ok->state() == InvocationState::Succeeded, qPrintable(ok->error().message));
        QCOMPARE(ok->chunks().first().value(QStringLiteral("result")).toBool(), true);
        Invocation *bad = m_toolbox->invoke(InvokeRequest::validateToolCredentials(QStringLiteral("toolbox"),
            QJsonObject{{QStringLiteral("api_key"), QStringLiteral("wrong")}}));
        QVERIFY(waitFinished(bad, 60000));
        QCOMPARE(bad->state(), InvocationState::Failed);
        QCOMPARE(bad->pluginErrorType(), QStringLiteral("ToolProviderCredentialValidationError"));
        QVERIFY(bad->error().message.contains(QStringLiteral("the API key is wrong")));
    }

    void toolWithBlobFileAndStorage()
    {
        const QUrl url = m_files.addFile("document content", QStringLiteral("in.txt"), QStringLiteral("text/plain"));
        const QJsonObject fileParam = m_files.fileParameter(url.path().section(QLatin1Char('/'), -1));
        for (int call = 1; call <= 2; ++call) {
            Invocation *inv = m_toolbox->invoke(InvokeRequest::invokeTool(QStringLiteral("toolbox"), QStringLiteral("secret_echo"),
                QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}, {QStringLiteral("blob_size"), 20000},
                            {QStringLiteral("document"), fileParam}},
                QJsonObject{{QStringLiteral("api_key"), QStringLiteral("sesame")}}));
            QVERIFY(waitFinished(inv, 60000));
            QVERIFY2(inv->state() == InvocationState::Succeeded, qPrintable(inv->error().message + inv->pluginTraceback()));
            QVERIFY(inv->reverseCallCount() >= 2); // storage exist/get/set
            const AssembledResult r = assemble(inv);
            QCOMPARE(r.text, QStringLiteral("echo: hi | file in.txt: document content"));
            QCOMPARE(r.variables.value(QStringLiteral("calls")).toInt(), call);
            QCOMPARE(r.blobs.size(), 1);
            QVERIFY(r.blobs.first().complete);
            QCOMPARE(r.blobs.first().data.size(), 20000);
            for (int i = 0; i < 20000; i += 1013)
                QCOMPARE(quint8(r.blobs.first().data.at(i)), quint8((i * 13 + 5) % 256));
            QCOMPARE(r.blobs.first().meta.value(QStringLiteral("filename")).toString(), QStringLiteral("out.bin"));
        }
        QCOMPARE(*m_storage->get(QStringLiteral("studio-tests/sdk_toolbox"), QStringLiteral("calls")), QByteArray("2"));
    }

    void endpoint()
    {
        const QByteArray raw = InvokeRequest::serializeHttpRequest(QStringLiteral("POST"), QStringLiteral("/echo/alice?q=1"),
            {{"Content-Type", "application/json"}}, "{\"x\":[1,2]}");
        Invocation *inv = m_toolbox->invoke(InvokeRequest::invokeEndpoint(raw, QJsonObject{{QStringLiteral("greeting"), QStringLiteral("bonjour")}}));
        QVERIFY(waitFinished(inv, 60000));
        QVERIFY2(inv->state() == InvocationState::Succeeded, qPrintable(inv->error().message));
        const AssembledResult r = assemble(inv);
        QVERIFY(r.isEndpoint);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.headers.value(QStringLiteral("X-Echo")).toString(), QStringLiteral("yes"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("alice"));
        QCOMPARE(body.value(QStringLiteral("greeting")).toString(), QStringLiteral("bonjour"));
        QCOMPARE(body.value(QStringLiteral("query")).toString(), QStringLiteral("1"));
        QCOMPARE(body.value(QStringLiteral("payload")).toObject().value(QStringLiteral("x")).toArray().size(), 2);
    }

    void modelStreamsFromLocalServer()
    {
        const QJsonObject creds{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_openai.serverPort())},
                                {QStringLiteral("api_key"), QStringLiteral("test-key")}};
        Invocation *inv = m_fakeai->invoke(InvokeRequest::invokeLlm(QStringLiteral("fakeai"), QStringLiteral("fake-chat"), creds,
            QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("Say hello")}}},
            QJsonObject{{QStringLiteral("temperature"), 0.2}}));
        QVERIFY(waitFinished(inv, 60000));
        QVERIFY2(inv->state() == InvocationState::Succeeded, qPrintable(inv->error().message + inv->pluginTraceback()));
        QVERIFY(inv->chunks().size() >= 3);
        const AssembledResult r = assemble(inv);
        QVERIFY(r.isLlm);
        QCOMPARE(r.llmText, QStringLiteral("Hello from the fake server"));
        QCOMPARE(r.finishReason, QStringLiteral("stop"));
        QCOMPARE(r.usage.value(QStringLiteral("total_tokens")).toInt(), 9);
        QVERIFY(r.usage.value(QStringLiteral("total_price")).isString()); // pydantic Decimal
        QVERIFY(StreamAssembler::decimal(r.usage.value(QStringLiteral("total_price"))) > 0);
        QVERIFY(m_openai.requests.last().contains("Say hello"));

        // wrong key -> the plugin's mapped error
        QJsonObject badCreds = creds;
        badCreds.insert(QStringLiteral("api_key"), QStringLiteral("nope"));
        Invocation *bad = m_fakeai->invoke(InvokeRequest::invokeLlm(QStringLiteral("fakeai"), QStringLiteral("fake-chat"), badCreds,
            QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("x")}}}));
        QVERIFY(waitFinished(bad, 60000));
        QCOMPARE(bad->state(), InvocationState::Failed);
        QVERIFY2(bad->error().message.contains(QStringLiteral("refused the API key")), qPrintable(bad->error().message));

        Invocation *tokens = m_fakeai->invoke(InvokeRequest::getLlmNumTokens(QStringLiteral("fakeai"), QStringLiteral("fake-chat"), creds,
            QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("one two three")}}}));
        QVERIFY(waitFinished(tokens, 60000));
        QCOMPARE(tokens->chunks().first().value(QStringLiteral("num_tokens")).toInt(), 3);
    }

    void agentCallsBackModelAndTool()
    {
        Invocation *inv = m_agent->invoke(InvokeRequest::invokeAgentStrategy(QStringLiteral("relay"), QStringLiteral("relay"),
            QJsonObject{{QStringLiteral("query"), QStringLiteral("Greet me")},
                        {QStringLiteral("model_provider"), QStringLiteral("studio-tests/sdk_fakeai/fakeai")},
                        {QStringLiteral("model_name"), QStringLiteral("fake-chat")},
                        {QStringLiteral("tool_provider"), QStringLiteral("studio-tests/sdk_toolbox/toolbox")},
                        {QStringLiteral("tool_name"), QStringLiteral("secret_echo")}}));
        QVERIFY(waitFinished(inv, 120000));
        QVERIFY2(inv->state() == InvocationState::Succeeded, qPrintable(inv->error().message + inv->pluginTraceback()));
        QCOMPARE(inv->reverseCallCount(), 2);
        const AssembledResult r = assemble(inv);
        QCOMPARE(r.text, QStringLiteral("model: Hello from the fake server | tool: echo: Hello from the fake server"));
        QCOMPARE(r.blobs.size(), 1); // agents send single blobs, not chunks
        QCOMPARE(r.blobs.first().data, QByteArray("agent-blob-bytes"));
    }

    // A dify_plugin tool calling self.session.workflow_node.* and model.summary back; no inner API
    // is set, so the studio runs the nodes on the fakeai model plugin (local emulation).
    void workflowNodesEmulatedOnAModelPlugin()
    {
        m_handler.setSystemModel(SystemModelConfig::fromString(QStringLiteral("studio-tests/sdk_fakeai/fakeai/fake-chat")));
        LocalPlugin nodes(QStringLiteral(STUDIO_FIXTURES "/runtime/sdk_nodes"), options(), &m_handler);
        QString out;
        connect(&nodes, &LocalPlugin::output, this, [&out](const QString &t, bool) { out += t; });
        nodes.start();
        QVERIFY2(waitActive(nodes, 120000), qPrintable(nodes.lastError() + QStringLiteral("\n") + out.right(3000)));
        const qsizetype before = m_openai.requests.size();
        Invocation *inv = nodes.invoke(InvokeRequest::invokeTool(QStringLiteral("nodes"), QStringLiteral("route"),
            QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi there, greetings from Oslo")},
                        {QStringLiteral("model_provider"), QStringLiteral("studio-tests/sdk_fakeai/fakeai")},
                        {QStringLiteral("model_name"), QStringLiteral("fake-chat")}}));
        QVERIFY(waitFinished(inv, 120000));
        QVERIFY2(inv->state() == InvocationState::Succeeded, qPrintable(inv->error().message + inv->pluginTraceback()));
        QCOMPARE(inv->reverseCallCount(), 3);
        const AssembledResult r = assemble(inv);
        QCOMPARE(r.jsons.size(), 3);
        const QJsonObject classified = r.jsons[0].toObject();
        // The fake model answers "Hello from the fake server": prose naming exactly one class.
        QCOMPARE(classified.value(QStringLiteral("outputs")).toObject().value(QStringLiteral("class_id")).toString(), QStringLiteral("greeting"));
        QCOMPARE(classified.value(QStringLiteral("process_data")).toObject().value(QStringLiteral("model_name")).toString(), QStringLiteral("fake-chat"));
        const QJsonObject extracted = r.jsons[1].toObject().value(QStringLiteral("outputs")).toObject();
        QCOMPARE(extracted.value(QStringLiteral("__is_success")).toInt(), 0); // no JSON in the answer
        QCOMPARE(extracted.value(QStringLiteral("city")).toString(), QString());
        QCOMPARE(r.jsons[2].toObject().value(QStringLiteral("summary")).toString(), QStringLiteral("Hello from the fake server"));
        QCOMPARE(m_openai.requests.size(), before + 3);
        QVERIFY(m_openai.requests.last().contains("greetings from Oslo"));
    }
};

QTEST_GUILESS_MAIN(TestSdkE2E)
#include "tst_sdk_e2e.moc"
