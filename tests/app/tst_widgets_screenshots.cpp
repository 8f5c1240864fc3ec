// SPDX-License-Identifier: GPL-3.0-or-later
// Shows each panel with real data (debug server + SDK-free plugin, loopback Marketplace, a real
// workspace) and grabs it. Checks every grab has content; with STUDIO_WRITE_SCREENSHOTS=1 the PNGs
// are written to docs/screenshots/ (console-, debug-, marketplace-, installed-), else to a temp dir.
#include "app/console/consolepanel.h"
#include "app/debug/debugpanel.h"
#include "app/debug/inspectormodel.h"
#include "app/marketplace/marketplacemodel.h"
#include "app/marketplace/marketplacepage.h"
#include "app/widgets/configform.h"
#include "app/widgets/logview.h"
#include "app/workspace/installedpage.h"
#include "core/debug/debugserver.h"
#include "core/plugin/loader.h"
#include "core/debug/endpointserver.h"
#include "core/debug/inspector.h"
#include "core/debug/relay.h"
#include "core/package/packagewriter.h"
#include "core/runtime/filestore.h"
#include "core/runtime/reverse.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"
#include "tests/core/tst_marketplace_fakeserver.h"

#include <QDir>
#include <QJsonArray>
#include <QTabWidget>
#include <QTableView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio;
using namespace Studio::App;

class TestScreenshots : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_outDir;

    void save(QWidget *w, const QString &name)
    {
        w->repaint();
        QCoreApplication::processEvents();
        const QImage img = w->grab().toImage();
        QVERIFY(!img.isNull());
        // Not a blank grab: count distinct colours on a sample grid.
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(name));
        QVERIFY(img.save(QDir(m_outDir).filePath(name + QStringLiteral(".png"))));
    }

    QProcess *startClient(Debug::DebugServer &server, QObject *parent, bool endpoint = false)
    {
        auto *client = new QProcess(parent);
        client->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args{QStringLiteral(STUDIO_FIXTURES "/debug/debugclient.py"), server.displayAddress(),
                         server.keys()->currentKey(), QStringLiteral("--heartbeat"), QStringLiteral("0.5")};
        if (endpoint)
            args << QStringLiteral("--endpoint");
        client->start(QStringLiteral("python3"), args);
        return client;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_outDir = qEnvironmentVariable("STUDIO_WRITE_SCREENSHOTS") == QLatin1String("1")
                       ? QStringLiteral(STUDIO_SOURCE_DIR "/docs/screenshots")
                       : m_tmp.filePath(QStringLiteral("shots"));
        QDir().mkpath(m_outDir);
    }

    void consoleAndDebug()
    {
        Session::StudioSession session;
        Session::SessionOptions so;
        so.workspaceDir = m_tmp.filePath(QStringLiteral("console-ws"));
        so.keyStore = Workspace::KeyStore::File;
        QVERIFY(session.open(so));
        Runtime::DefaultReverseHandler &reverse = *session.reverseHandler();
        Debug::DebugServer &server = *session.debugServer();
        Debug::EndpointRegistry &endpoints = *session.endpoints();
        QVERIFY(session.endpointServer()->listen(QHostAddress::LocalHost, 0));
        DebugPanel debug(&server, session.messageLog(), session.relay(), &endpoints, session.endpointServer());
        debug.resize(1200, 760);
        debug.show();
        debug.setListenAddress(QStringLiteral("127.0.0.1"), 0);
        QVERIFY(debug.startServer());
        QSignalSpy registered(&server, &Debug::DebugServer::pluginRegistered);
        QProcess *client = startClient(server, this, true);
        QTRY_COMPARE_WITH_TIMEOUT(registered.count(), 1, 20000);

        ConsolePanel console(&session);
        console.resize(1200, 700);
        console.show();
        QVERIFY(console.selectPlugin(QStringLiteral("studio/echo")));
        QVERIFY(console.selectAction(QStringLiteral("tool:invoke_tool:echo/say")));
        console.parametersForm()->setRawMode(true);
        QSignalSpy finished(&console, &ConsolePanel::invocationFinished);
        console.parametersForm()->setValues({{QStringLiteral("mode"), QStringLiteral("slow")}, {QStringLiteral("count"), 4},
                                             {QStringLiteral("delay"), 0.05}});
        console.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        console.parametersForm()->setValues({{QStringLiteral("city"), QStringLiteral("Lyon")}, {QStringLiteral("days"), 3}});
        console.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        for (int i = 0; i < 300; ++i)
            console.logView()->appendLine(QStringLiteral("2026-11-23 22:00:%1 INFO worker: handled request %2").arg(i % 60, 2, 10, QLatin1Char('0')).arg(i),
                                          i % 40 == 0 ? LogLevel::Warning : LogLevel::Info, i % 97 == 0);
        console.logView()->flushPending();
        Q_EMIT reverse.permissionDenied(QStringLiteral("studio/echo"), QStringLiteral("llm"),
                                        QStringLiteral("permission denied, you need to enable llm access in plugin manifest"));
        save(&console, QStringLiteral("console-output"));
        auto *tabs = console.findChild<QTabWidget *>();
        tabs->setCurrentIndex(2);
        save(&console, QStringLiteral("console-logs"));
        tabs->setCurrentIndex(3);
        save(&console, QStringLiteral("console-history"));

        endpoints.create(QStringLiteral("studio/echo"), QStringLiteral("echo hook"));
        debug.inspectorModel()->flush();
        debug.inspectorView()->setCurrentIndex(debug.inspectorModel()->index(qMin(3, debug.inspectorModel()->rowCount() - 1), 0));
        save(&debug, QStringLiteral("debug-panel"));
        client->kill();
        client->waitForFinished();
    }

    void marketplace()
    {
        TestSupport::FakeHttpServer server;
        const QStringList cats{QStringLiteral("tool"), QStringLiteral("model"), QStringLiteral("agent-strategy"),
                               QStringLiteral("extension")};
        const QStringList names{QStringLiteral("Web Search"), QStringLiteral("Weather"), QStringLiteral("OpenAI-compatible"),
                                QStringLiteral("Notion Pages"), QStringLiteral("Image Studio"), QStringLiteral("ReAct Agent"),
                                QStringLiteral("Slack Bot"), QStringLiteral("PDF Tools"), QStringLiteral("GitHub"),
                                QStringLiteral("Translator"), QStringLiteral("SQL Runner"), QStringLiteral("Webhook Relay")};
        QJsonArray list;
        for (int i = 0; i < names.size(); ++i)
            list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("plugin")}, {QStringLiteral("org"), QStringLiteral("acme")},
                                    {QStringLiteral("name"), QStringLiteral("p%1").arg(i)},
                                    {QStringLiteral("latest_version"), QStringLiteral("0.%1.2").arg(i)},
                                    {QStringLiteral("latest_package_identifier"), QStringLiteral("acme/p%1:0.%1.2@%2").arg(i).arg(QString(64, QLatin1Char('d')))},
                                    {QStringLiteral("label"), QJsonObject{{QStringLiteral("en_US"), names[i]}}},
                                    {QStringLiteral("brief"), QJsonObject{{QStringLiteral("en_US"), QStringLiteral("%1 for your Dify apps: fast, simple, and configurable with your own credentials.").arg(names[i])}}},
                                    {QStringLiteral("category"), cats[i % cats.size()]},
                                    {QStringLiteral("install_count"), 137 * (i + 1) * (i + 3) * 11},
                                    {QStringLiteral("badges"), i % 4 == 1 ? QJsonArray{QStringLiteral("partner")} : QJsonArray{}},
                                    {QStringLiteral("verified"), i % 3 == 0},
                                    {QStringLiteral("introduction"), QStringLiteral("# %1\n\nSearch the web from your workflows.\n\n## Setup\n\n1. Get an **API key**.\n2. Paste it in *Configure*.\n\n```\nquery: weather in Lyon\n```\n").arg(names[i])}});
        server.onJson("POST", "/api/v1/plugins/search/advanced",
                      QJsonDocument(QJsonObject{{QStringLiteral("plugins"), list}, {QStringLiteral("total"), 212}}).toJson(QJsonDocument::Compact));
        server.onJson("GET", "/api/v1/plugins/acme/p0",
                      QJsonDocument(QJsonObject{{QStringLiteral("plugin"), list.at(0)}}).toJson(QJsonDocument::Compact));
        server.onJson("GET", "/api/v1/plugins/acme/p0/versions",
                      R"({"versions":[{"version":"0.0.2","created_at":"2026-10-02T00:00:00Z","unique_identifier":"x"},{"version":"0.0.1","created_at":"2026-08-01T00:00:00Z","unique_identifier":"y"}]})");
        const QList<QByteArray> colours{"#1e88e5", "#43a047", "#8e24aa", "#f4511e", "#00897b", "#6d4c41"};
        for (int i = 0; i < names.size(); ++i)
            server.onStatic("GET", "/api/v1/plugins/acme/p" + QByteArray::number(i) + "/icon",
                            TestSupport::FakeResponse{200, "image/svg+xml",
                                                      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\"><rect rx=\"8\" width=\"40\" height=\"40\" fill=\""
                                                          + colours[i % colours.size()] + "\"/><circle cx=\"20\" cy=\"20\" r=\"9\" fill=\"white\"/></svg>",
                                                      false, 0});
        QVERIFY(server.start());
        Marketplace::MarketplaceClient client;
        client.setBaseUrl(server.url());
        client.setCacheDir(m_tmp.filePath(QStringLiteral("mcache")));
        MarketplacePage page(&client);
        page.resize(1100, 720);
        page.show();
        QSignalSpy done(&page, &MarketplacePage::searchFinished);
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->hasIcon(QStringLiteral("acme/p5")), 10000);
        save(&page, QStringLiteral("marketplace-results"));
        QSignalSpy detail(&page, &MarketplacePage::detailLoaded);
        page.openDetail(QStringLiteral("acme/p0"));
        QTRY_COMPARE_WITH_TIMEOUT(detail.count(), 1, 10000);
        QTest::qWait(200);
        save(&page, QStringLiteral("marketplace-detail"));
        server.stop();
        page.showList();
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 20000);
        QVERIFY(page.isOffline());
        save(&page, QStringLiteral("marketplace-offline"));
    }

    void installed()
    {
        auto ws = Workspace::WorkspaceStore::open(m_tmp.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        InstalledPluginsPage page(ws->get(), nullptr);
        Workspace::InstallOptions o;
        o.allowUnsigned = true;
        o.skipEnv = true;
        page.setInstallOptions(o);
        page.resize(1000, 520);
        page.show();
        QSignalSpy finished(&page, &InstalledPluginsPage::taskFinished);
        int expected = 0;
        for (const char *fixture : {"tool", "model_predefined", "tool_endpoints", "agent_strategy"}) {
            Package::PackageOptions po;
            po.outputPath = m_tmp.filePath(QString::fromLatin1(fixture) + QStringLiteral(".difypkg"));
            auto pkg = Package::packagePlugin(QStringLiteral(STUDIO_FIXTURES "/plugins/") + QString::fromLatin1(fixture), po);
            if (!pkg)
                continue;
            page.installFrom(pkg->outputPath);
            ++expected;
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), expected, 60000);
        }
        QVERIFY(page.model()->rowCount() >= 1);
        save(&page, QStringLiteral("installed-plugins"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_widgets_screenshots.moc"
