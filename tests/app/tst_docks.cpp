// SPDX-License-Identifier: GPL-3.0-or-later
// #18.8: a dock opened from the View menu is shown, brought in front of the docks it shares a tab
// group with, and takes the keyboard focus; chosen again while in front, it closes. Every dock of
// the studio window. Before: the menu used the docks' toggleViewAction(), which for a dock behind
// another tab is already checked, so choosing it closed the dock instead of showing it.

#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/panels.h"
#include "app/studiocontext.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/session/studiosession.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;

class tst_Docks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyDockOpensInFrontWithFocus()
    {
        QTemporaryDir ws;
        QVERIFY(ws.isValid());
        App::MainWindow window(ws.path());
        App::installStudioPanels(&window);
        // The Marketplace dock fetches its home when shown: from a port that refuses, not the internet.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(window.context()->session());
        if (Marketplace::MarketplaceClient *market = window.context()->session()->marketplace())
            market->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 5);
        int tabbedBehind = 0;
        for (QDockWidget *dock : docks) {
            QAction *action = window.panelAction(dock);
            QVERIFY2(action, qPrintable(dock->objectName() + QStringLiteral(" has no View menu entry")));
            // The entry is in the View menu under the dock's title.
            bool inMenu = false;
            for (QAction *top : window.menuBar()->actions())
                if (top->menu() && top->menu()->actions().contains(action))
                    inMenu = true;
            QVERIFY2(inMenu, qPrintable(dock->objectName()));
            QCOMPARE(action->text(), dock->windowTitle());

            // Start with the focus elsewhere and the dock open but possibly behind a tab.
            if (dock->isHidden())
                dock->show();
            window.centralWidget()->setFocus();
            QApplication::processEvents();
            // A dock behind another tab is "visible" to Qt, but none of it is on screen.
            if (dock->visibleRegion().isEmpty())
                ++tabbedBehind;

            action->trigger();
            QTRY_VERIFY2(dock->isVisible() && !dock->visibleRegion().isEmpty(), qPrintable(dock->objectName() + QStringLiteral(" not in front")));
            QVERIFY(action->isChecked());
            QTRY_VERIFY2(QApplication::focusWidget() && dock->isAncestorOf(QApplication::focusWidget()),
                         qPrintable(dock->objectName() + QStringLiteral(": focus is in ")
                                    + (QApplication::focusWidget() ? QString::fromLatin1(QApplication::focusWidget()->metaObject()->className())
                                                                         + QLatin1Char(' ') + QApplication::focusWidget()->objectName()
                                                                   : QStringLiteral("nothing"))));
            // In front with the focus: the same entry closes it; once more opens it again.
            action->trigger();
            QTRY_VERIFY(dock->isHidden());
            QVERIFY(!action->isChecked());
            action->trigger();
            QTRY_VERIFY(dock->isVisible() && !dock->visibleRegion().isEmpty());
            QTRY_VERIFY(QApplication::focusWidget() && dock->isAncestorOf(QApplication::focusWidget()));
        }
        // The case the issue names was exercised: docks sharing a tab group, one behind another.
        QVERIFY(tabbedBehind > 0);
    }
};

QTEST_MAIN(tst_Docks)
#include "tst_docks.moc"
