// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/endpointinstance.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace Studio::Runtime {

QString EndpointInstance::generateHookId()
{
    QString id;
    id.reserve(HookIdLength);
    for (int i = 0; i < HookIdLength; ++i)
        id.append(QLatin1Char(char('a' + QRandomGenerator::system()->bounded(26))));
    return id;
}

bool EndpointInstance::isValidHookId(const QString &hookId)
{
    if (hookId.size() != HookIdLength)
        return false;
    for (const QChar c : hookId)
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return false;
    return true;
}

QJsonObject EndpointInstance::toJson() const
{
    QJsonObject o{{QStringLiteral("hook_id"), hookId},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("plugin_id"), pluginId},
                  {QStringLiteral("settings"), settings},
                  {QStringLiteral("enabled"), enabled}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (createdAt.isValid())
        o.insert(QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs));
    return o;
}

EndpointInstance EndpointInstance::fromJson(const QJsonObject &o)
{
    EndpointInstance e;
    e.id = o.value(QLatin1String("id")).toString();
    e.hookId = o.value(QLatin1String("hook_id")).toString();
    e.name = o.value(QLatin1String("name")).toString();
    e.pluginId = o.value(QLatin1String("plugin_id")).toString();
    e.settings = o.value(QLatin1String("settings")).toObject();
    e.enabled = o.value(QLatin1String("enabled")).toBool(true);
    const QString created = o.value(QLatin1String("created_at")).toString();
    if (!created.isEmpty())
        e.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs).toTimeZone(QTimeZone::utc());
    return e;
}

} // namespace Studio::Runtime
