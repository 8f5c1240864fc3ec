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

qsizetype skipProperties(const QByteArray &s, qsizetype pos)
{
    while (pos < s.size()) {
        const char c = s[pos];
        if (c == '&') {
            while (pos < s.size() && !isWs(s[pos]))
                ++pos;
        } else if (c == '!') {
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

} // namespace Studio::Yaml::Detail
