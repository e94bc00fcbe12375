#include "metricscommand.h"

#include "metrics/metricsrepository.h"

MetricsCommand::MetricsCommand(MetricsRepository &repository, MetricsChange change)
    : QUndoCommand(change.text)
    , m_repository(repository)
    , m_change(std::move(change))
{}

void MetricsCommand::redo()
{
    MetricsEdit edit = m_change.after;
    m_problem = m_repository.apply(edit);
    setObsolete(m_problem.has_value());
}

void MetricsCommand::undo()
{
    MetricsEdit edit = m_change.before;
    m_problem = m_repository.apply(edit);
}
