#pragma once

#include "core/importdiff.h"
#include "metricseries.h"
#include "metricstypes.h"
#include "workspace/repository.h"

#include <optional>

// Points for MetricsRepository::importPoints, a batch at a time: a CSV file as it is read, so
// that a million rows never sit in memory at once.
class MetricPointSource
{
public:
    virtual ~MetricPointSource() = default;
    // The next points into `batch` (cleared first); an empty batch when there are no more.
    // A problem ends the import with nothing saved.
    virtual Outcome next(QList<MetricPoint> &batch) = 0;
    // Products to save with the points, in the same transaction: those the points need that
    // the catalogue does not have yet (or their tombstones, to undo an import). Asked once,
    // after the last batch.
    virtual QList<Product> products() { return {}; }
};

// Reads of metric series through statements prepared once: the week plan asks for the
// latest value of each metric a key result follows (463 on everyone's plan of sample --scale
// 20), and preparing two statements for each was a sixth of that plan's time (bench_week,
// everyone: the plan 79 -> 67 ms of processor time). Short-lived: held for one batch of reads,
// never across the event loop, so that no statement outlives a read of the workspace.
class SeriesReader
{
public:
    explicit SeriesReader(const Workspace &workspace);
    // The series number of a product's metric, if it has points (see MetricPoints).
    std::optional<qint64> seriesNumber(const QString &productId, const QString &metricKey);
    // The value on the last day with one, on or before onOrBefore.
    std::optional<double> latestValue(const QString &productId, const QString &metricKey,
                                      QDate onOrBefore);

private:
    sqlite3 *m_connection = nullptr;
    Statement m_series;
    Statement m_last; // prepared when first needed: a series read does not need it
};

// Products, the metric catalogue, metric series and growth-review records.
// Reached as session.metrics(); other panes (Goals) read products, definitions and latest
// values through it.
class MetricsRepository final : public Repository
{
    Q_OBJECT

public:
    using Repository::Repository;

    // What an import did: points that were new, changed, or already there as they are.
    using ImportStats = ImportCounts;
    // What an import of points did: the points compared (as much of the change as was asked
    // to be kept) and the products saved with them.
    struct PointsImport {
        ImportDiff<MetricPoint> points;
        QList<Product> products;
    };

    // Records that are not tombstones, by name (definitions by key, reviews by month).
    QList<Product> products() const;
    QList<MetricDefinition> definitions() const;
    QList<GrowthReview> reviews() const;

    std::optional<Product> product(const QString &id) const;
    std::optional<Product> findProduct(const QString &name) const; // case-insensitive
    std::optional<MetricDefinition> definition(const QString &key) const;

    // The series of one product and metric, sorted by day (from/to inclusive when valid).
    Series series(const QString &productId, const QString &metricKey, QDate from = {},
                  QDate to = {}) const;
    // The metric keys for which a product has values.
    QStringList seriesKeys(const QString &productId) const;
    // The value on the last day with one, on or before onOrBefore.
    std::optional<double> latestValue(const QString &productId, const QString &metricKey,
                                      QDate onOrBefore) const;
    qint64 pointCount() const;
    // How a stored series is given, for an import to match: by day (or week), with a day that
    // is not the first of its month, or by month (two values or more, all on first days).
    // Neither for a series with no value yet, or with one on a first day only.
    struct StoredPeriod {
        QDate midMonthDay; // valid: the series is given by day, as on this day
        bool byMonth = false;
    };
    StoredPeriod storedPeriod(const QString &productId, const QString &metricKey) const;

    // Saves the records of one edit in one transaction, stamping each, then announces it.
    Outcome apply(MetricsEdit &edit);

    // Saves the points of a source (ids from their natural key) and the products it brings, in
    // one transaction: all or none, however many batches. A point whose value is already
    // stored is left alone (see ImportDiff), so re-importing a file changes nothing; compare =
    // false skips that check, for points known to be new (generated samples, an undo). `keep`
    // says how much of the change to hold: its `before` undoes the import, its `after` redoes
    // it; a command-line import keeps only the counts, so memory does not grow with the file.
    // This is the one path by which metric points are written.
    Result<PointsImport> importPoints(MetricPointSource &source, ImportDiff<MetricPoint>::Keep keep,
                                      bool compare = true);
    // The same for points in memory; previous (when given) receives the change's `before`.
    Result<ImportStats> importPoints(const QList<MetricPoint> &points, bool compare = true,
                                     QList<MetricPoint> *previous = nullptr);

private:
    Outcome write(Product &product);
    Outcome write(MetricDefinition &definition);
    Outcome write(GrowthReview &review);
};
