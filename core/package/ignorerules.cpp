// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/ignorerules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Studio::Package {

namespace {

using U32 = std::u32string;

bool isClass(const U32 &cls, char32_t c)
{
    auto in = [c](char32_t lo, char32_t hi) { return c >= lo && c <= hi; };
    const std::string name(cls.begin(), cls.end());
    if (name == "alnum")
        return in('a', 'z') || in('A', 'Z') || in('0', '9');
    if (name == "alpha")
        return in('a', 'z') || in('A', 'Z');
    if (name == "blank")
        return c == ' ' || c == '\t';
    if (name == "cntrl")
        return c < 0x20 || c == 0x7f;
    if (name == "digit")
        return in('0', '9');
    if (name == "graph")
        return in(0x21, 0x7e);
    if (name == "lower")
        return in('a', 'z');
    if (name == "print")
        return in(0x20, 0x7e);
    if (name == "punct")
        return in(0x21, 0x2f) || in(0x3a, 0x40) || in(0x5b, 0x60) || in(0x7b, 0x7e);
    if (name == "space")
        return c == ' ' || in('\t', '\r');
    if (name == "upper")
        return in('A', 'Z');
    if (name == "xdigit")
        return in('0', '9') || in('a', 'f') || in('A', 'F');
    return false;
}

// Matches a bracket expression starting at p[i] == '['. On success sets `next` to the index after
// ']' and `matched`. Returns false when the expression is malformed (no closing bracket).
bool matchBracket(const U32 &p, size_t i, char32_t c, size_t &next, bool &matched)
{
    size_t j = i + 1;
    bool negate = false;
    if (j < p.size() && (p[j] == U'!' || p[j] == U'^')) {
        negate = true;
        ++j;
    }
    bool found = false;
    bool first = true;
    while (j < p.size()) {
        if (p[j] == U']' && !first)
            break;
        first = false;
        if (p[j] == U'[' && j + 1 < p.size() && p[j + 1] == U':') {
            const size_t end = p.find(U":]", j + 2);
            if (end == U32::npos)
                return false;
            if (isClass(p.substr(j + 2, end - j - 2), c))
                found = true;
            j = end + 2;
            continue;
        }
        char32_t lo = p[j];
        if (lo == U'\\') {
            if (j + 1 >= p.size())
                return false;
            lo = p[++j];
        }
        ++j;
        char32_t hi = lo;
        if (j + 1 < p.size() && p[j] == U'-' && p[j + 1] != U']') {
            hi = p[j + 1];
            j += 2;
            if (hi == U'\\') {
                if (j >= p.size())
                    return false;
                hi = p[j++];
            }
        }
        if (c >= lo && c <= hi)
            found = true;
    }
    if (j >= p.size())
        return false; // unclosed
    next = j + 1;
    matched = found != negate;
    return true;
}

// Wildmatch of one path segment. Each '*' may stretch over any run of characters; on a mismatch
// only the most recent '*' takes one more character (what Go's path.Match and git's wildmatch do),
// which finds every match a full backtracking search would, in O(pattern x name) steps: a pattern
// such as `*a*a*a*a*a*a*a*a*b` against a long run of 'a' cannot make the packager hang.
// A malformed pattern (unclosed bracket, trailing backslash) matches nothing.
bool wildmatch(const U32 &p, const U32 &s)
{
    constexpr size_t none = U32::npos;
    size_t pi = 0, si = 0;
    size_t starP = none; // pattern index just after the most recent run of '*'
    size_t starS = 0;    // where in the name that '*' stopped stretching
    while (pi < p.size() || si < s.size()) {
        if (pi < p.size()) {
            const char32_t pc = p[pi];
            if (pc == U'*') {
                while (pi < p.size() && p[pi] == U'*')
                    ++pi;
                if (pi == p.size())
                    return true;
                starP = pi;
                starS = si;
                continue;
            }
            if (pc == U'\\' && pi + 1 >= p.size())
                return false; // trailing backslash: malformed
            if (pc == U'[') {
                size_t next = 0;
                bool matched = false;
                if (si < s.size() && !matchBracket(p, pi, s[si], next, matched))
                    return false; // unclosed bracket: malformed
                if (si < s.size() && matched) {
                    pi = next;
                    ++si;
                    continue;
                }
            } else if (si < s.size()) {
                if (pc == U'?') {
                    ++pi;
                    ++si;
                    continue;
                }
                const bool escaped = pc == U'\\';
                if ((escaped ? p[pi + 1] : pc) == s[si]) {
                    pi += escaped ? 2 : 1;
                    ++si;
                    continue;
                }
            }
        }
        // Mismatch: the most recent '*' takes one more character, if there is one to take.
        if (starP == none || starS >= s.size())
            return false;
        pi = starP;
        si = ++starS;
    }
    return true;
}

} // namespace

bool IgnoreRules::matchSegment(const QString &pattern, const QString &name)
{
    return wildmatch(pattern.toStdU32String(), name.toStdU32String());
}

IgnoreRules IgnoreRules::fromText(const QByteArray &text, const QString &sourceFile)
{
    IgnoreRules rules;
    rules.m_sourceFile = sourceFile;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Pattern pat;
        pat.text = line;
        QString p = line;
        if (p.startsWith(QLatin1Char('!'))) {
            pat.inclusion = true;
            p = p.mid(1);
        }
        if (p.endsWith(QLatin1Char('/'))) {
            pat.dirOnly = true;
            p.chop(1);
        }
        pat.isGlob = p.contains(QLatin1Char('/'));
        pat.segments = p.split(QLatin1Char('/'));
        rules.m_patterns.append(pat);
    }
    return rules;
}

IgnoreRules IgnoreRules::loadForPluginDir(const QString &dir)
{
    for (const char *name : {".difyignore", ".gitignore"}) {
        const QString path = QDir(dir).absoluteFilePath(QString::fromLatin1(name));
        QFile f(path);
        if (QFileInfo(path).isDir() || !f.open(QIODevice::ReadOnly))
            continue; // unreadable: fall back like the daemon
        return fromText(f.readAll(), path);
    }
    return IgnoreRules();
}

QStringList IgnoreRules::patterns() const
{
    QStringList out;
    for (const Pattern &p : m_patterns)
        out << p.text;
    return out;
}

bool IgnoreRules::simpleNameMatch(const Pattern &p, const QStringList &path, bool isDir)
{
    for (int i = 0; i < path.size(); ++i) {
        if (!matchSegment(p.segments.first(), path.at(i)))
            continue;
        if (p.dirOnly && !isDir && i == path.size() - 1)
            return false;
        return true;
    }
    return false;
}

bool IgnoreRules::globMatch(const Pattern &p, QStringList path, bool isDir)
{
    bool matched = false;
    bool canTraverse = false;
    for (int i = 0; i < p.segments.size(); ++i) {
        const QString &seg = p.segments.at(i);
        if (seg.isEmpty()) {
            canTraverse = false;
            continue;
        }
        if (seg == QLatin1String("**")) {
            if (i == p.segments.size() - 1)
                break;
            canTraverse = true;
            continue;
        }
        if (seg.contains(QLatin1String("**")))
            return false;
        if (path.isEmpty())
            return false;
        if (canTraverse) {
            canTraverse = false;
            while (!path.isEmpty()) {
                const QString e = path.takeFirst();
                if (matchSegment(seg, e)) {
                    matched = true;
                    break;
                }
                if (path.isEmpty())
                    matched = false;
            }
        } else {
            if (!matchSegment(seg, path.first()))
                return false;
            matched = true;
            path.removeFirst();
        }
    }
    if (matched && p.dirOnly && !isDir && path.isEmpty())
        matched = false;
    return matched;
}

bool IgnoreRules::matches(const Pattern &p, const QStringList &path, bool isDir)
{
    if (path.isEmpty())
        return false;
    return p.isGlob ? globMatch(p, path, isDir) : simpleNameMatch(p, path, isDir);
}

QString IgnoreRules::excludingPattern(const QString &relPath, bool isDir) const
{
    QString clean = relPath;
    while (clean.endsWith(QLatin1Char('/')))
        clean.chop(1);
    if (clean.isEmpty())
        return QString();
    const QStringList parts = clean.split(QLatin1Char('/'));
    for (const Pattern &p : m_patterns) {
        // An inclusion pattern yields "include", which the daemon treats like "no match".
        if (!p.inclusion && matches(p, parts, isDir))
            return p.text;
    }
    return QString();
}

bool IgnoreRules::isExcluded(const QString &relPath, bool isDir) const
{
    return !excludingPattern(relPath, isDir).isEmpty();
}

std::unique_ptr<DirectoryFileSet> openPluginFolder(const QString &dir, const IgnoreRules &rules,
                                                   DirectoryFileSet::Links links)
{
    if (rules.isEmpty())
        return std::make_unique<DirectoryFileSet>(dir, nullptr, links);
    return std::make_unique<DirectoryFileSet>(
        dir, [rules](const QString &rel, bool isDir) { return rules.isExcluded(rel, isDir); }, links);
}

std::unique_ptr<DirectoryFileSet> openPluginFolder(const QString &dir)
{
    return openPluginFolder(dir, IgnoreRules::loadForPluginDir(dir));
}

} // namespace Studio::Package
