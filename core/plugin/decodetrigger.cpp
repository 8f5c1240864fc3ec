// SPDX-License-Identifier: GPL-3.0-or-later
// Trigger providers and events (formats.md §2.7).
#include "core/plugin/reader_p.h"

#include "core/common/tr.h"

namespace Studio::Plugin::Detail {

using Yaml::Node;
using Yaml::NodePtr;

namespace {

class TriggerDecoder : public FieldReader
{
public:
    using FieldReader::FieldReader;
    TriggerEvent decodeEvent(const NodePtr &root, const Where &w);
    TriggerProvider decodeTriggerProvider(const NodePtr &root, const Where &w);
};

TriggerEvent TriggerDecoder::decodeEvent(const NodePtr &root, const Where &w)
{
    TriggerEvent e;
    NodePtr id = field(root, QStringLiteral("identity"), w);
    e.identity = decodeIdentity(id, at(w, QStringLiteral("identity"), id), true, false, false, false);
    NodePtr d = field(root, QStringLiteral("description"), w);
    e.description = i18n(d, at(w, QStringLiteral("description"), d));
    requireI18n(e.description, at(w, QStringLiteral("description"), d), QStringLiteral("description"), true);
    NodePtr ps = field(root, QStringLiteral("parameters"), w);
    e.parameters = decodeParameters(ps, at(w, QStringLiteral("parameters"), ps), ParamKind::Event);
    NodePtr os = field(root, QStringLiteral("output_schema"), w);
    e.outputSchema = freeMap(os, at(w, QStringLiteral("output_schema"), os));
    checkPythonSource(root, w, &e.pythonSource, StudioTr::tr("The trigger event"));
    return e;
}

TriggerProvider TriggerDecoder::decodeTriggerProvider(const NodePtr &root, const Where &w)
{
    TriggerProvider p;
    p.file = w.file;
    p.identity = decodeProviderIdentity(root, w, true, StudioTr::tr("Trigger provider icon"), StudioTr::tr("Trigger provider dark icon"), QStringLiteral("trigger"));
    NodePtr ss = field(root, QStringLiteral("subscription_schema"), w);
    Where wss = at(w, QStringLiteral("subscription_schema"), ss);
    bool ssMap = false;
    // Subscription fields use their own types (string, password, ...): decoded, not validated.
    if (ss && ss->isSequence()) {
        for (const NodePtr &it : ss->items()) {
            ConfigField f;
            if (it && it->isMapping()) {
                f.name = it->get(QStringLiteral("name")) ? it->get(QStringLiteral("name"))->asString() : QString();
                f.type = it->get(QStringLiteral("type")) ? it->get(QStringLiteral("type"))->asString() : QString();
                f.mark = it->mark();
            }
            p.subscriptionSchema.append(f);
        }
    } else if (ss && ss->isMapping()) {
        ssMap = true;
        for (const Node::Pair &pr : ss->pairs()) {
            if (!pr.key || !pr.value || !pr.value->isMapping())
                continue;
            ConfigField f;
            f.name = pr.key->scalar();
            f.type = pr.value->get(QStringLiteral("type")) ? pr.value->get(QStringLiteral("type"))->asString() : QString();
            f.mark = pr.value->mark();
            p.subscriptionSchema.append(f);
        }
    } else if (ss && !ss->isNull()) {
        report(DiagnosticCode::YamlTypeList, StudioTr::tr("subscription_schema must be a list or a mapping."), wss);
    }
    if (ssMap)
        report(DiagnosticCode::TriggerSubscriptionSchemaMapForm,
            StudioTr::tr("The Python SDK reads subscription_schema only as a list (- name: ...); convert the mapping."), wss);
    NodePtr sc = field(root, QStringLiteral("subscription_constructor"), w);
    Where wsc = at(w, QStringLiteral("subscription_constructor"), sc);
    if (expectMapping(sc, wsc, QStringLiteral("subscription_constructor"))) {
        NodePtr ps = field(sc, QStringLiteral("parameters"), wsc);
        p.constructorParameters = decodeParameters(ps, at(wsc, QStringLiteral("parameters"), ps), ParamKind::Event);
        NodePtr cs = field(sc, QStringLiteral("credentials_schema"), wsc);
        p.constructorCredentials = decodeConfigList(cs, at(wsc, QStringLiteral("credentials_schema"), cs), true);
        decodeOauth(sc, wsc, &p.oauthClientSchema, &p.oauthCredentialsSchema);
    }
    if (p.oauthClientSchema.isEmpty() && p.oauthCredentialsSchema.isEmpty())
        decodeOauth(root, w, &p.oauthClientSchema, &p.oauthCredentialsSchema);
    NodePtr ev = field(root, QStringLiteral("events"), w);
    p.events = decodeChildren<TriggerEvent>(ev, at(w, QStringLiteral("events"), ev), QStringLiteral("trigger event"),
                                            [this](const NodePtr &n, const Where &ww) { return decodeEvent(n, ww); });
    checkPythonSource(root, w, &p.pythonSource, StudioTr::tr("The trigger provider"));
    return p;
}

} // namespace

TriggerProvider decodeTriggerProvider(DecodeContext &ctx, const NodePtr &root, const Where &w)
{
    return TriggerDecoder(ctx).decodeTriggerProvider(root, w);
}

} // namespace Studio::Plugin::Detail
