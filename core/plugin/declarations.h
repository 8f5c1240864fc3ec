// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The typed model of a Dify plugin: manifest.yaml and every declaration kind (formats.md §1–2, §4).
// Plain value types. Every field that came from YAML can tell where (`Located<T>::mark`), so the
// validator and the GUI can point at the exact line. Fields may be ADDED by later work; do not
// rename or remove existing ones (runtime, debug, workspace and the GUI use them).

#include "core/plugin/i18ntext.h"
#include "core/yaml/yamlnode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Studio::Plugin {

template<typename T>
struct Located
{
    T value{};
    Yaml::Mark mark;    // where the value is written; line 0 = absent
    bool present = false;
};

struct Option // select options of credentials and parameters
{
    QString value;
    I18nText label;
    QString icon;
    QJsonValue showOn; // SDK extra, kept as JSON
};

// A credential, setting, OAuth or subscription form field (ProviderConfig), or a model credential
// form field (then `name` holds `variable`).
struct ConfigField
{
    QString name;
    QString type; // secret-input, text-input, select, boolean, model-selector, app-selector, array[tools], radio, switch
    QString scope;
    bool required = false;
    bool requiredPresent = false;
    QJsonValue defaultValue;
    QList<Option> options;
    bool multiple = false;
    I18nText label, help, placeholder;
    QString url;
    int maxLength = 0;
    QJsonValue showOn;
    Yaml::Mark mark;
};

// A tool / agent-strategy / datasource / trigger-event parameter.
struct Parameter
{
    QString name;
    QString type;
    QString form;  // llm | form | schema (tools)
    QString scope;
    bool required = false;
    QJsonValue defaultValue;
    std::optional<double> min, max;
    std::optional<int> precision;
    bool multiple = false;
    QList<Option> options;
    I18nText label, humanDescription, help, description, placeholder;
    QString llmDescription;
    bool autoGenerate = false;
    bool templateEnabled = false;
    Yaml::Mark mark;
};

struct Identity
{
    QString author, name;
    I18nText label, description;
    QString icon, iconDark;
    QStringList tags;
    Yaml::Mark mark;
};

struct ToolDeclaration
{
    QString file; // relative path it was read from ("" when inline)
    Identity identity;
    I18nText humanDescription;
    QString llmDescription;
    QList<Parameter> parameters;
    QJsonObject outputSchema;
    bool hasRuntimeParameters = false;
    QString pythonSource;
};

struct ToolProvider
{
    QString file;
    Identity identity;
    QList<ConfigField> credentials; // credentials_schema or credentials_for_provider
    bool credentialsAsMap = false;  // written in map form (what the SDK reads)
    QList<ConfigField> oauthClientSchema, oauthCredentialsSchema;
    QList<ToolDeclaration> tools;
    QString pythonSource;
};

struct ModelParameterRule
{
    QString name, useTemplate, type;
    I18nText label, help;
    bool required = false;
    QJsonValue defaultValue;
    std::optional<double> min, max;
    std::optional<int> precision;
    QStringList options;
};

struct ModelDeclaration
{
    QString file;
    QString model;
    I18nText label;
    QString modelType; // llm, text-embedding, rerank, speech2text, moderation, tts, ...
    QStringList features;
    QString fetchFrom;
    QJsonObject modelProperties;
    bool deprecated = false;
    QList<ModelParameterRule> parameterRules;
    QJsonObject pricing;
};

struct ModelProvider
{
    QString file;
    QString provider;
    I18nText label, description;
    I18nText iconSmall, iconLarge, iconSmallDark, iconLargeDark;
    QString background;
    I18nText helpTitle, helpUrl;
    QStringList supportedModelTypes;
    QStringList configurateMethods;
    QList<ConfigField> providerCredentials;
    QList<ConfigField> modelCredentials;
    I18nText modelCredentialLabel, modelCredentialPlaceholder;
    QMap<QString, QStringList> predefinedGlobs; // "llm" -> ["models/llm/*.yaml"]
    QMap<QString, QString> positionFiles;       // "llm" -> "models/llm/_position.yaml"
    QList<ModelDeclaration> models;
    QString providerSource;
    QStringList modelSources;
};

struct AgentStrategy
{
    QString file;
    Identity identity;
    I18nText description;
    QList<Parameter> parameters;
    QJsonObject outputSchema;
    QStringList features;
    QString pythonSource;
};

struct AgentStrategyProvider
{
    QString file;
    Identity identity;
    QList<AgentStrategy> strategies;
    QString pythonSource;
};

struct Endpoint
{
    QString file;
    QString path, method;
    bool hidden = false;
    QString pythonSource;
};

struct EndpointGroup
{
    QString file;
    QList<ConfigField> settings;
    QList<Endpoint> endpoints;
};

struct Datasource
{
    QString file;
    Identity identity;
    I18nText description;
    QList<Parameter> parameters;
    QJsonObject outputSchema;
    QString pythonSource;
};

struct DatasourceProvider
{
    QString file;
    Identity identity;
    QString providerType; // website_crawl, online_document, online_drive
    QList<ConfigField> credentials;
    QList<ConfigField> oauthClientSchema, oauthCredentialsSchema;
    QList<Datasource> datasources;
    QString pythonSource;
};

struct TriggerEvent
{
    QString file;
    Identity identity;
    I18nText description;
    QList<Parameter> parameters;
    QJsonObject outputSchema;
    QString pythonSource;
};

struct TriggerProvider
{
    QString file;
    Identity identity;
    QList<ConfigField> subscriptionSchema;
    QList<Parameter> constructorParameters;
    QList<ConfigField> constructorCredentials;
    QList<ConfigField> oauthClientSchema, oauthCredentialsSchema;
    QList<TriggerEvent> events;
    QString pythonSource;
};

struct Permissions
{
    bool tool = false;
    bool model = false;
    bool llm = false, textEmbedding = false, rerank = false, tts = false, speech2text = false, moderation = false;
    bool node = false;
    bool endpoint = false;
    bool app = false;
    bool storage = false;
    qint64 storageSize = 0; // bytes; 0 = block absent
    bool storageBlockPresent = false;
};

struct Manifest
{
    QString file = QStringLiteral("manifest.yaml");
    Located<QString> version, type, author, name;
    I18nText label, description;
    Located<QString> icon, iconDark;
    Located<qint64> memory;
    Permissions permissions;
    QStringList tools, models, endpoints, agentStrategies, datasources, triggers; // plugins.*
    Located<QString> metaVersion;
    QStringList arch;
    Located<QString> runnerLanguage, runnerVersion, runnerEntrypoint;
    Located<QString> minimumDifyVersion;
    QStringList tags;
    Located<QDateTime> createdAt;
    Located<QString> privacy, repo;

    QString pluginId() const; // "author/name" (or "name" when author is empty)
};

// Category used for icons and the UI (formats.md §1.3, first match wins).
enum class Category { Tool, Model, Datasource, AgentStrategy, Trigger, Extension, Unknown };
QString categoryName(Category c); // "tool", "model", "datasource", "agent-strategy", "trigger", "extension"

// A whole plugin as loaded from a FileSet.
struct PluginDeclaration
{
    Manifest manifest;
    std::optional<ToolProvider> tool;
    std::optional<ModelProvider> model;
    std::optional<EndpointGroup> endpoint;
    std::optional<AgentStrategyProvider> agentStrategy;
    std::optional<DatasourceProvider> datasource;
    std::optional<TriggerProvider> trigger;

    Category category() const;
};

struct BundleDependency
{
    QString type;    // marketplace | github | package
    QString pattern; // marketplace_pattern, repo_pattern or path
    Yaml::Mark mark;
};

struct BundleManifest
{
    QString name, version, author, type, icon;
    I18nText labels, description;
    QStringList tags;
    QList<BundleDependency> dependencies;
};

} // namespace Studio::Plugin
