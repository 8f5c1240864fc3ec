// SPDX-License-Identifier: GPL-3.0-or-later
// Writer rules: every string we write reads back as the same string in our parser (both typing
// modes) and, when it is installed, in PyYAML safe_load.

#include "core/yaml/yamljson.h"
#include "core/yaml/yamlnode.h"
#include "core/yaml/yamlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Yaml;

namespace {
QStringList trickyStrings()
{
    return {
        QStringLiteral("plain"), QStringLiteral("hello world"), QString(), QStringLiteral(" "),
        QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"), QStringLiteral("false"),
        QStringLiteral("yes"), QStringLiteral("Yes"), QStringLiteral("YES"), QStringLiteral("no"),
        QStringLiteral("No"), QStringLiteral("NO"), QStringLiteral("on"), QStringLiteral("On"),
        QStringLiteral("ON"), QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF"),
        QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("n"), QStringLiteral("N"),
        QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"), QStringLiteral("NULL"),
        QStringLiteral("0"), QStringLiteral("42"), QStringLiteral("-7"), QStringLiteral("+7"),
        QStringLiteral("1_000"), QStringLiteral("0x1F"), QStringLiteral("0o17"), QStringLiteral("0777"),
        QStringLiteral("0b101"), QStringLiteral(".5"), QStringLiteral("1e3"), QStringLiteral("1.0e+3"),
        QStringLiteral(".inf"), QStringLiteral("-.inf"), QStringLiteral(".NaN"), QStringLiteral("3.10"),
        QStringLiteral("1.0"), QStringLiteral("1:20"), QStringLiteral("190:20:30.15"),
        QStringLiteral("2024-01-02"), QStringLiteral("2024-01-02T03:04:05Z"),
        QStringLiteral("2024-1-2 3:04:05.5 +01:00"), QStringLiteral("0.0.1"), QStringLiteral("1.2.3-beta.1"),
        QStringLiteral("- item"), QStringLiteral("-"), QStringLiteral("?"), QStringLiteral(": x"),
        QStringLiteral(",a"), QStringLiteral("[a]"), QStringLiteral("{a: 1}"), QStringLiteral("#nope"),
        QStringLiteral("&anchor"), QStringLiteral("*alias"), QStringLiteral("!tag"), QStringLiteral("|"),
        QStringLiteral(">"), QStringLiteral("'q'"), QStringLiteral("\"dq\""), QStringLiteral("%percent"),
        QStringLiteral("@at"), QStringLiteral("`tick"), QStringLiteral(" lead"), QStringLiteral("trail "),
        QStringLiteral("a: b"), QStringLiteral("a #b"), QStringLiteral("a#b"), QStringLiteral("key:"),
        QStringLiteral("line1\nline2"), QStringLiteral("ends\n"), QStringLiteral("tab\there"),
        QStringLiteral("it's"), QStringLiteral("say \"hi\""), QStringLiteral("back\\slash"),
        QStringLiteral("ctl\x01x"), QStringLiteral("del\x7f"), QString(QChar(0x2028)) + QStringLiteral("ls"),
        QStringLiteral("天气"), QStringLiteral("emoji 😀"), QStringLiteral("..."), QStringLiteral("---"),
        QStringLiteral("="), QStringLiteral("<<"), QStringLiteral("a, b"), QStringLiteral("x]"),
        QStringLiteral("https://example.com/a?b=c#frag"), QStringLiteral("C:\\path"),
        QStringLiteral("1st"), QStringLiteral("0.1.2.3"), QStringLiteral("nil"),
    };
}
} // namespace

class TestYamlWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("flow");
        int i = 0;
        for (const QString &s : trickyStrings()) {
            const QString name = s.left(20).replace(QLatin1Char('\n'), QLatin1String("\\n"));
            QTest::addRow("%d block %s", i, qPrintable(name)) << s << false;
            QTest::addRow("%d flow %s", i, qPrintable(name)) << s << true;
            ++i;
        }
    }
    void roundTrip()
    {
        QFETCH(QString, value);
        QFETCH(bool, flow);
        const QString text = formatScalar(value, flow);
        const QByteArray src = flow ? QByteArray("v: [" + text.toUtf8() + ", end]\n") : QByteArray("v: " + text.toUtf8() + "\n");
        auto r = parse(src, QStringLiteral("w.yaml"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message + QLatin1String(" in ") + QString::fromUtf8(src)));
        NodePtr v = r->root->get(u"v");
        if (flow) {
            QVERIFY(v && v->isSequence() && v->size() == 2);
            v = v->items().at(0);
        }
        QVERIFY(v && v->isScalar());
        QCOMPARE(v->scalar(), value);
        QCOMPARE(toJson(v, JsonMode::Daemon), QJsonValue(value));
        QCOMPARE(toJson(v, JsonMode::Sdk), QJsonValue(value));
        QVERIFY(!v->toBool().has_value());
        QVERIFY(!v->toInt().has_value());
    }

    void plainKeptPlain_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *s : {"plain", "hello world", "0.0.1", "a#b", "it's", "天气", "provider/weather.yaml",
                              "https://example.com/x", "a, b", "python", "main"})
            QTest::newRow(s) << QString::fromUtf8(s);
    }
    void plainKeptPlain()
    {
        QFETCH(QString, value);
        QCOMPARE(formatScalar(value), value);
        QVERIFY(isPlainSafe(value));
    }

    void quotingStyle()
    {
        QCOMPARE(formatScalar(QStringLiteral("yes")), QStringLiteral("'yes'"));
        QCOMPARE(formatScalar(QStringLiteral("it's: x")), QStringLiteral("'it''s: x'"));
        QCOMPARE(formatScalar(QStringLiteral("a\nb")), QStringLiteral("\"a\\nb\""));
        QCOMPARE(formatScalar(QStringLiteral("a, b"), true), QStringLiteral("'a, b'"));
        QCOMPARE(formatScalar(QString()), QStringLiteral("''"));
        QCOMPARE(formatJsonScalar(QJsonValue(3.0)), QStringLiteral("3"));
        QCOMPARE(formatJsonScalar(QJsonValue(1e20)), QStringLiteral("1.0e+20"));
        QCOMPARE(formatJsonScalar(QJsonValue(1.5e300)), QStringLiteral("1.5e+300"));
        QCOMPARE(formatJsonScalar(QJsonValue(2e300)), QStringLiteral("2.0e+300"));
        QCOMPARE(formatJsonScalar(QJsonValue(true)), QStringLiteral("true"));
        QCOMPARE(formatJsonScalar(QJsonValue()), QStringLiteral("null"));
    }

    void emitBlockShapes()
    {
        QJsonObject o;
        o.insert(QStringLiteral("name"), QStringLiteral("weather"));
        o.insert(QStringLiteral("enabled"), true);
        o.insert(QStringLiteral("size"), 1048576);
        o.insert(QStringLiteral("empty"), QJsonObject());
        o.insert(QStringLiteral("none"), QJsonArray());
        o.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("yes")});
        o.insert(QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("k"), 1}, {QStringLiteral("l"), QStringLiteral("x")}},
                                                     QJsonArray{1, 2}});
        o.insert(QStringLiteral("text"), QStringLiteral("line one\nline two\n"));
        o.insert(QStringLiteral("nested"), QJsonObject{{QStringLiteral("deep"), QJsonObject{{QStringLiteral("v"), QStringLiteral("on")}}}});
        const QByteArray out = emitBlock(o, 2);
        const QByteArray expected = "  empty: {}\n"
                                    "  enabled: true\n"
                                    "  items:\n"
                                    "    - k: 1\n"
                                    "      l: x\n"
                                    "    - - 1\n"
                                    "      - 2\n"
                                    "  name: weather\n"
                                    "  nested:\n"
                                    "    deep:\n"
                                    "      v: 'on'\n"
                                    "  none: []\n"
                                    "  size: 1048576\n"
                                    "  tags:\n"
                                    "    - a\n"
                                    "    - 'yes'\n"
                                    "  text: |\n"
                                    "    line one\n"
                                    "    line two\n";
        QCOMPARE(out, expected);
        auto r = parse("root:\n" + out, QStringLiteral("e.yaml"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(toJson(r->root->get(u"root"), JsonMode::Daemon), QJsonValue(o));
        QCOMPARE(toJson(r->root->get(u"root"), JsonMode::Sdk), QJsonValue(o));
        QCOMPARE(emitFlow(QJsonArray{QStringLiteral("a, b"), 1, QJsonObject{{QStringLiteral("k"), QStringLiteral("no")}}}),
                 QByteArray("['a, b', 1, {k: 'no'}]"));
    }

    void jsonModes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QJsonValue>("daemon");
        QTest::addColumn<QJsonValue>("sdk");
        QTest::newRow("yes") << QByteArray("yes") << QJsonValue(QStringLiteral("yes")) << QJsonValue(true);
        QTest::newRow("no") << QByteArray("no") << QJsonValue(QStringLiteral("no")) << QJsonValue(false);
        QTest::newRow("y") << QByteArray("y") << QJsonValue(QStringLiteral("y")) << QJsonValue(QStringLiteral("y"));
        QTest::newRow("True") << QByteArray("True") << QJsonValue(true) << QJsonValue(true);
        QTest::newRow("3.10") << QByteArray("3.10") << QJsonValue(3.1) << QJsonValue(3.1);
        QTest::newRow("1e3") << QByteArray("1e3") << QJsonValue(1000.0) << QJsonValue(QStringLiteral("1e3"));
        QTest::newRow("0.0.1") << QByteArray("0.0.1") << QJsonValue(QStringLiteral("0.0.1")) << QJsonValue(QStringLiteral("0.0.1"));
        QTest::newRow("0o17") << QByteArray("0o17") << QJsonValue(15) << QJsonValue(QStringLiteral("0o17"));
        QTest::newRow("0777") << QByteArray("0777") << QJsonValue(511) << QJsonValue(511);
        QTest::newRow("1:20") << QByteArray("1:20") << QJsonValue(QStringLiteral("1:20")) << QJsonValue(80);
        QTest::newRow("1_000") << QByteArray("1_000") << QJsonValue(1000) << QJsonValue(1000);
        QTest::newRow("null") << QByteArray("null") << QJsonValue() << QJsonValue();
        QTest::newRow("empty") << QByteArray("") << QJsonValue() << QJsonValue();
        QTest::newRow("quoted true") << QByteArray("'true'") << QJsonValue(QStringLiteral("true")) << QJsonValue(QStringLiteral("true"));
        QTest::newRow("!!str 5") << QByteArray("!!str 5") << QJsonValue(QStringLiteral("5")) << QJsonValue(QStringLiteral("5"));
        QTest::newRow("!!int '5'") << QByteArray("!!int '5'") << QJsonValue(5) << QJsonValue(5);
        QTest::newRow("timestamp") << QByteArray("2024-01-02") << QJsonValue(QStringLiteral("2024-01-02"))
                                   << QJsonValue(QStringLiteral("2024-01-02"));
    }
    void jsonModes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QJsonValue, daemon);
        QFETCH(QJsonValue, sdk);
        auto r = parse("v: " + text + "\n", QStringLiteral("j.yaml"));
        QVERIFY(r);
        QCOMPARE(toJson(r->root->get(u"v"), JsonMode::Daemon), daemon);
        QCOMPARE(toJson(r->root->get(u"v"), JsonMode::Sdk), sdk);
    }

    void fromJsonTree()
    {
        const QJsonObject o{{QStringLiteral("a"), QStringLiteral("true")}, {QStringLiteral("b"), 5},
                            {QStringLiteral("c"), QJsonArray{true, QJsonValue()}}};
        const NodePtr n = fromJson(o);
        QVERIFY(n->isMapping());
        QVERIFY(!n->get(u"a")->toBool().has_value()); // the string "true" is not a bool
        QCOMPARE(n->get(u"b")->toInt(), std::optional<qint64>(5));
        QCOMPARE(n->get(u"c")->items().at(0)->toBool(), std::optional<bool>(true));
        QVERIFY(n->get(u"c")->items().at(1)->isNull());
        QCOMPARE(toJson(n, JsonMode::Daemon), QJsonValue(o));
        QCOMPARE(toJson(n, JsonMode::Sdk), QJsonValue(o));
    }

    void pyyamlAgrees()
    {
        // PyYAML is optional on the machine: when it is importable, it must read every string we
        // write (block and flow) back unchanged. Without it the check above (our own reader in
        // both typing modes) is the whole test.
        QProcess probe;
        probe.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import yaml")});
        const bool havePyYaml = probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0;
        if (!havePyYaml) {
            qInfo("PyYAML not importable; cross-check with PyYAML not run");
            return;
        }
        QByteArray doc;
        QJsonArray expected;
        int i = 0;
        for (const QString &s : trickyStrings()) {
            doc += "k" + QByteArray::number(i) + ": " + formatScalar(s).toUtf8() + "\n";
            doc += "f" + QByteArray::number(i) + ": [" + formatScalar(s, true).toUtf8() + "]\n";
            expected.append(s);
            ++i;
        }
        QJsonObject nested{{QStringLiteral("list"), QJsonArray{QStringLiteral("yes"), 3.5, QStringLiteral("1:20")}},
                           {QStringLiteral("text"), QStringLiteral("a\nb\n")}};
        doc += "block:\n" + emitBlock(nested, 2);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("doc.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(doc);
        f.close();
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json,sys,yaml\n"
                                 "d=yaml.safe_load(open(sys.argv[1],encoding='utf-8'))\n"
                                 "n=len([k for k in d if k.startswith('k')])\n"
                                 "print(json.dumps({'k':[d['k%d'%i] for i in range(n)],"
                                 "'f':[d['f%d'%i][0] for i in range(n)],'block':d['block']}))"),
                  f.fileName()});
        QVERIFY(py.waitForFinished(30000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonObject got = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        const QJsonArray k = got.value(QStringLiteral("k")).toArray();
        const QJsonArray fl = got.value(QStringLiteral("f")).toArray();
        QCOMPARE(k.size(), expected.size());
        for (int j = 0; j < expected.size(); ++j) {
            QVERIFY2(k.at(j) == expected.at(j), qPrintable(QStringLiteral("block %1: %2").arg(j).arg(expected.at(j).toString())));
            QVERIFY2(fl.at(j) == expected.at(j), qPrintable(QStringLiteral("flow %1: %2").arg(j).arg(expected.at(j).toString())));
        }
        QCOMPARE(got.value(QStringLiteral("block")).toObject(), nested);
    }
};

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
