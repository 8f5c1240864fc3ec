// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/streamassembler.h"

#include <QCoreApplication>

namespace Studio::Runtime {

namespace {

Result<QByteArray> decodeBase64(const QString &text)
{
    const auto r = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Studio", "a blob is not valid base64"));
    return r.decoded;
}

Result<QByteArray> decodeHex(const QString &text)
{
    static const QByteArray digits("0123456789abcdefABCDEF");
    const QByteArray latin = text.toLatin1();
    if (latin.size() % 2)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Studio", "a hex body has an odd length"));
    for (char c : latin)
        if (!digits.contains(c))
            return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Studio", "a hex body is not valid hex"));
    return QByteArray::fromHex(latin);
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString out;
    if (content.isArray()) {
        for (const QJsonValue &part : content.toArray()) {
            const QJsonObject p = part.toObject();
            if (p.value(QStringLiteral("type")).toString() == QLatin1String("text"))
                out += p.value(QStringLiteral("data")).toString();
        }
    }
    return out; // null / absent -> ""
}

} // namespace

double StreamAssembler::decimal(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toDouble();
    return value.toDouble();
}

VoidResult StreamAssembler::add(const QJsonObject &chunk)
{
    if (chunk.contains(QStringLiteral("delta")) && chunk.value(QStringLiteral("delta")).isObject()) {
        addLlmChunk(chunk);
        return {};
    }
    const QString type = chunk.value(QStringLiteral("type")).toString();
    if (!type.isEmpty() && chunk.contains(QStringLiteral("message")))
        return addToolMessage(chunk);
    const bool endpointLike = !chunk.isEmpty()
                              && (chunk.contains(QStringLiteral("status")) || chunk.contains(QStringLiteral("headers"))
                                  || (m_result.isEndpoint && chunk.contains(QStringLiteral("result"))));
    if (endpointLike && (chunk.value(QStringLiteral("status")).isDouble() || chunk.value(QStringLiteral("headers")).isObject()
                         || m_result.isEndpoint)) {
        bool onlyEndpointKeys = true;
        for (auto it = chunk.begin(); it != chunk.end(); ++it)
            if (it.key() != QLatin1String("status") && it.key() != QLatin1String("headers") && it.key() != QLatin1String("result"))
                onlyEndpointKeys = false;
        if (onlyEndpointKeys)
            return addEndpointChunk(chunk);
    }
    m_result.others.append(chunk);
    return {};
}

VoidResult StreamAssembler::addEndpointChunk(const QJsonObject &chunk)
{
    m_result.isEndpoint = true;
    if (chunk.contains(QStringLiteral("status")))
        m_result.status = chunk.value(QStringLiteral("status")).toInt();
    if (chunk.contains(QStringLiteral("headers"))) {
        const QJsonObject h = chunk.value(QStringLiteral("headers")).toObject();
        for (auto it = h.begin(); it != h.end(); ++it)
            m_result.headers.insert(it.key(), it.value());
    }
    if (chunk.contains(QStringLiteral("result"))) {
        const auto body = decodeHex(chunk.value(QStringLiteral("result")).toString());
        if (!body)
            return body.error();
        m_result.body += *body;
    }
    return {};
}

void StreamAssembler::addLlmChunk(const QJsonObject &chunk)
{
    m_result.isLlm = true;
    if (chunk.contains(QStringLiteral("model")))
        m_result.model = chunk.value(QStringLiteral("model")).toString();
    const QJsonObject delta = chunk.value(QStringLiteral("delta")).toObject();
    const QJsonObject message = delta.value(QStringLiteral("message")).toObject();
    m_result.llmText += contentText(message.value(QStringLiteral("content")));
    for (const QJsonValue &call : message.value(QStringLiteral("tool_calls")).toArray()) {
        // Streamed tool calls may arrive in pieces: merge by id (or append arguments to the last).
        const QJsonObject c = call.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        bool merged = false;
        for (qsizetype i = 0; i < m_result.toolCalls.size(); ++i) {
            QJsonObject existing = m_result.toolCalls.at(i).toObject();
            if ((!id.isEmpty() && existing.value(QStringLiteral("id")).toString() == id)
                || (id.isEmpty() && i == m_result.toolCalls.size() - 1)) {
                QJsonObject fn = existing.value(QStringLiteral("function")).toObject();
                const QJsonObject add = c.value(QStringLiteral("function")).toObject();
                if (fn.value(QStringLiteral("name")).toString().isEmpty())
                    fn.insert(QStringLiteral("name"), add.value(QStringLiteral("name")));
                fn.insert(QStringLiteral("arguments"), QString(fn.value(QStringLiteral("arguments")).toString()
                                                                   + add.value(QStringLiteral("arguments")).toString()));
                existing.insert(QStringLiteral("function"), fn);
                m_result.toolCalls.replace(i, existing);
                merged = true;
                break;
            }
        }
        if (!merged)
            m_result.toolCalls.append(c);
    }
    const QJsonValue usage = delta.value(QStringLiteral("usage"));
    if (usage.isObject())
        m_result.usage = usage.toObject();
    const QJsonValue finish = delta.value(QStringLiteral("finish_reason"));
    if (finish.isString() && !finish.toString().isEmpty())
        m_result.finishReason = finish.toString();
    if (chunk.value(QStringLiteral("structured_output")).isObject())
        m_result.structuredOutput = chunk.value(QStringLiteral("structured_output")).toObject();
}

VoidResult StreamAssembler::addBlobChunk(const QJsonObject &message, const QJsonObject &meta)
{
    const QString id = message.value(QStringLiteral("id")).toString();
    auto data = decodeBase64(message.value(QStringLiteral("blob")).toString());
    if (!data)
        return data.error();
    if (data->size() > MaxChunkBytes)
        return Error(ErrorCode::TooLarge,
                     QCoreApplication::translate("Studio",
                         "single file chunk is too large: blob %1 sent %2 bytes in one chunk, the limit is %3")
                         .arg(id).arg(data->size()).arg(MaxChunkBytes));
    int index = m_blobIndex.value(id, -1);
    if (index < 0) {
        AssembledBlob blob;
        blob.id = id;
        blob.meta = meta;
        m_result.blobs.append(blob);
        index = int(m_result.blobs.size() - 1);
        m_blobIndex.insert(id, index);
    }
    AssembledBlob &blob = m_result.blobs[index];
    if (blob.complete)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Studio", "blob %1 got a chunk after its end").arg(id));
    if (blob.data.size() + data->size() > MaxBlobBytes) {
        blob.data.clear();
        blob.complete = true;
        return Error(ErrorCode::TooLarge,
                     QCoreApplication::translate("Studio", "file is too large: blob %1 exceeds %2 bytes")
                         .arg(id).arg(MaxBlobBytes));
    }
    blob.data += *data;
    if (message.contains(QStringLiteral("total_length")))
        blob.totalLength = message.value(QStringLiteral("total_length")).toInteger();
    if (!meta.isEmpty())
        blob.meta = meta;
    if (message.value(QStringLiteral("end")).toBool())
        blob.complete = true;
    return {};
}

VoidResult StreamAssembler::addToolMessage(const QJsonObject &chunk)
{
    const QString type = chunk.value(QStringLiteral("type")).toString();
    const QJsonObject message = chunk.value(QStringLiteral("message")).toObject();
    const QJsonObject meta = chunk.value(QStringLiteral("meta")).toObject();
    if (type == QLatin1String("text")) {
        m_result.text += message.value(QStringLiteral("text")).toString();
    } else if (type == QLatin1String("link")) {
        m_result.links.append(message.value(QStringLiteral("text")).toString());
    } else if (type == QLatin1String("image") || type == QLatin1String("image_link")
               || type == QLatin1String("binary_link") || type == QLatin1String("file")) {
        QString url = message.value(QStringLiteral("text")).toString();
        if (url.isEmpty())
            url = message.value(QStringLiteral("url")).toString();
        (type == QLatin1String("binary_link") || type == QLatin1String("file") ? m_result.links : m_result.images)
            .append(url);
    } else if (type == QLatin1String("json")) {
        m_result.jsons.append(message.value(QStringLiteral("json_object")));
    } else if (type == QLatin1String("blob")) {
        const auto data = decodeBase64(message.value(QStringLiteral("blob")).toString());
        if (!data)
            return data.error();
        if (data->size() > MaxBlobBytes)
            return Error(ErrorCode::TooLarge, QCoreApplication::translate("Studio", "file is too large: %1 bytes (limit %2)")
                                                  .arg(data->size()).arg(MaxBlobBytes));
        AssembledBlob blob;
        blob.data = *data;
        blob.meta = meta;
        blob.totalLength = data->size();
        blob.complete = true;
        m_result.blobs.append(blob);
    } else if (type == QLatin1String("blob_chunk")) {
        return addBlobChunk(message, meta);
    } else if (type == QLatin1String("variable")) {
        const QString name = message.value(QStringLiteral("variable_name")).toString();
        const QJsonValue value = message.value(QStringLiteral("variable_value"));
        if (message.value(QStringLiteral("stream")).toBool()) {
            m_result.variables.insert(name, QString(m_result.variables.value(name).toString() + value.toString()));
        } else {
            m_result.variables.insert(name, value);
        }
    } else if (type == QLatin1String("log")) {
        const QString id = message.value(QStringLiteral("id")).toString();
        const int index = m_logIndex.value(id, -1);
        if (index < 0) {
            m_logIndex.insert(id, int(m_result.logs.size()));
            m_result.logs.append(message);
        } else {
            m_result.logs[index] = message;
        }
    } else if (type == QLatin1String("retriever_resources")) {
        for (const QJsonValue &r : message.value(QStringLiteral("retriever_resources")).toArray())
            m_result.retrieverResources.append(r);
        m_result.retrieverContext += message.value(QStringLiteral("context")).toString();
    } else {
        m_result.warnings.append(QCoreApplication::translate("Studio", "unknown message type \"%1\"").arg(type));
        m_result.others.append(chunk);
    }
    return {};
}

QJsonObject AssembledResult::toJson() const
{
    QJsonObject o;
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    if (!jsons.isEmpty()) {
        QJsonArray a;
        for (const QJsonValue &v : jsons)
            a.append(v);
        o.insert(QStringLiteral("json"), a);
    }
    if (!links.isEmpty())
        o.insert(QStringLiteral("links"), QJsonArray::fromStringList(links));
    if (!images.isEmpty())
        o.insert(QStringLiteral("images"), QJsonArray::fromStringList(images));
    if (!blobs.isEmpty()) {
        QJsonArray a;
        for (const AssembledBlob &b : blobs)
            a.append(QJsonObject{{QStringLiteral("id"), b.id},
                                 {QStringLiteral("size"), qint64(b.data.size())},
                                 {QStringLiteral("complete"), b.complete},
                                 {QStringLiteral("meta"), b.meta},
                                 {QStringLiteral("base64"), QString::fromLatin1(b.data.toBase64())}});
        o.insert(QStringLiteral("blobs"), a);
    }
    if (!variables.isEmpty())
        o.insert(QStringLiteral("variables"), variables);
    if (!logs.isEmpty()) {
        QJsonArray a;
        for (const QJsonObject &l : logs)
            a.append(l);
        o.insert(QStringLiteral("logs"), a);
    }
    if (!retrieverResources.isEmpty())
        o.insert(QStringLiteral("retriever_resources"), retrieverResources);
    if (isLlm) {
        o.insert(QStringLiteral("llm"), QJsonObject{{QStringLiteral("model"), model},
                                                    {QStringLiteral("text"), llmText},
                                                    {QStringLiteral("tool_calls"), toolCalls},
                                                    {QStringLiteral("usage"), usage},
                                                    {QStringLiteral("finish_reason"), finishReason}});
    }
    if (isEndpoint) {
        o.insert(QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("status"), status},
                                                         {QStringLiteral("headers"), headers},
                                                         {QStringLiteral("body"), QString::fromUtf8(body)}});
    }
    if (!others.isEmpty()) {
        QJsonArray a;
        for (const QJsonObject &x : others)
            a.append(x);
        o.insert(QStringLiteral("results"), a);
    }
    return o;
}

} // namespace Studio::Runtime
