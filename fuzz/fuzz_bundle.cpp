// SPDX-License-Identifier: GPL-3.0-or-later
// The bundle readers: a .difybndl archive opened as `bundle analyze` and install open it
// (Package::Bundle::open over the package reader with the bundle limits), and the bundle manifest
// decoder on its own (the first input byte chooses: 0 = archive, 1 = manifest.yaml text).
// Invariants: nothing crashes or hangs; an opened bundle's manifest decodes as open() said; its
// dependencies are of a known type and each marketplace/github pattern decodes the way the
// pattern rules say; assets are listed by their names below _assets/.
#include "fuzz/fuzzcommon.h"

#include "core/package/bundle.h"
#include "core/plugin/loader.h"

#include <QFile>

using namespace Studio;

namespace {

// A manifest that decoded without a rule violation has only dependencies the install can act on.
void checkManifest(const Plugin::BundleManifest &m, const ValidationReport &report)
{
    if (report.hasErrors())
        return;
    for (const auto &d : m.dependencies) {
        if (d.type == QLatin1String("marketplace"))
            FUZZ_CHECK(Plugin::isValidMarketplacePattern(d.pattern), QStringLiteral("marketplace pattern '%1' passed").arg(d.pattern));
        else if (d.type == QLatin1String("github"))
            FUZZ_CHECK(Plugin::isValidGithubPattern(d.pattern), QStringLiteral("github pattern '%1' passed").arg(d.pattern));
        else
            FUZZ_CHECK(d.type == QLatin1String("package"), QStringLiteral("dependency type '%1' passed").arg(d.type));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    if (size < 1)
        return 0;
    const QByteArray body = Fuzz::bytes(data + 1, size - 1);
    if (data[0] & 1) {
        ValidationReport report;
        auto m = Plugin::loadBundleManifest(body, &report);
        if (m)
            checkManifest(*m, report);
        else
            FUZZ_CHECK(!m.error().message.isEmpty(), QStringLiteral("a refusal without a message"));
        for (const Diagnostic &d : report.diagnostics())
            FUZZ_CHECK(!d.code.isEmpty() && !d.message.isEmpty(), QStringLiteral("a finding without code or message"));
        return 0;
    }
    if (body.size() > 2 * 1024 * 1024)
        return 0;
    const QString path = Fuzz::scratchDir() + QStringLiteral("/fuzz.difybndl");
    {
        QFile f(path);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate), QStringLiteral("cannot write %1").arg(path));
        f.write(body);
    }
    auto bundle = Package::Bundle::open(path);
    if (!bundle) {
        FUZZ_CHECK(!bundle.error().message.isEmpty(), QStringLiteral("a refusal without a message"));
        return 0;
    }
    FUZZ_CHECK(bundle->isArchive(), QStringLiteral("a file opened as a folder"));
    ValidationReport report;
    auto m = bundle->manifest(&report);
    FUZZ_CHECK(m, QStringLiteral("open() accepted a manifest that manifest() refuses"));
    checkManifest(*m, report);
    for (const QString &a : bundle->assets())
        FUZZ_CHECK(!a.isEmpty() && !a.startsWith(QLatin1Char('/')), QStringLiteral("asset name '%1'").arg(a));
    return 0;
}
