// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Environment… dialog of the console: which Python runs one plugin. Managed environment (shows
// whether uv or venv + pip will build it), an existing interpreter (its version is read by running
// it, off the GUI thread; refused when it is not Python or older than the plugin needs), an existing
// virtual environment (bin/python must exist) and an optional offline wheel folder (must hold .whl
// files). OK is only possible when the choice checks out; validated() tells each verdict.

#include "app/console/pythonchoice.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Studio::App {

class EnvironmentDialog : public QDialog
{
    Q_OBJECT
public:
    EnvironmentDialog(const QString &pluginDir, const Plugin::PluginDeclaration &declaration,
                      const PythonChoice &current, QWidget *parent = nullptr);

    PythonChoice choice() const;
    void setChoice(const PythonChoice &choice); // fills the widgets, then validates
    bool isChoiceValid() const { return m_valid; }
    bool isChecking() const;
    QString problem() const { return m_problem; } // why OK is refused ("" when valid)
    QString interpreterVersion() const { return m_interpreterVersion; }
    QString toolText() const; // "uv (/usr/bin/uv)" / "python3 -m venv + pip (uv not found)"

    void accept() override; // refused (with the reason shown) unless the choice is valid

Q_SIGNALS:
    void validated(bool ok, const QString &problem);

private:
    void revalidate();
    void probeInterpreter();
    void browseInterpreter();
    void browseVenv();
    void browseWheels();
    void showStatus(QLabel *label, const QString &text, bool ok);

    QString m_pluginDir;
    Plugin::PluginDeclaration m_declaration;
    QRadioButton *m_managed, *m_interpreter, *m_venv;
    QLabel *m_tool;
    QLineEdit *m_interpreterEdit, *m_venvEdit, *m_wheelsEdit;
    QPushButton *m_interpreterBrowse, *m_venvBrowse, *m_wheelsBrowse;
    QLabel *m_interpreterStatus, *m_venvStatus, *m_wheelsStatus, *m_summary;
    QCheckBox *m_offline;
    QDialogButtonBox *m_buttons;
    PythonProbe *m_toolProbe, *m_probe;
    QTimer *m_probeDelay;
    QString m_probedPath, m_interpreterVersion, m_interpreterError, m_problem, m_uvOnPath;
    bool m_valid = false;
};

} // namespace Studio::App
