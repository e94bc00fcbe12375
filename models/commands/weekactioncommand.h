#pragma once

#include "core/problem.h"
#include "week/weekaction.h"

#include <QUndoCommand>

class WeekActionRepository;

// Applies one WeekActionChange through the repository; undo restores the records as they were.
class WeekActionCommand final : public QUndoCommand
{
public:
    WeekActionCommand(WeekActionRepository &repository, WeekActionChange change);

    void redo() override;
    void undo() override;
    const Outcome &problem() const { return m_problem; }

private:
    WeekActionRepository &m_repository;
    WeekActionChange m_change;
    Outcome m_problem;
};
