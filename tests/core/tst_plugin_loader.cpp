// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin loader: typed model, yaml.v3 decoding rules, daemon defaults, remote registrations,
// bundle manifests, dependency patterns and Go glob matching.
#include "core/common/fileset.h"
#include "core/plugin/loader.h"

#include <QTimeZone>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace Studio;
using namespace Studio::Plugin;

namespace {

std::unique_ptr<MemoryFileSet> loadFixture(const QString &name)
{
    auto fs = std::make_unique<MemoryFileSet>(name);
    const QString root = QStringLiteral(STUDIO_FIXTURES "/plugins/") + name;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        QFile f(abs);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read fixture %s", qPrintable(abs));
        fs->insert(QDir(root).relativeFilePath(abs), f.readAll());
    }
    return fs;
}

void replaceIn(MemoryFileSet &fs, const QString &file, const QByteArray &from, const QByteArray &to)
{
    QByteArray data = *fs.read(file);
    const qsizetype at = data.indexOf(from);
    QVERIFY2(at >= 0, from.constData());
    data.replace(at, from.size(), to);
    fs.insert(file, data);
}

QJsonObject json(const char *text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return d.object();
}

const char *kRemoteManifest = R"({"version":"0.0.1","type":"plugin","author":"alice","name":"weather",
 "label":{"en_US":"Weather"},"description":{"en_US":"Weather tools"},"icon":"icon.svg",
 "resource":{"memory":268435456,"permission":{"tool":{"enabled":true},"storage":{"enabled":true,"size":1048576}}},
 "plugins":{"tools":["provider/weather.yaml"]},
 "meta":{"version":"0.0.1","arch":["amd64","arm64"],"runner":{"language":"python","version":"3.12","entrypoint":"main"}},
 "created_at":"2026-08-01T10:00:00Z"})";

const char *kRemoteTool = R"({"identity":{"author":"alice","name":"weather","label":{"en_US":"Weather"},
 "description":{"en_US":"Weather"},"icon":"icon.svg"},"credentials_schema":[],
 "tools":[{"identity":{"author":"alice","name":"now","label":{"en_US":"Now"}},
 "description":{"human":{"en_US":"Now"},"llm":"Current weather"},"parameters":[]}],
 "extra":{"python":{"source":"provider/weather.py"}}})";

} // namespace

class TestPluginLoader : public QObject
{
    Q_OBJECT

private slots:
    void toolFixture();
    void modelFixture();
    void categories_data();
    void categories();
    void yaml11Booleans_data();
    void yaml11Booleans();
    void scalarsIntoStrings();
    void daemonDefaults();
    void inlineEndpointsAndMapForms();
    void decodeErrorsCarryLocations();
    void remoteRegistration();
    void remoteRegistrationRejections();
    void bundleManifest();
    void bundleManifestErrors();
    void dependencyPatterns_data();
    void dependencyPatterns();
    void goGlob_data();
    void goGlob();
    void i18nText();
};

void TestPluginLoader::toolFixture()
{
    auto fs = loadFixture(QStringLiteral("tool"));
    const LoadResult r = loadPlugin(*fs);
    QVERIFY2(r.ok, qPrintable(r.report.toText()));
    QVERIFY(r.firstError().isEmpty());
    const Manifest &m = r.declaration.manifest;
    QCOMPARE(m.version.value, QStringLiteral("0.0.1"));
    QCOMPARE(m.version.mark.line, 1);
    QCOMPARE(m.author.value, QStringLiteral("studio_tests"));
    QCOMPARE(m.pluginId(), QStringLiteral("studio_tests/weather_tool"));
    QCOMPARE(m.label.en_US, QStringLiteral("Weather"));
    QCOMPARE(m.label.zh_Hans, QStringLiteral("Weather"));
    QCOMPARE(m.icon.value, QStringLiteral("icon.svg"));
    QCOMPARE(m.memory.value, qint64(268435456));
    QVERIFY(m.permissions.tool);
    QVERIFY(m.permissions.storage);
    QVERIFY(m.permissions.storageBlockPresent);
    QCOMPARE(m.permissions.storageSize, qint64(1048576));
    QCOMPARE(m.tools, QStringList{QStringLiteral("provider/weather.yaml")});
    QCOMPARE(m.arch, (QStringList{QStringLiteral("amd64"), QStringLiteral("arm64")}));
    QCOMPARE(m.runnerLanguage.value, QStringLiteral("python"));
    QCOMPARE(m.runnerVersion.value, QStringLiteral("3.12"));
    QCOMPARE(m.runnerEntrypoint.value, QStringLiteral("main"));
    QCOMPARE(m.tags, QStringList{QStringLiteral("utilities")});
    QCOMPARE(m.createdAt.value, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone(0)));
    QCOMPARE(m.privacy.value, QStringLiteral("PRIVACY.md"));
    QVERIFY(!m.repo.present);

    QVERIFY(r.declaration.tool.has_value());
    const ToolProvider &p = *r.declaration.tool;
    QCOMPARE(p.file, QStringLiteral("provider/weather.yaml"));
    QCOMPARE(p.identity.name, QStringLiteral("weather"));
    QCOMPARE(p.identity.icon, QStringLiteral("icon.svg"));
    QVERIFY(p.identity.mark.line > 0);
    QVERIFY(p.credentialsAsMap);
    QCOMPARE(p.credentials.size(), 2);
    QCOMPARE(p.credentials.at(0).name, QStringLiteral("api_key"));
    QCOMPARE(p.credentials.at(0).type, QStringLiteral("secret-input"));
    QVERIFY(p.credentials.at(0).required);
    QCOMPARE(p.credentials.at(0).url, QStringLiteral("https://example.com/keys"));
    QCOMPARE(p.credentials.at(0).help.en_US, QStringLiteral("Create a key in your account settings."));
    QCOMPARE(p.credentials.at(1).options.size(), 2);
    QCOMPARE(p.credentials.at(1).defaultValue.toString(), QStringLiteral("eu"));
    QCOMPARE(p.pythonSource, QStringLiteral("provider/weather.py"));
    QCOMPARE(p.tools.size(), 1);
    const ToolDeclaration &t = p.tools.first();
    QCOMPARE(t.file, QStringLiteral("tools/current.yaml"));
    QCOMPARE(t.identity.name, QStringLiteral("current"));
    QCOMPARE(t.llmDescription, QStringLiteral("Returns the current weather for the given city."));
    QCOMPARE(t.parameters.size(), 3);
    QCOMPARE(t.parameters.at(0).form, QStringLiteral("llm"));
    QVERIFY(t.parameters.at(0).required);
    QCOMPARE(t.parameters.at(0).mark.line, 11);
    QCOMPARE(t.parameters.at(2).min, std::optional<double>(1));
    QCOMPARE(t.parameters.at(2).max, std::optional<double>(7));
    QCOMPARE(t.parameters.at(2).defaultValue.toInt(), 1);
    QCOMPARE(t.pythonSource, QStringLiteral("tools/current.py"));
    QCOMPARE(r.declaration.category(), Category::Tool);
}

void TestPluginLoader::modelFixture()
{
    auto fs = loadFixture(QStringLiteral("model_predefined"));
    const LoadResult r = loadPlugin(*fs);
    QVERIFY2(r.ok, qPrintable(r.report.toText()));
    QVERIFY(r.declaration.model.has_value());
    const ModelProvider &p = *r.declaration.model;
    QCOMPARE(p.provider, QStringLiteral("acme"));
    QCOMPARE(p.iconSmall.en_US, QStringLiteral("icon_s_en.svg"));
    QCOMPARE(p.helpUrl.en_US, QStringLiteral("https://example.com/keys"));
    QCOMPARE(p.configurateMethods.size(), 2);
    QCOMPARE(p.providerCredentials.size(), 1);
    QCOMPARE(p.modelCredentials.size(), 2);
    QCOMPARE(p.modelCredentials.at(1).options.size(), 2);
    QCOMPARE(p.modelCredentialLabel.en_US, QStringLiteral("Model name"));
    QCOMPARE(p.predefinedGlobs.value(QStringLiteral("llm")), QStringList{QStringLiteral("models/llm/*.yaml")});
    QCOMPARE(p.positionFiles.value(QStringLiteral("llm")), QStringLiteral("models/llm/_position.yaml"));
    QCOMPARE(p.providerSource, QStringLiteral("provider/acme.py"));
    QCOMPARE(p.modelSources, QStringList{QStringLiteral("models/llm/llm.py")});
    // _position.yaml matches the glob but is not a model.
    QCOMPARE(p.models.size(), 2);
    const ModelDeclaration *large = nullptr, *small = nullptr;
    for (const ModelDeclaration &m : p.models) {
        if (m.model == QLatin1String("acme-large"))
            large = &m;
        if (m.model == QLatin1String("acme-small"))
            small = &m;
    }
    QVERIFY(large && small);
    QCOMPARE(small->label.en_US, QStringLiteral("acme-small")); // label defaults to the model name
    QCOMPARE(small->fetchFrom, QStringLiteral("predefined-model"));
    QCOMPARE(large->file, QStringLiteral("models/llm/acme-large.yaml"));
    QCOMPARE(large->features, (QStringList{QStringLiteral("tool-call"), QStringLiteral("stream-tool-call")}));
    QCOMPARE(large->modelProperties.value(QStringLiteral("context_size")).toInt(), 128000);
    QCOMPARE(large->pricing.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(large->parameterRules.size(), 3);
    const ModelParameterRule &temp = large->parameterRules.at(0);
    QCOMPARE(temp.type, QStringLiteral("float"));
    QCOMPARE(temp.min, std::optional<double>(0));
    QCOMPARE(temp.max, std::optional<double>(1));
    QCOMPARE(temp.precision, std::optional<int>(2));
    QCOMPARE(temp.label.en_US, QStringLiteral("temperature")); // daemon: name before template label
    const ModelParameterRule &maxTokens = large->parameterRules.at(1);
    QCOMPARE(maxTokens.type, QStringLiteral("int"));
    QCOMPARE(maxTokens.defaultValue.toInt(), 1024); // own value overrides the template
    QCOMPARE(maxTokens.max, std::optional<double>(8192));
    QCOMPARE(maxTokens.min, std::optional<double>(1));
    QCOMPARE(large->parameterRules.at(2).type, QStringLiteral("int"));
    // The provider description defaults to the manifest's.
    QCOMPARE(p.description.en_US, QStringLiteral("Acme hosted models."));
}

void TestPluginLoader::categories_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("category");
    QTest::newRow("tool") << "tool" << "tool";
    QTest::newRow("model") << "model_predefined" << "model";
    QTest::newRow("customizable") << "model_customizable" << "model";
    QTest::newRow("agent") << "agent_strategy" << "agent-strategy";
    QTest::newRow("extension") << "extension" << "extension";
    QTest::newRow("tool+endpoints") << "tool_endpoints" << "tool";
    QTest::newRow("datasource") << "datasource" << "datasource";
    QTest::newRow("trigger") << "trigger" << "trigger";
}

void TestPluginLoader::categories()
{
    QFETCH(QString, fixture);
    QFETCH(QString, category);
    auto fs = loadFixture(fixture);
    const LoadResult r = loadPlugin(*fs);
    QVERIFY2(r.ok, qPrintable(r.report.toText()));
    QCOMPARE(categoryName(r.declaration.category()), category);
    if (fixture == QLatin1String("tool_endpoints")) {
        QVERIFY(r.declaration.endpoint.has_value());
        QCOMPARE(r.declaration.endpoint->endpoints.size(), 1);
        QCOMPARE(r.declaration.endpoint->endpoints.first().method, QStringLiteral("POST"));
    }
    if (fixture == QLatin1String("trigger")) {
        const TriggerProvider &t = *r.declaration.trigger;
        QCOMPARE(t.events.size(), 1);
        QCOMPARE(t.constructorCredentials.size(), 1); // map form
        QCOMPARE(t.constructorCredentials.first().name, QStringLiteral("api_token"));
        QCOMPARE(t.constructorParameters.first().defaultValue.toArray().size(), 1);
        QCOMPARE(t.subscriptionSchema.size(), 1);
    }
    if (fixture == QLatin1String("datasource")) {
        QCOMPARE(r.declaration.datasource->providerType, QStringLiteral("online_document"));
        QCOMPARE(r.declaration.datasource->datasources.first().parameters.size(), 1);
    }
    if (fixture == QLatin1String("agent_strategy")) {
        const AgentStrategy &s = r.declaration.agentStrategy->strategies.first();
        QCOMPARE(s.features, QStringList{QStringLiteral("history-messages")});
        QVERIFY(s.parameters.at(2).autoGenerate);
        QVERIFY(s.parameters.at(2).templateEnabled);
    }
}

void TestPluginLoader::yaml11Booleans_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("value");
    for (const char *t : {"true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "on", "On", "ON"})
        QTest::newRow(t) << QByteArray(t) << true << true;
    for (const char *f : {"false", "no", "No", "n", "N", "off", "OFF"})
        QTest::newRow(f) << QByteArray(f) << true << false;
    QTest::newRow("quoted true") << QByteArray("\"true\"") << false << false;
    QTest::newRow("single-quoted yes") << QByteArray("'yes'") << false << false;
    QTest::newRow("number") << QByteArray("1") << false << false;
}

void TestPluginLoader::yaml11Booleans()
{
    QFETCH(QByteArray, word);
    QFETCH(bool, ok);
    QFETCH(bool, value);
    auto fs = loadFixture(QStringLiteral("tool"));
    replaceIn(*fs, QStringLiteral("tools/current.yaml"), "required: true", "required: " + word);
    const LoadResult r = loadPlugin(*fs);
    QCOMPARE(r.ok, ok);
    if (ok) {
        QCOMPARE(r.declaration.tool->tools.first().parameters.first().required, value);
    } else {
        QVERIFY(r.report.contains(QStringLiteral("yaml.type.bool")));
        QVERIFY(r.firstError().startsWith(QLatin1String("tools/current.yaml:13:")));
    }
}

void TestPluginLoader::scalarsIntoStrings()
{
    auto fs = loadFixture(QStringLiteral("tool"));
    // Integer and YAML-1.1 boolean option values are read verbatim into string fields.
    replaceIn(*fs, QStringLiteral("tools/current.yaml"), "value: metric", "value: 0");
    replaceIn(*fs, QStringLiteral("tools/current.yaml"), "value: imperial", "value: False");
    replaceIn(*fs, QStringLiteral("manifest.yaml"), "entrypoint: main", "entrypoint: 1.0");
    const LoadResult r = loadPlugin(*fs);
    QVERIFY2(r.ok, qPrintable(r.report.toText()));
    const Parameter &units = r.declaration.tool->tools.first().parameters.at(1);
    QCOMPARE(units.options.at(0).value, QStringLiteral("0"));
    QCOMPARE(units.options.at(1).value, QStringLiteral("False"));
    QCOMPARE(r.declaration.manifest.runnerEntrypoint.value, QStringLiteral("1.0"));
    // A mapping where a string is expected is a decode error.
    replaceIn(*fs, QStringLiteral("manifest.yaml"), "author: studio_tests", "author: {a: b}");
    const LoadResult bad = loadPlugin(*fs);
    QVERIFY(!bad.ok);
    QVERIFY(bad.report.contains(QStringLiteral("yaml.type.string")));
}

void TestPluginLoader::daemonDefaults()
{
    auto fs = loadFixture(QStringLiteral("tool"));
    replaceIn(*fs, QStringLiteral("provider/weather.yaml"), "  description:\n    en_US: Weather look-ups.\n", "");
    replaceIn(*fs, QStringLiteral("provider/weather.yaml"), "  tags:\n    - utilities\n", "");
    const LoadResult r = loadPlugin(*fs);
    QVERIFY2(r.ok, qPrintable(r.report.toText()));
    QCOMPARE(r.declaration.tool->identity.description.en_US, QStringLiteral("Look up the weather."));
    QCOMPARE(r.declaration.tool->identity.tags, QStringList{QStringLiteral("utilities")});
}

void TestPluginLoader::inlineEndpointsAndMapForms()
{
    auto fs = loadFixture(QStringLiteral("extension"));
    replaceIn(*fs, QStringLiteral("group/relay.yaml"), "  - endpoints/hook.yaml",
              "  - endpoints/hook.yaml\n  - {path: \"/duck/<app_id>\", method: GET}");
    const LoadResult r = loadPlugin(*fs);
    QVERIFY2(r.ok, qPrintable(r.report.toText()));
    QCOMPARE(r.declaration.endpoint->endpoints.size(), 2);
    QCOMPARE(r.declaration.endpoint->endpoints.at(1).path, QStringLiteral("/duck/<app_id>"));
    QCOMPARE(r.declaration.endpoint->settings.size(), 2);
    QCOMPARE(r.declaration.endpoint->settings.at(1).scope, QStringLiteral("chat"));

    // List-form tool credentials (credentials_schema) are read by the daemon too.
    auto tool = loadFixture(QStringLiteral("tool"));
    replaceIn(*tool, QStringLiteral("provider/weather.yaml"), "credentials_for_provider:",
              "credentials_schema:\n  - name: token\n    type: text-input\n    label: {en_US: Token}\nunused:");
    const LoadResult t = loadPlugin(*tool);
    QVERIFY2(t.ok, qPrintable(t.report.toText()));
    QCOMPARE(t.declaration.tool->credentials.size(), 1);
    QCOMPARE(t.declaration.tool->credentials.first().name, QStringLiteral("token"));
    QVERIFY(!t.declaration.tool->credentialsAsMap);
}

void TestPluginLoader::decodeErrorsCarryLocations()
{
    auto fs = loadFixture(QStringLiteral("tool"));
    replaceIn(*fs, QStringLiteral("manifest.yaml"), "memory: 268435456", "memory: \"268435456\"");
    const LoadResult r = loadPlugin(*fs);
    QVERIFY(!r.ok);
    QCOMPARE(r.report.errorCount(), 1);
    const Diagnostic &d = r.report.diagnostics().first();
    QCOMPARE(d.code, QStringLiteral("yaml.type.int"));
    QCOMPARE(d.file, QStringLiteral("manifest.yaml"));
    QCOMPARE(d.line, 12);
    QCOMPARE(d.column, 11);
    QCOMPARE(d.path, QStringLiteral("resource.memory"));
    QVERIFY(d.message.contains(QLatin1String("remove the quotes")));
    QCOMPARE(r.firstError().left(20), QStringLiteral("manifest.yaml:12:11:"));
    // STRICT-only problems are not load errors.
    auto fs2 = loadFixture(QStringLiteral("tool"));
    replaceIn(*fs2, QStringLiteral("manifest.yaml"), "size: 1048576", "size: 1");
    QVERIFY(loadPlugin(*fs2).ok);
}

void TestPluginLoader::remoteRegistration()
{
    QMap<QString, QJsonArray> decls;
    decls.insert(QStringLiteral("tool_declaration"), QJsonArray{json(kRemoteTool)});
    const LoadResult r = loadRemoteRegistration(json(kRemoteManifest), decls, {QStringLiteral("icon.svg")});
    QVERIFY2(r.ok, qPrintable(r.report.toText()));
    QCOMPARE(r.declaration.manifest.pluginId(), QStringLiteral("alice/weather"));
    QCOMPARE(r.declaration.manifest.createdAt.value, QDateTime(QDate(2026, 8, 1), QTime(10, 0), QTimeZone(0)));
    QVERIFY(r.declaration.tool.has_value());
    QCOMPARE(r.declaration.tool->tools.size(), 1);
    QCOMPARE(r.declaration.tool->tools.first().identity.name, QStringLiteral("now"));
    QCOMPARE(r.declaration.manifest.permissions.storageSize, qint64(1048576));
    // Only the first element counts.
    QJsonObject second = json(kRemoteTool);
    QJsonObject id = second.value(QStringLiteral("identity")).toObject();
    id.insert(QStringLiteral("name"), QStringLiteral("second"));
    second.insert(QStringLiteral("identity"), id);
    decls.insert(QStringLiteral("tool_declaration"), QJsonArray{json(kRemoteTool), second});
    const LoadResult r2 = loadRemoteRegistration(json(kRemoteManifest), decls, {QStringLiteral("icon.svg")});
    QCOMPARE(r2.declaration.tool->identity.name, QStringLiteral("weather"));
    // SDK-only findings are warnings here (tag agent on a tool provider).
    QJsonObject tagged = json(kRemoteTool);
    QJsonObject tid = tagged.value(QStringLiteral("identity")).toObject();
    tid.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("agent")});
    tagged.insert(QStringLiteral("identity"), tid);
    decls.insert(QStringLiteral("tool_declaration"), QJsonArray{tagged});
    const LoadResult r3 = loadRemoteRegistration(json(kRemoteManifest), decls, {QStringLiteral("icon.svg")});
    QVERIFY2(r3.ok, qPrintable(r3.report.toText()));
}

void TestPluginLoader::remoteRegistrationRejections()
{
    QMap<QString, QJsonArray> decls;
    decls.insert(QStringLiteral("tool_declaration"), QJsonArray{json(kRemoteTool)});
    // Storage size out of range: STRICT is an error for remote registrations.
    QJsonObject m = json(kRemoteManifest);
    QJsonObject res = m.value(QStringLiteral("resource")).toObject();
    res.insert(QStringLiteral("permission"), json(R"({"storage":{"enabled":true,"size":1023}})"));
    m.insert(QStringLiteral("resource"), res);
    const LoadResult r = loadRemoteRegistration(m, decls, {QStringLiteral("icon.svg")});
    QVERIFY(!r.ok);
    QVERIFY(r.report.contains(QStringLiteral("manifest.storage.size")));
    const QString text = remoteRejectionText(r);
    QVERIFY2(text.startsWith(QLatin1String("handshake failed, invalid plugin declaration: ")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("1023")));
    QVERIFY(!text.contains(QLatin1Char('\n')));
    // Icon not among the uploaded assets.
    const LoadResult r2 = loadRemoteRegistration(json(kRemoteManifest), decls, {});
    QVERIFY(!r2.ok);
    QVERIFY(r2.report.contains(QStringLiteral("asset.missing")));
    // No provider at all.
    const LoadResult r3 = loadRemoteRegistration(json(kRemoteManifest), {}, {QStringLiteral("icon.svg")});
    QVERIFY(r3.report.contains(QStringLiteral("manifest.plugins.none")));
    // Parameter form wrong in a JSON declaration.
    QJsonObject tool = json(kRemoteTool);
    QJsonArray tools = tool.value(QStringLiteral("tools")).toArray();
    QJsonObject t0 = tools.first().toObject();
    t0.insert(QStringLiteral("parameters"),
              QJsonArray{json(R"({"name":"q","type":"string","form":"wrong","label":{"en_US":"Q"},
                                  "human_description":{"en_US":"Q"},"required":"true"})")});
    tools[0] = t0;
    tool.insert(QStringLiteral("tools"), tools);
    decls.insert(QStringLiteral("tool_declaration"), QJsonArray{tool});
    const LoadResult r4 = loadRemoteRegistration(json(kRemoteManifest), decls, {QStringLiteral("icon.svg")});
    QVERIFY(r4.report.contains(QStringLiteral("parameter.form.invalid")));
    QVERIFY(r4.report.contains(QStringLiteral("yaml.type.bool"))); // "true" as a JSON string
    // Author that is a UUID, name with upper case.
    QJsonObject m5 = json(kRemoteManifest);
    m5.insert(QStringLiteral("author"), QStringLiteral("8d3f0c7e-2b1a-4f6e-9a51-0c2d7e9b4a33"));
    m5.insert(QStringLiteral("name"), QStringLiteral("Weather"));
    const LoadResult r5 = loadRemoteRegistration(m5, decls, {QStringLiteral("icon.svg")});
    QVERIFY(r5.report.contains(QStringLiteral("manifest.author.uuid")));
    QVERIFY(r5.report.contains(QStringLiteral("manifest.name.format")));
}

void TestPluginLoader::bundleManifest()
{
    QFile f(QStringLiteral(STUDIO_FIXTURES "/plugins/bundle/manifest.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    ValidationReport report;
    const Result<BundleManifest> b = loadBundleManifest(f.readAll(), &report);
    QVERIFY2(b.hasValue(), b.hasValue() ? "" : qPrintable(b.error().toString()));
    QVERIFY2(report.diagnostics().isEmpty(), qPrintable(report.toText()));
    QCOMPARE(b->name, QStringLiteral("starter_bundle"));
    QCOMPARE(b->type, QStringLiteral("bundle"));
    QCOMPARE(b->labels.en_US, QStringLiteral("Starter bundle"));
    QCOMPARE(b->tags, QStringList{QStringLiteral("utilities")});
    QCOMPARE(b->dependencies.size(), 2);
    QCOMPARE(b->dependencies.at(0).type, QStringLiteral("marketplace"));
    QCOMPARE(b->dependencies.at(0).pattern, QStringLiteral("langgenius/openai:^0.0.1"));
    QCOMPARE(b->dependencies.at(1).pattern, QStringLiteral("studio-tests/weather:1.0.0/weather.difypkg"));
    QVERIFY(b->dependencies.at(1).mark.line > 0);

    // Only a name: decodes; rule findings reported; tags default to [].
    ValidationReport r2;
    const Result<BundleManifest> b2 = loadBundleManifest("name: x\n", &r2);
    QVERIFY(b2.hasValue());
    QVERIFY(b2->tags.isEmpty());
    QVERIFY(r2.contains(QStringLiteral("bundle.type.invalid")));
    QVERIFY(r2.contains(QStringLiteral("bundle.version.format")));
    QVERIFY(r2.contains(QStringLiteral("bundle.dependencies.missing")));
}

void TestPluginLoader::bundleManifestErrors()
{
    QVERIFY(!loadBundleManifest("name: [unclosed\n", nullptr).hasValue());
    QVERIFY(!loadBundleManifest("- a\n- b\n", nullptr).hasValue());
    QVERIFY(!loadBundleManifest("name: x\ndependencies: 3\n", nullptr).hasValue());
    const Result<BundleManifest> bad = loadBundleManifest("name: x\ndependencies: [1]\n", nullptr);
    QVERIFY(!bad.hasValue());
    QVERIFY(bad.error().line > 0);
    ValidationReport r;
    const Result<BundleManifest> b = loadBundleManifest(
        "name: x\ntype: bundle\nversion: 0.0.1\nauthor: a\nicon: i.svg\nlabels: {en_US: X}\ndescription: {en_US: X}\n"
        "dependencies:\n  - type: marketplace\n    value: {marketplace_pattern: Org/Plugin:1.0.0}\n"
        "  - type: github\n    value: {repo_pattern: \"owner/repo:1.0.0/\"}\n  - type: ftp\n    value: {}\n",
        &r);
    QVERIFY(b.hasValue());
    QCOMPARE(r.errorCount(), 3);
}

void TestPluginLoader::dependencyPatterns_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("valid");
    for (const char *v : {"1.0.0", "^1.0.0", "~1.0.0", "1.x.x", "1.X.X", "1.2.x", "1.0.0-beta", "1.0.0-2.0.0"}) {
        QTest::newRow(qPrintable(QStringLiteral("V %1").arg(QLatin1String(v)))) << "version" << v << true;
        QTest::newRow(qPrintable(QStringLiteral("mp %1").arg(QLatin1String(v))))
            << "marketplace" << QStringLiteral("langgenius/openai:") + QLatin1String(v) << true;
        QTest::newRow(qPrintable(QStringLiteral("gh %1").arg(QLatin1String(v))))
            << "github" << QStringLiteral("owner/repo:") + QLatin1String(v) + QStringLiteral("/a.difypkg") << true;
    }
    for (const char *v : {"1.0.0.1", "1.0", "", "1.0.0-", "1.0.0-abcdefghijklmnopq"}) {
        QTest::newRow(qPrintable(QStringLiteral("bad V '%1'").arg(QLatin1String(v)))) << "version" << v << false;
        QTest::newRow(qPrintable(QStringLiteral("bad mp '%1'").arg(QLatin1String(v))))
            << "marketplace" << QStringLiteral("langgenius/openai:") + QLatin1String(v) << false;
    }
    QTest::newRow("uppercase owner") << "marketplace" << "LangGenius/openai:1.0.0" << false;
    QTest::newRow("at in name") << "marketplace" << "lang@genius/openai:1.0.0" << false;
    QTest::newRow("hash in repo") << "github" << "owner/re#po:1.0.0/a" << false;
    QTest::newRow("owner 65") << "marketplace" << QString(65, QLatin1Char('a')) + QStringLiteral("/p:1.0.0") << false;
    QTest::newRow("owner 64") << "marketplace" << QString(64, QLatin1Char('a')) + QStringLiteral("/p:1.0.0") << true;
    QTest::newRow("repo 129") << "github" << QStringLiteral("o/") + QString(129, QLatin1Char('r')) + QStringLiteral(":1.0.0/a")
                              << false;
    QTest::newRow("github no asset") << "github" << "owner/repo:1.0.0/" << false;
    QTest::newRow("github asset with slash") << "github" << "owner/repo:1.0.0/a/b" << false;
    QTest::newRow("manifest version ok") << "manifest" << "0.0.1" << true;
    QTest::newRow("manifest version suffix") << "manifest" << "1.0.0-beta_1" << true;
    QTest::newRow("manifest version 4 parts") << "manifest" << "1.0.0.0" << false;
    QTest::newRow("manifest version 5 digits") << "manifest" << "10000.0.0" << false;
}

void TestPluginLoader::dependencyPatterns()
{
    QFETCH(QString, kind);
    QFETCH(QString, pattern);
    QFETCH(bool, valid);
    if (kind == QLatin1String("version"))
        QCOMPARE(isValidVersionPattern(pattern), valid);
    else if (kind == QLatin1String("marketplace"))
        QCOMPARE(isValidMarketplacePattern(pattern), valid);
    else if (kind == QLatin1String("github"))
        QCOMPARE(isValidGithubPattern(pattern), valid);
    else
        QCOMPARE(isValidManifestVersion(pattern), valid);
}

void TestPluginLoader::goGlob_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("match");
    QTest::newRow("star") << "models/llm/*.yaml" << "models/llm/gpt.yaml" << true;
    QTest::newRow("star no slash") << "models/llm/*.yaml" << "models/llm/sub/gpt.yaml" << false;
    QTest::newRow("dot slash") << "./models/llm/*.yaml" << "models/llm/gpt.yaml" << false;
    QTest::newRow("question") << "a?c" << "abc" << true;
    QTest::newRow("question slash") << "a?c" << "a/c" << false;
    QTest::newRow("class") << "m[0-9].yaml" << "m5.yaml" << true;
    QTest::newRow("class negated") << "m[^0-9].yaml" << "m5.yaml" << false;
    QTest::newRow("class negated ok") << "m[^0-9].yaml" << "mx.yaml" << true;
    QTest::newRow("escape") << "a\\*b" << "a*b" << true;
    QTest::newRow("escape literal") << "a\\*b" << "axb" << false;
    QTest::newRow("malformed class") << "a[b" << "ab" << false;
    QTest::newRow("double star is single") << "models/**/*.yaml" << "models/a/b/c.yaml" << false;
    QTest::newRow("double star one level") << "models/**/*.yaml" << "models/a/c.yaml" << true;
    QTest::newRow("exact") << "models/llm/_position.yaml" << "models/llm/_position.yaml" << true;
    QTest::newRow("empty star") << "*" << "" << true;
}

void TestPluginLoader::goGlob()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, match);
    QCOMPARE(goGlobMatch(pattern, path), match);
}

void TestPluginLoader::i18nText()
{
    I18nText t;
    t.en_US = QStringLiteral("Hello");
    t.zh_Hans = QStringLiteral("你好");
    QCOMPARE(t.text(QStringLiteral("zh_Hans")), QStringLiteral("你好"));
    QCOMPARE(t.text(QStringLiteral("ja_JP")), QStringLiteral("Hello"));
    QCOMPARE(t.text(), QStringLiteral("Hello"));
    const QJsonObject o = t.toJson();
    QCOMPARE(o.value(QStringLiteral("en_US")).toString(), QStringLiteral("Hello"));
    QCOMPARE(o.value(QStringLiteral("zh_Hans")).toString(), QStringLiteral("你好"));
    QVERIFY(!o.contains(QStringLiteral("pt_BR")));
    QVERIFY(!t.isEmpty());
    QVERIFY(I18nText().isEmpty());
    QCOMPARE(categoryName(Category::Unknown), QString());
}

QTEST_GUILESS_MAIN(TestPluginLoader)
#include "tst_plugin_loader.moc"
