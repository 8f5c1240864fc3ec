// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/providerlookup.h"

#include "core/common/tr.h"

namespace Studio::Session {

QString providerKindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Tool:
        return QStringLiteral("tool");
    case ProviderKind::Model:
        return QStringLiteral("model");
    case ProviderKind::AgentStrategy:
        return QStringLiteral("agent-strategy");
    case ProviderKind::Datasource:
        return QStringLiteral("datasource");
    case ProviderKind::Trigger:
        break;
    }
    return QStringLiteral("trigger");
}

std::optional<ProviderKind> providerKindFromName(const QString &name)
{
    static const QStringList modelTypes{
        QStringLiteral("llm"),           QStringLiteral("llm_structured_output"), QStringLiteral("text_embedding"),
        QStringLiteral("text-embedding"), QStringLiteral("multimodal_embedding"), QStringLiteral("rerank"),
        QStringLiteral("multimodal_rerank"), QStringLiteral("tts"),              QStringLiteral("speech2text"),
        QStringLiteral("moderation"),    QStringLiteral("system_summary")};
    if (name == QLatin1String("tool"))
        return ProviderKind::Tool;
    if (name == QLatin1String("model") || modelTypes.contains(name))
        return ProviderKind::Model;
    if (name == QLatin1String("agent-strategy") || name == QLatin1String("agent_strategy"))
        return ProviderKind::AgentStrategy;
    if (name == QLatin1String("datasource"))
        return ProviderKind::Datasource;
    if (name == QLatin1String("trigger"))
        return ProviderKind::Trigger;
    return std::nullopt;
}

QString declaredProvider(const Plugin::PluginDeclaration &d, ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Tool:
        return d.tool ? d.tool->identity.name : QString();
    case ProviderKind::Model:
        return d.model ? d.model->provider : QString();
    case ProviderKind::AgentStrategy:
        return d.agentStrategy ? d.agentStrategy->identity.name : QString();
    case ProviderKind::Datasource:
        return d.datasource ? d.datasource->identity.name : QString();
    case ProviderKind::Trigger:
        break;
    }
    return d.trigger ? d.trigger->identity.name : QString();
}

Result<ProviderRef> ProviderRef::parse(const QString &text)
{
    auto refuse = [&text](const QString &why) {
        return Error(ErrorCode::InvalidInput,
                     StudioTr::tr("\"%1\" is not a provider name: %2. Write author/name/provider (for example "
                                  "langgenius/openai/openai) or the provider alone (openai).")
                         .arg(text, why));
    };
    if (text.isEmpty())
        return Error(ErrorCode::InvalidInput, StudioTr::tr("No provider was named; write author/name/provider (for "
                                                           "example langgenius/openai/openai) or the provider alone."));
    for (const QChar c : text)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return refuse(StudioTr::tr("it contains white space or control characters"));
    const QStringList parts = text.split(QLatin1Char('/'));
    for (const QString &p : parts)
        if (p.isEmpty())
            return refuse(StudioTr::tr("one of its parts is empty"));
    ProviderRef r;
    if (parts.size() == 1) {
        r.name = parts.at(0);
        return r;
    }
    if (parts.size() == 2)
        return refuse(StudioTr::tr("author/name names a plugin, not one of its providers"));
    if (parts.size() > 3)
        return refuse(StudioTr::tr("it has more than three parts"));
    r.pluginId = parts.at(0) + QLatin1Char('/') + parts.at(1);
    r.name = parts.at(2);
    return r;
}

QString ProviderRef::toString() const
{
    return isBare() ? name : pluginId + QLatin1Char('/') + name;
}

bool serves(const QString &pluginId, const Plugin::PluginDeclaration &declaration, ProviderKind kind, const ProviderRef &ref)
{
    if (ref.name.isEmpty() || (!ref.isBare() && ref.pluginId != pluginId))
        return false;
    return declaredProvider(declaration, kind) == ref.name;
}

int matchProvider(const QList<ProviderCandidate> &candidates, ProviderKind kind, const ProviderRef &ref)
{
    int best = -1;
    auto rank = [&ref](const ProviderCandidate &c) {
        // A bare name is Dify's langgenius/<name>/<name>: that plugin first, then by origin.
        const bool dify = ref.isBare() && c.pluginId == QStringLiteral("langgenius/") + ref.name;
        return (dify ? 0 : 10) + int(c.origin);
    };
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const ProviderCandidate &c = candidates.at(i);
        if (!c.declaration || !serves(c.pluginId, *c.declaration, kind, ref))
            continue;
        if (best < 0 || rank(c) < rank(candidates.at(best)))
            best = int(i);
    }
    return best;
}

} // namespace Studio::Session
