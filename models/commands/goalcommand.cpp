#include "goalcommand.h"

#include "goals/goalrepository.h"

GoalCommand::GoalCommand(GoalRepository &repository, GoalChange change)
    : QUndoCommand(change.text)
    , m_repository(repository)
    , m_change(std::move(change))
{}

void GoalCommand::redo()
{
    QList<Goal> goals = m_change.after;
    m_problem = m_repository.apply(goals);
    setObsolete(m_problem.has_value());
}

void GoalCommand::undo()
{
    QList<Goal> goals = m_change.before;
    m_problem = m_repository.apply(goals);
}
