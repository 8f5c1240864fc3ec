// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one table of diagnostic codes (formats.md §0, §10): every finding the core reports names
// a row of it, and the row says the stable code, the layer, the severity, a short title and,
// where one applies, the fix. The validator reads the layer and severity from here (a call site
// only says what it found and where), the GUI shows the title and the fix, and tests/core/
// tst_validator.cpp checks that every row is emitted somewhere in the sources or is documented as
// reserved, and that no Diagnostic is built with a code outside the table.
//
// Adding a rule: add an enumerator below, its row in diagnosticcodes.cpp (same position), and
// report it with makeDiagnostic() / the decoder's report(). Adding a layer: extend Studio::Layer
// (core/common/diagnostic.h) and say in validator.cpp what each ValidationLevel does with it.
// Rows of another profile (the Marketplace's CI checks, Layer::Marketplace with their checkId) go
// in the same table, grouped under a comment of their own.
//
// One code string may have rows in two layers (manifest.version.format is INSTALL when the daemon
// refuses the version and STRICT when only the Go struct tag does), or two severities of one
// finding (an unquoted runner version is a warning, or an error when PyYAML changes its value).

#include "core/common/diagnostic.h"

#include <QList>
#include <QString>

#include <optional>

namespace Studio::Plugin {

enum class DiagnosticCode : quint16 {
    YamlSyntax,
    YamlKeyDuplicate,
    YamlTypeMapping,
    YamlTypeList,
    YamlTypeString,
    YamlTypeBool,
    YamlTypeInt,
    YamlTypeNumber,
    YamlTypeI18n,
    ManifestMissing,
    ManifestUnreadable,
    ManifestNotMapping,
    ManifestCreatedAtFormat,
    FileMissing,
    FileUnreadable,
    FileWalk,
    FileReferenceEmpty,
    ModelRuleUseTemplateUnknown,
    ModelPricingDecimal,
    ModelPositionFormat,
    ModelGlobEmpty,
    ManifestDecode,
    ManifestVersionFormat,
    ManifestAuthorFormat,
    ManifestAuthorUuid,
    ManifestNameFormat,
    ManifestPluginsNone,
    ManifestPluginsCombination,
    ManifestPluginsMultiple,
    PathUnclean,
    AssetMissing,
    AssetIgnored,
    FileIgnored,
    ManifestVersionMissing,
    ManifestVersionComponents,
    ManifestTypeInvalid,
    ManifestAuthorTooLong,
    ManifestNameMissing,
    ManifestNameTooLong,
    ManifestIconMissing,
    ManifestIconTooLong,
    ManifestMemoryMissing,
    ManifestStorageSize,
    ManifestPluginsMissing,
    ManifestMetaMissing,
    ManifestMetaVersionFormat,
    ManifestMetaArchMissing,
    ManifestMetaArchInvalid,
    ManifestMetaRunnerMissing,
    ManifestMetaRunnerLanguage,
    ManifestMetaRunnerVersionMissing,
    ManifestMetaRunnerVersionTooLong,
    ManifestMetaRunnerEntrypointMissing,
    ManifestMetaRunnerEntrypointTooLong,
    ManifestCreatedAtMissing,
    ManifestRepoUrl,
    PathTooLong,
    I18nEnUsMissing,
    I18nTooLong,
    IdentityMissing,
    IdentityAuthorMissing,
    IdentityNameMissing,
    IdentityNameFormat,
    IdentityIconMissing,
    TagInvalid,
    TagTooLong,
    FieldTypeInvalid,
    FieldNameTooLong,
    FieldDefaultType,
    FieldDefaultTooLong,
    FieldOptionsTooMany,
    OptionValueMissing,
    OptionValueTooLong,
    ScopeInvalid,
    ScopeUnexpected,
    ParameterNameMissing,
    ParameterNameTooLong,
    ParameterTypeInvalid,
    ParameterFormInvalid,
    ParameterDefaultType,
    ParameterAutoGenerateType,
    ToolDescriptionMissing,
    ToolDescriptionLlmMissing,
    ModelProviderMissing,
    ModelProviderTooLong,
    ModelSupportedModelTypesMissing,
    ModelSupportedModelTypesTooMany,
    ModelConfigurateMethodsMissing,
    ModelConfigurateMethodInvalid,
    ModelCredentialVariableMissing,
    ModelCredentialTypeInvalid,
    ModelCredentialsTooMany,
    ModelNameMissing,
    ModelNameTooLong,
    ModelTypeInvalid,
    ModelFetchFromInvalid,
    ModelRulesTooMany,
    ModelRuleNameMissing,
    ModelRuleTypeMissing,
    ModelRuleTypeInvalid,
    ModelRuleDefaultType,
    EndpointPathMissing,
    EndpointMethodInvalid,
    StrategyFeatureTooLong,
    DatasourceProviderTypeInvalid,
    BundleNameFormat,
    BundleVersionFormat,
    BundleTypeInvalid,
    BundleAuthorMissing,
    BundleIconMissing,
    BundleDependenciesMissing,
    BundleDependencyPattern,
    BundleDependencyType,
    ManifestVersionPep440,
    ManifestAuthorSdk,
    ManifestMetaRunnerVersionUnquoted,
    ManifestMetaRunnerVersionLossy,
    ManifestMetaMinimumDifyVersionFormat,
    PythonSourceMissing,
    PythonSourceNotfound,
    DeclarationInline,
    TagSdkUnsupported,
    ToolCredentialsListForm,
    ToolCredentialsSdkInvisible,
    DatasourceCredentialsMapForm,
    TriggerSubscriptionSchemaMapForm,
    ParameterMultipleType,
    ParameterDefaultMultiple,
    OptionValueAmbiguous,
    ModelFeatureInvalid,
    ModelPropertiesKey,
    StrategyFeatureInvalid,
    I18nLanguageDropped,
    ReadmeMissing,
    ReadmeEmpty,
    ReadmeCjk,
    ReadmeName,
    ReadmeLocation,
    PrivacyMissing,
    PrivacyNotfound,
    PrivacyPlaceholder,
    PyprojectMissing,
    VenvPresent,
    ManifestCreatedAtFuture,
    ManifestMetaRunnerEntrypointNotfound,
    ManifestPermissionEndpoint,
    ModelCredentialRequiredImplicit,
    ModelPredefinedNone,
    DependenciesMissing,
    SecretsEnv,
    PackageBeyondGit,
    PackageBeyondVenv,
    PackageBeyondPycache,
    PackageBeyondEnv,
    PackageBeyondPrivatekey,
    PackageBeyondDifypkg,
    PackageReferencedIgnored,
    PackageNameNormalization,
    PackageNameCase,
    StudioProjectMissing,
    Count_ // not a code
};

struct DiagnosticCodeInfo
{
    DiagnosticCode id;
    const char *code;     // stable, e.g. "manifest.version.format"
    Layer layer;
    Severity severity;    // the severity before a ValidationLevel filters or downgrades it
    const char *title;    // source text (context "Studio"); see titleText()
    const char *fix;      // source text of the fix, nullptr when the message itself must say it
    const char *checkId = nullptr;  // the Marketplace CI's check id (Layer::Marketplace rows)
    const char *reserved = nullptr; // why the code is declared but not emitted yet (nullptr: emitted)

    QString codeText() const { return QString::fromLatin1(code); }
    QString titleText() const; // translated
    QString fixText() const;   // translated; empty when there is none
};

// Every row, in table order (one per DiagnosticCode).
const QList<DiagnosticCodeInfo> &diagnosticCodes();
const DiagnosticCodeInfo &diagnosticCodeInfo(DiagnosticCode code);
// The first row with this code string and, when given, this layer; nullptr when there is none.
const DiagnosticCodeInfo *findDiagnosticCode(const QString &code, std::optional<Layer> layer = std::nullopt);

// A Diagnostic of that row: code, layer and severity from the table, the rest as given.
Diagnostic makeDiagnostic(DiagnosticCode code, const QString &message, const QString &file = QString(), int line = 0,
                          int column = 0, const QString &path = QString());

} // namespace Studio::Plugin
