#include "metricinfotext.h"

#include "charts/metricchart.h"

#include <QColor>
#include <QCoreApplication>
#include <QStringList>

namespace {

// The pane's own strings, in its translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MetricsPane)
};

// A band's shade as a small square before its name, a little stronger than behind the lines.
QString swatch(BandLevel level, const QString &text)
{
    const QColor shade = metricBandColor(level);
    const double a = shade.alphaF() * 2.5;
    const QColor solid = QColor::fromRgbF(1 - (1 - shade.redF()) * a, 1 - (1 - shade.greenF()) * a,
                                          1 - (1 - shade.blueF()) * a);
    return QStringLiteral("<span style='background-color:%1'>&nbsp;&nbsp;&nbsp;</span> %2")
        .arg(solid.name(), text.toHtmlEscaped());
}

} // namespace

namespace MetricInfoText {

QString writtenDefinition(const MetricDefinition &definition)
{
    return definition.definition.isEmpty() ? Text::tr("(no written definition yet)")
                                           : definition.definition;
}

QString html(const MetricDefinition &definition, const Series &raw, const QString &productName,
             bool withDefinition, QDate reviewDay)
{
    QStringList parts;
    if (withDefinition)
        parts << QStringLiteral("<b>%1</b>: %2")
                     .arg(definition.name.toHtmlEscaped(),
                          writtenDefinition(definition).toHtmlEscaped());
    if (raw.isEmpty()) {
        parts << Text::tr("No values for %1 yet: import a CSV.").arg(productName.toHtmlEscaped());
    } else {
        const MetricSeries::ReviewFigures figures =
            MetricSeries::reviewFigures(raw, definition, reviewDay);
        QString line = Text::tr("Latest: %1 on %2")
                           .arg(formatMetricValue(raw.last().value, definition.unit),
                                raw.last().day.toString(Qt::ISODate));
        if (figures.smoothed)
            line += Text::tr(" · rolling %n-month average %1", nullptr, definition.smoothingMonths)
                        .arg(formatMetricValue(*figures.smoothed, definition.unit));
        if (figures.band)
            line += Text::tr(" · band: <b>%1</b>").arg(bandLevelLabel(*figures.band));
        parts << line;
    }
    if (definition.bands) {
        // The chart's legend leaves the bands out when it is short of room: they are said here.
        const BenchmarkBands &bands = *definition.bands;
        const bool up = definition.goodDirection == GoodDirection::Up;
        const MetricUnit unit = definition.unit;
        parts << Text::tr("Bands: %1 &nbsp; %2 &nbsp; %3 &nbsp; %4 &nbsp; (from %5, %6)")
                     .arg(swatch(BandLevel::Poor,
                                 Text::tr("poor %1 %2")
                                     .arg(up ? QStringLiteral("≤") : QStringLiteral("≥"),
                                          formatMetricValue(bands.poor, unit))),
                          swatch(BandLevel::Fair, Text::tr("fair")),
                          swatch(BandLevel::Good,
                                 Text::tr("good %1 %2")
                                     .arg(up ? QStringLiteral("≥") : QStringLiteral("≤"),
                                          formatMetricValue(bands.good, unit))),
                          swatch(BandLevel::Great,
                                 Text::tr("great %1 %2")
                                     .arg(up ? QStringLiteral("≥") : QStringLiteral("≤"),
                                          formatMetricValue(bands.great, unit))),
                          bands.source.toHtmlEscaped(),
                          bands.takenOn.toString(QStringLiteral("MMMM yyyy")));
    }
    return parts.join(QStringLiteral("<br>"));
}

} // namespace MetricInfoText
