// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/validator.h"
#include "core/common/tr.h"

#include "core/plugin/decoder_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Studio::Plugin {

namespace {


void addWarning(ValidationReport &r, Layer layer, const QString &code, const QString &message, const QString &file,
                int line = 0, int column = 0, const QString &path = {})
{
    Diagnostic d;
    d.severity = Severity::Warning;
    d.layer = layer;
    d.code = code;
    d.message = message;
    d.file = file;
    d.line = line;
    d.column = column;
    d.path = path;
    r.add(d);
}

bool containsCjk(const QString &s)
{
    for (QChar c : s) {
        const ushort u = c.unicode();
        if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF))
            return true;
    }
    return false;
}

bool looksLikePlaceholder(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 40)
        return true;
    static const QRegularExpression re(
        QStringLiteral("(?:\\bTODO\\b|\\bTBD\\b|lorem ipsum|\\bplaceholder\\b|!!!\\s*please|<your[ _-])"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(t).hasMatch();
}

// README, PRIVACY, pyproject, venv, created_at: REVIEW and Studio advice (formats.md §3.7, §0, §10.6).
void reviewRules(const FileSet &files, const Detail::DecodeOutput &out, const ValidationOptions &options,
                 ValidationReport &report)
{
    static const QRegularExpression readmeRe(QStringLiteral("^README_([a-z]{2}_[A-Za-z]{2,})\\.md$"));
    static const QRegularExpression rootReadmeRe(QStringLiteral("^README_[A-Za-z_]+\\.md$"));
    const QStringList paths = files.paths();
    const Manifest &m = out.declaration.manifest;

    if (!files.contains(QStringLiteral("README.md"))) {
        addWarning(report, Layer::Review, QStringLiteral("readme.missing"),
                   StudioTr::tr("There is no README.md at the plugin root; Dify shows it as the English description. Add one."),
                   QStringLiteral("README.md"));
    } else if (Result<QByteArray> data = files.read(QStringLiteral("README.md"))) {
        const QString text = QString::fromUtf8(*data);
        if (containsCjk(text))
            addWarning(report, Layer::Review, QStringLiteral("readme.cjk"),
                       StudioTr::tr("README.md contains Chinese characters; Marketplace review rejects that for the English "
                          "README. Move translations to readme/README_zh_Hans.md."),
                       QStringLiteral("README.md"));
        if (text.trimmed().isEmpty())
            addWarning(report, Layer::Review, QStringLiteral("readme.empty"), StudioTr::tr("README.md is empty; describe the plugin."),
                       QStringLiteral("README.md"));
    }
    bool pyproject = false, requirements = false;
    QSet<QString> rootDirs;
    for (const QString &p : paths) {
        const int slash = p.indexOf(QLatin1Char('/'));
        if (slash > 0)
            rootDirs.insert(p.left(slash));
        if (p == QLatin1String("pyproject.toml"))
            pyproject = true;
        if (p == QLatin1String("requirements.txt"))
            requirements = true;
        if (p.startsWith(QLatin1String("readme/"))) {
            const QString rest = p.mid(7);
            if (rest.contains(QLatin1Char('/')) || !readmeRe.match(rest).hasMatch())
                addWarning(report, Layer::Review, QStringLiteral("readme.name"),
                           StudioTr::tr("%1 is not detected as a translated README; name it readme/README_<lang>.md "
                              "(e.g. readme/README_zh_Hans.md) directly inside readme/.")
                               .arg(p),
                           p);
        } else if (slash < 0 && rootReadmeRe.match(p).hasMatch()) {
            addWarning(report, Layer::Review, QStringLiteral("readme.location"),
                       StudioTr::tr("%1 at the plugin root is not detected; move it to readme/%1.").arg(p), p);
        }
        if (slash < 0 && (p == QLatin1String(".env")))
            addWarning(report, Layer::Studio, QStringLiteral("secrets.env"),
                       StudioTr::tr(".env is part of the plugin files and would be packaged with its secrets; add it to "
                          ".difyignore."),
                       p);
    }
    for (const QString &d : std::as_const(rootDirs)) {
        if (d.startsWith(QLatin1String(".venv")) || d.startsWith(QLatin1String("venv")))
            addWarning(report, Layer::Review, QStringLiteral("venv.present"),
                       StudioTr::tr("The folder %1/ is a virtual environment; Marketplace CI refuses it. Delete it or add it "
                          "to .difyignore.")
                           .arg(d),
                       d + QLatin1Char('/'));
    }
    if (!pyproject)
        addWarning(report, Layer::Review, QStringLiteral("pyproject.missing"),
                   StudioTr::tr("There is no pyproject.toml; the official-plugins repository's CI (langgenius/dify-official-plugins) "
                                "requires it for every plugin. The Marketplace's CI (langgenius/dify-plugins) installs from "
                                "requirements.txt and does not need it."),
                   QStringLiteral("pyproject.toml"));
    if (!pyproject && !requirements)
        addWarning(report, Layer::Studio, QStringLiteral("dependencies.missing"),
                   StudioTr::tr("Neither requirements.txt nor pyproject.toml exists; the runtime cannot install dify_plugin."),
                   QStringLiteral("requirements.txt"));

    if (out.manifestDecoded) {
        if (m.privacy.value.isEmpty()) {
            addWarning(report, Layer::Review, QStringLiteral("privacy.missing"),
                       StudioTr::tr("`privacy` is not set; Marketplace requires a privacy policy (privacy: PRIVACY.md)."),
                       m.file, m.privacy.mark.line, m.privacy.mark.column, QStringLiteral("privacy"));
        } else if (!m.privacy.value.contains(QLatin1String("://"))) {
            if (!files.contains(m.privacy.value)) {
                addWarning(report, Layer::Review, QStringLiteral("privacy.notfound"),
                           StudioTr::tr("The privacy policy file \"%1\" does not exist; create it.").arg(m.privacy.value), m.file,
                           m.privacy.mark.line, m.privacy.mark.column, QStringLiteral("privacy"));
            } else if (Result<QByteArray> data = files.read(m.privacy.value)) {
                if (looksLikePlaceholder(QString::fromUtf8(*data)))
                    addWarning(report, Layer::Review, QStringLiteral("privacy.placeholder"),
                               StudioTr::tr("%1 looks like a placeholder; describe what data the plugin collects and sends.")
                                   .arg(m.privacy.value),
                               m.privacy.value);
            }
        }
        const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
        if (m.createdAt.present && m.createdAt.value > now)
            addWarning(report, Layer::Review, QStringLiteral("manifest.created_at.future"),
                       StudioTr::tr("created_at (%1) is in the future; use the current time (a check of the studio's own: no "
                                    "CI rule of the Marketplace looks at created_at).")
                           .arg(m.createdAt.value.toString(Qt::ISODate)),
                       m.file, m.createdAt.mark.line, m.createdAt.mark.column, QStringLiteral("created_at"));
    }
}

} // namespace

ValidationReport validatePlugin(const FileSet &files, const ValidationOptions &options)
{
    Detail::DecodeInput in;
    in.files = &files;
    Detail::DecodeOutput out = Detail::decode(in);
    ValidationReport all = out.report;
    // Folder walk problems: a symlink to a folder makes `dify plugin package` fail ("is a
    // directory"); broken links and over-deep trees are not packaged.
    if (const auto *dir = dynamic_cast<const DirectoryFileSet *>(&files)) {
        for (const QString &problem : dir->problems()) {
            Diagnostic d;
            d.layer = Layer::Pkg;
            d.code = QStringLiteral("file.walk");
            d.message = problem;
            d.file = problem.section(QLatin1Char(':'), 0, 0);
            all.add(d);
        }
    }
    if (files.contains(QStringLiteral("manifest.yaml")))
        reviewRules(files, out, options, all);

    ValidationReport report;
    for (Diagnostic d : all.diagnostics()) {
        switch (d.layer) {
        case Layer::Pkg:
        case Layer::Install:
            break;
        case Layer::Strict:
            if (options.level == ValidationLevel::Install)
                continue;
            if (options.importedPackage && d.severity == Severity::Error)
                d.severity = Severity::Warning;
            break;
        case Layer::Sdk:
            if (options.level != ValidationLevel::Sdk)
                continue;
            if (options.importedPackage && d.severity == Severity::Error)
                d.severity = Severity::Warning;
            break;
        case Layer::Review:
        case Layer::Studio:
            if (d.severity == Severity::Error)
                d.severity = Severity::Warning;
            break;
        }
        report.add(d);
    }
    report.sort();
    return report;
}

std::optional<ValidationLevel> parseValidationLevel(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("install"))
        return ValidationLevel::Install;
    if (t == QLatin1String("strict"))
        return ValidationLevel::Strict;
    if (t == QLatin1String("sdk"))
        return ValidationLevel::Sdk;
    return std::nullopt;
}

QString validationLevelName(ValidationLevel level)
{
    switch (level) {
    case ValidationLevel::Install: return QStringLiteral("install");
    case ValidationLevel::Strict: return QStringLiteral("strict");
    case ValidationLevel::Sdk: return QStringLiteral("sdk");
    }
    return QString();
}

// The stable diagnostic codes (shown by the GUI; tests check every emitted code is listed here).
const QList<DiagnosticCodeInfo> &diagnosticCodes()
{
    static const QList<DiagnosticCodeInfo> codes = [] {
        struct Row
        {
            const char *code;
            Layer layer;
            const char *summary;
        };
        static const Row rows[] = {
            // Decoding (yaml.v3 semantics): dify plugin package and the daemon's upload refuse these.
            {"yaml.syntax", Layer::Pkg, "The file is not valid YAML (syntax, encoding, size, depth or alias limits)."},
            {"yaml.key.duplicate", Layer::Pkg, "A known field or a map key is written twice."},
            {"yaml.type.mapping", Layer::Pkg, "A mapping was expected."},
            {"yaml.type.list", Layer::Pkg, "A list was expected."},
            {"yaml.type.string", Layer::Pkg, "A single value was expected, not a list or mapping."},
            {"yaml.type.bool", Layer::Pkg, "A boolean was expected (a quoted \"true\" is a string)."},
            {"yaml.type.int", Layer::Pkg, "An integer was expected (quoted numbers are strings)."},
            {"yaml.type.number", Layer::Pkg, "A number was expected."},
            {"yaml.type.i18n", Layer::Pkg, "A language mapping {en_US: ...} was expected."},
            {"manifest.missing", Layer::Pkg, "No manifest.yaml at the plugin root."},
            {"manifest.unreadable", Layer::Pkg, "manifest.yaml cannot be read."},
            {"manifest.not_mapping", Layer::Pkg, "manifest.yaml is not a YAML mapping."},
            {"manifest.created_at.format", Layer::Pkg, "created_at is not a valid timestamp."},
            {"file.missing", Layer::Pkg, "A referenced file does not exist."},
            {"file.unreadable", Layer::Pkg, "A referenced file cannot be read."},
            {"file.walk", Layer::Pkg, "A symlink to a folder, a broken symlink or an over-deep tree in the plugin folder."},
            {"file.reference.empty", Layer::Pkg, "An empty file reference."},
            {"model.rule.use_template.unknown", Layer::Pkg, "use_template names an unknown template."},
            {"model.pricing.decimal", Layer::Pkg, "A pricing value is not a decimal."},
            {"model.position.format", Layer::Pkg, "A _position.yaml file is not a list."},
            {"model.glob.empty", Layer::Pkg, "A models.<type>.predefined glob matches no file (warning)."},
            // Install (daemon upload, ManifestValidate, asset remap).
            {"manifest.version.format", Layer::Install, "The version does not match the version pattern."},
            {"manifest.author.format", Layer::Install, "The author is not lowercase letters, digits, _ or -."},
            {"manifest.author.uuid", Layer::Install, "The author is a UUID (reserved for remote debugging)."},
            {"manifest.name.format", Layer::Install, "The name is not lowercase letters, digits, _ or -."},
            {"manifest.plugins.none", Layer::Install, "No provider declared."},
            {"manifest.plugins.combination", Layer::Install, "Provider kinds that cannot be combined."},
            {"manifest.plugins.multiple", Layer::Install, "More than one file listed for one provider kind."},
            {"path.unclean", Layer::Install, "A path with ./, .., // or a leading /."},
            {"asset.missing", Layer::Install, "An icon file is missing from _assets/."},
            {"asset.ignored", Layer::Install, "An icon file is excluded by the ignore file."},
            {"file.ignored", Layer::Install, "A referenced file is excluded by the ignore file."},
            // Strict (Go struct tags).
            {"manifest.version.missing", Layer::Strict, "version is missing."},
            {"manifest.type.invalid", Layer::Strict, "type is not \"plugin\"."},
            {"manifest.author.too_long", Layer::Strict, "author longer than 64."},
            {"manifest.name.missing", Layer::Strict, "name is empty."},
            {"manifest.name.too_long", Layer::Strict, "name longer than 128."},
            {"manifest.icon.missing", Layer::Strict, "icon is missing."},
            {"manifest.icon.too_long", Layer::Strict, "icon longer than 128."},
            {"manifest.memory.missing", Layer::Strict, "resource.memory missing or 0."},
            {"manifest.storage.size", Layer::Strict, "storage size missing or outside [1024, 1073741824]."},
            {"manifest.plugins.missing", Layer::Strict, "plugins is missing."},
            {"manifest.meta.missing", Layer::Strict, "meta is missing."},
            {"manifest.meta.version.format", Layer::Strict, "meta.version does not match the version pattern."},
            {"manifest.meta.arch.missing", Layer::Strict, "meta.arch is missing."},
            {"manifest.meta.arch.invalid", Layer::Strict, "An architecture other than amd64/arm64."},
            {"manifest.meta.runner.missing", Layer::Strict, "meta.runner is missing."},
            {"manifest.meta.runner.language", Layer::Strict, "Runner language is not python."},
            {"manifest.meta.runner.version.missing", Layer::Strict, "Runner version missing."},
            {"manifest.meta.runner.version.too_long", Layer::Strict, "Runner version longer than 128."},
            {"manifest.meta.runner.entrypoint.missing", Layer::Strict, "Runner entrypoint missing."},
            {"manifest.meta.runner.entrypoint.too_long", Layer::Strict, "Runner entrypoint longer than 256."},
            {"manifest.created_at.missing", Layer::Strict, "created_at is missing."},
            {"manifest.repo.url", Layer::Strict, "repo is not a URL."},
            {"path.too_long", Layer::Strict, "A referenced path longer than 128."},
            {"i18n.en_US.missing", Layer::Strict, "A label/description without en_US."},
            {"i18n.too_long", Layer::Strict, "A translation of 1024 characters or more."},
            {"identity.missing", Layer::Strict, "identity is missing."},
            {"identity.author.missing", Layer::Strict, "identity.author is empty."},
            {"identity.name.missing", Layer::Strict, "identity.name is empty."},
            {"identity.name.format", Layer::Strict, "identity.name has characters other than letters, digits, _ -."},
            {"identity.icon.missing", Layer::Strict, "identity.icon is missing."},
            {"tag.invalid", Layer::Strict, "A tag outside the 19 Dify tags."},
            {"tag.too_long", Layer::Strict, "A tag longer than 128."},
            {"field.type.invalid", Layer::Strict, "A credential/setting type outside the allowed list."},
            {"field.name.too_long", Layer::Strict, "A field name of 1024 characters or more."},
            {"field.default.type", Layer::Strict, "A default that is a list or mapping."},
            {"field.default.too_long", Layer::Strict, "A model credential default of 256 characters or more."},
            {"field.options.too_many", Layer::Strict, "128 options or more."},
            {"option.value.missing", Layer::Strict, "An option without value."},
            {"option.value.too_long", Layer::Strict, "An option value longer than 127."},
            {"scope.invalid", Layer::Strict, "A scope with no valid &-part for its type."},
            {"scope.unexpected", Layer::Strict, "A scope on a type that takes none (or on a datasource parameter)."},
            {"parameter.name.missing", Layer::Strict, "A parameter without name."},
            {"parameter.name.too_long", Layer::Strict, "A parameter name of 1024 characters or more."},
            {"parameter.type.invalid", Layer::Strict, "A parameter type outside the list for its declaration kind."},
            {"parameter.form.invalid", Layer::Strict, "A tool parameter form other than llm/form/schema."},
            {"parameter.default.type", Layer::Strict, "A parameter default that is a list or mapping."},
            {"parameter.auto_generate.type", Layer::Strict, "auto_generate.type other than prompt_instruction."},
            {"tool.description.missing", Layer::Strict, "A tool without description."},
            {"tool.description.llm.missing", Layer::Strict, "A tool without description.llm."},
            {"model.provider.missing", Layer::Strict, "provider is empty."},
            {"model.provider.too_long", Layer::Strict, "provider of 256 characters or more."},
            {"model.supported_model_types.missing", Layer::Strict, "supported_model_types is missing."},
            {"model.supported_model_types.too_many", Layer::Strict, "More than 16 model types."},
            {"model.configurate_methods.missing", Layer::Strict, "configurate_methods is missing."},
            {"model.configurate_method.invalid", Layer::Strict, "A configurate method other than predefined/customizable."},
            {"model.credential.variable.missing", Layer::Strict, "A model credential field without variable."},
            {"model.credential.type.invalid", Layer::Strict, "A model credential type outside the list."},
            {"model.credentials.too_many", Layer::Strict, "More than 32 credential fields."},
            {"model.name.missing", Layer::Strict, "A model file without model."},
            {"model.name.too_long", Layer::Strict, "A model name of 256 characters or more."},
            {"model.type.invalid", Layer::Strict, "A model type outside the list."},
            {"model.fetch_from.invalid", Layer::Strict, "fetch_from other than predefined/customizable-model."},
            {"model.rules.too_many", Layer::Strict, "More than 128 parameter rules."},
            {"model.rule.name.missing", Layer::Strict, "A parameter rule without name."},
            {"model.rule.type.missing", Layer::Strict, "A rule without type and without use_template."},
            {"model.rule.type.invalid", Layer::Strict, "A rule type outside float/int/string/boolean/text."},
            {"model.rule.default.type", Layer::Strict, "A rule default that is a list or mapping."},
            {"endpoint.path.missing", Layer::Strict, "An endpoint without path."},
            {"endpoint.method.invalid", Layer::Strict, "An endpoint method outside HEAD/GET/POST/PUT/DELETE/OPTIONS."},
            {"strategy.feature.too_long", Layer::Strict, "A strategy feature of 256 characters or more."},
            {"datasource.provider_type.invalid", Layer::Strict, "provider_type outside the three datasource types."},
            // SDK (Python SDK start-up).
            {"manifest.version.pep440", Layer::Sdk, "The version is not PEP 440."},
            {"manifest.author.sdk", Layer::Sdk, "The author fails the SDK pattern too."},
            {"manifest.meta.runner.version.unquoted", Layer::Sdk, "Bare runner version (error when PyYAML changes it)."},
            {"manifest.meta.minimum_dify_version.format", Layer::Sdk, "minimum_dify_version is not a version."},
            {"python.source.missing", Layer::Sdk, "No extra.python.source (or provider_source)."},
            {"python.source.notfound", Layer::Sdk, "extra.python.source names a missing file."},
            {"declaration.inline", Layer::Sdk, "An inline declaration (daemon only)."},
            {"tag.sdk.unsupported", Layer::Sdk, "A tag the SDK refuses for this provider kind."},
            {"tool.credentials.list_form", Layer::Sdk, "credentials_for_provider written as a list."},
            {"tool.credentials.sdk_invisible", Layer::Sdk, "credentials_schema only (invisible to the SDK) (warning)."},
            {"datasource.credentials.map_form", Layer::Sdk, "Datasource credentials written as a mapping."},
            {"trigger.subscription_schema.map_form", Layer::Sdk, "subscription_schema written as a mapping."},
            {"parameter.multiple.type", Layer::Sdk, "multiple on a type other than select/dynamic-select."},
            {"parameter.default.multiple", Layer::Sdk, "default list-ness does not match multiple."},
            {"option.value.ambiguous", Layer::Sdk, "An unquoted yes/no/on/off option value (warning)."},
            {"model.feature.invalid", Layer::Sdk, "A model feature outside the SDK enum."},
            {"model.properties.key", Layer::Sdk, "A model_properties key outside the SDK list."},
            {"strategy.feature.invalid", Layer::Sdk, "A strategy feature other than history-messages."},
            // Review (Marketplace) and Studio advice: always warnings.
            {"i18n.language.dropped", Layer::Review, "Language keys Dify ignores (zh_Hant, ko_KR, ...)."},
            {"readme.missing", Layer::Review, "No README.md."},
            {"readme.empty", Layer::Review, "README.md is empty."},
            {"readme.cjk", Layer::Review, "Chinese characters in the English README."},
            {"readme.name", Layer::Review, "A file under readme/ that is not README_<lang>.md."},
            {"readme.location", Layer::Review, "A README_<lang>.md at the root (not detected)."},
            {"privacy.missing", Layer::Review, "No privacy policy."},
            {"privacy.notfound", Layer::Review, "The privacy file does not exist."},
            {"privacy.placeholder", Layer::Review, "The privacy policy looks like a placeholder."},
            {"pyproject.missing", Layer::Review, "No pyproject.toml."},
            {"venv.present", Layer::Review, "A .venv*/venv* folder at the root."},
            {"manifest.created_at.future", Layer::Review, "created_at is in the future."},
            {"manifest.meta.runner.entrypoint.notfound", Layer::Studio, "The entrypoint module file is missing."},
            {"manifest.permission.endpoint", Layer::Studio, "Endpoints without the endpoint permission."},
            {"model.credential.required.implicit", Layer::Studio, "A model credential field without required:."},
            {"model.predefined.none", Layer::Studio, "predefined-model without any model declared."},
            {"dependencies.missing", Layer::Studio, "Neither requirements.txt nor pyproject.toml."},
            {"secrets.env", Layer::Studio, ".env would be packaged."},
        };
        QList<DiagnosticCodeInfo> out;
        for (const Row &r : rows)
            out.append({QString::fromLatin1(r.code), r.layer, QString::fromLatin1(r.summary)});
        return out;
    }();
    return codes;
}

} // namespace Studio::Plugin
