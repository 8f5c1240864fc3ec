// SPDX-License-Identifier: GPL-3.0-or-later
// Yaml::parse(): yaml-cpp's event API builds our own Node tree with exact source extents.

#include "core/yaml/yamlnode.h"
#include "core/common/tr.h"
#include "core/yaml/yamlsource_p.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <limits>
#include <sstream>
#include <string>
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
// finds tabs used as indentation. Runs before yaml-cpp sees the input.
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

QString readableYamlCppMessage(const std::string &raw)
{
    const QString msg = QString::fromStdString(raw);
    struct Map
    {
        const char *needle;
        const char *text;
    };
    static const Map table[] = {
        {"end of map not found",
         QT_TRANSLATE_NOOP("Studio", "a mapping is not closed properly; check the indentation of this line (keys of one "
         "mapping must start in the same column) (yaml-cpp: end of map not found)")},
        {"end of map flow not found",
         QT_TRANSLATE_NOOP("Studio", "unclosed '{': a flow mapping is missing its closing '}' (yaml-cpp: end of map flow not found)")},
        {"end of sequence flow not found",
         QT_TRANSLATE_NOOP("Studio", "unclosed '[': a flow sequence is missing its closing ']' (yaml-cpp: end of sequence flow not found)")},
        {"end of sequence not found",
         QT_TRANSLATE_NOOP("Studio", "a sequence is not closed properly; check the indentation of the '-' items "
         "(yaml-cpp: end of sequence not found)")},
        {"illegal map value",
         QT_TRANSLATE_NOOP("Studio", "unexpected ':' here; quote the value if it contains ': ' or fix the indentation "
         "(yaml-cpp: illegal map value)")},
        {"end of string not found",
         QT_TRANSLATE_NOOP("Studio", "unclosed quoted string: the closing quote is missing (yaml-cpp: end of string not found)")},
        {"illegal EOF in scalar", QT_TRANSLATE_NOOP("Studio", "unclosed quoted string: the file ends inside it")},
        {"illegal tab when looking for indentation",
         QT_TRANSLATE_NOOP("Studio", "a tab character is used for indentation; YAML indentation must use spaces")},
        {"unknown anchor", QT_TRANSLATE_NOOP("Studio", "unknown alias: no anchor with this name is defined before it")},
        {"referenced anchor is not defined", QT_TRANSLATE_NOOP("Studio", "unknown alias: no anchor with this name is defined before it")},
        {"repeated anchor", QT_TRANSLATE_NOOP("Studio", "the same anchor is defined twice on one node")},
        {"cannot have multiple tags", QT_TRANSLATE_NOOP("Studio", "a node has two tags")},
        {"cannot have multiple anchors", QT_TRANSLATE_NOOP("Studio", "a node has two anchors")},
        {"block sequence entries are not allowed in this context",
         QT_TRANSLATE_NOOP("Studio", "a '- ' item is not allowed here; check the indentation (yaml-cpp: block sequence "
         "entries are not allowed in this context)")},
        {"illegal character in scalar", QT_TRANSLATE_NOOP("Studio", "illegal character in a plain scalar; quote the value")},
        {"exceeded maximum recursion depth", QT_TRANSLATE_NOOP("Studio", "the YAML is nested too deeply; flatten the document")},
    };
    for (const Map &m : table) {
        if (msg.contains(QLatin1String(m.needle))) {
            QString t = StudioTr::tr(m.text);
            if (t.contains(QLatin1String("%1")))
                t = t.arg(msg);
            return t;
        }
    }
    return StudioTr::tr("YAML syntax error: %1").arg(msg);
}

// ---------------------------------------------------------------------------------------------
// The event handler.

class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(const QByteArray &src, qsizetype shift, const LineIndex &idx, const ParseLimits &limits)
        : m_src(src), m_shift(shift), m_idx(idx), m_limits(limits)
    {}

    NodePtr root() const { return m_root; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnAnchor(const YAML::Mark &, const std::string &name) override { m_pendingAnchorName = name; }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const qsizetype given = offsetOf(mark);
        qsizetype p = given;
        const bool hasProps = anchor != YAML::NullAnchor && p < m_src.size() && (m_src[p] == '&' || m_src[p] == '!');
        if (hasProps)
            p = skipPropsSameLine(p);
        // A written null word (`~`, `null`, ...) at the mark?
        static const char *const words[] = {"null", "Null", "NULL", "~"};
        for (const char *w : words) {
            const qsizetype len = qsizetype(qstrlen(w));
            if (m_src.mid(p, len) == w) {
                const qsizetype after = p + len;
                if (after >= m_src.size() || isWs(m_src[after]) || m_src[after] == ','
                    || m_src[after] == ']' || m_src[after] == '}') {
                    if (writtenNullPlausible(p)) {
                        auto n = Node::makeNull(m_idx.markAt(p));
                        n->setScalar(QString::fromLatin1(w));
                        n->setEndMark(m_idx.markAt(after));
                        finishLeaf(n, anchor, after);
                        return;
                    }
                }
            }
        }
        // An empty node: place it where its text would go.
        qsizetype pos = hasProps ? p : emptyNodePosition(given);
        auto n = Node::makeNull(m_idx.markAt(pos));
        n->setEndMark(m_idx.markAt(pos));
        finishLeaf(n, anchor, pos);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const qsizetype p = offsetOf(mark);
        qsizetype e = p + 1;
        while (e < m_src.size() && !isWs(m_src[e]) && m_src[e] != ',' && m_src[e] != ']' && m_src[e] != '}')
            ++e;
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw HandlerError{ErrorCode::InvalidInput,
                               StudioTr::tr("unknown alias %1: no anchor with this name is defined before it")
                                   .arg(QString::fromUtf8(m_src.mid(p, e - p))),
                               p};
        if (!it->complete)
            throw HandlerError{ErrorCode::InvalidInput,
                               StudioTr::tr("alias %1 refers to a node that contains it (recursive anchor)")
                                   .arg(QString::fromUtf8(m_src.mid(p, e - p))),
                               p};
        addChild(it->node, it->count, e, p);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        qsizetype p = offsetOf(mark);
        bool sawTag = false;
        if (p < m_src.size() && (m_src[p] == '&' || m_src[p] == '!')) {
            if (value.empty())
                p = skipPropsSameLine(p, &sawTag);
            else
                p = skipProperties(m_src, p, &sawTag);
        }
        ScalarStyle style = ScalarStyle::Plain;
        if (tag != "?") {
            const char c = p < m_src.size() ? m_src[p] : ' ';
            if (c == '\'')
                style = ScalarStyle::SingleQuoted;
            else if (c == '"')
                style = ScalarStyle::DoubleQuoted;
            else if (c == '|')
                style = ScalarStyle::Literal;
            else if (c == '>')
                style = ScalarStyle::Folded;
        }
        QString text = QString::fromStdString(value);
        qsizetype quotedEnd = -1;
        if (style == ScalarStyle::SingleQuoted || style == ScalarStyle::DoubleQuoted) {
            // yaml-cpp 0.7 folds the trailing empty lines of a multi-line quoted scalar wrongly;
            // decode quoted scalars from the source ourselves (YAML 1.2 folding, as yaml.v3 and
            // PyYAML do).
            quotedEnd = scalarEnd(m_src, p, style, text, inFlow());
            // It also mis-decodes the \N and \_ escapes, so all quoted scalars are decoded here.
            if (auto decoded = decodeQuoted(m_src, p, quotedEnd))
                text = *decoded;
        }
        auto n = Node::makeScalar(text, style, m_idx.markAt(p));
        if (tag != "?" && (tag != "!" || sawTag))
            n->setTag(shortTag(tag));
        const qsizetype end = quotedEnd >= 0 ? quotedEnd
            : value.empty() && style == ScalarStyle::Plain ? p
                                                           : scalarEnd(m_src, p, style, text, inFlow());
        if ((style == ScalarStyle::SingleQuoted || style == ScalarStyle::DoubleQuoted)
            && (end <= p + 1 || m_src[end - 1] != m_src[p]))
            throw HandlerError{ErrorCode::InvalidInput,
                               StudioTr::tr("unclosed quoted string: the closing %1 is missing")
                                   .arg(QLatin1Char(m_src[p])),
                               p};
        n->setEndMark(m_idx.markAt(end));
        finishLeaf(n, anchor, end);
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

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        startCollection(false, mark, tag, anchor, style);
    }
    void OnSequenceEnd() override { endCollection(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        startCollection(true, mark, tag, anchor, style);
    }
    void OnMapEnd() override { endCollection(); }

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
        YAML::anchor_t anchor = YAML::NullAnchor;
    };
    struct AnchorInfo
    {
        NodePtr node;
        qint64 count = 1;
        bool complete = false;
    };

    qsizetype offsetOf(const YAML::Mark &m) const
    {
        if (m.pos < 0)
            return m_src.size();
        return std::min<qsizetype>(m_src.size(), qsizetype(m.pos) + m_shift);
    }

    bool inFlow() const
    {
        for (const Frame &f : m_stack) {
            if (f.flow)
                return true;
        }
        return false;
    }

    qsizetype skipPropsSameLine(qsizetype p, bool *sawTag = nullptr) const
    {
        while (p < m_src.size() && (m_src[p] == '&' || m_src[p] == '!')) {
            if (m_src[p] == '!' && sawTag)
                *sawTag = true;
            while (p < m_src.size() && !isWs(m_src[p]))
                ++p;
            while (p < m_src.size() && isBlank(m_src[p]))
                ++p;
        }
        return p;
    }

    static QString shortTag(const std::string &tag)
    {
        const QString t = QString::fromStdString(tag);
        static const QString core = QStringLiteral("tag:yaml.org,2002:");
        if (t.startsWith(core))
            return QStringLiteral("!!") + t.mid(core.size());
        return t;
    }

    // A null word is the node's own text only if it is not the next key (`a:\nnull: 1`).
    bool writtenNullPlausible(qsizetype p) const
    {
        if (m_stack.empty())
            return true;
        const Frame &f = m_stack.back();
        if (f.isMap && !f.expectKey && f.pendingKeyEnd >= 0)
            return p >= f.pendingKeyEnd;
        return true;
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

    void finishLeaf(const std::shared_ptr<Node> &n, YAML::anchor_t anchor, qsizetype end)
    {
        if (anchor != YAML::NullAnchor) {
            n->setAnchor(QString::fromStdString(m_pendingAnchorName));
            m_anchors[anchor] = AnchorInfo{n, 1, true};
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

    void startCollection(bool isMap, const YAML::Mark &mark, const std::string &tag,
                         YAML::anchor_t anchor, YAML::EmitterStyle::value style)
    {
        qsizetype p = offsetOf(mark);
        if (p < m_src.size() && (m_src[p] == '&' || m_src[p] == '!'))
            p = skipProperties(m_src, p);
        const bool flow = style == YAML::EmitterStyle::Flow;
        const CollectionStyle cs = flow ? CollectionStyle::Flow : CollectionStyle::Block;
        auto n = isMap ? Node::makeMapping(cs, m_idx.markAt(p)) : Node::makeSequence(cs, m_idx.markAt(p));
        if (tag != "?" && tag != "!" && !tag.empty())
            n->setTag(shortTag(tag));
        Frame f;
        f.node = n;
        f.isMap = isMap;
        f.flow = flow;
        f.start = p;
        f.anchor = anchor;
        if (anchor != YAML::NullAnchor) {
            n->setAnchor(QString::fromStdString(m_pendingAnchorName));
            m_anchors[anchor] = AnchorInfo{n, 1, false};
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
        if (f.anchor != YAML::NullAnchor) {
            auto it = m_anchors.find(f.anchor);
            if (it != m_anchors.end()) {
                it->count = f.count;
                it->complete = true;
            }
        }
        addChild(f.node, 1, end, f.start);
        if (!m_stack.empty())
            m_stack.back().count += f.count - 1;
    }

    const QByteArray &m_src;
    const qsizetype m_shift;
    const LineIndex &m_idx;
    const ParseLimits &m_limits;
    std::vector<Frame> m_stack;
    QHash<YAML::anchor_t, AnchorInfo> m_anchors;
    std::string m_pendingAnchorName;
    NodePtr m_root;
    qint64 m_total = 0;
    qsizetype m_lastOffset = 0;
};

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
    try {
        std::istringstream in(std::string(source.constData() + shift, size_t(source.size() - shift)));
        YAML::Parser parser(in);
        parser.HandleNextDocument(builder);
        doc.root = builder.root();
    } catch (const HandlerError &e) {
        return makeError(e.code, file, idx.markAt(e.offset), e.message);
    } catch (const YAML::Exception &e) {
        qsizetype off = e.mark.pos >= 0 ? std::min<qsizetype>(source.size(), e.mark.pos + shift) : source.size();
        const bool flowEnd = e.msg.find("flow not found") != std::string::npos;
        if (flowEnd && builder.openFlowStart() >= 0)
            off = builder.openFlowStart(); // point at the bracket that is never closed
        else if (e.msg.find("anchor is not defined") != std::string::npos) {
            qsizetype end = off + 1;
            while (end < source.size() && !isWs(source[end]) && source[end] != ',' && source[end] != ']' && source[end] != '}')
                ++end;
            Mark m = idx.markAt(off);
            return makeError(ErrorCode::InvalidInput, file, m,
                             StudioTr::tr("unknown alias %1: no anchor with this name is defined before it")
                                 .arg(QString::fromUtf8(source.mid(off, end - off))));
        }
        Mark m = idx.markAt(off);
        if (e.mark.pos < 0 && e.mark.line >= 0 && !flowEnd) {
            m.line = e.mark.line + 1;
            m.column = e.mark.column + 1;
        }
        return makeError(ErrorCode::InvalidInput, file, m, readableYamlCppMessage(e.msg));
    } catch (const std::exception &e) {
        return makeError(ErrorCode::InvalidInput, file, idx.markAt(0),
                         StudioTr::tr("YAML could not be read: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!doc.root)
        doc.root = Node::makeNull(idx.markAt(shift));
    return doc;
}

} // namespace Studio::Yaml
