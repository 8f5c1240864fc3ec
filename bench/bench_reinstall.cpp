// SPDX-License-Identifier: GPL-3.0-or-later
// Reinstall of a plugin whose Python environment is cached (target < 2 s). Uses the runtime's
// SDK-free fixture plugin packaged with its wheels (offline), a real workspace and the runtime's
// EnvironmentManager. Prints the cold install and the warm reinstall times in ms.
#include "core/workspace/installtask.h"
#include "tests/core/tst_install_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Studio;
using namespace Studio::Workspace;

static qint64 installOnce(WorkspaceStore *ws, const QString &pkg, const QString &envCache, QString *error)
{
    InstallOptions o;
    o.allowUnsigned = true;
    o.envPreparer = runtimeEnvPreparer(envCache);
    QElapsedTimer t;
    t.start();
    InstallTask task(ws, InstallSource::parse(pkg).value(), o);
    task.waitForFinished(600000);
    if (task.error()) {
        *error = task.error()->message;
        return -1;
    }
    return t.elapsed();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir work;
    QString err;
    const QString pkg = TestSupport::makePackage(work.path(), TestSupport::offlineSpec(work.path()), &err);
    if (pkg.isEmpty()) {
        std::fprintf(stderr, "cannot build the package: %s\n", qPrintable(err));
        return 1;
    }
    auto ws = WorkspaceStore::open(work.path() + QStringLiteral("/ws"));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    const QString cache = work.path() + QStringLiteral("/envs");
    const qint64 cold = installOnce(ws->get(), pkg, cache, &err);
    if (cold < 0) {
        std::fprintf(stderr, "install failed: %s\n", qPrintable(err));
        return 1;
    }
    std::vector<qint64> warm;
    for (int i = 0; i < 5; ++i) {
        if (!uninstallPlugin(**ws, QStringLiteral("studio-tests/echo_plugin"))) {
            std::fprintf(stderr, "uninstall failed\n");
            return 1;
        }
        const qint64 ms = installOnce(ws->get(), pkg, cache, &err);
        if (ms < 0) {
            std::fprintf(stderr, "reinstall failed: %s\n", qPrintable(err));
            return 1;
        }
        warm.push_back(ms);
    }
    std::sort(warm.begin(), warm.end());
    std::printf("bench_reinstall: cold install (venv created) %lld ms; reinstall with cached env: best %lld ms, median %lld ms, worst %lld ms (target < 2000 ms) %s\n",
                static_cast<long long>(cold), static_cast<long long>(warm.front()), static_cast<long long>(warm[warm.size() / 2]),
                static_cast<long long>(warm.back()), warm[warm.size() / 2] < 2000 ? "OK" : "SLOW");
    return 0;
}
