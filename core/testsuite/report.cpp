// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/testsuite/report.h"

#include "core/common/tr.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace Studio::TestSuite {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

// XML 1.0 cannot carry most control characters, even escaped: plugin output is cleaned first.
QString xmlText(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        out += (u < 0x20 && u != '\n' && u != '\t' && u != '\r') || u == 0xFFFE || u == 0xFFFF
                   ? QChar(0xFFFD)
                   : c;
    }
    return out;
}

} // namespace

QByteArray junitXml(const QList<CaseResult> &results)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    QStringList order;
    QHash<QString, QList<const CaseResult *>> bySuite;
    int failures = 0;
    qint64 total = 0;
    for (const CaseResult &r : results) {
        if (!bySuite.contains(r.suiteFile))
            order << r.suiteFile;
        bySuite[r.suiteFile] << &r;
        failures += r.passed ? 0 : 1;
        total += r.elapsedMs;
    }
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("plugin-studio-cli test"));
    w.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("time"), seconds(total));
    for (const QString &file : order) {
        const auto &list = bySuite.value(file);
        int f = 0;
        qint64 t = 0;
        for (const CaseResult *r : list) {
            f += r->passed ? 0 : 1;
            t += r->elapsedMs;
        }
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), xmlText(list.first()->suiteName));
        w.writeAttribute(QStringLiteral("file"), xmlText(file));
        w.writeAttribute(QStringLiteral("tests"), QString::number(list.size()));
        w.writeAttribute(QStringLiteral("failures"), QString::number(f));
        w.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("time"), seconds(t));
        for (const CaseResult *r : list) {
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("name"), xmlText(r->caseName));
            w.writeAttribute(QStringLiteral("classname"), xmlText(r->suiteName));
            w.writeAttribute(QStringLiteral("file"), xmlText(file));
            w.writeAttribute(QStringLiteral("line"), QString::number(r->caseLine));
            w.writeAttribute(QStringLiteral("time"), seconds(r->elapsedMs));
            if (!r->passed) {
                QStringList body;
                if (!r->error.isEmpty())
                    body << r->error;
                for (const AssertionResult &a : r->assertions) {
                    if (a.passed)
                        continue;
                    body << StudioTr::tr("FAILED %1: %2").arg(a.description, a.message);
                    if (!a.expected.isEmpty() || !a.actual.isEmpty())
                        body << StudioTr::tr("  expected: %1").arg(a.expected)
                             << StudioTr::tr("  actual:   %1").arg(a.actual);
                }
                w.writeStartElement(QStringLiteral("failure"));
                w.writeAttribute(QStringLiteral("message"), xmlText(r->failureMessage()));
                w.writeAttribute(QStringLiteral("type"),
                                 r->error.isEmpty() ? QStringLiteral("assertion")
                                                    : QStringLiteral("error"));
                w.writeCharacters(xmlText(body.join(QLatin1Char('\n'))));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QJsonObject jsonReport(const QList<CaseResult> &results)
{
    QJsonArray cases;
    int failed = 0;
    for (const CaseResult &r : results) {
        cases.append(r.toJson());
        failed += r.passed ? 0 : 1;
    }
    return QJsonObject{{QStringLiteral("tests"), int(results.size())},
                       {QStringLiteral("passed"), int(results.size()) - failed},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("cases"), cases}};
}

VoidResult writeReport(const QString &file, const QByteArray &bytes)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error(ErrorCode::IoError,
                     StudioTr::tr("Cannot write %1: %2").arg(file, f.errorString()));
    return {};
}

} // namespace Studio::TestSuite
