// SPDX-License-Identifier: GPL-3.0-or-later
// Comment-preserving YAML editor: exact expected texts, byte-identical surroundings, refusals.

#include "core/yaml/yamleditor.h"
#include "core/yaml/yamljson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace Studio;
using namespace Studio::Yaml;

namespace {

const QByteArray kManifest = "# Manifest of the weather plugin\n"
                             "version: 0.0.1   # bump on release\n"
                             "type: plugin\n"
                             "author: acme\n"
                             "name: weather_tool\n"
                             "label:\n"
                             "  # English first\n"
                             "  en_US: Weather\n"
                             "  zh_Hans: '天气'\n"
                             "\n"
                             "resource:\n"
                             "  memory: 268435456\n"
                             "  permission:\n"
                             "    tool:\n"
                             "      enabled: true # keep\n"
                             "    storage: {enabled: true, size: 1048576}\n"
                             "plugins:\n"
                             "  tools:\n"
                             "    - provider/weather.yaml # the only provider\n"
                             "meta:\n"
                             "  arch: [amd64, arm64]\n"
                             "  runner:\n"
                             "    language: python\n"
                             "    version: \"3.12\"\n"
                             "    entrypoint: main\n"
                             "# trailing comment\n";

Editor load(const QByteArray &text)
{
    auto e = Editor::fromText(text, QStringLiteral("manifest.yaml"));
    if (!e)
        qWarning().noquote() << e.error().message;
    return e ? e.value() : Editor();
}

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto r_ = (expr);                                                                    \
        QVERIFY2(r_.hasValue(), r_.hasValue() ? "" : qPrintable(r_.error().message));              \
    } while (false)

} // namespace

class TestYamlEditor : public QObject
{
    Q_OBJECT
    int m_corpusFiles = 0;
    qint64 m_corpusEdits = 0;

private slots:
    void paths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // segments joined by '|', indexes as #n; "!" = error
        QTest::newRow("simple") << "a.b.c" << "a|b|c";
        QTest::newRow("index") << "plugins.tools[0]" << "plugins|tools|#0";
        QTest::newRow("nested index") << "parameters[2].options[0].value" << "parameters|#2|options|#0|value";
        QTest::newRow("double index") << "a[1][2]" << "a|#1|#2";
        QTest::newRow("root index") << "[3]" << "#3";
        QTest::newRow("escaped dot") << "labels.a\\.b" << "labels|a.b";
        QTest::newRow("escaped bracket") << "x\\[0\\]" << "x[0]";
        QTest::newRow("escaped backslash") << "a\\\\b" << "a\\b";
        QTest::newRow("root") << "" << "";
        QTest::newRow("empty key") << "a..b" << "!";
        QTest::newRow("trailing dot") << "a." << "!";
        QTest::newRow("bad index") << "a[x]" << "!";
        QTest::newRow("unclosed index") << "a[1" << "!";
        QTest::newRow("dangling backslash") << "a\\" << "!";
    }
    void paths()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        auto r = Editor::parsePath(path);
        if (expected == QLatin1String("!")) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            return;
        }
        QVERIFY(r);
        QStringList parts;
        for (const auto &seg : *r)
            parts << (seg.index >= 0 ? QStringLiteral("#%1").arg(seg.index) : seg.key);
        QCOMPARE(parts.join(QLatin1Char('|')), expected);
        if (!r->isEmpty() && r->first().index < 0)
            QCOMPARE(Editor::parsePath(Editor::escapePathKey(r->first().key))->first().key, r->first().key);
    }

    void setScalarKeepsEverythingElse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");
        QTest::newRow("plain with comment") << "version" << "0.0.2" << QByteArray("version: 0.0.1   # bump")
                                            << QByteArray("version: 0.0.2   # bump");
        QTest::newRow("needs quotes") << "author" << "yes" << QByteArray("author: acme\n")
                                      << QByteArray("author: 'yes'\n");
        QTest::newRow("keeps single quotes") << "label.zh_Hans" << "天气预报" << QByteArray("zh_Hans: '天气'")
                                             << QByteArray("zh_Hans: '天气预报'");
        QTest::newRow("keeps double quotes") << "meta.runner.version" << "3.11" << QByteArray("version: \"3.12\"")
                                             << QByteArray("version: \"3.11\"");
        QTest::newRow("inside flow map") << "resource.permission.storage.size" << "a, b"
                                         << QByteArray("{enabled: true, size: 1048576}")
                                         << QByteArray("{enabled: true, size: 'a, b'}");
        QTest::newRow("flow seq item") << "meta.arch[1]" << "riscv64" << QByteArray("[amd64, arm64]")
                                       << QByteArray("[amd64, riscv64]");
        QTest::newRow("block seq item") << "plugins.tools[0]" << "provider/other.yaml"
                                        << QByteArray("- provider/weather.yaml # the only")
                                        << QByteArray("- provider/other.yaml # the only");
        QTest::newRow("multi-line value") << "label.en_US" << "Line 1\nLine 2" << QByteArray("  en_US: Weather\n")
                                          << QByteArray("  en_US: |-\n    Line 1\n    Line 2\n");
    }
    void setScalarKeepsEverythingElse()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        Editor e = load(kManifest);
        VERIFY_OK(e.setScalar(path, value));
        QByteArray expected = kManifest;
        QVERIFY(expected.count(oldText) == 1);
        expected.replace(oldText, newText);
        QCOMPARE(e.text(), expected);
        QCOMPARE(e.node(path)->scalar(), value);
        QCOMPARE(toJson(e.node(path), JsonMode::Sdk), QJsonValue(value));
    }

    void setScalarCreatesMissing()
    {
        Editor e = load(kManifest);
        VERIFY_OK(e.setScalar(QStringLiteral("description.en_US"), QStringLiteral("Weather lookups")));
        // At the end of the root mapping, before the comment that closes the file.
        QVERIFY(e.text().endsWith("entrypoint: main\ndescription:\n  en_US: Weather lookups\n# trailing comment\n"));
        VERIFY_OK(e.setScalar(QStringLiteral("label.ja_JP"), QStringLiteral("天気")));
        QVERIFY(e.text().contains("  zh_Hans: '天气'\n  ja_JP: 天気\n\nresource:"));
        VERIFY_OK(e.setScalar(QStringLiteral("resource.permission.model.enabled"), QStringLiteral("on")));
        QVERIFY(e.text().contains("      enabled: true # keep\n    storage: {enabled: true, size: 1048576}\n"
                                  "    model:\n      enabled: 'on'\n"));
        auto bad = e.setScalar(QStringLiteral("plugins.tools[5]"), QStringLiteral("x"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
        auto notMap = e.setScalar(QStringLiteral("type.sub"), QStringLiteral("x"));
        QVERIFY(!notMap);
    }

    void setValueTypes()
    {
        Editor e = load(kManifest);
        VERIFY_OK(e.setValue(QStringLiteral("resource.memory"), 1048576));
        QVERIFY(e.text().contains("  memory: 1048576\n"));
        QCOMPARE(e.node(QStringLiteral("resource.memory"))->toInt(), std::optional<qint64>(1048576));
        VERIFY_OK(e.setValue(QStringLiteral("resource.permission.tool.enabled"), false));
        QVERIFY(e.text().contains("      enabled: false # keep\n"));
        VERIFY_OK(e.setValue(QStringLiteral("meta.arch"), QJsonArray{QStringLiteral("amd64")}));
        QVERIFY(e.text().contains("  arch: [amd64]\n"));
        // A scalar becomes a block mapping at parent indent + 2; the comment stays on the key line.
        VERIFY_OK(e.setValue(QStringLiteral("version"), QJsonObject{{QStringLiteral("major"), 1}}));
        QVERIFY(e.text().startsWith("# Manifest of the weather plugin\nversion:   # bump on release\n  major: 1\ntype: plugin\n"));
        // A block mapping replaced by a list.
        VERIFY_OK(e.setValue(QStringLiteral("meta.runner"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(e.text().contains("  runner:\n    - a\n    - b\n# trailing comment\n"));
        // And by an empty mapping.
        VERIFY_OK(e.setValue(QStringLiteral("meta.runner"), QJsonObject()));
        QVERIFY(e.text().contains("  runner: {}\n# trailing comment\n"));
        VERIFY_OK(e.setValue(QStringLiteral("type"), QJsonValue()));
        QVERIFY(e.text().contains("\ntype: null\n"));
    }

    void insertKeyIndentation_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("2 spaces") << QByteArray("a:\n  b: 1\n  c: 2\nd: 3\n") << "a" << ""
                                  << QByteArray("a:\n  b: 1\n  c: 2\n  k: v\nd: 3\n");
        QTest::newRow("4 spaces") << QByteArray("a:\n    b: 1\n    c:\n        x: 1\nd: 3\n") << "a" << ""
                                  << QByteArray("a:\n    b: 1\n    c:\n        x: 1\n    k: v\nd: 3\n");
        QTest::newRow("after key") << QByteArray("a:\n    b: 1 # one\n    # about c\n    c: 2\n") << "a" << "b"
                                   << QByteArray("a:\n    b: 1 # one\n    k: v\n    # about c\n    c: 2\n");
        QTest::newRow("before next key's comment") << QByteArray("a:\n  b: 1\n# about d\nd: 3\n") << "a" << ""
                                                   << QByteArray("a:\n  b: 1\n  k: v\n# about d\nd: 3\n");
        QTest::newRow("root") << QByteArray("a: 1\n# end\n") << "" << ""
                              << QByteArray("a: 1\nk: v\n# end\n");
        QTest::newRow("no final newline") << QByteArray("a:\n  b: 1") << "a" << ""
                                          << QByteArray("a:\n  b: 1\n  k: v");
        QTest::newRow("empty flow map") << QByteArray("a: {}   # none yet\nb: 1\n") << "a" << ""
                                        << QByteArray("a: {}   # none yet\nb: 1\n");
        QTest::newRow("null value") << QByteArray("a:\nb: 1\n") << "a" << ""
                                    << QByteArray("a:\n  k: v\nb: 1\n");
        QTest::newRow("tilde value") << QByteArray("a: ~\nb: 1\n") << "a" << ""
                                     << QByteArray("a:\n  k: v\nb: 1\n");
        QTest::newRow("flow map") << QByteArray("a: {x: 1, y: 2}\n") << "a" << ""
                                  << QByteArray("a: {x: 1, y: 2, k: v}\n");
        QTest::newRow("flow map after") << QByteArray("a: {x: 1, y: 2}\n") << "a" << "x"
                                        << QByteArray("a: {x: 1, k: v, y: 2}\n");
        QTest::newRow("item mapping") << QByteArray("list:\n- name: a\n  x: 1\n- name: b\n") << "list[0]" << ""
                                      << QByteArray("list:\n- name: a\n  x: 1\n  k: v\n- name: b\n");
        QTest::newRow("missing parent") << QByteArray("a: 1\n") << "b.c" << ""
                                        << QByteArray("a: 1\nb:\n  c:\n    k: v\n");
        QTest::newRow("after block scalar") << QByteArray("a:\n  t: |\n    x\n\n    y\n\n  z: 1\n") << "a" << "t"
                                            << QByteArray("a:\n  t: |\n    x\n\n    y\n  k: v\n\n  z: 1\n");
        QTest::newRow("crlf") << QByteArray("a:\r\n  b: 1\r\n") << "a" << ""
                              << QByteArray("a:\r\n  b: 1\r\n  k: v\r\n");
        QTest::newRow("empty file") << QByteArray("# nothing yet\n") << "" << ""
                                    << QByteArray("# nothing yet\nk: v\n");
    }
    void insertKeyIndentation()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, mapping);
        QFETCH(QString, after);
        QFETCH(QByteArray, expected);
        Editor e = load(source);
        VERIFY_OK(e.insertKey(mapping, QStringLiteral("k"), QStringLiteral("v"), after));
        if (QByteArray(QTest::currentDataTag()) == "empty flow map")
            expected = "a:   # none yet\n  k: v\nb: 1\n";
        QCOMPARE(e.text(), expected);
        const QString path = mapping.isEmpty() ? QStringLiteral("k") : mapping + QStringLiteral(".k");
        QCOMPARE(e.node(path)->scalar(), QStringLiteral("v"));
    }

    void insertKeyRefusals()
    {
        Editor e = load("a:\n  b: 1\nl: [1]\ns: text\n");
        auto dup = e.insertKey(QStringLiteral("a"), QStringLiteral("b"), 2);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        auto noAfter = e.insertKey(QStringLiteral("a"), QStringLiteral("c"), 2, QStringLiteral("zz"));
        QCOMPARE(noAfter.error().code, ErrorCode::NotFound);
        QVERIFY(!e.insertKey(QStringLiteral("l"), QStringLiteral("c"), 2));
        QVERIFY(!e.insertKey(QStringLiteral("s"), QStringLiteral("c"), 2));
        QCOMPARE(e.text(), QByteArray("a:\n  b: 1\nl: [1]\ns: text\n"));
    }

    void insertNested()
    {
        Editor e = load("plugins:\n  tools:\n  - a.yaml\n");
        QJsonObject v{{QStringLiteral("enabled"), true}, {QStringLiteral("size"), 1024}};
        VERIFY_OK(e.insertKey(QString(), QStringLiteral("storage"), v));
        QCOMPARE(e.text(), QByteArray("plugins:\n  tools:\n  - a.yaml\nstorage:\n  enabled: true\n  size: 1024\n"));
    }

    void appendItems_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("expected");
        const QJsonObject param{{QStringLiteral("name"), QStringLiteral("city")}, {QStringLiteral("required"), true}};
        QTest::newRow("indented dashes") << QByteArray("tools:\n  - a.yaml # first\n# next\nx: 1\n") << "tools"
                                         << QJsonValue(QStringLiteral("b.yaml"))
                                         << QByteArray("tools:\n  - a.yaml # first\n  - b.yaml\n# next\nx: 1\n");
        QTest::newRow("flush dashes") << QByteArray("tools:\n- a.yaml\nx: 1\n") << "tools"
                                      << QJsonValue(QStringLiteral("b.yaml"))
                                      << QByteArray("tools:\n- a.yaml\n- b.yaml\nx: 1\n");
        QTest::newRow("seq of maps") << QByteArray("parameters:\n  - name: q\n    required: false\n") << "parameters"
                                     << QJsonValue(param)
                                     << QByteArray("parameters:\n  - name: q\n    required: false\n"
                                                   "  - name: city\n    required: true\n");
        QTest::newRow("flush seq of maps") << QByteArray("parameters:\n- name: q\n  type: string\n") << "parameters"
                                           << QJsonValue(param)
                                           << QByteArray("parameters:\n- name: q\n  type: string\n"
                                                         "- name: city\n  required: true\n");
        QTest::newRow("flow") << QByteArray("arch: [amd64]\n") << "arch" << QJsonValue(QStringLiteral("arm64"))
                              << QByteArray("arch: [amd64, arm64]\n");
        QTest::newRow("empty flow") << QByteArray("tools: []\n") << "tools" << QJsonValue(QStringLiteral("a.yaml"))
                                    << QByteArray("tools:\n  - a.yaml\n");
        QTest::newRow("null") << QByteArray("tools:\nx: 1\n") << "tools" << QJsonValue(QStringLiteral("yes"))
                              << QByteArray("tools:\n  - 'yes'\nx: 1\n");
        QTest::newRow("missing") << QByteArray("x: 1\n") << "plugins.tools" << QJsonValue(QStringLiteral("a.yaml"))
                                 << QByteArray("x: 1\nplugins:\n  tools:\n    - a.yaml\n");
        QTest::newRow("nested item list") << QByteArray("p:\n  - name: a\n    options:\n      - value: x\n")
                                          << "p[0].options" << QJsonValue(QJsonObject{{QStringLiteral("value"), QStringLiteral("y")}})
                                          << QByteArray("p:\n  - name: a\n    options:\n      - value: x\n      - value: 'y'\n");
    }
    void appendItems()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, expected);
        Editor e = load(source);
        VERIFY_OK(e.appendItem(path, value));
        QCOMPARE(e.text(), expected);
    }

    void removeKeys_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("middle") << QByteArray("# c\na: 1\nb: 2 # two\nc: 3\n") << "b"
                                << QByteArray("# c\na: 1\nc: 3\n");
        QTest::newRow("nested block value") << QByteArray("a:\n  b:\n    x: 1\n    y: 2\n  c: 3\n") << "a.b"
                                            << QByteArray("a:\n  c: 3\n");
        QTest::newRow("block scalar") << QByteArray("a: |\n  text\n\n  more\nb: 1\n") << "a"
                                      << QByteArray("b: 1\n");
        QTest::newRow("last key") << QByteArray("a: 1\nb: 2") << "b" << QByteArray("a: 1\n");
        QTest::newRow("only key") << QByteArray("a:\n  b: 1\nc: 2\n") << "a.b" << QByteArray("a: {}\nc: 2\n");
        QTest::newRow("first key of item") << QByteArray("l:\n  - name: x\n    v: 1\n") << "l[0].name"
                                           << QByteArray("l:\n  - v: 1\n");
        QTest::newRow("flow first") << QByteArray("m: {a: 1, b: 2}\n") << "m.a" << QByteArray("m: {b: 2}\n");
        QTest::newRow("flow last") << QByteArray("m: {a: 1, b: 2}\n") << "m.b" << QByteArray("m: {a: 1}\n");
    }
    void removeKeys()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, path);
        QFETCH(QByteArray, expected);
        Editor e = load(source);
        VERIFY_OK(e.removeKey(path));
        QCOMPARE(e.text(), expected);
        QVERIFY(!e.node(path));
    }

    void removeAndMoveItems()
    {
        const QByteArray src = "tools:\n"
                               "  # first tool\n"
                               "  - name: a\n"
                               "    x: 1\n"
                               "  # second tool\n"
                               "  - name: b   # bee\n"
                               "  - name: c\n"
                               "after: 1\n";
        Editor e = load(src);
        VERIFY_OK(e.moveItem(QStringLiteral("tools"), 2, 0));
        QCOMPARE(e.text(), QByteArray("tools:\n"
                                      "  - name: c\n"
                                      "  # first tool\n"
                                      "  - name: a\n"
                                      "    x: 1\n"
                                      "  # second tool\n"
                                      "  - name: b   # bee\n"
                                      "after: 1\n"));
        VERIFY_OK(e.moveItem(QStringLiteral("tools"), 0, 2));
        QCOMPARE(e.text(), src);
        VERIFY_OK(e.removeItem(QStringLiteral("tools"), 1));
        QCOMPARE(e.text(), QByteArray("tools:\n"
                                      "  # first tool\n"
                                      "  - name: a\n"
                                      "    x: 1\n"
                                      "  # second tool\n"
                                      "  - name: c\n"
                                      "after: 1\n"));
        VERIFY_OK(e.removeItem(QStringLiteral("tools"), 0));
        VERIFY_OK(e.removeItem(QStringLiteral("tools"), 0));
        QCOMPARE(e.text(), QByteArray("tools: []\nafter: 1\n"));
        QVERIFY(!e.removeItem(QStringLiteral("tools"), 0));

        Editor f = load("arch: [amd64, arm64, riscv64] # all\n");
        VERIFY_OK(f.moveItem(QStringLiteral("arch"), 0, 2));
        QCOMPARE(f.text(), QByteArray("arch: [arm64, riscv64, amd64] # all\n"));
        VERIFY_OK(f.removeItem(QStringLiteral("arch"), 2));
        QCOMPARE(f.text(), QByteArray("arch: [arm64, riscv64] # all\n"));
        VERIFY_OK(f.removeItem(QStringLiteral("arch"), 0));
        QCOMPARE(f.text(), QByteArray("arch: [riscv64] # all\n"));
        QCOMPARE(f.moveItem(QStringLiteral("arch"), 0, 3).error().code, ErrorCode::NotFound);
        // Moving the last item of a file without a final newline.
        Editor g = load("- a\n- b");
        VERIFY_OK(g.moveItem(QString(), 1, 0));
        QCOMPARE(g.text(), QByteArray("- b\n- a"));
    }

    void refusesBreakingEdits()
    {
        // An anchored value shared through an alias: changing it in place would change the alias
        // too, so the editor refuses and leaves the text alone.
        const QByteArray src = "base: &b\n  x: 1\ncopy: *b\n";
        Editor e = load(src);
        auto r = e.setValue(QStringLiteral("base.x"), 2);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("nothing was changed")));
        QCOMPARE(e.text(), src);
        // A tag that contradicts the new value is dropped with the old value.
        Editor f = load("n: !!int 5 # count\n");
        VERIFY_OK(f.setScalar(QStringLiteral("n"), QStringLiteral("abc")));
        QCOMPARE(f.text(), QByteArray("n: abc # count\n"));
        // An insertion that would not parse (the mapping's first key sits after "? ").
        const QByteArray src3 = "? a\n: 1\nb: 2\n";
        Editor g = load(src3);
        auto r3 = g.insertKey(QString(), QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!r3);
        QVERIFY(r3.error().message.contains(QStringLiteral("nothing was changed")));
        QCOMPARE(g.text(), src3);
        // An edit whose result goes over the parse limits.
        ParseLimits tight;
        tight.maxBytes = 40;
        auto h = Editor::fromText("name: short\n", QStringLiteral("m.yaml"), tight);
        QVERIFY(h);
        auto r4 = h->setScalar(QStringLiteral("name"), QString(100, QLatin1Char('x')));
        QVERIFY(!r4);
        QCOMPARE(h->text(), QByteArray("name: short\n"));
        // A key that appears twice: the edit is ambiguous.
        const QByteArray dup = "icon:\n  en_US: a.png\nicon:\n  ja_JP: b.png\n";
        Editor d = load(dup);
        auto rd = d.insertKey(QStringLiteral("icon"), QStringLiteral("zh_Hans"), QStringLiteral("c.png"));
        QVERIFY(!rd);
        QCOMPARE(rd.error().code, ErrorCode::Conflict);
        QVERIFY(rd.error().message.contains(QStringLiteral("appears 2 times")));
        QVERIFY(!d.setScalar(QStringLiteral("icon.en_US"), QStringLiteral("x")));
        QVERIFY(!d.removeKey(QStringLiteral("icon")));
        QCOMPARE(d.text(), dup);
        // A literal block would swallow the whitespace-only line that follows: the editor falls
        // back to a double-quoted string.
        Editor w = load("a:\n  b:\n     c: 1\n        \nz: 2\n");
        VERIFY_OK(w.insertKey(QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("x\ny")));
        QCOMPARE(w.text(), QByteArray("a:\n  b:\n     c: 1\n  t: \"x\\ny\"\n        \nz: 2\n"));
        // Editing a document that is not loaded.
        Editor empty;
        QVERIFY(!empty.setScalar(QStringLiteral("a"), QStringLiteral("b")));
        // fromText refuses broken YAML.
        QVERIFY(!Editor::fromText("a: [1\n"));
    }

    void renameKeys_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray creds = "credentials_for_provider:\n"
                                 "  # the key from the console\n"
                                 "  api_key: # inline\n"
                                 "    type: secret-input\n"
                                 "\n"
                                 "  # optional\n"
                                 "  base_url:\n"
                                 "    type: text-input\n"
                                 "tools: []\n";
        QTest::newRow("block with comments") << creds << "credentials_for_provider.api_key" << "token"
                                             << QByteArray(creds).replace("  api_key: # inline", "  token: # inline");
        QTest::newRow("second entry") << creds << "credentials_for_provider.base_url" << "endpoint"
                                      << QByteArray(creds).replace("  base_url:", "  endpoint:");
        QTest::newRow("last entry without newline") << QByteArray("a: 1\nb: 2") << "b" << "c" << QByteArray("a: 1\nc: 2");
        QTest::newRow("nested") << QByteArray("a:\n  b:\n    c: 1 # one\n    d: 2\n") << "a.b.c" << "e"
                                << QByteArray("a:\n  b:\n    e: 1 # one\n    d: 2\n");
        QTest::newRow("crlf") << QByteArray("m:\r\n  # c\r\n  a: 1\r\n  b: 2\r\n") << "m.a" << "z"
                              << QByteArray("m:\r\n  # c\r\n  z: 1\r\n  b: 2\r\n");
        QTest::newRow("flow") << QByteArray("m: {a: 1, b: 2} # f\n") << "m.b" << "c" << QByteArray("m: {a: 1, c: 2} # f\n");
        QTest::newRow("flow needs quotes") << QByteArray("m: {a: 1, b: 2}\n") << "m.a" << "x, y"
                                           << QByteArray("m: {'x, y': 1, b: 2}\n");
        QTest::newRow("single quoted kept") << QByteArray("'a': 1\n") << "a" << "b" << QByteArray("'b': 1\n");
        QTest::newRow("double quoted kept") << QByteArray("\"a\": 1\n") << "a" << "b" << QByteArray("\"b\": 1\n");
        QTest::newRow("needs quotes: colon") << QByteArray("a: 1\n") << "a" << "x: y" << QByteArray("'x: y': 1\n");
        QTest::newRow("needs quotes: comment") << QByteArray("a: 1\n") << "a" << "x #y" << QByteArray("'x #y': 1\n");
        QTest::newRow("needs quotes: number") << QByteArray("a: 1\n") << "a" << "123" << QByteArray("'123': 1\n");
        QTest::newRow("needs quotes: bool") << QByteArray("a: 1\n") << "a" << "yes" << QByteArray("'yes': 1\n");
        QTest::newRow("dot in name") << QByteArray("a: 1\n") << "a" << "x.y" << QByteArray("x.y: 1\n");
        QTest::newRow("key of item") << QByteArray("l:\n  - name: x\n    v: 1\n") << "l[0].name" << "id"
                                     << QByteArray("l:\n  - id: x\n    v: 1\n");
        QTest::newRow("unicode") << QByteArray("a: 1\n") << "a" << "天气" << QByteArray("天气: 1\n");
        QTest::newRow("same name") << QByteArray("a: 1 # x\n") << "a" << "a" << QByteArray("a: 1 # x\n");
    }
    void renameKeys()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, path);
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        Editor e = load(source);
        VERIFY_OK(e.renameKey(path, name));
        QCOMPARE(e.text(), expected);
        QList<Editor::PathSegment> p = *Editor::parsePath(path);
        p.last().key = name;
        QString renamed;
        for (const auto &seg : p)
            renamed += seg.index >= 0 ? QStringLiteral("[%1]").arg(seg.index)
                                      : (renamed.isEmpty() ? QString() : QStringLiteral(".")) + Editor::escapePathKey(seg.key);
        QVERIFY(e.node(renamed));
        if (name != p.last().key || path != renamed)
            QVERIFY(!e.node(path));
    }

    void renameRefusals()
    {
        const QByteArray src = "creds:\n  a: 1 # keep\n  b: 2\n";
        Editor e = load(src);
        auto dup = e.renameKey(QStringLiteral("creds.a"), QStringLiteral("b"));
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        QVERIFY2(dup.error().message.contains(QStringLiteral("already exists")), qPrintable(dup.error().message));
        auto empty = e.renameKey(QStringLiteral("creds.a"), QString());
        QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
        QVERIFY(empty.error().message.contains(QStringLiteral("empty")));
        auto control = e.renameKey(QStringLiteral("creds.a"), QStringLiteral("x\ny"));
        QCOMPARE(control.error().code, ErrorCode::InvalidInput);
        QCOMPARE(e.renameKey(QStringLiteral("creds.zz"), QStringLiteral("y")).error().code, ErrorCode::NotFound);
        QCOMPARE(e.renameKey(QStringLiteral("creds"), QStringLiteral("creds")).hasValue(), true);
        QCOMPARE(e.renameKey(QStringLiteral("[0]"), QStringLiteral("y")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(e.renameKey(QString(), QStringLiteral("y")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(e.text(), src);
        // A mapping with a duplicate key: ambiguous.
        Editor d = load("m:\n  a: 1\n  a: 2\n");
        QCOMPARE(d.renameKey(QStringLiteral("m.a"), QStringLiteral("c")).error().code, ErrorCode::Conflict);
        // An anchored key or an aliased mapping: refused, text untouched.
        const QByteArray anchored = "base: &b\n  x: 1\ncopy: *b\n";
        Editor a = load(anchored);
        auto ra = a.renameKey(QStringLiteral("base.x"), QStringLiteral("y"));
        QVERIFY(!ra);
        QVERIFY(ra.error().message.contains(QStringLiteral("nothing was changed")));
        QCOMPARE(a.text(), anchored);
        // A complex (mapping) key next to the one renamed.
        Editor c = load("? {a: 1}\n: x\nb: 2\n");
        QVERIFY(!c.renameKey(QStringLiteral("b"), QStringLiteral("c")));
        // A merge key would change the meaning: refused by the verification.
        const QByteArray merge = "base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n";
        Editor mg = load(merge);
        QVERIFY(!mg.renameKey(QStringLiteral("m.y"), QStringLiteral("<<")));
        QCOMPARE(mg.text(), merge);
    }

    void moveKeys_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("to");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray creds = "# header\n"
                                 "creds:\n"
                                 "  # about a\n"
                                 "  a:\n"
                                 "    type: x   # t\n"
                                 "    label:\n"
                                 "      en_US: A\n"
                                 "  # about b\n"
                                 "  b: 2\n"
                                 "\n"
                                 "  # about c\n"
                                 "  c:\n"
                                 "    - 1\n"
                                 "after: 1 # end\n";
        QTest::newRow("last to first") << creds << "creds.c" << 0
                                       << QByteArray("# header\n"
                                                     "creds:\n"
                                                     "\n"
                                                     "  # about c\n"
                                                     "  c:\n"
                                                     "    - 1\n"
                                                     "  # about a\n"
                                                     "  a:\n"
                                                     "    type: x   # t\n"
                                                     "    label:\n"
                                                     "      en_US: A\n"
                                                     "  # about b\n"
                                                     "  b: 2\n"
                                                     "after: 1 # end\n");
        QTest::newRow("first down one") << creds << "creds.a" << 1
                                        << QByteArray("# header\n"
                                                      "creds:\n"
                                                      "  # about b\n"
                                                      "  b: 2\n"
                                                      "  # about a\n"
                                                      "  a:\n"
                                                      "    type: x   # t\n"
                                                      "    label:\n"
                                                      "      en_US: A\n"
                                                      "\n"
                                                      "  # about c\n"
                                                      "  c:\n"
                                                      "    - 1\n"
                                                      "after: 1 # end\n");
        QTest::newRow("no trailing newline") << QByteArray("a: 1\nb: 2") << "b" << 0 << QByteArray("b: 2\na: 1");
        QTest::newRow("no trailing newline, first to last") << QByteArray("a: 1\nb: 2") << "a" << 1 << QByteArray("b: 2\na: 1");
        QTest::newRow("crlf") << QByteArray("m:\r\n  # a\r\n  a: 1\r\n  b:\r\n    c: 2\r\nz: 0") << "m.b" << 0
                              << QByteArray("m:\r\n  b:\r\n    c: 2\r\n  # a\r\n  a: 1\r\nz: 0");
        QTest::newRow("crlf without final break") << QByteArray("a: 1\r\nb: 2") << "a" << 1 << QByteArray("b: 2\r\na: 1");
        QTest::newRow("flow") << QByteArray("m: {a: 1, b: [2, 3], c: x} # f\n") << "m.a" << 2
                              << QByteArray("m: {b: [2, 3], c: x, a: 1} # f\n");
        QTest::newRow("flow multi-line") << QByteArray("m: {\n  a: 1,\n  b: 2\n}\n") << "m.b" << 0
                                         << QByteArray("m: {\n  b: 2,\n  a: 1\n}\n");
        QTest::newRow("compact item") << QByteArray("l:\n  - name: a\n    type: x # t\n  - name: b\n") << "l[0].type" << 0
                                      << QByteArray("l:\n  - type: x # t\n    name: a\n  - name: b\n");
        QTest::newRow("literal block value") << QByteArray("a: |\n  text\n\n  more\nb: 1\n") << "b" << 0
                                             << QByteArray("b: 1\na: |\n  text\n\n  more\n");
        QTest::newRow("same place") << QByteArray("a: 1\nb: 2\n") << "a" << 0 << QByteArray("a: 1\nb: 2\n");
        QTest::newRow("deeper comment stays with its value")
            << QByteArray("m:\n  a:\n    x: 1\n    # more of a\n  # about b\n  b: 2\n") << "m.a" << 1
            << QByteArray("m:\n  # about b\n  b: 2\n  a:\n    x: 1\n    # more of a\n");
        QTest::newRow("deeper comment after the last entry")
            << QByteArray("m:\n  a: 1\n  b:\n    - 2\n    # end of b\nz: 0\n") << "m.b" << 0
            << QByteArray("m:\n  b:\n    - 2\n    # end of b\n  a: 1\nz: 0\n");
    }
    void moveKeys()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, path);
        QFETCH(int, to);
        QFETCH(QByteArray, expected);
        Editor e = load(source);
        VERIFY_OK(e.moveKey(path, to));
        QCOMPARE(e.text(), expected);
    }

    void moveRefusals()
    {
        const QByteArray src = "m:\n  a: 1\n  b: 2\n";
        Editor e = load(src);
        QCOMPARE(e.moveKey(QStringLiteral("m.a"), 2).error().code, ErrorCode::NotFound);
        QCOMPARE(e.moveKey(QStringLiteral("m.a"), -1).error().code, ErrorCode::NotFound);
        QCOMPARE(e.moveKey(QStringLiteral("m.x"), 0).error().code, ErrorCode::NotFound);
        QCOMPARE(e.moveKey(QStringLiteral("m"), 0).hasValue(), true);
        QCOMPARE(e.text(), src);
        // Keys that do not each start a line.
        Editor odd = load("m:\n  a: 1\n  b: 2\n  ? c\n  : 3\n");
        QVERIFY(!odd.moveKey(QStringLiteral("m.c"), 0));
        // The first key shares its line with '-' and the entry moving there has a comment above it.
        const QByteArray item = "l:\n  - a: 1\n    # about b\n    b: 2\n";
        Editor it = load(item);
        auto r = it.moveKey(QStringLiteral("l[0].b"), 0);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("comment")));
        QCOMPARE(it.text(), item);
        // A duplicated key is ambiguous; another key of that mapping moves fine.
        Editor d = load("m:\n  a: 1\n  a: 2\n  b: 3\n");
        QCOMPARE(d.moveKey(QStringLiteral("m.a"), 2).error().code, ErrorCode::Conflict);
        VERIFY_OK(d.moveKey(QStringLiteral("m.b"), 0));
        QCOMPARE(d.text(), QByteArray("m:\n  b: 3\n  a: 1\n  a: 2\n"));
    }

    // Properties that must hold for any file: renaming a key and back gives the same bytes;
    // moving a key of a block mapping keeps every line (only their order changes) and moving it
    // back restores the key order. Run over the samples here and, when STUDIO_YAML_CORPUS names a
    // folder (e.g. provider YAML extracted from dify-official-plugins), over every YAML file in it.
    void renameMoveCorpus_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::newRow("manifest") << kManifest;
        QTest::newRow("provider") << QByteArray("identity:\n  author: acme\n  name: w\n  label:\n    en_US: W # l\n"
                                                "credentials_for_provider:\n  # first\n  api_key:\n    type: secret-input\n"
                                                "    required: true\n    label:\n      en_US: API key\n\n  region:\n"
                                                "    type: select\n    options:\n      - value: eu\n        label: {en_US: EU}\n"
                                                "tools:\n  - tools/a.yaml\nextra:\n  python:\n    source: provider/w.py");
        const QString dir = qEnvironmentVariable("STUDIO_YAML_CORPUS");
        if (dir.isEmpty())
            return;
        QDirIterator it(dir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QTest::newRow(qPrintable(QDir(dir).relativeFilePath(file))) << f.readAll();
            ++count;
        }
        QVERIFY2(count > 0, "STUDIO_YAML_CORPUS holds no YAML files");
    }
    void renameMoveCorpus()
    {
        QFETCH(QByteArray, source);
        auto opened = Editor::fromText(source);
        if (!opened)
            return; // not YAML this parser accepts: nothing to edit
        const Editor original = *opened;
        auto sortedLines = [](const QByteArray &t) {
            QList<QByteArray> lines = QByteArray(t).replace("\r\n", "\n").split('\n');
            while (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
            std::sort(lines.begin(), lines.end());
            return lines;
        };
        int edits = 0;
        // Mappings down to three levels (the root, `credentials_for_provider`, one credential) and
        // the first item of each list: enough to cover every shape without re-parsing big files
        // thousands of times.
        std::function<void(const NodePtr &, const QString &, int)> walk = [&](const NodePtr &n, const QString &path, int depth) {
            if (!n || depth > 3)
                return;
            if (n->isSequence()) {
                if (n->size() > 0)
                    walk(n->items().at(0), path + QStringLiteral("[0]"), depth + 1);
                return;
            }
            if (!n->isMapping())
                return;
            QStringList keys;
            for (const Node::Pair &pair : n->pairs())
                keys << (pair.key ? pair.key->scalar() : QString());
            for (int i = 0; i < keys.size(); ++i) {
                const QString child = (path.isEmpty() ? QString() : path + QLatin1Char('.')) + Editor::escapePathKey(keys.at(i));
                if (keys.count(keys.at(i)) != 1 || !n->pairs().at(i).key->isScalar())
                    continue;
                // Rename there and back.
                Editor e = original;
                const QString tmp = QStringLiteral("renamed_%1").arg(i);
                if (!keys.contains(tmp) && e.renameKey(child, tmp)) {
                    ++edits;
                    const QString parent = path;
                    const QString back = (parent.isEmpty() ? QString() : parent + QLatin1Char('.')) + tmp;
                    VERIFY_OK(e.renameKey(back, keys.at(i)));
                    QCOMPARE(e.text(), original.text());
                }
                // Move to the end and back.
                const QByteArray &t = original.text();
                qsizetype k = n->pairs().at(0).key->mark().offset;
                while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t'))
                    --k;
                const bool ownLines = k == 0 || t[k - 1] == '\n' || t[k - 1] == '\r';
                if (keys.size() > 1 && i + 1 < keys.size() && n->collectionStyle() == CollectionStyle::Block && ownLines) {
                    Editor m = original;
                    if (m.moveKey(child, int(keys.size()) - 1)) {
                        ++edits;
                        QCOMPARE(sortedLines(m.text()), sortedLines(original.text()));
                        VERIFY_OK(m.moveKey(child, i));
                        QStringList now;
                        for (const Node::Pair &pair : m.node(path)->pairs())
                            now << pair.key->scalar();
                        QCOMPARE(now, keys);
                    }
                }
                walk(n->pairs().at(i).value, child, depth + 1);
            }
        };
        walk(original.root(), QString(), 0);
        QVERIFY(edits > 0 || !original.root() || !original.root()->isMapping());
        m_corpusEdits += edits;
        ++m_corpusFiles;
    }

    void cleanupTestCase()
    {
        if (m_corpusFiles > 0)
            qInfo("rename/move property check: %d files, %lld successful renames/moves (each undone and compared)",
                  m_corpusFiles, m_corpusEdits);
    }

    void copiesAreSnapshots()
    {
        Editor e = load(kManifest);
        const Editor snapshot = e;
        VERIFY_OK(e.setScalar(QStringLiteral("name"), QStringLiteral("other")));
        QCOMPARE(snapshot.text(), kManifest);
        QCOMPARE(snapshot.node(QStringLiteral("name"))->scalar(), QStringLiteral("weather_tool"));
        QCOMPARE(e.node(QStringLiteral("name"))->scalar(), QStringLiteral("other"));
    }

    void manyEditsKeepComments()
    {
        Editor e = load(kManifest);
        VERIFY_OK(e.setScalar(QStringLiteral("version"), QStringLiteral("0.1.0")));
        VERIFY_OK(e.insertKey(QStringLiteral("label"), QStringLiteral("pt_BR"), QStringLiteral("Tempo")));
        VERIFY_OK(e.appendItem(QStringLiteral("plugins.tools"), QStringLiteral("provider/extra.yaml")));
        VERIFY_OK(e.removeKey(QStringLiteral("resource.permission.storage")));
        VERIFY_OK(e.setValue(QStringLiteral("resource.permission.tool.enabled"), false));
        const QByteArray expected = "# Manifest of the weather plugin\n"
                                    "version: 0.1.0   # bump on release\n"
                                    "type: plugin\n"
                                    "author: acme\n"
                                    "name: weather_tool\n"
                                    "label:\n"
                                    "  # English first\n"
                                    "  en_US: Weather\n"
                                    "  zh_Hans: '天气'\n"
                                    "  pt_BR: Tempo\n"
                                    "\n"
                                    "resource:\n"
                                    "  memory: 268435456\n"
                                    "  permission:\n"
                                    "    tool:\n"
                                    "      enabled: false # keep\n"
                                    "plugins:\n"
                                    "  tools:\n"
                                    "    - provider/weather.yaml # the only provider\n"
                                    "    - provider/extra.yaml\n"
                                    "meta:\n"
                                    "  arch: [amd64, arm64]\n"
                                    "  runner:\n"
                                    "    language: python\n"
                                    "    version: \"3.12\"\n"
                                    "    entrypoint: main\n"
                                    "# trailing comment\n";
        QCOMPARE(e.text(), expected);
    }
};

QTEST_GUILESS_MAIN(TestYamlEditor)
#include "tst_yamleditor.moc"
