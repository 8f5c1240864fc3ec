// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/diagnostic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Studio {

QString layerName(Layer layer)
{
    switch (layer) {
    case Layer::Pkg: return QStringLiteral("pkg");
    case Layer::Install: return QStringLiteral("install");
    case Layer::Strict: return QStringLiteral("strict");
    case Layer::Sdk: return QStringLiteral("sdk");
    case Layer::Review: return QStringLiteral("review");
    case Layer::Studio: return QStringLiteral("studio");
    case Layer::Marketplace: return QStringLiteral("marketplace");
    }
    return QString();
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return QString();
}

int ValidationReport::errorCount() const
{
    return int(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                             [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

int ValidationReport::warningCount() const
{
    return int(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                             [](const Diagnostic &d) { return d.severity == Severity::Warning; }));
}

bool ValidationReport::contains(const QString &code) const
{
    return std::any_of(m_diagnostics.begin(), m_diagnostics.end(),
                       [&](const Diagnostic &d) { return d.code == code; });
}

void ValidationReport::sort()
{
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.file != b.file)
                             return a.file < b.file;
                         if (a.line != b.line)
                             return a.line < b.line;
                         return a.column < b.column;
                     });
}

QString ValidationReport::toText() const
{
    QString out;
    for (const Diagnostic &d : m_diagnostics) {
        QString loc = d.file.isEmpty() ? QStringLiteral("<plugin>") : d.file;
        if (d.line > 0)
            loc += QLatin1Char(':') + QString::number(d.line) + QLatin1Char(':')
                   + QString::number(qMax(1, d.column));
        out += loc + QLatin1String(": ") + severityName(d.severity) + QLatin1String(" [")
               + d.code + QLatin1String("] (") + layerName(d.layer) + QLatin1String(") ")
               + d.message + QLatin1Char('\n');
    }
    return out;
}

QByteArray ValidationReport::toJson() const
{
    QJsonArray items;
    for (const Diagnostic &d : m_diagnostics) {
        QJsonObject o;
        o.insert(QStringLiteral("severity"), severityName(d.severity));
        o.insert(QStringLiteral("layer"), layerName(d.layer));
        o.insert(QStringLiteral("code"), d.code);
        o.insert(QStringLiteral("message"), d.message);
        o.insert(QStringLiteral("file"), d.file);
        o.insert(QStringLiteral("line"), d.line);
        o.insert(QStringLiteral("column"), d.column);
        if (!d.path.isEmpty())
            o.insert(QStringLiteral("path"), d.path);
        items.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("valid"), !hasErrors());
    root.insert(QStringLiteral("errors"), errorCount());
    root.insert(QStringLiteral("warnings"), warningCount());
    root.insert(QStringLiteral("diagnostics"), items);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Studio
