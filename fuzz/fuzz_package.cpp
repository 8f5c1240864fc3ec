// SPDX-License-Identifier: GPL-3.0-or-later
// The package reader (.difypkg): end record, central directory, local headers, data descriptors,
// limits and entry names, then every entry inflated; on what it accepts, the checksum, the
// signature check, the plugin loader over its files and extraction into a folder.
// Invariants: nothing crashes or hangs; an accepted archive's entries are read back at exactly
// their declared size, with the SHA-256 the reader recorded; names are clean relative paths;
// the FileSet view lists the same names; extraction writes exactly the entries, below the target
// and nowhere else, or fails and leaves nothing.
#include "fuzz/fuzzcommon.h"

#include "core/package/checksum.h"
#include "core/package/packagereader.h"
#include "core/package/signature.h"
#include "core/plugin/loader.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

using namespace Studio;
using namespace Studio::Package;

namespace {

QStringList filesBelow(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    const QByteArray bytes = Fuzz::bytes(data, size);
    ReadLimits limits;
    // Small limits so the fuzzer reaches them (the defaults are 50 MiB).
    limits.maxArchiveBytes = 1 * kMiB;
    limits.maxUncompressedTotal = 4 * kMiB;
    limits.ratioThresholdBytes = 64 * 1024;
    limits.maxEntries = 512;
    auto opened = PackageReader::fromBytes(bytes, QStringLiteral("fuzz.difypkg"), limits);
    if (!opened) {
        FUZZ_CHECK(!opened.error().message.isEmpty(), QStringLiteral("a refusal without a message"));
        return 0;
    }
    const PackageReader &reader = **opened;
    const QList<ZipEntry> &entries = reader.entries();
    FUZZ_CHECK(entries.size() <= limits.maxEntries, QStringLiteral("%1 entries accepted").arg(entries.size()));
    FUZZ_CHECK(reader.totalUncompressed() <= limits.maxUncompressedTotal, QStringLiteral("over the total limit"));
    FUZZ_CHECK(reader.contentDigests().size() == entries.size(), QStringLiteral("one digest per entry"));
    QSet<QString> names;
    for (int i = 0; i < entries.size(); ++i) {
        const ZipEntry &e = entries.at(i);
        FUZZ_CHECK(!e.name.isEmpty() && !e.name.startsWith(QLatin1Char('/')) && !e.name.contains(QLatin1Char('\\'))
                       && !e.name.endsWith(QLatin1Char('/')),
                   QStringLiteral("unclean name accepted: %1").arg(e.name));
        for (const QString &seg : e.name.split(QLatin1Char('/')))
            FUZZ_CHECK(!seg.isEmpty() && seg != QLatin1String(".") && seg != QLatin1String(".."),
                       QStringLiteral("name with a bad segment accepted: %1").arg(e.name));
        for (QChar c : e.name)
            FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7F && !(c.unicode() >= 0x80 && c.unicode() < 0xA0),
                       QStringLiteral("name with a control character accepted"));
        FUZZ_CHECK(!names.contains(e.name), QStringLiteral("duplicate name accepted: %1").arg(e.name));
        names.insert(e.name);
        FUZZ_CHECK(e.method == 0 || e.method == 8, QStringLiteral("method %1 accepted").arg(e.method));
        const auto content = reader.read(e.name);
        FUZZ_CHECK(content, QStringLiteral("an accepted entry does not read: %1").arg(content ? QString() : content.error().message));
        FUZZ_CHECK(content->size() == e.uncompressedSize,
                   QStringLiteral("%1 read %2 bytes, declared %3").arg(e.name).arg(content->size()).arg(e.uncompressedSize));
        FUZZ_CHECK(QCryptographicHash::hash(*content, QCryptographicHash::Sha256) == reader.contentDigests().at(i),
                   QStringLiteral("%1: the digest kept at open is not the content's").arg(e.name));
    }
    QStringList sorted = reader.names();
    sortPathsByteOrder(sorted);
    FUZZ_CHECK(reader.fileSet().paths() == sorted, QStringLiteral("the FileSet view lists other names"));
    (void)reader.warnings();
    const auto sum = reader.checksum();
    FUZZ_CHECK(sum, QStringLiteral("an accepted package has no checksum"));
    FUZZ_CHECK(sum->size() == 64, QStringLiteral("checksum %1").arg(*sum));
    const VerifyResult verify = verifyPackage(reader, {});
    FUZZ_CHECK(!verify.verified, QStringLiteral("a fuzzed package verified against the official key"));
    (void)Plugin::loadPlugin(reader.fileSet());

    // Extraction: only the entries, only below the target.
    const QString root = Fuzz::scratchDir() + QStringLiteral("/extract");
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    const QString target = root + QStringLiteral("/plugin");
    const auto extracted = reader.extractTo(target);
    const QStringList written = filesBelow(root);
    if (extracted) {
        QStringList expected;
        for (const QString &n : reader.names())
            expected << QStringLiteral("plugin/") + n;
        expected.sort();
        FUZZ_CHECK(written == expected, QStringLiteral("extraction wrote [%1], the entries are [%2]")
                                            .arg(written.join(QLatin1Char(',')), expected.join(QLatin1Char(','))));
    } else {
        FUZZ_CHECK(written.isEmpty(), QStringLiteral("a failed extraction left [%1]").arg(written.join(QLatin1Char(','))));
    }
    QDir(root).removeRecursively();
    return 0;
}
