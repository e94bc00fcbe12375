#include "metricscommand.h"

#include "metrics/metricsrepository.h"

MetricsCommand::MetricsCommand(MetricsRepository &repository, MetricsChange change)
    : QUndoCommand(change.text)
    , m_repository(repository)
    , m_change(std::move(change))
{}

void MetricsCommand::redo()
{
    MetricsEdit edit = m_change.after;
    m_problem = m_repository.apply(edit);
    setObsolete(m_problem.has_value());
}

void MetricsCommand::undo()
{
    MetricsEdit edit = m_change.before;
    m_problem = m_repository.apply(edit);
}

MetricsImportCommand::MetricsImportCommand(MetricsRepository &repository, const QString &text,
                                           QList<MetricPoint> points)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_points(std::move(points))
{}

void MetricsImportCommand::redo()
{
    auto imported = m_repository.importPoints(m_points, true, &m_previous);
    *m_report = {};
    if (!imported) {
        m_report->problem = imported.problem();
        setObsolete(true);
        return;
    }
    m_report->added = imported.value().added;
    m_report->updated = imported.value().updated;
    m_report->unchanged = imported.value().unchanged;
    // An import that changed nothing is not worth an entry in Edit > Undo.
    setObsolete(m_previous.isEmpty());
}

void MetricsImportCommand::undo()
{
    if (m_previous.isEmpty())
        return;
    auto restored = m_repository.importPoints(m_previous, false);
    m_report->problem = restored ? Outcome() : Outcome(restored.problem());
}
