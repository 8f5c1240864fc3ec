// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/oauthclientdialog.h"

#include "app/widgets/configform.h"
#include "core/workspace/secrets.h"
#include "core/workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Studio::App {

using namespace Studio::Workspace;

OAuthClientDialog::OAuthClientDialog(WorkspaceStore *store, const QString &pluginId, const OAuthProviderInfo &provider, QWidget *parent)
    : QDialog(parent), m_ws(store), m_pluginId(pluginId), m_provider(provider), m_form(new ConfigForm(this)),
      m_enabled(new QCheckBox(tr("Use this custom client (off: the system / default client)"), this)), m_redirect(new QLineEdit(this)),
      m_credentials(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("oauthClientDialog"));
    setWindowTitle(tr("OAuth client — %1 / %2").arg(pluginId, provider.provider));
    auto *intro = new QLabel(tr("Register an OAuth app at the provider with the redirect URI below, then enter its client "
                                "settings. They are stored encrypted in the workspace."),
                             this);
    intro->setWordWrap(true);
    m_form->setObjectName(QStringLiteral("oauthClientForm"));
    m_form->setConfigFields(provider.clientSchema);
    m_enabled->setObjectName(QStringLiteral("oauthEnabled"));
    m_redirect->setObjectName(QStringLiteral("redirectUri"));
    m_redirect->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyRedirectUri"));
    copy->setToolTip(tr("Copy the redirect URI to the clipboard"));
    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(m_redirect, 1);
    redirectRow->addWidget(copy);
    auto *top = new QFormLayout;
    top->addRow(tr("Redirect URI:"), redirectRow);
    m_credentials->setObjectName(QStringLiteral("oauthCredentials"));
    m_credentials->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *removeBtn = buttons->addButton(tr("Remove client"), QDialogButtonBox::DestructiveRole);
    removeBtn->setObjectName(QStringLiteral("removeClient"));
    auto *authorizeBtn = buttons->addButton(tr("Save and authorize…"), QDialogButtonBox::ActionRole);
    authorizeBtn->setObjectName(QStringLiteral("authorize"));
    authorizeBtn->setToolTip(tr("Saves the client, then signs in at the provider in your browser"));

    auto *v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addLayout(top);
    v->addWidget(m_enabled);
    v->addWidget(m_form);
    v->addStretch();
    v->addWidget(m_credentials);
    v->addWidget(m_message);
    v->addWidget(buttons);

    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_redirect->text());
        m_message->setText(tr("Redirect URI copied."));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(removeBtn, &QPushButton::clicked, this, [this] { remove(); });
    connect(authorizeBtn, &QPushButton::clicked, this, [this] {
        if (!m_enabled->isChecked())
            m_enabled->setChecked(true); // authorizing needs the custom client: the studio has no system one
        if (save()) {
            m_authorize = true;
            accept();
        }
    });

    Result<QUrl> uri = m_ws ? workspaceRedirectUri(*m_ws, pluginId, provider.provider, provider.kind)
                            : Result<QUrl>(Error(ErrorCode::InvalidInput, tr("No workspace is open.")));
    m_redirect->setText(uri ? uri->toString() : QString());
    m_redirect->setCursorPosition(0);
    m_redirect->setMinimumWidth(qMin(900, m_redirect->fontMetrics().horizontalAdvance(m_redirect->text()) + 24));
    if (!uri)
        m_message->setText(uri.error().message);
    load();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

QString OAuthClientDialog::redirectUri() const
{
    return m_redirect->text();
}

QString OAuthClientDialog::message() const
{
    return m_message->text();
}

void OAuthClientDialog::load()
{
    if (!m_ws)
        return;
    Result<std::optional<OAuthClientSettings>> s = m_ws->oauthClientSettings(m_pluginId, m_provider.provider);
    if (!s) {
        m_message->setText(tr("The stored client cannot be read: %1").arg(s.error().message));
        return;
    }
    if (s->has_value()) {
        // Stored secrets are never put back into the form: the placeholder stands for them.
        QJsonObject shown = (*s)->params;
        for (const QString &name : m_form->secretFieldNames())
            if (!shown.value(name).toString().isEmpty())
                shown.insert(name, HiddenValue);
        m_form->setValues(shown);
        m_enabled->setChecked((*s)->enabled);
    } else {
        m_form->setValues({});
        m_enabled->setChecked(true);
    }
    Result<QList<Credential>> creds = m_ws->credentials(m_pluginId, m_provider.provider);
    QStringList authorized;
    if (creds)
        for (const Credential &c : *creds)
            if (c.type == QLatin1String("oauth2"))
                authorized << (c.expiresAt < 0 ? c.name
                                               : tr("%1 (expires %2)").arg(c.name, QDateTime::fromSecsSinceEpoch(c.expiresAt).toString(
                                                                                         QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_credentials->setText(authorized.isEmpty() ? tr("Not authorized yet.")
                                                : tr("Authorized: %1").arg(authorized.join(QStringLiteral(", "))));
}

bool OAuthClientDialog::save()
{
    if (!m_ws)
        return false;
    const QStringList problems = m_form->validate();
    if (!problems.isEmpty()) {
        m_message->setText(problems.join(QLatin1Char('\n')));
        return false;
    }
    // setOAuthClient swaps [__HIDDEN__] for the stored secret.
    if (VoidResult r = m_ws->setOAuthClient(m_pluginId, m_provider.provider, m_form->values(), m_enabled->isChecked()); !r) {
        m_message->setText(r.error().message);
        return false;
    }
    m_message->setText(tr("Saved."));
    return true;
}

bool OAuthClientDialog::remove()
{
    if (!m_ws)
        return false;
    if (VoidResult r = m_ws->removeOAuthClient(m_pluginId, m_provider.provider); !r) {
        m_message->setText(r.error().message);
        return false;
    }
    load();
    m_message->setText(tr("The OAuth client was removed. Authorized credentials stay until you delete them."));
    return true;
}

} // namespace Studio::App
