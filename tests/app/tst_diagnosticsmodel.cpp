// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/diagnosticsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Studio;
using namespace Studio::App;

class tst_DiagnosticsModel : public QObject
{
    Q_OBJECT
private slots:
    void modelAndFilter();
};

static Diagnostic diag(Severity s, Layer l, const QString &file, int line, const QString &code, const QString &msg)
{
    Diagnostic d;
    d.severity = s;
    d.layer = l;
    d.file = file;
    d.line = line;
    d.column = 3;
    d.code = code;
    d.message = msg;
    return d;
}

void tst_DiagnosticsModel::modelAndFilter()
{
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiagnosticsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    model.setDiagnostics({diag(Severity::Error, Layer::Install, QStringLiteral("manifest.yaml"), 4, QStringLiteral("manifest.author"), QStringLiteral("Bad author")),
                          diag(Severity::Warning, Layer::Review, QStringLiteral("README.md"), 0, QStringLiteral("review.readme"), QStringLiteral("Chinese in README")),
                          diag(Severity::Info, Layer::Studio, QStringLiteral("main.py"), 1, QStringLiteral("studio.hint"), QStringLiteral("A hint"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(DiagnosticsModel::ColumnCount));
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 1);
    const QModelIndex first = model.index(0, DiagnosticsModel::MessageColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Bad author"));
    QCOMPARE(first.data(DiagnosticsModel::LineRole).toInt(), 4);
    QCOMPARE(model.index(0, DiagnosticsModel::LayerColumn).data().toString(), QStringLiteral("install"));
    QVERIFY(!model.index(1, DiagnosticsModel::LineColumn).data().isValid()); // whole file: no line shown
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("manifest.yaml:4:3")));
    QCOMPARE(model.diagnosticAt(model.index(2, 0))->code, QStringLiteral("studio.hint"));
    QVERIFY(!model.diagnosticAt(QModelIndex()));

    QCOMPARE(filter.rowCount(), 3);
    filter.setMaximumSeverity(Severity::Warning);
    QCOMPARE(filter.rowCount(), 2);
    filter.setMaximumSeverity(Severity::Error);
    QCOMPARE(filter.rowCount(), 1);
    filter.setMaximumSeverity(Severity::Info);
    filter.setLayerVisible(Layer::Review, false);
    QCOMPARE(filter.rowCount(), 2);
    QVERIFY(!filter.isLayerVisible(Layer::Review));
    filter.setLayerVisible(Layer::Review, true);
    filter.setText(QStringLiteral("hint"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QStringLiteral("MANIFEST"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QString());
    filter.sort(DiagnosticsModel::LineColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, DiagnosticsModel::LineColumn).data(DiagnosticsModel::LineRole).toInt(), 4);

    model.clear();
    QCOMPARE(filter.rowCount(), 0);
}

QTEST_MAIN(tst_DiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
