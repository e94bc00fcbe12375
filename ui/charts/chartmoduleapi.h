#pragma once

#include "metricchart.h"

// What the charts module (cadence-charts.so) offers the program that loads it: one table of
// functions, found by the name of ChartModuleApi::EntryPoint. Only plain data and the
// MetricChart interface cross the boundary.
struct ChartModuleApi {
    // Changed whenever this table, MetricChart or the data they take change shape: a module
    // built from other sources is refused instead of crashing.
    static constexpr int CurrentRevision = 1;
    static constexpr const char *EntryPoint = "cadence_chart_module";

    int revision;
    const char *version; // CADENCE_VERSION of the module's build
    // A new chart, owned by its widget (and by parent, if given).
    MetricChart *(*createMetricChart)(QWidget *parent);
    // Draws data to a file, laid out and down-sampled for the file's own size.
    Outcome (*writeMetricChart)(MetricChartData data, const MetricChartFile &file);
};

// The module's entry point. Programs that link the charts in instead (the tests) pass it to
// ChartModule::useLinkedIn().
extern "C" Q_DECL_EXPORT const ChartModuleApi *cadence_chart_module();
