// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/filestore.h"

#include "core/net/httpserver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
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
        m_server = new Net::HttpServer(this);
        applyLimits();
        m_server->setHandler([this](Net::HttpExchange *exchange) { onRequest(exchange); });
        m_server->setErrorFormatter([this](int status, const QString &message) -> Net::HttpErrorBody {
            const QString text = status == 413 ? QStringLiteral("file too large (limit %1 bytes)").arg(m_maxUpload) : message;
            return {"application/json",
                    QJsonDocument(QJsonObject{{QStringLiteral("error"), text}}).toJson(QJsonDocument::Compact)};
        });
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

void FileStore::setMaxUploadBytes(qint64 bytes)
{
    m_maxUpload = bytes;
    applyLimits();
}

void FileStore::applyLimits()
{
    if (!m_server)
        return;
    // The plugin's own uploads and downloads, one at a time or a few: a small server.
    Net::HttpServerLimits l;
    l.maxConnections = 64;
    l.requestTimeoutMs = 60000;
    l.request.maxBodyBytes = m_maxUpload;
    l.maxBufferedBytes = 2 * m_maxUpload + 16LL * 1024 * 1024;
    m_server->setLimits(l);
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

void FileStore::respond(Net::HttpExchange *exchange, int status, const QByteArray &contentType, const QByteArray &body)
{
    exchange->respond(status, {{"Content-Type", contentType}}, body);
}

void FileStore::onRequest(Net::HttpExchange *exchange)
{
    const Net::HttpRequest &request = exchange->request();
    const QByteArray method = request.method;
    const QString path = QString::fromUtf8(request.path());
    const QByteArray contentType = request.header("Content-Type");
    const QByteArray &body = request.body;

    if (method == "GET" && path.startsWith(QLatin1String("/files/"))) {
        const StoredFile *f = file(path.mid(7));
        if (!f) {
            respond(exchange, 404, "text/plain", "no such file");
            return;
        }
        respond(exchange, 200, f->mimeType.toUtf8(), f->data);
        return;
    }
    if (method == "POST" && path.startsWith(QLatin1String("/upload/"))) {
        const QString token = path.mid(8);
        if (!m_tokens.contains(token)) {
            respond(exchange, 404, "application/json", R"({"error":"unknown or used upload URL"})");
            return;
        }
        // multipart/form-data; boundary=...
        const qsizetype b = contentType.indexOf("boundary=");
        if (!contentType.startsWith("multipart/form-data") || b < 0) {
            respond(exchange, 400, "application/json", R"({"error":"expected multipart/form-data with a file field"})");
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
            respond(exchange, 400, "application/json", R"({"error":"the multipart body has no \"file\" field"})");
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
        respond(exchange, 201, "application/json", QJsonDocument(json).toJson(QJsonDocument::Compact));
        emit fileUploaded(f);
        return;
    }
    respond(exchange, 404, "text/plain", "not found");
}

} // namespace Studio::Runtime
