// SPDX-License-Identifier: GPL-3.0-or-later
// One-click remote debugging end to end (#13.5), with the REAL dify_plugin SDK (the newest from
// PyPI on Python >= 3.12 found on the machine): a StudioSession starts the project in remote mode
// through its relay against a debug host — the studio's own DebugServer standing in for a Dify
// plugin daemon. Checked: it registers upstream, is listed in the session's registry, the
// inspector logs its lines, a call from the host reaches it; a saved file restarts it and it
// registers again with the new code; a host that drops it gets it back at once; __pycache__
// writes do not restart it; a refused key and an unreachable host end the run with what to do;
// stop removes process and entry.

#include "core/debug/debugserver.h"
#include "core/debug/inspector.h"
#include "core/debug/relay.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/pythonenv.h"
#include "core/debug/tcptransport.h"
#include "core/session/remotedebugrun.h"
#include "core/session/studiosession.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace Studio;
using namespace Studio::Session;
using Studio::Debug::DebugServer;
using Studio::Debug::RegisteredPlugin;

namespace {

// The newest Python >= 3.12 here (the current dify_plugin needs 3.12): PATH, then pyenv.
QString python312()
{
    for (const char *name : {"python3.13", "python3.12"})
        if (const QString p = QStandardPaths::findExecutable(QString::fromLatin1(name));
            !p.isEmpty() && !p.contains(QLatin1String("/shims/"))) // a pyenv shim runs only where selected
            return p;
    QStringList found;
    QDirIterator it(QDir::homePath() + QStringLiteral("/.pyenv/versions"), {QStringLiteral("3.1[2-9]*")}, QDir::Dirs);
    while (it.hasNext()) {
        const QString p = it.next() + QStringLiteral("/bin/python3");
        if (QFileInfo(p).isExecutable())
            found << p;
    }
    found.sort();
    return found.isEmpty() ? QString() : found.last();
}

// A copy of the fixture asking for the newest dify_plugin (>= 0.9.0) on runner 3.12.
bool copyFixture(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        if (src.contains(QLatin1String("/__pycache__/")))
            continue;
        const QString dst = to + QLatin1Char('/') + QDir(from).relativeFilePath(src);
        QDir().mkpath(QFileInfo(dst).absolutePath());
        if (!QFile::copy(src, dst))
            return false;
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile req(to + QStringLiteral("/requirements.txt"));
    if (!req.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    req.write("dify_plugin>=0.9.0\n");
    req.close();
    QFile manifest(to + QStringLiteral("/manifest.yaml"));
    if (!manifest.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(manifest.readAll());
    manifest.close();
    text.replace(QRegularExpression(QStringLiteral(R"(version: "3\.\d+")")), QStringLiteral("version: \"3.12\""));
    return manifest.open(QIODevice::WriteOnly | QIODevice::Truncate) && manifest.write(text.toUtf8()) > 0;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

QString sayResult(RegisteredPlugin *plugin, const QString &text)
{
    auto *inv = plugin->connection()->invoke(
        Runtime::InvokeRequest::invokeTool(QStringLiteral("sdkecho"), QStringLiteral("say"), QJsonObject{{"text", text}}));
    if (!inv->isFinished()) {
        QSignalSpy done(inv, &Runtime::Invocation::finished);
        done.wait(30000);
    }
    if (inv->state() != Runtime::InvocationState::Succeeded)
        return QStringLiteral("failed: ") + inv->error().message;
    return inv->chunks().isEmpty() ? QString()
                                   : inv->chunks().at(0).value("message").toObject().value("text").toString();
}

} // namespace

class TstRemoteDebug : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project, m_python, m_note;
    std::unique_ptr<StudioSession> m_session;
    std::unique_ptr<DebugServer> m_host; // the "Dify" debug host

    RemoteDebugTarget target(const QString &key) const
    {
        RemoteDebugTarget t;
        t.source = QStringLiteral("dify:test");
        t.label = QStringLiteral("the test Dify");
        t.host = QStringLiteral("127.0.0.1");
        t.port = m_host->port();
        t.key = key;
        return t;
    }

    RegisteredPlugin *waitRegistered(QSignalSpy &spy, int ms = 120000)
    {
        if (spy.isEmpty() && !spy.wait(ms))
            return nullptr;
        return spy.takeFirst().at(0).value<RegisteredPlugin *>();
    }

private slots:
    void initTestCase()
    {
        const QString base = python312();
        if (base.isEmpty())
            QSKIP("no Python >= 3.12 on this machine: the current dify_plugin needs it");
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("sdkecho"));
        QVERIFY(copyFixture(QStringLiteral(STUDIO_FIXTURES "/debug/sdkplugin"), m_project));
        QStringList output;
        Runtime::EnvOptions eo;
        eo.python = base;
        const auto env = Runtime::EnvironmentManager::prepareBlocking(m_project, eo, [&output](const QString &l) {
            output << l;
            if (output.size() > 50)
                output.removeFirst();
        });
        QVERIFY2(env.hasValue(), qPrintable((env.hasValue() ? QString() : env.error().toString()) + QLatin1Char('\n')
                                            + output.join(QLatin1Char('\n'))));
        m_python = env->interpreter;
        qInfo("the newest dify_plugin from PyPI on Python %s (%s)", qPrintable(env->pythonVersion), qPrintable(env->venvDir));

        m_session = std::make_unique<StudioSession>();
        SessionOptions so;
        so.workspaceDir = m_dir.filePath(QStringLiteral("ws"));
        so.keyStore = Workspace::KeyStore::File;
        QVERIFY(m_session->open(so));
        Runtime::LocalPluginOptions po = m_session->pluginOptions(m_project);
        po.interpreter = m_python;
        m_session->setPluginOptionsOverride(m_project, po);

        m_host = std::make_unique<DebugServer>();
        QVERIFY(m_host->listen(QHostAddress::LocalHost, 0));
    }

    void refusedKeySaysWhatToDo()
    {
        auto run = m_session->startRemoteDebug(m_project, target(QStringLiteral("00000000-0000-4000-8000-000000000000")));
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QSignalSpy failed(*run, &RemoteDebugRun::failed);
        QVERIFY(failed.wait(60000));
        const QString why = failed.at(0).at(0).toString();
        QVERIFY2(why.contains(QLatin1String("refused the debugging key")) && why.contains(QLatin1String("invalid key")),
                 qPrintable(why));
        QCOMPARE((*run)->state(), RemoteDebugState::Failed);
        QTRY_VERIFY_WITH_TIMEOUT((*run)->processId() == 0, 5000); // no restart loop
        QCOMPARE((*run)->launchCount(), 1);
        m_session->stopRemoteDebug();
    }

    void unreachableHostSaysWhatToDo()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        RemoteDebugTarget t = target(m_host->keys()->currentKey());
        t.port = closed.serverPort();
        closed.close(); // nothing listens there now
        auto run = m_session->startRemoteDebug(m_project, t);
        QVERIFY(run);
        QSignalSpy failed(*run, &RemoteDebugRun::failed);
        QVERIFY(failed.wait(60000));
        const QString why = failed.at(0).at(0).toString();
        QVERIFY2(why.startsWith(QLatin1String("Cannot reach the Dify debug host 127.0.0.1:")), qPrintable(why));
        QVERIFY(why.contains(QLatin1String("reachable from this machine")));
        m_session->stopRemoteDebug();
    }

    void oneClickRegistersRestartsOnSaveAndReconnects()
    {
        QSignalSpy registered(m_host.get(), &DebugServer::pluginRegistered);
        const int logged = m_session->messageLog()->count();
        auto started = m_session->startRemoteDebug(m_project, target(m_host->keys()->currentKey()));
        QVERIFY(started);
        RemoteDebugRun *run = *started;
        QCOMPARE(m_session->remoteDebugRun(), run);
        QSignalSpy connectedSpy(run, &RemoteDebugRun::connected);

        // Registered upstream through the relay, listed in the session as a remote plugin.
        RegisteredPlugin *plugin = waitRegistered(registered);
        QVERIFY(plugin);
        QCOMPARE(plugin->pluginId(), QStringLiteral("studio/sdkecho"));
        QVERIFY(connectedSpy.count() == 1 || connectedSpy.wait(10000));
        QCOMPARE(run->state(), RemoteDebugState::Connected);
        SessionPlugin *entry = m_session->plugins()->find(QStringLiteral("remote:dify:test/studio/sdkecho"));
        QVERIFY(entry);
        QCOMPARE(entry, run->entry());
        QCOMPARE(entry->origin(), PluginOrigin::Remote);
        QCOMPARE(entry->state(), Runtime::RuntimeState::Active);
        const qint64 firstPid = run->processId();
        QVERIFY(processAlive(firstPid));

        // A call from the host goes through the relay; the inspector has both directions.
        QCOMPARE(sayResult(plugin, QStringLiteral("hello")), QStringLiteral("said:hello"));
        bool handshake = false, request = false, answer = false;
        for (int i = logged; i < m_session->messageLog()->count(); ++i) {
            const auto &m = m_session->messageLog()->at(i);
            handshake |= m.type == QLatin1String("handshake");
            request |= m.direction == Debug::Direction::Out && m.type == QLatin1String("request:tool/invoke_tool")
                       && m.pluginId == QLatin1String("studio/sdkecho");
            answer |= m.direction == Debug::Direction::In && m.type == QLatin1String("stream");
        }
        QVERIFY(handshake && request && answer);
        // The handshake went up with the Dify key, not the relay's.
        QVERIFY(m_session->relay()->keys()->currentKey() != m_host->keys()->currentKey());

        // __pycache__ and editor droppings do not restart it.
        QDir().mkpath(m_project + QStringLiteral("/tools/__pycache__"));
        QFile pyc(m_project + QStringLiteral("/tools/__pycache__/say.cpython-312.pyc"));
        QVERIFY(pyc.open(QIODevice::WriteOnly));
        pyc.write("junk");
        pyc.close();
        QSignalSpy restarting(run, &RemoteDebugRun::restarting);
        QVERIFY(!restarting.wait(1200));
        QCOMPARE(run->processId(), firstPid);

        // Saved: the plugin restarts at once and registers again with the new code.
        QFile say(m_project + QStringLiteral("/tools/say.py"));
        QVERIFY(say.open(QIODevice::ReadOnly));
        QByteArray code = say.readAll();
        say.close();
        QVERIFY(code.contains("\"said:\""));
        code.replace("\"said:\"", "\"saved:\"");
        QVERIFY(say.open(QIODevice::WriteOnly | QIODevice::Truncate));
        say.write(code);
        say.close();
        plugin = waitRegistered(registered, 60000);
        QVERIFY(plugin);
        QVERIFY(connectedSpy.count() >= 2 || connectedSpy.wait(10000));
        QVERIFY(restarting.count() >= 1);
        QVERIFY(run->processId() != firstPid);
        QVERIFY(!processAlive(firstPid));
        QVERIFY(run->lastReconnectMs() >= 0);
        qInfo("save -> registered again: %lld ms", run->lastReconnectMs());
        QTRY_COMPARE_WITH_TIMEOUT(m_host->plugins().size(), 1, 5000); // the old connection is gone
        QCOMPARE(sayResult(plugin, QStringLiteral("x")), QStringLiteral("saved:x"));

        // The host drops the plugin (daemon restarted): it is back at once, not after the SDK's 5 s.
        const qint64 secondPid = run->processId();
        QElapsedTimer dropped;
        dropped.start();
        plugin->transport()->close(QStringLiteral("test: the daemon went away"));
        plugin = waitRegistered(registered, 30000);
        QVERIFY(plugin);
        const qint64 back = dropped.elapsed();
        qInfo("host dropped -> registered again: %lld ms", back);
        QVERIFY2(back < 5000, QByteArray::number(back).constData());
        QVERIFY(run->processId() != secondPid);

        // Stop: the process and the entry are gone.
        const qint64 pid = run->processId();
        QPointer<RemoteDebugRun> guard(run);
        m_session->stopRemoteDebug();
        QVERIFY(!m_session->plugins()->find(QStringLiteral("remote:dify:test/studio/sdkecho")));
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_host->plugins().size(), 0, 5000);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_host.reset();
    }
};

QTEST_GUILESS_MAIN(TstRemoteDebug)
#include "tst_remotedebug.moc"
