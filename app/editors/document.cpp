// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/document.h"

#include "app/editors/code/codeeditor.h"
#include "app/editors/form/formeditor.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSplitter>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Studio::App {

namespace {

class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(EditorPage *page, QString before, QString after, bool applied, const QString &text)
        : QUndoCommand(text), m_page(page), m_before(std::move(before)), m_after(std::move(after)), m_skipFirstRedo(applied)
    {}
    void redo() override
    {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        m_page->setTextSilently(m_after);
    }
    void undo() override { m_page->setTextSilently(m_before); }

private:
    EditorPage *m_page;
    QString m_before, m_after;
    bool m_skipFirstRedo;
};

} // namespace

EditorPage::EditorPage(const QString &absPath, const QString &relPath, QWidget *parent)
    : QWidget(parent), m_absPath(absPath), m_relPath(relPath)
{
    m_undo = new QUndoStack(this);
    m_editor = new CodeEditor(this);
    m_editor->setFileName(absPath);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETUNDOCOLLECTION, 0UL);
    // Undo/redo go through the shared QUndoStack (the window's Ctrl+Z / Ctrl+Shift+Z), not Scintilla's.
    for (int key : {int('Z'), int('Y')}) {
        m_editor->SendScintilla(QsciScintillaBase::SCI_CLEARCMDKEY, key + (QsciScintillaBase::SCMOD_CTRL << 16));
        m_editor->SendScintilla(QsciScintillaBase::SCI_CLEARCMDKEY,
                                key + ((QsciScintillaBase::SCMOD_CTRL | QsciScintillaBase::SCMOD_SHIFT) << 16));
    }
    m_findBar = new FindBar(m_editor, this);

    auto *textPane = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(0);
    textLayout->addWidget(m_editor, 1);
    textLayout->addWidget(m_findBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const FormKind kind = formKindForPath(relPath);
    if (kind != FormKind::None) {
        m_splitter = new QSplitter(Qt::Horizontal, this);
        m_form = new FormEditor(kind, this);
        QString root = absPath;
        root.chop(relPath.size());
        m_form->setPluginRoot(root);
        connect(m_form, &FormEditor::editRequested, this, &EditorPage::applyEdit);
        connect(m_form, &FormEditor::fieldTyped, this, &EditorPage::typingChanged);
        m_splitter->addWidget(m_form);
        m_splitter->addWidget(textPane);
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 1);
        layout->addWidget(m_splitter);
    } else {
        layout->addWidget(textPane);
    }

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(400);
    connect(&m_typingTimer, &QTimer::timeout, this, &EditorPage::flushTyping);
    connect(m_editor, &QsciScintilla::textChanged, this, &EditorPage::handleTextChanged);
}

EditorPage::~EditorPage() = default;

bool EditorPage::load(QString *error)
{
    QFile f(m_absPath);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(m_absPath, f.errorString());
        return false;
    }
    const QByteArray data = f.readAll();
    if (data.contains('\0')) {
        if (error)
            *error = tr("%1 is a binary file; it cannot be edited as text.").arg(m_relPath);
        return false;
    }
    m_savedText = QString::fromUtf8(data);
    m_knownMTime = QFileInfo(m_absPath).lastModified();
    m_undo->clear();
    setTextSilently(m_savedText);
    m_snapshot = m_savedText;
    m_editor->setModified(false);
    handleTextChanged();
    return true;
}

bool EditorPage::reloadFromDisk(QString *error)
{
    return load(error);
}

bool EditorPage::save(QString *error)
{
    flushTyping();
    const QString content = text();
    QSaveFile f(m_absPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(content.toUtf8()) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2. Your changes are still in the editor.").arg(m_absPath, f.errorString());
        return false;
    }
    m_savedText = content;
    m_knownMTime = QFileInfo(m_absPath).lastModified();
    m_undo->setClean();
    handleTextChanged();
    return true;
}

QString EditorPage::text() const
{
    return m_editor->text();
}

bool EditorPage::isModified() const
{
    return m_editor->text() != m_savedText;
}

void EditorPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    if (m_form)
        m_form->setEnabled(!readOnly);
}

void EditorPage::setTextSilently(const QString &text)
{
    m_applying = true;
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    const int first = m_editor->firstVisibleLine();
    m_editor->setText(text);
    m_editor->setCursorPosition(qMin(line, qMax(0, m_editor->lines() - 1)), index);
    m_editor->setFirstVisibleLine(first);
    m_snapshot = text;
    m_applying = false;
    handleTextChanged();
}

void EditorPage::applyEdit(const QString &newText, const QString &description)
{
    flushTyping();
    if (newText == text())
        return;
    m_undo->push(new SnapshotCommand(this, text(), newText, false, description));
}

bool EditorPage::hasPendingTyping() const
{
    return text() != m_snapshot || (m_form && m_form->hasPendingEdit());
}

void EditorPage::flushTyping()
{
    if (m_form)
        m_form->commitPendingEdit(); // an edit of its own (one undo step), through applyEdit()
    m_typingTimer.stop();
    const QString now = text();
    if (now == m_snapshot)
        return;
    const QString before = m_snapshot;
    m_snapshot = now;
    m_undo->push(new SnapshotCommand(this, before, now, true, tr("Typing")));
}

void EditorPage::handleTextChanged()
{
    if (!m_applying && text() != m_snapshot)
        m_typingTimer.start();
    if (m_form)
        m_form->setSourceText(text());
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modificationChanged(modified);
    }
    emit textEdited();
}

void EditorPage::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_editor->setDiagnostics(diagnostics);
}

void EditorPage::setDarkTheme(bool dark)
{
    m_editor->setDarkTheme(dark);
}

} // namespace Studio::App
