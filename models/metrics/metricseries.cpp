#include "metricseries.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MetricSeries)
};

} // namespace

QString bandLevelLabel(BandLevel level)
{
    switch (level) {
    case BandLevel::Poor:
        return Text::tr("poor");
    case BandLevel::Fair:
        return Text::tr("fair");
    case BandLevel::Good:
        return Text::tr("good");
    case BandLevel::Great:
        return Text::tr("great");
    }
    return {};
}

QString bandLevelKey(BandLevel level)
{
    switch (level) {
    case BandLevel::Poor:
        return QStringLiteral("poor");
    case BandLevel::Fair:
        return QStringLiteral("fair");
    case BandLevel::Good:
        return QStringLiteral("good");
    case BandLevel::Great:
        return QStringLiteral("great");
    }
    return {};
}

namespace MetricSeries {

Granularity granularity(const Series &series)
{
    if (series.size() < 2)
        return Granularity::Daily;
    QVector<qint64> gaps;
    gaps.reserve(series.size() - 1);
    for (qsizetype i = 1; i < series.size(); ++i)
        gaps.append(series[i - 1].day.daysTo(series[i].day));
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    const qint64 median = gaps[gaps.size() / 2];
    if (median < 4)
        return Granularity::Daily;
    if (median < 20)
        return Granularity::Weekly;
    return Granularity::Monthly;
}

QString periodName(QDate first, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Daily:
        break;
    case Granularity::Weekly:
        return QCoreApplication::translate("MetricSeries", "week of %1")
            .arg(first.toString(Qt::ISODate));
    case Granularity::Monthly:
        return QLocale(QLocale::English).toString(first, QStringLiteral("MMMM yyyy"));
    }
    return first.toString(Qt::ISODate);
}

static QDate onePeriodAfter(QDate day, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Daily:
        return day.addDays(1);
    case Granularity::Weekly:
        return day.addDays(7);
    case Granularity::Monthly:
        return day.addMonths(1);
    }
    return day;
}

Series rollingAverage(const Series &series, int months)
{
    Series averaged;
    if (series.isEmpty() || months <= 0)
        return averaged;
    const Granularity step = granularity(series);
    const QDate first = series.first().day;
    averaged.reserve(series.size());
    double sum = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < series.size(); ++i) {
        sum += series[i].value;
        const QDate windowStart = series[i].day.addMonths(-months); // exclusive
        while (start < i && series[start].day <= windowStart)
            sum -= series[start++].value;
        // Complete once the window starts no later than one period before the first point.
        if (onePeriodAfter(windowStart, step) < first)
            continue;
        averaged.append({series[i].day, sum / double(i - start + 1)});
    }
    return averaged;
}

QVector<QPointF> lttb(const QVector<QPointF> &points, int threshold)
{
    const qsizetype count = points.size();
    if (threshold <= 0 || count <= threshold)
        return points;
    if (threshold < 3)
        return QVector<QPointF>{points.first(), points.last()}.mid(0, threshold);
    QVector<QPointF> sampled;
    sampled.reserve(threshold);
    const double bucketSize = double(count - 2) / double(threshold - 2);
    qsizetype a = 0;
    sampled.append(points[0]);
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        // The average of the next bucket is the third corner of the triangle.
        const auto nextStart = qsizetype(std::floor((bucket + 1) * bucketSize)) + 1;
        const auto nextEnd = std::min(qsizetype(std::floor((bucket + 2) * bucketSize)) + 1, count);
        double avgX = 0;
        double avgY = 0;
        for (qsizetype j = nextStart; j < nextEnd; ++j) {
            avgX += points[j].x();
            avgY += points[j].y();
        }
        const auto nextCount = double(std::max<qsizetype>(nextEnd - nextStart, 1));
        avgX /= nextCount;
        avgY /= nextCount;
        if (nextEnd <= nextStart) {
            avgX = points.last().x();
            avgY = points.last().y();
        }
        const auto from = qsizetype(std::floor(bucket * bucketSize)) + 1;
        const auto to = qsizetype(std::floor((bucket + 1) * bucketSize)) + 1;
        double largest = -1;
        qsizetype chosen = from;
        for (qsizetype j = from; j < to; ++j) {
            const double area = std::abs((points[a].x() - avgX) * (points[j].y() - points[a].y()) -
                                         (points[a].x() - points[j].x()) * (avgY - points[a].y()));
            if (area > largest) {
                largest = area;
                chosen = j;
            }
        }
        sampled.append(points[chosen]);
        a = chosen;
    }
    sampled.append(points.last());
    return sampled;
}

QVector<QPointF> toPoints(const Series &series)
{
    QVector<QPointF> points;
    points.reserve(series.size());
    for (const SeriesPoint &point : series)
        points.append(
            {double(point.day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()), point.value});
    return points;
}

BandLevel classify(double value, const BenchmarkBands &bands, GoodDirection direction)
{
    // Mirror a down-is-good metric so that one rule serves both.
    const double sign = direction == GoodDirection::Up ? 1.0 : -1.0;
    const double v = sign * value;
    if (v >= sign * bands.great)
        return BandLevel::Great;
    if (v >= sign * bands.good)
        return BandLevel::Good;
    if (v <= sign * bands.poor)
        return BandLevel::Poor;
    return BandLevel::Fair;
}

Series monthlyMeans(const Series &series)
{
    Series means;
    double sum = 0;
    int count = 0;
    QDate month;
    for (const SeriesPoint &point : series) {
        const QDate pointMonth(point.day.year(), point.day.month(), 1);
        if (pointMonth != month) {
            if (count > 0)
                means.append({month, sum / count});
            month = pointMonth;
            sum = 0;
            count = 0;
        }
        sum += point.value;
        ++count;
    }
    if (count > 0)
        means.append({month, sum / count});
    return means;
}

std::optional<double> changeOverMonths(const Series &series, QDate month, int monthsBack)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate earlier = first.addMonths(-monthsBack);
    const Series current = monthlyMeans(slice(series, first, first.addMonths(1).addDays(-1)));
    const Series before = monthlyMeans(slice(series, earlier, earlier.addMonths(1).addDays(-1)));
    if (current.isEmpty() || before.isEmpty() || before.first().value == 0)
        return std::nullopt;
    return (current.first().value - before.first().value) / std::abs(before.first().value);
}

std::optional<SeriesPoint> previousPeriod(const Series &series, qsizetype index)
{
    if (index <= 0 || index >= series.size())
        return std::nullopt;
    return series[index - 1];
}

Series slice(const Series &series, QDate from, QDate to)
{
    const auto begin =
        std::lower_bound(series.begin(), series.end(), from,
                         [](const SeriesPoint &point, QDate day) { return point.day < day; });
    const auto end =
        std::upper_bound(begin, series.end(), to,
                         [](QDate day, const SeriesPoint &point) { return day < point.day; });
    return Series(begin, end);
}

ReviewFigures reviewFigures(const Series &series, const MetricDefinition &definition,
                            QDate reviewMonth)
{
    ReviewFigures figures;
    figures.month = QDate(reviewMonth.year(), reviewMonth.month(), 1).addMonths(-1);
    const QDate lastDay = figures.month.addMonths(1).addDays(-1);
    const Series month = monthlyMeans(slice(series, figures.month, lastDay));
    if (!month.isEmpty())
        figures.mean = month.first().value;
    if (definition.smoothingMonths > 0) {
        const Series smoothed = rollingAverage(
            slice(series, figures.month.addMonths(-definition.smoothingMonths - 1), lastDay),
            definition.smoothingMonths);
        if (!smoothed.isEmpty() && smoothed.last().day >= figures.month)
            figures.smoothed = smoothed.last().value;
    }
    figures.monthOverMonth = changeOverMonths(series, figures.month, 1);
    figures.yearOverYear = changeOverMonths(series, figures.month, 12);
    const std::optional<double> judged = figures.smoothed ? figures.smoothed : figures.mean;
    if (judged && definition.bands)
        figures.band = classify(*judged, *definition.bands, definition.goodDirection);
    return figures;
}

} // namespace MetricSeries
