// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds real test packages from the runtime's SDK-free fixture plugin (tests/fixtures/runtime/
// echo_plugin) with the project's packager and signer, and bundles with Python's zipfile.

#include "core/package/checksum.h"
#include "core/package/packagereader.h"
#include "core/package/packagewriter.h"
#include "core/package/signature.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QString>

namespace TestSupport {

inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + src.mid(from.size());
        QDir().mkpath(QFileInfo(dst).absolutePath());
        if (!QFile::copy(src, dst))
            return false;
    }
    return true;
}

struct PackageSpec
{
    QString author = QStringLiteral("studio-tests");
    QString name = QStringLiteral("echo_plugin");
    QString version = QStringLiteral("0.0.1");
    QByteArray requirements = "# no third-party dependencies\n";
    QString signWithKey;     // private key path; empty = unsigned
    QString category;        // langgenius|partner|community
    QByteArray extraFile;    // content of extra.txt (to vary the checksum)
    QList<QPair<QString, QByteArray>> files; // extra files (relative path, content), e.g. wheels/

    PackageSpec &withAuthor(const QString &v) { author = v; return *this; }
    PackageSpec &withName(const QString &v) { name = v; return *this; }
    PackageSpec &withVersion(const QString &v) { version = v; return *this; }
    PackageSpec &signedBy(const QString &key, const QString &cat) { signWithKey = key; category = cat; return *this; }
};

// Returns the path of the .difypkg written into `workDir`, or an empty string (message in *error).
inline QString makePackage(const QString &workDir, const PackageSpec &spec, QString *error = nullptr)
{
    const QString tag = spec.author + QLatin1Char('_') + spec.name + QLatin1Char('_') + spec.version
        + QString::number(qHash(spec.extraFile + spec.signWithKey.toUtf8()));
    const QString src = workDir + QStringLiteral("/src-") + tag;
    QDir(src).removeRecursively();
    if (!copyTree(QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin"), src)) {
        if (error)
            *error = QStringLiteral("cannot copy the fixture plugin");
        return {};
    }
    QFile m(src + QStringLiteral("/manifest.yaml"));
    m.open(QIODevice::ReadOnly);
    QString manifest = QString::fromUtf8(m.readAll());
    m.close();
    manifest.replace(QStringLiteral("\nversion: 0.0.1\n"), QStringLiteral("\nversion: ") + spec.version + QLatin1Char('\n'));
    if (manifest.startsWith(QLatin1String("version: 0.0.1\n")))
        manifest = QStringLiteral("version: ") + spec.version + manifest.mid(14);
    manifest.replace(QStringLiteral("author: studio-tests"), QStringLiteral("author: ") + spec.author);
    manifest.replace(QStringLiteral("name: echo_plugin"), QStringLiteral("name: ") + spec.name);
    m.open(QIODevice::WriteOnly | QIODevice::Truncate);
    m.write(manifest.toUtf8());
    m.close();
    // The provider declares the author too; keep them in sync.
    for (const QString &f : {QStringLiteral("/provider/echo.yaml"), QStringLiteral("/tools/echo.yaml")}) {
        QFile p(src + f);
        if (p.open(QIODevice::ReadOnly)) {
            QString t = QString::fromUtf8(p.readAll());
            p.close();
            t.replace(QStringLiteral("author: studio-tests"), QStringLiteral("author: ") + spec.author);
            p.open(QIODevice::WriteOnly | QIODevice::Truncate);
            p.write(t.toUtf8());
        }
    }
    QFile req(src + QStringLiteral("/requirements.txt"));
    req.open(QIODevice::WriteOnly);
    req.write(spec.requirements);
    req.close();
    if (!spec.extraFile.isEmpty()) {
        QFile x(src + QStringLiteral("/extra.txt"));
        x.open(QIODevice::WriteOnly);
        x.write(spec.extraFile);
    }
    for (const auto &f : spec.files) {
        QDir().mkpath(QFileInfo(src + QLatin1Char('/') + f.first).absolutePath());
        QFile x(src + QLatin1Char('/') + f.first);
        x.open(QIODevice::WriteOnly);
        x.write(f.second);
    }
    Studio::Package::PackageOptions opts;
    opts.outputPath = workDir + QLatin1Char('/') + tag + QStringLiteral(".difypkg");
    opts.skipValidation = true;
    QFile::remove(opts.outputPath);
    auto r = Studio::Package::packagePlugin(src, opts);
    if (!r) {
        if (error)
            *error = r.error().message;
        return {};
    }
    if (spec.signWithKey.isEmpty())
        return r->outputPath;
    const QString signedPath = workDir + QLatin1Char('/') + tag + QStringLiteral(".signed.difypkg");
    QFile::remove(signedPath);
    auto s = Studio::Package::signPackage(r->outputPath, spec.signWithKey, spec.category, signedPath);
    if (!s) {
        if (error)
            *error = s.error().message;
        return {};
    }
    return s->outputPath;
}

// Writes a zip with Python's zipfile: files = {name -> source file path or inline bytes}.
inline bool writeZip(const QString &out, const QList<QPair<QString, QByteArray>> &entries)
{
    QString script = QStringLiteral("import sys, zipfile, base64\nz = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n");
    for (const auto &e : entries)
        script += QStringLiteral("z.writestr(%1, base64.b64decode('%2'))\n")
                      .arg(QStringLiteral("'") + e.first + QStringLiteral("'"), QString::fromLatin1(e.second.toBase64()));
    script += QStringLiteral("z.close()\n");
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, out});
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

inline QByteArray readAll(const QString &path);

// A stand-in `dify_plugin` 0.7.0 wheel (pure Python, our own two-line module) so an environment
// can be prepared offline (pip --no-index --find-links wheels/) and `import dify_plugin` works.
inline QByteArray stubSdkWheel(const QString &workDir)
{
    const QString out = workDir + QStringLiteral("/dify_plugin-0.7.0-py3-none-any.whl");
    if (!QFile::exists(out)) {
        const QByteArray record = "dify_plugin/__init__.py,,\ndify_plugin-0.7.0.dist-info/METADATA,,\n"
                                  "dify_plugin-0.7.0.dist-info/WHEEL,,\ndify_plugin-0.7.0.dist-info/RECORD,,\n";
        writeZip(out, {{QStringLiteral("dify_plugin/__init__.py"), "STUDIO_TEST_STUB = True\n"},
                       {QStringLiteral("dify_plugin-0.7.0.dist-info/METADATA"), "Metadata-Version: 2.1\nName: dify_plugin\nVersion: 0.7.0\n"},
                       {QStringLiteral("dify_plugin-0.7.0.dist-info/WHEEL"),
                        "Wheel-Version: 1.0\nGenerator: studio-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"},
                       {QStringLiteral("dify_plugin-0.7.0.dist-info/RECORD"), record}});
    }
    return readAll(out);
}

// A package spec whose environment installs offline from its own wheels/ folder.
inline PackageSpec offlineSpec(const QString &workDir)
{
    PackageSpec s;
    s.requirements = "dify_plugin==0.7.0\n";
    s.files.append({QStringLiteral("wheels/dify_plugin-0.7.0-py3-none-any.whl"), stubSdkWheel(workDir)});
    return s;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// The checksum the installer computes for a package (the `@...` part of its identifier).
inline QString packageChecksum(const QByteArray &packageBytes)
{
    auto reader = Studio::Package::PackageReader::fromBytes(packageBytes, QStringLiteral("test package"));
    if (!reader)
        return QString();
    auto sum = reader.value()->checksum();
    return sum ? sum.value() : QString();
}

} // namespace TestSupport
