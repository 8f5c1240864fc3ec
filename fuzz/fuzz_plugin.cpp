// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin loader (the daemon-semantics decoder of the manifest and of every declaration kind:
// tool providers and tools, model providers, models and position files, endpoint groups, agent
// strategies, datasources, triggers and events) and the validator at every level, on a set of
// files made from the input.
// Input: files, each "==> PATH <==\n" followed by its bytes (the format of `head *`); the seeds
// are the fixture plugins of every kind in tests/fixtures/plugins (fuzz/make_seeds.py).
// Invariants: nothing crashes or hangs; every diagnostic has a code from the validator's code
// table, a message and a sane position (line within the file it names); loadPlugin's `ok` is
// "no error"; the install level never reports an error the sdk level does not; the JSON report
// parses.
#include "fuzz/fuzzcommon.h"

#include "core/common/fileset.h"
#include "core/plugin/loader.h"
#include "core/plugin/validator.h"

#include <QJsonParseError>
#include <QSet>
#include <QTimeZone>

using namespace Studio;

namespace {

MemoryFileSet filesOf(const QByteArray &input)
{
    MemoryFileSet files(QStringLiteral("fuzz"));
    static const QByteArray head = "==> ";
    static const QByteArray nlHead = "\n==> ";
    qsizetype at = input.startsWith(head) ? 0 : input.indexOf(nlHead);
    if (at < 0) {
        files.insert(QStringLiteral("manifest.yaml"), input);
        return files;
    }
    if (at > 0)
        ++at;
    while (at >= 0 && at < input.size()) {
        const qsizetype nameEnd = input.indexOf(" <==\n", at);
        if (nameEnd < 0)
            break;
        const QString path = QString::fromUtf8(input.mid(at + head.size(), nameEnd - at - head.size()));
        const qsizetype bodyStart = nameEnd + 5;
        qsizetype next = input.indexOf(nlHead, bodyStart - 1);
        const QByteArray body = input.mid(bodyStart, next < 0 ? -1 : next - bodyStart + 1);
        if (!path.isEmpty() && files.paths().size() < 64)
            files.insert(path, body);
        at = next < 0 ? -1 : next + 1;
    }
    return files;
}

void checkReport(const ValidationReport &report, const MemoryFileSet &files, const char *where)
{
    static const QSet<QString> codes = [] {
        QSet<QString> s;
        for (const auto &c : Plugin::diagnosticCodes())
            s.insert(c.code);
        return s;
    }();
    for (const Diagnostic &d : report.diagnostics()) {
        FUZZ_CHECK(!d.code.isEmpty() && !d.message.isEmpty(),
                   QStringLiteral("%1: a diagnostic without code or message: [%2] %3").arg(QLatin1String(where), d.code, d.message));
        FUZZ_CHECK(codes.contains(d.code),
                   QStringLiteral("%1: code %2 is not in the diagnostic table (%3)").arg(QLatin1String(where), d.code, d.message));
        FUZZ_CHECK(d.line >= 0 && d.column >= 0, QStringLiteral("%1: negative position in %2").arg(QLatin1String(where), d.code));
        if (d.line > 0 && files.contains(d.file)) {
            const auto body = files.read(d.file);
            const qsizetype lines = body ? body->count('\n') + 1 : 0;
            FUZZ_CHECK(d.line <= lines + 1, QStringLiteral("%1: %2 at line %3 of %4, which has %5 lines")
                                                .arg(QLatin1String(where), d.code)
                                                .arg(d.line)
                                                .arg(d.file)
                                                .arg(lines));
        }
    }
    QJsonParseError pe;
    (void)QJsonDocument::fromJson(report.toJson(), &pe);
    FUZZ_CHECK(pe.error == QJsonParseError::NoError, QStringLiteral("%1: the JSON report does not parse").arg(QLatin1String(where)));
    (void)report.toText();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    if (size > 256 * 1024)
        return 0;
    const MemoryFileSet files = filesOf(Fuzz::bytes(data, size));

    const Plugin::LoadResult loaded = Plugin::loadPlugin(files);
    checkReport(loaded.report, files, "loadPlugin");
    FUZZ_CHECK(loaded.ok == !loaded.report.hasErrors(), QStringLiteral("loadPlugin: ok disagrees with its report"));
    FUZZ_CHECK(loaded.ok == loaded.firstError().isEmpty(), QStringLiteral("loadPlugin: firstError disagrees with ok"));

    Plugin::ValidationOptions options;
    options.now = QDateTime::fromSecsSinceEpoch(1'760'000'000, QTimeZone::utc());
    options.level = Plugin::ValidationLevel::Install;
    const ValidationReport install = Plugin::validatePlugin(files, options);
    checkReport(install, files, "install");
    options.level = Plugin::ValidationLevel::Sdk;
    const ValidationReport sdk = Plugin::validatePlugin(files, options);
    checkReport(sdk, files, "sdk");
    FUZZ_CHECK(install.errorCount() <= sdk.errorCount(),
               QStringLiteral("the install level found %1 errors, the sdk level %2").arg(install.errorCount()).arg(sdk.errorCount()));
    options.importedPackage = true;
    const ValidationReport imported = Plugin::validatePlugin(files, options);
    checkReport(imported, files, "imported");
    FUZZ_CHECK(imported.errorCount() <= sdk.errorCount(),
               QStringLiteral("an imported package has more errors (%1) than an authored one (%2)")
                   .arg(imported.errorCount())
                   .arg(sdk.errorCount()));
    return 0;
}
