// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The endpoint instances the endpoint server serves (hook id -> plugin + settings). In memory,
// optionally written through to an EndpointStore (the session puts the workspace behind it, so
// instances and their encrypted settings survive a restart).

#include "core/common/result.h"
#include "core/runtime/endpointinstance.h"

#include <QJsonArray>
#include <QList>
#include <QObject>

#include <optional>

namespace Studio::Debug {

using Runtime::EndpointInstance;

// Where a registry keeps its instances. create() returns the instance as stored (the store fills
// `id` and `createdAt`, and keeps the hook id it is given).
class EndpointStore
{
public:
    virtual ~EndpointStore() = default;
    virtual Result<QList<EndpointInstance>> loadEndpoints() = 0;
    virtual Result<EndpointInstance> createEndpoint(const EndpointInstance &instance) = 0;
    virtual VoidResult updateEndpoint(const EndpointInstance &instance) = 0;
    virtual VoidResult deleteEndpoint(const EndpointInstance &instance) = 0;
};

class EndpointRegistry : public QObject
{
    Q_OBJECT
public:
    explicit EndpointRegistry(QObject *parent = nullptr);

    static QString generateHookId() { return EndpointInstance::generateHookId(); }

    // Loads the store's instances (replacing the ones in memory) and writes every later change
    // through to it. Not owned; nullptr detaches. A load error leaves the registry empty.
    VoidResult setStore(EndpointStore *store);

    // Creates an instance with a fresh hook id (name "default" when empty).
    EndpointInstance create(const QString &pluginId, const QString &name, const QJsonObject &settings = {});
    void insert(const EndpointInstance &instance); // replaces one with the same hook id
    bool remove(const QString &hookId);
    bool setEnabled(const QString &hookId, bool enabled);
    bool setSettings(const QString &hookId, const QJsonObject &settings);
    std::optional<EndpointInstance> find(const QString &hookId) const;
    QList<EndpointInstance> all() const { return m_instances; }
    QList<EndpointInstance> forPlugin(const QString &pluginId) const;

    QJsonArray toJson() const;
    void load(const QJsonArray &array); // in memory only

signals:
    void changed();
    // The store refused a change: the registry keeps serving it for this session; `message` says
    // what went wrong (it will not survive a restart).
    void storeFailed(const QString &message);

private:
    EndpointInstance *findMutable(const QString &hookId);
    void writeThrough(EndpointInstance &instance, bool created);

    QList<EndpointInstance> m_instances;
    EndpointStore *m_store = nullptr;
};

} // namespace Studio::Debug
