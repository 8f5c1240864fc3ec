// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/package/packagedialog.h"

#include "app/mainwindow/theme.h"
#include "app/package/packageinspector.h"
#include "core/package/signature.h"

#if __has_include("core/package/packagewriter.h")
#include "core/package/packagewriter.h"
#define STUDIO_HAVE_PACKAGER 1
#endif

#include <QCheckBox>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Studio::App {

QStringList trustedKeyFiles(const QString &keysDir)
{
    QStringList out;
    const QDir dir(keysDir);
    for (const QString &f : dir.entryList({QStringLiteral("*.public.pem"), QStringLiteral("*.pub.pem")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

QStringList privateKeyFiles(const QString &keysDir)
{
    QStringList out;
    const QDir dir(keysDir);
    for (const QString &f : dir.entryList({QStringLiteral("*.private.pem")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

QString checkNewKeyName(const QString &keysDir, const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!re.match(name).hasMatch())
        return QCoreApplication::translate("Studio::App::KeysDialog", "Use 1-64 letters, digits, '-' or '_' for the key name.");
    if (QFileInfo::exists(QDir(keysDir).filePath(name + QStringLiteral(".private.pem"))))
        return QCoreApplication::translate("Studio::App::KeysDialog", "A key called %1 already exists; pick another name.").arg(name);
    return {};
}

// A name for a new key that is not taken yet: studio, studio-2, ...
static QString freeKeyName(const QString &keysDir)
{
    QString name = QStringLiteral("studio");
    for (int i = 2; i < 1000 && QFileInfo::exists(QDir(keysDir).filePath(name + QStringLiteral(".private.pem"))); ++i)
        name = QStringLiteral("studio-%1").arg(i);
    return name;
}

KeyPicker::KeyPicker(const QString &keysDir, QWidget *parent) : QWidget(parent), m_dir(keysDir)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("keyCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(18);
    m_create = new QPushButton(tr("Create Key Pair..."), this);
    m_create->setObjectName(QStringLiteral("createKey"));
    m_create->setToolTip(tr("Generates an RSA-4096 key pair in %1").arg(QDir::toNativeSeparators(keysDir)));
    m_other = new QPushButton(tr("Other Key File..."), this);
    m_other->setObjectName(QStringLiteral("otherKey"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_create);
    row->addWidget(m_other);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addLayout(row);
    v->addWidget(m_status);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &KeyPicker::keyChanged);
    connect(m_create, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Create Key Pair"), tr("Key name (letters, digits, '-', '_'):"),
                                                   QLineEdit::Normal, freeKeyName(m_dir), &ok);
        if (ok && !name.isEmpty())
            createKey(name);
    });
    connect(m_other, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Private Key"), QString(), tr("PEM files (*.pem);;All files (*)"));
        if (f.isEmpty())
            return;
        QString error;
        if (!addKeyFile(f, &error))
            QMessageBox::warning(this, tr("Private Key"), error);
    });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        m_create->setEnabled(true);
        setTone(m_status, error.isEmpty() ? Tone::OkText : Tone::ErrorText);
        m_status->setText(error.isEmpty() ? tr("Key pair %1 created in %2.").arg(m_pending, QDir::toNativeSeparators(m_dir))
                                          : error);
        m_status->show();
        if (error.isEmpty())
            reload(QDir(m_dir).filePath(m_pending + QStringLiteral(".private.pem")));
        emit keyCreated(error.isEmpty(), error);
    });
    reload(QString());
}

KeyPicker::~KeyPicker()
{
    m_watcher.waitForFinished();
}

void KeyPicker::reload(const QString &select)
{
    QStringList extra; // key files from elsewhere stay in the list
    for (int i = 0; i < m_combo->count(); ++i)
        if (m_combo->itemData(i, Qt::UserRole + 1).toBool())
            extra << m_combo->itemData(i).toString();
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    for (const QString &k : privateKeyFiles(m_dir))
        m_combo->addItem(QFileInfo(k).fileName(), k);
    for (const QString &k : std::as_const(extra)) {
        m_combo->addItem(QDir::toNativeSeparators(k), k);
        m_combo->setItemData(m_combo->count() - 1, true, Qt::UserRole + 1);
    }
    if (m_combo->count() == 0)
        m_combo->setPlaceholderText(tr("No key yet: create one"));
    const int at = select.isEmpty() ? 0 : m_combo->findData(select);
    m_combo->setCurrentIndex(m_combo->count() > 0 ? qMax(0, at) : -1);
    emit keyChanged();
}

QString KeyPicker::keyPath() const
{
    return m_combo->currentIndex() >= 0 ? m_combo->currentData().toString() : QString();
}

void KeyPicker::createKey(const QString &name)
{
    if (m_watcher.isRunning())
        return;
    const QString problem = checkNewKeyName(m_dir, name);
    if (!problem.isEmpty()) {
        setTone(m_status, Tone::ErrorText);
        m_status->setText(problem);
        m_status->show();
        emit keyCreated(false, problem);
        return;
    }
    if (!QDir().mkpath(m_dir)) {
        const QString error = tr("Cannot create the keys folder %1.").arg(QDir::toNativeSeparators(m_dir));
        setTone(m_status, Tone::ErrorText);
        m_status->setText(error);
        m_status->show();
        emit keyCreated(false, error);
        return;
    }
    m_pending = name;
    m_create->setEnabled(false);
    setTone(m_status, Tone::MutedText);
    m_status->setText(tr("Generating an RSA-4096 key pair..."));
    m_status->show();
    const QString base = QDir(m_dir).filePath(name);
    m_watcher.setFuture(QtConcurrent::run([base] {
        const Result<void> r = Package::generateKeyPair(base);
        return r ? QString() : r.error().toString();
    }));
}

bool KeyPicker::addKeyFile(const QString &path, QString *error)
{
    auto key = Package::loadPrivateKey(path);
    if (!key) {
        if (error)
            *error = key.error().toString();
        return false;
    }
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (m_combo->findData(abs) < 0) {
        m_combo->addItem(QDir::toNativeSeparators(abs), abs);
        m_combo->setItemData(m_combo->count() - 1, true, Qt::UserRole + 1);
    }
    m_combo->setCurrentIndex(m_combo->findData(abs));
    return true;
}

static QComboBox *categoryCombo(QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->addItem(QCoreApplication::translate("Studio::App::PackageDialog", "community"), QStringLiteral("community"));
    c->addItem(QCoreApplication::translate("Studio::App::PackageDialog", "partner"), QStringLiteral("partner"));
    c->addItem(QCoreApplication::translate("Studio::App::PackageDialog", "langgenius"), QStringLiteral("langgenius"));
    c->addItem(QCoreApplication::translate("Studio::App::PackageDialog", "legacy (comment only)"), QString());
    return c;
}

PackageDialog::PackageDialog(const QString &projectDir, const QString &keysDir, QWidget *parent)
    : QDialog(parent), m_dir(projectDir), m_keysDir(keysDir)
{
    setWindowTitle(tr("Package Plugin"));
    setMinimumWidth(620);
    m_output = new QLineEdit(this);
    const QFileInfo fi(projectDir);
    m_output->setText(QDir(fi.absolutePath()).filePath(fi.fileName() + QStringLiteral(".difypkg")));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse..."));
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_output, 1);
    outRow->addWidget(browse);
    m_maxSize = new QSpinBox(this);
    m_maxSize->setRange(1, 2048);
    m_maxSize->setValue(50);
    m_maxSize->setSuffix(tr(" MB"));
    m_sign = new QCheckBox(tr("Sign the package"), this);
    m_sign->setObjectName(QStringLiteral("sign"));
    m_key = new KeyPicker(keysDir, this);
    m_category = categoryCombo(this);
    m_key->setEnabled(false);
    m_category->setEnabled(false);
    connect(m_sign, &QCheckBox::toggled, m_key, &QWidget::setEnabled);
    connect(m_sign, &QCheckBox::toggled, m_category, &QWidget::setEnabled);
    auto updateRun = [this] {
        const bool needKey = m_sign->isChecked() && m_key->keyPath().isEmpty();
        m_run->setEnabled(isAvailable() && !m_watcher.isRunning() && !needKey && !m_key->isBusy());
        m_run->setToolTip(needKey ? tr("Choose or create a private key to sign with.") : QString());
    };
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_identifier = new QLineEdit(this);
    m_identifier->setObjectName(QStringLiteral("identifier"));
    m_checksum = new QLineEdit(this);
    m_checksum->setObjectName(QStringLiteral("checksum"));
    m_warnings = new QListWidget(this);
    m_warnings->setMaximumHeight(100);

    auto *form = new QFormLayout;
    form->addRow(tr("Plugin folder"), new QLabel(QDir::toNativeSeparators(projectDir), this));
    form->addRow(tr("Output file"), outRow);
    form->addRow(tr("Size limit"), m_maxSize);
    form->addRow(m_sign);
    form->addRow(tr("Private key"), m_key);
    form->addRow(tr("Category"), m_category);
    form->addRow(m_progress);
    form->addRow(m_status);
    form->addRow(tr("Identifier"), makeCopyField(m_identifier, this));
    form->addRow(tr("Checksum"), makeCopyField(m_checksum, this));
    form->addRow(tr("Warnings"), m_warnings);

    auto *buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("Package"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_cancel->setEnabled(false);
    connect(m_sign, &QCheckBox::toggled, this, updateRun);
    connect(m_key, &KeyPicker::keyChanged, this, updateRun);
    connect(m_key, &KeyPicker::keyCreated, this, updateRun);

    connect(browse, &QToolButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save Package"), m_output->text(), tr("Dify packages (*.difypkg)"));
        if (!f.isEmpty())
            m_output->setText(f);
    });
    connect(m_run, &QPushButton::clicked, this, &PackageDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        m_status->setText(tr("Cancelling..."));
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<PackageJobResult>::finished, this, &PackageDialog::finish);
    connect(&m_watcher, &QFutureWatcher<PackageJobResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    if (!isAvailable()) {
        m_run->setEnabled(false);
        m_run->setToolTip(tr("This build has no packager (core/package/packagewriter.h)."));
        m_status->setText(m_run->toolTip());
    }
}

PackageDialog::~PackageDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

bool PackageDialog::isAvailable()
{
#ifdef STUDIO_HAVE_PACKAGER
    return true;
#else
    return false;
#endif
}

void PackageDialog::start()
{
    if (m_watcher.isRunning() || !isAvailable())
        return;
    m_identifier->clear();
    m_checksum->clear();
    m_warnings->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Validating and packaging..."));
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    const QString dir = m_dir;
    const QString out = m_output->text();
    const qint64 maxBytes = qint64(m_maxSize->value()) * 1024 * 1024;
    const bool sign = m_sign->isChecked();
    const QString key = m_key->keyPath();
    if (sign && key.isEmpty()) {
        m_status->setText(tr("Choose or create a private key to sign with."));
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        return;
    }
    const QString category = m_category->currentData().toString();
    auto flag = m_cancelFlag;
    m_watcher.setFuture(QtConcurrent::run([=](QPromise<PackageJobResult> &promise) {
        PackageJobResult r;
#ifdef STUDIO_HAVE_PACKAGER
        promise.setProgressRange(0, 100);
        Package::PackageOptions options;
        // Signed, the package is written once under the name the dialog shows: packaged into a
        // temporary folder, signed into `out` (never a second NAME.signed.difypkg).
        QTemporaryDir unsignedDir;
        if (sign && !unsignedDir.isValid()) {
            r.error = QCoreApplication::translate("Studio", "Cannot create a temporary folder: %1").arg(unsignedDir.errorString());
            promise.addResult(r);
            return;
        }
        options.outputPath = sign ? unsignedDir.filePath(QFileInfo(out).fileName()) : out;
        options.maxSizeBytes = maxBytes;
        auto progress = [&promise, sign](qint64 done, qint64 total) {
            if (total > 0)
                promise.setProgressValue(int(done * (sign ? 80 : 100) / total));
        };
        auto packaged = Package::packagePlugin(dir, options, progress, flag.get());
        if (!packaged) {
            r.cancelled = packaged.error().code == ErrorCode::Cancelled;
            r.error = packaged.error().toString();
            promise.addResult(r);
            return;
        }
        r.outputPath = packaged->outputPath;
        r.identifier = packaged->identifier;
        r.checksum = packaged->checksum;
        for (const Diagnostic &d : packaged->warnings)
            r.warnings << QStringLiteral("%1: %2").arg(d.file, d.message);
        if (sign && !flag->load()) {
            auto signedPkg = Package::signPackage(r.outputPath, key, category, out);
            if (!signedPkg) {
                r.error = QCoreApplication::translate("Studio", "Packaged, but signing failed: %1").arg(signedPkg.error().toString());
                promise.addResult(r);
                return;
            }
            r.outputPath = signedPkg->outputPath;
            r.identifier = signedPkg->identifier;
            r.checksum = signedPkg->checksum;
        }
        promise.setProgressValue(100);
        r.ok = !sign || !flag->load();
        if (!r.ok) {
            r.cancelled = true;
            r.error = QCoreApplication::translate("Studio", "Cancelled.");
        }
#else
        Q_UNUSED(dir) Q_UNUSED(out) Q_UNUSED(maxBytes) Q_UNUSED(sign) Q_UNUSED(key) Q_UNUSED(category) Q_UNUSED(flag)
        r.error = QCoreApplication::translate("Studio", "This build has no packager.");
#endif
        promise.addResult(r);
    }));
}

void PackageDialog::finish()
{
    m_result = m_watcher.future().resultCount() > 0 ? m_watcher.result() : PackageJobResult();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    if (m_result.ok) {
        m_progress->setValue(100);
        m_status->setText(tr("Written %1").arg(QDir::toNativeSeparators(m_result.outputPath)));
        m_identifier->setText(m_result.identifier);
        m_checksum->setText(m_result.checksum);
        m_identifier->setCursorPosition(0);
        m_checksum->setCursorPosition(0);
        m_warnings->addItems(m_result.warnings);
        emit packaged(m_result.outputPath, m_result.identifier);
    } else {
        m_progress->setValue(0);
        m_status->setText(m_result.cancelled ? tr("Cancelled; nothing was written.") : tr("Failed: %1").arg(m_result.error));
    }
}

KeysDialog::KeysDialog(const QString &keysDir, QWidget *parent) : QDialog(parent), m_dir(keysDir)
{
    setWindowTitle(tr("Signing Keys"));
    setMinimumSize(520, 320);
    QDir().mkpath(keysDir);
    m_list = new QListWidget(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *gen = new QPushButton(tr("Generate Key Pair..."), this);
    auto *imp = new QPushButton(tr("Import Public Key..."), this);
    auto *open = new QPushButton(tr("Show Folder"), this);
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(gen);
    buttons->addWidget(imp);
    buttons->addWidget(open);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Keys in %1. Public keys here are trusted when verifying packages.").arg(QDir::toNativeSeparators(keysDir)), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(gen, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Generate Key Pair"), tr("Key name (letters, digits, '-', '_'):"),
                                                   QLineEdit::Normal, QStringLiteral("studio"), &ok);
        if (ok && !name.isEmpty())
            generate(name);
    });
    connect(imp, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Import Public Key"), QString(), tr("PEM files (*.pem)"));
        if (f.isEmpty())
            return;
        QString error;
        if (!importPublicKey(f, &error))
            QMessageBox::warning(this, tr("Import Public Key"), error);
    });
    connect(open, &QPushButton::clicked, this, [this] { m_status->setText(QDir::toNativeSeparators(m_dir)); });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        m_status->setText(error.isEmpty() ? tr("Key pair generated.") : error);
        refresh();
        emit generated(error.isEmpty(), error);
    });
    refresh();
}

void KeysDialog::refresh()
{
    m_list->clear();
    for (const QString &k : privateKeyFiles(m_dir))
        m_list->addItem(tr("Private: %1").arg(QFileInfo(k).fileName()));
    for (const QString &k : trustedKeyFiles(m_dir))
        m_list->addItem(tr("Trusted public: %1").arg(QFileInfo(k).fileName()));
    if (m_list->count() == 0)
        m_list->addItem(tr("No keys yet: generate a key pair to sign packages."));
}

void KeysDialog::generate(const QString &name)
{
    const QString problem = checkNewKeyName(m_dir, name);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        emit generated(false, problem);
        return;
    }
    const QString base = QDir(m_dir).filePath(name);
    m_status->setText(tr("Generating an RSA-4096 key pair..."));
    m_watcher.setFuture(QtConcurrent::run([base] {
        const Result<void> r = Package::generateKeyPair(base);
        return r ? QString() : r.error().toString();
    }));
}

bool KeysDialog::importPublicKey(const QString &path, QString *error)
{
    auto key = Package::loadPublicKey(path);
    if (!key) {
        if (error)
            *error = key.error().toString();
        return false;
    }
    QString name = QFileInfo(path).completeBaseName();
    name.remove(QStringLiteral(".public"));
    const QString target = QDir(m_dir).filePath(name + QStringLiteral(".public.pem"));
    if (QFileInfo::exists(target) || !QFile::copy(path, target)) {
        if (error)
            *error = tr("Cannot copy the key to %1 (a key with that name may exist).").arg(target);
        return false;
    }
    refresh();
    return true;
}

SignDialog::SignDialog(const QString &packagePath, const QString &keysDir, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign Package"));
    setMinimumWidth(560);
    m_package = new QLineEdit(packagePath, this);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse..."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_package, 1);
    row->addWidget(browse);
    m_key = new KeyPicker(keysDir, this);
    m_category = categoryCombo(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_identifier = new QLineEdit(this);
    auto *buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Package"), row);
    form->addRow(tr("Private key"), m_key);
    form->addRow(tr("Category"), m_category);
    form->addRow(m_status);
    form->addRow(tr("Identifier"), makeCopyField(m_identifier, this));
    form->addRow(buttons);
    auto updateRun = [this] {
        m_run->setEnabled(!m_key->keyPath().isEmpty() && !m_watcher.isRunning());
        if (m_key->keyPath().isEmpty())
            m_status->setText(tr("No private key yet: create one here (Create Key Pair...) or choose a key file."));
        else if (!m_watcher.isRunning())
            m_status->clear();
    };
    connect(m_key, &KeyPicker::keyChanged, this, updateRun);
    updateRun();
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Package"), m_package->text(), tr("Dify packages (*.difypkg)"));
        if (!f.isEmpty())
            m_package->setText(f);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, [this] {
        m_run->setEnabled(false);
        m_status->setText(tr("Signing..."));
        const QString pkg = m_package->text(), key = m_key->keyPath(), cat = m_category->currentData().toString();
        m_watcher.setFuture(QtConcurrent::run([pkg, key, cat] {
            auto r = Package::signPackage(pkg, key, cat, QString());
            return r ? QStringList{QString(), r->outputPath, r->identifier} : QStringList{r.error().toString(), QString(), QString()};
        }));
    });
    connect(&m_watcher, &QFutureWatcher<QStringList>::finished, this, [this] {
        const QStringList r = m_watcher.result();
        m_run->setEnabled(true);
        m_status->setText(r.at(0).isEmpty() ? tr("Written %1").arg(r.at(1)) : tr("Failed: %1").arg(r.at(0)));
        m_identifier->setText(r.at(2));
    });
}

} // namespace Studio::App
