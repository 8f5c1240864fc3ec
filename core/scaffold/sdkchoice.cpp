// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scaffold/sdkchoice.h"
#include "core/common/tr.h"
#include "core/scaffold/scaffold.h"

#include <QDir>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace Studio::Scaffold {

namespace {

// The newest SDK on PyPI when this table was written (dify_plugin 0.10.2, requires-python >= 3.12;
// every official plugin asks for >= 0.9) and the last line that installs on Python 3.11 (0.7.4; from
// 0.8.0 the SDK needs 3.12). Bounds are three-part: the Marketplace compares them as tuples, so
// ">=0.9" would fail its package_dependencies check where ">=0.9.0" passes; the upper bound keeps
// a minor release with breaking changes away and spares the Marketplace's lower-bound-only warning.
const QVersionNumber kCurrentSdk(0, 10, 2);
const QVersionNumber kLegacySdk(0, 7, 4);

QMutex &finderMutex()
{
    static QMutex m;
    return m;
}

LocalPythonFinder &finderSlot()
{
    static LocalPythonFinder f;
    return f;
}

QList<LocalPython> probePath()
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, {QStringLiteral("--version")});
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    const QVersionNumber v = parsePythonVersion(QString::fromUtf8(p.readAll().left(4096)));
    if (v.isNull() || p.exitCode() != 0)
        return {};
    return {LocalPython{exe, v}};
}

} // namespace

QString SdkLine::requiresPython() const
{
    return QStringLiteral(">=%1.%2").arg(minimumPython.majorVersion()).arg(minimumPython.minorVersion());
}

QString SdkLine::title() const
{
    return track == SdkTrack::Current
        ? StudioTr::tr("dify_plugin %1 (current) on Python %2").arg(version.toString(), runnerVersion)
        : StudioTr::tr("dify_plugin %1 (legacy) on Python %2").arg(version.toString(), runnerVersion);
}

SdkLine sdkLine(SdkTrack track)
{
    SdkLine l;
    l.track = track;
    l.version = track == SdkTrack::Current ? kCurrentSdk : kLegacySdk;
    const int major = l.version.majorVersion(), minor = l.version.minorVersion();
    l.requirement = QStringLiteral("dify_plugin>=%1,<%2.%3.0").arg(l.version.toString()).arg(major).arg(minor + 1);
    l.minimumPython = track == SdkTrack::Current ? QVersionNumber(3, 12) : QVersionNumber(3, 11);
    l.runnerVersion = QStringLiteral("%1.%2").arg(l.minimumPython.majorVersion()).arg(l.minimumPython.minorVersion());
    return l;
}

QString sdkTrackId(SdkTrack track)
{
    return track == SdkTrack::Current ? QStringLiteral("current") : QStringLiteral("legacy");
}

std::optional<SdkTrack> sdkTrackFromId(const QString &id)
{
    const QString t = id.trimmed().toLower();
    if (t == QLatin1String("current") || t == QLatin1String("latest"))
        return SdkTrack::Current;
    if (t == QLatin1String("legacy"))
        return SdkTrack::Legacy;
    return std::nullopt;
}

SdkTrack sdkTrackFor(const QVersionNumber &python)
{
    return !python.isNull() && python < QVersionNumber(3, 12) ? SdkTrack::Legacy : SdkTrack::Current;
}

QString legacySdkWarning()
{
    return StudioTr::tr("The legacy SDK (dify_plugin 0.7.x on Python 3.11) is refused by the Dify Marketplace, which "
                        "needs dify_plugin 0.9.0 or newer, and current Dify runs plugins on Python 3.12. Choose it only "
                        "for a Dify instance that still needs it.");
}

QList<LocalPython> findLocalPythons()
{
    LocalPythonFinder f;
    {
        QMutexLocker lock(&finderMutex());
        f = finderSlot();
    }
    return f ? f() : probePath();
}

void setLocalPythonFinder(LocalPythonFinder finder)
{
    QMutexLocker lock(&finderMutex());
    finderSlot() = std::move(finder);
}

RuntimeDefaults chooseRuntime(const QList<LocalPython> &found, SdkTrack track)
{
    RuntimeDefaults d;
    d.sdk = sdkLine(track);
    for (const LocalPython &p : found) {
        if (p.version.isNull() || QVersionNumber(p.version.majorVersion(), p.version.minorVersion()) < d.sdk.minimumPython)
            continue;
        if (!d.runsOn || d.runsOn->version < p.version)
            d.runsOn = p;
    }
    if (track == SdkTrack::Legacy)
        d.warnings << legacySdkWarning();
    if (d.runsOn) {
        d.explanation = StudioTr::tr("Written for %1 (requires-python %2, meta.runner.version %3, as Dify's plugin daemon "
                                     "runs it); runs here on Python %4 (%5).")
                            .arg(d.sdk.requirement, d.sdk.requiresPython(), d.sdk.runnerVersion,
                                 d.runsOn->version.toString(), QDir::toNativeSeparators(d.runsOn->path));
    } else {
        QStringList versions;
        for (const LocalPython &p : found)
            versions << p.version.toString();
        d.explanation = StudioTr::tr("Written for %1 (requires-python %2, meta.runner.version %3, as Dify's plugin daemon "
                                     "runs it).")
                            .arg(d.sdk.requirement, d.sdk.requiresPython(), d.sdk.runnerVersion);
        d.warnings << (versions.isEmpty()
                           ? StudioTr::tr("No Python was found on this machine; to run the plugin here, install Python %1 "
                                          "or newer (for example `uv python install %1`).")
                                 .arg(d.sdk.runnerVersion)
                           : StudioTr::tr("No Python %1 or newer was found on this machine (found: %2); to run the plugin "
                                          "here, install one (for example `uv python install %1`).")
                                 .arg(d.sdk.runnerVersion, versions.join(QStringLiteral(", "))));
    }
    return d;
}

} // namespace Studio::Scaffold
