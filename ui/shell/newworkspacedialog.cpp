#include "newworkspacedialog.h"

#include "newworkspaceform.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

NewWorkspaceDialog::NewWorkspaceDialog(WorkspaceFactory::Content content, QWidget *parent)
    : QDialog(parent)
    , m_contents(new QButtonGroup(this))
    , m_form(new NewWorkspaceForm)
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
    layout->addSpacing(8);
    layout->addWidget(m_form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &NewWorkspaceForm::acceptableChanged, create, &QPushButton::setEnabled);
    create->setEnabled(m_form->isAcceptable());
    resize(520, sizeHint().height());
}

WorkspaceFactory::Content NewWorkspaceDialog::content() const
{
    return WorkspaceFactory::Content(m_contents->checkedId());
}

QString NewWorkspaceDialog::path() const
{
    return m_form->path();
}
