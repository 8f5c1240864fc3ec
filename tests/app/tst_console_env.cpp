// SPDX-License-Identifier: GPL-3.0-or-later
// The console's per-plugin Python (Environment…): an existing interpreter or virtual environment
// really runs the SDK-free probe plugin (it reports sys.executable; /proc confirms the process), the
// choice survives a new studio session and ConsolePanel on the same workspace folder, bad choices are refused with the
// reason; an offline wheel folder built by the test installs a managed environment with no index
// (a missing wheel names the package and the folder), Rebuild drops and rebuilds the cache, and F5
// in the studio window starts the project on the chosen Python.
#include "app/console/consolepanel.h"
#include "app/console/environmentdialog.h"
#include "app/console/pythonchoice.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/panels.h"
#include "app/widgets/configform.h"
#include "app/widgets/logview.h"
#include "app/studiocontext.h"
#include "core/runtime/localplugin.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QDirIterator>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Studio;
using namespace Studio::App;

namespace {

const QString kEnvPlugin = QStringLiteral(STUDIO_FIXTURES "/runtime/env_plugin");

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + QLatin1Char('/') + QDir(from).relativeFilePath(src);
        if (!QDir().mkpath(QFileInfo(dst).absolutePath()) || !QFile::copy(src, dst))
            return false;
    }
    return true;
}

// Builds a pure-Python wheel by hand (zip + dist-info with a correct RECORD), standard library only.
const char kWheelBuilder[] = R"PY(
import base64, hashlib, os, sys, zipfile
out, name, version = sys.argv[1:4]
files = dict(arg.split("=", 1) for arg in sys.argv[4:])
dist = "%s-%s.dist-info" % (name, version)
entries = {"%s/__init__.py" % name: "".join(v + "\n" for v in files.values()).encode()}
entries[dist + "/METADATA"] = ("Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: studio test wheel\n" % (name, version)).encode()
entries[dist + "/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: studio-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
record = []
for path, data in entries.items():
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    record.append("%s,sha256=%s,%d" % (path, digest, len(data)))
record.append(dist + "/RECORD,,")
entries[dist + "/RECORD"] = ("\n".join(record) + "\n").encode()
path = os.path.join(out, "%s-%s-py3-none-any.whl" % (name, version))
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for p, data in entries.items():
        z.writestr(p, data)
print(path)
)PY";

QString python3() { return QStandardPaths::findExecutable(QStringLiteral("python3")); }

bool runPython(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(python3(), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "python3" << args << "failed:" << p.readAllStandardError();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

bool buildWheel(const QString &folder, const QString &name, const QString &version, const QString &line)
{
    QDir().mkpath(folder);
    return runPython({QStringLiteral("-c"), QString::fromLatin1(kWheelBuilder), folder, name, version,
                      QStringLiteral("v=") + line});
}

void writeExecutable(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

// A studio session on the workspace folder `wsDir`, applying the Python chosen per plugin as the
// window does; `envCacheRoot` "" = the user cache.
std::unique_ptr<Session::StudioSession> openSession(const QString &wsDir, const QString &envCacheRoot = {})
{
    auto session = std::make_unique<Session::StudioSession>();
    Session::SessionOptions o;
    o.workspaceDir = wsDir;
    o.keyStore = Workspace::KeyStore::File;
    o.envCacheRoot = envCacheRoot;
    if (auto r = session->open(o); !r)
        qWarning() << r.error().message;
    usePythonChoices(session.get());
    return session;
}

// Opens the plugin folder in the console's session and shows it (File > Open Folder does the same).
void addPlugin(ConsolePanel &panel, const QString &dir)
{
    auto plugin = panel.session()->openFolder(dir);
    if (!plugin) {
        qWarning() << plugin.error().message;
        return;
    }
    panel.showPlugin(*plugin);
}

// The process the session runs the plugin of `dir` in (null before its first start).
Runtime::LocalPlugin *currentPlugin(const Session::StudioSession &session, const QString &dir)
{
    Session::SessionPlugin *plugin = session.plugins()->forFolder(dir);
    return plugin ? plugin->process() : nullptr;
}

// Runs the probe tool from the console and returns the json it reported.
QJsonObject runProbe(ConsolePanel &panel, int timeoutMs, QString *error = nullptr)
{
    if (!panel.selectAction(QStringLiteral("tool:invoke_tool:probe/whereami"))) {
        if (error)
            *error = QStringLiteral("no whereami action: ") + panel.actionKeys().join(QLatin1Char(','));
        return {};
    }
    panel.credentialsForm()->setValues(QJsonObject{{QStringLiteral("api_key"), QStringLiteral("good")}});
    QSignalSpy finished(&panel, &ConsolePanel::invocationFinished);
    panel.run();
    if (!finished.wait(timeoutMs)) {
        if (error)
            *error = QStringLiteral("no result; status: ") + panel.statusText();
        return {};
    }
    const auto entry = finished.at(0).at(0).value<HistoryEntry>();
    for (const QJsonValue &c : entry.chunks) {
        const QJsonObject chunk = c.toObject();
        if (chunk.value(QStringLiteral("type")).toString() == QLatin1String("json"))
            return chunk.value(QStringLiteral("message")).toObject().value(QStringLiteral("json_object")).toObject();
    }
    if (error)
        *error = QStringLiteral("no json chunk: ") + entry.state + QLatin1Char(' ') + entry.error;
    return {};
}

int logCount(ConsolePanel &panel, const QString &needle)
{
    panel.logView()->flushPending();
    return panel.logView()->countMatches(needle);
}

// Waits until the dialog has finished checking and returns its verdict.
bool settle(EnvironmentDialog *dlg)
{
    QTest::qWait(450); // the interpreter check starts after a short typing pause
    return QTest::qWaitFor([dlg] { return !dlg->isChecking(); }, 20000);
}

} // namespace

class TestConsoleEnv : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!python3().isEmpty(), "python3 is needed on PATH");
        qRegisterMetaType<HistoryEntry>();
    }

    void existingInterpreterAndVenv()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString wsDir = tmp.filePath(QStringLiteral("ws"));
        auto session = openSession(wsDir);
        QVERIFY2(session->workspace(), qPrintable(session->workspaceError()));
        const QString venv = tmp.filePath(QStringLiteral("venv"));
        QVERIFY(runPython({QStringLiteral("-m"), QStringLiteral("venv"), QStringLiteral("--without-pip"), venv}));
        const QString venvPython = QDir(venv).filePath(QStringLiteral("bin/python"));
        QByteArray version;
        QVERIFY(runPython({QStringLiteral("-c"), QStringLiteral("import sys;print('%d.%d.%d' % sys.version_info[:3])")}, &version));

        auto panel = std::make_unique<ConsolePanel>(session.get());
        panel->resize(1000, 600);
        panel->show();
        addPlugin(*panel, kEnvPlugin);
        QCOMPARE(panel->pythonChoice().mode, PythonMode::Managed);
        QVERIFY2(panel->pythonText().contains(QStringLiteral("managed environment")), qPrintable(panel->pythonText()));
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("environmentButton"))->isEnabled());

        QPointer<EnvironmentDialog> dlg = panel->openEnvironmentDialog();
        QVERIFY(dlg);
        QVERIFY(dlg->isVisible());
        // Which tool builds managed environments is found (uv or venv + pip) and shown.
        QTRY_VERIFY_WITH_TIMEOUT(!dlg->toolText().contains(QStringLiteral("looking")), 20000);
        QVERIFY2(dlg->toolText().contains(QStringLiteral("uv")), qPrintable(dlg->toolText()));
        auto *interpRadio = dlg->findChild<QRadioButton *>(QStringLiteral("interpreterRadio"));
        auto *interpEdit = dlg->findChild<QLineEdit *>(QStringLiteral("interpreterEdit"));
        auto *ok = dlg->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(interpRadio && interpEdit && ok);
        interpRadio->setChecked(true);

        // Not Python: refused with the reason, OK stays off and accept() does not close.
        const QString notPython = tmp.filePath(QStringLiteral("not-python"));
        writeExecutable(notPython, "#!/bin/sh\necho hello\n");
        interpEdit->setText(notPython);
        QVERIFY(settle(dlg));
        QVERIFY(!dlg->isChoiceValid());
        QVERIFY2(dlg->problem().contains(QStringLiteral("is not a Python interpreter")), qPrintable(dlg->problem()));
        QVERIFY(!ok->isEnabled());
        dlg->accept();
        QVERIFY(dlg->isVisible());
        QVERIFY(dlg->findChild<QLabel *>(QStringLiteral("interpreterStatus"))->text().contains(notPython));

        // Older than the plugin's declared Python (meta.runner.version 3.11).
        const QString oldPython = tmp.filePath(QStringLiteral("python3.8"));
        writeExecutable(oldPython, "#!/bin/sh\necho version=3.8.10\necho executable=/usr/bin/python3.8\necho uv=\n");
        interpEdit->setText(oldPython);
        QVERIFY(settle(dlg));
        QVERIFY(!dlg->isChoiceValid());
        QVERIFY2(dlg->problem().contains(QStringLiteral("older than Python 3.11")), qPrintable(dlg->problem()));

        // Missing file.
        interpEdit->setText(tmp.filePath(QStringLiteral("no/such/python")));
        QVERIFY(settle(dlg));
        QVERIFY2(dlg->problem().contains(QStringLiteral("does not exist")), qPrintable(dlg->problem()));

        // The venv's interpreter: its real version is read by running it.
        interpEdit->setText(venvPython);
        QVERIFY(settle(dlg));
        QVERIFY2(dlg->isChoiceValid(), qPrintable(dlg->problem()));
        QCOMPARE(dlg->interpreterVersion(), QString::fromLatin1(version.trimmed()));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY(!dlg);
        QCOMPARE(panel->pythonChoice().mode, PythonMode::Interpreter);
        QCOMPARE(panel->pythonChoice().path, venvPython);
        QCOMPARE(panel->pythonText(), QStringLiteral("Python: %1 (existing interpreter)").arg(venvPython));

        // The plugin really runs on it: sys.executable, and the kernel's view of the process.
        QString error;
        QJsonObject where = runProbe(*panel, 30000, &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error));
        QCOMPARE(where.value(QStringLiteral("executable")).toString(), venvPython);
        QCOMPARE(where.value(QStringLiteral("prefix")).toString(), QFileInfo(venv).canonicalFilePath());
        Runtime::LocalPlugin *lp = currentPlugin(*session, kEnvPlugin);
        QVERIFY(lp);
        QCOMPARE(lp->launchCount(), 1);
        QVERIFY(lp->processId() > 0);
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/exe").arg(lp->processId())).canonicalFilePath(),
                 QFileInfo(venvPython).canonicalFilePath());

        // Kept in the workspace: a new session and console on the reopened workspace start it the
        // same way.
        panel.reset();
        session.reset(); // stops the plugin
        auto session2 = openSession(wsDir);
        QVERIFY(session2->workspace());
        {
            QCOMPARE(session2->pluginOptions(kEnvPlugin).interpreter, venvPython);
            ConsolePanel panel2(session2.get());
            addPlugin(panel2, kEnvPlugin);
            QCOMPARE(panel2.pythonChoice().path, venvPython);
            QVERIFY2(panel2.pythonText().contains(venvPython), qPrintable(panel2.pythonText()));
            where = runProbe(panel2, 30000, &error);
            QVERIFY2(!where.isEmpty(), qPrintable(error));
            QCOMPARE(where.value(QStringLiteral("executable")).toString(), venvPython);

            // An existing virtual environment, chosen in the dialog (a folder that is not one is refused).
            dlg = panel2.openEnvironmentDialog();
            QVERIFY(dlg);
            dlg->findChild<QRadioButton *>(QStringLiteral("venvRadio"))->setChecked(true);
            auto *venvEdit = dlg->findChild<QLineEdit *>(QStringLiteral("venvEdit"));
            venvEdit->setText(tmp.filePath(QStringLiteral("ws")));
            QVERIFY(settle(dlg));
            QVERIFY(!dlg->isChoiceValid());
            QVERIFY2(dlg->problem().contains(QStringLiteral("is not a virtual environment")), qPrintable(dlg->problem()));
            venvEdit->setText(venv);
            QVERIFY(settle(dlg));
            QVERIFY2(dlg->isChoiceValid(), qPrintable(dlg->problem()));
            dlg->accept();
            QTRY_VERIFY(!dlg);
            QCOMPARE(panel2.pythonChoice().mode, PythonMode::Venv);
            QVERIFY2(panel2.pythonText().contains(QStringLiteral("existing virtual environment")), qPrintable(panel2.pythonText()));
            // The running plugin was stopped and replaced; the next run starts on the venv.
            where = runProbe(panel2, 30000, &error);
            QVERIFY2(!where.isEmpty(), qPrintable(error));
            QCOMPARE(where.value(QStringLiteral("prefix")).toString(), QFileInfo(venv).canonicalFilePath());
            QCOMPARE(currentPlugin(*session2, kEnvPlugin)->launchCount(), 1);
            // Only managed environments can be rebuilt.
            QVERIFY(!panel2.rebuildEnvironment());
            QVERIFY2(panel2.statusText().contains(QStringLiteral("Only managed environments")), qPrintable(panel2.statusText()));

            // The interpreter disappears after it was chosen: the run is refused with what to do.
            const QString gone = tmp.filePath(QStringLiteral("gone/python3"));
            QVERIFY(panel2.setPythonChoice(PythonChoice{PythonMode::Interpreter, gone, {}}));
            QVERIFY(panel2.pythonText().contains(QStringLiteral("is gone")));
            QSignalSpy finished(&panel2, &ConsolePanel::invocationFinished);
            panel2.run();
            QVERIFY2(panel2.statusText().contains(QStringLiteral("The interpreter %1 chosen for this plugin is gone").arg(gone)),
                     qPrintable(panel2.statusText()));
            QVERIFY(panel2.statusText().contains(QStringLiteral("managed environment")));
            QVERIFY(!panel2.isRunning());
            QCOMPARE(finished.count(), 0);
        }
        // Another folder keeps its own choice (managed by default).
        QCOMPARE(loadPythonChoice(session2->workspace(), QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin")).mode, PythonMode::Managed);
        QVERIFY(pythonChoiceKey(session2->workspace(), kEnvPlugin).startsWith(QStringLiteral("folder:")));
    }

    void offlineWheelFolder()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        // Any index access would fail: only the wheel folder can satisfy the requirements.
        qputenv("PIP_INDEX_URL", "http://127.0.0.1:9/simple");
        const QString full = tmp.filePath(QStringLiteral("wheels"));
        const QString partial = tmp.filePath(QStringLiteral("wheels-partial"));
        const QString empty = tmp.filePath(QStringLiteral("no-wheels"));
        QDir().mkpath(empty);
        QVERIFY(buildWheel(full, QStringLiteral("studio_offline_probe"), QStringLiteral("1.0.0"),
                           QStringLiteral("VALUE = 'from-offline-wheel'")));
        // The SDK-free fixture needs nothing from dify_plugin; the environment manager only checks
        // that it imports, so the folder carries a stand-in distribution of that name.
        for (const QString &folder : {full, partial})
            QVERIFY(buildWheel(folder, QStringLiteral("dify_plugin"), QStringLiteral("0.0.1"),
                               QStringLiteral("STAND_IN = True")));

        // The probe plugin, here with requirements that only the wheel folder can satisfy.
        const QString offlinePlugin = tmp.filePath(QStringLiteral("offline_plugin"));
        QVERIFY(copyFolder(kEnvPlugin, offlinePlugin));
        QFile req(offlinePlugin + QStringLiteral("/requirements.txt"));
        QVERIFY(req.open(QIODevice::WriteOnly));
        req.write("dify_plugin\nstudio_offline_probe==1.0.0\n");
        req.close();

        auto session = openSession(tmp.filePath(QStringLiteral("ws")), tmp.filePath(QStringLiteral("envs")));
        QVERIFY(session->workspace());
        ConsolePanel panel(session.get());
        addPlugin(panel, offlinePlugin);

        // The dialog: a folder without wheels is refused; one with wheels lists them.
        QPointer<EnvironmentDialog> dlg = panel.openEnvironmentDialog();
        QVERIFY(dlg);
        auto *offline = dlg->findChild<QCheckBox *>(QStringLiteral("offlineCheck"));
        auto *wheelsEdit = dlg->findChild<QLineEdit *>(QStringLiteral("wheelsEdit"));
        QVERIFY(offline && wheelsEdit);
        offline->setChecked(true);
        wheelsEdit->setText(empty);
        QVERIFY(settle(dlg));
        QVERIFY(!dlg->isChoiceValid());
        QVERIFY2(dlg->problem().contains(QStringLiteral("holds no .whl files")), qPrintable(dlg->problem()));
        wheelsEdit->setText(partial);
        QVERIFY(settle(dlg));
        QVERIFY2(dlg->isChoiceValid(), qPrintable(dlg->problem()));
        QVERIFY(dlg->findChild<QLabel *>(QStringLiteral("wheelsStatus"))->text().contains(QStringLiteral("dify_plugin-0.0.1")));
        dlg->accept();
        QTRY_VERIFY(!dlg);
        QCOMPARE(panel.pythonChoice().offlineWheels, partial);
        QVERIFY(panel.pythonText().contains(partial));

        // A wheel missing from the folder: pip's message, then what to do.
        QString error;
        QJsonObject where = runProbe(panel, 3000, &error);
        QVERIFY(where.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusText().contains(QStringLiteral("could not start")), 120000);
        const QString status = panel.statusText();
        QVERIFY2(status.contains(QStringLiteral("No matching distribution found for studio_offline_probe")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Add the wheel for studio_offline_probe to %1, or switch to a managed environment")
                                     .arg(partial)), qPrintable(status));
        QVERIFY(!panel.isRunning());

        // The complete folder: the environment is built with no index and the plugin imports the wheel.
        QVERIFY(panel.setPythonChoice(PythonChoice{PythonMode::Managed, {}, full}));
        where = runProbe(panel, 180000, &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error + QLatin1Char('\n') + panel.statusText()));
        QCOMPARE(where.value(QStringLiteral("probe")).toString(), QStringLiteral("from-offline-wheel"));
        const QString exe = where.value(QStringLiteral("executable")).toString();
        QVERIFY2(exe.startsWith(tmp.filePath(QStringLiteral("envs/"))), qPrintable(exe));
        QVERIFY2(panel.pythonText().contains(QStringLiteral("managed environment, offline wheels")), qPrintable(panel.pythonText()));
        QVERIFY2(panel.pythonText().contains(exe), qPrintable(panel.pythonText()));
        const QString venvDir = QFileInfo(exe).dir().absoluteFilePath(QStringLiteral(".."));
        const QString marker = QDir(venvDir).filePath(QStringLiteral("dify/plugin.json"));
        QVERIFY(QFileInfo::exists(marker));
        const QDateTime built = QFileInfo(marker).lastModified();

        // Rebuild: the cached environment is dropped and built again (offline again).
        QSignalSpy rebuilt(&panel, &ConsolePanel::environmentRebuilt);
        QTest::qWait(1100); // marker timestamps have one-second steps
        QVERIFY(panel.rebuildEnvironment());
        QVERIFY(panel.isRebuilding());
        QVERIFY(rebuilt.wait(180000));
        QVERIFY2(rebuilt.at(0).at(0).toBool(), qPrintable(rebuilt.at(0).at(1).toString()));
        QVERIFY(rebuilt.at(0).at(1).toString().startsWith(QStringLiteral("Environment rebuilt")));
        QCOMPARE(logCount(panel, QStringLiteral("Removing the cached environment")), 1);
        QVERIFY(QFileInfo::exists(marker));
        QVERIFY(QFileInfo(marker).lastModified() > built);

        // Rebuild cancelled half-way (the cached one is already dropped, the new one is being built):
        // no half-built environment is left behind, and the next run builds it again.
        QVERIFY(panel.rebuildEnvironment());
        QTRY_VERIFY_WITH_TIMEOUT(logCount(panel, QStringLiteral("Removing the cached environment")) == 2, 60000);
        QVERIFY(panel.isRebuilding());
        panel.cancelEnvironment();
        QTRY_COMPARE_WITH_TIMEOUT(rebuilt.count(), 2, 20000);
        QVERIFY(!rebuilt.at(1).at(0).toBool());
        QVERIFY2(rebuilt.at(1).at(1).toString().contains(QStringLiteral("cancelled")), qPrintable(rebuilt.at(1).at(1).toString()));
        QVERIFY(!QFileInfo::exists(venvDir));
        where = runProbe(panel, 180000, &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error + QLatin1Char('\n') + panel.statusText()));
        QCOMPARE(where.value(QStringLiteral("probe")).toString(), QStringLiteral("from-offline-wheel"));
        qunsetenv("PIP_INDEX_URL");
    }
    // F5 in the studio window (MainWindow::runRequested) starts the project on the Python kept for
    // that folder in the window's workspace.
    void f5UsesTheChosenPython()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QByteArray real;
        QVERIFY(runPython({QStringLiteral("-c"), QStringLiteral("import os, sys; print(os.path.realpath(sys.executable))")}, &real));
        const QString interpreter = QString::fromUtf8(real.trimmed());
        MainWindow window(tmp.filePath(QStringLiteral("ws")));
        installStudioPanels(&window);
        auto *console = window.findChild<ConsolePanel *>();
        QVERIFY(console && console->workspace());
        QVERIFY(savePythonChoice(console->workspace(), kEnvPlugin, PythonChoice{PythonMode::Interpreter, interpreter, {}}));
        Q_EMIT window.runRequested(kEnvPlugin);
        QCOMPARE(console->currentPlugin(), window.context()->session()->plugins()->forFolder(kEnvPlugin));
        QCOMPARE(console->pythonText(), QStringLiteral("Python: %1 (existing interpreter)").arg(interpreter));
        QString error;
        const QJsonObject where = runProbe(*console, 30000, &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(where.value(QStringLiteral("executable")).toString()).canonicalFilePath(),
                 QFileInfo(interpreter).canonicalFilePath());
        Runtime::LocalPlugin *lp = currentPlugin(*window.context()->session(), kEnvPlugin);
        QVERIFY(lp);
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/exe").arg(lp->processId())).canonicalFilePath(),
                 QFileInfo(interpreter).canonicalFilePath());
    }

    // The Environment… dialog as the docs show it (docs/screenshots/console-environment.png with
    // STUDIO_WRITE_SCREENSHOTS=1, else a temporary folder): an existing interpreter checked by running it.
    // The workspace's stored credentials for the plugin's provider fill the console's form.
    void storedCredentialsFillTheForm()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        auto session = openSession(tmp.filePath(QStringLiteral("ws")));
        QVERIFY(session->workspace());
        Workspace::Credential c;
        c.pluginId = QStringLiteral("studio-tests/env_probe");
        c.provider = QStringLiteral("probe");
        c.name = QStringLiteral("Default");
        c.values = QJsonObject{{QStringLiteral("api_key"), QStringLiteral("stored-key")}};
        QVERIFY(session->workspace()->addCredential(c));

        auto other = openSession(tmp.filePath(QStringLiteral("other-ws")));
        ConsolePanel bare(other.get()); // nothing stored in that workspace: the form starts empty
        addPlugin(bare, kEnvPlugin);
        QVERIFY(bare.credentialsForm()->values().value(QStringLiteral("api_key")).toString().isEmpty());

        ConsolePanel panel(session.get());
        addPlugin(panel, kEnvPlugin);
        QCOMPARE(panel.credentialsForm()->values().value(QStringLiteral("api_key")).toString(), QStringLiteral("stored-key"));
    }

    void environmentDialogScreenshot()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        auto session = openSession(tmp.filePath(QStringLiteral("ws")));
        QVERIFY(session->workspace());
        QByteArray real;
        QVERIFY(runPython({QStringLiteral("-c"), QStringLiteral("import os, sys; print(os.path.realpath(sys.executable))")}, &real));
        ConsolePanel panel(session.get());
        addPlugin(panel, kEnvPlugin);
        QPointer<EnvironmentDialog> dlg = panel.openEnvironmentDialog();
        QVERIFY(dlg);
        QTRY_VERIFY_WITH_TIMEOUT(!dlg->toolText().contains(QStringLiteral("looking")), 20000);
        dlg->findChild<QRadioButton *>(QStringLiteral("interpreterRadio"))->setChecked(true);
        dlg->findChild<QLineEdit *>(QStringLiteral("interpreterEdit"))->setText(QString::fromUtf8(real.trimmed()));
        QVERIFY(settle(dlg));
        QVERIFY2(dlg->isChoiceValid(), qPrintable(dlg->problem()));
        dlg->resize(640, dlg->sizeHint().height());
        dlg->repaint();
        QCoreApplication::processEvents();
        const QImage img = dlg->grab().toImage();
        QVERIFY(!img.isNull());
        QSet<QRgb> colours; // not a blank grab
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY(colours.size() > 8);
        const QString outDir = qEnvironmentVariable("STUDIO_WRITE_SCREENSHOTS") == QLatin1String("1")
                                   ? QStringLiteral(STUDIO_SOURCE_DIR "/docs/screenshots")
                                   : tmp.filePath(QStringLiteral("shots"));
        QDir().mkpath(outDir);
        QVERIFY(img.save(QDir(outDir).filePath(QStringLiteral("console-environment.png"))));
        dlg->accept();
        QTRY_VERIFY(!dlg);
        // The console with its header line, for a look when STUDIO_SCREENSHOT_DIR is set.
        if (const QString dir = qEnvironmentVariable("STUDIO_SCREENSHOT_DIR"); !dir.isEmpty()) {
            panel.resize(1100, 420);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("console-environment-panel.png"))));
        }
    }
};

QTEST_MAIN(TestConsoleEnv)
#include "tst_console_env.moc"
