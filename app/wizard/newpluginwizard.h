// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scaffold/scaffold.h"

#include <QFutureWatcher>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Studio::App {

// File > New Plugin (Ctrl+N): kind, details, permissions and Python, location; then generatePlugin().
class NewPluginWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { KindPage, DetailsPage, PermissionsPage, LocationPage };
    explicit NewPluginWizard(const QString &defaultParentDir, QWidget *parent = nullptr);

    Scaffold::ScaffoldOptions options() const;
    QString targetDir() const;
    QString createdPath() const { return m_created; } // set after a successful accept()
    QStringList createdFiles() const { return m_files; }

    // Test/automation access to the fields.
    void setKind(Scaffold::PluginKind kind);
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *parentDirEdit() const { return m_parent; }
    QLineEdit *repoEdit() const { return m_repo; }
    QLineEdit *contactEdit() const { return m_contact; }
    QComboBox *sdkCombo() const { return m_sdk; }
    QLabel *pythonInfoLabel() const { return m_pythonInfo; }

    void accept() override;
    bool validateCurrentPage() override;

private:
    void detectPython();
    void updateSummary();
    QListWidget *m_kinds;
    QLineEdit *m_name;
    QLineEdit *m_author;
    QLineEdit *m_label;
    QLineEdit *m_description;
    QLineEdit *m_repo;
    QLineEdit *m_contact;
    QLabel *m_publishHint;
    QLineEdit *m_tags;
    QList<QCheckBox *> m_langs;
    QCheckBox *m_allowTool;
    QCheckBox *m_allowModel;
    QCheckBox *m_allowNode;
    QCheckBox *m_allowApp;
    QCheckBox *m_allowStorage;
    QSpinBox *m_storageSize;
    QComboBox *m_sdk;
    QLabel *m_pythonInfo;
    QLineEdit *m_parent;
    QLabel *m_summary;
    QLabel *m_detailsError;
    QFutureWatcher<QList<Scaffold::LocalPython>> m_pythons;
    QList<Scaffold::LocalPython> m_found;
    bool m_pythonsKnown = false;
    void updateRuntimeInfo();
    QString m_created;
    QStringList m_files;
};

} // namespace Studio::App
