// SPDX-License-Identifier: GPL-3.0-or-later
// plugin-studio-cli remote ... against the loopback Dify stand-in (tests/core/tst_dify_standin.h):
// login with the password from the environment or stdin (never argv), connections kept and
// sealed in a real workspace, list, install of a package, tasks, permissions, deploy of a plugin
// folder (the folder unchanged), the refusals before upload, debug-key with a .env, logout;
// --json and the exit codes CI relies on.

#include "../core/tst_dify_standin.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::DifyStandIn;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// A digest of every file under `dir` (names and contents).
QByteArray treeDigest(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        h.addData(f.toUtf8());
        h.addData(file.readAll());
    }
    return h.result().toHex();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        const QString target = to + f.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(f, target))
            return false;
    }
    return true;
}

} // namespace

class TestCliRemote : public QObject
{
    Q_OBJECT
    QTemporaryDir work;
    DifyStandIn dify;

    CliRun cli(const QStringList &args, const QHash<QString, QString> &extraEnv = {}, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("STUDIO_KEY_STORE"));
        env.remove(QStringLiteral("DIFY_PASSWORD"));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), work.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), work.path() + QStringLiteral("/data"));
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        QStringList all = args;
        all << QStringLiteral("--workspace") << work.path() + QStringLiteral("/ws");
        p.start(QStringLiteral(STUDIO_CLI), all);
        if (!p.waitForStarted(10000))
            return {};
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        done.wait(120000); // the stand-in answers from this event loop meanwhile
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QHash<QString, QString> pw() const { return {{QStringLiteral("DIFY_PASSWORD"), dify.password}}; }

private slots:
    void initTestCase()
    {
        QVERIFY(work.isValid());
        dify.taskPolls = 1;
        QVERIFY(dify.start());
    }

    void loginNeedsAPassword()
    {
        // No password anywhere and no terminal: usage error, nothing kept.
        CliRun r = cli({QStringLiteral("remote"), QStringLiteral("login"), dify.url().toString(), QStringLiteral("--email"),
                        dify.email, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains("DIFY_PASSWORD"), r.err.constData());
        // A wrong password: exit 3, said so, no connection kept as signed in.
        r = cli({QStringLiteral("remote"), QStringLiteral("login"), dify.url().toString(), QStringLiteral("--email"), dify.email},
                {{QStringLiteral("DIFY_PASSWORD"), QStringLiteral("wrong")}});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("refused the e-mail or the password"), r.err.constData());
        // Unreachable: exit 5.
        r = cli({QStringLiteral("remote"), QStringLiteral("login"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--email"),
                 dify.email},
                pw());
        QCOMPARE(r.exitCode, 5);
        r = cli({QStringLiteral("remote"), QStringLiteral("connections"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("connections")).toArray().size(), 0);
        // Not signed in: list says how to sign in, exit 3.
        r = cli({QStringLiteral("remote"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 3);
    }

    void loginListInstall()
    {
        CliRun r = cli({QStringLiteral("remote"), QStringLiteral("login"), dify.url().toString(), QStringLiteral("--email"),
                        dify.email, QStringLiteral("--name"), QStringLiteral("local"), QStringLiteral("--json")},
                       pw());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("local"));
        QCOMPARE(r.json().value(QStringLiteral("workspaces")).toArray().size(), 2);
        // The password from stdin, a second connection (the staging workspace).
        r = cli({QStringLiteral("remote"), QStringLiteral("login"), dify.url().toString(), QStringLiteral("--email"), dify.email,
                 QStringLiteral("--name"), QStringLiteral("staging"), QStringLiteral("--tenant"), QStringLiteral("Staging"),
                 QStringLiteral("--password-stdin")},
                {}, dify.password.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Staging"), r.out.constData());
        r = cli({QStringLiteral("remote"), QStringLiteral("connections"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("connections")).toArray().size(), 2);
        QCOMPARE(r.json().value(QStringLiteral("current")).toString(), QStringLiteral("staging"));
        QVERIFY(cli({QStringLiteral("remote"), QStringLiteral("use"), QStringLiteral("local")}).exitCode == 0);
        QCOMPARE(cli({QStringLiteral("remote"), QStringLiteral("use"), QStringLiteral("nope")}).exitCode, 2);
        // The tokens are not in the workspace's files in the clear.
        QDirIterator it(work.path() + QStringLiteral("/ws"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("refresh_token"), qPrintable(f.fileName()));
        }

        dify.addPlugins(4);
        r = cli({QStringLiteral("remote"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-c"), QStringLiteral("local")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray plugins = r.json().value(QStringLiteral("plugins")).toArray();
        QCOMPARE(plugins.size(), 4);
        QCOMPARE(plugins.first().toObject().value(QStringLiteral("latest_version")).toString(), QStringLiteral("9.9.9"));
        r = cli({QStringLiteral("remote"), QStringLiteral("list")});
        QVERIFY(r.out.contains("langgenius/plugin_0") && r.out.contains("update: 9.9.9"));

        // Install a package: upload, install, task followed.
        const auto pkg = TestSupport::tinyPackage(QStringLiteral("dev"), QStringLiteral("cli_tool"), QStringLiteral("1.2.0"));
        const QString path = work.filePath(QStringLiteral("cli_tool.difypkg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pkg.bytes);
        f.close();
        r = cli({QStringLiteral("remote"), QStringLiteral("install"), path, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.json().value(QStringLiteral("identifier")).toString(), pkg.identifier);
        QCOMPARE(r.json().value(QStringLiteral("task")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        // A task that fails: exit 6 with the daemon's text.
        dify.nextTaskFailure = QStringLiteral("failed to launch plugin: exit status 1");
        r = cli({QStringLiteral("remote"), QStringLiteral("install"),
                 QStringLiteral("marketplace:langgenius/openai:0.2.0@") + QString(64, QLatin1Char('b'))});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("failed to launch plugin"), r.err.constData());
        r = cli({QStringLiteral("remote"), QStringLiteral("tasks"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("tasks")).toArray().size(), 2);
        r = cli({QStringLiteral("remote"), QStringLiteral("tasks"), QStringLiteral("--clear"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("cleared")).toInt(), 2);
        // Upgrade and uninstall.
        r = cli({QStringLiteral("remote"), QStringLiteral("upgrade"), QStringLiteral("langgenius/plugin_1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.json().value(QStringLiteral("identifier")).toString().contains(QLatin1String(":9.9.9@")));
        r = cli({QStringLiteral("remote"), QStringLiteral("uninstall"), QStringLiteral("dev/cli_tool")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cli({QStringLiteral("remote"), QStringLiteral("uninstall"), QStringLiteral("dev/cli_tool")}).exitCode, 2);
    }

    void permissionsAndDebugKey()
    {
        CliRun r = cli({QStringLiteral("remote"), QStringLiteral("permissions"), QStringLiteral("--debug"), QStringLiteral("admins"),
                        QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("debug_permission")).toString(), QStringLiteral("admins"));
        QCOMPARE(cli({QStringLiteral("remote"), QStringLiteral("permissions"), QStringLiteral("--debug"), QStringLiteral("root")}).exitCode, 64);
        const QString env = work.filePath(QStringLiteral("dot.env"));
        QFile f(env);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("OPENAI_KEY=keep-me\nREMOTE_INSTALL_KEY=old\n");
        f.close();
        r = cli({QStringLiteral("remote"), QStringLiteral("debug-key"), QStringLiteral("--env-file"), env});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        f.close();
        QVERIFY2(text.contains("OPENAI_KEY=keep-me\n"), text.constData());
        QVERIFY(text.contains("INSTALL_METHOD=remote\n"));
        QVERIFY(text.contains(QByteArray("REMOTE_INSTALL_KEY=" + dify.debugKey.toUtf8())));
        QVERIFY(!text.contains("=old"));
        // A member who may not debug: exit 4 naming the permission.
        dify.role = QStringLiteral("normal");
        r = cli({QStringLiteral("remote"), QStringLiteral("debug-key")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("who can debug"), r.err.constData());
        dify.role = QStringLiteral("owner");
    }

    void deploy()
    {
        const QString project = work.filePath(QStringLiteral("tool"));
        QVERIFY(copyTree(QStringLiteral(STUDIO_FIXTURES) + QStringLiteral("/plugins/tool"), project));
        const QByteArray before = treeDigest(project);
        CliRun r = cli({QStringLiteral("remote"), QStringLiteral("deploy"), project, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QString id = r.json().value(QStringLiteral("identifier")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(r.json().value(QStringLiteral("files")).toInt() > 2);
        bool listed = false;
        for (const auto &p : std::as_const(dify.plugins))
            listed = listed || p.identifier == id;
        QVERIFY(listed);
        // The same package again: nothing to do.
        r = cli({QStringLiteral("remote"), QStringLiteral("deploy"), project, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(QStringLiteral("already_installed")).toBool());
        QCOMPARE(treeDigest(project), before); // the project was not written to
        // A changed project: another version is installed, so --replace is needed.
        QFile extra(project + QStringLiteral("/notes.md"));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("changed\n");
        extra.close();
        r = cli({QStringLiteral("remote"), QStringLiteral("deploy"), project});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("--replace"), r.err.constData());
        // --replace, and the install fails: the version before is installed again.
        dify.nextTaskFailure = QStringLiteral("failed to init environment");
        r = cli({QStringLiteral("remote"), QStringLiteral("deploy"), project, QStringLiteral("--replace"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.json().value(QStringLiteral("rolled_back")).toBool());
        QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(QLatin1String("installed again")), r.out.constData());
        listed = false;
        for (const auto &p : std::as_const(dify.plugins))
            listed = listed || p.identifier == id;
        QVERIFY(listed);
        r = cli({QStringLiteral("remote"), QStringLiteral("deploy"), project, QStringLiteral("--replace"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.json().value(QStringLiteral("identifier")).toString() != id);
        // A Dify that wants signatures: refused before uploading, with the reason.
        dify.signatureRequired = true;
        extra.open(QIODevice::WriteOnly);
        extra.write("changed again\n");
        extra.close();
        const int uploads = dify.uploads;
        r = cli({QStringLiteral("remote"), QStringLiteral("deploy"), project, QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 6); // learned from this refusal...
        QCOMPARE(dify.uploads, uploads + 1);
        r = cli({QStringLiteral("remote"), QStringLiteral("deploy"), project, QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 6); // ...and the next deploy is refused before the upload
        QCOMPARE(dify.uploads, uploads + 1);
        QVERIFY2(r.err.contains("FORCE_VERIFYING_SIGNATURE"), r.err.constData());
        dify.signatureRequired = false;
        // An invalid project: exit 1, nothing uploaded.
        QFile manifest(project + QStringLiteral("/manifest.yaml"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("version: [\n");
        manifest.close();
        r = cli({QStringLiteral("remote"), QStringLiteral("deploy"), project});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(dify.uploads, uploads + 1);
    }

    void sessionExpiredAndLogout()
    {
        dify.expireAccessTokens();
        CliRun r = cli({QStringLiteral("remote"), QStringLiteral("list"), QStringLiteral("--no-updates"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.out.constData()); // refreshed on the way
        dify.expireAccessTokens();
        dify.revokeRefreshTokens();
        r = cli({QStringLiteral("remote"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("sign in again"), r.err.constData());
        r = cli({QStringLiteral("remote"), QStringLiteral("connections"), QStringLiteral("--json")});
        bool signedOut = false;
        for (const QJsonValue &v : r.json().value(QStringLiteral("connections")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("local"))
                signedOut = !v.toObject().value(QStringLiteral("signed_in")).toBool();
        QVERIFY(signedOut);
        // Signing in again needs no address: the kept connection knows it.
        r = cli({QStringLiteral("remote"), QStringLiteral("login"), QStringLiteral("--connection"), QStringLiteral("local")}, pw());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("remote"), QStringLiteral("logout"), QStringLiteral("--forget"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("remote"), QStringLiteral("connections"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("connections")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRemote)
#include "tst_cli_remote.moc"
