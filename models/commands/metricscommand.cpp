#include "metricscommand.h"

#include "metrics/metricsrepository.h"

MetricsImportCommand::MetricsImportCommand(MetricsRepository &repository, const QString &text,
                                           std::unique_ptr<MetricPointSource> source)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_source(std::move(source))
{}

namespace {

// What an import changed, to write again: its points and products as they were saved.
class Replay final : public MetricPointSource
{
public:
    Replay(const QList<MetricPoint> &points, QList<Product> products)
        : m_points(points)
        , m_products(std::move(products))
    {}
    Outcome next(QList<MetricPoint> &batch) override
    {
        batch = m_done ? QList<MetricPoint>() : m_points;
        m_done = true;
        return {};
    }
    QList<Product> products() override { return m_products; }

private:
    const QList<MetricPoint> &m_points;
    QList<Product> m_products;
    bool m_done = false;
};

} // namespace

void MetricsImportCommand::redo()
{
    if (m_source) {
        auto imported = m_repository.importPoints(*m_source, ImportDiff<MetricPoint>::Keep::Change);
        m_source.reset();
        *m_report = {};
        if (!imported) {
            m_report->problem = imported.problem();
            setObsolete(true);
            return;
        }
        m_report->counts = imported.value().points.counts();
        m_report->products = imported.value().products;
        m_before = std::move(imported.value().points.before);
        m_after = std::move(imported.value().points.after);
        m_products = imported.value().products;
        // An import that changed nothing is not worth an entry in Edit > Undo.
        setObsolete(m_after.isEmpty() && m_products.isEmpty());
        return;
    }
    Replay again(m_after, m_products);
    auto redone = m_repository.importPoints(again, ImportDiff<MetricPoint>::Keep::Counts, false);
    m_report->problem = redone ? Outcome() : Outcome(redone.problem());
}

void MetricsImportCommand::undo()
{
    QList<Product> tombstones = m_products;
    for (Product &product : tombstones)
        product.meta.deleted = true;
    Replay back(m_before, tombstones);
    auto restored = m_repository.importPoints(back, ImportDiff<MetricPoint>::Keep::Counts, false);
    m_report->problem = restored ? Outcome() : Outcome(restored.problem());
}
