#pragma once

#include "metricseries.h"
#include "metricstypes.h"
#include "workspace/repository.h"

#include <optional>

// Products, the metric catalogue, metric series and growth-review records.
// Reached as session.metrics(); other panes (Goals) read products, definitions and latest
// values through it.
class MetricsRepository final : public Repository
{
    Q_OBJECT

public:
    using Repository::Repository;

    // What an import did: points that were new, changed, or already there as they are.
    struct ImportStats {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
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

    // Saves the records of one edit in one transaction, stamping each, then announces it.
    Outcome apply(MetricsEdit &edit);

    // Saves points (ids from their natural key) in one transaction: all or none. A point whose
    // value is already stored is left alone, so re-importing a file changes nothing.
    // compare = false skips that check, for points known to be new (generated samples).
    // previous (when given, with compare) receives the stored version of every point it
    // changes, a tombstone for a new one: importing previous undoes the import.
    Result<ImportStats> importPoints(const QList<MetricPoint> &points, bool compare = true,
                                     QList<MetricPoint> *previous = nullptr);

private:
    Outcome write(Product &product);
    Outcome write(MetricDefinition &definition);
    Outcome write(GrowthReview &review);
};
