// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Workspace Settings, "Workflow nodes and summaries called by plugins": the Dify inner API
// (URL + masked, sealed key) and the system model. Bad input is refused with a message; saved values
// reach the reverse handler of the window. Writes a screenshot of the dialog (docs/screenshots/ with
// STUDIO_WRITE_SCREENSHOTS=1, else a temporary folder) and checks it is not blank.

#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/panels.h"
#include "app/studiocontext.h"
#include "app/preferences/preferencesdialog.h"
#include "app/workspace/workspacesettingspage.h"
#include "core/runtime/reverse.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Studio;

class TestNodeSettings : public QObject
{
    Q_OBJECT

private slots:
    void dialogValidatesAndStores()
    {
        QTemporaryDir ws;
        QVERIFY(ws.isValid());
        auto store = Workspace::WorkspaceStore::open(ws.path());
        QVERIFY(store);
        App::WorkspaceSettingsPage dialog(store->get());
        QCOMPARE(dialog.difyInnerKeyEdit()->echoMode(), QLineEdit::Password);
        auto error = [&dialog] {
            const auto labels = dialog.findChildren<QLabel *>();
            for (QLabel *l : labels)
                if (!l->isHidden() && l->text().startsWith(QLatin1String("The ")))
                    return l->text();
            return QString();
        };

        dialog.difyInnerUrlEdit()->setText(QStringLiteral("localhost:5001"));
        QVERIFY(!dialog.save());
        QVERIFY2(error().contains(QStringLiteral("Dify inner API URL")), qPrintable(error()));
        dialog.difyInnerUrlEdit()->setText(QStringLiteral("http://127.0.0.1:5001"));
        QVERIFY(!dialog.save()); // no key yet
        QVERIFY2(error().contains(QStringLiteral("INNER_API_KEY_FOR_PLUGIN")), qPrintable(error()));
        dialog.difyInnerKeyEdit()->setText(QStringLiteral("inner-topsecret"));
        dialog.systemModelProviderEdit()->setText(QStringLiteral("langgenius/openai/openai"));
        QVERIFY(!dialog.save()); // provider without model
        QVERIFY2(error().contains(QStringLiteral("system model")), qPrintable(error()));
        dialog.systemModelNameEdit()->setText(QStringLiteral("gpt-4o-mini"));
        QVERIFY(dialog.save());

        Workspace::WorkspaceStore *w = store->get();
        QCOMPARE(w->difyInnerApiUrl(), QStringLiteral("http://127.0.0.1:5001"));
        QCOMPARE(*w->difyInnerApiKey(), QStringLiteral("inner-topsecret"));
        QCOMPARE(w->systemModelProvider(), QStringLiteral("langgenius/openai/openai"));
        QCOMPARE(w->systemModelName(), QStringLiteral("gpt-4o-mini"));

        // Reopened: the key is not shown, only that one is stored; saving without typing keeps it.
        App::WorkspaceSettingsPage again(w);
        QCOMPARE(again.difyInnerKeyEdit()->text(), QString());
        QVERIFY(again.difyInnerKeyEdit()->placeholderText().contains(QStringLiteral("stored")));
        QCOMPARE(again.systemModelNameEdit()->text(), QStringLiteral("gpt-4o-mini"));
        QVERIFY(again.save());
        QCOMPARE(*w->difyInnerApiKey(), QStringLiteral("inner-topsecret"));

        // Screenshot of the dialog as the user sees it.
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        const QImage img = again.grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY(colours.size() > 8);
        const QString outDir = qEnvironmentVariable("STUDIO_WRITE_SCREENSHOTS") == QLatin1String("1")
                                   ? QStringLiteral(STUDIO_SOURCE_DIR "/docs/screenshots")
                                   : ws.path();
        QVERIFY(QDir().mkpath(outDir));
        QVERIFY(img.save(QDir(outDir).filePath(QStringLiteral("settings-workflow-nodes.png"))));

        for (const QString &f : QDir(ws.path()).entryList(QDir::Files)) {
            QFile file(ws.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("inner-topsecret"), qPrintable(f));
        }
    }

    void savedSettingsReachTheReverseHandler()
    {
        QTemporaryDir ws;
        QVERIFY(ws.isValid());
        App::MainWindow window(ws.path());
        App::installStudioPanels(&window);
        Runtime::DefaultReverseHandler *reverse = window.context()->session()->reverseHandler();
        QVERIFY(reverse);
        QVERIFY(!reverse->difyInnerApi().isConfigured());
        QVERIFY(!reverse->systemModel().isConfigured());
        auto *action = window.findChild<QAction *>(QStringLiteral("preferences"));
        QVERIFY(action);
        QTimer::singleShot(0, &window, [&window] {
            auto *prefs = window.findChild<App::PreferencesDialog *>();
            QVERIFY(prefs);
            QVERIFY(prefs->showPage(QStringLiteral("workspace")));
            auto *dialog = prefs->page<App::WorkspaceSettingsPage>();
            QVERIFY(dialog);
            dialog->difyInnerUrlEdit()->setText(QStringLiteral("http://127.0.0.1:5001"));
            dialog->difyInnerKeyEdit()->setText(QStringLiteral("k-inner"));
            dialog->systemModelProviderEdit()->setText(QStringLiteral("langgenius/openai/openai"));
            dialog->systemModelNameEdit()->setText(QStringLiteral("gpt-4o-mini"));
            prefs->accept();
        });
        action->trigger();
        QCOMPARE(reverse->difyInnerApi().url, QUrl(QStringLiteral("http://127.0.0.1:5001")));
        QCOMPARE(reverse->difyInnerApi().key, QStringLiteral("k-inner"));
        QCOMPARE(reverse->systemModel().toString(), QStringLiteral("langgenius/openai/openai/gpt-4o-mini"));

        // Clearing the URL turns the inner API route off (local emulation again).
        QTimer::singleShot(0, &window, [&window] {
            auto *prefs = window.findChild<App::PreferencesDialog *>();
            QVERIFY(prefs);
            QVERIFY(prefs->showPage(QStringLiteral("workspace")));
            auto *dialog = prefs->page<App::WorkspaceSettingsPage>();
            QVERIFY(dialog);
            dialog->difyInnerUrlEdit()->clear();
            prefs->accept();
        });
        action->trigger();
        QVERIFY(!reverse->difyInnerApi().isConfigured());
        QVERIFY(reverse->systemModel().isConfigured());
    }
};

QTEST_MAIN(TestNodeSettings)
#include "tst_nodesettings.moc"
