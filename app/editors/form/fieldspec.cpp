// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/form/fieldspec.h"
#include "core/common/tr.h"
#include "core/plugin/pluginid.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Studio::App {


static const QStringList &tagChoices()
{
    static const QStringList tags{QStringLiteral("search"), QStringLiteral("image"), QStringLiteral("videos"),
                                  QStringLiteral("weather"), QStringLiteral("finance"), QStringLiteral("design"),
                                  QStringLiteral("travel"), QStringLiteral("social"), QStringLiteral("news"),
                                  QStringLiteral("medical"), QStringLiteral("productivity"), QStringLiteral("education"),
                                  QStringLiteral("business"), QStringLiteral("entertainment"), QStringLiteral("utilities"),
                                  QStringLiteral("agent"), QStringLiteral("rag"), QStringLiteral("other"), QStringLiteral("trigger")};
    return tags;
}

static QList<FieldSpec> optionFields()
{
    return {{QStringLiteral("value"), StudioTr::tr("Value"), FieldKind::Text, {}, StudioTr::tr("The value sent to the plugin."), {}, true, {}, {}},
            {QStringLiteral("label"), StudioTr::tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}}};
}

QList<FieldSpec> providerConfigFields()
{
    return {
        {QStringLiteral("name"), StudioTr::tr("Name"), FieldKind::Text, {}, StudioTr::tr("Key of the value in the credentials dictionary."), {}, true, {}, {}},
        {QStringLiteral("type"), StudioTr::tr("Type"), FieldKind::Choice,
         {QStringLiteral("secret-input"), QStringLiteral("text-input"), QStringLiteral("select"), QStringLiteral("boolean"),
          QStringLiteral("model-selector"), QStringLiteral("app-selector"), QStringLiteral("array[tools]")},
         StudioTr::tr("tool-selector and dataset-selector are not accepted by the daemon."), {}, true, {}, {}},
        {QStringLiteral("required"), StudioTr::tr("Required"), FieldKind::Bool, {}, {}, {}, false, {}, {}},
        {QStringLiteral("label"), StudioTr::tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
        {QStringLiteral("placeholder"), StudioTr::tr("Placeholder"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
        {QStringLiteral("help"), StudioTr::tr("Help"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
        {QStringLiteral("url"), StudioTr::tr("Help URL"), FieldKind::Text, {}, {}, {}, false, {}, {}},
        {QStringLiteral("scope"), StudioTr::tr("Scope"), FieldKind::Text, {},
         StudioTr::tr("Only for app-selector (all, chat, workflow, completion) and model-selector (llm, text-embedding, rerank…); "
            "several joined with '&'."), {}, false, {}, {}},
        {QStringLiteral("options"), StudioTr::tr("Options"), FieldKind::List, {}, StudioTr::tr("Choices of a select field."), {}, false, optionFields(), QStringLiteral("value")},
    };
}

// A model provider's credential form field (provider_credential_schema / model_credential_schema):
// keyed by `variable`, with its own type list.
static QList<FieldSpec> modelCredentialFields()
{
    return {
        {QStringLiteral("variable"), StudioTr::tr("Variable"), FieldKind::Text, {}, StudioTr::tr("Key of the value in the credentials dictionary."), {}, true, {}, {}},
        {QStringLiteral("type"), StudioTr::tr("Type"), FieldKind::Choice,
         {QStringLiteral("secret-input"), QStringLiteral("text-input"), QStringLiteral("select"), QStringLiteral("radio"), QStringLiteral("switch")},
         {}, {}, true, {}, {}},
        {QStringLiteral("required"), StudioTr::tr("Required"), FieldKind::Bool, {}, StudioTr::tr("Write it: the daemon defaults to false, the SDK to true."), {}, false, {}, {}},
        {QStringLiteral("label"), StudioTr::tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
        {QStringLiteral("placeholder"), StudioTr::tr("Placeholder"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
        {QStringLiteral("help"), StudioTr::tr("Help"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
        {QStringLiteral("url"), StudioTr::tr("Help URL"), FieldKind::Text, {}, {}, {}, false, {}, {}},
        {QStringLiteral("default"), StudioTr::tr("Default"), FieldKind::Text, {}, {}, {}, false, {}, {}},
        {QStringLiteral("max_length"), StudioTr::tr("Maximum length"), FieldKind::Integer, {}, {}, {}, false, {}, {}},
        {QStringLiteral("options"), StudioTr::tr("Options"), FieldKind::List, {}, StudioTr::tr("Choices of a select or radio field."), {}, false, optionFields(), QStringLiteral("value")},
    };
}

static QList<FieldSpec> parameterFields(FormKind kind)
{
    QStringList types;
    if (kind == FormKind::Tool)
        types = {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"), QStringLiteral("select"),
                 QStringLiteral("secret-input"), QStringLiteral("file"), QStringLiteral("files"), QStringLiteral("app-selector"),
                 QStringLiteral("model-selector"), QStringLiteral("any"), QStringLiteral("dynamic-select"), QStringLiteral("array"),
                 QStringLiteral("object"), QStringLiteral("checkbox"), QStringLiteral("date"), QStringLiteral("date-range")};
    else if (kind == FormKind::AgentStrategy)
        types = {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"), QStringLiteral("select"),
                 QStringLiteral("secret-input"), QStringLiteral("file"), QStringLiteral("files"), QStringLiteral("app-selector"),
                 QStringLiteral("model-selector"), QStringLiteral("array[tools]"), QStringLiteral("any")};
    else if (kind == FormKind::Datasource)
        types = {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"), QStringLiteral("select"),
                 QStringLiteral("secret-input")};
    else
        types = {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"), QStringLiteral("select"),
                 QStringLiteral("file"), QStringLiteral("files"), QStringLiteral("model-selector"), QStringLiteral("app-selector"),
                 QStringLiteral("object"), QStringLiteral("array"), QStringLiteral("dynamic-select"), QStringLiteral("checkbox")};
    QList<FieldSpec> f{
        {QStringLiteral("name"), StudioTr::tr("Name"), FieldKind::Text, {}, StudioTr::tr("The key the plugin receives."), {}, true, {}, {}},
        {QStringLiteral("type"), StudioTr::tr("Type"), FieldKind::Choice, types, {}, {}, true, {}, {}},
        {QStringLiteral("required"), StudioTr::tr("Required"), FieldKind::Bool, {}, {}, {}, false, {}, {}},
        {QStringLiteral("label"), StudioTr::tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
    };
    if (kind == FormKind::Tool) {
        f << FieldSpec{QStringLiteral("human_description"), StudioTr::tr("Description"), FieldKind::I18n, {}, StudioTr::tr("Shown to the user."), {}, true, {}, {}};
        f << FieldSpec{QStringLiteral("form"), StudioTr::tr("Form"), FieldKind::Choice,
                       {QStringLiteral("llm"), QStringLiteral("form"), QStringLiteral("schema")},
                       StudioTr::tr("llm: filled by the model; form: set by the user before the run."), {}, true, {}, {}};
        f << FieldSpec{QStringLiteral("llm_description"), StudioTr::tr("LLM description"), FieldKind::MultiLine, {}, StudioTr::tr("Tells the model what to put here."), {}, false, {}, {}};
    } else if (kind == FormKind::Datasource || kind == FormKind::TriggerEvent) {
        f << FieldSpec{QStringLiteral("description"), StudioTr::tr("Description"), FieldKind::I18n, {}, {}, {}, kind == FormKind::Datasource, {}, {}};
    } else {
        f << FieldSpec{QStringLiteral("help"), StudioTr::tr("Help"), FieldKind::I18n, {}, {}, {}, false, {}, {}};
    }
    f << FieldSpec{QStringLiteral("options"), StudioTr::tr("Options"), FieldKind::List, {}, StudioTr::tr("Choices of a select parameter."), {}, false, optionFields(), QStringLiteral("value")};
    return f;
}

static QList<FieldSpec> identityFields(bool icon, bool description, bool tags)
{
    QList<FieldSpec> f{
        {QStringLiteral("identity.author"), StudioTr::tr("Author"), FieldKind::Text, {}, {}, {}, true, {}, {}},
        {QStringLiteral("identity.name"), StudioTr::tr("Name"), FieldKind::Text, {}, StudioTr::tr("Letters, digits, '_' and '-'."), QStringLiteral("^[a-zA-Z0-9_-]+$"), true, {}, {}},
        {QStringLiteral("identity.label"), StudioTr::tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
    };
    if (description)
        f << FieldSpec{QStringLiteral("identity.description"), StudioTr::tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}};
    if (icon) {
        f << FieldSpec{QStringLiteral("identity.icon"), StudioTr::tr("Icon"), FieldKind::Icon, {}, StudioTr::tr("A file in _assets/."), {}, true, {}, {}};
        f << FieldSpec{QStringLiteral("identity.icon_dark"), StudioTr::tr("Dark icon"), FieldKind::Icon, {}, StudioTr::tr("A file in _assets/ for dark mode."), {}, false, {}, {}};
    }
    if (tags)
        f << FieldSpec{QStringLiteral("identity.tags"), StudioTr::tr("Tags"), FieldKind::StringList, tagChoices(), {}, {}, false, {}, {}};
    return f;
}

static FieldSpec credentials(const QString &path, const QString &label, FieldKind shape, const QString &help = {})
{
    return {path, label, shape, {}, help, {}, false, providerConfigFields(), QStringLiteral("name")};
}

static QList<FieldSpec> oauthFields(const QString &prefix)
{
    return {credentials(prefix + QStringLiteral("oauth_schema.client_schema"), StudioTr::tr("OAuth client settings"), FieldKind::List,
                        StudioTr::tr("Entered by the administrator (client id, client secret…). A list only.")),
            credentials(prefix + QStringLiteral("oauth_schema.credentials_schema"), StudioTr::tr("OAuth credentials"), FieldKind::List,
                        StudioTr::tr("What the OAuth flow returns (access token…). A list only."))};
}

static FieldSpec fileList(const QString &path, const QString &label, const QString &help)
{
    return {path, label, FieldKind::List, {}, help, {}, false, {}, {}};
}

static FieldSpec pythonSource(const QString &path = QStringLiteral("extra.python.source"))
{
    return {path, StudioTr::tr("Python source"), FieldKind::Text, {}, StudioTr::tr("Module with exactly one subclass of the SDK's base class."), {}, true, {}, {}};
}

QList<FieldSpec> fieldTable(FormKind kind)
{
    const QString versionRe = Plugin::manifestVersionPattern();
    switch (kind) {
    case FormKind::Manifest:
        return {
            {QStringLiteral("version"), StudioTr::tr("Version"), FieldKind::Text, {}, StudioTr::tr("Like 0.0.1 or 1.2.3-beta."), versionRe, true, {}, {}},
            {QStringLiteral("author"), StudioTr::tr("Author"), FieldKind::Text, {}, StudioTr::tr("Lower-case letters, digits, '_' and '-'."), Plugin::authorPattern(), true, {}, {}},
            {QStringLiteral("name"), StudioTr::tr("Name"), FieldKind::Text, {}, StudioTr::tr("Lower-case letters, digits, '_' and '-'."), Plugin::pluginNamePattern(), true, {}, {}},
            {QStringLiteral("label"), StudioTr::tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
            {QStringLiteral("description"), StudioTr::tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
            {QStringLiteral("icon"), StudioTr::tr("Icon"), FieldKind::Icon, {}, StudioTr::tr("A file in _assets/."), {}, true, {}, {}},
            {QStringLiteral("icon_dark"), StudioTr::tr("Dark icon"), FieldKind::Icon, {}, StudioTr::tr("A file in _assets/ for dark mode."), {}, false, {}, {}},
            {QStringLiteral("resource.memory"), StudioTr::tr("Memory (bytes)"), FieldKind::Integer, {}, StudioTr::tr("268435456 = 256 MiB."), {}, true, {}, {}},
            {QStringLiteral("resource.permission"), StudioTr::tr("Permissions"), FieldKind::Permissions, {}, {}, {}, false, {}, {}},
            fileList(QStringLiteral("plugins.tools"), StudioTr::tr("Tool providers"), StudioTr::tr("At most one file.")),
            fileList(QStringLiteral("plugins.models"), StudioTr::tr("Model providers"), StudioTr::tr("Cannot be combined with anything else.")),
            fileList(QStringLiteral("plugins.endpoints"), StudioTr::tr("Endpoint groups"), StudioTr::tr("May be combined with tools only.")),
            fileList(QStringLiteral("plugins.agent_strategies"), StudioTr::tr("Agent strategies"), {}),
            fileList(QStringLiteral("plugins.datasources"), StudioTr::tr("Datasources"), {}),
            fileList(QStringLiteral("plugins.triggers"), StudioTr::tr("Triggers"), {}),
            {QStringLiteral("meta.version"), StudioTr::tr("Meta version"), FieldKind::Text, {}, {}, versionRe, true, {}, {}},
            {QStringLiteral("meta.arch"), StudioTr::tr("Architectures"), FieldKind::StringList, {QStringLiteral("amd64"), QStringLiteral("arm64")}, {}, {}, true, {}, {}},
            {QStringLiteral("meta.runner.language"), StudioTr::tr("Runner language"), FieldKind::Choice, {QStringLiteral("python")}, {}, {}, true, {}, {}},
            {QStringLiteral("meta.runner.version"), StudioTr::tr("Python version"), FieldKind::Choice,
             {QStringLiteral("3.12"), QStringLiteral("3.11"), QStringLiteral("3.10"), QStringLiteral("3.13")}, StudioTr::tr("Written quoted, as the SDK needs."), {}, true, {}, {}},
            {QStringLiteral("meta.runner.entrypoint"), StudioTr::tr("Entry point"), FieldKind::Text, {}, StudioTr::tr("Module name without .py (main)."), {}, true, {}, {}},
            {QStringLiteral("meta.minimum_dify_version"), StudioTr::tr("Minimum Dify version"), FieldKind::Text, {}, {}, {}, false, {}, {}},
            {QStringLiteral("tags"), StudioTr::tr("Tags"), FieldKind::StringList, tagChoices(), {}, {}, false, {}, {}},
            {QStringLiteral("created_at"), StudioTr::tr("Created at"), FieldKind::Text, {}, StudioTr::tr("RFC 3339 with a time zone, not in the future."), {}, true, {}, {}},
            {QStringLiteral("privacy"), StudioTr::tr("Privacy policy"), FieldKind::Text, {}, StudioTr::tr("PRIVACY.md or a URL (required by the Marketplace)."), {}, false, {}, {}},
            {QStringLiteral("repo"), StudioTr::tr("Repository"), FieldKind::Text, {}, StudioTr::tr("A full URL."), {}, false, {}, {}},
        };
    case FormKind::ToolProvider:
        return identityFields(true, true, true)
               + QList<FieldSpec>{credentials(QStringLiteral("credentials_for_provider"), StudioTr::tr("Credentials"), FieldKind::Map,
                                              StudioTr::tr("Written as a map (name: fields), the form the SDK reads."))}
               + oauthFields(QString())
               + QList<FieldSpec>{fileList(QStringLiteral("tools"), StudioTr::tr("Tools"), StudioTr::tr("Tool YAML files.")), pythonSource()};
    case FormKind::Tool:
        return identityFields(false, false, false)
               + QList<FieldSpec>{
                   {QStringLiteral("description.human"), StudioTr::tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
                   {QStringLiteral("description.llm"), StudioTr::tr("Description for the LLM"), FieldKind::MultiLine, {}, {}, {}, true, {}, {}},
                   {QStringLiteral("parameters"), StudioTr::tr("Parameters"), FieldKind::List, {}, {}, {}, false, parameterFields(FormKind::Tool), QStringLiteral("name")},
                   pythonSource()};
    case FormKind::ModelProvider:
        return {
            {QStringLiteral("provider"), StudioTr::tr("Provider"), FieldKind::Text, {}, {}, {}, true, {}, {}},
            {QStringLiteral("label"), StudioTr::tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
            {QStringLiteral("description"), StudioTr::tr("Description"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
            {QStringLiteral("icon_small.en_US"), StudioTr::tr("Small icon"), FieldKind::Icon, {}, {}, {}, true, {}, {}},
            {QStringLiteral("icon_large.en_US"), StudioTr::tr("Large icon"), FieldKind::Icon, {}, {}, {}, true, {}, {}},
            {QStringLiteral("background"), StudioTr::tr("Background"), FieldKind::Text, {}, StudioTr::tr("A CSS colour."), {}, false, {}, {}},
            {QStringLiteral("supported_model_types"), StudioTr::tr("Model types"), FieldKind::StringList,
             {QStringLiteral("llm"), QStringLiteral("text-embedding"), QStringLiteral("rerank"), QStringLiteral("speech2text"),
              QStringLiteral("moderation"), QStringLiteral("tts")}, {}, {}, true, {}, {}},
            {QStringLiteral("configurate_methods"), StudioTr::tr("Configuration methods"), FieldKind::StringList,
             {QStringLiteral("predefined-model"), QStringLiteral("customizable-model")}, {}, {}, true, {}, {}},
            {QStringLiteral("provider_credential_schema.credential_form_schemas"), StudioTr::tr("Provider credentials"), FieldKind::List, {},
             StudioTr::tr("Entered once for the whole provider (predefined models)."), {}, false, modelCredentialFields(), QStringLiteral("variable")},
            {QStringLiteral("model_credential_schema.model.label"), StudioTr::tr("Model name label"), FieldKind::I18n, {},
             StudioTr::tr("Customizable models: the label of the model name field."), {}, false, {}, {}},
            {QStringLiteral("model_credential_schema.model.placeholder"), StudioTr::tr("Model name placeholder"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
            {QStringLiteral("model_credential_schema.credential_form_schemas"), StudioTr::tr("Model credentials"), FieldKind::List, {},
             StudioTr::tr("Entered for each customizable model."), {}, false, modelCredentialFields(), QStringLiteral("variable")},
            {QStringLiteral("extra.python.provider_source"), StudioTr::tr("Provider source"), FieldKind::Text, {}, {}, {}, true, {}, {}},
            fileList(QStringLiteral("extra.python.model_sources"), StudioTr::tr("Model sources"), {}),
        };
    case FormKind::Model:
        return {
            {QStringLiteral("model"), StudioTr::tr("Model"), FieldKind::Text, {}, {}, {}, true, {}, {}},
            {QStringLiteral("label"), StudioTr::tr("Label"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
            {QStringLiteral("model_type"), StudioTr::tr("Model type"), FieldKind::Choice,
             {QStringLiteral("llm"), QStringLiteral("text-embedding"), QStringLiteral("rerank"), QStringLiteral("speech2text"),
              QStringLiteral("moderation"), QStringLiteral("tts"), QStringLiteral("text2img")}, {}, {}, true, {}, {}},
            {QStringLiteral("features"), StudioTr::tr("Features"), FieldKind::StringList,
             {QStringLiteral("tool-call"), QStringLiteral("multi-tool-call"), QStringLiteral("agent-thought"), QStringLiteral("vision"),
              QStringLiteral("stream-tool-call"), QStringLiteral("document"), QStringLiteral("video"), QStringLiteral("audio"),
              QStringLiteral("structured-output")}, {}, {}, false, {}, {}},
            {QStringLiteral("model_properties.mode"), StudioTr::tr("Mode"), FieldKind::Choice, {QStringLiteral("chat"), QStringLiteral("completion")}, {}, {}, false, {}, {}},
            {QStringLiteral("model_properties.context_size"), StudioTr::tr("Context size"), FieldKind::Integer, {}, {}, {}, false, {}, {}},
            {QStringLiteral("deprecated"), StudioTr::tr("Deprecated"), FieldKind::Bool, {}, {}, {}, false, {}, {}},
            {QStringLiteral("parameter_rules"), StudioTr::tr("Parameter rules"), FieldKind::List, {}, {}, {}, false,
             {{QStringLiteral("name"), StudioTr::tr("Name"), FieldKind::Text, {}, {}, {}, true, {}, {}},
              {QStringLiteral("use_template"), StudioTr::tr("Template"), FieldKind::Choice,
               {QString(), QStringLiteral("temperature"), QStringLiteral("top_p"), QStringLiteral("top_k"), QStringLiteral("presence_penalty"),
                QStringLiteral("frequency_penalty"), QStringLiteral("max_tokens"), QStringLiteral("response_format"), QStringLiteral("json_schema")},
               {}, {}, false, {}, {}},
              {QStringLiteral("type"), StudioTr::tr("Type"), FieldKind::Choice,
               {QString(), QStringLiteral("float"), QStringLiteral("int"), QStringLiteral("string"), QStringLiteral("boolean"), QStringLiteral("text")},
               {}, {}, false, {}, {}},
              {QStringLiteral("required"), StudioTr::tr("Required"), FieldKind::Bool, {}, {}, {}, false, {}, {}}},
             QStringLiteral("name")},
        };
    case FormKind::AgentProvider:
        return identityFields(true, true, true)
               + QList<FieldSpec>{fileList(QStringLiteral("strategies"), StudioTr::tr("Strategies"), {}), pythonSource()};
    case FormKind::AgentStrategy:
        return identityFields(false, false, false)
               + QList<FieldSpec>{
                   {QStringLiteral("description"), StudioTr::tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
                   {QStringLiteral("parameters"), StudioTr::tr("Parameters"), FieldKind::List, {}, {}, {}, false, parameterFields(FormKind::AgentStrategy), QStringLiteral("name")},
                   pythonSource()};
    case FormKind::EndpointGroup:
        return {{QStringLiteral("settings"), StudioTr::tr("Settings"), FieldKind::List, {}, {}, {}, false, providerConfigFields(), QStringLiteral("name")},
                fileList(QStringLiteral("endpoints"), StudioTr::tr("Endpoints"), {})};
    case FormKind::Endpoint:
        return {{QStringLiteral("path"), StudioTr::tr("Path"), FieldKind::Text, {}, StudioTr::tr("A werkzeug rule such as /webhook/<app_id>."), QStringLiteral("^/"), true, {}, {}},
                {QStringLiteral("method"), StudioTr::tr("Method"), FieldKind::Choice,
                 {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")},
                 {}, {}, true, {}, {}},
                {QStringLiteral("hidden"), StudioTr::tr("Hidden"), FieldKind::Bool, {}, {}, {}, false, {}, {}},
                pythonSource()};
    case FormKind::DatasourceProvider:
        return identityFields(true, true, true)
               + QList<FieldSpec>{
                   {QStringLiteral("provider_type"), StudioTr::tr("Provider type"), FieldKind::Choice,
                    {QStringLiteral("website_crawl"), QStringLiteral("online_document"), QStringLiteral("online_drive")}, {}, {}, true, {}, {}},
                   credentials(QStringLiteral("credentials_schema"), StudioTr::tr("Credentials"), FieldKind::ListOrMap,
                               StudioTr::tr("The SDK reads a list only; the daemon also accepts a map.")),
               }
               + oauthFields(QString())
               + QList<FieldSpec>{fileList(QStringLiteral("datasources"), StudioTr::tr("Datasources"), {}), pythonSource()};
    case FormKind::Datasource:
        return identityFields(false, false, false)
               + QList<FieldSpec>{
                   {QStringLiteral("description"), StudioTr::tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
                   {QStringLiteral("parameters"), StudioTr::tr("Parameters"), FieldKind::List, {}, {}, {}, false, parameterFields(FormKind::Datasource), QStringLiteral("name")},
                   pythonSource()};
    case FormKind::TriggerProvider:
        return identityFields(true, true, false)
               + QList<FieldSpec>{
                   credentials(QStringLiteral("subscription_schema"), StudioTr::tr("Subscription settings"), FieldKind::ListOrMap,
                               StudioTr::tr("The SDK reads a list only; the daemon also accepts a map.")),
                   credentials(QStringLiteral("subscription_constructor.credentials_schema"), StudioTr::tr("Constructor credentials"),
                               FieldKind::ListOrMap, StudioTr::tr("A list or a map.")),
               }
               + oauthFields(QStringLiteral("subscription_constructor."))
               + QList<FieldSpec>{fileList(QStringLiteral("events"), StudioTr::tr("Events"), {}), pythonSource()};
    case FormKind::TriggerEvent:
        return identityFields(false, false, false)
               + QList<FieldSpec>{
                   {QStringLiteral("description"), StudioTr::tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
                   {QStringLiteral("parameters"), StudioTr::tr("Parameters"), FieldKind::List, {}, {}, {}, false, parameterFields(FormKind::TriggerEvent), QStringLiteral("name")},
                   pythonSource()};
    case FormKind::Provider:
    case FormKind::None:
        return {};
    }
    return {};
}

QString formKindTitle(FormKind kind)
{
    switch (kind) {
    case FormKind::Manifest: return StudioTr::tr("Manifest");
    case FormKind::ToolProvider: return StudioTr::tr("Tool provider");
    case FormKind::Tool: return StudioTr::tr("Tool");
    case FormKind::ModelProvider: return StudioTr::tr("Model provider");
    case FormKind::Model: return StudioTr::tr("Model");
    case FormKind::AgentProvider: return StudioTr::tr("Agent strategy provider");
    case FormKind::AgentStrategy: return StudioTr::tr("Agent strategy");
    case FormKind::EndpointGroup: return StudioTr::tr("Endpoint group");
    case FormKind::Endpoint: return StudioTr::tr("Endpoint");
    case FormKind::DatasourceProvider: return StudioTr::tr("Datasource provider");
    case FormKind::Datasource: return StudioTr::tr("Datasource");
    case FormKind::TriggerProvider: return StudioTr::tr("Trigger provider");
    case FormKind::TriggerEvent: return StudioTr::tr("Trigger event");
    case FormKind::Provider: return StudioTr::tr("Provider");
    case FormKind::None: return {};
    }
    return {};
}

FormKind formKindForPath(const QString &relPath)
{
    const QString p = relPath;
    const QString suffix = QFileInfo(p).suffix().toLower();
    if (suffix != QLatin1String("yaml") && suffix != QLatin1String("yml"))
        return FormKind::None;
    if (p == QLatin1String("manifest.yaml"))
        return FormKind::Manifest;
    if (QFileInfo(p).fileName().startsWith(QLatin1Char('_')))
        return FormKind::None;
    const QString top = p.section(QLatin1Char('/'), 0, 0);
    if (top == QLatin1String("tools"))
        return FormKind::Tool;
    if (top == QLatin1String("models"))
        return FormKind::Model;
    if (top == QLatin1String("strategies"))
        return FormKind::AgentStrategy;
    if (top == QLatin1String("endpoints"))
        return FormKind::Endpoint;
    if (top == QLatin1String("group"))
        return FormKind::EndpointGroup;
    if (top == QLatin1String("datasources"))
        return FormKind::Datasource;
    if (top == QLatin1String("events"))
        return FormKind::TriggerEvent;
    if (top == QLatin1String("provider"))
        return FormKind::Provider;
    return FormKind::None;
}

} // namespace Studio::App
