// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli remote SUBCOMMAND — a real Dify's plugin workspace from the command line
// (#13.4): connections (login, logout, connections, use, workspaces), the installed plugins
// (list, install, upgrade, uninstall, tasks, permissions), deploy of a plugin folder, and the
// debugging key (debug-key, optionally written as the plugin's .env). --json everywhere; exit
// codes for CI (see kExitHelp). Passwords come from a prompt or an environment variable, never
// from the command line.
#include "cli/command.h"
#include "cli/workspaceoptions.h"
#include "core/common/printable.h"
#include "core/dify/connection.h"
#include "core/dify/deploy.h"
#include "core/dify/remote.h"
#include "core/dify/signin.h"
#include "core/common/outputfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

using namespace Studio;
using namespace Studio::Cli;
using namespace Studio::Dify;

// Exit codes beyond the shared ones (0 ok, 1 failure, 2 not found/unreadable, 64 usage).
enum RemoteExit : int {
    ExitSignIn = 3,      // not signed in, wrong password, session ended, SSO only, locked
    ExitPermission = 4,  // the workspace's plugin permissions or the member's role
    ExitUnreachable = 5, // DNS, refused, timeout, TLS
    ExitRefused = 6,     // Dify or its daemon refused (bad package, failed install task, too large, too old)
    ExitRateLimited = 7,
};

const char *const kExitHelp =
    "Exit codes: 0 done, 1 failed, 2 not found, 3 sign-in needed or refused, 4 permission denied, "
    "5 Dify unreachable (or TLS), 6 Dify refused it (package, install task, size, version), "
    "7 rate limited, 64 usage.";

int exitFor(const ConsoleError &e)
{
    switch (e.kind) {
    case ConsoleErrorKind::WrongPassword:
    case ConsoleErrorKind::LoginLocked:
    case ConsoleErrorKind::PasswordLoginOff:
    case ConsoleErrorKind::SignInRequired: return ExitSignIn;
    case ConsoleErrorKind::PermissionDenied: return ExitPermission;
    case ConsoleErrorKind::Unreachable:
    case ConsoleErrorKind::Tls: return ExitUnreachable;
    case ConsoleErrorKind::NotFound: return ExitUnreadable;
    case ConsoleErrorKind::RateLimited: return ExitRateLimited;
    case ConsoleErrorKind::TooOld:
    case ConsoleErrorKind::TooLarge:
    case ConsoleErrorKind::BadRequest:
    case ConsoleErrorKind::PluginDaemon: return ExitRefused;
    default: return ExitFailure;
    }
}

QString g_sub; // the sub-command running (its help names it)

struct Ctx
{
    QCommandLineParser parser;
    WorkspaceCliOptions wso{QStringLiteral("Marketplace base URL (unused).")};
    QCommandLineOption connection{{QStringLiteral("c"), QStringLiteral("connection")},
                                  QStringLiteral("The Dify connection to use (default: the current one)."),
                                  QStringLiteral("NAME")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
    std::unique_ptr<Workspace::WorkspaceStore> ws;
    std::unique_ptr<ConnectionStore> store;
    Net::Downloader net;

    Ctx(const QString &description, const QString &args = {}, const QString &argsHelp = {})
    {
        parser.setApplicationDescription(QStringLiteral("plugin-studio-cli remote %1: ").arg(g_sub) + description
                                         + QStringLiteral("\n\n") + QLatin1String(kExitHelp));
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        parser.addHelpOption();
        parser.addOptions({wso.workspace, connection, json});
        if (!args.isEmpty())
            parser.addPositionalArgument(args, argsHelp);
    }
    bool asJson() const { return parser.isSet(json); }
    int error(const QString &message, int code = ExitFailure, const QJsonObject &extra = {})
    {
        if (asJson()) {
            QJsonObject o = extra;
            o.insert(QStringLiteral("ok"), false);
            o.insert(QStringLiteral("error"), message);
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        }
        printErr(QStringLiteral("error: %1\n").arg(printable(message, PrintableMode::MultiLine)));
        return code;
    }
    int error(const ConsoleError &e) { return error(e.message, exitFor(e), QJsonObject{{QStringLiteral("detail"), e.toJson()}}); }
    int ok(const QJsonObject &o, const QString &text)
    {
        if (asJson()) {
            QJsonObject out = o;
            out.insert(QStringLiteral("ok"), true);
            printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        } else if (!text.isEmpty()) {
            printOut(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
        }
        return ExitOk;
    }
    std::optional<int> openStore()
    {
        auto w = wso.open(parser);
        if (!w)
            return error(w.error().toString());
        ws = std::move(*w);
        store = std::make_unique<ConnectionStore>(ws.get());
        return std::nullopt;
    }
    // The connection asked for, signed in; an exit code when there is none.
    std::variant<std::unique_ptr<Remote>, int> remote()
    {
        if (auto e = openStore())
            return *e;
        auto r = Remote::open(store.get(), parser.value(connection), &net);
        if (!r)
            return error(r.error().message, r.error().code == ErrorCode::NotFound ? int(ExitSignIn) : int(ExitFailure));
        std::unique_ptr<Remote> remote(*r);
        if (!remote->isSignedIn())
            return error(QStringLiteral("The Dify connection '%1' is signed out: plugin-studio-cli remote login %2")
                             .arg(printable(remote->connection().name), remote->connection().baseUrl().toString()),
                         ExitSignIn);
        return remote;
    }
};

// Runs the event loop until `done` is set (the callbacks set it).
template<typename T>
Outcome<T> await(const std::function<void(const Done<T> &)> &start)
{
    std::optional<Outcome<T>> out;
    QEventLoop loop;
    start([&out, &loop](const Outcome<T> &r) {
        out = r;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

QString readPassword(const QString &prompt)
{
    printErr(prompt);
    termios old{};
    const bool tty = ::isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        printErr(QStringLiteral("\n"));
    }
    if (line.size() > 4096)
        line.resize(4096);
    return QString::fromStdString(line);
}

// ---------------------------------------------------------------- login / logout / connections

int cmdLogin(const QStringList &args)
{
    Ctx c(QStringLiteral("Signs in to a Dify (self-hosted or cloud) with an e-mail and password, as its web console "
                         "does, and keeps the connection (tokens sealed in the workspace). The password is read from "
                         "the environment variable named by --password-env (default DIFY_PASSWORD), from stdin with "
                         "--password-stdin, or asked for on the terminal; never from the command line."),
          QStringLiteral("URL"), QStringLiteral("The Dify address (https://cloud.dify.ai, http://localhost)."));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Account e-mail."), QStringLiteral("EMAIL"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Name of the connection (default: the host)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QStringLiteral("The Dify workspace to manage (name or id)."),
                                    QStringLiteral("WORKSPACE"));
    const QCommandLineOption env(QStringLiteral("password-env"), QStringLiteral("Environment variable holding the password."),
                                 QStringLiteral("VAR"), QStringLiteral("DIFY_PASSWORD"));
    const QCommandLineOption fromStdin(QStringLiteral("password-stdin"), QStringLiteral("Read the password from stdin."));
    c.parser.addOptions({email, name, tenant, env, fromStdin});
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    const QStringList pos = c.parser.positionalArguments();
    if (pos.size() > 1)
        return c.error(QStringLiteral("usage: plugin-studio-cli remote login URL --email EMAIL"), ExitUsage);
    if (auto e = c.openStore())
        return *e;
    // Signing in again to a kept connection: its address and e-mail are known.
    const auto kept = c.store->find(c.parser.isSet(name) ? c.parser.value(name) : c.parser.value(c.connection));
    QString address = pos.value(0);
    QString mail = c.parser.value(email);
    if (address.isEmpty() && kept)
        address = kept->baseUrl().toString();
    if (mail.isEmpty() && kept)
        mail = kept->email;
    if (address.isEmpty() || mail.isEmpty())
        return c.error(QStringLiteral("usage: plugin-studio-cli remote login URL --email EMAIL (the password from "
                                      "$DIFY_PASSWORD, --password-stdin or the prompt)"),
                       ExitUsage);
    QString password;
    if (c.parser.isSet(fromStdin)) {
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line.substr(0, 4096));
    } else if (qEnvironmentVariableIsSet(qPrintable(c.parser.value(env)))) {
        password = qEnvironmentVariable(qPrintable(c.parser.value(env)));
    } else if (::isatty(STDIN_FILENO)) {
        password = readPassword(QStringLiteral("Password for %1: ").arg(printable(mail)));
    } else {
        return c.error(QStringLiteral("No password: set %1, pass --password-stdin, or run on a terminal to be asked.")
                           .arg(c.parser.value(env)),
                       ExitUsage);
    }
    const auto api = ConsoleClient::consoleApiUrl(address);
    if (!api)
        return c.error(api.error().message, ExitUsage);
    QString connName = c.parser.isSet(name) ? c.parser.value(name) : kept ? kept->name : c.store->suggestName(*api);
    if (!ConnectionStore::isValidName(connName))
        return c.error(QStringLiteral("'%1' is not a connection name: use 1-64 of A-Z a-z 0-9 . _ -").arg(printable(connName)),
                       ExitUsage);
    SignIn s(&c.net);
    QEventLoop loop;
    QObject::connect(&s, &SignIn::finished, &loop, &QEventLoop::quit);
    if (!c.asJson())
        QObject::connect(&s, &SignIn::step, [](const QString &t) { printErr(t + QLatin1Char('\n')); });
    s.start({address, mail, password, c.parser.value(tenant), connName});
    if (!s.isFinished())
        loop.exec();
    if (s.error())
        return c.error(*s.error());
    Connection conn = s.result().connection;
    if (kept && kept->apiUrl == conn.apiUrl) { // keep what was learned about this Dify
        conn.signaturePolicy = kept->signaturePolicy;
        conn.refusedUploadBytes = kept->refusedUploadBytes;
    }
    if (auto r = c.store->save(conn); !r)
        return c.error(r.error().message);
    if (auto r = c.store->saveTokens(conn.name, s.result().tokens); !r)
        return c.error(r.error().message);
    (void)c.store->setCurrent(conn.name);
    QJsonArray wss;
    for (const auto &w : s.result().workspaces)
        wss.append(w.toJson());
    QJsonObject o = conn.toJson();
    o.insert(QStringLiteral("workspaces"), wss);
    return c.ok(o, QStringLiteral("signed in: %1 (Dify %2, %3 tokens); workspace %4 as %5")
                       .arg(printable(conn.displayName()), printable(conn.difyVersion.isEmpty() ? QStringLiteral("?") : conn.difyVersion),
                            authModeName(conn.mode), printable(conn.workspace.name), printable(conn.workspace.role)));
}

int cmdLogout(const QStringList &args)
{
    Ctx c(QStringLiteral("Signs out of a Dify connection: Dify revokes the session, the sealed tokens go. --forget "
                         "also removes the connection."));
    const QCommandLineOption forget(QStringLiteral("forget"), QStringLiteral("Remove the connection too."));
    c.parser.addOption(forget);
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    if (auto e = c.openStore())
        return *e;
    auto conn = c.store->resolve(c.parser.value(c.connection));
    if (!conn)
        return c.error(conn.error().message, ExitUnreadable);
    QString note;
    if (auto r = Remote::open(c.store.get(), conn->name, &c.net); r) {
        std::unique_ptr<Remote> remote(*r);
        if (remote->isSignedIn()) {
            const auto out = await<Nothing>([&](const auto &d) { remote->signOut(d); });
            if (!out) // signed out here in any case
                note = QStringLiteral(" (Dify was not told: %1)").arg(out.error().message);
        }
    }
    (void)c.store->clearTokens(conn->name);
    if (c.parser.isSet(forget))
        (void)c.store->remove(conn->name);
    return c.ok(QJsonObject{{QStringLiteral("name"), conn->name}, {QStringLiteral("forgotten"), c.parser.isSet(forget)}},
                QStringLiteral("signed out of %1%2").arg(printable(conn->name), note));
}

int cmdConnections(const QStringList &args)
{
    Ctx c(QStringLiteral("Lists the kept Dify connections; the current one is marked *."));
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    if (auto e = c.openStore())
        return *e;
    QJsonArray arr;
    QString text;
    const QString current = c.store->currentName();
    for (const Connection &conn : c.store->list()) {
        const auto t = c.store->tokens(conn.name);
        const bool signedIn = t && !t->isEmpty();
        QJsonObject o = conn.toJson();
        o.insert(QStringLiteral("current"), conn.name == current);
        o.insert(QStringLiteral("signed_in"), signedIn);
        arr.append(o);
        text += QStringLiteral("%1 %2  %3%4\n")
                    .arg(conn.name == current ? QStringLiteral("*") : QStringLiteral(" "), printable(conn.name),
                         printable(conn.displayName()), signedIn ? QString() : QStringLiteral("  (signed out)"));
    }
    if (arr.isEmpty())
        text = QStringLiteral("no Dify connections: plugin-studio-cli remote login URL --email EMAIL\n");
    return c.ok(QJsonObject{{QStringLiteral("connections"), arr}, {QStringLiteral("current"), current}}, text);
}

int cmdUse(const QStringList &args)
{
    Ctx c(QStringLiteral("Makes a kept connection the current one."), QStringLiteral("NAME"), QStringLiteral("Connection."));
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    if (c.parser.positionalArguments().size() != 1)
        return c.error(QStringLiteral("usage: plugin-studio-cli remote use NAME"), ExitUsage);
    if (auto e = c.openStore())
        return *e;
    const QString name = c.parser.positionalArguments().first();
    if (auto r = c.store->setCurrent(name); !r)
        return c.error(r.error().message, ExitUnreadable);
    return c.ok(QJsonObject{{QStringLiteral("current"), name}}, QStringLiteral("current connection: %1").arg(printable(name)));
}

int cmdWorkspaces(const QStringList &args)
{
    Ctx c(QStringLiteral("Lists the account's workspaces in that Dify; --switch makes another one the workspace the "
                         "studio manages."));
    const QCommandLineOption sw(QStringLiteral("switch"), QStringLiteral("Workspace to switch to (name or id)."),
                                QStringLiteral("WORKSPACE"));
    c.parser.addOption(sw);
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    auto rv = c.remote();
    if (auto *code = std::get_if<int>(&rv))
        return *code;
    auto &remote = std::get<0>(rv);
    auto list = await<QList<RemoteWorkspaceInfo>>([&](const auto &d) { remote->workspaces(d); });
    if (!list)
        return c.error(list.error());
    if (c.parser.isSet(sw)) {
        const QString want = c.parser.value(sw);
        QString id;
        for (const auto &w : *list)
            if (w.id == want || w.name.compare(want, Qt::CaseInsensitive) == 0)
                id = w.id;
        if (id.isEmpty())
            return c.error(QStringLiteral("The account has no workspace '%1' there.").arg(printable(want)), ExitUnreadable);
        const auto now = await<RemoteWorkspaceInfo>([&](const auto &d) { remote->switchWorkspace(id, d); });
        if (!now)
            return c.error(now.error());
        list = await<QList<RemoteWorkspaceInfo>>([&](const auto &d) { remote->workspaces(d); });
        if (!list)
            return c.error(list.error());
    }
    QJsonArray arr;
    QString text;
    for (const auto &w : *list) {
        arr.append(w.toJson());
        text += QStringLiteral("%1 %2  %3  %4\n").arg(w.current ? QStringLiteral("*") : QStringLiteral(" "), printable(w.name), w.id, printable(w.plan));
    }
    return c.ok(QJsonObject{{QStringLiteral("workspaces"), arr}}, text);
}

// ---------------------------------------------------------------- plugins

QString pluginLine(const RemotePlugin &p)
{
    QString line = QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(printable(p.pluginId), printable(p.version), printable(p.source), printable(p.category),
                            p.signatureText(), p.runtimeStatusText());
    if (p.updateAvailable())
        line += QStringLiteral("  update: %1").arg(printable(p.latestVersion));
    if (p.marketplaceStatus == QLatin1String("deleted"))
        line += QStringLiteral("  (removed from the Marketplace)");
    return line;
}

int cmdList(const QStringList &args)
{
    Ctx c(QStringLiteral("Lists the plugins installed in the Dify workspace (name, version, source, category, "
                         "signature, runtime) with the Marketplace's newer versions."));
    const QCommandLineOption noUpdates(QStringLiteral("no-updates"), QStringLiteral("Do not ask the Marketplace for updates."));
    c.parser.addOption(noUpdates);
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    auto rv = c.remote();
    if (auto *code = std::get_if<int>(&rv))
        return *code;
    auto &remote = std::get<0>(rv);
    auto list = await<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    if (!list)
        return c.error(list.error());
    QList<RemotePlugin> plugins = *list;
    QString note;
    if (!c.parser.isSet(noUpdates)) {
        const auto u = await<QList<RemotePlugin>>([&](const auto &d) { remote->checkUpdates(plugins, d); });
        if (u)
            plugins = *u;
        else
            note = QStringLiteral("(updates unknown: %1)\n").arg(u.error().message);
    }
    QJsonArray arr;
    QString text;
    for (const RemotePlugin &p : plugins) {
        arr.append(p.toJson());
        text += pluginLine(p) + QLatin1Char('\n');
    }
    if (plugins.isEmpty())
        text = QStringLiteral("no plugins installed in %1\n").arg(printable(remote->connection().workspace.name));
    return c.ok(QJsonObject{{QStringLiteral("plugins"), arr}, {QStringLiteral("total"), int(plugins.size())}}, text + note);
}

// Follows a task (unless --no-wait), printing its progress; the exit code.
int followTask(Ctx &c, Remote *remote, const InstallStart &start, const QStringList &expected, bool wait, const QJsonObject &base)
{
    QJsonObject o = base;
    o.insert(QStringLiteral("all_installed"), start.allInstalled);
    o.insert(QStringLiteral("task_id"), start.taskId);
    if (start.allInstalled)
        return c.ok(o, QStringLiteral("already installed: %1").arg(printable(expected.join(QStringLiteral(", ")))));
    if (!wait)
        return c.ok(o, QStringLiteral("install task %1 started (plugin-studio-cli remote tasks)").arg(start.taskId));
    TaskFollower f(remote, start.taskId, expected);
    QEventLoop loop;
    QString lastLine;
    QObject::connect(&f, &TaskFollower::progress, [&](const RemoteTask &t) {
        if (c.asJson())
            return;
        for (const RemoteTaskPlugin &p : t.plugins) {
            const QString line = QStringLiteral("  %1: %2 %3").arg(printable(p.pluginId), p.status, printable(p.message));
            if (line != lastLine)
                printErr(line + QLatin1Char('\n'));
            lastLine = line;
        }
    });
    QObject::connect(&f, &TaskFollower::finished, &loop, &QEventLoop::quit);
    f.start();
    loop.exec();
    o.insert(QStringLiteral("task"), f.last().toJson());
    if (!f.succeeded())
        return c.error(f.error(), ExitRefused, o);
    return c.ok(o, QStringLiteral("installed: %1").arg(printable(expected.join(QStringLiteral(", ")))));
}

int cmdInstall(const QStringList &args)
{
    Ctx c(QStringLiteral("Installs into the Dify workspace: a local .difypkg (uploaded, then installed), a .difybndl, "
                         "a Marketplace identifier (marketplace:author/name:version@checksum) or a GitHub release "
                         "(github:owner/repo@TAG/ASSET.difypkg); follows the install task to its end."),
          QStringLiteral("SOURCE"), QStringLiteral("FILE.difypkg | FILE.difybndl | marketplace:IDENTIFIER | github:OWNER/REPO@TAG/ASSET"));
    const QCommandLineOption noWait(QStringLiteral("no-wait"), QStringLiteral("Do not follow the install task."));
    c.parser.addOption(noWait);
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    if (c.parser.positionalArguments().size() != 1)
        return c.error(QStringLiteral("usage: plugin-studio-cli remote install SOURCE"), ExitUsage);
    const QString source = c.parser.positionalArguments().first();
    const bool wait = !c.parser.isSet(noWait);
    auto rv = c.remote();
    if (auto *code = std::get_if<int>(&rv))
        return *code;
    Remote *remote = std::get<0>(rv).get();
    if (source.startsWith(QLatin1String("marketplace:"))) {
        const QString id = source.mid(12);
        const auto s = await<InstallStart>([&](const auto &d) { remote->installMarketplace({id}, d); });
        if (!s)
            return c.error(s.error());
        return followTask(c, remote, *s, {id}, wait, QJsonObject{{QStringLiteral("identifier"), id}});
    }
    if (source.startsWith(QLatin1String("github:"))) {
        // github:owner/repo@tag/asset
        const QString rest = source.mid(7);
        const qsizetype at = rest.indexOf(QLatin1Char('@'));
        const qsizetype slash = at < 0 ? -1 : rest.indexOf(QLatin1Char('/'), at);
        if (at <= 0 || slash < 0)
            return c.error(QStringLiteral("give a GitHub release as github:OWNER/REPO@TAG/ASSET.difypkg"), ExitUsage);
        const QString repo = rest.left(at), tag = rest.mid(at + 1, slash - at - 1), asset = rest.mid(slash + 1);
        const auto up = await<UploadResult>([&](const auto &d) { remote->uploadGithub(repo, tag, asset, d); });
        if (!up)
            return c.error(up.error());
        const auto s = await<InstallStart>([&](const auto &d) { remote->installGithub(up->uniqueIdentifier, repo, tag, asset, d); });
        if (!s)
            return c.error(s.error());
        return followTask(c, remote, *s, {up->uniqueIdentifier}, wait, QJsonObject{{QStringLiteral("identifier"), up->uniqueIdentifier}});
    }
    if (!QFileInfo(source).isFile())
        return c.error(QStringLiteral("%1 is not a file (give a .difypkg, .difybndl, marketplace:ID or github:OWNER/REPO@TAG/ASSET)")
                           .arg(printable(source)),
                       ExitUnreadable);
    const auto progress = [&c](qint64 sent, qint64 total) {
        if (!c.asJson() && total > 0 && ::isatty(STDERR_FILENO))
            printErr(QStringLiteral("\ruploading %1%").arg(sent * 100 / total));
    };
    if (source.endsWith(QLatin1String(".difybndl"), Qt::CaseInsensitive)) {
        const auto deps = await<QJsonArray>([&](const auto &d) { remote->uploadBundle(source, d, progress); });
        if (!deps)
            return c.error(deps.error());
        // Dependencies of a bundle: Marketplace ones install by identifier, packages by their upload.
        QStringList marketplace, packages;
        for (const QJsonValue &v : *deps) {
            const QJsonObject dep = v.toObject();
            const QString type = dep.value(QStringLiteral("type")).toString();
            const QJsonObject value = dep.value(QStringLiteral("value")).toObject();
            const QString id = value.value(QStringLiteral("marketplace_plugin_unique_identifier")).toString().isEmpty()
                ? value.value(QStringLiteral("plugin_unique_identifier")).toString()
                : value.value(QStringLiteral("marketplace_plugin_unique_identifier")).toString();
            if (id.isEmpty())
                continue;
            (type == QLatin1String("marketplace") ? marketplace : packages) << id;
        }
        int code = ExitOk;
        if (!marketplace.isEmpty()) {
            const auto s = await<InstallStart>([&](const auto &d) { remote->installMarketplace(marketplace, d); });
            code = s ? followTask(c, remote, *s, marketplace, wait, {}) : c.error(s.error());
        }
        if (code == ExitOk && !packages.isEmpty()) {
            const auto s = await<InstallStart>([&](const auto &d) { remote->installPackages(packages, d); });
            code = s ? followTask(c, remote, *s, packages, wait, {}) : c.error(s.error());
        }
        return code;
    }
    const auto up = await<UploadResult>([&](const auto &d) { remote->uploadPackage(source, d, progress); });
    if (!c.asJson() && ::isatty(STDERR_FILENO))
        printErr(QStringLiteral("\n"));
    if (!up)
        return c.error(up.error());
    const auto s = await<InstallStart>([&](const auto &d) { remote->installPackages({up->uniqueIdentifier}, d); });
    if (!s)
        return c.error(s.error());
    return followTask(c, remote, *s, {up->uniqueIdentifier}, wait,
                      QJsonObject{{QStringLiteral("identifier"), up->uniqueIdentifier}, {QStringLiteral("verified"), up->verified}});
}

std::optional<RemotePlugin> findInstalled(const QList<RemotePlugin> &list, const QString &id)
{
    for (const RemotePlugin &p : list)
        if (p.pluginId == id || p.uniqueIdentifier == id || p.installationId == id)
            return p;
    return std::nullopt;
}

int cmdUpgrade(const QStringList &args)
{
    Ctx c(QStringLiteral("Upgrades an installed Marketplace plugin to its newest version (or --to IDENTIFIER); a "
                         "GitHub install to --tag TAG with --asset ASSET."),
          QStringLiteral("PLUGIN"), QStringLiteral("author/name (or its installation id)"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The identifier to upgrade to."), QStringLiteral("IDENTIFIER"));
    const QCommandLineOption tag(QStringLiteral("tag"), QStringLiteral("GitHub release tag."), QStringLiteral("TAG"));
    const QCommandLineOption asset(QStringLiteral("asset"), QStringLiteral("GitHub release asset."), QStringLiteral("ASSET"));
    const QCommandLineOption noWait(QStringLiteral("no-wait"), QStringLiteral("Do not follow the install task."));
    c.parser.addOptions({to, tag, asset, noWait});
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    if (c.parser.positionalArguments().size() != 1)
        return c.error(QStringLiteral("usage: plugin-studio-cli remote upgrade PLUGIN [--to IDENTIFIER]"), ExitUsage);
    auto rv = c.remote();
    if (auto *code = std::get_if<int>(&rv))
        return *code;
    Remote *remote = std::get<0>(rv).get();
    const auto list = await<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    if (!list)
        return c.error(list.error());
    auto p = findInstalled(*list, c.parser.positionalArguments().first());
    if (!p)
        return c.error(QStringLiteral("%1 is not installed in that workspace.").arg(printable(c.parser.positionalArguments().first())),
                       ExitUnreadable);
    if (p->source == QLatin1String("github")) {
        if (!c.parser.isSet(tag) || !c.parser.isSet(asset))
            return c.error(QStringLiteral("%1 came from GitHub: give --tag TAG --asset ASSET of the release to upgrade to.")
                               .arg(printable(p->pluginId)),
                           ExitUsage);
        const QString repo = p->meta.value(QStringLiteral("repo")).toString();
        const auto up = await<UploadResult>([&](const auto &d) { remote->uploadGithub(repo, c.parser.value(tag), c.parser.value(asset), d); });
        if (!up)
            return c.error(up.error());
        const auto s = await<InstallStart>([&](const auto &d) {
            remote->upgradeGithub(p->uniqueIdentifier, up->uniqueIdentifier, repo, c.parser.value(tag), c.parser.value(asset), d);
        });
        if (!s)
            return c.error(s.error());
        return followTask(c, remote, *s, {up->uniqueIdentifier}, !c.parser.isSet(noWait), QJsonObject{{QStringLiteral("from"), p->uniqueIdentifier}});
    }
    if (p->source != QLatin1String("marketplace"))
        return c.error(QStringLiteral("%1 was installed from %2: Dify upgrades only Marketplace and GitHub installs. "
                                      "Deploy or install the new package (remote deploy --replace).")
                           .arg(printable(p->pluginId), printable(p->source)),
                       ExitRefused);
    QString target = c.parser.value(to);
    if (target.isEmpty()) {
        const auto u = await<QList<RemotePlugin>>([&](const auto &d) { remote->checkUpdates({*p}, d); });
        if (!u)
            return c.error(u.error());
        if (u->isEmpty() || !u->first().updateAvailable())
            return c.ok(QJsonObject{{QStringLiteral("up_to_date"), true}, {QStringLiteral("identifier"), p->uniqueIdentifier}},
                        QStringLiteral("%1 %2 is the newest version").arg(printable(p->pluginId), printable(p->version)));
        target = u->first().latestIdentifier;
    }
    const auto s = await<InstallStart>([&](const auto &d) { remote->upgradeMarketplace(p->uniqueIdentifier, target, d); });
    if (!s)
        return c.error(s.error());
    return followTask(c, remote, *s, {target}, !c.parser.isSet(noWait),
                      QJsonObject{{QStringLiteral("from"), p->uniqueIdentifier}, {QStringLiteral("identifier"), target}});
}

int cmdUninstall(const QStringList &args)
{
    Ctx c(QStringLiteral("Uninstalls a plugin from the Dify workspace."), QStringLiteral("PLUGIN"),
          QStringLiteral("author/name (or its installation id)"));
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    if (c.parser.positionalArguments().size() != 1)
        return c.error(QStringLiteral("usage: plugin-studio-cli remote uninstall PLUGIN"), ExitUsage);
    auto rv = c.remote();
    if (auto *code = std::get_if<int>(&rv))
        return *code;
    Remote *remote = std::get<0>(rv).get();
    const auto list = await<QList<RemotePlugin>>([&](const auto &d) { remote->listPlugins(d); });
    if (!list)
        return c.error(list.error());
    auto p = findInstalled(*list, c.parser.positionalArguments().first());
    if (!p)
        return c.error(QStringLiteral("%1 is not installed in that workspace.").arg(printable(c.parser.positionalArguments().first())),
                       ExitUnreadable);
    const auto r = await<Nothing>([&](const auto &d) { remote->uninstall(p->installationId, d); });
    if (!r)
        return c.error(r.error());
    return c.ok(QJsonObject{{QStringLiteral("uninstalled"), p->uniqueIdentifier}},
                QStringLiteral("uninstalled %1").arg(printable(p->uniqueIdentifier)));
}

int cmdTasks(const QStringList &args)
{
    Ctx c(QStringLiteral("Lists the workspace's install tasks (with the daemon's messages); --clear removes the "
                         "finished ones."));
    const QCommandLineOption clear(QStringLiteral("clear"), QStringLiteral("Remove finished tasks."));
    c.parser.addOption(clear);
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    auto rv = c.remote();
    if (auto *code = std::get_if<int>(&rv))
        return *code;
    Remote *remote = std::get<0>(rv).get();
    auto tasks = await<QList<RemoteTask>>([&](const auto &d) { remote->tasks(d); });
    if (!tasks)
        return c.error(tasks.error());
    int cleared = 0;
    if (c.parser.isSet(clear)) {
        for (const RemoteTask &t : *tasks) {
            if (!t.isFinished())
                continue;
            const auto r = await<Nothing>([&](const auto &d) { remote->deleteTask(t.id, d); });
            if (!r)
                return c.error(r.error());
            ++cleared;
        }
        tasks = await<QList<RemoteTask>>([&](const auto &d) { remote->tasks(d); });
        if (!tasks)
            return c.error(tasks.error());
    }
    QJsonArray arr;
    QString text;
    for (const RemoteTask &t : *tasks) {
        arr.append(t.toJson());
        text += QStringLiteral("%1  %2  %3/%4\n").arg(t.id, t.status).arg(t.completed).arg(t.total);
        for (const RemoteTaskPlugin &p : t.plugins)
            text += QStringLiteral("    %1  %2  %3\n").arg(printable(p.identifier), p.status, printable(p.message, PrintableMode::MultiLine));
    }
    if (tasks->isEmpty())
        text = QStringLiteral("no install tasks\n");
    return c.ok(QJsonObject{{QStringLiteral("tasks"), arr}, {QStringLiteral("cleared"), cleared}}, text);
}

int cmdPermissions(const QStringList &args)
{
    Ctx c(QStringLiteral("Shows, or with --install/--debug changes, who may install and manage plugins and who may "
                         "debug them in the workspace (everyone, admins, noone; owners and admins change them)."));
    const QCommandLineOption install(QStringLiteral("install"), QStringLiteral("Who may install: everyone|admins|noone."), QStringLiteral("WHO"));
    const QCommandLineOption debug(QStringLiteral("debug"), QStringLiteral("Who may debug: everyone|admins|noone."), QStringLiteral("WHO"));
    c.parser.addOptions({install, debug});
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    for (const auto *o : {&install, &debug})
        if (c.parser.isSet(*o) && !PluginPermissions::isValidValue(c.parser.value(*o)))
            return c.error(QStringLiteral("--%1 takes everyone, admins or noone").arg(o->names().first()), ExitUsage);
    auto rv = c.remote();
    if (auto *code = std::get_if<int>(&rv))
        return *code;
    Remote *remote = std::get<0>(rv).get();
    auto p = await<PluginPermissions>([&](const auto &d) { remote->permissions(d); });
    if (!p)
        return c.error(p.error());
    if (c.parser.isSet(install) || c.parser.isSet(debug)) {
        PluginPermissions next = *p;
        if (c.parser.isSet(install))
            next.install = c.parser.value(install);
        if (c.parser.isSet(debug))
            next.debug = c.parser.value(debug);
        const auto r = await<Nothing>([&](const auto &d) { remote->setPermissions(next, d); });
        if (!r)
            return c.error(r.error());
        p = await<PluginPermissions>([&](const auto &d) { remote->permissions(d); });
        if (!p)
            return c.error(p.error());
    }
    return c.ok(QJsonObject{{QStringLiteral("install_permission"), p->install}, {QStringLiteral("debug_permission"), p->debug}},
                QStringLiteral("install: %1\ndebug: %2").arg(p->install, p->debug));
}

// ---------------------------------------------------------------- deploy / debug-key

int cmdDeploy(const QStringList &args)
{
    Ctx c(QStringLiteral("Validates, packages (in a temporary folder; the project is not written to), optionally "
                         "signs, uploads and installs the plugin folder in the Dify workspace, following the install "
                         "task. Refuses before uploading what that Dify would refuse (unsigned packages where it "
                         "wants signatures, sizes over its caps, Marketplace-only installs)."),
          QStringLiteral("DIR"), QStringLiteral("The plugin folder (default: .)."));
    const QCommandLineOption sign(QStringLiteral("sign"), QStringLiteral("Sign with this private key (PEM)."), QStringLiteral("KEY"));
    const QCommandLineOption category(QStringLiteral("category"), QStringLiteral("authorized_category of the signature."),
                                      QStringLiteral("CATEGORY"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QStringLiteral("Replace another installed version (uninstalled first, with its credentials there)."));
    const QCommandLineOption noWait(QStringLiteral("no-wait"), QStringLiteral("Do not follow the install task."));
    c.parser.addOptions({sign, category, replace, noWait});
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    if (c.parser.positionalArguments().size() > 1)
        return c.error(QStringLiteral("usage: plugin-studio-cli remote deploy [DIR]"), ExitUsage);
    const QString dir = QFileInfo(c.parser.positionalArguments().value(0, QStringLiteral("."))).absoluteFilePath();
    if (!QFileInfo(dir).isDir())
        return c.error(QStringLiteral("%1 is not a folder").arg(printable(dir)), ExitUnreadable);
    auto rv = c.remote();
    if (auto *code = std::get_if<int>(&rv))
        return *code;
    Remote *remote = std::get<0>(rv).get();
    DeployOptions o;
    o.projectDir = dir;
    o.signingKey = c.parser.value(sign);
    o.signCategory = c.parser.value(category);
    o.replaceInstalled = c.parser.isSet(replace);
    o.followTask = !c.parser.isSet(noWait);
    Deploy d(remote, o);
    QEventLoop loop;
    if (!c.asJson()) {
        QObject::connect(&d, &Deploy::stage, [](DeployStage s, const QString &t) {
            if (s != DeployStage::Done)
                printErr(t + QLatin1Char('\n'));
        });
        QObject::connect(&d, &Deploy::taskProgress, [](const RemoteTask &t) {
            for (const RemoteTaskPlugin &p : t.plugins)
                printErr(QStringLiteral("  %1: %2 %3\n").arg(printable(p.pluginId), p.status, printable(p.message)));
        });
    }
    QObject::connect(&d, &Deploy::finished, &loop, &QEventLoop::quit);
    d.start();
    loop.exec();
    if (!d.succeeded()) {
        const QString e = d.error();
        const int code = e.contains(QLatin1String("does not validate")) || e.contains(QLatin1String("Packaging failed"))
            ? int(ExitFailure)
            : int(ExitRefused);
        return c.error(e, code, d.toJson());
    }
    return c.ok(d.toJson(), d.alreadyInstalled()
                    ? QStringLiteral("already installed: %1").arg(printable(d.identifier()))
                    : QStringLiteral("deployed %1 (%2 files, %3 bytes) to %4").arg(printable(d.identifier())).arg(d.fileCount()).arg(d.packageBytes())
                          .arg(printable(remote->connection().displayName())));
}

int cmdDebugKey(const QStringList &args)
{
    Ctx c(QStringLiteral("Prints the workspace's remote debugging key, host and port; --env-file writes them as the "
                         "plugin's .env (INSTALL_METHOD=remote, REMOTE_INSTALL_URL, REMOTE_INSTALL_KEY) for a launch "
                         "from an IDE."));
    const QCommandLineOption envFile(QStringLiteral("env-file"), QStringLiteral("Write (or update) this .env file."), QStringLiteral("PATH"));
    c.parser.addOption(envFile);
    if (const auto e = parseCommandLine(c.parser, args))
        return *e;
    auto rv = c.remote();
    if (auto *code = std::get_if<int>(&rv))
        return *code;
    Remote *remote = std::get<0>(rv).get();
    const auto k = await<DebuggingKey>([&](const auto &d) { remote->debuggingKey(d); });
    if (!k)
        return c.error(k.error());
    const QString host = k->reachableHost(remote->connection().apiUrl);
    QJsonObject o{{QStringLiteral("key"), k->key}, {QStringLiteral("host"), host}, {QStringLiteral("port"), k->port},
                  {QStringLiteral("dify_host"), k->host}};
    if (c.parser.isSet(envFile)) {
        const QString path = c.parser.value(envFile);
        if (auto written = writeRemoteDebugEnv(path, QStringLiteral("%1:%2").arg(host).arg(k->port), k->key); !written)
            return c.error(written.error().toString());
        o.insert(QStringLiteral("env_file"), path);
    }
    return c.ok(o, QStringLiteral("REMOTE_INSTALL_URL=%1:%2\nREMOTE_INSTALL_KEY=%3%4")
                       .arg(host).arg(k->port).arg(k->key,
                            c.parser.isSet(envFile) ? QStringLiteral("\n(written to %1)").arg(printable(c.parser.value(envFile))) : QString()));
}

struct Sub
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const Sub kSubs[] = {
    {"login", "Sign in to a Dify and keep the connection", cmdLogin},
    {"logout", "Sign out (and --forget the connection)", cmdLogout},
    {"connections", "List the kept connections", cmdConnections},
    {"use", "Make a connection the current one", cmdUse},
    {"workspaces", "List the account's workspaces, --switch to another", cmdWorkspaces},
    {"list", "List the installed plugins with updates", cmdList},
    {"install", "Install a package, bundle, Marketplace identifier or GitHub release", cmdInstall},
    {"upgrade", "Upgrade an installed plugin", cmdUpgrade},
    {"uninstall", "Uninstall a plugin", cmdUninstall},
    {"tasks", "List install tasks, --clear the finished ones", cmdTasks},
    {"permissions", "Show or change who may install and debug plugins", cmdPermissions},
    {"deploy", "Validate, package, sign, upload and install a plugin folder", cmdDeploy},
    {"debug-key", "The remote debugging key, host and port (or a .env)", cmdDebugKey},
};

int run(const QStringList &args)
{
    const QString sub = args.value(1);
    for (const Sub &s : kSubs)
        if (sub == QLatin1String(s.name)) {
            // The usage line names "plugin-studio-cli remote"; the description says which sub-command.
            QStringList rest = args.mid(1);
            rest[0] = args.value(0);
            g_sub = sub;
            return s.run(rest);
        }
    QCommandLineParser parser;
    QString description = QStringLiteral("A real Dify's plugin workspace: sign in, manage plugins, deploy, debug. "
                                         "Every sub-command takes --connection NAME, --json and --help.\n\nSub-commands:\n");
    QStringList names;
    for (const Sub &s : kSubs) {
        description += QStringLiteral("  %1%2\n").arg(QString::fromLatin1(s.name).leftJustified(14), QString::fromLatin1(s.summary));
        names << QString::fromLatin1(s.name);
    }
    description += QStringLiteral("\n") + QLatin1String(kExitHelp);
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"), names.join(QStringLiteral(", ")) + QLatin1Char('.'));
    if (const auto e = parseCommandLine(parser, args))
        return *e;
    printErr(sub.isEmpty() ? parser.helpText() : QStringLiteral("unknown sub-command '%1'\n\n%2").arg(printable(sub), parser.helpText()));
    return ExitUsage;
}

CommandRegistrar reg({QStringLiteral("remote"), QStringLiteral("A real Dify: sign in, manage its plugins, deploy, debug"), run});

} // namespace
