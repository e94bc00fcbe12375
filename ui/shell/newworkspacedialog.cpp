#include "newworkspacedialog.h"
#include "widgets/errortext.h"

#include "widgets/filedialogs.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

// A name in the app's data folder that is not taken yet: workspace.cadence, workspace-2…
QString freshDefaultPath()
{
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QString name = QStringLiteral("workspace.cadence");
    for (int i = 2; folder.exists(name); ++i)
        name = QStringLiteral("workspace-%1.cadence").arg(i);
    return folder.filePath(name);
}

} // namespace

NewWorkspaceDialog::NewWorkspaceDialog(WorkspaceFactory::Content content, QWidget *parent)
    : QDialog(parent)
    , m_contents(new QButtonGroup(this))
    , m_path(new QLineEdit(QDir::toNativeSeparators(freshDefaultPath())))
    , m_warning(new QLabel)
{
    setWindowTitle(tr("New Workspace"));
    auto *layout = new QVBoxLayout(this);
    const struct {
        WorkspaceFactory::Content content;
        QString text;
    } choices[] = {
        {WorkspaceFactory::Content::Starter,
         tr("From the handbook: teams, PMs, coverage history and goals")},
        {WorkspaceFactory::Content::Sample, tr("Sample data: the handbook plus made-up activity")},
        {WorkspaceFactory::Content::Empty, tr("Empty")},
    };
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.text);
        m_contents->addButton(button, int(choice.content));
        button->setChecked(choice.content == content);
        layout->addWidget(button);
    }

    auto *pathRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Browse…"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    layout->addSpacing(8);
    layout->addLayout(form);
    showAsError(m_warning);
    layout->addWidget(m_warning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &NewWorkspaceDialog::validate);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialogs::saveFile(this, tr("New Workspace"), path(),
                                                     tr("Cadence workspaces (*.cadence)"),
                                                     FileDialogs::Kind::Workspace);
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen.endsWith(QLatin1String(".cadence"))
                                                         ? chosen
                                                         : chosen + QLatin1String(".cadence")));
    });
    QDir().mkpath(QFileInfo(path()).absolutePath());
    validate();
    resize(520, sizeHint().height());
}

WorkspaceFactory::Content NewWorkspaceDialog::content() const
{
    return WorkspaceFactory::Content(m_contents->checkedId());
}

QString NewWorkspaceDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void NewWorkspaceDialog::validate()
{
    QString problem;
    const QFileInfo info(path());
    if (path().isEmpty())
        problem = tr("Choose a file.");
    else if (info.exists())
        problem = tr("That file exists already; Cadence will not overwrite it.");
    else if (!QFileInfo(info.absolutePath()).isDir())
        problem = tr("The folder does not exist.");
    m_warning->setText(problem);
    m_warning->setVisible(!problem.isEmpty());
    m_create->setEnabled(problem.isEmpty());
}
