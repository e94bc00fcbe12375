#include "newworkspaceform.h"

#include "widgets/errortext.h"
#include "widgets/filedialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

NewWorkspaceForm::NewWorkspaceForm(QWidget *parent)
    : QWidget(parent)
    , m_path(new QLineEdit)
    , m_warning(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pathRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Browse…"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    layout->addLayout(form);
    showAsError(m_warning);
    m_warning->setWordWrap(true);
    layout->addWidget(m_warning);

    connect(m_path, &QLineEdit::textChanged, this, &NewWorkspaceForm::validate);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialogs::saveFile(this, tr("New Workspace"), path(),
                                                     tr("Cadence workspaces (*.cadence)"),
                                                     FileDialogs::Kind::Workspace);
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen.endsWith(QLatin1String(".cadence"))
                                                         ? chosen
                                                         : chosen + QLatin1String(".cadence")));
    });
    proposeFreshPath();
}

void NewWorkspaceForm::proposeFreshPath()
{
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QDir().mkpath(folder.path());
    QString name = QStringLiteral("workspace.cadence");
    for (int i = 2; folder.exists(name); ++i)
        name = QStringLiteral("workspace-%1.cadence").arg(i);
    m_path->setText(QDir::toNativeSeparators(folder.filePath(name)));
    validate(); // the same text as before would not signal a change
}

QString NewWorkspaceForm::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool NewWorkspaceForm::isAcceptable() const
{
    return m_warning->text().isEmpty();
}

void NewWorkspaceForm::validate()
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
    emit acceptableChanged(problem.isEmpty());
}
