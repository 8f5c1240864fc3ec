// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers of the runtime tests (header-only, included by tst_runtime*.cpp and tst_reverse*.cpp).

#include "core/runtime/localplugin.h"

#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

namespace RuntimeTest {

inline QString fixtureDir()
{
    return QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin");
}

inline QString python()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

inline Studio::Runtime::LocalPluginOptions fastOptions()
{
    Studio::Runtime::LocalPluginOptions o;
    o.interpreter = python();
    o.heartbeatIntervalSec = 0.2;
    o.readyTimeoutMs = 20000;
    o.livenessCheckMs = 200;
    o.killGraceMs = 500;
    o.restartDelayMs = [](int) { return 0; };
    o.extraEnv.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    return o;
}

inline bool waitFinished(Studio::Runtime::Invocation *inv, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!inv->isFinished() && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return inv->isFinished();
}

inline bool waitActive(Studio::Runtime::LocalPlugin &plugin, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (plugin.state() != Studio::Runtime::RuntimeState::Active && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return plugin.state() == Studio::Runtime::RuntimeState::Active;
}

} // namespace RuntimeTest
