// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Latency options of a TCP connection carrying a line protocol (remote debug, the relay).

class QTcpSocket;

namespace Studio::Net {

// TCP_NODELAY: a line is sent at once, not held back by Nagle's algorithm until the previous one
// is acknowledged.
void setLowDelay(QTcpSocket *socket, bool on = true);

// TCP_QUICKACK (Linux; re-armed by the kernel, so call it on every read): acknowledge at once.
// The dify_plugin SDK writes each JSON object and its "\n\n" as two sends without TCP_NODELAY, so
// its terminator waits for our ACK of the object; a delayed ACK would add ~40 ms to every message.
void quickAck(QTcpSocket *socket);

} // namespace Studio::Net
