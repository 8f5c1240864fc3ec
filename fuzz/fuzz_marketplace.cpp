// SPDX-License-Identifier: GPL-3.0-or-later
// Marketplace answers: the envelope, then every parser of a `data` object (search pages,
// collections, versions, bundle dependencies, plugin detail, latest versions, banners, unified
// search, identifier batches, the catalogue manifest), dependency targets, identifiers, version
// comparison and the version patterns of bundles and upgrades.
// Input: three version strings (FuzzedDataProvider strings), then the answer body.
// Invariants: nothing crashes or hangs; compareVersions is a total order on the inputs
// (antisymmetric, reflexive, transitive: std::sort depends on it); a resolved version pattern
// is one of the available versions and satisfies the pattern, and nothing higher does; an
// identifier that splits reassembles to itself (trimmed).
#include "fuzz/fuzzcommon.h"

#include "core/marketplace/listing.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/workspace/versionpattern.h"

using namespace Studio;
using namespace Studio::Marketplace;

namespace {

int sign(int v)
{
    return v < 0 ? -1 : v > 0 ? 1 : 0;
}

void checkVersions(const QString &a, const QString &b, const QString &c)
{
    FUZZ_CHECK(compareVersions(a, a) == 0, QStringLiteral("compare('%1', itself) != 0").arg(a));
    FUZZ_CHECK(sign(compareVersions(a, b)) == -sign(compareVersions(b, a)),
               QStringLiteral("compare('%1','%2') and compare('%2','%1') disagree").arg(a, b));
    if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0)
        FUZZ_CHECK(compareVersions(a, c) <= 0, QStringLiteral("'%1' <= '%2' <= '%3' but not '%1' <= '%3'").arg(a, b, c));
    const QStringList available{a, b, c};
    for (const QString &pattern : available) {
        const auto got = Workspace::resolveVersionPattern(pattern, available);
        if (!got)
            continue;
        FUZZ_CHECK(available.contains(*got), QStringLiteral("resolved to '%1', not available").arg(*got));
        FUZZ_CHECK(Workspace::versionMatches(*got, pattern), QStringLiteral("'%1' resolved to '%2', which does not match").arg(pattern, *got));
        for (const QString &v : available)
            if (Workspace::versionMatches(v, pattern))
                FUZZ_CHECK(compareVersions(v, *got) <= 0,
                           QStringLiteral("'%1' resolved to '%2', but '%3' matches and is higher").arg(pattern, *got, v));
    }
    for (auto s : {Workspace::AutoUpgrade::Disabled, Workspace::AutoUpgrade::FixOnly, Workspace::AutoUpgrade::Latest})
        (void)Workspace::shouldAutoUpgrade(s, a, b);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    FuzzedDataProvider fdp(data, size);
    const QString a = QString::fromUtf8(QByteArray::fromStdString(fdp.ConsumeRandomLengthString(32)));
    const QString b = QString::fromUtf8(QByteArray::fromStdString(fdp.ConsumeRandomLengthString(32)));
    const QString c = QString::fromUtf8(QByteArray::fromStdString(fdp.ConsumeRandomLengthString(32)));
    checkVersions(a, b, c);
    if (const auto parts = splitIdentifier(a)) {
        QString again = parts->author + QLatin1Char('/') + parts->name + QLatin1Char(':') + parts->version;
        if (!parts->checksum.isEmpty())
            again += QLatin1Char('@') + parts->checksum;
        FUZZ_CHECK(again == a.trimmed(), QStringLiteral("'%1' split and joined is '%2'").arg(a, again));
    }

    const QByteArray body = QByteArray::fromStdString(fdp.ConsumeRemainingBytesAsString());
    const auto env = parseMarketplaceEnvelope(body);
    if (!env) {
        FUZZ_CHECK(!env.error().message.isEmpty(), QStringLiteral("a refusal without a message"));
        return 0;
    }
    const QJsonObject &d = *env;
    const SearchResult search = parseSearchResult(d, 2, 40);
    (void)search.hasMore();
    (void)parseCollections(d);
    (void)parseVersions(d);
    const QList<Dependency> deps = parseBundleDependencies(d);
    for (const Dependency &dep : deps) {
        QString id, version, pattern, unique;
        (void)marketplaceDependencyTarget(dep, &id, &version, &pattern, &unique);
    }
    (void)parsePluginDetail(d);
    (void)parseLatestVersions(d);
    (void)parseBanners(d);
    (void)parseUnifiedSearch(d);
    (void)parseIdentifierBatch(d);
    const QList<LatestVersion> catalogue = parseCatalogueManifest(d);
    for (const LatestVersion &l : catalogue)
        FUZZ_CHECK(l.pluginId.contains(QLatin1Char('/')), QStringLiteral("catalogue entry without org/name: '%1'").arg(l.pluginId));
    return 0;
}
