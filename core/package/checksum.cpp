// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/checksum.h"

#include <QCryptographicHash>

namespace Studio::Package {

Result<QString> computeChecksum(const FileSet &files)
{
    QStringList paths = files.paths();
    sortPathsByteOrder(paths);
    QCryptographicHash outer(QCryptographicHash::Sha256);
    for (const QString &p : paths) {
        auto data = files.read(p);
        if (!data)
            return data.error();
        outer.addData(QCryptographicHash::hash(p.toUtf8(), QCryptographicHash::Sha256));
        outer.addData(QCryptographicHash::hash(*data, QCryptographicHash::Sha256));
    }
    return QString::fromLatin1(outer.result().toHex());
}

QString checksumOf(const FileSet &files)
{
    auto r = computeChecksum(files);
    return r ? *r : QString();
}

} // namespace Studio::Package
