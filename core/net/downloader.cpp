// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/downloader.h"

#include "core/common/printable.h"
#include "core/net/httpmessage.h"
#include "core/common/tr.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryFile>
#include <QUuid>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <filesystem>
#include <system_error>

namespace Studio::Net {

namespace {

constexpr qint64 kReadChunk = 256 * 1024;

QString authority(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    QString host = printable(url.host());
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return port == defaultPort ? host : host + QLatin1Char(':') + QString::number(port);
}

// What a message may show of a URL: no credentials, no query (presigned signatures), escaped.
QString shown(const QUrl &url)
{
    return printable(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
}

QString sizeText(qint64 bytes)
{
    if (bytes >= kMiB && bytes % kMiB == 0)
        return StudioTr::tr("%1 MiB").arg(bytes / kMiB);
    if (bytes >= kMiB)
        return StudioTr::tr("%1 MiB").arg(double(bytes) / double(kMiB), 0, 'f', 1);
    if (bytes >= 1024)
        return StudioTr::tr("%1 KiB").arg(bytes / 1024);
    return StudioTr::tr("%1 bytes").arg(bytes);
}

// The first line or two of an error body, made safe to show.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(400)).simplified();
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return printable(text);
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString visitKey(const QByteArray &method, const QUrl &url)
{
    return QString::fromLatin1(method) + QLatin1Char(' ')
        + url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

} // namespace

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && port(a) == port(b);
}

// ---------------------------------------------------------------- request

void Request::setJsonBody(const QJsonObject &object, const QByteArray &verb)
{
    method = verb;
    body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    contentType = "application/json";
}

void Request::setMultipart(const QList<FormPart> &parts, const QByteArray &verb)
{
    const QByteArray boundary = "----PluginStudio" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray out;
    const auto quoted = [](QByteArray v) { return v.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' '); };
    for (const FormPart &p : parts) {
        out += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(p.name) + '"';
        if (!p.fileName.isNull())
            out += "; filename=\"" + quoted(p.fileName.toUtf8()) + '"';
        out += "\r\n";
        if (!p.contentType.isEmpty())
            out += "Content-Type: " + p.contentType + "\r\n";
        else if (!p.fileName.isNull())
            out += "Content-Type: application/octet-stream\r\n";
        out += "\r\n" + p.data + "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    method = verb;
    body = out;
    contentType = "multipart/form-data; boundary=" + boundary;
}

// ---------------------------------------------------------------- failure

Error Failure::toError() const
{
    ErrorCode code = ErrorCode::NetworkError;
    switch (kind) {
    case FailureKind::HttpStatus:
        if (httpStatus == 404 || httpStatus == 410)
            code = ErrorCode::NotFound;
        else if (httpStatus == 401 || httpStatus == 403)
            code = ErrorCode::PermissionDenied;
        break;
    case FailureKind::Timeout:
    case FailureKind::Stalled: code = ErrorCode::Timeout; break;
    case FailureKind::TooLarge: code = ErrorCode::TooLarge; break;
    case FailureKind::Cancelled: code = ErrorCode::Cancelled; break;
    case FailureKind::Io: code = ErrorCode::IoError; break;
    case FailureKind::InvalidRequest: code = ErrorCode::InvalidInput; break;
    case FailureKind::Redirect: code = refused ? ErrorCode::Unsafe : ErrorCode::NetworkError; break;
    default: break;
    }
    return Error(code, message);
}

bool Failure::isUnreachable() const
{
    switch (kind) {
    case FailureKind::Tls:
    case FailureKind::Dns:
    case FailureKind::ConnectionRefused:
    case FailureKind::ConnectionClosed:
    case FailureKind::Timeout:
    case FailureKind::Stalled:
    case FailureKind::Offline:
    case FailureKind::Proxy: return true;
    default: return false;
    }
}

QString Failure::kindName(FailureKind kind)
{
    switch (kind) {
    case FailureKind::HttpStatus: return QStringLiteral("http");
    case FailureKind::Tls: return QStringLiteral("tls");
    case FailureKind::Dns: return QStringLiteral("dns");
    case FailureKind::ConnectionRefused: return QStringLiteral("refused");
    case FailureKind::ConnectionClosed: return QStringLiteral("closed");
    case FailureKind::Timeout: return QStringLiteral("timeout");
    case FailureKind::Stalled: return QStringLiteral("stalled");
    case FailureKind::TooLarge: return QStringLiteral("too-large");
    case FailureKind::Offline: return QStringLiteral("offline");
    case FailureKind::Redirect: return QStringLiteral("redirect");
    case FailureKind::Proxy: return QStringLiteral("proxy");
    case FailureKind::Io: return QStringLiteral("io");
    case FailureKind::InvalidRequest: return QStringLiteral("invalid");
    case FailureKind::Protocol: return QStringLiteral("protocol");
    case FailureKind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("protocol");
}

// ---------------------------------------------------------------- download

Download::Download(QNetworkAccessManager *nam, Request request, QByteArray userAgent, QObject *parent)
    : QObject(parent), m_nam(nam), m_request(std::move(request)), m_userAgent(std::move(userAgent))
{
    m_deadline.setSingleShot(true);
    m_stall.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Download::onDeadline);
    connect(&m_stall, &QTimer::timeout, this, &Download::onStall);
}

Download::~Download()
{
    dropReply();
}

std::optional<Error> Download::error() const
{
    if (!m_failure)
        return std::nullopt;
    return m_failure->toError();
}

QByteArray Download::rawHeader(const QByteArray &name) const
{
    return headerValue(m_headers, name);
}

QString Download::filePath() const
{
    return m_keptFile;
}

Result<void> Download::moveFileTo(const QString &target)
{
    if (m_keptFile.isEmpty() || !m_file)
        return Error(ErrorCode::NotFound, StudioTr::tr("There is no downloaded file to move to %1.").arg(target), target);
    const QFileInfo ti(target);
    if (ti.exists() && (!ti.isFile() || ti.isSymLink()))
        return Error(ErrorCode::Unsafe, StudioTr::tr("%1 exists and is not a regular file; it was left alone.").arg(target), target);
    std::error_code ec;
    const std::filesystem::path from = QFile::encodeName(m_keptFile).toStdString();
    const std::filesystem::path to = QFile::encodeName(target).toStdString();
    std::filesystem::rename(from, to, ec);
    if (ec) {
        // Another file system: copy beside the target, then rename over it.
        const QString beside = target + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        std::error_code cec;
        std::filesystem::copy_file(from, QFile::encodeName(beside).toStdString(), std::filesystem::copy_options::overwrite_existing, cec);
        if (!cec)
            std::filesystem::rename(QFile::encodeName(beside).toStdString(), to, cec);
        if (cec) {
            QFile::remove(beside);
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot write %1: %2").arg(target, QString::fromStdString(cec.message())), target);
        }
        m_file.reset(); // removes the temporary copy
    } else {
        m_file->setAutoRemove(false);
        m_file.reset();
    }
    m_keptFile.clear();
    return {};
}

void Download::cancel()
{
    if (m_finished)
        return;
    fail(make(FailureKind::Cancelled, url()));
}

void Download::begin()
{
    m_firstUrl = m_request.url;
    m_method = m_request.method.isEmpty() ? QByteArray("GET") : m_request.method.toUpper();
    if (m_request.deadlineMs > 0)
        m_deadline.start(m_request.deadlineMs);
    m_finishQueued = true; // a failure found right here is reported asynchronously
    sendHop(m_request.url);
    m_finishQueued = false;
}

void Download::sendHop(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return fail(make(FailureKind::InvalidRequest, url));
    if (!m_nam)
        return fail(make(FailureKind::Cancelled, url));
    const bool firstHop = m_hops.isEmpty();
    m_hops.append(url);
    m_visited.insert(visitKey(m_method, url));
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // No cookie jar: a cookie one server set is never sent to the next request by itself (the
    // Dify client keeps its own session cookies per connection and sends them as headers).
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setRawHeader("User-Agent", m_userAgent);
    for (const Header &h : std::as_const(m_request.headers)) {
        if (h.scope == HeaderScope::FirstHop && !firstHop)
            continue;
        if (h.scope == HeaderScope::SameOrigin && !sameOrigin(url, m_firstUrl))
            continue;
        if (!isToken(h.name))
            continue;
        // A value that came from elsewhere (a token pasted with its newline, a cached ETag) cannot
        // end the field and inject another.
        req.setRawHeader(h.name, sanitizedFieldValue(h.value));
    }
    const bool withBody = !m_request.body.isEmpty() && m_method != "GET" && m_method != "HEAD";
    if (withBody && !m_request.contentType.isEmpty())
        req.setRawHeader("Content-Type", m_request.contentType);

    m_mode = Mode::Headers;
    m_status = 0;
    m_total = -1;
    m_errorBody.clear();
    m_headers.clear();
    m_sslErrors.clear();
    QNetworkReply *r = nullptr;
    if (m_method == "GET")
        r = m_nam->get(req);
    else if (m_method == "HEAD")
        r = m_nam->head(req);
    else
        r = m_nam->sendCustomRequest(req, m_method, withBody ? m_request.body : QByteArray());
    m_reply = r;
    // Qt buffers at most this much ahead of us; the rest waits in the socket (back-pressure).
    r->setReadBufferSize(1024 * 1024);
    connect(r, &QNetworkReply::metaDataChanged, this, &Download::onMetaData);
    connect(r, &QNetworkReply::readyRead, this, &Download::onReadyRead);
    connect(r, &QNetworkReply::finished, this, &Download::onHopFinished);
    connect(r, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (m_request.stallMs > 0)
            m_stall.start(m_request.stallMs);
        if (sent > 0 || total > 0)
            emit uploadProgress(sent, total);
    });
#if QT_CONFIG(ssl)
    connect(r, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
#endif
    if (m_request.stallMs > 0)
        m_stall.start(m_request.stallMs);
}

void Download::onMetaData()
{
    QNetworkReply *r = reply();
    if (!r || m_finished || m_mode != Mode::Headers)
        return;
    const QVariant statusAttr = r->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid())
        return; // not an HTTP answer yet
    m_status = statusAttr.toInt();
    m_headers = r->rawHeaderPairs();
    if (m_request.stallMs > 0)
        m_stall.start(m_request.stallMs);
    if (isRedirectStatus(m_status) && m_request.maxRedirects > 0 && !m_request.acceptStatus.contains(m_status)) {
        m_mode = Mode::Redirect;
        return;
    }
    const bool accepted = (m_status >= 200 && m_status < 300) || m_request.acceptStatus.contains(m_status)
        || (isRedirectStatus(m_status) && m_request.maxRedirects <= 0);
    if (!accepted) {
        m_mode = Mode::ErrorBody;
        return;
    }
    m_mode = Mode::Body;
    bool ok = false;
    const qint64 length = r->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    m_total = ok && length >= 0 ? length : -1;
    if (m_total > m_request.maxBytes)
        return fail(make(FailureKind::TooLarge, url(), StudioTr::tr("it announces %1").arg(sizeText(m_total))));
    if (m_request.sink == Sink::Memory && m_total > 0)
        m_body.reserve(m_total); // within the cap: one allocation instead of doublings
    if (m_request.sink == Sink::File && !m_file) {
        const QString dir = m_request.tempDir.isEmpty() ? QDir::tempPath() : m_request.tempDir;
        QDir().mkpath(dir);
        m_file = std::make_unique<QTemporaryFile>(dir + QStringLiteral("/download-XXXXXX.part"));
        m_file->setAutoRemove(true);
        if (!m_file->open()) {
            const QString why = m_file->errorString();
            m_file.reset();
            return fail(make(FailureKind::Io, QUrl::fromLocalFile(dir), why));
        }
    }
}

void Download::onReadyRead()
{
    QNetworkReply *r = reply();
    if (!r || m_finished)
        return;
    if (m_mode == Mode::Headers)
        onMetaData();
    if (m_finished || !reply())
        return;
    if (m_request.stallMs > 0)
        m_stall.start(m_request.stallMs);
    while (!m_finished && m_reply && r->bytesAvailable() > 0) {
        const QByteArray chunk = r->read(qMin<qint64>(r->bytesAvailable(), kReadChunk));
        if (chunk.isEmpty())
            break;
        switch (m_mode) {
        case Mode::Headers:
        case Mode::Body:
            // Subtraction, not addition: no overflow whatever the sizes.
            if (chunk.size() > m_request.maxBytes - m_received)
                return fail(make(FailureKind::TooLarge, url(),
                                 StudioTr::tr("more than %1 arrived").arg(sizeText(m_request.maxBytes))));
            if (m_file) {
                if (m_file->write(chunk) != chunk.size())
                    return fail(make(FailureKind::Io, QUrl::fromLocalFile(m_file->fileName()), m_file->errorString()));
            } else {
                m_body.append(chunk);
            }
            m_received += chunk.size();
            emit progress(m_received, m_total);
            break;
        case Mode::ErrorBody:
            m_errorBody.append(chunk.left(kMaxErrorBodyBytes - m_errorBody.size()));
            if (m_errorBody.size() >= kMaxErrorBodyBytes)
                return fail(httpFailure()); // enough to explain it; the rest is not read
            break;
        case Mode::Redirect:
            m_errorBody.append(chunk.left(kMaxErrorBodyBytes - m_errorBody.size()));
            if (m_errorBody.size() >= kMaxErrorBodyBytes)
                return followRedirect(); // a redirect's body is never needed
            break;
        }
    }
}

void Download::onHopFinished()
{
    QNetworkReply *r = reply();
    if (!r || m_finished)
        return;
    if (m_mode == Mode::Headers)
        onMetaData();
    if (m_finished)
        return;
    onReadyRead();
    if (m_finished)
        return;
    const QNetworkReply::NetworkError err = r->error();
    if (m_mode == Mode::Redirect)
        return followRedirect();
    if (m_mode == Mode::ErrorBody)
        return fail(httpFailure());
    // An accepted status (acceptStatus: 404, 409, ...) is an answer even though Qt reports it as an error.
    const bool statusError = (err >= QNetworkReply::ContentAccessDenied && err <= QNetworkReply::UnknownContentError)
        || (err >= QNetworkReply::InternalServerError && err <= QNetworkReply::UnknownServerError);
    if (err != QNetworkReply::NoError && !(m_mode == Mode::Body && m_status >= 300 && statusError))
        return fail(classify(r));
    const bool encoded = !rawHeader("Content-Encoding").isEmpty()
        && rawHeader("Content-Encoding").trimmed().compare("identity", Qt::CaseInsensitive) != 0;
    if (m_total >= 0 && !encoded && m_received < m_total && m_method != "HEAD")
        return fail(make(FailureKind::ConnectionClosed, url(),
                         StudioTr::tr("%1 of %2 arrived").arg(sizeText(m_received), sizeText(m_total))));
    succeed();
}

void Download::followRedirect()
{
    QNetworkReply *r = reply();
    const QUrl from = url();
    const int status = m_status;
    const QByteArray location = rawHeader("Location").trimmed();
    dropReply();
    if (location.isEmpty())
        return fail(make(FailureKind::Redirect, from, StudioTr::tr("it answered HTTP %1 without a Location").arg(status)));
    const QUrl target = from.resolved(QUrl::fromEncoded(location));
    Q_UNUSED(r);
    if (!target.isValid() || target.host().isEmpty()
        || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))) {
        Failure f = make(FailureKind::Redirect, from,
                         StudioTr::tr("it redirects to \"%1\" (Location), which is not an http(s) address").arg(excerpt(location)));
        f.refused = true;
        return fail(f);
    }
    if (from.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http")) {
        Failure f = make(FailureKind::Redirect, from, StudioTr::tr("it redirects from https down to plain http (%1)").arg(shown(target)));
        f.refused = true;
        return fail(f);
    }
    if (m_hops.size() > m_request.maxRedirects)
        return fail(make(FailureKind::Redirect, from, StudioTr::tr("more than %1 redirects").arg(m_request.maxRedirects)));
    QByteArray method = m_method;
    if ((status == 303 && method != "HEAD") || ((status == 301 || status == 302) && method == "POST"))
        method = "GET";
    if (m_visited.contains(visitKey(method, target)))
        return fail(make(FailureKind::Redirect, from, StudioTr::tr("the redirects go round in a loop (back to %1)").arg(shown(target))));
    m_method = method;
    sendHop(target);
}

void Download::onDeadline()
{
    if (!m_finished)
        abortWith(FailureKind::Timeout);
}

void Download::onStall()
{
    if (!m_finished)
        abortWith(FailureKind::Stalled);
}

void Download::abortWith(FailureKind kind)
{
    fail(make(kind, url()));
}

void Download::dropReply()
{
    if (QNetworkReply *r = m_reply.data()) {
        m_reply = nullptr;
        r->disconnect(this);
        if (r->isRunning())
            r->abort();
        r->deleteLater();
    }
}

void Download::fail(Failure f)
{
    if (m_finished)
        return;
    m_failure = std::move(f);
    dropReply();
    m_file.reset(); // nothing kept on disk
    m_keptFile.clear();
    m_body.clear();
    finishNow();
}

void Download::succeed()
{
    if (m_finished)
        return;
    if (m_file) {
        if (!m_file->flush()) {
            const QString why = m_file->errorString();
            return fail(make(FailureKind::Io, QUrl::fromLocalFile(m_file->fileName()), why));
        }
        m_keptFile = m_file->fileName();
        m_file->close();
    } else if (m_request.sink == Sink::File) {
        // An empty answer (204, a HEAD): an empty file, so callers need no special case.
        const QString dir = m_request.tempDir.isEmpty() ? QDir::tempPath() : m_request.tempDir;
        m_file = std::make_unique<QTemporaryFile>(dir + QStringLiteral("/download-XXXXXX.part"));
        if (!m_file->open()) {
            const QString why = m_file->errorString();
            m_file.reset();
            return fail(make(FailureKind::Io, QUrl::fromLocalFile(dir), why));
        }
        m_keptFile = m_file->fileName();
        m_file->close();
    }
    dropReply();
    finishNow();
}

void Download::finishNow()
{
    m_finished = true;
    m_deadline.stop();
    m_stall.stop();
    if (m_finishQueued)
        QTimer::singleShot(0, this, [this] { emit finished(); });
    else
        emit finished();
}

Failure Download::httpFailure() const
{
    Failure f = make(FailureKind::HttpStatus, url(), excerpt(m_errorBody));
    f.body = m_errorBody;
    return f;
}

Failure Download::classify(QNetworkReply *r) const
{
    const QString why = printable(r->errorString());
    const QUrl u = url();
    switch (r->error()) {
    case QNetworkReply::ConnectionRefusedError: return make(FailureKind::ConnectionRefused, u, why);
    case QNetworkReply::RemoteHostClosedError:
        return make(FailureKind::ConnectionClosed, u,
                    m_total >= 0 ? StudioTr::tr("%1 of %2 arrived").arg(sizeText(m_received), sizeText(m_total)) : why);
    case QNetworkReply::HostNotFoundError: return make(FailureKind::Dns, u, why);
    case QNetworkReply::TimeoutError: return make(FailureKind::Timeout, u, why);
    case QNetworkReply::OperationCanceledError: return make(FailureKind::Cancelled, u, why);
    case QNetworkReply::SslHandshakeFailedError:
        return make(FailureKind::Tls, u, m_sslErrors.isEmpty() ? why : printable(m_sslErrors.join(QStringLiteral("; "))));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError: return make(FailureKind::Offline, u, why);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError: return make(FailureKind::Redirect, u, why);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError: return make(FailureKind::Proxy, u, why);
    case QNetworkReply::UnknownNetworkError: {
        const QString s = r->errorString();
        if (s.contains(QLatin1String("unreachable"), Qt::CaseInsensitive) || s.contains(QLatin1String("No route"), Qt::CaseInsensitive))
            return make(FailureKind::Offline, u, why);
        return make(FailureKind::ConnectionClosed, u, why);
    }
    default: break;
    }
    return make(FailureKind::Protocol, u, why);
}

Failure Download::make(FailureKind kind, const QUrl &u, const QString &detail) const
{
    Failure f;
    f.kind = kind;
    f.url = u;
    f.detail = detail;
    f.httpStatus = m_status;
    const QString host = authority(u);
    const QString where = shown(u);
    switch (kind) {
    case FailureKind::HttpStatus: {
        // The registered phrase, not the one the server chose to send.
        const QByteArray phrase = reasonPhrase(m_status);
        const QString code = phrase.isEmpty() || phrase == "Unknown" ? QStringLiteral("HTTP %1").arg(m_status)
                                                                     : QStringLiteral("HTTP %1 %2").arg(m_status).arg(QString::fromLatin1(phrase));
        const QString said = detail.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(detail);
        if (m_status == 404 || m_status == 410)
            f.message = StudioTr::tr("%1 has nothing at %2 (%3)%4. Check the address or the identifier.").arg(host, where, code, said);
        else if (m_status == 401 || m_status == 403)
            f.message = StudioTr::tr("%1 refused access to %2 (%3)%4. Check the credentials or token you gave.").arg(host, where, code, said);
        else if (m_status == 429)
            f.message = StudioTr::tr("%1 is limiting requests (%2 for %3)%4. Wait a little and try again.").arg(host, code, where, said);
        else if (m_status >= 500)
            f.message = StudioTr::tr("%1 failed on its side (%2 for %3)%4. The server is up but broken, not your network: try "
                                     "again later, or tell the server's operator.").arg(host, code, where, said);
        else
            f.message = StudioTr::tr("%1 refused the request for %2 (%3)%4.").arg(host, where, code, said);
        break;
    }
    case FailureKind::Tls:
        f.message = StudioTr::tr("The secure connection to %1 failed: %2. Check the system date and time; behind a proxy that "
                                 "inspects HTTPS, install its certificate in the system's trusted certificates.").arg(host, detail);
        break;
    case FailureKind::Dns:
        f.message = StudioTr::tr("The host name %1 cannot be resolved (DNS). Check the address, your network connection and "
                                 "your DNS or proxy settings.").arg(printable(u.host()));
        break;
    case FailureKind::ConnectionRefused:
        f.message = StudioTr::tr("%1 refused the connection. Check the address and port, and that the server is running.").arg(host);
        break;
    case FailureKind::ConnectionClosed:
        f.message = StudioTr::tr("The connection to %1 closed before the whole answer arrived (%2). Nothing was kept; try "
                                 "again, and if it keeps happening a proxy or firewall may be cutting the transfer.")
                        .arg(host, detail.isEmpty() ? StudioTr::tr("connection closed") : detail);
        break;
    case FailureKind::Timeout:
        f.message = StudioTr::tr("%1 did not finish answering within %2 s. Nothing was kept; try again later or on a faster "
                                 "connection.").arg(host).arg(m_request.deadlineMs / 1000.0, 0, 'g', 3);
        break;
    case FailureKind::Stalled:
        f.message = StudioTr::tr("The transfer from %1 stalled: nothing arrived for %2 s. Nothing was kept; check your network "
                                 "or proxy and try again.").arg(host).arg(m_request.stallMs / 1000.0, 0, 'g', 3);
        break;
    case FailureKind::TooLarge:
        f.message = StudioTr::tr("The answer from %1 for %2 is larger than the limit of %3 (%4); it was refused and nothing was "
                                 "kept. A genuine server does not send this; check the address.")
                        .arg(host, where, sizeText(m_request.maxBytes), detail);
        break;
    case FailureKind::Offline:
        f.message = StudioTr::tr("No network is available to reach %1 (%2). Connect to a network and try again.").arg(host, detail);
        break;
    case FailureKind::Redirect:
        f.message = StudioTr::tr("The download from %1 was refused: %2.").arg(where, detail);
        break;
    case FailureKind::Proxy:
        f.message = StudioTr::tr("The proxy failed the request to %1 (%2). Check the proxy settings (http_proxy, https_proxy, "
                                 "no_proxy).").arg(host, detail);
        break;
    case FailureKind::Io:
        f.message = StudioTr::tr("Cannot write the download to %1: %2. Free some disk space or choose another folder.")
                        .arg(printable(u.toLocalFile()), detail);
        break;
    case FailureKind::InvalidRequest:
        f.message = StudioTr::tr("\"%1\" is not an http(s) address.").arg(printable(u.toString()));
        break;
    case FailureKind::Protocol:
        f.message = StudioTr::tr("%1 sent an answer that cannot be read (%2). Try again later.").arg(host, detail);
        break;
    case FailureKind::Cancelled:
        f.message = StudioTr::tr("The download from %1 was cancelled.").arg(host);
        break;
    }
    return f;
}

// ---------------------------------------------------------------- downloader

Downloader::Downloader(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)),
      m_userAgent(QByteArrayLiteral("PluginStudio/") + QByteArrayLiteral(STUDIO_VERSION))
{
    // Every redirect is followed by Download, hop by hop, so a header never follows one by accident.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Downloader::~Downloader() = default;

Download *Downloader::start(const Request &request)
{
    auto *d = new Download(m_nam, request, m_userAgent, this);
    d->begin();
    return d;
}

bool Downloader::waitForFinished(Download *download, int timeoutMs)
{
    if (!download)
        return false;
    if (download->isFinished())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(download, &Download::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return download->isFinished();
}

} // namespace Studio::Net
