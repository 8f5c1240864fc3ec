// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A line-framed link to ONE plugin instance: a local process over stdio, or a remote-debug TCP
// connection after its registration. The session layer (sessions, reverse calls, stream assembly)
// works on this interface only, so local and debug-connected plugins are driven the same way.
//
// Plugin -> host lines are JSON objects (protocol.md §1.2); empty lines are skipped by the
// transport. Host -> plugin lines are compact JSON followed by exactly one '\n'.

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Studio::Runtime {

class PluginTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PluginTransport() override = default;

    virtual bool isOpen() const = 0;
    // Writes one line (a '\n' is appended). Returns false if the transport is closed.
    virtual bool sendLine(const QByteArray &line) = 0;
    // Ends the link (kills the process group / closes the socket). Emits closed() once.
    virtual void close(const QString &reason) = 0;
    // "local" or "remote"; used in messages and in the inspector.
    virtual QString kind() const = 0;

signals:
    void lineReceived(const QByteArray &line);   // one complete, non-empty line without terminator
    void outputText(const QString &text, bool isStderr); // non-protocol output (stderr, prints)
    void closed(const QString &reason);          // the link is gone; pending calls must fail now
};

} // namespace Studio::Runtime
