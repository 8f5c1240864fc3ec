// SPDX-License-Identifier: GPL-3.0-or-later
// Bundles (formats.md §4): init, append (marketplace/github/package), remove, bump with the
// manifest's comments preserved, package to .difybndl, re-open the archive with the same safety
// rules, edit a .difybndl in place.
#include "core/package/bundle.h"
#include "core/package/packagewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Package;

class TestBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_pkg;

    static QByteArray readFile(const QString &p)
    {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        PackageOptions o;
        o.outputPath = m_tmp.filePath(QStringLiteral("weather.difypkg"));
        auto r = packagePlugin(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), o);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        m_pkg = r->outputPath;
    }

    void initCreatesFiles()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("b1"));
        auto r = initBundle(dir, {QStringLiteral("my_bundle"), QStringLiteral("me"), QStringLiteral("Things I use")});
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        for (const char *f : {"manifest.yaml", "README.md", "_assets/icon.svg"})
            QVERIFY2(QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(f)), f);
        auto b = Bundle::open(dir);
        QVERIFY2(b.hasValue(), b ? "" : qPrintable(b.error().toString()));
        ValidationReport rep;
        auto m = b->manifest(&rep);
        QVERIFY(m.hasValue());
        QCOMPARE(m->name, QStringLiteral("my_bundle"));
        QCOMPARE(m->author, QStringLiteral("me"));
        QCOMPARE(m->version, QStringLiteral("0.0.1"));
        QCOMPARE(m->type, QStringLiteral("bundle"));
        QVERIFY(m->dependencies.isEmpty());
        QVERIFY2(!rep.hasErrors(), qPrintable(rep.toText()));
        // Refusals.
        QCOMPARE(initBundle(dir, {QStringLiteral("x"), QStringLiteral("me"), {}}).error().code, ErrorCode::Conflict);
        QVERIFY(!initBundle(m_tmp.filePath(QStringLiteral("b-bad")), {QStringLiteral("bad name!"), QStringLiteral("me"), {}}).hasValue());
        QVERIFY(!initBundle(m_tmp.filePath(QStringLiteral("b-noauthor")), {QStringLiteral("ok"), QString(), {}}).hasValue());
    }

    void editPackageAndReopen()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("b2"));
        QVERIFY(initBundle(dir, {QStringLiteral("b2"), QStringLiteral("me"), {}}).hasValue());
        // A comment the user wrote must survive edits.
        QFile mf(dir + QStringLiteral("/manifest.yaml"));
        QVERIFY(mf.open(QIODevice::Append));
        mf.write("# keep this comment\n");
        mf.close();

        auto b = Bundle::open(dir);
        QVERIFY(b.hasValue());
        QVERIFY(b->appendMarketplace(QStringLiteral("langgenius/openai:^0.0.1")).hasValue());
        QVERIFY(b->appendGithub(QStringLiteral("owner/repo:1.0.0/weather.difypkg")).hasValue());
        auto sum = b->appendPackage(m_pkg);
        QVERIFY2(sum.hasValue(), sum ? "" : qPrintable(sum.error().toString()));
        QCOMPARE(sum->size(), 64);
        QVERIFY(b->bumpVersion(QStringLiteral("0.1.0")).hasValue());
        // Invalid input is refused with the pattern rule.
        for (const char *bad : {"LangGenius/openai:1.0.0", "a/b:1.0", "a/b:1.0.0-", "a/b:"})
            QVERIFY2(!b->appendMarketplace(QString::fromLatin1(bad)).hasValue(), bad);
        QVERIFY(!b->appendGithub(QStringLiteral("owner/repo:1.0.0/")).hasValue());
        QVERIFY(!b->bumpVersion(QStringLiteral("1.0")).hasValue());
        QVERIFY(!b->appendPackage(m_tmp.filePath(QStringLiteral("missing.difypkg"))).hasValue());
        QVERIFY(b->save().hasValue());

        const QByteArray text = readFile(dir + QStringLiteral("/manifest.yaml"));
        QVERIFY2(text.contains("# keep this comment"), text.constData());
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/_assets/") + *sum));
        QCOMPARE(readFile(dir + QStringLiteral("/_assets/") + *sum), readFile(m_pkg));

        auto again = Bundle::open(dir);
        auto m = again->manifest();
        QCOMPARE(m->version, QStringLiteral("0.1.0"));
        QCOMPARE(m->dependencies.size(), 3);
        QCOMPARE(m->dependencies.at(0).type, QStringLiteral("marketplace"));
        QCOMPARE(m->dependencies.at(1).pattern, QStringLiteral("owner/repo:1.0.0/weather.difypkg"));
        QCOMPARE(m->dependencies.at(2).type, QStringLiteral("package"));
        QCOMPARE(m->dependencies.at(2).pattern, *sum);

        QVERIFY(again->removeDependency(1).hasValue());
        QVERIFY(!again->removeDependency(7).hasValue());
        QVERIFY(again->save().hasValue());
        QCOMPARE(Bundle::open(dir)->manifest()->dependencies.size(), 2);

        // Package: manifest + _assets/* + README*, '/' separators, no directory entries.
        const QString out = m_tmp.filePath(QStringLiteral("b2.difybndl"));
        auto size = Bundle::open(dir)->packageTo(out);
        QVERIFY2(size.hasValue(), size ? "" : qPrintable(size.error().toString()));
        auto reader = PackageReader::open(out, ReadLimits::bundle());
        QVERIFY2(reader.hasValue(), reader ? "" : qPrintable(reader.error().toString()));
        QCOMPARE((*reader)->names(), (QStringList{QStringLiteral("manifest.yaml"), QStringLiteral("_assets/") + *sum,
                                                  QStringLiteral("_assets/icon.svg"), QStringLiteral("README.md")}));

        // Edit the .difybndl in place and re-read it.
        auto arch = Bundle::open(out);
        QVERIFY(arch.hasValue());
        QVERIFY(arch->isArchive());
        QVERIFY(arch->bumpVersion(QStringLiteral("0.2.0")).hasValue());
        QVERIFY(arch->save().hasValue());
        auto arch2 = Bundle::open(out);
        QCOMPARE(arch2->manifest()->version, QStringLiteral("0.2.0"));
        QCOMPARE(arch2->assets(), (QStringList{*sum, QStringLiteral("icon.svg")}));
        QVERIFY(arch2->manifestText().contains("# keep this comment"));
    }

    void hostileBundleRefused()
    {
        // Not a zip / no manifest.
        const QString junk = m_tmp.filePath(QStringLiteral("junk.difybndl"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nope");
        f.close();
        QVERIFY(!Bundle::open(junk).hasValue());
        QCOMPARE(Bundle::open(m_tmp.filePath(QStringLiteral("none"))).error().code, ErrorCode::NotFound);
        // A package is not a bundle: it opens as a zip, but its manifest is not a bundle manifest
        // or lacks fields; either way we must not crash and must report.
        auto asBundle = Bundle::open(m_pkg);
        if (asBundle) {
            ValidationReport rep;
            (void)asBundle->manifest(&rep);
            QVERIFY(rep.hasErrors());
        }
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
