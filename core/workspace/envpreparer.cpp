// SPDX-License-Identifier: GPL-3.0-or-later
// The default EnvPreparer: the runtime's EnvironmentManager (cached venvs, uv or pip).
#include "core/workspace/installtask.h"

#include "core/runtime/pythonenv.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

namespace Studio::Workspace {

EnvPreparer runtimeEnvPreparer(const QString &cacheRoot)
{
    return [cacheRoot](const QString &pluginDir, std::function<void(const QString &)> output,
                       std::function<void(VoidResult)> done) -> std::function<void()> {
        auto *manager = new Runtime::EnvironmentManager;
        QPointer<Runtime::EnvironmentManager> guard(manager);
        Runtime::EnvOptions options;
        options.cacheRoot = cacheRoot;
        // An offline package (export-offline) carries its wheels: install without any index.
        const QString wheels = pluginDir + QStringLiteral("/wheels");
        if (QFileInfo(wheels).isDir())
            options.offlineWheels = wheels;
        QObject::connect(manager, &Runtime::EnvironmentManager::output, manager, [output](const QString &line) {
            if (output)
                output(line);
        });
        QObject::connect(manager, &Runtime::EnvironmentManager::finished, manager, [manager, done] {
            const Result<Runtime::PreparedEnv> &r = manager->result();
            manager->deleteLater();
            if (r)
                done(VoidResult());
            else
                done(r.error());
        });
        if (!manager->prepare(pluginDir, options)) {
            manager->deleteLater();
            done(Error(ErrorCode::Conflict, QStringLiteral("The environment manager is busy.")));
            return [] {};
        }
        return [guard] {
            if (guard) {
                guard->disconnect();
                guard->cancel();
                guard->deleteLater();
            }
        };
    };
}

} // namespace Studio::Workspace
