// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plugins for the session tests, composed from our own fixtures: the declarations of the model and
// agent-strategy fixtures (tests/fixtures/plugins) on the SDK-free stdio process of
// tests/fixtures/runtime/echo_plugin/main.py (it answers invoke_llm with "Hello!" and runs an agent
// strategy that asks the model its `model` parameter names through a reverse `llm` call).

#include "tst_install_support.h"
#include "tst_runtime_util.h"

#include "core/workspace/installtask.h"

#include <QDir>
#include <QFile>

namespace SessionTest {

inline QString fixtures()
{
    return QStringLiteral(STUDIO_FIXTURES);
}

// Copies tests/fixtures/plugins/<fixture> to `dir` and runs it on the echo process.
inline bool composePlugin(const QString &fixture, const QString &dir)
{
    QDir(dir).removeRecursively();
    if (!TestSupport::copyTree(fixtures() + QStringLiteral("/plugins/") + fixture, dir))
        return false;
    QFile::remove(dir + QStringLiteral("/main.py"));
    return QFile::copy(fixtures() + QStringLiteral("/runtime/echo_plugin/main.py"), dir + QStringLiteral("/main.py"));
}

// studio_tests/acme_models: model provider "acme" (llm acme-small, acme-large).
inline bool makeModelPlugin(const QString &dir)
{
    return composePlugin(QStringLiteral("model_predefined"), dir);
}

// studio_tests/simple_agent: agent strategy provider "simple_agent", strategy "function_calling".
inline bool makeAgentPlugin(const QString &dir)
{
    return composePlugin(QStringLiteral("agent_strategy"), dir);
}

inline QString installPackage(Studio::Workspace::WorkspaceStore *ws, const QString &package)
{
    Studio::Workspace::InstallOptions opts;
    opts.allowUnsigned = true;
    opts.skipEnv = true;
    auto source = Studio::Workspace::InstallSource::parse(package);
    if (!source)
        return QStringLiteral("source: ") + source.error().message;
    Studio::Workspace::InstallTask task(ws, *source, opts);
    if (!task.waitForFinished(120000))
        return QStringLiteral("install timed out");
    return task.error() ? task.error()->message : QString();
}

// Packages `dir` and installs it into `ws` (unsigned, no environment: the tests run it on python3).
inline QString install(Studio::Workspace::WorkspaceStore *ws, const QString &dir, const QString &workDir)
{
    Studio::Package::PackageOptions po;
    po.outputPath = workDir + QLatin1Char('/') + QDir(dir).dirName() + QStringLiteral(".difypkg");
    po.skipValidation = true;
    auto pkg = Studio::Package::packagePlugin(dir, po);
    if (!pkg)
        return QStringLiteral("package: ") + pkg.error().message;
    return installPackage(ws, pkg->outputPath);
}

} // namespace SessionTest
