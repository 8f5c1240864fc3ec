// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli test [DIR|SUITE...] [--filter RE] [--update-snapshots] [--record-host-calls]
//                        [--junit FILE] [--json]: runs the test suites of plugins (core/testsuite)
// in one studio session. Exit 0 only when every case passed; 1 when one failed or none ran; 2 when
// a suite cannot be read; 64 for a usage error.

#include "cli/command.h"
#include "cli/runtimeoptions.h"
#include "cli/runtimesession.h"

#include "core/common/printable.h"
#include "core/testsuite/report.h"
#include "core/testsuite/runner.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>

namespace Studio::Cli {

namespace {

QString indent(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > 40) {
        const qsizetype more = lines.size() - 40;
        lines = lines.mid(0, 40);
        lines << QStringLiteral("... (%1 more lines)").arg(more);
    }
    for (QString &l : lines)
        l.prepend(prefix);
    return lines.join(QLatin1Char('\n'));
}

void printCase(const TestSuite::CaseResult &r)
{
    const QString id = Studio::printable(r.id());
    if (r.passed) {
        QString extra;
        if (r.snapshotWritten)
            extra += QStringLiteral(", snapshot written");
        if (r.hostCallsWritten)
            extra += QStringLiteral(", %1 host call(s) recorded").arg(r.hostCalls.size());
        printOut(QStringLiteral("PASS %1 (%2 ms%3)\n").arg(id).arg(r.elapsedMs).arg(extra));
        return;
    }
    printOut(QStringLiteral("FAIL %1 (%2 ms) %3:%4\n")
                 .arg(id)
                 .arg(r.elapsedMs)
                 .arg(r.suiteFile)
                 .arg(r.caseLine));
    if (!r.error.isEmpty())
        printOut(indent(Studio::printable(r.error), QStringLiteral("     ")) + QLatin1Char('\n'));
    for (const TestSuite::AssertionResult &a : r.assertions) {
        if (a.passed)
            continue;
        printOut(QStringLiteral("     x %1: %2\n")
                     .arg(Studio::printable(a.description), Studio::printable(a.message)));
        if (a.kind == QLatin1String("snapshot") && !a.expected.isEmpty()) {
            printOut(indent(Studio::printable(TestSuite::lineDiff(a.expected, a.actual)),
                            QStringLiteral("       "))
                     + QLatin1Char('\n'));
        } else if (!a.expected.isEmpty() || !a.actual.isEmpty()) {
            printOut(indent(Studio::printable(a.expected), QStringLiteral("       expected: "))
                     + QLatin1Char('\n'));
            printOut(indent(Studio::printable(a.actual), QStringLiteral("       actual:   "))
                     + QLatin1Char('\n'));
        }
    }
}

} // namespace

static int runTest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the test suites of plugins: YAML files in a plugin's tests/ folder, each case a call "
        "with its "
        "assertions, snapshots beside the suite and recorded host answers replayed as mocks.\n"
        "Exit status: 0 when every case passed, 1 when a case failed or none ran, 2 when a suite "
        "cannot be "
        "read, 64 for a usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QStringLiteral("Plugin folders (their tests/*.yaml), folders of suites or suite files "
                       "(default: the current folder)."),
        QStringLiteral("[DIR|SUITE...]"));
    parser.addOption(
        {QStringLiteral("filter"),
         QStringLiteral("Run only the cases whose SUITE/CASE matches this regular expression."),
         QStringLiteral("RE")});
    parser.addOption({QStringLiteral("update-snapshots"),
                      QStringLiteral("Write the snapshot of every case that asks for one.")});
    parser.addOption(
        {QStringLiteral("record-host-calls"),
         QStringLiteral("Write the host calls of each case that has no host_calls into its suite "
                        "(replayed as mocks from then on).")});
    parser.addOption({QStringLiteral("junit"),
                      QStringLiteral("Write a JUnit XML report to FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print the results as one JSON object instead of text.")});
    parser.addOption({QStringLiteral("case-timeout"),
                      QStringLiteral("Seconds a case's call may take (default 120)."),
                      QStringLiteral("SECONDS")});
    addRuntimeOptions(parser);
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (const QString bad = runtimeOptionsError(parser); !bad.isEmpty()) {
        printErr(bad + QLatin1Char('\n'));
        return ExitUsage;
    }
    TestSuite::RunOptions options;
    if (parser.isSet(QStringLiteral("filter"))) {
        options.filter = QRegularExpression(parser.value(QStringLiteral("filter")),
                                            QRegularExpression::CaseInsensitiveOption);
        if (!options.filter.isValid()) {
            printErr(QStringLiteral("--filter is not a valid regular expression: %1\n")
                         .arg(options.filter.errorString()));
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("case-timeout"))) {
        bool ok = false;
        const double s = parser.value(QStringLiteral("case-timeout")).toDouble(&ok);
        if (!ok || s <= 0 || s > 86400) {
            printErr(
                QStringLiteral("--case-timeout must be a number of seconds between 0 and 86400\n"));
            return ExitUsage;
        }
        options.caseTimeoutMs = int(s * 1000);
    }
    options.updateSnapshots = parser.isSet(QStringLiteral("update-snapshots"));
    options.recordHostCalls = parser.isSet(QStringLiteral("record-host-calls"));
    const bool json = parser.isSet(QStringLiteral("json"));

    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        paths << QStringLiteral(".");
    QList<TestSuite::Suite> suites;
    int cases = 0;
    for (const QString &p : paths) {
        auto files = TestSuite::findSuites(p);
        if (!files) {
            printErr(files.error().message + QLatin1Char('\n'));
            return ExitUnreadable;
        }
        for (const QString &f : *files) {
            auto s = TestSuite::loadSuite(f);
            if (!s) {
                printErr(s.error().toString() + QLatin1Char('\n'));
                return ExitUnreadable;
            }
            cases += int(s->cases.size());
            suites << *s;
        }
    }
    if (cases == 0) {
        printErr(
            QStringLiteral(
                "No test cases found in %1: suites are YAML files in a plugin's tests/ folder "
                "(save one from the console's history, or see `plugin-studio-cli test --help`)\n")
                .arg(paths.join(QStringLiteral(", "))));
        return ExitFailure;
    }

    auto session = openRuntimeSession(parser, suites.first().pluginDir, QStringLiteral("test"));
    if (!session) {
        printErr(session.error().toString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    TestSuite::SuiteRunner runner(session->get());
    QEventLoop loop;
    QObject::connect(&runner,
                     &TestSuite::SuiteRunner::caseFinished,
                     &runner,
                     [json](const TestSuite::CaseResult &r) {
                         if (!json)
                             printCase(r);
                     });
    QObject::connect(&runner, &TestSuite::SuiteRunner::finished, &loop, &QEventLoop::quit);
    runtimeOnTerminationSignal(&runner, [&runner] { runner.cancel(); });
    runner.start(suites, options);
    if (runner.caseCount() == 0) {
        printErr(QStringLiteral("--filter %1 matches none of the %2 case(s)\n")
                     .arg(parser.value(QStringLiteral("filter")))
                     .arg(cases));
        runner.cancel();
    }
    if (runner.isRunning())
        loop.exec();
    const QList<TestSuite::CaseResult> results = runner.results();
    stopAllAndWait(session->get());

    int failed = 0;
    for (const auto &r : results)
        failed += r.passed ? 0 : 1;
    if (parser.isSet(QStringLiteral("junit"))) {
        if (auto w = TestSuite::writeReport(parser.value(QStringLiteral("junit")),
                                            TestSuite::junitXml(results));
            !w) {
            printErr(w.error().message + QLatin1Char('\n'));
            return ExitFailure;
        }
    }
    if (json) {
        printOut(QString::fromUtf8(
            QJsonDocument(TestSuite::jsonReport(results)).toJson(QJsonDocument::Indented)));
    } else {
        printOut(QStringLiteral("%1 case(s): %2 passed, %3 failed\n")
                     .arg(results.size())
                     .arg(results.size() - failed)
                     .arg(failed));
    }
    return failed == 0 && !results.isEmpty() ? ExitOk : ExitFailure;
}

static CommandRegistrar
    reg({QStringLiteral("test"),
         QStringLiteral("Run a plugin's test suites (tests/*.yaml); JUnit and JSON reports"),
         runTest});

} // namespace Studio::Cli
