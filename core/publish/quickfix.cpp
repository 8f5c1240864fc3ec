// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/quickfix.h"

#include "core/common/fileset.h"
#include "core/common/outputfile.h"
#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/publish/packagechecks.h"
#include "core/scaffold/marketplacefacts.h"
#include "core/scaffold/scaffold.h"
#include "core/yaml/yamleditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Studio::Publish {

namespace {

constexpr qint64 kMaxEditedFile = 4 * 1024 * 1024; // manifest, README, requirements: far below

// `rel` inside `dir`, following no link out of it; "" when it would leave the folder.
QString insidePath(const QString &dir, const QString &rel)
{
    if (rel.isEmpty() || QDir::isAbsolutePath(rel) || rel.contains(QLatin1Char('\\')))
        return {};
    const QString clean = QDir::cleanPath(rel);
    if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        return {};
    const QString root = QFileInfo(dir).canonicalFilePath();
    if (root.isEmpty())
        return {};
    const QString full = QDir(root).filePath(clean);
    // The folder the file is in must be the plugin folder or below it, links resolved.
    const QString parent = QFileInfo(QFileInfo(full).absolutePath()).canonicalFilePath();
    if (parent.isEmpty() || (parent != root && !parent.startsWith(root + QLatin1Char('/'))))
        return {};
    return full;
}

Result<QByteArray> readSmall(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, StudioTr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), path);
    if (f.size() > kMaxEditedFile)
        return Error(ErrorCode::TooLarge, StudioTr::tr("%1 is larger than 4 MiB; edit it by hand.").arg(QDir::toNativeSeparators(path)),
                     path);
    return f.read(kMaxEditedFile);
}

// Replaces a regular file's bytes (temporary file beside it, renamed), keeping its permissions.
Result<void> replaceFile(const QString &path, const QByteArray &data)
{
    OutputOptions o;
    if (QFileInfo::exists(path))
        o.permissions = QFileInfo(path).permissions();
    return OutputFile::writeAll(path, data, o);
}

Result<Yaml::Editor> openManifest(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("manifest.yaml"));
    auto bytes = readSmall(path);
    if (!bytes)
        return bytes.error();
    auto ed = Yaml::Editor::fromText(*bytes, QStringLiteral("manifest.yaml"));
    if (!ed)
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("manifest.yaml does not parse (%1); fix it first.").arg(ed.error().toString()), path);
    return std::move(*ed);
}

Result<void> saveManifest(const QString &dir, const Yaml::Editor &ed)
{
    return replaceFile(QDir(dir).filePath(QStringLiteral("manifest.yaml")), ed.text());
}

// The value as the Marketplace's `yq '<path> // ""'` reads it: null and false are empty.
QString scalarAt(const Yaml::Editor &ed, const QString &path)
{
    const Yaml::NodePtr n = ed.node(path);
    if (!n || !n->isScalar() || (n->isPlainScalar() && n->isYamlNullScalar()))
        return {};
    if (n->isPlainScalar() && n->scalar().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return {};
    return n->scalar().trimmed();
}

// Sets a top-level manifest key, after the first of `after` that exists (else at the end).
Result<void> setTopLevel(Yaml::Editor &ed, const QString &key, const QString &value, const QStringList &after)
{
    if (ed.node(key))
        return ed.setScalar(key, value);
    QString anchor;
    for (const QString &a : after)
        if (ed.node(a)) {
            anchor = a;
            break;
        }
    return ed.insertKey(QString(), key, QJsonValue(value), anchor);
}

QString manifestRepo(const QString &dir)
{
    auto ed = openManifest(dir);
    return ed ? scalarAt(*ed, QStringLiteral("repo")) : QString();
}

Error changedSince(const QString &file)
{
    return Error(ErrorCode::Conflict,
                 StudioTr::tr("%1 changed since the check; run the check again.").arg(file), file);
}

Result<QuickFixOutcome> fixManifestField(const QString &dir, const QString &key, const QString &value, const QStringList &after)
{
    auto ed = openManifest(dir);
    if (!ed)
        return ed.error();
    if (!scalarAt(*ed, key).isEmpty())
        return changedSince(QStringLiteral("manifest.yaml"));
    if (auto r = setTopLevel(*ed, key, value, after); !r)
        return r.error();
    if (auto r = saveManifest(dir, *ed); !r)
        return r.error();
    return QuickFixOutcome{{QStringLiteral("manifest.yaml")},
                           StudioTr::tr("Wrote %1: %2 into manifest.yaml").arg(key, printable(value))};
}

Result<QuickFixOutcome> fixMinimumDifyVersion(const QString &dir)
{
    auto ed = openManifest(dir);
    if (!ed)
        return ed.error();
    if (!scalarAt(*ed, QStringLiteral("meta.minimum_dify_version")).isEmpty())
        return changedSince(QStringLiteral("manifest.yaml"));
    if (!ed->node(QStringLiteral("meta")))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("manifest.yaml has no meta block; fill in meta first."),
                     QStringLiteral("manifest.yaml"));
    // The oldest Dify that runs what the plugin declares (the scaffold's rule).
    Scaffold::PluginKind kind = Scaffold::PluginKind::Tool;
    if (ed->node(QStringLiteral("plugins.triggers")))
        kind = Scaffold::PluginKind::Trigger;
    else if (ed->node(QStringLiteral("plugins.datasources")))
        kind = Scaffold::PluginKind::Datasource;
    const QString version = Scaffold::minimumDifyVersionFor(kind);
    if (auto r = ed->setScalar(QStringLiteral("meta.minimum_dify_version"), version); !r)
        return r.error();
    if (auto r = saveManifest(dir, *ed); !r)
        return r.error();
    return QuickFixOutcome{{QStringLiteral("manifest.yaml")},
                           StudioTr::tr("Wrote meta.minimum_dify_version: %1 into manifest.yaml").arg(version)};
}

Result<QuickFixOutcome> fixPrivacy(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("PRIVACY.md"));
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return Error(ErrorCode::Conflict,
                     StudioTr::tr("PRIVACY.md exists in the folder but is not in the package: a line of .difyignore leaves it "
                                  "out. Remove that line."),
                     QStringLiteral("PRIVACY.md"));
    auto ed = openManifest(dir);
    if (!ed)
        return ed.error();
    QString label = scalarAt(*ed, QStringLiteral("label.en_US"));
    if (label.isEmpty())
        label = scalarAt(*ed, QStringLiteral("name"));
    QStringList changed{QStringLiteral("PRIVACY.md")};
    if (auto r = OutputFile::writeAll(path, Scaffold::privacyPolicyText(label).toUtf8()); !r)
        return r.error();
    if (scalarAt(*ed, QStringLiteral("privacy")).isEmpty()) {
        if (auto r = setTopLevel(*ed, QStringLiteral("privacy"), QStringLiteral("PRIVACY.md"),
                                 {QStringLiteral("created_at"), QStringLiteral("tags"), QStringLiteral("meta")});
            !r)
            return r.error();
        if (auto r = saveManifest(dir, *ed); !r)
            return r.error();
        changed << QStringLiteral("manifest.yaml");
    }
    return QuickFixOutcome{changed, StudioTr::tr("Wrote PRIVACY.md (it says the plugin collects nothing: correct it if it does)")};
}

Result<QuickFixOutcome> fixReadmeLink(const QString &dir, const QString &value)
{
    const QString repo = value.isEmpty() ? manifestRepo(dir) : value.trimmed();
    if (!Scaffold::isMarketplaceSourceRepo(repo))
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("Give the repository URL (https:// on %1).").arg(Scaffold::marketplaceSourceHosts().join(QStringLiteral(", "))));
    const QString path = QDir(dir).filePath(QStringLiteral("README.md"));
    auto text = readSmall(path);
    if (!text)
        return text.error();
    if (!Scaffold::findMarketplaceSourceLink(QString::fromUtf8(*text)).isEmpty())
        return changedSince(QStringLiteral("README.md"));
    QByteArray out = *text;
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += '\n';
    out += "\nSource code and issues: <" + repo.toUtf8() + ">\n";
    if (auto r = replaceFile(path, out); !r)
        return r.error();
    return QuickFixOutcome{{QStringLiteral("README.md")}, StudioTr::tr("Added the source link %1 to README.md").arg(printable(repo))};
}

Result<QuickFixOutcome> fixRemoveFile(const QString &dir, const Finding &finding)
{
    const QString rel = finding.quickFixArg.isEmpty() ? finding.file : finding.quickFixArg;
    const QString path = insidePath(dir, rel);
    if (path.isEmpty())
        return Error(ErrorCode::Unsafe, StudioTr::tr("%1 is not inside the plugin folder; nothing was removed.").arg(printable(rel)));
    const QFileInfo fi(path);
    if (fi.isSymLink() || (fi.exists() && !fi.isFile()))
        return Error(ErrorCode::Unsafe, StudioTr::tr("%1 is not a regular file; remove it yourself.").arg(printable(rel)), rel);
    if (!fi.exists())
        return changedSince(rel);
    // To the trash where the system has one, so nothing is lost by a click; junk that tools
    // recreate (.DS_Store, Thumbs.db, bytecode) may be deleted outright when it has none.
    QFile f(path);
    if (!f.moveToTrash()) {
        static const QStringList junk{QStringLiteral(".DS_Store"), QStringLiteral("Thumbs.db"), QStringLiteral("desktop.ini")};
        const QString suffix = fi.suffix().toLower();
        const bool regenerable = junk.contains(fi.fileName()) || suffix == QLatin1String("pyc") || suffix == QLatin1String("pyo");
        if (!regenerable || !QFile::remove(path))
            return Error(ErrorCode::IoError,
                         StudioTr::tr("Cannot move %1 to the trash; delete it yourself or add it to .difyignore.").arg(printable(rel)), rel);
        return QuickFixOutcome{{rel}, StudioTr::tr("Deleted %1").arg(printable(rel))};
    }
    return QuickFixOutcome{{rel}, StudioTr::tr("Moved %1 to the trash").arg(printable(rel))};
}

Result<QuickFixOutcome> fixSdkBound(const QString &dir, const Finding &finding)
{
    const QString rel = finding.file;
    if (finding.quickFixArg.isEmpty() || finding.line <= 0)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("This finding has no certain fix; edit %1 by hand.").arg(printable(rel)));
    const QString path = insidePath(dir, rel);
    if (path.isEmpty())
        return Error(ErrorCode::Unsafe, StudioTr::tr("%1 is not inside the plugin folder.").arg(printable(rel)));
    if (!QFileInfo::exists(path) && rel == QLatin1String("requirements.txt"))
        return Error(ErrorCode::NotFound,
                     StudioTr::tr("requirements.txt is generated from pyproject.toml and uv.lock when the plugin is packaged: "
                                  "write the bound in pyproject.toml (%1) and run `uv lock`.")
                         .arg(printable(finding.quickFixArg)),
                     rel);
    auto bytes = readSmall(path);
    if (!bytes)
        return bytes.error();
    QList<QByteArray> lines = bytes->split('\n');
    const int i = finding.line - 1;
    if (i >= lines.size())
        return changedSince(rel);
    QString line = QString::fromUtf8(lines.at(i));
    // The requirement as written on that line: up to a quote (pyproject) or a comment.
    static const QRegularExpression req(QStringLiteral("dify[-_]plugin(\\[[^\\]]*\\])?[^\"'#\\r\\n]*"),
                                        QRegularExpression::CaseInsensitiveOption);
    const auto m = req.match(line);
    if (!m.hasMatch())
        return changedSince(rel);
    QString found = m.captured(0);
    while (!found.isEmpty() && found.back().isSpace())
        found.chop(1);
    const auto expected = threePartSdkRequirement(found);
    if (!expected || *expected != finding.quickFixArg)
        return changedSince(rel);
    line.replace(m.capturedStart(0), found.size(), finding.quickFixArg);
    lines[i] = line.toUtf8();
    if (auto r = replaceFile(path, lines.join('\n')); !r)
        return r.error();
    return QuickFixOutcome{{rel}, StudioTr::tr("Wrote %1 in %2").arg(printable(finding.quickFixArg), printable(rel))};
}

} // namespace

QString quickFixLabel(const Finding &finding)
{
    switch (finding.quickFix) {
    case QuickFix::None: return {};
    case QuickFix::AddContact: return StudioTr::tr("Add contact…");
    case QuickFix::AddRepo: return StudioTr::tr("Add repository…");
    case QuickFix::SdkBound: return StudioTr::tr("Write %1").arg(printable(finding.quickFixArg));
    case QuickFix::ReadmeSourceLink: return StudioTr::tr("Add source link");
    case QuickFix::RemoveFile:
        return StudioTr::tr("Delete %1").arg(printable(QFileInfo(finding.quickFixArg.isEmpty() ? finding.file : finding.quickFixArg).fileName()));
    case QuickFix::AddPrivacy: return StudioTr::tr("Add PRIVACY.md");
    case QuickFix::AddMinimumDifyVersion: return StudioTr::tr("Add minimum Dify version");
    }
    return {};
}

QuickFixValue quickFixValueFor(const QString &pluginDir, const Finding &finding)
{
    switch (finding.quickFix) {
    case QuickFix::AddContact: return QuickFixValue::Email;
    case QuickFix::AddRepo: return QuickFixValue::RepositoryUrl;
    case QuickFix::ReadmeSourceLink:
        return Scaffold::isMarketplaceSourceRepo(manifestRepo(pluginDir)) ? QuickFixValue::None : QuickFixValue::RepositoryUrl;
    default: return QuickFixValue::None;
    }
}

QString quickFixValuePrompt(QuickFixValue value)
{
    switch (value) {
    case QuickFixValue::None: return {};
    case QuickFixValue::Email: return StudioTr::tr("The e-mail address Marketplace reviewers and users can reach you at:");
    case QuickFixValue::RepositoryUrl:
        return StudioTr::tr("The plugin's source repository (https:// on %1):").arg(Scaffold::marketplaceSourceHosts().join(QStringLiteral(", ")));
    }
    return {};
}

QString checkQuickFixValue(QuickFixValue value, const QString &text)
{
    const QString t = text.trimmed();
    switch (value) {
    case QuickFixValue::None: return {};
    case QuickFixValue::Email:
        return Scaffold::isMarketplaceContact(t) ? QString() : StudioTr::tr("Write an e-mail address such as you@example.com.");
    case QuickFixValue::RepositoryUrl:
        return Scaffold::isMarketplaceSourceRepo(t)
                   ? QString()
                   : StudioTr::tr("Write the full https:// URL of the repository on %1.").arg(Scaffold::marketplaceSourceHosts().join(QStringLiteral(", ")));
    }
    return {};
}

Result<QuickFixOutcome> applyQuickFix(const QString &pluginDir, const Finding &finding, const QString &value)
{
    if (!QFileInfo(pluginDir).isDir() || !QFileInfo::exists(QDir(pluginDir).filePath(QStringLiteral("manifest.yaml"))))
        return Error(ErrorCode::Unsupported,
                     StudioTr::tr("Quick fixes change the plugin folder; %1 is not one (a package is fixed in its source folder).")
                         .arg(QDir::toNativeSeparators(pluginDir)));
    const QuickFixValue needs = quickFixValueFor(pluginDir, finding);
    if (const QString why = checkQuickFixValue(needs, value); !why.isEmpty())
        return Error(ErrorCode::InvalidInput, why);
    switch (finding.quickFix) {
    case QuickFix::None: return Error(ErrorCode::Unsupported, StudioTr::tr("This finding has no quick fix."));
    case QuickFix::AddContact:
        return fixManifestField(pluginDir, QStringLiteral("contact"), value.trimmed(),
                                {QStringLiteral("repo"), QStringLiteral("privacy"), QStringLiteral("author")});
    case QuickFix::AddRepo:
        return fixManifestField(pluginDir, QStringLiteral("repo"), value.trimmed(),
                                {QStringLiteral("privacy"), QStringLiteral("created_at"), QStringLiteral("author")});
    case QuickFix::SdkBound: return fixSdkBound(pluginDir, finding);
    case QuickFix::ReadmeSourceLink: return fixReadmeLink(pluginDir, needs == QuickFixValue::None ? QString() : value);
    case QuickFix::RemoveFile: return fixRemoveFile(pluginDir, finding);
    case QuickFix::AddPrivacy: return fixPrivacy(pluginDir);
    case QuickFix::AddMinimumDifyVersion: return fixMinimumDifyVersion(pluginDir);
    }
    return Error(ErrorCode::Unsupported, StudioTr::tr("This finding has no quick fix."));
}

} // namespace Studio::Publish
