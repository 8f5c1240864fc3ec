// SPDX-License-Identifier: GPL-3.0-or-later
// The Publish page's quick fixes on real plugin folders: each broken the way a user breaks it,
// packaged, checked by the Marketplace rule, fixed from the finding the check reported, packaged
// and checked again — the finding must be gone and nothing else in the file touched. Refusals:
// wrong values, stale findings, paths outside the folder, links, a package instead of a folder,
// a requirements.txt that packaging generates.
#include "core/common/fileset.h"
#include "core/package/packagereader.h"
#include "core/package/packagewriter.h"
#include "core/publish/packagechecks.h"
#include "core/publish/quickfix.h"
#include "core/scaffold/scaffold.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Studio;
using namespace Studio::Publish;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

void edit(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray t = readAll(path);
    QVERIFY2(t.contains(from), from.constData());
    t.replace(t.indexOf(from), from.size(), to);
    writeAll(path, t);
}

using CheckFn = std::function<void(const PackageInput &, CheckResult &)>;

// The findings of one check on the package the folder makes (.difyignore applied).
QList<Finding> findingsOf(const QString &dir, const CheckFn &check)
{
    QTemporaryDir out;
    Package::PackageOptions po;
    po.outputPath = out.filePath(QStringLiteral("p.difypkg"));
    po.skipValidation = true;
    const auto packaged = Package::packagePlugin(dir, po);
    if (!packaged)
        qFatal("packaging failed: %s", qPrintable(packaged.error().toString()));
    auto files = Package::openPackageFileSet(po.outputPath);
    if (!files)
        qFatal("reading failed: %s", qPrintable(files.error().toString()));
    PackageInput in;
    in.files = files->get();
    CheckResult r;
    check(in, r);
    return r.findings;
}

std::optional<Finding> findingWithCode(const QList<Finding> &all, const QString &code)
{
    for (const Finding &f : all)
        if (f.code == code)
            return f;
    return std::nullopt;
}

const CheckFn manifestCheck = [](const PackageInput &in, CheckResult &r) { checkManifestMetadata(in, r); };
const CheckFn readmeCheck = [](const PackageInput &in, CheckResult &r) { checkReadmeMetadata(in, r); };
const CheckFn contentsCheck = [](const PackageInput &in, CheckResult &r) { checkPackageContents(in, r); };
const CheckFn depsCheck = [](const PackageInput &in, CheckResult &r) { checkPackageDependencies(in, PyprojectRead{}, r); };

} // namespace

class TestPublishQuickFix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_n = 0;

    // A fresh plugin as the wizard writes it, with a comment in the manifest that must survive.
    QString freshPlugin(Scaffold::PluginKind kind = Scaffold::PluginKind::Tool)
    {
        Scaffold::ScaffoldOptions o;
        o.kind = kind;
        o.name = QStringLiteral("demo");
        o.author = QStringLiteral("acme");
        o.description = QStringLiteral("A demo plugin.");
        o.repo = QStringLiteral("https://github.com/acme/demo");
        o.contact = QStringLiteral("dev@acme.example");
        const QString dir = m_tmp.filePath(QStringLiteral("p%1").arg(++m_n));
        const auto written = Scaffold::generatePlugin(o, dir);
        if (!written)
            qFatal("scaffold failed: %s", qPrintable(written.error().toString()));
        const QString manifest = dir + QStringLiteral("/manifest.yaml");
        writeAll(manifest, "# Demo plugin: keep this comment\n" + readAll(manifest));
        return dir;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Deleted files go to a trash inside the test's folder, never the user's.
        qputenv("XDG_DATA_HOME", m_tmp.filePath(QStringLiteral("xdg")).toUtf8());
        QDir().mkpath(m_tmp.filePath(QStringLiteral("xdg")));
    }

    void freshPluginHasNothingToFix()
    {
        const QString dir = freshPlugin();
        for (const CheckFn &c : {manifestCheck, readmeCheck, contentsCheck, depsCheck})
            for (const Finding &f : findingsOf(dir, c))
                QVERIFY2(f.quickFix == QuickFix::None, qPrintable(f.code + QStringLiteral(": ") + f.message));
    }

    void addContact()
    {
        const QString dir = freshPlugin();
        const QString manifest = dir + QStringLiteral("/manifest.yaml");
        edit(manifest, "contact: \"dev@acme.example\"\n", "");
        const auto f = findingWithCode(findingsOf(dir, manifestCheck), QStringLiteral("marketplace.manifest_metadata.missing_field"));
        QVERIFY(f);
        QCOMPARE(f->quickFix, QuickFix::AddContact);
        QCOMPARE(quickFixValueFor(dir, *f), QuickFixValue::Email);
        QVERIFY(!quickFixLabel(*f).isEmpty());
        // A value the Marketplace would refuse again is refused here, and nothing is written.
        const QByteArray before = readAll(manifest);
        auto bad = applyQuickFix(dir, *f, QStringLiteral("not an address"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(readAll(manifest), before);
        auto ok = applyQuickFix(dir, *f, QStringLiteral(" me@acme.example "));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QCOMPARE(ok->changedFiles, QStringList{QStringLiteral("manifest.yaml")});
        const QByteArray after = readAll(manifest);
        QVERIFY(after.startsWith("# Demo plugin: keep this comment\n"));
        QVERIFY(after.contains("contact: me@acme.example\n") || after.contains("contact: \"me@acme.example\"\n"));
        QVERIFY(!findingWithCode(findingsOf(dir, manifestCheck), QStringLiteral("marketplace.manifest_metadata.missing_field")));
        // The same finding again: the file changed since, nothing is written twice.
        auto again = applyQuickFix(dir, *f, QStringLiteral("other@acme.example"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(readAll(manifest), after);
    }

    void addRepo()
    {
        const QString dir = freshPlugin();
        edit(dir + QStringLiteral("/manifest.yaml"), "repo: \"https://github.com/acme/demo\"\n", "");
        const auto f = findingWithCode(findingsOf(dir, manifestCheck), QStringLiteral("marketplace.manifest_metadata.missing_field"));
        QVERIFY(f);
        QCOMPARE(f->quickFix, QuickFix::AddRepo);
        QCOMPARE(quickFixValueFor(dir, *f), QuickFixValue::RepositoryUrl);
        // A host the Marketplace does not accept.
        QVERIFY(!applyQuickFix(dir, *f, QStringLiteral("https://example.com/acme/demo")));
        QVERIFY(applyQuickFix(dir, *f, QStringLiteral("https://gitlab.com/acme/demo")));
        const QList<Finding> after = findingsOf(dir, manifestCheck);
        QVERIFY(!findingWithCode(after, QStringLiteral("marketplace.manifest_metadata.missing_field")));
        QVERIFY(!findingWithCode(after, QStringLiteral("marketplace.manifest_metadata.repo_host")));
    }

    void minimumDifyVersionPerKind()
    {
        for (const auto &[kind, version] : {std::pair{Scaffold::PluginKind::Tool, QByteArray("1.0.0")},
                                            std::pair{Scaffold::PluginKind::Trigger, QByteArray("1.10.0")},
                                            std::pair{Scaffold::PluginKind::Datasource, QByteArray("1.9.0")}}) {
            const QString dir = freshPlugin(kind);
            const QString manifest = dir + QStringLiteral("/manifest.yaml");
            edit(manifest, "  minimum_dify_version: \"" + version + "\"\n", "");
            const auto f = findingWithCode(findingsOf(dir, manifestCheck), QStringLiteral("marketplace.manifest_metadata.recommended_field"));
            QVERIFY(f);
            QCOMPARE(f->quickFix, QuickFix::AddMinimumDifyVersion);
            QVERIFY(applyQuickFix(dir, *f));
            QVERIFY2(readAll(manifest).contains(QByteArray(QByteArray("minimum_dify_version: ") + version)), readAll(manifest).constData());
            QVERIFY(!findingWithCode(findingsOf(dir, manifestCheck), QStringLiteral("marketplace.manifest_metadata.recommended_field")));
        }
    }

    void addPrivacy()
    {
        const QString dir = freshPlugin();
        QVERIFY(QFile::remove(dir + QStringLiteral("/PRIVACY.md")));
        edit(dir + QStringLiteral("/manifest.yaml"), "privacy: PRIVACY.md", "privacy: https://acme.example/privacy");
        const auto f = findingWithCode(findingsOf(dir, manifestCheck), QStringLiteral("marketplace.manifest_metadata.privacy_md"));
        QVERIFY(f);
        QCOMPARE(f->quickFix, QuickFix::AddPrivacy);
        auto ok = applyQuickFix(dir, *f);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        // The URL stays: only the file was missing.
        QCOMPARE(ok->changedFiles, QStringList{QStringLiteral("PRIVACY.md")});
        QVERIFY(readAll(dir + QStringLiteral("/manifest.yaml")).contains("privacy: https://acme.example/privacy"));
        const QList<Finding> after = findingsOf(dir, manifestCheck);
        QVERIFY(!findingWithCode(after, QStringLiteral("marketplace.manifest_metadata.privacy_md")));
        QVERIFY(!findingWithCode(after, QStringLiteral("marketplace.manifest_metadata.privacy_content")));

        // PRIVACY.md in the folder but ignored: the fix says which line to remove, writes nothing.
        const QString ignored = freshPlugin();
        writeAll(ignored + QStringLiteral("/.difyignore"), readAll(ignored + QStringLiteral("/.difyignore")) + "PRIVACY.md\n");
        const auto g = findingWithCode(findingsOf(ignored, manifestCheck), QStringLiteral("marketplace.manifest_metadata.privacy_md"));
        QVERIFY(g);
        const QByteArray kept = readAll(ignored + QStringLiteral("/PRIVACY.md"));
        auto refused = applyQuickFix(ignored, *g);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral(".difyignore")));
        QCOMPARE(readAll(ignored + QStringLiteral("/PRIVACY.md")), kept);
    }

    void readmeSourceLink()
    {
        const QString dir = freshPlugin();
        const QString readme = dir + QStringLiteral("/README.md");
        edit(readme, "<https://github.com/acme/demo>", "(see the manifest)");
        const auto f = findingWithCode(findingsOf(dir, readmeCheck), QStringLiteral("marketplace.readme_metadata.source_link"));
        QVERIFY(f);
        QCOMPARE(f->quickFix, QuickFix::ReadmeSourceLink);
        // The manifest names an accepted repository: no question to ask.
        QCOMPARE(quickFixValueFor(dir, *f), QuickFixValue::None);
        const QByteArray before = readAll(readme);
        QVERIFY(applyQuickFix(dir, *f));
        const QByteArray after = readAll(readme);
        QVERIFY(after.startsWith(before));
        QVERIFY(after.contains("https://github.com/acme/demo"));
        QVERIFY(!findingWithCode(findingsOf(dir, readmeCheck), QStringLiteral("marketplace.readme_metadata.source_link")));

        // Without a usable repo in the manifest the URL is asked for.
        const QString noRepo = freshPlugin();
        edit(noRepo + QStringLiteral("/manifest.yaml"), "repo: \"https://github.com/acme/demo\"\n", "");
        edit(noRepo + QStringLiteral("/README.md"), "<https://github.com/acme/demo>", "(soon)");
        const auto g = findingWithCode(findingsOf(noRepo, readmeCheck), QStringLiteral("marketplace.readme_metadata.source_link"));
        QVERIFY(g);
        QCOMPARE(quickFixValueFor(noRepo, *g), QuickFixValue::RepositoryUrl);
        QVERIFY(!applyQuickFix(noRepo, *g));
        QVERIFY(applyQuickFix(noRepo, *g, QStringLiteral("https://codeberg.org/acme/demo")));
        QVERIFY(readAll(noRepo + QStringLiteral("/README.md")).contains("https://codeberg.org/acme/demo"));
    }

    void removeDsStore()
    {
        const QString dir = freshPlugin();
        // A folder whose .difyignore (the user's own) does not leave Finder files out.
        QByteArray ignore = readAll(dir + QStringLiteral("/.difyignore"));
        QVERIFY(ignore.contains(".DS_Store\n"));
        ignore.replace(".DS_Store\n", "");
        writeAll(dir + QStringLiteral("/.difyignore"), ignore);
        writeAll(dir + QStringLiteral("/tools/.DS_Store"), QByteArray("\0\0\0\1Bud1", 8));
        const auto f = findingWithCode(findingsOf(dir, contentsCheck), QStringLiteral("marketplace.package_contents.blocked_file"));
        QVERIFY(f);
        QCOMPARE(f->quickFix, QuickFix::RemoveFile);
        QVERIFY(quickFixLabel(*f).contains(QStringLiteral(".DS_Store")));
        auto ok = applyQuickFix(dir, *f);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/tools/.DS_Store")));
        QVERIFY(!findingWithCode(findingsOf(dir, contentsCheck), QStringLiteral("marketplace.package_contents.blocked_file")));
        // Moved to the (test's) trash, not lost.
        bool inTrash = false;
        QDirIterator it(m_tmp.filePath(QStringLiteral("xdg")), {QStringLiteral(".DS_Store*")}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        inTrash = it.hasNext();
        QVERIFY2(inTrash || ok->summary.startsWith(QStringLiteral("Deleted")), qPrintable(ok->summary));
    }

    void removeFileRefusesOutsideAndLinks()
    {
        const QString dir = freshPlugin();
        const QString outside = m_tmp.filePath(QStringLiteral("precious.log"));
        writeAll(outside, "keep");
        Finding f;
        f.checkId = QStringLiteral("package_contents");
        f.code = QStringLiteral("marketplace.package_contents.blocked_suffix");
        f.quickFix = QuickFix::RemoveFile;
        for (const QString &rel : {QStringLiteral("../precious.log"), outside, QStringLiteral("tools/../../precious.log")}) {
            f.quickFixArg = rel;
            auto r = applyQuickFix(dir, f);
            QVERIFY2(!r, qPrintable(rel));
            QCOMPARE(r.error().code, ErrorCode::Unsafe);
        }
        // A link inside the folder to a file outside it, and a folder reached through a link.
        QVERIFY(QFile::link(outside, dir + QStringLiteral("/debug.log")));
        f.quickFixArg = QStringLiteral("debug.log");
        QCOMPARE(applyQuickFix(dir, f).error().code, ErrorCode::Unsafe);
        QVERIFY(QFile::link(m_tmp.path(), dir + QStringLiteral("/up")));
        f.quickFixArg = QStringLiteral("up/precious.log");
        QCOMPARE(applyQuickFix(dir, f).error().code, ErrorCode::Unsafe);
        QCOMPARE(readAll(outside), QByteArray("keep"));
    }

    void sdkBoundRewrite_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<QString>("fixed"); // "" = no certain fix
        QTest::newRow("two-part floor") << "dify_plugin>=0.9,<0.10" << "dify_plugin>=0.9.0,<0.10";
        QTest::newRow("one-part floor") << "dify-plugin>=1" << "dify-plugin>=1.0.0";
        QTest::newRow("pin") << "dify_plugin==0.10" << "dify_plugin==0.10.0";
        QTest::newRow("compatible 3") << "dify-plugin~=0.10.0" << "dify-plugin>=0.10.0,<0.11.0";
        QTest::newRow("compatible 2") << "dify_plugin~=0.10" << "dify_plugin>=0.10.0,<1.0.0";
        QTest::newRow("marker kept") << "dify_plugin>=0.9; python_version >= \"3.12\"" << "dify_plugin>=0.9.0; python_version >= \"3.12\"";
        QTest::newRow("extras kept") << "dify_plugin[dev]>=0.10" << "dify_plugin[dev]>=0.10.0";
        QTest::newRow("bare: today's line") << "dify_plugin" << Scaffold::sdkLine(Scaffold::SdkTrack::Current).requirement;
        QTest::newRow("legacy line: not a spelling") << "dify_plugin>=0.7.4,<0.8.0" << "";
        QTest::newRow("below floor") << "dify_plugin>=0.8" << "";
        QTest::newRow("pre-release") << "dify_plugin>=0.10.0b1" << "";
        QTest::newRow("no floor") << "dify_plugin<0.11" << "";
        QTest::newRow("already three parts") << "dify_plugin>=0.10.2" << "";
        QTest::newRow("other package") << "requests>=2" << "";
    }

    void sdkBoundRewrite()
    {
        QFETCH(QString, requirement);
        QFETCH(QString, fixed);
        const auto got = threePartSdkRequirement(requirement);
        QCOMPARE(got.value_or(QString()), fixed);
        if (!fixed.isEmpty()) {
            // The rewrite passes the rule it was made for.
            for (const Finding &f : checkRequirement(*got, QStringLiteral("requirements.txt:1"), QStringLiteral("requirements.txt"), 1))
                QVERIFY2(f.code != QLatin1String("marketplace.package_dependencies.sdk_bound"), qPrintable(f.message));
        }
    }

    void sdkBoundInRequirementsTxt()
    {
        const QString dir = freshPlugin();
        const QString req = dir + QStringLiteral("/requirements.txt");
        QByteArray text = readAll(req);
        const qsizetype at = text.indexOf("dify_plugin");
        QVERIFY(at >= 0);
        const qsizetype end = text.indexOf('\n', at);
        text.replace(at, end - at, "dify_plugin>=0.9,<0.10  # the SDK");
        writeAll(req, "# runtime\n" + text);
        QFile::setPermissions(req, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto f = findingWithCode(findingsOf(dir, depsCheck), QStringLiteral("marketplace.package_dependencies.sdk_bound"));
        QVERIFY(f);
        QCOMPARE(f->quickFix, QuickFix::SdkBound);
        QCOMPARE(f->quickFixArg, QStringLiteral("dify_plugin>=0.9.0,<0.10"));
        QVERIFY(applyQuickFix(dir, *f));
        const QByteArray after = readAll(req);
        QVERIFY2(after.contains("\ndify_plugin>=0.9.0,<0.10  # the SDK"), after.constData());
        QVERIFY(after.startsWith("# runtime\n"));
        QCOMPARE(QFileInfo(req).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(!findingWithCode(findingsOf(dir, depsCheck), QStringLiteral("marketplace.package_dependencies.sdk_bound")));
        // Stale: the line no longer holds that requirement.
        QCOMPARE(applyQuickFix(dir, *f).error().code, ErrorCode::Conflict);

        // requirements.txt that packaging generates from pyproject.toml + uv.lock: say where to write it.
        const QString gen = freshPlugin();
        QVERIFY(QFile::remove(gen + QStringLiteral("/requirements.txt")));
        auto r = applyQuickFix(gen, *f);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("pyproject.toml")));
    }

    void packageIsNotAFolder()
    {
        const QString dir = freshPlugin();
        QTemporaryDir out;
        Package::PackageOptions po;
        po.outputPath = out.filePath(QStringLiteral("x.difypkg"));
        QVERIFY(Package::packagePlugin(dir, po));
        Finding f;
        f.quickFix = QuickFix::AddMinimumDifyVersion;
        auto r = applyQuickFix(po.outputPath, f);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestPublishQuickFix)
#include "tst_publish_quickfix.moc"
