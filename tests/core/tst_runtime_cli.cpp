// SPDX-License-Identifier: GPL-3.0-or-later
// The real plugin-studio-cli binary: `invoke` (JSON lines, exit codes) and `run` (stays up, stops
// cleanly on SIGTERM with the process group).

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QString fixture()
{
    return QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin");
}

bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid)); // a zombie awaiting its reaper is gone too
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close > 0 && s.size() > close + 2 && s.at(close + 2) == 'Z';
}

struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STUDIO_CLI), args);
    CliRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QByteArray &l : p.readAllStandardOutput().split('\n'))
        if (!l.trimmed().isEmpty())
            r.lines << QJsonDocument::fromJson(l).object();
    return r;
}

} // namespace

class TestRuntimeCli : public QObject
{
    Q_OBJECT

private slots:
    void invokeToolPrintsChunksAndDoneLine()
    {
        const CliRun r = runCli({QStringLiteral("invoke"), fixture(), QStringLiteral("--tool"), QStringLiteral("echo/echo"),
                                 QStringLiteral("--params"), QStringLiteral(R"({"text":"from cli"})"),
                                 QStringLiteral("--credentials"), QStringLiteral(R"({"api_key":"k"})"),
                                 QStringLiteral("--python"), QStringLiteral("python3"), QStringLiteral("--heartbeat"), QStringLiteral("0.2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.lines.size(), 3);
        QCOMPARE(r.lines[0].value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("echo: from cli"));
        QCOMPARE(r.lines[1].value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject()
                     .value(QStringLiteral("credentials")).toObject().value(QStringLiteral("api_key")).toString(), QStringLiteral("k"));
        QCOMPARE(r.lines[2].value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(r.lines[2].value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(r.lines[2].value(QStringLiteral("error")).isNull());
        QVERIFY(r.err.contains(QStringLiteral("Installed tool: echo")));
    }

    void invokeFailureExitsOne()
    {
        const CliRun r = runCli({QStringLiteral("invoke"), fixture(), QStringLiteral("--tool"), QStringLiteral("echo/echo"),
                                 QStringLiteral("--params"), QStringLiteral(R"({"mode":"fail","text":"x"})"),
                                 QStringLiteral("--python"), QStringLiteral("python3")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.lines.last().value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(r.lines.last().value(QStringLiteral("error")).toString().contains(QStringLiteral("failing on purpose: x")));
        QCOMPARE(r.lines.last().value(QStringLiteral("error_type")).toString(), QStringLiteral("ValueError"));
    }

    void invokeEndpointModelAndStorage()
    {
        QTemporaryDir ws;
        const CliRun ep = runCli({QStringLiteral("invoke"), fixture(), QStringLiteral("--endpoint"), QStringLiteral("POST:/hook?a=1"),
                                  QStringLiteral("--body"), QStringLiteral("{\"k\":1}"), QStringLiteral("--python"), QStringLiteral("python3")});
        QCOMPARE(ep.exitCode, 0);
        QCOMPARE(ep.lines[0].value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(QByteArray::fromHex(ep.lines[0].value(QStringLiteral("result")).toString().toLatin1()), QByteArray("echo:{\"k\":1}"));
        const CliRun llm = runCli({QStringLiteral("invoke"), fixture(), QStringLiteral("--model"), QStringLiteral("llm/echo/m1"),
                                   QStringLiteral("--params"), QStringLiteral(R"({"prompt_messages":[{"role":"user","content":"hi"}]})"),
                                   QStringLiteral("--python"), QStringLiteral("python3")});
        QCOMPARE(llm.exitCode, 0);
        QCOMPARE(llm.lines.size(), 3);
        // storage persists in the --workspace database across two CLI runs
        const QString setOps = QStringLiteral(R"({"mode":"storage","ops":[{"opt":"set","key":"n","value":"3432"}]})");
        const QString getOps = QStringLiteral(R"({"mode":"storage","ops":[{"opt":"get","key":"n"}]})");
        QCOMPARE(runCli({QStringLiteral("invoke"), fixture(), QStringLiteral("--tool"), QStringLiteral("echo/echo"), QStringLiteral("--params"), setOps,
                         QStringLiteral("--python"), QStringLiteral("python3"), QStringLiteral("--workspace"), ws.path()}).exitCode, 0);
        const CliRun get = runCli({QStringLiteral("invoke"), fixture(), QStringLiteral("--tool"), QStringLiteral("echo/echo"), QStringLiteral("--params"), getOps,
                                   QStringLiteral("--python"), QStringLiteral("python3"), QStringLiteral("--workspace"), ws.path()});
        QCOMPARE(get.exitCode, 0);
        const QJsonArray replies = get.lines[0].value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject()
                                       .value(QStringLiteral("replies")).toArray();
        QCOMPARE(replies[0].toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("data")).toString(), QStringLiteral("3432"));
        QVERIFY(QFileInfo::exists(ws.filePath(QStringLiteral("storage.db"))));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("invoke"), fixture()}).exitCode, 64);
        QCOMPARE(runCli({QStringLiteral("invoke"), fixture(), QStringLiteral("--tool"), QStringLiteral("nope")}).exitCode, 64);
        const CliRun badJson = runCli({QStringLiteral("invoke"), fixture(), QStringLiteral("--tool"), QStringLiteral("a/b"),
                                       QStringLiteral("--params"), QStringLiteral("{not json")});
        QCOMPARE(badJson.exitCode, 64);
        QVERIFY(badJson.err.contains(QStringLiteral("--params must be a JSON object")));
        const CliRun missing = runCli({QStringLiteral("invoke"), QStringLiteral("/nonexistent/plugin"), QStringLiteral("--tool"), QStringLiteral("a/b")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.lines.last().value(QStringLiteral("error")).toString().contains(QStringLiteral("manifest.yaml")));
        QProcess help;
        help.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("run"), QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(10000));
        QVERIFY(help.readAllStandardOutput().contains("--offline-wheels"));
    }

    void runStaysUpAndStopsOnSigterm()
    {
        QProcess p;
        p.start(QStringLiteral(STUDIO_CLI), {QStringLiteral("run"), fixture(), QStringLiteral("--python"), QStringLiteral("python3"),
                                             QStringLiteral("--heartbeat"), QStringLiteral("0.2")});
        QVERIFY(p.waitForStarted());
        QString err;
        QElapsedTimer t;
        t.start();
        while (!err.contains(QStringLiteral("plugin active")) && t.elapsed() < 20000) {
            p.waitForReadyRead(200);
            err += QString::fromUtf8(p.readAllStandardError());
        }
        QVERIFY2(err.contains(QStringLiteral("plugin active")), qPrintable(err));
        const QRegularExpression pidRe(QStringLiteral("echo fixture starting \\(pid (\\d+)\\)"));
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(p.readAllStandardError()), pidRe.match(err).hasMatch()), 5000);
        const qint64 pluginPid = pidRe.match(err).captured(1).toLongLong();
        QTest::qWait(500);
        QCOMPARE(p.state(), QProcess::Running); // stays up
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        err += QString::fromUtf8(p.readAllStandardError());
        QVERIFY(err.contains(QStringLiteral("plugin stopped")));
        QTRY_VERIFY(processGone(pluginPid));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeCli)
#include "tst_runtime_cli.moc"
