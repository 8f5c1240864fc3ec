// SPDX-License-Identifier: GPL-3.0-or-later
// The PR body: what the studio writes passes the Marketplace's body rules (pr_body, the security
// notes of sensitive_capabilities, pr_review_notes), and each rule refuses the bodies it should.
#include "core/publish/prbody.h"

#include <QTest>

using namespace Studio;
using namespace Studio::Publish;

namespace {

ManifestFacts facts()
{
    ManifestFacts m;
    m.readable = true;
    m.author = QStringLiteral("acme");
    m.name = QStringLiteral("demo");
    m.version = QStringLiteral("0.0.2");
    m.repo = QStringLiteral("https://github.com/acme/demo");
    m.contact = QStringLiteral("dev@acme.example");
    return m;
}

PrBodyInput input()
{
    PrBodyInput in;
    in.manifest = facts();
    in.whatChanged = QStringLiteral("Adds the demo tool.");
    in.localValidation = QStringLiteral("plugin-studio-cli publish check demo: 0 blocking");
    return in;
}

QStringList codes(const CheckResult &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        out << f.code.section(QLatin1Char('.'), 2) + (f.blocking ? QString() : QStringLiteral("?"));
    return out;
}

QStringList bodyCodes(const QString &body)
{
    CheckResult r;
    checkPrBody(body, r);
    return codes(r);
}

QList<CapabilityCategory> network()
{
    CapabilityCategory c;
    c.name = QStringLiteral("arbitrary network requests");
    c.count = 1;
    c.samples << QStringLiteral("tools/x.py:4: requests.get(url, timeout=5)");
    c.places << qMakePair(QStringLiteral("tools/x.py"), 4);
    return {c};
}

} // namespace

class TestPublishPrBody : public QObject
{
    Q_OBJECT
private slots:
    void builtBodyPasses();
    void builtBodyNamesCapabilities();
    void fieldsSpelledExactly_data();
    void fieldsSpelledExactly();
    void sections();
    void boxes();
    void language();
    void securityNotes();
    void reviewNotes();
    void submissionType();
};

void TestPublishPrBody::builtBodyPasses()
{
    const QString body = buildPrBody(input());
    QCOMPARE(bodyCodes(body), QStringList{});
    CheckResult notes;
    checkSecurityNotes(body, {}, notes);
    QCOMPARE(codes(notes), QStringList{});
    CheckResult review;
    checkReviewNotes(body, review);
    QCOMPARE(codes(review), QStringList{});
    // The template's fields, exactly; one box per group.
    for (const char *line : {"- **Author**: acme", "- **Plugin name**: demo", "- **Version**: 0.0.2",
                             "- **Source repository**: https://github.com/acme/demo", "- **Contact**: dev@acme.example",
                             "- [x] New plugin", "- [ ] Version update", "- [x] Low risk", "- [ ] High risk",
                             "## Security and privacy notes\n\nNone", "## Local validation"})
        QVERIFY2(body.contains(QLatin1String(line)), line);
    QCOMPARE(isVersionUpdate(body), std::optional<bool>(false));
    // The three attestations are the author's to tick; the studio ticks what its checks verified.
    PrBodyInput in = input();
    in.contentsClean = in.noSecrets = true;
    const QString ticked = buildPrBody(in);
    QVERIFY(ticked.contains(QLatin1String("- [x] The package contains only files needed at runtime.")));
    QVERIFY(ticked.contains(QLatin1String("- [ ] I have read and comply with the Plugin Developer Agreement.")));
}

void TestPublishPrBody::builtBodyNamesCapabilities()
{
    PrBodyInput in = input();
    in.capabilities = network();
    in.risk = suggestedRisk(in.capabilities);
    QCOMPARE(in.risk, RiskLevel::Medium);
    in.versionUpdate = true;
    in.whatChanged = QStringLiteral("Adds paging. No breaking changes.");
    const QString body = buildPrBody(in);
    QCOMPARE(bodyCodes(body), QStringList{});
    CheckResult notes;
    checkSecurityNotes(body, in.capabilities, notes);
    QCOMPARE(codes(notes), QStringList{"signal?"}); // listed for the reviewer, not refused
    QVERIFY(body.contains(QLatin1String("arbitrary network requests (1 place(s): `tools/x.py:4`)")));
    QVERIFY(body.contains(QLatin1String("- [x] Medium risk")));
    CheckResult review;
    checkReviewNotes(body, review);
    QCOMPARE(codes(review), QStringList{});
    QCOMPARE(isVersionUpdate(body), std::optional<bool>(true));
    QCOMPARE(prTitle(in.manifest, true), QStringLiteral("bump demo plugin to version 0.0.2"));
    // Anything else ranks high.
    CapabilityCategory shell;
    shell.name = QStringLiteral("command execution");
    shell.count = 1;
    QCOMPARE(suggestedRisk({shell}), RiskLevel::High);
    QCOMPARE(suggestedRisk({}), RiskLevel::Low);
}

void TestPublishPrBody::fieldsSpelledExactly_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("Plugin Name") << "- **Plugin name**:" << "- **Plugin Name**:" << QStringList{"field"};
    QTest::newRow("colon inside") << "- **Author**:" << "- **Author:**" << QStringList{"field"};
    QTest::newRow("empty contact") << "- **Contact**: dev@acme.example" << "- **Contact**: <!-- e-mail -->" << QStringList{"field"};
    QTest::newRow("repo without URL") << "- **Source repository**: https://github.com/acme/demo" << "- **Source repository**: acme/demo"
                                      << QStringList{"source_url"};
    QTest::newRow("indented field ok") << "- **Version**:" << "  - **Version**:" << QStringList{};
}

void TestPublishPrBody::fieldsSpelledExactly()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    QString body = buildPrBody(input());
    QVERIFY(body.contains(from));
    body.replace(from, to);
    QCOMPARE(bodyCodes(body), expected);
}

void TestPublishPrBody::sections()
{
    QString body = buildPrBody(input());
    // "### " does not start a section; a title compares case-insensitively with blanks collapsed.
    QString h3 = body;
    h3.replace(QStringLiteral("## Plugin information"), QStringLiteral("### Plugin information"));
    QCOMPARE(bodyCodes(h3), QStringList{"section"});
    QString loose = body;
    loose.replace(QStringLiteral("## What changed"), QStringLiteral("##   WHAT   changed"));
    QCOMPARE(bodyCodes(loose), QStringList{});
    // A comment is not content.
    QString commented = body;
    commented.replace(QStringLiteral("Adds the demo tool."), QStringLiteral("<!-- describe -->"));
    QCOMPARE(bodyCodes(commented), QStringList{"empty"});
    QString noValidation = body;
    noValidation.replace(QStringLiteral("## Local validation"), QStringLiteral("## Local checks"));
    QCOMPARE(bodyCodes(noValidation), QStringList{"section"});
    QCOMPARE(bodyCodes(QString()).size(), 5); // information, two box groups, two text sections: all missing
}

void TestPublishPrBody::boxes()
{
    const QString body = buildPrBody(input());
    QString both = body;
    both.replace(QStringLiteral("- [ ] Version update"), QStringLiteral("- [X] Version update"));
    QCOMPARE(bodyCodes(both), QStringList{"choose_one"});
    QString none = body;
    none.replace(QStringLiteral("- [x] Low risk"), QStringLiteral("- [ ] Low risk"));
    QCOMPARE(bodyCodes(none), QStringList{"choose_one"});
    QString other = body;
    other.replace(QStringLiteral("- [x] Low risk"), QStringLiteral("- [x] Low risks"));
    QCOMPARE(bodyCodes(other), QStringList{"choose_one"}); // labels match whole
}

void TestPublishPrBody::language()
{
    const QString body = buildPrBody(input());
    QCOMPARE(bodyCodes(body + QString::fromUtf8("\n\xe4\xb8\xad\xe6\x96\x87\n")), QStringList{"cjk"});
    QCOMPARE(bodyCodes(body + QString::fromUtf8("\n```\n\xe4\xb8\xad\xe6\x96\x87\n```\n")), QStringList{});
    QCOMPARE(bodyCodes(body + QString::fromUtf8("\n<!-- \xe4\xb8\xad -->\n")), QStringList{});
    // The template's own allowed line.
    QCOMPARE(bodyCodes(body + QString::fromUtf8("\n\xe3\x80\x90\xe4\xb8\xad\xe6\x96\x87\xe7\x94\xa8\xe6\x88\xb7 & Non English User"
                                                "\xe3\x80\x91\xe8\xaf\xb7\xe4\xbd\xbf\xe7\x94\xa8\xe8\x8b\xb1\xe8\xaf\xad\xe6\x8f\x90"
                                                "\xe4\xba\xa4\xef\xbc\x8c\xe5\x90\xa6\xe5\x88\x99\xe4\xbc\x9a\xe8\xa2\xab\xe5\x85\xb3"
                                                "\xe9\x97\xad \xef\xbc\x9a\xef\xbc\x89\n")),
             QStringList{});
}

void TestPublishPrBody::securityNotes()
{
    const QString body = buildPrBody(input()); // "None"
    CheckResult harmless;
    checkSecurityNotes(body, {}, harmless);
    QCOMPARE(codes(harmless), QStringList{});
    for (const QString &none : {QStringLiteral("None"), QStringLiteral("N/A."), QStringLiteral("- **none**"), QStringLiteral("not applicable")}) {
        QString b = body;
        b.replace(QStringLiteral("## Security and privacy notes\n\nNone"), QStringLiteral("## Security and privacy notes\n\n") + none);
        CheckResult r;
        checkSecurityNotes(b, network(), r);
        QCOMPARE(codes(r), (QStringList{"notes", "signal?"}));
    }
    QString empty = body;
    empty.replace(QStringLiteral("## Security and privacy notes\n\nNone"), QStringLiteral("## Security and privacy notes\n\n<!-- list -->"));
    CheckResult r1;
    checkSecurityNotes(empty, {}, r1);
    QCOMPARE(codes(r1), QStringList{"notes"}); // checked even for harmless code
    QString missing = body;
    missing.replace(QStringLiteral("## Security and privacy notes"), QStringLiteral("## Notes"));
    CheckResult r2;
    checkSecurityNotes(missing, {}, r2);
    QCOMPARE(codes(r2), QStringList{"notes"});
}

void TestPublishPrBody::reviewNotes()
{
    PrBodyInput in = input();
    in.versionUpdate = true; // "Adds the demo tool." says nothing about breaking
    CheckResult r;
    checkReviewNotes(buildPrBody(in), r);
    QCOMPARE(codes(r), QStringList{"breaking?"});
    in.reviewerNotes = QStringLiteral("Backward compatible.");
    CheckResult ok;
    checkReviewNotes(buildPrBody(in), ok);
    QCOMPARE(codes(ok), QStringList{});
    in.risk = RiskLevel::High;
    CheckResult high;
    checkReviewNotes(buildPrBody(in), high);
    QCOMPARE(codes(high), QStringList{"high_risk?"});
    in.securityNotes = QStringLiteral("Commands are restricted to an allowlist.");
    CheckResult bounded;
    checkReviewNotes(buildPrBody(in), bounded);
    QCOMPARE(codes(bounded), QStringList{});
}

void TestPublishPrBody::submissionType()
{
    QCOMPARE(isVersionUpdate(QStringLiteral("## Submission type\n- [x] version update\n")), std::optional<bool>(true));
    QCOMPARE(isVersionUpdate(QStringLiteral("## Submission type\n- [ ] Version update\n")), std::nullopt);
    QCOMPARE(isVersionUpdate(QStringLiteral("no sections")), std::nullopt);
    const auto s = prSections(QStringLiteral("intro\n## A\none\n## B  \ntwo\n# C\nthree\n"));
    QCOMPARE(s.value(QStringLiteral("a")), QStringLiteral("\none\n"));
    QCOMPARE(s.value(QStringLiteral("b")), QStringLiteral("\ntwo\n# C\nthree\n"));
    QCOMPARE(tickedBoxes(QStringLiteral("- [x] Low risk\n  -  [X]  High risk  \n- [x] Other\n"), {QStringLiteral("Low risk"), QStringLiteral("High risk")}),
             (QStringList{QStringLiteral("Low risk"), QStringLiteral("High risk")}));
}

QTEST_GUILESS_MAIN(TestPublishPrBody)
#include "tst_publish_prbody.moc"
