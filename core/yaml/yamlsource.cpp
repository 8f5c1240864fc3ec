// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/yaml/yamlsource_p.h"

#include <algorithm>
#include <cstring>

namespace Studio::Yaml::Detail {

LineIndex::LineIndex(const QByteArray &src) : m_src(src)
{
    m_starts.push_back(0);
    const char *base = src.constData();
    const char *end = base + src.size();
    for (const char *p = base; p < end;) {
        const void *hit = std::memchr(p, '\n', size_t(end - p));
        if (!hit)
            break;
        p = static_cast<const char *>(hit) + 1;
        m_starts.push_back(p - base);
    }
}

qsizetype LineIndex::lineStartOf(qsizetype offset) const
{
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return *(it - 1);
}

Mark LineIndex::markAt(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_src.size());
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    const qsizetype start = *(it - 1);
    int column = 1;
    for (qsizetype i = start; i < offset; ++i) {
        if ((uchar(m_src[i]) & 0xC0) != 0x80)
            ++column;
    }
    Mark m;
    m.line = int(it - m_starts.begin());
    m.column = column;
    m.offset = int(offset);
    return m;
}

qsizetype lineStart(const QByteArray &s, qsizetype pos)
{
    pos = std::min(pos, s.size());
    while (pos > 0 && s[pos - 1] != '\n')
        --pos;
    // The first line starts after a UTF-8 byte order mark.
    if (pos == 0 && s.startsWith("\xEF\xBB\xBF"))
        return 3;
    return pos;
}

qsizetype lineEnd(const QByteArray &s, qsizetype pos)
{
    while (pos < s.size() && !isBreak(s[pos]))
        ++pos;
    return pos;
}

qsizetype nextLineStart(const QByteArray &s, qsizetype pos)
{
    pos = lineEnd(s, pos);
    if (pos < s.size() && s[pos] == '\r')
        ++pos;
    if (pos < s.size() && s[pos] == '\n')
        ++pos;
    return pos;
}

int indentAt(const QByteArray &s, qsizetype ls)
{
    int n = 0;
    while (ls + n < s.size() && s[ls + n] == ' ')
        ++n;
    return n;
}

bool firstOnLine(const QByteArray &s, qsizetype pos)
{
    for (qsizetype i = lineStart(s, pos); i < pos; ++i) {
        if (!isBlank(s[i]))
            return false;
    }
    return true;
}

qsizetype skipWsAndComments(const QByteArray &s, qsizetype pos)
{
    while (pos < s.size()) {
        const char c = s[pos];
        if (isWs(c))
            ++pos;
        else if (c == '#' && (pos == 0 || isWs(s[pos - 1])))
            pos = lineEnd(s, pos);
        else
            break;
    }
    return pos;
}

qsizetype skipProperties(const QByteArray &s, qsizetype pos, bool *sawTag)
{
    while (pos < s.size()) {
        const char c = s[pos];
        if (c == '&') {
            while (pos < s.size() && !isWs(s[pos]))
                ++pos;
        } else if (c == '!') {
            if (sawTag)
                *sawTag = true;
            if (pos + 1 < s.size() && s[pos + 1] == '<') {
                while (pos < s.size() && s[pos] != '>' && !isBreak(s[pos]))
                    ++pos;
                if (pos < s.size() && s[pos] == '>')
                    ++pos;
            } else {
                while (pos < s.size() && !isWs(s[pos]))
                    ++pos;
            }
        } else {
            break;
        }
        pos = skipWsAndComments(s, pos);
    }
    return pos;
}

qsizetype endOfLineAfter(const QByteArray &s, qsizetype end)
{
    qsizetype p = end;
    while (p < s.size() && isBlank(s[p]))
        ++p;
    if (p >= s.size() || isBreak(s[p]))
        return p;
    if (s[p] == '#' && (p == end ? (p == 0 || isWs(s[p - 1])) : true))
        return lineEnd(s, p);
    return -1;
}

namespace {

bool isFlowIndicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

// End of the plain-scalar text on the line starting at `p` (trailing blanks trimmed);
// *stopped is set when the scalar stops for a reason other than the end of the line.
qsizetype plainLineEnd(const QByteArray &s, qsizetype p, bool inFlow, bool *stopped)
{
    *stopped = false;
    qsizetype i = p;
    qsizetype lastNonBlank = p;
    while (i < s.size()) {
        const char c = s[i];
        if (isBreak(c))
            break;
        if (c == ':' && (i + 1 >= s.size() || isWs(s[i + 1]) || (inFlow && isFlowIndicator(s[i + 1])))) {
            *stopped = true;
            break;
        }
        if (c == '#' && i > p && isBlank(s[i - 1])) {
            *stopped = true;
            break;
        }
        if (inFlow && isFlowIndicator(c)) {
            *stopped = true;
            break;
        }
        ++i;
        if (!isBlank(c))
            lastNonBlank = i;
    }
    return lastNonBlank;
}

qsizetype quotedEnd(const QByteArray &s, qsizetype pos, char quote)
{
    for (qsizetype i = pos + 1; i < s.size(); ++i) {
        const char c = s[i];
        if (quote == '"' && c == '\\') {
            ++i;
            continue;
        }
        if (c == quote) {
            if (quote == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return s.size();
}

qsizetype blockScalarEnd(const QByteArray &s, qsizetype pos)
{
    const qsizetype headerLine = lineStart(s, pos);
    const int parentIndent = indentAt(s, headerLine);
    int explicitIndent = 0;
    for (qsizetype i = pos + 1; i < s.size() && !isWs(s[i]) && s[i] != '#'; ++i) {
        if (s[i] >= '1' && s[i] <= '9')
            explicitIndent = s[i] - '0';
    }
    int contentIndent = explicitIndent > 0 ? parentIndent + explicitIndent : -1;
    qsizetype end = lineEnd(s, pos);
    // Header line may carry a comment; the text itself starts on the next line.
    qsizetype hdrEnd = end;
    {
        qsizetype i = pos + 1;
        while (i < s.size() && !isWs(s[i]))
            ++i;
        while (i < hdrEnd && isBlank(s[i]))
            ++i;
        end = (i < hdrEnd && s[i] == '#') ? i : hdrEnd;
        while (end > pos + 1 && isBlank(s[end - 1]))
            --end;
    }
    qsizetype ls = nextLineStart(s, hdrEnd);
    while (ls < s.size()) {
        const qsizetype le = lineEnd(s, ls);
        const int ind = indentAt(s, ls);
        bool blank = true;
        for (qsizetype i = ls; i < le; ++i) {
            if (!isBlank(s[i])) {
                blank = false;
                break;
            }
        }
        if (!blank) {
            if (contentIndent < 0) {
                if (ind <= parentIndent && !(parentIndent == 0 && ind == 0 && headerLine == 0))
                    break;
                contentIndent = ind;
            }
            if (ind < contentIndent)
                break;
            end = le;
        }
        ls = nextLineStart(s, le);
        if (ls == le)
            break;
    }
    return end;
}

} // namespace

qsizetype scalarEnd(const QByteArray &s, qsizetype pos, ScalarStyle style, const QString &value, bool inFlow)
{
    if (pos >= s.size())
        return s.size();
    switch (style) {
    case ScalarStyle::SingleQuoted:
        return quotedEnd(s, pos, '\'');
    case ScalarStyle::DoubleQuoted:
        return quotedEnd(s, pos, '"');
    case ScalarStyle::Literal:
    case ScalarStyle::Folded:
        return blockScalarEnd(s, pos);
    case ScalarStyle::Plain:
        break;
    }
    const QByteArray want = value.toUtf8();
    qsizetype p = pos;
    QByteArray acc;
    qsizetype lastEnd = pos;
    bool first = true;
    for (int guard = 0; guard < 1'000'000; ++guard) {
        bool stopped = false;
        const qsizetype e = plainLineEnd(s, p, inFlow, &stopped);
        if (!first && e == p)
            break;
        const QByteArray seg = s.mid(p, e - p);
        if (first) {
            acc = seg;
        } else {
            acc += ' ';
            acc += seg;
        }
        first = false;
        lastEnd = e;
        if (stopped || acc.size() >= want.size())
            break;
        // Continuation line: skip line breaks and leading blanks.
        qsizetype q = lineEnd(s, e);
        int breaks = 0;
        while (q < s.size() && isWs(s[q])) {
            if (s[q] == '\n')
                ++breaks;
            ++q;
        }
        if (q >= s.size() || breaks == 0 || s[q] == '#')
            break;
        if (breaks > 1)
            acc += QByteArray(breaks - 2, '\n');
        if ((s.mid(lineStart(s, q), 3) == "---" || s.mid(lineStart(s, q), 3) == "...") && lineStart(s, q) == q)
            break;
        p = q;
    }
    return lastEnd;
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendCodePoint(QByteArray &out, uint cp)
{
    const char32_t c = cp;
    out += QString::fromUcs4(&c, 1).toUtf8();
}

} // namespace

std::optional<QString> decodeQuoted(const QByteArray &s, qsizetype begin, qsizetype end)
{
    if (end - begin < 2)
        return std::nullopt;
    const char quote = s[begin];
    const bool dq = quote == '"';
    QByteArray out;
    qsizetype pendingBlanks = -1; // start in `out` of raw blanks that a line break would drop
    qsizetype i = begin + 1;
    const qsizetype stop = end - 1; // the closing quote
    auto foldBreak = [&](bool escaped) {
        // At a raw line break: drop trailing raw blanks, count empty lines, skip indentation.
        if (pendingBlanks >= 0 && !escaped)
            out.truncate(pendingBlanks);
        pendingBlanks = -1;
        if (i < stop && s[i] == '\r')
            ++i;
        if (i < stop && s[i] == '\n')
            ++i;
        int empty = 0;
        while (true) {
            qsizetype k = i;
            while (k < stop && isBlank(s[k]))
                ++k;
            if (k < stop && isBreak(s[k])) {
                ++empty;
                i = k;
                if (i < stop && s[i] == '\r')
                    ++i;
                if (i < stop && s[i] == '\n')
                    ++i;
                continue;
            }
            i = k;
            break;
        }
        if (empty > 0)
            out += QByteArray(empty, '\n');
        else if (!escaped)
            out += ' ';
    };
    while (i < stop) {
        const char c = s[i];
        if (isBreak(c)) {
            foldBreak(false);
            continue;
        }
        if (isBlank(c)) {
            if (pendingBlanks < 0)
                pendingBlanks = out.size();
            out += c;
            ++i;
            continue;
        }
        pendingBlanks = -1;
        if (!dq) {
            if (c == '\'' && i + 1 < stop && s[i + 1] == '\'') {
                out += '\'';
                i += 2;
                continue;
            }
            out += c;
            ++i;
            continue;
        }
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 >= stop)
            return std::nullopt;
        const char e = s[i + 1];
        i += 2;
        int hexLen = 0;
        switch (e) {
        case '0': out += '\0'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 't': case '\t': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'v': out += '\v'; break;
        case 'f': out += '\f'; break;
        case 'r': out += '\r'; break;
        case 'e': out += '\x1b'; break;
        case ' ': out += ' '; break;
        case '"': out += '"'; break;
        case '/': out += '/'; break;
        case '\\': out += '\\'; break;
        case 'N': appendCodePoint(out, 0x85); break;
        case '_': appendCodePoint(out, 0xA0); break;
        case 'L': appendCodePoint(out, 0x2028); break;
        case 'P': appendCodePoint(out, 0x2029); break;
        case 'x': hexLen = 2; break;
        case 'u': hexLen = 4; break;
        case 'U': hexLen = 8; break;
        case '\r':
        case '\n':
            i -= 1; // back onto the break
            foldBreak(true);
            break;
        default:
            return std::nullopt;
        }
        if (hexLen > 0) {
            uint cp = 0;
            for (int k = 0; k < hexLen; ++k) {
                if (i >= stop)
                    return std::nullopt;
                const int h = hexValue(s[i++]);
                if (h < 0)
                    return std::nullopt;
                cp = cp * 16 + uint(h);
            }
            if (cp > 0x10FFFF)
                return std::nullopt;
            appendCodePoint(out, cp);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace Studio::Yaml::Detail
