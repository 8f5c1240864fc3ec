// SPDX-License-Identifier: GPL-3.0-or-later
// Tool providers and tools (formats.md §2.2).
#include "core/plugin/reader_p.h"

#include "core/common/tr.h"

namespace Studio::Plugin::Detail {

using Yaml::Node;
using Yaml::NodePtr;

namespace {

class ToolDecoder : public FieldReader
{
public:
    using FieldReader::FieldReader;
    ToolDeclaration decodeTool(const NodePtr &root, const Where &w);
    ToolProvider decodeToolProvider(const NodePtr &root, const Where &w);
};

ToolDeclaration ToolDecoder::decodeTool(const NodePtr &root, const Where &w)
{
    ToolDeclaration t;
    NodePtr id = field(root, QStringLiteral("identity"), w);
    t.identity = decodeIdentity(id, at(w, QStringLiteral("identity"), id), true, false, false, false);
    NodePtr d = field(root, QStringLiteral("description"), w);
    Where wd = at(w, QStringLiteral("description"), d);
    if (!d || d->isNull()) {
        report(DiagnosticCode::ToolDescriptionMissing,
            StudioTr::tr("The tool has no `description`; add description: {human: {en_US: ...}, llm: ...}."), wd);
    } else if (expectMapping(d, wd, QStringLiteral("description"))) {
        NodePtr h = field(d, QStringLiteral("human"), wd);
        t.humanDescription = i18n(h, at(wd, QStringLiteral("human"), h));
        requireI18n(t.humanDescription, at(wd, QStringLiteral("human"), h), QStringLiteral("description.human"), true);
        Where wl;
        t.llmDescription = strField(d, QStringLiteral("llm"), wd, &wl);
        if (t.llmDescription.isEmpty())
            report(DiagnosticCode::ToolDescriptionLlmMissing,
                StudioTr::tr("description.llm is empty; describe for the model what the tool does."), wl);
    }
    NodePtr ps = field(root, QStringLiteral("parameters"), w);
    t.parameters = decodeParameters(ps, at(w, QStringLiteral("parameters"), ps), ParamKind::Tool);
    NodePtr os = field(root, QStringLiteral("output_schema"), w);
    t.outputSchema = freeMap(os, at(w, QStringLiteral("output_schema"), os));
    NodePtr hr = field(root, QStringLiteral("has_runtime_parameters"), w);
    t.hasRuntimeParameters = boolean(hr, at(w, QStringLiteral("has_runtime_parameters"), hr));
    checkPythonSource(root, w, &t.pythonSource, StudioTr::tr("The tool"));
    return t;
}

ToolProvider ToolDecoder::decodeToolProvider(const NodePtr &root, const Where &w)
{
    ToolProvider p;
    p.file = w.file;
    p.identity = decodeProviderIdentity(root, w, true, StudioTr::tr("Tool provider icon"), StudioTr::tr("Tool provider dark icon"), QStringLiteral("tool"));
    NodePtr cs = field(root, QStringLiteral("credentials_schema"), w);
    bool csMap = false;
    QList<ConfigField> listForm = decodeConfigList(cs, at(w, QStringLiteral("credentials_schema"), cs), true, &csMap);
    NodePtr cfp = field(root, QStringLiteral("credentials_for_provider"), w);
    Where wcfp = at(w, QStringLiteral("credentials_for_provider"), cfp);
    bool cfpMap = false;
    QList<ConfigField> forProvider = decodeConfigList(cfp, wcfp, true, &cfpMap);
    if (!listForm.isEmpty()) {
        p.credentials = listForm;
        p.credentialsAsMap = csMap;
    } else {
        p.credentials = forProvider;
        p.credentialsAsMap = cfpMap;
    }
    if (cfp && cfp->isSequence() && cfp->size() > 0)
        report(DiagnosticCode::ToolCredentialsListForm,
            StudioTr::tr("The Python SDK reads credentials_for_provider only as a mapping (name: {type: ..., label: ...}); "
               "convert the list."),
            wcfp);
    if (cs && cs->size() > 0 && !(cfp && cfp->isMapping()))
        report(DiagnosticCode::ToolCredentialsSdkInvisible,
             StudioTr::tr("credentials_schema is not read by the Python SDK; write the credentials as a mapping under "
                "credentials_for_provider instead."),
             at(w, QStringLiteral("credentials_schema"), cs));
    decodeOauth(root, w, &p.oauthClientSchema, &p.oauthCredentialsSchema);
    NodePtr tools = field(root, QStringLiteral("tools"), w);
    p.tools = decodeChildren<ToolDeclaration>(tools, at(w, QStringLiteral("tools"), tools), QStringLiteral("tool"),
                                              [this](const NodePtr &n, const Where &ww) { return decodeTool(n, ww); });
    checkPythonSource(root, w, &p.pythonSource, StudioTr::tr("The tool provider"));
    return p;
}

} // namespace

ToolProvider decodeToolProvider(DecodeContext &ctx, const NodePtr &root, const Where &w)
{
    return ToolDecoder(ctx).decodeToolProvider(root, w);
}

} // namespace Studio::Plugin::Detail
