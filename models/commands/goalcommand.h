#pragma once

#include "core/problem.h"
#include "goals/goaledits.h"

#include <QUndoCommand>

class GoalRepository;

// Applies one GoalChange through the repository; undo restores the goals as they were.
class GoalCommand final : public QUndoCommand
{
public:
    GoalCommand(GoalRepository &repository, GoalChange change);

    void redo() override;
    void undo() override;
    // Why the last redo or undo did not land, if it did not.
    const Outcome &problem() const { return m_problem; }

private:
    GoalRepository &m_repository;
    GoalChange m_change;
    Outcome m_problem;
};
