// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/diagnostic.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QUndoStack;
class QSplitter;

namespace Studio::App {

class CodeEditor;
class FindBar;
class FormEditor;

// One open file: the code editor, its find bar, and for manifest/declaration YAML a form beside
// the text. Undo/redo of text edits and form edits share one QUndoStack whose commands hold text
// snapshots (typing is grouped into a snapshot after a short pause).
class EditorPage : public QWidget
{
    Q_OBJECT
public:
    EditorPage(const QString &absPath, const QString &relPath, QWidget *parent = nullptr);
    ~EditorPage() override;

    bool load(QString *error = nullptr); // reads the file; false + error on failure
    bool save(QString *error = nullptr); // writes atomically (QSaveFile)
    bool reloadFromDisk(QString *error = nullptr);

    QString absolutePath() const { return m_absPath; }
    QString relativePath() const { return m_relPath; }
    void setRelativePath(const QString &rel) { m_relPath = rel; }
    QString text() const;
    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // Replaces the whole text as one undoable step named `description` (used by the form).
    void applyEdit(const QString &newText, const QString &description);
    // Records pending typing (in the text, or in a form field) as an undo step now (normally done
    // after a pause, or when the field loses the focus).
    void flushTyping();
    bool hasPendingTyping() const;

    CodeEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    FormEditor *formEditor() const { return m_form; }
    QUndoStack *undoStack() const { return m_undo; }

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    void setDarkTheme(bool dark);
    // The time the file was last read or written by us (external-change detection).
    QDateTime knownModificationTime() const { return m_knownMTime; }

    // Sets the text without recording (undo commands call this).
    void setTextSilently(const QString &text);

signals:
    void modificationChanged(bool modified);
    void textEdited(); // any change of the text (typing, form, undo)
    void typingChanged(); // hasPendingTyping() may have changed (typing in the text or a form field)

private:
    void handleTextChanged();
    QString m_absPath;
    QString m_relPath;
    CodeEditor *m_editor = nullptr;
    FindBar *m_findBar = nullptr;
    FormEditor *m_form = nullptr;
    QSplitter *m_splitter = nullptr;
    QUndoStack *m_undo = nullptr;
    QString m_savedText;
    QString m_snapshot; // text at the last undo step
    QTimer m_typingTimer;
    bool m_applying = false;
    bool m_lastModified = false;
    bool m_readOnly = false;
    QDateTime m_knownMTime;
};

} // namespace Studio::App
