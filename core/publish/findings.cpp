// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/findings.h"
#include "core/common/printable.h"
#include "core/common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Studio::Publish {

const QList<CheckInfo> &marketplaceChecks()
{
    static const QList<CheckInfo> checks{
        {QStringLiteral("pkg_paths"), CheckStage::Pr, true, StudioTr::tr("Pull request layout"), StudioTr::tr("the one file the pull request adds")},
        {QStringLiteral("package_contents"), CheckStage::Package, true, StudioTr::tr("Package contents"), StudioTr::tr("file tree, sizes and counts")},
        {QStringLiteral("package_secrets"), CheckStage::Package, true, StudioTr::tr("Secrets"), StudioTr::tr("every text file")},
        {QStringLiteral("package_binaries"), CheckStage::Package, true, StudioTr::tr("Binaries"), StudioTr::tr("every file")},
        {QStringLiteral("manifest_metadata"), CheckStage::Package, true, StudioTr::tr("Manifest metadata"), StudioTr::tr("manifest.yaml and PRIVACY.md")},
        {QStringLiteral("readme_metadata"), CheckStage::Package, true, StudioTr::tr("README"), StudioTr::tr("README.md")},
        {QStringLiteral("package_dependencies"), CheckStage::Package, true, StudioTr::tr("Dependencies"), StudioTr::tr("requirements.txt and pyproject.toml")},
        {QStringLiteral("python_compile"), CheckStage::Package, true, StudioTr::tr("Python compiles"), StudioTr::tr("every .py file")},
        {QStringLiteral("plugin_icon"), CheckStage::Package, true, StudioTr::tr("Plugin icon"), StudioTr::tr("_assets/<manifest icon>")},
        {QStringLiteral("deps_install"), CheckStage::Ci, true, StudioTr::tr("Dependencies install"), StudioTr::tr("pip install -r requirements.txt on Python 3.12")},
        {QStringLiteral("plugin_install"), CheckStage::Ci, true, StudioTr::tr("Plugin starts"), StudioTr::tr("python -m main in serverless mode, probed over HTTP")},
        {QStringLiteral("packaging"), CheckStage::Ci, true, StudioTr::tr("Packaging"), StudioTr::tr("`dify plugin package` of the unpacked tree")},
        {QStringLiteral("pr_body"), CheckStage::Pr, true, StudioTr::tr("Pull request body"), StudioTr::tr("the PR body against the template")},
        {QStringLiteral("sensitive_capabilities"), CheckStage::Pr, true, StudioTr::tr("Sensitive capabilities"), StudioTr::tr("code and the PR's security notes")},
        {QStringLiteral("version_exists"), CheckStage::Pr, true, StudioTr::tr("Version not yet published"), StudioTr::tr("the Marketplace API")},
        {QStringLiteral("version_update"), CheckStage::Pr, true, StudioTr::tr("Version increases"), StudioTr::tr("the versions already in the Marketplace repository")},
        {QStringLiteral("pr_review_notes"), CheckStage::Pr, false, StudioTr::tr("Review notes"), StudioTr::tr("the PR body")},
        {QStringLiteral("python_safety"), CheckStage::Package, false, StudioTr::tr("Python safety"), StudioTr::tr("the .py syntax trees")},
        {QStringLiteral("prohibited_financial_activity"), CheckStage::Package, false, StudioTr::tr("Financial activity"), StudioTr::tr(".md .yaml .yml .json .toml .py .js .ts")},
        {QStringLiteral("access_domains"), CheckStage::Package, false, StudioTr::tr("Access domains"), StudioTr::tr("host names in code and YAML")},
        {QStringLiteral("dependency_vulnerabilities"), CheckStage::Package, false, StudioTr::tr("Known vulnerabilities"), StudioTr::tr("pinned dependencies in OSV")},
    };
    return checks;
}

const CheckInfo *findCheck(const QString &id)
{
    for (const CheckInfo &c : marketplaceChecks())
        if (c.id == id)
            return &c;
    return nullptr;
}

QString quickFixId(QuickFix fix)
{
    switch (fix) {
    case QuickFix::None: return {};
    case QuickFix::AddContact: return QStringLiteral("add-contact");
    case QuickFix::AddRepo: return QStringLiteral("add-repo");
    case QuickFix::SdkBound: return QStringLiteral("sdk-bound");
    case QuickFix::ReadmeSourceLink: return QStringLiteral("readme-source-link");
    case QuickFix::RemoveFile: return QStringLiteral("remove-file");
    case QuickFix::AddPrivacy: return QStringLiteral("add-privacy");
    case QuickFix::AddMinimumDifyVersion: return QStringLiteral("add-minimum-dify-version");
    }
    return {};
}

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passed: return QStringLiteral("passed");
    case CheckStatus::Failed: return QStringLiteral("failed");
    case CheckStatus::Warned: return QStringLiteral("warned");
    case CheckStatus::Skipped: return QStringLiteral("skipped");
    case CheckStatus::NotRun: return QStringLiteral("not-run");
    }
    return {};
}

void CheckResult::settle()
{
    if (status == CheckStatus::Skipped)
        return;
    bool blocking = false;
    for (const Finding &f : std::as_const(findings))
        blocking = blocking || f.blocking;
    if (status == CheckStatus::NotRun && !blocking)
        return;
    status = blocking ? CheckStatus::Failed : findings.isEmpty() ? CheckStatus::Passed : CheckStatus::Warned;
}

int PreflightReport::blockingCount() const
{
    int n = 0;
    for (const CheckResult &c : checks)
        for (const Finding &f : c.findings)
            n += f.blocking ? 1 : 0;
    return n;
}

int PreflightReport::warningCount() const
{
    int n = 0;
    for (const CheckResult &c : checks)
        for (const Finding &f : c.findings)
            n += f.blocking ? 0 : 1;
    return n;
}

const CheckResult *PreflightReport::check(const QString &id) const
{
    for (const CheckResult &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

CheckResult &PreflightReport::checkRef(const QString &id)
{
    for (CheckResult &c : checks)
        if (c.id == id)
            return c;
    CheckResult r;
    r.id = id;
    checks.append(r);
    const auto order = [](const QString &checkId) {
        const QList<CheckInfo> &all = marketplaceChecks();
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).id == checkId)
                return i;
        return int(all.size());
    };
    std::stable_sort(checks.begin(), checks.end(), [&](const CheckResult &a, const CheckResult &b) { return order(a.id) < order(b.id); });
    for (CheckResult &c : checks)
        if (c.id == id)
            return c;
    return checks.last();
}

QList<Finding> PreflightReport::sortedFindings() const
{
    QList<Finding> all;
    for (const CheckResult &c : checks)
        all += c.findings;
    std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) {
        if (a.blocking != b.blocking)
            return a.blocking;
        return false;
    });
    return all;
}

QString PreflightReport::toText() const
{
    QString out;
    out += StudioTr::tr("Marketplace pre-flight of %1 (%2/%3 %4)\n")
               .arg(printable(source), printable(author), printable(name), printable(version));
    for (const CheckResult &c : checks) {
        const CheckInfo *info = findCheck(c.id);
        QString line = QStringLiteral("  %1 %2").arg(checkStatusName(c.status).leftJustified(8), c.id.leftJustified(30));
        if (info)
            line += info->blocking ? StudioTr::tr("blocking") : StudioTr::tr("warning ");
        if (!c.note.isEmpty())
            line += QStringLiteral("  ") + printable(c.note);
        out += line.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    const QList<Finding> findings = sortedFindings();
    if (!findings.isEmpty())
        out += QLatin1Char('\n');
    for (const Finding &f : findings) {
        QString where = f.file.isEmpty() ? QString() : printable(f.file);
        if (f.line > 0)
            where += QStringLiteral(":%1").arg(f.line);
        out += QStringLiteral("%1%2 [%3] %4\n")
                   .arg(where.isEmpty() ? QString() : where + QStringLiteral(": "),
                        f.blocking ? StudioTr::tr("blocking") : StudioTr::tr("warning"), f.checkId,
                        printable(f.message, PrintableMode::MultiLine).replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
        if (!f.fix.isEmpty())
            out += QStringLiteral("    %1 %2\n").arg(StudioTr::tr("fix:"), printable(f.fix));
    }
    out += StudioTr::tr("\n%1 blocking, %2 warning(s): %3 (%4 ms)\n")
               .arg(blockingCount())
               .arg(warningCount())
               .arg(blockingCount() ? StudioTr::tr("the Marketplace would refuse this submission")
                                    : StudioTr::tr("nothing the Marketplace blocks on"))
               .arg(elapsedMs);
    return out;
}

QByteArray PreflightReport::toJson() const
{
    QJsonArray checkArray;
    for (const CheckResult &c : checks) {
        const CheckInfo *info = findCheck(c.id);
        QJsonArray fs;
        for (const Finding &f : c.findings) {
            QJsonObject o{{QStringLiteral("check"), f.checkId},
                          {QStringLiteral("code"), f.code},
                          {QStringLiteral("severity"), f.blocking ? QStringLiteral("blocking") : QStringLiteral("warning")},
                          {QStringLiteral("message"), f.message},
                          {QStringLiteral("fix"), f.fix},
                          {QStringLiteral("file"), f.file},
                          {QStringLiteral("line"), f.line}};
            if (f.quickFix != QuickFix::None) {
                o.insert(QStringLiteral("quick_fix"), quickFixId(f.quickFix));
                if (!f.quickFixArg.isEmpty())
                    o.insert(QStringLiteral("quick_fix_arg"), f.quickFixArg);
            }
            fs.append(o);
        }
        checkArray.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("severity"), info && !info->blocking ? QStringLiteral("warning")
                                                                                          : QStringLiteral("blocking")},
                                      {QStringLiteral("status"), checkStatusName(c.status)},
                                      {QStringLiteral("note"), c.note},
                                      {QStringLiteral("elapsed_ms"), double(c.elapsedMs)},
                                      {QStringLiteral("findings"), fs}});
    }
    const QJsonObject root{{QStringLiteral("source"), source},
                           {QStringLiteral("package"), packagePath},
                           {QStringLiteral("author"), author},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("blocking"), blockingCount()},
                           {QStringLiteral("warnings"), warningCount()},
                           {QStringLiteral("passed"), blockingCount() == 0},
                           {QStringLiteral("elapsed_ms"), double(elapsedMs)},
                           {QStringLiteral("checks"), checkArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const QList<FindingCodeInfo> &findingCodes()
{
    static const QList<FindingCodeInfo> codes = [] {
        struct Row
        {
            const char *code, *check;
            bool blocking;
            const char *summary;
        };
        static const Row rows[] = {
            {"marketplace.pkg_paths.exists", "pkg_paths", true, "The file for this version is already in the Marketplace repository."},
            {"marketplace.package_contents.package_too_large", "package_contents", true, "The .difypkg is larger than 50 MiB."},
            {"marketplace.package_contents.contents_too_large", "package_contents", true, "The unpacked files sum to more than 50 MiB."},
            {"marketplace.package_contents.too_many_files", "package_contents", true, "More than 5,000 files."},
            {"marketplace.package_contents.blocked_dir", "package_contents", true, "A folder such as .git, .venv or __pycache__."},
            {"marketplace.package_contents.review_dir", "package_contents", false, "A build/ or dist/ folder."},
            {"marketplace.package_contents.blocked_file", "package_contents", true, "A file such as .DS_Store, .env or id_rsa."},
            {"marketplace.package_contents.blocked_suffix", "package_contents", true, "A .key .pem .pyc .log .bak ... file."},
            {"marketplace.package_contents.review_archive", "package_contents", false, "An archive (.zip, .tar.gz, ...)."},
            {"marketplace.package_secrets.private_key", "package_secrets", true, "A PEM private key header."},
            {"marketplace.package_secrets.token", "package_secrets", true, "A vendor-shaped token (sk-, ghp_, xox*, AKIA, JWT)."},
            {"marketplace.package_secrets.assignment", "package_secrets", true, "A secret-named key with a secret-looking value."},
            {"marketplace.package_secrets.review_field", "package_secrets", false, "A secret-named key with a short value."},
            {"marketplace.package_secrets.skipped_large", "package_secrets", false, "A text file over 1 MiB, not scanned."},
            {"marketplace.package_binaries.daemon_binary", "package_binaries", true, "A dify-plugin-<os>-* daemon binary."},
            {"marketplace.package_binaries.native", "package_binaries", true, "An ELF, PE or Mach-O file."},
            {"marketplace.package_binaries.suffix", "package_binaries", true, "A .so .dll .dylib .exe .pyd .node file."},
            {"marketplace.package_binaries.in_wheel", "package_binaries", false, "A native file inside a .whl path."},
            {"marketplace.package_binaries.review_suffix", "package_binaries", false, "A .sh .bin .run .app .command file."},
            {"marketplace.package_binaries.executable", "package_binaries", false, "A file with an execute bit."},
            {"marketplace.manifest_metadata.unreadable", "manifest_metadata", true, "manifest.yaml is missing or not YAML."},
            {"marketplace.manifest_metadata.missing_field", "manifest_metadata", true, "A required manifest field is empty."},
            {"marketplace.manifest_metadata.recommended_field", "manifest_metadata", false, "meta.minimum_dify_version is absent."},
            {"marketplace.manifest_metadata.author_reserved", "manifest_metadata", true, "The author contains dify or langgenius."},
            {"marketplace.manifest_metadata.type", "manifest_metadata", true, "type is not plugin."},
            {"marketplace.manifest_metadata.repo_host", "manifest_metadata", true, "repo is not a URL on an accepted source host."},
            {"marketplace.manifest_metadata.contact", "manifest_metadata", true, "contact is not an e-mail address."},
            {"marketplace.manifest_metadata.privacy_md", "manifest_metadata", true, "No PRIVACY.md at the package root."},
            {"marketplace.manifest_metadata.privacy_reference", "manifest_metadata", true, "privacy names a missing file, one outside the package, or a non-http scheme."},
            {"marketplace.manifest_metadata.privacy_empty", "manifest_metadata", true, "The privacy policy file is blank."},
            {"marketplace.manifest_metadata.privacy_template", "manifest_metadata", true, "The privacy policy is the CLI template's placeholder."},
            {"marketplace.manifest_metadata.privacy_disclosure", "manifest_metadata", false, "The privacy policy names no data practice."},
            {"marketplace.readme_metadata.missing", "readme_metadata", true, "No README.md at the package root."},
            {"marketplace.readme_metadata.empty", "readme_metadata", true, "README.md is blank."},
            {"marketplace.readme_metadata.source_link", "readme_metadata", true, "No source repository link on an accepted host."},
            {"marketplace.readme_metadata.cjk", "readme_metadata", true, "CJK characters outside code fences."},
            {"marketplace.readme_metadata.locale_name", "readme_metadata", false, "A localized README not named README.<locale>.md."},
            {"marketplace.readme_metadata.section", "readme_metadata", false, "No setup, usage, credentials or connection words."},
            {"marketplace.package_dependencies.git", "package_dependencies", true, "A git+ requirement."},
            {"marketplace.package_dependencies.direct_url", "package_dependencies", true, "A direct URL requirement."},
            {"marketplace.package_dependencies.editable", "package_dependencies", false, "An editable (-e) requirement."},
            {"marketplace.package_dependencies.local_path", "package_dependencies", false, "A local path requirement."},
            {"marketplace.package_dependencies.sdk_bound", "package_dependencies", true, "dify_plugin without a >=/== bound of at least 0.9.0."},
            {"marketplace.package_dependencies.no_version", "package_dependencies", true, "A requirement with no version operator."},
            {"marketplace.package_dependencies.lower_bound_only", "package_dependencies", false, "Only a lower bound."},
            {"marketplace.package_dependencies.large", "package_dependencies", false, "A very large dependency (torch, ...)."},
            {"marketplace.package_dependencies.include", "package_dependencies", false, "A -r include outside the package or missing."},
            {"marketplace.package_dependencies.pyproject", "package_dependencies", true, "pyproject.toml does not parse."},
            {"marketplace.python_compile.syntax", "python_compile", true, "A .py file does not compile."},
            {"marketplace.plugin_icon.missing", "plugin_icon", true, "_assets/<icon> does not exist."},
            {"marketplace.plugin_icon.template", "plugin_icon", true, "The icon of `dify plugin init` (marked DO_NOT_USE)."},
            {"marketplace.plugin_icon.default", "plugin_icon", true, "The old default icon."},
            {"marketplace.deps_install.failed", "deps_install", true, "pip install -r requirements.txt failed."},
            {"marketplace.plugin_install.exited", "plugin_install", true, "python -m main exited before serving."},
            {"marketplace.plugin_install.timeout", "plugin_install", true, "No 'Serving Flask app' within 20 s."},
            {"marketplace.plugin_install.status", "plugin_install", true, "GET / answered other than 200 or 404."},
            {"marketplace.packaging.too_large", "packaging", true, "The unpacked tree is larger than `dify plugin package` --max-size (50 MiB)."},
            {"marketplace.pr_body.section", "pr_body", true, "A template section is missing."},
            {"marketplace.pr_body.field", "pr_body", true, "A Plugin information field is missing or empty (exact spelling)."},
            {"marketplace.pr_body.source_url", "pr_body", true, "Source repository holds no http(s) URL."},
            {"marketplace.pr_body.choose_one", "pr_body", true, "Not exactly one submission type / risk level ticked."},
            {"marketplace.pr_body.empty", "pr_body", true, "What changed or Local validation is empty."},
            {"marketplace.pr_body.cjk", "pr_body", true, "CJK characters in the body."},
            {"marketplace.sensitive_capabilities.notes", "sensitive_capabilities", true, "Security and privacy notes missing, empty, or None while capabilities are found."},
            {"marketplace.sensitive_capabilities.signal", "sensitive_capabilities", false, "A sensitive capability found in code."},
            {"marketplace.version_exists.exists", "version_exists", true, "This version is already on the Marketplace."},
            {"marketplace.version_update.not_greater", "version_update", true, "The version is not above the highest in the repository."},
            {"marketplace.version_update.no_sibling", "version_update", false, "A version update with no earlier package to compare."},
            {"marketplace.version_update.no_version", "version_update", true, "manifest.yaml has no version line."},
            {"marketplace.pr_review_notes.breaking", "pr_review_notes", false, "A version update that does not say whether it breaks."},
            {"marketplace.pr_review_notes.high_risk", "pr_review_notes", false, "High risk without the limits in the security notes."},
            {"marketplace.python_safety.timeout", "python_safety", false, "A requests call without timeout=."},
            {"marketplace.python_safety.leak", "python_safety", false, "A log/raise/return/yield naming a credential."},
            {"marketplace.python_safety.parse", "python_safety", false, "A .py file the safety scan cannot parse."},
            {"marketplace.prohibited_financial_activity.signal", "prohibited_financial_activity", false, "Words about payments or transfers."},
            {"marketplace.not_run", "", true, "A blocking check could not run here (what to do is in the message)."},
        };
        QList<FindingCodeInfo> out;
        for (const Row &r : rows)
            out.append({QString::fromLatin1(r.code), QString::fromLatin1(r.check), r.blocking, QString::fromLatin1(r.summary)});
        return out;
    }();
    return codes;
}

} // namespace Studio::Publish
