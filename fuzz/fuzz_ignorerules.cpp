// SPDX-License-Identifier: GPL-3.0-or-later
// `.difyignore` / `.gitignore` rules (go-git gitignore semantics with git wildmatch segments):
// rules text, then paths to match (FuzzedDataProvider strings).
// Invariants: nothing crashes or hangs (wildmatch on hostile patterns is where backtracking
// explodes); isExcluded agrees with excludingPattern, which is one of the rule lines; a negated
// line never re-includes anything (the daemon's quirk): adding one changes no answer; comment and
// blank lines change nothing; matchSegment agrees with an exhaustive backtracking search (where
// that finishes within its budget) and, for a pattern without wildcards, is plain equality.
#include "fuzz/fuzzcommon.h"

#include "core/package/ignorerules.h"

#include <optional>
#include <string>

using namespace Studio;
using Package::IgnoreRules;

namespace {

// Reference wildmatch for one segment: the plain exhaustive backtracking search (every split of
// the name among the stars), with a step budget; nullopt when the budget ran out. Brackets are
// delegated to matchSegment on the bracket alone ("[...]" against one character), so only the
// star logic is compared.
std::optional<bool> reference(const std::u32string &p, size_t pi, const std::u32string &s, size_t si, long &budget)
{
    if (--budget < 0)
        return std::nullopt;
    while (pi < p.size()) {
        const char32_t pc = p[pi];
        if (pc == U'*') {
            while (pi < p.size() && p[pi] == U'*')
                ++pi;
            if (pi == p.size())
                return true;
            for (size_t k = si; k <= s.size(); ++k) {
                const auto r = reference(p, pi, s, k, budget);
                if (!r || *r)
                    return r;
            }
            return false;
        }
        if (pc == U'\\' && pi + 1 >= p.size())
            return false;
        if (si >= s.size())
            return false;
        if (pc == U'?') {
            ++pi, ++si;
            continue;
        }
        if (pc == U'[') {
            // The bracket's end: as matchBracket finds it ("]" right after "[" or "[!" is literal).
            size_t j = pi + 1;
            if (j < p.size() && (p[j] == U'!' || p[j] == U'^'))
                ++j;
            bool first = true;
            while (j < p.size() && !(p[j] == U']' && !first)) {
                first = false;
                if (p[j] == U'[' && j + 1 < p.size() && p[j + 1] == U':') {
                    const size_t end = p.find(U":]", j + 2);
                    if (end == std::u32string::npos)
                        return false;
                    j = end + 2;
                    continue;
                }
                if (p[j] == U'\\')
                    ++j;
                ++j;
            }
            if (j >= p.size())
                return false;
            const QString bracket = QString::fromStdU32String(p.substr(pi, j + 1 - pi));
            if (!IgnoreRules::matchSegment(bracket, QString::fromStdU32String(s.substr(si, 1))))
                return false;
            pi = j + 1;
            ++si;
            continue;
        }
        const char32_t lit = pc == U'\\' ? p[++pi] : pc;
        if (lit != s[si])
            return false;
        ++pi, ++si;
    }
    return si == s.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    FuzzedDataProvider fdp(data, size);
    const QByteArray text = QByteArray::fromStdString(fdp.ConsumeRandomLengthString(4096));
    QByteArray negated = QByteArray::fromStdString(fdp.ConsumeRandomLengthString(64));
    negated.replace('\n', "").replace('\r', ""); // one line
    const IgnoreRules rules = IgnoreRules::fromText(text);
    const IgnoreRules withNegation = IgnoreRules::fromText(text + "\n!" + negated + "\n");
    const IgnoreRules withComments = IgnoreRules::fromText("# header\n\n" + text + "\n\n   \n# trailer\n");
    const QStringList patterns = rules.patterns();
    FUZZ_CHECK(patterns.size() <= text.count('\n') + 1, QStringLiteral("more patterns than lines"));

    for (int i = 0; i < 32 && fdp.remaining_bytes() > 0; ++i) {
        const bool isDir = fdp.ConsumeBool();
        QString path = QString::fromUtf8(QByteArray::fromStdString(fdp.ConsumeRandomLengthString(80)));
        // Paths as the walk gives them: relative, '/'-separated, no empty segments.
        path = path.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
        if (path.isEmpty())
            continue;
        const bool excluded = rules.isExcluded(path, isDir);
        const QString by = rules.excludingPattern(path, isDir);
        FUZZ_CHECK(excluded == !by.isEmpty(), QStringLiteral("isExcluded(%1) = %2 but excludingPattern = '%3'")
                                                  .arg(path).arg(excluded).arg(by));
        if (excluded)
            FUZZ_CHECK(patterns.contains(by), QStringLiteral("excluded by '%1', which is not a rule").arg(by));
        FUZZ_CHECK(withNegation.isExcluded(path, isDir) == excluded,
                   QStringLiteral("'!%1' changed the answer for %2").arg(QString::fromUtf8(negated), path));
        FUZZ_CHECK(withComments.isExcluded(path, isDir) == excluded,
                   QStringLiteral("comment lines changed the answer for %1").arg(path));
        const QString name = path.section(QLatin1Char('/'), -1);
        for (const QString &p : patterns) {
            const QString seg = p.section(QLatin1Char('/'), 0, 0);
            const bool literal = !seg.contains(QLatin1Char('*')) && !seg.contains(QLatin1Char('?'))
                && !seg.contains(QLatin1Char('[')) && !seg.contains(QLatin1Char('\\'));
            const bool m = IgnoreRules::matchSegment(seg, name);
            long budget = 20000;
            const auto ref = reference(seg.toStdU32String(), 0, name.toStdU32String(), 0, budget);
            if (ref)
                FUZZ_CHECK(m == *ref, QStringLiteral("matchSegment('%1', '%2') = %3, the exhaustive search says %4")
                                          .arg(seg, name).arg(m).arg(*ref));
            if (literal)
                FUZZ_CHECK(m == (seg == name), QStringLiteral("matchSegment('%1', '%2') = %3").arg(seg, name).arg(m));
        }
    }
    return 0;
}
