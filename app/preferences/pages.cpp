// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preferences/pages.h"

#include "app/editors/code/codeeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Studio::App {

GeneralPreferencesPage::GeneralPreferencesPage(std::function<void()> clearRecent, QWidget *parent) : PreferencesPage(parent)
{
    QSettings s;
    auto *layout = new QVBoxLayout(this);
    auto *start = new QGroupBox(tr("When the studio starts"), this);
    auto *sl = new QVBoxLayout(start);
    m_startPage = new QRadioButton(tr("Show the start page (recent plugin folders, packages and workspaces)"), start);
    m_startPage->setObjectName(QStringLiteral("startWithStartPage"));
    m_reopenLast = new QRadioButton(tr("Reopen the plugin folder I had open"), start);
    m_reopenLast->setObjectName(QStringLiteral("startWithLastProject"));
    sl->addWidget(m_startPage);
    sl->addWidget(m_reopenLast);
    (s.value(QLatin1String(PreferenceKeys::StartWith)).toString() == QLatin1String("lastProject") ? m_reopenLast : m_startPage)
        ->setChecked(true);
    layout->addWidget(start);

    auto *recent = new QGroupBox(tr("Recent lists"), this);
    auto *rl = new QFormLayout(recent);
    m_recentCount = new QSpinBox(recent);
    m_recentCount->setObjectName(QStringLiteral("recentCount"));
    m_recentCount->setRange(5, 30);
    m_recentCount->setValue(qBound(5, s.value(QLatin1String(PreferenceKeys::RecentCount), 10).toInt(), 30));
    rl->addRow(tr("Entries kept"), m_recentCount);
    auto *clear = new QPushButton(tr("Clear Recent Lists"), recent);
    clear->setObjectName(QStringLiteral("clearRecent"));
    auto *cleared = new QLabel(recent);
    setTone(cleared, Tone::MutedText);
    connect(clear, &QPushButton::clicked, this, [clearRecent, cleared] {
        if (clearRecent)
            clearRecent();
        cleared->setText(tr("Cleared."));
    });
    rl->addRow(clear, cleared);
    layout->addWidget(recent);
    layout->addStretch(1);
}

bool GeneralPreferencesPage::apply(QString *)
{
    QSettings s;
    s.setValue(QLatin1String(PreferenceKeys::StartWith),
               m_reopenLast->isChecked() ? QStringLiteral("lastProject") : QStringLiteral("startPage"));
    s.setValue(QLatin1String(PreferenceKeys::RecentCount), m_recentCount->value());
    return true;
}

EditorPreferencesPage::EditorPreferencesPage(QWidget *parent) : PreferencesPage(parent)
{
    const EditorSettings e = EditorSettings::load();
    auto *form = new QFormLayout(this);
    m_font = new QFontComboBox(this);
    m_font->setObjectName(QStringLiteral("editorFont"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(e.font);
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("editorFontSize"));
    m_size->setRange(6, 72);
    m_size->setValue(qBound(6, e.font.pointSize() > 0 ? e.font.pointSize() : 10, 72));
    m_size->setSuffix(tr(" pt"));
    m_tabWidth = new QSpinBox(this);
    m_tabWidth->setObjectName(QStringLiteral("editorTabWidth"));
    m_tabWidth->setRange(1, 16);
    m_tabWidth->setValue(e.tabWidth);
    m_wrap = new QCheckBox(tr("Wrap long lines"), this);
    m_wrap->setObjectName(QStringLiteral("editorWrap"));
    m_wrap->setChecked(e.wrapLines);
    m_whitespace = new QCheckBox(tr("Show spaces and tabs"), this);
    m_whitespace->setObjectName(QStringLiteral("editorWhitespace"));
    m_whitespace->setChecked(e.showWhitespace);
    form->addRow(tr("Font"), m_font);
    form->addRow(tr("Size"), m_size);
    form->addRow(tr("Tab width"), m_tabWidth);
    form->addRow(QString(), m_wrap);
    form->addRow(QString(), m_whitespace);
    auto *note = new QLabel(tr("Indentation always uses spaces (YAML does not allow tabs)."), this);
    note->setWordWrap(true);
    setTone(note, Tone::MutedText);
    form->addRow(note);
}

bool EditorPreferencesPage::apply(QString *)
{
    EditorSettings e;
    e.font = m_font->currentFont();
    e.font.setPointSize(m_size->value());
    e.tabWidth = m_tabWidth->value();
    e.wrapLines = m_wrap->isChecked();
    e.showWhitespace = m_whitespace->isChecked();
    e.save();
    return true;
}

AppearancePreferencesPage::AppearancePreferencesPage(Theme current, std::function<void(Theme)> setTheme, QWidget *parent)
    : PreferencesPage(parent), m_theme(new QComboBox(this)), m_language(new QComboBox(this)), m_setTheme(std::move(setTheme))
{
    auto *form = new QFormLayout(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Light"), themeName(Theme::Light));
    m_theme->addItem(tr("Dark"), themeName(Theme::Dark));
    m_theme->setCurrentIndex(current == Theme::Dark ? 1 : 0);
    form->addRow(tr("Theme"), m_theme);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_Hans"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja_JP"));
    const int lang = m_language->findData(QSettings().value(QLatin1String(PreferenceKeys::Language)).toString());
    m_language->setCurrentIndex(qMax(0, lang));
    form->addRow(tr("Language"), m_language);
    auto *note = new QLabel(tr("A new language is used from the next start. STUDIO_LANG and --lang take precedence."), this);
    note->setWordWrap(true);
    setTone(note, Tone::MutedText);
    form->addRow(note);
}

bool AppearancePreferencesPage::apply(QString *)
{
    QSettings().setValue(QLatin1String(PreferenceKeys::Language), m_language->currentData().toString());
    if (m_setTheme)
        m_setTheme(themeFromName(m_theme->currentData().toString()));
    return true;
}

} // namespace Studio::App
