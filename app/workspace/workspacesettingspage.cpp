// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/workspacesettingspage.h"

#include "app/mainwindow/theme.h"

#include "core/workspace/keychain.h"
#include "core/workspace/updates.h"
#include "core/workspace/workspace.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace Studio::App {

WorkspaceSettingsPage::WorkspaceSettingsPage(Workspace::WorkspaceStore *store, QWidget *parent)
    : PreferencesPage(parent), m_store(store)
{
    setObjectName(QStringLiteral("workspaceSettingsPage"));
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

    // Workflow-node and summary reverse calls: a real Dify (inner API) or the studio's own emulation.
    auto *nodes = new QGroupBox(tr("Workflow nodes and summaries called by plugins"), this);
    auto *nodeForm = new QFormLayout(nodes);
    m_innerUrl = new QLineEdit(store->difyInnerApiUrl(), nodes);
    m_innerUrl->setObjectName(QStringLiteral("difyInnerUrlEdit"));
    m_innerUrl->setPlaceholderText(tr("e.g. http://localhost:5001 (empty: the studio runs them itself)"));
    m_innerUrl->setToolTip(tr("Dify API server that runs question-classifier, parameter-extractor and summary "
                              "calls (the daemon's DIFY_INNER_API_URL). Leave empty to run them in the studio on "
                              "a model plugin."));
    nodeForm->addRow(tr("Dify inner API URL"), m_innerUrl);
    m_innerKey = new QLineEdit(nodes);
    m_innerKey->setObjectName(QStringLiteral("difyInnerKeyEdit"));
    m_innerKey->setEchoMode(QLineEdit::Password);
    const auto innerKey = store->difyInnerApiKey();
    m_innerKey->setPlaceholderText(innerKey && !innerKey->isEmpty() ? tr("(stored, encrypted; type to replace)")
                                                                    : tr("INNER_API_KEY_FOR_PLUGIN of the Dify side"));
    nodeForm->addRow(tr("Inner API key"), m_innerKey);
    m_systemProvider = new QLineEdit(store->systemModelProvider(), nodes);
    m_systemProvider->setObjectName(QStringLiteral("systemModelProviderEdit"));
    m_systemProvider->setPlaceholderText(tr("provider, e.g. langgenius/openai/openai"));
    m_systemModel = new QLineEdit(store->systemModelName(), nodes);
    m_systemModel->setObjectName(QStringLiteral("systemModelNameEdit"));
    m_systemModel->setPlaceholderText(tr("model, e.g. gpt-4o-mini"));
    auto *systemRow = new QHBoxLayout;
    systemRow->addWidget(m_systemProvider, 3);
    systemRow->addWidget(m_systemModel, 2);
    nodeForm->addRow(tr("System model"), systemRow);
    auto *nodesHint = new QLabel(tr("Without an inner API, classifier and extractor nodes run on the model they name "
                                    "and summaries on the system model; the plugin that provides the model must be "
                                    "running in the studio."), nodes);
    nodesHint->setWordWrap(true);
    nodeForm->addRow(nodesHint);
    form->addRow(nodes);

    addSafetyRows(form);

    m_allowUnsigned = new QCheckBox(tr("Allow installing unsigned or unverified packages"), this);
    m_allowUnsigned->setChecked(store->allowUnsignedPackages());
    form->addRow(QString(), m_allowUnsigned);
    m_unsignedWarning = new QLabel(tr("Unsigned packages can run any code on this machine. Only install "
                                      "packages whose source you trust; the signature category is always "
                                      "shown."), this);
    m_unsignedWarning->setWordWrap(true);
    setTone(m_unsignedWarning, Tone::WarningText);
    m_unsignedWarning->setVisible(m_allowUnsigned->isChecked());
    connect(m_allowUnsigned, &QCheckBox::toggled, m_unsignedWarning, &QWidget::setVisible);
    form->addRow(QString(), m_unsignedWarning);

    m_reportInstalls = new QCheckBox(tr("Report installs to the Marketplace"), this);
    m_reportInstalls->setObjectName(QStringLiteral("reportInstalls"));
    m_reportInstalls->setToolTip(tr("After a plugin is installed or upgraded from the Marketplace, tell the Marketplace "
                                    "its identifier so its install count goes up (as Dify does). Nothing else is sent."));
    m_reportInstalls->setChecked(Workspace::reportInstallsEnabled(*store));
    form->addRow(QString(), m_reportInstalls);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    setTone(m_error, Tone::ErrorText);
    m_error->hide();
    layout->addWidget(m_error);

    layout->addStretch(1);
}

bool WorkspaceSettingsPage::apply(QString *error)
{
    if (save())
        return true;
    if (error)
        *error = m_error->text();
    return false;
}

QString WorkspaceSettingsPage::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool WorkspaceSettingsPage::save()
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
    const QString inner = m_innerUrl->text().trimmed();
    if (!inner.isEmpty()) {
        const QUrl u(inner);
        if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) || u.host().isEmpty())
            return fail(tr("The Dify inner API URL must be a full URL such as http://localhost:5001, or empty."));
        const auto storedKey = m_store->difyInnerApiKey();
        if (m_innerKey->text().isEmpty() && !(storedKey && !storedKey->isEmpty()))
            return fail(tr("The Dify inner API needs its key (INNER_API_KEY_FOR_PLUGIN in Dify's settings)."));
    }
    const QString systemProvider = m_systemProvider->text().trimmed(), systemModel = m_systemModel->text().trimmed();
    if (systemProvider.isEmpty() != systemModel.isEmpty())
        return fail(tr("The system model needs both its provider and its model name, or leave both empty."));
    VoidResult r = m_store->setMarketplaceUrl(market);
    if (r)
        r = m_store->setDifyBaseUrl(dify);
    if (r && !m_difyKey->text().isEmpty())
        r = m_store->setDifyApiKey(m_difyKey->text());
    if (r)
        r = m_store->setDifyInnerApiUrl(inner);
    if (r && !m_innerKey->text().isEmpty())
        r = m_store->setDifyInnerApiKey(m_innerKey->text());
    if (r)
        r = m_store->setSystemModel(systemProvider, systemModel);
    if (r)
        r = m_store->setAllowUnsignedPackages(m_allowUnsigned->isChecked());
    if (r)
        r = Workspace::setReportInstallsEnabled(*m_store, m_reportInstalls->isChecked());
    if (r && !m_githubToken->text().trimmed().isEmpty())
        r = m_store->setSecretSetting(QStringLiteral("github_token"), m_githubToken->text().trimmed());
    if (!r)
        return fail(tr("The settings could not be saved: %1").arg(r.error().message));
    return true;
}

void WorkspaceSettingsPage::addSafetyRows(QFormLayout *form)
{
    m_githubToken = new QLineEdit(this);
    m_githubToken->setObjectName(QStringLiteral("githubTokenEdit"));
    m_githubToken->setEchoMode(QLineEdit::Password);
    m_githubTokenWasSet = !m_store->githubToken().isEmpty();
    m_githubToken->setPlaceholderText(m_githubTokenWasSet ? tr("(stored, encrypted; type to replace)")
                                                          : tr("optional; raises GitHub's rate limit"));
    m_githubToken->setToolTip(tr("Sent as a Bearer token to the GitHub API only (release listings), never to download "
                                 "hosts. GITHUB_TOKEN in the environment takes precedence."));
    auto *clearToken = new QPushButton(tr("Remove"), this);
    clearToken->setObjectName(QStringLiteral("githubTokenRemove"));
    clearToken->setEnabled(m_githubTokenWasSet);
    connect(clearToken, &QPushButton::clicked, this, [this, clearToken] {
        if (VoidResult r = m_store->setSecretSetting(QStringLiteral("github_token"), QString()); !r) {
            m_error->setText(tr("The GitHub token could not be removed: %1").arg(r.error().message));
            m_error->show();
            return;
        }
        m_githubTokenWasSet = false;
        m_githubToken->clear();
        m_githubToken->setPlaceholderText(tr("optional; raises GitHub's rate limit"));
        clearToken->setEnabled(false);
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_githubToken, 1);
    tokenRow->addWidget(clearToken);
    form->addRow(tr("GitHub token"), tokenRow);

    m_keyLocation = new QLabel(this);
    m_keyLocation->setObjectName(QStringLiteral("keyLocationLabel"));
    m_keyLocation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_moveKey = new QPushButton(this);
    m_moveKey->setObjectName(QStringLiteral("moveKeyButton"));
    connect(m_moveKey, &QPushButton::clicked, this, &WorkspaceSettingsPage::moveKey);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyLocation, 1);
    keyRow->addWidget(m_moveKey);
    form->addRow(tr("Workspace key"), keyRow);
    showKeyLocation();
}

void WorkspaceSettingsPage::showKeyLocation()
{
    const Workspace::KeyStoreInfo info = Workspace::recordedKeyStore(*m_store);
    const bool inKeychain = info.recorded && info.store == Workspace::KeyStore::Keychain;
    const QString where = inKeychain ? tr("OS keychain, service \"%1\"").arg(info.service)
                                     : tr("File %1 (readable by you only)").arg(info.filePath);
    m_keyLocation->setText(m_keyLocation->fontMetrics().elidedText(where, Qt::ElideMiddle, 320));
    m_keyLocation->setToolTip(tr("%1\nSecrets (credentials, API keys, the GitHub token) are encrypted with this key. "
                                 "The CLI uses the same location.").arg(inKeychain ? info.describe() : info.filePath));
    m_moveKey->setText(inKeychain ? tr("Move to file") : tr("Move to keychain"));
    m_moveKey->setEnabled(inKeychain || Workspace::keychainSupported());
    setTone(m_keyLocation, Tone::None);
    if (inKeychain) {
        // Asked once per process (then cached): a keychain that is away is said here, not discovered later.
        const Result<QByteArray> key = m_store->keyProvider()->workspaceKey();
        if (!key) {
            m_keyLocation->setText(tr("OS keychain — cannot be reached"));
            setTone(m_keyLocation, Tone::ErrorText);
            m_keyLocation->setToolTip(key.error().message);
        }
    }
}

void WorkspaceSettingsPage::moveKey()
{
    const bool inKeychain = Workspace::recordedKeyStore(*m_store).store == Workspace::KeyStore::Keychain;
    m_moveKey->setEnabled(false);
    const VoidResult r = Workspace::moveWorkspaceKey(*m_store, inKeychain ? Workspace::KeyStore::File : Workspace::KeyStore::Keychain);
    showKeyLocation();
    // The error already says that the key was not moved and where it stays.
    m_error->setText(r ? QString() : r.error().message);
    m_error->setVisible(!r);
}

} // namespace Studio::App
