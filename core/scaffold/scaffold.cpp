// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scaffold/scaffold.h"
#include "core/common/tr.h"
#include "core/plugin/pluginid.h"
#include "core/scaffold/marketplacefacts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace Studio::Scaffold {

namespace {


// A YAML double-quoted scalar: safe for any text (no HTML escaping, unlike the CLI templates).
QString q(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString indent(int n)
{
    return QString(n, QLatin1Char(' '));
}

// An I18nObject block under a key at `level` spaces: every chosen language gets the same text.
QString i18n(const QString &key, const QString &text, const QStringList &langs, int level)
{
    QString out = indent(level) + key + QStringLiteral(":\n");
    out += indent(level + 2) + QStringLiteral("en_US: ") + q(text) + QLatin1Char('\n');
    for (const QString &l : langs)
        out += indent(level + 2) + l + QStringLiteral(": ") + q(text) + QLatin1Char('\n');
    return out;
}

QString iconSvg(bool dark, const QString &letter)
{
    const QString bg = dark ? QStringLiteral("#1f2937") : QStringLiteral("#e0e7ff");
    const QString fg = dark ? QStringLiteral("#c7d2fe") : QStringLiteral("#3730a3");
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">\n"
                          "  <rect x=\"2\" y=\"2\" width=\"60\" height=\"60\" rx=\"14\" fill=\"%1\"/>\n"
                          "  <text x=\"32\" y=\"43\" font-family=\"sans-serif\" font-size=\"30\" font-weight=\"bold\" "
                          "text-anchor=\"middle\" fill=\"%2\">%3</text>\n"
                          "</svg>\n")
        .arg(bg, fg, letter.toHtmlEscaped());
}

const char *kDifyIgnore = R"(# Files kept out of the .difypkg (one gitignore pattern per line).
.venv/
venv/
env/
.env
__pycache__/
*.py[cod]
*.egg-info/
.pytest_cache/
.mypy_cache/
.ruff_cache/
.idea/
.vscode/
.git/
.github/
.gitignore
.DS_Store
Thumbs.db
*.difypkg
*.difybndl
)";

const char *kGitIgnore = R"(.venv/
venv/
.env
__pycache__/
*.py[cod]
*.difypkg
*.difybndl
)";

const char *kEnvExample = R"(INSTALL_METHOD=remote
REMOTE_INSTALL_URL=127.0.0.1:5003
REMOTE_INSTALL_KEY=
)";

const char *kMainPy = R"(from dify_plugin import DifyPluginEnv, Plugin

plugin = Plugin(DifyPluginEnv(MAX_REQUEST_TIMEOUT=120))

if __name__ == "__main__":
    plugin.run()
)";

struct Ctx
{
    ScaffoldOptions o;
    QString n;      // plugin name
    QString cls;    // CamelCase
    QStringList langs;
    QMap<QString, QByteArray> files;

    void add(const QString &path, const QString &text) { files.insert(path, text.toUtf8()); }
    QString label() const { return o.label.isEmpty() ? n : o.label; }
};

QString toolProviderYaml(const Ctx &c, bool withTools)
{
    QStringList tags;
    for (const QString &t : c.o.tags)
        if (t != QLatin1String("agent") && t != QLatin1String("trigger"))
            tags << t;
    QString y = QStringLiteral("identity:\n  author: %1\n  name: %2\n").arg(q(c.o.author), q(c.n));
    y += i18n(QStringLiteral("label"), c.label(), c.langs, 2);
    y += i18n(QStringLiteral("description"), c.o.description, c.langs, 2);
    y += QStringLiteral("  icon: icon.svg\n  icon_dark: icon-dark.svg\n");
    y += tags.isEmpty() ? QStringLiteral("  tags: []\n") : QStringLiteral("  tags:\n    - ") + tags.join(QStringLiteral("\n    - ")) + QLatin1Char('\n');
    y += QStringLiteral("# Credentials the user enters once per workspace (map form, read by the SDK).\n"
                        "credentials_for_provider:\n"
                        "  api_key:\n"
                        "    type: secret-input\n"
                        "    required: false\n");
    y += i18n(QStringLiteral("label"), QStringLiteral("API key"), {}, 4);
    y += i18n(QStringLiteral("placeholder"), QStringLiteral("Enter your API key"), {}, 4);
    if (withTools)
        y += QStringLiteral("tools:\n  - tools/%1.yaml\n").arg(c.n);
    y += QStringLiteral("extra:\n  python:\n    source: provider/%1.py\n").arg(c.n);
    return y;
}

void addTool(Ctx &c)
{
    c.add(QStringLiteral("provider/%1.yaml").arg(c.n), toolProviderYaml(c, true));
    c.add(QStringLiteral("provider/%1.py").arg(c.n), QStringLiteral(
R"(from typing import Any

from dify_plugin import ToolProvider
from dify_plugin.errors.tool import ToolProviderCredentialValidationError


class %1Provider(ToolProvider):
    def _validate_credentials(self, credentials: dict[str, Any]) -> None:
        api_key = str(credentials.get("api_key") or "")
        if api_key and len(api_key) < 8:
            raise ToolProviderCredentialValidationError("The API key is too short; paste the whole key.")
)").arg(c.cls));
    QString t = QStringLiteral("identity:\n  name: %1\n  author: %2\n").arg(q(c.n), q(c.o.author));
    t += i18n(QStringLiteral("label"), c.label(), c.langs, 2);
    t += QStringLiteral("description:\n");
    t += i18n(QStringLiteral("human"), c.o.description, c.langs, 2);
    t += QStringLiteral("  llm: %1\n").arg(q(c.o.description));
    t += QStringLiteral("parameters:\n  - name: query\n    type: string\n    required: true\n");
    t += i18n(QStringLiteral("label"), QStringLiteral("Query"), {}, 4);
    t += i18n(QStringLiteral("human_description"), QStringLiteral("The text the tool works on."), {}, 4);
    t += QStringLiteral("    llm_description: \"The text the tool works on.\"\n    form: llm\n");
    t += QStringLiteral("extra:\n  python:\n    source: tools/%1.py\n").arg(c.n);
    c.add(QStringLiteral("tools/%1.yaml").arg(c.n), t);
    c.add(QStringLiteral("tools/%1.py").arg(c.n), QStringLiteral(
R"(from collections.abc import Generator
from typing import Any

from dify_plugin import Tool
from dify_plugin.entities.tool import ToolInvokeMessage


class %1Tool(Tool):
    def _invoke(self, tool_parameters: dict[str, Any]) -> Generator[ToolInvokeMessage, None, None]:
        query = str(tool_parameters.get("query", ""))
        yield self.create_text_message(f"You asked: {query}")
        yield self.create_json_message({"query": query, "length": len(query)})
)").arg(c.cls));
}

void addEndpoints(Ctx &c)
{
    QString g = QStringLiteral("# Settings the user fills in when creating an endpoint (list form only).\nsettings:\n"
                               "  - name: api_key\n    type: secret-input\n    required: false\n");
    g += i18n(QStringLiteral("label"), QStringLiteral("API key"), {}, 4);
    g += QStringLiteral("endpoints:\n  - endpoints/%1.yaml\n").arg(c.n);
    c.add(QStringLiteral("group/%1.yaml").arg(c.n), g);
    c.add(QStringLiteral("endpoints/%1.yaml").arg(c.n),
          QStringLiteral("path: \"/%1\"\nmethod: GET\nextra:\n  python:\n    source: endpoints/%1.py\n").arg(c.n));
    c.add(QStringLiteral("endpoints/%1.py").arg(c.n), QStringLiteral(
R"(import json
from collections.abc import Mapping

from werkzeug import Request, Response

from dify_plugin import Endpoint


class %1Endpoint(Endpoint):
    def _invoke(self, r: Request, values: Mapping, settings: Mapping) -> Response:
        body = {"plugin": "%2", "path": r.path, "args": dict(r.args)}
        return Response(json.dumps(body), status=200, content_type="application/json")
)").arg(c.cls, c.n));
}

void addModel(Ctx &c, bool customizable)
{
    QString p = QStringLiteral("provider: %1\n").arg(q(c.n));
    p += i18n(QStringLiteral("label"), c.label(), c.langs, 0);
    p += i18n(QStringLiteral("description"), c.o.description, c.langs, 0);
    p += QStringLiteral("icon_small:\n  en_US: icon.svg\nicon_large:\n  en_US: icon.svg\n"
                        "icon_small_dark:\n  en_US: icon-dark.svg\nicon_large_dark:\n  en_US: icon-dark.svg\n"
                        "background: \"#EEF2FF\"\nsupported_model_types:\n  - llm\nconfigurate_methods:\n");
    if (customizable) {
        p += QStringLiteral("  - customizable-model\nmodel_credential_schema:\n  model:\n");
        p += i18n(QStringLiteral("label"), QStringLiteral("Model name"), {}, 4);
        p += i18n(QStringLiteral("placeholder"), QStringLiteral("Enter the model name"), {}, 4);
        p += QStringLiteral("  credential_form_schemas:\n    - variable: endpoint_url\n      type: text-input\n      required: true\n");
        p += i18n(QStringLiteral("label"), QStringLiteral("Endpoint URL"), {}, 6);
        p += QStringLiteral("    - variable: api_key\n      type: secret-input\n      required: false\n");
        p += i18n(QStringLiteral("label"), QStringLiteral("API key"), {}, 6);
    } else {
        p += QStringLiteral("  - predefined-model\nprovider_credential_schema:\n  credential_form_schemas:\n"
                            "    - variable: api_key\n      type: secret-input\n      required: true\n");
        p += i18n(QStringLiteral("label"), QStringLiteral("API key"), {}, 6);
        p += i18n(QStringLiteral("placeholder"), QStringLiteral("Enter your API key"), {}, 6);
        p += QStringLiteral("models:\n  llm:\n    predefined:\n      - \"models/llm/*.yaml\"\n"
                            "    position: models/llm/_position.yaml\n");
        c.add(QStringLiteral("models/llm/_position.yaml"), QStringLiteral("- echo-1\n"));
        c.add(QStringLiteral("models/llm/echo-1.yaml"), QStringLiteral(
R"(model: echo-1
label:
  en_US: Echo 1
model_type: llm
features: []
fetch_from: predefined-model
model_properties:
  mode: chat
  context_size: 4096
parameter_rules:
  - name: temperature
    use_template: temperature
  - name: max_tokens
    use_template: max_tokens
    default: 512
pricing:
  input: "0"
  output: "0"
  unit: "0.000001"
  currency: USD
)"));
    }
    p += QStringLiteral("extra:\n  python:\n    provider_source: provider/%1.py\n    model_sources:\n"
                        "      - models/llm/llm.py\n").arg(c.n);
    c.add(QStringLiteral("provider/%1.yaml").arg(c.n), p);
    const QString validate = customizable
        ? QStringLiteral("        # Customizable models are validated one by one when the user adds them.\n        return\n")
        : QStringLiteral("        try:\n"
                         "            model = self.get_model_instance(ModelType.LLM)\n"
                         "            model.validate_credentials(model=\"echo-1\", credentials=credentials)\n"
                         "        except CredentialsValidateFailedError:\n"
                         "            raise\n"
                         "        except Exception as ex:\n"
                         "            raise CredentialsValidateFailedError(str(ex)) from ex\n");
    c.add(QStringLiteral("provider/%1.py").arg(c.n), QStringLiteral(
R"(from dify_plugin import ModelProvider
from dify_plugin.entities.model import ModelType
from dify_plugin.errors.model import CredentialsValidateFailedError


class %1Provider(ModelProvider):
    def validate_provider_credentials(self, credentials: dict) -> None:
)").arg(c.cls) + validate);
    c.add(QStringLiteral("models/llm/llm.py"), QStringLiteral(
R"(from collections.abc import Generator
from typing import Optional, Union

from dify_plugin import LargeLanguageModel
from dify_plugin.entities.model.llm import LLMResult, LLMResultChunk, LLMResultChunkDelta, LLMUsage
from dify_plugin.entities.model.message import AssistantPromptMessage, PromptMessage, PromptMessageTool
from dify_plugin.errors.model import CredentialsValidateFailedError, InvokeError, InvokeServerUnavailableError


class %1LargeLanguageModel(LargeLanguageModel):
    """Answers with the last user message: replace it with calls to your model's API."""

    def _invoke(
        self,
        model: str,
        credentials: dict,
        prompt_messages: list[PromptMessage],
        model_parameters: dict,
        tools: Optional[list[PromptMessageTool]] = None,
        stop: Optional[list[str]] = None,
        stream: bool = True,
        user: Optional[str] = None,
    ) -> Union[LLMResult, Generator[LLMResultChunk, None, None]]:
        text = str(prompt_messages[-1].content or "") if prompt_messages else ""
        message = AssistantPromptMessage(content=text)
        usage = LLMUsage.empty_usage()
        if stream:
            return self._stream(model, prompt_messages, message, usage)
        return LLMResult(model=model, prompt_messages=prompt_messages, message=message, usage=usage)

    def _stream(self, model, prompt_messages, message, usage) -> Generator[LLMResultChunk, None, None]:
        delta = LLMResultChunkDelta(index=0, message=message, usage=usage, finish_reason="stop")
        yield LLMResultChunk(model=model, prompt_messages=prompt_messages, delta=delta)

    def get_num_tokens(
        self,
        model: str,
        credentials: dict,
        prompt_messages: list[PromptMessage],
        tools: Optional[list[PromptMessageTool]] = None,
    ) -> int:
        return sum(len(str(m.content or "").split()) for m in prompt_messages)

    def validate_credentials(self, model: str, credentials: dict) -> None:
        if not credentials.get("api_key") and not credentials.get("endpoint_url"):
            raise CredentialsValidateFailedError("Enter an API key.")

    @property
    def _invoke_error_mapping(self) -> dict[type[InvokeError], list[type[Exception]]]:
        return {InvokeServerUnavailableError: [ConnectionError]}
)").arg(c.cls));
}

void addAgentStrategy(Ctx &c)
{
    QString p = QStringLiteral("identity:\n  author: %1\n  name: %2\n").arg(q(c.o.author), q(c.n));
    p += i18n(QStringLiteral("label"), c.label(), c.langs, 2);
    p += i18n(QStringLiteral("description"), c.o.description, c.langs, 2);
    p += QStringLiteral("  icon: icon.svg\n  icon_dark: icon-dark.svg\nstrategies:\n  - strategies/%1.yaml\n"
                        "extra:\n  python:\n    source: provider/%1.py\n").arg(c.n);
    c.add(QStringLiteral("provider/%1.yaml").arg(c.n), p);
    c.add(QStringLiteral("provider/%1.py").arg(c.n), QStringLiteral(
R"(from typing import Any

from dify_plugin.interfaces.agent import AgentProvider


class %1Provider(AgentProvider):
    def _validate_credentials(self, credentials: dict[str, Any]) -> None:
        # Agent strategies need no credentials of their own.
        return None
)").arg(c.cls));
    QString s = QStringLiteral("identity:\n  name: %1\n  author: %2\n").arg(q(c.n), q(c.o.author));
    s += i18n(QStringLiteral("label"), c.label(), c.langs, 2);
    s += i18n(QStringLiteral("description"), c.o.description, c.langs, 0);
    s += QStringLiteral("parameters:\n  - name: model\n    type: model-selector\n    scope: tool-call&llm\n    required: true\n");
    s += i18n(QStringLiteral("label"), QStringLiteral("Model"), {}, 4);
    s += QStringLiteral("  - name: tools\n    type: array[tools]\n    required: false\n");
    s += i18n(QStringLiteral("label"), QStringLiteral("Tools"), {}, 4);
    s += QStringLiteral("  - name: query\n    type: string\n    required: true\n");
    s += i18n(QStringLiteral("label"), QStringLiteral("Query"), {}, 4);
    s += QStringLiteral("extra:\n  python:\n    source: strategies/%1.py\n").arg(c.n);
    c.add(QStringLiteral("strategies/%1.yaml").arg(c.n), s);
    c.add(QStringLiteral("strategies/%1.py").arg(c.n), QStringLiteral(
R"(from collections.abc import Generator
from typing import Any

from dify_plugin.entities.agent import AgentInvokeMessage
from dify_plugin.interfaces.agent import AgentStrategy


class %1Strategy(AgentStrategy):
    def _invoke(self, parameters: dict[str, Any]) -> Generator[AgentInvokeMessage, None, None]:
        query = str(parameters.get("query", ""))
        yield self.create_text_message(f"The strategy received: {query}")
)").arg(c.cls));
}

void addDatasource(Ctx &c)
{
    QString p = QStringLiteral("identity:\n  author: %1\n  name: %2\n").arg(q(c.o.author), q(c.n));
    p += i18n(QStringLiteral("label"), c.label(), c.langs, 2);
    p += i18n(QStringLiteral("description"), c.o.description, c.langs, 2);
    p += QStringLiteral("  icon: icon.svg\n  tags: []\nprovider_type: website_crawl\n"
                        "credentials_schema:\n  - name: api_key\n    type: secret-input\n    required: false\n");
    p += i18n(QStringLiteral("label"), QStringLiteral("API key"), {}, 4);
    p += QStringLiteral("datasources:\n  - datasources/%1.yaml\nextra:\n  python:\n    source: provider/%1.py\n").arg(c.n);
    c.add(QStringLiteral("provider/%1.yaml").arg(c.n), p);
    c.add(QStringLiteral("provider/%1.py").arg(c.n), QStringLiteral(
R"(from collections.abc import Mapping
from typing import Any

from dify_plugin.interfaces.datasource import DatasourceProvider


class %1Provider(DatasourceProvider):
    def _validate_credentials(self, credentials: Mapping[str, Any]) -> None:
        return None
)").arg(c.cls));
    QString d = QStringLiteral("identity:\n  name: %1\n  author: %2\n").arg(q(c.n), q(c.o.author));
    d += i18n(QStringLiteral("label"), c.label(), c.langs, 2);
    d += i18n(QStringLiteral("description"), c.o.description, c.langs, 0);
    d += QStringLiteral("parameters:\n  - name: url\n    type: string\n    required: true\n");
    d += i18n(QStringLiteral("label"), QStringLiteral("URL"), {}, 4);
    d += i18n(QStringLiteral("description"), QStringLiteral("The page to crawl."), {}, 4);
    d += QStringLiteral("output_schema:\n  type: object\n  properties:\n    source_url:\n      type: string\n"
                        "extra:\n  python:\n    source: datasources/%1.py\n").arg(c.n);
    c.add(QStringLiteral("datasources/%1.yaml").arg(c.n), d);
    c.add(QStringLiteral("datasources/%1.py").arg(c.n), QStringLiteral(
R"(from collections.abc import Generator, Mapping
from typing import Any

from dify_plugin.entities.datasource import WebSiteInfo, WebSiteInfoDetail, WebsiteCrawlMessage
from dify_plugin.interfaces.datasource.website import WebsiteCrawlDatasource


class %1Datasource(WebsiteCrawlDatasource):
    def _get_website_crawl(
        self, datasource_parameters: Mapping[str, Any]
    ) -> Generator[WebsiteCrawlMessage, None, None]:
        url = str(datasource_parameters.get("url", ""))
        page = WebSiteInfoDetail(source_url=url, content="", title=url, description="")
        yield self.create_crawl_message(WebSiteInfo(status="completed", web_info_list=[page], total=1, completed=1))
)").arg(c.cls));
}

void addTrigger(Ctx &c)
{
    const QString ev = c.n + QStringLiteral("_event");
    QString p = QStringLiteral("identity:\n  author: %1\n  name: %2\n").arg(q(c.o.author), q(c.n));
    p += i18n(QStringLiteral("label"), c.label(), c.langs, 2);
    p += i18n(QStringLiteral("description"), c.o.description, c.langs, 2);
    p += QStringLiteral("  icon: icon.svg\n  icon_dark: icon-dark.svg\n  tags: []\n"
                        "subscription_schema:\n  - name: webhook_secret\n    type: secret-input\n    required: false\n");
    p += i18n(QStringLiteral("label"), QStringLiteral("Webhook secret"), {}, 4);
    p += QStringLiteral("events:\n  - events/%1.yaml\nextra:\n  python:\n    source: provider/%2.py\n").arg(ev, c.n);
    c.add(QStringLiteral("provider/%1.yaml").arg(c.n), p);
    c.add(QStringLiteral("provider/%1.py").arg(c.n), QStringLiteral(
R"(from werkzeug import Request, Response

from dify_plugin.entities.trigger import EventDispatch, Subscription
from dify_plugin.interfaces.trigger import Trigger


class %1Trigger(Trigger):
    def _dispatch_event(self, subscription: Subscription, request: Request) -> EventDispatch:
        payload = request.get_json(silent=True) or {}
        return EventDispatch(events=["%2"], response=Response("ok", status=200), payload=payload)
)").arg(c.cls, ev));
    QString e = QStringLiteral("identity:\n  name: %1\n  author: %2\n").arg(q(ev), q(c.o.author));
    e += i18n(QStringLiteral("label"), c.label() + QStringLiteral(" event"), c.langs, 2);
    e += i18n(QStringLiteral("description"), QStringLiteral("Fires when the webhook receives a payload."), {}, 0);
    e += QStringLiteral("parameters: []\noutput_schema:\n  type: object\n  properties:\n    message:\n      type: string\n"
                        "extra:\n  python:\n    source: events/%1.py\n").arg(ev);
    c.add(QStringLiteral("events/%1.yaml").arg(ev), e);
    c.add(QStringLiteral("events/%1.py").arg(ev), QStringLiteral(
R"(from collections.abc import Mapping
from typing import Any

from werkzeug import Request

from dify_plugin.entities.trigger import Variables
from dify_plugin.interfaces.trigger import Event


class %1Event(Event):
    def _on_event(self, request: Request, parameters: Mapping[str, Any], payload: Mapping[str, Any]) -> Variables:
        return Variables(variables={"message": str(payload.get("message", ""))})
)").arg(c.cls));
}

QString manifestYaml(const Ctx &c, const QString &pluginsKey, const QString &pluginsExtra)
{
    const ScaffoldOptions &o = c.o;
    const bool endpoints = o.kind == PluginKind::Extension || o.kind == PluginKind::ToolsAndEndpoints;
    const bool agent = o.kind == PluginKind::AgentStrategy;
    QString m = QStringLiteral("version: 0.0.1\ntype: plugin\nauthor: %1\nname: %2\n").arg(q(o.author), q(c.n));
    m += i18n(QStringLiteral("label"), c.label(), c.langs, 0);
    m += i18n(QStringLiteral("description"), o.description, c.langs, 0);
    m += QStringLiteral("icon: icon.svg\nicon_dark: icon-dark.svg\nresource:\n  memory: 268435456\n");
    QString perm;
    if (o.allowTool || agent)
        perm += QStringLiteral("    tool:\n      enabled: true\n");
    if (o.allowModel || agent) {
        perm += QStringLiteral("    model:\n      enabled: true\n      llm: true\n");
        if (o.allowModel)
            perm += QStringLiteral("      text_embedding: true\n      rerank: true\n      tts: true\n"
                                   "      speech2text: true\n      moderation: true\n");
    }
    if (o.allowNode)
        perm += QStringLiteral("    node:\n      enabled: true\n");
    if (endpoints)
        perm += QStringLiteral("    endpoint:\n      enabled: true\n");
    if (o.allowApp)
        perm += QStringLiteral("    app:\n      enabled: true\n");
    if (o.allowStorage)
        perm += QStringLiteral("    storage:\n      enabled: true\n      size: %1\n")
                    .arg(qBound(qint64(1024), o.storageSize, qint64(1073741824)));
    m += perm.isEmpty() ? QStringLiteral("  permission: {}\n") : QStringLiteral("  permission:\n") + perm;
    m += QStringLiteral("plugins:\n  %1:\n    - %2\n").arg(pluginsKey, pluginsExtra);
    if (o.kind == PluginKind::ToolsAndEndpoints)
        m += QStringLiteral("  endpoints:\n    - group/%1.yaml\n").arg(c.n);
    m += QStringLiteral("meta:\n  version: 0.0.1\n  arch:\n    - amd64\n    - arm64\n  runner:\n"
                        "    language: python\n    version: %1\n    entrypoint: main\n  minimum_dify_version: %2\n")
             .arg(q(effectiveRunnerVersion(o)), q(minimumDifyVersionFor(o.kind)));
    m += o.tags.isEmpty() ? QStringLiteral("tags: []\n") : QStringLiteral("tags:\n  - ") + o.tags.join(QStringLiteral("\n  - ")) + QLatin1Char('\n');
    const QDateTime created = (o.createdAt.isValid() ? o.createdAt : QDateTime::currentDateTimeUtc()).toUTC();
    m += QStringLiteral("created_at: %1\n").arg(created.toString(Qt::ISODateWithMs));
    m += QStringLiteral("privacy: PRIVACY.md\n");
    if (!o.repo.isEmpty())
        m += QStringLiteral("repo: %1\n").arg(q(o.repo));
    // `contact` is read by the Marketplace's CI only (the daemon and the SDK ignore the key).
    if (!o.contact.isEmpty())
        m += QStringLiteral("contact: %1\n").arg(q(o.contact));
    m += QStringLiteral("verified: false\n");
    return m;
}

// A TOML basic string (pyproject.toml): quotes, backslashes and control characters escaped.
QString tomlString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

// Markdown text from user input on one line (no heading or HTML breaks).
QString mdLine(const QString &s)
{
    QString t = s;
    t.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return t.toHtmlEscaped();
}

// What the README says per kind: what it does, how it is used, the credentials it asks for and
// the connections it makes. The Marketplace's readme_metadata check sweeps for setup, usage,
// credentials and connection words and needs a source link on an accepted host (§4.5).
struct ReadmeText
{
    QString what, usage, credentials;
};

ReadmeText readmeText(const Ctx &c)
{
    const QString l = mdLine(c.label());
    switch (c.o.kind) {
    case PluginKind::Tool:
    case PluginKind::ToolsAndEndpoints:
        return {QStringLiteral("A tool provider with the tool **%1**%2.")
                    .arg(l, c.o.kind == PluginKind::ToolsAndEndpoints ? QStringLiteral(", plus an HTTP endpoint") : QString()),
                QStringLiteral("Add the **%1** tool to a workflow, a chatflow or an agent and give it a `query`; it answers "
                               "with a text message and a JSON message. Example input: `hello`.%2")
                    .arg(l, c.o.kind == PluginKind::ToolsAndEndpoints
                                ? QStringLiteral(" Create an endpoint for the plugin in Dify to get its URL; a GET request to it "
                                                 "answers with JSON.")
                                : QString()),
                QStringLiteral("The provider asks for an optional API key (`api_key`). Dify keeps it encrypted and passes it "
                               "to the plugin only when the tool runs.")};
    case PluginKind::ModelPredefined:
        return {QStringLiteral("A model provider with the predefined LLM `echo-1`."),
                QStringLiteral("Select `echo-1` in an LLM node, a chatflow or an agent. The sample model answers with the last "
                               "user message; replace it with calls to your model's API."),
                QStringLiteral("The provider asks for an API key (`api_key`), checked when you save it; Dify keeps it "
                               "encrypted.")};
    case PluginKind::ModelCustomizable:
        return {QStringLiteral("A model provider whose LLMs you add yourself (customizable models)."),
                QStringLiteral("Add a model under the provider in Dify's model settings, then select it in an LLM node, a "
                               "chatflow or an agent. The sample model answers with the last user message."),
                QStringLiteral("Each model asks for an endpoint URL (`endpoint_url`) and an optional API key (`api_key`); "
                               "Dify keeps them encrypted.")};
    case PluginKind::AgentStrategy:
        return {QStringLiteral("An agent strategy: the loop that drives a model and tools in an Agent node."),
                QStringLiteral("Pick the strategy in an Agent node of a workflow or chatflow, choose a model and tools, and "
                               "give it a `query`."),
                QStringLiteral("The strategy needs no credentials of its own: the model and the tools use theirs.")};
    case PluginKind::Extension:
        return {QStringLiteral("An extension that serves an HTTP endpoint."),
                QStringLiteral("Create an endpoint for the plugin in Dify to get its URL; a GET request to it answers with "
                               "JSON (example: `curl <endpoint URL>`)."),
                QStringLiteral("The endpoint settings ask for an optional API key (`api_key`); Dify keeps it encrypted.")};
    case PluginKind::Datasource:
        return {QStringLiteral("A website-crawl datasource for knowledge pipelines."),
                QStringLiteral("Add the datasource to a knowledge pipeline and give it the `url` of a page to crawl."),
                QStringLiteral("The datasource asks for an optional API key (`api_key`); Dify keeps it encrypted.")};
    case PluginKind::Trigger:
        return {QStringLiteral("A trigger that turns incoming webhook calls into workflow events."),
                QStringLiteral("Add the trigger to a workflow, create a subscription and send JSON to its webhook URL; the "
                               "`message` field becomes the event's output."),
                QStringLiteral("A subscription asks for an optional webhook secret (`webhook_secret`); Dify keeps it "
                               "encrypted.")};
    case PluginKind::Bundle:
        break;
    }
    return {};
}

QString readmeMd(const Ctx &c)
{
    const ReadmeText t = readmeText(c);
    QString r = QStringLiteral("# %1\n\n%2\n\n%3\n\n").arg(mdLine(c.label()), mdLine(c.o.description), t.what);
    r += QStringLiteral("## Setup\n\n1. Install the plugin in Dify: from the Marketplace, from GitHub (\"Install from GitHub\" "
                        "with the repository below) or from a `.difypkg` file.\n2. Configure it: open the plugin in "
                        "Dify's plugin list and enter the credentials described below.\n\n");
    r += QStringLiteral("## Usage\n\n%1\n\n").arg(t.usage);
    r += QStringLiteral("## Credentials\n\n%1\n\n").arg(t.credentials);
    r += QStringLiteral("## Connection\n\nAs generated, the plugin makes no network connection of its own. When you make it "
                        "call a service, name the host and the base URL it connects to here, and any proxy setting it "
                        "honours.\n\n");
    r += QStringLiteral("## Development\n\n1. `uv sync` (or `python3 -m venv .venv && .venv/bin/pip install -r "
                        "requirements.txt`).\n2. Copy `.env.example` to `.env` and fill in the remote debugging key from "
                        "your Dify instance.\n3. `uv run python -m main` (or `.venv/bin/python -m main`).\n\n");
    r += QStringLiteral("## Source\n\n");
    if (!c.o.repo.isEmpty())
        r += QStringLiteral("Source code and issues: <%1>\n").arg(c.o.repo);
    else
        r += QStringLiteral("Source code: add the repository URL here (the Marketplace needs a link to it).\n");
    if (!c.o.contact.isEmpty())
        r += QStringLiteral("\nContact: <%1>\n").arg(c.o.contact);
    return r;
}

void addCommon(Ctx &c)
{
    const QString letter = c.label().left(1).toUpper();
    c.add(QStringLiteral("_assets/icon.svg"), iconSvg(false, letter));
    c.add(QStringLiteral("_assets/icon-dark.svg"), iconSvg(true, letter));
    c.add(QStringLiteral("main.py"), QString::fromUtf8(kMainPy));
    const QString req = effectiveSdkRequirement(c.o);
    // requirements.txt is what the Marketplace's CI installs (deps_install, plugin_install);
    // pyproject.toml is what Dify's daemon prefers (`uv sync`); both name the same requirement.
    c.add(QStringLiteral("requirements.txt"), req + QLatin1Char('\n'));
    const QVersionNumber runner = QVersionNumber::fromString(effectiveRunnerVersion(c.o));
    c.add(QStringLiteral("pyproject.toml"),
          QStringLiteral("[project]\nname = %1\nversion = \"0.0.1\"\ndescription = %2\nreadme = \"README.md\"\n"
                         "requires-python = \">=%3\"\n\n# Create or refresh the lock file with: uv lock\n"
                         "dependencies = [\n    %4,\n]\n\n[dependency-groups]\ndev = []\n")
              .arg(tomlString(c.n), tomlString(c.o.description),
                   QStringLiteral("%1.%2").arg(runner.majorVersion()).arg(runner.minorVersion()),
                   tomlString(QString(req).remove(QLatin1Char(' ')))));
    c.add(QStringLiteral(".difyignore"), QString::fromUtf8(kDifyIgnore));
    c.add(QStringLiteral(".gitignore"), QString::fromUtf8(kGitIgnore));
    c.add(QStringLiteral(".env.example"), QString::fromUtf8(kEnvExample));
    c.add(QStringLiteral("README.md"), readmeMd(c));
    for (const QString &l : c.langs)
        c.add(QStringLiteral("readme/README_%1.md").arg(l), QStringLiteral("# %1\n\n%2\n").arg(mdLine(c.label()), mdLine(c.o.description)));
    c.add(QStringLiteral("PRIVACY.md"), privacyPolicyText(c.label()));
}

} // namespace

QString privacyPolicyText(const QString &label)
{
    return QStringLiteral("# Privacy policy\n\n%1 does not collect, store or share personal data. The inputs you give it are "
                          "processed only to answer the request and are not kept after the request ends; the plugin keeps no "
                          "logs of them. If you connect a third-party service with your own credentials, the data sent to it is "
                          "governed by that service's privacy policy.\n")
        .arg(mdLine(label));
}

QString pluginKindId(PluginKind kind)
{
    switch (kind) {
    case PluginKind::Tool: return QStringLiteral("tool");
    case PluginKind::ModelPredefined: return QStringLiteral("model");
    case PluginKind::ModelCustomizable: return QStringLiteral("model-custom");
    case PluginKind::AgentStrategy: return QStringLiteral("agent-strategy");
    case PluginKind::Extension: return QStringLiteral("extension");
    case PluginKind::ToolsAndEndpoints: return QStringLiteral("tool-endpoint");
    case PluginKind::Datasource: return QStringLiteral("datasource");
    case PluginKind::Trigger: return QStringLiteral("trigger");
    case PluginKind::Bundle: return QStringLiteral("bundle");
    }
    return {};
}

QString pluginKindTitle(PluginKind kind)
{
    switch (kind) {
    case PluginKind::Tool: return StudioTr::tr("Tool");
    case PluginKind::ModelPredefined: return StudioTr::tr("Model provider (predefined models)");
    case PluginKind::ModelCustomizable: return StudioTr::tr("Model provider (customizable models)");
    case PluginKind::AgentStrategy: return StudioTr::tr("Agent strategy");
    case PluginKind::Extension: return StudioTr::tr("Extension (endpoints)");
    case PluginKind::ToolsAndEndpoints: return StudioTr::tr("Tools and endpoints");
    case PluginKind::Datasource: return StudioTr::tr("Datasource");
    case PluginKind::Trigger: return StudioTr::tr("Trigger");
    case PluginKind::Bundle: return StudioTr::tr("Bundle");
    }
    return {};
}

QList<PluginKind> allPluginKinds()
{
    return {PluginKind::Tool, PluginKind::ModelPredefined, PluginKind::ModelCustomizable, PluginKind::AgentStrategy,
            PluginKind::Extension, PluginKind::ToolsAndEndpoints, PluginKind::Datasource, PluginKind::Trigger,
            PluginKind::Bundle};
}

std::optional<PluginKind> pluginKindFromId(const QString &id)
{
    for (PluginKind k : allPluginKinds())
        if (pluginKindId(k) == id)
            return k;
    return std::nullopt;
}

QString sdkRequirementFor(const QVersionNumber &python)
{
    return sdkLine(sdkTrackFor(python)).requirement;
}

QString effectiveSdkRequirement(const ScaffoldOptions &options)
{
    return options.sdkRequirement.trimmed().isEmpty() ? sdkLine(options.sdk).requirement : options.sdkRequirement.trimmed();
}

QString effectiveRunnerVersion(const ScaffoldOptions &options)
{
    return options.runnerVersion.trimmed().isEmpty() ? sdkLine(options.sdk).runnerVersion : options.runnerVersion.trimmed();
}

QString minimumDifyVersionFor(PluginKind kind)
{
    switch (kind) {
    case PluginKind::Datasource: return QStringLiteral("1.9.0"); // knowledge pipelines
    case PluginKind::Trigger: return QStringLiteral("1.10.0");   // triggers
    default: return QStringLiteral("1.0.0");
    }
}

QStringList scaffoldWarnings(const ScaffoldOptions &o)
{
    QStringList w;
    if (o.kind == PluginKind::Bundle)
        return w;
    if (o.repo.trimmed().isEmpty())
        w << StudioTr::tr("No source repository given: the Marketplace requires `repo` in manifest.yaml and a link to it "
                          "in README.md. Add them before publishing (the Publish page can write the README link).");
    else if (!isMarketplaceSourceRepo(o.repo.trimmed()))
        w << StudioTr::tr("The Marketplace accepts source repositories on %1 only; %2 is fine for \"install from GitHub\" "
                          "and local installs but not for a Marketplace submission.")
                 .arg(marketplaceSourceHosts().join(QStringLiteral(", ")), o.repo.trimmed());
    if (o.contact.trimmed().isEmpty())
        w << StudioTr::tr("No contact e-mail given: the Marketplace requires `contact` in manifest.yaml. Add it before "
                          "publishing (the Publish page offers to).");
    if (o.sdk == SdkTrack::Legacy)
        w << legacySdkWarning();
    const QVersionNumber runner = QVersionNumber::fromString(effectiveRunnerVersion(o));
    const SdkLine line = sdkLine(o.sdk);
    if (!runner.isNull() && o.sdk == SdkTrack::Current && runner > line.minimumPython)
        w << StudioTr::tr("Dify's plugin daemon runs Python %1: a plugin that declares Python %2 (requires-python >=%2) "
                          "will not install there. Keep %1 unless your Dify runs a newer Python.")
                 .arg(line.runnerVersion, effectiveRunnerVersion(o));
    return w;
}

QVersionNumber parsePythonVersion(const QString &versionOutput)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const auto m = re.match(versionOutput);
    if (!m.hasMatch())
        return {};
    return QVersionNumber(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString camelCaseName(const QString &name)
{
    QString out;
    for (const QString &part : name.split(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), Qt::SkipEmptyParts))
        out += part.left(1).toUpper() + part.mid(1);
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(QStringLiteral("Plugin"));
    return out;
}

QString checkScaffoldOptions(const ScaffoldOptions &o)
{
    if (!Plugin::isValidPluginName(o.name))
        return StudioTr::tr("The name must be 1-128 characters of lower-case letters, digits, '_' or '-' (for example weather_tool).");
    if (!o.name.contains(QRegularExpression(QStringLiteral("[a-z0-9]"))))
        return StudioTr::tr("The name needs at least one letter or digit.");
    if (!Plugin::isValidAuthor(o.author))
        return StudioTr::tr("The author must be 1-64 characters of lower-case letters, digits, '_' or '-'.");
    if (Plugin::isUuid(o.author))
        return StudioTr::tr("The author must not look like a UUID: those are reserved for remote-debugging sessions.");
    if (const QString word = marketplaceReservedAuthorWord(o.author); !word.isEmpty())
        return StudioTr::tr("The author must not contain \"%1\": the Marketplace refuses it (it marks plugins by Dify "
                            "itself). Use your own name or organisation.")
            .arg(word);
    if (!o.contact.isEmpty() && !isMarketplaceContact(o.contact))
        return StudioTr::tr("The contact must be an e-mail address such as you@example.com.");
    if (o.description.trimmed().isEmpty())
        return StudioTr::tr("Enter a description: the marketplace and the Dify UI show it.");
    if (o.description.size() > 1023 || o.label.size() > 1023)
        return StudioTr::tr("Label and description must be shorter than 1024 characters.");
    static const QStringList okLangs{QStringLiteral("zh_Hans"), QStringLiteral("ja_JP"), QStringLiteral("pt_BR")};
    for (const QString &l : o.extraLanguages)
        if (!okLangs.contains(l))
            return StudioTr::tr("Unknown language %1: use zh_Hans, ja_JP or pt_BR.").arg(l);
    static const QStringList okTags{
        QStringLiteral("search"), QStringLiteral("image"), QStringLiteral("videos"), QStringLiteral("weather"),
        QStringLiteral("finance"), QStringLiteral("design"), QStringLiteral("travel"), QStringLiteral("social"),
        QStringLiteral("news"), QStringLiteral("medical"), QStringLiteral("productivity"), QStringLiteral("education"),
        QStringLiteral("business"), QStringLiteral("entertainment"), QStringLiteral("utilities"), QStringLiteral("agent"),
        QStringLiteral("rag"), QStringLiteral("other"), QStringLiteral("trigger")};
    for (const QString &t : o.tags)
        if (!okTags.contains(t))
            return StudioTr::tr("Unknown tag %1: pick tags from the list.").arg(t);
    if (!o.repo.isEmpty()) {
        const QUrl url(o.repo, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return StudioTr::tr("The repository must be a full URL such as https://github.com/you/plugin.");
    }
    static const QRegularExpression runnerRe(QStringLiteral("^3\\.\\d{1,2}$"));
    if (!runnerRe.match(effectiveRunnerVersion(o)).hasMatch())
        return StudioTr::tr("The Python version must look like 3.12.");
    static const QRegularExpression reqRe(QStringLiteral("^dify[-_]plugin\\s*(?:[<>=!~]=?|===)"), QRegularExpression::CaseInsensitiveOption);
    const QString req = effectiveSdkRequirement(o);
    if (o.kind != PluginKind::Bundle
        && (!reqRe.match(req).hasMatch() || req.contains(QLatin1Char('\n')) || req.contains(QLatin1Char('\r'))))
        return StudioTr::tr("The SDK requirement must name dify_plugin with a version, such as %1.").arg(sdkLine(SdkTrack::Current).requirement);
    return {};
}

Result<QStringList> generatePlugin(const ScaffoldOptions &options, const QString &targetDir)
{
    const QString problem = checkScaffoldOptions(options);
    if (!problem.isEmpty())
        return Error(ErrorCode::InvalidInput, problem);
    QDir target(targetDir);
    const bool existed = target.exists();
    if (existed && !target.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        return Error(ErrorCode::Conflict,
                     StudioTr::tr("The folder %1 is not empty: choose a new folder for the plugin.").arg(QDir::toNativeSeparators(targetDir)));

    Ctx c;
    c.o = options;
    c.n = options.name;
    c.cls = camelCaseName(options.name);
    c.langs = options.extraLanguages;

    switch (options.kind) {
    case PluginKind::Tool:
        addTool(c);
        c.add(QStringLiteral("manifest.yaml"), manifestYaml(c, QStringLiteral("tools"), QStringLiteral("provider/%1.yaml").arg(c.n)));
        break;
    case PluginKind::ToolsAndEndpoints:
        addTool(c);
        addEndpoints(c);
        c.add(QStringLiteral("manifest.yaml"), manifestYaml(c, QStringLiteral("tools"), QStringLiteral("provider/%1.yaml").arg(c.n)));
        break;
    case PluginKind::Extension:
        addEndpoints(c);
        c.add(QStringLiteral("manifest.yaml"), manifestYaml(c, QStringLiteral("endpoints"), QStringLiteral("group/%1.yaml").arg(c.n)));
        break;
    case PluginKind::ModelPredefined:
    case PluginKind::ModelCustomizable:
        addModel(c, options.kind == PluginKind::ModelCustomizable);
        c.add(QStringLiteral("manifest.yaml"), manifestYaml(c, QStringLiteral("models"), QStringLiteral("provider/%1.yaml").arg(c.n)));
        break;
    case PluginKind::AgentStrategy:
        addAgentStrategy(c);
        c.add(QStringLiteral("manifest.yaml"), manifestYaml(c, QStringLiteral("agent_strategies"), QStringLiteral("provider/%1.yaml").arg(c.n)));
        break;
    case PluginKind::Datasource:
        addDatasource(c);
        c.add(QStringLiteral("manifest.yaml"), manifestYaml(c, QStringLiteral("datasources"), QStringLiteral("provider/%1.yaml").arg(c.n)));
        break;
    case PluginKind::Trigger:
        addTrigger(c);
        c.add(QStringLiteral("manifest.yaml"), manifestYaml(c, QStringLiteral("triggers"), QStringLiteral("provider/%1.yaml").arg(c.n)));
        break;
    case PluginKind::Bundle: {
        QString m = QStringLiteral("name: %1\n").arg(q(c.n));
        m += i18n(QStringLiteral("labels"), c.label(), c.langs, 0);
        m += i18n(QStringLiteral("description"), options.description, c.langs, 0);
        m += QStringLiteral("icon: icon.svg\nversion: 0.0.1\nauthor: %1\ntype: bundle\n"
                            "# Add plugins with: type marketplace / github / package.\ndependencies: []\ntags: []\n")
                 .arg(q(options.author));
        c.add(QStringLiteral("manifest.yaml"), m);
        c.add(QStringLiteral("_assets/icon.svg"), iconSvg(false, c.label().left(1).toUpper()));
        c.add(QStringLiteral("README.md"), QStringLiteral("# %1\n\n%2\n").arg(c.label(), options.description));
        break;
    }
    }
    if (options.kind != PluginKind::Bundle)
        addCommon(c);

    if (!existed && !QDir().mkpath(targetDir))
        return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the folder %1: check that its parent exists and is writable.")
                                             .arg(QDir::toNativeSeparators(targetDir)));
    auto rollback = [&] {
        if (existed) {
            for (auto it = c.files.cbegin(); it != c.files.cend(); ++it)
                QFile::remove(target.filePath(it.key()));
        } else {
            QDir(targetDir).removeRecursively();
        }
    };
    for (auto it = c.files.cbegin(); it != c.files.cend(); ++it) {
        const QString abs = target.filePath(it.key());
        if (!QDir().mkpath(QFileInfo(abs).absolutePath())) {
            rollback();
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot create the folder for %1.").arg(it.key()), it.key());
        }
        QSaveFile f(abs);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size() || !f.commit()) {
            rollback();
            return Error(ErrorCode::IoError, StudioTr::tr("Cannot write %1: %2").arg(it.key(), f.errorString()), it.key());
        }
    }
    QStringList written = c.files.keys();
    written.sort();
    return written;
}

} // namespace Studio::Scaffold
