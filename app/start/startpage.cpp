// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/start/startpage.h"

#include "app/mainwindow/theme.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Studio::App {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("<h2>Plugin Studio</h2>"), this);
    auto *subtitle = new QLabel(tr("Author, validate, package, run and install Dify plugins."), this);
    setTone(subtitle, Tone::MutedText);

    auto *newPlugin = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("New Plugin..."), this);
    newPlugin->setObjectName(QStringLiteral("startNewPlugin"));
    auto *openFolder = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open Folder..."), this);
    openFolder->setObjectName(QStringLiteral("startOpenFolder"));
    auto *openPackage = new QPushButton(tr("Open Package..."), this);
    openPackage->setObjectName(QStringLiteral("startOpenPackage"));
    auto *openWorkspace = new QPushButton(tr("Open Workspace..."), this);
    openWorkspace->setObjectName(QStringLiteral("startOpenWorkspace"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {newPlugin, openFolder, openPackage, openWorkspace})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_folders = makeList(QStringLiteral("recentFolders"));
    m_packages = makeList(QStringLiteral("recentPackages"));
    m_workspaces = makeList(QStringLiteral("recentWorkspaces"));
    auto *grid = new QGridLayout;
    const QList<QPair<QString, QListWidget *>> columns{{tr("Recent plugin folders"), m_folders},
                                                        {tr("Recent packages"), m_packages},
                                                        {tr("Workspaces"), m_workspaces}};
    for (int i = 0; i < columns.size(); ++i) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(columns.at(i).first.toHtmlEscaped()), this);
        grid->addWidget(heading, 0, i);
        grid->addWidget(columns.at(i).second, 1, i);
        grid->setColumnStretch(i, 1);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addLayout(grid, 1);

    connect(newPlugin, &QPushButton::clicked, this, &StartPage::newPluginRequested);
    connect(openFolder, &QPushButton::clicked, this, &StartPage::openFolderRequested);
    connect(openPackage, &QPushButton::clicked, this, &StartPage::openPackageRequested);
    connect(openWorkspace, &QPushButton::clicked, this, &StartPage::openWorkspaceFolderRequested);
    for (QListWidget *list : {m_folders, m_packages}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            const QString path = item->data(kPathRole).toString();
            if (!path.isEmpty())
                emit pathActivated(path);
        });
    }
    connect(m_workspaces, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(kPathRole).toString();
        if (!path.isEmpty())
            emit workspaceActivated(path);
    });
}

QListWidget *StartPage::makeList(const QString &objectName)
{
    auto *list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setWordWrap(false);
    list->setTextElideMode(Qt::ElideMiddle);
    list->setUniformItemSizes(true);
    return list;
}

void StartPage::fill(QListWidget *list, const QStringList &paths, const QString &emptyText, const QString &current)
{
    list->clear();
    for (const QString &path : paths) {
        const QFileInfo fi(path);
        const bool here = !current.isEmpty() && QDir::cleanPath(path) == QDir::cleanPath(current);
        QString text = fi.fileName().isEmpty() ? path : fi.fileName();
        if (here)
            text = tr("%1 (this window)").arg(text);
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(text, QDir::toNativeSeparators(path)), list);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!fi.exists()) {
            item->setText(tr("%1 (not found)\n%2").arg(text, QDir::toNativeSeparators(path)));
            item->setForeground(toneColor(Tone::MutedText));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        } else if (!here) {
            item->setData(kPathRole, path);
        }
    }
    if (list->count() == 0) {
        auto *item = new QListWidgetItem(emptyText, list);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::setEntries(const QStringList &recent, const QStringList &workspaces, const QString &currentWorkspace)
{
    QStringList folders, packages;
    for (const QString &p : recent)
        (p.endsWith(QLatin1String(".difypkg"), Qt::CaseInsensitive) || p.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
             ? packages
             : folders)
            << p;
    fill(m_folders, folders, tr("No plugin folder yet: create one with New Plugin or open one."));
    fill(m_packages, packages, tr("No package yet: Open Package shows a .difypkg's files, signature and identifier."));
    QStringList all = workspaces;
    if (!currentWorkspace.isEmpty() && !all.contains(currentWorkspace))
        all.prepend(currentWorkspace);
    fill(m_workspaces, all, tr("No workspace yet."), currentWorkspace);
}

} // namespace Studio::App
