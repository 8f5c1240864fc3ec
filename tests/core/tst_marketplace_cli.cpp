// SPDX-License-Identifier: GPL-3.0-or-later
// The real plugin-studio-cli against the loopback fake Marketplace: market suggest, banners,
// identifiers, bundle, catalogue (ETag revalidation across runs), download through the presigned
// URL, and the install-count report of `install` — sent only when the workspace allows it.
#include "core/workspace/updates.h"
#include "tst_install_support.h"
#include "tst_marketplace_fakeserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using TestSupport::FakeHttpServer;
using TestSupport::FakeRequest;
using TestSupport::FakeResponse;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(STUDIO_FIXTURES "/marketplace/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TstMarketplaceCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> server;
    QTemporaryDir dir;

    // Runs the CLI while this process keeps serving the fake Marketplace.
    Run cli(QStringList args, bool withMarket = true)
    {
        if (withMarket)
            args << QStringLiteral("--marketplace") << server->url().toString();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("xdg-cache")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STUDIO_CLI), args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    int count(const QByteArray &path) const
    {
        int n = 0;
        for (const FakeRequest &r : server->requests)
            n += r.path == path;
        return n;
    }

private slots:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->start());
    }

    void helpListsTheNewSubcommands()
    {
        const Run r = cli({QStringLiteral("market"), QStringLiteral("--help")}, false);
        QCOMPARE(r.code, 0);
        for (const char *word : {"suggest", "banners", "identifiers", "bundle", "catalogue", "--via-url"})
            QVERIFY2(r.out.contains(word), word);
    }

    void suggestBannersIdentifiers()
    {
        const QString cache = dir.filePath(QStringLiteral("cache1"));
        server->onJson("POST", "/api/v1/search/unified", fixture("unified_search.json"));
        server->onJson("GET", "/api/v1/banners", fixture("banners.json"));
        server->onJson("POST", "/api/v1/plugins/identifier/batch", fixture("identifier_batch.json"));

        Run r = cli({QStringLiteral("market"), QStringLiteral("suggest"), QStringLiteral("weat"), QStringLiteral("--json"),
                     QStringLiteral("--cache-dir"), cache});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("plugins")).toArray().size(), 2);
        QCOMPARE(r.json().value(QStringLiteral("plugins_total")).toInt(), 17);
        QCOMPARE(QJsonDocument::fromJson(server->requests.last().body).object().value(QStringLiteral("query")).toString(),
                 QStringLiteral("weat"));

        r = cli({QStringLiteral("market"), QStringLiteral("banners"), QStringLiteral("--json"), QStringLiteral("--cache-dir"), cache});
        QCOMPARE(r.code, 0);
        const QJsonArray banners = r.json().value(QStringLiteral("banners")).toArray();
        QCOMPARE(banners.size(), 3);
        QCOMPARE(banners.at(0).toObject().value(QStringLiteral("plugin_id")).toString(), QStringLiteral("studio-test/weather_tool"));
        r = cli({QStringLiteral("market"), QStringLiteral("banners"), QStringLiteral("--cache-dir"), cache});
        QVERIFY(r.out.contains("[blog] How we test plugins  https://blog.example.test/testing-plugins"));

        // Offline: the cached banners, with a warning on stderr.
        server->stop();
        r = cli({QStringLiteral("market"), QStringLiteral("banners"), QStringLiteral("--json"), QStringLiteral("--cache-dir"), cache});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json().value(QStringLiteral("offline")).toBool());
        QVERIFY(r.err.contains("offline"));
        QVERIFY(server->start());

        r = cli({QStringLiteral("market"), QStringLiteral("identifiers"), QStringLiteral("studio-test/weather_tool:0.2.0@aa"),
                 QStringLiteral("studio-test/echo:1.3.0@bb"), QStringLiteral("--cache-dir"), cache});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("studio-test/echo  1.3.0  Echo"));
        r = cli({QStringLiteral("market"), QStringLiteral("identifiers"), QStringLiteral("not-an-identifier")});
        QCOMPARE(r.code, 64); // usage
    }

    void bundleAndCatalogue()
    {
        const QString cache = dir.filePath(QStringLiteral("cache2"));
        server->onJson("GET", "/api/v1/bundles/studio-test/kit/1.0.0",
                       "{\"version\":{\"dependencies\":[{\"type\":\"marketplace\",\"value\":{\"marketplace_pattern\":\"studio-test/weather_tool:0.2.0\"}},"
                       "{\"type\":\"github\",\"value\":{\"repo_pattern\":\"studio-test/echo:1.x.x/echo.difypkg\"}}]}}");
        server->onJson("POST", "/api/v1/plugins/versions/batch",
                       "{\"list\":[{\"plugin\":{},\"version\":{\"plugin_org\":\"studio-test\",\"plugin_name\":\"weather_tool\",\"version\":\"0.2.0\",\"unique_identifier\":\"studio-test/weather_tool:0.2.0@aa\"}}]}");
        server->onJson("POST", "/api/v1/plugins/identifier/batch", fixture("identifier_batch.json"));
        Run r = cli({QStringLiteral("market"), QStringLiteral("bundle"), QStringLiteral("studio-test/kit"), QStringLiteral("1.0.0"),
                     QStringLiteral("--json"), QStringLiteral("--cache-dir"), cache});
        QCOMPARE(r.code, 0);
        const QJsonArray deps = r.json().value(QStringLiteral("dependencies")).toArray();
        QCOMPARE(deps.size(), 2);
        QCOMPARE(deps.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Weather Tool"));
        QCOMPARE(deps.at(0).toObject().value(QStringLiteral("unique_identifier")).toString(), QStringLiteral("studio-test/weather_tool:0.2.0@aa"));
        QCOMPARE(deps.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("github"));

        server->on("GET", "/api/v1/dist/plugins/manifest.json", [](const FakeRequest &req) {
            FakeResponse resp;
            if (req.headers.value("if-none-match") == "\"cat-1\"") {
                resp.status = 304;
                return resp;
            }
            resp.body = fixture("catalogue_manifest.json");
            resp.headers.append(qMakePair(QByteArray("ETag"), QByteArray("\"cat-1\"")));
            return resp;
        });
        r = cli({QStringLiteral("market"), QStringLiteral("catalogue"), QStringLiteral("studio-test/echo"), QStringLiteral("--json"),
                 QStringLiteral("--cache-dir"), cache});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("plugins")).toArray().size(), 1);
        QCOMPARE(r.json().value(QStringLiteral("plugins")).toArray().first().toObject().value(QStringLiteral("latest_version")).toString(),
                 QStringLiteral("1.4.0"));
        QVERIFY(!r.json().value(QStringLiteral("not_modified")).toBool());
        // A second run revalidates with the stored ETag and reads the cached copy.
        r = cli({QStringLiteral("market"), QStringLiteral("catalogue"), QStringLiteral("--cache-dir"), cache});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("-- 3 plugins (not modified since the cached copy)"));
        QCOMPARE(server->requests.last().headers.value("if-none-match"), QByteArray("\"cat-1\""));
        QCOMPARE(server->requests.last().headers.value("x-dify-version").isEmpty(), false);
    }

    void downloadThroughPresignedUrl()
    {
        const TestSupport::TinyPackage pkg = TestSupport::tinyPackage(QStringLiteral("studio-test"), QStringLiteral("weather_tool"),
                                                                      QStringLiteral("0.3.0"), QByteArray(5000, 'q'));
        const QString uid = pkg.identifier;
        const QByteArray zip = pkg.bytes;
        FakeResponse gone;
        gone.status = 404;
        gone.body = TestSupport::envelope("null", 404, "not found");
        server->onStatic("GET", "/api/v1/plugins/download", gone);
        server->onStatic("GET", "/api/v1/plugins/studio-test/weather_tool/0.3.0/download", gone);
        server->onStatic("GET", "/api/v1/plugins/download-url",
                         FakeResponse{302, "text/plain", "", false, 0, {{"Location", "/store/w.difypkg?sig=xyz"}}});
        server->onStatic("GET", "/store/w.difypkg", FakeResponse{200, "application/zip", zip, false, 0, {}});
        const QString out = dir.filePath(QStringLiteral("w.difypkg"));
        Run r = cli({QStringLiteral("market"), QStringLiteral("download"), uid, QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), zip);
        QVERIFY(!server->requests.last().headers.contains("x-dify-version"));

        const int before = count("/api/v1/plugins/download");
        r = cli({QStringLiteral("market"), QStringLiteral("download"), uid, QStringLiteral("--via-url"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QCOMPARE(count("/api/v1/plugins/download"), before); // straight to download-url

        // #17.6: the checksum in the identifier is checked; another package is not kept, and an
        // output that is not a regular file is refused before anything is downloaded.
        const TestSupport::TinyPackage other = TestSupport::tinyPackage(QStringLiteral("studio-test"), QStringLiteral("weather_tool"),
                                                                        QStringLiteral("0.3.0"), QByteArray(5000, 'x'));
        server->onStatic("GET", "/store/w.difypkg", FakeResponse{200, "application/zip", other.bytes, false, 0, {}});
        const QString out2 = dir.filePath(QStringLiteral("w2.difypkg"));
        r = cli({QStringLiteral("market"), QStringLiteral("download"), uid, QStringLiteral("--via-url"), QStringLiteral("-o"), out2});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not the package that was asked for"), r.err.constData());
        QVERIFY(!QFile::exists(out2));
        const int asked = int(server->requests.size());
        r = cli({QStringLiteral("market"), QStringLiteral("download"), uid, QStringLiteral("-o"), dir.path()});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
        QCOMPARE(int(server->requests.size()), asked);
    }

    // #17.9: names, labels and descriptions from the Marketplace reach the terminal escaped: an
    // ESC sequence cannot rewrite it, a newline cannot forge a line.
    void marketTextIsPrintedEscaped()
    {
        const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        const QString esc(QChar(0x1b));
        const QJsonObject listed{{QStringLiteral("type"), QStringLiteral("plugin")}, {QStringLiteral("org"), QStringLiteral("evil")},
                                 {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("plugin_id"), QString(QStringLiteral("evil/x") + esc + QStringLiteral("[2J"))},
                                 {QStringLiteral("latest_version"), QString(QStringLiteral("1.0.0") + esc + QStringLiteral("]0;title") + QChar(0x07))},
                                 {QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("Nice\nerror: forged line")}}},
                                 {QStringLiteral("category"), QString(QStringLiteral("tool") + QChar(0x9b) + QStringLiteral("31m"))},
                                 {QStringLiteral("install_count"), 1}};
        server->onJson("POST", "/api/v1/plugins/search/advanced",
                       json({{QStringLiteral("plugins"), QJsonArray{listed}}, {QStringLiteral("total"), 1}}));
        const QJsonObject detail{{QStringLiteral("plugin_id"), QStringLiteral("evil/x")}, {QStringLiteral("org"), QStringLiteral("evil")},
                                 {QStringLiteral("name"), QStringLiteral("x")},
                                 {QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), QString(esc + QStringLiteral("[31mred"))}}},
                                 {QStringLiteral("repository"), QStringLiteral("https://x\r\ny")},
                                 {QStringLiteral("latest_package_identifier"), QString(QStringLiteral("evil/x:1.0.0@") + QChar(0x202e) + QStringLiteral("abc"))}};
        server->onJson("GET", "/api/v1/plugins/evil/x", json({{QStringLiteral("plugin"), detail}}));
        server->onJson("GET", "/api/v1/plugins/evil/x/versions",
                       json({{QStringLiteral("versions"), QJsonArray{QJsonObject{{QStringLiteral("version"), QString(QStringLiteral("1.0.0") + esc + QStringLiteral("[0m"))}}}}}));
        const QString cache = dir.filePath(QStringLiteral("cache-evil"));
        Run r = cli({QStringLiteral("market"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--cache-dir"), cache});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\x07') && !r.out.contains("\xc2\x9b"), r.out.constData());
        QVERIFY2(r.out.contains("evil/x\\x1b[2J") && r.out.contains("Nice\\nerror: forged line"), r.out.constData());
        QVERIFY(!r.out.contains("\nerror: forged line"));
        r = cli({QStringLiteral("market"), QStringLiteral("show"), QStringLiteral("evil/x"), QStringLiteral("--cache-dir"), cache});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\r'), r.out.constData());
        QVERIFY2(r.out.contains("\\x1b[31mred") && r.out.contains("https://x\\r\\ny") && r.out.contains("\\u202eabc"), r.out.constData());
        QVERIFY(r.out.contains("1.0.0\\x1b[0m"));
    }

    void installReportsOnlyWhenAllowed()
    {
        QTemporaryDir work;
        QString error;
        const QString pkgPath = TestSupport::makePackage(work.path(), TestSupport::PackageSpec().withName(QStringLiteral("cli_mp")), &error);
        QVERIFY2(!pkgPath.isEmpty(), qPrintable(error));
        FakeResponse zip;
        zip.contentType = "application/zip";
        zip.body = TestSupport::readAll(pkgPath);
        server->onStatic("GET", "/api/v1/plugins/download", zip);
        FakeResponse refused;
        refused.status = 500; // a Marketplace that refuses the report never fails the install
        server->onStatic("POST", "/api/v1/stats/plugins/install_count", refused);
        const QString wsDir = dir.filePath(QStringLiteral("ws"));
        const QString uid = QStringLiteral("studio-tests/cli_mp:0.0.1@") + TestSupport::packageChecksum(zip.body);
        const QStringList install{QStringLiteral("install"), QStringLiteral("marketplace:") + uid, QStringLiteral("--workspace"), wsDir,
                                  QStringLiteral("--allow-unsigned"), QStringLiteral("--skip-env")};

        Run r = cli(install);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(count("/api/v1/stats/plugins/install_count"), 0); // off by default

        {
            auto ws = Workspace::WorkspaceStore::open(wsDir);
            QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
            QVERIFY(Workspace::setReportInstallsEnabled(*ws.value(), true));
            QVERIFY(ws.value()->removeInstalled(QStringLiteral("studio-tests/cli_mp"), true));
        }
        r = cli(install);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(count("/api/v1/stats/plugins/install_count") >= 1);
        QCOMPARE(QJsonDocument::fromJson(server->requests.last().body).object().value(QStringLiteral("unique_identifier")).toString(), uid);
        QVERIFY(r.out.contains("installed studio-tests/cli_mp"));
    }
};

QTEST_GUILESS_MAIN(TstMarketplaceCli)
#include "tst_marketplace_cli.moc"
