// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every file a command writes on the user's behalf (`-o/--output` of package, sign, bundle,
// keygen, market download, export-offline ...) goes through OutputFile:
//   - the target is refused when it exists and is not a regular file (a device such as
//     /dev/full, a FIFO, a socket, a folder, or a symbolic link, even one to a regular file):
//     writing there would feed or replace something that is not ours to replace;
//   - it is refused when it is one of the command's inputs (inside the folder being packaged,
//     the very package being signed), which the write would lose or pollute;
//   - the bytes go to a temporary file beside the target (same folder, so the same file
//     system), are flushed and synced, and are renamed over the target only on commit(): a
//     failure or a cancel never leaves a half-written file, and nothing is replaced until the
//     new file is whole. An uncommitted OutputFile removes its temporary file.
//
//   OutputFile out(path, {.protectedFolders = {pluginDir}});
//   if (auto ok = out.open(); !ok) return ok.error();
//   out.device()->write(bytes);
//   if (auto ok = out.commit(); !ok) return ok.error();

#include "core/common/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;

namespace Studio {

struct OutputOptions
{
    // The output may not lie inside these folders (the folder being packaged, say).
    QStringList protectedFolders;
    // The output may not be these files (the input being signed, say), by path or hard link.
    QStringList protectedFiles;
    // Replace an existing regular file (true) or refuse it (false: keys, never overwritten).
    bool overwrite = true;
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    // Create missing parent folders of the target.
    bool createParents = true;
};

class OutputFile
{
public:
    explicit OutputFile(QString target, OutputOptions options = {});
    ~OutputFile(); // discards when not committed
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Checks the target (see above) without writing anything.
    static Result<void> checkTarget(const QString &target, const OutputOptions &options = {});

    // Checks the target and creates the temporary file beside it.
    Result<void> open();
    // The temporary file, open for writing (valid between open() and commit()/discard()).
    QFile *device() const;
    // Writes all of `data` (an error names the target and the reason, e.g. no space left).
    Result<void> write(const QByteArray &data);
    // Flushes, syncs, re-checks the target and renames the temporary file over it.
    Result<void> commit();
    // Removes the temporary file; the target is untouched.
    void discard();

    QString target() const { return m_target; }
    QString temporaryPath() const;

    // One call for a whole buffer: open, write, commit.
    static Result<void> writeAll(const QString &target, const QByteArray &data, const OutputOptions &options = {});

private:
    QString m_target;
    OutputOptions m_options;
    std::unique_ptr<QFile> m_file;
    bool m_committed = false;
};

} // namespace Studio
