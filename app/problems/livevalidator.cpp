// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/problems/livevalidator.h"

#include "core/common/fileset.h"
#include "core/package/ignorerules.h"
#include "core/plugin/validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Studio::App {

namespace {

// The folder's files (after .difyignore) with unsaved buffers laid over them.
class OverlayFileSet final : public FileSet
{
public:
    OverlayFileSet(std::unique_ptr<DirectoryFileSet> base, QMap<QString, QByteArray> overlay)
        : m_base(std::move(base)), m_overlay(std::move(overlay))
    {
        m_paths = m_base->paths();
        for (auto it = m_overlay.cbegin(); it != m_overlay.cend(); ++it)
            if (!m_paths.contains(it.key()))
                m_paths.append(it.key());
        sortPathsByteOrder(m_paths);
    }
    QStringList paths() const override { return m_paths; }
    bool contains(const QString &path) const override { return m_overlay.contains(path) || m_base->contains(path); }
    Result<QByteArray> read(const QString &path) const override
    {
        const auto it = m_overlay.constFind(path);
        return it != m_overlay.cend() ? Result<QByteArray>(*it) : m_base->read(path);
    }
    qint64 size(const QString &path) const override
    {
        const auto it = m_overlay.constFind(path);
        return it != m_overlay.cend() ? it->size() : m_base->size(path);
    }
    QString origin() const override { return m_base->origin(); }
    QStringList ignoredPaths() const override { return m_base->ignoredPaths(); }

private:
    std::unique_ptr<DirectoryFileSet> m_base;
    QMap<QString, QByteArray> m_overlay;
    QStringList m_paths;
};

ValidationReport runValidation(const QString &dir, const QMap<QString, QByteArray> &overlay)
{
    if (!QFileInfo(dir).isDir()) {
        ValidationReport r;
        r.add(Plugin::makeDiagnostic(Plugin::DiagnosticCode::StudioProjectMissing,
                                     QCoreApplication::translate("Studio", "The project folder %1 no longer exists.").arg(dir)));
        return r;
    }
    OverlayFileSet files(Package::openPluginFolder(dir), overlay);
    ValidationReport report = Plugin::validatePlugin(files);
    report.sort();
    return report;
}

} // namespace

LiveValidator::LiveValidator(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &LiveValidator::validateNow);
    connect(&m_watcher, &QFutureWatcher<ValidationReport>::finished, this, &LiveValidator::handleFinished);
}

LiveValidator::~LiveValidator()
{
    m_watcher.waitForFinished(); // the worker holds only values; wait so it never outlives us
}

bool LiveValidator::isAvailable()
{
    return true;
}

void LiveValidator::setProjectDir(const QString &dir)
{
    m_dir = dir;
    m_overlay.clear();
    ++m_generation;
    m_last = ValidationReport();
    if (!dir.isEmpty())
        schedule();
}

void LiveValidator::setOverlay(const QString &relPath, const QString &text)
{
    m_overlay.insert(relPath, text.toUtf8());
    schedule();
}

void LiveValidator::clearOverlay(const QString &relPath)
{
    if (m_overlay.remove(relPath))
        schedule();
}

void LiveValidator::schedule()
{
    ++m_generation;
    if (!m_dir.isEmpty())
        m_timer.start();
}

void LiveValidator::validateNow()
{
    m_timer.stop();
    if (m_dir.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_pending = true; // run again when the current one ends; its result is stale
        return;
    }
    m_pending = false;
    m_runningGeneration = m_generation;
    m_clock.start();
    emit started();
    m_watcher.setFuture(QtConcurrent::run(runValidation, m_dir, m_overlay));
}

void LiveValidator::handleFinished()
{
    const ValidationReport report = m_watcher.result();
    const bool stale = m_runningGeneration != m_generation;
    if (stale || m_pending) {
        validateNow();
        return;
    }
    m_lastMs = m_clock.elapsed();
    m_last = report;
    emit finished(report);
}

} // namespace Studio::App
