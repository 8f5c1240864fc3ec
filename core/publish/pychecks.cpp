// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/pychecks.h"
#include "core/common/printable.h"
#include "core/common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Studio::Publish {

namespace {

constexpr qsizetype kMaxOutput = 16 * 1024 * 1024;

// Our own script: JSON on stdout, nothing else. Written from the rules in
// marketplace-submission.md (python_compile, python_safety, package_dependencies' pyproject part).
const char *kScript = R"PY(
import ast, json, os, sys

root = sys.argv[1]
out = {"python": "%d.%d.%d" % tuple(sys.version_info[:3]), "compile": [], "safety": [], "pyproject": None}

def rel(path):
    return os.path.relpath(path, root).replace(os.sep, "/")

# python_compile: every .py below root, __pycache__ left out, as compileall walks it.
for base, dirs, files in os.walk(root):
    dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not os.path.islink(os.path.join(base, d)))
    for name in sorted(files):
        if not name.endswith(".py"):
            continue
        path = os.path.join(base, name)
        try:
            with open(path, "rb") as handle:
                compile(handle.read(), rel(path), "exec", dont_inherit=True)
        except SyntaxError as err:
            out["compile"].append({"file": rel(path), "line": err.lineno or 0,
                                   "message": "%s: %s" % (type(err).__name__, err.msg)})
        except (ValueError, UnicodeDecodeError, OSError) as err:
            out["compile"].append({"file": rel(path), "line": 0, "message": "%s: %s" % (type(err).__name__, err)})

# python_safety: warnings only, at most 100.
WORDS = ("credential", "api_key", "apikey", "secret", "token", "password", "passwd")
VERBS = {"get", "post", "put", "patch", "delete", "head", "options", "request"}
LOGS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
SKIP = {".git", ".hg", ".svn", ".venv", "venv", "env", "__pycache__", ".pytest_cache", ".ruff_cache",
        ".mypy_cache", ".tox", ".nox", "node_modules"}

def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = dotted(node.value)
        return head + "." + node.attr if head else node.attr
    return ""

def names_secret(node):
    if isinstance(node, ast.Name):
        return any(w in node.id.lower() for w in WORDS)
    if isinstance(node, ast.Attribute):
        return any(w in node.attr.lower() for w in WORDS) or names_secret(node.value)
    if isinstance(node, ast.Call):
        # what is passed, not what is called: raise SomeCredentialError("text") is fine
        return any(names_secret(a) for a in node.args) or any(names_secret(k.value) for k in node.keywords)
    return any(names_secret(child) for child in ast.iter_child_nodes(node))

class Sweep(ast.NodeVisitor):
    def __init__(self, source, path):
        self.source, self.path, self.found = source, path, []
        self.modules, self.functions = {"requests"}, set()

    def note(self, node, kind, message):
        snippet = " ".join((ast.get_source_segment(self.source, node) or "").split())[:180]
        self.found.append({"file": self.path, "line": getattr(node, "lineno", 0), "kind": kind,
                           "message": message + (": " + snippet if snippet else "")})

    def visit_Import(self, node):
        for alias in node.names:
            if alias.name == "requests":
                self.modules.add(alias.asname or alias.name)
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        if node.module == "requests":
            for alias in node.names:
                if alias.name in VERBS:
                    self.functions.add(alias.asname or alias.name)
        self.generic_visit(node)

    def visit_Call(self, node):
        func = node.func
        is_requests = (isinstance(func, ast.Attribute) and dotted(func.value) in self.modules and func.attr in VERBS) or \
                      (isinstance(func, ast.Name) and func.id in self.functions)
        if is_requests and not any(k.arg == "timeout" for k in node.keywords):
            self.note(node, "timeout", "requests call may be missing timeout")
        if isinstance(func, ast.Attribute) and func.attr in LOGS:
            target = dotted(func.value).lower()
            if (target in {"logging", "logger", "log"} or target.endswith(".logger") or target.endswith(".log")) \
                    and names_secret(node):
                self.note(node, "leak", "log call may expose credential-like values")
        self.generic_visit(node)

    def visit_Raise(self, node):
        if node.exc is not None and names_secret(node):
            self.note(node, "leak", "raised exception may expose credential-like values")
        self.generic_visit(node)

    def visit_Return(self, node):
        if node.value is not None and names_secret(node.value):
            self.note(node, "leak", "return value may expose credential-like values")
        self.generic_visit(node)

    def visit_Yield(self, node):
        if node.value is not None and names_secret(node.value):
            self.note(node, "leak", "yield value may expose credential-like values")
        self.generic_visit(node)

done = False
for base, dirs, files in os.walk(root):
    dirs[:] = sorted(d for d in dirs if d not in SKIP)
    for name in sorted(files):
        path = os.path.join(base, name)
        if not name.endswith(".py") or os.path.getsize(path) > 1024 * 1024:
            continue
        with open(path, "rb") as handle:
            source = handle.read().decode("utf-8", errors="ignore")
        try:
            tree = ast.parse(source, filename=rel(path))
        except SyntaxError as err:
            out["safety"].append({"file": rel(path), "line": err.lineno or 1, "kind": "parse",
                                  "message": "could not parse Python file for safety warnings: %s" % err.msg})
            continue
        sweep = Sweep(source, rel(path))
        sweep.visit(tree)
        out["safety"].extend(sweep.found)
        if len(out["safety"]) >= 100:
            out["safety"] = out["safety"][:100]
            done = True
            break
    if done:
        break

# pyproject.toml, read with tomllib: every dependency string and where it was found.
pyproject = os.path.join(root, "pyproject.toml")
if os.path.isfile(pyproject):
    try:
        import tomllib
    except ImportError:
        tomllib = None
    if tomllib is None:
        out["pyproject"] = {"unavailable": True, "error": "", "dependencies": []}
    else:
        try:
            with open(pyproject, "rb") as handle:
                text = handle.read().decode("utf-8", errors="ignore")
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            out["pyproject"] = {"error": str(err), "dependencies": []}
        else:
            deps = []
            def strings(values, source):
                for value in values or []:
                    if isinstance(value, str):
                        deps.append({"source": source, "requirement": value})
            def poetry(name, value):
                if isinstance(value, str):
                    return name + (value if value.startswith(("=", "<", ">", "~", "!")) else " " + value)
                if isinstance(value, dict):
                    if "git" in value:
                        ref = value.get("rev") or value.get("tag") or value.get("branch") or ""
                        return "%s @ git+%s%s" % (name, value["git"], "@" + ref if ref else "")
                    if "url" in value:
                        return "%s @ %s" % (name, value["url"])
                    if "path" in value:
                        return "%s @ %s" % (name, value["path"])
                    version = value.get("version", "")
                    return name + (version if isinstance(version, str) else "")
                return name
            project = data.get("project")
            if isinstance(project, dict):
                strings(project.get("dependencies"), "project.dependencies")
                optional = project.get("optional-dependencies")
                if isinstance(optional, dict):
                    for group, values in optional.items():
                        strings(values, "project.optional-dependencies." + group)
            groups = data.get("dependency-groups")
            if isinstance(groups, dict):
                for group, values in groups.items():
                    strings(values, "dependency-groups." + group)
            tool = data.get("tool")
            tool_poetry = tool.get("poetry") if isinstance(tool, dict) else None
            if isinstance(tool_poetry, dict):
                section = tool_poetry.get("dependencies")
                if isinstance(section, dict):
                    for name, value in section.items():
                        if name.lower() != "python":
                            deps.append({"source": "tool.poetry.dependencies." + name, "requirement": poetry(name, value)})
                section = tool_poetry.get("group")
                if isinstance(section, dict):
                    for group, body in section.items():
                        members = body.get("dependencies") if isinstance(body, dict) else None
                        if isinstance(members, dict):
                            for name, value in members.items():
                                deps.append({"source": "tool.poetry.group.%s.dependencies.%s" % (group, name),
                                             "requirement": poetry(name, value)})
                section = tool_poetry.get("dev-dependencies")
                if isinstance(section, dict):
                    for name, value in section.items():
                        deps.append({"source": "tool.poetry.dev-dependencies." + name, "requirement": poetry(name, value)})
            out["pyproject"] = {"error": "", "dependencies": deps}

sys.stdout.write(json.dumps(out))
)PY";

} // namespace

PyChecks::PyChecks(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_result.error = StudioTr::tr("The Python checks did not finish within %1 s; stopped.").arg(m_timer.interval() / 1000);
        if (m_process)
            m_process->kill();
    });
}

PyChecks::~PyChecks()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString PyChecks::script()
{
    return QString::fromUtf8(kScript);
}

void PyChecks::start(const QString &interpreter, const QString &dir, int timeoutMs)
{
    m_result = {};
    m_out.clear();
    m_err.clear();
    m_finished = false;
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_out += m_process->readAllStandardOutput();
        if (m_out.size() > kMaxOutput) {
            m_result.error = StudioTr::tr("The Python checks wrote more than 16 MiB; stopped.");
            m_process->kill();
        }
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_err += m_process->readAllStandardError();
        if (m_err.size() > 64 * 1024)
            m_err = m_err.right(64 * 1024);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, interpreter](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_result.error = StudioTr::tr("Cannot start %1: %2").arg(interpreter, m_process->errorString());
            done();
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_out += m_process->readAllStandardOutput();
        if (m_result.error.isEmpty()) {
            if (status != QProcess::NormalExit || code != 0) {
                m_result.error = StudioTr::tr("The Python checks failed (exit %1): %2")
                                     .arg(code)
                                     .arg(printable(QString::fromUtf8(m_err.right(2000)), PrintableMode::MultiLine));
            } else {
                m_result = parseOutput(m_out);
            }
        }
        done();
    });
    m_timer.start(timeoutMs);
    m_process->start(interpreter, {QStringLiteral("-I"), QStringLiteral("-c"), script(), dir});
}

void PyChecks::cancel()
{
    m_result.error = StudioTr::tr("Cancelled.");
    if (m_process)
        m_process->kill();
}

void PyChecks::done()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    emit finished();
}

PyChecksResult PyChecks::parseOutput(const QByteArray &json)
{
    PyChecksResult r;
    QJsonParseError pe;
    const QJsonObject root = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError || !root.contains(QStringLiteral("compile"))) {
        r.error = StudioTr::tr("The Python checks answered something that is not their JSON report.");
        return r;
    }
    r.ran = true;
    r.pythonVersion = root.value(QStringLiteral("python")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("compile")).toArray()) {
        const QJsonObject o = v.toObject();
        Finding f;
        f.checkId = QStringLiteral("python_compile");
        f.code = QStringLiteral("marketplace.python_compile.syntax");
        f.blocking = true;
        f.file = o.value(QStringLiteral("file")).toString();
        f.line = o.value(QStringLiteral("line")).toInt();
        f.message = StudioTr::tr("%1 does not compile: %2").arg(printable(f.file), printable(o.value(QStringLiteral("message")).toString()));
        f.fix = StudioTr::tr("Fix the syntax (the Marketplace compiles every .py file, also ones the plugin never imports).");
        r.compile << f;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("safety")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        Finding f;
        f.checkId = QStringLiteral("python_safety");
        f.code = QStringLiteral("marketplace.python_safety.")
                 + (kind == QLatin1String("timeout") ? QStringLiteral("timeout")
                    : kind == QLatin1String("parse") ? QStringLiteral("parse")
                                                     : QStringLiteral("leak"));
        f.blocking = false;
        f.file = o.value(QStringLiteral("file")).toString();
        f.line = o.value(QStringLiteral("line")).toInt();
        f.message = printable(o.value(QStringLiteral("message")).toString());
        f.fix = kind == QLatin1String("timeout") ? StudioTr::tr("Pass timeout= (e.g. timeout=30) so a silent server cannot hang the plugin.")
                : kind == QLatin1String("parse") ? StudioTr::tr("Fix the syntax error.")
                                                 : StudioTr::tr("Do not put credentials into logs, errors or results.");
        r.safety << f;
    }
    const QJsonValue pp = root.value(QStringLiteral("pyproject"));
    if (pp.isObject()) {
        r.pyproject.attempted = !pp.toObject().value(QStringLiteral("unavailable")).toBool();
        r.pyproject.parseError = pp.toObject().value(QStringLiteral("error")).toString();
        for (const QJsonValue &d : pp.toObject().value(QStringLiteral("dependencies")).toArray())
            r.pyproject.dependencies << PyprojectDependency{d.toObject().value(QStringLiteral("source")).toString(),
                                                           d.toObject().value(QStringLiteral("requirement")).toString()};
    } else {
        r.pyproject.attempted = true; // no pyproject.toml: nothing to read
    }
    return r;
}

} // namespace Studio::Publish
