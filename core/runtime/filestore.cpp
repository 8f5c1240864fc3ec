// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/filestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

namespace Studio::Runtime {

namespace {

QString fileTypeForMime(const QString &mime)
{
    if (mime.startsWith(QLatin1String("image/")))
        return QStringLiteral("image");
    if (mime.startsWith(QLatin1String("video/")))
        return QStringLiteral("video");
    if (mime.startsWith(QLatin1String("audio/")))
        return QStringLiteral("audio");
    return QStringLiteral("document");
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

constexpr qint64 MaxHeaderBytes = 64 * 1024;

} // namespace

QJsonObject StoredFile::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("size"), qint64(data.size())},
                       {QStringLiteral("extension"), extension},
                       {QStringLiteral("mime_type"), mimeType},
                       {QStringLiteral("type"), fileTypeForMime(mimeType)}};
}

FileStore::FileStore(QObject *parent) : QObject(parent) {}

FileStore::~FileStore() = default;

bool FileStore::listen(const QHostAddress &address)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FileStore::onNewConnection);
    }
    if (m_server->isListening())
        return true;
    if (!m_server->listen(address, 0)) {
        m_error = QCoreApplication::translate("Studio", "the file store could not listen on %1: %2")
                      .arg(address.toString(), m_server->errorString());
        return false;
    }
    return true;
}

bool FileStore::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 FileStore::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

static QUrl baseUrl(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

QUrl FileStore::createUploadUrl(const QString &filename, const QString &mimeType)
{
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    m_tokens.insert(token, {filename, mimeType});
    QUrl url = baseUrl(port());
    url.setPath(QStringLiteral("/upload/") + token);
    return url;
}

QUrl FileStore::addFile(const QByteArray &data, const QString &filename, const QString &mimeType)
{
    StoredFile f;
    f.id = newId();
    f.name = filename;
    f.mimeType = mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType;
    const QString suffix = QFileInfo(filename).suffix();
    f.extension = suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix;
    f.data = data;
    m_files.insert(f.id, f);
    return downloadUrl(f.id);
}

QUrl FileStore::downloadUrl(const QString &id) const
{
    QUrl url = baseUrl(port());
    url.setPath(QStringLiteral("/files/") + id);
    return url;
}

QJsonObject FileStore::fileParameter(const QString &id, const QString &type) const
{
    const StoredFile *f = file(id);
    if (!f)
        return {};
    return QJsonObject{{QStringLiteral("dify_model_identity"), QStringLiteral("__dify__file__")},
                       {QStringLiteral("url"), downloadUrl(id).toString()},
                       {QStringLiteral("mime_type"), f->mimeType},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("filename"), f->name},
                       {QStringLiteral("extension"), f->extension},
                       {QStringLiteral("size"), qint64(f->data.size())}};
}

const StoredFile *FileStore::file(const QString &id) const
{
    const auto it = m_files.constFind(id);
    return it == m_files.constEnd() ? nullptr : &it.value();
}

void FileStore::onNewConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        m_buffers.insert(s, {});
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
}

void FileStore::respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body)
{
    static const QHash<int, QByteArray> reasons{{200, "OK"}, {201, "Created"}, {400, "Bad Request"},
                                                {404, "Not Found"}, {405, "Method Not Allowed"},
                                                {413, "Payload Too Large"}};
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Error") + "\r\n";
    out += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(out);
    m_buffers.remove(socket);
    socket->disconnectFromHost();
}

void FileStore::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buf = m_buffers[socket];
    buf.append(socket->readAll());
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buf.size() > MaxHeaderBytes)
            respond(socket, 400, "text/plain", "request header too large");
        return;
    }
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 3) {
        respond(socket, 400, "text/plain", "malformed request line");
        return;
    }
    const QByteArray method = requestLine.at(0);
    const QString path = QString::fromUtf8(requestLine.at(1)).section(QLatin1Char('?'), 0, 0);
    qint64 contentLength = 0;
    QByteArray contentType;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "content-type")
            contentType = value;
    }
    if (contentLength < 0 || contentLength > m_maxUpload) {
        respond(socket, 413, "application/json",
                QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                           QStringLiteral("file too large (limit %1 bytes)").arg(m_maxUpload)}})
                    .toJson(QJsonDocument::Compact));
        return;
    }
    if (buf.size() - (headerEnd + 4) < contentLength)
        return; // wait for the body
    const QByteArray body = buf.mid(headerEnd + 4, contentLength);

    if (method == "GET" && path.startsWith(QLatin1String("/files/"))) {
        const StoredFile *f = file(path.mid(7));
        if (!f) {
            respond(socket, 404, "text/plain", "no such file");
            return;
        }
        respond(socket, 200, f->mimeType.toUtf8(), f->data);
        return;
    }
    if (method == "POST" && path.startsWith(QLatin1String("/upload/"))) {
        const QString token = path.mid(8);
        if (!m_tokens.contains(token)) {
            respond(socket, 404, "application/json", R"({"error":"unknown or used upload URL"})");
            return;
        }
        // multipart/form-data; boundary=...
        const qsizetype b = contentType.indexOf("boundary=");
        if (!contentType.startsWith("multipart/form-data") || b < 0) {
            respond(socket, 400, "application/json", R"({"error":"expected multipart/form-data with a file field"})");
            return;
        }
        QByteArray boundary = contentType.mid(b + 9);
        if (const qsizetype semi = boundary.indexOf(';'); semi >= 0)
            boundary.truncate(semi);
        if (boundary.startsWith('"') && boundary.endsWith('"'))
            boundary = boundary.mid(1, boundary.size() - 2);
        const QByteArray delim = "--" + boundary;
        qsizetype pos = body.indexOf(delim);
        bool found = false;
        StoredFile f;
        while (pos >= 0 && !found) {
            const qsizetype partStart = pos + delim.size() + 2; // skip CRLF
            const qsizetype next = body.indexOf(delim, partStart);
            if (next < 0)
                break;
            const QByteArray part = body.mid(partStart, next - partStart - 2); // strip CRLF before delimiter
            const qsizetype he = part.indexOf("\r\n\r\n");
            if (he >= 0) {
                const QByteArray headers = part.left(he);
                const QByteArray lower = headers.toLower();
                if (lower.contains("name=\"file\"")) {
                    found = true;
                    f.data = part.mid(he + 4);
                    const qsizetype fn = headers.indexOf("filename=\"");
                    if (fn >= 0) {
                        const qsizetype end = headers.indexOf('"', fn + 10);
                        f.name = QString::fromUtf8(headers.mid(fn + 10, end - fn - 10));
                    }
                    const qsizetype ct = lower.indexOf("content-type:");
                    if (ct >= 0) {
                        qsizetype eol = headers.indexOf("\r\n", ct);
                        if (eol < 0)
                            eol = headers.size();
                        f.mimeType = QString::fromUtf8(headers.mid(ct + 13, eol - ct - 13).trimmed());
                    }
                }
            }
            pos = next;
        }
        if (!found) {
            respond(socket, 400, "application/json", R"({"error":"the multipart body has no \"file\" field"})");
            return;
        }
        const auto [tokenName, tokenMime] = m_tokens.take(token);
        if (f.name.isEmpty())
            f.name = tokenName;
        if (!tokenMime.isEmpty())
            f.mimeType = tokenMime;
        if (f.mimeType.isEmpty())
            f.mimeType = QStringLiteral("application/octet-stream");
        f.id = newId();
        const QString suffix = QFileInfo(f.name).suffix();
        f.extension = suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix;
        m_files.insert(f.id, f);
        QJsonObject json = f.toJson();
        json.insert(QStringLiteral("preview_url"), downloadUrl(f.id).toString());
        respond(socket, 201, "application/json", QJsonDocument(json).toJson(QJsonDocument::Compact));
        emit fileUploaded(f);
        return;
    }
    respond(socket, 404, "text/plain", "not found");
}

} // namespace Studio::Runtime
