// SPDX-License-Identifier: GPL-3.0-or-later
// Offline export: real `pip download` (against a local wheel folder, no network), repackaging,
// then a real offline install of the result with the runtime's environment preparation.
#include "core/workspace/installtask.h"
#include "core/workspace/offlineexport.h"
#include "tst_install_support.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Workspace;

class TstInstallOffline : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir work;
    QString wheelDir;
    QString source;

private slots:
    void initTestCase()
    {
        wheelDir = work.path() + QStringLiteral("/index");
        QDir().mkpath(wheelDir);
        TestSupport::stubSdkWheel(wheelDir);
        TestSupport::PackageSpec spec;
        spec.requirements = "dify_plugin==0.7.0\n";
        QString err;
        source = TestSupport::makePackage(work.path(), spec, &err);
        QVERIFY2(!source.isEmpty(), qPrintable(err));
    }

    void exportsWheelsAndInstallsOffline()
    {
        OfflineExportOptions o;
        o.platform = QStringLiteral("manylinux2014_aarch64");
        o.pythonVersion = QStringLiteral("3.12");
        o.extraPipArgs = {QStringLiteral("--no-index"), QStringLiteral("--find-links"), wheelDir};
        QStringList lines;
        auto r = exportOffline(source, work.path() + QStringLiteral("/out"), o, [&](const QString &l) { lines << l; });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->wheels, QStringList{QStringLiteral("dify_plugin-0.7.0-py3-none-any.whl")});
        QVERIFY(r->outputPath.endsWith(QStringLiteral("echo_plugin-0.0.1-manylinux2014_aarch64-offline.difypkg")));
        QVERIFY(r->notice.contains(QStringLiteral("UNSIGNED")));
        auto reader = Package::PackageReader::open(r->outputPath);
        QVERIFY(reader);
        QVERIFY((*reader)->contains(QStringLiteral("wheels/dify_plugin-0.7.0-py3-none-any.whl")));
        const QByteArray req = (*reader)->read(QStringLiteral("requirements.txt")).value();
        QVERIFY2(req.startsWith("--no-index\n--find-links=./wheels/\n"), req.constData());
        QVERIFY(req.contains("dify_plugin==0.7.0"));
        QVERIFY((*reader)->comment().isEmpty()); // unsigned

        // Install it with a real environment and no index at all.
        QTemporaryDir data;
        auto ws = WorkspaceStore::open(data.path());
        QVERIFY(ws);
        InstallOptions io;
        io.allowUnsigned = true;
        io.envPreparer = runtimeEnvPreparer(data.path() + QStringLiteral("/envs"));
        InstallTask t(ws->get(), InstallSource::parse(r->outputPath).value(), io);
        QVERIFY(t.waitForFinished(600000));
        QVERIFY2(!t.error(), qPrintable(t.error() ? t.error()->message : QString()));
        QCOMPARE((*ws)->installed(QStringLiteral("studio-tests/echo_plugin"))->version, QStringLiteral("0.0.1"));
    }

    void missingWheelIsAClearError()
    {
        TestSupport::PackageSpec spec;
        spec.name = QStringLiteral("needs_missing");
        spec.requirements = "surely_not_a_real_package_xyz==1.0\n";
        const QString p = TestSupport::makePackage(work.path(), spec);
        OfflineExportOptions o;
        o.extraPipArgs = {QStringLiteral("--no-index"), QStringLiteral("--find-links"), wheelDir};
        auto r = exportOffline(p, work.path() + QStringLiteral("/out2"), o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ProcessFailed);
        QVERIFY2(r.error().message.contains(QStringLiteral("surely_not_a_real_package_xyz")), qPrintable(r.error().message));
        QVERIFY(!QFileInfo::exists(work.path() + QStringLiteral("/out2/needs_missing-0.0.1-current-offline.difypkg")));
    }

    void badSources()
    {
        auto r = exportOffline(work.path() + QStringLiteral("/nothing.difypkg"), work.path(), {});
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QTemporaryDir empty;
        auto e = exportOffline(empty.path(), work.path(), {});
        QVERIFY(!e);
        QVERIFY(e.error().message.contains(QStringLiteral("manifest.yaml")));
    }
};

QTEST_GUILESS_MAIN(TstInstallOffline)
#include "tst_install_offline.moc"
