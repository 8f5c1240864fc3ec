// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small zip writer for tests that must write what no honest zip library writes: every field
// of both headers can be set on its own (CRC, sizes, method, flags, names, offsets), data
// descriptors, extra bytes in front, after, or between the directory and its end record.
// Deflated payloads come from the project's own deflate (the bytes any inflater reads).

#include "core/package/deflate_p.h"

#include <QByteArray>
#include <QList>

namespace HostileZip {

inline quint32 crc32Of(const QByteArray &data)
{
    return Studio::Package::Internal::crc32(data);
}

inline void le16(QByteArray &b, quint32 v)
{
    b.append(char(v & 0xFF));
    b.append(char((v >> 8) & 0xFF));
}

inline void le32(QByteArray &b, quint32 v)
{
    le16(b, v & 0xFFFF);
    le16(b, v >> 16);
}

inline void put32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xFF);
}

inline quint32 get32(const QByteArray &b, qsizetype at)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

struct Entry
{
    QByteArray name;
    QByteArray content;          // the uncompressed bytes
    bool deflate = true;
    // Overrides (-1: the honest value). "cd" = central directory, "local" = local header.
    qint64 cdCrc = -1, cdCsize = -1, cdUsize = -1;
    qint64 localCrc = -1, localCsize = -1, localUsize = -1;
    qint64 localMethod = -1;
    quint16 flags = 0;
    bool descriptor = false;     // flag 0x08: zero sizes in the local header, a descriptor after
    qint64 descriptorCrc = -1;
    quint16 madeBy = 20;
    quint32 external = 0;
    QByteArray localName;        // empty = same as name
    QByteArray payloadOverride;  // written instead of the compressed content
};

inline Entry file(const QByteArray &name, const QByteArray &content)
{
    Entry e;
    e.name = name;
    e.content = content;
    return e;
}

struct Parts
{
    QByteArray body;      // local headers and data
    QByteArray central;   // central directory records
    quint32 count = 0;
};

// Local records and central records; offsets start at `base`.
inline Parts build(const QList<Entry> &entries, quint32 base = 0)
{
    Parts p;
    for (const Entry &e : entries) {
        const QByteArray payload = !e.payloadOverride.isNull()
                                       ? e.payloadOverride
                                       : (e.deflate ? Studio::Package::Internal::deflateRaw(e.content) : e.content);
        const quint32 crc = crc32Of(e.content);
        const quint16 method = e.deflate ? 8 : 0;
        const quint16 flags = quint16(e.flags | (e.descriptor ? 0x08 : 0));
        const quint32 offset = base + quint32(p.body.size());
        const QByteArray lname = e.localName.isEmpty() ? e.name : e.localName;
        auto pick = [](qint64 over, quint32 honest) { return over >= 0 ? quint32(over) : honest; };
        le32(p.body, 0x04034b50u);
        le16(p.body, 20);
        le16(p.body, flags);
        le16(p.body, e.localMethod >= 0 ? quint32(e.localMethod) : method);
        le16(p.body, 0);
        le16(p.body, 0x21);
        le32(p.body, e.descriptor ? pick(e.localCrc, 0) : pick(e.localCrc, crc));
        le32(p.body, e.descriptor ? pick(e.localCsize, 0) : pick(e.localCsize, quint32(payload.size())));
        le32(p.body, e.descriptor ? pick(e.localUsize, 0) : pick(e.localUsize, quint32(e.content.size())));
        le16(p.body, quint32(lname.size()));
        le16(p.body, 0);
        p.body += lname;
        p.body += payload;
        if (e.descriptor) {
            le32(p.body, 0x08074b50u);
            le32(p.body, pick(e.descriptorCrc, crc));
            le32(p.body, quint32(payload.size()));
            le32(p.body, quint32(e.content.size()));
        }
        le32(p.central, 0x02014b50u);
        le16(p.central, e.madeBy);
        le16(p.central, 20);
        le16(p.central, flags);
        le16(p.central, method);
        le16(p.central, 0);
        le16(p.central, 0x21);
        le32(p.central, pick(e.cdCrc, crc));
        le32(p.central, pick(e.cdCsize, quint32(payload.size())));
        le32(p.central, pick(e.cdUsize, quint32(e.content.size())));
        le16(p.central, quint32(e.name.size()));
        le16(p.central, 0);
        le16(p.central, 0);
        le16(p.central, 0);
        le16(p.central, 0);
        le32(p.central, e.external);
        le32(p.central, offset);
        p.central += e.name;
        ++p.count;
    }
    return p;
}

inline QByteArray endRecord(quint32 count, quint32 cdSize, quint32 cdOffset, const QByteArray &comment = {})
{
    QByteArray out;
    le32(out, 0x06054b50u);
    le16(out, 0);
    le16(out, 0);
    le16(out, count);
    le16(out, count);
    le32(out, cdSize);
    le32(out, cdOffset);
    le16(out, quint32(comment.size()));
    out += comment;
    return out;
}

inline QByteArray zip(const QList<Entry> &entries, const QByteArray &comment = {})
{
    const Parts p = build(entries);
    return p.body + p.central + endRecord(p.count, quint32(p.central.size()), quint32(p.body.size()), comment);
}

// Offset of the central record of the entry called `name` (byte surgery on real archives).
inline qsizetype centralRecord(const QByteArray &z, const QByteArray &name)
{
    for (qsizetype at = z.indexOf(QByteArray::fromHex("504b0102")); at >= 0;
         at = z.indexOf(QByteArray::fromHex("504b0102"), at + 4)) {
        const int nameLen = quint8(z.at(at + 28)) | (quint8(z.at(at + 29)) << 8);
        if (z.mid(at + 46, nameLen) == name)
            return at;
    }
    return -1;
}

} // namespace HostileZip
