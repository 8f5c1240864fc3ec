// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Workspace settings (Edit > Preferences > Workspace): the Marketplace URL, the Dify instance that
// serves plugins' reverse app calls (base URL + API key, the key stored encrypted), the Dify inner
// API and system model that serve workflow-node and summary reverse calls, whether unsigned packages
// may be installed, the GitHub token and where the workspace key lives. Wiring:
// `window->addPreferencesPage("workspace", tr("Workspace"), [store] { return new
// WorkspaceSettingsPage(store); }, applied)`, `applied` handing the store's values to the
// MarketplaceClient and the DefaultReverseHandler.

#include "app/preferences/preferencesdialog.h"

class QCheckBox;
class QFormLayout;
class QPushButton;
class QLabel;
class QLineEdit;

namespace Studio::Workspace {
class WorkspaceStore;
}

namespace Studio::App {

class WorkspaceSettingsPage : public PreferencesPage
{
    Q_OBJECT
public:
    explicit WorkspaceSettingsPage(Workspace::WorkspaceStore *store, QWidget *parent = nullptr);

    // Writes the form to the workspace; on failure shows why and returns false (nothing half-saved
    // that matters: each setting is one row).
    bool save();
    bool apply(QString *error) override;
    QString lastError() const;

    QLineEdit *marketplaceEdit() const { return m_marketplace; }
    QLineEdit *difyUrlEdit() const { return m_difyUrl; }
    QLineEdit *difyKeyEdit() const { return m_difyKey; }
    QCheckBox *allowUnsignedBox() const { return m_allowUnsigned; }
    QCheckBox *reportInstallsBox() const { return m_reportInstalls; }
    QLineEdit *difyInnerUrlEdit() const { return m_innerUrl; }
    QLineEdit *difyInnerKeyEdit() const { return m_innerKey; }
    QLineEdit *systemModelProviderEdit() const { return m_systemProvider; }
    QLineEdit *systemModelNameEdit() const { return m_systemModel; }

    // Workspace safety (issue #7): the sealed GitHub token and where the workspace key lives.
    QLineEdit *githubTokenEdit() const { return m_githubToken; }
    QLabel *keyLocationLabel() const { return m_keyLocation; }
    QPushButton *moveKeyButton() const { return m_moveKey; }

private:
    void addSafetyRows(QFormLayout *form);
    void showKeyLocation();
    void moveKey();

    Workspace::WorkspaceStore *m_store;
    QLineEdit *m_githubToken = nullptr;
    bool m_githubTokenWasSet = false;
    QLabel *m_keyLocation = nullptr;
    QPushButton *m_moveKey = nullptr;
    QLineEdit *m_marketplace;
    QLineEdit *m_difyUrl;
    QLineEdit *m_difyKey;
    QCheckBox *m_allowUnsigned;
    QLabel *m_unsignedWarning;
    QCheckBox *m_reportInstalls;
    QLabel *m_error;
    bool m_keyWasSet = false;
    QLineEdit *m_innerUrl;
    QLineEdit *m_innerKey;
    QLineEdit *m_systemProvider;
    QLineEdit *m_systemModel;
};

} // namespace Studio::App
