// SPDX-License-Identifier: GPL-3.0-or-later
// The Dify dock against the loopback Dify stand-in: a kept, signed-in connection shows its
// workspace's plugins (with updates), tasks and permissions; Deploy packages and installs the
// open project (the project unchanged); Debug against Dify points the studio's relay at the
// debugging host and writes the project's .env for the relay; a failed deploy says why.
// The panel is grabbed to dify-panel.png (docs/screenshots/ with STUDIO_WRITE_SCREENSHOTS=1).

#include "app/dify/difypanel.h"
#include "app/studiocontext.h"
#include "core/debug/debugkeystore.h"
#include "core/debug/relay.h"
#include "core/dify/connection.h"
#include "core/dify/remote.h"
#include "core/dify/signin.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"
#include "tests/core/tst_dify_standin.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Studio;
using namespace Studio::App;
using TestSupport::DifyStandIn;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        const QString target = to + f.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(f, target))
            return false;
    }
    return true;
}

} // namespace

class TestDifyPanel : public QObject
{
    Q_OBJECT

private slots:
    void panel();
};

void TestDifyPanel::panel()
{
    DifyStandIn dify;
    dify.taskPolls = 1;
    dify.addPlugins(6);
    dify.plugins[2].source = QStringLiteral("github");
    QVERIFY(dify.start());
    QTemporaryDir dir;
    Session::StudioSession session;
    Session::SessionOptions so;
    so.workspaceDir = dir.filePath(QStringLiteral("ws"));
    so.keyStore = Workspace::KeyStore::File;
    QVERIFY(session.open(so));
    QVERIFY2(session.workspace(), qPrintable(session.workspaceError()));
    // Signed in as the sign-in dialog does it.
    Dify::ConnectionStore store(session.workspace());
    {
        Dify::SignIn s;
        QSignalSpy done(&s, &Dify::SignIn::finished);
        s.start({dify.url().toString(), dify.email, dify.password, {}, QStringLiteral("local")});
        QVERIFY(done.wait(15000));
        QVERIFY(!s.error());
        QVERIFY(store.save(s.result().connection));
        QVERIFY(store.saveTokens(QStringLiteral("local"), s.result().tokens));
    }
    const QString project = dir.filePath(QStringLiteral("tool"));
    QVERIFY(copyTree(QStringLiteral(STUDIO_FIXTURES) + QStringLiteral("/plugins/tool"), project));
    StudioContext context(dir.filePath(QStringLiteral("ws")));
    context.setProjectDir(project);
    Debug::DebugRelay &relay = *session.relay();

    DifyPanel panel(&session, &context);
    panel.resize(900, 560);
    panel.show();
    QVERIFY(QTest::qWaitFor([&] { return panel.pluginTree()->topLevelItemCount() == 6; }, 15000));
    QVERIFY(panel.connectionBox()->currentText().contains(QLatin1String("local")));
    QCOMPARE(panel.pluginTree()->topLevelItem(0)->text(6), QStringLiteral("9.9.9")); // update shown
    QCOMPARE(panel.pluginTree()->topLevelItem(2)->text(6), QString());             // not from the Marketplace
    QVERIFY(panel.deployButton()->isEnabled());

    // Deploy the open project.
    panel.deploy();
    QVERIFY2(QTest::qWaitFor([&] { return panel.statusLabel()->text().startsWith(QLatin1String("Deployed")); }, 30000),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY(QTest::qWaitFor([&] { return panel.pluginTree()->topLevelItemCount() == 7; }, 15000));
    QVERIFY(!QFile::exists(project + QStringLiteral("/tool.difypkg"))); // packaged elsewhere

    // A Dify that refuses the upload (HTML 413 from its proxy): the reason is shown, nothing listed.
    TestSupport::FakeResponse big;
    big.status = 413;
    big.contentType = "text/html";
    big.body = "<html><head><title>413 Request Entity Too Large</title></head></html>";
    dify.fault("POST", QStringLiteral("/workspaces/current/plugin/upload/pkg"), big);
    QFile extra(project + QStringLiteral("/notes.md"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write("x\n");
    extra.close();
    panel.deploy(true);
    QVERIFY(QTest::qWaitFor([&] { return panel.statusLabel()->text().contains(QLatin1String("too large")); }, 30000));
    dify.clearFaults();

    // Debug against Dify: the relay points at the debugging host, the .env at the relay.
    dify.debugHost = QStringLiteral("127.0.0.1");
    dify.debugPort = 5999;
    panel.writeDebugEnv();
    QVERIFY(QTest::qWaitFor([&] { return panel.statusLabel()->text().contains(QLatin1String(".env written")); }, 15000));
    QCOMPARE(relay.upstreamHost(), QStringLiteral("127.0.0.1"));
    QCOMPARE(relay.upstreamPort(), quint16(5999));
    QVERIFY(relay.port() > 0);
    QFile env(project + QStringLiteral("/.env"));
    QVERIFY(env.open(QIODevice::ReadOnly));
    const QByteArray text = env.readAll();
    QVERIFY2(text.contains(QByteArray("REMOTE_INSTALL_URL=127.0.0.1:" + QByteArray::number(relay.port()))), text.constData());
    QVERIFY(text.contains(QByteArray("REMOTE_INSTALL_KEY=" + relay.keys()->currentKey().toUtf8())));
    QVERIFY(!text.contains(dify.debugKey.toUtf8())); // the real key stays with the relay

    // Not allowed to debug: the reason names the permission.
    dify.debugPermission = QStringLiteral("noone");
    panel.debugAgainstDify();
    QVERIFY(QTest::qWaitFor([&] { return panel.statusLabel()->text().contains(QLatin1String("who can debug")); }, 15000));
    dify.debugPermission = QStringLiteral("everyone");

    panel.refresh();
    QVERIFY(QTest::qWaitFor([&] { return panel.statusLabel()->text().contains(QLatin1String("installed in")); }, 15000));
    const QImage shot = panel.grab().toImage();
    QVERIFY(!shot.isNull());
    const QString out = qEnvironmentVariableIsSet("STUDIO_WRITE_SCREENSHOTS")
        ? QStringLiteral(STUDIO_SOURCE_DIR) + QStringLiteral("/docs/screenshots/dify-panel.png")
        : dir.filePath(QStringLiteral("dify-panel.png"));
    QVERIFY(shot.save(out));
    qInfo("screenshot: %s", qPrintable(out));
}

QTEST_MAIN(TestDifyPanel)
#include "tst_difypanel.moc"
