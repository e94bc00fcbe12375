#include "goalsimportdialog.h"

#include "coverage/coveragerepository.h"
#include "goals/goalrepository.h"
#include "workspace/workspacesession.h"

#include "widgets/problemlistview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column { QuarterColumn, TitleColumn, OwnerColumn, KeyResultsColumn, ActionColumn, Columns };

// The quarters a text's undated goals may go into: those of the board and the ones around
// the shown quarter.
QStringList quarterChoices(WorkspaceSession &session, const QString &shown)
{
    QStringList quarters = session.goals().quarters();
    if (const std::optional<Quarter> around = Quarter::parse(shown)) {
        Quarter quarter = around->previous().previous();
        for (int i = 0; i < 5; ++i, quarter = quarter.next())
            quarters << quarter.key();
    }
    std::sort(quarters.begin(), quarters.end());
    quarters.erase(std::unique(quarters.begin(), quarters.end()), quarters.end());
    return quarters;
}

} // namespace

GoalsImportDialog::GoalsImportDialog(WorkspaceSession &session, QString text, QString source,
                                     const QString &defaultQuarter, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_text(std::move(text))
    , m_source(std::move(source))
    , m_summary(new QLabel)
    , m_quarterRow(new QWidget)
    , m_quarter(new QComboBox)
    , m_table(new QTableWidget(0, Columns))
    , m_problems(new ProblemListView)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_import(m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Import goals from %1").arg(m_source));
    m_summary->setWordWrap(true);
    m_quarter->setObjectName(QStringLiteral("importQuarter"));
    m_quarter->addItems(quarterChoices(session, defaultQuarter));
    m_quarter->setCurrentText(defaultQuarter);
    auto *quarterLayout = new QHBoxLayout(m_quarterRow);
    quarterLayout->setContentsMargins(0, 0, 0, 0);
    quarterLayout->addWidget(new QLabel(tr("The text names no quarter for its goals; they go "
                                           "into")));
    quarterLayout->addWidget(m_quarter);
    quarterLayout->addStretch(1);
    connect(m_quarter, &QComboBox::currentTextChanged, this, &GoalsImportDialog::replan);

    m_table->setHorizontalHeaderLabels(
        {tr("Quarter"), tr("Goal"), tr("Owner"), tr("Key results"), tr("Import")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int column : {QuarterColumn, OwnerColumn, KeyResultsColumn, ActionColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_quarterRow);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 520);

    replan();
}

bool GoalsImportDialog::canImport() const
{
    return m_plan.reading.ok() && !m_plan.import.change.isEmpty();
}

void GoalsImportDialog::replan()
{
    // The quarter chosen here is only for goals the text gives none.
    m_plan = GoalContext::planMarkdown(m_session, m_text, m_quarter->currentText());
    m_quarterRow->setVisible(m_plan.reading.undated);

    const GoalsMarkdown::Names names = GoalContext::markdownNames(m_session);
    const QList<Goal> &goals = m_plan.reading.goals;
    m_table->setRowCount(int(goals.size()));
    for (qsizetype row = 0; row < goals.size(); ++row) {
        const Goal &goal = goals[row];
        const ImportAction action = m_plan.import.actions.value(row, ImportAction::Keep);
        const QString what = action == ImportAction::Add      ? tr("new")
                             : action == ImportAction::Update ? tr("updates the board's")
                                                              : tr("already there");
        const QStringList cells = {goal.quarter, goal.title,
                                   goal.ownerId.isEmpty() ? tr("nobody") : names.pm(goal.ownerId),
                                   QString::number(goal.keyResults.size()), what};
        for (int column = 0; column < Columns; ++column)
            m_table->setItem(int(row), column, new QTableWidgetItem(cells[column]));
    }
    m_table->setVisible(!goals.isEmpty());

    const ImportCounts &counts = m_plan.import.counts;
    if (!m_plan.reading.ok())
        m_summary->setText(
            tr("Nothing can be imported from %1 until its problems are fixed.").arg(m_source));
    else if (goals.isEmpty())
        m_summary->setText(tr("%1 holds no goals (a goal starts with “Goal 1: Title -> "
                              "Owner”).")
                               .arg(m_source));
    else
        m_summary->setText(
            tr("%n goal(s) read: %1.", nullptr, int(goals.size())).arg(counts.summary()));
    const QStringList problems = m_plan.reading.problems.lines();
    m_problems->setProblems(problems, tr("%n problem(s): fix the text and import it again. "
                                         "Nothing will be imported.",
                                         nullptr, int(problems.size())));
    m_import->setText(tr("Import %n goal(s)", nullptr, counts.added + counts.updated));
    m_import->setEnabled(canImport());
}
