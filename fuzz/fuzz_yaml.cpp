// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML parser (Yaml::parse over libyaml) and both JSON readings of its tree (the daemon's
// yaml.v3 typing and the SDK's PyYAML typing) on arbitrary bytes.
// Invariants: parse() never crashes or hangs; on success every node's marks lie inside the source
// and a node ends at or after where it starts; the tree is no deeper than the limit; both JSON
// readings succeed; a JSON reading written back as YAML (fromJson) reads as the same JSON.
#include "fuzz/fuzzcommon.h"

#include "core/yaml/yamljson.h"
#include "core/yaml/yamlnode.h"

using namespace Studio;

namespace {

void checkNode(const Yaml::NodePtr &n, const Yaml::Document &doc, int depth, qint64 &count)
{
    FUZZ_CHECK(n, QStringLiteral("null node in the tree"));
    FUZZ_CHECK(depth <= 512 + 1, QStringLiteral("tree deeper than maxDepth: %1").arg(depth));
    ++count;
    const Yaml::Mark &m = n->mark();
    const qsizetype size = doc.source.size();
    FUZZ_CHECK(m.offset >= -1 && m.offset <= size, QStringLiteral("mark offset %1 outside 0..%2").arg(m.offset).arg(size));
    if (m.offset >= 0 && n->endMark().offset >= 0)
        FUZZ_CHECK(n->endMark().offset >= m.offset && n->endMark().offset <= size,
                   QStringLiteral("end mark %1 before start %2 or past %3").arg(n->endMark().offset).arg(m.offset).arg(size));
    if (n->isSequence())
        for (const auto &item : n->items())
            checkNode(item, doc, depth + 1, count);
    if (n->isMapping())
        for (const auto &p : n->pairs()) {
            checkNode(p.key, doc, depth + 1, count);
            checkNode(p.value, doc, depth + 1, count);
        }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    const QByteArray source = Fuzz::bytes(data, size);
    Yaml::ParseLimits limits;
    limits.maxNodes = 200'000; // keeps alias bombs within the fuzzer's memory while still exercised
    auto doc = Yaml::parse(source, QStringLiteral("fuzz.yaml"), limits);
    if (!doc) {
        FUZZ_CHECK(!doc.error().message.isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }
    FUZZ_CHECK(doc->source == source, QStringLiteral("the document does not keep the bytes it parsed"));
    // Alias expansion is shared in the tree, so counting walks it as expanded: cap the walk.
    qint64 count = 0;
    checkNode(doc->root, *doc, 0, count);
    for (const auto mode : {Yaml::JsonMode::Daemon, Yaml::JsonMode::Sdk}) {
        const QJsonValue json = Yaml::toJson(doc->root, mode);
        // JSON -> our tree -> JSON: fromJson marks strings a plain scalar would not read back.
        const QJsonValue again = Yaml::toJson(Yaml::fromJson(json), mode);
        FUZZ_CHECK(again == json, QStringLiteral("fromJson/toJson round trip changed %1 into %2")
                                      .arg(Fuzz::show(json), Fuzz::show(again)));
    }
    (void)Yaml::find(doc->root, QStringLiteral("plugins.tools"));
    return 0;
}
