// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The GitHub REST calls publishing needs (forks, refs, contents, pulls, releases and asset
// upload, check runs), on the studio's one downloader (core/net/downloader.h): every answer capped,
// every failure classified, the token sent to the API's origin only (and to its uploads host, for
// release assets). `apiBase` is https://api.github.com or a GitHub Enterprise / test server
// (`--github-api`). Asynchronous: each call answers once through its callback, on this thread.

#include "core/common/result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace Studio::Net {
class Downloader;
class Download;
} // namespace Studio::Net

namespace Studio::Publish {

struct GitHubAnswer
{
    int status = 0;          // the HTTP status (0: no answer)
    QJsonDocument json;      // the body, when JSON
    QByteArray body;
};

class GitHubClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<GitHubAnswer> &)>;

    GitHubClient(QUrl apiBase, QString token, QObject *parent = nullptr);
    ~GitHubClient() override;

    static QUrl defaultApi() { return QUrl(QStringLiteral("https://api.github.com")); }
    QUrl apiBase() const { return m_api; }
    bool hasToken() const { return !m_token.isEmpty(); }

    // A call relative to the API base ("/repos/o/r/pulls"). `okStatuses` are answers, not
    // failures, besides 2xx (404 for "does it exist?"). The callback runs once.
    void call(const QByteArray &method, const QString &path, const QJsonObject &body, Callback done,
              QList<int> okStatuses = {});
    void get(const QString &path, Callback done, QList<int> okStatuses = {}) { call("GET", path, {}, std::move(done), okStatuses); }

    // Release assets go to the upload URL the release names (its {?name,label} template removed).
    // Refused unless it is on the API's host or its uploads. sibling (uploads.github.com).
    void uploadAsset(const QString &uploadUrlTemplate, const QString &name, const QByteArray &data, Callback done);

    // Stops every call in flight (their callbacks report Cancelled).
    void cancelAll();

    // "a/b c" -> "a/b%20c" for a repository path (slashes kept).
    static QString encodePath(const QString &path);
    // The message of a failed answer: GitHub's `message` and the first `errors[].message`.
    static QString describe(const GitHubAnswer &answer);

private:
    void send(const QUrl &url, const QByteArray &method, const QByteArray &body, const QByteArray &contentType, Callback done,
              QList<int> okStatuses, qint64 maxAnswer);
    QUrl m_api;
    QString m_token;
    Net::Downloader *m_net;
};

} // namespace Studio::Publish
