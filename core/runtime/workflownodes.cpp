// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/workflownodes.h"

#include "core/runtime/invocation.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/streamassembler.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace Studio::Runtime {

namespace {

const QString kClassifier = QStringLiteral("node_question_classifier");
const QString kExtractor = QStringLiteral("node_parameter_extractor");
const QString kSummary = QStringLiteral("system_summary");

QString invalid(const QString &what)
{
    return QStringLiteral("unmarshal backwards invoke request failed: %1").arg(what);
}

// "langgenius/openai/openai" -> "openai"
QString shortProvider(const QString &provider)
{
    const int slash = provider.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? provider : provider.mid(slash + 1);
}

QJsonObject message(const QString &role, const QString &content)
{
    return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}, {QStringLiteral("name"), QJsonValue::Null}};
}

// Chat models get a system and a user message; completion models one user message with both.
QJsonArray prompt(const QJsonObject &request, const QString &system, const QString &user)
{
    const QString mode = request.value(QStringLiteral("model")).toObject().value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("completion"))
        return QJsonArray{message(QStringLiteral("user"), system + QStringLiteral("\n\n") + user)};
    return QJsonArray{message(QStringLiteral("system"), system), message(QStringLiteral("user"), user)};
}

QString instructionBlock(const QJsonObject &request)
{
    const QString instruction = request.value(QStringLiteral("instruction")).toString().trimmed();
    return instruction.isEmpty() ? QString()
                                 : QStringLiteral("\n\nAdditional instruction from the workflow author:\n%1").arg(instruction);
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

QJsonObject processData(const QJsonObject &request, const QJsonArray &prompt, const QJsonObject &usage,
                        const QString &finishReason)
{
    const QJsonObject model = request.value(QStringLiteral("model")).toObject();
    return {{QStringLiteral("model_mode"), model.value(QStringLiteral("mode")).toString(QStringLiteral("chat"))},
            {QStringLiteral("prompts"), prompt},
            {QStringLiteral("usage"), usage},
            {QStringLiteral("finish_reason"), finishReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(finishReason)},
            {QStringLiteral("model_provider"), model.value(QStringLiteral("provider"))},
            {QStringLiteral("model_name"), model.value(QStringLiteral("name"))},
            {QStringLiteral("studio_emulated"), true}};
}

bool isKnownParameterType(const QString &t)
{
    static const QStringList types{QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("bool"),
                                   QStringLiteral("select"), QStringLiteral("array[string]"),
                                   QStringLiteral("array[number]"), QStringLiteral("array[object]")};
    return types.contains(t);
}

QJsonValue defaultFor(const QString &type)
{
    if (type.startsWith(QLatin1String("array")))
        return QJsonArray();
    if (type == QLatin1String("number"))
        return 0;
    if (type == QLatin1String("bool"))
        return false;
    return QString();
}

std::optional<double> toNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

// One value coerced to a declared type; nullopt when it cannot be.
std::optional<QJsonValue> coerce(const QJsonObject &param, const QJsonValue &v)
{
    const QString type = param.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("string")) {
        if (v.isString())
            return v;
        if (v.isDouble() || v.isBool())
            return QJsonValue(compact(v));
        return std::nullopt;
    }
    if (type == QLatin1String("number")) {
        if (auto d = toNumber(v))
            return QJsonValue(*d);
        return std::nullopt;
    }
    if (type == QLatin1String("bool")) {
        if (v.isBool())
            return v;
        if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
            return QJsonValue(v.toDouble() == 1);
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1"))
            return QJsonValue(true);
        if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0"))
            return QJsonValue(false);
        return std::nullopt;
    }
    if (type == QLatin1String("select")) {
        const QString s = v.isString() ? v.toString().trimmed() : v.isDouble() ? compact(v) : QString();
        if (s.isEmpty())
            return std::nullopt;
        for (const QJsonValue &o : param.value(QStringLiteral("options")).toArray())
            if (o.toString().compare(s, Qt::CaseInsensitive) == 0)
                return QJsonValue(o.toString());
        return std::nullopt;
    }
    if (type.startsWith(QLatin1String("array["))) {
        const QString item = type.mid(6, type.size() - 7);
        const QJsonArray in = v.isArray() ? v.toArray() : QJsonArray{v}; // a lone value becomes a one-item list
        QJsonArray out;
        for (const QJsonValue &e : in) {
            if (item == QLatin1String("string") && (e.isString() || e.isDouble() || e.isBool()))
                out.append(e.isString() ? e : QJsonValue(compact(e)));
            else if (item == QLatin1String("number") && toNumber(e))
                out.append(*toNumber(e));
            else if (item == QLatin1String("object") && e.isObject())
                out.append(e);
            else
                return std::nullopt;
        }
        return QJsonValue(out);
    }
    return std::nullopt;
}

QJsonObject schemaFor(const QJsonObject &param)
{
    const QString type = param.value(QStringLiteral("type")).toString();
    QJsonObject s;
    if (type == QLatin1String("number"))
        s.insert(QStringLiteral("type"), QStringLiteral("number"));
    else if (type == QLatin1String("bool"))
        s.insert(QStringLiteral("type"), QStringLiteral("boolean"));
    else if (type.startsWith(QLatin1String("array["))) {
        const QString item = type.mid(6, type.size() - 7);
        s.insert(QStringLiteral("type"), QStringLiteral("array"));
        s.insert(QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), item}});
    } else {
        s.insert(QStringLiteral("type"), QStringLiteral("string"));
        if (type == QLatin1String("select"))
            s.insert(QStringLiteral("enum"), param.value(QStringLiteral("options")).toArray());
    }
    const QString description = param.value(QStringLiteral("description")).toString();
    if (!description.isEmpty())
        s.insert(QStringLiteral("description"), description);
    return s;
}

// The start of an HTTP body for an error message: at most 500 bytes, control characters as '?'.
QString snippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(500)).trimmed();
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n'))
            c = QLatin1Char('?');
    return text;
}

} // namespace

SystemModelConfig SystemModelConfig::fromString(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    for (const QString &p : parts)
        if (p.trimmed().isEmpty())
            return {};
    if (parts.size() >= 4)
        return {parts.mid(0, 3).join(QLatin1Char('/')), parts.mid(3).join(QLatin1Char('/'))};
    if (parts.size() == 2)
        return {parts[0], parts[1]};
    return {};
}

QString SystemModelConfig::toString() const
{
    return isConfigured() ? provider + QLatin1Char('/') + model : QString();
}

namespace WorkflowNodes {

bool isNodeType(const QString &t)
{
    return t == kClassifier || t == kExtractor || t == kSummary;
}

QString innerApiPath(const QString &t)
{
    if (t == kClassifier)
        return QStringLiteral("invoke/question-classifier");
    if (t == kExtractor)
        return QStringLiteral("invoke/parameter-extractor");
    return QStringLiteral("invoke/summary");
}

QString failurePrefix(const QString &t)
{
    if (t == kClassifier)
        return QStringLiteral("invoke question classifier failed: ");
    if (t == kExtractor)
        return QStringLiteral("invoke parameter extractor failed: ");
    return QStringLiteral("invoke summary failed: ");
}

VoidResult validateRequest(const QString &t, const QJsonObject &r)
{
    auto bad = [](const QString &what) { return VoidResult(Error(ErrorCode::InvalidInput, invalid(what))); };
    if (t == kSummary) {
        if (r.value(QStringLiteral("text")).toString().isEmpty())
            return bad(QStringLiteral("\"text\" is required"));
        return {};
    }
    if (r.value(QStringLiteral("query")).toString().isEmpty())
        return bad(QStringLiteral("\"query\" is required"));
    const QJsonObject model = r.value(QStringLiteral("model")).toObject();
    for (const char *k : {"provider", "name", "mode"})
        if (model.value(QLatin1String(k)).toString().isEmpty())
            return bad(QStringLiteral("\"model.%1\" is required").arg(QLatin1String(k)));
    if (t == kClassifier) {
        const QJsonArray classes = r.value(QStringLiteral("classes")).toArray();
        if (classes.isEmpty())
            return bad(QStringLiteral("\"classes\" is required"));
        for (const QJsonValue &c : classes)
            if (c.toObject().value(QStringLiteral("id")).toString().isEmpty()
                || c.toObject().value(QStringLiteral("name")).toString().isEmpty())
                return bad(QStringLiteral("every class needs an \"id\" and a \"name\""));
    } else {
        const QJsonValue params = r.value(QStringLiteral("parameters"));
        if (!params.isArray())
            return bad(QStringLiteral("\"parameters\" is required"));
        for (const QJsonValue &p : params.toArray()) {
            const QJsonObject o = p.toObject();
            if (o.value(QStringLiteral("name")).toString().isEmpty())
                return bad(QStringLiteral("every parameter needs a \"name\""));
            const QString type = o.value(QStringLiteral("type")).toString();
            if (!isKnownParameterType(type))
                return bad(QStringLiteral("parameter \"%1\" has the type \"%2\"; use one of string, number, bool, "
                                          "select, array[string], array[number], array[object]")
                               .arg(o.value(QStringLiteral("name")).toString(), type));
        }
    }
    return {};
}

QJsonObject innerApiBody(const QString &t, const QJsonObject &r)
{
    QJsonObject body{{QStringLiteral("tenant_id"), r.value(QStringLiteral("tenant_id")).toString()},
                     {QStringLiteral("user_id"), r.value(QStringLiteral("user_id")).toString()},
                     {QStringLiteral("type"), t}};
    if (t == kSummary) {
        body.insert(QStringLiteral("text"), r.value(QStringLiteral("text")).toString());
        body.insert(QStringLiteral("instruction"), r.value(QStringLiteral("instruction")).toString());
        return body;
    }
    const QJsonObject m = r.value(QStringLiteral("model")).toObject();
    const QJsonValue params = m.value(QStringLiteral("completion_params"));
    body.insert(QStringLiteral("model"), QJsonObject{{QStringLiteral("provider"), m.value(QStringLiteral("provider")).toString()},
                                                     {QStringLiteral("name"), m.value(QStringLiteral("name")).toString()},
                                                     {QStringLiteral("mode"), m.value(QStringLiteral("mode")).toString()},
                                                     {QStringLiteral("completion_params"),
                                                      params.isObject() ? params : QJsonValue(QJsonValue::Null)}});
    body.insert(QStringLiteral("instruction"), r.value(QStringLiteral("instruction")).toString());
    body.insert(QStringLiteral("query"), r.value(QStringLiteral("query")).toString());
    if (t == kClassifier) {
        QJsonArray classes;
        for (const QJsonValue &c : r.value(QStringLiteral("classes")).toArray())
            classes.append(QJsonObject{{QStringLiteral("id"), c.toObject().value(QStringLiteral("id")).toString()},
                                       {QStringLiteral("name"), c.toObject().value(QStringLiteral("name")).toString()}});
        body.insert(QStringLiteral("classes"), classes);
    } else {
        QJsonArray parameters;
        for (const QJsonValue &p : r.value(QStringLiteral("parameters")).toArray()) {
            const QJsonObject o = p.toObject();
            const QJsonValue options = o.value(QStringLiteral("options"));
            parameters.append(QJsonObject{{QStringLiteral("name"), o.value(QStringLiteral("name")).toString()},
                                          {QStringLiteral("type"), o.value(QStringLiteral("type")).toString()},
                                          {QStringLiteral("options"), options.isArray() ? options : QJsonValue(QJsonValue::Null)},
                                          {QStringLiteral("description"), o.value(QStringLiteral("description")).toString()},
                                          {QStringLiteral("required"), o.value(QStringLiteral("required")).toBool()}});
        }
        body.insert(QStringLiteral("parameters"), parameters);
    }
    return body;
}

Result<QJsonObject> parseInnerApiReply(const QString &t, int status, const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject()) {
        // The daemon fails to decode such an answer; say what came back so the user can fix Dify's side.
        const QString what = status >= 400 ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("a body that is not a JSON object");
        return Error(ErrorCode::NetworkError,
                     QCoreApplication::translate("Studio", "the Dify inner API answered %1: %2 (check the inner API URL "
                                                           "and that the key matches INNER_API_KEY_FOR_PLUGIN on the Dify side)")
                         .arg(what, snippet(body)));
    }
    const QJsonObject o = doc.object();
    const QString error = o.value(QStringLiteral("error")).toString();
    if (!error.isEmpty())
        return Error(ErrorCode::NetworkError, QStringLiteral("request failed: %1").arg(error));
    const QJsonValue data = o.value(QStringLiteral("data"));
    if (!data.isObject()) {
        if (status >= 400) // e.g. {"message":"..."} of Dify's own error handler
            return Error(ErrorCode::NetworkError,
                         QCoreApplication::translate("Studio", "the Dify inner API answered HTTP %1: %2")
                             .arg(status)
                             .arg(snippet(body)));
        return Error(ErrorCode::InvalidInput, QStringLiteral("data is nil"));
    }
    const QJsonObject d = data.toObject();
    if (t == kSummary) {
        if (!d.value(QStringLiteral("summary")).isString())
            return Error(ErrorCode::InvalidInput, QStringLiteral("validate request failed: \"summary\" is not a string"));
        return QJsonObject{{QStringLiteral("summary"), d.value(QStringLiteral("summary"))}};
    }
    for (const char *k : {"process_data", "outputs", "inputs"})
        if (!d.value(QLatin1String(k)).isObject())
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("validate request failed: \"%1\" is required").arg(QLatin1String(k)));
    return d;
}

std::optional<QJsonObject> extractJsonObject(const QString &text)
{
    // Try every '{' in order and read to its balanced '}' (strings and escapes respected).
    for (qsizetype start = text.indexOf(QLatin1Char('{')); start >= 0; start = text.indexOf(QLatin1Char('{'), start + 1)) {
        int depth = 0;
        bool inString = false, escaped = false;
        for (qsizetype i = start; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == QLatin1Char('\\'))
                    escaped = true;
                else if (c == QLatin1Char('"'))
                    inString = false;
                continue;
            }
            if (c == QLatin1Char('"'))
                inString = true;
            else if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}') && --depth == 0) {
                const QJsonDocument doc = QJsonDocument::fromJson(text.mid(start, i - start + 1).toUtf8());
                if (doc.isObject())
                    return doc.object();
                break;
            }
        }
    }
    return std::nullopt;
}

QJsonArray questionClassifierPrompt(const QJsonObject &request)
{
    QJsonArray categories;
    for (const QJsonValue &c : request.value(QStringLiteral("classes")).toArray())
        categories.append(QJsonObject{{QStringLiteral("category_id"), c.toObject().value(QStringLiteral("id"))},
                                      {QStringLiteral("category_name"), c.toObject().value(QStringLiteral("name"))}});
    const QString system =
        QStringLiteral("You are a text classifier. Put the user's text into exactly one of these categories:\n%1\n\n"
                       "Answer with one JSON object and nothing else, for example "
                       "{\"category_id\": \"<id>\", \"category_name\": \"<name>\"}.%2")
            .arg(QString::fromUtf8(QJsonDocument(categories).toJson(QJsonDocument::Indented)).trimmed(),
                 instructionBlock(request));
    return prompt(request, system, request.value(QStringLiteral("query")).toString());
}

QJsonObject questionClassifierReply(const QJsonObject &request, const QJsonArray &promptMessages, const QString &answer,
                                    const QJsonObject &usage, const QString &finishReason)
{
    const QJsonArray classes = request.value(QStringLiteral("classes")).toArray();
    auto field = [](const QJsonValue &c, const char *k) { return c.toObject().value(QLatin1String(k)).toString(); };
    int chosen = -1;
    QString how;
    // 1. The JSON object we asked for: category_id first, then category_name.
    if (const auto obj = extractJsonObject(answer)) {
        const QString id = obj->value(QStringLiteral("category_id")).toVariant().toString().trimmed();
        const QString name = obj->value(QStringLiteral("category_name")).toString().trimmed();
        for (int i = 0; i < classes.size() && chosen < 0; ++i)
            if (!id.isEmpty() && field(classes[i], "id") == id)
                chosen = i, how = QStringLiteral("category_id");
        for (int i = 0; i < classes.size() && chosen < 0; ++i)
            if (!name.isEmpty() && field(classes[i], "name").compare(name, Qt::CaseInsensitive) == 0)
                chosen = i, how = QStringLiteral("category_name");
    }
    // 2. A bare answer that is a class id or name.
    if (chosen < 0) {
        static const QRegularExpression trim(QStringLiteral("^[\\s\"'`*.]+|[\\s\"'`*.]+$"));
        const QString bare = QString(answer).remove(trim);
        for (int i = 0; i < classes.size() && chosen < 0; ++i)
            if (field(classes[i], "id") == bare || field(classes[i], "name").compare(bare, Qt::CaseInsensitive) == 0)
                chosen = i, how = QStringLiteral("bare answer");
    }
    // 3. Prose naming exactly one class.
    if (chosen < 0) {
        int hits = 0, hit = -1;
        for (int i = 0; i < classes.size(); ++i)
            if (answer.contains(field(classes[i], "name"), Qt::CaseInsensitive))
                ++hits, hit = i;
        if (hits == 1)
            chosen = hit, how = QStringLiteral("class name in the answer");
    }
    QJsonObject process = processData(request, promptMessages, usage, finishReason);
    // 4. Like Dify's node: anything unusable falls back to the first class.
    if (chosen < 0) {
        chosen = 0;
        process.insert(QStringLiteral("studio_fallback"),
                       QStringLiteral("the model's answer named no known class; the first class was chosen, as Dify does"));
    } else {
        process.insert(QStringLiteral("studio_matched_by"), how);
    }
    process.insert(QStringLiteral("studio_answer"), answer);
    return {{QStringLiteral("process_data"), process},
            {QStringLiteral("inputs"), QJsonObject{{QStringLiteral("query"), request.value(QStringLiteral("query"))}}},
            {QStringLiteral("outputs"), QJsonObject{{QStringLiteral("class_name"), field(classes[chosen], "name")},
                                                    {QStringLiteral("class_id"), field(classes[chosen], "id")},
                                                    {QStringLiteral("usage"), usage}}}};
}

QJsonArray parameterExtractorPrompt(const QJsonObject &request)
{
    QJsonObject properties;
    QJsonArray required;
    for (const QJsonValue &p : request.value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject o = p.toObject();
        properties.insert(o.value(QStringLiteral("name")).toString(), schemaFor(o));
        if (o.value(QStringLiteral("required")).toBool())
            required.append(o.value(QStringLiteral("name")));
    }
    const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                             {QStringLiteral("properties"), properties},
                             {QStringLiteral("required"), required}};
    const QString system =
        QStringLiteral("You extract structured data from the user's text. Answer with one JSON object and nothing "
                       "else; it must follow this JSON Schema:\n%1\n\nLeave out a property the text does not "
                       "contain; never invent values.%2")
            .arg(QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Indented)).trimmed(),
                 instructionBlock(request));
    return prompt(request, system, request.value(QStringLiteral("query")).toString());
}

QJsonObject parameterExtractorReply(const QJsonObject &request, const QJsonArray &promptMessages, const QString &answer,
                                    const QJsonObject &usage, const QString &finishReason)
{
    const QJsonArray params = request.value(QStringLiteral("parameters")).toArray();
    const std::optional<QJsonObject> found = extractJsonObject(answer);
    QStringList problems;
    if (!found)
        problems << QStringLiteral("the model's answer contained no JSON object, so every parameter has its default value");
    QJsonObject outputs;
    for (const QJsonValue &p : params) {
        const QJsonObject o = p.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QString type = o.value(QStringLiteral("type")).toString();
        const QJsonValue raw = found ? found->value(name) : QJsonValue(QJsonValue::Undefined);
        if (raw.isUndefined() || raw.isNull()) {
            if (o.value(QStringLiteral("required")).toBool() && found)
                problems << QStringLiteral("parameter \"%1\" is required but the model did not return it").arg(name);
            outputs.insert(name, defaultFor(type));
            continue;
        }
        if (const auto v = coerce(o, raw)) {
            outputs.insert(name, *v);
        } else {
            problems << (type == QLatin1String("select")
                             ? QStringLiteral("parameter \"%1\": %2 is not one of its options").arg(name, compact(raw))
                             : QStringLiteral("parameter \"%1\": %2 is not a valid %3").arg(name, compact(raw), type));
            outputs.insert(name, defaultFor(type));
        }
    }
    outputs.insert(QStringLiteral("__is_success"), problems.isEmpty() ? 1 : 0);
    outputs.insert(QStringLiteral("__reason"), problems.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problems.join(QStringLiteral("; "))));
    outputs.insert(QStringLiteral("__usage"), usage);
    QJsonObject process = processData(request, promptMessages, usage, finishReason);
    process.insert(QStringLiteral("studio_answer"), answer);
    return {{QStringLiteral("process_data"), process},
            {QStringLiteral("inputs"), QJsonObject{{QStringLiteral("query"), request.value(QStringLiteral("query"))},
                                                   {QStringLiteral("parameters"), params},
                                                   {QStringLiteral("instruction"), request.value(QStringLiteral("instruction"))}}},
            {QStringLiteral("outputs"), outputs}};
}

QJsonArray summaryPrompt(const QJsonObject &request)
{
    const QString system = QStringLiteral("Summarize the text the user gives you. Answer with the summary only, in the "
                                          "language of the text.%1")
                               .arg(instructionBlock(request));
    return QJsonArray{message(QStringLiteral("system"), system),
                      message(QStringLiteral("user"), request.value(QStringLiteral("text")).toString())};
}

} // namespace WorkflowNodes

using namespace WorkflowNodes;

namespace {
QString innerApiFixIt()
{
    return QCoreApplication::translate("Studio", "To let a real Dify run it, set the Dify inner API URL and key in Edit > "
                                                 "Workspace Settings (CLI: --dify-inner-url and --dify-inner-key).");
}
} // namespace

WorkflowNodeRunner::WorkflowNodeRunner(QObject *parent) : QObject(parent) {}

void WorkflowNodeRunner::run(const ReverseCall &call, ReverseResponder responder, const PluginResolver &resolver, Done done)
{
    if (auto v = validateRequest(call.type, call.request); !v) {
        responder.error(v.error().message);
        done(false, v.error().message);
        return;
    }
    if (m_inner.isConfigured())
        runInnerApi(call, responder, std::move(done));
    else
        runLocal(call, responder, resolver, std::move(done));
}

void WorkflowNodeRunner::runInnerApi(const ReverseCall &call, ReverseResponder responder, Done done)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QString base = m_inner.url.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QNetworkRequest nr(QUrl(base + QStringLiteral("/inner/api/") + innerApiPath(call.type)));
    nr.setRawHeader("X-Inner-Api-Key", m_inner.key.toUtf8());
    nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray body = QJsonDocument(innerApiBody(call.type, call.request)).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(nr, body);

    // Write deadline until the body is sent, then the read deadline (daemon: 5 s / 240 s).
    auto timedOut = std::make_shared<QString>();
    auto writing = std::make_shared<bool>(true);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    const int writeMs = m_inner.writeTimeoutMs, readMs = m_inner.readTimeoutMs;
    connect(timer, &QTimer::timeout, reply, [reply, timedOut, writing, writeMs, readMs] {
        *timedOut = *writing ? QCoreApplication::translate("Studio", "sending the request to the Dify inner API timed "
                                                                     "out after %1 ms").arg(writeMs)
                             : QCoreApplication::translate("Studio", "the Dify inner API sent no complete answer within "
                                                                     "%1 ms").arg(readMs);
        reply->abort(); // emits finished, which reports *timedOut
    });
    timer->start(writeMs);
    connect(reply, &QNetworkReply::uploadProgress, reply, [timer, writing, readMs](qint64 sent, qint64 total) {
        if (*writing && total >= 0 && sent >= total) {
            *writing = false;
            timer->start(readMs);
        }
    });
    const QString type = call.type;
    connect(reply, &QNetworkReply::finished, this, [reply, responder, done, type, timedOut, timer]() mutable {
        timer->stop();
        reply->deleteLater();
        const QString prefix = failurePrefix(type);
        if (!timedOut->isEmpty()) {
            responder.error(prefix + *timedOut);
            done(false, *timedOut);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (status == 0) { // no HTTP answer at all: connection refused, DNS, TLS, ...
            const QString msg = QCoreApplication::translate("Studio", "cannot reach the Dify inner API: %1 (check the "
                                                                      "inner API URL in the workspace settings)")
                                    .arg(reply->errorString());
            responder.error(prefix + msg);
            done(false, msg);
            return;
        }
        Result<QJsonObject> data = parseInnerApiReply(type, status, answer);
        if (!data) {
            responder.error(prefix + data.error().message);
            done(false, data.error().message);
            return;
        }
        responder.response(*data);
        responder.end();
        done(true, QStringLiteral("Dify inner API"));
    });
}

void WorkflowNodeRunner::runLocal(const ReverseCall &call, ReverseResponder responder, const PluginResolver &resolver, Done done)
{
    const QString type = call.type;
    const QJsonObject &req = call.request;
    QString provider, model;
    QJsonObject completionParams;
    if (type == kSummary) {
        provider = m_systemModel.provider;
        model = m_systemModel.model;
    } else {
        const QJsonObject m = req.value(QStringLiteral("model")).toObject();
        provider = m.value(QStringLiteral("provider")).toString();
        model = m.value(QStringLiteral("name")).toString();
        completionParams = m.value(QStringLiteral("completion_params")).toObject();
    }
    const QString fixIt = innerApiFixIt();
    auto fail = [&](const QString &msg) {
        responder.error(failurePrefix(type) + msg);
        done(false, msg);
    };
    if (type == kSummary && !m_systemModel.isConfigured()) {
        fail(QCoreApplication::translate("Studio", "no system model is configured: the studio summarizes with the "
                                                   "system model, set it in Edit > Workspace Settings (CLI: "
                                                   "--system-model PROVIDER/MODEL) and run the plugin that provides it. ")
             + fixIt);
        return;
    }
    if (!resolver) {
        runLocalOn(call, responder, provider, model, completionParams, {}, std::move(done));
        return;
    }
    QPointer<WorkflowNodeRunner> self(this);
    resolver(QStringLiteral("model"), provider,
             [self, call, responder, provider, model, completionParams, done](const ProviderTarget &target) {
                 if (self)
                     self->runLocalOn(call, responder, provider, model, completionParams, target, done);
                 else
                     ReverseResponder(responder).error(QStringLiteral("the studio is closing"));
             });
}

void WorkflowNodeRunner::runLocalOn(const ReverseCall &call, ReverseResponder responder, const QString &provider,
                                    const QString &model, const QJsonObject &completionParams,
                                    const ProviderTarget &found, Done done)
{
    const QString type = call.type;
    const QJsonObject &req = call.request;
    PluginConnection *target = found.connection;
    if (!target || !target->isOpen()) {
        const QString fixIt = innerApiFixIt();
        const QString msg = (found.error.isEmpty()
                                 ? QCoreApplication::translate("Studio", "no running plugin provides the model provider "
                                                                         "\"%1\" that the studio needs to run this node "
                                                                         "itself; start or install the plugin that provides "
                                                                         "it in the studio. ")
                                       .arg(provider)
                                 : found.error + QStringLiteral(". "))
                            + fixIt;
        responder.error(failurePrefix(type) + msg);
        done(false, msg);
        return;
    }
    QJsonArray promptMessages = type == kClassifier ? questionClassifierPrompt(req)
                                : type == kExtractor ? parameterExtractorPrompt(req)
                                                     : summaryPrompt(req);
    const QJsonObject creds = found.credentials;
    InvokeRequest out = InvokeRequest::invokeLlm(shortProvider(provider), model, creds, promptMessages, completionParams,
                                                 QJsonValue::Null, QJsonValue::Null, true);
    out.userId = call.session.userId;
    out.context = call.session.context;
    out.appId = call.session.appId;
    out.timeoutMs = m_inner.readTimeoutMs; // answer before the SDK stops waiting (250 idle seconds)
    Invocation *inv = target->invoke(out);
    auto assembler = std::make_shared<StreamAssembler>();
    connect(inv, &Invocation::chunkReceived, this, [assembler](const QJsonObject &chunk) {
        static_cast<void>(assembler->add(chunk)); // only blob chunks can fail, and LLM answers carry none
    });
    connect(inv, &Invocation::finished, this, [inv, assembler, responder, done, type, req, promptMessages, provider, model]() mutable {
        inv->deleteLater();
        const QString prefix = failurePrefix(type);
        if (inv->state() != InvocationState::Succeeded) {
            const QString msg = QCoreApplication::translate("Studio", "the model %1/%2 failed: %3")
                                    .arg(provider, model, inv->error().message);
            responder.error(prefix + msg);
            done(false, msg);
            return;
        }
        const AssembledResult &r = assembler->result();
        QJsonObject reply;
        if (type == kClassifier) {
            reply = questionClassifierReply(req, promptMessages, r.llmText, r.usage, r.finishReason);
        } else if (type == kExtractor) {
            reply = parameterExtractorReply(req, promptMessages, r.llmText, r.usage, r.finishReason);
        } else {
            const QString summary = r.llmText.trimmed();
            if (summary.isEmpty()) {
                const QString msg = QCoreApplication::translate("Studio", "the system model %1/%2 answered with no text")
                                        .arg(provider, model);
                responder.error(prefix + msg);
                done(false, msg);
                return;
            }
            reply = QJsonObject{{QStringLiteral("summary"), summary}};
        }
        responder.response(reply);
        responder.end();
        done(true, QStringLiteral("emulated on %1/%2").arg(provider, model));
    });
}

} // namespace Studio::Runtime
