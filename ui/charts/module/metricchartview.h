#pragma once

#include "charts/metricchart.h"

#include <QChartView>
#include <QTimer>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QCategoryAxis;

// A chart of a metric: the raw series (thin), its rolling average (thick), the benchmark
// bands shaded behind them and growth reviews marked along the top. Years of daily points
// stay fast: whatever the zoom, each line gets at most one point per pixel of the plot
// (LTTB down-sampling) and lines are always refilled whole with replace(), never point by
// point. Hover shows the value and the change from the previous period; the wheel zooms,
// a horizontal drag zooms in, Shift+drag or the middle button pans, right click zooms out.
// Part of the charts module (or linked into the tests): the rest of Cadence sees MetricChart.
class MetricChartView final : public QChartView, public MetricChart
{
    Q_OBJECT

public:
    explicit MetricChartView(QWidget *parent = nullptr);

    // Draws data to file.path without showing a window (`cadence metrics chart`).
    static Outcome writeFile(MetricChartData data, const MetricChartFile &file);

    QWidget *widget() override { return this; }
    void setData(MetricChartData data) override;
    const MetricChartData &data() const { return m_data; }
    void setRange(Range range) override;
    Range range() const override { return m_range; }
    void setCompare(bool compare) override;
    bool compare() const { return m_compare; }
    void setCompact(bool compact) override;
    void setShowsTitle(bool shows) override;

    bool isZoomed() const override { return m_zoomed; }
    QDate visibleFrom() const override;
    QDate visibleTo() const override;
    void setVisibleRange(QDate from, QDate to) override;
    // Zoom around the middle by factor (> 1 zooms in); pan by a fraction of the visible span.
    void zoomBy(double factor);
    void panBy(double fraction);

    // Points currently in the drawn lines (raw, average, comparison), and the most any line
    // may hold now (the plot's width in pixels).
    int drawnPointCount() const;
    int pointBudget() const;
    QLineSeries *rawLine(int index = 0) const;
    QLineSeries *averageLine() const { return m_average; }
    QLineSeries *compareLine() const { return m_previous; }
    QScatterSeries *reviewMarks() const { return m_reviews; }
    QList<QAreaSeries *> bandAreas() const { return m_bands; }

    // What hovering the first series at day shows: date, value, change from the previous
    // period, the rolling average and the band.
    QString hoverText(QDate day) const;

    Outcome exportTo(const QString &path, QSize size) override;
    // Redraws now for the current visible range and size (normally deferred to the event loop).
    void refresh();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

signals:
    void visibleRangeChanged(QDate from, QDate to);

private:
    void rebuild();
    // Writes this chart, laid out at `size`, to path (PNG, SVG or PDF).
    Outcome render(const QString &path, QSize size);
    void applyRange();
    void scheduleRefresh();
    void setXRange(double min, double max);
    void clearLines();
    void adaptToWidth(int width);
    void updateDateAxis(int width);
    void updateBands(double xMin, double xMax, double yMin, double yMax);
    void showReviewHover(const QPointF &point, bool state);
    qint64 rangeDays() const;

    MetricChartData m_data;
    Series m_smoothed;      // rolling average of the first series
    QString m_title;        // product and metric
    QString m_sourcedTitle; // and where the bands come from, when that fits
    Range m_range = Range::OneYear;
    bool m_compare = false;
    bool m_compact = false;
    bool m_showsTitle = true;
    bool m_panning = false;
    bool m_zoomed = false;
    bool m_applyingRange = false;
    QPoint m_panStart;
    QTimer m_refreshTimer;
    int m_drawnBudget = 0; // the point budget of the last refresh()

    QDateTimeAxis *m_xAxis = nullptr;
    QCategoryAxis *m_yAxis = nullptr;
    QList<QLineSeries *> m_raw;
    QLineSeries *m_average = nullptr;
    QLineSeries *m_previous = nullptr;
    QScatterSeries *m_reviews = nullptr;
    QList<QAreaSeries *> m_bands;
};
