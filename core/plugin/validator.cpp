// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/validator.h"

#include "core/plugin/decoder_p.h"
#include "core/plugin/diagnosticcodes.h"
#include "core/plugin/reviewrules_p.h"

#include <iterator>

namespace Studio::Plugin {

namespace {

// The validation levels (profiles): their names and what each does with a layer's findings.
// A new profile (e.g. the Marketplace pre-flight) is one enumerator in ValidationLevel, one row
// here and one column in kTreatment.
struct LevelInfo
{
    ValidationLevel level;
    const char *name;
};
const LevelInfo kLevels[] = {
    {ValidationLevel::Install, "install"},
    {ValidationLevel::Strict, "strict"},
    {ValidationLevel::Sdk, "sdk"},
};

enum class Treatment {
    AsFound, // keep the table's severity
    Warn,    // report errors as warnings
    Hide,    // not part of this level
};

// Rows: Layer (Pkg, Install, Strict, Sdk, Review, Studio, Marketplace); columns: ValidationLevel
// (Install, Strict, Sdk).
constexpr Treatment kTreatment[7][3] = {
    /* Pkg     */ {Treatment::AsFound, Treatment::AsFound, Treatment::AsFound},
    /* Install */ {Treatment::AsFound, Treatment::AsFound, Treatment::AsFound},
    /* Strict  */ {Treatment::Hide, Treatment::AsFound, Treatment::AsFound},
    /* Sdk     */ {Treatment::Hide, Treatment::Hide, Treatment::AsFound},
    /* Review  */ {Treatment::Warn, Treatment::Warn, Treatment::Warn},
    /* Studio  */ {Treatment::Warn, Treatment::Warn, Treatment::Warn},
    // The Marketplace's CI checks are run by `publish check`, not by validatePlugin(); were one to
    // reach a validation, it is advice.
    /* Marketplace */ {Treatment::Warn, Treatment::Warn, Treatment::Warn},
};
static_assert(std::size(kTreatment) == size_t(Layer::Marketplace) + 1, "one row per Layer");

Treatment treatmentOf(Layer layer, const ValidationOptions &options)
{
    Treatment t = kTreatment[int(layer)][int(options.level)];
    // A third-party package: what only the struct tags or the SDK refuse is advice, not a refusal.
    if (t == Treatment::AsFound && options.importedPackage && (layer == Layer::Strict || layer == Layer::Sdk))
        t = Treatment::Warn;
    return t;
}

} // namespace

ValidationReport validatePlugin(const FileSet &files, const ValidationOptions &options)
{
    Detail::DecodeInput in;
    in.files = &files;
    Detail::DecodeOutput out = Detail::decode(in);
    ValidationReport all = std::move(out.report);
    // Folder walk problems: a symlink to a folder makes `dify plugin package` fail ("is a
    // directory"); broken links and over-deep trees are not packaged.
    if (const auto *dir = dynamic_cast<const DirectoryFileSet *>(&files)) {
        for (const QString &problem : dir->problems())
            all.add(makeDiagnostic(DiagnosticCode::FileWalk, problem, problem.section(QLatin1Char(':'), 0, 0)));
    }
    if (files.contains(QStringLiteral("manifest.yaml")))
        Detail::reviewRules(files, out, options, all);

    ValidationReport report;
    for (Diagnostic d : all.diagnostics()) {
        switch (treatmentOf(d.layer, options)) {
        case Treatment::Hide:
            continue;
        case Treatment::Warn:
            if (d.severity == Severity::Error)
                d.severity = Severity::Warning;
            break;
        case Treatment::AsFound:
            break;
        }
        report.add(d);
    }
    report.sort();
    return report;
}

std::optional<ValidationLevel> parseValidationLevel(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const LevelInfo &l : kLevels) {
        if (t == QLatin1String(l.name))
            return l.level;
    }
    return std::nullopt;
}

QString validationLevelName(ValidationLevel level)
{
    for (const LevelInfo &l : kLevels) {
        if (l.level == level)
            return QString::fromLatin1(l.name);
    }
    return QString();
}

QStringList validationLevelNames()
{
    QStringList out;
    for (const LevelInfo &l : kLevels)
        out << QString::fromLatin1(l.name);
    return out;
}

} // namespace Studio::Plugin
