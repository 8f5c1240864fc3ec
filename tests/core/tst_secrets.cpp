// SPDX-License-Identifier: GPL-3.0-or-later
// Credentials checked by the plugin itself: the runtime's SDK-free fixture plugin runs for real
// and answers validate_tool_credentials; stored credentials stay encrypted in the workspace.
#include "core/runtime/localplugin.h"
#include "core/runtime/pluginconnection.h"
#include "core/workspace/credentialcheck.h"
#include "core/workspace/workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Studio;
using namespace Studio::Workspace;

class TstSecrets : public QObject
{
    Q_OBJECT
private slots:
    void validateWithTheRunningPlugin()
    {
        Runtime::LocalPluginOptions o;
        o.interpreter = QStandardPaths::findExecutable(QStringLiteral("python3"));
        o.restartOnCrash = false;
        Runtime::LocalPlugin plugin(QStringLiteral(STUDIO_FIXTURES "/runtime/echo_plugin"), o, nullptr);
        plugin.start();
        QTRY_VERIFY_WITH_TIMEOUT(plugin.state() == Runtime::RuntimeState::Active, 60000);

        QTemporaryDir data;
        auto ws = WorkspaceStore::open(data.path());
        QVERIFY(ws);
        Credential c;
        c.pluginId = QStringLiteral("studio-tests/echo_plugin");
        c.provider = QStringLiteral("echo");
        c.name = QStringLiteral("main");
        c.values = QJsonObject{{QStringLiteral("api_key"), QStringLiteral("validated-secret")}};
        auto stored = (*ws)->addCredential(c);
        QVERIFY(stored);

        std::optional<VoidResult> result;
        validateCredentials(plugin.connection(), CredentialKind::Tool, QStringLiteral("echo"), stored->values,
                            [&](VoidResult r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->hasValue(), qPrintable(result->hasValue() ? QString() : result->error().message));

        // The fixture does not implement the model action: it ends without a result -> clear error.
        std::optional<VoidResult> model;
        validateCredentials(plugin.connection(), CredentialKind::ModelProvider, QStringLiteral("echo"), stored->values,
                            [&](VoidResult r) { model = r; });
        QTRY_VERIFY_WITH_TIMEOUT(model.has_value(), 30000);
        QVERIFY(!model->hasValue());

        std::optional<VoidResult> none;
        validateCredentials(nullptr, CredentialKind::Tool, QStringLiteral("echo"), {}, [&](VoidResult r) { none = r; });
        QTRY_VERIFY(none.has_value());
        QVERIFY(none->error().message.contains(QStringLiteral("not running")));
        plugin.stop();
    }
};

QTEST_GUILESS_MAIN(TstSecrets)
#include "tst_secrets.moc"
