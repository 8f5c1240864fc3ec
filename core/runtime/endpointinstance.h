// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One endpoint instance of a plugin (protocol.md §5.5): requests to /e/{hook_id}/... reach the
// plugin's endpoints with `settings`. The one type for the endpoint server's registry (core/debug)
// and the workspace's table (core/workspace); `id` is the workspace row, empty while an instance
// lives only in memory.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Studio::Runtime {

struct EndpointInstance
{
    QString id;           // workspace row id ("" = not stored)
    QString hookId;       // 16 random lowercase letters, the URL part
    QString name;
    QString pluginId;     // author/name
    QJsonObject settings; // passed as `settings` to the plugin (decrypted)
    bool enabled = true;
    QDateTime createdAt;  // UTC; invalid when never stored

    static constexpr int HookIdLength = 16;
    // A fresh hook id: HookIdLength letters a-z from the system's random source.
    static QString generateHookId();
    static bool isValidHookId(const QString &hookId);

    QJsonObject toJson() const;
    static EndpointInstance fromJson(const QJsonObject &o);
    bool operator==(const EndpointInstance &other) const = default;
};

} // namespace Studio::Runtime
