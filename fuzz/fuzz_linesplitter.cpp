// SPDX-License-Identifier: GPL-3.0-or-later
// The one line splitter of the line protocols (plugin stdout, the remote-debug TCP link and its
// registration, the relay, server-sent events), fed the input in random pieces.
// Input: the stream; the last 6 bytes choose the cap and how the stream is cut.
// Invariants, against a reference split of the whole stream: the lines come out in order, without
// '\n' and without the '\r' before it; a line over the cap makes append() return false exactly
// when a reference line (without its '\r') is longer than the cap, with the lines before it delivered; the buffer
// never holds more than the cap + 1; takeRest() is the unterminated tail.
#include "fuzz/fuzzcommon.h"

#include "core/net/linesplitter.h"

using namespace Studio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    FuzzedDataProvider fdp(data, size);
    const qsizetype cap = fdp.ConsumeIntegralInRange<qsizetype>(1, 300);
    quint32 seed = fdp.ConsumeIntegral<quint32>();
    const std::vector<uint8_t> rest = fdp.ConsumeRemainingBytes<uint8_t>();
    const QByteArray stream(reinterpret_cast<const char *>(rest.data()), qsizetype(rest.size()));

    // Reference: every '\n'-terminated line, a '\r' before the '\n' removed.
    QList<QByteArray> expected;
    qsizetype overflowAt = -1; // index in `expected` of the first line over the cap
    qsizetype start = 0;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        if (stream.at(i) != '\n')
            continue;
        QByteArray line = stream.mid(start, i - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (overflowAt < 0 && line.size() > cap)
            overflowAt = expected.size();
        expected << line;
        start = i + 1;
    }
    const QByteArray tail = stream.mid(start);

    Net::LineSplitter splitter(cap);
    QList<QByteArray> got;
    bool ok = true;
    qsizetype at = 0;
    while (at < stream.size()) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype n = qMin<qsizetype>(stream.size() - at, 1 + (seed >> 16) % 97);
        ok = splitter.append(QByteArrayView(stream).sliced(at, n), got);
        at += n;
        FUZZ_CHECK(splitter.pending() <= cap + 1, QStringLiteral("holds %1 bytes, cap %2").arg(splitter.pending()).arg(cap));
        if (!ok)
            break;
    }
    if (!ok) {
        // Refused: either a complete line over the cap or the unterminated tail grew past it.
        if (overflowAt >= 0) {
            FUZZ_CHECK(got == expected.mid(0, overflowAt),
                       QStringLiteral("lines before the overlong one: %1, expected %2").arg(got.size()).arg(overflowAt));
        } else {
            FUZZ_CHECK(got == expected && tail.size() > cap + 1,
                       QStringLiteral("refused without an overlong line (tail %1, cap %2)").arg(tail.size()).arg(cap));
        }
        FUZZ_CHECK(splitter.overflowLength() > cap, QStringLiteral("overflowLength %1").arg(splitter.overflowLength()));
        FUZZ_CHECK(splitter.pending() == 0, QStringLiteral("the buffer is not cleared after a refusal"));
        return 0;
    }
    FUZZ_CHECK(overflowAt < 0, QStringLiteral("line %1 is over the cap %2 and was accepted").arg(overflowAt).arg(cap));
    FUZZ_CHECK(got == expected, QStringLiteral("%1 lines, expected %2").arg(got.size()).arg(expected.size()));
    // The unterminated tail may hold the cap plus the '\r' that may come before its '\n'.
    FUZZ_CHECK(tail.size() <= cap + 1, QStringLiteral("an unterminated tail over the cap was accepted"));
    FUZZ_CHECK(splitter.takeRest() == tail, QStringLiteral("takeRest is not the unterminated tail"));
    FUZZ_CHECK(splitter.pending() == 0, QStringLiteral("takeRest left bytes"));
    return 0;
}
