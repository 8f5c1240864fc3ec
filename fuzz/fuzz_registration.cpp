// SPDX-License-Identifier: GPL-3.0-or-later
// The registration of a remote-debug connection (handshake, manifest, provider declarations,
// asset chunks, end) as a state machine fed the lines a plugin sends, and on completion the
// daemon-semantics decoding of the registration (loadRemoteRegistration), its identity and
// checksum. The key "fuzz-key" is the one accepted.
// Input: the bytes of the connection (split into lines by the one line splitter, as the server
// does).
// Invariants: nothing crashes or hangs; a refusal is one line of text; after a refusal or
// completion every further line is refused; completion needs the accepted handshake and a
// manifest; assets stay within the cap; a completed registration decodes, its checksum is
// 64 hex digits and stable, its identifier is author/name:version@checksum.
#include "fuzz/fuzzcommon.h"

#include "core/debug/registration.h"
#include "core/net/linesplitter.h"
#include "core/plugin/loader.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Studio;
using namespace Studio::Debug;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    Net::LineSplitter splitter(1 << 20);
    QList<QByteArray> lines;
    splitter.append(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), lines);
    lines << splitter.takeRest();

    RegistrationParser parser([](const QString &key) { return key == QLatin1String("fuzz-key"); });
    bool finished = false;
    bool complete = false;
    for (const QByteArray &line : std::as_const(lines)) {
        const RegistrationParser::Step step = parser.feed(line);
        if (finished) {
            FUZZ_CHECK(line.trimmed().isEmpty() || step.status == RegistrationParser::Status::Refused,
                       QStringLiteral("a line after the end was not refused"));
            continue;
        }
        if (step.status == RegistrationParser::Status::Refused) {
            FUZZ_CHECK(!step.refusal.isEmpty() && !step.refusal.contains(QLatin1Char('\n')),
                       QStringLiteral("refusal '%1'").arg(step.refusal));
            finished = true;
        } else if (step.status == RegistrationParser::Status::Complete) {
            FUZZ_CHECK(parser.handshakeDone(), QStringLiteral("complete without a handshake"));
            finished = complete = true;
        }
    }
    if (!complete)
        return 0;
    const Registration &reg = parser.registration();
    FUZZ_CHECK(reg.key == QLatin1String("fuzz-key"), QStringLiteral("completed with key '%1'").arg(reg.key));
    FUZZ_CHECK(!reg.manifest.isEmpty(), QStringLiteral("completed without a manifest"));
    FUZZ_CHECK(reg.assetBytes <= RegistrationParser::MaxAssetBytes, QStringLiteral("assets over the cap"));
    qint64 assetBytes = 0;
    for (auto it = reg.assets.cbegin(); it != reg.assets.cend(); ++it)
        assetBytes += it.value().size();
    FUZZ_CHECK(assetBytes <= RegistrationParser::MaxAssetBytes, QStringLiteral("assets over the cap"));

    QMap<QString, QJsonArray> declarations;
    for (const DeclarationKind &k : declarationKinds())
        if (reg.providers.contains(QLatin1String(k.key)))
            declarations.insert(QLatin1String(k.type), QJsonArray{reg.providers.value(QLatin1String(k.key))});
    const Plugin::LoadResult loaded = Plugin::loadRemoteRegistration(reg.manifest, declarations, reg.assets.keys());
    FUZZ_CHECK(loaded.ok == !loaded.report.hasErrors(), QStringLiteral("ok disagrees with the report"));
    if (!loaded.ok)
        FUZZ_CHECK(!Plugin::remoteRejectionText(loaded).isEmpty(), QStringLiteral("a rejection without text"));
    const QString sum = reg.checksum(QStringLiteral("workspace"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    FUZZ_CHECK(hex.match(sum).hasMatch(), QStringLiteral("checksum '%1'").arg(sum));
    FUZZ_CHECK(reg.checksum(QStringLiteral("workspace")) == sum, QStringLiteral("the checksum is not stable"));
    FUZZ_CHECK(reg.identifier(QStringLiteral("workspace")).endsWith(QLatin1Char('@') + sum),
               QStringLiteral("identifier '%1'").arg(reg.identifier(QStringLiteral("workspace"))));
    (void)reg.toDeclaration();
    (void)validateManifestRules(reg);
    return 0;
}
