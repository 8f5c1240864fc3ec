// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private helpers shared by the YAML parser and editor: small scanners over the raw UTF-8 bytes.
// Not part of the public API.

#include "core/yaml/yamlnode.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace Studio::Yaml::Detail {

// Maps byte offsets to 1-based line and column (columns count Unicode code points).
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &src);
    Mark markAt(qsizetype offset) const;
    qsizetype lineStartOf(qsizetype offset) const;

private:
    const QByteArray &m_src;
    std::vector<qsizetype> m_starts;
};

inline bool isBreak(char c) { return c == '\n' || c == '\r'; }
inline bool isBlank(char c) { return c == ' ' || c == '\t'; }
inline bool isWs(char c) { return isBlank(c) || isBreak(c); }

// Offset of the first byte of the line containing `pos` (after a BOM on the first line).
qsizetype lineStart(const QByteArray &s, qsizetype pos);
// Offset of the line break ending the line containing `pos` (or s.size()).
qsizetype lineEnd(const QByteArray &s, qsizetype pos);
// Offset just past the line break ending the line containing `pos` (or s.size()).
qsizetype nextLineStart(const QByteArray &s, qsizetype pos);
// Number of leading spaces of the line starting at `ls`.
int indentAt(const QByteArray &s, qsizetype ls);
// True when only blanks precede `pos` on its line.
bool firstOnLine(const QByteArray &s, qsizetype pos);
// Skips blanks, line breaks and comments starting at `pos`.
qsizetype skipWsAndComments(const QByteArray &s, qsizetype pos);
// Skips node properties (`&anchor`, `!tag`) and the whitespace/comments after them.
qsizetype skipProperties(const QByteArray &s, qsizetype pos);
// After the text of a value that ends at `end`: the position after its line's trailing blanks and
// comment, i.e. the line break (or s.size()). Returns -1 if other content follows on that line.
qsizetype endOfLineAfter(const QByteArray &s, qsizetype end);

// End offset (exclusive) of a scalar whose text starts at `pos`.
qsizetype scalarEnd(const QByteArray &s, qsizetype pos, ScalarStyle style, const QString &value, bool inFlow);

} // namespace Studio::Yaml::Detail
