// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Studio {

// The validation layers of formats.md §0. PKG, INSTALL, STRICT and SDK are errors; REVIEW warns.
enum class Layer {
    Pkg,     // `dify plugin package` refuses
    Install, // the daemon's upload refuses
    Strict,  // Go struct-tag validator (manifest at package time, JSON from remote debug)
    Sdk,     // the Python SDK raises while loading the plugin
    Review,  // Marketplace review rule
    Studio,  // our own advice (e.g. secrets about to be packaged)
    Marketplace, // a check of the Marketplace's submission CI (marketplace-submission.md); publish only
};

enum class Severity { Error, Warning, Info };

struct Diagnostic
{
    Severity severity = Severity::Error;
    Layer layer = Layer::Install;
    QString code;    // stable, e.g. "manifest.version.format"
    QString message; // says what is wrong and how to fix it
    QString file;    // path relative to the plugin root ("manifest.yaml")
    int line = 0;    // 1-based; 0 = whole file
    int column = 0;  // 1-based
    QString path;    // YAML path, e.g. "resource.permission.storage.size"
};

QString layerName(Layer layer);          // "pkg", "install", "strict", "sdk", "review", "studio", "marketplace"
QString severityName(Severity severity); // "error", "warning", "info"

class ValidationReport
{
public:
    void add(const Diagnostic &d) { m_diagnostics.append(d); }
    void append(const ValidationReport &other) { m_diagnostics.append(other.m_diagnostics); }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
    bool contains(const QString &code) const;
    // Sorted by file, line, column for display.
    void sort();
    QString toText() const;       // one "file:line:col: severity [code] message" line each
    QByteArray toJson() const;    // {"valid":bool,"errors":n,"warnings":n,"diagnostics":[...]}

private:
    QList<Diagnostic> m_diagnostics;
};

} // namespace Studio
