// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/keychain.h"
#include "core/common/tr.h"

#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLockFile>
#include <QThread>
#include <QTimer>

#ifdef STUDIO_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Studio::Workspace {


namespace {
const QString kStore = QStringLiteral("key_store");
const QString kService = QStringLiteral("key_keychain_service");
const QString kAccount = QStringLiteral("key_keychain_account");
const QString kCheck = QStringLiteral("key_check");
const QString kCheckValue = QStringLiteral("plugin-studio workspace key check");
const QString kServiceName = QStringLiteral("Plugin Studio");

QString keyFilePath(const WorkspaceStore &ws)
{
    return ws.dataDir() + QStringLiteral("/workspace.key");
}

QString howToMove()
{
    return StudioTr::tr("Run the studio (or the CLI) inside your desktop session where the keychain is unlocked, or move the key "
              "to a file there: `plugin-studio-cli workspace key --to-file` (or Edit > Workspace Settings > Move to file).");
}
} // namespace

QString keyStoreName(KeyStore store)
{
    return store == KeyStore::Keychain ? QStringLiteral("keychain") : QStringLiteral("file");
}

bool keychainSupported()
{
#ifdef STUDIO_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

// ---------------------------------------------------------------- KeychainKeyProvider

KeychainKeyProvider::KeychainKeyProvider(QString service, QString account, int timeoutMs)
    : m_service(std::move(service)), m_account(std::move(account)), m_timeoutMs(timeoutMs)
{
}

QString KeychainKeyProvider::describe() const
{
    return StudioTr::tr("OS keychain (service \"%1\", account \"%2\")").arg(m_service, m_account);
}

#ifdef STUDIO_HAVE_KEYCHAIN
namespace {
// Runs a keychain job to its end in a local event loop bounded by `timeoutMs` (see keychain.h).
// Returns false on timeout (the job is then left to finish and delete itself).
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&loop, &done] {
        done = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    job->start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    }
    return done;
}
} // namespace
#endif

Result<QByteArray> KeychainKeyProvider::read()
{
#ifdef STUDIO_HAVE_KEYCHAIN
    if (m_busy)
        return Error(ErrorCode::Conflict, StudioTr::tr("The workspace key is being read from the OS keychain; try again in a moment."));
    m_busy = true;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(m_account);
    const bool finished = runJob(job, m_timeoutMs);
    m_busy = false;
    if (!finished)
        return Error(ErrorCode::Timeout, StudioTr::tr("The OS keychain did not answer within %1 s (%2). %3")
                                             .arg(m_timeoutMs / 1000).arg(describe(), howToMove()));
    std::unique_ptr<QKeychain::ReadPasswordJob> owned(job);
    switch (job->error()) {
    case QKeychain::NoError: break;
    case QKeychain::EntryNotFound:
        return Error(ErrorCode::NotFound,
                     StudioTr::tr("The workspace key is missing from the %1. Restore it there (or restore workspace.key and run "
                        "`plugin-studio-cli workspace key --to-file`); without it the stored secrets cannot be decrypted.")
                         .arg(describe()));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorCode::PermissionDenied, StudioTr::tr("The OS keychain refused to give the workspace key (%1): %2. Unlock the "
                                                     "keychain and allow Plugin Studio, then try again.")
                                                      .arg(describe(), job->errorString()));
    default:
        return Error(ErrorCode::Unsupported, StudioTr::tr("The workspace key lives in the %1, which cannot be reached: %2. %3")
                                                 .arg(describe(), job->errorString(), howToMove()));
    }
    const QByteArray hex = job->textData().trimmed().toLatin1();
    const QByteArray key = QByteArray::fromHex(hex);
    if (key.size() != SecretBox::KeySize || hex.size() != SecretBox::KeySize * 2)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The workspace key in the %1 is damaged (expected 64 hex digits). Restore it "
                                                 "from a backup; without it the stored secrets cannot be decrypted.")
                                                  .arg(describe()));
    return key;
#else
    return Error(ErrorCode::Unsupported, StudioTr::tr("This build of Plugin Studio has no OS keychain support (QtKeychain), but the "
                                            "workspace key was recorded in the keychain. %1").arg(howToMove()));
#endif
}

VoidResult KeychainKeyProvider::write(const QByteArray &key)
{
    if (key.size() != SecretBox::KeySize)
        return Error(ErrorCode::InvalidInput, StudioTr::tr("The workspace key has the wrong size."));
#ifdef STUDIO_HAVE_KEYCHAIN
    if (m_busy)
        return Error(ErrorCode::Conflict, StudioTr::tr("The OS keychain is busy with the workspace key; try again in a moment."));
    m_busy = true;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(m_account);
    job->setTextData(QString::fromLatin1(key.toHex()));
    const bool finished = runJob(job, m_timeoutMs);
    m_busy = false;
    if (!finished)
        return Error(ErrorCode::Timeout, StudioTr::tr("The OS keychain did not answer within %1 s.").arg(m_timeoutMs / 1000));
    std::unique_ptr<QKeychain::WritePasswordJob> owned(job);
    if (job->error() != QKeychain::NoError)
        return Error(ErrorCode::Unsupported, StudioTr::tr("Cannot store the workspace key in the %1: %2").arg(describe(), job->errorString()));
    m_cached.clear();
    return {};
#else
    return Error(ErrorCode::Unsupported, StudioTr::tr("This build of Plugin Studio has no OS keychain support (QtKeychain)."));
#endif
}

VoidResult KeychainKeyProvider::remove()
{
    m_cached.clear();
#ifdef STUDIO_HAVE_KEYCHAIN
    if (m_busy)
        return Error(ErrorCode::Conflict, StudioTr::tr("The OS keychain is busy with the workspace key; try again in a moment."));
    m_busy = true;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(m_account);
    const bool finished = runJob(job, m_timeoutMs);
    m_busy = false;
    if (!finished)
        return Error(ErrorCode::Timeout, StudioTr::tr("The OS keychain did not answer within %1 s.").arg(m_timeoutMs / 1000));
    std::unique_ptr<QKeychain::DeletePasswordJob> owned(job);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot remove the old workspace key from the %1: %2. Remove it with your "
                                            "keychain manager.").arg(describe(), job->errorString()));
    return {};
#else
    return Error(ErrorCode::Unsupported, StudioTr::tr("This build of Plugin Studio has no OS keychain support (QtKeychain)."));
#endif
}

Result<QByteArray> KeychainKeyProvider::workspaceKey()
{
    if (!m_cached.isEmpty())
        return m_cached;
    Result<QByteArray> key = read();
    if (key)
        m_cached = key.value();
    return key;
}

// ---------------------------------------------------------------- recorded location

QString KeyStoreInfo::describe() const
{
    if (store == KeyStore::Keychain)
        return StudioTr::tr("OS keychain (service \"%1\", account \"%2\")").arg(service, account);
    return StudioTr::tr("key file %1").arg(filePath);
}

KeyStoreInfo recordedKeyStore(const WorkspaceStore &workspace)
{
    KeyStoreInfo info;
    const QString store = workspace.setting(kStore);
    info.recorded = !store.isEmpty();
    info.store = store == QLatin1String("keychain") ? KeyStore::Keychain : KeyStore::File;
    info.service = workspace.setting(kService);
    info.account = workspace.setting(kAccount);
    info.filePath = keyFilePath(workspace);
    return info;
}

static std::shared_ptr<KeyProvider> providerFor(const KeyStoreInfo &info)
{
    if (info.store == KeyStore::Keychain)
        return std::make_shared<KeychainKeyProvider>(info.service, info.account);
    return std::make_shared<FileKeyProvider>(info.filePath);
}

std::shared_ptr<KeyProvider> recordedKeyProvider(const WorkspaceStore &workspace)
{
    return providerFor(recordedKeyStore(workspace));
}

static VoidResult record(WorkspaceStore &ws, const KeyStoreInfo &info)
{
    for (const auto &[k, v] : {std::pair{kStore, keyStoreName(info.store)}, std::pair{kService, info.service},
                               std::pair{kAccount, info.account}}) {
        if (VoidResult r = ws.setSetting(k, v); !r)
            return r;
    }
    return {};
}

// Seals the probe with the store's current provider (when it has none yet).
static VoidResult ensureKeyCheck(WorkspaceStore &ws)
{
    Result<QString> current = ws.secretSetting(kCheck);
    if (current && current.value() == kCheckValue)
        return {};
    if (current && current.value().isEmpty())
        return ws.setSecretSetting(kCheck, kCheckValue);
    return current ? VoidResult(Error(ErrorCode::InvalidInput, StudioTr::tr("The workspace key check holds an unexpected value.")))
                   : VoidResult(current.error());
}

static std::optional<KeyStore> envPreference()
{
    const QByteArray v = qgetenv("STUDIO_KEY_STORE").trimmed().toLower();
    if (v == "file")
        return KeyStore::File;
    if (v == "keychain")
        return KeyStore::Keychain;
    return std::nullopt;
}

Result<std::shared_ptr<KeyProvider>> openKeyProvider(WorkspaceStore &workspace, KeyStore preferred, QString *note)
{
    KeyStoreInfo info = recordedKeyStore(workspace);
    if (info.recorded) {
        auto p = providerFor(info);
        workspace.setKeyProvider(p);
        return p;
    }
    // First use: processes opening a new workspace at the same moment choose and record the key
    // one at a time (else each would make its own key and seal the check with it); the others
    // then find it recorded.
    const QString lockPath = workspace.dataDir() + QStringLiteral("/workspace.key.lock");
    QLockFile lock(lockPath);
    lock.setStaleLockTime(60000);
    // Polled every 10 ms (QLockFile's own wait backs off to seconds; the holder needs milliseconds).
    QElapsedTimer waited;
    waited.start();
    bool locked = lock.tryLock(0);
    while (!locked && waited.elapsed() < 30000) {
        QThread::msleep(10);
        locked = lock.tryLock(0);
    }
    if (!locked)
        return Error(ErrorCode::Conflict, StudioTr::tr("Another process is setting up the workspace key of %1 (%2 is locked); "
                                                       "wait for it and try again.").arg(workspace.dataDir(), lockPath));
    info = recordedKeyStore(workspace);
    if (info.recorded) {
        auto p = providerFor(info);
        workspace.setKeyProvider(p);
        return p;
    }
    if (QFile::exists(info.filePath)) {
        info.store = KeyStore::File; // made before the location was recorded: keep using the file
    } else {
        info.store = envPreference().value_or(preferred);
        if (info.store == KeyStore::Keychain) {
            info.service = kServiceName;
            info.account = QStringLiteral("workspace-key:%1:%2").arg(workspace.workspaceId(), workspace.dataDir());
            auto chain = std::make_shared<KeychainKeyProvider>(info.service, info.account, 10000);
            const QByteArray key = randomBytes(SecretBox::KeySize);
            VoidResult w = key.size() == SecretBox::KeySize ? chain->write(key)
                                                            : VoidResult(Error(ErrorCode::IoError, StudioTr::tr("The system random generator failed.")));
            Result<QByteArray> back = w ? chain->read() : Result<QByteArray>(w.error());
            if (back && back.value() == key) {
                workspace.setKeyProvider(chain);
                if (VoidResult c = ensureKeyCheck(workspace); !c)
                    return c.error();
                if (VoidResult r = record(workspace, info); !r)
                    return r.error();
                if (note)
                    *note = StudioTr::tr("The workspace key is kept in the %1.").arg(info.describe());
                return std::shared_ptr<KeyProvider>(chain);
            }
            if (w)
                (void)chain->remove();
            if (note)
                *note = StudioTr::tr("The OS keychain is not available (%1); the workspace key is kept in the 0600 file %2.")
                            .arg(back ? StudioTr::tr("the key read back differs") : back.error().message, info.filePath);
            info = KeyStoreInfo{KeyStore::File, false, {}, {}, info.filePath};
        }
    }
    auto file = std::make_shared<FileKeyProvider>(info.filePath);
    workspace.setKeyProvider(file);
    if (Result<QByteArray> k = file->workspaceKey(); !k)
        return k.error();
    if (VoidResult c = ensureKeyCheck(workspace); !c)
        return c.error();
    if (VoidResult r = record(workspace, info); !r)
        return r.error();
    return std::shared_ptr<KeyProvider>(file);
}

Result<std::unique_ptr<WorkspaceStore>> openWorkspace(const QString &dataDir, KeyStore preferred, QString *note)
{
    auto ws = WorkspaceStore::open(dataDir);
    if (!ws)
        return ws.error();
    auto keys = openKeyProvider(*ws.value(), preferred, note);
    if (!keys)
        return keys.error();
    return std::move(ws.value());
}

VoidResult moveWorkspaceKey(WorkspaceStore &workspace, KeyStore to)
{
    if (!recordedKeyStore(workspace).recorded) {
        if (auto p = openKeyProvider(workspace, KeyStore::File); !p)
            return p.error();
    }
    const KeyStoreInfo from = recordedKeyStore(workspace);
    if (from.store == to)
        return {};
    std::shared_ptr<KeyProvider> oldProvider = providerFor(from);
    workspace.setKeyProvider(oldProvider);
    Result<QByteArray> key = oldProvider->workspaceKey();
    if (!key)
        return key.error();
    // The current key must open the workspace's sealed values before it is copied anywhere.
    if (VoidResult c = ensureKeyCheck(workspace); !c)
        return Error(c.error().code, StudioTr::tr("The current workspace key (%1) does not open this workspace's secrets; it was not moved. %2")
                                         .arg(from.describe(), c.error().message));

    KeyStoreInfo target;
    target.store = to;
    target.recorded = true;
    target.filePath = keyFilePath(workspace);
    if (to == KeyStore::Keychain) {
        target.service = kServiceName;
        target.account = QStringLiteral("workspace-key:%1:%2").arg(workspace.workspaceId(), workspace.dataDir());
    }
    auto undoNew = [&] {
        if (to == KeyStore::Keychain)
            (void)KeychainKeyProvider(target.service, target.account).remove();
        else
            (void)FileKeyProvider(target.filePath).remove();
        workspace.setKeyProvider(oldProvider);
    };
    VoidResult written = to == KeyStore::Keychain ? KeychainKeyProvider(target.service, target.account).write(key.value())
                                                  : FileKeyProvider(target.filePath).store(key.value());
    if (!written) {
        undoNew();
        return Error(written.error().code, StudioTr::tr("The workspace key was not moved (it stays in the %1): %2")
                                               .arg(from.describe(), written.error().message));
    }
    // Read back through a fresh provider and open a sealed value with it.
    std::shared_ptr<KeyProvider> fresh = providerFor(target);
    workspace.setKeyProvider(fresh);
    Result<QString> check = workspace.secretSetting(kCheck);
    if (!check || check.value() != kCheckValue) {
        undoNew();
        return Error(ErrorCode::IoError, StudioTr::tr("The workspace key read back from the %1 does not open the workspace's secrets (%2); "
                                            "it was not moved and stays in the %3.")
                                             .arg(target.describe(), check ? StudioTr::tr("wrong value") : check.error().message, from.describe()));
    }
    if (VoidResult r = record(workspace, target); !r) {
        undoNew();
        (void)record(workspace, from);
        return r.error();
    }
    // Only now the old copy goes.
    VoidResult removed = from.store == KeyStore::Keychain ? KeychainKeyProvider(from.service, from.account).remove()
                                                          : FileKeyProvider(from.filePath).remove();
    if (!removed)
        return Error(removed.error().code, StudioTr::tr("The workspace key now lives in the %1, but the old copy could not be removed: %2")
                                               .arg(target.describe(), removed.error().message));
    return {};
}

} // namespace Studio::Workspace
