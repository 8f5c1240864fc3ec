// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the cases of suites on a StudioSession (the window's or a CLI command's): each case's
// plugin is the session's entry of the suite's plugin folder (started on demand), its call is built
// by the session's one call-spec reader, and its host calls go through the session's one reverse
// handler: recorded (reverseCallRecorded) and, when the case has host_calls, answered from them by
// the session's interceptor (a call that was not recorded is answered with an error and fails the
// case). Cases run one after the other; results come as signals from the event loop.

#include "core/testsuite/assertions.h"
#include "core/testsuite/suite.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>

namespace Studio::TestSuite {

struct RunOptions
{
    QRegularExpression filter;    // on "SUITE/CASE"; an invalid/empty pattern keeps every case
    bool updateSnapshots = false; // write the snapshot of each case that asks for one, then pass it
    bool recordHostCalls = false; // write the host calls of each case that has none into its suite
    int caseTimeoutMs = 120000;   // a case's call, unless its call says timeout_ms
};

struct CaseResult
{
    QString suiteFile, suiteName, caseName;
    int caseIndex = 0;
    int caseLine = 0;
    bool passed = false;
    QString error; // why the case could not run or was failed outside its assertions ("" when none)
    QStringList unrecorded; // host calls asked for that the recording did not have
    QList<AssertionResult> assertions;
    QJsonObject outcome;
    QList<Session::ReverseCallRecord> hostCalls; // as made during this run
    bool snapshotWritten = false;
    bool hostCallsWritten = false;
    qint64 elapsedMs = 0;

    QString id() const { return suiteName + QLatin1Char('/') + caseName; }
    // The first failed assertion (or the case error) in a sentence.
    QString failureMessage() const;
    QJsonObject toJson() const;
};

class SuiteRunner : public QObject
{
    Q_OBJECT
  public:
    explicit SuiteRunner(Session::StudioSession *session, QObject *parent = nullptr);
    ~SuiteRunner() override;

    // Runs the cases of `suites` the filter keeps; `only` (when not empty) limits the run to these
    // case ids ("SUITE/CASE", rerun failed). Refused (false) while a run is going on.
    bool
    start(const QList<Suite> &suites, const RunOptions &options = {}, const QStringList &only = {});
    void cancel(); // the running case fails as cancelled, the rest are skipped
    bool isRunning() const { return m_running; }
    const QList<CaseResult> &results() const { return m_results; }
    int caseCount() const { return int(m_queue.size()); }

  signals:
    void caseStarted(const QString &suiteFile, int caseIndex, const QString &caseId);
    void caseFinished(const Studio::TestSuite::CaseResult &result);
    void finished();

  private:
    struct Item
    {
        Suite suite;
        TestCase tc;
    };
    void next();
    void runCase(Session::SessionPlugin *plugin);
    void finishCase(CaseResult result);
    Result<QJsonObject> resolveCredentials(const QJsonObject &call,
                                           const Session::SessionPlugin *plugin) const;
    bool intercept(const Runtime::ReverseCall &call, Runtime::ReverseResponder responder);

    QPointer<Session::StudioSession> m_session;
    RunOptions m_options;
    QList<Item> m_queue;
    int m_at = -1;
    bool m_running = false;
    bool m_cancelled = false;
    QList<CaseResult> m_results;
    // The case in flight.
    QPointer<Runtime::Invocation> m_invocation;
    QString m_sessionId;
    QList<bool> m_used; // recorded host calls already answered
    QStringList m_unrecorded;
    QList<Session::ReverseCallRecord> m_recorded;
    QElapsedTimer m_clock;
    QMetaObject::Connection m_recordConnection;
    quint64 m_generation = 0;
};

} // namespace Studio::TestSuite

Q_DECLARE_METATYPE(Studio::TestSuite::CaseResult)
