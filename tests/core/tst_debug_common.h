// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers of the debug tests: a raw TCP client speaking the registration protocol, and the
// SDK-free Python plugin (tests/fixtures/debug/debugclient.py) as a real process.

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace DebugTest {

inline QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

inline QJsonObject envelope(const QString &type, const QJsonValue &data)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("data"), data}};
}

inline QByteArray handshake(const QString &key)
{
    return QJsonDocument(envelope(QStringLiteral("handshake"), QJsonObject{{QStringLiteral("key"), key}}))
               .toJson(QJsonDocument::Compact)
        + "\n";
}

inline QByteArray iconBytes()
{
    return QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
}

inline QJsonObject manifest(const QString &author = QStringLiteral("acme"), const QString &name = QStringLiteral("weather"))
{
    return QJsonDocument::fromJson(QStringLiteral(R"({"version":"0.0.1","type":"plugin","author":"%1","name":"%2",
        "label":{"en_US":"Weather"},"description":{"en_US":"d"},"icon":"icon.svg","created_at":"2026-01-01T00:00:00Z",
        "resource":{"memory":268435456,"permission":{"storage":{"enabled":true,"size":1048576}}},
        "plugins":{"tools":["provider/weather.yaml"]},
        "meta":{"version":"0.0.1","arch":["amd64"],"runner":{"language":"python","version":"3.12","entrypoint":"main"}}})")
                                      .arg(author, name)
                                      .toUtf8())
        .object();
}

inline QJsonArray toolDecl()
{
    return QJsonDocument::fromJson(R"([{"identity":{"author":"acme","name":"weather","label":{"en_US":"Weather"},
        "icon":"icon.svg"},"credentials_schema":[],"tools":[{"identity":{"author":"acme","name":"now",
        "label":{"en_US":"Now"}},"description":{"human":{"en_US":"h"},"llm":"l"},"parameters":[]}]}])")
        .array();
}

inline QByteArray assetChunk(const QString &name, const QByteArray &data, bool end = true)
{
    return line(envelope(QStringLiteral("asset_chunk"),
                         QJsonObject{{QStringLiteral("filename"), name},
                                     {QStringLiteral("data"), QString::fromLatin1(data.toBase64())},
                                     {QStringLiteral("end"), end}}));
}

// A complete valid registration after the handshake.
inline QByteArray registrationBody(const QString &author = QStringLiteral("acme"),
                                   const QString &name = QStringLiteral("weather"))
{
    return line(envelope(QStringLiteral("manifest_declaration"), manifest(author, name)))
        + line(envelope(QStringLiteral("tool_declaration"), toolDecl())) + assetChunk(QStringLiteral("icon.svg"), iconBytes())
        + line(envelope(QStringLiteral("end"), QJsonObject{}));
}

// Connects, sends `bytes`, and collects what the server writes until it closes the socket (or
// `timeoutMs`). Returns {received bytes, closed}.
struct Exchange
{
    QByteArray received;
    bool closed = false;
    qint64 closedAfterMs = -1;
};

// The server lives on this thread, so the client must never block the event loop.
inline Exchange exchange(quint16 port, const QByteArray &bytes, int timeoutMs = 5000)
{
    Exchange ex;
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer t;
    t.start();
    while (s.state() != QAbstractSocket::ConnectedState && t.elapsed() < 3000)
        QTest::qWait(5);
    if (s.state() != QAbstractSocket::ConnectedState)
        return ex;
    t.restart();
    s.write(bytes);
    while (t.elapsed() < timeoutMs) {
        if (s.isOpen())
            ex.received += s.readAll();
        if (s.state() == QAbstractSocket::UnconnectedState)
            break;
        QTest::qWait(10);
    }
    if (s.isOpen())
        ex.received += s.readAll();
    ex.closed = s.state() == QAbstractSocket::UnconnectedState;
    ex.closedAfterMs = ex.closed ? t.elapsed() : -1;
    return ex;
}

// Reads one complete line from `s` while letting the event loop run.
inline QByteArray readLine(QTcpSocket &s, int timeoutMs = 5000)
{
    QElapsedTimer t;
    t.start();
    while (!s.canReadLine() && t.elapsed() < timeoutMs && s.state() == QAbstractSocket::ConnectedState)
        QTest::qWait(5);
    return s.canReadLine() ? s.readLine() : QByteArray();
}

inline QString fixture(const char *name)
{
    return QStringLiteral(STUDIO_FIXTURES "/debug/") + QLatin1String(name);
}

// Starts the SDK-free Python plugin; returns the running process (owned by the caller).
inline QProcess *startClient(quint16 port, const QString &key, const QStringList &extra = {}, QObject *parent = nullptr)
{
    auto *p = new QProcess(parent);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral("python3"),
             QStringList{fixture("debugclient.py"), QStringLiteral("127.0.0.1:%1").arg(port), key} + extra);
    return p;
}

} // namespace DebugTest
