#pragma once

#include "core/problem.h"
#include "interviews/interviewtypes.h"

#include <QUndoCommand>

class InterviewRepository;

// Applies one InterviewChange through the repository; undo restores the records as they were.
class InterviewCommand final : public QUndoCommand
{
public:
    InterviewCommand(InterviewRepository &repository, InterviewChange change);

    void redo() override;
    void undo() override;
    const Outcome &problem() const { return m_problem; }

private:
    InterviewRepository &m_repository;
    InterviewChange m_change;
    Outcome m_problem;
};
