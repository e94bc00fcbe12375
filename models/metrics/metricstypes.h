#pragma once

#include "core/record.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// What a metric's numbers are; decides formatting and the CSV's tolerance for "12%".
enum class MetricUnit { Percent, Count, Currency, Ratio };
// Whether a higher value is better (activation, revenue) or worse (churn).
enum class GoodDirection { Up, Down };

QString unitKey(MetricUnit unit); // "percent", "count", "currency", "ratio"
std::optional<MetricUnit> unitFromKey(const QString &key);
QString directionKey(GoodDirection direction); // "up" / "down"
std::optional<GoodDirection> directionFromKey(const QString &key);
// A value for people: "12.5%", "1,234", "$1,234", "0.42".
QString formatMetricValue(double value, MetricUnit unit);
// The labels of an axis's ticks first, first + step, …: formatMetricValue's separators and
// units, with every tick in thousands or millions once the largest reaches ten thousand or a
// million ("0", "200k", "400k"; "1.2M"), each with the decimals that the step needs.
QStringList metricAxisLabels(double first, double step, int count, MetricUnit unit);

// A product of the company. It belongs to one team; once it has product-market fit it gets a
// growth review at the start of every month.
struct Product {
    RecordMeta meta;
    QString name;
    QString teamId;
    bool productMarketFit = false;
    QDate pmfSince; // the first month with a growth review (invalid: this month)
    QString note;

    bool operator==(const Product &) const = default;
};

// "What good looks like": the thresholds of the poor, good and great bands, and where they
// come from. For a metric where up is good, a value at or below `poor` is poor, at or above
// `good` good and at or above `great` great; mirrored when down is good.
struct BenchmarkBands {
    double poor = 0;
    double good = 0;
    double great = 0;
    QString source;
    QDate takenOn;

    bool operator==(const BenchmarkBands &) const = default;
};

// One entry of the metric catalogue: the agreed definition and how it is smoothed and judged.
struct MetricDefinition {
    RecordMeta meta;
    QString key; // stable, as in CSV files: "activation"
    QString name;
    QString definition;
    MetricUnit unit = MetricUnit::Count;
    GoodDirection goodDirection = GoodDirection::Up;
    int smoothingMonths = 3; // rolling average window; 0: none
    std::optional<BenchmarkBands> bands;

    bool operator==(const MetricDefinition &) const = default;
};

// One value of a series: the natural key is (product, metric, day).
struct MetricPoint {
    RecordMeta meta;
    QString productId;
    QString metricKey;
    QDate day;
    double value = 0;

    bool operator==(const MetricPoint &) const = default;
};

// The growth review of one product for one month. Exists as a record once it is done (or
// annotated); the schedule itself is computed (see ReviewSchedule).
struct GrowthReview {
    RecordMeta meta;
    QString productId;
    QDate month;  // the first day of the month
    QDate doneOn; // invalid: not done yet
    QString notes;
    QString link;

    bool isDone() const { return doneOn.isValid(); }
    bool operator==(const GrowthReview &) const = default;
};

// A batch of catalogue, product and review records to save together (one user edit).
struct MetricsEdit {
    QList<Product> products;
    QList<MetricDefinition> definitions;
    QList<GrowthReview> reviews;

    bool isEmpty() const
    {
        return products.isEmpty() && definitions.isEmpty() && reviews.isEmpty();
    }
};

// One user edit as records before and after it (see CoverageChange).
struct MetricsChange {
    QString text;
    MetricsEdit before;
    MetricsEdit after;
};

namespace MetricIds {
QString product(const QString &name);
QString definition(const QString &key);
QString point(const QString &productId, const QString &metricKey, QDate day);
QString review(const QString &productId, QDate month);
} // namespace MetricIds
