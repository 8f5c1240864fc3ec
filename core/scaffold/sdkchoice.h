// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which dify_plugin SDK and which Python a new plugin is written for (issue #11, "new plugins start
// on today's SDK"). Two lines exist: the current SDK (the default) and the legacy 0.7.x pin for
// Python 3.11, offered only as an explicit choice with a warning. The declared Python is the SDK's
// floor, which is also the Python Dify's plugin daemon runs (3.12): a plugin that declared
// `requires-python >= 3.13` would not install there (`uv sync` refuses it). The interpreter that
// runs the plugin on this machine is the newest one found that satisfies that floor.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <functional>
#include <optional>

namespace Studio::Scaffold {

enum class SdkTrack {
    Current, // the newest dify_plugin (Python >= 3.12): what the Marketplace and every official plugin use
    Legacy,  // dify_plugin 0.7.x on Python 3.11 (refused by the Marketplace)
};

struct SdkLine
{
    SdkTrack track = SdkTrack::Current;
    QVersionNumber version;       // 0.10.2
    QString requirement;          // "dify_plugin>=0.10.2,<0.11.0" (three-part bounds, as the Marketplace wants)
    QString runnerVersion;        // manifest meta.runner.version: "3.12"
    QVersionNumber minimumPython; // 3.12
    QString requiresPython() const; // ">=3.12" for pyproject.toml
    QString title() const;          // "dify_plugin 0.10.2 (current) on Python 3.12"
};

SdkLine sdkLine(SdkTrack track);
QString sdkTrackId(SdkTrack track); // "current", "legacy"
std::optional<SdkTrack> sdkTrackFromId(const QString &id);
// The track whose SDK installs on `python` (Legacy below 3.12).
SdkTrack sdkTrackFor(const QVersionNumber &python);
// The sentence shown (wizard, init) when the legacy line is chosen.
QString legacySdkWarning();

// An interpreter found on this machine.
struct LocalPython
{
    QString path;
    QVersionNumber version;
};

// The Pythons on this machine. Seam: until core/runtime's interpreter finder lands, this runs the
// `python3` on PATH once (`--version`, bounded by `timeoutMs`); blocking, so the GUI calls it off
// its thread. Tests and the finder replace it with setLocalPythonFinder().
using LocalPythonFinder = std::function<QList<LocalPython>()>;
QList<LocalPython> findLocalPythons();
void setLocalPythonFinder(LocalPythonFinder finder); // empty: back to the default probe

struct RuntimeDefaults
{
    SdkLine sdk;
    std::optional<LocalPython> runsOn; // newest interpreter here that satisfies sdk.minimumPython
    QString explanation;               // one sentence: what is written and what runs it here
    QStringList warnings;              // legacy SDK; no suitable interpreter here (with what to do)
};

// Picks what a new plugin is written for, given the interpreters found here.
RuntimeDefaults chooseRuntime(const QList<LocalPython> &found, SdkTrack track = SdkTrack::Current);

} // namespace Studio::Scaffold
