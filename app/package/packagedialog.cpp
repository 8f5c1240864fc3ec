// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/package/packagedialog.h"

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
#include <QSpinBox>
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
    m_key = new QComboBox(this);
    for (const QString &k : privateKeyFiles(keysDir))
        m_key->addItem(QFileInfo(k).fileName(), k);
    m_category = categoryCombo(this);
    m_sign->setEnabled(m_key->count() > 0);
    m_sign->setToolTip(m_key->count() > 0 ? QString() : tr("Generate a key pair first (Plugin > Keys)."));
    m_key->setEnabled(false);
    m_category->setEnabled(false);
    connect(m_sign, &QCheckBox::toggled, m_key, &QWidget::setEnabled);
    connect(m_sign, &QCheckBox::toggled, m_category, &QWidget::setEnabled);

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
    const bool sign = m_sign->isChecked() && m_key->currentIndex() >= 0;
    const QString key = m_key->currentData().toString();
    const QString category = m_category->currentData().toString();
    auto flag = m_cancelFlag;
    m_watcher.setFuture(QtConcurrent::run([=](QPromise<PackageJobResult> &promise) {
        PackageJobResult r;
#ifdef STUDIO_HAVE_PACKAGER
        promise.setProgressRange(0, 100);
        Package::PackageOptions options;
        options.outputPath = out;
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
            auto signedPkg = Package::signPackage(r.outputPath, key, category, QString());
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
        r.ok = true;
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
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!re.match(name).hasMatch()) {
        m_status->setText(tr("Use 1-64 letters, digits, '-' or '_' for the key name."));
        emit generated(false, m_status->text());
        return;
    }
    const QString base = QDir(m_dir).filePath(name);
    if (QFileInfo::exists(base + QStringLiteral(".private.pem"))) {
        m_status->setText(tr("A key called %1 already exists; pick another name.").arg(name));
        emit generated(false, m_status->text());
        return;
    }
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
    m_key = new QComboBox(this);
    for (const QString &k : privateKeyFiles(keysDir))
        m_key->addItem(QFileInfo(k).fileName(), k);
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
    if (m_key->count() == 0) {
        m_run->setEnabled(false);
        m_status->setText(tr("No private key: generate one in Plugin > Keys first."));
    }
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Package"), m_package->text(), tr("Dify packages (*.difypkg)"));
        if (!f.isEmpty())
            m_package->setText(f);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, [this] {
        m_run->setEnabled(false);
        m_status->setText(tr("Signing..."));
        const QString pkg = m_package->text(), key = m_key->currentData().toString(), cat = m_category->currentData().toString();
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
