// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Publish page (#19): the Dify Marketplace's verdict on the open plugin as a checklist
// (core/publish/preflight.h: every check of the Marketplace's CI under its check id and severity),
// blocking findings first, each row linked to the place to fix and, where the fix is certain, a
// quick-fix button (core/publish/quickfix.h); then the two ways to publish on GitHub: the
// Marketplace pull request (body from the current template, "What changed" written here, the
// capability scan's security notes, the pre-flight under "Local validation"; its checks followed)
// and a release of the author's own repository for "install from GitHub".

#include "core/publish/findings.h"
#include "core/publish/preflight.h"
#include "core/publish/quickfix.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Studio::Publish {
class PullRequestFlow;
class ReleaseFlow;
} // namespace Studio::Publish

namespace Studio::App {

class MainWindow;
class StudioContext;

class PublishPage : public QWidget
{
    Q_OBJECT
public:
    explicit PublishPage(StudioContext *context, QWidget *parent = nullptr);
    ~PublishPage() override;

    // The plugin folder or .difypkg to check (the window's project by default).
    void setPath(const QString &path);
    QString path() const { return m_path; }
    // Marketplace, GitHub API, Python, environment cache (tests; the window takes the workspace's
    // Marketplace URL). path, prBody and skip are the page's own.
    void setBaseOptions(const Publish::PreflightOptions &options) { m_base = options; }
    Publish::PreflightOptions baseOptions() const { return m_base; }
    void setSkippedChecks(const QStringList &ids) { m_skip = ids; }
    // How often the pull request's checks are looked at (default: PullRequestOptions' 15 s).
    void setPullRequestPollMs(int ms) { m_prPollMs = ms; }

    void runCheck();
    void cancel();
    bool isRunning() const;
    bool hasReport() const { return m_haveReport; }
    const Publish::PreflightReport &report() const { return m_report; }

    // Applies the quick fix of a finding of the last report (asking for its value first), then
    // checks again. The outcome's error says why when refused or cancelled.
    Result<Publish::QuickFixOutcome> applyQuickFix(const Publish::Finding &finding);

    // Answers the page's questions (a quick fix's e-mail or URL, the GitHub token) instead of a
    // dialog: `secret` for the token. nullopt = cancelled. Tests set it.
    using Asker = std::function<std::optional<QString>(const QString &title, const QString &prompt, bool secret)>;
    void setAsker(Asker asker) { m_asker = std::move(asker); }

    // The PR body the page would submit for the last report ("" without a report or changelog).
    QString pullRequestBody() const;
    void openPullRequest();
    void createRelease();
    bool isPublishing() const;

    QTreeWidget *checklist() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    QPlainTextEdit *whatChangedEdit() const { return m_whatChanged; }
    QLineEdit *releaseRepoEdit() const { return m_releaseRepo; }
    QPushButton *pullRequestButton() const { return m_prButton; }
    QPushButton *releaseButton() const { return m_releaseButton; }
    QTextBrowser *outputView() const { return m_output; }

signals:
    void locationActivated(const QString &relativeFile, int line);
    void checkFinished();
    void quickFixApplied(const QStringList &changedFiles);
    void publishFinished(bool ok);

private:
    void buildUi();
    void onProgress(const QString &checkId, const QString &message);
    void onFinished();
    void fillChecklist();
    void updateButtons();
    void appendOutput(const QString &html);
    std::optional<QString> ask(const QString &title, const QString &prompt, bool secret);
    QString githubToken(bool askIfMissing);
    bool isFolder() const;

    StudioContext *m_context;
    QString m_path;
    Publish::PreflightOptions m_base;
    QStringList m_skip;
    Publish::PreflightReport m_report;
    bool m_haveReport = false;
    bool m_unreadable = false;
    int m_done = 0;
    int m_prPollMs = 0;
    QPointer<Publish::Preflight> m_preflight;
    QPointer<Publish::PullRequestFlow> m_prFlow;
    QPointer<Publish::ReleaseFlow> m_releaseFlow;
    Asker m_asker;

    QLabel *m_pathLabel = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_whatChanged = nullptr;
    QComboBox *m_risk = nullptr;
    QLineEdit *m_securityNotes = nullptr;
    QPushButton *m_prButton = nullptr;
    QLineEdit *m_releaseRepo = nullptr;
    QComboBox *m_signKey = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QTextBrowser *m_output = nullptr;
};

// The Publish dock of the window (right side, hidden until asked for) following the open project;
// returns the Plugin menu's "Publish..." action that shows it and checks the plugin.
QAction *installPublishPage(MainWindow *window);

} // namespace Studio::App
