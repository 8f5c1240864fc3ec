// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debug/inspector.h"

#include "core/debug/tcptransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Studio::Debug {

QString directionName(Direction d)
{
    return d == Direction::In ? QStringLiteral("in") : QStringLiteral("out");
}

bool MessageFilter::matches(const InspectorMessage &m) const
{
    if (!pluginId.isEmpty() && m.pluginId != pluginId)
        return false;
    if (!sessionId.isEmpty() && m.sessionId != sessionId)
        return false;
    if (direction && m.direction != *direction)
        return false;
    if (!type.isEmpty()) {
        if (type.endsWith(QLatin1Char(':')) || type.endsWith(QLatin1Char('/'))) {
            if (!m.type.startsWith(type))
                return false;
        } else if (m.type != type) {
            return false;
        }
    }
    return true;
}

LineClass classifyLine(const QByteArray &line, Direction direction)
{
    LineClass c;
    // Big lines are parsed too (a stream chunk with a large blob is still a stream chunk); Qt's
    // parser is linear, and the inspector runs on lines the transport already accepted.
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        c.type = QStringLiteral("invalid");
        return c;
    }
    const QJsonObject o = doc.object();
    const QJsonValue sid = o.value(QLatin1String("session_id"));
    if (sid.isString())
        c.sessionId = sid.toString();
    const QString event = o.value(QLatin1String("event")).toString();
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    if (event.isEmpty()) {
        const QString type = o.value(QLatin1String("type")).toString();
        c.type = type.isEmpty() ? QStringLiteral("unknown") : type; // registration envelope
        return c;
    }
    if (event == QLatin1String("request")) {
        c.type = QStringLiteral("request:%1/%2").arg(data.value(QLatin1String("type")).toString(),
                                                      data.value(QLatin1String("action")).toString());
    } else if (event == QLatin1String("backwards_response")) {
        c.type = QStringLiteral("backwards_response");
        const QString inner = data.value(QLatin1String("event")).toString();
        if (!inner.isEmpty())
            c.type += QLatin1Char(':') + inner;
    } else if (event == QLatin1String("session")) {
        const QString t = data.value(QLatin1String("type")).toString();
        if (t == QLatin1String("invoke"))
            c.type = QStringLiteral("invoke:%1").arg(
                data.value(QLatin1String("data")).toObject().value(QLatin1String("type")).toString());
        else
            c.type = t.isEmpty() ? QStringLiteral("session") : t;
    } else {
        c.type = event; // heartbeat, log, error
    }
    Q_UNUSED(direction)
    return c;
}

MessageLog::MessageLog(QObject *parent) : QObject(parent) {}

void MessageLog::setCapacity(int messages)
{
    messages = std::max(1, messages);
    QList<InspectorMessage> ordered = all();
    int drop = std::max(0, int(ordered.size()) - messages);
    if (drop > 0) {
        ordered.erase(ordered.begin(), ordered.begin() + drop);
        m_dropped += drop;
    }
    m_messages = ordered;
    m_head = 0;
    m_capacity = messages;
    if (drop > 0)
        emit messagesDropped(drop);
}

const InspectorMessage &MessageLog::at(int index) const
{
    return m_messages.at((m_head + index) % m_messages.size());
}

QList<InspectorMessage> MessageLog::all() const
{
    QList<InspectorMessage> out;
    out.reserve(m_messages.size());
    for (int i = 0; i < count(); ++i)
        out.append(at(i));
    return out;
}

QList<InspectorMessage> MessageLog::filtered(const MessageFilter &filter) const
{
    QList<InspectorMessage> out;
    for (int i = 0; i < count(); ++i)
        if (filter.matches(at(i)))
            out.append(at(i));
    return out;
}

void MessageLog::clear()
{
    m_messages.clear();
    m_head = 0;
    emit cleared();
}

void MessageLog::push(InspectorMessage &&m)
{
    if (m_messages.size() < m_capacity) {
        m_messages.append(std::move(m));
        emit messageAdded(count() - 1);
        return;
    }
    m_messages[m_head] = std::move(m);
    m_head = (m_head + 1) % m_messages.size();
    ++m_dropped;
    emit messagesDropped(1);
    emit messageAdded(count() - 1);
}

const InspectorMessage &MessageLog::record(Direction direction, const QString &pluginId, const QByteArray &line)
{
    InspectorMessage m;
    m.id = m_nextId++;
    m.time = QDateTime::currentDateTimeUtc();
    m.direction = direction;
    m.pluginId = pluginId;
    const LineClass c = classifyLine(line, direction);
    m.type = c.type;
    m.sessionId = c.sessionId;
    m.size = line.size();
    m.truncated = line.size() > m_maxStored;
    m.raw = m.truncated ? line.left(m_maxStored) : line;
    if (m_paused) {
        static InspectorMessage scratch;
        scratch = m;
        return scratch;
    }
    push(std::move(m));
    return at(count() - 1);
}

void MessageLog::append(const InspectorMessage &message)
{
    InspectorMessage m = message;
    m.id = m_nextId++;
    push(std::move(m));
}

static QJsonObject toJson(const InspectorMessage &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(m.id));
    o.insert(QStringLiteral("time"), m.time.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("direction"), directionName(m.direction));
    o.insert(QStringLiteral("plugin"), m.pluginId);
    o.insert(QStringLiteral("session"), m.sessionId);
    o.insert(QStringLiteral("type"), m.type);
    o.insert(QStringLiteral("size"), double(m.size));
    o.insert(QStringLiteral("truncated"), m.truncated);
    o.insert(QStringLiteral("raw"), QString::fromLatin1(m.raw.toBase64()));
    return o;
}

VoidResult MessageLog::save(const QString &path, const MessageFilter &filter) const
{
    const QList<InspectorMessage> msgs = filtered(filter);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("Studio", "Cannot write the capture: %1").arg(f.errorString()), path);
    QJsonObject header{{QStringLiteral("format"), QStringLiteral("plugin-studio-capture")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("count"), int(msgs.size())}};
    f.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    for (const InspectorMessage &m : msgs)
        f.write(QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact) + '\n');
    if (!f.commit())
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("Studio", "Cannot write the capture: %1").arg(f.errorString()), path);
    return {};
}

Result<QList<InspectorMessage>> MessageLog::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("Studio", "Cannot open the capture: %1").arg(f.errorString()), path);
    QList<InspectorMessage> out;
    int lineNo = 0;
    bool header = false;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError err{};
        const QJsonObject o = QJsonDocument::fromJson(line, &err).object();
        if (err.error != QJsonParseError::NoError)
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Studio", "Not a capture file: line %1 is not JSON (%2)")
                             .arg(lineNo).arg(err.errorString()),
                         path, lineNo);
        if (!header) {
            if (o.value(QLatin1String("format")).toString() != QLatin1String("plugin-studio-capture"))
                return Error(ErrorCode::InvalidInput,
                             QCoreApplication::translate("Studio", "Not a Plugin Studio capture file (the first line "
                                                                   "has no \"format\":\"plugin-studio-capture\")"),
                             path, lineNo);
            if (o.value(QLatin1String("version")).toInt() != 1)
                return Error(ErrorCode::Unsupported,
                             QCoreApplication::translate("Studio", "Capture version %1 is not supported; update "
                                                                   "Plugin Studio")
                                 .arg(o.value(QLatin1String("version")).toInt()),
                             path, lineNo);
            header = true;
            continue;
        }
        InspectorMessage m;
        m.id = o.value(QLatin1String("id")).toInteger();
        m.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        m.direction = o.value(QLatin1String("direction")).toString() == QLatin1String("out") ? Direction::Out
                                                                                              : Direction::In;
        m.pluginId = o.value(QLatin1String("plugin")).toString();
        m.sessionId = o.value(QLatin1String("session")).toString();
        m.type = o.value(QLatin1String("type")).toString();
        m.size = o.value(QLatin1String("size")).toInteger();
        m.truncated = o.value(QLatin1String("truncated")).toBool();
        m.raw = QByteArray::fromBase64(o.value(QLatin1String("raw")).toString().toLatin1());
        out.append(m);
    }
    if (!header)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Studio", "The capture file is empty"), path);
    return out;
}

VoidResult MessageLog::open(const QString &path)
{
    auto loaded = load(path);
    if (!loaded)
        return loaded.error();
    clear();
    for (const InspectorMessage &m : *loaded)
        append(m);
    return {};
}

void MessageLog::attach(Runtime::PluginTransport *transport, const QString &pluginId)
{
    QPointer<MessageLog> self(this);
    connect(transport, &Runtime::PluginTransport::lineReceived, this,
            [this, pluginId](const QByteArray &line) { record(Direction::In, pluginId, line); });
    if (auto *tcp = qobject_cast<TcpTransport *>(transport))
        connect(tcp, &TcpTransport::lineSent, this,
                [this, pluginId](const QByteArray &line) { record(Direction::Out, pluginId, line); });
}

std::unique_ptr<Runtime::PluginTransport> MessageLog::wrap(std::unique_ptr<Runtime::PluginTransport> inner,
                                                           const QString &pluginId)
{
    return std::make_unique<TapTransport>(std::move(inner), this, pluginId);
}

TapTransport::TapTransport(std::unique_ptr<Runtime::PluginTransport> inner, MessageLog *log, QString pluginId,
                           QObject *parent)
    : Runtime::PluginTransport(parent), m_inner(std::move(inner)), m_log(log), m_pluginId(std::move(pluginId))
{
    connect(m_inner.get(), &Runtime::PluginTransport::lineReceived, this, [this](const QByteArray &line) {
        if (m_log)
            m_log->record(Direction::In, m_pluginId, line);
        emit lineReceived(line);
    });
    connect(m_inner.get(), &Runtime::PluginTransport::outputText, this, &Runtime::PluginTransport::outputText);
    connect(m_inner.get(), &Runtime::PluginTransport::closed, this, &Runtime::PluginTransport::closed);
}

bool TapTransport::sendLine(const QByteArray &line)
{
    const bool ok = m_inner->sendLine(line);
    if (ok && m_log)
        m_log->record(Direction::Out, m_pluginId, line);
    return ok;
}

} // namespace Studio::Debug
