#include "coveragecommand.h"

#include "coverage/coveragerepository.h"

CoverageCommand::CoverageCommand(CoverageRepository &repository, CoverageChange change)
    : QUndoCommand(change.text)
    , m_repository(repository)
    , m_change(std::move(change))
{}

void CoverageCommand::redo()
{
    CoverageEdit edit = m_change.after;
    m_problem = m_repository.apply(edit);
    setObsolete(m_problem.has_value());
}

void CoverageCommand::undo()
{
    CoverageEdit edit = m_change.before;
    m_problem = m_repository.apply(edit);
}
