// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin -> host line protocol (stdio and, after registration, TCP): heartbeats, logs, errors,
// manifest dumps and session messages (stream chunks, end, error, reverse `invoke` calls answered
// by the studio's reverse handler with a real SQLite storage), on a PluginConnection over a
// transport that hands it the input's lines. Three calls are pending (a tool, an LLM and an
// endpoint call); "@0", "@1" and "@2" in the input stand for their session ids. Each call's stream
// is assembled as the console does (StreamAssembler).
// Invariants: nothing crashes or hangs; every host -> plugin line is one compact JSON object; each
// call finishes at most once, and when the link closes every call still running fails at once;
// assembled blobs stay within their caps.
#include "fuzz/fuzzcommon.h"

#include "core/net/linesplitter.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/reverse.h"
#include "core/runtime/storage.h"
#include "core/runtime/streamassembler.h"

#include <QJsonParseError>
#include <QPointer>

using namespace Studio;
using namespace Studio::Runtime;

namespace {

class FakeTransport : public PluginTransport
{
public:
    bool isOpen() const override { return m_open; }
    bool sendLine(const QByteArray &line) override
    {
        if (!m_open)
            return false;
        FUZZ_CHECK(!line.contains('\n'), QStringLiteral("a host line holds a newline"));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        FUZZ_CHECK(pe.error == QJsonParseError::NoError && doc.isObject(),
                   QStringLiteral("a host line is not a JSON object: %1").arg(QString::fromUtf8(line.left(200))));
        sent << doc.object();
        return true;
    }
    void close(const QString &reason) override
    {
        if (!m_open)
            return;
        m_open = false;
        emit closed(reason);
    }
    QString kind() const override { return QStringLiteral("local"); }
    void receive(const QByteArray &line) { emit lineReceived(line); }

    QList<QJsonObject> sent;

private:
    bool m_open = true;
};

struct Fixture
{
    SqliteStorage *storage = nullptr;
    DefaultReverseHandler *reverse = nullptr;
    Plugin::PluginDeclaration decl;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture f;
        f.storage = new SqliteStorage(Fuzz::scratchDir() + QStringLiteral("/storage.db"));
        f.reverse = new DefaultReverseHandler;
        f.reverse->setStorage(f.storage);
        f.decl.manifest.author.value = QStringLiteral("fuzz");
        f.decl.manifest.name.value = QStringLiteral("protocol");
        Plugin::Permissions &p = f.decl.manifest.permissions;
        p.tool = p.model = p.llm = p.node = p.endpoint = p.app = p.storage = true;
        p.storageBlockPresent = true;
        p.storageSize = 1 << 20;
        return f;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    Fixture &f = fixture();
    auto *transport = new FakeTransport;
    auto connection = std::make_unique<PluginConnection>(std::unique_ptr<PluginTransport>(transport), f.decl, f.reverse);

    const QList<InvokeRequest> requests{
        InvokeRequest::invokeTool(QStringLiteral("p"), QStringLiteral("t"), {{QStringLiteral("q"), QStringLiteral("x")}}),
        [] {
            InvokeRequest r;
            r.type = QStringLiteral("model");
            r.action = QStringLiteral("invoke_llm");
            return r;
        }(),
        [] {
            InvokeRequest r;
            r.type = QStringLiteral("endpoint");
            r.action = QStringLiteral("invoke_endpoint");
            return r;
        }(),
    };
    QList<QPointer<Invocation>> calls;
    QList<int> finishedCount;
    QList<StreamAssembler> assemblers(requests.size());
    for (int i = 0; i < requests.size(); ++i) {
        Invocation *inv = connection->invoke(requests.at(i));
        FUZZ_CHECK(inv, QStringLiteral("invoke returned null"));
        calls << inv;
        finishedCount << 0;
        QObject::connect(inv, &Invocation::finished, [&finishedCount, i] { ++finishedCount[i]; });
        QObject::connect(inv, &Invocation::chunkReceived, [&assemblers, i](const QJsonObject &chunk) {
            (void)assemblers[i].add(chunk);
        });
    }

    QByteArray input = Fuzz::bytes(data, size);
    for (int i = 0; i < calls.size(); ++i)
        input.replace(QByteArray(QByteArray("@") + QByteArray::number(i)), calls.at(i)->sessionId().toUtf8());
    Net::LineSplitter splitter(1 << 20);
    QList<QByteArray> lines;
    splitter.append(input, lines);
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        transport->receive(line);
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    // The plugin goes away: whatever still runs fails now.
    transport->close(QStringLiteral("plugin exited"));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    for (int i = 0; i < calls.size(); ++i) {
        FUZZ_CHECK(calls.at(i), QStringLiteral("call %1 was deleted under the caller").arg(i));
        FUZZ_CHECK(calls.at(i)->isFinished(), QStringLiteral("call %1 still runs after the link closed").arg(i));
        FUZZ_CHECK(finishedCount.at(i) == 1, QStringLiteral("call %1 finished %2 times").arg(i).arg(finishedCount.at(i)));
        for (const AssembledBlob &b : assemblers.at(i).result().blobs)
            FUZZ_CHECK(b.data.size() <= StreamAssembler::MaxBlobBytes, QStringLiteral("a blob over its cap"));
        (void)assemblers.at(i).result().toJson();
    }
    for (const auto &c : std::as_const(calls))
        delete c.data();
    connection.reset();
    QCoreApplication::processEvents();
    // processEvents() leaves deleteLater() for the event loop, which a fuzz run never returns to:
    // without this every iteration's objects would pile up (RSS grew by 100 KiB per run).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
