// SPDX-License-Identifier: GPL-3.0-or-later
// Yaml::parse(): libyaml's event API builds our own Node tree with exact source extents. libyaml
// is the C scanner and parser that the daemon's yaml.v3 is a line-by-line port of (and PyYAML's
// reference), so what it accepts or refuses, and where, is what the daemon does.

#include "core/yaml/yamlnode.h"
#include "core/common/tr.h"
#include "core/yaml/yamlsource_p.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml.h>

#include <limits>
#include <vector>

namespace Studio::Yaml {

using namespace Detail;

namespace {


// Raised inside the event handler; caught in parse() (never crosses a header).
struct HandlerError
{
    ErrorCode code;
    QString message;
    qsizetype offset;
};

QString locate(const QString &file, const Mark &m)
{
    QString s = file.isEmpty() ? QStringLiteral("<yaml>") : file;
    if (m.line > 0)
        s += QLatin1Char(':') + QString::number(m.line) + QLatin1Char(':') + QString::number(m.column);
    return s;
}

Error makeError(ErrorCode code, const QString &file, const Mark &m, const QString &text)
{
    // The message carries "file:line:col: " itself (what users see); line/column are also set for
    // callers that point an editor at the problem. `file` is left empty in the Error so that
    // Error::toString() does not print the location twice.
    Error e(code, locate(file, m) + QLatin1String(": ") + text);
    e.line = m.line;
    e.column = m.column;
    return e;
}

// ---------------------------------------------------------------------------------------------
// Pre-checks on raw bytes: encoding, binary content, nesting depth, tab indentation.

std::optional<Error> checkBytes(const QByteArray &s, qsizetype begin, const QString &file, const LineIndex &idx)
{
    if (s.startsWith("\xFE\xFF") || s.startsWith("\xFF\xFE"))
        return makeError(ErrorCode::InvalidInput, file, idx.markAt(0),
                         StudioTr::tr("the file is UTF-16 encoded; save it as UTF-8"));
    const auto *p = reinterpret_cast<const uchar *>(s.constData());
    const qsizetype n = s.size();
    for (qsizetype i = begin; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            if (c == 0)
                return makeError(ErrorCode::InvalidInput, file, idx.markAt(i),
                                 StudioTr::tr("binary file, not YAML (it contains a NUL byte)"));
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
                return makeError(ErrorCode::InvalidInput, file, idx.markAt(i),
                                 StudioTr::tr("control character U+%1 is not allowed in YAML; remove it "
                                    "(is this a binary file?)")
                                     .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
            ++i;
            continue;
        }
        int len = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (ok) {
            if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
                || (cp >= 0xD800 && cp <= 0xDFFF))
                ok = false;
        }
        if (!ok)
            return makeError(ErrorCode::InvalidInput, file, idx.markAt(i),
                             StudioTr::tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                                 .arg(QString::number(uint(c), 16).toUpper().rightJustified(2, QLatin1Char('0'))));
        i += len;
    }
    return std::nullopt;
}

// Estimates the nesting depth (flow brackets + block indentation levels) without recursion and
// finds tabs used as indentation. Runs before libyaml sees the input.
std::optional<Error> checkStructure(const QByteArray &s, qsizetype begin, const QString &file,
                                    const LineIndex &idx, int maxDepth)
{
    const qsizetype n = s.size();
    std::vector<int> blockIndents; // stack of indentation columns of open block levels
    int flowDepth = 0;
    char quote = 0;          // inside a quoted scalar
    int blockScalarParent = -1; // >= 0 while inside a block scalar's body
    qsizetype ls = begin;
    auto tooDeep = [&](qsizetype at) {
        return makeError(ErrorCode::TooLarge, file, idx.markAt(at),
                         StudioTr::tr("the YAML is nested more than %1 levels deep; flatten the document")
                             .arg(maxDepth));
    };
    while (ls < n) {
        const qsizetype le = lineEnd(s, ls);
        qsizetype i = ls;
        int indent = 0;
        while (i < le && s[i] == ' ') {
            ++i;
            ++indent;
        }
        const bool blankLine = [&] {
            for (qsizetype k = i; k < le; ++k) {
                if (!isBlank(s[k]))
                    return false;
            }
            return true;
        }();
        if (blockScalarParent >= 0) {
            if (blankLine || indent > blockScalarParent) {
                ls = nextLineStart(s, le);
                if (ls == le)
                    break;
                continue;
            }
            blockScalarParent = -1;
        }
        if (quote == 0 && flowDepth == 0 && !blankLine) {
            if (i < le && s[i] == '\t') {
                qsizetype k = i;
                while (k < le && isBlank(s[k]))
                    ++k;
                if (k < le && s[k] != '#')
                    return makeError(ErrorCode::InvalidInput, file, idx.markAt(i),
                                     StudioTr::tr("a tab character is used for indentation; YAML indentation "
                                        "must use spaces"));
            }
            if (s[i] != '#') {
                while (!blockIndents.empty() && blockIndents.back() >= indent)
                    blockIndents.pop_back();
                blockIndents.push_back(indent);
                // Compact nested sequences "- - - x" each open a level.
                qsizetype k = i;
                while (k + 1 < le && (s[k] == '-' || s[k] == '?') && isBlank(s[k + 1])) {
                    k += 2;
                    while (k < le && s[k] == ' ')
                        ++k;
                    blockIndents.push_back(int(k - ls));
                }
                if (int(blockIndents.size()) + flowDepth > maxDepth)
                    return tooDeep(i);
            }
        }
        // Scan the line's content for flow brackets, quotes, comments, block scalar headers.
        char prev = ' ';
        qsizetype lastSignificant = -1;
        for (qsizetype k = i; k < le; ++k) {
            const char c = s[k];
            if (quote) {
                if (quote == '"' && c == '\\') {
                    ++k;
                    continue;
                }
                if (c == quote) {
                    if (quote == '\'' && k + 1 < le && s[k + 1] == '\'') {
                        ++k;
                        continue;
                    }
                    quote = 0;
                }
                prev = c;
                lastSignificant = k;
                continue;
            }
            if (c == '#' && isWs(prev))
                break;
            const bool tokenStart = isWs(prev) || prev == '[' || prev == '{' || prev == ',' || prev == ':';
            if ((c == '\'' || c == '"') && tokenStart) {
                quote = c;
            } else if ((c == '[' || c == '{') && (tokenStart || flowDepth > 0 || prev == '-')) {
                if (++flowDepth + int(blockIndents.size()) > maxDepth)
                    return tooDeep(k);
            } else if ((c == ']' || c == '}') && flowDepth > 0) {
                --flowDepth;
            }
            if (!isBlank(c))
                lastSignificant = k;
            prev = c;
        }
        // Block scalar header ("key: |", "- >-", "|2") ends the line.
        if (quote == 0 && flowDepth == 0 && lastSignificant >= 0) {
            qsizetype h = lastSignificant;
            while (h > i && (s[h] == '-' || s[h] == '+' || (s[h] >= '1' && s[h] <= '9')))
                --h;
            if ((s[h] == '|' || s[h] == '>') && (h == i || isBlank(s[h - 1])))
                blockScalarParent = indent;
        }
        ls = nextLineStart(s, le);
        if (ls == le)
            break;
    }
    return std::nullopt;
}

// libyaml's problems in words a plugin author can act on. The daemon's own wording (yaml.v3 reports
// libyaml's problem text) is appended, so the user sees what an upload would answer too.
struct ProblemText
{
    const char *problem;
    const char *context;   // nullptr: any
    bool atContext;        // point at the context mark (where the unclosed thing starts)
    const char *text;
};

const ProblemText kProblems[] = {
    {"found unexpected end of stream", "while scanning a quoted scalar", true,
     QT_TRANSLATE_NOOP("Studio", "unclosed quoted string: the closing quote is missing")},
    {"found unexpected document indicator", "while scanning a quoted scalar", true,
     QT_TRANSLATE_NOOP("Studio", "unclosed quoted string: the closing quote is missing")},
    {"did not find expected ',' or ']'", nullptr, true,
     QT_TRANSLATE_NOOP("Studio", "unclosed '[': a flow sequence is missing its closing ']' (or a ',' between items)")},
    {"did not find expected ',' or '}'", nullptr, true,
     QT_TRANSLATE_NOOP("Studio", "unclosed '{': a flow mapping is missing its closing '}' (or a ',' between entries)")},
    {"did not find expected key", nullptr, false,
     QT_TRANSLATE_NOOP("Studio", "a mapping is not closed properly; check the indentation of this line (keys of one "
                                 "mapping must start in the same column)")},
    {"did not find expected '-' indicator", nullptr, false,
     QT_TRANSLATE_NOOP("Studio", "a sequence is not closed properly; check the indentation of the '-' items")},
    {"mapping values are not allowed in this context", nullptr, false,
     QT_TRANSLATE_NOOP("Studio", "unexpected ':' here; quote the value if it contains ': ' or fix the indentation")},
    {"block sequence entries are not allowed in this context", nullptr, false,
     QT_TRANSLATE_NOOP("Studio", "a '- ' item is not allowed here; check the indentation")},
    {"found character that cannot start any token", nullptr, false,
     QT_TRANSLATE_NOOP("Studio", "this character cannot start a value (a tab, '@' or '`'); quote the value, and "
                                 "indent with spaces")},
    {"found a tab character that violates indentation", nullptr, false,
     QT_TRANSLATE_NOOP("Studio", "a tab character is used for indentation; YAML indentation must use spaces")},
    {"found unknown escape character", nullptr, false,
     QT_TRANSLATE_NOOP("Studio", "unknown escape sequence in a double-quoted string; write \\\\ for a backslash or use single quotes")},
    {"did not find expected node content", nullptr, false,
     QT_TRANSLATE_NOOP("Studio", "a value is missing here, or this line is indented wrongly")},
    {"could not find expected ':'", nullptr, true,
     QT_TRANSLATE_NOOP("Studio", "a key is missing its ':' (a key must end on its own line)")},
    {"found undefined tag handle", nullptr, false,
     QT_TRANSLATE_NOOP("Studio", "unknown tag handle; declare it with %TAG or remove the tag")},
    {"did not find expected comment or line break", nullptr, false,
     QT_TRANSLATE_NOOP("Studio", "unexpected text after a block scalar indicator (| or >) on this line")},
};

// yaml.v3's error text for a libyaml failure: "yaml: line N: problem" (parser.go fail()).
QString daemonWording(const yaml_parser_t &p)
{
    size_t line = 0;
    if (p.context_mark.line != 0)
        line = p.context_mark.line + (p.error == YAML_SCANNER_ERROR ? 1 : 0);
    else if (p.problem_mark.line != 0)
        line = p.problem_mark.line + (p.error == YAML_SCANNER_ERROR ? 1 : 0);
    const QString problem = p.problem ? QString::fromUtf8(p.problem) : QStringLiteral("unknown problem parsing YAML content");
    return QStringLiteral("yaml: ") + (line ? QStringLiteral("line %1: ").arg(line) : QString()) + problem;
}

// ---------------------------------------------------------------------------------------------
// Marks: libyaml counts characters (code points; CR LF is two) from after the BOM; the tree uses
// byte offsets. Events arrive in document order, so one forward cursor converts them.

class CharCursor
{
public:
    CharCursor(const QByteArray &src, qsizetype shift) : m_src(src), m_shift(shift), m_byte(shift) {}

    qsizetype byteOffset(size_t charIndex)
    {
        if (charIndex < m_char) {
            m_char = 0;
            m_byte = m_shift;
        }
        const auto *p = reinterpret_cast<const uchar *>(m_src.constData());
        const qsizetype n = m_src.size();
        while (m_char < charIndex && m_byte < n) {
            const uchar c = p[m_byte];
            m_byte += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; // validated UTF-8 (checkBytes)
            ++m_char;
        }
        return std::min(m_byte, n);
    }

private:
    const QByteArray &m_src;
    const qsizetype m_shift;
    size_t m_char = 0;
    qsizetype m_byte;
};

// ---------------------------------------------------------------------------------------------
// The tree builder, fed with libyaml's events.

class TreeBuilder
{
public:
    TreeBuilder(const QByteArray &src, qsizetype shift, const LineIndex &idx, const ParseLimits &limits)
        : m_src(src), m_idx(idx), m_limits(limits), m_cursor(src, shift)
    {}

    NodePtr root() const { return m_root; }
    CharCursor &cursor() { return m_cursor; }

    // Handles one event; returns false once the first document is complete.
    bool handle(const yaml_event_t &e)
    {
        switch (e.type) {
        case YAML_SCALAR_EVENT:
            onScalar(e);
            return true;
        case YAML_ALIAS_EVENT:
            onAlias(e);
            return true;
        case YAML_SEQUENCE_START_EVENT:
            startCollection(false, offsetOf(e.start_mark), e.data.sequence_start.tag, e.data.sequence_start.anchor,
                            e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE);
            return true;
        case YAML_MAPPING_START_EVENT:
            startCollection(true, offsetOf(e.start_mark), e.data.mapping_start.tag, e.data.mapping_start.anchor,
                            e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE);
            return true;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            endCollection();
            return true;
        case YAML_DOCUMENT_END_EVENT:
        case YAML_STREAM_END_EVENT:
            return false; // later documents are ignored, as yaml.v3 does
        case YAML_NO_EVENT:
        case YAML_STREAM_START_EVENT:
        case YAML_DOCUMENT_START_EVENT:
            return true;
        }
        return true;
    }

    // Innermost flow collection still open (for "unclosed bracket" errors), or -1.
    qsizetype openFlowStart() const
    {
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
            if (it->flow && it->start < m_src.size() && (m_src[it->start] == '[' || m_src[it->start] == '{'))
                return it->start;
        }
        return -1;
    }

    qsizetype offsetOf(const yaml_mark_t &m) { return m_cursor.byteOffset(m.index); }

private:
    struct Frame
    {
        std::shared_ptr<Node> node;
        bool isMap = false;
        bool flow = false;
        bool expectKey = true;
        NodePtr pendingKey;
        qsizetype pendingKeyEnd = -1;
        qsizetype start = 0;
        qsizetype lastEnd = -1;
        qint64 count = 1;
        QByteArray anchor;
    };
    struct AnchorInfo
    {
        NodePtr node;
        qint64 count = 1;
        bool complete = false;
    };

    static bool isNullWord(const char *v, size_t len)
    {
        const QByteArrayView w(v, qsizetype(len));
        return w == "~" || w == "null" || w == "Null" || w == "NULL";
    }

    static QString shortTag(const yaml_char_t *tag)
    {
        const QString t = QString::fromUtf8(reinterpret_cast<const char *>(tag));
        static const QString core = QStringLiteral("tag:yaml.org,2002:");
        if (t.startsWith(core))
            return QStringLiteral("!!") + t.mid(core.size());
        return t;
    }

    bool inFlow() const
    {
        for (const Frame &f : m_stack) {
            if (f.flow)
                return true;
        }
        return false;
    }

    qsizetype skipPropsSameLine(qsizetype p) const
    {
        while (p < m_src.size() && (m_src[p] == '&' || m_src[p] == '!')) {
            while (p < m_src.size() && !isWs(m_src[p]))
                ++p;
            while (p < m_src.size() && isBlank(m_src[p]))
                ++p;
        }
        return p;
    }

    qsizetype emptyNodePosition(qsizetype given) const
    {
        if (m_stack.empty())
            return std::min(given, m_src.size());
        const Frame &f = m_stack.back();
        if (f.isMap && !f.expectKey && f.pendingKeyEnd >= 0) {
            qsizetype q = f.pendingKeyEnd;
            while (q < m_src.size() && isWs(m_src[q]))
                ++q;
            if (q < m_src.size() && m_src[q] == ':')
                return q + 1;
            return f.pendingKeyEnd;
        }
        if (!f.isMap && !f.flow) {
            qsizetype q = f.lastEnd >= 0 ? f.lastEnd : f.start;
            q = skipWsAndComments(m_src, q);
            if (q < m_src.size() && m_src[q] == '-')
                return q + 1;
        }
        return std::min(given, m_src.size());
    }

    void onScalar(const yaml_event_t &e)
    {
        const auto &sc = e.data.scalar;
        const char *value = reinterpret_cast<const char *>(sc.value);
        const qsizetype given = offsetOf(e.start_mark);
        const qsizetype givenEnd = offsetOf(e.end_mark);
        const bool hasProps = given < m_src.size() && (m_src[given] == '&' || m_src[given] == '!');
        qsizetype p = given;
        if (hasProps)
            p = sc.length == 0 ? skipPropsSameLine(p) : skipProperties(m_src, p);
        ScalarStyle style = ScalarStyle::Plain;
        switch (sc.style) {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = ScalarStyle::SingleQuoted; break;
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = ScalarStyle::DoubleQuoted; break;
        case YAML_LITERAL_SCALAR_STYLE: style = ScalarStyle::Literal; break;
        case YAML_FOLDED_SCALAR_STYLE: style = ScalarStyle::Folded; break;
        default: break;
        }
        const QString tag = sc.tag ? shortTag(sc.tag) : QString();
        // A null: a plain empty node or a written null word, untagged or tagged !!null.
        if (style == ScalarStyle::Plain && (tag.isEmpty() || tag == QLatin1String("!!null"))
            && (sc.length == 0 || isNullWord(value, sc.length))) {
            if (sc.length == 0) {
                // An empty node: place it where its text would go.
                const qsizetype pos = hasProps ? p : emptyNodePosition(given);
                auto n = Node::makeNull(m_idx.markAt(pos));
                if (!tag.isEmpty())
                    n->setTag(tag);
                n->setEndMark(m_idx.markAt(pos));
                finishLeaf(n, sc.anchor, pos);
            } else {
                auto n = Node::makeNull(m_idx.markAt(p));
                n->setScalar(QString::fromLatin1(value, qsizetype(sc.length)));
                if (!tag.isEmpty())
                    n->setTag(tag);
                n->setEndMark(m_idx.markAt(givenEnd));
                finishLeaf(n, sc.anchor, givenEnd);
            }
            return;
        }
        auto n = Node::makeScalar(QString::fromUtf8(value, qsizetype(sc.length)), style, m_idx.markAt(p));
        if (!tag.isEmpty())
            n->setTag(tag);
        // Plain and quoted scalars end where libyaml says; a block scalar's text ends with its last
        // non-empty line (libyaml's end mark is past the trailing line breaks).
        qsizetype end = givenEnd;
        if (style == ScalarStyle::Literal || style == ScalarStyle::Folded)
            end = scalarEnd(m_src, p, style, n->scalar(), inFlow());
        else if (sc.length == 0 && style == ScalarStyle::Plain)
            end = p;
        n->setEndMark(m_idx.markAt(end));
        finishLeaf(n, sc.anchor, end);
    }

    void onAlias(const yaml_event_t &e)
    {
        const qsizetype p = offsetOf(e.start_mark);
        const qsizetype end = offsetOf(e.end_mark);
        const QByteArray name(reinterpret_cast<const char *>(e.data.alias.anchor));
        auto it = m_anchors.find(name);
        if (it == m_anchors.end())
            throw HandlerError{ErrorCode::InvalidInput,
                               StudioTr::tr("unknown alias %1: no anchor with this name is defined before it")
                                   .arg(QString::fromUtf8(m_src.mid(p, end - p))),
                               p};
        if (!it->complete)
            throw HandlerError{ErrorCode::InvalidInput,
                               StudioTr::tr("alias %1 refers to a node that contains it (recursive anchor)")
                                   .arg(QString::fromUtf8(m_src.mid(p, end - p))),
                               p};
        addChild(it->node, it->count, end, p);
    }

    void countNodes(qint64 n)
    {
        m_total += n;
        if (m_total > m_limits.maxNodes)
            throw HandlerError{ErrorCode::TooLarge,
                               StudioTr::tr("YAML aliases expand to more than %1 nodes (a 'billion laughs' "
                                  "document?); remove the aliases")
                                   .arg(m_limits.maxNodes),
                               m_lastOffset};
    }

    void finishLeaf(const std::shared_ptr<Node> &n, const yaml_char_t *anchor, qsizetype end)
    {
        if (anchor) {
            const QByteArray name(reinterpret_cast<const char *>(anchor));
            n->setAnchor(QString::fromUtf8(name));
            m_anchors[name] = AnchorInfo{n, 1, true};
        }
        addChild(n, 1, end, n->mark().offset);
    }

    void addChild(const NodePtr &n, qint64 count, qsizetype end, qsizetype start)
    {
        m_lastOffset = start;
        countNodes(count);
        if (m_stack.empty()) {
            m_root = n;
            return;
        }
        Frame &f = m_stack.back();
        f.count = std::min<qint64>(f.count + count, std::numeric_limits<qint64>::max() / 4);
        f.lastEnd = end;
        if (!f.isMap) {
            f.node->appendItem(n);
        } else if (f.expectKey) {
            f.pendingKey = n;
            f.pendingKeyEnd = end;
            f.expectKey = false;
        } else {
            f.node->appendPair(f.pendingKey, n);
            f.pendingKey.reset();
            f.pendingKeyEnd = -1;
            f.expectKey = true;
        }
    }

    void startCollection(bool isMap, qsizetype p, const yaml_char_t *tag, const yaml_char_t *anchor, bool flow)
    {
        if (p < m_src.size() && (m_src[p] == '&' || m_src[p] == '!'))
            p = skipProperties(m_src, p);
        const CollectionStyle cs = flow ? CollectionStyle::Flow : CollectionStyle::Block;
        auto n = isMap ? Node::makeMapping(cs, m_idx.markAt(p)) : Node::makeSequence(cs, m_idx.markAt(p));
        if (tag && qstrcmp(reinterpret_cast<const char *>(tag), "!") != 0)
            n->setTag(shortTag(tag));
        Frame f;
        f.node = n;
        f.isMap = isMap;
        f.flow = flow;
        f.start = p;
        if (anchor) {
            f.anchor = QByteArray(reinterpret_cast<const char *>(anchor));
            n->setAnchor(QString::fromUtf8(f.anchor));
            m_anchors[f.anchor] = AnchorInfo{n, 1, false};
        }
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw HandlerError{ErrorCode::TooLarge,
                               StudioTr::tr("the YAML is nested more than %1 levels deep; flatten the document")
                                   .arg(m_limits.maxDepth),
                               p};
        m_stack.push_back(std::move(f));
    }

    void endCollection()
    {
        if (m_stack.empty())
            return;
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        qsizetype end = f.lastEnd >= 0 ? f.lastEnd : f.start;
        if (f.flow && f.start < m_src.size() && (m_src[f.start] == '[' || m_src[f.start] == '{')) {
            const char close = m_src[f.start] == '[' ? ']' : '}';
            qsizetype q = f.lastEnd >= 0 ? f.lastEnd : f.start + 1;
            while (q < m_src.size()) {
                q = skipWsAndComments(m_src, q);
                if (q < m_src.size() && m_src[q] == ',') {
                    ++q;
                    continue;
                }
                break;
            }
            if (q < m_src.size() && m_src[q] == close)
                end = q + 1;
        } else if (f.lastEnd < 0) {
            end = f.start;
        }
        f.node->setEndMark(m_idx.markAt(end));
        if (!f.anchor.isEmpty()) {
            auto it = m_anchors.find(f.anchor);
            if (it != m_anchors.end() && it->node == f.node) {
                it->count = f.count;
                it->complete = true;
            }
        }
        addChild(f.node, 1, end, f.start);
        if (!m_stack.empty())
            m_stack.back().count += f.count - 1;
    }

    const QByteArray &m_src;
    const LineIndex &m_idx;
    const ParseLimits &m_limits;
    CharCursor m_cursor;
    std::vector<Frame> m_stack;
    QHash<QByteArray, AnchorInfo> m_anchors;
    NodePtr m_root;
    qint64 m_total = 0;
    qsizetype m_lastOffset = 0;
};

// Owns a libyaml parser and the current event.
class LibYaml
{
public:
    LibYaml(const QByteArray &src)
    {
        m_ok = yaml_parser_initialize(&m_parser) != 0;
        if (m_ok)
            yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(src.constData()),
                                         size_t(src.size()));
    }
    ~LibYaml()
    {
        if (m_haveEvent)
            yaml_event_delete(&m_event);
        if (m_ok)
            yaml_parser_delete(&m_parser);
    }
    LibYaml(const LibYaml &) = delete;
    LibYaml &operator=(const LibYaml &) = delete;

    bool ok() const { return m_ok; }
    // The next event, or nullptr on a parse error (see parser()).
    const yaml_event_t *next()
    {
        if (m_haveEvent) {
            yaml_event_delete(&m_event);
            m_haveEvent = false;
        }
        if (!yaml_parser_parse(&m_parser, &m_event))
            return nullptr;
        m_haveEvent = true;
        return &m_event;
    }
    const yaml_parser_t &parser() const { return m_parser; }

private:
    yaml_parser_t m_parser{};
    yaml_event_t m_event{};
    bool m_ok = false;
    bool m_haveEvent = false;
};

Error syntaxError(const QString &file, const yaml_parser_t &p, TreeBuilder &builder, const LineIndex &idx)
{
    const QString problem = p.problem ? QString::fromUtf8(p.problem) : QString();
    const QString context = p.context ? QString::fromUtf8(p.context) : QString();
    const ProblemText *hit = nullptr;
    for (const ProblemText &t : kProblems) {
        if (problem == QLatin1String(t.problem) && (!t.context || context == QLatin1String(t.context))) {
            hit = &t;
            break;
        }
    }
    qsizetype off;
    if (hit && hit->atContext) {
        const qsizetype flow = builder.openFlowStart();
        off = flow >= 0 && problem.startsWith(QLatin1String("did not find expected ','"))
                  ? flow
                  : builder.cursor().byteOffset(p.context_mark.index);
    } else {
        off = builder.cursor().byteOffset(p.problem_mark.index);
    }
    const QString text = hit ? StudioTr::tr(hit->text) : StudioTr::tr("YAML syntax error: %1").arg(problem);
    return makeError(ErrorCode::InvalidInput, file, idx.markAt(off),
                     StudioTr::tr("%1 (the daemon reports: %2)").arg(text, daemonWording(p)));
}

} // namespace

Result<Document> parse(const QByteArray &source, const QString &file, const ParseLimits &limits)
{
    if (source.size() > limits.maxBytes) {
        return Error(ErrorCode::TooLarge,
                     (file.isEmpty() ? QStringLiteral("<yaml>") : file) + QLatin1String(": ")
                         + StudioTr::tr("the file is %1 bytes, more than the %2-byte limit for YAML files; "
                              "is this really a manifest?")
                               .arg(source.size())
                               .arg(limits.maxBytes));
    }
    LineIndex idx(source);
    const qsizetype shift = source.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // Structure first: it stops at the first line that is too deep, without reading the rest.
    if (auto e = checkStructure(source, shift, file, idx, limits.maxDepth))
        return *e;
    if (auto e = checkBytes(source, shift, file, idx))
        return *e;

    Document doc;
    doc.file = file;
    doc.source = source;
    TreeBuilder builder(doc.source, shift, idx, limits);
    LibYaml yaml(doc.source);
    if (!yaml.ok())
        return makeError(ErrorCode::InvalidInput, file, idx.markAt(0), StudioTr::tr("YAML could not be read: out of memory"));
    try {
        while (true) {
            const yaml_event_t *e = yaml.next();
            if (!e)
                return syntaxError(file, yaml.parser(), builder, idx);
            if (!builder.handle(*e))
                break;
        }
        doc.root = builder.root();
    } catch (const HandlerError &e) {
        return makeError(e.code, file, idx.markAt(e.offset), e.message);
    }
    if (!doc.root)
        doc.root = Node::makeNull(idx.markAt(shift));
    return doc;
}

} // namespace Studio::Yaml
