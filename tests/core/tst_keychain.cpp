// SPDX-License-Identifier: GPL-3.0-or-later
// Where the workspace key lives (core/workspace/keychain.h): the recorded location, the 0600 file
// fallback, moving the key without losing it, and — when a Secret Service is reachable — the real
// OS keychain through QtKeychain. ctest runs this binary twice: plainly (whatever the machine has;
// without a session bus the fallback is what is verified, and the output says so) and as
// tst_keychain_session inside `dbus-run-session` with a throw-away gnome-keyring, where
// STUDIO_EXPECT_KEYCHAIN=1 makes an unreachable keychain a failure.
#include "core/workspace/keychain.h"
#include "core/workspace/workspace.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Workspace;

class TstKeychain : public QObject
{
    Q_OBJECT
private:
    bool m_keychain = false; // a Secret Service answered a write + read-back

    // Every byte of every file under `dir` (the data folder), searched for `needle`.
    static QStringList filesContaining(const QString &dir, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QFile file(f);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits << f;
        }
        return hits;
    }

    static void storeSecrets(WorkspaceStore &ws)
    {
        QVERIFY(ws.setDifyApiKey(QStringLiteral("app-keychain-secret-1")));
        QVERIFY(ws.setSecretSetting(QStringLiteral("github_token"), QStringLiteral("ghp_keychainSecret2")));
        Credential c;
        c.pluginId = QStringLiteral("acme/tool");
        c.provider = QStringLiteral("tool");
        c.name = QStringLiteral("main");
        c.values = QJsonObject{{QStringLiteral("api_key"), QStringLiteral("cred-keychain-secret-3")}};
        QVERIFY(ws.addCredential(c));
    }

    static void expectSecrets(WorkspaceStore &ws)
    {
        const Result<QString> dify = ws.difyApiKey();
        QVERIFY2(dify, qPrintable(dify ? QString() : dify.error().message));
        QCOMPARE(dify.value(), QStringLiteral("app-keychain-secret-1"));
        QCOMPARE(ws.secretSetting(QStringLiteral("github_token")).value(), QStringLiteral("ghp_keychainSecret2"));
        QCOMPARE(ws.githubToken(), QStringLiteral("ghp_keychainSecret2"));
        auto creds = ws.credentials(QStringLiteral("acme/tool"));
        QVERIFY(creds);
        QCOMPARE(creds->size(), 1);
        QCOMPARE(creds->first().values.value(QStringLiteral("api_key")).toString(), QStringLiteral("cred-keychain-secret-3"));
    }

    static void expectNoSecretInClear(const QString &dir)
    {
        for (const char *s : {"app-keychain-secret-1", "ghp_keychainSecret2", "cred-keychain-secret-3"})
            QVERIFY2(filesContaining(dir, s).isEmpty(), qPrintable(QStringLiteral("%1 in clear in %2").arg(QLatin1String(s), filesContaining(dir, s).join(QLatin1Char(' ')))));
    }

private slots:
    void initTestCase()
    {
        qunsetenv("STUDIO_KEY_STORE");
        QVERIFY(keychainSupported()); // the build links QtKeychain (qtkeychain-qt6-dev is a bootstrap package)
        // Probe: can this process reach a Secret Service?
        KeychainKeyProvider probe(QStringLiteral("Plugin Studio tests"), QStringLiteral("probe-%1").arg(QCoreApplication::applicationPid()), 10000);
        const QByteArray key = randomBytes(SecretBox::KeySize);
        VoidResult w = probe.write(key);
        Result<QByteArray> back = w ? probe.read() : Result<QByteArray>(w.error());
        m_keychain = back && back.value() == key;
        if (w)
            QVERIFY(probe.remove());
        if (m_keychain)
            qInfo("A Secret Service is reachable: the real OS keychain is exercised.");
        else
            qInfo("No Secret Service is reachable here (%s): the file fallback is what is verified; the real keychain "
                  "runs in tst_keychain_session.", qPrintable(back ? QStringLiteral("read-back differs") : back.error().message));
        if (qEnvironmentVariableIntValue("STUDIO_EXPECT_KEYCHAIN") == 1)
            QVERIFY2(m_keychain, "STUDIO_EXPECT_KEYCHAIN=1 but the keychain cannot be reached");
    }

    // A forced file store: recorded, 0600, shared with a plain WorkspaceStore::open() (what other
    // code paths use), and no secret in clear anywhere in the data folder.
    void fileStoreIsRecordedAndShared()
    {
        QTemporaryDir dir;
        qputenv("STUDIO_KEY_STORE", "file");
        QString note;
        auto ws = openWorkspace(dir.path(), KeyStore::Keychain, &note);
        qunsetenv("STUDIO_KEY_STORE");
        QVERIFY(ws);
        QVERIFY(note.isEmpty());
        const KeyStoreInfo info = recordedKeyStore(**ws);
        QVERIFY(info.recorded);
        QCOMPARE(info.store, KeyStore::File);
        QCOMPARE((*ws)->setting(QStringLiteral("key_store")), QStringLiteral("file"));
        QVERIFY(QFile::exists(info.filePath));
        QCOMPARE(QFileInfo(info.filePath).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE((*ws)->keyProvider()->storeName(), QStringLiteral("file"));
        storeSecrets(**ws);
        ws->reset();

        auto plain = WorkspaceStore::open(dir.path());
        QVERIFY(plain);
        QCOMPARE((*plain)->keyProvider()->storeName(), QStringLiteral("file"));
        expectSecrets(**plain);
        plain->reset();
        expectNoSecretInClear(dir.path());
        // Opening again keeps what is recorded even when the keychain is preferred.
        auto again = openWorkspace(dir.path(), KeyStore::Keychain);
        QVERIFY(again);
        QCOMPARE(recordedKeyStore(**again).store, KeyStore::File);
        expectSecrets(**again);
    }

    // A workspace made before the location was recorded keeps its key file.
    void legacyWorkspaceKeepsItsFile()
    {
        QTemporaryDir dir;
        {
            auto ws = WorkspaceStore::open(dir.path());
            QVERIFY(ws);
            QVERIFY(!recordedKeyStore(**ws).recorded);
            storeSecrets(**ws); // creates workspace.key through the default FileKeyProvider
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("workspace.key"))));
        auto ws = openWorkspace(dir.path(), KeyStore::Keychain);
        QVERIFY(ws);
        QCOMPARE(recordedKeyStore(**ws).store, KeyStore::File);
        expectSecrets(**ws);
    }

    // Recorded keychain that cannot give the key: a clear error that says what to do, and no
    // new key file is made behind the user's back (that would orphan every stored secret).
    void recordedKeychainUnreachableOrMissing()
    {
        QTemporaryDir dir;
        {
            auto ws = WorkspaceStore::open(dir.path());
            QVERIFY(ws);
            QVERIFY((*ws)->setSetting(QStringLiteral("key_store"), QStringLiteral("keychain")));
            QVERIFY((*ws)->setSetting(QStringLiteral("key_keychain_service"), QStringLiteral("Plugin Studio tests")));
            QVERIFY((*ws)->setSetting(QStringLiteral("key_keychain_account"), QStringLiteral("never-written-%1").arg(QCoreApplication::applicationPid())));
        }
        auto ws = openWorkspace(dir.path());
        QVERIFY(ws); // opening does not need the key
        QCOMPARE((*ws)->keyProvider()->storeName(), QStringLiteral("keychain"));
        QVERIFY((*ws)->installedPlugins().isEmpty()); // nor does listing
        VoidResult r = (*ws)->setDifyApiKey(QStringLiteral("x"));
        QVERIFY(!r);
        if (m_keychain) {
            QCOMPARE(r.error().code, ErrorCode::NotFound);
            QVERIFY2(r.error().message.contains(QStringLiteral("missing from the OS keychain")), qPrintable(r.error().message));
        } else {
            QVERIFY2(r.error().message.contains(QStringLiteral("cannot be reached"))
                         && r.error().message.contains(QStringLiteral("workspace key --to-file")),
                     qPrintable(r.error().message));
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("workspace.key"))));
        // Moving needs the key: refused, nothing changes.
        QVERIFY(!moveWorkspaceKey(**ws, KeyStore::File));
        QCOMPARE(recordedKeyStore(**ws).store, KeyStore::Keychain);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("workspace.key"))));
    }

    // A key file that does not open the workspace's secrets is never copied anywhere.
    void wrongKeyIsNotMoved()
    {
        QTemporaryDir dir;
        qputenv("STUDIO_KEY_STORE", "file");
        auto ws = openWorkspace(dir.path());
        qunsetenv("STUDIO_KEY_STORE");
        QVERIFY(ws);
        storeSecrets(**ws);
        ws->reset();
        QVERIFY(FileKeyProvider(dir.filePath(QStringLiteral("workspace.key"))).store(randomBytes(SecretBox::KeySize)));
        auto again = openWorkspace(dir.path());
        QVERIFY(again);
        VoidResult m = moveWorkspaceKey(**again, KeyStore::Keychain);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(QStringLiteral("was not moved")), qPrintable(m.error().message));
        QCOMPARE(recordedKeyStore(**again).store, KeyStore::File);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("workspace.key"))));
    }

    // A new workspace prefers the keychain: there when reachable, else the file with a note.
    // With a keychain: secrets round-trip, the data folder holds neither the secrets nor the key,
    // and the key moves to the file and back without loss.
    void newWorkspacePrefersTheKeychain()
    {
        QTemporaryDir dir;
        QString note;
        auto ws = openWorkspace(dir.path(), KeyStore::Keychain, &note);
        QVERIFY(ws);
        const KeyStoreInfo info = recordedKeyStore(**ws);
        QVERIFY(info.recorded);
        if (!m_keychain) {
            QCOMPARE(info.store, KeyStore::File);
            QVERIFY2(note.contains(QStringLiteral("not available")) && note.contains(QStringLiteral("0600 file")), qPrintable(note));
            QVERIFY(QFile::exists(info.filePath));
            storeSecrets(**ws);
            expectSecrets(**ws);
            expectNoSecretInClear(dir.path());
            // Moving to an unreachable keychain fails and keeps the file.
            QVERIFY(!moveWorkspaceKey(**ws, KeyStore::Keychain));
            QCOMPARE(recordedKeyStore(**ws).store, KeyStore::File);
            expectSecrets(**ws);
            qInfo("verified: the file fallback (no keychain here)");
            return;
        }
        QCOMPARE(info.store, KeyStore::Keychain);
        QVERIFY(info.account.contains((*ws)->workspaceId()));
        QVERIFY(info.account.contains(dir.path()));
        QVERIFY(!QFile::exists(info.filePath));
        storeSecrets(**ws);
        const QByteArray keyHex = KeychainKeyProvider(info.service, info.account).read().value().toHex();
        ws->reset();
        expectNoSecretInClear(dir.path());
        QVERIFY(filesContaining(dir.path(), keyHex).isEmpty());

        // A plain open() uses the recorded keychain.
        auto plain = WorkspaceStore::open(dir.path());
        QVERIFY(plain);
        QCOMPARE((*plain)->keyProvider()->storeName(), QStringLiteral("keychain"));
        expectSecrets(**plain);

        // Keychain -> file: the file holds the same key, the keychain entry is gone.
        QVERIFY(moveWorkspaceKey(**plain, KeyStore::File));
        QCOMPARE(recordedKeyStore(**plain).store, KeyStore::File);
        QVERIFY(QFile::exists(info.filePath));
        QCOMPARE(FileKeyProvider(info.filePath).workspaceKey().value().toHex(), keyHex);
        QCOMPARE(KeychainKeyProvider(info.service, info.account).read().error().code, ErrorCode::NotFound);
        expectSecrets(**plain);
        plain->reset();
        auto reopened = openWorkspace(dir.path());
        expectSecrets(**reopened);

        // File -> keychain: the file is gone, secrets still open.
        QVERIFY(moveWorkspaceKey(**reopened, KeyStore::Keychain));
        QVERIFY(!QFile::exists(info.filePath));
        QCOMPARE(recordedKeyStore(**reopened).store, KeyStore::Keychain);
        expectSecrets(**reopened);
        QVERIFY(KeychainKeyProvider(info.service, info.account).remove());
    }

    // The CLI shares the recorded location with the core (same function) and moves the key.
    void cliSharesTheLocation()
    {
        QTemporaryDir dir;
        auto run = [&](const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
            QProcess p;
            p.start(QStringLiteral(STUDIO_CLI), args);
            p.waitForFinished(60000);
            if (out)
                *out = p.readAllStandardOutput();
            if (err)
                *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("workspace"), QStringLiteral("key"), QStringLiteral("--workspace"), dir.path()}, &out, &err), 0);
        {
            auto ws = WorkspaceStore::open(dir.path());
            const KeyStoreInfo info = recordedKeyStore(**ws);
            QVERIFY(info.recorded);
            QCOMPARE(info.store, m_keychain ? KeyStore::Keychain : KeyStore::File);
            QVERIFY2(out.contains(info.describe().toUtf8()), out.constData());
            storeSecrets(**ws); // the core writes with the key the CLI chose
        }
        QCOMPARE(run({QStringLiteral("workspace"), QStringLiteral("github-token"), QStringLiteral("--workspace"), dir.path()}, &out, &err), 0);
        QVERIFY2(out.contains("gh***************t2"), out.constData());
        const QString other = m_keychain ? QStringLiteral("--to-file") : QStringLiteral("--to-keychain");
        const int moved = run({QStringLiteral("workspace"), QStringLiteral("key"), other, QStringLiteral("--check"), QStringLiteral("--workspace"), dir.path()},
                              &out, &err);
        auto ws = WorkspaceStore::open(dir.path());
        if (m_keychain) {
            QCOMPARE(moved, 0);
            QCOMPARE(recordedKeyStore(**ws).store, KeyStore::File);
        } else {
            QCOMPARE(moved, 1);
            QVERIFY2(err.contains("was not moved"), err.constData());
            QCOMPARE(recordedKeyStore(**ws).store, KeyStore::File);
        }
        expectSecrets(**ws);
    }
};

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
