// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/package/packageinspector.h"

#include "app/editors/code/codeeditor.h"
#include "app/mainwindow/theme.h"
#include "core/common/printable.h"
#include "core/package/checksum.h"
#include "core/package/manifestinfo.h"
#include "core/package/packagereader.h"
#include "core/package/signature.h"
#include "core/plugin/loader.h"
#include "core/plugin/validator.h"

#include <QClipboard>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Studio::App {

QWidget *makeCopyField(QLineEdit *edit, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    edit->setReadOnly(true);
    auto *copy = new QToolButton(box);
    copy->setText(QCoreApplication::translate("Studio::App::PackageInspector", "Copy"));
    QObject::connect(copy, &QToolButton::clicked, edit, [edit] { QGuiApplication::clipboard()->setText(edit->text()); });
    h->addWidget(edit, 1);
    h->addWidget(copy);
    return box;
}

PackageInspector::PackageInspector(const QStringList &trustedKeyFiles, QWidget *parent)
    : QWidget(parent), m_keys(trustedKeyFiles)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_identifier = new QLineEdit(this);
    m_identifier->setObjectName(QStringLiteral("identifier"));
    m_checksum = new QLineEdit(this);
    m_checksum->setObjectName(QStringLiteral("checksum"));
    m_category = new QLabel(this);
    m_signature = new QLabel(this);
    m_signature->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("nameWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTone(m_warnings, Tone::WarningBanner);
    m_warnings->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Identifier"), makeCopyField(m_identifier, this));
    form->addRow(tr("Checksum"), makeCopyField(m_checksum, this));
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Signature"), m_signature);
    form->addRow(tr("Validation"), m_problems);
    m_files = new QTreeWidget(this);
    m_files->setHeaderLabels({tr("File"), tr("Size")});
    m_files->setRootIsDecorated(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setStretchLastSection(false);
    m_manifest = new CodeEditor(this);
    m_manifest->setFileName(QStringLiteral("manifest.yaml"));
    m_manifest->setReadOnly(true);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(m_manifest);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_warnings);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    connect(&m_watcher, &QFutureWatcher<Result<PackageInfo>>::finished, this, [this] { showResult(m_watcher.result()); });
}

void PackageInspector::openPackage(const QString &path)
{
    m_title->setText(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    m_watcher.setFuture(QtConcurrent::run(&PackageInspector::inspect, path, m_keys));
}

Result<PackageInfo> PackageInspector::inspect(const QString &path, const QStringList &trustedKeyFiles)
{
    auto reader = Package::PackageReader::open(path);
    if (!reader)
        return reader.error();
    const Package::PackageReader &r = **reader;
    PackageInfo info;
    info.path = path;
    for (const Package::ZipEntry &e : r.entries())
        info.files.append({e.name, e.uncompressedSize});
    auto checksum = r.checksum();
    if (!checksum)
        return checksum.error();
    info.checksum = *checksum;
    auto summary = Package::readManifestSummary(r.fileSet());
    if (summary) {
        info.pluginId = summary->author.isEmpty() ? summary->name : summary->author + QLatin1Char('/') + summary->name;
        info.version = summary->version;
        info.identifier = Package::uniqueIdentifier(summary->author, summary->name, summary->version, info.checksum);
    }
    if (auto manifest = r.read(QStringLiteral("manifest.yaml")))
        info.manifestText = QString::fromUtf8(*manifest);
    const Plugin::LoadResult loaded = Plugin::loadPlugin(r.fileSet());
    info.category = Plugin::categoryName(loaded.declaration.category());
    Plugin::ValidationOptions vo;
    vo.importedPackage = true;
    const ValidationReport report = Plugin::validatePlugin(r.fileSet(), vo);
    info.errorCount = report.errorCount();
    for (const Diagnostic &d : report.diagnostics())
        if (d.severity == Severity::Error)
            info.problems << QStringLiteral("%1:%2: %3").arg(d.file).arg(d.line).arg(d.message);
    info.warningCount = report.warningCount() + int(r.warnings().size());
    // The same clash warnings `inspect` and `validate PKG` print (the reader finds them).
    for (const Diagnostic &d : r.warnings())
        info.nameWarnings << QStringLiteral("%1: %2").arg(d.code, printable(d.message));
    QList<Package::PublicKey> keys;
    for (const QString &k : trustedKeyFiles)
        if (auto key = Package::loadPublicKey(k))
            keys << *key;
    const Package::VerifyResult v = Package::verifyPackage(r, keys, true);
    info.isSigned = v.isSigned;
    info.verified = v.verified;
    if (v.verified)
        info.signatureStatus = QCoreApplication::translate("Studio", "Signed and verified by %1 (category %2).").arg(v.keyLabel, v.category);
    else if (v.isSigned)
        info.signatureStatus = QCoreApplication::translate("Studio", "Signed, but no trusted key verifies it: %1").arg(v.error);
    else
        info.signatureStatus = QCoreApplication::translate("Studio", "Not signed. A daemon that enforces signatures will refuse it.");
    return info;
}

void PackageInspector::showResult(const Result<PackageInfo> &result)
{
    m_files->clear();
    if (!result) {
        m_error = result.error().toString();
        m_info = PackageInfo();
        m_title->setText(tr("<b>Cannot open the package:</b> %1").arg(m_error.toHtmlEscaped()));
        m_identifier->clear();
        m_checksum->clear();
        m_warnings->hide();
        emit loaded(false);
        return;
    }
    m_error.clear();
    m_info = *result;
    m_title->setText(tr("<b>%1</b> %2 (read-only)").arg(m_info.pluginId.toHtmlEscaped(), QFileInfo(m_info.path).fileName().toHtmlEscaped()));
    m_identifier->setText(m_info.identifier);
    m_checksum->setText(m_info.checksum);
    m_category->setText(m_info.category);
    m_signature->setText(m_info.signatureStatus);
    setTone(m_signature, m_info.verified ? Tone::OkText : Tone::WarningText);
    if (m_info.errorCount > 0)
        m_problems->setText(tr("%n errors: %1", nullptr, m_info.errorCount).arg(m_info.problems.mid(0, 3).join(QStringLiteral("; "))));
    else if (m_info.warningCount > 0)
        m_problems->setText(tr("Valid, with %n warnings.", nullptr, m_info.warningCount));
    else
        m_problems->setText(tr("No errors."));
    if (m_info.nameWarnings.isEmpty()) {
        m_warnings->hide();
        m_warnings->clear();
    } else {
        m_warnings->setText(tr("Some file names in this package become the same file on a case-insensitive or "
                               "normalising file system (Windows, macOS): installed there, one overwrites the other.")
                            + QLatin1Char('\n') + m_info.nameWarnings.join(QLatin1Char('\n')));
        m_warnings->show();
    }
    const QLocale locale;
    for (const auto &f : std::as_const(m_info.files)) {
        auto *item = new QTreeWidgetItem(m_files, {f.first, locale.formattedDataSize(f.second)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_manifest->setReadOnly(false);
    m_manifest->setText(m_info.manifestText);
    m_manifest->setReadOnly(true);
    emit loaded(true);
}

} // namespace Studio::App
