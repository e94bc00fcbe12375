#include "interviewcommand.h"

#include "interviews/interviewrepository.h"

InterviewCommand::InterviewCommand(InterviewRepository &repository, InterviewChange change)
    : QUndoCommand(change.text)
    , m_repository(repository)
    , m_change(std::move(change))
{}

void InterviewCommand::redo()
{
    // Sequence and stamps are the repository's: saving raises them past what is stored.
    InterviewEdit edit = m_change.after;
    m_problem = m_repository.apply(edit);
    setObsolete(m_problem.has_value());
}

void InterviewCommand::undo()
{
    InterviewEdit edit = m_change.before;
    m_problem = m_repository.apply(edit);
}
