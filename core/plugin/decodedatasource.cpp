// SPDX-License-Identifier: GPL-3.0-or-later
// Datasource providers and datasources (formats.md §2.6).
#include "core/plugin/reader_p.h"

#include "core/common/tr.h"

namespace Studio::Plugin::Detail {

using Yaml::Node;
using Yaml::NodePtr;

namespace {

class DatasourceDecoder : public FieldReader
{
public:
    using FieldReader::FieldReader;
    Datasource decodeDatasource(const NodePtr &root, const Where &w);
    DatasourceProvider decodeDatasourceProvider(const NodePtr &root, const Where &w);
};

Datasource DatasourceDecoder::decodeDatasource(const NodePtr &root, const Where &w)
{
    Datasource d;
    NodePtr id = field(root, QStringLiteral("identity"), w);
    Where wid = at(w, QStringLiteral("identity"), id);
    d.identity = decodeIdentity(id, wid, false, false, false, false);
    checkIcon(d.identity.icon, Where{w.file, joinPath(wid.path, QStringLiteral("icon")), d.identity.mark},
              StudioTr::tr("Datasource icon"));
    NodePtr desc = field(root, QStringLiteral("description"), w);
    d.description = i18n(desc, at(w, QStringLiteral("description"), desc));
    requireI18n(d.description, at(w, QStringLiteral("description"), desc), QStringLiteral("description"), true);
    NodePtr ps = field(root, QStringLiteral("parameters"), w);
    d.parameters = decodeParameters(ps, at(w, QStringLiteral("parameters"), ps), ParamKind::Datasource);
    NodePtr os = field(root, QStringLiteral("output_schema"), w);
    d.outputSchema = freeMap(os, at(w, QStringLiteral("output_schema"), os));
    checkPythonSource(root, w, &d.pythonSource, StudioTr::tr("The datasource"));
    return d;
}

DatasourceProvider DatasourceDecoder::decodeDatasourceProvider(const NodePtr &root, const Where &w)
{
    static const QStringList providerTypes = {QStringLiteral("website_crawl"), QStringLiteral("online_document"),
                                              QStringLiteral("online_drive")};
    DatasourceProvider p;
    p.file = w.file;
    p.identity = decodeProviderIdentity(root, w, false, StudioTr::tr("Datasource provider icon"), QString(), QStringLiteral("datasource"));
    NodePtr cs = field(root, QStringLiteral("credentials_schema"), w);
    Where wcs = at(w, QStringLiteral("credentials_schema"), cs);
    bool asMap = false;
    p.credentials = decodeConfigList(cs, wcs, true, &asMap);
    if (asMap)
        report(DiagnosticCode::DatasourceCredentialsMapForm,
            StudioTr::tr("The Python SDK reads datasource credentials_schema only as a list (- name: ...); convert the mapping."),
            wcs);
    decodeOauth(root, w, &p.oauthClientSchema, &p.oauthCredentialsSchema);
    Where wpt;
    p.providerType = strField(root, QStringLiteral("provider_type"), w, &wpt);
    if (!providerTypes.contains(p.providerType))
        report(DiagnosticCode::DatasourceProviderTypeInvalid,
            StudioTr::tr("provider_type \"%1\" is not valid; use website_crawl, online_document or online_drive.")
                .arg(p.providerType),
            wpt);
    NodePtr ds = field(root, QStringLiteral("datasources"), w);
    p.datasources = decodeChildren<Datasource>(ds, at(w, QStringLiteral("datasources"), ds), QStringLiteral("datasource"),
                                               [this](const NodePtr &n, const Where &ww) { return decodeDatasource(n, ww); });
    checkPythonSource(root, w, &p.pythonSource, StudioTr::tr("The datasource provider"));
    return p;
}

} // namespace

DatasourceProvider decodeDatasourceProvider(DecodeContext &ctx, const NodePtr &root, const Where &w)
{
    return DatasourceDecoder(ctx).decodeDatasourceProvider(root, w);
}

} // namespace Studio::Plugin::Detail
