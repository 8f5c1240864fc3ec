// SPDX-License-Identifier: GPL-3.0-or-later
// Prints YAML layer figures: parse throughput on a generated tool-provider-like document, JSON
// conversion, editor edit latency (each edit re-parses and verifies the whole document), and the
// time to refuse hostile inputs. Optional argument: a directory of .yaml files to parse as well.

#include "core/yaml/yamleditor.h"
#include "core/yaml/yamljson.h"
#include "core/yaml/yamlnode.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

using namespace Studio::Yaml;

namespace {

QByteArray generatedDocument(int tools)
{
    QByteArray out = "# generated for the benchmark\nidentity:\n  author: acme\n  name: bench\n  label:\n"
                     "    en_US: Bench\n    zh_Hans: 基准\ntools:\n";
    for (int i = 0; i < tools; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "  - name: tool_" + n + "   # tool " + n + "\n"
               "    description:\n      en_US: 'Looks things up, number " + n + "'\n"
               "      zh_Hans: \"查询 " + n + "\"\n"
               "    parameters:\n"
               "      - name: query\n        type: string\n        required: true\n"
               "        form: llm\n        options: [a, b, c]\n"
               "      - name: limit\n        type: number\n        default: 10\n"
               "        help: |\n          How many results\n          to return.\n";
    }
    return out;
}

double ms(qint64 ns) { return double(ns) / 1e6; }

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray doc = generatedDocument(2000);
    QElapsedTimer t;

    t.start();
    auto parsed = parse(doc, QStringLiteral("bench.yaml"));
    const qint64 parseNs = t.nsecsElapsed();
    if (!parsed) {
        std::printf("parse failed: %s\n", qPrintable(parsed.error().message));
        return 1;
    }
    std::printf("parse: %lld bytes in %.1f ms (%.2f MB/s)\n", static_cast<long long>(doc.size()), ms(parseNs),
                double(doc.size()) / (double(parseNs) / 1e9) / 1e6);
    t.restart();
    const QJsonValue json = toJson(parsed->root, JsonMode::Daemon);
    std::printf("toJson (daemon): %.1f ms\n", ms(t.nsecsElapsed()));

    // Editor on a manifest-sized file and on the large generated file.
    const QByteArray manifest = generatedDocument(3);
    for (const QByteArray *src : {&manifest, &doc}) {
        auto e = Editor::fromText(*src, QStringLiteral("edit.yaml"));
        if (!e)
            return 1;
        const int rounds = src == &manifest ? 200 : 5;
        t.restart();
        for (int i = 0; i < rounds; ++i) {
            if (!e->setScalar(QStringLiteral("tools[1].parameters[0].name"), QStringLiteral("q%1").arg(i)))
                return 1;
        }
        const double perEdit = ms(t.nsecsElapsed()) / rounds;
        t.restart();
        for (int i = 0; i < rounds; ++i) {
            if (!e->insertKey(QStringLiteral("tools[2]"), QStringLiteral("k%1").arg(i), QJsonObject{{QStringLiteral("v"), i}}))
                return 1;
        }
        const double perInsert = ms(t.nsecsElapsed()) / rounds;
        std::printf("editor on %lld bytes: setScalar %.2f ms/edit, insertKey %.2f ms/edit\n",
                    static_cast<long long>(src->size()), perEdit, perInsert);
    }

    // Hostile inputs.
    QByteArray laughs = "a: &a [x,x,x,x,x,x,x,x,x]\n";
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; ++c) {
        laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 9; ++i)
            laughs += QByteArray(i ? ",*" : "*") + QByteArray(1, prev);
        laughs += "]\n";
        prev = c;
    }
    struct Case
    {
        const char *name;
        QByteArray data;
    };
    const Case cases[] = {
        {"billion laughs", laughs},
        {"10000-deep flow", QByteArray(10000, '[') + QByteArray(10000, ']')},
        {"50 MB file", QByteArray(50 * 1024 * 1024, 'x')},
        {"binary (NUL)", QByteArray(4096, '\0')},
    };
    for (const Case &c : cases) {
        t.restart();
        auto r = parse(c.data, QStringLiteral("hostile.yaml"));
        std::printf("refuse %-16s %.2f ms (%s)\n", c.name, ms(t.nsecsElapsed()), r ? "ACCEPTED?!" : "refused");
    }

    if (argc > 1) {
        qint64 bytes = 0, ns = 0;
        int files = 0, failed = 0;
        QDirIterator it(QString::fromLocal8Bit(argv[1]), {QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            t.restart();
            auto r = parse(data, f.fileName());
            ns += t.nsecsElapsed();
            bytes += data.size();
            ++files;
            failed += r ? 0 : 1;
        }
        std::printf("corpus: %d files, %d refused, %lld bytes in %.1f ms (%.2f MB/s)\n", files, failed,
                    static_cast<long long>(bytes), ms(ns), double(bytes) / (double(ns) / 1e9) / 1e6);
    }
    return json.isObject() ? 0 : 1;
}
