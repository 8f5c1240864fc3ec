// SPDX-License-Identifier: GPL-3.0-or-later
// EnvironmentManager: requirement checks, clear errors, existing venvs, cache keys.
// (The full install from PyPI is exercised by tst_sdk_e2e.)

#include "core/runtime/pythonenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio::Runtime;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestEnv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void pythonCompatibility()
    {
        QVERIFY(EnvironmentManager::checkPythonCompatibility("dify_plugin>=0.7.0,<0.8.0\n", QStringLiteral("3.11.7")));
        QVERIFY(EnvironmentManager::checkPythonCompatibility("dify_plugin~=0.7.4\n", QStringLiteral("3.11.7")));
        QVERIFY(EnvironmentManager::checkPythonCompatibility("requests\n", QStringLiteral("3.11.7")));
        QVERIFY(EnvironmentManager::checkPythonCompatibility("dify_plugin>=0.9.0,<0.10.0\n", QStringLiteral("3.12.3")));
        const auto r = EnvironmentManager::checkPythonCompatibility("httpx\ndify-plugin>=0.9.0,<0.10.0\n", QStringLiteral("3.11.7"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Studio::ErrorCode::Unsupported);
        QVERIFY2(r.error().message.contains(QStringLiteral("Python 3.12")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("3.11.7")));
        QVERIFY(r.error().message.contains(QStringLiteral("--python")));
        // pyproject.toml style
        QVERIFY(!EnvironmentManager::checkPythonCompatibility(
            "[project]\nname = \"x\"\ndependencies = [\"dify_plugin==0.8.1\", \"httpx\"]\n", QStringLiteral("3.11.2")));
    }

    void missingDependencyFile()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("nodeps"));
        QDir().mkpath(dir);
        EnvOptions o;
        o.cacheRoot = m_tmp.filePath(QStringLiteral("cache"));
        const auto r = EnvironmentManager::prepareBlocking(dir, o);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("neither pyproject.toml nor requirements.txt found")));
    }

    void missingPython()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("p1"));
        write(dir + QStringLiteral("/requirements.txt"), "dify_plugin>=0.7,<0.8\n");
        EnvOptions o;
        o.cacheRoot = m_tmp.filePath(QStringLiteral("cache"));
        o.python = QStringLiteral("/nonexistent/bin/python3.12");
        const auto r = EnvironmentManager::prepareBlocking(dir, o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Studio::ErrorCode::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("Python was not found")));
    }

    void newerSdkNeedsNewerPython()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("p2"));
        write(dir + QStringLiteral("/requirements.txt"), "dify_plugin>=0.9.0,<0.10.0\n");
        EnvOptions o;
        o.cacheRoot = m_tmp.filePath(QStringLiteral("cache"));
        // A stand-in interpreter that reports 3.11, so the check is independent of the machine.
        const QString fake = m_tmp.filePath(QStringLiteral("python3.11"));
        write(fake, "#!/bin/sh\necho version=3.11.9\n");
        QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        o.python = fake;
        QStringList lines;
        const auto r = EnvironmentManager::prepareBlocking(dir, o, [&](const QString &l) { lines << l; });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("needs Python 3.12 or newer")), qPrintable(r.error().message));
        QVERIFY(!QDir(o.cacheRoot).exists() || QDir(o.cacheRoot).isEmpty(QDir::Dirs | QDir::NoDotAndDotDot));
        QVERIFY(!lines.isEmpty());
    }

    void missingWheelOfflineShowsPipError()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY(!python.isEmpty());
        const QString dir = m_tmp.filePath(QStringLiteral("p3"));
        write(dir + QStringLiteral("/requirements.txt"), "dify_plugin>=0.7.0,<0.8.0\n");
        const QString wheels = m_tmp.filePath(QStringLiteral("empty-wheels"));
        QDir().mkpath(wheels);
        EnvOptions o;
        o.cacheRoot = m_tmp.filePath(QStringLiteral("cache-offline"));
        o.offlineWheels = wheels;
        o.allowUv = false;
        const auto r = EnvironmentManager::prepareBlocking(dir, o);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("failed to install dependencies")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("no installable wheel for dify_plugin")), qPrintable(r.error().message));
        // the half-built environment is removed, so the next run starts clean
        QDir cache(o.cacheRoot);
        QVERIFY(cache.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void existingVenvUsedAsIs()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const QString venv = m_tmp.filePath(QStringLiteral("myvenv"));
        QProcess p;
        p.start(python, {QStringLiteral("-m"), QStringLiteral("venv"), QStringLiteral("--without-pip"), venv});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString dir = m_tmp.filePath(QStringLiteral("p4"));
        write(dir + QStringLiteral("/requirements.txt"), "dify_plugin>=0.7.0,<0.8.0\n");
        EnvOptions o;
        o.python = venv;
        auto r = EnvironmentManager::prepareBlocking(dir, o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->interpreter, QDir(venv).filePath(QStringLiteral("bin/python")));
        QCOMPARE(r->venvDir, QDir::cleanPath(venv));
        o.python = QDir(venv).filePath(QStringLiteral("bin/python")); // the interpreter inside works too
        r = EnvironmentManager::prepareBlocking(dir, o);
        QVERIFY(r);
        QCOMPARE(r->venvDir, QDir::cleanPath(venv));
    }

    void cancelStopsAtOnce()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("p5"));
        write(dir + QStringLiteral("/requirements.txt"), "dify_plugin>=0.7.0,<0.8.0\n");
        const QString slow = m_tmp.filePath(QStringLiteral("slowpython"));
        write(slow, "#!/bin/sh\nsleep 30\n");
        QFile::setPermissions(slow, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        EnvironmentManager m;
        EnvOptions o;
        o.python = slow;
        o.cacheRoot = m_tmp.filePath(QStringLiteral("cache-cancel"));
        QVERIFY(m.prepare(dir, o));
        QVERIFY(m.isRunning());
        QVERIFY(!m.prepare(dir, o)); // one at a time
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        m.cancel();
        QVERIFY(t.elapsed() < 3000);
        QVERIFY(!m.isRunning());
        QCOMPARE(m.result().error().code, Studio::ErrorCode::Cancelled);
    }

    void noOutputWatchdog()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("p6"));
        write(dir + QStringLiteral("/requirements.txt"), "dify_plugin>=0.7.0,<0.8.0\n");
        const QString slow = m_tmp.filePath(QStringLiteral("hangpython"));
        write(slow, "#!/bin/sh\nsleep 30\n");
        QFile::setPermissions(slow, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        EnvOptions o;
        o.python = slow;
        o.cacheRoot = m_tmp.filePath(QStringLiteral("cache-hang"));
        o.noOutputTimeoutMs = 1500;
        QElapsedTimer t;
        t.start();
        const auto r = EnvironmentManager::prepareBlocking(dir, o);
        QVERIFY(!r);
        QVERIFY(t.elapsed() < 10000);
        QVERIFY2(r.error().message.contains(QStringLiteral("no activity for 1 seconds")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestEnv)
#include "tst_env.moc"
