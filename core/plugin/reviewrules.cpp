// SPDX-License-Identifier: GPL-3.0-or-later
// REVIEW and Studio rules on the plugin's files rather than its declarations: README, privacy
// policy, pyproject.toml, virtual environments, .env, created_at in the future (formats.md §3.7,
// §0, §10.6).
#include "core/plugin/reviewrules_p.h"

#include "core/common/tr.h"
#include "core/plugin/diagnosticcodes.h"

#include <QRegularExpression>
#include <QSet>

namespace Studio::Plugin::Detail {

namespace {

void add(ValidationReport &r, DiagnosticCode code, const QString &message, const QString &file, int line = 0,
         int column = 0, const QString &path = {})
{
    r.add(makeDiagnostic(code, message, file, line, column, path));
}

bool containsCjk(const QString &s)
{
    for (QChar c : s) {
        const ushort u = c.unicode();
        if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF))
            return true;
    }
    return false;
}

bool looksLikePlaceholder(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 40)
        return true;
    static const QRegularExpression re(
        QStringLiteral("(?:\\bTODO\\b|\\bTBD\\b|lorem ipsum|\\bplaceholder\\b|!!!\\s*please|<your[ _-])"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(t).hasMatch();
}

// README, PRIVACY, pyproject, venv, created_at: REVIEW and Studio advice (formats.md §3.7, §0, §10.6).
} // namespace

void reviewRules(const FileSet &files, const Detail::DecodeOutput &out, const ValidationOptions &options,
                 ValidationReport &report)
{
    static const QRegularExpression readmeRe(QStringLiteral("^README_([a-z]{2}_[A-Za-z]{2,})\\.md$"));
    static const QRegularExpression rootReadmeRe(QStringLiteral("^README_[A-Za-z_]+\\.md$"));
    const QStringList paths = files.paths();
    const Manifest &m = out.declaration.manifest;

    if (!files.contains(QStringLiteral("README.md"))) {
        add(report, DiagnosticCode::ReadmeMissing,
                   StudioTr::tr("There is no README.md at the plugin root; Dify shows it as the English description. Add one."),
                   QStringLiteral("README.md"));
    } else if (Result<QByteArray> data = files.read(QStringLiteral("README.md"))) {
        const QString text = QString::fromUtf8(*data);
        if (containsCjk(text))
            add(report, DiagnosticCode::ReadmeCjk,
                       StudioTr::tr("README.md contains Chinese characters; Marketplace review rejects that for the English "
                          "README. Move translations to readme/README_zh_Hans.md."),
                       QStringLiteral("README.md"));
        if (text.trimmed().isEmpty())
            add(report, DiagnosticCode::ReadmeEmpty, StudioTr::tr("README.md is empty; describe the plugin."),
                       QStringLiteral("README.md"));
    }
    bool pyproject = false, requirements = false;
    QSet<QString> rootDirs;
    for (const QString &p : paths) {
        const int slash = p.indexOf(QLatin1Char('/'));
        if (slash > 0)
            rootDirs.insert(p.left(slash));
        if (p == QLatin1String("pyproject.toml"))
            pyproject = true;
        if (p == QLatin1String("requirements.txt"))
            requirements = true;
        if (p.startsWith(QLatin1String("readme/"))) {
            const QString rest = p.mid(7);
            if (rest.contains(QLatin1Char('/')) || !readmeRe.match(rest).hasMatch())
                add(report, DiagnosticCode::ReadmeName,
                           StudioTr::tr("%1 is not detected as a translated README; name it readme/README_<lang>.md "
                              "(e.g. readme/README_zh_Hans.md) directly inside readme/.")
                               .arg(p),
                           p);
        } else if (slash < 0 && rootReadmeRe.match(p).hasMatch()) {
            add(report, DiagnosticCode::ReadmeLocation,
                       StudioTr::tr("%1 at the plugin root is not detected; move it to readme/%1.").arg(p), p);
        }
        if (slash < 0 && (p == QLatin1String(".env")))
            add(report, DiagnosticCode::SecretsEnv,
                       StudioTr::tr(".env is part of the plugin files and would be packaged with its secrets; add it to "
                          ".difyignore."),
                       p);
    }
    for (const QString &d : std::as_const(rootDirs)) {
        if (d.startsWith(QLatin1String(".venv")) || d.startsWith(QLatin1String("venv")))
            add(report, DiagnosticCode::VenvPresent,
                       StudioTr::tr("The folder %1/ is a virtual environment; Marketplace CI refuses it. Delete it or add it "
                          "to .difyignore.")
                           .arg(d),
                       d + QLatin1Char('/'));
    }
    if (!pyproject)
        add(report, DiagnosticCode::PyprojectMissing,
                   StudioTr::tr("There is no pyproject.toml; the official-plugins repository's CI (langgenius/dify-official-plugins) "
                                "requires it for every plugin. The Marketplace's CI (langgenius/dify-plugins) installs from "
                                "requirements.txt and does not need it."),
                   QStringLiteral("pyproject.toml"));
    if (!pyproject && !requirements)
        add(report, DiagnosticCode::DependenciesMissing,
                   StudioTr::tr("Neither requirements.txt nor pyproject.toml exists; the runtime cannot install dify_plugin."),
                   QStringLiteral("requirements.txt"));

    if (out.manifestDecoded) {
        if (m.privacy.value.isEmpty()) {
            add(report, DiagnosticCode::PrivacyMissing,
                       StudioTr::tr("`privacy` is not set; Marketplace requires a privacy policy (privacy: PRIVACY.md)."),
                       m.file, m.privacy.mark.line, m.privacy.mark.column, QStringLiteral("privacy"));
        } else if (!m.privacy.value.contains(QLatin1String("://"))) {
            if (!files.contains(m.privacy.value)) {
                add(report, DiagnosticCode::PrivacyNotfound,
                           StudioTr::tr("The privacy policy file \"%1\" does not exist; create it.").arg(m.privacy.value), m.file,
                           m.privacy.mark.line, m.privacy.mark.column, QStringLiteral("privacy"));
            } else if (Result<QByteArray> data = files.read(m.privacy.value)) {
                if (looksLikePlaceholder(QString::fromUtf8(*data)))
                    add(report, DiagnosticCode::PrivacyPlaceholder,
                               StudioTr::tr("%1 looks like a placeholder; describe what data the plugin collects and sends.")
                                   .arg(m.privacy.value),
                               m.privacy.value);
            }
        }
        const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
        if (m.createdAt.present && m.createdAt.value > now)
            add(report, DiagnosticCode::ManifestCreatedAtFuture,
                       StudioTr::tr("created_at (%1) is in the future; use the current time (a check of the studio's own: no "
                                    "CI rule of the Marketplace looks at created_at).")
                           .arg(m.createdAt.value.toString(Qt::ISODate)),
                       m.file, m.createdAt.mark.line, m.createdAt.mark.column, QStringLiteral("created_at"));
    }
}

} // namespace Studio::Plugin::Detail
