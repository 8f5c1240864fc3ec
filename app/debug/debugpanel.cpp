// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/debug/debugpanel.h"

#include "app/debug/inspectormodel.h"
#include "app/widgets/configform.h"
#include "core/debug/debugkeystore.h"
#include "core/debug/debugserver.h"
#include "core/debug/endpointserver.h"
#include "core/debug/inspector.h"
#include "core/debug/relay.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Studio::App {

namespace {
QPushButton *copyButton(QWidget *parent, const std::function<QString()> &text, const QString &name)
{
    auto *b = new QPushButton(QObject::tr("Copy"), parent);
    b->setObjectName(name);
    QObject::connect(b, &QPushButton::clicked, parent, [text] { QApplication::clipboard()->setText(text()); });
    return b;
}
} // namespace

DebugPanel::DebugPanel(Debug::DebugServer *server, Debug::MessageLog *log, Debug::DebugRelay *relay,
                       Debug::EndpointRegistry *endpoints, Debug::EndpointServer *endpointServer, QWidget *parent)
    : QWidget(parent), m_server(server), m_log(log), m_relay(relay), m_endpoints(endpoints),
      m_endpointServer(endpointServer), m_host(new QLineEdit(QStringLiteral("127.0.0.1"), this)),
      m_port(new QSpinBox(this)), m_key(new QLineEdit(this)), m_expiry(new QLabel(this)),
      m_env(new QPlainTextEdit(this)), m_startStop(new QPushButton(this)), m_status(new QLabel(this)),
      m_exposure(new QLabel(this)), m_allowExternal(new QCheckBox(tr("Allow other machines"), this)),
      m_pluginsModel(new DebugPluginsModel(server, this)), m_plugins(new QTableView(this)),
      m_inspectorModel(new InspectorModel(log, this)), m_inspector(new QTableView(this)),
      m_filterPlugin(new QLineEdit(this)), m_filterSession(new QLineEdit(this)), m_filterType(new QLineEdit(this)),
      m_detail(new QPlainTextEdit(this)), m_relayHost(new QLineEdit(this)), m_relayKey(new QLineEdit(this)),
      m_relayPort(new QSpinBox(this)), m_relayStatus(new QLabel(this)), m_endpointTable(new QTableWidget(this)),
      m_endpointSettings(new ConfigForm(this))
{
    setObjectName(QStringLiteral("debugPanel"));
    if (server && log && !server->messageLog())
        server->setMessageLog(log);

    // ---- server box
    auto *serverBox = new QGroupBox(tr("Remote debug server"), this);
    auto *grid = new QGridLayout(serverBox);
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setValue(Debug::DebugServer::DefaultPort);
    m_port->setSpecialValueText(tr("any free port"));
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setReadOnly(true);
    m_key->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_env->setObjectName(QStringLiteral("envSnippet"));
    m_env->setReadOnly(true);
    m_env->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_env->setMaximumHeight(64);
    m_startStop->setObjectName(QStringLiteral("startStop"));
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_exposure->setObjectName(QStringLiteral("exposureWarning"));
    m_exposure->setWordWrap(true);
    m_exposure->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 4px 8px; border: 1px solid #ffe69c; }"));
    m_exposure->hide();
    m_expiry->setObjectName(QStringLiteral("keyExpiry"));
    auto *rotate = new QPushButton(tr("Rotate key"), serverBox);
    rotate->setObjectName(QStringLiteral("rotateKey"));
    auto *showKey = new QCheckBox(tr("Show"), serverBox);
    connect(showKey, &QCheckBox::toggled, this, [this](bool on) {
        m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::PasswordEchoOnEdit);
    });

    int r = 0;
    grid->addWidget(new QLabel(tr("Host"), serverBox), r, 0);
    grid->addWidget(m_host, r, 1);
    grid->addWidget(copyButton(this, [this] { return m_host->text(); }, QStringLiteral("copyHost")), r, 2);
    grid->addWidget(new QLabel(tr("Port"), serverBox), r, 3);
    grid->addWidget(m_port, r, 4);
    grid->addWidget(copyButton(this, [this] { return QString::number(m_server && m_server->isListening() ? m_server->port() : m_port->value()); },
                               QStringLiteral("copyPort")), r, 5);
    ++r;
    grid->addWidget(new QLabel(tr("Key"), serverBox), r, 0);
    grid->addWidget(m_key, r, 1, 1, 3);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(showKey);
    keyButtons->addWidget(copyButton(this, [this] { return m_key->text(); }, QStringLiteral("copyKey")));
    keyButtons->addWidget(rotate);
    grid->addLayout(keyButtons, r, 4, 1, 2);
    ++r;
    grid->addWidget(m_expiry, r, 1, 1, 5);
    ++r;
    grid->addWidget(new QLabel(tr(".env"), serverBox), r, 0, Qt::AlignTop);
    grid->addWidget(m_env, r, 1, 1, 4);
    grid->addWidget(copyButton(this, [this] { return envSnippet(); }, QStringLiteral("copyEnv")), r, 5, Qt::AlignTop);
    ++r;
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_startStop);
    startRow->addWidget(m_allowExternal);
    startRow->addWidget(m_status, 1);
    grid->addLayout(startRow, r, 0, 1, 6);
    ++r;
    grid->addWidget(m_exposure, r, 0, 1, 6);
    grid->setColumnStretch(1, 1);

    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_server && m_server->isListening())
            stopServer();
        else
            startServer();
    });
    connect(rotate, &QPushButton::clicked, this, &DebugPanel::rotateKey);
    if (server) {
        connect(server->keys(), &Debug::DebugKeyStore::currentKeyChanged, this, &DebugPanel::updateServerState);
        connect(server, &Debug::DebugServer::exposureWarning, this, [this](const QString &message) {
            m_exposure->setText(QStringLiteral("⚠ ") + message);
            m_exposure->show();
        });
        connect(server, &Debug::DebugServer::connectionRefused, this, [this](const QString &peer, const QString &line) {
            m_status->setText(line.isEmpty() ? tr("%1 closed (no handshake).").arg(peer)
                                             : tr("Refused %1: %2").arg(peer, line));
        });
        connect(server, &Debug::DebugServer::pluginRegistered, this, [this](Debug::RegisteredPlugin *p) {
            m_status->setText(tr("%1 connected from %2.").arg(p->identifier(), p->peer()));
            refreshEndpoints();
        });
        connect(server, &Debug::DebugServer::pluginDisconnected, this, [this](const QString &id, const QString &reason) {
            m_status->setText(tr("%1 disconnected: %2").arg(id, reason));
        });
    }

    // ---- plugins
    auto *pluginsBox = new QGroupBox(tr("Connected plugins"), this);
    auto *pl = new QVBoxLayout(pluginsBox);
    m_plugins->setObjectName(QStringLiteral("pluginsView"));
    m_plugins->setModel(m_pluginsModel);
    m_plugins->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_plugins->setSelectionMode(QAbstractItemView::SingleSelection);
    m_plugins->verticalHeader()->hide();
    m_plugins->horizontalHeader()->setStretchLastSection(true);
    pl->addWidget(m_plugins, 1);
    auto *pbtn = new QHBoxLayout;
    auto *disconnectBtn = new QPushButton(tr("Disconnect"), pluginsBox);
    disconnectBtn->setObjectName(QStringLiteral("disconnectPlugin"));
    auto *consoleBtn = new QPushButton(tr("Open in console"), pluginsBox);
    auto *filterBtn = new QPushButton(tr("Inspect only this"), pluginsBox);
    pbtn->addWidget(disconnectBtn);
    pbtn->addWidget(consoleBtn);
    pbtn->addWidget(filterBtn);
    pbtn->addStretch();
    pl->addLayout(pbtn);
    auto selectedPlugin = [this] { return m_pluginsModel->pluginIdAt(m_plugins->currentIndex().row()); };
    connect(disconnectBtn, &QPushButton::clicked, this, [this, selectedPlugin] {
        const QString id = selectedPlugin();
        if (!id.isEmpty() && m_server)
            m_server->disconnectPlugin(id, tr("disconnected from the studio"));
    });
    connect(consoleBtn, &QPushButton::clicked, this, [this, selectedPlugin] {
        if (const QString id = selectedPlugin(); !id.isEmpty())
            Q_EMIT openInConsole(id);
    });
    connect(filterBtn, &QPushButton::clicked, this, [this, selectedPlugin] {
        m_filterPlugin->setText(selectedPlugin());
        applyFilter();
    });

    // ---- inspector
    auto *inspBox = new QGroupBox(tr("Message inspector"), this);
    auto *il = new QVBoxLayout(inspBox);
    auto *filters = new QHBoxLayout;
    m_filterPlugin->setPlaceholderText(tr("plugin"));
    m_filterPlugin->setObjectName(QStringLiteral("filterPlugin"));
    m_filterSession->setPlaceholderText(tr("session"));
    m_filterSession->setObjectName(QStringLiteral("filterSession"));
    m_filterType->setPlaceholderText(tr("type (e.g. request: or stream)"));
    m_filterType->setObjectName(QStringLiteral("filterType"));
    for (QLineEdit *e : {m_filterPlugin, m_filterSession, m_filterType}) {
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::editingFinished, this, &DebugPanel::applyFilter);
        connect(e, &QLineEdit::textChanged, this, [this](const QString &t) {
            if (t.isEmpty())
                applyFilter();
        });
        filters->addWidget(e);
    }
    auto *pause = new QCheckBox(tr("Pause"), inspBox);
    connect(pause, &QCheckBox::toggled, this, [this](bool on) {
        if (m_log)
            m_log->setPaused(on);
    });
    filters->addWidget(pause);
    il->addLayout(filters);
    m_inspector->setObjectName(QStringLiteral("inspectorView"));
    m_inspector->setModel(m_inspectorModel);
    m_inspector->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inspector->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inspector->verticalHeader()->hide();
    m_inspector->verticalHeader()->setDefaultSectionSize(m_inspector->fontMetrics().height() + 6);
    m_inspector->horizontalHeader()->setStretchLastSection(true);
    m_inspector->setColumnWidth(InspectorModel::TimeColumn, 96);
    m_inspector->setColumnWidth(InspectorModel::DirectionColumn, 56);
    m_inspector->setColumnWidth(InspectorModel::PluginColumn, 130);
    m_inspector->setColumnWidth(InspectorModel::SessionColumn, 110);
    m_inspector->setColumnWidth(InspectorModel::TypeColumn, 170);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a message to see it as JSON."));
    auto *inspSplit = new QSplitter(Qt::Vertical, inspBox);
    inspSplit->addWidget(m_inspector);
    inspSplit->addWidget(m_detail);
    inspSplit->setStretchFactor(0, 3);
    inspSplit->setStretchFactor(1, 2);
    il->addWidget(inspSplit, 1);
    auto *ibtn = new QHBoxLayout;
    auto *copyMsg = new QPushButton(tr("Copy"), inspBox);
    auto *saveCap = new QPushButton(tr("Save capture…"), inspBox);
    auto *openCap = new QPushButton(tr("Open capture…"), inspBox);
    auto *clearLog = new QPushButton(tr("Clear"), inspBox);
    auto *replayMsg = new QPushButton(tr("Replay in console"), inspBox);
    replayMsg->setObjectName(QStringLiteral("replayInConsole"));
    replayMsg->setToolTip(tr("Run the selected request from Dify again against the local plugin, in the console"));
    replayMsg->setEnabled(false);
    ibtn->addWidget(replayMsg);
    ibtn->addWidget(copyMsg);
    ibtn->addWidget(saveCap);
    ibtn->addWidget(openCap);
    ibtn->addWidget(clearLog);
    ibtn->addStretch();
    il->addLayout(ibtn);
    connect(m_inspector->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DebugPanel::showDetail);
    connect(m_inspector->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, replayMsg] {
        const QModelIndex i = m_inspector->currentIndex();
        bool ok = false;
        if (i.isValid()) {
            const Debug::InspectorMessage m = m_inspectorModel->message(i.row());
            ok = m.direction == Debug::Direction::Out && m.type.startsWith(QLatin1String("request:")) && !m.truncated;
        }
        replayMsg->setEnabled(ok);
    });
    connect(replayMsg, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_inspector->currentIndex();
        if (!i.isValid())
            return;
        const Debug::InspectorMessage m = m_inspectorModel->message(i.row());
        emit replayInConsole(m.raw, m.pluginId);
    });
    connect(m_inspectorModel, &QAbstractItemModel::modelReset, this, [this] { m_detail->clear(); });
    connect(copyMsg, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_detail->toPlainText()); });
    connect(saveCap, &QPushButton::clicked, this, [this] {
        if (!m_log)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save capture"), QStringLiteral("capture.jsonl"),
                                                          tr("Captures (*.jsonl)"));
        if (path.isEmpty())
            return;
        if (auto res = m_log->save(path, m_inspectorModel->filter()); !res)
            QMessageBox::warning(this, tr("Save capture"), res.error().message);
    });
    connect(openCap, &QPushButton::clicked, this, [this] {
        if (!m_log)
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open capture"), QString(), tr("Captures (*.jsonl);;All files (*)"));
        if (path.isEmpty())
            return;
        if (auto res = m_log->open(path); !res)
            QMessageBox::warning(this, tr("Open capture"), res.error().message);
        m_inspectorModel->setFilter(m_inspectorModel->filter());
    });
    connect(clearLog, &QPushButton::clicked, this, [this] {
        if (m_log)
            m_log->clear();
    });

    // ---- relay and endpoints (tabs)
    auto *tabs = new QTabWidget(this);
    auto *relayPage = new QWidget(tabs);
    auto *rl = new QFormLayout(relayPage);
    m_relayHost->setObjectName(QStringLiteral("relayHost"));
    m_relayHost->setPlaceholderText(tr("debug.dify.ai"));
    m_relayPort->setRange(1, 65535);
    m_relayPort->setValue(5003);
    m_relayKey->setEchoMode(QLineEdit::Password);
    m_relayKey->setPlaceholderText(tr("the debug key shown by Dify"));
    auto *relayStart = new QPushButton(tr("Start relay"), relayPage);
    relayStart->setObjectName(QStringLiteral("relayStart"));
    rl->addRow(tr("Upstream host"), m_relayHost);
    rl->addRow(tr("Upstream port"), m_relayPort);
    rl->addRow(tr("Upstream key"), m_relayKey);
    rl->addRow(relayStart, m_relayStatus);
    relayPage->setEnabled(relay != nullptr);
    connect(relayStart, &QPushButton::clicked, this, [this, relayStart] {
        if (!m_relay)
            return;
        if (relayStart->text() == tr("Stop relay")) {
            m_relay->close();
            relayStart->setText(tr("Start relay"));
            m_relayStatus->setText(tr("Stopped."));
            return;
        }
        if (m_relayHost->text().trimmed().isEmpty() || m_relayKey->text().isEmpty()) {
            m_relayStatus->setText(tr("Enter the upstream host and key that your Dify instance shows under Plugins › Debug."));
            return;
        }
        m_relay->setUpstream(m_relayHost->text().trimmed(), quint16(m_relayPort->value()), m_relayKey->text());
        if (auto res = m_relay->listen(QHostAddress::LocalHost, 0); !res) {
            m_relayStatus->setText(res.error().message);
            return;
        }
        relayStart->setText(tr("Stop relay"));
        m_relayStatus->setText(tr("Plugins connect to 127.0.0.1:%1 with key %2; traffic goes to %3:%4 and shows in the inspector.")
                                   .arg(m_relay->port())
                                   .arg(m_relay->keys()->currentKey(), m_relayHost->text())
                                   .arg(m_relayPort->value()));
    });
    m_relayStatus->setWordWrap(true);
    m_relayStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tabs->addTab(relayPage, tr("Relay"));

    auto *epPage = new QWidget(tabs);
    auto *el = new QVBoxLayout(epPage);
    m_endpointTable->setObjectName(QStringLiteral("endpointTable"));
    m_endpointTable->setColumnCount(4);
    m_endpointTable->setHorizontalHeaderLabels({tr("Enabled"), tr("Name"), tr("Plugin"), tr("URL")});
    m_endpointTable->horizontalHeader()->setStretchLastSection(true);
    m_endpointTable->verticalHeader()->hide();
    m_endpointTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_endpointTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *epButtons = new QHBoxLayout;
    auto *newEp = new QPushButton(tr("New for selected plugin"), epPage);
    auto *copyUrl = new QPushButton(tr("Copy URL"), epPage);
    auto *removeEp = new QPushButton(tr("Remove"), epPage);
    auto *saveSettings = new QPushButton(tr("Save settings"), epPage);
    epButtons->addWidget(newEp);
    epButtons->addWidget(copyUrl);
    epButtons->addWidget(removeEp);
    epButtons->addStretch();
    epButtons->addWidget(saveSettings);
    el->addWidget(m_endpointTable, 1);
    el->addLayout(epButtons);
    el->addWidget(m_endpointSettings);
    epPage->setEnabled(endpoints != nullptr);
    tabs->addTab(epPage, tr("Endpoints"));
    auto hookAt = [this](int row) {
        auto *it = row >= 0 ? m_endpointTable->item(row, 1) : nullptr;
        return it ? it->data(Qt::UserRole).toString() : QString();
    };
    connect(newEp, &QPushButton::clicked, this, [this, selectedPlugin] {
        const QString id = selectedPlugin();
        if (!m_endpoints || id.isEmpty()) {
            QMessageBox::information(this, tr("Endpoints"), tr("Select a connected plugin first."));
            return;
        }
        m_endpoints->create(id, tr("%1 endpoint").arg(id));
    });
    connect(copyUrl, &QPushButton::clicked, this, [this, hookAt] {
        const QString hook = hookAt(m_endpointTable->currentRow());
        if (!hook.isEmpty() && m_endpointServer)
            QApplication::clipboard()->setText(m_endpointServer->urlFor(hook));
    });
    connect(removeEp, &QPushButton::clicked, this, [this, hookAt] {
        const QString hook = hookAt(m_endpointTable->currentRow());
        if (!hook.isEmpty() && m_endpoints)
            m_endpoints->remove(hook);
    });
    connect(m_endpointTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != 0 || !m_endpoints)
            return;
        const QString hook = m_endpointTable->item(item->row(), 1) ? m_endpointTable->item(item->row(), 1)->data(Qt::UserRole).toString() : QString();
        if (!hook.isEmpty())
            m_endpoints->setEnabled(hook, item->checkState() == Qt::Checked);
    });
    connect(m_endpointTable, &QTableWidget::currentCellChanged, this, [this, hookAt](int row) {
        m_editingHook = hookAt(row);
        QList<Plugin::ConfigField> fields;
        const auto inst = m_endpoints ? m_endpoints->find(m_editingHook) : std::nullopt;
        if (inst && m_server)
            if (auto *p = m_server->plugin(inst->pluginId); p && p->declaration().endpoint)
                fields = p->declaration().endpoint->settings;
        m_endpointSettings->setConfigFields(fields);
        if (inst)
            m_endpointSettings->setValues(inst->settings);
    });
    connect(saveSettings, &QPushButton::clicked, this, [this] {
        if (!m_endpoints || m_editingHook.isEmpty())
            return;
        const QStringList problems = m_endpointSettings->validate();
        if (!problems.isEmpty()) {
            QMessageBox::warning(this, tr("Endpoint settings"), problems.join(QLatin1Char('\n')));
            return;
        }
        m_endpoints->setSettings(m_editingHook, m_endpointSettings->values());
    });
    if (endpoints)
        connect(endpoints, &Debug::EndpointRegistry::changed, this, &DebugPanel::refreshEndpoints);

    // ---- layout
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(pluginsBox);
    split->addWidget(inspBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *vsplit = new QSplitter(Qt::Vertical, this);
    vsplit->addWidget(split);
    vsplit->addWidget(tabs);
    vsplit->setStretchFactor(0, 4);
    vsplit->setStretchFactor(1, 1);
    vsplit->setSizes({600, 170});
    tabs->setMinimumHeight(120);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addWidget(serverBox);
    lay->addWidget(vsplit, 1);

    updateServerState();
    refreshEndpoints();
}

void DebugPanel::setListenAddress(const QString &host, quint16 port)
{
    m_host->setText(host);
    m_port->setValue(port);
}

bool DebugPanel::startServer()
{
    if (!m_server)
        return false;
    const QHostAddress addr(m_host->text().trimmed());
    if (addr.isNull()) {
        m_status->setText(tr("\"%1\" is not an IP address. Use 127.0.0.1 (this machine) or 0.0.0.0 (every interface).")
                              .arg(m_host->text()));
        return false;
    }
    Debug::DebugServerOptions o = m_server->options();
    o.allowExternal = m_allowExternal->isChecked();
    m_server->setOptions(o);
    if (auto r = m_server->listen(addr, quint16(m_port->value())); !r) {
        m_status->setText(r.error().message);
        updateServerState();
        return false;
    }
    m_status->setText(tr("Listening on %1.").arg(m_server->displayAddress()));
    updateServerState();
    return true;
}

void DebugPanel::stopServer()
{
    if (!m_server)
        return;
    m_server->close();
    m_status->setText(tr("Stopped."));
    updateServerState();
}

void DebugPanel::rotateKey()
{
    if (!m_server)
        return;
    m_server->keys()->rotate();
    updateServerState();
}

QString DebugPanel::envSnippet() const
{
    QString host = m_host->text().trimmed();
    if (host == QLatin1String("0.0.0.0") || host == QLatin1String("::"))
        host = QStringLiteral("YOUR-MACHINE-IP");
    const quint16 port = m_server && m_server->isListening() ? m_server->port() : quint16(m_port->value());
    return QStringLiteral("INSTALL_METHOD=remote\nREMOTE_INSTALL_URL=%1:%2\nREMOTE_INSTALL_KEY=%3\n")
        .arg(host)
        .arg(port)
        .arg(m_server ? m_server->keys()->currentKey() : QString());
}

void DebugPanel::updateServerState()
{
    const bool listening = m_server && m_server->isListening();
    m_startStop->setText(listening ? tr("Stop server") : tr("Start server"));
    m_host->setEnabled(!listening);
    m_port->setEnabled(!listening);
    m_allowExternal->setEnabled(!listening);
    if (listening)
        m_port->setValue(m_server->port());
    if (m_server) {
        const QString key = m_server->keys()->currentKey();
        m_key->setText(key);
        const QDateTime exp = m_server->keys()->expiresAt(key);
        m_expiry->setText(exp.isValid() ? tr("Key expires %1 if unused (each connection renews it).")
                                              .arg(exp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                        : tr("Key never expires."));
    }
    m_env->setPlainText(envSnippet());
    const QHostAddress addr(m_host->text().trimmed());
    const bool external = !addr.isNull() && !addr.isLoopback();
    if (external) {
        m_exposure->setText(tr("⚠ Listening on %1 exposes the debug server to other machines on the network; anyone "
                               "with the key can register a plugin. Prefer 127.0.0.1.")
                                .arg(m_host->text()));
        m_exposure->show();
    } else {
        m_exposure->hide();
    }
}

QString DebugPanel::statusText() const { return m_status->text(); }
QString DebugPanel::exposureWarningText() const { return m_exposure->isHidden() ? QString() : m_exposure->text(); }

void DebugPanel::applyFilter()
{
    Debug::MessageFilter f;
    f.pluginId = m_filterPlugin->text().trimmed();
    f.sessionId = m_filterSession->text().trimmed();
    f.type = m_filterType->text().trimmed();
    const Debug::MessageFilter &cur = m_inspectorModel->filter();
    if (cur.pluginId == f.pluginId && cur.sessionId == f.sessionId && cur.type == f.type)
        return;
    m_inspectorModel->setFilter(f);
}

void DebugPanel::showDetail()
{
    const QModelIndex i = m_inspector->currentIndex();
    if (!i.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(InspectorModel::prettyText(m_inspectorModel->message(i.row())));
}

void DebugPanel::refreshEndpoints()
{
    const QSignalBlocker block(m_endpointTable);
    m_endpointTable->setRowCount(0);
    if (!m_endpoints)
        return;
    const auto all = m_endpoints->all();
    m_endpointTable->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const auto &e = all[row];
        auto *en = new QTableWidgetItem;
        en->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        en->setCheckState(e.enabled ? Qt::Checked : Qt::Unchecked);
        auto *name = new QTableWidgetItem(e.name);
        name->setData(Qt::UserRole, e.hookId);
        m_endpointTable->setItem(row, 0, en);
        m_endpointTable->setItem(row, 1, name);
        m_endpointTable->setItem(row, 2, new QTableWidgetItem(e.pluginId));
        m_endpointTable->setItem(row, 3, new QTableWidgetItem(m_endpointServer ? m_endpointServer->urlFor(e.hookId)
                                                                               : tr("(endpoint server not running)")));
    }
    m_endpointTable->resizeColumnsToContents();
}

QDockWidget *createDebugDock(Debug::DebugServer *server, Debug::MessageLog *log, Debug::DebugRelay *relay,
                             Debug::EndpointRegistry *endpoints, Debug::EndpointServer *endpointServer, QWidget *parent,
                             DebugPanel **panelOut)
{
    auto *dock = new QDockWidget(DebugPanel::tr("Remote debug"), parent);
    dock->setObjectName(QStringLiteral("debugDock"));
    auto *panel = new DebugPanel(server, log, relay, endpoints, endpointServer, dock);
    dock->setWidget(panel);
    if (panelOut)
        *panelOut = panel;
    return dock;
}

} // namespace Studio::App
