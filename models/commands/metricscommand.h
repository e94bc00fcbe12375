#pragma once

#include "changecommand.h"
#include "core/problem.h"
#include "metrics/metricsrepository.h"
#include "metrics/metricstypes.h"

#include <QUndoCommand>

#include <memory>

// A change of the catalogue, a product or a review, undoable.
using MetricsCommand = ChangeCommand<MetricsRepository, MetricsChange>;

// What an import command did the last time it ran.
struct MetricsImportReport {
    Outcome problem;
    ImportCounts counts;
    QList<Product> products; // the new products it added
};

// Imports metric points (a CSV file's, all or none) and the products they need; undo puts
// back the values they replaced and removes the points and products that were new. The
// source is read once, on the first redo; what it changed is kept to undo and redo it. An
// import that changes nothing (or fails) makes itself obsolete, so QUndoStack::push() drops
// it: keep report() to learn what happened.
class MetricsImportCommand final : public QUndoCommand
{
public:
    MetricsImportCommand(MetricsRepository &repository, const QString &text,
                         std::unique_ptr<MetricPointSource> source);

    void redo() override;
    void undo() override;
    std::shared_ptr<const MetricsImportReport> report() const { return m_report; }

private:
    MetricsRepository &m_repository;
    std::unique_ptr<MetricPointSource> m_source; // until the first redo
    QList<MetricPoint> m_before;
    QList<MetricPoint> m_after;
    QList<Product> m_products;
    std::shared_ptr<MetricsImportReport> m_report = std::make_shared<MetricsImportReport>();
};
