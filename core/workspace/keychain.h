// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the workspace key lives (issue #7, install-and-marketplace.md §4.1): in the OS keychain
// through QtKeychain (Secret Service / KWallet on Linux) where one is reachable, else in the 0600
// file `workspace.key` of the data folder.
//
// The choice is recorded in the workspace itself (settings rows), so the GUI and the CLI always
// use the same key:
//   key_store              "keychain" | "file"
//   key_keychain_service   keychain service name ("Plugin Studio")
//   key_keychain_account   keychain account ("workspace-key:<workspace id>:<data folder>")
//   key_check              a sealed probe value, opened to prove a key is the right one
//
// One entry point for both: openKeyProvider() (or openWorkspace(), which also opens the store).
// A new workspace tries the keychain and falls back to the file, recording which; an existing one
// uses what is recorded. If the keychain is recorded but cannot be reached (CLI over SSH, no
// desktop session), reading the key fails with a message saying what to do.
//
// Synchronous by design: KeyProvider::workspaceKey() is called from the synchronous seal/unseal
// paths of WorkspaceStore, and the key is read once per process and then cached. A keychain job is
// asynchronous, so KeychainKeyProvider waits for it in a local QEventLoop (user input excluded)
// bounded by a timeout, and refuses re-entrant calls made while it waits. Nothing else in the
// project spins a loop for the keychain.
//
// STUDIO_KEY_STORE=file|keychain in the environment overrides the choice for NEW workspaces
// (tests, headless machines); recorded choices are never overridden.

#include "core/common/result.h"
#include "core/workspace/secrets.h"

#include <QString>

#include <memory>

namespace Studio::Workspace {

class WorkspaceStore;

enum class KeyStore { File, Keychain };

QString keyStoreName(KeyStore store); // "file" | "keychain"
// Was the studio built with QtKeychain?
bool keychainSupported();

class KeychainKeyProvider final : public KeyProvider
{
public:
    static constexpr int DefaultTimeoutMs = 30000;
    KeychainKeyProvider(QString service, QString account, int timeoutMs = DefaultTimeoutMs);

    // The key stored under service/account (cached after the first read). Never creates one:
    // NotFound when the entry is missing, Unsupported/IoError/Timeout when the keychain cannot be
    // reached — with a message that says how to move the key to a file.
    Result<QByteArray> workspaceKey() override;
    QString describe() const override;
    QString storeName() const override { return QStringLiteral("keychain"); }

    QString service() const { return m_service; }
    QString account() const { return m_account; }
    // Direct keychain operations (each waits for its job, see above).
    Result<QByteArray> read();
    VoidResult write(const QByteArray &key);
    VoidResult remove();

private:
    QString m_service;
    QString m_account;
    int m_timeoutMs;
    QByteArray m_cached;
    bool m_busy = false;
};

// What the workspace records about its key.
struct KeyStoreInfo
{
    KeyStore store = KeyStore::File;
    bool recorded = false; // false: nothing recorded yet (a new or pre-keychain workspace)
    QString service;       // keychain
    QString account;       // keychain
    QString filePath;      // file: <data folder>/workspace.key
    QString describe() const;
};
KeyStoreInfo recordedKeyStore(const WorkspaceStore &workspace);

// The provider for what is recorded (a FileKeyProvider when nothing is). Does not touch the
// keychain. WorkspaceStore::open() uses it when it is given no provider.
std::shared_ptr<KeyProvider> recordedKeyProvider(const WorkspaceStore &workspace);

// THE function the GUI and the CLI call: picks the provider for `workspace`, records the choice
// when it is new, installs it into the workspace (setKeyProvider) and returns it.
//   recorded              -> that location (the keychain is not contacted until the key is needed)
//   workspace.key exists  -> the file (a workspace made before keychain support), recorded
//   new                   -> `preferred` (STUDIO_KEY_STORE overrides it): for the keychain a new key
//                            is written, read back and recorded; any keychain failure falls back to
//                            the file, recorded, and the reason is put in *note.
Result<std::shared_ptr<KeyProvider>> openKeyProvider(WorkspaceStore &workspace, KeyStore preferred = KeyStore::Keychain,
                                                     QString *note = nullptr);

// WorkspaceStore::open(dataDir) + openKeyProvider().
Result<std::unique_ptr<WorkspaceStore>> openWorkspace(const QString &dataDir, KeyStore preferred = KeyStore::Keychain,
                                                      QString *note = nullptr);

// Moves the key to `to` without ever losing it: reads the current key and proves it opens the
// workspace's key_check; writes it to the new location; reads it back through a fresh provider and
// opens key_check with it; records the new location; only then deletes the old copy. On any
// failure before the record, the new copy is removed and the old location stays in use.
VoidResult moveWorkspaceKey(WorkspaceStore &workspace, KeyStore to);

} // namespace Studio::Workspace
