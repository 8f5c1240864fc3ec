// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17.10, rebuilt from scratch: processes that open a new workspace at the same moment raced
// on the schema migration (7 of 8 `list --workspace NEW` failed with "table plugins already
// exists") and then on the workspace key (each made its own and sealed the key check with it, so
// the others could not decrypt it). Eight real CLI processes on a fresh workspace, fifty times:
// all succeed, and the workspace they leave has one schema, one key and a key check that opens.

#include "core/workspace/keychain.h"
#include "core/workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Studio;
using namespace Studio::Workspace;

class HostileWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("STUDIO_KEY_STORE", "file"); // no desktop keychain in CI; the file key is the raced one
    }

    void eightProcessesOpenANewWorkspaceAtOnce()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        constexpr int kRounds = 50;
        constexpr int kProcesses = 8;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < kRounds; ++round) {
            const QString ws = root.filePath(QStringLiteral("ws%1").arg(round));
            std::vector<std::unique_ptr<QProcess>> procs;
            for (int i = 0; i < kProcesses; ++i) {
                auto p = std::make_unique<QProcess>();
                p->setProcessChannelMode(QProcess::MergedChannels);
                procs.push_back(std::move(p));
            }
            // Started back to back, before any of them has had time to create the database.
            for (auto &p : procs)
                p->start(QStringLiteral(STUDIO_CLI), {QStringLiteral("list"), QStringLiteral("--workspace"), ws});
            for (int i = 0; i < kProcesses; ++i) {
                QProcess &p = *procs[size_t(i)];
                QVERIFY2(p.waitForFinished(60000), qPrintable(QStringLiteral("round %1, process %2 hung").arg(round).arg(i)));
                const QString out = QString::fromUtf8(p.readAll());
                QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                         qPrintable(QStringLiteral("round %1, process %2 failed (exit %3): %4").arg(round).arg(i).arg(p.exitCode()).arg(out)));
                QVERIFY2(out.contains(QStringLiteral("no plugins installed")), qPrintable(out));
            }
            // One schema, one key, and the key check sealed with that key.
            auto opened = openWorkspace(ws, KeyStore::File);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            QCOMPARE((*opened)->schemaVersion(), WorkspaceStore::SchemaVersion);
            const QStringList keys = QDir(ws).entryList({QStringLiteral("workspace.key*")}, QDir::Files | QDir::Hidden);
            QVERIFY2(keys.contains(QStringLiteral("workspace.key")), qPrintable(keys.join(QLatin1Char(' '))));
            for (const QString &k : keys) // no temporary key left behind (the lock file may stay)
                QVERIFY2(k == QLatin1String("workspace.key") || k == QLatin1String("workspace.key.lock"), qPrintable(k));
            QVERIFY((*opened)->setSecretSetting(QStringLiteral("probe"), QStringLiteral("sealed")));
            QCOMPARE((*opened)->secretSetting(QStringLiteral("probe")).value(), QStringLiteral("sealed"));
        }
        qInfo("%d rounds of %d processes in %lld ms", kRounds, kProcesses, qint64(clock.elapsed()));
    }

    // The migration itself, without processes: a second store opened on the same new file while the
    // first migrates finds the schema, never "table already exists".
    void migrationIsIdempotentAcrossConnections()
    {
        QTemporaryDir root;
        const QString ws = root.filePath(QStringLiteral("ws"));
        auto a = WorkspaceStore::open(ws);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        auto b = WorkspaceStore::open(ws);
        QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
        QCOMPARE((*a)->schemaVersion(), WorkspaceStore::SchemaVersion);
        QCOMPARE((*b)->schemaVersion(), WorkspaceStore::SchemaVersion);
    }
};

QTEST_GUILESS_MAIN(HostileWorkspace)
#include "tst_hostile_workspace.moc"
