// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/testsuite/assertions.h"

#include "core/common/tr.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRegularExpression>

#include <memory>

namespace Studio::TestSuite {

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

QString pretty(const QJsonValue &v)
{
    if (v.isUndefined())
        return StudioTr::tr("(nothing)");
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString compact(const QJsonValue &v)
{
    if (v.isUndefined())
        return StudioTr::tr("(nothing)");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// Numbers compare by value (1 == 1.0), the rest structurally.
bool jsonEquals(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

bool jsonContains(const QJsonValue &actual, const QJsonValue &expected)
{
    if (actual.isString())
        return expected.isString() ? actual.toString().contains(expected.toString()) : false;
    if (actual.isArray()) {
        for (const QJsonValue &v : actual.toArray()) {
            if (jsonEquals(v, expected)
                || (v.isObject() && expected.isObject() && jsonContains(v, expected)))
                return true;
        }
        return false;
    }
    if (actual.isObject() && expected.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                return false;
            const QJsonValue av = a.value(it.key());
            if (!jsonEquals(av, it.value())
                && !(av.isObject() && it.value().isObject() && jsonContains(av, it.value())))
                return false;
        }
        return true;
    }
    return false;
}

Result<QRegularExpression> regex(const QString &pattern)
{
    QRegularExpression re(pattern);
    if (!re.isValid())
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("The pattern %1 is not a valid regular expression: %2")
                         .arg(pattern, re.errorString()));
    return re;
}

AssertionResult make(const QString &kind, const QString &description)
{
    AssertionResult a;
    a.kind = kind;
    a.description = description;
    return a;
}

struct PathStep
{
    enum Kind { Key, Index, All } kind = Key;
    QString key;
    qint64 index = 0;
};

Result<QList<PathStep>> parsePath(const QString &path)
{
    QList<PathStep> steps;
    const QString p = path.trimmed();
    if (!p.startsWith(QLatin1Char('$')))
        return Error(
            ErrorCode::InvalidInput,
            StudioTr::tr("A JSON path starts with $ (e.g. $.json[0].name), not %1").arg(path));
    qsizetype i = 1;
    auto bad = [&path](const QString &why) {
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("Malformed JSON path %1: %2").arg(path, why));
    };
    while (i < p.size()) {
        const QChar c = p.at(i);
        if (c == QLatin1Char('.')) {
            qsizetype j = i + 1;
            while (j < p.size() && p.at(j) != QLatin1Char('.') && p.at(j) != QLatin1Char('['))
                ++j;
            if (j == i + 1)
                return bad(StudioTr::tr("a key is missing after '.'"));
            steps.append({PathStep::Key, p.mid(i + 1, j - i - 1), 0});
            i = j;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = p.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return bad(StudioTr::tr("'[' is not closed"));
            const QString inner = p.mid(i + 1, close - i - 1).trimmed();
            if (inner == QLatin1String("*")) {
                steps.append({PathStep::All, {}, 0});
            } else if (inner.size() >= 2
                       && (inner.startsWith(QLatin1Char('"'))
                           || inner.startsWith(QLatin1Char('\'')))
                       && inner.endsWith(inner.front())) {
                steps.append({PathStep::Key, inner.mid(1, inner.size() - 2), 0});
            } else {
                bool ok = false;
                const qint64 n = inner.toLongLong(&ok);
                if (!ok)
                    return bad(StudioTr::tr("[%1] is neither an index, \"key\" nor *").arg(inner));
                steps.append({PathStep::Index, {}, n});
            }
            i = close + 1;
        } else {
            return bad(StudioTr::tr("unexpected '%1'").arg(c));
        }
    }
    return steps;
}

void walk(
    const QJsonValue &v, const QList<PathStep> &steps, int at, QJsonArray &out, bool &wildcard)
{
    if (at == steps.size()) {
        out.append(v);
        return;
    }
    const PathStep &s = steps.at(at);
    if (s.kind == PathStep::Key) {
        if (v.isObject() && v.toObject().contains(s.key))
            walk(v.toObject().value(s.key), steps, at + 1, out, wildcard);
    } else if (s.kind == PathStep::Index) {
        if (!v.isArray())
            return;
        const QJsonArray a = v.toArray();
        const qint64 idx = s.index < 0 ? a.size() + s.index : s.index;
        if (idx >= 0 && idx < a.size())
            walk(a.at(idx), steps, at + 1, out, wildcard);
    } else {
        wildcard = true;
        if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                walk(item, steps, at + 1, out, wildcard);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(it.value(), steps, at + 1, out, wildcard);
        }
    }
}

// Removes what `steps` names from `v` (snapshot ignore lists).
QJsonValue removePath(const QJsonValue &v, const QList<PathStep> &steps, int at)
{
    if (at >= steps.size())
        return v;
    const PathStep &s = steps.at(at);
    const bool last = at == steps.size() - 1;
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        if (s.kind == PathStep::Key) {
            if (!o.contains(s.key))
                return v;
            if (last)
                o.remove(s.key);
            else
                o.insert(s.key, removePath(o.value(s.key), steps, at + 1));
        } else if (s.kind == PathStep::All) {
            for (auto it = o.begin(); it != o.end(); ++it)
                it.value() = last ? QJsonValue() : removePath(it.value(), steps, at + 1);
            if (last)
                o = QJsonObject();
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        if (s.kind == PathStep::Index) {
            const qint64 idx = s.index < 0 ? a.size() + s.index : s.index;
            if (idx < 0 || idx >= a.size())
                return v;
            if (last)
                a.removeAt(idx);
            else
                a.replace(idx, removePath(a.at(idx), steps, at + 1));
        } else if (s.kind == PathStep::All) {
            if (last)
                return QJsonArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                a.replace(i, removePath(a.at(i), steps, at + 1));
        }
        return a;
    }
    return v;
}

struct BlobAcc
{
    QString name, mime;
    qint64 size = 0;
    std::shared_ptr<QCryptographicHash> hash
        = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    QByteArray head; // first bytes, for the MIME type when none was given
    void add(const QByteArray &bytes)
    {
        size += bytes.size();
        hash->addData(bytes);
        if (head.size() < 512)
            head += bytes.left(512 - head.size());
    }
    QJsonObject json() const
    {
        QString m = mime;
        if (m.isEmpty())
            m = QMimeDatabase().mimeTypeForData(head).name();
        return QJsonObject{{str("name"), name},
                           {str("mime"), m},
                           {str("size"), double(size)},
                           {str("sha256"), QString::fromLatin1(hash->result().toHex())}};
    }
};

} // namespace

Result<QJsonValue> evaluatePath(const QJsonValue &root, const QString &path)
{
    auto steps = parsePath(path);
    if (!steps)
        return steps.error();
    QJsonArray out;
    bool wildcard = false;
    walk(root, *steps, 0, out, wildcard);
    if (wildcard)
        return QJsonValue(out);
    return out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : out.first();
}

QJsonObject outcomeOf(const QList<QJsonObject> &chunks,
                      bool ok,
                      const QString &errorType,
                      const QString &errorMessage,
                      qint64 latencyMs,
                      const QJsonArray &hostCalls)
{
    QJsonArray types, messages, json, files;
    QString text;
    QJsonValue usage = QJsonValue::Null;
    QJsonValue result = QJsonValue::Null;
    QJsonValue status = QJsonValue::Null;
    QJsonValue headers = QJsonValue::Null;
    QList<BlobAcc> blobs;
    QHash<QString, int> streams; // blob id -> index in blobs
    for (const QJsonObject &c : chunks) {
        const QString type = c.value(QLatin1String("type")).toString();
        const QJsonObject msg = c.value(QLatin1String("message")).toObject();
        const QJsonObject meta = c.value(QLatin1String("meta")).toObject();
        if (type == QLatin1String("blob_chunk")) {
            const QString id = msg.value(QLatin1String("id")).toString();
            auto it = streams.find(id);
            if (it == streams.end()) {
                BlobAcc b;
                b.name = meta.value(QLatin1String("filename")).toString();
                b.mime = meta.value(QLatin1String("mime_type")).toString();
                blobs.append(b);
                it = streams.insert(id, int(blobs.size() - 1));
                types.append(str("blob"));
                messages.append(QJsonObject{
                    {str("type"), str("blob")}, {str("file"), it.value()}, {str("meta"), meta}});
            }
            blobs[it.value()].add(
                QByteArray::fromBase64(msg.value(QLatin1String("blob")).toString().toLatin1()));
            continue;
        }
        if (type == QLatin1String("blob")) {
            BlobAcc b;
            b.name = meta.value(QLatin1String("filename")).toString();
            b.mime = meta.value(QLatin1String("mime_type")).toString();
            b.add(QByteArray::fromBase64(msg.value(QLatin1String("blob")).toString().toLatin1()));
            blobs.append(b);
            types.append(str("blob"));
            messages.append(QJsonObject{{str("type"), str("blob")},
                                        {str("file"), int(blobs.size() - 1)},
                                        {str("meta"), meta}});
            continue;
        }
        if (!type.isEmpty() && c.contains(QLatin1String("message"))) { // a tool message
            types.append(type);
            messages.append(c);
            if (type == QLatin1String("text"))
                text += msg.value(QLatin1String("text")).toString();
            else if (type == QLatin1String("json"))
                json.append(msg.value(QLatin1String("json_object")));
            continue;
        }
        messages.append(c);
        if (c.value(QLatin1String("delta")).isObject()) { // an LLM chunk
            types.append(str("llm_chunk"));
            const QJsonObject delta = c.value(QLatin1String("delta")).toObject();
            text += delta.value(QLatin1String("message"))
                        .toObject()
                        .value(QLatin1String("content"))
                        .toString();
            if (delta.value(QLatin1String("usage")).isObject())
                usage = delta.value(QLatin1String("usage"));
            continue;
        }
        types.append(str("result"));
        result = c;
        if (c.contains(QLatin1String("status")))
            status = c.value(QLatin1String("status"));
        if (c.contains(QLatin1String("headers")))
            headers = c.value(QLatin1String("headers"));
        if (c.value(QLatin1String("usage")).isObject())
            usage = c.value(QLatin1String("usage"));
        const QString hex = c.value(QLatin1String("result")).toString();
        if (!hex.isEmpty() && c.size() <= 3
            && QRegularExpression(QStringLiteral("^(?:[0-9a-fA-F]{2})+$")).match(hex).hasMatch()) {
            // Endpoint bodies and TTS audio come as hex.
            const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
            if (c.contains(QLatin1String("status")) || c.contains(QLatin1String("headers"))
                || status.isDouble()) {
                text += QString::fromUtf8(bytes);
            } else {
                if (blobs.isEmpty() || !streams.contains(str("#result"))) {
                    BlobAcc b;
                    b.name = str("result");
                    blobs.append(b);
                    streams.insert(str("#result"), int(blobs.size() - 1));
                }
                blobs[streams.value(str("#result"))].add(bytes);
            }
        }
    }
    for (const BlobAcc &b : blobs)
        files.append(b.json());
    QJsonValue error = QJsonValue::Null;
    if (!ok)
        error = QJsonObject{{str("type"), errorType}, {str("message"), errorMessage}};
    QJsonObject o{{str("ok"), ok},
                  {str("error"), error},
                  {str("types"), types},
                  {str("messages"), messages},
                  {str("text"), text},
                  {str("json"), json},
                  {str("result"), result},
                  {str("files"), files},
                  {str("usage"), usage},
                  {str("latency_ms"), double(latencyMs)},
                  {str("host_calls"), hostCalls}};
    if (!status.isNull())
        o.insert(str("status"), status);
    if (!headers.isNull())
        o.insert(str("headers"), headers);
    return o;
}

QJsonObject outcomeOf(const Runtime::Invocation &inv, const QJsonArray &hostCalls)
{
    const bool ok = inv.state() == Runtime::InvocationState::Succeeded;
    QString type = inv.pluginErrorType();
    QString message = inv.error().message;
    if (!ok && type.isEmpty())
        type = Runtime::invocationStateName(inv.state());
    if (!ok && !inv.pluginErrorType().isEmpty()) {
        const QString prefix = inv.pluginErrorType() + QStringLiteral(": ");
        if (message.startsWith(prefix))
            message = message.mid(prefix.size());
    }
    return outcomeOf(inv.chunks(), ok, type, message, inv.elapsedMs(), hostCalls);
}

QJsonObject snapshotOf(const QJsonObject &outcome, const QStringList &ignorePaths)
{
    QJsonObject o = outcome;
    o.remove(str("latency_ms"));
    if (o.value(str("usage")).isObject()) {
        QJsonObject u = o.value(str("usage")).toObject();
        u.remove(str("latency"));
        o.insert(str("usage"), u);
    }
    QJsonValue v = o;
    for (const QString &p : ignorePaths) {
        auto steps = parsePath(p);
        if (steps)
            v = removePath(v, *steps, 0);
    }
    return v.toObject();
}

QString lineDiff(const QString &expected, const QString &actual, int maxLines)
{
    const QStringList a = expected.split(QLatin1Char('\n'));
    const QStringList b = actual.split(QLatin1Char('\n'));
    // LCS table, capped so a huge snapshot cannot take quadratic memory.
    const qsizetype n = qMin<qsizetype>(a.size(), 2000), m = qMin<qsizetype>(b.size(), 2000);
    QList<int> dp((n + 1) * (m + 1), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return dp[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
    QStringList out;
    qsizetype i = 0, j = 0;
    while ((i < n || j < m) && out.size() < maxLines) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            out << QStringLiteral("  ") + a.at(i);
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            out << QStringLiteral("+ ") + b.at(j++);
        } else {
            out << QStringLiteral("- ") + a.at(i++);
        }
    }
    if (out.size() >= maxLines)
        out << StudioTr::tr("... (diff cut at %1 lines)").arg(maxLines);
    return out.join(QLatin1Char('\n'));
}

QList<AssertionResult> evaluate(const QJsonObject &expect,
                                const QJsonObject &outcome,
                                const QJsonObject &snapshot,
                                bool snapshotMissing)
{
    QList<AssertionResult> out;
    static const QStringList known = {str("success"),
                                      str("error"),
                                      str("messages"),
                                      str("json"),
                                      str("text"),
                                      str("files"),
                                      str("usage"),
                                      str("latency_ms"),
                                      str("snapshot")};
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        if (!known.contains(it.key())) {
            AssertionResult a = make(str("expect"), StudioTr::tr("expect.%1").arg(it.key()));
            a.message = StudioTr::tr("Unknown assertion `%1`: write one of %2")
                            .arg(it.key(), known.join(QStringLiteral(", ")));
            out << a;
        }
    }
    const bool ok = outcome.value(str("ok")).toBool();
    const QJsonObject error = outcome.value(str("error")).toObject();
    const bool wantSuccess = expect.contains(str("success")) ? expect.value(str("success")).toBool()
                                                             : !expect.contains(str("error"));
    {
        AssertionResult a = make(str("success"),
                                 wantSuccess ? StudioTr::tr("the call succeeds")
                                             : StudioTr::tr("the call fails"));
        a.passed = ok == wantSuccess;
        a.expected = wantSuccess ? str("success") : str("an error");
        a.actual = ok ? str("success")
                      : QStringLiteral("%1: %2").arg(error.value(str("type")).toString(),
                                                     error.value(str("message")).toString());
        if (!a.passed)
            a.message = ok ? StudioTr::tr("The call succeeded, an error was expected")
                           : StudioTr::tr("The call failed: %1").arg(a.actual);
        out << a;
    }
    if (expect.contains(str("error"))) {
        const QJsonValue e = expect.value(str("error"));
        const QString actualText = error.value(str("type")).toString() + QStringLiteral(": ")
                                   + error.value(str("message")).toString();
        auto check
            = [&](const QString &desc, bool passed, const QString &expected, const QString &why) {
                  AssertionResult a = make(str("error"), desc);
                  a.passed = !ok && passed;
                  a.expected = expected;
                  a.actual = ok ? str("success") : actualText;
                  if (!a.passed)
                      a.message = ok ? StudioTr::tr("No error: the call succeeded") : why;
                  out << a;
              };
        if (e.isString()) {
            check(StudioTr::tr("error contains \"%1\"").arg(e.toString()),
                  actualText.contains(e.toString()),
                  e.toString(),
                  StudioTr::tr("The error does not contain \"%1\"").arg(e.toString()));
        } else {
            const QJsonObject eo = e.toObject();
            if (eo.contains(str("type"))) {
                const QString t = eo.value(str("type")).toString();
                check(StudioTr::tr("error type is %1").arg(t),
                      error.value(str("type")).toString() == t,
                      t,
                      StudioTr::tr("The error type is %1, not %2")
                          .arg(error.value(str("type")).toString(), t));
            }
            if (eo.contains(str("contains"))) {
                const QString t = eo.value(str("contains")).toString();
                check(StudioTr::tr("error contains \"%1\"").arg(t),
                      actualText.contains(t),
                      t,
                      StudioTr::tr("The error does not contain \"%1\"").arg(t));
            }
            if (eo.contains(str("matches"))) {
                auto re = regex(eo.value(str("matches")).toString());
                check(StudioTr::tr("error matches /%1/").arg(eo.value(str("matches")).toString()),
                      re && re->match(actualText).hasMatch(),
                      eo.value(str("matches")).toString(),
                      re ? StudioTr::tr("The error does not match the pattern")
                         : re.error().message);
            }
        }
    }
    if (expect.contains(str("messages"))) {
        const QJsonArray want = expect.value(str("messages")).toArray();
        const QJsonArray got = outcome.value(str("types")).toArray();
        QStringList w, g;
        for (const QJsonValue &v : want)
            w << v.toString();
        for (const QJsonValue &v : got)
            g << v.toString();
        AssertionResult a
            = make(str("messages"),
                   StudioTr::tr("message types are [%1]").arg(w.join(QStringLiteral(", "))));
        a.passed = w == g;
        a.expected = w.join(QLatin1Char('\n'));
        a.actual = g.join(QLatin1Char('\n'));
        if (!a.passed)
            a.message
                = StudioTr::tr("The message types were [%1]").arg(g.join(QStringLiteral(", ")));
        out << a;
    }
    if (expect.contains(str("json"))) {
        QJsonArray checks = expect.value(str("json")).isArray()
                                ? expect.value(str("json")).toArray()
                                : QJsonArray{expect.value(str("json"))};
        for (const QJsonValue &cv : checks) {
            const QJsonObject c = cv.toObject();
            const QString path = c.value(str("path")).toString();
            auto value = evaluatePath(outcome, path);
            auto add = [&](const QString &desc,
                           bool passed,
                           const QJsonValue &expected,
                           const QString &why) {
                AssertionResult a = make(str("json"), desc);
                a.expected = pretty(expected);
                a.actual = value ? pretty(*value) : QString();
                a.passed = value && passed;
                if (!a.passed)
                    a.message = value ? why : value.error().message;
                out << a;
            };
            const QJsonValue actual = value ? *value : QJsonValue(QJsonValue::Undefined);
            bool any = false;
            if (c.contains(str("equals"))) {
                any = true;
                const QJsonValue e = c.value(str("equals"));
                add(StudioTr::tr("%1 equals %2").arg(path, compact(e)),
                    jsonEquals(actual, e),
                    e,
                    StudioTr::tr("%1 is %2").arg(path, compact(actual)));
            }
            if (c.contains(str("contains"))) {
                any = true;
                const QJsonValue e = c.value(str("contains"));
                add(StudioTr::tr("%1 contains %2").arg(path, compact(e)),
                    jsonContains(actual, e),
                    e,
                    StudioTr::tr("%1 is %2, which does not contain %3")
                        .arg(path, compact(actual), compact(e)));
            }
            if (c.contains(str("matches"))) {
                any = true;
                const QString p = c.value(str("matches")).toString();
                auto re = regex(p);
                const QString subject = actual.isString() ? actual.toString() : compact(actual);
                add(StudioTr::tr("%1 matches /%2/").arg(path, p),
                    re && !actual.isUndefined() && re->match(subject).hasMatch(),
                    p,
                    re ? StudioTr::tr("%1 is %2, which does not match").arg(path, compact(actual))
                       : re.error().message);
            }
            if (c.contains(str("exists"))) {
                any = true;
                const bool want = c.value(str("exists")).toBool(true);
                add(want ? StudioTr::tr("%1 exists").arg(path)
                         : StudioTr::tr("%1 does not exist").arg(path),
                    actual.isUndefined() != want,
                    QJsonValue(want),
                    want ? StudioTr::tr("%1 finds nothing").arg(path)
                         : StudioTr::tr("%1 is %2").arg(path, compact(actual)));
            }
            if (!any || path.isEmpty()) {
                AssertionResult a = make(str("json"), StudioTr::tr("json %1").arg(path));
                a.message = StudioTr::tr(
                    "A json assertion needs `path` and one of equals, contains, matches, exists");
                out << a;
            }
        }
    }
    if (expect.contains(str("text"))) {
        const QString actual = outcome.value(str("text")).toString();
        const QJsonValue t = expect.value(str("text"));
        QJsonObject to = t.isObject() ? t.toObject() : QJsonObject{{str("contains"), t}};
        auto add
            = [&](const QString &desc, bool passed, const QString &expected, const QString &why) {
                  AssertionResult a = make(str("text"), desc);
                  a.passed = passed;
                  a.expected = expected;
                  a.actual = actual;
                  if (!passed)
                      a.message = why;
                  out << a;
              };
        if (to.contains(str("equals"))) {
            const QString e = to.value(str("equals")).toString();
            add(StudioTr::tr("text equals \"%1\"").arg(e),
                actual == e,
                e,
                StudioTr::tr("The text differs"));
        }
        if (to.contains(str("contains"))) {
            const QJsonValue c = to.value(str("contains"));
            const QJsonArray list = c.isArray() ? c.toArray() : QJsonArray{c};
            for (const QJsonValue &v : list)
                add(StudioTr::tr("text contains \"%1\"").arg(v.toString()),
                    actual.contains(v.toString()),
                    v.toString(),
                    StudioTr::tr("The text does not contain \"%1\"").arg(v.toString()));
        }
        if (to.contains(str("matches"))) {
            const QString p = to.value(str("matches")).toString();
            auto re = regex(p);
            add(StudioTr::tr("text matches /%1/").arg(p),
                re && re->match(actual).hasMatch(),
                p,
                re ? StudioTr::tr("The text does not match /%1/").arg(p) : re.error().message);
        }
    }
    if (expect.contains(str("files"))) {
        const QJsonArray want = expect.value(str("files")).toArray();
        const QJsonArray got = outcome.value(str("files")).toArray();
        for (int i = 0; i < want.size(); ++i) {
            const QJsonObject w = want.at(i).toObject();
            const QJsonObject g = got.at(i).toObject();
            for (const char *key : {"mime", "size", "sha256", "name"}) {
                const QString k = str(key);
                if (!w.contains(k))
                    continue;
                AssertionResult a
                    = make(str("files"),
                           StudioTr::tr("file %1 %2 is %3").arg(i + 1).arg(k, compact(w.value(k))));
                a.expected = compact(w.value(k));
                if (i >= got.size()) {
                    a.actual = StudioTr::tr("%n file(s)", nullptr, int(got.size()));
                    a.message
                        = StudioTr::tr("The call returned %n file(s)", nullptr, int(got.size()));
                } else {
                    QJsonValue gv = g.value(k);
                    a.actual = compact(gv);
                    a.passed
                        = k == QLatin1String("sha256")
                              ? gv.toString().compare(w.value(k).toString(), Qt::CaseInsensitive)
                                    == 0
                              : jsonEquals(gv, w.value(k));
                    if (!a.passed)
                        a.message
                            = StudioTr::tr("File %1 has %2 %3").arg(i + 1).arg(k, compact(gv));
                }
                out << a;
            }
        }
    }
    if (expect.contains(str("usage"))) {
        const QJsonObject budget = expect.value(str("usage")).toObject();
        const QJsonObject usage = outcome.value(str("usage")).toObject();
        for (auto it = budget.begin(); it != budget.end(); ++it) {
            const QString field
                = it.key().startsWith(QLatin1String("max_")) ? it.key().mid(4) : QString();
            AssertionResult a = make(
                str("usage"), StudioTr::tr("usage %1 at most %2").arg(field, compact(it.value())));
            a.expected = compact(it.value());
            const QJsonValue v = usage.value(field);
            bool okNum = false;
            const double actual = v.isString() ? v.toString().toDouble(&okNum) : v.toDouble();
            okNum = okNum || v.isDouble();
            a.actual = compact(v);
            if (field.isEmpty()) {
                a.message = StudioTr::tr("Usage budgets are max_total_tokens, max_prompt_tokens, "
                                         "max_completion_tokens, max_total_price");
            } else if (!outcome.value(str("usage")).isObject()) {
                a.message = StudioTr::tr("The call reported no usage");
            } else if (!okNum) {
                a.message = StudioTr::tr("The usage has no number %1").arg(field);
            } else {
                a.passed = actual <= it.value().toDouble();
                if (!a.passed)
                    a.message = StudioTr::tr("Usage %1 is %2, over the budget of %3")
                                    .arg(field)
                                    .arg(actual)
                                    .arg(it.value().toDouble());
            }
            out << a;
        }
    }
    if (expect.contains(str("latency_ms"))) {
        const QJsonValue l = expect.value(str("latency_ms"));
        const double max
            = l.isObject() ? l.toObject().value(str("max")).toDouble(-1) : l.toDouble(-1);
        const double actual = outcome.value(str("latency_ms")).toDouble();
        AssertionResult a = make(str("latency"), StudioTr::tr("latency at most %1 ms").arg(max));
        a.expected = QString::number(max);
        a.actual = QString::number(actual);
        a.passed = max >= 0 && actual <= max;
        if (!a.passed)
            a.message
                = max < 0 ? StudioTr::tr("latency_ms needs a number of milliseconds (or {max: N})")
                          : StudioTr::tr("The call took %1 ms, over the budget of %2 ms")
                                .arg(actual)
                                .arg(max);
        out << a;
    }
    if (expect.contains(str("snapshot")) && expect.value(str("snapshot")) != QJsonValue(false)) {
        QStringList ignore;
        for (const QJsonValue &v :
             expect.value(str("snapshot")).toObject().value(str("ignore")).toArray())
            ignore << v.toString();
        const QJsonObject mine = snapshotOf(outcome, ignore);
        AssertionResult a = make(str("snapshot"), StudioTr::tr("the outcome equals the snapshot"));
        a.actual = pretty(mine);
        if (snapshotMissing) {
            a.message = StudioTr::tr("No snapshot yet: run with --update-snapshots (or Update "
                                     "Snapshot in the Tests dock) "
                                     "to store this outcome");
        } else {
            const QJsonObject stored = snapshotOf(snapshot, ignore);
            a.expected = pretty(stored);
            a.passed = stored == mine;
            if (!a.passed)
                a.message = StudioTr::tr(
                    "The outcome differs from the snapshot; if the change is intended, update it "
                    "with --update-snapshots");
        }
        out << a;
    }
    return out;
}

} // namespace Studio::TestSuite
