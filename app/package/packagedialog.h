// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Studio::App {

// Checks a new key's name for the keys folder: empty when fine, else what to change.
QString checkNewKeyName(const QString &keysDir, const QString &name);

// Picks the private key to sign with, or creates one, where signing is asked for (#18.9): the
// keys of the keys folder, "Create Key Pair..." (RSA-4096, off the GUI thread, into the keys
// folder, selected when done) and "Other Key File..." (a PKCS#1 private key elsewhere, checked).
class KeyPicker : public QWidget
{
    Q_OBJECT
public:
    KeyPicker(const QString &keysDir, QWidget *parent = nullptr);
    ~KeyPicker() override;
    QString keyPath() const; // "" when there is no key
    QComboBox *combo() const { return m_combo; }
    QPushButton *createButton() const { return m_create; }
    // Generates NAME.{private,public}.pem in the keys folder and selects it (keyCreated follows).
    void createKey(const QString &name);
    // Adds a private key file from elsewhere and selects it; false (with the reason) if it does not load.
    bool addKeyFile(const QString &path, QString *error);
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void keyCreated(bool ok, const QString &message);
    void keyChanged();

private:
    void reload(const QString &select);
    QString m_dir;
    QString m_pending;
    QComboBox *m_combo;
    QPushButton *m_create;
    QPushButton *m_other;
    QLabel *m_status;
    QFutureWatcher<QString> m_watcher;
};

// The outcome of the package (and optional sign) job, as values for the GUI thread.
struct PackageJobResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString outputPath;
    QString identifier;
    QString checksum;
    QStringList warnings;
};

// Packages the project (Ctrl+B) with progress and cancel, optionally signs it, then shows the
// unique identifier and checksum with copy buttons.
class PackageDialog : public QDialog
{
    Q_OBJECT
public:
    PackageDialog(const QString &projectDir, const QString &keysDir, QWidget *parent = nullptr);
    ~PackageDialog() override;

    static bool isAvailable(); // false when the packager is not part of this build
    QLineEdit *outputEdit() const { return m_output; }
    QLineEdit *identifierEdit() const { return m_identifier; }
    QLineEdit *checksumEdit() const { return m_checksum; }
    QPushButton *packageButton() const { return m_run; }
    QCheckBox *signBox() const { return m_sign; }
    KeyPicker *keyPicker() const { return m_key; }
    const PackageJobResult &result() const { return m_result; }
    void start();

signals:
    void packaged(const QString &outputPath, const QString &identifier);

private:
    void finish();
    QString m_dir;
    QString m_keysDir;
    QLineEdit *m_output;
    QSpinBox *m_maxSize;
    QCheckBox *m_sign;
    KeyPicker *m_key;
    QComboBox *m_category;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLineEdit *m_identifier;
    QLineEdit *m_checksum;
    QListWidget *m_warnings;
    QPushButton *m_run;
    QPushButton *m_cancel;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<PackageJobResult> m_watcher;
    PackageJobResult m_result;
};

// Key management: generate a key pair, import a trusted public key, list them. Keys live in the
// settings folder (`keysDir`): NAME.private.pem (0600) and NAME.public.pem.
class KeysDialog : public QDialog
{
    Q_OBJECT
public:
    KeysDialog(const QString &keysDir, QWidget *parent = nullptr);
    void refresh();
    QListWidget *list() const { return m_list; }
    // Generates NAME.{private,public}.pem in the keys folder (off the GUI thread).
    void generate(const QString &name);
    // Copies a PKCS#1 public key into the keys folder after checking it loads.
    bool importPublicKey(const QString &path, QString *error);

signals:
    void generated(bool ok, const QString &message);

private:
    QString m_dir;
    QListWidget *m_list;
    QLabel *m_status;
    QFutureWatcher<QString> m_watcher;
};

// Signs an existing .difypkg with a private key from the keys folder.
class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(const QString &packagePath, const QString &keysDir, QWidget *parent = nullptr);
    KeyPicker *keyPicker() const { return m_key; }

private:
    QLineEdit *m_package;
    KeyPicker *m_key;
    QComboBox *m_category;
    QLabel *m_status;
    QLineEdit *m_identifier;
    QPushButton *m_run;
    QFutureWatcher<QStringList> m_watcher;
};

// Trusted public keys found in the keys folder.
QStringList trustedKeyFiles(const QString &keysDir);
QStringList privateKeyFiles(const QString &keysDir);

} // namespace Studio::App
