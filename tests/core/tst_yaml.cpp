// SPDX-License-Identifier: GPL-3.0-or-later
// Yaml::parse(): positions, styles, yaml.v3 scalar readings, hostile input.

#include "core/yaml/yamlnode.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Studio;
using namespace Studio::Yaml;

Q_DECLARE_METATYPE(Studio::Yaml::ScalarStyle)

namespace {
Document mustParse(const QByteArray &src)
{
    auto r = parse(src, QStringLiteral("test.yaml"));
    if (!r)
        qWarning().noquote() << r.error().message;
    return r ? r.value() : Document{};
}
QByteArray textOf(const Document &d, const NodePtr &n)
{
    return d.source.mid(n->mark().offset, n->endMark().offset - n->mark().offset);
}
} // namespace

class TestYaml : public QObject
{
    Q_OBJECT

private slots:
    void positions_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("keyLine");
        QTest::addColumn<int>("keyColumn");
        QTest::addColumn<int>("valueLine");
        QTest::addColumn<int>("valueColumn");
        QTest::addColumn<QByteArray>("valueText");
        const QByteArray manifest = "# comment\n"
                                    "version: 0.0.1\n"
                                    "label:\n"
                                    "  en_US: Weather   # trailing\n"
                                    "  zh_Hans: \"天气\"\n"
                                    "resource:\n"
                                    "  memory: 268435456\n"
                                    "  permission:\n"
                                    "    tool: {enabled: true}\n"
                                    "description: |\n"
                                    "  line one\n"
                                    "  line two\n"
                                    "\n"
                                    "name: 'it''s'\n"
                                    "empty:\n"
                                    "tilde: ~\n"
                                    "multi: first\n"
                                    "  second\n"
                                    "last: x";
        QTest::newRow("top key") << manifest << "version" << 2 << 1 << 2 << 10 << QByteArray("0.0.1");
        QTest::newRow("nested key, comment") << manifest << "label.en_US" << 4 << 3 << 4 << 10 << QByteArray("Weather");
        QTest::newRow("unicode column") << manifest << "label.zh_Hans" << 5 << 3 << 5 << 12 << QByteArray("\"天气\"");
        QTest::newRow("int") << manifest << "resource.memory" << 7 << 3 << 7 << 11 << QByteArray("268435456");
        QTest::newRow("flow map") << manifest << "resource.permission.tool" << 9 << 5 << 9 << 11
                                  << QByteArray("{enabled: true}");
        QTest::newRow("flow value") << manifest << "resource.permission.tool.enabled" << 9 << 12 << 9 << 21
                                    << QByteArray("true");
        QTest::newRow("block mapping") << manifest << "resource.permission" << 8 << 3 << 9 << 5
                                       << QByteArray("tool: {enabled: true}");
        QTest::newRow("literal") << manifest << "description" << 10 << 1 << 10 << 14
                                 << QByteArray("|\n  line one\n  line two");
        QTest::newRow("single quoted") << manifest << "name" << 14 << 1 << 14 << 7 << QByteArray("'it''s'");
        QTest::newRow("empty value") << manifest << "empty" << 15 << 1 << 15 << 7 << QByteArray();
        QTest::newRow("tilde") << manifest << "tilde" << 16 << 1 << 16 << 8 << QByteArray("~");
        QTest::newRow("multi-line plain") << manifest << "multi" << 17 << 1 << 17 << 8
                                          << QByteArray("first\n  second");
        QTest::newRow("no final newline") << manifest << "last" << 19 << 1 << 19 << 7 << QByteArray("x");
        QTest::newRow("crlf") << QByteArray("a: 1\r\nb:\r\n  c: hello\r\n") << "b.c" << 3 << 3 << 3 << 6
                              << QByteArray("hello");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFkey: value\n") << "key" << 1 << 2 << 1 << 7
                             << QByteArray("value");
        QTest::newRow("anchor+tag") << QByteArray("a: &x !!str 12\nb: *x\n") << "a" << 1 << 1 << 1 << 13
                                    << QByteArray("12");
        QTest::newRow("seq of maps") << QByteArray("tools:\n  - name: a\n    x: 1\n  - name: b\n") << "tools"
                                     << 1 << 1 << 2 << 3 << QByteArray("- name: a\n    x: 1\n  - name: b");
    }
    void positions()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, path);
        QFETCH(int, keyLine);
        QFETCH(int, keyColumn);
        QFETCH(int, valueLine);
        QFETCH(int, valueColumn);
        QFETCH(QByteArray, valueText);
        const Document d = mustParse(source);
        QVERIFY(d.root);
        const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
        const NodePtr parent = dot < 0 ? d.root : find(d.root, QStringView(path).left(dot));
        QVERIFY(parent);
        const Node::Pair *p = parent->pair(dot < 0 ? QStringView(path) : QStringView(path).mid(dot + 1));
        QVERIFY(p);
        QCOMPARE(p->key->mark().line, keyLine);
        QCOMPARE(p->key->mark().column, keyColumn);
        QCOMPARE(p->value->mark().line, valueLine);
        QCOMPARE(p->value->mark().column, valueColumn);
        QCOMPARE(textOf(d, p->value), valueText);
    }

    void styles_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<ScalarStyle>("style");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("tag");
        QTest::newRow("plain") << QByteArray("v: hello world\n") << ScalarStyle::Plain << "hello world" << "";
        QTest::newRow("single") << QByteArray("v: 'a # b'\n") << ScalarStyle::SingleQuoted << "a # b" << "";
        QTest::newRow("double") << QByteArray("v: \"a\\tb\"\n") << ScalarStyle::DoubleQuoted << "a\tb" << "";
        QTest::newRow("literal") << QByteArray("v: |\n  x\n  y\n") << ScalarStyle::Literal << "x\ny\n" << "";
        QTest::newRow("literal strip") << QByteArray("v: |-\n  x\n") << ScalarStyle::Literal << "x" << "";
        QTest::newRow("folded") << QByteArray("v: >\n  x\n  y\n") << ScalarStyle::Folded << "x y\n" << "";
        QTest::newRow("anchored quoted") << QByteArray("v: &a 'q'\n") << ScalarStyle::SingleQuoted << "q" << "";
        QTest::newRow("tagged plain") << QByteArray("v: !!str 123\n") << ScalarStyle::Plain << "123" << "!!str";
        QTest::newRow("tagged double") << QByteArray("v: !!str \"x\"\n") << ScalarStyle::DoubleQuoted << "x"
                                       << "!!str";
        QTest::newRow("local tag") << QByteArray("v: !custom x\n") << ScalarStyle::Plain << "x" << "!custom";
    }
    void styles()
    {
        QFETCH(QByteArray, source);
        QFETCH(ScalarStyle, style);
        QFETCH(QString, value);
        QFETCH(QString, tag);
        const Document d = mustParse(source);
        const NodePtr v = d.root ? d.root->get(u"v") : nullptr;
        QVERIFY(v);
        QVERIFY(v->isScalar());
        QCOMPARE(v->scalarStyle(), style);
        QCOMPARE(v->scalar(), value);
        QCOMPARE(v->tag(), tag);
    }

    void multiLineQuoted_data()
    {
        // Expected values are what PyYAML (and the YAML 1.2 folding rules) give.
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("value");
        QTest::newRow("trailing empty lines") << QByteArray("v: 'a\n\n\n  b\n\n\n\n  '\n")
                                              << QStringLiteral("a\n\nb\n\n\n");
        QTest::newRow("fold and trim") << QByteArray("v: 'first\n  second\n\n  third  \n  '\n")
                                       << QStringLiteral("first second\nthird ");
        QTest::newRow("escaped breaks") << QByteArray("v: \"x\\\n   y\\ttab\\u00e9 \\\n  z\"\n")
                                        << QString::fromUtf8("xy\ttab\u00e9 z");
        QTest::newRow("double fold") << QByteArray("v: \"a  \n  b\n\n  c\"\n") << QStringLiteral("a b\nc");
        QTest::newRow("quote escape") << QByteArray("v: 'it''s\n  here'\n") << QStringLiteral("it's here");
        QTest::newRow("single line escapes") << QByteArray("v: \"esc \\\"q\\\" \\x41 \\N\\_\\L\"\n")
                                             << (QStringLiteral("esc \"q\" A ") + QChar(0x85) + QChar(0xA0) + QChar(0x2028));
    }
    void multiLineQuoted()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, value);
        const Document d = mustParse(source);
        QVERIFY(d.root);
        QCOMPARE(d.root->get(u"v")->scalar(), value);
        QVERIFY(textOf(d, d.root->get(u"v")).endsWith(source.at(3)));
    }

    void bools_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 not a bool
        for (const char *w : {"true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES", "on", "On", "ON"})
            QTest::newRow(w) << QByteArray(w) << 1;
        for (const char *w : {"false", "False", "FALSE", "n", "N", "no", "No", "NO", "off", "Off", "OFF"})
            QTest::newRow(w) << QByteArray(w) << 0;
        for (const char *w : {"tRUE", "yES", "oN", "1", "0", "\"true\"", "'yes'", "!!str true", "enabled", "~"})
            QTest::newRow(w) << QByteArray(w) << -1;
    }
    void bools()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, expected);
        const Document d = mustParse("v: " + text + "\n");
        const NodePtr v = d.root->get(u"v");
        QVERIFY(v);
        const auto b = v->toBool();
        if (expected < 0)
            QVERIFY(!b.has_value());
        else
            QCOMPARE(b, std::optional<bool>(expected == 1));
    }

    void ints_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("isInt");
        QTest::addColumn<qint64>("value");
        QTest::newRow("decimal") << QByteArray("1048576") << true << qint64(1048576);
        QTest::newRow("negative") << QByteArray("-42") << true << qint64(-42);
        QTest::newRow("plus") << QByteArray("+7") << true << qint64(7);
        QTest::newRow("hex") << QByteArray("0x1F") << true << qint64(31);
        QTest::newRow("octal 0o") << QByteArray("0o17") << true << qint64(15);
        QTest::newRow("legacy octal") << QByteArray("0777") << true << qint64(511);
        QTest::newRow("binary") << QByteArray("0b101") << true << qint64(5);
        QTest::newRow("underscores") << QByteArray("1_000_000") << true << qint64(1000000);
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("max") << QByteArray("9223372036854775807") << true << qint64(9223372036854775807LL);
        QTest::newRow("overflow") << QByteArray("9223372036854775808") << false << qint64(0);
        QTest::newRow("double quoted") << QByteArray("\"1048576\"") << false << qint64(0);
        QTest::newRow("single quoted") << QByteArray("'12'") << false << qint64(0);
        QTest::newRow("float") << QByteArray("1.5") << false << qint64(0);
        QTest::newRow("word") << QByteArray("12abc") << false << qint64(0);
        QTest::newRow("bad octal") << QByteArray("09") << false << qint64(0);
        QTest::newRow("tagged") << QByteArray("!!str 5") << false << qint64(0);
    }
    void ints()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, isInt);
        QFETCH(qint64, value);
        const Document d = mustParse("v: " + text + "\n");
        const auto i = d.root->get(u"v")->toInt();
        QCOMPARE(i.has_value(), isInt);
        if (isInt)
            QCOMPARE(*i, value);
    }

    void doubles()
    {
        const Document d = mustParse("a: 1.5\nb: .5\nc: 1e3\nd: -.inf\ne: .NaN\nf: 3.10\ng: 0.0.1\nh: '1.5'\ni: 7\n");
        QCOMPARE(d.root->get(u"a")->toDouble(), std::optional<double>(1.5));
        QCOMPARE(d.root->get(u"b")->toDouble(), std::optional<double>(0.5));
        QCOMPARE(d.root->get(u"c")->toDouble(), std::optional<double>(1000.0));
        QVERIFY(std::isinf(*d.root->get(u"d")->toDouble()) && *d.root->get(u"d")->toDouble() < 0);
        QVERIFY(std::isnan(*d.root->get(u"e")->toDouble()));
        QCOMPARE(d.root->get(u"f")->toDouble(), std::optional<double>(3.1));
        QVERIFY(!d.root->get(u"g")->toDouble());
        QVERIFY(!d.root->get(u"h")->toDouble());
        QCOMPARE(d.root->get(u"i")->toDouble(), std::optional<double>(7.0));
        QCOMPARE(d.root->get(u"f")->asString(), QStringLiteral("3.10"));
    }

    void nulls()
    {
        const Document d = mustParse("a:\nb: ~\nc: null\nd: NULL\ne: ''\nf: nil\ng: !!null\n");
        QVERIFY(d.root->get(u"a")->isNull());
        QVERIFY(d.root->get(u"a")->isYamlNullScalar());
        QVERIFY(d.root->get(u"b")->isYamlNullScalar());
        QCOMPARE(d.root->get(u"b")->scalar(), QStringLiteral("~"));
        QVERIFY(d.root->get(u"c")->isYamlNullScalar());
        QVERIFY(d.root->get(u"d")->isYamlNullScalar());
        QVERIFY(!d.root->get(u"e")->isYamlNullScalar());
        QVERIFY(d.root->get(u"e")->isScalar());
        QVERIFY(!d.root->get(u"f")->isYamlNullScalar());
        QVERIFY(d.root->get(u"g"));
    }

    void emptyNullBeforeNullKey()
    {
        // `a:` is empty; the next key happens to be spelled "null".
        const Document d = mustParse("a:\nnull: 1\n");
        const Node::Pair *a = d.root->pair(u"a");
        QVERIFY(a && a->value->isNull());
        QCOMPARE(a->value->mark().line, 1);
        QCOMPARE(a->value->mark().column, 3);
        QCOMPARE(d.root->size(), 2);
    }

    void emptyDocument()
    {
        for (const QByteArray &src : {QByteArray(), QByteArray("# only a comment\n"), QByteArray("---\n")}) {
            const Document d = mustParse(src);
            QVERIFY(d.root);
            QVERIFY(d.root->isNull());
        }
    }

    void firstDocumentOnly()
    {
        const Document d = mustParse("a: 1\n---\nb: 2\n---\n[ broken\n");
        QVERIFY(d.root->isMapping());
        QCOMPARE(d.root->size(), 1);
        QVERIFY(d.root->get(u"a"));
        QVERIFY(!d.root->get(u"b"));
    }

    void duplicatesKept()
    {
        const Document d = mustParse("k: 1\nother: x\nk: 2\n");
        QCOMPARE(d.root->countKey(u"k"), 2);
        QCOMPARE(d.root->size(), 3);
        QCOMPARE(d.root->get(u"k")->scalar(), QStringLiteral("1"));
        QCOMPARE(d.root->pairs().at(2).value->scalar(), QStringLiteral("2"));
    }

    void aliases()
    {
        const Document d = mustParse("base: &b\n  x: 1\n  y: [a, b]\ncopy: *b\nlist: [*b, *b]\n");
        const NodePtr base = d.root->get(u"base");
        QCOMPARE(base->anchor(), QStringLiteral("b"));
        QCOMPARE(d.root->get(u"copy").get(), base.get()); // shared subtree
        QCOMPARE(d.root->get(u"list")->items().at(1).get(), base.get());
        QCOMPARE(find(d.root, u"copy.y")->size(), 2);
        QCOMPARE(base->mark().line, 2); // content starts after the anchor
    }

    void findPaths()
    {
        const Document d = mustParse("resource:\n  permission:\n    storage:\n      size: 1024\n");
        QCOMPARE(find(d.root, u"resource.permission.storage.size")->scalar(), QStringLiteral("1024"));
        QVERIFY(!find(d.root, u"resource.permission.model"));
        QVERIFY(!find(d.root, u"resource.permission.storage.size.more"));
        QCOMPARE(find(d.root, u"").get(), d.root.get());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unclosed double quote") << QByteArray("a: 1\nb: \"open\nc: 3\n") << 2 << "quote";
        QTest::newRow("unclosed single quote") << QByteArray("a: 1\nb: 'open\n") << 2 << "quote";
        QTest::newRow("unclosed flow seq") << QByteArray("a: 1\nkey: [unclosed\nother: 2\n") << 2 << "[";
        QTest::newRow("unclosed flow map") << QByteArray("a: {b: 1\n") << 1 << "{";
        QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << 3 << "indentation";
        QTest::newRow("tab indentation") << QByteArray("a:\n\tb: 1\n") << 2 << "tab";
        QTest::newRow("unknown alias") << QByteArray("a: 1\nb: *nope\n") << 2 << "nope";
        QTest::newRow("recursive alias") << QByteArray("a: &x [1, *x]\n") << 1 << "recursive";
        QTest::newRow("map value in plain") << QByteArray("a: b: c\n") << 1 << ":";
    }
    void malformed()
    {
        QFETCH(QByteArray, source);
        QFETCH(int, line);
        QFETCH(QString, needle);
        auto r = parse(source, QStringLiteral("bad.yaml"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("bad.yaml:%1:").arg(line)),
                 qPrintable(r.error().message));
        QCOMPARE(r.error().line, line);
        QVERIFY2(r.error().message.contains(needle, Qt::CaseInsensitive), qPrintable(r.error().message));
    }

    void hostileBytes_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");
        QTest::newRow("nul byte") << QByteArray("a: 1\nb: x\0y\n", 12) << 2 << 5 << "binary";
        QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 1 << 1 << "UTF-8";
        QTest::newRow("control char") << QByteArray("a: \x01\n") << 1 << 4 << "control";
        QTest::newRow("invalid utf8") << QByteArray("a: ok\nname: caf\xE9 noir\n") << 2 << 10 << "UTF-8";
        QTest::newRow("truncated utf8") << QByteArray("a: \xE5\xA4") << 1 << 4 << "UTF-8";
        QTest::newRow("overlong") << QByteArray("a: \xC0\xAF\n") << 1 << 4 << "UTF-8";
        QTest::newRow("surrogate") << QByteArray("a: \xED\xA0\x80\n") << 1 << 4 << "UTF-8";
        QTest::newRow("utf16") << QByteArray("\xFF\xFE" "a\0:\0", 6) << 1 << 1 << "UTF-16";
    }
    void hostileBytes()
    {
        QFETCH(QByteArray, source);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, needle);
        auto r = parse(source, QStringLiteral("x.yaml"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().line, line);
        QCOMPARE(r.error().column, column);
        QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
    }

    void tooLarge()
    {
        QByteArray big;
        big.reserve(50 * 1024 * 1024 + 100);
        big += "description: ";
        big += QByteArray(50 * 1024 * 1024, 'x');
        QElapsedTimer t;
        t.start();
        auto r = parse(big, QStringLiteral("manifest.yaml"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TooLarge);
        QVERIFY2(r.error().message.contains(QString::number(big.size())), qPrintable(r.error().message));
        QVERIFY(t.elapsed() < 1000);
    }

    void deepNesting_data()
    {
        // Block nesting 10,000 deep needs ~50 MB of indentation; the byte limit is raised for
        // these rows so that the depth check itself is exercised.
        QTest::addColumn<QByteArray>("source");
        const int n = 10000;
        QTest::newRow("flow seq") << (QByteArray(n, '[') + QByteArray(n, ']'));
        QTest::newRow("flow seq unclosed") << QByteArray(n, '[');
        QByteArray m;
        for (int i = 0; i < n; ++i)
            m += "{a: ";
        m += "1" + QByteArray(n, '}');
        QTest::newRow("flow map") << m;
        QTest::newRow("flow in value") << ("key: " + QByteArray(n, '['));
        QByteArray block;
        for (int i = 0; i < n; ++i)
            block += QByteArray(i, ' ') + "a:\n";
        QTest::newRow("block map") << block;
        QByteArray seq;
        for (int i = 0; i < n; ++i)
            seq += "- ";
        seq += "x\n";
        QTest::newRow("compact block seq") << seq;
        QByteArray seq2;
        for (int i = 0; i < n; ++i)
            seq2 += QByteArray(i, ' ') + "-\n";
        QTest::newRow("block seq") << seq2;
    }
    void deepNesting()
    {
        QFETCH(QByteArray, source);
        QElapsedTimer t;
        t.start();
        ParseLimits limits;
        limits.maxBytes = 256 * 1024 * 1024;
        auto r = parse(source, QStringLiteral("deep.yaml"), limits);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("nested")), qPrintable(r.error().message));
        QCOMPARE(r.error().code, ErrorCode::TooLarge);
        QVERIFY(t.elapsed() < 3000);
    }

    void moderateNestingAccepted()
    {
        QByteArray m;
        for (int i = 0; i < 100; ++i)
            m += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
        m += QByteArray(200, ' ') + "leaf: 1\n";
        auto r = parse(m, QStringLiteral("ok.yaml"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->root->get(u"k0")->get(u"k1")->get(u"k2")->isMapping(), true);
        auto f = parse(QByteArray(100, '[') + QByteArray(100, ']'), QStringLiteral("ok.yaml"));
        QVERIFY(f);
    }

    void billionLaughs()
    {
        QByteArray src = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; ++c) {
            src += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 9; ++i)
                src += QByteArray(i ? ",*" : "*") + QByteArray(1, prev);
            src += "]\n";
            prev = c;
        }
        QElapsedTimer t;
        t.start();
        auto r = parse(src, QStringLiteral("lol.yaml"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TooLarge);
        QVERIFY2(r.error().message.contains(QStringLiteral("billion laughs")), qPrintable(r.error().message));
        QVERIFY(t.elapsed() < 2000);

        ParseLimits small;
        small.maxNodes = 50;
        auto r2 = parse("a: &a [1, 2, 3, 4, 5]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n",
                        QStringLiteral("s.yaml"), small);
        QVERIFY(!r2);
        QVERIFY(r2.error().message.contains(QStringLiteral("more than 50 nodes")));
    }

    void garbageNeverCrashes()
    {
        // Deterministic pseudo-random printable garbage and YAML-ish fragments: must return,
        // either a value or an error.
        quint32 seed = 12345;
        auto next = [&] {
            seed = seed * 1103515245u + 12345u;
            return (seed >> 16) & 0x7FFF;
        };
        const char alphabet[] = "abc:-[]{}'\"#&*!|>?,@%` \n\n  \t0123.~";
        for (int round = 0; round < 400; ++round) {
            QByteArray s;
            const int len = int(next() % 200);
            for (int i = 0; i < len; ++i)
                s += alphabet[next() % (sizeof(alphabet) - 1)];
            auto r = parse(s, QStringLiteral("g.yaml"));
            if (!r)
                QVERIFY(!r.error().message.isEmpty());
            else
                QVERIFY(r->root);
        }
    }
};

QTEST_GUILESS_MAIN(TestYaml)
#include "tst_yaml.moc"
