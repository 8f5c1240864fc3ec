// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/diagnostic.h"

#include <Qsci/qsciscintilla.h>

#include <QFont>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciLexer;

namespace Studio::App {

// Preferences > Editor: how every code editor shows text (kept in the user's settings).
struct EditorSettings
{
    QFont font;          // a fixed-width font; the system's by default
    int tabWidth = 4;    // columns; indentation uses spaces
    bool wrapLines = false;
    bool showWhitespace = false;
    static EditorSettings load();
    void save() const;
};

// QScintilla with the lexer chosen by file name (Python, YAML, JSON, Markdown, .env), line
// numbers, folding, the current line highlighted and diagnostics shown as markers + annotations.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    // Picks the lexer for `fileName` ("manifest.yaml", "main.py", ".env", ...).
    void setFileName(const QString &fileName);
    QString lexerName() const; // "python", "yaml", "json", "markdown", "properties", "" (plain)
    void setDarkTheme(bool dark);
    void applySettings(const EditorSettings &settings);

    // Shows diagnostics of this file (line 0 = first line); replaces the previous ones.
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    int diagnosticCount() const { return int(m_diagnostics.size()); }
    QString diagnosticTextAt(int line) const; // 1-based line, "" when none

    // 1-based line/column.
    void goToLine(int line, int column = 1);
    int currentLine() const; // 1-based

    // Search helpers used by the find bar; return false when nothing matched.
    bool findText(const QString &text, bool regex, bool caseSensitive, bool forward);
    int replaceAll(const QString &text, const QString &replacement, bool regex, bool caseSensitive);

private:
    void applyColours();
    QsciLexer *m_lexer = nullptr;
    QString m_lexerName;
    bool m_dark = false;
    QFont m_font;
    QList<Diagnostic> m_diagnostics;
};

// The find/replace bar under an editor (Ctrl+F / Ctrl+H).
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(CodeEditor *editor, QWidget *parent = nullptr);
    void showFind();
    void showReplace();
    bool findNext();
    bool findPrevious();
    int replaceAll();
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QCheckBox *regexBox() const { return m_regex; }
    QCheckBox *caseBox() const { return m_case; }

private:
    void setReplaceVisible(bool visible);
    CodeEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QLabel *m_status;
    QList<QWidget *> m_replaceWidgets;
};

} // namespace Studio::App
