#pragma once

#include "metricstypes.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QVector>

#include <optional>

// A value on a day, without the record's merge columns: what charts and sums work on.
struct SeriesPoint {
    QDate day;
    double value = 0;

    bool operator==(const SeriesPoint &) const = default;
};
using Series = QVector<SeriesPoint>;

// How often a series has values; decides what "the previous period" is.
enum class Granularity { Daily, Weekly, Monthly };

// Where a value stands against a metric's benchmark bands.
enum class BandLevel { Poor, Fair, Good, Great };
QString bandLevelKey(BandLevel level);   // "poor", "fair", "good", "great"
QString bandLevelLabel(BandLevel level); // the same, as the window shows it

// The arithmetic of metric series, free of storage and drawing so that it can be tested alone.
namespace MetricSeries {

// The typical spacing of the points (the median gap): under 4 days daily, under 20 weekly.
Granularity granularity(const Series &series);
// The period a point stands for, by its first day, where weekly and monthly values are
// stored: "2025-10-06", "week of 2025-10-06", "October 2025".
QString periodName(QDate first, Granularity granularity);

// The rolling average over the calendar window (day - months, day] for each point of a
// series sorted by day. Missing days are left out of the average, not counted as zeros, so
// gaps do not drag it down. The first points, whose window reaches before the series
// starts by more than one period, get no value: a partial window would mislead. Daily,
// weekly and monthly data use the same calendar window.
Series rollingAverage(const Series &series, int months);

// Largest-Triangle-Three-Buckets down-sampling to at most `threshold` points (x = julian
// day). Keeps the first and last points and, in each bucket, the point that makes the
// largest triangle, so peaks and troughs survive.
QVector<QPointF> lttb(const QVector<QPointF> &points, int threshold);
QVector<QPointF> toPoints(const Series &series); // x = milliseconds since epoch (UTC midnight)

BandLevel classify(double value, const BenchmarkBands &bands, GoodDirection direction);

// Mean of the values of each calendar month, keyed by the first day of the month.
Series monthlyMeans(const Series &series);
// Change of the monthly mean of `month` against `monthsBack` months before, as a fraction
// (0.1 = +10%); none when either month has no values or the earlier mean is 0.
std::optional<double> changeOverMonths(const Series &series, QDate month, int monthsBack);
// The point before index i one period earlier (previous day/week/month by granularity), for
// "change from previous period".
std::optional<SeriesPoint> previousPeriod(const Series &series, qsizetype index);
// Points with from <= day <= to.
Series slice(const Series &series, QDate from, QDate to);

// What a growth review reads for one metric: the review at the start of a month looks at the
// month before it (the last full month).
struct ReviewFigures {
    QDate month;                    // the month looked at (first day)
    std::optional<double> mean;     // its monthly mean
    std::optional<double> smoothed; // the rolling average on its last day with a value
    std::optional<double> monthOverMonth;
    std::optional<double> yearOverYear;
    std::optional<BandLevel> band; // of the smoothed value (the mean when not smoothed)
};
ReviewFigures reviewFigures(const Series &series, const MetricDefinition &definition,
                            QDate reviewMonth);

} // namespace MetricSeries
