// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debug/registration.h"

#include "core/plugin/pluginid.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Studio::Debug {

const QList<DeclarationKind> &declarationKinds()
{
    static const QList<DeclarationKind> kinds = {
        {"tool_declaration", "tool", "tools", "tools"},
        {"model_declaration", "model", "models", "models"},
        {"endpoint_declaration", "endpoint", "endpoints", "endpoints"},
        {"agent_strategy_declaration", "agent_strategy", "agent strategies", "agent strategy"},
        {"datasource_declaration", "datasource", "datasources", "datasource"},
        {"trigger_declaration", "trigger", "triggers", "triggers"},
    };
    return kinds;
}

static QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// ---------------------------------------------------------------- Registration

QJsonObject Registration::fullDeclaration() const
{
    QJsonObject full = manifest;
    for (auto it = providers.constBegin(); it != providers.constEnd(); ++it)
        full.insert(it.key(), it.value());
    return full;
}

QString Registration::checksum(const QString &workspaceId) const
{
    QByteArray bytes = QJsonDocument(fullDeclaration()).toJson(QJsonDocument::Compact);
    bytes += workspaceId.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString Registration::identifier(const QString &workspaceId) const
{
    return Plugin::uniqueIdentifier(author(), name(), version(), checksum(workspaceId));
}

static Plugin::I18nText i18n(const QJsonValue &v)
{
    return Plugin::I18nText::fromJson(v);
}

template<typename T>
static Plugin::Located<T> located(const T &value, bool present)
{
    Plugin::Located<T> l;
    l.value = value;
    l.present = present;
    return l;
}

static Plugin::Located<QString> locStr(const QJsonObject &o, const char *key)
{
    return located(str(o, key), o.contains(QLatin1String(key)));
}

static QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

static Plugin::Identity identity(const QJsonObject &o)
{
    Plugin::Identity id;
    id.author = str(o, "author");
    id.name = str(o, "name");
    id.label = i18n(o.value(QLatin1String("label")));
    id.description = i18n(o.value(QLatin1String("description")));
    id.icon = str(o, "icon");
    id.iconDark = str(o, "icon_dark");
    id.tags = strings(o.value(QLatin1String("tags")));
    return id;
}

Plugin::PluginDeclaration Registration::toDeclaration() const
{
    Plugin::PluginDeclaration d;
    Plugin::Manifest &m = d.manifest;
    m.file = QStringLiteral("<remote manifest_declaration>");
    m.version = locStr(manifest, "version");
    m.type = locStr(manifest, "type");
    m.author = locStr(manifest, "author");
    m.name = locStr(manifest, "name");
    m.label = i18n(manifest.value(QLatin1String("label")));
    m.description = i18n(manifest.value(QLatin1String("description")));
    m.icon = locStr(manifest, "icon");
    m.iconDark = locStr(manifest, "icon_dark");
    const QJsonObject resource = manifest.value(QLatin1String("resource")).toObject();
    m.memory = located<qint64>(resource.value(QLatin1String("memory")).toInteger(),
                               resource.contains(QLatin1String("memory")));
    const QJsonObject perm = resource.value(QLatin1String("permission")).toObject();
    auto enabled = [&](const char *k) {
        return perm.value(QLatin1String(k)).toObject().value(QLatin1String("enabled")).toBool();
    };
    const QJsonObject model = perm.value(QLatin1String("model")).toObject();
    m.permissions.tool = enabled("tool");
    m.permissions.model = enabled("model");
    m.permissions.llm = model.value(QLatin1String("llm")).toBool();
    m.permissions.textEmbedding = model.value(QLatin1String("text_embedding")).toBool();
    m.permissions.rerank = model.value(QLatin1String("rerank")).toBool();
    m.permissions.tts = model.value(QLatin1String("tts")).toBool();
    m.permissions.speech2text = model.value(QLatin1String("speech2text")).toBool();
    m.permissions.moderation = model.value(QLatin1String("moderation")).toBool();
    m.permissions.node = enabled("node");
    m.permissions.endpoint = enabled("endpoint");
    m.permissions.app = enabled("app");
    m.permissions.storage = enabled("storage");
    m.permissions.storageBlockPresent = perm.contains(QLatin1String("storage"));
    m.permissions.storageSize =
        perm.value(QLatin1String("storage")).toObject().value(QLatin1String("size")).toInteger();
    const QJsonObject plugins = manifest.value(QLatin1String("plugins")).toObject();
    m.tools = strings(plugins.value(QLatin1String("tools")));
    m.models = strings(plugins.value(QLatin1String("models")));
    m.endpoints = strings(plugins.value(QLatin1String("endpoints")));
    m.agentStrategies = strings(plugins.value(QLatin1String("agent_strategies")));
    m.datasources = strings(plugins.value(QLatin1String("datasources")));
    m.triggers = strings(plugins.value(QLatin1String("triggers")));
    const QJsonObject meta = manifest.value(QLatin1String("meta")).toObject();
    const QJsonObject runner = meta.value(QLatin1String("runner")).toObject();
    m.metaVersion = locStr(meta, "version");
    m.arch = strings(meta.value(QLatin1String("arch")));
    m.runnerLanguage = locStr(runner, "language");
    m.runnerVersion = locStr(runner, "version");
    m.runnerEntrypoint = locStr(runner, "entrypoint");
    m.minimumDifyVersion = locStr(meta, "minimum_dify_version");
    m.tags = strings(manifest.value(QLatin1String("tags")));
    m.createdAt = located(QDateTime::fromString(str(manifest, "created_at"), Qt::ISODateWithMs),
                          manifest.contains(QLatin1String("created_at")));
    m.privacy = locStr(manifest, "privacy");
    m.repo = locStr(manifest, "repo");

    if (providers.contains(QStringLiteral("tool"))) {
        const QJsonObject p = providers.value(QStringLiteral("tool"));
        Plugin::ToolProvider tp;
        tp.identity = identity(p.value(QLatin1String("identity")).toObject());
        for (const QJsonValue &t : p.value(QLatin1String("tools")).toArray()) {
            Plugin::ToolDeclaration td;
            const QJsonObject to = t.toObject();
            td.identity = identity(to.value(QLatin1String("identity")).toObject());
            const QJsonObject desc = to.value(QLatin1String("description")).toObject();
            td.humanDescription = i18n(desc.value(QLatin1String("human")));
            td.llmDescription = str(desc, "llm");
            td.outputSchema = to.value(QLatin1String("output_schema")).toObject();
            td.hasRuntimeParameters = to.value(QLatin1String("has_runtime_parameters")).toBool();
            tp.tools << td;
        }
        d.tool = tp;
    }
    if (providers.contains(QStringLiteral("model"))) {
        const QJsonObject p = providers.value(QStringLiteral("model"));
        Plugin::ModelProvider mp;
        mp.provider = str(p, "provider");
        mp.label = i18n(p.value(QLatin1String("label")));
        mp.description = i18n(p.value(QLatin1String("description")));
        mp.iconSmall = i18n(p.value(QLatin1String("icon_small")));
        mp.iconLarge = i18n(p.value(QLatin1String("icon_large")));
        mp.supportedModelTypes = strings(p.value(QLatin1String("supported_model_types")));
        mp.configurateMethods = strings(p.value(QLatin1String("configurate_methods")));
        for (const QJsonValue &mv : p.value(QLatin1String("models")).toArray()) {
            const QJsonObject mo = mv.toObject();
            Plugin::ModelDeclaration md;
            md.model = str(mo, "model");
            md.label = i18n(mo.value(QLatin1String("label")));
            md.modelType = str(mo, "model_type");
            md.features = strings(mo.value(QLatin1String("features")));
            md.modelProperties = mo.value(QLatin1String("model_properties")).toObject();
            md.pricing = mo.value(QLatin1String("pricing")).toObject();
            mp.models << md;
        }
        d.model = mp;
    }
    if (providers.contains(QStringLiteral("endpoint"))) {
        const QJsonObject p = providers.value(QStringLiteral("endpoint"));
        Plugin::EndpointGroup eg;
        for (const QJsonValue &ev : p.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject eo = ev.toObject();
            Plugin::Endpoint e;
            e.path = str(eo, "path");
            e.method = str(eo, "method");
            e.hidden = eo.value(QLatin1String("hidden")).toBool();
            eg.endpoints << e;
        }
        d.endpoint = eg;
    }
    if (providers.contains(QStringLiteral("agent_strategy"))) {
        const QJsonObject p = providers.value(QStringLiteral("agent_strategy"));
        Plugin::AgentStrategyProvider ap;
        ap.identity = identity(p.value(QLatin1String("identity")).toObject());
        for (const QJsonValue &sv : p.value(QLatin1String("strategies")).toArray()) {
            Plugin::AgentStrategy s;
            s.identity = identity(sv.toObject().value(QLatin1String("identity")).toObject());
            ap.strategies << s;
        }
        d.agentStrategy = ap;
    }
    if (providers.contains(QStringLiteral("datasource"))) {
        const QJsonObject p = providers.value(QStringLiteral("datasource"));
        Plugin::DatasourceProvider dp;
        dp.identity = identity(p.value(QLatin1String("identity")).toObject());
        dp.providerType = str(p, "provider_type");
        d.datasource = dp;
    }
    if (providers.contains(QStringLiteral("trigger"))) {
        const QJsonObject p = providers.value(QStringLiteral("trigger"));
        Plugin::TriggerProvider tp;
        tp.identity = identity(p.value(QLatin1String("identity")).toObject());
        d.trigger = tp;
    }
    return d;
}

// ---------------------------------------------------------------- validation

QString validateManifestObject(const QJsonObject &m)
{
    if (!m.value(QLatin1String("version")).isString())
        return QStringLiteral("manifest field 'version' is missing (expected e.g. \"0.0.1\")");
    if (!Plugin::isValidIdentifierVersion(str(m, "version")))
        return QStringLiteral("manifest version '%1' is not a valid version (expected e.g. \"0.0.1\")")
            .arg(str(m, "version"));
    if (!m.value(QLatin1String("author")).isString() || str(m, "author").isEmpty())
        return QStringLiteral("manifest field 'author' is missing");
    if (!m.value(QLatin1String("name")).isString() || str(m, "name").isEmpty())
        return QStringLiteral("manifest field 'name' is missing");
    if (m.contains(QLatin1String("type")) && str(m, "type") != QLatin1String("plugin"))
        return QStringLiteral("manifest field 'type' must be \"plugin\", got \"%1\"").arg(str(m, "type"));
    if (!m.value(QLatin1String("label")).isObject()
        || m.value(QLatin1String("label")).toObject().value(QLatin1String("en_US")).toString().isEmpty())
        return QStringLiteral("manifest field 'label' needs an en_US text");
    if (str(m, "icon").isEmpty())
        return QStringLiteral("manifest field 'icon' is missing (a file name under _assets/)");
    const QJsonValue meta = m.value(QLatin1String("meta"));
    if (!meta.isObject())
        return QStringLiteral("manifest field 'meta' is missing");
    const QJsonObject runner = meta.toObject().value(QLatin1String("runner")).toObject();
    if (str(runner, "language").isEmpty() || str(runner, "entrypoint").isEmpty())
        return QStringLiteral("manifest field 'meta.runner' needs 'language' and 'entrypoint'");
    return {};
}

static QString validateProvider(const QString &key, const QJsonObject &p)
{
    auto needIdentityName = [&]() -> QString {
        const QJsonObject id = p.value(QLatin1String("identity")).toObject();
        if (str(id, "name").isEmpty())
            return QStringLiteral("the provider has no identity.name");
        return {};
    };
    if (key == QLatin1String("tool")) {
        if (QString e = needIdentityName(); !e.isEmpty())
            return e;
        if (p.contains(QLatin1String("tools")) && !p.value(QLatin1String("tools")).isArray())
            return QStringLiteral("'tools' must be a list");
        for (const QJsonValue &t : p.value(QLatin1String("tools")).toArray())
            if (str(t.toObject().value(QLatin1String("identity")).toObject(), "name").isEmpty())
                return QStringLiteral("a tool has no identity.name");
        return {};
    }
    if (key == QLatin1String("model")) {
        if (str(p, "provider").isEmpty())
            return QStringLiteral("the model provider has no 'provider' name");
        if (!p.value(QLatin1String("supported_model_types")).isArray())
            return QStringLiteral("the model provider has no 'supported_model_types' list");
        return {};
    }
    if (key == QLatin1String("endpoint")) {
        if (!p.value(QLatin1String("endpoints")).isArray())
            return QStringLiteral("the endpoint group has no 'endpoints' list");
        for (const QJsonValue &e : p.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject eo = e.toObject();
            if (str(eo, "path").isEmpty() || str(eo, "method").isEmpty())
                return QStringLiteral("an endpoint needs 'path' and 'method'");
        }
        return {};
    }
    return needIdentityName();
}

QString validateManifestRules(const Registration &reg)
{
    if (!Plugin::isValidAuthor(reg.author()))
        return QStringLiteral("author '%1' must match ^[a-z0-9_-]{1,64}$ (lowercase letters, digits, '_' or '-')")
            .arg(reg.author());
    if (!Plugin::isValidPluginName(reg.name()))
        return QStringLiteral("name '%1' must match ^[a-z0-9_-]{1,128}$ (lowercase letters, digits, '_' or '-')")
            .arg(reg.name());
    const bool tool = reg.providers.contains(QStringLiteral("tool"));
    const bool model = reg.providers.contains(QStringLiteral("model"));
    const bool endpoint = reg.providers.contains(QStringLiteral("endpoint"));
    const bool agent = reg.providers.contains(QStringLiteral("agent_strategy"));
    const bool datasource = reg.providers.contains(QStringLiteral("datasource"));
    const bool trigger = reg.providers.contains(QStringLiteral("trigger"));
    if (!(tool || model || endpoint || agent || datasource || trigger))
        return QStringLiteral("at least one of endpoint, model, tool, agent_strategy, trigger or datasource is required");
    if (model && (tool || endpoint || agent || datasource || trigger))
        return QStringLiteral("a model plugin cannot also declare tools, endpoints, agent strategies, datasources or triggers");
    const int exclusive = int(agent) + int(datasource) + int(trigger);
    if (exclusive > 1 || (exclusive == 1 && (tool || endpoint)))
        return QStringLiteral("agent_strategy, datasource and trigger each exclude the others and tools/endpoints");
    return {};
}

// ---------------------------------------------------------------- parser

RegistrationParser::RegistrationParser(std::function<bool(const QString &)> keyValidator)
    : m_keyValidator(std::move(keyValidator))
{}

RegistrationParser::Step RegistrationParser::refuse(const QString &text, const QString &type)
{
    m_done = true;
    return {Status::Refused, text, type};
}

RegistrationParser::Step RegistrationParser::feed(const QByteArray &rawLine)
{
    const QByteArray line = rawLine.trimmed();
    if (line.isEmpty())
        return {};
    if (m_done)
        return {Status::Refused, QStringLiteral("registration already finished"), {}};
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
    const QJsonObject env = doc.object();
    const QJsonValue data = env.value(QLatin1String("data"));
    const bool dataEmpty = data.isUndefined() || data.isNull()
        || (data.isObject() && data.toObject().isEmpty() && env.value(QLatin1String("type")).toString() != QLatin1String("end"))
        || (data.isArray() && data.toArray().isEmpty());
    if (perr.error != QJsonParseError::NoError || !doc.isObject() || !env.value(QLatin1String("type")).isString()
        || dataEmpty)
        return refuse(QStringLiteral("handshake failed, invalid handshake message — every registration line must be "
                                     "JSON {\"type\":...,\"data\":...}; is this a Dify plugin (INSTALL_METHOD=remote)?"));
    const QString type = env.value(QLatin1String("type")).toString();

    if (type == QLatin1String("handshake")) {
        if (m_handshake)
            return refuse(QStringLiteral("handshake already completed"), type);
        const QJsonValue key = data.toObject().value(QLatin1String("key"));
        if (!key.isString())
            return refuse(QStringLiteral("handshake failed, invalid handshake message — the handshake needs "
                                         "{\"key\":\"<debug key>\"}"), type);
        if (!m_keyValidator || !m_keyValidator(key.toString()))
            return refuse(QStringLiteral("handshake failed, invalid key — set REMOTE_INSTALL_KEY to the current key "
                                         "shown in Plugin Studio's debug panel"), type);
        m_handshake = true;
        m_reg.key = key.toString();
        return {Status::Continue, {}, type};
    }
    if (!m_handshake)
        return refuse(QStringLiteral("handshake failed, invalid handshake message — the first line must be the "
                                     "handshake {\"type\":\"handshake\",\"data\":{\"key\":...}}"), type);

    if (type == QLatin1String("manifest_declaration")) {
        if (m_manifestSeen)
            return refuse(QStringLiteral("declaration already registered"), type);
        if (!data.isObject())
            return refuse(QStringLiteral("handshake failed, invalid plugin declaration: the manifest must be a JSON "
                                         "object — check manifest.yaml"), type);
        const QString err = validateManifestObject(data.toObject());
        if (!err.isEmpty())
            return refuse(QStringLiteral("handshake failed, invalid plugin declaration: %1 — fix manifest.yaml and "
                                         "restart the plugin").arg(err), type);
        m_manifestSeen = true;
        m_reg.manifest = data.toObject();
        return {Status::Continue, {}, type};
    }
    for (const DeclarationKind &k : declarationKinds()) {
        if (type != QLatin1String(k.type))
            continue;
        const QString key = QLatin1String(k.key);
        if (m_reg.providers.contains(key))
            return refuse(QStringLiteral("%1 declaration already registered").arg(QLatin1String(k.duplicateName)), type);
        QString err;
        if (!data.isArray())
            err = QStringLiteral("expected a list of provider declarations");
        else if (!data.toArray().first().isObject())
            err = QStringLiteral("the first provider declaration is not an object");
        else
            err = validateProvider(key, data.toArray().first().toObject());
        if (!err.isEmpty())
            return refuse(QStringLiteral("%1 register failed, invalid %1 declaration: %2 — fix the provider YAML")
                              .arg(QLatin1String(k.invalidName), err), type);
        m_reg.providers.insert(key, data.toArray().first().toObject()); // only the first one counts
        return {Status::Continue, {}, type};
    }
    if (type == QLatin1String("asset_chunk"))
        return handleAssetChunk(data);
    if (type == QLatin1String("end"))
        return handleEnd();
    return {Status::Continue, {}, type}; // unknown registration types are ignored, like the daemon
}

RegistrationParser::Step RegistrationParser::handleAssetChunk(const QJsonValue &data)
{
    const QString type = QStringLiteral("asset_chunk");
    const QJsonObject o = data.toObject();
    const QString filename = o.value(QLatin1String("filename")).toString();
    if (!data.isObject() || filename.isEmpty() || !o.value(QLatin1String("data")).isString())
        return refuse(QStringLiteral("transfer assets failed, error: an asset chunk needs 'filename' and 'data' strings"),
                      type);
    if (filename.contains(QLatin1Char('/')) || filename.contains(QLatin1Char('\\')) || filename == QLatin1String("..")
        || filename == QLatin1String("."))
        return refuse(QStringLiteral("transfer assets failed, error: asset file name '%1' must be a plain file name "
                                     "inside _assets/").arg(filename), type);
    const QByteArray b64 = o.value(QLatin1String("data")).toString().toLatin1();
    if (m_reg.assetBytes + b64.size() > MaxAssetBytes)
        return refuse(QStringLiteral("assets too large, at most 50MB — remove large files from _assets/"), type);
    const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return refuse(QStringLiteral("assets decode failed, error: the data of '%1' is not valid base64").arg(filename),
                      type);
    m_partialAssets[filename].append(decoded.decoded);
    m_reg.assetBytes += decoded.decoded.size();
    if (o.value(QLatin1String("end")).toBool())
        m_reg.assets.insert(filename, m_partialAssets.take(filename));
    return {Status::Continue, {}, type};
}

RegistrationParser::Step RegistrationParser::handleEnd()
{
    const QString type = QStringLiteral("end");
    // Chunks whose series never saw end:true still count (the daemon keeps them too).
    for (auto it = m_partialAssets.constBegin(); it != m_partialAssets.constEnd(); ++it)
        m_reg.assets[it.key()].append(it.value());
    m_partialAssets.clear();
    if (!m_manifestSeen || m_reg.providers.isEmpty())
        return refuse(QStringLiteral("no registration transferred, cannot initialize — the plugin sent no %1")
                          .arg(m_manifestSeen ? QStringLiteral("provider declaration (tools, models, endpoints, ...)")
                                              : QStringLiteral("manifest_declaration")),
                      type);
    // Every icon named by the manifest or a provider must have been uploaded.
    QStringList icons;
    icons << str(m_reg.manifest, "icon") << str(m_reg.manifest, "icon_dark");
    for (auto it = m_reg.providers.constBegin(); it != m_reg.providers.constEnd(); ++it) {
        const QJsonObject id = it.value().value(QLatin1String("identity")).toObject();
        icons << str(id, "icon") << str(id, "icon_dark");
        for (const char *k : {"icon_small", "icon_large", "icon_small_dark", "icon_large_dark"}) {
            const QJsonValue v = it.value().value(QLatin1String(k));
            icons << (v.isObject() ? str(v.toObject(), "en_US") : v.toString());
        }
    }
    for (const QString &icon : std::as_const(icons)) {
        if (icon.isEmpty())
            continue;
        if (!m_reg.assets.contains(icon))
            return refuse(QStringLiteral("assets remap failed, invalid assets data, cannot remap: file not found: %1 "
                                         "— put %1 in the plugin's _assets/ folder").arg(icon), type);
    }
    const QString rules = validateManifestRules(m_reg);
    if (!rules.isEmpty())
        return refuse(QStringLiteral("register failed, invalid manifest detected: %1").arg(rules), type);
    m_done = true;
    return {Status::Complete, {}, type};
}

} // namespace Studio::Debug
