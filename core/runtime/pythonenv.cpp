// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/pythonenv.h"
#include "core/common/tr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QVersionNumber>

#include <csignal>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Studio::Runtime {

namespace {

QString tail(const QByteArray &output, int chars = 1500)
{
    return QString::fromUtf8(output).trimmed().right(chars);
}

// A folder that is a venv, or an interpreter inside one: returns <venv>/bin/python, else "".
QString venvInterpreter(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QString py = QDir(path).filePath(QStringLiteral("bin/python"));
        if (QFileInfo(py).isExecutable() && QFileInfo::exists(QDir(path).filePath(QStringLiteral("pyvenv.cfg"))))
            return py;
        return {};
    }
    if (info.isFile() && QFileInfo::exists(info.dir().filePath(QStringLiteral("../pyvenv.cfg"))))
        return info.absoluteFilePath();
    return {};
}

const char *kVersionAndUv =
    "import sys\n"
    "print('version=%d.%d.%d' % sys.version_info[:3])\n"
    "try:\n"
    "    from uv._find_uv import find_uv_bin\n"
    "    print('uv=' + find_uv_bin())\n"
    "except Exception:\n"
    "    pass\n";

const char *kExtractPyproject =
    "import json,sys,tomllib\n"
    "d=tomllib.load(open(sys.argv[1],'rb'))\n"
    "print('\\n'.join(d.get('project',{}).get('dependencies',[])))\n";

} // namespace

EnvironmentManager::EnvironmentManager(QObject *parent) : QObject(parent)
{
    m_watchdog = new QTimer(this);
    m_watchdog->setInterval(1000);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        if (m_lastOutput.elapsed() > m_options.noOutputTimeoutMs) {
            m_processOutput += "\n" + StudioTr::tr("init process exited due to no activity for %1 seconds")
                                          .arg(m_options.noOutputTimeoutMs / 1000).toUtf8();
            m_process->kill();
        } else if (m_clock.elapsed() > m_options.installTimeoutMs) {
            m_processOutput += "\n" + StudioTr::tr("the environment preparation took longer than %1 seconds")
                                          .arg(m_options.installTimeoutMs / 1000).toUtf8();
            m_process->kill();
        }
    });
}

EnvironmentManager::~EnvironmentManager()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString EnvironmentManager::defaultCacheRoot()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        base = QDir::home().filePath(QStringLiteral(".cache/plugin-studio"));
    return QDir(base).filePath(QStringLiteral("envs"));
}

VoidResult EnvironmentManager::checkPythonCompatibility(const QByteArray &text, const QString &pythonVersion)
{
    const QVersionNumber py = QVersionNumber::fromString(pythonVersion);
    static const QRegularExpression re(QStringLiteral(R"(dify[_-]plugin\s*(\[[^\]]*\])?\s*((?:[<>=!~]=?\s*[0-9][0-9a-zA-Z.]*\s*,?\s*)+))"),
                                       QRegularExpression::CaseInsensitiveOption);
    auto it = re.globalMatch(QString::fromUtf8(text));
    while (it.hasNext()) {
        const auto m = it.next();
        const QString spec = m.captured(2);
        static const QRegularExpression part(QStringLiteral(R"((>=|~=|==|>)\s*([0-9][0-9a-zA-Z.]*))"));
        auto pit = part.globalMatch(spec);
        while (pit.hasNext()) {
            const auto pm = pit.next();
            const QVersionNumber v = QVersionNumber::fromString(pm.captured(2));
            const bool needs312 = v >= QVersionNumber(0, 8) || (pm.captured(1) == QLatin1String(">") && v >= QVersionNumber(0, 7, 99));
            if (needs312 && py < QVersionNumber(3, 12)) {
                return Error(ErrorCode::Unsupported,
                             StudioTr::tr("the plugin requires dify_plugin %1%2, which needs Python 3.12 or newer, but the "
                                "interpreter is Python %3. Install Python 3.12 and pass it with --python (or choose it "
                                "in Settings), or pin dify_plugin>=0.7,<0.8 for Python 3.11.")
                                 .arg(pm.captured(1), pm.captured(2), pythonVersion));
            }
        }
    }
    return {};
}

bool EnvironmentManager::prepare(const QString &pluginDir, const EnvOptions &options)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_options = options;
    m_pluginDir = QDir(pluginDir).absolutePath();
    m_env = PreparedEnv();
    m_result = Error(ErrorCode::Unknown, QStringLiteral("running"));
    m_clock.start();
    if (m_options.cacheRoot.isEmpty())
        m_options.cacheRoot = defaultCacheRoot();

    // An existing venv: used as-is.
    if (!options.python.isEmpty()) {
        const QString venvPy = venvInterpreter(options.python);
        if (!venvPy.isEmpty()) {
            m_env.interpreter = venvPy;
            m_env.venvDir = QFileInfo(venvPy).dir().absoluteFilePath(QStringLiteral(".."));
            m_env.venvDir = QDir::cleanPath(m_env.venvDir);
            emit output(StudioTr::tr("Using the existing environment %1").arg(m_env.venvDir));
            QMetaObject::invokeMethod(this, [this] { succeed(); }, Qt::QueuedConnection);
            return true;
        }
    }

    const QDir dir(m_pluginDir);
    const bool hasReq = dir.exists(QStringLiteral("requirements.txt"));
    const bool hasPyproject = dir.exists(QStringLiteral("pyproject.toml"));
    if (!m_options.pipMirror.isEmpty() && hasReq)
        m_depFile = QStringLiteral("requirements.txt");
    else if (hasPyproject)
        m_depFile = QStringLiteral("pyproject.toml");
    else if (hasReq)
        m_depFile = QStringLiteral("requirements.txt");
    else {
        QMetaObject::invokeMethod(this, [this] {
            fail(Error(ErrorCode::NotFound,
                       StudioTr::tr("neither pyproject.toml nor requirements.txt found in plugin directory %1; add a "
                          "requirements.txt listing dify_plugin").arg(m_pluginDir)));
        }, Qt::QueuedConnection);
        return true;
    }

    m_baseInterpreter = options.python;
    if (m_baseInterpreter.isEmpty())
        m_baseInterpreter = QStandardPaths::findExecutable(QStringLiteral("python3"));
    else if (!m_baseInterpreter.contains(QLatin1Char('/')))
        m_baseInterpreter = QStandardPaths::findExecutable(m_baseInterpreter);
    if (m_baseInterpreter.isEmpty() || !QFileInfo(m_baseInterpreter).isExecutable()) {
        const QString given = options.python.isEmpty() ? QStringLiteral("python3") : options.python;
        QMetaObject::invokeMethod(this, [this, given] {
            fail(Error(ErrorCode::NotFound,
                       StudioTr::tr("Python was not found (%1). Install Python 3.12 (3.11 works for dify_plugin 0.7) and put it "
                          "on PATH, or pass the interpreter with --python.").arg(given)));
        }, Qt::QueuedConnection);
        return true;
    }
    m_uv = options.allowUv ? QStandardPaths::findExecutable(QStringLiteral("uv")) : QString();
    emit output(StudioTr::tr("Checking %1").arg(m_baseInterpreter));
    // One run: the version, and (like the daemon) a uv installed as a Python module when uv is not on PATH.
    runStep(m_baseInterpreter, {QStringLiteral("-c"), QString::fromLatin1(kVersionAndUv)},
            StudioTr::tr("the Python interpreter %1 does not run").arg(m_baseInterpreter), [this](const QByteArray &out) {
                QString version, uv;
                for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
                    if (line.startsWith(QLatin1String("version=")))
                        version = line.mid(8).trimmed();
                    else if (line.startsWith(QLatin1String("uv=")))
                        uv = line.mid(3).trimmed();
                }
                if (m_uv.isEmpty() && m_options.allowUv && !uv.isEmpty() && QFileInfo(uv).isExecutable())
                    m_uv = uv;
                afterVersion(version);
            });
    return true;
}

void EnvironmentManager::afterVersion(const QString &version)
{
    if (QVersionNumber::fromString(version).isNull()) {
        fail(Error(ErrorCode::ProcessFailed, StudioTr::tr("%1 did not report a Python version; pass a Python 3 interpreter with --python")
                                                 .arg(m_baseInterpreter)));
        return;
    }
    m_env.pythonVersion = version;
    QFile dep(QDir(m_pluginDir).filePath(m_depFile));
    if (!dep.open(QIODevice::ReadOnly)) {
        fail(Error(ErrorCode::IoError, StudioTr::tr("cannot read %1").arg(dep.fileName())));
        return;
    }
    const QByteArray depText = dep.readAll();
    if (auto r = checkPythonCompatibility(depText, version); !r) {
        fail(r.error());
        return;
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(version.toUtf8());
    h.addData("\n");
    h.addData(m_depFile.toUtf8());
    h.addData("\n");
    h.addData(depText);
    h.addData("\n");
    h.addData(m_options.offlineWheels.isEmpty() ? QByteArray("online") : QByteArray("offline"));
    m_env.cacheKey = QStringLiteral("py%1-%2").arg(version, QString::fromLatin1(h.result().toHex().left(20)));
    m_env.venvDir = QDir(m_options.cacheRoot).filePath(m_env.cacheKey);
    m_env.interpreter = QDir(m_env.venvDir).filePath(QStringLiteral("bin/python"));
    const bool valid = QFileInfo::exists(QDir(m_env.venvDir).filePath(QStringLiteral("dify/plugin.json")))
                       && QFileInfo(m_env.interpreter).isExecutable();
    if (valid) {
        m_env.fromCache = true;
        emit output(StudioTr::tr("Using the cached environment %1").arg(m_env.venvDir));
        succeed();
        return;
    }
    if (QFileInfo::exists(m_env.venvDir)) {
        emit output(StudioTr::tr("Removing the incomplete environment %1").arg(m_env.venvDir));
        QDir(m_env.venvDir).removeRecursively();
    }
    if (!QDir().mkpath(m_options.cacheRoot)) {
        fail(Error(ErrorCode::IoError, StudioTr::tr("cannot create the environment cache folder %1").arg(m_options.cacheRoot)));
        return;
    }
    createVenv();
}

void EnvironmentManager::createVenv()
{
    emit output(StudioTr::tr("Creating the environment %1 (Python %2)").arg(m_env.venvDir, m_env.pythonVersion));
    auto next = [this](const QByteArray &) {
        const QString reqDir = QDir(m_env.venvDir).filePath(QStringLiteral("dify"));
        QDir().mkpath(reqDir);
        if (m_depFile == QLatin1String("pyproject.toml")) {
            runStep(m_baseInterpreter,
                    {QStringLiteral("-c"), QString::fromLatin1(kExtractPyproject),
                     QDir(m_pluginDir).filePath(m_depFile)},
                    StudioTr::tr("cannot read the dependencies of pyproject.toml"), [this, reqDir](const QByteArray &out) {
                        const QString file = QDir(reqDir).filePath(QStringLiteral("requirements.txt"));
                        QFile f(file);
                        if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size()) {
                            fail(Error(ErrorCode::IoError, StudioTr::tr("cannot write %1").arg(file)));
                            return;
                        }
                        f.close();
                        install(file);
                    });
        } else {
            install(QDir(m_pluginDir).filePath(m_depFile));
        }
    };
    if (!m_uv.isEmpty())
        runStep(m_uv, {QStringLiteral("venv"), QStringLiteral("--python"), m_baseInterpreter, m_env.venvDir},
                StudioTr::tr("uv could not create the environment"), next);
    else
        runStep(m_baseInterpreter, {QStringLiteral("-m"), QStringLiteral("venv"), m_env.venvDir},
                StudioTr::tr("python -m venv could not create the environment (on Debian/Ubuntu install python3-venv)"), next);
}

void EnvironmentManager::install(const QString &requirementsFile)
{
    QStringList extra;
    if (!m_options.offlineWheels.isEmpty())
        extra << QStringLiteral("--no-index") << QStringLiteral("--find-links") << m_options.offlineWheels;
    if (!m_options.pipMirror.isEmpty())
        extra << QStringLiteral("-i") << m_options.pipMirror;
    QString program;
    QStringList args;
    if (!m_uv.isEmpty()) {
        program = m_uv;
        args << QStringLiteral("pip") << QStringLiteral("install") << QStringLiteral("--python") << m_env.interpreter
             << QStringLiteral("-r") << requirementsFile << extra;
    } else {
        program = m_env.interpreter;
        args << QStringLiteral("-m") << QStringLiteral("pip") << QStringLiteral("install")
             << QStringLiteral("--disable-pip-version-check") << QStringLiteral("-r") << requirementsFile << extra;
    }
    emit output(StudioTr::tr("Installing the dependencies from %1").arg(QFileInfo(requirementsFile).fileName()));
    runStep(program, args, StudioTr::tr("failed to install dependencies"), [this](const QByteArray &) {
        emit output(StudioTr::tr("Checking that dify_plugin imports"));
        runStep(m_env.interpreter, {QStringLiteral("-c"), QStringLiteral("import dify_plugin")},
                StudioTr::tr("the environment was installed but `import dify_plugin` fails"),
                [this](const QByteArray &) { writeMarker(); });
    });
}

void EnvironmentManager::writeMarker()
{
    QFile marker(QDir(m_env.venvDir).filePath(QStringLiteral("dify/plugin.json")));
    if (!marker.open(QIODevice::WriteOnly)) {
        fail(Error(ErrorCode::IoError, StudioTr::tr("cannot write %1").arg(marker.fileName())));
        return;
    }
    marker.write(QJsonDocument(QJsonObject{{QStringLiteral("timestamp"), QDateTime::currentSecsSinceEpoch()},
                                           {QStringLiteral("python"), m_env.pythonVersion},
                                           {QStringLiteral("dependencies"), m_depFile}})
                     .toJson(QJsonDocument::Compact));
    marker.close();
    succeed();
}

void EnvironmentManager::runStep(const QString &program, const QStringList &args, const QString &failMessage,
                                 StepDone done)
{
    if (m_cancelled)
        return;
    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(args);
    m_process->setWorkingDirectory(m_pluginDir);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // If the studio or the CLI dies (even SIGKILL), venv/pip die with it instead of writing into a
    // folder the next start cleans up.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PIP_NO_INPUT"), QStringLiteral("1"));
    env.remove(QStringLiteral("PYTHONHOME"));
    m_process->setProcessEnvironment(env);
    m_processOutput.clear();
    m_lastOutput.start();
    connect(m_process, &QProcess::readyRead, this, [this] {
        const QByteArray data = m_process->readAll();
        m_processOutput += data;
        if (m_processOutput.size() > 256 * 1024)
            m_processOutput = m_processOutput.right(128 * 1024);
        m_lastOutput.start();
        for (const QByteArray &line : data.split('\n'))
            if (!line.trimmed().isEmpty())
                emit output(QString::fromUtf8(line.trimmed()));
    });
    connect(m_process, &QProcess::finished, this,
            [this, failMessage, done, program](int code, QProcess::ExitStatus status) {
                m_process->deleteLater();
                m_process = nullptr;
                if (m_cancelled)
                    return;
                if (status != QProcess::NormalExit || code != 0) {
                    QString msg = failMessage;
                    const QString out = tail(m_processOutput);
                    static const QRegularExpression missing(
                        QStringLiteral(R"((No matching distribution found for|Could not find a version that satisfies the requirement)\s+(\S+))"));
                    const auto m = missing.match(out);
                    if (m.hasMatch())
                        msg += StudioTr::tr(" — no installable wheel for %1 (check the version pin, the Python version %2, "
                                  "your network or --offline-wheels folder)").arg(m.captured(2), m_env.pythonVersion);
                    fail(Error(ErrorCode::ProcessFailed, msg + QStringLiteral(":\n") + out));
                    return;
                }
                done(m_processOutput);
            });
    connect(m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || !m_process)
            return;
        m_process->deleteLater();
        m_process = nullptr;
        fail(Error(ErrorCode::ProcessFailed, StudioTr::tr("could not run %1").arg(program)));
    });
    m_watchdog->start();
    m_process->start();
}

void EnvironmentManager::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (!m_env.venvDir.isEmpty() && !m_env.fromCache
        && !QFileInfo::exists(QDir(m_env.venvDir).filePath(QStringLiteral("dify/plugin.json")))
        && m_env.venvDir.startsWith(m_options.cacheRoot))
        QDir(m_env.venvDir).removeRecursively();
    m_running = false;
    m_watchdog->stop();
    m_result = Error(ErrorCode::Cancelled, StudioTr::tr("the environment preparation was cancelled"));
    emit finished();
}

void EnvironmentManager::fail(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_watchdog->stop();
    // Never leave a half-built cached environment behind.
    if (!m_env.venvDir.isEmpty() && !m_env.fromCache && m_env.venvDir.startsWith(m_options.cacheRoot)
        && !QFileInfo::exists(QDir(m_env.venvDir).filePath(QStringLiteral("dify/plugin.json"))))
        QDir(m_env.venvDir).removeRecursively();
    m_result = error;
    emit output(error.message);
    emit finished();
}

void EnvironmentManager::succeed()
{
    if (!m_running)
        return;
    m_running = false;
    m_watchdog->stop();
    m_env.elapsedMs = m_clock.elapsed();
    m_result = m_env;
    emit output(StudioTr::tr("Environment ready: %1 (%2 ms)").arg(m_env.interpreter).arg(m_env.elapsedMs));
    emit finished();
}

Result<PreparedEnv> EnvironmentManager::prepareBlocking(const QString &pluginDir, const EnvOptions &options,
                                                        const std::function<void(const QString &)> &onOutput)
{
    EnvironmentManager manager;
    QEventLoop loop;
    if (onOutput)
        connect(&manager, &EnvironmentManager::output, &manager, onOutput);
    connect(&manager, &EnvironmentManager::finished, &loop, &QEventLoop::quit);
    manager.prepare(pluginDir, options);
    if (manager.isRunning())
        loop.exec();
    return manager.result();
}

} // namespace Studio::Runtime
