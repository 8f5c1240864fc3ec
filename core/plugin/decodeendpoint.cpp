// SPDX-License-Identifier: GPL-3.0-or-later
// Endpoint groups and endpoints (formats.md §2.4).
#include "core/plugin/reader_p.h"

#include "core/common/tr.h"

namespace Studio::Plugin::Detail {

using Yaml::Node;
using Yaml::NodePtr;

namespace {

class EndpointDecoder : public FieldReader
{
public:
    using FieldReader::FieldReader;
    Endpoint decodeEndpoint(const NodePtr &root, const Where &w);
    EndpointGroup decodeEndpointGroup(const NodePtr &root, const Where &w);
};

Endpoint EndpointDecoder::decodeEndpoint(const NodePtr &root, const Where &w)
{
    static const QStringList methods = {QStringLiteral("HEAD"), QStringLiteral("GET"), QStringLiteral("POST"),
                                        QStringLiteral("PUT"), QStringLiteral("DELETE"), QStringLiteral("OPTIONS")};
    Endpoint e;
    Where wp, wm;
    e.path = strField(root, QStringLiteral("path"), w, &wp);
    e.method = strField(root, QStringLiteral("method"), w, &wm);
    NodePtr h = field(root, QStringLiteral("hidden"), w);
    e.hidden = boolean(h, at(w, QStringLiteral("hidden"), h));
    if (e.path.isEmpty())
        report(DiagnosticCode::EndpointPathMissing, StudioTr::tr("The endpoint has no `path` (e.g. /webhook)."), wp);
    if (!methods.contains(e.method))
        report(DiagnosticCode::EndpointMethodInvalid,
            StudioTr::tr("Endpoint method \"%1\" is not valid; use one of: %2 (upper case).")
                .arg(e.method, methods.join(QStringLiteral(", "))),
            wm);
    checkPythonSource(root, w, &e.pythonSource, StudioTr::tr("The endpoint"));
    return e;
}

EndpointGroup EndpointDecoder::decodeEndpointGroup(const NodePtr &root, const Where &w)
{
    EndpointGroup g;
    g.file = w.file;
    NodePtr s = field(root, QStringLiteral("settings"), w);
    g.settings = decodeConfigList(s, at(w, QStringLiteral("settings"), s), false);
    NodePtr eps = field(root, QStringLiteral("endpoints"), w);
    g.endpoints = decodeChildren<Endpoint>(eps, at(w, QStringLiteral("endpoints"), eps), QStringLiteral("endpoint"),
                                           [this](const NodePtr &n, const Where &ww) { return decodeEndpoint(n, ww); });
    return g;
}

} // namespace

EndpointGroup decodeEndpointGroup(DecodeContext &ctx, const NodePtr &root, const Where &w)
{
    return EndpointDecoder(ctx).decodeEndpointGroup(root, w);
}

} // namespace Studio::Plugin::Detail
