// SPDX-License-Identifier: GPL-3.0-or-later
// manifest.yaml (formats.md §1): identity, resource and permissions, the plugins lists, meta,
// tags, created_at.
#include "core/plugin/reader_p.h"

#include "core/common/tr.h"
#include "core/plugin/pluginid.h"
#include "core/yaml/yamltime.h"

#include <QRegularExpression>

namespace Studio::Plugin::Detail {

using Yaml::Node;
using Yaml::NodePtr;

namespace {

// created_at is a Go time.Time: a plain scalar through yaml.v3's timestamp layouts, a quoted one
// through UnmarshalText (strict RFC 3339). The value is kept in UTC.
bool parseTimestamp(const NodePtr &node, QDateTime *out)
{
    const std::optional<Yaml::Timestamp> t = node->isPlainScalar() ? Yaml::parseYamlV3Timestamp(node->scalar())
                                                                   : Yaml::parseRfc3339(node->scalar());
    if (!t)
        return false;
    const QDateTime utc = t->toUtc();
    if (!utc.isValid())
        return false;
    *out = utc;
    return true;
}

class ManifestDecoder : public FieldReader
{
public:
    using FieldReader::FieldReader;
    void decodeManifest(const NodePtr &root);
};

void ManifestDecoder::decodeManifest(const NodePtr &root)
{
    static const QRegularExpression urlRe(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+"));

    Manifest &m = m_ctx.out.declaration.manifest;
    const QString file = m.file;
    Where w{file, QString(), root->mark()};


    Where wv = located(root, QStringLiteral("version"), w, &m.version);
    if (!m.version.present) {
        report(DiagnosticCode::ManifestVersionMissing,
            StudioTr::tr("`version` is missing; write the plugin version, e.g. version: 0.0.1."), wv);
    } else if (!isValidIdentifierVersion(m.version.value)) {
        report(DiagnosticCode::ManifestVersionFormat,
            StudioTr::tr("Version \"%1\" is not valid; write three numbers like 1.0.0 (optionally -suffix).").arg(m.version.value),
            wv);
    } else if (!isValidManifestVersion(m.version.value)) {
        report(DiagnosticCode::ManifestVersionComponents,
            StudioTr::tr("Version \"%1\" is not valid; write exactly three numbers like 1.0.0 (optionally -suffix).")
                .arg(m.version.value),
            wv);
    }
    if (m.version.present && isValidManifestVersion(m.version.value) && !isPep440(m.version.value))
        report(DiagnosticCode::ManifestVersionPep440,
            StudioTr::tr("Version \"%1\" is not a valid PEP 440 version, which the Python SDK requires; use a suffix such as "
               "-beta, -rc1, -post1 or -dev1.")
                .arg(m.version.value),
            wv);

    Where wty = located(root, QStringLiteral("type"), w, &m.type);
    if (m.type.value != QLatin1String("plugin"))
        report(DiagnosticCode::ManifestTypeInvalid,
            StudioTr::tr("`type` must be \"plugin\" (found \"%1\").").arg(m.type.value), wty);

    Where wa = located(root, QStringLiteral("author"), w, &m.author);
    if (codePoints(m.author.value) > 64)
        report(DiagnosticCode::ManifestAuthorTooLong,
            StudioTr::tr("`author` is longer than 64 characters."), wa);
    if (!isValidAuthor(m.author.value)) {
        report(DiagnosticCode::ManifestAuthorFormat,
            StudioTr::tr("Author \"%1\" is not valid: use 1–64 lowercase letters, digits, '_' or '-'.").arg(m.author.value), wa);
        if (!isValidSdkAuthor(m.author.value))
            report(DiagnosticCode::ManifestAuthorSdk,
                StudioTr::tr("The Python SDK also refuses author \"%1\".").arg(m.author.value), wa);
    } else if (isUuid(m.author.value)) {
        report(DiagnosticCode::ManifestAuthorUuid,
            StudioTr::tr("Author \"%1\" looks like a UUID, which the daemon reserves for remote-debug plugins; use your "
               "account or organisation name.")
                .arg(m.author.value),
            wa);
    }

    Where wn = located(root, QStringLiteral("name"), w, &m.name);
    if (m.name.value.isEmpty())
        report(DiagnosticCode::ManifestNameMissing, StudioTr::tr("`name` is empty; give the plugin a name."), wn);
    else if (codePoints(m.name.value) > 128)
        report(DiagnosticCode::ManifestNameTooLong, StudioTr::tr("`name` is longer than 128 characters."), wn);
    if (!isValidPluginName(m.name.value))
        report(DiagnosticCode::ManifestNameFormat,
            StudioTr::tr("Name \"%1\" is not valid: use 1–128 lowercase letters, digits, '_' or '-'.").arg(m.name.value), wn);

    NodePtr lab = field(root, QStringLiteral("label"), w);
    m.label = i18n(lab, at(w, QStringLiteral("label"), lab));
    requireI18n(m.label, at(w, QStringLiteral("label"), lab), QStringLiteral("label"), true);
    NodePtr desc = field(root, QStringLiteral("description"), w);
    m.description = i18n(desc, at(w, QStringLiteral("description"), desc));
    requireI18n(m.description, at(w, QStringLiteral("description"), desc), QStringLiteral("description"), true);

    Where wi = located(root, QStringLiteral("icon"), w, &m.icon);
    if (m.icon.value.isEmpty())
        report(DiagnosticCode::ManifestIconMissing,
            StudioTr::tr("`icon` is missing; name an icon file in _assets/ (e.g. icon: icon.svg)."), wi);
    else if (codePoints(m.icon.value) > 128)
        report(DiagnosticCode::ManifestIconTooLong, StudioTr::tr("`icon` is longer than 128 characters."), wi);
    checkIcon(m.icon.value, wi, StudioTr::tr("Plugin icon"));
    Where wid = located(root, QStringLiteral("icon_dark"), w, &m.iconDark);
    checkIcon(m.iconDark.value, wid, StudioTr::tr("Plugin dark icon"));

    // resource
    NodePtr res = field(root, QStringLiteral("resource"), w);
    Where wr = at(w, QStringLiteral("resource"), res);
    if (expectMapping(res, wr, QStringLiteral("resource"))) {
        NodePtr mem = field(res, QStringLiteral("memory"), wr);
        Where wm = at(wr, QStringLiteral("memory"), mem);
        m.memory.mark = wm.mark;
        if (auto i = integer(mem, wm)) {
            m.memory.value = *i;
            m.memory.present = true;
        }
        NodePtr perm = field(res, QStringLiteral("permission"), wr);
        Where wp = at(wr, QStringLiteral("permission"), perm);
        if (expectMapping(perm, wp, QStringLiteral("resource.permission"))) {
            Permissions &p = m.permissions;
            auto flag = [&](const QString &block, const QString &key, bool *out) {
                NodePtr b = field(perm, block, wp);
                Where wb = at(wp, block, b);
                if (!expectMapping(b, wb, block))
                    return b;
                NodePtr v = field(b, key, wb);
                *out = boolean(v, at(wb, key, v));
                return b;
            };
            flag(QStringLiteral("tool"), QStringLiteral("enabled"), &p.tool);
            NodePtr mb = flag(QStringLiteral("model"), QStringLiteral("enabled"), &p.model);
            if (mb && mb->isMapping()) {
                Where wb = at(wp, QStringLiteral("model"), mb);
                auto sub = [&](const char *key, bool *out) {
                    NodePtr v = field(mb, QString::fromLatin1(key), wb);
                    *out = boolean(v, at(wb, QString::fromLatin1(key), v));
                };
                sub("llm", &p.llm);
                sub("text_embedding", &p.textEmbedding);
                sub("rerank", &p.rerank);
                sub("tts", &p.tts);
                sub("speech2text", &p.speech2text);
                sub("moderation", &p.moderation);
            }
            flag(QStringLiteral("node"), QStringLiteral("enabled"), &p.node);
            flag(QStringLiteral("endpoint"), QStringLiteral("enabled"), &p.endpoint);
            flag(QStringLiteral("app"), QStringLiteral("enabled"), &p.app);
            NodePtr sb = flag(QStringLiteral("storage"), QStringLiteral("enabled"), &p.storage);
            if (sb && sb->isMapping()) {
                p.storageBlockPresent = true;
                Where wsb = at(wp, QStringLiteral("storage"), sb);
                NodePtr sz = field(sb, QStringLiteral("size"), wsb);
                Where wsz = at(wsb, QStringLiteral("size"), sz);
                if (auto i = integer(sz, wsz))
                    p.storageSize = *i;
                if (p.storageSize < 1024 || p.storageSize > 1073741824)
                    report(DiagnosticCode::ManifestStorageSize,
                        sz ? StudioTr::tr("Storage size %1 is out of range; write a size in bytes between 1024 and 1073741824 "
                                "(e.g. 1048576), even when storage is disabled.")
                                 .arg(p.storageSize)
                           : StudioTr::tr("The storage block has no `size`; add a size in bytes between 1024 and 1073741824 "
                                "(e.g. size: 1048576)."),
                        sz ? wsz : wsb);
            }
        }
    }
    if (!m.memory.present || m.memory.value == 0)
        report(DiagnosticCode::ManifestMemoryMissing,
            StudioTr::tr("resource.memory is missing or 0; write the memory limit in bytes (e.g. 268435456)."),
            Where{file, QStringLiteral("resource.memory"), m.memory.present ? m.memory.mark : wr.mark});

    // plugins
    NodePtr plugins = field(root, QStringLiteral("plugins"), w);
    Where wpl = at(w, QStringLiteral("plugins"), plugins);
    if (!plugins || plugins->isNull()) {
        report(DiagnosticCode::ManifestPluginsMissing,
            StudioTr::tr("`plugins` is missing; list the provider YAML files (e.g. plugins: {tools: [provider/x.yaml]})."), wpl);
    } else if (expectMapping(plugins, wpl, QStringLiteral("plugins"))) {
        auto list = [&](const char *key, QStringList *out) {
            NodePtr l = field(plugins, QString::fromLatin1(key), wpl);
            *out = stringList(l, at(wpl, QString::fromLatin1(key), l));
            if (out->size() > 1)
                report(DiagnosticCode::ManifestPluginsMultiple,
                    StudioTr::tr("plugins.%1 lists %2 files but the daemon keeps only the last one (the SDK loads all); "
                       "declare exactly one provider per kind.")
                        .arg(QString::fromLatin1(key))
                        .arg(out->size()),
                    at(wpl, QString::fromLatin1(key), l));
        };
        list("tools", &m.tools);
        list("models", &m.models);
        list("endpoints", &m.endpoints);
        list("agent_strategies", &m.agentStrategies);
        list("datasources", &m.datasources);
        list("triggers", &m.triggers);
    }

    // meta
    NodePtr meta = field(root, QStringLiteral("meta"), w);
    Where wme = at(w, QStringLiteral("meta"), meta);
    if (!meta || meta->isNull()) {
        report(DiagnosticCode::ManifestMetaMissing,
            StudioTr::tr("`meta` is missing; add version, arch and runner."), wme);
    } else if (expectMapping(meta, wme, QStringLiteral("meta"))) {
        Where wmv = located(meta, QStringLiteral("version"), wme, &m.metaVersion);
        if (!isValidManifestVersion(m.metaVersion.value))
            report(DiagnosticCode::ManifestMetaVersionFormat,
                StudioTr::tr("meta.version \"%1\" is not valid; write 0.0.1.").arg(m.metaVersion.value), wmv);
        NodePtr arch = field(meta, QStringLiteral("arch"), wme);
        Where war = at(wme, QStringLiteral("arch"), arch);
        m.arch = stringList(arch, war);
        if (!arch || arch->isNull())
            report(DiagnosticCode::ManifestMetaArchMissing,
                StudioTr::tr("meta.arch is missing; write arch: [amd64, arm64]."), war);
        for (const QString &a : std::as_const(m.arch)) {
            if (a != QLatin1String("amd64") && a != QLatin1String("arm64"))
                report(DiagnosticCode::ManifestMetaArchInvalid,
                    StudioTr::tr("Architecture \"%1\" is not supported; use amd64 and/or arm64.").arg(a), war);
        }
        NodePtr runner = field(meta, QStringLiteral("runner"), wme);
        Where wru = at(wme, QStringLiteral("runner"), runner);
        if (!runner || runner->isNull()) {
            report(DiagnosticCode::ManifestMetaRunnerMissing,
                StudioTr::tr("meta.runner is missing; write runner: {language: python, version: \"3.12\", entrypoint: main}."),
                wru);
        } else if (expectMapping(runner, wru, QStringLiteral("meta.runner"))) {
            Where wl = located(runner, QStringLiteral("language"), wru, &m.runnerLanguage);
            if (m.runnerLanguage.value != QLatin1String("python"))
                report(DiagnosticCode::ManifestMetaRunnerLanguage,
                    StudioTr::tr("Runner language \"%1\" is not supported; write language: python.").arg(m.runnerLanguage.value),
                    wl);
            NodePtr rv = field(runner, QStringLiteral("version"), wru);
            Where wrv = located(runner, QStringLiteral("version"), wru, &m.runnerVersion);
            if (m.runnerVersion.value.isEmpty())
                report(DiagnosticCode::ManifestMetaRunnerVersionMissing,
                    StudioTr::tr("meta.runner.version is missing; write version: \"3.12\"."), wrv);
            else if (codePoints(m.runnerVersion.value) > 128)
                report(DiagnosticCode::ManifestMetaRunnerVersionTooLong,
                    StudioTr::tr("meta.runner.version is longer than 128 characters."), wrv);
            if (rv && rv->isPlainScalar() && rv->toDouble().has_value()) {
                const bool lossy = QString::number(*rv->toDouble()) != rv->scalar();
                reportAt(lossy ? DiagnosticCode::ManifestMetaRunnerVersionLossy
                               : DiagnosticCode::ManifestMetaRunnerVersionUnquoted,
                    lossy ? StudioTr::tr("Unquoted runner version %1 is read by the Python SDK as the number %2 and refused; "
                               "quote it: version: \"%1\".")
                                .arg(rv->scalar(), QString::number(*rv->toDouble()))
                          : StudioTr::tr("Quote the runner version (version: \"%1\"): the Python SDK reads a bare %1 as a "
                               "number.")
                                .arg(rv->scalar()),
                    file, wrv.mark, wrv.path);
            }
            Where we = located(runner, QStringLiteral("entrypoint"), wru, &m.runnerEntrypoint);
            if (m.runnerEntrypoint.value.isEmpty())
                report(DiagnosticCode::ManifestMetaRunnerEntrypointMissing,
                    StudioTr::tr("meta.runner.entrypoint is missing; write entrypoint: main."), we);
            else if (codePoints(m.runnerEntrypoint.value) > 256)
                report(DiagnosticCode::ManifestMetaRunnerEntrypointTooLong,
                    StudioTr::tr("meta.runner.entrypoint is longer than 256 characters."), we);
            else if (!remote() && !m_ctx.in.files->contains(m.runnerEntrypoint.value + QStringLiteral(".py")))
                report(DiagnosticCode::ManifestMetaRunnerEntrypointNotfound,
                     StudioTr::tr("The entrypoint module %1.py does not exist; the plugin will not start.")
                         .arg(m.runnerEntrypoint.value),
                     we);
        }
        Where wmd = located(meta, QStringLiteral("minimum_dify_version"), wme, &m.minimumDifyVersion);
        if (!m.minimumDifyVersion.value.isEmpty() && !isPep440(m.minimumDifyVersion.value))
            report(DiagnosticCode::ManifestMetaMinimumDifyVersionFormat,
                StudioTr::tr("minimum_dify_version \"%1\" is not a valid version; write e.g. 1.7.0.")
                    .arg(m.minimumDifyVersion.value),
                wmd);
    }

    // tags
    NodePtr tags = field(root, QStringLiteral("tags"), w);
    Where wt = at(w, QStringLiteral("tags"), tags);
    m.tags = stringList(tags, wt);
    checkTags(m.tags, wt, QStringLiteral("manifest"));

    // created_at
    NodePtr ca = field(root, QStringLiteral("created_at"), w);
    Where wca = at(w, QStringLiteral("created_at"), ca);
    m.createdAt.mark = wca.mark;
    if (ca && !ca->isNull()) {
        if (!ca->isScalar()) {
            report(DiagnosticCode::ManifestCreatedAtFormat,
                StudioTr::tr("created_at must be a timestamp such as 2026-01-02T03:04:05Z."), wca);
        } else {
            QDateTime t;
            if (parseTimestamp(ca, &t)) {
                m.createdAt.value = t;
                m.createdAt.present = true;
            } else {
                report(DiagnosticCode::ManifestCreatedAtFormat,
                    ca->isPlainScalar()
                        ? StudioTr::tr("created_at \"%1\" is not a timestamp; write RFC 3339 with a zone, e.g. "
                             "2026-01-02T03:04:05Z.")
                              .arg(ca->scalar())
                        : StudioTr::tr("Quoted created_at \"%1\" must be RFC 3339 with a time zone (e.g. "
                             "\"2026-01-02T03:04:05Z\"); add the zone or remove the quotes.")
                              .arg(ca->scalar()),
                    wca);
            }
        }
    }
    if (!m.createdAt.present && !(ca && ca->isScalar() && !ca->isNull()))
        report(DiagnosticCode::ManifestCreatedAtMissing,
            StudioTr::tr("created_at is missing; write the creation time, e.g. created_at: 2026-01-02T03:04:05Z."), wca);

    located(root, QStringLiteral("privacy"), w, &m.privacy);
    NodePtr repoNode = field(root, QStringLiteral("repo"), w);
    Where wrepo = located(root, QStringLiteral("repo"), w, &m.repo);
    if (repoNode && !repoNode->isNull() && !urlRe.match(m.repo.value).hasMatch())
        report(DiagnosticCode::ManifestRepoUrl,
            StudioTr::tr("`repo` must be a URL with scheme and host (e.g. https://github.com/me/plugin); remove the key if "
               "there is none."),
            wrepo);
    NodePtr verified = field(root, QStringLiteral("verified"), w);
    boolean(verified, at(w, QStringLiteral("verified"), verified));
}

} // namespace

void decodeManifest(DecodeContext &ctx, const NodePtr &root)
{
    ManifestDecoder(ctx).decodeManifest(root);
}

} // namespace Studio::Plugin::Detail
