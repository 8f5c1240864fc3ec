// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything a studio needs to run ONE local plugin with working reverse calls: the LocalPlugin,
// a SQLite storage file, the loopback file store and a DefaultReverseHandler wired together.
// Used by `plugin-studio-cli run/invoke`; the GUI can use it the same way.

#include "core/runtime/filestore.h"
#include "core/runtime/localplugin.h"
#include "core/runtime/reverse.h"
#include "core/runtime/storage.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace Studio::Runtime {

struct PluginHostOptions
{
    QString workspaceDir;        // storage.db lives here; empty: a temporary folder
    LocalPluginOptions plugin;
    DifyInstanceConfig dify;
    DifyInnerApiConfig difyInner;  // workflow-node/summary calls go to Dify when set
    SystemModelConfig systemModel; // else system_summary runs locally on this model
};

class PluginHost : public QObject
{
    Q_OBJECT
public:
    explicit PluginHost(QObject *parent = nullptr);
    ~PluginHost() override;

    // Loads the declaration, opens the storage and the file store. Does not start the plugin.
    VoidResult open(const QString &pluginDir, const PluginHostOptions &options);

    LocalPlugin *plugin() const { return m_plugin; }
    SqliteStorage *storage() const { return m_storage.get(); }
    FileStore *fileStore() const { return m_files; }
    DefaultReverseHandler *reverseHandler() const { return m_handler; }
    QString storagePath() const;

    // Runs one call to the end in a local event loop (CLI and tests). `onChunk` sees each chunk.
    Invocation *invokeAndWait(const InvokeRequest &request, const std::function<void(const QJsonObject &)> &onChunk = {});

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<SqliteStorage> m_storage;
    FileStore *m_files = nullptr;
    DefaultReverseHandler *m_handler = nullptr;
    LocalPlugin *m_plugin = nullptr;
};

} // namespace Studio::Runtime
