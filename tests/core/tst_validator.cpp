// SPDX-License-Identifier: GPL-3.0-or-later
// The validator against every rule and bad input of formats.md §8/§10, built from our fixtures.
#include "core/common/fileset.h"
#include "core/plugin/validator.h"

#include <QTimeZone>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace Studio;
using namespace Studio::Plugin;

namespace {

const char *kDelete = "<delete>";

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

// Applies "file|file2" edits: replace `from` by `to` in the file (first occurrence); from "" with an
// absent file creates it; to == <delete> removes the file.
void applyEdits(MemoryFileSet &fs, const QString &files, const QString &froms, const QString &tos)
{
    const QStringList f = files.split(QLatin1Char('|'));
    const QStringList a = froms.split(QLatin1Char('|'));
    const QStringList b = tos.split(QLatin1Char('|'));
    QCOMPARE(a.size(), f.size());
    QCOMPARE(b.size(), f.size());
    for (int i = 0; i < f.size(); ++i) {
        if (b.at(i) == QLatin1String(kDelete)) {
            QVERIFY2(fs.contains(f.at(i)), qPrintable(f.at(i)));
            // MemoryFileSet has no remove: rebuild without the file.
            MemoryFileSet copy(fs.origin());
            for (const QString &p : fs.paths()) {
                if (p != f.at(i))
                    copy.insert(p, *fs.read(p));
            }
            fs = std::move(copy);
            continue;
        }
        if (!fs.contains(f.at(i))) {
            QVERIFY2(a.at(i).isEmpty(), qPrintable(f.at(i)));
            fs.insert(f.at(i), b.at(i).toUtf8());
            continue;
        }
        QByteArray data = *fs.read(f.at(i));
        if (a.at(i).isEmpty()) {
            data.append(b.at(i).toUtf8());
        } else {
            const qsizetype at = data.indexOf(a.at(i).toUtf8());
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("\"%1\" not found in %2").arg(a.at(i), f.at(i))));
            data.replace(at, a.at(i).toUtf8().size(), b.at(i).toUtf8());
        }
        fs.insert(f.at(i), data);
    }
}

QString dump(const ValidationReport &r)
{
    return r.toText();
}

// Every source file of the studio (core, app, cli), for the checks on the diagnostic table.
QMap<QString, QString> studioSources()
{
    QMap<QString, QString> out;
    for (const char *dir : {"core", "app", "cli"}) {
        QDirIterator it(QStringLiteral(STUDIO_SOURCE_DIR "/") + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                out.insert(QDir(QStringLiteral(STUDIO_SOURCE_DIR)).relativeFilePath(f.fileName()), QString::fromUtf8(f.readAll()));
        }
    }
    return out;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void fixturesAreValid_data();
    void fixturesAreValid();
    void rules_data();
    void rules();
    void acceptedOddities_data();
    void acceptedOddities();
    void levels();
    void importedPackageDowngrades();
    void hostileYaml_data();
    void hostileYaml();
    void ignoredReferencedFiles();
    void symlinkToFolder();
    void noManifest();
    void concurrentValidation();
    void codesTable();
    void codesTableMatchesSources();
};

void TestValidator::fixturesAreValid_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *f : {"tool", "model_predefined", "model_customizable", "agent_strategy", "extension",
                          "tool_endpoints", "datasource", "trigger"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestValidator::fixturesAreValid()
{
    QFETCH(QString, fixture);
    auto fs = loadFixture(fixture);
    const ValidationReport r = validatePlugin(*fs);
    QVERIFY2(r.errorCount() == 0, qPrintable(dump(r)));
    QVERIFY2(r.warningCount() == 0, qPrintable(dump(r)));
    // Same through a real folder.
    DirectoryFileSet dir(QStringLiteral(STUDIO_FIXTURES "/plugins/") + fixture);
    const ValidationReport r2 = validatePlugin(dir);
    QVERIFY2(!r2.hasErrors(), qPrintable(dump(r2)));
}

void TestValidator::rules_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expect"); // error | warning | absent
    const int sdk = int(ValidationLevel::Sdk), strict = int(ValidationLevel::Strict),
              install = int(ValidationLevel::Install);
    const QString m = QStringLiteral("manifest.yaml");
    const QString tp = QStringLiteral("provider/weather.yaml");
    const QString tt = QStringLiteral("tools/current.yaml");
    const QString mp = QStringLiteral("provider/acme.yaml");
    const QString ml = QStringLiteral("models/llm/acme-large.yaml");

    auto row = [](const char *name, const QString &fx, const QString &file, const QString &from, const QString &to,
                  int level, const char *code, const char *expect) {
        QTest::newRow(name) << fx << file << from << to << level << QString::fromLatin1(code)
                            << QString::fromLatin1(expect);
    };
    const QString tool = QStringLiteral("tool");
    const QString model = QStringLiteral("model_predefined");

    // formats.md §8 plugin_declaration_test.go
    row("version 1", tool, m, "version: 0.0.1\ntype", "version: 1\ntype", install, "manifest.version.format", "error");
    row("version 1.0 (strict)", tool, m, "version: 0.0.1\ntype", "version: 1.0\ntype", strict, "manifest.version.format", "error");
    row("version 1.0 installs", tool, m, "version: 0.0.1\ntype", "version: 1.0\ntype", install, "manifest.version.format", "absent");
    row("version pep440", tool, m, "version: 0.0.1\ntype", "version: 1.0.0-foo\ntype", sdk, "manifest.version.pep440", "error");
    row("version -beta ok", tool, m, "version: 0.0.1\ntype", "version: 1.0.0-beta\ntype", sdk, "manifest.version.pep440", "absent");
    row("runner language test", tool, m, "language: python", "language: test", strict, "manifest.meta.runner.language", "error");
    row("arch test", tool, m, "- amd64\n    - arm64", "- test", strict, "manifest.meta.arch.invalid", "error");
    row("storage 1023", tool, m, "size: 1048576", "size: 1023", strict, "manifest.storage.size", "error");
    row("storage 1073741825", tool, m, "size: 1048576", "size: 1073741825", strict, "manifest.storage.size", "error");
    row("storage 1024 ok", tool, m, "size: 1048576", "size: 1024", strict, "manifest.storage.size", "absent");
    row("storage without size", tool, m, "\n      size: 1048576", "", strict, "manifest.storage.size", "error");
    row("type test", tool, m, "type: plugin", "type: test", strict, "manifest.type.invalid", "error");
    row("empty name strict", tool, m, "name: weather_tool", "name: \"\"", strict, "manifest.name.missing", "error");
    row("empty name install", tool, m, "name: weather_tool", "name: \"\"", install, "manifest.name.format", "error");
    row("name uppercase", tool, m, "name: weather_tool", "name: Weather", install, "manifest.name.format", "error");
    row("author uppercase", tool, m, "author: studio_tests", "author: Yeuoly", install, "manifest.author.format", "error");
    row("author uuid", tool, m, "author: studio_tests", "author: 8d3f0c7e-2b1a-4f6e-9a51-0c2d7e9b4a33", install,
        "manifest.author.uuid", "error");
    row("memory quoted", tool, m, "memory: 268435456", "memory: \"268435456\"", install, "yaml.type.int", "error");
    row("memory zero", tool, m, "memory: 268435456", "memory: 0", strict, "manifest.memory.missing", "error");
    row("repo empty string", tool, m, "privacy: PRIVACY.md", "privacy: PRIVACY.md\nrepo: \"\"", strict, "manifest.repo.url", "error");
    row("repo null ok", tool, m, "privacy: PRIVACY.md", "privacy: PRIVACY.md\nrepo:", strict, "manifest.repo.url", "absent");
    row("repo url ok", tool, m, "privacy: PRIVACY.md", "privacy: PRIVACY.md\nrepo: https://github.com/a/b", strict,
        "manifest.repo.url", "absent");
    row("repo no scheme", tool, m, "privacy: PRIVACY.md", "privacy: PRIVACY.md\nrepo: github.com/a/b", strict,
        "manifest.repo.url", "error");
    row("created_at quoted no zone", tool, m, "created_at: 2026-01-02T03:04:05.000000000Z",
        "created_at: \"2024-07-12 08:03:44\"", install, "manifest.created_at.format", "error");
    row("created_at plain space ok", tool, m, "created_at: 2026-01-02T03:04:05.000000000Z",
        "created_at: 2024-07-12 08:03:44", install, "manifest.created_at.format", "absent");
    row("created_at plain date ok", tool, m, "created_at: 2026-01-02T03:04:05.000000000Z", "created_at: 2024-07-12",
        install, "manifest.created_at.format", "absent");
    row("created_at quoted rfc3339 ok", tool, m, "created_at: 2026-01-02T03:04:05.000000000Z",
        "created_at: \"2024-07-12T08:03:44+08:00\"", install, "manifest.created_at.format", "absent");
    row("created_at T without zone", tool, m, "created_at: 2026-01-02T03:04:05.000000000Z",
        "created_at: 2024-07-12T08:03:44", install, "manifest.created_at.format", "error");
    row("created_at missing", tool, m, "created_at: 2026-01-02T03:04:05.000000000Z", "", strict,
        "manifest.created_at.missing", "error");
    row("created_at future", tool, m, "created_at: 2026-01-02T03:04:05.000000000Z", "created_at: 2999-01-01T00:00:00Z",
        install, "manifest.created_at.future", "warning");
    row("tags wrong", tool, m, "tags: [utilities]", "tags: [wrong]", strict, "tag.invalid", "error");
    row("runner version unquoted 3.10", tool, m, "version: \"3.12\"", "version: 3.10", sdk,
        "manifest.meta.runner.version.unquoted", "error");
    row("runner version unquoted 3.12", tool, m, "version: \"3.12\"", "version: 3.12", sdk,
        "manifest.meta.runner.version.unquoted", "warning");
    row("label without en_US", tool, m, "  en_US: Weather\n  zh_Hans", "  ja_JP: Weather\n  zh_Hans", strict,
        "i18n.en_US.missing", "error");
    row("stray language key", tool, m, "  zh_Hans: Weather", "  zh_Hans: Weather\n  zh_Hant: Weather", install,
        "i18n.language.dropped", "warning");
    row("icon missing", tool, "_assets/icon.svg", "", kDelete, install, "asset.missing", "error");
    row("icon_dark missing", tool, m, "icon: icon.svg", "icon: icon.svg\nicon_dark: dark.svg", install, "asset.missing", "error");
    row("no plugins", tool, m, "  tools:\n    - provider/weather.yaml", "  tools: []", install, "manifest.plugins.none", "error");
    row("plugins missing", tool, m, "plugins:\n  tools:\n    - provider/weather.yaml", "", strict,
        "manifest.plugins.missing", "error");
    row("two providers in a list", tool, m, "    - provider/weather.yaml",
        "    - provider/weather.yaml\n    - provider/weather.yaml", install, "manifest.plugins.multiple", "error");
    row("dot-slash path", tool, m, "    - provider/weather.yaml", "    - ./provider/weather.yaml", install, "path.unclean", "error");
    row("missing provider file", tool, m, "    - provider/weather.yaml", "    - provider/nothing.yaml", install,
        "file.missing", "error");
    row("models + tools", tool, QStringLiteral("manifest.yaml|provider/m.yaml"),
        QStringLiteral("  tools:\n|"),
        QStringLiteral("  models:\n    - provider/m.yaml\n  tools:\n|provider: m\nlabel: {en_US: M}\n"
                       "supported_model_types: [llm]\nconfigurate_methods: [customizable-model]\n"),
        install, "manifest.plugins.combination", "error");
    row("trigger + tools", QStringLiteral("trigger"), QStringLiteral("manifest.yaml|tools/p.yaml"),
        QStringLiteral("  triggers:\n|"),
        QStringLiteral("  tools:\n    - tools/p.yaml\n  triggers:\n|identity: {author: a, name: p, label: {en_US: P}, "
                       "description: {en_US: P}, icon: icon.svg}\n"),
        install, "manifest.plugins.combination", "error");
    row("tools + endpoints ok", QStringLiteral("tool_endpoints"), m, "", "", install, "manifest.plugins.combination", "absent");

    // tool_declaration_test.go and friends
    row("identity name with space", tool, tt, "name: current", "name: tool AA", strict, "identity.name.format", "error");
    row("identity name hyphen ok", tool, tt, "name: current", "name: tool-name-123", strict, "identity.name.format", "absent");
    row("provider without author", tool, tp, "  author: studio_tests\n", "", strict, "identity.author.missing", "error");
    row("provider without description", tool, tp, "  description:\n    en_US: Weather look-ups.\n", "", strict,
        "i18n.en_US.missing", "error");
    row("credential type wrong", tool, tp, "type: secret-input", "type: wrong", strict, "field.type.invalid", "error");
    row("identity tag wrong", tool, tp, "    - utilities", "    - wrong", strict, "tag.invalid", "error");
    row("tool tag agent strict ok", tool, tp, "    - utilities", "    - agent", strict, "tag.sdk.unsupported", "absent");
    row("tool tag agent sdk error", tool, tp, "    - utilities", "    - agent", sdk, "tag.sdk.unsupported", "error");
    row("parameter type date-picker", tool, tt, "type: string", "type: date-picker", strict, "parameter.type.invalid", "error");
    row("form wrong", tool, tt, "form: llm", "form: wrong", strict, "parameter.form.invalid", "error");
    row("app-selector scope wrong", tool, tt, "type: string", "type: app-selector\n    scope: wrong", strict,
        "scope.invalid", "error");
    row("app-selector scope all ok", tool, tt, "type: string", "type: app-selector\n    scope: all", strict,
        "scope.invalid", "absent");
    row("credential app-selector scope wrong", tool, tp, "type: secret-input", "type: app-selector\n    scope: wrong",
        strict, "scope.invalid", "error");
    row("model-selector scope all", tool, tt, "type: string", "type: model-selector\n    scope: all", strict,
        "scope.invalid", "error");
    row("model-selector spaced & list ok", tool, tt, "type: string",
        "type: model-selector\n    scope: llm& document&tool-call", strict, "scope.invalid", "absent");
    row("scope on a string", tool, tt, "type: string", "type: string\n    scope: llm", strict, "scope.unexpected", "error");
    row("required quoted true", tool, tt, "required: true", "required: \"true\"", install, "yaml.type.bool", "error");
    row("required yes ok", tool, tt, "required: true", "required: yes", install, "yaml.type.bool", "absent");
    row("output_schema object ok", tool, tt, "extra:", "output_schema:\n  type: object\n  properties: {a: {type: string}}\nextra:",
        strict, "yaml.type.mapping", "absent");
    row("no llm description", tool, tt, "  llm: Returns the current weather for the given city.\n", "", strict,
        "tool.description.llm.missing", "error");
    row("no human_description", tool, tt, "    human_description:\n      en_US: The city to look up.\n", "", strict,
        "i18n.en_US.missing", "error");
    row("duplicate known key", tool, tt, "parameters:", "identity:\n  name: again\nparameters:", install,
        "yaml.key.duplicate", "error");
    row("duplicate in ignored subtree ok", tool, tt, "extra:", "whatever:\n  help: 1\n  help: 2\nextra:", install,
        "yaml.key.duplicate", "absent");
    row("duplicate in output_schema map", tool, tt, "extra:", "output_schema:\n  type: object\n  type: array\nextra:",
        install, "yaml.key.duplicate", "error");
    row("multiple on string", tool, tt, "type: string", "type: string\n    multiple: true", sdk, "parameter.multiple.type", "error");
    row("multiple default not list", tool, tt, "default: metric", "default: metric\n    multiple: true", sdk,
        "parameter.default.multiple", "error");
    row("option value no", tool, tp, "value: eu", "value: no", sdk, "option.value.ambiguous", "warning");
    row("credentials_for_provider list", tool, tp, "credentials_for_provider:",
        "credentials_for_provider:\n  - name: token\n    type: secret-input\n    label: {en_US: Token}\nold_credentials:", sdk, "tool.credentials.list_form", "error");
    row("inline tool", tool, tp, "  - tools/current.yaml", "  - identity: {author: a, name: b, label: {en_US: B}}\n"
        "    description: {human: {en_US: B}, llm: b}", sdk, "declaration.inline", "error");
    row("python source missing", tool, tp, "    source: provider/weather.py", "    other: x", sdk, "python.source.missing", "error");
    row("python source not found", tool, "provider/weather.py", "", kDelete, sdk, "python.source.notfound", "error");
    row("string into int field precision", tool, tt, "max: 7", "max: 7\n    precision: \"2\"", install, "yaml.type.int", "error");
    row("malformed tool yaml", tool, tt, "parameters:", "parameters: [\n", install, "yaml.syntax", "error");

    // models
    row("use_template foo", model, ml, "use_template: temperature", "use_template: foo", install,
        "model.rule.use_template.unknown", "error");
    row("rule without type", model, ml, "    type: int\n", "", strict, "model.rule.type.missing", "error");
    row("rule type wrong", model, ml, "type: int", "type: integer", strict, "model.rule.type.invalid", "error");
    row("glob with ./", model, mp, "\"models/llm/*.yaml\"", "\"./models/llm/*.yaml\"", install, "model.glob.empty", "warning");
    row("model type wrong", model, ml, "model_type: llm", "model_type: chat", strict, "model.type.invalid", "error");
    row("model feature wrong", model, ml, "- stream-tool-call", "- telepathy", sdk, "model.feature.invalid", "error");
    row("model property key", model, ml, "context_size: 128000", "context_size: 128000\n  colour: red", sdk,
        "model.properties.key", "error");
    row("model icon missing", model, "_assets/icon_s_en.svg", "", kDelete, install, "asset.missing", "error");
    row("model credential type boolean", model, mp, "type: secret-input", "type: boolean", strict,
        "model.credential.type.invalid", "error");
    row("model credential required implicit", model, mp, "      type: secret-input\n      required: true\n      placeholder",
        "      type: secret-input\n      placeholder", install, "model.credential.required.implicit", "warning");
    row("pricing not decimal", model, ml, "input: '0.003'", "input: cheap", install, "model.pricing.decimal", "error");
    row("position missing", model, "models/llm/_position.yaml", "", kDelete, install, "file.missing", "error");
    row("provider_source missing", model, "provider/acme.py", "", kDelete, sdk, "python.source.notfound", "error");
    row("configurate method wrong", model, mp, "  - customizable-model", "  - manual", strict,
        "model.configurate_method.invalid", "error");

    // agent strategies, endpoints, datasources, triggers
    const QString ag = QStringLiteral("agent_strategy"), st = QStringLiteral("strategies/function_calling.yaml");
    row("agent param object strict", ag, st, "type: string", "type: object", strict, "parameter.type.invalid", "error");
    row("agent feature wrong", ag, st, "- history-messages", "- memory", sdk, "strategy.feature.invalid", "error");
    row("agent any scope ok", ag, st, "scope: array[object]", "scope: array[string]", strict, "scope.invalid", "absent");
    row("agent any scope wrong", ag, st, "scope: array[object]", "scope: array[bool]", strict, "scope.invalid", "error");
    const QString ex = QStringLiteral("extension");
    row("endpoint method lower", ex, QStringLiteral("endpoints/hook.yaml"), "method: POST", "method: post", strict,
        "endpoint.method.invalid", "error");
    row("endpoint settings map", ex, QStringLiteral("group/relay.yaml"), "settings:",
        "settings:\n  api_key: {type: secret-input, label: {en_US: K}}\nold_settings:", install, "yaml.type.list", "error");
    row("endpoint hidden quoted", ex, QStringLiteral("endpoints/hook.yaml"), "method: POST", "method: POST\nhidden: \"true\"",
        install, "yaml.type.bool", "error");
    row("endpoint without permission", ex, m, "endpoint:\n      enabled: true", "endpoint:\n      enabled: false", install,
        "manifest.permission.endpoint", "warning");
    const QString ds = QStringLiteral("datasource"), dsf = QStringLiteral("datasources/pages.yaml");
    row("datasource param scope", ds, dsf, "type: string", "type: string\n    scope: llm", strict, "scope.unexpected", "error");
    row("datasource param type invalid", ds, dsf, "type: string", "type: invalid_type", strict, "parameter.type.invalid", "error");
    row("datasource provider type invalid", ds, QStringLiteral("provider/notes.yaml"), "provider_type: online_document",
        "provider_type: invalid_type", strict, "datasource.provider_type.invalid", "error");
    row("datasource parameters null ok", ds, dsf, "parameters:\n", "parameters:\nunused:\n", install, "yaml.type.list", "absent");
    row("datasource credentials map", ds, QStringLiteral("provider/notes.yaml"), "credentials_schema:",
        "credentials_schema:\n  token: {type: secret-input, label: {en_US: T}}\nold_credentials:", sdk, "datasource.credentials.map_form", "error");
    const QString tg = QStringLiteral("trigger");
    row("trigger tags", tg, QStringLiteral("provider/tickets.yaml"), "  icon: icon.svg", "  icon: icon.svg\n  tags: [social]",
        sdk, "tag.sdk.unsupported", "error");
    row("trigger event missing", tg, QStringLiteral("events/ticket_opened.yaml"), "", kDelete, install, "file.missing", "error");

    // README / REVIEW
    row("readme cjk", tool, QStringLiteral("README.md"), "Looks up", "查询 Looks up", install, "readme.cjk", "warning");
    row("readme missing", tool, QStringLiteral("README.md"), "", kDelete, install, "readme.missing", "warning");
    row("readme bad name", tool, QStringLiteral("readme/README-fr.md"), "", "# Météo\n", install, "readme.name", "warning");
    row("readme good name", tool, QStringLiteral("readme/README_zh_Hans.md"), "", "# 天气\n", install, "readme.name", "absent");
    row("readme at root", tool, QStringLiteral("README_ja_JP.md"), "", "# x\n", install, "readme.location", "warning");
    row("privacy missing", tool, m, "privacy: PRIVACY.md\n", "", install, "privacy.missing", "warning");
    row("privacy placeholder", tool, QStringLiteral("PRIVACY.md|PRIVACY.md"), "# Privacy policy|This fixture",
        "TODO|TODO", install, "privacy.placeholder", "warning");
    row("privacy file gone", tool, QStringLiteral("PRIVACY.md"), "", kDelete, install, "privacy.notfound", "warning");
    row("pyproject missing", tool, QStringLiteral("pyproject.toml"), "", kDelete, install, "pyproject.missing", "warning");
    row("venv packaged", tool, QStringLiteral(".venv/bin/python"), "", "x", install, "venv.present", "warning");
    row("dotenv packaged", tool, QStringLiteral(".env"), "", "KEY=1\n", install, "secrets.env", "warning");
}

void TestValidator::rules()
{
    QFETCH(QString, fixture);
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, level);
    QFETCH(QString, code);
    QFETCH(QString, expect);

    auto fs = loadFixture(fixture);
    if (!(file == QLatin1String("manifest.yaml") && from.isEmpty() && to.isEmpty()))
        applyEdits(*fs, file, from, to);
    if (QTest::currentTestFailed())
        return;
    ValidationOptions options;
    options.level = ValidationLevel(level);
    options.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone(0));
    const ValidationReport r = validatePlugin(*fs, options);

    const Diagnostic *hit = nullptr;
    for (const Diagnostic &d : r.diagnostics()) {
        QVERIFY2(findDiagnosticCode(d.code, d.layer),
                 qPrintable(QStringLiteral("code %1 in layer %2 is not in the table").arg(d.code, layerName(d.layer))));
        QVERIFY2(!d.message.isEmpty(), qPrintable(d.code));
        if (d.code == code && !hit)
            hit = &d;
    }
    if (expect == QLatin1String("absent")) {
        QVERIFY2(!hit, qPrintable(dump(r)));
        return;
    }
    QVERIFY2(hit, qPrintable(QStringLiteral("expected %1, got:\n%2").arg(code, dump(r))));
    QCOMPARE(severityName(hit->severity), expect);
    QVERIFY2(!hit->file.isEmpty(), qPrintable(dump(r)));
    // Everything found inside a YAML file points at a line.
    if (hit->file.endsWith(QLatin1String(".yaml")))
        QVERIFY2(hit->line > 0 && hit->column > 0, qPrintable(dump(r)));
    if (expect == QLatin1String("error"))
        QVERIFY(r.hasErrors());
}

// formats.md §7: structures of real plugins that the daemon installs; no install-level error allowed.
void TestValidator::acceptedOddities_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("unknown manifest keys + verified") << "tool" << "manifest.yaml" << "privacy: PRIVACY.md"
        << "privacy: PRIVACY.md\nverified: false\nprovider_type: online_document\nexecution:\n  timeout: 3";
    QTest::newRow("help with nested text (bedrock)") << "model_predefined" << "provider/acme.yaml"
        << "      placeholder:\n        en_US: Paste your key"
        << "      help:\n        text:\n          en_US: Where to find it";
    QTest::newRow("no subscription_schema") << "trigger" << "provider/tickets.yaml"
        << "subscription_schema:\n  - name: webhook_secret\n    type: secret-input\n    required: false\n"
           "    label:\n      en_US: Webhook secret\n"
        << "";
    QTest::newRow("subscription_schema map with own types") << "trigger" << "provider/tickets.yaml"
        << "subscription_schema:\n  - name: webhook_secret\n    type: secret-input"
        << "subscription_schema:\n  webhook_secret:\n    type: password\nold_schema:\n  - name: webhook_secret\n    type: secret-input";
    QTest::newRow("integer option values") << "tool" << "tools/current.yaml" << "value: metric" << "value: 0";
    QTest::newRow("select options with zh_Hant") << "tool" << "tools/current.yaml" << "          en_US: Metric"
        << "          en_US: Metric\n          zh_Hant: Metric";
    QTest::newRow("comments between list items") << "tool" << "manifest.yaml" << "    - provider/weather.yaml"
        << "    # the provider\n    - provider/weather.yaml\n    # end";
    QTest::newRow("non-yaml data files next to tools") << "tool" << "tools/data.json" << "" << "{\"a\": 1}";
    QTest::newRow("oauth_schema with scopes") << "tool" << "provider/weather.yaml" << "tools:\n"
        << "oauth_schema:\n  scopes: [a, b]\n  client_schema:\n    - name: client_id\n      type: secret-input\n"
           "      label: {en_US: Client ID}\n  credentials_schema:\n    - name: access_token\n      type: secret-input\n"
           "      label: {en_US: Token}\ntools:\n";
    QTest::newRow("runner version 3.10 quoted") << "tool" << "manifest.yaml" << "version: \"3.12\"" << "version: \"3.10\"";
    QTest::newRow("name differs from folder, hyphen") << "tool" << "manifest.yaml" << "name: weather_tool"
        << "name: dify-weather";
}

void TestValidator::acceptedOddities()
{
    QFETCH(QString, fixture);
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    auto fs = loadFixture(fixture);
    applyEdits(*fs, file, from, to);
    ValidationOptions o;
    o.level = ValidationLevel::Install;
    const ValidationReport r = validatePlugin(*fs, o);
    QVERIFY2(!r.hasErrors(), qPrintable(dump(r)));
}

void TestValidator::levels()
{
    // A STRICT-only problem: invalid at strict/sdk, valid at install.
    auto fs = loadFixture(QStringLiteral("tool"));
    applyEdits(*fs, QStringLiteral("manifest.yaml"), QStringLiteral("size: 1048576"), QStringLiteral("size: 10"));
    ValidationOptions o;
    o.level = ValidationLevel::Install;
    QVERIFY(!validatePlugin(*fs, o).hasErrors());
    o.level = ValidationLevel::Strict;
    QVERIFY(validatePlugin(*fs, o).contains(QStringLiteral("manifest.storage.size")));
    o.level = ValidationLevel::Sdk;
    QVERIFY(validatePlugin(*fs, o).hasErrors());
    // An SDK-only problem: valid at strict.
    auto fs2 = loadFixture(QStringLiteral("tool"));
    applyEdits(*fs2, QStringLiteral("provider/weather.yaml"), QStringLiteral("    - utilities"), QStringLiteral("    - agent"));
    o.level = ValidationLevel::Strict;
    QVERIFY(!validatePlugin(*fs2, o).hasErrors());
    o.level = ValidationLevel::Sdk;
    QVERIFY(validatePlugin(*fs2, o).hasErrors());

    QCOMPARE(parseValidationLevel(QStringLiteral("INSTALL")), std::optional(ValidationLevel::Install));
    QCOMPARE(parseValidationLevel(QStringLiteral("sdk")), std::optional(ValidationLevel::Sdk));
    QVERIFY(!parseValidationLevel(QStringLiteral("everything")).has_value());
    QCOMPARE(validationLevelName(ValidationLevel::Strict), QStringLiteral("strict"));
}

void TestValidator::importedPackageDowngrades()
{
    auto fs = loadFixture(QStringLiteral("tool"));
    applyEdits(*fs, QStringLiteral("manifest.yaml|tools/current.yaml"), QStringLiteral("size: 1048576|form: llm"),
               QStringLiteral("size: 10|form: wrong"));
    ValidationOptions o;
    o.importedPackage = true;
    const ValidationReport r = validatePlugin(*fs, o);
    QVERIFY2(!r.hasErrors(), qPrintable(dump(r)));
    QVERIFY(r.contains(QStringLiteral("manifest.storage.size")));
    QVERIFY(r.contains(QStringLiteral("parameter.form.invalid")));
    // Install-level problems stay errors.
    applyEdits(*fs, QStringLiteral("manifest.yaml"), QStringLiteral("version: 0.0.1\ntype"), QStringLiteral("version: 1\ntype"));
    QVERIFY(validatePlugin(*fs, o).hasErrors());
}

void TestValidator::hostileYaml_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::newRow("malformed") << QByteArray("version: 0.0.1\nlabel: {en_US: [unclosed\n");
    QTest::newRow("tab indentation") << QByteArray("version: 0.0.1\nlabel:\n\ten_US: x\n");
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 131 + 7) % 256));
    QTest::newRow("binary") << binary;
    QTest::newRow("invalid utf-8") << QByteArray("version: 0.0.1\nname: \xff\xfe\xc3\x28\n");
    static const char nulBytes[] = "version: 0.0.1\0\0\0name: x\n"; // embedded NULs: size from the array
    QTest::newRow("nul bytes") << QByteArray(nulBytes, sizeof(nulBytes) - 1);
    QByteArray big("version: 0.0.1\ndescription:\n  en_US: ");
    big.append(QByteArray(50 * 1024 * 1024, 'a'));
    big.append('\n');
    QTest::newRow("50 MB manifest") << big;
    QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    QTest::newRow("10000-deep flow nesting") << deep;
    QByteArray deepBlock;
    for (int i = 0; i < 10000; ++i)
        deepBlock += "- ";
    deepBlock += "x\n";
    QTest::newRow("10000-deep block sequence") << deepBlock;
    QTest::newRow("10000-deep flow mapping") << QByteArray("a: ") + QByteArray(10000, '{') + QByteArray(10000, '}');
    QByteArray bomb("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; ++c)
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ",*" + QByteArray(1, char(c - 1))
                + ",*" + QByteArray(1, char(c - 1)) + ",*" + QByteArray(1, char(c - 1)) + ",*" + QByteArray(1, char(c - 1))
                + ",*" + QByteArray(1, char(c - 1)) + ",*" + QByteArray(1, char(c - 1)) + ",*" + QByteArray(1, char(c - 1))
                + ",*" + QByteArray(1, char(c - 1)) + "]\n";
    QTest::newRow("exponential aliases") << bomb;
    QTest::newRow("list root") << QByteArray("- a\n- b\n");
    QTest::newRow("scalar root") << QByteArray("just text\n");
    QTest::newRow("empty") << QByteArray();
}

void TestValidator::hostileYaml()
{
    QFETCH(QByteArray, manifest);
    auto fs = loadFixture(QStringLiteral("tool"));
    fs->insert(QStringLiteral("manifest.yaml"), manifest);
    QElapsedTimer t;
    t.start();
    const ValidationReport r = validatePlugin(*fs);
    QVERIFY2(t.elapsed() < 20000, "validation took too long");
    QVERIFY(r.hasErrors());
    const Diagnostic &first = [&]() -> const Diagnostic & {
        for (const Diagnostic &d : r.diagnostics()) {
            if (d.severity == Severity::Error)
                return d;
        }
        return r.diagnostics().first();
    }();
    QCOMPARE(first.file, QStringLiteral("manifest.yaml"));
    QVERIFY2(first.code == QLatin1String("yaml.syntax") || first.code == QLatin1String("manifest.not_mapping"),
             qPrintable(dump(r)));
    QVERIFY(first.message.size() > 20);

    // The same bytes as a referenced tool file.
    auto fs2 = loadFixture(QStringLiteral("tool"));
    fs2->insert(QStringLiteral("tools/current.yaml"), manifest);
    const ValidationReport r2 = validatePlugin(*fs2);
    QVERIFY(r2.hasErrors());
}

void TestValidator::ignoredReferencedFiles()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString src = QStringLiteral(STUDIO_FIXTURES "/plugins/tool");
    QDirIterator it(src, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        const QString rel = QDir(src).relativeFilePath(abs);
        QDir().mkpath(QFileInfo(tmp.filePath(rel)).path());
        QVERIFY(QFile::copy(abs, tmp.filePath(rel)));
    }
    DirectoryFileSet fs(tmp.path(), [](const QString &rel, bool) {
        return rel == QLatin1String("_assets") || rel == QLatin1String("tools/current.yaml");
    });
    const ValidationReport r = validatePlugin(fs);
    QVERIFY2(r.contains(QStringLiteral("asset.ignored")), qPrintable(dump(r)));
    QVERIFY2(r.contains(QStringLiteral("file.ignored")), qPrintable(dump(r)));
}

void TestValidator::symlinkToFolder()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString src = QStringLiteral(STUDIO_FIXTURES "/plugins/tool");
    QDirIterator it(src, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        const QString rel = QDir(src).relativeFilePath(abs);
        QDir().mkpath(QFileInfo(tmp.filePath(rel)).path());
        QVERIFY(QFile::copy(abs, tmp.filePath(rel)));
    }
    QVERIFY(QFile::link(tmp.filePath(QStringLiteral("tools")), tmp.filePath(QStringLiteral("tools_link"))));
    DirectoryFileSet fs(tmp.path());
    const ValidationReport r = validatePlugin(fs);
    QVERIFY2(r.contains(QStringLiteral("file.walk")), qPrintable(dump(r)));
    QVERIFY(r.hasErrors());
    const Diagnostic *d = nullptr;
    for (const Diagnostic &x : r.diagnostics()) {
        if (x.code == QLatin1String("file.walk"))
            d = &x;
    }
    QCOMPARE(d->file, QStringLiteral("tools_link"));
}

void TestValidator::noManifest()
{
    MemoryFileSet fs;
    fs.insert(QStringLiteral("README.md"), "# nothing\n");
    const ValidationReport r = validatePlugin(fs);
    QVERIFY(r.contains(QStringLiteral("manifest.missing")));
    QCOMPARE(r.errorCount(), 1);
}

void TestValidator::concurrentValidation()
{
    const QStringList names = {QStringLiteral("tool"), QStringLiteral("model_predefined"), QStringLiteral("trigger"),
                               QStringLiteral("datasource")};
    std::vector<std::unique_ptr<MemoryFileSet>> sets;
    QList<QByteArray> expected;
    for (const QString &n : names) {
        sets.push_back(loadFixture(n));
        applyEdits(*sets.back(), QStringLiteral("manifest.yaml"), QStringLiteral("version: 0.0.1\ntype"),
                   QStringLiteral("version: 1\ntype"));
        expected.append(validatePlugin(*sets.back()).toJson());
    }
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 10; ++i) {
                const int k = (t + i) % int(sets.size());
                if (validatePlugin(*sets[size_t(k)]).toJson() != expected.at(k))
                    ++mismatches;
            }
        });
    }
    for (auto &th : threads)
        th.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestValidator::codesTable()
{
    static const QRegularExpression codeRe(QStringLiteral("^[a-z0-9_]+(\\.[a-zA-Z0-9_-]+)+$"));
    const QList<DiagnosticCodeInfo> &rows = diagnosticCodes();
    QCOMPARE(rows.size(), int(DiagnosticCode::Count_));
    QSet<QString> seen;
    for (int i = 0; i < rows.size(); ++i) {
        const DiagnosticCodeInfo &c = rows.at(i);
        QCOMPARE(int(c.id), i); // the table is in enum order
        QCOMPARE(diagnosticCodeInfo(c.id).codeText(), c.codeText());
        QCOMPARE(diagnosticCodeInfo(c.id).layer, c.layer);
        const QString key = c.codeText() + QLatin1Char(' ') + layerName(c.layer) + QLatin1Char(' ') + severityName(c.severity);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QVERIFY2(codeRe.match(c.codeText()).hasMatch(), c.code);
        QVERIFY2(!c.titleText().isEmpty(), c.code);
        QVERIFY2(!c.fix || !c.fixText().isEmpty(), c.code);
        QVERIFY2(!c.reserved || qstrlen(c.reserved) > 10, c.code); // a reserved row says why
        // Marketplace review findings never refuse a plugin; a Marketplace CI row names its check.
        if (c.layer == Layer::Review)
            QVERIFY2(c.severity == Severity::Warning, c.code);
        if (c.layer == Layer::Marketplace)
            QVERIFY2(c.checkId && *c.checkId, c.code);
        QCOMPARE(findDiagnosticCode(c.codeText(), c.layer) != nullptr, true);
    }
    QVERIFY(seen.size() > 150);
    const Diagnostic d = makeDiagnostic(DiagnosticCode::ManifestVersionFormat, QStringLiteral("m"), QStringLiteral("manifest.yaml"), 2, 10,
                                        QStringLiteral("version"));
    QCOMPARE(d.code, QStringLiteral("manifest.version.format"));
    QCOMPARE(d.layer, Layer::Install);
    QCOMPARE(diagnosticCodeInfo(DiagnosticCode::ManifestVersionComponents).layer, Layer::Strict);
    QCOMPARE(d.line, 2);
    QVERIFY(!findDiagnosticCode(QStringLiteral("no.such.code")));
}

// The table is the only source of codes: every row is reported somewhere in the sources (or says
// why it is reserved), and no Diagnostic gets its code, layer or severity written by hand.
void TestValidator::codesTableMatchesSources()
{
    const QMap<QString, QString> sources = studioSources();
    QVERIFY2(sources.size() > 100, STUDIO_SOURCE_DIR);
    const QString header = sources.value(QStringLiteral("core/plugin/diagnosticcodes.h"));
    const qsizetype begin = header.indexOf(QStringLiteral("enum class DiagnosticCode"));
    const qsizetype end = header.indexOf(QStringLiteral("Count_"), begin);
    QVERIFY(begin > 0 && end > begin);
    static const QRegularExpression enumerator(QStringLiteral("^\\s*(\\w+),"), QRegularExpression::MultilineOption);
    QStringList names;
    for (auto m = enumerator.globalMatch(header.mid(begin, end - begin)); m.hasNext();)
        names << m.next().captured(1);
    QCOMPARE(names.size(), int(DiagnosticCode::Count_));

    QSet<QString> used;
    static const QRegularExpression use(QStringLiteral("DiagnosticCode::(\\w+)"));
    static const QRegularExpression handWritten(QStringLiteral("\\b\\w+\\.(code|layer)\\s*=\\s*(QString|\\w+::|code\\b)"));
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("core/plugin/diagnosticcodes.")))
            continue;
        for (auto m = use.globalMatch(it.value()); m.hasNext();)
            used.insert(m.next().captured(1));
        // core/publish (#19) still reports the Marketplace CI's checks as its own Finding type with
        // code strings; its rows move into this table as Layer::Marketplace rows (requests/scaffold.md).
        if (it.key().startsWith(QLatin1String("core/publish/")))
            continue;
        for (auto m = handWritten.globalMatch(it.value()); m.hasNext();) {
            const QRegularExpressionMatch hit = m.next();
            const QString line = it.value().mid(hit.capturedStart(), 80).section(QLatin1Char('\n'), 0, 0);
            if (line.contains(QLatin1String("ErrorCode")) || line.contains(QLatin1String("error().code")))
                continue; // an Error's code, not a Diagnostic's
            QFAIL(qPrintable(QStringLiteral("%1 builds a Diagnostic by hand (%2); use makeDiagnostic()").arg(it.key(), line)));
        }
    }
    for (int i = 0; i < names.size(); ++i) {
        const DiagnosticCodeInfo &c = diagnosticCodes().at(i);
        if (c.reserved) {
            QVERIFY2(!used.contains(names.at(i)), qPrintable(names.at(i) + QStringLiteral(" is used: drop `reserved`")));
            continue;
        }
        QVERIFY2(used.contains(names.at(i)),
                 qPrintable(QStringLiteral("DiagnosticCode::%1 (%2) is never reported; remove the row or mark it reserved")
                                .arg(names.at(i), c.codeText())));
    }
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
