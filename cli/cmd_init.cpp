// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli init [DIR] --kind KIND --name NAME --author AUTHOR --description TEXT ... [--json]
// The same scaffolds as File > New Plugin (core/scaffold): every kind, today's SDK by default.
#include "cli/command.h"
#include "core/common/printable.h"
#include "core/scaffold/marketplacefacts.h"
#include "core/scaffold/scaffold.h"
#include "core/scaffold/sdkchoice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

using namespace Studio;
using namespace Studio::Cli;
using namespace Studio::Scaffold;

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
    return out;
}

QString kindList()
{
    QStringList ids;
    for (PluginKind k : allPluginKinds())
        ids << pluginKindId(k);
    return ids.join(QStringLiteral(", "));
}

// Questions on stderr, answers from stdin; only used when stdin is a terminal.
class Prompter
{
public:
    Prompter() : m_in(stdin) {}
    bool ended() const { return m_ended; }

    // Asks until `check` accepts the answer (empty check = anything). Returns nullopt at end of input.
    std::optional<QString> ask(const QString &question, const QString &fallback,
                               const std::function<QString(const QString &)> &check = {})
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            printErr(fallback.isEmpty() ? QStringLiteral("%1: ").arg(question)
                                        : QStringLiteral("%1 [%2]: ").arg(question, fallback));
            QString line;
            if (!m_in.readLineInto(&line)) {
                m_ended = true;
                printErr(QStringLiteral("\n"));
                return std::nullopt;
            }
            line = line.trimmed();
            if (line.isEmpty())
                line = fallback;
            const QString problem = check ? check(line) : QString();
            if (problem.isEmpty())
                return line;
            printErr(QStringLiteral("  %1\n").arg(problem));
        }
        m_ended = true;
        return std::nullopt;
    }

private:
    QTextStream m_in;
    bool m_ended = false;
};

int fail(bool json, int code, const QString &message)
{
    if (json) {
        QJsonObject o{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    }
    printErr(QStringLiteral("error: %1\n").arg(message));
    return code;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates a new plugin from the studio's templates (the same as File > New Plugin): it validates and packages "
        "as generated and, given --repo and --contact, passes the Marketplace's blocking checks untouched. New plugins "
        "are written for the current dify_plugin SDK (%1, requires-python %2, runner %3); --sdk legacy writes the old "
        "0.7.x pin for Python 3.11 (the Marketplace refuses it).\n\n"
        "DIR is the folder to create (absent or empty; default ./NAME). Values that are not given are asked for when "
        "stdin is a terminal; otherwise (CI) --kind, --name (or DIR), --author and --description are required.\n\n"
        "Kinds: %4.\n\nExit codes: 0 created, 1 the folder could not be written (not empty, permissions), 64 a missing "
        "or invalid value.")
                                         .arg(sdkLine(SdkTrack::Current).requirement, sdkLine(SdkTrack::Current).requiresPython(),
                                              sdkLine(SdkTrack::Current).runnerVersion, kindList()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The plugin folder to create (default ./NAME)."),
                                 QStringLiteral("[DIR]"));
    const QCommandLineOption kindOpt(QStringLiteral("kind"), QStringLiteral("Plugin kind: %1.").arg(kindList()),
                                     QStringLiteral("KIND"));
    const QCommandLineOption nameOpt(QStringLiteral("name"),
                                     QStringLiteral("Plugin name: lower-case letters, digits, _ or - (default: DIR's name)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption authorOpt(QStringLiteral("author"),
                                       QStringLiteral("Author (organisation) id: lower-case letters, digits, _ or -; not "
                                                      "containing \"dify\" or \"langgenius\"."),
                                       QStringLiteral("AUTHOR"));
    const QCommandLineOption descOpt(QStringLiteral("description"), QStringLiteral("English description (required)."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption labelOpt(QStringLiteral("label"), QStringLiteral("English label shown in Dify (default: the name)."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption repoOpt(QStringLiteral("repo"),
                                     QStringLiteral("Source repository URL (the Marketplace needs one on %1).")
                                         .arg(marketplaceSourceHosts().join(QStringLiteral(", "))),
                                     QStringLiteral("URL"));
    const QCommandLineOption contactOpt(QStringLiteral("contact"),
                                        QStringLiteral("Maintainer e-mail (the Marketplace needs it)."), QStringLiteral("EMAIL"));
    const QCommandLineOption tagsOpt(QStringLiteral("tags"), QStringLiteral("Comma-separated Dify tags (e.g. utilities,search)."),
                                     QStringLiteral("TAGS"));
    const QCommandLineOption langOpt(QStringLiteral("languages"),
                                     QStringLiteral("Extra languages for label and description: zh_Hans, ja_JP, pt_BR."),
                                     QStringLiteral("LANGS"));
    const QCommandLineOption permOpt(QStringLiteral("permission"),
                                     QStringLiteral("Reverse-call permissions (comma-separated or repeated): tool, model, node, "
                                                    "app, storage."),
                                     QStringLiteral("PERM"));
    const QCommandLineOption storageOpt(QStringLiteral("storage-size"),
                                        QStringLiteral("Storage size in bytes with --permission storage (1024..1073741824)."),
                                        QStringLiteral("BYTES"), QStringLiteral("1048576"));
    const QCommandLineOption sdkOpt(QStringLiteral("sdk"),
                                    QStringLiteral("SDK line: current (default) or legacy (dify_plugin 0.7.x on Python 3.11)."),
                                    QStringLiteral("LINE"), QStringLiteral("current"));
    const QCommandLineOption reqOpt(QStringLiteral("sdk-requirement"),
                                    QStringLiteral("Write this dify_plugin requirement instead of the SDK line's."),
                                    QStringLiteral("REQ"));
    const QCommandLineOption runnerOpt(QStringLiteral("runner-version"),
                                       QStringLiteral("meta.runner.version and requires-python floor (default: the SDK line's)."),
                                       QStringLiteral("X.Y"));
    const QCommandLineOption noInputOpt(QStringLiteral("no-input"),
                                        QStringLiteral("Never ask, even on a terminal: fail when a required value is missing."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the result as JSON on stdout."));
    parser.addOptions({kindOpt, nameOpt, authorOpt, descOpt, labelOpt, repoOpt, contactOpt, tagsOpt, langOpt, permOpt,
                       storageOpt, sdkOpt, reqOpt, runnerOpt, noInputOpt, jsonOpt});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const bool json = parser.isSet(jsonOpt);
    if (parser.positionalArguments().size() > 1)
        return fail(json, ExitUsage, QStringLiteral("init takes at most one folder (got %1)").arg(parser.positionalArguments().size()));

    const bool interactive = !parser.isSet(noInputOpt) && ::isatty(STDIN_FILENO);
    Prompter prompt;
    const QString dirArg = parser.positionalArguments().value(0);

    ScaffoldOptions o;
    // Kind.
    QString kindText = parser.value(kindOpt).trimmed();
    if (kindText.isEmpty() && interactive) {
        printErr(QStringLiteral("Plugin kinds:\n"));
        const QList<PluginKind> kinds = allPluginKinds();
        for (int i = 0; i < kinds.size(); ++i)
            printErr(QStringLiteral("  %1. %2 (%3)\n").arg(i + 1).arg(pluginKindTitle(kinds[i]), pluginKindId(kinds[i])));
        const auto answer = prompt.ask(QStringLiteral("Kind (number or id)"), QStringLiteral("tool"), [&](const QString &a) {
            bool isNumber = false;
            const int n = a.toInt(&isNumber);
            if (isNumber ? (n >= 1 && n <= kinds.size()) : pluginKindFromId(a).has_value())
                return QString();
            return QStringLiteral("Answer 1-%1 or one of: %2").arg(kinds.size()).arg(kindList());
        });
        if (!answer)
            return fail(json, ExitUsage, QStringLiteral("no kind given (input ended)"));
        bool isNumber = false;
        const int n = answer->toInt(&isNumber);
        kindText = isNumber ? pluginKindId(kinds.at(n - 1)) : *answer;
    }
    if (kindText.isEmpty())
        return fail(json, ExitUsage, QStringLiteral("--kind is required (one of: %1)").arg(kindList()));
    const auto kind = pluginKindFromId(kindText);
    if (!kind)
        return fail(json, ExitUsage, QStringLiteral("unknown kind \"%1\": use one of %2").arg(printable(kindText), kindList()));
    o.kind = *kind;

    // Name: --name, else DIR's last segment, else asked.
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9_-]{1,128}$"));
    o.name = parser.value(nameOpt).trimmed();
    if (o.name.isEmpty() && !dirArg.isEmpty()) {
        const QString base = QFileInfo(QDir::cleanPath(QDir::current().absoluteFilePath(dirArg))).fileName();
        if (nameRe.match(base).hasMatch())
            o.name = base;
        else if (!interactive)
            return fail(json, ExitUsage, QStringLiteral("the folder name \"%1\" is not a plugin name (lower-case letters, "
                                                        "digits, _ or -): give --name")
                                             .arg(printable(base)));
    }
    const auto checkField = [&](auto setter) {
        return [&, setter](const QString &value) {
            ScaffoldOptions probe = o;
            if (probe.name.isEmpty())
                probe.name = QStringLiteral("x");
            if (probe.author.isEmpty())
                probe.author = QStringLiteral("x");
            if (probe.description.isEmpty())
                probe.description = QStringLiteral("x");
            setter(probe, value);
            return checkScaffoldOptions(probe);
        };
    };
    struct Field
    {
        QString *target;
        const QCommandLineOption *option;
        QString question;
        QString fallback;
        bool required;
        std::function<void(ScaffoldOptions &, const QString &)> set;
    };
    QString userAuthor = qEnvironmentVariable("USER").toLower();
    userAuthor.remove(QRegularExpression(QStringLiteral("[^a-z0-9_-]")));
    if (!marketplaceReservedAuthorWord(userAuthor).isEmpty())
        userAuthor.clear();
    o.author = parser.value(authorOpt).trimmed();
    o.description = parser.value(descOpt).trimmed();
    o.label = parser.value(labelOpt).trimmed();
    o.repo = parser.value(repoOpt).trimmed();
    o.contact = parser.value(contactOpt).trimmed();
    const QList<Field> fields{
        {&o.name, &nameOpt, QStringLiteral("Name"), QString(), true, [](ScaffoldOptions &p, const QString &v) { p.name = v; }},
        {&o.author, &authorOpt, QStringLiteral("Author"), userAuthor, true,
         [](ScaffoldOptions &p, const QString &v) { p.author = v; }},
        {&o.description, &descOpt, QStringLiteral("Description"), QString(), true,
         [](ScaffoldOptions &p, const QString &v) { p.description = v; }},
        {&o.repo, &repoOpt, QStringLiteral("Source repository URL (Enter to skip)"), QString(), false,
         [](ScaffoldOptions &p, const QString &v) { p.repo = v; }},
        {&o.contact, &contactOpt, QStringLiteral("Contact e-mail (Enter to skip)"), QString(), false,
         [](ScaffoldOptions &p, const QString &v) { p.contact = v; }},
    };
    QStringList missing;
    for (const Field &f : fields) {
        if (!f.target->isEmpty() || parser.isSet(*f.option))
            continue;
        if (o.kind == PluginKind::Bundle && !f.required)
            continue;
        if (interactive) {
            const auto answer = prompt.ask(f.question, f.fallback, checkField(f.set));
            if (!answer)
                return fail(json, ExitUsage, QStringLiteral("no %1 given (input ended)").arg(f.option->names().constFirst()));
            *f.target = *answer;
        } else if (f.required) {
            missing << QStringLiteral("--") + f.option->names().constFirst();
        }
    }
    if (!missing.isEmpty())
        return fail(json, ExitUsage, QStringLiteral("missing %1 (stdin is not a terminal, so nothing is asked)")
                                         .arg(missing.join(QStringLiteral(", "))));

    o.tags = splitList(parser.values(tagsOpt));
    o.extraLanguages = splitList(parser.values(langOpt));
    for (const QString &p : splitList(parser.values(permOpt))) {
        if (p == QLatin1String("tool"))
            o.allowTool = true;
        else if (p == QLatin1String("model"))
            o.allowModel = true;
        else if (p == QLatin1String("node"))
            o.allowNode = true;
        else if (p == QLatin1String("app"))
            o.allowApp = true;
        else if (p == QLatin1String("storage"))
            o.allowStorage = true;
        else
            return fail(json, ExitUsage, QStringLiteral("unknown permission \"%1\": use tool, model, node, app or storage")
                                             .arg(printable(p)));
    }
    bool ok = false;
    o.storageSize = parser.value(storageOpt).toLongLong(&ok);
    if (!ok || o.storageSize < 1024 || o.storageSize > 1073741824)
        return fail(json, ExitUsage, QStringLiteral("--storage-size must be a number of bytes from 1024 to 1073741824"));
    const auto track = sdkTrackFromId(parser.value(sdkOpt));
    if (!track)
        return fail(json, ExitUsage, QStringLiteral("--sdk must be current or legacy"));
    o.sdk = *track;
    o.sdkRequirement = parser.value(reqOpt).trimmed();
    o.runnerVersion = parser.value(runnerOpt).trimmed();

    if (const QString problem = checkScaffoldOptions(o); !problem.isEmpty())
        return fail(json, ExitUsage, problem);

    const QString target = QDir::cleanPath(QDir::current().absoluteFilePath(dirArg.isEmpty() ? o.name : dirArg));
    const auto written = generatePlugin(o, target);
    if (!written)
        return fail(json, written.error().code == ErrorCode::InvalidInput ? int(ExitUsage) : int(ExitFailure),
                    written.error().message);

    const RuntimeDefaults runtime = o.kind == PluginKind::Bundle ? RuntimeDefaults{} : chooseRuntime(findLocalPythons(), o.sdk);
    QStringList warnings = scaffoldWarnings(o);
    for (const QString &w : runtime.warnings)
        if (!warnings.contains(w))
            warnings << w;
    const QString identifier = QStringLiteral("%1/%2:0.0.1").arg(o.author, o.name);
    if (json) {
        QJsonObject out{{QStringLiteral("ok"), true},
                        {QStringLiteral("path"), target},
                        {QStringLiteral("kind"), pluginKindId(o.kind)},
                        {QStringLiteral("identifier"), identifier},
                        {QStringLiteral("files"), QJsonArray::fromStringList(*written)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
        if (o.kind != PluginKind::Bundle) {
            out.insert(QStringLiteral("sdk"), QJsonObject{{QStringLiteral("line"), sdkTrackId(o.sdk)},
                                                          {QStringLiteral("requirement"), effectiveSdkRequirement(o)},
                                                          {QStringLiteral("runner_version"), effectiveRunnerVersion(o)},
                                                          {QStringLiteral("requires_python"),
                                                           QString(QStringLiteral(">=") + effectiveRunnerVersion(o))}});
            out.insert(QStringLiteral("python"),
                       runtime.runsOn ? QJsonValue(QJsonObject{{QStringLiteral("path"), runtime.runsOn->path},
                                                               {QStringLiteral("version"), runtime.runsOn->version.toString()}})
                                      : QJsonValue(QJsonValue::Null));
        }
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    } else {
        printOut(QStringLiteral("created %1 plugin %2 in %3 (%4 files)\n")
                     .arg(pluginKindId(o.kind), identifier, QDir::toNativeSeparators(target))
                     .arg(written->size()));
        if (o.kind != PluginKind::Bundle)
            printOut(QStringLiteral("sdk: %1\n").arg(runtime.explanation));
        for (const QString &w : std::as_const(warnings))
            printErr(QStringLiteral("warning: %1\n").arg(w));
        if (o.kind != PluginKind::Bundle)
            printOut(QStringLiteral("next: plugin-studio-cli validate %1 && plugin-studio-cli publish check %1\n")
                         .arg(QDir::toNativeSeparators(target)));
    }
    return ExitOk;
}

CommandRegistrar reg({QStringLiteral("init"), QStringLiteral("Create a new plugin of any kind from the studio's templates"), run});

} // namespace
