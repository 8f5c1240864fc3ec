// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/environmentdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Studio::App {

EnvironmentDialog::EnvironmentDialog(const QString &pluginDir, const Plugin::PluginDeclaration &declaration,
                                     const PythonChoice &current, QWidget *parent)
    : QDialog(parent), m_pluginDir(pluginDir), m_declaration(declaration),
      m_managed(new QRadioButton(tr("&Managed environment"), this)),
      m_interpreter(new QRadioButton(tr("Existing &interpreter"), this)),
      m_venv(new QRadioButton(tr("Existing &virtual environment"), this)), m_tool(new QLabel(this)),
      m_interpreterEdit(new QLineEdit(this)), m_venvEdit(new QLineEdit(this)), m_wheelsEdit(new QLineEdit(this)),
      m_interpreterBrowse(new QPushButton(tr("Browse…"), this)), m_venvBrowse(new QPushButton(tr("Browse…"), this)),
      m_wheelsBrowse(new QPushButton(tr("Browse…"), this)), m_interpreterStatus(new QLabel(this)),
      m_venvStatus(new QLabel(this)), m_wheelsStatus(new QLabel(this)), m_summary(new QLabel(this)),
      m_offline(new QCheckBox(tr("Install &offline from a wheel folder (no package index)"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_toolProbe(new PythonProbe(this)), m_probe(new PythonProbe(this)), m_probeDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("environmentDialog"));
    const QString id = declaration.manifest.pluginId();
    setWindowTitle(tr("Python environment — %1").arg(id.isEmpty() ? QDir(pluginDir).dirName() : id));
    // The three choices sit in separate boxes, so they need a group to exclude each other.
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_managed);
    modes->addButton(m_interpreter);
    modes->addButton(m_venv);
    m_managed->setObjectName(QStringLiteral("managedRadio"));
    m_interpreter->setObjectName(QStringLiteral("interpreterRadio"));
    m_venv->setObjectName(QStringLiteral("venvRadio"));
    m_tool->setObjectName(QStringLiteral("toolLabel"));
    m_interpreterEdit->setObjectName(QStringLiteral("interpreterEdit"));
    m_venvEdit->setObjectName(QStringLiteral("venvEdit"));
    m_wheelsEdit->setObjectName(QStringLiteral("wheelsEdit"));
    m_offline->setObjectName(QStringLiteral("offlineCheck"));
    m_interpreterStatus->setObjectName(QStringLiteral("interpreterStatus"));
    m_venvStatus->setObjectName(QStringLiteral("venvStatus"));
    m_wheelsStatus->setObjectName(QStringLiteral("wheelsStatus"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_interpreterEdit->setPlaceholderText(tr("/usr/bin/python3.12"));
    m_venvEdit->setPlaceholderText(tr("Folder holding bin/python"));
    m_wheelsEdit->setPlaceholderText(tr("Folder of .whl files"));
    for (QLabel *l : {m_tool, m_interpreterStatus, m_venvStatus, m_wheelsStatus, m_summary}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    const QString runner = declaration.manifest.runnerVersion.value;

    auto *lay = new QVBoxLayout(this);
    auto *intro = new QLabel(runner.isEmpty() ? tr("Choose the Python this plugin runs on. The choice is kept in the workspace.")
                                              : tr("Choose the Python this plugin runs on (it declares Python %1). "
                                                   "The choice is kept in the workspace.").arg(runner),
                             this);
    intro->setWordWrap(true);
    lay->addWidget(intro);

    auto *managedBox = new QGroupBox(this);
    auto *mg = new QGridLayout(managedBox);
    mg->addWidget(m_managed, 0, 0, 1, 3);
    auto *managedHelp = new QLabel(tr("The studio builds a cached environment from requirements.txt or "
                                      "pyproject.toml and reuses it while they do not change."), managedBox);
    managedHelp->setWordWrap(true);
    mg->addWidget(managedHelp, 1, 0, 1, 3);
    mg->addWidget(m_tool, 2, 0, 1, 3);
    mg->addWidget(m_offline, 3, 0, 1, 3);
    mg->addWidget(m_wheelsEdit, 4, 0, 1, 2);
    mg->addWidget(m_wheelsBrowse, 4, 2);
    mg->addWidget(m_wheelsStatus, 5, 0, 1, 3);
    lay->addWidget(managedBox);

    auto *interpBox = new QGroupBox(this);
    auto *ig = new QGridLayout(interpBox);
    ig->addWidget(m_interpreter, 0, 0, 1, 3);
    auto *interpHelp = new QLabel(tr("Runs the plugin directly on this interpreter; nothing is installed, so its "
                                     "packages must already be there."), interpBox);
    interpHelp->setWordWrap(true);
    ig->addWidget(interpHelp, 1, 0, 1, 3);
    ig->addWidget(m_interpreterEdit, 2, 0, 1, 2);
    ig->addWidget(m_interpreterBrowse, 2, 2);
    ig->addWidget(m_interpreterStatus, 3, 0, 1, 3);
    lay->addWidget(interpBox);

    auto *venvBox = new QGroupBox(this);
    auto *vg = new QGridLayout(venvBox);
    vg->addWidget(m_venv, 0, 0, 1, 3);
    auto *venvHelp = new QLabel(tr("Uses a virtual environment you manage, as it is."), venvBox);
    venvHelp->setWordWrap(true);
    vg->addWidget(venvHelp, 1, 0, 1, 3);
    vg->addWidget(m_venvEdit, 2, 0, 1, 2);
    vg->addWidget(m_venvBrowse, 2, 2);
    vg->addWidget(m_venvStatus, 3, 0, 1, 3);
    lay->addWidget(venvBox);

    for (QGridLayout *g : {mg, ig, vg})
        g->setColumnStretch(0, 1); // the path fields take the width, the Browse buttons keep theirs
    lay->addWidget(m_summary);
    lay->addStretch();
    lay->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));

    // Which tool builds managed environments: uv on PATH, else uv importable by python3, else venv + pip.
    m_uvOnPath = QStandardPaths::findExecutable(QStringLiteral("uv"));
    const QString python3 = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!m_uvOnPath.isEmpty()) {
        m_tool->setText(tr("Tool: uv (%1)").arg(m_uvOnPath));
    } else if (python3.isEmpty()) {
        showStatus(m_tool, tr("No python3 on PATH: install Python 3.12 (3.11 for dify_plugin 0.7) or choose an "
                              "interpreter below."), false);
    } else {
        m_tool->setText(tr("Tool: looking for uv…"));
        connect(m_toolProbe, &PythonProbe::finished, this, [this, python3] {
            const auto &r = m_toolProbe->result();
            if (!r)
                showStatus(m_tool, r.error().message, false);
            else if (!r->uv.isEmpty())
                m_tool->setText(tr("Tool: uv (%1), base Python %2 (%3)").arg(r->uv, r->version, python3));
            else
                m_tool->setText(tr("Tool: python3 -m venv + pip (uv not found), base Python %1 (%2)").arg(r->version, python3));
            revalidate();
        });
        m_toolProbe->start(python3);
    }

    m_probeDelay->setSingleShot(true);
    m_probeDelay->setInterval(350);
    connect(m_probeDelay, &QTimer::timeout, this, &EnvironmentDialog::probeInterpreter);
    connect(m_probe, &PythonProbe::finished, this, [this] {
        const auto &r = m_probe->result();
        m_interpreterVersion = r ? r->version : QString();
        m_interpreterError.clear();
        if (!r)
            m_interpreterError = r.error().message;
        else if (auto fits = checkPythonFits(r->version, m_pluginDir, m_declaration); !fits)
            m_interpreterError = fits.error().message;
        revalidate();
    });
    for (QRadioButton *b : {m_managed, m_interpreter, m_venv})
        connect(b, &QRadioButton::toggled, this, [this] { revalidate(); });
    connect(m_offline, &QCheckBox::toggled, this, [this] { revalidate(); });
    connect(m_interpreterEdit, &QLineEdit::textChanged, this, [this] {
        m_probe->cancel();
        m_probedPath.clear();
        m_interpreterVersion.clear();
        m_interpreterError.clear();
        m_probeDelay->start();
        revalidate();
    });
    connect(m_venvEdit, &QLineEdit::textChanged, this, [this] { revalidate(); });
    connect(m_wheelsEdit, &QLineEdit::textChanged, this, [this] { revalidate(); });
    connect(m_interpreterBrowse, &QPushButton::clicked, this, &EnvironmentDialog::browseInterpreter);
    connect(m_venvBrowse, &QPushButton::clicked, this, &EnvironmentDialog::browseVenv);
    connect(m_wheelsBrowse, &QPushButton::clicked, this, &EnvironmentDialog::browseWheels);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnvironmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
    setChoice(current);
}

PythonChoice EnvironmentDialog::choice() const
{
    PythonChoice c;
    if (m_interpreter->isChecked()) {
        c.mode = PythonMode::Interpreter;
        c.path = m_interpreterEdit->text().trimmed();
    } else if (m_venv->isChecked()) {
        c.mode = PythonMode::Venv;
        c.path = QDir::cleanPath(m_venvEdit->text().trimmed());
    } else if (m_offline->isChecked()) {
        c.offlineWheels = QDir::cleanPath(m_wheelsEdit->text().trimmed());
    }
    return c;
}

void EnvironmentDialog::setChoice(const PythonChoice &choice)
{
    switch (choice.mode) {
    case PythonMode::Interpreter:
        m_interpreter->setChecked(true);
        m_interpreterEdit->setText(choice.path);
        break;
    case PythonMode::Venv:
        m_venv->setChecked(true);
        m_venvEdit->setText(choice.path);
        break;
    case PythonMode::Managed:
        m_managed->setChecked(true);
        m_offline->setChecked(!choice.offlineWheels.isEmpty());
        m_wheelsEdit->setText(choice.offlineWheels);
        break;
    }
    probeInterpreter();
    revalidate();
}

bool EnvironmentDialog::isChecking() const
{
    return m_interpreter->isChecked() && (m_probe->isRunning() || m_probeDelay->isActive());
}

QString EnvironmentDialog::toolText() const { return m_tool->text(); }

void EnvironmentDialog::probeInterpreter()
{
    m_probeDelay->stop();
    const QString path = m_interpreterEdit->text().trimmed();
    if (path.isEmpty() || path == m_probedPath)
        return;
    m_probedPath = path;
    m_interpreterVersion.clear();
    m_interpreterError.clear();
    // A bare name ("python3.12") is looked up on PATH, the way a shell would.
    const QString program = path.contains(QLatin1Char('/')) ? path : QStandardPaths::findExecutable(path);
    m_probe->start(program.isEmpty() ? path : program);
    revalidate();
}

void EnvironmentDialog::showStatus(QLabel *label, const QString &text, bool ok)
{
    label->setText(text);
    label->setStyleSheet(ok ? QStringLiteral("QLabel { color: #2e7d32; }") : QStringLiteral("QLabel { color: #c62828; }"));
}

void EnvironmentDialog::revalidate()
{
    const bool managed = m_managed->isChecked();
    const bool interp = m_interpreter->isChecked();
    const bool venv = m_venv->isChecked();
    m_offline->setEnabled(managed);
    m_wheelsEdit->setEnabled(managed && m_offline->isChecked());
    m_wheelsBrowse->setEnabled(managed && m_offline->isChecked());
    m_interpreterEdit->setEnabled(interp);
    m_interpreterBrowse->setEnabled(interp);
    m_venvEdit->setEnabled(venv);
    m_venvBrowse->setEnabled(venv);

    QString problem;
    bool checking = false;
    // Interpreter line.
    const QString interpPath = m_interpreterEdit->text().trimmed();
    if (interpPath.isEmpty()) {
        m_interpreterStatus->clear();
        if (interp)
            problem = tr("Choose an interpreter file.");
    } else if (m_probe->isRunning() || m_probeDelay->isActive()) {
        showStatus(m_interpreterStatus, tr("Checking %1…").arg(interpPath), true);
        checking = interp;
    } else if (!m_interpreterError.isEmpty()) {
        showStatus(m_interpreterStatus, m_interpreterError, false);
        if (interp)
            problem = m_interpreterError;
    } else if (!m_interpreterVersion.isEmpty()) {
        showStatus(m_interpreterStatus, tr("Python %1 — fits this plugin.").arg(m_interpreterVersion), true);
    }
    // Virtual environment line.
    const QString venvPath = m_venvEdit->text().trimmed();
    if (venvPath.isEmpty()) {
        m_venvStatus->clear();
        if (venv)
            problem = tr("Choose the folder of a virtual environment.");
    } else if (auto r = checkVenvFolder(venvPath); !r) {
        showStatus(m_venvStatus, r.error().message, false);
        if (venv)
            problem = r.error().message;
    } else {
        showStatus(m_venvStatus, tr("%1 found.").arg(QDir(venvPath).filePath(QStringLiteral("bin/python"))), true);
    }
    // Offline wheel folder.
    if (managed && m_offline->isChecked()) {
        const QString folder = m_wheelsEdit->text().trimmed();
        if (folder.isEmpty()) {
            showStatus(m_wheelsStatus, tr("Choose the folder of .whl files."), false);
            problem = tr("Choose the folder of .whl files, or untick the offline installation.");
        } else if (auto w = wheelFiles(folder); !w) {
            showStatus(m_wheelsStatus, w.error().message, false);
            problem = w.error().message;
        } else {
            const QStringList &names = w.value();
            QStringList shown = names.mid(0, 4);
            if (names.size() > 4)
                shown << QStringLiteral("…");
            showStatus(m_wheelsStatus, tr("%n wheel(s): %1", nullptr, int(names.size())).arg(shown.join(QStringLiteral(", "))), true);
        }
    } else {
        m_wheelsStatus->clear();
    }

    const bool valid = problem.isEmpty() && !checking;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    const PythonChoice c = choice();
    if (checking)
        m_summary->setText(tr("Checking the interpreter…"));
    else if (!valid)
        showStatus(m_summary, problem, false);
    else if (c.mode == PythonMode::Managed)
        m_summary->setText(c.offlineWheels.isEmpty() ? tr("Python: managed environment")
                                                     : tr("Python: managed environment, offline from %1").arg(c.offlineWheels));
    else
        m_summary->setText(tr("Python: %1 (%2)").arg(c.interpreter(), c.modeName()));
    if (valid)
        m_summary->setStyleSheet(QString());
    m_valid = valid;
    m_problem = checking ? tr("The interpreter is still being checked.") : problem;
    if (!checking)
        Q_EMIT validated(m_valid, m_problem);
}

void EnvironmentDialog::accept()
{
    probeInterpreter(); // a path typed just now is checked before it is accepted
    if (!m_valid || isChecking()) {
        showStatus(m_summary, m_problem.isEmpty() ? tr("The interpreter is still being checked.") : m_problem, false);
        return;
    }
    QDialog::accept();
}

void EnvironmentDialog::browseInterpreter()
{
    const QString start = m_interpreterEdit->text().isEmpty() ? QStringLiteral("/usr/bin") : QFileInfo(m_interpreterEdit->text()).absolutePath();
    const QString f = QFileDialog::getOpenFileName(this, tr("Python interpreter"), start);
    if (!f.isEmpty()) {
        m_interpreter->setChecked(true);
        m_interpreterEdit->setText(f);
        probeInterpreter();
    }
}

void EnvironmentDialog::browseVenv()
{
    const QString d = QFileDialog::getExistingDirectory(this, tr("Virtual environment"), m_venvEdit->text());
    if (!d.isEmpty()) {
        m_venv->setChecked(true);
        m_venvEdit->setText(d);
    }
}

void EnvironmentDialog::browseWheels()
{
    const QString d = QFileDialog::getExistingDirectory(this, tr("Offline wheel folder"), m_wheelsEdit->text());
    if (!d.isEmpty()) {
        m_managed->setChecked(true);
        m_offline->setChecked(true);
        m_wheelsEdit->setText(d);
    }
}

} // namespace Studio::App
