// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OAuth client settings of one provider (install-and-marketplace.md §4.2): a form generated from the
// provider's oauth_schema.client_schema (secrets shown as the [__HIDDEN__] placeholder when stored,
// so a save that leaves them keeps them), the "use this custom client" switch, the redirect URI to
// register at the provider (with a copy button), save (sealed in the workspace) and remove.
// "Authorize…" closes the dialog with authorizeRequested() set; the page then runs the flow.
// Wiring: `OAuthClientDialog dlg(store, pluginId, provider, this); dlg.exec();`

#include "core/workspace/oauthflow.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Studio::Workspace {
class WorkspaceStore;
}

namespace Studio::App {

class ConfigForm;

class OAuthClientDialog : public QDialog
{
    Q_OBJECT
public:
    OAuthClientDialog(Workspace::WorkspaceStore *store, const QString &pluginId, const Workspace::OAuthProviderInfo &provider,
                      QWidget *parent = nullptr);

    // Validates and stores the form; on failure shows why and returns false.
    bool save();
    // Deletes the stored client (the form is cleared).
    bool remove();
    bool authorizeRequested() const { return m_authorize; }
    QString redirectUri() const;
    ConfigForm *form() const { return m_form; }
    QString message() const;

private:
    void load();

    Workspace::WorkspaceStore *m_ws;
    QString m_pluginId;
    Workspace::OAuthProviderInfo m_provider;
    ConfigForm *m_form;
    QCheckBox *m_enabled;
    QLineEdit *m_redirect;
    QLabel *m_credentials;
    QLabel *m_message;
    bool m_authorize = false;
};

} // namespace Studio::App
