// SPDX-License-Identifier: GPL-3.0-or-later
// The Publish page on a real plugin folder, the loopback Marketplace and the GitHub stand-in:
// the checklist lists blocking checks first with their findings (file, line, what to do), a
// finding's row opens its file, quick fixes change the folder and the page checks again until
// nothing blocks; then the pull request and the release run end to end from the page's buttons.
// The CI stage (Python 3.12 + the real SDK) has its own tests (tst_publish_preflight).
#include "app/publish/publishpage.h"
#include "app/studiocontext.h"
#include "core/scaffold/scaffold.h"
#include "tests/fixtures/github/githubstandin.h"
#include "../core/tst_marketplace_fakeserver.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Studio;
using namespace Studio::App;
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

} // namespace

class TestPublishPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<TestSupport::FakeHttpServer> m_market;
    std::unique_ptr<TestSupport::GitHubStandIn> m_gh;

    QString plugin(const QString &name)
    {
        Scaffold::ScaffoldOptions o;
        o.kind = Scaffold::PluginKind::Tool;
        o.name = name;
        o.author = QStringLiteral("acme");
        o.description = QStringLiteral("A demo tool.");
        o.repo = QStringLiteral("https://github.com/acme/") + name;
        o.contact = QStringLiteral("dev@acme.example");
        const QString dir = m_tmp.filePath(name);
        const auto written = Scaffold::generatePlugin(o, dir);
        if (!written)
            qFatal("scaffold: %s", qPrintable(written.error().toString()));
        return dir;
    }

    void configure(PublishPage &page)
    {
        PreflightOptions o;
        o.marketplace = m_market->url();
        o.githubApi = m_gh->url();
        o.githubToken = QStringLiteral("tok-octo");
        // python_compile on the interpreter given (the CI stage has its own tests on 3.12).
        o.python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        page.setBaseOptions(o);
        page.setSkippedChecks({QStringLiteral("deps_install"), QStringLiteral("plugin_install")});
        page.setPullRequestPollMs(50);
    }

    static bool check(PublishPage &page)
    {
        QSignalSpy done(&page, &PublishPage::checkFinished);
        page.runCheck();
        return done.wait(120000);
    }

    static QTreeWidgetItem *row(PublishPage &page, const QString &checkId)
    {
        for (int i = 0; i < page.checklist()->topLevelItemCount(); ++i)
            if (page.checklist()->topLevelItem(i)->data(0, Qt::UserRole).toString() == checkId)
                return page.checklist()->topLevelItem(i);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_DATA_HOME", m_tmp.filePath(QStringLiteral("xdg")).toUtf8());
        qunsetenv("GITHUB_TOKEN");
    }

    void init()
    {
        m_market = std::make_unique<TestSupport::FakeHttpServer>();
        QVERIFY(m_market->start());
        m_gh = std::make_unique<TestSupport::GitHubStandIn>();
        QVERIFY(m_gh->start());
        m_gh->addUser(QStringLiteral("tok-octo"), QStringLiteral("octo"));
        m_gh->addRepo(QStringLiteral("langgenius"), QStringLiteral("dify-plugins"), {{QStringLiteral("README.md"), "x"}});
    }

    void checklistBlockingFirstAndQuickFixes()
    {
        const QString dir = plugin(QStringLiteral("broken"));
        // What users do: no contact, a Finder file in a folder, a two-part SDK bound.
        QByteArray manifest = readAll(dir + QStringLiteral("/manifest.yaml"));
        manifest.replace("contact: \"dev@acme.example\"\n", "");
        writeAll(dir + QStringLiteral("/manifest.yaml"), manifest);
        QByteArray ignore = readAll(dir + QStringLiteral("/.difyignore"));
        ignore.replace(".DS_Store\n", ""); // the user's own .difyignore, without it
        writeAll(dir + QStringLiteral("/.difyignore"), ignore);
        writeAll(dir + QStringLiteral("/tools/.DS_Store"), QByteArray("\0\0\0\1Bud1", 8));
        QByteArray req = readAll(dir + QStringLiteral("/requirements.txt"));
        const qsizetype at = req.indexOf("dify_plugin");
        QVERIFY(at >= 0);
        req.replace(at, req.indexOf('\n', at) - at, "dify_plugin>=0.9,<0.10"); // compared as (0, 9) < (0, 9, 0)
        writeAll(dir + QStringLiteral("/requirements.txt"), req);

        StudioContext ctx(m_tmp.filePath(QStringLiteral("ws")));
        PublishPage page(&ctx);
        configure(page);
        page.resize(900, 900);
        page.setPath(dir);
        QVERIFY(check(page));
        QVERIFY(page.hasReport());
        QVERIFY(page.report().blockingCount() >= 3);
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("blocking")));
        QVERIFY(!page.pullRequestButton()->isEnabled());

        // Blocking checks first; every check of the report is a row.
        QTreeWidget *tree = page.checklist();
        QCOMPARE(tree->topLevelItemCount(), int(page.report().checks.size()));
        bool seenNonFailed = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const CheckResult *c = page.report().check(tree->topLevelItem(i)->data(0, Qt::UserRole).toString());
            QVERIFY(c);
            if (c->status != CheckStatus::Failed)
                seenNonFailed = true;
            else
                QVERIFY2(!seenNonFailed, qPrintable(c->id));
        }
        for (const char *id : {"manifest_metadata", "package_contents", "package_dependencies"}) {
            QTreeWidgetItem *r = row(page, QString::fromLatin1(id));
            QVERIFY2(r && r->data(0, Qt::UserRole + 4).toString() == QStringLiteral("blocking"), qPrintable(QLatin1String(id) + page.report().toText()));
            QVERIFY(r->childCount() > 0);
        }

        // A finding's row names file and line and opens it.
        QTreeWidgetItem *dep = row(page, QStringLiteral("package_dependencies"))->child(0);
        QVERIFY2(dep->text(1).startsWith(QStringLiteral("requirements.txt:")), qPrintable(dep->text(1)));
        QSignalSpy opened(&page, &PublishPage::locationActivated);
        emit tree->itemActivated(dep, 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), QStringLiteral("requirements.txt"));
        QVERIFY(opened.first().at(1).toInt() > 0);

        // Quick fixes are buttons on their rows; the page asks for the e-mail, refuses a bad one.
        QStringList asked;
        QStringList answers{QStringLiteral("no address"), QStringLiteral("me@acme.example")};
        page.setAsker([&](const QString &, const QString &prompt, bool secret) -> std::optional<QString> {
            asked << prompt;
            if (secret || answers.isEmpty())
                return std::nullopt;
            return answers.takeFirst();
        });
        for (const char *fix : {"add-contact", "sdk-bound", "remove-file"}) {
            auto *button = tree->findChild<QPushButton *>(QStringLiteral("quickFix_") + QLatin1String(fix));
            QVERIFY2(button, fix);
            QSignalSpy again(&page, &PublishPage::checkFinished);
            button->click();
            QVERIFY2(again.wait(120000), fix);
            tree = page.checklist();
        }
        QCOMPARE(asked.size(), 2); // the bad address was refused and asked again
        QVERIFY(asked.at(1).contains(QStringLiteral("e-mail")));
        QVERIFY(readAll(dir + QStringLiteral("/manifest.yaml")).contains("me@acme.example"));
        QVERIFY(readAll(dir + QStringLiteral("/requirements.txt")).contains("dify_plugin>=0.9.0,<0.10"));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/tools/.DS_Store")));
        QVERIFY2(page.report().blockingCount() == 0, qPrintable(page.report().toText()));
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("No blocking finding")));
        QVERIFY(page.outputView()->toPlainText().contains(QStringLiteral("Quick fix")));
    }

    void pullRequestAndReleaseFromThePage()
    {
        const QString dir = plugin(QStringLiteral("shipped"));
        m_gh->setCheckRunSequence({{{QStringLiteral("pre-check"), QStringLiteral("in_progress"), {}}},
                                   {{QStringLiteral("pre-check"), QStringLiteral("completed"), QStringLiteral("success")}}});
        m_gh->addRepo(QStringLiteral("acme"), QStringLiteral("shipped"));
        m_gh->addUser(QStringLiteral("tok-octo"), QStringLiteral("acme"));
        StudioContext ctx(m_tmp.filePath(QStringLiteral("ws2")));
        PublishPage page(&ctx);
        configure(page);
        page.setPath(dir);
        QVERIFY(check(page));
        QVERIFY2(page.report().blockingCount() == 0, qPrintable(page.report().toText()));
        // Without "What changed" there is nothing to submit.
        QVERIFY(!page.pullRequestButton()->isEnabled());
        page.whatChangedEdit()->setPlainText(QStringLiteral("First release of the shipped tool."));
        QVERIFY(page.pullRequestButton()->isEnabled());

        QSignalSpy published(&page, &PublishPage::publishFinished);
        page.pullRequestButton()->click();
        QVERIFY(published.wait(60000));
        QVERIFY2(published.first().at(0).toBool(), qPrintable(page.outputView()->toPlainText()));
        QCOMPARE(m_gh->pulls.size(), 1);
        const TestSupport::GhPull &pr = m_gh->pulls.first();
        for (const char *s : {"- **Plugin name**: shipped", "- **Version**: 0.0.1", "- [x] New plugin",
                              "First release of the shipped tool.", "plugin-studio-cli publish check shipped"})
            QVERIFY2(pr.body.contains(QLatin1String(s)), s);
        QCOMPARE(pr.body, page.pullRequestBody());
        QVERIFY(m_gh->filesOf(QStringLiteral("acme/dify-plugins"), pr.headRef)
                    .value(QStringLiteral("acme/shipped/shipped-0.0.1.difypkg"))
                    .startsWith("PK"));
        const QString out = page.outputView()->toPlainText();
        QVERIFY2(out.contains(QStringLiteral("Opened pull request #")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("checks passed")));

        // The release: the repository comes from the manifest's repo.
        QCOMPARE(page.releaseRepoEdit()->text(), QStringLiteral("acme/shipped"));
        QVERIFY(page.releaseButton()->isEnabled());
        published.clear();
        page.releaseButton()->click();
        QVERIFY(published.wait(60000));
        QVERIFY2(published.first().at(0).toBool(), qPrintable(page.outputView()->toPlainText()));
        QCOMPARE(m_gh->releases.size(), 1);
        QCOMPARE(m_gh->releases.first().tag, QStringLiteral("0.0.1"));
        QCOMPARE(m_gh->releases.first().assets.size(), 1);
        QCOMPARE(m_gh->releases.first().assets.first().name, QStringLiteral("shipped-0.0.1.difypkg"));
        const QString after = page.outputView()->toPlainText();
        QVERIFY2(after.contains(QStringLiteral("https://github.com/acme/shipped")), qPrintable(after));
        QVERIFY(after.contains(QStringLiteral("unsigned")));
    }

    void unreadablePathSaysSo()
    {
        StudioContext ctx(m_tmp.filePath(QStringLiteral("ws3")));
        PublishPage page(&ctx);
        configure(page);
        const QString notAPlugin = m_tmp.filePath(QStringLiteral("empty"));
        QDir().mkpath(notAPlugin);
        page.setPath(notAPlugin);
        QVERIFY(check(page));
        QVERIFY(!page.hasReport());
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("Cannot check")));
        QVERIFY(!page.pullRequestButton()->isEnabled());
        QVERIFY(!page.releaseButton()->isEnabled());
    }
};

QTEST_MAIN(TestPublishPage)
#include "tst_publishpage.moc"
