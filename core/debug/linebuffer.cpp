// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debug/linebuffer.h"

namespace Studio::Debug {

bool LineBuffer::append(const QByteArray &data, QList<QByteArray> &out)
{
    m_buffer.append(data);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', std::max(start, m_scanned));
        if (nl < 0)
            break;
        qsizetype end = nl;
        if (end > start && m_buffer.at(end - 1) == '\r')
            --end;
        if (end - start > m_maxLine) {
            m_buffer.clear();
            m_scanned = 0;
            return false;
        }
        out.append(m_buffer.mid(start, end - start));
        start = nl + 1;
        m_scanned = start;
    }
    if (start > 0) {
        m_buffer.remove(0, start);
        m_scanned = 0;
    }
    m_scanned = m_buffer.size();
    if (m_buffer.size() > m_maxLine) {
        m_buffer.clear();
        m_scanned = 0;
        return false;
    }
    return true;
}

QByteArray LineBuffer::takeRest()
{
    QByteArray rest = std::move(m_buffer);
    m_buffer.clear();
    m_scanned = 0;
    return rest;
}

} // namespace Studio::Debug
