// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wizard/newpluginwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizardPage>
#include <QtConcurrent/QtConcurrentRun>

namespace Studio::App {

using namespace Studio::Scaffold;

static QString kindHelp(PluginKind k)
{
    switch (k) {
    case PluginKind::Tool: return NewPluginWizard::tr("A tool provider with one tool that workflows and agents can call.");
    case PluginKind::ModelPredefined: return NewPluginWizard::tr("A model provider that ships a fixed list of models (an LLM to start).");
    case PluginKind::ModelCustomizable: return NewPluginWizard::tr("A model provider where users add their own model names and endpoints.");
    case PluginKind::AgentStrategy: return NewPluginWizard::tr("An agent strategy: the reasoning loop that drives models and tools.");
    case PluginKind::Extension: return NewPluginWizard::tr("HTTP endpoints (webhooks) served by the plugin.");
    case PluginKind::ToolsAndEndpoints: return NewPluginWizard::tr("A tool provider plus endpoints: the only kinds that may be combined.");
    case PluginKind::Datasource: return NewPluginWizard::tr("A website-crawl datasource for knowledge pipelines.");
    case PluginKind::Trigger: return NewPluginWizard::tr("A trigger that turns incoming webhooks into workflow events.");
    case PluginKind::Bundle: return NewPluginWizard::tr("A bundle: a list of plugins installed together.");
    }
    return {};
}

NewPluginWizard::NewPluginWizard(const QString &defaultParentDir, QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("New Plugin"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(720, 520);

    // Kind.
    auto *kindPage = new QWizardPage(this);
    kindPage->setTitle(tr("What kind of plugin?"));
    kindPage->setSubTitle(tr("Every kind generates files that validate and package as they are."));
    m_kinds = new QListWidget(kindPage);
    for (PluginKind k : allPluginKinds()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n    %2").arg(pluginKindTitle(k), kindHelp(k)), m_kinds);
        item->setData(Qt::UserRole, int(k));
    }
    m_kinds->setCurrentRow(0);
    m_kinds->setSpacing(2);
    (new QVBoxLayout(kindPage))->addWidget(m_kinds);
    setPage(KindPage, kindPage);

    // Details.
    auto *details = new QWizardPage(this);
    details->setTitle(tr("Name and description"));
    m_name = new QLineEdit(details);
    m_name->setPlaceholderText(QStringLiteral("weather_tool"));
    m_author = new QLineEdit(qEnvironmentVariable("USER").toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9_-]"))), details);
    m_label = new QLineEdit(details);
    m_label->setPlaceholderText(tr("Shown in Dify (defaults to the name)"));
    m_description = new QLineEdit(details);
    m_repo = new QLineEdit(details);
    m_repo->setPlaceholderText(QStringLiteral("https://github.com/you/plugin"));
    m_contact = new QLineEdit(details);
    m_contact->setPlaceholderText(QStringLiteral("you@example.com"));
    m_publishHint = new QLabel(details);
    m_publishHint->setWordWrap(true);
    m_publishHint->setObjectName(QStringLiteral("publishHint"));
    m_tags = new QLineEdit(details);
    m_tags->setPlaceholderText(tr("e.g. utilities, productivity"));
    auto *langRow = new QHBoxLayout;
    for (const QString &l : {QStringLiteral("zh_Hans"), QStringLiteral("ja_JP"), QStringLiteral("pt_BR")}) {
        auto *box = new QCheckBox(l, details);
        box->setProperty("lang", l);
        m_langs << box;
        langRow->addWidget(box);
    }
    langRow->addStretch(1);
    m_detailsError = new QLabel(details);
    m_detailsError->setWordWrap(true);
    m_detailsError->setStyleSheet(QStringLiteral("color: #dc2626;"));
    auto *df = new QFormLayout(details);
    df->addRow(tr("Name *"), m_name);
    df->addRow(tr("Author *"), m_author);
    df->addRow(tr("Label"), m_label);
    df->addRow(tr("Description *"), m_description);
    df->addRow(tr("Translations"), langRow);
    df->addRow(tr("Tags"), m_tags);
    df->addRow(tr("Repository"), m_repo);
    df->addRow(tr("Contact e-mail"), m_contact);
    df->addRow(m_publishHint);
    df->addRow(m_detailsError);
    setPage(DetailsPage, details);

    // Permissions and Python.
    auto *perm = new QWizardPage(this);
    perm->setTitle(tr("Permissions and Python"));
    perm->setSubTitle(tr("Endpoint plugins get the endpoint permission and agent strategies tool + LLM access automatically."));
    m_allowTool = new QCheckBox(tr("Invoke tools"), perm);
    m_allowModel = new QCheckBox(tr("Invoke models"), perm);
    m_allowNode = new QCheckBox(tr("Invoke workflow nodes"), perm);
    m_allowApp = new QCheckBox(tr("Invoke apps"), perm);
    m_allowStorage = new QCheckBox(tr("Persistent storage"), perm);
    m_storageSize = new QSpinBox(perm);
    m_storageSize->setRange(1024, 1073741824);
    m_storageSize->setValue(1048576);
    m_storageSize->setSuffix(tr(" bytes"));
    m_storageSize->setEnabled(false);
    connect(m_allowStorage, &QCheckBox::toggled, m_storageSize, &QWidget::setEnabled);
    m_sdk = new QComboBox(perm);
    m_sdk->setObjectName(QStringLiteral("sdkLine"));
    m_sdk->addItem(tr("%1 (recommended)").arg(sdkLine(SdkTrack::Current).title()), int(SdkTrack::Current));
    m_sdk->addItem(tr("%1 (not accepted by the Marketplace)").arg(sdkLine(SdkTrack::Legacy).title()), int(SdkTrack::Legacy));
    m_sdk->setToolTip(tr("Which dify_plugin the plugin is written for: requirements.txt, pyproject.toml "
                         "(requires-python) and meta.runner.version follow it."));
    m_pythonInfo = new QLabel(tr("Looking for Python on this machine..."), perm);
    m_pythonInfo->setWordWrap(true);
    m_pythonInfo->setTextFormat(Qt::PlainText);
    connect(m_sdk, &QComboBox::currentIndexChanged, this, &NewPluginWizard::updateRuntimeInfo);
    auto *pf = new QFormLayout(perm);
    pf->addRow(m_allowTool);
    pf->addRow(m_allowModel);
    pf->addRow(m_allowNode);
    pf->addRow(m_allowApp);
    pf->addRow(m_allowStorage, m_storageSize);
    pf->addRow(tr("SDK"), m_sdk);
    pf->addRow(m_pythonInfo);
    setPage(PermissionsPage, perm);

    // Location.
    auto *loc = new QWizardPage(this);
    loc->setTitle(tr("Where to create it"));
    m_parent = new QLineEdit(defaultParentDir, loc);
    auto *browse = new QToolButton(loc);
    browse->setText(tr("Browse..."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_parent, 1);
    row->addWidget(browse);
    m_summary = new QLabel(loc);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *lf = new QFormLayout(loc);
    lf->addRow(tr("Parent folder"), row);
    lf->addRow(m_summary);
    setPage(LocationPage, loc);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Parent Folder"), m_parent->text());
        if (!d.isEmpty())
            m_parent->setText(d);
    });
    connect(m_parent, &QLineEdit::textChanged, this, &NewPluginWizard::updateSummary);
    connect(m_name, &QLineEdit::textChanged, this, &NewPluginWizard::updateSummary);
    connect(m_repo, &QLineEdit::textChanged, this, &NewPluginWizard::updateSummary);
    connect(m_contact, &QLineEdit::textChanged, this, &NewPluginWizard::updateSummary);
    connect(this, &QWizard::currentIdChanged, this, &NewPluginWizard::updateSummary);
    connect(m_kinds, &QListWidget::currentRowChanged, this, [this] {
        const bool bundle = options().kind == PluginKind::Bundle;
        for (QCheckBox *b : {m_allowTool, m_allowModel, m_allowNode, m_allowApp, m_allowStorage})
            b->setEnabled(!bundle);
    });
    detectPython();
    updateSummary();
}

void NewPluginWizard::detectPython()
{
    // Probing interpreters runs processes: off the GUI thread.
    connect(&m_pythons, &QFutureWatcher<QList<LocalPython>>::finished, this, [this] {
        m_found = m_pythons.result();
        m_pythonsKnown = true;
        updateRuntimeInfo();
    });
    m_pythons.setFuture(QtConcurrent::run([] { return findLocalPythons(); }));
}

void NewPluginWizard::updateRuntimeInfo()
{
    const SdkTrack track = SdkTrack(m_sdk->currentData().toInt());
    if (!m_pythonsKnown) {
        m_pythonInfo->setText(tr("Looking for Python on this machine..."));
        return;
    }
    const RuntimeDefaults d = chooseRuntime(m_found, track);
    QStringList lines{d.explanation};
    lines << d.warnings;
    m_pythonInfo->setText(lines.join(QStringLiteral("\n\n")));
    m_pythonInfo->setStyleSheet(track == SdkTrack::Legacy ? QStringLiteral("color: #b45309;") : QString());
}

void NewPluginWizard::setKind(PluginKind kind)
{
    for (int i = 0; i < m_kinds->count(); ++i)
        if (m_kinds->item(i)->data(Qt::UserRole).toInt() == int(kind))
            m_kinds->setCurrentRow(i);
}

ScaffoldOptions NewPluginWizard::options() const
{
    ScaffoldOptions o;
    if (m_kinds->currentItem())
        o.kind = PluginKind(m_kinds->currentItem()->data(Qt::UserRole).toInt());
    o.name = m_name->text().trimmed();
    o.author = m_author->text().trimmed();
    o.label = m_label->text().trimmed();
    o.description = m_description->text().trimmed();
    o.repo = m_repo->text().trimmed();
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.tags << t.trimmed();
    for (QCheckBox *b : m_langs)
        if (b->isChecked())
            o.extraLanguages << b->property("lang").toString();
    o.allowTool = m_allowTool->isChecked();
    o.allowModel = m_allowModel->isChecked();
    o.allowNode = m_allowNode->isChecked();
    o.allowApp = m_allowApp->isChecked();
    o.allowStorage = m_allowStorage->isChecked();
    o.storageSize = m_storageSize->value();
    o.sdk = SdkTrack(m_sdk->currentData().toInt());
    o.contact = m_contact->text().trimmed();
    return o;
}

QString NewPluginWizard::targetDir() const
{
    return QDir(m_parent->text()).filePath(m_name->text().trimmed());
}

void NewPluginWizard::updateSummary()
{
    const ScaffoldOptions o = options();
    QString text = tr("A %1 plugin will be created in %2.").arg(pluginKindTitle(o.kind), QDir::toNativeSeparators(targetDir()));
    for (const QString &w : scaffoldWarnings(o))
        text += QStringLiteral("\n\n") + w;
    m_summary->setText(text);
    const bool ready = !o.repo.isEmpty() && !o.contact.isEmpty();
    m_publishHint->setText(ready || o.kind == PluginKind::Bundle
                               ? QString()
                               : tr("The Marketplace needs a source repository and a contact e-mail; you can also add "
                                    "them later on the Publish page."));
}

bool NewPluginWizard::validateCurrentPage()
{
    if (currentId() == DetailsPage) {
        const QString problem = checkScaffoldOptions(options());
        m_detailsError->setText(problem);
        return problem.isEmpty();
    }
    return QWizard::validateCurrentPage();
}

void NewPluginWizard::accept()
{
    const auto r = generatePlugin(options(), targetDir());
    if (!r) {
        QMessageBox::warning(this, tr("New Plugin"), r.error().message);
        return;
    }
    m_created = targetDir();
    m_files = *r;
    QWizard::accept();
}

} // namespace Studio::App
