#include "welcomepage.h"

#include "newworkspaceform.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_formFrame(new QFrame)
    , m_form(new NewWorkspaceForm)
    , m_recent(new QListWidget)
{
    auto *column = new QWidget;
    column->setMaximumWidth(560);
    auto *layout = m_choices = new QVBoxLayout(column);
    layout->setSpacing(6);

    auto *title = new QLabel(tr("Welcome to Cadence"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *lead = new QLabel(tr("Plan the week, read the metric trends before a growth review, "
                               "and see which teams have no PM. Everything lives in one "
                               "workspace file that you can share with your teammates."));
    lead->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(lead);
    layout->addSpacing(12);

    auto addChoice = [&](const QString &text, const QString &description) {
        auto *button = new QCommandLinkButton(text, description);
        layout->addWidget(button);
        return button;
    };
    const struct {
        const char *objectName;
        QString text;
        QString description;
        WorkspaceFactory::Content content;
    } creators[] = {
        {"startFromHandbook", tr("Start from the handbook"),
         tr("The PM team's teams, PMs, coverage history and goals."),
         WorkspaceFactory::Content::Starter},
        {"exploreSampleData", tr("Explore sample data"),
         tr("The handbook's data plus a year of made-up activity, marked as sample."),
         WorkspaceFactory::Content::Sample},
        {"startEmpty", tr("Start empty"), tr("A workspace with nothing in it yet."),
         WorkspaceFactory::Content::Empty},
    };
    for (const auto &creator : creators) {
        QCommandLinkButton *choice = addChoice(creator.text, creator.description);
        choice->setObjectName(QLatin1String(creator.objectName));
        connect(choice, &QCommandLinkButton::clicked, this,
                [this, choice, content = creator.content] { openForm(choice, content); });
    }
    QCommandLinkButton *open =
        addChoice(tr("Open a workspace…"), tr("A .cadence file of yours or a teammate's."));
    open->setObjectName(QStringLiteral("openWorkspace"));
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::browseRequested);

    // The form is a part of the page, indented under its choice, never a window over it.
    m_formFrame->setObjectName(QStringLiteral("newWorkspaceForm"));
    m_formFrame->setFrameShape(QFrame::StyledPanel);
    m_formFrame->setContentsMargins(28, 0, 0, 0); // under the choice's text, past its arrow
    auto *formLayout = new QVBoxLayout(m_formFrame);
    formLayout->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("Create"));
    create->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    buttons->addStretch(1);
    buttons->addWidget(create);
    buttons->addWidget(cancel);
    formLayout->addLayout(buttons);
    m_formFrame->hide();
    layout->addWidget(m_formFrame);
    connect(m_form, &NewWorkspaceForm::acceptableChanged, create, &QPushButton::setEnabled);
    auto accept = [this] {
        if (m_form->isAcceptable())
            emit createRequested(m_content, m_form->path());
    };
    connect(create, &QPushButton::clicked, this, accept);
    connect(m_form->pathEdit(), &QLineEdit::returnPressed, this, accept);
    connect(cancel, &QPushButton::clicked, this, &WelcomePage::closeForm);

    m_recentLabel = new QLabel(tr("Recent workspaces"));
    QFont bold = m_recentLabel->font();
    bold.setBold(true);
    m_recentLabel->setFont(bold);
    layout->addSpacing(12);
    layout->addWidget(m_recentLabel);
    m_recent->setObjectName(QStringLiteral("recentWorkspaces"));
    m_recent->setMaximumHeight(140);
    layout->addWidget(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRequested(item->data(Qt::UserRole).toString());
    });

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(column);
    middle->addStretch(2);
    outer->addLayout(middle, 3);
    outer->addStretch(1);
}

void WelcomePage::openForm(QCommandLinkButton *choice, WorkspaceFactory::Content content)
{
    m_content = content;
    m_formChoice = choice;
    m_choices->removeWidget(m_formFrame);
    m_choices->insertWidget(m_choices->indexOf(choice) + 1, m_formFrame);
    m_form->proposeFreshPath();
    m_formFrame->show();
    m_form->pathEdit()->setFocus();
    m_form->pathEdit()->selectAll();
}

void WelcomePage::closeForm()
{
    m_formFrame->hide();
    if (m_formChoice)
        m_formChoice->setFocus();
    m_formChoice = nullptr;
}

void WelcomePage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_formFrame->isVisible()) {
        closeForm();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WelcomePage::setRecentWorkspaces(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(path).fileName(),
                              QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setVisible(!paths.isEmpty());
}
