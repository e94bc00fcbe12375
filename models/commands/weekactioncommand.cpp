#include "weekactioncommand.h"

#include "week/weekactionrepository.h"

WeekActionCommand::WeekActionCommand(WeekActionRepository &repository, WeekActionChange change)
    : QUndoCommand(change.text)
    , m_repository(repository)
    , m_change(std::move(change))
{}

void WeekActionCommand::redo()
{
    QList<WeekAction> actions = m_change.after;
    m_problem = m_repository.apply(actions);
    setObsolete(m_problem.has_value());
}

void WeekActionCommand::undo()
{
    QList<WeekAction> actions = m_change.before;
    m_problem = m_repository.apply(actions);
}
