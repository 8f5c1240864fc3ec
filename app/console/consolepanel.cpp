// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/consolepanel.h"
#include "core/common/printable.h"
#include "core/session/invocationspec.h"
#include "core/workspace/credentialcheck.h"

#include "app/console/environmentdialog.h"
#include "app/widgets/configform.h"
#include "app/widgets/jsontreeview.h"
#include "app/widgets/logview.h"
#include "core/runtime/filestore.h" // reverse.h holds a QPointer<FileStore>
#include "core/runtime/invocation.h"
#include "core/runtime/localplugin.h"
#include "core/runtime/pluginconnection.h"
#include "core/runtime/pythonenv.h"
#include "core/runtime/reverse.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QDockWidget>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUuid>
#include <QVBoxLayout>

namespace Studio::App {

using namespace Studio::Runtime;

using Session::SessionPlugin;

ConsolePanel::ConsolePanel(Session::StudioSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_history(session->history()), m_pluginBox(new QComboBox(this)),
      m_actionBox(new QComboBox(this)), m_runButton(new QPushButton(tr("Run"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_which(new QLabel(this)), m_status(new QLabel(this)), m_warning(new QLabel(this)), m_usage(new QLabel(this)), m_envRow(new QWidget(this)),
      m_envProgress(new QProgressBar(this)), m_params(new ConfigForm(this)), m_creds(new ConfigForm(this)),
      m_tabs(new QTabWidget(this)), m_output(new QTextBrowser(this)), m_json(new JsonTreeView(this)),
      m_log(new LogView(this)), m_historyView(new QTableView(this)), m_historyModel(new QStandardItemModel(this)),
      m_diff(new QPlainTextEdit(this)), m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("consolePanel"));
    m_envButton = new QPushButton(tr("Environment…"), this);
    m_envButton->setObjectName(QStringLiteral("environmentButton"));
    m_envButton->setToolTip(tr("Choose the Python this plugin runs on: a managed environment, an existing "
                               "interpreter or virtual environment, offline wheels"));
    m_python = new QLabel(this);
    m_python->setObjectName(QStringLiteral("pythonLabel"));
    m_python->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_python->setWordWrap(true);
    m_envAction = new QAction(tr("Environment…"), this);
    m_envAction->setObjectName(QStringLiteral("environmentAction"));
    m_rebuildAction = new QAction(tr("Rebuild environment"), this);
    m_rebuildAction->setObjectName(QStringLiteral("rebuildEnvironmentAction"));
    m_rebuildAction->setToolTip(tr("Drop the cached environment of this plugin and prepare it again"));
    m_pluginBox->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_pluginBox->addAction(m_envAction);
    m_pluginBox->addAction(m_rebuildAction);
    connect(m_envButton, &QPushButton::clicked, this, [this] { openEnvironmentDialog(); });
    connect(m_envAction, &QAction::triggered, this, [this] { openEnvironmentDialog(); });
    connect(m_rebuildAction, &QAction::triggered, this, [this] { rebuildEnvironment(); });
    m_pluginBox->setObjectName(QStringLiteral("pluginBox"));
    m_actionBox->setObjectName(QStringLiteral("actionBox"));
    m_pluginBox->setMinimumContentsLength(18);
    m_pluginBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actionBox->setMinimumContentsLength(28);
    m_actionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setToolTip(tr("Run the action (F5)"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    m_params->setObjectName(QStringLiteral("parametersForm"));
    m_creds->setObjectName(QStringLiteral("credentialsForm"));
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setOpenLinks(false);
    m_output->setPlaceholderText(tr("Pick a plugin and an action, fill the form, then Run (F5)."));
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setReadOnly(true);
    m_diff->setPlaceholderText(tr("Replay a history entry to see what changed."));
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_warning->setObjectName(QStringLiteral("permissionWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 4px 8px; border: 1px solid #f5c2c0; }"));
    m_warning->hide();
    m_usage->setObjectName(QStringLiteral("usage"));
    m_status->setObjectName(QStringLiteral("status"));
    // Which plugin the console shows, always in words: there may be a project folder, its
    // installed copy and its debug session, all with the same plugin id.
    m_which->setObjectName(QStringLiteral("pluginDescription"));
    m_which->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_which->setWordWrap(true);
    m_pluginBox->setModel(session->plugins());

    auto *runAction = new QAction(tr("Run"), this);
    runAction->setShortcut(QKeySequence(Qt::Key_F5));
    runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(runAction, &QAction::triggered, this, &ConsolePanel::run);
    addAction(runAction);

    // Top bar
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plugin:"), this));
    top->addWidget(m_pluginBox, 1);
    top->addWidget(m_envButton);
    top->addWidget(new QLabel(tr("Action:"), this));
    top->addWidget(m_actionBox, 2);
    top->addWidget(m_runButton);
    top->addWidget(m_cancelButton);

    // Environment preparation row
    auto *envLay = new QHBoxLayout(m_envRow);
    envLay->setContentsMargins(0, 0, 0, 0);
    m_envProgress->setRange(0, 0);
    m_envProgress->setFormat(tr("Preparing the Python environment…"));
    m_envProgress->setTextVisible(true);
    auto *envCancel = new QPushButton(tr("Cancel preparation"), m_envRow);
    envCancel->setObjectName(QStringLiteral("envCancel"));
    envLay->addWidget(m_envProgress, 1);
    envLay->addWidget(envCancel);
    m_envRow->hide();
    connect(envCancel, &QPushButton::clicked, this, &ConsolePanel::cancelEnvironment);

    // Left: forms
    auto *formsBox = new QWidget(this);
    auto *formsLay = new QVBoxLayout(formsBox);
    formsLay->setContentsMargins(0, 0, 0, 0);
    auto *pg = new QGroupBox(tr("Parameters"), formsBox);
    auto *pgl = new QVBoxLayout(pg);
    pgl->addWidget(m_params);
    auto *cg = new QGroupBox(tr("Credentials / settings"), formsBox);
    cg->setObjectName(QStringLiteral("credentialsGroup"));
    auto *cgl = new QVBoxLayout(cg);
    cgl->addWidget(m_creds);
    formsLay->addWidget(pg);
    formsLay->addWidget(cg);
    formsLay->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formsBox);
    scroll->setWidgetResizable(true);

    // Right: output tabs
    auto *outPage = new QWidget(this);
    auto *outLay = new QVBoxLayout(outPage);
    outLay->setContentsMargins(0, 0, 0, 0);
    outLay->addWidget(m_output, 1);
    outLay->addWidget(m_usage);
    m_tabs->addTab(outPage, tr("Output"));
    m_tabs->addTab(m_json, tr("Result JSON"));
    m_tabs->addTab(m_log, tr("Plugin logs"));

    auto *histPage = new QWidget(this);
    auto *histLay = new QVBoxLayout(histPage);
    histLay->setContentsMargins(0, 0, 0, 0);
    m_historyModel->setHorizontalHeaderLabels({tr("Time"), tr("Plugin"), tr("Action"), tr("Target"), tr("State"), tr("ms")});
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_historyModel);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    auto *histBar = new QHBoxLayout;
    auto *replayBtn = new QPushButton(tr("Replay"), histPage);
    replayBtn->setObjectName(QStringLiteral("replayButton"));
    auto *exportBtn = new QPushButton(tr("Export…"), histPage);
    auto *importBtn = new QPushButton(tr("Import…"), histPage);
    histBar->addWidget(replayBtn);
    histBar->addWidget(exportBtn);
    histBar->addWidget(importBtn);
    histBar->addStretch();
    histLay->addLayout(histBar);
    histLay->addWidget(m_historyView, 1);
    m_tabs->addTab(histPage, tr("History"));
    m_tabs->addTab(m_diff, tr("Replay diff"));
    auto selectedId = [this]() -> QString {
        const QModelIndex i = m_historyView->currentIndex();
        return i.isValid() ? m_historyModel->index(i.row(), 0).data(Qt::UserRole).toString() : QString();
    };
    connect(replayBtn, &QPushButton::clicked, this, [this, selectedId] { replay(selectedId()); });
    connect(m_historyView, &QTableView::doubleClicked, this, [this, selectedId] { replay(selectedId()); });
    connect(exportBtn, &QPushButton::clicked, this, [this, selectedId] {
        const QString id = selectedId();
        if (id.isEmpty())
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export invocation"), QStringLiteral("invocation.json"),
                                                          tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        if (auto r = exportInvocation(id, path); !r)
            QMessageBox::warning(this, tr("Export invocation"), r.error().message);
    });
    connect(importBtn, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import invocation"), QString(), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        if (auto r = importInvocation(path); !r)
            QMessageBox::warning(this, tr("Import invocation"), r.error().message);
    });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addLayout(top);
    lay->addWidget(m_which);
    lay->addWidget(m_python);
    lay->addWidget(m_warning);
    lay->addWidget(m_envRow);
    lay->addWidget(split, 1);
    lay->addWidget(m_status);

    connect(m_pluginBox, &QComboBox::currentIndexChanged, this, &ConsolePanel::onTargetChanged);
    // A pick in the box is the user opening that plugin; the session remembers it.
    connect(m_pluginBox, &QComboBox::activated, this, [this](int row) { m_session->plugins()->setCurrent(m_session->plugins()->at(row)); });
    Session::PluginRegistry *registry = session->plugins();
    // The console follows the plugin the user opened last; a call in flight finishes first.
    connect(registry, &Session::PluginRegistry::currentChanged, this, [this](SessionPlugin *plugin) {
        if (plugin)
            m_lastOpened = plugin->label();
        followCurrent();
    });
    connect(registry, &Session::PluginRegistry::pluginAdded, this, &ConsolePanel::watch);
    connect(registry, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_shown)
            m_which->setText(shownText());
    });
    for (SessionPlugin *plugin : registry->all())
        watch(plugin);
    connect(session->reverseHandler(), &Runtime::DefaultReverseHandler::permissionDenied, this,
            [this](const QString &pluginId, const QString &type, const QString &message) {
                showWarning(tr("Permission denied: %1 tried a \"%2\" reverse call — %3. Add the permission to "
                               "manifest.yaml (resource.permission) if the plugin needs it.")
                                .arg(pluginId, type, message));
            });
    connect(m_actionBox, &QComboBox::currentIndexChanged, this, &ConsolePanel::onActionChanged);
    connect(m_runButton, &QPushButton::clicked, this, &ConsolePanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConsolePanel::cancel);
    connect(m_output, &QTextBrowser::anchorClicked, this, &ConsolePanel::onAnchor);
    if (m_history)
        connect(m_history, &HistoryStore::entryAdded, this, &ConsolePanel::refreshHistory);
    refreshHistory();
    if (registry->current())
        m_pluginBox->setCurrentIndex(registry->rowOf(registry->current()));
    onTargetChanged();
}

ConsolePanel::~ConsolePanel()
{
    if (m_invocation)
        m_invocation->disconnect(this);
    if (m_rebuild)
        m_rebuild->disconnect(this); // a rebuild in flight ends unheard by the panel
}

Workspace::WorkspaceStore *ConsolePanel::workspace() const
{
    return m_session->workspace();
}

// Every plugin's own output reaches the log view, whichever is shown.
void ConsolePanel::watch(SessionPlugin *plugin)
{
    connect(plugin, &SessionPlugin::output, this, [this](const QString &text, bool isStderr) {
        m_log->appendText(text, isStderr ? LogLevel::Error : LogLevel::Info, isStderr);
    });
    connect(plugin, &SessionPlugin::logMessage, this, [this](const QString &level, const QString &text, double) {
        m_log->appendText(text, logLevelFromString(level), false);
    });
}

void ConsolePanel::followCurrent()
{
    if (isRunning() || m_runWhenReady)
        return; // setBusy(false) comes back here
    Session::PluginRegistry *registry = m_session->plugins();
    if (SessionPlugin *current = registry->current()) {
        m_goneShown = false;
        if (current != currentPlugin())
            m_pluginBox->setCurrentIndex(registry->rowOf(current));
        return;
    }
    // The plugin opened last went away (a debug session ended): show nothing rather than another
    // plugin the user did not pick; it comes back here when it reconnects.
    if (!m_lastOpened.isEmpty() && registry->find(registry->currentKey()) == nullptr) {
        m_goneShown = true;
        if (m_pluginBox->currentIndex() != -1)
            m_pluginBox->setCurrentIndex(-1);
        else
            onTargetChanged();
    }
}

void ConsolePanel::onCurrentStateChanged()
{
    SessionPlugin *plugin = currentPlugin();
    if (!plugin)
        return;
    const Runtime::RuntimeState s = plugin->state();
    Runtime::LocalPlugin *process = plugin->process();
    const bool preparing = (s == RuntimeState::Launching || s == RuntimeState::Pending) && process && process->environment()
                           && process->environment()->isRunning();
    m_envRow->setVisible(preparing || isRebuilding());
    m_status->setText(tr("%1: %2").arg(plugin->pluginId(), runtimeStateName(s)));
}

void ConsolePanel::showWarning(const QString &text)
{
    m_warning->setText(QStringLiteral("⚠ ") + text);
    m_warning->show();
    m_log->appendLine(text, LogLevel::Warning, false);
}

QString ConsolePanel::warningText() const { return m_warning->isHidden() ? QString() : m_warning->text(); }

SessionPlugin *ConsolePanel::currentPlugin() const
{
    return m_session->plugins()->at(m_pluginBox->currentIndex());
}

bool ConsolePanel::showPlugin(SessionPlugin *plugin)
{
    const int row = m_session->plugins()->rowOf(plugin);
    if (row < 0)
        return false;
    m_pluginBox->setCurrentIndex(row);
    m_session->plugins()->setCurrent(plugin);
    return true;
}

bool ConsolePanel::selectKey(const QString &key)
{
    return showPlugin(m_session->plugins()->find(key));
}

QString ConsolePanel::shownText() const
{
    const SessionPlugin *plugin = currentPlugin();
    if (!plugin && m_goneShown)
        return tr("%1 is gone (it disconnected or was closed); it is shown here again when it comes back. Pick another "
                  "plugin above, or open a folder (File > Open Folder).")
            .arg(m_lastOpened);
    if (!plugin)
        return tr("No plugin is open: open a plugin folder (File > Open Folder), connect one for remote debugging, "
                  "or open an installed plugin in the console.");
    QString text = tr("Showing %1").arg(plugin->description());
    if (!plugin->declarationProblem().isEmpty())
        text += tr(" — it does not load cleanly: %1").arg(plugin->declarationProblem());
    return text;
}

const ConsoleAction *ConsolePanel::currentAction() const
{
    const int i = m_actionBox->currentIndex();
    return i >= 0 && i < m_actions.size() ? &m_actions[i] : nullptr;
}

bool ConsolePanel::selectPlugin(const QString &pluginId)
{
    const QList<SessionPlugin *> matches = m_session->plugins()->withPluginId(pluginId);
    if (matches.isEmpty())
        return false;
    // The shown one when it has that id, else the first.
    return showPlugin(matches.contains(currentPlugin()) ? currentPlugin() : matches.first());
}

bool ConsolePanel::selectAction(const QString &actionKey)
{
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        if (m_actions[i].key == actionKey) {
            m_actionBox->setCurrentIndex(int(i));
            return true;
        }
    }
    return false;
}

QStringList ConsolePanel::actionKeys() const
{
    QStringList keys;
    for (const auto &a : m_actions)
        keys << a.key;
    return keys;
}

void ConsolePanel::onTargetChanged()
{
    const QSignalBlocker block(m_actionBox);
    const QString keptAction = m_actionBox->currentData().toString();
    m_actionBox->clear();
    m_actions.clear();
    SessionPlugin *t = currentPlugin();
    if (m_shown != t) {
        for (const auto &c : std::as_const(m_shownLinks))
            disconnect(c);
        m_shownLinks.clear();
        m_shown = t;
        if (t) {
            m_shownLinks << connect(t, &SessionPlugin::stateChanged, this, &ConsolePanel::onCurrentStateChanged);
            m_shownLinks << connect(t, &SessionPlugin::declarationChanged, this, &ConsolePanel::onTargetChanged);
            m_shownLinks << connect(t, &SessionPlugin::processReplaced, this, &ConsolePanel::refreshPython);
            m_shownLinks << connect(t, &SessionPlugin::ready, this, [this] {
                m_envRow->setVisible(isRebuilding());
                refreshPython();
            });
        }
    }
    if (t) {
        m_actions = Session::actionsFor(t->declaration());
        for (const auto &a : std::as_const(m_actions))
            m_actionBox->addItem(a.label, a.key);
        if (const int keep = m_actionBox->findData(keptAction); keep > 0) // the edited project kept that action
            m_actionBox->setCurrentIndex(keep);
    }
    m_which->setText(shownText());
    m_runButton->setEnabled(t != nullptr && !isRunning());
    refreshPython();
    onActionChanged();
}

void ConsolePanel::onActionChanged()
{
    const ConsoleAction *a = currentAction();
    m_params->setParameters(a ? a->parameters : QList<Plugin::Parameter>());
    m_creds->setConfigFields(a ? a->credentials : QList<Plugin::ConfigField>());
    if (auto *g = findChild<QGroupBox *>(QStringLiteral("credentialsGroup")))
        g->setVisible(a && !a->credentials.isEmpty());
    // The credentials configured for this plugin's provider in the workspace (Installed plugins >
    // Configure) fill the form, so an installed plugin runs as configured; edits stay in the form.
    const SessionPlugin *t = currentPlugin();
    if (a && !a->credentials.isEmpty() && workspace() && t) {
        const Plugin::PluginDeclaration &d = t->declaration();
        const QString provider = d.tool ? d.tool->identity.name
                                 : d.model ? d.model->provider
                                 : d.datasource ? d.datasource->identity.name
                                 : d.trigger ? d.trigger->identity.name
                                             : QString();
        if (!provider.isEmpty()) {
            const QJsonObject stored = Workspace::storedProviderCredentials(*workspace(), t->pluginId() + QLatin1Char('/') + provider);
            if (!stored.isEmpty())
                m_creds->setValues(stored);
        }
    }
}

void ConsolePanel::setBusy(bool busy)
{
    m_runButton->setEnabled(!busy && currentPlugin() != nullptr);
    m_cancelButton->setEnabled(busy);
    m_pluginBox->setEnabled(!busy);
    m_actionBox->setEnabled(!busy);
    if (!busy && !isRunning() && !m_runWhenReady)
        followCurrent(); // the user opened another plugin while the call ran
}

void ConsolePanel::run()
{
    if (isRunning() || m_runWhenReady)
        return;
    SessionPlugin *t = currentPlugin();
    const ConsoleAction *a = currentAction();
    if (!t || !a) {
        m_status->setText(tr("Open or connect a plugin first."));
        return;
    }
    QStringList problems = m_params->validate();
    problems += m_creds->validate();
    if (!problems.isEmpty()) {
        m_status->setText(problems.join(QLatin1Char(' ')));
        return;
    }
    if (!t->isRunning() && !t->folder().isEmpty()) {
        if (isRebuilding()) {
            m_status->setText(tr("The environment is being rebuilt; run again when it is ready (or cancel it)."));
            return;
        }
        startWhenReady(t); // the request runs once the plugin is ready
        return;
    }
    startInvocation(a->build(m_params->values(), m_creds->values()), a->target, QString());
}

void ConsolePanel::startWhenReady(SessionPlugin *plugin)
{
    m_runWhenReady = true;
    setBusy(true);
    m_status->setText(tr("Starting %1…").arg(plugin->pluginId()));
    const int ticket = ++m_startTicket;
    QPointer<ConsolePanel> self(this);
    plugin->ensureRunning([self, ticket](SessionPlugin *running, const QString &givenReason) {
        if (!self || ticket != self->m_startTicket || !self->m_runWhenReady)
            return; // cancelled, or the panel is gone
        self->m_runWhenReady = false;
        self->m_envRow->hide();
        self->refreshPython();
        if (!running) {
            self->setBusy(false);
            QString reason = givenReason;
            if (SessionPlugin *shown = self->currentPlugin(); shown && !shown->folder().isEmpty())
                if (const QString hint = offlineWheelHint(reason, self->pythonChoice().offlineWheels); !hint.isEmpty())
                    reason += QLatin1Char('\n') + hint;
            self->m_status->setText(tr("The plugin could not start: %1").arg(reason));
            self->m_log->appendLine(reason, LogLevel::Error, true);
            return;
        }
        self->setBusy(false); // follows a plugin opened meanwhile
        if (self->currentPlugin() == running)
            self->run();
        else
            self->m_status->setText(tr("%1 is running; the call was not sent because another plugin was opened meanwhile.")
                                        .arg(running->pluginId()));
    });
    if (m_runWhenReady && plugin->process() && plugin->process()->environment() && plugin->process()->environment()->isRunning())
        m_envRow->show();
}

void ConsolePanel::startInvocation(const InvokeRequest &request, const QString &target, const QString &replayOf)
{
    SessionPlugin *t = currentPlugin();
    if (!t || !t->isRunning()) {
        setBusy(false);
        m_status->setText(tr("%1 is not running. Start it (or reconnect the debug session) and run again.")
                              .arg(t ? t->pluginId() : tr("The plugin")));
        return;
    }
    m_output->clear();
    m_json->setJson(QJsonValue(QJsonValue::Undefined));
    m_usage->clear();
    m_assembler = StreamAssembler();
    m_renderedBlobs = 0;
    m_lastWasText = false;
    m_replayOf = replayOf;
    m_current = HistoryEntry();
    m_current.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_current.started = QDateTime::currentDateTimeUtc();
    m_current.pluginId = t->pluginId();
    m_current.pluginSource = t->key();
    m_current.target = target;
    m_current.type = request.type;
    m_current.action = request.action;
    m_current.fields = request.fields;
    m_current.context = request.context;

    Invocation *inv = t->invoke(request);
    m_invocation = inv;
    setBusy(true);
    m_tabs->setCurrentIndex(0);
    m_status->setText(tr("Running %1/%2…").arg(request.type, request.action));
    connect(inv, &Invocation::chunkReceived, this, &ConsolePanel::onChunk);
    connect(inv, &Invocation::finished, this, &ConsolePanel::onFinished);
    connect(inv, &Invocation::reverseCall, this, [this](const QString &type, const QJsonObject &, const QString &) {
        m_log->appendLine(tr("reverse call: %1").arg(type), LogLevel::Debug, false);
    });
    if (inv->isFinished()) // already failed (closed transport): finished() is queued
        return;
}

void ConsolePanel::cancel()
{
    if (m_runWhenReady) {
        m_runWhenReady = false;
        ++m_startTicket; // the plugin keeps starting; the run does not follow
        setBusy(false);
        m_status->setText(tr("Cancelled."));
    }
    if (m_invocation)
        m_invocation->cancel();
}

void ConsolePanel::appendHtml(const QString &html)
{
    QTextCursor c(m_output->document());
    c.movePosition(QTextCursor::End);
    if (m_lastWasText)
        c.insertBlock();
    c.insertHtml(html);
    c.insertBlock();
    m_lastWasText = false;
}

void ConsolePanel::appendPlain(const QString &text)
{
    QTextCursor c(m_output->document());
    c.movePosition(QTextCursor::End);
    c.insertText(text, QTextCharFormat());
    m_lastWasText = true;
}

void ConsolePanel::onChunk(const QJsonObject &chunk)
{
    m_current.chunks.append(chunk);
    if (auto r = m_assembler.add(chunk); !r)
        m_log->appendLine(r.error().message, LogLevel::Warning, false);

    const QString type = chunk.value(QStringLiteral("type")).toString();
    const QJsonObject msg = chunk.value(QStringLiteral("message")).toObject();
    if (chunk.contains(QStringLiteral("delta"))) { // LLM chunk
        const QJsonObject delta = chunk.value(QStringLiteral("delta")).toObject();
        const QJsonValue content = delta.value(QStringLiteral("message")).toObject().value(QStringLiteral("content"));
        if (content.isString())
            appendPlain(content.toString());
        const QJsonObject usage = delta.value(QStringLiteral("usage")).toObject();
        if (!usage.isEmpty())
            m_usage->setText(tr("Usage: %1 prompt + %2 completion = %3 tokens, %4 %5, %6 s")
                                 .arg(usage.value(QStringLiteral("prompt_tokens")).toInt())
                                 .arg(usage.value(QStringLiteral("completion_tokens")).toInt())
                                 .arg(usage.value(QStringLiteral("total_tokens")).toInt())
                                 .arg(StreamAssembler::decimal(usage.value(QStringLiteral("total_price"))))
                                 .arg(usage.value(QStringLiteral("currency")).toString())
                                 .arg(StreamAssembler::decimal(usage.value(QStringLiteral("latency")))));
        return;
    }
    if (type == QLatin1String("text")) {
        appendPlain(msg.value(QStringLiteral("text")).toString());
    } else if (type == QLatin1String("link") || type == QLatin1String("binary_link")) {
        const QString url = msg.value(QStringLiteral("text")).toString();
        appendHtml(QStringLiteral("🔗 <a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
    } else if (type == QLatin1String("image") || type == QLatin1String("image_link")) {
        const QString url = msg.value(QStringLiteral("text")).toString();
        appendHtml(QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
        loadImage(QUrl(url));
    } else if (type == QLatin1String("json")) {
        const QJsonValue j = msg.value(QStringLiteral("json_object"));
        const QString compact = j.isArray() ? QString::fromUtf8(QJsonDocument(j.toArray()).toJson(QJsonDocument::Compact))
                                            : QString::fromUtf8(QJsonDocument(j.toObject()).toJson(QJsonDocument::Compact));
        appendHtml(QStringLiteral("<code>%1</code>").arg(compact.left(4000).toHtmlEscaped()));
        m_json->setJson(j);
    } else if (type == QLatin1String("variable")) {
        appendHtml(QStringLiteral("<i>%1</i> = <code>%2</code>")
                       .arg(msg.value(QStringLiteral("variable_name")).toString().toHtmlEscaped(),
                            QString::fromUtf8(QJsonDocument(QJsonArray{msg.value(QStringLiteral("variable_value"))})
                                                  .toJson(QJsonDocument::Compact))
                                .mid(1)
                                .chopped(1)
                                .toHtmlEscaped()));
    } else if (type == QLatin1String("log")) {
        m_log->appendLine(tr("[%1] %2").arg(msg.value(QStringLiteral("status")).toString(),
                                            msg.value(QStringLiteral("label")).toString()),
                          msg.value(QStringLiteral("status")).toString() == QLatin1String("error") ? LogLevel::Error
                                                                                                   : LogLevel::Info);
    } else if (type == QLatin1String("blob") || type == QLatin1String("blob_chunk")) {
        renderBlobs();
    } else if (type.isEmpty() && !chunk.contains(QStringLiteral("status")) && !chunk.contains(QStringLiteral("result"))) {
        appendHtml(QStringLiteral("<code>%1</code>").arg(QString::fromUtf8(QJsonDocument(chunk).toJson(QJsonDocument::Compact)).left(4000).toHtmlEscaped()));
    } else if (type.isEmpty()) { // action results ({"result":...}) and endpoint chunks
        if (!m_assembler.result().isEndpoint)
            appendHtml(QStringLiteral("<code>%1</code>").arg(QString::fromUtf8(QJsonDocument(chunk).toJson(QJsonDocument::Compact)).left(4000).toHtmlEscaped()));
    } else {
        appendHtml(QStringLiteral("<code>%1</code>").arg(QString::fromUtf8(QJsonDocument(chunk).toJson(QJsonDocument::Compact)).left(4000).toHtmlEscaped()));
    }
}

void ConsolePanel::renderBlobs()
{
    const auto &blobs = m_assembler.result().blobs;
    for (; m_renderedBlobs < blobs.size(); ++m_renderedBlobs) {
        const AssembledBlob &b = blobs[m_renderedBlobs];
        if (!b.complete)
            break;
        const QString mime = b.meta.value(QStringLiteral("mime_type")).toString();
        const QString name = b.meta.value(QStringLiteral("filename")).toString();
        if (mime.startsWith(QLatin1String("image/"))) {
            QImage img;
            if (img.loadFromData(b.data)) {
                const QUrl res(QStringLiteral("studio-blob:%1").arg(m_renderedBlobs));
                m_output->document()->addResource(QTextDocument::ImageResource, res, img);
                appendHtml(QStringLiteral("<img src=\"%1\" width=\"%2\"/>").arg(res.toString()).arg(qMin(img.width(), 480)));
            }
        }
        appendHtml(QStringLiteral("📎 %1 (%2, %3 bytes) <a href=\"studio-save:%4\">%5</a>")
                       .arg((name.isEmpty() ? tr("file") : name).toHtmlEscaped(), mime.toHtmlEscaped())
                       .arg(b.data.size())
                       .arg(m_renderedBlobs)
                       .arg(tr("Save…")));
    }
}

void ConsolePanel::loadImage(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return;
    QNetworkRequest req(url);
    req.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(req);
    QPointer<QTextBrowser> out = m_output;
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        QImage img;
        if (reply->error() != QNetworkReply::NoError || !img.loadFromData(reply->read(20 * 1024 * 1024))) {
            m_log->appendLine(tr("Could not load the image %1: %2").arg(url.toString(), reply->errorString()), LogLevel::Warning);
            return;
        }
        m_output->document()->addResource(QTextDocument::ImageResource, url, img);
        appendHtml(QStringLiteral("<img src=\"%1\" width=\"%2\"/>").arg(url.toString().toHtmlEscaped()).arg(qMin(img.width(), 480)));
    });
}

void ConsolePanel::onAnchor(const QUrl &url)
{
    if (url.scheme() == QLatin1String("studio-save")) {
        const int i = url.path().toInt();
        const auto &blobs = m_assembler.result().blobs;
        if (i < 0 || i >= blobs.size())
            return;
        const QString name = blobs[i].meta.value(QStringLiteral("filename")).toString();
        const QString path = QFileDialog::getSaveFileName(this, tr("Save file"), name.isEmpty() ? QStringLiteral("output.bin") : name);
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(blobs[i].data) != blobs[i].data.size())
            QMessageBox::warning(this, tr("Save file"), tr("Cannot write %1: %2").arg(path, f.errorString()));
        return;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void ConsolePanel::onFinished()
{
    Invocation *inv = m_invocation;
    if (!inv)
        return;
    m_invocation = nullptr;
    inv->disconnect(this);
    renderBlobs();
    const AssembledResult &r = m_assembler.result();
    if (r.isEndpoint) {
        appendHtml(QStringLiteral("<b>HTTP %1</b>").arg(r.status));
        appendPlain(QString::fromUtf8(r.body.left(200000)));
    }
    m_current.elapsedMs = inv->elapsedMs();
    m_current.state = invocationStateName(inv->state());
    if (inv->state() != InvocationState::Succeeded) {
        m_current.error = inv->error().message;
        appendHtml(QStringLiteral("<span style=\"color:#c62828\"><b>%1</b> %2</span>")
                       .arg(m_current.state.toHtmlEscaped(), inv->error().message.toHtmlEscaped()));
        if (!inv->pluginTraceback().isEmpty())
            m_log->appendText(inv->pluginTraceback(), LogLevel::Error, true);
    }
    m_current.result = r.toJson();
    m_current.resultText = QString::fromUtf8(QJsonDocument(m_current.result).toJson(QJsonDocument::Indented));
    if (!m_current.error.isEmpty())
        m_current.resultText += QStringLiteral("\nerror: ") + m_current.error;
    if (m_json->jsonModel()->rowCount() == 0)
        m_json->setJson(m_current.result);
    m_status->setText(tr("%1 in %2 ms").arg(m_current.state).arg(m_current.elapsedMs));

    if (!m_replayOf.isEmpty() && m_history) {
        if (auto before = m_history->find(m_replayOf)) {
            m_lastDiff = HistoryStore::lineDiff(before->resultText, m_current.resultText);
            m_diff->setPlainText(m_lastDiff.isEmpty() ? tr("Same result as the original run (%1).").arg(before->started.toLocalTime().toString())
                                                     : m_lastDiff);
            if (!m_lastDiff.isEmpty())
                m_tabs->setCurrentWidget(m_diff);
        }
    }
    if (m_history) {
        if (auto w = m_history->append(m_current); !w)
            m_log->appendLine(w.error().message, LogLevel::Error);
    }
    setBusy(false);
    inv->deleteLater();
    Q_EMIT invocationFinished(m_current);
}

QString ConsolePanel::outputText() const { return m_output->toPlainText(); }
QString ConsolePanel::lastDiff() const { return m_lastDiff; }

bool ConsolePanel::replay(const QString &historyId)
{
    if (!m_history || historyId.isEmpty() || isRunning())
        return false;
    const auto e = m_history->find(historyId);
    if (!e)
        return false;
    // The entry's own plugin (its registry key) when it is open, else any with the same plugin id.
    const bool found = (currentPlugin() && currentPlugin()->key() == e->pluginSource) || selectKey(e->pluginSource)
                       || (currentPlugin() && currentPlugin()->pluginId() == e->pluginId) || selectPlugin(e->pluginId);
    if (!found) {
        m_status->setText(tr("%1 is not open in the studio; open or connect it to replay.").arg(e->pluginId));
        return false;
    }
    InvokeRequest req;
    req.type = e->type;
    req.action = e->action;
    req.fields = e->fields;
    req.context = e->context;
    // Credentials were never stored: take them from the current credentials form.
    if (req.fields.contains(QStringLiteral("credentials")))
        req.fields.insert(QStringLiteral("credentials"), m_creds->values());
    if (req.fields.contains(QStringLiteral("settings")) && e->type == QLatin1String("endpoint"))
        req.fields.insert(QStringLiteral("settings"), m_creds->values());
    m_lastDiff.clear();
    m_diff->clear();
    startInvocation(req, e->target, e->id);
    return isRunning();
}

bool ConsolePanel::replayCaptured(const QByteArray &line, const QString &pluginId)
{
    if (isRunning()) {
        m_status->setText(tr("Wait for the running call to end (or cancel it), then replay."));
        return false;
    }
    auto req = Session::requestFromCapturedLine(line);
    if (!req) {
        m_status->setText(req.error().message);
        return false;
    }
    // The local plugin: the project folder first, else its installed copy; never the remote one.
    SessionPlugin *target = nullptr;
    for (SessionPlugin *p : m_session->plugins()->withPluginId(pluginId)) {
        if (p->origin() == Session::PluginOrigin::Local) {
            target = p;
            break;
        }
        if (p->origin() == Session::PluginOrigin::Installed && !target)
            target = p;
    }
    if (!target || !showPlugin(target)) {
        m_status->setText(tr("%1 is not open here as a local folder; open its project (File > Open Folder) to replay "
                             "the captured call against it.")
                              .arg(printable(pluginId)));
        return false;
    }
    const QJsonObject f = req->fields;
    QString what = req->type + QLatin1Char('/') + req->action;
    if (f.contains(QLatin1String("provider")))
        what = f.value(QLatin1String("provider")).toString()
               + (f.contains(QLatin1String("tool")) ? QLatin1Char('/') + f.value(QLatin1String("tool")).toString() : QString());
    m_lastDiff.clear();
    m_diff->clear();
    const QString label = tr("%1 (captured from Dify)").arg(what);
    if (target->isRunning()) {
        startInvocation(*req, label, QString());
        return isRunning();
    }
    // Started first; the captured call is sent once it is ready.
    setBusy(true);
    m_status->setText(tr("Starting %1 to replay the captured call…").arg(printable(pluginId)));
    QPointer<ConsolePanel> self(this);
    const Runtime::InvokeRequest request = *req;
    target->ensureRunning([self, request, label](SessionPlugin *running, const QString &why) {
        if (!self)
            return;
        self->setBusy(false);
        if (!running) {
            self->m_status->setText(tr("The plugin could not start: %1").arg(why));
            return;
        }
        self->startInvocation(request, label, QString());
    });
    return true;
}

VoidResult ConsolePanel::exportInvocation(const QString &historyId, const QString &path) const
{
    if (!m_history)
        return Error(ErrorCode::NotFound, tr("There is no history in this console."));
    const auto e = m_history->find(historyId);
    if (!e)
        return Error(ErrorCode::NotFound, tr("That history entry no longer exists."));
    return HistoryStore::exportEntry(*e, path);
}

Result<QString> ConsolePanel::importInvocation(const QString &path)
{
    if (!m_history)
        return Error(ErrorCode::NotFound, tr("There is no history in this console."));
    auto e = HistoryStore::importEntry(path);
    if (!e)
        return e.error();
    HistoryEntry entry = std::move(e).value();
    if (m_history->find(entry.id))
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto w = m_history->append(entry); !w)
        return w.error();
    return entry.id;
}

void ConsolePanel::refreshHistory()
{
    m_historyModel->removeRows(0, m_historyModel->rowCount());
    if (!m_history)
        return;
    const auto &entries = m_history->entries();
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) { // newest first
        QList<QStandardItem *> row;
        auto *time = new QStandardItem(it->started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        time->setData(it->id, Qt::UserRole);
        row << time << new QStandardItem(it->pluginId) << new QStandardItem(it->type + QLatin1Char('/') + it->action)
            << new QStandardItem(it->target) << new QStandardItem(it->state)
            << new QStandardItem(QString::number(it->elapsedMs));
        if (it->state != QLatin1String("succeeded"))
            row[4]->setForeground(QColor(0xc6, 0x28, 0x28));
        m_historyModel->appendRow(row);
    }
    m_historyView->resizeColumnsToContents();
}

// ---- Python per plugin

PythonChoice ConsolePanel::pythonChoice() const
{
    const SessionPlugin *t = currentPlugin();
    return t && !t->folder().isEmpty() ? loadPythonChoice(workspace(), t->folder()) : PythonChoice();
}

VoidResult ConsolePanel::setPythonChoice(const PythonChoice &choice)
{
    SessionPlugin *t = currentPlugin();
    if (!t || t->folder().isEmpty())
        return Error(ErrorCode::NotFound, tr("Select a local or installed plugin first; the Python of a debug-connected "
                                             "plugin is chosen where it runs."));
    if (isRunning() || isRebuilding() || m_runWhenReady)
        return Error(ErrorCode::Conflict, tr("Wait for the running call (or the rebuild) to end, or cancel it, then change "
                                             "the environment."));
    const QString dir = t->folder();
    const bool changed = !(loadPythonChoice(workspace(), dir) == choice);
    if (auto r = savePythonChoice(workspace(), dir, choice); !r)
        return r;
    if (changed) {
        // A process keeps the options it was made with: the session renews it, so every later
        // start (F5, credential checks, reverse calls) uses the new Python.
        m_envRow->hide();
        t->renewProcess();
        refreshPython();
        m_log->appendLine(tr("%1 will run on: %2").arg(t->pluginId(), pythonText()), LogLevel::Info, false);
        m_status->setText(tr("Environment changed; the plugin starts on it at the next run."));
    }
    refreshPython();
    Q_EMIT pythonChoiceChanged(dir);
    return {};
}

EnvironmentDialog *ConsolePanel::openEnvironmentDialog()
{
    SessionPlugin *t = currentPlugin();
    if (!t || t->folder().isEmpty()) {
        m_status->setText(tr("Select a local or installed plugin to choose its Python."));
        return nullptr;
    }
    const QString dir = t->folder();
    auto *dlg = new EnvironmentDialog(dir, t->declaration(), pythonChoice(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, dir] {
        SessionPlugin *cur = currentPlugin();
        if (!cur || cur->folder() != dir) {
            m_status->setText(tr("The plugin changed while the dialog was open; choose its environment again."));
            return;
        }
        if (auto r = setPythonChoice(dlg->choice()); !r) {
            m_status->setText(r.error().message);
            QMessageBox::warning(this, tr("Python environment"), r.error().message);
        }
    });
    dlg->open();
    return dlg;
}

bool ConsolePanel::isRebuilding() const { return m_rebuild && m_rebuild->isRunning(); }

void ConsolePanel::cancelEnvironment()
{
    if (isRebuilding()) {
        m_rebuild->cancel(); // finished() reports it
        return;
    }
    if (SessionPlugin *t = currentPlugin(); t && t->process() && t->process()->environment())
        t->process()->environment()->cancel();
}

bool ConsolePanel::rebuildEnvironment()
{
    SessionPlugin *t = currentPlugin();
    if (!t || t->folder().isEmpty()) {
        m_status->setText(tr("Select a local or installed plugin to rebuild its environment."));
        return false;
    }
    if (isRunning() || isRebuilding() || m_runWhenReady) {
        m_status->setText(tr("Wait for the running call to end (or cancel it), then rebuild."));
        return false;
    }
    const PythonChoice choice = pythonChoice();
    if (choice.mode != PythonMode::Managed) {
        m_status->setText(tr("Only managed environments are built by the studio; %1 is used as it is. Switch to a "
                             "managed environment (Environment…) to rebuild.").arg(choice.path));
        return false;
    }
    if (const QString stale = choice.staleReason(); !stale.isEmpty()) {
        m_status->setText(stale);
        return false;
    }
    auto rebuild = m_session->rebuildEnvironment(t);
    if (!rebuild) {
        m_status->setText(rebuild.error().message);
        return false;
    }
    m_rebuild = *rebuild;
    m_envProgress->setFormat(tr("Rebuilding the Python environment…"));
    m_envRow->show();
    m_status->setText(tr("Rebuilding the environment of %1…").arg(t->pluginId()));
    m_log->appendLine(tr("Rebuilding the environment of %1").arg(t->pluginId()), LogLevel::Info, false);
    connect(m_rebuild, &Session::EnvironmentRebuild::output, this, [this](const QString &line) {
        m_log->appendLine(line, LogLevel::Info, false);
    });
    const QString wheels = choice.offlineWheels;
    connect(m_rebuild, &Session::EnvironmentRebuild::finished, this, [this, wheels](bool ok, const QString &said) {
        QString message = said;
        if (!ok)
            if (const QString hint = offlineWheelHint(said, wheels); !hint.isEmpty())
                message += QLatin1Char('\n') + hint;
        m_envRow->hide();
        m_envProgress->setFormat(tr("Preparing the Python environment…"));
        m_status->setText(message);
        m_log->appendLine(message, ok ? LogLevel::Info : LogLevel::Error, !ok);
        refreshPython();
        Q_EMIT environmentRebuilt(ok, message);
    });
    return true;
}

QString ConsolePanel::pythonText() const { return m_python->text(); }
QString ConsolePanel::statusText() const { return m_status->text(); }

void ConsolePanel::refreshPython()
{
    SessionPlugin *t = currentPlugin();
    const bool local = t && !t->folder().isEmpty();
    m_envButton->setEnabled(local);
    m_envAction->setEnabled(local);
    if (!local) {
        m_rebuildAction->setEnabled(false);
        m_python->setText(t ? tr("Python: chosen where the plugin runs (%1)").arg(Session::pluginOriginName(t->origin())) : QString());
        m_python->setStyleSheet(QString());
        m_python->setVisible(t != nullptr);
        return;
    }
    m_python->setVisible(true);
    const PythonChoice choice = loadPythonChoice(workspace(), t->folder());
    m_rebuildAction->setEnabled(choice.mode == PythonMode::Managed);
    QString text;
    if (choice.mode != PythonMode::Managed) {
        text = tr("Python: %1 (%2)").arg(choice.interpreter(), choice.modeName());
    } else {
        const Runtime::EnvironmentManager *env = t->process() ? t->process()->environment() : nullptr;
        if (env && !env->isRunning() && env->result())
            text = tr("Python: %1 (%2, Python %3)").arg(env->result()->interpreter, choice.modeName(), env->result()->pythonVersion);
        else
            text = tr("Python: %1, prepared at the first run").arg(choice.modeName());
        if (!choice.offlineWheels.isEmpty())
            text += tr(" — wheels from %1").arg(choice.offlineWheels);
    }
    const QString stale = choice.staleReason();
    if (!stale.isEmpty())
        text += QStringLiteral(" — ") + stale;
    m_python->setText(text);
    m_python->setStyleSheet(stale.isEmpty() ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
}

void usePythonChoices(Session::StudioSession *session)
{
    QPointer<Session::StudioSession> guard(session);
    auto workspace = [guard]() -> Workspace::WorkspaceStore * { return guard ? guard->workspace() : nullptr; };
    session->setPythonPolicy({[workspace](const QString &dir, LocalPluginOptions &o) { loadPythonChoice(workspace(), dir).applyTo(o); },
                              [workspace](const QString &dir) { return loadPythonChoice(workspace(), dir).staleReason(); }});
}

QDockWidget *createConsoleDock(Session::StudioSession *session, QWidget *parent, ConsolePanel **panelOut)
{
    auto *dock = new QDockWidget(ConsolePanel::tr("Console"), parent);
    dock->setObjectName(QStringLiteral("consoleDock"));
    auto *panel = new ConsolePanel(session, dock);
    dock->setWidget(panel);
    // The title says which plugin the console shows, also when the dock is a tab.
    auto title = [dock, panel] {
        const Session::SessionPlugin *p = panel->currentPlugin();
        dock->setWindowTitle(p ? ConsolePanel::tr("Console — %1").arg(p->label()) : ConsolePanel::tr("Console"));
    };
    QObject::connect(panel->findChild<QComboBox *>(QStringLiteral("pluginBox")), &QComboBox::currentIndexChanged, dock, title);
    QObject::connect(session->plugins(), &QAbstractItemModel::dataChanged, dock, title);
    title();
    if (panelOut)
        *panelOut = panel;
    return dock;
}

} // namespace Studio::App
