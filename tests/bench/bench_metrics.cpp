// Benchmarks of the Metrics pane (figures only, no assertions):
// 1. `cadence metrics chart` drawing 20 series × 3,650 daily points to a 1200×800 PNG, against
//    gnuplot (pngcairo) drawing the same data in the same run; target: at most half its time.
// 2. Opening the Metrics pane on a workspace with about 2 million points; target: < 100 ms,
//    against a bare chart view opened in the same run.
// Usage: bench_metrics [--points N] (default 2,000,000 for the second part).
#include "charts/chartmodule.h"
#include "charts/chartmoduleapi.h"
#include "coverage/coveragerepository.h"
#include "metricchartview.h"
#include "metrics/metricsedits.h"
#include "metrics/metricspane.h"
#include "metrics/metricsrepository.h"
#include "quietoffscreen.h"
#include "sample/metricssample.h"
#include "sample/starterdata.h"
#include "workspace/workspacefactory.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

const QDate lastDay(2026, 11, 15);

std::unique_ptr<WorkspaceSession> makeWorkspace(const QString &path)
{
    auto clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 16), QTime(9, 0), QTimeZone::utc()));
    auto created = WorkspaceFactory::create(path, clock, WorkspaceFactory::Content::Empty);
    if (!created)
        qFatal("%s", qPrintable(created.problem().text()));
    std::unique_ptr<WorkspaceSession> session = created.take();
    if (StarterData::writeCoverage(*session) || MetricsSample::writeCatalogue(*session))
        qFatal("cannot write the starter data");
    return session;
}

// Adds `products` products with `days` daily activation values each; returns their names.
QStringList addSeries(WorkspaceSession &session, int products, int days, QTextStream *gnuplotData)
{
    MetricsRepository &metrics = session.metrics();
    QStringList names;
    QList<QList<double>> columns;
    WriteTransaction transaction(session.workspace());
    for (int p = 0; p < products; ++p) {
        MetricsChange change = MetricsEdits::addProduct(QStringLiteral("Bench %1").arg(p + 1),
                                                        QString(), p % 2 == 0, QDate(2024, 1, 1));
        if (metrics.apply(change.after))
            qFatal("cannot add a product");
        const QString id = change.after.products.first().meta.id;
        names << change.after.products.first().name;
        QList<MetricPoint> points;
        QList<double> values;
        points.reserve(days);
        for (int d = 0; d < days; ++d) {
            const double value = 30 + 8 * std::sin((d + p * 37) / 60.0) + (d * 7919 + p) % 13 * 0.3;
            points.append(
                {{}, id, QStringLiteral("activation"), lastDay.addDays(d - days + 1), value});
            values.append(value);
        }
        if (!metrics.importPoints(points, false))
            qFatal("cannot add points");
        columns.append(values);
    }
    if (transaction.commit())
        qFatal("cannot commit");
    if (gnuplotData) {
        for (int d = 0; d < days; ++d) {
            *gnuplotData << lastDay.addDays(d - days + 1).toString(Qt::ISODate);
            for (const QList<double> &column : columns)
                *gnuplotData << '\t' << column[d];
            *gnuplotData << '\n';
        }
    }
    return names;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double timeProcess(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program),
               qPrintable(QString::fromUtf8(process.readAllStandardError())));
    return double(timer.nsecsElapsed()) / 1e6;
}

void benchChart(const QString &folder)
{
    const QString workspace = folder + QStringLiteral("/chart.cadence");
    const QString dataPath = folder + QStringLiteral("/series.tsv");
    QStringList names;
    {
        auto session = makeWorkspace(workspace);
        QFile data(dataPath);
        if (!data.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(dataPath));
        QTextStream stream(&data);
        names = addSeries(*session, 20, 3650, &stream);
    }
    const QString script = folder + QStringLiteral("/plot.gp");
    {
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the gnuplot script");
        QTextStream out(&file);
        out << "set terminal pngcairo size 1200,800\n"
            << "set output '" << folder << "/gnuplot.png'\n"
            << "set xdata time\nset timefmt '%Y-%m-%d'\nset format x '%b %Y'\n"
            << "set key outside bottom\n"
            << "plot for [i=2:21] '" << dataPath
            << "' using 1:i with lines title sprintf('Bench %d', i-1)\n";
    }
    QString cadence = qEnvironmentVariable("CADENCE_BINARY");
    if (cadence.isEmpty())
        cadence = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/cadence");
    QStringList chartArguments{QStringLiteral("-w"),       workspace,
                               QStringLiteral("metrics"),  QStringLiteral("chart"),
                               QStringLiteral("--metric"), QStringLiteral("activation"),
                               QStringLiteral("--out"),    folder + QStringLiteral("/cadence.png")};
    for (const QString &name : names)
        chartArguments << QStringLiteral("--product") << name;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    QList<double> ours;
    QList<double> gnuplot;
    // Interleaved, so that both see the same machine load.
    for (int run = 0; run < 5; ++run) {
        ours.append(timeProcess(cadence, chartArguments, environment));
        gnuplot.append(timeProcess(QStringLiteral("/usr/bin/gnuplot"), {script}, environment));
    }
    std::printf("metrics chart, 20 series x 3650 daily points, 1200x800 PNG (median of 5):\n");
    std::printf("  cadence metrics chart : %8.1f ms\n", median(ours));
    std::printf("  gnuplot pngcairo     : %8.1f ms\n", median(gnuplot));
    std::printf("  ratio cadence/gnuplot: %8.2f (target <= 0.50)\n",
                median(ours) / median(gnuplot));
}

void benchPane(const QString &folder, int totalPoints)
{
    const int days = 3 * 365;
    const int products = std::max(1, totalPoints / (4 * days));
    auto session = makeWorkspace(folder + QStringLiteral("/pane.cadence"));
    QElapsedTimer build;
    build.start();
    {
        MetricsRepository &metrics = session->metrics();
        const QStringList keys{QStringLiteral("activation"), QStringLiteral("churn"),
                               QStringLiteral("retention"), QStringLiteral("revenue")};
        WriteTransaction transaction(session->workspace());
        for (int p = 0; p < products; ++p) {
            MetricsChange change = MetricsEdits::addProduct(
                QStringLiteral("Product %1").arg(p + 1, 4, 10, QLatin1Char('0')), QString(),
                p % 3 != 0, QDate(2025, 1, 1));
            if (metrics.apply(change.after))
                qFatal("cannot add a product");
            QList<MetricPoint> points;
            points.reserve(days * 4);
            for (const QString &key : keys)
                for (int d = 0; d < days; ++d)
                    points.append({{},
                                   change.after.products.first().meta.id,
                                   key,
                                   lastDay.addDays(d - days + 1),
                                   20.0 + (d * 31 + p) % 17});
            if (!metrics.importPoints(points, false))
                qFatal("cannot add points");
        }
        if (transaction.commit())
            qFatal("cannot commit");
    }
    std::printf("\nMetrics pane on %lld points (%d products; built in %.1f s):\n",
                static_cast<long long>(session->metrics().pointCount()), products,
                double(build.elapsed()) / 1000);
    QList<double> pane;
    QList<double> bare;
    for (int run = 0; run < 5; ++run) {
        {
            QElapsedTimer timer;
            timer.start();
            MetricChartView view;
            view.resize(900, 600);
            view.show();
            QCoreApplication::processEvents();
            bare.append(double(timer.nsecsElapsed()) / 1e6);
        }
        QElapsedTimer timer;
        timer.start();
        MetricsPane metricsPane(*session);
        metricsPane.resize(1280, 800);
        metricsPane.show();
        QCoreApplication::processEvents();
        pane.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("  open the Metrics pane        : %8.1f ms (median of 5; target < 100 ms)\n",
                median(pane));
    std::printf("  reference: an empty chart view: %8.1f ms\n", median(bare));
    std::printf("  ratio pane/reference         : %8.2f\n", median(pane) / median(bare));
}

} // namespace

int main(int argc, char **argv)
{
    hideOffscreenSizeHintWarnings();
    QApplication app(argc, argv);
    // The pane's charts from the code linked in, as the bare view timed against it.
    ChartModule::useLinkedIn(cadence_chart_module());
    int totalPoints = 2000000;
    const QStringList arguments = app.arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--points"));
        at >= 0 && at + 1 < arguments.size())
        totalPoints = arguments[at + 1].toInt();
    QTemporaryDir folder;
    benchChart(folder.path());
    benchPane(folder.path(), totalPoints);
    return 0;
}
