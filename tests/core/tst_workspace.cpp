// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace store: real SQLite files in a temporary folder, migrations, rows, cleanup, secrets at rest.
#include "core/workspace/credentialcheck.h"
#include "core/workspace/workspace.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Workspace;

static InstalledPlugin makePlugin(const QString &dataDir, const QString &id, const QString &version)
{
    InstalledPlugin p;
    p.pluginId = id;
    p.version = version;
    p.uniqueIdentifier = id + QLatin1Char(':') + version + QStringLiteral("@") + QString(64, QLatin1Char('a'));
    p.source = QStringLiteral("package");
    p.category = QStringLiteral("tool");
    p.installPath = dataDir + QStringLiteral("/plugins/") + id + QLatin1Char('-') + version;
    QDir().mkpath(p.installPath);
    return p;
}

class TstWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void createsSchemaAndReopens()
    {
        QTemporaryDir tmp;
        {
            auto ws = WorkspaceStore::open(tmp.path());
            QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
            QCOMPARE((*ws)->schemaVersion(), WorkspaceStore::SchemaVersion);
            QVERIFY(QFile::exists(tmp.path() + QStringLiteral("/workspace.db")));
            QVERIFY(QFileInfo(tmp.path() + QStringLiteral("/plugins")).isDir());
            QCOMPARE((*ws)->storageDbPath(), tmp.path() + QStringLiteral("/storage.db"));
            QVERIFY(!(*ws)->allowUnsignedPackages());
            QCOMPARE((*ws)->marketplaceUrl(), QStringLiteral("https://marketplace.dify.ai"));
            QVERIFY((*ws)->setAllowUnsignedPackages(true));
        }
        auto again = WorkspaceStore::open(tmp.path());
        QVERIFY(again);
        QVERIFY((*again)->allowUnsignedPackages());
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir tmp;
        { QVERIFY(WorkspaceStore::open(tmp.path())); }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(tmp.path() + QStringLiteral("/workspace.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto ws = WorkspaceStore::open(tmp.path());
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::Unsupported);
        QVERIFY(ws.error().message.contains(QStringLiteral("newer Plugin Studio")));
    }

    void garbageDatabaseIsAClearError()
    {
        QTemporaryDir tmp;
        QFile f(tmp.path() + QStringLiteral("/workspace.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        auto ws = WorkspaceStore::open(tmp.path());
        QVERIFY(!ws);
        QVERIFY(!ws.error().message.isEmpty());
    }

    void installedRowsReplaceAndRemove()
    {
        QTemporaryDir tmp;
        auto ws = WorkspaceStore::open(tmp.path());
        QVERIFY(ws);
        WorkspaceStore &w = **ws;
        InstalledPlugin a = makePlugin(tmp.path(), QStringLiteral("acme/weather"), QStringLiteral("0.1.0"));
        a.sourceMeta = QJsonObject{{QStringLiteral("repo"), QStringLiteral("acme/weather")}};
        a.signatureCategory = QStringLiteral("community");
        a.verified = true;
        a.isSigned = true;
        auto prev = w.putInstalled(a);
        QVERIFY2(prev, qPrintable(prev ? QString() : prev.error().message));
        QVERIFY(!prev->has_value());
        QVERIFY(w.setAutoUpgrade(a.pluginId, AutoUpgrade::FixOnly));
        QVERIFY(w.isFolderReferenced(a.installPath));

        InstalledPlugin b = makePlugin(tmp.path(), QStringLiteral("acme/weather"), QStringLiteral("0.2.0"));
        prev = w.putInstalled(b);
        QVERIFY(prev && prev->has_value());
        QCOMPARE((*prev)->version, QStringLiteral("0.1.0"));
        const auto now = w.installed(QStringLiteral("acme/weather"));
        QVERIFY(now);
        QCOMPARE(now->version, QStringLiteral("0.2.0"));
        QCOMPARE(now->autoUpgrade, AutoUpgrade::FixOnly); // strategy survives an upgrade
        QVERIFY(!w.isFolderReferenced(a.installPath));
        QCOMPARE(w.installedPlugins().size(), 1);

        Credential c;
        c.pluginId = QStringLiteral("acme/weather");
        c.provider = QStringLiteral("weather");
        c.name = QStringLiteral("main");
        c.values = QJsonObject{{QStringLiteral("api_key"), QStringLiteral("k")}};
        QVERIFY(w.addCredential(c));
        QVERIFY(w.createEndpoint(QStringLiteral("acme/weather"), QStringLiteral("hook"), {}));

        // Uninstall keeping credentials, reinstall, uninstall for real.
        QVERIFY(w.removeInstalled(QStringLiteral("acme/weather"), true));
        QCOMPARE(w.credentials(QStringLiteral("acme/weather"))->size(), 1);
        QVERIFY(w.putInstalled(b));
        QVERIFY(w.removeInstalled(QStringLiteral("acme/weather"), false));
        QCOMPARE(w.credentials(QStringLiteral("acme/weather"))->size(), 0);
        QCOMPARE(w.endpoints(QStringLiteral("acme/weather"))->size(), 0);
        auto missing = w.removeInstalled(QStringLiteral("acme/weather"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(w.setEnabled(QStringLiteral("nobody/none"), false).error().code, ErrorCode::NotFound);
    }

    void tasksAndInterruptedTasks()
    {
        QTemporaryDir tmp;
        QString id;
        {
            auto ws = WorkspaceStore::open(tmp.path());
            QVERIFY(ws);
            auto t = (*ws)->createTask(QStringLiteral("x.difypkg"));
            QVERIFY(t);
            id = *t;
            const VoidResult u = (*ws)->updateTask(id, QStringLiteral("running"), QStringLiteral("extracting"), {}, QStringLiteral("a/b"));
            QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
            const auto rec = (*ws)->task(id);
            QVERIFY(rec);
            QCOMPARE(rec->status, QStringLiteral("running"));
            QCOMPARE(rec->pluginId, QStringLiteral("a/b"));
            QVERIFY((*ws)->updateTask(id, QStringLiteral("running"), QString(3000, QLatin1Char('m'))));
            QVERIFY((*ws)->task(id)->message.size() < 1100);
            QCOMPARE((*ws)->task(id)->pluginId, QStringLiteral("a/b")); // kept when not given
        }
        auto ws = WorkspaceStore::open(tmp.path()); // the "process" died while running
        QVERIFY(ws);
        const auto rec = (*ws)->task(id);
        QCOMPARE(rec->status, QStringLiteral("failed"));
        QVERIFY(rec->error.contains(QStringLiteral("interrupted")));
        QVERIFY((*ws)->deleteFinishedTasks());
        QVERIFY((*ws)->tasks().isEmpty());
    }

    void staleFoldersAreCleanedAtOpen()
    {
        QTemporaryDir tmp;
        QString keep;
        {
            auto ws = WorkspaceStore::open(tmp.path());
            QVERIFY(ws);
            InstalledPlugin a = makePlugin(tmp.path(), QStringLiteral("acme/tool"), QStringLiteral("1.0.0"));
            QVERIFY((*ws)->putInstalled(a));
            keep = a.installPath;
        }
        const QString partial = tmp.path() + QStringLiteral("/plugins/acme/.tool-2.0.0@abc.partial-123");
        const QString orphan = tmp.path() + QStringLiteral("/plugins/acme/tool-2.0.0@abc");
        const QString otherAuthor = tmp.path() + QStringLiteral("/plugins/zed/x-1.0.0@ff");
        QVERIFY(QDir().mkpath(partial + QStringLiteral("/sub")));
        QVERIFY(QDir().mkpath(orphan));
        QVERIFY(QDir().mkpath(otherAuthor));
        QFile dl(tmp.path() + QStringLiteral("/downloads/half.difypkg"));
        QVERIFY(dl.open(QIODevice::WriteOnly));
        dl.write("PK");
        dl.close();
        auto ws = WorkspaceStore::open(tmp.path());
        QVERIFY(ws);
        QVERIFY(QFileInfo(keep).isDir());
        QVERIFY(!QFileInfo::exists(partial));
        QVERIFY(!QFileInfo::exists(orphan));
        QVERIFY(!QFileInfo::exists(otherAuthor));
        QVERIFY(!QFileInfo::exists(tmp.path() + QStringLiteral("/plugins/zed")));
        QVERIFY(!dl.exists());
        QCOMPARE((*ws)->cleanedUp().size(), 4);
    }

    void cleanupSkippedWhileAnInstallHoldsTheLock()
    {
        QTemporaryDir tmp;
        const QString orphan = tmp.path() + QStringLiteral("/plugins/acme/.tool-2.0.0@abc.partial-1");
        QVERIFY(QDir().mkpath(orphan));
        QLockFile lock(tmp.path() + QStringLiteral("/install.lock"));
        QVERIFY(lock.tryLock(0));
        auto ws = WorkspaceStore::open(tmp.path());
        QVERIFY(ws);
        QVERIFY(QFileInfo::exists(orphan));
        lock.unlock();
        QCOMPARE((*ws)->cleanupStale().size(), 1);
        QVERIFY(!QFileInfo::exists(orphan));
    }

    void secretBox()
    {
        const QByteArray key = randomBytes(32);
        SecretBox box(key);
        QVERIFY(box.isValid());
        auto sealed = box.seal("hello secret", "row:1");
        QVERIFY(sealed);
        QVERIFY(!sealed->contains("hello"));
        auto opened = box.open(*sealed, "row:1");
        QVERIFY(opened);
        QCOMPARE(*opened, QByteArray("hello secret"));
        QVERIFY(!box.open(*sealed, "row:2")); // bound to its row
        QByteArray tampered = *sealed;
        tampered[tampered.size() - 20] = char(tampered.at(tampered.size() - 20) ^ 1);
        QCOMPARE(box.open(tampered, "row:1").error().code, ErrorCode::SignatureInvalid);
        QVERIFY(!SecretBox(randomBytes(32)).open(*sealed, "row:1"));
        QVERIFY(!box.open("SSv1short"));
        QVERIFY(!SecretBox("short").seal("x"));
        QVERIFY(box.seal("same").value() != box.seal("same").value()); // fresh nonce each time
    }

    void keyFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/k/workspace.key");
        FileKeyProvider p(path);
        auto k = p.workspaceKey();
        QVERIFY(k);
        QCOMPARE(k->size(), 32);
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
        FileKeyProvider again(path);
        QCOMPARE(again.workspaceKey().value(), k.value());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nothex");
        f.close();
        FileKeyProvider broken(path);
        auto e = broken.workspaceKey();
        QVERIFY(!e);
        QVERIFY(e.error().message.contains(QStringLiteral("damaged")));
    }

    void masking_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("long") << "sk-1234567890" << "sk*********90";
        QTest::newRow("seven") << "abcdefg" << "ab***fg";
        QTest::newRow("six") << "abcdef" << "******";
        QTest::newRow("empty") << "" << "";
    }
    void masking()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(maskSecret(in), out);
    }

    void hiddenValueMerge()
    {
        const QJsonObject stored{{QStringLiteral("api_key"), QStringLiteral("real")}, {QStringLiteral("region"), QStringLiteral("eu")}};
        const QJsonObject submitted{{QStringLiteral("api_key"), HiddenValue}, {QStringLiteral("region"), QStringLiteral("us")},
                                    {QStringLiteral("new_secret"), HiddenValue}};
        const QJsonObject merged = mergeHiddenValues(submitted, stored);
        QCOMPARE(merged.value(QStringLiteral("api_key")).toString(), QStringLiteral("real"));
        QCOMPARE(merged.value(QStringLiteral("region")).toString(), QStringLiteral("us"));
        QVERIFY(!merged.contains(QStringLiteral("new_secret")));
        const QJsonObject masked = maskSecretFields(stored, {QStringLiteral("api_key")});
        QCOMPARE(masked.value(QStringLiteral("api_key")).toString(), QStringLiteral("****"));
        QCOMPARE(masked.value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
    }

    void credentialsEndpointsOAuthApiKey()
    {
        QTemporaryDir tmp;
        auto ws = WorkspaceStore::open(tmp.path());
        QVERIFY(ws);
        WorkspaceStore &w = **ws;
        Credential c;
        c.pluginId = QStringLiteral("acme/search");
        c.provider = QStringLiteral("search");
        c.name = QStringLiteral("first");
        c.values = QJsonObject{{QStringLiteral("api_key"), QStringLiteral("first-secret-value")}};
        auto first = w.addCredential(c);
        QVERIFY(first);
        QVERIFY(first->isDefault); // the first one becomes default
        c.name = QStringLiteral("second");
        c.values = QJsonObject{{QStringLiteral("api_key"), QStringLiteral("second-secret-value")}};
        auto second = w.addCredential(c);
        QVERIFY(second && !second->isDefault);
        QVERIFY(w.setDefaultCredential(second->id));
        auto list = w.credentials(QStringLiteral("acme/search"), QStringLiteral("search"));
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QVERIFY(!list->at(0).isDefault);
        QVERIFY(list->at(1).isDefault);
        QVERIFY(w.updateCredential(second->id, QStringLiteral("renamed"),
                                   QJsonObject{{QStringLiteral("api_key"), HiddenValue}, {QStringLiteral("extra"), 1}}));
        list = w.credentials(QStringLiteral("acme/search"));
        QCOMPARE(list->at(1).name, QStringLiteral("renamed"));
        QCOMPARE(list->at(1).values.value(QStringLiteral("api_key")).toString(), QStringLiteral("second-secret-value"));
        // Reverse calls routed to this provider run with its default credential.
        const auto apiKeyOf = [&](const QString &provider) {
            return storedProviderCredentials(w, provider).value(QStringLiteral("api_key")).toString();
        };
        QCOMPARE(apiKeyOf(QStringLiteral("acme/search/search")), QStringLiteral("second-secret-value"));
        QVERIFY(apiKeyOf(QStringLiteral("search")).isEmpty()); // bare names resolve through installed plugins
        InstalledPlugin row;
        row.pluginId = QStringLiteral("acme/search");
        row.version = QStringLiteral("0.0.1");
        row.uniqueIdentifier = QStringLiteral("acme/search:0.0.1@") + QString(64, QLatin1Char('a'));
        row.source = QStringLiteral("package");
        row.installPath = tmp.path();
        QVERIFY(w.putInstalled(row));
        QCOMPARE(apiKeyOf(QStringLiteral("search")), QStringLiteral("second-secret-value"));
        QVERIFY(apiKeyOf(QStringLiteral("acme/other/search")).isEmpty());
        QVERIFY(apiKeyOf(QStringLiteral("weather")).isEmpty());
        c.type = QStringLiteral("basic");
        QCOMPARE(w.addCredential(c).error().code, ErrorCode::InvalidInput);
        c.type = QStringLiteral("api-key");
        c.name = QString(31, QLatin1Char('n'));
        QVERIFY(!w.addCredential(c));

        auto ep = w.createEndpoint(QStringLiteral("acme/hooks"), QStringLiteral("default"),
                                   QJsonObject{{QStringLiteral("token"), QStringLiteral("endpoint-secret-token")}});
        QVERIFY(ep);
        QCOMPARE(ep->hookId.size(), 16);
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z]{16}$")).match(ep->hookId).hasMatch());
        QVERIFY(w.updateEndpoint(ep->id, QStringLiteral("renamed"), QJsonObject{{QStringLiteral("token"), HiddenValue}}));
        QVERIFY(w.setEndpointEnabled(ep->id, false));
        auto eps = w.endpoints(QStringLiteral("acme/hooks"));
        QVERIFY(eps);
        QCOMPARE(eps->size(), 1);
        QCOMPARE(eps->first().name, QStringLiteral("renamed"));
        QVERIFY(!eps->first().enabled);
        QCOMPARE(eps->first().settings.value(QStringLiteral("token")).toString(), QStringLiteral("endpoint-secret-token"));
        QCOMPARE(w.updateEndpoint(QStringLiteral("nope"), {}, {}).error().code, ErrorCode::NotFound);

        QVERIFY(w.setOAuthClient(QStringLiteral("acme/search"), QStringLiteral("search"),
                                 QJsonObject{{QStringLiteral("client_secret"), QStringLiteral("oauth-client-secret")}}, true));
        auto oc = w.oauthClient(QStringLiteral("acme/search"), QStringLiteral("search"));
        QVERIFY(oc && oc->has_value());
        QCOMPARE((*oc)->value(QStringLiteral("client_secret")).toString(), QStringLiteral("oauth-client-secret"));
        QVERIFY(!w.oauthClient(QStringLiteral("acme/search"), QStringLiteral("other"))->has_value());

        QCOMPARE(w.difyApiKey().value(), QString());
        QVERIFY(w.setDifyApiKey(QStringLiteral("app-dify-api-key-secret")));
        QVERIFY(w.setDifyBaseUrl(QStringLiteral("http://localhost:5001")));
        QCOMPARE(w.difyApiKey().value(), QStringLiteral("app-dify-api-key-secret"));
        QCOMPARE(w.difyBaseUrl(), QStringLiteral("http://localhost:5001"));
    }

    void secretsNeverInClearOnDisk()
    {
        QTemporaryDir tmp;
        const QList<QByteArray> secrets{"CRED-PLAINTEXT-7f3a9c", "ENDPOINT-PLAINTEXT-51be", "OAUTH-PLAINTEXT-c0ffee",
                                        "DIFYKEY-PLAINTEXT-9d9d"};
        // Returns a description of the first problem ("" when clean); sets sawWal.
        auto scan = [&](const QString &when, bool *sawWal) -> QString {
            QDirIterator it(tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            int files = 0;
            while (it.hasNext()) {
                const QString path = it.next();
                if (sawWal && path.endsWith(QStringLiteral("-wal")))
                    *sawWal = true;
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    return when + QStringLiteral(": cannot read ") + path;
                const QByteArray bytes = f.readAll();
                ++files;
                for (const QByteArray &s : secrets) {
                    const QString u16 = QString::fromLatin1(s);
                    const QByteArray utf16(reinterpret_cast<const char *>(u16.utf16()), u16.size() * 2);
                    if (bytes.contains(s) || bytes.contains(utf16))
                        return when + QStringLiteral(": secret found in ") + path;
                }
            }
            return files >= 2 ? QString() : when + QStringLiteral(": too few files scanned");
        };
        {
            auto ws = WorkspaceStore::open(tmp.path());
            QVERIFY(ws);
            WorkspaceStore &w = **ws;
            Credential c;
            c.pluginId = QStringLiteral("acme/x");
            c.provider = QStringLiteral("x");
            c.name = QStringLiteral("n");
            c.values = QJsonObject{{QStringLiteral("api_key"), QString::fromLatin1(secrets.at(0))}};
            QVERIFY(w.addCredential(c));
            QVERIFY(w.createEndpoint(QStringLiteral("acme/x"), QStringLiteral("e"),
                                     QJsonObject{{QStringLiteral("token"), QString::fromLatin1(secrets.at(1))}}));
            QVERIFY(w.setOAuthClient(QStringLiteral("acme/x"), QStringLiteral("x"),
                                     QJsonObject{{QStringLiteral("client_secret"), QString::fromLatin1(secrets.at(2))}}, true));
            QVERIFY(w.setDifyApiKey(QString::fromLatin1(secrets.at(3))));
            // While open: the WAL holds the fresh pages.
            bool sawWal = false;
            const QString problem = scan(QStringLiteral("open"), &sawWal);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(sawWal);
            // They decrypt back.
            QCOMPARE(w.difyApiKey().value(), QString::fromLatin1(secrets.at(3)));
        }
        const QString closedProblem = scan(QStringLiteral("closed"), nullptr);
        QVERIFY2(closedProblem.isEmpty(), qPrintable(closedProblem));
        // A wrong key cannot read them: clear error, nothing crashes.
        QFile::remove(tmp.path() + QStringLiteral("/workspace.key"));
        auto other = WorkspaceStore::open(tmp.path());
        QVERIFY(other);
        auto key = (*other)->difyApiKey();
        QVERIFY(!key);
        QVERIFY(key.error().message.contains(QStringLiteral("Re-enter")));
        QVERIFY(!(*other)->credentials(QStringLiteral("acme/x")));
    }

    void trustedKeys()
    {
        QTemporaryDir tmp;
        auto ws = WorkspaceStore::open(tmp.path());
        QVERIFY(ws);
        QVERIFY(!(*ws)->addTrustedKey(QStringLiteral("x"), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"));
        const QByteArray pem = "-----BEGIN RSA PUBLIC KEY-----\nMIIB\n-----END RSA PUBLIC KEY-----\n";
        auto id = (*ws)->addTrustedKey(QStringLiteral("mine"), pem);
        QVERIFY(id);
        QCOMPARE((*ws)->addTrustedKey(QStringLiteral("again"), pem + "\n\n").value(), id.value()); // normalised, no duplicate
        QCOMPARE((*ws)->trustedKeys().size(), 1);
        QVERIFY((*ws)->removeTrustedKey(*id));
        QVERIFY((*ws)->trustedKeys().isEmpty());
    }

    void versionPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("available");
        QTest::addColumn<QString>("expected"); // empty = none
        const QStringList vs{"0.1.0", "0.1.5", "0.2.0", "1.0.0", "1.2.3", "1.2.9", "1.3.0", "1.4.0-beta", "2.0.0", "2.1.0"};
        QTest::newRow("exact") << "1.2.3" << vs << "1.2.3";
        QTest::newRow("exact missing") << "1.2.4" << vs << "";
        QTest::newRow("caret major") << "^1.2.0" << vs << "1.3.0";
        QTest::newRow("caret zero minor") << "^0.1.0" << vs << "0.1.5";
        QTest::newRow("tilde") << "~1.2.0" << vs << "1.2.9";
        QTest::newRow("x minor") << "1.x.x" << vs << "1.3.0";
        QTest::newRow("X patch") << "1.2.X" << vs << "1.2.9";
        QTest::newRow("range") << "1.0.0-2.0.0" << vs << "2.0.0";
        QTest::newRow("range low") << "0.1.0-0.2.0" << vs << "0.2.0";
        QTest::newRow("prerelease exact") << "1.4.0-beta" << vs << "1.4.0-beta";
        QTest::newRow("caret skips prerelease") << "^1.3.0" << vs << "1.3.0";
        QTest::newRow("nothing") << "^3.0.0" << vs << "";
        QTest::newRow("garbage") << "latest" << vs << "";
    }
    void versionPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, available);
        QFETCH(QString, expected);
        const auto r = resolveVersionPattern(pattern, available);
        QCOMPARE(r.value_or(QString()), expected);
    }

    void autoUpgradeRule_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("installed");
        QTest::addColumn<QString>("latest");
        QTest::addColumn<bool>("upgrade");
        QTest::newRow("disabled") << "disabled" << "1.0.0" << "1.0.1" << false;
        QTest::newRow("fix patch") << "fix_only" << "1.0.0" << "1.0.1" << true;
        QTest::newRow("fix minor") << "fix_only" << "1.0.0" << "1.1.0" << false;
        QTest::newRow("latest minor") << "latest" << "1.0.0" << "1.1.0" << true;
        QTest::newRow("latest older") << "latest" << "1.1.0" << "1.0.0" << true; // inequality, like Dify
        QTest::newRow("same") << "latest" << "1.0.0" << "1.0.0" << false;
    }
    void autoUpgradeRule()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, installed);
        QFETCH(QString, latest);
        QFETCH(bool, upgrade);
        const auto s = autoUpgradeFromName(strategy);
        QVERIFY(s);
        QCOMPARE(autoUpgradeName(*s), strategy);
        QCOMPARE(shouldAutoUpgrade(*s, installed, latest), upgrade);
    }
};

QTEST_GUILESS_MAIN(TstWorkspace)
#include "tst_workspace.moc"
