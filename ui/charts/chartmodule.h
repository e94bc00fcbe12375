#pragma once

#include "metricchart.h"

struct ChartModuleApi;

// Finds the charts module and loads it the first time a chart is needed, so that Qt Charts
// and the OpenGL libraries it depends on are not loaded when Cadence starts. The module is
// looked for beside the program (the build tree), then where it is installed
// (${CMAKE_INSTALL_LIBDIR}/cadence, relative to the program's folder). Once loaded it stays
// loaded: the charts it made live in its code. A module that is missing or cannot be loaded
// is a Problem naming the file, never a crash, and is not looked for again.
namespace ChartModule {

// The module's file name, as built.
QString fileName();

// A new chart (owned by its widget and by parent, if given), or why there can be none.
Result<MetricChart *> createMetricChart(QWidget *parent = nullptr);
// Draws data to a file without a window; a problem with the module is a problem too.
Outcome writeMetricChart(MetricChartData data, const MetricChartFile &file);

// For programs that link the chart code in (the tests and benchmarks): use api instead of
// loading the module. nullptr goes back to loading it, and forgets an earlier failure.
void useLinkedIn(const ChartModuleApi *api);

} // namespace ChartModule
