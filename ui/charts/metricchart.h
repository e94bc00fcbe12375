#pragma once

#include "core/problem.h"
#include "metrics/metricseries.h"
#include "metrics/metricstypes.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QSize>
#include <QString>

class QWidget;

// One product's series, as drawn.
struct MetricChartSeries {
    QString label;
    Series raw;
};

// What a metric chart shows: one metric for one or more products, its benchmark bands, and
// the growth reviews of the (first) product.
struct MetricChartData {
    MetricDefinition definition;
    QList<MetricChartSeries> series;
    QList<GrowthReview> reviews;
};

// A chart of a metric as the rest of Cadence sees it. Drawing it takes Qt Charts, which (with
// the OpenGL libraries it pulls in) costs every start of the program a noticeable share of its
// time: the implementation lives in the charts module, loaded the first time a chart is needed
// (see ChartModule). This interface includes nothing of Qt Charts and carries only plain data,
// so that no QObject type has to be the same on both sides of the module's boundary.
// The chart belongs to its widget: deleting the widget (or its parent) deletes the chart.
class MetricChart
{
public:
    enum class Range { ThreeMonths, SixMonths, OneYear, ThreeYears, All };

    virtual ~MetricChart() = default;

    virtual QWidget *widget() = 0;
    virtual void setData(MetricChartData data) = 0;
    virtual void setRange(Range range) = 0;
    virtual Range range() const = 0;
    // Also draw the previous period (the same span just before) shifted onto this one.
    virtual void setCompare(bool compare) = 0;
    // Small multiples: no legend, no title, fewer ticks.
    virtual void setCompact(bool compact) = 0;
    // Whether the chart shows its title (product, metric, bands' source) on screen, where the
    // controls around it may say it already. Exported files always have it.
    virtual void setShowsTitle(bool shows) = 0;
    // Whether the visible span was zoomed or panned away from the chosen range.
    virtual bool isZoomed() const = 0;
    virtual QDate visibleFrom() const = 0;
    virtual QDate visibleTo() const = 0;
    virtual void setVisibleRange(QDate from, QDate to) = 0;
    // Renders the chart at size to a PNG, SVG or PDF (by the file's suffix).
    virtual Outcome exportTo(const QString &path, QSize size) = 0;
};

// A chart drawn straight to a file, without a window (`cadence metrics chart`).
struct MetricChartFile {
    QString path; // .png, .svg or .pdf
    QSize size;
    MetricChart::Range range = MetricChart::Range::All;
    bool compare = false;
};

// The shade of a benchmark band (translucent, drawn behind the lines); the pane's legend
// uses it too.
QColor metricBandColor(BandLevel level);
