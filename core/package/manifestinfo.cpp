// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/manifestinfo.h"

#include "core/yaml/yamlnode.h"

#include <QCoreApplication>

namespace Studio::Package {

namespace {
QString scalarAt(const Yaml::NodePtr &root, const char *path)
{
    const Yaml::NodePtr n = Yaml::find(root, QString::fromLatin1(path));
    return (n && n->isScalar()) ? n->scalar() : QString();
}

QString i18nText(const Yaml::NodePtr &root, const char *key)
{
    const Yaml::NodePtr n = Yaml::find(root, QString::fromLatin1(key));
    if (!n)
        return QString();
    if (n->isScalar())
        return n->scalar();
    if (n->isMapping()) {
        const Yaml::NodePtr en = n->get(u"en_US");
        if (en && en->isScalar())
            return en->scalar();
        if (!n->pairs().isEmpty() && n->pairs().first().value && n->pairs().first().value->isScalar())
            return n->pairs().first().value->scalar();
    }
    return QString();
}
} // namespace

Result<ManifestSummary> readManifestSummary(const FileSet &files)
{
    const QString manifest = QStringLiteral("manifest.yaml");
    if (!files.contains(manifest))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("Studio", "manifest.yaml is missing at the root of %1.")
                         .arg(files.origin()),
                     manifest);
    auto bytes = files.read(manifest);
    if (!bytes)
        return bytes.error();
    auto doc = Yaml::parse(*bytes, manifest);
    if (!doc)
        return doc.error();
    const Yaml::NodePtr root = doc->root;
    if (!root || !root->isMapping())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Studio", "manifest.yaml must be a mapping."), manifest, 1, 1);
    ManifestSummary s;
    s.author = scalarAt(root, "author");
    s.name = scalarAt(root, "name");
    s.version = scalarAt(root, "version");
    s.type = scalarAt(root, "type");
    s.icon = scalarAt(root, "icon");
    s.runnerLanguage = scalarAt(root, "meta.runner.language");
    s.entrypoint = scalarAt(root, "meta.runner.entrypoint");
    s.label = i18nText(root, "label");
    s.description = i18nText(root, "description");
    if (const Yaml::NodePtr plugins = Yaml::find(root, u"plugins"); plugins && plugins->isMapping()) {
        for (const auto &pair : plugins->pairs()) {
            if (pair.key && pair.value && pair.value->isSequence() && pair.value->size() > 0)
                s.categories << pair.key->scalar();
        }
    }
    QStringList missing;
    if (s.name.isEmpty())
        missing << QStringLiteral("name");
    if (s.version.isEmpty())
        missing << QStringLiteral("version");
    if (!missing.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Studio", "manifest.yaml has no %1; add it.")
                         .arg(missing.join(QStringLiteral(", "))),
                     manifest);
    return s;
}

} // namespace Studio::Package
