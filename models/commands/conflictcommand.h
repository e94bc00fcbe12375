#pragma once

#include "core/problem.h"
#include "sync/conflictrepository.h"

#include <QUndoCommand>

// Resolves one conflict through the repository (keeps the current value, or restores the lost
// one); undo puts the record and the conflict back as they were.
class ConflictCommand final : public QUndoCommand
{
public:
    ConflictCommand(ConflictRepository &repository, ConflictResolution resolution);

    void redo() override;
    void undo() override;
    // Why the last redo or undo did not land, if it did not.
    const Outcome &problem() const { return m_problem; }

private:
    ConflictRepository &m_repository;
    ConflictResolution m_resolution;
    Outcome m_problem;
};
