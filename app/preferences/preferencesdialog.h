// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edit > Preferences (Ctrl+, — QKeySequence::Preferences): one dialog with a list of pages on the
// left (General, Editor, Python, Workspace, Appearance; parts of the studio may add more through
// MainWindow::addPreferencesPage). OK and Apply write every page (a page that cannot be written says
// why and stays shown); Cancel leaves everything as it was.

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Studio::App {

// One page: shows the current values when made, writes them in apply().
class PreferencesPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Writes the page; false with a reason in *error when a value is not acceptable.
    virtual bool apply(QString *error) = 0;
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Adds a page; `applied` runs after it was written (to hand new values to running services).
    void addPage(const QString &id, const QString &title, PreferencesPage *page, std::function<void()> applied = {});
    bool showPage(const QString &id); // false when there is no such page
    QString currentPageId() const;
    QStringList pageIds() const;
    QString pageTitle(const QString &id) const;
    PreferencesPage *page(const QString &id) const;
    template<typename T>
    T *page() const
    {
        for (const Entry &e : m_entries)
            if (auto *p = qobject_cast<T *>(e.page))
                return p;
        return nullptr;
    }
    QListWidget *pageList() const { return m_list; }

    // Writes every page; false (and the failing page shown with its reason) when one refuses.
    bool applyAll();
    void accept() override;

private:
    struct Entry
    {
        QString id, title;
        PreferencesPage *page = nullptr;
        std::function<void()> applied;
    };
    QList<Entry> m_entries;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Studio::App
