// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// HistoryStore: every console invocation (request, full stream, timing, result), persisted as JSON
// lines in the workspace (`<workspace>/console-history.jsonl`). GUI-free (Qt Core only).
// Credentials are never written: the request's `credentials` values are replaced by "***"
// (replay takes the current credentials from the console form).

#include "core/common/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Studio::Session {

struct HistoryEntry
{
    QString id;              // uuid
    QDateTime started;       // UTC
    qint64 elapsedMs = 0;
    QString pluginId;        // author/name
    QString pluginSource;    // the plugin's registry key ("folder:<path>", "debug:<author/name>"); older entries: a folder path
    QString target;          // provider/tool, model, endpoint path... (display)
    QString type, action;    // InvokeRequest type/action
    QJsonObject fields;      // the action's fields, credentials masked
    QJsonObject context;
    QJsonArray chunks;       // every stream chunk, in order
    QString state;           // succeeded, failed, cancelled, timed-out
    QString error;           // message when not succeeded
    QString resultText;      // a readable summary of the result (for diffs)
    QJsonObject result;      // assembled result (StreamAssembler::toJson) when available

    QJsonObject toJson() const;
    static Result<HistoryEntry> fromJson(const QJsonObject &o);
};

class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxEntries = 1000;
    static QString defaultFileName() { return QStringLiteral("console-history.jsonl"); }

    explicit HistoryStore(const QString &filePath, QObject *parent = nullptr);

    QString filePath() const { return m_path; }
    // Reads the file (missing file = empty history). Malformed lines are skipped and counted.
    VoidResult load();
    int skippedLines() const { return m_skipped; }
    // Appends one entry in memory and on disk (one line, flushed). Keeps the newest maxEntries.
    VoidResult append(const HistoryEntry &entry);
    VoidResult clear();
    void setMaxEntries(int n) { m_max = qMax(1, n); }

    const QList<HistoryEntry> &entries() const { return m_entries; } // oldest first
    std::optional<HistoryEntry> find(const QString &id) const;

    // One invocation as a standalone JSON file (export/import between machines or for bug reports).
    static VoidResult exportEntry(const HistoryEntry &entry, const QString &path);
    static Result<HistoryEntry> importEntry(const QString &path);

    // Replaces every value under a "credentials" key (any depth) with "***".
    static QJsonObject maskCredentials(const QJsonObject &o);
    // A unified line diff of two texts ("  same", "- old", "+ new"); empty when equal.
    static QString lineDiff(const QString &before, const QString &after);

Q_SIGNALS:
    void entryAdded(const Studio::Session::HistoryEntry &entry);
    void cleared();

private:
    VoidResult rewrite();

    QString m_path;
    QList<HistoryEntry> m_entries;
    int m_skipped = 0;
    int m_max = DefaultMaxEntries;
};

} // namespace Studio::Session
