// SPDX-License-Identifier: GPL-3.0-or-later
// File > New Plugin over core/scaffold: today's SDK by default, the legacy pin only when picked (with
// its warning), the Python that will run it here, and the Marketplace fields (repository, contact).
#include "app/wizard/newpluginwizard.h"
#include "core/scaffold/scaffold.h"
#include "core/scaffold/sdkchoice.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio;
using namespace Studio::App;
using namespace Studio::Scaffold;

class TestScaffoldWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { setLocalPythonFinder({}); }
    void currentSdkByDefault();
    void legacyIsExplicitAndWarned();
    void noSuitablePythonSaysWhatToDo();
    void marketplaceFieldsReachTheManifest();

private:
    QTemporaryDir m_tmp;
};

void TestScaffoldWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    setLocalPythonFinder([] {
        return QList<LocalPython>{{QStringLiteral("/usr/bin/python3.11"), QVersionNumber(3, 11, 7)},
                                  {QStringLiteral("/opt/python/3.13.0/bin/python3"), QVersionNumber(3, 13, 0)}};
    });
}

void TestScaffoldWizard::currentSdkByDefault()
{
    NewPluginWizard wizard(m_tmp.path());
    QCOMPARE(wizard.sdkCombo()->currentIndex(), 0);
    QCOMPARE(wizard.options().sdk, SdkTrack::Current);
    QCOMPARE(effectiveSdkRequirement(wizard.options()), sdkLine(SdkTrack::Current).requirement);
    QCOMPARE(effectiveRunnerVersion(wizard.options()), QStringLiteral("3.12"));
    QVERIFY(wizard.sdkCombo()->currentText().contains(sdkLine(SdkTrack::Current).version.toString()));
    // The probe runs off the GUI thread and then names the interpreter that will run the plugin here.
    QTRY_VERIFY_WITH_TIMEOUT(wizard.pythonInfoLabel()->text().contains(QLatin1String("3.13.0")), 10000);
    QVERIFY(wizard.pythonInfoLabel()->text().contains(QLatin1String("/opt/python/3.13.0/bin/python3")));
}

void TestScaffoldWizard::legacyIsExplicitAndWarned()
{
    NewPluginWizard wizard(m_tmp.path());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.pythonInfoLabel()->text().startsWith(QLatin1String("Looking")), 10000);
    QVERIFY(!wizard.pythonInfoLabel()->text().contains(legacySdkWarning()));
    wizard.sdkCombo()->setCurrentIndex(1);
    QCOMPARE(wizard.options().sdk, SdkTrack::Legacy);
    QVERIFY(wizard.sdkCombo()->currentText().contains(QLatin1String("Marketplace")));
    QVERIFY(wizard.pythonInfoLabel()->text().contains(legacySdkWarning()));
    QVERIFY(wizard.pythonInfoLabel()->text().contains(QLatin1String("meta.runner.version 3.11")));
    QCOMPARE(effectiveRunnerVersion(wizard.options()), QStringLiteral("3.11"));
}

void TestScaffoldWizard::noSuitablePythonSaysWhatToDo()
{
    setLocalPythonFinder([] { return QList<LocalPython>{{QStringLiteral("/usr/bin/python3"), QVersionNumber(3, 11, 2)}}; });
    NewPluginWizard wizard(m_tmp.path());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.pythonInfoLabel()->text().contains(QLatin1String("uv python install 3.12")), 10000);
    QCOMPARE(wizard.options().sdk, SdkTrack::Current); // still today's SDK
    initTestCase();
}

void TestScaffoldWizard::marketplaceFieldsReachTheManifest()
{
    NewPluginWizard wizard(m_tmp.path());
    wizard.show();
    wizard.next();
    wizard.nameEdit()->setText(QStringLiteral("wiz_market"));
    wizard.authorEdit()->setText(QStringLiteral("acme"));
    wizard.descriptionEdit()->setText(QStringLiteral("Made by the wizard."));
    // Without repository and contact the page says what the Marketplace needs; the plugin can still be made.
    QTRY_VERIFY(wizard.findChild<QLabel *>(QStringLiteral("publishHint"))->text().contains(QLatin1String("Marketplace")));
    // An author the Marketplace refuses keeps the wizard on the page, with the reason.
    wizard.authorEdit()->setText(QStringLiteral("difyfan"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewPluginWizard::DetailsPage));
    wizard.authorEdit()->setText(QStringLiteral("acme"));
    wizard.contactEdit()->setText(QStringLiteral("nope"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewPluginWizard::DetailsPage));
    wizard.repoEdit()->setText(QStringLiteral("https://github.com/acme/wiz_market"));
    wizard.contactEdit()->setText(QStringLiteral("dev@acme.example"));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("publishHint"))->text().isEmpty());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewPluginWizard::PermissionsPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.pythonInfoLabel()->text().contains(QLatin1String("3.13.0")), 10000);
    QTest::qWait(50); // let the layout take the new text
    if (qEnvironmentVariableIsSet("STUDIO_SCREENSHOT_DIR"))
        wizard.grab().save(QDir(qEnvironmentVariable("STUDIO_SCREENSHOT_DIR")).filePath(QStringLiteral("wizard-sdk.png")));
    wizard.next();
    wizard.accept();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QFile m(QDir(wizard.createdPath()).filePath(QStringLiteral("manifest.yaml")));
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QByteArray manifest = m.readAll();
    QVERIFY(manifest.contains("contact: \"dev@acme.example\""));
    QVERIFY(manifest.contains("repo: \"https://github.com/acme/wiz_market\""));
    QFile req(QDir(wizard.createdPath()).filePath(QStringLiteral("requirements.txt")));
    QVERIFY(req.open(QIODevice::ReadOnly));
    QCOMPARE(req.readAll().trimmed(), sdkLine(SdkTrack::Current).requirement.toUtf8());
}

QTEST_MAIN(TestScaffoldWizard)
#include "tst_scaffoldwizard.moc"
