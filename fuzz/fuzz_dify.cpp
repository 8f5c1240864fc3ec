// SPDX-License-Identifier: GPL-3.0-or-later
// Answers from Dify and from the LLMs the studio's workflow nodes ask: the inner API's reply
// envelope for each node type and summaries (any status, any body), and the node replies built
// from a model's free-text answer (the JSON object found in it, the class picked, the parameters
// coerced to their declared types) for a request that is itself fuzzed.
// Input: the first byte picks the reverse type and the HTTP status; then a request JSON object
// (FuzzedDataProvider string), then the answer body / model text.
// Invariants: nothing crashes or hangs (extractJsonObject on a long answer is where quadratic
// scans hide); a parsed inner API reply is an object whose required members are objects
// (summary: a string); a found JSON object is one that occurs in the text; node replies are
// objects.
#include "fuzz/fuzzcommon.h"

#include "core/runtime/workflownodes.h"

using namespace Studio;
using namespace Studio::Runtime;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    FuzzedDataProvider fdp(data, size);
    static const QString types[] = {QStringLiteral("node_question_classifier"), QStringLiteral("node_parameter_extractor"),
                                    QStringLiteral("system_summary")};
    const QString type = types[fdp.ConsumeIntegralInRange<int>(0, 2)];
    static const int statuses[] = {200, 201, 204, 301, 400, 401, 403, 404, 422, 429, 500, 502, 503};
    const int status = statuses[fdp.ConsumeIntegralInRange<size_t>(0, std::size(statuses) - 1)];
    const QByteArray requestText = QByteArray::fromStdString(fdp.ConsumeRandomLengthString(4096));
    const QByteArray body = QByteArray::fromStdString(fdp.ConsumeRemainingBytesAsString());
    const QJsonObject request = QJsonDocument::fromJson(requestText).object();

    FUZZ_CHECK(WorkflowNodes::isNodeType(type), QStringLiteral("%1 is a node type").arg(type));
    (void)WorkflowNodes::validateRequest(type, request);
    (void)WorkflowNodes::innerApiBody(type, request);

    const auto reply = WorkflowNodes::parseInnerApiReply(type, status, body);
    if (reply) {
        if (type == QLatin1String("system_summary")) {
            FUZZ_CHECK(reply->value(QStringLiteral("summary")).isString(), QStringLiteral("a summary that is not a string"));
        } else {
            for (const char *k : {"process_data", "outputs", "inputs"})
                FUZZ_CHECK(reply->value(QLatin1String(k)).isObject(), QStringLiteral("reply without %1").arg(QLatin1String(k)));
        }
    } else {
        FUZZ_CHECK(!reply.error().message.isEmpty(), QStringLiteral("a refusal without a message"));
    }

    const QString answer = QString::fromUtf8(body);
    if (const auto found = WorkflowNodes::extractJsonObject(answer))
        FUZZ_CHECK(answer.contains(QLatin1Char('{')), QStringLiteral("an object found in a text without '{'"));
    const QJsonObject usage{{QStringLiteral("total_tokens"), 3}};
    if (type == QLatin1String("node_question_classifier")) {
        const QJsonArray prompt = WorkflowNodes::questionClassifierPrompt(request);
        (void)WorkflowNodes::questionClassifierReply(request, prompt, answer, usage, QStringLiteral("stop"));
    } else if (type == QLatin1String("node_parameter_extractor")) {
        const QJsonArray prompt = WorkflowNodes::parameterExtractorPrompt(request);
        (void)WorkflowNodes::parameterExtractorReply(request, prompt, answer, usage, QStringLiteral("stop"));
    } else {
        (void)WorkflowNodes::summaryPrompt(request);
    }
    return 0;
}
