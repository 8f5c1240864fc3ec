// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns the stream chunks of one invocation into user-level results (protocol.md §5).
// Feed chunks in order with add(); read result(). Tool/agent/datasource messages, LLM chunks and
// endpoint responses are recognised by their shape, so one assembler fits every action.

#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Studio::Runtime {

struct AssembledBlob
{
    QString id;            // blob_chunk id ("" for a single blob)
    QByteArray data;
    QJsonObject meta;      // mime_type, filename, ...
    qint64 totalLength = -1;
    bool complete = false; // single blobs and chunk series with end:true
};

struct AssembledResult
{
    // tool / agent / datasource messages
    QString text;                  // all `text` messages concatenated
    QList<QJsonValue> jsons;       // json_object values
    QStringList links, images;     // link / image URLs (and image_link, binary_link, file URLs)
    QList<AssembledBlob> blobs;
    QJsonObject variables;         // name -> value (streamed strings appended)
    QList<QJsonObject> logs;       // by id, latest state, in first-seen order
    QJsonArray retrieverResources;
    QString retrieverContext;
    // LLM chunks
    bool isLlm = false;
    QString llmText;
    QJsonArray toolCalls;
    QJsonObject usage;
    QString finishReason;
    QString model;
    QJsonObject structuredOutput;
    // endpoint responses
    bool isEndpoint = false;
    int status = 0;
    QJsonObject headers;
    QByteArray body;
    // anything else (action results such as {"result":true}), in order
    QList<QJsonObject> others;
    QStringList warnings;          // tolerated oddities (unknown message types, ...)

    QJsonObject toJson() const;    // a display/CLI form (blobs as base64 + size)
};

class StreamAssembler
{
public:
    static constexpr qint64 MaxChunkBytes = 8192;             // decoded bytes per blob_chunk
    static constexpr qint64 MaxBlobBytes = 15 * 1024 * 1024;  // per reassembled file

    // Adds one `stream` data object. Errors (blob limits, bad base64/hex) say what is wrong; the
    // assembler stays usable for the following chunks.
    VoidResult add(const QJsonObject &chunk);
    const AssembledResult &result() const { return m_result; }

    // LLM usage prices may be strings or numbers; this reads both.
    static double decimal(const QJsonValue &value);

private:
    VoidResult addToolMessage(const QJsonObject &chunk);
    void addLlmChunk(const QJsonObject &chunk);
    VoidResult addEndpointChunk(const QJsonObject &chunk);
    VoidResult addBlobChunk(const QJsonObject &message, const QJsonObject &meta);

    AssembledResult m_result;
    QHash<QString, int> m_blobIndex; // blob_chunk id -> index in blobs
    QHash<QString, int> m_logIndex;
};

} // namespace Studio::Runtime
