// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studioapp.h"

#include "app/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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
    parser.addOption(workspaceOpt);
    parser.addOption(langOpt);
    parser.addOption(quitAfterOpt);
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("A plugin folder or a .difypkg file to open."),
                                 QStringLiteral("[FOLDER|FILE.difypkg]"));
    parser.process(app);

    QString lang = parser.value(langOpt);
    if (lang.isEmpty())
        lang = qEnvironmentVariable("STUDIO_LANG");
    installTranslations(app, lang);

    MainWindow window(parser.value(workspaceOpt));
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openPath(QDir::current().absoluteFilePath(positional.constFirst()));
    if (parser.isSet(quitAfterOpt))
        QTimer::singleShot(parser.value(quitAfterOpt).toInt(), &window, &QWidget::close);
    return app.exec();
}

} // namespace Studio::App
