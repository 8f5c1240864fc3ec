// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one line splitter of the studio's line protocols (plugin stdout, the remote-debug TCP link
// and its registration, the debug relay, server-sent events): splits a byte stream into
// '\n'-terminated lines with a per-line cap. Each byte is scanned once (a 6 MiB line arriving in
// 64 KiB pieces costs linear time, never a rescan of what is buffered), and what it buffers is
// never more than the cap plus one byte.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Studio::Net {

class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLine = 5 * 1024 * 1024) : m_maxLine(maxLine) {}

    // Appends `data` and moves each complete line to `out`, without its '\n' and a '\r' before it.
    // Returns false when a line (complete or still growing) is longer than the cap: the lines
    // before it are in `out`, the rest of `data` is dropped, the buffer cleared, and
    // overflowLength() tells how long the line had grown.
    bool append(QByteArrayView data, QList<QByteArray> &out);

    // Bytes of the unterminated line held.
    qsizetype pending() const { return m_buffer.size(); }
    qsizetype maxLine() const { return m_maxLine; }
    void setMaxLine(qsizetype max) { m_maxLine = max; }
    // The bytes of the line that went over the cap, as far as they were seen.
    qsizetype overflowLength() const { return m_overflow; }
    // The unterminated rest (to hand the stream over to another reader).
    QByteArray takeRest();
    void clear();

private:
    bool overflow(qsizetype length);
    QByteArray m_buffer; // the unterminated line so far (no '\n' in it)
    qsizetype m_maxLine;
    qsizetype m_overflow = 0;
};

} // namespace Studio::Net
