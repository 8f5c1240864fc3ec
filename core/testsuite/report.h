// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reports of a suite run: JUnit XML (one <testsuite> per suite file, one <testcase> per case, a
// <failure> with every failed assertion and its expected/actual text) and JSON.

#include "core/common/result.h"
#include "core/testsuite/runner.h"

namespace Studio::TestSuite {

QByteArray junitXml(const QList<CaseResult> &results);
QJsonObject jsonReport(const QList<CaseResult> &results);
// Writes `bytes` to `file` atomically.
VoidResult writeReport(const QString &file, const QByteArray &bytes);

} // namespace Studio::TestSuite
