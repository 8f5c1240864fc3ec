// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small HTTP server on loopback (port 0) that (1) accepts the multipart upload of the reverse
// `upload_file` flow (protocol.md §6.6) and answers 201 with the file JSON, and (2) serves files
// by GET so `__dify__file__` parameters with a `url` work (protocol.md §5.1).

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

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
    void setMaxUploadBytes(qint64 bytes) { m_maxUpload = bytes; } // default 15 MiB

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
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body);

    QTcpServer *m_server = nullptr;
    QHash<QString, StoredFile> m_files;              // id -> file
    QHash<QString, QPair<QString, QString>> m_tokens; // upload token -> (filename, mime)
    QHash<QTcpSocket *, QByteArray> m_buffers;
    qint64 m_maxUpload = 15 * 1024 * 1024;
    QString m_error;
};

} // namespace Studio::Runtime
