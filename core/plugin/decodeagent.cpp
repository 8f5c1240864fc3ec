// SPDX-License-Identifier: GPL-3.0-or-later
// Agent strategy providers and strategies (formats.md §2.5).
#include "core/plugin/reader_p.h"

#include "core/common/tr.h"

namespace Studio::Plugin::Detail {

using Yaml::Node;
using Yaml::NodePtr;

namespace {

class AgentDecoder : public FieldReader
{
public:
    using FieldReader::FieldReader;
    AgentStrategy decodeStrategy(const NodePtr &root, const Where &w);
    AgentStrategyProvider decodeAgentProvider(const NodePtr &root, const Where &w);
};

AgentStrategy AgentDecoder::decodeStrategy(const NodePtr &root, const Where &w)
{
    AgentStrategy s;
    NodePtr id = field(root, QStringLiteral("identity"), w);
    s.identity = decodeIdentity(id, at(w, QStringLiteral("identity"), id), true, false, false, false);
    NodePtr d = field(root, QStringLiteral("description"), w);
    s.description = i18n(d, at(w, QStringLiteral("description"), d));
    requireI18n(s.description, at(w, QStringLiteral("description"), d), QStringLiteral("description"), true);
    NodePtr ps = field(root, QStringLiteral("parameters"), w);
    s.parameters = decodeParameters(ps, at(w, QStringLiteral("parameters"), ps), ParamKind::Agent);
    NodePtr os = field(root, QStringLiteral("output_schema"), w);
    s.outputSchema = freeMap(os, at(w, QStringLiteral("output_schema"), os));
    NodePtr fe = field(root, QStringLiteral("features"), w);
    Where wfe = at(w, QStringLiteral("features"), fe);
    s.features = stringList(fe, wfe);
    for (const QString &f : std::as_const(s.features)) {
        if (codePoints(f) >= 256)
            report(DiagnosticCode::StrategyFeatureTooLong, StudioTr::tr("A feature is too long."), wfe);
        if (f != QLatin1String("history-messages"))
            report(DiagnosticCode::StrategyFeatureInvalid,
                StudioTr::tr("Strategy feature \"%1\" is refused by the Python SDK; the only feature is history-messages.").arg(f),
                wfe);
    }
    NodePtr hr = field(root, QStringLiteral("has_runtime_parameters"), w);
    boolean(hr, at(w, QStringLiteral("has_runtime_parameters"), hr));
    checkPythonSource(root, w, &s.pythonSource, StudioTr::tr("The agent strategy"));
    return s;
}

AgentStrategyProvider AgentDecoder::decodeAgentProvider(const NodePtr &root, const Where &w)
{
    AgentStrategyProvider p;
    p.file = w.file;
    p.identity = decodeProviderIdentity(root, w, true, StudioTr::tr("Agent strategy provider icon"), StudioTr::tr("Agent strategy provider dark icon"), QStringLiteral("agent"));
    NodePtr st = field(root, QStringLiteral("strategies"), w);
    p.strategies = decodeChildren<AgentStrategy>(st, at(w, QStringLiteral("strategies"), st),
                                                 QStringLiteral("agent strategy"),
                                                 [this](const NodePtr &n, const Where &ww) { return decodeStrategy(n, ww); });
    checkPythonSource(root, w, &p.pythonSource, StudioTr::tr("The agent strategy provider"), false);
    return p;
}

} // namespace

AgentStrategyProvider decodeAgentProvider(DecodeContext &ctx, const NodePtr &root, const Where &w)
{
    return AgentDecoder(ctx).decodeAgentProvider(root, w);
}

} // namespace Studio::Plugin::Detail
