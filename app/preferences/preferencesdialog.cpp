// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preferences/preferencesdialog.h"

#include "app/mainwindow/theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Studio::App {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_list->setObjectName(QStringLiteral("preferencesPages"));
    m_list->setMaximumWidth(180);
    m_list->setMinimumWidth(130);
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setWordWrap(true);
    setTone(m_error, Tone::ErrorText);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list);
    row->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::applyAll);
    resize(760, 560);
}

void PreferencesDialog::addPage(const QString &id, const QString &title, PreferencesPage *page, std::function<void()> applied)
{
    if (!page)
        return;
    page->setObjectName(page->objectName().isEmpty() ? id + QStringLiteral("Page") : page->objectName());
    // Pages scroll in the dialog rather than making it taller than a small screen.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_list->addItem(title);
    m_entries.append({id, title, page, std::move(applied)});
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

bool PreferencesDialog::showPage(const QString &id)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString PreferencesDialog::currentPageId() const
{
    const int i = m_list->currentRow();
    return i >= 0 && i < m_entries.size() ? m_entries.at(i).id : QString();
}

QStringList PreferencesDialog::pageIds() const
{
    QStringList ids;
    for (const Entry &e : m_entries)
        ids << e.id;
    return ids;
}

QString PreferencesDialog::pageTitle(const QString &id) const
{
    for (const Entry &e : m_entries)
        if (e.id == id)
            return e.title;
    return {};
}

PreferencesPage *PreferencesDialog::page(const QString &id) const
{
    for (const Entry &e : m_entries)
        if (e.id == id)
            return e.page;
    return nullptr;
}

bool PreferencesDialog::applyAll()
{
    m_error->hide();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        QString error;
        if (!e.page->apply(&error)) {
            m_list->setCurrentRow(i);
            m_error->setText(tr("%1: %2").arg(e.title, error));
            m_error->show();
            return false;
        }
        if (e.applied)
            e.applied();
    }
    return true;
}

void PreferencesDialog::accept()
{
    if (applyAll())
        QDialog::accept();
}

} // namespace Studio::App
