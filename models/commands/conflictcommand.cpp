#include "conflictcommand.h"

ConflictCommand::ConflictCommand(ConflictRepository &repository, ConflictResolution resolution)
    : QUndoCommand(resolution.text)
    , m_repository(repository)
    , m_resolution(std::move(resolution))
{}

void ConflictCommand::redo()
{
    m_problem = m_repository.apply(m_resolution, true);
    setObsolete(m_problem.has_value());
}

void ConflictCommand::undo()
{
    m_problem = m_repository.apply(m_resolution, false);
}
