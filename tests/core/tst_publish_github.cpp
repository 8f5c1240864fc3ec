// SPDX-License-Identifier: GPL-3.0-or-later
// The pull request and the GitHub release, end to end against the loopback GitHub stand-in
// (tests/fixtures/github/githubstandin.h): fork or reuse the fork, one file on a new branch, the
// PR, its check runs; the release with its only asset; every refusal (a file or a release asset
// that exists, a foreign fork, a bad token, an upload address elsewhere).
#include "core/package/packagewriter.h"
#include "core/publish/githubclient.h"
#include "core/publish/publishflows.h"
#include "core/scaffold/scaffold.h"
#include "tests/fixtures/github/githubstandin.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio;
using namespace Studio::Publish;
using TestSupport::GhCheckRun;
using TestSupport::GitHubStandIn;

class TestPublishGitHub : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void pullRequestForksAndOpens();
    void pullRequestReusesFork();
    void pullRequestFollowsFailingChecks();
    void pullRequestNeverOverwrites();
    void pullRequestTakesNextBranchName();
    void pullRequestRefusesForeignRepoOfSameName();
    void pullRequestTokens();
    void releaseCreatesTagAndOnlyAsset();
    void releaseKeepsEarlierAndRefusesReplacing();
    void releaseWarnsAboveDifyLimit();
    void uploadAddressElsewhereIsRefused();

private:
    PullRequestOptions prOptions() const;
    bool runPr(PullRequestFlow &flow, const PullRequestOptions &o);
    bool runRelease(ReleaseFlow &flow, const ReleaseOptions &o);

    QTemporaryDir m_tmp;
    QString m_package;
    QByteArray m_bytes;
    std::unique_ptr<GitHubStandIn> m_gh;
};

void TestPublishGitHub::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    Scaffold::ScaffoldOptions o;
    o.name = QStringLiteral("demo");
    o.author = QStringLiteral("acme");
    o.description = QStringLiteral("A demo tool.");
    o.repo = QStringLiteral("https://github.com/acme/demo");
    o.contact = QStringLiteral("dev@acme.example");
    QVERIFY(Scaffold::generatePlugin(o, m_tmp.filePath(QStringLiteral("demo"))));
    Package::PackageOptions po;
    po.outputPath = m_tmp.filePath(QStringLiteral("demo.difypkg"));
    const auto r = Package::packagePlugin(m_tmp.filePath(QStringLiteral("demo")), po);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    m_package = r->outputPath;
    QFile f(m_package);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_bytes = f.readAll();
}

void TestPublishGitHub::init()
{
    m_gh = std::make_unique<GitHubStandIn>();
    QVERIFY(m_gh->start());
    m_gh->addUser(QStringLiteral("tok-octo"), QStringLiteral("octo"));
    m_gh->addRepo(QStringLiteral("langgenius"), QStringLiteral("dify-plugins"),
                  {{QStringLiteral("README.md"), "# plugins\n"},
                   {QStringLiteral("acme/other/other-0.0.1.difypkg"), "PK-old"}});
}

PullRequestOptions TestPublishGitHub::prOptions() const
{
    PullRequestOptions o;
    o.githubApi = m_gh->url();
    o.token = QStringLiteral("tok-octo");
    o.packagePath = m_package;
    o.author = QStringLiteral("acme");
    o.name = QStringLiteral("demo");
    o.version = QStringLiteral("0.0.1");
    o.title = QStringLiteral("add demo plugin 0.0.1");
    o.body = QStringLiteral("## Plugin information\n\n- **Author**: acme\n");
    o.pollMs = 20;
    o.forkWaitMs = 5000;
    return o;
}

bool TestPublishGitHub::runPr(PullRequestFlow &flow, const PullRequestOptions &o)
{
    QSignalSpy done(&flow, &PullRequestFlow::finished);
    flow.start(o);
    return done.wait(20000) && done.size() == 1;
}

bool TestPublishGitHub::runRelease(ReleaseFlow &flow, const ReleaseOptions &o)
{
    QSignalSpy done(&flow, &ReleaseFlow::finished);
    flow.start(o);
    return done.wait(20000) && done.size() == 1;
}

void TestPublishGitHub::pullRequestForksAndOpens()
{
    m_gh->setForkDelay(2); // the new fork answers 404 twice, as GitHub's asynchronous forking does
    m_gh->setCheckRunSequence({{{QStringLiteral("pre-check"), QStringLiteral("queued"), {}}},
                               {{QStringLiteral("pre-check"), QStringLiteral("in_progress"), {}}},
                               {{QStringLiteral("pre-check"), QStringLiteral("completed"), QStringLiteral("success")},
                                {QStringLiteral("risk-label"), QStringLiteral("completed"), QStringLiteral("neutral")}}});
    PullRequestFlow flow;
    QSignalSpy updates(&flow, &PullRequestFlow::checksUpdated);
    QVERIFY(runPr(flow, prOptions()));
    QVERIFY2(!flow.error(), qPrintable(flow.error() ? flow.error()->message : QString()));
    const PullRequestOutcome &out = flow.outcome();
    QCOMPARE(out.login, QStringLiteral("octo"));
    QCOMPARE(out.fork, QStringLiteral("octo/dify-plugins"));
    QVERIFY(out.forkCreated);
    QCOMPARE(out.branch, QStringLiteral("bump-demo-plugin-0.0.1"));
    QCOMPARE(out.filePath, QStringLiteral("acme/demo/demo-0.0.1.difypkg"));
    QCOMPARE(out.number, 1);
    QVERIFY(out.url.endsWith(QLatin1String("/langgenius/dify-plugins/pull/1")));
    // The branch holds the upstream's files plus exactly the one package, byte for byte.
    const auto files = m_gh->filesOf(QStringLiteral("octo/dify-plugins"), out.branch);
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.value(QStringLiteral("acme/demo/demo-0.0.1.difypkg")), m_bytes);
    QCOMPARE(files.value(QStringLiteral("acme/other/other-0.0.1.difypkg")), QByteArray("PK-old"));
    // The upstream is untouched until a maintainer merges.
    QCOMPARE(m_gh->filesOf(QStringLiteral("langgenius/dify-plugins"), QStringLiteral("main")).size(), 2);
    QCOMPARE(m_gh->pulls.size(), 1);
    QCOMPARE(m_gh->pulls.first().headLabel, QStringLiteral("octo:bump-demo-plugin-0.0.1"));
    QCOMPARE(m_gh->pulls.first().base, QStringLiteral("main"));
    QCOMPARE(m_gh->pulls.first().body, prOptions().body);
    // Followed until complete; neutral counts as passed.
    QVERIFY(out.checksComplete);
    QVERIFY(out.checksPassed);
    QCOMPARE(out.checks.size(), 2);
    QVERIFY(out.checks.first().url.contains(QLatin1String("/runs/")));
    QVERIFY(updates.size() >= 3);
    // Every call carried the token; every one went to the stand-in.
    for (const auto &r : m_gh->requests)
        QCOMPARE(r.authorization, QByteArray("Bearer tok-octo"));
}

void TestPublishGitHub::pullRequestReusesFork()
{
    auto &fork = m_gh->addRepo(QStringLiteral("octo"), QStringLiteral("dify-plugins"));
    fork.fork = true;
    fork.parent = QStringLiteral("langgenius/dify-plugins");
    PullRequestFlow flow;
    PullRequestOptions o = prOptions();
    o.follow = false;
    QVERIFY(runPr(flow, o));
    QVERIFY2(!flow.error(), qPrintable(flow.error() ? flow.error()->message : QString()));
    QVERIFY(!flow.outcome().forkCreated);
    for (const auto &r : m_gh->requests)
        QVERIFY2(!r.path.endsWith("/forks"), r.path.constData());
    // The branch starts from the upstream's head (the stale fork's own main is not used).
    const auto files = m_gh->filesOf(QStringLiteral("octo/dify-plugins"), flow.outcome().branch);
    QVERIFY(files.contains(QStringLiteral("README.md")));
    QVERIFY(files.contains(QStringLiteral("acme/demo/demo-0.0.1.difypkg")));
}

void TestPublishGitHub::pullRequestFollowsFailingChecks()
{
    m_gh->setCheckRunSequence({{}, // no run yet: the workflow has not started
                               {{QStringLiteral("pre-check"), QStringLiteral("completed"), QStringLiteral("failure")}}});
    PullRequestFlow flow;
    QVERIFY(runPr(flow, prOptions()));
    QVERIFY(!flow.error());
    QVERIFY(flow.outcome().checksComplete);
    QVERIFY(!flow.outcome().checksPassed);
    QCOMPARE(flow.outcome().checks.first().conclusion, QStringLiteral("failure"));
}

void TestPublishGitHub::pullRequestNeverOverwrites()
{
    GitHubStandIn &gh = *m_gh;
    gh.addRepo(QStringLiteral("langgenius"), QStringLiteral("dify-plugins"),
               {{QStringLiteral("acme/demo/demo-0.0.1.difypkg"), "PK-earlier"}});
    PullRequestFlow flow;
    QVERIFY(runPr(flow, prOptions()));
    QVERIFY(flow.error());
    QCOMPARE(flow.error()->code, ErrorCode::Conflict);
    QVERIFY2(flow.error()->message.contains(QLatin1String("never overwritten")), qPrintable(flow.error()->message));
    for (const auto &r : gh.requests)
        QVERIFY2(r.method == "GET", r.path.constData()); // no fork, branch, file or PR
    QCOMPARE(gh.pulls.size(), 0);
    QCOMPARE(gh.filesOf(QStringLiteral("langgenius/dify-plugins"), QStringLiteral("main")).value(QStringLiteral("acme/demo/demo-0.0.1.difypkg")),
             QByteArray("PK-earlier"));
}

void TestPublishGitHub::pullRequestTakesNextBranchName()
{
    auto &fork = m_gh->addRepo(QStringLiteral("octo"), QStringLiteral("dify-plugins"));
    fork.fork = true;
    fork.parent = QStringLiteral("langgenius/dify-plugins");
    fork.branches.insert(QStringLiteral("bump-demo-plugin-0.0.1"), fork.branches.value(QStringLiteral("main")));
    PullRequestFlow flow;
    PullRequestOptions o = prOptions();
    o.follow = false;
    QVERIFY(runPr(flow, o));
    QVERIFY2(!flow.error(), qPrintable(flow.error() ? flow.error()->message : QString()));
    QCOMPARE(flow.outcome().branch, QStringLiteral("bump-demo-plugin-0.0.1-2"));
}

void TestPublishGitHub::pullRequestRefusesForeignRepoOfSameName()
{
    m_gh->addRepo(QStringLiteral("octo"), QStringLiteral("dify-plugins")); // not a fork
    PullRequestFlow flow;
    QVERIFY(runPr(flow, prOptions()));
    QVERIFY(flow.error());
    QVERIFY2(flow.error()->message.contains(QLatin1String("not a fork")), qPrintable(flow.error()->message));
    QCOMPARE(m_gh->pulls.size(), 0);
}

void TestPublishGitHub::pullRequestTokens()
{
    // No token: refused before any request.
    PullRequestFlow none;
    PullRequestOptions o = prOptions();
    o.token.clear();
    QVERIFY(runPr(none, o));
    QVERIFY(none.error());
    QCOMPARE(none.error()->code, ErrorCode::PermissionDenied);
    QVERIFY(m_gh->requests.isEmpty());
    // A token GitHub does not know: its answer, and what to do.
    PullRequestFlow bad;
    o.token = QStringLiteral("wrong");
    QVERIFY(runPr(bad, o));
    QVERIFY(bad.error());
    QCOMPARE(bad.error()->code, ErrorCode::PermissionDenied);
    QVERIFY2(bad.error()->message.contains(QLatin1String("Bad credentials")) && bad.error()->message.contains(QLatin1String("scope")),
             qPrintable(bad.error()->message));
}

void TestPublishGitHub::releaseCreatesTagAndOnlyAsset()
{
    m_gh->addRepo(QStringLiteral("octo"), QStringLiteral("demo"));
    ReleaseFlow flow;
    ReleaseOptions o;
    o.githubApi = m_gh->url();
    o.token = QStringLiteral("tok-octo");
    o.repo = QStringLiteral("octo/demo");
    o.packagePath = m_package;
    o.name = QStringLiteral("demo");
    o.version = QStringLiteral("0.0.1");
    o.notes = QStringLiteral("First release.");
    QVERIFY(runRelease(flow, o));
    QVERIFY2(!flow.error(), qPrintable(flow.error() ? flow.error()->message : QString()));
    const ReleaseOutcome &out = flow.outcome();
    QCOMPARE(out.tag, QStringLiteral("0.0.1"));
    QCOMPARE(out.assetName, QStringLiteral("demo-0.0.1.difypkg"));
    QVERIFY(out.createdRelease);
    QCOMPARE(out.repoUrl, QStringLiteral("https://github.com/octo/demo"));
    QVERIFY(out.downloadUrl.endsWith(QLatin1String("/octo/demo/releases/download/0.0.1/demo-0.0.1.difypkg")));
    QVERIFY(out.warnings.isEmpty());
    QCOMPARE(m_gh->releases.size(), 1);
    QCOMPARE(m_gh->releases.first().body, QStringLiteral("First release."));
    QCOMPARE(m_gh->releases.first().assets.size(), 1);
    QCOMPARE(m_gh->releases.first().assets.first().data, m_bytes);
    QCOMPARE(m_gh->releases.first().assets.first().contentType, QByteArray("application/octet-stream"));
    const QString how = ReleaseFlow::installInstructions(out);
    for (const QString &s : {QStringLiteral("https://github.com/octo/demo"), QStringLiteral("0.0.1"), QStringLiteral("demo-0.0.1.difypkg")})
        QVERIFY2(how.contains(s), qPrintable(how));
}

void TestPublishGitHub::releaseKeepsEarlierAndRefusesReplacing()
{
    m_gh->addRepo(QStringLiteral("octo"), QStringLiteral("demo"));
    ReleaseOptions o;
    o.githubApi = m_gh->url();
    o.token = QStringLiteral("tok-octo");
    o.repo = QStringLiteral("octo/demo");
    o.packagePath = m_package;
    o.name = QStringLiteral("demo");
    o.version = QStringLiteral("0.0.1");
    {
        ReleaseFlow first;
        QVERIFY(runRelease(first, o));
        QVERIFY(!first.error());
    }
    // The same version again: refused, nothing replaced.
    ReleaseFlow again;
    QVERIFY(runRelease(again, o));
    QVERIFY(again.error());
    QCOMPARE(again.error()->code, ErrorCode::Conflict);
    QVERIFY2(again.error()->message.contains(QLatin1String("never replaced")), qPrintable(again.error()->message));
    QCOMPARE(m_gh->releases.first().assets.size(), 1);
    // A newer version is a new release; the earlier one stays.
    ReleaseFlow next;
    o.version = QStringLiteral("0.0.2");
    QVERIFY(runRelease(next, o));
    QVERIFY(!next.error());
    QCOMPARE(m_gh->releases.size(), 2);
    QCOMPARE(m_gh->releases.first().tag, QStringLiteral("0.0.1"));
    // A release made by hand with another asset: the package would not be its only one.
    TestSupport::GhRelease manual;
    manual.id = 9;
    manual.repo = QStringLiteral("octo/demo");
    manual.tag = QStringLiteral("0.0.3");
    manual.assets << TestSupport::GhAsset{1, QStringLiteral("notes.txt"), "x", "text/plain"};
    m_gh->releases << manual;
    ReleaseFlow other;
    o.version = QStringLiteral("0.0.3");
    QVERIFY(runRelease(other, o));
    QVERIFY(other.error());
    QVERIFY2(other.error()->message.contains(QLatin1String("only one")), qPrintable(other.error()->message));
    // A release that exists with no asset yet gets the package.
    TestSupport::GhRelease empty;
    empty.id = 10;
    empty.repo = QStringLiteral("octo/demo");
    empty.tag = QStringLiteral("0.0.4");
    m_gh->releases << empty;
    ReleaseFlow fill;
    o.version = QStringLiteral("0.0.4");
    QVERIFY(runRelease(fill, o));
    QVERIFY2(!fill.error(), qPrintable(fill.error() ? fill.error()->message : QString()));
    QVERIFY(!fill.outcome().createdRelease);
    QCOMPARE(m_gh->releases.last().assets.size(), 1);
}

void TestPublishGitHub::releaseWarnsAboveDifyLimit()
{
    m_gh->addRepo(QStringLiteral("octo"), QStringLiteral("big"));
    const QString big = m_tmp.filePath(QStringLiteral("big.difypkg"));
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_bytes);
    f.write(QByteArray(int(kDifyGithubDownloadLimit) + 1024, 'x')); // size is what is measured here
    f.close();
    ReleaseFlow flow;
    ReleaseOptions o;
    o.githubApi = m_gh->url();
    o.token = QStringLiteral("tok-octo");
    o.repo = QStringLiteral("octo/big");
    o.packagePath = big;
    o.name = QStringLiteral("big");
    o.version = QStringLiteral("1.0.0");
    QVERIFY(runRelease(flow, o));
    QVERIFY(!flow.error());
    QCOMPARE(flow.outcome().warnings.size(), 1);
    QVERIFY(flow.outcome().warnings.first().contains(QLatin1String("15 MiB")));
    QCOMPARE(m_gh->releases.first().assets.first().data.size(), f.size());
    // A bad repository name is refused at once.
    ReleaseFlow bad;
    o.repo = QStringLiteral("not a repo");
    QVERIFY(runRelease(bad, o));
    QCOMPARE(bad.error()->code, ErrorCode::InvalidInput);
}

void TestPublishGitHub::uploadAddressElsewhereIsRefused()
{
    GitHubClient client(m_gh->url(), QStringLiteral("tok-octo"));
    bool called = false;
    Error error;
    client.uploadAsset(QStringLiteral("http://uploads.evil.example:9/repos/o/r/releases/1/assets{?name,label}"), QStringLiteral("x.difypkg"),
                       "data", [&](const Result<GitHubAnswer> &r) {
                           called = true;
                           if (!r)
                               error = r.error();
                       });
    QVERIFY(called);
    QCOMPARE(error.code, ErrorCode::Unsafe);
    QVERIFY(m_gh->requests.isEmpty());
    // api.github.com's own uploads host is accepted; others are not.
    QCOMPARE(GitHubClient::encodePath(QStringLiteral("a b/c#d")), QStringLiteral("a%20b/c%23d"));
}

QTEST_GUILESS_MAIN(TestPublishGitHub)
#include "tst_publish_github.moc"
