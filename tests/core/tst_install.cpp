// SPDX-License-Identifier: GPL-3.0-or-later
// InstallTask end to end: real packages (packager + signer), real SQLite workspace, loopback
// Marketplace and GitHub servers, bundles with every dependency kind, signature policy.
#include "core/runtime/localplugin.h"
#include "core/runtime/storage.h"
#include "core/workspace/installtask.h"
#include "core/workspace/updates.h"
#include "tst_install_support.h"
#include "tst_marketplace_fakeserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Workspace;
using TestSupport::FakeHttpServer;
using TestSupport::FakeResponse;

class TstInstall : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir work;
    QString keyPath;     // trusted private key
    QString otherKey;    // untrusted private key
    QByteArray trustedPem;

    std::unique_ptr<WorkspaceStore> openWs(const QString &dir)
    {
        auto ws = WorkspaceStore::open(dir);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        return std::move(ws.value());
    }

    QString pkg(const TestSupport::PackageSpec &spec)
    {
        QString err;
        const QString p = TestSupport::makePackage(work.path(), spec, &err);
        if (p.isEmpty())
            qFatal("cannot build the test package: %s", qPrintable(err));
        return p;
    }

    std::unique_ptr<InstallTask> run(WorkspaceStore *ws, const QString &spec, InstallOptions opts = {},
                                     Marketplace::MarketplaceClient *mp = nullptr)
    {
        auto src = InstallSource::parse(spec);
        if (!src)
            qFatal("%s", qPrintable(src.error().message));
        if (!opts.envPreparer)
            opts.skipEnv = true;
        auto t = std::make_unique<InstallTask>(ws, src.value(), opts);
        t->setMarketplaceClient(mp);
        t->waitForFinished(120000);
        return t;
    }

    static QString err(const InstallTask &t) { return t.error() ? t.error()->message : QString(); }

    // What "identical" means for a rollback: the installed rows and every file under plugins/.
    static QStringList snapshot(WorkspaceStore &ws)
    {
        QStringList out;
        for (const InstalledPlugin &p : ws.installedPlugins())
            out << QStringLiteral("row %1 %2 %3 enabled=%4").arg(p.uniqueIdentifier, p.installPath, p.source).arg(p.enabled);
        QDirIterator it(ws.pluginsDir(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << QStringLiteral("file ") + it.next().mid(ws.pluginsDir().size());
        out.sort();
        return out;
    }

    // A bundle zip: `deps` are manifest dependency items (YAML), `assets` embedded packages.
    QString bundle(const QString &name, const QByteArray &deps, const QStringList &embedded)
    {
        const QByteArray manifest = "name: " + name.toUtf8() + "\nlabels:\n  en_US: Kit\ndescription:\n  en_US: Test kit\nicon: icon.svg\n"
                                    "version: 0.0.1\nauthor: studio-tests\ntype: bundle\ntags: []\ndependencies:\n" + deps;
        QList<QPair<QString, QByteArray>> entries{{QStringLiteral("manifest.yaml"), manifest}, {QStringLiteral("_assets/icon.svg"), "<svg/>"}};
        for (const QString &e : embedded)
            entries.append({QStringLiteral("_assets/") + checksumOf(e), TestSupport::readAll(e)});
        const QString out = work.path() + QLatin1Char('/') + name + QStringLiteral(".difybndl");
        QFile::remove(out);
        if (!TestSupport::writeZip(out, entries))
            qFatal("cannot write the bundle %s", qPrintable(out));
        return out;
    }
    static QString checksumOf(const QString &pkgPath)
    {
        auto reader = Package::PackageReader::open(pkgPath);
        return reader ? (*reader)->checksum().value() : QString();
    }
    static QByteArray packageDep(const QString &pkgPath)
    {
        return "  - type: package\n    value:\n      path: " + checksumOf(pkgPath).toUtf8() + "\n";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(work.isValid());
        keyPath = work.path() + QStringLiteral("/trusted");
        otherKey = work.path() + QStringLiteral("/other");
        qunsetenv("GITHUB_TOKEN"); // the tests choose their tokens
        QVERIFY(Package::generateKeyPair(keyPath, 2048));
        QVERIFY(Package::generateKeyPair(otherKey, 2048));
        keyPath += QStringLiteral(".private.pem");
        otherKey += QStringLiteral(".private.pem");
        trustedPem = TestSupport::readAll(work.path() + QStringLiteral("/trusted.public.pem"));
    }

    void sourceParsing()
    {
        QVERIFY(!InstallSource::parse(QStringLiteral("marketplace:nonsense")));
        QVERIFY(!InstallSource::parse(QStringLiteral("github:owner-only@1.0/x.difypkg")));
        auto g = InstallSource::parse(QStringLiteral("github:acme/tools@v1.2.0/tools.difypkg"));
        QVERIFY(g);
        QCOMPARE(g->repo, QStringLiteral("acme/tools"));
        QCOMPARE(g->release, QStringLiteral("v1.2.0"));
        QCOMPARE(g->asset, QStringLiteral("tools.difypkg"));
        auto missing = InstallSource::parse(work.path() + QStringLiteral("/nope.difypkg"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void unsignedRefusedUnlessAllowed()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        const QString p = pkg(TestSupport::PackageSpec());
        auto t = run(ws.get(), p);
        QVERIFY(t->error());
        QCOMPARE(t->error()->code, ErrorCode::SignatureInvalid);
        QVERIFY2(err(*t).contains(QStringLiteral("bad signature")) && err(*t).contains(QStringLiteral("--allow-unsigned")), qPrintable(err(*t)));
        QVERIFY(ws->installedPlugins().isEmpty());
        QCOMPARE(ws->task(t->taskId())->status, QStringLiteral("failed"));
        // Nothing was extracted.
        QVERIFY(QDir(ws->pluginsDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

        InstallOptions allow;
        allow.allowUnsigned = true;
        auto ok = run(ws.get(), p, allow);
        QVERIFY2(!ok->error(), qPrintable(err(*ok)));
        QCOMPARE(ok->outcome().warnings.size(), 1);
        QVERIFY(ok->outcome().warnings.first().contains(QStringLiteral("not signed")));
        const auto row = ws->installed(QStringLiteral("studio-tests/echo_plugin"));
        QVERIFY(row);
        QVERIFY(!row->verified);
        QVERIFY(!row->isSigned);
        QCOMPARE(row->signatureCategory, QString());
        QCOMPARE(row->source, QStringLiteral("package"));
        QCOMPARE(row->category, QStringLiteral("tool"));
        QVERIFY(row->installPath.endsWith(QStringLiteral("/plugins/studio-tests/echo_plugin-0.0.1@") + row->uniqueIdentifier.section(QLatin1Char('@'), 1)));
        QVERIFY(QFile::exists(row->installPath + QStringLiteral("/manifest.yaml")));
        QCOMPARE(ws->task(ok->taskId())->status, QStringLiteral("success"));

        // The workspace setting works too.
        QVERIFY(ws->removeInstalled(row->pluginId));
        QVERIFY(ws->setAllowUnsignedPackages(true));
        auto viaSetting = run(ws.get(), p);
        QVERIFY2(!viaSetting->error(), qPrintable(err(*viaSetting)));
    }

    void signedWithTrustedKeyIsVerified()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        const QString p = pkg(TestSupport::PackageSpec().signedBy(keyPath, QStringLiteral("community")));
        auto refused = run(ws.get(), p); // key not trusted yet
        QVERIFY(refused->error());
        QCOMPARE(refused->error()->code, ErrorCode::SignatureInvalid);
        QVERIFY(ws->addTrustedKey(QStringLiteral("mine"), trustedPem));
        auto t = run(ws.get(), p);
        QVERIFY2(!t->error(), qPrintable(err(*t)));
        QVERIFY(t->outcome().warnings.isEmpty());
        const auto row = ws->installed(QStringLiteral("studio-tests/echo_plugin"));
        QVERIFY(row->verified);
        QVERIFY(row->isSigned);
        QCOMPARE(row->signatureCategory, QStringLiteral("community"));

        const QString wrong = pkg(TestSupport::PackageSpec().withVersion(QStringLiteral("0.0.2")).signedBy(otherKey, QStringLiteral("partner")));
        auto bad = run(ws.get(), wrong);
        QVERIFY(bad->error());
        QVERIFY(err(*bad).contains(QStringLiteral("does not verify")));
        QCOMPARE(ws->installed(QStringLiteral("studio-tests/echo_plugin"))->version, QStringLiteral("0.0.1"));
    }

    void upgradeDowngradeUninstallKeepsStorage()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        const QString v1 = pkg(TestSupport::PackageSpec());
        const QString v2 = pkg(TestSupport::PackageSpec().withVersion(QStringLiteral("0.0.2")));
        const QString other = pkg(TestSupport::PackageSpec().withName(QStringLiteral("other_plugin")));
        QVERIFY(!run(ws.get(), v1)->error());
        const QString oldPath = ws->installed(QStringLiteral("studio-tests/echo_plugin"))->installPath;

        // Plugin storage lives next to the workspace DB and is scoped by author/name.
        {
            Runtime::SqliteStorage storage(ws->storageDbPath());
            QVERIFY(storage.open());
            QVERIFY(storage.set(QStringLiteral("studio-tests/echo_plugin"), QStringLiteral("k"), "kept", 0));
        }
        Credential c;
        c.pluginId = QStringLiteral("studio-tests/echo_plugin");
        c.provider = QStringLiteral("echo");
        c.name = QStringLiteral("n");
        QVERIFY(ws->addCredential(c));

        InstallOptions up;
        up.upgradePluginId = QStringLiteral("studio-tests/echo_plugin");
        auto mismatch = run(ws.get(), other, up);
        QVERIFY(mismatch->error());
        QCOMPARE(mismatch->error()->code, ErrorCode::Conflict);
        QVERIFY(err(*mismatch).contains(QStringLiteral("plugin id are different")));

        auto upgraded = run(ws.get(), v2, up);
        QVERIFY2(!upgraded->error(), qPrintable(err(*upgraded)));
        QCOMPARE(upgraded->outcome().previous.first()->version, QStringLiteral("0.0.1"));
        const auto row = ws->installed(QStringLiteral("studio-tests/echo_plugin"));
        QCOMPARE(row->version, QStringLiteral("0.0.2"));
        QVERIFY(!QFileInfo::exists(oldPath)); // old folder removed after the swap
        QVERIFY(QFileInfo::exists(row->installPath));

        auto down = run(ws.get(), v1, up);
        QVERIFY(!down->error());
        QCOMPARE(ws->installed(QStringLiteral("studio-tests/echo_plugin"))->version, QStringLiteral("0.0.1"));

        // Reinstalling the same identifier reuses the folder.
        auto same = run(ws.get(), v1);
        QVERIFY(!same->error());
        QCOMPARE(ws->installedPlugins().size(), 1);

        const QString path = ws->installed(QStringLiteral("studio-tests/echo_plugin"))->installPath;
        auto removed = uninstallPlugin(*ws, QStringLiteral("studio-tests/echo_plugin"));
        QVERIFY(removed);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(ws->credentials(QStringLiteral("studio-tests/echo_plugin"))->isEmpty());
        QVERIFY(!uninstallPlugin(*ws, QStringLiteral("studio-tests/echo_plugin")));
        Runtime::SqliteStorage storage(ws->storageDbPath());
        QVERIFY(storage.open());
        QCOMPARE(storage.get(QStringLiteral("studio-tests/echo_plugin"), QStringLiteral("k")).value(), QByteArray("kept"));

        InstallOptions notInstalled;
        notInstalled.upgradePluginId = QStringLiteral("studio-tests/echo_plugin");
        auto t = run(ws.get(), v2, notInstalled);
        QCOMPARE(t->error()->code, ErrorCode::NotFound);
    }

    void hostilePackagesRefused()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        const QString garbage = work.path() + QStringLiteral("/garbage.difypkg");
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(4096, '\x07'));
        g.close();
        auto t = run(ws.get(), garbage);
        QVERIFY(t->error());
        QVERIFY(!err(*t).isEmpty());

        const QString traversal = work.path() + QStringLiteral("/traversal.difypkg");
        QVERIFY(TestSupport::writeZip(traversal, {{QStringLiteral("../evil.txt"), "x"}, {QStringLiteral("manifest.yaml"), "a: b"}}));
        auto tr = run(ws.get(), traversal);
        QVERIFY(tr->error());
        QCOMPARE(tr->error()->code, ErrorCode::Unsafe);
        QVERIFY(!QFileInfo::exists(data.path() + QStringLiteral("/evil.txt")));

        const QString notPlugin = work.path() + QStringLiteral("/notplugin.difypkg");
        QVERIFY(TestSupport::writeZip(notPlugin, {{QStringLiteral("manifest.yaml"), "version: [unclosed"}}));
        auto np = run(ws.get(), notPlugin);
        QVERIFY(np->error());
        QVERIFY2(err(*np).contains(QStringLiteral("not a valid plugin package")), qPrintable(err(*np)));

        InstallOptions small;
        small.limits.maxArchiveBytes = 100;
        auto big = run(ws.get(), pkg(TestSupport::PackageSpec()), small);
        QCOMPARE(big->error()->code, ErrorCode::TooLarge);
        QVERIFY(ws->installedPlugins().isEmpty());
    }

    void marketplaceAndGithubSources()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        const QByteArray mpBytes = TestSupport::readAll(pkg(TestSupport::PackageSpec().withName(QStringLiteral("mp_plugin"))));
        const QByteArray ghBytes = TestSupport::readAll(pkg(TestSupport::PackageSpec().withName(QStringLiteral("gh_plugin"))));
        FakeHttpServer server;
        QVERIFY(server.start());
        FakeResponse zip;
        zip.contentType = "application/zip";
        zip.body = mpBytes;
        server.onStatic("GET", "/api/v1/plugins/download", zip);
        FakeResponse gh;
        gh.contentType = "application/octet-stream";
        gh.body = ghBytes;
        server.onStatic("GET", "/studio-tests/gh/releases/download/v0.0.1/gh.difypkg", gh);

        Marketplace::MarketplaceClient mp;
        mp.setBaseUrl(server.url());
        mp.setCacheDir(data.path() + QStringLiteral("/mpcache"));
        const QString uid = QStringLiteral("studio-tests/mp_plugin:0.0.1@") + TestSupport::packageChecksum(mpBytes);
        QCOMPARE(uid.size(), QStringLiteral("studio-tests/mp_plugin:0.0.1@").size() + 64);
        // The source hands over other bytes (or another version) than the identifier names: refused.
        const QStringList wrongIds{QStringLiteral("studio-tests/mp_plugin:0.0.1@") + QString(64, QLatin1Char('0')),
                                   QStringLiteral("studio-tests/mp_plugin:0.0.2@") + TestSupport::packageChecksum(mpBytes)};
        for (const QString &wrong : wrongIds) {
            auto bad = run(ws.get(), QStringLiteral("marketplace:") + wrong, {}, &mp);
            QVERIFY(bad->error());
            QCOMPARE(bad->error()->code, ErrorCode::Unsafe);
            QVERIFY2(bad->error()->message.contains(QStringLiteral("not the package that was asked for")), qPrintable(err(*bad)));
            QVERIFY(ws->installedPlugins().isEmpty());
        }
        auto t = run(ws.get(), QStringLiteral("marketplace:") + uid, {}, &mp);
        QVERIFY2(!t->error(), qPrintable(err(*t)));
        auto row = ws->installed(QStringLiteral("studio-tests/mp_plugin"));
        QVERIFY(row);
        QCOMPARE(row->source, QStringLiteral("marketplace"));
        QCOMPARE(row->sourceMeta.value(QStringLiteral("plugin_unique_identifier")).toString(), uid);

        InstallOptions o;
        o.githubDownloadBase = server.url();
        auto g = run(ws.get(), QStringLiteral("github:studio-tests/gh@v0.0.1/gh.difypkg"), o);
        QVERIFY2(!g->error(), qPrintable(err(*g)));
        row = ws->installed(QStringLiteral("studio-tests/gh_plugin"));
        QCOMPARE(row->source, QStringLiteral("github"));
        QCOMPARE(row->sourceMeta.value(QStringLiteral("repo")).toString(), QStringLiteral("studio-tests/gh"));
        QCOMPARE(row->sourceMeta.value(QStringLiteral("version")).toString(), QStringLiteral("v0.0.1"));
        QCOMPARE(row->sourceMeta.value(QStringLiteral("package")).toString(), QStringLiteral("gh.difypkg"));

        // Update check: one batch request for the Marketplace-installed plugins only.
        server.onJson("POST", "/api/v1/plugins/batch",
                      R"({"plugins":[{"org":"studio-tests","name":"mp_plugin","latest_version":"0.0.4","latest_package_identifier":"studio-tests/mp_plugin:0.0.4@abc","status":"active"}]})");
        QVERIFY(ws->setAutoUpgrade(QStringLiteral("studio-tests/mp_plugin"), AutoUpgrade::FixOnly));
        std::optional<Result<QList<UpgradeCandidate>>> updates;
        checkUpdates(ws->installedPlugins(), &mp, [&](Result<QList<UpgradeCandidate>> r, bool) { updates = r; });
        QTRY_VERIFY_WITH_TIMEOUT(updates.has_value(), 10000);
        QVERIFY(updates->hasValue());
        QCOMPARE(updates->value().size(), 1);
        QCOMPARE(updates->value().first().pluginId, QStringLiteral("studio-tests/mp_plugin"));
        QCOMPARE(updates->value().first().installedVersion, QStringLiteral("0.0.1"));
        QCOMPARE(updates->value().first().latestVersion, QStringLiteral("0.0.4"));
        const QJsonArray asked = QJsonDocument::fromJson(server.requests.last().body).object().value(QStringLiteral("plugin_ids")).toArray();
        QCOMPARE(asked, QJsonArray{QStringLiteral("studio-tests/mp_plugin")}); // the GitHub install is not asked
        QCOMPARE(autoUpgradePlan(ws->installedPlugins(), updates->value()).size(), 1); // 0.0.1 -> 0.0.4 is a fix
        QVERIFY(ws->setAutoUpgrade(QStringLiteral("studio-tests/mp_plugin"), AutoUpgrade::Disabled));
        QVERIFY(autoUpgradePlan(ws->installedPlugins(), updates->value()).isEmpty());

        auto missing = run(ws.get(), QStringLiteral("github:studio-tests/gh@v9/gh.difypkg"), o);
        QCOMPARE(missing->error()->code, ErrorCode::NotFound);
        auto noClient = run(ws.get(), QStringLiteral("marketplace:") + uid);
        QVERIFY(noClient->error());
    }

    void bundleWithEveryDependencyKind()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        const QString embedded = pkg(TestSupport::PackageSpec().withName(QStringLiteral("embedded_plugin")));
        auto reader = Package::PackageReader::open(embedded);
        QVERIFY(reader);
        const QString sum = (*reader)->checksum().value();
        const QByteArray mp010 = TestSupport::readAll(pkg(TestSupport::PackageSpec().withName(QStringLiteral("mp_plugin")).withVersion(QStringLiteral("0.1.0"))));
        const QByteArray mp013 = TestSupport::readAll(pkg(TestSupport::PackageSpec().withName(QStringLiteral("mp_plugin")).withVersion(QStringLiteral("0.1.3"))));
        const QByteArray gh021 = TestSupport::readAll(pkg(TestSupport::PackageSpec().withName(QStringLiteral("gh_plugin")).withVersion(QStringLiteral("0.2.1"))));

        FakeHttpServer server;
        QVERIFY(server.start());
        const QString id010 = QStringLiteral("studio-tests/mp_plugin:0.1.0@") + TestSupport::packageChecksum(mp010);
        const QString id013 = QStringLiteral("studio-tests/mp_plugin:0.1.3@") + TestSupport::packageChecksum(mp013);
        const QString id020 = QStringLiteral("studio-tests/mp_plugin:0.2.0@") + QString(64, QLatin1Char('2'));
        server.onJson("GET", "/api/v1/plugins/studio-tests/mp_plugin/versions",
                      QJsonDocument(QJsonObject{{QStringLiteral("versions"),
                                                 QJsonArray{QJsonObject{{QStringLiteral("version"), QStringLiteral("0.2.0")}, {QStringLiteral("unique_identifier"), id020}},
                                                            QJsonObject{{QStringLiteral("version"), QStringLiteral("0.1.3")}, {QStringLiteral("unique_identifier"), id013}},
                                                            QJsonObject{{QStringLiteral("version"), QStringLiteral("0.1.0")}, {QStringLiteral("unique_identifier"), id010}}}}})
                          .toJson(QJsonDocument::Compact));
        server.on("GET", "/api/v1/plugins/download", [&](const TestSupport::FakeRequest &req) {
            FakeResponse r;
            r.contentType = "application/zip";
            const QString asked = req.query.queryItemValue(QStringLiteral("unique_identifier"), QUrl::FullyDecoded);
            r.body = asked == id013 ? mp013 : asked == id010 ? mp010 : QByteArray("not this one");
            return r;
        });
        server.onStatic("GET", "/repos/studio-tests/gh/releases",
                        FakeResponse{200, "application/json",
                                     R"([{"tag_name":"v0.3.0","assets":[]},{"tag_name":"v0.2.1","assets":[{"name":"gh.difypkg"}]},{"tag_name":"v0.2.0"}])"});
        server.onStatic("GET", "/studio-tests/gh/releases/download/v0.2.1/gh.difypkg", FakeResponse{200, "application/octet-stream", gh021});

        const QByteArray manifest = "name: kit\nlabels:\n  en_US: Kit\ndescription:\n  en_US: Test kit\nicon: icon.svg\n"
                                    "version: 0.0.1\nauthor: studio-tests\ntype: bundle\ntags: []\ndependencies:\n"
                                    "  - type: package\n    value:\n      path: " + sum.toUtf8() + "\n"
                                    "  - type: marketplace\n    value:\n      marketplace_pattern: studio-tests/mp_plugin:^0.1.0\n"
                                    "  - type: github\n    value:\n      repo_pattern: studio-tests/gh:0.2.x/gh.difypkg\n";
        const QString bundle = work.path() + QStringLiteral("/kit.difybndl");
        QVERIFY(TestSupport::writeZip(bundle, {{QStringLiteral("manifest.yaml"), manifest},
                                               {QStringLiteral("_assets/icon.svg"), "<svg/>"},
                                               {QStringLiteral("_assets/") + sum, TestSupport::readAll(embedded)}}));
        Marketplace::MarketplaceClient mp;
        mp.setBaseUrl(server.url());
        mp.setCacheDir(data.path() + QStringLiteral("/mpcache"));
        InstallOptions o;
        o.githubApiBase = server.url();
        o.githubDownloadBase = server.url();
        auto t = run(ws.get(), bundle, o, &mp);
        QVERIFY2(!t->error(), qPrintable(err(*t)));
        QCOMPARE(t->outcome().installed.size(), 3);
        QCOMPARE(ws->installed(QStringLiteral("studio-tests/embedded_plugin"))->source, QStringLiteral("package"));
        const auto mpRow = ws->installed(QStringLiteral("studio-tests/mp_plugin"));
        QCOMPARE(mpRow->version, QStringLiteral("0.1.3")); // ^0.1.0 picks 0.1.3, not 0.2.0
        QCOMPARE(mpRow->sourceMeta.value(QStringLiteral("plugin_unique_identifier")).toString(), id013);
        const auto ghRow = ws->installed(QStringLiteral("studio-tests/gh_plugin"));
        QCOMPARE(ghRow->version, QStringLiteral("0.2.1"));
        QCOMPARE(ghRow->sourceMeta.value(QStringLiteral("version")).toString(), QStringLiteral("v0.2.1"));

        // A bundle whose embedded package claims the langgenius author without the category.
        const QString fake = pkg(TestSupport::PackageSpec().withAuthor(QStringLiteral("langgenius")).withName(QStringLiteral("impostor")));
        auto fr = Package::PackageReader::open(fake);
        const QString fsum = (*fr)->checksum().value();
        const QByteArray m2 = "name: bad\nlabels:\n  en_US: Bad\ndescription:\n  en_US: Bad\nicon: icon.svg\nversion: 0.0.1\n"
                              "author: studio-tests\ntype: bundle\ntags: []\ndependencies:\n  - type: package\n    value:\n      path: "
            + fsum.toUtf8() + "\n";
        const QString badBundle = work.path() + QStringLiteral("/bad.difybndl");
        QVERIFY(TestSupport::writeZip(badBundle, {{QStringLiteral("manifest.yaml"), m2}, {QStringLiteral("_assets/") + fsum, TestSupport::readAll(fake)}}));
        auto bad = run(ws.get(), badBundle, o, &mp);
        QVERIFY(bad->error());
        QVERIFY2(err(*bad).contains(QStringLiteral("langgenius")), qPrintable(err(*bad)));
        QVERIFY(!ws->installed(QStringLiteral("langgenius/impostor")));

        // Missing embedded asset and an unresolvable pattern.
        const QByteArray m3 = "name: bad\nlabels:\n  en_US: Bad\ndescription:\n  en_US: Bad\nicon: icon.svg\nversion: 0.0.1\n"
                              "author: studio-tests\ntype: bundle\ntags: []\ndependencies:\n  - type: marketplace\n    value:\n"
                              "      marketplace_pattern: studio-tests/mp_plugin:^5.0.0\n";
        const QString unresolvable = work.path() + QStringLiteral("/unres.difybndl");
        QVERIFY(TestSupport::writeZip(unresolvable, {{QStringLiteral("manifest.yaml"), m3}}));
        auto un = run(ws.get(), unresolvable, o, &mp);
        QCOMPARE(un->error()->code, ErrorCode::NotFound);
        QVERIFY(err(*un).contains(QStringLiteral("0.1.3")));

        const QString noManifest = work.path() + QStringLiteral("/nomanifest.difybndl");
        QVERIFY(TestSupport::writeZip(noManifest, {{QStringLiteral("readme.md"), "x"}}));
        auto nm = run(ws.get(), noManifest, o, &mp);
        QVERIFY(err(*nm).contains(QStringLiteral("failed to load bundle manifest")));
    }

    // A bundle published on the Marketplace (marketplace-bundle:ORG/NAME@VERSION): its dependency
    // list comes from #13, each dependency installs as in a .difybndl, and a failing one rolls the
    // whole bundle back.
    void marketplaceBundle()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        const QByteArray mp = TestSupport::readAll(pkg(TestSupport::PackageSpec().withName(QStringLiteral("mp_plugin")).withVersion(QStringLiteral("0.1.3"))));
        const QByteArray gh = TestSupport::readAll(pkg(TestSupport::PackageSpec().withName(QStringLiteral("gh_plugin")).withVersion(QStringLiteral("0.2.1"))));
        const QString mpId = QStringLiteral("studio-tests/mp_plugin:0.1.3@") + TestSupport::packageChecksum(mp);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.on("GET", "/api/v1/plugins/download", [&](const TestSupport::FakeRequest &req) {
            FakeResponse r;
            r.contentType = "application/zip";
            r.body = req.query.queryItemValue(QStringLiteral("unique_identifier"), QUrl::FullyDecoded) == mpId ? mp : QByteArray();
            r.status = r.body.isEmpty() ? 404 : 200;
            return r;
        });
        server.onStatic("GET", "/repos/studio-tests/gh/releases",
                        FakeResponse{200, "application/json", R"([{"tag_name":"v0.2.1","assets":[{"name":"gh.difypkg"}]}])"});
        server.onStatic("GET", "/studio-tests/gh/releases/download/v0.2.1/gh.difypkg", FakeResponse{200, "application/octet-stream", gh});
        const QByteArray github = R"({"type":"github","value":{"repo":"studio-tests/gh","version":"v0.2.1","package":"gh.difypkg"}})";
        const auto marketplaceDep = [](const QString &identifier) {
            QByteArray dep(R"({"type":"marketplace","value":{"marketplace_plugin_unique_identifier":")");
            dep += identifier.toUtf8();
            dep += "\"}}";
            return dep;
        };
        const QByteArray suiteDeps = marketplaceDep(mpId) + "," + github;
        server.onJson("GET", "/api/v1/bundles/studio-tests/suite/1.0.0", QByteArray(R"({"version":{"dependencies":[)") + suiteDeps + "]}}");
        // The Marketplace dependency cannot be downloaded and comes last, so the GitHub one is
        // installed first and must be undone.
        const QByteArray brokenDeps = github + "," + marketplaceDep(QStringLiteral("studio-tests/gone:1.0.0@") + QString(64, QLatin1Char('9')));
        server.onJson("GET", "/api/v1/bundles/studio-tests/broken/1.0.0", QByteArray(R"({"version":{"dependencies":[)") + brokenDeps + "]}}");
        Marketplace::MarketplaceClient market;
        market.setBaseUrl(server.url());
        market.setCacheDir(data.path() + QStringLiteral("/mpcache"));
        InstallOptions o;
        o.githubApiBase = server.url();
        o.githubDownloadBase = server.url();

        QVERIFY(!InstallSource::parse(QStringLiteral("marketplace-bundle:studio-tests/suite")));
        QCOMPARE(InstallSource::parse(QStringLiteral("marketplace-bundle:studio-tests/suite@1.0.0"))->describe(),
                 QStringLiteral("marketplace-bundle:studio-tests/suite@1.0.0"));

        const QStringList before = snapshot(*ws);
        auto broken = run(ws.get(), QStringLiteral("marketplace-bundle:studio-tests/broken@1.0.0"), o, &market);
        QVERIFY(broken->error());
        QVERIFY2(err(*broken).contains(QStringLiteral("Bundle dependency 2 of 2")) && err(*broken).contains(QStringLiteral("rolled back")),
                 qPrintable(err(*broken)));
        QCOMPARE(snapshot(*ws), before);

        auto missing = run(ws.get(), QStringLiteral("marketplace-bundle:studio-tests/nothing@1.0.0"), o, &market);
        QVERIFY(missing->error());
        QVERIFY2(err(*missing).contains(QStringLiteral("could not give the contents")), qPrintable(err(*missing)));

        auto t = run(ws.get(), QStringLiteral("marketplace-bundle:studio-tests/suite@1.0.0"), o, &market);
        QVERIFY2(!t->error(), qPrintable(err(*t)));
        QCOMPARE(t->outcome().installed.size(), 2);
        const auto mpRow = ws->installed(QStringLiteral("studio-tests/mp_plugin"));
        QVERIFY(mpRow);
        QCOMPARE(mpRow->source, QStringLiteral("marketplace"));
        QCOMPARE(mpRow->uniqueIdentifier, mpId);
        QCOMPARE(ws->installed(QStringLiteral("studio-tests/gh_plugin"))->source, QStringLiteral("github"));
    }

    // A bundle whose third dependency 404s on the Marketplace: the two installed before it are
    // removed again, the workspace is identical to before (rows and files), and the error names
    // the dependency and says that the workspace was rolled back.
    void bundleRollsBackWhenADependencyFails()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        QVERIFY(!run(ws.get(), pkg(TestSupport::PackageSpec().withName(QStringLiteral("kept_plugin"))))->error());
        const QStringList before = snapshot(*ws);

        FakeHttpServer server;
        QVERIFY(server.start());
        const QString id = QStringLiteral("studio-tests/mp_plugin:0.1.0@") + QString(64, QLatin1Char('1'));
        server.onJson("GET", "/api/v1/plugins/studio-tests/mp_plugin/versions",
                      QJsonDocument(QJsonObject{{QStringLiteral("versions"),
                                                 QJsonArray{QJsonObject{{QStringLiteral("version"), QStringLiteral("0.1.0")},
                                                                        {QStringLiteral("unique_identifier"), id}}}}})
                          .toJson(QJsonDocument::Compact)); // ...but no download route: 404
        Marketplace::MarketplaceClient mp;
        mp.setBaseUrl(server.url());
        mp.setCacheDir(data.path() + QStringLiteral("/mpcache"));
        const QString a = pkg(TestSupport::PackageSpec().withName(QStringLiteral("first_plugin")));
        const QString b = pkg(TestSupport::PackageSpec().withName(QStringLiteral("second_plugin")));
        const QString file = bundle(QStringLiteral("fails3"),
                                    packageDep(a) + packageDep(b)
                                        + "  - type: marketplace\n    value:\n      marketplace_pattern: studio-tests/mp_plugin:0.1.0\n",
                                    {a, b});
        auto t = run(ws.get(), file, {}, &mp);
        QVERIFY(t->error());
        QVERIFY2(err(*t).contains(QStringLiteral("Bundle dependency 3 of 3 (studio-tests/mp_plugin:0.1.0) failed")), qPrintable(err(*t)));
        QVERIFY2(err(*t).contains(QStringLiteral("rolled back")) && err(*t).contains(QStringLiteral("removed studio-tests/first_plugin"))
                     && err(*t).contains(QStringLiteral("removed studio-tests/second_plugin")),
                 qPrintable(err(*t)));
        QCOMPARE(t->outcome().rolledBack.size(), 2);
        QVERIFY(t->outcome().installed.isEmpty());
        QCOMPARE(snapshot(*ws), before);
        QCOMPARE(ws->task(t->taskId())->status, QStringLiteral("failed"));
        QVERIFY(ws->task(t->taskId())->error.contains(QStringLiteral("rolled back")));
        // The downloads really were asked for (the 404 is what failed, not a resolution error).
        bool downloadAsked = false;
        for (const auto &r : server.requests)
            downloadAsked = downloadAsked || r.path == "/api/v1/plugins/download";
        QVERIFY(downloadAsked);
    }

    // A dependency upgrades an installed plugin, a later one fails: the old version is back (row,
    // folder, credentials, storage) and still starts; the new version's folder is gone. The same
    // bundle without the failing dependency upgrades for good and then drops the old folder.
    void bundleRollbackRestoresAnUpgradedPlugin()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        QVERIFY(!run(ws.get(), pkg(TestSupport::PackageSpec()))->error());
        const InstalledPlugin old = *ws->installed(QStringLiteral("studio-tests/echo_plugin"));
        QVERIFY(ws->setAutoUpgrade(old.pluginId, AutoUpgrade::FixOnly));
        Credential c;
        c.pluginId = old.pluginId;
        c.provider = QStringLiteral("echo");
        c.name = QStringLiteral("main");
        c.values = QJsonObject{{QStringLiteral("api_key"), QStringLiteral("kept")}};
        QVERIFY(ws->addCredential(c));
        {
            Runtime::SqliteStorage storage(ws->storageDbPath());
            QVERIFY(storage.open());
            QVERIFY(storage.set(old.pluginId, QStringLiteral("k"), "kept", 0));
        }
        const QStringList before = snapshot(*ws);

        FakeHttpServer server; // GitHub: the repository has no releases route -> 404
        QVERIFY(server.start());
        InstallOptions o;
        o.githubApiBase = server.url();
        o.githubDownloadBase = server.url();
        o.githubToken = QString();
        const QString v2 = pkg(TestSupport::PackageSpec().withVersion(QStringLiteral("0.0.2")));
        const QString other = pkg(TestSupport::PackageSpec().withName(QStringLiteral("other_plugin")));
        const QString file = bundle(QStringLiteral("upgrade-then-fail"),
                                    packageDep(v2) + packageDep(other)
                                        + "  - type: github\n    value:\n      repo_pattern: studio-tests/missing:0.1.0/x.difypkg\n",
                                    {v2, other});
        auto t = run(ws.get(), file, o);
        QVERIFY(t->error());
        QVERIFY2(err(*t).contains(QStringLiteral("Bundle dependency 3 of 3")) && err(*t).contains(QStringLiteral("HTTP 404"))
                     && err(*t).contains(QStringLiteral("restored studio-tests/echo_plugin 0.0.1")),
                 qPrintable(err(*t)));
        QCOMPARE(snapshot(*ws), before);
        const InstalledPlugin back = *ws->installed(old.pluginId);
        QCOMPARE(back.uniqueIdentifier, old.uniqueIdentifier);
        QCOMPARE(back.installPath, old.installPath);
        QCOMPARE(back.autoUpgrade, AutoUpgrade::FixOnly);
        QCOMPARE(ws->credentials(old.pluginId)->size(), 1);
        QCOMPARE(ws->credentials(old.pluginId)->first().values.value(QStringLiteral("api_key")).toString(), QStringLiteral("kept"));
        {
            Runtime::SqliteStorage storage(ws->storageDbPath());
            QVERIFY(storage.open());
            QCOMPARE(storage.get(old.pluginId, QStringLiteral("k")).value(), QByteArray("kept"));
        }
        // Still runnable: the restored folder starts and registers.
        Runtime::LocalPluginOptions lo;
        lo.interpreter = QStandardPaths::findExecutable(QStringLiteral("python3"));
        lo.restartOnCrash = false;
        Runtime::LocalPlugin plugin(back.installPath, lo, nullptr);
        plugin.start();
        QTRY_VERIFY_WITH_TIMEOUT(plugin.state() == Runtime::RuntimeState::Active, 60000);
        plugin.stop();

        // Without the failing dependency the upgrade sticks and the old folder goes at the end.
        const QString good = bundle(QStringLiteral("upgrade-ok"), packageDep(v2) + packageDep(other), {v2, other});
        auto ok = run(ws.get(), good, o);
        QVERIFY2(!ok->error(), qPrintable(err(*ok)));
        QCOMPARE(ws->installed(old.pluginId)->version, QStringLiteral("0.0.2"));
        QVERIFY(ws->installed(QStringLiteral("studio-tests/other_plugin")));
        QVERIFY(!QFileInfo::exists(old.installPath));
        QVERIFY(QFileInfo::exists(ws->installed(old.pluginId)->installPath));
    }

    // Cancel while the third dependency downloads: both earlier ones are undone.
    void bundleCancelRollsBack()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        QVERIFY(!run(ws.get(), pkg(TestSupport::PackageSpec()))->error());
        const QStringList before = snapshot(*ws);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.onStatic("GET", "/repos/studio-tests/slow/releases",
                        FakeResponse{200, "application/json", R"([{"tag_name":"v1.0.0","assets":[{"name":"slow.difypkg"}]}])"});
        FakeResponse slow;
        slow.contentType = "application/octet-stream";
        slow.body = QByteArray(4 * 1024 * 1024, 'x');
        slow.chunkDelayMs = 100;
        server.onStatic("GET", "/studio-tests/slow/releases/download/v1.0.0/slow.difypkg", slow);
        InstallOptions o;
        o.githubApiBase = server.url();
        o.githubDownloadBase = server.url();
        o.githubToken = QString();
        o.skipEnv = true;
        const QString v2 = pkg(TestSupport::PackageSpec().withVersion(QStringLiteral("0.0.2")));
        const QString other = pkg(TestSupport::PackageSpec().withName(QStringLiteral("other_plugin")));
        const QString file = bundle(QStringLiteral("cancelled"),
                                    packageDep(other) + packageDep(v2)
                                        + "  - type: github\n    value:\n      repo_pattern: studio-tests/slow:1.0.0/slow.difypkg\n",
                                    {v2, other});
        InstallTask t(ws.get(), InstallSource::parse(file).value(), o);
        QSignalSpy done(&t, &InstallTask::finished);
        bool downloading = false;
        connect(&t, &InstallTask::progress, this, [&downloading](const QString &l) {
            downloading = downloading || l.contains(QStringLiteral("slow.difypkg: "));
        });
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(downloading, 20000);
        QCOMPARE(ws->installedPlugins().size(), 2); // the first two are in...
        QCOMPARE(ws->installed(QStringLiteral("studio-tests/echo_plugin"))->version, QStringLiteral("0.0.2"));
        t.cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(t.error()->code, ErrorCode::Cancelled);
        QVERIFY2(err(t).contains(QStringLiteral("rolled back")), qPrintable(err(t)));
        QCOMPARE(ws->task(t.taskId())->status, QStringLiteral("cancelled"));
        QCOMPARE(snapshot(*ws), before); // ...and out again
    }

    // The GitHub token goes to the API origin only: not to a host the API redirects to, not to
    // the download host, not after the download host redirects elsewhere.
    void githubTokenStaysWithTheApi()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        QVERIFY(ws->setSecretSetting(QStringLiteral("github_token"), QStringLiteral("ghp_workspaceToken")));
        const QByteArray pkgBytes = TestSupport::readAll(pkg(TestSupport::PackageSpec().withName(QStringLiteral("gh_plugin"))));
        FakeHttpServer api, mirror, downloads;
        QVERIFY(api.start() && mirror.start() && downloads.start());
        // The API moved the listing to another host (a redirect the token must not follow).
        FakeResponse moved;
        moved.status = 302;
        moved.headers = {{"Location", mirror.url().toString().toUtf8() + "/listing/releases"}};
        api.onStatic("GET", "/repos/studio-tests/gh/releases", moved);
        mirror.onStatic("GET", "/listing/releases",
                        FakeResponse{200, "application/json", R"([{"tag_name":"v0.2.0","assets":[{"name":"gh.difypkg"}]}])"});
        FakeResponse toBlob;
        toBlob.status = 302;
        toBlob.headers = {{"Location", mirror.url().toString().toUtf8() + "/blob/gh.difypkg"}};
        downloads.onStatic("GET", "/studio-tests/gh/releases/download/v0.2.0/gh.difypkg", toBlob);
        mirror.onStatic("GET", "/blob/gh.difypkg", FakeResponse{200, "application/octet-stream", pkgBytes});

        InstallOptions o; // githubToken unset: resolved from $GITHUB_TOKEN (unset here), then the workspace
        o.githubApiBase = api.url();
        o.githubDownloadBase = downloads.url();
        const QString file = bundle(QStringLiteral("gh-token"),
                                    "  - type: github\n    value:\n      repo_pattern: studio-tests/gh:0.2.x/gh.difypkg\n", {});
        auto t = run(ws.get(), file, o);
        QVERIFY2(!t->error(), qPrintable(err(*t)));
        QCOMPARE(ws->installed(QStringLiteral("studio-tests/gh_plugin"))->version, QStringLiteral("0.0.1"));
        QCOMPARE(api.requests.size(), 1);
        QCOMPARE(api.requests.first().headers.value("authorization"), QByteArray("Bearer ghp_workspaceToken"));
        QCOMPARE(downloads.requests.size(), 1);
        QCOMPARE(mirror.requests.size(), 2);
        for (const auto &r : downloads.requests + mirror.requests)
            QVERIFY2(!r.headers.contains("authorization"), r.path.constData());

        // A same-origin redirect on the API keeps the token (it is still the API).
        FakeResponse renamed;
        renamed.status = 301;
        renamed.headers = {{"Location", "/repositories/42/releases"}};
        api.onStatic("GET", "/repos/studio-tests/gh/releases", renamed);
        api.onStatic("GET", "/repositories/42/releases",
                     FakeResponse{200, "application/json", R"([{"tag_name":"v0.2.0","assets":[{"name":"gh.difypkg"}]}])"});
        o.githubToken = QStringLiteral("ghp_explicit");
        auto again = run(ws.get(), file, o);
        QVERIFY2(!again->error(), qPrintable(err(*again)));
        QCOMPARE(api.requests.size(), 3);
        QCOMPARE(api.requests.at(1).headers.value("authorization"), QByteArray("Bearer ghp_explicit"));
        QCOMPARE(api.requests.at(2).path, QByteArray("/repositories/42/releases"));
        QCOMPARE(api.requests.at(2).headers.value("authorization"), QByteArray("Bearer ghp_explicit"));
        for (const auto &r : downloads.requests + mirror.requests)
            QVERIFY2(!r.headers.contains("authorization"), r.path.constData());
    }

    // Rate limits: a clear error that tells the user to set a token (or, with one, to wait).
    void githubRateLimitSaysSetAToken()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        FakeHttpServer api;
        QVERIFY(api.start());
        FakeResponse limited;
        limited.status = 403;
        limited.body = R"({"message":"API rate limit exceeded"})";
        limited.headers = {{"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", "1700000000"}};
        api.onStatic("GET", "/repos/studio-tests/gh/releases", limited);
        InstallOptions o;
        o.githubApiBase = api.url();
        o.githubDownloadBase = api.url();
        o.githubToken = QString();
        const QString file = bundle(QStringLiteral("gh-limited"),
                                    "  - type: github\n    value:\n      repo_pattern: studio-tests/gh:0.2.x/gh.difypkg\n", {});
        auto t = run(ws.get(), file, o);
        QVERIFY(t->error());
        QVERIFY2(err(*t).contains(QStringLiteral("rate limit")) && err(*t).contains(QStringLiteral("GITHUB_TOKEN"))
                     && err(*t).contains(QStringLiteral("--github-token")) && err(*t).contains(QStringLiteral("22:13 UTC")),
                 qPrintable(err(*t)));
        QVERIFY(!api.requests.first().headers.contains("authorization"));
        limited.status = 429;
        api.onStatic("GET", "/repos/studio-tests/gh/releases", limited);
        o.githubToken = QStringLiteral("ghp_used_up");
        auto withToken = run(ws.get(), file, o);
        QVERIFY2(err(*withToken).contains(QStringLiteral("rate limit for your token")), qPrintable(err(*withToken)));
        // A 403 that is not a rate limit stays an ordinary HTTP error.
        FakeResponse forbidden;
        forbidden.status = 403;
        forbidden.headers = {{"x-ratelimit-remaining", "4999"}};
        api.onStatic("GET", "/repos/studio-tests/gh/releases", forbidden);
        auto plain = run(ws.get(), file, o);
        QVERIFY2(err(*plain).contains(QStringLiteral("HTTP 403")) && !err(*plain).contains(QStringLiteral("rate limit")), qPrintable(err(*plain)));
        // A refused token says so.
        FakeResponse unauthorized;
        unauthorized.status = 401;
        api.onStatic("GET", "/repos/studio-tests/gh/releases", unauthorized);
        auto bad = run(ws.get(), file, o);
        QCOMPARE(bad->error()->code, ErrorCode::PermissionDenied);
        QVERIFY2(err(*bad).contains(QStringLiteral("refused the token")), qPrintable(err(*bad)));
    }

    // --github-token / $GITHUB_TOKEN / the workspace's sealed setting, in that order; the token is
    // never stored in clear.
    void githubTokenResolution()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QCOMPARE(resolveGithubToken(*ws), QString());
        QVERIFY(ws->setSecretSetting(QStringLiteral("github_token"), QStringLiteral("ghp_fromWorkspace")));
        QCOMPARE(resolveGithubToken(*ws), QStringLiteral("ghp_fromWorkspace"));
        qputenv("GITHUB_TOKEN", "ghp_fromEnv");
        QCOMPARE(resolveGithubToken(*ws), QStringLiteral("ghp_fromEnv"));
        QCOMPARE(resolveGithubToken(*ws, QStringLiteral(" ghp_explicit ")), QStringLiteral("ghp_explicit"));
        qunsetenv("GITHUB_TOKEN");
        QDirIterator it(data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("ghp_fromWorkspace"), qPrintable(f.fileName()));
        }
        QVERIFY(ws->setSecretSetting(QStringLiteral("github_token"), QString()));
        QCOMPARE(ws->githubToken(), QString());
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        FakeHttpServer server;
        QVERIFY(server.start());
        FakeResponse slow;
        slow.body = TestSupport::readAll(pkg(TestSupport::PackageSpec())) + QByteArray(2 * 1024 * 1024, '\0');
        slow.chunkDelayMs = 100;
        server.onStatic("GET", "/o/r/releases/download/v1/p.difypkg", slow);
        InstallOptions o;
        o.githubDownloadBase = server.url();
        o.skipEnv = true;
        InstallTask t(ws.get(), InstallSource::parse(QStringLiteral("github:o/r@v1/p.difypkg")).value(), o);
        QSignalSpy done(&t, &InstallTask::finished);
        QSignalSpy prog(&t, &InstallTask::progress);
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(prog.size() >= 2, 10000);
        t.cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(t.error()->code, ErrorCode::Cancelled);
        QCOMPARE(ws->task(t.taskId())->status, QStringLiteral("cancelled"));
        QVERIFY(ws->installedPlugins().isEmpty());
    }

    void concurrentInstallIsRefused()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QLockFile lock(ws->installLockPath());
        QVERIFY(lock.tryLock(0));
        InstallOptions allow;
        allow.allowUnsigned = true;
        auto t = run(ws.get(), pkg(TestSupport::PackageSpec()), allow);
        QCOMPARE(t->error()->code, ErrorCode::Conflict);
    }

    // The real thing: the runtime's EnvironmentManager prepares (and caches) the venv.
    void realEnvironmentPreparation()
    {
        QTemporaryDir data;
        auto ws = openWs(data.path());
        QVERIFY(ws->setAllowUnsignedPackages(true));
        InstallOptions o;
        o.envPreparer = runtimeEnvPreparer(data.path() + QStringLiteral("/envs"));
        // The package carries its wheels (like an export-offline package): no network needed.
        auto src = InstallSource::parse(pkg(TestSupport::offlineSpec(work.path())));
        InstallTask t(ws.get(), src.value(), o);
        QStringList lines;
        connect(&t, &InstallTask::progress, this, [&lines](const QString &l) { lines << l; });
        QVERIFY(t.waitForFinished(600000));
        QVERIFY2(!t.error(), qPrintable(err(t) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Python environment")));
        QVERIFY(QDir(data.path() + QStringLiteral("/envs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 1);
        QVERIFY(ws->installed(QStringLiteral("studio-tests/echo_plugin")));
        QVERIFY(QFile::exists(ws->installed(QStringLiteral("studio-tests/echo_plugin"))->installPath + QStringLiteral("/wheels")));

        // An environment that cannot be prepared keeps the previous state: nothing installed.
        QTemporaryDir data2;
        auto ws2 = openWs(data2.path());
        QVERIFY(ws2->setAllowUnsignedPackages(true));
        InstallOptions o2;
        o2.envPreparer = [](const QString &, std::function<void(const QString &)>, std::function<void(VoidResult)> done) {
            QTimer::singleShot(0, [done] { done(Error(ErrorCode::ProcessFailed, QStringLiteral("pip exploded"))); });
            return std::function<void()>([] {});
        };
        InstallTask t2(ws2.get(), src.value(), o2);
        QVERIFY(t2.waitForFinished(60000));
        QVERIFY(t2.error());
        QVERIFY(err(t2).contains(QStringLiteral("pip exploded")));
        QVERIFY(ws2->installedPlugins().isEmpty());
        QVERIFY(QDir(ws2->pluginsDir() + QStringLiteral("/studio-tests")).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstInstall)
#include "tst_install.moc"
