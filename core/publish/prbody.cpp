// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/prbody.h"
#include "core/common/printable.h"
#include "core/common/tr.h"
#include "core/package/packagereader.h"

#include <QFileInfo>

#include <QRegularExpression>

namespace Studio::Publish {

namespace {

const QStringList kInfoFields{QStringLiteral("Author"), QStringLiteral("Plugin name"), QStringLiteral("Version"),
                              QStringLiteral("Source repository"), QStringLiteral("Contact")};
const QStringList kSubmission{QStringLiteral("New plugin"), QStringLiteral("Version update")};
const QStringList kRisk{QStringLiteral("Low risk"), QStringLiteral("Medium risk"), QStringLiteral("High risk")};

QString normalizeHeading(const QString &title)
{
    return title.simplified().toLower();
}

Finding prFinding(const QString &rule, const QString &message, const QString &fix)
{
    Finding f;
    f.checkId = QStringLiteral("pr_body");
    f.code = QStringLiteral("marketplace.pr_body.") + rule;
    f.blocking = true;
    f.message = message;
    f.fix = fix;
    f.file = QStringLiteral("PR body");
    return f;
}

bool hasCjk(const QString &text, int *count)
{
    int n = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF))
            ++n;
    }
    if (count)
        *count = n;
    return n > 0;
}

// The value of "- **Field**: value" in a section (exact, case-sensitive field; comments removed).
std::optional<QString> fieldValue(const QString &section, const QString &field)
{
    const QRegularExpression re(QStringLiteral("^[ \\t]*-[ \\t]*\\*\\*%1\\*\\*:[ \\t]*(.*?)[ \\t]*$")
                                    .arg(QRegularExpression::escape(field)),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(section);
    if (!m.hasMatch())
        return std::nullopt;
    return stripHtmlComments(m.captured(1));
}

} // namespace

QString stripHtmlComments(const QString &text)
{
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    QString t = text;
    return t.remove(comment).trimmed();
}

QHash<QString, QString> prSections(const QString &body)
{
    static const QRegularExpression heading(QStringLiteral("^##[ \\t]+(.+?)[ \\t]*$"), QRegularExpression::MultilineOption);
    QHash<QString, QString> out;
    QList<QRegularExpressionMatch> matches;
    auto it = heading.globalMatch(body);
    while (it.hasNext())
        matches << it.next();
    for (int i = 0; i < matches.size(); ++i) {
        const qsizetype start = matches.at(i).capturedEnd(0);
        const qsizetype end = i + 1 < matches.size() ? matches.at(i + 1).capturedStart(0) : body.size();
        // A later section of the same title replaces an earlier one (a dict assignment).
        out.insert(normalizeHeading(matches.at(i).captured(1)), body.mid(start, end - start));
    }
    return out;
}

QStringList tickedBoxes(const QString &section, const QStringList &labels)
{
    static const QRegularExpression box(QStringLiteral("^[ \\t]*-[ \\t]*\\[(?<checked>[ xX])\\][ \\t]*(?<label>.+?)[ \\t]*$"),
                                        QRegularExpression::MultilineOption);
    QStringList out;
    auto it = box.globalMatch(section);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString label = m.captured(QStringLiteral("label")).trimmed();
        for (const QString &l : labels)
            if (label.compare(l, Qt::CaseInsensitive) == 0 && m.captured(QStringLiteral("checked")).compare(QLatin1String("x"), Qt::CaseInsensitive) == 0)
                out << l;
    }
    return out;
}

void checkPrBody(const QString &body, CheckResult &out)
{
    const QHash<QString, QString> s = prSections(body);
    if (!s.contains(QStringLiteral("plugin information"))) {
        out.findings << prFinding(QStringLiteral("section"), StudioTr::tr("PR body is missing the 'Plugin information' section"),
                                  StudioTr::tr("Start from the template: `## Plugin information` with the five fields."));
    } else {
        const QString info = s.value(QStringLiteral("plugin information"));
        for (const QString &field : kInfoFields) {
            const auto v = fieldValue(info, field);
            if (!v)
                out.findings << prFinding(QStringLiteral("field"), StudioTr::tr("PR 'Plugin information' is missing field: %1").arg(field),
                                          StudioTr::tr("Write the line exactly as `- **%1**: value` (the field name is "
                                                       "case-sensitive, the colon right after the **).")
                                              .arg(field));
            else if (v->isEmpty())
                out.findings << prFinding(QStringLiteral("field"),
                                          StudioTr::tr("PR 'Plugin information' field must not be empty: %1").arg(field),
                                          StudioTr::tr("Fill in %1 (use the manifest's value).").arg(field));
        }
        static const QRegularExpression url(QStringLiteral("https?://[^\\s)>\"]+"), QRegularExpression::CaseInsensitiveOption);
        const auto repo = fieldValue(info, QStringLiteral("Source repository"));
        if (repo && !repo->isEmpty() && !url.match(*repo).hasMatch())
            out.findings << prFinding(QStringLiteral("source_url"), StudioTr::tr("PR 'Source repository' must include an http(s) URL"),
                                      StudioTr::tr("Paste the repository's https:// URL."));
    }
    const auto exactlyOne = [&](const QString &title, const QStringList &labels) {
        const QString key = normalizeHeading(title);
        if (!s.contains(key)) {
            out.findings << prFinding(QStringLiteral("section"), StudioTr::tr("PR body is missing the '%1' section").arg(title),
                                      StudioTr::tr("Add `## %1` from the template.").arg(title));
            return;
        }
        if (tickedBoxes(s.value(key), labels).size() != 1)
            out.findings << prFinding(QStringLiteral("choose_one"),
                                      StudioTr::tr("PR '%1' must select exactly one option: %2").arg(title, labels.join(QStringLiteral(", "))),
                                      StudioTr::tr("Tick exactly one box with [x]."));
    };
    exactlyOne(QStringLiteral("Submission type"), kSubmission);
    exactlyOne(QStringLiteral("Risk level"), kRisk);
    for (const QString &title : {QStringLiteral("What changed"), QStringLiteral("Local validation")}) {
        const QString key = normalizeHeading(title);
        if (!s.contains(key))
            out.findings << prFinding(QStringLiteral("section"), StudioTr::tr("PR body is missing the '%1' section").arg(title),
                                      StudioTr::tr("Add `## %1` from the template.").arg(title));
        else if (stripHtmlComments(s.value(key)).isEmpty())
            out.findings << prFinding(QStringLiteral("empty"), StudioTr::tr("PR '%1' section must not be empty").arg(title),
                                      title == QLatin1String("What changed")
                                          ? StudioTr::tr("Say what the plugin does or what changed (it becomes the Marketplace changelog).")
                                          : StudioTr::tr("Paste what you ran and its result (the studio writes the pre-flight's)."));
    }
    // Language: code fences and comments removed, and the template's one allowed CJK line.
    static const QRegularExpression fence(QStringLiteral("```.*?```"), QRegularExpression::DotMatchesEverythingOption);
    QString prose = body;
    prose.remove(fence);
    prose = stripHtmlComments(prose);
    prose.remove(QString::fromUtf8("\xe3\x80\x90\xe4\xb8\xad\xe6\x96\x87\xe7\x94\xa8\xe6\x88\xb7 & Non English User\xe3\x80\x91"
                                   "\xe8\xaf\xb7\xe4\xbd\xbf\xe7\x94\xa8\xe8\x8b\xb1\xe8\xaf\xad\xe6\x8f\x90\xe4\xba\xa4\xef\xbc\x8c"
                                   "\xe5\x90\xa6\xe5\x88\x99\xe4\xbc\x9a\xe8\xa2\xab\xe5\x85\xb3\xe9\x97\xad \xef\xbc\x9a\xef\xbc\x89"));
    int cjk = 0;
    if (hasCjk(prose, &cjk))
        out.findings << prFinding(QStringLiteral("cjk"),
                                  StudioTr::tr("PR title/body primary content must be English (found %1 CJK characters)").arg(cjk),
                                  StudioTr::tr("Write the pull request in English."));
}

void checkSecurityNotes(const QString &body, const QList<CapabilityCategory> &found, CheckResult &out)
{
    static const QRegularExpression section(QStringLiteral("^##\\s+Security\\s+and\\s+privacy\\s+notes\\s*$"),
                                            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression next(QStringLiteral("^##\\s+"), QRegularExpression::MultilineOption);
    static const QRegularExpression noneNotes(QStringLiteral("^(none|n/a|na|not applicable|no|nothing)\\.?$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const auto notesFinding = [&](const QString &message, const QString &fix) {
        Finding f;
        f.checkId = QStringLiteral("sensitive_capabilities");
        f.code = QStringLiteral("marketplace.sensitive_capabilities.notes");
        f.message = message;
        f.fix = fix;
        f.file = QStringLiteral("PR body");
        out.findings << f;
    };
    const auto m = section.match(body);
    if (!m.hasMatch()) {
        notesFinding(StudioTr::tr("PR body is missing the 'Security and privacy notes' section"),
                     StudioTr::tr("Add `## Security and privacy notes` listing what the scan found, or \"None\"."));
    } else {
        const auto n = next.match(body, m.capturedEnd(0));
        const QString notes = stripHtmlComments(body.mid(m.capturedEnd(0), (n.hasMatch() ? n.capturedStart(0) : body.size()) - m.capturedEnd(0)));
        QString normalized = notes;
        normalized.replace(QRegularExpression(QStringLiteral("[\\s>*_`-]+")), QStringLiteral(" "));
        normalized = normalized.trimmed();
        if (notes.isEmpty())
            notesFinding(StudioTr::tr("PR 'Security and privacy notes' section must not be empty"),
                         StudioTr::tr("List the sensitive capabilities, or write \"None\" when the scan finds none."));
        else if (!found.isEmpty() && noneNotes.match(normalized).hasMatch())
            notesFinding(StudioTr::tr("PR 'Security and privacy notes' cannot be None/N/A when sensitive capabilities are detected"),
                         StudioTr::tr("Name each capability the scan found (%1) and how the plugin limits it.")
                             .arg([&] {
                                 QStringList names;
                                 for (const CapabilityCategory &c : found)
                                     names << c.name;
                                 return names.join(QStringLiteral(", "));
                             }()));
    }
    for (const CapabilityCategory &c : found) {
        for (int i = 0; i < c.samples.size(); ++i) {
            Finding f;
            f.checkId = QStringLiteral("sensitive_capabilities");
            f.code = QStringLiteral("marketplace.sensitive_capabilities.signal");
            f.blocking = false;
            f.message = QStringLiteral("%1: %2").arg(c.name, printable(c.samples.at(i)));
            f.fix = StudioTr::tr("Mention %1 in the PR's security notes.").arg(c.name);
            f.file = c.places.value(i).first;
            f.line = c.places.value(i).second;
            out.findings << f;
        }
        if (c.count > c.samples.size()) {
            Finding f;
            f.checkId = QStringLiteral("sensitive_capabilities");
            f.code = QStringLiteral("marketplace.sensitive_capabilities.signal");
            f.blocking = false;
            f.message = StudioTr::tr("%1: %2 further match(es) not listed (%3 total)").arg(c.name).arg(c.count - c.samples.size()).arg(c.count);
            out.findings << f;
        }
    }
}

void checkReviewNotes(const QString &body, CheckResult &out)
{
    static const QRegularExpression breaking(QStringLiteral("\\b(breaking|breaks?|backward compatible|no breaking|not breaking)\\b"),
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression boundary(
        QStringLiteral("\\b(input constraints?|validated?|allowlist|denylist|security boundary|safety boundary|restricted?|limited?|"
                       "sandbox|dangerous operations?|guardrail)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QHash<QString, QString> s = prSections(body);
    // "checked" here is the first box with that label (the review-notes reading).
    const auto firstTicked = [](const QString &section, const QString &label) {
        static const QRegularExpression box(QStringLiteral("^[ \\t]*-[ \\t]*\\[(?<checked>[ xX])\\][ \\t]*(?<label>.+?)[ \\t]*$"),
                                            QRegularExpression::MultilineOption);
        auto it = box.globalMatch(section);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(QStringLiteral("label")).trimmed().compare(label, Qt::CaseInsensitive) == 0)
                return m.captured(QStringLiteral("checked")).compare(QLatin1String("x"), Qt::CaseInsensitive) == 0;
        }
        return false;
    };
    const auto warn = [&](const QString &rule, const QString &message, const QString &fix) {
        Finding f;
        f.checkId = QStringLiteral("pr_review_notes");
        f.code = QStringLiteral("marketplace.pr_review_notes.") + rule;
        f.blocking = false;
        f.message = message;
        f.fix = fix;
        f.file = QStringLiteral("PR body");
        out.findings << f;
    };
    if (firstTicked(s.value(QStringLiteral("submission type")), QStringLiteral("Version update"))) {
        const QString notes = stripHtmlComments(s.value(QStringLiteral("what changed"))) + QLatin1Char('\n')
                              + stripHtmlComments(s.value(QStringLiteral("reviewer notes")));
        if (!breaking.match(notes).hasMatch())
            warn(QStringLiteral("breaking"),
                 StudioTr::tr("version update PR should state whether there are breaking changes in What changed or Reviewer notes"),
                 StudioTr::tr("Add \"No breaking changes.\" (or what breaks) to What changed."));
    }
    if (firstTicked(s.value(QStringLiteral("risk level")), QStringLiteral("High risk"))) {
        if (!boundary.match(stripHtmlComments(s.value(QStringLiteral("security and privacy notes")))).hasMatch())
            warn(QStringLiteral("high_risk"),
                 StudioTr::tr("High risk PR should describe input constraints, security boundaries, or dangerous-operation limits in "
                              "Security and privacy notes"),
                 StudioTr::tr("Say how inputs are validated or restricted (allowlists, sandbox, limits)."));
    }
}

std::optional<bool> isVersionUpdate(const QString &body)
{
    const QHash<QString, QString> s = prSections(body);
    if (!s.contains(QStringLiteral("submission type")))
        return std::nullopt;
    const QStringList ticked = tickedBoxes(s.value(QStringLiteral("submission type")), kSubmission);
    if (ticked.isEmpty())
        return std::nullopt;
    return ticked.contains(QStringLiteral("Version update"));
}

QString riskLevelLabel(RiskLevel level)
{
    return kRisk.at(int(level));
}

RiskLevel suggestedRisk(const QList<CapabilityCategory> &found)
{
    // High: commands or code, SQL, SSH, filesystems, browser automation; medium: arbitrary URLs.
    RiskLevel r = RiskLevel::Low;
    for (const CapabilityCategory &c : found) {
        if (c.name == QLatin1String("arbitrary network requests"))
            r = qMax(r, RiskLevel::Medium);
        else
            r = RiskLevel::High;
    }
    return r;
}

QString buildPrBody(const PrBodyInput &in)
{
    const auto box = [](bool ticked, const QString &label) {
        return QStringLiteral("- [%1] %2\n").arg(ticked ? QStringLiteral("x") : QStringLiteral(" "), label);
    };
    // One line for fields: a newline in a value would end the field early.
    const auto one = [](const QString &v) { return QString(v).replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed(); };
    QString b = QStringLiteral("# Plugin Submission\n\n## Plugin information\n\n");
    b += QStringLiteral("- **Author**: %1\n").arg(one(in.manifest.author));
    b += QStringLiteral("- **Plugin name**: %1\n").arg(one(in.manifest.name));
    b += QStringLiteral("- **Version**: %1\n").arg(one(in.manifest.version));
    b += QStringLiteral("- **Source repository**: %1\n").arg(one(in.manifest.repo));
    b += QStringLiteral("- **Contact**: %1\n\n").arg(one(in.manifest.contact));
    b += QStringLiteral("## Submission type\n\n") + box(!in.versionUpdate, QStringLiteral("New plugin"))
         + box(in.versionUpdate, QStringLiteral("Version update")) + QLatin1Char('\n');
    b += QStringLiteral("## What changed\n\n%1\n\n").arg(in.whatChanged.trimmed());
    b += QStringLiteral("## Risk level\n\n");
    for (int i = 0; i < kRisk.size(); ++i)
        b += box(int(in.risk) == i, kRisk.at(i));
    b += QStringLiteral("\n## Required checks\n\n");
    b += box(false, QStringLiteral("I have read and followed the Marketplace submission requirements."));
    b += box(false, QStringLiteral("I have read and comply with the Plugin Developer Agreement."));
    b += box(false, QStringLiteral("I tested this plugin on Dify Community Edition and Dify Cloud, or documented any limitation below."));
    b += box(in.contentsClean, QStringLiteral("The package contains only files needed at runtime."));
    b += box(in.noSecrets && in.contentsClean,
             QStringLiteral("The package does not contain secrets, local credentials, `.env` files, `.git` directories, virtual "
                            "environments, caches, logs, or IDE files."));
    b += box(in.noBinaries, QStringLiteral("The package does not contain executables or bundled binaries, or I explained why they are "
                                           "required below."));
    b += box(in.readmeComplete, QStringLiteral("The plugin README includes setup steps, usage instructions, required APIs or "
                                               "credentials, connection requirements, and the source repository link."));
    b += box(in.privacyPresent, QStringLiteral("The plugin includes `PRIVACY.md` or a hosted privacy policy, and `manifest.yaml` "
                                               "references it."));
    b += box(in.englishText, QStringLiteral("All user-facing text is primarily in English."));
    b += QStringLiteral("\n## Security and privacy notes\n\n");
    if (in.capabilities.isEmpty()) {
        b += in.securityNotes.trimmed().isEmpty() ? QStringLiteral("None") : in.securityNotes.trimmed();
        b += QStringLiteral("\n\n");
    } else {
        b += QStringLiteral("The studio's scan (the Marketplace's sensitive-capability rules) found:\n\n");
        for (const CapabilityCategory &c : in.capabilities) {
            QStringList where;
            for (const auto &p : c.places.mid(0, 5))
                where << QStringLiteral("`%1:%2`").arg(p.first).arg(p.second);
            b += QStringLiteral("- %1 (%2 place(s): %3%4)\n")
                     .arg(c.name)
                     .arg(c.count)
                     .arg(where.join(QStringLiteral(", ")), c.count > 5 ? QStringLiteral(", ...") : QString());
        }
        b += QLatin1Char('\n');
        if (!in.securityNotes.trimmed().isEmpty())
            b += in.securityNotes.trimmed() + QStringLiteral("\n\n");
    }
    b += QStringLiteral("## Local validation\n\n%1\n\n").arg(in.localValidation.trimmed());
    b += QStringLiteral("## Reviewer notes\n\n%1\n").arg(in.reviewerNotes.trimmed());
    return b;
}

QString prTitle(const ManifestFacts &manifest, bool versionUpdate)
{
    return versionUpdate ? QStringLiteral("bump %1 plugin to version %2").arg(manifest.name, manifest.version)
                         : QStringLiteral("add %1 plugin %2").arg(manifest.name, manifest.version);
}

QString localValidationSummary(const PreflightReport &r)
{
    QString s = QStringLiteral("```\nplugin-studio-cli publish check %1\n").arg(QFileInfo(r.source).fileName());
    for (const CheckResult &c : r.checks)
        s += QStringLiteral("%1 %2%3\n")
                 .arg(checkStatusName(c.status).leftJustified(8), c.id,
                      c.note.isEmpty() ? QString() : QStringLiteral("  (") + c.note + QLatin1Char(')'));
    s += QStringLiteral("%1 blocking, %2 warning(s)\n```").arg(r.blockingCount()).arg(r.warningCount());
    return s;
}

Result<PrBodyInput> prBodyInputFor(const PreflightReport &report)
{
    const auto files = Package::openPackageFileSet(report.packagePath, Package::ReadLimits::bundle());
    if (!files)
        return files.error();
    const auto passed = [&report](const char *id) {
        const CheckResult *c = report.check(QString::fromLatin1(id));
        return c && (c->status == CheckStatus::Passed || c->status == CheckStatus::Warned);
    };
    PrBodyInput in;
    in.manifest = readManifestFacts(**files);
    in.capabilities = scanCapabilities(**files);
    in.versionUpdate = !report.earlierVersions.isEmpty();
    in.risk = suggestedRisk(in.capabilities);
    in.localValidation = localValidationSummary(report);
    in.contentsClean = passed("package_contents");
    in.noSecrets = passed("package_secrets");
    in.noBinaries = passed("package_binaries");
    const CheckResult *readme = report.check(QStringLiteral("readme_metadata"));
    in.readmeComplete = readme && readme->status == CheckStatus::Passed;
    in.privacyPresent = passed("manifest_metadata");
    in.englishText = passed("readme_metadata");
    return in;
}

QList<Finding> blockingPrBodyFindings(const QString &body, const QList<CapabilityCategory> &capabilities)
{
    CheckResult bodyCheck, notesCheck;
    checkPrBody(body, bodyCheck);
    checkSecurityNotes(body, capabilities, notesCheck);
    QList<Finding> out;
    for (const Finding &f : bodyCheck.findings + notesCheck.findings)
        if (f.blocking)
            out << f;
    return out;
}

} // namespace Studio::Publish
