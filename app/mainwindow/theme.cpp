// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow/theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace Studio::App {

namespace {
Theme g_theme = Theme::Light;

const char *toneName(Tone tone)
{
    switch (tone) {
    case Tone::WarningBanner: return "warningBanner";
    case Tone::ErrorBanner: return "errorBanner";
    case Tone::InfoBanner: return "infoBanner";
    case Tone::ErrorText: return "errorText";
    case Tone::WarningText: return "warningText";
    case Tone::OkText: return "okText";
    case Tone::MutedText: return "mutedText";
    case Tone::None: break;
    }
    return "";
}
} // namespace

Theme currentTheme()
{
    return g_theme;
}

void setTone(QWidget *widget, Tone tone)
{
    if (!widget)
        return;
    const QByteArray name(toneName(tone));
    if (widget->property("tone").toByteArray() == name)
        return;
    widget->setProperty("tone", name.isEmpty() ? QVariant() : QVariant(name));
    // A dynamic property in a selector is read when the widget is polished.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

QColor toneColor(Tone tone)
{
    const bool dark = g_theme == Theme::Dark;
    switch (tone) {
    case Tone::ErrorText:
    case Tone::ErrorBanner: return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc6, 0x28, 0x28);
    case Tone::WarningText:
    case Tone::WarningBanner: return dark ? QColor(0xf6, 0xc3, 0x4f) : QColor(0xa3, 0x5a, 0x00);
    case Tone::OkText: return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x2e, 0x7d, 0x32);
    case Tone::InfoBanner: return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x15, 0x65, 0xc0);
    case Tone::MutedText: return dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x6b, 0x72, 0x80);
    case Tone::None: break;
    }
    return QApplication::palette().color(QPalette::WindowText);
}

QString toneColorName(Tone tone)
{
    return toneColor(tone).name();
}

Theme themeFromName(const QString &name)
{
    return name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0 ? Theme::Dark : Theme::Light;
}

QString themeName(Theme theme)
{
    return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

void applyTheme(Theme theme)
{
    g_theme = theme;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QPalette p;
    if (theme == Theme::Dark) {
        const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5), accent(0x4f, 0x8c, 0xf7);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x8f, 0x96));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Highlight, accent);
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        p.setColor(QPalette::Mid, QColor(0x8b, 0x8f, 0x96));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x6f, 0x76));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x6f, 0x76));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x6f, 0x76));
    } else {
        p = QApplication::style()->standardPalette();
        p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
        p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
        p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf4, 0xf6));
    }
    QApplication::setPalette(p);
    QFile qss(QStringLiteral(":/themes/%1.qss").arg(themeName(theme)));
    QString sheet;
    if (qss.open(QIODevice::ReadOnly))
        sheet = QString::fromUtf8(qss.readAll());
    qApp->setStyleSheet(sheet);
}

} // namespace Studio::App
