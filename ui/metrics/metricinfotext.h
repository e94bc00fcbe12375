#pragma once

#include "metrics/metricseries.h"
#include "metrics/metricstypes.h"

#include <QDate>
#include <QString>

// The lines under the Metrics pane's chart, as rich text: the metric's definition (when the
// pane is wide enough to give it a line), its latest value with the rolling average and the
// band it reaches by `reviewDay`, and its bands with their shades and thresholds.
namespace MetricInfoText {

// The definition as written, or a note that there is none yet.
QString writtenDefinition(const MetricDefinition &definition);
QString html(const MetricDefinition &definition, const Series &raw, const QString &productName,
             bool withDefinition, QDate reviewDay);

} // namespace MetricInfoText
