// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli publish check PATH | pr PATH | release PATH --repo OWNER/REPO
// The Marketplace pre-flight, the Marketplace pull request and the GitHub release (core/publish).
#include "cli/command.h"
#include "cli/workspaceoptions.h"
#include "core/common/printable.h"
#include "core/package/packagereader.h"
#include "core/package/packagewriter.h"
#include "core/package/signature.h"
#include "core/publish/preflight.h"
#include "core/publish/prbody.h"
#include "core/publish/publishflows.h"
#include "core/workspace/installtask.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using namespace Studio;
using namespace Studio::Cli;
using namespace Studio::Publish;

QString checkIds()
{
    QStringList ids;
    for (const CheckInfo &c : marketplaceChecks())
        ids << c.id;
    return ids.join(QStringLiteral(", "));
}

// The token: --github-token, $GITHUB_TOKEN, then the workspace's sealed one.
QString githubToken(const QCommandLineParser &parser, const QCommandLineOption &tokenOpt, const WorkspaceCliOptions &wso)
{
    if (parser.isSet(tokenOpt) && !parser.value(tokenOpt).trimmed().isEmpty())
        return parser.value(tokenOpt).trimmed();
    if (!qEnvironmentVariable("GITHUB_TOKEN").trimmed().isEmpty())
        return qEnvironmentVariable("GITHUB_TOKEN").trimmed();
    auto ws = wso.open(parser);
    return ws ? Workspace::resolveGithubToken(**ws, {}) : QString();
}

Result<QString> readTextFile(const QString &path, qint64 cap = 1024 * 1024)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()), path);
    if (f.size() > cap)
        return Error(ErrorCode::TooLarge, QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(cap), path);
    return QString::fromUtf8(f.readAll());
}

struct CommonOptions
{
    QCommandLineOption marketplace{QStringLiteral("marketplace"),
                                   QStringLiteral("Marketplace base URL (default https://marketplace.dify.ai)."), QStringLiteral("URL"),
                                   QStringLiteral("https://marketplace.dify.ai")};
    QCommandLineOption githubApi{QStringLiteral("github-api"),
                                 QStringLiteral("GitHub API base (default https://api.github.com; GitHub Enterprise: https://HOST/api/v3)."),
                                 QStringLiteral("URL"), QStringLiteral("https://api.github.com")};
    QCommandLineOption repo{QStringLiteral("marketplace-repo"),
                            QStringLiteral("The Marketplace's repository (default langgenius/dify-plugins)."), QStringLiteral("OWNER/REPO"),
                            QStringLiteral("langgenius/dify-plugins")};
    QCommandLineOption token{QStringLiteral("github-token"),
                             QStringLiteral("GitHub token (default: $GITHUB_TOKEN, then the workspace's sealed token)."), QStringLiteral("TOKEN")};
    QCommandLineOption python{QStringLiteral("python"),
                              QStringLiteral("Interpreter for the CI checks (default: a Python 3.12 found here, as the Marketplace's CI)."),
                              QStringLiteral("PATH")};
    QCommandLineOption envCache{QStringLiteral("env-cache"), QStringLiteral("Environment cache folder (default: the studio's)."),
                                QStringLiteral("DIR")};
    QCommandLineOption skip{QStringLiteral("skip"), QStringLiteral("Skip these checks on purpose (comma-separated ids)."), QStringLiteral("IDS")};
    QCommandLineOption offline{QStringLiteral("offline"), QStringLiteral("Do not ask the Marketplace or GitHub (version checks skipped).")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print the result as JSON on stdout.")};
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")}, QStringLiteral("No progress lines on stderr.")};
    WorkspaceCliOptions wso;

    QList<QCommandLineOption> all() const
    {
        return {marketplace, githubApi, repo, token, python, envCache, skip, offline, json, quiet, wso.workspace};
    }
    PreflightOptions preflight(const QCommandLineParser &p, const QString &path) const
    {
        PreflightOptions o;
        o.path = path;
        o.marketplace = QUrl(p.value(marketplace));
        o.githubApi = QUrl(p.value(githubApi));
        o.marketplaceRepo = p.value(repo);
        o.python = p.value(python);
        o.envCacheRoot = p.value(envCache);
        for (const QString &v : p.values(skip))
            for (const QString &id : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                o.skip << id.trimmed();
        o.offline = p.isSet(offline);
        o.githubToken = githubToken(p, token, wso);
        return o;
    }
};

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the Dify Marketplace's CI checks (langgenius/dify-plugins) on the exact bytes to be submitted: a folder is "
        "packaged first (.difyignore applied), a .difypkg is checked as it is. Every finding carries the Marketplace's "
        "check id, its severity there (blocking or warning), the file and line, and what to do. deps_install and "
        "plugin_install run as that CI does (Python 3.12, requirements.txt in a fresh environment from the studio's cache, "
        "the plugin started in serverless mode and probed); version_exists asks the Marketplace; version_update compares "
        "with the versions in the Marketplace repository. Without --pr-body the pull-request checks are skipped, and said "
        "so.\n\nChecks: %1.\n\nExit codes: 1 a blocking finding, 0 none, 2 the path is no plugin or package.")
                                         .arg(checkIds()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A plugin folder or a .difypkg."));
    const CommonOptions c;
    const QCommandLineOption bodyOpt(QStringLiteral("pr-body"), QStringLiteral("Check this pull-request body too."), QStringLiteral("FILE"));
    parser.addOptions(c.all());
    parser.addOption(bodyOpt);
    QStringList argv = args;
    argv.removeAt(1); // "check"
    if (const auto exit = parseCommandLine(parser, argv))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli publish check PATH [--pr-body FILE] [--marketplace URL] [--json]\n"));
        return ExitUsage;
    }
    PreflightOptions o = c.preflight(parser, parser.positionalArguments().first());
    for (const QString &id : std::as_const(o.skip))
        if (!findCheck(id)) {
            printErr(QStringLiteral("error: --skip: unknown check \"%1\" (checks: %2)\n").arg(printable(id), checkIds()));
            return ExitUsage;
        }
    if (parser.isSet(bodyOpt)) {
        auto body = readTextFile(parser.value(bodyOpt));
        if (!body) {
            printErr(QStringLiteral("error: --pr-body: %1\n").arg(body.error().message));
            return ExitUnreadable;
        }
        o.prBody = *body;
        o.prBodyGiven = true;
    }
    const bool quiet = parser.isSet(c.quiet);
    bool unreadable = false;
    QString reason;
    const PreflightReport report = Preflight::runBlocking(o, &unreadable, &reason, [quiet](const QString &id, const QString &msg) {
        if (!quiet)
            printErr(QStringLiteral("[%1] %2\n").arg(id, msg));
    });
    if (unreadable) {
        if (parser.isSet(c.json))
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), reason}}).toJson()));
        printErr(QStringLiteral("error: %1\n").arg(reason));
        return ExitUnreadable;
    }
    if (parser.isSet(c.json))
        printOut(QString::fromUtf8(report.toJson()));
    else
        printOut(report.toText());
    return report.blockingCount() > 0 ? ExitFailure : ExitOk;
}

int runPr(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Submits the plugin to the Dify Marketplace: runs `publish check`, forks langgenius/dify-plugins (or reuses your "
        "fork), adds exactly one file <author>/<name>/<name>-<version>.difypkg on a new branch (an earlier version's file is "
        "never overwritten), opens the pull request with the body from the current template (fields spelled exactly, one "
        "box ticked per group, What changed from --what-changed/--changelog, the security notes from the capability scan, "
        "the pre-flight under Local validation), then follows the PR's checks and prints each result with its link.\n\n"
        "Needs a GitHub token (--github-token, $GITHUB_TOKEN or `plugin-studio-cli workspace github-token --stdin`).\n\n"
        "Exit codes: 0 opened (and its checks passed, when followed), 1 refused, failed or a check failed, 2 unreadable."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A plugin folder or a .difypkg."));
    const CommonOptions c;
    const QCommandLineOption changedOpt(QStringLiteral("what-changed"), QStringLiteral("The changelog entry (What changed)."), QStringLiteral("TEXT"));
    const QCommandLineOption changelogOpt(QStringLiteral("changelog"), QStringLiteral("Read What changed from this file."), QStringLiteral("FILE"));
    const QCommandLineOption riskOpt(QStringLiteral("risk"), QStringLiteral("low, medium or high (default: what the capability scan suggests)."),
                                     QStringLiteral("LEVEL"));
    const QCommandLineOption notesOpt(QStringLiteral("security-notes"), QStringLiteral("Extra security and privacy notes."), QStringLiteral("TEXT"));
    const QCommandLineOption reviewerOpt(QStringLiteral("reviewer-notes"), QStringLiteral("Reviewer notes."), QStringLiteral("TEXT"));
    const QCommandLineOption updateOpt(QStringLiteral("update"), QStringLiteral("Submit as a version update (default: inferred from the repository)."));
    const QCommandLineOption newOpt(QStringLiteral("new"), QStringLiteral("Submit as a new plugin."));
    const QCommandLineOption dryOpt(QStringLiteral("dry-run"), QStringLiteral("Print the body and the file path; change nothing on GitHub."));
    const QCommandLineOption noFollowOpt(QStringLiteral("no-follow"), QStringLiteral("Do not wait for the PR's checks."));
    const QCommandLineOption timeoutOpt(QStringLiteral("follow-timeout"), QStringLiteral("Wait at most this long for the checks (default 1800)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("1800"));
    const QCommandLineOption pollOpt(QStringLiteral("poll"), QStringLiteral("Seconds between looks at the checks (default 15)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("15"));
    parser.addOptions(c.all());
    parser.addOptions({changedOpt, changelogOpt, riskOpt, notesOpt, reviewerOpt, updateOpt, newOpt, dryOpt, noFollowOpt, timeoutOpt, pollOpt});
    QStringList argv = args;
    argv.removeAt(1);
    if (const auto exit = parseCommandLine(parser, argv))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("usage: plugin-studio-cli publish pr PATH --what-changed TEXT [--risk LEVEL] [--dry-run]\n"));
        return ExitUsage;
    }
    QString whatChanged = parser.value(changedOpt);
    if (parser.isSet(changelogOpt)) {
        auto text = readTextFile(parser.value(changelogOpt));
        if (!text) {
            printErr(QStringLiteral("error: --changelog: %1\n").arg(text.error().message));
            return ExitUnreadable;
        }
        whatChanged = *text;
    }
    if (whatChanged.trimmed().isEmpty()) {
        printErr(QStringLiteral("error: give --what-changed TEXT or --changelog FILE: it is the PR's \"What changed\" and becomes the "
                                "release's changelog on the Marketplace\n"));
        return ExitUsage;
    }
    if (parser.isSet(updateOpt) && parser.isSet(newOpt)) {
        printErr(QStringLiteral("error: --update and --new exclude each other\n"));
        return ExitUsage;
    }
    std::optional<RiskLevel> risk;
    if (parser.isSet(riskOpt)) {
        const QString r = parser.value(riskOpt).toLower();
        if (r == QLatin1String("low"))
            risk = RiskLevel::Low;
        else if (r == QLatin1String("medium"))
            risk = RiskLevel::Medium;
        else if (r == QLatin1String("high"))
            risk = RiskLevel::High;
        else {
            printErr(QStringLiteral("error: --risk must be low, medium or high\n"));
            return ExitUsage;
        }
    }
    const bool quiet = parser.isSet(c.quiet);
    const auto say = [quiet](const QString &line) {
        if (!quiet)
            printErr(line + QLatin1Char('\n'));
    };

    // 1. The pre-flight on the bytes to submit; its package file is the one uploaded.
    PreflightOptions po = c.preflight(parser, parser.positionalArguments().first());
    Preflight preflight;
    QEventLoop loop;
    QObject::connect(&preflight, &Preflight::finished, &loop, &QEventLoop::quit);
    QObject::connect(&preflight, &Preflight::progress, [&](const QString &id, const QString &msg) { say(QStringLiteral("[%1] %2").arg(id, msg)); });
    preflight.start(po);
    loop.exec();
    if (preflight.unreadable()) {
        printErr(QStringLiteral("error: %1\n").arg(preflight.unreadableReason()));
        return ExitUnreadable;
    }
    const PreflightReport &report = preflight.report();
    if (report.blockingCount() > 0) {
        printOut(report.toText());
        printErr(QStringLiteral("error: the pre-flight has %1 blocking finding(s): the Marketplace would refuse this submission; nothing "
                                "was sent to GitHub\n")
                     .arg(report.blockingCount()));
        return ExitFailure;
    }

    // 2. The body, checked by the same rules as the Marketplace's CI.
    auto prepared = prBodyInputFor(report);
    if (!prepared) {
        printErr(QStringLiteral("error: %1\n").arg(prepared.error().message));
        return ExitUnreadable;
    }
    PrBodyInput in = *prepared;
    in.versionUpdate = parser.isSet(updateOpt) || (!parser.isSet(newOpt) && !report.earlierVersions.isEmpty());
    in.whatChanged = whatChanged;
    const RiskLevel suggested = in.risk;
    in.risk = risk.value_or(suggested);
    if (risk && int(*risk) < int(suggested))
        say(QStringLiteral("warning: the capability scan suggests %1; the submission requirements say to pick the higher level when "
                           "unsure")
                .arg(riskLevelLabel(suggested)));
    in.securityNotes = parser.value(notesOpt);
    in.reviewerNotes = parser.value(reviewerOpt);
    const QString body = buildPrBody(in);
    const QList<Finding> bodyProblems = blockingPrBodyFindings(body, in.capabilities);
    if (!bodyProblems.isEmpty()) {
        for (const Finding &f : bodyProblems)
            printErr(QStringLiteral("PR body: blocking [%1] %2\n    fix: %3\n").arg(f.checkId, printable(f.message), printable(f.fix)));
        return ExitFailure;
    }
    const QString title = prTitle(in.manifest, in.versionUpdate);
    const QString filePath = PullRequestFlow::filePathFor(in.manifest.author, in.manifest.name, in.manifest.version);
    if (parser.isSet(dryOpt)) {
        if (parser.isSet(c.json))
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("title"), title},
                                                                 {QStringLiteral("file"), filePath},
                                                                 {QStringLiteral("body"), body}})
                                           .toJson()));
        else
            printOut(QStringLiteral("title: %1\nfile:  %2\n\n%3").arg(title, filePath, body));
        return ExitOk;
    }

    // 3. GitHub.
    PullRequestOptions pr;
    pr.githubApi = QUrl(parser.value(c.githubApi));
    pr.token = po.githubToken;
    pr.upstream = parser.value(c.repo);
    pr.packagePath = report.packagePath;
    pr.author = in.manifest.author;
    pr.name = in.manifest.name;
    pr.version = in.manifest.version;
    pr.title = title;
    pr.body = body;
    pr.follow = !parser.isSet(noFollowOpt);
    pr.followTimeoutMs = int(qBound(1LL, parser.value(timeoutOpt).toLongLong(), 24LL * 3600) * 1000);
    pr.pollMs = int(qBound(1.0, parser.value(pollOpt).toDouble(), 600.0) * 1000);
    if (parser.value(pollOpt).toDouble() > 0 && parser.value(pollOpt).toDouble() < 1)
        pr.pollMs = int(parser.value(pollOpt).toDouble() * 1000); // tests poll faster
    PullRequestFlow flow;
    QEventLoop prLoop;
    QObject::connect(&flow, &PullRequestFlow::finished, &prLoop, &QEventLoop::quit);
    QObject::connect(&flow, &PullRequestFlow::progress, say);
    QObject::connect(&flow, &PullRequestFlow::checksUpdated, [&] {
        for (const CheckRunInfo &ch : flow.outcome().checks)
            say(QStringLiteral("  check %1: %2%3").arg(ch.name, ch.status, ch.conclusion.isEmpty() ? QString() : QStringLiteral(" (") + ch.conclusion + QLatin1Char(')')));
    });
    flow.start(pr);
    prLoop.exec();
    const PullRequestOutcome &out = flow.outcome();
    if (parser.isSet(c.json)) {
        QJsonArray checks;
        for (const CheckRunInfo &ch : out.checks)
            checks.append(QJsonObject{{QStringLiteral("name"), ch.name}, {QStringLiteral("status"), ch.status},
                                      {QStringLiteral("conclusion"), ch.conclusion}, {QStringLiteral("url"), ch.url}});
        QJsonObject o{{QStringLiteral("ok"), !flow.error()}, {QStringLiteral("fork"), out.fork}, {QStringLiteral("fork_created"), out.forkCreated},
                      {QStringLiteral("branch"), out.branch}, {QStringLiteral("file"), out.filePath}, {QStringLiteral("number"), out.number},
                      {QStringLiteral("url"), out.url}, {QStringLiteral("checks"), checks},
                      {QStringLiteral("checks_complete"), out.checksComplete}, {QStringLiteral("checks_passed"), out.checksPassed}};
        if (flow.error())
            o.insert(QStringLiteral("error"), flow.error()->message);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    }
    if (flow.error()) {
        printErr(QStringLiteral("error: %1\n").arg(flow.error()->message));
        return ExitFailure;
    }
    if (!parser.isSet(c.json)) {
        printOut(QStringLiteral("opened pull request #%1: %2\n  %3 on %4:%5\n").arg(out.number).arg(printable(out.url), out.filePath, out.fork, out.branch));
        for (const CheckRunInfo &ch : out.checks)
            printOut(QStringLiteral("  check %1: %2 %3\n").arg(ch.name, ch.conclusion.isEmpty() ? ch.status : ch.conclusion, printable(ch.url)));
        if (pr.follow && !out.checksComplete)
            printOut(QStringLiteral("  the checks are still running; follow them at %1\n").arg(printable(out.url)));
    }
    return pr.follow && out.checksComplete && !out.checksPassed ? ExitFailure : ExitOk;
}

int runRelease(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Publishes the plugin as a release of your own GitHub repository, for Dify's \"Install from GitHub\": the tag is the "
        "version, the package <name>-<version>.difypkg is the release's only asset, earlier releases are kept (an existing "
        "release with assets is never changed), a warning is printed above Dify's default 15 MiB download limit, and an "
        "unsigned package is offered for signing (--sign-key). Prints what a Dify admin enters.\n\nExit codes: 0 released, 1 "
        "refused or failed, 2 unreadable."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A plugin folder or a .difypkg."));
    const QCommandLineOption repoOpt(QStringLiteral("repo"), QStringLiteral("Your repository (required)."), QStringLiteral("OWNER/REPO"));
    const QCommandLineOption notesOpt(QStringLiteral("notes"), QStringLiteral("Release notes."), QStringLiteral("TEXT"));
    const QCommandLineOption changelogOpt(QStringLiteral("changelog"), QStringLiteral("Read the release notes from this file."), QStringLiteral("FILE"));
    const QCommandLineOption tagOpt(QStringLiteral("tag"), QStringLiteral("Tag (default: the version)."), QStringLiteral("TAG"));
    const QCommandLineOption keyOpt(QStringLiteral("sign-key"), QStringLiteral("Sign the package with this private key first."), QStringLiteral("PEM"));
    const QCommandLineOption categoryOpt(QStringLiteral("category"), QStringLiteral("Signature category with --sign-key (default community)."),
                                         QStringLiteral("CATEGORY"), QStringLiteral("community"));
    const CommonOptions c;
    parser.addOptions({repoOpt, notesOpt, changelogOpt, tagOpt, keyOpt, categoryOpt, c.githubApi, c.token, c.json, c.quiet, c.wso.workspace});
    QStringList argv = args;
    argv.removeAt(1);
    if (const auto exit = parseCommandLine(parser, argv))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(repoOpt)) {
        printErr(QStringLiteral("usage: plugin-studio-cli publish release PATH --repo OWNER/REPO [--sign-key PEM]\n"));
        return ExitUsage;
    }
    const bool quiet = parser.isSet(c.quiet);
    const auto say = [quiet](const QString &line) {
        if (!quiet)
            printErr(line + QLatin1Char('\n'));
    };
    QString notes = parser.value(notesOpt);
    if (parser.isSet(changelogOpt)) {
        auto text = readTextFile(parser.value(changelogOpt));
        if (!text) {
            printErr(QStringLiteral("error: --changelog: %1\n").arg(text.error().message));
            return ExitUnreadable;
        }
        notes = *text;
    }
    QTemporaryDir tmp;
    QString package = parser.positionalArguments().first();
    if (!QFileInfo::exists(package)) {
        printErr(QStringLiteral("error: %1 does not exist\n").arg(package));
        return ExitUnreadable;
    }
    if (QFileInfo(package).isDir()) {
        Package::PackageOptions po;
        po.outputPath = tmp.filePath(QFileInfo(package).fileName() + QStringLiteral(".difypkg"));
        po.validationLevel = Plugin::ValidationLevel::Strict;
        ValidationReport vr;
        const auto r = Package::packagePlugin(package, po, nullptr, nullptr, &vr);
        if (!r) {
            printErr(vr.toText());
            printErr(QStringLiteral("error: %1\n").arg(r.error().toString()));
            return r.error().code == ErrorCode::NotFound ? ExitUnreadable : ExitFailure;
        }
        package = r->outputPath;
    }
    auto reader = Package::PackageReader::open(package);
    if (!reader) {
        printErr(QStringLiteral("error: %1\n").arg(reader.error().toString()));
        return ExitUnreadable;
    }
    const ManifestFacts m = readManifestFacts((*reader)->fileSet());
    if (m.name.isEmpty() || m.version.isEmpty()) {
        printErr(QStringLiteral("error: %1 has no name or version in manifest.yaml\n").arg(package));
        return ExitUnreadable;
    }
    QStringList warnings;
    const Package::VerifyResult vr = Package::verifyPackage(**reader, {}, true);
    if (parser.isSet(keyOpt)) {
        Package::SignOptions so;
        so.category = parser.value(categoryOpt);
        so.outputPath = tmp.filePath(QStringLiteral("signed.difypkg"));
        auto key = Package::loadPrivateKey(parser.value(keyOpt));
        if (!key) {
            printErr(QStringLiteral("error: --sign-key: %1\n").arg(key.error().message));
            return ExitUsage;
        }
        const auto s = Package::signPackage(package, *key, so);
        if (!s) {
            printErr(QStringLiteral("error: signing: %1\n").arg(s.error().message));
            return ExitFailure;
        }
        say(QStringLiteral("signed: %1").arg(s->identifier));
        package = s->outputPath;
    } else if (!vr.isSigned) {
        warnings << QStringLiteral("the package is unsigned: Dify instances that enforce signatures (FORCE_VERIFYING_SIGNATURE) refuse "
                                   "it; sign it with --sign-key KEY (make one with `plugin-studio-cli keygen NAME`, and give the "
                                   "instance's admin the public key)");
    }
    reader->reset();

    ReleaseOptions ro;
    ro.githubApi = QUrl(parser.value(c.githubApi));
    ro.token = githubToken(parser, c.token, c.wso);
    ro.repo = parser.value(repoOpt);
    ro.packagePath = package;
    ro.name = m.name;
    ro.version = m.version;
    ro.notes = notes;
    ro.tag = parser.value(tagOpt);
    ReleaseFlow flow;
    QEventLoop loop;
    QObject::connect(&flow, &ReleaseFlow::finished, &loop, &QEventLoop::quit);
    QObject::connect(&flow, &ReleaseFlow::progress, say);
    flow.start(ro);
    loop.exec();
    const ReleaseOutcome &out = flow.outcome();
    warnings = out.warnings + warnings;
    if (parser.isSet(c.json)) {
        QJsonObject o{{QStringLiteral("ok"), !flow.error()},           {QStringLiteral("tag"), out.tag},
                      {QStringLiteral("asset"), out.assetName},        {QStringLiteral("release_url"), out.releaseUrl},
                      {QStringLiteral("download_url"), out.downloadUrl}, {QStringLiteral("repository"), out.repoUrl},
                      {QStringLiteral("created_release"), out.createdRelease}, {QStringLiteral("bytes"), double(out.bytes)},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
        if (flow.error())
            o.insert(QStringLiteral("error"), flow.error()->message);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    }
    for (const QString &w : std::as_const(warnings))
        printErr(QStringLiteral("warning: %1\n").arg(w));
    if (flow.error()) {
        printErr(QStringLiteral("error: %1\n").arg(flow.error()->message));
        return flow.error()->code == ErrorCode::NotFound ? ExitUnreadable : ExitFailure;
    }
    if (!parser.isSet(c.json))
        printOut(QStringLiteral("released %1 as %2 (%3)\n%4").arg(out.assetName, out.tag, printable(out.releaseUrl), ReleaseFlow::installInstructions(out)));
    return ExitOk;
}

int run(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("check"))
        return runCheck(args);
    if (sub == QLatin1String("pr"))
        return runPr(args);
    if (sub == QLatin1String("release"))
        return runRelease(args);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Publish to the Dify Marketplace or a GitHub release.\n"
        "  publish check PATH [--pr-body FILE] [--marketplace URL] [--json]   the Marketplace CI's verdict, locally\n"
        "  publish pr PATH --what-changed TEXT [--risk low|medium|high] [--dry-run]   the Marketplace pull request\n"
        "  publish release PATH --repo OWNER/REPO [--sign-key PEM]   a release for \"Install from GitHub\"\n"
        "Run 'plugin-studio-cli publish SUBCOMMAND --help' for the options."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"), QStringLiteral("check | pr | release"));
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    printErr(sub.isEmpty() ? QStringLiteral("usage: plugin-studio-cli publish check|pr|release PATH ...\n")
                           : QStringLiteral("error: unknown publish sub-command '%1' (check, pr or release)\n").arg(printable(sub)));
    return ExitUsage;
}

CommandRegistrar reg({QStringLiteral("publish"),
                      QStringLiteral("Marketplace pre-flight (check), pull request (pr), GitHub release (release)"), run});

} // namespace
