// SPDX-License-Identifier: GPL-3.0-or-later
// End to end with the REAL dify_plugin SDK (0.7.x on Python 3.11, from PyPI via the runtime's
// EnvironmentManager and its cache): our fixture plugin started with INSTALL_METHOD=remote
// connects to the debug server, registers, is invoked, calls storage back, and is killed mid-call.

#include "core/debug/debugserver.h"
#include "core/debug/inspector.h"
#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/pythonenv.h"
#include "core/runtime/reverse.h"
#include "core/runtime/storage.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Studio;
using namespace Studio::Debug;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString rel = QDir(from).relativeFilePath(src);
        if (rel.contains(QLatin1String("__pycache__")))
            continue;
        const QString dst = QDir(to).filePath(rel);
        QDir().mkpath(QFileInfo(dst).absolutePath());
        if (!QFile::copy(src, dst))
            return false;
    }
    return true;
}

} // namespace

class TstDebugE2E : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pluginDir;
    QString m_python;
    std::unique_ptr<Runtime::SqliteStorage> m_storage;
    std::unique_ptr<Runtime::DefaultReverseHandler> m_reverse;
    std::unique_ptr<DebugServer> m_server;
    MessageLog m_log;

    QProcess *startPlugin(const QString &key)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INSTALL_METHOD"), QStringLiteral("remote"));
        env.insert(QStringLiteral("REMOTE_INSTALL_URL"), QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        env.insert(QStringLiteral("REMOTE_INSTALL_KEY"), key);
        env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
        p->setProcessEnvironment(env);
        p->setWorkingDirectory(m_pluginDir);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(m_python, {QStringLiteral("-m"), QStringLiteral("main")});
        return p;
    }

    static bool waitFinished(Runtime::Invocation *inv, int ms)
    {
        if (inv->isFinished())
            return true;
        QSignalSpy spy(inv, &Runtime::Invocation::finished);
        return spy.wait(ms) || inv->isFinished();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pluginDir = m_dir.filePath(QStringLiteral("sdkecho"));
        QVERIFY(copyTree(QStringLiteral(STUDIO_FIXTURES "/debug/sdkplugin"), m_pluginDir));
        // Real environment: python -m venv + pip install dify_plugin (cached by requirement).
        Runtime::EnvOptions options;
        QStringList output;
        const auto env = Runtime::EnvironmentManager::prepareBlocking(m_pluginDir, options, [&output](const QString &l) {
            output << l;
            if (output.size() > 50)
                output.removeFirst();
        });
        QVERIFY2(env.hasValue(), qPrintable((env.hasValue() ? QString() : env.error().toString()) + QLatin1Char('\n')
                                            + output.join(QLatin1Char('\n'))));
        m_python = env->interpreter;
        qInfo("python env %s (%s, %lld ms)", qPrintable(env->venvDir), env->fromCache ? "cached" : "fresh", env->elapsedMs);

        m_storage = std::make_unique<Runtime::SqliteStorage>(m_dir.filePath(QStringLiteral("storage.db")));
        QVERIFY(m_storage->open());
        m_reverse = std::make_unique<Runtime::DefaultReverseHandler>();
        m_reverse->setStorage(m_storage.get());
        m_server = std::make_unique<DebugServer>();
        m_server->setReverseHandler(m_reverse.get());
        m_server->setMessageLog(&m_log);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void wrongKeyIsRefused()
    {
        QSignalSpy refused(m_server.get(), &DebugServer::connectionRefused);
        QProcess *p = startPlugin(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(refused.wait(60000));
        QVERIFY2(refused.at(0).at(1).toString().startsWith(QStringLiteral("handshake failed, invalid key")),
                 qPrintable(refused.at(0).at(1).toString()));
        QCOMPARE(m_server->plugins().size(), 0);
        p->kill();
        p->waitForFinished(5000);
        delete p;
    }

    void registerInvokeStorageAndKill()
    {
        QSignalSpy registered(m_server.get(), &DebugServer::pluginRegistered);
        QProcess *p = startPlugin(m_server->keys()->currentKey());
        QVERIFY2(registered.wait(120000), p->readAll().right(4000).constData());
        auto *plugin = registered.at(0).at(0).value<RegisteredPlugin *>();
        QCOMPARE(plugin->pluginId(), QStringLiteral("studio/sdkecho"));
        QVERIFY(plugin->identifier().startsWith(QStringLiteral("studio/sdkecho:0.0.1@")));
        QVERIFY(plugin->declaration().tool.has_value());
        QCOMPARE(plugin->declaration().tool->identity.name, QStringLiteral("sdkecho"));
        QCOMPARE(plugin->declaration().tool->tools.size(), 1);
        QVERIFY(plugin->assets().contains(QStringLiteral("_assets/icon.svg")));
        QFile icon(m_pluginDir + QStringLiteral("/_assets/icon.svg"));
        QVERIFY(icon.open(QIODevice::ReadOnly));
        QCOMPARE(plugin->assets().read(QStringLiteral("_assets/icon.svg")).value(), icon.readAll());

        // A tool call through the debug connection.
        auto *say = plugin->connection()->invoke(Runtime::InvokeRequest::invokeTool(
            QStringLiteral("sdkecho"), QStringLiteral("say"), QJsonObject{{"text", "bonjour"}}));
        QVERIFY(waitFinished(say, 30000));
        QVERIFY2(say->state() == Runtime::InvocationState::Succeeded, qPrintable(say->error().message));
        QCOMPARE(say->chunks().size(), 2);
        QCOMPARE(say->chunks().at(0).value("message").toObject().value("text").toString(), QStringLiteral("said:bonjour"));
        QCOMPARE(say->chunks().at(1).value("message").toObject().value("json_object").toObject().value("length").toInt(), 7);

        // Storage reverse call (set + get) served by the studio.
        auto *store = plugin->connection()->invoke(Runtime::InvokeRequest::invokeTool(
            QStringLiteral("sdkecho"), QStringLiteral("say"), QJsonObject{{"text", "kept"}, {"mode", "storage"}}));
        QVERIFY(waitFinished(store, 30000));
        QVERIFY2(store->state() == Runtime::InvocationState::Succeeded, qPrintable(store->error().message));
        QCOMPARE(store->chunks().last().value("message").toObject().value("text").toString(), QStringLiteral("stored:kept"));
        QCOMPARE(m_storage->get(QStringLiteral("studio/sdkecho"), QStringLiteral("last")).value(), QByteArray("kept"));
        MessageFilter f;
        f.type = QStringLiteral("invoke:storage");
        QCOMPARE(m_log.filtered(f).size(), 2);

        // Killed in the middle of a call: the call fails at once.
        auto *sleeper = plugin->connection()->invoke(Runtime::InvokeRequest::invokeTool(
            QStringLiteral("sdkecho"), QStringLiteral("say"), QJsonObject{{"mode", "sleep"}}));
        QSignalSpy chunk(sleeper, &Runtime::Invocation::chunkReceived);
        QVERIFY(chunk.wait(30000));
        QSignalSpy gone(m_server.get(), &DebugServer::pluginDisconnected);
        QElapsedTimer t;
        t.start();
        p->kill();
        QVERIFY(waitFinished(sleeper, 5000));
        QCOMPARE(sleeper->state(), Runtime::InvocationState::Failed);
        QVERIFY2(t.elapsed() < 3000, QByteArray::number(t.elapsed()).constData());
        QVERIFY(gone.count() == 1 || gone.wait(3000));
        QCOMPARE(gone.at(0).at(0).toString(), QStringLiteral("studio/sdkecho"));
        QCOMPARE(m_server->plugins().size(), 0);
        p->waitForFinished(5000);
        delete p;
    }
};

QTEST_GUILESS_MAIN(TstDebugE2E)
#include "tst_debug_e2e.moc"
