// SPDX-License-Identifier: GPL-3.0-or-later
// The real plugin-studio-cli binary: package -> inspect -> keygen -> sign -> verify -> tamper,
// plus checksum and the failure exit codes.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QString &cwd)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(QStringLiteral(STUDIO_CLI), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + QLatin1Char('/') + QDir(from).relativeFilePath(src);
        QDir().mkpath(QFileInfo(dst).absolutePath());
        QFile::copy(src, dst);
    }
}

} // namespace

class TestCliPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void helpWorks()
    {
        for (const char *c : {"package", "inspect", "checksum", "keygen", "sign", "verify"}) {
            const Run r = cli({QString::fromLatin1(c), QStringLiteral("--help")}, m_tmp.path());
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Usage:")), qPrintable(r.out));
        }
    }

    void roundTrip()
    {
        const QString cwd = m_tmp.path();
        const QString plugin = QStringLiteral(STUDIO_FIXTURES "/plugins/tool");
        Run r = cli({QStringLiteral("package"), plugin, QStringLiteral("-o"), QStringLiteral("weather.difypkg")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^studio_tests/weather_tool:0\\.0\\.1@[a-f0-9]{64}$")).match(id).hasMatch(), qPrintable(id));

        // checksum of the package == checksum in the identifier == checksum of the folder
        r = cli({QStringLiteral("checksum"), QStringLiteral("weather.difypkg")}, cwd);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), id.section(QLatin1Char('@'), 1));
        r = cli({QStringLiteral("checksum"), plugin}, cwd);
        QCOMPARE(r.out.trimmed(), id.section(QLatin1Char('@'), 1));

        r = cli({QStringLiteral("inspect"), QStringLiteral("weather.difypkg"), QStringLiteral("--json")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("identifier")).toString(), id);
        QCOMPARE(info.value(QStringLiteral("manifest")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("weather_tool"));
        QCOMPARE(info.value(QStringLiteral("signature")).toObject().value(QStringLiteral("signed")).toBool(), false);
        QVERIFY(info.value(QStringLiteral("files")).toArray().size() >= 8);
        r = cli({QStringLiteral("inspect"), QStringLiteral("weather.difypkg")}, cwd);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("unsigned")));

        r = cli({QStringLiteral("keygen"), QStringLiteral("mykey"), QStringLiteral("--bits"), QStringLiteral("2048")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("keygen"), QStringLiteral("other"), QStringLiteral("--bits"), QStringLiteral("2048")}, cwd);
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(m_tmp.filePath(QStringLiteral("mykey.private.pem"))));

        r = cli({QStringLiteral("sign"), QStringLiteral("weather.difypkg"), QStringLiteral("--key"), QStringLiteral("mykey.private.pem"),
                 QStringLiteral("--category"), QStringLiteral("community")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString signedId = r.out.trimmed();
        QVERIFY(signedId != id); // the verification file changes the checksum
        QVERIFY(QFileInfo::exists(m_tmp.filePath(QStringLiteral("weather.signed.difypkg"))));

        r = cli({QStringLiteral("verify"), QStringLiteral("weather.signed.difypkg"), QStringLiteral("--key"), QStringLiteral("mykey.public.pem")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("community")));
        // Official key only / other key / unsigned: exit 1.
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("weather.signed.difypkg")}, cwd).code, 1);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("weather.signed.difypkg"), QStringLiteral("--key"), QStringLiteral("other.public.pem")}, cwd).code, 1);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("weather.difypkg"), QStringLiteral("--key"), QStringLiteral("mykey.public.pem")}, cwd).code, 1);
        // Comma list with a good key and a missing path fails as a whole, like the daemon.
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("weather.signed.difypkg"), QStringLiteral("--key"),
                      QStringLiteral(" mykey.public.pem , /non/existent ")}, cwd).code, 1);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("weather.signed.difypkg"), QStringLiteral("--key"),
                      QStringLiteral(" other.public.pem , mykey.public.pem ")}, cwd).code, 0);

        // Tamper with the comment: still opens, no longer verifies.
        QFile f(m_tmp.filePath(QStringLiteral("weather.signed.difypkg")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QByteArray commentTampered = bytes;
        commentTampered[commentTampered.size() - 10] = commentTampered[commentTampered.size() - 10] == '0' ? '1' : '0';
        QFile t(m_tmp.filePath(QStringLiteral("tampered.difypkg")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(commentTampered);
        t.close();
        r = cli({QStringLiteral("verify"), QStringLiteral("tampered.difypkg"), QStringLiteral("--key"), QStringLiteral("mykey.public.pem")}, cwd);
        QCOMPARE(r.code, 1);
        // Tamper with file content (one byte of the first entry's data): refused or unverified.
        QByteArray contentTampered = bytes;
        const int nameLen = quint8(bytes[26]) | (quint8(bytes[27]) << 8);
        contentTampered[30 + nameLen + 3] = char(contentTampered[30 + nameLen + 3] ^ 0x5a);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(contentTampered);
        t.close();
        r = cli({QStringLiteral("verify"), QStringLiteral("tampered.difypkg"), QStringLiteral("--key"), QStringLiteral("mykey.public.pem")}, cwd);
        QVERIFY2(r.code == 1 || r.code == 2, qPrintable(r.out + r.err));

        // Re-sign the signed package: exactly one verification file.
        r = cli({QStringLiteral("sign"), QStringLiteral("weather.signed.difypkg"), QStringLiteral("--key"), QStringLiteral("other.private.pem")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("inspect"), QStringLiteral("weather.signed.signed.difypkg"), QStringLiteral("--json"), QStringLiteral("--key"), QStringLiteral("other.public.pem")}, cwd);
        const QJsonObject resigned = QJsonDocument::fromJson(r.out.toUtf8()).object();
        int count = 0;
        for (const QJsonValue &v : resigned.value(QStringLiteral("files")).toArray())
            count += v.toObject().value(QStringLiteral("name")).toString() == QLatin1String(".verification.dify.json");
        QCOMPARE(count, 1);
        QCOMPARE(resigned.value(QStringLiteral("signature")).toObject().value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(resigned.value(QStringLiteral("signature")).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("langgenius"));
    }

    void failures()
    {
        const QString cwd = m_tmp.path();
        // Invalid plugin: exit 1 with the report on stderr, no package.
        const QString bad = m_tmp.filePath(QStringLiteral("bad"));
        copyTree(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), bad);
        QFile::remove(bad + QStringLiteral("/provider/weather.yaml"));
        Run r = cli({QStringLiteral("package"), bad, QStringLiteral("-o"), QStringLiteral("bad.difypkg")}, cwd);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("provider/weather.yaml")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("bad.difypkg"))));
        // Missing folder / unreadable package: exit 2.
        QCOMPARE(cli({QStringLiteral("package"), QStringLiteral("/nonexistent/plugin")}, cwd).code, 2);
        QFile junk(m_tmp.filePath(QStringLiteral("junk.difypkg")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a zip file at all");
        junk.close();
        r = cli({QStringLiteral("inspect"), QStringLiteral("junk.difypkg")}, cwd);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("zip")));
        QCOMPARE(cli({QStringLiteral("checksum"), QStringLiteral("junk.difypkg")}, cwd).code, 2);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("junk.difypkg")}, cwd).code, 2);
        // Usage errors.
        QCOMPARE(cli({QStringLiteral("sign"), QStringLiteral("x.difypkg")}, cwd).code, 64);
        QCOMPARE(cli({QStringLiteral("package")}, cwd).code, 64);
        QCOMPARE(cli({QStringLiteral("sign"), QStringLiteral("x.difypkg"), QStringLiteral("--key"), QStringLiteral("k"), QStringLiteral("--category"), QStringLiteral("gold")}, cwd).code, 64);
        // Size limit.
        const QString big = m_tmp.filePath(QStringLiteral("big"));
        copyTree(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), big);
        QFile blob(big + QStringLiteral("/blob.bin"));
        QVERIFY(blob.open(QIODevice::WriteOnly));
        blob.write(QByteArray(2 * 1024 * 1024, 'b'));
        blob.close();
        r = cli({QStringLiteral("package"), big, QStringLiteral("--max-size"), QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("big.difypkg")}, cwd);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("blob.bin")), qPrintable(r.err));
    }

    // #19: `package` refuses by default what `dify plugin package` refuses (the daemon's struct
    // tags: here the tag `utility`, which is not one of Dify's tags); --level install is the
    // explicit loosening, and then the finding is printed as a warning with what it means.
    void strictByDefault()
    {
        const QString cwd = m_tmp.path();
        const QString dir = m_tmp.filePath(QStringLiteral("badtag"));
        copyTree(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), dir);
        QFile mf(dir + QStringLiteral("/manifest.yaml"));
        QVERIFY(mf.open(QIODevice::ReadOnly));
        QByteArray manifest = mf.readAll();
        mf.close();
        QVERIFY(manifest.contains("tags: [utilities]"));
        manifest.replace("tags: [utilities]", "tags: [utility]");
        QVERIFY(mf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        mf.write(manifest);
        mf.close();

        // Default: refused, the finding named, nothing written, and the way out said.
        Run r = cli({QStringLiteral("package"), dir, QStringLiteral("-o"), QStringLiteral("badtag.difypkg")}, cwd);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("[tag.invalid]")) && r.err.contains(QStringLiteral("utility")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--level install")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("badtag.difypkg"))));
        // --level strict is the same as the default.
        r = cli({QStringLiteral("package"), dir, QStringLiteral("--level"), QStringLiteral("strict"), QStringLiteral("-o"),
                 QStringLiteral("badtag.difypkg")},
                cwd);
        QCOMPARE(r.code, 1);

        // Loosened on purpose: packaged, the finding kept as a warning with its consequence.
        r = cli({QStringLiteral("package"), dir, QStringLiteral("--level"), QStringLiteral("install"), QStringLiteral("-o"),
                 QStringLiteral("badtag.difypkg")},
                cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(m_tmp.filePath(QStringLiteral("badtag.difypkg"))));
        QVERIFY2(QRegularExpression(QStringLiteral("manifest\\.yaml:\\d+: warning \\[tag\\.invalid\\] [^\\n]*\"utility\"[^\\n]*Dify tag"))
                     .match(r.err)
                     .hasMatch(),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("`dify plugin package` (which the Marketplace re-runs) refuses this plugin: 1 finding(s)")),
                 qPrintable(r.err));
        // --quiet drops the warning lines, never the consequence.
        QFile::remove(m_tmp.filePath(QStringLiteral("badtag.difypkg")));
        r = cli({QStringLiteral("package"), dir, QStringLiteral("--level"), QStringLiteral("install"), QStringLiteral("-q"),
                 QStringLiteral("-o"), QStringLiteral("badtag.difypkg")},
                cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("[tag.invalid]")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("refuses this plugin: 1 finding(s)")), qPrintable(r.err));

        // A clean plugin packages at the default level with no such line.
        r = cli({QStringLiteral("package"), QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), QStringLiteral("-o"),
                 QStringLiteral("clean.difypkg")},
                cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("refuses this plugin")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("package"), dir, QStringLiteral("--level"), QStringLiteral("lenient")}, cwd).code, 64);
    }

    void bundleCommands()
    {
        const QString cwd = m_tmp.path();
        Run r = cli({QStringLiteral("package"), QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), QStringLiteral("-o"), QStringLiteral("forbundle.difypkg")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString checksum = r.out.trimmed().section(QLatin1Char('@'), 1);
        r = cli({QStringLiteral("bundle"), QStringLiteral("init"), QStringLiteral("bnd"), QStringLiteral("--name"), QStringLiteral("my_bundle"),
                 QStringLiteral("--author"), QStringLiteral("me")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("bundle"), QStringLiteral("init"), QStringLiteral("bnd2")}, cwd).code, 64); // --name/--author required
        r = cli({QStringLiteral("bundle"), QStringLiteral("append"), QStringLiteral("marketplace"), QStringLiteral("bnd"), QStringLiteral("-m"),
                 QStringLiteral("langgenius/openai:^0.0.1")}, cwd);
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("bundle"), QStringLiteral("append"), QStringLiteral("github"), QStringLiteral("bnd"), QStringLiteral("-r"),
                 QStringLiteral("owner/repo:1.0.0/")}, cwd);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("not a valid GitHub pattern")));
        r = cli({QStringLiteral("bundle"), QStringLiteral("append"), QStringLiteral("package"), QStringLiteral("bnd"), QStringLiteral("-p"),
                 QStringLiteral("forbundle.difypkg")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), checksum);
        QCOMPARE(cli({QStringLiteral("bundle"), QStringLiteral("bump"), QStringLiteral("bnd"), QStringLiteral("-t"), QStringLiteral("0.3.0")}, cwd).code, 0);
        QCOMPARE(cli({QStringLiteral("bundle"), QStringLiteral("remove"), QStringLiteral("bnd"), QStringLiteral("-i"), QStringLiteral("0")}, cwd).code, 0);
        QCOMPARE(cli({QStringLiteral("bundle"), QStringLiteral("remove"), QStringLiteral("bnd"), QStringLiteral("-i"), QStringLiteral("5")}, cwd).code, 1);
        r = cli({QStringLiteral("bundle"), QStringLiteral("package"), QStringLiteral("bnd")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(m_tmp.filePath(QStringLiteral("bnd.difybndl"))));
        r = cli({QStringLiteral("bundle"), QStringLiteral("analyze"), QStringLiteral("bnd.difybndl"), QStringLiteral("--json")}, cwd);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("0.3.0"));
        const QJsonArray deps = o.value(QStringLiteral("dependencies")).toArray();
        QCOMPARE(deps.size(), 1);
        QCOMPARE(deps.at(0).toObject().value(QStringLiteral("value")).toString(), checksum);
        QVERIFY(o.value(QStringLiteral("assets")).toArray().contains(QJsonValue(checksum)));
    }
};

QTEST_GUILESS_MAIN(TestCliPackage)
#include "tst_cli_package.moc"
