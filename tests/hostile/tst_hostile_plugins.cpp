// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #15, runtime faults, against the real runtime and real processes: a plugin that crashes
// in the middle of a stream, forks children that ignore SIGTERM and exits, closes its stdout but
// keeps running, prints 10 MiB without a newline, or ignores SIGTERM. In each case the call fails
// at once (well before any call or inactivity timeout) with an error that says what the plugin
// did, and the plugin's whole process group is gone soon after.
// The plugin is tests/fixtures/runtime/fault_plugin (standard library only).

#include "core/runtime/localplugin.h"
#include "core/runtime/streamassembler.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Studio;
using namespace Studio::Runtime;

namespace {

QString fixtureDir()
{
    return QStringLiteral(STUDIO_FIXTURES "/runtime/fault_plugin");
}

LocalPluginOptions options()
{
    LocalPluginOptions o;
    o.interpreter = QStandardPaths::findExecutable(QStringLiteral("python3"));
    o.heartbeatIntervalSec = 0.2;
    o.readyTimeoutMs = 20000;
    o.restartOnCrash = false;
    // Far away: a call that fails must fail because of what the plugin did, not a timer.
    o.inactivityTimeoutMs = 60000;
    o.extraEnv.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    return o;
}

bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close > 0 && s.size() > close + 2 && s.at(close + 2) == 'Z'; // a zombie is dead too
}

// Is any process left in the group (the plugin was started with setsid: group id = its pid)?
bool groupGone(qint64 pgid)
{
    return ::kill(-pid_t(pgid), 0) != 0 || processGone(pgid);
}

bool waitActive(LocalPlugin &plugin)
{
    QElapsedTimer t;
    t.start();
    while (plugin.state() != RuntimeState::Active && t.elapsed() < 20000)
        QTest::qWait(5);
    return plugin.state() == RuntimeState::Active;
}

struct Pids
{
    qint64 plugin = 0;
    QList<qint64> children;
};

// The pids the fixture reports in its first json chunk.
Pids reportedPids(Invocation *inv)
{
    Pids p;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        for (const QJsonObject &c : inv->chunks()) {
            if (c.value(QStringLiteral("type")).toString() != QLatin1String("json"))
                continue;
            const QJsonObject o = c.value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject();
            p.plugin = o.value(QStringLiteral("pid")).toInteger();
            for (const QJsonValue &v : o.value(QStringLiteral("children")).toArray())
                p.children << v.toInteger();
            return p;
        }
        if (inv->isFinished())
            break;
        QTest::qWait(5);
    }
    return p;
}

} // namespace

class HostilePlugins : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!options().interpreter.isEmpty(), "python3 must be on PATH");
    }

    void faults_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected"); // in the call's error
        QTest::addColumn<bool>("reportsPids");
        QTest::newRow("crash mid-stream") << "crash" << "the plugin process crashed" << false;
        QTest::newRow("children outlive it") << "children" << "the plugin process exited (code 7)" << true;
        QTest::newRow("closes stdout, keeps running") << "closestdout" << "closed its standard output" << true;
        QTest::newRow("10 MiB without a newline") << "nonewline" << "without a line break" << true;
        QTest::newRow("ignores SIGTERM") << "ignoreterm" << "without a line break" << true;
    }

    void faults()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        QFETCH(bool, reportsPids);
        LocalPluginOptions o = options();
        if (mode == QLatin1String("ignoreterm"))
            o.extraEnv.insert(QStringLiteral("FAULT_IGNORE_SIGTERM"), QStringLiteral("1"));
        LocalPlugin plugin(fixtureDir(), o, nullptr);
        QSignalSpy failedSpy(&plugin, &LocalPlugin::instanceFailed);
        plugin.start();
        QVERIFY(waitActive(plugin));
        const qint64 pgid = plugin.processId();
        QVERIFY(pgid > 0);

        InvokeRequest req = InvokeRequest::invokeTool(QStringLiteral("fault"), QStringLiteral("fault"),
                                                      QJsonObject{{QStringLiteral("mode"), mode}});
        req.timeoutMs = 60000;
        QElapsedTimer clock;
        clock.start();
        Invocation *inv = plugin.invoke(req);
        Pids pids;
        if (reportsPids) {
            pids = reportedPids(inv);
            QCOMPARE(pids.plugin, pgid);
        }
        // The fault happens 0.2 s after the pids are reported; the call must end at once after it:
        // within the kill grace (SIGTERM -> SIGKILL) at worst, never at a timeout.
        while (!inv->isFinished() && clock.elapsed() < 30000)
            QTest::qWait(5);
        QVERIFY2(inv->isFinished(), qPrintable(mode + QStringLiteral(": the call still runs after 30 s")));
        const qint64 failedAfter = clock.elapsed();
        QCOMPARE(inv->state(), InvocationState::Failed);
        QVERIFY2(inv->error().message.contains(expected), qPrintable(inv->error().message));
        QVERIFY2(failedAfter < 200 + o.killGraceMs + 2500, qPrintable(QStringLiteral("failed after %1 ms").arg(failedAfter)));
        qInfo("%s: failed after %lld ms: %s", qPrintable(mode), failedAfter, qPrintable(inv->error().message.left(160)));

        // The whole group is gone: the plugin and the children it forked (even those ignoring SIGTERM).
        QTRY_VERIFY_WITH_TIMEOUT(groupGone(pgid), o.killGraceMs + 5000);
        for (qint64 child : std::as_const(pids.children))
            QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 5000);
        QTRY_COMPARE(plugin.state(), RuntimeState::Stopped);
        QCOMPARE(failedSpy.size(), 1);
    }

    // After a fault the plugin starts again (restartOnCrash) and answers.
    void restartsAfterAFault()
    {
        LocalPluginOptions o = options();
        o.restartOnCrash = true;
        o.restartDelayMs = [](int) { return 0; };
        LocalPlugin plugin(fixtureDir(), o, nullptr);
        plugin.start();
        QVERIFY(waitActive(plugin));
        const qint64 first = plugin.processId();
        Invocation *bad = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("fault"), QStringLiteral("fault"),
                                                                  QJsonObject{{QStringLiteral("mode"), QStringLiteral("closestdout")}}));
        QTRY_VERIFY_WITH_TIMEOUT(bad->isFinished(), 10000);
        QCOMPARE(bad->state(), InvocationState::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(plugin.state() == RuntimeState::Active && plugin.processId() != first, 20000);
        Invocation *good = plugin.invoke(InvokeRequest::invokeTool(QStringLiteral("fault"), QStringLiteral("fault"),
                                                                   QJsonObject{{QStringLiteral("mode"), QStringLiteral("ok")}}));
        QTRY_VERIFY_WITH_TIMEOUT(good->isFinished(), 10000);
        QCOMPARE(good->state(), InvocationState::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(groupGone(first), 5000);
    }
};

QTEST_GUILESS_MAIN(HostilePlugins)
#include "tst_hostile_plugins.moc"
