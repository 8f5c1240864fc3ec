// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Studio::App {

class CodeEditor;

// What the inspector shows about a .difypkg (computed off the GUI thread).
struct PackageInfo
{
    QString path;
    QString identifier;
    QString checksum;
    QString category;
    QString pluginId;
    QString version;
    QString manifestText;
    QString signatureStatus; // human sentence
    bool isSigned = false;
    bool verified = false;
    QList<QPair<QString, qint64>> files;
    int errorCount = 0;
    QStringList problems; // validation errors of the package content
    int warningCount = 0; // validation warnings, as `inspect` counts them
    // Names that clash on a case-insensitive or normalising file system (the reader's warnings,
    // which `inspect` prints): "code: message", the names escaped.
    QStringList nameWarnings;
};

// Read-only view of a package: identifier, checksum, category, signature status, files, manifest.
class PackageInspector : public QWidget
{
    Q_OBJECT
public:
    explicit PackageInspector(const QStringList &trustedKeyFiles, QWidget *parent = nullptr);
    void openPackage(const QString &path);
    const PackageInfo &info() const { return m_info; }
    QString errorText() const { return m_error; }
    // Synchronous inspection (the worker; also used by tests).
    static Result<PackageInfo> inspect(const QString &path, const QStringList &trustedKeyFiles);

signals:
    void loaded(bool ok);

private:
    void showResult(const Result<PackageInfo> &result);
    QStringList m_keys;
    PackageInfo m_info;
    QString m_error;
    QLabel *m_title;
    QLineEdit *m_identifier;
    QLineEdit *m_checksum;
    QLabel *m_category;
    QLabel *m_signature;
    QLabel *m_problems;
    QLabel *m_warnings; // banner: the name clashes
    QTreeWidget *m_files;
    CodeEditor *m_manifest;
    QFutureWatcher<Result<PackageInfo>> m_watcher;
};

// A read-only line edit with a Copy button.
QWidget *makeCopyField(QLineEdit *edit, QWidget *parent);

} // namespace Studio::App
