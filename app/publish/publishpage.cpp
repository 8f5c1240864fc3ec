// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/publish/publishpage.h"

#include "app/mainwindow/mainwindow.h"
#include "app/studiocontext.h"
#include "core/common/printable.h"
#include "core/marketplace/marketplaceclient.h"
#include "core/package/packagereader.h"
#include "core/package/signature.h"
#include "core/publish/packagechecks.h"
#include "core/publish/prbody.h"
#include "core/publish/publishflows.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Studio::App {

using namespace Studio::Publish;

namespace {

enum Column { ColWhat, ColWhere, ColFix, ColCount }; // the status is the row's icon (and its tooltip)
constexpr int ColStatus = ColWhat;
constexpr int kStatusRole = Qt::UserRole + 4; // "blocking", "warning", "passed"...
constexpr int kFindingRole = Qt::UserRole + 1; // index into m_report's sorted findings
constexpr int kFileRole = Qt::UserRole + 2;
constexpr int kLineRole = Qt::UserRole + 3;

// Blocking failures first, then what could not run, warnings, passes, skips (catalogue order within).
int rank(const CheckResult &c)
{
    switch (c.status) {
    case CheckStatus::Failed: return 0;
    case CheckStatus::NotRun: return 1;
    case CheckStatus::Warned: return 2;
    case CheckStatus::Passed: return 3;
    case CheckStatus::Skipped: return 4;
    }
    return 5;
}

QString escaped(const QString &outside) { return printable(outside).toHtmlEscaped(); }

QString link(const QString &url)
{
    const QString p = printable(url);
    if (!p.startsWith(QLatin1String("http://")) && !p.startsWith(QLatin1String("https://")))
        return p.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(p.toHtmlEscaped(), p.toHtmlEscaped());
}

} // namespace

PublishPage::PublishPage(StudioContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("publishPage"));
    buildUi();
    updateButtons();
}

PublishPage::~PublishPage()
{
    if (m_preflight)
        m_preflight->cancel();
    if (m_prFlow)
        m_prFlow->cancel();
    if (m_releaseFlow)
        m_releaseFlow->cancel();
}

void PublishPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);

    auto *top = new QHBoxLayout;
    m_pathLabel = new QLabel(tr("No plugin open"), this);
    m_pathLabel->setObjectName(QStringLiteral("publishPath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setMinimumWidth(60);
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_checkButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Check"), this);
    m_checkButton->setObjectName(QStringLiteral("publishCheck"));
    m_checkButton->setToolTip(tr("Run every check of the Dify Marketplace's CI on the package this plugin makes"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("publishCancel"));
    top->addWidget(m_pathLabel, 1);
    top->addWidget(m_checkButton);
    top->addWidget(m_cancelButton);
    outer->addLayout(top);

    auto *prog = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("publishProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(16);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    prog->addWidget(m_progress);
    prog->addWidget(m_status, 1);
    outer->addLayout(prog);

    m_summary = new QLabel(tr("Check the plugin to see whether the Marketplace will take it."), this);
    m_summary->setObjectName(QStringLiteral("publishSummary"));
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("publishChecklist"));
    m_tree->setColumnCount(ColCount);
    m_tree->setHeaderLabels({tr("Check / finding"), tr("Where"), tr("Fix")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ColWhat, QHeaderView::Stretch);
    // The finding's text gets the room; place and fix keep a width of their own (the user may drag).
    m_tree->header()->setSectionResizeMode(ColWhere, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(ColFix, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(40);
    m_tree->setColumnWidth(ColWhere, 110);
    m_tree->setColumnWidth(ColFix, 140);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setMinimumHeight(120);
    outer->addWidget(m_tree, 3);

    // Pull request.
    auto *pr = new QGroupBox(tr("Marketplace pull request (langgenius/dify-plugins)"), this);
    auto *prForm = new QFormLayout(pr);
    m_whatChanged = new QPlainTextEdit(pr);
    m_whatChanged->setObjectName(QStringLiteral("publishWhatChanged"));
    m_whatChanged->setPlaceholderText(tr("What changed in this version (the PR's \"What changed\", shown as the changelog on the Marketplace)"));
    m_whatChanged->setMaximumHeight(64);
    m_risk = new QComboBox(pr);
    m_risk->setObjectName(QStringLiteral("publishRisk"));
    for (RiskLevel r : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High})
        m_risk->addItem(riskLevelLabel(r), int(r));
    m_securityNotes = new QLineEdit(pr);
    m_securityNotes->setObjectName(QStringLiteral("publishSecurityNotes"));
    m_securityNotes->setPlaceholderText(tr("Extra security and privacy notes (the capability scan's list is always written)"));
    m_prButton = new QPushButton(tr("Open Pull Request..."), pr);
    m_prButton->setObjectName(QStringLiteral("publishPullRequest"));
    prForm->addRow(tr("What changed:"), m_whatChanged);
    prForm->addRow(tr("Risk level:"), m_risk);
    prForm->addRow(tr("Security notes:"), m_securityNotes);
    prForm->addRow(QString(), m_prButton);
    outer->addWidget(pr);

    // Release.
    auto *rel = new QGroupBox(tr("GitHub release (for Dify's \"Install from GitHub\")"), this);
    auto *relForm = new QFormLayout(rel);
    m_releaseRepo = new QLineEdit(rel);
    m_releaseRepo->setObjectName(QStringLiteral("publishReleaseRepo"));
    m_releaseRepo->setPlaceholderText(tr("OWNER/REPO"));
    m_signKey = new QComboBox(rel);
    m_signKey->setObjectName(QStringLiteral("publishSignKey"));
    m_releaseButton = new QPushButton(tr("Create Release..."), rel);
    m_releaseButton->setObjectName(QStringLiteral("publishRelease"));
    relForm->addRow(tr("Repository:"), m_releaseRepo);
    relForm->addRow(tr("Sign with:"), m_signKey);
    relForm->addRow(QString(), m_releaseButton);
    outer->addWidget(rel);

    m_output = new QTextBrowser(this);
    m_output->setObjectName(QStringLiteral("publishOutput"));
    m_output->setOpenExternalLinks(true);
    m_output->setMinimumHeight(60);
    m_output->setPlaceholderText(tr("What the pull request and the release did, with their links"));
    outer->addWidget(m_output, 1);

    connect(m_checkButton, &QPushButton::clicked, this, &PublishPage::runCheck);
    connect(m_cancelButton, &QPushButton::clicked, this, &PublishPage::cancel);
    connect(m_prButton, &QPushButton::clicked, this, &PublishPage::openPullRequest);
    connect(m_releaseButton, &QPushButton::clicked, this, &PublishPage::createRelease);
    connect(m_whatChanged, &QPlainTextEdit::textChanged, this, &PublishPage::updateButtons);
    connect(m_releaseRepo, &QLineEdit::textChanged, this, &PublishPage::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString file = item->data(ColWhere, kFileRole).toString();
        if (!file.isEmpty() && isFolder())
            emit locationActivated(file, item->data(ColWhere, kLineRole).toInt());
    });
}

void PublishPage::setPath(const QString &path)
{
    if (path == m_path)
        return;
    cancel();
    m_path = path;
    m_haveReport = false;
    m_unreadable = false;
    m_report = {};
    m_tree->clear();
    m_pathLabel->setText(path.isEmpty() ? tr("No plugin open") : QDir::toNativeSeparators(path));
    m_pathLabel->setToolTip(QDir::toNativeSeparators(path));
    m_summary->setText(path.isEmpty() ? tr("Open a plugin folder or a .difypkg to check it.")
                                      : tr("Check the plugin to see whether the Marketplace will take it."));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->clear();
    // Keys for the release's signature: the studio's own key pairs.
    m_signKey->clear();
    m_signKey->addItem(tr("Do not sign"), QString());
    if (m_context) {
        const QDir keys(m_context->keysDir());
        for (const QFileInfo &fi : keys.entryInfoList({QStringLiteral("*.private.pem")}, QDir::Files, QDir::Name))
            m_signKey->addItem(fi.fileName().chopped(int(qstrlen(".private.pem"))), fi.absoluteFilePath());
    }
    updateButtons();
}

bool PublishPage::isFolder() const { return !m_path.isEmpty() && QFileInfo(m_path).isDir(); }

bool PublishPage::isRunning() const { return m_preflight && m_preflight->isRunning(); }

bool PublishPage::isPublishing() const { return m_prFlow || m_releaseFlow; }

void PublishPage::runCheck()
{
    if (m_path.isEmpty() || isRunning())
        return;
    PreflightOptions o = m_base;
    o.path = m_path;
    o.skip = m_skip;
    o.prBodyGiven = false; // the body is written and checked when the pull request is opened
    if (o.githubToken.isEmpty())
        o.githubToken = githubToken(false);
    delete m_preflight;
    m_preflight = new Preflight(this);
    connect(m_preflight, &Preflight::progress, this, &PublishPage::onProgress);
    connect(m_preflight, &Preflight::checkFinished, this, [this] { m_progress->setValue(++m_done); });
    connect(m_preflight, &Preflight::finished, this, &PublishPage::onFinished);
    m_done = 0;
    m_progress->setRange(0, int(marketplaceChecks().size()));
    m_progress->setValue(0);
    m_status->setText(tr("Packaging..."));
    m_summary->setText(tr("Checking %1 as the Marketplace's CI would...").arg(QFileInfo(m_path).fileName().toHtmlEscaped()));
    m_preflight->start(o);
    updateButtons();
}

void PublishPage::cancel()
{
    if (m_preflight && m_preflight->isRunning())
        m_preflight->cancel();
    if (m_prFlow)
        m_prFlow->cancel();
    if (m_releaseFlow)
        m_releaseFlow->cancel();
}

void PublishPage::onProgress(const QString &checkId, const QString &message)
{
    m_status->setText(QStringLiteral("%1: %2").arg(checkId, printable(message)));
    m_status->setToolTip(m_status->text());
}

void PublishPage::onFinished()
{
    if (!m_preflight)
        return;
    m_unreadable = m_preflight->unreadable();
    m_report = m_preflight->report();
    m_haveReport = !m_unreadable;
    m_progress->setValue(m_progress->maximum());
    m_status->setText(m_unreadable ? QString() : tr("Done in %1 s").arg(double(m_report.elapsedMs) / 1000.0, 0, 'f', 1));
    if (m_unreadable) {
        m_tree->clear();
        m_summary->setText(tr("<b>Cannot check this:</b> %1").arg(escaped(m_preflight->unreadableReason())));
    } else {
        fillChecklist();
        // The risk the capability scan suggests; the release repository from the manifest's repo.
        if (auto in = prBodyInputFor(m_report)) {
            m_risk->setCurrentIndex(m_risk->findData(int(in->risk)));
            if (m_releaseRepo->text().isEmpty()) {
                const QUrl repo(in->manifest.repo);
                const QStringList parts = repo.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
                if (repo.host() == QLatin1String("github.com") && parts.size() >= 2)
                    m_releaseRepo->setText(parts.at(0) + QLatin1Char('/') + QString(parts.at(1)).remove(QStringLiteral(".git")));
            }
        }
    }
    updateButtons();
    emit checkFinished();
}

void PublishPage::fillChecklist()
{
    m_tree->clear();
    const int blocking = m_report.blockingCount();
    const int warnings = m_report.warningCount();
    if (blocking > 0)
        m_summary->setText(tr("<b>%n blocking finding(s)</b>: the Marketplace's CI would refuse this submission. Fix them (double-click "
                              "a finding to go to it), then check again.", nullptr, blocking)
                           + (warnings ? QLatin1Char(' ') + tr("%n warning(s).", nullptr, warnings) : QString()));
    else
        m_summary->setText(tr("<b>No blocking finding</b>: the Marketplace's CI would pass %1 %2.")
                               .arg(escaped(m_report.name), escaped(m_report.version))
                           + (warnings ? QLatin1Char(' ') + tr("%n warning(s) to look at.", nullptr, warnings) : QString()));

    QList<const CheckResult *> order;
    for (const CheckResult &c : m_report.checks)
        order << &c;
    std::stable_sort(order.begin(), order.end(), [](const CheckResult *a, const CheckResult *b) { return rank(*a) < rank(*b); });
    const QList<Finding> sorted = m_report.sortedFindings();
    const bool folder = isFolder();
    QStyle *st = style();
    for (const CheckResult *c : std::as_const(order)) {
        const CheckInfo *info = findCheck(c->id);
        auto *item = new QTreeWidgetItem(m_tree);
        QIcon icon;
        QString status;
        switch (c->status) {
        case CheckStatus::Failed:
            icon = st->standardIcon(QStyle::SP_MessageBoxCritical);
            status = tr("blocking");
            break;
        case CheckStatus::NotRun:
            icon = st->standardIcon(info && info->blocking ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation);
            status = tr("not run");
            break;
        case CheckStatus::Warned:
            icon = st->standardIcon(QStyle::SP_MessageBoxWarning);
            status = tr("warning");
            break;
        case CheckStatus::Passed:
            icon = st->standardIcon(QStyle::SP_DialogApplyButton);
            status = tr("passed");
            break;
        case CheckStatus::Skipped:
            icon = st->standardIcon(QStyle::SP_MediaSkipForward);
            status = tr("skipped");
            break;
        }
        item->setIcon(ColStatus, icon);
        item->setData(ColStatus, kStatusRole, status);
        QString what = c->id;
        if (info)
            what += QStringLiteral(" — ") + info->title;
        if (!c->note.isEmpty())
            what += QStringLiteral("\n") + printable(c->note);
        item->setText(ColWhat, what);
        item->setToolTip(ColWhat, status + QStringLiteral(" — ")
                                      + (info ? tr("Marketplace check %1 (%2): inspects %3")
                                                    .arg(c->id, info->blocking ? tr("can block") : tr("warns only"), info->inspects)
                                              : c->id));
        item->setData(ColStatus, Qt::UserRole, c->id);
        if (c->status == CheckStatus::Failed) {
            QFont bold = item->font(ColWhat);
            bold.setBold(true);
            item->setFont(ColWhat, bold);
        }
        if (c->elapsedMs > 0)
            item->setText(ColWhere, tr("%1 s").arg(double(c->elapsedMs) / 1000.0, 0, 'f', 1));
        for (int i = 0; i < sorted.size(); ++i) {
            const Finding &f = sorted.at(i);
            if (f.checkId != c->id)
                continue;
            auto *child = new QTreeWidgetItem(item);
            child->setIcon(ColStatus, st->standardIcon(f.blocking ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
            child->setData(ColStatus, kStatusRole, f.blocking ? tr("blocking") : tr("warning"));
            child->setText(ColWhat, printable(f.message) + (f.fix.isEmpty() ? QString() : QStringLiteral("\n→ ") + printable(f.fix)));
            child->setToolTip(ColWhat, (f.blocking ? tr("blocking") : tr("warning")) + QStringLiteral(" — ") + f.code + QStringLiteral("\n")
                                           + printable(f.message) + (f.fix.isEmpty() ? QString() : QStringLiteral("\n→ ") + printable(f.fix)));
            child->setData(ColWhat, kFindingRole, i);
            if (!f.file.isEmpty()) {
                child->setText(ColWhere, f.line > 0 ? QStringLiteral("%1:%2").arg(printable(f.file)).arg(f.line) : printable(f.file));
                child->setData(ColWhere, kFileRole, f.file);
                child->setData(ColWhere, kLineRole, f.line);
                if (folder)
                    child->setToolTip(ColWhere, tr("Double-click to open %1").arg(printable(f.file)));
            }
            if (folder && f.quickFix != QuickFix::None) {
                const QString label = quickFixLabel(f);
                auto *button = new QPushButton(m_tree);
                button->setText(button->fontMetrics().elidedText(label, Qt::ElideRight, 120));
                button->setObjectName(QStringLiteral("quickFix_") + quickFixId(f.quickFix));
                button->setToolTip(tr("%1: changes the plugin folder, then checks again").arg(label));
                const Finding copy = f;
                connect(button, &QPushButton::clicked, this, [this, copy] {
                    const auto r = applyQuickFix(copy);
                    if (!r && r.error().code != ErrorCode::Cancelled)
                        QMessageBox::warning(this, tr("Quick fix"), r.error().message);
                });
                m_tree->setItemWidget(child, ColFix, button);
            }
        }
        item->setExpanded(c->status == CheckStatus::Failed || c->status == CheckStatus::Warned || c->status == CheckStatus::NotRun);
    }
}

std::optional<QString> PublishPage::ask(const QString &title, const QString &prompt, bool secret)
{
    if (m_asker)
        return m_asker(title, prompt, secret);
    bool ok = false;
    const QString v = QInputDialog::getText(this, title, prompt, secret ? QLineEdit::Password : QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

Result<QuickFixOutcome> PublishPage::applyQuickFix(const Finding &finding)
{
    if (!isFolder())
        return Error(ErrorCode::Unsupported, tr("Quick fixes change the plugin folder; a package is fixed in its source folder."));
    const QuickFixValue needs = quickFixValueFor(m_path, finding);
    QString value;
    if (needs != QuickFixValue::None) {
        QString prompt = quickFixValuePrompt(needs);
        for (;;) {
            const auto answer = ask(quickFixLabel(finding), prompt, false);
            if (!answer)
                return Error(ErrorCode::Cancelled, tr("Cancelled."));
            const QString why = checkQuickFixValue(needs, *answer);
            if (why.isEmpty()) {
                value = answer->trimmed();
                break;
            }
            prompt = why + QStringLiteral("\n\n") + quickFixValuePrompt(needs);
        }
    }
    auto r = Publish::applyQuickFix(m_path, finding, value);
    if (r) {
        appendOutput(tr("Quick fix: %1").arg(escaped(r->summary)));
        emit quickFixApplied(r->changedFiles);
        runCheck();
    }
    return r;
}

QString PublishPage::githubToken(bool askIfMissing)
{
    if (!m_base.githubToken.isEmpty())
        return m_base.githubToken;
    const QString env = qEnvironmentVariable("GITHUB_TOKEN").trimmed();
    if (!env.isEmpty())
        return env;
    // The workspace's sealed token (the one `plugin-studio-cli workspace github-token` stores).
    Workspace::WorkspaceStore *ws = m_context && m_context->session() ? m_context->session()->workspace() : nullptr;
    if (ws) {
        const QString stored = ws->githubToken();
        if (!stored.isEmpty() || !askIfMissing)
            return stored;
    } else if (!askIfMissing) {
        return {};
    }
    const auto answer = ask(tr("GitHub token"),
                            tr("A GitHub token that may fork repositories and open pull requests (a fine-grained token with "
                               "Contents and Pull requests read/write, or a classic token with public_repo). It is stored "
                               "sealed in the workspace, like the other secrets."),
                            true);
    if (!answer || answer->trimmed().isEmpty())
        return {};
    if (ws) {
        if (auto saved = ws->setSecretSetting(QStringLiteral("github_token"), answer->trimmed()); !saved)
            appendOutput(tr("The token could not be stored: %1").arg(escaped(saved.error().message)));
    }
    return answer->trimmed();
}

QString PublishPage::pullRequestBody() const
{
    if (!m_haveReport || m_whatChanged->toPlainText().trimmed().isEmpty())
        return {};
    auto in = prBodyInputFor(m_report);
    if (!in)
        return {};
    in->whatChanged = m_whatChanged->toPlainText().trimmed();
    in->risk = RiskLevel(m_risk->currentData().toInt());
    in->securityNotes = m_securityNotes->text().trimmed();
    return buildPrBody(*in);
}

void PublishPage::openPullRequest()
{
    if (!m_haveReport || m_report.blockingCount() > 0 || isPublishing())
        return;
    auto in = prBodyInputFor(m_report);
    if (!in) {
        appendOutput(tr("<b>Cannot read the checked package:</b> %1").arg(escaped(in.error().message)));
        return;
    }
    const QString body = pullRequestBody();
    if (body.isEmpty()) {
        appendOutput(tr("Write what changed first: it is the PR's \"What changed\" and the changelog on the Marketplace."));
        return;
    }
    const QList<Finding> problems = blockingPrBodyFindings(body, in->capabilities);
    if (!problems.isEmpty()) {
        for (const Finding &f : problems)
            appendOutput(tr("<b>PR body, blocking [%1]:</b> %2 — %3").arg(f.checkId, escaped(f.message), escaped(f.fix)));
        return;
    }
    const QString token = githubToken(true);
    if (token.isEmpty()) {
        appendOutput(tr("No GitHub token: nothing was sent."));
        return;
    }
    const QString suggested = riskLevelLabel(in->risk);
    if (int(m_risk->currentData().toInt()) < int(in->risk))
        appendOutput(tr("The capability scan suggests %1; the submission requirements say to pick the higher level when unsure.")
                         .arg(suggested));
    PullRequestOptions o;
    o.githubApi = m_base.githubApi;
    o.token = token;
    o.upstream = m_base.marketplaceRepo;
    o.base = m_base.marketplaceBranch;
    o.packagePath = m_report.packagePath;
    o.author = in->manifest.author;
    o.name = in->manifest.name;
    o.version = in->manifest.version;
    o.title = prTitle(in->manifest, in->versionUpdate);
    o.body = body;
    if (m_prPollMs > 0)
        o.pollMs = m_prPollMs;
    m_prFlow = new PullRequestFlow(this);
    connect(m_prFlow, &PullRequestFlow::progress, this, [this](const QString &m) { appendOutput(escaped(m)); });
    connect(m_prFlow, &PullRequestFlow::checksUpdated, this, [this] {
        for (const CheckRunInfo &ch : m_prFlow->outcome().checks)
            appendOutput(tr("check %1: %2 %3")
                             .arg(escaped(ch.name), escaped(ch.conclusion.isEmpty() ? ch.status : ch.conclusion), link(ch.url)));
    });
    connect(m_prFlow, &PullRequestFlow::finished, this, [this] {
        const PullRequestOutcome out = m_prFlow->outcome();
        const bool ok = !m_prFlow->error() && (!out.checksComplete || out.checksPassed);
        if (m_prFlow->error())
            appendOutput(tr("<b>The pull request failed:</b> %1").arg(escaped(m_prFlow->error()->message)));
        else {
            appendOutput(tr("<b>Opened pull request #%1:</b> %2<br>%3 on %4:%5")
                             .arg(out.number)
                             .arg(link(out.url), escaped(out.filePath), escaped(out.fork), escaped(out.branch)));
            if (out.checksComplete)
                appendOutput(out.checksPassed ? tr("<b>The pull request's checks passed.</b>")
                                              : tr("<b>A check of the pull request failed</b>: open it for the details."));
            else
                appendOutput(tr("The checks are still running; follow them at %1").arg(link(out.url)));
        }
        m_prFlow->deleteLater();
        m_prFlow = nullptr;
        updateButtons();
        emit publishFinished(ok);
    });
    appendOutput(tr("<b>Opening the pull request on %1...</b>").arg(escaped(o.upstream)));
    m_prFlow->start(o);
    updateButtons();
}

void PublishPage::createRelease()
{
    if (!m_haveReport || isPublishing())
        return;
    const QString repo = m_releaseRepo->text().trimmed();
    if (!repo.contains(QLatin1Char('/'))) {
        appendOutput(tr("Give the repository as OWNER/REPO."));
        return;
    }
    auto in = prBodyInputFor(m_report);
    if (!in) {
        appendOutput(tr("<b>Cannot read the checked package:</b> %1").arg(escaped(in.error().message)));
        return;
    }
    const QString token = githubToken(true);
    if (token.isEmpty()) {
        appendOutput(tr("No GitHub token: nothing was sent."));
        return;
    }
    QString package = m_report.packagePath;
    const QString keyPath = m_signKey->currentData().toString();
    auto tmp = std::make_shared<QTemporaryDir>();
    if (!keyPath.isEmpty()) {
        Package::SignOptions so;
        so.category = QStringLiteral("community");
        so.outputPath = tmp->filePath(QFileInfo(package).completeBaseName() + QStringLiteral(".signed.difypkg"));
        const auto signedPkg = Package::signPackage(package, keyPath, so.category, so.outputPath);
        if (!signedPkg) {
            appendOutput(tr("<b>Signing failed:</b> %1").arg(escaped(signedPkg.error().message)));
            return;
        }
        appendOutput(tr("Signed with %1").arg(escaped(m_signKey->currentText())));
        package = signedPkg->outputPath;
    } else if (auto reader = Package::PackageReader::open(package)) {
        if (!Package::verifyPackage(**reader, {}, true).isSigned)
            appendOutput(tr("The package is unsigned: Dify instances that enforce signatures refuse it. Pick a key under "
                            "\"Sign with\" (Plugin > Signing Keys makes one) and give the instance's admin its public key."));
    }
    ReleaseOptions o;
    o.githubApi = m_base.githubApi;
    o.token = token;
    o.repo = repo;
    o.packagePath = package;
    o.name = in->manifest.name;
    o.version = in->manifest.version;
    o.notes = m_whatChanged->toPlainText().trimmed();
    m_releaseFlow = new ReleaseFlow(this);
    connect(m_releaseFlow, &ReleaseFlow::progress, this, [this](const QString &m) { appendOutput(escaped(m)); });
    connect(m_releaseFlow, &ReleaseFlow::finished, this, [this, tmp] {
        const ReleaseOutcome out = m_releaseFlow->outcome();
        for (const QString &w : out.warnings)
            appendOutput(tr("<b>Warning:</b> %1").arg(escaped(w)));
        const bool ok = !m_releaseFlow->error();
        if (!ok)
            appendOutput(tr("<b>The release failed:</b> %1").arg(escaped(m_releaseFlow->error()->message)));
        else
            appendOutput(tr("<b>Released %1 as %2:</b> %3<br>In Dify, Plugins > Install plugin > GitHub, enter:<br><pre>%4</pre>")
                             .arg(escaped(out.assetName), escaped(out.tag), link(out.releaseUrl),
                                  ReleaseFlow::installInstructions(out).toHtmlEscaped()));
        m_releaseFlow->deleteLater();
        m_releaseFlow = nullptr;
        updateButtons();
        emit publishFinished(ok);
    });
    appendOutput(tr("<b>Creating the release on %1...</b>").arg(escaped(repo)));
    m_releaseFlow->start(o);
    updateButtons();
}

void PublishPage::appendOutput(const QString &html)
{
    m_output->append(html);
}

void PublishPage::updateButtons()
{
    const bool running = isRunning();
    const bool publishing = isPublishing();
    m_checkButton->setEnabled(!m_path.isEmpty() && !running && !publishing);
    m_cancelButton->setEnabled(running || publishing);
    const bool clean = m_haveReport && m_report.blockingCount() == 0;
    const bool canPr = clean && !running && !publishing && !m_whatChanged->toPlainText().trimmed().isEmpty();
    m_prButton->setEnabled(canPr);
    m_prButton->setToolTip(!m_haveReport ? tr("Check the plugin first")
                           : !clean      ? tr("The Marketplace would refuse it: fix the blocking findings first")
                           : canPr       ? tr("Fork langgenius/dify-plugins (or reuse your fork), add the package on a new branch, open the pull request")
                                         : tr("Write what changed first"));
    m_releaseButton->setEnabled(m_haveReport && !running && !publishing && m_releaseRepo->text().contains(QLatin1Char('/')));
}

QAction *installPublishPage(MainWindow *window)
{
    auto *dock = new QDockWidget(PublishPage::tr("Publish"), window);
    dock->setObjectName(QStringLiteral("publishDock"));
    auto *page = new PublishPage(window->context(), dock);
    auto *scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    page->setMinimumSize(360, 560);
    dock->setWidget(scroll);
    window->addPanel(dock, Qt::RightDockWidgetArea);

    // The workspace's Marketplace (Preferences > Workspace) is the one asked about versions.
    const auto follow = [window, page](const QString &dir) {
        PreflightOptions base = page->baseOptions();
        Session::StudioSession *session = window->context()->session();
        if (session && session->marketplace())
            base.marketplace = session->marketplace()->baseUrl();
        page->setBaseOptions(base);
        page->setPath(dir);
    };
    QObject::connect(window, &MainWindow::projectOpened, page, follow);
    QObject::connect(page, &PublishPage::locationActivated, window, [window](const QString &file, int line) {
        window->openFile(file, qMax(1, line), 1);
    });

    auto *action = new QAction(PublishPage::tr("P&ublish..."), window);
    action->setObjectName(QStringLiteral("publishAction"));
    action->setToolTip(PublishPage::tr("Check the plugin against the Dify Marketplace's CI, open the pull request or cut a GitHub release"));
    action->setEnabled(!window->projectDir().isEmpty());
    QObject::connect(window, &MainWindow::projectOpened, action, [action] { action->setEnabled(true); });
    QObject::connect(action, &QAction::triggered, page, [window, dock, page] {
        if (page->path() != window->projectDir() && !window->projectDir().isEmpty())
            page->setPath(window->projectDir());
        const bool wasHidden = !dock->isVisible();
        dock->show();
        dock->raise();
        if (wasHidden && !dock->isFloating()) // room for the checklist, never more than half the window
            window->resizeDocks({dock}, {qMin(680, window->width() / 2)}, Qt::Horizontal);
        if (!page->path().isEmpty() && !page->hasReport() && !page->isRunning())
            page->runCheck();
    });
    return action;
}

} // namespace Studio::App
