#include "problemlistview.h"

#include "core/problemlist.h"
#include "errortext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ProblemListView::ProblemListView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_list(new QListWidget)
    , m_showAll(new QPushButton)
{
    m_heading->setWordWrap(true);
    showAsError(m_heading, true);
    m_list->setObjectName(QStringLiteral("problems"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // to copy them
    m_showAll->setObjectName(QStringLiteral("showAllProblems"));
    connect(m_showAll, &QPushButton::clicked, this, [this] { fill(true); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_showAll);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    setVisible(false);
}

void ProblemListView::setProblems(const QStringList &lines, const QString &heading)
{
    m_lines = lines;
    m_heading->setText(heading);
    fill(false);
    setVisible(!lines.isEmpty());
}

void ProblemListView::fill(bool all)
{
    const qsizetype shown =
        all ? m_lines.size() : std::min<qsizetype>(m_lines.size(), ProblemList::Shown);
    m_list->clear();
    m_list->addItems(m_lines.mid(0, shown));
    m_showAll->setText(tr("Show all %n", nullptr, int(m_lines.size())));
    m_showAll->setVisible(shown < m_lines.size());
}
