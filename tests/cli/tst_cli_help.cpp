// SPDX-License-Identifier: GPL-3.0-or-later
// Every command the CLI lists (read from `plugin-studio-cli --help`, not a hard-coded list) and
// every sub-command a command names in its help: `--help`, `-h` and `--help-all` print that
// command's help on stdout and exit 0 at once, with nothing on stderr and no side effect (nothing
// written in the working folder, HOME, the XDG folders or TMPDIR; no server started — a command
// that goes on to run instead of printing help is caught by the deadline and the output check).
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out, err;
    qint64 ms = 0;
};

// Runs the CLI in a sandbox: its own HOME, XDG folders, TMPDIR and working folder, stdin closed.
Run runCli(const QStringList &args, const QString &sandbox)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                            "XDG_RUNTIME_DIR", "TMPDIR"}) {
        const QString dir = sandbox + QLatin1Char('/') + QString::fromLatin1(var).toLower();
        QDir().mkpath(dir);
        env.insert(QString::fromLatin1(var), dir);
    }
    // The key store setting must not matter: help never opens a workspace.
    env.remove(QStringLiteral("STUDIO_KEY_STORE"));
    QDir().mkpath(sandbox + QStringLiteral("/cwd"));
    p.setWorkingDirectory(sandbox + QStringLiteral("/cwd"));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(STUDIO_CLI), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    r.finished = p.waitForFinished(10000);
    r.ms = timer.elapsed();
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Every file or folder below the sandbox's own (empty) folders.
QStringList leftovers(const QString &sandbox)
{
    QStringList found;
    const QStringList roots = QDir(sandbox).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &root : roots) {
        QDirIterator it(sandbox + QLatin1Char('/') + root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                                              | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found << QDir(sandbox).relativeFilePath(it.next());
    }
    return found;
}

// The names under "Commands:" in the CLI's own help.
QStringList listedCommands(const QByteArray &help)
{
    QStringList names;
    bool inCommands = false;
    const QRegularExpression row(QStringLiteral("^  ([a-z][a-z0-9-]*)\\s{2,}\\S"));
    for (const QString &line : QString::fromUtf8(help).split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        if (line.isEmpty())
            break;
        const auto m = row.match(line);
        if (m.hasMatch())
            names << m.captured(1);
    }
    return names;
}

// The sub-commands a command's help names: the words of its SUBCOMMAND / WHAT argument
// ("init, append, remove, bump, package or analyze.", "key | github-token").
QStringList listedSubcommands(const QByteArray &help)
{
    const QStringList lines = QString::fromUtf8(help).split(QLatin1Char('\n'));
    const QRegularExpression arg(QStringLiteral("^  (SUBCOMMAND|WHAT)\\s+(.*)$"));
    QStringList subs;
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = arg.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        QString text = m.captured(2);
        // A long description wraps onto indented lines.
        for (int j = i + 1; j < lines.size() && lines.at(j).startsWith(QLatin1String("      ")); ++j)
            text += QLatin1Char(' ') + lines.at(j).trimmed();
        for (const QString &w : text.split(QRegularExpression(QStringLiteral("[\\s,|.]+")), Qt::SkipEmptyParts))
            if (w != QLatin1String("or") && w != QLatin1String("and")
                && QRegularExpression(QStringLiteral("^[a-z][a-z-]*$")).match(w).hasMatch())
                subs << w;
    }
    return subs;
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommand_data();
    void everyCommand();
    void topLevel_data();
    void topLevel();

private:
    QStringList m_commands;
    QList<QStringList> m_invocations; // {"validate"}, {"bundle", "init"}, ...
};

void TestCliHelp::initTestCase()
{
    QTemporaryDir sandbox;
    QVERIFY(sandbox.isValid());
    const Run r = runCli({QStringLiteral("--help")}, sandbox.path());
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    m_commands = listedCommands(r.out);
    // The CLI has at least the 19 commands of wave 1; a parser that finds none must fail here.
    QVERIFY2(m_commands.size() >= 19, qPrintable(QString::fromUtf8(r.out)));
    QVERIFY(m_commands.contains(QStringLiteral("debug-server")));
    for (const QString &c : std::as_const(m_commands)) {
        m_invocations << QStringList{c};
        const Run h = runCli({c, QStringLiteral("--help")}, sandbox.path());
        QVERIFY2(h.finished && h.exitCode == 0, qPrintable(c));
        for (const QString &sub : listedSubcommands(h.out))
            m_invocations << QStringList{c, sub};
    }
    // bundle, market and workspace name their sub-commands; the parse must have found them.
    QVERIFY(m_invocations.contains(QStringList{QStringLiteral("bundle"), QStringLiteral("init")}));
    QVERIFY(m_invocations.contains(QStringList{QStringLiteral("market"), QStringLiteral("download")}));
    QVERIFY(m_invocations.contains(QStringList{QStringLiteral("workspace"), QStringLiteral("github-token")}));
}

void TestCliHelp::everyCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("flag");
    for (const QStringList &inv : std::as_const(m_invocations))
        for (const char *flag : {"--help", "-h", "--help-all"})
            QTest::newRow(qPrintable(inv.join(QLatin1Char(' ')) + QLatin1Char(' ') + QLatin1String(flag)))
                << inv << QString::fromLatin1(flag);
}

void TestCliHelp::everyCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, flag);
    QTemporaryDir sandbox;
    QVERIFY(sandbox.isValid());
    const Run r = runCli(args + QStringList{flag}, sandbox.path());
    QVERIFY2(r.finished, "the command went on running instead of printing its help");
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    // The usage line names the command as typed, not the binary's path.
    QVERIFY2(out.startsWith(QStringLiteral("Usage: plugin-studio-cli %1 [options]").arg(args.first())), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("--help-all")));
    QVERIFY(out.contains(QLatin1String("Options:")));
    QVERIFY2(leftovers(sandbox.path()).isEmpty(), qPrintable(leftovers(sandbox.path()).join(QLatin1String(", "))));
    QVERIFY2(r.ms < 5000, qPrintable(QStringLiteral("took %1 ms").arg(r.ms)));
    // --help-all prints the same help as --help (no Qt option applies to the CLI).
    if (flag != QLatin1String("--help")) {
        QTemporaryDir other;
        const Run plain = runCli(args + QStringList{QStringLiteral("--help")}, other.path());
        QCOMPARE(r.out, plain.out);
    }
}

void TestCliHelp::topLevel_data()
{
    QTest::addColumn<QString>("flag");
    for (const char *flag : {"--help", "-h", "--help-all", "help"})
        QTest::newRow(flag) << QString::fromLatin1(flag);
}

void TestCliHelp::topLevel()
{
    QFETCH(QString, flag);
    QTemporaryDir sandbox;
    const Run r = runCli({flag}, sandbox.path());
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(listedCommands(r.out), m_commands);
    QVERIFY(leftovers(sandbox.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
