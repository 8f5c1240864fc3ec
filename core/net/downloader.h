// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one HTTP(S) client of the studio for fetching from servers we do not control: Marketplace
// answers and packages, GitHub releases and their API, Dify's console API and uploads.
//
//   Net::Downloader net;                       // one QNetworkAccessManager, on this thread
//   Net::Request req(url);
//   req.maxBytes = Net::kMaxJsonAnswerBytes;   // the cap, enforced while the body streams in
//   req.addHeader("Authorization", "Bearer " + token, Net::HeaderScope::SameOrigin);
//   Net::Download *d = net.start(req);         // owned by `net`; deleteLater() it when done
//   connect(d, &Net::Download::finished, ...)  // exactly once, always asynchronously
//   d->isOk() ? d->body() : d->failure()->message
//
// What every transfer gets, whoever asks:
// - a size cap enforced while streaming: a Content-Length over the cap is refused before one byte
//   of the body is read, and a body that grows past it (no length, a lying length, an endless
//   body) is cut off at the cap. The body goes to memory (Sink::Memory, for JSON answers) or to a
//   temporary file (Sink::File, for packages); on any failure nothing is kept on disk;
// - redirects followed by hand (at most `maxRedirects`, loops detected, http(s) only, never from
//   https down to http), each hop sending only the headers its scope allows: a credential
//   (HeaderScope::SameOrigin) goes to the first request's origin only, never to a download host a
//   redirect points to;
// - a deadline for the whole transfer and a shorter one for "no byte moved", so neither a slow
//   drip nor a stalled server keeps a caller waiting for ever; cancel() at any time;
// - progress(received, total);
// - failures classified by what they are (Failure::kind: HTTP status with its code, TLS with the
//   certificate problem, DNS, connection refused, connection closed early, timeout, stall, too
//   large, offline, redirect, proxy, disk), each with a message that says what to do.

#include "core/common/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QJsonObject;
class QTemporaryFile;

namespace Studio::Net {

constexpr qint64 kMiB = 1024 * 1024;
// The cap of a JSON / API answer held in memory (Marketplace, GitHub API, Dify). The
// whole-catalogue manifest of 10,000 plugins is 2.5 MiB, the largest answer we know of; 8 MiB
// leaves room for three times that catalogue while a hostile or broken server cannot make the
// studio hold more.
constexpr qint64 kMaxJsonAnswerBytes = 8 * kMiB;
// The part of an error answer (4xx/5xx) kept to explain it (an envelope's msg, GitHub's reason).
constexpr qint64 kMaxErrorBodyBytes = 64 * 1024;

enum class HeaderScope {
    EveryHop,   // User-Agent and the like: harmless anywhere
    SameOrigin, // credentials: only to the first request's origin (scheme, host, port)
    FirstHop,   // never after a redirect (a presigned URL is signed for exactly its own headers)
};

struct Header
{
    QByteArray name;
    QByteArray value;
    HeaderScope scope = HeaderScope::EveryHop;
};

// One part of a multipart/form-data body (a file upload when fileName is set).
struct FormPart
{
    QByteArray name;
    QString fileName;
    QByteArray contentType;
    QByteArray data;
};

enum class Sink {
    Memory, // body() (JSON answers, icons)
    File,   // filePath(): a temporary file, removed with the Download unless moved away
};

struct Request
{
    Request() = default;
    explicit Request(QUrl u) : url(std::move(u)) {}

    QUrl url;
    QByteArray method = "GET";
    QList<Header> headers;
    QByteArray body;        // sent with POST/PUT/PATCH (and kept over 307/308 redirects)
    QByteArray contentType; // of body
    Sink sink = Sink::Memory;
    QString tempDir;        // Sink::File: folder of the temporary file (default QDir::tempPath())
    qint64 maxBytes = kMaxJsonAnswerBytes; // the body's cap (after content decoding)
    int maxRedirects = 10;  // 0: a 3xx answer is the result (its Location in rawHeader())
    int deadlineMs = 120000; // the whole transfer, every hop included
    int stallMs = 30000;     // no byte received or sent for this long
    // Statuses that are results rather than failures, besides 2xx (304 for a conditional GET).
    QList<int> acceptStatus;

    void addHeader(const QByteArray &name, const QByteArray &value, HeaderScope scope = HeaderScope::EveryHop)
    {
        headers.append(Header{name, value, scope});
    }
    // POST with a compact JSON body (Content-Type application/json).
    void setJsonBody(const QJsonObject &object, const QByteArray &verb = "POST");
    // POST with a multipart/form-data body made of `parts` (boundary chosen here).
    void setMultipart(const QList<FormPart> &parts, const QByteArray &verb = "POST");
};

enum class FailureKind {
    HttpStatus,        // the server answered 4xx/5xx (httpStatus, body excerpt)
    Tls,               // the secure connection failed (the certificate problem in detail)
    Dns,               // the host name does not resolve
    ConnectionRefused, // nothing listens at host:port
    ConnectionClosed,  // the connection closed or reset before the whole answer arrived
    Timeout,           // the whole-transfer deadline passed
    Stalled,           // no byte moved for stallMs
    TooLarge,          // the body is larger than maxBytes
    Offline,           // no network (no route, network down)
    Redirect,          // too many redirects, a loop, a Location that is missing or refused
    Proxy,             // the proxy refused, failed or asked for credentials
    Io,                // the temporary file could not be written (disk full, ...)
    InvalidRequest,    // not an http(s) URL, and the like (nothing was sent)
    Protocol,          // a broken answer (bad encoding, HTTP protocol error)
    Cancelled,
};

struct Failure
{
    FailureKind kind = FailureKind::Protocol;
    int httpStatus = 0;      // HttpStatus (and the status seen, where there was one)
    QUrl url;                // the hop that failed
    QString detail;          // the certificate problem, Qt's reason, a body excerpt (printable)
    QString message;         // one or two sentences: what happened and what to do
    QByteArray body;         // HttpStatus: the first kMaxErrorBodyBytes of the answer
    bool refused = false;    // Redirect: refused as unsafe (a non-http(s) target, https -> http)

    // ErrorCode: NotFound (404/410), PermissionDenied (401/403), Timeout (Timeout, Stalled),
    // TooLarge, Cancelled, IoError, InvalidInput, Unsafe (a refused redirect), else NetworkError.
    Error toError() const;
    // The server could not be reached at all (DNS, refused, closed, timeout, stall, offline, proxy,
    // TLS): where a cached copy exists it stands in "offline". An HTTP status is an answer, not this.
    bool isUnreachable() const;
    // "http", "tls", "dns", "refused", "closed", "timeout", "stalled", "too-large", "offline",
    // "redirect", "proxy", "io", "invalid", "protocol", "cancelled" (JSON output, tests).
    static QString kindName(FailureKind kind);
};

class Downloader;

class Download : public QObject
{
    Q_OBJECT
public:
    ~Download() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_failure; }
    const std::optional<Failure> &failure() const { return m_failure; }
    std::optional<Error> error() const;

    // The final answer (after redirects).
    int httpStatus() const { return m_status; }
    QByteArray rawHeader(const QByteArray &name) const; // case-insensitive, final answer
    QUrl url() const { return m_hops.isEmpty() ? m_request.url : m_hops.last(); }
    QList<QUrl> hops() const { return m_hops; } // every URL asked, in order
    const Request &request() const { return m_request; }
    qint64 bytesReceived() const { return m_received; }

    // Sink::Memory: the body.
    QByteArray body() const { return m_body; }
    // Sink::File: the complete body in a temporary file (empty on failure: nothing is kept).
    QString filePath() const;
    // Sink::File: moves the file to `target` (a rename, or a copy across file systems; an existing
    // regular file is replaced). Afterwards filePath() is empty.
    Result<void> moveFileTo(const QString &target);

    // Stops the transfer; finished() follows with FailureKind::Cancelled (no-op once finished).
    void cancel();

signals:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void uploadProgress(qint64 sent, qint64 total); // the request body (an upload) going out
    void finished();

private:
    friend class Downloader;
    Download(QNetworkAccessManager *nam, Request request, QByteArray userAgent, QObject *parent);
    void begin();
    void sendHop(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onHopFinished();
    void onDeadline();
    void onStall();
    void followRedirect();
    void fail(Failure f);
    void succeed();
    void finishNow();
    void dropReply();
    void abortWith(FailureKind kind);
    Failure classify(QNetworkReply *reply) const;
    Failure httpFailure() const;
    Failure make(FailureKind kind, const QUrl &url, const QString &detail = {}) const;
    QNetworkReply *reply() const { return m_reply.data(); }

    enum class Mode { Headers, Body, ErrorBody, Redirect };

    QPointer<QNetworkAccessManager> m_nam;
    Request m_request;
    QByteArray m_userAgent;
    QPointer<QNetworkReply> m_reply;
    QUrl m_firstUrl;
    QList<QUrl> m_hops;
    QSet<QString> m_visited;
    QByteArray m_method;
    QByteArray m_body;       // success body (Sink::Memory)
    QByteArray m_errorBody;  // 4xx/5xx excerpt
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_keptFile;      // the file after succeed()
    QList<QPair<QByteArray, QByteArray>> m_headers; // final answer (Net::HttpHeaderList)
    QStringList m_sslErrors;
    Mode m_mode = Mode::Headers;
    int m_status = 0;
    qint64 m_received = 0;
    qint64 m_total = -1;
    bool m_finished = false;
    bool m_finishQueued = false;
    std::optional<FailureKind> m_abortReason;
    std::optional<Failure> m_failure;
    QTimer m_deadline;
    QTimer m_stall;
};

class Downloader : public QObject
{
    Q_OBJECT
public:
    explicit Downloader(QObject *parent = nullptr);
    ~Downloader() override;

    // "PluginStudio/<version>" unless set.
    void setUserAgent(const QByteArray &ua) { m_userAgent = ua; }
    QByteArray userAgent() const { return m_userAgent; }

    // Starts a transfer; the Download is a child of this downloader (delete it when done).
    Download *start(const Request &request);

    // For the CLI and tests (spins a local event loop): true when the download finished in time.
    static bool waitForFinished(Download *download, int timeoutMs = 15 * 60 * 1000);

private:
    QNetworkAccessManager *m_nam;
    QByteArray m_userAgent;
};

// True when a and b have the same scheme, host and port (default ports filled in).
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace Studio::Net
