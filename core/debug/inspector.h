// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The message inspector: every protocol line of debug connections (and, through a tap, of any
// PluginTransport), with time, direction, plugin, session, message type, size and (capped) bytes.
// Bounded ring buffer; filters; save/open captures as JSON lines with a header line. The GUI's
// table model (app/) sits on top of this plain API and its signals.

#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/runtime/transport.h"

#include <memory>
#include <optional>

namespace Studio::Debug {

enum class Direction { In, Out }; // In = plugin -> studio, Out = studio -> plugin
QString directionName(Direction d); // "in" / "out"

struct InspectorMessage
{
    qint64 id = 0;           // increasing sequence number, never reused
    QDateTime time;          // UTC
    Direction direction = Direction::In;
    QString pluginId;        // "author/name" (or a peer address before registration)
    QString sessionId;       // empty when the line has none
    QString type;            // handshake, heartbeat, request:tool/invoke_tool, stream, end, invoke:storage, ...
    qint64 size = 0;         // full size of the line in bytes
    QByteArray raw;          // the line, at most the per-message cap
    bool truncated = false;  // raw holds only the first bytes
};

struct MessageFilter
{
    QString pluginId;        // exact; empty = any
    QString sessionId;       // exact; empty = any
    QString type;            // exact, or a prefix ending in ':' / '/' (e.g. "request:"); empty = any
    std::optional<Direction> direction;
    bool matches(const InspectorMessage &m) const;
};

// Classifies one line: registration envelopes ({"type":...}), host lines ({"event":"request"|
// "backwards_response"}), plugin lines ({"event":"session"|"heartbeat"|"log"|"error"}).
// Also returns the session id when present. Garbage → "invalid".
struct LineClass
{
    QString type;
    QString sessionId;
};
LineClass classifyLine(const QByteArray &line, Direction direction);

class MessageLog : public QObject
{
    Q_OBJECT
public:
    explicit MessageLog(QObject *parent = nullptr);

    static constexpr int DefaultCapacity = 100000;
    static constexpr qint64 DefaultMaxStoredBytes = 1024 * 1024;

    void setCapacity(int messages);          // oldest messages are dropped beyond it
    int capacity() const { return m_capacity; }
    void setMaxStoredBytes(qint64 bytes) { m_maxStored = bytes; }
    qint64 maxStoredBytes() const { return m_maxStored; }
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }

    // Records a line; returns the stored message.
    const InspectorMessage &record(Direction direction, const QString &pluginId, const QByteArray &line);
    void append(const InspectorMessage &message); // already classified (used when opening captures)

    int count() const { return int(m_messages.size()); }
    // 0 = oldest retained message.
    const InspectorMessage &at(int index) const;
    qint64 droppedCount() const { return m_dropped; } // evicted by the ring buffer
    QList<InspectorMessage> filtered(const MessageFilter &filter) const;
    QList<InspectorMessage> all() const;
    void clear();

    // Capture file: first line {"format":"plugin-studio-capture","version":1,"created":..,"count":..},
    // then one JSON object per message (raw bytes base64).
    VoidResult save(const QString &path, const MessageFilter &filter = {}) const;
    static Result<QList<InspectorMessage>> load(const QString &path);
    // Replaces the content with a capture file.
    VoidResult open(const QString &path);

    // Records the incoming lines of `transport` (and outgoing ones when it is a TcpTransport).
    // Lines are attributed to `pluginId`. For both directions on any transport, use wrap().
    void attach(Runtime::PluginTransport *transport, const QString &pluginId);
    // Wraps any transport (e.g. a stdio one) so every line in both directions is recorded.
    std::unique_ptr<Runtime::PluginTransport> wrap(std::unique_ptr<Runtime::PluginTransport> inner,
                                                   const QString &pluginId);

signals:
    void messageAdded(int index);     // index into at()
    void messagesDropped(int count);  // count oldest messages removed (indexes shift down)
    void cleared();

private:
    void push(InspectorMessage &&m);
    QList<InspectorMessage> m_messages; // ring: m_head = index of the oldest when full
    int m_head = 0;
    int m_capacity = DefaultCapacity;
    qint64 m_maxStored = DefaultMaxStoredBytes;
    qint64 m_nextId = 1;
    qint64 m_dropped = 0;
    bool m_paused = false;
};

// A PluginTransport decorator that records every line into a MessageLog (the "tap").
class TapTransport : public Runtime::PluginTransport
{
    Q_OBJECT
public:
    TapTransport(std::unique_ptr<Runtime::PluginTransport> inner, MessageLog *log, QString pluginId,
                 QObject *parent = nullptr);
    bool isOpen() const override { return m_inner->isOpen(); }
    bool sendLine(const QByteArray &line) override;
    void close(const QString &reason) override { m_inner->close(reason); }
    QString kind() const override { return m_inner->kind(); }
    Runtime::PluginTransport *inner() const { return m_inner.get(); }

private:
    std::unique_ptr<Runtime::PluginTransport> m_inner;
    QPointer<MessageLog> m_log;
    QString m_pluginId;
};

} // namespace Studio::Debug
