// SPDX-License-Identifier: GPL-3.0-or-later
// The signature block of a package (the archive comment {"signature":..., "time":...}, the
// verification file, the signed data) and the PEM key readers (`verify --key`, `sign --key`).
// The first input byte chooses:
//   0: the rest is the comment of a fixed package signed (genuinely) with a key made at start;
//   1: the rest is a whole package, verified against that key;
//   2: the rest is a PEM public key, 3: a PEM private key.
// Invariants: nothing crashes; a comment verifies only with the genuine signature and its time;
// a package verifies only when it has exactly the signed contents; keys that load have >= 1 bit.
#include "fuzz/fuzzcommon.h"

#include "core/package/packagereader.h"
#include "core/package/signature.h"

using namespace Studio;
using namespace Studio::Package;

namespace {

constexpr qint64 kSignTime = 1'700'000'000;

struct Fixture
{
    PrivateKey privateKey;
    PublicKey publicKey;
    QList<QPair<QByteArray, QByteArray>> entries;
    QByteArray signedBytes; // signedData(package, kSignTime)
    QByteArray comment;     // the genuine signature comment
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture f;
        const QString base = Fuzz::scratchDir() + QStringLiteral("/key");
        auto gen = generateKeyPair(base, 2048);
        FUZZ_CHECK(gen, QStringLiteral("cannot make a key"));
        auto priv = loadPrivateKey(base + QStringLiteral(".private.pem"));
        FUZZ_CHECK(priv, QStringLiteral("cannot read the key made"));
        f.privateKey = *priv;
        f.publicKey = publicKeyOf(f.privateKey);
        f.entries = {{"manifest.yaml", "version: 0.0.1\ntype: plugin\nauthor: fuzz\nname: sig\n"},
                     {"main.py", "print('hi')\n"},
                     {"_assets/icon.svg", "<svg/>"}};
        auto reader = PackageReader::fromBytes(Fuzz::storedZip(f.entries), QStringLiteral("base"));
        FUZZ_CHECK(reader, QStringLiteral("the fixed package does not open"));
        auto data = signedData(**reader, kSignTime);
        FUZZ_CHECK(data, QStringLiteral("no signed data"));
        f.signedBytes = *data;
        auto sig = signData(f.privateKey, *data);
        FUZZ_CHECK(sig, QStringLiteral("cannot sign"));
        f.comment = signatureComment(*sig, kSignTime);
        auto signedReader = PackageReader::fromBytes(Fuzz::storedZip(f.entries, f.comment), QStringLiteral("signed"));
        FUZZ_CHECK(signedReader && verifyPackage(**signedReader, {f.publicKey}, false).verified,
                   QStringLiteral("the genuine signature does not verify"));
        return f;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    const Fixture &f = fixture();
    if (size < 1)
        return 0;
    const QByteArray rest = Fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0: {
        if (rest.size() > 0xFFFF)
            return 0;
        auto reader = PackageReader::fromBytes(Fuzz::storedZip(f.entries, rest), QStringLiteral("fuzz"));
        if (!reader)
            return 0; // e.g. a comment holding another end record
        const VerifyResult v = verifyPackage(**reader, {f.publicKey}, true);
        if (v.verified)
            FUZZ_CHECK(v.time == kSignTime, QStringLiteral("verified with time %1").arg(v.time));
        FUZZ_CHECK(v.verified || !v.error.isEmpty(), QStringLiteral("not verified, and no reason given"));
        break;
    }
    case 1: {
        auto reader = PackageReader::fromBytes(rest, QStringLiteral("fuzz"));
        if (!reader)
            return 0;
        const VerifyResult v = verifyPackage(**reader, {f.publicKey}, true);
        if (v.verified) {
            auto signedNow = signedData(**reader, v.time);
            FUZZ_CHECK(signedNow && *signedNow == f.signedBytes,
                       QStringLiteral("a package with other contents verified"));
        }
        FUZZ_CHECK(v.verified || !v.error.isEmpty(), QStringLiteral("not verified, and no reason given"));
        break;
    }
    case 2: {
        auto key = loadPublicKeyFromPem(rest, QStringLiteral("fuzz"));
        if (key)
            FUZZ_CHECK(!key->isNull() && key->bits() > 0, QStringLiteral("a loaded key without bits"));
        break;
    }
    default: {
        auto key = loadPrivateKeyFromPem(rest, QStringLiteral("fuzz"));
        if (key)
            FUZZ_CHECK(!key->isNull() && key->bits() > 0, QStringLiteral("a loaded key without bits"));
        break;
    }
    }
    return 0;
}
