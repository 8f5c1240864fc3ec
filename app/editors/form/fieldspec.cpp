// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/form/fieldspec.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Studio::App {

static QString tr(const char *s)
{
    return QCoreApplication::translate("Studio::App::FormEditor", s);
}

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
    return {{QStringLiteral("value"), tr("Value"), FieldKind::Text, {}, tr("The value sent to the plugin."), {}, true, {}, {}},
            {QStringLiteral("label"), tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}}};
}

QList<FieldSpec> providerConfigFields()
{
    return {
        {QStringLiteral("name"), tr("Name"), FieldKind::Text, {}, tr("Key of the value in the credentials dictionary."), {}, true, {}, {}},
        {QStringLiteral("type"), tr("Type"), FieldKind::Choice,
         {QStringLiteral("secret-input"), QStringLiteral("text-input"), QStringLiteral("select"), QStringLiteral("boolean"),
          QStringLiteral("model-selector"), QStringLiteral("app-selector"), QStringLiteral("array[tools]")},
         tr("tool-selector and dataset-selector are not accepted by the daemon."), {}, true, {}, {}},
        {QStringLiteral("required"), tr("Required"), FieldKind::Bool, {}, {}, {}, false, {}, {}},
        {QStringLiteral("label"), tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
        {QStringLiteral("placeholder"), tr("Placeholder"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
        {QStringLiteral("help"), tr("Help"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
        {QStringLiteral("url"), tr("Help URL"), FieldKind::Text, {}, {}, {}, false, {}, {}},
        {QStringLiteral("scope"), tr("Scope"), FieldKind::Text, {},
         tr("Only for app-selector (all, chat, workflow, completion) and model-selector (llm, text-embedding, rerank…); "
            "several joined with '&'."), {}, false, {}, {}},
        {QStringLiteral("options"), tr("Options"), FieldKind::List, {}, tr("Choices of a select field."), {}, false, optionFields(), QStringLiteral("value")},
    };
}

// A model provider's credential form field (provider_credential_schema / model_credential_schema):
// keyed by `variable`, with its own type list.
static QList<FieldSpec> modelCredentialFields()
{
    return {
        {QStringLiteral("variable"), tr("Variable"), FieldKind::Text, {}, tr("Key of the value in the credentials dictionary."), {}, true, {}, {}},
        {QStringLiteral("type"), tr("Type"), FieldKind::Choice,
         {QStringLiteral("secret-input"), QStringLiteral("text-input"), QStringLiteral("select"), QStringLiteral("radio"), QStringLiteral("switch")},
         {}, {}, true, {}, {}},
        {QStringLiteral("required"), tr("Required"), FieldKind::Bool, {}, tr("Write it: the daemon defaults to false, the SDK to true."), {}, false, {}, {}},
        {QStringLiteral("label"), tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
        {QStringLiteral("placeholder"), tr("Placeholder"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
        {QStringLiteral("help"), tr("Help"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
        {QStringLiteral("url"), tr("Help URL"), FieldKind::Text, {}, {}, {}, false, {}, {}},
        {QStringLiteral("default"), tr("Default"), FieldKind::Text, {}, {}, {}, false, {}, {}},
        {QStringLiteral("max_length"), tr("Maximum length"), FieldKind::Integer, {}, {}, {}, false, {}, {}},
        {QStringLiteral("options"), tr("Options"), FieldKind::List, {}, tr("Choices of a select or radio field."), {}, false, optionFields(), QStringLiteral("value")},
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
        {QStringLiteral("name"), tr("Name"), FieldKind::Text, {}, tr("The key the plugin receives."), {}, true, {}, {}},
        {QStringLiteral("type"), tr("Type"), FieldKind::Choice, types, {}, {}, true, {}, {}},
        {QStringLiteral("required"), tr("Required"), FieldKind::Bool, {}, {}, {}, false, {}, {}},
        {QStringLiteral("label"), tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
    };
    if (kind == FormKind::Tool) {
        f << FieldSpec{QStringLiteral("human_description"), tr("Description"), FieldKind::I18n, {}, tr("Shown to the user."), {}, true, {}, {}};
        f << FieldSpec{QStringLiteral("form"), tr("Form"), FieldKind::Choice,
                       {QStringLiteral("llm"), QStringLiteral("form"), QStringLiteral("schema")},
                       tr("llm: filled by the model; form: set by the user before the run."), {}, true, {}, {}};
        f << FieldSpec{QStringLiteral("llm_description"), tr("LLM description"), FieldKind::MultiLine, {}, tr("Tells the model what to put here."), {}, false, {}, {}};
    } else if (kind == FormKind::Datasource || kind == FormKind::TriggerEvent) {
        f << FieldSpec{QStringLiteral("description"), tr("Description"), FieldKind::I18n, {}, {}, {}, kind == FormKind::Datasource, {}, {}};
    } else {
        f << FieldSpec{QStringLiteral("help"), tr("Help"), FieldKind::I18n, {}, {}, {}, false, {}, {}};
    }
    f << FieldSpec{QStringLiteral("options"), tr("Options"), FieldKind::List, {}, tr("Choices of a select parameter."), {}, false, optionFields(), QStringLiteral("value")};
    return f;
}

static QList<FieldSpec> identityFields(bool icon, bool description, bool tags)
{
    QList<FieldSpec> f{
        {QStringLiteral("identity.author"), tr("Author"), FieldKind::Text, {}, {}, {}, true, {}, {}},
        {QStringLiteral("identity.name"), tr("Name"), FieldKind::Text, {}, tr("Letters, digits, '_' and '-'."), QStringLiteral("^[a-zA-Z0-9_-]+$"), true, {}, {}},
        {QStringLiteral("identity.label"), tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
    };
    if (description)
        f << FieldSpec{QStringLiteral("identity.description"), tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}};
    if (icon) {
        f << FieldSpec{QStringLiteral("identity.icon"), tr("Icon"), FieldKind::Icon, {}, tr("A file in _assets/."), {}, true, {}, {}};
        f << FieldSpec{QStringLiteral("identity.icon_dark"), tr("Dark icon"), FieldKind::Icon, {}, tr("A file in _assets/ for dark mode."), {}, false, {}, {}};
    }
    if (tags)
        f << FieldSpec{QStringLiteral("identity.tags"), tr("Tags"), FieldKind::StringList, tagChoices(), {}, {}, false, {}, {}};
    return f;
}

static FieldSpec credentials(const QString &path, const QString &label, FieldKind shape, const QString &help = {})
{
    return {path, label, shape, {}, help, {}, false, providerConfigFields(), QStringLiteral("name")};
}

static QList<FieldSpec> oauthFields(const QString &prefix)
{
    return {credentials(prefix + QStringLiteral("oauth_schema.client_schema"), tr("OAuth client settings"), FieldKind::List,
                        tr("Entered by the administrator (client id, client secret…). A list only.")),
            credentials(prefix + QStringLiteral("oauth_schema.credentials_schema"), tr("OAuth credentials"), FieldKind::List,
                        tr("What the OAuth flow returns (access token…). A list only."))};
}

static FieldSpec fileList(const QString &path, const QString &label, const QString &help)
{
    return {path, label, FieldKind::List, {}, help, {}, false, {}, {}};
}

static FieldSpec pythonSource(const QString &path = QStringLiteral("extra.python.source"))
{
    return {path, tr("Python source"), FieldKind::Text, {}, tr("Module with exactly one subclass of the SDK's base class."), {}, true, {}, {}};
}

QList<FieldSpec> fieldTable(FormKind kind)
{
    const QString versionRe = QStringLiteral("^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$");
    switch (kind) {
    case FormKind::Manifest:
        return {
            {QStringLiteral("version"), tr("Version"), FieldKind::Text, {}, tr("Like 0.0.1 or 1.2.3-beta."), versionRe, true, {}, {}},
            {QStringLiteral("author"), tr("Author"), FieldKind::Text, {}, tr("Lower-case letters, digits, '_' and '-'."), QStringLiteral("^[a-z0-9_-]{1,64}$"), true, {}, {}},
            {QStringLiteral("name"), tr("Name"), FieldKind::Text, {}, tr("Lower-case letters, digits, '_' and '-'."), QStringLiteral("^[a-z0-9_-]{1,128}$"), true, {}, {}},
            {QStringLiteral("label"), tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
            {QStringLiteral("description"), tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
            {QStringLiteral("icon"), tr("Icon"), FieldKind::Icon, {}, tr("A file in _assets/."), {}, true, {}, {}},
            {QStringLiteral("icon_dark"), tr("Dark icon"), FieldKind::Icon, {}, tr("A file in _assets/ for dark mode."), {}, false, {}, {}},
            {QStringLiteral("resource.memory"), tr("Memory (bytes)"), FieldKind::Integer, {}, tr("268435456 = 256 MiB."), {}, true, {}, {}},
            {QStringLiteral("resource.permission"), tr("Permissions"), FieldKind::Permissions, {}, {}, {}, false, {}, {}},
            fileList(QStringLiteral("plugins.tools"), tr("Tool providers"), tr("At most one file.")),
            fileList(QStringLiteral("plugins.models"), tr("Model providers"), tr("Cannot be combined with anything else.")),
            fileList(QStringLiteral("plugins.endpoints"), tr("Endpoint groups"), tr("May be combined with tools only.")),
            fileList(QStringLiteral("plugins.agent_strategies"), tr("Agent strategies"), {}),
            fileList(QStringLiteral("plugins.datasources"), tr("Datasources"), {}),
            fileList(QStringLiteral("plugins.triggers"), tr("Triggers"), {}),
            {QStringLiteral("meta.version"), tr("Meta version"), FieldKind::Text, {}, {}, versionRe, true, {}, {}},
            {QStringLiteral("meta.arch"), tr("Architectures"), FieldKind::StringList, {QStringLiteral("amd64"), QStringLiteral("arm64")}, {}, {}, true, {}, {}},
            {QStringLiteral("meta.runner.language"), tr("Runner language"), FieldKind::Choice, {QStringLiteral("python")}, {}, {}, true, {}, {}},
            {QStringLiteral("meta.runner.version"), tr("Python version"), FieldKind::Choice,
             {QStringLiteral("3.12"), QStringLiteral("3.11"), QStringLiteral("3.10"), QStringLiteral("3.13")}, tr("Written quoted, as the SDK needs."), {}, true, {}, {}},
            {QStringLiteral("meta.runner.entrypoint"), tr("Entry point"), FieldKind::Text, {}, tr("Module name without .py (main)."), {}, true, {}, {}},
            {QStringLiteral("meta.minimum_dify_version"), tr("Minimum Dify version"), FieldKind::Text, {}, {}, {}, false, {}, {}},
            {QStringLiteral("tags"), tr("Tags"), FieldKind::StringList, tagChoices(), {}, {}, false, {}, {}},
            {QStringLiteral("created_at"), tr("Created at"), FieldKind::Text, {}, tr("RFC 3339 with a time zone, not in the future."), {}, true, {}, {}},
            {QStringLiteral("privacy"), tr("Privacy policy"), FieldKind::Text, {}, tr("PRIVACY.md or a URL (required by the Marketplace)."), {}, false, {}, {}},
            {QStringLiteral("repo"), tr("Repository"), FieldKind::Text, {}, tr("A full URL."), {}, false, {}, {}},
        };
    case FormKind::ToolProvider:
        return identityFields(true, true, true)
               + QList<FieldSpec>{credentials(QStringLiteral("credentials_for_provider"), tr("Credentials"), FieldKind::Map,
                                              tr("Written as a map (name: fields), the form the SDK reads."))}
               + oauthFields(QString())
               + QList<FieldSpec>{fileList(QStringLiteral("tools"), tr("Tools"), tr("Tool YAML files.")), pythonSource()};
    case FormKind::Tool:
        return identityFields(false, false, false)
               + QList<FieldSpec>{
                   {QStringLiteral("description.human"), tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
                   {QStringLiteral("description.llm"), tr("Description for the LLM"), FieldKind::MultiLine, {}, {}, {}, true, {}, {}},
                   {QStringLiteral("parameters"), tr("Parameters"), FieldKind::List, {}, {}, {}, false, parameterFields(FormKind::Tool), QStringLiteral("name")},
                   pythonSource()};
    case FormKind::ModelProvider:
        return {
            {QStringLiteral("provider"), tr("Provider"), FieldKind::Text, {}, {}, {}, true, {}, {}},
            {QStringLiteral("label"), tr("Label"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
            {QStringLiteral("description"), tr("Description"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
            {QStringLiteral("icon_small.en_US"), tr("Small icon"), FieldKind::Icon, {}, {}, {}, true, {}, {}},
            {QStringLiteral("icon_large.en_US"), tr("Large icon"), FieldKind::Icon, {}, {}, {}, true, {}, {}},
            {QStringLiteral("background"), tr("Background"), FieldKind::Text, {}, tr("A CSS colour."), {}, false, {}, {}},
            {QStringLiteral("supported_model_types"), tr("Model types"), FieldKind::StringList,
             {QStringLiteral("llm"), QStringLiteral("text-embedding"), QStringLiteral("rerank"), QStringLiteral("speech2text"),
              QStringLiteral("moderation"), QStringLiteral("tts")}, {}, {}, true, {}, {}},
            {QStringLiteral("configurate_methods"), tr("Configuration methods"), FieldKind::StringList,
             {QStringLiteral("predefined-model"), QStringLiteral("customizable-model")}, {}, {}, true, {}, {}},
            {QStringLiteral("provider_credential_schema.credential_form_schemas"), tr("Provider credentials"), FieldKind::List, {},
             tr("Entered once for the whole provider (predefined models)."), {}, false, modelCredentialFields(), QStringLiteral("variable")},
            {QStringLiteral("model_credential_schema.model.label"), tr("Model name label"), FieldKind::I18n, {},
             tr("Customizable models: the label of the model name field."), {}, false, {}, {}},
            {QStringLiteral("model_credential_schema.model.placeholder"), tr("Model name placeholder"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
            {QStringLiteral("model_credential_schema.credential_form_schemas"), tr("Model credentials"), FieldKind::List, {},
             tr("Entered for each customizable model."), {}, false, modelCredentialFields(), QStringLiteral("variable")},
            {QStringLiteral("extra.python.provider_source"), tr("Provider source"), FieldKind::Text, {}, {}, {}, true, {}, {}},
            fileList(QStringLiteral("extra.python.model_sources"), tr("Model sources"), {}),
        };
    case FormKind::Model:
        return {
            {QStringLiteral("model"), tr("Model"), FieldKind::Text, {}, {}, {}, true, {}, {}},
            {QStringLiteral("label"), tr("Label"), FieldKind::I18n, {}, {}, {}, false, {}, {}},
            {QStringLiteral("model_type"), tr("Model type"), FieldKind::Choice,
             {QStringLiteral("llm"), QStringLiteral("text-embedding"), QStringLiteral("rerank"), QStringLiteral("speech2text"),
              QStringLiteral("moderation"), QStringLiteral("tts"), QStringLiteral("text2img")}, {}, {}, true, {}, {}},
            {QStringLiteral("features"), tr("Features"), FieldKind::StringList,
             {QStringLiteral("tool-call"), QStringLiteral("multi-tool-call"), QStringLiteral("agent-thought"), QStringLiteral("vision"),
              QStringLiteral("stream-tool-call"), QStringLiteral("document"), QStringLiteral("video"), QStringLiteral("audio"),
              QStringLiteral("structured-output")}, {}, {}, false, {}, {}},
            {QStringLiteral("model_properties.mode"), tr("Mode"), FieldKind::Choice, {QStringLiteral("chat"), QStringLiteral("completion")}, {}, {}, false, {}, {}},
            {QStringLiteral("model_properties.context_size"), tr("Context size"), FieldKind::Integer, {}, {}, {}, false, {}, {}},
            {QStringLiteral("deprecated"), tr("Deprecated"), FieldKind::Bool, {}, {}, {}, false, {}, {}},
            {QStringLiteral("parameter_rules"), tr("Parameter rules"), FieldKind::List, {}, {}, {}, false,
             {{QStringLiteral("name"), tr("Name"), FieldKind::Text, {}, {}, {}, true, {}, {}},
              {QStringLiteral("use_template"), tr("Template"), FieldKind::Choice,
               {QString(), QStringLiteral("temperature"), QStringLiteral("top_p"), QStringLiteral("top_k"), QStringLiteral("presence_penalty"),
                QStringLiteral("frequency_penalty"), QStringLiteral("max_tokens"), QStringLiteral("response_format"), QStringLiteral("json_schema")},
               {}, {}, false, {}, {}},
              {QStringLiteral("type"), tr("Type"), FieldKind::Choice,
               {QString(), QStringLiteral("float"), QStringLiteral("int"), QStringLiteral("string"), QStringLiteral("boolean"), QStringLiteral("text")},
               {}, {}, false, {}, {}},
              {QStringLiteral("required"), tr("Required"), FieldKind::Bool, {}, {}, {}, false, {}, {}}},
             QStringLiteral("name")},
        };
    case FormKind::AgentProvider:
        return identityFields(true, true, true)
               + QList<FieldSpec>{fileList(QStringLiteral("strategies"), tr("Strategies"), {}), pythonSource()};
    case FormKind::AgentStrategy:
        return identityFields(false, false, false)
               + QList<FieldSpec>{
                   {QStringLiteral("description"), tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
                   {QStringLiteral("parameters"), tr("Parameters"), FieldKind::List, {}, {}, {}, false, parameterFields(FormKind::AgentStrategy), QStringLiteral("name")},
                   pythonSource()};
    case FormKind::EndpointGroup:
        return {{QStringLiteral("settings"), tr("Settings"), FieldKind::List, {}, {}, {}, false, providerConfigFields(), QStringLiteral("name")},
                fileList(QStringLiteral("endpoints"), tr("Endpoints"), {})};
    case FormKind::Endpoint:
        return {{QStringLiteral("path"), tr("Path"), FieldKind::Text, {}, tr("A werkzeug rule such as /webhook/<app_id>."), QStringLiteral("^/"), true, {}, {}},
                {QStringLiteral("method"), tr("Method"), FieldKind::Choice,
                 {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")},
                 {}, {}, true, {}, {}},
                {QStringLiteral("hidden"), tr("Hidden"), FieldKind::Bool, {}, {}, {}, false, {}, {}},
                pythonSource()};
    case FormKind::DatasourceProvider:
        return identityFields(true, true, true)
               + QList<FieldSpec>{
                   {QStringLiteral("provider_type"), tr("Provider type"), FieldKind::Choice,
                    {QStringLiteral("website_crawl"), QStringLiteral("online_document"), QStringLiteral("online_drive")}, {}, {}, true, {}, {}},
                   credentials(QStringLiteral("credentials_schema"), tr("Credentials"), FieldKind::ListOrMap,
                               tr("The SDK reads a list only; the daemon also accepts a map.")),
               }
               + oauthFields(QString())
               + QList<FieldSpec>{fileList(QStringLiteral("datasources"), tr("Datasources"), {}), pythonSource()};
    case FormKind::Datasource:
        return identityFields(false, false, false)
               + QList<FieldSpec>{
                   {QStringLiteral("description"), tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
                   {QStringLiteral("parameters"), tr("Parameters"), FieldKind::List, {}, {}, {}, false, parameterFields(FormKind::Datasource), QStringLiteral("name")},
                   pythonSource()};
    case FormKind::TriggerProvider:
        return identityFields(true, true, false)
               + QList<FieldSpec>{
                   credentials(QStringLiteral("subscription_schema"), tr("Subscription settings"), FieldKind::ListOrMap,
                               tr("The SDK reads a list only; the daemon also accepts a map.")),
                   credentials(QStringLiteral("subscription_constructor.credentials_schema"), tr("Constructor credentials"),
                               FieldKind::ListOrMap, tr("A list or a map.")),
               }
               + oauthFields(QStringLiteral("subscription_constructor."))
               + QList<FieldSpec>{fileList(QStringLiteral("events"), tr("Events"), {}), pythonSource()};
    case FormKind::TriggerEvent:
        return identityFields(false, false, false)
               + QList<FieldSpec>{
                   {QStringLiteral("description"), tr("Description"), FieldKind::I18n, {}, {}, {}, true, {}, {}},
                   {QStringLiteral("parameters"), tr("Parameters"), FieldKind::List, {}, {}, {}, false, parameterFields(FormKind::TriggerEvent), QStringLiteral("name")},
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
    case FormKind::Manifest: return tr("Manifest");
    case FormKind::ToolProvider: return tr("Tool provider");
    case FormKind::Tool: return tr("Tool");
    case FormKind::ModelProvider: return tr("Model provider");
    case FormKind::Model: return tr("Model");
    case FormKind::AgentProvider: return tr("Agent strategy provider");
    case FormKind::AgentStrategy: return tr("Agent strategy");
    case FormKind::EndpointGroup: return tr("Endpoint group");
    case FormKind::Endpoint: return tr("Endpoint");
    case FormKind::DatasourceProvider: return tr("Datasource provider");
    case FormKind::Datasource: return tr("Datasource");
    case FormKind::TriggerProvider: return tr("Trigger provider");
    case FormKind::TriggerEvent: return tr("Trigger event");
    case FormKind::Provider: return tr("Provider");
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
