// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The --workspace and --marketplace options every workspace command takes, and how they open
// the workspace (the key where the workspace recorded it, as the studio does).

#include "core/workspace/keychain.h"
#include "core/workspace/workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QUrl>

namespace Studio::Cli {

struct WorkspaceCliOptions
{
    QCommandLineOption workspace{QStringLiteral("workspace"),
                                 QStringLiteral("Workspace data folder (default: the studio's own)."), QStringLiteral("DIR")};
    QCommandLineOption marketplace;

    explicit WorkspaceCliOptions(const QString &marketplaceHelp = QStringLiteral("Marketplace base URL (default: the workspace setting)."))
        : marketplace(QStringLiteral("marketplace"), marketplaceHelp, QStringLiteral("URL"))
    {}

    QString dataDir(const QCommandLineParser &parser) const
    {
        return parser.isSet(workspace) ? parser.value(workspace) : Workspace::WorkspaceStore::defaultDataDir();
    }
    Result<std::unique_ptr<Workspace::WorkspaceStore>> open(const QCommandLineParser &parser) const
    {
        return Workspace::openWorkspace(dataDir(parser));
    }
    QUrl marketplaceUrl(const QCommandLineParser &parser, const Workspace::WorkspaceStore &ws) const
    {
        return QUrl(parser.isSet(marketplace) ? parser.value(marketplace) : ws.marketplaceUrl());
    }
};

} // namespace Studio::Cli
