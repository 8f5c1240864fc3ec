// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/githubclient.h"
#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/net/downloader.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Studio::Publish {

namespace {

constexpr qint64 kMaxApiAnswer = 8LL * 1024 * 1024;

bool uploadHostAllowed(const QUrl &api, const QUrl &upload)
{
    if (upload.scheme() != api.scheme() && !(api.scheme() == QLatin1String("http") && upload.scheme() == QLatin1String("https")))
        return false;
    const QString a = api.host().toLower(), u = upload.host().toLower();
    if (a == u)
        return true;
    // api.github.com -> uploads.github.com
    return a.startsWith(QLatin1String("api.")) && u == QStringLiteral("uploads.") + a.mid(4);
}

} // namespace

GitHubClient::GitHubClient(QUrl apiBase, QString token, QObject *parent)
    : QObject(parent), m_api(std::move(apiBase)), m_token(std::move(token)), m_net(new Net::Downloader(this))
{
    QString path = m_api.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_api.setPath(path);
}

GitHubClient::~GitHubClient() = default;

QString GitHubClient::encodePath(const QString &path)
{
    QStringList parts;
    for (const QString &p : path.split(QLatin1Char('/')))
        parts << QString::fromLatin1(QUrl::toPercentEncoding(p));
    return parts.join(QLatin1Char('/'));
}

QString GitHubClient::describe(const GitHubAnswer &answer)
{
    const QJsonObject o = answer.json.object();
    QString msg = o.value(QStringLiteral("message")).toString();
    const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject e = errors.first().toObject();
        const QString detail = e.value(QStringLiteral("message")).toString();
        if (!detail.isEmpty())
            msg += QStringLiteral(" (") + detail + QLatin1Char(')');
    }
    if (msg.isEmpty())
        msg = QString::fromUtf8(answer.body.left(300));
    return printable(msg);
}

void GitHubClient::call(const QByteArray &method, const QString &path, const QJsonObject &body, Callback done, QList<int> okStatuses)
{
    QUrl url = m_api;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_api.path() + (q < 0 ? path : path.left(q)), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    const QByteArray payload = body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    send(url, method, payload, payload.isEmpty() ? QByteArray() : QByteArray("application/json"), std::move(done), std::move(okStatuses),
         kMaxApiAnswer);
}

void GitHubClient::uploadAsset(const QString &uploadUrlTemplate, const QString &name, const QByteArray &data, Callback done)
{
    QString base = uploadUrlTemplate;
    const qsizetype brace = base.indexOf(QLatin1Char('{'));
    if (brace >= 0)
        base = base.left(brace);
    QUrl url(base);
    if (!url.isValid() || !uploadHostAllowed(m_api, url)) {
        done(Error(ErrorCode::Unsafe, StudioTr::tr("GitHub named the upload address %1, which is not on %2: the token is not "
                                                   "sent there and nothing was uploaded.")
                                          .arg(printable(uploadUrlTemplate), m_api.host())));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    url.setQuery(query);
    send(url, "POST", data, "application/octet-stream", std::move(done), {}, kMaxApiAnswer);
}

void GitHubClient::send(const QUrl &url, const QByteArray &method, const QByteArray &body, const QByteArray &contentType, Callback done,
                        QList<int> okStatuses, qint64 maxAnswer)
{
    Net::Request req(url);
    req.method = method;
    req.body = body;
    req.contentType = contentType;
    req.maxBytes = maxAnswer;
    req.acceptStatus = okStatuses;
    req.deadlineMs = body.size() > 1024 * 1024 ? 15 * 60 * 1000 : 120000;
    req.addHeader("Accept", "application/vnd.github+json");
    req.addHeader("X-GitHub-Api-Version", "2022-11-28");
    if (!m_token.isEmpty())
        req.addHeader("Authorization", "Bearer " + m_token.toUtf8(), Net::HeaderScope::SameOrigin);
    Net::Download *d = m_net->start(req);
    connect(d, &Net::Download::finished, this, [d, done = std::move(done)] {
        d->deleteLater();
        GitHubAnswer a;
        a.status = d->httpStatus();
        if (d->isOk()) {
            a.body = d->body();
            a.json = QJsonDocument::fromJson(a.body);
            done(a);
            return;
        }
        const Net::Failure &f = *d->failure();
        if (f.kind == Net::FailureKind::HttpStatus) {
            a.status = f.httpStatus;
            a.body = f.body;
            a.json = QJsonDocument::fromJson(f.body);
            QString msg = describe(a);
            ErrorCode code = f.toError().code;
            if (f.httpStatus == 401)
                msg = StudioTr::tr("GitHub refused the token (401 %1): sign in again or create a new token with the "
                                   "`public_repo` scope (classic) or contents + pull requests write access (fine-grained).")
                          .arg(msg);
            else if (f.httpStatus == 403 && d->rawHeader("x-ratelimit-remaining") == "0")
                msg = StudioTr::tr("GitHub's rate limit is used up (%1); it resets at %2. Sign in with a token for a higher limit.")
                          .arg(msg, QString::fromLatin1(d->rawHeader("x-ratelimit-reset")));
            else
                msg = StudioTr::tr("GitHub answered %1 to %2 %3: %4").arg(f.httpStatus).arg(QString::fromLatin1(d->request().method),
                                                                                             d->request().url.path(), msg);
            if (f.httpStatus == 422)
                code = ErrorCode::Conflict;
            Error e(code, msg);
            done(e);
            return;
        }
        done(f.toError());
    });
}

void GitHubClient::cancelAll()
{
    for (Net::Download *d : m_net->findChildren<Net::Download *>())
        d->cancel();
}

} // namespace Studio::Publish
