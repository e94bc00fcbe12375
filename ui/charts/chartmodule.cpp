#include "chartmodule.h"

#include "chartmoduleapi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <algorithm>
#include <cstring>

// Set by CMake: the module's file name, and its installed folder relative to the program's.
#ifndef CADENCE_CHARTS_MODULE
#error "CADENCE_CHARTS_MODULE (the charts module's file name) is not defined"
#endif
#ifndef CADENCE_CHARTS_INSTALL_DIR
#error "CADENCE_CHARTS_INSTALL_DIR (the installed module's folder) is not defined"
#endif

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChartModule)
};

struct Loaded {
    bool tried = false;
    const ChartModuleApi *api = nullptr;
    Problem problem; // why there is no api
};

Loaded &loaded()
{
    static Loaded state;
    return state;
}

Loaded load()
{
    const QDir program(QCoreApplication::applicationDirPath());
    const QStringList paths = {
        program.filePath(ChartModule::fileName()),
        QDir::cleanPath(program.filePath(QStringLiteral(CADENCE_CHARTS_INSTALL_DIR)) +
                        QLatin1Char('/') + ChartModule::fileName())};
    const auto found = std::find_if(paths.begin(), paths.end(),
                                    [](const QString &p) { return QFileInfo::exists(p); });
    if (found == paths.end())
        return {true, nullptr,
                Problem{paths.last(),
                        Text::tr("is missing (and is not in %1 either), so no chart can be drawn")
                            .arg(QDir::toNativeSeparators(program.path()))}};
    // Never unloaded: the charts it made run its code until the program ends.
    auto *library = new QLibrary(*found);
    library->setLoadHints(QLibrary::PreventUnloadHint);
    if (!library->load())
        return {true, nullptr,
                Problem{*found, Text::tr("cannot be loaded (%1)").arg(library->errorString())}};
    using Entry = const ChartModuleApi *(*)();
    const auto entry = reinterpret_cast<Entry>(library->resolve(ChartModuleApi::EntryPoint));
    const ChartModuleApi *api = entry ? entry() : nullptr;
    if (!api)
        return {true, nullptr, Problem{*found, Text::tr("is not a Cadence charts module")}};
    // The table and the data it takes must have the same shape on both sides.
    if (api->revision != ChartModuleApi::CurrentRevision ||
        std::strcmp(api->version, CADENCE_VERSION) != 0)
        return {true, nullptr,
                Problem{*found, Text::tr("comes from another build of Cadence (%1, this is %2)")
                                    .arg(QString::fromUtf8(api->version),
                                         QStringLiteral(CADENCE_VERSION))}};
    return {true, api, {}};
}

const ChartModuleApi *api()
{
    if (!loaded().tried)
        loaded() = load();
    return loaded().api;
}

} // namespace

namespace ChartModule {

QString fileName()
{
    return QStringLiteral(CADENCE_CHARTS_MODULE);
}

Result<MetricChart *> createMetricChart(QWidget *parent)
{
    if (const ChartModuleApi *charts = api())
        return charts->createMetricChart(parent);
    return loaded().problem;
}

Outcome writeMetricChart(MetricChartData data, const MetricChartFile &file)
{
    if (const ChartModuleApi *charts = api())
        return charts->writeMetricChart(std::move(data), file);
    return loaded().problem;
}

void useLinkedIn(const ChartModuleApi *linked)
{
    loaded() = {linked != nullptr, linked, {}};
}

} // namespace ChartModule
