#include "charts/chartmoduleapi.h"
#include "metricchartview.h"

namespace {

MetricChart *createMetricChart(QWidget *parent)
{
    return new MetricChartView(parent);
}

} // namespace

const ChartModuleApi *cadence_chart_module()
{
    static const ChartModuleApi api = {ChartModuleApi::CurrentRevision, CADENCE_VERSION,
                                       createMetricChart, MetricChartView::writeFile};
    return &api;
}
