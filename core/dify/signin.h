// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Signing in to a Dify the way its web console does (install-and-marketplace.md §2.0):
//   1. GET  /console/api/system-features   the version (X-Version header; < 1.0 has no plugins),
//      whether e-mail + password sign-in is on, the install restrictions; an http address that
//      redirects to https is followed and kept;
//   2. POST /console/api/login {email, password, remember_me}: the password Base64-encoded on a
//      Dify >= 1.11 (and when the version is unknown, falling back once to the plain password on
//      exactly "Invalid encrypted data"), plain before; the tokens come back as cookies (cookie
//      mode) or in the body (bearer mode, Dify 1.0-1.8);
//   3. GET /account/profile, GET /workspaces, POST /workspaces/current (the member's role), and
//      POST /workspaces/switch when a workspace was asked for by id or name.
// Errors say what to do: a wrong password, a locked e-mail (too many failures), SSO-only sign-in,
// an unreachable host, a TLS problem (with the certificate's problem), a Dify too old for plugins.

#include "core/dify/connection.h"
#include "core/dify/consoleclient.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Studio::Dify {

struct SignInRequest
{
    QString address;        // what the user typed (see ConsoleClient::consoleApiUrl)
    QString email;
    QString password;
    QString workspace;      // id or name of the workspace to manage ("" = the account's current one)
    QString connectionName; // kept on the result
};

struct SignInResult
{
    Connection connection;  // name, API URL, account, version, workspace, install restrictions
    Tokens tokens;
    QList<RemoteWorkspaceInfo> workspaces;
    QJsonObject features;   // /system-features as Dify answered
    bool passwordEncoded = false; // the password went Base64-encoded
};

// The oldest Dify with plugins.
inline const QString kMinimumDifyVersion = QStringLiteral("1.0.0");
// From this version on the console wants the password Base64-encoded.
inline const QString kEncodedPasswordVersion = QStringLiteral("1.11.0");

class SignIn : public QObject
{
    Q_OBJECT
public:
    explicit SignIn(Net::Downloader *net = nullptr, QObject *parent = nullptr);
    // Starts; finished() follows exactly once, asynchronously.
    void start(const SignInRequest &request);
    void cancel();

    bool isFinished() const { return m_finished; }
    const std::optional<ConsoleError> &error() const { return m_error; }
    const SignInResult &result() const { return m_result; }

signals:
    void step(const QString &text); // "Connecting to …", "Signing in …", "Reading workspaces …"
    void finished();

private:
    void probe();
    void login(bool encoded);
    void readAccount();
    void readWorkspaces();
    void readCurrent(bool afterSwitch);
    void fail(ConsoleError error);
    void succeed();
    ConsoleError simple(ConsoleErrorKind kind, const QString &message) const;

    ConsoleClient *m_client = nullptr;
    Net::Downloader *m_net = nullptr;
    SignInRequest m_request;
    SignInResult m_result;
    std::optional<ConsoleError> m_error;
    QPointer<ConsoleReply> m_pending;
    bool m_finished = false;
    bool m_triedPlain = false;
};

} // namespace Studio::Dify
