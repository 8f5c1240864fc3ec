// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/diagnostic.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace Studio::App {

// Validates the open project after edits: debounced, on a worker thread (QtConcurrent), over the
// folder's files with the unsaved editor buffers laid over them. A result that an edit made
// stale is discarded.
class LiveValidator : public QObject
{
    Q_OBJECT
public:
    explicit LiveValidator(QObject *parent = nullptr);
    ~LiveValidator() override;

    void setProjectDir(const QString &dir); // "" stops validating
    QString projectDir() const { return m_dir; }
    // The unsaved text of a file (relative path); an empty map entry is removed by clearOverlay.
    void setOverlay(const QString &relPath, const QString &text);
    void clearOverlay(const QString &relPath);
    void setDelay(int ms) { m_timer.setInterval(ms); }

    void schedule();      // validate after the delay
    void validateNow();   // start at once
    bool isRunning() const { return m_watcher.isRunning(); }
    const ValidationReport &lastReport() const { return m_last; }
    qint64 lastDurationMs() const { return m_lastMs; }
    static bool isAvailable();

signals:
    void started();
    void finished(const Studio::ValidationReport &report);

private:
    void handleFinished();
    QString m_dir;
    QMap<QString, QByteArray> m_overlay;
    QTimer m_timer;
    QFutureWatcher<ValidationReport> m_watcher;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    bool m_pending = false;
    ValidationReport m_last;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
};

} // namespace Studio::App
