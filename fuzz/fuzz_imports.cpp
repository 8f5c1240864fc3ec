// SPDX-License-Identifier: GPL-3.0-or-later
// The files users open from elsewhere: inspector captures (MessageLog::load/open), exported
// console invocations (HistoryStore::importEntry) and the console history itself
// (console-history.jsonl, HistoryStore::load), plus the inspector's line classifier.
// The first input byte picks the reader; the rest is the file.
// Invariants: nothing crashes or hangs; what a reader accepts it writes back (save / exportEntry)
// into a file that reads back the same; a history file's entries plus skipped lines are no more
// than its lines; a capture opened into a log is what load() returned, within the log's caps.
#include "fuzz/fuzzcommon.h"

#include "core/debug/inspector.h"
#include "core/session/historystore.h"

#include <QFile>

using namespace Studio;

namespace {

QString writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = Fuzz::scratchDir() + QLatin1Char('/') + name;
    QFile f(path);
    FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate), QStringLiteral("cannot write %1").arg(path));
    f.write(bytes);
    return path;
}

bool sameMessage(const Debug::InspectorMessage &a, const Debug::InspectorMessage &b)
{
    return a.direction == b.direction && a.pluginId == b.pluginId && a.sessionId == b.sessionId && a.type == b.type
        && a.size == b.size && a.raw == b.raw && a.truncated == b.truncated && a.time == b.time;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    if (size < 1 || size > 1024 * 1024)
        return 0;
    const QByteArray file = Fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0: {
        const QString path = writeFile(QStringLiteral("capture.jsonl"), file);
        for (const QByteArray &line : file.split('\n'))
            for (auto d : {Debug::Direction::In, Debug::Direction::Out})
                (void)Debug::classifyLine(line, d);
        const auto loaded = Debug::MessageLog::load(path);
        if (!loaded) {
            FUZZ_CHECK(!loaded.error().message.isEmpty(), QStringLiteral("a refusal without a message"));
            return 0;
        }
        Debug::MessageLog log;
        for (const auto &m : *loaded)
            log.append(m);
        const QString again = Fuzz::scratchDir() + QStringLiteral("/capture-again.jsonl");
        const auto saved = log.save(again);
        FUZZ_CHECK(saved, QStringLiteral("an opened capture does not save"));
        const auto reread = Debug::MessageLog::load(again);
        FUZZ_CHECK(reread, QStringLiteral("a saved capture does not load: %1").arg(reread ? QString() : reread.error().message));
        FUZZ_CHECK(reread->size() == log.count(), QStringLiteral("%1 messages saved, %2 read back").arg(log.count()).arg(reread->size()));
        for (int i = 0; i < log.count(); ++i)
            FUZZ_CHECK(sameMessage(log.at(i), reread->at(i)), QStringLiteral("message %1 changed through save/load").arg(i));
        Debug::MessageLog opened;
        opened.setCapacity(16);
        const auto o = opened.open(path);
        FUZZ_CHECK(o, QStringLiteral("open() refuses what load() accepted"));
        FUZZ_CHECK(opened.count() <= 16, QStringLiteral("open() went past the capacity"));
        break;
    }
    case 1: {
        const QString path = writeFile(QStringLiteral("entry.json"), file);
        const auto entry = Session::HistoryStore::importEntry(path);
        if (!entry) {
            FUZZ_CHECK(!entry.error().message.isEmpty(), QStringLiteral("a refusal without a message"));
            return 0;
        }
        const QString again = Fuzz::scratchDir() + QStringLiteral("/entry-again.json");
        QFile::remove(again);
        const auto exported = Session::HistoryStore::exportEntry(*entry, again);
        FUZZ_CHECK(exported, QStringLiteral("an imported entry does not export"));
        const auto reread = Session::HistoryStore::importEntry(again);
        FUZZ_CHECK(reread, QStringLiteral("an exported entry does not import"));
        FUZZ_CHECK(reread->toJson() == entry->toJson(), QStringLiteral("the entry changed through export/import"));
        break;
    }
    default: {
        const QString path = writeFile(QStringLiteral("console-history.jsonl"), file);
        Session::HistoryStore store(path);
        const auto loaded = store.load();
        if (!loaded)
            return 0;
        const qsizetype lines = file.count('\n') + 1;
        FUZZ_CHECK(store.entries().size() + store.skippedLines() <= lines,
                   QStringLiteral("%1 entries and %2 skipped from %3 lines").arg(store.entries().size()).arg(store.skippedLines()).arg(lines));
        FUZZ_CHECK(store.entries().size() <= Session::HistoryStore::DefaultMaxEntries, QStringLiteral("over the entry cap"));
        for (const auto &e : store.entries())
            FUZZ_CHECK(store.find(e.id).has_value(), QStringLiteral("an entry is not found by its id"));
        break;
    }
    }
    return 0;
}
