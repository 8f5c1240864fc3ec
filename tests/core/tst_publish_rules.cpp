// SPDX-License-Identifier: GPL-3.0-or-later
// The Marketplace rule corpus: a clean plugin of every kind the scaffolds make, and one failing
// case per rule of marketplace-submission.md §4.1–§4.7 (and the warning sweeps), each made from the
// clean plugin by one edit. Each case says which codes its check must report, with which
// severity: the check must report exactly those (nothing missed, nothing extra).
#include "core/common/fileset.h"
#include "core/publish/findings.h"
#include "core/publish/packagechecks.h"
#include "core/scaffold/scaffold.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Studio;
using namespace Studio::Publish;

namespace {

using Files = QMap<QString, QByteArray>;

Files scaffoldFiles(Scaffold::PluginKind kind = Scaffold::PluginKind::Tool)
{
    QTemporaryDir tmp;
    Scaffold::ScaffoldOptions o;
    o.kind = kind;
    o.name = QStringLiteral("demo");
    o.author = QStringLiteral("acme");
    o.description = QStringLiteral("A demo plugin.");
    o.repo = QStringLiteral("https://github.com/acme/demo");
    o.contact = QStringLiteral("dev@acme.example");
    o.extraLanguages = {QStringLiteral("zh_Hans")};
    const auto written = Scaffold::generatePlugin(o, tmp.filePath(QStringLiteral("p")));
    Files files;
    if (!written)
        return files;
    for (const QString &rel : *written) {
        QFile f(tmp.filePath(QStringLiteral("p/") + rel));
        if (f.open(QIODevice::ReadOnly))
            files.insert(rel, f.readAll());
    }
    // What the package holds: .difyignore keeps .gitignore out, keeps the rest.
    files.remove(QStringLiteral(".gitignore"));
    return files;
}

MemoryFileSet toSet(const Files &files)
{
    MemoryFileSet s(QStringLiteral("corpus"));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        qFatal("corpus edit: %s not found", from.constData());
    return text.replace(at, from.size(), to);
}

struct Case
{
    QString check;
    std::function<void(Files &, PackageInput &)> edit;
    QStringList expected; // "rule" (blocking) or "rule?" (warning), in the check's findings
    QString file = {};    // where the first finding points, when it matters
    QuickFix quickFix = QuickFix::None;
};

void runCheck(const QString &id, const PackageInput &in, CheckResult &out)
{
    if (id == QLatin1String("package_contents"))
        checkPackageContents(in, out);
    else if (id == QLatin1String("package_secrets"))
        checkPackageSecrets(in, out);
    else if (id == QLatin1String("package_binaries"))
        checkPackageBinaries(in, out);
    else if (id == QLatin1String("manifest_metadata"))
        checkManifestMetadata(in, out);
    else if (id == QLatin1String("readme_metadata"))
        checkReadmeMetadata(in, out);
    else if (id == QLatin1String("package_dependencies"))
        checkPackageDependencies(in, PyprojectRead{true, {}, {{QStringLiteral("project.dependencies"), QStringLiteral("dify_plugin>=0.10.2,<0.11.0")}}}, out);
    else if (id == QLatin1String("plugin_icon"))
        checkPluginIcon(in, out);
    else if (id == QLatin1String("prohibited_financial_activity"))
        checkFinancialActivity(in, out);
    else
        qFatal("unknown check %s", qPrintable(id));
}

const QStringList kStaticChecks{QStringLiteral("package_contents"),  QStringLiteral("package_secrets"),
                                QStringLiteral("package_binaries"),  QStringLiteral("manifest_metadata"),
                                QStringLiteral("readme_metadata"),   QStringLiteral("package_dependencies"),
                                QStringLiteral("plugin_icon"),       QStringLiteral("prohibited_financial_activity")};

const char *kDefaultIcon = "<svg width=\"100\" height=\"100\" xmlns=\"http://www.w3.org/2000/svg\">\n"
                           "  <path d=\"M20 20 V80 M20 20 H60 Q80 20 80 40 T60 60 H20\"\n        fill=\"none\"\n"
                           "        stroke=\"black\"\n        stroke-width=\"5\"/>\n</svg>\n";

QList<QPair<QString, Case>> corpus()
{
    using F = Files;
    using I = PackageInput;
    const auto manifest = [](F &f, const QByteArray &from, const QByteArray &to) {
        f[QStringLiteral("manifest.yaml")] = replaced(f.value(QStringLiteral("manifest.yaml")), from, to);
    };
    QList<QPair<QString, Case>> c;
    // package_contents (§4.1)
    c.append({"git folder", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral(".git/config"), "[core]\n"); f.insert(QStringLiteral(".git/HEAD"), "ref\n"); }, {"blocked_dir"}, ".git/"}});
    c.append({"venv deep", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("lib/venv/bin/activate"), "x\n"); }, {"blocked_dir"}, "lib/venv/"}});
    c.append({"pycache", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("tools/__pycache__/demo.cpython-312.pyc"), "x"); }, {"blocked_dir"}}});
    c.append({"node_modules", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("node_modules/a/index.js"), "x"); }, {"blocked_dir"}}});
    c.append({"dist folder", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("dist/out.txt"), "x"); }, {"review_dir?"}}});
    c.append({".DS_Store", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("tools/.DS_Store"), "x"); }, {"blocked_file"}, "tools/.DS_Store", QuickFix::RemoveFile}});
    c.append({".env", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral(".env"), "A=1\n"); }, {"blocked_file"}, ".env"}});
    c.append({".env.local", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral(".env.local"), "A=1\n"); }, {"blocked_file"}}});
    c.append({"id_rsa", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("id_rsa"), "x"); }, {"blocked_file"}}});
    c.append({"public cert .pem", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("certs/ca.PEM"), "-----BEGIN CERTIFICATE-----\n"); }, {"blocked_suffix"}}});
    c.append({"stray pyc", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("tools/x.pyc"), "x"); }, {"blocked_suffix"}, "tools/x.pyc", QuickFix::RemoveFile}});
    c.append({"log file", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("debug.log"), "x"); }, {"blocked_suffix"}}});
    c.append({"archive", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("data/model.tar.gz"), "x"); }, {"review_archive?"}}});
    c.append({"5001 files", {"package_contents", [](F &f, I &) { for (int i = f.size(); i <= 5000; ++i) f.insert(QStringLiteral("data/f%1.txt").arg(i), "x"); }, {"too_many_files"}}});
    c.append({"51 MiB unpacked", {"package_contents", [](F &f, I &) { f.insert(QStringLiteral("data/big.txt"), QByteArray(51 * 1024 * 1024, 'a')); }, {"contents_too_large"}}});
    c.append({"60 MiB package", {"package_contents", [](F &, I &in) { in.packageBytes = 60LL * 1024 * 1024; }, {"package_too_large"}}});
    // package_secrets (§4.2)
    c.append({"private key", {"package_secrets", [](F &f, I &) { f.insert(QStringLiteral("notes.txt"), "x\n-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n"); }, {"private_key"}, "notes.txt"}});
    c.append({"openai key", {"package_secrets", [](F &f, I &) { f.insert(QStringLiteral("tools/extra.py"), "# sk-abcdefghij0123456789ABCDEFGH\n"); }, {"token"}}});
    c.append({"github token", {"package_secrets", [](F &f, I &) { f.insert(QStringLiteral("config.json"), "{\"t\": \"ghp_0123456789abcdefghijABCDEFGHIJ\"}\n"); }, {"token"}}});
    c.append({"aws key", {"package_secrets", [](F &f, I &) { f.insert(QStringLiteral("conf.ini"), "id=AKIAABCDEFGHIJKLMNOP\n"); }, {"token"}}});
    c.append({"jwt", {"package_secrets", [](F &f, I &) { f.insert(QStringLiteral("t.md"), "eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2Q\n"); }, {"token"}}});
    c.append({"entropic api_key", {"package_secrets", [](F &f, I &) { f.insert(QStringLiteral("settings.yaml"), "api_key: q7Xz9LmP2vR8kT4wYb6NcJ1hF3sD5gA0\n"); }, {"assignment"}, "settings.yaml"}});
    c.append({"hex secret quoted in code", {"package_secrets", [](F &f, I &) { f.insert(QStringLiteral("tools/k.py"), "CLIENT_SECRET = \"3f9a1c7e5b2d8046af13c9e7\"\n"); }, {"assignment"}}});
    c.append({"short password", {"package_secrets", [](F &f, I &) { f.insert(QStringLiteral("settings.yaml"), "password: hunter2\n"); }, {"review_field?"}}});
    c.append({"big text skipped", {"package_secrets", [](F &f, I &) { f.insert(QStringLiteral("data/big.txt"), QByteArray(1024 * 1024 + 1, 'a')); }, {"skipped_large?"}}});
    // package_binaries (§4.3)
    c.append({"daemon binary", {"package_binaries", [](F &f, I &) { f.insert(QStringLiteral("bin/dify-plugin-linux-amd64"), "text"); }, {"daemon_binary"}}});
    c.append({"ELF renamed", {"package_binaries", [](F &f, I &) { f.insert(QStringLiteral("lib/data.dat"), QByteArray("\x7f" "ELF\x02\x01\x01", 7)); }, {"native"}}});
    c.append({"PE", {"package_binaries", [](F &f, I &) { f.insert(QStringLiteral("lib/tool.bin2"), "MZ\x90\x00"); }, {"native"}}});
    c.append({"Mach-O", {"package_binaries", [](F &f, I &) { f.insert(QStringLiteral("lib/m"), QByteArray("\xcf\xfa\xed\xfe\x07", 5)); }, {"native"}}});
    c.append({".so suffix", {"package_binaries", [](F &f, I &) { f.insert(QStringLiteral("lib/x.so"), "text"); }, {"suffix"}}});
    c.append({"inside a wheel", {"package_binaries", [](F &f, I &) { f.insert(QStringLiteral("wheels/a-1.0.whl/x.so"), QByteArray("\x7f" "ELF", 4)); }, {"in_wheel?", "in_wheel?"}}});
    c.append({"shell script", {"package_binaries", [](F &f, I &) { f.insert(QStringLiteral("setup.sh"), "#!/bin/sh\n"); }, {"review_suffix?"}}});
    c.append({"execute bit", {"package_binaries", [](F &, I &in) { in.unixModes.insert(QStringLiteral("main.py"), 0100755); }, {"executable?"}, "main.py"}});
    // manifest_metadata (§4.4)
    c.append({"no contact", {"manifest_metadata", [=](F &f, I &) { manifest(f, "contact: \"dev@acme.example\"\n", ""); }, {"missing_field"}, "manifest.yaml", QuickFix::AddContact}});
    c.append({"no repo", {"manifest_metadata", [=](F &f, I &) { manifest(f, "repo: \"https://github.com/acme/demo\"\n", ""); }, {"missing_field"}, "manifest.yaml", QuickFix::AddRepo}});
    c.append({"privacy false", {"manifest_metadata", [=](F &f, I &) { manifest(f, "privacy: PRIVACY.md", "privacy: false"); }, {"missing_field"}}});
    c.append({"no minimum version", {"manifest_metadata", [=](F &f, I &) { manifest(f, "  minimum_dify_version: \"1.0.0\"\n", ""); }, {"recommended_field?"}, "manifest.yaml", QuickFix::AddMinimumDifyVersion}});
    c.append({"author difyfan", {"manifest_metadata", [=](F &f, I &) { manifest(f, "author: \"acme\"", "author: \"difyfan\""); }, {"author_reserved"}}});
    c.append({"author langgenius-dify", {"manifest_metadata", [=](F &f, I &) { manifest(f, "author: \"acme\"", "author: \"langgenius-dify\""); }, {"author_reserved", "author_reserved"}}});
    c.append({"type bundle", {"manifest_metadata", [=](F &f, I &) { manifest(f, "type: plugin", "type: bundle"); }, {"type"}}});
    c.append({"repo self-hosted", {"manifest_metadata", [=](F &f, I &) { manifest(f, "https://github.com/acme/demo\"", "https://git.acme.example/demo\""); }, {"repo_host"}}});
    c.append({"repo with text", {"manifest_metadata", [=](F &f, I &) { manifest(f, "\"https://github.com/acme/demo\"", "\"see https://github.com/acme/demo\""); }, {"repo_host"}}});
    c.append({"contact not e-mail", {"manifest_metadata", [=](F &f, I &) { manifest(f, "\"dev@acme.example\"", "\"dev at acme\""); }, {"contact"}}});
    c.append({"privacy url, no PRIVACY.md", {"manifest_metadata", [=](F &f, I &) { manifest(f, "privacy: PRIVACY.md", "privacy: https://acme.example/privacy"); f.remove(QStringLiteral("PRIVACY.md")); }, {"privacy_md"}, "PRIVACY.md", QuickFix::AddPrivacy}});
    c.append({"privacy ftp", {"manifest_metadata", [=](F &f, I &) { manifest(f, "privacy: PRIVACY.md", "privacy: ftp://acme.example/p"); }, {"privacy_reference"}}});
    c.append({"privacy outside", {"manifest_metadata", [=](F &f, I &) { manifest(f, "privacy: PRIVACY.md", "privacy: ../PRIVACY.md"); }, {"privacy_reference"}}});
    c.append({"privacy missing file", {"manifest_metadata", [=](F &f, I &) { manifest(f, "privacy: PRIVACY.md", "privacy: docs/privacy.md"); }, {"privacy_reference"}}});
    c.append({"privacy blank", {"manifest_metadata", [](F &f, I &) { f[QStringLiteral("PRIVACY.md")] = "  \n"; }, {"privacy_empty"}}});
    c.append({"privacy template", {"manifest_metadata", [](F &f, I &) { f[QStringLiteral("PRIVACY.md")] = "## Privacy\n\nPlease fill in the privacy policy of the plugin.\n"; }, {"privacy_template"}}});
    c.append({"privacy says nothing", {"manifest_metadata", [](F &f, I &) { f[QStringLiteral("PRIVACY.md")] = "# Privacy\n\nWe care.\n"; }, {"privacy_disclosure?"}}});
    c.append({"manifest not yaml", {"manifest_metadata", [](F &f, I &) { f[QStringLiteral("manifest.yaml")] = "a: [b\n"; }, {"unreadable"}}});
    // readme_metadata (§4.5)
    c.append({"no README", {"readme_metadata", [](F &f, I &) { f.remove(QStringLiteral("README.md")); }, {"missing"}}});
    c.append({"blank README", {"readme_metadata", [](F &f, I &) { f[QStringLiteral("README.md")] = "\n \n"; }, {"empty"}}});
    c.append({"no source link", {"readme_metadata", [](F &f, I &) { f[QStringLiteral("README.md")] = replaced(f.value(QStringLiteral("README.md")), "<https://github.com/acme/demo>", "(see the manifest)"); }, {"source_link"}, "README.md", QuickFix::ReadmeSourceLink}});
    c.append({"CJK in README", {"readme_metadata", [](F &f, I &) { f[QStringLiteral("README.md")] += QString::fromUtf8("\n\xe4\xb8\xad\xe6\x96\x87\xe8\xaf\xb4\xe6\x98\x8e\n").toUtf8(); }, {"cjk"}}});
    c.append({"README_zh.md", {"readme_metadata", [](F &f, I &) { f.insert(QStringLiteral("README_zh.md"), "# x\n"); }, {"locale_name?"}}});
    c.append({"README of nothing", {"readme_metadata", [](F &f, I &) { f[QStringLiteral("README.md")] = "# Demo\n\nhttps://github.com/acme/demo\n"; }, {"section?", "section?", "section?", "section?"}}});
    // package_dependencies (§4.6)
    const auto req = [](const QByteArray &line) { return [line](F &f, I &) { f[QStringLiteral("requirements.txt")] = line; }; };
    c.append({"sdk two-part bound", {"package_dependencies", req("dify_plugin>=0.9,<0.10\n"), {"sdk_bound"}, "requirements.txt", QuickFix::SdkBound}});
    c.append({"sdk compatible release", {"package_dependencies", req("dify-plugin~=0.10.0\n"), {"sdk_bound"}, "requirements.txt", QuickFix::SdkBound}});
    c.append({"sdk legacy pin", {"package_dependencies", req("dify_plugin>=0.7.4,<0.8.0\n"), {"sdk_bound"}}});
    c.append({"sdk three-part lower only", {"package_dependencies", req("dify_plugin>=0.9.0\n"), {"lower_bound_only?"}}});
    c.append({"git requirement", {"package_dependencies", req("dify_plugin>=0.10.2,<0.11.0\nmylib @ git+https://github.com/a/b\n"), {"git"}}});
    c.append({"direct url", {"package_dependencies", req("dify_plugin>=0.10.2,<0.11.0\nmylib @ https://a.example/mylib-1.0.whl\n"), {"direct_url"}}});
    c.append({"editable", {"package_dependencies", req("dify_plugin>=0.10.2,<0.11.0\n-e ./lib\n"), {"editable?"}}});
    c.append({"local path", {"package_dependencies", req("dify_plugin>=0.10.2,<0.11.0\nmylib @ ./lib\n"), {"local_path?"}}});
    c.append({"no version", {"package_dependencies", req("dify_plugin>=0.10.2,<0.11.0\nrequests\n"), {"no_version"}}});
    c.append({"comment kept out", {"package_dependencies", req("dify_plugin>=0.10.2,<0.11.0 # the SDK\nrequests>=2,<3  # http\n"), {}}});
    c.append({"large dependency", {"package_dependencies", req("dify_plugin>=0.10.2,<0.11.0\ntorch>=2.0,<3\n"), {"large?"}}});
    c.append({"include outside", {"package_dependencies", req("dify_plugin>=0.10.2,<0.11.0\n-r ../other.txt\n"), {"include?"}}});
    c.append({"include missing", {"package_dependencies", req("dify_plugin>=0.10.2,<0.11.0\n-r extra.txt\n"), {"include?"}}});
    c.append({"include followed", {"package_dependencies", [](F &f, I &) { f[QStringLiteral("requirements.txt")] = "-r base/extra.txt\ndify_plugin>=0.10.2,<0.11.0\n"; f.insert(QStringLiteral("base/extra.txt"), "requests\n"); }, {"no_version"}, "base/extra.txt"}});
    // plugin_icon (§4.7)
    c.append({"icon missing", {"plugin_icon", [=](F &f, I &) { manifest(f, "icon: icon.svg", "icon: gone.svg"); }, {"missing"}}});
    c.append({"template icon", {"plugin_icon", [](F &f, I &) { f[QStringLiteral("_assets/icon.svg")] += "<!-- DIFY_MARKETPLACE_TEMPLATE_ICON_DO_NOT_USE -->\n"; }, {"template"}}});
    c.append({"old default icon", {"plugin_icon", [](F &f, I &) { f[QStringLiteral("_assets/icon.svg")] = kDefaultIcon; }, {"default"}}});
    // prohibited_financial_activity (warning sweep)
    c.append({"payments", {"prohibited_financial_activity", [](F &f, I &) { f[QStringLiteral("README.md")] += "\nProcess payments for your shop.\n"; }, {"signal?"}, "README.md"}});
    c.append({"token transfer", {"prohibited_financial_activity", [](F &f, I &) { f.insert(QStringLiteral("tools/x.yaml"), "desc: send tokens to a wallet\n"); }, {"signal?"}}});
    return c;
}

} // namespace

class TestPublishRules : public QObject
{
    Q_OBJECT
private slots:
    void cleanPluginsPass_data();
    void cleanPluginsPass();
    void oneFailingCasePerRule_data();
    void oneFailingCasePerRule();
    void everyCodeIsCatalogued();
    void pyprojectDependencies();
    void capabilityScan();
    void versionComparison();
    void requirementRules_data();
    void requirementRules();
};

void TestPublishRules::cleanPluginsPass_data()
{
    QTest::addColumn<int>("kind");
    for (Scaffold::PluginKind k : Scaffold::allPluginKinds())
        if (k != Scaffold::PluginKind::Bundle)
            QTest::newRow(qPrintable(Scaffold::pluginKindId(k))) << int(k);
}

void TestPublishRules::cleanPluginsPass()
{
    // What the wizard and `init` write passes every package check with nothing to say.
    QFETCH(int, kind);
    const Files files = scaffoldFiles(Scaffold::PluginKind(kind));
    QVERIFY(!files.isEmpty());
    const MemoryFileSet set = toSet(files);
    PackageInput in;
    in.files = &set;
    in.packageBytes = 20000;
    for (const QString &id : kStaticChecks) {
        CheckResult r;
        r.id = id;
        runCheck(id, in, r);
        QStringList got;
        for (const Finding &f : r.findings)
            got << f.code + QStringLiteral(": ") + f.message;
        QVERIFY2(r.findings.isEmpty(), qPrintable(id + QStringLiteral(": ") + got.join(QStringLiteral("; "))));
    }
    QVERIFY(scanCapabilities(set).isEmpty()); // "None" is a true answer for the PR's security notes
}

void TestPublishRules::oneFailingCasePerRule_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &[name, c] : corpus())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPublishRules::oneFailingCasePerRule()
{
    QFETCH(QString, name);
    Case c;
    for (const auto &[n, cc] : corpus())
        if (n == name)
            c = cc;
    Files files = scaffoldFiles();
    PackageInput in;
    in.packageBytes = 20000;
    c.edit(files, in);
    const MemoryFileSet set = toSet(files);
    in.files = &set;
    CheckResult r;
    r.id = c.check;
    runCheck(c.check, in, r);
    QStringList got, want;
    for (const Finding &f : r.findings) {
        got << f.code.section(QLatin1Char('.'), 2) + (f.blocking ? QString() : QStringLiteral("?"));
        QCOMPARE(f.checkId, c.check);
        QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(f.code)); // what is wrong, and what to do
    }
    for (const QString &e : c.expected)
        want << e;
    got.sort();
    want.sort();
    QCOMPARE(got, want);
    if (!c.expected.isEmpty()) {
        const Finding &first = r.findings.first();
        if (!c.file.isEmpty())
            QCOMPARE(first.file, c.file);
        if (c.quickFix != QuickFix::None)
            QCOMPARE(first.quickFix, c.quickFix);
        // The status follows the Marketplace's severity.
        r.settle();
        QCOMPARE(r.status, c.expected.first().endsWith(QLatin1Char('?')) ? CheckStatus::Warned : CheckStatus::Failed);
    }
}

void TestPublishRules::everyCodeIsCatalogued()
{
    QSet<QString> known;
    for (const FindingCodeInfo &i : findingCodes()) {
        QVERIFY2(!known.contains(i.code), qPrintable(i.code));
        known.insert(i.code);
        if (!i.checkId.isEmpty())
            QVERIFY2(findCheck(i.checkId), qPrintable(i.checkId));
    }
    for (const auto &[name, c] : corpus()) {
        Files files = scaffoldFiles();
        PackageInput in;
        c.edit(files, in);
        const MemoryFileSet set = toSet(files);
        in.files = &set;
        CheckResult r;
        runCheck(c.check, in, r);
        for (const Finding &f : r.findings) {
            QVERIFY2(known.contains(f.code), qPrintable(f.code));
            for (const FindingCodeInfo &i : findingCodes())
                if (i.code == f.code)
                    QCOMPARE(i.blocking, f.blocking);
        }
    }
    // The catalogue names every check of the spec's table once, with the Marketplace's severity.
    QCOMPARE(marketplaceChecks().size(), 21);
    QVERIFY(findCheck(QStringLiteral("plugin_install"))->blocking);
    QVERIFY(!findCheck(QStringLiteral("python_safety"))->blocking);
}

void TestPublishRules::pyprojectDependencies()
{
    Files files = scaffoldFiles();
    const MemoryFileSet set = toSet(files);
    PackageInput in;
    in.files = &set;
    CheckResult r;
    checkPackageDependencies(in, PyprojectRead{true, {}, {{QStringLiteral("project.dependencies"), QStringLiteral("dify_plugin>=0.9")}}}, r);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().code, QStringLiteral("marketplace.package_dependencies.sdk_bound"));
    QCOMPARE(r.findings.first().file, QStringLiteral("pyproject.toml"));
    QVERIFY(r.findings.first().message.startsWith(QLatin1String("pyproject.toml:project.dependencies")));
    CheckResult broken;
    checkPackageDependencies(in, PyprojectRead{true, QStringLiteral("Expected '=' (line 3)"), {}}, broken);
    QCOMPARE(broken.findings.size(), 1);
    QCOMPARE(broken.findings.first().code, QStringLiteral("marketplace.package_dependencies.pyproject"));
    QVERIFY(broken.findings.first().blocking);
    // Without an interpreter to read TOML, requirements.txt is still checked and the note says what was not.
    CheckResult unread;
    checkPackageDependencies(in, PyprojectRead{}, unread);
    QVERIFY(unread.findings.isEmpty());
    QVERIFY(unread.note.contains(QLatin1String("pyproject.toml not read")));
}

void TestPublishRules::capabilityScan()
{
    MemoryFileSet set;
    set.insert(QStringLiteral("tools/run.py"), "import subprocess, requests\n# subprocess.run(['no'])\n"
                                               "out = subprocess.run(['ls'])\nr = requests.get(url, timeout=3)\n"
                                               "data = open(path).read()\nrows = db.execute('SELECT a FROM t')\n");
    set.insert(QStringLiteral("tools/run.yaml"), "type: select\nSELECT x FROM y\n"); // YAML: not code
    set.insert(QStringLiteral(".hidden/x.py"), "eval('1')\n");                   // dot folders are skipped
    set.insert(QStringLiteral("vendor/x.py"), "eval('1')\n");
    set.insert(QStringLiteral("tools/ok.py"), "re.compile('x')\nmodel.eval()\n"); // not bare compile/eval
    const QList<CapabilityCategory> found = scanCapabilities(set);
    QStringList names;
    for (const CapabilityCategory &c : found)
        names << QStringLiteral("%1=%2").arg(c.name).arg(c.count);
    QCOMPARE(names, (QStringList{QStringLiteral("command execution=1"), QStringLiteral("SQL or database access=1"),
                                 QStringLiteral("filesystem operations=1"), QStringLiteral("arbitrary network requests=1")}));
    QCOMPARE(found.first().places.first(), qMakePair(QStringLiteral("tools/run.py"), 3));
}

void TestPublishRules::versionComparison()
{
    QCOMPARE(compareMarketplaceVersions(QStringLiteral("1.2"), QStringLiteral("1.2.0")), 0);
    QCOMPARE(compareMarketplaceVersions(QStringLiteral("1.2.0-rc1"), QStringLiteral("1.2.0")), 0);
    QCOMPARE(compareMarketplaceVersions(QStringLiteral("0.0.10"), QStringLiteral("0.0.9")), 1);
    QCOMPARE(compareMarketplaceVersions(QStringLiteral("0.1.0"), QStringLiteral("0.0.99")), 1);
    QCOMPARE(compareMarketplaceVersions(QStringLiteral("1.0.0"), QStringLiteral("1.0.0.1")), -1);
    QCOMPARE(versionFromFileName(QStringLiteral("demo-0.0.2.difypkg")), QStringLiteral("0.0.2"));
    QCOMPARE(versionFromFileName(QStringLiteral("demo2-1.10.0-beta.1.difypkg")), QStringLiteral("1.10.0-beta.1"));
    QCOMPARE(versionFromFileName(QStringLiteral("demo.difypkg")), QString());
}

void TestPublishRules::requirementRules_data()
{
    QTest::addColumn<QString>("requirement");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("sdk three-part range") << "dify_plugin>=0.10.2,<0.11.0" << QStringList{};
    QTest::newRow("sdk ==") << "dify-plugin==0.9.1" << QStringList{};
    QTest::newRow("sdk >=0.9 (tuple (0,9))") << "dify_plugin>=0.9" << QStringList{"sdk_bound"};
    QTest::newRow("sdk >=0.8.9") << "Dify_Plugin>=0.8.9,<1" << QStringList{"sdk_bound"};
    QTest::newRow("sdk bare") << "dify_plugin" << QStringList{"sdk_bound"};
    QTest::newRow("sdk 1.0") << "dify_plugin>=1.0.0" << QStringList{"lower_bound_only?"};
    QTest::newRow("caret is an operator") << "requests^2" << QStringList{};
    QTest::newRow("option ignored") << "--index-url https://pypi.example/simple" << QStringList{};
    QTest::newRow("git anywhere") << "pkg>=1 ; extra == 'git+x'" << QStringList{"git"};
}

void TestPublishRules::requirementRules()
{
    QFETCH(QString, requirement);
    QFETCH(QStringList, codes);
    QStringList got;
    for (const Finding &f : checkRequirement(requirement, QStringLiteral("requirements.txt:1"), QStringLiteral("requirements.txt"), 1))
        got << f.code.section(QLatin1Char('.'), 2) + (f.blocking ? QString() : QStringLiteral("?"));
    QCOMPARE(got, codes);
}

QTEST_GUILESS_MAIN(TestPublishRules)
#include "tst_publish_rules.moc"
