#pragma once

#include "core/problem.h"
#include "metrics/metricstypes.h"

#include <QUndoCommand>

#include <memory>

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

// What an import command did the last time it ran.
struct MetricsImportReport {
    Outcome problem;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

// Imports metric points (a CSV file's, all or none); undo puts back the values they replaced
// and removes the ones that were new. An import that changes nothing (or fails) makes itself
// obsolete, so QUndoStack::push() drops it: keep report() to learn what happened.
class MetricsImportCommand final : public QUndoCommand
{
public:
    MetricsImportCommand(MetricsRepository &repository, const QString &text,
                         QList<MetricPoint> points);

    void redo() override;
    void undo() override;
    std::shared_ptr<const MetricsImportReport> report() const { return m_report; }

private:
    MetricsRepository &m_repository;
    QList<MetricPoint> m_points;
    QList<MetricPoint> m_previous;
    std::shared_ptr<MetricsImportReport> m_report = std::make_shared<MetricsImportReport>();
};
