// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/workspacesettingsdialog.h"

#include "core/workspace/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace Studio::App {

WorkspaceSettingsDialog::WorkspaceSettingsDialog(Workspace::WorkspaceStore *store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Workspace Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_marketplace = new QLineEdit(store->marketplaceUrl(), this);
    m_marketplace->setToolTip(tr("Base URL of the Dify Marketplace (or a self-hosted one)."));
    form->addRow(tr("Marketplace URL"), m_marketplace);

    m_difyUrl = new QLineEdit(store->difyBaseUrl(), this);
    m_difyUrl->setPlaceholderText(tr("e.g. http://localhost/v1"));
    m_difyUrl->setToolTip(tr("Dify service API that answers plugins' reverse app calls. Leave empty to "
                             "refuse them with a 'not configured' error."));
    form->addRow(tr("Dify instance URL"), m_difyUrl);

    m_difyKey = new QLineEdit(this);
    m_difyKey->setEchoMode(QLineEdit::Password);
    const auto key = store->difyApiKey();
    m_keyWasSet = key && !key->isEmpty();
    m_difyKey->setPlaceholderText(m_keyWasSet ? tr("(stored, encrypted; type to replace)") : tr("app API key"));
    form->addRow(tr("Dify API key"), m_difyKey);

    m_allowUnsigned = new QCheckBox(tr("Allow installing unsigned or unverified packages"), this);
    m_allowUnsigned->setChecked(store->allowUnsignedPackages());
    form->addRow(QString(), m_allowUnsigned);
    m_unsignedWarning = new QLabel(tr("Unsigned packages can run any code on this machine. Only install "
                                      "packages whose source you trust; the signature category is always "
                                      "shown."), this);
    m_unsignedWarning->setWordWrap(true);
    m_unsignedWarning->setStyleSheet(QStringLiteral("color: #b35900;"));
    m_unsignedWarning->setVisible(m_allowUnsigned->isChecked());
    connect(m_allowUnsigned, &QCheckBox::toggled, this, [this](bool on) {
        m_unsignedWarning->setVisible(on);
        this->layout()->activate();
        resize(width(), sizeHint().height()); // grow (or shrink) so the warning is never clipped
    });
    form->addRow(QString(), m_unsignedWarning);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

bool WorkspaceSettingsDialog::save()
{
    auto fail = [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
        return false;
    };
    const QString market = m_marketplace->text().trimmed();
    const QUrl marketUrl(market);
    if (!marketUrl.isValid() || marketUrl.scheme().isEmpty() || marketUrl.host().isEmpty())
        return fail(tr("The Marketplace URL must be a full URL such as https://marketplace.dify.ai."));
    const QString dify = m_difyUrl->text().trimmed();
    if (!dify.isEmpty()) {
        const QUrl u(dify);
        if (!u.isValid() || u.scheme().isEmpty() || u.host().isEmpty())
            return fail(tr("The Dify instance URL must be a full URL such as http://localhost/v1, or empty."));
    }
    VoidResult r = m_store->setMarketplaceUrl(market);
    if (r)
        r = m_store->setDifyBaseUrl(dify);
    if (r && !m_difyKey->text().isEmpty())
        r = m_store->setDifyApiKey(m_difyKey->text());
    if (r)
        r = m_store->setAllowUnsignedPackages(m_allowUnsigned->isChecked());
    if (!r)
        return fail(tr("The settings could not be saved: %1").arg(r.error().message));
    return true;
}

void WorkspaceSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Studio::App
