// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the libFuzzer targets in fuzz/ (built with STUDIO_FUZZ=ON, see scripts/fuzz.sh).
//
// Each target defines LLVMFuzzerTestOneInput and calls Studio::Fuzz::init() first thing. A broken
// invariant is a crash (FUZZ_CHECK aborts with a message), so libFuzzer saves the reproducer just
// as it does for an ASan/UBSan finding.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Studio::Fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", msg.toLocal8Bit().constData());
        abort();
    }
}

// One QCoreApplication for the whole run (signals, timers, tr()); Qt's own warnings are dropped
// (hostile input makes plenty, and printing them would dominate the run).
inline QCoreApplication *init()
{
    static int argc = 1;
    static char name[] = "studio-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        qInstallMessageHandler(quietMessages);
        return new QCoreApplication(argc, argv);
    }();
    return app;
}

// A folder of this process's own below TMPDIR (or /tmp): removed at exit.
inline QString scratchDir()
{
    static const QString dir = [] {
        const QString base = qEnvironmentVariable("TMPDIR", QStringLiteral("/tmp"));
        const QString d = base + QStringLiteral("/studio-fuzz-") + QString::number(QCoreApplication::applicationPid());
        QDir(d).removeRecursively();
        QDir().mkpath(d);
        // The path outlives every static (atexit handlers run after some are gone).
        static char *kept = strdup(d.toLocal8Bit().constData());
        std::atexit([] { QDir(QString::fromLocal8Bit(kept)).removeRecursively(); });
        return d;
    }();
    return dir;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString show(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace Studio::Fuzz

#define FUZZ_CHECK(cond, what)                                                                     \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__, #cond,    \
                    QString(what).toLocal8Bit().constData());                                      \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

namespace Studio::Fuzz {

inline quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ uchar(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// A stored (uncompressed) zip of `entries`, in order, with `comment`: what the fuzzers start from
// when they need a well-formed package to vary one part of.
inline QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &entries, const QByteArray &comment = {})
{
    auto le16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    auto le32 = [&](QByteArray &b, quint32 v) { le16(b, quint16(v & 0xFFFF)); le16(b, quint16(v >> 16)); };
    QByteArray out, central;
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        le32(out, 0x04034b50); le16(out, 20); le16(out, 0); le16(out, 0); le16(out, 0); le16(out, 0x21);
        le32(out, crc); le32(out, quint32(data.size())); le32(out, quint32(data.size()));
        le16(out, quint16(name.size())); le16(out, 0);
        out += name;
        out += data;
        le32(central, 0x02014b50); le16(central, 20); le16(central, 20); le16(central, 0); le16(central, 0);
        le16(central, 0); le16(central, 0x21); le32(central, crc); le32(central, quint32(data.size()));
        le32(central, quint32(data.size())); le16(central, quint16(name.size())); le16(central, 0); le16(central, 0);
        le16(central, 0); le16(central, 0); le32(central, 0100644u << 16); le32(central, offset);
        central += name;
    }
    const quint32 cdOffset = quint32(out.size());
    out += central;
    le32(out, 0x06054b50); le16(out, 0); le16(out, 0); le16(out, quint16(entries.size()));
    le16(out, quint16(entries.size())); le32(out, quint32(central.size())); le32(out, cdOffset);
    le16(out, quint16(comment.size()));
    out += comment;
    return out;
}

} // namespace Studio::Fuzz
