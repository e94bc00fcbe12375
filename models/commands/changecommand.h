#pragma once

#include "core/problem.h"

#include <QUndoCommand>

// Applies one change (its text, and the records as they were before and are after it) through
// the repository of its records; undo applies the records as they were. Each run applies a
// copy: a repository's apply() sets the records' stamps as stored, and a redo after an undo
// must write the change again as it was made.
template<typename Repository, typename Change> class ChangeCommand final : public QUndoCommand
{
public:
    ChangeCommand(Repository &repository, Change change)
        : QUndoCommand(change.text)
        , m_repository(repository)
        , m_change(std::move(change))
    {}

    void redo() override
    {
        auto records = m_change.after;
        m_problem = m_repository.apply(records);
        setObsolete(m_problem.has_value());
    }
    void undo() override
    {
        auto records = m_change.before;
        m_problem = m_repository.apply(records);
    }
    // Why the last redo or undo did not land, if it did not.
    const Outcome &problem() const { return m_problem; }

private:
    Repository &m_repository;
    Change m_change;
    Outcome m_problem;
};
