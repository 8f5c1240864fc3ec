// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/bundle.h"
#include "core/common/tr.h"

#include "core/common/outputfile.h"
#include "core/package/checksum.h"
#include "core/package/manifestinfo.h"
#include "core/package/zipwriter_p.h"
#include "core/plugin/loader.h"
#include "core/yaml/yamleditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Studio::Package {

namespace {


const QString kManifest = QStringLiteral("manifest.yaml");
const QString kAssets = QStringLiteral("_assets/");

Result<void> writeFileAtomic(const QString &path, const QByteArray &data)
{
    return OutputFile::writeAll(path, data);
}

QByteArray yamlQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    q.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return (QLatin1Char('"') + q + QLatin1Char('"')).toUtf8();
}

QByteArray bundleIcon()
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">"
           "<rect x=\"6\" y=\"14\" width=\"52\" height=\"40\" rx=\"6\" fill=\"#1c64f2\"/>"
           "<rect x=\"14\" y=\"8\" width=\"36\" height=\"10\" rx=\"3\" fill=\"#76a9fa\"/>"
           "<path d=\"M18 30h28M18 40h20\" stroke=\"#fff\" stroke-width=\"4\" stroke-linecap=\"round\"/></svg>\n";
}

} // namespace

Result<void> initBundle(const QString &dir, const BundleInitOptions &o)
{
    if (!Plugin::isValidBundleName(o.name))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("Bundle name \"%1\" is invalid: use 1-128 letters, digits, '-' or '_'.").arg(o.name));
    if (o.author.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The bundle author is required (--author)."));
    QFileInfo fi(dir);
    if (fi.exists() && (!fi.isDir() || !QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)))
        return Error(ErrorCode::Conflict, StudioTr::tr("%1 already exists and is not empty.").arg(dir), dir);
    if (!QDir().mkpath(dir + QStringLiteral("/_assets")))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create %1.").arg(dir), dir);
    const QString desc = o.description.isEmpty() ? o.name : o.description;
    QByteArray m;
    m += "name: " + o.name.toUtf8() + "\n";
    m += "labels:\n";
    for (const char *lang : {"en_US", "zh_Hans", "ja_JP", "pt_BR"})
        m += QByteArray("    ") + lang + ": " + yamlQuote(o.name) + "\n";
    m += "description:\n";
    for (const char *lang : {"en_US", "zh_Hans", "ja_JP", "pt_BR"})
        m += QByteArray("    ") + lang + ": " + yamlQuote(desc) + "\n";
    m += "icon: icon.svg\n";
    m += "version: 0.0.1\n";
    m += "author: " + yamlQuote(o.author) + "\n";
    m += "type: bundle\n";
    m += "dependencies: []\n";
    m += "tags: []\n";
    const QByteArray readme = "# " + o.name.toUtf8() + "\n\n" + desc.toUtf8()
                              + "\n\nA Dify plugin bundle. Add plugins with `plugin-studio-cli bundle append` and "
                                "build it with `plugin-studio-cli bundle package`.\n";
    for (const auto &[name, data] : {std::pair{kManifest, m}, std::pair{QStringLiteral("README.md"), readme},
                                     std::pair{QStringLiteral("_assets/icon.svg"), bundleIcon()}}) {
        if (auto ok = writeFileAtomic(dir + QLatin1Char('/') + name, data); !ok) {
            QDir(dir).removeRecursively();
            return ok;
        }
    }
    return {};
}

Result<Bundle> Bundle::open(const QString &path)
{
    Bundle b;
    QFileInfo fi(path);
    b.m_path = fi.absoluteFilePath();
    if (!fi.exists())
        return Error(ErrorCode::NotFound, StudioTr::tr("Bundle not found: %1").arg(path), path);
    if (fi.isDir()) {
        QFile f(path + QLatin1Char('/') + kManifest);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound, StudioTr::tr("%1 has no manifest.yaml; is it a bundle folder? Create one with `bundle init`.").arg(path), path);
        b.m_manifest = f.readAll();
    } else {
        b.m_archive = true;
        auto reader = PackageReader::open(path, ReadLimits::bundle());
        if (!reader)
            return reader.error();
        for (const ZipEntry &e : (*reader)->entries()) {
            auto data = (*reader)->read(e.name);
            if (!data)
                return data.error();
            if (e.name == kManifest)
                b.m_manifest = *data;
            else if (e.name.startsWith(kAssets))
                b.m_assets.insert(e.name.mid(kAssets.size()), *data);
            else if (!e.name.contains(QLatin1Char('/')) && e.name.startsWith(QLatin1String("README")))
                b.m_readmes.insert(e.name, *data);
        }
        if (!(*reader)->contains(kManifest))
            return Error(ErrorCode::InvalidInput, StudioTr::tr("failed to load bundle manifest: %1 has no manifest.yaml.").arg(path), path);
    }
    auto m = Plugin::loadBundleManifest(b.m_manifest, nullptr);
    if (!m)
        return Error(m.error().code, StudioTr::tr("failed to load bundle manifest: %1").arg(m.error().toString()), path);
    return b;
}

Result<Plugin::BundleManifest> Bundle::manifest(ValidationReport *report) const
{
    return Plugin::loadBundleManifest(m_manifest, report);
}

QStringList Bundle::assets() const
{
    QStringList out = m_assets.keys();
    if (!m_archive) {
        const QString root = m_path + QStringLiteral("/_assets");
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(root).relativeFilePath(it.next());
            if (!out.contains(rel))
                out << rel;
        }
    }
    sortPathsByteOrder(out);
    return out;
}

Result<void> Bundle::appendDependency(const QString &type, const QString &key, const QString &value)
{
    auto ed = Yaml::Editor::fromText(m_manifest, kManifest);
    if (!ed)
        return ed.error();
    const QJsonObject dep{{QStringLiteral("type"), type}, {QStringLiteral("value"), QJsonObject{{key, value}}}};
    const Yaml::NodePtr deps = ed->node(QStringLiteral("dependencies"));
    Result<void> ok;
    if (!deps || deps->isNull() || (deps->isSequence() && deps->size() == 0))
        ok = ed->setValue(QStringLiteral("dependencies"), QJsonArray{dep});
    else
        ok = ed->appendItem(QStringLiteral("dependencies"), dep);
    if (!ok)
        return ok;
    m_manifest = ed->text();
    return {};
}

Result<void> Bundle::appendMarketplace(const QString &pattern)
{
    if (!Plugin::isValidMarketplacePattern(pattern))
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("\"%1\" is not a valid marketplace pattern; use org/plugin:VERSION, e.g. langgenius/openai:^0.0.1.").arg(pattern));
    return appendDependency(QStringLiteral("marketplace"), QStringLiteral("marketplace_pattern"), pattern);
}

Result<void> Bundle::appendGithub(const QString &pattern)
{
    if (!Plugin::isValidGithubPattern(pattern))
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("\"%1\" is not a valid GitHub pattern; use owner/repo:VERSION/asset-name.difypkg.").arg(pattern));
    return appendDependency(QStringLiteral("github"), QStringLiteral("repo_pattern"), pattern);
}

Result<QString> Bundle::appendPackage(const QString &packagePath)
{
    auto reader = PackageReader::open(packagePath);
    if (!reader)
        return reader.error();
    const Plugin::LoadResult loaded = Plugin::loadPlugin((*reader)->fileSet());
    if (!loaded.ok)
        return Error(ErrorCode::ValidationFailed,
                     StudioTr::tr("%1 does not decode as a plugin: %2").arg(packagePath, loaded.firstError()), packagePath);
    auto sum = (*reader)->checksum();
    if (!sum)
        return sum.error();
    if (auto ok = appendDependency(QStringLiteral("package"), QStringLiteral("path"), *sum); !ok)
        return ok.error();
    m_assets.insert(*sum, (*reader)->rawBytes());
    return *sum;
}

Result<void> Bundle::removeDependency(int index)
{
    auto m = manifest();
    if (!m)
        return m.error();
    if (index < 0 || index >= m->dependencies.size())
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("No dependency at index %1; the bundle has %2 (see `bundle analyze`).").arg(index).arg(m->dependencies.size()));
    auto ed = Yaml::Editor::fromText(m_manifest, kManifest);
    if (!ed)
        return ed.error();
    if (auto ok = ed->removeItem(QStringLiteral("dependencies"), index); !ok)
        return ok;
    m_manifest = ed->text();
    return {};
}

Result<void> Bundle::bumpVersion(const QString &version)
{
    if (!Plugin::isValidManifestVersion(version))
        return Error(ErrorCode::InvalidInput, StudioTr::tr("\"%1\" is not a valid version; use MAJOR.MINOR.PATCH, e.g. 0.0.2.").arg(version));
    auto ed = Yaml::Editor::fromText(m_manifest, kManifest);
    if (!ed)
        return ed.error();
    if (auto ok = ed->setScalar(QStringLiteral("version"), version); !ok)
        return ok;
    m_manifest = ed->text();
    return {};
}

Result<void> Bundle::save()
{
    if (!m_archive) {
        for (auto it = m_assets.cbegin(); it != m_assets.cend(); ++it) {
            const QString p = m_path + QStringLiteral("/_assets/") + it.key();
            QDir().mkpath(QFileInfo(p).absolutePath());
            if (auto ok = writeFileAtomic(p, it.value()); !ok)
                return ok;
        }
        m_assets.clear();
        return writeFileAtomic(m_path + QLatin1Char('/') + kManifest, m_manifest);
    }
    auto size = packageTo(m_path);
    if (!size)
        return size.error();
    return {};
}

Result<qint64> Bundle::packageTo(const QString &outPath) const
{
    QList<Internal::ZipInput> entries;
    entries.append({kManifest, m_manifest});
    if (m_archive) {
        for (auto it = m_assets.cbegin(); it != m_assets.cend(); ++it)
            entries.append({kAssets + it.key(), it.value()});
        for (auto it = m_readmes.cbegin(); it != m_readmes.cend(); ++it)
            entries.append({it.key(), it.value()});
    } else {
        for (const QString &a : assets()) {
            QByteArray data = m_assets.value(a);
            if (!m_assets.contains(a)) {
                QFile f(m_path + QStringLiteral("/_assets/") + a);
                if (!f.open(QIODevice::ReadOnly))
                    return Error(ErrorCode::IoError, StudioTr::tr("Cannot read _assets/%1.").arg(a), a);
                data = f.readAll();
            }
            entries.append({kAssets + a, data});
        }
        const QStringList readmes = QDir(m_path).entryList({QStringLiteral("README*")}, QDir::Files, QDir::Name);
        for (const QString &r : readmes) {
            QFile f(m_path + QLatin1Char('/') + r);
            if (!f.open(QIODevice::ReadOnly))
                return Error(ErrorCode::IoError, StudioTr::tr("Cannot read %1.").arg(r), r);
            entries.append({r, f.readAll()});
        }
    }
    qint64 total = 0;
    for (const auto &e : entries)
        total += e.data.size();
    if (total > ReadLimits::bundle().maxUncompressedTotal)
        return Error(ErrorCode::TooLarge, StudioTr::tr("The bundle is larger than 600 MiB; Dify refuses it."));
    OutputOptions output;
    if (!m_archive)
        output.protectedFolders << m_path; // a bundle folder's output never lands inside it
    return Internal::writeZip(outPath, entries, QByteArray(), nullptr, nullptr, output);
}

} // namespace Studio::Package
