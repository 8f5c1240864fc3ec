// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The studio's own Preferences pages: General (start, recent lists), Editor (font, tabs, wrapping),
// Appearance (theme, language). The Workspace page is app/workspace/workspacesettingspage.h, the
// Python page app/preferences/pythonpage.h.

#include "app/mainwindow/theme.h"
#include "app/preferences/preferencesdialog.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QRadioButton;
class QSpinBox;

namespace Studio::App {

// Keys of the user's settings the pages write (QSettings).
namespace PreferenceKeys {
inline constexpr char StartWith[] = "general/startWith"; // "startPage" (default) or "lastProject"
inline constexpr char RecentCount[] = "general/recentCount"; // 5..30, default 10
inline constexpr char Language[] = "ui/language"; // "" = the system's; en, zh_Hans, ja_JP
} // namespace PreferenceKeys

class GeneralPreferencesPage : public PreferencesPage
{
    Q_OBJECT
public:
    // `clearRecent` empties the recent folders, packages and workspaces (the window's lists).
    explicit GeneralPreferencesPage(std::function<void()> clearRecent, QWidget *parent = nullptr);
    bool apply(QString *error) override;
    QRadioButton *reopenLastBox() const { return m_reopenLast; }
    QSpinBox *recentCountBox() const { return m_recentCount; }

private:
    QRadioButton *m_startPage;
    QRadioButton *m_reopenLast;
    QSpinBox *m_recentCount;
};

class EditorPreferencesPage : public PreferencesPage
{
    Q_OBJECT
public:
    explicit EditorPreferencesPage(QWidget *parent = nullptr);
    bool apply(QString *error) override;
    QFontComboBox *fontBox() const { return m_font; }
    QSpinBox *fontSizeBox() const { return m_size; }
    QSpinBox *tabWidthBox() const { return m_tabWidth; }
    QCheckBox *wrapBox() const { return m_wrap; }
    QCheckBox *whitespaceBox() const { return m_whitespace; }

private:
    QFontComboBox *m_font;
    QSpinBox *m_size;
    QSpinBox *m_tabWidth;
    QCheckBox *m_wrap;
    QCheckBox *m_whitespace;
};

class AppearancePreferencesPage : public PreferencesPage
{
    Q_OBJECT
public:
    // `setTheme` switches the running window's theme.
    AppearancePreferencesPage(Theme current, std::function<void(Theme)> setTheme, QWidget *parent = nullptr);
    bool apply(QString *error) override;
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_theme;
    QComboBox *m_language;
    std::function<void(Theme)> m_setTheme;
};

} // namespace Studio::App
