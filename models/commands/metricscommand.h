#pragma once

#include "core/problem.h"
#include "metrics/metricstypes.h"

#include <QUndoCommand>

class MetricsRepository;

// Applies one MetricsChange (catalogue, product or review edit) through the repository; undo
// restores the records as they were.
class MetricsCommand final : public QUndoCommand
{
public:
    MetricsCommand(MetricsRepository &repository, MetricsChange change);

    void redo() override;
    void undo() override;
    // Why the last redo or undo did not land, if it did not.
    const Outcome &problem() const { return m_problem; }

private:
    MetricsRepository &m_repository;
    MetricsChange m_change;
    Outcome m_problem;
};
