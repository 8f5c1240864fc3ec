// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/logview.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Studio::App {

LogLevel logLevelFromString(const QString &level)
{
    const QString l = level.trimmed().toLower();
    if (l == QLatin1String("debug") || l == QLatin1String("trace"))
        return LogLevel::Debug;
    if (l == QLatin1String("warning") || l == QLatin1String("warn"))
        return LogLevel::Warning;
    if (l == QLatin1String("error") || l == QLatin1String("critical") || l == QLatin1String("fatal"))
        return LogLevel::Error;
    return LogLevel::Info;
}

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return QStringLiteral("debug");
    case LogLevel::Info: return QStringLiteral("info");
    case LogLevel::Warning: return QStringLiteral("warning");
    case LogLevel::Error: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

// ---- LogModel ----

LogModel::LogModel(QObject *parent) : QAbstractListModel(parent) {}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || size_t(index.row()) >= m_lines.size())
        return {};
    const LogLine &l = m_lines[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return l.text;
    case Qt::ForegroundRole:
        if (l.isStderr || l.level == LogLevel::Error)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (l.level == LogLevel::Warning)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (l.level == LogLevel::Debug)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case LevelRole:
        return int(l.level);
    case StderrRole:
        return l.isStderr;
    case TimeRole:
        return l.time;
    default:
        return {};
    }
}

void LogModel::appendBatch(std::vector<LogLine> &&lines)
{
    if (lines.empty())
        return;
    size_t incoming = lines.size();
    size_t skipHead = 0;
    if (incoming > size_t(m_maxLines)) { // the batch alone exceeds the cap: drop its head
        skipHead = incoming - size_t(m_maxLines);
        m_evicted += qint64(skipHead);
        incoming = size_t(m_maxLines);
    }
    const size_t overflow = m_lines.size() + incoming > size_t(m_maxLines)
                                ? m_lines.size() + incoming - size_t(m_maxLines)
                                : 0;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, int(overflow) - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + qsizetype(overflow));
        m_evicted += qint64(overflow);
        endRemoveRows();
    }
    const int first = int(m_lines.size());
    beginInsertRows(QModelIndex(), first, first + int(incoming) - 1);
    for (size_t i = skipHead; i < lines.size(); ++i)
        m_lines.push_back(std::move(lines[i]));
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_evicted = 0;
    endResetModel();
}

void LogModel::setMaxLines(int maxLines)
{
    m_maxLines = qMax(1, maxLines);
    if (m_lines.size() > size_t(m_maxLines)) {
        const size_t overflow = m_lines.size() - size_t(m_maxLines);
        beginRemoveRows(QModelIndex(), 0, int(overflow) - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + qsizetype(overflow));
        m_evicted += qint64(overflow);
        endRemoveRows();
    }
}

// ---- LogFilterModel ----

void LogFilterModel::setLevelVisible(LogLevel level, bool visible)
{
    if (m_visible[int(level)] == visible)
        return;
    m_visible[int(level)] = visible;
    invalidateFilter();
}

void LogFilterModel::setStderrOnly(bool on)
{
    if (m_stderrOnly == on)
        return;
    m_stderrOnly = on;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *m = static_cast<const LogModel *>(sourceModel());
    const LogLine &l = m->line(sourceRow);
    if (m_stderrOnly && !l.isStderr)
        return false;
    // stderr lines without a level are always shown unless their level is hidden
    return m_visible[int(l.level)];
}

// ---- LogView ----

LogView::LogView(QWidget *parent)
    : QWidget(parent), m_model(new LogModel(this)), m_filter(new LogFilterModel(this)),
      m_list(new QListView(this)), m_search(new QLineEdit(this)), m_dropped(new QLabel(this)),
      m_status(new QLabel(this)), m_timer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setObjectName(QStringLiteral("logList"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const LogLevel levels[] = {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error};
    const QString names[] = {tr("Debug"), tr("Info"), tr("Warning"), tr("Error")};
    for (int i = 0; i < 4; ++i) {
        auto *box = new QCheckBox(names[i], this);
        box->setChecked(true);
        box->setObjectName(QStringLiteral("level_") + logLevelName(levels[i]));
        const LogLevel lv = levels[i];
        connect(box, &QCheckBox::toggled, this, [this, lv](bool on) { setLevelVisible(lv, on); });
        bar->addWidget(box);
    }
    auto *stderrOnly = new QCheckBox(tr("stderr only"), this);
    stderrOnly->setObjectName(QStringLiteral("stderrOnly"));
    connect(stderrOnly, &QCheckBox::toggled, m_filter, &LogFilterModel::setStderrOnly);
    bar->addWidget(stderrOnly);
    bar->addStretch();
    m_search->setPlaceholderText(tr("Search log…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("logSearch"));
    bar->addWidget(m_search, 1);
    auto *prev = new QToolButton(this);
    prev->setText(tr("Prev"));
    prev->setToolTip(tr("Find previous (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find next (Enter)"));
    auto *clearBtn = new QToolButton(this);
    clearBtn->setText(tr("Clear"));
    bar->addWidget(prev);
    bar->addWidget(next);
    bar->addWidget(clearBtn);
    connect(next, &QToolButton::clicked, this, [this] { findNext(m_search->text()); });
    connect(prev, &QToolButton::clicked, this, [this] { findPrevious(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(m_search->text()); });
    connect(clearBtn, &QToolButton::clicked, this, &LogView::clear);

    m_dropped->setObjectName(QStringLiteral("droppedNotice"));
    m_dropped->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 2px 6px; }"));
    m_dropped->hide();
    m_status->setObjectName(QStringLiteral("logStatus"));

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(2);
    lay->addLayout(bar);
    lay->addWidget(m_dropped);
    lay->addWidget(m_list, 1);
    lay->addWidget(m_status);

    m_timer->setSingleShot(true);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &LogView::flushPending);
    // Follow the bottom only while the user is there.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        m_follow = v >= m_list->verticalScrollBar()->maximum();
    });
}

void LogView::appendLine(const QString &text, LogLevel level, bool isStderr)
{
    if (int(m_pending.size()) >= m_maxPending) {
        // Flood rule: the queue keeps growing faster than we show it; discard and say so.
        m_floodDropped += qint64(m_pending.size());
        m_pending.clear();
    }
    m_pending.push_back(LogLine{text, level, isStderr, QDateTime::currentDateTime()});
    if (!m_timer->isActive())
        m_timer->start();
}

void LogView::appendText(const QString &text, LogLevel level, bool isStderr)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString l = lines[i];
        if (i == lines.size() - 1 && l.isEmpty())
            break; // trailing newline
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        appendLine(l, level, isStderr);
    }
}

void LogView::flushPending()
{
    m_timer->stop();
    if (m_pending.empty())
        return;
    const bool follow = m_follow;
    const int n = int(m_pending.size());
    std::vector<LogLine> batch;
    batch.swap(m_pending);
    m_model->appendBatch(std::move(batch));
    if (follow)
        m_list->scrollToBottom();
    m_follow = follow;
    updateDroppedNotice();
    m_status->setText(tr("%n line(s)", nullptr, m_model->rowCount()));
    Q_EMIT batchInserted(n);
}

void LogView::clear()
{
    m_pending.clear();
    m_floodDropped = 0;
    m_model->clear();
    m_follow = true;
    updateDroppedNotice();
    m_status->clear();
}

void LogView::setMaxLines(int maxLines)
{
    m_model->setMaxLines(maxLines);
    updateDroppedNotice();
}

void LogView::setMaxPending(int maxPending)
{
    m_maxPending = qMax(1, maxPending);
}

int LogView::lineCount() const { return m_model->rowCount(); }
int LogView::visibleLineCount() const { return m_filter->rowCount(); }
qint64 LogView::droppedCount() const { return m_model->evictedCount() + m_floodDropped; }

void LogView::setLevelVisible(LogLevel level, bool visible)
{
    m_filter->setLevelVisible(level, visible);
}

void LogView::updateDroppedNotice()
{
    const qint64 d = droppedCount();
    if (d <= 0) {
        m_dropped->hide();
        return;
    }
    m_dropped->setText(tr("%1 lines dropped (the log keeps the newest %2 lines)")
                           .arg(d)
                           .arg(m_model->maxLines()));
    m_dropped->show();
}

int LogView::find(const QString &needle, int direction)
{
    const int rows = m_filter->rowCount();
    if (needle.isEmpty() || rows == 0)
        return -1;
    const QModelIndex cur = m_list->currentIndex();
    int start = cur.isValid() ? cur.row() : (direction > 0 ? -1 : rows);
    for (int step = 1; step <= rows; ++step) {
        int r = start + direction * step;
        r = ((r % rows) + rows) % rows; // wrap around
        const QModelIndex idx = m_filter->index(r, 0);
        if (idx.data(Qt::DisplayRole).toString().contains(needle, Qt::CaseInsensitive)) {
            m_list->setCurrentIndex(idx);
            m_list->scrollTo(idx, QAbstractItemView::PositionAtCenter);
            m_follow = false;
            return r;
        }
    }
    return -1;
}

int LogView::findNext(const QString &needle) { return find(needle, 1); }
int LogView::findPrevious(const QString &needle) { return find(needle, -1); }

int LogView::countMatches(const QString &needle) const
{
    if (needle.isEmpty())
        return 0;
    int n = 0;
    const int rows = m_filter->rowCount();
    for (int r = 0; r < rows; ++r) {
        const QModelIndex src = m_filter->mapToSource(m_filter->index(r, 0));
        if (m_model->line(src.row()).text.contains(needle, Qt::CaseInsensitive))
            ++n;
    }
    return n;
}

QString LogView::visibleText(int visibleRow) const
{
    return m_filter->index(visibleRow, 0).data().toString();
}

} // namespace Studio::App
