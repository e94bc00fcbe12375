#include "metricchartdata.h"

#include "metrics/metricsrepository.h"

MetricChartData loadMetricChartData(const MetricsRepository &repository,
                                    const QList<Product> &products,
                                    const MetricDefinition &definition)
{
    MetricChartData data;
    data.definition = definition;
    for (const Product &product : products)
        data.series.append({product.name, repository.series(product.meta.id, definition.key)});
    if (!products.isEmpty())
        for (const GrowthReview &review : repository.reviews())
            if (review.productId == products.first().meta.id)
                data.reviews.append(review);
    return data;
}
