// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// LogView: an append-only log for 100,000+ lines that never stalls the event loop.
// Wiring: create it anywhere (`new LogView(parent)`), connect your core's line signal to
// `appendLine(text, level, isStderr)`; lines are queued and inserted in one batch per 50 ms.

#include <QAbstractListModel>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QWidget>

#include <deque>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace Studio::App {

enum class LogLevel { Debug = 0, Info = 1, Warning = 2, Error = 3 };

// Maps "debug"/"info"/"warning"/"warn"/"error"/"critical" (any case) to a level; Info otherwise.
LogLevel logLevelFromString(const QString &level);
QString logLevelName(LogLevel level);

struct LogLine
{
    QString text;
    LogLevel level = LogLevel::Info;
    bool isStderr = false;
    QDateTime time;
};

// Ring buffer of lines (oldest dropped beyond maxLines()). Rows are uniform: one line each.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { LevelRole = Qt::UserRole + 1, StderrRole, TimeRole };
    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Appends a batch with one rowsInserted; drops the oldest rows beyond maxLines() first.
    void appendBatch(std::vector<LogLine> &&lines);
    void clear();
    void setMaxLines(int maxLines);
    int maxLines() const { return m_maxLines; }
    const LogLine &line(int row) const { return m_lines[size_t(row)]; }
    qint64 evictedCount() const { return m_evicted; } // lines pushed out by the cap

private:
    std::deque<LogLine> m_lines;
    int m_maxLines = 200000;
    qint64 m_evicted = 0;
};

class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setLevelVisible(LogLevel level, bool visible);
    bool isLevelVisible(LogLevel level) const { return m_visible[int(level)]; }
    void setStderrOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_visible[4] = {true, true, true, true};
    bool m_stderrOnly = false;
};

class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    // Queue lines; they appear at the next batch (50 ms). Cheap: no widget work per call.
    void appendLine(const QString &text, LogLevel level = LogLevel::Info, bool isStderr = false);
    // Splits on \n (a trailing \r is dropped) and queues each line.
    void appendText(const QString &text, LogLevel level = LogLevel::Info, bool isStderr = false);
    void clear();
    void flushPending(); // insert the queued lines now (tests, before reading)

    void setMaxLines(int maxLines);                // ring-buffer cap (default 200,000)
    void setMaxPending(int maxPending);            // flood rule: queue beyond this is discarded
    int lineCount() const;                          // lines held (after cap)
    int visibleLineCount() const;                   // lines shown with the current level filter
    qint64 droppedCount() const;                    // evicted by the cap + discarded by flood rule
    int pendingCount() const { return int(m_pending.size()); }
    void setLevelVisible(LogLevel level, bool visible);

    // Search (case-insensitive) in the shown lines, from the current row; selects and scrolls to
    // the hit. Returns the shown row, or -1.
    int findNext(const QString &needle);
    int findPrevious(const QString &needle);
    int countMatches(const QString &needle) const; // in the shown lines
    QString visibleText(int visibleRow) const;
    bool isFollowingBottom() const { return m_follow; }

    LogModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }

Q_SIGNALS:
    void batchInserted(int lines);

private:
    int find(const QString &needle, int direction);
    void updateDroppedNotice();

    LogModel *m_model;
    LogFilterModel *m_filter;
    QListView *m_list;
    QLineEdit *m_search;
    QLabel *m_dropped;
    QLabel *m_status;
    QTimer *m_timer;
    std::vector<LogLine> m_pending;
    int m_maxPending = 500000;
    qint64 m_floodDropped = 0;
    bool m_follow = true;
};

} // namespace Studio::App
