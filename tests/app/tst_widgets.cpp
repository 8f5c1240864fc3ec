// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen tests of the reusable widgets: LogView, JsonTreeView, ConfigForm.
#include "app/widgets/configform.h"
#include "app/widgets/jsontreeview.h"
#include "app/widgets/logview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Studio;
using namespace Studio::App;

class TestWidgets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void logViewIngests100kLines()
    {
        LogView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(600, 400);
        view.show();
        QSignalSpy batches(&view, &LogView::batchInserted);
        for (int i = 0; i < 100000; ++i) {
            const LogLevel lv = i % 10 == 0 ? LogLevel::Error : (i % 3 == 0 ? LogLevel::Debug : LogLevel::Info);
            view.appendLine(QStringLiteral("line %1 payload").arg(i), lv, i % 1000 == 7);
            if (i % 5000 == 0)
                QCoreApplication::processEvents();
        }
        // Nothing is inserted per line: the queue is flushed by the 50 ms timer.
        QVERIFY(view.pendingCount() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(view.lineCount(), 100000, 10000);
        QCOMPARE(view.pendingCount(), 0);
        QVERIFY(batches.count() >= 1);
        QVERIFY(batches.count() < 100000 / 100); // batched, not per line
        QCOMPARE(view.droppedCount(), qint64(0));
        QCOMPARE(view.visibleText(99999), QStringLiteral("line 99999 payload"));
        // Searchable: one hit for a unique line, all hits for a common word.
        QCOMPARE(view.countMatches(QStringLiteral("line 77777 ")), 1);
        QCOMPARE(view.countMatches(QStringLiteral("PAYLOAD")), 100000);
        const int row = view.findNext(QStringLiteral("line 42424 "));
        QCOMPARE(view.visibleText(row), QStringLiteral("line 42424 payload"));
        QCOMPARE(view.listView()->currentIndex().row(), row);
        QVERIFY(!view.isFollowingBottom()); // a search hit stops following
        // Level filter: hide errors (every 10th line).
        view.setLevelVisible(LogLevel::Error, false);
        QCOMPARE(view.visibleLineCount(), 90000);
        QCOMPARE(view.countMatches(QStringLiteral("line 10 payload")), 0);
        view.setLevelVisible(LogLevel::Error, true);
        QCOMPARE(view.visibleLineCount(), 100000);
        // stderr lines carry the stderr role and are coloured.
        const QModelIndex stderrLine = view.model()->index(7, 0);
        QVERIFY(stderrLine.data(LogModel::StderrRole).toBool());
        QVERIFY(stderrLine.data(Qt::ForegroundRole).isValid());
    }

    void logViewCapsAndReportsDrops()
    {
        LogView view;
        view.setMaxLines(1000);
        for (int i = 0; i < 2500; ++i)
            view.appendLine(QString::number(i));
        view.flushPending();
        QCOMPARE(view.lineCount(), 1000);
        QCOMPARE(view.droppedCount(), qint64(1500));
        QCOMPARE(view.visibleText(0), QStringLiteral("1500")); // newest kept
        auto *notice = view.findChild<QLabel *>(QStringLiteral("droppedNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isHidden());
        QVERIFY(notice->text().contains(QStringLiteral("1500")));
        // Flood rule: the pending queue beyond its limit is discarded and counted.
        view.clear();
        view.setMaxPending(100);
        for (int i = 0; i < 250; ++i)
            view.appendLine(QString::number(i));
        view.flushPending();
        QCOMPARE(view.lineCount(), 50);
        QCOMPARE(view.droppedCount(), qint64(200));
        QCOMPARE(view.visibleText(0), QStringLiteral("200"));
    }

    void logViewFollowsBottomOnlyAtBottom()
    {
        LogView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 500; ++i)
            view.appendLine(QString::number(i));
        view.flushPending();
        QScrollBar *bar = view.listView()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
        bar->setValue(0); // the user scrolls up to read
        for (int i = 0; i < 500; ++i)
            view.appendLine(QString::number(i));
        view.flushPending();
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), 0);
        bar->setValue(bar->maximum());
        view.appendText(QStringLiteral("a\r\nb\nc\n"), LogLevel::Warning, true);
        view.flushPending();
        QCOMPARE(view.lineCount(), 1003);
        QCOMPARE(view.visibleText(1000), QStringLiteral("a"));
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void levelNames()
    {
        QCOMPARE(logLevelFromString(QStringLiteral("WARN")), LogLevel::Warning);
        QCOMPARE(logLevelFromString(QStringLiteral("critical")), LogLevel::Error);
        QCOMPARE(logLevelFromString(QStringLiteral("debug")), LogLevel::Debug);
        QCOMPARE(logLevelFromString(QStringLiteral("whatever")), LogLevel::Info);
    }

    void jsonTreeShowsAndCopies()
    {
        JsonTreeView view;
        QAbstractItemModelTester tester(view.jsonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject obj = QJsonDocument::fromJson(
            R"({"text":"hello","n":3.5,"ok":true,"list":[1,{"deep":"x"}],"odd key":null})").object();
        view.setJson(obj);
        JsonModel *m = view.jsonModel();
        QCOMPARE(m->rowCount(), 5);
        const QModelIndex deep = m->indexForPath(QStringLiteral("$.list[1].deep"));
        QVERIFY(deep.isValid());
        QCOMPARE(m->valueAt(deep).toString(), QStringLiteral("x"));
        QCOMPARE(m->pathAt(deep), QStringLiteral("$.list[1].deep"));
        const QModelIndex odd = m->indexForPath(QStringLiteral("$[\"odd key\"]"));
        QVERIFY(odd.isValid());
        QCOMPARE(m->index(odd.row(), JsonModel::TypeColumn, odd.parent()).data().toString(), QStringLiteral("null"));
        QVERIFY(!m->indexForPath(QStringLiteral("$.missing")).isValid());
        view.copyValue(m->indexForPath(QStringLiteral("$.list")));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("[1,{\"deep\":\"x\"}]"));
        view.copyPath(deep);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("$.list[1].deep"));
        view.setJson(QJsonValue(QStringLiteral("scalar")));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, JsonModel::ValueColumn).data().toString(), QStringLiteral("scalar"));
    }

    void configFormFromCredentials()
    {
        QList<Plugin::ConfigField> fields;
        Plugin::ConfigField key;
        key.name = QStringLiteral("api_key");
        key.type = QStringLiteral("secret-input");
        key.required = true;
        key.label.en_US = QStringLiteral("API Key");
        key.help.en_US = QStringLiteral("Get it from the console");
        key.url = QStringLiteral("https://example.com/keys");
        fields << key;
        Plugin::ConfigField region;
        region.name = QStringLiteral("region");
        region.type = QStringLiteral("select");
        region.defaultValue = QStringLiteral("eu");
        Plugin::Option us, eu;
        us.value = QStringLiteral("us");
        us.label.en_US = QStringLiteral("United States");
        eu.value = QStringLiteral("eu");
        eu.label.en_US = QStringLiteral("Europe");
        region.options = {us, eu};
        fields << region;
        Plugin::ConfigField flag;
        flag.name = QStringLiteral("verbose");
        flag.type = QStringLiteral("boolean");
        flag.defaultValue = true;
        fields << flag;
        Plugin::ConfigField model;
        model.name = QStringLiteral("model");
        model.type = QStringLiteral("model-selector");
        fields << model;
        Plugin::ConfigField base;
        base.name = QStringLiteral("base_url");
        base.type = QStringLiteral("text-input");
        base.placeholder.en_US = QStringLiteral("https://api.example.com");
        fields << base;

        ConfigForm form;
        form.setConfigFields(fields);
        form.show();
        auto *keyEdit = qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("api_key")));
        QVERIFY(keyEdit);
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password); // secret masked
        auto *show = form.findChild<QToolButton *>(QStringLiteral("api_key_show"));
        QVERIFY(show);
        show->click();
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        auto *label = form.findChild<QLabel *>(QStringLiteral("api_key_label"));
        QVERIFY(label && label->text().contains(QLatin1Char('*'))); // required marker
        QVERIFY(form.findChild<QLabel *>(QStringLiteral("api_key_help"))->text().contains(QStringLiteral("example.com/keys")));
        QVERIFY(qobject_cast<QComboBox *>(form.editorFor(QStringLiteral("region"))));
        QVERIFY(qobject_cast<QCheckBox *>(form.editorFor(QStringLiteral("verbose"))));
        QCOMPARE(qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("base_url")))->placeholderText(),
                 QStringLiteral("https://api.example.com"));
        QCOMPARE(form.secretFieldNames(), QStringList{QStringLiteral("api_key")});

        // Required check.
        const QStringList problems = form.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("API Key")));
        keyEdit->setText(QStringLiteral("sk-123"));
        qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("model")))->setText(QStringLiteral("{\"provider\":\"p\"}"));
        QVERIFY(form.validate().isEmpty());
        QJsonObject v = form.values();
        QCOMPARE(v.value(QStringLiteral("api_key")).toString(), QStringLiteral("sk-123"));
        QCOMPARE(v.value(QStringLiteral("region")).toString(), QStringLiteral("eu")); // default
        QCOMPARE(v.value(QStringLiteral("verbose")).toBool(), true);
        QCOMPARE(v.value(QStringLiteral("model")).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("p"));
        QVERIFY(!v.contains(QStringLiteral("base_url"))); // empty optional omitted

        // Bad JSON in a JSON field is reported.
        qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("model")))->setText(QStringLiteral("{nope"));
        QVERIFY(form.validate().join(QLatin1Char(' ')).contains(QStringLiteral("not valid JSON")));
        qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("model")))->clear();

        // Raw JSON round trip.
        form.setRawMode(true);
        auto *raw = form.findChild<QPlainTextEdit *>(QStringLiteral("rawJson"));
        QVERIFY(raw->toPlainText().contains(QStringLiteral("sk-123")));
        raw->setPlainText(QStringLiteral("{\"api_key\":\"other\",\"region\":\"us\",\"verbose\":false}"));
        QVERIFY(form.validate().isEmpty());
        QCOMPARE(form.values().value(QStringLiteral("region")).toString(), QStringLiteral("us"));
        raw->setPlainText(QStringLiteral("[not an object"));
        QCOMPARE(form.validate().size(), 1);
        raw->setPlainText(QStringLiteral("{\"api_key\":\"other\",\"region\":\"us\",\"verbose\":false}"));
        form.setRawMode(false);
        QCOMPARE(keyEdit->text(), QStringLiteral("other"));
        QCOMPARE(qobject_cast<QComboBox *>(form.editorFor(QStringLiteral("region")))->currentData().toString(),
                 QStringLiteral("us"));
        QCOMPARE(qobject_cast<QCheckBox *>(form.editorFor(QStringLiteral("verbose")))->isChecked(), false);
    }

    void configFormFromToolParameters()
    {
        QList<Plugin::Parameter> params;
        Plugin::Parameter q;
        q.name = QStringLiteral("query");
        q.type = QStringLiteral("string");
        q.required = true;
        params << q;
        Plugin::Parameter n;
        n.name = QStringLiteral("count");
        n.type = QStringLiteral("number");
        n.min = 1;
        n.max = 10;
        n.precision = 0;
        n.defaultValue = 3;
        params << n;
        Plugin::Parameter s;
        s.name = QStringLiteral("mode");
        s.type = QStringLiteral("select");
        Plugin::Option a, b;
        a.value = QStringLiteral("fast");
        b.value = QStringLiteral("slow");
        s.options = {a, b};
        params << s;
        Plugin::Parameter f;
        f.name = QStringLiteral("docs");
        f.type = QStringLiteral("files");
        params << f;
        Plugin::Parameter o;
        o.name = QStringLiteral("extra");
        o.type = QStringLiteral("object");
        params << o;
        Plugin::Parameter tok;
        tok.name = QStringLiteral("token");
        tok.type = QStringLiteral("secret-input");
        params << tok;

        ConfigForm form;
        form.setParameters(params);
        QCOMPARE(form.validate().size(), 1); // query missing
        qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("query")))->setText(QStringLiteral("hello"));
        auto *count = qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("count")));
        QCOMPARE(count->text(), QStringLiteral("3"));
        count->setText(QStringLiteral("42"));
        QVERIFY(form.validate().join(QLatin1Char(' ')).contains(QStringLiteral("at most 10")));
        count->setText(QStringLiteral("7"));
        qobject_cast<QComboBox *>(form.editorFor(QStringLiteral("mode")))->setCurrentIndex(2);
        qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("docs")))->setText(QStringLiteral("/a.txt;/b.pdf"));
        qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("extra")))->setText(QStringLiteral("{\"k\":[1,2]}"));
        QCOMPARE(qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("token")))->echoMode(), QLineEdit::Password);
        QVERIFY(form.validate().isEmpty());
        const QJsonObject v = form.values();
        QCOMPARE(v.value(QStringLiteral("query")).toString(), QStringLiteral("hello"));
        QCOMPARE(v.value(QStringLiteral("count")).toDouble(), 7.0);
        QCOMPARE(v.value(QStringLiteral("mode")).toString(), QStringLiteral("slow"));
        QCOMPARE(v.value(QStringLiteral("docs")).toArray().size(), 2);
        QCOMPARE(v.value(QStringLiteral("extra")).toObject().value(QStringLiteral("k")).toArray().size(), 2);
        QVERIFY(!v.contains(QStringLiteral("token")));
        // setValues fills the editors back.
        ConfigForm other;
        other.setParameters(params);
        other.setValues(v);
        QCOMPARE(other.values(), v);
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
