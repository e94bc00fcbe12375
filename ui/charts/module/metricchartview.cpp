#include "metricchartview.h"

#include "core/palette.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QImageWriter>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QTimeZone>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qint64 MsPerDay = 24 * 3600 * 1000;
// How long the hover text stays while the pointer rests over the plot; moving off the plot,
// leaving the chart, a click or a key hides it sooner.
constexpr int HoverShowMs = 5 * 60 * 1000;
// QImageWriter's PNG quality maps to zlib's level as (100 - quality) * 9 / 91: 80 is level 1.
constexpr int PngQuality = 80;

// Days map to UTC midnights. Plain arithmetic on the Julian day: going through QDateTime
// and QTimeZone::utc() for every point cost more than reading the points from SQLite.
constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01

double toX(QDate day)
{
    return double((day.toJulianDay() - EpochJulianDay) * MsPerDay);
}

QDate fromX(double x)
{
    return QDate::fromJulianDay(EpochJulianDay + qint64(std::floor(x / double(MsPerDay))));
}

// The drawn part of a series: the visible window plus one point either side (so lines run to
// the edges), down-sampled to the budget.
QList<QPointF> visiblePoints(const Series &series, double xMin, double xMax, int budget,
                             double shift = 0)
{
    const QDate from = fromX(xMin - shift).addDays(-1);
    const QDate to = fromX(xMax - shift).addDays(1);
    auto begin = std::lower_bound(series.begin(), series.end(), from,
                                  [](const SeriesPoint &p, QDate d) { return p.day < d; });
    auto end = std::upper_bound(begin, series.end(), to,
                                [](QDate d, const SeriesPoint &p) { return d < p.day; });
    if (begin != series.begin())
        --begin;
    if (end != series.end())
        ++end;
    QVector<QPointF> points;
    points.reserve(end - begin);
    for (auto it = begin; it != end; ++it)
        points.append({toX(it->day) + shift, it->value});
    return MetricSeries::lttb(points, budget);
}

QString changeText(double now, double before, MetricUnit unit)
{
    if (unit == MetricUnit::Percent)
        return QCoreApplication::translate("MetricChartView", "%1%2 pts")
            .arg(now >= before ? QStringLiteral("+") : QString())
            .arg(now - before, 0, 'f', 1);
    if (before == 0)
        return QStringLiteral("–");
    const double change = (now - before) / std::abs(before) * 100;
    return QCoreApplication::translate("MetricChartView", "%1%2%")
        .arg(change >= 0 ? QStringLiteral("+") : QString())
        .arg(change, 0, 'f', 1);
}

} // namespace

MetricChartView::MetricChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setMargins(QMargins(8, 8, 12, 4)); // the default leaves a wide empty frame
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MetricChartView::refresh);
}

Outcome MetricChartView::writeFile(MetricChartData data, const MetricChartFile &file)
{
    // Size and options first, so that the data is laid out and down-sampled once, for the
    // image's own width, and exportTo() finds it ready.
    MetricChartView view;
    view.resize(file.size);
    view.chart()->resize(file.size);
    view.setCompare(file.compare);
    view.setRange(file.range);
    view.setData(std::move(data));
    return view.render(file.path, file.size);
}

void MetricChartView::setData(MetricChartData data)
{
    m_data = std::move(data);
    m_smoothed = m_data.series.isEmpty() || m_data.definition.smoothingMonths <= 0
                     ? Series()
                     : MetricSeries::rollingAverage(m_data.series.first().raw,
                                                    m_data.definition.smoothingMonths);
    rebuild();
    applyRange();
}

void MetricChartView::setShowsTitle(bool shows)
{
    m_showsTitle = shows;
    adaptToWidth(width());
}

void MetricChartView::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    delete m_xAxis;
    delete m_yAxis;
    m_raw.clear();
    m_bands.clear();
    m_average = nullptr;
    m_previous = nullptr;
    m_reviews = nullptr;

    m_xAxis = new QDateTimeAxis;
    m_xAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_xAxis->setTickCount(m_compact ? 3 : 7);
    // Categories on the tick values, so that each tick carries a label of Cadence's own
    // ("400k"), which a QValueAxis's printf format cannot write.
    m_yAxis = new QCategoryAxis;
    m_yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_yAxis->setTickCount(m_compact ? 3 : 6);
    c->addAxis(m_xAxis, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);
    // Qt Charts' own theme is light: the plot, its text and grid in the theme's colours.
    const Palette &colours = Palette::current();
    c->setBackgroundBrush(colours.chartBackground);
    c->setTitleBrush(colours.chartText);
    c->legend()->setLabelColor(colours.chartText);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis)}) {
        axis->setLabelsColor(colours.chartText);
        axis->setTitleBrush(colours.chartText);
        axis->setGridLineColor(colours.chartGrid);
        axis->setLinePenColor(colours.chartGrid);
    }
    const QString name =
        m_data.definition.name.isEmpty() ? m_data.definition.key : m_data.definition.name;
    m_title.clear();
    m_sourcedTitle.clear();
    if (!m_compact) {
        m_title =
            m_data.series.size() == 1 ? tr("%1 · %2").arg(m_data.series.first().label, name) : name;
        m_sourcedTitle = m_title;
        if (m_data.definition.bands && !m_data.definition.bands->source.isEmpty())
            m_sourcedTitle +=
                tr("  (bands: %1, %2)")
                    .arg(m_data.definition.bands->source,
                         m_data.definition.bands->takenOn.toString(QStringLiteral("MMM yyyy")));
    }
    c->setTitle(m_sourcedTitle);

    // Bands first, so that they are drawn behind the lines.
    if (m_data.definition.bands) {
        static const struct {
            const char *name;
            BandLevel level;
        } bandStyles[] = {
            {QT_TR_NOOP("Poor"), BandLevel::Poor},
            {QT_TR_NOOP("Fair"), BandLevel::Fair},
            {QT_TR_NOOP("Good"), BandLevel::Good},
            {QT_TR_NOOP("Great"), BandLevel::Great},
        };
        for (const auto &style : bandStyles) {
            auto *upper = new QLineSeries(c);
            auto *lower = new QLineSeries(c);
            auto *area = new QAreaSeries(upper, lower);
            area->setName(tr(style.name));
            area->setColor(metricBandColor(style.level));
            area->setPen(Qt::NoPen);
            c->addSeries(area);
            area->attachAxis(m_xAxis);
            area->attachAxis(m_yAxis);
            m_bands.append(area);
        }
    }

    const bool single = m_data.series.size() == 1;
    if (single) {
        m_previous = new QLineSeries;
        m_previous->setName(tr("Previous period"));
        QPen pen(Palette::current().previousPeriod);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        m_previous->setPen(pen);
        c->addSeries(m_previous);
        m_previous->attachAxis(m_xAxis);
        m_previous->attachAxis(m_yAxis);
    }
    for (qsizetype i = 0; i < m_data.series.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(single ? tr("Daily value") : m_data.series[i].label);
        QColor color = Palette::current().chartLine(i);
        if (single)
            color.setAlpha(110);
        // One pixel wide: the raster engine then draws the segments with its fast
        // (antialiased) cosmetic stroker instead of outlining each one as a polygon.
        line->setPen(QPen(color, 1.0));
        c->addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
        m_raw.append(line);
    }
    if (single && !m_smoothed.isEmpty()) {
        m_average = new QLineSeries;
        m_average->setName(
            tr("Rolling %n-month average", nullptr, m_data.definition.smoothingMonths));
        m_average->setPen(QPen(Palette::current().chartLine(0).darker(130), 2.6));
        c->addSeries(m_average);
        m_average->attachAxis(m_xAxis);
        m_average->attachAxis(m_yAxis);
    }
    if (!m_data.reviews.isEmpty()) {
        m_reviews = new QScatterSeries;
        m_reviews->setName(tr("Growth reviews"));
        m_reviews->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        m_reviews->setMarkerSize(m_compact ? 7 : 11);
        m_reviews->setColor(Palette::current().reviewMark);
        m_reviews->setBorderColor(Palette::current().chartBackground);
        c->addSeries(m_reviews);
        m_reviews->attachAxis(m_xAxis);
        m_reviews->attachAxis(m_yAxis);
        connect(m_reviews, &QScatterSeries::hovered, this, &MetricChartView::showReviewHover);
    }
    adaptToWidth(width());
    // The legend shows one entry per band; the comparison only when it is drawn.
    if (m_previous)
        for (QLegendMarker *marker : c->legend()->markers(m_previous))
            marker->setVisible(m_compare);
    connect(m_xAxis, &QDateTimeAxis::rangeChanged, this, [this] {
        if (!m_applyingRange)
            m_zoomed = true;
        scheduleRefresh();
    });
}

qint64 MetricChartView::rangeDays() const
{
    switch (m_range) {
    case Range::ThreeMonths:
        return 91;
    case Range::SixMonths:
        return 182;
    case Range::OneYear:
        return 365;
    case Range::ThreeYears:
        return 3 * 365;
    case Range::All:
        break;
    }
    return 0;
}

void MetricChartView::setRange(Range range)
{
    m_range = range;
    applyRange();
}

void MetricChartView::applyRange()
{
    QDate first;
    QDate last;
    for (const MetricChartSeries &series : std::as_const(m_data.series)) {
        if (series.raw.isEmpty())
            continue;
        if (!first.isValid() || series.raw.first().day < first)
            first = series.raw.first().day;
        if (!last.isValid() || series.raw.last().day > last)
            last = series.raw.last().day;
    }
    // A review done after the last value is still shown.
    for (const GrowthReview &review : std::as_const(m_data.reviews))
        if (last.isValid() && review.doneOn.isValid() && review.doneOn > last)
            last = review.doneOn;
    if (!last.isValid()) {
        last = QDate::currentDate();
        first = last.addDays(-365);
    }
    const qint64 days = rangeDays();
    // A series shorter than the range fills the plot instead of being a sliver at its end.
    QDate from = days > 0 && first.isValid() ? std::max(last.addDays(-days), first)
                 : days > 0                  ? last.addDays(-days)
                                             : first;
    if (from == last)
        from = last.addDays(-1);
    m_applyingRange = true;
    setVisibleRange(from, last);
    m_applyingRange = false;
    m_zoomed = false;
}

void MetricChartView::setCompare(bool compare)
{
    m_compare = compare;
    if (m_previous)
        for (QLegendMarker *marker : chart()->legend()->markers(m_previous))
            marker->setVisible(compare);
    adaptToWidth(width());
    refresh();
}

void MetricChartView::setCompact(bool compact)
{
    m_compact = compact;
    setRubberBand(compact ? QChartView::NoRubberBand : QChartView::HorizontalRubberBand);
    rebuild();
    applyRange();
}

QDate MetricChartView::visibleFrom() const
{
    return m_xAxis ? m_xAxis->min().toUTC().date() : QDate();
}

QDate MetricChartView::visibleTo() const
{
    return m_xAxis ? m_xAxis->max().toUTC().date() : QDate();
}

void MetricChartView::setVisibleRange(QDate from, QDate to)
{
    if (!m_xAxis)
        return;
    setXRange(toX(from), toX(to));
}

void MetricChartView::zoomBy(double factor)
{
    if (!m_xAxis || factor <= 0)
        return;
    const double min = double(m_xAxis->min().toMSecsSinceEpoch());
    const double max = double(m_xAxis->max().toMSecsSinceEpoch());
    const double middle = (min + max) / 2;
    const double half = std::max((max - min) / 2 / factor, double(MsPerDay) * 3);
    setXRange(middle - half, middle + half);
}

void MetricChartView::panBy(double fraction)
{
    if (!m_xAxis)
        return;
    const qint64 min = m_xAxis->min().toMSecsSinceEpoch();
    const qint64 max = m_xAxis->max().toMSecsSinceEpoch();
    const auto shift = qint64(double(max - min) * fraction);
    setXRange(double(min + shift), double(max + shift));
}

void MetricChartView::setXRange(double min, double max)
{
    // Emptied first: otherwise Qt Charts lays out (and strokes, for hit testing) every line's
    // old points for the new range, only for refresh() to replace them at once.
    clearLines();
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(min), QTimeZone::utc()),
                      QDateTime::fromMSecsSinceEpoch(qint64(max), QTimeZone::utc()));
    refresh();
}

void MetricChartView::clearLines()
{
    for (QLineSeries *line : std::as_const(m_raw))
        if (line->count() > 0)
            line->clear();
    if (m_average && m_average->count() > 0)
        m_average->clear();
    if (m_previous && m_previous->count() > 0)
        m_previous->clear();
}

void MetricChartView::scheduleRefresh()
{
    m_refreshTimer.start();
}

int MetricChartView::pointBudget() const
{
    const int width = int(chart()->plotArea().width());
    return std::max(width > 10 ? width : std::max(this->width() - 80, 200), 3);
}

int MetricChartView::drawnPointCount() const
{
    qsizetype count = 0;
    for (const QLineSeries *line : m_raw)
        count += line->count();
    if (m_average)
        count += m_average->count();
    if (m_previous)
        count += m_previous->count();
    return int(count);
}

QLineSeries *MetricChartView::rawLine(int index) const
{
    return index >= 0 && index < m_raw.size() ? m_raw[index] : nullptr;
}

void MetricChartView::refresh()
{
    m_refreshTimer.stop();
    if (!m_xAxis)
        return;
    // Every change of an axis or of the layout makes Qt Charts recompute (and stroke, for hit
    // testing) the geometry of every line: the lines are emptied while the axes and the
    // layout settle, and filled once at the end.
    clearLines();
    chart()->layout()->activate();
    const double xMin = double(m_xAxis->min().toMSecsSinceEpoch());
    const double xMax = double(m_xAxis->max().toMSecsSinceEpoch());
    updateDateAxis(width());
    const int budget = pointBudget();
    double yMin = std::numeric_limits<double>::max();
    double yMax = std::numeric_limits<double>::lowest();
    auto fit = [&](const QList<QPointF> &points) {
        for (const QPointF &point : points)
            if (point.x() >= xMin && point.x() <= xMax) {
                yMin = std::min(yMin, point.y());
                yMax = std::max(yMax, point.y());
            }
    };
    QList<QList<QPointF>> rawPoints;
    QList<QPointF> averagePoints;
    QList<QPointF> previousPoints;
    auto sample = [&](int pixels) {
        rawPoints.clear();
        for (qsizetype i = 0; i < m_raw.size(); ++i)
            rawPoints.append(visiblePoints(m_data.series[i].raw, xMin, xMax, pixels));
        if (m_average)
            averagePoints = visiblePoints(m_smoothed, xMin, xMax, pixels);
        if (m_previous && m_compare && !m_data.series.isEmpty()) {
            // The same span just before, shifted forward onto this one.
            previousPoints =
                visiblePoints(m_data.series.first().raw, xMin, xMax, pixels, xMax - xMin);
        }
    };
    sample(budget);
    for (const QList<QPointF> &points : std::as_const(rawPoints))
        fit(points);
    fit(averagePoints);
    fit(previousPoints);
    if (yMin > yMax) {
        yMin = 0;
        yMax = 1;
    }
    const double pad = std::max((yMax - yMin) * 0.08, std::abs(yMax) * 0.01 + 1e-9);
    yMin -= pad;
    yMax += pad;
    if (yMin < 0 && m_data.definition.unit != MetricUnit::Ratio)
        yMin = std::min(0.0, yMin + pad); // counts and rates are not negative
    // Round ticks (1, 2, 2.5 or 5 times a power of ten) about as many as asked for.
    // QValueAxis::applyNiceNumbers() would also lower the tick count it is given for good,
    // so that every refresh drew coarser axes (20%, 40%, 60% and nothing between).
    const int wantedTicks = m_compact ? 3 : 6;
    const double rough = std::max((yMax - yMin) / (wantedTicks - 1), 1e-9);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (const double factor : {1.0, 2.0, 2.5, 5.0})
        if (rough <= factor * magnitude * (1 + 1e-9)) {
            step = factor * magnitude;
            break;
        }
    yMin = std::floor(yMin / step + 1e-9) * step;
    yMax = std::ceil(yMax / step - 1e-9) * step;
    if (yMax <= yMin)
        yMax = yMin + step;
    const int ticks = int(std::lround((yMax - yMin) / step)) + 1;
    m_yAxis->setTickCount(ticks);
    m_yAxis->setRange(yMin, yMax);
    for (const QString &label : m_yAxis->categoriesLabels())
        m_yAxis->remove(label);
    // The first category is empty (it ends where it starts) and labels the lowest tick.
    m_yAxis->setStartValue(yMin);
    const QStringList labels = metricAxisLabels(yMin, step, ticks, m_data.definition.unit);
    for (int i = 0; i < ticks; ++i)
        m_yAxis->append(labels[i], yMin + i * step);
    updateBands(xMin, xMax, yMin, yMax);
    if (m_reviews) {
        QList<QPointF> marks;
        const double top = yMax - (yMax - yMin) * 0.03;
        for (const GrowthReview &review : std::as_const(m_data.reviews)) {
            const QDate day = review.doneOn.isValid() ? review.doneOn : review.month;
            const double x = toX(day);
            if (x >= xMin && x <= xMax)
                marks.append({x, top});
        }
        m_reviews->replace(marks);
    }
    // New axis labels may change the plot's size: settle the layout before filling the lines.
    chart()->layout()->activate();
    if (const int pixels = pointBudget(); pixels != budget)
        sample(pixels);
    for (qsizetype i = 0; i < m_raw.size(); ++i)
        m_raw[i]->replace(rawPoints[i]);
    if (m_average)
        m_average->replace(averagePoints);
    if (m_previous)
        m_previous->replace(previousPoints);
    m_drawnBudget = pointBudget();
    emit visibleRangeChanged(visibleFrom(), visibleTo());
}

void MetricChartView::updateBands(double xMin, double xMax, double yMin, double yMax)
{
    if (m_bands.size() != 4 || !m_data.definition.bands)
        return;
    const BenchmarkBands &bands = *m_data.definition.bands;
    // Thresholds from the bottom of the plot to its top, whichever direction is good.
    const bool up = m_data.definition.goodDirection == GoodDirection::Up;
    const double low = std::min(yMin, std::min(bands.poor, bands.great)) - 1;
    const double high = std::max(yMax, std::max(bands.poor, bands.great)) + 1;
    const double edges[4][2] = {
        {up ? low : bands.poor, up ? bands.poor : high},                        // poor
        {std::min(bands.poor, bands.good), std::max(bands.poor, bands.good)},   // fair
        {std::min(bands.good, bands.great), std::max(bands.good, bands.great)}, // good
        {up ? bands.great : low, up ? high : bands.great},                      // great
    };
    for (int i = 0; i < 4; ++i) {
        const double bottom = std::clamp(edges[i][0], yMin, yMax);
        const double topEdge = std::clamp(edges[i][1], yMin, yMax);
        m_bands[i]->upperSeries()->replace({{xMin, topEdge}, {xMax, topEdge}});
        m_bands[i]->lowerSeries()->replace({{xMin, bottom}, {xMax, bottom}});
    }
}

QString MetricChartView::hoverText(QDate day) const
{
    if (m_data.series.isEmpty() || m_data.series.first().raw.isEmpty())
        return {};
    const Series &raw = m_data.series.first().raw;
    auto it = std::lower_bound(raw.begin(), raw.end(), day,
                               [](const SeriesPoint &p, QDate d) { return p.day < d; });
    if (it == raw.end())
        --it;
    else if (it != raw.begin() && std::abs(std::prev(it)->day.daysTo(day)) < it->day.daysTo(day))
        --it;
    const qsizetype index = it - raw.begin();
    const MetricUnit unit = m_data.definition.unit;
    // A weekly or monthly value stands for its period, stored on the period's first day.
    const Granularity period = MetricSeries::granularity(raw);
    QStringList lines;
    lines << tr("%1: %2").arg(MetricSeries::periodName(it->day, period),
                              formatMetricValue(it->value, unit));
    if (const auto previous = MetricSeries::previousPeriod(raw, index))
        lines << tr("%1 since %2")
                     .arg(changeText(it->value, previous->value, unit),
                          MetricSeries::periodName(previous->day, period));
    auto smoothed = std::lower_bound(m_smoothed.begin(), m_smoothed.end(), it->day,
                                     [](const SeriesPoint &p, QDate d) { return p.day < d; });
    if (smoothed != m_smoothed.end() && smoothed->day == it->day)
        lines << tr("Rolling %n-month average: %1", nullptr, m_data.definition.smoothingMonths)
                     .arg(formatMetricValue(smoothed->value, unit));
    if (m_data.definition.bands)
        lines << tr("Band: %1")
                     .arg(bandLevelLabel(MetricSeries::classify(
                         smoothed != m_smoothed.end() && smoothed->day == it->day ? smoothed->value
                                                                                  : it->value,
                         *m_data.definition.bands, m_data.definition.goodDirection)));
    return lines.join(QLatin1Char('\n'));
}

void MetricChartView::showReviewHover(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    for (const GrowthReview &review : std::as_const(m_data.reviews)) {
        const QDate day = review.doneOn.isValid() ? review.doneOn : review.month;
        if (std::abs(toX(day) - point.x()) < MsPerDay) {
            QString text =
                tr("Growth review of %1").arg(review.month.toString(QStringLiteral("MMMM yyyy")));
            if (review.isDone())
                text += tr(", done on %1").arg(review.doneOn.toString(Qt::ISODate));
            if (!review.notes.isEmpty())
                text += QLatin1Char('\n') + review.notes;
            if (!review.link.isEmpty())
                text += QLatin1Char('\n') + review.link;
            QToolTip::showText(QCursor::pos(), text, this);
            return;
        }
    }
}

void MetricChartView::wheelEvent(QWheelEvent *event)
{
    if (m_compact || !m_xAxis) {
        QChartView::wheelEvent(event);
        return;
    }
    // Zoom around the pointer: the day under it stays where it is.
    const double min = double(m_xAxis->min().toMSecsSinceEpoch());
    const double max = double(m_xAxis->max().toMSecsSinceEpoch());
    const QRectF plot = chart()->plotArea();
    const double at =
        plot.width() > 0
            ? std::clamp((event->position().x() - plot.left()) / plot.width(), 0.0, 1.0)
            : 0.5;
    const double factor = event->angleDelta().y() > 0 ? 1 / 1.25 : 1.25;
    const double pivot = min + (max - min) * at;
    const double newMin = pivot - (pivot - min) * factor;
    const double newMax = pivot + (max - pivot) * factor;
    if (newMax - newMin < 3 * MsPerDay)
        return;
    setXRange(newMin, newMax);
    event->accept();
}

void MetricChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier)) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void MetricChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const double width = chart()->plotArea().width();
        if (width > 0)
            panBy(-double(now.x() - m_panStart.x()) / width);
        m_panStart = now;
        event->accept();
        return;
    }
    // Anywhere over the plot, not only on a line's pixels: the day under the mouse. (A review
    // mark under it says its own text after this, through its hovered signal.)
    const QPointF at = event->position();
    if (event->buttons() == Qt::NoButton && !m_data.series.isEmpty() &&
        chart()->plotArea().contains(at)) {
        const QDate day = fromX(chart()->mapToValue(at).x() + MsPerDay / 2);
        QToolTip::showText(event->globalPosition().toPoint(), hoverText(day), this, QRect(),
                           HoverShowMs);
    } else if (event->buttons() == Qt::NoButton) {
        QToolTip::hideText();
    }
    QChartView::mouseMoveEvent(event);
}

bool MetricChartView::viewportEvent(QEvent *event)
{
    // Once the pointer rests, Qt asks for a tooltip; the view hands that to the scene, which,
    // with no item of its own under the pointer, shows an empty one: it hid the hover text
    // about a second after it appeared. Over the plot the text shown stays (a review mark's
    // too); if none is shown, the day under the pointer's.
    if (event->type() == QEvent::ToolTip && !m_data.series.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (chart()->plotArea().contains(help->pos())) {
            if (!QToolTip::isVisible()) {
                const QDate day = fromX(chart()->mapToValue(help->pos()).x() + MsPerDay / 2);
                QToolTip::showText(help->globalPos(), hoverText(day), this, QRect(), HoverShowMs);
            }
            event->accept();
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void MetricChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void MetricChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-0.1);
        break;
    case Qt::Key_Right:
        panBy(0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25);
        break;
    case Qt::Key_0:
        applyRange();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MetricChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    adaptToWidth(event->size().width());
    scheduleRefresh();
}

void MetricChartView::updateDateAxis(int width)
{
    // Ticks as the width allows, never more than there are days shown, and days rather than
    // months in the labels of a short span: no two labels read the same.
    const double days =
        double(m_xAxis->max().toMSecsSinceEpoch() - m_xAxis->min().toMSecsSinceEpoch()) / MsPerDay;
    const int ticks = std::clamp(width / 140, 3, m_compact ? 4 : 7);
    m_xAxis->setTickCount(std::max(2, std::min(ticks, int(std::floor(days)) + 1)));
    const bool narrow = width < 700;
    m_xAxis->setFormat(days <= 92
                           ? (narrow ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"))
                       : narrow ? QStringLiteral("MMM yy")
                                : QStringLiteral("MMM yyyy"));
}

void MetricChartView::adaptToWidth(int width)
{
    // Narrow charts get fewer, shorter date labels, a shorter title and a shorter legend
    // rather than clipped text.
    if (!m_xAxis)
        return;
    updateDateAxis(width);
    QChart *c = chart();
    const int room = width - 40;
    c->setTitle(!m_showsTitle ? QString()
                : QFontMetrics(c->titleFont()).horizontalAdvance(m_sourcedTitle) <= room
                    ? m_sourcedTitle
                    : m_title);

    QLegend *legend = c->legend();
    // Many products: one entry per line at the side, as long as the names are.
    const bool many = m_raw.size() > 3;
    legend->setAlignment(many ? Qt::AlignRight : Qt::AlignBottom);
    const QFontMetrics metrics(legend->font());
    int bandsWidth = 0;
    int linesWidth = 0;
    constexpr int MarkerWidth = 34; // the swatch and the spacing around an entry
    for (QLegendMarker *marker : legend->markers()) {
        QAbstractSeries *series = marker->series();
        const int entry = metrics.horizontalAdvance(series->name()) + MarkerWidth;
        if (auto *area = qobject_cast<QAreaSeries *>(series); area && m_bands.contains(area))
            bandsWidth += entry;
        else if (series != m_previous || m_compare)
            linesWidth += entry;
    }
    // The bands' names go first when space is short: their colours speak for themselves and
    // the title (or the pane) says where they come from.
    const bool bandsShown = many || linesWidth + bandsWidth <= room;
    for (QAreaSeries *band : std::as_const(m_bands))
        for (QLegendMarker *marker : legend->markers(band))
            marker->setVisible(bandsShown);
    legend->setVisible(!m_compact && (many || (width >= 360 && linesWidth <= room)));
}

Outcome MetricChartView::exportTo(const QString &path, QSize size)
{
    // A chart of its own for the file, laid out at the file's size (so that the down-sampling
    // fits its pixels) and with its title (a file stands alone): the one on screen keeps its
    // size, its lines and its title.
    MetricChartView file;
    file.resize(size);
    file.chart()->resize(size);
    file.setCompact(m_compact);
    file.setCompare(m_compare);
    file.m_range = m_range;
    file.setData(m_data); // shared, not copied
    if (m_zoomed)
        file.setVisibleRange(visibleFrom(), visibleTo());
    return file.render(path, size);
}

Outcome MetricChartView::render(const QString &path, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf"))
        return Problem{path, tr("is not a .png, .svg or .pdf file name")};
    adaptToWidth(size.width());
    // Laid out and drawn for this size already (as `metrics chart` does): no need to redo it.
    if (m_refreshTimer.isActive() || !chart()->layout()->isActivated() ||
        pointBudget() != m_drawnBudget)
        refresh();
    const QRectF source(QPointF(0, 0), QSizeF(size));
    bool written = true;
    QString why;
    if (suffix == QLatin1String("png")) {
        // Opaque: the PNG stores 3 bytes a pixel instead of 4.
        QImage image(size, QImage::Format_RGB32);
        image.fill(Palette::current().chartBackground);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            scene()->render(&painter, QRectF(image.rect()), source);
        }
        QImageWriter writer(path, "png");
        // A chart is mostly flat colour: zlib's fast level compresses it nearly as well as
        // the default level (a file a few per cent larger) in a fraction of the time.
        writer.setQuality(PngQuality);
        written = writer.write(image);
        why = writer.errorString();
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart()->title());
        QPainter painter;
        written = painter.begin(&generator);
        if (written) {
            scene()->render(&painter, QRectF(QPoint(0, 0), size), source);
            painter.end();
        }
        why = tr("cannot be written");
    } else {
        QPdfWriter writer(path);
        writer.setTitle(chart()->title());
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter painter;
        written = painter.begin(&writer);
        if (written) {
            scene()->render(&painter, QRectF(QPoint(0, 0), size), source);
            painter.end();
        }
        why = tr("cannot be written");
    }
    if (!written)
        return Problem{path, tr("cannot be written (%1)").arg(why)};
    return {};
}
