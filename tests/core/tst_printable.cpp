// SPDX-License-Identifier: GPL-3.0-or-later
// Text from outside shown safely: control characters and bidi overrides become visible escapes.
#include "core/common/printable.h"

#include <QtTest>

using namespace Studio;

class TstPrintable : public QObject
{
    Q_OBJECT
private slots:
    void escapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("main.py") << false << QStringLiteral("main.py");
        QTest::newRow("unicode kept") << QStringLiteral("工具 é") << false << QStringLiteral("工具 é");
        QTest::newRow("ansi") << QStringLiteral("a\x1b[2Jb") << false << QStringLiteral("a\\x1b[2Jb");
        QTest::newRow("newline forges a log line") << QStringLiteral("x\nINFO ok") << false << QStringLiteral("x\\nINFO ok");
        QTest::newRow("cr") << QStringLiteral("x\ry") << false << QStringLiteral("x\\ry");
        QTest::newRow("tab single") << QStringLiteral("a\tb") << false << QStringLiteral("a\\tb");
        QTest::newRow("tab multi") << QStringLiteral("a\tb") << true << QStringLiteral("a\tb");
        QTest::newRow("newline multi") << QStringLiteral("a\nb") << true << QStringLiteral("a\nb");
        QTest::newRow("esc multi") << QStringLiteral("a\x1b" "b") << true << QStringLiteral("a\\x1bb");
        QTest::newRow("del") << QStringLiteral("a\x7f") << false << QStringLiteral("a\\x7f");
        QTest::newRow("c1 csi") << QString(QChar(0x9b)) << false << QStringLiteral("\\x9b");
        QTest::newRow("bidi override") << (QStringLiteral("evil") + QChar(0x202e) + QStringLiteral("yp.")) << false
                                       << QStringLiteral("evil\\u202eyp.");
        QTest::newRow("isolate") << QString(QChar(0x2066)) << true << QStringLiteral("\\u2066");
        QTest::newRow("nul") << QString(QChar(0)) << false << QStringLiteral("\\x00");
    }
    void escapes()
    {
        QFETCH(QString, input);
        QFETCH(bool, multiLine);
        QFETCH(QString, expected);
        const PrintableMode mode = multiLine ? PrintableMode::MultiLine : PrintableMode::SingleLine;
        QCOMPARE(printable(input, mode), expected);
        QCOMPARE(hasUnsafeCharacters(input, mode), input != expected);
    }
};

QTEST_GUILESS_MAIN(TstPrintable)
#include "tst_printable.moc"
