// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/package/checksum.h"

#include <QCryptographicHash>
#include <QRegularExpression>

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

QString uniqueIdentifier(const QString &author, const QString &name, const QString &version,
                         const QString &checksum)
{
    QString id = author.isEmpty() ? name : author + QLatin1Char('/') + name;
    return id + QLatin1Char(':') + version + QLatin1Char('@') + checksum;
}

namespace {
const QRegularExpression &identifierRegex()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:([a-z0-9_-]{1,64})\\/)?([a-z0-9_-]{1,255}):((?:[0-9]{1,4})(?:\\.[0-9]{1,4}){1,3}(?:-\\w{1,16})?)@([a-f0-9]{32,64})$"));
    return re;
}
} // namespace

bool isValidUniqueIdentifier(const QString &identifier)
{
    return identifierRegex().match(identifier).hasMatch();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

QString PluginIdentifier::pluginId() const
{
    return author.isEmpty() ? name : author + QLatin1Char('/') + name;
}

QString PluginIdentifier::toString() const
{
    return uniqueIdentifier(author, name, version, checksum);
}

std::optional<PluginIdentifier> PluginIdentifier::parse(const QString &identifier)
{
    const auto m = identifierRegex().match(identifier);
    if (!m.hasMatch())
        return std::nullopt;
    PluginIdentifier id;
    id.author = m.captured(1);
    id.name = m.captured(2);
    id.version = m.captured(3);
    id.checksum = m.captured(4);
    return id;
}

} // namespace Studio::Package
