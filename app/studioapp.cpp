// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studioapp.h"

#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/panels.h"
#include "app/package/packagedialog.h"
#include "app/preferences/pages.h"
#include "app/studiocontext.h"
#include "app/wizard/newpluginwizard.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace Studio::App {

QString installTranslations(QApplication &app, const QString &forcedLanguage)
{
    const QLocale locale = forcedLanguage.isEmpty() ? QLocale() : QLocale(forcedLanguage);
    auto *studio = new QTranslator(&app);
    if (studio->load(locale, QStringLiteral("studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(studio);
    auto *qtbase = new QTranslator(&app);
    if (qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtbase);
    return locale.name();
}

int runStudio(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("plugin-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Plugin Studio"));
    QApplication::setOrganizationName(QStringLiteral("PluginStudio"));
    QApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.pluginstudio.PluginStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/plugin-studio.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plugin Studio: author, debug and install Dify plugins."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption workspaceOpt(QStringLiteral("workspace"),
                                    QStringLiteral("Use the workspace in DIR instead of the default one."),
                                    QStringLiteral("DIR"));
    QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("User-interface language (en, zh_Hans, ja_JP)."),
                               QStringLiteral("LANG"));
    QCommandLineOption quitAfterOpt(QStringLiteral("quit-after"),
                                    QStringLiteral("Close the window after MS milliseconds (smoke tests)."),
                                    QStringLiteral("MS"));
    QCommandLineOption themeOpt(QStringLiteral("theme"), QStringLiteral("Colour theme: light or dark."), QStringLiteral("THEME"));
    QCommandLineOption fileOpt(QStringLiteral("open-file"), QStringLiteral("Also open FILE (relative to the project)."),
                               QStringLiteral("FILE"));
    // Hidden options used to take documentation screenshots.
    QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the window, then quit."), QStringLiteral("PNG"));
    shotOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption shotDelayOpt(QStringLiteral("screenshot-delay"), QStringLiteral("Delay before the screenshot."), QStringLiteral("MS"),
                                    QStringLiteral("2500"));
    shotDelayOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption showOpt(QStringLiteral("show"), QStringLiteral("Open a dialog for the screenshot: wizard, package, keys, publish."),
                               QStringLiteral("DIALOG"));
    showOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption newOpt(QStringLiteral("new-plugin"), QStringLiteral("Generate a plugin (KIND:DIR, e.g. tool:./weather) and exit."),
                              QStringLiteral("KIND:DIR"));
    newOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(newOpt);
    parser.addOption(workspaceOpt);
    parser.addOption(langOpt);
    parser.addOption(quitAfterOpt);
    parser.addOption(themeOpt);
    parser.addOption(fileOpt);
    parser.addOption(shotOpt);
    parser.addOption(shotDelayOpt);
    parser.addOption(showOpt);
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("A plugin folder or a .difypkg file to open."),
                                 QStringLiteral("[FOLDER|FILE.difypkg]"));
    parser.process(app);

    if (parser.isSet(newOpt)) {
        const QString spec = parser.value(newOpt);
        const auto kind = Scaffold::pluginKindFromId(spec.section(QLatin1Char(':'), 0, 0));
        const QString dir = QDir::current().absoluteFilePath(spec.section(QLatin1Char(':'), 1));
        if (!kind) {
            std::fprintf(stderr, "unknown kind in %s\n", qPrintable(spec));
            return 2;
        }
        Scaffold::ScaffoldOptions o;
        o.kind = *kind;
        o.name = QFileInfo(dir).fileName();
        o.author = QStringLiteral("acme");
        o.label = QStringLiteral("Weather");
        o.description = QStringLiteral("Look up the weather for a city.");
        o.extraLanguages = {QStringLiteral("zh_Hans"), QStringLiteral("ja_JP")};
        o.tags = {QStringLiteral("weather"), QStringLiteral("utilities")};
        const auto r = Scaffold::generatePlugin(o, dir);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        std::printf("%s\n", qPrintable(r->join(QLatin1Char('\n'))));
        return 0;
    }

    QString lang = parser.value(langOpt);
    if (lang.isEmpty())
        lang = qEnvironmentVariable("STUDIO_LANG");
    if (lang.isEmpty()) // Preferences > Appearance > Language
        lang = QSettings().value(QLatin1String(PreferenceKeys::Language)).toString();
    installTranslations(app, lang);

    MainWindow window(parser.value(workspaceOpt));
    installStudioPanels(&window);
    if (parser.isSet(themeOpt))
        window.setTheme(themeFromName(parser.value(themeOpt)));
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        window.openPath(QDir::current().absoluteFilePath(positional.constFirst()));
    } else if (QSettings s; s.value(QLatin1String(PreferenceKeys::StartWith)).toString() == QLatin1String("lastProject")) {
        // Preferences > General: reopen the plugin folder of the last session (else the start page).
        const QString last = s.value(QStringLiteral("lastProject")).toString();
        if (!last.isEmpty() && QFileInfo(last).isDir())
            window.openProject(last);
    }
    if (parser.isSet(fileOpt))
        window.openFile(parser.value(fileOpt));
    if (parser.isSet(quitAfterOpt))
        QTimer::singleShot(parser.value(quitAfterOpt).toInt(), &window, &QWidget::close);
    if (parser.isSet(shotOpt)) {
        const QString file = parser.value(shotOpt);
        const QString dialog = parser.value(showOpt);
        const int delay = parser.value(shotDelayOpt).toInt();
        QTimer::singleShot(delay / 2, &window, [&window, dialog] {
            QWidget *w = nullptr;
            if (dialog == QLatin1String("wizard")) {
                auto *wizard = new NewPluginWizard(QDir::tempPath(), &window);
                wizard->nameEdit()->setText(QStringLiteral("weather_tool"));
                wizard->authorEdit()->setText(QStringLiteral("acme"));
                wizard->descriptionEdit()->setText(QStringLiteral("Look up the weather for a city."));
                wizard->show();
                wizard->next();
                w = wizard;
            } else if (dialog == QLatin1String("wizard-kind")) {
                w = new NewPluginWizard(QDir::tempPath(), &window);
            } else if (dialog == QLatin1String("package") && !window.projectDir().isEmpty()) {
                auto *pd = new PackageDialog(window.projectDir(), window.context()->keysDir(), &window);
                pd->outputEdit()->setText(QDir::temp().filePath(QStringLiteral("screenshot.difypkg")));
                QFile::remove(pd->outputEdit()->text());
                pd->start();
                w = pd;
            } else if (dialog == QLatin1String("keys")) {
                w = new KeysDialog(window.context()->keysDir(), &window);
            } else if (dialog == QLatin1String("publish")) {
                if (QAction *publish = window.action(QStringLiteral("publish")))
                    publish->trigger(); // the Publish dock checks the open plugin
            }
            if (w) {
                w->setObjectName(QStringLiteral("screenshotDialog"));
                w->show();
            }
        });
        QTimer::singleShot(delay, &window, [&window, file] {
            QWidget *dialog = window.findChild<QWidget *>(QStringLiteral("screenshotDialog"));
            const QPixmap pm = dialog ? dialog->grab() : window.grab();
            if (!pm.save(file, "PNG"))
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            window.setUnsavedChangesAnswer(QMessageBox::Discard);
            QApplication::exit(0);
        });
    }
    return app.exec();
}

} // namespace Studio::App
