// SPDX-License-Identifier: GPL-3.0-or-later
// decode(): manifest.yaml, then the provider of each kind it lists (decode*.cpp), the defaults the
// daemon fills in, and the rules that look at the plugin as a whole (which kinds may be combined).
#include "core/plugin/reader_p.h"

#include "core/common/tr.h"

namespace Studio::Plugin::Detail {

using Yaml::NodePtr;

namespace {

// One declaration kind: where the manifest lists it, its inline and remote-debug names, and how
// it is decoded into the plugin declaration.
struct Kind
{
    QStringList Manifest::*list;
    const char *pluralKey;  // plugins.<pluralKey>
    const char *inlineKey;  // a mapping under this key in manifest.yaml (daemon only)
    const char *remoteType; // the remote-debug registration type
    void (*decode)(DecodeContext &, const NodePtr &, const Where &);
};

template<typename T, std::optional<T> PluginDeclaration::*member,
         T (*fn)(DecodeContext &, const NodePtr &, const Where &)>
void decodeInto(DecodeContext &ctx, const NodePtr &root, const Where &w)
{
    ctx.out.declaration.*member = fn(ctx, root, w);
}

const Kind kKinds[] = {
    {&Manifest::tools, "tools", "tool", "tool_declaration",
     decodeInto<ToolProvider, &PluginDeclaration::tool, decodeToolProvider>},
    {&Manifest::models, "models", "model", "model_declaration",
     decodeInto<ModelProvider, &PluginDeclaration::model, decodeModelProvider>},
    {&Manifest::endpoints, "endpoints", "endpoint", "endpoint_declaration",
     decodeInto<EndpointGroup, &PluginDeclaration::endpoint, decodeEndpointGroup>},
    {&Manifest::agentStrategies, "agent_strategies", "agent_strategy", "agent_strategy_declaration",
     decodeInto<AgentStrategyProvider, &PluginDeclaration::agentStrategy, decodeAgentProvider>},
    {&Manifest::datasources, "datasources", "datasource", "datasource_declaration",
     decodeInto<DatasourceProvider, &PluginDeclaration::datasource, decodeDatasourceProvider>},
    {&Manifest::triggers, "triggers", "trigger", "trigger_declaration",
     decodeInto<TriggerProvider, &PluginDeclaration::trigger, decodeTriggerProvider>},
};

class PluginDecoder : public FieldReader
{
public:
    using FieldReader::FieldReader;
    void run();

private:
    NodePtr readManifest(); // nullptr when reported
    void decodeKind(const Kind &k, const NodePtr &root, const Where &mw);
    void fillDefaults();
    void checkKinds();
};

NodePtr PluginDecoder::readManifest()
{
    if (remote()) {
        if (m_ctx.in.assetNames) {
            for (const QString &a : *m_ctx.in.assetNames)
                m_ctx.assets.insert(a);
        }
        return m_ctx.in.remoteManifest;
    }
    m_ctx.paths = files().paths();
    for (const QString &p : std::as_const(m_ctx.paths)) {
        if (p.startsWith(QLatin1String("_assets/")))
            m_ctx.assets.insert(p.mid(8));
    }
    const QStringList ign = files().ignoredPaths();
    for (const QString &p : ign)
        m_ctx.ignored.insert(p);
    const Where w{QStringLiteral("manifest.yaml"), QString(), Yaml::Mark{}};
    if (!files().contains(QStringLiteral("manifest.yaml"))) {
        report(DiagnosticCode::ManifestMissing,
               isIgnored(QStringLiteral("manifest.yaml"))
                   ? StudioTr::tr("manifest.yaml is excluded by the ignore file; remove that pattern.")
                   : StudioTr::tr("There is no manifest.yaml at the plugin root; this is not a Dify plugin folder."),
               w);
        return nullptr;
    }
    Result<QByteArray> bytes = files().read(QStringLiteral("manifest.yaml"));
    if (!bytes) {
        report(DiagnosticCode::ManifestUnreadable,
               StudioTr::tr("manifest.yaml cannot be read: %1").arg(bytes.error().message), w);
        return nullptr;
    }
    Result<NodePtr> doc = parseCached(*bytes, QStringLiteral("manifest.yaml"));
    if (!doc) {
        reportAt(DiagnosticCode::YamlSyntax,
                 StudioTr::tr("manifest.yaml is not valid YAML: %1").arg(doc.error().message),
                 QStringLiteral("manifest.yaml"), Yaml::Mark{doc.error().line, doc.error().column, -1}, QString());
        return nullptr;
    }
    return *doc;
}

void PluginDecoder::decodeKind(const Kind &k, const NodePtr &root, const Where &mw)
{
    if (remote()) {
        NodePtr n = m_ctx.in.remoteDeclarations.value(QString::fromLatin1(k.remoteType));
        if (!n)
            return;
        const Where w{QString::fromLatin1(k.remoteType), QString(), n->mark()};
        if (expectMapping(n, w, QString::fromLatin1(k.remoteType)))
            k.decode(m_ctx, n, w);
        return;
    }
    const QStringList &listed = m_ctx.out.declaration.manifest.*k.list;
    if (!listed.isEmpty()) {
        // The daemon keeps the last file of each kind.
        const QString raw = listed.last();
        NodePtr plugins = root->get(QStringLiteral("plugins"));
        NodePtr l = plugins ? plugins->get(QString::fromLatin1(k.pluralKey)) : nullptr;
        Where wref{QStringLiteral("manifest.yaml"),
                   indexPath(QStringLiteral("plugins.") + QString::fromLatin1(k.pluralKey), int(listed.size() - 1)),
                   l && l->isSequence() && !l->items().isEmpty() ? l->items().last()->mark() : mw.mark};
        QString clean;
        NodePtr proot = loadFile(raw, wref, &clean);
        if (!proot)
            return;
        const Where pw{clean, QString(), proot->mark()};
        if (!expectMapping(proot, pw, StudioTr::tr("The provider file %1").arg(clean)))
            return;
        k.decode(m_ctx, proot, pw);
        return;
    }
    // Inline declaration in the manifest (daemon only).
    NodePtr inl = root->get(QString::fromLatin1(k.inlineKey));
    if (inl && inl->isMapping()) {
        const Where w{QStringLiteral("manifest.yaml"), QString::fromLatin1(k.inlineKey), inl->mark()};
        report(DiagnosticCode::DeclarationInline,
               StudioTr::tr("An inline `%1` declaration in manifest.yaml is read by the daemon but ignored by the Python SDK; "
                            "move it to a file listed under plugins.")
                   .arg(QString::fromLatin1(k.inlineKey)),
               w);
        k.decode(m_ctx, inl, w);
    }
}

// Defaults the daemon fills (formats.md §1.5).
void PluginDecoder::fillDefaults()
{
    PluginDeclaration &decl = m_ctx.out.declaration;
    if (decl.tool) {
        if (decl.tool->identity.description.en_US.isEmpty())
            decl.tool->identity.description = decl.manifest.description;
        if (decl.tool->identity.tags.isEmpty())
            decl.tool->identity.tags = decl.manifest.tags;
    }
    if (decl.model && !decl.model->description.present)
        decl.model->description = decl.manifest.description;
    if (decl.trigger) {
        if (decl.trigger->identity.description.en_US.isEmpty())
            decl.trigger->identity.description = decl.manifest.description;
        if (decl.trigger->identity.tags.isEmpty())
            decl.trigger->identity.tags = decl.manifest.tags;
    }
}

void PluginDecoder::checkKinds()
{
    const PluginDeclaration &d = m_ctx.out.declaration;
    const Where w{d.manifest.file, QStringLiteral("plugins"), Yaml::Mark{}};
    Where wp = w;
    if (m_ctx.out.manifestRoot) {
        if (NodePtr p = m_ctx.out.manifestRoot->isMapping() ? m_ctx.out.manifestRoot->get(QStringLiteral("plugins"))
                                                            : nullptr)
            wp.mark = p->mark();
    }
    const bool tool = d.tool.has_value(), model = d.model.has_value(), endpoint = d.endpoint.has_value(),
               agent = d.agentStrategy.has_value(), ds = d.datasource.has_value(), trig = d.trigger.has_value();
    const int count = int(tool) + int(model) + int(endpoint) + int(agent) + int(ds) + int(trig);
    if (count == 0) {
        report(DiagnosticCode::ManifestPluginsNone,
               StudioTr::tr("The plugin declares no provider; list one under plugins (tools, models, endpoints, agent_strategies, "
                            "datasources or triggers)."),
               wp);
        return;
    }
    if (count == 1 || (count == 2 && tool && endpoint))
        return;
    const QString kind = model ? QStringLiteral("models")
                         : agent ? QStringLiteral("agent_strategies")
                         : ds    ? QStringLiteral("datasources")
                                 : QStringLiteral("triggers");
    report(DiagnosticCode::ManifestPluginsCombination,
           StudioTr::tr("plugins.%1 cannot be combined with other provider kinds (only tools + endpoints may be combined); "
                        "split it into separate plugins.")
               .arg(kind),
           wp);
}

void PluginDecoder::run()
{
    const NodePtr root = readManifest();
    if (!root && !remote())
        return;
    m_ctx.out.manifestRoot = root;
    const Where mw{QStringLiteral("manifest.yaml"), QString(), root ? root->mark() : Yaml::Mark{}};
    if (!root || !root->isMapping()) {
        report(DiagnosticCode::ManifestNotMapping,
               StudioTr::tr("manifest.yaml must be a YAML mapping with version, type, author, name, ... (it is %1).")
                   .arg(!root || root->isNull() ? StudioTr::tr("empty")
                        : root->isSequence()    ? StudioTr::tr("a list")
                                                : StudioTr::tr("a scalar")),
               mw);
        return;
    }
    decodeManifest(m_ctx, root);
    m_ctx.out.manifestDecoded = true;
    for (const Kind &k : kKinds)
        decodeKind(k, root, mw);
    fillDefaults();
    checkKinds();
    const PluginDeclaration &decl = m_ctx.out.declaration;
    if (decl.endpoint && !decl.manifest.permissions.endpoint)
        report(DiagnosticCode::ManifestPermissionEndpoint,
               StudioTr::tr("The plugin declares endpoints but resource.permission.endpoint.enabled is not true; enable it."),
               Where{QStringLiteral("manifest.yaml"), QStringLiteral("resource.permission"), mw.mark});
}

} // namespace

DecodeOutput decode(const DecodeInput &input)
{
    DecodeContext ctx(input);
    PluginDecoder(ctx).run();
    return std::move(ctx.out);
}

} // namespace Studio::Plugin::Detail
