// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test suites of a plugin (#14): YAML files in the plugin's tests/ folder, read and written through
// core/yaml. One file:
//
//   suite: echo tools                 # optional, default: the file's base name
//   plugin: ..                        # optional: the plugin folder, relative to the file
//                                     #   (default: the folder above tests/)
//   cases:
//     - name: says hello              # unique in the suite
//       call:                         # a call spec (core/session/invocationspec.h)
//         tool: echo/echo
//         params: {text: hi}
//         credentials: {api_key: {env: ECHO_API_KEY}}   # or `credentials: workspace`
//       expect: {...}                 # assertions (assertions.h)
//       host_calls: [...]             # recorded host answers, replayed as mocks (optional)
//
// Credentials are references, never secrets: each value is {env: NAME} (an environment variable)
// or the whole `credentials` is `workspace` (what the workspace keeps for the provider).
// Snapshots live beside the suite: tests/__snapshots__/<suite file base>/<case slug>.json.

#include "core/common/result.h"
#include "core/session/studiosession.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Studio::TestSuite {

struct TestCase
{
    QString name;
    QJsonObject call;   // as written (credential references unresolved)
    QJsonObject expect; // as written
    // Recorded host answers; replayed when `replayHostCalls` (the file has a host_calls key, even
    // an empty list: then every host call is unrecorded and fails the case).
    QList<Session::ReverseCallRecord> hostCalls;
    bool replayHostCalls = false;
    int index = 0; // in the file's `cases`
    int line = 0;  // 1-based line of the case in the file
};

struct Suite
{
    QString file; // absolute
    QString name;
    QString pluginDir; // absolute
    QList<TestCase> cases;

    // tests/__snapshots__/<file base>/<case slug>.json
    QString snapshotPath(const TestCase &c) const;
};

// Reads and checks one suite file (YAML through core/yaml; sizes capped by its limits). Errors name
// the file and line and say what to write.
Result<Suite> loadSuite(const QString &file);

// The suite files a path names: a file itself; a folder with suites (*.yaml, *.yml) in it; a plugin
// folder (with manifest.yaml): its tests/ folder. Sorted; an error when the path does not exist.
Result<QStringList> findSuites(const QString &path);

// The folder where suites of the plugin in `pluginDir` live (<dir>/tests).
QString suitesFolder(const QString &pluginDir);

// "Says hello!" -> "says-hello" (snapshot file names).
QString caseSlug(const QString &name);

// Adds a case to the suite file (created with a header when missing, the plugin's tests/ folder
// excluded from packages then, see excludeSuitesFromPackage()); the rest of the file, its comments
// and formatting stay as they are. Refuses a duplicate name and secrets in `credentials`.
VoidResult appendCase(const QString &file, const QJsonObject &testCase);
// Writes the host_calls of case `index` (recorded answers), replacing what it had.
VoidResult
writeHostCalls(const QString &file, int index, const QList<Session::ReverseCallRecord> &calls);

// Makes sure the packager leaves tests/ out: Dify packages everything its ignore file does not name
// (formats.md §3.3), so `tests/` is added to the plugin's .difyignore (or to .gitignore when that
// is the file the packager reads); created when the plugin has neither. No change when already
// excluded.
VoidResult excludeSuitesFromPackage(const QString &pluginDir);

// A credential object of a case with secrets written in (anything but {env: NAME} values); the
// key names, "" when the credentials are references only.
QString literalCredentialKey(const QJsonValue &credentials);

// The host-call JSON as kept in a suite (type, request, responses, error; no ids or timings).
QJsonObject hostCallToJson(const Session::ReverseCallRecord &record);

} // namespace Studio::TestSuite
