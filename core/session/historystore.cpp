// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/historystore.h"
#include "core/common/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <vector>

namespace Studio::Session {

namespace {

QJsonValue maskValue(const QJsonValue &v, bool underCredentials)
{
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool cred = underCredentials || it.key() == QLatin1String("credentials")
                              || it.key() == QLatin1String("system_credentials");
            out.insert(it.key(), maskValue(it.value(), cred));
        }
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const auto &e : v.toArray())
            out.append(maskValue(e, underCredentials));
        return out;
    }
    if (underCredentials && !v.isNull() && !v.isBool())
        return QStringLiteral("***");
    return v;
}
} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("elapsed_ms"), double(elapsedMs));
    o.insert(QStringLiteral("plugin_id"), pluginId);
    o.insert(QStringLiteral("plugin_source"), pluginSource);
    o.insert(QStringLiteral("target"), target);
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("fields"), HistoryStore::maskCredentials(fields));
    o.insert(QStringLiteral("context"), HistoryStore::maskCredentials(context));
    o.insert(QStringLiteral("chunks"), chunks);
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("error"), error);
    o.insert(QStringLiteral("result_text"), resultText);
    o.insert(QStringLiteral("result"), result);
    return o;
}

Result<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &o)
{
    HistoryEntry e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.type = o.value(QStringLiteral("type")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    if (e.id.isEmpty() || e.action.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("This is not a console invocation: the keys \"id\" and \"action\" are required."));
    e.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    e.elapsedMs = o.value(QStringLiteral("elapsed_ms")).toInteger();
    e.pluginId = o.value(QStringLiteral("plugin_id")).toString();
    e.pluginSource = o.value(QStringLiteral("plugin_source")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.fields = o.value(QStringLiteral("fields")).toObject();
    e.context = o.value(QStringLiteral("context")).toObject();
    e.chunks = o.value(QStringLiteral("chunks")).toArray();
    e.state = o.value(QStringLiteral("state")).toString();
    e.error = o.value(QStringLiteral("error")).toString();
    e.resultText = o.value(QStringLiteral("result_text")).toString();
    e.result = o.value(QStringLiteral("result")).toObject();
    return e;
}

HistoryStore::HistoryStore(const QString &filePath, QObject *parent) : QObject(parent), m_path(filePath) {}

VoidResult HistoryStore::load()
{
    m_entries.clear();
    m_skipped = 0;
    QFile f(m_path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot read the console history %1: %2").arg(m_path, f.errorString()));
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            ++m_skipped;
            continue;
        }
        auto e = HistoryEntry::fromJson(doc.object());
        if (!e) {
            ++m_skipped;
            continue;
        }
        m_entries.append(std::move(e).value());
    }
    while (m_entries.size() > m_max)
        m_entries.removeFirst();
    return {};
}

VoidResult HistoryStore::append(const HistoryEntry &entry)
{
    HistoryEntry e = entry;
    if (e.id.isEmpty())
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.fields = maskCredentials(e.fields);
    e.context = maskCredentials(e.context);
    m_entries.append(e);
    Q_EMIT entryAdded(e);
    if (m_entries.size() > m_max) {
        while (m_entries.size() > m_max)
            m_entries.removeFirst();
        return rewrite();
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error(ErrorCode::IoError,
                     StudioTr::tr("Cannot write the console history %1: %2. Check the workspace folder permissions.")
                         .arg(m_path, f.errorString()));
    const QByteArray line = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (f.write(line) != line.size())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write the console history %1: %2").arg(m_path, f.errorString()));
    return {};
}

VoidResult HistoryStore::rewrite()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write the console history %1: %2").arg(m_path, f.errorString()));
    for (const HistoryEntry &e : std::as_const(m_entries))
        f.write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!f.commit())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write the console history %1: %2").arg(m_path, f.errorString()));
    return {};
}

VoidResult HistoryStore::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
    return rewrite();
}

std::optional<HistoryEntry> HistoryStore::find(const QString &id) const
{
    for (const HistoryEntry &e : m_entries)
        if (e.id == id)
            return e;
    return std::nullopt;
}

VoidResult HistoryStore::exportEntry(const HistoryEntry &entry, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    QJsonObject o = entry.toJson();
    o.insert(QStringLiteral("format"), QStringLiteral("plugin-studio-invocation"));
    o.insert(QStringLiteral("version"), 1);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<HistoryEntry> HistoryStore::importEntry(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > 64 * 1024 * 1024)
        return Error(ErrorCode::TooLarge, StudioTr::tr("%1 is larger than 64 MiB; an exported invocation is much smaller.").arg(path));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("%1 is not valid JSON (%2 at offset %3). Choose a file saved with \"Export invocation\".")
                         .arg(path, err.errorString())
                         .arg(err.offset),
                     path);
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != QLatin1String("plugin-studio-invocation"))
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("%1 is not an exported invocation (missing \"format\": \"plugin-studio-invocation\").").arg(path),
                     path);
    auto e = HistoryEntry::fromJson(doc.object());
    if (!e)
        return Error(e.error().code, e.error().message, path);
    return e;
}

QJsonObject HistoryStore::maskCredentials(const QJsonObject &o)
{
    return maskValue(o, false).toObject();
}

QString HistoryStore::lineDiff(const QString &before, const QString &after)
{
    if (before == after)
        return {};
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const qsizetype n = a.size(), m = b.size();
    if (n * m > 4'000'000) // too big for LCS: say so instead of stalling
        return StudioTr::tr("- (%1 lines)\n+ (%2 lines)\n(the texts differ; too large for a line diff)").arg(n).arg(m);
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : qMax(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QStringList out;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            out << QStringLiteral("  ") + a[i];
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            out << QStringLiteral("- ") + a[i++];
        } else {
            out << QStringLiteral("+ ") + b[j++];
        }
    }
    while (i < n)
        out << QStringLiteral("- ") + a[i++];
    while (j < m)
        out << QStringLiteral("+ ") + b[j++];
    return out.join(QLatin1Char('\n'));
}

} // namespace Studio::Session
