// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debug/endpointregistry.h"

namespace Studio::Debug {

EndpointRegistry::EndpointRegistry(QObject *parent) : QObject(parent) {}

VoidResult EndpointRegistry::setStore(EndpointStore *store)
{
    m_store = store;
    if (!store)
        return {};
    auto stored = store->loadEndpoints();
    m_instances.clear();
    if (stored)
        m_instances = stored.value();
    emit changed();
    if (!stored)
        return stored.error();
    return {};
}

EndpointInstance *EndpointRegistry::findMutable(const QString &hookId)
{
    for (EndpointInstance &e : m_instances)
        if (e.hookId == hookId)
            return &e;
    return nullptr;
}

void EndpointRegistry::writeThrough(EndpointInstance &instance, bool created)
{
    if (!m_store)
        return;
    if (created || instance.id.isEmpty()) {
        auto stored = m_store->createEndpoint(instance);
        if (!stored) {
            emit storeFailed(stored.error().message);
            return;
        }
        instance.id = stored->id;
        instance.createdAt = stored->createdAt;
        return;
    }
    if (auto r = m_store->updateEndpoint(instance); !r)
        emit storeFailed(r.error().message);
}

EndpointInstance EndpointRegistry::create(const QString &pluginId, const QString &name, const QJsonObject &settings)
{
    EndpointInstance e;
    do {
        e.hookId = generateHookId();
    } while (find(e.hookId));
    e.name = name.isEmpty() ? QStringLiteral("default") : name;
    e.pluginId = pluginId;
    e.settings = settings;
    writeThrough(e, true);
    m_instances.append(e);
    emit changed();
    return e;
}

void EndpointRegistry::insert(const EndpointInstance &instance)
{
    if (EndpointInstance *e = findMutable(instance.hookId)) {
        const QString id = e->id;
        *e = instance;
        if (e->id.isEmpty())
            e->id = id;
        writeThrough(*e, false);
        emit changed();
        return;
    }
    m_instances.append(instance);
    writeThrough(m_instances.last(), instance.id.isEmpty());
    emit changed();
}

bool EndpointRegistry::remove(const QString &hookId)
{
    const EndpointInstance *e = findMutable(hookId);
    if (!e)
        return false;
    if (m_store && !e->id.isEmpty()) {
        if (auto r = m_store->deleteEndpoint(*e); !r)
            emit storeFailed(r.error().message);
    }
    m_instances.removeIf([&](const EndpointInstance &i) { return i.hookId == hookId; });
    emit changed();
    return true;
}

bool EndpointRegistry::setEnabled(const QString &hookId, bool enabled)
{
    EndpointInstance *e = findMutable(hookId);
    if (!e)
        return false;
    e->enabled = enabled;
    writeThrough(*e, false);
    emit changed();
    return true;
}

bool EndpointRegistry::setSettings(const QString &hookId, const QJsonObject &settings)
{
    EndpointInstance *e = findMutable(hookId);
    if (!e)
        return false;
    e->settings = settings;
    writeThrough(*e, false);
    emit changed();
    return true;
}

std::optional<EndpointInstance> EndpointRegistry::find(const QString &hookId) const
{
    for (const EndpointInstance &e : m_instances)
        if (e.hookId == hookId)
            return e;
    return std::nullopt;
}

QList<EndpointInstance> EndpointRegistry::forPlugin(const QString &pluginId) const
{
    QList<EndpointInstance> out;
    for (const EndpointInstance &e : m_instances)
        if (e.pluginId == pluginId)
            out.append(e);
    return out;
}

QJsonArray EndpointRegistry::toJson() const
{
    QJsonArray a;
    for (const EndpointInstance &e : m_instances)
        a.append(e.toJson());
    return a;
}

void EndpointRegistry::load(const QJsonArray &array)
{
    m_instances.clear();
    for (const QJsonValue &v : array) {
        EndpointInstance e = EndpointInstance::fromJson(v.toObject());
        if (!e.hookId.isEmpty())
            m_instances.append(e);
    }
    emit changed();
}

} // namespace Studio::Debug
