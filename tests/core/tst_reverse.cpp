// SPDX-License-Identifier: GPL-3.0-or-later
// Reverse invocation (protocol.md §6) against the real fixture process: storage in a real SQLite
// file, permission checks, the model-plugin block, upload/download through the loopback file
// store, calls routed to another plugin, and Dify app calls (not configured / a loopback fake).

#include "tst_runtime_util.h"

#include "core/runtime/filestore.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/reverse.h"
#include "core/runtime/stdiotransport.h"
#include "core/runtime/storage.h"
#include "core/runtime/streamassembler.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QJsonObject op(const QString &opt, const QString &key, const QByteArray &value = {})
{
    QJsonObject o{{QStringLiteral("opt"), opt}, {QStringLiteral("key"), key}};
    if (opt == QLatin1String("set"))
        o.insert(QStringLiteral("value"), QString::fromLatin1(value.toHex()));
    return o;
}

// Runs the fixture's `storage` / `reverse` mode and returns, per call, the replies the plugin saw.
QJsonArray runReverse(LocalPlugin &plugin, const QString &mode, const QJsonArray &calls, Invocation **out = nullptr)
{
    Invocation *inv = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
        QJsonObject{{QStringLiteral("mode"), mode},
                    {mode == QLatin1String("storage") ? QStringLiteral("ops") : QStringLiteral("calls"), calls}}));
    if (out)
        *out = inv;
    if (!waitFinished(inv) || inv->state() != InvocationState::Succeeded) {
        qWarning() << "reverse run failed:" << inv->error().message;
        return {};
    }
    QJsonArray result;
    for (const QJsonObject &c : inv->chunks())
        result.append(c.value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object"))
                          .toObject().value(QStringLiteral("replies")));
    return result;
}

QJsonObject firstData(const QJsonValue &replies)
{
    return replies.toArray().first().toObject().value(QStringLiteral("data")).toObject();
}

QString errorOf(const QJsonValue &replies)
{
    for (const QJsonValue &r : replies.toArray())
        if (r.toObject().value(QStringLiteral("event")).toString() == QLatin1String("error"))
            return r.toObject().value(QStringLiteral("message")).toString();
    return {};
}

bool endsWithEnd(const QJsonValue &replies)
{
    const QJsonArray a = replies.toArray();
    return !a.isEmpty() && a.last().toObject().value(QStringLiteral("event")).toString() == QLatin1String("end");
}

// A one-route fake of the Dify service API on loopback.
class FakeDify : public QTcpServer
{
public:
    QByteArray lastRequest;
    FakeDify()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            auto buf = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [this, s, buf] {
                buf->append(s->readAll());
                const qsizetype he = buf->indexOf("\r\n\r\n");
                if (he < 0)
                    return;
                const qsizetype cl = buf->toLower().indexOf("content-length:");
                const qint64 len = cl < 0 ? 0 : buf->mid(cl + 15, buf->indexOf("\r\n", cl) - cl - 15).trimmed().toLongLong();
                if (buf->size() < he + 4 + len)
                    return;
                lastRequest = *buf;
                QByteArray body;
                int status = 200;
                if (!buf->contains("Authorization: Bearer app-key"))
                    status = 401, body = R"({"code":"unauthorized"})";
                else if (buf->startsWith("POST /v1/chat-messages") && buf->contains("\"response_mode\":\"streaming\"")) {
                    // Server-sent events, the second event split over two writes; "huge" sends an
                    // event line that never ends.
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n");
                    if (buf->contains("\"query\":\"huge\"")) {
                        s->write("data: {\"answer\":\"");
                        for (int i = 0; i < 17; ++i)
                            s->write(QByteArray(1024 * 1024, 'h'));
                    } else {
                        s->write("data: {\"event\":\"message\",\"answer\":\"one\"}\n\ndata: {\"event\":\"mess");
                        s->flush();
                        s->write("age\",\"answer\":\"two\"}\n\n");
                    }
                    s->disconnectFromHost();
                    return;
                } else if (buf->startsWith("POST /v1/chat-messages"))
                    body = R"({"event":"message","answer":"hello from dify","conversation_id":"c1"})";
                else if (buf->startsWith("GET /v1/info"))
                    body = R"({"name":"My app","mode":"chat"})";
                else
                    status = 404, body = R"({"code":"not_found"})";
                s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
        listen(QHostAddress::LocalHost, 0);
    }
};

} // namespace

class TestReverse : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void keyRules()
    {
        QVERIFY(validateStorageKey(QStringLiteral("a/b.json")));
        QVERIFY(validateStorageKey(QStringLiteral("a/../b"))); // cleans to "b", like the daemon
        QCOMPARE(validateStorageKey(QStringLiteral("../secret")).error().message,
                 QStringLiteral("invalid key: path traversal attempt detected"));
        QCOMPARE(validateStorageKey(QStringLiteral("a\\b")).error().message,
                 QStringLiteral("invalid key: path traversal attempt detected"));
        QCOMPARE(validateStorageKey(QString(257, QLatin1Char('k'))).error().message,
                 QStringLiteral("key length must be less than 256 characters"));
        QVERIFY(validateStorageKey(QString(256, QLatin1Char('k'))));
        QVERIFY(!validateStorageKey(QString()));
    }

    void sqliteStorageDirect()
    {
        const QString db = m_dir.filePath(QStringLiteral("direct.db"));
        SqliteStorage s(db);
        QVERIFY(s.open());
        QVERIFY(s.set(QStringLiteral("a/x"), QStringLiteral("k"), QByteArray(1000, 'a'), 2000));
        QVERIFY(s.set(QStringLiteral("a/x"), QStringLiteral("k"), QByteArray(1900, 'b'), 2000)); // overwrite counts the difference
        const auto refused = s.set(QStringLiteral("a/x"), QStringLiteral("k2"), QByteArray(200, 'c'), 2000);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Studio::ErrorCode::TooLarge);
        QVERIFY(refused.error().message.startsWith(QStringLiteral("allocated size is greater than max storage size")));
        QCOMPARE(*s.exists(QStringLiteral("a/x"), QStringLiteral("k2")), false); // nothing written
        QCOMPARE(*s.usage(QStringLiteral("a/x")), 1900);
        // another plugin has its own scope; the global cap applies to it
        s.setGlobalCap(100);
        QVERIFY(!s.set(QStringLiteral("b/y"), QStringLiteral("k"), QByteArray(101, 'd'), 0));
        QVERIFY(s.set(QStringLiteral("b/y"), QStringLiteral("k"), QByteArray(100, 'd'), 0));
        QVERIFY(!s.get(QStringLiteral("b/y"), QStringLiteral("missing")));
        QCOMPARE(*s.remove(QStringLiteral("b/y"), QStringLiteral("k")), 1);
        QCOMPARE(*s.remove(QStringLiteral("b/y"), QStringLiteral("k")), 0);
    }

    void storageRoundTripThroughThePlugin()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("storage.db"));
        SqliteStorage storage(dbPath);
        DefaultReverseHandler handler;
        handler.setStorage(&storage);
        LocalPlugin plugin(fixtureDir(), fastOptions(), &handler);
        plugin.start();
        QVERIFY(waitActive(plugin));

        static const char raw[] = "Lyon \xe2\x98\x80 \x00\x01 binary"; // embedded NUL: size from the array
        const QByteArray value(raw, sizeof(raw) - 1);
        const QJsonArray r = runReverse(plugin, QStringLiteral("storage"), QJsonArray{
            op(QStringLiteral("set"), QStringLiteral("city"), value),
            op(QStringLiteral("get"), QStringLiteral("city")),
            op(QStringLiteral("exist"), QStringLiteral("city")),
            op(QStringLiteral("exist"), QStringLiteral("nothing")),
            op(QStringLiteral("get"), QStringLiteral("nothing")),
            op(QStringLiteral("set"), QStringLiteral("big"), QByteArray(5000, 'z')),  // manifest quota 4096
            op(QStringLiteral("exist"), QStringLiteral("big")),
            op(QStringLiteral("set"), QStringLiteral("../escape"), "x"),
            op(QStringLiteral("set"), QString(300, QLatin1Char('k')), "x"),
            op(QStringLiteral("set"), QStringLiteral("bad-hex"), {}),
            op(QStringLiteral("del"), QStringLiteral("tmp")),
        });
        QCOMPARE(r.size(), 11);
        for (const QJsonValue &replies : r)
            QVERIFY(endsWithEnd(replies));
        QCOMPARE(firstData(r[0]).value(QStringLiteral("data")).toString(), QStringLiteral("ok"));
        QCOMPARE(QByteArray::fromHex(firstData(r[1]).value(QStringLiteral("data")).toString().toLatin1()), value);
        QCOMPARE(firstData(r[2]).value(QStringLiteral("data")).toBool(), true);
        QCOMPARE(firstData(r[2]).value(QStringLiteral("exist_num")).toInt(), 1);
        QCOMPARE(firstData(r[3]).value(QStringLiteral("data")).toBool(), false);
        QCOMPARE(errorOf(r[4]), QStringLiteral("load data failed, please check if the key is correct or you have not set it"));
        QVERIFY2(errorOf(r[5]).startsWith(QStringLiteral("save data failed: allocated size is greater than max storage size")),
                 qPrintable(errorOf(r[5])));
        QCOMPARE(firstData(r[6]).value(QStringLiteral("data")).toBool(), false); // refused BEFORE writing
        QCOMPARE(errorOf(r[7]), QStringLiteral("save data failed: invalid key: path traversal attempt detected"));
        QCOMPARE(errorOf(r[8]), QStringLiteral("save data failed: key length must be less than 256 characters"));
        QVERIFY(errorOf(r[9]).isEmpty()); // empty hex = empty value, allowed
        QCOMPARE(firstData(r[10]).value(QStringLiteral("deleted_num")).toInt(), 0);

        const QJsonArray d = runReverse(plugin, QStringLiteral("storage"), QJsonArray{
            op(QStringLiteral("set"), QStringLiteral("tmp"), "1"), op(QStringLiteral("del"), QStringLiteral("tmp"))});
        QCOMPARE(firstData(d[1]).value(QStringLiteral("deleted_num")).toInt(), 1);
        plugin.stop();
        QTRY_COMPARE(plugin.state(), RuntimeState::Stopped);

        // Persisted in the real SQLite file, scoped by author/name.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("verify"));
            db.setDatabaseName(dbPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT plugin_id, key, value FROM plugin_storage ORDER BY key")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("studio-tests/echo_plugin"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("bad-hex"));
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toString(), QStringLiteral("city"));
            QCOMPARE(q.value(2).toByteArray(), value);
            QVERIFY(!q.next());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("verify"));

        // A new studio session (new storage object) sees the same data.
        SqliteStorage again(dbPath);
        QCOMPARE(*again.get(QStringLiteral("studio-tests/echo_plugin"), QStringLiteral("city")), value);
    }

    void permissionDeniedAndModelBlock()
    {
        SqliteStorage storage(m_dir.filePath(QStringLiteral("denied.db")));
        DefaultReverseHandler handler;
        handler.setStorage(&storage);
        QSignalSpy denied(&handler, &DefaultReverseHandler::permissionDenied);

        auto decl = loadRuntimeDeclaration(fixtureDir());
        QVERIFY(decl);
        decl->manifest.permissions.storage = false;
        decl->manifest.permissions.tool = false;
        StdioOptions so;
        so.program = python();
        so.args = {QStringLiteral("-m"), QStringLiteral("main")};
        so.workingDir = fixtureDir();
        so.heartbeatIntervalSec = 0.2;
        auto t = std::make_unique<StdioTransport>(so);
        StdioTransport *raw = t.get();
        PluginConnection conn(std::move(t), *decl, &handler);
        QSignalSpy ready(&conn, &PluginConnection::ready);
        QVERIFY(raw->start());
        QVERIFY(ready.wait(20000));

        Invocation *inv = conn.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("reverse")},
                        {QStringLiteral("calls"), QJsonArray{
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("storage")}, {QStringLiteral("request"), op(QStringLiteral("get"), QStringLiteral("k"))}},
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")}, {QStringLiteral("request"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("x")}}}},
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("node_question_classifier")}, {QStringLiteral("request"), QJsonObject()}},
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("teleport")}, {QStringLiteral("request"), QJsonObject()}},
                        }}}));
        QVERIFY(waitFinished(inv));
        QCOMPARE(inv->state(), InvocationState::Succeeded);
        QCOMPARE(inv->reverseCallCount(), 4);
        QJsonArray replies;
        for (const QJsonObject &c : inv->chunks())
            replies.append(c.value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject().value(QStringLiteral("replies")));
        QCOMPARE(errorOf(replies[0]), QStringLiteral("permission denied, you need to enable storage access in plugin manifest"));
        QCOMPARE(errorOf(replies[1]), QStringLiteral("permission denied, you need to enable tool access in plugin manifest"));
        QCOMPARE(errorOf(replies[2]), QStringLiteral("permission denied, you need to enable node access in plugin manifest"));
        QCOMPARE(errorOf(replies[3]), QStringLiteral("unsupported invoke type: teleport"));
        for (const QJsonValue &r : replies) {
            QVERIFY(endsWithEnd(r));
            // all four keys on every reply
            for (const QJsonValue &one : r.toArray())
                QCOMPARE(one.toObject().keys().size(), 3); // event, message, data as seen by the plugin (+ id)
        }
        QCOMPARE(denied.size(), 3);
        QCOMPARE(denied.first().at(0).toString(), QStringLiteral("studio-tests/echo_plugin"));
        QCOMPARE(denied.first().at(1).toString(), QStringLiteral("storage"));

        // A model session may not call back at all.
        Invocation *model = conn.invoke(InvokeRequest::invokeLlm(QStringLiteral("echo"), QStringLiteral("reverse-attempt"), {}, {}));
        QVERIFY(waitFinished(model));
        QCOMPARE(model->state(), InvocationState::Succeeded);
        const QJsonValue modelReplies = model->chunks().first().value(QStringLiteral("message")).toObject()
                                            .value(QStringLiteral("json_object")).toObject().value(QStringLiteral("replies"));
        QCOMPARE(errorOf(modelReplies), QStringLiteral("you can not invoke dify from model"));
        QVERIFY(endsWithEnd(modelReplies));
        QCOMPARE(denied.size(), 4);
        conn.close(QStringLiteral("done"));
        QTRY_VERIFY(!conn.isOpen());
    }

    void uploadAndDownloadThroughFileStore()
    {
        FileStore store;
        QVERIFY(store.listen());
        QVERIFY(store.port() > 0);
        QSignalSpy uploaded(&store, &FileStore::fileUploaded);
        DefaultReverseHandler handler;
        handler.setFileStore(&store);
        LocalPlugin plugin(fixtureDir(), fastOptions(), &handler);
        plugin.start();
        QVERIFY(waitActive(plugin));
        Invocation *inv = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("upload")}, {QStringLiteral("text"), QStringLiteral("file body 123")}}));
        QVERIFY(waitFinished(inv));
        QVERIFY2(inv->state() == InvocationState::Succeeded, qPrintable(inv->error().message));
        const QJsonObject res = inv->chunks().first().value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject();
        QCOMPARE(res.value(QStringLiteral("status")).toInt(), 201);
        const QJsonObject file = res.value(QStringLiteral("file")).toObject();
        QCOMPARE(file.value(QStringLiteral("name")).toString(), QStringLiteral("notes.txt"));
        QCOMPARE(file.value(QStringLiteral("size")).toInt(), 13);
        QCOMPARE(file.value(QStringLiteral("extension")).toString(), QStringLiteral(".txt"));
        QCOMPARE(file.value(QStringLiteral("mime_type")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(file.value(QStringLiteral("type")).toString(), QStringLiteral("document"));
        QCOMPARE(res.value(QStringLiteral("downloaded")).toString(), QStringLiteral("file body 123"));
        QCOMPARE(uploaded.size(), 1);
        QCOMPARE(store.file(file.value(QStringLiteral("id")).toString())->data, QByteArray("file body 123"));

        // A file parameter served by the store and fetched by the plugin.
        const QUrl url = store.addFile("parameter content", QStringLiteral("in.txt"), QStringLiteral("text/plain"));
        const QString id = url.path().section(QLatin1Char('/'), -1);
        Invocation *dl = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("echo"), QStringLiteral("echo"),
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("download")}, {QStringLiteral("file"), store.fileParameter(id)}}));
        QVERIFY(waitFinished(dl));
        QVERIFY2(dl->state() == InvocationState::Succeeded, qPrintable(dl->error().message));
        QCOMPARE(dl->chunks().first().value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("parameter content"));
    }

    void hostileUploadRequests()
    {
        FileStore store;
        QVERIFY(store.listen());
        store.setMaxUploadBytes(1000);
        auto send = [&](const QByteArray &raw) {
            // Event-driven: the server runs on this thread.
            QTcpSocket s;
            QByteArray all;
            connect(&s, &QTcpSocket::connected, &s, [&] { s.write(raw); });
            connect(&s, &QTcpSocket::readyRead, &s, [&] { all += s.readAll(); });
            s.connectToHost(QHostAddress::LocalHost, store.port());
            QElapsedTimer t;
            t.start();
            while (s.state() != QAbstractSocket::UnconnectedState && t.elapsed() < 5000)
                QTest::qWait(5);
            return all;
        };
        QVERIFY(send("GET /files/nope HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404"));
        QVERIFY(send("POST /upload/unknown-token HTTP/1.1\r\nContent-Length: 0\r\n\r\n").startsWith("HTTP/1.1 404"));
        const QUrl up = store.createUploadUrl(QStringLiteral("a.bin"), {});
        QVERIFY(send("POST " + up.path().toLatin1() + " HTTP/1.1\r\nContent-Length: 5000\r\n\r\n").startsWith("HTTP/1.1 413"));
        QVERIFY(send("POST " + up.path().toLatin1() + " HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi").startsWith("HTTP/1.1 400"));
        QVERIFY(send("garbage\r\n\r\n").startsWith("HTTP/1.1 400"));
        // The shared HTTP parser's rules hold here too: no CL+TE, chunked bodies capped as well.
        QVERIFY(send("POST " + up.path().toLatin1() + " HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                    .startsWith("HTTP/1.1 400"));
        QVERIFY(send("POST " + up.path().toLatin1() + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\n")
                    .startsWith("HTTP/1.1 413"));
        QVERIFY(store.files().isEmpty());
        // A chunked multipart upload is accepted.
        const QByteArray part = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.txt\"\r\n"
                                "Content-Type: text/plain\r\n\r\nchunked!\r\n--XyZ--\r\n";
        const QByteArray answer = send("POST " + up.path().toLatin1()
                                       + " HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n"
                                         "Transfer-Encoding: chunked\r\n\r\n"
                                       + QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n0\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.constData());
        QCOMPARE(store.files().size(), 1);
        QCOMPARE(store.files().first().data, QByteArray("chunked!"));
    }

    void toolAndModelCallsRoutedToAnotherPlugin()
    {
        DefaultReverseHandler handler;
        LocalPlugin provider(fixtureDir(), fastOptions(), &handler);
        LocalPlugin caller(fixtureDir(), fastOptions(), &handler);
        QStringList lookups;
        handler.setPluginLookup([&](const QString &kind, const QString &name) -> PluginConnection * {
            lookups << kind + QLatin1Char(':') + name;
            return name.endsWith(QLatin1String("echo")) ? provider.connection() : nullptr;
        });
        handler.setCredentialsLookup([](const QString &, const QString &) {
            return QJsonObject{{QStringLiteral("api_key"), QStringLiteral("from-studio")}};
        });
        provider.start();
        caller.start();
        QVERIFY(waitActive(provider));
        QVERIFY(waitActive(caller));
        const QJsonArray r = runReverse(caller, QStringLiteral("reverse"), QJsonArray{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")},
                        {QStringLiteral("request"), QJsonObject{{QStringLiteral("tool_type"), QStringLiteral("builtin")},
                                                                 {QStringLiteral("provider"), QStringLiteral("studio-tests/echo_plugin/echo")},
                                                                 {QStringLiteral("tool"), QStringLiteral("echo")},
                                                                 {QStringLiteral("tool_parameters"), QJsonObject{{QStringLiteral("text"), QStringLiteral("nested")}}}}}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("llm")},
                        {QStringLiteral("request"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("echo")},
                                                                 {QStringLiteral("model"), QStringLiteral("m")},
                                                                 {QStringLiteral("mode"), QStringLiteral("chat")},
                                                                 {QStringLiteral("completion_params"), QJsonObject()},
                                                                 {QStringLiteral("prompt_messages"), QJsonArray()},
                                                                 {QStringLiteral("stream"), true}}}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")},
                        {QStringLiteral("request"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("missing")},
                                                                 {QStringLiteral("tool"), QStringLiteral("x")}}}},
        });
        QCOMPARE(r.size(), 3);
        const QJsonArray tool = r[0].toArray();
        QCOMPARE(tool.size(), 3); // text, json, end
        QCOMPARE(tool[0].toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("message")).toObject()
                     .value(QStringLiteral("text")).toString(), QStringLiteral("echo: nested"));
        QCOMPARE(tool[1].toObject().value(QStringLiteral("message")).toString(), QStringLiteral("stream"));
        const QJsonObject echoed = tool[1].toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("message")).toObject()
                                       .value(QStringLiteral("json_object")).toObject();
        QCOMPARE(echoed.value(QStringLiteral("provider")).toString(), QStringLiteral("echo"));
        QCOMPARE(echoed.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("api_key")).toString(), QStringLiteral("from-studio"));
        QVERIFY(endsWithEnd(r[0]));
        const QJsonArray llm = r[1].toArray();
        QCOMPARE(llm.size(), 3);
        QCOMPARE(llm[1].toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("delta")).toObject()
                     .value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QVERIFY(errorOf(r[2]).contains(QStringLiteral("no running plugin provides the tool provider \"missing\"")));
        QVERIFY(lookups.contains(QStringLiteral("model:echo")));
    }

    void appCallsNeedAConfiguredDify()
    {
        DefaultReverseHandler handler;
        LocalPlugin plugin(fixtureDir(), fastOptions(), &handler);
        plugin.start();
        QVERIFY(waitActive(plugin));
        const QJsonArray calls{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("app")},
                        {QStringLiteral("request"), QJsonObject{{QStringLiteral("app_id"), QStringLiteral("a1")},
                                                                 {QStringLiteral("query"), QStringLiteral("hi")},
                                                                 {QStringLiteral("inputs"), QJsonObject()},
                                                                 {QStringLiteral("response_mode"), QStringLiteral("blocking")},
                                                                 {QStringLiteral("user"), QStringLiteral("u1")}}}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("fetch_app")},
                        {QStringLiteral("request"), QJsonObject{{QStringLiteral("app_id"), QStringLiteral("a1")}}}}};
        QJsonArray r = runReverse(plugin, QStringLiteral("reverse"), calls);
        QVERIFY2(errorOf(r[0]).contains(QStringLiteral("no Dify instance is configured")), qPrintable(errorOf(r[0])));
        QVERIFY(errorOf(r[0]).contains(QStringLiteral("Settings")));

        FakeDify dify;
        QVERIFY(dify.isListening());
        handler.setDifyInstance({QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(dify.serverPort())), QStringLiteral("app-key")});
        r = runReverse(plugin, QStringLiteral("reverse"), calls);
        QCOMPARE(firstData(r[0]).value(QStringLiteral("answer")).toString(), QStringLiteral("hello from dify"));
        QVERIFY(endsWithEnd(r[0]));
        QCOMPARE(firstData(r[1]).value(QStringLiteral("name")).toString(), QStringLiteral("My app"));

        // Streaming answers are split into events by the one line splitter, with a cap per event.
        auto streamingCall = [](const QString &query) {
            return QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("app")},
                                          {QStringLiteral("request"), QJsonObject{{QStringLiteral("app_id"), QStringLiteral("a1")},
                                                                                   {QStringLiteral("query"), query},
                                                                                   {QStringLiteral("inputs"), QJsonObject()},
                                                                                   {QStringLiteral("response_mode"), QStringLiteral("streaming")},
                                                                                   {QStringLiteral("user"), QStringLiteral("u1")}}}}};
        };
        r = runReverse(plugin, QStringLiteral("reverse"), streamingCall(QStringLiteral("hi")));
        QStringList answers;
        for (const QJsonValue &v : r[0].toArray())
            if (v.toObject().value(QStringLiteral("event")).toString() == QLatin1String("response"))
                answers << v.toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("answer")).toString();
        QCOMPARE(answers, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QVERIFY(endsWithEnd(r[0]));
        r = runReverse(plugin, QStringLiteral("reverse"), streamingCall(QStringLiteral("huge")));
        QVERIFY2(errorOf(r[0]).contains(QStringLiteral("longer than 16 MiB")), qPrintable(errorOf(r[0])));

        handler.setDifyInstance({QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(dify.serverPort())), QStringLiteral("wrong")});
        r = runReverse(plugin, QStringLiteral("reverse"), calls);
        QVERIFY2(errorOf(r[0]).contains(QStringLiteral("answered 401")), qPrintable(errorOf(r[0])));
    }

    void assemblerLimits()
    {
        StreamAssembler a;
        auto chunk = [](const QString &id, const QByteArray &data, bool end) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("blob_chunk")},
                               {QStringLiteral("message"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("sequence"), 0},
                                                                       {QStringLiteral("total_length"), 0},
                                                                       {QStringLiteral("blob"), QString::fromLatin1(data.toBase64())},
                                                                       {QStringLiteral("end"), end}}},
                               {QStringLiteral("meta"), QJsonValue::Null}};
        };
        const auto tooBig = a.add(chunk(QStringLiteral("b1"), QByteArray(8193, 'x'), false));
        QVERIFY(!tooBig);
        QVERIFY(tooBig.error().message.contains(QStringLiteral("single file chunk is too large")));
        Studio::VoidResult last;
        for (int i = 0; i < 1921 && last.hasValue(); ++i) // 1921 * 8192 > 15 MiB
            last = a.add(chunk(QStringLiteral("b2"), QByteArray(8192, 'y'), false));
        QVERIFY(!last);
        QVERIFY(last.error().message.contains(QStringLiteral("file is too large")));
        QVERIFY(!a.add(QJsonObject{{QStringLiteral("type"), QStringLiteral("blob")},
                                   {QStringLiteral("message"), QJsonObject{{QStringLiteral("blob"), QStringLiteral("!!notbase64")}}}}));
        // the assembler stays usable
        QVERIFY(a.add(QJsonObject{{QStringLiteral("type"), QStringLiteral("variable")},
                                  {QStringLiteral("message"), QJsonObject{{QStringLiteral("variable_name"), QStringLiteral("v")},
                                                                          {QStringLiteral("variable_value"), QStringLiteral("ab")},
                                                                          {QStringLiteral("stream"), true}}}}));
        QVERIFY(a.add(QJsonObject{{QStringLiteral("type"), QStringLiteral("variable")},
                                  {QStringLiteral("message"), QJsonObject{{QStringLiteral("variable_name"), QStringLiteral("v")},
                                                                          {QStringLiteral("variable_value"), QStringLiteral("cd")},
                                                                          {QStringLiteral("stream"), true}}}}));
        QCOMPARE(a.result().variables.value(QStringLiteral("v")).toString(), QStringLiteral("abcd"));
        // LLM content null is "", logs keep the latest state per id
        QVERIFY(a.add(QJsonObject{{QStringLiteral("model"), QStringLiteral("m")},
                                  {QStringLiteral("delta"), QJsonObject{{QStringLiteral("index"), 0},
                                                                        {QStringLiteral("message"), QJsonObject{{QStringLiteral("content"), QJsonValue::Null}}}}}}));
        QCOMPARE(a.result().llmText, QString());
        for (const char *status : {"start", "success"})
            QVERIFY(a.add(QJsonObject{{QStringLiteral("type"), QStringLiteral("log")},
                                      {QStringLiteral("message"), QJsonObject{{QStringLiteral("id"), QStringLiteral("l1")},
                                                                              {QStringLiteral("status"), QLatin1String(status)}}}}));
        QCOMPARE(a.result().logs.size(), 1);
        QCOMPARE(a.result().logs.first().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QVERIFY(!a.add(QJsonObject{{QStringLiteral("status"), 200}, {QStringLiteral("result"), QStringLiteral("zz")}}));
    }
};

QTEST_GUILESS_MAIN(TestReverse)
#include "tst_reverse.moc"
