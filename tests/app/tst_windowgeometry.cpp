// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18.3: the studio window on small and large screens. The first window is sized from the
// available screen (never larger), never grows by itself when docks are shown, moved or tabbed,
// and a saved geometry is clamped to the available screen and to a screen that still exists.
//
// Each scenario runs in a child process of this test on the offscreen platform with a screen
// layout of its own (offscreen:configfile=...), sharing one settings folder across the starts of
// a scenario: 1024x768 and 1600x1000 as in the report, and two screens for "the screen is gone".

#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/panels.h"

#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Studio;
using namespace Studio::App;

namespace {
QString describe(const QRect &r)
{
    return QStringLiteral("%1x%2+%3+%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}

// Screens as "WxH+X+Y,WxH+X+Y".
QJsonArray screensFrom(const QString &spec)
{
    QJsonArray out;
    int i = 0;
    for (const QString &s : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList size = s.section(QLatin1Char('+'), 0, 0).split(QLatin1Char('x'));
        out.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("screen%1").arg(i++)},
                               {QStringLiteral("x"), s.section(QLatin1Char('+'), 1, 1).toInt()},
                               {QStringLiteral("y"), s.section(QLatin1Char('+'), 2, 2).toInt()},
                               {QStringLiteral("width"), size.value(0).toInt()},
                               {QStringLiteral("height"), size.value(1).toInt()},
                               {QStringLiteral("logicalDpi"), 96},
                               {QStringLiteral("logicalBaseDpi"), 96},
                               {QStringLiteral("dpr"), 1}});
    }
    return out;
}

bool isChild()
{
    return qEnvironmentVariableIsSet("STUDIO_GEOMETRY_STEP");
}

// Every dock of the studio, shown, with the state a user reaches by opening them from the View menu.
void showEveryDock(MainWindow &w)
{
    const auto docks = w.findChildren<QDockWidget *>();
    for (QDockWidget *d : docks) {
        d->show();
        d->raise();
        QTest::qWait(30);
    }
    // Untabbing and re-docking side by side is the layout change of the report.
    QDockWidget *previous = nullptr;
    for (QDockWidget *d : docks) {
        if (w.dockWidgetArea(d) == Qt::RightDockWidgetArea) {
            if (previous)
                w.splitDockWidget(previous, d, Qt::Vertical);
            previous = d;
        }
    }
    QTest::qWait(100);
}
} // namespace

class tst_WindowGeometry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (isChild())
            return;
        QVERIFY(m_tmp.isValid());
    }

    // Run in the child: one start of the studio window, as the step says.
    void step()
    {
        if (!isChild())
            QSKIP("run by the scenarios below");
        const QString step = qEnvironmentVariable("STUDIO_GEOMETRY_STEP");
        QCoreApplication::setOrganizationName(QStringLiteral("PluginStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowgeometry"));
        MainWindow w(qEnvironmentVariable("STUDIO_GEOMETRY_WORKSPACE"));
        installStudioPanels(&w);
        w.setUnsavedChangesAnswer(QMessageBox::Discard);
        if (step == QLatin1String("place")) {
            // A geometry saved by an earlier start: size and position from the environment.
            const QStringList g = qEnvironmentVariable("STUDIO_GEOMETRY_PLACE").split(QLatin1Char(','));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.setGeometry(g.value(0).toInt(), g.value(1).toInt(), g.value(2).toInt(), g.value(3).toInt());
            QTest::qWait(100);
            w.close();
            std::printf("GEOMETRY %s\n", qPrintable(describe(w.geometry())));
            return;
        }
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(200);
        const QRect available = w.screen()->availableGeometry();
        const QRect start = w.frameGeometry();
        auto inside = [&](const QRect &r) {
            bool onSome = false;
            for (QScreen *s : QGuiApplication::screens())
                onSome = onSome || s->availableGeometry().contains(r);
            return onSome;
        };
        QVERIFY2(inside(start), qPrintable(QStringLiteral("window %1 not inside a screen (%2)").arg(describe(start), describe(available))));
        if (step == QLatin1String("first")) {
            // Sized from the screen: most of it, never more.
            QVERIFY2(start.width() >= available.width() * 7 / 10 && start.height() >= available.height() * 7 / 10,
                     qPrintable(describe(start)));
        }
        showEveryDock(w);
        const QRect after = w.frameGeometry();
        QVERIFY2(after.width() <= start.width() && after.height() <= start.height(),
                 qPrintable(QStringLiteral("the window grew from %1 to %2").arg(describe(start), describe(after))));
        QVERIFY2(inside(after), qPrintable(describe(after)));
        w.close();
        std::printf("GEOMETRY %s\n", qPrintable(describe(w.geometry())));
    }

    // First start, docks shown and rearranged, second start: same size, on the screen, never grown.
    void screens_data()
    {
        QTest::addColumn<QString>("screens");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1024x768") << QStringLiteral("1024x768+0+0") << QStringLiteral("921x691+53+40");
        QTest::newRow("1600x1000") << QStringLiteral("1600x1000+0+0") << QStringLiteral("1440x900+82+52");
    }
    void screens()
    {
        QFETCH(QString, screens);
        QFETCH(QString, expected);
        QCOMPARE(runStep(screens, QStringLiteral("first"), {}, screens), expected);
        QCOMPARE(runStep(screens, QStringLiteral("again"), {}, screens), expected);
    }

    // Saved on a larger screen, opened on a smaller one: on the screen, not larger. (From 1600 to
    // 1024 wide Qt itself drops the saved geometry, so the window starts at its first size; from
    // 1280x800 to 1152x720 it restores it, and the studio clamps it.)
    void savedLargerThanScreen()
    {
        runStep(QStringLiteral("1600x1000+0+0"), QStringLiteral("place"), QStringLiteral("20,20,1560,950"), QStringLiteral("big"));
        QCOMPARE(runStep(QStringLiteral("1024x768+0+0"), QStringLiteral("again"), {}, QStringLiteral("big")),
                 QStringLiteral("921x691+53+40"));
        runStep(QStringLiteral("1280x800+0+0"), QStringLiteral("place"), QStringLiteral("10,10,1260,780"), QStringLiteral("near"));
        const QString restored = runStep(QStringLiteral("1152x720+0+0"), QStringLiteral("again"), {}, QStringLiteral("near"));
        QCOMPARE(restored.section(QLatin1Char('+'), 0, 0), QStringLiteral("1148x716")); // the screen less the frame
    }

    // Saved on a second screen that is gone at the next start: on the screen that is left.
    void savedOnScreenThatIsGone()
    {
        runStep(QStringLiteral("1280x800+0+0,1600x1000+1280+0"), QStringLiteral("place"), QStringLiteral("1400,60,1200,800"),
                QStringLiteral("gone"));
        const QString restored = runStep(QStringLiteral("1280x800+0+0"), QStringLiteral("again"), {}, QStringLiteral("gone"));
        QCOMPARE(restored.section(QLatin1Char('+'), 0, 0), QStringLiteral("1200x796"));
    }

private:
    // Runs one start of the window in a child process; returns the geometry it closed with.
    QString runStep(const QString &screens, const QString &step, const QString &place, const QString &profile)
    {
        QString result;
        runStepInto(screens, step, place, profile, &result);
        return result;
    }

    void runStepInto(const QString &screens, const QString &step, const QString &place, const QString &profile, QString *result)
    {
        const QString config = m_tmp.filePath(QStringLiteral("screens-%1.json").arg(qHash(screens)));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), screensFrom(screens)}}).toJson());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
        env.insert(QStringLiteral("STUDIO_GEOMETRY_STEP"), step);
        env.insert(QStringLiteral("STUDIO_GEOMETRY_PLACE"), place);
        const QString dir = m_tmp.filePath(QStringLiteral("profile-%1").arg(qHash(profile)));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir + QStringLiteral("/cache"));
        env.insert(QStringLiteral("STUDIO_GEOMETRY_WORKSPACE"), dir + QStringLiteral("/workspace"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("step")});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QStringLiteral("%1 on %2:\n%3").arg(step, screens, out)));
        *result = out.section(QStringLiteral("GEOMETRY "), 1, 1).section(QLatin1Char('\n'), 0, 0);
    }

    QTemporaryDir m_tmp;
};

QTEST_MAIN(tst_WindowGeometry)
#include "tst_windowgeometry.moc"
