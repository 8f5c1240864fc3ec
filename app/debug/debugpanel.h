// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DebugPanel: the remote-debug server (host, port, key, .env snippet, start/stop, rotate, expiry,
// exposure warning), the connected plugins, the message inspector, relay settings and endpoint
// instances. Wiring: `auto *dock = createDebugDock(server, log, relay, endpoints, endpointServer, this);`
//   `mainWindow->addPanel(dock, Qt::RightDockWidgetArea);` — relay/endpoints/endpointServer may be null;
//   connect `DebugPanel::openInConsole(pluginId)` to the console (ConsolePanel::selectPlugin).

#include <QHostAddress>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace Studio::Debug {
class DebugRelay;
class DebugServer;
class EndpointRegistry;
class EndpointServer;
class MessageLog;
} // namespace Studio::Debug

namespace Studio::App {

class ConfigForm;
class DebugPluginsModel;
class InspectorModel;

class DebugPanel : public QWidget
{
    Q_OBJECT
public:
    DebugPanel(Debug::DebugServer *server, Debug::MessageLog *log, Debug::DebugRelay *relay,
               Debug::EndpointRegistry *endpoints, Debug::EndpointServer *endpointServer, QWidget *parent = nullptr);

    // Starts the server on the host/port fields (port 0 = any free port). Shows errors in the panel.
    bool startServer();
    void stopServer();
    void rotateKey();
    QString envSnippet() const; // INSTALL_METHOD=remote / REMOTE_INSTALL_URL / REMOTE_INSTALL_KEY
    void setListenAddress(const QString &host, quint16 port);

    DebugPluginsModel *pluginsModel() const { return m_pluginsModel; }
    InspectorModel *inspectorModel() const { return m_inspectorModel; }
    QTableView *inspectorView() const { return m_inspector; }
    QPlainTextEdit *detailView() const { return m_detail; }
    QString statusText() const;
    QString exposureWarningText() const;
    void refreshEndpoints();

Q_SIGNALS:
    void openInConsole(const QString &pluginId);
    // "Replay in console": a request captured from the host (Dify), to run against the local plugin.
    void replayInConsole(const QByteArray &line, const QString &pluginId);

private:
    void updateServerState();
    void applyFilter();
    void showDetail();

    QPointer<Debug::DebugServer> m_server;
    QPointer<Debug::MessageLog> m_log;
    QPointer<Debug::DebugRelay> m_relay;
    QPointer<Debug::EndpointRegistry> m_endpoints;
    QPointer<Debug::EndpointServer> m_endpointServer;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_key;
    QLabel *m_expiry;
    QPlainTextEdit *m_env;
    QPushButton *m_startStop;
    QLabel *m_status;
    QLabel *m_exposure;
    QCheckBox *m_allowExternal;
    DebugPluginsModel *m_pluginsModel;
    QTableView *m_plugins;
    InspectorModel *m_inspectorModel;
    QTableView *m_inspector;
    QLineEdit *m_filterPlugin, *m_filterSession, *m_filterType;
    QPlainTextEdit *m_detail;
    QLineEdit *m_relayHost, *m_relayKey;
    QSpinBox *m_relayPort;
    QLabel *m_relayStatus;
    QTableWidget *m_endpointTable;
    ConfigForm *m_endpointSettings;
    QString m_editingHook;
};

QDockWidget *createDebugDock(Debug::DebugServer *server, Debug::MessageLog *log, Debug::DebugRelay *relay,
                             Debug::EndpointRegistry *endpoints, Debug::EndpointServer *endpointServer,
                             QWidget *parent, DebugPanel **panelOut = nullptr);

} // namespace Studio::App
