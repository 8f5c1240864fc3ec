// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/linesplitter.h"

#include <cstring>

namespace Studio::Net {

bool LineSplitter::overflow(qsizetype length)
{
    m_overflow = length;
    m_buffer.clear();
    m_buffer.squeeze();
    return false;
}

bool LineSplitter::append(QByteArrayView data, QList<QByteArray> &out)
{
    const char *p = data.data();
    const char *const end = p + data.size();
    while (p < end) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *stop = nl ? nl : end;
        const qsizetype piece = stop - p;
        // The line may hold m_maxLine bytes plus the '\r' that may precede its '\n'.
        if (piece > m_maxLine + 1 - m_buffer.size())
            return overflow(m_buffer.size() + piece);
        if (!nl) {
            m_buffer.append(p, piece);
            return true;
        }
        QByteArray line;
        if (m_buffer.isEmpty()) {
            line = QByteArray(p, piece);
        } else {
            m_buffer.append(p, piece);
            line = std::move(m_buffer);
            m_buffer = QByteArray();
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_maxLine)
            return overflow(line.size());
        out.append(std::move(line));
        p = nl + 1;
    }
    return true;
}

QByteArray LineSplitter::takeRest()
{
    QByteArray rest = std::move(m_buffer);
    m_buffer = QByteArray();
    return rest;
}

void LineSplitter::clear()
{
    m_buffer.clear();
    m_overflow = 0;
}

} // namespace Studio::Net
