// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/testsuite/runner.h"

#include "core/common/tr.h"
#include "core/runtime/invocation.h"
#include "core/session/invocationspec.h"
#include "core/workspace/credentialcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace Studio::TestSuite {

namespace {

QString compactJson(const QJsonObject &o, int cap = 300)
{
    QString s = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (s.size() > cap)
        s = s.left(cap) + QStringLiteral("...");
    return s;
}

bool streamingType(const QString &type)
{
    return type == QLatin1String("llm") || type == QLatin1String("tool")
           || type == QLatin1String("app") || type == QLatin1String("llm_structured_output");
}

// The provider a call names (for `credentials: workspace`).
QString providerOf(const QJsonObject &call)
{
    if (call.contains(QLatin1String("tool")))
        return call.value(QLatin1String("tool")).toString().section(QLatin1Char('/'), 0, -2);
    if (call.contains(QLatin1String("model")))
        return call.value(QLatin1String("model")).toString().section(QLatin1Char('/'), 1, -2);
    return call.value(QLatin1String("provider")).toString();
}

} // namespace

QString CaseResult::failureMessage() const
{
    if (!error.isEmpty())
        return error;
    for (const AssertionResult &a : assertions) {
        if (!a.passed)
            return a.description + QStringLiteral(": ") + a.message;
    }
    return {};
}

QJsonObject CaseResult::toJson() const
{
    QJsonArray as;
    for (const AssertionResult &a : assertions) {
        QJsonObject o{{QStringLiteral("kind"), a.kind},
                      {QStringLiteral("description"), a.description},
                      {QStringLiteral("passed"), a.passed}};
        if (!a.passed) {
            o.insert(QStringLiteral("message"), a.message);
            o.insert(QStringLiteral("expected"), a.expected);
            o.insert(QStringLiteral("actual"), a.actual);
        }
        as.append(o);
    }
    QJsonArray calls;
    for (const auto &c : hostCalls)
        calls.append(hostCallToJson(c));
    QJsonObject o{{QStringLiteral("suite"), suiteName},
                  {QStringLiteral("file"), suiteFile},
                  {QStringLiteral("case"), caseName},
                  {QStringLiteral("line"), caseLine},
                  {QStringLiteral("passed"), passed},
                  {QStringLiteral("elapsed_ms"), double(elapsedMs)},
                  {QStringLiteral("assertions"), as},
                  {QStringLiteral("host_calls"), calls},
                  {QStringLiteral("outcome"), outcome}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!unrecorded.isEmpty())
        o.insert(QStringLiteral("unrecorded"), QJsonArray::fromStringList(unrecorded));
    if (snapshotWritten)
        o.insert(QStringLiteral("snapshot_written"), true);
    if (hostCallsWritten)
        o.insert(QStringLiteral("host_calls_written"), true);
    return o;
}

SuiteRunner::SuiteRunner(Session::StudioSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<Studio::TestSuite::CaseResult>();
}

SuiteRunner::~SuiteRunner()
{
    if (m_running && m_session)
        m_session->setReverseInterceptor({});
}

bool SuiteRunner::start(const QList<Suite> &suites,
                        const RunOptions &options,
                        const QStringList &only)
{
    if (m_running || !m_session)
        return false;
    m_options = options;
    m_queue.clear();
    m_results.clear();
    for (const Suite &s : suites) {
        for (const TestCase &c : s.cases) {
            const QString id = s.name + QLatin1Char('/') + c.name;
            if (!only.isEmpty() && !only.contains(id))
                continue;
            if (options.filter.isValid() && !options.filter.pattern().isEmpty()
                && !options.filter.match(id).hasMatch())
                continue;
            m_queue.append({s, c});
        }
    }
    m_at = -1;
    m_running = true;
    m_cancelled = false;
    QPointer<SuiteRunner> self(this);
    m_session->setReverseInterceptor(
        [self](const Runtime::ReverseCall &call, Runtime::ReverseResponder responder) {
            return self && self->intercept(call, responder);
        });
    m_recordConnection = connect(m_session,
                                 &Session::StudioSession::reverseCallRecorded,
                                 this,
                                 [this](const Session::ReverseCallRecord &r) {
                                     if (!m_sessionId.isEmpty() && r.sessionId == m_sessionId)
                                         m_recorded << r;
                                 });
    QTimer::singleShot(0, this, &SuiteRunner::next);
    return true;
}

void SuiteRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_invocation)
        m_invocation->cancel(); // finished() fails the case and ends the run
}

void SuiteRunner::next()
{
    ++m_at;
    if (m_cancelled || m_at >= m_queue.size() || !m_session) {
        m_running = false;
        m_sessionId.clear();
        disconnect(m_recordConnection);
        if (m_session)
            m_session->setReverseInterceptor({});
        emit finished();
        return;
    }
    const Item &item = m_queue.at(m_at);
    emit caseStarted(
        item.suite.file, item.tc.index, item.suite.name + QLatin1Char('/') + item.tc.name);
    m_clock.start();
    m_unrecorded.clear();
    m_recorded.clear();
    m_used = QList<bool>(item.tc.hostCalls.size(), false);
    const quint64 gen = ++m_generation;
    QPointer<SuiteRunner> self(this);
    m_session->withRunningPlugin(
        item.suite.pluginDir, [self, gen](Session::SessionPlugin *plugin, const QString &why) {
            if (!self || gen != self->m_generation)
                return;
            if (!plugin) {
                const Item &it = self->m_queue.at(self->m_at);
                CaseResult r;
                r.error
                    = StudioTr::tr("The plugin %1 did not start: %2").arg(it.suite.pluginDir, why);
                QTimer::singleShot(0, self, [self, r] {
                    if (self)
                        self->finishCase(r);
                });
                return;
            }
            self->runCase(plugin);
        });
}

Result<QJsonObject> SuiteRunner::resolveCredentials(const QJsonObject &call,
                                                    const Session::SessionPlugin *plugin) const
{
    QJsonObject spec = call;
    const QJsonValue creds = call.value(QLatin1String("credentials"));
    if (creds.isString() && creds.toString() == QLatin1String("workspace")) {
        if (!m_session->workspace())
            return Error(
                ErrorCode::NotFound,
                StudioTr::tr("`credentials: workspace` needs a workspace, and none is open (%1)")
                    .arg(m_session->workspaceError()));
        const QString provider = providerOf(call);
        const QJsonObject stored = Workspace::storedProviderCredentials(
            *m_session->workspace(), plugin->pluginId() + QLatin1Char('/') + provider);
        if (stored.isEmpty())
            return Error(
                ErrorCode::NotFound,
                StudioTr::tr("The workspace keeps no credentials for %1/%2: configure them in the "
                             "studio (Installed > Credentials) or refer to environment variables")
                    .arg(plugin->pluginId(), provider));
        spec.insert(QStringLiteral("credentials"), stored);
    } else if (creds.isObject()) {
        QJsonObject resolved;
        const QJsonObject refs = creds.toObject();
        for (auto it = refs.begin(); it != refs.end(); ++it) {
            const QString var = it.value().toObject().value(QLatin1String("env")).toString();
            if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
                return Error(
                    ErrorCode::NotFound,
                    StudioTr::tr("Credential `%1` comes from the environment variable %2, which "
                                 "is not set: set it before running the suite")
                        .arg(it.key(), var));
            resolved.insert(it.key(), qEnvironmentVariable(var.toLocal8Bit().constData()));
        }
        spec.insert(QStringLiteral("credentials"), resolved);
    }
    return spec;
}

void SuiteRunner::runCase(Session::SessionPlugin *plugin)
{
    const Item &item = m_queue.at(m_at);
    auto spec = resolveCredentials(item.tc.call, plugin);
    if (!spec) {
        CaseResult r;
        r.error = spec.error().message;
        QTimer::singleShot(0, this, [this, r] { finishCase(r); });
        return;
    }
    auto request = Session::requestFromSpec(*spec, &plugin->declaration());
    if (!request) {
        CaseResult r;
        r.error = StudioTr::tr("The case's call is not valid: %1").arg(request.error().message);
        QTimer::singleShot(0, this, [this, r] { finishCase(r); });
        return;
    }
    if (!item.tc.call.contains(QLatin1String("timeout_ms")))
        request->timeoutMs = m_options.caseTimeoutMs;
    Runtime::Invocation *inv = plugin->invoke(*request);
    m_invocation = inv;
    m_sessionId = inv->sessionId();
    const quint64 gen = m_generation;
    auto done = [this, gen] {
        if (gen != m_generation || !m_invocation)
            return;
        CaseResult r;
        QJsonArray calls;
        for (const auto &c : m_recorded)
            calls.append(QJsonObject{{QStringLiteral("type"), c.type},
                                     {QStringLiteral("request"), c.request}});
        r.outcome = outcomeOf(*m_invocation, calls);
        if (m_cancelled)
            r.error = StudioTr::tr("Cancelled");
        m_invocation = nullptr;
        finishCase(r);
    };
    if (inv->isFinished()) {
        QTimer::singleShot(0, this, done);
        return;
    }
    connect(inv, &Runtime::Invocation::finished, this, done, Qt::QueuedConnection);
}

bool SuiteRunner::intercept(const Runtime::ReverseCall &call, Runtime::ReverseResponder responder)
{
    if (m_at < 0 || m_at >= m_queue.size() || call.sessionId != m_sessionId
        || m_sessionId.isEmpty())
        return false; // another plugin's call (a model the agent asked): the studio answers
    const TestCase &tc = m_queue.at(m_at).tc;
    if (!tc.replayHostCalls)
        return false; // a live run: the studio answers and the call is recorded
    for (int i = 0; i < tc.hostCalls.size(); ++i) {
        const Session::ReverseCallRecord &r = tc.hostCalls.at(i);
        if (m_used.at(i) || r.type != call.type || r.request != call.request)
            continue;
        m_used[i] = true;
        for (const QJsonValue &v : r.responses)
            responder.response(v.toObject(), streamingType(r.type));
        if (!r.error.isEmpty())
            responder.error(r.error);
        else
            responder.end();
        return true;
    }
    const QString what = QStringLiteral("%1 %2").arg(call.type, compactJson(call.request));
    m_unrecorded << what;
    responder.error(StudioTr::tr("Plugin Studio test: the host call %1 was not recorded for this "
                                 "case (replaying host_calls). "
                                 "Record it with `plugin-studio-cli test --record-host-calls` "
                                 "after removing host_calls, "
                                 "or add it to the case's host_calls.")
                        .arg(what));
    return true;
}

void SuiteRunner::finishCase(CaseResult r)
{
    const Item &item = m_queue.at(m_at);
    r.suiteFile = item.suite.file;
    r.suiteName = item.suite.name;
    r.caseName = item.tc.name;
    r.caseIndex = item.tc.index;
    r.caseLine = item.tc.line;
    r.elapsedMs = m_clock.elapsed();
    r.unrecorded = m_unrecorded;
    r.hostCalls = m_recorded;
    m_sessionId.clear();
    if (r.error.isEmpty()) {
        const QJsonValue snap = item.tc.expect.value(QLatin1String("snapshot"));
        const bool wantsSnapshot
            = !snap.isUndefined() && snap != QJsonValue(false) && !snap.isNull();
        QJsonObject stored;
        bool missing = true;
        const QString snapFile = item.suite.snapshotPath(item.tc);
        if (wantsSnapshot && m_options.updateSnapshots) {
            QStringList ignore;
            for (const QJsonValue &v : snap.toObject().value(QLatin1String("ignore")).toArray())
                ignore << v.toString();
            const QJsonObject mine = snapshotOf(r.outcome, ignore);
            QSaveFile f(snapFile);
            const QByteArray bytes = QJsonDocument(mine).toJson(QJsonDocument::Indented);
            if (QDir().mkpath(QFileInfo(snapFile).absolutePath()) && f.open(QIODevice::WriteOnly)
                && f.write(bytes) == bytes.size() && f.commit()) {
                r.snapshotWritten = true;
            } else {
                r.error = StudioTr::tr("Cannot write the snapshot %1: %2")
                              .arg(snapFile, f.errorString());
            }
        }
        if (wantsSnapshot) {
            QFile f(snapFile);
            if (f.open(QIODevice::ReadOnly)) {
                if (f.size() > 64 * 1024 * 1024) {
                    r.error = StudioTr::tr("The snapshot %1 is larger than 64 MiB").arg(snapFile);
                } else {
                    QJsonParseError err;
                    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
                    if (err.error != QJsonParseError::NoError || !doc.isObject())
                        r.error = StudioTr::tr("The snapshot %1 is not a JSON object (%2): update "
                                               "it with --update-snapshots")
                                      .arg(snapFile, err.errorString());
                    stored = doc.object();
                    missing = false;
                }
            }
        }
        r.assertions = evaluate(item.tc.expect, r.outcome, stored, missing);
    }
    if (!r.unrecorded.isEmpty() && r.error.isEmpty())
        r.error = StudioTr::tr("The plugin made %n host call(s) that were not recorded: %1",
                               nullptr,
                               int(r.unrecorded.size()))
                      .arg(r.unrecorded.join(QStringLiteral("; ")));
    if (m_options.recordHostCalls && !item.tc.replayHostCalls && r.error.isEmpty()) {
        if (auto w = writeHostCalls(item.suite.file, item.tc.index, r.hostCalls); !w)
            r.error = StudioTr::tr("Cannot record the host calls: %1").arg(w.error().message);
        else
            r.hostCallsWritten = true;
    }
    r.passed = r.error.isEmpty();
    for (const AssertionResult &a : r.assertions)
        r.passed = r.passed && a.passed;
    m_results << r;
    emit caseFinished(r);
    QTimer::singleShot(0, this, &SuiteRunner::next);
}

} // namespace Studio::TestSuite
