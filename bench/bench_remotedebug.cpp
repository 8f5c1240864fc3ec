// SPDX-License-Identifier: GPL-3.0-or-later
// Reconnect after save (#13.5): how long a debugging plugin is gone from the debug host.
//   ours, save:  a project file saved -> the studio's RemoteDebugRun restarts the plugin -> it
//                registers again with the host (through the relay);
//   ours, drop:  the host drops the connection (daemon restarted) -> registered again;
//   SDK, drop:   the same drop with the plugin started by hand (python -m main): the SDK's
//                TCPReaderWriter sleeps reconnect_timeout (5 s) before it reconnects
//                (dify_plugin/core/server/tcp/request_reader.py, _read_stream); the daemon itself
//                adds no pause (debugging_runtime/hooks.go: OnClose cleans up, OnOpen registers).
// Real dify_plugin (newest from PyPI) on Python >= 3.12, the studio's DebugServer as the host.
// Usage: bench_remotedebug [ROUNDS]   (default 5)
//        bench_remotedebug --upstream HOST:PORT --key KEY [ROUNDS]
//          against a real plugin daemon's debug port (dify-daemon.sh up; key TENANT): start ->
//          registered (no refusal) and save -> registered again, as the run sees them.

#include "core/debug/debugserver.h"
#include "core/debug/tcptransport.h"
#include "core/runtime/pythonenv.h"
#include "core/session/remotedebugrun.h"
#include "core/session/studiosession.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Studio;

namespace {

QString python312()
{
    QStringList found;
    QDirIterator it(QDir::homePath() + QStringLiteral("/.pyenv/versions"), {QStringLiteral("3.1[2-9]*")}, QDir::Dirs);
    while (it.hasNext())
        if (const QString p = it.next() + QStringLiteral("/bin/python3"); QFileInfo(p).isExecutable())
            found << p;
    found.sort();
    if (!found.isEmpty())
        return found.last();
    for (const char *name : {"python3.13", "python3.12"})
        if (const QString p = QStandardPaths::findExecutable(QString::fromLatin1(name)); !p.isEmpty() && !p.contains(QLatin1String("/shims/")))
            return p;
    return QString();
}

bool copyFixture(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
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

// Waits for the host's next registration; the time from `since`, or -1 after `ms`.
qint64 waitRegistered(Debug::DebugServer *host, const QElapsedTimer &since, int ms, Debug::RegisteredPlugin **out)
{
    QEventLoop loop;
    qint64 at = -1;
    auto c = QObject::connect(host, &Debug::DebugServer::pluginRegistered, &loop, [&](Debug::RegisteredPlugin *p) {
        at = since.elapsed();
        *out = p;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return at;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void print(const char *what, QList<qint64> v)
{
    if (v.isEmpty()) {
        std::printf("%-44s no figure\n", what);
        return;
    }
    std::sort(v.begin(), v.end());
    std::printf("%-44s median %5lld ms  (min %lld, max %lld, n=%lld)\n", what, static_cast<long long>(v.at(v.size() / 2)),
                static_cast<long long>(v.first()), static_cast<long long>(v.last()), static_cast<long long>(v.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString upstream, upKey;
    if (const int i = int(args.indexOf(QStringLiteral("--upstream"))); i >= 0 && i + 1 < args.size()) {
        upstream = args.at(i + 1);
        args.remove(i, 2);
    }
    if (const int i = int(args.indexOf(QStringLiteral("--key"))); i >= 0 && i + 1 < args.size()) {
        upKey = args.at(i + 1);
        args.remove(i, 2);
    }
    const int rounds = !args.isEmpty() ? qMax(1, args.first().toInt()) : 5;
    const QString base = python312();
    if (base.isEmpty()) {
        std::fprintf(stderr, "no Python >= 3.12 here; the current dify_plugin needs it\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("sdkecho"));
    if (!copyFixture(QStringLiteral(STUDIO_FIXTURES "/debug/sdkplugin"), project))
        return 1;
    Runtime::EnvOptions eo;
    eo.python = base;
    const auto env = Runtime::EnvironmentManager::prepareBlocking(project, eo);
    if (!env) {
        std::fprintf(stderr, "environment: %s\n", qPrintable(env.error().toString()));
        return 1;
    }
    std::printf("dify_plugin (newest from PyPI) on Python %s\n", qPrintable(env->pythonVersion));

    Debug::DebugServer host;
    if (!host.listen(QHostAddress::LocalHost, 0))
        return 1;
    Session::StudioSession session;
    Session::SessionOptions so;
    so.workspaceDir = dir.filePath(QStringLiteral("ws"));
    so.keyStore = Workspace::KeyStore::File;
    if (!session.open(so))
        return 1;
    Runtime::LocalPluginOptions po = session.pluginOptions(project);
    po.interpreter = env->interpreter;
    session.setPluginOptionsOverride(project, po);

    if (!upstream.isEmpty()) {
        // A real daemon: the run's own view (no success acknowledgement on the wire, §4.5).
        Session::RemoteDebugTarget t;
        t.source = QStringLiteral("dify:daemon");
        t.label = upstream;
        t.host = upstream.section(QLatin1Char(':'), 0, 0);
        t.port = quint16(upstream.section(QLatin1Char(':'), 1).toUInt());
        t.key = upKey;
        QElapsedTimer clock;
        clock.start();
        auto run = session.startRemoteDebug(project, t);
        if (!run)
            return 1;
        QList<qint64> saves;
        QEventLoop loop;
        QObject::connect(*run, &Session::RemoteDebugRun::connected, &loop, &QEventLoop::quit);
        QObject::connect(*run, &Session::RemoteDebugRun::failed, &loop, [&](const QString &why) {
            std::printf("failed: %s\n", qPrintable(why));
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        if ((*run)->state() != Session::RemoteDebugState::Connected)
            return 2;
        std::printf("%-44s %5lld ms\n", "real daemon: start -> registered", static_cast<long long>(clock.elapsed()));
        for (int i = 0; i < rounds; ++i) {
            settle(1500);
            QFile say(project + QStringLiteral("/tools/say.py"));
            if (!say.open(QIODevice::Append))
                return 1;
            say.write(QByteArray("\n# saved ") + QByteArray::number(i) + '\n');
            say.close();
            loop.exec();
            if ((*run)->state() == Session::RemoteDebugState::Connected && (*run)->lastReconnectMs() >= 0)
                saves << (*run)->lastReconnectMs();
        }
        print("real daemon: save -> registered again", saves);
        settle(2000); // look at the daemon's plugin list now (dify-daemon.sh plugins TENANT)
        std::printf("still connected: %s (pid %lld)\n", (*run)->state() == Session::RemoteDebugState::Connected ? "yes" : "no",
                    static_cast<long long>((*run)->processId()));
        std::fflush(stdout);
        const int hold = qEnvironmentVariableIntValue("BENCH_HOLD_MS");
        if (hold > 0)
            settle(hold);
        session.stopRemoteDebug();
        settle(1000);
        return 0;
    }

    Session::RemoteDebugTarget t;
    t.source = QStringLiteral("dify:bench");
    t.label = QStringLiteral("bench host");
    t.host = QStringLiteral("127.0.0.1");
    t.port = host.port();
    t.key = host.keys()->currentKey();
    QElapsedTimer clock;
    clock.start();
    Debug::RegisteredPlugin *plugin = nullptr;
    auto run = session.startRemoteDebug(project, t);
    if (!run)
        return 1;
    const qint64 first = waitRegistered(&host, clock, 120000, &plugin);
    std::printf("%-44s %5lld ms\n", "first start -> registered", static_cast<long long>(first));

    QList<qint64> saves, drops, sdkDrops;
    for (int i = 0; i < rounds; ++i) {
        settle(500);
        QFile say(project + QStringLiteral("/tools/say.py"));
        if (!say.open(QIODevice::Append))
            return 1;
        clock.restart();
        say.write(QByteArray("\n# saved ") + QByteArray::number(i) + '\n');
        say.close();
        if (const qint64 ms = waitRegistered(&host, clock, 60000, &plugin); ms >= 0)
            saves << ms;
    }
    for (int i = 0; i < rounds; ++i) {
        settle(500);
        if (!plugin)
            break;
        clock.restart();
        plugin->transport()->close(QStringLiteral("bench: host dropped the plugin"));
        plugin = nullptr;
        if (const qint64 ms = waitRegistered(&host, clock, 60000, &plugin); ms >= 0)
            drops << ms;
    }
    session.stopRemoteDebug();
    settle(1000);

    // The SDK on its own: started by hand against the host, then dropped.
    QProcess p;
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    pe.insert(QStringLiteral("INSTALL_METHOD"), QStringLiteral("remote"));
    pe.insert(QStringLiteral("REMOTE_INSTALL_URL"), QStringLiteral("127.0.0.1:%1").arg(host.port()));
    pe.insert(QStringLiteral("REMOTE_INSTALL_KEY"), host.keys()->currentKey());
    p.setProcessEnvironment(pe);
    p.setWorkingDirectory(project);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    clock.restart();
    p.start(env->interpreter, {QStringLiteral("-m"), QStringLiteral("main")});
    plugin = nullptr;
    waitRegistered(&host, clock, 120000, &plugin);
    const int sdkRounds = qMin(rounds, 2);
    for (int i = 0; i < sdkRounds && plugin; ++i) {
        settle(500);
        clock.restart();
        plugin->transport()->close(QStringLiteral("bench: host dropped the plugin"));
        plugin = nullptr;
        if (const qint64 ms = waitRegistered(&host, clock, 30000, &plugin); ms >= 0)
            sdkDrops << ms;
    }
    p.kill();
    p.waitForFinished(5000);

    print("ours: save -> registered again", saves);
    print("ours: host dropped -> registered again", drops);
    print("SDK alone: host dropped -> registered again", sdkDrops);
    return 0;
}
