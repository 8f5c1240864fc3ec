// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small HTTP server on loopback (port 0, on the shared Net::HttpServer with its caps and
// deadline) that (1) accepts the multipart upload of the reverse `upload_file` flow (protocol.md
// §6.6) and answers 201 with the file JSON, and (2) serves files by GET so `__dify__file__`
// parameters with a `url` work (protocol.md §5.1). Uploads are capped at maxUploadBytes (413).

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace Studio::Net {
class HttpExchange;
class HttpServer;
} // namespace Studio::Net

namespace Studio::Runtime {

struct StoredFile
{
    QString id;
    QString name;
    QString mimeType;
    QString extension; // ".png"
    QByteArray data;
    QJsonObject toJson() const; // {id, name, size, extension, mime_type, type}
};

class FileStore : public QObject
{
    Q_OBJECT
public:
    explicit FileStore(QObject *parent = nullptr);
    ~FileStore() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost); // port 0
    bool isListening() const;
    quint16 port() const;
    QString errorString() const { return m_error; }
    void setMaxUploadBytes(qint64 bytes); // default 15 MiB

    // A one-shot upload URL for the plugin (POST multipart field "file").
    QUrl createUploadUrl(const QString &filename, const QString &mimeType);
    // Adds a file and returns its download URL (GET).
    QUrl addFile(const QByteArray &data, const QString &filename, const QString &mimeType);
    // A `__dify__file__` parameter object for a stored file.
    QJsonObject fileParameter(const QString &id, const QString &type = QStringLiteral("document")) const;
    QUrl downloadUrl(const QString &id) const;
    const StoredFile *file(const QString &id) const;
    QList<StoredFile> files() const { return m_files.values(); }

signals:
    void fileUploaded(const Studio::Runtime::StoredFile &file);

private:
    void applyLimits();
    void onRequest(Net::HttpExchange *exchange);
    void respond(Net::HttpExchange *exchange, int status, const QByteArray &contentType, const QByteArray &body);

    Net::HttpServer *m_server = nullptr;
    QHash<QString, StoredFile> m_files;              // id -> file
    QHash<QString, QPair<QString, QString>> m_tokens; // upload token -> (filename, mime)
    qint64 m_maxUpload = 15 * 1024 * 1024;
    QString m_error;
};

} // namespace Studio::Runtime
