// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Marketplace checks that need Python itself, run by one small script of ours in the
// interpreter the CI checks use (3.12): python_compile (every .py compiled, as `compileall -q`
// does), python_safety (the syntax-tree sweep: requests calls without timeout, credentials named in
// log calls, raise, return, yield) and reading pyproject.toml with tomllib for
// package_dependencies. One process, bounded in time and output.

#include "core/publish/findings.h"
#include "core/publish/packagechecks.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace Studio::Publish {

struct PyChecksResult
{
    bool ran = false;
    QString error;         // why it did not run or its output was unusable (what to do)
    QString pythonVersion; // "3.12.1"
    QList<Finding> compile;
    QList<Finding> safety;
    PyprojectRead pyproject;
};

class PyChecks : public QObject
{
    Q_OBJECT
public:
    explicit PyChecks(QObject *parent = nullptr);
    ~PyChecks() override;

    // Runs the script on the unpacked package in `dir`; finished() once.
    void start(const QString &interpreter, const QString &dir, int timeoutMs = 120000);
    void cancel();
    const PyChecksResult &result() const { return m_result; }

    // The script's JSON answer turned into findings (exposed for tests).
    static PyChecksResult parseOutput(const QByteArray &json);
    // The script itself (our own), for `python -I -c`.
    static QString script();

signals:
    void finished();

private:
    void done();
    QPointer<QProcess> m_process;
    QTimer m_timer;
    QByteArray m_out, m_err;
    PyChecksResult m_result;
    bool m_finished = false;
};

} // namespace Studio::Publish
