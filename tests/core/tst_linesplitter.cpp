// SPDX-License-Identifier: GPL-3.0-or-later
// The one line splitter (core/net/linesplitter.h) used by the stdio and TCP transports, the debug
// server's registration, the relay and server-sent events.

#include "core/net/linesplitter.h"

#include <QtTest>

using namespace Studio::Net;

class TstLineSplitter : public QObject
{
    Q_OBJECT

private slots:
    void splitsAcrossPieces()
    {
        LineSplitter s(100);
        QList<QByteArray> out;
        QVERIFY(s.append("ab", out));
        QVERIFY(out.isEmpty());
        QCOMPARE(s.pending(), 2);
        QVERIFY(s.append("c\r\nd\n\nef", out));
        QCOMPARE(out, (QList<QByteArray>{"abc", "d", ""}));
        QCOMPARE(s.pending(), 2);
        QCOMPARE(s.takeRest(), QByteArray("ef"));
        QCOMPARE(s.pending(), 0);
    }

    void onlyOneTrailingCrIsRemoved()
    {
        LineSplitter s(100);
        QList<QByteArray> out;
        QVERIFY(s.append("a\r\r\nb\rc\n", out));
        QCOMPARE(out, (QList<QByteArray>{"a\r", "b\rc"}));
    }

    void capIsExact()
    {
        QList<QByteArray> out;
        LineSplitter s(5);
        QVERIFY(s.append("12345\n", out));
        QVERIFY(s.append("12345\r\n", out)); // the CR of a CRLF is not part of the line
        QCOMPARE(out, (QList<QByteArray>{"12345", "12345"}));
        LineSplitter t(5);
        QVERIFY(!t.append("123456\n", out));
        QCOMPARE(t.overflowLength(), 6);
        // Lines before the long one are delivered.
        LineSplitter u(5);
        out.clear();
        QVERIFY(!u.append("ok\n1234567", out));
        QCOMPARE(out, (QList<QByteArray>{"ok"}));
        QCOMPARE(u.pending(), 0);
    }

    void anUnterminatedLineIsRefusedWhileItGrows()
    {
        // A 6 MiB line with no end, in 64 KiB pieces, against a 1 MiB cap: refused as soon as it
        // passes the cap, and never more than the cap held.
        LineSplitter s(1024 * 1024);
        QList<QByteArray> out;
        const QByteArray piece(64 * 1024, 'x');
        qsizetype peak = 0;
        int pieces = 0;
        bool ok = true;
        while (ok && pieces < 96) {
            ok = s.append(piece, out);
            peak = std::max(peak, s.pending());
            ++pieces;
        }
        QVERIFY(!ok);
        QCOMPARE(pieces, 17);
        QVERIFY(peak <= 1024 * 1024 + 1);
        QVERIFY(out.isEmpty());
    }

    void aLongLineInPiecesIsWhole()
    {
        LineSplitter s(8 * 1024 * 1024);
        QList<QByteArray> out;
        QByteArray line(6 * 1024 * 1024, 'y');
        line[12345] = 'z';
        for (qsizetype at = 0; at < line.size(); at += 65536)
            QVERIFY(s.append(QByteArrayView(line).sliced(at, std::min<qsizetype>(65536, line.size() - at)), out));
        QVERIFY(out.isEmpty());
        QVERIFY(s.append("\nnext\n", out));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0), line);
        QCOMPARE(out.at(1), QByteArray("next"));
    }
};

QTEST_GUILESS_MAIN(TstLineSplitter)
#include "tst_linesplitter.moc"
