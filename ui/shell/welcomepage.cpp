#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget)
{
    auto *column = new QWidget;
    column->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(column);
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

    auto addChoice = [&](const QString &text, const QString &description, auto onClick) {
        auto *button = new QCommandLinkButton(text, description);
        connect(button, &QCommandLinkButton::clicked, this, onClick);
        layout->addWidget(button);
        return button;
    };
    addChoice(tr("Start from the handbook"),
              tr("The PM team's teams, PMs, coverage history and goals."),
              [this] { emit createRequested(WorkspaceFactory::Content::Starter); })
        ->setObjectName(QStringLiteral("startFromHandbook"));
    addChoice(tr("Explore sample data"),
              tr("The handbook's data plus a year of made-up activity, marked as sample."),
              [this] { emit createRequested(WorkspaceFactory::Content::Sample); });
    addChoice(tr("Start empty"), tr("A workspace with nothing in it yet."),
              [this] { emit createRequested(WorkspaceFactory::Content::Empty); });
    addChoice(tr("Open a workspace…"), tr("A .cadence file of yours or a teammate's."),
              [this] { emit browseRequested(); });

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
