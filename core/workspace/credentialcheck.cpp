// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/credentialcheck.h"
#include "core/workspace/workspace.h"
#include "core/common/tr.h"

#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"

#include <QCoreApplication>
#include <QTimer>

namespace Studio::Workspace {


void validateCredentials(Runtime::PluginConnection *connection, CredentialKind kind, const QString &provider,
                         const QJsonObject &credentials, const std::function<void(VoidResult)> &done)
{
    if (!connection) {
        QTimer::singleShot(0, [done] { done(Error(ErrorCode::InvalidInput, StudioTr::tr("The plugin is not running; start it to check credentials."))); });
        return;
    }
    Runtime::InvokeRequest request;
    switch (kind) {
    case CredentialKind::Tool: request = Runtime::InvokeRequest::validateToolCredentials(provider, credentials); break;
    case CredentialKind::ModelProvider: request = Runtime::InvokeRequest::validateProviderCredentials(provider, credentials); break;
    case CredentialKind::Datasource: request = Runtime::InvokeRequest::validateDatasourceCredentials(provider, credentials); break;
    case CredentialKind::Trigger: request = Runtime::InvokeRequest::validateTriggerCredentials(provider, credentials); break;
    }
    Runtime::Invocation *inv = connection->invoke(request);
    QObject::connect(inv, &Runtime::Invocation::finished, inv, [inv, done] {
        if (inv->state() != Runtime::InvocationState::Succeeded) {
            done(Error(ErrorCode::ValidationFailed, StudioTr::tr("The credentials were refused: %1").arg(inv->error().message)));
            return;
        }
        bool result = false;
        bool seen = false;
        for (const QJsonObject &c : inv->chunks()) {
            if (c.contains(QStringLiteral("result"))) {
                seen = true;
                result = c.value(QStringLiteral("result")).toBool(false);
            }
        }
        if (!seen)
            done(Error(ErrorCode::InvalidInput, StudioTr::tr("The plugin did not answer the credential check (no \"result\").")));
        else if (!result)
            done(Error(ErrorCode::ValidationFailed, StudioTr::tr("The plugin says these credentials are invalid.")));
        else
            done(VoidResult());
    });
}

QJsonObject storedProviderCredentials(const WorkspaceStore &ws, const QString &provider)
{
    const QStringList parts = provider.split(QLatin1Char('/'));
    const QString name = parts.last();
    QStringList pluginIds;
    if (parts.size() >= 3) {
        pluginIds << parts.at(0) + QLatin1Char('/') + parts.at(1);
    } else {
        for (const InstalledPlugin &p : ws.installedPlugins())
            pluginIds << p.pluginId;
    }
    for (const QString &pluginId : std::as_const(pluginIds)) {
        const auto stored = ws.credentials(pluginId, name);
        if (!stored || stored->isEmpty())
            continue;
        for (const Credential &c : stored.value())
            if (c.isDefault)
                return c.values;
        return stored->first().values;
    }
    return {};
}

} // namespace Studio::Workspace
