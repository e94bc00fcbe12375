#pragma once

#include "core/problem.h"
#include "coverage/coverageedits.h"

#include <QUndoCommand>

class CoverageRepository;

// Applies one CoverageChange through the repository; undo restores the records as they were.
class CoverageCommand final : public QUndoCommand
{
public:
    CoverageCommand(CoverageRepository &repository, CoverageChange change);

    void redo() override;
    void undo() override;
    // Why the last redo or undo did not land, if it did not.
    const Outcome &problem() const { return m_problem; }

private:
    CoverageRepository &m_repository;
    CoverageChange m_change;
    Outcome m_problem;
};
