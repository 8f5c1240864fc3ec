// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Splits a byte stream into '\n'-terminated lines without rescanning (so a 6 MiB line arriving in
// 64 KiB pieces costs linear time), with a per-line size cap.

#include <QByteArray>
#include <QList>

namespace Studio::Debug {

class LineBuffer
{
public:
    explicit LineBuffer(qint64 maxLine = 64LL * 1024 * 1024) : m_maxLine(maxLine) {}
    // Appends data and moves complete lines (without '\n', trailing '\r' removed) to `out`.
    // Returns false when a line grew past the cap (the buffer is then cleared).
    bool append(const QByteArray &data, QList<QByteArray> &out);
    qint64 pending() const { return m_buffer.size(); }
    qint64 maxLine() const { return m_maxLine; }
    void setMaxLine(qint64 max) { m_maxLine = max; }
    QByteArray takeRest();

private:
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer known to contain no '\n'
    qint64 m_maxLine;
};

} // namespace Studio::Debug
