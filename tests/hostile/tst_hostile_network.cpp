// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17.3 and #17.6, rebuilt from scratch: what a hostile or broken server does to the studio's
// one downloader (core/net/downloader.h) and to its users (the Marketplace client, the GitHub
// install, `market download`). A loopback server (the tests' fake Marketplace, streaming bodies
// it never builds in memory) answers with a 500 MB JSON, a package larger than the cap, an endless
// body, redirect loops, a redirect to another host (which must not get the token), an HTTP 500
// with a body, a truncated body, a stalled and a dripping transfer, and a package that is not the
// identifier asked for. Each gives the right classified failure, and nothing is kept on disk.

#include "../core/tst_marketplace_fakeserver.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/net/downloader.h"
#include "core/workspace/installtask.h"
#include "core/workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Studio;
using TestSupport::FakeHttpServer;
using TestSupport::FakeRequest;
using TestSupport::FakeResponse;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
// What a server can write ahead of a client that stopped reading: the loopback socket buffers
// (several MiB with autotuning) and Qt's read buffer.
constexpr qint64 kSlack = 16 * kMiB;

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// A body made on the fly: a JSON envelope whose plugin list never closes. `served` records how far
// the server got, which is how much the client asked for.
FakeResponse hugeJson(qint64 bytes, std::shared_ptr<qint64> served, bool announceLength)
{
    FakeResponse r;
    r.stream = [served](qint64 offset, qint64 max) {
        static const QByteArray head = R"({"code":0,"msg":"success","data":{"plugins":[)";
        static const QByteArray item = R"({"plugin_id":"evil/flood","label":{"en_US":"flood"},"version":"1.0.0"},)";
        QByteArray out;
        if (offset < head.size())
            out = head.mid(offset, max);
        while (out.size() < max)
            out += item;
        *served = qMax(*served, offset + max);
        return out.left(max);
    };
    r.streamBytes = bytes;
    r.noContentLength = !announceLength;
    return r;
}

FakeResponse zipStream(qint64 bytes, std::shared_ptr<qint64> served, bool announceLength)
{
    FakeResponse r;
    r.contentType = "application/octet-stream";
    r.stream = [served](qint64 offset, qint64 max) {
        QByteArray out(max, 'Z');
        if (offset == 0)
            out.replace(0, 4, QByteArray("PK\x03\x04", 4));
        *served = qMax(*served, offset + max);
        return out;
    };
    r.streamBytes = bytes;
    r.noContentLength = !announceLength;
    return r;
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class HostileNetwork : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<QTemporaryDir> tmp;
    std::unique_ptr<Marketplace::MarketplaceClient> client;
    std::unique_ptr<Net::Downloader> net;

    QString downloads() const { return tmp->filePath(QStringLiteral("downloads")); }
    QString cacheDir() const { return tmp->filePath(QStringLiteral("cache")); }

    static Marketplace::MarketplaceReply *wait(Marketplace::MarketplaceReply *r, int ms = 30000)
    {
        Marketplace::MarketplaceClient::waitForFinished(r, ms);
        return r;
    }
    static Net::Download *wait(Net::Download *d, int ms = 30000)
    {
        Net::Downloader::waitForFinished(d, ms);
        return d;
    }
    // Waits for a child process while this process's event loop keeps serving it.
    static bool runs(QProcess &p, int ms = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < ms)
            QTest::qWait(20);
        return p.state() == QProcess::NotRunning;
    }
    static QString why(const Marketplace::MarketplaceReply *r) { return r->error() ? r->error()->message : QStringLiteral("(ok)"); }
    static QString why(const Net::Download *d) { return d->failure() ? d->failure()->message : QStringLiteral("(ok)"); }

private slots:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->start());
        tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(downloads()));
        client = std::make_unique<Marketplace::MarketplaceClient>();
        client->setBaseUrl(server->url());
        client->setCacheDir(cacheDir());
        client->setDownloadDir(downloads());
        client->setTimeoutMs(5000);
        net = std::make_unique<Net::Downloader>();
    }

    void cleanup()
    {
        client.reset();
        net.reset();
        server.reset();
    }

    // A 500 MB JSON answer: refused from its Content-Length before one byte is read, and cut at
    // the JSON cap when it announces none. Never read whole, never cached.
    void jsonAnswerOf500MB()
    {
        for (const bool announce : {true, false}) {
            auto served = std::make_shared<qint64>(0);
            server->onStatic("POST", "/api/v1/plugins/search/advanced", hugeJson(500 * kMiB, served, announce));
            const qint64 rssBefore = rssKiB();
            QElapsedTimer t;
            t.start();
            Marketplace::MarketplaceReply *r = wait(client->searchPlugins({}));
            QVERIFY(r->isFinished());
            QVERIFY(!r->isOk());
            QCOMPARE(r->error()->code, ErrorCode::TooLarge);
            QCOMPARE(r->failure()->kind, Net::FailureKind::TooLarge);
            QVERIFY2(r->error()->message.contains(QStringLiteral("8 MiB")), qPrintable(why(r)));
            QVERIFY(!r->offline());
            // The server was stopped near the cap, far from its 500 MB.
            QVERIFY2(*served < Net::kMaxJsonAnswerBytes + kSlack, qPrintable(QString::number(*served)));
            QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
            QVERIFY2(rssKiB() - rssBefore < 64 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(rssKiB() - rssBefore)));
            QVERIFY(leftovers(cacheDir()).isEmpty()); // nothing of it cached
            delete r;
        }
    }

    // A cache entry over the cap (left by an older studio, or planted) is removed, not read.
    void oversizedCacheEntryIsNeverRead()
    {
        server->onJson("GET", "/api/v1/plugins/a/b", R"({"plugin":{"plugin_id":"a/b","name":"b","org":"a"}})");
        QVERIFY(wait(client->pluginDetail(QStringLiteral("a"), QStringLiteral("b")))->isOk());
        const QStringList files = leftovers(cacheDir());
        QCOMPARE(files.size(), 1);
        const QString entry = QDir(cacheDir()).filePath(files.first());
        {
            QFile f(entry);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray block(kMiB, ' ');
            for (int i = 0; i < 12; ++i) // 12 MiB: over the 8 MiB JSON cap
                f.write(block);
        }
        server->stop(); // offline: the cache would stand in
        Marketplace::MarketplaceReply *r = wait(client->pluginDetail(QStringLiteral("a"), QStringLiteral("b")));
        QVERIFY(!r->isOk());
        QCOMPARE(r->error()->code, ErrorCode::NetworkError);
        QCOMPARE(r->failure()->kind, Net::FailureKind::ConnectionRefused);
        QVERIFY(!QFile::exists(entry));
    }

    // A package larger than the package limit (50 MiB): from the Marketplace and from a GitHub
    // release (capped at 600 MiB before), announced or not. Nothing is kept.
    void packageLargerThanTheCap()
    {
        for (const bool announce : {true, false}) {
            auto served = std::make_shared<qint64>(0);
            server->onStatic("GET", "/api/v1/plugins/download", zipStream(200 * kMiB, served, announce));
            Marketplace::MarketplaceReply *r = wait(client->download(QStringLiteral("evil/big:1.0.0@") + QString(64, QLatin1Char('a'))));
            QVERIFY(!r->isOk());
            QCOMPARE(r->error()->code, ErrorCode::TooLarge);
            QVERIFY2(r->error()->message.contains(QStringLiteral("50 MiB")), qPrintable(why(r)));
            QVERIFY(r->filePath().isEmpty());
            QVERIFY2(*served <= 50 * kMiB + kSlack, qPrintable(QString::number(*served)));
            QCOMPARE(server->requests.size(), 1); // too large is not a reason to try another style
            server->requests.clear();
            QVERIFY2(leftovers(downloads()).isEmpty(), qPrintable(leftovers(downloads()).join(QLatin1Char(' '))));
            delete r;
        }

        // The GitHub release asset of an install: the package limit too, in the workspace's downloads.
        QTemporaryDir wsDir;
        auto ws = Workspace::WorkspaceStore::open(wsDir.path());
        QVERIFY(ws);
        auto served = std::make_shared<qint64>(0);
        server->onStatic("GET", "/evil/repo/releases/download/v1/big.difypkg", zipStream(200 * kMiB, served, false));
        auto src = Workspace::InstallSource::parse(QStringLiteral("github:evil/repo@v1/big.difypkg"));
        QVERIFY(src);
        Workspace::InstallOptions o;
        o.githubDownloadBase = server->url();
        o.githubApiBase = server->url();
        o.githubToken = QString();
        o.skipEnv = true;
        o.allowUnsigned = true;
        Workspace::InstallTask task(ws->get(), src.value(), o);
        QVERIFY(task.waitForFinished(60000));
        QVERIFY(task.error());
        QCOMPARE(task.error()->code, ErrorCode::TooLarge);
        QVERIFY2(task.error()->message.contains(QStringLiteral("50 MiB")), qPrintable(task.error()->message));
        QVERIFY2(*served <= 50 * kMiB + kSlack, qPrintable(QString::number(*served)));
        QVERIFY(leftovers((*ws)->downloadsDir()).isEmpty());
    }

    // A body that never ends: cut at the cap (JSON and packages); an endless error body is read
    // only as far as needed to explain it.
    void endlessBody()
    {
        FakeResponse endless;
        endless.endless = true;
        endless.body = "[1,2,3,4,5,6,7,8,9,";
        server->onStatic("GET", "/api/v1/plugins/e/json", endless);
        Marketplace::MarketplaceReply *j = wait(client->pluginDetail(QStringLiteral("e"), QStringLiteral("json")));
        QVERIFY(!j->isOk());
        QCOMPARE(j->failure()->kind, Net::FailureKind::TooLarge);
        QVERIFY(leftovers(cacheDir()).isEmpty());

        FakeResponse endlessZip;
        endlessZip.endless = true;
        endlessZip.contentType = "application/octet-stream";
        endlessZip.body = QByteArray("PK\x03\x04", 4) + QByteArray(60000, 'x');
        server->onStatic("GET", "/api/v1/plugins/download", endlessZip);
        Marketplace::MarketplaceReply *p = wait(client->download(QStringLiteral("e/zip:1.0.0@") + QString(64, QLatin1Char('b'))));
        QVERIFY(!p->isOk());
        QCOMPARE(p->error()->code, ErrorCode::TooLarge);
        QVERIFY(leftovers(downloads()).isEmpty());

        FakeResponse endlessError = endless;
        endlessError.status = 500;
        endlessError.body = "the database is on fire; ";
        server->onStatic("GET", "/api/v1/plugins/e/error", endlessError);
        Marketplace::MarketplaceReply *e = wait(client->pluginDetail(QStringLiteral("e"), QStringLiteral("error")));
        QVERIFY(!e->isOk());
        QCOMPARE(e->failure()->kind, Net::FailureKind::HttpStatus);
        QCOMPARE(e->failure()->httpStatus, 500);
        QVERIFY(e->failure()->body.size() <= Net::kMaxErrorBodyBytes);
        QVERIFY2(e->error()->message.contains(QStringLiteral("on fire")), qPrintable(why(e)));
    }

    // Redirect loops and endless chains end with a redirect failure, quickly.
    void redirectLoops()
    {
        server->onStatic("GET", "/a", FakeResponse{302, "text/plain", "", false, 0, {{"Location", "/b"}}});
        server->onStatic("GET", "/b", FakeResponse{301, "text/plain", "", false, 0, {{"Location", "/a"}}});
        Net::Download *loop = wait(net->start(Net::Request(QUrl(server->url().toString() + QStringLiteral("/a")))));
        QVERIFY(!loop->isOk());
        QCOMPARE(loop->failure()->kind, Net::FailureKind::Redirect);
        QVERIFY2(loop->failure()->message.contains(QStringLiteral("loop")), qPrintable(why(loop)));
        QCOMPARE(loop->hops().size(), 2);

        // /n/0 -> /n/1 -> ... never repeating: stopped after maxRedirects.
        for (int i = 0; i < 30; ++i)
            server->onStatic("GET", "/n/" + QByteArray::number(i),
                             FakeResponse{307, "text/plain", "", false, 0, {{"Location", "/n/" + QByteArray::number(i + 1)}}});
        Net::Download *chain = wait(net->start(Net::Request(QUrl(server->url().toString() + QStringLiteral("/n/0")))));
        QVERIFY(!chain->isOk());
        QCOMPARE(chain->failure()->kind, Net::FailureKind::Redirect);
        QVERIFY2(chain->failure()->message.contains(QStringLiteral("more than 10 redirects")), qPrintable(why(chain)));
        QCOMPARE(chain->hops().size(), 11);

        // The Marketplace's presigned-URL answer that loops: the download fails, nothing is kept.
        server->onStatic("GET", "/api/v1/plugins/download-url",
                         FakeResponse{302, "text/plain", "", false, 0, {{"Location", "/api/v1/plugins/download-url?again=1"}}});
        Marketplace::MarketplaceReply *r = wait(client->downloadViaPresignedUrl(QStringLiteral("a/b:1.0.0@") + QString(64, QLatin1Char('c'))));
        QVERIFY(!r->isOk());
        QCOMPARE(r->failure()->kind, Net::FailureKind::Redirect);
        QVERIFY(leftovers(downloads()).isEmpty());

        // A Location that is not http(s) is refused as unsafe.
        server->onStatic("GET", "/file", FakeResponse{302, "text/plain", "", false, 0, {{"Location", "file:///etc/passwd"}}});
        Net::Download *file = wait(net->start(Net::Request(QUrl(server->url().toString() + QStringLiteral("/file")))));
        QCOMPARE(file->failure()->kind, Net::FailureKind::Redirect);
        QCOMPARE(file->error()->code, ErrorCode::Unsafe);
    }

    // A redirect to another host never carries the GitHub token (the install's rule, and the
    // downloader's SameOrigin scope under it); a same-origin hop keeps it.
    void redirectToAnotherHostCarriesNoToken()
    {
        FakeHttpServer elsewhere;
        QVERIFY(elsewhere.start());
        elsewhere.onStatic("GET", "/stolen/big.difypkg", FakeResponse{200, "application/octet-stream", "not a package", false, 0, {}});
        server->onStatic("GET", "/evil/repo/releases/download/v1/p.difypkg",
                         FakeResponse{302, "text/plain", "", false, 0, {{"Location", "/moved/p.difypkg"}}});
        server->onStatic("GET", "/moved/p.difypkg",
                         FakeResponse{302, "text/plain", "", false, 0,
                                      {{"Location", elsewhere.url().toString().toUtf8() + "/stolen/big.difypkg"}}});
        QTemporaryDir wsDir;
        auto ws = Workspace::WorkspaceStore::open(wsDir.path());
        QVERIFY(ws);
        Workspace::InstallOptions o;
        // The download host is the API origin here (a GitHub Enterprise-like setup), so the first
        // request carries the token; the hop to the other host must not.
        o.githubDownloadBase = server->url();
        o.githubApiBase = server->url();
        o.githubToken = QStringLiteral("ghp_secret_token");
        o.skipEnv = true;
        o.allowUnsigned = true;
        Workspace::InstallTask task(ws->get(), Workspace::InstallSource::parse(QStringLiteral("github:evil/repo@v1/p.difypkg")).value(), o);
        QVERIFY(task.waitForFinished(30000));
        QVERIFY(task.error()); // "not a package": refused later, what matters is who saw the token
        QCOMPARE(server->requests.size(), 2);
        for (const FakeRequest &r : std::as_const(server->requests))
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer ghp_secret_token"));
        QCOMPARE(elsewhere.requests.size(), 1);
        QVERIFY(!elsewhere.requests.first().headers.contains("authorization"));
        QVERIFY(leftovers((*ws)->downloadsDir()).isEmpty());

        // The Marketplace's own headers do not follow a redirect to another host either.
        server->onStatic("GET", "/api/v1/plugins/x/y",
                         FakeResponse{302, "text/plain", "", false, 0, {{"Location", elsewhere.url().toString().toUtf8() + "/detail"}}});
        elsewhere.onJson("GET", "/detail", R"({"plugin":{"plugin_id":"x/y"}})");
        QVERIFY(wait(client->pluginDetail(QStringLiteral("x"), QStringLiteral("y")))->isOk());
        QVERIFY(!elsewhere.requests.last().headers.contains("x-dify-version"));
    }

    // An HTTP 500 with a body: the server answered, so it is an HTTP error with its code and what
    // it said (escaped), never "offline" or "cannot be reached"; a cached answer may stand in.
    void http500WithABody()
    {
        FakeResponse boom;
        boom.status = 500;
        boom.contentType = "text/plain";
        boom.body = "internal error: \x1b]0;pwned\x07 database exploded";
        server->onStatic("GET", "/api/v1/plugins/s/t", boom);
        Marketplace::MarketplaceReply *r = wait(client->pluginDetail(QStringLiteral("s"), QStringLiteral("t")));
        QVERIFY(!r->isOk());
        QCOMPARE(r->failure()->kind, Net::FailureKind::HttpStatus);
        QCOMPARE(r->failure()->httpStatus, 500);
        const QString msg = r->error()->message;
        QVERIFY2(msg.contains(QStringLiteral("HTTP 500")) && msg.contains(QStringLiteral("database exploded")), qPrintable(msg));
        QVERIFY2(!msg.contains(QStringLiteral("cannot be reached")) && !msg.contains(QStringLiteral("offline"), Qt::CaseInsensitive),
                 qPrintable(msg));
        QVERIFY2(!msg.contains(QChar(0x1b)) && msg.contains(QStringLiteral("\\x1b")), qPrintable(msg));
        QVERIFY(!r->offline());

        // The downloader's own classification, for any user of it.
        Net::Download *d = wait(net->start(Net::Request(QUrl(server->url().toString() + QStringLiteral("/api/v1/plugins/s/t")))));
        QCOMPARE(d->failure()->kind, Net::FailureKind::HttpStatus);
        QCOMPARE(d->error()->code, ErrorCode::NetworkError);
        QVERIFY2(d->failure()->message.contains(QStringLiteral("try again later")), qPrintable(why(d)));
        QVERIFY(!d->failure()->isUnreachable());
    }

    // A body shorter than its Content-Length (the connection closed early): a "closed" failure that
    // says how much arrived, for answers and packages, and nothing kept.
    void truncatedBody()
    {
        FakeResponse cut;
        cut.body = QByteArray(100000, 'x');
        cut.closeAfter = 5000;
        server->onStatic("GET", "/api/v1/plugins/t/r", cut);
        Marketplace::MarketplaceReply *r = wait(client->pluginDetail(QStringLiteral("t"), QStringLiteral("r")));
        QVERIFY(!r->isOk());
        QCOMPARE(r->failure()->kind, Net::FailureKind::ConnectionClosed);
        QVERIFY(leftovers(cacheDir()).isEmpty());

        FakeResponse cutZip;
        cutZip.contentType = "application/octet-stream";
        cutZip.body = QByteArray("PK\x03\x04", 4) + QByteArray(200000, 'y');
        cutZip.closeAfter = 70000;
        server->onStatic("GET", "/api/v1/plugins/download", cutZip);
        server->onStatic("GET", "/api/v1/plugins/t/r/1.0.0/download", cutZip);
        server->onStatic("GET", "/api/v1/plugins/download-url", cutZip);
        Marketplace::MarketplaceReply *p = wait(client->download(QStringLiteral("t/r:1.0.0@") + QString(64, QLatin1Char('d'))));
        QVERIFY(!p->isOk());
        QCOMPARE(p->failure()->kind, Net::FailureKind::ConnectionClosed);
        QVERIFY2(p->error()->message.contains(QStringLiteral("arrived")), qPrintable(why(p)));
        QVERIFY(leftovers(downloads()).isEmpty());
    }

    // A transfer that stops moving fails after the no-progress deadline; one that drips slowly
    // enough never to stall fails at the whole-transfer deadline. Both keep nothing.
    void stalledAndDrippingTransfers()
    {
        FakeResponse stall;
        stall.contentType = "application/octet-stream";
        stall.body = QByteArray("PK\x03\x04", 4) + QByteArray(100000, 's');
        stall.stallAfter = 1000;
        server->onStatic("GET", "/api/v1/plugins/download", stall);
        client->setTimeoutMs(400);
        QElapsedTimer t;
        t.start();
        Marketplace::MarketplaceReply *r = wait(client->download(QStringLiteral("s/t:1.0.0@") + QString(64, QLatin1Char('e'))));
        QVERIFY(!r->isOk());
        // The first style stalled (the others have no route here): that is what is reported.
        QCOMPARE(r->failure()->kind, Net::FailureKind::Stalled);
        QCOMPARE(r->error()->code, ErrorCode::Timeout);
        QVERIFY2(r->error()->message.contains(QStringLiteral("stalled")), qPrintable(why(r)));
        QVERIFY(leftovers(downloads()).isEmpty());
        Net::Request req(QUrl(server->url().toString() + QStringLiteral("/api/v1/plugins/download")));
        req.sink = Net::Sink::File;
        req.tempDir = downloads();
        req.stallMs = 400;
        Net::Download *d = wait(net->start(req));
        QVERIFY(!d->isOk());
        QCOMPARE(d->failure()->kind, Net::FailureKind::Stalled);
        QCOMPARE(d->error()->code, ErrorCode::Timeout);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(leftovers(downloads()).isEmpty());

        FakeResponse drip;
        drip.contentType = "application/octet-stream";
        drip.body = QByteArray("PK\x03\x04", 4) + QByteArray(4 * kMiB, 'd');
        drip.chunkDelayMs = 100; // 64 KiB every 100 ms: never stalls, takes 6 s
        server->onStatic("GET", "/api/v1/plugins/download", drip);
        client->setTimeoutMs(2000);
        client->setDeadlineMs(800);
        t.restart();
        Marketplace::MarketplaceReply *m = wait(client->download(QStringLiteral("d/r:1.0.0@") + QString(64, QLatin1Char('f'))));
        QVERIFY(!m->isOk());
        QCOMPARE(m->failure()->kind, Net::FailureKind::Timeout);
        QCOMPARE(m->error()->code, ErrorCode::Timeout);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(leftovers(downloads()).isEmpty());
    }

    // Nothing listening, a name that does not resolve, a certificate nobody trusts: each is named.
    void unreachableServers()
    {
        const QUrl refused = server->url();
        server->stop();
        Net::Download *r = wait(net->start(Net::Request(refused)));
        QCOMPARE(r->failure()->kind, Net::FailureKind::ConnectionRefused);
        QVERIFY(r->failure()->isUnreachable());

        Net::Download *dns = wait(net->start(Net::Request(QUrl(QStringLiteral("http://no-such-host.invalid/x")))), 60000);
        QVERIFY(dns->isFinished());
        QCOMPARE(dns->failure()->kind, Net::FailureKind::Dns);
        QVERIFY2(dns->failure()->message.contains(QStringLiteral("DNS")), qPrintable(why(dns)));

        // TLS: a loopback HTTPS server with a self-signed certificate.
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QTemporaryDir certDir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                  QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                                  QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), certDir.filePath(QStringLiteral("k.pem")),
                                                  QStringLiteral("-out"), certDir.filePath(QStringLiteral("c.pem"))});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl cannot make a test certificate");
        QFile kf(certDir.filePath(QStringLiteral("k.pem"))), cf(certDir.filePath(QStringLiteral("c.pem")));
        QVERIFY(kf.open(QIODevice::ReadOnly) && cf.open(QIODevice::ReadOnly));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setPrivateKey(QSslKey(kf.readAll(), QSsl::Rsa));
        conf.setLocalCertificate(QSslCertificate(cf.readAll()));
        QSslServer tls;
        tls.setSslConfiguration(conf);
        QVERIFY(tls.listen(QHostAddress::LocalHost));
        Net::Download *t = wait(net->start(Net::Request(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(tls.serverPort())))));
        QCOMPARE(t->failure()->kind, Net::FailureKind::Tls);
        QVERIFY2(t->failure()->detail.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                     || t->failure()->detail.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(why(t)));
        QVERIFY(t->failure()->message.contains(QStringLiteral("certificate")));
    }

    // #17.6: `market download ID` where ID carries a checksum: the Marketplace (or a proxy) serves
    // another package; the command fails, says so, and keeps nothing (no output, no part file).
    void marketDownloadWithABadChecksum()
    {
        const auto asked = TestSupport::tinyPackage(QStringLiteral("evil"), QStringLiteral("swap"), QStringLiteral("1.0.0"), "genuine");
        const auto served = TestSupport::tinyPackage(QStringLiteral("evil"), QStringLiteral("swap"), QStringLiteral("1.0.0"), "trojan");
        QVERIFY(!asked.bytes.isEmpty() && asked.identifier != served.identifier);
        server->onStatic("GET", "/api/v1/plugins/download", FakeResponse{200, "application/zip", served.bytes, false, 0, {}});
        const QString outDir = tmp->filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        const QString out = outDir + QStringLiteral("/swap.difypkg");
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("market"), QStringLiteral("download"), asked.identifier, QStringLiteral("-o"), out,
                                               QStringLiteral("--marketplace"), server->url().toString(), QStringLiteral("--cache-dir"), cacheDir()});
        QVERIFY(runs(cli)); // the server answers from this process's event loop
        const QString text = QString::fromUtf8(cli.readAll());
        QVERIFY2(cli.exitCode() != 0, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not the package that was asked for")) && text.contains(served.identifier), qPrintable(text));
        QVERIFY(!QFile::exists(out));
        QVERIFY2(leftovers(outDir).isEmpty(), qPrintable(leftovers(outDir).join(QLatin1Char(' '))));

        // The genuine package is kept, named as asked.
        server->onStatic("GET", "/api/v1/plugins/download", FakeResponse{200, "application/zip", asked.bytes, false, 0, {}});
        cli.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("market"), QStringLiteral("download"), asked.identifier, QStringLiteral("-o"), out,
                                               QStringLiteral("--marketplace"), server->url().toString(), QStringLiteral("--cache-dir"), cacheDir()});
        QVERIFY(runs(cli));
        QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromUtf8(cli.readAll())));
        QFile kept(out);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), asked.bytes);
        QCOMPARE(leftovers(outDir), QStringList{QStringLiteral("swap.difypkg")});
    }
};

QTEST_GUILESS_MAIN(HostileNetwork)
#include "tst_hostile_network.moc"
