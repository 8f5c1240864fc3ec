// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/code/codeeditor.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexermarkdown.h>
#include <Qsci/qscilexerproperties.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexeryaml.h>

#include <QCheckBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QToolButton>

namespace Studio::App {

namespace {
constexpr int kMarginNumbers = 0;
constexpr int kMarginMarkers = 1;
constexpr int kMarginFold = 2;
constexpr int kMarkerError = 1;
constexpr int kMarkerWarning = 2;
constexpr int kAnnotationError = 200;   // annotation styles beyond the lexer's range
constexpr int kAnnotationWarning = 201;
} // namespace

CodeEditor::CodeEditor(QWidget *parent) : QsciScintilla(parent)
{
    setUtf8(true);
    setEolMode(EolUnix);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setAutoIndent(true);
    setIndentationGuides(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setMarginType(kMarginNumbers, NumberMargin);
    setMarginLineNumbers(kMarginNumbers, true);
    setMarginWidth(kMarginNumbers, QStringLiteral("00000"));
    setMarginType(kMarginMarkers, SymbolMargin);
    setMarginWidth(kMarginMarkers, 14);
    setMarginSensitivity(kMarginMarkers, false);
    setFolding(BoxedTreeFoldStyle, kMarginFold);
    markerDefine(Circle, kMarkerError);
    markerDefine(Circle, kMarkerWarning);
    setMarginMarkerMask(kMarginMarkers, (1 << kMarkerError) | (1 << kMarkerWarning));
    setAnnotationDisplay(AnnotationBoxed);
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(m_font);
    applySettings(EditorSettings::load());
}

EditorSettings EditorSettings::load()
{
    QSettings s;
    EditorSettings e;
    e.font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString family = s.value(QStringLiteral("editor/fontFamily")).toString();
    if (!family.isEmpty())
        e.font.setFamily(family);
    const int size = s.value(QStringLiteral("editor/fontSize"), 0).toInt();
    if (size >= 6 && size <= 72)
        e.font.setPointSize(size);
    e.tabWidth = qBound(1, s.value(QStringLiteral("editor/tabWidth"), 4).toInt(), 16);
    e.wrapLines = s.value(QStringLiteral("editor/wrapLines"), false).toBool();
    e.showWhitespace = s.value(QStringLiteral("editor/showWhitespace"), false).toBool();
    return e;
}

void EditorSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("editor/fontFamily"), font.family());
    s.setValue(QStringLiteral("editor/fontSize"), font.pointSize());
    s.setValue(QStringLiteral("editor/tabWidth"), tabWidth);
    s.setValue(QStringLiteral("editor/wrapLines"), wrapLines);
    s.setValue(QStringLiteral("editor/showWhitespace"), showWhitespace);
}

void CodeEditor::applySettings(const EditorSettings &settings)
{
    m_font = settings.font;
    setTabWidth(settings.tabWidth);
    setWrapMode(settings.wrapLines ? WrapWord : WrapNone);
    setWhitespaceVisibility(settings.showWhitespace ? WsVisible : WsInvisible);
    setMarginWidth(0, QFontMetrics(m_font).horizontalAdvance(QStringLiteral("000000")));
    applyColours();
}

void CodeEditor::setFileName(const QString &fileName)
{
    const QString base = QFileInfo(fileName).fileName().toLower();
    const QString suffix = QFileInfo(base).suffix();
    QsciLexer *lexer = nullptr;
    QString name;
    if (suffix == QLatin1String("py") || suffix == QLatin1String("pyi")) {
        lexer = new QsciLexerPython(this);
        name = QStringLiteral("python");
    } else if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")) {
        lexer = new QsciLexerYAML(this);
        name = QStringLiteral("yaml");
    } else if (suffix == QLatin1String("json")) {
        lexer = new QsciLexerJSON(this);
        name = QStringLiteral("json");
    } else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        lexer = new QsciLexerMarkdown(this);
        name = QStringLiteral("markdown");
    } else if (base == QLatin1String(".env") || base.startsWith(QLatin1String(".env.")) || suffix == QLatin1String("env")
               || suffix == QLatin1String("toml") || suffix == QLatin1String("ini") || base == QLatin1String(".difyignore")
               || base == QLatin1String(".gitignore")) {
        lexer = new QsciLexerProperties(this);
        name = QStringLiteral("properties");
    }
    QsciLexer *old = m_lexer;
    m_lexer = lexer;
    m_lexerName = name;
    setLexer(lexer);
    delete old;
    applyColours();
}

QString CodeEditor::lexerName() const
{
    return m_lexerName;
}

void CodeEditor::setDarkTheme(bool dark)
{
    m_dark = dark;
    applyColours();
}

void CodeEditor::applyColours()
{
    const QColor paper = m_dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white);
    const QColor ink = m_dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x1f, 0x23, 0x28);
    const QFont font = m_font;
    if (m_lexer) {
        m_lexer->setDefaultPaper(paper);
        m_lexer->setDefaultColor(ink);
        m_lexer->setPaper(paper, -1);
        m_lexer->setFont(font, -1);
        if (m_dark) {
            // Lift the lexer's dark default colours (meant for white paper) to readable ones.
            for (int style = 0; style < 128; ++style) {
                if (m_lexer->description(style).isEmpty())
                    continue;
                QColor c = m_lexer->color(style);
                if (c.lightness() < 150)
                    c = c.hslSaturation() < 40 ? ink : QColor::fromHsl(c.hslHue(), qMin(255, c.hslSaturation()), 175);
                m_lexer->setColor(c, style);
            }
        }
    } else {
        setPaper(paper);
        setColor(ink);
        setFont(font);
    }
    setCaretForegroundColor(ink);
    setCaretLineBackgroundColor(m_dark ? QColor(0x2a, 0x2d, 0x32) : QColor(0xf1, 0xf5, 0xff));
    setMarginsBackgroundColor(m_dark ? QColor(0x25, 0x26, 0x29) : QColor(0xf3, 0xf4, 0xf6));
    setMarginsForegroundColor(m_dark ? QColor(0x85, 0x88, 0x8e) : QColor(0x6b, 0x72, 0x80));
    setFoldMarginColors(m_dark ? QColor(0x25, 0x26, 0x29) : QColor(0xf3, 0xf4, 0xf6),
                        m_dark ? QColor(0x25, 0x26, 0x29) : QColor(0xf3, 0xf4, 0xf6));
    setSelectionBackgroundColor(m_dark ? QColor(0x26, 0x4f, 0x78) : QColor(0xbf, 0xdb, 0xfe));
    setMarkerBackgroundColor(QColor(0xdc, 0x26, 0x26), kMarkerError);
    setMarkerForegroundColor(QColor(0xdc, 0x26, 0x26), kMarkerError);
    setMarkerBackgroundColor(QColor(0xd9, 0x77, 0x06), kMarkerWarning);
    setMarkerForegroundColor(QColor(0xd9, 0x77, 0x06), kMarkerWarning);
    SendScintilla(SCI_STYLESETBACK, kAnnotationError, m_dark ? QColor(0x4a, 0x1d, 0x1d) : QColor(0xfe, 0xe2, 0xe2));
    SendScintilla(SCI_STYLESETFORE, kAnnotationError, m_dark ? QColor(0xfc, 0xa5, 0xa5) : QColor(0x99, 0x1b, 0x1b));
    SendScintilla(SCI_STYLESETBACK, kAnnotationWarning, m_dark ? QColor(0x45, 0x35, 0x10) : QColor(0xfe, 0xf3, 0xc7));
    SendScintilla(SCI_STYLESETFORE, kAnnotationWarning, m_dark ? QColor(0xfc, 0xd3, 0x4d) : QColor(0x92, 0x40, 0x0e));
    if (!m_diagnostics.isEmpty())
        setDiagnostics(QList<Diagnostic>(m_diagnostics));
}

void CodeEditor::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    markerDeleteAll(kMarkerError);
    markerDeleteAll(kMarkerWarning);
    clearAnnotations();
    QMap<int, QStringList> texts;
    QMap<int, bool> hasError;
    for (const Diagnostic &d : diagnostics) {
        const int line = qMax(0, d.line - 1);
        if (line >= lines())
            continue;
        texts[line] << QStringLiteral("%1 [%2]").arg(d.message, d.code);
        if (d.severity == Severity::Error)
            hasError[line] = true;
        else
            hasError.insert(line, hasError.value(line, false));
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const bool error = hasError.value(it.key());
        markerAdd(it.key(), error ? kMarkerError : kMarkerWarning);
        annotate(it.key(), it.value().join(QLatin1Char('\n')), error ? kAnnotationError : kAnnotationWarning);
    }
}

QString CodeEditor::diagnosticTextAt(int line) const
{
    return annotation(line - 1);
}

void CodeEditor::goToLine(int line, int column)
{
    const int l = qBound(0, line - 1, qMax(0, lines() - 1));
    setCursorPosition(l, qMax(0, column - 1));
    ensureLineVisible(l);
    setFocus();
}

int CodeEditor::currentLine() const
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    return line + 1;
}

bool CodeEditor::findText(const QString &text, bool regex, bool caseSensitive, bool forward)
{
    if (text.isEmpty())
        return false;
    int line = 0, index = 0;
    if (!forward && hasSelectedText()) {
        int l2 = 0, i2 = 0;
        getSelection(&line, &index, &l2, &i2);
    } else {
        getCursorPosition(&line, &index);
    }
    return findFirst(text, regex, caseSensitive, false, true, forward, line, index, true, false, regex);
}

int CodeEditor::replaceAll(const QString &text, const QString &replacement, bool regex, bool caseSensitive)
{
    if (text.isEmpty())
        return 0;
    QString content = this->text();
    int count = 0;
    if (regex) {
        QRegularExpression re(text, caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid())
            return 0;
        count = int(content.count(re));
        content.replace(re, replacement);
    } else {
        count = int(content.count(text, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive));
        content.replace(text, replacement, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    }
    if (count > 0) {
        int line = 0, index = 0;
        getCursorPosition(&line, &index);
        beginUndoAction();
        selectAll();
        replaceSelectedText(content);
        endUndoAction();
        setCursorPosition(qMin(line, lines() - 1), 0);
    }
    return count;
}

FindBar::FindBar(CodeEditor *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_regex = new QCheckBox(tr("Regex"), this);
    m_case = new QCheckBox(tr("Match case"), this);
    auto *prev = new QToolButton(this);
    prev->setText(tr("Previous"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    auto *replaceOne = new QToolButton(this);
    replaceOne->setText(tr("Replace"));
    auto *replaceAllButton = new QToolButton(this);
    replaceAllButton->setText(tr("Replace all"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close (Esc)"));
    m_status = new QLabel(this);
    layout->addWidget(m_find, 2);
    layout->addWidget(prev);
    layout->addWidget(next);
    layout->addWidget(m_replace, 2);
    layout->addWidget(replaceOne);
    layout->addWidget(replaceAllButton);
    layout->addWidget(m_regex);
    layout->addWidget(m_case);
    layout->addWidget(m_status, 1);
    layout->addWidget(close);
    m_replaceWidgets = {m_replace, replaceOne, replaceAllButton};
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(prev, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(replaceOne, &QToolButton::clicked, this, [this] {
        if (m_editor->hasSelectedText())
            m_editor->replace(m_replace->text());
        findNext();
    });
    connect(replaceAllButton, &QToolButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindBar::setReplaceVisible(bool visible)
{
    for (QWidget *w : std::as_const(m_replaceWidgets))
        w->setVisible(visible);
}

void FindBar::showFind()
{
    setReplaceVisible(false);
    show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

bool FindBar::findNext()
{
    const bool ok = m_editor->findText(m_find->text(), m_regex->isChecked(), m_case->isChecked(), true);
    m_status->setText(ok ? QString() : tr("No match"));
    return ok;
}

bool FindBar::findPrevious()
{
    const bool ok = m_editor->findText(m_find->text(), m_regex->isChecked(), m_case->isChecked(), false);
    m_status->setText(ok ? QString() : tr("No match"));
    return ok;
}

int FindBar::replaceAll()
{
    const int n = m_editor->replaceAll(m_find->text(), m_replace->text(), m_regex->isChecked(), m_case->isChecked());
    m_status->setText(tr("%n replaced", nullptr, n));
    return n;
}

} // namespace Studio::App
