// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/testsuite/suite.h"

#include "core/common/tr.h"
#include "core/package/ignorerules.h"
#include "core/yaml/yamleditor.h"
#include "core/yaml/yamljson.h"
#include "core/yaml/yamlwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace Studio::TestSuite {

namespace {

constexpr qint64 kMaxSuiteBytes = 8 * 1024 * 1024;

Error at(const QString &file, int line, const QString &message)
{
    Error e(ErrorCode::InvalidInput, message);
    e.file = file;
    e.line = line;
    return e;
}

const QStringList &knownCaseKeys()
{
    static const QStringList keys = {QStringLiteral("name"),
                                     QStringLiteral("call"),
                                     QStringLiteral("expect"),
                                     QStringLiteral("host_calls"),
                                     QStringLiteral("description")};
    return keys;
}

Result<QByteArray> readCapped(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError,
                     StudioTr::tr("Cannot read the suite %1: %2").arg(file, f.errorString()));
    if (f.size() > kMaxSuiteBytes)
        return Error(ErrorCode::TooLarge,
                     StudioTr::tr("The suite %1 is larger than 8 MiB: split it into several files")
                         .arg(file));
    return f.read(kMaxSuiteBytes + 1);
}

VoidResult writeText(const QString &file, const QByteArray &text)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return Error(ErrorCode::IoError,
                     StudioTr::tr("Cannot write %1: %2").arg(file, out.errorString()));
    return {};
}

} // namespace

QString caseSlug(const QString &name)
{
    QString s = name.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('.')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    if (s.size() > 80)
        s.truncate(80);
    return s.isEmpty() ? QStringLiteral("case") : s;
}

QString Suite::snapshotPath(const TestCase &c) const
{
    const QFileInfo fi(file);
    return fi.absolutePath() + QStringLiteral("/__snapshots__/") + fi.completeBaseName()
           + QLatin1Char('/') + caseSlug(c.name) + QStringLiteral(".json");
}

QString suitesFolder(const QString &pluginDir)
{
    return QDir(pluginDir).absoluteFilePath(QStringLiteral("tests"));
}

QString literalCredentialKey(const QJsonValue &credentials)
{
    if (credentials.isUndefined() || credentials.isNull())
        return {};
    if (credentials.isString())
        return credentials.toString() == QLatin1String("workspace") ? QString()
                                                                    : QStringLiteral("credentials");
    if (!credentials.isObject())
        return QStringLiteral("credentials");
    const QJsonObject o = credentials.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject ref = it.value().toObject();
        if (!it.value().isObject() || ref.size() != 1
            || !ref.value(QLatin1String("env")).isString())
            return it.key();
    }
    return {};
}

QJsonObject hostCallToJson(const Session::ReverseCallRecord &r)
{
    QJsonObject o{{QStringLiteral("type"), r.type},
                  {QStringLiteral("request"), r.request},
                  {QStringLiteral("responses"), r.responses}};
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

Result<Suite> loadSuite(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    auto bytes = readCapped(file);
    if (!bytes)
        return bytes.error();
    auto doc = Yaml::parse(*bytes, file);
    if (!doc)
        return doc.error();
    const Yaml::NodePtr root = doc->root;
    if (!root || !root->isMapping())
        return at(file,
                  1,
                  StudioTr::tr("A suite is a mapping with `cases:` (a list of cases, each with "
                               "`name` and `call`)"));
    const QJsonObject json = Yaml::toJson(root, Yaml::JsonMode::Daemon).toObject();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != QLatin1String("suite") && it.key() != QLatin1String("plugin")
            && it.key() != QLatin1String("cases"))
            return at(file,
                      root->get(it.key()) ? root->get(it.key())->mark().line : 1,
                      StudioTr::tr("Unknown key `%1` in the suite: write suite, plugin and cases")
                          .arg(it.key()));
    }
    Suite s;
    s.file = file;
    const QFileInfo fi(file);
    s.name = json.value(QLatin1String("suite")).toString(fi.completeBaseName());
    if (json.contains(QLatin1String("plugin"))) {
        s.pluginDir = QDir::cleanPath(
            fi.absoluteDir().absoluteFilePath(json.value(QLatin1String("plugin")).toString()));
    } else if (fi.absoluteDir().dirName() == QLatin1String("tests")) {
        s.pluginDir = QDir::cleanPath(fi.absolutePath() + QStringLiteral("/.."));
    } else {
        s.pluginDir = fi.absolutePath();
    }
    if (!QFileInfo::exists(s.pluginDir + QStringLiteral("/manifest.yaml")))
        return at(
            file,
            1,
            StudioTr::tr(
                "No plugin for the suite: %1 has no manifest.yaml. Keep the suite in the plugin's "
                "tests/ folder or name the folder with `plugin: PATH`.")
                .arg(s.pluginDir));
    const Yaml::NodePtr casesNode = root->get(u"cases");
    if (!casesNode || !casesNode->isSequence())
        return at(file,
                  casesNode ? casesNode->mark().line : 1,
                  StudioTr::tr("`cases:` must be a list of cases"));
    QSet<QString> names;
    for (int i = 0; i < casesNode->size(); ++i) {
        const Yaml::NodePtr node = casesNode->items().at(i);
        const int line = node->mark().line;
        if (!node->isMapping())
            return at(
                file,
                line,
                StudioTr::tr(
                    "Case %1 is not a mapping: write `- name: ...` with `call:` and `expect:`")
                    .arg(i + 1));
        const QJsonObject c = Yaml::toJson(node, Yaml::JsonMode::Daemon).toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (!knownCaseKeys().contains(it.key()))
                return at(file,
                          node->get(it.key()) ? node->get(it.key())->mark().line : line,
                          StudioTr::tr("Unknown key `%1` in a case: write %2")
                              .arg(it.key(), knownCaseKeys().join(QStringLiteral(", "))));
        }
        TestCase tc;
        tc.index = i;
        tc.line = line;
        tc.name = c.value(QLatin1String("name")).toString().trimmed();
        if (tc.name.isEmpty())
            return at(file, line, StudioTr::tr("Case %1 has no `name`").arg(i + 1));
        if (names.contains(tc.name))
            return at(file,
                      line,
                      StudioTr::tr("Two cases are named \"%1\": names must be unique in a suite")
                          .arg(tc.name));
        names.insert(tc.name);
        if (!c.value(QLatin1String("call")).isObject())
            return at(file,
                      line,
                      StudioTr::tr("Case \"%1\" has no `call:` (e.g. `call: {tool: PROVIDER/TOOL, "
                                   "params: {...}}`)")
                          .arg(tc.name));
        tc.call = c.value(QLatin1String("call")).toObject();
        const QString secret = literalCredentialKey(tc.call.value(QLatin1String("credentials")));
        if (!secret.isEmpty())
            return at(file,
                      node->get(u"call") ? node->get(u"call")->mark().line : line,
                      StudioTr::tr("Case \"%1\": credential `%2` is written in the suite. Suites "
                                   "keep no secrets: write "
                                   "`%2: {env: VARIABLE}` or `credentials: workspace`.")
                          .arg(tc.name, secret));
        const QJsonValue expect = c.value(QLatin1String("expect"));
        if (!expect.isUndefined() && !expect.isNull() && !expect.isObject())
            return at(file,
                      line,
                      StudioTr::tr("Case \"%1\": `expect:` must be a mapping of assertions")
                          .arg(tc.name));
        tc.expect = expect.toObject();
        if (c.contains(QLatin1String("host_calls"))) {
            const QJsonValue hc = c.value(QLatin1String("host_calls"));
            if (!hc.isArray() && !hc.isNull())
                return at(
                    file,
                    line,
                    StudioTr::tr("Case \"%1\": `host_calls:` must be a list of recorded calls")
                        .arg(tc.name));
            tc.replayHostCalls = true;
            for (const QJsonValue &v : hc.toArray()) {
                const QJsonObject o = v.toObject();
                if (!v.isObject() || !o.value(QLatin1String("type")).isString())
                    return at(
                        file,
                        line,
                        StudioTr::tr("Case \"%1\": each host call needs `type`, `request` and "
                                     "`responses` (a list) or `error`")
                            .arg(tc.name));
                tc.hostCalls << Session::ReverseCallRecord::fromJson(o);
            }
        }
        s.cases << tc;
    }
    return s;
}

Result<QStringList> findSuites(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error(ErrorCode::NotFound, StudioTr::tr("%1 does not exist").arg(path));
    if (fi.isFile())
        return QStringList{fi.absoluteFilePath()};
    QDir dir(fi.absoluteFilePath());
    if (dir.exists(QStringLiteral("manifest.yaml")))
        dir = QDir(suitesFolder(dir.absolutePath()));
    QStringList out;
    const QFileInfoList entries = dir.entryInfoList(
        {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    for (const QFileInfo &e : entries)
        out << e.absoluteFilePath();
    return out;
}

VoidResult excludeSuitesFromPackage(const QString &pluginDir)
{
    const Package::IgnoreRules rules = Package::IgnoreRules::loadForPluginDir(pluginDir);
    if (rules.isExcluded(QStringLiteral("tests"), true)
        && rules.isExcluded(QStringLiteral("tests/suite.yaml"), false))
        return {};
    QString target = rules.sourceFile();
    if (target.isEmpty())
        target = QDir(pluginDir).absoluteFilePath(QStringLiteral(".difyignore"));
    QByteArray text;
    if (QFileInfo::exists(target)) {
        QFile f(target);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::IoError,
                         StudioTr::tr("Cannot read %1: %2").arg(target, f.errorString()));
        text = f.readAll();
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += '\n';
    }
    text += "# Plugin Studio test suites (not needed by Dify)\ntests/\n";
    return writeText(target, text);
}

VoidResult appendCase(const QString &file, const QJsonObject &testCase)
{
    const QString name = testCase.value(QLatin1String("name")).toString().trimmed();
    if (name.isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("A case needs a name"));
    if (!testCase.value(QLatin1String("call")).isObject())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("A case needs a call"));
    const QString secret = literalCredentialKey(
        testCase.value(QLatin1String("call")).toObject().value(QLatin1String("credentials")));
    if (!secret.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("Credential `%1` would be written into the suite: refer to it as "
                                  "{env: VARIABLE} or use the workspace's credentials")
                         .arg(secret));
    QByteArray text;
    const bool created = !QFileInfo::exists(file);
    if (created) {
        text = "# Plugin Studio test suite: run with `plugin-studio-cli test` or from the Tests "
               "dock.\n"
               "suite: "
               + Yaml::formatScalar(QFileInfo(file).completeBaseName()).toUtf8() + "\ncases:\n";
    } else {
        auto bytes = readCapped(file);
        if (!bytes)
            return bytes.error();
        text = *bytes;
        auto existing = loadSuite(file);
        if (!existing)
            return existing.error();
        for (const TestCase &c : existing->cases) {
            if (c.name == name)
                return Error(ErrorCode::Conflict,
                             StudioTr::tr("The suite already has a case named \"%1\"").arg(name));
        }
    }
    auto editor = Yaml::Editor::fromText(text, file);
    if (!editor)
        return editor.error();
    // Keys in reading order: name, call, expect, host_calls.
    QJsonObject ordered = testCase;
    if (auto r = editor->appendItem(QStringLiteral("cases"), ordered); !r)
        return r.error();
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the folder of %1").arg(file));
    if (auto r = writeText(file, editor->text()); !r)
        return r;
    if (created) {
        QDir d = QFileInfo(file).absoluteDir();
        if (d.dirName() == QLatin1String("tests") && d.cdUp()
            && d.exists(QStringLiteral("manifest.yaml")))
            return excludeSuitesFromPackage(d.absolutePath());
    }
    return {};
}

VoidResult
writeHostCalls(const QString &file, int index, const QList<Session::ReverseCallRecord> &calls)
{
    auto bytes = readCapped(file);
    if (!bytes)
        return bytes.error();
    auto editor = Yaml::Editor::fromText(*bytes, file);
    if (!editor)
        return editor.error();
    QJsonArray list;
    for (const auto &c : calls)
        list.append(hostCallToJson(c));
    if (auto r = editor->setValue(QStringLiteral("cases[%1].host_calls").arg(index), list); !r)
        return r.error();
    return writeText(file, editor->text());
}

} // namespace Studio::TestSuite
