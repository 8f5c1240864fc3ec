// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace Settings, safety rows (issue #7): the GitHub token field (masked, stored sealed, removable)
// and where the workspace key lives with its Move button. Runs without a Secret Service: moving to
// the keychain must then fail with the reason shown and the key left in its file.
#include "app/workspace/workspacesettingspage.h"
#include "core/workspace/keychain.h"
#include "core/workspace/workspace.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;

class TstWorkspaceSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain for this test, whatever the machine has
        qunsetenv("STUDIO_KEY_STORE");
    }

    void githubTokenFieldAndKeyLocation()
    {
        QTemporaryDir dir;
        QString note;
        auto ws = Workspace::openWorkspace(dir.path(), Workspace::KeyStore::Keychain, &note);
        QVERIFY(ws);
        QCOMPARE(Workspace::recordedKeyStore(**ws).store, Workspace::KeyStore::File); // fell back
        {
            App::WorkspaceSettingsPage dialog(ws->get());
            QCOMPARE(dialog.githubTokenEdit()->echoMode(), QLineEdit::Password);
            QVERIFY(dialog.keyLocationLabel()->toolTip().contains(dir.filePath(QStringLiteral("workspace.key"))));
            QVERIFY(dialog.keyLocationLabel()->text().startsWith(QStringLiteral("File ")));
            QCOMPARE(dialog.moveKeyButton()->text(), QStringLiteral("Move to keychain"));
            dialog.githubTokenEdit()->setText(QStringLiteral("ghp_dialogSecretToken"));
            QVERIFY(dialog.save());
        }
        QCOMPARE((*ws)->githubToken(), QStringLiteral("ghp_dialogSecretToken"));
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("ghp_dialogSecretToken"), qPrintable(f.fileName()));
        }

        App::WorkspaceSettingsPage again(ws->get());
        QVERIFY(again.githubTokenEdit()->text().isEmpty()); // never shown back
        QVERIFY(again.githubTokenEdit()->placeholderText().contains(QStringLiteral("stored")));
        // Saving without typing keeps the stored token.
        QVERIFY(again.save());
        QCOMPARE((*ws)->githubToken(), QStringLiteral("ghp_dialogSecretToken"));

        // No keychain here: the move fails, says why, and the key stays in its file.
        again.show();
        again.moveKeyButton()->click();
        const QList<QLabel *> labels = again.findChildren<QLabel *>();
        bool shown = false;
        for (QLabel *l : labels)
            shown = shown || (l->isVisible() && l->text().contains(QStringLiteral("was not moved")));
        QVERIFY(shown);
        QCOMPARE(Workspace::recordedKeyStore(**ws).store, Workspace::KeyStore::File);
        QCOMPARE((*ws)->githubToken(), QStringLiteral("ghp_dialogSecretToken"));
        QCoreApplication::processEvents();
        again.grab().save(QStringLiteral(STUDIO_BUILD_DIR "/workspace-settings-safety.png"));

        auto *remove = again.findChild<QPushButton *>(QStringLiteral("githubTokenRemove"));
        QVERIFY(remove && remove->isEnabled());
        remove->click();
        QCOMPARE((*ws)->githubToken(), QString());
        QVERIFY(!remove->isEnabled());
    }

    // The key recorded in a keychain this session cannot reach: the row says so, the tooltip says
    // what to do, and the dialog still opens and saves what needs no key.
    void keychainAwayIsShown()
    {
        QTemporaryDir dir;
        auto ws = Workspace::WorkspaceStore::open(dir.path());
        QVERIFY(ws);
        QVERIFY((*ws)->setSetting(QStringLiteral("key_store"), QStringLiteral("keychain")));
        QVERIFY((*ws)->setSetting(QStringLiteral("key_keychain_service"), QStringLiteral("Plugin Studio tests")));
        QVERIFY((*ws)->setSetting(QStringLiteral("key_keychain_account"), QStringLiteral("away")));
        ws->reset();
        auto again = Workspace::openWorkspace(dir.path());
        QVERIFY(again);
        App::WorkspaceSettingsPage dialog(again->get());
        QVERIFY2(dialog.keyLocationLabel()->text().contains(QStringLiteral("cannot be reached")), qPrintable(dialog.keyLocationLabel()->text()));
        QVERIFY2(dialog.keyLocationLabel()->toolTip().contains(QStringLiteral("workspace key --to-file")), qPrintable(dialog.keyLocationLabel()->toolTip()));
        QCOMPARE(dialog.moveKeyButton()->text(), QStringLiteral("Move to file"));
        dialog.show();
        QCoreApplication::processEvents();
        dialog.grab().save(QStringLiteral(STUDIO_BUILD_DIR "/workspace-settings-keychain-away.png"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("workspace.key"))));
    }
};

QTEST_MAIN(TstWorkspaceSafety)
#include "tst_workspace_safety.moc"
