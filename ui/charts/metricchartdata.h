#pragma once

#include "metricchart.h"

class MetricsRepository;

// The chart data of one metric for the given products, with the first product's reviews.
MetricChartData loadMetricChartData(const MetricsRepository &repository,
                                    const QList<Product> &products,
                                    const MetricDefinition &definition);
