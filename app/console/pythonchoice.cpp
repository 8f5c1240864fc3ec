// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/pythonchoice.h"
#include "core/common/tr.h"

#include "core/runtime/pythonenv.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QVersionNumber>

namespace Studio::App {

namespace {

const char kProbeScript[] = "import shutil, sys\n"
                            "print('version=%d.%d.%d' % sys.version_info[:3])\n"
                            "print('executable=' + (sys.executable or ''))\n"
                            "uv = shutil.which('uv') or ''\n"
                            "if not uv:\n"
                            "    try:\n"
                            "        import uv as _uv\n"
                            "        uv = _uv.find_uv_bin()\n"
                            "    except Exception:\n"
                            "        uv = ''\n"
                            "print('uv=' + uv)\n";

QString modeKey(PythonMode mode)
{
    switch (mode) {
    case PythonMode::Interpreter:
        return QStringLiteral("interpreter");
    case PythonMode::Venv:
        return QStringLiteral("venv");
    case PythonMode::Managed:
        break;
    }
    return QStringLiteral("managed");
}

QString cleanDir(const QString &dir) { return QDir::cleanPath(QDir(dir).absolutePath()); }

} // namespace

QJsonObject PythonChoice::toJson() const
{
    QJsonObject o{{QStringLiteral("mode"), modeKey(mode)}};
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (!offlineWheels.isEmpty())
        o.insert(QStringLiteral("offline_wheels"), offlineWheels);
    return o;
}

PythonChoice PythonChoice::fromJson(const QJsonObject &json)
{
    PythonChoice c;
    const QString mode = json.value(QStringLiteral("mode")).toString();
    c.path = json.value(QStringLiteral("path")).toString();
    if (mode == QLatin1String("interpreter") && !c.path.isEmpty())
        c.mode = PythonMode::Interpreter;
    else if (mode == QLatin1String("venv") && !c.path.isEmpty())
        c.mode = PythonMode::Venv;
    else
        c.path.clear();
    if (c.mode == PythonMode::Managed)
        c.offlineWheels = json.value(QStringLiteral("offline_wheels")).toString();
    return c;
}

void PythonChoice::applyTo(Runtime::LocalPluginOptions &options) const
{
    switch (mode) {
    case PythonMode::Interpreter:
        options.interpreter = path;
        options.env.python.clear();
        options.env.offlineWheels.clear();
        break;
    case PythonMode::Venv:
        options.interpreter.clear();
        options.env.python = path;
        options.env.offlineWheels.clear();
        break;
    case PythonMode::Managed:
        options.interpreter.clear();
        options.env.python.clear();
        options.env.offlineWheels = offlineWheels;
        break;
    }
}

QString PythonChoice::modeName() const
{
    switch (mode) {
    case PythonMode::Interpreter:
        return StudioTr::tr("existing interpreter");
    case PythonMode::Venv:
        return StudioTr::tr("existing virtual environment");
    case PythonMode::Managed:
        break;
    }
    return offlineWheels.isEmpty() ? StudioTr::tr("managed environment") : StudioTr::tr("managed environment, offline wheels");
}

QString PythonChoice::interpreter() const
{
    switch (mode) {
    case PythonMode::Interpreter:
        return path;
    case PythonMode::Venv:
        return QDir(path).filePath(QStringLiteral("bin/python"));
    case PythonMode::Managed:
        break;
    }
    return {};
}

QString PythonChoice::staleReason() const
{
    switch (mode) {
    case PythonMode::Interpreter:
        if (!QFileInfo(path).isExecutable())
            return StudioTr::tr("The interpreter %1 chosen for this plugin is gone (or no longer executable). Choose another one "
                      "in Environment…, or switch to a managed environment.")
                .arg(path);
        break;
    case PythonMode::Venv:
        if (auto r = checkVenvFolder(path); !r)
            return r.error().message;
        break;
    case PythonMode::Managed:
        if (!offlineWheels.isEmpty() && !QFileInfo(offlineWheels).isDir())
            return StudioTr::tr("The offline wheel folder %1 is gone. Choose another folder in Environment…, or clear it to "
                      "install from the package index.")
                .arg(offlineWheels);
        break;
    }
    return {};
}

QString pythonChoiceKey(const Workspace::WorkspaceStore *workspace, const QString &pluginDir)
{
    const QString dir = cleanDir(pluginDir);
    if (workspace) {
        const QList<Workspace::InstalledPlugin> installed = workspace->installedPlugins();
        for (const Workspace::InstalledPlugin &p : installed)
            if (!p.installPath.isEmpty() && cleanDir(p.installPath) == dir)
                return QStringLiteral("installed:") + p.pluginId;
    }
    return QStringLiteral("folder:") + dir;
}

PythonChoice loadPythonChoice(const Workspace::WorkspaceStore *workspace, const QString &pluginDir)
{
    if (!workspace)
        return {};
    const QString text = workspace->setting(QStringLiteral("python_env/") + pythonChoiceKey(workspace, pluginDir));
    if (text.isEmpty())
        return {};
    return PythonChoice::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

VoidResult savePythonChoice(Workspace::WorkspaceStore *workspace, const QString &pluginDir, const PythonChoice &choice)
{
    if (!workspace)
        return Error(ErrorCode::NotFound, StudioTr::tr("No workspace is open, so the choice cannot be kept; open a workspace first."));
    return workspace->setSetting(QStringLiteral("python_env/") + pythonChoiceKey(workspace, pluginDir),
                                 QString::fromUtf8(QJsonDocument(choice.toJson()).toJson(QJsonDocument::Compact)));
}

Runtime::LocalPluginOptions pythonChoiceOptions(const Workspace::WorkspaceStore *workspace, const QString &pluginDir,
                                                const QString &envCacheRoot)
{
    Runtime::LocalPluginOptions options;
    options.env.cacheRoot = envCacheRoot;
    loadPythonChoice(workspace, pluginDir).applyTo(options);
    return options;
}

VoidResult checkVenvFolder(const QString &folder)
{
    if (folder.isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("Choose the folder of a virtual environment (the one holding bin/python)."));
    const QString py = QDir(folder).filePath(QStringLiteral("bin/python"));
    if (!QFileInfo(folder).isDir())
        return Error(ErrorCode::NotFound, StudioTr::tr("The virtual environment %1 does not exist. Create it with "
                                             "\"python3 -m venv %1\" or choose another folder.").arg(folder));
    if (!QFileInfo(py).isExecutable())
        return Error(ErrorCode::NotFound, StudioTr::tr("%1 is not a virtual environment: %2 is missing. Choose the folder that "
                                             "holds bin/python, or create one with \"python3 -m venv\".").arg(folder, py));
    return {};
}

Result<QStringList> wheelFiles(const QString &folder)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return Error(ErrorCode::NotFound, StudioTr::tr("The wheel folder %1 does not exist; choose a folder of .whl files.").arg(folder));
    const QStringList wheels = QDir(folder).entryList({QStringLiteral("*.whl")}, QDir::Files, QDir::Name);
    if (wheels.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("%1 holds no .whl files. Fill it on a connected machine with \"pip download -d %1 -r "
                        "requirements.txt\" (or pip wheel), then choose it again.").arg(folder));
    return wheels;
}

VoidResult checkPythonFits(const QString &version, const QString &pluginDir, const Plugin::PluginDeclaration &declaration)
{
    const QVersionNumber have = QVersionNumber::fromString(version);
    if (have.isNull() || have.majorVersion() != 3)
        return Error(ErrorCode::Unsupported, StudioTr::tr("Python %1 cannot run Dify plugins; choose a Python 3 interpreter.").arg(version));
    const QString declared = declaration.manifest.runnerVersion.value.trimmed();
    const QVersionNumber wanted = QVersionNumber::fromString(declared);
    if (!wanted.isNull() && QVersionNumber(have.majorVersion(), have.minorVersion()) < wanted)
        return Error(ErrorCode::Unsupported,
                     StudioTr::tr("Python %1 is older than Python %2, which this plugin declares (meta.runner.version in "
                        "manifest.yaml). Choose Python %2 or newer.").arg(version, declared));
    for (const QString &name : {QStringLiteral("requirements.txt"), QStringLiteral("pyproject.toml")}) {
        QFile f(QDir(pluginDir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (auto r = Runtime::EnvironmentManager::checkPythonCompatibility(f.read(1024 * 1024), version); !r)
            return r.error();
    }
    return {};
}

QString offlineWheelHint(const QString &error, const QString &wheelFolder)
{
    if (wheelFolder.isEmpty())
        return {};
    static const QRegularExpression missing(QStringLiteral(
        R"((?:no installable wheel for|No matching distribution found for|Could not find a version that satisfies the requirement)\s+([A-Za-z0-9_.\-]+))"));
    const auto m = missing.match(error);
    if (!m.hasMatch())
        return {};
    return StudioTr::tr("Add the wheel for %1 to %2, or switch to a managed environment that installs from the package index "
              "(Environment…).").arg(m.captured(1), wheelFolder);
}

PythonProbe::PythonProbe(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Error(ErrorCode::Timeout, StudioTr::tr("%1 did not answer within %2 s; it is not a usable Python interpreter.")
                                             .arg(m_program).arg(m_timeout.interval() / 1000)));
    });
}

PythonProbe::~PythonProbe() { cancel(); }

void PythonProbe::start(const QString &program, int timeoutMs)
{
    cancel();
    m_program = program;
    m_result = Error(ErrorCode::Unknown, QString());
    m_pending = true;
    const int generation = m_generation;
    if (program.isEmpty() || !QFileInfo(program).isFile() || !QFileInfo(program).isExecutable()) {
        const QString why = QFileInfo::exists(program) ? StudioTr::tr("%1 is not an executable file; choose a Python interpreter.")
                                                       : StudioTr::tr("%1 does not exist; choose a Python interpreter.");
        QMetaObject::invokeMethod(this, [this, why, program, generation] {
            if (generation == m_generation)
                finish(Error(ErrorCode::NotFound, why.arg(program)));
        }, Qt::QueuedConnection);
        return;
    }
    auto *p = new QProcess(this);
    m_process = p;
    p->setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PYTHONHOME"));
    env.remove(QStringLiteral("PYTHONPATH"));
    p->setProcessEnvironment(env);
    connect(p, &QProcess::finished, this, [this, p](int code, QProcess::ExitStatus status) {
        if (p != m_process)
            return;
        const QByteArray out = p->readAllStandardOutput();
        const QByteArray err = p->readAllStandardError().left(2000);
        Info info;
        for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("version=")))
                info.version = line.mid(8).trimmed();
            else if (line.startsWith(QLatin1String("executable=")))
                info.executable = line.mid(11).trimmed();
            else if (line.startsWith(QLatin1String("uv=")))
                info.uv = line.mid(3).trimmed();
        }
        if (status != QProcess::NormalExit || code != 0 || QVersionNumber::fromString(info.version).isNull()) {
            QString msg = StudioTr::tr("%1 is not a Python interpreter (it did not report a Python version); choose python3 "
                             "or the bin/python of a virtual environment.").arg(m_program);
            if (!err.trimmed().isEmpty())
                msg += QLatin1Char('\n') + QString::fromUtf8(err.trimmed());
            finish(Error(ErrorCode::InvalidInput, msg));
            return;
        }
        finish(info);
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && p == m_process)
            finish(Error(ErrorCode::ProcessFailed, StudioTr::tr("%1 could not be run (%2); choose a Python interpreter.")
                                                       .arg(m_program, p->errorString())));
    });
    m_timeout.start(timeoutMs);
    p->start(program, {QStringLiteral("-c"), QString::fromLatin1(kProbeScript)});
}

void PythonProbe::cancel()
{
    m_timeout.stop();
    m_pending = false;
    ++m_generation;
    if (QProcess *p = m_process) {
        m_process = nullptr;
        p->disconnect(this);
        if (p->state() == QProcess::NotRunning) {
            p->deleteLater();
        } else {
            connect(p, &QProcess::finished, p, &QObject::deleteLater);
            p->kill();
        }
    }
}

void PythonProbe::finish(Result<Info> result)
{
    if (!m_pending)
        return;
    cancel(); // stops the timer and the process, if any
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace Studio::App
